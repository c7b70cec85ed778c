"""Parts stage: :func:`zhgovreport.outline.parts.assign_parts`.

Heading titles are copied from the seeds (``seeds/NNN_*.txt``, 1-based line
numbers in the comments) and from the table in ``docs/spec/report-parts.md``; the
expected part of each was decided by reading that table, not by running the
code.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zhgovreport
from zhgovreport.model import Meta, Part, ReportKind, Section, Style
from zhgovreport.outline.header import read_header
from zhgovreport.outline.deadline import deadline, is_provincial
from zhgovreport.outline.parts import assign_parts, part_of_title, refresh_parts
from zhgovreport.text import Source, fold, split_lines

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "fixtures" / "corpus"

A, S, L, P, O = Part.ACHIEVEMENTS, Part.SHORTCOMINGS, Part.LEADERSHIP, Part.PLANS, Part.OTHER
D = datetime.date
FZZF = ReportKind.FZZF_ANNUAL_REPORT


def _seed(number: str) -> str:
    (path,) = SEEDS.glob(f"{number}_*.txt")
    return path.read_text(encoding="utf-8")


def sec(title: str, number: int = 1, *, implicit: bool = False, children: tuple[Section, ...] = ()) -> Section:
    return Section(
        depth=1,
        style=Style.CN,
        number=number,
        marker="" if implicit else "一、",
        title=title,
        body=(),
        children=children,
        items=(),
        start=0,
        end=0,
        heading_end=0,
        path=(number,),
        implicit=implicit,
    )


def sub(title: str, number: int) -> Section:
    return Section(
        depth=2,
        style=Style.CN_PAREN,
        number=number,
        marker=f"({number})",
        title=title,
        body=(),
        children=(),
        items=(),
        start=0,
        end=0,
        heading_end=0,
        path=(1, number),
    )


def tops(*titles: str) -> tuple[Section, ...]:
    return tuple(sec(t, i) for i, t in enumerate(titles, 1))


# --- one heading -> one part (docs/spec/report-parts.md table) -----------------------------

HEADINGS: list[Any] = [
    # achievements
    pytest.param("2022年度法治政府建设的主要举措和成效", A, id="A-000"),
    pytest.param("2023年推进法治政府建设的主要举措和成效", A, id="A-001"),
    pytest.param("主要做法和成效", A, id="A-002-003"),
    pytest.param("亮点工作、创新举措和经验成效情况", A, id="A-004"),
    pytest.param("工作回顾", A, id="A-spec"),
    pytest.param("2022年工作开展情况", A, id="A-kaizhan"),
    # shortcomings
    pytest.param("存在问题", S, id="S-000-004"),
    pytest.param("推进法治政府建设存在的不足", S, id="S-001"),
    pytest.param("存在問題", S, id="S-002-traditional"),
    pytest.param("存在的不足", S, id="S-003"),
    pytest.param("推进法治政府建设存在的不足和原因", S, id="S-required-wording"),
    pytest.param("存在问题和下一步工作打算", S, id="S-first-word-wins"),
    # leadership
    pytest.param("党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设情况", L, id="L-003"),
    pytest.param("区政府主要负责同志履行推进法治建设第一责任人职责情况", L, id="L-spec"),
    pytest.param("黨政主要負責人履行推進法治建設第一責任人職責情況", L, id="L-traditional"),
    pytest.param("加强组织领导", L, id="L-issue9-organisation"),
    pytest.param("加强党对法治政府建设的领导", L, id="L-issue9-party"),
    pytest.param("加强党的领导，完善法治政府建设推进机制", L, id="L-outline-2021-part10"),
    pytest.param("强化依法执政，狠抓关键少数", None, id="none-issue9-topic"),
    # plans
    pytest.param("2023年度推进法治政府建设的主要安排", P, id="P-000"),
    pytest.param("2024年度推进法治政府建设的主要思路", P, id="P-001"),
    pytest.param("2024年度重點工作安排", P, id="P-002-traditional"),
    pytest.param("2021年主要安排", P, id="P-003"),
    pytest.param("下一步工作计划", P, id="P-004"),
    pytest.param("2024年工作打算", P, id="P-dasuan"),
    # other / none
    pytest.param("其他需要报告的情况", O, id="O-required-wording"),
    pytest.param("坚持政治引领,队伍建设呈现新面貌", None, id="none-000-sub"),
    pytest.param("", None, id="none-empty"),
]


@pytest.mark.parametrize(("title", "part"), HEADINGS)
def test_part_of_title(title: str, part: Part | None) -> None:
    assert part_of_title(title) is part


SCRIPT_PAIRS: list[Any] = [
    # seed 002 lines 3, 20, 22 (Traditional) vs the Simplified wording of seeds 003, 000
    pytest.param("主要做法和成效", "主要做法和成效", A, id="achievements"),
    pytest.param("存在問題", "存在问题", S, id="shortcomings"),
    pytest.param("2024年度重點工作安排", "2024年度重点工作安排", P, id="plans"),
    pytest.param("推進法治政府建設存在的不足", "推进法治政府建设存在的不足", S, id="shortcomings-001"),
    pytest.param("黨政主要負責人履行推進法治建設第一責任人職責", "党政主要负责人履行推进法治建设第一责任人职责", L, id="leadership"),
    pytest.param("下一步工作計劃", "下一步工作计划", P, id="plans-004"),
]


@pytest.mark.parametrize(("traditional", "simplified", "part"), SCRIPT_PAIRS)
def test_traditional_and_simplified_classify_alike(traditional: str, simplified: str, part: Part) -> None:
    meta = Meta(kind=FZZF)
    _, (t,) = assign_parts(meta, (sec(traditional),))
    _, (s,) = assign_parts(meta, (sec(simplified),))
    assert t.part is s.part is part
    assert t.title == traditional  # the output keeps the script


# --- the seeds, section titles copied by hand ---------------------------------------------

SEED_TOPS: dict[str, tuple[str, ...]] = {
    # 000 lines 7, 25, 33
    "000": ("2022年度法治政府建设的主要举措和成效", "存在问题", "2023年度推进法治政府建设的主要安排"),
    # 001 lines 8, 26, 36
    "001": ("2023年推进法治政府建设的主要举措和成效", "推进法治政府建设存在的不足", "2024年度推进法治政府建设的主要思路"),
    # 002 lines 3, 20, 22 (Traditional)
    "002": ("主要做法和成效", "存在問題", "2024年度重點工作安排"),
    # 003 lines 7, 39, 44, 46
    "003": (
        "主要做法和成效",
        "存在的不足",
        "党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设情况",
        "2021年主要安排",
    ),
}

SEED_EXPECTED: list[Any] = [
    # 000: year 2022 (title) = plans year 2023 - 1; published 2023-02-23 <= 2023-03-01
    pytest.param("000", (A, S, P), 2022, True, id="seed000"),
    # 001: year 2023, plans 2024; published 2024-02-29 <= 2024-03-01
    pytest.param("001", (A, S, P), 2023, True, id="seed001"),
    # 002: year 2023, plans 2024; no date
    pytest.param("002", (A, S, P), 2023, None, id="seed002"),
    # 003: year 2020, plans 2021; published 2021-03-12 > 2021-03-01, and 襄阳市 is no province:
    # but 03-12 is before 04-01, so it hinges on the level: 襄阳市司法局 is municipal -> late
    pytest.param("003", (A, S, L, P), 2020, False, id="seed003"),
]


@pytest.mark.parametrize(("number", "parts", "year", "on_time"), SEED_EXPECTED)
def test_seed_parts_by_hand(number: str, parts: tuple[Part, ...], year: int, on_time: bool | None) -> None:
    text = _seed(number)
    meta = read_header(Source.of(text))
    meta, sections = assign_parts(meta, tops(*SEED_TOPS[number]))
    assert tuple(s.part for s in sections) == parts
    assert meta.year == year
    assert meta.on_time is on_time


def test_seed004_by_hand() -> None:
    """Seed 004 starts at (四): its implicit 一、 holds (四)…(八) (lines 2-10), whose titles name no part."""
    text = _seed("004")
    meta = read_header(Source.of(text))
    implicit = sec(
        "",
        1,
        implicit=True,
        children=(
            sub("规范行政权力运行,强化行政执法监督", 4),
            sub("优化顶层设计理念,强化府院联动机制", 5),
            sub("全面统筹协调推进,着力创新法治宣传", 6),
            sub("夯实基层基础治理,重点人员管控到位", 7),
            sub("践行司法行政为民,提升公共法律服务", 8),
        ),
    )
    sections = (implicit,) + tuple(
        sec(t, i) for i, t in enumerate(("亮点工作、创新举措和经验成效情况", "存在问题", "下一步工作计划"), 2)
    )
    meta, out = assign_parts(meta, sections)
    assert [s.part for s in out] == [None, A, S, P]
    assert out[0].children == implicit.children  # children untouched
    assert meta.year == 2023  # from the title `司法局2023年度工作总结`
    assert meta.agency is None and meta.on_time is None


SEED_PARSE: list[Any] = [
    pytest.param("000", [A, S, P], id="seed000"),
    pytest.param("001", [A, S, P], id="seed001"),
    pytest.param("002", [A, S, P], id="seed002"),
    pytest.param("003", [A, S, L, P], id="seed003"),
]


@pytest.mark.parametrize(("number", "parts"), SEED_PARSE)
def test_seed_parts_via_parse(number: str, parts: list[Part]) -> None:
    report = zhgovreport.parse(_seed(number))
    assert [s.part for s in report.sections] == parts
    for section in report.sections:
        for below in section.walk():
            if below is not section:
                assert below.part is None  # parts are for top-level sections only


def test_seed004_parts_via_parse() -> None:
    report = zhgovreport.parse(_seed("004"))
    assert [s.part for s in report.sections[1:]] == [A, S, P]
    assert report.sections[0].implicit
    # the implicit 一、 gets a part only when all its children's titles name the same one; its
    # children (四)…(八) (规范行政权力运行…, 优化顶层设计理念…) name none
    assert report.sections[0].part is None
    assert report.meta.agency is None


# --- which documents get parts ------------------------------------------------------------

def test_part_missing() -> None:
    """A report without a shortcomings part: the others are still found, nothing invented."""
    meta = Meta(kind=FZZF, year=2022)
    _, sections = assign_parts(meta, tops("主要举措和成效", "2023年主要安排"))
    assert [s.part for s in sections] == [A, P]


def test_unnamed_title_is_achievements_before_shortcomings_and_other_after() -> None:
    """A section that names no part reports what was done before the shortcomings; after them it is other."""
    meta = Meta(kind=FZZF)
    _, sections = assign_parts(meta, tops("主要做法和成效", "典型案例", "存在问题", "2023年工作打算", "附件说明"))
    assert [s.part for s in sections] == [A, A, S, P, O]


def test_gov_work_report_gets_its_own_parts() -> None:
    """gwr-2022 lines 23, 82, 103: a 政府工作报告 is not a five-part report; it has parts of its own."""
    meta = Meta(kind=ReportKind.GOV_WORK_REPORT, title="政府工作报告")
    titles = ("2021年工作回顾", "2022年经济社会发展总体要求和政策取向", "2022年政府工作任务")
    new_meta, sections = assign_parts(meta, tops(*titles))
    assert [s.part for s in sections] == [Part.REVIEW, Part.TARGETS, Part.TASKS]
    assert new_meta == attrs.evolve(meta, year=2022)  # the year it plans, from `2022年政府工作任务`


def test_unknown_kind_without_distinctive_parts_gets_none() -> None:
    """gwr-2015 lines 9, 70 (no title, kind unknown): review + plans words alone are not enough."""
    _, sections = assign_parts(Meta(), tops("2014年工作回顾", "2015年工作总体部署", "把改革开放扎实推向纵深"))
    assert [s.part for s in sections] == [None, None, None]


def test_unknown_kind_with_five_part_shape_gets_parts() -> None:
    """Seed 000 without its header: the titles alone show the shape; the year comes from plans."""
    meta, sections = assign_parts(Meta(), tops(*SEED_TOPS["000"]))
    assert [s.part for s in sections] == [A, S, P]
    assert meta.year == 2022


def test_work_summary_gets_parts() -> None:
    meta = Meta(kind=ReportKind.WORK_SUMMARY)
    _, sections = assign_parts(meta, tops("2023年工作开展情况", "2024年工作打算"))
    assert [s.part for s in sections] == [A, P]


def test_implicit_parent_from_children() -> None:
    """An implicit parent whose children all name one part takes it."""
    implicit = sec("", 1, implicit=True, children=(sub("存在问题", 3),))
    _, sections = assign_parts(Meta(kind=FZZF), (implicit, sec("2024年工作计划", 2)))
    assert [s.part for s in sections] == [S, P]


# --- year and on_time ----------------------------------------------------------------------

YEARS: list[Any] = [
    # title year kept even if plans disagree (the title is the author's own statement)
    pytest.param(2022, ("主要举措和成效", "2023年度推进法治政府建设的主要安排"), 2022, id="title-and-plans-agree"),
    pytest.param(None, ("主要举措和成效", "2023年度推进法治政府建设的主要安排"), 2022, id="from-plans"),
    pytest.param(None, ("2022年度法治政府建设的主要举措和成效", "下一步工作计划"), 2022, id="from-achievements"),
    pytest.param(None, ("主要做法和成效", "下一步工作计划"), None, id="no-year"),
]


@pytest.mark.parametrize(("title_year", "titles", "year"), YEARS)
def test_year(title_year: int | None, titles: tuple[str, ...], year: int | None) -> None:
    meta, _ = assign_parts(Meta(kind=FZZF, year=title_year), tops(*titles))
    assert meta.year == year


ON_TIME: list[Any] = [
    # report-parts.md: due by 1 March (departments) / 1 April (provinces) of the next year
    pytest.param(D(2023, 3, 1), "诸暨市司法局", True, id="on-1-march"),
    pytest.param(D(2023, 3, 2), "诸暨市司法局", False, id="day-after-1-march"),
    pytest.param(D(2023, 3, 20), "浙江省人民政府", True, id="province-before-1-april"),
    pytest.param(D(2023, 3, 20), "上海市司法局", True, id="municipality-before-1-april"),
    pytest.param(D(2023, 4, 2), "浙江省人民政府", False, id="province-after-1-april"),
    pytest.param(D(2023, 3, 20), None, None, id="level-unknown-between"),
    pytest.param(D(2023, 1, 10), None, True, id="early-level-unknown"),
    pytest.param(None, "诸暨市司法局", None, id="no-date"),
]


@pytest.mark.parametrize(("published", "agency", "on_time"), ON_TIME)
def test_on_time(published: datetime.date | None, agency: str | None, on_time: bool | None) -> None:
    meta = Meta(kind=FZZF, year=2022, published=published, agency=agency)
    new_meta, _ = assign_parts(meta, tops("主要举措和成效", "存在问题"))
    assert new_meta.on_time is on_time


def test_on_time_needs_year() -> None:
    meta, _ = assign_parts(Meta(kind=FZZF, published=D(2023, 2, 1)), tops("主要做法和成效"))
    assert meta.year is None and meta.on_time is None


def test_level_and_deadline() -> None:
    assert is_provincial("广西壮族自治区司法厅") is True
    assert is_provincial("重庆市渝中区司法局") is False
    assert is_provincial("襄阳市司法局") is False
    assert deadline(2020, False) == D(2021, 3, 1)


def test_empty_input() -> None:
    meta = Meta()
    assert assign_parts(meta, ()) == (meta, ())


# --- properties -----------------------------------------------------------------------------

_WORDS = st.sampled_from(
    ["存在问题", "存在問題", "主要安排", "2023年", "第一责任人", "工作回顾", "成效", "其他", "甲乙", "", "下一步", "報告"]
)
_TITLES = st.lists(_WORDS, max_size=4).map("".join)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_TITLES, max_size=6),
    st.sampled_from(list(ReportKind)),
    st.none() | st.integers(1990, 2030),
    st.none() | st.dates(D(1990, 1, 1), D(2031, 12, 31)),
)
def test_assign_parts_properties(titles: list[str], kind: ReportKind, year: int | None, published: D | None) -> None:
    meta = Meta(kind=kind, year=year, published=published)
    new_meta, sections = assign_parts(meta, tops(*titles))
    assert [s.title for s in sections] == titles
    parts = [s.part for s in sections]
    assert all(p is None for p in parts) or all(p is not None for p in parts)
    if kind is ReportKind.GOV_WORK_REPORT:
        assert set(parts) <= {Part.REVIEW, Part.TARGETS, Part.TASKS, Part.OTHER}
    else:
        assert set(parts) <= {None, A, S, L, P, O}
    # only year and on_time may change, and a year given by the title never does
    assert attrs.evolve(new_meta, year=meta.year, on_time=meta.on_time) == meta
    if year is not None:
        assert new_meta.year == year
    if published is None or new_meta.year is None:
        assert new_meta.on_time is None
    # the same titles in Traditional script classify alike
    _, again = assign_parts(meta, tops(*(t.replace("问题", "問題") for t in titles)))
    assert [s.part for s in again] == parts


# --- reports organised by topic (issue 9) ----------------------------------------------------

TOPIC_REPORTS: list[Any] = [
    # after the 2023 reports of 湖北省 and 静海区: topics, the leadership's duty among them, then the
    # shortcomings and the plans; the title says what the report is
    pytest.param(
        "湖北省人民政府关于2023年度法治政府建设情况的报告\n\n"
        "2023年，省政府坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。\n\n"
        "一、坚持党的领导，坚决扛牢法治政府建设政治责任\n\n省政府常务会议研究法治政府建设工作30余次。\n\n"
        "二、深入学习宣传贯彻习近平法治思想\n\n举办专题讲座5期。\n\n"
        "三、强化依法执政，狠抓关键少数\n\n开展述法。\n\n"
        "四、健全依法行政制度体系\n\n审查规范性文件120件。\n\n"
        "五、存在的问题\n\n基层执法规范化水平有待提升。\n\n"
        "六、2024年工作打算\n\n持续推进。\n",
        [L, A, A, A, S, P],
        id="topics-leadership-first",
    ),
    # the chapters of 法治政府建设实施纲要(2015-2020年), 加强组织领导 last before the shortcomings;
    # no title: the first paragraph announces the report
    pytest.param(
        "2019年，本市认真落实《法治政府建设实施纲要(2015-2020年)》，现将2019年法治政府建设情况报告如下：\n"
        "一、依法全面履行政府职能\n取消行政审批事项12项。\n"
        "二、完善依法行政制度体系\n制定规章3件。\n"
        "三、推进行政决策科学化、民主化、法治化\n听证5次。\n"
        "四、坚持严格规范公正文明执法\n培训执法人员800人次。\n"
        "五、加强组织领导\n市政府常务会议专题研究4次。\n"
        "六、存在的不足和原因\n执法力量不足。\n"
        "七、2020年主要安排\n推进。\n",
        [A, A, A, A, L, S, P],
        id="topics-2015-outline",
    ),
    # a topic report with the leadership's duty in the required wording, in Traditional script
    pytest.param(
        "XX縣2022年法治政府建設年度報告\n\n"
        "一、加強黨對法治政府建設的領導\n縣政府召開專題會議4次。\n"
        "二、健全行政執法工作體系\n執法案件卷宗評查100卷。\n"
        "三、存在問題\n不足。\n"
        "四、下一步工作計劃\n推進。\n",
        [L, A, S, P],
        id="topics-traditional",
    ),
]


@pytest.mark.parametrize(("text", "parts"), TOPIC_REPORTS)
def test_topic_organised_reports(text: str, parts: list[Part]) -> None:
    report = zhgovreport.parse(text)
    assert report.meta.kind is FZZF
    assert [s.part for s in report.sections] == parts


def test_topic_report_without_shortcomings_is_all_achievements() -> None:
    """A report that only reports (no shortcomings, no plans): every topic is achievements."""
    meta = Meta(kind=FZZF)
    _, sections = assign_parts(meta, tops("依法全面履行政府职能", "完善依法行政制度体系", "加强组织领导"))
    assert [s.part for s in sections] == [A, A, L]


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")) + sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_refresh_parts_is_assign_parts_when_the_kind_stays(path: Path) -> None:
    # parse_html completes the text's meta from the page (a date, an agency, a year from the
    # page title) and refreshes the parts instead of assigning them again: the same result.
    report = zhgovreport.parse(path.read_text(encoding="utf-8"))
    cleared = tuple(attrs.evolve(s, part=None) for s in report.sections)
    for changes in (
        {"published": datetime.date(2023, 2, 20)},
        {"published": datetime.date(2023, 5, 1), "agency": "浙江省司法厅"},
        {"year": None},
        {"year": None, "published": datetime.date(2021, 3, 1)},
        {"agency": None, "published": None},
    ):
        meta = attrs.evolve(report.meta, **changes)
        assert refresh_parts(meta, report.sections) == assign_parts(meta, cleared), (path.name, changes)

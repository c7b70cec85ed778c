"""Parts of a 政府工作报告: review, targets, tasks, other (issue 13, ``docs/spec/report-parts.md``).

The corpus headings were copied from ``tests/fixtures/corpus/gwr-*.txt``
(1-based line numbers in the comments) and each part decided by reading what
the section holds, not by running the code; older part titles the corpus
does not hold (gwr-1983) are written as those reports have them.
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
from zhgovreport.model import KindCue, Meta, Part, ReportKind, Section, Style
from zhgovreport.locate import part_at, part_year
from zhgovreport.outline.parts import assign_parts, part_of_title

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"

R, T, K, O = Part.REVIEW, Part.TARGETS, Part.TASKS, Part.OTHER
GWR = ReportKind.GOV_WORK_REPORT
D = datetime.date


def sec(title: str, number: int, children: tuple[Section, ...] = ()) -> Section:
    return Section(
        depth=1, style=Style.CN, number=number, marker="一、", title=title, body=(), children=children,
        items=(), start=0, end=0, heading_end=0, path=(number,),
    )  # fmt: skip


def sub(title: str, parent: int, number: int) -> Section:
    return Section(
        depth=2, style=Style.CN_PAREN, number=number, marker="(一)", title=title, body=(), children=(),
        items=(), start=0, end=0, heading_end=0, path=(parent, number),
    )  # fmt: skip


def tops(*titles: str) -> tuple[Section, ...]:
    return tuple(sec(t, i) for i, t in enumerate(titles, 1))


# --- the corpus ---------------------------------------------------------------------------------

CORPUS_PARTS: list[Any] = [
    # no heading at all: the speech runs from `各位代表：` to the end
    pytest.param("gwr-1954.txt", [], None, id="gwr-1954"),
    # line 17 `（一）关于经济形势`: 1984's results and the state of the economy (lines 20-50);
    # line 54 `（二）关于经济体制改革`: this year's reforms (`1985年，是贯彻…的第一年`, line 57)
    pytest.param("gwr-1985.txt", [("关于经济形势", R), ("关于经济体制改革", K)], None, id="gwr-1985"),
    # lines 13, 50, 170, 241: the 六五 review; the 七五 tasks (growth rates, investment); the
    # 七五 reforms, a topic after the tasks; foreign policy
    pytest.param(
        "gwr-1986.txt",
        [("“六五”计划执行情况的回顾", R), ("“七五”时期的基本任务和主要建设方针", K), ("“七五”时期的经济体制改革", K),
         ("坚持独立自主的和平外交政策", O)],
        None,
        id="gwr-1986",
    ),  # fmt: skip
    # lines 9, 78, 239; the tasks title writes its year `1 9 9 8 年` (spaced digits, as the body does)
    pytest.param(
        "gwr-1998.txt",
        [("关于过去五年的政府工作", R), ("关于1 9 9 8 年政府工作的建议", K), ("关于国际形势和外交工作", O)],
        1998,
        id="gwr-1998",
    ),
    # lines 9, 145: the 预期目标 are a paragraph of the tasks part (line 152), not a section
    pytest.param("gwr-2008.txt", [("过去五年工作回顾", R), ("2008年主要任务", K)], 2008, id="gwr-2008"),
    # lines 9, 70, 103, 140, 181, 206: 总体部署 holds 总体要求 (line 79) and 主要预期目标 (line 81);
    # four topic sections of tasks follow
    pytest.param(
        "gwr-2015.txt",
        [("2014年工作回顾", R), ("2015年工作总体部署", T), ("把改革开放扎实推向纵深", K),
         ("协调推动经济稳定增长和结构优化", K), ("持续推进民生改善和社会建设", K), ("切实加强政府自身建设", K)],
        2015,
        id="gwr-2015",
    ),  # fmt: skip
    # lines 23, 82, 103
    pytest.param(
        "gwr-2022.txt",
        [("2021年工作回顾", R), ("2022年经济社会发展总体要求和政策取向", T), ("2022年政府工作任务", K)],
        2022,
        id="gwr-2022",
    ),
    # lines 7, 42, 65
    pytest.param(
        "gwr-2025.txt",
        [("2024年工作回顾", R), ("2025年经济社会发展总体要求和政策取向", T), ("2025年政府工作任务", K)],
        2025,
        id="gwr-2025",
    ),
]


@pytest.mark.parametrize(("name", "expected", "year"), CORPUS_PARTS)
def test_corpus_parts(name: str, expected: list[tuple[str, Part]], year: int | None) -> None:
    report = zhgovreport.parse_file(CORPUS / name)
    assert report.meta.kind is GWR
    assert [(s.title, s.part) for s in report.sections] == expected
    assert report.meta.year == year
    assert report.meta.on_time is None  # a deadline is a 法治政府 report's


def test_cpc_20_gets_no_parts() -> None:
    """cpc-20 line 44 `一、过去五年的工作和新时代十年的伟大变革` reads like a review, but it is no 政府工作报告."""
    report = zhgovreport.parse_file(CORPUS / "cpc-20.txt")
    assert [s.part for s in report.walk()] == [None] * len(list(report.walk()))


def test_below_the_top_only_targets_get_a_part() -> None:
    """gwr-2022: the nine `（一）`…`（九）` tasks (lines 108-194) belong to the tasks part through their parent."""
    report = zhgovreport.parse_file(CORPUS / "gwr-2022.txt")
    tasks = report.sections[2]
    assert len(tasks.children) == 9
    assert all(child.part is None for child in tasks.children)
    assert all(part_at(report, child.path) is K for child in tasks.children)


# --- titles by decade ---------------------------------------------------------------------------

TITLES: list[Any] = [
    # unnamed part titles the outline stage will make top-level sections (gwr-1983, not in the corpus)
    pytest.param(
        ("过去五年国内工作的基本总结", "今后五年建设和改革的目标、方针和任务", "关于外交工作", "结束语"),
        [R, T, O, O],
        id="gwr-1983",
    ),
    # gwr-1985 with its `结束语` (line 146) as a section
    pytest.param(("关于经济形势", "关于经济体制改革", "结束语"), [R, K, O], id="gwr-1985-closing"),
    # 2016: five-year targets, then the year's work
    pytest.param(
        ("2015年和“十二五”时期发展回顾", "“十三五”时期主要目标任务和重大举措", "2016年重点工作"), [R, T, K], id="gwr-2016"
    ),
    # 2018-style: `对今年政府工作的建议`
    pytest.param(("过去五年工作回顾", "对今年政府工作的建议"), [R, K], id="gwr-2018"),
    # a local report (扬州 2024): the third part names no part and follows the tasks
    pytest.param(("2023年工作回顾", "2024年主要任务", "加强政府自身建设"), [R, K, K], id="local-2024"),
    # a topic before any review is other
    pytest.param(("坚持稳中求进", "2023年工作回顾", "2024年工作安排"), [O, R, K], id="topic-first"),
    # Traditional headings (gwr-2022 in Traditional script)
    pytest.param(
        ("2021年工作回顧", "2022年經濟社會發展總體要求和政策取向", "2022年政府工作任務"), [R, T, K], id="traditional"
    ),
]


@pytest.mark.parametrize(("titles", "parts"), TITLES)
def test_titles(titles: tuple[str, ...], parts: list[Part]) -> None:
    _, sections = assign_parts(Meta(kind=GWR), tops(*titles))
    assert [s.part for s in sections] == parts


def test_first_word_wins() -> None:
    """`主要目标任务`: targets come first; `基本任务和主要建设方针`: tasks."""
    assert part_of_title("2024年主要目标任务", GWR) is T
    assert part_of_title("“七五”时期的基本任务和主要建设方针", GWR) is K


def test_the_same_words_in_a_fzzf_report() -> None:
    """`工作回顾` is the achievements of a 法治政府 report and the review of a 政府工作报告."""
    assert part_of_title("2022年工作回顾") is Part.ACHIEVEMENTS
    assert part_of_title("2022年工作回顾", GWR) is R


# --- targets below the top ----------------------------------------------------------------------

LOCAL = (
    # after local reports of 2024: the targets are the first sub-section of the year's work
    "各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议。\n\n"
    "一、2023年工作回顾\n\n地区生产总值增长6.2%。\n\n"
    "二、2024年工作安排\n\n"
    "（一）总体要求和主要目标\n\n今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n\n"
    "（二）扎实推进产业转型升级\n\n新增规上工业企业100家。\n\n"
    "（三）持续保障和改善民生\n\n城镇新增就业3万人。\n"
)


def test_targets_sub_section() -> None:
    report = zhgovreport.parse(LOCAL)
    assert (report.meta.kind, report.meta.kind_cue, report.meta.year) == (GWR, KindCue.PREAMBLE, 2024)
    assert [s.part for s in report.sections] == [R, K]
    assert [c.part for c in report.sections[1].children] == [T, None, None]
    assert [part_at(report, p) for p in ((1,), (2,), (2, 1), (2, 2), (2, 3))] == [R, K, T, K, K]


def test_sub_sections_of_other_parts_keep_none() -> None:
    """Only the tasks part may hold a targets child: a review's `主要目标完成情况` is still the review."""
    review = sec("2023年工作回顾", 1, (sub("主要目标完成情况", 1, 1),))
    _, (out,) = assign_parts(Meta(kind=GWR), (review,))
    assert out.part is R and out.children[0].part is None


def test_part_at_edges() -> None:
    report = zhgovreport.parse(LOCAL)
    assert part_at(report, ()) is None  # the preamble
    assert part_at(report, (3,)) is None and part_at(report, (2, 9)) is None and part_at(report, (0,)) is None
    assert part_at(report.sections, (2, 1)) is T  # the sections alone do too


# --- years --------------------------------------------------------------------------------------

YEARS: list[Any] = [
    pytest.param(Meta(kind=GWR, year=2022), ("2021年工作回顾", "2023年政府工作任务"), 2022, id="title-kept"),
    pytest.param(Meta(kind=GWR), ("2021年工作回顾", "2022年政府工作任务"), 2022, id="from-tasks"),
    pytest.param(Meta(kind=GWR), ("2014年工作回顾", "2015年工作总体部署"), 2015, id="from-targets"),
    pytest.param(Meta(kind=GWR), ("2021年工作回顾", "政府工作任务"), 2022, id="review-plus-one"),
    pytest.param(Meta(kind=GWR, published=D(2022, 3, 5)), ("过去五年工作回顾", "对今年政府工作的建议"), 2022, id="delivered"),
    pytest.param(Meta(kind=GWR), ("过去五年工作回顾", "对今年政府工作的建议"), None, id="none"),
]


@pytest.mark.parametrize(("meta", "titles", "year"), YEARS)
def test_year(meta: Meta, titles: tuple[str, ...], year: int | None) -> None:
    new_meta, _ = assign_parts(meta, tops(*titles))
    assert new_meta.year == year


PART_YEARS: list[Any] = [
    # gwr-2022, delivered 2022-03-05: reviews 2021, plans 2022
    pytest.param(GWR, 2022, R, 2021, id="gwr-review"),
    pytest.param(GWR, 2022, T, 2022, id="gwr-targets"),
    pytest.param(GWR, 2022, K, 2022, id="gwr-tasks"),
    pytest.param(GWR, 2022, O, 2022, id="gwr-other"),
    pytest.param(GWR, 2022, None, 2022, id="gwr-preamble"),
    # seed 000: the 2022 report plans 2023
    pytest.param(ReportKind.FZZF_ANNUAL_REPORT, 2022, Part.ACHIEVEMENTS, 2022, id="fzzf-achievements"),
    pytest.param(ReportKind.FZZF_ANNUAL_REPORT, 2022, Part.PLANS, 2023, id="fzzf-plans"),
    pytest.param(ReportKind.WORK_SUMMARY, 2023, Part.PLANS, 2024, id="summary-plans"),
    pytest.param(GWR, None, R, None, id="no-year"),
]


@pytest.mark.parametrize(("kind", "year", "part", "expected"), PART_YEARS)
def test_part_year(kind: ReportKind, year: int | None, part: Part | None, expected: int | None) -> None:
    assert part_year(Meta(kind=kind, year=year), part) == expected


# --- properties ---------------------------------------------------------------------------------

_GWR_TITLES = st.sampled_from(
    ["2021年工作回顾", "过去五年工作回顾", "2022年经济社会发展总体要求和政策取向", "2015年工作总体部署",
     "2022年政府工作任务", "2008年主要任务", "关于1998年政府工作的建议", "关于外交工作", "结束语",
     "把改革开放扎实推向纵深", "切实加强政府自身建设"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_GWR_TITLES, max_size=6), st.none() | st.integers(1954, 2030), st.none() | st.dates(D(1954, 1, 1)))
def test_assign_gwr_parts_properties(titles: list[str], year: int | None, published: D | None) -> None:
    meta = Meta(kind=GWR, year=year, published=published)
    new_meta, sections = assign_parts(meta, tops(*titles))
    assert [s.title for s in sections] == titles
    assert all(s.part in (R, T, K, O) for s in sections)
    # the part of a title never depends on its neighbours, unless it names none
    for s in sections:
        named = part_of_title(s.title, GWR)
        assert named is None or s.part is named
    # only the year may change, and a year given by the title never does
    assert attrs.evolve(new_meta, year=meta.year) == meta
    if year is not None:
        assert new_meta.year == year


def test_summary_row_lists_gwr_parts_and_misses_none() -> None:
    """`zhgovreport summary`: a 政府工作报告 has no required parts to miss (gwr-2015 lines 9, 70, 103)."""
    from zhgovreport.export import summary_row

    row = summary_row(zhgovreport.parse_file(CORPUS / "gwr-2015.txt"))
    assert (row["kind"], row["year"], row["parts_found"], row["parts_missing"]) == (
        "gov_work_report", 2015, "review,targets,tasks", ""
    )

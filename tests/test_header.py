"""Header stage: :func:`zhgovreport.outline.header.read_header`.

Expected values were worked out by reading the seed and corpus files named in
each case (``seeds/NNN_*.txt`` line numbers are 1-based), and the spec
(``docs/spec/outline.md`` §5, ``docs/spec/report-parts.md``).
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgovreport.model import Meta, MetaField, Origin, ReportKind
from zhgovreport.dates import find_date
from zhgovreport.outline.header import MAX_HEADER_LINES, read_header, report_kind
from zhgovreport.text import Source, fold, split_lines

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "fixtures" / "corpus"


def _seed(number: str) -> str:
    (path,) = SEEDS.glob(f"{number}_*.txt")
    return path.read_text(encoding="utf-8")


def _corpus(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def _read(text: str) -> Meta:
    return read_header(Source.of(text))


D = datetime.date
FZZF = ReportKind.FZZF_ANNUAL_REPORT

# --- the seeds -------------------------------------------------------------------

SEED_META: list[Any] = [
    pytest.param(
        # 000 line 1 title, line 3 `2023-02-23 14:54 浏览次数: 信息来源:市司法局(市行政复议局)`,
        # line 5 the preamble `2022年,诸暨市司法局认真…`
        "000",
        dict(
            title="诸暨市司法局2022年法治政府建设年度报告",
            agency="诸暨市司法局",
            year=2022,
            published=D(2023, 2, 23),
            source="市司法局(市行政复议局)",
            index_no=None,
            doc_no=None,
            kind=FZZF,
        ),
        "2022年,诸暨市司法局认真",
        ["title", "published"],
        id="seed000",
    ),
    pytest.param(
        # 001 lines 1-2 chrome `当前位置: 首页` `>政务公开 >公开年报`, line 3 title,
        # line 4 `发布日期:2024-02-29 09:02 浏览次数: 来源:法规监督科`, line 6 preamble
        "001",
        dict(
            title="浦江县司法局2023年度法治政府建设情况的报告",
            agency="浦江县司法局",
            year=2023,
            published=D(2024, 2, 29),
            source="法规监督科",
            index_no=None,
            doc_no=None,
            kind=FZZF,
        ),
        "2023年,浦江县司法局深入贯彻",
        [None, None, "title", "published"],
        id="seed001",
    ),
    pytest.param(
        # 002 line 1 the title in Traditional script, no date; line 2 the preamble
        "002",
        dict(
            title="福州市司法局2023年法治政府建設工作報告",
            agency="福州市司法局",
            year=2023,
            published=None,
            source=None,
            index_no=None,
            doc_no=None,
            kind=FZZF,
        ),
        "2023年,福州市司法局在市委",
        ["title"],
        id="seed002-traditional",
    ),
    pytest.param(
        # 003 lines 1-5: the pipe table (索引号, 发布机构 + 公开日期, 标题, 文号 `无`,
        # 生效时间/终止时间/来源 all empty); line 6 the preamble
        "003",
        dict(
            title="襄阳市司法局2020年法治政府建设年度报告",
            agency="襄阳市司法局",
            year=2020,
            published=D(2021, 3, 12),
            source=None,
            index_no="011158671/2021-05900",
            doc_no=None,
            kind=FZZF,
        ),
        "2020年,在襄阳市委",
        ["index_no", "agency", "title", "doc_no", None],
        id="seed003-pipe-table",
    ),
    pytest.param(
        # 004 line 1 is a web page's title `司法局2023年度工作总结-8篇(第6/7页)`: no place
        # name before 司法局, so no agency; line 2 is the heading `(四)…`
        "004",
        dict(
            title="司法局2023年度工作总结-8篇(第6/7页)",
            agency=None,
            year=2023,
            published=None,
            source=None,
            index_no=None,
            doc_no=None,
            kind=ReportKind.WORK_SUMMARY,
        ),
        "(四)规范行政权力运行",
        ["title"],
        id="seed004-page-title",
    ),
]


@pytest.mark.parametrize(("number", "expected", "body_starts", "fields"), SEED_META)
def test_seed_meta(number: str, expected: dict[str, Any], body_starts: str, fields: list[str | None]) -> None:
    text = _seed(number)
    meta = _read(text)
    got = {key: getattr(meta, key) for key in expected}
    assert got == expected
    assert meta.start == 0
    assert meta.end == text.index(body_starts)
    assert [line.field for line in meta.lines] == fields
    for line in meta.lines:
        assert text[line.start : line.end] == line.text
        assert "\n" not in line.text and line.text.strip()
        assert line.end <= meta.end


def test_seed_header_keeps_script_and_offsets() -> None:
    """Seed 002: the title is a slice of the caller's text, Traditional kept."""
    text = _seed("002")
    meta = _read(text)
    assert meta.title is not None and "報告" in meta.title
    assert text.startswith(meta.title)


# --- the corpus ------------------------------------------------------------------

CORPUS_META: list[Any] = [
    # gwr-2022 lines 1, 8, 13-14, 17: title, `——2022年3月5日在第十三届…会议上`, speaker, salutation
    pytest.param(
        "gwr-2022.txt",
        dict(title="政府工作报告", agency=None, year=None, published=D(2022, 3, 5), kind=ReportKind.GOV_WORK_REPORT),
        "各位代表：",
        id="gwr-2022",
    ),
    # cpc-20 lines 1, 8 (a two-line title), 15 subtitle, 20 `（2022年10月16日）`, 25 speaker, 28 `同志们：`
    pytest.param(
        "cpc-20.txt",
        dict(
            title="高举中国特色社会主义伟大旗帜 为全面建设社会主义现代化国家而团结奋斗",
            agency=None,
            year=None,
            published=D(2022, 10, 16),
            kind=ReportKind.UNKNOWN,
        ),
        "同志们：",
        id="cpc-20",
    ),
] + [
    # these start with the salutation `各位代表：` on line 1: no header at all
    pytest.param(
        name,
        dict(title=None, agency=None, year=None, published=None, kind=ReportKind.UNKNOWN),
        "各位代表",
        id=name.removesuffix(".txt"),
    )
    for name in ("gwr-1954.txt", "gwr-1985.txt", "gwr-1986.txt", "gwr-1998.txt", "gwr-2008.txt", "gwr-2015.txt", "gwr-2025.txt")
]


@pytest.mark.parametrize(("name", "expected", "content_starts"), CORPUS_META)
def test_corpus_meta(name: str, expected: dict[str, Any], content_starts: str) -> None:
    text = _corpus(name)
    meta = _read(text)
    assert {key: getattr(meta, key) for key in expected} == expected
    assert meta.end == text.index(content_starts)


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_corpus_header_never_swallows_content(name: str) -> None:
    """meta.end is at most the first salutation line and the first `一、` heading."""
    text = _corpus(name)
    meta = _read(text)
    folded = fold(text)
    limits = [len(text)]
    for line in split_lines(text):
        content = folded[line.start : line.end].strip()
        if content.startswith(("各位代表", "同志们", "一、", "第一部分")):
            limits.append(line.start)
            break
    assert meta.end <= min(limits)


# --- variants ----------------------------------------------------------------------

VARIANTS: list[Any] = [
    # spec §5 / seed 001 with fullwidth colons and a Traditional title (fold makes them match)
    pytest.param(
        "當前位置：首頁\n福州市司法局2023年法治政府建設工作報告\n發布日期：2024-03-20 來源：法制科\n\n2023年，我局依法履職。\n",
        dict(title="福州市司法局2023年法治政府建設工作報告", agency="福州市司法局", year=2023,
             published=D(2024, 3, 20), source="法制科", kind=FZZF),
        "2023年，我局",
        id="traditional-fullwidth",
    ),
    # a header with no date at all (seed 002's shape with a source line)
    pytest.param(
        "XX县人民政府关于2021年度法治政府建设情况的报告\n来源：县司法局\n\n一、主要举措和成效\n",
        dict(title="XX县人民政府关于2021年度法治政府建设情况的报告", agency="XX县人民政府", year=2021,
             published=None, source="县司法局", kind=FZZF),
        "一、",
        id="no-date-agency-before-guanyu",
    ),
    # a bare suffix is no agency; the 发布机构 field is used when the title names none
    pytest.param(
        "人民政府2022年法治政府建设年度报告\n发布机构：杭州市人民政府\n一、工作回顾\n",
        dict(agency="杭州市人民政府", year=2022, kind=FZZF),
        "一、",
        id="agency-from-field",
    ),
    # 成文日期 and 发布日期 both given: 发布日期 wins (PUBLISHED_LABEL_RANK), whatever the order
    pytest.param(
        "成文日期：2023-01-05 发布日期：2023-02-10\n2022年法治政府建设年度报告\n一、主要做法和成效\n",
        dict(published=D(2023, 2, 10), title="2022年法治政府建设年度报告", agency=None, year=2022),
        "一、",
        id="published-label-rank",
    ),
    # 字号: 大 中 小 is the font size (chrome), not a document number; 文号 with a value is kept
    pytest.param(
        "关于印发XX的通知\n文号：X府发〔2023〕5号 字号：大 中 小\n各单位：\n",
        dict(doc_no="X府发〔2023〕5号", title="关于印发XX的通知", kind=ReportKind.UNKNOWN),
        "各单位：",
        id="doc-no-and-font-size",
    ),
    # a date in words on a subtitle line (speech style, gwr-2022 / cpc-20 shape)
    pytest.param(
        "政府工作报告\n——二〇二三年一月十二日在XX市第十六届人民代表大会第二次会议上\n市长 张三\n各位代表：\n",
        dict(title="政府工作报告", published=D(2023, 1, 12), kind=ReportKind.GOV_WORK_REPORT, agency=None),
        "各位代表：",
        id="speech-date-in-words",
    ),
    # an impossible date is no date
    pytest.param(
        "发布日期:2023-02-30\n一、存在问题\n",
        dict(published=None, title=None),
        "一、",
        id="impossible-date",
    ),
    # a place alone names its government; a year range in the title is not the reporting year
    pytest.param(
        "浙江省法治政府建设实施纲要(2021-2025年)2022年度落实情况报告\n一、主要举措和成效\n",
        dict(agency="浙江省人民政府", year=2022, kind=FZZF),
        "一、",
        id="year-range-not-year",
    ),
    # a title's year in Chinese numerals is read by the same date grammar as the body's
    pytest.param(
        "XX区二〇二二年法治政府建设年度报告\n一、主要举措和成效\n",
        dict(agency="XX区人民政府", year=2022, kind=FZZF),
        "一、",
        id="year-in-chinese-numerals",
    ),
    # (issue 9: a place alone names its government, `静海区` → `静海区人民政府`)
    pytest.param(
        "浙江省2022年法治政府建设情况报告\n一、主要举措和成效\n",
        dict(agency="浙江省人民政府", year=2022, kind=FZZF),
        "一、",
        id="place-as-agency",
    ),
    # \r\n line breaks: the header ends after the blank line's break
    pytest.param(
        "XX市司法局2022年法治政府建设年度报告\r\n\r\n2022年，我局认真履职。\r\n",
        dict(agency="XX市司法局", year=2022),
        "2022年，我局",
        id="crlf",
    ),
]


@pytest.mark.parametrize(("text", "expected", "content_starts"), VARIANTS)
def test_variants(text: str, expected: dict[str, Any], content_starts: str) -> None:
    meta = _read(text)
    assert {key: getattr(meta, key) for key in expected} == expected
    assert meta.end == text.index(content_starts)


# --- page chrome copied as text (issue 9 item 2) ------------------------------------------
# Each text is the shape of a real page copied as text, as the issue quotes them; the expected
# values are read off the text by hand.

BREADCRUMB_TITLE = (
    # the issue's `工作报告 您所在的位置:政务公开 > 工作报告 2020年…报告`: column name, breadcrumb and
    # title on one line; the 来源/发布时间/字体大小/浏览次数/打印/关闭 line after it
    "工作报告 您所在的位置:政务公开 > 工作报告 2020年静海区法治政府建设情况报告\n"
    "发布时间：2021-03-05 10:12  来源：静海区司法局  字体大小：【大 中 小】  浏览次数：268  【打印】【关闭】\n\n"
    "2020年，静海区坚持以习近平法治思想为指导，扎实推进法治政府建设。\n一、主要举措和成效\n"
)
COLUMN_NAME_FIRST = (
    # the column's name alone on the first line, the breadcrumb on its own line, then the title
    "工作报告\n您所在的位置：政务公开 > 工作报告\n2020年静海区法治政府建设情况报告\n"
    "发布时间：2021-03-05 10:12  来源：静海区司法局  浏览次数：268\n"
    "2020年，静海区坚持以习近平法治思想为指导，扎实推进法治政府建设。\n一、主要举措和成效\n"
)
ONE_FIELD_PER_LINE = (
    "当前位置：首页 > 政府信息公开 > 法定主动公开内容 > 年度报告\n索引号：11330681002589613N/2023-00123\n"
    "发布机构：诸暨市司法局\n成文日期：2023-02-20\n发布日期：2023-02-23\n文号：无\n有效性：有效\n"
    "诸暨市司法局2022年法治政府建设年度报告\n2022年,诸暨市司法局认真贯彻落实党的二十大精神。\n一、主要举措和成效\n"
)
SPACED_LABELS = (
    # the issue's `索  引  号 113708120042347000/2026-00508 公开方式 主动公开 …`: no colons, several per line
    "索  引  号 113708120042347000/2026-00508 公开方式 主动公开\n发布机构 XX县司法局 成文日期 2026-01-20\n"
    "标    题 XX县2025年法治政府建设情况报告\n2025年，XX县深入贯彻习近平法治思想。\n一、主要举措和成效\n"
)
TRADITIONAL_LABELS = (
    # the issue's `福州市 索 引 號:-`, Traditional labels in a pipe row
    "福州市 索 引 號:-\n發佈機構：福州市司法局 | 發佈日期：2024-03-20\n福州市司法局2023年法治政府建設工作報告\n"
    "2023年,福州市司法局在市委、市政府的堅強領導下,深入學習宣傳貫徹習近平法治思想。\n一、主要做法和成效\n"
)
CELL_PER_LINE = (
    # a two-column table copied a cell per line; 主题分类 has no value and must not take `公开日期：`
    "索引号：\n11330681002589613N/2023-00123\n发布机构：\n诸暨市司法局\n主题分类：\n公开日期：\n2023-02-23\n"
    "诸暨市司法局2022年法治政府建设年度报告\n2022年,诸暨市司法局认真贯彻落实党的二十大精神。\n一、主要举措和成效\n"
)
SITE_HEADER = (
    # the issue: the title was taken from `联系我们| 网站地图| …`
    "首页 | 政务公开 | 政务服务 | 互动交流\n联系我们| 网站地图| 无障碍\nXX市2022年法治政府建设年度报告\n"
    "2022年，XX市深入推进依法行政。\n一、主要举措和成效\n"
)
COVER_LETTER = (
    # the issue's `中共长宁区委：…以上请示妥否，请批示。…2024年1月4日` then the report's own title;
    # the letter's own title first, which names the report too
    "关于报送长宁区2023年法治政府建设情况报告的请示\n中共长宁区委：\n"
    "\u3000\u3000现将《长宁区2023年法治政府建设情况报告》随文报上。\n\u3000\u3000以上请示妥否，请批示。\n\n"
    "上海市长宁区人民政府\n2024年1月4日\n\n长宁区2023年法治政府建设情况报告\n"
    "\u3000\u30002023年，长宁区坚持以习近平法治思想为指导，全面推进依法行政。\n一、主要举措和成效\n"
)

PAGE_CHROME: list[Any] = [
    pytest.param(BREADCRUMB_TITLE, dict(title="2020年静海区法治政府建设情况报告", agency="静海区人民政府", year=2020,
                 published=D(2021, 3, 5), source="静海区司法局", kind=FZZF), "2020年，静海区", id="breadcrumb-title"),
    pytest.param(COLUMN_NAME_FIRST, dict(title="2020年静海区法治政府建设情况报告", agency="静海区人民政府",
                 published=D(2021, 3, 5), source="静海区司法局"), "2020年，静海区", id="column-name-first"),
    pytest.param(ONE_FIELD_PER_LINE, dict(title="诸暨市司法局2022年法治政府建设年度报告", agency="诸暨市司法局",
                 published=D(2023, 2, 23), written=D(2023, 2, 20), index_no="11330681002589613N/2023-00123",
                 doc_no=None), "2022年,诸暨市", id="one-field-per-line"),
    pytest.param(SPACED_LABELS, dict(title="XX县2025年法治政府建设情况报告", agency="XX县人民政府", year=2025,
                 written=D(2026, 1, 20), published=None, index_no="113708120042347000/2026-00508"),
                 "2025年，XX县", id="spaced-labels-no-colons"),
    pytest.param(TRADITIONAL_LABELS, dict(title="福州市司法局2023年法治政府建設工作報告", agency="福州市司法局",
                 published=D(2024, 3, 20), index_no=None), "2023年,福州市", id="traditional-labels"),
    pytest.param(CELL_PER_LINE, dict(title="诸暨市司法局2022年法治政府建设年度报告", agency="诸暨市司法局",
                 published=D(2023, 2, 23), index_no="11330681002589613N/2023-00123"), "2022年,诸暨市",
                 id="cell-per-line"),
    pytest.param(SITE_HEADER, dict(title="XX市2022年法治政府建设年度报告", agency="XX市人民政府", year=2022),
                 "2022年，XX市", id="site-header"),
    pytest.param(COVER_LETTER, dict(title="长宁区2023年法治政府建设情况报告", agency="长宁区人民政府", year=2023,
                 kind=FZZF), "\u3000\u30002023年，长宁区", id="cover-letter"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "content_starts"), PAGE_CHROME)
def test_page_chrome_in_text(text: str, expected: dict[str, Any], content_starts: str) -> None:
    meta = _read(text)
    assert {key: getattr(meta, key) for key in expected} == expected
    assert meta.end == text.index(content_starts)
    # the title is never a chrome line: only the lines that hold the title are tagged so
    titled = [line.text for line in meta.lines if line.field is MetaField.TITLE]
    assert all(meta.title in line or "标" in line for line in titled)


def test_provenance_names_the_labels() -> None:
    meta = _read(ONE_FIELD_PER_LINE)
    assert [(str(f.field), f.key, f.value) for f in meta.provenance] == [
        ("title", "", "诸暨市司法局2022年法治政府建设年度报告"),
        ("agency", "title", "诸暨市司法局"),
        ("published", "发布日期", "2023-02-23"),
        ("written", "成文日期", "2023-02-20"),
        ("index_no", "索引号", "11330681002589613N/2023-00123"),
    ]
    assert all(f.origin is Origin.TEXT for f in meta.provenance)


def test_a_salutation_without_a_report_title_after_it_is_content() -> None:
    # gwr-style `各位代表：` and a letter with no report title after its date: the header stops there
    for text in ("各位代表：\n现在，我代表国务院。\n2022年3月5日\n一、回顾\n", "中共XX委：\n现报告如下。\n2024年1月4日\n正文。\n"):
        assert _read(text).end == 0


def test_cover_letter_lookahead_is_bounded() -> None:
    text = "中共XX区委：\n" + "正文。\n" * 200_000 + "2024年1月4日\nXX区2023年法治政府建设情况报告\n"
    plain = split_lines(text)
    lines = _CountingLines(plain)
    meta = read_header(Source(text, fold(text), lines, [line.start for line in plain]))
    assert meta.end == 0
    assert lines.read <= 4 * MAX_HEADER_LINES


NO_HEADER: list[Any] = [
    pytest.param("", id="empty"),
    pytest.param("   \n\u3000\n", id="white-space"),
    pytest.param("一、主要做法和成效\n(一)加强统筹\n", id="heading-first"),
    pytest.param("(四)规范行政权力运行,强化行政执法监督\n", id="cn-paren-first"),
    pytest.param("各位代表：\n现在，我代表国务院。\n", id="salutation-first"),
    pytest.param("2022年,诸暨市司法局认真贯彻落实党的二十大精神,各项工作有条不紊推进。\n一、成效\n", id="preamble-first"),
    pytest.param("1.深入推进全面依法治市。加强统筹谋划。\n", id="arabic-run-in-first"),
    pytest.param("第一部分 总体要求\n", id="part-first"),
    # short lines only, nothing that is certainly header, and no content after: no header
    pytest.param("\n".join(["短句"] * 30), id="short-lines-only"),
    pytest.param("甲\n乙\n", id="two-short-lines"),
]


@pytest.mark.parametrize("text", NO_HEADER)
def test_no_header(text: str) -> None:
    meta = _read(text)
    assert meta == Meta()


def test_title_alone_with_kind_word() -> None:
    """A text that is only a report title: the title is header (it names a kind)."""
    text = "福州市司法局2023年法治政府建設工作報告\n"
    meta = _read(text)
    assert meta.title == "福州市司法局2023年法治政府建設工作報告"
    assert meta.end == len(text)


class _CountingLines(list):  # type: ignore[type-arg]
    """A line table that counts how many lines the stage reads (by iteration or by index)."""

    read = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        for line in super().__iter__():
            self.read += 1
            yield line

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        self.read += 1
        return super().__getitem__(index)


def test_header_is_bounded() -> None:
    """Only the first lines are read, whatever the length of the text."""
    text = "诸暨市司法局2022年法治政府建设年度报告\n" + "短\n" * 200_000 + "正文。"
    plain = split_lines(text)
    lines = _CountingLines(plain)
    meta = read_header(Source(text, fold(text), lines, [line.start for line in plain]))
    assert lines.read <= MAX_HEADER_LINES + 5
    # 30 non-blank lines looked at, none of them content: only the title (strong) stays
    assert meta.end == text.index("短")
    assert meta.title == "诸暨市司法局2022年法治政府建设年度报告"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("甲" * 5_000_000, id="one-long-line"),
        pytest.param(" " * 5_000_000 + "甲", id="long-indent"),
        pytest.param("\n" * 1_000_000 + "甲", id="many-blank-lines"),
    ],
)
def test_long_inputs(text: str) -> None:
    assert _read(text) == Meta()


def test_find_date_and_kind_tables() -> None:
    # spec §5 forms
    assert find_date("2023-02-23 14:54") == (D(2023, 2, 23), 0, 10)
    assert find_date("公开日期: | 2021-03-12 |")[0] == D(2021, 3, 12)  # type: ignore[index]
    assert find_date("（2022年10月16日）")[0] == D(2022, 10, 16)  # type: ignore[index]
    assert find_date("2021/3/12")[0] == D(2021, 3, 12)  # type: ignore[index]
    assert find_date("12345-1-1") is None
    assert report_kind("xx市2022年依法行政工作报告") is FZZF
    assert report_kind("政府工作报告") is ReportKind.GOV_WORK_REPORT
    assert report_kind("2023年度工作总结") is ReportKind.WORK_SUMMARY
    assert report_kind("") is ReportKind.UNKNOWN


# --- properties -----------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("一二三、()（）:：。,，\n\r \u3000|>年月日-0123456789司法局市报告总结各位代表存在问題標題来源发布日期索引号文号无甲")
)


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=120) | st.text(max_size=60))
def test_never_raises_and_is_a_line_prefix(text: str) -> None:
    meta = _read(text)
    assert meta.start == 0
    assert 0 <= meta.end <= len(text)
    starts = {line.start for line in split_lines(text)} | {len(text)}
    assert meta.end in starts
    for line in meta.lines:
        assert line.end <= meta.end
        assert text[line.start : line.end] == line.text
    if meta.title is not None and "title" in [line.field for line in meta.lines]:
        assert meta.end > 0


@settings(max_examples=150, deadline=None)
@given(st.text(_ALPHABET, max_size=80))
def test_fold_invariance(text: str) -> None:
    """The header ends at the same place whether the text is folded or not."""
    assert _read(text).end == _read(fold(text)).end

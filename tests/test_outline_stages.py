"""Unit tables for each outline stage: markers, titles, tree, items."""

from __future__ import annotations

import pathlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgovreport import DiagnosticCode as D
from zhgovreport import Style, parse
from zhgovreport.numbering import ITEM, match_marker
from zhgovreport.outline import items as items_module
from zhgovreport.outline.items import find_items
from zhgovreport.outline.markers import Marker, find_markers
from zhgovreport.outline.titles import Heading, cut_title
from zhgovreport.outline.tree import build_tree
from zhgovreport.text import Source, fold

# --- markers: one folded line -> (style, number) or None ---------------------------

MARKERS = [
    ("一、2022年度法治政府建设的主要举措和成效", (Style.CN, 1), "seed 000 line 7"),
    ("一、 过去五年工作回顾", (Style.CN, 1), "gwr-2008 line 9"),
    ("十一、推进国家安全体系", (Style.CN, 11), "cpc-20 line 304"),
    ("三.加强", (Style.CN, 3), "spec §1 一."),
    ("(一)坚持政治引领", (Style.CN_PAREN, 1), "seed 000 line 9"),
    ("（九）加快行政管理体制改革", (Style.CN_PAREN, 9), "gwr-2008 line 290"),
    ("（二)混合括号", (Style.CN_PAREN, 2), "spec §1 mixed"),
    ("(三)、后跟顿号", (Style.CN_PAREN, 3), "spec §1"),
    ("1.深入推進全面依法治市。", (Style.ARABIC, 1), "seed 002 line 5"),
    ("１．全角", (Style.ARABIC, 1), "spec §1 fullwidth"),
    ("12、十二", (Style.ARABIC, 12), "spec §1 1、"),
    ("(1)半角", (Style.ARABIC_PAREN, 1), "spec §1"),
    ("（２）全角", (Style.ARABIC_PAREN, 2), "spec §1"),
    ("3)半括号", (Style.ARABIC_PAREN, 3), "spec §1"),
    ("⑳二十", (Style.CIRCLED, 20), "spec §1"),
    ("第一部分 总体要求", (Style.PART, 1), "spec §1"),
    ("第二章 总则", (Style.PART, 2), "spec §1"),
    ("第一、必须坚持实事求是", (Style.ORDINAL, 1), "gwr-1985 line 109"),
    ("第一，坚持解放思想", (Style.ORDINAL, 1), "gwr-1998 line 55"),
    ("第十、", (Style.ORDINAL, 10), "gwr-1986 line 291"),
    ("\u3000\u3000（一）缩进", (Style.CN_PAREN, 1), "spec §6 indentation"),
    ("1.5万件", None, "spec §3: a number"),
    ("2.5", None, "gwr-2022 line 37"),
    ("2020年,在襄阳市委", None, "seed 003 line 6: a year"),
    ("(2021-2025年)", None, "spec §3"),
    ("(市、区)", None, "spec §3"),
    ("第八届全国人民代表大会", None, "gwr-1998 line 12"),
    ("第三个历史决议", None, "cpc-20 line 52"),
    ("一是建强干部队伍", None, "an item, not a heading"),
    ("加强统筹,一、二", None, "marker inside a sentence"),
    ("——经济运行中", None, "gwr-2008 line 127"),
]


@pytest.mark.parametrize(("line", "expected", "source"), MARKERS, ids=[m[2] + ": " + m[0][:8] for m in MARKERS])
def test_match_marker(line: str, expected: tuple[Style, int] | None, source: str) -> None:
    hit = match_marker(fold(line))
    assert (hit[:2] if hit else None) == expected


def _headings(text: str) -> list[tuple[Style, int]]:
    return [(h.style, h.number) for h in find_markers(Source.of(text), 0)]


def test_broken_pm25_line_is_not_a_heading() -> None:
    """gwr-2022 lines 36-38: ``…（PM`` / ``2.5`` / ``）平均浓度…``; also ``PM`` / ``2)``."""
    assert _headings("颗粒物（PM\n2.5\n）平均浓度下降9.1%。") == []
    assert _headings("颗粒物PM\n2)\n浓度") == []


def test_in_sentence_list_is_not_headings() -> None:
    """gwr-1985 lines 81-89: ``…主要内容是：`` then entries ending in ；… and 。."""
    text = "今年价格改革的主要内容是：\n\u3000\u3000一、调整粮价；\n\n\u3000\u3000二、提高运价；\n\u3000\u3000三、放开价格。\n"
    assert _headings(text) == []


def test_list_ends_at_its_sentence_and_the_next_number_is_a_heading() -> None:
    """Property finding R2-1: ``1.…；2.…。`` is the list; ``3.完善制度`` continues the outer ``1. 2.``."""
    text = "1.总体要求\n2.加强领导\n要做到以下几点：\n1.节约能源；\n2.改革结构。\n3.完善制度\n"
    assert _headings(text) == [(Style.ARABIC, 1), (Style.ARABIC, 2), (Style.ARABIC, 3)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("主要表现在:\n(一)甲不够。\n(二)乙不足。\n", id="entries-end-in-period-seed-003"),
        pytest.param("方向是：\n一、\n甲；\n二、\n乙。\n", id="markers-alone-gwr-1986"),
        pytest.param("正文。\n一、甲；\n二、乙。\n", id="no-colon-before"),
    ],
)
def test_numbered_runs_that_stay_headings(text: str) -> None:
    assert len(_headings(text)) == 2


# Issue 10, gwr-2006: 第一，…第七， number a list inside one paragraph of section (2, 7); the page
# started lines at 第四， and 第六， only, which became sections (2,7,4) and (2,7,6) with not_first
# and gap.  The excerpt keeps that shape (the entries' wording is ours).
GWR_2006_SHAPE = (
    "一、回顾\n二、主要任务\n（一）甲\n（二）乙\n（三）丙\n（四）丁\n（五）戊\n（六）己\n（七）加强政府自身建设。\n"
    "要着重做好以下工作：第一，推进依法行政。第二，深化改革。第三，加强监督。\n"
    "第四，转变作风。第五，提高效能。\n\n第六，反对腐败。第七，勤俭节约。\n"
    "三、其他\n"
)


def test_a_list_whose_entries_only_sometimes_start_a_line_stays_body_text() -> None:
    report = parse(GWR_2006_SHAPE)
    seventh = report.sections[1].children[6]
    assert (seventh.path, seventh.children) == ((2, 7), ())
    assert any(p.startswith("第四，转变作风") for p in seventh.body)
    assert any(p.startswith("第六，反对腐败") for p in seventh.body)
    assert report.diagnostics == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("第一，甲。\n第二，乙。\n", [(Style.ORDINAL, 1), (Style.ORDINAL, 2)], id="ordinal headings"),
        pytest.param("第一，甲：第一，子；\n第二，乙。\n", [(Style.ORDINAL, 1), (Style.ORDINAL, 2)], id="one mid-line entry is not a list"),
        pytest.param("第一，甲。第二，乙。第三，丙。\n第四，丁。\n", [], id="a paragraph that opens with its list"),
        pytest.param("要求：（一）甲；（二）乙；\n（三）丙。\n", [], id="cn_paren list"),
        pytest.param("要求：(1)甲；(2)乙；\n(3)丙。\n", [], id="arabic_paren list"),
        pytest.param("要求：第一，甲；第二，乙；\n（一）标题\n第三，丙。\n", [(Style.CN_PAREN, 1), (Style.ORDINAL, 3)], id="a heading of another style ends the list"),
        pytest.param("第一，甲\n第二，乙\n要求：第一，子；第二，丑。\n第三，丙\n", [(Style.ORDINAL, n) for n in (1, 2, 3)], id="a heading that continues the line-start numbering after a list"),
        pytest.param("第一，甲\n要求：第一，子；\n第二，丑；第三，寅。\n", [(Style.ORDINAL, 1)], id="a list entry after ；, though it continues the headings' numbering"),
        pytest.param(
            "第一、\n甲\n第二、\n乙\n第三、\n丙\n要求：第一，子；\n第二、丑；第三，寅。\n说明。\n第四、\n丁\n",
            [(Style.ORDINAL, n) for n in (1, 2, 3, 4)],
            # found by the outline properties: the list's line-start 第二、 was taken as the last
            # heading number, so 第四、 continued nothing and was dropped with the list
            id="a list entry at a line start does not hide the next heading",
        ),
    ],
)
def test_sentence_lists_over_line_starts(text: str, expected: list[tuple[Style, int]]) -> None:
    assert _headings(text) == expected


# Issue 10: 一 / 二 / 三 / 四 each alone on a line between paragraphs, as old reports number their
# parts: cn headings whose title is the first sentence of the next line.
BARE = [
    ("各位代表：\n\n一\n\n过去一年的工作。我们完成了任务。\n\n二\n\n今年的任务。要做好工作。\n", [(Style.CN, 1, "过去一年的工作"), (Style.CN, 2, "今年的任务")], "parts numbered by bare numerals"),
    ("各位代表：\n一\n关于经济形势\n正文。\n十二\n结束语\n", [(Style.CN, 1, "关于经济形势"), (Style.CN, 12, "结束语")], "a whole-line title below; 十二"),
    ("去年增长百分之\n十\n。今年更好。\n", [], "a numeral the page broke off a sentence"),
    ("正文。\n一\n，正文继续。\n", [], "punctuation below: not a title"),
    ("正文。\n一\n（一）标题\n", [(Style.CN_PAREN, 1, "标题")], "a heading below: the numeral is text"),
    ("正文。\n两\n标题\n", [], "两 alone is no part number"),
    ("一、\n总体要求\n二\n工作任务。正文。\n", [(Style.CN, 1, "总体要求"), (Style.CN, 2, "工作任务")], "after a title below its marker"),
    ("一、关于《\n宪法\n》的说明\n二\n工作任务。\n", [(Style.CN, 1, "关于《宪法》的说明"), (Style.CN, 2, "工作任务")], "after a broken title"),
    ("正文。\n三是\n标题\n", [], "an item marker, not a numeral"),
]


@pytest.mark.parametrize(("text", "expected", "source"), BARE, ids=[b[2] for b in BARE])
def test_a_bare_numeral_alone_on_its_line(text: str, expected: list[tuple[Style, int, str]], source: str) -> None:
    assert [(s.style, s.number, s.title) for s in parse(text).walk()] == expected


# Issue 10: the 1988 政府工作报告 (not in the corpus; its shape and lines as the issue and the
# Wikisource text give them, bodies cut to one sentence) divides the report into parts titled
# without a marker and restarts 一、 in each.  The restart after 五、 follows the part title
# 今后五年…: a new part, not a level nested under 五、.
GWR_1988_SHAPE = """各位代表！

　　我代表国务院，向大会作政府工作报告，请予审议。

过去五年国内工作的基本总结

　　第六届全国人民代表大会期间，国务院认真执行中国共产党的路线，取得了举世瞩目的成绩。

五年来，在改革开放的推动下，我国国民经济持续发展，总的形势是很好的

国家经济实力继续得到显著增强。
国民生产总值１９８７年达到１０９２０亿元。

回顾过去五年建设和改革的历程，我们从实践中获得了不少有益的经验，其中最值得在今后工作中认真吸取的有以下几点

一、牢固树立建设要依靠改革，改革要促进建设的指导思想，坚持把改革放在总揽全局的位置上

　　加快社会主义现代化建设，是社会主义初级阶段的中心任务。

二、无论建设还是改革，都必须坚持从实际出发，解放思想，尊重实践

　　我们的建设和改革，必须立足于我国国情。

三、建设和改革都要以提高经济效益为中心，不断推进科技进步和加强现代化管理

　　我们的建设和改革，必须以提高经济效益为出发点和落脚点。

四、正确处理建设和改革中目标和步骤之间的关系，保证建设和改革的顺利发展

　　实现这些目标的具体步骤，只能在实践中不断探索。

五、妥善处理各方面的利益关系，充分调动广大干部和群众的积极性

　　要使各方面的利益关系得到较好的统筹兼顾。

今后五年建设和改革的目标、方针和任务

　　中国共产党第十三次全国代表大会规划了我国社会主义现代化建设的宏伟蓝图。

　　根据上述的奋斗目标和工作方针，国务院要在今后五年里努力实现以下的十项主要任务。

一、大力发展农业生产和加强基础工业、基础设施的建设，以保持国民经济的持续稳定增长

　　农业特别是粮食生产的稳定增长是整个国民经济长期稳定发展的基础。

二、加快科学技术和教育事业的发展和改革，把经济建设切实转到依靠科技进步和提高劳动者素质的轨道上来

　　实现四个现代化，科技是关键，教育是基础。

三、以深化企业改革为中心进行综合配套改革，逐步确立新经济体制的主导地位

　　我国经济的长期稳定发展，必须依靠经济体制改革的顺利推进。

关于外交工作

　　在过去五年里，我们坚决执行独立自主的和平外交政策。

结束语

　　各位代表！让我们团结起来，为实现今后五年的任务而奋斗。
"""

U = Style.UNNUMBERED


def test_unnumbered_part_titles_before_restarted_runs_are_parts() -> None:
    report = parse(GWR_1988_SHAPE)
    top = [(s.style, s.number, s.marker, s.title) for s in report.sections]
    assert top == [
        (U, 1, "", "过去五年国内工作的基本总结"),
        (U, 2, "", "今后五年建设和改革的目标、方针和任务"),
        (U, 3, "", "关于外交工作"),
        (U, 4, "", "结束语"),
    ]
    assert [c.marker for c in report.sections[0].children] == ["一、", "二、", "三、", "四、", "五、"]
    assert [c.marker for c in report.sections[1].children] == ["一、", "二、", "三、"]
    assert report.sections[1].children[0].path == (2, 1)
    (restart,) = report.diagnostics
    assert restart.code is D.RESTART and "今后五年建设和改革的目标、方针和任务" in restart.message
    assert report.text[restart.span].startswith("一、大力发展农业生产")
    assert "".join(report.text[p.span] for p in report.pieces()) == report.text


def test_a_restart_without_a_part_title_still_nests() -> None:
    # gwr-1986: 二、 holds a run restarted at 一、 with no unnumbered line before it
    text = "一、回顾\n正文。\n二、任务\n正文。\n一、农业\n正文。\n二、工业\n正文。\n三、交通\n正文。\n三、外交\n正文。\n"
    report = parse(text)
    depths = [(s.depth, s.marker) for s in report.walk()]
    assert depths == [(1, "一、"), (1, "二、"), (2, "一、"), (2, "二、"), (2, "三、"), (1, "三、")]
    assert not any(s.style is U for s in report.walk())


def test_the_first_part_without_a_title_is_implicit() -> None:
    # a part title shows the restart; the run before it had none: an implicit part 1 holds it
    text = "一、甲\n正文。\n二、乙\n正文。\n\n今后的任务\n\n一、丙\n正文。\n"
    report = parse(text)
    assert [(s.depth, s.style, s.number, s.title, s.implicit) for s in report.walk()] == [
        (1, U, 1, "", True),
        (2, Style.CN, 1, "甲", False),
        (2, Style.CN, 2, "乙", False),
        (1, U, 2, "今后的任务", False),
        (2, Style.CN, 1, "丙", False),
    ]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("第三个历史决议", id="cpc-20 line 52: a link broken out of a sentence"),
        pytest.param("本作品是中华人民共和国的", id="licence lines: the line below continues it"),
        pytest.param("今后，我们要继续努力", id="clause punctuation"),
        pytest.param("关于《国防法", id="an open bracket"),
        pytest.param("Public domain", id="not Chinese"),
        pytest.param("一是", id="an item marker alone on its line"),
    ],
)
def test_lines_that_title_no_part(line: str) -> None:
    # the shape of GWR_1988_SHAPE with the second part title replaced; the restart then nests
    text = GWR_1988_SHAPE.replace("今后五年建设和改革的目标、方针和任务", line)
    if line == "第三个历史决议":
        text = text.replace("\n\n第三个历史决议\n\n", "\n　　十三届一中全会制定\n第三个历史决议\n，开展教育。\n\n")
    if line == "本作品是中华人民共和国的":
        text = text.replace("本作品是中华人民共和国的\n\n", "本作品是中华人民共和国的\n法律\n、\n")
    report = parse(text)
    assert not any(s.style is U for s in report.walk())
    assert D.RESTART in {d.code for d in report.diagnostics}  # read as nested, as before


# Issue 10: a block of ①…⑧ lines at the end of a document that cite sources are notes referenced by
# the ① marks in the text, not level-3 headings.  The note line is the issue's; the rest is ours.
NOTES_TEXT = """各位代表：

一、关于经济建设

（一）学习先进经验

　　列宁说过，共产主义就是苏维埃政权加全国电气化①。我们要学习苏联的经验②。

① 列宁：《全俄中央执行委员会会议》，《列宁全集》第26卷，第2
页。

② 同上。


本作品是中华人民共和国的
法律
，属于公有领域。
"""


def test_endnotes_cited_by_the_text_are_notes_not_headings() -> None:
    report = parse(NOTES_TEXT)
    assert [(s.path, s.marker) for s in report.walk()] == [((1,), "一、"), ((1, 1), "（一）")]
    assert [(n.number, n.marker, n.text) for n in report.notes] == [
        (1, "①", "列宁：《全俄中央执行委员会会议》，《列宁全集》第26卷，第2页。"),
        (2, "②", "同上。"),
    ]
    first = report.notes[0]
    assert report.text[first.span] == "① 列宁：《全俄中央执行委员会会议》，《列宁全集》第26卷，第2\n页。"
    last = report.sections[0].children[0]
    assert not any("列宁全集" in p or p == "② 同上。" for p in last.body)
    assert any(p.startswith("本作品") for p in last.body)  # what follows the notes stays body
    pieces = report.pieces()
    assert "".join(report.text[p.span] for p in pieces) == report.text
    assert [report.text[p.span] for p in pieces if p.role == "note"] == [report.text[n.span] for n in report.notes]
    assert report.diagnostics == ()


@pytest.mark.parametrize(
    ("text", "sections"),
    [
        pytest.param("一、甲\n要做到：①节约；②改革。\n①乙\n②丙\n", 3, id="an enumeration opens clauses: no citation"),
        pytest.param("一、甲\n正文。\n①乙\n②丙\n", 3, id="marks the text never cites"),
        pytest.param("一、甲\n正文①。\n①乙\n②丙\n", 3, id="one mark cited, the other not"),
        pytest.param("一、甲\n正文①②。\n①乙\n二、丁\n", 3, id="a heading after the circled lines"),
    ],
)
def test_circled_lines_that_are_no_notes(text: str, sections: int) -> None:
    report = parse(text)
    assert report.notes == ()
    assert len(list(report.walk())) == sections


def test_notes_of_a_text_without_headings() -> None:
    text = "正文引用①，又引用②。\n①甲书\n②乙书\n"
    report = parse(text)
    assert [n.text for n in report.notes] == ["甲书", "乙书"]
    assert report.preamble == ("正文引用①，又引用②。",)
    assert "".join(report.text[p.span] for p in report.pieces()) == text


# --- titles --------------------------------------------------------------------------

TITLES = [
    ("深入推进全面依法治市。加强统筹谋划", "深入推进全面依法治市", "加强统筹谋划", False, "seed 002 line 5"),
    ("2022年度法治政府建设的主要举措和成效", "2022年度法治政府建设的主要举措和成效", "", False, "seed 000 line 7"),
    ("必须继续坚持在发展生产的基础上逐步改善人民生活的方针，继续坚持艰苦奋斗、勤俭建国的方针", "必须继续坚持在发展生产的基础上逐步改善人民生活的方针，继续坚持艰苦奋斗、勤俭建国的方针", "", False, "gwr-1985 line 130"),
    ("推进涉企法治服务增值化改革按照“前台服务”模式,精准定制服务。依托企业综合服务中心", "推进涉企法治服务增值化改革", "按照“前台服务”模式,精准定制服务。依托企业综合服务中心", True, "seed 001 line 40: run-in, the title's 。 lost"),
    ("支持和保证人民通过人民代表大会行使国家权力。", "支持和保证人民通过人民代表大会行使国家权力", "", False, "issue 10: the heading ends in its 。, no opener cut"),
    ("所有建设项目必须严格按照基本建设程序办事。", "所有建设项目必须严格按照基本建设程序办事", "", False, "issue 10: 按照 inside a title that ends in 。"),
    ("所有建设项目必须严格按照基本建设程序办事", "所有建设项目必须严格按照基本建设程序办事", "", False, "issue 10: 按照 inside a whole-line title"),
    ("推进涉企法治服务增值化改革按照“前台服务”模式精准定制服务", "推进涉企法治服务增值化改革按照“前台服务”模式精准定制服务", "", False, "whole-line title: what the author wrote"),
    ("按照兼顾生产建设和生活消费的原则，恰当地确定幅度", "按照兼顾生产建设和生活消费的原则，恰当地确定幅度", "", False, "gwr-1986 line 145: opener at the start"),
    ("甲" * 50 + "，" + "乙" * 30, "甲" * 40, "甲" * 10 + "，" + "乙" * 30, True, "cap: no 。 and too long"),
    ("四字短句，" + "乙" * 80, "四字短句", "，" + "乙" * 80, True, "cap: cut at a clause boundary"),
]


@pytest.mark.parametrize(("line", "title", "rest", "guessed", "source"), TITLES, ids=[t[4] for t in TITLES])
def test_cut_title(line: str, title: str, rest: str, guessed: bool, source: str) -> None:
    folded = fold(line)
    t_start, t_end, h_end, was_guessed, why = cut_title(folded, 0, len(line))
    assert (line[t_start:t_end], line[h_end:], was_guessed) == (title, rest, guessed)
    assert bool(why) == guessed


# Why a title was guessed, as the TITLE_GUESSED diagnostic says it (issue 10: the old message
# said "no closing 。" for a heading that had one).
GUESS_REASONS = [
    ("(二)推进涉企法治服务增值化改革按照“前台服务”模式,精准定制服务。依托中心\n", "按照", "seed 001 line 40: a clause opener"),
    ("一、" + "甲" * 50 + "，" + "乙" * 30 + "\n", "no 。 and longer than 60", "no 。 at all, a long line"),
    ("一、" + "甲" * 120 + "。乙\n", "no 。 within 100", "the 。 comes too late"),
]


@pytest.mark.parametrize(("text", "says", "source"), GUESS_REASONS, ids=[g[2] for g in GUESS_REASONS])
def test_title_guessed_says_why(text: str, says: str, source: str) -> None:
    (diagnostic,) = [d for d in parse(text).diagnostics if d.code is D.TITLE_GUESSED]
    assert says in diagnostic.message


def test_a_heading_that_ends_in_its_period_is_not_guessed() -> None:
    # issue 10: （一）支持和保证人民通过人民代表大会行使国家权力。 was cut to 支持和保证人民
    report = parse("一、总体要求\n（一）支持和保证人民通过人民代表大会行使国家权力。\n正文。\n")
    assert report.sections[0].children[0].title == "支持和保证人民通过人民代表大会行使国家权力"
    assert not any(d.code is D.TITLE_GUESSED for d in report.diagnostics)


BROKEN = [
    ("一、总则\n三、关于《\n国务院机构改革方案\n》的说明\n正文。\n", "关于《国务院机构改革方案》的说明", "issue 10: 三、关于《 + next line"),
    ("三、学习“\n三个代表\n”重要思想\n正文。\n", "学习“三个代表”重要思想", "broken at a quotation mark"),
    ("三、\n关于《\n国务院机构改革方案\n》的说明\n", "关于《国务院机构改革方案》的说明", "a marker alone, its title broken"),
    ("（一）贯彻《\n民族区域自治法\n》。正文继续。\n", "贯彻《民族区域自治法》", "run-in: the title's 。 on the third line"),
    ("一、贯彻《宪法》\n》正文。\n", "贯彻《宪法》", "balanced: a stray closing bracket below is body"),
    ("一、关于《\n\n正文。\n", "关于《", "a blank line ends the title"),
    ("一、关于《\n二、其他\n", "关于《", "the next heading is never part of a title"),
]


@pytest.mark.parametrize(("text", "title", "source"), BROKEN, ids=[b[2] for b in BROKEN])
def test_a_heading_broken_at_a_bracket_is_one_heading(text: str, title: str, source: str) -> None:
    report = parse(text)
    heading = [s for s in report.walk() if s.marker in ("三、", "（一）") or s.number == 1][-1]
    assert heading.title == title
    assert "".join(report.text[p.span] for p in report.pieces()) == report.text


# --- tree ----------------------------------------------------------------------------


def _tree(spec: list[tuple[Style, int]]) -> tuple[list[tuple[int, Style, int, bool]], list[D]]:
    heads = [Heading(Marker(style, number, k, k, k, k), k, k, k) for k, (style, number) in enumerate(spec)]
    tree = build_tree(Source.of("x" * len(spec)), heads)
    roots, diagnostics = tree.roots, tree.diagnostics
    out: list[tuple[int, Style, int, bool]] = []

    def walk(nodes: list, depth: int) -> None:  # type: ignore[type-arg]
        for node in nodes:
            out.append((depth, node.style, node.number, node.heading is None))
            walk(node.children, depth + 1)

    walk(roots, 1)
    return out, [d.code for d in diagnostics]


C, P, A, O = Style.CN, Style.CN_PAREN, Style.ARABIC, Style.ORDINAL

TREES = [
    ("gb-order", [(C, 1), (P, 1), (A, 1), (A, 2), (P, 2), (C, 2)], [(1, C, 1, False), (2, P, 1, False), (3, A, 1, False), (3, A, 2, False), (2, P, 2, False), (1, C, 2, False)], []),
    ("gwr-1985: cn_paren above ordinal", [(P, 1), (P, 2), (O, 1), (O, 2)], [(1, P, 1, False), (1, P, 2, False), (2, O, 1, False), (2, O, 2, False)], []),
    ("seed 002: duplicate", [(C, 1), (P, 1), (P, 2), (P, 3), (P, 3), (P, 4)], None, [D.DUPLICATE]),
    ("gap", [(C, 1), (C, 3)], None, [D.GAP]),
    ("restart backwards", [(C, 1), (C, 2), (C, 3), (C, 2)], None, [D.RESTART]),
    ("not first", [(C, 1), (P, 2)], None, [D.NOT_FIRST]),
    ("continuous across parents", [(C, 1), (A, 1), (A, 2), (C, 2), (A, 3)], None, []),
    (
        "seed 004: implicit parent",
        [(P, 4), (P, 5), (C, 2), (P, 1)],
        [(1, C, 1, True), (2, P, 4, False), (2, P, 5, False), (1, C, 2, False), (2, P, 1, False)],
        [D.IMPLICIT_PARENT],
    ),
    (
        "gwr-1986: restart nests, later numbers climb back",
        [(C, 1), (C, 2), (C, 1), (C, 2), (C, 3), (C, 3)],
        [(1, C, 1, False), (1, C, 2, False), (2, C, 1, False), (2, C, 2, False), (2, C, 3, False), (1, C, 3, False)],
        [D.RESTART],
    ),
]


@pytest.mark.parametrize(("name", "spec", "shape", "codes"), TREES, ids=[t[0] for t in TREES])
def test_build_tree(name: str, spec: list[tuple[Style, int]], shape: list | None, codes: list[D]) -> None:  # type: ignore[type-arg]
    got_shape, got_codes = _tree(spec)
    if shape is not None:
        assert got_shape == shape
    assert got_codes == codes


def test_same_style_nesting_is_bounded() -> None:
    spec = [(C, 1), (C, 2)] * 50
    shape, _codes = _tree(spec)
    assert max(depth for depth, *_ in shape) <= 3


# --- items ---------------------------------------------------------------------------


def _items(text: str) -> list[tuple[int, str, str]]:
    found = find_items(Source.of(text), 0, len(text)).items
    return [(i.number, i.marker, i.lead) for i in found]


ITEMS = [
    ("一是建强干部队伍。持续加强。二是规范法律服务队伍。", [(1, "一是", "建强干部队伍"), (2, "二是", "规范法律服务队伍")], "seed 000 line 11"),
    ("一是规范程序;二是深化改革;三是印发通知", [(1, "一是", "规范程序"), (2, "二是", "深化改革"), (3, "三是", "印发通知")], "seed 004 line 3"),
    ("不足:一是發揮作用還不夠有力。二是亮點不夠突出。", [(1, "一是", "發揮作用還不夠有力"), (2, "二是", "亮點不夠突出")], "seed 002 line 21"),
    ("注意的地方。第一是比重上升。第二是産值上升。", [(1, "第一是", "比重上升"), (2, "第二是", "産值上升")], "gwr-1954 line 19"),
    ("三件大事：一是迎来百年，二是进入新时代，三是完成脱贫。", [(1, "一是", "迎来百年"), (2, "二是", "进入新时代"), (3, "三是", "完成脱贫")], "cpc-20: comma-separated continuation"),
    ("基本任务，一是改革；二是分类指导。", [(1, "一是", "改革"), (2, "二是", "分类指导")], "gwr-1998: comma-started run that goes on"),
    ("基本任务，一是改革。", [], "comma-started run of one: no item"),
    ("主要是：一是，城乡居民收入增加。二是，消费提高。", [(1, "一是", "城乡居民收入增加"), (2, "二是", "消费提高")], "gwr-1986: 一是，"),
    ("其一，坚持。其二，推进。", [(1, "其一", "坚持"), (2, "其二", "推进")], "spec §1 其一"),
    ("祖国统一是不可阻挡的历史潮流。", [], "gwr-1998: 统一是"),
    ("一审行政诉讼败诉率3.02%。", [], "seed 000 line 15: 一审"),
    ("要做到一是一、二是二。", [], "idiom after a word"),
    ("一是一，二是二。", [], "idiom at clause start"),
    ("二是规范。三是培优。", [], "a run must start at 一是"),
    ("一是甲。三是丙。", [(1, "一是", "甲")], "三是 does not continue 一是"),
    ("要做好：\n一是\n依法打击刑事犯罪活动；\n二是\n加强社会治安综合治理。", [(1, "一是", "依法打击刑事犯罪活动"), (2, "二是", "加强社会治安综合治理")], "issue 10, gwr-1994: a marker alone takes the next line"),
    ("一是\n\n依法打击刑事犯罪活动；", [(1, "一是", "依法打击刑事犯罪活动")], "a marker alone skips blank lines"),
    ("首先，加强领导。二是完善制度。三是强化监督。", [(1, "首先", "加强领导"), (2, "二是", "完善制度"), (3, "三是", "强化监督")], "issue 10: 首先 is item 1 of the run"),
    ("首先，加强领导。其次，完善制度。", [], "首先 that no 二是 follows is an adverb"),
    ("首先要加强领导。二是完善制度。", [], "首先 + verb opens no run (only 首先，)"),
    ("一是甲。二是乙。三是丙。四是丁。四是戊。五是己。", [(1, "一是", "甲"), (2, "二是", "乙"), (3, "三是", "丙"), (4, "四是", "丁"), (4, "四是", "戊"), (5, "五是", "己")], "issue 10: 四是 twice is kept twice"),
    ("成就是：\n——经济跨上新台阶。\n\n——人民生活显著改善。\n", [(1, "——", "经济跨上新台阶"), (2, "——", "人民生活显著改善")], "gwr-2008 lines 14-28: dash bullets"),
    ("正文。\n——毛泽东\n正文。", [], "a lone dash line is no item"),
    ("甲——乙。\n丙——丁。", [], "a dash inside a line is no bullet"),
    ("——主要是：一是甲；二是乙。\n——丙。", [(1, "——", "主要是"), (1, "一是", "甲"), (2, "二是", "乙"), (2, "——", "丙")], "items inside a dash line: the dash item ends where they start"),
]


@pytest.mark.parametrize(("text", "expected", "source"), ITEMS, ids=[i[2] for i in ITEMS])
def test_find_items(text: str, expected: list[tuple[int, str, str]], source: str) -> None:
    assert _items(text) == expected


def test_a_run_opened_by_shouxian_goes_on_to_ten() -> None:
    # issue 10: 首先，…。二是…三是…十是… is one run, 首先 being item 1
    text = "首先，甲。" + "".join(f"{n}是乙{n}。" for n in "二三四五六七八九十")
    found = find_items(Source.of(text), 0, len(text)).items
    assert [(i.number, i.marker) for i in found] == [(1, "首先")] + [(k, f"{n}是") for k, n in enumerate("二三四五六七八九十", start=2)]


def test_a_repeated_item_number_is_diagnosed() -> None:
    # issue 10: 四是 twice (a transcription slip) is kept twice with a duplicate diagnostic
    text = "一是甲。二是乙。三是丙。四是丁。四是戊。五是己。"
    found = find_items(Source.of(text), 0, len(text))
    (diagnostic,) = found.diagnostics
    assert diagnostic.code is D.DUPLICATE and text[diagnostic.span] == "四是戊。"
    report = parse("一、回顾\n" + text + "\n")
    assert [d.code for d in report.diagnostics] == [D.DUPLICATE]


def test_an_item_runs_on_over_a_line_broken_inside_its_sentence() -> None:
    # gwr-2022 lines 36-38: ——…（PM / 2.5 / ）平均浓度…。 ; and a link line (cpc-20 line 52)
    text = "——生态（PM\n2.5\n）平均浓度下降。\n\n——人民生活提高。\n\n一是制定\n第三个历史决议\n，开展教育。\n二是其他。"
    found = find_items(Source.of(text), 0, len(text)).items
    assert [i.text for i in found] == [
        "——生态（PM\n2.5\n）平均浓度下降。",
        "——人民生活提高。",
        "一是制定\n第三个历史决议\n，开展教育。",
        "二是其他。",
    ]
    assert found[2].lead == "制定第三个历史决议，开展教育"


def test_item_ends_at_line_end_and_next_item() -> None:
    text = "一是甲。乙。二是丙；  \n三是丁。\n"
    found = find_items(Source.of(text), 0, len(text)).items
    assert [i.text for i in found] == ["一是甲。乙。", "二是丙；", "三是丁。"]


# --- body paragraphs: the same whatever the line breaks ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("一、标题\n 甲 \n\n乙\n\u3000丙\n", id="lf"),
        pytest.param("一、标题\r\n 甲 \r\n\r\n乙\r\n\u3000丙\r\n", id="crlf"),
        pytest.param("一、标题\r 甲 \r\r乙\n\u3000丙\r", id="lone-cr-and-lf"),
    ],
)
def test_body_paragraphs_split_at_every_break(text: str) -> None:
    # outline spec: a body is its non-blank lines, stripped; \r\n, \r and \n all end a line
    (section,) = parse(text).sections
    assert section.body == ("甲", "乙", "丙")


# --- items: the marker pattern is tried only where a match may start -------------------

_ROOT = pathlib.Path(__file__).resolve().parent.parent
_FIXTURES = sorted((_ROOT / "tests" / "fixtures" / "corpus").glob("*.txt")) + sorted((_ROOT / "seeds").glob("*.txt"))


def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m[0]) for m in matches]  # type: ignore[attr-defined]


def test_item_matches_are_the_pattern_scan_on_every_fixture() -> None:
    # find_items tries the pattern only after 是/其 are found; the result must be
    # what a scan at every position (finditer) gives, for whole texts and pieces of them
    for path in _FIXTURES:
        folded = fold(path.read_text(encoding="utf-8"))
        for start, end in [(0, len(folded)), (1, len(folded) // 2), (len(folded) // 3, len(folded) - 1)]:
            expected = _spans(ITEM.finditer(folded, start, end))
            assert _spans(items_module._item_matches(folded, start, end)) == expected, path.name


@given(st.text(alphabet=st.sampled_from("第其是一二三十四统,、:;。 \nX")), st.integers(0, 40), st.integers(0, 40))
def test_item_matches_are_the_pattern_scan(text: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(max(start, end), len(text))
    expected = _spans(ITEM.finditer(text, start, end))
    assert _spans(items_module._item_matches(text, start, end)) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("要求：第十二三是", id="ordinal-three-numerals: 第 four characters before 是"),
        pytest.param("一二三四是", id="run-of-four: the match starts inside the run"),
        pytest.param("十一是十一,", id="idiom-check-then-shorter-start"),
        pytest.param("其十一,其二、", id="qi-forms"),
        pytest.param("第一是;其一:一是", id="every-form"),
    ],
)
def test_item_matches_are_the_pattern_scan_at_the_edges(text: str) -> None:
    # the shapes at the limits of _MAX_BEFORE_SHI and of the 其 rule (outline spec §4 marker forms)
    folded = fold(text)
    expected = _spans(ITEM.finditer(folded, 0, len(folded)))
    assert expected  # each case holds a marker
    assert _spans(items_module._item_matches(folded, 0, len(folded))) == expected

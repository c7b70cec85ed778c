"""The development corpus: top-level titles and section counts, read from the texts.

Counts were made by grepping each file for line-initial markers and reading
the lines around them (see the comments); the lossless property is checked
on every file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import zhgovreport
from zhgovreport import DiagnosticCode as D
from zhgovreport import Style

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"


def _parse(name: str) -> zhgovreport.Report:
    return zhgovreport.parse((CORPUS / f"{name}.txt").read_text(encoding="utf-8"))


# name -> (top-level titles, sections via walk(), items in the whole report)
EXPECTED: dict[str, tuple[list[str], int, int]] = {
    # no outline marker at all; 第一是/第二是/第三是 on line 19 are items of the preamble
    "gwr-1954": ([], 0, 3),
    # （一）（二） are the top (lines 17, 54); 第一、…第五、 (lines 109-137) under （二）;
    # the 一、…四、 of lines 83-89 are an in-sentence list after ``主要内容是：``
    "gwr-1985": (["关于经济形势", "关于经济体制改革"], 2 + 5, 0),
    # 一、…四、 top (13, 50, 170, 241); under 二、: （一）-（三） (56-64, markers alone),
    # 一、-五、 (73-145) and under its 二、 the 一、-四、 of lines 92-104; under 三、:
    # （一）-（三） and 一、-六、 (178-232); under 四、: 第一、…第十、 (255-291).
    # Items: 一是，…四是， (line ~30, 一、) and 一是要…四是要 (under 四、 of line 128).
    "gwr-1986": (
        ["“六五”计划执行情况的回顾", "“七五”时期的基本任务和主要建设方针", "“七五”时期的经济体制改革", "坚持独立自主的和平外交政策"],
        4 + 3 + 5 + 4 + 3 + 6 + 10,
        8,
    ),
    # 一、 with 第一，…第五， (55-71); 二、 with 第一，…第八， (87-226); 三、 (239).
    # ``第八届…`` (line 12) and ``第九届…`` (277) are no ordinals.  Items: 一是…六是
    # after ``基本任务，`` (a comma-started run that goes on).
    "gwr-1998": (["关于过去五年的政府工作", "关于1 9 9 8 年政府工作的建议", "关于国际形势和外交工作"], 3 + 5 + 8, 6),
    # 一、 (space after the marker) with （一）-（三） and 第一，…第六， (113-123), nested
    # by the style stack under （三）; 二、 with （一）-（九） and 第一，…第四， under （九）.
    # Items: 3 (三件事) + 10 + 3 (节能减排, 质量) + 3 + 4 + 5 (民生); dash bullets (issue 10):
    # ——经济跨上新台阶… (lines 14-28, 8) and ——经济运行中… (127-133, 4).
    "gwr-2008": (["过去五年工作回顾", "2008年主要任务"], 2 + 3 + 6 + 9 + 4, 28 + 8 + 4),
    # 一、…六、, 第一，…第三， under 二、 (87-97); 一是…五是 under 一、 (lines 18-26)
    "gwr-2015": (
        ["2014年工作回顾", "2015年工作总体部署", "把改革开放扎实推向纵深", "协调推动经济稳定增长和结构优化", "持续推进民生改善和社会建设", "切实加强政府自身建设"],
        6 + 3,
        5,
    ),
    # 一、二、三、 with （一）-（九） under 三、; ``2.5`` (line 37) is a broken ``PM2.5``.
    # Items: 8, and the dash bullets of lines 28-42 (issue 10: 7, ——生态… running on over 37-38)
    "gwr-2022": (["2021年工作回顾", "2022年经济社会发展总体要求和政策取向", "2022年政府工作任务"], 3 + 9, 8 + 7),
    # 一、二、三、 with run-in （一）-（十） under 三、
    "gwr-2025": (["2024年工作回顾", "2025年经济社会发展总体要求和政策取向", "2025年政府工作任务"], 3 + 10, 7),
    # 一、…十五、; （一）… under 四(5) 五(4) 六(4) 七(4) 八(5) 九(4) 十(4) 十一(4) 十五(7);
    # ``第三个历史决议`` (line 52) is a broken link line.  Items: 一是…，二是…，三是… (一、)
    # and the dash bullets (issue 10): ——我们… (lines 67-97, 16), ——必须坚持… (122-132, 6),
    # ——中国式现代化是… (145-153, 5), ——坚持… (167-175, 5).
    "cpc-20": (
        [
            "过去五年的工作和新时代十年的伟大变革",
            "开辟马克思主义中国化时代化新境界",
            "新时代新征程中国共产党的使命任务",
            "加快构建新发展格局，着力推动高质量发展",
            "实施科教兴国战略，强化现代化建设人才支撑",
            "发展全过程人民民主，保障人民当家作主",
            "坚持全面依法治国，推进法治中国建设",
            "推进文化自信自强，铸就社会主义文化新辉煌",
            "增进民生福祉，提高人民生活品质",
            "推动绿色发展，促进人与自然和谐共生",
            "推进国家安全体系和能力现代化，坚决维护国家安全和社会稳定",
            "实现建军一百年奋斗目标，开创国防和军队现代化新局面",
            "坚持和完善“一国两制”，推进祖国统一",
            "促进世界和平与发展，推动构建人类命运共同体",
            "坚定不移全面从严治党，深入推进新时代党的建设新的伟大工程",
        ],
        15 + 5 + 4 + 4 + 4 + 5 + 4 + 4 + 4 + 7,
        3 + 16 + 6 + 5 + 5,
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_top_level_titles(name: str) -> None:
    assert [s.title for s in _parse(name).sections] == EXPECTED[name][0]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_section_and_item_counts(name: str) -> None:
    report = _parse(name)
    items = sum(1 for _ in report.walk_items())
    assert (len(list(report.walk())), items) == EXPECTED[name][1:]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_lossless(name: str) -> None:
    report = _parse(name)
    pieces = report.pieces()
    assert pieces[0].start == 0 and pieces[-1].end == len(report.text)
    assert all(a.end == b.start for a, b in zip(pieces, pieces[1:]))
    assert "".join(report.text[p.span] for p in pieces) == report.text


def test_gwr_1954_no_headings_and_ordinal_items() -> None:
    report = _parse("gwr-1954")
    assert [d.code for d in report.diagnostics] == [D.NO_HEADINGS]
    assert [(i.number, i.marker) for i in report.preamble_items] == [(1, "第一是"), (2, "第二是"), (3, "第三是")]
    assert report.preamble_items[0].lead == "現代工業的産值在工農業總産值中的比重迅速上升"


def test_gwr_1985_cn_paren_above_ordinal_and_list_in_body() -> None:
    """（一） is the top; the 一、…四、 price list (lines 83-89) stays in （二）'s body."""
    report = _parse("gwr-1985")
    top = report.sections
    assert [(s.depth, s.style) for s in top] == [(1, Style.CN_PAREN), (1, Style.CN_PAREN)]
    assert [(c.depth, c.style, c.number) for c in top[1].children] == [(2, Style.ORDINAL, n) for n in range(1, 6)]
    assert not any(s.style == Style.CN for s in report.walk())
    assert any(p.startswith("一、合理调整农村粮食购销价格") for p in top[1].body)
    assert any(p.startswith("四、对原材料、燃料等重要生产资料") for p in top[1].body)
    assert top[1].children[1].title == "既要搞活经济，又要加强管理"
    assert report.diagnostics == ()


def test_gwr_1986_markers_alone_and_nested_restarts() -> None:
    report = _parse("gwr-1986")
    second = report.sections[1]
    assert [c.marker for c in second.children] == ["（一）", "（二）", "（三）", "一、", "二、", "三、", "四、", "五、"]
    assert second.children[2].title == "在发展生产和提高经济效益的基础上，继续改善城乡人民生活"
    inner = second.children[4]
    assert [(c.depth, c.marker) for c in inner.children] == [(3, "一、"), (3, "二、"), (3, "三、"), (3, "四、")]
    fourth = report.sections[3]
    assert [c.marker for c in fourth.children] == [f"第{n}、" for n in "一二三四五六七八九十"]
    assert fourth.children[0].title == "中国从本国人民和世界人民的长远利益和根本利益出发，把反对霸权主义、维护世界和平、发展各国友好合作和促进共同经济繁荣，作为自己对外工作的根本目标"
    codes = [d.code for d in report.diagnostics]
    assert codes.count(D.RESTART) == 3  # lines 73, 92, 197: read as nested levels


def test_gwr_1998_ordinals_with_fullwidth_comma() -> None:
    report = _parse("gwr-1998")
    first = report.sections[0]
    assert [c.marker for c in first.children] == ["第一，", "第二，", "第三，", "第四，", "第五，"]
    assert first.children[0].title == "坚持解放思想、实事求是的思想路线"


def test_gwr_2008_space_after_marker() -> None:
    report = _parse("gwr-2008")
    assert report.sections[0].marker == "一、"
    assert report.text[report.sections[0].heading_span] == "一、 过去五年工作回顾"


def test_gwr_2022_pm25_fragment_not_a_heading() -> None:
    report = _parse("gwr-2022")
    first = report.sections[0]
    assert first.children == ()
    assert "2.5" in first.body


def test_gwr_2025_run_in_title_with_comma() -> None:
    report = _parse("gwr-2025")
    first = report.sections[2].children[0]
    assert first.title == "大力提振消费、提高投资效益，全方位扩大国内需求"
    assert first.body[0].startswith("促进消费和投资更好结合")


def test_cpc_20_dash_bullets_are_items_numbered_by_position() -> None:
    """Issue 10: lines 122-132, ``——必须坚持人民至上。…`` … ``——必须坚持胸怀天下。…`` under 二、."""
    report = _parse("cpc-20")
    second = report.sections[1]
    dashes = [(i.number, i.marker, i.lead) for i in second.items if i.marker == "——"]
    assert dashes == [
        (1, "——", "必须坚持人民至上"),
        (2, "——", "必须坚持自信自立"),
        (3, "——", "必须坚持守正创新"),
        (4, "——", "必须坚持问题导向"),
        (5, "——", "必须坚持系统观念"),
        (6, "——", "必须坚持胸怀天下"),
    ]


def test_gwr_2022_dash_bullet_runs_on_over_a_broken_line() -> None:
    """Issue 10: ``——生态文明建设持续推进。…（PM`` / ``2.5`` / ``）平均浓度…`` (lines 36-38) is one item."""
    report = _parse("gwr-2022")
    items = [i for i in report.sections[0].items if i.marker == "——"]
    assert [i.number for i in items] == [1, 2, 3, 4, 5, 6, 7]
    assert items[4].lead == "生态文明建设持续推进"
    assert "\n2.5\n" in items[4].text and items[4].text.endswith("生态环境质量明显改善。")
    assert items[5].lead == "人民生活水平稳步提高"

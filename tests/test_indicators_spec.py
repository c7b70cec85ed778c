"""The indicators spec (``docs/spec/indicators.md``), example by example.

* ROWS: every row of §2 "Normative examples", every field (figure, name,
  aspect, direction, basis, target), with every other figure of the sentence
  too, so that nothing extra comes back.  Where a row gives its context in
  brackets ("in 预期目标", "after 经济总量 in the clause before"), the sentence
  supplies that context in the words the reports use (gwr-2022 line 89).
* DECISIONS: the examples of §1 "Decisions that the examples below do not show".
* The expected values are read off the spec, not off the code.
"""

from __future__ import annotations

import pytest

from zhgovreport import Aspect, Direction, extract_indicators, parse

L, C, B = Aspect.LEVEL, Aspect.CHANGE, Aspect.BASE
UP, DOWN = Direction.UP, Direction.DOWN

Row = tuple[str, str | None, Aspect, Direction | None, str | None, bool]
"""(figure as written, name, aspect, direction, basis, target)"""

LEAD = "今年发展主要预期目标是："

ROWS: list[tuple[str, list[Row]]] = [
    (
        "一审行政诉讼败诉率3.02%，同比下降6.6个百分点",
        [
            ("3.02%", "一审行政诉讼败诉率", L, None, None, False),
            ("6.6个百分点", "一审行政诉讼败诉率", C, DOWN, "同比", False),
        ],
    ),
    (
        "国内生产总值超过126万亿元，增长5.2%",
        [
            ("超过126万亿元", "国内生产总值", L, None, None, False),
            ("5.2%", "国内生产总值", C, UP, None, False),
        ],
    ),
    ("审结行政复议案件305件", [("305件", "审结行政复议案件", L, None, None, False)]),
    ("城镇新增就业1244万人", [("1244万人", "城镇新增就业", L, None, None, False)]),
    (LEAD + "居民消费价格涨幅3%左右", [("3%左右", "居民消费价格涨幅", L, None, None, True)]),
    (LEAD + "国内生产总值增长5%左右", [("5%左右", "国内生产总值", C, UP, None, True)]),
    (
        "森林覆盖率从21.6%提高到23%",
        [
            ("21.6%", "森林覆盖率", B, None, None, False),
            ("23%", "森林覆盖率", L, UP, None, False),
        ],
    ),
    ("粮食产量比上年增加178亿斤", [("178亿斤", "粮食产量", C, UP, "比上年", False)]),
    (LEAD + "单位国内生产总值能耗降低2.5%左右", [("2.5%左右", "单位国内生产总值能耗", C, DOWN, None, True)]),
    ("行政机关负责人出庭应诉率达100%", [("100%", "行政机关负责人出庭应诉率", L, None, None, False)]),
    ("经济总量持续扩大，年均增长6.6%", [("6.6%", "经济总量", C, UP, "年均", False)]),
    (
        "举办培训班12期，培训1500余人次",
        [
            ("12期", "举办培训班", L, None, None, False),
            ("1500余人次", "培训", L, None, None, False),
        ],
    ),
]

# §1 prose and "Decisions that the examples below do not show"
DECISIONS: list[tuple[str, list[Row]]] = [
    # inheritance: the nearest earlier clause that names a measure
    ("原油产量继续增长，达到1.42亿吨", [("1.42亿吨", "原油产量", L, None, None, False)]),
    (
        "城镇居民人均可支配收入和农村居民人均纯收入分别增长8.4%和11.4%",
        [
            ("8.4%", "城镇居民人均可支配收入", C, UP, None, False),
            ("11.4%", "农村居民人均纯收入", C, UP, None, False),
        ],
    ),
    ("参与率、通过率均为100%", [("100%", "参与率、通过率", L, None, None, False)]),
    # a rate noun is part of the name and the figure is its level
    ("增长速度7.5%", [("7.5%", "增长速度", L, None, None, False)]),
    ("人员减少幅度20%", [("20%", "人员减少幅度", L, None, None, False)]),
    # a verb of change directly governing an amount makes a change
    ("职工月平均工资增加1680元", [("1680元", "职工月平均工资", C, UP, None, False)]),
    ("减轻负担近2万亿元", [("近2万亿元", "减轻负担", C, DOWN, None, False)]),
    ("裁减员额50万", [("50万", "裁减员额", C, DOWN, None, False)]),
    ("精简事项140项", [("140项", "精简事项", C, DOWN, None, False)]),
    ("土地承包期再延长30年", [("30年", "土地承包期", C, UP, None, False)]),
    # basis as written, without the base value
    ("钢产量比一九五八年增长百分之十", [("百分之十", "钢产量", C, UP, "比一九五八年", False)]),
    ("同1987年相比，工业总产值增长17%", [("17%", "工业总产值", C, UP, "同1987年相比", False)]),
    ("中央财政收入比上年年初预算增加300亿元", [("300亿元", "中央财政收入", C, UP, "比上年年初预算", False)]),
    ("基本建设投资比原计划减少20亿元", [("20亿元", "基本建设投资", C, DOWN, "比原计划", False)]),
    ("同一九五二年作比较，则增长二点八倍", [("二点八倍", None, C, UP, "同一九五二年作比较", False)]),
    # target cues in the clause
    ("力争粮食产量达到1.3万亿斤", [("1.3万亿斤", "粮食产量", L, None, None, True)]),
    ("确保全年一审行政诉讼案件败诉率控制在3%以下", [("3%以下", "一审行政诉讼案件败诉率", L, None, None, True)]),
    ("城镇登记失业率4.5%以内", [("4.5%以内", "城镇登记失业率", L, None, None, True)]),
    ("赤字率拟按3%左右安排", [("3%左右", "赤字率", L, None, None, True)]),
    ("2023年计划创建省级民主法治村20家", [("20家", "创建省级民主法治村", L, None, None, True)]),
    # the base of 将由A提高到B is achieved
    (
        "人均预期寿命将由78.2岁提高到79岁",
        [
            ("78.2岁", "人均预期寿命", B, None, None, False),
            ("79岁", "人均预期寿命", L, UP, None, True),
        ],
    ),
    # a count of words is no indicator, whatever cue governs it (the figure after it still is one)
    ("要在“巩固、增强、提升、畅通”八个字上下功夫", []),
    ("要抓好以下五个方面，城镇新增就业1100万人以上", [("1100万人以上", "城镇新增就业", L, None, None, True)]),
]


def _rows(text: str) -> list[Row]:
    out = []
    for i in extract_indicators(text):
        assert text[i.quantity.start : i.quantity.end] == i.quantity.text
        if i.name is not None:
            assert text[i.name_start : i.name_end] == i.name
        out.append((i.quantity.text, i.name, i.aspect, i.direction, i.basis, i.target))
    return out


@pytest.mark.parametrize(("sentence", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_normative_example(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), DECISIONS, ids=[r[0] for r in DECISIONS])
def test_decision(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


def test_the_lead_governs_the_paragraph_not_the_next() -> None:
    # spec §1: the lead governs "the next sentences up to the paragraph's end"
    text = LEAD + "国内生产总值增长5%左右。粮食产量1.4万亿斤左右。\n去年粮食产量1.39万亿斤。"
    assert [(i.quantity.text, i.target) for i in extract_indicators(text)] == [
        ("5%左右", True),
        ("1.4万亿斤左右", True),
        ("1.39万亿斤", False),
    ]


def test_the_review_part_decides_before_the_cue() -> None:
    # spec §1: "居民消费价格涨幅控制在2.6%" among last year's results is achieved;
    # in the plans part of a 法治政府 report every figure is a target.
    report = parse(
        "诸暨市司法局2022年法治政府建设年度报告\n"
        "一、2022年度法治政府建设的主要举措和成效\n"
        "居民消费价格涨幅控制在2.6%。\n"
        "二、存在问题\n败诉率仍达5%。\n"
        "三、2023年度推进法治政府建设的主要安排\n"
        "全年培训执法人员500人次。\n"
    )
    assert [(i.quantity.text, i.target, str(i.part), i.year) for i in extract_indicators(report)] == [
        ("2.6%", False, "achievements", 2022),
        ("5%", False, "shortcomings", 2022),
        ("500人次", True, "plans", 2023),
    ]


@pytest.mark.parametrize("text", ["依据《条例》第3条、第4条规定，审结案件12件", "依据第3、4条规定，审结案件12件", "适用第五、六款，审结案件12件"])
def test_a_legal_provision_is_no_indicator(text: str) -> None:
    # spec §2, after the table: "a bare number in a list of legal provisions (第3条)"
    assert [i.quantity.text for i in extract_indicators(text)] == ["12件"]


def test_years_from_the_dates_of_the_sentence() -> None:
    # spec §4: the clause's own date, not the basis's, not another figure's; a date of
    # several years gives a period (seed 000, gwr-1954 line 19 in Simplified, gwr-1986 line 76)
    def years(text: str, year: int | None = None) -> list[tuple[str, int | None, tuple[int, int] | None]]:
        return [(i.quantity.text, i.year, i.period) for i in extract_indicators(text, year=year)]

    assert years("审查数量从2020年四季度的69件增加到2022年三季度的530件") == [
        ("69件", 2020, None),
        ("530件", 2022, None),
    ]
    assert years("这一比重在一九五四年预计将由一九四九年的百分之三十七增加到百分之七十一左右") == [
        ("百分之三十七", 1949, None),
        ("百分之七十一左右", 1954, None),
    ]
    assert years("国内生产总值比2002年增长65.5%", year=2008) == [("65.5%", 2008, None)]
    assert years("2013年以来新增市场主体纳税4.76万亿元", year=2022) == [("4.76万亿元", 2022, None)]
    assert years("“七五”计划草案规定，国民生产总值平均每年增长百分之七点五") == [("百分之七点五", None, (1986, 1990))]

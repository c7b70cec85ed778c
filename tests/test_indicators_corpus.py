"""The headline targets of each 政府工作报告 in the corpus (issue 13, "the test that matters").

From each report the library must yield that year's headline targets — GDP
growth, consumer (or retail) prices, new urban jobs, the unemployment rate,
where the report states them — as target indicators of the year they plan
for, and nothing else as a target of that year: five-year targets carry their
period, and last year's results in the review are not targets.

The expected table was worked out by reading each file (line numbers below);
it is the series political economists compile by hand.  A name is mapped to
its concept by the patterns in CONCEPTS (the words the reports use since the
1980s: 国民生产总值, 经济增长速度, 商品零售价格, 零售物价, 居民消费价格…).
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from zhgovreport import Indicator, extract_indicators, parse_file

CORPUS = Path(__file__).parent / "fixtures" / "corpus"

CONCEPTS = {
    "gdp": re.compile(r"(?:国内|国民)生产总值|经济(?:增长(?:速度)?|增速)?"),
    "prices": re.compile(r"(?:居民消费|商品零售|全国零售|零售|市场)?(?:价格|物价)(?:总水平)?(?:的?(?:上涨)?(?:涨幅|幅度|指数))?"),
    "jobs": re.compile(r"城镇新增就业(?:人数)?|新增城镇就业"),
    "unemployment": re.compile(r"城镇(?:登记|调查)?失业率"),
}


def concept(indicator: Indicator) -> str | None:
    for key, pattern in CONCEPTS.items():
        if indicator.name is not None and pattern.fullmatch(indicator.name):
            return key
    return None


# file: (the year it plans for, {(concept, value)}); values as the report states them
HEADLINES: dict[str, tuple[int, set[tuple[str, Decimal]]]] = {
    # September 1954, the first NPC: no annual headline targets (GDP, CPI, jobs and
    # unemployment targets are not stated; 一九五四年计划的 investment is not one of them)
    "gwr-1954": (1954, set()),
    # line 81 onwards: price and wage reform for 1985; no headline target is stated
    "gwr-1985": (1985, set()),
    # the 七五 plan report: the 1986 annual plan is a separate draft (line 305: 国务院已经拟定
    # 一九八六年的国民经济和社会发展计划草案); its GNP targets are five-year targets (lines 67, 76)
    "gwr-1986": (1986, set()),
    # line 136: 今年国民经济宏观调控的主要目标是：经济增长速度8 ％，商品零售价格涨幅控制在3 ％以内。
    "gwr-1998": (1998, {("gdp", Decimal(8)), ("prices", Decimal(3))}),
    # line 152: 国内生产总值增长8%左右；居民消费价格总水平涨幅控制在4.8%左右；城镇新增就业1000万人，
    # 城镇登记失业率控制在4.5%左右 (restated line 154)
    "gwr-2008": (
        2008,
        {("gdp", Decimal(8)), ("prices", Decimal("4.8")), ("jobs", Decimal(10000000)), ("unemployment", Decimal("4.5"))},
    ),
    # line 81: 国内生产总值增长7%左右，居民消费价格涨幅3%左右，城镇新增就业1000万人以上，
    # 城镇登记失业率4.5%以内 (line 83: 经济增长预期7%左右)
    "gwr-2015": (
        2015,
        {("gdp", Decimal(7)), ("prices", Decimal(3)), ("jobs", Decimal(10000000)), ("unemployment", Decimal("4.5"))},
    ),
    # line 89: 国内生产总值增长5.5%左右；城镇新增就业1100万人以上，城镇调查失业率全年控制在5.5%以内；
    # 居民消费价格涨幅3%左右
    "gwr-2022": (
        2022,
        {("gdp", Decimal("5.5")), ("jobs", Decimal(11000000)), ("unemployment", Decimal("5.5")), ("prices", Decimal(3))},
    ),
    # line 47: 国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；
    # 居民消费价格涨幅2%左右 (line 49: 经济增长预期目标为5%左右)
    "gwr-2025": (
        2025,
        {("gdp", Decimal(5)), ("unemployment", Decimal("5.5")), ("jobs", Decimal(12000000)), ("prices", Decimal(2))},
    ),
}

def _params() -> list[object]:
    return [pytest.param(name, *expected, id=name) for name, expected in HEADLINES.items()]


@pytest.fixture(scope="module")
def indicators() -> dict[str, list[Indicator]]:
    return {name: extract_indicators(parse_file(CORPUS / f"{name}.txt")) for name in HEADLINES}


@pytest.mark.parametrize(("name", "year", "expected"), _params())
def test_headline_targets_of_the_plan_year(
    indicators: dict[str, list[Indicator]], name: str, year: int, expected: set[tuple[str, Decimal]]
) -> None:
    found = {
        (key, i.quantity.value)
        for i in indicators[name]
        if i.target and i.year == year and (key := concept(i)) is not None
    }
    assert found == expected


# The lines where a headline target may stand (the plan year's paragraph, its
# restatement, the five-year plan); anywhere else a headline figure is no target.
TARGET_LINES: dict[str, set[int]] = {
    "gwr-1954": set(),
    "gwr-1985": set(),
    "gwr-1986": {67, 76},
    "gwr-1998": {136},
    "gwr-2008": {152, 154},
    "gwr-2015": {81, 83},
    "gwr-2022": {89},
    "gwr-2025": {47, 49},
}

# The review of last year: (line, the year it speaks of, the headline figures on it)
REVIEWS: dict[str, tuple[int, int, set[tuple[str, Decimal]]]] = {
    # line 14: 国内生产总值达到63.6万亿元，比上年增长7.4%…城镇新增就业1322万人…居民消费价格上涨2%
    "gwr-2015": (
        14,
        2014,
        {("gdp", Decimal("63.6E12")), ("gdp", Decimal("7.4")), ("jobs", Decimal(13220000)), ("prices", Decimal(2))},
    ),
    # line 28: 国内生产总值达到114万亿元，增长8.1%…城镇新增就业1269万人，城镇调查失业率平均为5.1%。居民消费价格上涨0.9%
    "gwr-2022": (
        28,
        2021,
        {
            ("gdp", Decimal("114E12")),
            ("gdp", Decimal("8.1")),
            ("jobs", Decimal(12690000)),
            ("unemployment", Decimal("5.1")),
            ("prices", Decimal("0.9")),
        },
    ),
}


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


@pytest.mark.parametrize("name", sorted(HEADLINES))
def test_headline_targets_stand_only_in_the_plan(indicators: dict[str, list[Indicator]], name: str) -> None:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    lines = {_line(text, i.quantity.start) for i in indicators[name] if i.target and concept(i) is not None}
    assert lines <= TARGET_LINES[name]


@pytest.mark.parametrize("name", sorted(REVIEWS))
def test_last_years_results_are_achieved(indicators: dict[str, list[Indicator]], name: str) -> None:
    line, year, expected = REVIEWS[name]
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    on_line = [i for i in indicators[name] if _line(text, i.quantity.start) == line and concept(i) is not None]
    assert {(concept(i), i.quantity.value) for i in on_line} == expected
    assert all(not i.target and i.year == year for i in on_line)


def test_five_year_targets_carry_their_period(indicators: dict[str, list[Indicator]]) -> None:
    # gwr-1986 line 67: 五年内…国民生产总值增长百分之四十四; line 76: 国民生产总值平均每年增长百分之七点五
    gnp = [(i.quantity.value, i.year, i.period) for i in indicators["gwr-1986"] if i.target and concept(i) == "gdp"]
    assert gnp == [(Decimal(44), None, (1986, 1990)), (Decimal("7.5"), None, (1986, 1990))]


# --- the forms the reports have used since the 1980s (issue 13) ----------------------
# Each is the form the issue quotes, in the lead the reports use for it.

FORMS = [
    # gwr-1998 line 136: a percent with a space before a fullwidth ％
    ("今年国民经济宏观调控的主要目标是：经济增长速度8 ％，商品零售价格涨幅控制在3 ％以内。", {("gdp", Decimal(8)), ("prices", Decimal(3))}),
    # 不低于 before a count
    ("今年发展主要预期目标是：城镇新增就业不低于900万人。", {("jobs", Decimal(9000000))}),
    # 国民生产总值 and 零售物价 (the 1980s names), Chinese numerals
    (
        "今年国民经济和社会发展计划的主要目标是：国民生产总值增长百分之七点五，零售物价上涨幅度控制在百分之六以内。",
        {("gdp", Decimal("7.5")), ("prices", Decimal(6))},
    ),
]

RANGES = [
    # a range in digits and in Chinese numerals: two figures sharing the unit (docs/spec/quantities.md,
    # ranges), each a target of the plan year with the range's name: its bounds
    ("今年经济社会发展的主要预期目标是：国内生产总值增长6.5%－7%。", [("6.5%", Decimal("6.5")), ("7%", Decimal(7))]),
    ("今年国民经济和社会发展计划的主要目标是：国民生产总值增长百分之八至九。", [("百分之八", Decimal(8)), ("九", Decimal(9))]),
]


@pytest.mark.parametrize(("text", "bounds"), RANGES, ids=[r[1][0][0] for r in RANGES])
def test_headline_ranges(text: str, bounds: list[tuple[str, Decimal]]) -> None:
    found = [(i.quantity.text, i.quantity.value, i.quantity.unit, concept(i), i.target, i.year) for i in extract_indicators(text, year=1996)]
    assert found == [(figure, value, "%", "gdp", True, 1996) for figure, value in bounds]


def test_the_five_year_review_speaks_of_its_five_years(indicators: dict[str, list[Indicator]]) -> None:
    # gwr-2008 line 64: …2003年到 2007年，中央财政对地方的转移支付累计4.25万亿元…
    text = (CORPUS / "gwr-2008.txt").read_text(encoding="utf-8")
    [transfer] = [i for i in indicators["gwr-2008"] if i.quantity.text == "4.25万亿元"]
    assert _line(text, transfer.quantity.start) == 64
    assert (transfer.name, transfer.year, transfer.period, transfer.target) == ("中央财政对地方的转移支付", None, (2003, 2007), False)

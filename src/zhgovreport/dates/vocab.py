"""The vocabularies of the dates stage: reviewed tables, no logic.

Everything here is matched against *folded* text (:func:`zhgovreport.text.fold`),
so each entry is written in Simplified script (``過去`` folds to ``过去``).
:mod:`zhgovreport.dates.grammar` builds the regexes from these tables, longest
entry first; :mod:`zhgovreport.dates.read` gives each mention its dates.

The rules these tables serve are ``docs/spec/indicators.md``, §3.  Corpus
files named below are ``tests/fixtures/corpus/`` (gwr = 政府工作报告 of that
year) and the seeds.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "ANCHORED",
    "BASIS_BEFORE",
    "CONNECTORS",
    "FIVE_YEAR_PLANS",
    "PLAN_WORDS",
    "PUFA_PLANS",
    "PUFA_WORDS",
    "RELATIVE_YEARS",
    "WINDOWS",
    "PlanPeriod",
    "RelativeYear",
    "Window",
]


class RelativeYear(NamedTuple):
    """A word that names a year (or two) relative to another year."""

    surface: str
    first: int
    """Years after the anchor year (``去年`` is -1)."""
    last: int
    """Years after the anchor for the last year (``今明两年``: 0 and 1)."""
    anchored: str
    """``"report"``: relative to the year the report speaks from (``今年``,
    ``去年``); ``"clause"``: to the year the sentence names before it, else
    the report's (``2007年……比上年`` is 2006)."""
    not_after: str = ""
    """Characters that, right before ``surface``, make it part of another
    word (``以上年龄`` is not ``上年``)."""
    example: str = ""


ANCHORED = ("report", "clause")
"""The two anchors of :data:`RELATIVE_YEARS`."""

RELATIVE_YEARS: tuple[RelativeYear, ...] = (
    RelativeYear("今年", 0, 0, "report", example="gwr-2008: 对今年工作提出建议"),
    RelativeYear("本年度", 0, 0, "report", example="本年度法治政府建设情况"),
    RelativeYear("本年", 0, 0, "report", not_after="基根资", example="gwr-1954: 預計在本年內"),
    RelativeYear("去年", -1, -1, "report", example="gwr-2008: 从2006年20.5亿元增加到去年的98亿元"),
    RelativeYear("前年", -2, -2, "report", not_after="年", example="前年以来"),
    RelativeYear("明年", 1, 1, "report", example="gwr-1954: 預計明年春耕時"),
    RelativeYear("今明两年", 0, 1, "report", example="gwr-2008: 今明两年实现全部向社会免费开放"),
    RelativeYear("明后年", 1, 2, "report", example="gwr-1986: 争取为明后年迈出新的重要的改革步子"),
    RelativeYear("上年度", -1, -1, "clause", example="比上年度增长"),
    RelativeYear("上一年", -1, -1, "clause", not_after="以", example="比上一年增长"),
    RelativeYear("上年", -1, -1, "clause", not_after="以马", example="gwr-2008: 2007年单位国内生产总值能耗比上年下降3.27%"),
)
"""Years named relative to another year.  ``今年`` and ``去年`` point at the
time of the report, whatever year the sentence talks about (gwr-2008:
``2005年底前注册营运的黄标车今年要全部淘汰``: 2008, not 2005); ``上年``
refers back to the year the sentence names (gwr-2008: ``2007年……比上年``
is 2006).  ``当年`` and ``同年`` are left out: they refer to a year named in an
earlier sentence as often as in the same one (gwr-1954)."""


class Window(NamedTuple):
    """A run of years counted from the report's year: ``过去五年``."""

    surface: str
    """The word before the count of years."""
    first: int
    """Years after the report's year where the run starts, per year counted
    (``过去N年`` starts ``-N``: -1 per year; ``今后N年`` starts at 0)."""
    example: str = ""


WINDOWS: tuple[Window, ...] = (
    Window("过去的", -1, "gwr-1986: 在过去的五年中"),
    Window("过去", -1, "gwr-2008: 向大会报告本届政府过去五年的工作"),
    Window("今后的", 0, "gwr-1986: 在今后的五年中"),
    Window("今后", 0, "gwr-1986: 今后五年生产发展的可能"),
    Window("未来的", 0, "gwr-1998: 展望未来的五年"),
    Window("未来", 0, "gwr-2015: 未来五年"),
)
"""``过去N年`` is the N years before the report's year (gwr-2008, reporting
on 2003-2007: ``过去五年``); ``今后N年`` and ``未来N年`` are N years from the
report's year on (gwr-1986: ``今后五年`` is 1986-1990, the seventh plan).
The count itself stays a quantity (a duration: ``五年``).  ``近N年`` and
``N年来`` are left out: reports use them both with and without the current
year."""


class PlanPeriod(NamedTuple):
    """The years of one numbered five-year plan."""

    number: int
    first: int
    last: int
    example: str = ""


FIVE_YEAR_PLANS: tuple[PlanPeriod, ...] = (
    PlanPeriod(1, 1953, 1957, "gwr-1954: 第一個五年計劃; gwr-1986: “一五”时期"),
    PlanPeriod(2, 1958, 1962, "“二五”时期"),
    # 1963-1965: the years of readjustment, no plan
    PlanPeriod(3, 1966, 1970),
    PlanPeriod(4, 1971, 1975),
    PlanPeriod(5, 1976, 1980, "gwr-1986: 比“五五”时期翻了一番"),
    PlanPeriod(6, 1981, 1985, "gwr-1986: “六五”期间"),
    PlanPeriod(7, 1986, 1990, "gwr-1986: 第七个五年计划, “七五”计划"),
    PlanPeriod(8, 1991, 1995, "gwr-1998: 顺利完成了“八五”计划"),
    PlanPeriod(9, 1996, 2000, "gwr-1998: 制定和实施“九五”计划"),
    PlanPeriod(10, 2001, 2005, "“十五”计划"),
    PlanPeriod(11, 2006, 2010, "“十一五”规划"),
    PlanPeriod(12, 2011, 2015, "gwr-2015: 确保完成“十二五”规划重点建设任务"),
    PlanPeriod(13, 2016, 2020, "gwr-2015: 做好“十三五”规划纲要编制"),
    PlanPeriod(14, 2021, 2025, "gwr-2022: “十四五”规划"),
    PlanPeriod(15, 2026, 2030, "gwr-2025: “十五五”时期"),
)
"""The five-year plans of the People's Republic (国民经济和社会发展第N个五年计划,
from the eleventh on 规划): ``“十四五”`` is the fourteenth.  Spec §3."""

PUFA_PLANS: tuple[PlanPeriod, ...] = (
    PlanPeriod(1, 1986, 1990, "“一五”普法"),
    PlanPeriod(2, 1991, 1995, "“二五”普法"),
    PlanPeriod(3, 1996, 2000, "“三五”普法"),
    PlanPeriod(4, 2001, 2005, "“四五”普法"),
    PlanPeriod(5, 2006, 2010, "“五五”普法"),
    PlanPeriod(6, 2011, 2015, "“六五”普法"),
    PlanPeriod(7, 2016, 2020, "seed 003: 《襄阳市“七五”普法期末验收……》"),
    PlanPeriod(8, 2021, 2025, "seed 002: 順利完成“八五”普法中期評估"),
)
"""The five-year plans of legal education (普法, officially 第N个五年法治宣传教育规划),
a series of their own: ``“八五”普法`` is 2021-2025, not the eighth five-year plan."""

PLAN_WORDS: tuple[str, ...] = ("规划", "计划", "时期", "期间")
"""Words after ``N五`` that make it a plan period (``“七五”期间``, ``十四五规划``)."""

PUFA_WORDS: tuple[str, ...] = ("普法", "法治宣传教育规划")
"""Words that make ``N五`` (or ``第N个五年``) a 普法 plan: ``“八五”普法``."""

BASIS_BEFORE = "比较同"
"""A year right after one of these is what a change is measured against, not
the year the sentence speaks of: in gwr-1985 ``１９８４年……比１９８３年增加２８．９％，
其中１２月……`` the month is of 1984; so is ``第四季度`` after ``比上年``.
(``同1987年相比``.)"""

CONNECTORS = "-~～—–至到"
"""What joins the two ends of a range (``2021-2025年``, ``1至10月``, ``一九八六年到一九九〇年``);
``－`` and ``—`` fold or are listed (``－`` folds to ``-``)."""

"""Dates and periods: ``docs/spec/indicators.md`` §3, row by row, and its decisions (issue 13).

* SPEC: every row of the §3 table, value, resolution, kind AND span, worked out
  by hand from the text (a plan's years from the series in the table).
* DECISIONS: the rules §3 states below its table, each with the corpus
  sentence it comes from (gwr-YYYY = ``tests/fixtures/corpus/gwr-YYYY.txt``).
* NOT_QUANTITIES: issue 10 "Years are not quantities": a calendar date or
  year is never a figure, a duration stays one.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

import zhgovreport
from zhgovreport import DateKind, DateMention, Resolution, extract_dates, extract_quantities, parse
from zhgovreport.dates import find_date
from zhgovreport.dates import grammar, read, vocab
from zhgovreport.numerals import cn_to_int
from zhgovreport.text import fold

D = datetime.date
Y, M, DAY = Resolution.YEAR, Resolution.MONTH, Resolution.DAY
DATE, INT, PLAN, PUFA, REL = (
    DateKind.DATE,
    DateKind.INTERVAL,
    DateKind.FIVE_YEAR_PLAN,
    DateKind.PUFA_PLAN,
    DateKind.RELATIVE,
)
ROOT = Path(__file__).resolve().parent.parent


def one(text: str, year: int | None = 2023) -> tuple[str, D | None, D | None, Resolution, DateKind]:
    found = extract_dates(text, year=year)
    assert len(found) == 1, found
    d = found[0]
    assert text[d.span] == d.text
    return d.text, d.first, d.last, d.resolution, d.kind


# (text, mention, first, last, resolution, kind); context year 2023 unless the text names one.
SPEC = [
    ("2023年2月23日", "2023年2月23日", D(2023, 2, 23), D(2023, 2, 23), DAY, DATE),
    ("2023-02-23", "2023-02-23", D(2023, 2, 23), D(2023, 2, 23), DAY, DATE),
    ("2023.2.23", "2023.2.23", D(2023, 2, 23), D(2023, 2, 23), DAY, DATE),
    ("二〇二三年二月二十三日", "二〇二三年二月二十三日", D(2023, 2, 23), D(2023, 2, 23), DAY, DATE),
    ("2022年", "2022年", D(2022, 1, 1), D(2022, 1, 1), Y, DATE),
    ("二〇二二年", "二〇二二年", D(2022, 1, 1), D(2022, 1, 1), Y, DATE),
    ("2022年度", "2022年度", D(2022, 1, 1), D(2022, 1, 1), Y, DATE),
    ("2023年3月", "2023年3月", D(2023, 3, 1), D(2023, 3, 1), M, DATE),
    ("3月31日", "3月31日", D(2023, 3, 31), D(2023, 3, 31), DAY, DATE),
    ("1-10月份", "1-10月份", D(2023, 1, 1), D(2023, 10, 1), M, INT),
    ("1至10月", "1至10月", D(2023, 1, 1), D(2023, 10, 1), M, INT),
    ("2021-2025年", "2021-2025年", D(2021, 1, 1), D(2025, 1, 1), Y, INT),
    ("2021—2025年", "2021—2025年", D(2021, 1, 1), D(2025, 1, 1), Y, INT),
    ("2021年至2025年", "2021年至2025年", D(2021, 1, 1), D(2025, 1, 1), Y, INT),
    ("“十四五”时期", "“十四五”时期", D(2021, 1, 1), D(2025, 1, 1), Y, PLAN),
    ("第一个五年计划", "第一个五年计划", D(1953, 1, 1), D(1957, 1, 1), Y, PLAN),
    ("“八五”普法", "“八五”普法", D(2021, 1, 1), D(2025, 1, 1), Y, PUFA),
    ("今年", "今年", D(2023, 1, 1), D(2023, 1, 1), Y, REL),
    ("去年", "去年", D(2022, 1, 1), D(2022, 1, 1), Y, REL),
    ("上年", "上年", D(2022, 1, 1), D(2022, 1, 1), Y, REL),
    ("明年", "明年", D(2024, 1, 1), D(2024, 1, 1), Y, REL),
    ("过去五年", "过去五年", D(2018, 1, 1), D(2022, 1, 1), Y, REL),
    ("一九八○年", "一九八○年", D(1980, 1, 1), D(1980, 1, 1), Y, DATE),
    ("一九八〇年", "一九八〇年", D(1980, 1, 1), D(1980, 1, 1), Y, DATE),
    ("一九八O年", "一九八O年", D(1980, 1, 1), D(1980, 1, 1), Y, DATE),
    ("二00八年", "二00八年", D(2008, 1, 1), D(2008, 1, 1), Y, DATE),
    ("二０１０年", "二０１０年", D(2010, 1, 1), D(2010, 1, 1), Y, DATE),
]


@pytest.mark.parametrize(("text", "mention", "first", "last", "resolution", "kind"), SPEC, ids=[r[0] for r in SPEC])
def test_spec_table(text: str, mention: str, first: D, last: D, resolution: Resolution, kind: DateKind) -> None:
    assert one(text) == (mention, first, last, resolution, kind)


# The five-year plans and the 普法 plans of the §3 table, every row of the series.
PLANS = [(f"“{n}五”计划", a, b) for n, a, b in [
    ("一", 1953, 1957), ("二", 1958, 1962), ("三", 1966, 1970), ("四", 1971, 1975), ("五", 1976, 1980),
    ("六", 1981, 1985), ("七", 1986, 1990), ("八", 1991, 1995), ("九", 1996, 2000), ("十", 2001, 2005),
    ("十一", 2006, 2010), ("十二", 2011, 2015), ("十三", 2016, 2020), ("十四", 2021, 2025), ("十五", 2026, 2030),
]]  # fmt: skip
PUFAS = [(f"“{n}五”普法", 1986 + 5 * i, 1990 + 5 * i) for i, n in enumerate("一二三四五六七八")]


@pytest.mark.parametrize(("text", "first", "last"), PLANS + PUFAS, ids=[p[0] for p in PLANS + PUFAS])
def test_plan_series(text: str, first: int, last: int) -> None:
    kind = PUFA if "普法" in text else PLAN
    assert one(text) == (text, D(first, 1, 1), D(last, 1, 1), Y, kind)


def test_plan_tables_are_the_series() -> None:
    # 一五 and 二五 as listed, then 1963-1965 without a plan, then five years each.
    years = [(p.first, p.last) for p in vocab.FIVE_YEAR_PLANS]
    assert years[:2] == [(1953, 1957), (1958, 1962)]
    assert years[2:] == [(1966 + 5 * i, 1970 + 5 * i) for i in range(len(years) - 2)]
    assert [(p.first, p.last) for p in vocab.PUFA_PLANS] == [(1986 + 5 * i, 1990 + 5 * i) for i in range(8)]
    assert [p.number for p in vocab.FIVE_YEAR_PLANS] == list(range(1, 16))


# --- the decisions of §3, each from a real sentence ------------------------------------


def dates(text: str, year: int | None) -> list[tuple[str, int | None, int | None]]:
    return [
        (d.text, d.first.year if d.first else None, d.last.year if d.last else None)
        for d in extract_dates(text, year=year)
    ]


def test_report_words_count_from_the_report_year() -> None:
    # gwr-2008: 去年 is 2007 although the clause names 2006; 今年 is 2008 although it names 2005.
    assert dates("中央财政此项支出从2006年20.5亿元增加到去年的98亿元", 2008) == [
        ("2006年", 2006, 2006),
        ("去年", 2007, 2007),
    ]
    assert dates("2005年底前注册营运的黄标车今年要全部淘汰", 2008) == [("2005年底", 2005, 2005), ("今年", 2008, 2008)]


def test_上年_counts_from_the_sentence_year() -> None:
    # gwr-2008: 2007年单位国内生产总值能耗比上年下降3.27% (上年 = 2006), and the second 比上年
    # of the sentence is 2006 too: a year after 比 is a basis, not what the sentence is about.
    text = "2007年单位国内生产总值能耗比上年下降3.27%，化学需氧量、二氧化硫排放总量比上年分别下降3.14%和4.66%。明年比上年增长"
    assert dates(text, 2008) == [("2007年", 2007, 2007), ("上年", 2006, 2006), ("上年", 2006, 2006), ("明年", 2009, 2009), ("上年", 2008, 2008)]


def test_上年_names_no_new_year() -> None:
    # gwr-2008: 今年财政支农投入的增量要明显高于上年，……的增量要明显高于上年: both 2007, no chain.
    text = "今年财政支农投入的增量要明显高于上年，国家固定资产投资用于农村的增量要明显高于上年，政府土地出让收入用于农村建设的增量要明显高于上年。"
    assert dates(text, 2008) == [("今年", 2008, 2008), ("上年", 2007, 2007), ("上年", 2007, 2007), ("上年", 2007, 2007)]


def test_the_part_a_report_speaks_of() -> None:
    # gwr-2015, in its review of 2014: 国内生产总值达到63.6万亿元，比上年增长7.4% is 2014 on 2013;
    # in its tasks, 上年 is 2014. A 法治政府 report's plans speak of the next year (3月 of 2023).
    report = zhgovreport.parse_file(ROOT / "tests" / "fixtures" / "corpus" / "gwr-2015.txt")
    assert report.meta.year == 2015
    found = extract_dates(report)
    review = [d for d in found if d.text == "上年" and "63.6万亿元" in (d.sentence or "")]
    assert [(d.first, d.path) for d in review] == [(D(2013, 1, 1), (1,))]
    assert [d.first for d in found if d.text == "今年"][0] == D(2015, 1, 1)  # 今年 is the report's year
    text = "某区2022年法治政府建设年度报告\n一、主要成效\n3月，审结305件。\n二、2023年工作计划\n3月底前完成。\n"
    report = parse(text)
    assert [(d.text, d.first) for d in extract_dates(report) if d.text.startswith("3月")] == [
        ("3月", D(2022, 3, 1)),
        ("3月底", D(2023, 3, 1)),
    ]


def test_a_month_takes_the_sentence_year_not_the_basis() -> None:
    # gwr-1985: １９８４年银行的各项贷款总额比１９８３年增加２８．９％，其中１２月一个月的增长… (December 1984)
    text = "１９８４年银行的各项贷款总额比１９８３年增加２８．９％，其中１２月一个月的增长"
    assert [(d.text, d.first) for d in extract_dates(text)] == [
        ("１９８４年", D(1984, 1, 1)),
        ("１９８３年", D(1983, 1, 1)),
        ("１２月", D(1984, 12, 1)),
    ]
    # gwr-1985: １９８４年全国职工工资总额比上年增长１９％，其中第四季度增长３８％ (上年 1983, the quarter 1984)
    found = extract_dates("１９８４年全国职工工资总额比上年增长１９％，其中第四季度增长３８％。")
    assert [(d.text, d.first, d.last) for d in found] == [
        ("１９８４年", D(1984, 1, 1), D(1984, 1, 1)),
        ("上年", D(1983, 1, 1), D(1983, 1, 1)),
        ("第四季度", D(1984, 10, 1), D(1984, 12, 1)),
    ]


def test_sentence_scope() -> None:
    # seed 000: 2022年,……。1-10月份,…: the next sentence has no year of its own: the report's.
    assert dates("2022年，共办理案件。1-10月份，败诉率下降", 2023)[1] == ("1-10月份", 2023, 2023)
    # a list's clauses share their sentence's year (；does not end it)
    assert dates("2022年，审结305件；3月，开展督查", 2023)[1] == ("3月", 2022, 2022)


def test_no_year_no_dates() -> None:
    found = extract_dates("今年以来，3月31日，“七五”期间")
    assert [(d.text, d.first, d.last, d.kind) for d in found] == [
        ("今年", None, None, REL),
        ("3月31日", None, None, DATE),
        ("“七五”期间", D(1986, 1, 1), D(1990, 1, 1), PLAN),  # no year: the five-year plan
    ]


def test_runs_of_years() -> None:
    # gwr-2008 reports on 2003-2007 (过去五年); gwr-1986: 今后五年 is the seventh plan, 1986-1990.
    assert dates("向大会报告本届政府过去五年的工作", 2008) == [("过去五年", 2003, 2007)]
    assert dates("在过去的五年中", 1986) == [("过去的五年", 1981, 1985)]
    assert dates("争取在今后五年或者更长一些的时间内", 1986) == [("今后五年", 1986, 1990)]
    assert dates("展望未来的五年", 1998) == [("未来的五年", 1998, 2002)]
    assert dates("我國在過去兩年內不但戰勝了", 1954) == [("過去兩年", 1952, 1953)]  # gwr-1954
    assert dates("过去二十多年", 2008) == []  # not a count of years: no run
    assert dates("今明两年实现全部向社会免费开放；争取为明后年迈出新的步子", 2008) == [
        ("今明两年", 2008, 2009),
        ("明后年", 2009, 2010),
    ]


def test_quarters_and_halves() -> None:
    found = extract_dates("去年一季度经济开局良好，进入二季度以后；今年上半年；前三季度；2020年四季度的69件", year=2025)
    assert [(d.text, d.first, d.last, d.resolution, d.kind) for d in found] == [
        ("去年一季度", D(2024, 1, 1), D(2024, 3, 1), M, REL),  # gwr-2025
        ("二季度", D(2024, 4, 1), D(2024, 6, 1), M, INT),  # the sentence's year: 2024
        ("今年上半年", D(2025, 1, 1), D(2025, 6, 1), M, REL),
        ("前三季度", D(2025, 1, 1), D(2025, 9, 1), M, INT),
        ("2020年四季度", D(2020, 10, 1), D(2020, 12, 1), M, INT),  # seed 000
    ]


def test_plans_by_the_report_year() -> None:
    # gwr-1986 (its year 1986): “七五”期间 is the seventh five-year plan; a 2020 report's is the 七五普法.
    assert one("“七五”期间", 1986) == ("“七五”期间", D(1986, 1, 1), D(1990, 1, 1), Y, PLAN)
    assert one("“七五”期间", 2020) == ("“七五”期间", D(2016, 1, 1), D(2020, 1, 1), Y, PUFA)
    # seed 003 (2020): 《襄阳市“七五”普法期末验收工作方案》; 计划 is always a five-year plan
    assert one("“七五”普法期末", 1986)[1:] == (D(2016, 1, 1), D(2020, 1, 1), Y, PUFA)
    assert one("“七五”计划", 2020)[4] is PLAN
    # gwr-1986: “五五”末期 is the plan's last year; 第八个五年法治宣传教育规划 is the 八五普法
    assert one("“五五”末期", 1986) == ("“五五”末期", D(1980, 1, 1), D(1980, 1, 1), Y, PLAN)
    assert one("第八个五年法治宣传教育规划")[1:] == (D(2021, 1, 1), D(2025, 1, 1), Y, PUFA)
    assert one("十四五规划") == ("十四五规划", D(2021, 1, 1), D(2025, 1, 1), Y, PLAN)
    assert extract_dates("八五折，三五期", year=2023) == []  # a plan number needs quotes or a plan word


def test_ranges() -> None:
    # gwr-1986, seed 003, gwr-2008 (a space after 到)
    assert one("一九八六年到一九九○年的第七个", None)[:3] == ("一九八六年到一九九○年", D(1986, 1, 1), D(1990, 1, 1))
    assert one("于10月9日至16日对各地", 2020) == ("10月9日至16日", D(2020, 10, 9), D(2020, 10, 16), DAY, INT)
    assert one("2003年到 2007年，中央财政") == ("2003年到 2007年", D(2003, 1, 1), D(2007, 1, 1), Y, INT)
    assert one("2021年3月至5月") == ("2021年3月至5月", D(2021, 3, 1), D(2021, 5, 1), M, INT)
    assert one("１９７９到１９８３年")[1:3] == (D(1979, 1, 1), D(1983, 1, 1))  # gwr-1985
    # a range names no one year: 上年 after it counts from the report's year
    assert dates("2021年至2025年，比上年", 2023)[1] == ("上年", 2022, 2022)
    assert extract_dates("(2021-2025)") == []  # no 年: maybe a range of figures


def test_forms_of_a_year() -> None:
    assert one("本届政府从1 9 9 3 年3 月就职")[:4] == ("1 9 9 3 年3 月", D(1993, 3, 1), D(1993, 3, 1), M)  # gwr-1998
    assert one("澳门将于1 9 9 9 年1 2 月2 0 日回到祖国怀抱")[1] == D(1999, 12, 20)  # gwr-1998
    assert one("二零二二年五月")[1] == D(2022, 5, 1)
    assert one("一九四九年十月一日")[1] == D(1949, 10, 1)
    assert one("2022年底")[:2] == ("2022年底", D(2022, 1, 1))
    assert one("截至12月底")[:2] == ("12月底", D(2023, 12, 1))
    assert one("2022年初步建成")[0] == "2022年"  # 初步 is a word
    assert one("刚刚过去的１９８４年")[0] == "１９８４年"  # gwr-1985: not a run of years


def test_what_is_not_read() -> None:
    # impossible dates; decades, centuries, times, a day without its month; 5000年 is no calendar year
    for text in ("2023年2月30日", "13月", "九十年代", "21世纪", "14:54", "9日", "上下5000年", "五三年", "三五年内"):
        assert extract_dates(text, year=2023) == [], text
    assert one("2024年2月29日")[1] == D(2024, 2, 29)  # a leap year
    assert extract_dates("2月29日", year=2023) == []  # not in 2023


# --- years are not quantities (issue 10) ------------------------------------------------

NOT_QUANTITIES = [
    ("二00八年以后", "二00八年"),  # issue 10: gave 00 and 八年
    ("二0二0年", "二0二0年"),  # gave 0 and 0年
    ("二０１０年", "二０１０年"),  # gave a count of 10 years
    ("一九八○年", "一九八○年"),
    ("一九八O年", "一九八O年"),
    ("二〇二二年三月五日", "二〇二二年三月五日"),
    ("1 9 9 3 年3 月", "1 9 9 3 年3 月"),  # gwr-1998
    ("澳门将于1 9 9 9 年1 2 月2 0 日回归", "1 9 9 9 年1 2 月2 0 日"),  # gwr-1998: gave 12 and 20日
    ("于10月9日至16日对各地", "10月9日至16日"),
    ("“十四五”期间完成3项", "“十四五”期间"),
]


@pytest.mark.parametrize(("text", "mention"), NOT_QUANTITIES, ids=[n[0] for n in NOT_QUANTITIES])
def test_years_are_not_quantities(text: str, mention: str) -> None:
    (d,) = extract_dates(text, year=2023)
    assert d.text == mention
    assert not [q for q in extract_quantities(text) if q.start < d.end and d.start < q.end]


def test_pinned_property_findings() -> None:
    # tests/test_properties_dates.py, shrunk: 五年 in a 普法 plan's full name was a count of years.
    text = "百分之一，第一个五年法治宣传教育规划"
    assert [q.text for q in extract_quantities(text)] == ["百分之一"]
    assert one(text) == ("第一个五年法治宣传教育规划", D(1986, 1, 1), D(1990, 1, 1), Y, PUFA)


def test_a_duration_stays_a_quantity() -> None:
    text = "过去二十八年，连续五年增长"
    assert [q.text for q in extract_quantities(text)] == ["二十八年", "五年"]
    assert [(d.text, d.first, d.last) for d in extract_dates(text, year=2009)] == [
        ("过去二十八年", D(1981, 1, 1), D(2008, 1, 1))
    ]


def test_gwr_2008_figure_after_a_year() -> None:
    # The old date row read 2006年20.5 as a date: 从2006年20.5亿元增加到去年的98亿元.
    assert [q.text for q in extract_quantities("从2006年20.5亿元增加到去年的98亿元")] == ["20.5亿元", "98亿元"]


def corpus_texts() -> list[str]:
    paths = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


CALENDAR = (DateKind.DATE, DateKind.INTERVAL, DateKind.FIVE_YEAR_PLAN, DateKind.PUFA_PLAN)


def test_calendar_dates_are_never_quantities_in_the_corpus() -> None:
    for text in corpus_texts():
        found = [d for d in extract_dates(text) if d.kind in CALENDAR]
        assert found
        spans = sorted((q.start, q.end) for q in extract_quantities(text))
        for d in found:
            assert not [s for s in spans if s[0] < d.end and d.start < s[1]], d


# --- from a report --------------------------------------------------------------------


def test_from_a_report() -> None:
    text = "某市2022年法治政府建设年度报告\n一、主要成效\n今年审结305件，比上年增长5%。\n二、2023年工作安排\n明年3月前完成。\n"
    report = parse(text)
    assert report.meta.year == 2022
    found = extract_dates(report)
    assert [(d.text, d.first, d.path, d.section, d.sentence) for d in found] == [
        ("2022年", D(2022, 1, 1), (), None, "某市2022年法治政府建设年度报告"),
        ("今年", D(2022, 1, 1), (1,), "主要成效", "今年审结305件，比上年增长5%。"),
        ("上年", D(2021, 1, 1), (1,), "主要成效", "今年审结305件，比上年增长5%。"),
        ("2023年", D(2023, 1, 1), (2,), "2023年工作安排", "二、2023年工作安排"),
        ("明年3月", D(2023, 3, 1), (2,), "2023年工作安排", "明年3月前完成。"),
    ]
    assert all(report.text[d.span] == d.text for d in found)
    # year= overrides the report's
    assert extract_dates(report, year=2030)[1].first == D(2030, 1, 1)


def test_report_year_from_the_publication_date() -> None:
    # A report whose title names no year: the year it was published in (2024).
    report = parse("某市司法局法治政府建设年度报告\n发布日期:2024-02-29 09:02\n一、主要成效\n今年审结305件。\n")
    assert report.meta.year is None and report.meta.published == D(2024, 2, 29)
    assert read.report_year(report) == 2024
    assert [(d.text, d.first) for d in extract_dates(report)] == [
        ("2024-02-29", D(2024, 2, 29)),
        ("今年", D(2024, 1, 1)),
    ]


def test_a_government_work_report_speaks_from_its_year() -> None:
    # gwr-2022, delivered 2022-03-05: 过去一年 is 2021 and 今年 2022.
    report = zhgovreport.parse_file(ROOT / "tests" / "fixtures" / "corpus" / "gwr-2022.txt")
    found = {d.text: d for d in extract_dates(report)}
    assert found["过去一年"].first == D(2021, 1, 1)
    assert found["今年"].first == D(2022, 1, 1)


def test_seed_004_today_is_the_report_year() -> None:
    # seed 004 (a 2023 work summary): 并于今年4月在政府门户网站向社会公布 is April 2023.
    report = zhgovreport.parse_file(ROOT / "seeds" / "004_ad143c2d37aac994.txt")
    d = next(d for d in extract_dates(report) if d.text == "今年4月")
    assert (d.first, d.last, d.resolution, d.kind, d.path) == (D(2023, 4, 1), D(2023, 4, 1), M, REL, (1, 4))


def test_to_dict() -> None:
    d = extract_dates("2021-2025年")[0]
    assert d.to_dict() == {
        "text": "2021-2025年", "start": 0, "end": 10, "first": "2021-01-01", "last": "2025-01-01",
        "resolution": "year", "kind": "interval", "path": (), "section": None, "sentence": None,
    }  # fmt: skip
    assert isinstance(d, DateMention)


def test_wrong_types() -> None:
    with pytest.raises(TypeError):
        extract_dates(b"2022\xe5\xb9\xb4")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        extract_dates("2022年", year="2022")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        extract_dates("今年", year=True)
    assert extract_dates("") == []


# --- the grammar ------------------------------------------------------------------------


def test_digit_sets_come_from_numerals() -> None:
    assert [cn_to_int(c) for c in grammar.CN_ONE_TO_NINE] == list(range(1, 10))
    assert [cn_to_int(c) for c in grammar.CN_ZEROS] == [0, 0, 0]
    assert cn_to_int(grammar.CN_TEN) == 10
    assert [grammar.year_digit(c) for c in "〇○零O0一九9"] == [0, 0, 0, 0, 0, 1, 9, 9]


def test_exclusions_are_the_forms() -> None:
    from zhgovreport.quantities import vocab as qvocab

    assert qvocab.DATE_PATTERNS == tuple((f.name, grammar.exclusion(f.pattern)) for f in grammar.FORMS if f.exclude)
    with pytest.raises(ValueError, match="refer back"):
        grammar.exclusion(r"(?P<a>x)(?P=a)")


def test_a_reading_is_the_same_from_the_cache() -> None:
    # A form's reading of a text is kept (read._TEMPLATES): the second time, from the cache.
    read._TEMPLATES.clear()
    text = "2022年1-10月份，今年4月；2022年1-10月份，今年4月"
    first, second = extract_dates(text, year=2023), extract_dates(text, year=2023)
    assert first == second
    assert [(d.text, d.first, d.last) for d in first[2:]] == [
        ("2022年1-10月份", D(2022, 1, 1), D(2022, 10, 1)),
        ("今年4月", D(2023, 4, 1), D(2023, 4, 1)),
    ]


def test_every_form_has_an_example_that_it_matches() -> None:
    pattern = re.compile(read.PATTERN_SOURCE, grammar.FLAGS)
    for index, form in enumerate(grammar.FORMS):
        first = form.example.split(",")[0].split(" (")[0].strip()
        found = [m for m in pattern.finditer(fold(first)) if m.lastindex == index + 1]
        assert found, (form.name, first)


def test_forms_start_where_their_group_says() -> None:
    # The reader guards each group once (grammar.STARTS): a form's first character must be
    # of its group's class, and the groups must be contiguous in FORMS (the order is kept).
    from zhgovreport.numerals import CN_NUMERAL_CHARS

    classes = {"digit": "0123456789", "numeral": CN_NUMERAL_CHARS}
    starts = [form.starts for form in grammar.FORMS]
    assert starts == sorted(starts, key=["digit", "numeral", "word"].index)
    for form in grammar.FORMS:
        first = fold(form.example)[0]
        if form.starts == "word":
            assert first not in classes["digit"] + classes["numeral"], form.name
        else:
            assert first in classes[form.starts], form.name


def test_first_char_lookahead_changes_nothing() -> None:
    plain = re.compile(read.PATTERN_SOURCE, grammar.FLAGS)
    probes = (
        "二00八年，一九八O年，“十四五”时期，第一个五年计划，过去五年，今年上半年，前三季度，10月9日至16日，1 9 9 3 年，"
        "1111年，12 3月，二二〇二二年，十五十年代，三十一世纪，五五五年规划，2022年1-10月份，"
        "一些上级今天明确本地过程未能“八”第三个，前一季度，第2季度，以上年龄，下半年，明后年，未来两年"
    )
    for text in [*corpus_texts(), probes]:
        folded = fold(text)
        got = [((start, end), index + 1) for index, start, end in read._matches(folded, 0, len(folded))]
        assert got == [(m.span(), m.lastindex) for m in plain.finditer(folded)]



def test_every_form_is_two_characters_and_starts_with_a_second_char() -> None:
    # The reader's pattern consumes the first two characters of a form before it reads the
    # form (read._pattern): every form must be at least two characters long, and its second
    # character in grammar.SECOND_CHARS.  The numeral- and word-led groups state theirs in
    # their guards (grammar.STARTS, part of the pattern); a digit-led form's second
    # character is a digit or what may follow its leading digits (read off the parsed form).
    import importlib

    from zhgovreport.quantities.scan import follow_set

    parser = importlib.import_module("re._parser")
    for form in grammar.FORMS:
        assert parser.parse(form.pattern, grammar.FLAGS).getwidth()[0] >= 2, form.name
        if form.starts == "digit":
            follow = follow_set(form.pattern, "0123456789")
            assert follow is not None and follow | set("0123456789") <= set(grammar.DIGIT_LED_SECOND), form.name
    assert set(grammar.DIGIT_LED_SECOND + grammar.CN_LED_SECOND) <= set(grammar.SECOND_CHARS)


def test_scanner_guards_change_nothing_on_date_forms() -> None:
    # The quantities scanner's guard look-aheads must stay implied by the date forms.
    from zhgovreport.quantities.scan import FLAGS, SCANNER_PLAIN_SOURCE, scanner

    plain = re.compile(SCANNER_PLAIN_SOURCE, FLAGS)
    probes = "二00八年以后，二0二0年，二０１０年，一九八O年，二OO八年，三—五月，十四五”期间，八五普法，一季度，1 2 月2 0 日"
    for text in (probes, probes.replace("，", "")):
        folded = fold(text)
        assert [(m.span(), m.lastindex) for m in scanner().finditer(folded)] == [
            (m.span(), m.lastindex) for m in plain.finditer(folded)
        ]


def test_find_date_reads_the_grammar() -> None:
    assert find_date("——二〇二二年三月五日在第十三届") == (D(2022, 3, 5), 2, 11)
    assert find_date("2023年2月30日，2023-03-01") == (D(2023, 3, 1), 11, 21)
    assert find_date("2023年3月") is None  # no day
    assert find_date("今年3月5日") is None  # no year of its own


# --- date_spans: the mentions without their records -----------------------------------


def test_date_spans_by_hand() -> None:
    # 2021年至2025年 is one range (0-11); 上年 refers back, and a range names no one
    # year, so it counts from the year given: 2022 - 1.
    assert zhgovreport.dates.date_spans("2021年至2025年，比上年", year=2022) == [
        (0, 11, D(2021, 1, 1), D(2025, 1, 1)),
        (13, 15, D(2021, 1, 1), D(2021, 1, 1)),
    ]


def test_date_spans_are_the_mentions_of_extract_dates() -> None:
    # The indicators read date_spans: the same mentions, spans and days as
    # extract_dates, from a text and from a report (whose parts give years).
    for text in corpus_texts():
        report = parse(text)
        for source in (text, report):
            spans = zhgovreport.dates.date_spans(source)
            assert spans == [(d.start, d.end, d.first, d.last) for d in extract_dates(source)]
    with pytest.raises(TypeError):
        zhgovreport.dates.date_spans(b"2022")  # type: ignore[arg-type]

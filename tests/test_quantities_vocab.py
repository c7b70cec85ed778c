"""The reviewed tables of zhgovreport.quantities.vocab, and the known gaps (issue 3).

* Traditional forms in the tables fold to their Simplified entries, so a
  Traditional report reads the same as a Simplified one.
* Every unit and rate, after a number, is read with its kind (table-driven).
* Known gaps are strict xfails: when one starts passing, the test fails and
  the gap must be moved to the passing tables.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from zhgovreport import Approx, Kind, extract_quantities
from zhgovreport.quantities import vocab
from zhgovreport.text import fold

TRAD_ROWS = [(u.surface, u.trad) for u in vocab.UNITS if u.trad] + [(r.surface, r.trad) for r in vocab.RATES if r.trad]


@pytest.mark.parametrize(("simplified", "traditional"), TRAD_ROWS, ids=[t for _s, t in TRAD_ROWS])
def test_traditional_form_folds_to_the_entry(simplified: str, traditional: str) -> None:
    assert fold(traditional) == simplified


@pytest.mark.parametrize("unit", vocab.UNITS, ids=[u.surface for u in vocab.UNITS])
def test_every_unit_after_a_number(unit: vocab.Unit) -> None:
    # 日 is a unit only as a duration (12日内); 12日 alone is a date (spec §3)
    after = "内" if unit.surface == "日" else "。"
    found = extract_quantities(f"共计12{unit.surface}{after}")
    value = Decimal("12.5") if vocab.HALF in unit.surface else Decimal(12)  # 12个半月 is 12.5 个月
    assert [(q.text, q.value, q.unit, q.kind) for q in found] == [
        (f"12{unit.surface}", value, unit.unit or unit.surface, unit.kind)
    ]


@pytest.mark.parametrize("rate", vocab.RATES, ids=[r.surface for r in vocab.RATES])
def test_every_rate_after_a_number(rate: vocab.Rate) -> None:
    found = extract_quantities(f"增长{rate.after}3{rate.surface}。")  # 翻3番: 番 needs 翻
    number = Decimal("3.5") if vocab.HALF in rate.surface else Decimal(3)  # 3倍半 is 3.5 倍
    assert [(q.value, q.unit, q.kind) for q in found] == [(number * rate.factor, rate.unit, rate.kind)]


def test_tables_have_no_duplicates() -> None:
    surfaces = [u.surface for u in vocab.UNITS] + [r.surface for r in vocab.RATES]
    assert len(surfaces) == len(set(surfaces))
    assert len(vocab.LEXICAL_WORDS) == len(set(vocab.LEXICAL_WORDS))


@pytest.mark.parametrize("word", sorted(vocab.APPROX_PREFIXES), ids=sorted(vocab.APPROX_PREFIXES))
def test_every_prefix(word: str) -> None:
    found = extract_quantities(f"占比{word}30%。")
    assert [(q.text, q.approx) for q in found] == [(f"{word}30%", vocab.APPROX_PREFIXES[word][0])]


@pytest.mark.parametrize("word", sorted(vocab.APPROX_SUFFIXES), ids=sorted(vocab.APPROX_SUFFIXES))
def test_every_suffix(word: str) -> None:
    found = extract_quantities(f"共有30家{word}。")
    assert [(q.text, q.approx) for q in found] == [(f"30家{word}", vocab.APPROX_SUFFIXES[word])]


# Words the guards keep apart from units (the guard column of vocab.UNITS).
GUARDED = [
    ("指数由98升至102", [("98", None), ("102", None)]),
    ("签约3个项目", [("3个", "个")]),  # 约 after 签 is not "about"
    ("最近3年", [("3年", "年")]),  # 近 after 最 is not "under"
    ("联合3部门发文", [("3", None)]),  # 部门 is not the measure word 部
    ("在15家乡镇设立", [("15家", "家")]),  # seed 001: 15家乡镇
    ("2所有余", [("2所有余", "所")]),
]


@pytest.mark.parametrize(("text", "expected"), GUARDED, ids=[g[0] for g in GUARDED])
def test_guards(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.unit) for q in extract_quantities(text)] == expected


# --- known gaps (strict xfail: remove the mark when fixed) ----------------------------


@pytest.mark.xfail(strict=True, reason="a unit shared by coordinated numbers is not distributed: 4.2和0.7个百分点")
def test_gap_shared_unit() -> None:
    found = extract_quantities("增速分别高4.2和0.7个百分点")  # gwr-2015
    assert [(q.text, q.unit) for q in found] == [("4.2", "pp"), ("0.7个百分点", "pp")]


def test_range_is_two_figures_sharing_the_unit() -> None:
    # was a gap (3 had no unit); issue 10 decides: a range is two figures, the
    # first takes the second's unit (docs/spec/quantities.md, ranges)
    found = extract_quantities("用3至5年时间")
    assert [(q.text, q.value, q.unit) for q in found] == [("3", Decimal(3), "年"), ("5年", Decimal(5), "年")]


def test_one_with_an_approximation_is_a_count() -> None:
    # was a gap: 一 before a measure word was always the article; an approximation
    # prefix makes it a figure (issue 10: 近一吨, 将近一年)
    found = extract_quantities("近一年来，共办结")
    assert [(q.text, q.value) for q in found] == [("近一年", Decimal(1))]


def test_chinese_run_stops_before_a_unit_led_by_a_numeral() -> None:
    # 千瓦, 千米: the run of numerals gives 千 to the unit (gwr-1986: 一千九百五十万千瓦)
    found = extract_quantities("新增装机一千九百五十万千瓦，全长五千米")
    assert [(q.value, q.unit) for q in found] == [(Decimal(19500000), "千瓦"), (Decimal(5), "千米")]


@pytest.mark.xfail(strict=True, reason="a count named inside quotes is read as a count: “三项制度” is excluded but “15分钟生活圈” is not")
def test_gap_quoted_unit_names() -> None:
    found = extract_quantities("打造“15分钟生活圈”")
    assert found == []


@pytest.mark.xfail(strict=True, reason="a number with 多 after 个 before the noun: 3个多月 is read, 3个多部门 is misread")
def test_gap_duo_after_ge() -> None:
    found = extract_quantities("涉及3个多部门协同")
    assert [(q.text, q.approx) for q in found] == [("3个", Approx.EXACT)]


def test_kinds_cover_the_spec() -> None:
    kinds = {u.kind for u in vocab.UNITS} | {r.kind for r in vocab.RATES}
    assert kinds >= {Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT, Kind.PERMILLE, Kind.PERCENTAGE_POINT, Kind.MULTIPLE}


# --- the exclusion rows (issue 10): each row's example fires in the production scanner ---

EXCLUSION_ROWS = [
    *vocab.CODE_PATTERNS,
    *vocab.ORDINAL_PATTERNS,
    *vocab.NAME_PATTERNS,
    *vocab.SET_PHRASES,
]


@pytest.mark.parametrize("row", EXCLUSION_ROWS, ids=[row.name for row in EXCLUSION_ROWS])
def test_every_exclusion_row_fires_in_the_scanner(row: vocab.Exclusion) -> None:
    # The row's own pattern finds its stretch in the example, and the compiled
    # scanner (guards, dispatch and all) covers that stretch with exclusions:
    # a row that the guards hid would fail here.
    import re

    from zhgovreport.quantities.scan import FLAGS, expand, scanner

    folded = fold(row.example)
    own = [m.span() for m in re.finditer(expand(row.pattern), folded, FLAGS) if m.end() > m.start()]
    assert own, f"the row's pattern does not match its example {row.example!r}"
    excluded = [m.span() for m in scanner().finditer(folded) if m.lastindex == 1]
    for start, end in own:
        covered = {i for s, e in excluded for i in range(s, e)}
        assert set(range(start, end)) <= covered, (row.name, folded[start:end], excluded)


@pytest.mark.parametrize("word", [w for w in vocab.LEXICAL_WORDS if any(c in w for c in "〇○零一二三四五六七八九十百千万亿两")])
def test_every_lexical_word_states_no_figure(word: str) -> None:
    # each lexical word is its own example (spec §3): no figure overlaps it
    assert extract_quantities(f"要{word}。") == []


def test_guard_sets_are_derived_from_the_rows() -> None:
    # The look-aheads that let a plain figure skip the exclusions are read off
    # the parsed rows (scan.follow_set), not written by hand: every character
    # a row lets follow its leading digits or numerals is in the guard.
    from zhgovreport.quantities.scan import follow_set

    assert follow_set(r"\d{4} ?年(?:度)?", "0123456789") == frozenset(" 年")
    assert follow_set(r"(?<=[〔(])\d{4} ?[〕)] ?号", "0123456789") == frozenset(" 〕)")
    assert follow_set("[一二三]次产业", "一二三") == frozenset("次")
    assert follow_set(r"\d+", "0123456789") is None  # all digits: no character to guard on
    assert follow_set(r"\d+[^年]", "0123456789") is None  # a negated class is not bounded
    assert follow_set(r"(?:[一二]|\d+)年规划", "") == frozenset("一二0123456789")  # first characters


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        # gwr-1954: 一九五四年預算中經濟建設的支出等於一九五〇年的六倍半 (was read as 六倍, 6)
        ("等於一九五〇年的六倍半；", "六倍半", Decimal("6.5"), "倍"),
        ("用了两个半月", "两个半月", Decimal("2.5"), "个月"),  # was 2
        ("用了一个半小时", "一个半小时", Decimal("1.5"), "小时"),  # 一 with 半 is no article
        ("一年半以后", "一年半", Decimal("1.5"), "年"),
        ("两年半时间", "两年半", Decimal("2.5"), "年"),
        ("五天半", "五天半", Decimal("5.5"), "天"),
    ],
)
def test_a_unit_with_half_adds_a_half(text: str, figure: str, value: Decimal, unit: str) -> None:
    assert [(q.text, q.value, q.unit) for q in extract_quantities(text)] == [(figure, value, unit)]


def test_half_that_makes_a_word_is_no_half() -> None:
    # 半数 (half of them) after a duration: 三年, then the word 半数
    assert [(q.text, q.value) for q in extract_quantities("三年半数以上的企业")] == [("三年", Decimal(3))]

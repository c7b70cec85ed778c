"""Properties: parse_quantity and extract_quantities recover every generated figure (issues 4, 10).

Figures come from zhgovreport.strategies.quantities (value, unit, kind,
approx and upper follow ``docs/spec/quantities.md`` §1-§2), ranges from
zhgovreport.strategies.ranges.  Embedded figures sit between two stretches of
words cut off by punctuation: words from strategies._internal.SURROUNDINGS (no
numeral, unit or approximation word) and set phrases from
strategies._internal.SET_PHRASES (numerals that state no figure: ``三次产业``,
``三年行动方案``, ``一、二两月份``), so the figure is the only quantity in the
text and its span is known.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgovreport import Quantity, extract_quantities, parse_quantity
from zhgovreport.strategies import QuantityCase, RangeCase, quantities, ranges
from zhgovreport.strategies._internal import SET_PHRASES, SURROUNDINGS


def fields(q: Quantity) -> tuple[object, ...]:
    return (q.value, q.unit, q.kind, q.approx, q.upper)


def expected(case: QuantityCase) -> tuple[object, ...]:
    return (case.value, case.unit, case.kind, case.approx, case.upper)


_words = st.lists(st.sampled_from(SURROUNDINGS + SET_PHRASES), min_size=1, max_size=4).map("".join)
left_context = st.one_of(st.just(""), st.tuples(_words, st.sampled_from("，。；：")).map("".join))
right_context = st.one_of(st.just(""), st.tuples(st.sampled_from("，。；"), _words).map("".join))


@given(quantities())
def test_parse_quantity_recovers_value_unit_kind_approx(case: QuantityCase) -> None:
    q = parse_quantity(case.text)
    assert fields(q) == expected(case)
    assert (q.start, q.end, q.text) == (0, len(case.text), case.text)


@given(quantities(), left_context, right_context)
def test_extract_quantities_finds_the_figure_and_its_span(case: QuantityCase, left: str, right: str) -> None:
    text = left + case.text + right
    found = extract_quantities(text)
    assert [(q.start, q.end) for q in found] == [(len(left), len(left) + len(case.text))]
    q = found[0]
    assert q.text == case.text == text[q.span]
    assert fields(q) == expected(case)


@given(ranges(), left_context, right_context)
def test_extract_quantities_finds_both_figures_of_a_range(case: RangeCase, left: str, right: str) -> None:
    text = left + case.text + right
    found = extract_quantities(text)
    end = len(left) + len(case.text)
    assert [(q.start, q.end) for q in found] == [
        (len(left), len(left) + len(case.first.text)),
        (end - len(case.second.text), end),
    ]
    assert [fields(q) for q in found] == [expected(case.first), expected(case.second)]


@given(st.lists(st.sampled_from(SET_PHRASES), min_size=1, max_size=5).map("，".join))
def test_set_phrases_state_no_figure(text: str) -> None:
    assert extract_quantities(text) == []


# Shrunk failures of the properties above, pinned: each comment says what was wrong.
# Expected values from the quantities spec §2, worked out by hand.
FINDINGS = [
    ("2日元", "2", "日元", "money", "exact"),  # finding 1: 日元 is a money unit, not 2日
    ("20所以上", "20", "所", "count", "over"),  # finding 3: 所 + 以上, not 所以
    ("1660所有余", "1660", "所", "count", "over"),  # finding 3: 所 + 有余, not 所有
    ("122万", "1220000", None, "number", "exact"),  # finding 2: a hotline is never followed by 万
    ("超过122万", "1220000", None, "number", "over"),  # finding 2
    ("148万亿", "148000000000000", None, "number", "exact"),  # finding 2/5
    ("十多亿", "1000000000", None, "number", "over"),  # finding 5: extract agreed with parse_quantity
    # issue 10, found by the generators with the hard words
    ("零下一摄氏度", "-1", "摄氏度", "measure", "exact"),  # a sign makes 一 a number, not the article
    ("8亿3十万4950日元", "800304950", "日元", "money", "exact"),  # 4950 fills the places after 万; 日元 is no date
]


@pytest.mark.parametrize(("text", "value", "unit", "kind", "approx"), FINDINGS, ids=[f[0] for f in FINDINGS])
def test_pinned_findings(text: str, value: str, unit: str | None, kind: str, approx: str) -> None:
    for left, right in (("", ""), ("推进。", "，完善")):
        found = extract_quantities(left + text + right)
        assert [(q.text, str(q.value), q.unit, q.kind.value, q.approx.value) for q in found] == [
            (text, value, unit, kind, approx)
        ]
    assert parse_quantity(text).value == Decimal(value)

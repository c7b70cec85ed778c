"""Properties: extract_dates reads every generated date mention back (issue 13), and no
calendar date or year is ever a quantity (issue 10, "Years are not quantities").

Mentions come from ``zhgovreport.strategies.dates`` (their dates follow
``docs/spec/indicators.md`` §3, worked out while the text is built).  They sit
between words from ``strategies._internal.SURROUNDINGS`` (no numeral, unit,
approximation or date word), cut off by punctuation, so the mention is the only
one in the text and its span is known.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from zhgovreport import extract_dates, extract_quantities
from zhgovreport.strategies import DateCase, QuantityCase, dates, quantities
from zhgovreport.strategies._internal import SURROUNDINGS

_words = st.lists(st.sampled_from(SURROUNDINGS), min_size=1, max_size=4).map("".join)
left_context = st.one_of(st.just(""), st.tuples(_words, st.sampled_from("，。；：")).map("".join))
right_context = st.one_of(st.just(""), st.tuples(st.sampled_from("，。；"), _words).map("".join))


@given(dates(), left_context, right_context)
def test_extract_dates_reads_the_mention_back(case: DateCase, left: str, right: str) -> None:
    text = left + case.text + right
    found = extract_dates(text, year=case.year)
    assert [(d.start, d.end) for d in found] == [(len(left), len(left) + len(case.text))]
    d = found[0]
    assert d.text == case.text == text[d.span]
    assert (d.first, d.last, d.resolution, d.kind) == (case.first, case.last, case.resolution, case.kind)


@given(dates(relative=False), left_context, right_context)
def test_a_calendar_date_holds_no_quantity(case: DateCase, left: str, right: str) -> None:
    text = left + case.text + right
    start, end = len(left), len(left) + len(case.text)
    assert not [q for q in extract_quantities(text) if q.start < end and start < q.end]


@given(dates(relative=False), quantities(), st.sampled_from("，；"), st.booleans())
def test_a_figure_next_to_a_date_is_the_only_quantity(case: DateCase, figure: QuantityCase, mark: str, before: bool) -> None:
    # The years family in the quantity properties: 二〇二二年，5.4万多件 has one figure, whatever
    # way the year is written (Chinese digits with 0/○/〇/O, fullwidth, spaced, mixed).
    text = case.text + mark + figure.text if before else figure.text + mark + case.text
    at = len(case.text) + 1 if before else 0
    found = extract_quantities(text)
    assert [(q.start, q.end, q.value, q.unit, q.kind, q.approx) for q in found] == [
        (at, at + len(figure.text), figure.value, figure.unit, figure.kind, figure.approx)
    ]

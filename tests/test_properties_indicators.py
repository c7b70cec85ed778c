"""Properties: extract_indicators reads every generated sentence as it was built (issue 13).

Sentences come from zhgovreport.strategies.indicators: clauses of a measure's
name, a comparison, a verb of change and a figure, with inherited names,
分别 lists, 从A提高到B, target cues and leads, and what each figure must read
as, worked out while the sentence was written (``docs/spec/indicators.md`` §1).
"""

from __future__ import annotations

from hypothesis import given

from zhgovreport import Indicator, extract_indicators, extract_quantities, parse
from zhgovreport.strategies import IndicatorCase, indicators, mutated, reports
from zhgovreport.text import fold


def _read(i: Indicator) -> tuple[object, ...]:
    name = (i.name_start, i.name_end) if i.name is not None else None
    return (i.quantity.start, i.quantity.end, name, i.aspect, i.direction, i.basis, i.target, i.year)


@given(indicators())
def test_every_figure_reads_as_built(case: IndicatorCase) -> None:
    found = extract_indicators(case.text, year=case.year)
    expected = [
        (f.start, f.end, f.name, f.aspect, f.direction, f.basis, f.target, case.year) for f in case.figures
    ]
    assert [_read(i) for i in found] == expected
    for i, f in zip(found, case.figures):
        assert (i.quantity.value, i.quantity.unit, i.quantity.kind) == (f.quantity.value, f.quantity.unit, f.quantity.kind)
        if i.name is not None:
            assert case.text[i.name_start : i.name_end] == i.name


@given(indicators())
def test_folding_changes_nothing(case: IndicatorCase) -> None:
    # the folded text (Simplified, ASCII punctuation) reads the same, span for span
    original = [_read(i) for i in extract_indicators(case.text, year=case.year)]
    assert [_read(i) for i in extract_indicators(fold(case.text), year=case.year)] == original


@given(reports())
def test_any_report_gives_one_indicator_per_figure(text: str) -> None:
    report = parse(text)
    found = extract_indicators(report)
    figures = extract_quantities(report)
    assert [i.quantity for i in found] == [q for q in figures if q in {i.quantity for i in found}]
    assert len(found) >= len(figures) - sum(1 for q in figures if q.unit in ("条", "款", "项", "章", "节", "目"))
    for i in found:
        if i.name is not None:
            assert report.text[i.name_start : i.name_end] == i.name
            assert i.name_start < i.name_end


@given(mutated(reports()))
def test_never_raises_on_broken_text(text: str) -> None:
    for i in extract_indicators(text):
        assert text[i.quantity.start : i.quantity.end] == i.quantity.text

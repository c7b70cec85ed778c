"""Properties of every report, whatever the input (issue 4).

Inputs: any ``str`` (``st.text()``, the full Unicode range without
surrogates), the seed reports in seeds/ and slices of the corpus in
tests/fixtures/corpus/ damaged by strategies.mutated (deleted and duplicated
lines, swapped markers, inserted noise, truncation), and generated reports
(strategies.reports).

* totality: ``parse`` and ``extract_quantities`` never raise on a ``str``;
* lossless: the pieces tile the text from 0 in order, every node's span
  slices back to its source, children sit inside their parents;
* determinism and idempotence: the same text gives equal reports, also when
  re-parsed from ``report.text``; ``to_json`` is ``to_dict`` through JSON.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import zhgovreport
from zhgovreport import Report, Role
from zhgovreport.strategies import OutlineCase, mutated, outlines, reports

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CORPUS = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.txt"))
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]
CORPUS_TEXTS = [p.read_text(encoding="utf-8") for p in CORPUS]

assert len(SEED_TEXTS) == 5 and len(CORPUS_TEXTS) >= 9


@st.composite
def corpus_slices(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(CORPUS_TEXTS))
    start = draw(st.integers(0, len(text) - 1))
    return text[start : start + draw(st.integers(0, 6000))]


# Everything a user could hand to parse(): random Unicode, damaged real reports, generated reports.
any_text = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from("一二三十是、，。；：()（）1.２\n\r\u3000 ①第部分章万亿多余%"), max_size=200),
    mutated(st.sampled_from(SEED_TEXTS)),
    mutated(corpus_slices()),
    mutated(reports()),
)


def assert_in_order(paragraphs: tuple[str, ...], source: str) -> None:
    """Each paragraph is a piece of ``source``, in order (paragraphs are slices, maybe stripped)."""
    pos = 0
    for paragraph in paragraphs:
        found = source.find(paragraph, pos)
        assert found >= 0, (paragraph, source)
        pos = found + len(paragraph)


def check_lossless(report: Report) -> None:
    text = report.text
    pieces = report.pieces()
    assert "".join(text[p.span] for p in pieces) == text
    pos = 0
    for piece in pieces:
        assert piece.start == pos and piece.end > piece.start, piece
        pos = piece.end
    assert pos == len(text)
    assert report.meta.start <= report.meta.end <= report.preamble_start <= report.preamble_end
    assert_in_order(report.preamble, text[report.preamble_start : report.preamble_end])

    def check_section(section: zhgovreport.Section, low: int, high: int) -> None:
        assert low <= section.start <= section.heading_end <= section.body_end <= section.end <= high
        if not section.implicit:
            assert section.title in text[section.heading_span]
        assert_in_order(section.body, text[section.heading_end : section.body_end])
        for item in section.items:
            assert section.heading_end <= item.start < item.end <= section.body_end
        end = section.body_end
        for child in section.children:
            assert child.start >= end
            check_section(child, section.start, section.end)
            end = child.end
        assert end == section.end

    end = report.preamble_end
    for section in report.sections:
        assert section.start == end
        check_section(section, 0, len(text))
        end = section.end
    assert end == len(text)
    for item in list(report.walk_items()):
        assert text[item.span] == item.text
        assert item.text.startswith(item.marker)
        assert item.lead in item.text
    for diagnostic in report.diagnostics:
        assert 0 <= diagnostic.start <= diagnostic.end <= len(text)
    roles = {p.role for p in pieces}
    assert roles <= set(Role)


def check_quantities(text: str) -> None:
    found = zhgovreport.extract_quantities(text)
    end = 0
    for q in found:
        assert end <= q.start < q.end <= len(text)
        assert text[q.span] == q.text
        end = q.end


@given(any_text)
def test_parse_never_raises_and_is_lossless(text: str) -> None:
    report = zhgovreport.parse(text)
    assert report.text is text or report.text == text
    check_lossless(report)


@given(any_text)
def test_extract_quantities_never_raises_and_keeps_spans(text: str) -> None:
    check_quantities(text)


@given(any_text)
def test_parse_is_deterministic_and_idempotent(text: str) -> None:
    first = zhgovreport.parse(text)
    second = zhgovreport.parse(text)
    assert first == second
    assert zhgovreport.parse(first.text) == first
    assert zhgovreport.extract_quantities(text) == zhgovreport.extract_quantities(text)


@given(any_text)
def test_to_json_is_to_dict_through_json(text: str) -> None:
    report = zhgovreport.parse(text)
    as_dict = report.to_dict()
    assert json.loads(report.to_json()) == json.loads(json.dumps(as_dict, ensure_ascii=False))
    assert json.loads(report.to_json(indent=None)) == json.loads(report.to_json())
    assert as_dict["text"] == text


@given(reports())
def test_report_quantities_lie_in_their_sections(text: str) -> None:
    report = zhgovreport.parse(text)
    for q in zhgovreport.extract_quantities(report):
        assert text[q.span] == q.text


def marker_spans(report: Report) -> list[tuple[int, int]]:
    """Where the report's outline markers and item markers are."""
    spans = []
    for section in report.walk():
        if not section.implicit:
            at = report.text.index(section.marker, section.start)
            spans.append((at, at + len(section.marker)))
    for item in list(report.walk_items()):
        spans.append((item.start, item.start + len(item.marker)))
    return spans


@given(outlines(fragment=None, max_depth=4, figures=True))
def test_report_quantities_are_the_embedded_figures_with_their_sections(case: OutlineCase) -> None:
    # Figures from strategies.quantities() put into body sentences and list entries of a generated
    # outline: report.quantities() finds exactly them (nothing from markers, years or the header),
    # with the values of the quantities spec, and the path of the section whose body holds each.
    report = zhgovreport.parse(case.text)
    found = zhgovreport.extract_quantities(report)
    assert [(q.start, q.end) for q in found] == [(f.start, f.end) for f in case.figures]
    paths = case.paths()
    for q, figure in zip(found, case.figures):
        expected = figure.quantity
        assert (q.text, q.value, q.unit, q.kind, q.approx) == (
            expected.text, expected.value, expected.unit, expected.kind, expected.approx
        )
        assert q.path == (paths[figure.heading] if figure.heading >= 0 else ())
    markers = marker_spans(report) + list(case.list_markers)
    for q in found:
        assert not any(q.start < end and start < q.end for start, end in markers), q

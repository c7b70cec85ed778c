"""Properties of every report, whatever the input (issue 4).

Inputs: any ``str`` (``st.text()``, the full Unicode range without
surrogates), the seed reports in seeds/ and slices of the corpus in
tests/fixtures/corpus/ damaged by strategies.mutated (deleted and duplicated
lines, swapped markers, inserted noise, truncation), and generated reports
(strategies.reports).

* totality: ``parse`` and ``extract_quantities`` never raise on a ``str``;
* lossless: the pieces tile the text from 0 in order, every node's span
  slices back to its source, children sit inside their parents;
* determinism: the same text gives equal reports whatever was parsed before
  (the fold cache holds only the last texts);
* fold invariance: a text written with Traditional characters and fullwidth
  forms gives the same structure, spans and figures as its folded form;
* figures of a report sit in the innermost section around them;
* JSON: ``to_json`` of a small report is the record written out by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import assume, given
from hypothesis import strategies as st

import zhgovreport
from zhgovreport import Report, Role, Style
from zhgovreport.numbering import bare_numeral, match_marker
from zhgovreport.strategies import OutlineCase, mutated, outlines, reports
from zhgovreport.text import FOLD_TABLE, fold
from zhgovreport.text.lines import unbreak

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


def fragments() -> st.SearchStrategy[str]:
    """Generated outlines that start below the top level or with a numbering fault."""
    return outlines(fragment=True, max_depth=3).map(lambda case: case.text) | outlines(
        fragment=None, max_depth=3, inject="gap"
    ).map(lambda case: case.text)


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
        if not section.implicit:  # a title broken across lines reads across the breaks
            assert section.title in unbreak(text[section.heading_span])
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
        assert item.lead in unbreak(item.text)
    for diagnostic in report.diagnostics:
        assert 0 <= diagnostic.start <= diagnostic.end <= len(text)
    roles = {p.role for p in pieces}
    assert roles <= set(Role)
    notes = [(n.start, n.end) for n in report.notes]
    assert [(p.start, p.end) for p in pieces if p.role is Role.NOTE] == notes
    for note in report.notes:
        assert text[note.span].startswith(note.marker) and note.text in unbreak(text[note.span])


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


@given(
    st.one_of(any_text, reports(), fragments()),
    st.lists(st.one_of(st.sampled_from(SEED_TEXTS + CORPUS_TEXTS), fragments()), min_size=1, max_size=3),
)
def test_results_do_not_depend_on_what_was_parsed_before(text: str, others: list[str]) -> None:
    # No state survives a call.  The fold cache keeps the last two long texts; a text of the
    # same length parsed just before (the reversed text) must not lend it its fold: every
    # marker, sliced from this text, folds to a marker of its section's style and number.
    zhgovreport.parse(text[::-1])
    first = zhgovreport.parse(text)
    for section in first.walk():
        if not section.implicit and section.style is not Style.UNNUMBERED:  # a part title has no marker
            marker = fold(section.marker)
            hit = match_marker(marker) or bare_numeral(marker, 0, len(marker))  # 一、 or a bare 一
            assert hit is not None and (hit.style, hit.number) == (section.style, section.number), section
    figures = zhgovreport.extract_quantities(first)
    for q in figures:
        assert zhgovreport.parse_quantity(q.text).value == q.value
    for other in others:  # evict it, and leave other texts' state behind
        zhgovreport.extract_quantities(zhgovreport.parse(other))
    again = zhgovreport.parse("".join(list(text)))  # an equal string that is another object
    assert again == first
    assert zhgovreport.extract_quantities(again) == figures


# Every character folding changes, grouped by what it folds to: a Simplified or ASCII
# character can be written as any of them (萬 for 万, ３ for 3, （ for ().
_UNFOLD: dict[str, list[str]] = {}
for _code, _folded in FOLD_TABLE.items():
    if chr(_code) != _folded and fold(_folded) == _folded:
        _UNFOLD.setdefault(_folded, []).append(chr(_code))


@st.composite
def unfolded(draw: st.DrawFn, base: st.SearchStrategy[str]) -> tuple[str, str]:
    """``(text, variant)``: a folded text, and the same text with some characters unfolded."""
    text = fold(draw(base))
    assume(fold(text) == text)  # a few characters fold in two steps (薴 → 苧 → 苎)
    chars = list(text)
    for k, char in enumerate(chars):
        forms = _UNFOLD.get(char)
        if forms and draw(st.booleans()):
            chars[k] = draw(st.sampled_from(forms))
    return text, "".join(chars)


def shape(report: Report) -> list[tuple[object, ...]]:
    """Everything about a report that must not depend on the script or the width of its characters."""
    out: list[tuple[object, ...]] = [(report.meta.start, report.meta.end, report.meta.kind, report.meta.year)]
    out.append((report.preamble_start, report.preamble_end))
    out += [(s.depth, s.style, s.number, s.start, s.heading_end, s.end, s.path, s.part, fold(s.title)) for s in report.walk()]
    out += [(i.start, i.end, i.number, i.path, fold(i.lead)) for i in report.walk_items()]
    out += [(d.code, d.start, d.end) for d in report.diagnostics]
    return out


def figures(found: list[zhgovreport.Quantity]) -> list[tuple[object, ...]]:
    return [(q.start, q.end, q.value, q.unit, q.kind, q.approx, q.path) for q in found]


@given(unfolded(st.one_of(reports(), mutated(st.sampled_from(SEED_TEXTS)), corpus_slices())))
def test_fold_invariance(case: tuple[str, str]) -> None:
    # parse and extract_quantities read the folded text: 萬/万, ３/3, （/( give the same answers
    text, variant = case
    plain, written = zhgovreport.parse(text), zhgovreport.parse(variant)
    assert shape(written) == shape(plain)
    assert figures(zhgovreport.extract_quantities(written)) == figures(zhgovreport.extract_quantities(plain))
    assert figures(zhgovreport.extract_quantities(variant)) == figures(zhgovreport.extract_quantities(text))


def test_to_json_is_the_record_written_out() -> None:
    # the JSON of a small report, written by hand from the model's fields (docs/model.rst):
    # enums as their strings, dates in ISO form, tuples as lists, offsets into the text
    text = "某某市司法局2022年法治政府建设年度报告\n一、存在问题\n一是不够。\n"
    header = {"start": 0, "end": 21, "text": "某某市司法局2022年法治政府建设年度报告", "field": "title"}  # the line, without its break
    item = {"number": 1, "marker": "一是", "lead": "不够", "text": "一是不够。", "start": 29, "end": 34, "path": [1]}
    expected = {
        "text": text,
        "meta": {
            "title": "某某市司法局2022年法治政府建设年度报告", "agency": "某某市司法局", "year": 2022,
            "published": None, "source": None, "index_no": None, "doc_no": None,
            "kind": "fzzf_annual_report", "kind_cue": "title", "on_time": None, "start": 0, "end": 22, "lines": [header],
            "written": None,
            "provenance": [  # the title line gave the title; the title named the agency
                {"field": "title", "origin": "text", "key": "", "value": "某某市司法局2022年法治政府建设年度报告"},
                {"field": "agency", "origin": "text", "key": "title", "value": "某某市司法局"},
            ],
        },
        "preamble": [], "preamble_start": 22, "preamble_end": 22,
        "sections": [
            {
                "depth": 1, "style": "cn", "number": 1, "marker": "一、", "title": "存在问题",
                "body": ["一是不够。"], "children": [], "items": [item],
                "start": 22, "end": len(text), "heading_end": 28, "path": [1], "implicit": False,
                "part": "shortcomings",
            }
        ],
        "preamble_items": [], "diagnostics": [], "encoding": None,
        "encoding_basis": None, "source_format": "text", "page": None, "notes": [],
    }  # fmt: skip
    report = zhgovreport.parse(text)
    assert json.loads(report.to_json()) == expected
    assert json.loads(report.to_json(indent=None)) == expected


@given(any_text)
def test_to_json_keeps_the_text(text: str) -> None:
    decoded = json.loads(zhgovreport.parse(text).to_json(indent=None))
    assert decoded["text"] == text


def innermost(report: Report, pos: int) -> zhgovreport.Section | None:
    """The deepest section whose span holds ``pos``, found by looking at every section."""
    around = [s for s in report.walk() if s.start <= pos < s.end]
    return max(around, key=lambda s: s.depth) if around else None


@given(st.one_of(reports(), mutated(st.sampled_from(SEED_TEXTS)), corpus_slices()))
def test_report_quantities_lie_in_their_sections(text: str) -> None:
    report = zhgovreport.parse(text)
    for q in zhgovreport.extract_quantities(report):
        assert text[q.span] == q.text
        section = innermost(report, q.start)
        assert q.path == (section.path if section else ())
        assert q.section == (section.title if section else None)
        assert q.sentence is not None and q.text in q.sentence


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

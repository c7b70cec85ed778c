"""Properties: parse(render(tree)) gives back the tree (issue 4).

Trees, their text and the expected flat outline come from
zhgovreport.strategies.outlines (see its docstring).  The implicit-parent
rule is issue 2's: a fragment that starts below the top and later climbs
gets an implicit parent (top style, number = climbing heading's number - 1,
empty title, depth 1); one that never climbs keeps its sections at depth 1.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import zhgovreport
from zhgovreport import DiagnosticCode, Report, Style
from zhgovreport.strategies import OutlineCase, markers, outlines

NUMBERING = {DiagnosticCode.DUPLICATE, DiagnosticCode.GAP, DiagnosticCode.RESTART, DiagnosticCode.NOT_FIRST}


def outline_of(report: Report) -> list[tuple[int, Style, int, str, bool]]:
    return [(s.depth, s.style, s.number, s.title, s.implicit) for s in report.walk()]


def items_of(report: Report) -> list[list[tuple[int, str]]]:
    return [[(i.number, i.lead) for i in report.items]] + [
        [(i.number, i.lead) for i in s.items] for s in report.walk()
    ]


@given(outlines(max_depth=4))
def test_parse_gives_back_the_outline(case: OutlineCase) -> None:
    report = zhgovreport.parse(case.text)
    assert outline_of(report) == case.outline()


@given(outlines(max_depth=4))
def test_parse_gives_back_the_items(case: OutlineCase) -> None:
    report = zhgovreport.parse(case.text)
    assert items_of(report) == case.items()


@given(outlines(max_depth=3))
def test_sections_start_at_their_heading_line(case: OutlineCase) -> None:
    report = zhgovreport.parse(case.text)
    sections = list(report.walk())
    assert len(sections) == len(case.headings)
    for section, expected in zip(sections, case.headings):
        if not expected.implicit:
            assert section.start == expected.start
            assert case.text[section.heading_span].endswith(expected.title) or case.text[
                section.heading_span
            ].rstrip().endswith(expected.title + "。")


@given(outlines(fragment=True, max_depth=4))
def test_fragments_get_an_implicit_parent_only_when_they_climb(case: OutlineCase) -> None:
    report = zhgovreport.parse(case.text)
    assert outline_of(report) == case.outline()
    assert items_of(report) == case.items()
    implicit = any(h.implicit for h in case.headings)
    assert (DiagnosticCode.IMPLICIT_PARENT in {d.code for d in report.diagnostics}) == implicit


@given(outlines(max_depth=4))
def test_a_clean_tree_has_no_numbering_diagnostics(case: OutlineCase) -> None:
    report = zhgovreport.parse(case.text)
    assert [d for d in report.diagnostics if d.code in NUMBERING] == []


@given(st.sampled_from(["duplicate", "gap"]).flatmap(lambda code: outlines(inject=code)))  # type: ignore[arg-type]
def test_an_injected_fault_is_diagnosed_at_its_heading(case: OutlineCase) -> None:
    assert case.injection is not None
    report = zhgovreport.parse(case.text)
    heading = case.headings[case.injection.heading]
    code = DiagnosticCode(case.injection.code)
    hits = [d for d in report.diagnostics if d.code is code and d.start <= heading.line_end and d.end >= heading.start]
    assert hits, (code, heading, report.diagnostics)
    assert outline_of(report) == case.outline()


@given(st.sampled_from(list(Style)).flatmap(lambda style: st.tuples(st.just(style), markers(style))))
def test_one_heading_of_any_style_and_number(case: tuple[Style, tuple[int, str]]) -> None:
    style, (number, marker) = case
    report = zhgovreport.parse(marker + "加强组织领导\n持续推进法治政府建设。\n")
    assert [(s.style, s.number, s.title) for s in report.walk()] == [(style, number, "加强组织领导")]

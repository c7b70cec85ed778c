"""Properties of the genre and parts stages over generated reports (``strategies.part_reports``).

Each case is built from real headings whose part is known, in Simplified or
Traditional script with ASCII or fullwidth digits; the expected genre, cue
and parts are worked out while the text is built.  Folding (Traditional →
Simplified, fullwidth → ASCII) must change none of them.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import zhgovreport
from zhgovreport import strategies
from zhgovreport.model import KindCue, ReportKind
from zhgovreport.locate import part_at
from zhgovreport.strategies import PartsCase
from zhgovreport.text import fold
from zhgovreport.text._t2s import SIMPLIFIED, TRADITIONAL

_TO_TRADITIONAL = str.maketrans({s: t for t, s in zip(TRADITIONAL, SIMPLIFIED) if t != s})
_TO_FULLWIDTH = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789,:;()!?"})


def _read(text: str) -> tuple[Any, ...]:
    report = zhgovreport.parse(text)
    return (
        report.meta.kind,
        report.meta.kind_cue,
        report.meta.year,
        tuple((s.path, s.part, part_at(report, s.path)) for s in report.walk()),
    )


@settings(max_examples=300, deadline=None)
@given(strategies.part_reports())
def test_part_reports_parse_as_built(case: PartsCase) -> None:
    report = zhgovreport.parse(case.text)
    assert (report.meta.kind, report.meta.kind_cue) == (case.kind, case.cue)
    assert tuple(s.part for s in report.sections) == case.parts
    assert tuple(tuple(c.part for c in s.children) for s in report.sections) == case.sub_parts
    for section, part in zip(report.sections, case.parts):
        for child, own in zip(section.children, case.sub_parts[section.path[0] - 1]):
            assert part_at(report, child.path) is (own or part)  # a child without a part is its parent's


@settings(max_examples=200, deadline=None)
@given(strategies.part_reports(), st.sampled_from(["traditional", "fullwidth", "both"]))
def test_folding_does_not_change_genre_or_parts(case: PartsCase, variant: str) -> None:
    """The whole text in Traditional script and/or fullwidth forms reads like the text."""
    text = case.text
    if variant != "fullwidth":
        text = text.translate(_TO_TRADITIONAL)
    if variant != "traditional":
        text = text.translate(_TO_FULLWIDTH)
    assert _read(text) == _read(case.text)


@settings(max_examples=100, deadline=None)
@given(strategies.part_reports(ReportKind.GOV_WORK_REPORT))
def test_a_gwr_never_gets_the_parts_of_a_fzzf_report(case: PartsCase) -> None:
    report = zhgovreport.parse(case.text)
    assert {s.part for s in report.walk()} <= {None, *zhgovreport.Part.__members__.values()} - {
        zhgovreport.Part.ACHIEVEMENTS,
        zhgovreport.Part.SHORTCOMINGS,
        zhgovreport.Part.LEADERSHIP,
        zhgovreport.Part.PLANS,
    }


@settings(max_examples=100, deadline=None)
@given(strategies.part_reports())
def test_part_reports_builds_what_it_claims(case: PartsCase) -> None:
    """Without the parser: one `一、` line per expected part, one `（一）` line per expected child part."""
    lines = case.text.split("\n")
    tops = [line for line in lines if "、" in line[:3] and not line.startswith("（")]
    children = [line for line in lines if line.startswith("（")]
    assert len(tops) == len(case.parts) == len(case.sub_parts)
    assert len(children) == sum(len(sub) for sub in case.sub_parts)
    first = fold(lines[0])
    expected_first = {KindCue.TITLE: "XX县2022年法治政府建设年度报告", KindCue.PREAMBLE: "现将2022年法治政府建设情况报告如下:"}
    assert first == ("各位代表:" if case.kind is ReportKind.GOV_WORK_REPORT else expected_first[case.cue])

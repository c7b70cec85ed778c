"""Flat views of a parsed report: the rows the command line prints.

Each function turns a :class:`~zhgovreport.model.Report` into plain dicts of
JSON-safe values (strings, ints, ``None``), one idea each: the outline as
indented lines, one row per figure, one summary row per report.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

from zhgovreport.model import Part, Report, ReportKind
from zhgovreport.quantities import extract_quantities
from zhgovreport.text.lines import split_lines

__all__ = [
    "QUANTITY_FIELDS",
    "REQUIRED_PARTS",
    "SUMMARY_FIELDS",
    "outline_lines",
    "quantity_rows",
    "summary_row",
]

QUANTITY_FIELDS = (
    "file", "path", "section", "text", "value", "unit", "kind", "approx", "start", "end",
)  # fmt: skip
"""Columns of :func:`quantity_rows`, in order."""

SUMMARY_FIELDS = (
    "file", "title", "agency", "year", "published", "kind", "on_time",
    "parts_found", "parts_missing", "sections", "items", "quantities",
)  # fmt: skip
"""Columns of :func:`summary_row`, in order."""

REQUIRED_PARTS = (Part.ACHIEVEMENTS, Part.SHORTCOMINGS, Part.LEADERSHIP, Part.PLANS)
"""The parts a 法治政府建设年度报告 must have (``other`` is optional)."""


def _dotted(path: tuple[int, ...]) -> str:
    return ".".join(str(n) for n in path)


def outline_lines(report: Report) -> Iterator[str]:
    """The indented tree: marker, title, item count; then the diagnostics with their line numbers.

    Line numbers count ``\\n``, ``\\r\\n`` and a lone ``\\r`` alike (the line
    table), found by bisection: one pass over the text for all diagnostics.

    >>> from zhgovreport import parse
    >>> print("\\n".join(outline_lines(parse("一、回顾\\n一是甲。二是乙。\\n二、问题\\n"))))
    一、回顾  [2 items]
    二、问题
    >>> print("\\n".join(outline_lines(parse("一、甲\\r三、乙\\r"))))
    一、甲
    三、乙
    ! line 2: gap: 三、 follows number 1: numbers skipped
    """
    for section in report.walk():
        indent = "  " * (section.depth - 1)
        marker = "(implicit)" if section.implicit else section.marker
        count = f"  [{len(section.items)} items]" if section.items else ""
        part = f"  <{section.part}>" if section.part is not None else ""
        yield f"{indent}{marker}{section.title}{count}{part}"
    if report.diagnostics:
        starts = [line.start for line in split_lines(report.text)]
        for diagnostic in report.diagnostics:
            line = max(1, bisect.bisect_right(starts, diagnostic.start))
            yield f"! line {line}: {diagnostic.code}: {diagnostic.message}"


def quantity_rows(report: Report, file: str = "") -> Iterator[dict[str, Any]]:
    """One row per figure in ``report``, with the columns of :data:`QUANTITY_FIELDS`."""
    for quantity in extract_quantities(report):
        yield {
            "file": file,
            "path": _dotted(quantity.path),
            "section": quantity.section or "",
            "text": quantity.text,
            "value": str(quantity.value),
            "unit": quantity.unit or "",
            "kind": str(quantity.kind),
            "approx": str(quantity.approx),
            "start": quantity.start,
            "end": quantity.end,
        }


def summary_row(report: Report, file: str = "") -> dict[str, Any]:
    """One row describing ``report``, with the columns of :data:`SUMMARY_FIELDS`.

    ``parts_missing`` lists the required parts not found; it is empty for a
    report that is not a 法治政府建设年度报告 (a 政府工作报告 has parts of its
    own, none of them required).
    """
    meta = report.meta
    found = [str(s.part) for s in report.sections if s.part is not None]
    applies = meta.kind is ReportKind.FZZF_ANNUAL_REPORT or any(s.part in REQUIRED_PARTS for s in report.sections)
    missing = [str(p) for p in REQUIRED_PARTS if applies and str(p) not in found]
    sections = list(report.walk())
    return {
        "file": file,
        "title": meta.title or "",
        "agency": meta.agency or "",
        "year": meta.year if meta.year is not None else "",
        "published": meta.published.isoformat() if meta.published else "",
        "kind": str(meta.kind),
        "on_time": "" if meta.on_time is None else str(meta.on_time).lower(),
        "parts_found": ",".join(dict.fromkeys(found)),
        "parts_missing": ",".join(missing),
        "sections": len(sections),
        "items": sum(1 for _ in report.walk_items()),
        "quantities": len(extract_quantities(report)),
    }

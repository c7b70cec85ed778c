"""Flat views of a parsed report: the rows the command line prints.

Each function turns a :class:`~zhgovreport.model.Report` into plain dicts of
JSON-safe values (strings, ints, ``None``), one idea each: the outline as
indented lines, one row per figure, one summary row per report.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

from zhgovreport.indicators import extract_indicators
from zhgovreport.model import Part, Report, ReportKind
from zhgovreport.quantities import extract_quantities
from zhgovreport.text.lines import split_lines

__all__ = [
    "INDICATOR_FIELDS",
    "QUANTITY_FIELDS",
    "REQUIRED_PARTS",
    "SUMMARY_FIELDS",
    "indicator_rows",
    "outline_lines",
    "quantity_rows",
    "summary_row",
]

QUANTITY_FIELDS = (
    "file", "path", "section", "text", "value", "unit", "kind", "approx", "start", "end",
)  # fmt: skip
"""Columns of :func:`quantity_rows`, in order."""

INDICATOR_FIELDS = (
    "file", "agency", "year", "period", "path", "part", "name", "text", "value", "unit", "kind",
    "approx", "aspect", "direction", "basis", "target", "sentence",
)  # fmt: skip
"""Columns of :func:`indicator_rows`, in order: one row per indicator (the panel table)."""

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


def indicator_rows(report: Report, file: str = "") -> Iterator[dict[str, Any]]:
    """One row per indicator in ``report``, with the columns of :data:`INDICATOR_FIELDS`.

    ``year`` is the year the figure refers to, or empty when it refers to a span
    of years, which ``period`` gives as ``first-last`` (a five-year target);
    ``text`` is the figure as written; ``target`` is ``true`` or ``false``.

    >>> from zhgovreport import parse
    >>> report = parse("一、2022年工作回顾\\n粮食产量比上年增加178亿斤。\\n")
    >>> row = next(indicator_rows(report, "a.txt"))
    >>> row["name"], row["value"], row["aspect"], row["direction"], row["basis"], row["year"]
    ('粮食产量', '17800000000', 'change', 'up', '比上年', 2022)
    """
    agency = report.meta.agency or ""
    for indicator in extract_indicators(report):
        q = indicator.quantity
        period = indicator.period
        yield {
            "file": file,
            "agency": agency,
            "year": indicator.year if indicator.year is not None else "",
            "period": f"{period[0]}-{period[1]}" if period is not None else "",
            "path": _dotted(indicator.path),
            "part": str(indicator.part) if indicator.part is not None else "",
            "name": indicator.name or "",
            "text": q.text,
            "value": str(q.value),
            "unit": q.unit or "",
            "kind": str(q.kind),
            "approx": str(q.approx),
            "aspect": str(indicator.aspect),
            "direction": str(indicator.direction) if indicator.direction is not None else "",
            "basis": indicator.basis or "",
            "target": "true" if indicator.target else "false",
            "sentence": q.sentence or "",
        }


def summary_row(report: Report, file: str = "") -> dict[str, Any]:
    """One row describing ``report``, with the columns of :data:`SUMMARY_FIELDS`.

    ``parts_missing`` lists the required parts not found; it is empty for a
    report that is not a 法治政府建设年度报告 (those have no parts).
    """
    meta = report.meta
    found = [str(s.part) for s in report.sections if s.part is not None]
    applies = meta.kind is ReportKind.FZZF_ANNUAL_REPORT or bool(found)
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

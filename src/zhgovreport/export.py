"""Flat views of a parsed report: the rows of the command line and of the tables.

Each row function turns a :class:`~zhgovreport.model.Report` into plain dicts,
one idea each: one row per report, per section, per figure, per date.  Values are
typed (``str``, ``int``, ``bool``, :class:`~decimal.Decimal`,
:class:`~datetime.date`, or ``None`` for "not stated"); :func:`csv_value`
and :func:`json_value` say how a value is written as text.

:data:`TABLES` is the registry every batch consumer reads: the command line
(one subcommand per table), :mod:`zhgovreport.table` (pandas) and
:mod:`zhgovreport.dask`.  A new kind of row is one :class:`Table` entry: its
name, the row function and the typed :class:`Column`\\ s.
"""

from __future__ import annotations

import bisect
import datetime
import decimal
import enum
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import attrs

from zhgovreport.dates import extract_dates
from zhgovreport.indicators import extract_indicators
from zhgovreport.model import Part, Quantity, Report, ReportKind
from zhgovreport.quantities import extract_quantities
from zhgovreport.text.lines import split_lines

__all__ = [
    "DATE_FIELDS",
    "INDICATOR_FIELDS",
    "QUANTITY_FIELDS",
    "REQUIRED_PARTS",
    "SECTION_FIELDS",
    "SUMMARY_FIELDS",
    "TABLES",
    "Column",
    "ColumnType",
    "Table",
    "csv_value",
    "date_rows",
    "indicator_rows",
    "json_value",
    "outline_lines",
    "quantity_rows",
    "section_rows",
    "summary_row",
    "summary_rows",
    "table_rows",
]

REQUIRED_PARTS = (Part.ACHIEVEMENTS, Part.SHORTCOMINGS, Part.LEADERSHIP, Part.PLANS)
"""The parts a 法治政府建设年度报告 must have (``other`` is optional)."""


class ColumnType(str, enum.Enum):
    """The type of a table column: what its row values are, and its pandas/Arrow type."""

    STR = "str"
    """``str``: pandas ``string``, Arrow ``large_string``."""
    INT = "int"
    """``int``: pandas ``int64`` (``Int64`` when nullable), Arrow ``int64``."""
    BOOL = "bool"
    """``bool``: pandas ``boolean``, Arrow ``bool``."""
    DECIMAL = "decimal"
    """:class:`~decimal.Decimal`, kept exact as its decimal string (``"0.81"``): pandas
    ``string``, Arrow ``large_string``.  Read it back with :class:`~decimal.Decimal`."""
    DATE = "date"
    """:class:`~datetime.date`: pandas ``date32[day][pyarrow]``, Arrow ``date32``."""

    def __str__(self) -> str:
        return str(self.value)


@attrs.frozen
class Column:
    """One column of a :class:`Table`: its name, type, and whether it may be ``None``."""

    name: str
    type: ColumnType
    nullable: bool = False
    doc: str = ""


RowFunction = Callable[[Report, str], Iterable[dict[str, Any]]]
"""``rows(report, file)``: the rows of one parsed report; ``file`` is its name."""


@attrs.frozen
class Table:
    """A kind of row: ``zhgovreport COMMAND``, ``zhgovreport.table.NAME(paths)``, ``zhgovreport.dask.NAME(paths)``.

    ``rows(report, file)`` gives the rows of one report as dicts whose keys
    are the column names, in order.
    """

    name: str
    command: str
    rows: RowFunction
    columns: tuple[Column, ...]
    doc: str

    @property
    def fields(self) -> tuple[str, ...]:
        """The column names, in order (``file`` first)."""
        return tuple(column.name for column in self.columns)


def csv_value(value: Any) -> str:
    """A row value as CSV/TSV text: ``None`` → empty, ``True`` → ``true``, dates in ISO form.

    >>> [csv_value(v) for v in (None, True, decimal.Decimal("0.81"), datetime.date(2023, 2, 23), 7)]
    ['', 'true', '0.81', '2023-02-23', '7']
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def json_value(value: Any) -> Any:
    """A row value as JSON: ``Decimal`` as its exact string, dates in ISO form, the rest as is.

    >>> [json_value(v) for v in (None, True, decimal.Decimal("0.81"), datetime.date(2023, 2, 23), 7)]
    [None, True, '0.81', '2023-02-23', 7]
    """
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


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


FILE_COLUMN = Column("file", ColumnType.STR, doc="the file the report was read from")
"""The first column of every table."""

QUANTITY_COLUMNS = (
    FILE_COLUMN,
    Column("path", ColumnType.STR, doc="the innermost section's path, dotted (empty in the preamble)"),
    Column("section", ColumnType.STR, nullable=True, doc="that section's title (none in the preamble)"),
    Column("text", ColumnType.STR, doc="the figure as written"),
    Column("value", ColumnType.DECIMAL, doc="the exact value (the low bound of a vague pair)"),
    Column("upper", ColumnType.DECIMAL, nullable=True, doc="the high bound of a vague pair (七八十万), else none"),
    Column("unit", ColumnType.STR, nullable=True, doc="the unit, Simplified (none for a bare number)"),
    Column("kind", ColumnType.STR, doc="a Kind value"),
    Column("approx", ColumnType.STR, doc="an Approx value"),
    Column("start", ColumnType.INT, doc="offset of the figure in the report's text"),
    Column("end", ColumnType.INT, doc="offset of its end"),
)

QUANTITY_FIELDS = tuple(column.name for column in QUANTITY_COLUMNS)
"""Columns of :func:`quantity_rows`, in order."""


def quantity_rows(report: Report, file: str = "") -> Iterator[dict[str, Any]]:
    """One row per figure in ``report``, with the columns of :data:`QUANTITY_FIELDS`.

    >>> from zhgovreport import parse
    >>> next(quantity_rows(parse("一、成效\\n审结305件。\\n"), "a.txt"))
    {'file': 'a.txt', 'path': '1', 'section': '成效', 'text': '305件', 'value': Decimal('305'), 'upper': None, 'unit': '件', 'kind': 'count', 'approx': 'exact', 'start': 7, 'end': 11}
    """
    for quantity in extract_quantities(report):
        yield {"file": file, "path": _dotted(quantity.path), "section": quantity.section, **_figure(quantity)}


_FIGURE = ("text", "value", "upper", "unit", "kind", "approx", "start", "end")
"""The columns a figure gives every table it is a row of, in order."""

_INDICATOR_FIGURE = _FIGURE[:6]
"""The figure's columns in the indicators table (its span comes last there)."""


def _figure(quantity: Quantity, columns: tuple[str, ...] = _FIGURE) -> dict[str, Any]:
    """The figure's columns (:data:`_FIGURE`, or the first of them): one home for what they hold."""
    values = (
        quantity.text,
        quantity.value,
        quantity.upper,
        quantity.unit,
        quantity.kind.value,
        quantity.approx.value,
        quantity.start,
        quantity.end,
    )
    return dict(zip(columns, values))


INDICATOR_COLUMNS = (
    FILE_COLUMN,
    Column("agency", ColumnType.STR, nullable=True, doc="the issuing body"),
    Column("year", ColumnType.INT, nullable=True, doc="the year the figure refers to (none for a span of years)"),
    Column("period", ColumnType.STR, nullable=True, doc="the span of years it refers to, first-last (a five-year target)"),
    Column("path", ColumnType.STR, doc="the innermost section's path, dotted (empty in the preamble)"),
    Column("part", ColumnType.STR, nullable=True, doc="a Part value of that section, or none"),
    Column("name", ColumnType.STR, nullable=True, doc="what the figure measures, as written (none: nothing names it)"),
    Column("text", ColumnType.STR, doc="the figure as written"),
    Column("value", ColumnType.DECIMAL, doc="the exact value (the low bound of a vague pair)"),
    Column("upper", ColumnType.DECIMAL, nullable=True, doc="the high bound of a vague pair, else none"),
    Column("unit", ColumnType.STR, nullable=True, doc="the unit, Simplified (none for a bare number)"),
    Column("kind", ColumnType.STR, doc="a Kind value"),
    Column("approx", ColumnType.STR, doc="an Approx value"),
    Column("aspect", ColumnType.STR, doc="an Aspect value: level, change or base"),
    Column("direction", ColumnType.STR, nullable=True, doc="a Direction value: up or down (none for a level)"),
    Column("basis", ColumnType.STR, nullable=True, doc="what a change is measured against, as written"),
    Column("target", ColumnType.BOOL, doc="planned or required, not achieved"),
    Column("sentence", ColumnType.STR, nullable=True, doc="the sentence around the figure"),
    Column("start", ColumnType.INT, doc="offset of the figure in the report's text"),
    Column("end", ColumnType.INT, doc="offset of its end"),
)

INDICATOR_FIELDS = tuple(column.name for column in INDICATOR_COLUMNS)
"""Columns of :func:`indicator_rows`, in order: the panel table (report × indicator × year)."""


def indicator_rows(report: Report, file: str = "") -> Iterator[dict[str, Any]]:
    """One row per indicator in ``report``, with the columns of :data:`INDICATOR_FIELDS`.

    ``year`` is ``None`` when the figure refers to a span of years, which
    ``period`` gives as ``first-last``.

    >>> from zhgovreport import parse
    >>> row = next(indicator_rows(parse("一、2022年工作回顾\\n粮食产量比上年增加178亿斤。\\n"), "a.txt"))
    >>> row["name"], row["value"], row["aspect"], row["direction"], row["basis"], row["year"], row["target"]
    ('粮食产量', Decimal('17800000000'), 'change', 'up', '比上年', 2022, False)
    """
    agency = report.meta.agency
    dotted: dict[tuple[int, ...], str] = {}
    for indicator in extract_indicators(report):
        q = indicator.quantity
        period = indicator.period
        path = indicator.path
        if path not in dotted:
            dotted[path] = _dotted(path)
        yield {
            "file": file,
            "agency": agency,
            "year": indicator.year,
            "period": None if period is None else f"{period[0]}-{period[1]}",
            "path": dotted[path],
            "part": None if indicator.part is None else indicator.part.value,
            "name": indicator.name,
            **_figure(q, _INDICATOR_FIGURE),
            "aspect": indicator.aspect.value,
            "direction": None if indicator.direction is None else indicator.direction.value,
            "basis": indicator.basis,
            "target": indicator.target,
            "sentence": q.sentence,
            "start": q.start,
            "end": q.end,
        }


DATE_COLUMNS = (
    FILE_COLUMN,
    Column("path", ColumnType.STR, doc="the innermost section's path, dotted (empty in the preamble and header)"),
    Column("text", ColumnType.STR, doc="the mention as written"),
    Column("first", ColumnType.DATE, nullable=True, doc="the first day of its first year, month or day (none: no year known)"),
    Column("last", ColumnType.DATE, nullable=True, doc="the first day of its last year, month or day (none: no year known)"),
    Column("resolution", ColumnType.STR, doc="a Resolution value: year, month or day"),
    Column("kind", ColumnType.STR, doc="a DateKind value"),
    Column("sentence", ColumnType.STR, doc="the sentence the mention is in"),
)

DATE_FIELDS = tuple(column.name for column in DATE_COLUMNS)
"""Columns of :func:`date_rows`, in order."""


def date_rows(report: Report, file: str = "") -> Iterator[dict[str, Any]]:
    """One row per date mention in ``report``, with the columns of :data:`DATE_FIELDS`.

    ``first`` and ``last`` are :class:`~datetime.date`\\ s (``None`` when the
    mention needs a year the report does not give).

    >>> from zhgovreport import parse
    >>> [(r["text"], r["first"], r["kind"]) for r in date_rows(parse("2022年年度报告\\n一、成效\\n比上年增长。\\n"))]
    [('2022年', datetime.date(2022, 1, 1), 'date'), ('上年', datetime.date(2021, 1, 1), 'relative')]
    """
    for mention in extract_dates(report):
        yield {
            "file": file,
            "path": _dotted(mention.path),
            "text": mention.text,
            "first": mention.first,
            "last": mention.last,
            "resolution": str(mention.resolution),
            "kind": str(mention.kind),
            "sentence": mention.sentence or "",
        }


SECTION_COLUMNS = (
    FILE_COLUMN,
    Column("path", ColumnType.STR, doc="the section's path, dotted (1.2 = the second child of the first)"),
    Column("depth", ColumnType.INT, doc="1 for a top-level section"),
    Column("marker", ColumnType.STR, doc="the outline marker as written (empty for an implicit section)"),
    Column("title", ColumnType.STR, doc="the heading's title"),
    Column("style", ColumnType.STR, doc="a Style value"),
    Column("part", ColumnType.STR, nullable=True, doc="a Part value (法治政府 reports) or none"),
    Column("implicit", ColumnType.BOOL, doc="the parser supplied this section"),
    Column("items", ColumnType.INT, doc="the number of inline items"),
    Column("start", ColumnType.INT, doc="offset of the heading in the report's text"),
    Column("end", ColumnType.INT, doc="offset of the section's end"),
)

SECTION_FIELDS = tuple(column.name for column in SECTION_COLUMNS)
"""Columns of :func:`section_rows`, in order."""


def section_rows(report: Report, file: str = "") -> Iterator[dict[str, Any]]:
    """One row per section of ``report``, depth first, with the columns of :data:`SECTION_FIELDS`.

    >>> from zhgovreport import parse
    >>> [(r["path"], r["marker"], r["title"], r["items"]) for r in section_rows(parse("一、回顾\\n一是甲。二是乙。\\n（一）细节\\n"))]
    [('1', '一、', '回顾', 2), ('1.1', '（一）', '细节', 0)]
    """
    for section in report.walk():
        yield {
            "file": file,
            "path": _dotted(section.path),
            "depth": section.depth,
            "marker": section.marker,
            "title": section.title,
            "style": str(section.style),
            "part": None if section.part is None else str(section.part),
            "implicit": section.implicit,
            "items": len(section.items),
            "start": section.start,
            "end": section.end,
        }


SUMMARY_COLUMNS = (
    FILE_COLUMN,
    Column("title", ColumnType.STR, nullable=True, doc="the report's title"),
    Column("agency", ColumnType.STR, nullable=True, doc="the issuing body"),
    Column("year", ColumnType.INT, nullable=True, doc="the year reported on"),
    Column("published", ColumnType.DATE, nullable=True, doc="the publication date"),
    Column("kind", ColumnType.STR, doc="a ReportKind value"),
    Column("on_time", ColumnType.BOOL, nullable=True, doc="published by the deadline (none: unknown)"),
    Column("parts_found", ColumnType.STR, doc="the parts found, comma-separated"),
    Column("parts_missing", ColumnType.STR, doc="the required parts not found, comma-separated"),
    Column("sections", ColumnType.INT, doc="the number of sections"),
    Column("items", ColumnType.INT, doc="the number of items"),
    Column("quantities", ColumnType.INT, doc="the number of figures"),
)

SUMMARY_FIELDS = tuple(column.name for column in SUMMARY_COLUMNS)
"""Columns of :func:`summary_row`, in order."""


def summary_row(report: Report, file: str = "") -> dict[str, Any]:
    """One row describing ``report``, with the columns of :data:`SUMMARY_FIELDS`.

    ``parts_missing`` lists the required parts not found; it is empty for a
    report that is not a 法治政府建设年度报告 (a 政府工作报告 has parts of its
    own, none of them required).

    >>> from zhgovreport import parse
    >>> row = summary_row(parse("XX县司法局2022年法治政府建设年度报告\\n一、主要成效\\n"), "a.txt")
    >>> row["agency"], row["year"], row["published"], row["parts_found"], row["parts_missing"]
    ('XX县司法局', 2022, None, 'achievements', 'shortcomings,leadership,plans')
    """
    meta = report.meta
    found = [str(s.part) for s in report.sections if s.part is not None]
    applies = meta.kind is ReportKind.FZZF_ANNUAL_REPORT or any(s.part in REQUIRED_PARTS for s in report.sections)
    missing = [str(p) for p in REQUIRED_PARTS if applies and str(p) not in found]
    sections = list(report.walk())
    return {
        "file": file,
        "title": meta.title,
        "agency": meta.agency,
        "year": meta.year,
        "published": meta.published,
        "kind": str(meta.kind),
        "on_time": meta.on_time,
        "parts_found": ",".join(dict.fromkeys(found)),
        "parts_missing": ",".join(missing),
        "sections": len(sections),
        "items": sum(1 for _ in report.walk_items()),
        "quantities": len(extract_quantities(report)),
    }


def summary_rows(report: Report, file: str = "") -> Iterator[dict[str, Any]]:
    """:func:`summary_row` as a row function (one row)."""
    yield summary_row(report, file)


TABLES: Mapping[str, Table] = {
    table.name: table
    for table in (
        Table("reports", "summary", summary_rows, SUMMARY_COLUMNS, "one row per report: title, agency, year, kind, parts, counts"),
        Table("sections", "sections", section_rows, SECTION_COLUMNS, "one row per section: path, marker, title, style, part, items, span"),
        Table("quantities", "quantities", quantity_rows, QUANTITY_COLUMNS, "one row per figure: file, section, text, value, unit, kind, approx, span"),
        Table(
            "indicators",
            "indicators",
            indicator_rows,
            INDICATOR_COLUMNS,
            "one row per indicator: file, agency, year, path, part, name, value, unit, aspect, direction, basis, target, sentence",
        ),
        Table("dates", "dates", date_rows, DATE_COLUMNS, "one row per date or period: file, path, text, first, last, resolution, kind, sentence"),
    )
}
"""Every kind of row, by table name: the command line, :mod:`zhgovreport.table` and :mod:`zhgovreport.dask` read it."""


def table_rows(name: str, report: Report, file: str) -> list[dict[str, Any]]:
    """The rows of one report for table ``name`` of :data:`TABLES` (picklable with :func:`functools.partial`).

    >>> from zhgovreport import parse
    >>> [row["title"] for row in table_rows("sections", parse("一、回顾\\n二、问题\\n"), "a.txt")]
    ['回顾', '问题']
    """
    return list(TABLES[name].rows(report, file))

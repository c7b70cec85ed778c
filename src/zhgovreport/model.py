"""The finished records users read.

Every record is a frozen, slotted ``attrs`` class.  Children are tuples.  Every
record that comes from the text carries ``start`` and ``end``: offsets into
the string given to :func:`zhgovreport.parse` (``Report.text``), so that
``report.text[node.span]`` is the node's source, character for character.

Closed vocabularies are enums whose values are the strings used in JSON
(``Kind.PERCENTAGE_POINT == "percentage_point"``).
"""

from __future__ import annotations

import datetime
import decimal
import enum
import json
from collections.abc import Iterator
from typing import Any

import attrs

__all__ = [
    "Approx",
    "Diagnostic",
    "DiagnosticCode",
    "HeaderLine",
    "Item",
    "Kind",
    "KindCue",
    "Meta",
    "MetaField",
    "Part",
    "Piece",
    "Quantity",
    "Report",
    "ReportKind",
    "Role",
    "Section",
    "Style",
]


class _StrEnum(str, enum.Enum):
    """An enum whose members are their JSON strings (``str(Style.CN) == "cn"``)."""

    def __str__(self) -> str:
        return str(self.value)


class Style(_StrEnum):
    """How an outline marker is written.  See the outline spec, §1."""

    PART = "part"
    """``第一部分``, ``第一章``, ``第一节``"""
    ORDINAL = "ordinal"
    """``第一、`` or ``第一，`` at the start of a line"""
    CN = "cn"
    """``一、`` (also ``一.`` ``一．``)"""
    CN_PAREN = "cn_paren"
    """``（一）`` or ``(一)``"""
    ARABIC = "arabic"
    """``1.`` ``1、`` ``１．``"""
    ARABIC_PAREN = "arabic_paren"
    """``（1）`` ``(1)`` ``1）``"""
    CIRCLED = "circled"
    """``①`` … ``⑳``"""


class Kind(_StrEnum):
    """What a quantity measures.  See the ``docs/spec/quantities.md``, §1."""

    COUNT = "count"
    MONEY = "money"
    MEASURE = "measure"
    PERCENT = "percent"
    PERMILLE = "permille"
    PERCENTAGE_POINT = "percentage_point"
    MULTIPLE = "multiple"
    FRACTION = "fraction"
    NUMBER = "number"


class Approx(_StrEnum):
    """How exactly the text states a figure (``5.4万多件`` is ``OVER``)."""

    EXACT = "exact"
    OVER = "over"
    UNDER = "under"
    ABOUT = "about"


class Part(_StrEnum):
    """The part of a report a section is.  See ``docs/spec/report-parts.md``.

    A 法治政府建设年度报告 has five (厅字〔2019〕28号): achievements,
    shortcomings, leadership, plans and other; a 政府工作报告 has three and
    other: review, targets and tasks.
    """

    ACHIEVEMENTS = "achievements"
    SHORTCOMINGS = "shortcomings"
    LEADERSHIP = "leadership"
    PLANS = "plans"
    OTHER = "other"
    REVIEW = "review"
    """政府工作报告: the review of the past year or five years (``2021年工作回顾``)."""
    TARGETS = "targets"
    """政府工作报告: the overall requirements and main targets (``2022年经济社会发展总体要求和政策取向``)."""
    TASKS = "tasks"
    """政府工作报告: the year's tasks (``2022年政府工作任务``, ``2008年主要任务``)."""


class ReportKind(_StrEnum):
    """The genre of a report, from its title, opening or headings (:class:`KindCue`)."""

    FZZF_ANNUAL_REPORT = "fzzf_annual_report"
    GOV_WORK_REPORT = "gov_work_report"
    WORK_SUMMARY = "work_summary"
    UNKNOWN = "unknown"


class KindCue(_StrEnum):
    """What told the parser a report's kind (:attr:`Meta.kind_cue`)."""

    TITLE = "title"
    """The title names the genre (``…法治政府建设年度报告``, ``政府工作报\\n告``)."""
    PREAMBLE = "preamble"
    """The opening paragraphs say it (``现将…法治政府建设工作情况报告如下``, ``我代表国务院，向大会报告政府工作``)."""
    HEADINGS = "headings"
    """The top-level headings are the five parts of a 法治政府 report."""
    SALUTATION = "salutation"
    """A 政府工作报告's salutation (``各位代表：``) and its review and tasks headings."""


class DiagnosticCode(_StrEnum):
    """What a :class:`Diagnostic` reports."""

    EMPTY = "empty"
    """The text has no content (empty or white space only)."""
    NO_HEADINGS = "no_headings"
    """No outline marker was found; everything is preamble."""
    DUPLICATE = "duplicate"
    """A heading repeats its predecessor's number (seed 002: ``(三)`` twice)."""
    GAP = "gap"
    """A heading skips numbers (``(二)`` after ``(四)``... or ``三、`` after ``一、``)."""
    RESTART = "restart"
    """A sibling numbering starts again at 1 (or goes backwards)."""
    NOT_FIRST = "not_first"
    """A new group of headings does not start at 1."""
    IMPLICIT_PARENT = "implicit_parent"
    """The text starts below the top level; a parent was supplied."""
    NO_TITLE = "no_title"
    """A heading has no title text."""
    TITLE_GUESSED = "title_guessed"
    """A run-in title had no ``。``; it was cut at a clause boundary or a cap."""


class MetaField(_StrEnum):
    """The :class:`Meta` field a header line gave (:attr:`HeaderLine.field`)."""

    TITLE = "title"
    AGENCY = "agency"
    PUBLISHED = "published"
    SOURCE = "source"
    INDEX_NO = "index_no"
    DOC_NO = "doc_no"


class Role(_StrEnum):
    """Which kind of place a character of the input has in the model."""

    META = "meta"
    PREAMBLE = "preamble"
    HEADING = "heading"
    BODY = "body"
    ITEM = "item"


class _Record:
    """What every record shares: ``to_dict()``."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe dict: enums as their values, ``Decimal`` as a string, dates in ISO form."""
        return _to_dict(self)


class _Spanned(_Record):
    """A record with ``start``/``end`` offsets, and so a ``span``."""

    __slots__ = ()
    start: int
    end: int

    @property
    def span(self) -> slice:
        """``slice(start, end)``: ``report.text[record.span]`` is the record's source."""
        return slice(self.start, self.end)


@attrs.frozen
class Diagnostic(_Spanned):
    """Something in the text the parser noticed and had to work around.

    >>> d = Diagnostic(DiagnosticCode.DUPLICATE, "number 3 repeats", 10, 13)
    >>> d.code == "duplicate", d.span
    (True, slice(10, 13, None))
    """

    code: DiagnosticCode
    message: str
    start: int
    end: int


@attrs.frozen
class HeaderLine(_Spanned):
    """One line of the page header, and the :class:`Meta` field it gave (if any)."""

    start: int
    end: int
    text: str
    field: MetaField | None = None


@attrs.frozen
class Meta(_Spanned):
    """What the report says about itself: title, who, when.

    ``start``/``end`` cover the header (title lines, site chrome, the pipe
    table…) that precedes the report body; ``lines`` are the header's lines.
    ``kind`` is the genre and ``kind_cue`` what showed it (``None`` when the
    kind is unknown).  ``year`` is the year the report is known by: the year
    a 法治政府 report or a work summary reports on, the year a 政府工作报告 is
    delivered in and plans for (see ``docs/spec/report-parts.md``).
    """

    title: str | None = None
    agency: str | None = None
    year: int | None = None
    published: datetime.date | None = None
    source: str | None = None
    index_no: str | None = None
    doc_no: str | None = None
    kind: ReportKind = ReportKind.UNKNOWN
    kind_cue: KindCue | None = None
    on_time: bool | None = None
    start: int = 0
    end: int = 0
    lines: tuple[HeaderLine, ...] = ()


@attrs.frozen
class Quantity(_Spanned):
    """One figure stated in the text.

    ``value`` is exact (``Decimal``), with scale words applied; ``unit`` is in
    Simplified script (``%``, ``‰``, ``pp``, ``倍`` for rates; ``None`` for a
    bare number).  ``path``, ``section`` and ``sentence`` are filled in when
    the figures are read from a :class:`Report` (``extract_quantities(report)``):
    the section the figure sits in and its sentence.  ``upper`` is the upper
    bound of a figure the text states as a vague range (``七八十万人``: ``value``
    700000, ``upper`` 800000, approx ``about``); ``None`` otherwise.

    >>> from decimal import Decimal
    >>> q = Quantity("5.4万多件", 0, 6, Decimal(54000), "件", Kind.COUNT, Approx.OVER)
    >>> q.to_dict()["value"]
    '54000'
    """

    text: str
    start: int
    end: int
    value: decimal.Decimal
    unit: str | None
    kind: Kind
    approx: Approx = Approx.EXACT
    path: tuple[int, ...] = ()
    section: str | None = None
    sentence: str | None = None
    upper: decimal.Decimal | None = None


@attrs.frozen
class Item(_Spanned):
    """An inline enumeration entry: ``一是建强干部队伍。…``.

    ``text`` is ``Report.text[item.span]`` (marker included); ``lead`` is the
    first clause after the marker, without its closing ``。``/``；``/``;``.
    ``path`` is the path of the section whose body holds the item (``()`` in
    the preamble).
    """

    number: int
    marker: str
    lead: str
    text: str
    start: int
    end: int
    path: tuple[int, ...] = ()


@attrs.frozen
class Section(_Spanned):
    """A numbered heading and everything under it.

    ``start``/``end`` span the whole section, children included;
    ``[start, heading_end)`` is the heading (indentation, marker, title and
    the title's closing ``。``); the rest up to the first child is the body.
    ``depth`` is the depth in this document's tree (1 = top), never a
    constant per style.  ``implicit`` sections were supplied by the parser
    for a text that starts below the top level; they have no heading.
    """

    depth: int
    style: Style
    number: int
    marker: str
    title: str
    body: tuple[str, ...]
    children: tuple[Section, ...]
    items: tuple[Item, ...]
    start: int
    end: int
    heading_end: int
    path: tuple[int, ...]
    implicit: bool = False
    part: Part | None = None

    @property
    def heading_span(self) -> slice:
        """``slice(start, heading_end)``: the heading's source."""
        return slice(self.start, self.heading_end)

    @property
    def body_end(self) -> int:
        """Where this section's own text ends (its first child, or its end)."""
        return self.children[0].start if self.children else self.end

    def walk(self) -> Iterator[Section]:
        """This section and all below it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@attrs.frozen
class Piece(_Spanned):
    """A run of the input with one :class:`Role`; see :meth:`Report.pieces`."""

    role: Role
    start: int
    end: int
    path: tuple[int, ...] = ()


@attrs.frozen
class Report(_Record):
    """A parsed report.  Build one with :func:`zhgovreport.parse`.

    ``text`` is the input, unchanged.  ``meta`` is the header, ``preamble``
    the paragraphs between header and first heading, ``preamble_items`` the
    enumerations in them, ``sections`` the top-level sections,
    ``diagnostics`` what the parser noticed, in document order.  Every item
    of the report, preamble and sections alike, comes from :meth:`walk_items`.

    The figures of a report come from
    :func:`zhgovreport.extract_quantities(report) <zhgovreport.extract_quantities>`;
    the records hold data only.
    """

    text: str = attrs.field(repr=lambda t: f"<{len(t)} chars>")
    meta: Meta
    preamble: tuple[str, ...]
    preamble_start: int
    preamble_end: int
    sections: tuple[Section, ...]
    preamble_items: tuple[Item, ...]
    diagnostics: tuple[Diagnostic, ...]
    encoding: str | None = None
    """The encoding :func:`zhgovreport.parse_file` decoded the file with (``None`` for :func:`~zhgovreport.parse`)."""

    def walk(self) -> Iterator[Section]:
        """Every section, depth first, in document order."""
        for section in self.sections:
            yield from section.walk()

    def walk_items(self) -> Iterator[Item]:
        """Every item of the report in document order, each with its section's ``path``.

        >>> from zhgovreport import parse
        >>> report = parse("总体上，一是甲。二是乙。\\n一、回顾\\n一是丙。\\n")
        >>> [(i.path, i.lead) for i in report.walk_items()]
        [((), '甲'), ((), '乙'), ((1,), '丙')]
        """
        yield from self.preamble_items
        for section in self.walk():
            yield from section.items

    def pieces(self) -> list[Piece]:
        """The input cut into consecutive pieces that cover it exactly once.

        ``"".join(report.text[p.span] for p in report.pieces()) == report.text``.
        """
        out: list[Piece] = []

        def own(start: int, end: int, items: tuple[Item, ...], role: Role, path: tuple[int, ...]) -> None:
            pos = start
            for item in items:
                if item.start > pos:
                    out.append(Piece(role, pos, item.start, path))
                out.append(Piece(Role.ITEM, item.start, item.end, path))
                pos = item.end
            if end > pos:
                out.append(Piece(role, pos, end, path))

        if self.meta.end > self.meta.start:
            out.append(Piece(Role.META, self.meta.start, self.meta.end))
        own(self.preamble_start, self.preamble_end, self.preamble_items, Role.PREAMBLE, ())
        for section in self.walk():
            if section.heading_end > section.start:
                out.append(Piece(Role.HEADING, section.start, section.heading_end, section.path))
            own(section.heading_end, section.body_end, section.items, Role.BODY, section.path)
        return out

    def to_json(self, *, indent: int | None = 2) -> str:
        """``to_dict()`` as JSON (UTF-8 characters kept, not escaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def _serialize(_inst: Any, _field: Any, value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _public(attribute: attrs.Attribute[Any], _value: Any) -> bool:
    return not attribute.name.startswith("_")


def _to_dict(inst: Any) -> dict[str, Any]:
    return attrs.asdict(inst, filter=_public, value_serializer=_serialize)

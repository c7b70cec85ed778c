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
    "Aspect",
    "DateKind",
    "DateMention",
    "Diagnostic",
    "DiagnosticCode",
    "Direction",
    "EncodingBasis",
    "FieldSource",
    "Failure",
    "FailureCode",
    "HeaderLine",
    "Indicator",
    "Item",
    "Kind",
    "KindCue",
    "Meta",
    "MetaField",
    "Note",
    "Origin",
    "Page",
    "Part",
    "Piece",
    "Quantity",
    "Report",
    "ReportKind",
    "Resolution",
    "Role",
    "Section",
    "SourceFormat",
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
    UNNUMBERED = "unnumbered"
    """A part title standing alone on its line with no marker (``过去五年国内工作的基本总结``,
    gwr 1988); the number is its position among the report's parts."""


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


class Aspect(_StrEnum):
    """What an :class:`Indicator`'s figure states about its measure (``docs/spec/indicators.md``, §1)."""

    LEVEL = "level"
    """The amount itself: ``败诉率3.02%``, ``森林覆盖率…提高到23%``."""
    CHANGE = "change"
    """An increase or decrease of it: ``同比下降6.6个百分点``, ``增加1680元``."""
    BASE = "base"
    """The earlier value in ``从A提高到B`` / ``由A增加到B`` (``A``)."""


class Direction(_StrEnum):
    """Which way a change goes (or a level was reached: ``提高到``, ``降至``)."""

    UP = "up"
    DOWN = "down"


class Resolution(_StrEnum):
    """How precisely a :class:`DateMention` dates: to the year, the month or the day."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class DateKind(_StrEnum):
    """What a :class:`DateMention` names.  See ``docs/spec/indicators.md``, §3."""

    DATE = "date"
    """One year, month or day: ``2022年``, ``2023年3月``, ``3月31日``."""
    INTERVAL = "interval"
    """A run of them: ``2021-2025年``, ``1-10月份``, ``一季度``."""
    FIVE_YEAR_PLAN = "five_year_plan"
    """A five-year plan's years: ``“十四五”时期``, ``第一个五年计划``."""
    PUFA_PLAN = "pufa_plan"
    """A 普法 plan's years (a series of its own): ``“八五”普法``."""
    RELATIVE = "relative"
    """Years named relative to the report's or the sentence's year: ``今年``, ``上年``, ``过去五年``."""


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
    """A title whose end the text leaves open was cut at a clause opener, a clause
    boundary or a cap (the message says which)."""
    CONTENT_GUESSED = "content_guessed"
    """An HTML page has none of the known content containers; the text-densest element was read."""


class MetaField(_StrEnum):
    """The :class:`Meta` field a header line gave (:attr:`HeaderLine.field`)."""

    TITLE = "title"
    AGENCY = "agency"
    PUBLISHED = "published"
    SOURCE = "source"
    INDEX_NO = "index_no"
    DOC_NO = "doc_no"
    WRITTEN = "written"
    """成文日期: the day the document was signed, not the day it was published."""


class Origin(_StrEnum):
    """Where a :class:`Meta` value came from (:attr:`FieldSource.origin`)."""

    TEXT = "text"
    """A header line of ``Report.text`` (a title line, ``发布日期:…``, a pipe table)."""
    META_TAG = "meta_tag"
    """An HTML ``<meta name="PubDate" content="…">`` tag."""
    ATTRIBUTE_TABLE = "attribute_table"
    """The 政务公开 attribute table of a page: 索引号, 发布机构, 成文日期, 发布日期, 文号…"""
    INFO_LINE = "info_line"
    """The line under a page's headline: ``来源:… 发布时间:… 浏览次数:…``."""
    TITLE_TAG = "title_tag"
    """The page's ``<title>``."""
    HEADLINE = "headline"
    """The page's visible headline (``<h1>``…)."""
    URL = "url"
    """The page's address (``/art/2023/2/23/…``, ``t20230223_…``)."""


class SourceFormat(_StrEnum):
    """What :attr:`Report.text` was made from."""

    TEXT = "text"
    """Plain text: ``Report.text`` is the input."""
    HTML = "html"
    """An HTML page: ``Report.text`` is the text rendered from its content (:func:`zhgovreport.parse_html`)."""


class EncodingBasis(_StrEnum):
    """How the encoding of a file or page was decided (:attr:`Report.encoding_basis`)."""

    BOM = "bom"
    """A byte-order mark."""
    GIVEN = "given"
    """The caller named it (``parse_html(data, encoding=...)``)."""
    DECLARED = "declared"
    """The page declared it (``<meta charset>``, ``http-equiv``, ``<?xml encoding>``) and it checked out."""
    TRIED = "tried"
    """The first of UTF-8, GB18030, Big5 that decoded strictly and checked out."""
    DETECTED = "detected"
    """charset-normalizer's guess (a last resort, when installed), checked like the others."""


class Role(_StrEnum):
    """Which kind of place a character of the input has in the model."""

    META = "meta"
    PREAMBLE = "preamble"
    HEADING = "heading"
    BODY = "body"
    ITEM = "item"
    NOTE = "note"


class FailureCode(_StrEnum):
    """Why a file of a batch run gave no report (:attr:`Failure.code`)."""

    MISSING = "missing"
    """There is no such file (or a folder held no report file)."""
    UNREADABLE = "unreadable"
    """The operating system would not read it (permissions, a device, ...)."""
    UNDECODABLE = "undecodable"
    """Its bytes are not text in any encoding tried (:class:`~zhgovreport.errors.DecodeError`)."""
    EMPTY = "empty"
    """It holds no text, or only white space."""
    NEEDS_EXTRA = "needs_extra"
    """Reading it needs an optional extra that is not installed (a web page needs
    ``zhgovreport[html]``); the reason says what to install."""
    ERROR = "error"
    """Reading it raised an unexpected exception (a bug: please report it)."""


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
class Failure(_Record):
    """A file of a batch run that gave no report, and why (``zhgovreport.batch``).

    >>> Failure("a/report.txt", FailureCode.EMPTY, "empty file").to_dict()
    {'file': 'a/report.txt', 'code': 'empty', 'reason': 'empty file'}
    """

    file: str
    code: FailureCode
    reason: str


@attrs.frozen
class HeaderLine(_Spanned):
    """One line of the page header, and the :class:`Meta` field it gave (if any)."""

    start: int
    end: int
    text: str
    field: MetaField | None = None


@attrs.frozen
class FieldSource(_Record):
    """Where a value of :class:`Meta` came from, or one value a page states.

    ``key`` names the place: the label (``发布日期``), the ``<meta>`` name
    (``PubDate``), ``"title"`` for a value read from the title, ``"<title>"``,
    ``"h1"``, ``"url"``.  ``value`` is the value as the source writes it.
    ``field`` is the :class:`Meta` field it fills (``None``: a page attribute
    no field holds, such as 主题分类).

    >>> FieldSource(MetaField.PUBLISHED, Origin.META_TAG, "PubDate", "2023-02-23 14:54").to_dict()["origin"]
    'meta_tag'
    """

    field: MetaField | None
    origin: Origin
    key: str
    value: str


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
    written: datetime.date | None = None
    """成文日期, when the header or the page gives it (``published`` is 发布日期)."""
    provenance: tuple[FieldSource, ...] = ()
    """For each field that is set (of :class:`MetaField`), where its value came from."""


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
class Indicator(_Record):
    """A figure with what it measures: the :class:`Quantity` and its name, aspect, direction, basis, target.

    ``name`` is the words that say what is measured, sliced from the caller's
    string at ``[name_start, name_end)`` (``None`` when the clause names
    nothing); it may lie in an earlier clause when the figure's own clause
    names nothing (``国内生产总值超过126万亿元，增长5.2%``).  ``basis`` is the
    comparison as written (``同比``, ``比上年``, ``年均``).  ``target`` is
    ``True`` for a figure that is planned or required, not achieved.

    From a report, ``path`` and ``part`` are those of the section the figure
    sits in, and ``year`` the year it refers to, or ``period`` (first and last
    year, ``year`` then ``None``) for a figure of a span of years, such as a
    five-year target.  See ``docs/spec/indicators.md``.

    >>> from decimal import Decimal
    >>> q = Quantity("3.02%", 9, 14, Decimal("3.02"), "%", Kind.PERCENT)
    >>> i = Indicator(q, "一审行政诉讼败诉率", 0, 9, Aspect.LEVEL)
    >>> i.to_dict()["aspect"], i.to_dict()["quantity"]["value"], i.span
    ('level', '3.02', slice(9, 14, None))
    """

    quantity: Quantity
    name: str | None
    name_start: int | None
    name_end: int | None
    aspect: Aspect
    direction: Direction | None = None
    basis: str | None = None
    target: bool = False
    path: tuple[int, ...] = ()
    part: Part | None = None
    year: int | None = None
    period: tuple[int, int] | None = None

    @property
    def span(self) -> slice:
        """The figure's span (``quantity.span``)."""
        return self.quantity.span

    @property
    def name_span(self) -> slice | None:
        """``slice(name_start, name_end)``, or ``None`` when there is no name."""
        if self.name_start is None or self.name_end is None:
            return None
        return slice(self.name_start, self.name_end)


@attrs.frozen
class DateMention(_Spanned):
    """One date, year or period named in the text.

    ``start``/``end`` are offsets, as in every record (``text[d.span] ==
    d.text``); the dates are ``first`` and ``last`` (inclusive), each the
    first day of its unit at ``resolution``: ``2022年`` is 2022-01-01 to
    2022-01-01 at ``year``, ``2021-2025年`` is 2021-01-01 to 2025-01-01,
    ``1-10月份`` of 2023 is 2023-01-01 to 2023-10-01 at ``month``.  Both are
    ``None`` only when the mention needs a year that neither the text nor the
    caller gives (``今年`` with no report year).  ``path``, ``section`` and
    ``sentence`` are filled in when the dates are read from a :class:`Report`.

    >>> import datetime
    >>> d = DateMention("2022年", 0, 5, datetime.date(2022, 1, 1), datetime.date(2022, 1, 1),
    ...                 Resolution.YEAR, DateKind.DATE)
    >>> d.to_dict()["first"], str(d.resolution)
    ('2022-01-01', 'year')
    """

    text: str
    start: int
    end: int
    first: datetime.date | None
    last: datetime.date | None
    resolution: Resolution
    kind: DateKind
    path: tuple[int, ...] = ()
    section: str | None = None
    sentence: str | None = None


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
class Note(_Spanned):
    """An endnote: ``① 列宁：《全俄中央执行委员会会议》，《列宁全集》第26卷…``.

    A block of ``①…⑧`` lines at the end of a document whose marks the text
    cites (``…会议①。``) holds notes, not headings.  ``text`` is the note
    after its marker, read across the lines a page broke it into;
    ``start``/``end`` span the marker and the note as written.
    """

    number: int
    marker: str
    text: str
    start: int
    end: int


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
class Page(_Record):
    """What an HTML page says besides its text; :attr:`Report.page` (``parse_html``).

    ``container`` is the known content container the text was read from
    (``"#UCAP-CONTENT"``, ``".TRS_Editor"``), or ``None`` when none matched and
    ``fallback`` names the element the text-density fallback chose
    (``"div#main"``).  ``fields`` are every value the page states about the
    report (meta tags, the attribute table, the info line, ``<title>``, the
    headline, the URL), in page order.

    >>> page = Page(fields=(FieldSource(MetaField.INDEX_NO, Origin.ATTRIBUTE_TABLE, "索引号", "000014349/2023-00012"),))
    >>> page.attributes
    {'索引号': '000014349/2023-00012'}
    """

    url: str | None = None
    container: str | None = None
    fallback: str | None = None
    fields: tuple[FieldSource, ...] = ()

    @property
    def attributes(self) -> dict[str, str]:
        """The 政务公开 attribute table as a mapping, label → value (``{"索引号": …, "主题分类": …}``)."""
        return {f.key: f.value for f in self.fields if f.origin is Origin.ATTRIBUTE_TABLE}


@attrs.frozen
class Report(_Record):
    """A parsed report.  Build one with :func:`zhgovreport.parse`.

    ``text`` is the input, unchanged.  ``meta`` is the header, ``preamble``
    the paragraphs between header and first heading, ``preamble_items`` the
    enumerations in them, ``sections`` the top-level sections,
    ``diagnostics`` what the parser noticed, in document order, ``notes``
    the endnotes.  Every item of the report, preamble and sections alike,
    comes from :meth:`walk_items`.

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
    """The encoding the bytes were decoded with (``None`` when the caller gave a ``str``)."""
    encoding_basis: EncodingBasis | None = None
    """How :attr:`encoding` was decided (``None`` when the caller gave a ``str``)."""
    source_format: SourceFormat = SourceFormat.TEXT
    """What ``text`` was made from: the input itself, or an HTML page's content."""
    page: Page | None = None
    """For an HTML page: its container, metadata and URL (:func:`zhgovreport.parse_html`)."""
    notes: tuple[Note, ...] = ()
    """The endnotes, in order; they stay in the text of the section (or preamble) they end,
    which neither their lines nor their items count as body."""

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
        notes = self.notes

        def own(start: int, end: int, items: tuple[Item, ...], role: Role, path: tuple[int, ...]) -> None:
            pos = start
            spans = [(item.start, item.end, Role.ITEM) for item in items]
            if notes and notes[-1].end > start and notes[0].start < end:
                spans = sorted(spans + [(n.start, n.end, Role.NOTE) for n in notes if start <= n.start < end])
            for span_start, span_end, span_role in spans:
                if span_start > pos:
                    out.append(Piece(role, pos, span_start, path))
                out.append(Piece(span_role, span_start, span_end, path))
                pos = span_end
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

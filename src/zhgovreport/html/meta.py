"""Page metadata: what a page says about its report, and where it says it.

:func:`page_fields` collects every value a page states, each a
:class:`~zhgovreport.model.FieldSource` with its :class:`~zhgovreport.model.Origin`:

* ``<meta>`` tags (:data:`~.containers.META_NAMES`: ``ArticleTitle``, ``PubDate``,
  ``ContentSource``, ``SiteName``, ``ColumnName``, ``firstpublishedtime``,
  ``description``);
* the 政务公开 attribute table (索引号, 发布机构, 发文机关, 成文日期, 发布日期,
  文号, 主题分类, 有效性…) and the ``来源：… 发布时间：… 浏览次数：…`` line, read
  from the page outside its content, a table row to a line, with the header
  stage's label grammar (:func:`~zhgovreport.outline.header.label_values`);
* the visible headline, the ``<title>`` (without the site's name), and a date
  in the URL (``/art/2023/2/23/``, ``t20230223_``, ``/2023-02/23/``).

:func:`merge_meta` completes the :class:`~zhgovreport.model.Meta` the text's
own header gave, field by field, in the order of :data:`RANKS`.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs
import regex

from zhgovreport.dates import find_date, find_year
from zhgovreport.html.containers import HEADLINES, META_NAMES, TITLE_SEPARATORS
from zhgovreport.html.render import attached, matching, plain
from zhgovreport.model import FieldSource, KindCue, Meta, MetaField, Origin, ReportKind
from zhgovreport.outline.genre import report_kind
from zhgovreport.outline.header import LabeledValue, agency_in, is_empty_value, label_values, published_rank, table_row
from zhgovreport.text.fold import fold
from zhgovreport.text.source import Source

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = [
    "HEADLINE_CAP",
    "HEADLINE_SELECTORS",
    "RANKS",
    "chrome_fields",
    "find_headline",
    "head_fields",
    "merge_meta",
    "page_fields",
    "url_date",
]

HEADLINE_CAP = 120
"""A headline is never longer than this."""

RANKS: dict[MetaField, tuple[Origin, ...]] = {
    # For each field, the origins whose values fill it, best first.  The text's own header
    # (the headline is its first line) gives the title and agency; the page's structured
    # data gives dates and numbers.
    MetaField.TITLE: (Origin.TEXT, Origin.ATTRIBUTE_TABLE, Origin.META_TAG, Origin.HEADLINE, Origin.TITLE_TAG),
    MetaField.AGENCY: (Origin.TEXT, Origin.ATTRIBUTE_TABLE, Origin.META_TAG, Origin.HEADLINE, Origin.TITLE_TAG),
    MetaField.PUBLISHED: (Origin.ATTRIBUTE_TABLE, Origin.META_TAG, Origin.INFO_LINE, Origin.TEXT, Origin.URL),
    MetaField.WRITTEN: (Origin.ATTRIBUTE_TABLE, Origin.TEXT, Origin.INFO_LINE),
    MetaField.SOURCE: (Origin.TEXT, Origin.INFO_LINE, Origin.ATTRIBUTE_TABLE, Origin.META_TAG),
    MetaField.INDEX_NO: (Origin.ATTRIBUTE_TABLE, Origin.TEXT, Origin.INFO_LINE),
    MetaField.DOC_NO: (Origin.ATTRIBUTE_TABLE, Origin.TEXT, Origin.INFO_LINE),
}
"""Which origins fill each :class:`~zhgovreport.model.Meta` field, best first."""

_META_RANK = {name.lower(): i for i, (name, _field) in enumerate(META_NAMES)}
_META_FIELD = {name.lower(): (name, field) for name, field in META_NAMES}
_SPACES = regex.compile(r"\s+")
_URL_DATE = regex.compile(
    r"(?<!\d)(20\d{2})(?:[-/]?(\d{2})[-/]?(\d{2})|/(\d{1,2})/(\d{1,2})/)(?!\d)|/(20\d{2})-?(\d{2})/(\d{2})/"
)
_TITLE_SPLIT = regex.compile("|".join(regex.escape(s) for s in TITLE_SEPARATORS))
_HAN = regex.compile(r"\p{Han}")
HEADLINE_SELECTORS = tuple(selector for selector, _source in HEADLINES)
"""The selectors of :data:`~.containers.HEADLINES`, in order."""


def _clean(text: str | None) -> str:
    return _SPACES.sub(" ", (text or "").replace("\xa0", " ")).strip(" \u3000")


def find_headline(
    parser: LexborHTMLParser, matches: Mapping[str, list[LexborNode]] | None = None
) -> tuple[str, str] | None:
    """The page's visible headline and the selector that found it (:data:`~.containers.HEADLINES`).

    The first short text naming a report kind wins, else the first short text.
    ``matches`` is what :func:`~.render.matching` found for (at least) the
    headline selectors, when the caller has it; elements removed since (chrome
    inside the content) are passed over.
    """
    if matches is None:
        matches = dict(matching(parser, HEADLINE_SELECTORS))
    first: tuple[str, str] | None = None
    for selector in HEADLINE_SELECTORS:
        for node in matches.get(selector, ()):
            if not attached(node):
                continue
            text = plain(node)
            if not (text and len(text) <= HEADLINE_CAP and _HAN.search(text)):
                continue
            if report_kind(fold(text)) is not ReportKind.UNKNOWN:
                return text, selector
            first = first or (text, selector)
    return first


def _title_tag(node: LexborNode | None) -> str | None:
    """The ``<title>`` without the site's name (``…报告_诸暨市人民政府`` → ``…报告``)."""
    text = _clean(node.text()) if node is not None else ""
    if not text:
        return None
    parts = [p.strip() for p in _TITLE_SPLIT.split(text) if p.strip()]
    for part in parts:
        if report_kind(fold(part)) is not ReportKind.UNKNOWN:
            return part
    return parts[0] if parts else None


def url_date(url: str) -> str | None:
    """The date a page's address holds, as ``YYYY-MM-DD``, or ``None``.

    >>> url_date("http://sfj.zhuji.gov.cn/art/2023/2/23/art_1229_3.html"), url_date("/gk/t20230223_4.html")
    ('2023-02-23', '2023-02-23')
    >>> url_date("https://www.gov.cn/zhengce/content/2023-02/23/content_5742885.htm")
    '2023-02-23'
    """
    for match in _URL_DATE.finditer(url):
        year, month, day = (
            (match[1], match[2] or match[4], match[3] or match[5]) if match[1] else (match[6], match[7], match[8])
        )
        value = f"{year}-{int(month):02d}-{int(day):02d}"
        if find_date(value) is not None:
            return value
    return None


def head_fields(parser: LexborHTMLParser) -> tuple[list[FieldSource], FieldSource | None]:
    """The ``<meta>`` tags' values, and the ``<title>``'s; read before the page is prepared."""
    out: list[FieldSource] = []
    title_node = None
    for node in parser.css("meta[name],title"):  # one walk for both
        if node.tag == "title":
            title_node = title_node or node  # the first, as css_first("title") finds it
            continue
        attributes = node.attributes
        name = (attributes.get("name") or "").lower()
        if name in _META_FIELD and (value := _clean(attributes.get("content"))):
            written, field = _META_FIELD[name]
            out.append(FieldSource(field, Origin.META_TAG, written, value))
    title = _title_tag(title_node)
    return out, None if title is None else FieldSource(MetaField.TITLE, Origin.TITLE_TAG, "<title>", title)


def chrome_fields(lines: Sequence[str]) -> list[FieldSource]:
    """The attribute table and the info line: the labelled values of the page outside its content."""
    source = Source.of("\n".join(lines))
    found = label_values(source)
    by_line: dict[int, list[LabeledValue]] = {}
    for index, value in found:
        by_line.setdefault(index, []).append(value)
    # a run of consecutive label lines with one table row is the table (a field per line)
    table: set[int] = set()
    runs: list[list[int]] = []
    for index in sorted(by_line):
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    for run in runs:
        if any(table_row(by_line[i]) for i in run):
            table.update(run)
    return [
        FieldSource(value.field, Origin.ATTRIBUTE_TABLE if index in table else Origin.INFO_LINE, value.label,
                    source.text[value.start : value.end])
        for index, value in found
    ]  # fmt: skip


def page_fields(
    head: Sequence[FieldSource],
    chrome: Sequence[FieldSource],
    headline: tuple[str, str] | None,
    title: FieldSource | None,
    url: str | None,
) -> list[FieldSource]:
    """Every value the page states about its report, in the order of the module docs."""
    out = [*head, *chrome]
    if headline is not None:
        out.append(FieldSource(MetaField.TITLE, Origin.HEADLINE, headline[1], headline[0]))
    if title is not None:
        out.append(title)
    day = url_date(url) if url else None
    if day is not None:
        out.append(FieldSource(MetaField.PUBLISHED, Origin.URL, "url", day))
    return out


def _key_rank(source: FieldSource) -> int:
    if source.origin is Origin.META_TAG:
        return _META_RANK.get(source.key.lower(), len(_META_RANK))
    if source.field is MetaField.PUBLISHED:
        return published_rank(source.key)
    return 0


def _usable(source: FieldSource) -> FieldSource | None:
    """``source`` as its field holds it (an agency checked, a date readable), or ``None``."""
    value = source.value
    if not value.strip() or is_empty_value(value):
        return None
    if source.field in (MetaField.PUBLISHED, MetaField.WRITTEN):
        return source if find_date(fold(value)) is not None else None
    if source.field is MetaField.AGENCY and source.origin is not Origin.TEXT:
        agency = agency_in(value, fold(value))
        return None if agency is None else FieldSource(source.field, source.origin, source.key, agency)
    return source


def _best(field: MetaField, sources: Sequence[tuple[int, FieldSource]]) -> FieldSource | None:
    """The first usable of ``sources`` (this field's, with their places in the list) by origin, key, place."""
    ranks = RANKS[field]
    candidates = [(ranks.index(s.origin), _key_rank(s), i, s) for i, s in sources if s.origin in ranks]
    for _rank, _key, _i, source in sorted(candidates, key=lambda c: c[:3]):
        usable = _usable(source)
        if usable is not None:
            return usable
    return None


def merge_meta(meta: Meta, fields: Sequence[FieldSource]) -> Meta:
    """``meta`` (the text's header) completed with the page's ``fields``, by :data:`RANKS`.

    The title decides ``year`` and ``kind`` when it came from the page; an
    agency named in that title comes with the title's origin.
    """
    by_field: dict[MetaField | None, list[tuple[int, FieldSource]]] = {}
    for i, source in enumerate((*meta.provenance, *fields)):
        by_field.setdefault(source.field, []).append((i, source))
    chosen: dict[MetaField, FieldSource] = {}
    title = _best(MetaField.TITLE, by_field.get(MetaField.TITLE, ()))
    if title is not None:
        chosen[MetaField.TITLE] = title
        if title.origin is not Origin.TEXT:
            agency = agency_in(title.value, fold(title.value))
            if agency is not None:  # placed after every other source
                place = len(meta.provenance) + len(fields)
                by_field.setdefault(MetaField.AGENCY, []).append(
                    (place, FieldSource(MetaField.AGENCY, title.origin, "title", agency))
                )
    for field in RANKS:
        if field is not MetaField.TITLE:
            best = _best(field, by_field.get(field, ()))
            if best is not None:
                chosen[field] = best

    def date(field: MetaField) -> datetime.date | None:
        source = chosen.get(field)
        found = find_date(fold(source.value)) if source else None
        return found[0] if found else None

    def value(field: MetaField) -> str | None:
        source = chosen.get(field)
        return source.value if source else None

    changes: dict[str, Any] = {
        "agency": value(MetaField.AGENCY),
        "published": date(MetaField.PUBLISHED),
        "written": date(MetaField.WRITTEN),
        "source": value(MetaField.SOURCE),
        "index_no": value(MetaField.INDEX_NO),
        "doc_no": value(MetaField.DOC_NO),
        "provenance": tuple(chosen[f] for f in RANKS if f in chosen),
    }
    if title is not None and title.origin is not Origin.TEXT:
        folded = fold(title.value)
        kind = report_kind(folded)
        if kind is not ReportKind.UNKNOWN:
            changes.update(kind=kind, kind_cue=KindCue.TITLE)
        changes.update(title=title.value, year=find_year(folded))
    return attrs.evolve(meta, **changes)  # once: evolve is costly (it reads the class's fields each call)

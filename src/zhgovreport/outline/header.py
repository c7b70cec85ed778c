"""Header stage: the lines before the report body → :class:`~zhgovreport.model.Meta`.

A report copied from a web page starts with the page's title, site chrome
(``当前位置: 首页``, ``>政务公开 >公开年报``), publication data
(``2023-02-23 14:54 浏览次数: 信息来源:…``, a pipe table ``索引号: | … |``)
and, in speeches, a subtitle with the date and the speaker.  :func:`read_header`
finds where that header stops and reads what it says.

The header is a prefix of the text.  It stops at the first line that is report
content: a heading (``一、…``, ``(四)…``), a salutation (``各位代表：``), or a
sentence (a line ending in ``。``, holding a comma, or too long for a title).
Only a bounded number of lines is looked at, so the stage is O(1) in the size
of the text.  Matching is done on the folded text; every string in the result
is a slice of the caller's text (``福州市司法局2023年法治政府建設工作報告`` keeps
its script).

>>> from zhgovreport.text import Source
>>> text = "诸暨市司法局2022年法治政府建设年度报告\\n\\n2023-02-23 14:54 浏览次数: 信息来源:市司法局\\n\\n2022年,我局认真履职。\\n"
>>> meta = read_header(Source.of(text))
>>> meta.agency, meta.year, str(meta.published), meta.source, meta.kind.value
('诸暨市司法局', 2022, '2023-02-23', '市司法局', 'fzzf_annual_report')
>>> text[meta.end:]
'2022年,我局认真履职。\\n'
>>> [str(line.field) for line in meta.lines]
['title', 'published']
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Sequence

import attrs
import regex

from zhgovreport.dates import YEAR, find_date
from zhgovreport.model import HeaderLine, Meta, MetaField, ReportKind
from zhgovreport.numbering import match_marker
from zhgovreport.outline._vocab_header import (
    AGENCY_CUTS,
    AGENCY_SUFFIXES,
    CHROME_STARTS,
    HEADER_LABELS,
    MIN_PLACE_CHARS,
    PUBLISHED_LABEL_RANK,
    SENTENCE_ENDS,
)
from zhgovreport.outline.genre import report_kind
from zhgovreport.text.lines import Line
from zhgovreport.text.source import Source

__all__ = ["read_header"]

MAX_HEADER_LINES = 15
"""How many non-blank lines may belong to a header."""

MAX_HEADER_CHARS = 8000
"""A header never reaches past this offset (blank lines included)."""

LINE_CAP = 200
"""A header line is never longer than this (stripped); a longer line is content."""

TITLE_CAP = 60
"""A title, subtitle or speaker line is never longer than this."""

DATE_LINE_REST = 30
"""A date line (``（2022年10月16日）``) holds at most this much beside its date."""

MAX_TITLE_LINES = 3
"""A title runs over at most this many lines (cpc-20 has two)."""

_STRIP = " \t\u200b\u200c\u200d\u2060\ufeff"

_LABEL = regex.compile(
    r"(?<![^\s|>:\u200b-\u200d\u2060\ufeff])("
    + "|".join(regex.escape(k) for k in sorted(HEADER_LABELS, key=len, reverse=True))
    + r")\s*:"
)
_AGENCY_END = regex.compile(
    "(?:" + "|".join(regex.escape(s) for s in sorted(AGENCY_SUFFIXES, key=len, reverse=True)) + r")\s*$"
)
_AGENCY_CUT = regex.compile(
    r"(?:19|20)\d{2}|" + "|".join(regex.escape(c) for c in sorted(AGENCY_CUTS, key=len, reverse=True))
)
_VALUE_STRIP = " \t|:"


class _LineKind(enum.Enum):
    """What one non-blank line at the top of a text is."""

    CONTENT = "content"  # a heading, a salutation or a sentence: the header stops before it
    FIELDS = "fields"  # labelled values: 发布日期:… 来源:…, a pipe-table row
    DATE = "date"  # a line that is mostly a date: （2022年10月16日）
    CHROME = "chrome"  # site navigation: >政务公开 >公开年报
    DASH = "dash"  # a subtitle: ——在中国共产党第二十次全国代表大会上的报告
    SHORT = "short"  # a title, or a speaker's name


_STRONG = (_LineKind.FIELDS, _LineKind.DATE, _LineKind.CHROME)


@attrs.define
class _Draft:
    """The header being read; frozen into a :class:`Meta` at the end."""

    end: int = 0
    lines: list[HeaderLine] = attrs.Factory(list)
    strong: int = 0  # how many lines are certainly header (fields, dates, chrome, a title naming a kind)
    last_strong: int = 0  # index in ``lines`` after the last strong line
    end_after_strong: int = 0
    title_spans: list[tuple[int, int]] = attrs.Factory(list)
    title_closed: bool = False
    fields: dict[MetaField, tuple[int, int]] = attrs.Factory(dict)
    published: tuple[datetime.date, str] | None = None  # (date, label that gave it, "" if none)


def _strip_span(folded: str, start: int, end: int, chars: str = _STRIP) -> tuple[int, int]:
    """``folded[start:end]`` without ``chars`` at either end, as a span (C-speed strips)."""
    segment = folded[start:end]
    left = len(segment) - len(segment.lstrip(chars))
    right = len(segment.rstrip(chars))
    return start + left, start + max(left, right)


def _rank(label: str) -> int:
    return PUBLISHED_LABEL_RANK.index(label) if label in PUBLISHED_LABEL_RANK else len(PUBLISHED_LABEL_RANK)


def _read_fields(draft: _Draft, folded: str, start: int, end: int, labels: list[regex.Match[str]]) -> MetaField | None:
    """Read the labelled values of one line; return the first Meta field it gave."""
    given: MetaField | None = None
    first_label = labels[0].start()
    undated = find_date(folded, start, first_label) if first_label > start else None
    if undated is not None and draft.published is None:
        draft.published = (undated[0], "")  # seed 000: `2023-02-23 14:54 浏览次数: …`
        given = MetaField.PUBLISHED
    for i, match in enumerate(labels):
        field = HEADER_LABELS[match[1]]
        v_end = labels[i + 1].start() if i + 1 < len(labels) else end
        v_start, v_end = _strip_span(folded, match.end(), v_end, _STRIP + _VALUE_STRIP)
        if field is None or v_start >= v_end:
            continue
        if field is MetaField.PUBLISHED:
            found = find_date(folded, v_start, v_end)
            if found is None:
                continue
            if draft.published is None or _rank(match[1]) < _rank(draft.published[1]):
                draft.published = (found[0], match[1])
        elif field in draft.fields:
            continue
        else:
            draft.fields[field] = (v_start, v_end)
        if given is None:
            given = field
    return given


def _classify(folded: str, start: int, end: int) -> _LineKind:
    """What the stripped, non-blank line ``folded[start:end]`` is."""
    if end - start > LINE_CAP:
        return _LineKind.CONTENT
    if match_marker(folded, start, end):
        return _LineKind.CONTENT  # a heading
    if _LABEL.search(folded, start, end):
        return _LineKind.FIELDS
    last = folded[end - 1]
    if last in SENTENCE_ENDS or last in ":：" or "。" in folded[start:end]:
        return _LineKind.CONTENT  # a sentence or a salutation (各位代表：)
    found = find_date(folded, start, end)
    if found is not None:
        _day, d_start, d_end = found
        rest = (folded[start:d_start] + folded[d_end:end]).strip(" ()[]【】—-日" + _STRIP)
        if len(rest) <= DATE_LINE_REST and "," not in rest:
            return _LineKind.DATE
    if "," in folded[start:end] or end - start > TITLE_CAP:
        return _LineKind.CONTENT
    if folded.startswith(CHROME_STARTS, start, end):
        return _LineKind.CHROME
    if folded.startswith("—", start, end):
        return _LineKind.DASH
    return _LineKind.SHORT


def _walk(draft: _Draft, folded: str, lines: Sequence[Line]) -> bool:
    """Read header lines into ``draft``; return True if a content line stopped the walk."""
    seen = 0
    for line in lines:
        if line.start > MAX_HEADER_CHARS:
            return False
        start, end = _strip_span(folded, line.start, line.end)
        if start >= end:
            if draft.lines:
                draft.end = line.next  # blank lines inside and after the header are header
            continue
        seen += 1
        if seen > MAX_HEADER_LINES:
            return False
        what = _classify(folded, start, end)
        if what is _LineKind.CONTENT:
            return True
        field: MetaField | None = None
        strong = what in _STRONG
        if what is _LineKind.FIELDS:
            field = _read_fields(draft, folded, start, end, list(_LABEL.finditer(folded, start, end)))
        elif what is _LineKind.DATE:
            found = find_date(folded, start, end)
            if found is not None and draft.published is None:
                draft.published = (found[0], "")
                field = MetaField.PUBLISHED
        elif what is _LineKind.SHORT and not draft.title_closed and len(draft.title_spans) < MAX_TITLE_LINES:
            draft.title_spans.append((start, end))
            field = MetaField.TITLE
            strong = report_kind(folded[start:end]) is not ReportKind.UNKNOWN
        if what is not _LineKind.SHORT and draft.title_spans:
            draft.title_closed = True  # chrome before the title (seed 001) leaves it open
        draft.lines.append(HeaderLine(line.start, line.end, "", field))
        draft.end = line.next
        if strong:
            draft.strong += 1
            draft.last_strong = len(draft.lines)
            draft.end_after_strong = line.next
    return False


def read_header(source: Source) -> Meta:
    """Return the header's :class:`Meta`; ``meta.end`` is where the header stops.

    The header is the run of title, chrome, field and date lines at the top of the
    text (blank lines between and after them included).  When no content line
    follows within the first :data:`MAX_HEADER_LINES` non-blank lines, only the
    lines up to the last certain header line (a labelled field, a date, chrome,
    a title naming a report kind) are kept; a text of short lines and nothing
    else has no header.

    >>> read_header(Source.of("各位代表：\\n现在，我代表国务院。\\n")).end
    0
    """
    text, folded = source.text, source.folded
    draft = _Draft()
    stopped = _walk(draft, folded, source.lines)
    if not stopped:
        if draft.strong == 0:
            return Meta()
        del draft.lines[draft.last_strong :]
        draft.end = draft.end_after_strong
        draft.title_spans = [s for s in draft.title_spans if s[1] <= draft.end]
    return _freeze(draft, text, folded)


def _freeze(draft: _Draft, text: str, folded: str) -> Meta:
    header_lines = tuple(
        HeaderLine(h.start, h.end, text[h.start : h.end], h.field) for h in draft.lines
    )
    title: str | None = None
    title_folded = ""
    if MetaField.TITLE in draft.fields:
        t_start, t_end = draft.fields[MetaField.TITLE]
        title, title_folded = text[t_start:t_end], folded[t_start:t_end]
        header_lines = tuple(
            attrs.evolve(h, field=None) if h.field is MetaField.TITLE and not _has_label(folded, h) else h
            for h in header_lines
        )
    elif draft.title_spans:
        title = " ".join(text[s:e] for s, e in draft.title_spans)
        title_folded = " ".join(folded[s:e] for s, e in draft.title_spans)
    agency = _agency(text, folded, draft)
    year_match = YEAR.search(title_folded) if title_folded else None
    doc_no = _value(text, draft.fields.get(MetaField.DOC_NO))
    if doc_no is not None and doc_no.strip() in ("无", "無", "-", "—", "/"):
        doc_no = None
    return Meta(
        title=title,
        agency=agency,
        year=int(year_match[1]) if year_match else None,
        published=draft.published[0] if draft.published else None,
        source=_value(text, draft.fields.get(MetaField.SOURCE)),
        index_no=_value(text, draft.fields.get(MetaField.INDEX_NO)),
        doc_no=doc_no,
        kind=report_kind(title_folded),
        start=0,
        end=draft.end,
        lines=header_lines,
    )


def _has_label(folded: str, line: HeaderLine) -> bool:
    return _LABEL.search(folded, line.start, line.end) is not None


def _value(text: str, span: tuple[int, int] | None) -> str | None:
    return text[span[0] : span[1]] if span else None


def _agency(text: str, folded: str, draft: _Draft) -> str | None:
    """The reporting body: named at the start of the title, else the 发布机构 field."""
    spans: list[tuple[int, int]] = []
    if MetaField.TITLE in draft.fields:
        spans.append(draft.fields[MetaField.TITLE])
    spans.extend(draft.title_spans[:1])
    for start, end in spans:
        cut = _AGENCY_CUT.search(folded, start, end)
        if cut is None:
            continue
        a_start, a_end = _strip_span(folded, start, cut.start())
        found = _AGENCY_END.search(folded, a_start, a_end)
        if found is not None and found.start() - a_start >= MIN_PLACE_CHARS:
            return text[a_start:a_end]
    if MetaField.AGENCY in draft.fields:
        a_start, a_end = draft.fields[MetaField.AGENCY]
        found = _AGENCY_END.search(folded, a_start, a_end)
        if found is not None and found.start() - a_start >= MIN_PLACE_CHARS:
            return text[a_start:a_end]
    return None

"""Header stage: the lines before the report body → :class:`~zhgovreport.model.Meta`.

A report copied from a web page starts with the page's chrome and the page's
data about the report: breadcrumbs (``当前位置: 首页``, ``您所在的位置:政务公开 >
工作报告``, ``>政务公开 >公开年报``), the 政务公开 attribute table in any layout
(``索引号: | … |`` pipes, a field per line, several per line, spaced labels
``索  引  号`` with or without a colon, Traditional ``發佈機構``), the line under
the headline (``2023-02-23 14:54 浏览次数: 信息来源:…``, ``字体大小``, ``打印``),
site headers and footers (``联系我们| 网站地图|…``); in speeches a subtitle with
the date and the speaker; sometimes a cover letter (``中共长宁区委：…以上请示妥否，
请批示。…2024年1月4日``) before the report's own title.  :func:`read_header`
finds where that header stops and reads what it says.

The header is a prefix of the text.  It stops at the first line that is report
content: a heading (``一、…``, ``(四)…``), a salutation (``各位代表：``), or a
sentence (a line ending in ``。``, holding a comma, or too long for a title) —
unless that content is a cover letter whose date line is followed by a title
naming a report.  Only a bounded number of lines is looked at, so the stage
is O(1) in the size of the text.  Matching is done on the folded text; every
string in the result is a slice of the caller's text (``福州市司法局2023年法治政府建設
工作報告`` keeps its script), except an agency named by a place alone, which
is the place and its government (``静海区`` → ``静海区人民政府``).

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
import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs
import regex

from zhgovreport.dates import YEAR_NUMERAL, find_date, find_year
from zhgovreport.model import FieldSource, HeaderLine, Meta, MetaField, Origin, ReportKind
from zhgovreport.numbering import match_marker
from zhgovreport.outline._vocab_header import (
    AGENCY_CUTS,
    AGENCY_SUFFIXES,
    BREADCRUMB_LABELS,
    CHROME_STARTS,
    CRUMB_SEPARATORS,
    EMPTY_VALUES,
    FOOTER_WORDS,
    HEADER_LABELS,
    MIN_PLACE_CHARS,
    PLACE_GOVERNMENTS,
    PUBLISHED_LABEL_RANK,
    SENTENCE_ENDS,
    TABLE_LABELS,
)
from zhgovreport.outline.genre import report_kind
from zhgovreport.text.lines import Line
from zhgovreport.text.source import Source

__all__ = [
    "LabeledValue",
    "agency_in",
    "is_empty_value",
    "label_values",
    "line_fields",
    "published_rank",
    "read_header",
    "table_row",
]

MAX_HEADER_LINES = 30
"""How many non-blank lines may belong to a header (an attribute table a field per line is ten)."""

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

MAX_COVER_LINES = 25
"""A cover letter (addressee, text, sender, date) holds at most this many non-blank lines."""

SALUTATION_CAP = 30
"""A cover letter's addressee line (``中共长宁区委：``) is at most this long."""

_STRIP = " \t\u200b\u200c\u200d\u2060\ufeff"
_VALUE_STRIP = " \t|:"
_OPENERS = _STRIP + "【[(（"


def _spaced(label: str) -> str:
    return r"\s*".join(regex.escape(c) for c in label)


_WS = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
"""What ``\\s`` matches in the ``regex`` module (White_Space: not U+001C-U+001F, which stdlib ``re`` adds)."""
_LABEL = re.compile(
    # stdlib re with a leading class of the labels' first characters: re skips every other
    # position in C (the same pattern in `regex` tried the look-behind at each one)
    "(?=[" + re.escape("".join(sorted({k[0] for k in HEADER_LABELS}))) + "])"
    + f"(?<![^{_WS}|>:\\[【(\u200b-\u200d\u2060\ufeff])("
    + "|".join(f"[{_WS}]*".join(re.escape(c) for c in k) for k in sorted(HEADER_LABELS, key=len, reverse=True))
    + f")[{_WS}]*(?:(:)|(?=\\||[{_WS}]+[^{_WS}|]))"
)
_BREADCRUMB = regex.compile("|".join(_spaced(k) for k in sorted(BREADCRUMB_LABELS, key=len, reverse=True)))
_FOOTER = regex.compile("|".join(regex.escape(w) for w in FOOTER_WORDS), regex.IGNORECASE)
_SPACES = regex.compile(r"\s+")
_AGENCY_END = regex.compile(
    "(?:" + "|".join(regex.escape(s) for s in sorted(AGENCY_SUFFIXES, key=len, reverse=True)) + r")\s*$"
)
_AGENCY_CUT = regex.compile(
    f"(?P<year>{YEAR_NUMERAL})|" + "|".join(regex.escape(c) for c in sorted(AGENCY_CUTS, key=len, reverse=True))
)
_YEAR_WORD = regex.compile(r"\s*年度?|\s*度")
_CHUNK = regex.compile(r"[^\s|]+")


def published_rank(label: str) -> int:
    """Where a date label stands in :data:`~._vocab_header.PUBLISHED_LABEL_RANK` (unlisted labels last)."""
    return PUBLISHED_LABEL_RANK.index(label) if label in PUBLISHED_LABEL_RANK else len(PUBLISHED_LABEL_RANK)


def is_empty_value(value: str) -> bool:
    """Whether a labelled value says there is none (``无``, ``-``).

    >>> is_empty_value(" 无 "), is_empty_value("浙政发〔2023〕5号")
    (True, False)
    """
    return value.strip(_STRIP + _VALUE_STRIP + "\u3000") in EMPTY_VALUES


class LabeledValue(NamedTuple):
    """One labelled value of a line: the label as in the vocabulary, the field it fills, the value's span."""

    label: str
    """The label, folded and without spaces (``索  引  號`` is ``索引号``)."""
    field: MetaField | None
    start: int
    end: int
    """``[start, end)`` is the value, stripped (``start == end`` when the label has none)."""
    label_start: int


def table_row(values: Sequence[LabeledValue]) -> bool:
    """Whether a line's labels make it a row of the 政务公开 attribute table, not the line under a headline.

    A row has an attribute-table label other than a date (``发布日期`` also heads
    the ``发布日期:… 浏览次数:… 来源:…`` line).

    >>> row = "索引号: 0011 发布日期: 2023-02-23"
    >>> table_row(line_fields(row, 0, len(row))), table_row(line_fields("发布日期:2023-02-23 来源:科", 0, 23))
    (True, False)
    """
    return any(v.label in TABLE_LABELS and v.field is not MetaField.PUBLISHED for v in values)


def _strip_span(folded: str, start: int, end: int, chars: str = _STRIP) -> tuple[int, int]:
    """``folded[start:end]`` without ``chars`` at either end, as a span (C-speed strips)."""
    if 0 <= start < end <= len(folded) and folded[start] not in chars and folded[end - 1] not in chars:
        return start, end  # nothing to strip (most lines): no copy of the line
    segment = folded[start:end]
    left = len(segment) - len(segment.lstrip(chars))
    right = len(segment.rstrip(chars))
    return start + left, start + max(left, right)


def line_fields(folded: str, start: int, end: int) -> list[LabeledValue]:
    """The labelled values of the line ``folded[start:end]``, in order.

    A label is a :data:`~._vocab_header.HEADER_LABELS` entry at a boundary
    (line start, space, ``|``, ``>``), its characters possibly spaced out,
    followed by a colon; an attribute-table label (:data:`~._vocab_header.TABLE_LABELS`)
    may also be followed by ``|`` or a space and a value.  A value runs to the
    next label.

    >>> line = "索  引  号 113708120042347000/2026-00508 公开方式 主动公开"
    >>> [(f.label, line[f.start:f.end]) for f in line_fields(line, 0, len(line))]
    [('索引号', '113708120042347000/2026-00508'), ('公开方式', '主动公开')]
    """
    labels: list[tuple[str, int, int]] = []
    for match in _LABEL.finditer(folded, start, end):
        label = match[1] if match[1] in HEADER_LABELS else _SPACES.sub("", match[1])  # spaced out: 索 引 号
        if match[2] is None and label not in TABLE_LABELS:
            continue
        labels.append((label, match.start(), match.end()))
    out: list[LabeledValue] = []
    for i, (label, l_start, l_end) in enumerate(labels):
        v_end = labels[i + 1][1] if i + 1 < len(labels) else end
        v_start, v_end = _strip_span(folded, l_end, v_end, _STRIP + _VALUE_STRIP)
        v_end = v_start + len(folded[v_start:v_end].rstrip(_OPENERS))  # `来源：科 【字体：…】`
        out.append(LabeledValue(label, HEADER_LABELS[label], v_start, max(v_start, v_end), l_start))
    return out


def _is_fields_line(fields: list[LabeledValue], folded: str, start: int) -> bool:
    """A line is a field line when a label has a colon, starts it, or two table labels share it."""
    if not fields:
        return False
    if fields[0].label_start == start or len(fields) >= 2:
        return True
    return ":" in folded[fields[0].label_start : fields[0].start]


def _value_line(folded: str, start: int, end: int) -> bool:
    """Whether a line can be the value of a label left empty on the line before (``索引号：`` / ``0011…``)."""
    if end - start > TITLE_CAP or folded[end - 1] in SENTENCE_ENDS or match_marker(folded, start, end):
        return False
    if line_fields(folded, start, end):
        return False
    return report_kind(folded[start:end]) is ReportKind.UNKNOWN


def label_values(source: Source, first: int = 0, last: int | None = None) -> list[tuple[int, LabeledValue]]:
    """Every labelled value of lines ``first..last`` of ``source``, with its line's index.

    A label left empty at the end of a line takes the next non-blank line as its
    value when that line can be one (short, no label, not a heading, not a
    sentence, not a report's title): a table copied a cell per line.  Labels
    with no value anywhere stay empty (``索引号：`` then ``发布机构：``).

    >>> source = Source.of("索引号：\\n0011/2023-01\\n发布机构：\\n主题分类：其他\\n")
    >>> [(i, v.label, source.text[v.start:v.end]) for i, v in label_values(source)]
    [(1, '索引号', '0011/2023-01'), (2, '发布机构', ''), (3, '主题分类', '其他')]
    """
    folded = source.folded
    out: list[tuple[int, LabeledValue]] = []
    pending: tuple[int, LabeledValue] | None = None
    lines = source.lines
    for index in range(first, len(lines) if last is None else last):
        line = lines[index]
        if pending is None and _LABEL.search(folded, line.start, line.end) is None:
            continue  # no label: not a fields line (the stripped line holds no more labels than the line)
        start, end = _strip_span(folded, line.start, line.end)
        if start >= end:
            continue
        fields = line_fields(folded, start, end)
        if pending is not None:
            p_index, p_value = pending
            pending = None
            if not fields and _value_line(folded, start, end):
                out.append((index, p_value._replace(start=start, end=end)))
                continue
            out.append((p_index, p_value))
        if not _is_fields_line(fields, folded, start):
            continue
        for field in fields[:-1]:
            out.append((index, field))
        if fields[-1].start == fields[-1].end:
            pending = (index, fields[-1])
        else:
            out.append((index, fields[-1]))
    if pending is not None:
        out.append(pending)
    return out


def agency_in(text: str, folded: str, start: int = 0, end: int | None = None) -> str | None:
    """The reporting body a title (or a 发布机构 value) names, or ``None``.

    The body stands before the year or before ``关于``/``法治政府``… (``XX县人民政府
    关于…``), or right after a leading year (``2020年静海区法治政府建设情况报告``).
    It needs a place before its suffix (``司法局`` alone names none); a place
    alone names its government (:data:`~._vocab_header.PLACE_GOVERNMENTS`).

    >>> title = "2020年静海区法治政府建设情况报告"
    >>> agency_in(title, title), agency_in("诸暨市司法局2022年报告", "诸暨市司法局2022年报告")
    ('静海区人民政府', '诸暨市司法局')
    """
    stop = len(folded) if end is None else end
    cut = _AGENCY_CUT.search(folded, start, stop)
    a_start, a_end = _strip_span(folded, start, cut.start() if cut else stop)
    if a_start >= a_end and cut is not None and cut["year"] is not None:
        after = cut.end()
        year_word = _YEAR_WORD.match(folded, after, stop)
        after = year_word.end() if year_word else after
        following = _AGENCY_CUT.search(folded, after, stop)
        if following is None:
            return None
        a_start, a_end = _strip_span(folded, after, following.start())
    if a_start >= a_end:
        return None
    found = _AGENCY_END.search(folded, a_start, a_end)
    if found is None or found.start() - a_start < MIN_PLACE_CHARS:
        return None
    return text[a_start:a_end] + PLACE_GOVERNMENTS.get(found[0].strip(), "")


class _LineKind(enum.Enum):
    """What one non-blank line at the top of a text is."""

    CONTENT = "content"  # a heading, a salutation or a sentence: the header stops before it
    FIELDS = "fields"  # labelled values: 发布日期:… 来源:…, a pipe-table row
    DATE = "date"  # a line that is mostly a date: （2022年10月16日）
    CHROME = "chrome"  # site navigation: >政务公开 >公开年报, breadcrumbs, footers
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
    title_runs: list[list[tuple[int, int]]] = attrs.Factory(list)  # runs of consecutive short lines
    last_short: bool = False  # the last non-blank line was a short line
    crumb_title: tuple[int, int] | None = None  # a report's title at the end of a breadcrumb
    fields: dict[MetaField, tuple[int, int, str]] = attrs.Factory(dict)  # field -> (start, end, label)
    published: tuple[datetime.date, str, int, int] | None = None  # (date, label or "", span)
    written: tuple[datetime.date, str, int, int] | None = None


def _take_date(draft: _Draft, field: MetaField, folded: str, start: int, end: int, label: str) -> bool:
    """Read the date in ``folded[start:end]`` into ``draft`` (``published`` keeps the best-ranked label)."""
    found = find_date(folded, start, end)
    if found is None:
        return False
    value = (found[0], label, found[1], found[2])
    if field is MetaField.WRITTEN:
        if draft.written is None:
            draft.written = value
    elif draft.published is None or (label and published_rank(label) < published_rank(draft.published[1])):
        draft.published = value
    return True


def _take(draft: _Draft, folded: str, value: LabeledValue) -> bool:
    """Store one labelled value; return whether it filled a field."""
    field = value.field
    if field is None or value.start >= value.end:
        return False
    if field in (MetaField.PUBLISHED, MetaField.WRITTEN):
        return _take_date(draft, field, folded, value.start, value.end, value.label)
    if field in draft.fields:
        return False
    draft.fields[field] = (value.start, value.end, value.label)
    return True


def _read_fields(draft: _Draft, folded: str, start: int, fields: list[LabeledValue]) -> MetaField | None:
    """Read the labelled values of one line; return the first Meta field it gave."""
    given: MetaField | None = None
    first_label = fields[0].label_start
    if first_label > start and draft.published is None:
        # seed 000: `2023-02-23 14:54 浏览次数: …`
        if _take_date(draft, MetaField.PUBLISHED, folded, start, first_label, ""):
            given = MetaField.PUBLISHED
    for value in fields:
        if _take(draft, folded, value) and given is None:
            given = value.field
    return given


def _crumb_title(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """A report's title at the end of a breadcrumb (``… > 工作报告 2020年…报告``): its span."""
    tail = max(folded.rfind(sep, start, end) for sep in (*CRUMB_SEPARATORS, ":"))
    found: tuple[int, int] | None = None
    for chunk in _CHUNK.finditer(folded, max(tail + 1, start), end):
        if report_kind(chunk[0]) is not ReportKind.UNKNOWN:
            found = chunk.span()
    return found


def _sentence_like(folded: str, start: int, end: int) -> bool:
    """The non-blank line ends as a sentence or a salutation does, or holds ``。``."""
    last = folded[end - 1]
    return last in SENTENCE_ENDS or last in ":：" or "。" in folded[start:end]


def _classify(folded: str, start: int, end: int) -> _LineKind:
    """What the stripped, non-blank line ``folded[start:end]`` is."""
    if end - start > LINE_CAP:
        return _LineKind.CONTENT
    if match_marker(folded, start, end):
        return _LineKind.CONTENT  # a heading
    if _BREADCRUMB.search(folded, start, end) or _FOOTER.search(folded, start, end):
        return _LineKind.CHROME
    if _is_fields_line(line_fields(folded, start, end), folded, start):
        return _LineKind.FIELDS
    if _sentence_like(folded, start, end):
        return _LineKind.CONTENT  # a sentence or a salutation (各位代表：)
    found = find_date(folded, start, end)
    if found is not None:
        _day, d_start, d_end = found
        rest = (folded[start:d_start] + folded[d_end:end]).strip(" ()[]【】—-日" + _STRIP)
        if len(rest) <= DATE_LINE_REST and "," not in rest:
            return _LineKind.DATE
    if "," in folded[start:end] or end - start > TITLE_CAP:
        return _LineKind.CONTENT
    if folded.startswith(CHROME_STARTS, start, end) or any(s in folded[start:end] for s in CRUMB_SEPARATORS):
        return _LineKind.CHROME
    if folded.startswith("—", start, end):
        return _LineKind.DASH
    return _LineKind.SHORT


def _non_blank(folded: str, lines: Sequence[Line], index: int) -> tuple[int, int, int] | None:
    """The first non-blank line at or after ``index`` within the header's reach: (index, start, end)."""
    while index < len(lines) and lines[index].start <= MAX_HEADER_CHARS:
        start, end = _strip_span(folded, lines[index].start, lines[index].end)
        if start < end:
            return index, start, end
        index += 1
    return None


def _cover_title(folded: str, lines: Sequence[Line], index: int) -> int | None:
    """If line ``index`` opens a cover letter, the index of the report's title after it.

    A cover letter starts with an addressee (``中共长宁区委：``), and ends with
    a date line (``2024年1月4日``) right before a short line that names a report.
    """
    start, end = _strip_span(folded, lines[index].start, lines[index].end)
    if end - start > SALUTATION_CAP or folded[end - 1] not in ":：":
        return None
    seen = 0
    found = _non_blank(folded, lines, index + 1)
    while found is not None and seen < MAX_COVER_LINES:
        seen += 1
        i, start, end = found
        following = _non_blank(folded, lines, i + 1)
        # a long line or a sentence is never a date line: the cheap tests of _classify first
        maybe_date = end - start <= LINE_CAP and not _sentence_like(folded, start, end)
        if maybe_date and following is not None and _classify(folded, start, end) is _LineKind.DATE:
            t_index, t_start, t_end = following
            if (
                _classify(folded, t_start, t_end) is _LineKind.SHORT
                and report_kind(folded[t_start:t_end]) is not ReportKind.UNKNOWN
            ):
                return t_index
        found = following
    return None


def _walk(draft: _Draft, folded: str, lines: Sequence[Line]) -> bool:
    """Read header lines into ``draft``; return True if a content line stopped the walk."""
    seen = 0
    pending: LabeledValue | None = None  # a label left empty at the end of the last line
    index = -1
    while index + 1 < len(lines):
        index += 1
        line = lines[index]
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
        field: MetaField | None = None
        if pending is not None and what in (_LineKind.SHORT, _LineKind.DATE) and _value_line(folded, start, end):
            # a table copied a cell per line: `索引号：` then `0011…`
            if _take(draft, folded, pending._replace(start=start, end=end)):
                field = pending.field
            pending = None
            draft.last_short = False
            _append(draft, line, field, strong=True)
            continue
        pending = None
        if what is _LineKind.CONTENT:
            cover_title = _cover_title(folded, lines, index)
            if cover_title is None:
                return True
            for letter_line in lines[index:cover_title]:  # the letter is header; its title is not the report's
                if letter_line.end > letter_line.start and folded[letter_line.start : letter_line.end].strip(_STRIP):
                    _append(draft, letter_line, None, strong=True)
                else:
                    draft.end = letter_line.next
            draft.title_runs.clear()
            draft.last_short = False
            index = cover_title - 1
            continue
        strong = what in _STRONG
        if what is _LineKind.FIELDS:
            fields = line_fields(folded, start, end)
            field = _read_fields(draft, folded, start, fields)
            if fields[-1].start == fields[-1].end:
                pending = fields[-1]
        elif what is _LineKind.DATE:
            if draft.published is None and _take_date(draft, MetaField.PUBLISHED, folded, start, end, ""):
                field = MetaField.PUBLISHED
        elif what is _LineKind.CHROME:
            if draft.crumb_title is None:
                draft.crumb_title = _crumb_title(folded, start, end)
        elif what is _LineKind.SHORT:
            if draft.last_short and len(draft.title_runs[-1]) < MAX_TITLE_LINES:
                draft.title_runs[-1].append((start, end))
            elif not draft.last_short:
                draft.title_runs.append([(start, end)])
            field = MetaField.TITLE
            strong = report_kind(folded[start:end]) is not ReportKind.UNKNOWN
        draft.last_short = what is _LineKind.SHORT
        _append(draft, line, field, strong)
    return False


def _append(draft: _Draft, line: Line, field: MetaField | None, strong: bool) -> None:
    draft.lines.append(HeaderLine(line.start, line.end, "", field))
    draft.end = line.next
    if strong:
        draft.strong += 1
        draft.last_strong = len(draft.lines)
        draft.end_after_strong = line.next


def read_header(source: Source) -> Meta:
    """Return the header's :class:`Meta`; ``meta.end`` is where the header stops.

    The header is the run of title, chrome, field and date lines at the top of the
    text (blank lines between and after them included), and a cover letter
    before the report's own title.  When no content line follows within the
    first :data:`MAX_HEADER_LINES` non-blank lines, only the lines up to the
    last certain header line (a labelled field, a date, chrome, a title naming a
    report kind) are kept; a text of short lines and nothing else has no header.

    The title is the first run of short lines that names a report kind (else
    the first run), never a chrome line; a report's title at the end of a
    breadcrumb is used when no line gives one.

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
        draft.title_runs = [[s for s in run if s[1] <= draft.end] for run in draft.title_runs]
        draft.title_runs = [run for run in draft.title_runs if run]
    return _freeze(draft, text, folded)


def _title_run(draft: _Draft, folded: str) -> list[tuple[int, int]]:
    """The run of short lines that is the title: the first naming a report kind, else the first."""
    for run in draft.title_runs:
        if report_kind(" ".join(folded[s:e] for s, e in run)) is not ReportKind.UNKNOWN:
            return run
    if draft.title_runs:
        return draft.title_runs[0]
    return [draft.crumb_title] if draft.crumb_title else []


def _freeze(draft: _Draft, text: str, folded: str) -> Meta:
    sources: list[FieldSource] = []
    title_spans: list[tuple[int, int]] = []
    title_label = ""
    if MetaField.TITLE in draft.fields:
        t_start, t_end, title_label = draft.fields[MetaField.TITLE]
        title_spans = [(t_start, t_end)]
    else:
        title_spans = _title_run(draft, folded)
    chosen = {line_start for line_start, _ in title_spans}
    header_lines = tuple(
        HeaderLine(
            h.start,
            h.end,
            text[h.start : h.end],
            None if h.field is MetaField.TITLE and not _holds(h, chosen, folded) else h.field,
        )
        for h in draft.lines
    )
    title = " ".join(text[s:e] for s, e in title_spans) if title_spans else None
    title_folded = " ".join(folded[s:e] for s, e in title_spans)
    if title is not None:
        sources.append(FieldSource(MetaField.TITLE, Origin.TEXT, title_label, title))
    agency, agency_key = _agency(text, folded, draft, title_spans[:1])
    if agency is not None:
        sources.append(FieldSource(MetaField.AGENCY, Origin.TEXT, agency_key, agency))
    dates: dict[MetaField, datetime.date | None] = {}
    for field, value in ((MetaField.PUBLISHED, draft.published), (MetaField.WRITTEN, draft.written)):
        dates[field] = value[0] if value else None
        if value is not None:
            sources.append(FieldSource(field, Origin.TEXT, value[1], text[value[2] : value[3]]))
    plain: dict[MetaField, str | None] = {}
    for field in (MetaField.SOURCE, MetaField.INDEX_NO, MetaField.DOC_NO):
        span = draft.fields.get(field)
        if span is not None and is_empty_value(text[span[0] : span[1]]):
            span = None  # seed 003 `文号: | 无 |`: the line gave the field, and it says there is none
        plain[field] = text[span[0] : span[1]] if span else None
        if span is not None:
            sources.append(FieldSource(field, Origin.TEXT, span[2], text[span[0] : span[1]]))
    return Meta(
        title=title,
        agency=agency,
        year=find_year(title_folded) if title_folded else None,
        published=dates[MetaField.PUBLISHED],
        source=plain[MetaField.SOURCE],
        index_no=plain[MetaField.INDEX_NO],
        doc_no=plain[MetaField.DOC_NO],
        kind=report_kind(title_folded),
        start=0,
        end=draft.end,
        lines=header_lines,
        written=dates[MetaField.WRITTEN],
        provenance=tuple(sources),
    )


def _holds(line: HeaderLine, starts: set[int], folded: str) -> bool:
    """Whether a header line tagged as a title is the title chosen (or a ``标题:`` field line)."""
    start, end = _strip_span(folded, line.start, line.end)
    return start in starts or _is_fields_line(line_fields(folded, start, end), folded, start)


def _agency(text: str, folded: str, draft: _Draft, title_spans: list[tuple[int, int]]) -> tuple[str | None, str]:
    """The reporting body and where it came from: named in the title, else the 发布机构 field."""
    for start, end in title_spans:
        found = agency_in(text, folded, start, end)
        if found is not None:
            return found, "title"
    if MetaField.AGENCY in draft.fields:
        a_start, a_end, label = draft.fields[MetaField.AGENCY]
        found = agency_in(text, folded, a_start, a_end)
        if found is not None:
            return found, label
    return None, ""

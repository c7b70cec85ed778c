"""Stage 3 — records: mentions as :class:`~zhgovreport.model.Quantity`, per text or per node.

:func:`extract_quantities` folds the text once, runs the scanner
(:mod:`~zhgovreport.quantities.scan`) in one left-to-right pass, keeps what
the context rules (:mod:`~zhgovreport.quantities.context`) accept, and slices
the caller's string for each mention's ``text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from zhgovreport.errors import ParseError, check_str
from zhgovreport.locate import locate
from zhgovreport.model import Item, Quantity, Report, Section
from zhgovreport.quantities.context import Reading, read_candidate, read_range
from zhgovreport.quantities.scan import STOP, search_scanner
from zhgovreport.text.fold import fold

__all__ = ["extract_quantities", "parse_quantity"]

_MASK = "\x00"  # never part of a number, a unit, or a word the scanner reads


def _scan(folded: str, pos: int, endpos: int, lenient: bool = False) -> list[Reading]:
    """All readings in ``folded[pos:endpos]``, in order (one linear pass).

    The scanner's matches are read left to right, each search resuming
    where the last match stopped (:func:`~zhgovreport.quantities.scan.search_scanner`:
    the same matches as ``finditer`` of the scanner); when a Chinese
    numeral with a tail turns out to be a word (``一项``), the search resumes
    right after the numeral, since what follows it may be a figure.  A range
    head (``5—`` of ``5—6%``) waits for the match that starts where it ends:
    a figure there completes the range (:func:`read_range`), an exclusion
    there swallows it (``5-6日`` is a date), anything else leaves the first
    number alone.
    """
    pattern = search_scanner()
    search = pattern.search
    out: list[Reading] = []
    extend = out.extend
    read = read_candidate
    find = folded.find
    index = pattern.groupindex
    stop_group = index[STOP]  # where a mention candidate ends
    cn_group = index["cn"]
    conn_group = index["conn"]  # set in a range head
    ar_group = index["ar"]
    floor = pos
    head: re.Match[str] | None = None
    head_end = -1
    head_floor = pos

    def alone(head: re.Match[str], floor: int) -> tuple[Reading, ...]:
        """The first number of a range head that no figure follows, read by itself."""
        return read(head, folded, floor, lenient)

    while True:
        m = search(folded, pos, endpos)
        if m is None:
            if head is not None:
                extend(alone(head, head_floor))
            return out
        start = m.start()
        end = m.end(1)  # group "x": an exclusion (-1 for a mention candidate)
        if head is not None and (start != head_end or end >= 0):
            if start != head_end:
                extend(alone(head, head_floor))
            head = None  # else 5-6日: the head belongs to the exclusion
        if end >= 0:
            pos = floor = end
            continue
        end = m.end(stop_group)
        if m.start(conn_group) >= 0:
            if head is not None:  # 5—6—7: the first head stands alone
                extend(alone(head, head_floor))
            head, head_end, head_floor = m, end, floor
            pos = floor = end
            if m.start(ar_group) < 0 and m.start(cn_group) < 0:  # 三分之一至三分之二: two figures
                extend(alone(head, head_floor))
                head = None
            continue
        cn_end = m.end(cn_group)  # -1 when the candidate is not a Chinese numeral
        if cn_end == end and not lenient and head is None:  # a Chinese numeral and nothing after it (一, 二十大)
            if find("万", start, end) < 0 and find("亿", start, end) < 0:
                pos = floor = end  # rule 2: a word, not a figure (read_candidate says the same)
                continue
        readings = read(m, folded, floor, lenient)
        if head is not None:
            extend(read_range(head, m, readings[0], folded, head_floor) if len(readings) == 1 else alone(head, head_floor))
            if len(readings) != 1:
                extend(readings)
            head = None
        else:
            extend(readings)
        if not readings and 0 <= cn_end < end:  # a word, not a figure: what follows it may be one
            pos = floor = cn_end
            continue
        pos = floor = end


def _records(text: str, readings: Iterable[Reading]) -> list[Quantity]:
    return [
        Quantity(text[s:e], s, e, value, unit, kind, approx, (), None, None, upper)
        for s, e, value, unit, kind, approx, upper in readings
    ]


def extract_quantities(source: str | Report, *, within: Section | None = None) -> list[Quantity]:
    """Every figure stated in ``source``, in order, with exact values and spans.

    ``source`` is a text or a parsed :class:`~zhgovreport.model.Report`.
    ``text[q.start:q.end] == q.text`` for each result (``report.text`` for a
    report).  Dates, ordinals, codes and words that merely contain a numeral
    are not figures (``docs/spec/quantities.md``, §3).  Any ``str`` gives a
    list (maybe empty); other types raise ``TypeError``.

    From a report, each figure also has ``path`` and ``section`` (the
    innermost section around it; ``()`` and ``None`` in the preamble) and
    ``sentence`` (the sentence around it, split at ``。！？；!?;`` and line
    breaks); the numbers of outline and item markers and the header are never
    figures.  ``within`` (a section of that report) keeps the figures inside
    that section, its children included.

    >>> [(q.text, str(q.value), q.unit, str(q.kind), str(q.approx))
    ...  for q in extract_quantities("2022年，审结305件，纠错率4.9%，同比下降7.6个百分点")]
    [('305件', '305', '件', 'count', 'exact'), ('4.9%', '4.9', '%', 'percent', 'exact'), ('7.6个百分点', '7.6', 'pp', 'percentage_point', 'exact')]
    >>> [(q.text, str(q.value), q.unit) for q in extract_quantities("原煤八千一百九十九萬噸，近2萬件")]
    [('八千一百九十九萬噸', '81990000', '吨'), ('近2萬件', '20000', '件')]
    >>> from zhgovreport import parse
    >>> report = parse("一、成效\\n(一)复议\\n审结305件。\\n二、问题\\n1.败诉率3%。\\n")
    >>> [(q.text, q.path, q.section) for q in extract_quantities(report)]
    [('305件', (1, 1), '复议'), ('3%', (2, 1), '败诉率3%')]
    >>> [q.text for q in extract_quantities(report, within=report.sections[1])]
    ['3%']
    """
    if isinstance(source, Report):
        return _in_report(source, within)
    check_str(source, "extract_quantities")
    if within is not None:
        raise TypeError("extract_quantities: within= applies to a Report, not to a str")
    folded = fold(source)
    return _records(source, _scan(folded, 0, len(folded)))


def parse_quantity(text: str) -> Quantity:
    """Read ``text`` (surrounding white space ignored) as exactly one quantity.

    Raises :class:`~zhgovreport.errors.ParseError` (a ``ValueError``) naming
    the input when it is not one quantity.  It runs the same scanner and the
    same context rules as :func:`extract_quantities` and accepts the one
    mention that spans the whole text, so the two agree; the one rule it
    relaxes is that a lone Chinese numeral is read as a number here
    (``一百零八``), since the caller says it is one.

    >>> q = parse_quantity("5.4万多件")
    >>> q.value, q.unit, str(q.kind), str(q.approx)
    (Decimal('54000'), '件', 'count', 'over')
    >>> parse_quantity("六成以上").value, parse_quantity("千分之二").unit
    (Decimal('60'), '‰')
    >>> parse_quantity("2022年")
    Traceback (most recent call last):
      ...
    zhgovreport.errors.ParseError: cannot parse '2022年' at position 0: not a quantity
    """
    check_str(text, "parse_quantity")
    folded = fold(text)
    lead = len(folded) - len(folded.lstrip())
    stop = len(folded.rstrip())
    if lead >= stop:
        raise ParseError(text, 0, "no quantity in an empty string")
    readings = _scan(folded, lead, stop, lenient=True)
    if len(readings) == 1 and readings[0][0] == lead and readings[0][1] == stop:
        return _records(text, readings)[0]
    if not readings:
        return _fail(text, lead, "not a quantity")
    first = readings[0]
    if first[0] != lead:
        return _fail(text, lead, "not a quantity")
    return _fail(text, first[1], "more than one quantity, or text after it")


def _fail(text: str, pos: int, reason: str) -> Quantity:
    raise ParseError(text, pos, reason)


# --- from a report ----------------------------------------------------------------


def _marker_spans(text: str, sections: Iterable[Section], items: Iterable[Item]) -> list[tuple[int, int]]:
    """The outline and item markers: ``一、``, ``(三)``, ``1.``, ``一是``."""
    spans: list[tuple[int, int]] = [(i.start, i.start + len(i.marker)) for i in items]
    for section in sections:
        spans.extend((i.start, i.start + len(i.marker)) for i in section.items)
        if section.implicit or section.heading_end <= section.start:
            continue
        title_at = text.find(section.title, section.start, section.heading_end) if section.title else -1
        if title_at < 0:
            marker_at = text.find(section.marker, section.start, section.heading_end) if section.marker else -1
            title_at = marker_at + len(section.marker) if marker_at >= 0 else section.heading_end
        spans.append((section.start, title_at))
    return spans


def _masked(folded: str, spans: Iterable[tuple[int, int]]) -> str:
    """``folded`` with each span replaced by mask characters (same length).

    The spans are sorted as they are (no new tuples), and a mask of a length
    already made is reused: a text of many markers (``——`` bullets, ``一、``
    lines) would otherwise allocate two objects per marker.
    """
    ordered = sorted(span for span in spans if span[1] > span[0])
    if not ordered:
        return folded
    parts: list[str] = []
    append = parts.append
    masks: dict[int, str] = {}
    pos = 0
    for s, e in ordered:
        s = max(s, pos)
        if e <= s:
            continue
        append(folded[pos:s])
        mask = masks.get(e - s)
        if mask is None:
            mask = masks[e - s] = _MASK * (e - s)
        append(mask)
        pos = e
    append(folded[pos:])
    return "".join(parts)


def _in_report(report: Report, within: Section | None) -> list[Quantity]:
    """:func:`extract_quantities` of a report, or of one of its sections."""
    text = report.text
    folded = fold(text)
    if within is None:
        sections: Sequence[Section] = list(report.walk())
        spans = _marker_spans(text, sections, report.preamble_items)
        if report.meta.end > report.meta.start:
            spans.append((report.meta.start, report.meta.end))
        lo, hi = 0, len(text)
    else:
        sections = list(within.walk())
        spans = _marker_spans(text, sections, ())
        lo, hi = within.start, min(within.end, len(text))
    readings = _scan(_masked(folded, spans), lo, hi)
    if not readings:
        return []
    places = locate(text, folded, sections, [reading[0] for reading in readings], lo, hi)
    # each record built once, with its place (no evolve: it reads the class's fields each call)
    return [
        Quantity(text[s:e], s, e, value, unit, kind, approx, path, title, sentence, upper)
        for (s, e, value, unit, kind, approx, upper), (path, title, sentence) in zip(readings, places)
    ]

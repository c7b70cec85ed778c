"""Item stage: inline enumerations ``一是…二是…`` and dash bullets inside one region of text.

A region is a section's own text ``[heading_end, body_end)`` or the
preamble.  Rules (``docs/spec/outline.md`` §4):

* Markers: ``一是`` (numeral + 是), ``第一是`` (gwr-1954), ``其一`` followed by
  ``，``/``、``/``：`` (numerals up to 九十九, read by :func:`cn_to_int`), and
  the run openers of :data:`~zhgovreport.numbering.RUN_OPENERS` (``首先，``),
  which are number 1 of a ``一是`` run.
* A run starts with number 1 at the start of a clause: the region start, a
  line start (after optional white space), or after ``。；;：:！？!?`` and
  optional white space; or after a comma, but then only if the run goes on
  to 二 (gwr-1998 ``…指导思想和基本任务，一是…；二是…``), as a run opened
  by a run opener must (``首先，…。二是…三是…``).  ``统一是``, ``一审`` and the
  idiom ``一是一、二是二`` (the numeral repeated after 是, then punctuation)
  are no items.
* A run continues with the next number *of the same form* (``二是`` after
  ``一是`` or ``首先``, ``第二是`` after ``第一是``); a continuation may also
  follow a comma (cpc-20 ``…三件大事：一是…，二是…，三是…``).  An entry that
  repeats the number before it (``四是`` twice, a transcription slip) is kept,
  with a ``DUPLICATE`` diagnostic, as a repeated heading is.  A number that
  does not continue the open run and is not 1 is no item.
* **Dash bullets**: a line that starts (after white space) with ``——``
  (:data:`~zhgovreport.numbering.DASH`) is an item with marker ``——`` when
  it is one of a run of at least two such lines with only blank lines
  between them (cpc-20 lines 67-97, gwr-2008 lines 14-28); the number is
  the position in the run.  A lone ``——`` line (a subtitle, an
  attribution) is no item.
* An item ends where the next item starts, or at the end of its sentence's
  last line, with trailing white space left out; so items never overlap and
  stay inside the region.  A line whose text does not end its sentence
  (:func:`~zhgovreport.text.lines.ends_sentence`) goes on to the line
  directly below it, unless that line is blank or starts a dash bullet: a
  page breaks lines where the source had a link (``——…（PM`` / ``2.5`` /
  ``）平均浓度…。``, gwr-2022 lines 36-38).  A marker alone on its line takes
  the next non-blank line (``一是`` / ``依法打击刑事犯罪活动；``, gwr-1994), as
  a heading marker alone on its line does.
* The lead is the first clause after the marker (leading ``，：、`` and line
  breaks skipped), up to ``。``, ``；`` or ``;`` or the item's end (a comma
  before the next item dropped), read across line breaks
  (:func:`~zhgovreport.text.lines.unbreak`).
"""

from __future__ import annotations

import collections
from typing import NamedTuple

import regex

from zhgovreport.model import Diagnostic, DiagnosticCode, Item
from zhgovreport.numbering import DASH, ITEM, ITEM_NUMERAL_CHARS, RUN_OPENERS
from zhgovreport.numerals import cn_to_int
from zhgovreport.text.lines import Line, ends_sentence, unbreak
from zhgovreport.text.source import Source

__all__ = ["Items", "find_items"]

_STRONG = "。;；:：!?！？"
_WEAK = ",，"
_LEAD_END = regex.compile("[。;；]")
_LEAD_SKIP = " \t\r\n,，、:："
_ALONE_SKIP = " \t,，、:："
_NUMERALS = frozenset(ITEM_NUMERAL_CHARS)
_MAX_BEFORE_SHI = 4  # 第 + three numerals: the farthest a marker starts before its 是
_OPENER_WORDS = tuple(word for word, _source in RUN_OPENERS)


class Items(NamedTuple):
    """What the item stage returns for one region: its items, and the diagnostics it raised."""

    items: list[Item]
    diagnostics: list[Diagnostic]


def _marker_starts(folded: str, start: int, end: int) -> list[int]:
    """The positions in ``folded[start:end]`` where an :data:`~zhgovreport.numbering.ITEM` match may start, in order.

    Every match either holds ``是`` right after a numeral, at most
    :data:`_MAX_BEFORE_SHI` characters after the match start (``一是``,
    ``第十二是``), starts at ``其`` followed by a numeral (``其一，``), or
    starts with a run opener (``首先``).  Finding those with ``str.find`` (C
    speed) and trying the pattern only at those few positions gives the same
    matches as ``ITEM.finditer``, which steps through every character
    (corpus: items 1.4 → 0.5 ms); a test compares the two on every fixture.
    """
    starts: set[int] = set()
    find = folded.find
    at = find("是", start, end)
    while at >= 0:
        if at > start and folded[at - 1] in _NUMERALS:
            starts.update(range(max(start, at - _MAX_BEFORE_SHI), at))
        at = find("是", at + 1, end)
    at = find("其", start, end)
    while at >= 0:
        if at + 1 < end and folded[at + 1] in _NUMERALS:
            starts.add(at)
        at = find("其", at + 1, end)
    for word in _OPENER_WORDS:  # a one-character find, then the rest (a multi-character find costs 4x)
        head, rest = word[0], word[1:]
        at = find(head, start, end)
        while at >= 0:
            if folded.startswith(rest, at + 1, end):
                starts.add(at)
            at = find(head, at + 1, end)
    return sorted(starts)


def _item_matches(folded: str, start: int, end: int) -> list[regex.Match[str]]:
    """``list(ITEM.finditer(folded, start, end))``, tried only where a match may start."""
    matches: list[regex.Match[str]] = []
    free = start  # matches do not overlap: the next one starts at or after the last end
    match_at = ITEM.match
    for pos in _marker_starts(folded, start, end):
        if pos < free:
            continue
        match = match_at(folded, pos, end)
        if match is not None:
            matches.append(match)
            free = match.end()
    return matches


def _boundary(folded: str, pos: int, region_start: int, line_start: int) -> str:
    """``"strong"``, ``"weak"`` or ``""``: what precedes ``pos`` in its line."""
    i = pos
    while i > line_start and folded[i - 1] in " \t":
        i -= 1
    if i == line_start or i == region_start:
        return "strong"
    if i < region_start:
        return ""
    prev = folded[i - 1]
    if prev in _STRONG:
        return "strong"
    if prev in _WEAK:
        return "weak"
    return ""


def _dash_start(folded: str, line: Line) -> int:
    """Where ``line``'s dash bullet marker starts, or -1 (white space before it allowed)."""
    i = line.start
    while i < line.end and folded[i] in " \t":
        i += 1
    return i if folded.startswith(DASH, i, line.end) else -1


def _inline(source: Source, start: int, end: int) -> list[tuple[int, int, int, bool]]:
    """The inline items of the region: ``(start, marker end, number, repeats its predecessor)``."""
    folded, line_at = source.folded, source.line_at
    found: list[tuple[int, int, int, bool]] = []
    runs: list[int] = []  # run index of each found item
    tentative: set[int] = set()  # runs that count only if they go on to 二
    form = ""
    last = 0
    for match in _item_matches(folded, start, end):
        pos = match.start()
        if match["ord"]:
            kind, number_chars = "ord", match["onum"]
        elif match["qi"]:
            kind, number_chars = "qi", match["qnum"]
        elif match["opener"]:
            kind, number_chars = "num", "一"
        else:
            kind, number_chars = "num", match["num"]
        try:
            number = cn_to_int(number_chars)
        except ValueError:
            continue
        boundary = _boundary(folded, pos, start, line_at(pos).start)
        repeat = False
        if number == 1 and boundary:
            form, last = kind, 1
            run = len(runs) and runs[-1] + 1
            if boundary == "weak" or match["opener"]:
                tentative.add(run)
        elif boundary and form == kind and number == last + 1:
            last = number
            run = runs[-1]
        elif boundary and form == kind and number == last > 1:
            run, repeat = runs[-1], True  # 四是 twice: kept, and diagnosed
        else:
            continue
        found.append((pos, match.end(), number, repeat))
        runs.append(run)
    if tentative:
        sizes = collections.Counter(runs)
        found = [f for f, r in zip(found, runs) if not (r in tentative and sizes[r] < 2)]
    return found


def _item_end(source: Source, pos: int, marker_end: int, region_end: int, next_start: int) -> int:
    """Where the item whose marker is ``[pos, marker_end)`` ends (module docstring)."""
    folded, lines = source.folded, source.lines
    line = source.line_at(pos)
    limit = min(region_end, next_start)
    if line.end >= limit:
        return limit
    after = marker_end
    while after < line.end and folded[after] in _ALONE_SKIP:
        after += 1
    if after == line.end:  # the marker alone on its line
        k = line.number + 1
        while k < len(lines) and lines[k].start < limit and lines[k].is_blank(folded):
            k += 1
        if k < len(lines) and lines[k].start < limit:
            line = lines[k]
    while line.end < limit and not ends_sentence(folded, line) and line.number + 1 < len(lines):
        below = lines[line.number + 1]
        if below.start >= limit or below.is_blank(folded) or _dash_start(folded, below) >= 0:
            break
        line = below
    return min(line.end, limit)


def find_items(source: Source, start: int, end: int, path: tuple[int, ...] = ()) -> Items:
    """Return the items of ``source.text[start:end]``, in order (``path`` is their section's), and their diagnostics.

    >>> t = "当前存在问题：一是统一是假的。二是一审不够；三是其他"
    >>> [(i.number, i.lead) for i in find_items(Source.of(t), 0, len(t)).items]
    [(1, '统一是假的'), (2, '一审不够'), (3, '其他')]
    >>> t = "成就是：\\n——经济跨上新台阶。\\n\\n——人民生活显著改善。\\n"
    >>> [(i.number, i.marker, i.lead) for i in find_items(Source.of(t), 0, len(t)).items]
    [(1, '——', '经济跨上新台阶'), (2, '——', '人民生活显著改善')]
    """
    text, folded = source.text, source.folded
    marks: list[tuple[int, int, int, bool]] = _inline(source, start, end)
    dashes = _dash_candidates(source, start, end) if folded.find(DASH, start, end) >= 0 else []
    if not marks and not dashes:
        return Items([], [])
    if dashes:
        marks = sorted(marks + _dash_runs(source, dashes, end))
    nexts = [m[0] for m in marks[1:]] + [end]
    ends = [_item_end(source, m[0], m[1], end, after) for m, after in zip(marks, nexts)]
    items: list[Item] = []
    diagnostics: list[Diagnostic] = []
    for (pos, marker_end, number, repeat), stop in zip(marks, ends):
        while stop > marker_end and folded[stop - 1] in " \t":
            stop -= 1
        lead_start = marker_end
        while lead_start < stop and folded[lead_start] in _LEAD_SKIP:
            lead_start += 1
        lead_stop = _LEAD_END.search(folded, lead_start, stop)
        lead_end = lead_stop.start() if lead_stop else stop
        while lead_end > lead_start and folded[lead_end - 1] in _LEAD_SKIP:
            lead_end -= 1  # a comma before the next item of the run
        marker = text[pos:marker_end]
        items.append(
            Item(
                number=number,
                marker=marker,
                lead=unbreak(text[lead_start:lead_end]),
                text=text[pos:stop],
                start=pos,
                end=stop,
                path=path,
            )
        )
        if repeat:
            diagnostics.append(Diagnostic(DiagnosticCode.DUPLICATE, f"item {marker} repeats number {number}", pos, stop))
    return Items(items, diagnostics)


def _dash_candidates(source: Source, start: int, end: int) -> list[tuple[int, int]]:
    """Every ``——`` that starts a line of the region: ``(start, marker end)``."""
    folded = source.folded
    found: list[tuple[int, int]] = []
    at = folded.find(DASH, start, end)
    while at >= 0:
        if _dash_start(folded, source.line_at(at)) == at:
            found.append((at, at + len(DASH)))
        at = folded.find(DASH, at + len(DASH), end)
    return found


def _dash_runs(source: Source, dashes: list[tuple[int, int]], end: int) -> list[tuple[int, int, int, bool]]:
    """The dash bullets in runs of two or more (paragraphs with only blank lines between), numbered by position."""
    folded = source.folded
    nexts = [pos for pos, _marker_end in dashes[1:]] + [end]
    stops = [_item_end(source, pos, marker_end, end, after) for (pos, marker_end), after in zip(dashes, nexts)]
    found: list[tuple[int, int, int, bool]] = []
    k = 0
    while k < len(dashes):
        j = k  # the run k..j
        while j + 1 < len(dashes) and not folded[stops[j] : dashes[j + 1][0]].strip():
            j += 1
        if j > k:
            run = enumerate(dashes[k : j + 1], start=1)
            found += [(pos, marker_end, number, False) for number, (pos, marker_end) in run]
        k = j + 1
    return found

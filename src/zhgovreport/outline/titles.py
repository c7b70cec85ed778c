"""Title stage: where a heading's title stops and its body starts.

Rules (``docs/spec/outline.md`` §3), in order:

1. The title is the first sentence after the marker, up to (without) its
   ``。``, when that sentence is at most :data:`SENTENCE_CAP` characters
   (``1.深入推進全面依法治市。加強…``, seed 002; gwr-2025 ``（一）…，全方位扩大
   国内需求。促进消费…``).  The ``。`` belongs to the heading, the rest of the
   line is the first body paragraph.
2. A line with no ``。`` at most :data:`LINE_CAP` characters long is a
   whole-line title (``一、2022年度法治政府建设的主要举措和成效``; gwr-1985
   ``第四、…勤俭建国的方针``, 46 characters).
3. Otherwise the title is *guessed* (``TITLE_GUESSED``): it is cut at the
   first clause boundary (``，,；;：:``) after :data:`MIN_TITLE` characters
   and no later than :data:`GUESS_CAP`, or at :data:`GUESS_CAP`.
4. A title that may have lost its ``。`` is guessed too: a run-in first
   sentence (more text follows its ``。`` on the line) or a title cut by
   rule 3 whose first clause runs on into a clause-opening preposition
   (:data:`CLAUSE_OPENERS`, after at least :data:`MIN_TITLE` characters and
   before any clause punctuation) is cut before that word (seed 001 line 40
   ``(二)推进涉企法治服务增值化改革按照“前台服务…”模式,…服务。依托…``).
   A heading that *ends* in its ``。`` (``（一）支持和保证人民通过人民代表大会
   行使国家权力。``) or a whole-line title (rule 2) is what the author wrote:
   no cut, whatever words it holds.

Each guessed cut says why (:attr:`TitleCut.why`), and the ``TITLE_GUESSED``
diagnostic repeats it.

The title text is the rest of the marker's line, or, for a marker alone on
its line, the next non-blank line (gwr-1986 ``（一）`` / ``第一、``).  A title
the page broke at a bracket or quotation mark goes on to the lines below
while it is open (``三、关于《`` / ``国务院机构改革方案`` / ``》的说明``, issue
10); the section's title reads across the breaks
(:func:`~zhgovreport.text.lines.unbreak`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import attrs
import regex

from zhgovreport.model import Diagnostic, DiagnosticCode, Style
from zhgovreport.outline.markers import Marker
from zhgovreport.text.lines import BRACKETS, OPENING, Line
from zhgovreport.text.source import Source

__all__ = [
    "BROKEN_LINES",
    "CLAUSE_OPENERS",
    "GUESS_CAP",
    "LINE_CAP",
    "MIN_TITLE",
    "SENTENCE_CAP",
    "Heading",
    "TitleCut",
    "Titles",
    "cut_title",
    "cut_titles",
]

SENTENCE_CAP = 100
"""Longest first sentence still read as a run-in title (seed 003 line 41 has 72)."""

LINE_CAP = 60
"""Longest line without ``。`` read whole as a title."""

GUESS_CAP = 40
"""Where a guessed title is cut at the latest."""

MIN_TITLE = 4
"""No cut is made before this many characters of title."""

CLAUSE_OPENERS: tuple[str, ...] = (
    "按照",
    "依照",
    "遵照",
    "通过",
    "围绕",
    "依托",
    "根据",
    "针对",
    "聚焦",
    "紧扣",
)
"""Prepositions that open an adverbial clause; met inside a title's first
clause they show that the title's ``。`` is missing (folded, Simplified)."""

BROKEN_LINES = 3
"""The most lines a title broken at brackets or quotation marks goes on to."""

_OPENING_RE = regex.compile("[" + regex.escape("".join(sorted(OPENING))) + "]")
_CLAUSE_PUNCT = ",，;；:："
_OPENER = regex.compile("|".join(sorted(CLAUSE_OPENERS, key=len, reverse=True)))
_CLAUSE = regex.compile(f"[{_CLAUSE_PUNCT}]")
_LEAD_SPACE = " \t、,:"


class TitleCut(NamedTuple):
    """Where a title stops: ``[title_start, title_end)`` is the title, ``heading_end`` is after its ``。``.

    ``why`` says, for a guessed cut, what made it a guess and where the
    title was cut (``""`` when the title is what the text says).
    """

    title_start: int
    title_end: int
    heading_end: int
    guessed: bool
    why: str = ""


@attrs.frozen
class Heading:
    """A marker with its title cut: what the tree stage nests.

    ``title_start`` / ``title_end`` is the title (without its closing ``。``),
    ``heading_end`` where the heading stops (after that ``。``); a heading
    with no title has all three at ``marker.marker_end``.
    """

    marker: Marker
    title_start: int
    title_end: int
    heading_end: int
    guessed: bool = False

    @property
    def style(self) -> Style:
        return self.marker.style

    @property
    def number(self) -> int:
        return self.marker.number

    @property
    def start(self) -> int:
        return self.marker.start


class Titles(NamedTuple):
    """What the title stage returns: the headings, and the diagnostics it raised."""

    headings: list[Heading]
    diagnostics: list[Diagnostic]


def cut_titles(source: Source, markers: Sequence[Marker]) -> Titles:
    """Cut the title of every marker's heading; report ``NO_TITLE`` and ``TITLE_GUESSED``.

    A marker alone on its line takes its title from the next non-blank line,
    unless that line is the next heading; a title broken at a bracket goes on
    to the lines below (:func:`_broken_end`).

    >>> src = Source.of("一、\\n工作回顾\\n二、存在问题。其他\\n三、关于《\\n方案\\n》的说明\\n")
    >>> from zhgovreport.outline.markers import find_markers
    >>> [src.text[h.title_start : h.title_end] for h in cut_titles(src, find_markers(src, 0)).headings]
    ['工作回顾', '存在问题', '关于《\\n方案\\n》的说明']
    """
    text, folded, lines = source.text, source.folded, source.lines
    headings: list[Heading] = []
    diagnostics: list[Diagnostic] = []
    for k, mark in enumerate(markers):
        stop = markers[k + 1].line if k + 1 < len(markers) else len(lines)  # the next heading's line
        index = mark.line
        start = mark.marker_end
        if not folded[start : lines[index].end].strip(_LEAD_SPACE):
            # marker alone on its line: the title is the next non-blank line,
            # unless that line is the next heading
            index += 1
            while index < stop and lines[index].is_blank(folded):
                index += 1
            start = lines[index].start if index < stop else mark.marker_end
        end = _broken_end(folded, lines, index, start, stop) if index < stop else mark.marker_end
        cut = cut_title(folded, start, end)
        shown = text[mark.marker_start : mark.marker_end]
        if cut.title_start == cut.title_end:
            end = mark.marker_end
            headings.append(Heading(mark, end, end, end))
            diagnostics.append(
                Diagnostic(DiagnosticCode.NO_TITLE, f"heading {shown} has no title", mark.start, mark.marker_end)
            )
            continue
        headings.append(Heading(mark, cut.title_start, cut.title_end, cut.heading_end, cut.guessed))
        if cut.guessed:
            diagnostics.append(
                Diagnostic(DiagnosticCode.TITLE_GUESSED, f"heading {shown}: {cut.why}", mark.start, cut.heading_end)
            )
    return Titles(headings, diagnostics)


def _broken_end(folded: str, lines: Sequence[Line], index: int, start: int, stop: int) -> int:
    """Where the title text that starts at ``start`` on line ``index`` ends: that line's end, or a later one.

    A title the page broke at a bracket or a quotation mark (``三、关于《`` /
    ``国务院机构改革方案`` / ``》的说明``) goes on to the lines directly below it
    (at most :data:`BROKEN_LINES`, never into line ``stop``, the next
    heading's) while a bracket or quotation mark it opened is still open.
    """
    end = lines[index].end
    if folded.find("。", start, end) != -1 or not _OPENING_RE.search(folded, start, end):
        return end  # the title's sentence ends on its line, or it opens no bracket
    for below in lines[index + 1 : min(stop, index + 1 + BROKEN_LINES)]:
        if below.is_blank(folded) or not _open_bracket(folded, start, end):
            break
        end = below.end
        if folded.find("。", below.start, end) != -1:
            break
    return end


def _open_bracket(folded: str, start: int, end: int) -> bool:
    return any(folded.count(opening, start, end) > folded.count(closing, start, end) for opening, closing in BRACKETS)


def cut_title(folded: str, start: int, end: int) -> TitleCut:
    """Cut the title of a heading whose title text is ``folded[start:end]``.

    The title is ``[title_start, title_end)``; ``heading_end`` is after its
    ``。`` if any.  An empty title gives ``title_start == title_end``.

    >>> line = "深入推进全面依法治市。加强统筹谋划"
    >>> cut_title(line, 0, len(line))
    TitleCut(title_start=0, title_end=10, heading_end=11, guessed=False, why='')
    >>> line = "推进涉企法治服务增值化改革按照“前台服务”模式,精准定制。依托中心"
    >>> cut_title(line, 0, len(line))[1:4]
    (13, 13, True)
    >>> line = "支持和保证人民通过人民代表大会行使国家权力。"
    >>> cut_title(line, 0, len(line))[1:4]
    (21, 22, False)
    """
    while start < end and folded[start] in _LEAD_SPACE:
        start += 1
    while end > start and folded[end - 1] in " \t":
        end -= 1
    if start >= end:
        return TitleCut(start, start, start, False)
    why = ""
    dot = folded.find("。", start, end)
    if dot != -1 and dot - start <= SENTENCE_CAP:
        title_end, heading_end = dot, dot + 1
        if heading_end == end or not folded[heading_end:end].strip():
            return TitleCut(start, title_end, heading_end, False)  # the heading ends in its 。
    elif dot == -1 and end - start <= LINE_CAP:
        return TitleCut(start, end, end, False)  # a whole-line title
    else:
        limit = min(end, start + GUESS_CAP)
        clause = _CLAUSE.search(folded, start + MIN_TITLE, limit)
        title_end = heading_end = clause.start() if clause else limit
        where = "at a clause boundary" if clause else f"at {GUESS_CAP} characters"
        if dot == -1:
            why = f"no 。 and longer than {LINE_CAP} characters; title cut {where}"
        else:
            why = f"no 。 within {SENTENCE_CAP} characters; title cut {where}"
    first_clause = _CLAUSE.search(folded, start, title_end)
    clause_end = first_clause.start() if first_clause else title_end
    opener = _OPENER.search(folded, start + MIN_TITLE, clause_end)
    if opener is not None:
        title_end = heading_end = opener.start()
        why = f"the first clause runs on into “{opener[0]}”, a clause opener (a lost 。?); title cut before it"
    while title_end > start and folded[title_end - 1] in " \t":
        title_end -= 1
    return TitleCut(start, title_end, heading_end, bool(why), why)

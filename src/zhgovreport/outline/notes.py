"""Note stage: a block of ``①…⑧`` lines at the end of a document that the text cites.

Reports that quote their sources end with notes (``① 列宁：《全俄中央执行委员会会议》，
《列宁全集》第26卷…``), each numbered by the circled mark that cites it in the
text (``…会议①。``).  Read as markers they would be ``circled`` headings
under the last section (issue 10).  Rules (``docs/spec/outline.md`` §5):

* The candidates are the last circled markers of the document, from the
  last one numbered 1 on, numbered 1, 2, 3… with no other marker after them
  (a circled run that ends the outline).
* They are notes when the text before the first of them cites every one:
  each mark occurs there at least once where it does not open a clause
  (not at a line start, not after ``；：，、``), as a note mark follows the
  word or sentence it annotates.  An enumeration ``…：①…；②…`` opens
  clauses, and circled headings are not cited: both stay what they were.
* A note runs from its mark to the line before the next note's; the last
  one to the end of its line, and on over the lines directly below it while
  its text has not ended its sentence (a page breaks lines at links).

Notes leave the outline alone: they stay inside the span of the section
(or preamble) they end, whose body paragraphs and items leave them out, and
:meth:`Report.pieces() <zhgovreport.model.Report.pieces>` gives them the
role ``note``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from zhgovreport.model import Note, Style
from zhgovreport.numbering import CIRCLED
from zhgovreport.outline.markers import Marker
from zhgovreport.text.lines import ends_sentence, unbreak
from zhgovreport.text.source import Source

__all__ = ["Notes", "find_notes"]

_OPENS_CLAUSE = frozenset(";:,、")  # folded ；：，


class Notes(NamedTuple):
    """What the note stage returns: the notes, and the markers that are still headings."""

    notes: list[Note]
    markers: list[Marker]


def find_notes(source: Source, markers: Sequence[Marker], start: int = 0) -> Notes:
    """Split the endnotes (module docstring) off ``markers``; ``start`` is where references may begin.

    >>> from zhgovreport.outline.markers import find_markers
    >>> src = Source.of("一、回顾\\n列宁说过①，工作要做好②。\\n①列宁：《论合作制》\\n② 同上，第2页。\\n")
    >>> found = find_notes(src, find_markers(src, 0))
    >>> [(n.number, n.marker, n.text) for n in found.notes], [m.style.value for m in found.markers]
    ([(1, '①', '列宁：《论合作制》'), (2, '②', '同上，第2页。')], ['cn'])
    """
    first = len(markers)
    while first > 0 and markers[first - 1].style is Style.CIRCLED:
        first -= 1
    ones = [k for k in range(first, len(markers)) if markers[k].number == 1]
    if not ones:
        return Notes([], list(markers))
    block = markers[ones[-1] :]
    if any(m.number != k for k, m in enumerate(block, start=1)):
        return Notes([], list(markers))
    if not all(_cited(source, CIRCLED[m.number - 1], start, block[0].start) for m in block):
        return Notes([], list(markers))
    notes = [
        _note(source, mark, block[k + 1].line if k + 1 < len(block) else -1) for k, mark in enumerate(block)
    ]
    return Notes(notes, list(markers[: ones[-1]]))


def _cited(source: Source, mark: str, start: int, end: int) -> bool:
    """Whether ``mark`` occurs in ``[start, end)`` where it does not open a clause (a reference)."""
    folded = source.folded
    at = folded.find(mark, start, end)
    while at >= 0:
        line_start = source.line_at(at).start
        i = at
        while i > line_start and folded[i - 1] in " \t":
            i -= 1
        if i > line_start and folded[i - 1] not in _OPENS_CLAUSE:
            return True
        at = folded.find(mark, at + 1, end)
    return False


def _note(source: Source, mark: Marker, next_line: int) -> Note:
    """The note whose mark is ``mark``; the next note's mark is on line ``next_line`` (-1: none)."""
    text, folded, lines = source.text, source.folded, source.lines
    line = lines[mark.line]
    if next_line >= 0:
        last = next_line - 1
        while last > mark.line and lines[last].is_blank(folded):
            last -= 1
        line = lines[last]
    else:
        while not ends_sentence(folded, line) and line.number + 1 < len(lines):
            below = lines[line.number + 1]
            if below.is_blank(folded):
                break
            line = below
    end = line.end
    while end > mark.marker_end and folded[end - 1] in " \t":
        end -= 1
    return Note(
        number=mark.number,
        marker=text[mark.marker_start : mark.marker_end],
        text=unbreak(text[mark.marker_end : end]),
        start=mark.marker_start,
        end=end,
    )

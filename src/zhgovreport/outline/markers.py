"""Marker stage: the line table → a flat stream of :class:`Marker` records.

A heading is a line that *starts* (after optional white space, ``\\u3000``
included) with an outline marker of one of the styles of
:class:`~zhgovreport.model.Style`, as :func:`zhgovreport.numbering.match_marker`
reads it.  Matching is done on the folded text
(fullwidth → ASCII, Traditional → Simplified), so ``（一）``, ``(一)`` and
``（一)`` are the same marker; every offset indexes the caller's string.

Rules, each backed by a case in the seeds or the corpus:

* ``1.`` is never a marker when a digit follows the dot (``1.5万件``); an
  Arabic marker on a line whose predecessor ends in a Latin letter, and
  which is not followed by a Chinese title, is the tail of a broken token
  (``PM\\n2.5\\n）``, gwr-2022 line 37).
* ``第八届…`` or ``第三个…`` are not ordinals: an ordinal is ``第`` + numeral +
  ``、`` / ``，`` / ``,`` / ``.`` (gwr-1985 ``第一、``, gwr-1998 ``第一，``).
* ``2020年,…`` is no marker (no separator after the digits); neither are
  ``(2021-2025年)`` or ``(市、区)`` (not a numeral inside the parentheses).
* **A bare numeral alone on its line** (``一`` / ``二`` …, as old reports
  number their parts, issue 10) is a ``cn`` marker whose title is the next
  line's first sentence (:func:`~zhgovreport.numbering.bare_numeral`), when
  the line directly above is blank, ends a sentence or belongs to the last
  heading, and the next non-blank line starts a title (a character, not
  punctuation; not a heading): a numeral the page broke off a sentence
  (``…增长百分之`` / ``十`` / ``。``) is text.
* **In-sentence lists** (``docs/spec/outline.md`` §3).  A run of numbered lines is *not*
  a run of headings when all of these hold: the run has at least two
  entries of one style numbered 1, 2, 3…; the non-blank line before the
  first entry ends in ``：``/``:``; every entry is a single line (only blank
  lines between entries) whose text ends in ``；``/``;``, except the last,
  which ends in ``。``/``；``/``;``; the run ends at its first entry that
  ends in ``。`` (what follows may be the next heading, ``3.完善制度``).  gwr-1985 lines 81-89 (``…主要内容是：`` /
  ``一、…；`` / ``二、…；`` / ``三、…；`` / ``四、…。``) is such a list.  A run
  whose entries end in ``。`` (seed 003 lines 40-43, gwr-1986 lines 89-105,
  markers alone on their lines) is a run of headings: nothing in the text
  says the entries belong to one sentence.
* **Lists whose entries only sometimes start a line.**  ``第一，…第七，``
  numbering a list inside a paragraph, where the page happens to start a
  line at ``第四，`` and ``第六，`` (gwr-2006, issue 10: they became sections
  with ``not_first`` and ``gap``).  The styles that are written the same way
  mid-line (:data:`~zhgovreport.numbering.INLINE_STYLES`: ``第一，``,
  ``（一）``, ``(1)``) are read at clause starts inside lines too
  (:func:`~zhgovreport.numbering.find_inline_markers`); a run of one style
  numbered 1, 2, 3… over line starts and mid-line places, with no heading of
  another style between its entries and at least
  :data:`MIN_MIDLINE_ENTRIES` entries mid-line, is a list in the text: its
  entries that start a line are not headings, unless one continues the
  numbering of the line-start entries of its style (no heading of another
  style between) after a ``。``: ``第一，…`` / ``第二，…`` headings whose body
  holds a list ``…：第一，…；第二，…。`` are followed by a heading ``第三，…``.  A
  list's entry that starts a line is the list's numbering, not the headings':
  after ``第三、`` headings and a list ``…：第一，…；`` / ``第二、…；第三，…。``,
  the heading ``第四、`` continues ``第三、``.  One mid-line
  entry is not enough (``第一，…`` heading whose body says ``…；第一，…`` once,
  then ``第二，…`` heading).

Titles are cut by the next stage, :mod:`zhgovreport.outline.titles`.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from zhgovreport.model import Style
from zhgovreport.numbering import INLINE_STYLES, MARKER_FIRST, bare_numeral, find_inline_markers, match_marker
from zhgovreport.text.lines import OPENING, Line, ends_sentence, is_cjk
from zhgovreport.text.source import Source

__all__ = ["MIN_MIDLINE_ENTRIES", "Marker", "find_markers"]

MIN_MIDLINE_ENTRIES = 2
"""How many entries of a list must stand inside lines for its line-start entries to be list entries, not headings."""

_LIST_INTRO = (":", "：")
_LIST_MIDDLE = (";", "；")
_LIST_LAST = ("。", ";", "；")
_TITLE_LINES = 4  # a title below its marker, broken at brackets over at most three more lines


@attrs.frozen
class Marker:
    """An outline marker opening a line: one entry of the flat heading stream.

    ``start`` is the line start (indentation included); ``marker_start`` /
    ``marker_end`` the marker as written; ``line`` the index of its line.
    """

    style: Style
    number: int
    start: int
    marker_start: int
    marker_end: int
    line: int


def _ends_latin(folded: str, line: Line) -> bool:
    content = folded[line.start : line.end].rstrip()
    return bool(content) and content[-1].isascii() and content[-1].isalpha()


def find_markers(source: Source, first_line: int) -> list[Marker]:
    """Return the markers that open ``source.lines[first_line:]``, in order.

    One pass over the lines (a line whose first character cannot start a
    marker is skipped at once); in-sentence lists (module docstring) are
    then removed.

    >>> [(m.style.value, m.number) for m in find_markers(Source.of("一、甲\\n1.5万件\\n(二)乙\\n"), 0)]
    [('cn', 1), ('cn_paren', 2)]
    """
    folded, lines = source.folded, source.lines
    found: list[Marker] = []
    first = MARKER_FIRST
    # the lines that may open with a marker, picked in one comprehension (most lines are body text)
    for line in [line for line in lines[first_line:] if line.start != line.end and folded[line.start] in first]:
        index = line.number
        hit = match_marker(folded, line.start, line.end)
        if hit is None:
            hit = bare_numeral(folded, line.start, line.end)
            if hit is None or not _numeral_heading(folded, lines, index, first_line, found):
                continue
        if hit.style in (Style.ARABIC, Style.ARABIC_PAREN) and index > first_line and _broken_token(folded, lines[index - 1], hit.end, line.end):
            continue
        found.append(Marker(hit.style, hit.number, line.start, hit.start, hit.end, line.number))
    found = _drop_inline_lists(folded, lines, found)
    if first_line < len(lines):
        found = _drop_sentence_runs(folded, lines[first_line].start, found)
    return found


def _numeral_heading(folded: str, lines: Sequence[Line], index: int, first_line: int, found: list[Marker]) -> bool:
    """Whether the bare numeral on line ``index`` (``一`` alone) numbers a part, not a number the page broke off a sentence.

    The line directly above (if not blank) ends a sentence or belongs to the
    last heading; the next non-blank line starts with a character (or an
    opening bracket), not punctuation, and is not a heading.
    """
    before = lines[index - 1] if index > first_line else None
    if before is not None and not before.is_blank(folded) and not ends_sentence(folded, before):
        # not a sentence: it must be the last heading's line or one of its title's lines
        # (the title below a marker alone, a title broken at a bracket), none of which ends a sentence
        last = found[-1].line if found else -1
        if not 0 <= before.number - last <= _TITLE_LINES:
            return False
        if any(ends_sentence(folded, lines[k]) for k in range(last, before.number)):
            return False
    after = index + 1
    while after < len(lines) and lines[after].is_blank(folded):
        after += 1
    if after == len(lines):
        return False
    below = lines[after]
    first = folded[below.start : below.end].lstrip()[:1]
    if not (is_cjk(first) or first in OPENING):
        return False
    return match_marker(folded, below.start, below.end) is None and bare_numeral(folded, below.start, below.end) is None


def _broken_token(folded: str, previous: Line, marker_end: int, line_end: int) -> bool:
    """A ``2.5`` line that continues a token broken after a Latin letter (``PM``)."""
    if not _ends_latin(folded, previous):
        return False
    rest = folded[marker_end:line_end].lstrip()
    return not (rest and is_cjk(rest[0]))


def _prev_nonblank(folded: str, lines: Sequence[Line], index: int) -> Line | None:
    i = index - 1
    while i >= 0:
        if folded[lines[i].start : lines[i].end].strip():
            return lines[i]
        i -= 1
    return None


def _only_blank_between(folded: str, lines: Sequence[Line], a: int, b: int) -> bool:
    return all(not folded[lines[i].start : lines[i].end].strip() for i in range(a + 1, b))


def _drop_inline_lists(folded: str, lines: Sequence[Line], found: list[Marker]) -> list[Marker]:
    """Remove runs of headings that are entries of a list inside one sentence."""
    drop: set[int] = set()
    i = 0
    while i < len(found):
        head = found[i]
        if head.number != 1:
            i += 1
            continue
        # the longest run i..j of one style numbered 1, 2, 3… on adjacent lines,
        # ending at the first entry that ends a sentence (``。``): a list's last
        # entry; what follows it may be the next heading (``3.完善制度``)
        j = i
        while (
            j + 1 < len(found)
            and not _ends_sentence(folded, lines, found[j])
            and found[j + 1].style == head.style
            and found[j + 1].number == found[j].number + 1
            and _only_blank_between(folded, lines, found[j].line, found[j + 1].line)
        ):
            j += 1
        if j > i and _is_inline_list(folded, lines, found[i : j + 1]):
            drop.update(range(i, j + 1))
            i = j + 1
        else:
            i += 1
    return [h for k, h in enumerate(found) if k not in drop]


def _ends_sentence(folded: str, lines: Sequence[Line], head: Marker) -> bool:
    return folded[head.marker_end : lines[head.line].end].rstrip().endswith("。")


def _is_inline_list(folded: str, lines: Sequence[Line], run: list[Marker]) -> bool:
    intro = _prev_nonblank(folded, lines, run[0].line)
    if intro is None or not folded[intro.start : intro.end].rstrip().endswith(_LIST_INTRO):
        return False
    for k, head in enumerate(run):
        line = lines[head.line]
        tail = folded[head.marker_end : line.end].rstrip()
        if not tail:
            return False  # marker alone on its line: a heading with its title below
        ends = _LIST_LAST if k == len(run) - 1 else _LIST_MIDDLE
        if not tail.endswith(ends):
            return False
    return True


_Entry = tuple[int, Style, int, int]  # (position, style, number, index in the found markers or -1 mid-line)


def _after_period(folded: str, pos: int) -> bool:
    """Whether the text before ``pos`` (white space and line breaks skipped) ends in ``。``: a list ended there."""
    i = pos
    while i > 0 and folded[i - 1] in " \t\r\n":
        i -= 1
    return i > 0 and folded[i - 1] == "。"


def _drop_sentence_runs(folded: str, start: int, found: list[Marker]) -> list[Marker]:
    """Remove the line-start entries of lists whose entries mostly stand inside lines (module docstring)."""
    styles = {m.style for m in found}.intersection(INLINE_STYLES)
    if not styles:
        return found
    midline = find_inline_markers(folded, start, styles=styles)
    if len(midline) < MIN_MIDLINE_ENTRIES:
        return found
    entries: list[_Entry] = [(m.marker_start, m.style, m.number, k) for k, m in enumerate(found)]
    entries += [(hit.start, hit.style, hit.number, -1) for hit in midline]
    entries.sort()
    drop: set[int] = set()
    runs: dict[Style, list[_Entry]] = {}
    last_heading: dict[Style, int] = {}  # per style, the number of its last line-start entry
    continuing: set[int] = set()  # line-start entries that continue their style's line-start numbering

    def close(run: list[_Entry]) -> None:
        if sum(1 for e in run if e[3] < 0) >= MIN_MIDLINE_ENTRIES:
            drop.update(e[3] for e in run if e[3] >= 0 and e[3] not in continuing)

    for entry in entries:
        _pos, style, number, index = entry
        if index >= 0:  # a heading line closes the lists of other styles: a list lies inside one body
            for other in [s for s in runs if s is not style]:
                close(runs.pop(other))
                last_heading.pop(other, None)
            if style not in styles:
                last_heading.clear()
                continue
            if number > 1 and last_heading.get(style) == number - 1 and _after_period(folded, _pos):
                continuing.add(index)
        run = runs.get(style, [])
        extends = bool(run) and number == run[-1][2] + 1
        if index >= 0 and (index in continuing or not (extends and any(e[3] < 0 for e in run))):
            # a line-start entry that carries on a list begun inside a line is the list's numbering,
            # not the headings': a later heading continues the last heading before the list
            last_heading[style] = number
        if extends:
            run.append(entry)
            continue
        close(run)
        runs[style] = [entry] if number == 1 else []
    for run in runs.values():
        close(run)
    return [m for k, m in enumerate(found) if k not in drop] if drop else found

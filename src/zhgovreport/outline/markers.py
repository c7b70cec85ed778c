"""Marker stage: the line table → a flat stream of :class:`Heading` records.

A heading is a line that *starts* (after optional white space, ``\\u3000``
included) with an outline marker of one of the styles of
:class:`~zhgovreport.model.Style`.  Matching is done on the folded text
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
* **In-sentence lists** (outline spec §3).  A run of numbered lines is *not*
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

Titles are cut by :func:`zhgovreport.outline.titles.cut_title`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import attrs

from zhgovreport.model import Style
from zhgovreport.numerals import cn_to_int
from zhgovreport.text.lines import Line

__all__ = ["Heading", "find_markers", "match_marker", "STYLE_RANK"]

# --- vocabulary -------------------------------------------------------------------

CN_NUM = "[一二三四五六七八九十百零〇两]{1,4}"
"""A Chinese numeral inside a marker (read with :func:`cn_to_int`)."""

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

STYLE_RANK: dict[Style, int] = {
    Style.PART: 0,
    Style.CN: 1,
    Style.CN_PAREN: 2,
    Style.ORDINAL: 3,
    Style.ARABIC: 4,
    Style.ARABIC_PAREN: 5,
    Style.CIRCLED: 6,
}
"""The usual order of levels (GB/T 9704-2012 7.3.3, with the older styles
placed where the corpus uses them: ``第一，`` under ``一、`` in gwr-1998 and
under ``（三）`` in gwr-2008).  Only used to tell that a heading *climbs*
above a fragment's first level (seed 004); nesting itself is decided per
document by the style stack."""

# One alternation per style, tried in this order on the folded line after its
# leading white space.  Each style has a group for the whole marker and one
# for its numeral.  stdlib ``re``: the scan runs over the whole text at once.
_MARKER_SOURCE = rf"""
    [ \t]*
    (?:
        (?P<part>第(?P<pnum>{CN_NUM}|\d{{1,3}})(?:部分|章|节)[、,.:]?)
      | (?P<ordinal>第(?P<onum>{CN_NUM})(?:[、,]|\.(?!\d)))
      | (?P<cn_paren>\((?P<cpnum>{CN_NUM})\)、?)
      | (?P<arabic_paren>\(?(?P<apnum>\d{{1,3}})\)、?)
      | (?P<cn>(?P<cnum>{CN_NUM})(?:、|\.(?!\d)))
      | (?P<arabic>(?P<anum>\d{{1,3}})(?:、|\.(?!\d)))
      | (?P<circled>[{CIRCLED}])
    )
    """
_MARKER = re.compile(_MARKER_SOURCE, re.VERBOSE)
_FIRST = frozenset(" \t第(0123456789" + "一二三四五六七八九十百零〇两" + CIRCLED)
"""The characters a marker line can start with (after folding)."""

_STYLE_GROUPS: tuple[tuple[str, str, Style], ...] = (
    ("part", "pnum", Style.PART),
    ("ordinal", "onum", Style.ORDINAL),
    ("cn_paren", "cpnum", Style.CN_PAREN),
    ("arabic_paren", "apnum", Style.ARABIC_PAREN),
    ("cn", "cnum", Style.CN),
    ("arabic", "anum", Style.ARABIC),
    ("circled", "", Style.CIRCLED),
)

_LIST_INTRO = (":", "：")
_LIST_MIDDLE = (";", "；")
_LIST_LAST = ("。", ";", "；")


@attrs.define
class Heading:
    """One heading found on a line (mutable draft; the tree stage reads it).

    ``start`` is the line start (indentation included); ``marker_start`` /
    ``marker_end`` the marker as written; ``title_start`` / ``title_end`` the
    title (without its closing ``。``); ``heading_end`` where the heading
    stops (after that ``。``).  ``line`` is the index of the marker's line.
    """

    style: Style
    number: int
    start: int
    marker_start: int
    marker_end: int
    line: int
    title_start: int = 0
    title_end: int = 0
    heading_end: int = 0
    guessed: bool = False
    no_title: bool = False


def _read_number(chars: str) -> int | None:
    if chars.isascii():
        return int(chars)
    if len(chars) == 1 and chars in CIRCLED:
        return int(unicodedata.numeric(chars))
    try:
        return cn_to_int(chars)
    except ValueError:
        return None


def _hit(match: re.Match[str]) -> tuple[Style, int, int, int] | None:
    """``(style, number, marker_start, marker_end)`` of a marker match, or ``None``."""
    for group, num_group, style in _STYLE_GROUPS:
        if match[group] is not None:
            chars = match[num_group] if num_group else match[group]
            number = _read_number(chars)
            if number is None or number < 1:
                return None
            return style, number, match.start(group), match.end(group)
    return None  # pragma: no cover - one group always matched


def match_marker(folded_line: str) -> tuple[Style, int, int, int] | None:
    """Match a marker at the start of one folded line.

    Returns ``(style, number, marker_start, marker_end)`` with offsets into
    ``folded_line``, or ``None``.

    >>> match_marker("(一)坚持政治引领")
    (<Style.CN_PAREN: 'cn_paren'>, 1, 0, 3)
    >>> match_marker("  十二、实现建军一百年奋斗目标")[:2]
    (<Style.CN: 'cn'>, 12)
    >>> match_marker("1.5万件") is None, match_marker("2020年,在襄阳") is None
    (True, True)
    """
    match = _MARKER.match(folded_line)
    return None if match is None else _hit(match)


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def _ends_latin(folded: str, line: Line) -> bool:
    content = folded[line.start : line.end].rstrip()
    return bool(content) and content[-1].isascii() and content[-1].isalpha()


def find_markers(text: str, folded: str, lines: Sequence[Line], first_line: int) -> list[Heading]:
    """Return the headings of ``lines[first_line:]``, titles not yet cut.

    One pass over the lines (a line whose first character cannot start a
    marker is skipped at once); in-sentence lists (module docstring) are
    then removed.
    """
    found: list[Heading] = []
    first = _FIRST
    match_at = _MARKER.match
    for index in range(first_line, len(lines)):
        line = lines[index]
        if line.start == line.end or folded[line.start] not in first:
            continue
        match = match_at(folded, line.start, line.end)
        hit = None if match is None else _hit(match)
        if hit is None:
            continue
        style, number, m_start, m_end = hit
        if style in (Style.ARABIC, Style.ARABIC_PAREN) and index > first_line and _broken_token(folded, lines[index - 1], m_end, line.end):
            continue
        found.append(Heading(style, number, line.start, m_start, m_end, line.number))
    return _drop_inline_lists(folded, lines, found)


def _broken_token(folded: str, previous: Line, marker_end: int, line_end: int) -> bool:
    """A ``2.5`` line that continues a token broken after a Latin letter (``PM``)."""
    if not _ends_latin(folded, previous):
        return False
    rest = folded[marker_end:line_end].lstrip()
    return not (rest and _is_cjk(rest[0]))


def _prev_nonblank(folded: str, lines: Sequence[Line], index: int) -> Line | None:
    i = index - 1
    while i >= 0:
        if folded[lines[i].start : lines[i].end].strip():
            return lines[i]
        i -= 1
    return None


def _only_blank_between(folded: str, lines: Sequence[Line], a: int, b: int) -> bool:
    return all(not folded[lines[i].start : lines[i].end].strip() for i in range(a + 1, b))


def _drop_inline_lists(folded: str, lines: Sequence[Line], found: list[Heading]) -> list[Heading]:
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


def _ends_sentence(folded: str, lines: Sequence[Line], head: Heading) -> bool:
    return folded[head.marker_end : lines[head.line].end].rstrip().endswith("。")


def _is_inline_list(folded: str, lines: Sequence[Line], run: list[Heading]) -> bool:
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

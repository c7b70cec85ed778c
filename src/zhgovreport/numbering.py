"""How reports number their parts: outline markers and inline item markers.

The one home of this grammar.  The outline stage finds heading lines with
:func:`match_marker` and items with :data:`ITEM`; the quantities stage asks
the same two questions to keep the numbers of markers out of the figures;
:mod:`zhgovreport.strategies` renders markers in the same styles.

Matching is done on *folded* text (:func:`zhgovreport.text.fold`), so
``（一）``, ``(一)`` and ``（一)`` are one marker.

>>> match_marker("(一)坚持政治引领")
MarkerHit(style=<Style.CN_PAREN: 'cn_paren'>, number=1, start=0, end=3)
>>> match_marker("  十二、实现建军一百年奋斗目标")[:2]
(<Style.CN: 'cn'>, 12)
>>> match_marker("1.5万件") is None, match_marker("2020年,在襄阳") is None
(True, True)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from typing import NamedTuple

import regex

from zhgovreport.model import Style
from zhgovreport.numerals import CN_PLAIN_DIGITS, cn_to_int

__all__ = [
    "CIRCLED",
    "DASH",
    "ITEM",
    "ITEM_NUMERAL",
    "ITEM_NUMERAL_CHARS",
    "INLINE_STYLES",
    "MARKER_FIRST",
    "MARKED_STYLES",
    "MARKER_NUMERAL",
    "RUN_OPENERS",
    "STYLE_RANK",
    "MarkerHit",
    "bare_numeral",
    "find_inline_markers",
    "match_marker",
    "read_marker_number",
]

_MARKER_NUMERAL_CHARS = CN_PLAIN_DIGITS.replace("○", "") + "十百两"
MARKER_NUMERAL = f"[{_MARKER_NUMERAL_CHARS}]{{1,4}}"
"""A Chinese numeral inside an outline marker (``十二``, ``二十三``), read with :func:`~zhgovreport.numerals.cn_to_int`."""

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
"""Circled numbers, a marker style of their own."""

STYLE_RANK: dict[Style, int] = {
    Style.UNNUMBERED: -1,
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
under ``（三）`` in gwr-2008).  Nesting is decided per document by the outline
stage's style stack; this order only tells that a heading *climbs* above a
fragment's first level (seed 004).  Unnumbered part titles (gwr 1988) rank
above every marker."""

MARKED_STYLES: tuple[Style, ...] = tuple(style for style in STYLE_RANK if style is not Style.UNNUMBERED)
"""The styles written with a marker, in :data:`STYLE_RANK` order: all but :attr:`Style.UNNUMBERED`."""

# One alternation per style, tried in this order after the line's leading
# white space.  Each style has a group for the whole marker and one for its
# numeral.  stdlib ``re``: the outline stage runs it at every line start.
_MARKER_SOURCE = rf"""
    [ \t]*
    (?:
        (?P<part>第(?P<pnum>{MARKER_NUMERAL}|\d{{1,3}})(?:部分|章|节)[、,.:]?)
      | (?P<ordinal>第(?P<onum>{MARKER_NUMERAL})(?:[、,]|\.(?!\d)))
      | (?P<cn_paren>\((?P<cpnum>{MARKER_NUMERAL})\)、?)
      | (?P<arabic_paren>\(?(?P<apnum>\d{{1,3}})\)、?)
      | (?P<cn>(?P<cnum>{MARKER_NUMERAL})(?:、|\.(?!\d)))
      | (?P<arabic>(?P<anum>\d{{1,3}})(?:、|\.(?!\d)))
      | (?P<circled>[{CIRCLED}])
    )
    """
_MARKER = re.compile(_MARKER_SOURCE, re.VERBOSE)

MARKER_FIRST = frozenset(" \t第(0123456789" + _MARKER_NUMERAL_CHARS + CIRCLED)
"""Every character a line holding a marker can start with (after folding)."""

_STYLE_GROUPS: tuple[tuple[str, str, Style], ...] = (
    ("part", "pnum", Style.PART),
    ("ordinal", "onum", Style.ORDINAL),
    ("cn_paren", "cpnum", Style.CN_PAREN),
    ("arabic_paren", "apnum", Style.ARABIC_PAREN),
    ("cn", "cnum", Style.CN),
    ("arabic", "anum", Style.ARABIC),
    ("circled", "", Style.CIRCLED),
)


class MarkerHit(NamedTuple):
    """An outline marker: its style, its number, and its span (white space before it excluded)."""

    style: Style
    number: int
    start: int
    end: int


def read_marker_number(chars: str) -> int | None:
    """The number a marker's numeral states (``十二`` → 12, ``③`` → 3, ``12`` → 12), or ``None``.

    >>> read_marker_number("二十三"), read_marker_number("⑳"), read_marker_number("7")
    (23, 20, 7)
    """
    if chars.isascii():
        return int(chars)
    if len(chars) == 1 and chars in CIRCLED:
        return int(unicodedata.numeric(chars))
    try:
        return cn_to_int(chars)
    except ValueError:
        return None


def match_marker(folded: str, pos: int = 0, endpos: int | None = None) -> MarkerHit | None:
    """The outline marker that ``folded[pos:endpos]`` starts with (after spaces and tabs), or ``None``.

    Offsets in the result index ``folded``.  ``1.5万件`` and ``2020年,`` start
    with no marker (a digit after the dot; no separator after the digits).
    """
    match = _MARKER.match(folded, pos, len(folded) if endpos is None else endpos)
    if match is None:
        return None
    for group, num_group, style in _STYLE_GROUPS:
        if match[group] is not None:
            number = read_marker_number(match[num_group] if num_group else match[group])
            if number is None or number < 1:
                return None
            return MarkerHit(style, number, match.start(group), match.end(group))
    return None  # pragma: no cover - one group always matched


_BARE = re.compile(rf"[ \t]*(?P<num>[{CN_PLAIN_DIGITS.lstrip('〇○零')}十]{{1,3}})[ \t]*")


def bare_numeral(folded: str, start: int, end: int) -> MarkerHit | None:
    """A Chinese numeral standing alone on the line ``folded[start:end]`` (``一``, ``十二``), as a ``cn`` marker; or ``None``.

    Old reports number their parts so, each numeral on a line of its own;
    whether such a line is a heading is the outline stage's call (the line
    around it must not be a sentence broken at a link).

    >>> bare_numeral("  三 ", 0, 4)
    MarkerHit(style=<Style.CN: 'cn'>, number=3, start=2, end=3)
    >>> bare_numeral("三是", 0, 2) is None, bare_numeral("两", 0, 1) is None
    (True, True)
    """
    match = _BARE.fullmatch(folded, start, end)
    if match is None:
        return None
    number = read_marker_number(match["num"])
    if number is None or number < 1:
        return None
    return MarkerHit(Style.CN, number, match.start("num"), match.end("num"))


INLINE_STYLES = (Style.ORDINAL, Style.CN_PAREN, Style.ARABIC_PAREN)
"""The styles whose markers also number the entries of a list inside a
sentence (``…如下：第一，…；第二，…``): written the same way mid-line, after a
clause's punctuation, they cannot be read as anything else."""

# The markers of INLINE_STYLES; find_inline_markers keeps those that open a
# clause inside a line (after 。；：，！？, folded, and optional spaces).  The
# arabic style in parentheses on both sides only (``，(1)…``; ``1)`` mid-line
# may close a parenthesis).  One pattern per opening character, so that stdlib
# re finds the literal 第 or ( in C (corpus: 0.06 ms each; the two as one
# alternation, 0.8 ms).
_INLINE_ORDINAL = re.compile(rf"第(?P<onum>{MARKER_NUMERAL})[、,]")
_INLINE_PAREN = re.compile(rf"\((?:(?P<cpnum>{MARKER_NUMERAL})|(?P<apnum>\d{{1,3}}))\)")
_CLAUSE_END = frozenset("。;:,!?")


def find_inline_markers(
    folded: str, start: int = 0, end: int | None = None, styles: Collection[Style] = INLINE_STYLES
) -> list[MarkerHit]:
    """The markers of ``styles`` (some of :data:`INLINE_STYLES`) that open a clause inside a line of ``folded[start:end]``, in order.

    >>> [(h.style.value, h.number) for h in find_inline_markers("要求如下:第一,甲;第二,乙。(3)丙,第八届")]
    [('ordinal', 1), ('ordinal', 2), ('arabic_paren', 3)]
    """
    stop = len(folded) if end is None else end
    matches = []
    if Style.ORDINAL in styles:
        matches += [(m.start(), m.end(), Style.ORDINAL, m["onum"]) for m in _INLINE_ORDINAL.finditer(folded, start, stop)]
    if Style.CN_PAREN in styles or Style.ARABIC_PAREN in styles:
        for m in _INLINE_PAREN.finditer(folded, start, stop):
            style, chars = (Style.CN_PAREN, m["cpnum"]) if m["cpnum"] else (Style.ARABIC_PAREN, m["apnum"])
            if style in styles:
                matches.append((m.start(), m.end(), style, chars))
    matches.sort()
    hits: list[MarkerHit] = []
    for at, match_end, style, chars in matches:
        i = at
        while i > start and folded[i - 1] in " \t":
            i -= 1
        if i == start or folded[i - 1] not in _CLAUSE_END:
            continue
        number = read_marker_number(chars)
        if number is not None and number >= 1:
            hits.append(MarkerHit(style, number, at, match_end))
    return hits


# --- items: 一是…二是… -------------------------------------------------------------

ITEM_NUMERAL_CHARS = CN_PLAIN_DIGITS.lstrip("〇○零") + "十"
"""The characters of an item marker's numeral."""

ITEM_NUMERAL = f"[{ITEM_NUMERAL_CHARS}]{{1,3}}"
"""The numeral of an item marker (``一是`` … ``九十九是``)."""

RUN_OPENERS: tuple[tuple[str, str], ...] = (
    ("首先", "issue 10, a 政府工作报告: 首先，…。二是…三是…十是… (首先 is item 1)"),
)
"""Words that open a run of ``一是…`` items as its first entry (number 1),
each with the case it comes from.  Such a word is an ordinary adverb as
often as not, so the run it opens counts only when it goes on to ``二是``."""

DASH = "——"
"""A dash bullet (``——必须坚持人民至上。``, cpc-20 lines 122-132): at the start of
a line, an item of its paragraph's list, numbered by its position."""

_OPENER_WORDS = "|".join(regex.escape(word) for word, _source in sorted(RUN_OPENERS, key=lambda row: -len(row[0])))

# The regex module, not re: it skips ahead to the marker characters far faster
# here (measured: parse of the corpus 23 ms with re, 16 ms with regex).
ITEM = regex.compile(
    rf"""
    (?:
        (?P<ord>第)(?P<onum>{ITEM_NUMERAL})是
      | (?P<qi>其)(?P<qnum>{ITEM_NUMERAL})(?=[,、:])
      | (?P<num>{ITEM_NUMERAL})是(?!(?P=num)[,、;。.:\s])
      | (?P<opener>{_OPENER_WORDS})(?=[,、:])
    )
    """,
    regex.VERBOSE,
)
"""An inline item marker: ``一是``, ``第一是`` (gwr-1954), ``其一，``, or a
:data:`RUN_OPENERS` word before ``，``/``、``/``：`` (``首先，``); not the idiom
``一是一、二是二`` (the numeral repeated after 是, then punctuation).  Whether a
match is an item also depends on where it stands (the outline's item stage)."""

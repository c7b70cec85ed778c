"""The line table: where each line of the caller's text starts and ends.

Line breaks are ``\\n``, ``\\r\\n`` and a lone ``\\r``; they are kept in the
text and belong to the line they end (``Line.next``), so the lines tile the
text exactly.

>>> [(l.start, l.end, l.next) for l in split_lines("a\\r\\nbc\\n\\nd")]
[(0, 1, 3), (3, 5, 6), (6, 6, 7), (7, 8, 8)]

A single line break is not always a paragraph break (``docs/spec/outline.md``
§6): pages break lines where the source had a link (``…制定\\n第三个历史决议\\n，在全党…``,
cpc-20 line 52).  :func:`ends_sentence` tells whether a line's text ends
its sentence, and :func:`unbreak` reads a span broken that way as one line.
"""

from __future__ import annotations

from itertools import repeat
from typing import NamedTuple

import re

__all__ = [
    "BRACKETS",
    "CLOSERS",
    "LINE_BREAK",
    "OPENING",
    "SENTENCE_END",
    "Line",
    "ends_sentence",
    "is_cjk",
    "split_lines",
    "unbreak",
]

LINE_BREAK = re.compile(r"\r\n?|\n")
"""A line break: ``\\r\\n``, a lone ``\\r`` or ``\\n``."""

SENTENCE_END = frozenset("。!?;:…")
"""What ends a sentence, after folding (``！？；：`` fold to ASCII): the line
after it starts a new one.  ``：`` counts, since what follows it (a list, a
quotation) starts on a line of its own."""

CLOSERS = frozenset("”’」』)》】〉")
"""Closing quotes and brackets, which may follow a sentence's end (``…。”``)."""

BRACKETS: tuple[tuple[str, str], ...] = (("《", "》"), ("“", "”"), ("「", "」"), ("『", "』"), ("(", ")"))
"""The bracket and quotation-mark pairs a page may break a line inside (after folding:
``（`` is ``(``): a title broken at ``《`` goes on while its bracket is open."""

OPENING = frozenset(opening for opening, _closing in BRACKETS)
"""The opening halves of :data:`BRACKETS`."""


def is_cjk(char: str) -> bool:
    """True for a CJK ideograph (the unified block and extension A, and the compatibility block).

    >>> is_cjk("国"), is_cjk("㐀"), is_cjk("《"), is_cjk("A")
    (True, True, False, False)
    """
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"

_SPACE = " \t"


class Line(NamedTuple):
    """One line: ``text[start:end]`` is its content, ``text[end:next]`` its break.

    A named tuple rather than an attrs class: a long report has hundreds of
    thousands of lines, and a tuple is built several times faster.
    """

    number: int
    """0-based position of the line in the text."""
    start: int
    end: int
    next: int

    def is_blank(self, folded: str) -> bool:
        """True when the line holds only white space (after folding)."""
        return not folded[self.start : self.end].strip()


def split_lines(text: str) -> list[Line]:
    """Split ``text`` into :class:`Line` records that tile it exactly.

    An empty text has no lines; a text ending in a break has no empty last line.
    """
    if "\r" in text:
        breaks = [match.span() for match in LINE_BREAK.finditer(text)]
        ends = [end for end, _after in breaks]
        nexts = [after for _end, after in breaks]
    else:
        # Only "\n" breaks (the usual case): str.find jumps from break to
        # break in C, where the regex tries a match at every character
        # (corpus: 1.2 ms → 0.35 ms).
        ends = []
        find = text.find
        at = find("\n")
        while at >= 0:
            ends.append(at)
            at = find("\n", at + 1)
        nexts = [end + 1 for end in ends]
    if not nexts or nexts[-1] < len(text):  # a last line without a break
        if text:
            ends.append(len(text))
            nexts.append(len(text))
    starts = [0, *nexts[:-1]]
    # tuple.__new__(Line, fields) is what Line(...) does, without a call of
    # the named tuple's Python-level __new__ per line (corpus: 0.7 → 0.35 ms).
    return list(map(tuple.__new__, repeat(Line), zip(range(len(ends)), starts, ends, nexts)))


def ends_sentence(folded: str, line: Line) -> bool:
    """True when ``line``'s text ends in :data:`SENTENCE_END` (closing quotes and spaces after it allowed).

    >>> text = "正文。”\\n——生态（PM\\n2.5\\n"
    >>> [ends_sentence(text, line) for line in split_lines(text)]
    [True, False, False]
    """
    end = line.end
    while end > line.start and folded[end - 1] in _SPACE:
        end -= 1
    while end > line.start and folded[end - 1] in CLOSERS:
        end -= 1
    return end > line.start and folded[end - 1] in SENTENCE_END


def unbreak(text: str) -> str:
    """``text`` with its line breaks, and the white space around them, removed; ends stripped.

    What a title or a lead reads when the page broke its sentence across
    lines (``关于《\\n国务院机构改革方案\\n》的说明``).

    >>> unbreak("  关于《\\n国务院机构改革方案\\r\\n\\u3000》的说明 ")
    '关于《国务院机构改革方案》的说明'
    """
    if "\n" not in text and "\r" not in text:
        return text.strip()
    return "".join(piece.strip() for piece in LINE_BREAK.split(text))

"""Folding: one character in, one character out, so offsets never move.

The parser never rewrites the caller's text.  It matches against a *folded*
copy of the same length and slices the original for output.  Folding maps

* fullwidth ASCII (``（１２３％）``) to ASCII (``(123%)``),
* the ideographic space ``\\u3000`` and other wide spaces to ``" "``,
* Traditional characters to Simplified (``萬`` → ``万``, ``問題`` → ``问题``),
  with OpenCC's one-to-one character table (see ``tools/gen_t2s.py``).

>>> fold("１．５萬噸")
'1.5万吨'
>>> len(fold("存在問題")) == len("存在問題")
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from zhgovreport.text._t2s import SIMPLIFIED, TRADITIONAL

__all__ = ["FOLD_TABLE", "fold"]


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):  # fullwidth ! .. ~
        table[code] = chr(code - 0xFEE0)
    for space in "\u3000\u00a0\u2002\u2003\u2009\u202f\u205f":
        table[ord(space)] = " "
    for trad, simp in zip(TRADITIONAL, SIMPLIFIED):
        table[ord(trad)] = simp
    # Variants the OpenCC table leaves alone but that mean the same numeral or sign.
    table.update({ord("﹪"): "%", ord("−"): "-", ord("－"): "-", ord("﹐"): ","})
    return table


FOLD_TABLE: dict[int, str] = _build_table()
"""What folding changes: code point → the one character it folds to."""

class _Tables(NamedTuple):
    """What :func:`fold` needs besides :data:`FOLD_TABLE`, built on the first fold (not at import)."""

    bmp: list[str]
    """``str.translate`` is fastest with a list indexed by code point that has an
    entry for every character of the Basic Multilingual Plane: a miss in a dict
    table raises and catches a LookupError inside CPython.  Characters above the
    BMP are past the end of the list (an IndexError, also a LookupError) and left
    alone by it, so a text holding any is translated with FOLD_TABLE itself."""
    foldable: re.Pattern[str]
    """Every BMP character that folding changes, and every character above the BMP
    (one range: a class listing the few hundred astral keys would be slow)."""
    chained: frozenset[str]
    """Characters whose folded form folds again (薴 → 苧 → 苎).  Folding is one
    step, so a text holding one of them is translated, never replaced."""


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    changed = sorted(code for code, char in FOLD_TABLE.items() if chr(code) != char)
    return _Tables(
        bmp=[FOLD_TABLE.get(code, chr(code)) for code in range(0x10000)],
        foldable=re.compile("[" + "".join(re.escape(chr(c)) for c in changed if c < 0x10000) + "\U00010000-\U0010ffff]"),
        chained=frozenset(chr(c) for c in changed if FOLD_TABLE.get(ord(FOLD_TABLE[c]), FOLD_TABLE[c]) != FOLD_TABLE[c]),
    )


_MAX_REPLACED = 32
"""How many distinct foldable characters are replaced one by one before the text is translated."""

_PROBE = 500
"""A text with more than ``_MAX_REPLACED`` distinct foldable characters in its first ``_PROBE`` is translated at once."""


def fold(text: str) -> str:
    """Return ``text`` folded for matching; ``len(fold(text)) == len(text)``.

    The result is ``text.translate(FOLD_TABLE)``.  The last two long texts
    folded are cached, so the stages that read the same report (``parse``
    then ``extract_quantities``, or ``extract_quantities(report)``) fold it once;
    short strings (titles, words) are folded directly and never push a
    report out of the cache.  An ASCII string is its own fold (no key of
    :data:`FOLD_TABLE` is ASCII), told in O(1): dates, numbers and codes read
    from a page's metadata.
    """
    if text.isascii():
        return text
    if len(text) < _CACHE_FROM:
        return _fold(text)
    return _fold_cached(text)


_CACHE_FROM = 512


@lru_cache(maxsize=2)
def _fold_cached(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    """``text.translate(FOLD_TABLE)``, with one ``str.replace`` per foldable character present.

    ``str.translate`` costs ~28 ns a character (an int object and a table
    lookup each).  A Simplified text holds only a handful of distinct
    foldable characters (fullwidth punctuation and digits, the ideographic
    space), and ``str.replace`` of one character runs at memory speed: so
    the next foldable character is found with a regex search (C speed, and
    it resumes where the last one stopped, since every character before has
    been folded) and all its occurrences are replaced at once (corpus: 5.7
    → 1.9 ms).  A text with more than ``_MAX_REPLACED`` of them (Traditional
    script: most show in the first ``_PROBE`` characters) or one that folds
    twice (``_Tables.chained``) is translated, which gives the same result: what
    was replaced is left alone by the table.
    """
    tables = _tables()
    foldable = tables.foldable
    if len(set(foldable.findall(text, 0, _PROBE))) > _MAX_REPLACED:
        return _translate(text)  # Traditional script shows at once: no replace is wasted
    pos = 0
    for _ in range(_MAX_REPLACED):
        match = foldable.search(text, pos)
        if match is None:
            return text
        char = match[0]
        if char in tables.chained:
            break
        folded = FOLD_TABLE.get(ord(char))
        if folded is not None:  # None: a character above the BMP that does not fold
            text = text.replace(char, folded)
        pos = match.end()
    return _translate(text)


def _translate(text: str) -> str:
    # A text holds characters above the BMP iff its UTF-16 form has more code
    # units than it has characters (the encoding is ~4x faster than a regex search).
    bmp_only = len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)
    return text.translate(_tables().bmp if bmp_only else FOLD_TABLE)

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

from functools import lru_cache

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
    table.update({ord("﹪"): "%", ord("−"): "-", ord("－"): "-", ord("﹐"): ",", ord("、"): "、"})
    return table


FOLD_TABLE: dict[int, str] = _build_table()
"""What folding changes: code point → the one character it folds to."""

# ``str.translate`` is fastest with a list indexed by code point that has an
# entry for every character of the Basic Multilingual Plane: a miss in a dict
# table raises and catches a LookupError inside CPython.  Characters above the
# BMP (an IndexError, also a LookupError) are left alone, as FOLD_TABLE does.
_FAST_TABLE: list[str] = [FOLD_TABLE.get(code, chr(code)) for code in range(0x10000)]


def fold(text: str) -> str:
    """Return ``text`` folded for matching; ``len(fold(text)) == len(text)``.

    The last two long texts folded are cached, so the stages that read the
    same report (``parse`` then ``extract_quantities``, or
    ``Report.quantities()``) fold it once; short strings (titles, words)
    are folded directly and never push a report out of the cache.
    """
    if len(text) < _CACHE_FROM:
        return text.translate(_FAST_TABLE)
    return _fold_cached(text)


_CACHE_FROM = 512


@lru_cache(maxsize=2)
def _fold_cached(text: str) -> str:
    return text.translate(_FAST_TABLE)

"""Stage 1 — numeral spans: one linear regex pass over folded text.

The scanner is one regex, generated from the tables in
:mod:`~zhgovreport.quantities.vocab` (longest entry first), with two kinds of
alternatives, tried in this order at each position:

* ``x`` — a stretch that is *not* a quantity although it holds digits: a date,
  an ordinal, a code, a name, a lexicalized word.  It is consumed and dropped,
  so nothing inside it is ever read as a figure.
* a *mention candidate*: an optional approximation prefix, a number (a
  fraction ``X分之Y``, an Arabic number, or a run of Chinese numerals), then an
  optional ``多``/``余``, scale word, unit or rate, and approximation suffix.

Leftmost match wins, so an exclusion that starts earlier (``第二批``,
``〔2020〕67号``) hides the numbers inside it.  Which candidates become
quantities is decided by :mod:`~zhgovreport.quantities.context`.

Every alternative that starts with a digit or a Latin letter is guarded by a
look-behind so that a failed match inside a long run is rejected in O(1): the
pass is linear in the length of the text.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from zhgovreport.model import Kind
from zhgovreport.quantities import vocab

__all__ = [
    "EXCLUSION",
    "SCANNER",
    "UNIT_INFO",
    "alternation",
]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words``, longest first.

    >>> alternation(["人", "人次", "%"])
    '人次|%|人'
    """
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _guarded(surface: str, not_before: str) -> str:
    out = regex.escape(surface)
    if not_before:
        out += f"(?![{regex.escape(not_before)}])"
    if surface[-1].isascii() and surface[-1].isalpha():
        out += "(?![A-Za-z])"
    return out


def _guarded_alternation(entries: Iterable[tuple[str, str]]) -> str:
    ordered = sorted(set(entries), key=lambda e: (-len(e[0]), e[0]))
    return "|".join(_guarded(s, nb) for s, nb in ordered)


_CNC = regex.escape(vocab.CN_NUMERAL_CHARS)
_CN = f"[{_CNC}]+"
_DIGIT = regex.escape(vocab.CN_DIGIT_CHARS)


def _expand(fragment: str) -> str:
    """Fill in the placeholders of the vocab patterns; guard digit/letter starts."""
    body = (
        fragment.replace("{cn}", _CN)
        .replace("{cnc}", _CNC)
        .replace("{plain}", regex.escape(vocab.CN_PLAIN_DIGITS))
    )
    if fragment.startswith(r"\d"):
        body = r"(?<!\d)" + body
    elif fragment.startswith("[0-9A-Za-z]"):
        body = r"(?<![0-9A-Za-z])" + body
    elif fragment.startswith("[A-Za-z]"):
        body = r"(?<![A-Za-z])" + body
    return f"(?:{body})"


# --- the tail: scale, unit, rate, approximation ---------------------------------

UNIT_INFO: dict[str, tuple[str, Kind, int]] = {}
"""surface → (unit reported, kind, factor), for every unit and rate."""
for _u in vocab.UNITS:
    UNIT_INFO[_u.surface] = (_u.unit or _u.surface, _u.kind, 1)
for _r in vocab.RATES:
    UNIT_INFO[_r.surface] = (_r.unit, _r.kind, _r.factor)

_UNITS_ONLY = _guarded_alternation((u.surface, u.not_before) for u in vocab.UNITS)
_UNITS = _guarded_alternation(
    [(u.surface, u.not_before) for u in vocab.UNITS] + [(r.surface, r.not_before) for r in vocab.RATES]
)
_SCALE = alternation(vocab.ARABIC_SCALES)
_INFIX = alternation(vocab.APPROX_INFIX)
_SUFFIX = "|".join(
    _guarded(w, {"多": "元样种方层渠少数重维彩", "余": "额下量粮"}.get(w, ""))
    for w in sorted(vocab.APPROX_SUFFIXES, key=lambda w: (-len(w), w))
)
_PREFIX = "|".join(
    (f"(?<![{regex.escape(nb)}])" if nb else "") + regex.escape(w)
    for w, (_a, nb) in sorted(vocab.APPROX_PREFIXES.items(), key=lambda e: (-len(e[0]), e[0]))
)

# Units that start with a numeral character (千瓦, 千克…): a Chinese numeral run
# stops before them, so 一千九百五十萬千瓦 reads 一千九百五十万 + 千瓦.
_CN_LED_UNITS = alternation(s for s in UNIT_INFO if s[0] in vocab.CN_NUMERAL_CHARS and len(s) > 1)

_ARABIC = (
    r"(?<![0-9A-Za-z.])(?:"
    r"\d{1,3}(?:,\d{3})+(?!\d|,\d)"  # 1,234 (every group after the first: 3 digits)
    r"|\d{1,3}(?: \d{3})+(?!\d| \d)"  # 1 234
    r"|\d(?: \d)+(?!\d)"  # 7 4 7 7 2 (digits spaced one by one, as in gwr-1998)
    r"|\d+"
    r")(?: ?\.\d+(?: \d)*)?"  # decimals, 8 .8 included
)
_PLAIN = regex.escape(vocab.CN_PLAIN_DIGITS)
# 两 never continues a run of plain digits: 一九五三、一九五四两年 is 1954 + 两年.
_CHINESE = (
    rf"(?!{_CN_LED_UNITS})[{_CNC}]"
    rf"(?:(?!{_CN_LED_UNITS})(?!(?<=[{_PLAIN}])两)[{_CNC}])*(?:点[{_DIGIT}]+)?"
)
_MINUS = rf"(?:(?<=[{regex.escape(vocab.NEGATIVE_SIGN_AFTER)}])|^)[\-+]"
_NEG_CN = "(?<![不辜胜抱担自欺])负"
_FRACTION_TERM = rf"\d+(?:\.\d+)?|{_CHINESE}"

_MENTION = "".join(
    (
        rf"(?P<pre>{_PREFIX})?",
        "(?:",
        rf"(?P<fden>\d+|[{_CNC}]+?)分之(?P<fnum>{_FRACTION_TERM})",
        r"|(?<![0-9A-Za-z./])(?P<snum>\d+)/(?P<sden>\d+)(?![\d/.])",
        rf"|(?P<ar>(?:{_MINUS}|{_NEG_CN})?{_ARABIC})",
        rf"|(?P<cn>{_NEG_CN}?{_CHINESE})",
        ")",
        rf"(?P<inf>{_INFIX})?",
        rf"(?:[ ]?(?P<scale>{_SCALE}))?",
        rf"(?P<inf2>{_INFIX})?",
        rf"(?:[ ]?(?P<unit>{_UNITS}))?",
        rf"(?:/(?P<per>{_UNITS_ONLY}))?",
        rf"(?P<suf>{_SUFFIX})?",
    )
)

# --- what is not a quantity -----------------------------------------------------

_TAIL_UNIT = rf"[ ]?(?:{_INFIX})?(?:{_SCALE})?(?:{_INFIX})?[ ]?(?:{_UNITS})"
_HOTLINE = rf"(?<!\d)(?:{alternation(vocab.HOTLINES)})(?![\d.,])(?!{_TAIL_UNIT})"
_LEXICAL = rf"(?:{alternation(vocab.LEXICAL_WORDS)})(?!之)"

_EXCLUSIONS = "|".join(
    [_expand(p) for _n, p in vocab.CODE_PATTERNS]
    + [_expand(p) for _n, p in vocab.DATE_PATTERNS]
    + [_expand(p) for _n, p in vocab.NAME_PATTERNS]
    + [_HOTLINE, _LEXICAL]
)

EXCLUSION = regex.compile(_EXCLUSIONS, regex.MULTILINE)
"""Matches, at a position, a stretch that is not a quantity (dates, codes, names…)."""

SCANNER = regex.compile(rf"(?P<x>{_EXCLUSIONS})|{_MENTION}", regex.MULTILINE)
"""The one-pass scanner: group ``x`` is an exclusion; otherwise a mention candidate."""

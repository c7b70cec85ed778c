"""Stage 1 — numeral spans: one linear regex pass over folded text.

The scanner is one regex, generated from the tables in
:mod:`~zhgovreport.quantities.vocab` (longest entry first), with two kinds of
alternatives, tried in this order at each position:

* ``x`` — a stretch that is *not* a quantity although it holds digits: a date,
  an ordinal, a code, a name, a lexicalized word.  It is consumed and dropped,
  so nothing inside it is ever read as a figure.
* a *mention candidate*: a number (a fraction ``X分之Y`` or ``1/3``, an Arabic
  number, or a run of Chinese numerals), then an optional ``多``/``余``, scale
  word, unit or rate, and approximation suffix.  (Approximation prefixes,
  ordinals, quotation marks and outline markers are looked up *before* the
  number by the context stage, so the scanner only ever starts on a digit, a
  Latin letter, a sign or a Chinese numeral.)

Leftmost match wins, and exclusions are tried first, so an exclusion
(``2022年``, ``〔2020〕67号``, ``十九届五中全会``) hides the numbers inside it.  Which candidates become
quantities is decided by :mod:`~zhgovreport.quantities.context`.

Every alternative that starts with a digit or a Latin letter is guarded by a
look-behind so that a failed match inside a long run is rejected in O(1): the
pass is linear in the length of the text.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable, Sequence
from typing import Any

from zhgovreport.dates.grammar import CN_LED_SECOND
from zhgovreport.model import Kind
from zhgovreport.numerals import CN_DIGITS, CN_NUMERAL_CHARS, CN_PLAIN_DIGITS
from zhgovreport.quantities import vocab

__all__ = [
    "FIRST_CHARS",
    "FLAGS",
    "SCANNER_PLAIN_SOURCE",
    "SCANNER_SOURCE",
    "UNIT_INFO",
    "alternation",
    "scanner",
]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words``, longest first.

    >>> alternation(["人", "人次", "%"])
    '人次|%|人'
    """
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def trie(words: Iterable[str], guards: dict[str, str] | None = None) -> str:
    """A regex matching any of ``words`` (longest first), shaped as a trie.

    The engine then picks a branch by one character instead of trying every
    word in turn.  ``guards`` maps a word to a regex that must follow it.
    Branches come in the order their first word comes in ``words`` (the
    stdlib engine tests them in turn, so common words go first); the branches
    of a node start with different characters, so the order never changes
    what matches.

    >>> trie(["人", "人次", "个", "个月"])
    '(?:(?:人(?:次|)|个(?:月|)))'
    """
    guards = guards or {}
    root: dict[str, Any] = {}
    for word in dict.fromkeys(words):
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = guards.get(word, "")

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(c) + emit(node[c]) for c in node if c]
        if "" in node:
            branches.append(node[""])  # the word ends here (tried last: longest first)
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return f"(?:{emit(root)})"


_SUFFIX_WORDS = alternation(vocab.APPROX_SUFFIXES)


def _guard(surface: str, not_before: str) -> str:
    # An approximation suffix is never blocked: 2所有余 is 2所 + 有余, not 所有.
    out = f"(?!(?!{_SUFFIX_WORDS})[{re.escape(not_before)}])" if not_before else ""
    if surface[-1].isascii() and surface[-1].isalpha():
        out += "(?![A-Za-z])"
    return out


_CNC = re.escape(CN_NUMERAL_CHARS)
_CN = f"[{_CNC}]+"
_DIGIT = re.escape(CN_DIGITS)


_LATIN_UNITS = "(?:" + alternation(u.surface for u in vocab.UNITS if u.surface.isascii()) + ")(?![A-Za-z])"


def _expand(fragment: str) -> str:
    """Fill in the placeholders of the vocab patterns; guard digit/letter starts."""
    body = (
        fragment.replace("{cn}", _CN)
        .replace("{cnc}", _CNC)
        .replace("{plain}", re.escape(CN_PLAIN_DIGITS))
        .replace("{latin_unit}", _LATIN_UNITS)
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

_UNIT_GUARDS = {u.surface: _guard(u.surface, u.not_before) for u in vocab.UNITS}
_RATE_GUARDS = {r.surface: _guard(r.surface, r.not_before) for r in vocab.RATES}
_UNITS_ONLY = trie(_UNIT_GUARDS, _UNIT_GUARDS)
_UNITS = trie({**_RATE_GUARDS, **_UNIT_GUARDS}, {**_UNIT_GUARDS, **_RATE_GUARDS})  # % first: the commonest
_SCALE = alternation(vocab.ARABIC_SCALES)
_INFIX = alternation(vocab.APPROX_INFIX)
_SUFFIX = "|".join(
    re.escape(w) + (f"(?![{re.escape(vocab.SUFFIX_NOT_BEFORE[w])}])" if w in vocab.SUFFIX_NOT_BEFORE else "")
    for w in sorted(vocab.APPROX_SUFFIXES, key=lambda w: (-len(w), w))
)


def _arabic(guarded: bool) -> str:
    """An Arabic number; the separated forms sit behind a look-ahead for ``[, ]`` + digit."""
    separated = (
        r"\d{1,3}(?:,\d{3})+(?!\d|,\d)"  # 1,234 (every group after the first: 3 digits)
        r"|\d{1,3}(?: \d{3})+(?!\d| \d)"  # 1 234
        r"|\d(?: \d)+(?!\d)"  # 7 4 7 7 2 (digits spaced one by one, as in gwr-1998)
    )
    if guarded:
        separated = rf"(?=\d+[, ]\d)(?:{separated})"
    return rf"(?<![0-9A-Za-z.])(?:{separated}|\d+)(?: ?\.\d+(?: \d)*)?"  # decimals, 8 .8 included
_PLAIN = re.escape(CN_PLAIN_DIGITS)


def _cn_char_parts(later: bool) -> tuple[str, str]:
    """One character of a Chinese numeral run: (class of the plain ones, the special ones).

    The run stops before a unit that starts with a numeral character
    (``千瓦``, ``百分点``: 一千九百五十万千瓦 is 一千九百五十万 + 千瓦), and ``两``
    never continues plain digits (一九五四两年 is 1954 + 两年).
    """
    led: dict[str, list[str]] = {}
    for surface in UNIT_INFO:
        if surface[0] in CN_NUMERAL_CHARS and len(surface) > 1:
            led.setdefault(surface[0], []).append(surface[1:])
    special = set(led) | ({"两"} if later else set())
    plain = "".join(c for c in CN_NUMERAL_CHARS if c not in special)
    branches = []
    for char, rests in sorted(led.items()):
        guard = f"(?!{alternation(rests)})"
        if later and char == "两":
            guard += f"(?<![{_PLAIN}]两)"
        branches.append(re.escape(char) + guard)
    if later and "两" not in led:
        branches.append(f"(?<![{_PLAIN}])两")
    return f"[{re.escape(plain)}]", "|".join(branches)


def _cn_char(later: bool) -> str:
    """One character of a Chinese numeral run (see :func:`_cn_char_parts`)."""
    plain, special = _cn_char_parts(later)
    return f"(?:{plain}|{special})" if special else plain


def _chinese(guarded: bool) -> str:
    """A run of Chinese numerals, with an optional decimal part (``点`` + digits).

    ``guarded``: the loop over the run is unrolled, ``P*(?:S P*)*`` for
    ``(?:P|S)*`` — the plain characters ``P`` are read in one tight loop and
    the few special ones ``S`` (``千`` ``百`` ``两``, which start no plain
    character) between them; the same text matches.
    """
    plain, special = _cn_char_parts(True)
    if not guarded:
        run = f"{_cn_char(True)}*"
    else:
        run = f"{plain}*(?:(?:{special}){plain}*)*" if special else f"{plain}*"
    return rf"{_cn_char(False)}{run}(?:点[{_DIGIT}]+)?"


_MINUS = rf"(?:(?<=[{re.escape(vocab.NEGATIVE_SIGN_AFTER)}])|^)[\-+]"
_NEG_CN = "(?<![不辜胜抱担自欺])负"

def _first(chars: Iterable[str], guarded: bool = True) -> str:
    """A look-ahead for a class of first characters (``""`` when not ``guarded``).

    Put before an alternation, it rejects a position in one test instead of
    one test per branch (the stdlib engine tries branches in turn).  Every
    guard in this module is implied by the pattern it stands before, so it
    never changes what matches; ``SCANNER_PLAIN_SOURCE`` is built without them
    and a test checks that both find the same matches.
    """
    if not guarded:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(set(chars))) + "])"


def _initials(words: Iterable[str]) -> set[str]:
    return {w[0] for w in words}


_TAIL_FIRST = (
    set(vocab.APPROX_INFIX)
    | {" ", "/"}
    | _initials(vocab.ARABIC_SCALES)
    | _initials(UNIT_INFO)
    | _initials(vocab.APPROX_SUFFIXES)
)
"""Every character the tail (多/余, scale, unit, ``/unit``, suffix) may start with."""


def _mention(guarded: bool) -> str:
    """The mention candidate: a number, then the optional tail."""
    g = guarded
    tail = "".join(
        (
            rf"(?P<inf>{_INFIX})?",
            rf"(?:[ ]?{_first(_initials(vocab.ARABIC_SCALES), g)}(?P<scale>{_SCALE}))?",
            rf"(?P<inf2>{_INFIX})?",
            rf"(?:[ ]?{_first(_initials(UNIT_INFO), g)}(?P<unit>{_UNITS}))?",
            rf"(?:/(?P<per>{_UNITS_ONLY}))?",
            rf"(?:{_first(_initials(vocab.APPROX_SUFFIXES), g)}(?P<suf>{_SUFFIX}))?",
        )
    )
    return "".join(
        (
            "(?:",
            rf"(?P<fden>\d+|[{_CNC}]+)分之(?P<fnum>\d+(?:\.\d+)?|{_chinese(g)})",  # greedy: 分, 之 are not numerals (props-4)
            rf"|{_first('0123456789', g)}(?<![0-9A-Za-z./])(?P<snum>\d+)/(?P<sden>\d+)(?![\d/.])",
            rf"|{_first('0123456789-+负', g)}(?P<ar>(?:{_first('-+负', g)}(?:{_MINUS}|{_NEG_CN}))?{_arabic(g)})",
            rf"|(?P<cn>{_NEG_CN}?{_chinese(g)})",
            ")",
            # the tail is all optional: one test skips it after a bare number (一步, 二十大)
            f"(?:{_first(_TAIL_FIRST)}{tail})?" if g else tail,
        )
    )


# --- what is not a quantity -----------------------------------------------------

# A hotline is never followed by a scale word or a unit: 122万, 148万亿, 12348件 are figures.
_TAIL_FIGURE = rf"[ ]?(?:{_INFIX})?[ ]?(?:{_SCALE}|{_UNITS})"
_HOTLINE = rf"(?<!\d)(?:{alternation(vocab.HOTLINES)})(?![\d.,])(?!{_TAIL_FIGURE})"
# Lexical words that start with a numeral are matched here; those that start
# with another character (进一步, 统一) are checked by the context stage.
_LEXICAL = rf"{trie(w for w in vocab.LEXICAL_WORDS if w[0] in CN_NUMERAL_CHARS)}(?!之)"

_EXCLUSION_PATTERNS = (
    [_expand(p) for _n, p in vocab.CODE_PATTERNS]
    + [_expand(p) for _n, p in vocab.DATE_PATTERNS]
    + [_expand(p) for _n, p in vocab.ORDINAL_PATTERNS]
    + [_expand(p) for _n, p in vocab.NAME_PATTERNS]
)  # then the hotlines and the lexical words, last in their groups


def _group_end(pattern: str) -> int:
    """The index after the group that opens ``pattern`` (escapes and classes skipped)."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(pattern)


def _class_end(pattern: str) -> int:
    """The index after the character class that opens ``pattern``."""
    i = 1
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
            continue
        if pattern[i] == "]":
            return i + 1
        i += 1
    return len(pattern)


_GROUP_MEMBERS = {r"[0-9]": string.digits, rf"[{_CNC}]": CN_NUMERAL_CHARS, r"[A-Za-z]": string.ascii_letters}
_PROBES = string.digits + CN_NUMERAL_CHARS + string.ascii_letters

# Every character that may follow the leading run of digits in a digit-led code,
# date or ordinal pattern (``2022年``, ``3月``, ``67号``, ``2021-05``, ``5G``, ``3+X``,
# ``1 9 9 8 年``, ``60周年`` …).  The digit-led exclusions are tried only when the
# digits are followed by one of these, so a plain figure (``305件``) skips them
# all in one test.  Implied by each pattern: see ``SCANNER_PLAIN_SOURCE``.
_DIGIT_EXCLUSION_FOLLOW = " /〕]】)-+.年~～—–至到世月号日:时·季周" + string.ascii_letters

# Every character that may come second in a Chinese-led date, ordinal or name
# pattern (``一九四九年``, ``五十年代``, ``十月``, ``三至五月``, ``一季度``, ``一百周年``,
# ``十九届``, ``十四五规划``, ``二十大精神``): a numeral, or the character after a
# one-numeral run, or what comes second in a form of the date grammar (``二00八年``:
# :data:`~zhgovreport.dates.grammar.CN_LED_SECOND`).  The lexical words are not behind this guard.
_CN_EXCLUSION_SECOND = CN_NUMERAL_CHARS + " 季年世月-~至到周届大" + CN_LED_SECOND


def _first_key(pattern: str) -> list[str]:
    """The groups (by first-character class) that ``pattern`` belongs to."""
    probe = pattern
    while True:  # strip leading look-arounds and groups to see the first atom
        if probe.startswith("(?:"):
            probe = probe[3:]
        elif probe.startswith(("(?<!", "(?<=", "(?!", "(?=")):
            probe = probe[_group_end(probe) :]
        else:
            break
    if probe.startswith("\\d"):
        first = "0"
    elif probe.startswith("["):
        first_class = re.compile(probe[: _class_end(probe)])
        first = "".join(c for c in _PROBES if first_class.match(c))
    else:
        first = probe[:1]
    keys = [key for key, members in _GROUP_MEMBERS.items() if any(c in members for c in first)]
    if not keys:
        raise ValueError(f"cannot tell how exclusion pattern starts: {pattern!r}")
    return keys


def _dispatch(patterns: Sequence[str], last: Sequence[str] = (), guarded: bool = True) -> str:
    """Group the alternatives by the class of their first character.

    At a Chinese numeral the engine then skips every digit-led pattern with one
    test (and the other way round).  Order within a group is kept, and the
    ``last`` patterns come after the others of their group.  When ``guarded``,
    the digit-led ``patterns`` (not the ``last`` ones: hotlines are bare
    digits) sit behind a look-ahead for :data:`_DIGIT_EXCLUSION_FOLLOW`, and
    the Chinese-led ones (not the lexical words) behind one for
    :data:`_CN_EXCLUSION_SECOND`.
    """
    groups: dict[str, list[str]] = {key: [] for key in _GROUP_MEMBERS}
    tails: dict[str, list[str]] = {key: [] for key in _GROUP_MEMBERS}
    for pattern in patterns:
        for key in _first_key(pattern):
            groups[key].append(pattern)
    for pattern in last:
        for key in _first_key(pattern):
            tails[key].append(pattern)
    parts: list[str] = []
    for key in _GROUP_MEMBERS:
        body = "|".join(groups[key])
        if body and guarded and key == "[0-9]":
            body = rf"(?=\d+[{re.escape(_DIGIT_EXCLUSION_FOLLOW)}])(?:{body})"
        elif body and guarded and key == f"[{_CNC}]":
            body = rf"(?=.[{re.escape(_CN_EXCLUSION_SECOND)}])(?:{body})"
        alternatives = ([body] if body else []) + tails[key]
        if alternatives:
            parts.append(f"(?={key})(?:{'|'.join(alternatives)})")
    return "|".join(parts)


_EXCLUSIONS = _dispatch(_EXCLUSION_PATTERNS, [_HOTLINE, _LEXICAL])

FLAGS = re.MULTILINE | re.ASCII
"""The scanner's flags.  ASCII: ``\\d`` is ``[0-9]``; Chinese is matched by explicit classes."""

# Every character a match can start with.  The scanner starts with a look-ahead
# for this class, which lets the engine skip other characters at C speed (the
# stdlib ``re`` uses a leading class as a fast search prefix; ~4x faster than
# without it, and than the ``regex`` module).  A test checks that the scanner
# finds the same matches without the look-ahead.
FIRST_CHARS = "".join(
    sorted(
        set(string.digits + string.ascii_letters + CN_NUMERAL_CHARS) | set("负-+")
    )
)
"""The characters a scanner match may start with."""

_MENTION = _mention(guarded=True)

SCANNER_SOURCE = rf"(?P<x>{_EXCLUSIONS})|{_MENTION}"
"""The scanner's pattern without the look-ahead (for tests)."""

SCANNER_PLAIN_SOURCE = rf"(?P<x>{_dispatch(_EXCLUSION_PATTERNS, [_HOTLINE, _LEXICAL], guarded=False)})|{_mention(guarded=False)}"
"""The scanner's pattern without any guard look-ahead: what the guards must not change (for tests)."""



@functools.cache
def scanner() -> re.Pattern[str]:
    """The one-pass scanner: group ``x`` is an exclusion; otherwise a mention candidate.

    Compiled on first use, not at import (it is about a third of what
    ``import zhgovreport`` would cost otherwise); every later call returns the
    same compiled pattern.
    """
    return re.compile(rf"(?=[{re.escape(FIRST_CHARS)}])(?:{SCANNER_SOURCE})", FLAGS)

"""Stage 1 — numeral spans: one linear regex pass over folded text.

The scanner is one regex, generated from the tables in
:mod:`~zhgovreport.quantities.vocab` (longest entry first), with two kinds of
alternatives, tried in this order at each position:

* ``x`` — a stretch that is *not* a quantity although it holds digits: a date,
  an ordinal, a code, a name, a lexicalized word.  It is consumed and dropped,
  so nothing inside it is ever read as a figure.
* a *mention candidate*: a number (``1/3``, an Arabic number with the scale
  words inside it, a run of Chinese numerals, or a fraction ``X分之Y``), then
  either a range connector (a range head: ``5—`` of ``5—6%``) or an optional
  ``多``/``余``/``来``, scale word, unit or rate, and approximation suffix.
  (Approximation prefixes, ordinals, quotation marks and outline markers are
  looked up *before* the number by the context stage, so the scanner only
  ever starts on a digit, a Latin letter, a sign or a Chinese numeral.)

Leftmost match wins, and exclusions are tried first, so an exclusion
(``2022年``, ``〔2020〕67号``, ``十九届五中全会``) hides the numbers inside it.  Which candidates become
quantities is decided by :mod:`~zhgovreport.quantities.context`.

Every alternative that starts with a run of digits, letters or Chinese
numerals starts only where such a run starts (a look-behind), and every
run is read possessively, so a failed match inside a long run is rejected
in O(1) and no run is read twice: the pass is linear in the length of the
text (``"万" * n`` was quadratic).  The exclusions sit behind look-aheads
read off the parsed rows (:func:`follow_set`), so that a plain figure skips
them in one test and no row can be hidden by a hand-kept guard.
"""

from __future__ import annotations

import functools
import importlib
import re
import string
from collections.abc import Iterable, Sequence
from typing import Any

from zhgovreport.model import Kind
from zhgovreport.numerals import CN_DIGITS, CN_NUMERAL_CHARS, CN_PLAIN_DIGITS, SCALE_WORDS, SCALES, SIGNS
from zhgovreport.quantities import vocab

__all__ = [
    "EXCLUSIONS",
    "FIRST_CHARS",
    "FLAGS",
    "SCANNER_PLAIN_SOURCE",
    "SCANNER_SOURCE",
    "UNIT_INFO",
    "alternation",
    "expand",
    "follow_set",
    "scanner",
    "search_scanner",
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


_SUFFIX_WORDS = alternation([*vocab.APPROX_SUFFIXES, *vocab.RATE_SUFFIXES])


def _guard(surface: str, not_before: str) -> str:
    # An approximation suffix is never blocked: 2所有余 is 2所 + 有余, not 所有.
    out = f"(?!(?!{_SUFFIX_WORDS})[{re.escape(not_before)}])" if not_before else ""
    if surface[-1].isascii() and surface[-1].isalpha():
        out += "(?![A-Za-z])"
    return out


_CNC = re.escape(CN_NUMERAL_CHARS)
_CN = f"[{_CNC}]+"
_DIGIT = re.escape(CN_DIGITS)
_PLAIN = re.escape(CN_PLAIN_DIGITS)
_D1 = "[" + re.escape(CN_PLAIN_DIGITS.lstrip("〇○零")) + "]"  # one digit, 一 to 九


_LATIN_UNITS = "(?:" + alternation(u.surface for u in vocab.UNITS if u.surface.isascii()) + ")(?![A-Za-z])"


def expand(fragment: str) -> str:
    """An exclusion row's pattern as the scanner uses it (placeholders filled in).

    A pattern that starts with a run of digits, letters or Chinese numerals
    gets a look-behind, so that it only starts where such a run starts: a
    failed attempt inside a long run is then rejected in O(1), and the pass
    stays linear (``"万" * n`` was quadratic when ``{cn}…`` patterns were
    tried at every character of the run).

    >>> pattern = expand(r"{cn}周年")
    >>> pattern.startswith("(?:(?<![〇○零"), pattern.endswith("]+周年)")
    (True, True)
    """
    body = (
        fragment.replace("{cn}", _CN)
        .replace("{cnc}", _CNC)
        .replace("{plain}", _PLAIN)
        .replace("{d1}", _D1)
        .replace("{latin_unit}", _LATIN_UNITS)
    )
    if fragment.startswith(r"\d"):
        body = r"(?<!\d)" + body
    elif fragment.startswith("[0-9A-Za-z]"):
        body = r"(?<![0-9A-Za-z])" + body
    elif fragment.startswith("[A-Za-z]"):
        body = r"(?<![A-Za-z])" + body
    elif fragment.startswith(("{cn}", "[{plain}]", "(?:{cn}")):
        body = rf"(?<![{_CNC}])" + body
    return f"(?:{body})"


# --- the tail: scale, unit, rate, approximation ---------------------------------

UNIT_INFO: dict[str, tuple[str, Kind, Any]] = {}
"""surface → (unit reported, kind, factor), for every unit and rate."""
for _u in vocab.UNITS:
    UNIT_INFO[_u.surface] = (_u.unit or _u.surface, _u.kind, 1)
for _r in vocab.RATES:
    UNIT_INFO[_r.surface] = (_r.unit, _r.kind, _r.factor)

_UNIT_GUARDS = {u.surface: _guard(u.surface, u.not_before) for u in vocab.UNITS}
_RATE_GUARDS = {r.surface: _guard(r.surface, r.not_before) for r in vocab.RATES}
_UNITS_ONLY = trie(_UNIT_GUARDS, _UNIT_GUARDS)
_UNITS = trie({**_RATE_GUARDS, **_UNIT_GUARDS}, {**_UNIT_GUARDS, **_RATE_GUARDS})  # % first: the commonest
_INFIX = alternation(vocab.APPROX_INFIX)
_SUFFIX_TABLE = {**vocab.APPROX_SUFFIXES, **vocab.RATE_SUFFIXES}
_SUFFIX = "|".join(
    re.escape(w) + (f"(?![{re.escape(vocab.SUFFIX_NOT_BEFORE[w])}])" if w in vocab.SUFFIX_NOT_BEFORE else "")
    for w in sorted(_SUFFIX_TABLE, key=lambda w: (-len(w), w))
)


def _unit_rests(led_by: Iterable[str]) -> dict[str, list[str]]:
    """For each character, the rest of every unit or rate that starts with it (千 → 米, 克, 瓦…)."""
    rests: dict[str, list[str]] = {}
    for surface in UNIT_INFO:
        if surface[0] in led_by and len(surface) > 1:
            rests.setdefault(surface[0], []).append(surface[1:])
    return rests


def _scale_char() -> str:
    """One character of :data:`zhgovreport.numerals.SCALES`, unless a unit that starts with it follows.

    ``5千米`` is five kilometres and ``0.5百分点`` half a point: there ``千`` and
    ``百`` are the first characters of the unit, not scales.
    """
    rests = _unit_rests(SCALES)
    plain = "".join(c for c in SCALES if c not in rests)
    branches = [f"[{re.escape(plain)}]"] if plain else []
    branches += [re.escape(c) + f"(?!{alternation(rests[c])})" for c in SCALES if c in rests]
    return "(?:" + "|".join(branches) + ")"


_S = _scale_char()
_LARGE_SCALE = f"[{re.escape(''.join(SCALE_WORDS))}]{{1,2}}"  # after 多/余 in a Chinese numeral: 三万多亿
_FILL = "|".join(rf"(?<={re.escape(c)})\d{{{len(str(f)) - 1}}}" for c, f in SCALES.items())


def _arabic(guarded: bool) -> str:
    """An Arabic number; the separated forms sit behind a look-ahead for ``[, ]`` + digit."""
    separated = (
        r"\d{1,3}(?:,\d{3})+(?!\d|,\d)"  # 1,234 (every group after the first: 3 digits)
        r"|\d{1,3}(?: \d{3})+(?!\d| \d)"  # 1 234
        r"|\d(?: \d)+(?!\d)"  # 7 4 7 7 2 (digits spaced one by one, as in gwr-1998)
    )
    if guarded:
        separated = rf"(?=\d+[, ]\d)(?:{separated})"
    return rf"(?<![0-9A-Za-z.])(?:{separated}|\d++)(?: ?\.\d++(?: \d)*+)?"  # decimals, 8 .8 included


def _arabic_run(guarded: bool) -> str:
    """An Arabic number and the scale words and digits inside it (``5万4千6百``, ``1亿3千多万``).

    Read by :func:`zhgovreport.numerals.parse_folded` (after ``多``/``余`` are
    taken out): a part is digits and scale words; ``多``/``余`` may stand
    between two scale words (``3万多亿``); digits after the last scale word fill
    its places (``3万4000``), and are not a year (``5万2022年`` is no figure).
    """
    g = _first(SCALES, guarded)
    return (
        rf"{_arabic(guarded)}(?:[ ]?{g}{_S}++"
        rf"(?:(?:{_INFIX})(?={_S}){_S}++|\d{{1,4}}{_S}++)*+"
        rf"(?:(?:{_FILL})(?!\d|[.,]\d)(?![ ]?(?:[年月]|日(?!元))))?)?"
    )


def _cn_char_parts(later: bool) -> tuple[str, str]:
    """One character of a Chinese numeral run: (class of the plain ones, the special ones).

    The run stops before a unit that starts with a numeral character
    (``千瓦``, ``百分点``: 一千九百五十万千瓦 is 一千九百五十万 + 千瓦).  After the
    first character, ``两`` continues the run only before a place or scale
    word (``一万两千``) or as the vague pair ``一两`` (``一两年``): elsewhere it is
    the unit (``三十两``, ``一九五四两年`` is 1954 + 两年).
    """
    led = _unit_rests(CN_NUMERAL_CHARS)
    special = set(led) | ({"两"} if later else set())
    plain = "".join(c for c in CN_NUMERAL_CHARS if c not in special)
    places = re.escape("十百千万亿拾佰仟")
    branches = []
    for char, rests in sorted(led.items()):
        guard = f"(?!{alternation(rests)})"
        if later and char == "两":
            guard += f"(?:(?=[{places}])|(?<=(?<![{_CNC}])一两))"
        branches.append(re.escape(char) + guard)
    if later and "两" not in led:
        branches.append(f"两(?:(?=[{places}])|(?<=(?<![{_CNC}])一两))")
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
    character) between them; the same text matches.  Every repeat is
    possessive: a run never gives characters back (what may end it is
    decided by look-aheads), and the engine keeps no backtracking state
    for each character of a long run (``"百" * n`` took seconds per MB).
    """
    plain, special = _cn_char_parts(True)
    if not guarded:
        run = f"{_cn_char(True)}*+"
    else:
        run = f"{plain}*+(?:(?:{special}){plain}*+)*+" if special else f"{plain}*+"
    return rf"{_cn_char(False)}{run}(?:点[{_DIGIT}]++)?"


_MINUS = rf"(?:(?<=[{re.escape(vocab.NEGATIVE_SIGN_AFTER)}])|^)[\-+]"
_NEG_CN = "(?:零下|(?<![不辜胜抱担自欺])负)"
_SIGN = f"(?:{_MINUS}|{_NEG_CN})"
_SIGN_FIRST = "".join(word[0] for word in SIGNS)


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
    | _initials(SCALE_WORDS)
    | _initials(UNIT_INFO)
    | _initials(_SUFFIX_TABLE)
)
"""Every character the tail (多/余, scale, unit, ``/unit``, suffix) may start with."""

_CONNECT = alternation(vocab.RANGE_CONNECTORS)


def _mention(guarded: bool) -> str:
    """The mention candidate: a number, then a range connector or the optional tail.

    A number followed by a range connector and another number (``5—`` in
    ``5—6%``, ``二、`` in ``二、三百亿度``) is a range head: the match ends after
    the connector (group ``conn``), and the extract stage joins it to the
    figure that follows.
    """
    g = guarded
    tail = "".join(
        (
            rf"(?P<inf>{_INFIX})?",
            rf"(?:[ ]?{_first(_initials(SCALE_WORDS), g)}(?P<scale>{_LARGE_SCALE}))?",
            rf"(?P<inf2>{_INFIX})?",
            rf"(?:[ ]?{_first(_initials(UNIT_INFO), g)}(?P<unit>{_UNITS}))?",
            rf"(?:/(?P<per>{_UNITS_ONLY}))?",
            rf"(?:{_first(_initials(_SUFFIX_TABLE), g)}(?P<suf>{_SUFFIX}))?",
        )
    )
    number_first = f"0123456789{CN_NUMERAL_CHARS}"
    fraction_part = rf"(?:{_arabic(g)}|{_chinese(g)})"
    sign = rf"(?:{_first(_SIGN_FIRST + '+', g)}{_SIGN})?"
    connector = rf"(?P<conn>{_CONNECT}|(?<=[{_DIGIT}])、(?=[{_DIGIT}]))(?=[{re.escape(number_first)}])"
    connector_first = _first(vocab.RANGE_CONNECTORS + "、", g)
    return "".join(
        (
            "(?:",
            rf"(?P<ssg>{sign}){_first('0123456789', g)}(?<![0-9A-Za-z./])(?P<snum>\d+)/(?P<sden>\d+)(?![\d/.])",
            # a number is read once: the run of a fraction's denominator (三分之一) is no number
            rf"|{_first('0123456789' + _SIGN_FIRST + '+', g)}(?P<ar>{sign}{_arabic_run(g)})(?!分之)",
            rf"|(?P<cn>{_NEG_CN}?{_chinese(g)})(?!分之)",
            # fractions; greedy: 分, 之 are not numerals (props-4)
            rf"|(?P<fsg>{sign})(?P<fden>(?<!\d)\d++|(?<![{_CNC}])[{_CNC}]++)分之(?P<fnum>(?:负)?{fraction_part})"
            rf"(?:(?P<fconn>{_CONNECT})(?P<fhi>{fraction_part})(?!分之))?",  # 百分之五到百分之六: two fractions
            ")",
            # a range head, or the tail (all optional: one test skips it after a bare number: 一步, 二十大)
            f"(?:{connector_first}{connector}|{_first(_TAIL_FIRST)}{tail})?" if g else f"(?:{connector}|{tail})",
        )
    )


# --- what is not a quantity -----------------------------------------------------

# A hotline is never followed by a scale word or a unit: 122万, 148万亿, 12348件 are figures.
_TAIL_FIGURE = rf"[ ]?(?:{_INFIX})?[ ]?(?:{_S}|{_UNITS})"
# Nor by a range connector and a digit (120-372% is a range), nor by a separator and a digit (120,000).
_HOTLINE = rf"(?<!\d)(?:{alternation(vocab.HOTLINES)})(?!\d|[.,]\d)(?!{_TAIL_FIGURE})(?!(?:{_CONNECT})\d)"
# Lexical words that start with a numeral are matched here; those that start
# with another character (进一步, 统一) are checked by the context stage.
def _lexical() -> str:
    """The lexical words that start with a numeral, as one trie.

    A word is not matched where a longer unit continues it: ``一个`` is the
    article, but in ``一个月``, ``一个多月`` the numeral is read with the unit
    ``个月`` (rule 3 then decides: a figure only with an approximation).
    """
    words = [w for w in vocab.LEXICAL_WORDS if w[0] in CN_NUMERAL_CHARS]
    guards = {}
    for word in words:
        rests = [u[len(word) - 1 :] for u in UNIT_INFO if len(u) > len(word) - 1 and u.startswith(word[1:])]
        if rests:
            guards[word] = f"(?!{alternation(rests)})"
    return rf"{trie(words, guards)}(?!之)"


_LEXICAL = _lexical()

EXCLUSIONS: tuple[tuple[str, str], ...] = (
    *((row.name, row.pattern) for row in vocab.CODE_PATTERNS),
    *vocab.DATE_PATTERNS,
    *((row.name, row.pattern) for row in vocab.ORDINAL_PATTERNS),
    *((row.name, row.pattern) for row in vocab.NAME_PATTERNS),
    *((row.name, row.pattern) for row in vocab.SET_PHRASES),
)
"""(name, pattern) of every exclusion row, in the order the scanner tries them
(then the hotlines and the lexical words, last in their groups)."""

_EXCLUSION_PATTERNS = [expand(pattern) for _name, pattern in EXCLUSIONS]

FLAGS = re.MULTILINE | re.ASCII
"""The scanner's flags.  ASCII: ``\\d`` is ``[0-9]``; Chinese is matched by explicit classes."""


_GROUP_MEMBERS = {r"[0-9]": string.digits, rf"[{_CNC}]": CN_NUMERAL_CHARS, r"[A-Za-z]": string.ascii_letters}


def _first_key(pattern: str) -> list[str]:
    """The groups (by first-character class) that ``pattern`` belongs to.

    Read off the parsed pattern (:func:`follow_set` of an empty run: the
    characters a match may start with), so a row whose branches start with
    different classes (``(?:{cn}|\\d+)年规划``) is in each of their groups.
    """
    first = follow_set(pattern, "")
    if first is None:
        raise ValueError(f"cannot tell how exclusion pattern starts: {pattern!r}")
    keys = [key for key, members in _GROUP_MEMBERS.items() if not first.isdisjoint(members)]
    if not keys:
        raise ValueError(f"exclusion pattern starts with no digit, letter or numeral: {pattern!r}")
    return keys


# --- the guards, derived from the rows -------------------------------------------

_ANY = None  # "any character": a pattern whose follow set cannot be bounded


def _class_chars(items: list[tuple[Any, Any]], c: Any) -> set[str] | None:
    """The characters of a parsed character class, or ``None`` for an open one."""
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE:
            chars.update(chr(code) for code in range(av[0], av[1] + 1))
        elif op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            chars.update(string.digits)  # re.ASCII: \d is [0-9]
        elif op is c.CATEGORY and av is c.CATEGORY_SPACE:
            chars.update(" \t\n\r\f\v")
        else:  # a negated class, \w, \S…
            return None
    return chars


def _follow(seq: Any, run: frozenset[str], c: Any) -> tuple[set[str] | None, bool]:
    """(the characters not in ``run`` that may come first in a match of ``seq``
    after a leading stretch of ``run`` characters, whether ``seq`` may match
    ``run`` characters only); ``None`` when that set is not bounded."""
    out: set[str] = set()
    for op, av in seq:
        passes = False
        if op is c.LITERAL:
            chars: set[str] | None = {chr(av)}
        elif op is c.IN:
            chars = _class_chars(av, c)
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            sub, passes = _follow(av[2], run, c)
            if sub is None:
                return None, True
            out |= sub
            if not (passes or av[0] == 0):
                return out, False
            continue
        elif op in (c.SUBPATTERN, c.ATOMIC_GROUP):
            sub, passes = _follow(av[-1], run, c)
            if sub is None:
                return None, True
            out |= sub
            if not passes:
                return out, False
            continue
        elif op is c.BRANCH:
            any_passes = False
            for branch in av[1]:
                sub, passes = _follow(branch, run, c)
                if sub is None:
                    return None, True
                out |= sub
                any_passes = any_passes or passes
            if not any_passes:
                return out, False
            continue
        else:  # ANY, NOT_LITERAL, group references…
            return None, True
        if chars is None:
            return None, True
        out |= chars - run
        if not chars & run:
            return out, False
    return out, True


def follow_set(pattern: str, run: str) -> frozenset[str] | None:
    r"""Every character that may follow the leading run of ``run`` characters in a match of ``pattern``.

    Read off the parsed pattern (an over-approximation: a branch that could
    never match still adds its characters).  ``None`` when a match may hold
    ``run`` characters only, or when the set is not bounded (``.``, ``[^…]``).
    The scanner puts each group of exclusions behind a look-ahead for this
    set, so that a plain figure skips them all in one test; because the set
    is derived from the rows, a new row can never be hidden by it.

    >>> sorted(follow_set(r"\d{4} ?年(?:度)?", "0123456789"))
    [' ', '年']
    >>> follow_set(r"\d+", "0123456789") is None
    True
    """
    parser = importlib.import_module("re._parser")
    constants = importlib.import_module("re._constants")
    chars, passes = _follow(parser.parse(pattern, FLAGS), frozenset(run), constants)
    return None if chars is None or passes else frozenset(chars)


def _dispatch(patterns: Sequence[str], last: Sequence[str] = (), guarded: bool = True) -> str:
    """Group the alternatives by the class of their first character.

    At a Chinese numeral the engine then skips every digit-led pattern with one
    test (and the other way round).  Order within a group is kept, and the
    ``last`` patterns come after the others of their group.  When ``guarded``,
    the digit-led and Chinese-led ``patterns`` (not the ``last`` ones:
    hotlines are bare digits, lexical words short) sit behind a look-behind
    (they start where a run starts: :func:`expand`) and a look-ahead for the
    characters that may follow the leading run (:func:`follow_set` of each
    row); a pattern whose set is not bounded, or that starts with a
    look-behind of its own, is tried unguarded.
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
    for key, members in _GROUP_MEMBERS.items():
        alternatives = list(groups[key])
        if alternatives and guarded and key != "[A-Za-z]":
            # a row behind a look-behind of its own (``(?<=第)``) is rejected in O(1) anyway:
            # it stays out of the guard, and its characters out of the guard's set
            follows = [None if p.startswith("(?:(?<=") else follow_set(p, members) for p in alternatives]
            bounded = [p for p, f in zip(alternatives, follows) if f is not None]
            follow = frozenset().union(*(f for f in follows if f is not None))
            if bounded:
                run = re.escape(members)
                body = "|".join(bounded)
                rest = [p for p, f in zip(alternatives, follows) if f is None]
                alternatives = [rf"(?<![{run}])(?=[{run}]++[{re.escape(''.join(sorted(follow)))}])(?:{body})", *rest]
        alternatives += tails[key]
        if alternatives:
            parts.append(f"(?={key})(?:{'|'.join(alternatives)})")
    return "|".join(parts)


# Every character a match can start with.  The scanner starts with a look-ahead
# for this class, which lets the engine skip other characters at C speed (the
# stdlib ``re`` uses a leading class as a fast search prefix; ~4x faster than
# without it, and than the ``regex`` module).  A test checks that the scanner
# finds the same matches without the look-ahead.
FIRST_CHARS = "".join(sorted(set(string.digits + string.ascii_letters + CN_NUMERAL_CHARS + _SIGN_FIRST + "+")))
"""The characters a scanner match may start with."""


@functools.cache
def _source(guarded: bool) -> str:
    """The scanner's pattern, with or without its guards (built on first use: the
    guards are read off the parsed rows, which costs a few milliseconds)."""
    exclusions = _dispatch(_EXCLUSION_PATTERNS, [_HOTLINE, _LEXICAL], guarded=guarded)
    return rf"(?P<x>{exclusions})|{_mention(guarded=guarded)}"


def __getattr__(name: str) -> str:
    # SCANNER_SOURCE: the scanner's pattern without the look-ahead (for tests).
    # SCANNER_PLAIN_SOURCE: without any guard: what the guards must not change.
    if name == "SCANNER_SOURCE":
        return _source(True)
    if name == "SCANNER_PLAIN_SOURCE":
        return _source(False)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.cache
def scanner() -> re.Pattern[str]:
    """The one-pass scanner: group ``x`` is an exclusion; otherwise a mention candidate.

    Compiled on first use, not at import (it is about a third of what
    ``import zhgovreport`` would cost otherwise); every later call returns the
    same compiled pattern.
    """
    return re.compile(rf"(?=[{re.escape(FIRST_CHARS)}])(?:{_source(True)})", FLAGS)


STOP = "stop"
"""The group of :func:`search_scanner` that ends where the scanner's match ends."""


@functools.cache
def search_scanner() -> re.Pattern[str]:
    """:func:`scanner` led by a class, for a loop of ``search`` calls (what the extract stage runs).

    The pattern's own match is the first character (``[FIRST_CHARS]``); the
    scanner's match is read from there in a look-ahead (inside a look-behind
    that steps back over that character), with every group of
    :func:`scanner` at the same index and the empty group :data:`STOP` where
    the scanner's match ends.  A pattern led by a class lets ``re`` skip in C
    to the next character a match may start with (about 2.6 ns a character);
    one led by a look-ahead, like :func:`scanner`, is tried at every
    character (about 7 ns: a third of the scanner's time on the corpus).  A
    search resumed at the ``STOP`` of each match finds what ``finditer`` of
    :func:`scanner` finds (a test checks it).

    >>> m = search_scanner().search("审结305件")
    >>> m.span(), m.end(STOP), m["unit"]
    ((2, 3), 6, '件')
    """
    return re.compile(rf"[{re.escape(FIRST_CHARS)}](?<=(?=(?:{_source(True)})(?P<{STOP}>)).)", FLAGS)

"""Stage 2 — context: which candidates are quantities, and what they state.

A candidate from :func:`~zhgovreport.quantities.scan.scanner` becomes a
quantity unless one of these rules (each driven by a table in
:mod:`~zhgovreport.quantities.vocab`) says it is not:

1. Arabic numbers are figures; a bare one (no unit) is a ``number``.
2. "A numeral is a quantity only when the text says so": a run of Chinese
   numerals needs a unit, a rate, a fraction, or a scale word with a digit
   (``一百零八亿``).  Without one it is a word (``二十大``, ``一审``).
3. A Chinese numeral that is only ``一``/``零`` before a measure word is an
   article or a word (``一批``, ``一个``, ``零件``), and so is one made only of
   ``百千万亿`` (``千家万户``); rates keep them (``一倍``).
4. Chinese digits side by side with no place word are a vague range (``两三``,
   ``三五``) or a year or code read digit by digit (``一九五四``); a numeral next
   to ``几``/``数``/``来`` is vague (``几十万``, ``十几个``).
5. Before the number: ``第`` makes an ordinal (an ordinal without ``第``,
   the anniversary ``成立75周年``, is dropped by the scanner already:
   :data:`~zhgovreport.quantities.vocab.ORDINAL_PATTERNS`); a short quotation around a
   Chinese numeral or a bare Arabic number (or one right after an opening
   quotation mark) makes a name (``“八五”``, ``“中国制造2025”``); a bare number opening a line before
   ``.``/``、`` or inside ``( )`` is an outline marker; a lexical word that
   starts before the numeral (``进一步``, ``统一``) makes it part of that word;
   any number inside a document title ``《…》`` on one line (``《`` and ``》``
   each at most :data:`~zhgovreport.quantities.vocab.TITLE_REACH` characters
   away) is part of the title.
6. An approximation word right before the number belongs to the mention
   (``约30%``, ``超过3300万``); the table gives characters that must not come
   before it (``签约3个`` has no ``约``).

Values: the number with its scale (``5.4`` × ``万``; ``二十五亿七千`` + ``多`` +
``万`` reads ``二十五亿七千万``), times the rate factor (``六成`` → 60 %);
``X分之Y`` is Y/X (a percent for 百, a permille for 千).
"""

from __future__ import annotations

import decimal
import functools
import re
from functools import lru_cache
from typing import NamedTuple

from zhgovreport.model import Approx, Kind, Style
from zhgovreport.numbering import match_marker
from zhgovreport.numerals import CN_DIGITS, CN_NUMERAL_CHARS, canonical, parse_folded
from zhgovreport.quantities import vocab
from zhgovreport.quantities.scan import UNIT_INFO, scanner

__all__ = ["Reading", "read_candidate"]

class Reading(NamedTuple):
    """What the context stage reads from one mention; offsets index the folded text (and so the caller's)."""

    start: int
    end: int
    value: decimal.Decimal
    unit: str | None
    kind: Kind
    approx: Approx

_PREFIXES = vocab.APPROX_PREFIXES
_PREFIX_LENGTHS = sorted({len(w) for w in _PREFIXES}, reverse=True)
_PREFIX_LAST_CHARS = frozenset(w[-1] for w in _PREFIXES)
_SUFFIX_APPROX = vocab.APPROX_SUFFIXES
_IDIOMS = vocab.IDIOM_NUMERALS
_IDIOM_SCALE = vocab.IDIOM_SCALE_CHARS  # str.strip(chars) tells "only these characters" in C
_DIGITS = CN_DIGITS
_FIGURE_DIGITS = (frozenset(CN_DIGITS) - frozenset("〇○零")) | frozenset("十拾")
_VAGUE_BEFORE = vocab.VAGUE_BEFORE
_VAGUE_AFTER = vocab.VAGUE_AFTER
_QUOTES = vocab.QUOTES
_CLOSERS = frozenset(vocab.QUOTES.values())
_REACH = vocab.QUOTE_REACH
_TITLE_OPEN, _TITLE_CLOSE, _TITLE_REACH = vocab.TITLE_OPEN, vocab.TITLE_CLOSE, vocab.TITLE_REACH
_SENTENCE_MARKS = "。；;！？!?\n\r"
_ORDINAL = vocab.ORDINAL_BEFORE
_ORDINAL_OR_SPACE = _ORDINAL + " "  # what the character before an ordinal's number may be
_MAX_CN = 40  # a longer run of Chinese numerals is not a figure anyone wrote
_RATE_KINDS = frozenset({Kind.PERCENT, Kind.PERMILLE, Kind.PERCENTAGE_POINT, Kind.MULTIPLE})

# Lexical words whose numeral is not their first character (进一步, 统一, 之一):
# (the character before the first numeral, that numeral) → [(offset of the
# numeral in the word, word)].  Two characters pick the few words to try.
_LEXICAL_AROUND: dict[str, list[tuple[int, str]]] = {}
for _w in vocab.LEXICAL_WORDS:
    if _w[0] in CN_NUMERAL_CHARS:
        continue
    _k = next((i for i, c in enumerate(_w) if c in CN_NUMERAL_CHARS), -1)
    if _k < 0:  # 双下降, 再审: no numeral character, listed for the reader
        continue
    _LEXICAL_AROUND.setdefault(_w[_k - 1 : _k + 1], []).append((_k, _w))


@lru_cache(maxsize=16384)
def _number(text: str) -> decimal.Decimal | None:
    try:
        return parse_folded(text)
    except (ValueError, ArithmeticError):
        return None


# The last opening or closing quotation mark or sentence mark in a stretch
# (greedy ``.*`` backs off from the end in C), and any sentence mark.
_LAST_MARK = re.compile(
    "(?s:.*)([" + re.escape("".join(sorted(set(_QUOTES) | _CLOSERS | set(_SENTENCE_MARKS)))) + "])"
)
_ANY_SENTENCE_MARK = re.compile("[" + re.escape(_SENTENCE_MARKS) + "]")


def _quoted(folded: str, start: int, end: int) -> bool:
    """True when ``folded[start:end]`` sits inside a short quotation (a name).

    The nearest quotation or sentence mark within ``QUOTE_REACH`` before
    ``start`` must open a quotation whose closing mark comes within
    ``QUOTE_REACH`` after ``end``, with no sentence mark in between.
    """
    last = _LAST_MARK.match(folded, max(0, start - _REACH), start)
    if last is None:
        return False
    closer = _QUOTES.get(last.group(1))
    if closer is None:  # a closing mark or a sentence mark comes first
        return False
    j = folded.find(closer, end, end + _REACH)
    return j >= 0 and _ANY_SENTENCE_MARK.search(folded, end, j) is None


def _in_title(folded: str, start: int) -> bool:
    """True when ``start`` lies inside ``《…》`` on one line.

    An unclosed ``《`` at most ``TITLE_REACH`` characters back, and its ``》``
    within ``TITLE_REACH`` characters ahead; both searches are bounded.
    """
    i = folded.rfind(_TITLE_OPEN, max(0, start - _TITLE_REACH), start)
    if i < 0 or folded.find(_TITLE_CLOSE, i, start) >= 0:
        return False
    j = folded.find(_TITLE_CLOSE, start, start + _TITLE_REACH)
    if j < 0:
        return False
    return all(folded.find(c, i, j) < 0 for c in "\n\r") and folded.find(_TITLE_OPEN, start, j) < 0


def _before(folded: str, start: int, floor: int) -> str:
    """The character before ``start`` (white space skipped), or ``""``."""
    if start > floor and folded[start - 1] != " ":
        return folded[start - 1]  # the common case
    i = start - 1
    while i >= floor and folded[i] == " ":
        i -= 1
    return folded[i] if i >= floor else ""


_NUMBER_MARKERS = (Style.ARABIC, Style.ARABIC_PAREN)


def _is_marker(folded: str, start: int, end: int, floor: int) -> bool:
    """A bare number that labels rather than counts: a marker's number, or a number in ``( )``.

    ``1.``, ``2、``, ``3)`` opening a line (after indentation, or after the
    mask that hides a heading already read) are outline markers
    (:func:`~zhgovreport.numbering.match_marker`); a bare number alone in
    parentheses anywhere (``(1)``, ``(2021)``) is an enumeration label or a
    reference.
    """
    if _before(folded, start, floor) == "(" and folded[end : end + 1] == ")":
        return True
    line_start = max(folded.rfind("\n", 0, start), folded.rfind("\r", 0, start)) + 1
    if folded[line_start:start].strip(" \t\x00"):
        return False
    hit = match_marker(folded, start)
    return hit is not None and hit.style in _NUMBER_MARKERS


def _in_lexical_word(folded: str, start: int) -> bool:
    if start < 1:
        return False
    for k, word in _LEXICAL_AROUND.get(folded[start - 1 : start + 1], ()):
        if start >= k and folded.startswith(word, start - k):
            return True
    return False


def _chinese_is_word(core: str, has_unit: bool, is_rate: bool, has_scale: bool, lenient: bool) -> bool:
    """Rules 2–4 for a run of Chinese numerals (``core`` without a sign).

    ``lenient`` relaxes rule 2 only: a numeral with neither unit nor scale
    word is a number when the caller says the text is one quantity.
    """
    if len(core) > _MAX_CN:
        return True
    if len(core) >= 2 and not core.strip(_DIGITS):
        return True  # 两三, 三五: a vague range; 一九五四: a year or a code, digit by digit
    if is_rate:
        return False
    if has_unit:
        return core in _IDIOMS or not core.strip(_IDIOM_SCALE)
    if lenient:
        return False
    # no unit: only a scaled figure with a real digit (一百零八亿, 三千万, 十多亿)
    # stands alone; 千万, 百万, 万万 alone are words (千万不要, 百万雄师)
    return not (has_scale and not _FIGURE_DIGITS.isdisjoint(core))


def _prefix(folded: str, start: int, floor: int) -> tuple[int, Approx] | None:
    """An approximation word ending at ``start`` (rule 6)."""
    if start <= floor or folded[start - 1] not in _PREFIX_LAST_CHARS:
        return None  # the common case, decided by one set lookup
    for length in _PREFIX_LENGTHS:
        s = start - length
        if s < floor:
            continue
        entry = _PREFIXES.get(folded[s:start])
        if entry is not None and not (s > 0 and folded[s - 1] in entry[1]):
            return s, entry[0]
    return None


class _Groups(NamedTuple):
    """Where each named group of the scanner sits in ``match.groups()``."""

    fden: int
    fnum: int
    snum: int
    sden: int
    ar: int
    cn: int
    inf: int
    scale: int
    inf2: int
    unit: int
    per: int
    suf: int


@functools.cache
def _groups() -> _Groups:
    index = scanner().groupindex
    return _Groups(*(index[name] - 1 for name in _Groups._fields))


_CN_NAME, _AR_NAME = "cn", "ar"

# What a candidate's own text says, before its context is looked at.
_FRACTION_SHAPE, _CN_SHAPE, _AR_SHAPE = 0, 1, 2


class _Static(NamedTuple):
    """What a candidate's own text says, before its context is looked at (cached per text)."""

    shape: int
    value: decimal.Decimal
    unit: str | None
    kind: Kind
    approx: Approx
    """from the tail (多, 余, 以上…); a prefix before the number may change it"""
    has_unit: bool
    has_scale: bool


def _fraction(g: tuple[str | None, ...], at: _Groups) -> tuple[decimal.Decimal, str | None, Kind] | None:
    if g[at.snum] is not None:  # 1/3
        den, num = _number(g[at.sden] or ""), _number(g[at.snum])
    else:
        den, num = _number(g[at.fden] or ""), _number(g[at.fnum] or "")
    if den is None or num is None or den == 0:
        return None
    special = vocab.FRACTION_DENOMINATORS.get(int(den)) if den == den.to_integral_value() else None
    if special is not None:
        return num, special[1], special[0]
    with decimal.localcontext() as ctx:
        ctx.prec = 28
        return canonical(num / den), None, Kind.FRACTION


@lru_cache(maxsize=8192)
def _static(g: tuple[str | None, ...], lenient: bool) -> _Static | None:
    """Rules 2–4 and the reading of a candidate from its groups alone (cached).

    ``None`` when the candidate's own text already says it is not a figure
    (``二十大``, ``一项``, ``两三个``, ``三分之一倍``).
    """
    at = _groups()
    unit_surface = g[at.unit]
    scale = g[at.scale] or ""
    cn = g[at.cn]
    info = UNIT_INFO[unit_surface] if unit_surface is not None else None
    factor = 1
    if g[at.fden] is not None or g[at.snum] is not None:
        read = _fraction(g, at)
        if read is None or info is not None:  # 三分之一倍: not a shape we read
            return None
        shape = _FRACTION_SHAPE
        value, unit, kind = read
    else:
        if cn is not None:
            shape = _CN_SHAPE
            core = cn
            digits = core[1:] if core[0] == "负" else core
            is_rate = info is not None and info[1] in _RATE_KINDS
            has_scale = bool(scale) or "万" in digits or "亿" in digits
            if _chinese_is_word(digits, info is not None, is_rate, has_scale, lenient):
                return None
        else:
            shape = _AR_SHAPE
            core = g[at.ar] or ""
        value_or_none = _number(core + scale)
        if value_or_none is None:
            return None
        value = value_or_none
        if info is None:
            unit, kind = None, Kind.NUMBER
        else:
            unit, kind, factor = info
    if factor != 1:
        value = canonical(value * factor)
    per = g[at.per]
    if per is not None and unit is not None:
        unit = f"{unit}/{UNIT_INFO[per][0]}"
    if g[at.inf] is not None or g[at.inf2] is not None or (unit_surface is not None and "多" in unit_surface):
        approx = Approx.OVER
    elif g[at.suf] is not None:
        approx = _SUFFIX_APPROX[g[at.suf] or ""]
    else:
        approx = Approx.EXACT
    return _Static(shape, value, unit, kind, approx, info is not None, bool(scale))


def read_candidate(m: re.Match[str], folded: str, floor: int = 0, lenient: bool = False) -> Reading | None:
    """Decide whether scanner match ``m`` is a quantity; if so, read it.

    ``floor`` is where the text still free for this mention starts (the end
    of the previous match), so an approximation prefix never overlaps it.
    ``lenient`` (for :func:`~zhgovreport.quantities.parse_quantity`) relaxes
    rule 2 and nothing else: a Chinese numeral with neither unit nor scale word
    (``一百零八``) is a number.  Every other rule applies to both entry points,
    so they agree on everything ``extract_quantities`` finds.

    What the candidate's own text says is read once per distinct text
    (:func:`_static`, cached); the rules that look around it run every time.
    """
    static = _static(m.groups(), lenient)
    if static is None:
        return None
    shape, value, unit, kind, approx, has_unit, has_scale = static
    start, end = m.span()
    if folded.rfind(_TITLE_OPEN, max(0, start - _TITLE_REACH), start) >= 0 and _in_title(folded, start):
        return None  # rule 5: 《…三年行动计划…》 is a name
    if shape == _CN_SHAPE:
        cstart, cend = m.span(_CN_NAME)
        if (
            (cstart > 0 and folded[cstart - 1] in _VAGUE_BEFORE)
            or (cend < len(folded) and folded[cend] in _VAGUE_AFTER)
            or (cstart > floor and folded[cstart - 1] in _ORDINAL_OR_SPACE and _before(folded, cstart, floor) == _ORDINAL)
            or _in_lexical_word(folded, cstart)
            or _quoted(folded, cstart, cend)
        ):
            return None
    elif shape == _AR_SHAPE:
        astart, aend = m.span(_AR_NAME)
        if astart > floor and folded[astart - 1] in _ORDINAL_OR_SPACE and _before(folded, astart, floor) == _ORDINAL:
            return None
        if not has_unit and (
            _quoted(folded, astart, aend)
            or (astart > 0 and folded[astart - 1] in _QUOTES)  # “148”品牌
            or (not has_scale and _is_marker(folded, astart, aend, floor))
        ):
            return None
    elif start > floor and folded[start - 1] in _ORDINAL_OR_SPACE and _before(folded, start, floor) == _ORDINAL:
        return None  # a fraction after 第
    if start > floor and folded[start - 1] in _PREFIX_LAST_CHARS:
        prefix = _prefix(folded, start, floor)
        if prefix is not None:
            start, approx = prefix
    return Reading(start, end, value, unit, kind, approx)

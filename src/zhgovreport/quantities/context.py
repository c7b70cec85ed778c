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
   ``百千万亿`` (``千家万户``); rates keep them (``一倍``).  An approximation
   makes them figures: a prefix (``近一吨``, ``近千人``, ``上千家``), ``多``/``余``
   before the unit (``千余人``, ``一个多月``) or a suffix other than ``多``/``余``
   (``一年以上``; ``一户多宅`` stays a word).  A lone financial numeral is a
   word except before ``元`` (``拾起``, ``队伍``).
4. Chinese digits side by side with no place word are a year or code read
   digit by digit (``一九五四``): not a figure.  A vague pair (``两三年``,
   ``七八十万人``) is one figure with both bounds (``value`` and ``upper``),
   approx ``about``; so is ``数``/``几`` before ``十百千万亿`` (``数十亿元``: 2 to 9
   times).  A numeral next to ``几`` otherwise is vague (``十几个``): not a figure.
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
7. A range (``5—6%``, ``三至五年``, ``二、三百亿度``, ``百分之八到九``) is two
   figures; the first takes the second's unit, kind and scale
   (:func:`read_range`).

Values: the number with its scale (``5.4`` × ``万``; ``二十五亿七千`` + ``多`` +
``万`` reads ``二十五亿七千万``; ``1亿3千多万`` reads ``1亿3千万``), times the rate
factor (``六成`` → 60 %); ``X分之Y`` is Y/X (a percent for 百, a permille for 千).
"""

from __future__ import annotations

import decimal
import functools
import re
from functools import lru_cache
from typing import NamedTuple

from zhgovreport.model import Approx, Kind, Style
from zhgovreport.numbering import match_marker
from zhgovreport.numerals import (
    CN_DIGITS,
    CN_FINANCIAL,
    CN_NUMERAL_CHARS,
    SCALES,
    canonical,
    parse_folded,
    parse_folded_pair,
)
from zhgovreport.quantities import vocab
from zhgovreport.quantities.scan import STOP, UNIT_INFO, search_scanner

__all__ = ["Reading", "read_candidate", "read_range"]

_new = tuple.__new__


class Reading(NamedTuple):
    """What the context stage reads from one mention; offsets index the folded text (and so the caller's)."""

    start: int
    end: int
    value: decimal.Decimal
    unit: str | None
    kind: Kind
    approx: Approx
    upper: decimal.Decimal | None = None
    """The upper bound of a vague range (``七八十万人``)."""

_PREFIXES = {**vocab.APPROX_PREFIXES, **vocab.SCALE_PREFIXES}
_PREFIX_LENGTHS = sorted({len(w) for w in _PREFIXES}, reverse=True)
_PREFIX_LAST_CHARS = frozenset(w[-1] for w in _PREFIXES)
_SUFFIX_APPROX = {**vocab.APPROX_SUFFIXES, **vocab.RATE_SUFFIXES}
_WORD_SUFFIXES = frozenset({"多", "余"})  # after 一 + unit they make words: 一户多宅, 一岗多责
_IDIOMS = vocab.IDIOM_NUMERALS
_IDIOM_SCALE = vocab.IDIOM_SCALE_CHARS  # str.strip(chars) tells "only these characters" in C
_DIGITS = CN_DIGITS
_FIGURE_DIGITS = (frozenset(CN_DIGITS) - frozenset("〇○零")) | frozenset("十拾")
_PLACE_LED = "十百千万亿"
_VAGUE_BEFORE = vocab.VAGUE_BEFORE
_VAGUE_AFTER = vocab.VAGUE_AFTER
_VAGUE_LOW, _VAGUE_HIGH = 2, 9  # 几 and 数: more than one and fewer than ten
_HALF_VALUE = decimal.Decimal("0.5")
"""What a unit written with :data:`~zhgovreport.quantities.vocab.HALF` adds to its number."""
_QUOTES = vocab.QUOTES
_CLOSERS = frozenset(vocab.QUOTES.values())
_REACH = vocab.QUOTE_REACH
_TITLE_OPEN, _TITLE_CLOSE, _TITLE_REACH = vocab.TITLE_OPEN, vocab.TITLE_CLOSE, vocab.TITLE_REACH
_SENTENCE_MARKS = "。；;！？!?\n\r"
_ORDINAL = vocab.ORDINAL_BEFORE
_ORDINAL_OR_SPACE = _ORDINAL + " "  # what the character before an ordinal's number may be
_MAX_CN = 40  # a longer run of Chinese numerals is not a figure anyone wrote
_RATE_KINDS = frozenset({Kind.PERCENT, Kind.PERMILLE, Kind.PERCENTAGE_POINT, Kind.MULTIPLE})
_SUFFIX_KINDS = _RATE_KINDS | {Kind.FRACTION}  # the kinds 强/弱 may follow
_DROP_INFIX = str.maketrans("", "", "".join(vocab.APPROX_INFIX))
_RATE_AFTER = {r.surface: r.after for r in vocab.RATES if r.after}
_SCALE_CHARS = "".join(SCALES)
_PLACES_AND_SCALES = _SCALE_CHARS + "拾佰仟"
_ALL_DIGITS = "0123456789" + CN_DIGITS

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


@lru_cache(maxsize=4096)
def _pair(text: str) -> tuple[decimal.Decimal, decimal.Decimal] | None:
    try:
        return parse_folded_pair(text)
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
    last = _LAST_MARK.match(folded, start - _REACH if start > _REACH else 0, start)
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


def _ordinal(folded: str, start: int, floor: int) -> bool:
    """True when ``第`` comes right before ``start`` (white space allowed)."""
    return start > floor and folded[start - 1] in _ORDINAL_OR_SPACE and _before(folded, start, floor) == _ORDINAL


_NUMBER_MARKERS = (Style.ARABIC, Style.ARABIC_PAREN)
_LINE_LEAD = " \t\x00"


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
    i = start - 1
    while i >= 0 and folded[i] in _LINE_LEAD:  # only indentation or a mask before it on its line
        i -= 1
    if i >= 0 and folded[i] not in "\n\r":
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


# What rules 2-4 say of a run of Chinese numerals, from its own text.
_WORD, _FIGURE, _IF_APPROX = 0, 1, 2


def _chinese_verdict(core: str, unit: str | None, is_rate: bool, has_scale: bool, lenient: bool, signed: bool = False) -> int:
    """Rules 2–4 for a run of Chinese numerals (``core`` without a sign): a
    word, a figure, or a figure only if an approximation word comes with it.
    A sign makes a number of an article (``零下一摄氏度``).

    ``lenient`` relaxes rule 2 only: a numeral with neither unit nor scale
    word is a number when the caller says the text is one quantity.
    """
    if len(core) > _MAX_CN:
        return _WORD
    if len(core) >= 2 and not core.strip(_DIGITS):
        return _WORD  # 一九五四: a year or a code, digit by digit (vague pairs are read first)
    if len(core) == 1 and core in CN_FINANCIAL and unit not in vocab.FINANCIAL_UNITS:
        return _WORD  # 拾起, 队伍, 大陆架: a financial numeral alone is a character of a word
    if is_rate:
        return _FIGURE
    if unit is not None:
        return _IF_APPROX if not signed and (core in _IDIOMS or not core.strip(_IDIOM_SCALE)) else _FIGURE
    if lenient:
        return _FIGURE
    # no unit: only a scaled figure with a real digit (一百零八亿, 三千万, 十多亿)
    # stands alone; 千万, 百万, 万万 alone are words (千万不要, 百万雄师) unless
    # an approximation says they count (上千万, 近亿)
    if not has_scale:
        return _WORD
    return _IF_APPROX if _FIGURE_DIGITS.isdisjoint(core) else _FIGURE


def _prefix(folded: str, start: int, floor: int, scale_only: bool) -> tuple[int, Approx] | None:
    """An approximation word ending at ``start`` (rule 6); ``上`` only before ``百千万亿`` alone."""
    if start <= floor or folded[start - 1] not in _PREFIX_LAST_CHARS:
        return None  # the common case, decided by one set lookup
    for length in _PREFIX_LENGTHS:
        s = start - length
        if s < floor:
            continue
        word = folded[s:start]
        entry = _PREFIXES.get(word)
        if entry is None or (s > 0 and folded[s - 1] in entry[1]):
            continue
        if word in vocab.SCALE_PREFIXES and not scale_only:
            continue
        return s, entry[0]
    return None


class _Groups(NamedTuple):
    """Where each named group of the scanner sits in ``match.groups()``."""

    fsg: int
    fden: int
    fnum: int
    fconn: int
    fhi: int
    ssg: int
    snum: int
    sden: int
    ar: int
    cn: int
    conn: int
    inf: int
    scale: int
    inf2: int
    unit: int
    per: int
    suf: int
    stop: int


@functools.cache
def _groups() -> _Groups:
    index = search_scanner().groupindex
    return _Groups(*(index[name] - 1 for name in _Groups._fields))


_CN_NAME, _AR_NAME, _SUF_NAME, _FHI_NAME, _FNUM_NAME, _CONN_NAME = "cn", "ar", "suf", "fhi", "fnum", "conn"


@functools.cache
def _stop_and_conn() -> tuple[int, int]:
    """The numbers of the groups :data:`~zhgovreport.quantities.scan.STOP` and ``conn``."""
    index = search_scanner().groupindex
    return index[STOP], index[_CONN_NAME]

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
    upper: decimal.Decimal | None = None
    """The upper bound of a vague pair (``七八十万``), or of a fraction range's second figure."""
    needs_approx: bool = False
    """Rule 3: a figure only with an approximation prefix (the tail had none)."""
    after: str = ""
    """A word that must come right before the number (``翻`` for ``番``)."""
    drop_suffix: bool = False
    """``强``/``弱`` after a count: a word, not part of the figure."""
    scale_only: bool = False
    """The numeral is ``百千万亿`` alone (``上`` may come before it)."""


def _fraction(g: tuple[str | None, ...], at: _Groups) -> tuple[decimal.Decimal, str | None, Kind, decimal.Decimal] | None:
    """(value, unit, kind, denominator) of a fraction; ``None`` when it is not one."""
    if g[at.snum] is not None:  # 1/3
        den, num = _number(g[at.sden] or ""), _number(g[at.snum])
        sign = g[at.ssg]
    else:
        den, num = _number(g[at.fden] or ""), _number(g[at.fnum] or "")
        sign = g[at.fsg]
    if den is None or num is None or den == 0:
        return None
    if sign and sign != "+":
        num = -num
    special = vocab.FRACTION_DENOMINATORS.get(int(den)) if den == den.to_integral_value() else None
    if special is not None:
        return num, special[1], special[0], den
    with decimal.localcontext() as ctx:
        ctx.prec = 28
        return canonical(num / den), None, Kind.FRACTION, den


def _tail_approx(g: tuple[str | None, ...], at: _Groups, unit_surface: str | None, kind: Kind) -> tuple[Approx, bool, bool]:
    """(approx from the tail, whether it makes an idiom a figure, whether 强/弱 is dropped)."""
    for infix in (g[at.inf], g[at.inf2]):
        if infix is not None:
            return vocab.APPROX_INFIX[infix], True, False
    if unit_surface is not None and "多" in unit_surface:  # 个多月
        return Approx.OVER, True, False
    suffix = g[at.suf]
    if suffix is None:
        return Approx.EXACT, False, False
    if suffix in vocab.RATE_SUFFIXES and kind not in _SUFFIX_KINDS:
        return Approx.EXACT, False, True
    return _SUFFIX_APPROX[suffix], suffix not in _WORD_SUFFIXES, False


@lru_cache(maxsize=8192)
def _static(g: tuple[str | None, ...], lenient: bool) -> _Static | None:
    """Rules 2–4 and the reading of a candidate from its groups alone (cached).

    ``None`` when the candidate's own text already says it is not a figure
    (``二十大``, ``一九五四``, ``三分之一倍``).
    """
    at = _groups()
    unit_surface = g[at.unit]
    scale = g[at.scale] or ""
    cn = g[at.cn]
    info = UNIT_INFO[unit_surface] if unit_surface is not None else None
    factor: decimal.Decimal | int = 1
    upper: decimal.Decimal | None = None
    verdict = _FIGURE
    scale_only = False
    if g[at.fden] is not None or g[at.snum] is not None:
        read = _fraction(g, at)
        if read is None or info is not None:  # 三分之一倍: not a shape we read
            return None
        shape = _FRACTION_SHAPE
        value, unit, kind, den = read
        if g[at.fhi] is not None:  # 百分之八到九: the second figure of a fraction range
            high = _number(g[at.fhi] or "")
            if high is None:
                return None
            upper = high if unit is not None else canonical(high / den)
    else:
        if cn is not None:
            shape = _CN_SHAPE
            digits = cn[2:] if cn.startswith("零下") else cn[1:] if cn[0] == "负" else cn
            is_rate = info is not None and info[1] in _RATE_KINDS
            has_scale = bool(scale) or "万" in digits or "亿" in digits
            pair = _pair(digits + scale) if len(digits) >= 2 else None
            if pair is not None and (info is not None or has_scale or lenient):
                value_or_none: decimal.Decimal | None = pair[0] if cn == digits else None
                upper = pair[1]
                if value_or_none is None:
                    return None  # a sign before a vague pair: not a shape we read
            else:
                verdict = _chinese_verdict(digits, unit_surface, is_rate, has_scale, lenient, signed=digits != cn)
                if verdict == _WORD:
                    return None
                scale_only = not digits.strip(_IDIOM_SCALE)
                value_or_none = _number(cn + scale)
        else:
            shape = _AR_SHAPE
            core = g[at.ar] or ""
            value_or_none = _number(core.translate(_DROP_INFIX) + scale)
            scale = scale or "".join(c for c in core if c in _SCALE_CHARS)
        if value_or_none is None:
            return None
        value = value_or_none
        if info is None:
            unit, kind = None, Kind.NUMBER
        else:
            unit, kind, factor = info
    half = unit_surface is not None and vocab.HALF in unit_surface
    if half:  # 两个半月, 六倍半: and a half
        value = canonical(value + _HALF_VALUE)
        upper = canonical(upper + _HALF_VALUE) if upper is not None else None
    if factor != 1:
        value = canonical(value * factor)
        upper = canonical(upper * factor) if upper is not None else None
    per = g[at.per]
    if per is not None and unit is not None:
        unit = f"{unit}/{UNIT_INFO[per][0]}"
    approx, approx_counts, drop_suffix = _tail_approx(g, at, unit_surface, kind)
    if shape == _AR_SHAPE and approx is Approx.EXACT:
        inside = next((c for c in g[at.ar] or "" if c in vocab.APPROX_INFIX), None)
        if inside is not None:
            approx = vocab.APPROX_INFIX[inside]  # 3万多亿, 1亿3千多万: 多 inside the run
    if upper is not None and shape != _FRACTION_SHAPE and approx is Approx.EXACT:
        approx = Approx.ABOUT  # a vague pair
    return _Static(
        shape,
        value,
        unit,
        kind,
        approx,
        info is not None,
        bool(scale),
        upper,
        verdict == _IF_APPROX and not approx_counts and not half,  # 一年半 is 1.5 年, no article
        _RATE_AFTER.get(unit_surface or "", ""),
        drop_suffix,
        scale_only,
    )


def _cn_context_says_word(folded: str, cstart: int, cend: int, floor: int) -> bool:
    """Rules 4–5 around a Chinese numeral: vague after, ordinal, inside a word or a quotation."""
    return (
        (cend < len(folded) and folded[cend] in _VAGUE_AFTER)
        or _ordinal(folded, cstart, floor)
        or _in_lexical_word(folded, cstart)
        or _quoted(folded, cstart, cend)
    )


def _vague_word(folded: str, cstart: int) -> bool:
    """``数``/``几`` right before ``cstart``, and not the end of another word (``人数``)."""
    if cstart < 1:
        return False
    after = _VAGUE_BEFORE.get(folded[cstart - 1])
    return after is not None and not (cstart > 1 and folded[cstart - 2] in after)


def read_candidate(m: re.Match[str], folded: str, floor: int = 0, lenient: bool = False) -> tuple[Reading, ...]:
    """Decide whether a mention candidate ``m`` (a match of
    :func:`~zhgovreport.quantities.scan.search_scanner`) is a quantity; if so, read it.

    Returns the readings (none when it is not a figure; two for a fraction
    range, ``百分之八到九``).  ``floor`` is where the text still free for this
    mention starts (the end of the previous match), so an approximation
    prefix never overlaps it.  ``lenient`` (for
    :func:`~zhgovreport.quantities.parse_quantity`) relaxes rule 2 and
    nothing else: a Chinese numeral with neither unit nor scale word
    (``一百零八``) is a number.  Every other rule applies to both entry
    points, so they agree on everything ``extract_quantities`` finds.

    What the candidate's own text says is read once per distinct text
    (:func:`_static`, cached); the rules that look around it run every time.
    """
    static = _static(m.groups(), lenient)
    if static is None:
        return ()
    shape, value, unit, kind, approx, has_unit, has_scale, upper, needs_approx, after, drop_suffix, scale_only = static
    stop, conn = _stop_and_conn()
    start, end, conn_start = m.start(), m.end(stop), m.start(conn)
    if conn_start >= 0:  # a range head read alone (5— with no figure after it): the number only
        end = conn_start
    if folded.rfind(_TITLE_OPEN, start - _TITLE_REACH if start > _TITLE_REACH else 0, start) >= 0 and _in_title(folded, start):
        return ()  # rule 5: 《…三年行动计划…》 is a name
    if shape == _CN_SHAPE:
        cstart, cend = m.span(_CN_NAME)
        before = folded[cstart - 1] if cstart > 0 else ""
        if before in _VAGUE_BEFORE and before and _vague_word(folded, cstart):
            if upper is not None or value < 0 or folded[cstart] not in _PLACE_LED:
                return ()  # 数三, 几两三: vague, not a figure
            # 数十亿元, 几百家: two to nine times the numeral
            value, upper = canonical(value * _VAGUE_LOW), canonical(value * _VAGUE_HIGH)
            start, approx, needs_approx = cstart - 1, Approx.ABOUT, False
        if needs_approx and not (start > floor and folded[start - 1] in _PREFIX_LAST_CHARS):
            return ()  # rule 3 (一批, 千家万户) and no approximation word can come before it: the rules below need not run
        if (
            (cend < len(folded) and folded[cend] in _VAGUE_AFTER)
            or (before in _ORDINAL_OR_SPACE and before and _before(folded, cstart, floor) == _ORDINAL and cstart > floor)
            or (folded[cstart - 1 : cstart + 1] in _LEXICAL_AROUND and _in_lexical_word(folded, cstart))
            or _quoted(folded, cstart, cend)
        ):
            return ()  # rules 4-5: 十几个, 第三, 进一步, “八五”
    elif shape == _AR_SHAPE:
        astart, aend = m.span(_AR_NAME)
        if astart > floor and folded[astart - 1] in _ORDINAL_OR_SPACE and _ordinal(folded, astart, floor):
            return ()
        if not has_unit and (
            _quoted(folded, astart, aend)
            or (astart > 0 and folded[astart - 1] in _QUOTES)  # “148”品牌
            or (not has_scale and _is_marker(folded, astart, aend, floor))
        ):
            return ()
    elif start > floor and folded[start - 1] in _ORDINAL_OR_SPACE and _ordinal(folded, start, floor):
        return ()  # a fraction after 第
    if drop_suffix:
        end = m.start(_SUF_NAME)
    if start > floor and folded[start - 1] in _PREFIX_LAST_CHARS:
        prefix = _prefix(folded, start, floor, scale_only)
        if prefix is not None:
            start, approx = prefix
            needs_approx = False
    if needs_approx:
        return ()  # rule 3: 一批, 千家万户
    if after:
        s = start - len(after)
        if s < floor or not folded.startswith(after, s):
            return ()  # 两番 without 翻
        start = s
    if shape == _FRACTION_SHAPE and upper is not None:  # 百分之八到九: two figures
        hi_start = m.start(_FHI_NAME)
        return (
            Reading(start, m.end(_FNUM_NAME), value, unit, kind, approx),
            Reading(hi_start, end, upper, unit, kind, approx),
        )
    return (_new(Reading, (start, end, value, unit, kind, approx, upper)),)  # Reading(...) without its Python __new__


def _shared_scale(high: str, low: str) -> str:
    """The scale words the first number of a range takes from the second (``5—6万`` → ``万``).

    A first number with a scale of its own (``5万—6万``, ``5千—8千``) takes
    none.  A single digit takes every place and scale word that follows a
    single digit in the second, when that digit is larger (``二、三百亿`` →
    ``百亿``, ``5—6千万`` → ``千万``; ``二至一百`` is 2 to 100); any other
    number the ``万``/``亿`` at the end of the second (``十至十五万`` → ``万``,
    ``50—60万`` → ``万``).
    """
    body = low.lstrip("-+负零下")
    if any(c in "万亿" for c in body) or (body[:1].isascii() and any(c in _PLACES_AND_SCALES for c in body)):
        return ""
    high = high.lstrip("-+负零下")
    lead = len(high) - len(high.lstrip(_ALL_DIGITS))
    rest = high[lead:]
    if (
        len(body) == 1
        and body in _ALL_DIGITS
        and lead == 1
        and rest
        and not rest.strip(_PLACES_AND_SCALES)
        and (_number(body) or 0) < (_number(high[0]) or 0)  # 二至一百 is 2 to 100
    ):
        return rest
    return rest[len(rest.rstrip("万亿")) :]


def read_range(head: re.Match[str], hi: re.Match[str], hi_reading: Reading, folded: str, floor: int) -> tuple[Reading, ...]:
    """The figures of a range: a head (``5—``) and the figure right after it (``6%``).

    The first number takes the second's unit, kind, rate factor and shared
    scale (``5—6万元``: 5万元 and 6万元; ``二、三百亿度``: 200亿度 and 300亿度)
    and its approximation suffix (``5—6%左右``: both ``about``).  Returns
    both readings; only the second when the first is not a figure (``、``
    between digits that are not consecutive); none when the first is an
    ordinal (``第3-5条``).  The first number's own context rules apply (an
    approximation prefix, a title, a quotation).
    """
    at = _groups()
    number = _AR_NAME if head.group(_AR_NAME) is not None else _CN_NAME
    lo_start, lo_end = head.span(number)
    low = head.group(number) or ""
    g = hi.groups()
    high_text = g[at.ar] or g[at.cn] or ""
    chinese = low[-1] in CN_NUMERAL_CHARS
    if _ordinal(folded, lo_start, floor):
        return ()
    if chinese and _cn_context_says_word(folded, lo_start, lo_end, floor):
        return (hi_reading,)
    if head.group("conn") == "、":
        first = high_text[:1]
        if not (
            chinese
            and len(low) == 1
            and len(high_text) >= 2
            and high_text[1] in _PLACES_AND_SCALES
            and _number(first) == (_number(low) or 0) + 1
        ):
            return (hi_reading,)
    value = _number(low.translate(_DROP_INFIX) + _shared_scale(high_text + (g[at.scale] or ""), low))
    if value is None:
        return (hi_reading,)
    unit_surface = g[at.unit]
    if unit_surface is not None:
        factor = UNIT_INFO[unit_surface][2]
        if factor != 1:
            value = canonical(value * factor)
    unit, kind = hi_reading.unit, hi_reading.kind
    suffix = g[at.suf]
    approx = _SUFFIX_APPROX[suffix] if suffix is not None and not (suffix in vocab.RATE_SUFFIXES and kind not in _SUFFIX_KINDS) else Approx.EXACT
    start = lo_start
    prefix = _prefix(folded, lo_start, floor, False)
    if prefix is not None:
        start, approx = prefix
    if folded.rfind(_TITLE_OPEN, max(0, start - _TITLE_REACH), start) >= 0 and _in_title(folded, start):
        return ()
    if _quoted(folded, lo_start, hi_reading.end) and chinese:
        return ()
    return (Reading(start, lo_end, value, unit, kind, approx), hi_reading)

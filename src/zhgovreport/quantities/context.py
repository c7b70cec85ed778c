"""Stage 2 — context: which candidates are quantities, and what they state.

A candidate from :data:`~zhgovreport.quantities.scan.SCANNER` becomes a
quantity unless one of these rules (each a table in
:mod:`~zhgovreport.quantities.vocab`) says it is a word:

1. Arabic numbers are figures; a bare one (no unit) is a ``number``.
2. "A numeral is a quantity only when the text says so": a run of Chinese
   numerals needs a unit, a rate, a fraction, or a scale word with a digit
   (``一百零八亿``).  Without one it is a word (``二十大``, ``一审``).
3. A Chinese numeral that is only ``一``/``零``/``百``/``千``/``万``/``亿``
   (:data:`~zhgovreport.quantities.vocab.IDIOM_NUMERALS`) before a measure word
   is an article or idiom (``一批``, ``零件``, ``千家万户``); rates keep it (``一倍``).
4. Chinese digits side by side with no place word are a vague range (``两三``,
   ``三五``) or a year or code read digit by digit (``一九五四``); a numeral next
   to ``几``/``数``/``来`` is vague (``几十万``, ``十几个``).
5. An approximation prefix does not rescue an excluded number (``近2022年``).

Values: the number with its scale (``5.4`` × ``万``; ``二十五亿七千`` + ``多`` +
``万`` reads ``二十五亿七千万``), times the rate factor (``六成`` → 60 %);
``X分之Y`` is Y/X (a percent for 百, a permille for 千).
"""

from __future__ import annotations

import decimal

import regex

from zhgovreport.model import Approx, Kind
from zhgovreport.numerals import _parse_folded, canonical
from zhgovreport.quantities import vocab
from zhgovreport.quantities.scan import EXCLUSION, UNIT_INFO

__all__ = ["Reading", "read_candidate"]

Reading = tuple[int, int, decimal.Decimal, "str | None", Kind, Approx]
"""(start, end, value, unit, kind, approx) of one mention, offsets into the text."""

_PREFIX_APPROX = {w: a for w, (a, _nb) in vocab.APPROX_PREFIXES.items()}
_SUFFIX_APPROX = vocab.APPROX_SUFFIXES
_IDIOMS = vocab.IDIOM_NUMERALS
_IDIOM_SCALE = frozenset(vocab.IDIOM_SCALE_CHARS)
_QUOTES = vocab.QUOTES
_CLOSERS = frozenset(vocab.QUOTES.values())
_REACH = vocab.QUOTE_REACH
_DIGITS = frozenset(vocab.CN_DIGIT_CHARS)
_NONZERO = frozenset(vocab.CN_DIGIT_CHARS) - frozenset("〇○零")
_VAGUE_BEFORE = vocab.VAGUE_BEFORE
_VAGUE_AFTER = vocab.VAGUE_AFTER
_MAX_CN = 40  # a longer run of Chinese numerals is not a figure anyone wrote
_exclusion_match = EXCLUSION.match


def _number(text: str) -> decimal.Decimal | None:
    try:
        return _parse_folded(text)
    except (ValueError, ArithmeticError):
        return None


def _fraction(m: regex.Match[str]) -> tuple[decimal.Decimal, str | None, Kind] | None:
    if m["snum"] is not None:  # 1/3
        den, num = _number(m["sden"]), _number(m["snum"])
    else:
        den, num = _number(m["fden"]), _number(m["fnum"])
    if den is None or num is None or den == 0:
        return None
    special = vocab.FRACTION_DENOMINATORS.get(int(den)) if den == den.to_integral_value() else None
    if special is not None:
        return num, special[1], special[0]
    with decimal.localcontext() as ctx:
        ctx.prec = 28
        return canonical(num / den), None, Kind.FRACTION


def _quoted(folded: str, start: int, end: int) -> bool:
    """True when ``folded[start:end]`` sits inside a short quotation (a name)."""
    lo = max(0, start - _REACH)
    for i in range(start - 1, lo - 1, -1):
        char = folded[i]
        closer = _QUOTES.get(char)
        if closer is not None:
            j = folded.find(closer, end, end + _REACH)
            if j < 0:
                return False
            inside = folded[i + 1 : j]
            return not any(c in inside for c in "。；;！？!?\n")
        if char in _CLOSERS or char in "。；;！？!?\n":
            return False
    return False


def _chinese_is_word(core: str, has_unit: bool, is_rate: bool, has_scale: bool) -> bool:
    """Rules 2–4 for a run of Chinese numerals (``core`` without a sign)."""
    if len(core) > _MAX_CN:
        return True
    if len(core) >= 2 and all(c in _DIGITS for c in core):
        return True  # 两三, 三五: a vague range; 一九五四: a year or a code, digit by digit
    if is_rate:
        return False
    if has_unit:
        return core in _IDIOMS or all(c in _IDIOM_SCALE for c in core)
    # no unit: only a scaled figure with a real digit (一百零八亿, 三千万) stands alone
    return not (has_scale and any(c in _NONZERO for c in core))


def read_candidate(m: regex.Match[str], folded: str, lenient: bool = False) -> Reading | None:
    """Decide whether scanner match ``m`` is a quantity; if so, read it.

    ``lenient`` (for :func:`~zhgovreport.quantities.parse_quantity`) accepts
    Chinese numerals without context (``一百零八``, ``一个``).
    """
    start, end = m.span()
    pre = m["pre"]
    unit_surface = m["unit"]
    info = UNIT_INFO[unit_surface] if unit_surface is not None else None
    factor = 1
    if m["fden"] is not None or m["snum"] is not None:
        read = _fraction(m)
        if read is None:
            return None
        value, unit, kind = read
        if info is not None:  # 三分之一倍 and the like: not a shape we read
            return None
    else:
        core = m["ar"]
        scale = m["scale"] or ""
        if core is None:
            core = m["cn"]
            digits = core[1:] if core[0] == "负" else core
            cstart = m.start("cn")
            cend = m.end("cn")
            if not lenient:
                if (cstart > 0 and folded[cstart - 1] in _VAGUE_BEFORE) or (
                    cend < len(folded) and folded[cend] in _VAGUE_AFTER
                ):
                    return None
                is_rate = info is not None and info[1] not in (Kind.COUNT, Kind.MEASURE, Kind.MONEY)
                has_scale = bool(scale) or "万" in digits or "亿" in digits
                if _chinese_is_word(digits, info is not None, is_rate, has_scale):
                    return None
                if _quoted(folded, cstart, cend):
                    return None
        elif info is None and not lenient and _quoted(folded, m.start("ar"), m.end("ar")):
            return None
        value_or_none = _number(core + scale)
        if value_or_none is None:
            return None
        value = value_or_none
        if info is None:
            unit, kind = None, Kind.NUMBER
        else:
            unit, kind, factor = info
    if pre is not None and _exclusion_match(folded, m.end("pre")) is not None:
        return None  # rule 5: 近2022年
    if factor != 1:
        value = canonical(value * factor)
    per = m["per"]
    if per is not None and unit is not None:
        unit = f"{unit}/{UNIT_INFO[per][0]}"
    if pre is not None:
        approx = _PREFIX_APPROX[pre]
    elif m["inf"] is not None or m["inf2"] is not None or (unit_surface is not None and "多" in unit_surface):
        approx = Approx.OVER
    elif m["suf"] is not None:
        approx = _SUFFIX_APPROX[m["suf"]]
    else:
        approx = Approx.EXACT
    return start, end, value, unit, kind, approx

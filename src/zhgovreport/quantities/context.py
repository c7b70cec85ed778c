"""Stage 2 — context: which candidates are quantities, and what they state.

A candidate from :data:`~zhgovreport.quantities.scan.SCANNER` becomes a
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
import re

from zhgovreport.model import Approx, Kind
from zhgovreport.numerals import _parse_folded, canonical
from zhgovreport.quantities import vocab
from zhgovreport.quantities.scan import SCANNER, UNIT_INFO

__all__ = ["Reading", "read_candidate"]

Reading = tuple[int, int, decimal.Decimal, "str | None", Kind, Approx]
"""(start, end, value, unit, kind, approx) of one mention, offsets into the text."""

_PREFIXES = vocab.APPROX_PREFIXES
_PREFIX_LENGTHS = sorted({len(w) for w in _PREFIXES}, reverse=True)
_SUFFIX_APPROX = vocab.APPROX_SUFFIXES
_IDIOMS = vocab.IDIOM_NUMERALS
_IDIOM_SCALE = frozenset(vocab.IDIOM_SCALE_CHARS)
_DIGITS = frozenset(vocab.CN_DIGIT_CHARS)
_FIGURE_DIGITS = (frozenset(vocab.CN_DIGIT_CHARS) - frozenset("〇○零")) | frozenset("十拾")
_VAGUE_BEFORE = vocab.VAGUE_BEFORE
_VAGUE_AFTER = vocab.VAGUE_AFTER
_QUOTES = vocab.QUOTES
_CLOSERS = frozenset(vocab.QUOTES.values())
_REACH = vocab.QUOTE_REACH
_TITLE_OPEN, _TITLE_CLOSE, _TITLE_REACH = vocab.TITLE_OPEN, vocab.TITLE_CLOSE, vocab.TITLE_REACH
_SENTENCE_MARKS = "。；;！？!?\n\r"
_ORDINAL = vocab.ORDINAL_BEFORE
_MARKER_AFTER = vocab.MARKER_AFTER
_MAX_CN = 40  # a longer run of Chinese numerals is not a figure anyone wrote
_RATE_KINDS = frozenset({Kind.PERCENT, Kind.PERMILLE, Kind.PERCENTAGE_POINT, Kind.MULTIPLE})

# Lexical words whose numeral is not their first character (进一步, 统一, 之一):
# first numeral character → [(offset of that character in the word, word)].
_LEXICAL_AROUND: dict[str, list[tuple[int, str]]] = {}
for _w in vocab.LEXICAL_WORDS:
    if _w[0] in vocab.CN_NUMERAL_CHARS:
        continue
    _k = next((i for i, c in enumerate(_w) if c in vocab.CN_NUMERAL_CHARS), -1)
    if _k < 0:  # 双下降, 再审: no numeral character, listed for the reader
        continue
    _LEXICAL_AROUND.setdefault(_w[_k], []).append((_k, _w))


def _number(text: str) -> decimal.Decimal | None:
    try:
        return _parse_folded(text)
    except (ValueError, ArithmeticError):
        return None


def _fraction(m: re.Match[str]) -> tuple[decimal.Decimal, str | None, Kind] | None:
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
            return j >= 0 and not any(c in folded[end:j] for c in _SENTENCE_MARKS)
        if char in _CLOSERS or char in _SENTENCE_MARKS:
            return False
    return False


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
    i = start - 1
    while i >= floor and folded[i] == " ":
        i -= 1
    return folded[i] if i >= floor else ""


def _is_marker(folded: str, start: int, end: int, floor: int) -> bool:
    """A bare number that is an outline marker: ``(1)``, or ``1.`` opening a line."""
    after = folded[end : end + 1]
    if _before(folded, start, floor) == "(" and after == ")":
        return True
    if after and after in _MARKER_AFTER and not folded[end + 1 : end + 2].isdigit():
        line_start = max(folded.rfind("\n", 0, start), folded.rfind("\r", 0, start)) + 1
        return not folded[line_start:start].strip(" \t\x00")
    return False


def _in_lexical_word(folded: str, start: int) -> bool:
    for k, word in _LEXICAL_AROUND.get(folded[start], ()):
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
    if len(core) >= 2 and all(c in _DIGITS for c in core):
        return True  # 两三, 三五: a vague range; 一九五四: a year or a code, digit by digit
    if is_rate:
        return False
    if has_unit:
        return core in _IDIOMS or all(c in _IDIOM_SCALE for c in core)
    if lenient:
        return False
    # no unit: only a scaled figure with a real digit (一百零八亿, 三千万, 十多亿)
    # stands alone; 千万, 百万, 万万 alone are words (千万不要, 百万雄师)
    return not (has_scale and any(c in _FIGURE_DIGITS for c in core))


def _prefix(folded: str, start: int, floor: int) -> tuple[int, Approx] | None:
    """An approximation word ending at ``start`` (rule 6)."""
    for length in _PREFIX_LENGTHS:
        s = start - length
        if s < floor:
            continue
        entry = _PREFIXES.get(folded[s:start])
        if entry is not None and not (s > 0 and folded[s - 1] in entry[1]):
            return s, entry[0]
    return None


_G = {name: index - 1 for name, index in SCANNER.groupindex.items()}
_FDEN, _SNUM, _AR, _CN = _G["fden"], _G["snum"], _G["ar"], _G["cn"]
_INF, _SCALE, _INF2, _UNIT, _PER, _SUF = _G["inf"], _G["scale"], _G["inf2"], _G["unit"], _G["per"], _G["suf"]


def read_candidate(m: re.Match[str], folded: str, floor: int = 0, lenient: bool = False) -> Reading | None:
    """Decide whether scanner match ``m`` is a quantity; if so, read it.

    ``floor`` is where the text still free for this mention starts (the end
    of the previous match), so an approximation prefix never overlaps it.
    ``lenient`` (for :func:`~zhgovreport.quantities.parse_quantity`) relaxes
    rule 2 and nothing else: a Chinese numeral with neither unit nor scale word
    (``一百零八``) is a number.  Every other rule applies to both entry points,
    so they agree on everything ``extract_quantities`` finds.
    """
    g = m.groups()
    unit_surface = g[_UNIT]
    scale = g[_SCALE] or ""
    cn = g[_CN]
    if cn is not None and unit_surface is None and not scale and not lenient and "万" not in cn and "亿" not in cn:
        return None  # rule 2, the common case (一般, 二十大): decided without more work
    start, end = m.span()
    if _in_title(folded, start):
        return None  # rule 5: 《…三年行动计划…》 is a name
    info = UNIT_INFO[unit_surface] if unit_surface is not None else None
    factor = 1
    if g[_FDEN] is not None or g[_SNUM] is not None:
        read = _fraction(m)
        if read is None or info is not None:  # 三分之一倍: not a shape we read
            return None
        value, unit, kind = read
        if _before(folded, start, floor) == _ORDINAL:
            return None
    else:
        if cn is not None:
            core = cn
            digits = core[1:] if core[0] == "负" else core
            cstart, cend = m.span("cn")
            if (cstart > 0 and folded[cstart - 1] in _VAGUE_BEFORE) or (
                cend < len(folded) and folded[cend] in _VAGUE_AFTER
            ):
                return None
            is_rate = info is not None and info[1] in _RATE_KINDS
            has_scale = bool(scale) or "万" in digits or "亿" in digits
            if (
                _chinese_is_word(digits, info is not None, is_rate, has_scale, lenient)
                or _before(folded, cstart, floor) == _ORDINAL
                or _in_lexical_word(folded, cstart)
                or _quoted(folded, cstart, cend)
            ):
                return None
        else:
            core = g[_AR]
            astart, aend = m.span("ar")
            if _before(folded, astart, floor) == _ORDINAL:
                return None
            if info is None and (
                _quoted(folded, astart, aend)
                or (astart > 0 and folded[astart - 1] in _QUOTES)  # “148”品牌
                or (not scale and _is_marker(folded, astart, aend, floor))
            ):
                return None
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
    per = g[_PER]
    if per is not None and unit is not None:
        unit = f"{unit}/{UNIT_INFO[per][0]}"
    prefix = _prefix(folded, start, floor)
    if prefix is not None:
        start, approx = prefix
    elif g[_INF] is not None or g[_INF2] is not None or (unit_surface is not None and "多" in unit_surface):
        approx = Approx.OVER
    elif g[_SUF] is not None:
        approx = _SUFFIX_APPROX[g[_SUF]]
    else:
        approx = Approx.EXACT
    return start, end, value, unit, kind, approx

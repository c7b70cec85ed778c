"""Numerals → exact ``Decimal``.  The one module that imports ``cn2an``.

:func:`parse_number` reads one number written any way a report writes it:
Arabic (``1234``, ``1,234``, ``1 234``, ``１２３４``), decimals, Chinese
numerals in Simplified, Traditional and financial forms (``一百零八亿``,
``八千一百九十九萬``, ``壹佰贰拾``, ``两千``, ``〇``), digit by digit
(``一九四九``), mixed with scale words (``5.4万``, ``134.9万亿``, ``3.2萬億``,
``六点九六亿``) and negative (``负五``, ``-3``).

``cn2an`` converts the pure Chinese integer parts, which it gets right.  We
split scale words and decimals off ourselves and compose exact ``Decimal``s,
because ``cn2an`` returns floats for decimals, loses digits of ``1.23456万``
and raises on ``134.9万亿``.

>>> parse_number("5.4万")
Decimal('54000')
>>> parse_number("八千一百九十九萬")
Decimal('81990000')
>>> parse_number("134.9万亿")
Decimal('134900000000000')
>>> parse_number("六点九六亿")
Decimal('696000000')
>>> parse_number("5个")
Traceback (most recent call last):
  ...
zhgovreport.errors.ParseError: cannot parse '5个' at position 1: unexpected character '个'
"""

from __future__ import annotations

import decimal
from functools import lru_cache
from types import ModuleType

import regex

from zhgovreport.errors import ParseError, check_str
from zhgovreport.text.fold import fold

__all__ = [
    "CN_DIGITS",
    "CN_NUMERAL_CHARS",
    "SCALE_WORDS",
    "canonical",
    "cn_to_int",
    "parse_number",
]

# --- vocabularies (after folding: Traditional is already Simplified) -------------

CN_DIGITS = "〇零一二三四五六七八九两壹贰叁肆伍陆柒捌玖"
"""Characters that are a Chinese digit (financial forms included)."""

CN_UNITS = "十百千拾佰仟"
"""Place words inside a Chinese integer."""

SCALE_WORDS: dict[str, int] = {"万": 10**4, "亿": 10**8}
"""Scale words that may follow a complete number (``5.4万``, ``134.9万亿``)."""

ARABIC_SCALE: dict[str, int] = {"十": 10, "百": 100, "千": 1000, **SCALE_WORDS}
"""Scale characters accepted after Arabic digits (``3千万`` → 30000000)."""

CN_NUMERAL_CHARS = CN_DIGITS + CN_UNITS + "万亿"
"""Every character a Chinese integer may contain."""

# Variants cn2an does not read, mapped to the form it does (1:1, after folding).
_CN_VARIANTS = str.maketrans({"○": "〇", "参": "叁", "O": "〇"})

_SIGN = {"-": -1, "+": 1, "负": -1, "正": 1}

_ARABIC = regex.compile(
    r"""
    (?P<int>\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ ]\d{3})+|\d+)
    (?:\.(?P<frac>\d+))?
    (?P<scale>[十百千万亿]*)
    """,
    regex.VERBOSE,
)
_CHINESE = regex.compile(
    rf"""
    (?P<int>[{CN_NUMERAL_CHARS}]*?)
    (?:点(?P<frac>[{CN_DIGITS}]+))?
    (?P<scale>[万亿]*)
    """,
    regex.VERBOSE,
)


def canonical(value: decimal.Decimal) -> decimal.Decimal:
    """Return ``value`` without trailing zeros and never in exponent form.

    >>> canonical(decimal.Decimal("54000.0")), canonical(decimal.Decimal("3.020"))
    (Decimal('54000'), Decimal('3.02'))
    """
    with decimal.localcontext() as ctx:
        ctx.prec = max(28, len(value.as_tuple().digits) + 2)
        if value == value.to_integral_value():
            return value.quantize(decimal.Decimal(1))
        return value.normalize()


_CN2AN: ModuleType | None = None


def _cn2an() -> ModuleType:
    global _CN2AN
    if _CN2AN is None:
        import cn2an  # imported lazily: it costs ~0.1 s

        _CN2AN = cn2an
    return _CN2AN


@lru_cache(maxsize=8192)
def cn_to_int(chars: str) -> int:
    """Convert a pure Chinese integer (``一百零八亿``, ``一九四九``) with cn2an.

    Raises ``ValueError`` (from cn2an) when ``chars`` is not a numeral.
    """
    if not chars:
        raise ValueError("empty numeral")
    chars = chars.translate(_CN_VARIANTS)
    try:
        result = _cn2an().cn2an(chars, "normal")
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise ValueError(str(exc)) from None
    if isinstance(result, float):  # cn2an gives floats only for decimals
        raise ValueError(f"not an integer numeral: {chars!r}")
    return int(result)


def _scale(chars: str, table: dict[str, int]) -> int:
    factor = 1
    for char in chars:
        factor *= table[char]
    return factor


def _digits(chars: str) -> str:
    """Chinese digits read one by one (``二三`` → ``"23"``; ``零五`` → ``"05"``)."""
    return "".join(str(cn_to_int(c)) for c in chars)


@lru_cache(maxsize=16384)
def _parse_folded(text: str) -> decimal.Decimal:
    """Parse an already folded, stripped numeral; raise ``ValueError`` with a reason."""
    sign = 1
    body = text
    if body[:1] in _SIGN:
        sign = _SIGN[body[0]]
        body = body[1:]
    if not body:
        raise ValueError("no digits")
    if body[0].isascii() and body[0].isdigit():
        match = _ARABIC.fullmatch(body)
        if match is None:
            raise ValueError("not an Arabic number")
        number = decimal.Decimal(
            regex.sub(r"[, ]", "", match["int"]) + ("." + match["frac"] if match["frac"] else "")
        )
        factor = _scale(match["scale"], ARABIC_SCALE)
    else:
        match = _CHINESE.fullmatch(body)
        if match is None or not (match["int"] or match["frac"]):
            raise ValueError("not a Chinese numeral")
        whole = match["int"]
        factor = _scale(match["scale"], SCALE_WORDS)
        if match["frac"]:
            head = decimal.Decimal(cn_to_int(whole)) if whole else decimal.Decimal(0)
            number = head + decimal.Decimal("0." + _digits(match["frac"]))
        else:
            try:  # cn2an reads 一万亿, 十五万亿, 一亿二千万 whole
                number, factor = decimal.Decimal(cn_to_int(whole + match["scale"])), 1
            except ValueError:
                number = decimal.Decimal(cn_to_int(whole))
    with decimal.localcontext() as ctx:  # exact: never round a long number to 28 digits
        ctx.prec = max(28, 2 * len(text) + 20)
        return canonical(sign * number * factor)


def _first_bad(text: str) -> int:
    """The offset of the first character that cannot be part of a number."""
    ok = set("0123456789.,+- " + CN_NUMERAL_CHARS + "点负正○O")
    for index, char in enumerate(fold(text)):
        if char not in ok:
            return index
    return 0


def parse_number(text: str) -> decimal.Decimal:
    """Parse one number, written any way a report writes it, to an exact ``Decimal``.

    Leading and trailing white space is ignored.  Anything else that is not
    part of the number raises :class:`~zhgovreport.errors.ParseError` (a
    ``ValueError``) naming the input and the position.

    >>> parse_number("１，２３４")
    Decimal('1234')
    >>> parse_number("一九四九"), parse_number("壹佰贰拾"), parse_number("负五")
    (Decimal('1949'), Decimal('120'), Decimal('-5'))
    >>> parse_number("1.23456万")
    Decimal('12345.6')
    """
    check_str(text, "parse_number")
    stripped = fold(text).strip()
    if not stripped:
        raise ParseError(text, 0, "no number in an empty string")
    try:
        return _parse_folded(stripped)
    except ValueError as exc:
        bad = _first_bad(text)
        where = f"unexpected character {text[bad]!r}" if fold(text)[bad] not in "0123456789" else str(exc)
        raise ParseError(text, bad, where) from None
    except decimal.InvalidOperation:
        raise ParseError(text, 0, "number out of range") from None

"""Numerals → exact ``Decimal``.  The one module that imports ``cn2an``.

:func:`parse_number` reads one number written any way a report writes it:
Arabic (``1234``, ``1,234``, ``1 234``, ``１２３４``), decimals, Chinese
numerals in Simplified, Traditional and financial forms (``一百零八亿``,
``八千一百九十九萬``, ``壹佰贰拾``, ``两千``, ``〇``, ``○``), digit by digit
(``一九四九``, ``二〇二二``), mixed with scale words (``5.4万``, ``134.9万亿``,
``3.2萬億``, ``六点九六亿``) and negative (``负五``, ``-3``).

``cn2an`` converts the pure Chinese integer parts, which it gets right.  We
split scale words and decimals off ourselves and compose exact ``Decimal``s,
because ``cn2an`` returns floats for decimals, loses digits of ``1.23456万``
and raises on ``134.9万亿``.  ``cn2an`` is imported on first use (it costs
~0.1 s) and every conversion is cached.

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
    "ARABIC_SCALE",
    "CN_DIGITS",
    "CN_NUMERAL_CHARS",
    "CN_PLACES",
    "CN_PLAIN_DIGITS",
    "SCALE_WORDS",
    "canonical",
    "cn_to_int",
    "parse_folded",
    "parse_number",
]

# --- vocabularies (after folding: Traditional is already Simplified) -------------
# The one home of the Chinese digit sets: every other module builds its
# character classes from these.

CN_PLAIN_DIGITS = "〇○零一二三四五六七八九"
"""The digits a number written digit by digit uses (``一九四九``, ``二〇二二``)."""

CN_DIGITS = CN_PLAIN_DIGITS + "两壹贰叁参肆伍陆柒捌玖"
"""Characters that are a Chinese digit (financial forms and ``○`` included; ``貳`` folds to ``贰``)."""

CN_PLACES = "十百千拾佰仟"
"""Place words inside a Chinese integer."""

SCALE_WORDS: dict[str, int] = {"万": 10**4, "亿": 10**8}
"""Scale words that may follow a complete number (``5.4万``, ``134.9万亿``)."""

ARABIC_SCALE: dict[str, int] = {"十": 10, "百": 100, "千": 1000, **SCALE_WORDS}
"""Scale characters accepted after Arabic digits (``3千万`` → 30000000)."""

CN_NUMERAL_CHARS = CN_DIGITS + CN_PLACES + "".join(SCALE_WORDS)
"""Every character a Chinese numeral may contain (``萬`` ``億`` fold to ``万`` ``亿``)."""

# Variants cn2an does not read, mapped to the form it does (1:1, after folding).
_CN_VARIANTS = str.maketrans({"○": "〇", "参": "叁"})

_SIGN = {"-": -1, "+": 1, "负": -1, "正": 1}

_ARABIC = regex.compile(
    r"""
    (?P<int>\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d{1,3}(?:[ ]\d{3})+(?!\d|[ ]\d)|\d(?:[ ]\d)+(?!\d)|\d+)
    (?:[ ]?\.(?P<frac>\d+(?:[ ]\d)*))?
    [ ]?
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
# The longest prefix that still looks like a Chinese numeral (for error positions).
_CHINESE_PREFIX = regex.compile(rf"[{CN_NUMERAL_CHARS}]*(?:点[{CN_DIGITS}]*)?[万亿]*")


def canonical(value: decimal.Decimal) -> decimal.Decimal:
    """Return ``value`` without trailing zeros and never in exponent form.

    >>> canonical(decimal.Decimal("54000.0")), canonical(decimal.Decimal("3.020"))
    (Decimal('54000'), Decimal('3.02'))
    >>> canonical(decimal.Decimal("5.4E+4"))
    Decimal('54000')
    """
    with decimal.localcontext() as ctx:
        ctx.prec = max(28, len(value.as_tuple().digits) + 2 + max(0, int(value.as_tuple().exponent)))
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

    Leading ``百``/``千``/``万``/``亿`` mean one of them (``百`` → 100, as in
    ``百分之三``); the old ``万万`` is ``亿``.  Raises ``ValueError`` when
    ``chars`` is not a numeral.

    >>> cn_to_int("一万三千五百十三"), cn_to_int("百"), cn_to_int("五万万")
    (13513, 100, 500000000)
    """
    if not chars:
        raise ValueError("empty numeral")
    chars = chars.translate(_CN_VARIANTS).replace("万万", "亿")
    if chars[0] in "百千万亿佰仟":
        chars = "一" + chars
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


def _exact(sign: int, number: decimal.Decimal, factor: int, size: int) -> decimal.Decimal:
    with decimal.localcontext() as ctx:  # exact: never round a long number to 28 digits
        ctx.prec = max(28, 2 * size + 40)
        return canonical(sign * number * factor)


@lru_cache(maxsize=16384)
def parse_folded(text: str) -> decimal.Decimal:
    """Parse one numeral that is already folded and stripped (cached).

    The fast path behind :func:`parse_number` for stages that hold folded
    text (the quantities stage).  Raises ``ValueError`` with a reason (no
    position: :func:`parse_number` finds it for its message).

    >>> parse_folded("5.4万"), parse_folded("负三点五")
    (Decimal('54000'), Decimal('-3.5'))
    """
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
        digits = match["int"].replace(",", "").replace(" ", "")
        frac = match["frac"].replace(" ", "") if match["frac"] else ""
        number = decimal.Decimal(digits + ("." + frac if frac else ""))
        return _exact(sign, number, _scale(match["scale"], ARABIC_SCALE), len(text))
    match = _CHINESE.fullmatch(body)
    if match is None or not (match["int"] or match["scale"]) or (match["frac"] and not match["int"]):
        raise ValueError("not a Chinese numeral")
    whole = match["int"]
    if not whole:  # a scale word alone: 万, 亿
        return _exact(sign, decimal.Decimal(1), _scale(match["scale"], SCALE_WORDS), len(text))
    factor = _scale(match["scale"], SCALE_WORDS)
    if match["frac"]:
        head = decimal.Decimal(cn_to_int(whole)) if whole else decimal.Decimal(0)
        number = head + decimal.Decimal("0." + _digits(match["frac"]))
    else:
        try:  # cn2an reads 一万亿, 十五万亿, 一亿二千万 whole
            number, factor = decimal.Decimal(cn_to_int(whole + match["scale"])), 1
        except ValueError:
            number = decimal.Decimal(cn_to_int(whole))
    return _exact(sign, number, factor, len(text))


def _error_at(folded: str) -> tuple[int, str]:
    """Where (offset in ``folded``) and why a string is not one number."""
    lead = len(folded) - len(folded.lstrip())
    body = folded.strip()
    pos = lead
    if body[:1] in _SIGN:
        body, pos = body[1:], pos + 1
    if not body:
        return pos, "no digits"
    if body[0].isascii() and body[0].isdigit():
        match = _ARABIC.match(body)
        end = match.end() if match else 0
        while end > 0 and body[end - 1] == " ":
            end -= 1
        # "1,23": the comma is where the second number starts.
        if end < len(body) and body[end] in ", " and end + 1 < len(body) and body[end + 1].isdigit():
            return pos + end, "digit groups after a separator must have exactly three digits"
    else:
        prefix = _CHINESE_PREFIX.match(body)
        end = prefix.end() if prefix else 0
        if end == len(body):
            return pos, "not a valid Chinese numeral"
    if end < len(body):
        return pos + end, f"unexpected character {body[end]!r}"
    return pos, "not a number"


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
    >>> parse_number("1,23")
    Traceback (most recent call last):
      ...
    zhgovreport.errors.ParseError: cannot parse '1,23' at position 1: digit groups after a separator must have exactly three digits
    """
    check_str(text, "parse_number")
    folded = fold(text)
    stripped = folded.strip()
    if not stripped:
        raise ParseError(text, 0, "no number in an empty string")
    try:
        return parse_folded(stripped)
    except ValueError:
        pos, reason = _error_at(folded)
        raise ParseError(text, pos, reason) from None
    except (decimal.InvalidOperation, OverflowError):
        raise ParseError(text, 0, "number out of range") from None

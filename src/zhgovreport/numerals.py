"""Numerals → exact ``Decimal``.  The one module that imports ``cn2an``.

:func:`parse_number` reads one number written any way a report writes it:
Arabic (``1234``, ``1,234``, ``1 234``, ``１２３４``), decimals, Chinese
numerals in Simplified, Traditional and financial forms (``一百零八亿``,
``八千一百九十九萬``, ``壹佰贰拾``, ``两千``, ``〇``, ``○``), digit by digit
(``一九四九``, ``二〇二二``), mixed with scale words (``5.4万``, ``134.9万亿``,
``3.2萬億``, ``六点九六亿``, and inside Arabic digits: ``5万4千6百``, ``3万4000``,
``1亿3千万`` — one scale table, :data:`SCALES`) and negative (``负五``, ``-3``,
``零下四``).

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
    "CN_DIGITS",
    "CN_FINANCIAL",
    "CN_NUMERAL_CHARS",
    "CN_PLACES",
    "CN_PLAIN_DIGITS",
    "SCALES",
    "SCALE_WORDS",
    "SIGNS",
    "VAGUE_PAIRS",
    "canonical",
    "cn_to_int",
    "parse_folded",
    "parse_folded_pair",
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

CN_FINANCIAL = "壹贰叁参肆伍陆柒捌玖拾佰仟"
"""The financial forms (大写) of the digits and places: a cheque's numerals, and also
characters of ordinary words (``拾起``, ``队伍``, ``大陆``)."""

SCALES: dict[str, int] = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
"""The one scale table: the characters that multiply the number before them.

After Arabic digits all five are scales (``3千`` → 3000, ``5万4千6百`` → 54600,
``134.9万亿``); the quantities scanner builds its scale pattern from this table,
leaving out a character where a unit that starts with it follows (``5千米`` is
five kilometres: see ``docs/spec/quantities.md``)."""

SCALE_WORDS: dict[str, int] = {c: f for c, f in SCALES.items() if f >= 10**4}
"""The scales that may follow a complete Chinese number (``三万多亿``, ``六点九六亿``)."""

CN_NUMERAL_CHARS = CN_DIGITS + CN_PLACES + "".join(SCALE_WORDS)
"""Every character a Chinese numeral may contain (``萬`` ``億`` fold to ``万`` ``亿``)."""

SIGNS: dict[str, int] = {"-": -1, "+": 1, "负": -1, "正": 1, "零下": -1}
"""Words before a number that give its sign (``负五``, ``-3``, ``零下四`` → -4)."""

VAGUE_PAIRS: dict[str, tuple[int, int]] = {
    "一二": (1, 2), "一两": (1, 2), "二三": (2, 3), "两三": (2, 3), "三四": (3, 4),
    "四五": (4, 5), "五六": (5, 6), "六七": (6, 7), "七八": (7, 8), "八九": (8, 9),
    "三五": (3, 5),
}  # fmt: skip
"""Two digits side by side that state a vague range, not a number (《现代汉语八百词》
"概数": ``两三年``, ``七八十万``, ``十七八岁``, ``三五天``).  ``三五`` only where it does not
follow ``十`` (``十三五`` is the 13th five-year plan)."""

# Variants cn2an does not read, mapped to the form it does (1:1, after folding).
_CN_VARIANTS = str.maketrans({"○": "〇", "参": "叁"})

_SIGN_WORDS = sorted(SIGNS, key=len, reverse=True)
_SCALE_CLASS = "".join(SCALES)
_TWO_BEFORE = _SCALE_CLASS + "佰仟拾"

_ARABIC = regex.compile(
    r"""
    (?P<int>\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d{1,3}(?:[ ]\d{3})+(?!\d|[ ]\d)|\d(?:[ ]\d)+(?!\d)|\d+)
    (?:[ ]?\.(?P<frac>\d+(?:[ ]\d)*))?
    (?:[ ]?(?P<scale>[SCALES](?:[SCALES]|\d)*))?
    """.replace("SCALES", _SCALE_CLASS),
    regex.VERBOSE,
)
_RUN_TOKEN = regex.compile(f"(\\d+)|([{_SCALE_CLASS}]+)")
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


def _digits(chars: str) -> str:
    """Chinese digits read one by one (``二三`` → ``"23"``; ``零五`` → ``"05"``)."""
    return "".join(str(cn_to_int(c)) for c in chars)


def _exact(sign: int, number: decimal.Decimal, factor: int, size: int) -> decimal.Decimal:
    with decimal.localcontext() as ctx:  # exact: never round a long number to 28 digits
        ctx.prec = max(28, 2 * size + 40)
        return canonical(sign * number * factor)


class _Misplaced(ValueError):
    """A reader's error at a known offset of the numeral (after its sign)."""

    def __init__(self, reason: str, at: int) -> None:
        super().__init__(reason)
        self.at = at


def _factor(scales: str) -> int:
    """The factor of a run of scale characters (``千万`` → 10**7), checked.

    At most one of ``十百千``, first; then ``万``/``亿`` in non-decreasing
    order (``万亿``, and the old ``万万`` for ``亿``).
    """
    factor, last = 1, 0
    for i, char in enumerate(scales):
        step = SCALES[char]
        if step < last or (step < 10**4 and i > 0):
            raise ValueError("scale words out of order")
        factor, last = factor * step, step
    return factor


def _compose(head: decimal.Decimal, run: str) -> decimal.Decimal:
    """``head`` followed by a ``run`` of scale words and digits (``万4千6百``), read as Chinese numerals are.

    ``十``/``百``/``千`` multiply the number before them and descend within a
    section; ``万`` multiplies the section before it (``3千5百万`` is 3500万),
    once per ``亿`` section; ``亿`` multiplies everything since the last
    ``亿`` (``134.9万亿``, ``1亿3千万``).  What follows a scale is smaller
    than it, and digits after the last scale word fill its places
    (``3万4000``).  The caller sets the precision.
    """
    run = run.replace("万万", "亿")  # the old form (五万万 is five hundred million)
    total = decimal.Decimal(0)  # the sections closed by 亿
    wan = decimal.Decimal(0)  # the part of this 亿 section multiplied by 万
    small = decimal.Decimal(0)  # the places below 万 (千 百 十) read so far
    number: decimal.Decimal | None = head
    trailing = ""
    place = 10**4  # the last place word of this section: the next must be lower
    last = 0  # the last scale word read
    bound = 0  # the scale of the last 亿 section: what follows it is smaller
    read = False  # this 亿 section holds a number (maybe 0: 0万亿)

    def rest() -> decimal.Decimal:
        return wan + small + (number or 0)

    for token in _RUN_TOKEN.finditer(run):  # lazily: a long run that is no number fails at its first wrong part
        digits, scales = token.groups()
        if not scales:
            number, trailing = decimal.Decimal(digits), digits
            continue
        for char in scales:
            step = SCALES[char]
            if step < 10**4:
                if number is None or step >= place:
                    raise ValueError("place words out of order")
                small, place, number, read = small + number * step, step, None, True
            elif step == 10**4:
                if wan or (number is None and not small):
                    raise ValueError("万 twice in a section, or after nothing")
                wan, small, number, place, read = (small + (number or 0)) * step, decimal.Decimal(0), None, 10**4, True
            else:
                if wan and (small or number):
                    if small + (number or 0) >= 10**4:
                        raise ValueError("a part is not smaller than the scale before it")
                if number is None and not read:
                    raise ValueError("亿 after nothing")
                amount = rest() * step
                if bound and amount >= bound:
                    raise ValueError("a part is not smaller than the scale before it")
                bound = step * (10**4 if wan and not small and number is None else 1)
                total, wan, small, number, place, read = total + amount, decimal.Decimal(0), decimal.Decimal(0), None, 10**4, False
            last = step
    if number is not None and last:
        if len(trailing) != len(str(last)) - 1:
            raise ValueError("digits after a scale word must fill its places")
    if wan and small + (number or 0) >= 10**4:
        raise ValueError("a part is not smaller than the scale before it")
    remainder = rest()
    if bound and remainder >= bound:
        raise ValueError("a part is not smaller than the scale before it")
    return total + remainder


def _check_chinese(whole: str) -> None:
    """The rules cn2an does not apply: ``两`` and leading scale words.

    ``两`` is a digit at the start of a numeral or before a place or scale
    word (``两万``, ``一万两千``); elsewhere it is the unit ``两`` (``三十两``).
    A numeral that starts with ``百``/``千``/``万``/``亿`` is that scale alone
    or scales only (``百``, ``千万``): ``亿九十一`` is not a number.  Two
    digits side by side are read digit by digit only when the numeral has no
    place word (``一九四九``); ``七八十`` is a vague pair
    (:func:`parse_folded_pair`).
    """
    for i, char in enumerate(whole):
        if char != "两":
            continue
        after = whole[i + 1 : i + 2]
        if i > 0 and (not after or after not in _TWO_BEFORE):
            raise _Misplaced("两 after a numeral is the unit 两", i)
        if after and after in CN_DIGITS:
            raise _Misplaced("两 before a digit is a vague pair, not a number", i)
    if whole[0] in "百千万亿佰仟" and any(c in CN_DIGITS for c in whole):
        raise _Misplaced("a numeral that starts with a scale word has no digits", 0)
    if whole.strip(CN_DIGITS):
        for a, b in zip(whole, whole[1:]):
            if a in CN_DIGITS and a not in "〇○零" and b in CN_DIGITS:
                raise _Misplaced("two digits side by side in a numeral with place words", whole.index(a + b))


def _split_sign(text: str) -> tuple[int, str]:
    for word in _SIGN_WORDS:
        if text.startswith(word):
            return SIGNS[word], text[len(word) :]
    return 1, text


@lru_cache(maxsize=16384)
def parse_folded(text: str) -> decimal.Decimal:
    """Parse one numeral that is already folded and stripped (cached).

    The fast path behind :func:`parse_number` for stages that hold folded
    text (the quantities stage).  Raises ``ValueError`` with a reason (no
    position: :func:`parse_number` finds it for its message).

    >>> parse_folded("5.4万"), parse_folded("负三点五"), parse_folded("1亿3千万")
    (Decimal('54000'), Decimal('-3.5'), Decimal('130000000'))
    """
    sign, body = _split_sign(text)
    if not body:
        raise ValueError("no digits")
    if body[0].isascii() and body[0].isdigit():
        match = _ARABIC.fullmatch(body)
        if match is None:
            raise ValueError("not an Arabic number")
        digits = match["int"].replace(",", "").replace(" ", "")
        frac = match["frac"].replace(" ", "") if match["frac"] else ""
        number = decimal.Decimal(digits + ("." + frac if frac else ""))
        if not match["scale"]:
            return _exact(sign, number, 1, len(text))
        with decimal.localcontext() as ctx:
            ctx.prec = max(28, 2 * len(text) + 40)
            return _exact(sign, _compose(number, match["scale"]), 1, len(text))
    match = _CHINESE.fullmatch(body)
    if match is None or not (match["int"] or match["scale"]) or (match["frac"] and not match["int"]):
        raise ValueError("not a Chinese numeral")
    whole = match["int"]
    if not whole:  # a scale word alone: 万, 亿
        return _exact(sign, decimal.Decimal(1), _factor(match["scale"]), len(text))
    _check_chinese(whole)
    factor = _factor(match["scale"]) if match["scale"] else 1
    if match["frac"]:
        head = decimal.Decimal(cn_to_int(whole)) if whole else decimal.Decimal(0)
        number = head + decimal.Decimal("0." + _digits(match["frac"]))
    else:
        try:  # cn2an reads 一万亿, 十五万亿, 一亿二千万 whole
            number, factor = decimal.Decimal(cn_to_int(whole + match["scale"])), 1
        except ValueError:
            number = decimal.Decimal(cn_to_int(whole))
    return _exact(sign, number, factor, len(text))


@lru_cache(maxsize=4096)
def parse_folded_pair(text: str) -> tuple[decimal.Decimal, decimal.Decimal]:
    """The two bounds of a vague pair, folded and stripped (``七八十万`` → 700000, 800000).

    The pair (:data:`VAGUE_PAIRS`) stands where one digit would: at the
    start or after a place word, and before a place or scale word or at the
    end (``两三``, ``二三十``, ``十七八``, ``三四百亿``).  Raises ``ValueError``
    when ``text`` is not a numeral with one vague pair.

    >>> parse_folded_pair("七八十万"), parse_folded_pair("两三")
    ((Decimal('700000'), Decimal('800000')), (Decimal('2'), Decimal('3')))
    >>> parse_folded_pair("十七八")
    (Decimal('17'), Decimal('18'))
    """
    for i in range(len(text) - 1):
        pair = VAGUE_PAIRS.get(text[i : i + 2])
        if pair is None:
            continue
        before, after = text[i - 1 : i] if i else "", text[i + 2 : i + 3]
        if (before and (before not in _TWO_BEFORE or pair == (3, 5))) or (after and after not in _TWO_BEFORE):
            continue
        low = text[:i] + text[i] + text[i + 2 :]
        high = text[:i] + text[i + 1] + text[i + 2 :]
        return parse_folded(low), parse_folded(high)
    raise ValueError("not a vague pair")


def _error_at(folded: str, error: ValueError) -> tuple[int, str]:
    """Where (offset in ``folded``) and why a string is not one number.

    The reader's ``error`` says why when no character is out of place."""
    reason = str(error)
    lead = len(folded) - len(folded.lstrip())
    body = folded.strip()
    pos = lead
    sign_length = len(body) - len(_split_sign(body)[1])
    body, pos = body[sign_length:], pos + sign_length
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
            return pos + (error.at if isinstance(error, _Misplaced) else 0), f"not a valid Chinese numeral: {reason}"
    if end < len(body):
        return pos + end, f"unexpected character {body[end]!r}"
    return pos, f"not a number: {reason}"


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
    except ValueError as exc:
        pos, reason = _error_at(folded, exc)
        raise ParseError(text, pos, reason) from None
    except (decimal.InvalidOperation, OverflowError):
        raise ParseError(text, 0, "number out of range") from None

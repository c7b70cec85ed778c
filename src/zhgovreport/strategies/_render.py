"""Writing a known value the ways reports write it.

Chinese integers (through cn2an), ``两`` where idiomatic, Traditional scale
words, digit-by-digit years, thousands grouping and fullwidth digits.  Each
helper is a plain function of its arguments: the strategies draw the choices,
these only render them.
"""

from __future__ import annotations

from decimal import Decimal

import cn2an

from zhgovreport.numerals import CN_PLAIN_DIGITS

_FULLWIDTH = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")
YEAR_DIGITS = CN_PLAIN_DIGITS.replace("○", "").replace("零", "")
"""〇 一 … 九, indexed by digit value: a year written digit by digit."""
_TRAD_SCALE = str.maketrans({"万": "萬", "亿": "億", "点": "點", "个": "個", "节": "節"})


def cn_integer(n: int, *, financial: bool = False) -> str:
    """``n`` in Chinese numerals (cn2an's ``an2cn``): ``108`` → ``一百零八``.

    >>> cn_integer(10800000000), cn_integer(120, financial=True)
    ('一百零八亿', '壹佰贰拾')
    """
    return str(cn2an.an2cn(n, "up" if financial else "low"))


def liang(text: str) -> str:
    """Write a leading ``二`` before ``百``/``千``/``万``/``亿`` as ``两`` (``二千`` → ``两千``).

    Only at the start, or after a scale word, where ``两`` is idiomatic;
    ``十二万`` is left alone.

    >>> liang("二千二百"), liang("十二万"), liang("一万二千")
    ('两千二百', '十二万', '一万两千')
    """
    out = []
    for i, char in enumerate(text):
        after = text[i + 1 : i + 2]
        before = text[i - 1 : i]
        if char == "二" and after in ("百", "千", "万", "亿") and before in ("", "万", "亿"):
            out.append("两")
        else:
            out.append(char)
    return "".join(out)


def traditional(text: str) -> str:
    """Write the scale words and ``点``/``个``/``节`` in Traditional script (``萬``, ``億``, ``點``)."""
    return text.translate(_TRAD_SCALE)


def cn_digits(digits: str, zero: str = "〇") -> str:
    """Digit-by-digit Chinese (``1949`` → ``一九四九``)."""
    return "".join(zero if d == "0" else YEAR_DIGITS[int(d)] for d in digits)


def group_thousands(n: int, sep: str) -> str:
    """``1234567`` with ``sep`` between groups of three digits.

    >>> group_thousands(1234567, ","), group_thousands(966485000, " ")
    ('1,234,567', '966 485 000')
    """
    return f"{n:,}".replace(",", sep)


def fullwidth(text: str) -> str:
    """Digits, ``.``, ``,`` and ``%`` in their fullwidth forms.

    >>> fullwidth("1,234.5%")
    '１，２３４．５％'
    """
    return text.translate(_FULLWIDTH)


def decimal_of(int_part: int, frac: str) -> Decimal:
    """The value of ``int_part`` with the fraction digits ``frac`` (maybe none)."""
    return Decimal(f"{int_part}.{frac}") if frac else Decimal(int_part)


def cn_decimal(int_part: int, frac: str) -> str:
    """:func:`decimal_of`'s value in Chinese: ``(36, "9")`` → ``三十六点九``, ``(0, "5")`` → ``零点五``."""
    head = cn_integer(int_part) if int_part else "零"
    return head + ("点" + cn_digits(frac, "零") if frac else "")


def arabic_places(n: int) -> str:
    """``n`` (a multiple of 10 below 10000) as Arabic digits and place words: ``3500`` → ``3千5百``.

    >>> arabic_places(3500), arabic_places(4060)
    ('3千5百', '4千6十')
    """
    out = []
    for place, factor in (("千", 1000), ("百", 100), ("十", 10)):
        digit, n = divmod(n, factor)
        if digit:
            out.append(f"{digit}{place}")
    return "".join(out)

"""Numbers in every form :func:`~zhgovreport.parse_number` reads, with their exact values."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from zhgovreport.strategies._render import (
    arabic_places,
    cn_decimal,
    cn_digits,
    cn_integer,
    decimal_of,
    fullwidth,
    group_thousands,
    liang,
    traditional,
)
from zhgovreport.strategies._vocab import SCALES

_fraction_digits = st.text("0123456789", min_size=1, max_size=4)


@st.composite
def numbers(draw: st.DrawFn) -> tuple[Decimal, str]:
    """One number and its exact value: ``(Decimal("54000"), "5.4万")``.

    Forms: Arabic ``1234``; fullwidth ``１２３４``; thousands separators
    ``1,234`` ``1 234`` ``１，２３４``; decimals ``3.02``; Chinese
    ``一百零八亿`` with ``两`` where idiomatic; financial ``壹佰贰拾``;
    Traditional ``八千一百九十九萬``; Chinese decimals ``三十六点九``
    (``點``); mixed scale ``5.4万`` ``134.9万亿`` ``3.2萬億`` ``六点九六亿``;
    digit-by-digit years ``一九四九`` ``二〇二三``; a sign ``-3`` ``负五``
    ``零下四``; Arabic digits with scale words inside ``5万4千6百``
    ``3千5百万`` ``1亿3千万`` ``3万4000`` ``3千`` (one scale table: 千 and 百
    too).  Values stay where every form is unambiguous (mixed scale
    mantissas below 10000, no scale after a Chinese integer that already
    holds one).
    """
    form = draw(
        st.sampled_from(
            (
                "arabic",
                "fullwidth",
                "thousands",
                "decimal",
                "chinese",
                "financial",
                "chinese_decimal",
                "mixed",
                "chinese_mixed",
                "year",
                "signed",
                "arabic_scales",
            )
        )
    )
    if form in ("arabic", "fullwidth"):
        n = draw(st.integers(0, 10**15))
        text = str(n)
        return Decimal(n), fullwidth(text) if form == "fullwidth" else text
    if form == "thousands":
        n = draw(st.integers(1000, 10**12))
        sep = draw(st.sampled_from((",", " ", "，")))
        text = group_thousands(n, sep)
        if sep == "，" or draw(st.booleans()):
            text = fullwidth(text) if sep != " " else text
        return Decimal(n), text
    if form == "decimal":
        n = draw(st.integers(0, 10**6))
        frac = draw(_fraction_digits)
        text = f"{n}.{frac}"
        if draw(st.booleans()):
            text = fullwidth(text)
        return decimal_of(n, frac), text
    if form in ("chinese", "financial"):
        n = draw(st.integers(0, 10**12 - 1))
        text = cn_integer(n, financial=form == "financial")
        if form == "chinese" and draw(st.booleans()):
            text = liang(text)
        if draw(st.booleans()):
            text = traditional(text)
        return Decimal(n), text
    if form == "chinese_decimal":
        n = draw(st.integers(0, 9999))
        frac = draw(_fraction_digits)
        text = cn_decimal(n, frac)
        return decimal_of(n, frac), traditional(text) if draw(st.booleans()) else text
    if form == "mixed":
        n = draw(st.integers(0, 9999))
        frac = draw(st.one_of(st.just(""), _fraction_digits))
        word, factor = draw(st.sampled_from(SCALES))
        text = f"{n}.{frac}" if frac else str(n)
        if draw(st.booleans()):
            text = fullwidth(text)
        if draw(st.booleans()):
            word = traditional(word)
        return decimal_of(n, frac) * factor, text + word
    if form == "chinese_mixed":
        n = draw(st.integers(1, 9999))
        frac = draw(st.one_of(st.just(""), _fraction_digits))
        word, factor = draw(st.sampled_from(SCALES))
        text = cn_decimal(n, frac) + word
        return decimal_of(n, frac) * factor, traditional(text) if draw(st.booleans()) else text
    if form == "year":
        year = draw(st.integers(1000, 2999))
        return Decimal(year), cn_digits(str(year), draw(st.sampled_from(("〇", "零"))))
    if form == "arabic_scales":
        return draw(arabic_scaled())
    # signed
    n = draw(st.integers(1, 10**6))
    sign = draw(st.sampled_from(("-", "负", "零下")))
    if sign == "-":
        return Decimal(-n), f"-{n}"
    return Decimal(-n), sign + cn_integer(n)


@st.composite
def arabic_scaled(draw: st.DrawFn) -> tuple[Decimal, str]:
    """Arabic digits with scale words inside: ``5万4千6百``, ``3千5百万``, ``1亿3千万``, ``3万4000``, ``3千``.

    Three sections (亿, 万, below 万), each empty or not; a section is
    written in digits (``3500万``) or digits and place words (``3千5百万``);
    the last one, after a scale word, may be digits that fill its places
    (``3万0400``, ``1亿00005000``).
    """
    yi = draw(st.integers(0, 99))
    wan = draw(st.integers(0, 999)) * 10
    low = draw(st.integers(0, 999)) * 10
    if not (yi or wan or low):
        low = 3000
    parts: list[str] = []
    if yi:
        parts.append(f"{yi}亿")
    if wan:
        parts.append((arabic_places(wan) if draw(st.booleans()) else str(wan)) + "万")
    filled = draw(st.booleans())
    if low:
        if parts and filled:
            parts.append(f"{low:0{4 if wan else 8}d}")  # digits that fill the places after 万 (亿)
        else:
            parts.append(arabic_places(low))
    text = "".join(parts)
    return Decimal(yi * 10**8 + wan * 10**4 + low), fullwidth(text) if draw(st.integers(0, 3)) == 0 else text

"""Figures with a unit, a kind and an approximation word, as the quantities spec writes them."""

from __future__ import annotations

from decimal import Decimal

import attrs
from hypothesis import strategies as st

from zhgovreport.model import Approx, Kind
from zhgovreport.strategies._cases import QuantityCase
from zhgovreport.strategies._render import cn_decimal, cn_integer, decimal_of, fullwidth, group_thousands, liang, traditional
from zhgovreport.strategies._vocab import INNER_APPROX, PREFIX_APPROX, SCALES, SUFFIX_APPROX, UNITS


@attrs.define
class _Mantissa:
    text: str
    value: Decimal
    chinese: bool
    round: bool  # an integer ending in 0: 多/余 may follow it


@st.composite
def _mantissa(draw: st.DrawFn, *, decimals: bool, scaled: bool, low: int = 2) -> _Mantissa:
    """The digits of a figure.  Chinese mantissas are >= 2 (``一个`` is an article)."""
    chinese = draw(st.booleans())
    top = 9999 if scaled else 99999
    if chinese:
        if decimals and draw(st.booleans()):
            n = draw(st.integers(0, 99))
            frac = draw(st.text("123456789", min_size=1, max_size=2))
            return _Mantissa(cn_decimal(n, frac), decimal_of(n, frac), True, False)
        n = draw(st.integers(low, top))
        text = cn_integer(n)
        if draw(st.booleans()):
            text = liang(text)
        return _Mantissa(text, Decimal(n), True, n % 10 == 0)
    if decimals and draw(st.booleans()):
        n = draw(st.integers(0, 9999))
        frac = draw(st.text("123456789", min_size=1, max_size=2))
        text = f"{n}.{frac}"
        return _Mantissa(
            fullwidth(text) if draw(st.booleans()) else text, decimal_of(n, frac), False, False
        )
    n = draw(st.integers(low, top))
    text = str(n)
    if n >= 1000 and not scaled and draw(st.booleans()):
        text = group_thousands(n, draw(st.sampled_from((",", "，", " "))))  # 1 234件 (spec §2)
    if draw(st.integers(0, 3)) == 0:
        text = fullwidth(text)
    return _Mantissa(text, Decimal(n), False, n % 10 == 0)


@st.composite
def _measured(draw: st.DrawFn, trad: bool) -> QuantityCase:
    """count / measure / money / bare number, with optional scale and approximation."""
    kind = draw(st.sampled_from((Kind.COUNT, Kind.MEASURE, Kind.MONEY, Kind.NUMBER)))
    scaled = kind is Kind.NUMBER or draw(st.booleans())
    m = draw(_mantissa(decimals=scaled or kind is not Kind.COUNT, scaled=scaled))
    if kind is Kind.NUMBER:
        unit_text, unit = "", None
    else:
        choices = UNITS[kind]
        if m.chinese:  # 三千克 would read as 3000 grams
            choices = tuple(u for u in choices if not u[0].startswith("千"))
        simp, tr = draw(st.sampled_from(choices))
        unit_text, unit = (tr if trad else simp), simp
    scale_text, factor = "", 1
    if scaled:
        scale_text, factor = draw(st.sampled_from(SCALES[:2] if m.chinese else SCALES))
        if trad:
            scale_text = traditional(scale_text)
    approx = Approx.EXACT
    where = draw(st.sampled_from(("none", "prefix", "inner", "suffix")))
    prefix = suffix = inner_before = inner_after = ""
    if where == "prefix":
        prefix = draw(st.sampled_from(sorted(PREFIX_APPROX)))
        approx = PREFIX_APPROX[prefix]
    elif where == "suffix":  # 3300万以上 too
        suffix = draw(st.sampled_from(sorted(SUFFIX_APPROX)))
        approx = SUFFIX_APPROX[suffix]
    elif where == "inner":
        word = draw(st.sampled_from(sorted(INNER_APPROX)))
        if m.round and (not scale_text or kind is Kind.NUMBER or draw(st.booleans())):
            inner_before, approx = word, INNER_APPROX[word]  # 7300多万元, 100余名, 6600多万
        elif scale_text and kind is not Kind.NUMBER:
            inner_after, approx = word, INNER_APPROX[word]  # 5.4万多件
    text = prefix + m.text + inner_before + scale_text + inner_after + unit_text + suffix
    return QuantityCase(text, m.value * factor, unit, kind, approx)


_CHENG = {n: cn_integer(n) for n in range(2, 10)}  # 二成 … 九成


@st.composite
def _rate(draw: st.DrawFn, trad: bool) -> QuantityCase:
    """percent, permille, percentage point, multiple, fraction."""
    form = draw(st.sampled_from(("pct", "pct_cn", "cheng", "permille", "permille_cn", "pp", "times", "fraction")))
    if form == "fraction":
        den = draw(st.sampled_from((2, 4, 5, 10)))
        num = draw(st.integers(1, den - 1))
        text = f"{cn_integer(den)}分之{cn_integer(num)}"
        return QuantityCase(text, Decimal(num) / Decimal(den), None, Kind.FRACTION)
    if form in ("pct", "permille"):
        n = draw(st.integers(0, 100 if form == "pct" else 999))
        frac = draw(st.one_of(st.just(""), st.text("0123456789", min_size=1, max_size=2)))
        digits = f"{n}.{frac}" if frac else str(n)
        sign = "%" if form == "pct" else "‰"
        space = " " if draw(st.integers(0, 4)) == 0 else ""
        body = digits + space + sign
        if form == "pct" and draw(st.booleans()):
            body = fullwidth(body)
        value, unit, kind = decimal_of(n, frac), sign, (Kind.PERCENT if form == "pct" else Kind.PERMILLE)
    elif form == "pct_cn":
        n = draw(st.integers(1, 100))
        frac = draw(st.one_of(st.just(""), st.text("123456789", min_size=1, max_size=2)))
        body = "百分之" + cn_decimal(n, frac)
        value, unit, kind = decimal_of(n, frac), "%", Kind.PERCENT
    elif form == "permille_cn":
        n = draw(st.integers(1, 999))
        body = "千分之" + cn_integer(n)
        value, unit, kind = Decimal(n), "‰", Kind.PERMILLE
    elif form == "cheng":
        n = draw(st.sampled_from(sorted(_CHENG)))
        digit = _CHENG[n]
        if n == 2 and draw(st.booleans()):
            digit = "两"
        body = digit + "成"
        value, unit, kind = Decimal(n * 10), "%", Kind.PERCENT
    else:  # pp, times
        m = draw(_mantissa(decimals=True, scaled=True, low=2))
        word = "个百分点" if form == "pp" else "倍"
        body = m.text + word
        value, unit, kind = m.value, ("pp" if form == "pp" else "倍"), (
            Kind.PERCENTAGE_POINT if form == "pp" else Kind.MULTIPLE
        )
    approx = Approx.EXACT
    where = draw(st.sampled_from(("none", "prefix", "suffix")))
    if where == "prefix":
        word = draw(st.sampled_from(sorted(PREFIX_APPROX)))
        body, approx = word + body, PREFIX_APPROX[word]
    elif where == "suffix":
        word = draw(st.sampled_from(sorted(SUFFIX_APPROX)))
        body, approx = body + word, SUFFIX_APPROX[word]
    if trad:
        body = traditional(body)
    return QuantityCase(body, value, unit, kind, approx)


@st.composite
def quantities(draw: st.DrawFn) -> QuantityCase:
    """One figure as a :class:`QuantityCase` (text, value, unit, kind, approx).

    Counts, measures and money with units (``21421件``, ``八千一百九十九萬噸``,
    ``6.96亿元`` → unit ``元``, value scaled), bare scaled numbers
    (``超过3300万``: kind ``number``, unit ``None``), percent (``3.02%``,
    ``百分之三十六点九``, ``六成``), permille (``千分之二``), percentage points
    (``6.6个百分点`` → unit ``pp``), multiples (``2.5倍``), fractions
    (``四分之三``), each with at most one approximation word (prefix ``约``
    ``近`` ``超过`` ``逾`` ``不足`` …, ``多``/``余`` after the digits, suffix
    ``以上`` ``左右`` …), in Simplified or Traditional script.  Values follow
    ``docs/spec/quantities.md``, §1-§2.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20, deadline=None)
    ... @given(quantities())
    ... def check(case):
    ...     assert case.text and (case.unit is None) == (case.kind in ("number", "fraction"))
    >>> check()
    """
    trad = draw(st.integers(0, 3)) == 0
    return draw(st.one_of(_measured(trad), _rate(trad)))

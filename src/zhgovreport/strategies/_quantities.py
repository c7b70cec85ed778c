"""Figures with a unit, a kind and an approximation word, as the quantities spec writes them."""

from __future__ import annotations

from decimal import Decimal

import attrs
from hypothesis import strategies as st

from zhgovreport.model import Approx, Kind
from zhgovreport.strategies._cases import QuantityCase, RangeCase
from zhgovreport.strategies._numerals import arabic_scaled
from zhgovreport.strategies._render import cn_decimal, cn_integer, decimal_of, fullwidth, group_thousands, liang, traditional
from zhgovreport.strategies._vocab import (
    INNER_APPROX,
    ONE_UNITS,
    PLACE_PREFIX_APPROX,
    PREFIX_APPROX,
    RANGE_CONNECTORS,
    RATE_SUFFIX_APPROX,
    SCALES,
    SUFFIX_APPROX,
    UNITS,
    VAGUE_PAIRS,
    VAGUE_WORDS,
)


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
    form = draw(
        st.sampled_from(("pct", "pct_cn", "cheng", "permille", "permille_cn", "pp", "pmp", "times", "fraction", "fan"))
    )
    if form == "fraction":
        den = draw(st.sampled_from((2, 4, 5, 10)))
        num = draw(st.integers(1, den - 1))
        text = f"{cn_integer(den)}分之{cn_integer(num)}"
        suffix = draw(st.sampled_from(("", *sorted(RATE_SUFFIX_APPROX))))  # 三分之一强
        approx = RATE_SUFFIX_APPROX.get(suffix, Approx.EXACT)
        return QuantityCase(text + suffix, Decimal(num) / Decimal(den), None, Kind.FRACTION, approx)
    if form == "fan":  # 翻两番: n doublings, the literal figure n
        n = draw(st.integers(1, 4))
        return QuantityCase("翻" + liang(cn_integer(n)).replace("二", "两") + "番", Decimal(n), "番", Kind.MULTIPLE)
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
    elif form == "pmp":  # a per-mille point is a tenth of a percentage point
        m = draw(_mantissa(decimals=True, scaled=True, low=2))
        body = m.text + draw(st.sampled_from(("个千分点", "千分点")))
        value, unit, kind = m.value / 10, "pp", Kind.PERCENTAGE_POINT
    else:  # pp, times
        m = draw(_mantissa(decimals=True, scaled=True, low=2))
        word = "个百分点" if form == "pp" else "倍"
        body = m.text + word
        value, unit, kind = m.value, ("pp" if form == "pp" else "倍"), (
            Kind.PERCENTAGE_POINT if form == "pp" else Kind.MULTIPLE
        )
    approx = Approx.EXACT
    where = draw(st.sampled_from(("none", "prefix", "suffix", "rate_suffix")))
    if where == "prefix":
        word = draw(st.sampled_from(sorted(PREFIX_APPROX)))
        body, approx = word + body, PREFIX_APPROX[word]
    elif where == "suffix":
        word = draw(st.sampled_from(sorted(SUFFIX_APPROX)))
        body, approx = body + word, SUFFIX_APPROX[word]
    elif where == "rate_suffix":  # 24%强
        word = draw(st.sampled_from(sorted(RATE_SUFFIX_APPROX)))
        body, approx = body + word, RATE_SUFFIX_APPROX[word]
    if trad:
        body = traditional(body)
    return QuantityCase(body, value, unit, kind, approx)


_COUNT_UNITS = UNITS[Kind.COUNT]
_UNIT_KINDS = (Kind.COUNT, Kind.MEASURE, Kind.MONEY)


@st.composite
def _arabic_run(draw: st.DrawFn, trad: bool) -> QuantityCase:
    """Arabic digits with scale words inside, then a unit: ``1万6千多户``, ``3百余家``, ``近3千家``."""
    value, number = draw(arabic_scaled())
    kind = draw(st.sampled_from(_UNIT_KINDS))
    simp, tr = draw(st.sampled_from(UNITS[kind]))
    approx, inner, prefix = Approx.EXACT, "", ""
    where = draw(st.sampled_from(("none", "inner", "prefix")))
    if where == "inner":
        inner = draw(st.sampled_from(("多", "余")))
        approx = INNER_APPROX[inner]
    elif where == "prefix":
        prefix = draw(st.sampled_from(sorted(PREFIX_APPROX)))
        approx = PREFIX_APPROX[prefix]
    text = prefix + number + inner + (tr if trad else simp)
    return QuantityCase(traditional(text) if trad else text, value, simp, kind, approx)


@st.composite
def _place_word(draw: st.DrawFn, trad: bool) -> QuantityCase:
    """百, 千, 万 alone (or 一 before a measure word) made a figure by an approximation:
    ``千余人``, ``近千人``, ``上千家``, ``近一吨``."""
    word, value = draw(st.sampled_from((("百", 100), ("千", 1000), ("万", 10**4), ("千万", 10**7), ("一", 1))))
    kind = Kind.COUNT if word != "一" else draw(st.sampled_from(_UNIT_KINDS))
    simp, tr = draw(st.sampled_from(UNITS[kind] if word != "一" else ONE_UNITS[kind]))
    if word != "一" and draw(st.booleans()):
        inner = draw(st.sampled_from(("多", "余")))
        text, approx = word + inner + (tr if trad else simp), INNER_APPROX[inner]
    else:
        prefixes = PLACE_PREFIX_APPROX if word != "一" else PREFIX_APPROX
        prefix = draw(st.sampled_from(sorted(prefixes)))
        text, approx = prefix + word + (tr if trad else simp), prefixes[prefix]
    return QuantityCase(traditional(text) if trad else text, Decimal(value), simp, kind, approx)


@st.composite
def _vague(draw: st.DrawFn, trad: bool) -> QuantityCase:
    """One figure with both bounds: a vague pair (``七八十万人``, ``两三年``) or 数/几 before a
    place word (``数十亿元``: 2 to 9 of it)."""
    kind = draw(st.sampled_from(_UNIT_KINDS))
    simp, tr = draw(st.sampled_from(UNITS[kind]))
    place, factor = draw(st.sampled_from((("", 1), ("十", 10), ("百", 100), ("千", 1000))))
    scale, big = draw(st.sampled_from((("", 1), ("万", 10**4), ("亿", 10**8))))
    if draw(st.booleans()) and (place or scale):
        word = draw(st.sampled_from(VAGUE_WORDS))
        numeral = (place or "") + scale
        low, high = 2 * factor * big, 9 * factor * big
    else:
        pair, a, b = draw(st.sampled_from(VAGUE_PAIRS))
        if pair == "一二" and place == "":
            pair, a, b = "一两", 1, 2  # 一二个 is not how a report writes it
        word, numeral = "", pair + place + scale
        low, high = a * factor * big, b * factor * big
    text = word + numeral + (tr if trad else simp)
    return QuantityCase(
        traditional(text) if trad else text, Decimal(low), simp, kind, Approx.ABOUT, upper=Decimal(high)
    )


@st.composite
def _signed(draw: st.DrawFn, trad: bool) -> QuantityCase:
    """A negative figure: ``负百分之三``, ``百分之负三点八``, ``负千分之15``, ``负3.5%``, ``零下四摄氏度``."""
    n = draw(st.integers(1, 99))
    frac = draw(st.one_of(st.just(""), st.text("123456789", min_size=1, max_size=2)))
    value = -decimal_of(n, frac)
    form = draw(st.sampled_from(("neg_pct_cn", "pct_neg_cn", "neg_permille", "neg_arabic_pct", "below_zero")))
    if form == "neg_pct_cn":
        return QuantityCase("负百分之" + cn_decimal(n, frac), value, "%", Kind.PERCENT)
    if form == "pct_neg_cn":
        return QuantityCase("百分之负" + cn_decimal(n, frac), value, "%", Kind.PERCENT)
    if form == "neg_permille":
        return QuantityCase("负千分之" + (str(n) if draw(st.booleans()) else cn_integer(n)), Decimal(-n), "‰", Kind.PERMILLE)
    if form == "neg_arabic_pct":
        return QuantityCase(f"负{decimal_of(n, frac)}%", value, "%", Kind.PERCENT)
    unit = draw(st.sampled_from(("摄氏度", "℃")))
    number = cn_decimal(n, frac) if draw(st.booleans()) else str(decimal_of(n, frac))
    return QuantityCase("零下" + number + unit, value, unit, Kind.MEASURE)


@st.composite
def quantities(draw: st.DrawFn) -> QuantityCase:
    """One figure as a :class:`QuantityCase` (text, value, unit, kind, approx).

    Counts, measures and money with units (``21421件``, ``八千一百九十九萬噸``,
    ``6.96亿元`` → unit ``元``, value scaled), bare scaled numbers
    (``超过3300万``: kind ``number``, unit ``None``), percent (``3.02%``,
    ``百分之三十六点九``, ``六成``), permille (``千分之二``), percentage points
    (``6.6个百分点`` → unit ``pp``; ``0.3个千分点`` → 0.03 pp), multiples
    (``2.5倍``, ``翻两番``), fractions (``四分之三``), each with at most one
    approximation word (prefix ``约`` ``近`` ``超过`` ``逾`` ``不足`` …,
    ``多``/``余``/``来`` after the digits, suffix ``以上`` ``左右`` …, ``强``/``弱``
    after a rate), in Simplified or Traditional script.  The hard words too:
    Arabic digits with scale words inside (``1万6千多户``, ``近3千家``),
    ``百``/``千``/``万`` or ``一`` made figures by an approximation (``千余人``,
    ``上千家``, ``近一吨``), vague figures with an ``upper`` bound
    (``七八十万人``, ``数十亿元``) and signs (``百分之负三点八``, ``零下四摄氏度``).
    Values follow ``docs/spec/quantities.md``, §1-§2.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20, deadline=None)
    ... @given(quantities())
    ... def check(case):
    ...     assert case.text and (case.unit is None) == (case.kind in ("number", "fraction"))
    >>> check()
    """
    trad = draw(st.integers(0, 3)) == 0
    case: QuantityCase = draw(
        st.one_of(_measured(trad), _rate(trad), _arabic_run(trad), _place_word(trad), _vague(trad), _signed(trad))
    )
    return case


@st.composite
def ranges(draw: st.DrawFn) -> RangeCase:
    """A range written with a connector, as two figures (``docs/spec/quantities.md``, ranges).

    ``5—6%``, ``3-5个``, ``2至7万元`` (the scale is shared), ``三至五年``,
    ``百分之八到九``, ``二、三百亿度`` (``、`` between consecutive Chinese digits
    before a place word).  The first number takes the second's unit, kind
    and scale; a single Chinese digit also its place words, when its digit is
    smaller (``三至六十%`` is 30 to 60 %).  Ends stay below 1000
    (``2000-3000`` reads as a span of years).
    """
    form = draw(st.sampled_from(("arabic", "chinese", "fraction", "dun")))
    conn = draw(st.sampled_from(RANGE_CONNECTORS))
    if form == "fraction":  # 百分之八到九
        a = draw(st.integers(1, 98))
        b = draw(st.integers(a + 1, 99))
        first = "百分之" + cn_integer(a)
        second = cn_integer(b)
        return RangeCase(
            first + conn + second,
            QuantityCase(first, Decimal(a), "%", Kind.PERCENT),
            QuantityCase(second, Decimal(b), "%", Kind.PERCENT),
        )
    rate = form != "dun" and draw(st.booleans())
    if rate:
        unit_text, unit, kind = draw(
            st.sampled_from((("%", "%", Kind.PERCENT), ("个百分点", "pp", Kind.PERCENTAGE_POINT), ("倍", "倍", Kind.MULTIPLE)))
        )
        scale, factor = "", 1
    else:
        kind = draw(st.sampled_from(_UNIT_KINDS))
        unit_text = unit = draw(st.sampled_from(UNITS[kind]))[0]
        scale, factor = draw(st.sampled_from((("", 1), ("万", 10**4), ("亿", 10**8))))
    if form == "dun":  # 二、三百亿度: consecutive digits, a place word after the second
        a = draw(st.integers(1, 8))
        place, factor = draw(st.sampled_from((("十", 10), ("百", 100), ("千", 1000), ("十万", 10**5), ("百亿", 10**10))))
        first, second = cn_integer(a), cn_integer(a + 1) + place + unit_text
        conn = "、"
        low, high = a * factor, (a + 1) * factor
    else:
        a = draw(st.integers(2, 998))
        b = draw(st.integers(a + 1, 999))
        write = cn_integer if form == "chinese" else str
        first, second = write(a), write(b) + scale + unit_text
        low, high = a * factor, b * factor
        lead, zeros = str(b)[0], len(str(b)) - 1
        if form == "chinese" and a < 10 and str(b) == lead + "0" * zeros and zeros and a < int(lead):
            low = a * 10**zeros * factor  # 三至六十: a single digit takes the places (30 to 60)
    return RangeCase(
        first + conn + second,
        QuantityCase(first, Decimal(low), unit, kind),
        QuantityCase(second, Decimal(high), unit, kind),
    )

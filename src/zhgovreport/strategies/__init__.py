"""Hypothesis strategies for Chinese report text whose right answer is known.

This module imports :mod:`hypothesis` when it is imported, so it needs the
``test`` extra (``pip install "zhgovreport[test]"``).  ``import zhgovreport``
does not import it; import it by name::

    from zhgovreport import strategies

Each strategy draws a *case*: a piece of text together with what a correct
parser must read from it, worked out while the text was built (never by
running the library).

* :func:`numbers` -- ``(Decimal, str)``: one number in any form
  :func:`~zhgovreport.parse_number` reads (Arabic, fullwidth, thousands
  separators, decimals, Chinese Simplified/Traditional/financial, mixed
  ``5.4万``, digit-by-digit years ``一九四九``).
* :func:`quantities` -- :class:`QuantityCase`: a figure with unit, kind and
  approximation word (``5.4万多件``, ``约30%``, ``六成以上``, ``千分之二``).
* :func:`markers` -- ``(number, marker text)`` of one :class:`~zhgovreport.Style`.
* :func:`outlines` -- :class:`OutlineCase`: a whole outline tree rendered as a
  report, with the flat outline and the items :func:`~zhgovreport.parse` must
  find; optionally a fragment that starts below the top level, or a tree with
  an injected duplicate or gap in its numbering.
* :func:`reports` -- report text only (outline plus figures), for fuzzing.
* :func:`mutated` -- a text with lines deleted, markers swapped, noise
  inserted or the end cut off.

Titles, bodies and item leads come from a vocabulary of CJK words (with their
Traditional forms) that contains no numeral, no marker and no unit
character, so the expected outline is unambiguous.

Example, a property test of :func:`~zhgovreport.parse_number`:

>>> from hypothesis import given, settings
>>> from zhgovreport import parse_number
>>> @settings(max_examples=25, deadline=None)
... @given(numbers())
... def test_parse_number(case):
...     value, text = case
...     assert parse_number(text) == value
>>> test_parse_number()
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Literal

import attrs
import cn2an
import regex
from hypothesis import strategies as st

from zhgovreport.model import Approx, Kind, Style

__all__ = [
    "FigureCase",
    "HeadingCase",
    "Injection",
    "ItemCase",
    "OutlineCase",
    "LONG_RUN_CAP",
    "QuantityCase",
    "USUAL_ORDER",
    "markers",
    "mutated",
    "numbers",
    "outlines",
    "quantities",
    "reports",
]

# ---------------------------------------------------------------------------
# Vocabulary (data).  Every word is (Simplified, Traditional); neither form
# holds a numeral (一…十百千万亿两零〇, 萬億兩), 第, 是, a digit, a bracket, or
# a unit that could attach to a number.  tests/test_strategies.py checks that
# fold(Traditional) == Simplified and that no forbidden character slipped in.
# ---------------------------------------------------------------------------

WORDS: tuple[tuple[str, str], ...] = (
    ("法治政府", "法治政府"),
    ("建设", "建設"),
    ("推进", "推進"),
    ("依法行政", "依法行政"),
    ("加强", "加強"),
    ("组织领导", "組織領導"),
    ("完善", "完善"),
    ("制度体系", "制度體系"),
    ("行政执法", "行政執法"),
    ("监督", "監督"),
    ("规范", "規範"),
    ("公共法律服务", "公共法律服務"),
    ("矛盾纠纷", "矛盾糾紛"),
    ("化解", "化解"),
    ("营商环境", "營商環境"),
    ("优化", "優化"),
    ("基层治理", "基層治理"),
    ("宣传教育", "宣傳教育"),
    ("深化改革", "深化改革"),
    ("重大决策", "重大決策"),
    ("合法性审查", "合法性審查"),
    ("复议应诉", "復議應訴"),
    ("干部培养", "幹部培養"),
    ("调解工作", "調解工作"),
    ("工作机制", "工作機制"),
    ("责任落实", "責任落實"),
    ("全面提升", "全面提升"),
    ("持续", "持續"),
    ("强化", "強化"),
    ("统筹协调", "統籌協調"),
    ("数字政府", "數字政府"),
    ("执法能力", "執法能力"),
    ("考核评价", "考核評價"),
    ("群众满意", "群眾滿意"),
    ("社会治理", "社會治理"),
    ("法律顾问", "法律顧問"),
    ("信用体系", "信用體系"),
    ("司法行政", "司法行政"),
    ("普法宣传", "普法宣傳"),
    ("权力运行", "權力運行"),
    ("政务公开", "政務公開"),
    ("行政许可", "行政許可"),
    ("风险防控", "風險防控"),
    ("安全生产", "安全生產"),
)
"""Words for titles, bodies and item leads."""

AGENCIES: tuple[tuple[str, str], ...] = (
    ("某某市司法局", "某某市司法局"),
    ("诸暨市司法局", "諸暨市司法局"),
    ("福州市司法局", "福州市司法局"),
    ("襄阳市人民政府", "襄陽市人民政府"),
    ("某某县人民政府", "某某縣人民政府"),
)
"""Report authors for the generated header and preamble."""

FORBIDDEN_IN_WORDS = "〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟萬億兩第是点點之成倍分多余餘约約近逾超"
"""Characters the vocabulary must never contain (numerals and quantity words)."""

SURROUNDINGS: tuple[str, ...] = tuple(w for w, _ in WORDS)
"""Words that surround a quantity; they hold no numeral, unit or approximation word."""

# --- numbers -------------------------------------------------------------

_FULLWIDTH_DIGITS = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")
_CN_DIGIT = "零一二三四五六七八九"
_YEAR_DIGIT = "〇一二三四五六七八九"
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
    return "".join(zero if d == "0" else _YEAR_DIGIT[int(d)] for d in digits)


def group_thousands(n: int, sep: str) -> str:
    """``1234567`` with ``sep`` between groups of three digits.

    >>> group_thousands(1234567, ","), group_thousands(966485000, " ")
    ('1,234,567', '966 485 000')
    """
    return f"{n:,}".replace(",", sep)


def _decimal(int_part: int, frac: str) -> Decimal:
    return Decimal(f"{int_part}.{frac}") if frac else Decimal(int_part)


def _cn_decimal(int_part: int, frac: str) -> str:
    head = cn_integer(int_part) if int_part else "零"
    return head + ("点" + cn_digits(frac, "零") if frac else "")


_fraction_digits = st.text("0123456789", min_size=1, max_size=4)
_SCALES: tuple[tuple[str, int], ...] = (("万", 10**4), ("亿", 10**8), ("万亿", 10**12))


@st.composite
def numbers(draw: st.DrawFn) -> tuple[Decimal, str]:
    """One number and its exact value: ``(Decimal("54000"), "5.4万")``.

    Forms: Arabic ``1234``; fullwidth ``１２３４``; thousands separators
    ``1,234`` ``1 234`` ``１，２３４``; decimals ``3.02``; Chinese
    ``一百零八亿`` with ``两`` where idiomatic; financial ``壹佰贰拾``;
    Traditional ``八千一百九十九萬``; Chinese decimals ``三十六点九``
    (``點``); mixed scale ``5.4万`` ``134.9万亿`` ``3.2萬億`` ``六点九六亿``;
    digit-by-digit years ``一九四九`` ``二〇二三``; a sign ``-3`` ``负五``.
    Values stay where every form is unambiguous (mixed scale mantissas below
    10000, no scale after a Chinese integer that already holds one).
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
            )
        )
    )
    if form in ("arabic", "fullwidth"):
        n = draw(st.integers(0, 10**15))
        text = str(n)
        return Decimal(n), text.translate(_FULLWIDTH_DIGITS) if form == "fullwidth" else text
    if form == "thousands":
        n = draw(st.integers(1000, 10**12))
        sep = draw(st.sampled_from((",", " ", "，")))
        text = group_thousands(n, sep)
        if sep == "，" or draw(st.booleans()):
            text = text.translate(_FULLWIDTH_DIGITS) if sep != " " else text
        return Decimal(n), text
    if form == "decimal":
        n = draw(st.integers(0, 10**6))
        frac = draw(_fraction_digits)
        text = f"{n}.{frac}"
        if draw(st.booleans()):
            text = text.translate(_FULLWIDTH_DIGITS)
        return _decimal(n, frac), text
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
        text = _cn_decimal(n, frac)
        return _decimal(n, frac), traditional(text) if draw(st.booleans()) else text
    if form == "mixed":
        n = draw(st.integers(0, 9999))
        frac = draw(st.one_of(st.just(""), _fraction_digits))
        word, factor = draw(st.sampled_from(_SCALES))
        text = f"{n}.{frac}" if frac else str(n)
        if draw(st.booleans()):
            text = text.translate(_FULLWIDTH_DIGITS)
        if draw(st.booleans()):
            word = traditional(word)
        return _decimal(n, frac) * factor, text + word
    if form == "chinese_mixed":
        n = draw(st.integers(1, 9999))
        frac = draw(st.one_of(st.just(""), _fraction_digits))
        word, factor = draw(st.sampled_from(_SCALES))
        text = _cn_decimal(n, frac) + word
        return _decimal(n, frac) * factor, traditional(text) if draw(st.booleans()) else text
    if form == "year":
        year = draw(st.integers(1000, 2999))
        return Decimal(year), cn_digits(str(year), draw(st.sampled_from(("〇", "零"))))
    # signed
    n = draw(st.integers(1, 10**6))
    if draw(st.booleans()):
        return Decimal(-n), f"-{n}"
    return Decimal(-n), "负" + cn_integer(n)


# --- quantities ----------------------------------------------------------


@attrs.frozen
class QuantityCase:
    """A generated figure and what :func:`~zhgovreport.parse_quantity` must return."""

    text: str
    value: Decimal
    unit: str | None
    kind: Kind
    approx: Approx = Approx.EXACT


UNITS: dict[Kind, tuple[tuple[str, str], ...]] = {
    Kind.COUNT: (
        ("件", "件"), ("人", "人"), ("名", "名"), ("位", "位"), ("家", "家"), ("所", "所"),
        ("项", "項"), ("条", "條"), ("份", "份"), ("篇", "篇"), ("部", "部"), ("批", "批"),
        ("场", "場"), ("次", "次"), ("起", "起"), ("户", "戶"), ("套", "套"), ("台", "臺"),
        ("辆", "輛"), ("艘", "艘"), ("株", "株"), ("种", "種"), ("张", "張"), ("例", "例"),
        ("类", "類"), ("人次", "人次"), ("个", "個"), ("座", "座"), ("处", "處"), ("宗", "宗"),
        ("小时", "小時"), ("天", "天"),
    ),
    Kind.MEASURE: (
        ("吨", "噸"), ("公斤", "公斤"), ("千克", "千克"), ("公里", "公里"), ("千米", "千米"),
        ("平方米", "平方米"), ("平方公里", "平方公里"), ("亩", "畝"), ("公顷", "公頃"),
        ("立方米", "立方米"), ("千瓦", "千瓦"), ("千瓦时", "千瓦時"), ("度", "度"),
    ),
    Kind.MONEY: (("元", "元"), ("美元", "美元"), ("港元", "港元"), ("欧元", "歐元"), ("日元", "日元")),
}
"""Units by kind as (Simplified, Traditional); ``unit`` in a result is the Simplified form."""

PREFIX_APPROX: dict[str, Approx] = {
    "约": Approx.ABOUT, "大约": Approx.ABOUT,
    "近": Approx.UNDER, "将近": Approx.UNDER, "接近": Approx.UNDER, "不足": Approx.UNDER, "不到": Approx.UNDER,
    "超过": Approx.OVER, "逾": Approx.OVER,
}  # fmt: skip
"""Approximation words before the number (quantities spec §2)."""

SUFFIX_APPROX: dict[str, Approx] = {
    "以上": Approx.OVER, "有余": Approx.OVER,
    "以下": Approx.UNDER, "以内": Approx.UNDER,
    "左右": Approx.ABOUT, "上下": Approx.ABOUT,
}  # fmt: skip
"""Approximation words after the unit."""

INNER_APPROX: dict[str, Approx] = {"多": Approx.OVER, "余": Approx.OVER}
"""``多``/``余``: after the digits, before the scale word or the unit (``7300多万元``, ``5.4万多件``)."""


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
            return _Mantissa(_cn_decimal(n, frac), _decimal(n, frac), True, False)
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
            text.translate(_FULLWIDTH_DIGITS) if draw(st.booleans()) else text, _decimal(n, frac), False, False
        )
    n = draw(st.integers(low, top))
    text = str(n)
    if n >= 1000 and not scaled and draw(st.booleans()):
        text = group_thousands(n, draw(st.sampled_from((",", "，", " "))))  # 1 234件 (spec §2)
    if draw(st.integers(0, 3)) == 0:
        text = text.translate(_FULLWIDTH_DIGITS)
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
        scale_text, factor = draw(st.sampled_from(_SCALES[:2] if m.chinese else _SCALES))
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


_CHENG = {2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九"}


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
            body = body.translate(_FULLWIDTH_DIGITS)
        value, unit, kind = _decimal(n, frac), sign, (Kind.PERCENT if form == "pct" else Kind.PERMILLE)
    elif form == "pct_cn":
        n = draw(st.integers(1, 100))
        frac = draw(st.one_of(st.just(""), st.text("123456789", min_size=1, max_size=2)))
        body = "百分之" + _cn_decimal(n, frac)
        value, unit, kind = _decimal(n, frac), "%", Kind.PERCENT
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
    the quantities spec, §1-§2.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20, deadline=None)
    ... @given(quantities())
    ... def check(case):
    ...     assert case.text and (case.unit is None) == (case.kind in ("number", "fraction"))
    >>> check()
    """
    trad = draw(st.integers(0, 3)) == 0
    return draw(st.one_of(_measured(trad), _rate(trad)))


# --- markers -------------------------------------------------------------

MARKER_MAX: dict[Style, int] = {
    Style.PART: 30,
    Style.ORDINAL: 30,
    Style.CN: 99,
    Style.CN_PAREN: 99,
    Style.ARABIC: 999,
    Style.ARABIC_PAREN: 999,
    Style.CIRCLED: 20,
}
"""The largest number :func:`markers` draws for each style."""

_PART_WORDS = ("部分", "章", "节")

USUAL_ORDER: tuple[Style, ...] = (
    Style.PART,
    Style.CN,
    Style.CN_PAREN,
    Style.ORDINAL,
    Style.ARABIC,
    Style.ARABIC_PAREN,
    Style.CIRCLED,
)
"""The usual order of levels (GB/T 9704-2012 7.3.3; ``第一，`` under ``（三）`` as in gwr-2008).

Fragments (``outlines(fragment=True)``) keep their levels in this order:
only a heading of a style that usually ranks higher can show that a text
climbs above its first level (``(四)…(八)`` then ``二、``, seed 004); after
``第一、…`` a ``②`` may just as well be a child group that skipped ①."""


@st.composite
def _marker_text(draw: st.DrawFn, style: Style, number: int, part_word: str | None = None) -> str:
    """The marker of ``style`` for ``number``, in one of its variants (spec §1), separator included."""
    cn = cn_integer(number)
    digits = str(number)
    if draw(st.booleans()):
        digits = digits.translate(_FULLWIDTH_DIGITS)
    if style is Style.PART:
        word = part_word if part_word is not None else draw(st.sampled_from(_PART_WORDS))
        return f"第{cn}{word}" + draw(st.sampled_from(("", " ", "\u3000", "、")))
    if style is Style.ORDINAL:
        return f"第{cn}" + draw(st.sampled_from(("、", "，")))
    if style is Style.CN:
        return cn + draw(st.sampled_from(("、", "、", ".", "．"))) + draw(st.sampled_from(("", "", " ")))
    if style is Style.CN_PAREN:
        opening, closing = draw(st.sampled_from((("（", "）"), ("(", ")"), ("（", ")"), ("(", "）"))))
        return opening + cn + closing + ("、" if draw(st.integers(0, 7)) == 0 else "")
    if style is Style.ARABIC:
        return digits + draw(st.sampled_from((".", "．", "、")))
    if style is Style.ARABIC_PAREN:
        opening, closing = draw(st.sampled_from((("（", "）"), ("(", ")"), ("", "）"), ("", ")"))))
        return opening + digits + closing
    return chr(0x2460 + number - 1)


@st.composite
def markers(draw: st.DrawFn, style: Style) -> tuple[int, str]:
    """``(number, marker)`` for one outline ``style``, in any of its written variants.

    ``Style.CN`` → ``(23, "二十三、")``; ``Style.CN_PAREN`` → ``(4, "(四)")``
    or ``"（四）"``; ``Style.ARABIC`` → ``(12, "１２．")``;
    ``Style.CIRCLED`` → ``(3, "③")``.  The separator (``、``, ``.``, a space
    after ``第一部分``) is part of the marker; a title can follow directly.

    >>> from hypothesis import given, settings
    >>> from zhgovreport import Style
    >>> @settings(max_examples=10, deadline=None)
    ... @given(markers(Style.CIRCLED))
    ... def check(case):
    ...     number, marker = case
    ...     assert marker == "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"[number - 1]
    >>> check()
    """
    number = draw(st.integers(1, MARKER_MAX[style]))
    return number, draw(_marker_text(style, number))


# --- outlines ------------------------------------------------------------


@attrs.frozen
class ItemCase:
    """An expected :class:`~zhgovreport.Item`: its number, lead and where its marker starts."""

    number: int
    lead: str
    start: int


@attrs.frozen
class HeadingCase:
    """An expected :class:`~zhgovreport.Section` in document order.

    ``start`` is where the heading's line starts (indentation included), or
    -1 for an implicit section; ``title_start`` where the title starts (on
    the next line when ``alone``: the marker stands alone on its line);
    ``line_end`` where the title's line ends.  ``lists`` are the
    ``(start, end)`` spans of the in-sentence lists (``…：`` / ``一、…；`` /
    ``二、…。``) in the section's own body: body text, never sections.
    """

    depth: int
    style: Style
    number: int
    title: str
    items: tuple[ItemCase, ...] = ()
    implicit: bool = False
    start: int = -1
    title_start: int = -1
    line_end: int = -1
    alone: bool = False
    lists: tuple[tuple[int, int], ...] = ()

    def key(self) -> tuple[int, Style, int, str, bool]:
        """``(depth, style, number, title, implicit)``: what the outline property compares."""
        return (self.depth, self.style, self.number, self.title, self.implicit)


@attrs.frozen
class Injection:
    """A numbering fault put into the tree on purpose: ``code`` is ``"duplicate"`` or ``"gap"``."""

    code: str
    heading: int
    """Index into :attr:`OutlineCase.headings` of the heading with the wrong number."""


@attrs.frozen
class FigureCase:
    """A figure put into a body sentence: where it is, what it is, whose body holds it."""

    start: int
    end: int
    quantity: QuantityCase
    heading: int
    """Index into :attr:`OutlineCase.headings` of the section whose own body holds it; -1 in the preamble."""


@attrs.frozen
class OutlineCase:
    """A rendered outline and what :func:`~zhgovreport.parse` must find in it.

    ``headings`` is the flat outline, depth first in document order
    (``Report.walk()`` order), implicit sections included; ``preamble_items``
    are the items before the first heading (``Report.items``).  ``figures``
    (with ``outlines(figures=True)``) are the quantities in the text, in
    order; ``list_markers`` the ``(start, end)`` spans of the markers of the
    in-sentence list entries (``一、`` in ``…：`` / ``一、…；``), which are
    neither headings nor figures.
    """

    text: str
    headings: tuple[HeadingCase, ...]
    preamble_items: tuple[ItemCase, ...] = ()
    styles: tuple[Style, ...] = ()
    fragment: bool = False
    injection: Injection | None = None
    figures: tuple[FigureCase, ...] = ()
    list_markers: tuple[tuple[int, int], ...] = ()

    def outline(self) -> list[tuple[int, Style, int, str, bool]]:
        """The expected flat outline as ``(depth, style, number, title, implicit)`` tuples."""
        return [h.key() for h in self.headings]

    def items(self) -> list[list[tuple[int, str]]]:
        """Expected ``(number, lead)`` per heading, preamble first."""
        return [[(i.number, i.lead) for i in self.preamble_items]] + [
            [(i.number, i.lead) for i in h.items] for h in self.headings
        ]

    def paths(self) -> list[tuple[int, ...]]:
        """The expected :attr:`~zhgovreport.Section.path` of each heading (numbers from the top down)."""
        out: list[tuple[int, ...]] = []
        open_path: list[int] = []
        for h in self.headings:
            open_path = open_path[: h.depth - 1] + [h.number]
            out.append(tuple(open_path))
        return out


@attrs.define
class _Para:
    """A body paragraph: an intro, then items (possibly none) or list entries."""

    intro: str
    items: list[tuple[str, str, str]]  # (lead, closing 。 or ；, following sentences)
    tail: str  # a plain paragraph's text when there are no items
    entries: list[str] = attrs.field(factory=list)  # an in-sentence list: intro ends in ：
    list_style: Style = Style.CN
    after: str = ""  # the paragraph that follows a list in the same body


@attrs.define
class _Node:
    style: Style
    number: int
    title: str
    runin: bool
    paras: list[_Para]
    children: list[_Node]
    depth: int
    alone: bool = False


@attrs.define
class _Doc:
    trad: bool
    nl: str
    indent: str
    blank: bool
    figures: bool
    part_word: str
    lists: bool = False
    list_last: bool = False
    kids: int = 3  # the most children a section gets
    figure_cases: list[QuantityCase] = attrs.field(factory=list)


def _word(draw: st.DrawFn, doc: _Doc) -> str:
    simp, trad = draw(st.sampled_from(WORDS))
    return trad if doc.trad else simp


def _words(draw: st.DrawFn, doc: _Doc, low: int, high: int) -> str:
    return "".join(_word(draw, doc) for _ in range(draw(st.integers(low, high))))


def _title(draw: st.DrawFn, doc: _Doc) -> str:
    if draw(st.integers(0, 4)) == 0:
        return _words(draw, doc, 1, 2) + "，" + _words(draw, doc, 1, 2)
    return _words(draw, doc, 1, 4)


_FIGURE_BASE = 0xF0000
"""Figures are drawn before their place in the text is known: a sentence
holds a placeholder (a supplementary private-use character, U+F0000 + the
figure's index) that :class:`_Writer` replaces and records."""


def _figure(draw: st.DrawFn, doc: _Doc) -> str:
    """A placeholder for a new figure, after ``，`` or ``，`` + a word.

    A figure that starts with an approximation word follows ``，`` only: after
    a word, the word's last character and ``约`` may make a word of their own
    (``工作机制约百分之一`` reads ``制约``, quantities spec §2).
    """
    case = draw(quantities())
    doc.figure_cases.append(case)
    prefixed = case.text.startswith(tuple(PREFIX_APPROX))
    lead = "，" + (_word(draw, doc) if not prefixed and draw(st.integers(0, 3)) else "")
    return lead + chr(_FIGURE_BASE + len(doc.figure_cases) - 1)


def _sentence(draw: st.DrawFn, doc: _Doc) -> str:
    text = _words(draw, doc, 2, 5)
    if draw(st.booleans()):
        text += "，" + _words(draw, doc, 1, 3)
    if doc.figures and draw(st.booleans()):
        text += _figure(draw, doc)
    return text + "。"


_LIST_STYLES = tuple(s for s in Style if s is not Style.PART)


def _list_para(draw: st.DrawFn, doc: _Doc) -> _Para:
    """An in-sentence list (outline spec §3): ``…几个方面：`` / ``一、…；`` / ``二、…。``."""
    intro = _words(draw, doc, 2, 4)
    if draw(st.booleans()):
        intro += "，" + _words(draw, doc, 1, 2)
    entries = []
    for _ in range(draw(st.integers(2, 4))):
        entry = _words(draw, doc, 1, 3)
        if draw(st.booleans()):
            entry += "，" + _words(draw, doc, 1, 3)
        if doc.figures and draw(st.integers(0, 2)) == 0:
            entry += _figure(draw, doc)
        entries.append(entry)
    after = "" if doc.list_last and draw(st.booleans()) else _sentence(draw, doc)
    intro += draw(st.sampled_from(("：", "：", ":")))
    return _Para(intro, [], "", entries, draw(st.sampled_from(_LIST_STYLES)), after)


def _para(draw: st.DrawFn, doc: _Doc, with_items: bool) -> _Para:
    if not with_items:
        if doc.lists and draw(st.integers(0, 5)) == 0:
            return _list_para(draw, doc)
        return _Para("", [], "".join(_sentence(draw, doc) for _ in range(draw(st.integers(1, 3)))))
    intro = draw(st.sampled_from(("", "sentence", "colon")))
    intro_text = {"": "", "sentence": _sentence(draw, doc), "colon": _words(draw, doc, 1, 2) + "："}[intro]
    items = []
    count = draw(st.integers(2, 5))
    for index in range(count):
        lead = _words(draw, doc, 1, 3)
        last = index == count - 1
        closing = "。" if last or draw(st.booleans()) else "；"
        rest = ""
        if closing == "。" and draw(st.booleans()):
            rest = "".join(_sentence(draw, doc) for _ in range(draw(st.integers(1, 2))))
        items.append((lead, closing, rest))
    return _Para(intro_text, items, "")


def _paras(draw: st.DrawFn, doc: _Doc, low: int = 0) -> list[_Para]:
    count = draw(st.integers(low, 2))
    with_items = draw(st.integers(0, 2)) == 0
    item_para = draw(st.integers(0, max(count - 1, 0))) if with_items and count else -1
    return [_para(draw, doc, i == item_para) for i in range(count)]


def _tree(draw: st.DrawFn, doc: _Doc, styles: Sequence[Style], depth: int, count: int) -> list[_Node]:
    nodes = []
    style = styles[depth - 1]
    for number in range(1, count + 1):
        runin = style is not Style.PART and draw(st.booleans())
        alone = draw(st.integers(0, 4)) == 0  # gwr-1986: （一） / 第一、 alone, the title below
        paras = _paras(draw, doc)
        children: list[_Node] = []
        if depth < len(styles):
            kids = draw(st.integers(0, doc.kids))
            children = _tree(draw, doc, styles, depth + 1, kids)
        nodes.append(_Node(style, number, _title(draw, doc), runin, paras, children, depth, alone))
    return nodes


LONG_RUN_CAP = 120
"""The longest sibling run :func:`outlines` draws (``一、`` … ``九十九、``, ``1.`` … ``120.``)."""


def _lengthen(draw: st.DrawFn, doc: _Doc, group: list[_Node], longest: int) -> None:
    """Append leaf siblings to ``group`` up to a long run (``二十一、``…, ``100.``…, ``⑳``)."""
    style, depth = group[0].style, group[0].depth
    top = min(longest, LONG_RUN_CAP)
    count = draw(st.integers(min(21, top), min(40, top)))  # past 十: 二十一、…
    if top >= 100 and draw(st.booleans()):
        count = draw(st.integers(95, top))  # Arabic past 99
    for number in range(len(group) + 1, count + 1):  # few draws per heading: the run must fit hypothesis' buffer
        title = _word(draw, doc)
        runin = style is not Style.PART and draw(st.booleans())
        group.append(_Node(style, number, title, runin, [_Para("", [], title + "。")] if runin else [], [], depth))


_PLACEHOLDER = regex.compile("[\U000f0000-\U000fffff]")


class _Writer:
    """Appends text and knows the offset it is at; puts figures in place of their placeholders."""

    def __init__(self, doc: _Doc) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.doc = doc
        self.heading = -1  # index in the log of the section being written
        self.record: _Written | None = None
        self.figures: list[tuple[int, int, int, int]] = []  # (start, end, figure index, log index)
        self.list_markers: list[tuple[int, int]] = []

    def emit(self, text: str) -> int:
        start = self.pos
        if _PLACEHOLDER.search(text) is not None:
            pieces = []
            for piece in regex.split("([\U000f0000-\U000fffff])", text):
                if piece and _PLACEHOLDER.fullmatch(piece):
                    index = ord(piece) - _FIGURE_BASE
                    figure = self.doc.figure_cases[index].text
                    self.figures.append((self.pos, self.pos + len(figure), index, self.heading))
                    piece = figure
                pieces.append(piece)
                self.pos += len(piece)
            self.parts.append("".join(pieces))
            return start
        self.parts.append(text)
        self.pos += len(text)
        return start

    def text(self) -> str:
        return "".join(self.parts)


def _item_marker(number: int) -> str:
    return cn_integer(number) + "是"


def _write_para(draw: st.DrawFn, out: _Writer, doc: _Doc, para: _Para) -> list[ItemCase]:
    if para.entries:
        start = out.emit(para.intro)
        for number, entry in enumerate(para.entries, start=1):
            _write_line_end(draw, out, doc)
            out.emit(doc.indent)
            marker = draw(_marker_text(para.list_style, number, doc.part_word))
            at = out.emit(marker)
            out.list_markers.append((at, at + len(marker)))
            out.emit(entry + ("。" if number == len(para.entries) else "；"))
        if out.record is not None:
            out.record.lists.append((start, out.pos))
        if para.after:
            _write_line_end(draw, out, doc)
            out.emit(doc.indent + para.after)
        return []
    if not para.items:
        out.emit(para.tail)
        return []
    out.emit(para.intro)
    found = []
    for number, (lead, closing, rest) in enumerate(para.items, start=1):
        start = out.emit(_item_marker(number))
        out.emit(lead + closing + rest)
        found.append(ItemCase(number, lead, start))
    return found


def _write_line_end(draw: st.DrawFn, out: _Writer, doc: _Doc) -> None:
    out.emit(doc.nl)
    if doc.blank and draw(st.integers(0, 3)) == 0:
        out.emit(doc.nl)


def _write_paras(draw: st.DrawFn, out: _Writer, doc: _Doc, paras: list[_Para]) -> list[ItemCase]:
    found = []
    for para in paras:
        out.emit(doc.indent)
        found += _write_para(draw, out, doc, para)
        _write_line_end(draw, out, doc)
    return found


@attrs.define
class _Written:
    node: _Node
    start: int
    title_start: int
    items: list[ItemCase]
    shift: int = 0  # expected depth - the node's depth in the generated tree
    lists: list[tuple[int, int]] = attrs.field(factory=list)


def _write_node(draw: st.DrawFn, out: _Writer, doc: _Doc, node: _Node, log: list[_Written], shift: int) -> None:
    start = out.emit(doc.indent)
    out.emit(draw(_marker_text(node.style, node.number, doc.part_word)))
    if node.alone:
        _write_line_end(draw, out, doc)
        out.emit(doc.indent)
    title_start = out.emit(node.title)
    record = _Written(node, start, title_start, [], shift)
    log.append(record)
    out.heading, out.record = len(log) - 1, record
    paras = node.paras
    if node.runin:
        out.emit("。")
        if paras:
            record.items += _write_para(draw, out, doc, paras[0])
            paras = paras[1:]
    _write_line_end(draw, out, doc)
    record.items += _write_paras(draw, out, doc, paras)
    for child in node.children:
        _write_node(draw, out, doc, child, log, shift)


def _renumber(group: list[_Node], at: int, code: str) -> None:
    for index, node in enumerate(group):
        if index >= at:
            node.number = index + (0 if code == "duplicate" else 2)  # 1,2,2,3 or 1,2,4,5


def _groups(nodes: list[_Node]) -> list[list[_Node]]:
    found = [nodes]
    for node in nodes:
        if node.children:
            found += _groups(node.children)
    return found


def _line_end(text: str, at: int) -> int:
    ends = [k for k in (text.find("\r", at), text.find("\n", at)) if k >= 0]
    return min(ends) if ends else len(text)


@st.composite
def _cut(draw: st.DrawFn, doc: _Doc, styles: Sequence[Style], tops: list[_Node]) -> list[tuple[int, list[_Node], _Node | None]]:
    """Where a fragment starts: ``[(level, written siblings, their missing parent), …]``, deepest first.

    The fragment starts at a node of depth ``d0`` (2 … the tree's depth);
    its missing ancestors are ``A1 … A(d0-1)``.  Level ``d0`` holds the
    start node and its later siblings, level ``L < d0`` the later siblings
    of ``A(L)`` (maybe none), each group written after the one below it.
    """
    start_depth = draw(st.integers(2, len(styles)))
    chain: list[tuple[list[_Node], int]] = []
    siblings = tops
    for level in range(1, start_depth):
        candidates = [i for i, node in enumerate(siblings) if node.children]
        if not candidates:
            i = draw(st.integers(0, len(siblings) - 1))
            siblings[i].children = _tree(draw, doc, styles, level + 1, draw(st.integers(1, 3)))
            candidates = [i]
        i = draw(st.sampled_from(candidates))
        chain.append((siblings, i))
        siblings = siblings[i].children
    first = draw(st.integers(0, len(siblings) - 1))
    groups: list[tuple[int, list[_Node], _Node | None]] = [(start_depth, siblings[first:], None)]
    for level in range(start_depth - 1, 0, -1):
        group, i = chain[level - 1]
        groups.append((level, group[i + 1 :], group[i]))
    return groups


@st.composite
def outlines(
    draw: st.DrawFn,
    *,
    max_depth: int = 3,
    fragment: bool | None = False,
    inject: Literal["duplicate", "gap"] | None = None,
    noise: bool = True,
    figures: bool = False,
    lists: bool = True,
    list_last: bool = True,
    long_run: bool | None = None,
) -> OutlineCase:
    """A random outline tree, rendered, with the outline and items a parser must find.

    The document draws its own order of styles (any ``max_depth`` of the
    seven :class:`~zhgovreport.Style`\\ s, so ``（一）`` may sit above
    ``一、`` as in gwr-1985), 1-4 top sections and 0-3 children per section,
    numbered 1..n.  Titles are standalone lines (``一、标题``) or run-in
    (``（一）标题。正文…``); a marker may stand alone on its line with the
    title on the next (gwr-1986 ``第一、`` / ``（一）``); bodies may hold
    items (``一是…。二是…；三是…。``).  Now and then (``long_run=None``;
    always with ``True``, never with ``False``) one sibling group is long:
    21-40 headings (``二十一、`` …), 95 up to :data:`LONG_RUN_CAP` for the
    Arabic styles (``100.`` …), at most :data:`MARKER_MAX` (``⑳``); the tree
    around it is kept small.

    ``lists`` puts in-sentence lists into bodies (outline spec §3): a line
    ending in ``：``, then entries ``一、…；`` ``二、…；`` … ``三、…。`` on
    their own lines, in any style but ``part``.  They are body text of the
    section that holds them, neither sections nor a reason to close it.
    With ``list_last=True`` (the default) a list may end the body, so that
    the next heading's line follows its last entry, even when that heading
    has the list's style and continues its numbering (``…：`` / ``1.…；`` /
    ``2.…。`` / ``3.完善制度``); ``list_last=False`` always puts a paragraph
    after a list.

    ``noise`` adds, per document: Traditional script, ``\\u3000\\u3000``
    indentation, ``\\r\\n`` line ends, blank lines, header lines
    (``某某市司法局2023年法治政府建设年度报告`` / ``发布日期:2024-02-29 09:02``)
    and a preamble paragraph, besides the marker variants (``(一)``/``（一）``,
    ``1.``/``１．``/``1、``) every document has.

    ``fragment=True`` cuts the text so that it starts below the top level
    (seed 004 starts at ``(四)``): the text starts at a node of depth 2 or
    more, its ancestors' headings are left out, and the levels follow
    :data:`USUAL_ORDER`.  Each missing ancestor whose later siblings are
    written (the text *climbs* to its level) is an implicit section in the
    expected outline (the ancestor's style and number, empty title,
    ``implicit=True``), as the tree stage's rule builds it one climb at a
    time (``(1)…(2)`` then ``(二)`` then ``二、``: an implicit ``一、`` holding an
    implicit ``（一）`` holding ``(1)(2)``).  Missing ancestors never climbed
    to leave no level: a fragment that never climbs has its first sections at
    depth 1.  ``fragment=None`` draws either.

    ``inject="duplicate"`` or ``"gap"`` renumbers one sibling group from its
    second member on (``1,2,2,3`` or ``1,2,4,5``) and records it in
    :attr:`OutlineCase.injection`.

    ``figures=True`` puts quantities into body sentences and list entries
    and records them in :attr:`OutlineCase.figures` (the expected outline
    is unchanged); :func:`reports` uses it.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, deadline=None)
    ... @given(outlines())
    ... def check(case):
    ...     for h in case.headings:
    ...         assert case.text[h.title_start : h.title_start + len(h.title)] == h.title
    >>> check()
    """
    if fragment is None:
        fragment = draw(st.booleans())
    if inject is not None:
        fragment = False
    depth = draw(st.integers(1 if not fragment else 2, max(max_depth, 2 if fragment else 1)))
    styles = tuple(draw(st.permutations(list(Style)))[:depth])
    if fragment:
        styles = tuple(sorted(styles, key=USUAL_ORDER.index))
    noisy = noise and draw(st.booleans())
    doc = _Doc(
        trad=noisy and draw(st.integers(0, 3)) == 0,
        nl="\r\n" if noisy and draw(st.integers(0, 3)) == 0 else "\n",
        indent="\u3000\u3000" if noisy and draw(st.integers(0, 2)) == 0 else "",
        blank=noisy and draw(st.booleans()),
        figures=figures,
        part_word=draw(st.sampled_from(_PART_WORDS)),
        lists=lists,
        list_last=list_last,
    )
    if doc.trad:
        doc.part_word = traditional(doc.part_word)
    if long_run is None:
        long_run = draw(st.integers(0, 11)) == 0  # a long sibling run: numbering at scale
    if long_run:
        doc.kids = 1  # a smaller tree around it: the whole case must fit hypothesis' buffer
    top_count = draw(st.integers(2 if inject else 1, 2 if long_run else 4))
    tops = _tree(draw, doc, styles, 1, top_count)

    if long_run:
        group = draw(st.sampled_from(_groups(tops)))
        _lengthen(draw, doc, group, MARKER_MAX[group[0].style] - (1 if inject == "gap" else 0))

    groups: list[tuple[int, list[_Node], _Node | None]] = [(1, tops, None)]
    if fragment:
        groups = draw(_cut(doc, styles, tops))

    injection_node: _Node | None = None
    if inject is not None:
        candidates = [g for g in _groups(tops) if len(g) >= 2]
        group = draw(st.sampled_from(candidates))
        at = draw(st.integers(1, len(group) - 1))
        _renumber(group, at, inject)
        injection_node = group[at]

    # Expected depths (fragments): an implicit section for every level the text climbs to.
    climbed = [level for level, nodes, _ in groups[1:] if nodes]
    implicit: list[HeadingCase] = []
    for level, nodes, parent in sorted(groups[1:], key=lambda g: g[0]):
        if nodes and parent is not None:
            above = sum(1 for other in climbed if other < level)
            implicit.append(HeadingCase(1 + above, styles[level - 1], parent.number, "", (), True))

    out = _Writer(doc)
    preamble_items: list[ItemCase] = []
    agency_simp, agency_trad = draw(st.sampled_from(AGENCIES))
    agency = agency_trad if doc.trad else agency_simp
    year = draw(st.integers(2015, 2024))
    if noisy and draw(st.booleans()):
        out.emit(f"{agency}{year}年法治政府建设年度报告")
        _write_line_end(draw, out, doc)
        if draw(st.booleans()):
            month, day = draw(st.integers(1, 3)), draw(st.integers(1, 28))
            out.emit(f"发布日期:{year + 1}-{month:02d}-{day:02d} 09:02")
            _write_line_end(draw, out, doc)
    if not fragment and noisy and draw(st.booleans()):
        out.emit(doc.indent + f"{year}年,{agency}" + _sentence(draw, doc))
        para = _para(draw, doc, with_items=draw(st.booleans()))
        if para.entries:  # the preamble holds no list: keep its paragraph plain
            para = _Para("", [], _sentence(draw, doc))
        preamble_items = _write_para(draw, out, doc, para)
        _write_line_end(draw, out, doc)

    log: list[_Written] = []
    for level, nodes, _ in groups:
        shift = 1 + sum(1 for other in climbed if other < level) - level
        for root in nodes:
            _write_node(draw, out, doc, root, log, shift)
    text = out.text()
    if text.endswith(doc.nl) and draw(st.booleans()):
        text = text[: -len(doc.nl)]  # no final line break

    headings: list[HeadingCase] = list(implicit)
    injection = None
    for record in log:
        node = record.node
        if node is injection_node and inject is not None:
            injection = Injection(inject, len(headings))
        headings.append(
            HeadingCase(
                node.depth + record.shift,
                node.style,
                node.number,
                node.title,
                tuple(record.items),
                False,
                record.start,
                record.title_start,
                _line_end(text, record.title_start),
                node.alone,
                tuple(record.lists),
            )
        )
    found = tuple(
        FigureCase(start, end, doc.figure_cases[index], -1 if heading < 0 else heading + len(implicit))
        for start, end, index, heading in out.figures
    )
    return OutlineCase(
        text, tuple(headings), tuple(preamble_items), styles, bool(fragment), injection, found, tuple(out.list_markers)
    )


def reports() -> st.SearchStrategy[str]:
    """Report text (header, preamble, outline, items and figures), for fuzzing pipelines.

    >>> from hypothesis import given, settings
    >>> import zhgovreport
    >>> @settings(max_examples=5, deadline=None)
    ... @given(reports())
    ... def check(text):
    ...     assert isinstance(text, str) and text
    >>> check()
    """
    return outlines(fragment=None, figures=True).map(lambda case: case.text)


# --- mutations -----------------------------------------------------------

_NOISE = st.sampled_from(
    ("??", "\u3000\u3000", "\r\n", "\n\n", "（", "）", "一是", "1.", "(一)", "一、", "①", "第一部分", "5.4万多件", "。", "：", "\ufeff", " ")
)


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[str] | str) -> str:
    """``base`` (a text, or a strategy of texts) damaged the way real pages are.

    Up to five edits, each one of: delete a line, duplicate a line, swap the
    marker at a line's start for another style's, insert noise (``??``,
    markers, figures, line breaks, ``\\ufeff``) or random text at a random
    place, cut the text at a random offset.  The result is still a ``str``.
    """
    text = base if isinstance(base, str) else draw(base)
    for _ in range(draw(st.integers(0, 5))):
        op = draw(st.sampled_from(("delete", "duplicate", "swap", "insert", "insert_text", "truncate")))
        lines = text.splitlines(keepends=True)
        if op in ("delete", "duplicate", "swap") and lines:
            index = draw(st.integers(0, len(lines) - 1))
            if op == "delete":
                del lines[index]
            elif op == "duplicate":
                lines.insert(index, lines[index])
            else:
                line = lines[index]
                cut = draw(st.integers(0, min(len(line), 6)))
                style = draw(st.sampled_from(list(Style)))
                lines[index] = draw(_marker_text(style, draw(st.integers(1, 20)))) + line[cut:]
            text = "".join(lines)
        elif op == "insert":
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(_NOISE) + text[at:]
        elif op == "insert_text":
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(st.text(max_size=20)) + text[at:]
        elif op == "truncate" and text:
            text = text[: draw(st.integers(0, len(text)))]
    return text


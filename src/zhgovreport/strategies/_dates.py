"""Date mentions in every written form, with their exact dates (indicators spec §3).

The plan series, the relative words and their offsets are the spec's, written
out again here on purpose: a case's expected dates must not come from the
library's own tables (``zhgovreport.dates.vocab``).
"""

from __future__ import annotations

import datetime

import attrs
from hypothesis import strategies as st

from zhgovreport.model import DateKind, Resolution
from zhgovreport.strategies._render import YEAR_DIGITS, cn_integer, fullwidth

__all__ = ["DateCase", "dates"]

D = datetime.date
Y, M, DAY = Resolution.YEAR, Resolution.MONTH, Resolution.DAY


@attrs.frozen
class DateCase:
    """A generated date mention and what :func:`~zhgovreport.extract_dates` must return for it."""

    text: str
    first: datetime.date | None
    last: datetime.date | None
    resolution: Resolution
    kind: DateKind
    year: int | None = None
    """The year the text speaks from (``extract_dates(text, year=...)``); ``None``
    when the mention names its own year, or to test a relative word without one."""

    @property
    def calendar(self) -> bool:
        """A calendar date, year or period (never a quantity); ``False`` for a relative one."""
        return self.kind is not DateKind.RELATIVE


# --- writing a year, a month, a day ------------------------------------------------------

_CN_DIGIT = YEAR_DIGITS  # by value; a zero is written any of _ZEROS
_ZEROS = ("〇", "○", "零", "O", "Ｏ")
_CONNECTORS = ("-", "—", "～", "~", "至", "到", "－", "–")


_SCRIPT = {"arabic": "arabic", "fullwidth": "arabic", "spaced": "spaced", "chinese": "chinese", "mixed": "chinese"}


@st.composite
def _year(draw: st.DrawFn, year: int) -> tuple[str, str]:
    """``year`` written as a report may: ``2022``, ``２０２２``, ``1 9 9 3``, ``二〇二二``, ``二0二二``, ``二０１０``.

    Returns the text and its script (``arabic``, ``spaced`` or ``chinese``):
    the two ends of ``2021-2025年`` share one.
    """
    digits = str(year)
    form = draw(st.sampled_from(sorted(_SCRIPT)))
    if form == "arabic":
        return digits, _SCRIPT[form]
    if form == "fullwidth":
        return fullwidth(digits), _SCRIPT[form]
    if form == "spaced":
        return " ".join(digits), _SCRIPT[form]  # gwr-1998: 1 9 9 3 年
    out = [_CN_DIGIT[int(digits[0])]]
    for d in digits[1:]:
        how = draw(st.sampled_from(("cn", "ascii", "fullwidth"))) if form == "mixed" else "cn"
        if how == "ascii":
            out.append(d)
        elif how == "fullwidth":
            out.append(fullwidth(d))
        else:
            out.append(draw(st.sampled_from(_ZEROS)) if d == "0" else _CN_DIGIT[int(d)])
    return "".join(out), _SCRIPT[form]


@st.composite
def _small(draw: st.DrawFn, n: int) -> str:
    """A month, day or quarter: ``3``, ``03``, ``３``, ``三``, ``二十三``."""
    form = draw(st.sampled_from(("arabic", "padded", "fullwidth", "chinese")))
    if form == "arabic":
        return str(n)
    if form == "padded":
        return f"{n:02d}"
    if form == "fullwidth":
        return fullwidth(str(n))
    return cn_integer(n)


_years = st.integers(1000, 2999)
_report_years = st.integers(1950, 2060)


def _last_day(year: int, month: int) -> int:
    following = D(year + month // 12, month % 12 + 1, 1)
    return (following - datetime.timedelta(days=1)).day


# --- absolute forms ----------------------------------------------------------------------


@st.composite
def _calendar(draw: st.DrawFn) -> DateCase:
    """A year, a month or a day, with or without ``年``/``月``/``日``: ``2023年2月23日``, ``2023.2.23``."""
    year = draw(_years)
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, _last_day(year, month)))
    form = draw(st.sampled_from(("ymd", "separated", "ym", "year")))
    ytext, _ = draw(_year(year))
    if form == "separated":
        sep = draw(st.sampled_from(("-", "/", ".")))
        text = f"{year}{sep}{draw(_small_arabic(month))}{sep}{draw(_small_arabic(day))}"
        return DateCase(fullwidth(text) if draw(st.booleans()) else text, D(year, month, day), D(year, month, day), DAY, DateKind.DATE)
    if form == "ymd":
        mark = draw(st.sampled_from(("日", "号")))
        text = f"{ytext}年{draw(_small(month))}月{draw(_small(day))}{mark}"
        return DateCase(text, D(year, month, day), D(year, month, day), DAY, DateKind.DATE)
    if form == "ym":
        text = f"{ytext}年{draw(_small(month))}月" + draw(st.sampled_from(("", "份")))
        return DateCase(text, D(year, month, 1), D(year, month, 1), M, DateKind.DATE)
    text = ytext + "年" + draw(st.sampled_from(("", "度", "底", "末", "初")))
    return DateCase(text, D(year, 1, 1), D(year, 1, 1), Y, DateKind.DATE)


@st.composite
def _small_arabic(draw: st.DrawFn, n: int) -> str:
    return f"{n:02d}" if draw(st.booleans()) else str(n)


@st.composite
def _year_range(draw: st.DrawFn) -> DateCase:
    """``2021-2025年``, ``一九八六—一九九〇年``, ``2021年至2025年``, ``一九八六年到一九九〇年``."""
    first = draw(st.integers(1000, 2998))
    last = draw(st.integers(first + 1, min(first + 50, 2999)))
    conn = draw(st.sampled_from(_CONNECTORS))
    a, a_script = draw(_year(first))
    b, b_script = draw(_year(last))
    if a_script == b_script and draw(st.booleans()):
        text = f"{a}{conn}{b}年" + draw(st.sampled_from(("", "度")))
    else:
        text = f"{a}年{conn}{b}年"
    return DateCase(text, D(first, 1, 1), D(last, 1, 1), Y, DateKind.INTERVAL)


@st.composite
def _year_part(draw: st.DrawFn) -> tuple[str, int | None, int]:
    """What a month part follows: a year (``2022年``), or nothing (the report's year).

    Returns (text, the report's year to pass or ``None``, the year meant).
    """
    if draw(st.booleans()):
        year = draw(_years)
        text, _ = draw(_year(year))
        return text + "年", None, year
    year = draw(_report_years)
    return "", year, year


@st.composite
def _months(draw: st.DrawFn) -> DateCase:
    """A run of months, a run of days, a quarter or a half: ``1-10月份``, ``10月9日至16日``, ``前三季度``, ``上半年``."""
    head, context, year = draw(_year_part())
    form = draw(st.sampled_from(("months", "joined months", "days", "quarter", "half", "month", "day")))
    if form in ("months", "joined months"):
        a = draw(st.integers(1, 11))
        b = draw(st.integers(a + 1, 12))
        conn = draw(st.sampled_from(_CONNECTORS))
        if form == "months":
            text = f"{draw(_small(a))}{conn}{draw(_small(b))}月" + draw(st.sampled_from(("", "份")))
        else:
            text = f"{draw(_small(a))}月{conn}{draw(_small(b))}月"
        return DateCase(head + text, D(year, a, 1), D(year, b, 1), M, DateKind.INTERVAL, context)
    if form == "days":
        month = draw(st.integers(1, 12))
        a = draw(st.integers(1, _last_day(year, month) - 1))
        b = draw(st.integers(a + 1, _last_day(year, month)))
        conn = draw(st.sampled_from(_CONNECTORS))
        text = f"{draw(_small(month))}月{draw(_small(a))}日{conn}{draw(_small(b))}日"
        return DateCase(head + text, D(year, month, a), D(year, month, b), DAY, DateKind.INTERVAL, context)
    if form == "quarter":
        q = draw(st.integers(1, 4))
        q_text = draw(st.sampled_from((str(q), fullwidth(str(q)), cn_integer(q))))
        lead = draw(st.sampled_from(("", "第", "前"))) if q > 1 else draw(st.sampled_from(("", "第")))
        first_month = 1 if lead == "前" else 3 * q - 2
        text = f"{lead}{q_text}季度"
        return DateCase(head + text, D(year, first_month, 1), D(year, 3 * q, 1), M, DateKind.INTERVAL, context)
    if form == "half":
        upper = draw(st.booleans())
        first_month = 1 if upper else 7
        text = ("上" if upper else "下") + "半年"
        return DateCase(head + text, D(year, first_month, 1), D(year, first_month + 5, 1), M, DateKind.INTERVAL, context)
    month = draw(st.integers(1, 12))
    if form == "month":
        text = f"{draw(_small(month))}月" + draw(st.sampled_from(("", "份", "底")))
        return DateCase(head + text, D(year, month, 1), D(year, month, 1), M, DateKind.DATE, context)
    day = draw(st.integers(1, _last_day(year, month)))
    text = f"{draw(_small(month))}月{draw(_small(day))}日"
    return DateCase(head + text, D(year, month, day), D(year, month, day), DAY, DateKind.DATE, context)


# --- plans ------------------------------------------------------------------------------

# (number, first year) of the five-year plans (spec §3: 一五 1953, 二五 1958, 三五 1966, then
# every five years) and of the 普法 plans (一五普法 1986, then every five years).
_PLAN_FIRST = {1: 1953, 2: 1958, **{n: 1966 + 5 * (n - 3) for n in range(3, 16)}}
_PUFA_FIRST = {n: 1986 + 5 * (n - 1) for n in range(1, 9)}


def _distance(first: int, year: int) -> int:
    last = first + 4
    return 0 if first <= year <= last else min(abs(year - first), abs(year - last))


@st.composite
def _plan(draw: st.DrawFn) -> DateCase:
    """``“十四五”时期``, ``十四五规划``, ``第一个五年计划``, ``“八五”普法``, ``“七五”期间``, ``“五五”末期``."""
    pufa = draw(st.booleans())
    n = draw(st.integers(1, 8 if pufa else 15))
    name = cn_integer(n) + "五"
    context: int | None = None
    if pufa:
        text = draw(st.sampled_from((f"“{name}”普法", f"{name}普法", f"第{cn_integer(n)}个五年法治宣传教育规划")))
        first, kind = _PUFA_FIRST[n], DateKind.PUFA_PLAN
    else:
        word = draw(st.sampled_from(("计划", "规划", "时期", "期间", "末", "末期", "初", "")))
        quoted = word == "" or draw(st.booleans())
        numbered = word in ("计划", "规划") and draw(st.booleans())
        text = f"第{cn_integer(n)}个五年{word}" if numbered else (f"“{name}”" if quoted else name) + word
        first, kind = _PLAN_FIRST[n], DateKind.FIVE_YEAR_PLAN
        if word != "计划" and n in _PUFA_FIRST and draw(st.booleans()):
            # no 计划 and no 普法: the series nearer the report's year
            context = draw(_report_years)
            if _distance(_PUFA_FIRST[n], context) < _distance(first, context):
                first, kind = _PUFA_FIRST[n], DateKind.PUFA_PLAN
        if word.startswith("末"):
            return DateCase(text, D(first + 4, 1, 1), D(first + 4, 1, 1), Y, kind, context)
        if word.startswith("初"):
            return DateCase(text, D(first, 1, 1), D(first, 1, 1), Y, kind, context)
    return DateCase(text, D(first, 1, 1), D(first + 4, 1, 1), Y, kind, context)


# --- relative years ---------------------------------------------------------------------

# word: (first, last) years after the report's year (spec §3)
_RELATIVE = {
    "今年": (0, 0), "本年": (0, 0), "本年度": (0, 0), "去年": (-1, -1), "前年": (-2, -2), "明年": (1, 1),
    "今明两年": (0, 1), "明后年": (1, 2), "上年": (-1, -1), "上一年": (-1, -1), "上年度": (-1, -1),
}  # fmt: skip
_BACK = ("过去", "过去的")  # 过去N年: the N years before
_ON = ("今后", "今后的", "未来", "未来的")  # 今后N年: N years from the report's year on


@st.composite
def _relative(draw: st.DrawFn) -> DateCase:
    """``今年``, ``去年一季度``, ``今年4月``, ``上年``, ``过去五年``, ``今后的五年``; maybe with no year to count from."""
    year = draw(_report_years)
    known = draw(st.integers(0, 5)) > 0
    if draw(st.booleans()):
        n = draw(st.integers(1, 30))
        word = draw(st.sampled_from(_BACK + _ON))
        count = draw(st.sampled_from((str(n), cn_integer(n) if n != 2 else "两", cn_integer(n))))
        text = f"{word}{count}年"
        a, b = (year - n, year - 1) if word in _BACK else (year, year + n - 1)
        first, last, res = D(a, 1, 1), D(b, 1, 1), Y
    else:
        word = draw(st.sampled_from(sorted(_RELATIVE)))
        a, b = (year + k for k in _RELATIVE[word])
        part = draw(st.sampled_from(("", "month", "quarter", "half") if a == b else ("",)))
        text, first, last, res = word, D(a, 1, 1), D(b, 1, 1), Y
        if part == "month":
            month = draw(st.integers(1, 12))
            text, first, last, res = word + draw(_small(month)) + "月", D(a, month, 1), D(a, month, 1), M
        elif part == "quarter":
            q = draw(st.integers(1, 4))
            text, first, last, res = word + cn_integer(q) + "季度", D(a, 3 * q - 2, 1), D(a, 3 * q, 1), M
        elif part == "half":
            upper = draw(st.booleans())
            m = 1 if upper else 7
            text, first, last, res = word + ("上" if upper else "下") + "半年", D(a, m, 1), D(a, m + 5, 1), M
    if not known:
        return DateCase(text, None, None, res, DateKind.RELATIVE, None)
    return DateCase(text, first, last, res, DateKind.RELATIVE, year)


def dates(*, relative: bool = True) -> st.SearchStrategy[DateCase]:
    """One date mention and its dates (:class:`DateCase`), in every written form of spec §3.

    Calendar dates and years (Arabic, fullwidth, ``1 9 9 3``, Chinese digit by
    digit with any zero ``〇○零O``, mixed ``二0二0``, ``二０１０``), with month and day
    (``2023年2月23日``, ``2023.2.23``, ``二〇二三年二月二十三日``); ranges of years,
    months and days; quarters and halves; five-year plans and 普法 plans; and,
    unless ``relative=False``, relative years (``今年``, ``上年``, ``过去五年``).
    A mention without a year of its own carries the year to pass as ``year=``.

    >>> from hypothesis import given, settings
    >>> from zhgovreport import extract_dates
    >>> @settings(max_examples=25, deadline=None)
    ... @given(dates())
    ... def test_dates(case):
    ...     (d,) = extract_dates(case.text, year=case.year)
    ...     assert (d.text, d.first, d.last, d.resolution, d.kind) == (
    ...         case.text, case.first, case.last, case.resolution, case.kind)
    >>> test_dates()
    """
    forms = [_calendar(), _year_range(), _months(), _plan()]
    if relative:
        forms.append(_relative())
    return st.one_of(forms)

"""The date grammar: every way a report writes a date, year or period, as one table of forms.

Each :class:`Form` is a regex over *folded* text (fullwidth digits are ASCII,
``Ｏ`` is ``O``) with named groups for the reader.  The same table serves two
stages, so the two can never disagree:

* :mod:`zhgovreport.dates.read` compiles every form into one pattern (first
  form first) and turns each match into a :class:`~zhgovreport.model.DateMention`;
* the quantities scanner skips the forms marked ``exclude`` (their groups
  removed by :func:`exclusion`): a calendar date or year is never a quantity
  (``二00八年`` is no ``00`` and no ``八年``).  Forms whose numeral is a
  duration (``过去二十八年``) or that hold no numeral (``今年``) are not
  excluded.

The Chinese digits come from :mod:`zhgovreport.numerals`, the one home of the
digit sets; the words (relative years, plan names, connectors) from
:mod:`zhgovreport.dates.vocab`.  Every repetition is bounded, so a form tried
at every position of a text costs O(1) there and the pass stays linear.

>>> import re
>>> [f.name for f in FORMS if f.exclude and re.fullmatch(exclusion(f.pattern), "二00八年", FLAGS)]
['cn year']
"""

from __future__ import annotations

import re
from typing import NamedTuple

from zhgovreport.dates import vocab
from zhgovreport.numerals import CN_DIGITS, CN_NUMERAL_CHARS, CN_PLACES, CN_PLAIN_DIGITS

__all__ = [
    "CN_LED_SECOND",
    "DIGIT_LED_SECOND",
    "CN_ONE_TO_NINE",
    "CN_TEN",
    "CN_ZEROS",
    "FLAGS",
    "FORMS",
    "SECOND_CHARS",
    "STARTS",
    "WORD_FIRST",
    "YEAR_NUMERAL",
    "YEAR_DIGITS",
    "Form",
    "exclusion",
    "year_digit",
]

FLAGS = re.ASCII
"""``\\d`` is ``[0-9]`` (as in the quantities scanner); Chinese is matched by explicit classes."""

# --- the digit sets (from numerals: never written out here) ----------------------

CN_ZEROS = CN_PLAIN_DIGITS[:3]
"""The Chinese zeros of a digit-by-digit numeral: ``〇``, ``○``, ``零``."""
CN_ONE_TO_NINE = CN_PLAIN_DIGITS[3:]
"""``一`` … ``九`` in order (index + 1 is the value)."""
CN_TEN = CN_PLACES[0]
"""``十``."""

YEAR_DIGITS = CN_PLAIN_DIGITS + "0123456789O"
"""What a year written digit by digit may hold after its first digit: Chinese
digits, ASCII digits (fullwidth ones fold to them: ``二０１０年``) and the
letter ``O`` typed for a zero (``一九八O年``)."""

_ZERO_LIKE = CN_ZEROS + "O"


def year_digit(char: str) -> int:
    """The value of one digit of a year (:data:`YEAR_DIGITS`).

    >>> [year_digit(c) for c in "二0○O九"]
    [2, 0, 0, 0, 9]
    """
    if char in _ZERO_LIKE:
        return 0
    if "0" <= char <= "9":
        return ord(char) - ord("0")
    return CN_ONE_TO_NINE.index(char) + 1


def _cls(chars: str) -> str:
    return "[" + re.escape(chars) + "]"


_ALL_NUMERALS = _cls(CN_NUMERAL_CHARS + "0123456789")
_CONN = _cls(vocab.CONNECTORS)
_ONE_TWO = CN_ONE_TO_NINE[:2]  # a year of the 2nd millennium or the 3rd: 1xxx, 2xxx

# Years.  A year is four digits, first 1 or 2, and is not part of a longer numeral.
_AR_YEAR = r"(?<![0-9.])[12][0-9]{3}(?![0-9])"
_SPACED_YEAR = r"(?<![0-9.])[12](?: [0-9]){3}(?![0-9])"  # gwr-1998: 1 9 9 3 年
_CN_YEAR = rf"(?<!{_ALL_NUMERALS}){_cls(_ONE_TWO)}{_cls(YEAR_DIGITS)}{{3}}(?!{_cls(YEAR_DIGITS)})"

# Months and days: Arabic (validated by the reader) or Chinese (十二, 三十一).
_CN_MONTH = rf"(?:{CN_TEN}{_cls(_ONE_TWO)}?|{_cls(CN_ONE_TO_NINE)})"
_CN_DAY = rf"(?:{_cls(CN_ONE_TO_NINE[:3])}?{CN_TEN}{_cls(CN_ONE_TO_NINE)}?|{_cls(CN_ONE_TO_NINE)})"
_AR_TWO = "[0-9](?: ?[0-9])?"  # 12, and gwr-1998's spaced 1 2
_MONTH = rf"(?:{_AR_TWO}|{_CN_MONTH})"
_DAY = rf"(?:{_AR_TWO}|{_CN_DAY})"
_QUARTER = _cls(CN_ONE_TO_NINE[:4] + "1234")
_LIANG = CN_DIGITS[len(CN_PLAIN_DIGITS)]  # 两: 过去两年


def _month_part(ar: bool | None) -> str:
    """What may follow a year (or stand alone): a month range, a month (and day), a quarter, a half.

    ``ar``: the script of the first numeral (for forms that must start with
    one kind of character); ``None``: either, and the ``前``/``第`` quarter
    leads and the halves too.
    """
    month = _MONTH if ar is None else (_AR_TWO if ar else _CN_MONTH)
    quarter = _QUARTER if ar is None else ("[1-4]" if ar else _cls(CN_ONE_TO_NINE[:4]))
    lead = "(?P<qlead>第|前)?" if ar is None else ""
    half = "|(?P<h>[上下])半年" if ar is None else ""
    return (
        rf"(?:(?P<m1>{month}) ?{_CONN} ?(?P<m2>{_MONTH}) ?月份?"  # 1-10月份, 一至十月
        rf"|(?P<m>{month}) ?月份?(?: ?(?P<d>{_DAY}) ?[日号](?: ?{_CONN} ?(?P<d2>{_DAY}) ?[日号])?)?"  # 3月, 3月31日, 十月一日, 10月9日至16日
        rf"|{lead}(?P<q>{quarter}) ?季度"  # 一季度, 四季度, 前三季度
        rf"{half})"
    )


_TAIL = r"(?P<tail>底|初(?!步)|末)?"  # 2023年底, 一九五三年底, 12月底; 初步 is a word

_RELATIVE = "|".join(
    (rf"(?<![{re.escape(r.not_after)}])" if r.not_after else "") + re.escape(r.surface)
    for r in sorted(vocab.RELATIVE_YEARS, key=lambda r: -len(r.surface))
)
_WINDOW = "|".join(re.escape(w.surface) for w in sorted(vocab.WINDOWS, key=lambda w: -len(w.surface)))
_PLAN_NUMBER = rf"(?:{CN_TEN}{_cls(CN_ONE_TO_NINE)}?|{_cls(CN_ONE_TO_NINE)})"  # 一 … 十九
_PUFA = "|".join(vocab.PUFA_WORDS)
_PLAN_WORD = "|".join(vocab.PLAN_WORDS)


class Form(NamedTuple):
    """One written form of a date or period."""

    name: str
    pattern: str
    """A regex over folded text; its named groups are what :mod:`~zhgovreport.dates.read` reads."""
    example: str
    read: str | None
    """How the reader reads it (``None``: a date-like stretch that is no
    mention, such as a time of day, but still no quantity)."""
    exclude: bool = True
    """Whether the quantities scanner skips it (it never holds a quantity)."""
    starts: str = ""
    """What its first character is: ``digit`` (and no digit before it),
    ``numeral`` (a Chinese numeral, and no numeral before it) or ``word``."""


def _led(starts: str, *forms: Form) -> tuple[Form, ...]:
    return tuple(form._replace(starts=starts) for form in forms)


def _year_forms(script: str, year: str, examples: tuple[str, str]) -> list[Form]:
    """A range of years and a year (with its month, day, quarter…) whose digits are ``year``."""
    return [
        Form(
            f"{script} year range",
            rf"(?P<y1>{year}) ?{_CONN} ?(?P<y2>{year})(?: ?(?P<nian>年)(?:度)?)?",
            examples[0],
            "year_range",
        ),
        Form(
            f"{script} year",
            rf"(?P<y>{year}) ?年(?:(?P<du>度|份)|(?: ?{_month_part(None)})?{_TAIL})",
            examples[1],
            "calendar",
        ),
    ]


_NOT_AFTER_NUMERAL = f"(?<!{_ALL_NUMERALS})"

FORMS: tuple[Form, ...] = (
    *_led(
        "digit",
        Form(
            "dotted date",
            rf"(?P<y>{_AR_YEAR}) ?[-/.] ?(?P<m>[0-9]{{1,2}}) ?[-/.] ?(?P<d>[0-9]{{1,2}})(?![0-9])(?: ?[日号])?",
            "2023-02-23, 2023.2.23, 2021/3/12",
            "calendar",
        ),
        Form("decade", r"(?<![0-9])(?:[0-9]{2}){1,2} ?年代", "90年代, 1990年代", None),
        *_year_forms(
            "arabic",
            _AR_YEAR,
            (
                "2021-2025年, 2021—2025年, (2021-2025)",
                "2023年2月23日, 2022年度, 2022年1-10月, 2020年四季度, 2023年上半年, 2023年底",
            ),
        ),
        *_year_forms("spaced", _SPACED_YEAR, ("1 9 9 3 - 1 9 9 7 年", "1 9 9 3 年3 月 (gwr-1998), 1 9 9 9 年1 2 月2 0 日")),
        Form("year month", rf"(?P<y>{_AR_YEAR})[-/](?P<m>[0-9]{{1,2}})(?![0-9.])", "2021-05", "calendar"),
        Form("century", r"(?<![0-9])[0-9]{1,2} ?世纪", "21世纪", None),
        Form(
            "month",
            rf"(?<![0-9]){_month_part(True)}{_TAIL}",
            "1-10月份, 1至12月, 3月31日, 5月份, 3季度",
            "month",
        ),
        Form("day", r"(?<![0-9])[0-9]{1,2} ?(?:号|日(?!以?内|之内|元))", "9日 (7日内 is a duration; 2日元 is money)", None),
        Form(
            "time",
            r"(?<![0-9])(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|[0-9]{1,2}时(?:[0-9]{1,2}分)?)",
            "14:54, 8时30分",
            None,
        ),
        Form("month dot day", r"(?<![0-9])[0-9]{1,2}·[0-9]{1,2}", "12·4 (“12·4”宪法宣传周)", None),
    ),
    *_led(
        "numeral",
        Form("cn decade", rf"{_NOT_AFTER_NUMERAL}{_cls(CN_NUMERAL_CHARS)}{{1,6}}年代", "五十年代, 八十年代", None),
        *_year_forms(
            "cn",
            _CN_YEAR,
            ("一九八六—一九九〇年", "二〇二三年二月二十三日, 一九八○年, 二00八年, 二０１０年, 一九八O年, 一九五三年底"),
        ),
        Form("cn century", rf"{_NOT_AFTER_NUMERAL}{_cls(CN_NUMERAL_CHARS)}{{1,4}}世纪", "二十一世纪", None),
        Form(
            "five-year plan",
            rf"{_NOT_AFTER_NUMERAL}(?P<n>{_PLAN_NUMBER})五(?P<close>[”\"’])?(?P<w>{_PUFA}|{_PLAN_WORD}|末期?|初期?)",
            "十四五规划, 八五普法, 七五”期间 (its opening “ is read by the quoted form)",
            "plan",
        ),
        Form(
            "plan name",
            rf"{_NOT_AFTER_NUMERAL}{CN_ONE_TO_NINE[4]}年(?:{_PUFA}|计划|规划)",
            "五年法治宣传教育规划 (第一个五年法治宣传教育规划 is read from its 第)",
            None,
        ),
        Form(
            "cn month",
            rf"{_NOT_AFTER_NUMERAL}{_month_part(False)}{_TAIL}",
            "三月, 十月一日, 一至十月, 一季度",
            "month",
        ),
    ),
    # -- no numeral first, or a duration: read, never excluded --
    *_led(
        "word",
        Form(
            "quoted plan",
            rf"(?P<open>[“\"‘])(?P<n>{_PLAN_NUMBER})五(?P<close>[”\"’])(?P<w>{_PUFA}|{_PLAN_WORD}|末期?|初期?)?",
            "“十四五”时期, “八五”普法, “六五”",
            "plan",
            exclude=False,
        ),
        Form(
            "numbered plan",
            rf"第(?P<n>{_PLAN_NUMBER})个五年(?P<w>{_PUFA}|计划|规划)(?:时期|期间)?",
            "第一个五年计划, 第十四个五年规划, 第八个五年法治宣传教育规划",
            "plan",
            exclude=False,
        ),
        Form(
            "relative year",
            rf"(?P<rel>{_RELATIVE})(?:{_month_part(None)})?{_TAIL}",
            "今年, 去年一季度, 今年4月, 上年, 今明两年",
            "relative",
            exclude=False,
        ),
        Form(
            "window",
            rf"(?P<win>{_WINDOW})(?P<n>[0-9]{{1,2}}|{_cls(CN_ONE_TO_NINE + CN_TEN + _LIANG)}{{1,3}}) ?年(?![代度底初末])",
            "过去五年, 过去的五年, 过去二十八年, 今后五年, 未来五年",
            "window",
            exclude=False,
        ),
        Form(
            "lead quarter or half",
            rf"(?:(?P<qlead>第|前)(?P<q>{_QUARTER}) ?季度|(?P<h>[上下])半年)",
            "第一季度, 前三季度, 上半年",
            "month",
            exclude=False,
        ),
    ),
)
"""Every form, in the order they are tried at a position (the first that
matches wins, so the longer reading of the same start comes first): those
that start with a digit, then with a Chinese numeral, then with a word (the
three never start on the same character)."""

CN_LED_SECOND = "".join(sorted(set(YEAR_DIGITS + vocab.CONNECTORS + " 年月季世五")))
"""Every character that may come second in a Chinese-led form the scanner
excludes (``二0``, ``三至五月``, ``十四五``, ``一季度``): the scanner tries the
Chinese-led exclusions only when one of these follows the first character."""

WORD_FIRST = "".join(
    sorted(
        set("“\"‘第前上下")
        | {r.surface[0] for r in vocab.RELATIVE_YEARS}
        | {w.surface[0] for w in vocab.WINDOWS}
    )
)
"""Every character a ``word`` form may start with."""

_WORD_SECOND = "".join(
    sorted(
        set(CN_ONE_TO_NINE + CN_TEN + "1234" + "半")  # “十四五”, 第一个, 第1季度, 前三季度, 上半年
        | {r.surface[1] for r in vocab.RELATIVE_YEARS}
        | {w.surface[1] for w in vocab.WINDOWS}
    )
)

DIGIT_LED_SECOND = "".join(sorted(set("0123456789" + vocab.CONNECTORS + " ./:·年月日号时世季")))
"""Every character that may come second in a digit-led form (``20``, ``9日``, ``2021-05``,
``12·4``, ``8:30``, ``21世纪``, ``1 9 9 3``, ``3季度``); a test reads it off the forms."""

SECOND_CHARS = "".join(sorted(set(CN_NUMERAL_CHARS + CN_LED_SECOND + _WORD_SECOND + DIGIT_LED_SECOND)))
"""Every character that may come second in any form (every form is at least two
characters long): the reader's pattern starts with a first and a second character."""

STARTS: dict[str, str] = {
    "digit": "(?=[0-9])(?<![0-9])",
    "numeral": f"(?={_cls(CN_NUMERAL_CHARS)}){_NOT_AFTER_NUMERAL}(?=.{_cls(CN_NUMERAL_CHARS + CN_LED_SECOND)})",
    "word": f"(?={_cls(WORD_FIRST)}{_cls(_WORD_SECOND)})",
}
"""What every form of a group implies about where it starts (its first
character, what may not come before it, what may come second): the reader
puts it once before the group, so that one test rejects every form of a group
where none can start (inside a run of digits, at ``一些``, ``上级``, ``今天``)."""

_GROUP = re.compile(r"\(\?P<\w+>")
_BACKREF = re.compile(r"\(\?P=\w+\)")


def exclusion(pattern: str) -> str:
    """``pattern`` with its named groups made plain groups, for the quantities scanner.

    >>> exclusion(r"(?P<y>[12][0-9]{3}) ?年")
    '(?:[12][0-9]{3}) ?年'
    """
    if _BACKREF.search(pattern):
        raise ValueError(f"a date form may not refer back to a group: {pattern!r}")
    return _GROUP.sub("(?:", pattern)


YEAR_NUMERAL = f"(?:{_AR_YEAR}|{_SPACED_YEAR}|{_CN_YEAR})"
"""A year's numeral in any written form (``2022``, ``1 9 9 8``, ``二〇二二``), without
its ``年``: where the header stage cuts a title's reporting body off its year
(``XX区二〇二二年法治政府建设年度报告`` → ``XX区``)."""

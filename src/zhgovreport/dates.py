"""Dates and years as reports write them: the one home of that grammar.

The header stage reads the publication date with :func:`find_date`; the
header and parts stages read a title's reporting year with :func:`find_year`.
Matching is done on *folded* text (fullwidth digits are ASCII already).

>>> find_date("发布日期:2024-02-29 09:02")
(datetime.date(2024, 2, 29), 5, 15)
>>> find_year("2023年度推进法治政府建设的主要安排")
2023
"""

from __future__ import annotations

import datetime

import regex

from zhgovreport.numerals import CN_PLAIN_DIGITS, cn_to_int

__all__ = ["YEAR", "find_date", "find_year"]

_DATE = regex.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})(?!\d)"
)
_CN_DIGIT = f"[{CN_PLAIN_DIGITS.replace('○', '')}]"
_CN_DAY = f"[{CN_PLAIN_DIGITS.lstrip('〇○零')}十]{{1,3}}"
_CN_DATE = regex.compile(rf"({_CN_DIGIT}{{4}})年({_CN_DAY})月({_CN_DAY})日")

YEAR = regex.compile(r"(?<![\d\-—~至到])((?:19|20)\d{2})\s*年")
"""A year of the 20th or 21st century written in digits before ``年``; never
the end of a range (``2021-2025年``)."""


def find_year(folded: str) -> int | None:
    """The first year :data:`YEAR` finds in ``folded``, or ``None``.

    >>> find_year("(2021-2025年)") is None, find_year("2022年法治政府建设年度报告")
    (True, 2022)
    """
    match = YEAR.search(folded)
    return int(match[1]) if match else None


def find_date(folded: str, start: int = 0, end: int | None = None) -> tuple[datetime.date, int, int] | None:
    """Return the first valid date in ``folded[start:end]`` and its span.

    Reads ``2023-02-23``, ``2021/3/12``, ``2022年3月5日`` and
    ``二〇二二年三月五日``; an impossible date (``2023-02-30``) is skipped.

    >>> find_date("——二〇二二年三月五日在…")[0]
    datetime.date(2022, 3, 5)
    >>> find_date("2023-02-30") is None
    True
    """
    stop = len(folded) if end is None else end
    for match in _DATE.finditer(folded, start, stop):
        try:
            day = datetime.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            continue
        return day, match.start(), match.end()
    for match in _CN_DATE.finditer(folded, start, stop):
        try:
            day = datetime.date(cn_to_int(match[1]), cn_to_int(match[2]), cn_to_int(match[3]))
        except ValueError:
            continue
        return day, match.start(), match.end()
    return None

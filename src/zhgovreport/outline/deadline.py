"""When a 法治政府建设年度报告 is due, and whether it came on time.

Reports on a year are due by 1 March of the next year, or by 1 April for a
body at the provincial level (省, 自治区, 直辖市); ``docs/spec/report-parts.md``.

>>> deadline(2022, provincial=False), deadline(2022, provincial=True)
(datetime.date(2023, 3, 1), datetime.date(2023, 4, 1))
>>> on_time(datetime.date(2023, 3, 20), 2022, "浙江省司法厅"), on_time(datetime.date(2023, 3, 20), 2022, "诸暨市司法局")
(True, False)
"""

from __future__ import annotations

import datetime

import regex

from zhgovreport.text.fold import fold

__all__ = ["LOWER_LEVELS", "MUNICIPALITIES", "PROVINCE_SUFFIXES", "deadline", "is_provincial", "on_time"]

PROVINCE_SUFFIXES: tuple[str, ...] = ("省", "自治区")
"""A body whose place ends in these (and names no lower level) is provincial."""

MUNICIPALITIES: tuple[str, ...] = ("北京", "天津", "上海", "重庆")
"""The 直辖市: provincial level too."""

LOWER_LEVELS = "市县区州盟旗镇乡"
"""Place characters that put a body below the provincial level (``浙江省杭州市…``)."""

_PROVINCE = regex.compile("|".join(regex.escape(s) for s in sorted(PROVINCE_SUFFIXES, key=len, reverse=True)))


def is_provincial(agency: str | None) -> bool | None:
    """Whether a body is at the 省/自治区/直辖市 level; ``None`` when unknown.

    >>> is_provincial("浙江省司法厅"), is_provincial("北京市人民政府"), is_provincial("诸暨市司法局")
    (True, True, False)
    >>> is_provincial("浙江省杭州市司法局"), is_provincial(None)
    (False, None)
    """
    if agency is None:
        return None
    folded = fold(agency)
    for city in MUNICIPALITIES:
        if folded.startswith(city):
            rest = folded[len(city) :].removeprefix("市")
            return not any(c in LOWER_LEVELS for c in rest)
    match = _PROVINCE.search(folded)
    if match is None:
        return False
    before, after = folded[: match.start()], folded[match.end() :]
    return not any(c in LOWER_LEVELS for c in before + after)


def deadline(year: int, provincial: bool) -> datetime.date:
    """The last day a report on ``year`` may be published: 1 March (1 April for provinces) of the next year."""
    return datetime.date(year + 1, 4 if provincial else 3, 1)


def on_time(published: datetime.date | None, year: int | None, agency: str | None) -> bool | None:
    """Whether a report on ``year`` published on ``published`` met its deadline.

    ``None`` when the date or the year is unknown, or when the answer depends
    on the body's level and that is unknown.
    """
    if published is None or year is None:
        return None
    if published <= deadline(year, False):
        return True
    if published > deadline(year, True):
        return False
    return is_provincial(agency)

"""The dates stage: text → date forms (one linear pass) → dates → :class:`~zhgovreport.model.DateMention`.

:func:`extract_dates` folds the text once and runs one pattern built from
:data:`~zhgovreport.dates.grammar.FORMS` over it.  Each match is read by its
form into a *reading*: fixed dates (``2022年3月``), or dates that need a year
from around them (``3月31日``, ``上年``, ``今年``, ``过去五年``, a bare
``“八五”``).  A second pass, in document order, gives those their year:

* the year the report speaks from (``year=``, else the report's ``meta.year``,
  else the year of ``meta.published``) for the words that point at the time
  of the report (``今年``, ``去年``, ``明年``, ``过去五年``);
* the year the sentence named last, before the mention, for the words that
  refer back (``2007年……比上年`` is 2006) and for a month or quarter without
  a year (``2022年，……3月``); else the report's year.

Then two dates joined by a connector (``2021年至2025年``, ``2021年3月至5月``)
become one interval.
"""

from __future__ import annotations

import datetime
import functools
import re
import string
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import attrs

from zhgovreport.dates import vocab
from zhgovreport.dates.grammar import (
    CN_ONE_TO_NINE,
    CN_TEN,
    FLAGS,
    FORMS,
    SECOND_CHARS,
    STARTS,
    WORD_FIRST,
    exclusion,
    year_digit,
)
from zhgovreport.errors import check_str
from zhgovreport.locate import innermost, locate, part_at, part_year
from zhgovreport.model import DateKind, DateMention, Report, Resolution, Section
from zhgovreport.numerals import CN_NUMERAL_CHARS, cn_to_int
from zhgovreport.text.fold import fold

__all__ = ["DateSpan", "date_spans", "extract_dates", "find_date", "find_year", "report_year"]

_Ymd = tuple[int, int, int]


class _Reading(NamedTuple):
    """One mention before its year is known: offsets into the text, and how to date it."""

    start: int
    end: int
    kind: DateKind
    resolution: Resolution
    base: str
    """Where the year comes from: ``""`` (``first``/``last`` are absolute),
    ``"report"`` or ``"clause"`` (they are offsets from that year), ``"plan"``
    (a bare plan number: the series is chosen by the report's year)."""
    first: _Ymd
    last: _Ymd
    plan: int = 0
    """The number of a bare plan (``base == "plan"``)."""


# --- the one pattern ----------------------------------------------------------------

_FIRST_CHARS = "".join(sorted(set(string.digits + CN_NUMERAL_CHARS + WORD_FIRST)))
"""Every character a form may start with (a test checks the pattern finds the
same without this class and the groups' guards)."""


def _source(guarded: bool) -> str:
    """Every form, in order, each in its group ``f<index>``; when ``guarded``, each
    group of forms behind the look-arounds its forms share (:data:`~zhgovreport.dates.grammar.STARTS`)."""
    groups: dict[str, list[str]] = {}
    for index, form in enumerate(FORMS):
        groups.setdefault(form.starts, []).append(f"(?P<f{index}>{exclusion(form.pattern)})")
    if not guarded:
        return "|".join(body for bodies in groups.values() for body in bodies)
    return "|".join(f"{STARTS[starts]}(?:{'|'.join(bodies)})" for starts, bodies in groups.items())


PATTERN_SOURCE = _source(guarded=False)
"""Every form, in order, each in its group ``f<index>``, without the shared guards (for tests)."""


@functools.cache
def _pattern() -> re.Pattern[str]:
    """Compiled on first use (not at import): the first two characters of a form,
    then the forms, group by group, in a look-ahead read from the first (a look-behind).

    A match is those two characters; the form's group ``f<index>`` holds the form's span.
    A pattern led by a class lets the search skip in C to the next character a form may
    start with; led by a look-ahead, it is tried at every character (a third less time on
    the corpus).  The second character (:data:`~zhgovreport.dates.grammar.SECOND_CHARS`)
    turns down most starts (``一些``, ``上级``, ``本次``) before the look-arounds are
    entered.  :func:`_matches` resumes each search where the last form ended.
    """
    return re.compile(
        f"[{re.escape(_FIRST_CHARS)}][{re.escape(SECOND_CHARS)}](?<=(?=(?:{_source(guarded=True)}))..)", FLAGS
    )


def _matches(folded: str, lo: int, hi: int) -> Iterator[tuple[int, int, int]]:
    """``(form index, start, end)`` of each form found in ``folded[lo:hi]``, left to right, not overlapping."""
    search = _pattern().search
    m = search(folded, lo, hi)
    while m is not None:
        group = m.lastindex or 1
        start, end = m.span(group)
        yield group - 1, start, end
        m = search(folded, end, hi)


@functools.cache
def _forms() -> tuple[re.Pattern[str], ...]:
    """Each form on its own, with its named groups, to read a match of the one pattern."""
    return tuple(re.compile(form.pattern, FLAGS) for form in FORMS)


# --- numerals -----------------------------------------------------------------------

_SMALL = {c: i + 1 for i, c in enumerate(CN_ONE_TO_NINE)}


def _year(chars: str) -> int:
    """A year written digit by digit (``二〇二二``, ``二00八``, ``1 9 9 3``)."""
    value = 0
    for char in chars:
        if char != " ":
            value = value * 10 + year_digit(char)
    return value


def _small(chars: str) -> int:
    """A month, day, quarter or count of years: Arabic, or Chinese up to 九十九."""
    if chars.isascii():
        return int(chars.replace(" ", ""))
    if len(chars) == 1 and chars in _SMALL:
        return _SMALL[chars]
    if chars[0] == CN_TEN:
        return 10 + _SMALL.get(chars[1:], 0)
    return cn_to_int(chars)


# --- reading one match -------------------------------------------------------------


def _months(m: re.Match[str]) -> tuple[Resolution, _Ymd, _Ymd, bool] | None:
    """The month part of a match (month range, month and day, quarter, half) in a year 0.

    Returns (resolution, first, last, is a run), or ``None`` when the month
    part names an impossible month or day.
    """
    group = m.groupdict()
    if group.get("m1") is not None:
        a, b = _small(group["m1"]), _small(group["m2"])
        if not 1 <= a < b <= 12:
            return None
        return Resolution.MONTH, (0, a, 1), (0, b, 1), True
    if group.get("m") is not None:
        month = _small(group["m"])
        if not 1 <= month <= 12:
            return None
        if group.get("d") is None:
            return Resolution.MONTH, (0, month, 1), (0, month, 1), False
        day = _small(group["d"])
        last = _small(group["d2"]) if group.get("d2") is not None else day
        try:
            datetime.date(2000, month, last)  # a leap year: 2月29日 is checked against the real year later
        except ValueError:
            return None
        if not 1 <= day <= last:
            return None
        return Resolution.DAY, (0, month, day), (0, month, last), last > day
    if group.get("q") is not None:
        quarter = _small(group["q"])
        before = group.get("qlead") == "前"
        if before and quarter == 1:
            return None  # 前一季度 is the quarter before, not the first one
        first = 1 if before else 3 * quarter - 2
        return Resolution.MONTH, (0, first, 1), (0, 3 * quarter, 1), True
    if group.get("h") is not None:
        first = 1 if group["h"] == "上" else 7
        return Resolution.MONTH, (0, first, 1), (0, first + 5, 1), True
    return Resolution.YEAR, (0, 1, 1), (0, 1, 1), False


def _in_year(months: tuple[Resolution, _Ymd, _Ymd, bool], first: int, last: int) -> tuple[_Ymd, _Ymd]:
    _res, a, b, _run = months
    return (first, a[1], a[2]), (last, b[1], b[2])


def _read(form: str, m: re.Match[str]) -> _Reading | None:
    """Turn one match of one form into a reading (``None``: not a mention after all)."""
    start, end = m.span()
    group = m.groupdict()
    if form == "calendar":
        year = _year(group["y"])
        months = _months(m)
        if months is None:
            return None
        first, last = _in_year(months, year, year)
        kind = DateKind.INTERVAL if months[3] else DateKind.DATE
        return _Reading(start, end, kind, months[0], "", first, last)
    if form == "year_range":
        if group["nian"] is None:
            return None  # 2021-2025 alone: not read (but never a quantity)
        a, b = _year(group["y1"]), _year(group["y2"])
        if a >= b:
            return None
        return _Reading(start, end, DateKind.INTERVAL, Resolution.YEAR, "", (a, 1, 1), (b, 1, 1))
    if form == "month":
        months = _months(m)
        if months is None:
            return None
        first, last = _in_year(months, 0, 0)
        kind = DateKind.INTERVAL if months[3] else DateKind.DATE
        return _Reading(start, end, kind, months[0], "clause", first, last)
    if form == "relative":
        word = _RELATIVE[group["rel"]]
        months = _months(m)
        if months is None:
            return None
        first, last = _in_year(months, word.first, word.last)
        return _Reading(start, end, DateKind.RELATIVE, months[0], word.anchored, first, last)
    if form == "window":
        count = _small(group["n"])
        if count < 1:
            return None
        window = _WINDOWS[group["win"]]
        first_year = window.first * count if window.first < 0 else 0
        return _Reading(
            start, end, DateKind.RELATIVE, Resolution.YEAR, "report", (first_year, 1, 1), (first_year + count - 1, 1, 1)
        )
    if form == "plan":
        return _plan(m)
    return None


_RELATIVE = {r.surface: r for r in vocab.RELATIVE_YEARS}
_WINDOWS = {w.surface: w for w in vocab.WINDOWS}
_PLANS = {p.number: p for p in vocab.FIVE_YEAR_PLANS}
_PUFA = {p.number: p for p in vocab.PUFA_PLANS}


def _plan(m: re.Match[str]) -> _Reading | None:
    group = m.groupdict()
    number = _small(group["n"])
    word = group.get("w")
    if word is None and group.get("close") is None:
        return None
    pufa = word in vocab.PUFA_WORDS
    if pufa and number not in _PUFA or not pufa and number not in _PLANS:
        return None
    # A bare number (``“八五”期间``) is either series: the report's year decides.
    base = "plan" if not pufa and word != "计划" and number in _PUFA else ""
    period = (_PUFA if pufa else _PLANS)[number]
    kind = DateKind.PUFA_PLAN if pufa else DateKind.FIVE_YEAR_PLAN
    first, last = period.first, period.last
    if word is not None and word[0] == "末":
        first = last
    elif word is not None and word[0] == "初":
        last = first
    return _Reading(m.start(), m.end(), kind, Resolution.YEAR, base, (first, 1, 1), (last, 1, 1), number)


_Template = tuple[DateKind, Resolution, str, _Ymd, _Ymd, int]
_TEMPLATES: dict[tuple[int, str], _Template | None] = {}
"""What a form reads from a text (``2022年``, ``今年``), whatever its offsets:
the same mention recurs in a report, and is read once."""
_TEMPLATES_MAX = 8192


def _readings(folded: str, lo: int, hi: int) -> Iterator[_Reading]:
    """Every reading in ``folded[lo:hi]``, in order (one pass of the one pattern)."""
    forms = _forms()
    templates = _TEMPLATES
    read_how = [form.read for form in FORMS]
    for index, start, end in _matches(folded, lo, hi):
        how = read_how[index]
        if how is None:
            continue
        key = (index, folded[start:end])
        if key in templates:
            template = templates[key]
        else:
            own = forms[index].match(folded, start, hi)  # the same form at the same place, with its groups
            reading = _read(how, own) if own is not None and own.end() == end else None
            template = reading[2:] if reading is not None else None
            if len(templates) >= _TEMPLATES_MAX:
                templates.clear()
            templates[key] = template
        if template is not None:
            # _Reading(start, end, *template), without the NamedTuple's __new__ (a Python call)
            yield tuple.__new__(_Reading, (start, end, *template))


# --- giving each reading its year -----------------------------------------------------

_BASIS_BEFORE = frozenset(vocab.BASIS_BEFORE)
_DATE = DateKind.DATE
"""An enum member read from its class costs a descriptor call: the hot loop reads this name."""
_SAYS_A_YEAR = frozenset({DateKind.DATE, DateKind.RELATIVE, DateKind.INTERVAL})

_YEAR_SCOPE_END = re.compile(r"[。！？!?\r\n]")
"""What ends the scope of a sentence's year (``；`` does not: the clauses of a
list share the year their sentence opened with)."""


def _date(ymd: _Ymd) -> datetime.date | None:
    try:
        return datetime.date(*ymd)
    except ValueError:  # 2月29日 of a common year, a year out of range
        return None


def _shift(ymd: _Ymd, year: int) -> _Ymd:
    return (ymd[0] + year, ymd[1], ymd[2])


def _nearest_plan(reading: _Reading, year: int | None) -> _Reading:
    """A bare plan number (``“七五”期间``): the plan or the 普法 plan, whichever is nearer ``year``."""
    plan, pufa = _PLANS[reading.plan], _PUFA[reading.plan]
    if year is None:
        return reading._replace(base="")

    def distance(period: vocab.PlanPeriod) -> int:
        return 0 if period.first <= year <= period.last else min(abs(year - period.first), abs(year - period.last))

    if distance(pufa) >= distance(plan):
        return reading._replace(base="")
    shift = pufa.first - plan.first
    return reading._replace(
        base="", kind=DateKind.PUFA_PLAN, first=_shift(reading.first, shift), last=_shift(reading.last, shift)
    )


_Dated = tuple[_Reading, "datetime.date | None", "datetime.date | None"]

_DAYS: dict[tuple[_Ymd, _Ymd, int], tuple[datetime.date | None, datetime.date | None]] = {}
"""The first and last day of a reading's dates in a year (``上年`` in 2022): a report
names the same few years again and again, and each pair is made once."""

_JOIN = re.compile(rf" ?[{re.escape(vocab.CONNECTORS)}] ?")


def _joins(folded: str, prev: _Dated, reading: _Reading, last: datetime.date | None) -> bool:
    """Whether ``prev`` and ``reading`` are the ends of one range: ``2021年至2025年``, ``3月至5月``."""
    before, p_first, _p_last = prev
    return (
        before.kind is _DATE
        and reading.kind is _DATE
        and before.resolution is reading.resolution
        and p_first is not None
        and last is not None
        and p_first < last
        and _JOIN.fullmatch(folded, before.end, reading.start) is not None
    )


def _dated(
    folded: str, readings: Sequence[_Reading], year: int | None, spoken: Sequence[int | None] = ()
) -> list[_Dated]:
    """Each reading with its first and last date, in order; the two ends of a range joined.

    ``year`` is the year the text speaks from; ``spoken[i]``, when given and
    not ``None``, the year the part of the report around reading ``i`` speaks
    of (for the words that refer back, when the sentence names no year).
    """
    out: list[_Dated] = []
    said: int | None = None  # the year the current sentence named last
    said_before: int | None = None  # ... before the last mention (undone when it starts a range)
    pos = 0
    for index, reading in enumerate(readings):
        if _YEAR_SCOPE_END.search(folded, pos, reading.start):
            said = said_before = None
        pos = reading.end
        if reading.base == "plan":
            reading = _nearest_plan(reading, year)
        anchor: int | None = 0
        if reading.base == "report":
            anchor = year
        elif reading.base == "clause":
            anchor = said
            if anchor is None:
                anchor = spoken[index] if index < len(spoken) and spoken[index] is not None else year
        if anchor is None:
            out.append((reading, None, None))
            said_before = said
            continue
        key = (reading.first, reading.last, anchor)
        days = _DAYS.get(key)
        if days is None:
            days = (_date(_shift(reading.first, anchor)), _date(_shift(reading.last, anchor)))
            if len(_DAYS) >= _TEMPLATES_MAX:
                _DAYS.clear()
            _DAYS[key] = days
        first, last = days
        if first is None or last is None:  # 2月29日 of a common year; a year out of range
            continue
        if out and reading.kind is _DATE and _joins(folded, out[-1], reading, last):
            start = out[-1]
            reading, first = start[0]._replace(end=reading.end, kind=DateKind.INTERVAL), start[1]
            out[-1] = (reading, first, last)
            said = said_before  # a range of years names no one year
        else:
            out.append((reading, first, last))
            said_before = said
        assert first is not None
        # 比上年, 较2012年: a basis, not what the sentence is about; 上年 refers back to the
        # sentence's year and names no new one (gwr-2008: 高于上年，……高于上年 are one year)
        basis = folded[reading.start - 1 : reading.start] in _BASIS_BEFORE
        if not basis and reading.base != "clause" and reading.kind in _SAYS_A_YEAR and first.year == last.year:
            said = first.year
    return out


def report_year(report: Report) -> int | None:
    """The year a report speaks from: ``meta.year``, else the year of ``meta.published``.

    >>> from zhgovreport import parse
    >>> report_year(parse("诸暨市司法局2022年法治政府建设年度报告\\n一、成效\\n"))
    2022
    """
    if report.meta.year is not None:
        return report.meta.year
    return report.meta.published.year if report.meta.published is not None else None


def _mentions(text: str, folded: str, year: int | None) -> list[DateMention]:
    dated = _dated(folded, list(_readings(folded, 0, len(folded))), year)
    return [
        DateMention(text[r.start : r.end], r.start, r.end, first, last, r.resolution, r.kind)
        for r, first, last in dated
    ]


def _check_year(year: int | None, name: str = "extract_dates") -> None:
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
        raise TypeError(f"{name}: year must be an int, not {type(year).__name__}")


def extract_dates(source: str | Report, *, year: int | None = None) -> list[DateMention]:
    """Every date, year and period named in ``source``, in order, with its dates and span.

    ``source`` is a text or a parsed :class:`~zhgovreport.model.Report`;
    ``text[d.start:d.end] == d.text`` for each result (``report.text`` for a
    report).  ``year`` is the year the text speaks from, for relative words
    (``今年``, ``去年``) and dates without a year; from a report it defaults to
    the report's year (``meta.year``, else the year of ``meta.published``).
    ``docs/spec/indicators.md`` §3 gives the rules.  Any ``str`` gives a list
    (maybe empty); other types raise ``TypeError``.

    >>> [(d.text, str(d.first), str(d.last), str(d.resolution), str(d.kind))
    ...  for d in extract_dates("二00八年以后，“十四五”时期，2021年1-10月份")]
    [('二00八年', '2008-01-01', '2008-01-01', 'year', 'date'), ('“十四五”时期', '2021-01-01', '2025-01-01', 'year', 'five_year_plan'), ('2021年1-10月份', '2021-01-01', '2021-10-01', 'month', 'interval')]
    >>> [(d.text, d.first.year) for d in extract_dates("2007年能耗比上年下降，去年增长", year=2008)]
    [('2007年', 2007), ('上年', 2006), ('去年', 2007)]
    """
    if isinstance(source, Report):
        _check_year(year)
        sections = list(source.walk())
        dated = _dated_in_report(source, sections, year)
        text = source.text
        places = locate(text, fold(text), sections, [r.start for r, _first, _last in dated])
        return [
            DateMention(text[r.start : r.end], r.start, r.end, first, last, r.resolution, r.kind, *place)
            for (r, first, last), place in zip(dated, places)
        ]
    check_str(source, "extract_dates")
    _check_year(year)
    return _mentions(source, fold(source), year)


DateSpan = tuple[int, int, "datetime.date | None", "datetime.date | None"]
"""``(start, end, first, last)`` of a date mention."""


def date_spans(source: str | Report, *, year: int | None = None) -> list[DateSpan]:
    """``(start, end, first, last)`` of each mention :func:`extract_dates` gives, in order.

    The same mentions and dates, without the records and their sections and
    sentences: for a stage that needs only where the dates are and what they
    say (the indicators).

    >>> date_spans("2007年能耗比上年下降", year=2008)
    [(0, 5, datetime.date(2007, 1, 1), datetime.date(2007, 1, 1)), (8, 10, datetime.date(2006, 1, 1), datetime.date(2006, 1, 1))]
    """
    if isinstance(source, Report):
        _check_year(year, "date_spans")
        dated = _dated_in_report(source, list(source.walk()), year)
    else:
        check_str(source, "date_spans")
        _check_year(year, "date_spans")
        folded = fold(source)
        dated = _dated(folded, list(_readings(folded, 0, len(folded))), year)
    return [(r.start, r.end, first, last) for r, first, last in dated]


def _dated_in_report(report: Report, sections: Sequence[Section], year: int | None) -> list[_Dated]:
    """:func:`_dated` of the readings of a report: the years its parts speak of are known."""
    folded = fold(report.text)
    readings = list(_readings(folded, 0, len(folded)))
    speaks = year if year is not None else report_year(report)
    places = innermost(sections, [r.start for r in readings])
    paths = [() if section is None else section.path for section in places]
    return _dated(folded, readings, speaks, _part_years(report, speaks, paths))


def _part_years(report: Report, year: int | None, paths: Sequence[tuple[int, ...]]) -> list[int | None]:
    """The year the part of ``report`` at each path speaks of (:func:`zhgovreport.locate.part_year`).

    A 政府工作报告's review speaks of the year before the one it is delivered
    in (gwr-2015: ``国内生产总值达到63.6万亿元，比上年增长7.4%`` is 2014 on 2013), a
    法治政府 report's plans of the year after its own.
    """
    if year is None:
        return []
    meta = attrs.evolve(report.meta, year=year) if report.meta.year != year else report.meta
    years: dict[tuple[int, ...], int | None] = {}
    out: list[int | None] = []
    for path in paths:
        if path not in years:
            years[path] = part_year(meta, part_at(report, path))
        out.append(years[path])
    return out


# --- the helpers of the header and parts stages ----------------------------------------


def find_year(folded: str) -> int | None:
    """The year of the first date ``folded`` names by itself, or ``None``.

    Read with the one date grammar, so a title's year may be written in any
    form the body's are (``二〇二二年``, ``1 9 9 8 年``, ``2023年度``); a
    range, a plan period and a relative year (``今年``) name no year of their own.

    >>> find_year("(2021-2025年)") is None, find_year("2022年法治政府建设年度报告")
    (True, 2022)
    >>> find_year("二、关于1 9 9 8 年政府工作的建议"), find_year("二〇二二年法治政府建设情况")
    (1998, 2022)
    >>> find_year("今年工作任务") is None
    True
    """
    for reading in _readings(folded, 0, len(folded)):
        if reading.base == "" and reading.kind is DateKind.DATE:
            return reading.first[0]
    return None


def find_date(folded: str, start: int = 0, end: int | None = None) -> tuple[datetime.date, int, int] | None:
    """Return the first valid day in ``folded[start:end]`` that names its year, and its span.

    Reads ``2023-02-23``, ``2021/3/12``, ``2022年3月5日`` and
    ``二〇二二年三月五日``; an impossible date (``2023-02-30``) is skipped.

    >>> find_date("——二〇二二年三月五日在…")[0]
    datetime.date(2022, 3, 5)
    >>> find_date("2023-02-30") is None
    True
    """
    stop = len(folded) if end is None else end
    for reading in _readings(folded, start, stop):
        if reading.base == "" and reading.resolution is Resolution.DAY and reading.kind is DateKind.DATE:
            day = _date(reading.first)
            if day is not None:
                return day, reading.start, reading.end
    return None

"""Dates and periods as reports write them: the one home of that grammar.

The stages, one module each:

* :mod:`~zhgovreport.dates.vocab` — the reviewed tables: relative years
  (``今年``, ``上年``), runs of years (``过去五年``), the five-year plans and the
  普法 plans with their years, the range connectors;
* :mod:`~zhgovreport.dates.grammar` — every written form of a date as one
  table of regexes over folded text, built from those tables and from the
  digit sets of :mod:`zhgovreport.numerals`.  The quantities scanner skips the
  same forms, so a calendar date or year is never a quantity;
* :mod:`~zhgovreport.dates.read` — :func:`extract_dates`: one pass, then each
  mention's year (the report's, or the one its sentence named), then ranges;
  :func:`date_spans` gives the same mentions as ``(start, end, first, last)``,
  without records (the indicators read those).

The header stage reads the publication date with :func:`find_date`; the
header and parts stages read a title's reporting year with :func:`find_year`,
and the header cuts a title's reporting body off that year with
:data:`YEAR_NUMERAL`.  Matching is done on *folded* text.

>>> [(d.text, d.first.isoformat(), str(d.kind)) for d in extract_dates("一九八○年和“八五”普法")]
[('一九八○年', '1980-01-01', 'date'), ('“八五”普法', '2021-01-01', 'pufa_plan')]
>>> find_date("发布日期:2024-02-29 09:02")
(datetime.date(2024, 2, 29), 5, 15)
>>> find_year("2023年度推进法治政府建设的主要安排")
2023
"""

from __future__ import annotations

from zhgovreport.dates.grammar import YEAR_NUMERAL
from zhgovreport.dates.read import DateSpan, date_spans, extract_dates, find_date, find_year, report_year

__all__ = ["YEAR_NUMERAL", "DateSpan", "date_spans", "extract_dates", "find_date", "find_year", "report_year"]

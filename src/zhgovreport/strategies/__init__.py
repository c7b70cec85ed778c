"""Hypothesis strategies for Chinese report text whose right answer is known.

This package imports :mod:`hypothesis` when it is imported, so it needs the
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
  approximation word (``5.4万多件``, ``约30%``, ``六成以上``, ``千分之二``,
  ``1万6千多户``, ``上千家``, ``七八十万人``, ``百分之负三点八``).
* :func:`ranges` -- :class:`RangeCase`: a range (``5—6%``, ``二、三百亿度``)
  and the two figures it states.
* :func:`markers` -- ``(number, marker text)`` of one :class:`~zhgovreport.Style`.
* :func:`outlines` -- :class:`OutlineCase`: a whole outline tree rendered as a
  report, with the flat outline and the items :func:`~zhgovreport.parse` must
  find; optionally a fragment that starts below the top level, or a tree with
  an injected duplicate or gap in its numbering.
* :func:`restarted_outlines` -- :class:`OutlineCase`: a report whose top-level
  run restarts at ``一、``, under unnumbered part titles (gwr 1988) or
  nested (gwr-1986).
* :func:`indicators` -- :class:`IndicatorCase`: a sentence of clauses (a
  measure's name, a comparison, a verb of change, a figure; names inherited,
  ``分别`` lists, ``从A提高到B``, target cues and leads) with the name, aspect,
  direction, basis, target and year each figure must get.
* :func:`reports` -- report text only (outline plus figures), for fuzzing.
* :func:`dates` -- :class:`DateCase`: a date, year or period in any written
  form (``2023年2月23日``, ``一九八○年``, ``二0二0年``, ``1-10月份``, ``“十四五”时期``,
  ``“八五”普法``, ``去年一季度``, ``过去五年``) with the dates
  :func:`~zhgovreport.extract_dates` must give it.
* :func:`part_reports` -- :class:`PartsCase`: a 政府工作报告 or 法治政府 report
  whose genre, genre cue and parts (``docs/spec/report-parts.md``) are known.
* :func:`mutated` -- a text with lines deleted, markers swapped, noise
  inserted or the end cut off.
* :func:`pages` -- :class:`PageCase`: a generated outline written into the
  HTML template of a government CMS (:data:`TEMPLATES`), for
  :func:`~zhgovreport.parse_html`.

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

from typing import TYPE_CHECKING

from zhgovreport.strategies import _outline, _tree
from zhgovreport.strategies._dates import DateCase, dates
from zhgovreport.strategies._cases import (
    FigureCase,
    HeadingCase,
    IndicatorCase,
    IndicatorFigure,
    Injection,
    ItemCase,
    OutlineCase,
    PartsCase,
    QuantityCase,
    RangeCase,
)
from zhgovreport.strategies._indicators import indicators
from zhgovreport.strategies._markers import markers
from zhgovreport.strategies._mutations import mutated
from zhgovreport.strategies._numerals import numbers
from zhgovreport.strategies._outline import outlines, reports, restarted_outlines
from zhgovreport.strategies._pages import TEMPLATES, PageCase, pages, render_page
from zhgovreport.strategies._parts import part_reports
from zhgovreport.strategies._quantities import quantities, ranges

if TYPE_CHECKING:
    from zhgovreport.model import Style

__all__ = [
    "DateCase",
    "FigureCase",
    "HeadingCase",
    "IndicatorCase",
    "IndicatorFigure",
    "Injection",
    "ItemCase",
    "OutlineCase",
    "LONG_RUN_CAP",
    "PageCase",
    "PartsCase",
    "TEMPLATES",
    "QuantityCase",
    "RangeCase",
    "USUAL_ORDER",
    "dates",
    "indicators",
    "markers",
    "mutated",
    "numbers",
    "outlines",
    "part_reports",
    "pages",
    "quantities",
    "ranges",
    "render_page",
    "reports",
    "restarted_outlines",
]

# The constants are defined where they are used; autodoc reads a constant's
# docstring from the module it documents, so they are documented here.

LONG_RUN_CAP = _tree.LONG_RUN_CAP
"""The longest sibling run :func:`outlines` draws (``一、`` … ``九十九、``, ``1.`` … ``120.``)."""

USUAL_ORDER: tuple[Style, ...] = _outline.USUAL_ORDER
"""The usual order of levels (GB/T 9704-2012 7.3.3; ``第一，`` under ``（三）`` as in gwr-2008).

The parser's ``STYLE_RANK`` (:mod:`zhgovreport.numbering`) in rank
order, so the generator and the parser never disagree about it.

Fragments (``outlines(fragment=True)``) keep their levels in this order:
only a heading of a style that usually ranks higher can show that a text
climbs above its first level (``(四)…(八)`` then ``二、``, seed 004); after
``第一、…`` a ``②`` may just as well be a child group that skipped ①."""

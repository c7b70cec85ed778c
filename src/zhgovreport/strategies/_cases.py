"""The cases: a generated text and what a correct parser must read from it.

:func:`~zhgovreport.strategies.quantities` draws a :class:`QuantityCase`,
:func:`~zhgovreport.strategies.outlines` an :class:`OutlineCase` (with its
headings, items, figures and injected fault),
:func:`~zhgovreport.strategies.part_reports` a :class:`PartsCase`.  Their fields are worked out
while the text is built, never by running the library.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from zhgovreport.model import Approx, Aspect, Direction, Kind, KindCue, Part, ReportKind, Style


@attrs.frozen
class QuantityCase:
    """A generated figure and what :func:`~zhgovreport.parse_quantity` must return."""

    text: str
    value: Decimal
    unit: str | None
    kind: Kind
    approx: Approx = Approx.EXACT
    upper: Decimal | None = None
    """The upper bound of a vague range (``七八十万人``, ``数十亿元``), else ``None``."""


@attrs.frozen
class RangeCase:
    """A range written with a connector (``5—6%``): two figures, the first taking the second's unit.

    ``first.text`` starts ``text`` and ``second.text`` ends it; the connector
    stands between them (``docs/spec/quantities.md``, ranges).
    """

    text: str
    first: QuantityCase
    second: QuantityCase


@attrs.frozen
class ItemCase:
    """An expected :class:`~zhgovreport.Item`: its number, lead, where its marker starts, and the marker.

    ``marker`` is the marker as written: ``一是``, ``首先`` (a run's first
    entry), ``——`` (a dash bullet); ``alone`` says the marker stands alone
    on its line, its lead on the next.
    """

    number: int
    lead: str
    start: int
    marker: str = ""
    alone: bool = False


@attrs.frozen
class HeadingCase:
    """An expected :class:`~zhgovreport.Section` in document order.

    ``start`` is where the heading's line starts (indentation included), or
    -1 for an implicit section; ``title_start`` where the title starts (on
    the next line when ``alone``: the marker, or a bare numeral ``一``,
    stands alone on its line);
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
    title_end: int = -1
    """Where the title's source ends: past ``line_end`` when the title is broken at ``《…》``
    across lines (its text then is ``unbreak(text[title_start:title_end])``)."""

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
    in-sentence list entries (``一、`` in ``…：`` / ``一、…；``, and ``第一，``
    in ``…：第一，…；`` / ``第二，…``), which are neither headings nor figures.
    """

    text: str
    headings: tuple[HeadingCase, ...]
    preamble_items: tuple[ItemCase, ...] = ()
    styles: tuple[Style, ...] = ()
    fragment: bool = False
    injection: Injection | None = None
    figures: tuple[FigureCase, ...] = ()
    list_markers: tuple[tuple[int, int], ...] = ()
    notes: tuple[tuple[int, str], ...] = ()
    """The endnotes ``(number, text)`` at the end of the text, each cited in a body sentence."""
    restarts: tuple[int, ...] = ()
    """Indexes into :attr:`headings` of the headings that restart a run (a ``restart`` diagnostic each)."""
    item_repeats: tuple[int, ...] = ()
    """Where the items that repeat their predecessor's number start (a ``duplicate`` diagnostic each)."""

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


@attrs.frozen
class IndicatorFigure:
    """A figure of an :class:`IndicatorCase` and what its :class:`~zhgovreport.Indicator` must say.

    ``start``/``end`` index the case's text; ``name`` is the ``(start, end)`` of
    the name the figure must get, or ``None``.
    """

    start: int
    end: int
    quantity: QuantityCase
    name: tuple[int, int] | None
    aspect: Aspect
    direction: Direction | None
    basis: str | None
    target: bool


@attrs.frozen
class IndicatorCase:
    """A sentence of indicators and what :func:`~zhgovreport.extract_indicators` must read.

    Pass ``year`` as ``extract_indicators(case.text, year=case.year)``: every
    figure of the case refers to it (or to the year the sentence opens with,
    which is then ``year``).
    """

    text: str
    figures: tuple[IndicatorFigure, ...]
    year: int


@attrs.frozen
class PartsCase:
    """A report whose genre and parts are known (:func:`~zhgovreport.strategies.part_reports`).

    ``kind`` and ``cue`` are what ``report.meta`` must say; ``parts`` the
    :attr:`~zhgovreport.Section.part` of each top-level section, and
    ``sub_parts`` those of each top-level section's children.
    """

    text: str
    kind: ReportKind
    cue: KindCue
    parts: tuple[Part, ...]
    sub_parts: tuple[tuple[Part | None, ...], ...]

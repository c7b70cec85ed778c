"""Stage 2 — assembly: figures and their clauses → :class:`~zhgovreport.model.Indicator` records.

:func:`extract_indicators` takes the figures of
:func:`~zhgovreport.quantities.extract_quantities` and, sentence by sentence,

1. reads each figure's clause (:func:`~zhgovreport.indicators.clauses.read_figure`);
2. gives a figure whose clause names nothing the name of the nearest earlier
   clause of its sentence that names a measure, and pairs the names of a
   ``分别`` list with its figures in order;
3. decides ``target``: the report's part first (review: achieved; targets or
   plans: target), else a cue (``预期目标``, ``力争``, ``控制在``…) in the
   sentence up to the figure's clause, or a lead that ends in ``：`` and governs
   the paragraph (``今年发展主要预期目标是：``);
4. decides the ``year``: the clause's own year, else the year of an earlier
   clause of the sentence without figures, else that of the lead, else the
   year the section's title names, else the report's year.

``docs/spec/indicators.md`` is the specification.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from zhgovreport.errors import check_str
from zhgovreport.indicators import vocab
from zhgovreport.indicators.clauses import (
    FigureReading,
    comparison_frame,
    is_item_count,
    is_provision,
    time_frame_end,
    names_a_measure,
    read_after_noun,
    read_figure,
    split_names,
    strip_leading,
    year_in,
)
from zhgovreport.indicators.clauses import _Words  # noqa: PLC2701 - same stage
from zhgovreport.model import Aspect, Direction, Indicator, Part, Quantity, Report, ReportKind, Section
from zhgovreport.quantities import extract_quantities
from zhgovreport.text.fold import fold

__all__ = ["extract_indicators"]


def _ends(chars: str) -> re.Pattern[str]:
    # A comma or colon between two digits is inside a number or a time (1,234件, 14:54).
    plain = "".join(c for c in chars if c not in ",:")
    return re.compile("[" + re.escape(plain) + "]|(?<![0-9])[,:]|[,:](?![0-9])")


_CLAUSE_END = _ends(vocab.CLAUSE_ENDS)
_SENTENCE_END = re.compile("[" + re.escape(vocab.SENTENCE_ENDS) + "]")
_PARAGRAPH_END = re.compile("[" + re.escape(vocab.PARAGRAPH_ENDS) + "]")
_CUES = _Words(vocab.TARGET_CUES)
_CUE_NOUNS = frozenset(vocab.TARGET_NOUNS) | {"计划", "规划"}
_ACHIEVED = tuple(vocab.ACHIEVED_VERBS)
_SHORT_NAME = 2
"""A name this short (a bare counting verb: ``举办``) gives way to the noun after the figure."""

_NO_READING = FigureReading(-1, -1, Aspect.LEVEL, None, -1, -1, False, False)

_ACHIEVED_PARTS = frozenset({Part.ACHIEVEMENTS, Part.SHORTCOMINGS, Part.LEADERSHIP})
_TARGET_PARTS = frozenset({Part.PLANS})


@attrs.define
class _Draft:
    """A figure being read: mutable until it becomes an :class:`Indicator`."""

    q: Quantity
    clause: tuple[int, int]
    reading: FigureReading
    name: tuple[int, int] = (-1, -1)
    aspect: Aspect = Aspect.LEVEL
    direction: Direction | None = None
    basis: tuple[int, int] = (-1, -1)
    head: int = -1
    """Index (in the sentence) of the figure whose list this one continues, or -1."""
    items: bool = False
    """A count of words or items (``以下五个方面``): no name, and never a target."""
    frame: int = -1
    """The end of a duration that frames the time (``五年来``), or -1: such a duration has
    no name, and the figures after it read their clause as if it were not there."""


class _Text:
    """The text, its folded copy and its boundaries, shared by the steps."""

    def __init__(self, text: str, folded: str, figures: Sequence[Quantity]) -> None:
        self.text = text
        self.folded = folded
        inside = [(q.start, q.end) for q in figures]
        self.clause_ends = _outside([m.start() for m in _CLAUSE_END.finditer(folded)], inside)
        self.sentence_ends = _outside([m.start() for m in _SENTENCE_END.finditer(folded)], inside)
        self.paragraph_ends = [m.start() for m in _PARAGRAPH_END.finditer(folded)]
        self.leads = self._leads()

    @staticmethod
    def _bounds(ends: Sequence[int], pos: int, size: int) -> tuple[int, int]:
        k = bisect.bisect_left(ends, pos)
        return (ends[k - 1] + 1 if k > 0 else 0), (ends[k] if k < len(ends) else size)

    def clause(self, pos: int) -> tuple[int, int]:
        lo, hi = self._bounds(self.clause_ends, pos, len(self.folded))
        folded = self.folded
        paren = folded.rfind("(", lo, pos)
        if paren >= 0 and folded.find(")", paren, pos) < 0:  # inside ( … ): its own clause
            close = folded.find(")", pos, hi)
            return paren + 1, close if close >= 0 else hi
        return lo, hi

    def sentence(self, pos: int) -> tuple[int, int]:
        return self._bounds(self.sentence_ends, pos, len(self.folded))

    def paragraph_start(self, pos: int) -> int:
        k = bisect.bisect_left(self.paragraph_ends, pos)
        return self.paragraph_ends[k - 1] + 1 if k > 0 else 0

    def clauses_before(self, pos: int, floor: int) -> list[tuple[int, int]]:
        """The clauses between ``floor`` and the clause holding ``pos``, nearest first."""
        out: list[tuple[int, int]] = []
        k = bisect.bisect_left(self.clause_ends, pos) - 1
        while k >= 0 and self.clause_ends[k] >= floor:
            hi = self.clause_ends[k]
            lo = self.clause_ends[k - 1] + 1 if k > 0 else 0
            out.append((max(lo, floor), hi))
            k -= 1
        return out

    def cues(self, lo: int, hi: int) -> list[int]:
        """Where the target cues of ``folded[lo:hi]`` start (a cue noun after 完成/实现 is none)."""
        folded = self.folded
        out: list[int] = []
        for s, e in _CUES.find_all(folded, lo, hi):
            if folded[s:e] in _CUE_NOUNS:
                c_lo, c_hi = self.clause(s)
                if any(folded.find(word, c_lo, c_hi) >= 0 for word in _ACHIEVED):
                    continue
            out.append(s)
        return out

    def _leads(self) -> list[tuple[int, int]]:
        """(colon, clause start) of each clause that ends in ``:`` and holds a cue."""
        folded = self.folded
        out: list[tuple[int, int]] = []
        for end in self.clause_ends:
            if folded[end] != ":":
                continue
            lo = self.sentence(end)[0]
            if self.cues(lo, end):
                out.append((end, lo))
        return out

    def lead_of(self, pos: int) -> tuple[int, int] | None:
        """The lead whose list holds ``pos`` (same paragraph, before it), or ``None``."""
        k = bisect.bisect_left(self.leads, (pos, -1)) - 1
        if k < 0:
            return None
        colon, lo = self.leads[k]
        return (lo, colon) if self.paragraph_start(pos) <= colon else None


def _outside(positions: list[int], spans: Sequence[tuple[int, int]]) -> list[int]:
    """``positions`` without those inside a span (a comma inside ``1,234件``)."""
    if not spans:
        return positions
    starts = [s for s, _ in spans]
    out = []
    for p in positions:
        k = bisect.bisect_right(starts, p) - 1
        if k >= 0 and spans[k][0] <= p < spans[k][1]:
            continue
        out.append(p)
    return out


def _read_sentence(t: _Text, figures: Sequence[Quantity], s_lo: int) -> list[_Draft]:
    """Name, aspect, direction and basis for the figures of one sentence."""
    folded = t.folded
    drafts: list[_Draft] = []
    for k, q in enumerate(figures):
        clause = t.clause(q.start)
        frame_end = time_frame_end(folded, q.start, q.end, q.unit)
        if frame_end >= 0:
            drafts.append(_Draft(q, clause, _NO_READING, frame=frame_end))
            continue
        before = [d for d in drafts if d.frame < 0]
        prev = before[-1] if before and before[-1].clause == clause else None
        lo = prev.q.end if prev is not None else clause[0]
        for f in drafts:  # 五年来城镇新增就业: a time frame that opens the clause is no part of the name
            if f.frame >= 0 and f.clause == clause and lo <= f.q.start and strip_leading(folded, lo, f.q.start) >= f.q.start:
                lo = f.frame
        reading = read_figure(folded, lo, q.start, after_figure=prev is not None)
        d = _Draft(q, clause, reading)
        if reading.continues and prev is not None:
            d.head = prev.head if prev.head >= 0 else drafts.index(prev)
            head = drafts[d.head]
            d.name, d.aspect, d.direction, d.basis = head.name, head.aspect, head.direction, head.basis
            drafts.append(d)
            continue
        d.name = (reading.name_start, reading.name_end)
        d.aspect, d.direction = reading.aspect, reading.direction
        d.basis = (reading.basis_start, reading.basis_end)
        if d.name[0] < 0 or d.name[1] - d.name[0] <= _SHORT_NAME:
            stop = min(clause[1], figures[k + 1].start) if k + 1 < len(figures) else clause[1]
            after = read_after_noun(folded, q.end, stop)
            if after[0] >= 0:
                d.name = after
        if d.name[0] < 0:
            _pair_respectively(folded, drafts)  # a list before this clause lends its last name
            d.name = _inherit(t, drafts, d, s_lo)
        if d.basis[0] < 0:
            d.basis = _earlier_frame(t, drafts, d, s_lo)
        if is_item_count(folded, clause[0], q.start, q.end, clause[1]):
            d.name = (-1, -1)  # “巩固、增强、提升、畅通”八个字: a count of words, no measure
            d.items = True
        drafts.append(d)
    _pair_respectively(folded, drafts)
    return drafts


def _inherit(t: _Text, drafts: Sequence[_Draft], d: _Draft, s_lo: int) -> tuple[int, int]:
    """The name of the nearest earlier clause of the sentence that names a measure."""
    drafts = [p for p in drafts if p.frame < 0]
    for prev in reversed(drafts):
        if prev.clause == d.clause and prev.name[0] >= 0:
            return prev.name
    for lo, hi in t.clauses_before(d.clause[0], s_lo):
        inside = [p for p in drafts if lo <= p.q.start < hi]
        if inside:
            for p in reversed(inside):
                if p.name[0] >= 0:
                    return p.name
            continue
        named = names_a_measure(t.folded, lo, hi)
        if named[0] >= 0:
            return named
    return (-1, -1)


def _earlier_frame(t: _Text, drafts: Sequence[_Draft], d: _Draft, s_lo: int) -> tuple[int, int]:
    """A comparison that fills the clause right before the figure's (``同1987年相比，``)."""
    before = t.clauses_before(d.clause[0], s_lo)
    if not before or (drafts and drafts[-1].q.start >= before[0][0]):
        return (-1, -1)
    lo, hi = before[0]
    folded = t.folded
    while lo < hi and folded[lo] == " ":
        lo += 1
    start = comparison_frame(folded, lo, hi)
    return (start, hi) if start == lo else (-1, -1)


def _pair_respectively(folded: str, drafts: list[_Draft]) -> None:
    """``A和B分别增长x和y``: the k-th name goes with the k-th figure."""
    for i, d in enumerate(drafts):
        if d.head >= 0 or not d.reading.respectively or d.name[0] < 0:
            continue
        members = [i] + [j for j in range(i + 1, len(drafts)) if drafts[j].head == i]
        names = split_names(folded, *d.name)
        if len(names) == len(members) > 1:
            for j, name in zip(members, names):
                drafts[j].name = name


def _target(t: _Text, d: _Draft, cues: Sequence[int]) -> bool:
    """A cue in the sentence up to the figure's clause end, or a lead over its paragraph."""
    if any(c < d.clause[1] for c in cues):
        return True
    return t.lead_of(d.q.start) is not None


def _year(t: _Text, drafts: Sequence[_Draft], d: _Draft, sentence: tuple[int, int]) -> int | None:
    """The clause's own year, else that of an earlier clause without figures, else the lead's."""
    folded = t.folded
    lo = d.clause[0]
    if d.basis[0] >= 0:
        year = year_in(folded, d.basis[1], d.q.start) or year_in(folded, lo, d.basis[0])
    else:
        year = year_in(folded, lo, d.q.start)
    if year is not None:
        return year
    for c_lo, c_hi in t.clauses_before(lo, sentence[0]):
        if any(c_lo <= p.q.start < c_hi for p in drafts) or folded.find("以来", c_lo, c_hi) >= 0:
            continue
        year = year_in(folded, c_lo, c_hi)
        if year is not None:
            return year
    lead = t.lead_of(d.q.start)
    if lead is not None:
        return year_in(folded, *lead)
    return None


class _Context:
    """Where figures sit in a report: section, part, and the years its titles name."""

    def __init__(self, report: Report | None, year: int | None) -> None:
        self.report = report
        self.year = year
        self.sections: dict[tuple[int, ...], Section] = {}
        if report is not None:
            self.sections = {s.path: s for s in report.walk()}
            meta = report.meta
            if self.year is None:
                self.year = meta.year if meta.year is not None else (meta.published.year if meta.published else None)

    def chain(self, path: tuple[int, ...]) -> list[Section]:
        """The sections from ``path`` up to the top, innermost first."""
        return [self.sections[path[:k]] for k in range(len(path), 0, -1) if path[:k] in self.sections]

    def part(self, path: tuple[int, ...]) -> Part | None:
        for section in self.chain(path):
            if section.part is not None:
                return section.part
        return None

    def title_year(self, path: tuple[int, ...]) -> int | None:
        for section in self.chain(path):
            year = year_in(fold(section.title), 0, len(section.title))
            if year is not None:
                return year
        return None

    def plan_year(self, path: tuple[int, ...]) -> int | None:
        year = self.title_year(path)
        if year is not None:
            return year
        kind = self.report.meta.kind if self.report is not None else ReportKind.UNKNOWN
        if self.year is not None and kind in (ReportKind.FZZF_ANNUAL_REPORT, ReportKind.WORK_SUMMARY):
            return self.year + 1
        return self.year


def _indicators(text: str, figures: Sequence[Quantity], context: _Context) -> list[Indicator]:
    folded = fold(text)
    figures = [q for q in figures if not is_provision(folded, q.start, q.end)]
    t = _Text(text, folded, figures)
    out: list[Indicator] = []
    i = 0
    while i < len(figures):
        sentence = t.sentence(figures[i].start)
        j = i
        while j < len(figures) and figures[j].start < sentence[1]:
            j += 1
        drafts = _read_sentence(t, figures[i:j], sentence[0])
        cues = t.cues(*sentence)
        for d in drafts:
            out.append(_finish(t, drafts, d, sentence, cues, context))
        i = j
    return out


def _finish(
    t: _Text, drafts: Sequence[_Draft], d: _Draft, sentence: tuple[int, int], cues: Sequence[int], context: _Context
) -> Indicator:
    q = d.q
    part = context.part(q.path) if context.report is not None else None
    if d.aspect is Aspect.BASE or d.items or d.frame >= 0:
        target = False  # an achieved base, a count of words, a time frame
    elif part in _ACHIEVED_PARTS:
        target = False
    elif part in _TARGET_PARTS:
        target = True
    else:
        target = _target(t, d, cues)
    year = _year(t, drafts, d, sentence)
    if year is None:
        if context.report is not None:
            year = context.plan_year(q.path) if target else (context.title_year(q.path) or context.year)
        else:
            year = context.year
    name_lo, name_hi = d.name
    text = t.text
    return Indicator(
        quantity=q,
        name=text[name_lo:name_hi] if name_lo >= 0 else None,
        name_start=name_lo if name_lo >= 0 else None,
        name_end=name_hi if name_lo >= 0 else None,
        aspect=d.aspect,
        direction=d.direction,
        basis=text[d.basis[0] : d.basis[1]] if d.basis[0] >= 0 else None,
        target=target,
        path=q.path,
        part=part,
        year=year,
    )


def extract_indicators(source: str | Report, *, year: int | None = None) -> list[Indicator]:
    """Every figure of ``source`` with what it measures, in order.

    ``source`` is a text or a parsed :class:`~zhgovreport.model.Report`;
    there is one :class:`~zhgovreport.model.Indicator` per figure that
    :func:`~zhgovreport.quantities.extract_quantities` finds.  ``year`` is the
    year the text speaks of, for figures whose sentence names none (from a
    report it defaults to the report's year).  Any ``str`` gives a list
    (maybe empty); other types raise ``TypeError``.

    >>> [(i.quantity.text, i.name, str(i.aspect), i.direction and str(i.direction), i.basis)
    ...  for i in extract_indicators("一审行政诉讼败诉率3.02%，同比下降6.6个百分点")]
    [('3.02%', '一审行政诉讼败诉率', 'level', None, None), ('6.6个百分点', '一审行政诉讼败诉率', 'change', 'down', '同比')]
    >>> [(i.quantity.text, i.name, i.target) for i in extract_indicators(
    ...     "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。")]
    [('5%左右', '国内生产总值', True), ('1200万人以上', '城镇新增就业', True)]
    """
    if isinstance(source, Report):
        return _indicators(source.text, extract_quantities(source), _Context(source, year))
    check_str(source, "extract_indicators")
    if year is not None and not isinstance(year, int):
        raise TypeError(f"extract_indicators: year must be an int, got {type(year).__name__}")
    return _indicators(source, extract_quantities(source), _Context(None, year))

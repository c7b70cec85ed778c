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
from collections.abc import Iterator, Sequence

import attrs

from zhgovreport.errors import check_str
from zhgovreport.indicators import vocab
from zhgovreport.indicators.clauses import (
    FRAME_CLOSE,
    FigureReading,
    Words,
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
from zhgovreport.dates import YEAR
from zhgovreport.model import Aspect, Direction, Indicator, Part, Quantity, Report, Section
from zhgovreport.outline.parts import part_at, part_year
from zhgovreport.quantities import extract_quantities
from zhgovreport.text.fold import fold

__all__ = ["extract_indicators"]


_END = "(?:[" + re.escape(vocab.CLAUSE_ENDS.replace(",", "").replace(":", "")) + "]|(?<![0-9])[,:]|[,:](?![0-9]))"
"""A clause end; a comma or colon between two digits is inside a number or a time (``1,234件``, ``14:54``)."""
_CLAUSE_END = re.compile(_END)
_LAST_CLAUSE_END = re.compile("(?s:.*)" + _END)
"""The last clause end of a stretch (the greedy ``.*`` backs off from the end, in C)."""
_LAST_SENTENCE_END = re.compile("(?s:.*)[" + re.escape(vocab.SENTENCE_ENDS) + "]")
_COLON = re.compile(":")
_SENTENCE_END = re.compile("[" + re.escape(vocab.SENTENCE_ENDS) + "]")
_PARAGRAPH_END = re.compile("[" + re.escape(vocab.PARAGRAPH_ENDS) + "]")
_CUES = Words(vocab.TARGET_CUES)
_CUE_NOUNS = frozenset(vocab.TARGET_NOUNS) | {"计划", "规划"}
_ACHIEVED = tuple(vocab.ACHIEVED_VERBS)
_WINDOW = 400
"""How far (characters) a clause's end is looked for: a longer clause is cut."""

_SENTENCE_WINDOW = 2000
"""How far a sentence's end is looked for: a longer sentence is cut."""

_LEAD_REACH = 3000
"""How far (characters) a lead governs, at most: its paragraph, or this much of it."""

_LOOK_BACK = 12
"""How many earlier clauses of a sentence are read for a name, a year or a comparison
(a sentence of real reports has fewer; the bound keeps the reader linear)."""

_REACH = 80
"""How far (characters) a look-around reaches inside a clause: a parenthesis, a year
before a figure, the words that say a goal was reached, a lead's cue."""

_SHORT_NAME = 2
"""A name this short (a bare counting verb: ``举办``) gives way to the noun after the figure."""

_NO_READING = FigureReading(-1, -1, Aspect.LEVEL, None, -1, -1, False, False)

_ACHIEVED_PARTS = frozenset({Part.ACHIEVEMENTS, Part.SHORTCOMINGS, Part.LEADERSHIP, Part.REVIEW})
"""Parts whose figures are achieved, whatever cue governs them (spec §1)."""
_TARGET_PARTS = frozenset({Part.PLANS, Part.TARGETS})
"""Parts whose figures are all targets (spec §1).  A 政府工作报告's tasks part reads its cues:
it plans the year, but also says what was done (``去年…``)."""


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

    def __init__(self, text: str, folded: str) -> None:
        self.text = text
        self.folded = folded
        self.size = len(folded)
        self._last = (-1, -1)  # (position, the clause end end_before found for it)
        self._next = (-1, -1)  # (position, the clause end end_after found for it)
        self.leads = self._leads()

    def _in_number(self, pos: int) -> bool:
        """A comma or colon between two digits (``1,234件``, ``14:54``) ends no clause."""
        folded = self.folded
        return 0 < pos < self.size - 1 and folded[pos - 1].isdigit() and folded[pos + 1].isdigit()

    def end_before(self, pos: int) -> int:
        """The clause end nearest before ``pos``; or, when there is none within :data:`_WINDOW`
        characters, the position before a cut that figures close together share (-1 at the start).

        Figures are read in order: the look starts where the last one stopped when it can.
        """
        floor = max(0, (pos - _WINDOW) // _WINDOW * _WINDOW)
        last_pos, last_end = self._last
        if floor <= last_pos <= pos:
            match = _LAST_CLAUSE_END.match(self.folded, last_pos, pos)
            end = match.end() - 1 if match is not None else max(last_end, floor - 1)
        else:
            match = _LAST_CLAUSE_END.match(self.folded, floor, pos)
            end = match.end() - 1 if match is not None else floor - 1
        self._last = (pos, end)
        return end

    def end_after(self, pos: int) -> int:
        """The clause end at or after ``pos``, or a cut (see :meth:`end_before`)."""
        stop = min(self.size, ((pos + _WINDOW) // _WINDOW + 1) * _WINDOW)
        last_pos, last_end = self._next
        if last_pos <= pos <= last_end and (last_end < self.size and _CLAUSE_END.match(self.folded, last_end)):
            return last_end  # the end found for an earlier figure of the same clause
        match = _CLAUSE_END.search(self.folded, pos, stop)
        end = match.start() if match is not None else stop
        self._next = (pos, end)
        return end

    def clause(self, pos: int) -> tuple[int, int]:
        lo, hi = self.end_before(pos) + 1, self.end_after(pos)
        folded = self.folded
        paren = folded.rfind("(", max(lo, pos - _REACH), pos)
        if paren >= 0 and folded.find(")", paren, pos) < 0:  # inside ( … ): its own clause
            close = folded.find(")", pos, min(hi, pos + _REACH))
            return paren + 1, close if close >= 0 else hi
        return lo, hi

    def sentence(self, pos: int) -> tuple[int, int]:
        folded = self.folded
        floor = max(0, pos - _SENTENCE_WINDOW)
        before = _LAST_SENTENCE_END.match(folded, floor, pos)
        lo = before.end() if before is not None else floor
        after = _SENTENCE_END.search(folded, pos, min(self.size, pos + _SENTENCE_WINDOW))
        return lo, after.start() if after is not None else min(self.size, pos + _SENTENCE_WINDOW)

    def clauses_before(self, pos: int, floor: int) -> Iterator[tuple[int, int]]:
        """The clauses between ``floor`` and the clause holding ``pos``, nearest first.

        At most :data:`_LOOK_BACK` clauses, within :data:`_WINDOW` characters.
        """
        hi = self.end_before(pos)
        floor = max(floor, pos - _WINDOW)
        for _ in range(_LOOK_BACK):
            if hi < floor or _CLAUSE_END.match(self.folded, hi) is None:
                return  # the start of the sentence, of the look, or a cut
            lo = self.end_before(hi) + 1
            yield max(lo, floor), hi
            hi = lo - 1

    def cues(self, lo: int, hi: int) -> list[int]:
        """Where the target cues of ``folded[lo:hi]`` start (a cue noun of a goal reached is none)."""
        folded = self.folded
        out: list[int] = []
        for s, e in _CUES.find_all(folded, lo, hi):
            if folded[s:e] in _CUE_NOUNS:
                c_lo, c_hi = self.clause(s)
                c_lo, c_hi = max(c_lo, s - _REACH), min(c_hi, e + _REACH)
                if any(folded.find(word, c_lo, c_hi) >= 0 for word in _ACHIEVED):
                    continue
            out.append(s)
        return out

    def _leads(self) -> list[tuple[int, int]]:
        """(colon, start) of each clause that ends in ``:`` with a cue in its sentence before it."""
        folded = self.folded
        out: list[tuple[int, int]] = []
        for end in (m.start() for m in _COLON.finditer(folded)):
            if self._in_number(end):
                continue
            lo = max(self.sentence(end)[0], end - _REACH)
            if self.cues(lo, end):
                out.append((end, lo))
        return out

    def lead_of(self, pos: int) -> tuple[int, int] | None:
        """The lead whose list holds ``pos`` (same paragraph, before it), or ``None``."""
        k = bisect.bisect_left(self.leads, (pos, -1)) - 1
        if k < 0:
            return None
        colon, lo = self.leads[k]
        if pos - colon > _LEAD_REACH or _PARAGRAPH_END.search(self.folded, colon, pos) is not None:
            return None  # another paragraph
        return lo, colon


def _read_sentence(t: _Text, figures: Sequence[Quantity], s_lo: int) -> list[_Draft]:
    """Name, aspect, direction and basis for the figures of one sentence."""
    folded = t.folded
    drafts: list[_Draft] = []
    starts: list[int] = []  # drafts[k].q.start, for bisection
    prev: _Draft | None = None  # the last figure that is not a time frame
    prev_index = -1
    frame: _Draft | None = None  # the last time frame
    clause_first = 0  # index of the first draft of the current clause
    for k, q in enumerate(figures):
        clause = t.clause(q.start)
        if drafts and drafts[-1].clause != clause:
            _pair_respectively(folded, drafts, clause_first)  # a list lends its last name to later clauses
            clause_first = len(drafts)
        frame_end = time_frame_end(folded, q.start, q.end, q.unit)
        if frame_end >= 0:
            frame = _Draft(q, clause, _NO_READING, frame=frame_end)
            drafts.append(frame)
            starts.append(q.start)
            continue
        same = prev if prev is not None and prev.clause == clause else None
        lo = same.q.end if same is not None else clause[0]
        if (  # 五年来城镇新增就业: a time frame that opens the clause is no part of the name
            frame is not None
            and frame.clause == clause
            and lo <= frame.q.start
            and strip_leading(folded, lo, frame.q.start) >= frame.q.start
        ):
            lo = frame.frame
        reading = read_figure(folded, lo, q.start, after_figure=same is not None)
        d = _Draft(q, clause, reading)
        if reading.continues and same is not None:
            d.head = same.head if same.head >= 0 else prev_index
            head = drafts[d.head]
            d.name, d.aspect, d.direction, d.basis = head.name, head.aspect, head.direction, head.basis
        else:
            d.name = (reading.name_start, reading.name_end)
            d.aspect, d.direction = reading.aspect, reading.direction
            d.basis = (reading.basis_start, reading.basis_end)
            if d.name[0] < 0 or d.name[1] - d.name[0] <= _SHORT_NAME or _after_possessive(folded, d, q.start):
                stop = min(clause[1], figures[k + 1].start) if k + 1 < len(figures) else clause[1]
                after = read_after_noun(folded, q.end, stop)
                if after[0] >= 0:
                    d.name = after
            if d.name[0] < 0:
                d.name = same.name if same is not None and same.name[0] >= 0 else _inherit(t, drafts, starts, d, s_lo)
            if d.basis[0] < 0 and same is None:
                d.basis = _earlier_frame(t, d, s_lo)
            if is_item_count(folded, clause[0], q.start, q.end, clause[1]):
                d.name = (-1, -1)  # “巩固、增强、提升、畅通”八个字: a count of words, no measure
                d.items = True
        prev, prev_index = d, len(drafts)
        drafts.append(d)
        starts.append(q.start)
    _pair_respectively(folded, drafts, clause_first)
    return drafts


def _after_possessive(folded: str, d: _Draft, start: int) -> bool:
    """``…改革的两个决定``: a figure right after ``的`` (no date before it) counts the noun after it."""
    return (
        d.aspect is Aspect.LEVEL
        and d.name[0] >= 0
        and start > 0
        and folded[start - 1] == "的"
        and d.basis[0] < 0
    )


def _inherit(t: _Text, drafts: Sequence[_Draft], starts: Sequence[int], d: _Draft, s_lo: int) -> tuple[int, int]:
    """The name of the nearest earlier clause of the sentence that names a measure."""
    for lo, hi in t.clauses_before(d.clause[0], s_lo):
        k = bisect.bisect_left(starts, hi) - 1
        inside = False
        while k >= 0 and drafts[k].q.start >= lo:
            inside = True
            if drafts[k].frame < 0 and drafts[k].name[0] >= 0:
                return drafts[k].name
            k -= 1
        if inside:
            continue
        named = names_a_measure(t.folded, max(lo, hi - _REACH), hi)
        if named[0] >= 0:
            return named
    return (-1, -1)


def _earlier_frame(t: _Text, d: _Draft, s_lo: int) -> tuple[int, int]:
    """A comparison that fills the clause right before the figure's (``同1987年相比，``)."""
    if not t.folded.endswith(FRAME_CLOSE, max(0, d.clause[0] - _REACH), max(0, d.clause[0] - 1)):
        return (-1, -1)  # the common case: the clause before ends in no 相比, 比较…
    for lo, hi in t.clauses_before(d.clause[0], s_lo):
        folded = t.folded
        while lo < hi and folded[lo] == " ":
            lo += 1
        if hi - lo > _REACH:
            return (-1, -1)
        start = comparison_frame(folded, lo, hi)
        return (start, hi) if start == lo else (-1, -1)
    return (-1, -1)


def _pair_respectively(folded: str, drafts: list[_Draft], first: int) -> None:
    """``A和B分别增长x和y``: the k-th name goes with the k-th figure (drafts of one clause, from ``first``)."""
    groups: dict[int, list[int]] = {}
    for j in range(first, len(drafts)):
        head = drafts[j].head
        groups.setdefault(j if head < 0 else head, []).append(j)
    for i, members in groups.items():
        d = drafts[i]
        if not d.reading.respectively or d.name[0] < 0 or len(members) < 2:
            continue
        names = split_names(folded, *d.name)
        if len(names) == len(members) > 1:
            for j, name in zip(members, names):
                drafts[j].name = name


def _years(folded: str, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    """(position, year) of the years written in a sentence, in order (not ``2013年以来``)."""
    lo, hi = sentence
    if folded.find("年", lo, hi) < 0:
        return []  # the common case, in C
    return [
        (m.start(), int(m[1])) for m in YEAR.finditer(folded, lo, hi) if not folded.startswith("以来", m.end())
    ]


def _year(t: _Text, starts: Sequence[int], years: Sequence[tuple[int, int]], d: _Draft) -> int | None:
    """The clause's own year, else that of an earlier clause without figures, else the lead's.

    ``years`` are the sentence's (:func:`_years`), ``starts`` where its figures start.
    """
    if years:
        c_lo = d.clause[0]
        b_lo, b_hi = d.basis
        k = bisect.bisect_left(years, (d.q.start, -1)) - 1
        for _ in range(_LOOK_BACK):
            if k < 0:
                break
            pos, year = years[k]
            k -= 1
            if pos >= c_lo:  # the clause's own year, unless it is the basis's (比2002年)
                if not b_lo <= pos < b_hi:
                    return year
                continue
            y_lo, y_hi = t.clause(pos)
            j = bisect.bisect_left(starts, y_lo)
            if (j < len(starts) and starts[j] < y_hi) or t.folded.find("以来", pos, y_hi) >= 0:
                continue  # a clause with figures speaks of them; 以来 opens a span
            return year
    lead = t.lead_of(d.q.start)
    if lead is not None:
        return year_in(t.folded, *lead)
    return None


class _Context:
    """Where figures sit in a report: the part of each section, and the years titles and parts speak of."""

    def __init__(self, report: Report | None, year: int | None) -> None:
        self.report = report
        self.year = year
        self.sections: dict[tuple[int, ...], Section] = {}
        self._title_years: dict[tuple[int, ...], int | None] = {}
        self._parts: dict[tuple[int, ...], Part | None] = {}
        if report is not None:
            self.sections = {s.path: s for s in report.walk()}
            meta = report.meta
            if self.year is None:
                self.year = meta.year if meta.year is not None else (meta.published.year if meta.published else None)

    def part(self, path: tuple[int, ...]) -> Part | None:
        """The part the section at ``path`` belongs to (:func:`~zhgovreport.outline.parts.part_at`; cached)."""
        if self.report is None:
            return None
        if path not in self._parts:
            self._parts[path] = part_at(self.report, path)
        return self._parts[path]

    def title_year(self, path: tuple[int, ...]) -> int | None:
        """The year the innermost section title on ``path`` that names one names (cached per path)."""
        if path not in self._title_years:
            chain = [self.sections[path[:k]] for k in range(len(path), 0, -1) if path[:k] in self.sections]
            self._title_years[path] = next(
                (y for s in chain if (y := year_in(fold(s.title), 0, len(s.title))) is not None), None
            )
        return self._title_years[path]

    def default_year(self, path: tuple[int, ...], part: Part | None) -> int | None:
        """The year a figure that names none refers to: its section title's, else its part's, else the report's."""
        if self.report is None:
            return self.year
        year = self.title_year(path)
        if year is None and self.report.meta.year is not None:
            year = part_year(self.report.meta, part)
        if year is None and self.year is not None:
            year = self.year + 1 if part is Part.PLANS else self.year
        return year


def _indicators(text: str, figures: Sequence[Quantity], context: _Context) -> list[Indicator]:
    folded = fold(text)
    figures = [q for q in figures if not is_provision(folded, q.start, q.end)]
    t = _Text(text, folded)
    out: list[Indicator] = []
    i = 0
    while i < len(figures):
        sentence = t.sentence(figures[i].start)
        j = i
        while j < len(figures) and figures[j].start < sentence[1]:
            j += 1
        drafts = _read_sentence(t, figures[i:j], sentence[0])
        cues = t.cues(*sentence)
        first_cue = cues[0] if cues else len(folded)
        starts = [d.q.start for d in drafts]
        years = _years(folded, sentence)
        for d in drafts:
            out.append(_finish(t, starts, years, d, first_cue, context))
        i = j
    return out


def _finish(
    t: _Text, starts: Sequence[int], years: Sequence[tuple[int, int]], d: _Draft, first_cue: int, context: _Context
) -> Indicator:
    q = d.q
    part = context.part(q.path)
    if d.aspect is Aspect.BASE or d.items or d.frame >= 0:
        target = False  # an achieved base, a count of words, a time frame
    elif part in _ACHIEVED_PARTS:
        target = False
    elif part in _TARGET_PARTS:
        target = True
    else:
        # a cue in the sentence up to the figure's clause end, or a lead over its paragraph
        target = first_cue < d.clause[1] or t.lead_of(d.q.start) is not None
    year = _year(t, starts, years, d)
    if year is None:
        year = context.default_year(q.path, part)
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

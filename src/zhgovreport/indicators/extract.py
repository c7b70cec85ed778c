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
    DateSpans,
    FigureReading,
    Words,
    comparison_frame,
    compares_with,
    frames_next,
    is_comparand,
    is_item_count,
    is_provision,
    name_in,
    time_frame_end,
    names_a_measure,
    read_after_noun,
    read_figure,
    split_names,
    strip_leading,
)
from zhgovreport.dates import DateSpan, date_spans, report_year
from zhgovreport.model import Aspect, Direction, Indicator, Kind, Part, Quantity, Report, Section
from zhgovreport.locate import part_at, part_year
from zhgovreport.numbering import MARKER_FIRST, match_marker
from zhgovreport.quantities import extract_quantities
from zhgovreport.text.fold import fold

__all__ = ["extract_indicators"]


_END = "[" + re.escape(vocab.CLAUSE_ENDS) + "](?<![0-9][,:](?=[0-9]))"
"""A clause end; a comma or colon between two digits is inside a number or a time (``1,234件``, ``14:54``).

One class of every clause end, then one look-behind for a comma or colon between digits:
stdlib ``re`` searches for a pattern led by a class by scanning for its characters in C
(a pattern led by an alternation, even of classes, is tried at every position), and
backing off (:data:`_LAST_CLAUSE_END`) turns each other character down in one test.  At
the end of a search's stretch the look-ahead fails, so a comma right before ``endpos``
ends a clause, as ``[,:](?![0-9])`` did."""
_CLAUSE_END = re.compile(_END)
_MARKS = frozenset(vocab.CLAUSE_ENDS) - {",", ":"}
"""The clause ends that are ends wherever they stand (a comma or colon may be inside a number)."""
_LAST_CLAUSE_END = re.compile("(?s:.*)" + _END)
"""The last clause end of a stretch (the greedy ``.*`` backs off from the end, in C)."""
_LAST_SENTENCE_END = re.compile("(?s:.*)[" + re.escape(vocab.SENTENCE_ENDS) + "]")
_COLON = re.compile(":")
_SENTENCE_END = re.compile("[" + re.escape(vocab.SENTENCE_ENDS) + "]")
_LINE_BREAKS = frozenset(vocab.PARAGRAPH_ENDS)
_PARAGRAPH_END = re.compile("[" + re.escape(vocab.PARAGRAPH_ENDS) + "]")
_CUES = Words(vocab.TARGET_CUES)
_PLAN_CUES = Words(vocab.PLAN_CUES)
_PREPOSITIONS = Words(vocab.PREPOSITIONS)
_CONDITIONS = Words(vocab.CONDITIONALS)
_CONSEQUENCES = Words(vocab.CONSEQUENCES)
_CUE_NOUNS = frozenset(vocab.TARGET_NOUNS) | {"计划", "规划"}
_ACHIEVED = re.compile("|".join(map(re.escape, vocab.ACHIEVED_VERBS)))
"""The words that say a goal was reached (``完成了``, ``提前实现``), looked for in one search."""
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

_FRAME_CLOSE_LAST = frozenset(close[-1] for close in FRAME_CLOSE)
"""The last characters of :data:`~zhgovreport.indicators.clauses.FRAME_CLOSE` (``比``, ``较``)."""

_SHORT_NAME = 2
"""A name this short (a bare counting verb: ``举办``) gives way to the noun after the figure."""

_DURATIONS = frozenset(vocab.DURATION_UNITS)
_DOUBLINGS = frozenset(vocab.DOUBLING_UNITS)
_RATIOS = frozenset({Kind.MULTIPLE, Kind.PERCENT})
"""Kinds of figure that are a ratio of something: a date before one is its basis (``达到一九五〇年的一点八倍``)."""
_AS_LEVEL, _AS_BASE = Aspect.LEVEL, Aspect.BASE
"""The aspects as module names: an enum member read from its class costs a descriptor call."""
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

    def __init__(self, text: str, folded: str, dates: DateSpans) -> None:
        self.text = text
        self.folded = folded
        self.dates = dates
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
        floor = (pos // _WINDOW - 1) * _WINDOW  # (pos - _WINDOW) rounded down to a multiple of _WINDOW
        if floor < 0:
            floor = 0
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
        stop = (pos // _WINDOW + 2) * _WINDOW
        if stop > self.size:
            stop = self.size
        last_pos, last_end = self._next
        if last_pos <= pos <= last_end < self.size and (
            self.folded[last_end] in _MARKS or _CLAUSE_END.match(self.folded, last_end)
        ):
            return last_end  # the end found for an earlier figure of the same clause
        match = _CLAUSE_END.search(self.folded, pos, stop)
        end = match.start() if match is not None else stop
        self._next = (pos, end)
        return end

    def clause(self, pos: int) -> tuple[int, int]:
        """The clause holding ``pos``: from the clause end before it to the one after it; a
        parenthesis open before it is a clause of its own, and an outline marker that opens a
        line (``（三）``, ``6.``, ``①``) is no part of the line's first clause."""
        lo, hi = self.end_before(pos) + 1, self.end_after(pos)
        folded = self.folded
        if (lo == 0 or folded[lo - 1] in _LINE_BREAKS) and lo < pos and folded[lo] in MARKER_FIRST:
            marker = match_marker(folded, lo, pos)
            if marker is not None:
                lo = marker.end
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

    def first_cue(self, lo: int, hi: int) -> int:
        """Where the first target cue of ``folded[lo:hi]`` starts, or ``-1`` (a cue noun of a goal reached is none)."""
        folded = self.folded
        for m in _CUES.pattern.finditer(folded, lo, hi):
            s, e = m.span()
            if folded[s:e] in _CUE_NOUNS:
                c_lo, c_hi = self.clause(s)
                c_lo, c_hi = max(c_lo, s - _REACH), min(c_hi, e + _REACH)
                if _ACHIEVED.search(folded, c_lo, c_hi) is not None:
                    continue
            return s
        return -1

    def _leads(self) -> list[tuple[int, int]]:
        """(colon, start) of each clause that ends in ``:`` with a cue in its sentence before it."""
        folded = self.folded
        out: list[tuple[int, int]] = []
        for end in (m.start() for m in _COLON.finditer(folded)):
            if self._in_number(end):
                continue
            lo = max(self.sentence(end)[0], end - _REACH)
            if self.first_cue(lo, end) >= 0:
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
    respectively = False  # a figure of the current clause has 分别 before it
    for k, q in enumerate(figures):
        clause = t.clause(q.start)
        if drafts and drafts[-1].clause != clause:
            if respectively:
                _pair_respectively(folded, drafts, clause_first)  # a list lends its last name to later clauses
                respectively = False
            clause_first = len(drafts)
        frame_end = time_frame_end(folded, q.start, q.end, q.unit) if q.unit in _DURATIONS else -1
        if (  # 金额五年累计1858亿美元: the period of the next figure of the clause
            frame_end < 0
            and q.unit in _DURATIONS
            and k + 1 < len(figures)
            and figures[k + 1].start < clause[1]
            and frames_next(folded, prev.q.end if prev is not None and prev.clause == clause else clause[0], q.start, q.end, figures[k + 1].start)
        ):
            frame_end = q.end
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
            and strip_leading(folded, lo, frame.q.start, t.dates) >= frame.q.start
        ):
            lo = frame.frame
        reading = read_figure(folded, lo, q.start, same is not None, t.dates, q.kind in _RATIOS)
        if q.unit in _DOUBLINGS and reading.aspect is _AS_LEVEL and reading.direction is None:
            reading = reading._replace(aspect=Aspect.CHANGE, direction=Direction.UP)  # 翻两番: two doublings
        if (  # 金额五年累计, 要按期完成三年内裁减军队员额: a name read over a time frame
            frame is not None
            and frame.clause == clause
            and lo <= frame.q.start
            and reading.name_start <= frame.q.start < reading.name_end
        ):
            stop = min(clause[1], figures[k + 1].start) if k + 1 < len(figures) else clause[1]
            reading = _over_frame(t, reading, frame, q, read_after_noun(folded, q.end, stop))
        respectively = respectively or reading.respectively
        if reading.continues and same is not None:
            head = drafts[same.head if same.head >= 0 else prev_index]
            d = _Draft(q, clause, reading, head.name, head.aspect, head.direction, head.basis)
            d.head = same.head if same.head >= 0 else prev_index
        else:
            d = _Draft(
                q,
                clause,
                reading,
                (reading.name_start, reading.name_end),
                reading.aspect,
                reading.direction,
                (reading.basis_start, reading.basis_end),
            )
            name_lo, name_hi = d.name
            if (
                name_lo < 0
                or reading.counting
                or name_hi - name_lo <= _SHORT_NAME
                or (folded[name_lo] in _PREPOSITIONS.first and _PREPOSITIONS.starting_at(folded, name_lo, name_hi) > 0)
                # …改革的两个决定: a figure right after 的 (no date before it) counts the noun after it
                or (reading.aspect is _AS_LEVEL and folded[q.start - 1] == "的" and reading.basis_start < 0)
            ):
                stop = min(clause[1], figures[k + 1].start) if k + 1 < len(figures) else clause[1]
                after = read_after_noun(folded, q.end, stop)
                if after[0] >= 0:
                    d.name = after
            if d.name[0] < 0:
                d.name = same.name if same is not None and same.name[0] >= 0 else _inherit(t, drafts, starts, d, s_lo)
            if d.name[0] < 0 and same is not None and same.aspect is _AS_BASE and d.direction is not None:
                d.name = same.name  # 从A增加到B: the level reached shares the base's name
            if d.basis[0] < 0 and same is None:
                d.basis = _earlier_frame(t, d, s_lo)
            if is_item_count(folded, clause[0], q.start, q.end, clause[1]):
                d.name = (-1, -1)  # “巩固、增强、提升、畅通”八个字: a count of words, no measure
                d.items = True
        prev, prev_index = d, len(drafts)
        drafts.append(d)
        starts.append(q.start)
    if respectively:
        _pair_respectively(folded, drafts, clause_first)
    return drafts


def _hypothetical(t: _Text, d: _Draft, s_lo: int) -> bool:
    """A figure in a condition (``只要降低百分之一``), or in a clause that opens with its
    consequence (``，就可以每年节约…``) after a condition of the sentence."""
    folded = t.folded
    c_lo = d.clause[0]
    if _CONDITIONS.pattern.search(folded, c_lo, d.q.start) is not None:
        return True
    p = c_lo
    while p < d.q.start and folded[p] in " \t\u3000":
        p += 1
    if _CONSEQUENCES.starting_at(folded, p, d.q.start) < 0:
        return False
    return _CONDITIONS.pattern.search(folded, max(s_lo, c_lo - _REACH), c_lo) is not None


def _over_frame(t: _Text, reading: FigureReading, frame: _Draft, q: Quantity, noun: tuple[int, int]) -> FigureReading:
    """A figure whose name was read over a time frame, read as if the frame were not there.

    What follows the frame, read as a clause of its own, names the measure when it is
    more than a bare verb (``要按期完成三年内裁减军队员额``), or when a noun follows the
    figure (``…教育五年共培养近五百万高级专门人才``: ``noun`` names it); else what precedes
    the frame does (``外商直接投资实际金额五年累计``, ``中央财政五年支出``), unless that is
    one character (``这五年农民人均纯收入``).
    """
    after = read_figure(t.folded, frame.frame, q.start, False, t.dates)
    length = after.name_end - after.name_start
    if length > _SHORT_NAME:
        return after
    if length > 0 and noun[0] >= 0:
        return after._replace(name_start=noun[0], name_end=noun[1])
    before = name_in(t.folded, reading.name_start, frame.q.start, t.dates)
    if before[1] - before[0] > 1 or length <= 0:
        return reading._replace(name_start=before[0], name_end=before[1])
    return after


def _inherit(t: _Text, drafts: Sequence[_Draft], starts: Sequence[int], d: _Draft, s_lo: int) -> tuple[int, int]:
    """The name of the nearest earlier clause of the sentence that names a measure.

    The clause right before a base whose own clause names nothing (``全社会研究与实验发展
    经费，从2002年1288亿元增加到…``) is its topic, and names it when it is a noun phrase alone.
    """
    topic = d.aspect is _AS_BASE
    c_lo = d.clause[0]
    if c_lo > 0 and t.folded[c_lo - 1] == "(":  # 处置医患纠纷51起(99场次): the figure before the parenthesis
        k = bisect.bisect_left(starts, c_lo - 1) - 1
        outer_lo = t.clause(c_lo - 1)[0]
        if k >= 0 and drafts[k].q.start >= outer_lo and drafts[k].frame < 0 and drafts[k].name[0] >= 0:
            return drafts[k].name
    for lo, hi in t.clauses_before(c_lo, s_lo):
        k = bisect.bisect_left(starts, hi) - 1
        inside = False
        while k >= 0 and drafts[k].q.start >= lo:
            inside = True
            if drafts[k].frame < 0 and drafts[k].name[0] >= 0:
                return drafts[k].name
            k -= 1
        if inside:
            continue
        named = names_a_measure(t.folded, max(lo, hi - _REACH), hi, t.dates, topic)
        if named[0] >= 0:
            return named
        topic = False
    return (-1, -1)


def _earlier_frame(t: _Text, d: _Draft, s_lo: int) -> tuple[int, int]:
    """A comparison that fills the clause right before the figure's (``同1987年相比，``)."""
    folded = t.folded
    c_lo = d.clause[0]
    if c_lo < 2 or folded[c_lo - 2] not in _FRAME_CLOSE_LAST:
        return (-1, -1)  # the common case: the clause before ends in no 相比, 比较…
    if not folded.endswith(FRAME_CLOSE, max(0, c_lo - _REACH), c_lo - 1):
        return (-1, -1)
    for lo, hi in t.clauses_before(c_lo, s_lo):
        while lo < hi and folded[lo] == " ":
            lo += 1
        if hi - lo > _REACH:
            return (-1, -1)
        start = comparison_frame(folded, lo, hi, dates=t.dates)
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


Years = tuple[int, int]
"""The first and last year a figure refers to (the same for one year)."""


class _Dates:
    """The dates of a text (:func:`zhgovreport.dates.date_spans`), for the reader and for years."""

    def __init__(self, mentions: Sequence[DateSpan]) -> None:
        dated = [
            (start, end, first.year, last.year)
            for start, end, first, last in mentions
            if first is not None and last is not None
        ]
        self.starts = [start for start, _end, _first, _last in dated]
        self.years: list[Years] = [(first, last) for _start, _end, first, last in dated]
        self.ends = [end for _start, end, _first, _last in dated]
        self.spans = DateSpans({m[0]: m[1] for m in mentions}, {m[1]: m[0] for m in mentions})

    def within(self, lo: int, hi: int) -> range:
        """Indexes of the dated mentions that start in ``[lo, hi)``."""
        return range(bisect.bisect_left(self.starts, lo), bisect.bisect_left(self.starts, hi))

    def first_in(self, lo: int, hi: int) -> Years | None:
        """The years of the first dated mention in ``[lo, hi)`` (a title, a lead)."""
        k = bisect.bisect_left(self.starts, lo)
        return self.years[k] if k < len(self.starts) and self.starts[k] < hi else None


def _year(t: _Text, dates: _Dates, starts: Sequence[int], d: _Draft, s_lo: int, k: int) -> Years | None:
    """The clause's own years, else those of an earlier clause of the sentence without figures, else the lead's.

    ``starts`` are where the sentence's figures (time frames aside) start; ``k``
    indexes the last dated mention that starts before the figure.  A date
    inside the basis (``比2002年``) or opening a span (``2013年以来``) is not the
    figure's.
    """
    folded = t.folded
    c_lo = d.clause[0]
    b_lo, b_hi = d.basis
    for _ in range(_LOOK_BACK):
        if k < 0 or dates.starts[k] < s_lo:
            break
        pos, end, years = dates.starts[k], dates.ends[k], dates.years[k]
        k -= 1
        if end > d.q.start or folded.startswith("以来", end):
            continue  # a date around the figure, or one that opens a span
        attached = end + 1 if folded.startswith("的", end) else end
        if attached != d.q.start and attached in starts:
            continue  # 由一九四九年的百分之三十七: another figure's own date
        if pos >= c_lo:  # the clause's own date, unless it is the basis's (比2002年)
            if not b_lo <= pos < b_hi:
                return years
            continue
        y_lo, y_hi = t.clause(pos)
        j = bisect.bisect_left(starts, y_lo)
        if j < len(starts) and starts[j] < y_hi:
            continue  # a clause with figures speaks of them
        if is_comparand(folded, y_lo, pos, end, y_hi):
            if d.aspect is _AS_BASE and compares_with(folded, y_lo, pos, end, y_hi):
                return years  # 同“五五”时期相比，…由三亿零五百三十万吨: a base is of the period compared with
            continue  # 来同一九四九年产量比较, 按一九八〇年不变价格计算: not the time the figure speaks of
        return years
    lead = t.lead_of(d.q.start)
    return dates.first_in(*lead) if lead is not None else None


class _Context:
    """Where figures sit in a report: the part of each section, and the years titles and parts speak of."""

    def __init__(self, report: Report | None, year: int | None, dates: _Dates) -> None:
        self.report = report
        self.year = year
        self.dates = dates
        self.sections: dict[tuple[int, ...], Section] = {}
        self.places: dict[tuple[int, ...], tuple[Part | None, Years | None]] = {}
        """The part and the default years of each path a figure was read at (:meth:`place`)."""
        if report is not None:
            self.sections = {s.path: s for s in report.walk()}
            if self.year is None:
                self.year = report_year(report)

    def place(self, path: tuple[int, ...]) -> tuple[Part | None, Years | None]:
        """The part the section at ``path`` belongs to, and the years a figure there whose
        sentence names none refers to (cached in :attr:`places`)."""
        place = self.places.get(path)
        if place is None:
            part = part_at(self.report, path) if self.report is not None else None
            place = self.places[path] = (part, self.default_years(path, part))
        return place

    def title_years(self, path: tuple[int, ...]) -> Years | None:
        """The years the innermost section title on ``path`` that names one names."""
        chain = [self.sections[path[:k]] for k in range(len(path), 0, -1) if path[:k] in self.sections]
        return next((y for s in chain if (y := self.dates.first_in(s.start, s.heading_end)) is not None), None)

    def default_years(self, path: tuple[int, ...], part: Part | None) -> Years | None:
        """The years a figure whose sentence names none refers to: its section title's, else its part's."""
        if self.report is None:
            return None if self.year is None else (self.year, self.year)
        years = self.title_years(path)
        if years is not None:
            return years
        if self.year is None:
            return None
        meta = self.report.meta
        year = part_year(meta if meta.year == self.year else attrs.evolve(meta, year=self.year), part)
        return None if year is None else (year, year)


def _indicators(text: str, figures: Sequence[Quantity], context: _Context) -> list[Indicator]:
    folded = fold(text)
    figures = [q for q in figures if not is_provision(folded, q.start, q.end)]
    t = _Text(text, folded, context.dates.spans)
    dates = context.dates
    date_starts = dates.starts
    places = context.places
    out: list[Indicator] = []
    append = out.append
    count = len(figures)
    i = 0
    while i < count:
        s_lo, s_hi = t.sentence(figures[i].start)
        j = i + 1
        while j < count and figures[j].start < s_hi:
            j += 1
        drafts = _read_sentence(t, figures[i:j], s_lo)
        first_cue = -2  # not looked for yet: most figures' parts decide without it
        conditional = _CONDITIONS.pattern.search(folded, s_lo, s_hi) is not None
        starts: list[int] | None = None  # where the sentence's figures start: made for the first year read
        for d in drafts:
            if d.items:
                continue  # “巩固、增强、提升、畅通”八个字, 两个方面: a count of words or items measures nothing
            q = d.q
            path = q.path
            part, default = places.get(path) or context.place(path)
            if d.aspect is _AS_BASE or d.frame >= 0:
                target = False  # an achieved base, a time frame
            elif part in _ACHIEVED_PARTS:
                target = False
            elif conditional and _hypothetical(t, d, s_lo):
                target = False  # 只要降低百分之一，就可以每年节约…: a condition and its consequence
            elif part in _TARGET_PARTS:
                target = True
            else:
                # a cue in the sentence up to the figure's clause end, or a lead over its paragraph
                if first_cue == -2:
                    first_cue = t.first_cue(s_lo, s_hi)
                target = (
                    0 <= first_cue < d.clause[1]
                    or t.lead_of(q.start) is not None
                    or (part is Part.TASKS and _PLAN_CUES.pattern.search(folded, d.clause[0], q.start) is not None)
                )
            k = bisect.bisect_left(date_starts, q.start) - 1
            if k >= 0 and date_starts[k] >= s_lo:  # a date in the sentence before the figure
                if starts is None:
                    starts = [e.q.start for e in drafts if e.frame < 0]
                years = _year(t, dates, starts, d, s_lo, k)
            else:
                lead = t.lead_of(q.start)
                years = dates.first_in(*lead) if lead is not None else None
            if years is None:
                years = default
            name_lo, name_hi = d.name
            b_lo, b_hi = d.basis
            append(
                Indicator(
                    q,
                    text[name_lo:name_hi] if name_lo >= 0 else None,
                    name_lo if name_lo >= 0 else None,
                    name_hi if name_lo >= 0 else None,
                    d.aspect,
                    d.direction,
                    text[b_lo:b_hi] if b_lo >= 0 else None,
                    target,
                    path,
                    part,
                    years[0] if years is not None and years[0] == years[1] else None,
                    years if years is not None and years[0] != years[1] else None,
                )
            )
        i = j
    return out


def extract_indicators(source: str | Report, *, year: int | None = None) -> list[Indicator]:
    """Every figure of ``source`` with what it measures, in order.

    ``source`` is a text or a parsed :class:`~zhgovreport.model.Report`;
    there is one :class:`~zhgovreport.model.Indicator` per figure that
    :func:`~zhgovreport.quantities.extract_quantities` finds, but for the
    numbers of a list of provisions (``第3、4条``) and counts of words or items
    (``以下五个方面``), which measure nothing.  ``year`` is the
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
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
        raise TypeError(f"extract_indicators: year must be an int, got {type(year).__name__}")
    if isinstance(source, Report):
        dates = _Dates(date_spans(source, year=year))
        return _indicators(source.text, extract_quantities(source), _Context(source, year, dates))
    check_str(source, "extract_indicators")
    dates = _Dates(date_spans(source, year=year))
    return _indicators(source, extract_quantities(source), _Context(None, year, dates))

"""Stage 1 — the clause reader: what the words before a figure say about it.

For one figure, :func:`read_figure` reads its clause from the figure leftwards
(``docs/spec/indicators.md``, §1), in this order:

1. ``的`` and a date right before the figure (``从2020年四季度的69件``) are skipped;
2. ``从``/``由``/``自`` make the figure the ``base`` of ``从A提高到B``;
3. a verb of change with ``到``/``至``/``为`` makes a ``level`` reached, with a
   direction (``提高到23%``); a linking verb (``达到``, ``为``, ``控制在``) a ``level``;
4. otherwise a verb of change makes a ``change`` (``增长5.2%``), direction from the verb;
5. comparisons (``同比``, ``比上年``, ``年均``) give the ``basis``; adverbs
   (``继续``, ``全年``, ``分别``) are skipped;
6. what is left is the name: leading connectives, dates and the reporting body
   are stripped, and an adverb such as ``共`` or ``要`` cuts it
   (:data:`~zhgovreport.indicators.vocab.NAME_SPLITTERS`).

A name that starts with a verb of change makes a ``change`` (``减轻负担近2万亿元``)
unless it ends in a rate noun (``居民消费价格涨幅3%``).  Every table is in
:mod:`~zhgovreport.indicators.vocab`; matching is on folded text, and every
offset indexes the caller's string.

>>> r = read_figure("粮食产量比上年增加178亿斤", 0, 9)
>>> r.aspect.value, r.direction.value, (r.name_start, r.name_end), (r.basis_start, r.basis_end)
('change', 'up', (0, 4), (4, 7))
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

import regex

from zhgovreport.indicators import vocab
from zhgovreport.model import Aspect, Direction
from zhgovreport.numbering import ITEM, ITEM_NUMERAL_CHARS
from zhgovreport.numerals import CN_PLAIN_DIGITS

__all__ = [
    "FRAME_CLOSE",
    "NO_DATES",
    "DateSpans",
    "FigureReading",
    "Words",
    "comparison_frame",
    "is_item_count",
    "is_provision",
    "names_a_measure",
    "read_after_noun",
    "read_figure",
    "split_names",
    "strip_leading",
]


class DateSpans(NamedTuple):
    """Where the dates of a text are (from :func:`zhgovreport.extract_dates`): the one date grammar.

    ``starts`` maps a date's start to its end, ``ends`` its end to its start.
    A date opening a name is no part of it (``2022年一审行政诉讼败诉率``), nor one
    closing it (``这一比重在一九五四年``); one right before a figure
    (``增加到2022年三季度的530件``) is skipped to read the verb before it.
    """

    starts: Mapping[int, int]
    ends: Mapping[int, int]


NO_DATES = DateSpans({}, {})
"""No dates known (the reader then reads dates as words of the name)."""


class FigureReading(NamedTuple):
    """What a figure's clause says about it; offsets index the text (``-1``: none)."""

    name_start: int
    name_end: int
    aspect: Aspect
    direction: Direction | None
    basis_start: int
    basis_end: int
    respectively: bool
    """``分别`` stands between the name and the figure."""
    continues: bool
    """Nothing but a list joiner (``、``, ``和``, ``-``) since the previous figure: the
    figure continues that figure's list (``分别增长8.4%和11.4%``)."""


class Words:
    """A table of words of :mod:`~zhgovreport.indicators.vocab`, matched with their exclusions.

    :meth:`ending_at` and :meth:`starting_at` find the longest word at a
    position; :meth:`find_all` every word of a stretch in one regex pass.
    """

    def __init__(self, rows: Iterable[vocab.Word | tuple[str, str, str]]) -> None:
        self.rows: dict[str, tuple[str, str]] = {}
        for row in rows:
            surface, not_after, not_before = (row[0], row[2], row[3]) if isinstance(row, vocab.Word) else row
            self.rows[surface] = (not_after, not_before)
        self.lengths = sorted({len(w) for w in self.rows}, reverse=True)
        self.last = frozenset(w[-1] for w in self.rows)
        self.first = frozenset(w[0] for w in self.rows)
        alternatives = []
        for word in sorted(self.rows, key=len, reverse=True):  # longest first, as starting_at
            not_after, not_before = self.rows[word]
            first = re.escape(word[0])
            # the exclusion before the word is checked after its first character, so that every
            # alternative starts with a literal and the search skips ahead in C (25 ms → 1 ms)
            behind = f"(?<![{re.escape(not_after)}]{first})" if not_after else ""
            ahead = f"(?![{re.escape(not_before)}])" if not_before else ""
            alternatives.append(first + behind + re.escape(word[1:]) + ahead)
        self.pattern = re.compile("|".join(alternatives))
        """Every word with its exclusions, for :meth:`find_all` (one pass in C)."""

    def _ok(self, folded: str, start: int, end: int, word: str) -> bool:
        not_after, not_before = self.rows[word]
        if not_after and start > 0 and folded[start - 1] in not_after:
            return False
        return not (not_before and end < len(folded) and folded[end] in not_before)

    def ending_at(self, folded: str, lo: int, end: int, check_after: bool = True) -> int:
        """The start of the longest word that ends at ``end`` (not before ``lo``), or ``-1``."""
        if end <= lo or folded[end - 1] not in self.last:
            return -1
        for length in self.lengths:
            start = end - length
            if start < lo:
                continue
            word = folded[start:end]
            if word in self.rows:
                not_after, not_before = self.rows[word]
                if not_after and start > 0 and folded[start - 1] in not_after:
                    continue
                if check_after and not_before and end < len(folded) and folded[end] in not_before:
                    continue
                return start
        return -1

    def starting_at(self, folded: str, start: int, hi: int) -> int:
        """The end of the longest word that starts at ``start`` (not past ``hi``), or ``-1``."""
        if start >= hi or folded[start] not in self.first:
            return -1
        for length in self.lengths:
            end = start + length
            if end > hi:
                continue
            word = folded[start:end]
            if word in self.rows and self._ok(folded, start, end, word):
                return end
        return -1

    def find_all(self, folded: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """Every (start, end) of a word in ``folded[lo:hi]``, left to right, not overlapping."""
        return [m.span() for m in self.pattern.finditer(folded, lo, hi)]


def _verb_rows(verbs: Iterable[vocab.Verb]) -> list[tuple[str, str, str]]:
    return [(v.surface, "", v.not_before) for v in verbs]


_CHANGE = Words(_verb_rows(vocab.CHANGE_VERBS))
_DIRECTION = {v.surface: v.direction for v in (*vocab.CHANGE_VERBS, *vocab.COMPARATIVES)}
_NOT_CHANGE = Words(vocab.NOT_CHANGE)
_REACH = Words(vocab.REACH_PARTICLES)
_FROM = Words(vocab.FROM_WORDS)
_LEVEL = Words(vocab.LEVEL_VERBS)
_RATE = Words(vocab.RATE_NOUNS)
_HEADS = Words([*vocab.MEASURE_HEADS, *vocab.RATE_NOUNS])
_BASIS = Words(vocab.BASIS_WORDS)
_COMPARANDS = tuple(w.surface for w in vocab.COMPARANDS)
_COMPARAND_SET = frozenset(_COMPARANDS)
_COMPARATIVE = Words(_verb_rows(vocab.COMPARATIVES))
_PER = Words(vocab.PER_WORDS)
_FRAMES = Words(vocab.COMPARISON_FRAMES)
_ADVERBS = Words(vocab.ADVERBS)
_LEADING_ADVERBS = Words([w for w in vocab.ADVERBS if w.surface not in vocab.NOT_LEADING])
_SPLITTERS = Words([w for w in vocab.ADVERBS if w.surface in vocab.NAME_SPLITTERS])
_RESPECTIVELY = frozenset(vocab.RESPECTIVELY)
_LEADING = Words(vocab.LEADING_WORDS)
_TARGET_NOUNS = Words((w, "", "") for w in vocab.TARGET_NOUNS)
_STOPS = Words(vocab.AFTER_NOUN_STOPS)
_ITEM_BEFORE = Words(vocab.ITEM_COUNT_BEFORE)
_ITEM_AFTER = Words(vocab.ITEM_COUNT_AFTER)
_COORDINATORS = Words((w, "", "") for w in vocab.COORDINATORS)

_FRAME_LAST = frozenset(w.surface[-1] for w in vocab.COMPARISON_FRAMES)
_FRAME_SPAN = 14
"""How far back (characters) a comparison frame (``比``…) may open before its verb."""

_LIST_JOINER_CHARS = "、和及与,-~—–至到 "
_LIST_JOINERS = frozenset(_LIST_JOINER_CHARS)
"""Characters that may stand alone between two figures of one list or range."""

_TRIM_CHARS = " \t\u3000的——-\"'()[]、"
_TRIM = frozenset(_TRIM_CHARS)
"""Characters never at either end of a name (quotation marks only when unbalanced)."""

_OPENERS = {"“": "”", "《": "》", "‘": "’", "(": ")"}
_CLOSERS = {close: open_ for open_, close in _OPENERS.items()}
_TRIM_ENDS = _TRIM | frozenset(_OPENERS) | frozenset(_CLOSERS)

_LEADING_RUN = re.compile(
    "(?:"
    + "|".join(
        (
            "[" + re.escape("".join(sorted(_TRIM_CHARS))) + "]",
            _LEADING.pattern.pattern,
            _LEADING_ADVERBS.pattern.pattern,
        )
    )
    + ")*"
)
"""Leading words, adverbs and trimmed characters, as many as stand at the start (one C call)."""

_ITEM_FIRST = frozenset("第其" + ITEM_NUMERAL_CHARS)
_LEADING_FIRST = _TRIM | _LEADING.first | _LEADING_ADVERBS.first | _ITEM_FIRST
"""The characters a leading word, marker or trimmed character may start with."""

_BARE_VERB = 2
"""A name part this short after a splitting adverb is a bare verb (``拟安排``)."""

_DURATIONS = frozenset(vocab.DURATION_UNITS)
_PROVISION_CHARS = "".join(vocab.PROVISION_UNITS)
_PROVISION_LIST = regex.compile(rf"第\s*[\d{CN_PLAIN_DIGITS}十百]+\s*[{_PROVISION_CHARS}]?\s*[、,和及至到-]\s*第?\s*$")

_LEVEL_FRAMES = ("等于", "相当于")
FRAME_CLOSE = ("作比较", "相比较", "相比", "比较", "相较")
"""How a comparison frame of its own closes (``同1987年相比``, ``同一九五二年作比较``)."""

_TAIL_LAST = frozenset().union(
    *(t.last for t in (_FROM, _REACH, _LEVEL, _CHANGE, _COMPARATIVE, _BASIS, _ADVERBS, _PER, _FRAMES)),
    "了的",
    (close[-1] for close in FRAME_CLOSE),
)
"""Every character a word read before a figure may end with: with any other right before
it, the figure has no verb, comparison or adverb and its clause is all name."""
_DEGREE_AFTER = ("较快", "很快", "明显", "显著", "迅速", "较大", "较多", "平稳")
_FRAME_OPEN = frozenset("同与和跟")


def _trim(folded: str, lo: int, hi: int) -> tuple[int, int]:
    if lo >= hi or (folded[lo] not in _TRIM_ENDS and folded[hi - 1] not in _TRIM_ENDS):
        return lo, hi  # the common case
    while True:
        while lo < hi and folded[lo] in _TRIM:
            lo += 1
        while hi > lo and folded[hi - 1] in _TRIM:
            hi -= 1
        if lo < hi and folded[lo] in _OPENERS and folded.find(_OPENERS[folded[lo]], lo + 1, hi) < 0:
            lo += 1
        elif lo < hi and folded[hi - 1] in _CLOSERS and folded.find(_CLOSERS[folded[hi - 1]], lo, hi - 1) < 0:
            hi -= 1
        else:
            return lo, hi


def strip_leading(folded: str, lo: int, hi: int, dates: DateSpans = NO_DATES) -> int:
    """Where a name starts once leading connectives, dates, subjects and markers are skipped."""
    starts = dates.starts
    while lo < hi:
        if lo in starts:
            lo = min(hi, starts[lo])
            continue
        if folded[lo] not in _LEADING_FIRST:
            return lo  # the common case: a name starts with a noun
        start = _LEADING_RUN.match(folded, lo, hi).end()  # type: ignore[union-attr]  # ``*`` always matches
        if start < hi and folded[start] in _ITEM_FIRST:
            item = ITEM.match(folded, start, hi)
            if item:
                start = item.end()
        start, _ = _trim(folded, start, hi)
        if start == lo:
            return lo
        lo = start
    return lo


def _strip_adverbs(folded: str, lo: int, p: int) -> tuple[int, bool]:
    """Skip adverbs ending at ``p``; also report whether ``分别`` was among them."""
    respectively = False
    while p > lo:
        while p > lo and folded[p - 1] in " \t":
            p -= 1
        start = _ADVERBS.ending_at(folded, lo, p, check_after=False)
        if start < 0:
            return p, respectively
        if folded[start:p] in _RESPECTIVELY:
            respectively = True
        p = start
    return p, respectively


def comparison_frame(folded: str, lo: int, p: int, loose: bool = False, dates: DateSpans = NO_DATES) -> int:
    """The start of a comparison that ends at ``p`` (``比上年``, ``同1987年相比``), or ``-1``.

    ``loose``: the verb is a comparative (``比各项贷款平均增速高``), so anything may
    be compared with.
    """
    for close in FRAME_CLOSE:
        if folded.endswith(close, lo, p):
            inner_end = p - len(close)
            for k in range(inner_end - 1, max(lo, inner_end - _FRAME_SPAN) - 1, -1):
                if folded[k] in _FRAME_OPEN and k + 1 < inner_end:
                    return k
            return -1
    floor = max(lo, p - _FRAME_SPAN)
    window = folded[floor:p]
    if _FRAME_LAST.isdisjoint(window):
        return -1  # the common case: no frame word ends in reach
    for k in range(p - 1, floor - 1, -1):
        if folded[k] not in _FRAME_LAST:
            continue
        start = _FRAMES.ending_at(folded, floor, k + 1, check_after=False)
        if start >= 0:
            frame = folded[start : k + 1]
            inner = folded[k + 1 : p]
            if inner and (loose or _comparand(frame, inner, dates.starts.get(k + 1, -1) >= p - 1)):
                return start
    return -1


def _comparand(frame: str, inner: str, is_date: bool) -> bool:
    """Whether ``inner`` is what ``frame`` compares with: a comparand word, or a date (``比2012年``)."""
    if frame in _LEVEL_FRAMES or is_date:
        return True
    if inner.endswith("的"):
        inner = inner[:-1]
    if inner in _COMPARAND_SET:
        return True
    if _ADVERBS.ending_at(inner, 0, len(inner), check_after=False) >= 0:
        return False  # 比上年分别: the comparand ends before the adverb
    return (
        inner.startswith(_COMPARANDS)
        or inner.endswith(("年", "年度", "年末", "年底", "年初", "末", "期", "前"))
    )


def _comparative(folded: str, lo: int, p: int) -> int:
    """The start of ``高``/``低``/``多``… ending at ``p`` after a ``比``/``较`` frame, or ``-1``."""
    start = _COMPARATIVE.ending_at(folded, lo, p, check_after=False)
    if start < 0:
        return -1
    q, _ = _strip_adverbs(folded, lo, start)
    k = max(folded.rfind("比", lo, q), folded.rfind("较", lo, q))
    return start if k >= 0 and q - k <= _FRAME_SPAN and folded[k + 1 : q] else -1


def _change_start(folded: str, lo: int, p: int) -> int:
    """The start of a verb of change ending at ``p`` that is not part of a counting word (``新增``)."""
    start = _CHANGE.ending_at(folded, lo, p, check_after=False)
    if start < 0:
        return -1
    if _NOT_CHANGE.ending_at(folded, lo, p, check_after=False) >= 0:
        return -1
    return start


def read_figure(
    folded: str, lo: int, start: int, after_figure: bool = False, dates: DateSpans = NO_DATES
) -> FigureReading:
    """Read the clause text ``folded[lo:start]`` before a figure at ``start``.

    ``lo`` is where the figure's own text begins: its clause's start, or the
    end of the previous figure in the same clause (``after_figure``: then the
    name starts after the last ``、``, as in ``1.4万亿斤新台阶、亩产提升10.1斤``).
    """
    p = start
    while p > lo and folded[p - 1] in " \t":
        p -= 1
    if p > lo and not folded[lo:p].strip(_LIST_JOINER_CHARS):
        return FigureReading(-1, -1, Aspect.LEVEL, None, -1, -1, False, True)
    ends = dates.ends
    if p <= lo or (folded[p - 1] not in _TAIL_LAST and p not in ends):  # a noun right before the figure
        return _level(folded, lo, p, after_figure, dates)
    date_end = -1  # the end of a date skipped before the figure (等于一九四九年的四点二倍)
    if p in ends or (folded[p - 1] == "的" and p - 1 in ends):
        date_end = p if p in ends else p - 1
        p = max(lo, ends[date_end])
    elif folded[p - 1] == "的":
        p -= 1
    per = _PER.ending_at(folded, lo, p, check_after=False)
    if per >= 0:
        p = per
    while p > lo and folded[p - 1] in " \t":
        p -= 1
    aspect = Aspect.LEVEL
    direction: Direction | None = None
    basis = (-1, -1)
    respectively = False
    loose = False
    from_start = _FROM.ending_at(folded, lo, p, check_after=False)
    if from_start >= 0:
        aspect = Aspect.BASE
        p, _ = _strip_adverbs(folded, lo, from_start)
    else:
        if folded.endswith("了", lo, p):
            p -= 1
        particle = _REACH.ending_at(folded, lo, p, check_after=False)
        verb = _change_start(folded, lo, particle) if particle >= 0 else -1
        level = _LEVEL.ending_at(folded, lo, p, check_after=False) if verb < 0 else -1
        if verb >= 0:  # 提高到23%: the level reached
            direction = _DIRECTION[folded[verb:particle]]
            p = verb
        elif level >= 0:  # 达到, 为, 控制在: the level itself
            if date_end >= 0 and folded[level:p] in _LEVEL_FRAMES:
                basis = (level, date_end)
            p = level
        else:
            verb = _change_start(folded, lo, p)
            if verb < 0:
                verb = _comparative(folded, lo, p)
                loose = verb >= 0
            if verb >= 0:
                aspect = Aspect.CHANGE
                direction = _DIRECTION[folded[verb:p]]
                p = verb
        while True:  # comparisons and adverbs, in any order
            b = _BASIS.ending_at(folded, lo, p, check_after=False)
            if b < 0:
                b = comparison_frame(folded, lo, p, loose, dates)
            if b >= 0:
                if basis[0] < 0:
                    basis = (b, p)
                p = b
                continue
            q, resp = _strip_adverbs(folded, lo, p)
            respectively = respectively or resp
            if q == p:
                break
            p = q
    if aspect is Aspect.LEVEL and direction is None:
        return _level(folded, lo, p, after_figure, dates, basis)
    if after_figure:
        lo = max(lo, folded.rfind("、", lo, p) + 1)
    name_lo, name_hi = _name(folded, lo, p, dates)
    return FigureReading(name_lo, name_hi, aspect, direction, basis[0], basis[1], respectively, False)


def _level(
    folded: str, lo: int, p: int, after_figure: bool, dates: DateSpans, basis: tuple[int, int] = (-1, -1)
) -> FigureReading:
    """A figure with no verb of change before it: its name, and a ``change`` when the name
    starts with a verb of change (``减轻负担近2万亿元``) and ends in no rate noun."""
    if after_figure:
        lo = max(lo, folded.rfind("、", lo, p) + 1)
    name_lo, name_hi = _name(folded, lo, p, dates)
    if name_lo >= 0 and folded[name_lo] in _CHANGE.first:
        verb_end = _CHANGE.starting_at(folded, name_lo, name_hi)
        if (
            verb_end > 0
            and verb_end < name_hi
            and _NOT_CHANGE.starting_at(folded, name_lo, name_hi) < 0
            and _RATE.ending_at(folded, name_lo, name_hi, check_after=False) < 0
        ):
            direction = _DIRECTION[folded[name_lo:verb_end]]
            return FigureReading(name_lo, name_hi, Aspect.CHANGE, direction, basis[0], basis[1], False, False)
    return FigureReading(name_lo, name_hi, Aspect.LEVEL, None, basis[0], basis[1], False, False)


def _name(folded: str, lo: int, hi: int, dates: DateSpans = NO_DATES) -> tuple[int, int]:
    """The name in ``folded[lo:hi]``: leading words and dates stripped, cut at a splitting adverb."""
    lo, hi = _trim(folded, lo, hi)
    while hi > lo:
        t = _TARGET_NOUNS.ending_at(folded, lo, hi, check_after=False)
        if t < 0 or t == lo:
            break
        hi = t
        lo, hi = _trim(folded, lo, hi)
    lo = strip_leading(folded, lo, hi, dates)
    splits = _SPLITTERS.find_all(folded, lo, hi) if _SPLITTERS.pattern.search(folded, lo, hi) else ()
    for s, e in reversed(splits):
        r_lo, r_hi = _trim(folded, strip_leading(folded, e, hi, dates), hi)
        l_lo, l_hi = _trim(folded, lo, s)
        if r_hi - r_lo > _BARE_VERB or (r_hi > r_lo and strip_leading(folded, l_lo, l_hi, dates) >= l_hi):
            lo = r_lo  # 调解组织共调解案件: what follows names the measure
            break
        hi = s  # 预算内投资拟安排, 失业率全年: what precedes it does
    lo, hi = _trim(folded, lo, hi)
    lo = strip_leading(folded, lo, hi, dates)
    date = dates.ends.get(hi, -1)
    if date > lo:  # 这一比重在一九五四年(预计将由…): the date is no part of it
        hi = date - 1 if folded[date - 1] == "在" else date
        lo, hi = _trim(folded, lo, hi)
    if hi <= lo:
        return -1, -1
    return lo, hi


def read_after_noun(folded: str, end: int, hi: int, max_len: int = 16) -> tuple[int, int]:
    """The noun phrase right after a figure (``2期人民调解员骨干培训班``), up to ``hi`` or a stop word."""
    pos = end
    while pos < hi and folded[pos] in " \t":
        pos += 1
    if pos >= hi or folded[pos] in "的了是为以之等多余左上" or _STOPS.starting_at(folded, pos, hi) > pos + 1:
        return -1, -1  # 对6件提出…: a verb follows the figure, not a noun
    stop = min(hi, pos + max_len + 1)
    k = pos
    while k < stop:
        c = folded[k]
        if c in "《的" or (c in "(\"" and k > pos):
            break  # a title, a possessive (14亿多中国人的饭碗), a note in brackets
        if k > pos and (_STOPS.starting_at(folded, k, hi) > 0 or _SPLITTERS.starting_at(folded, k, hi) > 0):
            break  # a verb, or an adverb before one (同二十五个国家已经建立了…)
        k += 1
    if k - pos > max_len:
        return -1, -1
    lo, k = _trim(folded, pos, k)
    if k - lo < 2 or _CHANGE.starting_at(folded, lo, k) > 0 or _LEVEL.starting_at(folded, lo, k) > 0:
        return -1, -1  # a verb, not a noun (五年增长1.26倍)
    return lo, k


def names_a_measure(folded: str, lo: int, hi: int, dates: DateSpans = NO_DATES) -> tuple[int, int]:
    """The measure a clause without a figure names (``原油产量继续增长``), or ``(-1, -1)``.

    It names one when it ends (after adverbs of degree) in a verb of change, or
    in the head of a measure (``经济总量``, ``行政经费预算``).
    """
    lo, hi = _trim(folded, lo, hi)
    p = hi
    for word in _DEGREE_AFTER:
        if folded.endswith(word, lo, p):
            p -= len(word)
            break
    if folded.endswith("了", lo, p):
        p -= 1
    verb = _change_start(folded, lo, p)
    if verb >= 0:
        p, _ = _strip_adverbs(folded, lo, verb)
        return _name(folded, lo, p, dates)
    if _HEADS.ending_at(folded, lo, hi, check_after=False) >= 0:
        return _name(folded, lo, hi, dates)
    return -1, -1


def split_names(folded: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The coordinated names of a ``分别`` list (``A和B`` → ``A``, ``B``), as spans."""
    out: list[tuple[int, int]] = []
    pos = lo
    for s, e in _COORDINATORS.find_all(folded, lo, hi):
        a, b = _trim(folded, pos, s)
        if b > a:
            out.append((a, b))
        pos = e
    a, b = _trim(folded, pos, hi)
    if b > a:
        out.append((a, b))
    return out


def time_frame_end(folded: str, start: int, end: int, unit: str | None) -> int:
    """Where a duration that frames the time ends (``过去五年``, ``五年来``, ``比五年前``), or ``-1``.

    The end includes the frame word after the duration (``五年来`` ends after ``来``).
    """
    if unit not in _DURATIONS:
        return -1
    for word in vocab.TIME_FRAME_AFTER:
        if folded.startswith(word, end):
            return end + len(word)
    before = any(folded.endswith(w, 0, start) or folded.startswith(w, start) for w in vocab.TIME_FRAME_BEFORE)
    return end if before else -1  # 过去五年; 近两年 (近 is the figure's own approximation word)


def is_provision(folded: str, start: int, end: int) -> bool:
    """True for the second number of a list of legal provisions (``第3、4条``, ``第五、六款``, ``第3、4章``)."""
    if not folded.startswith(vocab.PROVISION_UNITS, end - 1) and not folded.startswith(vocab.PROVISION_UNITS, end):
        return False
    return _PROVISION_LIST.search(folded, max(0, start - 12), start) is not None


def is_item_count(folded: str, lo: int, start: int, end: int, hi: int) -> bool:
    """True when the figure counts words or items (``“…”八个字``, ``以下五个方面``)."""
    p = start
    while p > lo and folded[p - 1] in " \t":
        p -= 1
    if _ITEM_BEFORE.ending_at(folded, lo, p, check_after=False) >= 0:
        return True
    return _ITEM_AFTER.starting_at(folded, end, hi) > 0

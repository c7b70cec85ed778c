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
    "compares_with",
    "frames_next",
    "is_comparand",
    "is_item_count",
    "is_provision",
    "name_in",
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
    counting: bool = False
    """A bare verb with ``了`` (``中心受理了17名湖南籍农民工``) or an existential ``有``
    (``中国在国外约有1200万侨民``) stands before the figure: the noun after the figure,
    when one follows, is what it counts."""


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
        self.last = frozenset(w[-1] for w in self.rows)
        self.first = frozenset(w[0] for w in self.rows)
        longest_first = sorted(self.rows, key=len, reverse=True)
        self._by_last: dict[str, tuple[tuple[str, int, str, str], ...]] = {
            c: tuple((w, len(w), *self.rows[w]) for w in longest_first if w[-1] == c) for c in self.last
        }
        """The words that end in a character, longest first, with their exclusions."""
        self._by_first: dict[str, tuple[tuple[str, int, str, str], ...]] = {
            c: tuple((w, len(w), *self.rows[w]) for w in longest_first if w[0] == c) for c in self.first
        }
        """The words that start with a character, longest first, with their exclusions."""
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

    def ending_at(self, folded: str, lo: int, end: int, check_after: bool = True) -> int:
        """The start of the longest word that ends at ``end`` (not before ``lo``), or ``-1``."""
        if end <= lo:
            return -1
        words = self._by_last.get(folded[end - 1])
        if words is None:
            return -1
        for word, length, not_after, not_before in words:
            start = end - length
            if start < lo or not folded.startswith(word, start):
                continue
            if not_after and start > 0 and folded[start - 1] in not_after:
                continue
            if check_after and not_before and end < len(folded) and folded[end] in not_before:
                continue
            return start
        return -1

    def starting_at(self, folded: str, start: int, hi: int) -> int:
        """The end of the longest word that starts at ``start`` (not past ``hi``), or ``-1``."""
        if start >= hi:
            return -1
        words = self._by_first.get(folded[start])
        if words is None:
            return -1
        for word, length, not_after, not_before in words:
            end = start + length
            if end > hi or not folded.startswith(word, start):
                continue
            if not_after and start > 0 and folded[start - 1] in not_after:
                continue
            if not_before and end < len(folded) and folded[end] in not_before:
                continue
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
_ADVERBS = Words([*vocab.ADVERBS, *vocab.CONDITIONALS])
"""Adverbs, and the words of a condition (``生产成本只要降低``): never part of a name."""
_LEADING_ADVERBS = Words(
    [w for w in vocab.ADVERBS if w.surface not in vocab.NOT_LEADING] + [*vocab.CONDITIONALS, *vocab.CONSEQUENCES]
)
_SPLITTERS = Words([w for w in vocab.ADVERBS if w.surface in vocab.NAME_SPLITTERS])
_RESPECTIVELY = frozenset(vocab.RESPECTIVELY)
_LEADING = Words(vocab.LEADING_WORDS)
_TARGET_NOUNS = Words((w, "", "") for w in vocab.TARGET_NOUNS)
_STOPS = Words(vocab.AFTER_NOUN_STOPS)
_ITEM_BEFORE = Words(vocab.ITEM_COUNT_BEFORE)
_ITEM_AFTER = Words(vocab.ITEM_COUNT_AFTER)
_COORDINATORS = Words((w, "", "") for w in vocab.COORDINATORS)

_FRAME_LAST = frozenset(w.surface[-1] for w in vocab.COMPARISON_FRAMES)
_AFTER_NOUN_MARKS = frozenset("《的(\"")
_AFTER_NOUN_BREAK = re.compile(
    "[" + re.escape("".join(sorted(_AFTER_NOUN_MARKS | _STOPS.first | _SPLITTERS.first))) + "]"
).search
"""The next character after a figure that may end the noun read after it (:func:`read_after_noun`)."""
_FRAME_LAST_PATTERN = re.compile("[" + re.escape("".join(sorted(_FRAME_LAST))) + "]")
_FRAME_LAST_SEARCH, _FRAME_LAST_ITER = _FRAME_LAST_PATTERN.search, _FRAME_LAST_PATTERN.finditer
_FRAME_SPAN = 14
"""How far back (characters) a comparison frame (``比``…) may open before its verb."""

_LIST_JOINER_CHARS = "、和及与,-~—–至到 "
_LIST_JOINERS = frozenset(_LIST_JOINER_CHARS)
"""Characters that may stand alone between two figures of one list or range."""

_TRIM_CHARS = " \t\u3000的——-\"'[]、"
_TRIM = frozenset(_TRIM_CHARS)
"""Characters never at either end of a name (quotation marks and parentheses only when unbalanced:
``农业总产值(包括村办工业)`` keeps its note)."""

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
_TIME_ENDS = tuple(w.surface for w in vocab.TIME_PHRASE_ENDS)
_BARE_TIME_END = vocab.TIME_PHRASE_BARE_END
_TIME_REACH = 12
"""How far (characters) a time phrase at the start of a name (``在恢复期间``) may run."""
_LEADING_FIRST = _TRIM | _LEADING.first | _LEADING_ADVERBS.first | _ITEM_FIRST | {vocab.TIME_PHRASE_OPEN} | set(vocab.BEFORE_DATE)
"""The characters a leading word, marker or trimmed character may start with."""

_BARE_VERB = 2
"""A name part this short after a splitting adverb is a bare verb (``拟安排``)."""

_DURATIONS = frozenset(vocab.DURATION_UNITS)
_TIME_FRAME_AFTER = tuple(vocab.TIME_FRAME_AFTER)
_NOT_TIME_FRAMES = tuple(vocab.NOT_TIME_FRAMES)
_TIME_FRAME_BEFORE = tuple(vocab.TIME_FRAME_BEFORE)
_PROVISION_CHARS = "".join(vocab.PROVISION_UNITS)
_PROVISION_LIST = regex.compile(rf"第\s*[\d{CN_PLAIN_DIGITS}十百]+\s*[{_PROVISION_CHARS}]?\s*[、,和及至到-]\s*第?\s*$")

_LEVEL_FRAMES = ("等于", "相当于")
_BASIS_FRAMES = (*_LEVEL_FRAMES, "按")
"""Frame words after which a date is a level's or a computation's basis, not what is compared with."""
FRAME_CLOSE = ("作比较", "相比较", "相比", "比较", "相较")
"""How a comparison frame of its own closes (``同1987年相比``, ``同一九五二年作比较``)."""

_TAIL_LAST = frozenset().union(
    *(t.last for t in (_FROM, _REACH, _LEVEL, _CHANGE, _COMPARATIVE, _BASIS, _ADVERBS, _PER, _FRAMES)),
    "了的",
    (close[-1] for close in FRAME_CLOSE),
)
"""Every character a word read before a figure may end with: with any other right before
it, the figure has no verb, comparison or adverb and its clause is all name."""
_ADVERB_ENDS = _ADVERBS.last | {" ", "\t"}
"""What the character before an adverb (or the white space :func:`_strip_adverbs` skips) may be."""
_DEGREE_AFTER = tuple(vocab.DEGREE_AFTER)
_EXISTENTIAL = frozenset(vocab.EXISTENTIAL_VERBS)
_LINK_ENDS = frozenset(vocab.LINK_VERB_ENDS)
_BEFORE_DATE = frozenset(vocab.BEFORE_DATE)
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
        elif lo < hi and folded[lo] in _CLOSERS:  # a closer never opens a name: (PM / 2.5 / )平均浓度
            lo += 1
        elif lo < hi and folded[hi - 1] in _OPENERS:  # nor does an opener end one
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
        if folded[lo] in _BEFORE_DATE and lo + 1 in starts:
            lo = min(hi, starts[lo + 1])  # 到2020年: a date with the word that ties it
            continue
        if folded[lo] == vocab.TIME_PHRASE_OPEN:
            end = _time_phrase_end(folded, lo, hi, _TIME_ENDS)
            if end > lo:
                lo = end  # 在恢复期间工业总产值: when, not what
                continue
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


def _time_phrase_end(folded: str, lo: int, hi: int, words: tuple[str, ...]) -> int:
    """The end of a time phrase that opens ``folded[lo:hi]`` and ends in one of ``words``
    (``在恢复期间``, ``疫情期间``), or ``-1``; never all of it."""
    stop = min(hi, lo + _TIME_REACH)
    ends = [(k, len(word)) for word in words if (k := folded.find(word, lo + 1, stop)) >= 0]
    if not ends:
        return -1
    k, length = min(ends)
    return k + length if k + length < hi else -1


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
    if folded.endswith(FRAME_CLOSE, lo, p):
        close = next(close for close in FRAME_CLOSE if folded.endswith(close, lo, p))
        inner_end = p - len(close)
        for k in range(inner_end - 1, max(lo, inner_end - _FRAME_SPAN) - 1, -1):
            if folded[k] in _FRAME_OPEN and k + 1 < inner_end:
                return k
        return -1
    floor = max(lo, p - _FRAME_SPAN)
    if _FRAME_LAST_SEARCH(folded, floor, p) is None:
        return -1  # the common case: no frame word ends in reach
    for k in reversed([m.start() for m in _FRAME_LAST_ITER(folded, floor, p)]):  # nearest first
        start = _FRAMES.ending_at(folded, floor, k + 1)  # 比重, 比例 are no 比
        if start >= 0:
            frame = folded[start : k + 1]
            inner = folded[k + 1 : p]
            if inner and (loose or _comparand(frame, inner, dates.starts.get(k + 1, -1) >= p - 1)):
                return start
    return -1


def compares_with(folded: str, lo: int, start: int, end: int, hi: int) -> bool:
    """True when the date ``folded[start:end]`` of the clause ``folded[lo:hi]`` is what a
    comparison compares with: right after ``比`` or ``较`` (``比一九四九年``), or after
    ``同``/``与``/``跟``/``和`` with the comparison closing after it (``同“五五”时期相比``).

    >>> text = "“六五”时期同“五五”时期相比"
    >>> compares_with(text, 0, 7, 13, len(text)), compares_with(text, 0, 0, 6, len(text))
    (True, False)
    """
    frame = _FRAMES.ending_at(folded, lo, start, check_after=False)
    if frame >= 0:
        return folded[frame:start] not in _BASIS_FRAMES
    if start <= lo or folded[start - 1] not in _FRAME_OPEN:
        return False
    return any(folded.find(close, end, hi) >= 0 for close in FRAME_CLOSE)


def is_comparand(folded: str, lo: int, start: int, end: int, hi: int) -> bool:
    """True when the date ``folded[start:end]`` of the clause ``folded[lo:hi]`` is not the time
    the clause speaks of: what it compares with (:func:`compares_with`), or the date of a level
    frame or of a basis of computation (``等于一九四九年的``, ``按一九八〇年不变价格计算``).

    >>> text = "按一九八〇年不变价格计算"
    >>> is_comparand(text, 0, 1, 6, len(text))
    True
    """
    return _FRAMES.ending_at(folded, lo, start, check_after=False) >= 0 or compares_with(folded, lo, start, end, hi)


def _comparand(frame: str, inner: str, is_date: bool) -> bool:
    """Whether ``inner`` is what ``frame`` compares with: a comparand word, or a date (``比2012年``)."""
    if frame in _LEVEL_FRAMES or is_date:
        return True
    if (frame[-1] + inner).startswith(_DEGREE_AFTER):
        return False  # 增长较快的…时期: an adverb of degree, no comparison
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


_CONTINUES = FigureReading(-1, -1, Aspect.LEVEL, None, -1, -1, False, True)
_AS_LEVEL, _AS_CHANGE, _AS_BASE = Aspect.LEVEL, Aspect.CHANGE, Aspect.BASE
"""The aspects as module names: an enum member read from its class costs a descriptor call."""


def read_figure(
    folded: str,
    lo: int,
    start: int,
    after_figure: bool = False,
    dates: DateSpans = NO_DATES,
    ratio: bool = False,
) -> FigureReading:
    """Read the clause text ``folded[lo:start]`` before a figure at ``start``.

    ``lo`` is where the figure's own text begins: its clause's start, or the
    end of the previous figure in the same clause (``after_figure``: then the
    name starts after the last ``、``, as in ``1.4万亿斤新台阶、亩产提升10.1斤``).
    ``ratio``: the figure is a multiple or a percent, so a date right before it
    after a linking verb is what it is a ratio of, its basis (``达到一九五〇年的一点八倍``),
    as after ``等于`` and ``相当于`` for any figure.

    Each table is tried only when the character before ``p`` ends one of its
    words (``Words.last``): most tables have no word there.
    """
    p = start
    while p > lo and folded[p - 1] in " \t":
        p -= 1
    if p <= lo:
        return _level(folded, lo, p, after_figure, dates)
    last = folded[p - 1]
    if last in _LIST_JOINERS and not folded[lo:p].strip(_LIST_JOINER_CHARS):
        return _CONTINUES
    ends = dates.ends
    if last not in _TAIL_LAST and p not in ends:  # a noun right before the figure
        return _level(folded, lo, p, after_figure, dates)
    date_end = -1  # the end of a date skipped before the figure (等于一九四九年的四点二倍)
    if p in ends or (last == "的" and p - 1 in ends):
        date_end = p if p in ends else p - 1
        p = max(lo, ends[date_end])
    elif last == "的":
        p -= 1
    if p > lo and folded[p - 1] in _PER.last:
        per = _PER.ending_at(folded, lo, p, check_after=False)
        if per >= 0:
            p = per
    while p > lo and folded[p - 1] in " \t":
        p -= 1
    aspect = _AS_LEVEL
    direction: Direction | None = None
    basis = (-1, -1)
    if date_end >= 0 and p > lo and folded[p - 1] in _FRAMES.last:
        frame = _FRAMES.ending_at(folded, lo, p, check_after=False)
        if frame >= 0 and folded[frame:p] not in _BASIS_FRAMES:  # 比1980年翻两番: the date is compared with
            basis = (frame, date_end)
            p = frame
    respectively = False
    loose = False
    counting = False
    level = -1
    last = folded[p - 1] if p > lo else ""
    from_start = _FROM.ending_at(folded, lo, p, check_after=False) if last in _FROM.last else -1
    if from_start >= 0:
        aspect = _AS_BASE
        p, _ = _strip_adverbs(folded, lo, from_start)
    else:
        counting = last == "了"
        if counting:
            p -= 1
            last = folded[p - 1] if p > lo else ""
        particle = _REACH.ending_at(folded, lo, p, check_after=False) if last in _REACH.last else -1
        verb = _change_start(folded, lo, particle) if particle >= 0 else -1
        level = _LEVEL.ending_at(folded, lo, p, check_after=False) if verb < 0 and last in _LEVEL.last else -1
        if verb >= 0:  # 提高到23%: the level reached
            direction = _DIRECTION[folded[verb:particle]]
            p = verb
        elif level >= 0:  # 达到, 为, 控制在: the level itself
            if date_end >= 0 and (ratio or folded[level:p] in _LEVEL_FRAMES):
                basis = (level, date_end)
            counting = folded[level:p] in _EXISTENTIAL
            p = level
        else:
            verb = _change_start(folded, lo, p) if last in _CHANGE.last else -1
            if verb < 0 and last in _COMPARATIVE.last:
                verb = _comparative(folded, lo, p)
                loose = verb >= 0
            if verb >= 0:
                aspect = _AS_CHANGE
                direction = _DIRECTION[folded[verb:p]]
                p = verb
        while p > lo:  # comparisons and adverbs, in any order
            last = folded[p - 1]
            b = _BASIS.ending_at(folded, lo, p, check_after=False) if last in _BASIS.last else -1
            if b < 0:
                b = comparison_frame(folded, lo, p, loose, dates)
            if b >= 0:
                if basis[0] < 0:
                    basis = (b, p)
                p = b
                continue
            if last not in _ADVERB_ENDS:
                break
            q, resp = _strip_adverbs(folded, lo, p)
            respectively = respectively or resp
            if q == p:
                break
            p = q
    if aspect is _AS_LEVEL and direction is None:
        reading = _level(folded, lo, p, after_figure, dates, basis)
        if from_start < 0 and counting and reading.aspect is _AS_LEVEL:
            return reading._replace(counting=True)
        return reading
    if after_figure:
        lo = _after_figure(folded, lo, p)
    name_lo, name_hi = _name(folded, lo, p, dates)
    return FigureReading(name_lo, name_hi, aspect, direction, basis[0], basis[1], respectively, False)


def _level(
    folded: str, lo: int, p: int, after_figure: bool, dates: DateSpans, basis: tuple[int, int] = (-1, -1)
) -> FigureReading:
    """A figure with no verb of change before it: its name, and a ``change`` when the name
    starts with a verb of change (``减轻负担近2万亿元``) and ends in no rate noun."""
    if after_figure:
        lo = _after_figure(folded, lo, p)
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
            return FigureReading(name_lo, name_hi, _AS_CHANGE, direction, basis[0], basis[1], False, False)
    return FigureReading(name_lo, name_hi, _AS_LEVEL, None, basis[0], basis[1], False, False)


def _after_figure(folded: str, lo: int, p: int) -> int:
    """Where the name of a figure after another of its clause starts: after the last ``、``; at
    ``p`` (no name) when the words since ``lo`` end in a joiner, as in a list of counts
    (``285所县中医院和534所县妇幼保健院``: the noun after the figure names it)."""
    lo = max(lo, folded.rfind("、", lo, p) + 1)
    q = p
    while q > lo and folded[q - 1] in " \t":
        q -= 1
    return p if _COORDINATORS.ending_at(folded, lo, q, check_after=False) >= 0 else lo


def name_in(folded: str, lo: int, hi: int, dates: DateSpans = NO_DATES) -> tuple[int, int]:
    """The name in ``folded[lo:hi]`` (a stretch cut before a time frame), as :func:`read_figure` reads one."""
    return _name(folded, lo, hi, dates)


def _name(folded: str, lo: int, hi: int, dates: DateSpans = NO_DATES) -> tuple[int, int]:
    """The name in ``folded[lo:hi]``: leading words and dates stripped, cut at a splitting adverb.

    :func:`_trim` and :func:`strip_leading` are called only when the name's first
    or last character is one they may take away (the common case: a noun at both ends).
    """
    starts = dates.starts
    if lo < hi and (folded[lo] in _TRIM_ENDS or folded[hi - 1] in _TRIM_ENDS):
        lo, hi = _trim(folded, lo, hi)
    while hi > lo and folded[hi - 1] in _TARGET_NOUNS.last:
        t = _TARGET_NOUNS.ending_at(folded, lo, hi, check_after=False)
        if t < 0 or t == lo:
            break
        hi = t
        lo, hi = _trim(folded, lo, hi)
    if lo < hi and (folded[lo] in _LEADING_FIRST or lo in starts):
        lo = strip_leading(folded, lo, hi, dates)
    if folded.find(_BARE_TIME_END, lo, min(hi, lo + _TIME_REACH)) >= 0:  # 疫情期间成功预约: when, not what
        end = _time_phrase_end(folded, lo, hi, (_BARE_TIME_END,))
        lo = strip_leading(folded, end, hi, dates) if end > lo else lo
    if _SPLITTERS.pattern.search(folded, lo, hi):
        for s, e in reversed(_SPLITTERS.find_all(folded, lo, hi)):
            r_lo, r_hi = _trim(folded, strip_leading(folded, e, hi, dates), hi)
            l_lo, l_hi = _trim(folded, lo, s)
            if (r_hi - r_lo > _BARE_VERB and not _predicate(folded, r_lo, r_hi)) or (
                r_hi > r_lo and strip_leading(folded, l_lo, l_hi, dates) >= l_hi
            ):
                lo = r_lo  # 调解组织共调解案件: what follows names the measure
                break
            hi = s  # 预算内投资拟安排, 失业率全年: what precedes it does
    if lo < hi and (folded[lo] in _TRIM_ENDS or folded[hi - 1] in _TRIM_ENDS):
        lo, hi = _trim(folded, lo, hi)
    if lo < hi and (folded[lo] in _LEADING_FIRST or lo in starts):
        lo = strip_leading(folded, lo, hi, dates)
    date = dates.ends.get(hi, -1)
    if date > lo:  # 这一比重在一九五四年(预计将由…): the date is no part of it
        hi = date - 1 if folded[date - 1] in _BEFORE_DATE else date
        lo, hi = _trim(folded, lo, hi)
    if hi <= lo:
        return -1, -1
    if folded[lo] in _CHANGE.first and _bare_change(folded, lo, hi):
        return -1, -1  # 增长较快的“一五”时期: a verb of change alone names nothing
    return lo, hi


def _predicate(folded: str, lo: int, hi: int) -> bool:
    """True when ``folded[lo:hi]`` opens with a verb that says what the measure reaches, not a
    measure (``已经达到全体农户``, ``要增加到全国人口``: the share's whole follows it), or ends
    in one (``已经发展到``)."""
    end = _LEVEL.starting_at(folded, lo, hi)
    if end - lo >= 2 and folded[end - 1] in _LINK_ENDS:
        return True
    end = _CHANGE.starting_at(folded, lo, hi)
    if end > 0 and _REACH.starting_at(folded, end, hi) > 0:
        return True
    # 已经发展到十万个: any verb before 到, 至 or 为 says what is reached (a name never ends so)
    return _REACH.ending_at(folded, lo, hi, check_after=False) > lo


def _bare_change(folded: str, lo: int, hi: int) -> bool:
    """True when ``folded[lo:hi]`` is a verb of change alone, or with an adverb of degree (``增长较快``)."""
    end = _CHANGE.starting_at(folded, lo, hi)
    return end > 0 and (end == hi or folded[end:hi] in _DEGREE_AFTER)


def read_after_noun(folded: str, end: int, hi: int, max_len: int = 16) -> tuple[int, int]:
    """The noun phrase right after a figure (``2期人民调解员骨干培训班``), up to ``hi`` or a stop word."""
    pos = end
    while pos < hi and folded[pos] in " \t":
        pos += 1
    if pos >= hi or folded[pos] in "的了是为以之等多余左上" or _STOPS.starting_at(folded, pos, hi) > pos + 1:
        return -1, -1  # 对6件提出…: a verb follows the figure, not a noun
    stop = min(hi, pos + max_len + 1)
    k = pos if folded[pos] == "《" else pos + 1
    while k < stop:
        match = _AFTER_NOUN_BREAK(folded, k, stop)  # the next character that may end the noun
        if match is None:
            k = stop
            break
        k = match.start()
        if folded[k] in _AFTER_NOUN_MARKS:
            break  # a title, a possessive (14亿多中国人的饭碗), a note in brackets
        if _STOPS.starting_at(folded, k, hi) > 0 or _SPLITTERS.starting_at(folded, k, hi) > 0:
            break  # a verb, or an adverb before one (同二十五个国家已经建立了…)
        k += 1
    if k - pos > max_len:
        return -1, -1
    if k == hi:  # up to the next figure: a joiner before it is no part of the noun (县中医院和534所)
        joiner = _COORDINATORS.ending_at(folded, pos, k, check_after=False)
        k = joiner if joiner > pos else k
    lo, k = _trim(folded, pos, k)
    if k - lo < 2 or _CHANGE.starting_at(folded, lo, k) > 0 or _LEVEL.starting_at(folded, lo, k) > 0:
        return -1, -1  # a verb, not a noun (五年增长1.26倍)
    return lo, k


def names_a_measure(
    folded: str, lo: int, hi: int, dates: DateSpans = NO_DATES, topic: bool = False
) -> tuple[int, int]:
    """The measure a clause without a figure names (``原油产量继续增长``), or ``(-1, -1)``.

    It names one when it ends (after adverbs of degree) in a verb of change, or
    in the head of a measure (``经济总量``, ``行政经费预算``).  ``topic``: the clause
    is the topic of a ``从A增加到B`` right after it (``全社会研究与实验发展经费，从…``),
    and names the measure when it is a noun phrase alone (no verb, no ``了``).
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
    if topic and hi - lo <= _TOPIC and not _has_verb(folded, lo, hi):
        return _name(folded, lo, hi, dates)
    return -1, -1


_TOPIC = 24
"""How long (characters) a topic clause (``全社会研究与实验发展经费，从…``) may be."""


def _has_verb(folded: str, lo: int, hi: int) -> bool:
    """Whether ``folded[lo:hi]`` holds ``了``, a verb of change, a linking verb or an after-noun stop."""
    if "了" in folded[lo:hi]:
        return True
    return any(table.pattern.search(folded, lo, hi) for table in (_CHANGE, _LEVEL, _STOPS))


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
    if folded.startswith(_TIME_FRAME_AFTER, end) and not folded.startswith(_NOT_TIME_FRAMES, end):
        word = next(word for word in _TIME_FRAME_AFTER if folded.startswith(word, end))
        return end + len(word)
    before = folded.endswith(_TIME_FRAME_BEFORE, 0, start) or folded.startswith(_TIME_FRAME_BEFORE, start)
    return end if before else -1  # 过去五年; 近两年 (近 is the figure's own approximation word)


def frames_next(folded: str, lo: int, start: int, end: int, next_start: int) -> bool:
    """True when the duration ``folded[start:end]`` is the period of the next figure of its
    clause (``金额五年累计1858亿美元``, ``五年中央财政支持重点建设投资2800多亿元``).

    Not when only a joiner stands between them (``3年、5年``), when ``的`` follows the duration
    (``三天的讨论``), or when a verb, comparison or ``从`` governs it (``由3年延长到5年``).
    """
    between = folded[end:next_start]
    if not between.strip(_LIST_JOINER_CHARS) or between.startswith("的"):
        return False
    reading = read_figure(folded, lo, start)
    if reading.aspect is not _AS_LEVEL or reading.direction is not None or reading.basis_start >= 0:
        return False
    p = start
    while p > lo and folded[p - 1] in " \t":
        p -= 1
    return _LEVEL.ending_at(folded, lo, p, check_after=False) < 0 and _PER.ending_at(folded, lo, p, check_after=False) < 0


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
    if p > lo and folded[p - 1] in _ITEM_BEFORE.last and _ITEM_BEFORE.ending_at(folded, lo, p, check_after=False) >= 0:
        return True
    return end < hi and folded[end] in _ITEM_AFTER.first and _ITEM_AFTER.starting_at(folded, end, hi) > 0

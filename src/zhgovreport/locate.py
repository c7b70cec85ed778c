"""Where a position of a report lies: its section, its sentence, its part, and the year that part speaks of.

The stages that read a parsed :class:`~zhgovreport.model.Report` (figures,
dates, indicators) give each record the ``path`` and ``section`` title of the
section around it and the ``sentence`` it is in; :func:`locate` is the one
place that says what those are.  :func:`part_at` says which report part a
path belongs to and :func:`part_year` which year that part speaks of (the
parts stage assigns the parts; these read them).

>>> from zhgovreport import parse
>>> report = parse("一、成效\\n(一)复议\\n审结305件。败诉率3%。\\n")
>>> text = report.text
>>> locate(text, text, list(report.walk()), [text.index("305"), text.index("3%")])
[((1, 1), '复议', '审结305件。'), ((1, 1), '复议', '败诉率3%。')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from zhgovreport.model import Meta, Part, Report, ReportKind, Section

__all__ = ["SENTENCE_END", "innermost", "locate", "part_at", "part_year"]

SENTENCE_END = re.compile(r"[。！？；!?;\r\n]")
"""What ends the sentence a record is shown with: ``。！？；`` (and their ASCII
forms) and line breaks.  The mark belongs to the sentence it ends."""

_LAST_SENTENCE_END = re.compile(r"(?s:.*)[。！？；!?;\r\n]")
"""The last :data:`SENTENCE_END` of a stretch (the greedy ``.*`` backs off from its end, in C)."""


def locate(
    text: str,
    folded: str,
    sections: Sequence[Section],
    positions: Sequence[int],
    lo: int = 0,
    hi: int | None = None,
) -> list[tuple[tuple[int, ...], str | None, str]]:
    """``(path, section title, sentence)`` for each of ``positions`` of ``text``.

    ``sections`` are the report's sections in document order (``report.walk()``,
    or one section's ``walk()``); a position outside all of them has path ``()``
    and no title.  Sentences are cut at :data:`SENTENCE_END` within
    ``text[lo:hi]`` (``folded`` is ``text`` folded), stripped of white space.

    ``positions`` come in order: each sentence is found once, around the first
    position in it (the end before it, by a search that resumes where the last
    sentence ended, and the end after it), and the positions after it that lie
    in it share its string.  The text between the positions is read once, in C.
    """
    stop = len(text) if hi is None else hi
    out: list[tuple[tuple[int, ...], str | None, str]] = []
    s_start = s_stop = lo  # the current sentence: [s_start, s_stop), its end mark included
    sentence = ""
    for pos, section in zip(positions, innermost(sections, positions)):
        if not s_start <= pos < s_stop:
            floor = s_stop if s_stop <= pos else lo
            before = _LAST_SENTENCE_END.match(folded, floor, pos)
            s_start = before.end() if before is not None else floor
            after = SENTENCE_END.search(folded, pos, stop)
            s_stop = after.end() if after is not None else stop
            s_end = s_stop - 1 if s_stop > s_start and folded[s_stop - 1] in "\r\n" else s_stop
            sentence = text[s_start:s_end].strip()
        out.append((section.path, section.title, sentence) if section is not None else ((), None, sentence))
    return out


def innermost(sections: Sequence[Section], positions: Sequence[int]) -> list[Section | None]:
    """The innermost of ``sections`` (in document order) around each of ``positions``, or ``None``.

    >>> from zhgovreport import parse
    >>> report = parse("前言\\n一、成效\\n(一)复议\\n审结305件。\\n")
    >>> [s and s.title for s in innermost(list(report.walk()), [0, report.text.index("305")])]
    [None, '复议']
    """
    # Sections in document order tile the text after the preamble, a child
    # after its parent's heading: the section around a position is the last
    # one that starts at or before it.
    starts = [section.start for section in sections]
    out: list[Section | None] = []
    for pos in positions:
        k = bisect.bisect_right(starts, pos) - 1
        out.append(sections[k] if k >= 0 and pos < sections[k].end else None)
    return out


def part_year(meta: Meta, part: Part | None) -> int | None:
    """The year a part of the report speaks of, by default (a clause that names its own year says otherwise).

    ``meta.year`` is the year a report is known by.  A 法治政府 report (or a
    work summary) reports on that year and plans the next; a 政府工作报告 is
    delivered in that year, reviews the year before and sets the targets and
    tasks of that year.  A five-year review (``过去五年工作回顾``) speaks of the
    five years up to the year before; this gives its last year.

    >>> gwr = Meta(kind=ReportKind.GOV_WORK_REPORT, year=2022)
    >>> part_year(gwr, Part.REVIEW), part_year(gwr, Part.TARGETS), part_year(gwr, Part.TASKS)
    (2021, 2022, 2022)
    >>> fzzf = Meta(kind=ReportKind.FZZF_ANNUAL_REPORT, year=2022)
    >>> part_year(fzzf, Part.ACHIEVEMENTS), part_year(fzzf, Part.PLANS)
    (2022, 2023)
    """
    if meta.year is None:
        return None
    if meta.kind is ReportKind.GOV_WORK_REPORT:
        return meta.year - 1 if part is Part.REVIEW else meta.year
    return meta.year + 1 if part is Part.PLANS else meta.year


def part_at(report: Report | Sequence[Section], path: Sequence[int]) -> Part | None:
    """The part of the section at ``path``: its own, else its nearest ancestor's.

    Only top-level sections (and a sub-section that names another part,
    :data:`~zhgovreport.outline._vocab_parts.SUB_PARTS`) carry ``part``; a
    figure or item read from a report knows its section's path, and this says
    which part that is.  ``()`` (the preamble) and a path that leads nowhere
    give ``None``.

    >>> from zhgovreport import parse
    >>> report = parse("政府工作报告\\n各位代表：\\n一、2021年工作回顾\\n(一)稳增长\\n二、2022年政府工作任务\\n")
    >>> part_at(report, (1, 1)).value, part_at(report, (2,)).value, part_at(report, ())
    ('review', 'tasks', None)
    """
    level: Sequence[Section] = report.sections if isinstance(report, Report) else report
    found: Part | None = None
    for number in path:
        if not 1 <= number <= len(level):
            return None
        section = level[number - 1]
        if section.part is not None:
            found = section.part
        level = section.children
    return found

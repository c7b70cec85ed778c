"""Parts stage: top-level sections → the five canonical parts; meta cross-checks.

A 法治政府建设年度报告 has five parts (厅字〔2019〕28号; ``docs/spec/report-parts.md``)
whatever its authors call them: ``主要做法和成效`` and ``2022年度法治政府建设的主要举措和成效``
are both :attr:`~zhgovreport.model.Part.ACHIEVEMENTS`.  :func:`assign_parts`
reads each top-level title (folded, so ``存在問題`` is ``存在问题``) against the
heading words of :data:`~zhgovreport.outline._vocab_parts.PART_KEYWORDS`.

Only documents of that shape get parts: a report whose title says it is a
法治政府 report or a 工作总结, or whose top-level titles name two distinct parts
one of which only this genre has (shortcomings, leadership).  A 政府工作报告
keeps ``part=None`` everywhere although its ``工作回顾`` reads like achievements;
:func:`part_of_title` reads its headings with words of its own (the genre
stage uses them).

>>> part_of_title("2024年度重點工作安排").value
'plans'
>>> part_of_title("存在問題").value
'shortcomings'
>>> part_of_title("坚持政治引领,队伍建设呈现新面貌") is None
True
>>> part_of_title("2021年工作回顧", ReportKind.GOV_WORK_REPORT).value
'review'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

import attrs
import regex

from zhgovreport.dates import find_year
from zhgovreport.model import Meta, Part, ReportKind, Section
from zhgovreport.outline._vocab_parts import DISTINCTIVE_PARTS, GWR_PART_KEYWORDS, PART_KEYWORDS, PART_PRIORITY
from zhgovreport.outline.deadline import on_time
from zhgovreport.text.fold import fold

__all__ = ["Parts", "assign_parts", "looks_five_part", "part_of_title"]

TITLE_SCAN = 200
"""Only this much of a title is read (run-in titles can be long)."""

_CLASSIFIED_KINDS = (ReportKind.FZZF_ANNUAL_REPORT, ReportKind.WORK_SUMMARY)


def _alternation(words: Iterable[str]) -> regex.Pattern[str]:
    return regex.compile("|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)))


@attrs.frozen
class _Vocabulary:
    """One genre's heading words, compiled: the priority parts first, then the first word found."""

    keywords: Mapping[Part, tuple[str, ...]]
    priority: tuple[Part, ...]
    priority_re: regex.Pattern[str] | None
    words_re: regex.Pattern[str]
    word_part: Mapping[str, Part]

    @classmethod
    def of(cls, keywords: Mapping[Part, tuple[str, ...]], priority: tuple[Part, ...] = ()) -> _Vocabulary:
        word_part = {w: part for part, words in keywords.items() if part not in priority for w in words}
        urgent = [w for part in priority for w in keywords[part]]
        return cls(keywords, priority, _alternation(urgent) if urgent else None, _alternation(word_part), word_part)

    def part(self, folded: str) -> Part | None:
        if self.priority_re is not None and self.priority_re.search(folded):
            for part in self.priority:
                if any(w in folded for w in self.keywords[part]):
                    return part
        match = self.words_re.search(folded)
        return self.word_part[match[0]] if match else None


_FZZF = _Vocabulary.of(PART_KEYWORDS, PART_PRIORITY)
_GWR = _Vocabulary.of(GWR_PART_KEYWORDS)


def part_of_title(title: str, kind: ReportKind = ReportKind.FZZF_ANNUAL_REPORT) -> Part | None:
    """The part a heading's title names in a report of ``kind``, or ``None`` when it names none.

    A 政府工作报告 (``kind=GOV_WORK_REPORT``) has its own heading words; every
    other kind is read with those of a 法治政府 report.  Leadership words win
    wherever they stand; otherwise the part whose word comes first in the
    title (``存在问题和下一步工作打算`` is shortcomings).

    >>> part_of_title("党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设情况").value
    'leadership'
    >>> part_of_title("存在问题和下一步工作打算").value
    'shortcomings'
    >>> gwr = ReportKind.GOV_WORK_REPORT
    >>> [part_of_title(t, gwr).value for t in ("过去五年工作回顾", "2015年工作总体部署", "2008年主要任务")]
    ['review', 'targets', 'tasks']
    """
    vocabulary = _GWR if kind is ReportKind.GOV_WORK_REPORT else _FZZF
    return vocabulary.part(fold(title[:TITLE_SCAN]))


def looks_five_part(found: Iterable[Part | None]) -> bool:
    """Whether top-level parts ``found`` are the shape of a 法治政府 report.

    Two distinct parts, one of them a part no other genre has as a heading
    (:data:`~zhgovreport.outline._vocab_parts.DISTINCTIVE_PARTS`).

    >>> looks_five_part([Part.ACHIEVEMENTS, Part.SHORTCOMINGS]), looks_five_part([Part.ACHIEVEMENTS, Part.PLANS])
    (True, False)
    """
    distinct = {p for p in found if p is not None and p is not Part.OTHER}
    return len(distinct) >= 2 and any(p in distinct for p in DISTINCTIVE_PARTS)


def _implicit_part(section: Section) -> Part | None:
    """An implicit parent's part: the one part all its children's titles name."""
    parts = {part_of_title(child.title) for child in section.children}
    parts.discard(None)
    if len(parts) == 1 and all(part_of_title(c.title) is not None for c in section.children):
        return parts.pop()
    return None


def _year_in(title: str) -> int | None:
    return find_year(fold(title[:TITLE_SCAN]))


def _cross_year(meta_year: int | None, sections: tuple[Section, ...]) -> int | None:
    """The reporting year: the title's, else the plans part's year − 1, else the achievements part's."""
    if meta_year is not None:
        return meta_year
    for section in sections:
        if section.part is Part.PLANS:
            year = _year_in(section.title)
            if year is not None:
                return year - 1
    for section in sections:
        if section.part is Part.ACHIEVEMENTS:
            year = _year_in(section.title)
            if year is not None:
                return year
    return None


class Parts(NamedTuple):
    """What the parts stage returns: the meta completed, and the top-level sections with ``part`` set."""

    meta: Meta
    sections: tuple[Section, ...]


def assign_parts(meta: Meta, sections: tuple[Section, ...]) -> Parts:
    """Return ``meta`` completed (year cross-check, ``on_time``) and the sections with ``part`` set.

    Each top-level section gets the part its title names, or
    :attr:`~zhgovreport.model.Part.OTHER`; an implicit parent gets a part
    only when all its children's titles name the same one.  Documents that
    are not five-part reports (see the module docs) are returned unchanged
    but for ``meta.year``.

    ``meta.year`` is kept when the title gave it; otherwise it is the year the
    plans part names minus one (``2023年度推进法治政府建设的主要安排`` → 2022), or
    the year the achievements part names.  ``meta.on_time`` is set for
    five-part reports with a known date and year: published by 1 March of the
    next year (1 April for a provincial body), ``None`` when the body's level
    decides and is unknown.
    """
    found = [_implicit_part(s) if s.implicit else part_of_title(s.title) for s in sections]
    if meta.kind is ReportKind.GOV_WORK_REPORT:
        classify = False
    else:
        classify = meta.kind in _CLASSIFIED_KINDS or looks_five_part(found)
    if classify:
        sections = tuple(
            attrs.evolve(s, part=part if part is not None or s.implicit else Part.OTHER)
            for s, part in zip(sections, found)
        )
    year = _cross_year(meta.year, sections) if classify else meta.year
    punctual = on_time(meta.published, year, meta.agency) if classify else None
    if year != meta.year or punctual != meta.on_time:
        meta = attrs.evolve(meta, year=year, on_time=punctual)
    return Parts(meta, sections)

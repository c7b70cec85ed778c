"""Parts stage: top-level sections → the parts of their genre; meta cross-checks.

A 法治政府建设年度报告 has five parts (厅字〔2019〕28号; ``docs/spec/report-parts.md``)
whatever its authors call them: ``主要做法和成效`` and ``2022年度法治政府建设的主要举措和成效``
are both :attr:`~zhgovreport.model.Part.ACHIEVEMENTS`.  A 政府工作报告 has a
review, targets and tasks: ``2021年工作回顾`` is
:attr:`~zhgovreport.model.Part.REVIEW`, ``2022年政府工作任务``
:attr:`~zhgovreport.model.Part.TASKS`.  :func:`part_of_title` reads a title
(folded, so ``存在問題`` is ``存在问题``) against the heading words of its
genre (:mod:`~zhgovreport.outline._vocab_parts`); :func:`assign_parts` gives
every top-level section of a report of either shape its part.

Which vocabulary applies is the genre's call (``meta.kind``, decided by
:mod:`~zhgovreport.outline.genre`).  A report of unknown kind gets the parts
of a 法治政府 report only when its top-level titles name two distinct parts
one of which only that genre has (shortcomings, leadership).

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

from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

import attrs
import regex

from zhgovreport.dates import find_year
from zhgovreport.model import Meta, Part, Report, ReportKind, Section
from zhgovreport.outline._vocab_parts import (
    DISTINCTIVE_PARTS,
    FORWARD_GWR_PARTS,
    GWR_PART_KEYWORDS,
    PART_KEYWORDS,
    PART_PRIORITY,
    SUB_PARTS,
    TOPICS_BEFORE,
)
from zhgovreport.outline.deadline import on_time
from zhgovreport.text.fold import fold

__all__ = ["Parts", "assign_parts", "looks_five_part", "part_of_title", "refresh_parts"]

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


def _named(section: Section, kind: ReportKind) -> Part | None:
    """The part a top-level section's title names; an implicit parent's is the one all its children name."""
    if not section.implicit:
        return part_of_title(section.title, kind)
    parts = [part_of_title(child.title, kind) for child in section.children]
    if parts and None not in parts and len(set(parts)) == 1:
        return parts[0]
    return None


def _fill_fzzf(found: list[Part | None], sections: tuple[Section, ...]) -> list[Part | None]:
    """Unnamed titles before the first shortcomings/plans part are achievements, after it other."""
    out: list[Part | None] = []
    topics = True
    for section, part in zip(sections, found):
        if part in TOPICS_BEFORE:
            topics = False
        if part is None and not section.implicit:
            part = Part.ACHIEVEMENTS if topics else Part.OTHER
        out.append(part)
    return out


def _fill_gwr(found: list[Part | None], sections: tuple[Section, ...]) -> list[Part | None]:
    """Unnamed titles after the review, targets or tasks are tasks; before them other."""
    out: list[Part | None] = []
    forward = False
    for section, part in zip(sections, found):
        if part is None and not section.implicit:
            part = Part.TASKS if forward else Part.OTHER
        if part in FORWARD_GWR_PARTS:
            forward = True
        out.append(part)
    return out


def _with_sub_parts(section: Section, part: Part | None, kind: ReportKind) -> Section:
    """``section`` with ``part`` set, and its children that name a part :data:`SUB_PARTS` allows."""
    allowed = SUB_PARTS.get(part) if part is not None else None
    children = section.children
    if allowed:
        children = tuple(
            attrs.evolve(child, part=named) if (named := part_of_title(child.title, kind)) in allowed else child
            for child in children
        )
    if part is section.part and children is section.children:
        return section
    return attrs.evolve(section, part=part, children=children)


def _year_in(title: str) -> int | None:
    return find_year(fold(title[:TITLE_SCAN]))


def _first_year(sections: tuple[Section, ...], parts: tuple[Part, ...]) -> int | None:
    for section in sections:
        if section.part in parts:
            year = _year_in(section.title)
            if year is not None:
                return year
    return None


def _cross_year(meta: Meta, sections: tuple[Section, ...]) -> int | None:
    """The year the report is known by, when its title gives none.

    A 法治政府 report: the plans part's year − 1, else the achievements part's.
    A 政府工作报告: the targets or tasks part's year, else the review's + 1,
    else the year it was delivered (the header's date).
    """
    if meta.year is not None:
        return meta.year
    if meta.kind is ReportKind.GOV_WORK_REPORT:
        year = _first_year(sections, (Part.TARGETS, Part.TASKS))
        if year is not None:
            return year
        year = _first_year(sections, (Part.REVIEW,))
        if year is not None:
            return year + 1
        return meta.published.year if meta.published is not None else None
    year = _first_year(sections, (Part.PLANS,))
    if year is not None:
        return year - 1
    return _first_year(sections, (Part.ACHIEVEMENTS,))


class Parts(NamedTuple):
    """What the parts stage returns: the meta completed, and the top-level sections with ``part`` set."""

    meta: Meta
    sections: tuple[Section, ...]


def assign_parts(meta: Meta, sections: tuple[Section, ...]) -> Parts:
    """Return ``meta`` completed (year cross-check, ``on_time``) and the sections with ``part`` set.

    In a 政府工作报告 each top-level section gets the part its title names;
    one that names none is tasks after the review, targets or tasks began
    (``三、把改革开放扎实推向纵深`` after ``二、2015年工作总体部署``) and other
    before; a child of the tasks part that names the targets is targets.  In
    a 法治政府 report, a work summary or a report of unknown kind with the
    five-part shape (see the module docs), each top-level section gets the
    part its title names; one that names none is achievements before the
    first shortcomings or plans part (a report organised by topic) and other
    after it.  An implicit parent gets a part only when all its children's
    titles name the same one.  Other documents are returned unchanged.

    ``meta.year`` is kept when the title gave it; otherwise it comes from the
    headings: the plans part's year minus one (``2023年度推进法治政府建设的主要安排``
    → 2022) or the achievements part's year; in a 政府工作报告 the targets or
    tasks part's year (``2022年政府工作任务``), the review's plus one, or the
    year of the header's date.  ``meta.on_time`` is set for five-part reports
    with a known date and year: published by 1 March of the next year (1 April
    for a provincial body), ``None`` when the body's level decides and is
    unknown.
    """
    kind = meta.kind
    found = [_named(s, kind) for s in sections]
    if kind is ReportKind.GOV_WORK_REPORT:
        parts = _fill_gwr(found, sections)
    elif kind in _CLASSIFIED_KINDS or looks_five_part(found):
        parts = _fill_fzzf(found, sections)
    else:
        return Parts(meta, sections)
    sections = tuple(_with_sub_parts(s, part, kind) for s, part in zip(sections, parts))
    return Parts(_completed(meta, sections), sections)


def refresh_parts(meta: Meta, sections: tuple[Section, ...]) -> Parts:
    """:func:`assign_parts` for ``sections`` it already gave their parts under a ``meta`` of the same kind.

    The parts depend on the kind alone; the year cross-check and ``on_time``
    read the rest of ``meta``, so only they are worked out again (a page's
    attribute table gave the date or the agency, say).

    >>> import datetime
    >>> from zhgovreport import parse
    >>> report = parse("2022年法治政府建设年度报告\\n一、主要举措和成效\\n二、存在问题\\n")
    >>> meta = attrs.evolve(report.meta, published=datetime.date(2023, 2, 20))
    >>> refresh_parts(meta, report.sections) == assign_parts(meta, report.sections)
    True
    >>> report.meta.on_time, refresh_parts(meta, report.sections).meta.on_time
    (None, True)
    """
    if meta.kind is ReportKind.GOV_WORK_REPORT or meta.kind in _CLASSIFIED_KINDS or any(s.part for s in sections):
        return Parts(_completed(meta, sections), sections)
    return Parts(meta, sections)  # not a report with parts: assign_parts left it alone


def _completed(meta: Meta, sections: tuple[Section, ...]) -> Meta:
    """``meta`` with the year cross-checked against the parts' headings and ``on_time`` set."""
    year = _cross_year(meta, sections)
    punctual = None if meta.kind is ReportKind.GOV_WORK_REPORT else on_time(meta.published, year, meta.agency)
    if year != meta.year or punctual != meta.on_time:
        meta = attrs.evolve(meta, year=year, on_time=punctual)
    return meta

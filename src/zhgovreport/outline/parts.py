"""Parts stage: top-level sections → the five canonical parts; meta cross-checks.

A 法治政府建设年度报告 has five parts (厅字〔2019〕28号; ``docs/spec/report-parts.md``)
whatever its authors call them: ``主要做法和成效`` and ``2022年度法治政府建设的主要举措和成效``
are both :attr:`~zhgovreport.model.Part.ACHIEVEMENTS`.  :func:`assign_parts`
reads each top-level title (folded, so ``存在問題`` is ``存在问题``) against the
heading words of :data:`~zhgovreport.outline._vocab_parts.PART_KEYWORDS`.

Only documents of that shape get parts: a report whose title says it is a
法治政府 report or a 工作总结, or whose top-level titles name two distinct parts
one of which only this genre has (shortcomings, leadership).  A 政府工作报告
keeps ``part=None`` everywhere although its ``工作回顾`` reads like achievements.

>>> part_of_title("2024年度重點工作安排").value
'plans'
>>> part_of_title("存在問題").value
'shortcomings'
>>> part_of_title("坚持政治引领,队伍建设呈现新面貌") is None
True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import attrs
import regex

from zhgovreport.dates import find_year
from zhgovreport.model import Meta, Part, ReportKind, Section
from zhgovreport.outline._vocab_parts import DISTINCTIVE_PARTS, PART_KEYWORDS, PART_PRIORITY
from zhgovreport.outline.deadline import on_time
from zhgovreport.text.fold import fold

__all__ = ["Parts", "assign_parts", "part_of_title"]

_KEYWORD_PART: dict[str, Part] = {
    word: part for part, words in PART_KEYWORDS.items() if part not in PART_PRIORITY for word in words
}
_PRIORITY = regex.compile(
    "|".join(regex.escape(w) for part in PART_PRIORITY for w in sorted(PART_KEYWORDS[part], key=len, reverse=True))
)
_KEYWORDS = regex.compile("|".join(regex.escape(w) for w in sorted(_KEYWORD_PART, key=len, reverse=True)))

TITLE_SCAN = 200
"""Only this much of a title is read (run-in titles can be long)."""

_CLASSIFIED_KINDS = (ReportKind.FZZF_ANNUAL_REPORT, ReportKind.WORK_SUMMARY)


def part_of_title(title: str) -> Part | None:
    """The part a heading's title names, or ``None`` when it names none.

    Leadership words win wherever they stand; otherwise the part whose word
    comes first in the title (``存在问题和下一步工作打算`` is shortcomings).

    >>> part_of_title("党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设情况").value
    'leadership'
    >>> part_of_title("存在问题和下一步工作打算").value
    'shortcomings'
    """
    folded = fold(title[:TITLE_SCAN])
    if _PRIORITY.search(folded):
        for part in PART_PRIORITY:
            if any(w in folded for w in PART_KEYWORDS[part]):
                return part
    match = _KEYWORDS.search(folded)
    return _KEYWORD_PART[match[0]] if match else None


def _implicit_part(section: Section) -> Part | None:
    """An implicit parent's part: the one part all its children's titles name."""
    parts = {part_of_title(child.title) for child in section.children}
    parts.discard(None)
    if len(parts) == 1 and all(part_of_title(c.title) is not None for c in section.children):
        return parts.pop()
    return None


def _looks_five_part(found: Iterable[Part | None]) -> bool:
    distinct = {p for p in found if p is not None and p is not Part.OTHER}
    return len(distinct) >= 2 and any(p in distinct for p in DISTINCTIVE_PARTS)


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
        classify = meta.kind in _CLASSIFIED_KINDS or _looks_five_part(found)
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

"""Genre stage: what kind of report a text is, once its headings are known.

The title says it when there is one (``…2022年法治政府建设年度报告``,
``政府工作报告``, even split over two lines as ``政府工作报\\n告``):
:func:`report_kind` reads it, and the header stage calls it.  Most texts
copied from speeches and many pages have no usable title, so
:func:`detect_genre` also reads, in this order (the first cue that decides
wins, and :attr:`Meta.kind_cue <zhgovreport.model.Meta.kind_cue>` records
which one it was):

1. ``title``: the header's title names a kind;
2. ``preamble``: the opening paragraphs (at most :data:`OPENING_SCAN`
   characters after the header, never past the first heading) say so.  A
   speaker who reports for a government (``现在，我代表国务院，向大会报告政府工作``,
   ``我代表中央人民政府作工作報告``) or a first-person sentence that names the
   speech (``我就以此为题，向大会作政府工作报告``) makes a 政府工作报告; a paragraph that announces
   the report (``现将…报告如下``) and names its topic (``法治政府``, ``依法行政``)
   makes a 法治政府 report.  A speaker for another body (``我代表第十九届中央委员会
   向大会作报告``) rules out a 政府工作报告;
3. ``headings``: the top-level titles have the five-part shape
   (:func:`~zhgovreport.outline.parts.looks_five_part`) and the leadership
   part or a topic word is there (in a title or the opening): a 法治政府 report;
4. ``salutation``: the text opens by addressing the deputies (``各位代表：``)
   and its top-level titles name a review and a targets or tasks part of a
   政府工作报告.

Everything is matched on the folded text, so Traditional script and
fullwidth forms read alike; the stage looks at a bounded window and the
top-level titles only.

>>> from zhgovreport.model import Meta
>>> from zhgovreport.text import Source
>>> text = "各位代表：\\n现在，我代表国务院，向大会报告政府工作，请予审议。\\n"
>>> meta = detect_genre(Source.of(text), Meta(), ())
>>> meta.kind.value, meta.kind_cue.value
('gov_work_report', 'preamble')
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from zhgovreport.model import KindCue, Meta, Part, ReportKind, Section
from zhgovreport.outline._vocab_genre import (
    FIRST_PERSON,
    FZZF_TOPICS,
    GOVERNMENT_SPEAKERS,
    GWR_PHRASES,
    KIND_RULES,
    REPORT_PHRASES,
    SALUTATIONS,
    SPEECH_OPENERS,
)
from zhgovreport.outline.parts import looks_five_part, part_of_title
from zhgovreport.text.source import Source

__all__ = ["OPENING_SCAN", "detect_genre", "report_kind"]

OPENING_SCAN = 1500
"""How many characters after the header the opening cues are looked for in (gwr-1985's is at 503)."""


def _any(words: tuple[str, ...]) -> str:
    """A group matching any of ``words``, longest first."""
    return "(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


_GWR_PHRASE = regex.compile(_any(GWR_PHRASES))
_SPEECH = regex.compile(_any(SPEECH_OPENERS) + r"(?P<who>[^,;:!?。\n向作做]{1,30})[,\s]*(?:向|作|做)(?P<rest>[^;!?。\n]*)")
_GOVERNMENT_END = regex.compile(_any(GOVERNMENT_SPEAKERS) + r"\s*$")
_REPORT_PHRASE = regex.compile(_any(REPORT_PHRASES))
_SALUTATION = regex.compile(r"\s*" + _any(SALUTATIONS) + r"\s*[:!]")
_SENTENCE_ENDS = "。;!?\n"
_FORWARD = (Part.TARGETS, Part.TASKS)


def report_kind(folded_title: str) -> ReportKind:
    """Classify a report by its (folded) title; white space inside it is ignored.

    >>> report_kind("诸暨市司法局2022年法治政府建设年度报告").value
    'fzzf_annual_report'
    >>> report_kind("政府工作报告").value, report_kind("政府工作报 告").value
    ('gov_work_report', 'gov_work_report')
    >>> report_kind("司法局2023年度工作总结-8篇(第6/7页)").value
    'work_summary'
    >>> report_kind("高举中国特色社会主义伟大旗帜").value
    'unknown'
    """
    title = "".join(folded_title.split())
    for kind, topics, genres in KIND_RULES:
        if any(t in title for t in topics) and any(g in title for g in genres):
            return kind
    return ReportKind.UNKNOWN


def _has_topic(folded: str) -> bool:
    return any(t in folded for t in FZZF_TOPICS)


def _speakers(folded: str) -> tuple[bool, bool]:
    """(a government reports, another body reports) in the opening ``folded``."""
    government = other = False
    for match in _SPEECH.finditer(folded):
        if "报告" not in match["who"] + match["rest"]:
            continue  # `我代表国务院，向全国各族人民…表示衷心的感谢`
        if _GOVERNMENT_END.search(match["who"]):
            government = True
        else:
            other = True
    return government, other


def _announces_fzzf(source: Source, start: int, end: int) -> bool:
    """A paragraph of the opening announces the report (``报告如下``) and names its topic."""
    folded = source.folded
    for match in _REPORT_PHRASE.finditer(folded, start, end):
        line = source.line_at(match.start())
        if _has_topic(folded[max(line.start, start) : min(line.end, end)]):
            return True
    return False


def _says_gwr(opening: str) -> bool:
    """A first-person sentence names the speech (``我就以此为题，向大会作政府工作报告``).

    News of the speech (``李强代表国务院向大会作政府工作报告``) is not the speech.
    """
    for match in _GWR_PHRASE.finditer(opening):
        sentence = max(opening.rfind(end, 0, match.start()) for end in _SENTENCE_ENDS) + 1
        if FIRST_PERSON in opening[sentence : match.start()]:
            return True
    return False


def _opening_kind(source: Source, start: int, end: int) -> tuple[ReportKind, bool]:
    """The kind the opening ``[start, end)`` states, and whether it rules out a 政府工作报告."""
    opening = source.folded[start:end]
    government, other = _speakers(opening)
    if (government or _says_gwr(opening)) and not other:
        return ReportKind.GOV_WORK_REPORT, False
    if _announces_fzzf(source, start, end):
        return ReportKind.FZZF_ANNUAL_REPORT, other
    return ReportKind.UNKNOWN, other


def _five_part_kind(opening: str, sections: Sequence[Section]) -> bool:
    """Top-level titles in the five-part shape, with the leadership part or the genre's topic."""
    found = [part_of_title(s.title) for s in sections if not s.implicit]
    if not looks_five_part(found):
        return False
    return Part.LEADERSHIP in found or _has_topic(opening) or any(_has_topic(s.title) for s in sections)


def _gwr_shape(sections: Sequence[Section]) -> bool:
    """Top-level titles that name a review, then targets or tasks, of a 政府工作报告."""
    found = [part_of_title(s.title, ReportKind.GOV_WORK_REPORT) for s in sections if not s.implicit]
    if Part.REVIEW not in found:
        return False
    first = found.index(Part.REVIEW)
    return any(p in _FORWARD for p in found[first + 1 :])


def detect_genre(source: Source, meta: Meta, sections: Sequence[Section]) -> Meta:
    """Return ``meta`` with ``kind`` and ``kind_cue`` decided (see the module docs for the cues).

    ``meta`` is the header's, ``sections`` the top-level sections.  A kind
    the title gave is kept (cue ``title``); otherwise the opening, the
    headings and the salutation are read; a text none of them decides stays
    ``unknown`` with no cue.

    >>> from zhgovreport import parse
    >>> text = "2023年,本局深入推进法治政府建设。现将2023年法治政府建设工作情况报告如下:\\n一、主要举措\\n"
    >>> meta = parse(text).meta
    >>> meta.kind.value, meta.kind_cue.value
    ('fzzf_annual_report', 'preamble')
    """
    if meta.kind is not ReportKind.UNKNOWN:
        return meta if meta.kind_cue is KindCue.TITLE else attrs.evolve(meta, kind_cue=KindCue.TITLE)
    start = min(max(meta.end, 0), len(source.text))
    first_heading = sections[0].start if sections else len(source.text)
    end = max(start, min(first_heading, start + OPENING_SCAN))
    kind, not_gwr = _opening_kind(source, start, end)
    if kind is not ReportKind.UNKNOWN:
        return attrs.evolve(meta, kind=kind, kind_cue=KindCue.PREAMBLE)
    if _five_part_kind(source.folded[start:end], sections):
        return attrs.evolve(meta, kind=ReportKind.FZZF_ANNUAL_REPORT, kind_cue=KindCue.HEADINGS)
    if not not_gwr and _SALUTATION.match(source.folded, start, end) and _gwr_shape(sections):
        return attrs.evolve(meta, kind=ReportKind.GOV_WORK_REPORT, kind_cue=KindCue.SALUTATION)
    return meta

"""Title stage: where a heading's title stops and its body starts.

Rules (outline spec §3), in order:

1. The title is the first sentence after the marker, up to (without) its
   ``。``, when that sentence is at most :data:`SENTENCE_CAP` characters
   (``1.深入推進全面依法治市。加強…``, seed 002; gwr-2025 ``（一）…，全方位扩大
   国内需求。促进消费…``).  The ``。`` belongs to the heading, the rest of the
   line is the first body paragraph.
2. A line with no ``。`` at most :data:`LINE_CAP` characters long is a
   whole-line title (``一、2022年度法治政府建设的主要举措和成效``; gwr-1985
   ``第四、…勤俭建国的方针``, 46 characters).
3. Otherwise the title is *guessed* (``TITLE_GUESSED``): it is cut at the
   first clause boundary (``，,；;：:``) after :data:`MIN_TITLE` characters
   and no later than :data:`GUESS_CAP`, or at :data:`GUESS_CAP`.
4. A title whose first clause runs on into a clause-opening preposition
   (:data:`CLAUSE_OPENERS`, after at least :data:`MIN_TITLE` characters and
   before any clause punctuation) lost its ``。``: it is cut before that
   word, and the cut is a guess (seed 001 line 40
   ``(二)推进涉企法治服务增值化改革按照“前台服务…”模式，…``).
"""

from __future__ import annotations

import regex

__all__ = ["CLAUSE_OPENERS", "GUESS_CAP", "LINE_CAP", "MIN_TITLE", "SENTENCE_CAP", "cut_title"]

SENTENCE_CAP = 100
"""Longest first sentence still read as a run-in title (seed 003 line 41 has 72)."""

LINE_CAP = 60
"""Longest line without ``。`` read whole as a title."""

GUESS_CAP = 40
"""Where a guessed title is cut at the latest."""

MIN_TITLE = 4
"""No cut is made before this many characters of title."""

CLAUSE_OPENERS: tuple[str, ...] = (
    "按照",
    "依照",
    "遵照",
    "通过",
    "围绕",
    "依托",
    "根据",
    "针对",
    "聚焦",
    "紧扣",
)
"""Prepositions that open an adverbial clause; met inside a title's first
clause they show that the title's ``。`` is missing (folded, Simplified)."""

_CLAUSE_PUNCT = ",，;；:："
_OPENER = regex.compile("|".join(sorted(CLAUSE_OPENERS, key=len, reverse=True)))
_CLAUSE = regex.compile(f"[{_CLAUSE_PUNCT}]")
_LEAD_SPACE = " \t、,:"


def cut_title(folded: str, start: int, end: int) -> tuple[int, int, int, bool]:
    """Cut the title of a heading whose title text is ``folded[start:end]``.

    Returns ``(title_start, title_end, heading_end, guessed)``; the title is
    ``[title_start, title_end)``; ``heading_end`` is after its ``。`` if any.
    An empty title gives ``title_start == title_end``.

    >>> line = "深入推进全面依法治市。加强统筹谋划"
    >>> cut_title(line, 0, len(line))
    (0, 10, 11, False)
    >>> line = "推进涉企法治服务增值化改革按照“前台服务”模式,精准定制。"
    >>> cut_title(line, 0, len(line))
    (0, 13, 13, True)
    """
    while start < end and folded[start] in _LEAD_SPACE:
        start += 1
    while end > start and folded[end - 1] in " \t":
        end -= 1
    if start >= end:
        return start, start, start, False
    guessed = False
    dot = folded.find("。", start, end)
    if dot != -1 and dot - start <= SENTENCE_CAP:
        title_end, heading_end = dot, dot + 1
    elif dot == -1 and end - start <= LINE_CAP:
        title_end = heading_end = end
    else:
        guessed = True
        limit = min(end, start + GUESS_CAP)
        clause = _CLAUSE.search(folded, start + MIN_TITLE, limit)
        title_end = heading_end = clause.start() if clause else limit
    first_clause = _CLAUSE.search(folded, start, title_end)
    clause_end = first_clause.start() if first_clause else title_end
    opener = _OPENER.search(folded, start + MIN_TITLE, clause_end)
    if opener is not None:
        title_end = heading_end = opener.start()
        guessed = True
    while title_end > start and folded[title_end - 1] in " \t":
        title_end -= 1
    return start, title_end, heading_end, guessed

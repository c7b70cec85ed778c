"""Where a position of a report lies: its innermost section and its sentence.

The stages that read a parsed :class:`~zhgovreport.model.Report` (figures,
dates) give each record the ``path`` and ``section`` title of the section
around it and the ``sentence`` it is in; :func:`locate` is the one place that
says what those are.

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

from zhgovreport.model import Section

__all__ = ["SENTENCE_END", "innermost", "locate"]

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

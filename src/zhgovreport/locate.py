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
import functools
import re
from collections.abc import Sequence

from zhgovreport.model import Section

__all__ = ["SENTENCE_END", "locate", "sentence_ends"]

SENTENCE_END = re.compile(r"[。！？；!?;\r\n]")
"""What ends the sentence a record is shown with: ``。！？；`` (and their ASCII
forms) and line breaks.  The mark belongs to the sentence it ends."""


@functools.lru_cache(maxsize=2)
def sentence_ends(folded: str) -> list[int]:
    """The offsets of every :data:`SENTENCE_END` in ``folded``, in order.

    Cached for the last two texts: the figures and the dates of one report
    share them (a string keeps its hash, so a hit costs no pass over it).

    >>> sentence_ends("审结305件。败诉率3%；\\n")
    [6, 12, 13]
    """
    return [m.start() for m in SENTENCE_END.finditer(folded)]


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
    One pass over the text, then a bisection per position.
    """
    stop = len(text) if hi is None else hi
    # Sections in document order tile the text after the preamble, a child
    # after its parent's heading: the section around a position is the last
    # one that starts at or before it.
    starts = [section.start for section in sections]
    every = sentence_ends(folded)
    ends = every[bisect.bisect_left(every, lo) : bisect.bisect_left(every, stop)]
    out: list[tuple[tuple[int, ...], str | None, str]] = []
    for pos in positions:
        k = bisect.bisect_right(starts, pos) - 1
        section = sections[k] if k >= 0 and pos < sections[k].end else None
        k = bisect.bisect_left(ends, pos)
        s_start = ends[k - 1] + 1 if k > 0 else lo
        s_end = ends[k] + 1 if k < len(ends) else stop
        if s_end > s_start and folded[s_end - 1] in "\r\n":
            s_end -= 1
        sentence = text[s_start:s_end].strip()
        out.append((section.path, section.title, sentence) if section is not None else ((), None, sentence))
    return out

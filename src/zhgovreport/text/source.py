"""The shared state every stage reads: the caller's text, its folded copy, its lines.

Built once per text by :meth:`Source.of` and handed to each stage, so that no
stage folds or splits the text again and no stage needs a long list of
arguments (markdown-it-py's ``StateCore`` is the model).

>>> source = Source.of("一、回顧\\n（一）隊伍\\n")
>>> source.folded
'一、回顾\\n(一)队伍\\n'
>>> [source.text[line.start : line.end] for line in source.lines]
['一、回顧', '（一）隊伍']
>>> source.line_at(6).number
1
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from zhgovreport.text.fold import fold
from zhgovreport.text.lines import Line, split_lines

__all__ = ["Source"]


@attrs.frozen(eq=False)
class Source:
    """A text ready for matching: ``folded`` has the same length as ``text``.

    Offsets found in ``folded`` index ``text``; every output is sliced from
    ``text``.  ``line_starts[k] == lines[k].start``, for bisection.
    """

    text: str
    folded: str
    lines: Sequence[Line]
    line_starts: Sequence[int]

    @classmethod
    def of(cls, text: str) -> Source:
        """Fold and split ``text`` (the folded copy is shared through :func:`fold`'s cache)."""
        lines = split_lines(text)
        return cls(text, fold(text), lines, [line.start for line in lines])

    def line_at(self, pos: int) -> Line:
        """The line that holds offset ``pos`` (``0 <= pos < len(text)``)."""
        return self.lines[bisect.bisect_right(self.line_starts, pos) - 1]

    def line_index(self, pos: int) -> int:
        """The index of the first line that starts at or after ``pos``."""
        return bisect.bisect_left(self.line_starts, pos)

"""Part-title stage: unnumbered part titles, found where a restarted run shows them.

Some 政府工作报告 divide the report into parts titled without a marker, each
title a short line standing alone (gwr 1988: ``过去五年国内工作的基本总结``,
``今后五年建设和改革的目标、方针和任务``, ``关于外交工作``, ``结束语``), and
number the headings of every part from ``一、`` again.  Read by the style
stack alone, the second part's ``一、`` restarts while ``五、`` is open and
nests under it, as gwr-1986's restarts inside ``二、`` rightly do.  The text
tells the two apart (``docs/spec/outline.md`` §2):

* A **part-title line** (:func:`is_part_title`) holds 2 to
  :data:`PART_TITLE_CAP` characters, starts with a character or an opening
  quotation mark or bracket, has no sentence or clause punctuation
  (``。，；：！？``) and no open bracket, is no heading and no item marker
  alone on its line (``一是``), and stands alone: the
  line directly above it (if not blank) ends a sentence or is a heading, the
  line directly below it (if not blank) ends a sentence or is a heading.  A
  link a page broke out of a sentence (``…年，制定`` / ``第三个历史决议`` /
  ``，在全党…``) or the licence lines at the end of a page (``本作品是中华人民共和国的``
  / ``法律`` / ``、``) are no part titles.
* A restart (the tree stage's :attr:`~zhgovreport.outline.tree.Tree.restarts`)
  with a part-title line between the heading before it and itself starts a
  new part: the report is divided into parts.  With no such line the
  restart nests, as before.
* In a report divided into parts, every part-title line after the header is
  a part, unless the next heading of a restarting style after it continues
  a run (is not numbered 1): ``关于外交工作`` and ``结束语`` after the last run
  are parts, a short line between ``二、`` and ``三、`` is not.

The part titles become sections of style :attr:`~zhgovreport.model.Style.UNNUMBERED`
with no marker, numbered by position (the first part is numbered 2 when
headings come before its title: the text before it is part 1, an implicit
section).  They rank above every marker style, so each holds the headings up
to the next part.  Every restart that starts a part gets a ``RESTART``
diagnostic that says so.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

from zhgovreport.model import Diagnostic, DiagnosticCode, Style
from zhgovreport.numbering import ITEM, match_marker
from zhgovreport.outline.markers import Marker
from zhgovreport.outline.titles import Heading
from zhgovreport.text.lines import BRACKETS, OPENING, Line, ends_sentence, is_cjk, unbreak
from zhgovreport.text.source import Source

__all__ = ["PART_TITLE_CAP", "PartTitles", "find_part_titles", "is_part_title"]

PART_TITLE_CAP = 30
"""The longest part-title line (gwr 1988 ``今后五年建设和改革的目标、方针和任务`` has 18 characters)."""

_PUNCT = frozenset("。,;:!?…")  # folded: ，；：！？ are ASCII


class PartTitles(NamedTuple):
    """What the part-title stage returns: the headings with the part titles among them, and its diagnostics.

    ``headings`` is ``None`` when the report is not divided into parts (the
    tree built without part titles stands).
    """

    headings: list[Heading] | None
    diagnostics: list[Diagnostic]


def is_part_title(folded: str, lines: Sequence[Line], index: int, heading_lines: frozenset[int]) -> bool:
    """Whether line ``index`` could title a part (module docstring); ``heading_lines`` are the lines headings cover.

    >>> from zhgovreport.text.lines import split_lines
    >>> text = "正文。\\n\\n今后五年建设和改革的目标、方针和任务\\n\\n正文。\\n制定\\n第三个历史决议\\n，在全党…"
    >>> lines = split_lines(text)
    >>> [k for k in range(len(lines)) if is_part_title(text, lines, k, frozenset())]
    [2]
    """
    line = lines[index]
    if index in heading_lines or line.end - line.start > PART_TITLE_CAP + 8:
        return False
    raw = folded[line.start : line.end]
    content = raw.strip()
    if not 2 <= len(content) <= PART_TITLE_CAP or not (is_cjk(content[0]) or content[0] in OPENING):
        return False
    if sum(1 for char in content if is_cjk(char)) < 2 or any(char in _PUNCT for char in content):
        return False
    if any(content.count(opening) != content.count(closing) for opening, closing in BRACKETS):
        return False
    if match_marker(folded, line.start, line.end) is not None or ITEM.match(folded, line.start + len(raw) - len(raw.lstrip())) is not None:
        return False  # a heading, or an item marker alone on its line (一是)
    if index > 0:
        above = lines[index - 1]
        if not above.is_blank(folded) and index - 1 not in heading_lines and not ends_sentence(folded, above):
            return False
    if index + 1 < len(lines):
        below = lines[index + 1]
        if not below.is_blank(folded) and index + 1 not in heading_lines and not ends_sentence(folded, below):
            return False
    return True


def _covered_lines(source: Source, headings: Sequence[Heading]) -> frozenset[int]:
    """The lines the headings cover (a heading's title may go on below its marker's line)."""
    covered: set[int] = set()
    for head in headings:
        last = source.line_at(max(head.heading_end - 1, head.start)).number
        covered.update(range(head.marker.line, last + 1))
    return frozenset(covered)


def find_part_titles(source: Source, headings: Sequence[Heading], restarts: Sequence[int], first_line: int) -> PartTitles:
    """Find the part titles of a report whose restarted runs show them; ``restarts`` index ``headings``.

    >>> from zhgovreport.outline.markers import find_markers
    >>> from zhgovreport.outline.titles import cut_titles
    >>> from zhgovreport.outline.tree import build_tree
    >>> src = Source.of("总结\\n\\n一、甲\\n二、乙\\n\\n任务\\n\\n一、丙\\n")
    >>> heads = cut_titles(src, find_markers(src, 0)).headings
    >>> parts = find_part_titles(src, heads, build_tree(src, heads).restarts, 0)
    >>> [(h.style.value, h.number, src.text[h.title_start : h.title_end]) for h in parts.headings]
    [('unnumbered', 1, '总结'), ('cn', 1, '甲'), ('cn', 2, '乙'), ('unnumbered', 2, '任务'), ('cn', 1, '丙')]
    """
    if not restarts:
        return PartTitles(None, [])
    folded, lines = source.folded, source.lines
    covered = _covered_lines(source, headings)

    def between(before: int, after: int) -> list[int]:
        return [k for k in range(before + 1, after) if is_part_title(folded, lines, k, covered)]

    evidence = []
    for index in restarts:
        previous = headings[index - 1]
        last = source.line_at(max(previous.heading_end - 1, previous.start)).number
        if between(last, headings[index].marker.line):
            evidence.append(index)
    if not evidence:
        return PartTitles(None, [])
    styles = {headings[index].style for index in evidence}
    # for each heading index, the number of the first heading of a restarting style from there on
    following: list[int | None] = [None] * (len(headings) + 1)
    for k in range(len(headings) - 1, -1, -1):
        following[k] = headings[k].number if headings[k].style in styles else following[k + 1]
    # a candidate is a part title unless the next heading of a restarting style continues a run
    part_lines: list[int] = []
    k = 0
    for line_index in between(first_line - 1, len(lines)):
        while k < len(headings) and headings[k].marker.line < line_index:
            k += 1
        if following[k] in (None, 1):
            part_lines.append(line_index)
    first = 1 if headings and headings[0].marker.line < part_lines[0] else 0
    parts = [_part_heading(source, lines[line_index], first + n) for n, line_index in enumerate(part_lines, start=1)]
    merged = sorted([*headings, *parts], key=lambda head: head.start)
    return PartTitles(merged, _restart_diagnostics(source, headings, evidence, parts))


def _restart_diagnostics(
    source: Source, headings: Sequence[Heading], evidence: Sequence[int], parts: Sequence[Heading]
) -> list[Diagnostic]:
    """A ``RESTART`` at each restart that starts a part, naming the part."""
    text = source.text
    previous_of_style: dict[int, Heading] = {}
    last: dict[Style, Heading] = {}
    wanted = set(evidence)
    for k, head in enumerate(headings):
        if k in wanted and head.style in last:
            previous_of_style[k] = last[head.style]
        last[head.style] = head
    part_starts = [part.start for part in parts]
    diagnostics = []
    for index in evidence:
        head = headings[index]
        at = bisect.bisect_left(part_starts, head.start) - 1
        if at < 0 or parts[at].start < headings[index - 1].start or index not in previous_of_style:
            continue
        part, previous_same = parts[at], previous_of_style[index]
        title = unbreak(text[part.title_start : part.title_end])
        shown = text[head.marker.marker_start : head.marker.marker_end]
        before = text[previous_same.marker.marker_start : previous_same.marker.marker_end]
        start, end = head.start, max(head.heading_end, head.marker.marker_end)
        message = f"{shown} restarts the numbering after {before}; read as the first heading of the part “{title}”"
        diagnostics.append(Diagnostic(DiagnosticCode.RESTART, message, start, end))
    return diagnostics


def _part_heading(source: Source, line: Line, number: int) -> Heading:
    """A part-title line as a heading of style ``UNNUMBERED``: no marker, the line's text its title."""
    folded = source.folded
    start, end = line.start, line.end
    while start < end and folded[start] in " \t":
        start += 1
    while end > start and folded[end - 1] in " \t":
        end -= 1
    return Heading(Marker(Style.UNNUMBERED, number, line.start, start, start, line.number), start, end, end)

"""Tree stage: the flat :class:`~zhgovreport.outline.markers.Heading` stream → nested drafts.

Nesting is decided per document with a stack of the styles currently open
(``docs/spec/outline.md`` §2):

* A heading whose style is open becomes a sibling at that level and closes
  every level below it.  When the style is open at several levels, the
  heading joins the innermost level whose last number it continues (+1).
* A style that is not open opens a new level one deeper (its first number
  is expected to be 1: ``NOT_FIRST`` otherwise, unless it continues the
  numbering of the previous group of that style at the same level — some
  documents number ``1、2、`` under ``一、`` and ``3、`` under ``二、``).
* **Restart nests.**  ``一、`` while ``二、`` (or higher) of the same style is
  open, with no higher heading between, starts a nested group of that style
  under the open heading (``RESTART`` diagnostic saying so).  gwr-1986 uses
  ``一、`` at three levels: ``二、“七五”时期的基本任务…`` → ``一、确定适度的
  经济增长率…`` → ``一、`` (markers alone on their lines); its later ``三、``
  and ``四、`` continue the outer levels.  At most :data:`MAX_SAME_STYLE`
  levels share a style, which bounds the depth.
* **Implicit parent.**  A heading numbered above 1 whose style is not open
  but ranks above the first level's style (:data:`~zhgovreport.numbering.STYLE_RANK`)
  shows that the text is a fragment that started below the top (seed 004:
  ``(四)…(八)`` then ``二、``).  An implicit section of the climbing style,
  numbered one less (at least 1), adopts the top-level sections so far;
  ``IMPLICIT_PARENT`` is reported and the fragment's ``NOT_FIRST`` dropped.
* Other numbering deviations of siblings: ``DUPLICATE`` (same number),
  ``GAP`` (skips numbers), ``RESTART`` (goes back).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import attrs

from zhgovreport.model import Diagnostic, DiagnosticCode, Style
from zhgovreport.numbering import STYLE_RANK
from zhgovreport.outline.titles import Heading
from zhgovreport.text.source import Source

__all__ = ["MAX_SAME_STYLE", "Node", "Tree", "build_tree"]

MAX_SAME_STYLE = 3
"""How many open levels may share one style (gwr-1986 needs three)."""


@attrs.define
class Node:
    """A mutable section draft; ``heading`` is ``None`` for an implicit section."""

    style: Style
    number: int
    heading: Heading | None
    children: list[Node] = attrs.field(factory=list)

    @property
    def start(self) -> int:
        """Where the node starts: its heading line, or its first child's start."""
        node = self
        while node.heading is None:
            node = node.children[0]
        return node.heading.start


class Tree(NamedTuple):
    """What the tree stage returns: the top-level drafts, and the numbering diagnostics.

    ``restarts`` are the indexes (into the headings) of the headings that
    restart their style's numbering at 1 (``一、`` while ``五、`` is open),
    nested or not: where the part-title stage
    (:mod:`~zhgovreport.outline.unnumbered`) looks for a part title.
    """

    roots: list[Node]
    diagnostics: list[Diagnostic]
    restarts: list[int]


@attrs.define
class _Level:
    style: Style
    node: Node


def _span(head: Heading) -> tuple[int, int]:
    return head.start, max(head.heading_end, head.marker.marker_end)


def _marker(text: str, head: Heading) -> str:
    """The marker as written, or for an unnumbered part title its title (in quotation marks)."""
    if head.marker.marker_end > head.marker.marker_start:
        return text[head.marker.marker_start : head.marker.marker_end]
    return f"“{text[head.title_start : head.title_end]}”"


def build_tree(source: Source, headings: Sequence[Heading]) -> Tree:
    """Nest ``headings`` (in document order) into drafts; report numbering deviations.

    >>> from zhgovreport.outline.markers import find_markers
    >>> from zhgovreport.outline.titles import cut_titles
    >>> src = Source.of("一、甲\\n(一)乙\\n(三)丙\\n二、丁\\n")
    >>> tree = build_tree(src, cut_titles(src, find_markers(src, 0)).headings)
    >>> [(n.number, [c.number for c in n.children]) for n in tree.roots]
    [(1, [1, 3]), (2, [])]
    >>> [d.code.value for d in tree.diagnostics]
    ['gap']
    """
    text = source.text
    diagnostics: list[Diagnostic] = []
    roots: list[Node] = []
    stack: list[_Level] = []
    closed_last: dict[tuple[Style, int], int] = {}
    first_not_first: Diagnostic | None = None
    restarts: list[int] = []

    def close_below(level: int) -> None:
        while len(stack) > level:
            gone = stack.pop()
            closed_last[(gone.style, len(stack))] = gone.node.number

    def attach(node: Node, level: int) -> None:
        """Close ``level`` and below, then make ``node`` current at ``level``."""
        close_below(level)
        if level == 0:
            roots.append(node)
        else:
            stack[level - 1].node.children.append(node)
        stack.append(_Level(node.style, node))

    def note(code: DiagnosticCode, message: str, head: Heading) -> Diagnostic:
        start, end = _span(head)
        diagnostic = Diagnostic(code, message, start, end)
        diagnostics.append(diagnostic)
        return diagnostic

    for index, head in enumerate(headings):
        node = Node(head.style, head.number, head)
        marker = _marker(text, head)
        same = [k for k, level in enumerate(stack) if level.style == head.style]
        target = next((k for k in reversed(same) if head.number == stack[k].node.number + 1), None)
        if target is not None:
            attach(node, target)
        elif same:
            k = same[-1]
            last = stack[k].node.number
            if head.number == 1 and last > 1 and len(same) < MAX_SAME_STYLE:
                open_head = stack[k].node.heading
                open_marker = _marker(text, open_head) if open_head is not None else str(last)
                note(
                    DiagnosticCode.RESTART,
                    f"{marker} restarts the numbering while {open_marker} is open; read as a nested level",
                    head,
                )
                restarts.append(index)
                attach(node, k + 1)
            else:
                if head.number == last:
                    note(DiagnosticCode.DUPLICATE, f"{marker} repeats number {last}", head)
                elif head.number > last:
                    note(DiagnosticCode.GAP, f"{marker} follows number {last}: numbers skipped", head)
                else:
                    note(DiagnosticCode.RESTART, f"{marker} goes back to {head.number} after {last}", head)
                    if head.number == 1:
                        restarts.append(index)  # a restart past MAX_SAME_STYLE levels: a part title may explain it
                attach(node, k)
        elif stack and head.number > 1 and STYLE_RANK[head.style] < STYLE_RANK[stack[0].style]:
            parent = Node(head.style, max(1, head.number - 1), None, list(roots))
            roots[:] = [parent]
            close_below(0)
            start = parent.start
            diagnostics.append(
                Diagnostic(
                    DiagnosticCode.IMPLICIT_PARENT,
                    f"the text starts below {marker}'s level; an implicit parent numbered {parent.number} holds it",
                    start,
                    start,
                )
            )
            if first_not_first is not None:
                diagnostics.remove(first_not_first)
                first_not_first = None
            attach(node, 0)
        else:
            level = len(stack)
            if head.number != 1 and closed_last.get((head.style, level)) != head.number - 1:
                diagnostic = note(DiagnosticCode.NOT_FIRST, f"{marker} opens a group but is not numbered 1", head)
                if not roots:
                    first_not_first = diagnostic
            attach(node, level)
    return Tree(roots, diagnostics, restarts)

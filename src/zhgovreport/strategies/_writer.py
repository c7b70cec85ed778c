"""Writing a drawn outline tree out as text, recording where everything lands.

:class:`Writer` appends text and knows its offset, so each heading, item,
list and figure is recorded at the place it is written; figure placeholders
(drawn in ``_tree.py``) are replaced by the figure's text on the way.
"""

from __future__ import annotations

import attrs
import regex
from hypothesis import strategies as st

from zhgovreport.strategies._cases import ItemCase
from zhgovreport.strategies._markers import marker_text
from zhgovreport.strategies._render import cn_integer
from zhgovreport.strategies._tree import FIGURE_BASE, Doc, Node, Para

_PLACEHOLDER = regex.compile("[\U000f0000-\U000fffff]")


class Writer:
    """Appends text and knows the offset it is at; puts figures in place of their placeholders."""

    def __init__(self, doc: Doc) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.doc = doc
        self.heading = -1  # index in the log of the section being written
        self.record: Written | None = None
        self.figures: list[tuple[int, int, int, int]] = []  # (start, end, figure index, log index)
        self.list_markers: list[tuple[int, int]] = []

    def emit(self, text: str) -> int:
        start = self.pos
        if _PLACEHOLDER.search(text) is not None:
            pieces = []
            for piece in regex.split("([\U000f0000-\U000fffff])", text):
                if piece and _PLACEHOLDER.fullmatch(piece):
                    index = ord(piece) - FIGURE_BASE
                    figure = self.doc.figure_cases[index].text
                    self.figures.append((self.pos, self.pos + len(figure), index, self.heading))
                    piece = figure
                pieces.append(piece)
                self.pos += len(piece)
            self.parts.append("".join(pieces))
            return start
        self.parts.append(text)
        self.pos += len(text)
        return start

    def text(self) -> str:
        return "".join(self.parts)


def _item_marker(number: int) -> str:
    return cn_integer(number) + "是"


def write_para(draw: st.DrawFn, out: Writer, doc: Doc, para: Para) -> list[ItemCase]:
    if para.entries:
        start = out.emit(para.intro)
        for number, entry in enumerate(para.entries, start=1):
            write_line_end(draw, out, doc)
            out.emit(doc.indent)
            marker = draw(marker_text(para.list_style, number, doc.part_word))
            at = out.emit(marker)
            out.list_markers.append((at, at + len(marker)))
            out.emit(entry + ("。" if number == len(para.entries) else "；"))
        if out.record is not None:
            out.record.lists.append((start, out.pos))
        if para.after:
            write_line_end(draw, out, doc)
            out.emit(doc.indent + para.after)
        return []
    if not para.items:
        out.emit(para.tail)
        return []
    out.emit(para.intro)
    found = []
    for number, (lead, closing, rest) in enumerate(para.items, start=1):
        start = out.emit(_item_marker(number))
        out.emit(lead + closing + rest)
        found.append(ItemCase(number, lead, start))
    return found


def write_line_end(draw: st.DrawFn, out: Writer, doc: Doc) -> None:
    out.emit(doc.nl)
    if doc.blank and draw(st.integers(0, 3)) == 0:
        out.emit(doc.nl)


def _write_paras(draw: st.DrawFn, out: Writer, doc: Doc, paras: list[Para]) -> list[ItemCase]:
    found = []
    for para in paras:
        out.emit(doc.indent)
        found += write_para(draw, out, doc, para)
        write_line_end(draw, out, doc)
    return found


@attrs.define
class Written:
    node: Node
    start: int
    title_start: int
    items: list[ItemCase]
    shift: int = 0  # expected depth - the node's depth in the generated tree
    lists: list[tuple[int, int]] = attrs.field(factory=list)


def write_node(draw: st.DrawFn, out: Writer, doc: Doc, node: Node, log: list[Written], shift: int) -> None:
    start = out.emit(doc.indent)
    out.emit(draw(marker_text(node.style, node.number, doc.part_word)))
    if node.alone:
        write_line_end(draw, out, doc)
        out.emit(doc.indent)
    title_start = out.emit(node.title)
    record = Written(node, start, title_start, [], shift)
    log.append(record)
    out.heading, out.record = len(log) - 1, record
    paras = node.paras
    if node.runin:
        out.emit("。")
        if paras:
            record.items += write_para(draw, out, doc, paras[0])
            paras = paras[1:]
    write_line_end(draw, out, doc)
    record.items += _write_paras(draw, out, doc, paras)
    for child in node.children:
        write_node(draw, out, doc, child, log, shift)

"""Writing a drawn outline tree out as text, recording where everything lands.

:class:`Writer` appends text and knows its offset, so each heading, item,
list and figure is recorded at the place it is written; figure placeholders
(drawn in ``_tree.py``) are replaced by the figure's text on the way.
"""

from __future__ import annotations

import attrs
import regex
from hypothesis import strategies as st

from zhgovreport.model import Style
from zhgovreport.strategies._cases import ItemCase
from zhgovreport.strategies._markers import marker_text
from zhgovreport.strategies._render import cn_integer
from zhgovreport.strategies._tree import CIRCLED_MARKS, FIGURE_BASE, NOTE_MARK, Doc, Node, Para

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
        self.item_repeats: list[int] = []  # where the items that repeat a number start
        self.cited = 0  # the endnote marks written so far

    def emit(self, text: str) -> int:
        if NOTE_MARK in text:
            text = self._cite(text)
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

    def _cite(self, text: str) -> str:
        """Put the next endnote marks in place of the placeholders (none past the last mark)."""
        pieces = text.split(NOTE_MARK)
        out = [pieces[0]]
        for piece in pieces[1:]:
            if self.cited < len(CIRCLED_MARKS):
                out.append(CIRCLED_MARKS[self.cited])
                self.cited += 1
            out.append(piece)
        return "".join(out)

    def text(self) -> str:
        return "".join(self.parts)


def _item_marker(number: int) -> str:
    return cn_integer(number) + "是"


@st.composite
def _midline_marker(draw: st.DrawFn, style: Style, number: int) -> str:
    """A list marker as it is written inside a line: ``第一，``, ``（一）``, ``(1)`` (both parentheses)."""
    if style is Style.ORDINAL:
        return f"第{cn_integer(number)}" + draw(st.sampled_from(("，", "、")))
    opening, closing = draw(st.sampled_from((("（", "）"), ("(", ")"))))
    return opening + (cn_integer(number) if style is Style.CN_PAREN else str(number)) + closing


def _write_list(draw: st.DrawFn, out: Writer, doc: Doc, para: Para) -> None:
    start = out.emit(para.intro)
    for number, entry in enumerate(para.entries, start=1):
        if not para.starts or para.starts[number - 1]:  # an entry on a line of its own
            write_line_end(draw, out, doc)
            out.emit(doc.indent)
            marker = draw(marker_text(para.list_style, number, doc.part_word))
        else:  # an entry inside the paragraph's line
            marker = draw(_midline_marker(para.list_style, number))
        at = out.emit(marker)
        out.list_markers.append((at, at + len(marker)))
        out.emit(entry + ("。" if number == len(para.entries) else "；"))
    if out.record is not None:
        out.record.lists.append((start, out.pos))
    if para.after:
        write_line_end(draw, out, doc)
        out.emit(doc.indent + para.after)


def write_para(draw: st.DrawFn, out: Writer, doc: Doc, para: Para) -> list[ItemCase]:
    if para.entries:
        _write_list(draw, out, doc, para)
        return []
    if not para.items:
        out.emit(para.tail)
        return []
    out.emit(para.intro)
    found = []
    number = 0
    for index, (lead, closing, rest) in enumerate(para.items):
        if para.dash:
            if index:
                write_line_end(draw, out, doc)
                out.emit(doc.indent)
            number, marker, written = index + 1, "——", "——"
        else:
            number = number if index == para.repeat else number + 1
            marker = "首先" if index == 0 and para.opener else _item_marker(number)
            written = marker + ("，" if marker == "首先" else "")
        start = out.emit(written)
        alone = index in para.alone
        if alone:
            write_line_end(draw, out, doc)
        if index == para.repeat:
            out.item_repeats.append(start)
        out.emit(lead + closing + rest)
        found.append(ItemCase(number, lead, start, marker, alone))
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
    alone: bool = False  # the marker (or a bare numeral) stands alone on its line
    title_end: int = -1


def write_node(draw: st.DrawFn, out: Writer, doc: Doc, node: Node, log: list[Written], shift: int) -> None:
    start = out.emit(doc.indent)
    bare = node.bare and bool(log)  # never the text's first line: that may read as its title
    out.emit(cn_integer(node.number) if bare else draw(marker_text(node.style, node.number, doc.part_word)))
    alone = node.alone or bare
    if alone:
        write_line_end(draw, out, doc)
        out.emit(doc.indent)
    if node.book is None:
        title_start = out.emit(node.title)
    else:  # the page breaks the title at 《 and 》 (a link): 关于《 / 方案 / 》的说明
        before, inside, after = node.book
        title_start = out.emit(before + "《")
        out.emit(doc.nl + inside + doc.nl + "》" + after)
    record = Written(node, start, title_start, [], shift, alone=alone, title_end=out.pos)
    log.append(record)
    out.heading, out.record = len(log) - 1, record
    paras = node.paras
    if node.runin:
        out.emit("。")
        if paras and not paras[0].dash:  # dash bullets start lines of their own
            record.items += write_para(draw, out, doc, paras[0])
            paras = paras[1:]
    write_line_end(draw, out, doc)
    record.items += _write_paras(draw, out, doc, paras)
    for child in node.children:
        write_node(draw, out, doc, child, log, shift)

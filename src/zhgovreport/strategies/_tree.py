"""The outline tree a generated report is written from, drawn before any text.

A :class:`Doc` holds the per-document choices (script, line ends, indentation,
list and figure options); :func:`tree` draws the sections (:class:`Node`) with
their titles and body paragraphs (:class:`Para`: plain sentences, items
``一是…；二是…。`` or an in-sentence list).  :func:`lengthen`,
:func:`renumber` and :func:`cut` reshape a drawn tree into a long sibling run,
a numbering fault or a fragment.  Figures are drawn here as placeholders that
the writer (``_writer.py``) replaces.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from hypothesis import strategies as st

from zhgovreport.model import Style
from zhgovreport.numbering import MARKED_STYLES
from zhgovreport.strategies._cases import QuantityCase
from zhgovreport.strategies._quantities import quantities
from zhgovreport.strategies._vocab import CLAUSE_OPENERS, LEADING_WORDS, WORDS


@attrs.define
class Para:
    """A body paragraph: an intro, then items (possibly none) or list entries."""

    intro: str
    items: list[tuple[str, str, str]]  # (lead, closing 。 or ；, following sentences)
    tail: str  # a plain paragraph's text when there are no items
    entries: list[str] = attrs.field(factory=list)  # an in-sentence list: intro ends in ：
    list_style: Style = Style.CN
    after: str = ""  # the paragraph that follows a list in the same body
    starts: tuple[bool, ...] = ()  # a list inside the paragraph: which entries start a line (the first never)
    dash: bool = False  # the items are dash bullets ——…。, one a line
    opener: bool = False  # the first item's marker is 首先，
    alone: tuple[int, ...] = ()  # the items whose marker stands alone on its line, the lead below
    repeat: int = -1  # the item that repeats the number before it (四是 twice)


@attrs.define
class Node:
    """A section of the drawn tree: marker style and number, title, body paragraphs, children."""

    style: Style
    number: int
    title: str
    runin: bool
    paras: list[Para]
    children: list[Node]
    depth: int
    alone: bool = False
    bare: bool = False  # a cn heading written as a bare numeral alone on its line (一 / 标题)
    book: tuple[str, str, str] | None = None  # a title broken at 《…》: (before, inside, after)


@attrs.define
class Doc:
    """The choices made once per document, and the figures drawn so far (in text order)."""

    trad: bool
    nl: str
    indent: str
    blank: bool
    figures: bool
    part_word: str
    lists: bool = False
    list_last: bool = False
    kids: int = 3  # the most children a section gets
    figure_cases: list[QuantityCase] = attrs.field(factory=list)
    hard: bool = True  # the shapes issue 10 found misread (see outlines())
    item_faults: bool = False  # an item run may repeat a number
    notes: bool = False  # body sentences may cite endnotes ①②…


def _word(draw: st.DrawFn, doc: Doc) -> str:
    simp, trad = draw(st.sampled_from(WORDS))
    return trad if doc.trad else simp


def _words(draw: st.DrawFn, doc: Doc, low: int, high: int) -> str:
    return "".join(_word(draw, doc) for _ in range(draw(st.integers(low, high))))


def sentence_words(draw: st.DrawFn, doc: Doc) -> str:
    """Two to five words: a sentence's text without figures, marks or its ``。``."""
    return _words(draw, doc, 2, 5)


def _title(draw: st.DrawFn, doc: Doc) -> str:
    if draw(st.integers(0, 4)) == 0:
        return _words(draw, doc, 1, 2) + "，" + _words(draw, doc, 1, 2)
    return _words(draw, doc, 1, 4)


FIGURE_BASE = 0xF0000
"""Figures are drawn before their place in the text is known: a sentence
holds a placeholder (a supplementary private-use character, U+F0000 + the
figure's index) that :class:`Writer` replaces and records."""


def _figure(draw: st.DrawFn, doc: Doc) -> str:
    """A placeholder for a new figure, after ``，`` or ``，`` + a word.

    A figure that starts with an approximation word follows ``，`` only: after
    a word, the word's last character and ``约`` may make a word of their own
    (``工作机制约百分之一`` reads ``制约``, ``docs/spec/quantities.md`` §2; so may
    ``数`` of ``数千件``: ``信用体系数千件`` reads ``系数``).
    """
    case = draw(quantities())
    doc.figure_cases.append(case)
    prefixed = case.text.startswith(LEADING_WORDS)
    lead = "，" + (_word(draw, doc) if not prefixed and draw(st.integers(0, 3)) else "")
    return lead + chr(FIGURE_BASE + len(doc.figure_cases) - 1)


def sentence(draw: st.DrawFn, doc: Doc) -> str:
    text = _words(draw, doc, 2, 5)
    if doc.notes and draw(st.integers(0, 5)) == 0:
        text += NOTE_MARK  # cites the next endnote, after a word
    if draw(st.booleans()):
        text += "，" + _words(draw, doc, 1, 3)
    if doc.figures and draw(st.booleans()):
        text += _figure(draw, doc)
    return text + "。"


_LIST_STYLES = tuple(s for s in MARKED_STYLES if s is not Style.PART)


CIRCLED_MARKS = "①②③④⑤⑥⑦⑧⑨⑩"
"""The marks that cite endnotes (and number them in the notes block)."""

NOTE_MARK = "\ue000"
"""A sentence that cites an endnote holds this placeholder; :class:`~zhgovreport.strategies._writer.Writer`
writes the next mark of :data:`CIRCLED_MARKS` in its place (so the marks are numbered in text order,
and a sentence drawn but never written cites nothing)."""

_MIDLINE_STYLES = (Style.ORDINAL, Style.CN_PAREN, Style.ARABIC_PAREN)
"""The styles written the same way inside a line (``…：第一，…；第二，…``), as the outline spec (§3) lists them."""


def _list_para(draw: st.DrawFn, doc: Doc) -> Para:
    """An in-sentence list (``docs/spec/outline.md`` §3): ``…几个方面：`` / ``一、…；`` / ``二、…。``.

    With ``doc.hard``, a list of a mid-line style may run inside the
    paragraph, only some entries starting a line (gwr-2006 ``…：第一，…。第二，…``
    / ``第四，…``): the first and at least one more entry stand mid-line.
    """
    intro = _words(draw, doc, 2, 4)
    if draw(st.booleans()):
        intro += "，" + _words(draw, doc, 1, 2)
    entries = []
    for _ in range(draw(st.integers(2, 4))):
        entry = _words(draw, doc, 1, 3)
        if draw(st.booleans()):
            entry += "，" + _words(draw, doc, 1, 3)
        if doc.figures and draw(st.integers(0, 2)) == 0:
            entry += _figure(draw, doc)
        entries.append(entry)
    after = "" if doc.list_last and draw(st.booleans()) else sentence(draw, doc)
    intro += draw(st.sampled_from(("：", "：", ":")))
    style = draw(st.sampled_from(_LIST_STYLES))
    starts: tuple[bool, ...] = ()
    if doc.hard and style in _MIDLINE_STYLES and len(entries) >= 3 and draw(st.integers(0, 2)) == 0:
        flags = [False] + [draw(st.booleans()) for _ in entries[1:]]
        if all(flags[1:]):
            flags[draw(st.integers(1, len(flags) - 1))] = False  # at least two entries mid-line
        if not any(flags):
            flags[-1] = True  # and at least one at a line start
        starts = tuple(flags)
    return Para(intro, [], "", entries, style, after, starts)


def paragraph(draw: st.DrawFn, doc: Doc, with_items: bool) -> Para:
    if not with_items:
        if doc.lists and draw(st.integers(0, 5)) == 0:
            return _list_para(draw, doc)
        return Para("", [], "".join(sentence(draw, doc) for _ in range(draw(st.integers(1, 3)))))
    dash = doc.hard and draw(st.integers(0, 3)) == 0  # ——…。 bullets, one a line (cpc-20, gwr-2008)
    intro = "" if dash else draw(st.sampled_from(("", "sentence", "colon")))
    intro_text = {"": "", "sentence": sentence(draw, doc), "colon": _words(draw, doc, 1, 2) + "："}[intro]
    items = []
    count = draw(st.integers(2, 5))
    for index in range(count):
        lead = _words(draw, doc, 1, 3)
        last = index == count - 1
        closing = "。" if dash or last or draw(st.booleans()) else "；"
        rest = ""
        if closing == "。" and draw(st.booleans()):
            rest = "".join(sentence(draw, doc) for _ in range(draw(st.integers(1, 2))))
        items.append((lead, closing, rest))
    para = Para(intro_text, items, "", dash=dash)
    if not dash and doc.hard:
        para.opener = draw(st.integers(0, 5)) == 0  # 首先，…。二是…
        para.alone = tuple(k for k in range(count) if draw(st.integers(0, 5)) == 0)  # 一是 / lead on the next line
    if not dash and doc.item_faults and count >= 3 and draw(st.booleans()):
        para.repeat = draw(st.integers(2, count - 1))  # 一是…二是…二是…: never the first number
    return para


def _paras(draw: st.DrawFn, doc: Doc, low: int = 0) -> list[Para]:
    count = draw(st.integers(low, 2))
    with_items = draw(st.integers(0, 2)) == 0
    item_para = draw(st.integers(0, max(count - 1, 0))) if with_items and count else -1
    return [paragraph(draw, doc, i == item_para) for i in range(count)]


def _hard_title(draw: st.DrawFn, doc: Doc, runin: bool, paras: list[Para]) -> tuple[str, tuple[str, str, str] | None]:
    """A title with a clause opener in it, or one the page breaks at ``《…》``, or a plain one.

    An opener (``按照``) goes only where the title is what the author wrote: a
    whole line, or a heading that ends in its ``。`` (run-in with nothing
    after it on the line).
    """
    shape = draw(st.integers(0, 7)) if doc.hard else 7
    if shape == 0 and (not runin or not paras):
        simp, trad = draw(st.sampled_from(CLAUSE_OPENERS))
        return _words(draw, doc, 2, 3) + (trad if doc.trad else simp) + _words(draw, doc, 1, 2), None
    if shape == 1:
        book = (_words(draw, doc, 1, 2), _words(draw, doc, 1, 2), _words(draw, doc, 0, 1))
        return f"{book[0]}《{book[1]}》{book[2]}", book
    return _title(draw, doc), None


def tree(draw: st.DrawFn, doc: Doc, styles: Sequence[Style], depth: int, count: int) -> list[Node]:
    nodes = []
    style = styles[depth - 1]
    for number in range(1, count + 1):
        runin = style is not Style.PART and draw(st.booleans())
        alone = draw(st.integers(0, 4)) == 0  # gwr-1986: （一） / 第一、 alone, the title below
        bare = doc.hard and style is Style.CN and draw(st.integers(0, 4)) == 0  # 一 alone, the title below
        paras = _paras(draw, doc)
        children: list[Node] = []
        if depth < len(styles):
            kids = draw(st.integers(0, doc.kids))
            children = tree(draw, doc, styles, depth + 1, kids)
        title, book = _hard_title(draw, doc, runin, paras)
        nodes.append(Node(style, number, title, runin, paras, children, depth, alone, bare, book))
    return nodes


LONG_RUN_CAP = 120  # public: zhgovreport.strategies.LONG_RUN_CAP, documented there


def lengthen(draw: st.DrawFn, doc: Doc, group: list[Node], longest: int) -> None:
    """Append leaf siblings to ``group`` up to a long run (``二十一、``…, ``100.``…, ``⑳``)."""
    style, depth = group[0].style, group[0].depth
    top = min(longest, LONG_RUN_CAP)
    count = draw(st.integers(min(21, top), min(40, top)))  # past 十: 二十一、…
    if top >= 100 and draw(st.booleans()):
        count = draw(st.integers(95, top))  # Arabic past 99
    for number in range(len(group) + 1, count + 1):  # few draws per heading: the run must fit hypothesis' buffer
        title = _word(draw, doc)
        runin = style is not Style.PART and draw(st.booleans())
        group.append(Node(style, number, title, runin, [Para("", [], title + "。")] if runin else [], [], depth))


def renumber(group: list[Node], at: int, code: str) -> None:
    for index, node in enumerate(group):
        if index >= at:
            node.number = index + (0 if code == "duplicate" else 2)  # 1,2,2,3 or 1,2,4,5


def sibling_groups(nodes: list[Node]) -> list[list[Node]]:
    found = [nodes]
    for node in nodes:
        if node.children:
            found += sibling_groups(node.children)
    return found


@st.composite
def cut(draw: st.DrawFn, doc: Doc, styles: Sequence[Style], tops: list[Node]) -> list[tuple[int, list[Node], Node | None]]:
    """Where a fragment starts: ``[(level, written siblings, their missing parent), …]``, deepest first.

    The fragment starts at a node of depth ``d0`` (2 … the tree's depth);
    its missing ancestors are ``A1 … A(d0-1)``.  Level ``d0`` holds the
    start node and its later siblings, level ``L < d0`` the later siblings
    of ``A(L)`` (maybe none), each group written after the one below it.
    """
    start_depth = draw(st.integers(2, len(styles)))
    chain: list[tuple[list[Node], int]] = []
    siblings = tops
    for level in range(1, start_depth):
        candidates = [i for i, node in enumerate(siblings) if node.children]
        if not candidates:
            i = draw(st.integers(0, len(siblings) - 1))
            siblings[i].children = tree(draw, doc, styles, level + 1, draw(st.integers(1, 3)))
            candidates = [i]
        i = draw(st.sampled_from(candidates))
        chain.append((siblings, i))
        siblings = siblings[i].children
    first = draw(st.integers(0, len(siblings) - 1))
    groups: list[tuple[int, list[Node], Node | None]] = [(start_depth, siblings[first:], None)]
    for level in range(start_depth - 1, 0, -1):
        group, i = chain[level - 1]
        groups.append((level, group[i + 1 :], group[i]))
    return groups

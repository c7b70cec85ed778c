"""Whole outlines rendered as report text, with the outline and items a parser must find."""

from __future__ import annotations

from typing import Literal

from hypothesis import strategies as st

from zhgovreport.model import Style
from zhgovreport.numbering import MARKED_STYLES, STYLE_RANK
from zhgovreport.strategies._cases import FigureCase, HeadingCase, Injection, ItemCase, OutlineCase
from zhgovreport.strategies._markers import MARKER_MAX
from zhgovreport.strategies._render import traditional
from zhgovreport.strategies._tree import (
    CIRCLED_MARKS,
    Doc,
    Node,
    Para,
    cut,
    lengthen,
    paragraph,
    renumber,
    sentence,
    sentence_words,
    sibling_groups,
    tree,
)
from zhgovreport.strategies._vocab import AGENCIES, PART_WORDS
from zhgovreport.strategies._writer import Writer, Written, write_line_end, write_node, write_para

# public: zhgovreport.strategies.USUAL_ORDER, documented there
USUAL_ORDER: tuple[Style, ...] = tuple(sorted(MARKED_STYLES, key=STYLE_RANK.__getitem__))


def _line_end(text: str, at: int) -> int:
    ends = [k for k in (text.find("\r", at), text.find("\n", at)) if k >= 0]
    return min(ends) if ends else len(text)


@st.composite
def outlines(
    draw: st.DrawFn,
    *,
    max_depth: int = 3,
    fragment: bool | None = False,
    inject: Literal["duplicate", "gap"] | None = None,
    noise: bool = True,
    figures: bool = False,
    lists: bool = True,
    list_last: bool = True,
    long_run: bool | None = None,
    hard: bool = True,
    notes: bool | None = None,
    item_faults: bool = False,
) -> OutlineCase:
    """A random outline tree, rendered, with the outline and items a parser must find.

    The document draws its own order of styles (any ``max_depth`` of the
    seven :class:`~zhgovreport.Style`\\ s, so ``（一）`` may sit above
    ``一、`` as in gwr-1985), 1-4 top sections and 0-3 children per section,
    numbered 1..n.  Titles are standalone lines (``一、标题``) or run-in
    (``（一）标题。正文…``); a marker may stand alone on its line with the
    title on the next (gwr-1986 ``第一、`` / ``（一）``); bodies may hold
    items (``一是…。二是…；三是…。``).  Now and then (``long_run=None``;
    always with ``True``, never with ``False``) one sibling group is long:
    21-40 headings (``二十一、`` …), 95 up to :data:`LONG_RUN_CAP` for the
    Arabic styles (``100.`` …), at most :data:`MARKER_MAX` (``⑳``); the tree
    around it is kept small.

    ``lists`` puts in-sentence lists into bodies (``docs/spec/outline.md`` §3): a line
    ending in ``：``, then entries ``一、…；`` ``二、…；`` … ``三、…。`` on
    their own lines, in any style but ``part``.  They are body text of the
    section that holds them, neither sections nor a reason to close it.
    With ``list_last=True`` (the default) a list may end the body, so that
    the next heading's line follows its last entry, even when that heading
    has the list's style and continues its numbering (``…：`` / ``1.…；`` /
    ``2.…。`` / ``3.完善制度``); ``list_last=False`` always puts a paragraph
    after a list.

    ``noise`` adds, per document: Traditional script, ``\\u3000\\u3000``
    indentation, ``\\r\\n`` line ends, blank lines, header lines
    (``某某市司法局2023年法治政府建设年度报告`` / ``发布日期:2024-02-29 09:02``)
    and a preamble paragraph, besides the marker variants (``(一)``/``（一）``,
    ``1.``/``１．``/``1、``) every document has.

    ``fragment=True`` cuts the text so that it starts below the top level
    (seed 004 starts at ``(四)``): the text starts at a node of depth 2 or
    more, its ancestors' headings are left out, and the levels follow
    :data:`USUAL_ORDER`.  Each missing ancestor whose later siblings are
    written (the text *climbs* to its level) is an implicit section in the
    expected outline (the ancestor's style and number, empty title,
    ``implicit=True``), as the tree stage's rule builds it one climb at a
    time (``(1)…(2)`` then ``(二)`` then ``二、``: an implicit ``一、`` holding an
    implicit ``（一）`` holding ``(1)(2)``).  Missing ancestors never climbed
    to leave no level: a fragment that never climbs has its first sections at
    depth 1.  ``fragment=None`` draws either.

    ``inject="duplicate"`` or ``"gap"`` renumbers one sibling group from its
    second member on (``1,2,2,3`` or ``1,2,4,5``) and records it in
    :attr:`OutlineCase.injection`.

    ``figures=True`` puts quantities into body sentences and list entries
    and records them in :attr:`OutlineCase.figures` (the expected outline
    is unchanged); :func:`reports` uses it.

    ``hard`` (the default) puts in the shapes a parser tuned to other texts
    misreads (issue 10): titles holding a clause opener (``按照``, ``通过``…)
    where they are whole lines or end in their ``。``; titles the page breaks
    at ``《`` and ``》`` (``关于《`` / ``方案`` / ``》的说明``); ``cn`` headings
    written as a bare numeral alone on its line (``一`` / title); item markers
    alone on their line (``一是`` / lead), runs opened by ``首先，``, dash
    bullets (``——…。`` one a line, items numbered by position); lists inside
    a paragraph whose entries only sometimes start a line (``…：第一，…；`` /
    ``第二，…；第三，…。``).  ``hard=False`` leaves them out.

    ``notes`` (``None``: drawn) makes body sentences cite endnotes
    (``…建设①。``) and ends the text with the notes (``①…。`` one a line),
    recorded in :attr:`OutlineCase.notes`; never with ``figures``.
    ``item_faults=True`` lets an item run repeat a number (``二是`` twice),
    recorded in :attr:`OutlineCase.item_repeats`.

    >>> from hypothesis import given, settings
    >>> from zhgovreport.text.lines import unbreak
    >>> @settings(max_examples=10, deadline=None)
    ... @given(outlines())
    ... def check(case):
    ...     for h in case.headings:
    ...         assert unbreak(case.text[h.title_start : h.title_end]) == h.title
    >>> check()
    """
    if fragment is None:
        fragment = draw(st.booleans())
    if inject is not None:
        fragment = False
    depth = draw(st.integers(1 if not fragment else 2, max(max_depth, 2 if fragment else 1)))
    styles = tuple(draw(st.permutations(list(MARKED_STYLES)))[:depth])
    if fragment:
        styles = tuple(sorted(styles, key=USUAL_ORDER.index))
    noisy = noise and draw(st.booleans())
    doc = _doc(draw, noisy, figures=figures, lists=lists, list_last=list_last)
    doc.hard, doc.item_faults = hard, item_faults
    doc.notes = not figures and (draw(st.integers(0, 3)) == 0 if notes is None else notes)
    if long_run is None:
        long_run = draw(st.integers(0, 11)) == 0  # a long sibling run: numbering at scale
    if long_run:
        doc.kids = 1  # a smaller tree around it: the whole case must fit hypothesis' buffer
    top_count = draw(st.integers(2 if inject else 1, 2 if long_run else 4))
    tops = tree(draw, doc, styles, 1, top_count)

    if long_run:
        group = draw(st.sampled_from(sibling_groups(tops)))
        lengthen(draw, doc, group, MARKER_MAX[group[0].style] - (1 if inject == "gap" else 0))

    groups: list[tuple[int, list[Node], Node | None]] = [(1, tops, None)]
    if fragment:
        groups = draw(cut(doc, styles, tops))

    injection_node: Node | None = None
    if inject is not None:
        candidates = [g for g in sibling_groups(tops) if len(g) >= 2]
        group = draw(st.sampled_from(candidates))
        at = draw(st.integers(1, len(group) - 1))
        renumber(group, at, inject)
        injection_node = group[at]

    climbed = [level for level, nodes, _ in groups[1:] if nodes]
    implicit = _implicit_sections(groups, styles, climbed)

    out = Writer(doc)
    preamble_items = _write_front(draw, out, doc, noisy, preamble=not fragment)
    log: list[Written] = []
    for level, nodes, _ in groups:
        shift = 1 + sum(1 for other in climbed if other < level) - level
        for root in nodes:
            write_node(draw, out, doc, root, log, shift)
    endnotes = _write_notes(draw, out, doc)
    text = out.text()
    if text.endswith(doc.nl) and draw(st.booleans()):
        text = text[: -len(doc.nl)]  # no final line break

    headings: list[HeadingCase] = list(implicit)
    injection = None
    for record in log:
        if record.node is injection_node and inject is not None:
            injection = Injection(inject, len(headings))
        headings.append(_heading(record, text))
    found = tuple(
        FigureCase(start, end, doc.figure_cases[index], -1 if heading < 0 else heading + len(implicit))
        for start, end, index, heading in out.figures
    )
    return OutlineCase(
        text,
        tuple(headings),
        tuple(preamble_items),
        styles,
        bool(fragment),
        injection,
        found,
        tuple(out.list_markers),
        notes=endnotes,
        item_repeats=tuple(out.item_repeats),
    )


def _write_notes(draw: st.DrawFn, out: Writer, doc: Doc) -> tuple[tuple[int, str], ...]:
    """The endnotes the text cites, one a line at its end: ``①…。`` ``②…。`` (maybe a space after the mark)."""
    notes = []
    for number in range(1, out.cited + 1):
        if number == 1 and out.pos and not out.text().endswith(("\n", "\r")):
            out.emit(doc.nl)
        note = sentence_words(draw, doc) + "。"
        out.emit(CIRCLED_MARKS[number - 1] + draw(st.sampled_from(("", " ", "\u3000"))) + note)
        write_line_end(draw, out, doc)
        notes.append((number, note))
    return tuple(notes)


def _doc(draw: st.DrawFn, noisy: bool, *, figures: bool, lists: bool, list_last: bool) -> Doc:
    """The per-document choices; with ``noisy``, maybe Traditional script, ``\\r\\n``, indentation, blank lines."""
    doc = Doc(
        trad=noisy and draw(st.integers(0, 3)) == 0,
        nl="\r\n" if noisy and draw(st.integers(0, 3)) == 0 else "\n",
        indent="\u3000\u3000" if noisy and draw(st.integers(0, 2)) == 0 else "",
        blank=noisy and draw(st.booleans()),
        figures=figures,
        part_word=draw(st.sampled_from(PART_WORDS)),
        lists=lists,
        list_last=list_last,
    )
    if doc.trad:
        doc.part_word = traditional(doc.part_word)
    return doc


def _implicit_sections(
    groups: list[tuple[int, list[Node], Node | None]], styles: tuple[Style, ...], climbed: list[int]
) -> list[HeadingCase]:
    """The expected implicit sections of a fragment: one for every level the text climbs to."""
    implicit: list[HeadingCase] = []
    for level, nodes, parent in sorted(groups[1:], key=lambda g: g[0]):
        if nodes and parent is not None:
            above = sum(1 for other in climbed if other < level)
            implicit.append(HeadingCase(1 + above, styles[level - 1], parent.number, "", (), True))
    return implicit


def _write_front(draw: st.DrawFn, out: Writer, doc: Doc, noisy: bool, *, preamble: bool) -> list[ItemCase]:
    """What comes before the first heading: maybe header lines, maybe a preamble paragraph (its items returned)."""
    agency_simp, agency_trad = draw(st.sampled_from(AGENCIES))
    agency = agency_trad if doc.trad else agency_simp
    year = draw(st.integers(2015, 2024))
    if noisy and draw(st.booleans()):
        out.emit(f"{agency}{year}年法治政府建设年度报告")
        write_line_end(draw, out, doc)
        if draw(st.booleans()):
            month, day = draw(st.integers(1, 3)), draw(st.integers(1, 28))
            out.emit(f"发布日期:{year + 1}-{month:02d}-{day:02d} 09:02")
            write_line_end(draw, out, doc)
    if not (preamble and noisy and draw(st.booleans())):
        return []
    out.emit(doc.indent + f"{year}年,{agency}" + sentence(draw, doc))
    para = paragraph(draw, doc, with_items=draw(st.booleans()))
    if para.entries:  # the preamble holds no list: keep its paragraph plain
        para = Para("", [], sentence(draw, doc))
    if para.dash:  # dash bullets start lines of their own
        write_line_end(draw, out, doc)
        out.emit(doc.indent)
    items = write_para(draw, out, doc, para)
    write_line_end(draw, out, doc)
    return items


def _heading(record: Written, text: str) -> HeadingCase:
    """The expected section of a written heading."""
    node = record.node
    return HeadingCase(
        node.depth + record.shift,
        node.style,
        node.number,
        node.title,
        tuple(record.items),
        False,
        record.start,
        record.title_start,
        _line_end(text, record.title_start),
        record.alone,
        tuple(record.lists),
        record.title_end,
    )

def reports() -> st.SearchStrategy[str]:
    """Report text (header, preamble, outline, items and figures), for fuzzing pipelines.

    >>> from hypothesis import given, settings
    >>> import zhgovreport
    >>> @settings(max_examples=5, deadline=None)
    ... @given(reports())
    ... def check(text):
    ...     assert isinstance(text, str) and text
    >>> check()
    """
    return outlines(fragment=None, figures=True).map(lambda case: case.text)


@st.composite
def restarted_outlines(draw: st.DrawFn, *, titled: bool | None = None, noise: bool = True) -> OutlineCase:
    """A report whose top-level run restarts at 1, with or without unnumbered part titles.

    Two or three runs of one style (``一、…`` ``一、…``), each of at least two
    headings, maybe with children.  With ``titled=True`` (gwr 1988) each run
    follows a part title, a short line standing alone with no marker and no
    punctuation (``今后五年建设和改革的目标、方针和任务``), and up to two closing
    parts with no run may follow (``关于外交工作``, ``结束语``): the expected
    outline has the parts at depth 1 (style ``unnumbered``, numbered by
    position) and each run under its part.  With ``titled=False`` (gwr-1986)
    nothing stands between the runs: each restarted run nests under the last
    heading of the run before it.  Either way the first heading of every
    run after the first restarts the numbering (:attr:`OutlineCase.restarts`,
    a ``restart`` diagnostic each).  ``titled=None`` draws either.
    """
    if titled is None:
        titled = draw(st.booleans())
    depth = draw(st.integers(1, 3))
    styles = tuple(draw(st.permutations(list(MARKED_STYLES)))[:depth])
    noisy = noise and draw(st.booleans())
    doc = _doc(draw, noisy, figures=False, lists=True, list_last=True)
    runs = [tree(draw, doc, styles, 1, draw(st.integers(2, 3))) for _ in range(draw(st.integers(2, 3)))]
    closing = draw(st.integers(0, 2)) if titled else 0

    out = Writer(doc)
    preamble_items = _write_front(draw, out, doc, noisy, preamble=True)
    out.emit(doc.indent + "各位代表：")  # a line before the first part title, which no header reader takes for the report's
    write_line_end(draw, out, doc)
    log: list[Written] = []
    parts: list[tuple[int, HeadingCase]] = []  # (index in the log before which the part comes, the part)
    restarts: list[int] = []  # indexes in the log of the restarting headings
    for index in range(len(runs) + closing):
        if titled:
            parts.append((len(log), _write_part_title(draw, out, doc, len(parts) + 1)))
            if index >= len(runs) or draw(st.booleans()):
                _write_paragraphs(draw, out, doc)
        if index < len(runs):
            if index:
                restarts.append(len(log))
            for root in runs[index]:
                write_node(draw, out, doc, root, log, 1 if titled else index)
    text = out.text()

    headings: list[HeadingCase] = []
    expected_restarts: list[int] = []
    for k, record in enumerate(log):
        while parts and parts[0][0] == k:
            headings.append(parts.pop(0)[1])
        if k in restarts:
            expected_restarts.append(len(headings))
        headings.append(_heading(record, text))
    headings += [part for _at, part in parts]
    return OutlineCase(text, tuple(headings), tuple(preamble_items), styles, restarts=tuple(expected_restarts))


def _write_part_title(draw: st.DrawFn, out: Writer, doc: Doc, number: int) -> HeadingCase:
    """A part title on a line of its own, blank lines around it; its expected section."""
    if out.pos and not out.text().endswith(("\n", "\r")):
        out.emit(doc.nl)
    out.emit(doc.nl)
    start = out.pos
    title = sentence_words(draw, doc)
    title_start = out.emit(doc.indent) + len(doc.indent)
    out.emit(title)
    line_end = out.pos
    out.emit(doc.nl + doc.nl)
    return HeadingCase(1, Style.UNNUMBERED, number, title, (), False, start, title_start, line_end, False, (), line_end)


def _write_paragraphs(draw: st.DrawFn, out: Writer, doc: Doc) -> None:
    """One or two plain paragraphs (sentences that end in ``。``)."""
    for _ in range(draw(st.integers(1, 2))):
        out.emit(doc.indent + sentence(draw, doc))
        write_line_end(draw, out, doc)

"""The outline pipeline: text → :class:`~zhgovreport.model.Report`.

Stages, each one pass over its input, each reading the one shared
:class:`~zhgovreport.text.Source` (the text, its folded copy, its lines) and
returning a named record:

1. :meth:`Source.of <zhgovreport.text.Source.of>`: fold the text and split it into lines;
2. :func:`~zhgovreport.outline.header.read_header` → :class:`~zhgovreport.model.Meta`;
   its end is where the preamble starts, and no heading is looked for before it;
3. :func:`~zhgovreport.outline.markers.find_markers` → the flat stream of heading markers,
   less the endnotes (:func:`~zhgovreport.outline.notes.find_notes`);
4. :func:`~zhgovreport.outline.titles.cut_titles` → headings with their titles;
5. :func:`~zhgovreport.outline.tree.build_tree` → nested drafts; when a
   restarted run shows unnumbered part titles
   (:func:`~zhgovreport.outline.unnumbered.find_part_titles`), again with them;
6. :func:`~zhgovreport.outline.sections.freeze_sections` → sections with spans,
   bodies and items (:func:`~zhgovreport.outline.items.find_items`);
7. :func:`~zhgovreport.outline.genre.detect_genre` → the meta with the report's kind
   (from the title, else the opening, the headings or the salutation);
8. :func:`~zhgovreport.outline.parts.assign_parts` → the report parts.

Diagnostics are collected here, from the records the stages return.

Spans tile the text: ``[0, meta.end)`` is the header, ``[meta.end,
first section)`` the preamble, and each section's ``[start, heading_end)``
heading, ``[heading_end, body_end)`` own text and children follow one another
to the next section that is not a descendant (or the end of the text).
"""

from __future__ import annotations

from zhgovreport.errors import check_str
from zhgovreport.model import Diagnostic, DiagnosticCode, Report
from zhgovreport.outline.genre import detect_genre
from zhgovreport.outline.header import read_header
from zhgovreport.outline.items import find_items
from zhgovreport.outline.markers import find_markers
from zhgovreport.outline.parts import assign_parts
from zhgovreport.outline.notes import find_notes
from zhgovreport.outline.sections import freeze_sections, outside, paragraphs
from zhgovreport.outline.titles import cut_titles
from zhgovreport.outline.tree import build_tree
from zhgovreport.outline.unnumbered import find_part_titles
from zhgovreport.text.source import Source

__all__ = ["parse"]


def parse(text: str) -> Report:
    """Parse a report's text into a lossless outline :class:`~zhgovreport.model.Report`.

    Any ``str`` gives a report; what the parser noticed or had to guess is in
    ``report.diagnostics``.  ``bytes`` raise ``TypeError``: decode them first,
    or use :func:`zhgovreport.parse_file`.

    >>> report = parse("一、工作回顾\\n(一)队伍建设\\n一是建强队伍。二是规范服务。\\n二、存在问题\\n")
    >>> [(s.depth, s.marker, s.title) for s in report.walk()]
    [(1, '一、', '工作回顾'), (2, '(一)', '队伍建设'), (1, '二、', '存在问题')]
    >>> [i.lead for i in report.sections[0].children[0].items]
    ['建强队伍', '规范服务']
    >>> "".join(report.text[p.span] for p in report.pieces()) == report.text
    True
    """
    check_str(text, "parse", "or use zhgovreport.parse_file")
    source = Source.of(text)
    meta = read_header(source)
    head_end = min(max(meta.end, 0), len(text))

    first_line = source.line_index(head_end)
    found = find_notes(source, find_markers(source, first_line), head_end)
    holes = [(note.start, note.end) for note in found.notes]
    titles = cut_titles(source, found.markers)
    tree = build_tree(source, titles.headings)
    parts_found = find_part_titles(source, titles.headings, tree.restarts, first_line)
    if parts_found.headings is not None:  # a report divided into unnumbered parts
        tree = build_tree(source, parts_found.headings)
    frozen = freeze_sections(source, tree.roots, holes)
    sections = frozen.sections

    preamble_end = sections[0].start if sections else len(text)
    preamble_items = find_items(source, head_end, preamble_end)
    diagnostics: list[Diagnostic] = [
        *titles.diagnostics,
        *tree.diagnostics,
        *parts_found.diagnostics,
        *preamble_items.diagnostics,
        *frozen.diagnostics,
    ]
    if not text.strip():
        diagnostics.append(Diagnostic(DiagnosticCode.EMPTY, "the text is empty or white space only", 0, len(text)))
    elif not sections:
        diagnostics.append(
            Diagnostic(DiagnosticCode.NO_HEADINGS, "no outline marker found; the text is all preamble", head_end, len(text))
        )
    parts = assign_parts(detect_genre(source, meta, sections), sections)
    diagnostics.sort(key=lambda d: (d.start, d.end))
    return Report(
        text=text,
        meta=parts.meta,
        preamble=paragraphs(text, head_end, preamble_end, holes),
        preamble_start=head_end,
        preamble_end=preamble_end,
        sections=parts.sections,
        preamble_items=tuple(outside(preamble_items.items, holes)),
        notes=tuple(found.notes),
        diagnostics=tuple(diagnostics),
    )

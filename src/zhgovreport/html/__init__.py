"""HTML pages → :class:`~zhgovreport.model.Report`: :func:`parse_html`.

A page is parsed with selectolax's lexbor backend (the ``html`` extra,
imported only when a page is read); its content is found
(:mod:`~zhgovreport.html.render`) and rendered to text, a line per block;
that text is parsed like any report (:func:`zhgovreport.parse`), and what
the page says about the report besides its text (:mod:`~zhgovreport.html.meta`)
completes ``Report.meta``.  ``Report.page`` records the container, the page's
values with their origins, and the URL.

Why not a general extractor: lxml-based extractors lose the article behind a
stray ``</html>`` (common in CMS templates), and trafilatura flattens a
``<td>`` layout into one cell (so ``一、`` no longer starts a line) and ignores
the government ``<meta>`` tags and the 政务公开 table.
"""

from __future__ import annotations

from operator import attrgetter

import attrs
import regex

from zhgovreport.errors import check_str
from zhgovreport.encodings import decode_text
from zhgovreport.html.meta import HEADLINE_SELECTORS, chrome_fields, find_headline, head_fields, merge_meta, page_fields
from zhgovreport.html.render import CONTAINER_SELECTORS, find_content, load, matching, page_lines, prepare
from zhgovreport.model import Diagnostic, DiagnosticCode, Page, Report, SourceFormat
from zhgovreport.outline import parse
from zhgovreport.outline.parts import Parts, assign_parts, refresh_parts
from zhgovreport.text.fold import fold

__all__ = ["parse_html"]

HEADLINE_LOOKAHEAD = 3
"""The headline is not added when one of the content's first lines already holds it."""

SAVED_FROM_REACH = 2048
"""A browser's ``<!-- saved from url=(0050)https://… -->`` comment is looked for this far in."""

_PARTS_INPUTS = attrgetter("kind", "year", "published", "agency")

_SAVED_FROM = regex.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", regex.IGNORECASE)


def _holds_headline(lines: list[str], headline: str) -> bool:
    wanted = fold(headline).replace(" ", "")
    return any(wanted in fold(line).replace(" ", "") for line in lines[:HEADLINE_LOOKAHEAD])


def parse_html(data: bytes | str, *, url: str | None = None, encoding: str | None = None) -> Report:
    """Parse an HTML page into a :class:`~zhgovreport.model.Report`.

    ``data`` is the page's bytes (decoded as :func:`zhgovreport.encodings.decode_text`
    says: BOM, ``encoding``, the declared charset, then checked trials) or its
    text.  ``Report.text`` is the content's text, the headline first, a line
    per block; every span indexes it.  ``url``, when given (or when a browser
    saved the page and said where from), is recorded and may give the
    publication date.

    >>> page = '''<html><head><meta name="PubDate" content="2023-02-23 14:54"></head>
    ... <body><h1>XX县2022年法治政府建设年度报告</h1></html>
    ... <div class="TRS_Editor"><p>2022年，我县依法行政。</p><p><strong>一、</strong>主要举措和成效</p>
    ... <p><span>（一）</span>加强统筹</p><p>二、存在问题</p></div></body>'''
    >>> report = parse_html(page)
    >>> print(report.text, end="")
    XX县2022年法治政府建设年度报告
    2022年，我县依法行政。
    一、主要举措和成效
    （一）加强统筹
    二、存在问题
    >>> report.meta.agency, str(report.meta.published), report.page.container
    ('XX县人民政府', '2023-02-23', '.TRS_Editor')
    >>> [(s.marker, s.title, str(s.part)) for s in report.sections]
    [('一、', '主要举措和成效', 'achievements'), ('二、', '存在问题', 'shortcomings')]
    """
    if isinstance(data, (bytes, bytearray, memoryview)):
        data = bytes(data)
        decoding = decode_text(data, url or "<bytes>", encoding=encoding)
        html, used, basis = decoding.text, decoding.encoding, decoding.basis
    else:
        html, used, basis = check_str(data, "parse_html", "bytes are decoded too"), None, None
    parser = load(data if used == "utf-8" else html)  # lexbor reads UTF-8: valid bytes need no round trip
    if url is None:
        saved = _SAVED_FROM.search(html, 0, SAVED_FROM_REACH)
        url = saved[1] if saved else None
    head, title = head_fields(parser)
    prepare(parser)
    matches = dict(matching(parser, CONTAINER_SELECTORS + HEADLINE_SELECTORS))  # one query for both
    content = find_content(parser, matches)
    lines = list(content.lines)
    headline = find_headline(parser, matches)
    if headline is not None and not _holds_headline(lines, headline[0]):
        lines.insert(0, headline[0])
    fields = page_fields(head, chrome_fields(page_lines(parser, content)), headline, title, url)
    text = "\n".join(lines) + "\n" if lines else ""
    report = parse(text)
    meta = merge_meta(report.meta, fields)
    if _PARTS_INPUTS(meta) == _PARTS_INPUTS(report.meta):  # what the parts stage reads is unchanged
        parts = Parts(meta, report.sections)  # the same year, and merge_meta leaves on_time alone
    elif meta.kind is report.meta.kind:  # the same parts; the year and on_time may change
        parts = refresh_parts(meta, report.sections)
    else:
        parts = assign_parts(meta, tuple(attrs.evolve(s, part=None) for s in report.sections))
    diagnostics = list(report.diagnostics)
    if content.container is None:
        diagnostics.append(
            Diagnostic(
                DiagnosticCode.CONTENT_GUESSED,
                f"no known content container; the text-densest element was read ({content.fallback})",
                0,
                len(text),
            )
        )
        diagnostics.sort(key=lambda d: (d.start, d.end))
    return attrs.evolve(
        report,
        meta=parts.meta,
        sections=parts.sections,
        diagnostics=tuple(diagnostics),
        encoding=used,
        encoding_basis=basis,
        source_format=SourceFormat.HTML,
        page=Page(url=url, container=content.container, fallback=content.fallback, fields=tuple(fields)),
    )

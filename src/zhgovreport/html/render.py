"""Page → text: the content's lines, as a reader sees them.

:func:`load` parses a page with selectolax's lexbor backend, an HTML5 parser
that reads the broken markup CMSs write as a browser does (a stray
``</html>`` before the article, unclosed ``<p>``).  :func:`prepare` removes
what is never text and marks where lines and cells start and end, so that
the text of any element is one call into lexbor.  :func:`find_content` finds
the content: the first known container (:data:`~.containers.CONTAINERS`) with
text, else the element where the page's paragraph text is densest.
:func:`lines_of` reads an element's lines:

* block tags, ``<br>``, ``<p>``, ``<div>``, ``<tr>``, ``<td>``, ``<li>`` start a
  line; inline tags (``<span>``, ``<strong>``, ``<font>``, ``<a>``) never do,
  so ``<p><strong>一、</strong>总体情况</p>`` is one line and ``（一）`` always
  starts its own;
* white space collapses as in a browser; ``&nbsp;`` is a space, entities are
  characters, each line is stripped (``\u3000`` indentation too);
* scripts, styles, form widgets, hidden elements, and attributes
  (``alt="时间：2017-11-08"``) are never text; inside the content, share bars
  and ``打印本页`` ``关闭窗口`` ``扫一扫`` ``责任编辑`` lines are dropped.

>>> parser = load('<div id="zoom"><p><span>一、</span><b>总体</b>情况</p><p>正文&nbsp;一<br>正文二</p></div>')
>>> prepare(parser)
>>> content = find_content(parser)
>>> content.container, content.lines
('#zoom', ('一、总体情况', '正文 一', '正文二'))
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

import regex

from zhgovreport.html.containers import (
    BLOCK_TAGS,
    CELL_TAGS,
    CHROME_CLASS_WORDS,
    CHROME_LINE_CAP,
    CHROME_LINE_STARTS,
    CHROME_LINE_WORDS,
    CONTAINERS,
    SKIP_TAGS,
)
from zhgovreport.text.fold import FOLD_TABLE, fold

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["Content", "describe", "find_content", "is_chrome_line", "lines_of", "load", "page_lines", "plain", "prepare"]


EXTRA = "html"
"""The extra that installs selectolax."""

_SPACES = re.compile(r"[ \t\n\r\f]+")
_HIDDEN = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
_LINE_STRIP = " \u3000\u200b\ufeff"
_WS_STRIP = " \t\n\r\f\u3000\u200b\ufeff"
_INNER_SPACES = ("\n", "\t", "\r", "\f", "  ")
_CHROME_FIRST = frozenset("【[(|/:" + "".join(w[0] for w in (*CHROME_LINE_WORDS, *CHROME_LINE_STARTS)))
_CHROME_LINE = regex.compile(
    r"^(?:[\[【(]?\s*(?:"
    + "|".join(regex.escape(w) for w in sorted(CHROME_LINE_WORDS, key=len, reverse=True))
    + r")\s*[\]】)]?\s*[|/:]?\s*)+$"
)


def load(html: str) -> LexborHTMLParser:
    """Parse ``html`` with selectolax (lexbor); a clear ``ImportError`` when the ``html`` extra is missing."""
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            f"reading HTML pages needs selectolax: pip install 'zhgovreport[{EXTRA}]'"
        ) from exc
    return LexborHTMLParser(html)


class Content(NamedTuple):
    """Where a page's content is, how it was found, and its lines."""

    nodes: tuple[LexborNode, ...]
    container: str | None
    """The :data:`~.containers.CONTAINERS` selector that matched, or ``None``."""
    fallback: str | None
    """With no container: the element the text-density fallback chose (``div#main.article``)."""
    lines: tuple[str, ...]
    """The content's lines (:func:`lines_of`), a body the page repeats kept once."""


_LINE = "\x00"  # marks where a line starts or ends (an HTML parser never leaves NUL in text)
_CELL = "\x01"  # marks where a cell starts or ends
_BLOCKS = ",".join(sorted(BLOCK_TAGS - CELL_TAGS - {"br", "hr"}))
_BREAKS = "br,hr"
_CELLS_SELECTOR = ",".join(sorted(CELL_TAGS))
_HIDDEN_SELECTOR = '[style*="none"],[style*="hidden"],[hidden]'
_CELL_RUN = regex.compile(r"(?: ?\x01 ?)+")
_CHROME_SELECTOR = ",".join(f'[class*="{w}"],[id*="{w}"]' for w in CHROME_CLASS_WORDS)


def prepare(parser: LexborHTMLParser) -> None:
    """Make the page ready to read as text: skipped tags and hidden elements out, line and cell marks in.

    Read the ``<head>`` (meta tags, ``<title>``) before: it is removed.
    """
    parser.strip_tags(sorted(SKIP_TAGS))
    for node in parser.css(_HIDDEN_SELECTOR):
        if _hidden(node.attributes):
            node.decompose()
    for node in parser.css(_BLOCKS):
        node.insert_before(_LINE)
        node.insert_after(_LINE)
    for node in parser.css(_BREAKS):
        node.insert_after(_LINE)
    for node in parser.css(_CELLS_SELECTOR):
        node.insert_before(_CELL)
        node.insert_after(_CELL)


def _chrome_element(attributes: dict[str, str | None]) -> bool:
    names = f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower().split()
    return any(name.startswith(w) or name.endswith(w) for name in names for w in CHROME_CLASS_WORDS)


def _hidden(attributes: dict[str, str | None]) -> bool:
    return "hidden" in attributes or _HIDDEN.search(attributes.get("style") or "") is not None


def is_chrome_line(line: str) -> bool:
    """Whether a content line is page chrome: ``【打印本页】【关闭窗口】``, ``责任编辑：张三``.

    >>> is_chrome_line("【打印本页】 【关闭窗口】"), is_chrome_line("扫一扫在手机打开当前页"), is_chrome_line("打印机采购")
    (True, True, False)
    """
    first = line.lstrip()[:1]
    if not first or len(line) > CHROME_LINE_CAP or FOLD_TABLE.get(ord(first), first) not in _CHROME_FIRST:
        return False
    folded = fold(line).strip()
    return folded.startswith(CHROME_LINE_STARTS) or _CHROME_LINE.match(folded) is not None


def lines_of(node: LexborNode, *, cells: str = "\n", content: bool = True) -> list[str]:
    """The non-blank lines of a :func:`prepare`-d element's text (see the module docs).

    ``cells`` is what a ``<td>``/``<th>``/``<dt>``/``<dd>`` is: a line, or
    ``" | "`` to read a page's attribute table a row to a line.  ``content``
    drops chrome lines.
    """
    text = node.text().replace("\xa0", " ")
    text = text.replace(_CELL, _LINE) if cells == "\n" else _CELL_RUN.sub(cells, text)
    strip = _WS_STRIP if cells == "\n" else _WS_STRIP + "|"
    text = _LINE.join(line for line in (piece.strip(strip) for piece in text.split(_LINE)) if line)
    if any(ws in text for ws in _INNER_SPACES):  # memchr-fast checks; most pages need no collapsing
        text = _SPACES.sub(" ", text)
    cap = CHROME_LINE_CAP if content else -1
    return [line for line in text.split(_LINE) if line and not (len(line) <= cap and is_chrome_line(line))]


def plain(node: LexborNode) -> str:
    """A :func:`prepare`-d element's text on one line, white space collapsed (a headline)."""
    text = node.text().replace(_LINE, " ").replace(_CELL, " ").replace("\xa0", " ")
    return _SPACES.sub(" ", text).strip(_LINE_STRIP)


def _drop_chrome(nodes: Iterable[LexborNode]) -> None:
    """Remove share bars, font-size boxes and the like from inside the content."""
    for node in nodes:
        for element in node.css(_CHROME_SELECTOR):
            if _chrome_element(element.attributes):
                element.decompose()


def page_lines(parser: LexborHTMLParser, content: Content) -> list[str]:
    """The page outside its content, a line per block and a table row to a line (cells joined by ``|``).

    The content's elements are removed from the page: call this last.
    """
    for node in content.nodes:
        node.decompose()
    body = parser.body
    return [] if body is None else lines_of(body, cells=" | ", content=False)


def _outermost(nodes: list[LexborNode]) -> list[LexborNode]:
    ids = {node.mem_id for node in nodes}
    out = []
    for node in nodes:
        parent = node.parent
        while parent is not None and parent.mem_id not in ids:
            parent = parent.parent
        if parent is None:
            out.append(node)
    return out


def describe(node: LexborNode) -> str:
    """``tag#id.class`` of an element (``div#main.article``), for the record."""
    attributes = node.attributes
    out = str(node.tag)
    if attributes.get("id"):
        out += f"#{attributes['id']}"
    for name in (attributes.get("class") or "").split():
        out += f".{name}"
    return out


_DENSITY_SKIP = SKIP_TAGS | {"nav", "footer", "header", "aside", "a"}


def _densest(body: LexborNode) -> LexborNode:
    """The element whose paragraphs hold the most Chinese text outside links and chrome (readability's idea).

    A text's characters count for the block that holds it, that block's parent,
    and half for its grandparent; the highest score wins, the deepest on a tie.
    """
    scores: dict[int, float] = {}
    by_id: dict[int, LexborNode] = {}
    depth: dict[int, int] = {}
    outside: dict[int, bool] = {}  # block -> no link, nav, header, footer or aside above it

    def clear(node: LexborNode) -> bool:
        chain: list[LexborNode] = []  # ancestors not seen yet, nearest first (a loop: pages nest deep)
        current: LexborNode | None = node
        while current is not None and current.mem_id not in outside:
            chain.append(current)
            current = current.parent
        above, level = (outside[current.mem_id], depth[current.mem_id]) if current is not None else (True, -1)
        for element in reversed(chain):
            level += 1
            above = above and element.tag not in _DENSITY_SKIP
            outside[element.mem_id], depth[element.mem_id] = above, level
        return outside[node.mem_id]

    for node in body.traverse(include_text=True):
        if node.tag != "-text":
            continue
        text = node.text_content or ""
        count = len(text) - len(text.encode("ascii", "ignore"))  # non-ASCII characters: the Chinese text
        if not count:
            continue
        block = node.parent
        while block is not None and block.tag not in BLOCK_TAGS and block.tag not in _DENSITY_SKIP:
            block = block.parent
        if block is None or not clear(block):
            continue
        parent = block.parent
        for weight, target in ((1.0, block), (1.0, parent), (0.5, parent.parent if parent else None)):
            if target is not None and target.tag != "html":
                scores[target.mem_id] = scores.get(target.mem_id, 0.0) + weight * count
                by_id[target.mem_id] = target
    if not scores:
        return body
    best = max(scores.values())
    return max((by_id[key] for key, score in scores.items() if score == best), key=lambda n: depth.get(n.mem_id, 0))


def _once(renders: Iterable[list[str]]) -> tuple[str, ...]:
    """The lines of several renders, a body the page repeats kept once.

    A render equal to an earlier one is dropped (a print copy of the article);
    lines that are the same run twice are halved.
    """
    seen: list[list[str]] = []
    for lines in renders:
        if lines and lines not in seen:
            seen.append(lines)
    out = [line for lines in seen for line in lines]
    half = len(out) // 2
    if half and len(out) % 2 == 0 and out[:half] == out[half:]:
        out = out[:half]
    return tuple(out)


def find_content(parser: LexborHTMLParser) -> Content:
    """The :func:`prepare`-d page's content: the first known container with text, else the densest element."""
    for selector, _source in CONTAINERS:
        found = _outermost(parser.css(selector))
        if found:
            _drop_chrome(found)
            lines = _once(lines_of(node) for node in found)
            if lines:  # an empty container (the report is an attachment) is no content
                return Content(tuple(found), selector, None, lines)
    body = parser.body if parser.body is not None else parser.root
    if body is None:
        return Content((), None, None, ())
    chosen = _densest(body)
    _drop_chrome((chosen,))
    return Content((chosen,), None, describe(chosen), _once([lines_of(chosen)]))

"""Page → text: the content's lines, as a reader sees them.

:func:`load` parses a page with selectolax's lexbor backend, an HTML5 parser
that reads the broken markup CMSs write as a browser does (a stray
``</html>`` before the article, unclosed ``<p>``).  :func:`find_content` finds
the content: the first known container (:data:`~.containers.CONTAINERS`) with
text, else the element where the page's paragraph text is densest.
:func:`render` turns elements into lines:

* block tags, ``<br>``, ``<p>``, ``<div>``, ``<tr>``, ``<td>``, ``<li>`` start a
  line; inline tags (``<span>``, ``<strong>``, ``<font>``, ``<a>``) never do,
  so ``<p><strong>一、</strong>总体情况</p>`` is one line and ``（一）`` always
  starts its own;
* white space collapses as in a browser; ``&nbsp;`` is a space, entities are
  characters, ``\\u3000`` stays (the outline reads it as indentation), each
  line is stripped;
* scripts, styles, forms' widgets, hidden elements, and attributes
  (``alt="时间：2017-11-08"``) are never text; inside the content, share bars
  and ``打印本页`` ``关闭窗口`` ``扫一扫`` ``责任编辑`` lines are dropped.

>>> parser = load('<div id="zoom"><p><span>一、</span><b>总体</b>情况</p><p>正文&nbsp;一<br>正文二</p></div>')
>>> content = find_content(parser)
>>> content.container, render(content.nodes)
('#zoom', ['一、总体情况', '正文 一', '正文二'])
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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
from zhgovreport.text.fold import fold

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["Content", "describe", "find_content", "is_chrome_line", "load", "render"]


EXTRA = "html"
"""The extra that installs selectolax."""

_SPACES = regex.compile(r"[ \t\n\r\f]+")
_HAN = regex.compile(r"\p{Han}")
_HIDDEN = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
_LINE_STRIP = " \u3000\u200b\ufeff"
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
    """The content's lines (:func:`render`), a body the page repeats kept once."""


def _children(node: LexborNode) -> list[LexborNode]:
    out = []
    child = node.child
    while child is not None:
        out.append(child)
        child = child.next
    return out


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
    if len(line) > CHROME_LINE_CAP:
        return False
    folded = fold(line).strip()
    return folded.startswith(CHROME_LINE_STARTS) or _CHROME_LINE.match(folded) is not None


def render(
    nodes: Iterable[LexborNode],
    *,
    cells: str = "\n",
    skip: Sequence[LexborNode] = (),
    content: bool = True,
) -> list[str]:
    """The non-blank lines of ``nodes``' text (see the module docs).

    ``cells`` is what a ``<td>``/``<th>``/``<dt>``/``<dd>`` starts: a line, or
    ``" | "`` to read a page's attribute table row by row.  ``skip`` are
    elements left out (the content, when the rest of a page is read).
    ``content`` drops share bars and chrome lines.
    """
    skipped = {node.mem_id for node in skip}
    lines: list[str] = []
    current: list[str] = []

    def newline() -> None:
        if current:
            line = "".join(current).strip(_LINE_STRIP)
            current.clear()
            if line and not (content and is_chrome_line(line)):
                lines.append(line)

    stack: list[tuple[LexborNode, bool]] = [(node, False) for node in reversed(list(nodes))]
    while stack:
        node, closing = stack.pop()
        tag = node.tag
        if closing:
            if tag in CELL_TAGS and cells != "\n":
                current.append(cells)
            else:
                newline()
            continue
        if tag == "-text":
            text = node.text_content
            if text:
                current.append(_SPACES.sub(" ", text.replace("\xa0", " ")))
            continue
        if tag is None or tag in SKIP_TAGS or tag.startswith(("-", "!")) or node.mem_id in skipped:
            continue
        attributes = node.attributes
        if attributes and (_hidden(attributes) or (content and _chrome_element(attributes))):
            continue
        if tag == "br" or tag == "hr":
            newline()
            continue
        if tag in BLOCK_TAGS:
            if not (tag in CELL_TAGS and cells != "\n"):
                newline()
            stack.append((node, True))
        stack.extend((child, False) for child in reversed(_children(node)))
    newline()
    return lines


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
    """The element whose paragraphs hold the most Han characters outside links (readability's idea).

    A text's characters count for the block that holds it, that block's parent,
    and half for its grandparent; the highest score wins, the deepest on a tie.
    """
    scores: dict[int, float] = {}
    by_id: dict[int, LexborNode] = {}
    for node in body.traverse(include_text=True):
        if node.tag != "-text":
            continue
        count = len(_HAN.findall(node.text_content or ""))
        if not count:
            continue
        block = node.parent
        while block is not None and block.tag not in BLOCK_TAGS and block.tag not in _DENSITY_SKIP:
            block = block.parent
        if block is None or block.tag in _DENSITY_SKIP:
            continue
        ancestor = block.parent
        if any(a.tag in _DENSITY_SKIP for a in _ancestors(block)):
            continue
        for weight, target in ((1.0, block), (1.0, ancestor), (0.5, ancestor.parent if ancestor else None)):
            if target is not None and target.tag not in ("html", None):
                scores[target.mem_id] = scores.get(target.mem_id, 0.0) + weight * count
                by_id[target.mem_id] = target
    if not scores:
        return body
    best = max(scores.values())
    chosen = [by_id[key] for key, score in scores.items() if score == best]
    return max(chosen, key=lambda n: sum(1 for _ in _ancestors(n)))


def _ancestors(node: LexborNode) -> Iterable[LexborNode]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


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
    """The page's content: the first known container with text, else the densest element."""
    for selector, _source in CONTAINERS:
        found = _outermost(parser.css(selector))
        if found:
            lines = _once(render((node,)) for node in found)
            if lines:  # an empty container (the report is an attachment) is no content
                return Content(tuple(found), selector, None, lines)
    body = parser.body if parser.body is not None else parser.root
    if body is None:
        return Content((), None, None, ())
    chosen = _densest(body)
    return Content((chosen,), None, describe(chosen), _once([render((chosen,))]))

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
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import repeat
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

__all__ = [
    "CONTAINER_SELECTORS",
    "Content",
    "attached",
    "describe",
    "find_content",
    "is_chrome_line",
    "lines_of",
    "load",
    "page_lines",
    "plain",
    "prepare",
    "matching",
    "unique",
]


EXTRA = "html"
"""The extra that installs selectolax."""

_SPACES = re.compile(r"[ \t\n\r\f]+")
_HIDDEN = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
_LINE_STRIP = " \u3000\u200b\ufeff"
_WS_STRIP = " \t\n\r\f\u3000\u200b\ufeff"
_INNER_BREAKS = ("\n", "\t", "\r", "\f")
_SPACE_PROBES = 16
_CHROME_FIRST = frozenset("【[(|/:" + "".join(w[0] for w in (*CHROME_LINE_WORDS, *CHROME_LINE_STARTS)))
_BRACKETS = frozenset("【[(")  # what _CHROME_LINE allows before a word, folded
_AFTER_BRACKET = frozenset(w[0] for w in CHROME_LINE_WORDS) | {w[1] for w in CHROME_LINE_STARTS if w[0] in _BRACKETS}
_UNICODE_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
"""Every character ``str.isspace`` holds true (what ``str.strip()`` removes)."""
_CHROME_FIRST_ANY = frozenset(
    [chr(code) for code, folded in FOLD_TABLE.items() if folded in _CHROME_FIRST] + [*_CHROME_FIRST, *_UNICODE_SPACES]
)
"""Every first character a line that :func:`is_chrome_line` accepts may have (it strips white space first)."""
_CHROME_LINE = regex.compile(
    r"^(?:[\[【(]?\s*(?:"
    + "|".join(regex.escape(w) for w in sorted(CHROME_LINE_WORDS, key=len, reverse=True))
    + r")\s*[\]】)]?\s*[|/:]?\s*)+$"
)


def load(html: str | bytes) -> LexborHTMLParser:
    """Parse ``html`` (text, or UTF-8 bytes) with selectolax (lexbor); a clear ``ImportError`` without the ``html`` extra."""
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
_BREAK_TAGS = frozenset(("br", "hr"))
_LINE_TAGS = BLOCK_TAGS - CELL_TAGS - _BREAK_TAGS
_HIDDEN_SELECTOR = '[style*="none"],[style*="hidden"],[hidden]'
_CELL_RUN = regex.compile(r"(?: ?\x01 ?)+")
CONTAINER_SELECTORS = tuple(selector for selector, _source in CONTAINERS)
"""The selectors of :data:`~.containers.CONTAINERS`, in order."""
_CHROME_SELECTOR = ",".join(f'[class*="{w}"],[id*="{w}"]' for w in CHROME_CLASS_WORDS)
_CHROME_WORD = re.compile("|".join(re.escape(w) for w in CHROME_CLASS_WORDS))  # what _CHROME_SELECTOR tests, in Python
CHROME_SCAN_MAX = 32
"""Contents with at most this many elements that have a ``class`` or ``id`` are searched for chrome in Python."""


def prepare(parser: LexborHTMLParser) -> None:
    """Make the page ready to read as text: skipped tags and hidden elements out, line and cell marks in.

    Read the ``<head>`` (meta tags, ``<title>``) before: it is removed.
    """
    # Elements are removed from the tree, not destroyed (decompose(recursive=False)): a removed
    # element may hold another that is still in a list being worked through.
    for node in unique(parser.css(_HIDDEN_SELECTOR)):
        if _hidden(node.attributes):
            node.decompose(recursive=False)
    root = parser.root
    if root is None:
        return
    # One walk in Python over the elements, sorted by tag, costs a fifth of the CSS queries
    # it replaces (a list of ~70 tag selectors is tried against every element).  The walk is
    # listed first: it must not follow into what is removed.
    for node in list(root.traverse()):
        tag = node.tag
        if tag in _LINE_TAGS:
            node.insert_before(_LINE)
            node.insert_after(_LINE)
        elif tag in SKIP_TAGS:
            node.decompose(recursive=False)
        elif tag in CELL_TAGS:
            node.insert_before(_CELL)
            node.insert_after(_CELL)
        elif tag in _BREAK_TAGS:
            node.insert_after(_LINE)


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
    stripped = line.lstrip()
    first = stripped[:1]
    if not first or len(line) > CHROME_LINE_CAP or FOLD_TABLE.get(ord(first), first) not in _CHROME_FIRST:
        return False
    if FOLD_TABLE.get(ord(first), first) in _BRACKETS and len(stripped) > 1:  # （一）: a bracket, then no chrome word
        second = stripped[1]
        if not second.isspace() and FOLD_TABLE.get(ord(second), second) not in _AFTER_BRACKET:
            return False
    folded = fold(line).strip()
    return folded.startswith(CHROME_LINE_STARTS) or _CHROME_LINE.match(folded) is not None


def _collapsible(text: str) -> bool:
    """Whether ``text`` holds a run ``_SPACES`` collapses: a tab, line or page break, or two spaces.

    Each break is one memchr-fast ``in``.  ``"  " in text`` is a slower two-character
    search: Chinese text holds few single spaces, so the first few are looked at one
    by one (``find``) and the search runs only past them.
    """
    if any(ws in text for ws in _INNER_BREAKS):
        return True
    at = text.find(" ")
    for _ in range(_SPACE_PROBES):
        if at < 0:
            return False
        if text.startswith(" ", at + 1):
            return True
        at = text.find(" ", at + 2)
    return at >= 0 and text.find("  ", at) >= 0


def lines_of(node: LexborNode, *, cells: str = "\n", content: bool = True) -> list[str]:
    """The non-blank lines of a :func:`prepare`-d element's text (see the module docs).

    ``cells`` is what a ``<td>``/``<th>``/``<dt>``/``<dd>`` is: a line, or
    ``" | "`` to read a page's attribute table a row to a line.  ``content``
    drops chrome lines.
    """
    # One text() call into lexbor, then whole-string operations (split, strip, join run in C):
    # nothing here loops over the lines in Python but the chrome test of the short ones.
    text = node.text()
    if "\xa0" in text:
        text = text.replace("\xa0", " ")
    if cells == "\n":
        text, strip = text.replace(_CELL, _LINE), _WS_STRIP
    else:
        text, strip = _CELL_RUN.sub(cells, text), _WS_STRIP + "|"
    lines = list(filter(None, map(str.strip, text.split(_LINE), repeat(strip))))
    if not lines:
        return lines
    joined = _LINE.join(lines)
    if _collapsible(joined):  # most pages need no collapsing
        lines = _SPACES.sub(" ", joined).split(_LINE)
    if not content:
        return lines
    return [line for line in lines if len(line) > CHROME_LINE_CAP or line[0] not in _CHROME_FIRST_ANY or not is_chrome_line(line)]


def plain(node: LexborNode) -> str:
    """A :func:`prepare`-d element's text on one line, white space collapsed (a headline)."""
    text = node.text().replace(_LINE, " ").replace(_CELL, " ").replace("\xa0", " ")
    return _SPACES.sub(" ", text).strip(_LINE_STRIP)


def _drop_chrome(nodes: Iterable[LexborNode]) -> None:
    """Remove share bars, font-size boxes and the like from inside the content.

    An element is chrome when its ``class`` or ``id`` holds a chrome word (the CSS
    test) and one of its names starts or ends with one (:func:`_chrome_element`).
    Most contents have few elements with a ``class`` or an ``id``: those are read
    in Python (one cheap query) rather than trying the 28 substring selectors
    against every element; a content with many (``<p class="MsoNormal">``) is
    queried with the selectors.
    """
    for node in nodes:
        named = node.css("[class],[id]")
        if len(named) > CHROME_SCAN_MAX:
            named = node.css(_CHROME_SELECTOR)
        for element in unique(named):
            attributes = element.attributes
            if (
                _CHROME_WORD.search(attributes.get("class") or "") or _CHROME_WORD.search(attributes.get("id") or "")
            ) and _chrome_element(attributes):
                element.decompose(recursive=False)


def page_lines(parser: LexborHTMLParser, content: Content) -> list[str]:
    """The page outside its content, a line per block and a table row to a line (cells joined by ``|``).

    The content's elements are removed from the page: call this last.
    """
    for node in content.nodes:
        node.decompose(recursive=False)  # detached, not freed one node at a time (the parser frees it all)
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


def matching(parser: LexborHTMLParser, selectors: Sequence[str]) -> list[tuple[str, list[LexborNode]]]:
    """Each of ``selectors`` (``#id``, ``.class`` or a tag) that an element matches, with its elements, in order.

    One cheap CSS query (the elements with an ``id`` or a ``class``, and the
    selectors' tags) instead of one per selector: a list of selectors is tried
    against every element of the page, each in turn.  The elements found are
    sorted to the selectors in Python (a page with many named elements is
    queried with the selectors instead).  Lexbor compares ids and classes
    without regard to case in quirks mode (a page without a doctype) and
    exactly otherwise; when an element matches a selector only without regard
    to case, the selectors are queried one by one, so the answer is lexbor's
    either way.

    >>> parser = load('<div id="zoom"><h1 class="title">标题</h1><h1>二</h1></div>')
    >>> [(s, [n.text() for n in nodes]) for s, nodes in matching(parser, ["#UCAP-CONTENT", "h1", ".title", "h2"])]
    [('h1', ['标题', '二']), ('.title', ['标题'])]
    """
    by_id, by_class, tags, query = _selector_index(tuple(selectors))
    nodes = parser.css(query)
    if len(nodes) > MATCH_SCAN_MAX:  # many named elements: lexbor tests the selectors faster than Python would
        nodes = parser.css(",".join(selectors))
    found: dict[str, list[LexborNode]] = {}
    loose: set[str] = set()  # selectors an element matches only without regard to case
    for node in unique(nodes):
        hits: list[tuple[str, bool]] = []  # (selector, exactly)
        ident = node.id
        if ident and (candidates := by_id.get(ident.lower())):
            hits += ((selector, ident == selector[1:]) for selector in candidates)
        names = node.attrs.get("class")
        if names and any(name.lower() in by_class for name in names.split()):  # split() splits more: a superset
            for name in _CLASS_SPLIT.split(names):
                hits += ((selector, name == selector[1:]) for selector in by_class.get(name.lower(), ()))
        if tags and node.tag in tags:
            hits.append((str(node.tag), True))
        if hits:
            exact = {selector for selector, same in hits if same}
            for selector in exact:
                found.setdefault(selector, []).append(node)
            loose.update(selector for selector, same in hits if not same and selector not in exact)
    if loose:
        return [(s, n) for s in selectors if (n := parser.css(s) if s in loose or s in found else [])]
    return [(s, found[s]) for s in selectors if s in found]


MATCH_SCAN_MAX = 12
"""Pages with at most this many elements that have an ``id`` or ``class`` are sorted to selectors in Python
(Python takes ~1 us an element; a list of 20 selectors costs lexbor 12-20 us on a page)."""


@lru_cache(maxsize=8)
def _selector_index(
    selectors: tuple[str, ...],
) -> tuple[dict[str, list[str]], dict[str, list[str]], frozenset[str], str]:
    """The selectors by lower-cased id and class name, their tags, and the query that finds every candidate."""
    by_id: dict[str, list[str]] = {}
    by_class: dict[str, list[str]] = {}
    tags = frozenset(s for s in selectors if s[0] not in "#.")
    for selector in selectors:
        if selector[0] in "#.":
            (by_id if selector[0] == "#" else by_class).setdefault(selector[1:].lower(), []).append(selector)
    return by_id, by_class, tags, ",".join(["[id]", "[class]", *sorted(tags)])


_CLASS_SPLIT = re.compile("[ \t\n\f\r]+")  # HTML splits class names on ASCII white space


def unique(nodes: Iterable[LexborNode]) -> list[LexborNode]:
    """``nodes`` without repeats: lexbor lists an element once for each selector of a list it matches."""
    seen: set[int] = set()
    out = []
    for node in nodes:
        if node.mem_id not in seen:
            seen.add(node.mem_id)
            out.append(node)
    return out


_DENSITY_SKIP = SKIP_TAGS | {"nav", "footer", "header", "aside", "a"}
_STOPPERS = BLOCK_TAGS | _DENSITY_SKIP


def _densest(body: LexborNode) -> LexborNode:
    """The element whose paragraphs hold the most Chinese text outside links and chrome (readability's idea).

    A text's characters count for the block that holds it, that block's parent,
    and half for its grandparent; the highest score wins, the deepest on a tie.
    """
    # A text counts for the element that holds it, so each element's own text (its text
    # children, one call into lexbor) is read once: the walk visits elements, not text nodes
    # (marks and white space between blocks are most of those).  Counts are summed per block;
    # what a block's text counts for above it is worked out once per parent.  The scores are
    # sums of integers and halves, exact in any order; a tie is broken by depth, then by
    # document order (tied nodes of equal depth are disjoint subtrees, first scored in
    # document order), as a walk over the text nodes would.
    counts: dict[int, int] = {}
    blocks: dict[int, LexborNode] = {}
    for element in body.traverse():
        text = element.text(deep=False)
        if text.isascii():  # white space, marks: no Chinese text (isascii is O(1) for a str)
            continue
        block: LexborNode | None = element
        while block is not None and block.tag not in _STOPPERS:
            block = block.parent
        if block is None:
            continue
        key = block.mem_id
        count = len(text) - len(text.encode("ascii", "ignore"))  # non-ASCII characters: the Chinese text
        if key in counts:
            counts[key] += count
        else:
            counts[key], blocks[key] = count, block

    outside: dict[int, bool] = {}  # element -> no link, nav, header, footer or aside at or above it
    by_id: dict[int, LexborNode] = {}

    def clear(node: LexborNode) -> bool:
        chain: list[LexborNode] = []  # ancestors not seen yet, nearest first (a loop: pages nest deep)
        current: LexborNode | None = node
        while current is not None and current.mem_id not in outside:
            chain.append(current)
            current = current.parent
        above = outside[current.mem_id] if current is not None else True
        for element in reversed(chain):
            above = above and element.tag not in _DENSITY_SKIP
            outside[element.mem_id] = above
        return above

    def upper(parent: LexborNode) -> tuple[bool, tuple[tuple[int, float], ...]]:
        """Whether a child of ``parent`` can count, and what its text counts for above it."""
        grandparent = parent.parent
        out = []
        for weight, target in ((1.0, parent), (0.5, grandparent)):
            if target is not None and target.tag != "html":
                by_id[target.mem_id] = target
                out.append((target.mem_id, weight))
        return clear(parent), tuple(out)

    scores: dict[int, float] = {}
    uppers: dict[int, tuple[bool, tuple[tuple[int, float], ...]]] = {}
    for key, count in counts.items():
        block = blocks[key]
        parent = block.parent
        if parent is None:  # the page's root
            above: tuple[bool, tuple[tuple[int, float], ...]] = (block.tag != "html", ())
        elif (above_or_none := uppers.get(parent.mem_id)) is None:
            above = uppers[parent.mem_id] = upper(parent)
        else:
            above = above_or_none
        if not above[0] or block.tag in _DENSITY_SKIP:
            continue
        scores[key] = scores.get(key, 0.0) + count
        by_id[key] = block
        for target, weight in above[1]:
            scores[target] = scores.get(target, 0.0) + weight * count
    if not scores:
        return body
    best = max(scores.values())
    tied = [by_id[key] for key, score in scores.items() if score == best]
    return tied[0] if len(tied) == 1 else max(tied, key=_depth)


def _depth(node: LexborNode) -> int:
    depth = 0
    while (parent := node.parent) is not None:
        node, depth = parent, depth + 1
    return depth


def _once(renders: Iterable[list[str]]) -> tuple[str, ...]:
    """The lines of several renders, a body the page repeats kept once.

    A render equal to an earlier one is dropped (a print copy of the article);
    lines that are the same run twice are halved.
    """
    seen: list[list[str]] = []
    for lines in renders:
        if lines and lines not in seen:
            seen.append(lines)
    out = seen[0] if len(seen) == 1 else [line for lines in seen for line in lines]
    half = len(out) // 2
    if half and len(out) % 2 == 0 and out[0] == out[half] and out[:half] == out[half:]:
        out = out[:half]
    return tuple(out)


def attached(node: LexborNode) -> bool:
    """Whether ``node`` is still in its page (not inside an element removed since it was found)."""
    top = node
    while (parent := top.parent) is not None:
        top = parent
    return top.tag == "-document"


def find_content(parser: LexborHTMLParser, matches: Mapping[str, list[LexborNode]] | None = None) -> Content:
    """The :func:`prepare`-d page's content: the first known container with text, else the densest element.

    ``matches`` is what :func:`matching` found for (at least) the container selectors, when the caller has it.
    """
    if matches is None:
        matches = dict(matching(parser, CONTAINER_SELECTORS))
    dropped = False  # chrome removed from a container that had no text may have held the next candidates
    for selector in CONTAINER_SELECTORS:
        nodes = matches.get(selector)
        if not nodes:
            continue
        found = _outermost([node for node in nodes if attached(node)] if dropped else nodes)
        if found:
            _drop_chrome(found)
            dropped = True
            lines = _once(lines_of(node) for node in found)
            if lines:  # an empty container (the report is an attachment) is no content
                return Content(tuple(found), selector, None, lines)
    body = parser.body if parser.body is not None else parser.root
    if body is None:
        return Content((), None, None, ())
    chosen = _densest(body)
    _drop_chrome((chosen,))
    return Content((chosen,), None, describe(chosen), _once([lines_of(chosen)]))

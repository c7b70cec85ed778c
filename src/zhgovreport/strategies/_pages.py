"""Pages: a generated report rendered into the HTML templates of the big government CMSs.

:func:`pages` draws an :class:`~zhgovreport.strategies.OutlineCase` and writes
its lines into one of :data:`TEMPLATES` — TRS WCM (``.TRS_Editor``), 大汉
Hanweb (``#zoom`` in a ``<td>`` layout, a stray ``</html>`` before the
article), the www.gov.cn 政务公开 page (the attribute table,
``#UCAP-CONTENT``), a 政府信息公开 platform page (``.zfxxgk_zw_content``), and a
page saved by a browser (scripts, nav, no known container: the density
fallback) — with the markup these CMSs write: a heading's marker in its own
``<strong>`` or ``<span>``, a line split over inline spans, ``&nbsp;`` and
``\\u3000`` indentation, lines joined by ``<br>``.  Parsing the page must give
back what parsing the text gives: the same outline, items and figures.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import attrs
from hypothesis import strategies as st

from zhgovreport.strategies._cases import OutlineCase
from zhgovreport.strategies._outline import outlines

__all__ = ["TEMPLATES", "PageCase", "pages", "render_page"]


@attrs.frozen
class PageCase:
    """A page, the template it was written in, and the outline case whose text it holds."""

    html: str
    template: str
    case: OutlineCase


def _escape(text: str) -> str:
    """Escape ``text`` for HTML, runs of spaces as ``&nbsp;`` (a browser collapses the others)."""
    return html.escape(text, quote=False).replace("  ", "&nbsp; ").replace("  ", " &nbsp;")


def _trs(body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="某市司法局" /><meta name="ColumnName" content="年度报告" />
<title>年度报告_某市司法局</title>
<script>var hits = 1 + 2;</script><style>.TRS_Editor P{{line-height:2;}}</style>
</head><body>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
<div class="info"><img src="/t.png" alt="时间：2017-11-08" />来源：市司法局 浏览次数：<script>document.write(hits);</script></div>
<div class="view TRS_UEDITOR trs_paper_default trs_web"><div class="TRS_Editor">
{body}
</div></div>
<div class="bdsharebuttonbox">分享到：微信 微博</div>
<div class="btns"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="footer"><a href="#">联系我们</a>| <a href="#">网站地图</a></div>
</body></html>
"""


def _hanweb(body: str) -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table width="1000"><tr><td class="bt_link">当前位置：<a href="/">首页</a>&gt;<a href="/col/">政务公开</a></td></tr></table>
</html>
<table width="1000"><tr><td>浏览次数：<span id="hits">1</span> 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td><!--ZJEG_RSS.content.begin--><div id="zoom">
{body}
</div><!--ZJEG_RSS.content.end--></td></tr>
<tr><td><a href="javascript:window.print()">[打印本页]</a> <a href="javascript:window.close()">[关闭窗口]</a></td></tr></table>
</body></html>
"""


def _govcn(body: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>政府信息公开</title></head><body>
<div class="BreadcrumbNav">您所在的位置：<a href="/">首页</a> &gt; 政务公开</div>
<table class="bd1"><tr><td><b>索 引 号：</b></td><td>000014349/2023-00012</td><td><b>主题分类：</b></td><td>其他</td></tr>
<tr><td><b>发文机关：</b></td><td>某市司法局</td><td><b>成文日期：</b></td><td></td></tr></table>
<div class="pages_content" id="UCAP-CONTENT">
{body}
</div>
<div class="footer">主办单位：某市司法局 | <a href="#">网站地图</a></div>
</body></html>
"""


def _zfxxgk(body: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div class="xxgk-table"><ul><li><span>索 引 号：</span><span></span></li><li><span>发布机构：</span><span></span></li>
<li><span>有 效 性：</span><span>有效</span></li></ul></div>
<div class="zfxxgk_zw_content">
{body}
</div>
<div class="share">分享到： 微信 微博</div>
</body></html>
"""


def _saved(body: str) -> str:
    return f"""<!DOCTYPE html>
<!-- saved from url=(0040)https://www.example.gov.cn/art/index.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<script>window._hmt = window._hmt || []; var n = 1 + 2;</script>
<style>body{{font-size:14px}}</style></head><body>
<nav class="topnav"><a href="/">首页</a> <a href="/news/">新闻中心</a> <a href="/zwgk/">政务公开</a></nav>
<div class="wrap"><div class="left-menu"><ul><li><a href="#">工作总结</a></li><li><a href="#">工作计划</a></li></ul></div>
<div class="main-box"><div class="main-text">
{body}
</div></div></div>
<footer><p>联系我们 | 网站地图 | 隐私声明</p></footer>
</body></html>
"""


TEMPLATES: dict[str, Callable[[str], str]] = {
    "trs_wcm": _trs,
    "hanweb": _hanweb,
    "govcn": _govcn,
    "zfxxgk": _zfxxgk,
    "saved_page": _saved,
}
"""The page templates by name: each takes the body's HTML and returns the page."""

_STRIP = " \t\u3000\u200b\ufeff\xa0"  # what a page's renderer strips from the ends of a line

_LINE_FORMS = ("p", "p-indent", "strong-marker", "split", "div", "br")


def render_page(lines: list[str], template: str, forms: list[str] | None = None) -> str:
    """``lines`` as the body of a page in ``template``, each line written in one of the line forms.

    ``p``: ``<p>line</p>``; ``p-indent``: with ``&nbsp;`` and ``\\u3000`` before it;
    ``strong-marker``: its first two characters in ``<strong>``; ``split``: cut
    in two ``<span>``\\ s; ``div``: ``<div>line</div>``; ``br``: joined to the
    line before by ``<br>`` inside one ``<p>``.

    >>> page = render_page(["一、总体", "正文"], "zfxxgk", ["strong-marker", "br"])
    >>> page[page.index("<p>") : page.index("</p>") + 4]
    '<p><strong>一、</strong>总体<br>正文</p>'
    """
    out: list[str] = []
    for i, line in enumerate(lines):
        form = forms[i] if forms else "p"
        if form == "br" and out and out[-1].endswith("</p>"):
            out[-1] = out[-1][: -len("</p>")] + "<br>" + _escape(line) + "</p>"
        elif form == "p-indent":
            out.append(f"<p>&nbsp;&nbsp;\u3000\u3000{_escape(line)}</p>")
        elif form == "strong-marker":
            out.append(f"<p><strong>{_escape(line[:2])}</strong>{_escape(line[2:])}</p>")
        elif form == "split":
            cut = len(line) // 2
            out.append(f'<p><span style="font-family:仿宋">{_escape(line[:cut])}</span><span>{_escape(line[cut:])}</span></p>')
        elif form == "div":
            out.append(f"<div>{_escape(line)}</div>")
        else:
            out.append(f"<p>{_escape(line)}</p>")
    return TEMPLATES[template]("\n".join(out))


@st.composite
def pages(draw: st.DrawFn, base: st.SearchStrategy[OutlineCase] | None = None) -> PageCase:
    """A generated outline (``base``, by default ``outlines(fragment=None, figures=True)``) in a page.

    Each non-blank line of the case's text, stripped, becomes a line of the
    page's content, written in a drawn line form (:func:`render_page`).
    """
    case = draw(base if base is not None else outlines(fragment=None, figures=True))
    lines = [line.strip(_STRIP) for line in re.split(r"\r\n|\r|\n", case.text)]
    lines = [line for line in lines if line]
    template = draw(st.sampled_from(sorted(TEMPLATES)))
    forms = draw(st.lists(st.sampled_from(_LINE_FORMS), min_size=len(lines), max_size=len(lines)))
    return PageCase(render_page(lines, template, forms), template, case)

"""The vocabulary of government CMS pages, as data.

Where the content of a page is (:data:`CONTAINERS`), where its headline is
(:data:`HEADLINES`), which tags start a line (:data:`BLOCK_TAGS`) or are never
content (:data:`SKIP_TAGS`), which elements and lines are page chrome
(:data:`CHROME_CLASS_WORDS`, :data:`CHROME_LINE_WORDS`), and which ``<meta>``
names say something about the report (:data:`META_NAMES`).  Each row says
where it comes from; the fixtures in ``tests/fixtures/html/`` are written in
these templates.
"""

from __future__ import annotations

from zhgovreport.model import MetaField

__all__ = [
    "BLOCK_TAGS",
    "CELL_TAGS",
    "CHROME_CLASS_WORDS",
    "CHROME_LINE_CAP",
    "CHROME_LINE_STARTS",
    "CHROME_LINE_WORDS",
    "CONTAINERS",
    "HEADLINES",
    "META_NAMES",
    "SKIP_TAGS",
    "TITLE_SEPARATORS",
]

CONTAINERS: tuple[tuple[str, str], ...] = (
    # (CSS selector, the CMS or site family that writes it); the first that matches with text wins.
    ("#UCAP-CONTENT", "开普 UCAP, used by www.gov.cn and many provincial portals: <div class=pages_content id=UCAP-CONTENT>"),
    (".TRS_Editor", "TRS WCM: <div class=TRS_Editor> inside the article view"),
    (".trs_editor_view", "TRS WCM 8/9 with UEditor: <div class='view TRS_UEDITOR trs_paper_default trs_web trs_editor_view'>"),
    (".TRS_UEDITOR", "TRS WCM with UEditor, without trs_editor_view"),
    ("#zoom", "大汉 Hanweb (jpage): <div id=zoom> between <!--ZJEG_RSS.content.begin--> comments"),
    (".pages_content", "www.gov.cn policy pages: <div class=pages_content>"),
    (".zfxxgk_zw_content", "政府信息公开 platform pages (zfxxgk): the document body"),
    ("#zfxxgk_zw_content", "the same, as an id"),
    (".xxgk_content", "信息公开 column pages: <div class=xxgk_content>"),
    (".article-content", "generic article templates: <div class=article-content>"),
    ("#content", "generic templates: <div id=content>"),
    (".article", "generic templates: <div class=article>"),
)
"""Known content containers, in the order they are tried."""

HEADLINES: tuple[tuple[str, str], ...] = (
    (".pages-title", "www.gov.cn policy pages"),
    ("#ivs_title", "大汉 Hanweb"),
    (".article-title", "generic article templates"),
    (".xxgk_title", "信息公开 column pages"),
    ("h1", "HTML: the page's first-level heading"),
    (".title", "generic templates"),
    ("#title", "generic templates"),
    ("h2", "templates whose h1 is the site's logo"),
)
"""Where a page's visible headline is, in the order tried (the first with a short text wins)."""

BLOCK_TAGS = frozenset(
    "address article aside blockquote body br caption center dd details dir div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr li main menu nav ol p pre section summary table tbody td tfoot th "
    "thead tr ul".split()
)
"""Tags whose start and end start a new line (HTML's block-level and table elements, and ``<br>``)."""

CELL_TAGS = frozenset(("td", "th", "dt", "dd"))
"""Cells: a line each in the content; joined by `` | `` when a page's chrome is read for its attribute table."""

SKIP_TAGS = frozenset(
    "head script style noscript template iframe object embed svg canvas button select option textarea input "
    "map area audio video source track link meta title".split()
)
"""Tags never read as text (``<img alt="时间：2017-11-08">`` has no text: attributes are never content)."""

CHROME_CLASS_WORDS: tuple[str, ...] = (
    "share", "bdshare", "jiathis", "fontsize", "font-size", "zihao", "qrcode", "erweima", "toolbar",
    "breadcrumb", "crumb", "footer", "sidebar", "related",
)  # fmt: skip
"""An element inside the content with a ``class`` or ``id`` that starts or ends with one of these is chrome.

Not ``print`` nor ``close``: many sites wrap the article itself in
``<div id="printContent">``; the 打印/关闭 links are dropped as chrome lines."""

CHROME_LINE_WORDS: tuple[str, ...] = (
    "打印本页", "打印此页", "打印正文", "打印", "关闭窗口", "关闭本页", "关闭", "收藏", "返回顶部", "返回",
    "分享到", "分享", "扫一扫在手机打开当前页", "扫一扫在手机上查看当前页面", "扫一扫", "字体", "字号", "大", "中", "小",
)  # fmt: skip
"""A short content line made only of these (in ``【】``, ``[]``, ``()``, separated by spaces or ``|``) is chrome."""

CHROME_LINE_STARTS: tuple[str, ...] = ("责任编辑", "扫一扫", "分享到", "【打印", "[打印", "【关闭", "[关闭")
"""A short content line starting with one of these is chrome (``责任编辑：张三``)."""

CHROME_LINE_CAP = 40
"""Only content lines at most this long are dropped as chrome."""

META_NAMES: tuple[tuple[str, MetaField | None], ...] = (
    # <meta name=... content=...>, matched without regard to case; None: kept in Page.fields only.
    ("ArticleTitle", MetaField.TITLE),  # TRS WCM, 开普 UCAP (www.gov.cn)
    ("PubDate", MetaField.PUBLISHED),  # TRS WCM, 开普 UCAP: `2023-02-23 14:54`
    ("firstpublishedtime", MetaField.PUBLISHED),  # 大汉 Hanweb: `2023-02-23 14:54:12`
    ("ContentSource", MetaField.SOURCE),  # TRS WCM, 开普 UCAP: `市司法局`
    ("SiteName", None),  # TRS WCM: the site
    ("ColumnName", None),  # TRS WCM: the column (`法治政府建设年度报告`)
    ("description", None),  # HTML: often the first sentence of the body
)
"""``<meta>`` names that speak of the report, and the :class:`~zhgovreport.model.MetaField` each fills."""

TITLE_SEPARATORS = ("_", "|", "｜", " - ", "--", " – ", " — ")
"""A ``<title>`` joins the page's title and the site's name with one of these (``…报告_诸暨市人民政府``)."""

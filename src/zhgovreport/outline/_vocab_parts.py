"""Vocabularies of the header and parts stages, as data.

Every string here is in *folded* form (Simplified script, ASCII punctuation
and digits), because :mod:`~zhgovreport.outline.header` and
:mod:`~zhgovreport.outline.parts` match against ``fold(text)``: ``存在問題``
and ``存在问题`` are the same key.  Regexes are generated from these tables,
longest entry first, when those modules are imported.

Sources: ``spec/report-parts.md`` (headings seen per part), ``spec/outline.md``
§5 (header fields), the five seeds and the corpus texts; what a seed shows is
named in a comment next to the entry.
"""

from __future__ import annotations

from zhgovreport.model import Part, ReportKind

__all__ = [
    "AGENCY_CUTS",
    "AGENCY_SUFFIXES",
    "CHROME_STARTS",
    "DISTINCTIVE_PARTS",
    "HEADER_LABELS",
    "KIND_RULES",
    "LOWER_LEVELS",
    "MIN_PLACE_CHARS",
    "MUNICIPALITIES",
    "PART_KEYWORDS",
    "PART_PRIORITY",
    "PROVINCE_SUFFIXES",
    "PUBLISHED_LABEL_RANK",
    "SENTENCE_ENDS",
]

# --- header ---------------------------------------------------------------------

HEADER_LABELS: dict[str, str | None] = {
    # label (followed by ":" in the text) -> the Meta field its value fills;
    # None: site chrome, kept in the header but filling nothing.
    "标题": "title",  # seed 003 `标题: | 襄阳市司法局2020年法治政府建设年度报告 |`
    "文章标题": "title",
    "发布日期": "published",  # seed 001 `发布日期:2024-02-29 09:02`
    "发布时间": "published",
    "公开日期": "published",  # seed 003 `公开日期: | 2021-03-12 |`
    "公开时间": "published",
    "发文日期": "published",
    "成文日期": "published",
    "印发日期": "published",
    "更新时间": "published",
    "日期": "published",
    "时间": "published",
    "发布机构": "agency",  # seed 003 `发布机构: | 襄阳市司法局 |`
    "发布单位": "agency",
    "发文机关": "agency",
    "发文单位": "agency",
    "信息来源": "source",  # seed 000 `信息来源:市司法局(市行政复议局)`
    "来源": "source",  # seed 001 `来源:法规监督科`
    "文章来源": "source",
    "稿件来源": "source",
    "索引号": "index_no",  # seed 003 `索引号: | 011158671/2021-05900 |`
    "文号": "doc_no",  # seed 003 `文号: | 无 |`
    "发文字号": "doc_no",
    "发文文号": "doc_no",
    "浏览次数": None,  # seed 000, 001
    "访问次数": None,
    "阅读次数": None,
    "点击数": None,
    "点击量": None,
    "访问量": None,
    "分类": None,  # seed 003
    "主题分类": None,
    "组配分类": None,
    "主题词": None,  # seed 003
    "生效时间": None,  # seed 003
    "终止时间": None,  # seed 003
    "有效性": None,
    "作者": None,
    "责任编辑": None,
    "编辑": None,
    "字号": None,  # `字号: 大 中 小` is the font size, not a document number
    "字体": None,
    "当前位置": None,  # seed 001 `当前位置: 首页`
    "您当前的位置": None,
    "您的位置": None,
    "所在位置": None,
}
"""Header field labels and the :class:`~zhgovreport.model.Meta` field each fills."""

PUBLISHED_LABEL_RANK: tuple[str, ...] = (
    "发布日期",
    "公开日期",
    "发布时间",
    "公开时间",
    "发文日期",
    "成文日期",
    "印发日期",
    "日期",
    "时间",
    "更新时间",
)
"""When several labels give a date, the first in this order wins."""

CHROME_STARTS: tuple[str, ...] = (">", "首页", "›", "»", "【", "打印", "关闭", "分享")
"""A short header line starting with one of these is site chrome (seed 001 ``>政务公开 >公开年报``)."""

SENTENCE_ENDS = "。！？!?；;…"
"""A line ending in one of these is a sentence: report content, never header."""

AGENCY_SUFFIXES: tuple[str, ...] = (
    "人民政府",
    "人民政府办公室",
    "人民政府办公厅",
    "司法局",  # seeds 000-004
    "司法厅",
    "司法处",
    "委员会",
    "办公室",
    "办公厅",
    "管理局",
    "监督管理局",
    "局",
    "厅",
    "委",
    "办",
    "署",
    "院",  # 人民法院, 人民检察院, 国务院
    "会",
    "中心",
    "政府",
    "街道办事处",
    "办事处",
    "管委会",
    "管理委员会",
    "镇",
    "乡",
    "街道",
    # a place alone names its government: `浙江省2022年法治政府建设情况报告`
    "省",
    "自治区",
    "市",
    "县",
    "区",
    "州",
    "盟",
    "旗",
)
"""How the name of a reporting body ends (``诸暨市司法局``, ``XX区人民政府``)."""

AGENCY_CUTS: tuple[str, ...] = ("关于", "法治政府", "依法行政", "法治建设", "年度", "工作")
"""In a title the body's name stops before a year or one of these (``XX县人民政府关于…``)."""

MIN_PLACE_CHARS = 2
"""An agency needs a place name before its suffix: ``司法局`` alone (seed 004) or ``市司法局`` is none."""

PROVINCE_SUFFIXES: tuple[str, ...] = ("省", "自治区")
"""A body whose place ends in these (and names no lower level) is provincial."""

MUNICIPALITIES: tuple[str, ...] = ("北京", "天津", "上海", "重庆")
"""The 直辖市: provincial level too."""

LOWER_LEVELS = "市县区州盟旗镇乡"
"""Place characters that put a body below the provincial level (``浙江省杭州市…``)."""

KIND_RULES: tuple[tuple[ReportKind, tuple[str, ...], tuple[str, ...]], ...] = (
    # (kind, any of these topics, and any of these genre words); first rule that matches wins.
    (ReportKind.FZZF_ANNUAL_REPORT, ("法治政府", "依法行政"), ("报告", "总结")),  # seeds 000-003
    (ReportKind.GOV_WORK_REPORT, ("政府工作报告",), ("",)),  # gwr-2022
    (ReportKind.WORK_SUMMARY, ("工作总结", "年度总结", "工作情况总结", "年终总结"), ("",)),  # seed 004
)
"""Report kinds from the title (folded)."""

# --- parts ----------------------------------------------------------------------

PART_KEYWORDS: dict[Part, tuple[str, ...]] = {
    Part.LEADERSHIP: (
        "第一责任人",  # seed 003 `党政主要负责人履行推进法治建设第一责任人职责,…`
        "主要负责人履行",
        "主要负责同志履行",
        "主要负责人职责",
        "主要负责同志职责",
        "履行推进法治建设",
    ),
    Part.SHORTCOMINGS: (
        "存在问题",  # seeds 000, 004; 002 `存在問題`
        "存在的问题",
        "存在不足",
        "存在的不足",  # seeds 001, 003
        "不足和原因",
        "不足及原因",
        "不足与原因",
        "问题和不足",
        "问题与不足",
        "问题及不足",
        "不足和问题",
        "困难和问题",
        "问题和困难",
        "短板弱项",
        "差距和不足",
        "薄弱环节",
    ),
    Part.PLANS: (
        "主要安排",  # seed 000 `2023年度推进法治政府建设的主要安排`, 003 `2021年主要安排`
        "主要思路",  # seed 001 `2024年度推进法治政府建设的主要思路`
        "工作安排",  # seed 002 `2024年度重點工作安排`
        "工作计划",  # seed 004 `下一步工作计划`
        "工作打算",
        "工作思路",
        "工作设想",
        "下一步",
        "下一年度",
        "明年",
        "今后",
        "努力方向",
        "工作重点",
        "工作任务",
        "主要任务",
        "工作要点",
        "工作部署",
        "总体部署",
    ),
    Part.ACHIEVEMENTS: (
        "举措和成效",  # seed 000 `2022年度法治政府建设的主要举措和成效`
        "举措及成效",
        "做法和成效",  # seeds 002, 003 `主要做法和成效`
        "做法及成效",
        "经验成效",  # seed 004 `亮点工作、创新举措和经验成效情况`
        "亮点工作",
        "工作回顾",  # spec table; gwr `2021年工作回顾`
        "主要成效",
        "工作成效",
        "取得的成效",
        "主要成绩",
        "工作成绩",
        "主要做法",
        "工作开展情况",
        "工作完成情况",
        "完成情况",
        "进展情况",
        "推进情况",
        "主要工作",
        "工作情况",
        "基本情况",
    ),
    Part.OTHER: (
        "其他需要报告",
        "其他情况",
    ),
}
"""Heading words per part, matched in the folded title of a top-level section."""

PART_PRIORITY: tuple[Part, ...] = (Part.LEADERSHIP,)
"""Parts whose words win wherever they stand in a title.

``党政主要负责人履行…职责,加强法治政府建设情况`` is leadership although it also
ends in ``建设情况``.  For the other parts the keyword found earliest in the
title wins: ``存在问题和下一步工作打算`` is shortcomings.
"""

DISTINCTIVE_PARTS: tuple[Part, ...] = (Part.SHORTCOMINGS, Part.LEADERSHIP)
"""Parts no other genre has as a top-level heading.

A document of unknown kind gets parts only when its top-level titles match two
distinct parts, one of them in this list: a 政府工作报告 (``工作回顾`` then
``政府工作任务``) has two parts' words but is not a five-part report.
"""

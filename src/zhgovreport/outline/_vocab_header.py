"""Vocabulary of the header stage, as data.

Every string here is in *folded* form (Simplified script, ASCII punctuation
and digits), because :mod:`~zhgovreport.outline.header` matches against
``fold(text)``: ``發佈日期`` and ``发布日期`` are the same key.  Regexes are
generated from these tables, longest entry first, when that module is
imported.

Sources: ``docs/spec/outline.md`` §5 (header fields), the five seeds and the
corpus texts; what a seed shows is named in a comment next to the entry.
"""

from __future__ import annotations

from zhgovreport.model import MetaField

__all__ = [
    "AGENCY_CUTS",
    "AGENCY_SUFFIXES",
    "BREADCRUMB_LABELS",
    "CHROME_STARTS",
    "CRUMB_SEPARATORS",
    "EMPTY_VALUES",
    "FOOTER_WORDS",
    "HEADER_LABELS",
    "MIN_PLACE_CHARS",
    "PLACE_GOVERNMENTS",
    "PUBLISHED_LABEL_RANK",
    "SENTENCE_ENDS",
    "TABLE_LABELS",
]

HEADER_LABELS: dict[str, MetaField | None] = {
    # label (followed by ":" in the text) -> the Meta field its value fills;
    # None: site chrome, kept in the header but filling nothing.
    "标题": MetaField.TITLE,  # seed 003 `标题: | 襄阳市司法局2020年法治政府建设年度报告 |`; gov.cn `标　　题：`
    "文章标题": MetaField.TITLE,
    "名称": MetaField.TITLE,  # 政府信息公开 platforms `名　　称：`
    "信息名称": MetaField.TITLE,
    "发布日期": MetaField.PUBLISHED,  # seed 001 `发布日期:2024-02-29 09:02`
    "发布时间": MetaField.PUBLISHED,
    "公开日期": MetaField.PUBLISHED,  # seed 003 `公开日期: | 2021-03-12 |`
    "公开时间": MetaField.PUBLISHED,
    "发文日期": MetaField.PUBLISHED,
    "成文日期": MetaField.WRITTEN,  # the gov.cn 政务公开 table: 成文日期 and 发布日期 are different days
    "印发日期": MetaField.WRITTEN,
    "更新时间": MetaField.PUBLISHED,
    "日期": MetaField.PUBLISHED,
    "时间": MetaField.PUBLISHED,
    "发布机构": MetaField.AGENCY,  # seed 003 `发布机构: | 襄阳市司法局 |`
    "发布单位": MetaField.AGENCY,
    "发文机关": MetaField.AGENCY,
    "发文单位": MetaField.AGENCY,
    "信息来源": MetaField.SOURCE,  # seed 000 `信息来源:市司法局(市行政复议局)`
    "来源": MetaField.SOURCE,  # seed 001 `来源:法规监督科`
    "文章来源": MetaField.SOURCE,
    "稿件来源": MetaField.SOURCE,
    "索引号": MetaField.INDEX_NO,  # seed 003 `索引号: | 011158671/2021-05900 |`
    "文号": MetaField.DOC_NO,  # seed 003 `文号: | 无 |`
    "发文字号": MetaField.DOC_NO,  # gov.cn 政务公开 table
    "发文文号": MetaField.DOC_NO,
    "文件编号": MetaField.DOC_NO,
    "浏览次数": None,  # seed 000, 001
    "访问次数": None,
    "阅读次数": None,
    "点击数": None,
    "点击量": None,
    "访问量": None,
    "分类": None,  # seed 003
    "主题分类": None,  # gov.cn 政务公开 table
    "组配分类": None,
    "体裁分类": None,
    "信息分类": None,
    "内容分类": None,
    "主题词": None,  # seed 003
    "生效时间": None,  # seed 003
    "生效日期": None,
    "终止时间": None,  # seed 003
    "废止日期": None,
    "有效性": None,  # 政府信息公开 platforms `有效性：有效`
    "公开方式": None,  # issue 9: `索  引  号 113708120042347000/2026-00508 公开方式 主动公开`
    "公开范围": None,
    "公开时限": None,
    "作者": None,
    "责任编辑": None,
    "编辑": None,
    "字号": None,  # `字号: 大 中 小` is the font size, not a document number
    "字体": None,
    "字体大小": None,  # issue 9: `来源/发布时间/字体大小/浏览次数/打印/关闭` lines
}
"""Header field labels and the :class:`~zhgovreport.model.Meta` field each fills."""

PUBLISHED_LABEL_RANK: tuple[str, ...] = (
    "发布日期",
    "公开日期",
    "发布时间",
    "公开时间",
    "发文日期",
    "日期",
    "时间",
    "更新时间",
)
"""When several labels give a date, the first in this order wins."""

TABLE_LABELS: frozenset[str] = frozenset(
    # labels of the 政务公开 attribute table (gov.cn, 政府信息公开 platforms, seed 003); copied as text
    # they may stand without a colon: `索  引  号 113708120042347000/2026-00508 公开方式 主动公开`
    (
        "索引号", "主题分类", "发布机构", "发文机关", "成文日期", "发布日期", "公开日期", "文号", "发文字号",
        "有效性", "公开方式", "公开范围", "公开时限", "标题", "名称", "信息名称", "主题词", "生效时间",
        "生效日期", "终止时间", "废止日期", "体裁分类", "组配分类", "信息分类", "内容分类", "文件编号",
    )
)  # fmt: skip
"""Attribute-table labels: a line holding one is a table row, and they need no colon where a value follows."""

EMPTY_VALUES: frozenset[str] = frozenset(("无", "-", "—", "/", "--", "暂无"))
"""A labelled value that says there is none (seed 003 `文号: | 无 |`, `索 引 號:-`)."""

BREADCRUMB_LABELS: tuple[str, ...] = (
    "当前位置",  # seed 001 `当前位置: 首页`
    "您当前的位置",
    "您当前位置",
    "您的位置",
    "所在位置",
    "您所在的位置",  # issue 9 `工作报告 您所在的位置:政务公开 > 工作报告 2020年…报告`
    "您现在的位置",
    "您现在所在的位置",
    "当前所在位置",
)
"""A line holding one of these is a breadcrumb: site chrome, whatever else it holds."""

CRUMB_SEPARATORS: tuple[str, ...] = (">", "›", "»", "→", "＞")
"""Breadcrumb separators: a short line holding one is site chrome (seed 001 ``>政务公开 >公开年报``)."""

CHROME_STARTS: tuple[str, ...] = (
    "首页", "【", "打印", "关闭", "分享", "扫一扫", "[打印", "[关闭", "字体", "字号",
)  # fmt: skip
"""A short header line starting with one of these is site chrome (``首页``, ``【打印本页】【关闭窗口】``)."""

FOOTER_WORDS: tuple[str, ...] = (
    # issue 9: `联系我们| 网站地图| …` taken for a title
    "联系我们", "网站地图", "网站声明", "关于我们", "版权所有", "主办单位", "承办单位", "技术支持", "ICP备",
    "网站标识码", "公网安备", "隐私声明", "使用帮助", "无障碍", "长者模式", "适老化", "繁体版", "简体版",
    "返回顶部", "设为首页", "加入收藏", "网站纠错", "政务微博", "政务微信",
)  # fmt: skip
"""A header line holding one of these is a site header or footer: chrome, never a title."""

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

PLACE_GOVERNMENTS: dict[str, str] = {
    # a title that names only a place names that place's government:
    # `2020年静海区法治政府建设情况报告` → 静海区人民政府 (issue 9)
    "省": "人民政府",
    "自治区": "人民政府",
    "市": "人民政府",
    "县": "人民政府",
    "区": "人民政府",
    "州": "人民政府",
    "旗": "人民政府",
    "镇": "人民政府",
    "乡": "人民政府",
    "盟": "行政公署",  # 锡林郭勒盟行政公署
    "街道": "办事处",
}
"""What follows a place's name to make its government's (the agency a place-only title names)."""

MIN_PLACE_CHARS = 2
"""An agency needs a place name before its suffix: ``司法局`` alone (seed 004) or ``市司法局`` is none."""

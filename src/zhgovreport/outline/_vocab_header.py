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
    "CHROME_STARTS",
    "HEADER_LABELS",
    "MIN_PLACE_CHARS",
    "PUBLISHED_LABEL_RANK",
    "SENTENCE_ENDS",
]

HEADER_LABELS: dict[str, MetaField | None] = {
    # label (followed by ":" in the text) -> the Meta field its value fills;
    # None: site chrome, kept in the header but filling nothing.
    "标题": MetaField.TITLE,  # seed 003 `标题: | 襄阳市司法局2020年法治政府建设年度报告 |`
    "文章标题": MetaField.TITLE,
    "发布日期": MetaField.PUBLISHED,  # seed 001 `发布日期:2024-02-29 09:02`
    "发布时间": MetaField.PUBLISHED,
    "公开日期": MetaField.PUBLISHED,  # seed 003 `公开日期: | 2021-03-12 |`
    "公开时间": MetaField.PUBLISHED,
    "发文日期": MetaField.PUBLISHED,
    "成文日期": MetaField.PUBLISHED,
    "印发日期": MetaField.PUBLISHED,
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
    "发文字号": MetaField.DOC_NO,
    "发文文号": MetaField.DOC_NO,
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

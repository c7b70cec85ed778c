"""Vocabulary of the parts stage, as data.

Every string here is in *folded* form (Simplified script, ASCII punctuation
and digits), because :mod:`~zhgovreport.outline.parts` matches against
``fold(title)``: ``存在問題`` and ``存在问题`` are the same key.  Regexes are
generated from these tables, longest entry first, when that module is
imported.

Sources: ``docs/spec/report-parts.md`` (headings seen per part), the five
seeds, the corpus texts (``tests/fixtures/corpus/``, line numbers 1-based) and
the wording the issues and older reports use; what a text shows is named in a comment next to
the entry.  A 法治政府 report and a 政府工作报告 name their parts with different
words (``工作回顾`` is achievements in the one, review in the other), so each
genre has its table.
"""

from __future__ import annotations

from zhgovreport.model import Part

__all__ = [
    "DISTINCTIVE_PARTS",
    "FORWARD_GWR_PARTS",
    "GWR_PART_KEYWORDS",
    "PART_KEYWORDS",
    "PART_PRIORITY",
    "SUB_PARTS",
    "TOPICS_BEFORE",
]

# --- parts ----------------------------------------------------------------------

PART_KEYWORDS: dict[Part, tuple[str, ...]] = {
    Part.LEADERSHIP: (
        "第一责任人",  # seed 003 `党政主要负责人履行推进法治建设第一责任人职责,…`
        "主要负责人履行",
        "主要负责同志履行",
        "主要负责人职责",
        "主要负责同志职责",
        "履行推进法治建设",
        "组织领导",  # issue 9 `加强组织领导`
        "对法治政府建设的领导",  # issue 9 `党对法治政府建设的领导`
        "党的领导",  # 法治政府建设实施纲要(2021-2025年) part 10 `加强党的领导，完善法治政府建设推进机制`
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

TOPICS_BEFORE: tuple[Part, ...] = (Part.SHORTCOMINGS, Part.PLANS)
"""A top-level title that names no part, before the first of these parts, is achievements.

Reports organised by topic (issue 9: ``一、深入学习宣传贯彻习近平法治思想``,
``二、强化依法执政，狠抓关键少数``) report what was done under each topic, then
the shortcomings and the plans; after those, an unnamed section is other.
"""

# --- 政府工作报告 -----------------------------------------------------------------

GWR_PART_KEYWORDS: dict[Part, tuple[str, ...]] = {
    Part.REVIEW: (
        "工作回顾",  # gwr-2008 line 9 `过去五年工作回顾`; gwr-2015 line 9, gwr-2022 line 23, gwr-2025 line 7
        "回顾",  # gwr-1986 line 13 `“六五”计划执行情况的回顾`
        "执行情况",  # gwr-1986 line 13
        "过去一年",  # issue 13 `过去一年…工作回顾`
        "过去五年",  # gwr-1998 line 9 `关于过去五年的政府工作`; issue 13 `过去五年工作回顾`
        "基本总结",  # gwr-1983 (not in the corpus) `过去五年国内工作的基本总结`
        "经济形势",  # gwr-1985 line 17 `（一）关于经济形势`: the results of 1984 and the state of the economy
    ),
    Part.TARGETS: (
        "总体要求",  # gwr-2022 line 82 `2022年经济社会发展总体要求和政策取向`; gwr-2025 line 42
        "总体部署",  # gwr-2015 line 70 `2015年工作总体部署` (总体要求 and 主要预期目标 paragraphs, lines 79-81)
        "预期目标",  # issue 13 `主要预期目标`
        "主要目标",  # 2016 report `“十三五”时期主要目标任务和重大举措`
        "目标",  # gwr-1983 (not in the corpus) `今后五年建设和改革的目标、方针和任务`
    ),
    Part.TASKS: (
        "工作任务",  # gwr-2022 line 103 `2022年政府工作任务`; gwr-2025 line 65
        "主要任务",  # gwr-2008 line 145 `2008年主要任务`
        "基本任务",  # gwr-1986 line 50 `“七五”时期的基本任务和主要建设方针`
        "任务",  # issue 13 `今年/明年工作任务`
        "工作的建议",  # gwr-1998 line 78 `关于1 9 9 8 年政府工作的建议`
        "重点工作",  # 2016 report `2016年重点工作`
        "工作安排",  # `2024年工作安排`: local reports use the plans words of seed 002 `2024年度重點工作安排`
        "工作打算",  # `明年工作打算`, issue 13 `今年/明年工作任务` in other words
    ),
    Part.OTHER: (
        "外交",  # gwr-1986 line 241 `坚持独立自主的和平外交政策`; gwr-1983 (not in the corpus) `关于外交工作`
        "国际形势",  # gwr-1998 line 239 `三、关于国际形势和外交工作`
        "结束语",  # gwr-1985 line 146; gwr-1983 (not in the corpus)
    ),
}
"""Heading words per part of a 政府工作报告; the word found first in a title wins."""

FORWARD_GWR_PARTS: tuple[Part, ...] = (Part.REVIEW, Part.TARGETS, Part.TASKS)
"""After one of these, a top-level title of a 政府工作报告 that names no part is tasks.

gwr-2015 lines 103-…: ``三、把改革开放扎实推向纵深`` … ``六、切实加强政府自身建设``
follow ``二、2015年工作总体部署``; gwr-1985 line 54: ``（二）关于经济体制改革`` (this
year's reforms) follows the review ``（一）关于经济形势``.  Before any of them an
unnamed title is other.
"""

SUB_PARTS: dict[Part, tuple[Part, ...]] = {
    Part.TASKS: (Part.TARGETS,),  # a local report: `二、2024年工作安排` / `（一）总体要求和主要目标`
}
"""Parts a section below the top may name inside its top-level section's part.

The targets of a 政府工作报告 are often a sub-section of the tasks part; such
a child gets ``part=targets``.  Every other section below the top keeps
``part=None`` and belongs to its nearest ancestor's part
(:func:`~zhgovreport.locate.part_at`).
"""

"""Vocabulary of the parts stage, as data.

Every string here is in *folded* form (Simplified script, ASCII punctuation
and digits), because :mod:`~zhgovreport.outline.parts` matches against
``fold(title)``: ``存在問題`` and ``存在问题`` are the same key.  Regexes are
generated from these tables, longest entry first, when that module is
imported.

Sources: ``docs/spec/report-parts.md`` (headings seen per part), the five
seeds and the corpus texts; what a seed shows is named in a comment next to
the entry.
"""

from __future__ import annotations

from zhgovreport.model import Part

__all__ = [
    "DISTINCTIVE_PARTS",
    "PART_KEYWORDS",
    "PART_PRIORITY",
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

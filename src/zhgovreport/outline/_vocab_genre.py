"""Vocabulary of the genre stage, as data.

Every string here is in *folded* form (Simplified script, ASCII punctuation
and digits), because :mod:`~zhgovreport.outline.genre` matches against the
folded text: ``作工作報告`` and ``作工作报告`` are the same key.  Regexes are
generated from these tables, longest entry first, when that module is
imported.

Sources: ``docs/spec/report-parts.md``, the five seeds, the corpus texts
(``tests/fixtures/corpus/``, line numbers 1-based) and the wording the issues
quote; each row names its source in a comment.
"""

from __future__ import annotations

from zhgovreport.model import ReportKind

__all__ = [
    "FIRST_PERSON",
    "FZZF_TOPICS",
    "GOVERNMENT_SPEAKERS",
    "GWR_PHRASES",
    "KIND_RULES",
    "REPORT_PHRASES",
    "SALUTATIONS",
    "SPEECH_OPENERS",
]

FZZF_TOPICS: tuple[str, ...] = (
    "法治政府",  # seeds 000-003 `…法治政府建设年度报告`
    "依法行政",  # a title such as `xx市2022年依法行政工作报告` (tests/test_header.py)
)
"""The topic words of a 法治政府建设年度报告, in a title, an opening sentence or a heading."""

KIND_RULES: tuple[tuple[ReportKind, tuple[str, ...], tuple[str, ...]], ...] = (
    # (kind, any of these topics, and any of these genre words); first rule that matches wins.
    (ReportKind.FZZF_ANNUAL_REPORT, FZZF_TOPICS, ("报告", "总结")),  # seeds 000-003
    (ReportKind.GOV_WORK_REPORT, ("政府工作报告",), ("",)),  # gwr-2022 line 1
    (ReportKind.WORK_SUMMARY, ("工作总结", "年度总结", "工作情况总结", "年终总结"), ("",)),  # seed 004
)
"""Report kinds from the title (folded, white space removed)."""

# --- the opening of a 政府工作报告 -------------------------------------------------

GWR_PHRASES: tuple[str, ...] = (
    "向大会作政府工作报告",  # gwr-1985 line 9 `现在，我就以此为题，向大会作政府工作报告`
    "向大会做政府工作报告",  # the same with 做
    "向大会报告政府工作",  # gwr-2015 line 3, gwr-2022 line 19, gwr-2025 line 3
)
"""Phrases that say, in a first-person sentence of the opening, that the text is a 政府工作报告."""

FIRST_PERSON = "我"
"""The speaker's own voice: gwr-1985 line 9 ``现在，我就以此为题，向大会作政府工作报告``.

A news item says ``李强代表国务院向大会作政府工作报告``: the same phrase, and no report.
"""

SPEECH_OPENERS: tuple[str, ...] = (
    "我代表",  # gwr-1986 line 3 `现在，我代表国务院，向大会作关于…的报告`; cpc-20 line 30
)
"""How a speaker names the body they speak for; the body ends at ``，`` or a verb (``向`` ``作`` ``做``)."""

GOVERNMENT_SPEAKERS: tuple[str, ...] = (
    "国务院",  # gwr-1986 line 3, gwr-1998 line 3, gwr-2008 line 3 `我代表国务院，向大会报告本届政府过去五年的工作`
    "中央人民政府",  # gwr-1954 line 7 `現在，我代表中央人民政府作工作報告`
    "人民政府",  # a local report: `我代表市人民政府，向大会报告政府工作`
    "政府",  # `我代表本届政府` / `我代表市政府`
)
"""How the name of a government ends: a speaker for one of these who reports is giving a 政府工作报告.

A speaker for any other body (``我代表第十九届中央委员会向大会作报告``,
cpc-20 line 30; a standing committee, a court) is not, whatever the
headings look like.
"""

SALUTATIONS: tuple[str, ...] = (
    "各位代表",  # every corpus gwr: gwr-1954 line 1 … gwr-2022 line 17 `各位代表：`
)
"""How a report to a people's congress opens (cpc-20 opens with ``同志们：``)."""

# --- the opening of a 法治政府建设年度报告 ------------------------------------------

REPORT_PHRASES: tuple[str, ...] = (
    "报告如下",  # issue 9 `…2023年法治政府建设工作情况报告如下`
    "汇报如下",  # `现将…法治政府建设情况汇报如下`
    "总结如下",  # `现将…依法行政工作总结如下`
    "公布如下",  # `现将…法治政府建设年度报告公布如下`
)
"""Phrases that announce the report itself; with a topic word in the same paragraph, a 法治政府 report."""

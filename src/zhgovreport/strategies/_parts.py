"""Reports whose genre and parts are known: :func:`part_reports`.

A 政府工作报告 or a 法治政府 report is built from top-level titles whose part
is known (real headings, each with its Traditional form) and topic titles
that name no part, under an opening that shows the genre.  The expected
parts follow ``docs/spec/report-parts.md``: in a 政府工作报告 a topic is tasks
once the review, targets or tasks began and other before, and a targets
child of the tasks part is targets; in a 法治政府 report a topic is
achievements before the first shortcomings or plans part and other after.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

from zhgovreport.model import KindCue, Part, ReportKind
from zhgovreport.strategies._cases import PartsCase
from zhgovreport.strategies._render import cn_integer, fullwidth

_Title = tuple[str, str, Part | None]  # (Simplified, Traditional, part or None for a topic)

GWR_TITLES: tuple[_Title, ...] = (
    ("2021年工作回顾", "2021年工作回顧", Part.REVIEW),  # gwr-2022 line 23
    ("过去五年工作回顾", "過去五年工作回顧", Part.REVIEW),  # gwr-2008 line 9
    ("关于过去五年的政府工作", "關於過去五年的政府工作", Part.REVIEW),  # gwr-1998 line 9
    ("2022年经济社会发展总体要求和政策取向", "2022年經濟社會發展總體要求和政策取向", Part.TARGETS),  # gwr-2022 line 82
    ("2015年工作总体部署", "2015年工作總體部署", Part.TARGETS),  # gwr-2015 line 70
    ("2022年政府工作任务", "2022年政府工作任務", Part.TASKS),  # gwr-2022 line 103
    ("2008年主要任务", "2008年主要任務", Part.TASKS),  # gwr-2008 line 145
    ("对今年政府工作的建议", "對今年政府工作的建議", Part.TASKS),  # 2018
    ("关于外交工作", "關於外交工作", Part.OTHER),  # gwr-1983
    ("结束语", "結束語", Part.OTHER),  # gwr-1985 line 146
    ("把改革开放扎实推向纵深", "把改革開放紮實推向縱深", None),  # gwr-2015 line 103
    ("切实加强政府自身建设", "切實加強政府自身建設", None),  # gwr-2015 line 206
    ("持续推进民生改善和社会建设", "持續推進民生改善和社會建設", None),  # gwr-2015 line 181
)
"""Top-level titles of a 政府工作报告 and the part each names (``None``: a topic)."""

GWR_CHILDREN: tuple[_Title, ...] = (
    ("总体要求和主要目标", "總體要求和主要目標", Part.TARGETS),  # a local report's tasks part
    ("着力扩大国内需求", "著力擴大國內需求", None),
    ("持续保障和改善民生", "持續保障和改善民生", None),
)
"""Sub-section titles of a 政府工作报告: a targets child, and topics."""

FZZF_TITLES: tuple[_Title, ...] = (
    ("主要做法和成效", "主要做法和成效", Part.ACHIEVEMENTS),  # seeds 002, 003
    ("存在的不足", "存在的不足", Part.SHORTCOMINGS),  # seed 003
    ("存在问题", "存在問題", Part.SHORTCOMINGS),  # seeds 000, 002
    ("党政主要负责人履行推进法治建设第一责任人职责情况", "黨政主要負責人履行推進法治建設第一責任人職責情況", Part.LEADERSHIP),
    ("加强组织领导", "加強組織領導", Part.LEADERSHIP),  # issue 9
    ("2023年度推进法治政府建设的主要安排", "2023年度推進法治政府建設的主要安排", Part.PLANS),  # seed 000
    ("下一步工作计划", "下一步工作計劃", Part.PLANS),  # seed 004
    ("深入学习宣传贯彻习近平法治思想", "深入學習宣傳貫徹習近平法治思想", None),  # issue 9
    ("强化依法执政，狠抓关键少数", "強化依法執政，狠抓關鍵少數", None),  # issue 9
    ("健全依法行政制度体系", "健全依法行政制度體系", None),  # 实施纲要 2021-2025 part 3
)
"""Top-level titles of a 法治政府 report and the part each names (``None``: a topic)."""

_FORWARD = (Part.REVIEW, Part.TARGETS, Part.TASKS)
_AFTER_TOPICS = (Part.SHORTCOMINGS, Part.PLANS)

_GWR_OPENINGS: tuple[tuple[str, KindCue], ...] = (
    ("现在，我代表国务院，向大会报告政府工作，请予审议。", KindCue.PREAMBLE),  # gwr-2015 line 3
    ("现在，我就以此为题，向大会作政府工作报告，请予审议。", KindCue.PREAMBLE),  # gwr-1985 line 9
    ("過去一年，全市上下團結奮鬥。", KindCue.SALUTATION),  # no speech act: salutation and headings
)
_FZZF_TITLE = ("XX县2022年法治政府建设年度报告", "XX縣2022年法治政府建設年度報告")
_FZZF_OPENING = ("现将2022年法治政府建设情况报告如下：", "現將2022年法治政府建設情況報告如下：")
_BODY = ("本年度各项工作稳步推进，完成12件。", "本年度各項工作穩步推進，完成１２件。")


def _written(draw: st.DrawFn, pair: tuple[str, str]) -> str:
    text = pair[1] if draw(st.booleans()) else pair[0]
    return fullwidth(text) if draw(st.booleans()) else text


def _gwr_parts(named: Sequence[Part | None]) -> list[Part]:
    out: list[Part] = []
    for part in named:
        out.append(part if part is not None else (Part.TASKS if any(p in _FORWARD for p in out) else Part.OTHER))
    return out


def _fzzf_parts(named: Sequence[Part | None]) -> list[Part]:
    out: list[Part] = []
    for part in named:
        topics = not any(p in _AFTER_TOPICS for p in out)
        out.append(part if part is not None else (Part.ACHIEVEMENTS if topics else Part.OTHER))
    return out


@st.composite
def part_reports(draw: st.DrawFn, kind: ReportKind | None = None) -> PartsCase:
    """A 政府工作报告 or 法治政府 report (``kind``, else either) and its genre, cue and parts.

    Titles, opening and bodies are each drawn in Simplified or Traditional
    script, with digits ASCII or fullwidth; the expected values do not change.

    >>> from hypothesis import given, settings
    >>> from zhgovreport import parse
    >>> @settings(max_examples=20, deadline=None)
    ... @given(part_reports())
    ... def test_parts(case):
    ...     report = parse(case.text)
    ...     assert (report.meta.kind, report.meta.kind_cue) == (case.kind, case.cue)
    ...     assert tuple(s.part for s in report.sections) == case.parts
    >>> test_parts()
    """
    if kind is None:
        kind = draw(st.sampled_from((ReportKind.GOV_WORK_REPORT, ReportKind.FZZF_ANNUAL_REPORT)))
    gwr = kind is ReportKind.GOV_WORK_REPORT
    titles = list(draw(st.lists(st.sampled_from(GWR_TITLES if gwr else FZZF_TITLES), min_size=1, max_size=8)))
    lines: list[str] = []
    if gwr:
        opening, cue = draw(st.sampled_from(_GWR_OPENINGS))
        if cue is KindCue.SALUTATION:  # the headings must show it: a review first, tasks after it
            titles = [GWR_TITLES[0], *titles[:6], GWR_TITLES[5]]
        lines += ["各位代表：", "", opening, ""]
    else:
        cue = draw(st.sampled_from((KindCue.TITLE, KindCue.PREAMBLE)))
        lines += [_written(draw, _FZZF_TITLE), ""] if cue is KindCue.TITLE else [_written(draw, _FZZF_OPENING), ""]
    parts = (_gwr_parts if gwr else _fzzf_parts)([t[2] for t in titles])
    sub_parts: list[tuple[Part | None, ...]] = []
    for number, (title, part) in enumerate(zip(titles, parts), 1):
        lines += [f"{cn_integer(number)}、{_written(draw, title[:2])}", _written(draw, _BODY), ""]
        children = draw(st.lists(st.sampled_from(GWR_CHILDREN if gwr else FZZF_TITLES[7:]), max_size=3))
        for k, child in enumerate(children, 1):
            lines += [f"（{cn_integer(k)}）{_written(draw, child[:2])}", _written(draw, _BODY), ""]
        sub_parts.append(
            tuple(Part.TARGETS if part is Part.TASKS and child[2] is Part.TARGETS else None for child in children)
        )
    return PartsCase("\n".join(lines), kind, cue, tuple(parts), tuple(sub_parts))

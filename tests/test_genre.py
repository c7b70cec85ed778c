"""Genre stage: :func:`zhgovreport.outline.genre.detect_genre` (issue 9 item 3, issue 13).

The corpus texts (``tests/fixtures/corpus/``, 1-based line numbers in the
comments) were read by hand to say which cue shows each one's genre; the
other texts are written for these tests after real reports (what each
imitates is named next to it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import zhgovreport
from zhgovreport.model import KindCue, Meta, ReportKind
from zhgovreport.outline.genre import OPENING_SCAN, detect_genre, report_kind
from zhgovreport.text import Source, fold

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"

GWR, FZZF, UNKNOWN = ReportKind.GOV_WORK_REPORT, ReportKind.FZZF_ANNUAL_REPORT, ReportKind.UNKNOWN
TITLE, PREAMBLE, HEADINGS, SALUTATION = KindCue.TITLE, KindCue.PREAMBLE, KindCue.HEADINGS, KindCue.SALUTATION


def _corpus(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def _blank(text: str, *numbers: int) -> str:
    """``text`` with the lines ``numbers`` (1-based) emptied, their line breaks kept."""
    lines = text.split("\n")
    for number in numbers:
        lines[number - 1] = ""
    return "\n".join(lines)


def _kind(text: str) -> tuple[ReportKind, KindCue | None]:
    meta = zhgovreport.parse(text).meta
    return meta.kind, meta.kind_cue


# --- the corpus: which cue finds each ----------------------------------------------------------

CORPUS_CUES: list[Any] = [
    # line 1 `各位代表：`, no headings at all; line 7 (Traditional) `現在，我代表中央人民政府作工作報告。`
    pytest.param("gwr-1954.txt", 7, "我代表中央人民政府作工作報告", GWR, PREAMBLE, id="gwr-1954"),
    # line 9: no speaker named, the speaker's own words `现在，我就以此为题，向大会作政府工作报告，请予审议。`
    pytest.param("gwr-1985.txt", 9, "我就以此为题，向大会作政府工作报告", GWR, PREAMBLE, id="gwr-1985"),
    # line 3 `现在，我代表国务院，向大会作关于我国国民经济和社会发展第七个五年计划的报告，请审议。`
    pytest.param("gwr-1986.txt", 3, "我代表国务院，向大会作关于", GWR, PREAMBLE, id="gwr-1986"),
    # line 3 `…我代表国务院向大会报告过去五年的工作，对今年的工作提出建议…`
    pytest.param("gwr-1998.txt", 3, "我代表国务院向大会报告过去五年的工作", GWR, PREAMBLE, id="gwr-1998"),
    # line 3 `现在，我代表国务院，向大会报告本届政府过去五年的工作…`
    pytest.param("gwr-2008.txt", 3, "我代表国务院，向大会报告本届政府过去五年的工作", GWR, PREAMBLE, id="gwr-2008"),
    # line 3 `现在，我代表国务院，向大会报告政府工作，请予审议…`
    pytest.param("gwr-2015.txt", 3, "我代表国务院，向大会报告政府工作", GWR, PREAMBLE, id="gwr-2015"),
    # line 1 is the title `政府工作报告` (the speech act follows on line 19)
    pytest.param("gwr-2022.txt", 1, "政府工作报告", GWR, TITLE, id="gwr-2022"),
    # line 3 `现在，我代表国务院，向大会报告政府工作，请予审议…`
    pytest.param("gwr-2025.txt", 3, "我代表国务院，向大会报告政府工作", GWR, PREAMBLE, id="gwr-2025"),
    # line 28 `同志们：`; line 30 `现在，我代表第十九届中央委员会向大会作报告。`: a party congress, not a government
    pytest.param("cpc-20.txt", 30, "我代表第十九届中央委员会向大会作报告", UNKNOWN, None, id="cpc-20"),
]


@pytest.mark.parametrize(("name", "line", "words", "kind", "cue"), CORPUS_CUES)
def test_corpus_genre(name: str, line: int, words: str, kind: ReportKind, cue: KindCue | None) -> None:
    text = _corpus(name)
    assert words in text.split("\n")[line - 1]  # the cue is where the comment says
    assert _kind(text) == (kind, cue)


FALLBACK_CUES: list[Any] = [
    # Without the lines that gave the first cue, the next one decides, or nothing does.
    # gwr-1954 has no headings: its speech act is all there is.
    pytest.param("gwr-1954.txt", (7,), UNKNOWN, None, id="gwr-1954"),
    # gwr-1985: `（一）关于经济形势` is a review, but `（二）关于经济体制改革` names no targets or tasks
    pytest.param("gwr-1985.txt", (9,), UNKNOWN, None, id="gwr-1985"),
    # gwr-1986 lines 1, 13, 50: `各位代表：`, `…执行情况的回顾`, `…基本任务和主要建设方针`
    pytest.param("gwr-1986.txt", (3,), GWR, SALUTATION, id="gwr-1986"),
    # gwr-1998 lines 1, 9, 78: `各位代表：`, `关于过去五年的政府工作`, `关于1 9 9 8 年政府工作的建议`
    pytest.param("gwr-1998.txt", (3,), GWR, SALUTATION, id="gwr-1998"),
    # gwr-2008 lines 1, 9, 145: `过去五年工作回顾`, `2008年主要任务`
    pytest.param("gwr-2008.txt", (3,), GWR, SALUTATION, id="gwr-2008"),
    # gwr-2015 lines 1, 9, 70: `2014年工作回顾`, `2015年工作总体部署`
    pytest.param("gwr-2015.txt", (3,), GWR, SALUTATION, id="gwr-2015"),
    # gwr-2022 without its title: the speech act on line 19; without both, the salutation on line 17
    pytest.param("gwr-2022.txt", (1,), GWR, PREAMBLE, id="gwr-2022-no-title"),
    pytest.param("gwr-2022.txt", (1, 19), GWR, SALUTATION, id="gwr-2022-no-title-no-speech"),
    pytest.param("gwr-2025.txt", (3,), GWR, SALUTATION, id="gwr-2025"),
]


@pytest.mark.parametrize(("name", "lines", "kind", "cue"), FALLBACK_CUES)
def test_corpus_genre_without_its_first_cue(
    name: str, lines: tuple[int, ...], kind: ReportKind, cue: KindCue | None
) -> None:
    assert _kind(_blank(_corpus(name), *lines)) == (kind, cue)


# --- each cue on its own ------------------------------------------------------------------------

SPLIT_TITLE = (
    "政府工作报\n告\n\n"
    "——2024年3月5日在第十四届全国人民代表大会第二次会议上\n\n"
    "国务院总理　李强\n\n"
    "各位代表：\n\n"
    "2023年是全面贯彻党的二十大精神的开局之年。\n\n"
    "一、2023年工作回顾\n\n过去一年，经济回升向好。\n\n"
    "二、2024年经济社会发展总体要求和政策取向\n\n今年发展主要预期目标是：国内生产总值增长5%左右。\n\n"
    "三、2024年政府工作任务\n\n（一）大力推进现代化产业体系建设\n\n推动产业链供应链优化升级。\n"
)

TOPIC_REPORT = (
    # after the 2023 reports of 静海区 and 湖北省 (topic-organised, first paragraph announces the report)
    "2023年，本县坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
    "法治政府建设取得新成效。现将2023年法治政府建设工作情况报告如下：\n\n"
    "一、深入学习宣传贯彻习近平法治思想\n\n县政府常务会议专题学习12次。\n\n"
    "二、强化依法执政，狠抓关键少数\n\n开展领导干部述法。\n\n"
    "三、加强党对法治政府建设的领导\n\n县政府主要负责同志专题研究法治政府建设工作4次。\n\n"
    "四、健全依法行政制度体系\n\n审查规范性文件36件。\n\n"
    "五、存在的问题和不足\n\n基层执法力量不足。\n\n"
    "六、2024年工作打算\n\n持续深化法治政府建设。\n"
)

OPENINGS: list[Any] = [
    # issue 13: the title split over two lines; the year from `三、2024年政府工作任务`
    pytest.param(SPLIT_TITLE, GWR, TITLE, id="gwr-title-split"),
    # issue 9: no title, the first paragraph says what the report is
    pytest.param(TOPIC_REPORT, FZZF, PREAMBLE, id="fzzf-first-paragraph"),
    # the same in Traditional script and fullwidth forms
    pytest.param(
        "2023年，本局深入推進法治政府建設。現將2023年法治政府建設工作情況報告如下：\n一、主要舉措和成效\n審結案件１２件。\n",
        FZZF,
        PREAMBLE,
        id="fzzf-first-paragraph-traditional",
    ),
    # the announcement without the topic in its sentence, the topic elsewhere in the paragraph
    pytest.param(
        "2022年，我区认真落实《法治政府建设实施纲要(2021-2025年)》，依法行政水平持续提升。现将有关情况报告如下：\n"
        "一、主要做法和成效\n审查合同15件。\n",
        FZZF,
        PREAMBLE,
        id="fzzf-topic-in-paragraph",
    ),
    # a local 政府工作报告: the speaker is a people's government
    pytest.param(
        "各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。\n\n一、2023年工作回顾\n过去一年。\n",
        GWR,
        PREAMBLE,
        id="gwr-local-speaker",
    ),
    # a local 政府工作报告 without the speech act: salutation and headings
    pytest.param(
        "各位代表：\n\n2023年，在市委的坚强领导下，全市上下团结奋斗。\n\n"
        "一、2023年工作回顾\n地区生产总值增长6%。\n二、2024年工作安排\n（一）总体要求和主要目标\n地区生产总值增长5.5%左右。\n",
        GWR,
        SALUTATION,
        id="gwr-local-salutation",
    ),
    # the five parts, no title, no announcement: the headings (leadership is only in this genre)
    pytest.param(
        "2022年，本局扎实推进各项工作。\n一、主要做法和成效\n审结案件305件。\n二、存在的不足\n人员不足。\n"
        "三、党政主要负责人履行推进法治建设第一责任人职责情况\n专题研究4次。\n四、2023年主要安排\n持续推进。\n",
        FZZF,
        HEADINGS,
        id="fzzf-five-parts",
    ),
    # a topic report without title or announcement: shortcomings and plans, and the topic in a heading
    pytest.param(
        "2023年，本县各项工作稳步推进。\n一、健全法治政府建设科技保障体系\n建成平台1个。\n"
        "二、存在的问题\n不足。\n三、下一步工作计划\n推进。\n",
        FZZF,
        HEADINGS,
        id="fzzf-topics-headings",
    ),
]


@pytest.mark.parametrize(("text", "kind", "cue"), OPENINGS)
def test_opening_cues(text: str, kind: ReportKind, cue: KindCue) -> None:
    assert _kind(text) == (kind, cue)


NOT_GWR: list[Any] = [
    # news of the speech is not the speech (a news page of 2024-03-05, third person)
    pytest.param(
        "3月5日，十四届全国人大二次会议开幕，国务院总理李强代表国务院向大会作政府工作报告。报告分为三部分。\n"
        "一、2023年工作回顾\n二、2024年主要任务\n",
        id="news",
    ),
    # the standing committee reports to the same deputies, with the same salutation and review/tasks headings
    pytest.param(
        "各位代表：\n\n现在，我代表全国人民代表大会常务委员会，向大会报告工作，请予审议。\n\n"
        "一、过去一年的主要工作\n立法。\n二、今后一年的主要任务\n监督。\n",
        id="standing-committee",
    ),
    # a speech to the CPPCC: the speaker is the government but reports nothing (`表示热烈的祝贺`)
    pytest.param(
        "各位委员：\n\n值此市政协会议隆重召开之际，我代表市政府，向大会表示热烈的祝贺。\n\n一、《报告》起草情况\n起草。\n",
        id="cppcc-greeting",
    ),
    # the budget report: on the State Council's behalf, but not its speaker (`受国务院委托`)
    pytest.param(
        "各位代表：\n\n受国务院委托，现将2023年中央和地方预算执行情况与2024年中央和地方预算草案提请十四届全国人大二次会议审议。\n\n"
        "一、2023年预算执行情况\n收入。\n二、2024年预算草案\n支出。\n",
        id="budget-report",
    ),
    # the speech act after the first heading is not the opening
    pytest.param("一、工作情况\n现在，我代表国务院，向大会报告政府工作。\n", id="after-first-heading"),
]


@pytest.mark.parametrize("text", NOT_GWR)
def test_not_a_government_work_report(text: str) -> None:
    assert _kind(text)[0] is not GWR


def test_thanks_are_not_a_speech_act() -> None:
    """gwr-2015 line 64 `我代表国务院，向全国各族人民…表示衷心的感谢`: a government speaks, and reports nothing."""
    text = "各位代表！\n我代表国务院，向全国各族人民，表示衷心的感谢！\n"
    assert _kind(text) == (UNKNOWN, None)


def test_opening_is_bounded() -> None:
    """The opening ends OPENING_SCAN characters after the header."""
    speech = "现在，我代表国务院，向大会报告政府工作。\n"
    near = "各位代表：\n" + "经济。" * ((OPENING_SCAN - 40) // 3) + "\n" + speech
    far = "各位代表：\n" + "经济。" * (OPENING_SCAN // 3 + 10) + "\n" + speech
    assert _kind(near) == (GWR, PREAMBLE)
    assert _kind(far) == (UNKNOWN, None)


def test_title_kind_is_kept() -> None:
    """A kind the header read from the title is never revised; the cue says so."""
    meta = detect_genre(Source.of("各位代表：\n现在，我代表国务院，向大会报告政府工作。\n"), Meta(kind=FZZF), ())
    assert (meta.kind, meta.kind_cue) == (FZZF, TITLE)


def test_unknown_is_unchanged() -> None:
    meta = Meta(title="关于印发XX的通知", end=9)
    assert detect_genre(Source.of("关于印发XX的通知\n各单位：\n现印发给你们。\n"), meta, ()) is meta


SPLIT_TITLES: list[Any] = [
    pytest.param("政府工作报 告", GWR, id="gwr-split"),
    pytest.param("政府工作\u3000报告", GWR, id="gwr-ideographic-space"),
    pytest.param("2024年XX市人民政府 工作报告", GWR, id="local-gwr-split"),
    pytest.param("XX区2022年法治 政府建设年度报告", FZZF, id="fzzf-split"),
    pytest.param("2023年度工作 总结", ReportKind.WORK_SUMMARY, id="summary-split"),
    pytest.param("政府 工作", UNKNOWN, id="not-a-report"),
]


@pytest.mark.parametrize(("title", "kind"), SPLIT_TITLES)
def test_report_kind_ignores_white_space(title: str, kind: ReportKind) -> None:
    assert report_kind(fold(title)) is kind


def test_split_title_reads_through_the_header() -> None:
    """The header joins the two lines `政府工作报` `告` into its title; the kind is read from it."""
    meta = zhgovreport.parse(SPLIT_TITLE).meta
    assert meta.title == "政府工作报 告"
    assert meta.year == 2024  # from `三、2024年政府工作任务`, the year it plans

"""Whole-outline expectations for the five seed reports.

Every tuple below was written by reading the seed file (line numbers in the
comments), not by printing the parser's output: ``(depth, marker, number,
title, leads of the section's own items)`` for every section of
``report.walk()``, in document order.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import zhgovreport
from zhgovreport import DiagnosticCode as D

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _read(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


# seed 000 (诸暨): 一、 lines 7-23 with (一)-(四) each holding 一是/二是/三是;
# 二、 lines 25-31 with three run-in (一)-(三); 三、 lines 33-43 with (一)-(四).
SEED_000 = [
    (1, "一、", 1, "2022年度法治政府建设的主要举措和成效", ()),
    (2, "(一)", 1, "坚持政治引领,队伍建设呈现新面貌", ("建强干部队伍", "规范法律服务队伍", "培优人民调解队伍")),
    (2, "(二)", 2, "发挥示范引领,树立法治政府新标杆", ("创成全国法治政府示范县(市)", "做实行政争议化解工作", "强化行政执法协调监督")),
    (2, "(三)", 3, "夯实维稳基础,平安建设取得新进展", ("“枫桥式”司法所建设持续推进", "矛盾纠纷化解工作常新常进", "特殊人群管控扎实有力")),
    (2, "(四)", 4, "强化服务质量,公共法律服务新气象", ("法治宣传教育稳扎稳打", "公共法律服务暖企惠民", "法律援助质效持续提升")),
    (1, "二、", 2, "存在问题", ()),
    (2, "(一)", 1, "部门行政执法规范化建设有待进一步加强", ()),
    (2, "(二)", 2, "镇乡(街道)合法性审查工作有待进一步加强", ()),
    (2, "(三)", 3, "房屋征迁引起的行政诉讼数量居高不下", ()),
    (1, "三、", 3, "2023年度推进法治政府建设的主要安排", ()),
    (2, "(一)", 1, "立足法治建设新要求,推动依法行政水平新提升", ()),
    (2, "(二)", 2, "立足社会安全稳定新挑战,推动特殊人群管控再加强", ()),
    (2, "(三)", 3, "立足矛盾纠纷调解新格局,推动品牌建设进度再加速", ()),
    (2, "(四)", 4, "立足群众日益增长新需求,推动法律服务体系再升级", ()),
]

# seed 001 (浦江): three cn sections with cn_paren children; line 40
# ``(二)推进涉企法治服务增值化改革按照…`` has lost its 。 (title guessed).
SEED_001 = [
    (1, "一、", 1, "2023年推进法治政府建设的主要举措和成效", ()),
    (2, "(一)", 1, "保持法治先行态势,实现依法治县新突破", ()),
    (2, "(二)", 2, "筑强依法行政高地,打造法治政府新形象", ()),
    (2, "(三)", 3, "做优法助共富实事,展现法治社会新作为", ()),
    (2, "(四)", 4, "紧绷除险保安之弦,迈出法护平安新步伐", ()),
    (1, "二、", 2, "推进法治政府建设存在的不足", ()),
    (2, "(一)", 1, "行政决策制度体系有待进一步完善", ()),
    (2, "(二)", 2, "规范性文件管理工作有待进一步改善", ()),
    (2, "(三)", 3, "政府法律顾问作用有待进一步发挥", ()),
    (2, "(四)", 4, "基层法治力量有待进一步充实", ()),
    (1, "三、", 3, "2024年度推进法治政府建设的主要思路", ()),
    (2, "(一)", 1, "争创全国法治政府单项示范项目", ()),
    (2, "(二)", 2, "推进涉企法治服务增值化改革", ()),
    (2, "(三)", 3, "深化企业合规改革", ()),
    (2, "(四)", 4, "提升行政执法监督效能", ()),
    (2, "(五)", 5, "推进法治审查员“三化”建设", ()),
    (2, "(六)", 6, "建立“三所联动”机制", ()),
]

# seed 002 (福州, Traditional): run-in ``1.深入推進全面依法治市。``; 二、 line 21
# holds 一是/二是/三是 after ``不足:``; 三、 repeats (三) (lines 25-26).
SEED_002 = [
    (1, "一、", 1, "主要做法和成效", ()),
    (2, "(一)", 1, "新時代法治福州建設行穩致遠", ()),
    (3, "1.", 1, "深入推進全面依法治市", ()),
    (3, "2.", 2, "扎實推進行政立法", ()),
    (3, "3.", 3, "全面加強行政復議工作", ()),
    (3, "4.", 4, "高效開展備案審查", ()),
    (3, "5.", 5, "強化行政執法監督", ()),
    (3, "6.", 6, "穩步推進“八五”普法", ()),
    (2, "(二)", 2, "以法治保障高質量發展成效良好", ()),
    (2, "(三)", 3, "助力平安福州建設再立新功", ()),
    (3, "1.", 1, "積極化解社會矛盾糾紛", ()),
    (3, "2.", 2, "著力健全矛盾糾紛多元化解機制", ()),
    (3, "3.", 3, "全面加強特殊人員管控幫扶工作", ()),
    (2, "(四)", 4, "群眾法治獲得感持續增強", ()),
    (3, "1.", 1, "大力打造新時代公共法律服務品牌", ()),
    (3, "2.", 2, "積極提供優質高效法律服務", ()),
    (
        1,
        "二、",
        2,
        "存在問題",
        (
            "發揮市委依法治市辦統籌協調作用還不夠有力",
            "工作改革創新亮點不夠突出,有分量、有影響的舉措和品牌還不夠多",
            "法治隊伍建設還要加強,基層行政執法隊伍履職能力有待進一步提升等",
        ),
    ),
    (1, "三、", 3, "2024年度重點工作安排", ()),
    (2, "(一)", 1, "用高水平法治護航經濟社會高質量發展", ()),
    (2, "(二)", 2, "深入推進全面依法治市", ()),
    (2, "(三)", 3, "著力提高法治政府建設水平", ()),
    (2, "(三)", 3, "用法治助推更高水平平安福州建設", ()),
    (2, "(四)", 4, "持續提升便民為民利民工作質效", ()),
]

# seed 003 (襄阳): pipe-table header; 一、 with (一)-(四) holding 6, 9, 3 and 9
# run-in arabic headings; 二、 (一)-(三) after ``主要表现在:`` end in 。 so they
# are headings whose title is the whole first sentence; 三、 has no children.
_S003_1 = ["高点谋划推进工作", "建立健全工作机制", "组织法治建设绩效考核", "加强依法防控工作", "优化法治化营商环境", "开展法治建设三项重点工作专项督察"]
_S003_2 = [
    "加强政府立法工作",
    "严格行政规范性文件监督管理",
    "持续开展政府规章和规范性文件清理工作",
    "抓好政府重大决策事项等合法性审查",
    "发挥行政执法协调监督职能",
    "加强行政复议和应诉工作",
    "开展法治政府建设总结评估工作",
    "深化司法行政“放管服”改革",
    "强化行政权力的制约和监督",
]
_S003_3 = ["维护强制隔离戒毒场所安全稳定", "规范社区矫正执法", "深化扫黑除恶专项斗争"]
_S003_4 = [
    "推出公共法律服务优化营商环境一揽子措施",
    "加大法律援助惠民力度",
    "加快公证创新步伐",
    "提高仲裁公信力",
    "加强司法鉴定工作",
    "强化人民调解工作",
    "推进司法所规范化建设",
    "做优律师服务品牌",
    "深化法治宣传教育",
]


def _arabic(titles: list[str]) -> list[tuple[int, str, int, str, tuple[str, ...]]]:
    return [(3, f"{k}.", k, title, ()) for k, title in enumerate(titles, 1)]


SEED_003 = [
    (1, "一、", 1, "主要做法和成效", ()),
    (2, "(一)", 1, "加强统筹协调,全面依法治市工作扎实推进", ()),
    *_arabic(_S003_1),
    (2, "(二)", 2, "围绕中心工作,法治政府建设加速推进", ()),
    *_arabic(_S003_2),
    (2, "(三)", 3, "助力平安建设,重点人群管控工作稳步推进", ()),
    *_arabic(_S003_3),
    (2, "(四)", 4, "坚持法治惠民,公共法律服务体系建设深入推进", ()),
    *_arabic(_S003_4),
    (1, "二、", 2, "存在的不足", ()),
    (
        2,
        "(一)",
        1,
        "统筹推进全面依法治市工作机制还不够健全,与各县、市、区,各部门之间的衔接联动不足,信息共享不够,不能及时全面掌握法治建设、法治政府建设工作全貌",
        (),
    ),
    (2, "(二)", 2, "法治工作人员不足,存在人少事多的矛盾,导致对法治政府建设任务疲于应付的情况较多,缺乏有深度的思考和研究", ()),
    (2, "(三)", 3, "为经济社会发展提供法治保障的能力还不够,与改革发展的需要、人民群众的期盼还有不少差距", ()),
    (1, "三、", 3, "党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设情况", ()),
    (1, "四、", 4, "2021年主要安排", ()),
    (2, "(一)", 1, "编制法治襄阳建设规划、法治政府建设实施方案、“八五”普法规划等一系列法治规划,高位推动“十四五”期间全面依法治市工作开好局、起好步", ()),
    (2, "(二)", 2, "积极发挥市委依法治市办职能作用,召开市委全面依法治市工作会议和市委全面依法治市委员会第四次会议", ()),
    (2, "(三)", 3, "加快推进法治政府建设", ()),
    (2, "(四)", 4, "加大全民普法力度", ()),
    (2, "(五)", 5, "深入推进公共法律服务体系建设", ()),
    (2, "(六)", 6, "继续加强强制隔离戒毒、社区矫正、安置帮教等重点人群教育管理工作", ()),
]

# seed 004 (琼中, a fragment): starts at (四) (line 2) and climbs to 二、 (line 12):
# an implicit cn parent numbered 1 holds (四)-(八).  Items are separated by
# ``;`` (lines 3-11) or ``。`` (line 37, after the run-in title).
SEED_004 = [
    (1, "", 1, "", ()),
    (
        2,
        "(四)",
        4,
        "规范行政权力运行,强化行政执法监督",
        (
            "规范重大行政决策制定程序",
            "深化法治领域改革创新",
            "印发《2023年度行政执法案卷常态化评查工作的通知》,对县综合行政执法局、县公安局、各乡镇等行政执法单位的行政执法案卷进行常态化评查,针对发现的问题提出整改建议,并督促整改落实,切实提高行政执法案卷质量和执法水平",
        ),
    ),
    (
        2,
        "(五)",
        5,
        "优化顶层设计理念,强化府院联动机制",
        (
            "制定出台《XX县关于进一步加强和改进行政复议行政应诉 促进依法行政行动方案(2023-2025年)》,统筹全县行政复议行政应诉工作,推动行政机关履行主体责任,切实提高行政管理水平",
            "建立府院联动工作群,实时分享行政诉讼案件行政机关负责人应诉等相关诉讼案件信息,及时督促行政机关积极主动应诉,支持法院审判工作",
        ),
    ),
    (
        2,
        "(六)",
        6,
        "全面统筹协调推进,着力创新法治宣传",
        (
            "加强党员领导干部学法用法",
            "加强青少年法治教育宣传",
            "加强村(居)民法治教育",
            "加强军营部队人员法治教育",
            "加强主题法治教育宣传",
            '开展"法律明白人"培养工程',
            "加强法治宣传信息建设",
        ),
    ),
    (2, "(七)", 7, "夯实基层基础治理,重点人员管控到位", ("优化队伍配备", "完善多元化纠纷化解机制", "强化管理,帮扶教育重点人员")),
    (
        2,
        "(八)",
        8,
        "践行司法行政为民,提升公共法律服务",
        (
            "降低申请门槛,完善未成年人法律援助服务机制",
            "为进一步拓宽法律援助渠道,不断完善法律援助工作机制",
            '把"为民办实事"未成年人法律援助事项纳入我县年度高质量年度考核,由县政府督查室每月进行督察通报,促使"为民办实事"各项工作按时完成',
            "在全县各中小学设立29名法律援助联络员,同时发挥村(居)委会人民调解员、法律明白人、法律顾问的作用,形成横向到边、纵向到底的未成年人法律援助服务网络,及时排查和参与未成年人矛盾纠纷化解,实现未成年人法律援助工作无缝对接,做到快速介入、应援尽援",
            "规范工作机制,确保未成年人法律援助案件质量",
            '通过召开"未成年人法律援助"专场新闻发布会,营造有利于全县未年成人健康成长的良好法治环境,有效维护了全县广大未成年人的合法权益,取得良好的反响',
        ),
    ),
    (1, "二、", 2, "亮点工作、创新举措和经验成效情况", ()),
    (
        2,
        "(一)",
        1,
        "坚持法治发展深度融合",
        (
            "牢牢坚持和加强党的全面领导,将法治建设列入县国民经济和社会发展第十四个五年规划,印发《贯彻落实省委依法治省委员会办公室〈关于进一步加强基层法治建设的实施意见〉任务分解表》、县委全面依法治县委员会2023年度工作要点、印发关于贯彻落实《2023年法治建设考核指标体系》任务分工表,确定法治建设工作的路线图和施工图,精心谋划,明确全县各部门单位法治建设工作任务,将法治建设与经济社会发展同部署、同推进、同督促、同考核、同奖惩",
            "建立健全行政执法工作制度",
        ),
    ),
    (2, "(二)", 2, "注重法治学习教育培训", ("紧抓关键少数,强化领导干部学法用法", "健全领导干部法治培训机制")),
    (2, "(三)", 3, '"以评促改"效果明显提升', ()),
    (2, "(四)", 4, "创新行政执法监督方式", ('积极探索"伴随式"执法监督新模式', "探索提升行政执法监督质效")),
    (2, "(五)", 5, "助力优化法治营商环境", ()),
    (2, "(六)", 6, "完善律师参与审核制度", ()),
    (2, "(七)", 7, "夯实基层基础治理效能", ()),
    (1, "三、", 3, "存在问题", ()),
    (2, "(一)", 1, "工作机制亟待建立完善", ()),
    (3, "1.", 1, "依法治县工作机制有待进一步完善,政府重大行政决策制定程序有待进一步规范", ()),
    (3, "2.", 2, '开展"以案释法"工作有待加强', ()),
    (2, "(二)", 2, "依法行政能力水平较低", ()),
    (2, "(三)", 3, "人才队伍建设资源缺乏", ()),
    (3, "1.", 1, "专业法律人才较少", ()),
    (3, "2.", 2, "调解队伍专业能力偏低", ()),
    (1, "四、", 4, "下一步工作计划", ()),
    (2, "(一)", 1, "完善党委领导工作机制", ("加强党委对法治政府建设的领导", "健全法治建设议事协调机构及其办事机构运行机制")),
]

OUTLINES = {"000": SEED_000, "001": SEED_001, "002": SEED_002, "003": SEED_003, "004": SEED_004}

# What each seed must report, read from the text (see the comments above).
DIAGNOSTICS = {
    "000": [],
    "001": [D.TITLE_GUESSED],
    "002": [D.DUPLICATE],
    "003": [],
    "004": [D.IMPLICIT_PARENT],
}

# (sections via walk(), top-level sections, items) counted by hand.
COUNTS = {"000": (14, 3, 12), "001": (17, 3, 0), "002": (23, 3, 3), "003": (44, 4, 0), "004": (24, 4, 29)}


def _outline(report: zhgovreport.Report) -> list[tuple[int, str, int, str, tuple[str, ...]]]:
    return [(s.depth, s.marker, s.number, s.title, tuple(i.lead for i in s.items)) for s in report.walk()]


@pytest.mark.parametrize("seed", sorted(OUTLINES))
def test_seed_outline(seed: str) -> None:
    assert _outline(zhgovreport.parse(_read(seed))) == OUTLINES[seed]


@pytest.mark.parametrize("seed", sorted(OUTLINES))
def test_seed_counts(seed: str) -> None:
    report = zhgovreport.parse(_read(seed))
    items = sum(1 for _ in report.walk_items())
    assert (len(list(report.walk())), len(report.sections), items) == COUNTS[seed]


@pytest.mark.parametrize("seed", sorted(OUTLINES))
def test_seed_diagnostics(seed: str) -> None:
    report = zhgovreport.parse(_read(seed))
    assert [d.code for d in report.diagnostics] == DIAGNOSTICS[seed]


@pytest.mark.parametrize("seed", sorted(OUTLINES))
def test_seed_lossless(seed: str) -> None:
    report = zhgovreport.parse(_read(seed))
    assert "".join(report.text[p.span] for p in report.pieces()) == report.text


def test_seed_002_duplicate_points_at_second_san() -> None:
    """seed 002 line 26: the second ``(三)`` of section 三."""
    report = zhgovreport.parse(_read("002"))
    (dup,) = report.diagnostics
    assert report.text[dup.span].startswith("(三)用法治助推")


def test_seed_004_implicit_parent() -> None:
    """seed 004: only the supplied parent is implicit; it has no heading."""
    report = zhgovreport.parse(_read("004"))
    implicit = [s for s in report.walk() if s.implicit]
    assert len(implicit) == 1
    parent = implicit[0]
    assert (parent.depth, parent.style, parent.number, parent.path) == (1, zhgovreport.Style.CN, 1, (1,))
    assert parent.start == parent.heading_end == parent.children[0].start
    assert [c.path for c in parent.children] == [(1, 4), (1, 5), (1, 6), (1, 7), (1, 8)]


def test_seed_002_run_in_body() -> None:
    """seed 002 line 5: the rest of a run-in heading line is the first body paragraph."""
    report = zhgovreport.parse(_read("002"))
    first = report.sections[0].children[0].children[0]
    assert first.body[0].startswith("加強統籌謀劃")
    assert report.text[first.heading_span] == "1.深入推進全面依法治市。"


def test_seed_001_guessed_title_keeps_rest_as_body() -> None:
    """seed 001 line 40: the text after the guessed title is body, nothing lost."""
    report = zhgovreport.parse(_read("001"))
    second = report.sections[2].children[1]
    assert second.body[0].startswith("按照“前台服务+后台支持+应用支撑”模式")


def test_seed_000_item_text_runs_to_next_item() -> None:
    """seed 000 line 11: 一是… ends where 二是 starts; 三是 runs to the end of the line."""
    report = zhgovreport.parse(_read("000"))
    one, two, three = report.sections[0].children[0].items
    assert one.end == two.start and two.end == three.start
    assert three.text.endswith("进入行业性专业性调解委员会。")
    assert [i.marker for i in (one, two, three)] == ["一是", "二是", "三是"]

"""The vocabularies of the indicators stage: reviewed tables, no logic.

Every entry is matched against *folded* text (:func:`zhgovreport.text.fold`:
fullwidth → ASCII, Traditional → Simplified), so it is written in Simplified
script with ASCII punctuation (``，`` folds to ``,``, ``：`` to ``:``).  Each
row carries an example: ``tests/test_indicators_vocab.py`` reads every example
through :func:`zhgovreport.extract_indicators` and checks that the row does
what it says, so a row that never fires is a failing test.

The rules these tables serve are ``docs/spec/indicators.md`` (§1: names,
aspect, direction, basis, target); :mod:`zhgovreport.indicators.clauses`
builds its regexes from these tables, longest entry first.

Sources: the spec's examples; the 政府工作报告 of the corpus
(``tests/fixtures/corpus/gwr-*.txt``, the file named in a comment) and the
seeds; the 《现代汉语八百词》 entries for 比, 较, 由, 从, 分别, 均.
"""

from __future__ import annotations

from typing import NamedTuple

from zhgovreport.model import Direction

__all__ = [
    "ACHIEVED_VERBS",
    "ADVERBS",
    "AFTER_NOUN_STOPS",
    "BEFORE_DATE",
    "BASIS_WORDS",
    "CHANGE_VERBS",
    "CLAUSE_ENDS",
    "COMPARANDS",
    "CONDITIONALS",
    "CONSEQUENCES",
    "COMPARATIVES",
    "COMPARISON_FRAMES",
    "DURATION_UNITS",
    "COORDINATORS",
    "DEGREE_AFTER",
    "EXISTENTIAL_VERBS",
    "FROM_WORDS",
    "ITEM_COUNT_AFTER",
    "ITEM_COUNT_BEFORE",
    "LEADING_WORDS",
    "LEVEL_VERBS",
    "LINK_VERB_ENDS",
    "MEASURE_HEADS",
    "NAME_SPLITTERS",
    "NOT_LEADING",
    "NOT_CHANGE",
    "NOT_TIME_FRAMES",
    "PARAGRAPH_ENDS",
    "PER_WORDS",
    "PLAN_CUES",
    "PREPOSITIONS",
    "PROVISION_UNITS",
    "RATE_NOUNS",
    "REACH_PARTICLES",
    "RESPECTIVELY",
    "SENTENCE_ENDS",
    "TARGET_CUES",
    "TARGET_NOUNS",
    "TIME_FRAME_AFTER",
    "TIME_FRAME_BEFORE",
    "Verb",
    "Word",
]


class Word(NamedTuple):
    """A word the clause reader recognises, with an example of it at work."""

    surface: str
    example: str
    not_after: str = ""
    """Characters that, right before ``surface``, make it part of another word
    (``主要`` is not the cue ``要``)."""
    not_before: str = ""
    """Characters that, right after ``surface``, make it part of another word
    (``计划生育`` is not the cue ``计划``)."""


class Verb(NamedTuple):
    """A verb of change, the direction it gives, and an example."""

    surface: str
    direction: Direction
    example: str
    not_before: str = ""
    """Characters that, right after the verb, make it a noun or another word (``增加值``)."""


UP, DOWN = Direction.UP, Direction.DOWN

# --- where clauses, sentences and paragraphs end (folded text) ----------------------

CLAUSE_ENDS = ",;:。!?\n\r"
"""A clause ends at ``，；。：`` (folded to ``,;:``), ``。！？`` and a line break (spec §1)."""

SENTENCE_ENDS = "。!?\n\r"
"""A sentence ends at ``。！？`` and a line break.  ``；`` joins the parallel
clauses of one sentence (``…增长6.7%…；国民生产总值平均每年增长7.5%。``, gwr-1986
line 76), so a name or a cue carries across it, not across ``。``."""

PARAGRAPH_ENDS = "\n\r"
"""A lead (``主要预期目标是：``) governs the figures up to the paragraph's end."""

# --- verbs of change (aspect ``change``; with 到/至 a ``level`` reached) -------------

CHANGE_VERBS: tuple[Verb, ...] = (
    Verb("增长", UP, "国内生产总值增长5.2%", not_before="点极"),
    Verb("增加", UP, "粮食产量比上年增加178亿斤", not_before="值"),
    Verb("提高", UP, "居民收入提高5%"),
    Verb("提升", UP, "同比提升4.4个百分点"),
    Verb("上升", UP, "城镇化率上升1.2个百分点"),
    Verb("上涨", UP, "居民消费价格上涨0.9%"),
    Verb("增多", UP, "案件增多15件"),
    Verb("递增", UP, "工业总产值平均每年递增百分之三十六点九"),  # gwr-1954
    Verb("扩大", UP, "扩大招生规模10万人"),
    Verb("延长", UP, "土地承包期再延长30年"),
    Verb("上调", UP, "基本养老金上调4%"),
    Verb("增", UP, "营业收入同比增12%", not_before="值加长多速幅收强进设"),
    Verb("涨", UP, "房价同比涨3%", not_before="幅价"),
    Verb("升", UP, "外汇储备升5%", not_before="级值学格"),
    Verb("下降", DOWN, "同比下降6.6个百分点"),
    Verb("降低", DOWN, "单位国内生产总值能耗降低2.5%左右"),
    Verb("减少", DOWN, "行政审批事项减少200项"),
    Verb("回落", DOWN, "涨幅回落1.5个百分点"),
    Verb("下跌", DOWN, "价格下跌2%"),
    Verb("下调", DOWN, "贷款利率下调0.25个百分点"),
    Verb("减轻", DOWN, "减轻负担近2万亿元"),
    Verb("裁减", DOWN, "裁减员额50万"),
    Verb("精简", DOWN, "精简事项140项"),
    Verb("压缩", DOWN, "压缩一般性支出10%"),
    Verb("削减", DOWN, "行政经费预算一律削减10%"),  # gwr-1985 line 93
    Verb("核减", DOWN, "集团购买力要按上年实际数额核减20%"),  # gwr-1985 line 93
    Verb("缩短", DOWN, "审批时间缩短30%"),
    Verb("缩小", DOWN, "收入差距缩小0.5个百分点"),
    Verb("收窄", DOWN, "降幅收窄1.2个百分点"),
    Verb("降", DOWN, "能耗同比降3%", not_before="低幅至到为"),
    Verb("减", DOWN, "支出同比减5%", not_before="少轻免税负"),
)
"""Verbs whose figure is a change of the measure (spec §1, "a verb of change
directly governing an amount makes a ``change``"); ``direction`` follows the
verb.  Single-character verbs come last and exclude the words they start
(``增加值`` is a noun, ``降幅`` a rate)."""

COMPARATIVES: tuple[Verb, ...] = (
    Verb("高", UP, "贷款增速比各项贷款平均增速高4.2个百分点"),  # gwr-2015
    Verb("低", DOWN, "比上年低0.5个百分点"),
    Verb("多", UP, "比上年多50亿元"),
    Verb("少", DOWN, "比上年少50亿元"),
    Verb("快", UP, "比全国平均水平快2个百分点"),
    Verb("慢", DOWN, "比上年慢1个百分点"),
)
"""Adjectives that make a change only after a comparison (``比X高4.2个百分点``):
``X`` may then be any noun phrase, and ``比X`` is the basis."""

PER_WORDS: tuple[Word, ...] = (
    Word("每人每年", "财政补助标准由每人每年320元提高到380元"),  # gwr-2015
    Word("每人每月", "标准由每人每月300元提高到350元"),
    Word("每人", "补助标准每人1000元"),
    Word("每年", "补助每年100亿元", not_after="平"),
    Word("每月", "补助每月300元"),
    Word("每户", "补助每户1000元"),
    Word("每亩", "补贴每亩100元"),
)
""""Per" words right before a figure: part of neither the name nor the verb
(``由每人每年320元`` is the base of ``财政补助标准``)."""

NOT_CHANGE: tuple[Word, ...] = (
    Word("新增", "城镇新增就业1244万人"),
    Word("净增", "净增市场主体1.2万户"),
    Word("增加值", "装备制造业增加值8万亿元"),
    Word("增收", "农民增收1200元"),
)
"""Words that hold a change verb but count a level: the figure is the amount
newly added (spec §2: ``城镇新增就业1244万人`` is a ``level``)."""

REACH_PARTICLES: tuple[Word, ...] = (
    Word("到", "森林覆盖率从21.6%提高到23%"),
    Word("至", "负责人出庭率提升至98.39%"),  # seed 002
    Word("为", "退休年龄延长为65岁"),
)
"""After a verb of change, these make the figure the ``level`` reached, with the
verb's direction (``提高到`` ``降至``)."""

FROM_WORDS: tuple[Word, ...] = (
    Word("从", "森林覆盖率从21.6%提高到23%", not_after="服自"),
    Word("由", "积累率由1978年的36.5%降低到1981年的28.5%", not_after="自理缘经"),  # gwr-1985 line 36
    Word("自", "律师万人比自3.8提升至4.1以上", not_after="来各独亲"),  # seed 000
)
"""Before a figure, these make it the ``base`` of ``从A提高到B`` (spec §1)."""

LEVEL_VERBS: tuple[Word, ...] = (
    Word("达到", "原煤产量达到七亿七千多万吨"),
    Word("高达", "积累率在一九七八年高达百分之三十六点五"),  # gwr-1986
    Word("多达", "有些地方票证多达几十种"),  # gwr-1986
    Word("达", "行政机关负责人出庭应诉率达100%", not_after="表传到下送"),
    Word("为", "纠错率为4.9%", not_after="成作认称因以更行"),
    Word("是", "赤字率是3%", not_after="就但只还也于总"),
    Word("有", "全国共有大学300所", not_after="没具拥享占所只还共"),
    Word("共有", "全国共有大学300所"),
    Word("拥有", "拥有律师事务所12家"),
    Word("实现", "实现504个村社法律顾问全覆盖"),  # seed 000
    Word("完成", "完成投资3.2万亿元"),
    Word("保持", "行政机关负责人出庭应诉率保持100%"),  # seed 000
    Word("保持在", "增速保持在6%左右"),
    Word("稳定在", "粮食产量稳定在1.3万亿斤以上"),
    Word("控制在", "城镇调查失业率全年控制在5.5%以内"),  # gwr-2022 line 89
    Word("维持在", "利率维持在3%"),
    Word("保持为", "比例保持为1:1"),
    Word("高于", "调撤率高于45%"),  # seed 000
    Word("低于", "再犯罪率低于千分之二"),  # seed 000
    Word("不高于", "赤字率不高于3%"),
    Word("在", "增速在6%左右"),
    Word("占", "占绍兴全市总评查数71.2%"),  # seed 000
    Word("按", "今年赤字率拟按2.8%左右安排"),  # gwr-2022
    Word("等于", "现代工业的总产值将等于一九四九年的四点二倍"),  # gwr-1954
    Word("相当于", "相当于上年的1.5倍"),
    Word("跃上", "粮食产量首次跃上1.4万亿斤新台阶"),  # gwr-2025 line 14
    Word("突破", "全国财政收入突破20万亿元"),
    Word("超过", "国内生产总值超过126万亿元"),
)
"""Verbs that link a name to the amount it is (aspect ``level``): stripped from the
end of the name (``出庭应诉率达100%`` names ``出庭应诉率``)."""

RATE_NOUNS: tuple[Word, ...] = (
    Word("率", "一审行政诉讼败诉率3.02%"),
    Word("涨幅", "居民消费价格涨幅3%左右"),
    Word("增幅", "出口增幅8%"),
    Word("降幅", "能耗降幅3%"),
    Word("幅度", "减少幅度20%"),
    Word("速度", "增长速度7.5%"),
    Word("增速", "经济增速5%左右"),
    Word("比重", "服务业比重54%"),
    Word("比例", "高级职称比例30%"),
    Word("占比", "民营企业占比90%"),
    Word("水平", "城乡居民人均收入水平3万元"),
    Word("指数", "居民消费价格指数102"),
    Word("强度", "研发投入强度2.5%"),
)
"""A name that ends in a rate noun is a ``level`` even when it holds a verb of
change (spec §1: ``居民消费价格涨幅3%左右``, ``增长速度7.5%``, ``减少幅度``)."""

MEASURE_HEADS: tuple[Word, ...] = (
    Word("总值", "国内生产总值,增长5.2%"),
    Word("产量", "原油产量继续增长,达到1.42亿吨"),
    Word("收入", "农民人均纯收入,增长7%"),
    Word("预算", "今年的行政经费预算,从中央到地方,一律削减10%"),  # gwr-1985 line 93
    Word("总额", "进出口总额,增长6%"),
    Word("总量", "经济总量,年均增长6.6%"),
    Word("规模", "投资规模,增长5%"),
    Word("价格", "居民消费价格,上涨2%"),
    Word("物价", "零售物价,上涨6%"),
)
"""Heads of a noun phrase that names a measure: a clause without a figure that ends
in one (or in a verb of change) names the measure of the figures after it in the
sentence (spec §1, inheritance).  Rate nouns count as heads too."""

# --- comparisons (basis) --------------------------------------------------------

BASIS_WORDS: tuple[Word, ...] = (
    Word("同比", "一审行政诉讼败诉率3.02%,同比下降6.6个百分点"),
    Word("环比", "环比增长1.2%"),
    Word("年均", "年均增长6.6%"),
    Word("平均每年", "国民生产总值平均每年增长百分之七点五"),  # gwr-1986 line 76
    Word("每年平均", "每年平均增长8%"),
    Word("年平均", "年平均增长5%"),
)
"""Comparisons written as one word: the ``basis`` is the word as written (spec §1)."""

COMPARANDS: tuple[Word, ...] = (
    Word("上年同期", "比上年同期增长5%"),
    Word("去年同期", "较去年同期下降3%"),
    Word("上年年初预算", "比上年年初预算增加300亿元"),
    Word("上年", "粮食产量比上年增加178亿斤"),
    Word("去年", "比去年增长5%"),
    Word("上一年", "比上一年增长5%"),
    Word("前一年", "比前一年增长5%"),
    Word("年初", "比年初增加3%"),
    Word("原计划", "比原计划增加20亿元"),
    Word("计划", "比计划增加20亿元"),
    Word("预算", "比预算增加20亿元"),
    Word("同期", "较同期增长5%"),
    Word("上期", "比上期增长5%"),
)
"""What ``比``/``较`` compare with (besides a year, ``比2012年``, ``比一九五八年``):
the basis is ``比`` + comparand as written; a comparand may go on
(``比去年预算赤字``, gwr-2008)."""

COMPARISON_FRAMES: tuple[Word, ...] = (
    Word("比", "粮食产量比上年增加178亿斤", not_before="重例率值"),  # 比重, 比例: nouns (gwr-1954 这一比重在一九五四年)
    Word("较", "较上年下降3%"),
    Word("较之", "较之上年增长5%"),
    Word("按", "集团购买力要按上年实际数额核减20%"),  # gwr-1985 line 93 (a comparand follows, as after 比)
    Word("等于", "等于一九四九年的二点五倍"),  # gwr-1954
    Word("相当于", "相当于上年的1.5倍"),
)
"""Words that open a comparison before a verb of change or a multiple: ``比`` + a
comparand (or a year) is the basis.  ``同1987年相比`` (``同``/``与``/``和``/``跟`` …
``相比``/``比较``/``作比较``) is read as a frame of its own, in its clause or in
an earlier one (spec §1)."""

# --- words between the name and its verb, and before the name ------------------------

ADVERBS: tuple[Word, ...] = (
    Word("继续", "行政诉讼败诉率继续下降至13.82%"),  # seed 002
    Word("持续", "收入持续增长5%"),
    Word("稳步", "收入稳步增长5%"),
    Word("进一步", "比重进一步提高到30%"),
    Word("首次", "粮食产量首次跃上1.4万亿斤新台阶"),  # gwr-2025 line 14
    Word("实际", "城镇居民人均可支配收入年均实际增长6%"),  # gwr-1998 line 42
    Word("名义", "收入名义增长8%"),
    Word("大幅", "成本大幅下降30%"),
    Word("大幅度", "预算外资金也大幅度增加,一九八五年达到一千四百三十亿元"),  # gwr-1986
    Word("明显", "成本明显下降30%"),
    Word("基本", "比重基本保持30%"),
    Word("全年", "城镇调查失业率全年控制在5.5%以内"),  # gwr-2022 line 89
    Word("平均", "城镇调查失业率平均为5.1%"),  # gwr-2022 line 28
    Word("分别", "城镇居民人均可支配收入和农村居民人均纯收入分别增长8.4%和11.4%"),
    Word("均", "参与率、通过率均为100%", not_after="人平年"),
    Word("都", "都比上年增长8%", not_after="首成古"),  # gwr-1985 line 26
    Word("各", "调解工作室各2个"),
    Word("一律", "一律削减10%"),  # gwr-1985 line 93
    Word("一次性", "一次性增加6万亿元地方专项债务限额"),  # gwr-2025
    Word("统一", "城乡居民基础养老金标准统一由55元提高到70元"),  # gwr-2015
    Word("预期", "广义货币M2预期增长12%左右"),  # gwr-2015
    Word("预定", "今年全社会固定资产投资预定增长10%或者更多一些"),  # gwr-1998 line 138
    Word("则", "同一九五二年作比较,则增长二点八倍"),
    Word("也", "进口也增长5%"),
    Word("又", "投资总额又比一九五三年增加百分之二十八", not_after="而"),  # gwr-1954
    Word("却", "生产资料的生产却将等于一九四九年的五点七倍左右", not_after="冷退忘推了"),  # gwr-1954; 冷却, 退却: verbs
    Word("再", "土地承包期再延长30年"),
    Word("还", "还增长5%"),
    Word("仍", "产量仍增长3%"),
    Word("已", "已开展专项督查3次", not_after="而"),  # seed 000
    Word("已经", "参加互助组和合作社的农户已经达到全体农户的百分之六十"),  # gwr-1954
    Word("共", "全年共审结1765件", not_after="公中总", not_before="同享建识产青"),  # seed 002
    Word("共计", "共计审结100件"),
    Word("累计", "全市累计开展法治主题宣传活动3000多场次"),  # seed 002
    Word("合计", "合计100件"),
    Word("总计", "总计100件"),
    Word("约", "约增长5%", not_after="节签合条预公契制邀履违特相守"),  # 节约 is no adverb (gwr-1954)
    Word("可", "可增长5%"),
    Word("可以", "预计今年的粮食产量可以等于一九四九年的一点五倍"),  # gwr-1954
    Word("将", "预计现代工业的总产值将等于一九四九年的四点二倍", not_before="近"),  # gwr-1954
    Word("要", "集团购买力要按上年实际数额核减20%", not_after="主重需必只纲首次想摘扼概提", not_before="求素点害闻件务地塞员"),  # gwr-1985
    Word("力争", "力争2023年底将律师万人比自3.8提升至4.1以上"),  # seed 000
    Word("争取", "明年争取创成3家以上"),  # seed 000
    Word("确保", "确保全年一审行政诉讼案件败诉率控制在3%以下"),  # seed 000
    Word("预计", "预计今年的粮食产量可以等于一九四九年的一点五倍"),  # gwr-1954
    Word("计划", "2023年计划创建省级民主法治村(社区)20家"),  # seed 000
    Word("拟", "赤字率拟按3%左右安排"),
)
"""Adverbs that may stand between a name and its verb (``城镇调查失业率全年控制在``):
never part of the name.  A name whose text holds one of the splitting adverbs
(:data:`NAME_SPLITTERS`) keeps what follows it when that is not empty
(``全市各级调解组织共调解案件`` names ``调解案件``), else what precedes it
(``集团购买力要…核减`` names ``集团购买力``)."""

NOT_LEADING = ("平均", "实际", "名义", "基本", "约", "各", "可")
"""Adverbs of :data:`ADVERBS` that start a noun phrase as adjectives
(``平均浓度``, ``实际使用外资``): never stripped from the start of a name."""

NAME_SPLITTERS = ("共", "共计", "累计", "合计", "总计", "已", "已经", "要", "将", "全年", "均", "都", "分别", "力争", "争取", "确保", "计划", "拟", "预计")
"""The adverbs of :data:`ADVERBS` that cut a name: what follows them is the
measure (``…调解组织共调解案件``), or, when nothing does, what precedes them."""

RESPECTIVELY = ("分别",)
"""``A和B分别增长x和y``: the k-th name goes with the k-th figure (spec §1)."""

COORDINATORS = ("、", "和", "及", "与", "以及", ",")
"""What joins the names of a ``分别`` list (``,`` only inside the figure's own
clause, never a clause end here)."""

LEADING_WORDS: tuple[Word, ...] = (
    Word("其中", "其中直接纠错15件"),  # seed 000
    Word("即", "学生数增长了百分之二百二十六,即达到四十二万五千人", not_before="将使时便可刻日"),  # gwr-1954
    Word("同时", "同时培训1500人次"),
    Word("并且", "并且培训1500人次"),
    Word("并", "并选聘31名退休专职人民调解员", not_before="购入列联网轨"),  # seed 000
    Word("而且", "而且出口增长5%"),
    Word("而", "而出口增长5%"),
    Word("但是", "但是出口增长5%"),
    Word("但", "但出口增长5%"),
    Word("此外", "此外培训1500人次"),
    Word("另外", "另外培训1500人次"),
    Word("以及", "以及培训1500人次"),
    Word("还", "还培训1500人次"),
    Word("目前", "目前持证22人"),  # seed 000
    Word("当前", "当前持证22人"),
    Word("现已", "现已开展活动576余场"),  # seed 000
    Word("现", "现开展活动576余场", not_before="代在场行金状实象"),
    Word("全年", "全年共审结1765件"),  # seed 002
    Word("今年以来", "今年以来受理案件305件"),
    Word("过去", "过去五年城镇新增就业5000万人"),
    Word("今后", "今后五年新增就业5000万人"),
    Word("年内", "年内新增就业100万人"),
    Word("我们", "我们培训1500人次"),
    Word("我国", "我国工农业总产值突破一万亿元"),  # gwr-1985 line 22
    Word("我省", "我省新增就业100万人"),
    Word("我市", "我市新增就业10万人"),
    Word("我县", "我县新增就业1万人"),
    Word("我区", "我区新增就业1万人"),
    Word("我局", "我局办理案件305件"),
    Word("本局", "本局办理案件305件"),
    Word("提出", "提出国内生产总值增长8%左右"),  # gwr-2008 line 154
    Word("以来", "五年以来城镇新增就业3555万人"),
    Word("来", "五年来城镇新增就业3555万人", not_before="华自源说看到往访信电京"),  # gwr-1998
    Word("按可比价格计算", "按可比价格计算国内生产总值增长7.4%"),  # gwr-1998 line 16
    Word("因为", "因为材料使用的浪费损失十八亿余元"),  # gwr-1954
    Word("由于", "由于管理不善损失二十五亿元"),
    Word("实现", "实现国内生产总值比2000年翻两番", not_before="率值度"),  # a goal's verb: 实现营业收入100亿元
    Word("实现了", "实现了国内生产总值比1980年翻两番"),
    Word("提前", "提前实现了本世纪末国民生产总值比1980年翻两番的目标", not_before="量期"),  # gwr-1998
)
"""Words at the start of a clause that are not part of the name (connectives,
time adverbs, the reporting body as subject).  Dates and years at the start of
a name are stripped too (``2022年,``, ``今年``, ``过去五年``): the mentions
:func:`zhgovreport.extract_dates` finds, the one date grammar."""

PREPOSITIONS: tuple[Word, ...] = (
    Word("在", "在全县各中小学设立29名法律援助联络员", not_before="校押岗职编建册读线"),  # seed 004
    Word("对", "对全市6个重点领域开展专项督查"),
    Word("向", "向全市20个乡镇派驻工作组"),
    Word("为", "为全县12所学校配备法治副校长", not_before="期民主此"),
    Word("给", "给全县12所学校配备法治副校长"),
)
"""Prepositions that open the words before a figure: they are no subject, so the noun after the
figure (``在全县各中小学设立29名法律援助联络员`` names ``法律援助联络员``), when one follows, names
it, as after a bare counting verb (spec §1)."""

AFTER_NOUN_STOPS: tuple[Word, ...] = (
    Word("进行", "对20件重大行政决策、行政规范性文件进行合法性审查"),  # seed 000
    Word("进入", "选聘31名退休专职人民调解员进入行业性专业性调解委员会"),  # seed 000
    Word("享受", "35800余家市场主体享受组团式法律服务"),  # seed 000
    Word("全覆盖", "实现504个村社法律顾问全覆盖"),  # seed 000
    Word("参加", "组织全县100余名法治干部参加履职能力提升训"),  # seed 001
    Word("参与", "组织200名律师参与调解"),
    Word("入选", "选树培育3个项目入选我省首批最具培育价值的便民惠民利民项目"),  # seed 002
    Word("入围", "其中2个项目入围省级初评名单"),  # seed 002
    Word("入驻", "招募41名律师入驻“律动浙里”平台"),  # seed 000
    Word("被", "1个项目被省委依法治省办推荐参评全国单项候选项目"),  # seed 002
    Word("获得", "3个案例获得省级表彰"),
    Word("荣获", "4名调解员荣获全国模范称号"),  # seed 002
    Word("开展", "联合3个部门开展执法检查"),
    Word("设立", "在全县15家乡镇(街道)党政办设立乡级合法性审查办公室"),  # seed 001
    Word("提出", "对6件提出纠错整改意见"),  # seed 002
    Word("为", "任命6人为县政府行政复议员"),  # seed 001
    Word("中", "6件败诉案件中,涉及土地房屋征收和违建拆除的5件", not_before="医央国华小学等"),  # seed 000; 县中医院 (gwr-2008)
    Word("纳入", "将2.8万亿元中央财政资金纳入直达范围"),  # gwr-2022
    Word("受益", "使1.5亿学生和780万名家庭经济困难寄宿生受益"),  # gwr-2008
    Word("予以", "对清理出的3项证明事项予以取消"),  # seed 003
    Word("完成", "预计在本年内可以有五十一个重大项目完成建设"),  # gwr-1954
    Word("没有", "它所属的生产企业却有百分之二十五没有完成计划"),  # gwr-1954
    Word("在", "美国侵略集团最近又拼凑了八个国家在马尼拉举行会议", not_before="校押岗职编建册读线"),  # gwr-1954
    Word("列入", "将3个项目列入省级试点"),
    Word("实现", "28个省份实现了农民工随迁子女在流入地参加高考"),  # gwr-2015
    Word("率先", "36个大城市率先实现污水的全部收集和处理"),  # gwr-2008: an adverb before the verb
    Word("应当", "两个超级大国应当率先实现大幅度裁减核军备"),  # gwr-1986
    Word("、", "对20件重大行政决策、行政规范性文件进行合法性审查"),  # seed 000
)
"""Where the noun phrase after a figure ends, when the name is read from after the
figure (``举办2期人民调解员骨干培训班``: nothing but a counting verb comes before
the figure, so the counted noun after it is the name)."""

# --- targets ----------------------------------------------------------------------

TARGET_CUES: tuple[Word, ...] = (
    Word("预期目标", "今年发展的主要预期目标是:国内生产总值增长5%左右"),
    Word("目标", "经济增长目标为5%左右", not_before="责"),
    Word("指标", "约束性指标单位国内生产总值能耗降低3%左右", not_after="测评"),
    Word("力争", "力争粮食产量达到1.3万亿斤"),
    Word("争取", "明年争取创成3家以上"),  # seed 000
    Word("确保", "确保全年一审行政诉讼案件败诉率控制在3%以下"),  # seed 000
    Word("保证", "保证粮食产量1.3万亿斤", not_before="金书人"),
    Word("控制在", "居民消费价格涨幅控制在3%左右"),
    Word("以内", "城镇登记失业率4.5%以内"),  # gwr-2015 line 81
    Word("拟", "赤字率拟按3%左右安排", not_before="定稿"),
    Word("规划", "规划新建高速铁路3000公里", not_before="纲局建设"),
    Word("计划", "2023年计划创建省级民主法治村(社区)20家", not_after="比较原善", not_before="生经单内性补的,。;、"),  # seed 000
    Word("要", "城镇新增就业要达到1100万人", not_after="主重需必只纲首次想摘扼概提不", not_before="求素点害闻件务地塞员"),
    Word("要求", "要求全年培训500人次"),
    Word("将", "预计现代工业的总产值将等于一九四九年的四点二倍", not_after="即", not_before="近军领士"),
    Word("预计", "预计新增就业100万人"),
    Word("预期", "广义货币M2预期增长12%左右", not_before="目"),  # gwr-2015
    Word("预定", "今年全社会固定资产投资预定增长10%或者更多一些"),  # gwr-1998 line 138
)
"""Words that make a figure planned or required (spec §1 ``target``), in the figure's
clause, in an earlier clause of its sentence, or in the lead that introduces its
paragraph's list (``主要预期目标是:``).  The report's part decides first."""

PLAN_CUES: tuple[Word, ...] = (
    Word("稳定在", "粮食总产量稳定在49250万吨,棉花总产量稳定在400万吨"),  # gwr-1998 line 90 (tasks)
    Word("保持在", "居民消费价格涨幅保持在3%左右"),
)
"""Cues that make a target only in the tasks part of a 政府工作报告 (spec §1), in the
figure's own clause: there ``棉花总产量稳定在400万吨`` is the year's plan, while in the
review the same words say what was held.  Elsewhere they are no cue."""

CONDITIONALS: tuple[Word, ...] = (
    Word("只要", "生产成本只要降低百分之一,就可以每年为国家节约八千四百亿元"),  # gwr-1954 line 35
    Word("如果", "如果利率提高1个百分点,就会每年多付利息300亿元"),
    Word("假如", "假如利率提高1个百分点,则每年多付利息300亿元"),
    Word("倘若", "倘若利率提高1个百分点,则每年多付利息300亿元"),
    Word("要是", "要是利率提高1个百分点,就会每年多付利息300亿元"),
    Word("一旦", "一旦利率提高1个百分点,就会每年多付利息300亿元"),
    Word("若", "若利率提高1个百分点,那么每年多付利息300亿元", not_after="倘", not_before="干"),
)
"""Words that make a clause a condition (spec §1, ``target``): a figure in it, or in a
clause of the same sentence that opens with a consequence (:data:`CONSEQUENCES`) after
it, is hypothetical and no target, whatever cue governs the sentence (gwr-1954 line 35:
``按一九五四年的计划指标计算，……生产成本只要降低百分之一，就可以每年为国家节约
八千四百亿元``).  They are no part of a name: at its start or between it and its verb
(``生产成本只要降低``) they are stripped."""

CONSEQUENCES: tuple[Word, ...] = (
    Word("就可以", "只要降低百分之一,就可以每年为国家节约八千四百亿元"),  # gwr-1954 line 35
    Word("就能", "只要降低百分之一,就能每年节约八千四百亿元"),
    Word("就会", "如果利率提高1个百分点,就会每年多付利息300亿元"),
    Word("就", "如果利率提高1个百分点,就每年多付利息300亿元", not_before="业地近是"),
    Word("则", "假如利率提高1个百分点,则每年多付利息300亿元"),
    Word("那么", "若利率提高1个百分点,那么每年多付利息300亿元"),
    Word("便", "若利率提高1个百分点,便每年多付利息300亿元", not_before="民利于捷"),
)
"""What opens the clause of a condition's consequence (``只要…，就…``, ``如果…，那么…``):
after a condition, the clause is hypothetical; at the start of a name the word is no
part of it (``就可以每年为国家节约`` names ``每年为国家节约``)."""

TARGET_NOUNS = ("预期目标", "目标", "指标")
"""Cue nouns that end a name and are not part of it (``经济增长预期目标为5%左右``
names ``经济增长``)."""

ITEM_COUNT_BEFORE: tuple[Word, ...] = (
    Word("”", "要在“巩固、增强、提升、畅通”八个字上下功夫"),
    Word("“", "要落实“8个不准”规定"),
    Word("以下", "要抓好以下五个方面"),
    Word("下列", "要做好下列三项工作"),
    Word("上述", "要落实上述三项任务"),
    Word("如下", "要做好如下3项工作"),
    Word("这", "这就为我国同这两个王国建立正常关系创造了条件"),  # gwr-1954: a reference, no count
)
"""Before a figure, these make it a count of words or items: a cue that governs it
makes no target (spec §1)."""

ITEM_COUNT_AFTER: tuple[Word, ...] = (
    Word("字", "要在“巩固、增强、提升、畅通”八个字上下功夫"),
    Word("方面", "要抓好五个方面"),
)
"""After a figure, these make it a count of words or items (see :data:`ITEM_COUNT_BEFORE`)."""

DOUBLING_UNITS = ("番",)
"""Units of a figure that is itself a change up: ``翻两番`` is two doublings (the verb ``翻`` is
part of the figure), so ``国民生产总值比1980年翻两番`` is a ``change``, ``up``, with the basis
``比1980年`` (gwr-1998)."""

TIME_PHRASE_OPEN = "在"
"""What opens a time phrase at the start of a name (``在恢复期间``): see :data:`TIME_PHRASE_ENDS`."""

TIME_PHRASE_ENDS: tuple[Word, ...] = (
    Word("期间", "在恢复期间工业总产值平均每年递增百分之三十六点九"),  # gwr-1954
    Word("时期", "在“一五”时期钢产量平均每年增长百分之三十一"),
    Word("年间", "在这十年间粮食产量增长百分之五十"),
)
"""What closes a time phrase opened by :data:`TIME_PHRASE_OPEN` within a few characters: the
phrase says when, and is no part of the name (``在恢复期间工业总产值`` names ``工业总产值``).
:data:`TIME_PHRASE_BARE_END` closes one without ``在`` too."""

TIME_PHRASE_BARE_END = "期间"
"""Closes a time phrase at the start of a name without ``在`` (``疫情期间成功预约698件`` names
``成功预约``, seed 003); ``时期`` and ``年间`` need ``在`` (``“一五”时期`` is a date)."""

DURATION_UNITS = ("年", "个月", "月", "天", "日", "周", "星期", "小时", "分钟", "工作日", "个工作日")
"""Units of a duration (``五年``): with a word of :data:`TIME_FRAME_BEFORE` or
:data:`TIME_FRAME_AFTER` the duration frames the time of the sentence."""

TIME_FRAME_BEFORE = ("过去", "这", "近", "前", "今后", "未来", "最近", "头", "后", "连续", "的")
"""Before a duration: ``过去五年``, ``近两年``, ``今后五年`` (gwr-2008, gwr-2022, gwr-1986);
a streak, ``连续五年超过省定目标`` (seed 003 line 21), ``经济连续五年保持平稳快速发展`` (gwr-2008);
the years as a noun, ``是社会生产力和综合国力显著增强的五年`` (gwr-2008)."""

TIME_FRAME_AFTER = ("以前", "之前", "以来", "以后", "之后", "之内", "前", "来", "中", "内", "间", "里", "后", "的时间", "时间")
"""After a duration: ``五年来``, ``比五年前增加``, ``三年内裁减`` (gwr-1998), the time a task
takes, ``要用三年左右的时间，通过改革…`` (gwr-1998 line 113), ``用五年时间``.  A duration
that frames the time is no measure: it has no name, and the figures after it
read their clause as if it were not there.  So is a duration that another figure of
its clause follows (``外商直接投资实际金额五年累计1858亿美元``, gwr-1998 line 24;
``五年中央财政支持重点建设投资2800多亿元``, gwr-2008 line 51): the period of that figure."""

NOT_TIME_FRAMES = ("中央", "中国", "中华", "中小", "中等", "内地", "间接", "后续")
"""Words that start with a word of :data:`TIME_FRAME_AFTER` but are none: ``五年中央财政
支持重点建设投资`` (gwr-2008 line 51) is ``五年`` + ``中央…``, not ``五年中`` + ``央…``."""

PROVISION_UNITS = ("条", "款", "项", "章", "节", "目")
"""The units of legal provisions: after ``第N、`` a number with one of them is the
next provision of the list (``第3、4条``), no indicator (spec §2)."""


ACHIEVED_VERBS = (
    "完成了", "实现了", "超额完成", "提前完成", "提前实现", "如期完成", "如期实现",
    "已完成", "已实现", "已经完成", "已经实现",
)  # fmt: skip
"""A cue noun (``目标`` ``计划`` ``指标``) in a clause with one of these is a goal reached, not a
target: ``提前实现了…翻两番的目标`` (gwr-1998 line 16), ``…的目标提前实现`` (gwr-2015),
``基本建设计划就只完成了百分之九十四点三`` (gwr-1954 line 31).  A plan to reach one
(``计划实现营业收入100亿元``) has no perfective ``了`` and no ``提前``/``已``."""

DEGREE_AFTER = ("较快", "很快", "明显", "显著", "迅速", "较大", "较多", "平稳")
"""Adverbs of degree after a verb of change: ``原油产量增长较快`` names ``原油产量`` (a clause
that names a measure); ``增长较快的“一五”时期`` (gwr-1986) is a verb alone, which names
nothing, and no comparison (``较`` there is no ``比较``)."""

EXISTENTIAL_VERBS = ("有", "共有", "拥有")
"""Linking verbs that count the noun after the figure, when one follows: ``中國在國外約有
一千二百萬僑民`` names ``僑民`` (gwr-1954)."""

LINK_VERB_ENDS = "到达于在"
"""The last character of a linking verb that says what a share or level reaches
(``达到``, ``等于``, ``控制在``): in ``參加互助組和合作社的農戶已經達到全體農戶的百分之六十``
(gwr-1954) the words after the verb are the share's whole, not the name."""

BEFORE_DATE = "在从由自于到"
"""A word that ties a date to a name, cut with the date when it closes the name: ``这一比重在一九五四年
预计将…`` names ``这一比重`` (gwr-1954), ``农业总产值从一九五三年至一九八○年的二十八年间``
names ``农业总产值`` (gwr-1986); or when it opens the name: ``到2020年实现国内生产总值比2000年
翻两番`` names ``国内生产总值``."""

"""The vocabularies of the quantities stage: reviewed tables, no logic.

Everything here is matched against *folded* text (:func:`zhgovreport.text.fold`:
fullwidth → ASCII, Traditional → Simplified, one character for one), so each
entry is written in Simplified script.  The ``trad`` column records the
Traditional form a report may use; ``tests/test_quantities_vocab.py`` checks
that folding the Traditional form gives the Simplified one, so the tables and
the folding stay in step.

To extend the library, add a row here; :mod:`zhgovreport.quantities.scan`
builds its regexes from these tables (longest entry first).

The rules these tables serve are ``docs/spec/quantities.md``; "spec §N" below
means its section N.

Sources: the measure words (量词) of the 《现代汉语词典》 量词 list and of
GB/T 21401 counted nouns as they occur in Chinese government reports; the
units of measurement of GB 3100-1993 / 《中华人民共和国法定计量单位》 and the
market units (市制) still used in reports; the approximation words of
《现代汉语八百词》 (多, 余, 来, 以上, 左右…).
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from zhgovreport.dates.grammar import FORMS as DATE_FORMS
from zhgovreport.dates.grammar import exclusion
from zhgovreport.model import Approx, Kind

__all__ = [
    "HALF",
    "APPROX_INFIX",
    "APPROX_PREFIXES",
    "APPROX_SUFFIXES",
    "CODE_PATTERNS",
    "DATE_PATTERNS",
    "Exclusion",
    "FINANCIAL_UNITS",
    "FRACTION_DENOMINATORS",
    "HOTLINES",
    "IDIOM_NUMERALS",
    "IDIOM_SCALE_CHARS",
    "LEXICAL_WORDS",
    "NAME_PATTERNS",
    "NEGATIVE_SIGN_AFTER",
    "ORDINAL_BEFORE",
    "ORDINAL_PATTERNS",
    "QUOTES",
    "QUOTE_REACH",
    "RANGE_CONNECTORS",
    "RATES",
    "RATE_SUFFIXES",
    "SCALE_PREFIXES",
    "SET_PHRASES",
    "SUFFIX_NOT_BEFORE",
    "TITLE_CLOSE",
    "TITLE_OPEN",
    "TITLE_REACH",
    "Rate",
    "UNITS",
    "Unit",
    "VAGUE_AFTER",
    "VAGUE_BEFORE",
]


# The digit sets and the one scale table (十 百 千 万 亿) live in
# :mod:`zhgovreport.numerals`; a scale character is not a scale where a unit
# of this module that starts with it follows (``5千米``, ``0.5百分点``).


# --- units, measure words, rates ------------------------------------------------


HALF = "半"
"""A unit or rate written with ``半`` adds a half to its number: ``两个半月`` is 2.5 个月,
``六倍半`` 6.5 倍 (gwr-1954: ``等於一九五〇年的六倍半``), ``两年半`` 2.5 年, ``一个半小时`` 1.5 小时."""

_HALF_WORDS = "数价导岛径球自成山夜边壁决封身"
"""After ``半``, characters that make a word of it (``半数``, ``半岛``, ``半决赛``): ``三年半数以上``
is 3 年, then ``半数``."""


class Unit(NamedTuple):
    """A unit or measure word that may follow a number."""

    surface: str
    """As matched in folded (Simplified) text."""
    kind: Kind
    trad: str = ""
    """The Traditional form when it differs (documentation, checked by a test)."""
    not_before: str = ""
    """Characters that, right after ``surface``, make it a different word
    (``3人民币`` is not ``3人``; ``98升至102`` is not litres)."""
    unit: str = ""
    """The unit reported, when it is not ``surface``."""


C, M, Y = Kind.COUNT, Kind.MEASURE, Kind.MONEY

UNITS: tuple[Unit, ...] = (
    # -- measure words for things and events (量词) --
    Unit("个", C, "個"),
    Unit("件", C),
    Unit("人", C, not_before="民员大"),
    Unit("人次", C),
    Unit("名", C, not_before="单称义额列次"),
    Unit("位", C, not_before="于置列次"),
    Unit("家", C, not_before="庭长属"),
    Unit("所", C, not_before="有在属得"),
    Unit("座", C, not_before="谈位右"),
    Unit("处", C, "處", not_before="理置罚室长级于"),
    Unit("项", C, "項"),
    Unit("条", C, "條", not_before="例件款"),
    Unit("份", C, not_before="额子"),
    Unit("篇", C, not_before="章幅"),
    Unit("部", C, not_before="门分署队"),
    Unit("册", C, "冊", not_before="子"),
    Unit("本", C, not_before="地市级身次届土人"),
    Unit("卷", C, not_before="宗"),
    Unit("批", C, not_before="准复评示转"),
    Unit("批次", C),
    Unit("场", C, "場", not_before="所景地馆"),
    Unit("场次", C, "場次"),
    Unit("次", C, not_before="要序"),
    Unit("起", C, not_before="来步草诉点源始到航"),
    Unit("宗", C, not_before="旨教族"),
    Unit("户", C, "戶", not_before="籍口外"),
    Unit("套", C, not_before="餐路"),
    Unit("台", C, "臺", not_before="湾胞账资风商企"),
    Unit("辆", C, "輛"),
    Unit("架", C, not_before="构"),
    Unit("艘", C),
    Unit("头", C, "頭", not_before="部脑号"),
    Unit("只", C, "隻", not_before="有是要能"),
    Unit("匹", C, not_before="配"),
    Unit("株", C),
    Unit("棵", C),
    Unit("种", C, "種", not_before="植类子"),
    Unit("门", C, "門", not_before="户类槛诊"),
    Unit("张", C, "張", not_before="贴"),
    Unit("间", C, "間", not_before="隔"),
    Unit("栋", C, "棟"),
    Unit("幢", C),
    Unit("例", C, not_before="如"),
    Unit("期", C, not_before="间限待满"),
    Unit("届", C, "屆", not_before="满时"),
    Unit("类", C, "類", not_before="型似别"),
    Unit("款", C, not_before="项"),
    Unit("笔", C, "筆", not_before="录试者"),
    Unit("首", C, not_before="都府先次批位个届"),
    Unit("幅", C, not_before="度"),
    Unit("层", C, "層", not_before="面级次"),
    Unit("轮", C, "輪", not_before="流换"),
    Unit("支", C, not_before="持付出部"),
    Unit("枚", C),
    Unit("块", C, "塊"),
    Unit("片", C, not_before="区面"),
    Unit("员", C, "員", not_before="工"),
    Unit("双", C, "雙", not_before="方边向重赢胞语轨拥创减碳循一百十万千"),  # 3双鞋 (双方, 双向 are words)
    Unit("对", C, "對", not_before="于此外象策接口比话照称应待付标抗冲立手方面账内等岸上路焦"),  # 5对夫妇
    Unit("页", C, "頁"),
    Unit("大类", C, "大類"),
    Unit("课时", C, "課時"),
    Unit("学时", C, "學時"),
    Unit("分", M, not_before="之别为类析配成批期级局会所钟解布散工担享流管组"),
    # -- age: a measure of a person, not a count of things (60岁以上, 年满18周岁) --
    Unit("岁", M, "歲"),
    Unit("周岁", M, "周歲"),
    # -- durations (年 and 日 only as durations: dates are excluded first) --
    Unit("年", C, not_before="级轻龄报鉴会薪"),
    Unit("年半", C, not_before=_HALF_WORDS, unit="年"),  # 两年半: 2.5 年 (HALF)
    Unit("个月", C, "個月"),
    Unit("个多月", C, "個多月", unit="个月"),
    Unit("个半月", C, "個半月", unit="个月"),  # 两个半月: 2.5 个月 (HALF)
    Unit("个多小时", C, "個多小時", unit="小时"),
    Unit("个半小时", C, "個半小時", unit="小时"),  # 一个半小时: 1.5 小时 (HALF)
    Unit("天", C, not_before="然津气下空"),
    Unit("天半", C, not_before=_HALF_WORDS, unit="天"),
    Unit("日", C, not_before="报常益期前后"),
    Unit("个工作日", C, "個工作日"),
    Unit("工作日", C),
    Unit("周", C, "週", not_before="边围末转年"),  # N周年 is an anniversary: ORDINAL_PATTERNS
    Unit("星期", C),
    Unit("小时", C, "小時"),
    Unit("分钟", C, "分鐘"),
    Unit("秒", C),
    # -- money --
    Unit("元", Y, not_before="素旦年首"),
    Unit("圆", Y, "圓", not_before="满桌形心梦周规润弧顶", unit="元"),  # 壹佰圆: the banknote form of 元
    Unit("元人民币", Y, "元人民幣", unit="元"),  # 8亿元人民币
    Unit("美元", Y),
    Unit("港元", Y),
    Unit("港币", Y, "港幣"),
    Unit("欧元", Y, "歐元"),
    Unit("日元", Y),
    Unit("英镑", Y, "英鎊"),
    Unit("人民币", Y, "人民幣"),
    # -- mass --
    Unit("吨", M, "噸"),
    Unit("公斤", M),
    Unit("千克", M),
    Unit("克", M, not_before="服隆"),
    Unit("毫克", M),
    Unit("微克", M),  # PM2.5 35微克/立方米
    Unit("斤", M),
    Unit("市斤", M),
    Unit("担", M, "擔", not_before="任当保心负"),
    Unit("两", M, "兩", not_before="岸会委级个项"),
    # -- length --
    Unit("公里", M, "公裡"),
    Unit("千米", M),
    Unit("米", M, not_before="粮面"),
    Unit("公尺", M),
    Unit("厘米", M, "釐米"),
    Unit("公分", M),  # 20公分: a centimetre
    Unit("毫米", M),
    Unit("里", M, "裡", not_before="程面边"),
    Unit("海里", M, "海裡"),
    Unit("浬", M, unit="海里"),  # one character for 海里
    # -- area --
    Unit("亩", M, "畝"),
    Unit("公顷", M, "公頃"),
    Unit("平方米", M),
    Unit("平米", M),
    Unit("平方公里", M, "平方公裡"),
    Unit("平方千米", M),
    Unit("平方公尺", M),
    # -- volume --
    Unit("立方米", M),
    Unit("立方", M),
    Unit("公方", M),
    Unit("立方公尺", M),
    Unit("升", M, not_before="至为级到高格入学"),
    Unit("毫升", M),
    # -- energy, power --
    Unit("千瓦", M),
    Unit("千瓦时", M, "千瓦時"),
    Unit("瓩", M, unit="千瓦"),  # one character for 千瓦 (gwr-1954 era texts)
    Unit("瓦", M),
    Unit("兆瓦", M),
    Unit("吉瓦", M),
    Unit("千伏", M),
    Unit("度", M, not_before="过假"),
    Unit("标准煤", M, "標準煤"),
    Unit("吨标准煤", M, "噸標準煤"),
    Unit("马力", M, "馬力"),
    Unit("摄氏度", M, "攝氏度"),
    Unit("℃", M),
    Unit("°C", M),
    Unit("赫兹", M, "赫茲"),
    # -- transport (compound units) --
    Unit("吨公里", M, "噸公裡"),
    Unit("人公里", M, "人公裡"),
    Unit("标准箱", M, "標準箱"),
    Unit("车次", C, "車次"),
    Unit("架次", C),
    Unit("班次", C),
    Unit("航次", C),
    # -- SI symbols written in Latin letters (must not run into more letters) --
    Unit("km", M),
    Unit("cm", M),
    Unit("kg", M),
    Unit("kW", M),
    Unit("kWh", M),
    Unit("MW", M),
    Unit("GW", M),
    Unit("TEU", M),
)
"""Units and measure words, with their kind.  A noun that is not listed here
(``6600多万纳税人``) leaves the number unit-less (kind ``number``)."""


class Rate(NamedTuple):
    """A word that makes a number a rate (``%``, ``倍``, ``成``…)."""

    surface: str
    kind: Kind
    unit: str
    factor: Decimal = Decimal(1)
    """``六成`` is 60 %: the value is multiplied by ``factor``."""
    trad: str = ""
    not_before: str = ""
    after: str = ""
    """A word that must come right before the number, and belongs to the span
    (``翻两番``: ``两番`` alone is no figure)."""


RATES: tuple[Rate, ...] = (
    Rate("%", Kind.PERCENT, "%"),
    Rate("‰", Kind.PERMILLE, "‰"),
    Rate("个百分点", Kind.PERCENTAGE_POINT, "pp", trad="個百分點"),
    Rate("百分点", Kind.PERCENTAGE_POINT, "pp", trad="百分點"),
    Rate("个千分点", Kind.PERCENTAGE_POINT, "pp", Decimal("0.1"), trad="個千分點"),
    Rate("千分点", Kind.PERCENTAGE_POINT, "pp", Decimal("0.1"), trad="千分點"),
    Rate("倍", Kind.MULTIPLE, "倍"),
    Rate("倍半", Kind.MULTIPLE, "倍", not_before=_HALF_WORDS),  # 六倍半: 6.5 倍 (HALF; gwr-1954)
    Rate("成", Kind.PERCENT, "%", Decimal(10), not_before="为员本果立功绩效交熟都型品就长了批套年"),
    Rate("番", Kind.MULTIPLE, "番", after="翻"),
)
"""Rate words after a number.  (Prefix rates — ``百分之``, ``千分之``, ``X分之Y``
— are fractions; see :data:`FRACTION_DENOMINATORS`.)

A per-mille point (``千分点``: ``下降0.3个千分点``, the change of a rate stated in
‰) is a tenth of a percentage point: ``0.3个千分点`` is 0.03 pp, as ``六成`` is
60 %.  ``翻N番`` is N doublings, kept as the literal figure N with unit ``番``
(``翻两番`` → 2 番, four times the base), as ``增长两倍`` keeps 2 倍."""

RATE_SUFFIXES: dict[str, Approx] = {"强": Approx.OVER, "弱": Approx.UNDER}
"""After a rate or a fraction only: ``24%强`` is a little over 24 %, ``三分之一弱``
a little under a third.  After a count they are words (``5个强镇``)."""

FRACTION_DENOMINATORS: dict[int, tuple[Kind, str | None]] = {
    100: (Kind.PERCENT, "%"),
    1000: (Kind.PERMILLE, "‰"),
}
"""``百分之三十`` is 30 %, ``千分之二`` is 2 ‰; any other ``X分之Y`` is a fraction Y/X."""


# --- approximation --------------------------------------------------------------

APPROX_PREFIXES: dict[str, tuple[Approx, str]] = {
    # word: (approx, characters that may not come right before it)
    "超过": (Approx.OVER, ""),
    "超出": (Approx.OVER, ""),
    "超": (Approx.OVER, "赶高"),
    "逾": (Approx.OVER, ""),
    "突破": (Approx.OVER, ""),
    "至少": (Approx.OVER, ""),
    "不少于": (Approx.OVER, ""),
    "不低于": (Approx.OVER, ""),
    "近": (Approx.UNDER, "最附就靠亲远贴临"),
    "将近": (Approx.UNDER, ""),
    "接近": (Approx.UNDER, ""),
    "不足": (Approx.UNDER, ""),
    "不到": (Approx.UNDER, ""),
    "不超过": (Approx.UNDER, ""),
    "不高于": (Approx.UNDER, ""),
    "约": (Approx.ABOUT, "签合条预公契节制邀履违特相守"),
    "大约": (Approx.ABOUT, ""),
    "大概": (Approx.ABOUT, ""),
}
"""Words before a number (``约30%``, ``近2萬件``, ``超过3.2万亿美元``).  ``超`` and the
``不…`` forms go beyond the spec's list (``超1450万元`` in seed 003)."""

APPROX_INFIX: dict[str, Approx] = {"多": Approx.OVER, "余": Approx.OVER, "来": Approx.ABOUT}
"""Between the number and its scale or unit: ``5.4万多件``, ``100余名``, ``7300多萬元``,
``二十来年`` (``餘`` folds to ``余``).  Inside a run of Arabic digits and scale
words too: ``3万多亿元``, ``1亿3千多万``."""

SCALE_PREFIXES: dict[str, tuple[Approx, str]] = {"上": (Approx.OVER, "以向马早晚路线赶")}
"""Prefixes that make a figure only of a numeral made of ``百千万亿`` alone:
``上千家``, ``上万人`` (《现代汉语词典》 上: 达到一定数量).  ``上3个月`` is "the last
three months", so ``上`` is no prefix before other numerals."""

APPROX_SUFFIXES: dict[str, Approx] = {
    "以上": Approx.OVER,
    "有余": Approx.OVER,
    "多": Approx.OVER,
    "余": Approx.OVER,
    "以下": Approx.UNDER,
    "以内": Approx.UNDER,
    "之内": Approx.UNDER,
    "左右": Approx.ABOUT,
    "上下": Approx.ABOUT,
}
"""Words after the unit: ``30%左右``, ``六成以上``, ``5年多``."""

SUFFIX_NOT_BEFORE: dict[str, str] = {"多": "元样种方层渠少数重维彩跨", "余": "额下量粮"}
"""Characters that, right after a suffix, make it a different word (``3个多元化``…
``余额``; ``“八个多跨”`` in seed 000 is 八个 + the name 多跨)."""

VAGUE_BEFORE: dict[str, str] = {"几": "", "数": "人件户次指总个少多半倍系分岁票位基参函变常尾算无天"}
"""Words that make the numeral after them vague: word → characters that, right
before it, make it part of another word (``人数十万`` is "the number of people:
100,000").  Before a numeral made of ``十百千万亿`` alone, ``数``/``几`` means 2 to 9
of it (《现代汉语词典》 几: 大于一而小于十的不定的数目): ``数十亿元`` is 2 to 9
billion yuan, one figure with both bounds, approx ``about``.  Before any other
numeral the numeral is not a figure (``数一数``)."""

VAGUE_AFTER = "几"
"""A Chinese numeral right before this is vague (``十几个``): not a figure."""

RANGE_CONNECTORS = "—–-~至到"
"""Between two numbers, a range (``5—6%``, ``3-5年``, ``三至五年``): two figures that
share the second one's unit, kind and scale (``5—6万元`` is 5万元 and 6万元).
``、`` joins two Chinese digits in a row the same way (``二、三百亿度``)."""

FINANCIAL_UNITS = frozenset({"元", "圆", "元人民币"})
"""A lone financial numeral (``拾``, ``伍``, ``陆``) is a figure only before one of
these (``伍元``); elsewhere it is part of a word (``拾起``, ``队伍``, ``大陆架``)."""


# --- what is not a quantity -----------------------------------------------------
# Each entry is a regex fragment over folded text (the ``regex`` module's syntax);
# ``{cn}`` stands for a run of Chinese numeral characters, ``{cnc}`` for one such
# character, ``{plain}`` for the digits of ``numerals.CN_PLAIN_DIGITS``, ``{d1}`` for one of
# its digits 一 to 九, ``{latin_unit}`` for a unit of UNITS written in Latin letters (plain text
# replacement, not str.format).  A literal space is written " ".


class Exclusion(NamedTuple):
    """A stretch that is not a quantity although it holds digits (spec §3)."""

    name: str
    pattern: str
    """A regex fragment (see above for the placeholders)."""
    example: str
    """A text in which the row fires: every numeral the row matches there is
    excluded by the compiled scanner (``tests/test_quantities_vocab.py``)."""


DATE_PATTERNS: tuple[tuple[str, str], ...] = tuple(
    (form.name, exclusion(form.pattern)) for form in DATE_FORMS if form.exclude
)
"""Years and dates (spec §3): matched before any figure, and skipped.  They are
the forms of the date grammar that hold no quantity
(:data:`zhgovreport.dates.grammar.FORMS`: ``2022年``, ``二00八年``, ``1-10月份``,
``十四五规划``…), so what :func:`zhgovreport.extract_dates` reads as a calendar
date is never a figure."""

CODE_PATTERNS: tuple[Exclusion, ...] = (
    # web addresses and file names first: the letter code below would stop at "@" or "_"
    Exclusion("url", r"(?<![0-9A-Za-z])(?:https?|ftp)://[!-~]++", "http://www.gov.cn/zhengce/content/2020-12/31/content_5592681.htm"),
    Exclusion("www", r"(?<![0-9A-Za-z.])www\.[!-~]++", "www.gov.cn/xxgk/2021/07"),
    Exclusion("e-mail", r"(?<![0-9A-Za-z._\-])[0-9A-Za-z][0-9A-Za-z._\-]*+@[0-9A-Za-z\-]++(?:\.[0-9A-Za-z\-]++)+", "abc123@163.com"),
    Exclusion("file name", r"(?<![0-9A-Za-z_\-])[0-9A-Za-z_\-]++\.(?:s?html?|pdf|docx?|xlsx?|wps|jpe?g|png|gif|txt|zip|rar)(?![0-9A-Za-z])", "…/content_5592681.htm"),
    Exclusion("percent escapes", r"(?<=%)[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2})+", "search?q=%25%20"),
    Exclusion("index number", r"\d+/\d{4}-\d+", "011158671/2021-05900"),
    Exclusion("document number", r"(?<=[〔\[【(])\d{4} ?[〕\]】)] ?第? ?\d+ ?号", "襄政办函〔2020〕67号"),
    Exclusion("phone", r"0\d{2,3}-\d{7,8}", "0710-3456789"),
    Exclusion("model name", r"[0-9A-Za-z]+(?: ?\+ ?[0-9A-Za-z]+)+", "“1+N+X”模式"),
    Exclusion("letter code", r"[A-Za-z]+(?:[ \n]|\r\n)?-?\d[0-9A-Za-z.\-]*", "PM2.5, COVID-19, G20"),
    Exclusion("number code", r"\d+(?:\.\d+)?(?!{latin_unit})[A-Za-z]+", "5G, 4A级 (but 30km is a length)"),
    Exclusion("identifier", r"\d+ ?号", "3号楼"),
    Exclusion("page", r"\d+ ?/ ?\d+ ?页", "(第6/7页)"),
    Exclusion("version", r"\d+(?:\.\d+)+ ?版", "3.0版"),
)
"""Codes and identifiers with digits in them (spec §3)."""

ORDINAL_PATTERNS: tuple[Exclusion, ...] = (
    Exclusion("anniversary", r"\d(?: ?\d)* ?周年", "成立75周年"),
    Exclusion("cn anniversary", r"{cn}周年", "建军九十周年"),
    Exclusion("ordinal period", r"(?<=第)[{cnc}]+个[{cnc}]+年", "第一个五年期间, 第二个一百年"),  # gwr-1957
)
"""Ordinals without ``第``.  ``N周年`` is the Nth anniversary, not N years: like
``第N次`` it is not a quantity (the lead's decision; the spec lists ordinals in
§3 and does not name anniversaries).  ``连续五年`` and ``5周`` stay durations."""

ORDINAL_BEFORE = "第"
"""A number right after this (white space allowed) is an ordinal: ``第二批``,
``第三次会议``, ``第一责任人``, ``第 3 条`` (spec §3)."""

HOTLINES: tuple[str, ...] = (
    "12345", "12348", "12315", "12320", "12333", "12366", "12369", "12309", "12388",
    "12380", "12319", "12328", "12338", "12351", "12358", "12365", "12377", "12393",
    "12395", "12306", "12313", "110", "119", "120", "122", "148",
)  # fmt: skip
"""Service numbers: not figures unless a scale word or a unit follows.

A hotline is never followed by ``万``/``亿`` or a unit, so ``12348件`` is a count
and ``122万``, ``超过122万``, ``148万亿`` are figures (a fuzz finding, pinned in
``tests/test_quantities_findings.py``); nor by a range connector and a digit
(``120-372%`` is a range: a fuzz finding of issue 10)."""

NAME_PATTERNS: tuple[Exclusion, ...] = (
    Exclusion("congress session", r"{cn}届(?:全国)?人大(?:常委会)?(?:第?{cn}次(?:会议|全会))?", "五届人大五次会议"),  # gwr-1986
    Exclusion("session", r"{cn}届(?:{cn}中|历次|全国|人大|政协|中央|人民代表大会|代表大会|委员会|党代会|省委|市委|县委|区委|纪委)", "十九届五中全会"),
    Exclusion("congress", r"{cn}大(?:精神|报告|以来|代表|召开|胜利)", "二十大精神"),
)
"""Named things whose names hold numerals."""

SET_PHRASES: tuple[Exclusion, ...] = (
    Exclusion("industry sectors", r"[一二三]次产业", "三次产业结构"),  # gwr-1994: the primary/secondary/tertiary sectors
    Exclusion("project phase", r"(?:{cn}|\d+)期(?:工程|项目)", "三峡三期工程"),  # the third phase, an ordinal without 第
    Exclusion("named plan", r"(?:{cn}|\d+ ?)年(?:行动)?(?:规划|计划|方案|纲要|行动)", "三大攻坚战三年行动方案, 十年规划"),
    Exclusion(
        "month list",
        r"(?:十[一二]?|{d1})(?:、(?:十[一二]?|{d1}))+[两三四]个?月份?",
        "一、二两月份",  # months one and two, not 二两 (a weight)
    ),
)
"""Numerals inside set phrases (issue 10): the numeral names a thing, it counts
nothing the sentence states."""

LEXICAL_WORDS: tuple[str, ...] = (
    # slogans and named policies (spec §3)
    "一带一路", "一体化", "一站式", "一号工程", "一网通办", "一件事", "一揽子", "一把手",
    "四个意识", "四个自信", "两个维护", "两个确立", "三个代表", "四个全面", "五位一体",
    "两个一百年", "三个务必", "两个务必", "八项规定", "三项制度", "三农", "双下降",
    "五年规划", "五年计划", "两学一做", "三会一课", "一岗双责", "三严三实", "三重一大",
    "两法衔接", "一国两制", "一审", "二审", "再审", "一是", "二是", "三是", "四是", "五是",
    # fixed political names (spec §3 "part of a word or name", like 四个意识): the
    # numeral counts nothing the sentence states; most are in the corpus (file given)
    "和平共处五项原则", "和平共处的五项原则",  # gwr-1954 (的), gwr-1985, gwr-1986, gwr-1998, cpc-20, gwr-2025
    "四项基本原则",  # gwr-1985, gwr-1986, gwr-1998, cpc-20
    "八项主张",  # gwr-1998 (推进祖国和平统一进程的八项主张)
    "三个联合公报",  # gwr-1998 (中美三个联合公报)
    "三个有利于", "两个文明",  # gwr-1998, gwr-1986 (also quoted there)
    "九年义务教育", "九年制义务教育",  # gwr-1986, gwr-1998, gwr-2008: the name of the school system
    "三大攻坚战", "四个现代化", "五讲四美", "两个凡是", "两个毫不动摇", "两个结合",
    "两个市场", "两种资源", "两个积极性",  # 统筹国内国际两个市场两种资源; 发挥中央和地方两个积极性
    "三五成群", "三三两两",  # idioms a vague pair would otherwise read (三五 + 成)
    # ordinary words that contain a numeral character
    "一般", "一切", "一律", "一直", "一度", "进一步", "统一", "唯一", "万一", "十分", "万分",
    "千万不", "万岁", "零售", "零件", "零星", "一批", "一个", "一些", "一样", "一起", "一定",
    "一致", "一同", "一道", "一并", "一旦", "一方面", "一线", "一流", "一系列", "一次性",
    "一成不变", "两头", "千方百计", "千家万户", "十万火急", "十万八千里", "千千万万", "万万", "百姓", "十里八乡", "一点一滴",
    "一五一十", "三番五次", "四面八方", "五花八门", "七上八下", "九牛一毛", "一举两得",
    "独一无二", "之一", "万众一心", "一心一意", "百分百", "百花齐放", "百家争鸣",
)  # fmt: skip
"""Words and names that contain a numeral but state no figure (spec §3).

Most Chinese numerals without a unit are dropped anyway; the entries that
matter most are those a unit would otherwise complete (``一度``, ``十分``,
``四个意识``, ``八项规定``) — the rest keep the list reviewable."""

IDIOM_NUMERALS: frozenset[str] = frozenset({"一", "零", "〇", "○"})
"""A Chinese numeral that is only one of these, with a measure word after it, is an
article or a word (``一批``, ``一个``, ``零件``), not a count.  So is one made only of
``百千万亿`` (``千家万户``, ``百年大计``, ``千万吨级``).  Rates keep them: ``一倍``, ``一成``."""

IDIOM_SCALE_CHARS = "百千万亿佰仟"
"""See :data:`IDIOM_NUMERALS`."""

NEGATIVE_SIGN_AFTER = " \t\r\n(:,=为是达至到约率值幅长降比减了"
"""``-`` is a minus sign only after one of these (``增长-3.2%``, ``为-5``); elsewhere
it is a dash (``工作总结-8篇``, ``1-10月份``).  ``负`` is one unless it follows
``不辜胜抱担自欺`` (``不负十四亿``)."""

QUOTES: dict[str, str] = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", '"': '"'}
"""Opening → closing quotation marks.  A Chinese numeral, or an Arabic number without
a unit, inside a short quotation is part of a name (``“政法系统八个多跨”``,
``“中国制造2025”``, ``“六个城、五品牌、九行动”``)."""

QUOTE_REACH = 16
"""How far (characters, each way) to look for the quotation marks around a number."""

TITLE_OPEN, TITLE_CLOSE = "《", "》"
"""书名号: a number inside a document title is part of its name, however long the
title (seed 002: ``《提升行政執法質量三年行動計劃實施方案(2023-2025年)》`` states no
figure ``三年``)."""

TITLE_REACH = 80
"""How far (characters, same line) to look back for an unclosed ``《`` and ahead
for its ``》``.  A title is shorter than this; the bound keeps the look-around
O(1) per mention.  A ``《`` that is never closed on its line opens no title."""

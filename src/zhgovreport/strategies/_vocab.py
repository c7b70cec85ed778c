"""The words generated reports are made of, and the words around figures.

Titles, bodies and item leads are drawn from :data:`WORDS`; reports are
signed by one of :data:`AGENCIES`.  Every word is (Simplified, Traditional);
neither form holds a numeral (一…十百千万亿两零〇, 萬億兩), 第, 是, a digit,
a bracket, or a unit that could attach to a number, so the outline and the
figures a case expects are the only ones in its text.
tests/test_strategies.py checks that fold(Traditional) == Simplified and that
no character of :data:`FORBIDDEN_IN_WORDS` slipped in.

The quantity words (units, scale words, approximation words) are the
quantities spec's (§1-§2), written out again here on purpose: a case's
expected answer must not come from the library's own tables.
"""

from __future__ import annotations

from zhgovreport.numerals import CN_NUMERAL_CHARS

from zhgovreport.model import Approx, Kind

WORDS: tuple[tuple[str, str], ...] = (
    ("法治政府", "法治政府"),
    ("建设", "建設"),
    ("推进", "推進"),
    ("依法行政", "依法行政"),
    ("加强", "加強"),
    ("组织领导", "組織領導"),
    ("完善", "完善"),
    ("制度体系", "制度體系"),
    ("行政执法", "行政執法"),
    ("监督", "監督"),
    ("规范", "規範"),
    ("公共法律服务", "公共法律服務"),
    ("矛盾纠纷", "矛盾糾紛"),
    ("化解", "化解"),
    ("营商环境", "營商環境"),
    ("优化", "優化"),
    ("基层治理", "基層治理"),
    ("宣传教育", "宣傳教育"),
    ("深化改革", "深化改革"),
    ("重大决策", "重大決策"),
    ("合法性审查", "合法性審查"),
    ("复议应诉", "復議應訴"),
    ("干部培养", "幹部培養"),
    ("调解工作", "調解工作"),
    ("工作机制", "工作機制"),
    ("责任落实", "責任落實"),
    ("全面提升", "全面提升"),
    ("持续", "持續"),
    ("强化", "強化"),
    ("统筹协调", "統籌協調"),
    ("数字政府", "數字政府"),
    ("执法能力", "執法能力"),
    ("考核评价", "考核評價"),
    ("群众满意", "群眾滿意"),
    ("社会治理", "社會治理"),
    ("法律顾问", "法律顧問"),
    ("信用体系", "信用體系"),
    ("司法行政", "司法行政"),
    ("普法宣传", "普法宣傳"),
    ("权力运行", "權力運行"),
    ("政务公开", "政務公開"),
    ("行政许可", "行政許可"),
    ("风险防控", "風險防控"),
    ("安全生产", "安全生產"),
)
"""Words for titles, bodies and item leads."""

CLAUSE_OPENERS: tuple[tuple[str, str], ...] = (
    ("按照", "按照"),
    ("通过", "通過"),
    ("针对", "針對"),
    ("依托", "依託"),
    ("围绕", "圍繞"),
)
"""Prepositions that open an adverbial clause (the outline spec, §3).  Inside a title that is
what the author wrote (a whole line, or a heading ending in its ``。``) they must change
nothing; only a run-in first sentence that runs on into one is cut before it."""

AGENCIES: tuple[tuple[str, str], ...] = (
    ("某某市司法局", "某某市司法局"),
    ("诸暨市司法局", "諸暨市司法局"),
    ("福州市司法局", "福州市司法局"),
    ("襄阳市人民政府", "襄陽市人民政府"),
    ("某某县人民政府", "某某縣人民政府"),
)
"""Report authors for the generated header and preamble."""

FORBIDDEN_IN_WORDS = CN_NUMERAL_CHARS + "萬億兩第是点點之成倍分多余餘约約近逾超半"
"""Characters the vocabulary must never contain (numerals and quantity words)."""

SURROUNDINGS: tuple[str, ...] = tuple(w for w, _ in WORDS)
"""Words that surround a quantity; they hold no numeral, unit or approximation word."""

UNITS: dict[Kind, tuple[tuple[str, str], ...]] = {
    Kind.COUNT: (
        ("件", "件"), ("人", "人"), ("名", "名"), ("位", "位"), ("家", "家"), ("所", "所"),
        ("项", "項"), ("条", "條"), ("份", "份"), ("篇", "篇"), ("部", "部"), ("批", "批"),
        ("场", "場"), ("次", "次"), ("起", "起"), ("户", "戶"), ("套", "套"), ("台", "臺"),
        ("辆", "輛"), ("艘", "艘"), ("株", "株"), ("种", "種"), ("张", "張"), ("例", "例"),
        ("类", "類"), ("人次", "人次"), ("个", "個"), ("座", "座"), ("处", "處"), ("宗", "宗"),
        ("小时", "小時"), ("天", "天"),
    ),
    Kind.MEASURE: (
        ("吨", "噸"), ("公斤", "公斤"), ("千克", "千克"), ("公里", "公里"), ("千米", "千米"),
        ("平方米", "平方米"), ("平方公里", "平方公里"), ("亩", "畝"), ("公顷", "公頃"),
        ("立方米", "立方米"), ("千瓦", "千瓦"), ("千瓦时", "千瓦時"), ("度", "度"),
    ),
    Kind.MONEY: (("元", "元"), ("美元", "美元"), ("港元", "港元"), ("欧元", "歐元"), ("日元", "日元")),
}
"""Units by kind as (Simplified, Traditional); ``unit`` in a result is the Simplified form."""

PREFIX_APPROX: dict[str, Approx] = {
    "约": Approx.ABOUT, "大约": Approx.ABOUT,
    "近": Approx.UNDER, "将近": Approx.UNDER, "接近": Approx.UNDER, "不足": Approx.UNDER, "不到": Approx.UNDER,
    "超过": Approx.OVER, "逾": Approx.OVER,
}  # fmt: skip
"""Approximation words before the number (``docs/spec/quantities.md`` §2)."""

SUFFIX_APPROX: dict[str, Approx] = {
    "以上": Approx.OVER, "有余": Approx.OVER,
    "以下": Approx.UNDER, "以内": Approx.UNDER,
    "左右": Approx.ABOUT, "上下": Approx.ABOUT,
}  # fmt: skip
"""Approximation words after the unit."""

INNER_APPROX: dict[str, Approx] = {"多": Approx.OVER, "余": Approx.OVER, "来": Approx.ABOUT}
"""``多``/``余``/``来``: after the digits, before the scale word or the unit (``7300多万元``,
``5.4万多件``, ``二十来年``)."""

RATE_SUFFIX_APPROX: dict[str, Approx] = {"强": Approx.OVER, "弱": Approx.UNDER}
"""After a rate or a fraction only: ``24%强``, ``三分之一弱``."""

PLACE_PREFIX_APPROX: dict[str, Approx] = {**PREFIX_APPROX, "上": Approx.OVER}
"""Before ``百``/``千``/``万`` alone, ``上`` is an approximation too (``上千家``)."""

SCALES: tuple[tuple[str, int], ...] = (("万", 10**4), ("亿", 10**8), ("万亿", 10**12))
"""Scale words and their factors (Simplified; ``traditional()`` writes ``萬``, ``億``)."""

PART_WORDS = ("部分", "章", "节")
"""The words after ``第一`` in a ``part`` marker (``第一部分``, ``第一章``, ``第一节``)."""

PLACE_SCALES: tuple[tuple[str, int], ...] = (("十", 10), ("百", 100), ("千", 1000))
"""Place words that may follow Arabic digits as scales (``3千人``, ``3百余家``)."""

SIGNS: tuple[tuple[str, int], ...] = (("负", -1), ("零下", -1))
"""Sign words before a Chinese or Arabic number (``负五``, ``零下四``)."""

RANGE_CONNECTORS = ("—", "-", "–", "~", "～", "至", "到")
"""What joins the two ends of a range (``5—6%``, ``三至五年``)."""

VAGUE_PAIRS: tuple[tuple[str, int, int], ...] = (
    ("一二", 1, 2), ("一两", 1, 2), ("两三", 2, 3), ("二三", 2, 3), ("三四", 3, 4), ("四五", 4, 5),
    ("五六", 5, 6), ("六七", 6, 7), ("七八", 7, 8), ("八九", 8, 9), ("三五", 3, 5),
)  # fmt: skip
"""Two digits that state a vague range (《现代汉语八百词》 概数): ``两三年`` is 2 to 3 years."""

VAGUE_WORDS = ("数", "几")
"""Before 十 百 千 万 亿 alone they mean 2 to 9 of it (``数十亿元``, ``几百万人``)."""

SET_PHRASES: tuple[str, ...] = (
    "三次产业", "二次产业", "三峡三期工程", "二期工程", "第一个五年期间", "第二个一百年",
    "三年行动方案", "五年行动计划", "十年规划", "三年行动", "两个市场两种资源", "两个积极性",
    "一、二两月份", "十、十一两月份", "三、四两个月",
)  # fmt: skip
"""Phrases whose numerals name a thing and state no figure (issue 10, gwr-2022 and others):
generated reports and the context around generated figures may hold them."""

ONE_UNITS: dict[Kind, tuple[tuple[str, str], ...]] = {
    Kind.COUNT: (("件", "件"), ("名", "名"), ("家", "家"), ("所", "所"), ("项", "項"), ("份", "份"), ("户", "戶"), ("场", "場"), ("例", "例")),
    Kind.MEASURE: (("吨", "噸"), ("公斤", "公斤"), ("公里", "公里"), ("亩", "畝"), ("公顷", "公頃")),
    Kind.MONEY: (("元", "元"), ("美元", "美元")),
}
"""Units after ``一`` that make no word with it (``一度``, ``一起``, ``一批`` are words:
"once", "together", "a batch"), for ``近一吨``, ``将近一年``."""

LEADING_WORDS: tuple[str, ...] = (*PLACE_PREFIX_APPROX, *VAGUE_WORDS, "负", "零下", "翻")
"""Words a generated figure may start with that could make a word with the character before
them (``机制约``, ``体系数``): such a figure follows ``，``, never a word."""

"""Issue 10, "Figures": every case the issue quotes, and a generated family for each class.

The quoted cases come from 政府工作报告 and Party congress reports read by a new
user (gwr 2016, 2018, 2020 and others the issue names; the text is quoted
there).  Expected values are worked out by hand from the text and the rules
of ``docs/spec/quantities.md`` (§2 scales and ranges, §3 set phrases); none is
copied from the library's output.  Each family spells out the rule it
generates cases for, so that a failure names the class, not one string.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from zhgovreport import Approx, Kind, ParseError, extract_quantities, parse_number, parse_quantity
from zhgovreport.numerals import SCALES

C, Y, M = Kind.COUNT, Kind.MONEY, Kind.MEASURE
P, PM, PP, X, F, N = Kind.PERCENT, Kind.PERMILLE, Kind.PERCENTAGE_POINT, Kind.MULTIPLE, Kind.FRACTION, Kind.NUMBER
E, O, U, A = Approx.EXACT, Approx.OVER, Approx.UNDER, Approx.ABOUT

Row = tuple[str, str, str | None, Kind, Approx]  # mention text, value, unit, kind, approx


def figures(text: str) -> list[Row]:
    found = extract_quantities(text)
    assert all(text[q.start : q.end] == q.text for q in found)
    return [(q.text, str(q.value), q.unit, q.kind, q.approx) for q in found]


def check(text: str, want: list[Row]) -> None:
    """The figures of ``text``, alone and inside a sentence."""
    assert figures(text) == want
    assert figures(f"据统计，{text}，比上年有所变化。") == want


# --- one scale table; Arabic digits with scale words inside ---------------------------

SCALE_CASES = [
    # gwr-2016 / gwr-2018, as the issue quotes them: 千 and 百 after Arabic digits are scales
    ("近3千家", [("近3千家", "3000", "家", C, U)]),
    ("共3千人", [("3千人", "3000", "人", C, E)]),
    ("3百人", [("3百人", "300", "人", C, E)]),
    ("由5千多户增加到1万6千多户", [("5千多户", "5000", "户", C, O), ("1万6千多户", "16000", "户", C, O)]),
    ("2万5千公里", [("2万5千公里", "25000", "公里", M, E)]),
    ("1亿3千多万", [("1亿3千多万", "130000000", None, N, O)]),  # 1亿 + 3千多万
    ("负担3万多亿元", [("3万多亿元", "3000000000000", "元", Y, O)]),  # 3万亿 and more
    ("新增4万多亿元", [("4万多亿元", "4000000000000", "元", Y, O)]),
    ("三万多亿元", [("三万多亿元", "3000000000000", "元", Y, O)]),
    ("三万余亿元", [("三万余亿元", "3000000000000", "元", Y, O)]),
    ("增加了4千人", [("4千人", "4000", "人", C, E)]),
    ("3百余家企业", [("3百余家", "300", "家", C, O)]),
    ("5万4千6百", [("5万4千6百", "54600", None, N, E)]),
    ("3万4000", [("3万4000", "34000", None, N, E)]),
    # a unit that starts with 千 or 百 keeps it: 5千米 is five kilometres
    ("全长5千米", [("5千米", "5", "千米", M, E)]),
    ("装机3千瓦", [("3千瓦", "3", "千瓦", M, E)]),
    ("提高0.5百分点", [("0.5百分点", "0.5", "pp", PP, E)]),
    # digits after the last scale word fill its places; a year is not such digits
    ("新增5万2022年", [("5万", "50000", None, N, E)]),
]


@pytest.mark.parametrize(("text", "want"), SCALE_CASES, ids=[c[0] for c in SCALE_CASES])
def test_scale_words_inside_arabic_numbers(text: str, want: list[Row]) -> None:
    check(text, want)


@pytest.mark.parametrize("scale", list(SCALES), ids=list(SCALES))
@pytest.mark.parametrize("digit", range(1, 10), ids=[str(d) for d in range(1, 10)])
def test_family_digit_scale_unit(digit: int, scale: str) -> None:
    # every scale of the one table after every digit, before a unit that does
    # not start with it: the value is digit × scale, as parse_number says
    value = digit * SCALES[scale]
    assert parse_number(f"{digit}{scale}") == value
    check(f"{digit}{scale}家", [(f"{digit}{scale}家", str(value), "家", C, E)])


@pytest.mark.parametrize("big", ["万", "亿"])
@pytest.mark.parametrize(("a", "b"), [(1, 6), (2, 5), (5, 4), (9, 9), (3, 1)])
def test_family_two_parts(a: int, b: int, big: str) -> None:
    # a × big + b × 千 (千 < 万 < 亿), with and without 多 before the unit
    value = a * SCALES[big] + b * 1000
    check(f"{a}{big}{b}千人", [(f"{a}{big}{b}千人", str(value), "人", C, E)])
    check(f"{a}{big}{b}千多人", [(f"{a}{big}{b}千多人", str(value), "人", C, O)])
    # the same in full digits: four (or eight) digits fill the places after the scale
    width = len(str(SCALES[big])) - 1
    filled = f"{a}{big}{b * 1000:0{width}d}"
    assert parse_number(filled) == value


@pytest.mark.parametrize(("text", "pos"), [("3万40000", 0), ("1万1万", 0), ("3千5千", 0)])
def test_scales_out_of_order_are_not_one_number(text: str, pos: int) -> None:
    with pytest.raises(ParseError) as info:
        parse_number(text)
    assert info.value.pos == pos


# --- signs ----------------------------------------------------------------------------

SIGN_CASES = [
    ("一季度GDP增长了-6.8%", [("-6.8%", "-6.8", "%", P, E)]),  # gwr-2021: the sign after 了
    ("增长-6.8%", [("-6.8%", "-6.8", "%", P, E)]),
    ("负千分之15", [("负千分之15", "-15", "‰", PM, E)]),
    ("负五分之6", [("负五分之6", "-1.2", None, F, E)]),  # -(6/5)
    ("百分之负三点八", [("百分之负三点八", "-3.8", "%", P, E)]),
    ("比值为-1/2", [("-1/2", "-0.5", None, F, E)]),
    ("零下四摄氏度", [("零下四摄氏度", "-4", "摄氏度", M, E)]),
]


@pytest.mark.parametrize(("text", "want"), SIGN_CASES, ids=[c[0] for c in SIGN_CASES])
def test_signs(text: str, want: list[Row]) -> None:
    check(text, want)


@pytest.mark.parametrize("verb", ["增长了", "增长", "下降为", "降至", "为", "增速是"])
@pytest.mark.parametrize(("number", "value"), [("-0.5%", "-0.5"), ("-12%", "-12"), ("负百分之二", "-2"), ("百分之负二", "-2")])
def test_family_signs_after_verbs(verb: str, number: str, value: str) -> None:
    check(f"{verb}{number}", [(number, value, "%", P, E)])


# --- not figures ----------------------------------------------------------------------

NOT_FIGURES = [
    ("他拾起一块石头", "拾起"),  # 拾 is the financial 十 only in a sum of money
    ("加强干部队伍建设，一支队伍", "伍"),
    ("大陆架面积", "陆架"),
    ("详见http://www.gov.cn/zhengce/content/2020-12/31/content_5592681.htm", "5592681"),
    ("原文见…/content_5592681.htm。", "5592681"),
    ("联系邮箱abc123@163.com。", "163"),
    ("地址为search?q=%25%20", "25%"),
    ("三次产业结构", "三次"),
    ("三峡三期工程", "三期"),
    ("第一个五年期间", "五年"),
    ("三大攻坚战三年行动方案", "三年"),
    ("统筹国内国际两个市场两种资源", "两个"),
    ("统筹国内国际两个市场两种资源", "两种"),
    ("发挥中央和地方两个积极性", "两个"),
    ("实施基础研究十年规划", "十年"),
    ("一、二两月份，全国", "二两"),  # months one and two, not 二两 (a weight)
    ("第二个一百年奋斗目标", "一百年"),
]


@pytest.mark.parametrize(("text", "word"), NOT_FIGURES, ids=[f"{t}|{w}" for t, w in NOT_FIGURES])
def test_not_figures(text: str, word: str) -> None:
    start = text.index(word)
    end = start + len(word)
    assert [q.text for q in extract_quantities(text) if q.start < end and start < q.end] == []


@pytest.mark.parametrize("char", "壹贰叁肆伍陆柒捌玖拾佰仟")
def test_family_lone_financial_numerals(char: str) -> None:
    # a lone financial numeral before a measure word is a character of a word;
    # before 元 a digit (or 拾, ten) is the sum of money it writes; 佰 and 仟 alone
    # are scale words, idioms like 百 and 千 (rule 3)
    assert figures(f"甲{char}件乙") == []
    if char in "佰仟":
        assert figures(f"计{char}元整") == []
    else:
        assert figures(f"计{char}元整") == [(f"{char}元", str(parse_number(char)), "元", Y, E)]


@pytest.mark.parametrize("n", [7, 2021, 5592681, 163, 12345678])
def test_family_web_addresses(n: int) -> None:
    # digits in a URL, a file name, an e-mail address or a %-escape state no figure
    for text in (
        f"见https://www.example.gov.cn/art/{n}/{n}.html。",
        f"见www.example.cn/{n}。",
        f"见content_{n}.shtml。",
        f"邮箱user{n}@mail{n}.com.cn。",
        f"链接a?b=%{n % 100:02d}%2F",
    ):
        assert figures(text) == [], text
    assert figures(f"见content_{n}.htm，共{n}件") == [(f"{n}件", str(n), "件", C, E)]


# --- odd forms ------------------------------------------------------------------------

ODD_CASES = [
    ("黄金三十两", [("三十两", "30", "两", M, E)]),  # 两 after a numeral is the unit
    ("百分之1,111", [("百分之1,111", "1111", "%", P, E)]),
    ("近一吨", [("近一吨", "1", "吨", M, U)]),  # an approximation before 一 + measure word
    ("将近一年", [("将近一年", "1", "年", C, U)]),
    ("8亿元人民币", [("8亿元人民币", "800000000", "元", Y, E)]),
    ("100圆", [("100圆", "100", "元", Y, E)]),
    ("3双", [("3双", "3", "双", C, E)]),
    ("5对夫妇", [("5对", "5", "对", C, E)]),
    ("50赫兹", [("50赫兹", "50", "赫兹", M, E)]),
    ("35微克", [("35微克", "35", "微克", M, E)]),
    ("20公分", [("20公分", "20", "公分", M, E)]),
    ("20cm", [("20cm", "20", "cm", M, E)]),
    ("25°C", [("25°C", "25", "°C", M, E)]),
    ("60岁以上", [("60岁以上", "60", "岁", M, O)]),  # an age: a measure, not a count
    ("3000瓩", [("3000瓩", "3000", "千瓦", M, E)]),  # 瓩 is 千瓦
]


@pytest.mark.parametrize(("text", "want"), ODD_CASES, ids=[c[0] for c in ODD_CASES])
def test_odd_forms(text: str, want: list[Row]) -> None:
    check(text, want)
    if len(want) == 1 and want[0][0] == text:
        q = parse_quantity(text)
        assert (q.text, str(q.value), q.unit, q.kind, q.approx) == want[0]


@pytest.mark.parametrize("text", ["三十两", "亿九十一"])
def test_odd_numbers_raise(text: str) -> None:
    # cn2an reads 三十两 as 32 and 亿九十一 as 100000091
    with pytest.raises(ParseError):
        parse_number(text)


@pytest.mark.parametrize(("numeral", "value"), [("十", 10), ("三十", 30), ("一百二十", 120), ("两千", 2000), ("一万两千", 12000)])
def test_family_liang_as_unit(numeral: str, value: int) -> None:
    # 两 after a complete numeral is the unit 两 (a weight); before 千/万 it is a digit
    check(f"黄金{numeral}两", [(f"{numeral}两", str(value), "两", M, E)])


# --- ranges ---------------------------------------------------------------------------

RANGE_CASES = [
    ("5—6%", [("5", "5", "%", P, E), ("6%", "6", "%", P, E)]),
    ("5-6%", [("5", "5", "%", P, E), ("6%", "6", "%", P, E)]),
    ("5至6%", [("5", "5", "%", P, E), ("6%", "6", "%", P, E)]),
    ("3-5年", [("3", "3", "年", C, E), ("5年", "5", "年", C, E)]),
    ("下降5—6个百分点", [("5", "5", "pp", PP, E), ("6个百分点", "6", "pp", PP, E)]),
    ("百分之八到九", [("百分之八", "8", "%", P, E), ("九", "9", "%", P, E)]),
    ("百分之五到百分之六", [("百分之五", "5", "%", P, E), ("百分之六", "6", "%", P, E)]),
    ("三分之一至三分之二", [("三分之一", str(Decimal(1) / 3), None, F, E), ("三分之二", str(Decimal(2) / 3), None, F, E)]),
    ("二、三百亿度", [("二", "20000000000", "度", M, E), ("三百亿度", "30000000000", "度", M, E)]),
    ("5—6万元", [("5", "50000", "元", Y, E), ("6万元", "60000", "元", Y, E)]),  # the scale is shared
    ("三至五年", [("三", "3", "年", C, E), ("五年", "5", "年", C, E)]),
    ("十至十五万人", [("十", "100000", "人", C, E), ("十五万人", "150000", "人", C, E)]),
    ("约5—6%", [("约5", "5", "%", P, A), ("6%", "6", "%", P, E)]),
    ("增长3—4成", [("3", "30", "%", P, E), ("4成", "40", "%", P, E)]),
    ("第3-5条", []),  # an ordinal range
    ("5-6日", []),  # a date range
    ("五、六个", [("六个", "6", "个", C, E)]),  # 、 between digits without a place word: a list
]


@pytest.mark.parametrize(("text", "want"), RANGE_CASES, ids=[c[0] for c in RANGE_CASES])
def test_ranges(text: str, want: list[Row]) -> None:
    check(text, want)


@pytest.mark.parametrize("conn", ["—", "-", "–", "~", "～", "至", "到"])
@pytest.mark.parametrize(("unit", "kind", "factor"), [("%", P, 1), ("个百分点", PP, 1), ("倍", X, 1), ("万人", C, 10000), ("亿元", Y, 10**8)])
def test_family_ranges(conn: str, unit: str, kind: Kind, factor: int) -> None:
    # two figures; the first takes the second's unit, kind and scale
    reported = {"%": "%", "个百分点": "pp", "倍": "倍", "万人": "人", "亿元": "元"}[unit]
    want = [("2", str(2 * factor), reported, kind, E), (f"7{unit}", str(7 * factor), reported, kind, E)]
    assert figures(f"预计增长2{conn}7{unit}。") == want


VAGUE_CASES = [
    # one figure with both bounds (value, upper), approx about
    ("七八十万人", "七八十万人", "700000", "800000", "人", C),
    ("两三年", "两三年", "2", "3", "年", C),
    ("一两个月", "一两个月", "1", "2", "个月", C),
    ("三五天", "三五天", "3", "5", "天", C),
    ("十七八岁", "十七八岁", "17", "18", "岁", M),
    ("二三十家", "二三十家", "20", "30", "家", C),
    ("数十亿元", "数十亿元", "2000000000", "9000000000", "元", Y),  # 数: 2 to 9 of it
    ("几百万人", "几百万人", "2000000", "9000000", "人", C),
    ("数千家", "数千家", "2000", "9000", "家", C),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "unit", "kind"), VAGUE_CASES, ids=[c[0] for c in VAGUE_CASES])
def test_vague_ranges(text: str, span: str, low: str, high: str, unit: str, kind: Kind) -> None:
    for sentence in (text, f"全市共有{text}参加，"):
        found = extract_quantities(sentence)
        assert [(q.text, str(q.value), str(q.upper), q.unit, q.kind, q.approx) for q in found] == [
            (span, low, high, unit, kind, A)
        ]
    q = parse_quantity(text)
    assert (q.value, q.upper) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize(("pair", "low", "high"), [("一二", 1, 2), ("两三", 2, 3), ("三四", 3, 4), ("四五", 4, 5), ("五六", 5, 6), ("六七", 6, 7), ("七八", 7, 8), ("八九", 8, 9)])
@pytest.mark.parametrize(("place", "factor"), [("", 1), ("十", 10), ("百", 100), ("千", 1000), ("十万", 100000)])
def test_family_vague_pairs(pair: str, low: int, high: int, place: str, factor: int) -> None:
    text = f"{pair}{place}个"
    found = extract_quantities(f"约有{text}单位")
    assert [(q.value, q.upper, q.approx) for q in found] == [(low * factor, high * factor, A)]


def test_not_a_vague_word() -> None:
    # 人数 is a word: the figure after it is exact (人数十万 is "the number of people: 100,000")
    assert figures("参加人数十万人") == [("十万人", "100000", "人", C, E)]


# --- approximate forms ----------------------------------------------------------------

APPROX_CASES = [
    ("千余人", [("千余人", "1000", "人", C, O)]),
    ("百余家", [("百余家", "100", "家", C, O)]),
    ("万余件", [("万余件", "10000", "件", C, O)]),
    ("近千人", [("近千人", "1000", "人", C, U)]),
    ("近千公里", [("近千公里", "1000", "公里", M, U)]),
    ("上千家", [("上千家", "1000", "家", C, O)]),
    ("翻一番", [("翻一番", "1", "番", X, E)]),  # the literal figure: one doubling
    ("翻两番", [("翻两番", "2", "番", X, E)]),
    ("24%强", [("24%强", "24", "%", P, O)]),
    ("三分之一弱", [("三分之一弱", str(Decimal(1) / Decimal(3)), None, F, U)]),
    ("下降0.3个千分点", [("0.3个千分点", "0.03", "pp", PP, E)]),  # a per-mille point is 0.1 pp
    ("二十来年", [("二十来年", "20", "年", C, A)]),
    ("一个多月", [("一个多月", "1", "个月", C, O)]),
    # still words: no approximation, or 多 after 一 + unit (一X多Y idioms)
    ("千家万户", []),
    ("一户多宅", []),
    ("培育5个强镇", [("5个", "5", "个", C, E)]),  # 强 after a count is a word
]


@pytest.mark.parametrize(("text", "want"), APPROX_CASES, ids=[c[0] for c in APPROX_CASES])
def test_approximate_forms(text: str, want: list[Row]) -> None:
    check(text, want)


@pytest.mark.parametrize(("prefix", "approx"), [("近", U), ("上", O), ("逾", O), ("约", A), ("超过", O)])
@pytest.mark.parametrize(("place", "value"), [("百", 100), ("千", 1000), ("万", 10000), ("千万", 10**7)])
def test_family_place_words_with_a_prefix(prefix: str, place: str, value: int, approx: Approx) -> None:
    check(f"{prefix}{place}名", [(f"{prefix}{place}名", str(value), "名", C, approx)])
    check(f"{place}余名", [(f"{place}余名", str(value), "名", C, O)])


@pytest.mark.parametrize("unit", ["吨", "年", "次", "天", "家"])
def test_family_one_with_a_prefix(unit: str) -> None:
    # 一 + measure word is the article (一批, 一个), unless an approximation says it counts
    assert figures(f"建成一{unit}。") == []
    kind = M if unit == "吨" else C
    check(f"将近一{unit}", [(f"将近一{unit}", "1", unit, kind, U)])


# --- the exclusion rows fire in the production scanner --------------------------------


@pytest.mark.parametrize("n", ["三", "五", "十", "3", "10"])
def test_family_named_plans(n: str) -> None:
    for phrase in (f"{n}年行动计划", f"{n}年规划", f"{n}年行动方案", f"实施{n}年行动"):
        assert figures(f"印发{phrase}，") == [], phrase
    check(f"用{n}年时间", [(f"{n}年", str(parse_number(n)), "年", C, E)])  # a duration stays one


@pytest.mark.parametrize("months", ["一、二两月份", "三、四两个月", "十、十一两月", "一、二、三三个月"])
def test_family_month_lists(months: str) -> None:
    assert figures(f"{months}，全国") == []


def test_hotline_digits_start_a_range() -> None:
    # a fuzz finding (strategies.ranges): 120 is a hotline, but not before a range connector
    check("120-372%", [("120", "120", "%", P, E), ("372%", "372", "%", P, E)])
    # and a hotline before a comma is still a hotline (it was read as a number: ，folds to ,)
    assert figures("急救请拨打120，消防拨打119。") == []
    assert figures("共120,000人") == [("120,000人", "120000", "人", C, E)]


def test_a_larger_first_digit_shares_no_place() -> None:
    # a fuzz finding (strategies.ranges): 二至一百 is 2 to 100, not 200 to 100
    check("二至一百个百分点", [("二", "2", "pp", PP, E), ("一百个百分点", "100", "pp", PP, E)])

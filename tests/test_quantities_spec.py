"""The quantities spec, table by table (``docs/spec/quantities.md``, issue 3).

* ROWS: every row of §2 "Normative examples" — value, unit, kind, approx AND the
  span text — checked through ``extract_quantities`` inside a sentence and,
  where the mention is the whole example, through ``parse_quantity``.
* NOT_QUANTITIES: every example of §3 "Not quantities", embedded in a realistic
  sentence (most taken from the seeds), asserting that no mention overlaps it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from zhgovreport import Approx, Kind, extract_quantities, parse_quantity

C, Y, M = Kind.COUNT, Kind.MONEY, Kind.MEASURE
P, PM, PP, X, F, N = Kind.PERCENT, Kind.PERMILLE, Kind.PERCENTAGE_POINT, Kind.MULTIPLE, Kind.FRACTION, Kind.NUMBER
E, O, U, A = Approx.EXACT, Approx.OVER, Approx.UNDER, Approx.ABOUT

THIRD = Decimal(1) / Decimal(3)  # Decimal division at the default 28 digits

# (example as written in §2, the mention's text, value, unit, kind, approx)
ROWS = [
    ("21421件", "21421件", Decimal(21421), "件", C, E),
    ("6.96亿元", "6.96亿元", Decimal(696000000), "元", Y, E),
    ("5.4万多件", "5.4万多件", Decimal(54000), "件", C, O),
    ("7300多萬元", "7300多萬元", Decimal(73000000), "元", Y, O),
    ("1.6万余条", "1.6万余条", Decimal(16000), "条", C, O),
    ("近2萬件", "近2萬件", Decimal(20000), "件", C, U),
    ("100余名", "100余名", Decimal(100), "名", C, O),
    ("约30%", "约30%", Decimal(30), "%", P, A),
    ("30%左右", "30%左右", Decimal(30), "%", P, A),
    ("3.02%", "3.02%", Decimal("3.02"), "%", P, E),
    ("44.7 %", "44.7 %", Decimal("44.7"), "%", P, E),
    ("３.０２％", "３.０２％", Decimal("3.02"), "%", P, E),
    ("百分之三十六点九", "百分之三十六点九", Decimal("36.9"), "%", P, E),
    ("百分之三十六點九", "百分之三十六點九", Decimal("36.9"), "%", P, E),
    ("六成以上", "六成以上", Decimal(60), "%", P, O),
    ("千分之二", "千分之二", Decimal(2), "‰", PM, E),
    ("6.6个百分点", "6.6个百分点", Decimal("6.6"), "pp", PP, E),
    ("四点二倍", "四点二倍", Decimal("4.2"), "倍", X, E),
    ("2.5倍", "2.5倍", Decimal("2.5"), "倍", X, E),
    ("三分之一", "三分之一", THIRD, None, F, E),
    ("一百零八亿度", "一百零八亿度", Decimal(10800000000), "度", M, E),
    ("八千一百九十九萬噸", "八千一百九十九萬噸", Decimal(81990000), "吨", M, E),
    ("3.7亿千瓦", "3.7亿千瓦", Decimal(370000000), "千瓦", M, E),
    ("一万三千五百十三台", "一万三千五百十三台", Decimal(13513), "台", C, E),
    ("超过3.2万亿美元", "超过3.2万亿美元", Decimal(3200000000000), "美元", Y, O),
    ("连续五年", "五年", Decimal(5), "年", C, E),
    ("1,234件", "1,234件", Decimal(1234), "件", C, E),
    ("1 234件", "1 234件", Decimal(1234), "件", C, E),
    ("９６６，４８５，０００元", "９６６，４８５，０００元", Decimal(966485000), "元", Y, E),
    ("规模超过3300万", "超过3300万", Decimal(33000000), None, N, O),
    ("增长两倍", "两倍", Decimal(2), "倍", X, E),
    # §2 prose: "A noun that is not a measure word (6600多万纳税人) leaves the mention unit-less"
    ("6600多万纳税人", "6600多万", Decimal(66000000), None, N, O),
    # §2 unit list: 届 as a count
    ("举办3届", "3届", Decimal(3), "届", C, E),
]
ROW_IDS = [r[0] for r in ROWS]


@pytest.mark.parametrize(("example", "span", "value", "unit", "kind", "approx"), ROWS, ids=ROW_IDS)
def test_row_in_running_text(
    example: str, span: str, value: Decimal, unit: str | None, kind: Kind, approx: Approx
) -> None:
    text = f"据统计，全年{example}，比上年有所变化。"
    found = extract_quantities(text)
    assert [q.text for q in found] == [span]
    q = found[0]
    assert text[q.start : q.end] == q.text
    assert (q.value, q.unit, q.kind, q.approx) == (value, unit, kind, approx)
    assert isinstance(q.value, Decimal)


@pytest.mark.parametrize(
    ("example", "span", "value", "unit", "kind", "approx"),
    [r for r in ROWS if r[0] == r[1]],
    ids=[r[0] for r in ROWS if r[0] == r[1]],
)
def test_row_with_parse_quantity(
    example: str, span: str, value: Decimal, unit: str | None, kind: Kind, approx: Approx
) -> None:
    q = parse_quantity(example)
    assert (q.text, q.start, q.end) == (example, 0, len(example))
    assert (q.value, q.unit, q.kind, q.approx) == (value, unit, kind, approx)


def test_two_numbers_from_to() -> None:
    # §2: 从0.81提高到1.87 is two numbers (seed 000 line 15)
    text = "复议、诉讼收案从0.81提高到1.87，审结"
    found = extract_quantities(text)
    assert [(q.text, q.value, q.unit, q.kind, q.approx) for q in found] == [
        ("0.81", Decimal("0.81"), None, N, E),
        ("1.87", Decimal("1.87"), None, N, E),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,234件", [("1,234件", 1234)]),  # every group after the first has 3 digits
        ("1,23件", [("1", 1), ("23件", 23)]),  # not: two numbers
        ("12345,678件", [("12345", 12345), ("678件", 678)]),  # first group too long
        ("1,2345件", [("1", 1), ("2345件", 2345)]),
        ("1，234，567元", [("1，234，567元", 1234567)]),
    ],
    ids=["1,234", "1,23", "12345,678", "1,2345", "fullwidth"],
)
def test_thousands_separator_rule(text: str, expected: list[tuple[str, int]]) -> None:
    # §2: a comma is a thousands separator only when every group after the first has 3 digits
    found = extract_quantities(text)
    assert [(q.text, q.value) for q in found] == [(t, Decimal(v)) for t, v in expected]


# §2 approximation words, each in the position the spec gives it.
APPROX_WORDS = [
    ("5.4万多件", O), ("100余名", O), ("30%以上", O), ("3年有余", O), ("超过30%", O), ("逾30%", O),
    ("近30%", U), ("将近30%", U), ("接近30%", U), ("不足30%", U), ("不到30%", U), ("30%以下", U),
    ("30%以内", U), ("约30%", A), ("大约30%", A), ("30%左右", A), ("30%上下", A),
]  # fmt: skip


@pytest.mark.parametrize(("text", "approx"), APPROX_WORDS, ids=[a[0] for a in APPROX_WORDS])
def test_approximation_words_are_inside_the_span(text: str, approx: Approx) -> None:
    found = extract_quantities(f"占比{text}。")
    assert [q.text for q in found] == [text]
    assert found[0].approx is approx


# §3, each example embedded in a sentence (most are from the seeds; file and line given).
NOT_QUANTITIES = [
    # years and dates
    ("2022年", "2022年，一审行政诉讼败诉率3.02%"),  # seed 000 line 15
    ("一九四九年", "等於一九四九年的二點五倍"),  # gwr-1954 line 17
    ("１９９６年", "１９９６年全国粮食产量创历史最高水平"),
    ("1 9 9 8 年", "1 9 9 8 年经济工作的主要任务"),  # gwr-1998 style
    ("2023-02-23 14:54", "发布时间：2023-02-23 14:54 来源：本站"),
    ("3月31日", "截至3月31日，共受理案件"),
    ("1-10月份", "1-10月份，全市共办理案件"),
    ("1至12月", "1至12月累计完成投资"),
    ("(2021-2025年)", "《福州市法治政府建设实施方案(2021-2025年)》"),  # seed 002 line 2
    # ordinals
    ("第二批", "诸暨获评第二批全国法治政府建设示范市"),  # seed 000 line 15
    ("第三次会议", "召开市委全面依法治市委员会第三次会议"),  # seed 003 line 9
    ("全省首个", "设立全省首个“驻司法局检察官办公室”"),  # seed 000 line 15
    ("第一责任人", "履行推进法治建设第一责任人职责"),  # seed 003 line 14
    # numerals that are part of a word or name
    ("一审", "一审行政诉讼败诉率3.02%"),  # seed 000 line 15
    ("二审", "二审改判案件"),
    ("二十大", "学习宣传贯彻党的二十大精神"),  # seed 002 line 5
    ("十九届五中全会", "学习贯彻党的十九届五中全会精神"),  # seed 003 line 50
    ("“八五”普法", "稳步推进“八五”普法"),  # seed 002 line 10
    ("“十四五”", "高位推动“十四五”期间全面依法治市工作"),  # seed 003 line 47
    ("“三农”", "全力服务“三农”工作"),
    ("一带一路", "积极参与一带一路建设"),
    ("一是", "一是创成全国法治政府示范县(市)。"),  # seed 000 line 15
    ("二是", "。二是做实行政争议化解工作。"),  # seed 000 line 15
    ("双下降", "聚焦行政诉讼“双下降、双提升”"),  # seed 000 line 15
    ("一体化", "推进省一体化大融合行政执法平台建设"),  # seed 002 line 9
    ("统一", "按照市委督查统一安排"),  # seed 003 line 14
    ("一站式", "打造一站式矛盾纠纷调解中心"),
    ("四个意识", "增强四个意识"),
    ("两个维护", "做到两个维护"),
    ("一号工程", "入选浙江省第三批三个“一号工程”典型案例"),  # seed 001
    # codes and names
    ("12348", "全市12348公共法律服务热线平台共接听群众来电6.6万多人次"),  # seed 002 line 18
    ("12345", "畅通12345政务服务便民热线"),
    ("襄政办函〔2020〕67号", "印发《通知》(襄政办函〔2020〕67号)"),
    ("011158671/2021-05900", "索引号: | 011158671/2021-05900 | 分类:"),  # seed 003 line 1
    ("3+X", "创新开展“3+X”班会模式"),  # seed 003 line 26
    ("1+N+X", "探索建立“1+N+X”乡镇法律顾问团模式"),  # seed 003 line 51
    ("4+1+1+1", "强化落实“4+1+1+1”教育模式"),  # seed 003 line 26
    ("PM2.5", "细颗粒物PM2.5平均浓度下降"),
    # ordinary words that contain a numeral character
    ("一般", "一般性转移支付"),
    ("一切", "一切从实际出发"),
    ("一律", "一律依法处理"),
    ("一直", "一直保持高压态势"),
    ("一度", "一度出现反弹"),
    ("进一步", "进一步提升领导干部履职能力"),  # seed 002 line 10
    ("十分", "十分重要"),
    ("千万", "千万不要松懈"),
    ("万岁", "人民万岁"),
    ("零售", "社会消费品零售总额"),
    ("一批", "建成一批示范项目"),
    ("一个", "打造一个平台"),
    # the numbers inside outline markers (a heading line)
    ("一、", "一、主要做法和成效"),  # seed 003 line 7
    ("(三)", "(三)助力平安建设"),  # seed 003 line 25
    ("1.", "1.高点谋划推进工作。"),  # seed 003 line 9
]


@pytest.mark.parametrize(("example", "sentence"), NOT_QUANTITIES, ids=[n[0] for n in NOT_QUANTITIES])
def test_not_a_quantity(example: str, sentence: str) -> None:
    start = sentence.index(example)
    end = start + len(example)
    found = extract_quantities(sentence)
    overlapping = [q.text for q in found if q.start < end and start < q.end]
    assert overlapping == []


def test_not_quantities_leave_the_real_figures() -> None:
    # The figures around the excluded words are still found (seed 000 line 15).
    found = extract_quantities("2022年，一审行政诉讼败诉率3.02%，同比下降6.6个百分点")
    assert [q.text for q in found] == ["3.02%", "6.6个百分点"]

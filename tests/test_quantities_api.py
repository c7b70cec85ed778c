"""extract_quantities / parse_quantity: bad input, spans, figures of a report (issue 3).

Reports for ``extract_quantities(report)`` are built by hand (the outline
stage is tested elsewhere), so these tests pin the contract of reading a
report itself: markers and the header are skipped, each figure gets its
section path, title and sentence, and offsets index Report.text.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from zhgovreport import Approx, Kind, ParseError, extract_quantities, parse_quantity
from zhgovreport.model import Item, Meta, Report, Section, Style
from zhgovreport.quantities.scan import FLAGS, SCANNER_SOURCE, scanner
from zhgovreport.text import fold

# --- bad input --------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "\n\n", "没有数字的一段话。", "abc", "。，；"], ids=repr)
def test_no_numbers_no_quantities(text: str) -> None:
    assert extract_quantities(text) == []


def test_huge_number_is_exact() -> None:
    text = "9" * 10000
    found = extract_quantities(text)
    assert len(found) == 1
    assert found[0].value == Decimal(text)
    assert (found[0].start, found[0].end, found[0].kind) == (0, 10000, Kind.NUMBER)


@pytest.mark.parametrize(
    ("text", "count", "values"),
    [
        pytest.param("." + "9" * 5000, 0, set(), id="digits-after-a-point: a number never starts after a point"),
        pytest.param("A" * 5000 + "1", 0, set(), id="letters-then-digit: a code (PM2.5, G20), not a figure"),
        pytest.param("一" * 5000 + "件", 0, set(), id="endless-cn-numeral: longer than any figure anyone wrote"),
        pytest.param("1," * 3000, 3000, {Decimal(1)}, id="1,1,1: groups after a comma need three digits (spec §2)"),
        pytest.param("1 " * 3000, 1, {Decimal("1" * 3000)}, id="1 1 1: digits spaced one by one are one number (gwr-1998)"),
    ],
)
def test_long_runs(text: str, count: int, values: set[Decimal]) -> None:
    found = extract_quantities(text)
    assert len(found) == count
    assert {q.value for q in found} == values


PUNCTUATION = list("，。、；：？！“”‘’（）《》【】〔〕…—,.;:?!\"'()[]{}<>/\\|-~`@#$^&*_=+") + ["\u3000", "\t", "\n"]


@pytest.mark.parametrize("mark", PUNCTUATION, ids=[f"U+{ord(c):04X}" for c in PUNCTUATION])
def test_numbers_next_to_punctuation(mark: str) -> None:
    text = f"共{mark}305件{mark}占比4.9%{mark}"
    found = extract_quantities(text)
    assert all(text[q.start : q.end] == q.text for q in found)
    assert ("4.9%", Decimal("4.9")) in [(q.text, q.value) for q in found]
    if mark != ".":  # ".305" is not read: a number never starts after a point
        assert any(q.value == 305 for q in found)


@pytest.mark.parametrize("value", [b"305\xe4\xbb\xb6", bytearray(b"1"), 305, None], ids=["bytes", "bytearray", "int", "None"])
def test_wrong_types_raise_type_error(value: object) -> None:
    with pytest.raises(TypeError):
        extract_quantities(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_quantity(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "pos"),
    [("", 0), ("   ", 0), ("一批", 0), ("2022年", 0), ("305件305件", 4), ("305件了", 4), ("看305件", 0)],
    ids=["empty", "blank", "word", "year", "two", "trailing", "leading"],
)
def test_parse_quantity_rejects(text: str, pos: int) -> None:
    with pytest.raises(ParseError) as info:
        parse_quantity(text)
    assert isinstance(info.value, ValueError)
    assert info.value.text == text
    assert info.value.pos == pos


def test_parse_quantity_strips_and_keeps_offsets() -> None:
    q = parse_quantity("  5.4万多件\n")
    assert (q.text, q.start, q.end, q.value) == ("5.4万多件", 2, 8, Decimal(54000))


def test_parse_quantity_reads_a_lone_numeral() -> None:
    # The caller says the string is one quantity: no context is needed.
    assert parse_quantity("一百零八").value == 108
    assert parse_quantity("一千二百万").value == 12000000
    assert parse_quantity("三个").unit == "个"
    with pytest.raises(ParseError):
        parse_quantity("一个")  # a lexical word (the article), never a quantity


def test_to_dict_is_json_safe() -> None:
    d = parse_quantity("约30%").to_dict()
    assert d["value"] == "30" and d["kind"] == "percent" and d["approx"] == "about"


# --- fold invariance and the fast paths -----------------------------------------------

FOLD_PAIRS = [
    ("调解案件5.4万多件，成功率达99.7%。", "調解案件５.４萬多件，成功率達９９.７％。"),
    ("原煤八千一百九十九万吨", "原煤八千一百九十九萬噸"),
    ("百分之三十六点九", "百分之三十六點九"),
]


@pytest.mark.parametrize(("simplified", "variant"), FOLD_PAIRS, ids=["fullwidth", "trad", "dian"])
def test_fold_invariance(simplified: str, variant: str) -> None:
    a = [(q.start, q.end, q.value, q.unit, q.kind, q.approx) for q in extract_quantities(simplified)]
    b = [(q.start, q.end, q.value, q.unit, q.kind, q.approx) for q in extract_quantities(variant)]
    assert a == b and a


def corpus_texts() -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    paths = sorted((root / "tests" / "fixtures" / "corpus").glob("*.txt")) + sorted((root / "seeds").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def test_first_char_lookahead_changes_nothing() -> None:
    import re

    plain = re.compile(SCANNER_SOURCE, FLAGS)
    for text in corpus_texts():
        folded = fold(text)
        assert [m.span() for m in scanner().finditer(folded)] == [m.span() for m in plain.finditer(folded)]


# Every exclusion and mention shape, with the characters around them that the
# guards look at (vocab comments and spec §2-§3): digits before 年/月/号/周年/+/letters,
# separated and spaced digits, signs, fractions, tails after Chinese numerals.
GUARD_PROBES = (
    "2023-02-23 14:54，(2021-2025年)，2021-05，2022年度，1 9 9 8 年，90年代，21世纪，1-10月份，"
    "3月31日，9日，7日内，2日元，8时30分，“12·4”，一季度，3季度，一九四九年，五十年代，十月一日，"
    "011158671/2021-05900，〔2020〕67号，0710-3456789，3+X，1+N+X，PM2.5，5G，30km，3号楼，"
    "(第6/7页)，3.0版，成立75周年，7 5 周年，一百周年，五届人大五次会议，十九届五中全会，十四五规划，"
    "二十大精神，12348热线，122万，12348件，1,234件，1 234件，1,23件，7 4 7 7 2，8 .8，-3.2%，为-5，"
    "负五，不负十四亿，三分之一，1/3，百分之三十六点九，千分之二，5.4万多件，7300多万元，100余名，"
    "约30%，30%左右，六成以上，6.6个百分点，3个多月，5吨/公里，一千九百五十万千瓦，一九五四两年，"
    "二十五亿七千多万元，一步，进一步，一个，两三个，几十万，十几个，“八五”，《三年行动》，一、(三)1."
)


def test_guards_change_nothing() -> None:
    # The guard look-aheads of the scanner (first characters of the tail, of the
    # units, scales and suffixes; what may follow the digits of a digit-led code
    # or date; separators of Arabic numbers) are only ever implied by the pattern
    # they stand before: without them the scanner finds the same matches.
    import re

    from zhgovreport.quantities.scan import SCANNER_PLAIN_SOURCE

    plain = re.compile(SCANNER_PLAIN_SOURCE, FLAGS)
    for text in [*corpus_texts(), GUARD_PROBES, GUARD_PROBES.replace("，", "")]:
        folded = fold(text)
        got = [(m.span(), m.lastindex) for m in scanner().finditer(folded)]
        assert got == [(m.span(), m.lastindex) for m in plain.finditer(folded)]



def test_search_scanner_finds_what_scanner_finds() -> None:
    # The extract stage searches with the class-led form of the scanner, each search
    # resuming where the last match stopped; that must give finditer's matches, with
    # every group where the scanner has it.
    from zhgovreport.quantities.scan import STOP, search_scanner

    def searched(folded: str) -> list[tuple[int, int, tuple[str | None, ...]]]:
        pattern, pos, out = search_scanner(), 0, []
        while (m := pattern.search(folded, pos)) is not None:
            pos = m.end(STOP)
            out.append((m.start(), pos, m.groups()[:-1]))
        return out

    probes = [GUARD_PROBES, GUARD_PROBES.replace("，", ""), "万" * 50 + "件", "一是一是", "5—6—7%", "1,2341,234", ""]
    for text in [*corpus_texts(), *probes]:
        folded = fold(text)
        assert searched(folded) == [(m.start(), m.end(), m.groups()) for m in scanner().finditer(folded)]
    assert search_scanner().groupindex == {**scanner().groupindex, STOP: scanner().groups + 1}

# --- extract_quantities(report) on hand-built reports ---------------------------------

TEXT = (
    "某市2022年法治政府建设年度报告\n"  # 0: header (meta)
    "2022年，全市审结案件305件。\n"  # preamble
    "一、主要成效\n"  # section 1 heading: marker 一、
    "1.加强复议。纠错率为4.9%，同比下降7.6个百分点；终止159件。\n"  # section 1.1 heading + body
    "一是提高效率，办结2853卷。二是加强监督，开展督查3次。\n"  # items in 1.1
    "二、存在问题\n"
    "(1)队伍建设还不够，缺口约30%。\n"
)


def build_report() -> Report:
    def at(s: str, start: int = 0) -> int:
        return TEXT.index(s, start)

    header_end = at("2022年，")
    pre_end = at("一、主要成效")
    s1 = pre_end
    s11 = at("1.加强复议")
    s2 = at("二、存在问题")
    s21 = at("(1)队伍")
    item1 = at("一是")
    item2 = at("二是")
    items = (
        Item(1, "一是", "提高效率", TEXT[item1:item2], item1, item2, (1, 1)),
        Item(2, "二是", "加强监督", TEXT[item2:s2 - 1], item2, s2 - 1, (1, 1)),
    )
    sec11 = Section(2, Style.ARABIC, 1, "1.", "加强复议", (), (), items, s11, s2, s11 + len("1.加强复议。"), (1, 1))
    sec1 = Section(1, Style.CN, 1, "一、", "主要成效", (), (sec11,), (), s1, s2, s11, (1,))
    sec21 = Section(
        2, Style.ARABIC_PAREN, 1, "(1)", "队伍建设还不够", (), (), (), s21, len(TEXT), s21 + len("(1)队伍建设还不够，"), (2, 1)
    )
    sec2 = Section(1, Style.CN, 2, "二、", "存在问题", (), (sec21,), (), s2, len(TEXT), s21, (2,))
    meta = Meta(title="某市2022年法治政府建设年度报告", year=2022, start=0, end=header_end)
    return Report(TEXT, meta, ("2022年，全市审结案件305件。",), header_end, pre_end, (sec1, sec2), (), ())


def test_report_quantities_sections_and_sentences() -> None:
    report = build_report()
    got = [(q.text, q.path, q.section, q.sentence) for q in extract_quantities(report)]
    assert got == [
        ("305件", (), None, "2022年，全市审结案件305件。"),
        ("4.9%", (1, 1), "加强复议", "纠错率为4.9%，同比下降7.6个百分点；"),
        ("7.6个百分点", (1, 1), "加强复议", "纠错率为4.9%，同比下降7.6个百分点；"),
        ("159件", (1, 1), "加强复议", "终止159件。"),
        ("2853卷", (1, 1), "加强复议", "一是提高效率，办结2853卷。"),
        ("3次", (1, 1), "加强复议", "二是加强监督，开展督查3次。"),
        ("约30%", (2, 1), "队伍建设还不够", "(1)队伍建设还不够，缺口约30%。"),
    ]
    for q in extract_quantities(report):
        assert TEXT[q.start : q.end] == q.text


def test_section_quantities_only_inside_the_section() -> None:
    report = build_report()
    got = [q.text for q in extract_quantities(report, within=report.sections[1])]
    assert got == ["约30%"]
    inner = extract_quantities(report, within=report.sections[0].children[0])
    assert [q.text for q in inner] == ["4.9%", "7.6个百分点", "159件", "2853卷", "3次"]
    assert [q.path for q in inner] == [(1, 1)] * 5


def test_within_needs_a_report() -> None:
    report = build_report()
    with pytest.raises(TypeError, match="within"):
        extract_quantities(TEXT, within=report.sections[0])


def test_markers_are_never_quantities_even_when_arabic() -> None:
    # Arabic markers "1." and "(1)" and the item marker numerals are masked.
    report = build_report()
    texts = [q.text for q in extract_quantities(report)]
    assert "1" not in texts and "(1)" not in texts


def test_values_are_exact_in_report() -> None:
    report = build_report()
    q = extract_quantities(report)[2]
    assert (q.value, q.unit, q.kind, q.approx) == (Decimal("7.6"), "pp", Kind.PERCENTAGE_POINT, Approx.EXACT)

"""parse_number: one number, any way a report writes it → exact Decimal (issue 3).

Expected values are worked out by hand from the numeral (spec: quantities.md §1,
§4 "where peers fail"); none is copied from the library's output.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from zhgovreport import ParseError, parse_number
from zhgovreport.numerals import canonical, cn_to_int

CASES = [
    # (input, expected value) — id is the input
    ("21421", "21421"),  # Arabic
    ("0", "0"),
    ("３.０２", "3.02"),  # fullwidth digits and point (spec §2 row 3.02%)
    ("１２３４５", "12345"),
    ("1,234", "1234"),  # thousands separator (spec §2)
    ("1 234", "1234"),  # space as thousands separator (spec §2)
    ("９６６，４８５，０００", "966485000"),  # fullwidth commas (spec §2)
    ("1,234.5", "1234.5"),
    ("7 4 7 7 2", "74772"),  # digits spaced one by one (gwr-1998 transcription)
    ("8 .8", "8.8"),  # gwr-1998: "8 ．8 ％"
    ("0.81", "0.81"),  # seed 000 line 15
    ("6.96", "6.96"),
    ("5.4万", "54000"),  # spec §1
    ("5.4萬", "54000"),  # Traditional scale word
    ("134.9万亿", "134900000000000"),  # spec §1 (cn2an raises on this)
    ("3.2萬億", "3200000000000"),  # spec §4 (cn2an raises on this)
    ("1.23456万", "12345.6"),  # spec §4: cn2an loses the last digit
    ("6.96亿", "696000000"),
    ("3千万", "30000000"),
    ("一百零八亿", "10800000000"),  # gwr-1954 line 17
    ("一百零八億", "10800000000"),
    ("八千一百九十九萬", "81990000"),  # gwr-1954 line 17
    ("一万三千五百十三", "13513"),  # gwr-1954 line 17: 五百十三 without 一
    ("二百十七萬", "2170000"),  # gwr-1954 line 17
    ("六点九六亿", "696000000"),  # spec §4 (cn2an raises on this)
    ("三十六點九", "36.9"),  # gwr-1954 line 15
    ("一点二三", "1.23"),  # spec §4: exact, not a float
    ("零点五", "0.5"),
    ("壹佰贰拾", "120"),  # financial forms
    ("壹佰貳拾", "120"),  # financial, Traditional
    ("叁仟肆佰", "3400"),
    ("參拾", "30"),  # 參 folds to 参, read as 叁
    ("两千", "2000"),
    ("兩萬", "20000"),
    ("两", "2"),
    ("〇", "0"),
    ("○", "0"),  # U+25CB, common in place of 〇
    ("零", "0"),
    ("一九四九", "1949"),  # digit by digit
    ("二〇二二", "2022"),
    ("二○二二", "2022"),
    ("十", "10"),
    ("十五", "15"),
    ("百", "100"),  # as in 百分之
    ("千", "1000"),  # as in 千分之
    ("万", "10000"),
    ("一亿二千万", "120000000"),
    ("二十五亿七千万", "2570000000"),  # gwr-1954: 二十五億七千多萬元 without 多
    ("五万万", "500000000"),  # old form of 亿 (gwr-1954: 六萬萬人民)
    ("负五", "-5"),
    ("負五", "-5"),
    ("-3", "-3"),
    ("−3", "-3"),  # U+2212 minus
    ("+3", "3"),
    ("  42  ", "42"),  # surrounding white space is ignored
    # issue 10: Arabic digits with scale words inside, one scale table (千 and 百 too);
    # gwr-2016 由5千多户增加到1万6千多户, gwr-2018 2万5千公里 and 1亿3千多万
    ("3千", "3000"),
    ("3百", "300"),  # 3百余家企业
    ("4千", "4000"),  # 增加了4千人
    ("1万6千", "16000"),
    ("2万5千", "25000"),
    ("1亿3千万", "130000000"),  # 1亿 + 3000万
    ("5万4千6百", "54600"),
    ("3万4000", "34000"),  # four digits fill the places after 万
    ("1亿2000万", "120000000"),
    ("1万亿3千亿", "1300000000000"),
    ("3千5百万", "35000000"),  # 万 multiplies the section before it: 3500万
    ("1亿3千万5千", "130005000"),  # 1亿 + 3千万 + 5千
    ("0万亿", "0"),  # a zero is a number too (strategies.numbers, mixed form)
    ("零下四", "-4"),  # 零下四摄氏度: 零下 is a sign
    ("零下十二点五", "-12.5"),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_parse_number(text: str, expected: str) -> None:
    value = parse_number(text)
    assert isinstance(value, Decimal)
    assert value == Decimal(expected)
    assert str(value) == expected  # canonical: no exponent, no trailing zeros


def test_huge_digit_string_is_exact() -> None:
    text = "9" * 10000
    value = parse_number(text)
    assert value == Decimal(text)
    assert str(value) == text


def test_huge_with_scale_is_exact() -> None:
    assert parse_number("9" * 60 + "万") == Decimal("9" * 60 + "0000")


JUNK = [
    # (input, position where reading fails)
    ("", 0),
    ("   ", 0),
    ("abc", 0),
    ("5个", 1),  # a unit is not part of a number
    ("1,23", 1),  # a group of 2 digits: two numbers, not one
    ("12 34", 2),  # neither a 3-digit group nor digits spaced one by one
    ("3.4.5", 3),
    ("1e5", 1),
    ("十十", 0),
    ("点五", 0),
    ("5%", 1),
    ("五年", 1),
    ("--5", 1),
    # issue 10: a trailing 两 after a numeral is the unit (cn2an read 三十两 as 32)
    ("三十两", 2),
    ("两万两", 2),
    ("一两", 1),  # a vague pair (一两年) or one 两: never 12
    ("两三", 0),  # a vague pair, not 23
    # issue 10: a numeral that starts with a scale word has nothing but scale words
    ("亿九十一", 0),
    ("千五", 0),
    ("七八十", 0),  # a vague pair: parse_folded_pair reads it
    ("3万40000", 0),  # 40000 is not smaller than 万
    ("3万4", 0),  # digits after 万 must fill its four places
    ("1万1万", 0),
    ("3千5千", 0),
    ("3百千", 0),  # two place words in one scale run
]


@pytest.mark.parametrize(("text", "pos"), JUNK, ids=[repr(j[0]) for j in JUNK])
def test_junk_raises_parse_error_naming_the_input(text: str, pos: int) -> None:
    with pytest.raises(ParseError) as info:
        parse_number(text)
    assert isinstance(info.value, ValueError)
    assert info.value.text == text
    assert info.value.pos == pos
    assert repr(text) in str(info.value)


@pytest.mark.parametrize("value", [b"123", 123, 1.5, None], ids=["bytes", "int", "float", "None"])
def test_wrong_type_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError):
        parse_number(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("chars", "expected"),
    [
        ("一百零八亿", 10800000000),  # gwr-1954 一百零八億度
        ("百", 100),  # a leading 百 is one hundred (百分之三)
        ("千", 1000),
        ("五万万", 500000000),  # the old 万万 is 亿
        ("一九四九", 1949),  # digit by digit
        ("二○二二", 2022),  # ○ as zero
        ("叁佰", 300),  # financial forms
    ],
)
def test_cn_to_int(chars: str, expected: int) -> None:
    value = cn_to_int(chars)
    assert value == expected and type(value) is int


@pytest.mark.parametrize("chars", ["十十", "", "点五", "一点五"], ids=repr)
def test_cn_to_int_is_strict(chars: str) -> None:
    # not a pure Chinese integer: a repeated place word, nothing, a decimal
    with pytest.raises(ValueError):
        cn_to_int(chars)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("54000.0", "54000"), ("3.020", "3.02"), ("5.4E+4", "54000"), ("0E-7", "0"), ("-0.50", "-0.5")],
)
def test_canonical(value: str, expected: str) -> None:
    assert str(canonical(Decimal(value))) == expected


def test_import_does_not_load_cn2an() -> None:
    # numerals.py module docstring: cn2an (~0.1 s to import) is imported on first use only
    import subprocess
    import sys

    code = "import sys, zhgovreport; print('cn2an' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


PAIRS = [
    # (numeral, low, high): the pair stands where one digit would (《现代汉语八百词》 概数)
    ("七八十万", 700000, 800000),  # issue 10: 七八十万人
    ("两三", 2, 3),  # 两三年
    ("一两", 1, 2),  # 一两个月
    ("三五", 3, 5),  # 三五年
    ("十七八", 17, 18),  # 十七八岁
    ("二三十", 20, 30),
    ("三四百亿", 30000000000, 40000000000),
]


@pytest.mark.parametrize(("text", "low", "high"), PAIRS, ids=[p[0] for p in PAIRS])
def test_vague_pairs(text: str, low: int, high: int) -> None:
    from zhgovreport.numerals import parse_folded_pair

    assert parse_folded_pair(text) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize("text", ["十三五", "一九五四", "一二三", "七十", "五"])
def test_not_vague_pairs(text: str) -> None:
    # 十三五 is the 13th five-year plan (三五 never follows 十); digits read one by one
    # (a year) have no pair at a digit's place; a plain numeral has none at all
    from zhgovreport.numerals import parse_folded_pair

    with pytest.raises(ValueError):
        parse_folded_pair(text)

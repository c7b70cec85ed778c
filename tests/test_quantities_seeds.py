"""Whole paragraphs of real reports: every figure, and nothing else (issue 3).

Each expected list was written by reading the paragraph (file and line given),
counting every figure by hand; nothing is copied from the library's output.
The paragraph is taken from the file by its line, so the offsets are checked
against the real text.  Values are exact Decimals; ``text`` is the surface form.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from zhgovreport import Approx, Kind, extract_quantities

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "fixtures" / "corpus"

C, Y, M = Kind.COUNT, Kind.MONEY, Kind.MEASURE
P, PP, X, N = Kind.PERCENT, Kind.PERCENTAGE_POINT, Kind.MULTIPLE, Kind.NUMBER
E, O, U = Approx.EXACT, Approx.OVER, Approx.UNDER

Expected = list[tuple[str, str, "str | None", Kind, Approx]]


def line(path: Path, number: int) -> str:
    """Line ``number`` (1-based) of a UTF-8 file, without its line break."""
    return path.read_text(encoding="utf-8").splitlines()[number - 1]


def check(text: str, expected: Expected) -> None:
    found = extract_quantities(text)
    for q in found:
        assert text[q.start : q.end] == q.text
    got = [(q.text, q.value, q.unit, q.kind, q.approx) for q in found]
    want = [(t, Decimal(v), u, k, a) for t, v, u, k, a in expected]
    assert got == want


# seed 000, line 15: the paragraph after "(二)发挥示范引领". Not figures: 第二批 (twice),
# 第二个, 双下降/双提升, 2022年, 一审, 第一, 首个, 一体化, and the item markers 一是/二是/三是.
SEED_000_L15: Expected = [
    ("3.02%", "3.02", "%", P, E),
    ("6.6个百分点", "6.6", "pp", PP, E),
    ("62.31%", "62.31", "%", P, E),
    ("100%", "100", "%", P, E),
    ("0.81", "0.81", None, N, E),
    ("1.87", "1.87", None, N, E),
    ("305件", "305", "件", C, E),
    ("15件", "15", "件", C, E),
    ("4.9%", "4.9", "%", P, E),
    ("7.6个百分点", "7.6", "pp", PP, E),
    ("159件", "159", "件", C, E),
    ("41件", "41", "件", C, E),
    ("65.6%", "65.6", "%", P, E),
    ("3次", "3", "次", C, E),
    ("9次", "9", "次", C, E),
    ("2853卷", "2853", "卷", C, E),
    ("71.2%", "71.2", "%", P, E),
    ("20件", "20", "件", C, E),
    ("12件", "12", "件", C, E),
    ("216件", "216", "件", C, E),
    ("2期", "2", "期", C, E),
]

# seed 002 (Traditional script), line 14: 一(三)1. Not figures: the marker "1.".
SEED_002_L14: Expected = [
    ("5.4萬多件", "54000", "件", C, O),
    ("99.7%", "99.7", "%", P, E),
    ("3.9萬多次", "39000", "次", C, O),
    ("4.3萬多件", "43000", "件", C, O),
    ("3.1萬多件", "31000", "件", C, O),
    ("264件", "264", "件", C, E),
    ("97件", "97", "件", C, E),
    ("188件", "188", "件", C, E),
    ("172件", "172", "件", C, E),
    ("91%", "91", "%", P, E),
    ("51起", "51", "起", C, E),
    ("99場次", "99", "场次", C, E),
]

# seed 002, line 18: 一(四)1.  Not figures: the marker "1.", ‘148’ and 148品牌 and
# “優秀148品牌” (a brand named after the 148 hotline), the 12348 hotline, 首批, 十大.
SEED_002_L18: Expected = [
    ("3個", "3", "个", C, E),
    ("兩項", "2", "项", C, E),
    ("6.6萬多人次", "66000", "人次", C, O),
    ("1.7萬多人次", "17000", "人次", C, O),
    ("近2萬件", "20000", "件", C, U),
]

# seed 003, line 33: 一(四)4 "提高仲裁公信力".  Not figures: the marker "4.", 2020年.
# 超1450万元: 超 is read as an approximation prefix like 超过 (a documented extension).
SEED_003_L33: Expected = [
    ("237件", "237", "件", C, E),
    ("42.4亿元", "4240000000", "元", Y, E),
    ("65%以上", "65", "%", P, O),
    ("85%以上", "85", "%", P, O),
    ("超过60%", "60", "%", P, O),
    ("40件", "40", "件", C, E),
    ("超1450万元", "14500000", "元", Y, O),
    ("38.9万元", "389000", "元", Y, E),
    ("1411.9万元", "14119000", "元", Y, E),
]

# gwr-1954, line 15 (Traditional, Chinese numerals).  Not figures: 一九四九年, 一九五二年,
# 一九五三年, 一九五四年 (years).
GWR_1954_L15: Expected = [
    ("百分之三十六點九", "36.9", "%", P, E),
    ("百分之三十三", "33", "%", P, E),
    ("四點二倍", "4.2", "倍", X, E),
    ("二點二倍", "2.2", "倍", X, E),
]

# gwr-1954, line 17.  Not figures: 幾項 (vague), 一九五四年 and 一九四九年 (nine times).
GWR_1954_L17: Expected = [
    ("一百零八億度", "10800000000", "度", M, E),
    ("二點五倍", "2.5", "倍", X, E),
    ("八千一百九十九萬噸", "81990000", "吨", M, E),
    ("二點六倍", "2.6", "倍", X, E),
    ("三百零三萬噸", "3030000", "吨", M, E),
    ("十二點四倍", "12.4", "倍", X, E),
    ("二百十七萬噸", "2170000", "吨", M, E),
    ("十三點七倍", "13.7", "倍", X, E),
    ("一萬三千五百十三台", "13513", "台", C, E),
    ("八點五倍", "8.5", "倍", X, E),
    ("四百七十三萬噸", "4730000", "吨", M, E),
    ("七點二倍", "7.2", "倍", X, E),
    ("四百六十萬件", "4600000", "件", C, E),
    ("二點六倍", "2.6", "倍", X, E),
    ("四十八萬噸", "480000", "吨", M, E),
    ("四點五倍", "4.5", "倍", X, E),
]

PARAGRAPHS = [
    pytest.param(SEEDS / "000_dc9f03113f863c93.txt", 15, SEED_000_L15, id="seed000-L15-section-1.2"),
    pytest.param(SEEDS / "002_315d5ae9639e179f.txt", 14, SEED_002_L14, id="seed002-L14-traditional"),
    pytest.param(SEEDS / "002_315d5ae9639e179f.txt", 18, SEED_002_L18, id="seed002-L18-hotlines"),
    pytest.param(SEEDS / "003_0a738a567bbc26ac.txt", 33, SEED_003_L33, id="seed003-L33-arbitration"),
    pytest.param(CORPUS / "gwr-1954.txt", 15, GWR_1954_L15, id="gwr1954-L15"),
    pytest.param(CORPUS / "gwr-1954.txt", 17, GWR_1954_L17, id="gwr1954-L17"),
]


@pytest.mark.parametrize(("path", "number", "expected"), PARAGRAPHS)
def test_paragraph(path: Path, number: int, expected: Expected) -> None:
    check(line(path, number), expected)


def test_offsets_into_the_whole_file() -> None:
    # The same figures come back with offsets into the whole seed, not the line.
    text = (SEEDS / "003_0a738a567bbc26ac.txt").read_text(encoding="utf-8")
    found = extract_quantities(text)
    para = line(SEEDS / "003_0a738a567bbc26ac.txt", 33)
    base = text.index(para)
    inside = [q for q in found if base <= q.start < base + len(para)]
    assert [q.text for q in inside] == [t for t, *_ in SEED_003_L33]
    assert all(text[q.start : q.end] == q.text for q in found)

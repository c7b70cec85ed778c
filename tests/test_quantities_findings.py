"""Regression tests for the findings filed against the quantities layer.

Each row names its provenance: ``props-N`` is the Nth failure the property
tests found (shrunk by hypothesis), ``docs-N`` the Nth wrong answer found while
writing the documentation's examples, ``lead`` a decision taken where the spec
is silent; the comment above each group says what was wrong.  Expected values
are read from the quantities spec (``docs/spec/quantities.md``), never copied
from the library's output.
Every row is checked through both entry points: ``extract_quantities`` on the
text inside a sentence, and ``parse_quantity`` when the mention is the whole text.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from zhgovreport import Approx, Kind, ParseError, Quantity, extract_quantities, parse_quantity

C, Y, N = Kind.COUNT, Kind.MONEY, Kind.NUMBER
E, O = Approx.EXACT, Approx.OVER

# (id, text, [(mention text, value, unit, kind, approx)])
FIGURES = [
    # props-1: 日元 (spec §2 money unit) wins over the date reading N日
    ("props-1 2日元", "2日元", [("2日元", "2", "日元", Y, E)]),
    ("props-1 ３日元", "３日元", [("３日元", "3", "日元", Y, E)]),
    ("props-1 20日元", "20日元", [("20日元", "20", "日元", Y, E)]),
    ("props-1 2日元左右", "2日元左右", [("2日元左右", "2", "日元", Y, Approx.ABOUT)]),
    ("props-1 3日 is a date", "截至3日，共", []),
    # props-3: 所 (spec §2 measure word) before the suffixes 以上/有余 (spec §2: over)
    ("props-3 20所以上", "20所以上", [("20所以上", "20", "所", C, O)]),
    ("props-3 二億所以上", "二億所以上", [("二億所以上", "200000000", "所", C, O)]),
    ("props-3 1660所有余", "1660所有余", [("1660所有余", "1660", "所", C, O)]),
    # props-2: a hotline number (110 119 120 122 148 12345…) is never followed by 万/亿
    # or a unit, so the hotline exclusion does not apply then (spec §2: 规模超过3300万).
    ("props-2 122万", "122万", [("122万", "1220000", None, N, E)]),
    ("props-2 超过122万", "超过122万", [("超过122万", "1220000", None, N, O)]),
    ("props-2 110万", "110万", [("110万", "1100000", None, N, E)]),
    ("props-2 148万亿", "148万亿", [("148万亿", "148000000000000", None, N, E)]),
    ("props-2 122万元", "122万元", [("122万元", "1220000", "元", Y, E)]),
    ("props-2 12348件", "12348件", [("12348件", "12348", "件", C, E)]),
    # props-5: 十多亿 was read by parse_quantity but dropped by extract_quantities
    # (spec §2: 多 is over, a bare scaled number is a number; 十 is a real digit).
    ("props-5 十多亿", "十多亿", [("十多亿", "1000000000", None, N, O)]),
    ("props-5 十多万件", "十多万件", [("十多万件", "100000", "件", C, O)]),
    ("props-5 十亿", "十亿", [("十亿", "1000000000", None, N, E)]),
    ("props-5 十万", "十万", [("十万", "100000", None, N, E)]),
    # docs-5: the title rule ends at 》 and at the line; a 《 far back does not reach
    ("docs-5 after 》", "《方案》实施3年来，完成120件", [("3年", "3", "年", C, E), ("120件", "120", "件", C, E)]),
    ("docs-5 next line", "《方案\n实施3年》", [("3年", "3", "年", C, E)]),
    ("docs-5 beyond reach", "《" + "很" * 80 + "共3件》", [("3件", "3", "件", C, E)]),
    ("docs-5 never closed", "《方案实施3年", [("3年", "3", "年", C, E)]),
    # lead: durations next to an anniversary stay durations
    ("lead 连续五年", "连续五年超过省定目标", [("五年", "5", "年", C, E)]),
    ("lead 5周", "用时5周", [("5周", "5", "周", C, E)]),
    # docs-4: counts next to the names stay counts (cpc-20: 召开七次全会 held seven plenums)
    ("docs-4 七次全会", "召开七次全会", [("七次", "7", "次", C, E)]),
    ("docs-4 五项原则 as a count", "提出以下五项原则", [("五项", "5", "项", C, E)]),
]


@pytest.mark.parametrize(("text", "expected"), [f[1:] for f in FIGURES], ids=[f[0] for f in FIGURES])
def test_finding_figures(text: str, expected: list[tuple[str, str, str | None, Kind, Approx]]) -> None:
    want = [(t, Decimal(v), u, k, a) for t, v, u, k, a in expected]
    for left, right in (("", ""), ("据统计，全年", "，比上年有所变化。")):
        sentence = left + text + right
        found = extract_quantities(sentence)
        assert [(q.text, q.value, q.unit, q.kind, q.approx) for q in found] == want
        assert all(sentence[q.start : q.end] == q.text for q in found)
    if len(want) == 1 and want[0][0] == text:
        q = parse_quantity(text)
        assert (q.text, q.value, q.unit, q.kind, q.approx) == want[0]


# (id, sentence, the words in it that must not overlap any mention; whether
# parse_quantity rejects the first word alone too — 千万 alone is ten million and
# 五项 alone five items when the caller says it is a quantity)
NOT_FIGURES = [
    # props-2: the hotlines themselves stay excluded (spec §3: hotlines 12348, 12345)
    ("props-2 拨打110", "遇到危险请拨打110报警", ["110"], True),
    ("props-2 12345热线", "畅通12345热线", ["12345"], True),
    # props-5: the words that kept 十万/千万 out before 十 counted as a digit
    ("props-5 十万火急", "情况十万火急", ["十万火急"], True),
    ("props-5 千万不要", "千万不要松懈", ["千万"], False),
    # docs-4: fixed political names are names, not counts (spec §3: 四个意识, 两个维护)
    ("docs-4 gwr-1985 和平共处五项原则", "在和平共处五项原则的基础上进一步发展同", ["五项"], False),
    ("docs-4 gwr-1954 和平共處的五項原則", "平等互利和和平共處的五項原則應當成爲指導中印", ["五項"], False),
    ("docs-4 cpc-20 四项基本原则", "坚持以经济建设为中心，坚持四项基本原则，坚持改革开放", ["四项"], False),
    ("docs-4 gwr-1998 八项主张", "推进祖国和平统一进程的八项主张，大力发展两岸经济", ["八项"], False),
    ("docs-4 gwr-1998 三个联合公报", "在中美三个联合公报和中美联合声明的基础上", ["三个"], False),
    ("docs-4 gwr-1986 九年制义务教育", "逐步推行九年制义务教育，同时通过普通", ["九年"], False),
    ("docs-4 gwr-2008 九年义务教育", "西部地区基本普及九年义务教育、基本扫除青壮年文盲", ["九年"], False),
    ("docs-4 三大攻坚战", "打好三大攻坚战", ["三大"], False),
    ("docs-4 八项规定", "严格落实中央八项规定精神", ["八项"], False),
    ("docs-4 三个代表", "三个代表重要思想", ["三个"], False),
    ("docs-4 两个一百年", "实现两个一百年奋斗目标", ["两个", "一百年"], False),
    ("docs-4 五位一体", "统筹推进五位一体总体布局", ["五位"], False),
    ("docs-4 四个全面", "协调推进四个全面战略布局", ["四个"], False),
    ("docs-4 两个确立", "深刻领悟两个确立的决定性意义", ["两个"], False),
    # docs-5 / lead: a number inside a document title 《…》 is part of the name, however
    # long the title (《 and 》 each at most TITLE_REACH characters away, same line)
    ("docs-5 seed002 《…三年行動…》", "貫徹落實《提升行政執法質量三年行動計劃實施方案(2023-2025年)》,結合", ["三年"], False),
    ("docs-5 《…100个…》", "印发《关于建设100个法治示范村的通知》，", ["100个"], False),
    ("docs-5 《…百分之三十…》", "《降低百分之三十能耗行动方案》", ["百分之三十"], False),
    # lead: N周年 is the Nth anniversary, an ordinal like 第N次 (vocab.ORDINAL_PATTERNS)
    ("lead cpc-20 成立一百周年", "迎来中国共产党成立一百周年，胜利实现", ["一百周年"], True),
    ("lead gwr-2025 成立75周年", "中华人民共和国成立75周年，极大", ["75周年"], True),
    ("lead seed000 60周年", "纪念“枫桥经验”60周年、推动", ["60周年"], True),
    ("lead 週年", "建軍九十週年", ["九十週年"], True),
    ("lead spaced", "成立7 5 周年", ["7 5 周年"], True),
    # a session named by its number is an ordinal (spec §3: 第三次会议), gwr-1986 line 7
    ("session gwr-1986 五届人大五次会议", "经五届人大五次会议批准的第六个五年计划", ["五次"], False),
]


@pytest.mark.parametrize(("sentence", "words", "parse_rejects"), [n[1:] for n in NOT_FIGURES], ids=[n[0] for n in NOT_FIGURES])
def test_finding_not_figures(sentence: str, words: list[str], parse_rejects: bool) -> None:
    found = extract_quantities(sentence)
    for word in words:
        start = sentence.index(word)
        end = start + len(word)
        assert [q.text for q in found if q.start < end and start < q.end] == []
    if parse_rejects:
        with pytest.raises(ParseError):
            parse_quantity(words[0])


def _corpus_mentions() -> list[tuple[str, object]]:
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    paths = sorted((root / "tests" / "fixtures" / "corpus").glob("*.txt")) + sorted((root / "seeds").glob("*.txt"))
    return [(p.name, q) for p in paths for q in extract_quantities(p.read_text(encoding="utf-8"))]


def test_parse_quantity_agrees_with_extract_quantities_on_the_corpus() -> None:
    # props-5: the two entry points share one code path; every mention that
    # extract_quantities finds in the corpus and the seeds reads the same through
    # parse_quantity (same value, unit, kind, approximation).
    mentions = _corpus_mentions()
    assert len(mentions) > 1000
    for name, q in mentions:
        assert isinstance(q, Quantity)
        r = parse_quantity(q.text)
        assert (r.text, r.value, r.unit, r.kind, r.approx) == (q.text, q.value, q.unit, q.kind, q.approx), name


@pytest.mark.parametrize(("text", "value"), [("一百零八", 108), ("一千二百万", 12000000)], ids=["108", "1200万"])
def test_parse_quantity_only_relaxes_the_unit_rule(text: str, value: int) -> None:
    # parse_quantity differs from extract_quantities in one rule only: a Chinese
    # numeral with neither unit nor scale is a number when the caller says so.
    assert parse_quantity(text).value == value


@pytest.mark.parametrize("text", ["一项", "一九四九", "十几个", "数三"], ids=["article", "year-digits", "vague", "vague-digit"])
def test_parse_quantity_keeps_the_other_rules(text: str) -> None:
    # rules 3 (一 before a measure word is the article) and 4 (digit by digit,
    # vague) apply to parse_quantity as to extract_quantities (props-5).  Since
    # issue 10 a vague pair (两三) and 数/几 before 十百千万亿 (几十万) are figures
    # with both bounds: tests/test_quantities_issue10.py
    assert extract_quantities(text) == []
    with pytest.raises(ParseError):
        parse_quantity(text)


def test_seed_002_title_holds_no_figure() -> None:
    # docs-5: seed 002 line 25, the real line: 三年 inside 《…》 is not a figure
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "seeds" / "002_315d5ae9639e179f.txt"
    text = path.read_text(encoding="utf-8").splitlines()[24]
    start = text.index("《提升行政執法質量三年")
    end = text.index("》", start) + 1
    assert [q.text for q in extract_quantities(text) if start <= q.start < end] == []


def test_scanner_has_no_lazy_quantifier() -> None:
    # props-4: a lazy run before a literal (``[一二…]+?分之``) made the ``regex``
    # module rescan the rest of the text at every numeral: quadratic on ``一、\n`` * n.
    # Greedy runs match the same text here (分, 之 are not numerals) and stay linear.
    import re

    from zhgovreport.quantities.scan import SCANNER_SOURCE

    assert re.search(r"(?<!\\)[+*}]\?", SCANNER_SOURCE) is None


def test_many_marker_lines_hold_no_figure() -> None:
    # props-4 input ("一、\n" * 50,000): marker numerals are no figures, however many.  How the
    # time grows with it is the worst-case benchmark's family "一、 lines" (benchmarks/WORSTCASE.md);
    # the cause of the old quadratic time is pinned by the lazy-quantifier test above.
    assert extract_quantities("一、\n" * 50_000) == []

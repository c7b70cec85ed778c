"""Regression tests for the findings filed against the quantities layer.

Each row names its provenance: ``props-N`` is finding N of
/work/notes/findings-props.md (the property tests), ``docs-N`` finding N of
/work/notes/findings-docs.md (the documentation helper), ``lead`` a decision of
the lead.  Expected values are read from the quantities spec
(/work/shared/spec/quantities.md), never copied from the library's output.
Every row is checked through both entry points: ``extract_quantities`` on the
text inside a sentence, and ``parse_quantity`` when the mention is the whole text.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from zhgovreport import Approx, Kind, ParseError, extract_quantities, parse_quantity

C, Y, N = Kind.COUNT, Kind.MONEY, Kind.NUMBER
E, O = Approx.EXACT, Approx.OVER

# (id, text, [(mention text, value, unit, kind, approx)])
FIGURES = [
    # props-2: a hotline number (110 119 120 122 148 12345…) is never followed by 万/亿
    # or a unit, so the hotline exclusion does not apply then (spec §2: 规模超过3300万).
    ("props-2 122万", "122万", [("122万", "1220000", None, N, E)]),
    ("props-2 超过122万", "超过122万", [("超过122万", "1220000", None, N, O)]),
    ("props-2 110万", "110万", [("110万", "1100000", None, N, E)]),
    ("props-2 148万亿", "148万亿", [("148万亿", "148000000000000", None, N, E)]),
    ("props-2 122万元", "122万元", [("122万元", "1220000", "元", Y, E)]),
    ("props-2 12348件", "12348件", [("12348件", "12348", "件", C, E)]),
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


# (id, sentence, the words in it that must not overlap any mention)
NOT_FIGURES = [
    # props-2: the hotlines themselves stay excluded (spec §3: hotlines 12348, 12345)
    ("props-2 拨打110", "遇到危险请拨打110报警", ["110"]),
    ("props-2 12345热线", "畅通12345热线", ["12345"]),
]


@pytest.mark.parametrize(("sentence", "words"), [n[1:] for n in NOT_FIGURES], ids=[n[0] for n in NOT_FIGURES])
def test_finding_not_figures(sentence: str, words: list[str]) -> None:
    found = extract_quantities(sentence)
    for word in words:
        start = sentence.index(word)
        end = start + len(word)
        assert [q.text for q in found if q.start < end and start < q.end] == []
    with pytest.raises(ParseError):
        parse_quantity(words[0])

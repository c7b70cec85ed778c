"""The clause reader's matchers, against the plain definitions they are written to be fast for.

``Words.ending_at`` and ``Words.starting_at`` find *the longest word of the table
that ends (starts) at a position, not before ``lo`` (past ``hi``), with its
exclusions*; the reference below is that sentence, written the plain way (every
word of the table tried).  The clause-end pattern has every branch led by a class;
the reference is the rule as the spec states it: a comma or colon between two
digits ends no clause.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from zhgovreport.indicators import clauses, extract, vocab
from zhgovreport.text import fold

ROOT = Path(__file__).resolve().parent.parent
TABLES = {name: table for name, table in vars(clauses).items() if isinstance(table, clauses.Words)}


def _ending_at(table: clauses.Words, folded: str, lo: int, end: int, check_after: bool) -> int:
    found = -1
    for word, (not_after, not_before) in table.rows.items():
        start = end - len(word)
        if start < lo or folded[start:end] != word:
            continue
        if not_after and start > 0 and folded[start - 1] in not_after:
            continue
        if check_after and not_before and end < len(folded) and folded[end] in not_before:
            continue
        if found < 0 or start < found:
            found = start
    return found


def _starting_at(table: clauses.Words, folded: str, start: int, hi: int) -> int:
    found = -1
    for word, (not_after, not_before) in table.rows.items():
        end = start + len(word)
        if end > hi or folded[start:end] != word:
            continue
        if not_after and start > 0 and folded[start - 1] in not_after:
            continue
        if not_before and end < len(folded) and folded[end] in not_before:
            continue
        found = max(found, end)
    return found


def _alphabet(table: clauses.Words) -> str:
    chars = set("".join(table.rows)) | {c for pair in table.rows.values() for c in "".join(pair)}
    return "".join(sorted(chars)) + "的年 "


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(TABLES)), st.data())
def test_words_find_the_longest_word_with_its_exclusions(name: str, data: st.DataObject) -> None:
    table = TABLES[name]
    # text made of the table's own words and exclusion characters, so that words
    # overlap, nest and sit next to what excludes them
    pieces = st.one_of(st.sampled_from(sorted(table.rows)), st.text(_alphabet(table), max_size=3))
    folded = "".join(data.draw(st.lists(pieces, max_size=8)))
    lo = data.draw(st.integers(0, len(folded)))
    pos = data.draw(st.integers(0, len(folded)))
    check_after = data.draw(st.booleans())
    assert table.ending_at(folded, lo, pos, check_after) == _ending_at(table, folded, lo, pos, check_after)
    assert table.starting_at(folded, lo, pos) == _starting_at(table, folded, lo, pos)


def test_a_word_and_its_exclusion_by_hand() -> None:
    # 目标 is a cue, but not in 目标责任 (not_before 责); 指标 not after 测评 (not_after)
    cues = clauses.Words(vocab.TARGET_CUES)
    assert cues.ending_at("经济增长目标", 0, 6) == 4
    assert cues.ending_at("目标责任", 0, 2) == -1
    assert cues.ending_at("目标责任", 0, 2, check_after=False) == 0
    assert cues.starting_at("预期目标是", 0, 5) == 4  # the longest: 预期目标, not 目标
    assert cues.ending_at("测评指标", 0, 4) == -1


PLAIN_END = re.compile("(?:[" + re.escape(vocab.CLAUSE_ENDS.replace(",", "").replace(":", "")) + "]|(?<![0-9])[,:]|[,:](?![0-9]))")


def test_clause_ends_are_the_plain_rule() -> None:
    probes = ["1,234件", "14:54", "甲,乙", "1,乙", "甲,1", ",1", "1,", ":", "增长5%,6%", "一、二;三。四!五?\n六\r"]
    corpus = [fold(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.txt"))]
    for text in probes + corpus:
        assert [m.start() for m in extract._CLAUSE_END.finditer(text)] == [m.start() for m in PLAIN_END.finditer(text)]
        for pos in range(min(len(text), 40)):  # from inside a text: the look-behind sees before pos
            found = extract._CLAUSE_END.search(text, pos)
            plain = PLAIN_END.search(text, pos)
            assert (found and found.start()) == (plain and plain.start())
    assert [m.start() for m in extract._CLAUSE_END.finditer("1,234件,甲")] == [6]

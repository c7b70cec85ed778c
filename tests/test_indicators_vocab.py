"""The reviewed tables of zhgovreport.indicators.vocab: every row's example does what the row says.

Each row of a table carries an example (from the spec, the corpus or the seeds,
as its comment says).  Here every example is read by ``extract_indicators``
and checked against what its table means, so a row that never fires, or fires
the wrong way, fails here; the checks are written from the table's docstring,
not from the reader's output.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from zhgovreport import Aspect, Indicator, extract_indicators
from zhgovreport.indicators import vocab
from zhgovreport.text import fold

Check = Callable[[vocab.Word, list[Indicator]], bool]


def _named(found: list[Indicator]) -> list[str]:
    return [i.name for i in found if i.name is not None]


CHECKS: dict[str, tuple[tuple[vocab.Word, ...], Check]] = {
    # a verb + 到/至/为 makes the level reached, with a direction
    "REACH_PARTICLES": (vocab.REACH_PARTICLES, lambda w, f: any(i.aspect is Aspect.LEVEL and i.direction for i in f)),
    # 从/由/自 before a figure: the base of 从A提高到B
    "FROM_WORDS": (vocab.FROM_WORDS, lambda w, f: f[0].aspect is Aspect.BASE and f[0].name is not None),
    # linking verbs: a level, and never the end of its name
    "LEVEL_VERBS": (
        vocab.LEVEL_VERBS,
        lambda w, f: f[-1].aspect is Aspect.LEVEL and not any(n.endswith(w.surface) for n in _named(f)),
    ),
    # a name ending in a rate noun is a level
    "RATE_NOUNS": (
        vocab.RATE_NOUNS,
        lambda w, f: f[0].aspect is Aspect.LEVEL and (f[0].name or "").endswith(w.surface),
    ),
    # a figure-less clause ending in a measure head names the figures after it
    "MEASURE_HEADS": (vocab.MEASURE_HEADS, lambda w, f: (f[-1].name or "").endswith(w.surface)),
    # one-word comparisons are the basis as written
    "BASIS_WORDS": (vocab.BASIS_WORDS, lambda w, f: any(i.basis == w.surface for i in f)),
    # 比/较 + comparand is the basis
    "COMPARANDS": (vocab.COMPARANDS, lambda w, f: any((i.basis or "").endswith(w.surface) for i in f)),
    # a comparison frame opens the basis
    "COMPARISON_FRAMES": (vocab.COMPARISON_FRAMES, lambda w, f: any((i.basis or "").startswith(w.surface) for i in f)),
    # adverbs are never at either end of a name
    "ADVERBS": (
        vocab.ADVERBS,
        lambda w, f: not any(n.startswith(w.surface) or n.endswith(w.surface) for n in _named(f)),
    ),
    # leading words never start a name
    "LEADING_WORDS": (vocab.LEADING_WORDS, lambda w, f: bool(_named(f)) and not any(n.startswith(w.surface) for n in _named(f))),
    # the noun after a figure ends before a stop word
    "AFTER_NOUN_STOPS": (vocab.AFTER_NOUN_STOPS, lambda w, f: bool(_named(f)) and w.surface not in _named(f)[0]),
    # a cue makes a target
    "TARGET_CUES": (vocab.TARGET_CUES, lambda w, f: any(i.target for i in f)),
    # a count of words or items is no indicator, whatever governs it (each example holds one figure, the count)
    "ITEM_COUNT_BEFORE": (vocab.ITEM_COUNT_BEFORE, lambda w, f: not f),
    "ITEM_COUNT_AFTER": (vocab.ITEM_COUNT_AFTER, lambda w, f: not f),
    # "per" words are part of neither the name nor the verb
    "PER_WORDS": (vocab.PER_WORDS, lambda w, f: bool(_named(f)) and not any(w.surface in n for n in _named(f))),
    # a time phrase (在…期间) opening a name is no part of it
    "TIME_PHRASE_ENDS": (
        vocab.TIME_PHRASE_ENDS,
        lambda w, f: bool(_named(f)) and not any(w.surface in n or n.startswith(vocab.TIME_PHRASE_OPEN) for n in _named(f)),
    ),
    # words holding a change verb that count a level
    "NOT_CHANGE": (
        vocab.NOT_CHANGE,
        lambda w, f: f[0].aspect is Aspect.LEVEL and f[0].direction is None,
    ),
}

ROWS = [(table, row) for table, (rows, _check) in CHECKS.items() for row in rows]


@pytest.mark.parametrize(("table", "row"), ROWS, ids=[f"{t}:{r.surface}" for t, r in ROWS])
def test_row_example_does_what_the_table_says(table: str, row: vocab.Word) -> None:
    assert row.surface in fold(row.example)
    found = extract_indicators(row.example)
    assert found or table.startswith("ITEM_COUNT"), f"{row.example!r}: no figure"
    assert CHECKS[table][1](row, found), [(i.quantity.text, i.name, str(i.aspect), i.basis, i.target) for i in found]


VERBS = [(table, v) for table, rows in (("CHANGE_VERBS", vocab.CHANGE_VERBS), ("COMPARATIVES", vocab.COMPARATIVES)) for v in rows]


@pytest.mark.parametrize(("table", "verb"), VERBS, ids=[f"{t}:{v.surface}" for t, v in VERBS])
def test_verb_of_change_gives_its_direction(table: str, verb: vocab.Verb) -> None:
    assert verb.surface in verb.example
    found = extract_indicators(verb.example)
    assert any(i.aspect is Aspect.CHANGE and i.direction is verb.direction for i in found), found


@pytest.mark.parametrize(
    "word",
    [w for w in vocab.TARGET_CUES + vocab.ADVERBS + vocab.LEVEL_VERBS + vocab.LEADING_WORDS if w.not_after or w.not_before],
    ids=lambda w: w.surface,
)
def test_exclusions_keep_other_words_out(word: vocab.Word) -> None:
    # a row's exclusions name characters that make another word: every one
    # of them is a single character, and none is the word's own first or last
    for chars in (word.not_after, word.not_before):
        assert len(set(chars)) == len(chars)
        assert "\n" not in chars


# --- the plain tuples, one example each ---------------------------------------------


def test_clause_ends_cut_names() -> None:
    # ，；：。 end a clause (spec §1): the second figure's own clause names nothing,
    # so its name comes from the first clause
    for end in "，；：。":
        text = f"审结行政复议案件305件{end}增长5%"
        found = extract_indicators(text)
        expected = "审结行政复议案件" if end != "。" else None
        assert [i.name for i in found] == ["审结行政复议案件", expected], end


def test_semicolon_joins_a_sentence() -> None:
    # SENTENCE_ENDS: gwr-1986 line 76, a 七五 target after ；is still governed by 规定
    text = "“七五”计划草案规定，全国工农业总产值平均每年增长百分之六点七；国民生产总值平均每年增长百分之七点五。"
    assert [(i.name, i.target) for i in extract_indicators(text)] == [
        ("全国工农业总产值", True),
        ("国民生产总值", True),
    ]


def test_name_splitters_keep_what_follows_or_what_precedes() -> None:
    # NAME_SPLITTERS: seed 002 共 keeps what follows; gwr-2025 拟 keeps what precedes a bare verb
    assert [i.name for i in extract_indicators("全市各级调解组织共调解案件5.4万多件")] == ["调解案件"]
    assert [i.name for i in extract_indicators("今年中央预算内投资拟安排7350亿元")] == ["中央预算内投资"]


def test_not_leading_adjectives_stay() -> None:
    # NOT_LEADING: 实际使用外资 is a measure, not the adverb 实际 + 使用外资
    assert [i.name for i in extract_indicators("实际使用外资1196亿美元")] == ["实际使用外资"]


def test_coordinators_split_a_respectively_list() -> None:
    for joiner in ("、", "和", "及", "与"):
        text = f"进口{joiner}出口分别增长3%和5%"
        assert [i.name for i in extract_indicators(text)] == ["进口", "出口"], joiner


def test_target_nouns_end_no_name() -> None:
    # gwr-2025 line 49: 经济增长预期目标为5%左右 names 经济增长
    assert [(i.name, i.target) for i in extract_indicators("经济增长预期目标为5%左右")] == [("经济增长", True)]


def test_achieved_verbs_turn_a_cue_noun_into_a_goal_reached() -> None:
    # gwr-2015: 本届政府减少1/3行政审批事项的目标提前实现 is an achievement
    assert [i.target for i in extract_indicators("减少1/3行政审批事项的目标提前实现")] == [False]


@pytest.mark.parametrize("text", ["五年来城镇新增就业3555万人", "过去五年城镇新增就业3555万人", "三年内裁减军队员额五十万"])
def test_time_frames_have_no_name_and_hide_from_the_next(text: str) -> None:
    # DURATION_UNITS with TIME_FRAME_BEFORE/AFTER (gwr-1998)
    frame, figure = extract_indicators(text)
    assert frame.name is None and not frame.target
    assert figure.name in ("城镇新增就业", "裁减军队员额")


def test_provision_units() -> None:
    for unit in vocab.PROVISION_UNITS:
        assert [i.quantity.text for i in extract_indicators(f"依据第3、4{unit}规定，审结案件12件")] == ["12件"], unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # EXISTENTIAL_VERBS: gwr-1954, the noun after the figure is what 有 counts
        ("中國在國外約有一千二百萬僑民。", [("一千二百萬", "僑民")]),
        # LINK_VERB_ENDS: gwr-1954, what follows 達到 is the share's whole, not the name
        ("參加互助組和合作社的農戶已經達到全體農戶的百分之六十。", [("百分之六十", "參加互助組和合作社的農戶")]),
        # BEFORE_DATE: gwr-1954, 在 goes with the date that closes the name
        ("這一比重在一九五四年預計將增加到百分之七十一左右。", [("百分之七十一左右", "這一比重")]),
        # COMPARISON_FRAMES 比 not before 重/例: a share is no comparison (made up; was 第三产业, basis 比重在2020年)
        ("第三产业比重在2020年达到54%。", [("54%", "第三产业比重")]),
        ("研发投入比例在2020年达到2.4%，比上年提高0.1个百分点。", [("2.4%", "研发投入比例"), ("0.1个百分点", "研发投入比例")]),
        # DEGREE_AFTER: the clause before names the measure after 增长较快 (made up)
        ("原油产量增长较快，达到2亿吨。", [("2亿吨", "原油产量")]),
    ],
)
def test_small_word_tables_do_what_their_examples_say(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(i.quantity.text, i.name) for i in extract_indicators(text)] == expected

"""zhgovreport.locate: the section and the sentence of a position (figures and dates use it).

Expected values are worked out by hand from the offsets of each text.
"""

from __future__ import annotations

from zhgovreport import extract_quantities, parse
from zhgovreport.locate import innermost, locate

TEXT = "甲1。乙2；丙3\r\n丁4"
# offsets: 甲0 1 。2 乙3 2 ；5 丙6 3 \r8 \n9 丁10 4


def test_sentences_end_at_their_marks_and_lines() -> None:
    places = locate(TEXT, TEXT, [], [1, 4, 7, 11])
    assert [sentence for _path, _title, sentence in places] == ["甲1。", "乙2；", "丙3", "丁4"]
    assert all(path == () and title is None for path, title, _sentence in places)


def test_positions_of_one_sentence_share_it() -> None:
    # 甲 and 1 lie in the first sentence: it is found once, and both get the same
    # string (a long sentence is not copied for each of its figures).
    first, second, third = locate(TEXT, TEXT, [], [0, 1, 4])
    assert first[2] == "甲1。" and first[2] is second[2]
    assert third[2] == "乙2；"


def test_positions_out_of_order_and_a_window() -> None:
    assert [s for _p, _t, s in locate(TEXT, TEXT, [], [7, 1])] == ["丙3", "甲1。"]
    # within [3, 5): the sentence is cut at the window's end
    assert locate(TEXT, TEXT, [], [4], 3, 5) == [((), None, "乙2")]


def test_innermost_section() -> None:
    report = parse("前言\n一、成效\n(一)复议\n审结305件。\n二、问题\n败诉率3%。\n")
    sections = list(report.walk())
    text = report.text
    found = innermost(sections, [0, text.index("305"), text.index("二、"), text.index("3%")])
    assert [s.path if s is not None else None for s in found] == [None, (1, 1), (2,), (2,)]
    assert [(q.text, q.path, q.sentence) for q in extract_quantities(report)] == [
        ("305件", (1, 1), "审结305件。"),
        ("3%", (2,), "败诉率3%。"),
    ]

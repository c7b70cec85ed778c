"""The shared first stage: folding (1:1, offsets never move) and the line table."""

from __future__ import annotations

import pathlib
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgovreport.text import FOLD_TABLE, Line, fold, split_lines

ROOT = pathlib.Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        pytest.param("（一）", "(一)", id="fullwidth-parens"),
        pytest.param("１９９６年", "1996年", id="fullwidth-digits"),
        pytest.param("３.０２％", "3.02%", id="fullwidth-percent"),
        pytest.param("\u3000\u3000一、", "  一、", id="ideographic-space"),
        pytest.param("八千一百九十九萬噸", "八千一百九十九万吨", id="traditional-scale-and-unit"),
        pytest.param("存在問題", "存在问题", id="traditional-heading"),
        pytest.param("百分之三十六點九", "百分之三十六点九", id="traditional-point"),
        pytest.param("，。；：", ",。;:", id="punctuation: only fullwidth ASCII folds"),
        pytest.param("😀萬", "😀万", id="astral-left-alone"),
    ],
)
def test_fold_examples(text: str, folded: str) -> None:
    assert fold(text) == folded


@given(st.text())
def test_fold_keeps_length_and_is_the_table(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == text.translate(FOLD_TABLE)  # the fast table means the same


def test_fold_of_every_fixture_is_the_table() -> None:
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        assert fold(text) == text.translate(FOLD_TABLE), path.name


# fold() replaces the few foldable characters a text holds one by one, and
# translates texts holding many; both must be exactly the table, one step per
# character, above the BMP too.
_FOLD_ALPHABET = sorted({chr(code) for code in FOLD_TABLE} | set(FOLD_TABLE.values()) | set("ab1 ,\n"))


@given(st.text(alphabet=st.sampled_from(_FOLD_ALPHABET), max_size=80))
def test_fold_of_table_characters_is_the_table(text: str) -> None:
    assert fold(text) == text.translate(FOLD_TABLE)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        # _t2s.py: 薴 → 苧 and 苧 → 苎; folding is one step, as str.translate does
        pytest.param("薴苧，", "苧苎,", id="chained: one step only"),
        # _t2s.py: 𠁞 → 𠀾 (above the BMP)
        pytest.param("𠁞年，２０２２", "𠀾年,2022", id="astral-traditional"),
        # characters above the BMP that do not fold, more of them than are replaced one by one
        pytest.param("😀１" * 40, "😀1" * 40, id="many-astral-non-keys"),
        pytest.param("\ud800，\udfff", "\ud800,\udfff", id="lone-surrogates"),
    ],
)
def test_fold_one_step(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert fold(text * 300) == folded * 300  # long texts take the cached path


def test_fold_of_every_table_character() -> None:
    # every key at once: far more distinct characters than are replaced one by one
    every = "".join(chr(code) for code in sorted(FOLD_TABLE))
    assert fold(every) == every.translate(FOLD_TABLE)
    astral = "".join(chr(code) for code in sorted(FOLD_TABLE) if code > 0xFFFF)
    assert astral and fold(astral + "，") == (astral + "，").translate(FOLD_TABLE)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        pytest.param("", [], id="empty"),
        pytest.param("a", [(0, 1, 1)], id="no-break"),
        pytest.param("a\n", [(0, 1, 2)], id="trailing-lf"),
        pytest.param("a\r\nb", [(0, 1, 3), (3, 4, 4)], id="crlf"),
        pytest.param("a\rb\n\n", [(0, 1, 2), (2, 3, 4), (4, 4, 5)], id="cr-and-blank"),
    ],
)
def test_split_lines(text: str, spans: list[tuple[int, int, int]]) -> None:
    assert [(line.start, line.end, line.next) for line in split_lines(text)] == spans


@given(st.text(alphabet=st.sampled_from("ab一\r\n\u3000")))
def test_lines_tile_the_text(text: str) -> None:
    lines = split_lines(text)
    pos = 0
    for index, line in enumerate(lines):
        assert line.number == index and line.start == pos
        assert "\n" not in text[line.start : line.end] and "\r" not in text[line.start : line.end]
        pos = line.next
    assert pos == len(text)


def _reference_lines(text: str) -> list[tuple[int, int, int]]:
    """The line table as the module docstring defines it, written out plainly."""
    spans: list[tuple[int, int, int]] = []
    pos = 0
    for match in re.finditer(r"\r\n|\r|\n", text):
        spans.append((pos, match.start(), match.end()))
        pos = match.end()
    if pos < len(text):
        spans.append((pos, len(text), len(text)))
    return spans


# split_lines has a fast path for texts whose only break is "\n" and the regex
# path for texts holding "\r": both must give the table the docstring defines.
@pytest.mark.parametrize("alphabet", ["ab一\n\u3000", "ab一\r\n\u3000"], ids=["lf-only", "with-cr"])
@given(data=st.data())
def test_split_lines_is_the_reference_table(alphabet: str, data: st.DataObject) -> None:
    text = data.draw(st.text(alphabet=st.sampled_from(alphabet)))
    lines = split_lines(text)
    assert [(line.start, line.end, line.next) for line in lines] == _reference_lines(text)
    assert all(type(line) is Line and line.number == k for k, line in enumerate(lines))


def test_split_lines_of_every_fixture_is_the_reference_table() -> None:
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        for variant in (text, text.replace("\n", "\r\n")):
            assert [(l.start, l.end, l.next) for l in split_lines(variant)] == _reference_lines(variant), path.name


def test_an_ascii_string_is_its_own_fold() -> None:
    # fold returns an ASCII string as it is (str.isascii is O(1)): no key of the table is ASCII.
    assert all(code >= 0x80 for code in FOLD_TABLE)
    text = "2023-02-23 14:54 | 000014349/2023-00012" * 20  # long enough for the cache, too
    assert fold(text) is text and fold(text[:16]) == "2023-02-23 14:54"

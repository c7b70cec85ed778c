"""Outline markers (``一、``, ``（一）``, ``1.``, ``①`` …) of each style in all their written variants."""

from __future__ import annotations

from hypothesis import strategies as st

from zhgovreport.model import Style
from zhgovreport.strategies._render import cn_integer, fullwidth
from zhgovreport.strategies._vocab import PART_WORDS

MARKER_MAX: dict[Style, int] = {
    Style.PART: 30,
    Style.ORDINAL: 30,
    Style.CN: 99,
    Style.CN_PAREN: 99,
    Style.ARABIC: 999,
    Style.ARABIC_PAREN: 999,
    Style.CIRCLED: 20,
}
"""The largest number :func:`markers` draws for each style."""


@st.composite
def marker_text(draw: st.DrawFn, style: Style, number: int, part_word: str | None = None) -> str:
    """The marker of ``style`` for ``number``, in one of its variants (spec §1), separator included."""
    cn = cn_integer(number)
    digits = str(number)
    if draw(st.booleans()):
        digits = fullwidth(digits)
    if style is Style.PART:
        word = part_word if part_word is not None else draw(st.sampled_from(PART_WORDS))
        return f"第{cn}{word}" + draw(st.sampled_from(("", " ", "\u3000", "、")))
    if style is Style.ORDINAL:
        return f"第{cn}" + draw(st.sampled_from(("、", "，")))
    if style is Style.CN:
        return cn + draw(st.sampled_from(("、", "、", ".", "．"))) + draw(st.sampled_from(("", "", " ")))
    if style is Style.CN_PAREN:
        opening, closing = draw(st.sampled_from((("（", "）"), ("(", ")"), ("（", ")"), ("(", "）"))))
        return opening + cn + closing + ("、" if draw(st.integers(0, 7)) == 0 else "")
    if style is Style.ARABIC:
        return digits + draw(st.sampled_from((".", "．", "、")))
    if style is Style.ARABIC_PAREN:
        opening, closing = draw(st.sampled_from((("（", "）"), ("(", ")"), ("", "）"), ("", ")"))))
        return opening + digits + closing
    return chr(0x2460 + number - 1)


@st.composite
def markers(draw: st.DrawFn, style: Style) -> tuple[int, str]:
    """``(number, marker)`` for one outline ``style``, in any of its written variants.

    ``Style.CN`` → ``(23, "二十三、")``; ``Style.CN_PAREN`` → ``(4, "(四)")``
    or ``"（四）"``; ``Style.ARABIC`` → ``(12, "１２．")``;
    ``Style.CIRCLED`` → ``(3, "③")``.  The separator (``、``, ``.``, a space
    after ``第一部分``) is part of the marker; a title can follow directly.

    >>> from hypothesis import given, settings
    >>> from zhgovreport import Style
    >>> @settings(max_examples=10, deadline=None)
    ... @given(markers(Style.CIRCLED))
    ... def check(case):
    ...     number, marker = case
    ...     assert marker == "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"[number - 1]
    >>> check()
    """
    number = draw(st.integers(1, MARKER_MAX[style]))
    return number, draw(marker_text(style, number))

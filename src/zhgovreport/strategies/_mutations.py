"""Texts damaged the way real pages are: lines lost or doubled, markers swapped, noise, a cut-off end."""

from __future__ import annotations

from hypothesis import strategies as st

from zhgovreport.numbering import MARKED_STYLES
from zhgovreport.strategies._markers import marker_text

_NOISE = st.sampled_from(
    ("??", "\u3000\u3000", "\r\n", "\n\n", "（", "）", "一是", "1.", "(一)", "一、", "①", "第一部分", "5.4万多件", "。", "：", "\ufeff", " ")
)


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[str] | str) -> str:
    """``base`` (a text, or a strategy of texts) damaged the way real pages are.

    Up to five edits, each one of: delete a line, duplicate a line, swap the
    marker at a line's start for another style's, insert noise (``??``,
    markers, figures, line breaks, ``\\ufeff``) or random text at a random
    place, cut the text at a random offset.  The result is still a ``str``.
    """
    text = base if isinstance(base, str) else draw(base)
    for _ in range(draw(st.integers(0, 5))):
        op = draw(st.sampled_from(("delete", "duplicate", "swap", "insert", "insert_text", "truncate")))
        lines = text.splitlines(keepends=True)
        if op in ("delete", "duplicate", "swap") and lines:
            index = draw(st.integers(0, len(lines) - 1))
            if op == "delete":
                del lines[index]
            elif op == "duplicate":
                lines.insert(index, lines[index])
            else:
                line = lines[index]
                cut = draw(st.integers(0, min(len(line), 6)))
                style = draw(st.sampled_from(MARKED_STYLES))
                lines[index] = draw(marker_text(style, draw(st.integers(1, 20)))) + line[cut:]
            text = "".join(lines)
        elif op == "insert":
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(_NOISE) + text[at:]
        elif op == "insert_text":
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(st.text(max_size=20)) + text[at:]
        elif op == "truncate" and text:
            text = text[: draw(st.integers(0, len(text)))]
    return text

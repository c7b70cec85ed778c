"""The public ``parse`` API: bad input, text forms, spans and the lossless property."""

from __future__ import annotations

from pathlib import Path

import pytest

import zhgovreport
from zhgovreport import DiagnosticCode as D

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.txt"))

SAMPLE = "一、工作回顾\n(一)队伍建设\n一是建强队伍。二是规范服务。\n(二)法治宣传\n1.普法。开展活动。\n二、存在问题\n"


def _lossless(report: zhgovreport.Report) -> bool:
    return "".join(report.text[p.span] for p in report.pieces()) == report.text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("", D.EMPTY, id="empty"),
        pytest.param(" \n\u3000\u3000\r\n\t", D.EMPTY, id="whitespace"),
        pytest.param("2022年,诸暨市司法局认真贯彻落实。", D.NO_HEADINGS, id="no-headings"),
        pytest.param("1.5万件\n2020年,在襄阳\n(2021-2025年)\n(市、区)", D.NO_HEADINGS, id="only-non-markers"),
    ],
)
def test_no_sections(text: str, code: D) -> None:
    report = zhgovreport.parse(text)
    assert report.sections == ()
    assert [d.code for d in report.diagnostics] == [code]
    assert _lossless(report)


@pytest.mark.parametrize("value", [b"\xe4\xb8\x80", bytearray(b"x")], ids=["bytes", "bytearray"])
def test_bytes_raise_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="decode.*parse_file"):
        zhgovreport.parse(value)  # type: ignore[arg-type]


def test_non_str_raises_type_error() -> None:
    with pytest.raises(TypeError):
        zhgovreport.parse(None)  # type: ignore[arg-type]


def _titles(text: str) -> list[tuple[int, int, str]]:
    return [(s.depth, s.number, s.title) for s in zhgovreport.parse(text).walk()]


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(SAMPLE.replace("\n", "\r\n"), id="crlf"),
        pytest.param(SAMPLE.replace("\n", "\r"), id="cr"),
        pytest.param(SAMPLE.replace("(", "（").replace(")", "）").replace("1.", "１．"), id="fullwidth"),
        pytest.param(SAMPLE.replace("(", "（"), id="mixed-parens"),
        pytest.param("\u3000\u3000" + SAMPLE.replace("\n", "\n\u3000\u3000"), id="ideographic-indent"),
        pytest.param(SAMPLE.replace("\n", "\n\n"), id="blank-lines"),
        pytest.param(SAMPLE.replace("存在问题", "存在问题??"), id="noise"),
    ],
)
def test_text_forms_give_same_titles(variant: str) -> None:
    expected = [(1, 1, "工作回顾"), (2, 1, "队伍建设"), (2, 2, "法治宣传"), (3, 1, "普法"), (1, 2, "存在问题" + ("??" if "??" in variant else ""))]
    assert _titles(variant) == expected
    assert _lossless(zhgovreport.parse(variant))


def test_traditional_markers_and_titles() -> None:
    """seed 002 style: Traditional text, titles kept as written."""
    report = zhgovreport.parse("一、主要做法和成效\n(一)新時代法治福州建設行穩致遠\n二、存在問題\n")
    assert [s.title for s in report.walk()] == ["主要做法和成效", "新時代法治福州建設行穩致遠", "存在問題"]


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_spans_on_real_texts(path: Path) -> None:
    report = zhgovreport.parse(path.read_text(encoding="utf-8"))
    text = report.text
    assert _lossless(report)
    assert report.preamble_start == report.meta.end
    for section in report.walk():
        assert section.start <= section.heading_end <= section.body_end <= section.end
        if not section.implicit:
            assert text[section.heading_span].lstrip(" \t\u3000").startswith(section.marker)
            assert section.title in text[section.heading_span] or "\n" in text[section.heading_span]
        if section.children:
            assert section.children[-1].end == section.end
            assert all(a.end == b.start for a, b in zip(section.children, section.children[1:]))
        previous_end = section.heading_end
        for item in section.items:
            assert item.text == text[item.span]
            assert item.text.startswith(item.marker)
            assert previous_end <= item.start < item.end <= section.body_end
            previous_end = item.end
    for item in report.preamble_items:
        assert item.text == text[item.span]
        assert report.preamble_start <= item.start < item.end <= report.preamble_end
    assert [d.start for d in report.diagnostics] == sorted(d.start for d in report.diagnostics)


def test_paths_and_depths() -> None:
    report = zhgovreport.parse(SAMPLE)
    assert [(s.depth, s.path) for s in report.walk()] == [(1, (1,)), (2, (1, 1)), (2, (1, 2)), (3, (1, 2, 1)), (1, (2,))]


def test_marker_alone_title_on_next_line() -> None:
    """gwr-1986 lines 56-57: ``（一）`` alone, the title below."""
    text = "一、任务\n\u3000\u3000\n（一）\n进一步创造良好的经济环境。其余正文。\n\n（二）\n保持经济的持续稳定增长。\n"
    report = zhgovreport.parse(text)
    first, second = report.sections[0].children
    assert first.title == "进一步创造良好的经济环境"
    assert first.body == ("其余正文。",)
    assert text[first.heading_span].endswith("进一步创造良好的经济环境。")
    assert second.title == "保持经济的持续稳定增长"
    assert report.diagnostics == ()


def test_no_title_when_next_line_is_a_heading() -> None:
    report = zhgovreport.parse("一、\n二、存在问题\n")
    assert [s.title for s in report.sections] == ["", "存在问题"]
    assert [d.code for d in report.diagnostics] == [D.NO_TITLE]


def test_large_input_repeats_the_outline_of_its_chunk() -> None:
    """~2.4 MB (gwr-2008 + seed 002, 80 times): every copy gives the chunk's outline again.

    How the time grows with the input is measured by ``benchmarks/bench_worstcase.py``, not here.
    """
    chunk = (ROOT / "tests" / "fixtures" / "corpus" / "gwr-2008.txt").read_text(encoding="utf-8")
    chunk += (ROOT / "seeds" / "002_315d5ae9639e179f.txt").read_text(encoding="utf-8") + "\n"
    one = zhgovreport.parse(chunk)
    many = zhgovreport.parse(chunk * 80)
    assert _lossless(many)
    one_outline = [(s.style, s.number, s.title) for s in one.walk()]
    many_outline = [(s.style, s.number, s.title) for s in many.walk()]
    assert len(many_outline) == 80 * len(one_outline)
    # after the first copy, each copy restarts the top-level numbering: the outline repeats
    assert many_outline[-len(one_outline) :] == one_outline


def test_import_loads_no_optional_or_heavy_module() -> None:
    # README / pyproject extras: the optional capabilities and cn2an load on first use, never on import
    import subprocess
    import sys

    heavy = ("cn2an", "hypothesis", "pandas", "pyarrow", "dask", "distributed", "tqdm", "selectolax", "charset_normalizer")
    code = f"import sys, zhgovreport; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"

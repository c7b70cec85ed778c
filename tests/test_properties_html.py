"""Properties of parse_html: a page gives back what its text gives (issue 9).

A generated outline (``strategies.outlines``) written into any of the CMS
templates (``strategies.pages``), with the inline markup those CMSs write,
parses to the same outline, the same items and the same figures as the text
itself; random bytes and random markup never make it raise.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import zhgovreport
from zhgovreport import DecodeError, Report, extract_quantities, parse, parse_html
from zhgovreport.strategies import PageCase, pages


def _outline(report: Report) -> list[Any]:
    return [
        (s.depth, s.style, s.number, s.marker.strip(), s.title, s.implicit, [(i.number, i.lead) for i in s.items])
        for s in report.walk()
    ]


def _figures(report: Report) -> list[Any]:
    return [
        (q.value, q.unit, q.kind, q.approx, q.path)
        for q in extract_quantities(report)
        if q.start >= report.meta.end
    ]


@given(pages())
def test_a_page_gives_back_the_outline_and_figures_of_its_text(page: PageCase) -> None:
    from_text = parse(page.case.text)
    from_page = parse_html(page.html)
    assert _outline(from_page) == _outline(from_text)
    assert [(i.number, i.lead) for i in from_page.preamble_items] == [(i.number, i.lead) for i in from_text.preamble_items]
    assert _figures(from_page) == _figures(from_text)
    assert "1 + 2" not in from_page.text and "2017-11-08" not in from_page.text  # scripts, alt attributes
    assert (from_page.page is not None) and (from_page.page.container is None) == (page.template == "saved_page")
    assert "".join(from_page.text[p.span] for p in from_page.pieces()) == from_page.text


_MARKUP = st.sampled_from(
    ["<p>", "</p>", "<div>", "</div>", "<br>", "<td>", "</html>", "<script>", "<!--", "-->", "<b>", "&nbsp;",
     "&#x4e00;", "一、", "（一）", "<meta name=PubDate content=", "索引号：", "<div id=zoom>", '<div class="TRS_Editor">']
)  # fmt: skip


@given(st.lists(_MARKUP | st.text(max_size=8), max_size=40).map("".join))
def test_any_markup_gives_a_report(markup: str) -> None:
    report = parse_html(markup)
    assert isinstance(report, Report)
    assert "".join(report.text[p.span] for p in report.pieces()) == report.text


@given(st.binary(max_size=300))
def test_any_bytes_give_a_report_or_a_decode_error(data: bytes) -> None:
    try:
        report = zhgovreport.parse_html(data)
    except DecodeError:
        return
    assert report.encoding is not None and report.encoding_basis is not None

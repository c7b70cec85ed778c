"""HTML pages: zhgovreport.parse_html and parse_file on pages (issue 9 items 1 and 4).

The fixtures in tests/fixtures/html/ are the seeds' bodies in hand-written
templates of the big CMSs (see the README there); the expected values below
were read off those files: the <meta> tags, the attribute tables, the info
lines and the URLs written into them.  The outline a page gives must be the
outline its seed's text gives (the seed tests pin those).
"""

from __future__ import annotations

import datetime
import json
import pathlib
import subprocess
import sys
from typing import Any

import pytest

import zhgovreport
from zhgovreport import DiagnosticCode, EncodingBasis, Origin, Report, SourceFormat, extract_quantities, parse, parse_html
from zhgovreport.cli import main
from zhgovreport.files import parse_file
from zhgovreport.html.meta import url_date

ROOT = pathlib.Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "fixtures" / "html"
D = datetime.date


def _seed(number: str) -> str:
    (path,) = (ROOT / "seeds").glob(f"{number}_*.txt")
    return path.read_text(encoding="utf-8")


def _outline(report: Report) -> list[Any]:
    return [
        (s.depth, s.style, s.number, s.marker, s.title, s.part, [(i.number, i.lead) for i in s.items])
        for s in report.walk()
    ]


def _figures(report: Report) -> list[Any]:
    return [(q.value, q.unit, q.kind, q.approx, q.path) for q in extract_quantities(report) if q.start >= report.meta.end]


FIXTURES: list[Any] = [
    pytest.param(
        # TRS WCM: <meta name=ArticleTitle/PubDate/ContentSource>, the info line under .title,
        # content in .TRS_Editor, a share bar and 【打印本页】【关闭窗口】 after it
        "trs_wcm_seed000.html",
        "000",
        dict(title="诸暨市司法局2022年法治政府建设年度报告", agency="诸暨市司法局", year=2022,
             published=D(2023, 2, 23), written=None, source="市司法局(市行政复议局)", index_no=None),
        ".TRS_Editor",
        {"published": (Origin.META_TAG, "PubDate"), "source": (Origin.INFO_LINE, "来源")},
        id="trs-wcm",
    ),
    pytest.param(
        # 大汉 Hanweb: a stray </html> before the article's table, #zoom in a <td>,
        # <meta name=firstpublishedtime content="2024-02-29 09:02:11">
        "hanweb_seed001.html",
        "001",
        dict(title="浦江县司法局2023年度法治政府建设情况的报告", agency="浦江县司法局", year=2023,
             published=D(2024, 2, 29), written=None, source="法规监督科", index_no=None),
        "#zoom",
        {"published": (Origin.META_TAG, "firstpublishedtime"), "source": (Origin.INFO_LINE, "来源")},
        id="hanweb",
    ),
    pytest.param(
        # www.gov.cn 政务公开 page: 索 引 号 / 发文机关 / 成文日期 2021年03月10日 / 标　　题 /
        # 发文字号 无 / 发布日期 2021年03月12日, content in #UCAP-CONTENT
        "govcn_seed003.html",
        "003",
        dict(title="襄阳市司法局2020年法治政府建设年度报告", agency="襄阳市司法局", year=2020,
             published=D(2021, 3, 12), written=D(2021, 3, 10), source="襄阳市司法局",
             index_no="011158671/2021-05900", doc_no=None),
        "#UCAP-CONTENT",
        {"published": (Origin.ATTRIBUTE_TABLE, "发布日期"), "written": (Origin.ATTRIBUTE_TABLE, "成文日期"),
         "index_no": (Origin.ATTRIBUTE_TABLE, "索引号"), "source": (Origin.META_TAG, "ContentSource")},
        id="govcn",
    ),
    pytest.param(
        # 政府信息公开 platform page in Big5, Traditional labels 索 引 號 / 發佈機構 in <li><span>,
        # 文號 and 主題分類 with no values, 成文日期 2024-03-18, 發佈日期 2024-03-20
        "zfxxgk_big5_seed002.html",
        "002",
        dict(title="福州市司法局2023年法治政府建設工作報告", agency="福州市司法局", year=2023,
             published=D(2024, 3, 20), written=D(2024, 3, 18), index_no="FZ00101-0300-2024-00015", doc_no=None),
        ".zfxxgk_zw_content",
        {"published": (Origin.ATTRIBUTE_TABLE, "发布日期"), "index_no": (Origin.ATTRIBUTE_TABLE, "索引号")},
        id="zfxxgk-big5",
    ),
    pytest.param(
        # a page saved by a browser: no known container (div.main-text), scripts, nav, a footer;
        # `<!-- saved from url=(0050)https://www.example.gov.cn/art/2024/1/15/art_12_3.html -->`
        "saved_page_seed004.html",
        "004",
        dict(title="司法局2023年度工作总结-8篇(第6/7页)", agency=None, year=2023, published=D(2024, 1, 15)),
        None,
        {"published": (Origin.URL, "url")},
        id="saved-page",
    ),
]


@pytest.mark.parametrize(("name", "seed", "meta", "container", "origins"), FIXTURES)
def test_fixture_pages(name: str, seed: str, meta: dict[str, Any], container: str | None, origins: dict[str, Any]) -> None:
    report = parse_file(PAGES / name)
    assert {key: getattr(report.meta, key) for key in meta} == meta
    assert report.source_format is SourceFormat.HTML
    assert report.page is not None and report.page.container == container
    provenance = {str(f.field): (f.origin, f.key) for f in report.meta.provenance}
    assert {key: provenance[key] for key in origins} == origins
    text = parse(_seed(seed))
    assert _outline(report) == _outline(text)
    assert _figures(report) == _figures(text)
    assert report.meta.kind == text.meta.kind
    assert "".join(report.text[p.span] for p in report.pieces()) == report.text


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.html")))
def test_fixture_pages_hold_no_chrome(name: str) -> None:
    text = parse_file(PAGES / name).text
    for chrome in ("1 + 2", "hits", "2017-11-08", "打印本页", "关闭窗口", "分享到", "网站地图", "首页", "浏览次数"):
        assert chrome not in text, chrome


def test_trs_heading_split_over_spans_is_one_heading() -> None:
    # trs_wcm_seed000.html writes `二、存在问题` as <span>二</span><span>、</span><span>存在</span>问题
    report = parse_file(PAGES / "trs_wcm_seed000.html")
    assert [(s.marker, s.title) for s in report.sections][1] == ("二、", "存在问题")
    assert report.text.splitlines()[0] == "诸暨市司法局2022年法治政府建设年度报告"  # the headline, once


def test_hanweb_stray_html_end_keeps_the_article() -> None:
    report = parse_file(PAGES / "hanweb_seed001.html")
    assert report.preamble[0].startswith("2023年,浦江县司法局深入贯彻")
    assert report.sections[-1].title.startswith("2024年度推进法治政府建设的")


def test_attribute_table_as_a_mapping_with_empty_labels() -> None:
    report = parse_file(PAGES / "zfxxgk_big5_seed002.html")
    assert (report.encoding, report.encoding_basis) == ("big5", EncodingBasis.DECLARED)
    assert report.page is not None
    assert report.page.attributes == {
        "索引号": "FZ00101-0300-2024-00015",
        "发布机构": "福州市司法局",
        "文号": "",  # labels with no value stay empty: they never take the next label as value
        "主题分类": "",
        "有效性": "有效",
        "成文日期": "2024-03-18",
        "发布日期": "2024-03-20",
    }
    gov = parse_file(PAGES / "govcn_seed003.html")
    assert gov.page is not None and gov.page.attributes["发文字号"] == "无" and gov.meta.doc_no is None


def test_density_fallback_is_a_diagnostic() -> None:
    report = parse_file(PAGES / "saved_page_seed004.html")
    assert report.page is not None and report.page.fallback == "div.main-text"
    guessed = [d for d in report.diagnostics if d.code is DiagnosticCode.CONTENT_GUESSED]
    assert len(guessed) == 1 and "div.main-text" in guessed[0].message
    assert report.page.url == "https://www.example.gov.cn/art/2024/1/15/art_12_3.html"


# --- traps ---------------------------------------------------------------------------------

BODY = "<p>2022年，我县依法行政。</p><p><strong>一、</strong>主要举措和成效</p><p>（一）加强统筹</p><p>二、存在问题</p>"


def test_a_repeated_body_is_kept_once() -> None:
    # a print copy of the article in a second .TRS_Editor, and a body written twice in one container
    twice = f'<div class="TRS_Editor">{BODY}</div><div class="print"><div class="TRS_Editor">{BODY}</div></div>'
    doubled = f'<div id="zoom">{BODY}{BODY}</div>'
    for page in (twice, doubled):
        report = parse_html(page)
        assert report.text == "2022年，我县依法行政。\n一、主要举措和成效\n（一）加强统筹\n二、存在问题\n"


def test_nested_containers_are_read_once() -> None:
    page = f'<div class="TRS_Editor"><div class="TRS_Editor">{BODY}</div></div>'
    assert parse_html(page).text.count("二、存在问题") == 1


def test_inline_tags_never_start_a_line_and_blocks_always_do() -> None:
    page = (
        '<div id="zoom"><p>前言<span>一、</span>不是标题</p><div><font>二、</font><b>主要</b>举措</div>'
        "<table><tr><td>（一）</td><td>加强统筹</td></tr></table><ul><li>三、存在问题</li></ul>"
        "<p>正文&nbsp;&amp;&lt;一&gt;<br/>第二行&#12288;</p></div>"
    )
    assert parse_html(page).text.splitlines() == [
        "前言一、不是标题", "二、主要举措", "（一）", "加强统筹", "三、存在问题", "正文 &<一>", "第二行",
    ]  # fmt: skip


def test_chrome_lines_and_hidden_elements_are_dropped() -> None:
    page = (
        f'<div class="TRS_Editor">{BODY}<p style="display:none">隐藏的一、标题</p>'
        "<p>【打印本页】 【关闭窗口】</p><p>扫一扫在手机打开当前页</p><p>责任编辑：张三</p>"
        '<div class="bdsharebuttonbox">分享到：微信</div><img alt="时间：2017-11-08" src="x.png"></div>'
    )
    assert parse_html(page).text.splitlines()[-1] == "二、存在问题"


def test_title_tag_loses_the_site_name_and_fills_the_title() -> None:
    page = f"<title>2022年XX区法治政府建设年度报告_XX区人民政府</title><div id=zoom>{BODY}</div>"
    report = parse_html(page)
    assert (report.meta.title, report.meta.agency, report.meta.year) == ("2022年XX区法治政府建设年度报告", "XX区人民政府", 2022)
    assert report.meta.provenance[0].origin is Origin.TITLE_TAG
    assert [str(s.part) for s in report.sections] == ["achievements", "shortcomings"]


def test_meta_tags_and_url() -> None:
    page = (
        '<meta name="ArticleTitle" content="静海区2020年法治政府建设情况报告"><meta name="pubdate" content="2021-03-01">'
        f'<div class="pages_content">{BODY}</div>'
    )
    report = parse_html(page, url="http://www.tjjh.gov.cn/zwgk/t20210305_123.html")
    assert (report.meta.title, report.meta.agency, report.meta.published) == (
        "静海区2020年法治政府建设情况报告", "静海区人民政府", D(2021, 3, 1)
    )
    assert report.page is not None and report.page.url == "http://www.tjjh.gov.cn/zwgk/t20210305_123.html"
    assert [(f.origin, f.value) for f in report.page.fields if f.origin is Origin.URL] == [(Origin.URL, "2021-03-05")]
    assert report.meta.on_time is True  # 2021-03-01 is by the 1 March deadline for 2020


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("http://sfj.zhuji.gov.cn/art/2023/2/23/art_1229_3.html", "2023-02-23"),  # 大汉 Hanweb
        ("http://www.hubei.gov.cn/zfwj/t20210312_3393.shtml", "2021-03-12"),  # TRS WCM
        ("https://www.gov.cn/zhengce/content/2023-02/23/content_5742885.htm", "2023-02-23"),  # gov.cn
        ("https://www.gov.cn/zhengce/202302/content_5742885.htm", None),  # a month only
        ("http://example.gov.cn/t20231340_1.html", None),  # no 13th month
    ],
)
def test_url_dates(url: str, day: str | None) -> None:
    assert url_date(url) == day


# --- encodings and dispatch -------------------------------------------------------------------


def _trs_page() -> str:
    return (PAGES / "trs_wcm_seed000.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("data", "encoding", "basis"),
    [
        pytest.param(_trs_page().replace("charset=utf-8", "charset=gb2312").encode("gb18030"), "gb18030",
                     EncodingBasis.DECLARED, id="gb18030-declared-gb2312"),
        pytest.param(_trs_page().replace("charset=utf-8", "").encode("gb18030"), "gb18030",
                     EncodingBasis.TRIED, id="gb18030-undeclared"),
        pytest.param((PAGES / "zfxxgk_big5_seed002.html").read_bytes().replace(b"charset=big5", b""), "big5",
                     EncodingBasis.TRIED, id="big5-undeclared"),
    ],
)  # fmt: skip
def test_page_bytes_in_any_encoding(data: bytes, encoding: str, basis: EncodingBasis) -> None:
    report = parse_html(data)
    assert (report.encoding, report.encoding_basis) == (encoding, basis)
    assert report.meta.title is not None and report.meta.title.endswith(("年度报告", "工作報告"))


def test_parse_file_reads_html_by_name_and_by_content(tmp_path: pathlib.Path) -> None:
    page = _trs_page()
    for name in ("page.htm", "page.SHTML", "page.txt", "page"):
        path = tmp_path / name
        path.write_text(page, encoding="utf-8")
        report = parse_file(path)
        assert report.source_format is SourceFormat.HTML, name
        assert report.meta.title == "诸暨市司法局2022年法治政府建设年度报告"
    assert parse_file(ROOT / "seeds" / "000_dc9f03113f863c93.txt").source_format is SourceFormat.TEXT


def test_summary_of_a_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", str(PAGES / "govcn_seed003.html")]) == 0
    header, row = capsys.readouterr().out.splitlines()
    values = dict(zip(header.split("\t"), row.split("\t")))
    assert (values["title"], values["agency"], values["year"], values["published"]) == (
        "襄阳市司法局2020年法治政府建设年度报告", "襄阳市司法局", "2020", "2021-03-12"
    )
    assert values["parts_found"] == "achievements,shortcomings,leadership,plans"


def test_parse_html_types() -> None:
    with pytest.raises(TypeError, match="parse_html"):
        parse_html(42)  # type: ignore[arg-type]
    assert parse_html("").diagnostics[0].code is DiagnosticCode.EMPTY


def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "selectolax.lexbor", None)  # import fails as if not installed
    with pytest.raises(ImportError, match=r"zhgovreport\[html\]"):
        parse_html("<p>一、总体</p>")


def test_import_stays_light() -> None:
    code = "import sys, zhgovreport; print(sorted(m for m in sys.modules if m.split('.')[0] in ('selectolax', 'charset_normalizer')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    assert zhgovreport.parse_html is parse_html


def test_a_folder_means_its_text_and_html_files(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(_seed("000"), encoding="utf-8")
    (tmp_path / "b.html").write_text(_trs_page(), encoding="utf-8")
    (tmp_path / "c.png").write_bytes(b"\x89PNG")  # not a report: left alone
    assert main(["summary", "--format", "jsonl", str(tmp_path)]) == 0
    rows = [json.loads(row) for row in capsys.readouterr().out.splitlines()]
    assert [pathlib.Path(row["file"]).name for row in rows] == ["a.txt", "b.html"]
    assert rows[1]["title"] == "诸暨市司法局2022年法治政府建设年度报告"


def test_the_command_names_the_missing_extra(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "selectolax.lexbor", None)
    assert main(["outline", str(PAGES / "govcn_seed003.html")]) == 1  # the file fails, the run goes on
    assert "zhgovreport[html]" in capsys.readouterr().err


def test_a_print_wrapper_is_content_and_a_share_box_is_not() -> None:
    # many sites wrap the article in <div id="printContent">: `print` is no chrome word
    page = f'<div id="content"><div id="printContent">{BODY}</div><div class="article-share">分享到：微信</div></div>'
    assert parse_html(page).text == "2022年，我县依法行政。\n一、主要举措和成效\n（一）加强统筹\n二、存在问题\n"


def test_an_element_removed_with_chrome_is_no_container_nor_headline() -> None:
    # #UCAP-CONTENT is tried first; its only child is a share bar (chrome), removed with the
    # .TRS_Editor inside it, so #UCAP-CONTENT has no text and .TRS_Editor is no longer on the
    # page: the density fallback reads the other paragraph.  In the second page the h1 sits in
    # a share box inside the content: removed with it, it is no headline; the h2 is.
    page = (
        '<div id="UCAP-CONTENT"><div class="share"><div class="TRS_Editor"><p>一、正文</p></div></div></div>'
        '<div id="main"><p>中文正文内容很多很多</p></div>'
    )
    report = parse_html(page)
    assert (report.page.container, report.page.fallback, report.text) == (None, "p", "中文正文内容很多很多\n")
    page = (
        "<h2>某县2022年法治政府建设年度报告</h2><div class='TRS_Editor'><div class='share-box'>"
        "<h1>某县2021年法治政府建设年度报告</h1></div><p>一、正文</p></div>"
    )
    report = parse_html(page)
    assert report.text == "某县2022年法治政府建设年度报告\n一、正文\n"
    assert [(f.key, f.value) for f in report.page.fields if f.origin is Origin.HEADLINE] == [("h2", "某县2022年法治政府建设年度报告")]


def test_an_element_matched_by_several_selectors_is_listed_once() -> None:
    # Lexbor lists an element once for each selector of a list it matches: <h1 class="title">
    # is h1 and .title; its text must be read once for each, not twice for each.
    from zhgovreport.html.render import load, matching, unique

    parser = load('<div class="share" id="share-bar">x</div><h1 class="title" id="title">标题</h1>')
    assert len(parser.css("h1,.title,#title")) == 3 and len(unique(parser.css("h1,.title,#title"))) == 1
    assert [(s, len(nodes)) for s, nodes in matching(parser, ["h1", ".title", "#title", "h2"])] == [
        ("h1", 1),
        (".title", 1),
        ("#title", 1),
    ]


def test_a_chrome_line_can_start_with_any_white_space() -> None:
    # lines_of tests a short line's first character before calling is_chrome_line, which strips
    # white space first: every character str.isspace() holds true must pass that test.
    from zhgovreport.html import render

    spaces = "".join(c for c in map(chr, range(0x110000)) if c.isspace())
    assert render._UNICODE_SPACES == spaces
    assert render.is_chrome_line("\u2003【打印本页】") and "\u2003" in render._CHROME_FIRST_ANY

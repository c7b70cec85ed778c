"""Reading report files: encodings, byte-order marks, and files that are not text."""

from __future__ import annotations

import codecs
import pathlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgovreport import DecodeError, EncodingBasis, encodings, parse
from zhgovreport.encodings import check_text, declared_charset, decode, decode_text, looks_like_html
from zhgovreport.files import parse_file, read_text

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_dc9f03113f863c93.txt"
# seed 002 is in Traditional script: every character of it has a Big5 code
SEED_TRADITIONAL = next((ROOT / "seeds").glob("002_*.txt")).read_text(encoding="utf-8")
SAMPLE = "诸暨市司法局2022年法治政府建设年度报告\n一、主要举措和成效\n（一）坚持政治引领\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        pytest.param(SAMPLE.encode("utf-8"), "utf-8", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig", id="utf-8-bom"),
        pytest.param(SAMPLE.encode("gbk"), "gb18030", id="gbk"),
        pytest.param(SAMPLE.encode("gb18030"), "gb18030", id="gb18030"),
        pytest.param(SAMPLE.encode("utf-16"), "utf-16", id="utf-16-bom"),
    ],
)
def test_decode_gives_text_and_encoding(data: bytes, encoding: str) -> None:
    assert decode(data) == (SAMPLE, encoding)


def test_decode_rejects_binary_with_position() -> None:
    data = "一、标题\n".encode() + b"\x80\x81\xff\x00"  # 13 bytes of UTF-8, then a stray continuation byte
    with pytest.raises(DecodeError) as info:
        decode(data, "junk.bin")
    assert (info.value.file, info.value.pos, info.value.encodings[:3]) == ("junk.bin", 13, ("utf-8", "gb18030", "big5"))
    assert isinstance(info.value, ValueError)
    assert "0x80" in str(info.value) and "junk.bin" in str(info.value)


def test_decode_bad_bom_names_the_bom_encoding() -> None:
    data = codecs.BOM_UTF8 + b"ab\xe4\xb8\xff"  # a cut UTF-8 sequence at byte 5, after a UTF-8 BOM
    with pytest.raises(DecodeError) as info:
        decode(data)
    assert (info.value.pos, info.value.encodings) == (5, ("utf-8-sig",))
    data = codecs.BOM_UTF16_LE + "ab".encode("utf-16-le") + b"\x00\xd8A\x00"  # a lone surrogate at byte 6
    with pytest.raises(DecodeError) as info:
        decode(data)
    assert (info.value.pos, info.value.encodings) == (6, ("utf-16",))


@pytest.mark.parametrize("path", [2, 0, True, 2.5, None], ids=repr)
def test_a_path_must_be_a_path(path: object) -> None:
    # open(2) would read and then close the process's stderr; open(0) reads stdin
    with pytest.raises(TypeError, match="path"):
        parse_file(path)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="path"):
        read_text(path)  # type: ignore[arg-type]


def test_read_text_of_seed_is_utf8() -> None:
    text, encoding = read_text(SEED)
    assert encoding == "utf-8"
    assert text.startswith("诸暨市司法局2022年法治政府建设年度报告")


def test_parse_file_records_encoding_and_equals_parse(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(SAMPLE.encode("gbk"))
    report = parse_file(path)
    assert report.encoding == "gb18030"
    assert report.text == SAMPLE
    assert report.sections == parse(SAMPLE).sections


def test_parse_file_missing_raises_oserror(tmp_path: pathlib.Path) -> None:
    with pytest.raises(FileNotFoundError):
        parse_file(tmp_path / "nope.txt")


def test_parse_rejects_bytes_with_advice() -> None:
    with pytest.raises(TypeError, match="decode"):
        parse(SAMPLE.encode())  # type: ignore[arg-type]


# --- encodings, checked (issue 9 item 4) ---------------------------------------------------

TRIED, DECLARED = EncodingBasis.TRIED, EncodingBasis.DECLARED


def _page(charset: str, body: str) -> str:
    return f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>{body}</body></html>'


@pytest.mark.parametrize(
    ("data", "encoding", "basis"),
    [
        # issue 9: a Big5 file was read as GB18030 without a word (`瞷и瓣叭皘…`): GB18030 decodes
        # these bytes, but into private-use characters (Big5 A440-A7A0 is a user-defined GBK area)
        pytest.param(SEED_TRADITIONAL.encode("big5"), "big5", TRIED, id="big5-undeclared"),
        pytest.param(SAMPLE.encode("gb18030"), "gb18030", TRIED, id="gb18030-undeclared"),
        pytest.param(_page("gb2312", SAMPLE).encode("gbk"), "gb18030", DECLARED, id="gb2312-declared-read-as-gb18030"),
        pytest.param(_page("GBK", SAMPLE).encode("gb18030"), "gb18030", DECLARED, id="gbk-declared"),
        pytest.param(_page("big5", SEED_TRADITIONAL).encode("big5"), "big5", DECLARED, id="big5-declared"),
        pytest.param(f'<meta charset="utf-8"><p>{SAMPLE}</p>'.encode(), "utf-8", DECLARED, id="meta-charset"),
        # a page that declares UTF-8 but is GBK: the declaration fails strictly, the trials decide
        pytest.param(_page("utf-8", SAMPLE).encode("gbk"), "gb18030", TRIED, id="declared-utf8-is-gbk"),
        # a page that declares Latin-1 but is UTF-8: Latin-1 decodes anything, into no Chinese at all
        pytest.param(_page("iso-8859-1", SAMPLE).encode(), "utf-8", TRIED, id="declared-latin1-is-utf8"),
        # a declared Big5 page that is GB18030: Big5 reads these bytes as rare but valid characters
        pytest.param(
            _page("big5", SAMPLE).encode("gb18030"), "gb18030", TRIED, id="declared-big5-is-gb18030",
            marks=pytest.mark.xfail(
                strict=True,
                reason="known gap: GB18030 bytes read as Big5 give valid Han characters (絊轚庈侗楊…); "
                "rejecting them needs a character-frequency check",
            ),
        ),
        pytest.param(b"plain ASCII report", "utf-8", TRIED, id="ascii"),
    ],
)
def test_decode_text_checks_each_candidate(data: bytes, encoding: str, basis: EncodingBasis) -> None:
    decoding = decode_text(data)
    assert (decoding.encoding, decoding.basis) == (encoding, basis)
    assert check_text(decoding.text) is None


def test_big5_text_round_trips_and_is_never_mojibake() -> None:
    data = SEED_TRADITIONAL.encode("big5")
    assert decode_text(data).text == SEED_TRADITIONAL
    # the old reading: GB18030 accepts the bytes, and the check rejects what it gives
    misread = data.decode("gb18030")
    problem = check_text(misread)
    assert problem is not None and "private-use" in problem[1]


def test_parse_file_of_big5_text_gets_the_title(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "fuzhou.txt"
    path.write_bytes(SEED_TRADITIONAL.encode("big5"))
    report = parse_file(path)
    assert (report.encoding, report.encoding_basis) == ("big5", TRIED)
    assert report.meta.title == "福州市司法局2023年法治政府建設工作報告"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(SAMPLE.encode() + b"\x00\x00\x00", "control character U\\+0000", id="nul"),
        pytest.param(bytes(range(256)) * 4, "not text", id="every-byte"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "cannot decode x.bin", id="png-header"),
    ],
)
def test_binary_is_a_decode_error(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode_text(data, "x.bin")


def test_utf16_without_bom_is_detected_or_refused() -> None:
    data = SAMPLE.encode("utf-16-le")  # NUL bytes everywhere: UTF-8, GB18030 and Big5 are all rejected
    try:
        import charset_normalizer  # noqa: F401
    except ImportError:
        with pytest.raises(DecodeError, match="control character"):
            decode_text(data)
        return
    decoding = decode_text(data)
    assert (decoding.text, decoding.basis) == (SAMPLE, EncodingBasis.DETECTED)


def test_given_encoding_is_used_unchecked_and_strictly() -> None:
    data = SAMPLE.encode("gbk")
    assert decode_text(data, encoding="gbk") == (SAMPLE, "gbk", EncodingBasis.GIVEN)
    with pytest.raises(DecodeError) as info:
        decode_text(data, "x.txt", encoding="utf-8")
    assert info.value.encodings == ("utf-8",) and info.value.pos == 0
    with pytest.raises(DecodeError):
        decode_text(data, encoding="no-such-codec")


def test_check_text_thresholds() -> None:
    han = "法" * 2000
    assert check_text(han + "\ue000") is None  # one private-use character in 2,000 (a rare name)
    assert check_text(han + "\ue000" * 3) is not None  # three are more than one in a thousand
    assert check_text("报告\tfine\r\n\x0c") is None  # tab, line and page breaks are text
    assert check_text("报告\x85") == (2, "control character U+0085")
    # punctuation-heavy Chinese text is Chinese: 2 Han characters of 4 non-ASCII
    assert check_text("“报告”") is None
    assert check_text("«×»é") is not None


def _encodable(control: str, codec: str) -> bool:
    try:
        control.encode(codec)
    except UnicodeEncodeError:
        return False  # Big5 has no C1 control
    return True


@pytest.mark.parametrize(
    ("codec", "control"),
    [
        (codec, control)
        for codec in ("utf-8", "gb18030", "big5")
        for control in ("\x00", "\x08", "\x0e", "\x1f", "\x7f", "\x80", "\x85", "\x9f")
        if _encodable(control, codec)
    ],
)
def test_a_control_anywhere_is_found_in_the_bytes_too(codec: str, control: str) -> None:
    # decode_text looks for C0 controls and DEL in the bytes (they are never part of a longer
    # sequence in these codecs) and for C1 controls by their byte forms (UTF-8 C2 80-9F, GB18030
    # 81 30 81 30-81 30 84 31; Big5 has none): the answer and its offset are check_text's.
    text = "報告" * 3000 + control + "報告"  # far from the sample the shares are read on; 報 is in all three
    data = text.encode(codec)
    assert encodings._check_decoded(data, text, codec) == check_text(text) == (6000, f"control character U+{ord(control):04X}")


@given(st.text(st.sampled_from("报告二〇·亖0\x81\x00\x1f\x7f\x85\x9f\t\n a€"), max_size=40))
def test_the_bytes_tell_what_the_text_tells(text: str) -> None:
    for codec in ("utf-8", "gb18030", "big5"):
        try:
            data = text.encode(codec)
        except UnicodeEncodeError:
            continue
        assert encodings._check_decoded(data, text, codec) == check_text(text), codec


def test_bytes_that_only_look_like_a_control_decode() -> None:
    # UTF-8 C2 B7 is the middle dot (not C2 80-9F); GB18030 81 81 is 亖, followed by the ASCII "0",
    # "\x81" and a digit only in another order: no control, the text decodes.
    for text, codec in (("法治·报告", "utf-8"), ("亖0号报告" * 20, "gb18030")):
        data = f'<meta charset="{codec}">{text}'.encode(codec)
        assert decode_text(data).text.endswith(text)
    data = '<meta charset="gb18030">'.encode() + "亖".encode("gb18030") + b"0" + "报告".encode("gb18030")
    assert decode_text(data).encoding == "gb18030"  # 81 81 30 then B1 A8: the bytes 81 30 are not a control


def test_declared_charset_and_html_sniffing() -> None:
    assert declared_charset(b'<?xml version="1.0" encoding="GB2312"?><html>') == "gb18030"
    assert declared_charset(b"<meta charset='x-gbk'>") == "gb18030"
    assert declared_charset(b"<meta charset=nonsense-codec>") is None
    assert declared_charset(b" " * 5000 + b'<meta charset="big5">') is None  # past the sniffing window
    assert looks_like_html("\ufeff  <!DOCTYPE HTML PUBLIC>") and looks_like_html(b"<html>")
    assert not looks_like_html("索引号: | 011158671/2021-05900 |") and not looks_like_html("<<标题>>")


def test_well_formed_utf8_is_never_read_as_another_codec() -> None:
    # A UTF-8 text with a stray C1 control (U+0085, NEL) is rejected by the check; read as GB18030
    # its bytes give 鎶ュ憡-style mojibake that passes every check: undecodable, not re-read.
    text = "诸暨市司法局2022年法治政府建设年度报告\u0085一、总体情况"
    with pytest.raises(DecodeError) as info:
        decode_text(text.encode("utf-8"))
    assert info.value.encodings == ("utf-8",)
    assert info.value.pos == len(text.split("\u0085")[0].encode("utf-8"))  # the control's byte offset
    # a page that declares gb2312 but is UTF-8 is read as UTF-8 (a mis-declared charset)
    page = '<html><head><meta charset="gb2312"></head><body><p>一、总体情况</p></body></html>'
    assert decode_text(page.encode("utf-8"))[:2] == (page, "utf-8")
    # GBK and Big5 bytes are never well-formed UTF-8: they still go to their codecs
    assert decode_text("一、总体情况".encode("gbk")).encoding == "gb18030"
    assert decode_text("一、總體情況".encode("big5")).encoding == "big5"

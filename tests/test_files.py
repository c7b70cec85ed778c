"""Reading report files: encodings, byte-order marks, and files that are not text."""

from __future__ import annotations

import codecs
import pathlib

import pytest

from zhgovreport import DecodeError, parse
from zhgovreport.files import decode, parse_file, read_text

SEED = pathlib.Path(__file__).resolve().parent.parent / "seeds" / "000_dc9f03113f863c93.txt"
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
    assert (info.value.file, info.value.pos, info.value.encodings) == ("junk.bin", 13, ("utf-8", "gb18030"))
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

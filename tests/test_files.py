"""Reading report files: encodings, byte-order marks, and files that are not text."""

from __future__ import annotations

import codecs
import pathlib

import pytest

from zhgovreport import ParseError, parse
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
    data = "一、标题\n".encode() + b"\x80\x81\xff\x00"
    with pytest.raises(ParseError) as info:
        decode(data, "junk.bin")
    assert info.value.text == "junk.bin"
    assert isinstance(info.value, ValueError)
    assert "GB18030" in str(info.value)


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

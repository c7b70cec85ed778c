"""Reading report files: bytes → str with a known encoding, then :func:`parse`.

Chinese government reports come as UTF-8 (with or without a byte-order mark)
or as GB18030/GBK.  :func:`read_text` tries them in that order and says which
one decoded the file; :func:`parse_file` records it in ``Report.encoding``.
"""

from __future__ import annotations

import codecs
import os

import attrs

from zhgovreport.errors import DecodeError
from zhgovreport.model import Report
from zhgovreport.outline import parse

__all__ = ["ENCODINGS", "decode", "parse_file", "read_text"]

ENCODINGS = ("utf-8", "gb18030")
"""Encodings tried, in order, for a file without a byte-order mark (GB18030 ⊃ GBK ⊃ GB2312)."""

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``.

    >>> decode("一、总体情况".encode("gbk"))
    ('一、总体情况', 'gb18030')
    >>> decode(codecs.BOM_UTF8 + "报告".encode())
    ('报告', 'utf-8-sig')

    Raises :class:`~zhgovreport.errors.DecodeError` (a ``ValueError``) at the
    first undecodable byte when no encoding fits.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                # utf-8-sig counts from after its BOM, utf-16 from the start of the data
                pos = exc.start + (len(bom) if encoding == "utf-8-sig" else 0)
                raise DecodeError(name, pos, (encoding,), f"invalid {encoding} byte sequence") from None
    first_error: UnicodeDecodeError | None = None
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            first_error = first_error or exc
    assert first_error is not None
    raise DecodeError(name, first_error.start, ENCODINGS, f"not text (byte {data[first_error.start]:#04x})")


def _check_path(path: object, name: str) -> str | os.PathLike[str]:
    # open() also takes a file descriptor: parse_file(2) would read, then close, stderr.
    if isinstance(path, (str, os.PathLike)):
        return path
    raise TypeError(f"{name} expects a path (str or os.PathLike), got {type(path).__name__}")


def read_text(path: str | os.PathLike[str]) -> tuple[str, str]:
    """Read a report file and return ``(text, encoding)``; see :func:`decode`.

    ``OSError`` (e.g. ``FileNotFoundError``) propagates unchanged; a path that
    is not a ``str`` or ``os.PathLike`` (a file descriptor, say) is a ``TypeError``.
    """
    with open(_check_path(path, "read_text"), "rb") as handle:
        data = handle.read()
    return decode(data, os.fspath(path))


def parse_file(path: str | os.PathLike[str]) -> Report:
    """Read and parse a report file; ``Report.encoding`` says how it was decoded.

    >>> report = parse_file("seeds/000_dc9f03113f863c93.txt")  # doctest: +SKIP
    >>> report.encoding  # doctest: +SKIP
    'utf-8'
    """
    text, encoding = read_text(_check_path(path, "parse_file"))
    return attrs.evolve(parse(text), encoding=encoding)

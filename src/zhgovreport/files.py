"""Reading report files: a path → bytes → text (:mod:`zhgovreport.encodings`) → a parser.

:func:`parse_file` reads ``.html``/``.htm``/``.shtml`` files, and files whose
content starts like HTML, with :func:`zhgovreport.parse_html`; others with
:func:`zhgovreport.parse`.
"""

from __future__ import annotations

import os

import attrs

from zhgovreport.encodings import decode, decode_text, looks_like_html
from zhgovreport.model import Report
from zhgovreport.outline import parse

__all__ = ["HTML_SUFFIXES", "parse_file", "read_text"]

HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
"""File name endings :func:`parse_file` reads as HTML pages (any case)."""


def _check_path(path: object, name: str) -> str | os.PathLike[str]:
    # open() also takes a file descriptor: parse_file(2) would read, then close, stderr.
    if isinstance(path, (str, os.PathLike)):
        return path
    raise TypeError(f"{name} expects a path (str or os.PathLike), got {type(path).__name__}")


def _read_bytes(path: str | os.PathLike[str], caller: str) -> bytes:
    with open(_check_path(path, caller), "rb") as handle:
        return handle.read()


def read_text(path: str | os.PathLike[str]) -> tuple[str, str]:
    """Read a report file and return ``(text, encoding)``; see :func:`decode`.

    ``OSError`` (e.g. ``FileNotFoundError``) propagates unchanged; a path that
    is not a ``str`` or ``os.PathLike`` (a file descriptor, say) is a ``TypeError``.
    """
    return decode(_read_bytes(path, "read_text"), os.fspath(path))


def parse_file(path: str | os.PathLike[str], *, encoding: str | None = None) -> Report:
    """Read and parse a report file, plain text or an HTML page.

    ``Report.encoding`` and ``Report.encoding_basis`` say how it was decoded
    (``encoding`` forces a codec).  HTML pages (by name, :data:`HTML_SUFFIXES`,
    or by content, :func:`looks_like_html`) go to :func:`zhgovreport.parse_html`,
    which needs the ``html`` extra.

    >>> report = parse_file("seeds/000_dc9f03113f863c93.txt")
    >>> report.encoding, str(report.encoding_basis), str(report.source_format)
    ('utf-8', 'tried', 'text')
    """
    data = _read_bytes(path, "parse_file")
    name = os.fspath(path)
    decoding = decode_text(data, name, encoding=encoding)
    if name.lower().endswith(HTML_SUFFIXES) or looks_like_html(decoding.text):
        from zhgovreport.html import parse_html

        report = parse_html(decoding.text)
    else:
        report = parse(decoding.text)
    return attrs.evolve(report, encoding=decoding.encoding, encoding_basis=decoding.basis)

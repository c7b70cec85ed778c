"""Bytes → text with a checked encoding: the one home of how report bytes are decoded.

Reports come as UTF-8 (with or without a byte-order mark), as GB18030/GBK/GB2312,
as Big5 from Taiwan and Hong Kong sites, and as HTML pages that may declare
their charset (correctly or not).  :func:`decode_text` decides in this order,
and records which rule decided (:class:`~zhgovreport.model.EncodingBasis`):

1. a byte-order mark (UTF-8, UTF-16);
2. the encoding the caller gives (``parse_html(data, encoding="big5")``);
3. well-formed UTF-8 that is not ASCII is UTF-8, whatever a page declares: no
   GB or Big5 text of any length is well-formed UTF-8, and UTF-8 bytes read
   with another codec are mojibake that may pass every check;
4. the charset a page declares (``<meta charset>``, ``http-equiv``,
   ``<?xml encoding>``), with gb2312/gbk read as gb18030, their superset;
5. strict GB18030, then Big5 (:data:`ENCODINGS`);
6. charset-normalizer's guess, when it is installed.

Every decoding but the caller's is *checked*, not assumed: one that yields
control characters (NUL…), more than one private-use or unassigned character
in a thousand, or too few Chinese characters among the non-ASCII ones
(:func:`check_text`) is rejected, so Big5 bytes are not read as GB18030
(``瞷и瓣叭…``).  When nothing fits, :class:`~zhgovreport.errors.DecodeError`
names the input, a byte offset and the encodings tried: never mojibake.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

import regex

from zhgovreport.errors import DecodeError
from zhgovreport.model import EncodingBasis

__all__ = [
    "ENCODINGS",
    "Decoding",
    "check_text",
    "declared_charset",
    "decode",
    "decode_text",
    "looks_like_html",
]

ENCODINGS = ("utf-8", "gb18030", "big5")
"""Encodings tried, in order, for bytes without a byte-order mark or a usable declared charset."""

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_READ_AS = {"gb2312": "gb18030", "gbk": "gb18030", "hz": "gb18030", "big5": "big5", "cp950": "big5"}
"""Declared charsets read as a superset (codec names after ``codecs.lookup``)."""

SNIFF_BYTES = 4096
"""A declared charset is looked for in this many leading bytes (the HTML standard says 1024; CMSs put long comments first)."""

_DECLARED = regex.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    regex.IGNORECASE,
)
_HTML_START = regex.compile(
    r"\A[\s\ufeff]*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|\?xml)\b",
    regex.IGNORECASE | regex.DOTALL,
)

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_ODD = regex.compile(r"[\p{Co}\p{Cn}\p{Cs}]")
# runs of ASCII and Han characters (the CJK ideograph blocks): deleting them leaves the few others of a
# Chinese text (fewer matches than finding the others, and a faster class)
_HAN_OR_ASCII = re.compile("[\x00-\x7f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+")
_C0_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])  # the bytes of _CONTROL below 0x80
_C1_BYTES: dict[str, tuple[bytes, re.Pattern[bytes]] | None] = {
    "utf-8": (b"\xc2", re.compile(rb"\xc2[\x80-\x9f]")),
    "gb18030": (b"\x81", re.compile(rb"\x810[\x81-\x84][0-9]")),
    "big5": None,
}
"""How a C1 control looks in the bytes of each codec whose control bytes are always controls: its first byte, and
a pattern that finds every one (and perhaps more)."""

_PUNCTUATION = re.compile("[\u2000-\u206f\u3000-\u303f\uff00-\uffef\xa0\xb7]+")  # runs: fewer matches

SAMPLE_CHARS = 2048
"""The shares of :func:`check_text` are read on at most this many characters, in four slices spread over the text."""

ODD_PER_MILLE = 1
"""At most this many private-use or unassigned characters per 1,000 non-ASCII ones (rare names typed in a user-defined area)."""

MIN_HAN_SHARE = 0.5
"""At least this share of the non-ASCII letters of a Chinese report (spaces and punctuation aside) are Han characters."""


class Decoding(NamedTuple):
    """What :func:`decode_text` returns: the text, the codec used, and the rule that chose it."""

    text: str
    encoding: str
    basis: EncodingBasis


def check_text(text: str) -> tuple[int, str] | None:
    """Why ``text`` is not a plausible decoding of a Chinese report, or ``None``.

    Returns ``(character offset, reason)`` for the first problem: a control
    character (NUL, C1 controls; tab, line and page breaks are fine), more
    private-use or unassigned characters than :data:`ODD_PER_MILLE`, or fewer
    Han characters than :data:`MIN_HAN_SHARE` among the non-ASCII letters
    (CJK and general punctuation, fullwidth forms and spaces aside).  Pure
    ASCII, and white space and punctuation alone, pass.  Controls are looked for in the whole text, the shares
    read on a sample of :data:`SAMPLE_CHARS` (mojibake is never local).

    >>> check_text("一、总体情况\\n") is None
    True
    >>> check_text("报告\\x00")
    (2, 'control character U+0000')
    >>> check_text("Ã¤Â¸Â€")  # UTF-8 bytes read as Latin-1
    (0, 'too few Chinese characters (0 of 6 non-ASCII letters)')
    >>> check_text("\u3000“”，。") is None  # white space and punctuation are no letters
    True
    """
    return _control(text) or _shares(text)


def _control(text: str) -> tuple[int, str] | None:
    bad = _CONTROL.search(text)
    return None if bad is None else (bad.start(), f"control character U+{ord(bad[0]):04X}")


def _shares(text: str) -> tuple[int, str] | None:
    sample = _sample(text)
    non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))
    if non_ascii == 0:
        return None
    others = _HAN_OR_ASCII.sub("", sample)  # private-use and unassigned characters are among these
    count = len(_ODD.findall(others))
    if count * 1000 > non_ascii * ODD_PER_MILLE:
        odd = _ODD.search(text)
        assert odd is not None
        return odd.start(), f"{count} private-use or unassigned characters (U+{ord(odd[0]):04X}…)"
    han = non_ascii - len(others)
    letters = han + len(_PUNCTUATION.sub("", others))  # spaces and punctuation aside
    if han < letters * MIN_HAN_SHARE:
        first = next((i for i, c in enumerate(text) if not c.isascii()), 0)  # the sample's first is the text's
        return first, f"too few Chinese characters ({han} of {letters} non-ASCII letters)"
    return None


def _check_decoded(data: bytes, text: str, codec: str) -> tuple[int, str] | None:
    """:func:`check_text` of ``text``, ``data`` decoded with ``codec``, its control scan on the bytes when it can.

    In UTF-8, GB18030 and Big5 a byte below 0x20, or 0x7F, is never part of a
    longer sequence, so the text holds a C0 control or DEL iff the bytes hold
    that byte: deleting them from the bytes (C speed, a table lookup a byte)
    tells, 3x faster than a regex search of the text.  A C1 control is
    ``C2 80``-``C2 9F`` in UTF-8 and ``81 30 81 30``-``81 30 84 31`` in GB18030
    (every 2- and 4-byte sequence was tried); Big5 has none.  When the bytes
    may hold a control, the text is searched as :func:`check_text` does, so the
    answer and its offset are the same.
    """
    clean = codec in _C1_BYTES and len(data.translate(None, _C0_BYTES)) == len(data)
    signature = _C1_BYTES.get(codec)
    if signature is not None and clean and signature[0] in data:  # memchr for the first byte
        clean = signature[1].search(data) is None
    if not clean:
        problem = _control(text)
        if problem is not None:
            return problem
    return _shares(text)


def _sample(text: str) -> str:
    """``text``, or four slices of it spread from start to end when it is longer than :data:`SAMPLE_CHARS`."""
    if len(text) <= SAMPLE_CHARS:
        return text
    size = SAMPLE_CHARS // 4
    step = (len(text) - size) // 3
    return "".join(text[i * step : i * step + size] for i in range(4))


def looks_like_html(data: bytes | str) -> bool:
    """Whether ``data`` starts like an HTML page (``<!DOCTYPE html>``, ``<html>``, ``<head>``…, after comments).

    >>> looks_like_html(b'<!-- saved from url=(0042) -->\\n<html lang="zh-CN">'), looks_like_html("一、<b>总体</b>")
    (True, False)
    """
    head = data[:SNIFF_BYTES]
    if isinstance(head, bytes):
        head = head.decode("latin-1")
    return _HTML_START.match(head) is not None


def declared_charset(data: bytes) -> str | None:
    """The codec a page declares in its first :data:`SNIFF_BYTES` bytes, as it will be read.

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    'gb18030'
    >>> declared_charset(b'<meta charset="UTF-8">'), declared_charset(b"<p>charset</p>")
    ('utf-8', None)
    """
    match = _DECLARED.search(data[:SNIFF_BYTES])
    if match is None:
        return None
    label = (match[1] or match[2]).decode("ascii").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        name = {"x-gbk": "gbk", "x-big5": "big5", "gb_2312-80": "gb2312"}.get(label, "")
        if not name:
            return None
    return _READ_AS.get(name, name)


def _byte_offset(text: str, pos: int, encoding: str) -> int:
    return len(text[:pos].encode(encoding, "replace"))


def _guess(data: bytes) -> str | None:
    try:
        import charset_normalizer
    except ImportError:
        return None
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    try:
        return codecs.lookup(str(best.encoding)).name
    except LookupError:  # pragma: no cover - charset-normalizer names Python codecs
        return None


def decode_text(data: bytes, name: str = "<bytes>", *, encoding: str | None = None) -> Decoding:
    """Decode ``data``: the text, the codec, and how it was decided (see the module docs).

    >>> decode_text("一、總體情況".encode("big5"))
    Decoding(text='一、總體情況', encoding='big5', basis=<EncodingBasis.TRIED: 'tried'>)
    >>> page = '<meta charset="gbk"><p>报告</p>'.encode("gbk")
    >>> decode_text(page).basis.value, decode_text(page).encoding
    ('declared', 'gb18030')

    ``encoding`` names the codec to use, unchecked (a wrong one raises, as any
    undecodable input does, :class:`~zhgovreport.errors.DecodeError`).
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode_text expects bytes, got {type(data).__name__}")
    data = bytes(data)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoding(data.decode(codec), codec, EncodingBasis.BOM)
            except UnicodeDecodeError as exc:
                # utf-8-sig counts from after its BOM, utf-16 from the start of the data
                pos = exc.start + (len(bom) if codec == "utf-8-sig" else 0)
                raise DecodeError(name, pos, (codec,), f"invalid {codec} byte sequence") from None
    if encoding is not None:
        try:
            return Decoding(data.decode(encoding), encoding, EncodingBasis.GIVEN)
        except (UnicodeDecodeError, LookupError) as exc:
            pos = exc.start if isinstance(exc, UnicodeDecodeError) else 0
            raise DecodeError(name, pos, (encoding,), f"not {encoding}: {exc}") from None

    tried: list[str] = []
    failure: tuple[int, str] | None = None  # (byte offset, reason) of the first rejection

    def attempt(codec: str, decoded: str | None = None) -> str | None:
        nonlocal failure
        tried.append(codec)
        try:
            text = data.decode(codec) if decoded is None else decoded
        except UnicodeDecodeError as exc:
            failure = failure or (exc.start, f"not text (byte {data[exc.start]:#04x})")
            return None
        problem = _check_decoded(data, text, codec)
        if problem is None:
            return text
        failure = failure or (_byte_offset(text, problem[0], codec), f"{codec} gives {problem[1]}")
        return None

    declared = declared_charset(data) if looks_like_html(data) else None
    if not data.isascii():
        try:
            utf8 = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:  # well-formed UTF-8 that is not ASCII: UTF-8 or nothing (module docs, rule 3)
            if attempt("utf-8", utf8) is None:
                assert failure is not None
                raise DecodeError(name, failure[0], tried, failure[1])
            return Decoding(utf8, "utf-8", EncodingBasis.DECLARED if declared == "utf-8" else EncodingBasis.TRIED)
    if declared is not None:
        text = attempt(declared)
        if text is not None:
            return Decoding(text, declared, EncodingBasis.DECLARED)
    for codec in ENCODINGS:
        if codec != declared:
            text = attempt(codec)
            if text is not None:
                return Decoding(text, codec, EncodingBasis.TRIED)
    guessed = _guess(data)
    if guessed is not None and guessed not in tried:
        text = attempt(guessed)
        if text is not None:
            return Decoding(text, guessed, EncodingBasis.DETECTED)
    assert failure is not None
    raise DecodeError(name, failure[0], tried, failure[1])


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``: :func:`decode_text` without the basis.

    >>> decode("一、总体情况".encode("gbk"))
    ('一、总体情况', 'gb18030')
    >>> decode(codecs.BOM_UTF8 + "报告".encode())
    ('报告', 'utf-8-sig')

    Raises :class:`~zhgovreport.errors.DecodeError` (a ``ValueError``) when no
    encoding fits.
    """
    decoding = decode_text(data, name)
    return decoding.text, decoding.encoding

"""The library's exceptions.

Content never raises: any ``str`` is a report, and what is odd in it becomes a
:class:`~zhgovreport.model.Diagnostic`.  Strict helpers such as
:func:`~zhgovreport.parse_number` raise :class:`ParseError` when the string
they were given is not what they parse; reading a file raises
:class:`DecodeError` when its bytes are not text in an encoding reports use.
Both are subclasses of ``ValueError``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zhgovreport.model import Failure

__all__ = ["BatchError", "DecodeError", "ParseError", "check_str"]


class ParseError(ValueError):
    """A strict helper could not read its input.

    It is a :class:`ValueError`, so ``except ValueError`` catches it.  ``text``
    is the input, ``pos`` the offset where reading failed, ``reason`` a phrase.

    >>> err = ParseError("5x", 1, "unexpected character 'x'")
    >>> str(err)
    "cannot parse '5x' at position 1: unexpected character 'x'"
    """

    def __init__(self, text: str, pos: int, reason: str) -> None:
        self.text = text
        self.pos = pos
        self.reason = reason
        shown = text if len(text) <= 60 else text[:57] + "..."
        super().__init__(f"cannot parse {shown!r} at position {pos}: {reason}")


class DecodeError(ValueError):
    """The bytes of a report are not text in any encoding that was tried.

    ``file`` names the input (a path, or ``"<bytes>"``), ``pos`` is the byte
    offset where decoding failed, ``encodings`` the encodings tried, in order.

    >>> err = DecodeError("report.txt", 17, ("utf-8", "gb18030"), "byte 0xff")
    >>> str(err)
    'cannot decode report.txt: byte 0xff at byte 17 (tried utf-8, gb18030)'
    >>> isinstance(err, ValueError)
    True
    """

    def __init__(self, file: str, pos: int, encodings: Sequence[str], reason: str) -> None:
        self.file = file
        self.pos = pos
        self.encodings = tuple(encodings)
        self.reason = reason
        super().__init__(f"cannot decode {file}: {reason} at byte {pos} (tried {', '.join(self.encodings)})")


class BatchError(Exception):
    """A file of a batch gave no report, and the caller asked for an exception (``errors="raise"``).

    ``failure`` is the :class:`~zhgovreport.model.Failure` (file, code,
    reason); the exception that caused it, if any, is chained
    (``__cause__``) when the file was read in this process.

    >>> from zhgovreport.model import Failure, FailureCode
    >>> str(BatchError(Failure("a.txt", FailureCode.EMPTY, "empty file")))
    'a.txt: empty file'
    """

    def __init__(self, failure: Failure) -> None:
        self.failure = failure
        super().__init__(f"{failure.file}: {failure.reason}")


def check_str(value: object, name: str, hint: str = "") -> str:
    """Return ``value`` if it is a ``str``; otherwise raise a clear ``TypeError``."""
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{name} expects str, got {type(value).__name__}: decode it first"
            + (f" ({hint})" if hint else "")
        )
    raise TypeError(f"{name} expects str, got {type(value).__name__}")

"""The library's one exception.

Content never raises: any ``str`` is a report, and what is odd in it becomes a
:class:`~zhgovreport.model.Diagnostic`.  Strict helpers such as
:func:`~zhgovreport.parse_number` raise :class:`ParseError` when the string
they were given is not what they parse.
"""

from __future__ import annotations

__all__ = ["ParseError"]


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

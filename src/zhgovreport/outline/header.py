"""Header stage: the lines before the report body → :class:`~zhgovreport.model.Meta`.

PLACEHOLDER: the meta/parts helper replaces this file.
"""

from __future__ import annotations

from collections.abc import Sequence

from zhgovreport.model import Meta
from zhgovreport.text.lines import Line

__all__ = ["read_header"]


def read_header(text: str, folded: str, lines: Sequence[Line]) -> Meta:
    """Return the header's :class:`Meta`; ``meta.end`` is where the header stops."""
    return Meta()

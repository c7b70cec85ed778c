"""Parts stage: top-level sections → the five canonical parts; meta cross-checks.

PLACEHOLDER: the meta/parts helper replaces this file.
"""

from __future__ import annotations

from zhgovreport.model import Meta, Section

__all__ = ["assign_parts"]


def assign_parts(meta: Meta, sections: tuple[Section, ...]) -> tuple[Meta, tuple[Section, ...]]:
    """Return ``meta`` completed (year cross-check, ``on_time``) and the sections with ``part`` set."""
    return meta, sections

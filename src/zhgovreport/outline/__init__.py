"""Outline stage: text → lines → header → markers (a flat heading stream) → tree → items → parts.

The modules, in the order the pipeline runs them (see :mod:`zhgovreport.outline.parse`):
:mod:`~zhgovreport.outline.header` (meta), :mod:`~zhgovreport.outline.markers`
(heading lines), :mod:`~zhgovreport.outline.titles` (where a title stops),
:mod:`~zhgovreport.outline.tree` (nesting and numbering diagnostics),
:mod:`~zhgovreport.outline.items` (``一是…二是…``) and
:mod:`~zhgovreport.outline.parts` (the five report parts).
"""

from __future__ import annotations

from zhgovreport.outline.parse import parse

__all__ = ["parse"]

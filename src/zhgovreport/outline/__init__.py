"""Outline stage: text → header → markers (a flat heading stream) → titles → tree → sections → genre → parts.

The modules, in the order :mod:`~zhgovreport.outline.pipeline` runs them:
:mod:`~zhgovreport.outline.header` (meta), :mod:`~zhgovreport.outline.markers`
(heading lines), :mod:`~zhgovreport.outline.titles` (where a title stops),
:mod:`~zhgovreport.outline.tree` (nesting and numbering diagnostics),
:mod:`~zhgovreport.outline.sections` (frozen sections, with
:mod:`~zhgovreport.outline.items`, ``一是…二是…``),
:mod:`~zhgovreport.outline.genre` (the kind of report) and
:mod:`~zhgovreport.outline.parts` (the report parts;
:mod:`~zhgovreport.outline.deadline` says whether a report came on time).
"""

from __future__ import annotations

from zhgovreport.outline.pipeline import parse

__all__ = ["parse"]

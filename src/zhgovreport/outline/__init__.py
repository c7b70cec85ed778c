"""Outline stage: text → blocks → markers (flat heading stream) → tree → items → parts.

PLACEHOLDER: the outline helper replaces this file.
"""

from __future__ import annotations

import os

from zhgovreport.model import Report

__all__ = ["parse", "parse_file"]


def parse(text: str) -> Report:
    raise NotImplementedError


def parse_file(path: str | os.PathLike[str]) -> Report:
    raise NotImplementedError

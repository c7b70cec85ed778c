"""Quantities stage: text → numeral spans → Decimal → context → Quantity.

PLACEHOLDER: the quantities helper replaces this file.
"""

from __future__ import annotations

from zhgovreport.model import Quantity, Report, Section

__all__ = ["extract_quantities", "parse_quantity", "quantities_in"]


def parse_quantity(text: str) -> Quantity:
    raise NotImplementedError


def extract_quantities(text: str) -> list[Quantity]:
    raise NotImplementedError


def quantities_in(text: str, node: Report | Section) -> list[Quantity]:
    raise NotImplementedError

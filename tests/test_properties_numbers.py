"""Property: parse_number reads every rendering numbers() draws (issue 4).

The renderings and their values are built by zhgovreport.strategies.numbers
(forms listed in its docstring; hand-checked in tests/test_strategies.py).
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given

from zhgovreport import parse_number
from zhgovreport.strategies import numbers


@given(numbers())
def test_parse_number_reads_every_rendering(case: tuple[Decimal, str]) -> None:
    value, text = case
    assert parse_number(text) == value


@given(numbers())
def test_parse_number_ignores_surrounding_white_space(case: tuple[Decimal, str]) -> None:
    value, text = case
    assert parse_number(f" \u3000{text}\t") == value

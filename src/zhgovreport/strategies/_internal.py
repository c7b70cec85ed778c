"""The helpers behind the strategies that the library's own tests check directly.

Not public API: the renderings (checked against values worked out by hand),
the vocabularies (checked to hold no numeral and to fold to Simplified) and
the largest number drawn per marker style.  Tests import them from here
only, so the private modules may move without touching the tests.
"""

from __future__ import annotations

from zhgovreport.strategies._markers import MARKER_MAX
from zhgovreport.strategies._render import cn_digits, cn_integer, group_thousands, liang, traditional
from zhgovreport.strategies._vocab import (
    AGENCIES,
    CLAUSE_OPENERS,
    FORBIDDEN_IN_WORDS,
    SET_PHRASES,
    SURROUNDINGS,
    UNITS,
    WORDS,
)

__all__ = [
    "AGENCIES",
    "CLAUSE_OPENERS",
    "FORBIDDEN_IN_WORDS",
    "MARKER_MAX",
    "SET_PHRASES",
    "SURROUNDINGS",
    "UNITS",
    "WORDS",
    "cn_digits",
    "cn_integer",
    "group_thousands",
    "liang",
    "traditional",
]

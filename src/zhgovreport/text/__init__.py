"""The first stage shared by every other: folding and the line table."""

from zhgovreport.text.fold import FOLD_TABLE, fold
from zhgovreport.text.lines import Line, split_lines

__all__ = ["FOLD_TABLE", "Line", "fold", "split_lines"]

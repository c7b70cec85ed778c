"""The first stage shared by every other: folding, the line table, and the :class:`Source` built from them."""

from zhgovreport.text.fold import FOLD_TABLE, fold
from zhgovreport.text.lines import Line, ends_sentence, split_lines, unbreak
from zhgovreport.text.source import Source

__all__ = ["FOLD_TABLE", "Line", "Source", "ends_sentence", "fold", "split_lines", "unbreak"]

"""Indicators stage: figures → what each measures, its change, basis, target and year.

The stages, one module each:

* :mod:`~zhgovreport.indicators.vocab` — the reviewed tables: verbs of change
  and their direction, linking verbs, comparisons, rate nouns, adverbs,
  target cues, clause ends;
* :mod:`~zhgovreport.indicators.clauses` — the clause reader: name, aspect,
  direction and basis of one figure from the words before it;
* :mod:`~zhgovreport.indicators.extract` — the assembly: inheritance of names
  within a sentence, ``分别`` lists, targets, years, and the
  :class:`~zhgovreport.model.Indicator` records.

>>> [(i.name, str(i.aspect), str(i.direction)) for i in extract_indicators("森林覆盖率从21.6%提高到23%")]
[('森林覆盖率', 'base', 'None'), ('森林覆盖率', 'level', 'up')]
"""

from __future__ import annotations

from zhgovreport.indicators.extract import extract_indicators

__all__ = ["extract_indicators"]

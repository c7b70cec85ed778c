"""Quantities stage: text → numeral spans → Decimal → context → Quantity.

The stages, one module each:

* :mod:`~zhgovreport.quantities.vocab` — the reviewed tables: units and
  measure words (with Traditional forms), rates, approximation words, and what
  is *not* a quantity (dates, codes, names, lexicalized words);
* :mod:`~zhgovreport.quantities.scan` — one regex pass over folded text,
  generated from those tables;
* :mod:`~zhgovreport.quantities.context` — which candidates are figures, and
  their value, unit, kind and approximation (numerals through
  :mod:`zhgovreport.numerals`, the one module that imports ``cn2an``);
* :mod:`~zhgovreport.quantities.extract` — :class:`~zhgovreport.model.Quantity`
  records, for a text or for a parsed report (with section and sentence).

>>> [(q.text, str(q.value)) for q in extract_quantities("调解案件5.4萬多件，成功率达99.7%")]
[('5.4萬多件', '54000'), ('99.7%', '99.7')]
"""

from __future__ import annotations

from zhgovreport.quantities.extract import extract_quantities, parse_quantity

__all__ = ["extract_quantities", "parse_quantity"]

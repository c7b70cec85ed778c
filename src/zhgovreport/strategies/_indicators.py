"""Sentences of indicators whose reading is known by construction (``docs/spec/indicators.md``).

A sentence is built clause by clause from a measure's name, an optional
comparison, a verb of change or a linking verb, and a figure from
:func:`~zhgovreport.strategies.quantities`; clauses that name nothing inherit
the name of the clause before, ``分别`` lists pair names and figures, and
``从A提高到B`` gives a base and a level.  Target cues (a lead ending in ``：``,
a cue word, a figure ``…以内``) and a leading year make the expected ``target``
and ``year``.  The words are written out here again, on purpose: a case's
answer must not come from the library's own tables.
"""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

from zhgovreport.model import Aspect, Direction
from zhgovreport.strategies._cases import IndicatorCase, IndicatorFigure, QuantityCase
from zhgovreport.strategies._quantities import quantities

NAMES: tuple[tuple[str, str], ...] = (
    ("粮食产量", "糧食產量"),
    ("行政复议案件办结率", "行政復議案件辦結率"),
    ("城镇居民人均可支配收入", "城鎮居民人均可支配收入"),
    ("一般公共预算收入", "一般公共預算收入"),
    ("市场主体总量", "市場主體總量"),
    ("法律援助案件", "法律援助案件"),
    ("森林覆盖率", "森林覆蓋率"),
    ("居民消费价格", "居民消費價格"),
    ("进出口总额", "進出口總額"),
    ("公共法律服务满意率", "公共法律服務滿意率"),
    ("审结行政复议案件", "審結行政復議案件"),
    ("调解成功矛盾纠纷", "調解成功矛盾糾紛"),
    ("高技术制造业增加值", "高技術製造業增加值"),
    ("社会消费品零售总额", "社會消費品零售總額"),
    ("行政机关负责人出庭应诉率", "行政機關負責人出庭應訴率"),
    ("外商直接投资", "外商直接投資"),
)
"""Names of measures: noun phrases (with the counting verb) that hold no numeral, no verb
of change at their start, no adverb, no cue and no coordinator."""

CHANGE: tuple[tuple[str, Direction], ...] = (
    ("增长", Direction.UP),
    ("增加", Direction.UP),
    ("上升", Direction.UP),
    ("提升", Direction.UP),
    ("下降", Direction.DOWN),
    ("减少", Direction.DOWN),
    ("降低", Direction.DOWN),
    ("回落", Direction.DOWN),
)
"""Verbs of change and their direction (spec §1); none ends in a character that keeps an
approximation word off the figure after it (``提高超5%`` is not ``超5%``)."""

REACH = ("到", "至")
LINK = ("", "达到", "为", "达")
CONTROL = "控制在"
BASES = ("同比", "比上年", "较上年", "年均")
CUES = ("力争", "确保", "计划", "要")
LEADS = ("今年发展主要预期目标是：", "今年经济社会发展的主要预期目标是：")
UNDER_CUE = "以内"
"""A figure that ends in ``以内`` is a target cue itself (spec §1)."""


@attrs.define
class _Builder:
    """The sentence being written, and what each figure must read as."""

    text: str = ""
    figures: list[IndicatorFigure] = attrs.Factory(list)
    cued: bool = False
    clause: int = 0
    """Index of the first figure of the current clause."""

    def add(self, part: str) -> tuple[int, int]:
        start = len(self.text)
        self.text += part
        return start, len(self.text)

    def figure(
        self, q: QuantityCase, name: tuple[int, int] | None, aspect: Aspect, direction: Direction | None,
        basis: str | None,
    ) -> None:
        start, end = self.add(q.text)
        if q.text.endswith(UNDER_CUE) and not self.cued:  # a cue in the clause governs all of it
            self.cued = True
            self.figures[self.clause :] = [
                attrs.evolve(f, target=f.aspect is not Aspect.BASE) for f in self.figures[self.clause :]
            ]
        target = self.cued and aspect is not Aspect.BASE
        self.figures.append(IndicatorFigure(start, end, q, name, aspect, direction, basis, target))

    def next_clause(self) -> None:
        self.add("，")
        self.clause = len(self.figures)


def _figures(after: str = "") -> st.SearchStrategy[QuantityCase]:
    # a duration after a verb may read as a span of time (近两年); keep to amounts.  After 少
    # or 件, 数 makes a word (减少数万件: 少数; 法律援助案件数十万度: 件数): no 数 figure there.
    # 翻一番 holds its own verb (a change up): it follows no verb (控制在翻一番 is no Chinese)
    few = after.endswith(("少", "件"))
    return quantities().filter(
        lambda q: q.unit not in ("年", "天", "小时", "番") and not (few and q.text.startswith(("数", "數")))
    )


@st.composite
def _name(draw: st.DrawFn, trad: bool) -> str:
    simplified, traditional = draw(st.sampled_from(NAMES))
    return traditional if trad else simplified


def _change(draw: st.DrawFn, b: _Builder, name: tuple[int, int] | None) -> None:
    """``[同比|比上年|年均]增长FIG``: a change of the measure ``name``."""
    basis = draw(st.sampled_from((None, *BASES)))
    if basis:
        b.add(basis)
    verb, direction = draw(st.sampled_from(CHANGE))
    b.add(verb)
    b.figure(draw(_figures(b.text)), name, Aspect.CHANGE, direction, basis)


@st.composite
def indicators(draw: st.DrawFn) -> IndicatorCase:
    """A sentence of one to four clauses, each naming a measure or inheriting one, as an :class:`IndicatorCase`.

    Clause shapes: ``NAME[达到|为|达]FIG`` (a level), ``NAME[同比|比上年|年均]增长FIG``
    (a change), ``[同比]下降FIG`` after a naming clause (the name inherited),
    ``NAME从FIG提升到FIG`` (a base, then a level reached), ``NAME和NAME分别增长FIG和FIG``
    (names paired in order), ``NAME控制在FIG`` (a target).  A lead
    (``今年发展主要预期目标是：``), a cue word at a clause's start (``力争``), or a
    figure ending in ``以内`` makes the figures from there to the sentence's
    end targets, bases excepted; a leading ``2021年，`` gives every figure
    that year, otherwise the ``year`` of the case is the year to pass.

    >>> from hypothesis import given, settings
    >>> from zhgovreport import extract_indicators
    >>> @settings(max_examples=20, deadline=None)
    ... @given(indicators())
    ... def check(case):
    ...     found = extract_indicators(case.text, year=case.year)
    ...     assert [(i.quantity.start, i.aspect, i.target) for i in found] == [
    ...         (f.start, f.aspect, f.target) for f in case.figures]
    >>> check()
    """
    trad = draw(st.integers(0, 4)) == 0
    b = _Builder()
    year = 2022
    if draw(st.integers(0, 3)) == 0:
        b.add(draw(st.sampled_from(LEADS)))
        b.cued = True
    elif draw(st.integers(0, 3)) == 0:
        year = draw(st.integers(1990, 2030))
        b.add(f"{year}年，")
    clauses = draw(st.integers(1, 4))
    last_name: tuple[int, int] | None = None
    for k in range(clauses):
        if k:
            b.next_clause()
        if draw(st.integers(0, 4)) == 0:
            b.add(draw(st.sampled_from(CUES)))
            b.cued = True
        shape = draw(st.sampled_from(("level", "change", "inherit", "from", "respectively", "control")))
        if shape == "inherit" and last_name is None:
            shape = "change"
        if shape == "inherit":  # [basis] verb figure: the name of the clause before
            _change(draw, b, last_name)
            continue
        name = b.add(draw(_name(trad)))
        last_name = name
        if shape == "level":
            b.add(draw(st.sampled_from(LINK)))
            b.figure(draw(_figures(b.text)), name, Aspect.LEVEL, None, None)
        elif shape == "control":
            b.add(CONTROL)
            b.cued = True
            b.figure(draw(_figures(b.text)), name, Aspect.LEVEL, None, None)
        elif shape == "change":
            _change(draw, b, name)
        elif shape == "from":
            b.add("从")
            b.figure(draw(_figures(b.text)), name, Aspect.BASE, None, None)
            verb, direction = draw(st.sampled_from(CHANGE))
            b.add(verb + draw(st.sampled_from(REACH)))
            b.figure(draw(_figures(b.text)), name, Aspect.LEVEL, direction, None)
        else:  # respectively
            b.add("和")
            first = b.text[name[0] : name[1]]
            second = b.add(draw(_name(trad).filter(lambda n: n != first)))
            last_name = second  # the nearest named figure: what a later clause inherits
            verb, direction = draw(st.sampled_from(CHANGE))
            b.add("分别" + verb)
            b.figure(draw(_figures(b.text)), name, Aspect.CHANGE, direction, None)
            b.add("和")
            b.figure(draw(_figures(b.text)), second, Aspect.CHANGE, direction, None)
    b.add("。")
    return IndicatorCase(b.text, tuple(b.figures), year)

"""Worst-case inputs for parse(), extract_quantities(), extract_dates() and extract_indicators(): time must grow linearly.

Each input is built at 0.1, 1 and 10 MB (UTF-8 bytes) and timed; the table
shows seconds and the growth factor per 10x of input, which must stay near
10 (quadratic code shows ~100).

    python benchmarks/bench_worstcase.py              # 0.1, 1 and 10 MB
    python benchmarks/bench_worstcase.py --max-mb 1   # skip the 10 MB row
    python benchmarks/bench_worstcase.py --only wan-run --functions extract_quantities
    python benchmarks/bench_worstcase.py --functions extract_dates

Inputs: ``corpus`` the corpus (tests/fixtures/corpus/*.txt) repeated;
``marker-lines`` lines of ``一、`` (140,000+ lines from 1 MB on);
``digit-run`` one line of ``1``; ``paren-run`` ``（（（（…``; ``item-run``
``一是一是…``; ``random-cjk`` random CJK characters (seeded); ``runin-no-stop``
long run-in headings without ``。`` (the title cap); ``comma-digits``
``1,2341,234…`` (thousands separators that never close); for the indicators:
``clause-chain`` ``同比增长5%，…`` (one endless sentence whose clauses name
nothing, so every figure looks back for a name), ``figure-run`` ``增长5%增长5%…``
(one endless clause), ``list-run`` ``…分别增长5%和6%、…`` (one endless 分别 list),
``lead-run`` ``主要预期目标是：增长5%；…`` (a lead in every clause); the date families
``cn-year-run`` ``二〇二二二〇二二…`` (a year at every offset, never a ``年``),
``date-chain`` ``2021年至2021年至…`` (every year the end of a range),
``month-run`` ``1-1-1-1…月`` (a month range that never closes),
``relative-run`` ``去年上年去年上年…`` (every mention anchored on the last),
``plan-run`` ``“十五”“十五”…`` and ``day-run`` ``1 1 1 1…`` (spaced digits, gwr-1998).
The outline rules of issue 10: ``dash-lines`` ``——…。`` bullets; ``bare-numerals`` ``三`` alone
above a title; ``part-restarts`` runs restarted under unnumbered part titles;
``midline-lists`` lists whose entries only sometimes start a line;
``item-alone`` ``一是`` alone on its line; ``broken-titles`` titles broken at
``《…》``; ``circled-lines`` ``①`` lines (the endnote test);
the numeral families of issue 10: ``wan-run`` ``万万万…`` (quadratic before: 141 s at
100,000 characters), ``trad-wan-run`` ``萬萬萬…``, ``yi-run`` ``亿亿…``,
``bai-run`` ``百百…``, ``range-chain`` ``5—5—5—…``, ``fenzhi-run``
``分之分之…``, ``scale-run`` ``1万6千1万6千…`` (Arabic digits with scale
words), ``pair-run`` ``七八七八…`` (vague pairs), ``email-run`` ``a.a.a.…``
(an e-mail address that never comes).

Functions: ``parse``, ``extract_quantities``, ``extract_indicators``,
``extract_dates`` of the text; ``indicators(report)`` (parse and
``extract_indicators`` of the report, timed together); and, on a report
parsed before the timer starts, ``report-quantities``
(``extract_quantities(report)``) and ``outline-lines`` (``export.outline_lines``,
the printer of ``zhgovreport outline``).
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import zhgovreport
from zhgovreport.export import outline_lines

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "tests" / "fixtures" / "corpus"


def _repeat(unit: str, size: int) -> str:
    """``unit`` repeated up to ``size`` UTF-8 bytes (cut at a character)."""
    per = len(unit.encode("utf-8"))
    text = unit * (size // per + 1)
    chars = len(text) * size // (per * (size // per + 1))
    return text[:chars]


def _random_cjk(size: int) -> str:
    rng = random.Random(20240229)
    return "".join(chr(rng.randint(0x4E00, 0x9FFF)) for _ in range(size // 3))


def _corpus(size: int) -> str:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    return _repeat(text + "\n", size)


INPUTS: dict[str, Callable[[int], str]] = {
    "corpus": _corpus,
    "marker-lines": lambda size: _repeat("一、\n", size),
    "digit-run": lambda size: _repeat("1", size),
    "paren-run": lambda size: _repeat("（", size),
    "item-run": lambda size: _repeat("一是", size),
    "random-cjk": _random_cjk,
    "runin-no-stop": lambda size: _repeat("（一）加强组织领导持续推进法治政府建设" * 20 + "\n", size),
    "comma-digits": lambda size: _repeat("1,234", size),
    # issue 10, outline rules that scan (one family each)
    "dash-lines": lambda size: _repeat("——加强组织领导。\n", size),
    "bare-numerals": lambda size: _repeat("三\n加强组织领导。\n", size),
    "part-restarts": lambda size: _repeat("一、甲\n二、乙\n\n今后的任务\n\n", size),
    "midline-lists": lambda size: _repeat("（一）甲\n要求：第一，甲；第二，乙；\n第三，丙。\n", size),
    "item-alone": lambda size: _repeat("一是\n加强组织领导；\n", size),
    "broken-titles": lambda size: _repeat("一、关于《\n国务院机构改革方案\n》的说明\n", size),
    "circled-lines": lambda size: "引用①。\n" + _repeat("①\n", size),
    "clause-chain": lambda size: _repeat("同比增长5%，", size),
    "figure-run": lambda size: _repeat("增长5%", size),
    "list-run": lambda size: _repeat("产量和收入分别增长5%和6%、", size),
    "lead-run": lambda size: _repeat("主要预期目标是：增长5%；", size),
    "cn-year-run": lambda size: _repeat("二〇二二", size),
    "date-chain": lambda size: _repeat("2021年至", size),
    "month-run": lambda size: _repeat("1-", size),
    "relative-run": lambda size: _repeat("去年上年", size),
    "plan-run": lambda size: _repeat("“十五”", size),
    "day-run": lambda size: _repeat("1 ", size),
    "wan-run": lambda size: _repeat("万", size),
    "trad-wan-run": lambda size: _repeat("萬", size),
    "yi-run": lambda size: _repeat("亿", size),
    "bai-run": lambda size: _repeat("百", size),
    "range-chain": lambda size: _repeat("5—", size),
    "fenzhi-run": lambda size: _repeat("分之", size),
    "scale-run": lambda size: _repeat("1万6千", size),
    "pair-run": lambda size: _repeat("七八", size),
    "email-run": lambda size: _repeat("a.", size),
}


def _report_quantities(report: zhgovreport.Report) -> object:
    return zhgovreport.extract_quantities(report)


def _outline_lines(report: zhgovreport.Report) -> object:
    return list(outline_lines(report))


def _indicators_of_report(text: str) -> object:
    return zhgovreport.extract_indicators(zhgovreport.parse(text))


def _same(text: str) -> str:
    return text


# name → (prepare, timed): ``prepare`` runs before the timer starts
FUNCTIONS: dict[str, tuple[Callable[[str], Any], Callable[[Any], object]]] = {
    "parse": (_same, zhgovreport.parse),
    "extract_quantities": (_same, zhgovreport.extract_quantities),
    "extract_indicators": (_same, zhgovreport.extract_indicators),
    "indicators(report)": (_same, _indicators_of_report),
    "extract_dates": (_same, zhgovreport.extract_dates),
    "report-quantities": (zhgovreport.parse, _report_quantities),
    "outline-lines": (zhgovreport.parse, _outline_lines),
}


def _time(prepare: Callable[[str], Any], func: Callable[[Any], object], text: str, repeat: int, collect: bool) -> float:
    """Best of ``repeat`` runs, each on a different text (a cache keyed by the text cannot help).

    Run ``k`` reads the text without its last ``k`` characters, at every size,
    so that the runs compared across sizes end alike: how a run of a
    repeated unit ends can change its cost severalfold (``1万6千…`` cut after
    ``1万6`` costs 3-4 times the cut after ``6千``), linearly in both cases.

    Unless ``collect``, the garbage collector is off while a run is timed, as
    ``timeit`` does: its generational passes cost time in proportion to every
    object alive (the text's records included), which blurs the growth of the
    function itself; ``--gc`` measures with it on, as a program runs.
    """
    best = float("inf")
    for index in range(repeat):
        variant = prepare(text[: len(text) - index])
        gc.collect()  # the last run's garbage is not this run's cost
        if not collect:
            gc.disable()
        try:
            start = time.perf_counter()
            func(variant)
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-mb", type=float, default=10.0, help="largest input in MB (default 10)")
    parser.add_argument("--budget", type=float, default=120.0, help="skip the next size when a run took longer (s)")
    parser.add_argument("--only", nargs="*", default=None, help="input names to run (default all)")
    parser.add_argument("--functions", nargs="*", default=None, help="functions to time (default all)")
    parser.add_argument("--gc", action="store_true", help="keep the garbage collector on while timing (default: off, as timeit)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size, the best counts (the same cuts at every size)")
    args = parser.parse_args(argv)
    sizes = [mb for mb in (0.1, 1.0, 10.0) if mb <= args.max_mb]
    zhgovreport.parse("一、预热\n一是预热。5.4万件")  # imports, regex compilation, cn2an
    zhgovreport.extract_dates("2022年，今年")
    head = f"{'input':<14} {'function':<19}" + "".join(f"{f'{mb:g} MB':>10}" for mb in sizes)
    head += "".join(f"{f'x{sizes[i + 1] / sizes[i]:g} growth':>13}" for i in range(len(sizes) - 1))
    print(head)
    print("-" * len(head))
    worst = 0.0
    for name, build in INPUTS.items():
        if args.only and name not in args.only:
            continue
        texts = {mb: build(int(mb * 1_000_000)) for mb in sizes}
        for fname, (prepare, func) in FUNCTIONS.items():
            if args.functions and fname not in args.functions:
                continue
            times: list[float | None] = []
            for mb in sizes:
                if times and (times[-1] is None or times[-1] > args.budget):
                    times.append(None)
                    continue
                times.append(_time(prepare, func, texts[mb], args.repeat, args.gc))
            row = f"{name:<14} {fname:<19}" + "".join(f"{t:>10.3f}" if t is not None else f"{'skipped':>10}" for t in times)
            for a, b in zip(times, times[1:]):
                if a is None or b is None:
                    row += f"{'-':>13}"
                else:
                    growth = b / max(a, 1e-6)
                    worst = max(worst, growth) if a > 0.005 else worst
                    row += f"{growth:>13.1f}"
            print(row, flush=True)
    print(f"\nworst growth per 10x (runs over 5 ms): {worst:.1f}; garbage collector {'on' if args.gc else 'off'} while timing")
    return 0


if __name__ == "__main__":
    sys.exit(main())

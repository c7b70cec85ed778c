"""parse_html against parse on the same report's text.

    python benchmarks/bench_html.py               # best of 15 repeats
    python benchmarks/bench_html.py --repeat 31

Two sets of pages (found relative to this file):

* ``fixtures``: the five pages in ``tests/fixtures/html/`` (the seeds in the
  templates of TRS WCM, 大汉 Hanweb, www.gov.cn, a Big5 政府信息公开 page, a
  browser-saved page that needs the density fallback);
* ``corpus``: every ``tests/fixtures/corpus/*.txt`` written into each of the
  five templates of ``zhgovreport.strategies.pages`` (a paragraph per line,
  UTF-8 bytes).

For each page, ``parse_html(page_bytes)`` (decoding included) and
``parse(report.text)`` (the text ``parse_html`` extracted, a ``str``) are timed
alternately, so a busy machine slows both alike; the best of N for each is
kept, summed over the set.  Two ways:

* ``cold``: the fold cache is emptied before every run of either, as when a
  report is read once (the usual case);
* ``warm``: the cache keeps the text's fold, so ``parse`` skips folding (as
  when the same text is parsed again, or ``extract_quantities`` follows).

Prints the milliseconds per set and the ratio.  The target is a ratio of at
most 2.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import zhgovreport
from zhgovreport.strategies import TEMPLATES, render_page
from zhgovreport.text.fold import _fold_cached

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "tests" / "fixtures"


def best_pair(repeat: int, first: Callable[[], object], second: Callable[[], object]) -> tuple[float, float]:
    """The fastest of ``repeat`` alternating runs of each, in seconds (after one warm-up run of each)."""
    first()
    second()
    best = [float("inf"), float("inf")]
    for _ in range(repeat):
        for i, run in enumerate((first, second)):
            start = time.perf_counter()
            run()
            best[i] = min(best[i], time.perf_counter() - start)
    return best[0], best[1]


def pages() -> dict[str, list[bytes]]:
    fixtures = [p.read_bytes() for p in sorted((FIXTURES / "html").glob("*.html"))]
    corpus = []
    for path in sorted((FIXTURES / "corpus").glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        corpus.extend(render_page(lines, name).encode("utf-8") for name in sorted(TEMPLATES))
    return {"fixtures": fixtures, "corpus": corpus}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="timed repeats; the best is kept (default 15)")
    args = parser.parse_args(argv)
    print(f"{'set':10} {'fold':5} {'pages':>5} {'chars':>9} {'parse_html':>11} {'parse':>9} {'ratio':>6}")
    for name, datas in pages().items():
        for cold in (True, False):
            clear = _fold_cached.cache_clear if cold else (lambda: None)  # the fold cache of zhgovreport.text.fold

            def html_run(data: bytes) -> None:
                clear()
                zhgovreport.parse_html(data)

            def text_run(text: str) -> None:
                clear()
                zhgovreport.parse(text)

            html_total = text_total = 0.0
            chars = 0
            for data in datas:
                text = zhgovreport.parse_html(data).text
                chars += len(text)
                t_html, t_text = best_pair(
                    args.repeat, lambda data=data: html_run(data), lambda text=text: text_run(text)
                )
                html_total += t_html
                text_total += t_text
            print(
                f"{name:10} {'cold' if cold else 'warm':5} {len(datas):5} {chars:9,} "
                f"{html_total * 1000:9.1f}ms {text_total * 1000:7.1f}ms {html_total / text_total:6.2f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

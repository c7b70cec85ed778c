"""Throughput: zhgovreport against ``cn2an.transform`` on the same texts.

    python benchmarks/bench_throughput.py            # best of 7 repeats
    python benchmarks/bench_throughput.py --repeat 15

Runs over every ``tests/fixtures/corpus/*.txt`` (found relative to this file):

* the whole job: ``extract_indicators(parse(text))`` for each text (parse, the
  figures of the report, and what each measures);
* ``zhgovreport``: ``parse(text)`` then ``extract_quantities(text)`` for each text
  (if ``parse`` is not implemented yet, ``extract_quantities`` alone, and says so);
* ``parse`` + ``extract_quantities`` + ``extract_dates(report)``: the whole job with
  dates (each mention with its section and sentence);
* ``extract_quantities``, ``extract_dates`` and ``parse`` alone, for the record;
* ``cn2an.transform(text, "cn2an")``, the peer: it rewrites Chinese numerals in
  running text (no spans, no units, no exclusions) — the nearest thing to our job.

Prints characters per second (best of N repeats, after one warm-up run that
also pays every import and cache fill) and the ratio to ``cn2an.transform``.
The target is a ratio of at least 10 for parse + quantities, and of at least 8
for the whole job with the indicators.
"""

from __future__ import annotations

import argparse
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import zhgovreport

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "tests" / "fixtures" / "corpus"


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The fastest of ``repeat`` timed runs, in seconds (after one warm-up run)."""
    run()
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="timed repeats; the best is kept (default 7)")
    args = parser.parse_args(argv)

    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    chars = sum(len(t) for t in texts)

    import cn2an

    def peer() -> None:
        with warnings.catch_warnings():  # cn2an warns on every numeral it cannot read
            warnings.simplefilter("ignore")
            for text in texts:
                cn2an.transform(text, "cn2an")

    def extract() -> None:
        for text in texts:
            zhgovreport.extract_quantities(text)

    def parse() -> None:
        for text in texts:
            zhgovreport.parse(text)

    def both() -> None:
        for text in texts:
            zhgovreport.parse(text)
            zhgovreport.extract_quantities(text)

    def whole() -> None:
        for text in texts:
            zhgovreport.extract_indicators(zhgovreport.parse(text))

    def indicators() -> None:
        for text in texts:
            zhgovreport.extract_indicators(text)

    def with_dates() -> None:
        for text in texts:
            report = zhgovreport.parse(text)
            zhgovreport.extract_quantities(text)
            zhgovreport.extract_dates(report)

    def dates() -> None:
        for text in texts:
            zhgovreport.extract_dates(text)

    try:
        zhgovreport.parse(texts[0])
        have_parse = True
    except NotImplementedError:
        have_parse = False

    rows: list[tuple[str, float]] = []
    if have_parse:
        rows.append(("parse + indicators(report)", best_of(args.repeat, whole)))
        rows.append(("parse + extract_quantities", best_of(args.repeat, both)))
        rows.append(("  + extract_dates(report)", best_of(args.repeat, with_dates)))
        rows.append(("parse", best_of(args.repeat, parse)))
    rows.append(("extract_quantities", best_of(args.repeat, extract)))
    rows.append(("extract_indicators", best_of(args.repeat, indicators)))
    rows.append(("extract_dates", best_of(args.repeat, dates)))
    peer_seconds = best_of(max(3, args.repeat // 2), peer)
    rows.append(("cn2an.transform", peer_seconds))

    print(f"corpus: {len(texts)} texts, {chars:,} characters; best of {args.repeat}")
    if not have_parse:
        print("parse() raises NotImplementedError: measuring extract_quantities alone")
    print(f"{'':28} {'chars/s':>12} {'x cn2an':>8}")
    for name, seconds in rows:
        print(f"{name:28} {chars / seconds:12,.0f} {peer_seconds / seconds:8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Draw indicators at random from the corpus 政府工作报告 and the seeds, for a reviewer to judge.

    python tools/sample_indicators.py            # 30 indicators, seed 13
    python tools/sample_indicators.py --n 50 --seed 7

Prints one line per indicator: file, the figure, name, aspect, direction,
basis, target, part, year, and the clause around the figure, so that a
reviewer can mark each right or wrong (issue 13, "Done means").  The draw is
fixed by ``--seed``: the same library gives the same sample.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import zhgovreport

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    files = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("gwr-*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    pool = []
    for path in files:
        report = zhgovreport.parse_file(path)
        pool.extend((path.name, report.text, i) for i in zhgovreport.extract_indicators(report))
    rng = random.Random(args.seed)
    print(f"{len(pool)} indicators in {len(files)} files; {args.n} drawn with seed {args.seed}")
    for k, index in enumerate(sorted(rng.sample(range(len(pool)), args.n)), 1):
        name, text, i = pool[index]
        q = i.quantity
        lo = max(0, min(q.start, i.name_start if i.name_start is not None else q.start) - 12)
        context = text[lo : q.end + 8].replace("\n", " ")
        direction = i.direction.value if i.direction else "-"
        period = f"{i.period[0]}-{i.period[1]}" if i.period else ""
        print(
            f"{k:2} {name[:12]:12} {q.text!r:16} name={i.name!r} {i.aspect.value}/{direction} "
            f"basis={i.basis!r} target={i.target} part={i.part and i.part.value} year={i.year}{period} | {context}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

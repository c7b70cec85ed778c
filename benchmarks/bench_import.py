"""Import time: ``import zhgovreport`` against its own dependencies.

    python benchmarks/bench_import.py            # 21 fresh interpreters each
    python benchmarks/bench_import.py --runs 51

Each run starts a fresh interpreter that imports ``regex``, ``attrs`` and
``decimal`` (what the package cannot do without), notes the time, then imports
``zhgovreport`` and notes the time again; the difference is what the package
itself costs to import.  The lowest and the median over the runs are printed
(a shared machine only ever adds time).  The target is at most 100 ms above
the dependencies (issue 11).  A second line checks what the import must not
load: ``cn2an`` (imported on the first Chinese numeral), ``hypothesis``, and
the optional extras.

The interpreters run as a user's would: with compiled bytecode cached (the
cache goes to a temporary ``PYTHONPYCACHEPREFIX``, filled by one run that is not
counted), even where the environment sets ``PYTHONDONTWRITEBYTECODE``, under which
every run would compile every source file again.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

PROBE = """
import sys, time
t0 = time.perf_counter()
import regex, attrs, decimal
t1 = time.perf_counter()
import zhgovreport
t2 = time.perf_counter()
heavy = [m for m in ("cn2an", "hypothesis", "pandas", "pyarrow", "dask", "selectolax", "tqdm") if m in sys.modules]
print(f"{(t1 - t0) * 1000:.2f} {(t2 - t1) * 1000:.2f} {','.join(heavy) or '-'}")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    base: list[float] = []
    own: list[float] = []
    loaded: set[str] = set()
    cache = tempfile.mkdtemp(prefix="zhgovreport-pycache-")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    subprocess.run([sys.executable, "-c", PROBE], check=True, capture_output=True, env=env)  # fills the cache
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, "-c", PROBE], check=True, capture_output=True, text=True, env=env).stdout
        b, o, heavy = out.split()
        base.append(float(b))
        own.append(float(o))
        loaded.update(h for h in heavy.split(",") if h != "-")
    print(f"{args.runs} fresh interpreters, Python {sys.version.split()[0]}")
    print(f"regex + attrs + decimal : min {min(base):6.1f} ms, median {statistics.median(base):6.1f} ms")
    print(f"zhgovreport on top      : min {min(own):6.1f} ms, median {statistics.median(own):6.1f} ms  (target <= 100 ms)")
    print(f"heavy modules loaded by the import: {', '.join(sorted(loaded)) or 'none'}")


if __name__ == "__main__":
    main()

"""Batch runs: the command line over a folder of report files, at --jobs 1 and --jobs = cores; Dask.

    .venv/bin/python benchmarks/bench_batch.py                 # 2,000 files, CLI and Dask
    .venv/bin/python benchmarks/bench_batch.py --flat 100000   # peak memory at 1,000 / 10,000 / 100,000 files

The folder is built in a temporary directory: copies of the corpus texts and
seeds (``tests/fixtures/corpus/*.txt``, ``seeds/*.txt``) in rotation, in
subfolders of 100, with three bad files mixed in (binary, undecodable,
empty).  Each CLI run is its own process (``python -m zhgovreport COMMAND
FOLDER -o OUT -q``), timed from outside; its peak memory is the largest
resident set of it or any of its worker processes (``getrusage`` of the
children, measured in a fresh wrapper process per run).  ``--jobs 1`` is the
peer that ``--jobs N`` is compared with, in the same run.

The Dask path builds ``zhgovreport.dask.reports(folder, files_per_partition=P)``
and computes it on a ``distributed.LocalCluster`` of 2 worker processes (one
thread each), after a warm-up over a few files; files/s per worker is the
files over the wall time over the workers.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))

_WRAPPER = """
import resource, subprocess, sys, time
start = time.perf_counter()
status = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE).returncode
wall = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
print(status, wall, peak)
"""


def build_folder(folder: pathlib.Path, count: int) -> int:
    """``count`` report files in subfolders of 100 plus three bad ones; returns the characters."""
    chars = 0
    texts = [path.read_bytes() for path in SOURCES]
    for i in range(count):
        sub = folder / f"{i // 100:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        data = texts[i % len(texts)]
        (sub / f"r{i:06d}.txt").write_bytes(data)
        chars += len(data.decode("utf-8"))
    (folder / "0000" / "bad-binary.txt").write_bytes(b"\xff\x00\xfe\x00\x89PNG\r\n\x1a\n" * 16)
    (folder / "0001" / "bad-undecodable.txt").write_bytes("一、总体情况".encode("gbk") + b"\xff\xff")
    (folder / "0002" / "bad-empty.txt").write_bytes(b"  \n")
    return chars


def build_tiny_folder(folder: pathlib.Path, count: int) -> None:
    """``count`` small generated reports (about 150 bytes each), in subfolders of 1,000."""
    for i in range(count):
        sub = folder / f"{i // 1000:04d}"
        if i % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        text = f"第{i}县司法局{2000 + i % 25}年法治政府建设年度报告\n一、主要成效\n审结{i + 1}件，增长{i % 97}.5%。\n二、存在问题\n"
        (sub / f"r{i:06d}.txt").write_text(text, encoding="utf-8")


def cli_run(args: list[str]) -> tuple[int, float, int]:
    """(exit status, wall seconds, peak resident KiB) of one command-line run in a fresh process."""
    proc = subprocess.run([sys.executable, "-c", _WRAPPER, *args], capture_output=True, text=True, check=True)
    status, wall, peak = proc.stdout.split()
    return int(status), float(wall), int(peak)


def bench_cli(folder: pathlib.Path, files: int, chars: int, repeat: int) -> None:
    cores = len(os.sched_getaffinity(0))
    out = folder.parent / "out"
    print(f"CLI over {files:,} files + 3 bad ({chars / 1e6:.1f} M chars), {cores} cores, best of {repeat}")
    print("| command | --jobs | wall s | files/s | speed-up | peak RSS MiB | exit |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for command in ("summary", "quantities"):
        base = None
        for jobs in sorted({1, cores}):
            runs = [
                cli_run([sys.executable, "-m", "zhgovreport", command, str(folder), "-o", str(out), "-q", "-j", str(jobs)])
                for _ in range(repeat)
            ]
            status, wall, peak = min(runs, key=lambda r: r[1])
            base = base or wall
            print(
                f"| {command} | {jobs} | {wall:.2f} | {files / wall:,.0f} | {base / wall:.2f} | {max(r[2] for r in runs) / 1024:.0f} | {status} |"
            )


def bench_flat(sizes: list[int]) -> None:
    print("Peak memory of `zhgovreport quantities FOLDER -o OUT -q` on tiny generated reports")
    print("| files | --jobs | wall s | files/s | peak RSS MiB |")
    print("|---:|---:|---:|---:|---:|")
    cores = len(os.sched_getaffinity(0))
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = pathlib.Path(tmp) / "reports"
            build_tiny_folder(folder, size)
            for jobs in sorted({1, cores}):
                args = [sys.executable, "-m", "zhgovreport", "quantities", str(folder), "-o", str(pathlib.Path(tmp) / "out"), "-q"]
                status, wall, peak = cli_run([*args, "-j", str(jobs)])
                assert status == 0, status
                print(f"| {size:,} | {jobs} | {wall:.1f} | {size / wall:,.0f} | {peak / 1024:.0f} |")


def bench_dask(folder: pathlib.Path, files: int, per_partition: int) -> None:
    from distributed import Client, LocalCluster

    import zhgovreport.dask

    start = time.perf_counter()
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster):
        ready = time.perf_counter() - start
        warm = sorted(folder.glob("0000/r00000*.txt"))
        zhgovreport.dask.reports(warm, errors="skip").compute()
        timings = []
        for _ in range(2):
            begin = time.perf_counter()
            frame = zhgovreport.dask.reports(folder, files_per_partition=per_partition, errors="skip").compute()
            timings.append(time.perf_counter() - begin)
    wall = min(timings)
    print(
        f"Dask LocalCluster (2 workers x 1 thread, started in {ready:.1f} s): reports of {len(frame):,} files, "
        f"{per_partition} files a partition: {wall:.2f} s, {files / wall:,.0f} files/s, "
        f"{files / wall / 2:,.0f} files/s per worker"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--partition", type=int, default=100, help="files per Dask partition")
    parser.add_argument("--flat", type=int, help="measure peak memory at 1%%, 10%% and 100%% of this many tiny files")
    parser.add_argument("--no-dask", action="store_true")
    args = parser.parse_args()
    print(json.dumps({"python": sys.version.split()[0], "load": os.getloadavg()}))
    if args.flat:
        bench_flat([args.flat // 100, args.flat // 10, args.flat])
        return
    tmp = pathlib.Path(tempfile.mkdtemp())
    try:
        folder = tmp / "reports"
        chars = build_folder(folder, args.files)
        bench_cli(folder, args.files, chars, args.repeat)
        if not args.no_dask:
            bench_dask(folder, args.files, args.partition)
    finally:
        shutil.rmtree(tmp)
    print(json.dumps({"load after": os.getloadavg()}))


if __name__ == "__main__":
    main()

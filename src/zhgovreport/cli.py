"""The ``zhgovreport`` command: outline, parse, and one command per table (summary, sections, quantities).

Every subcommand takes files, folders or glob patterns (see
:func:`zhgovreport.batch.discover`): a folder means every ``.txt``,
``.html``, ``.htm`` or ``.shtml`` file below it, in any case, sorted
(``--glob`` for other names).  Files are parsed by ``--jobs`` worker
processes; output comes in input order, as it is ready.  A file that gives no
report is listed on standard error with the reason and skipped
(``--fail-fast``: the run stops there).

Exit status: 0 when every file was read, 1 when some file failed (a summary
line on standard error counts them), 2 for a usage error, 130 when
interrupted.  With ``-o FILE`` the output appears all at once when the run
ends (an interrupted or ``--fail-fast``-stopped run leaves ``FILE`` as it
was).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import csv
import functools
import itertools
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, TextIO

from zhgovreport import __version__, batch
from zhgovreport.export import TABLES, csv_value, json_value, outline_lines, table_rows
from zhgovreport.model import Failure, FailureCode, Report

__all__ = ["main"]

_PROG = "zhgovreport"


class _Stopped(Exception):
    """``--fail-fast`` stopped the run: the output file is not written."""


# -- the work done in a worker for one file: picklable, returns what to write --


def _outline_text(report: Report, _file: str) -> str:
    title = [f"# {report.meta.title}\n"] if report.meta.title else []
    return "".join(title + [line + "\n" for line in outline_lines(report)])


def _parse_json(indent: int | None, report: Report, file: str) -> str:
    return json.dumps({"file": file, **report.to_dict()}, ensure_ascii=False, indent=indent) + "\n"


# -- writers: how the parent writes each file's result --------------------------


class _Writer:
    """Writes each file's result to ``out``; ``close`` ends the output."""

    def __init__(self, out: IO[Any]) -> None:
        self.out = out

    def write(self, file: str, result: Any, many: bool) -> None:
        self.out.write(result)

    def close(self) -> None:
        pass


class _OutlineWriter(_Writer):
    def write(self, file: str, result: Any, many: bool) -> None:
        self.out.write((f"== {file}\n" if many else "") + result)


class _CsvWriter(_Writer):
    def __init__(self, out: IO[Any], fields: Sequence[str], delimiter: str) -> None:
        super().__init__(out)
        self.fields = fields
        self.writer = csv.writer(out, delimiter=delimiter)
        self.writer.writerow(fields)

    def write(self, file: str, result: Any, many: bool) -> None:
        self.writer.writerows([csv_value(row[name]) for name in self.fields] for row in result)


class _JsonLinesWriter(_Writer):
    def write(self, file: str, result: Any, many: bool) -> None:
        for row in result:
            self.out.write(json.dumps({k: json_value(v) for k, v in row.items()}, ensure_ascii=False) + "\n")


class _ParquetWriter(_Writer):
    def __init__(self, out: IO[Any], name: str) -> None:
        super().__init__(out)
        from zhgovreport.table import ParquetSink

        self.sink = ParquetSink(name, out)

    def write(self, file: str, result: Any, many: bool) -> None:
        self.sink.write(result)

    def close(self) -> None:
        self.sink.close()


# -- the run ---------------------------------------------------------------------


def _files(args: argparse.Namespace) -> Iterator[str | Failure]:
    for name in args.files:
        found = False
        for file in batch.discover(name, glob=args.glob):
            found = True
            yield file
        if not found:
            shown = ", ".join(args.glob or [f"*{s}" for s in batch.SUFFIXES])
            yield Failure(name, FailureCode.MISSING, f"no report files in this folder ({shown})")


def _progress(args: argparse.Namespace, head: int, stderr: TextIO) -> batch.Progress:
    wanted = not args.quiet and (args.progress or (head >= batch.PROGRESS_MIN_FILES and stderr.isatty()))
    if not wanted:
        return batch.Progress(0, stderr, enabled=False)
    total = sum(1 for _ in _files(args))  # a second walk of the folders: no list of every file is kept
    try:
        return batch.Progress(total, stderr)
    except ImportError:
        if args.progress:
            print(f"{_PROG}: no progress bar: tqdm is not installed (pip install 'zhgovreport[progress]')", file=stderr)
        return batch.Progress(total, stderr, enabled=False)


def _summary(total: int, failures: collections.Counter[FailureCode], stopped: bool) -> str:
    failed = sum(failures.values())
    codes = ", ".join(f"{n} {code}" for code, n in sorted(failures.items()))
    tail = "; stopped at the first failure (--fail-fast)" if stopped else ""
    return f"{_PROG}: {failed} of {total} files failed ({codes}){tail}"


def _run(args: argparse.Namespace, work: Callable[[bool], Callable[[Report, str], Any]], writer: _Writer) -> int:
    """Stream the files through ``work(many)``; ``many`` says whether there are several files."""
    stderr = sys.stderr
    files = _files(args)
    # The first files decide the defaults; the rest are read as the run goes.
    head = list(itertools.islice(files, max(batch.POOL_MIN_FILES, batch.PROGRESS_MIN_FILES)))
    many = len(head) > 1
    jobs = args.jobs or (batch.cores() if len(head) >= batch.POOL_MIN_FILES else 1)
    progress = _progress(args, len(head), stderr)
    failures: collections.Counter[FailureCode] = collections.Counter()
    done = 0
    stopped = False
    try:
        with contextlib.closing(batch.run(itertools.chain(head, files), work(many), jobs=jobs)) as results:
            for file, result in results:
                done += 1
                if isinstance(result, Failure):
                    failures[result.code] += 1
                    progress.write(f"{_PROG}: {file}: {result.reason}")
                    progress.update(failed=True)
                    if args.fail_fast:
                        stopped = True
                        break
                    continue
                writer.write(file, result, many)
                progress.update()
        writer.close()
    finally:
        progress.close()
    if failures:
        total = sum(1 for _ in _files(args)) if stopped else done  # a stopped run counts what it left too
        print(_summary(total, failures, stopped), file=stderr)
    if stopped:
        raise _Stopped
    return 1 if failures else 0


def _cmd_outline(args: argparse.Namespace, out: IO[Any]) -> int:
    return _run(args, lambda many: _outline_text, _OutlineWriter(out))


def _cmd_parse(args: argparse.Namespace, out: IO[Any]) -> int:
    return _run(args, lambda many: functools.partial(_parse_json, None if many or args.compact else 2), _Writer(out))


def _cmd_table(args: argparse.Namespace, out: IO[Any]) -> int:
    table = TABLES[args.table]
    writer: _Writer
    if args.format == "parquet":
        writer = _ParquetWriter(out, table.name)
    elif args.format == "jsonl":
        writer = _JsonLinesWriter(out)
    else:
        writer = _CsvWriter(out, table.fields, "\t" if args.format == "tsv" else ",")
    return _run(args, lambda many: functools.partial(table_rows, table.name), writer)


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=_PROG, description="Chinese government reports as structured data.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "files", nargs="+", metavar="FILE",
        help="report files, folders (every .txt, .html, .htm, .shtml below, in any case) or glob patterns",
    )  # fmt: skip
    batch_options = common.add_argument_group("batch options")
    batch_options.add_argument(
        "--glob", action="append", metavar="PATTERN",
        help="in folders, read the files whose path below the folder matches PATTERN instead (repeatable)",
    )  # fmt: skip
    batch_options.add_argument(
        "-j", "--jobs", type=_jobs, metavar="N", help=f"worker processes (default: the number of cores, {batch.cores()}, for {batch.POOL_MIN_FILES} files or more; else 1)"
    )
    batch_options.add_argument("--fail-fast", action="store_true", help="stop at the first file that fails")
    batch_options.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE (all at once, when the run ends) instead of standard output"
    )
    bar = batch_options.add_mutually_exclusive_group()
    bar.add_argument("--progress", action="store_true", help="show the progress bar even when it would be off")
    bar.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    def command(name: str, helptext: str, func: Callable[[argparse.Namespace, IO[Any]], int]) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=helptext, description=helptext, parents=[common])
        p.set_defaults(func=func)
        return p

    command("outline", "print the indented outline tree with item counts and diagnostics", _cmd_outline)
    p = command("parse", "print the whole model as JSON (JSON Lines for several files)", _cmd_parse)
    p.add_argument("--json", action="store_true", help="JSON output (the default and only format)")
    p.add_argument("--compact", action="store_true", help="one line per file (JSON Lines) even for one file")
    for table in TABLES.values():
        p = command(table.command, table.doc, _cmd_table)
        default = "tsv" if table.command == "summary" else "csv"
        p.add_argument(
            "--format", choices=("csv", "tsv", "jsonl", "parquet"), default=default,
            help=f"output format (default {default}; parquet needs -o FILE and the parquet extra)",
        )  # fmt: skip
        p.set_defaults(table=table.name)
    return parser


def _check_parquet(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if getattr(args, "format", None) != "parquet":
        return
    if not args.output:
        parser.error("--format parquet writes a file: give it with -o FILE")
    try:
        import pyarrow  # noqa: F401
        import pandas  # noqa: F401
    except ImportError:
        parser.error("--format parquet needs pandas and pyarrow: pip install 'zhgovreport[parquet]'")


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 some file failed, 2 usage, 130 interrupted).

    Output goes to ``out`` (standard output by default) or to ``-o FILE``.
    """
    parser = _parser()
    args = parser.parse_args(argv)
    _check_parquet(parser, args)
    stream = out if out is not None else sys.stdout
    binary = getattr(args, "format", None) == "parquet"
    try:
        if args.output:
            with batch.atomic_output(args.output, "wb" if binary else "w") as handle:
                return int(args.func(args, handle))
        return int(args.func(args, stream))
    except _Stopped:
        return 1
    except KeyboardInterrupt:
        print(f"{_PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. piped into `head`
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

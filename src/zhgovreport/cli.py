"""The ``zhgovreport`` command: outline, parse, quantities, summary.

Every subcommand takes files or folders (a folder means every ``*.txt``,
``*.html``, ``*.htm``, ``*.shtml`` and ``*.xhtml`` file below it, in sorted order).  A file that is missing or is not text ends the command
with exit status 2 and a one-line message on standard error.
"""

from __future__ import annotations

import argparse
import csv
import json
import pathlib
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TextIO

from zhgovreport import __version__
from zhgovreport.errors import DecodeError
from zhgovreport.export import QUANTITY_FIELDS, SUMMARY_FIELDS, outline_lines, quantity_rows, summary_row
from zhgovreport.files import REPORT_SUFFIXES, parse_file
from zhgovreport.model import Report

__all__ = ["main"]


class _InputError(Exception):
    """A file could not be read; the message is the one line to print."""


def _expand(paths: Sequence[str]) -> Iterator[pathlib.Path]:
    for name in paths:
        path = pathlib.Path(name)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in REPORT_SUFFIXES and p.is_file())
        else:
            yield path


def _reports(paths: Sequence[str]) -> Iterator[tuple[str, Report]]:
    for path in _expand(paths):
        try:
            report = parse_file(path)
        except FileNotFoundError:
            raise _InputError(f"no such file: {path}") from None
        except OSError as exc:
            raise _InputError(f"cannot read {path}: {exc.strerror or exc}") from None
        except DecodeError as exc:
            raise _InputError(f"cannot decode {path}: {exc.reason} at byte {exc.pos}") from None
        except ImportError as exc:  # an HTML page without the html extra
            raise _InputError(f"cannot read {path}: {exc}") from None
        yield str(path), report


def _write_rows(rows: Iterator[dict[str, Any]], fields: Sequence[str], fmt: str, out: TextIO) -> None:
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    writer = csv.DictWriter(out, fieldnames=list(fields), delimiter="\t" if fmt == "tsv" else ",")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)


def _cmd_outline(args: argparse.Namespace, out: TextIO) -> None:
    many = len(args.files) > 1
    for name, report in _reports(args.files):
        if many:
            out.write(f"== {name}\n")
        if report.meta.title:
            out.write(f"# {report.meta.title}\n")
        for line in outline_lines(report):
            out.write(line + "\n")


def _cmd_parse(args: argparse.Namespace, out: TextIO) -> None:
    for _name, report in _reports(args.files):
        out.write(report.to_json(indent=None if args.compact else 2) + "\n")


def _cmd_quantities(args: argparse.Namespace, out: TextIO) -> None:
    rows = (row for name, report in _reports(args.files) for row in quantity_rows(report, name))
    _write_rows(rows, QUANTITY_FIELDS, args.format, out)


def _cmd_summary(args: argparse.Namespace, out: TextIO) -> None:
    rows = (summary_row(report, name) for name, report in _reports(args.files))
    _write_rows(rows, SUMMARY_FIELDS, args.format, out)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zhgovreport",
        description="Chinese government reports as structured data.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, helptext: str, func: Callable[[argparse.Namespace, TextIO], None]) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=helptext, description=helptext)
        p.add_argument("files", nargs="+", metavar="FILE", help="report files, or folders of *.txt and *.html files")
        p.set_defaults(func=func)
        return p

    command("outline", "print the indented outline tree with item counts and diagnostics", _cmd_outline)
    p = command("parse", "print the whole model as JSON (one document per file)", _cmd_parse)
    p.add_argument("--json", action="store_true", help="JSON output (the default and only format)")
    p.add_argument("--compact", action="store_true", help="one line per file (JSON Lines)")
    p = command("quantities", "one row per figure: file, section, text, value, unit, kind, approx, span", _cmd_quantities)
    p.add_argument("--format", choices=("csv", "tsv", "jsonl"), default="csv")
    p = command("summary", "one row per report: title, agency, year, kind, parts, counts", _cmd_summary)
    p.add_argument("--format", choices=("tsv", "csv", "jsonl"), default="tsv")
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 2 bad input)."""
    args = _parser().parse_args(argv)
    stream = out if out is not None else sys.stdout
    try:
        args.func(args, stream)
    except _InputError as exc:
        stream.flush()
        print(f"zhgovreport: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""The command line, run in-process through ``main`` (exit status and printed rows)."""

from __future__ import annotations

import csv
import io
import json
import pathlib

import pytest

from zhgovreport.cli import main

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEED0 = str(ROOT / "seeds" / "000_dc9f03113f863c93.txt")
SEEDS = str(ROOT / "seeds")


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


def test_outline_prints_tree_of_seed_000() -> None:
    status, text = run("outline", SEED0)
    assert status == 0
    lines = text.splitlines()
    # Read from the seed: three top-level headings, (一)…(四) under 一、 with 3 items each.
    assert lines[0] == "# 诸暨市司法局2022年法治政府建设年度报告"
    assert lines[1] == "一、2022年度法治政府建设的主要举措和成效  <achievements>"
    assert lines[2] == "  (一)坚持政治引领,队伍建设呈现新面貌  [3 items]"
    assert "三、2023年度推进法治政府建设的主要安排  <plans>" in lines


def test_parse_json_round_trips() -> None:
    status, text = run("parse", SEED0, "--json")
    assert status == 0
    data = json.loads(text)
    assert data["text"].startswith("诸暨市司法局")
    assert [s["title"] for s in data["sections"]][0] == "2022年度法治政府建设的主要举措和成效"


def test_quantities_csv_over_a_folder() -> None:
    status, text = run("quantities", SEEDS, "--format", "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == ["file", "path", "section", "text", "value", "unit", "kind", "approx", "start", "end"]
    files = {pathlib.Path(r["file"]).name for r in rows}
    assert len(files) == 5
    # seed 000, section 一(二): "一审行政诉讼败诉率3.02%"
    hit = [r for r in rows if r["file"].endswith("000_dc9f03113f863c93.txt") and r["text"] == "3.02%"]
    assert hit and hit[0]["value"] == "3.02" and hit[0]["kind"] == "percent" and hit[0]["path"] == "1.2"


def test_quantities_jsonl() -> None:
    status, text = run("quantities", SEED0, "--format", "jsonl")
    assert status == 0
    first = json.loads(text.splitlines()[0])
    assert set(first) >= {"value", "unit", "kind", "approx", "start", "end"}


def test_summary_one_line_per_seed() -> None:
    status, text = run("summary", SEEDS)
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t"))
    assert len(rows) == 5
    row0 = rows[0]
    assert row0["agency"] == "诸暨市司法局"
    assert row0["year"] == "2022"
    assert row0["published"] == "2023-02-23"
    assert row0["parts_found"] == "achievements,shortcomings,plans"
    assert row0["parts_missing"] == "leadership"


@pytest.mark.parametrize("command", ["outline", "parse", "quantities", "summary"])
def test_missing_file_exits_2_with_one_line(command: str, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run(command, str(tmp_path / "missing.txt"))
    assert status == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err


def test_undecodable_file_exits_2(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(b"\x80\x81\xff\xfe\x00\x01" * 10)
    status, _ = run("outline", str(path))
    assert status == 2
    assert "cannot decode" in capsys.readouterr().err


def test_module_entry_point_runs() -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "zhgovreport", "outline", SEED0], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert "二、存在问题" in proc.stdout

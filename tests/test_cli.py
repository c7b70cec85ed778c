"""The command line, run in-process through ``main`` (exit status and printed rows)."""

from __future__ import annotations

import csv
import io
import json
import os
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
    assert list(rows[0]) == ["file", "path", "section", "text", "value", "upper", "unit", "kind", "approx", "start", "end"]
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


@pytest.mark.parametrize("command", ["outline", "parse", "quantities", "summary", "sections"])
def test_missing_file_exits_1_with_reason_and_summary(command: str, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "missing.txt")
    status, _ = run(command, missing)
    assert status == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [f"zhgovreport: {missing}: no such file", "zhgovreport: 1 of 1 files failed (1 missing)"]


def test_undecodable_file_exits_1(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(b"\x80\x81\xff\xfe\x00\x01" * 10)
    status, _ = run("outline", str(path))
    assert status == 1
    assert "cannot decode" in capsys.readouterr().err


def test_module_entry_point_runs() -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "zhgovreport", "outline", SEED0], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert "二、存在问题" in proc.stdout


# -- batch runs over folders (issue 12) ----------------------------------------

# Bytes that neither UTF-8 nor GB18030 decodes.
BINARY = b"\xff\x00\xfe\x00\x89PNG\r\n\x1a\n\x00\x00" * 8


def _report(i: int) -> str:
    # A small 法治政府 report whose summary row is known by construction.
    return f"第{i}县司法局{2000 + i % 25}年法治政府建设年度报告\n一、主要成效\n审结{i + 1}件。\n二、存在问题\n三、下一步计划\n"


@pytest.fixture
def folder_500_and_3_bad(tmp_path: pathlib.Path) -> pathlib.Path:
    """500 good reports in nested folders (some named *.TXT) and three bad files: binary, undecodable, empty."""
    for i in range(500):
        name = tmp_path / f"{i // 100}" / (f"r{i:03d}.TXT" if i % 7 == 0 else f"r{i:03d}.txt")
        name.parent.mkdir(exist_ok=True)
        name.write_text(_report(i), encoding="utf-8")
    (tmp_path / "1" / "binary.txt").write_bytes(BINARY)
    (tmp_path / "2" / "undecodable.txt").write_bytes("一、总体情况".encode("gbk") + b"\xff\xff")
    (tmp_path / "3" / "empty.txt").write_bytes(b"  \n\n")
    return tmp_path


def test_done_means_500_rows_three_failures_exit_1(folder_500_and_3_bad: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm", reason="--progress draws its bar with the progress extra")
    status, text = run("summary", str(folder_500_and_3_bad), "--progress")
    assert status == 1
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t"))
    assert len(rows) == 500
    assert [r["file"] for r in rows] == sorted(r["file"] for r in rows)  # input order: sorted
    by_file = {pathlib.Path(r["file"]).stem: r for r in rows}
    # r123: built from i = 123: agency 第123县司法局, year 2000 + 123 % 25 = 2023, one figure (124件).
    assert by_file["r123"]["agency"] == "第123县司法局" and by_file["r123"]["year"] == "2023"
    assert by_file["r123"]["quantities"] == "1" and by_file["r123"]["parts_missing"] == "leadership"
    assert "r007" in by_file  # r007.TXT
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("zhgovreport: ")]
    # In input order, each with its reason (the byte offset is the decoder's, so only its start is checked).
    assert [line.partition(": cannot decode: ")[0] for line in lines[:2]] == [
        f"zhgovreport: {folder_500_and_3_bad / '1' / 'binary.txt'}",
        f"zhgovreport: {folder_500_and_3_bad / '2' / 'undecodable.txt'}",
    ]
    assert lines[2] == f"zhgovreport: {folder_500_and_3_bad / '3' / 'empty.txt'}: empty file (no text but white space)"
    assert lines[-1] == "zhgovreport: 3 of 503 files failed (1 empty, 2 undecodable)"
    # The bar (forced: stderr is not a terminal here) ends at 503/503 with the failures counted.
    assert "503/503" in err and "failed=3" in err


def test_progress_bar_in_a_terminal_and_not_in_a_pipe(folder_500_and_3_bad: pathlib.Path) -> None:
    import fcntl
    import pty
    import struct
    import subprocess
    import sys
    import termios

    args = [sys.executable, "-m", "zhgovreport", "summary", str(folder_500_and_3_bad), "-o", str(folder_500_and_3_bad / "out.tsv")]
    leader, follower = pty.openpty()
    # A terminal 100 columns wide (a fresh pseudo-terminal has 0 columns, where tqdm draws nothing).
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert proc.wait() == 1
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert "503/503" in shown and "file/s" in shown and "failed=3" in shown
    piped = subprocess.run(args, capture_output=True, text=True, check=False)
    assert piped.returncode == 1 and "503/503" not in piped.stderr and "files failed" in piped.stderr
    quiet = subprocess.run([*args, "--quiet", "--progress"], capture_output=True, text=True, check=False)
    assert quiet.returncode == 2  # --quiet and --progress exclude each other


def test_fail_fast_stops_at_the_first_failure(folder_500_and_3_bad: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = folder_500_and_3_bad.parent / "summary.tsv"
    status = main(["summary", str(folder_500_and_3_bad), "--fail-fast", "-j", "1", "-o", str(out)])
    assert status == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].endswith("binary.txt: cannot decode: not text (byte 0xff) at byte 0")
    assert err[-1] == "zhgovreport: 1 of 503 files failed (1 undecodable); stopped at the first failure (--fail-fast)"
    assert not out.exists()  # a stopped run writes no output file


def test_output_file_written_atomically(tmp_path: pathlib.Path) -> None:
    out = tmp_path / "figures.csv"
    status, printed = run("quantities", SEEDS, "-o", str(out))
    assert status == 0 and printed == ""
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len({r["file"] for r in rows}) == 5
    assert sorted(os.listdir(tmp_path)) == ["figures.csv"]


def test_ctrl_c_leaves_no_output_file(folder_500_and_3_bad: pathlib.Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    out = folder_500_and_3_bad / "out.tsv"
    proc = subprocess.Popen(
        [sys.executable, "-m", "zhgovreport", "quantities", str(folder_500_and_3_bad), "-o", str(out), "-j", "2"],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not any(p.name.startswith(".out.tsv.") for p in folder_500_and_3_bad.iterdir()):
        assert proc.poll() is None and time.monotonic() < deadline, "the run ended before it could be interrupted"
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 1:  # pragma: no cover - the run won the race and finished first
        pytest.skip("the run finished before the interrupt arrived")
    assert proc.returncode == 130, err
    assert b"interrupted" in err
    assert not out.exists()
    assert not [p for p in folder_500_and_3_bad.iterdir() if p.name.startswith(".out.tsv.")]


def test_outline_header_per_file_from_a_folder(tmp_path: pathlib.Path) -> None:
    (tmp_path / "a.txt").write_text("一、甲\n二、乙\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("一、丙\n", encoding="utf-8")
    status, text = run("outline", str(tmp_path))
    assert status == 0
    assert text.splitlines() == [f"== {tmp_path / 'a.txt'}", "一、甲", "二、乙", f"== {tmp_path / 'b.txt'}", "一、丙"]


def test_parse_several_files_is_json_lines() -> None:
    status, text = run("parse", "--json", SEEDS)
    assert status == 0
    docs = [json.loads(line) for line in text.splitlines()]  # json.load of the whole would fail
    assert len(docs) == 5
    assert [pathlib.Path(d["file"]).name[:3] for d in docs] == ["000", "001", "002", "003", "004"]
    assert docs[0]["meta"]["agency"] == "诸暨市司法局" and list(docs[0])[0] == "file"


def test_folder_with_no_reports_fails(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.md").write_text("一、甲\n", encoding="utf-8")
    status, _ = run("summary", str(tmp_path))
    assert status == 1
    assert "no report files in this folder" in capsys.readouterr().err
    status, text = run("summary", str(tmp_path), "--glob", "*.md")
    assert status == 0 and len(text.splitlines()) == 2


def test_sections_command_rows() -> None:
    status, text = run("sections", SEED0, "--format", "jsonl")
    assert status == 0
    rows = [json.loads(line) for line in text.splitlines()]
    # Seed 000: 一、 with (一)…(四), then 二、存在问题 and 三、.
    assert [r["path"] for r in rows][:3] == ["1", "1.1", "1.2"]
    assert rows[0]["title"] == "2022年度法治政府建设的主要举措和成效" and rows[0]["part"] == "achievements"
    assert rows[1]["items"] == 3 and rows[1]["implicit"] is False and rows[1]["depth"] == 2


def test_summary_jsonl_values_are_typed() -> None:
    status, text = run("summary", str(ROOT / "seeds" / "002_315d5ae9639e179f.txt"), "--format", "jsonl")
    assert status == 0
    row = json.loads(text)
    # Seed 002 states no publication date: null, not "".
    assert row["year"] == 2023 and row["published"] is None and row["on_time"] is None


def test_jobs_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["summary", SEED0, "--jobs", "0"])
    assert exit_info.value.code == 2


def test_parquet_needs_an_output_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["quantities", SEED0, "--format", "parquet"])
    assert exit_info.value.code == 2
    assert "-o FILE" in capsys.readouterr().err


def test_jobs_2_gives_the_same_output_as_jobs_1() -> None:
    one = run("quantities", SEEDS, "-j", "1")
    two = run("quantities", SEEDS, "-j", "2")
    assert one == two and one[0] == 0


def test_the_command_line_imports_no_optional_library() -> None:
    import subprocess
    import sys

    code = (
        "import sys, zhgovreport, zhgovreport.cli, zhgovreport.batch; "
        "print(sorted(m for m in ('pandas', 'pyarrow', 'dask', 'distributed', 'tqdm') if m in sys.modules))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"


def test_a_vague_pair_shows_both_bounds(tmp_path: pathlib.Path) -> None:
    # docs/spec/quantities.md: 七八十万人 is one figure, 700000 to 800000, approx about
    path = tmp_path / "report.txt"
    path.write_text("一、成效\n新增就业七八十万人。\n", encoding="utf-8")
    status, text = run("quantities", str(path), "--format", "csv")
    assert status == 0
    (row,) = csv.DictReader(io.StringIO(text))
    assert (row["text"], row["value"], row["upper"], row["unit"], row["approx"]) == ("七八十万人", "700000", "800000", "人", "about")

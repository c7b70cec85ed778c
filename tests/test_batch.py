"""Batch runs (zhgovreport.batch): discovery, per-file failures, the process pool, atomic output."""

from __future__ import annotations

import os
import pathlib
import shutil
import sys

import pytest

from zhgovreport import batch
from zhgovreport.model import Failure, FailureCode, Report
from zhgovreport.quantities import extract_quantities
from zhgovreport.quantities.scan import search_scanner

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "fixtures" / "corpus"

# Bytes that neither UTF-8 nor GB18030 decodes (0xFF is a lead byte in neither).
BINARY = b"\xff\x00\xfe\x00\x89PNG\r\n\x1a\n\x00\x00" * 8


def test_discover_folder_matches_suffixes_in_any_case_sorted(tmp_path: pathlib.Path) -> None:
    for name in ["b.txt", "a/report.TXT", "a/page.Html", "c.htm", "d.shtml", "notes.md", "e.txt.bak", "a/z/x.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("一、甲\n", encoding="utf-8")
    found = [pathlib.Path(p).relative_to(tmp_path).as_posix() for p in batch.discover(tmp_path)]
    # Folder by folder, names in order: a/ (page.Html, report.TXT, z/x.txt), then b, c, d.
    assert found == ["a/page.Html", "a/report.TXT", "a/z/x.txt", "b.txt", "c.htm", "d.shtml"]


def test_discover_only_report_is_upper_case(tmp_path: pathlib.Path) -> None:
    # The case: a folder whose only report is report.TXT printed nothing.
    (tmp_path / "report.TXT").write_text("一、甲\n", encoding="utf-8")
    assert list(batch.discover(str(tmp_path))) == [str(tmp_path / "report.TXT")]


def test_discover_glob_replaces_the_suffixes(tmp_path: pathlib.Path) -> None:
    for name in ["a.txt", "notes.MD", "sub/more.md", "sub/x.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    names = lambda paths: [pathlib.Path(p).relative_to(tmp_path).as_posix() for p in paths]  # noqa: E731
    assert names(batch.discover(tmp_path, glob="*.md")) == ["notes.MD", "sub/more.md"]
    assert names(batch.discover(tmp_path, glob=["sub/*", "a.*"])) == ["a.txt", "sub/more.md", "sub/x.txt"]


def test_discover_files_as_given_and_patterns(tmp_path: pathlib.Path) -> None:
    (tmp_path / "x.dat").write_text("x", encoding="utf-8")
    (tmp_path / "y.txt").write_text("y", encoding="utf-8")
    # A named file is read whatever its name; a missing one is kept so that load reports it.
    assert list(batch.discover([tmp_path / "x.dat", tmp_path / "gone.txt"])) == [
        str(tmp_path / "x.dat"),
        str(tmp_path / "gone.txt"),
    ]
    assert list(batch.discover(str(tmp_path / "*.txt"))) == [str(tmp_path / "y.txt")]
    assert list(batch.discover(str(tmp_path / "**" / "*.dat"))) == [str(tmp_path / "x.dat")]


@pytest.mark.parametrize(
    ("content", "code"),
    [
        pytest.param(BINARY, FailureCode.UNDECODABLE, id="binary"),
        pytest.param("一、总体情况".encode("gbk") + b"\xff\xff", FailureCode.UNDECODABLE, id="undecodable-gbk"),
        pytest.param(b"", FailureCode.EMPTY, id="empty"),
        pytest.param(b" \r\n\t\n\xe3\x80\x80\n", FailureCode.EMPTY, id="white-space-only"),  # U+3000 too
    ],
)
def test_load_failures(tmp_path: pathlib.Path, content: bytes, code: FailureCode) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = batch.load(path)
    assert isinstance(result, Failure)
    assert result.file == str(path) and result.code is code and result.reason


def test_load_missing_and_unreadable(tmp_path: pathlib.Path) -> None:
    missing = batch.load(tmp_path / "gone.txt")
    assert isinstance(missing, Failure) and missing.code is FailureCode.MISSING
    folder = batch.load(tmp_path)  # a folder named as a file: the OS refuses to read it
    assert isinstance(folder, Failure) and folder.code is FailureCode.UNREADABLE


def test_a_page_without_the_html_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    # selectolax made unimportable, as on an install without the `html` extra (was: internal error)
    monkeypatch.setitem(sys.modules, "selectolax", None)
    monkeypatch.setitem(sys.modules, "selectolax.lexbor", None)
    result = batch.load(ROOT / "tests" / "fixtures" / "html" / "govcn_seed003.html")
    assert isinstance(result, Failure) and result.code is FailureCode.NEEDS_EXTRA
    assert "pip install 'zhgovreport[html]'" in result.reason


def _title(report: Report, file: str) -> tuple[str, str | None]:
    return file, report.meta.title


def test_run_keeps_input_order_with_a_pool(tmp_path: pathlib.Path) -> None:
    # The largest corpus text first, small ones after: workers finish out of order.
    files = [str(CORPUS / "gwr-2008.txt")] + [str(p) for p in sorted(SEEDS.glob("*.txt"))] * 3
    files.insert(4, str(tmp_path / "missing.txt"))
    results = list(batch.run(files, _title, jobs=2))
    assert [file for file, _ in results] == files
    assert isinstance(results[4][1], Failure)
    assert [r for _, r in results if not isinstance(r, Failure)] == [_title(batch.load(f), f) for f in files if "missing" not in f]  # type: ignore[arg-type]


def _scanner_compilations(report: Report, _file: str) -> tuple[int, int, int]:
    return os.getpid(), search_scanner.cache_info().misses, len(extract_quantities(report))


def test_workers_compile_the_scanner_once() -> None:
    files = [str(p) for p in sorted(SEEDS.glob("*.txt"))] * 6
    results = [r for _, r in batch.run(files, _scanner_compilations, jobs=2)]
    assert all(not isinstance(r, Failure) for r in results)
    # In every worker, after any number of files, the scanner was compiled exactly once.
    assert {misses for _pid, misses, _n in results} == {1}  # type: ignore[misc]
    assert all(n > 0 for _pid, _m, n in results)  # type: ignore[misc]
    assert os.getpid() not in {pid for pid, _m, _n in results}  # type: ignore[misc]


def test_run_rejects_zero_jobs() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        list(batch.run([], _title, jobs=0))


def test_atomic_output_replaces_on_success(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old\n", encoding="utf-8")
    with batch.atomic_output(target) as handle:
        handle.write("new\n")
        assert target.read_text(encoding="utf-8") == "old\n"  # not visible before the end
    assert target.read_text(encoding="utf-8") == "new\n"
    assert os.listdir(tmp_path) == ["out.csv"]


@pytest.mark.parametrize("exc", [RuntimeError, KeyboardInterrupt])
def test_atomic_output_leaves_target_on_error(tmp_path: pathlib.Path, exc: type[BaseException]) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(exc), batch.atomic_output(target) as handle:
        handle.write("half")
        raise exc
    assert target.read_text(encoding="utf-8") == "old\n"
    assert os.listdir(tmp_path) == ["out.csv"]  # no temporary file left behind


def test_atomic_output_binary_new_file(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "out.bin"
    with batch.atomic_output(target, "wb") as handle:
        handle.write(b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"


def test_seed_copies_discovered_by_copy(tmp_path: pathlib.Path) -> None:
    # A folder of copies reads like the originals: names differ, reports do not.
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copy(path, tmp_path / path.name.upper())
    loaded = [batch.load(p) for p in batch.discover(tmp_path)]
    assert [r.meta.agency for r in loaded if isinstance(r, Report)][:2] == ["诸暨市司法局", "浦江县司法局"]


def test_atomic_output_writes_a_named_pipe_in_place(tmp_path: pathlib.Path) -> None:
    # Like /dev/null or /dev/stdout: a target that is not a regular file is never replaced.
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    with batch.atomic_output(fifo) as handle:
        handle.write("row\n")
    reader.join(timeout=30)
    assert received == ["row\n"]
    assert os.path.exists(fifo) and not os.path.isfile(fifo)
    assert os.listdir(tmp_path) == ["pipe"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_run_passes_failures_through_in_place(jobs: int) -> None:
    seeds = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    given = Failure("empty-folder", FailureCode.MISSING, "no report files in this folder")
    results = list(batch.run(iter([seeds[0], given, seeds[1]]), _title, jobs=jobs))
    assert results == [(seeds[0], _title(batch.load(seeds[0]), seeds[0])), ("empty-folder", given), (seeds[1], _title(batch.load(seeds[1]), seeds[1]))]  # type: ignore[arg-type]

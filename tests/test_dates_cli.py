"""``zhgovreport dates``: one row per date mention (issue 13), run in-process through ``main``."""

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
FIELDS = ["file", "path", "text", "first", "last", "resolution", "kind", "sentence"]


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


def test_dates_csv_over_a_folder() -> None:
    status, text = run("dates", SEEDS)
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == FIELDS
    assert len({pathlib.Path(r["file"]).name for r in rows}) == 5
    # seed 004 (a 2023 work summary), section (四) under the implicit first part:
    # 并于今年4月在政府门户网站向社会公布 is April 2023.
    (hit,) = [r for r in rows if r["file"].endswith("004_ad143c2d37aac994.txt") and r["text"] == "今年4月"]
    assert (hit["path"], hit["first"], hit["last"], hit["resolution"], hit["kind"]) == (
        "1.4", "2023-04-01", "2023-04-01", "month", "relative",
    )  # fmt: skip
    assert "并于今年4月在政府门户网站向社会公布" in hit["sentence"]


def test_dates_tsv_of_seed_000() -> None:
    status, text = run("dates", SEED0, "--format", "tsv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t"))
    # seed 000, section 二(三): "1-10月份,一审行政诉讼案件164件" of the report's year, 2022.
    (hit,) = [r for r in rows if r["text"] == "1-10月份"]
    assert (hit["path"], hit["first"], hit["last"], hit["kind"]) == ("2.3", "2022-01-01", "2022-10-01", "interval")


def test_dates_jsonl_null_dates_without_a_year(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("一、情况\n今年以来，“十四五”期间。\n", encoding="utf-8")
    status, text = run("dates", str(path), "--format", "jsonl")
    assert status == 0
    rows = [json.loads(line) for line in text.splitlines()]
    assert [(r["text"], r["first"], r["last"], r["kind"], r["path"]) for r in rows] == [
        ("今年", None, None, "relative", "1"),
        ("“十四五”期间", "2021-01-01", "2025-01-01", "five_year_plan", "1"),
    ]


def test_a_missing_file_is_listed_and_skipped(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "missing.txt")
    status, text = run("dates", missing, SEED0)
    assert status == 1
    assert capsys.readouterr().err.splitlines()[0] == f"zhgovreport: {missing}: no such file"
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and {r["file"] for r in rows} == {SEED0}


def test_the_dates_table_in_pandas() -> None:
    # The dates table of export.TABLES, read as a DataFrame: first/last are dates, typed.
    table = pytest.importorskip("zhgovreport.table")
    import datetime

    df = table.read("dates", SEED0)
    assert list(df.columns) == FIELDS
    row = df[df["text"] == "1-10月份"].iloc[0]  # seed 000, section 二(三)
    assert (row["path"], row["first"], row["last"], row["kind"]) == (
        "2.3", datetime.date(2022, 1, 1), datetime.date(2022, 10, 1), "interval",
    )  # fmt: skip
    assert str(df["first"].dtype) == "date32[day][pyarrow]"


def test_dates_parquet(tmp_path: pathlib.Path) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    out = tmp_path / "dates.parquet"
    status, _ = run("dates", SEED0, "--format", "parquet", "-o", str(out))
    assert status == 0
    got = pq.read_table(out).to_pylist()
    assert [r["text"] for r in got][:2] == ["2022年", "2023-02-23"]  # the title's year, the publication date

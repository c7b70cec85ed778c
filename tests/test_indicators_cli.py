"""``zhgovreport indicators``: one row per indicator, the panel table (issue 13)."""

from __future__ import annotations

import csv
import io
import json
import pathlib

import pytest

from zhgovreport.cli import main
from zhgovreport.export import INDICATOR_FIELDS

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEED0 = str(ROOT / "seeds" / "000_dc9f03113f863c93.txt")
GWR2022 = str(ROOT / "tests" / "fixtures" / "corpus" / "gwr-2022.txt")


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_rows_of_seed_000(fmt: str) -> None:
    status, text = run("indicators", SEED0, "--format", fmt)
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t" if fmt == "tsv" else ","))
    assert list(rows[0]) == list(INDICATOR_FIELDS)
    # seed 000, section 一(二): 2022年,一审行政诉讼败诉率3.02%,同比下降6.6个百分点;
    change = next(r for r in rows if r["text"] == "6.6个百分点")
    assert {k: change[k] for k in ("agency", "year", "path", "part", "name", "value", "unit", "aspect", "direction", "basis", "target")} == {
        "agency": "诸暨市司法局",
        "year": "2022",
        "path": "1.2",
        "part": "achievements",
        "name": "一审行政诉讼败诉率",
        "value": "6.6",
        "unit": "pp",
        "aspect": "change",
        "direction": "down",
        "basis": "同比",
        "target": "false",
    }
    # section 三(一), the plans for 2023: 确保全年一审行政诉讼案件败诉率控制在3%以下
    plan = next(r for r in rows if r["text"] == "3%以下")
    assert (plan["name"], plan["target"], plan["year"], plan["part"]) == ("一审行政诉讼案件败诉率", "true", "2023", "plans")


def test_jsonl_of_a_gwr() -> None:
    status, text = run("indicators", GWR2022, "--format", "jsonl")
    assert status == 0
    rows = [json.loads(line) for line in text.splitlines()]
    # gwr-2022 line 89: 城镇调查失业率全年控制在5.5%以内
    rate = next(r for r in rows if r["text"] == "5.5%以内")
    assert (rate["name"], rate["target"], rate["year"], rate["value"]) == ("城镇调查失业率", True, 2022, "5.5")


def test_missing_file_is_exit_status_1(tmp_path: pathlib.Path) -> None:
    status, _ = run("indicators", str(tmp_path / "nope.txt"))
    assert status == 1  # the file is listed as failed (batch.load)


def test_pandas_panel_of_two_reports() -> None:
    pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    from zhgovreport import table

    df = table.indicators([str(ROOT / "tests" / "fixtures" / "corpus" / f"gwr-{y}.txt") for y in (2022, 2025)])
    assert list(df.columns) == list(INDICATOR_FIELDS)
    assert str(df["year"].dtype) == "Int64" and str(df["target"].dtype) == "boolean"
    # gwr-2022 line 89 and gwr-2025 line 47: the new-urban-jobs targets, by the year planned for
    jobs = df[(df["name"] == "城镇新增就业") & df["target"]]
    assert jobs[["year", "value", "approx"]].values.tolist() == [[2022, "11000000", "over"], [2025, "12000000", "over"]]

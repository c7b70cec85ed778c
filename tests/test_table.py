"""Tables (zhgovreport.table): typed pandas DataFrames, exact values, Parquet round trips."""

from __future__ import annotations

import datetime
import decimal
import pathlib

import pytest

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

from zhgovreport import table  # noqa: E402
from zhgovreport.cli import main  # noqa: E402
from zhgovreport.errors import BatchError  # noqa: E402
from zhgovreport.export import TABLES  # noqa: E402
from zhgovreport.model import FailureCode  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED0 = SEEDS / "000_dc9f03113f863c93.txt"


def test_reports_typed_columns() -> None:
    df = table.reports(SEEDS)
    assert list(df.columns) == list(TABLES["reports"].fields)
    assert str(df["year"].dtype) == "Int64" and str(df["on_time"].dtype) == "boolean"
    assert str(df["published"].dtype) == "date32[day][pyarrow]" and str(df["sections"].dtype) == "int64"
    # Seed 000: 诸暨市司法局, 2022, published 2023-02-23 (its header); seed 002 states no date.
    first = df.iloc[0]
    assert first["agency"] == "诸暨市司法局" and first["year"] == 2022
    assert first["published"] == datetime.date(2023, 2, 23) and first["on_time"]
    assert pd.isna(df.iloc[2]["published"]) and pd.isna(df.iloc[2]["on_time"])
    assert pd.isna(df.iloc[4]["agency"])  # seed 004's title names no agency


def test_quantities_values_are_exact_strings() -> None:
    text = SEED0.read_text(encoding="utf-8")
    df = table.quantities(SEED0)
    assert str(df["value"].dtype) == "string" and str(df["start"].dtype) == "int64"
    # From the seed's text, section 一(二): 败诉率3.02%，同比下降6.6个百分点.
    hit = df[df["text"] == "3.02%"].iloc[0]
    assert hit["value"] == "3.02" and hit["path"] == "1.2" and hit["kind"] == "percent"
    assert text[hit["start"] : hit["end"]] == "3.02%"
    assert all(text[s:e] == t for s, e, t in zip(df["start"], df["end"], df["text"]))


def test_fraction_value_kept_to_the_last_digit(tmp_path: pathlib.Path) -> None:
    # 三分之一 is 1/3 as a 28-digit Decimal; 1.2万亿元 is 1.2 × 10^12: no decimal128 scale holds both.
    path = tmp_path / "r.txt"
    path.write_text("一、情况\n约占三分之一，投资1.2万亿元。\n", encoding="utf-8")
    df = table.quantities(path)
    values = [decimal.Decimal(v) for v in df["value"]]
    assert values == [decimal.Decimal(1) / decimal.Decimal(3), decimal.Decimal("1200000000000")]


def test_sections_table() -> None:
    df = table.sections(SEED0)
    assert df["path"].tolist()[:3] == ["1", "1.1", "1.2"]
    assert str(df["implicit"].dtype) == "boolean" and str(df["part"].dtype) == "string"
    assert df.iloc[0]["part"] == "achievements" and pd.isna(df.iloc[1]["part"])


def test_parquet_round_trip_through_the_command_line(tmp_path: pathlib.Path) -> None:
    for name in ("quantities", "summary", "sections"):
        out = tmp_path / f"{name}.parquet"
        assert main([name, str(SEEDS), "--format", "parquet", "-o", str(out)]) == 0
        back = pd.read_parquet(out)
        expected = table.read(TABLES_BY_COMMAND[name], SEEDS)
        pd.testing.assert_frame_equal(back, expected)
    back = pd.read_parquet(tmp_path / "quantities.parquet")
    # Exactly the Decimals of the model, digit for digit.
    import zhgovreport

    model = [q.value for p in sorted(SEEDS.glob("*.txt")) for q in zhgovreport.extract_quantities(zhgovreport.parse_file(p))]
    assert [decimal.Decimal(v) for v in back["value"]] == model
    assert [str(v) for v in model] == back["value"].tolist()


TABLES_BY_COMMAND = {t.command: t.name for t in TABLES.values()}


def test_parquet_in_small_row_groups_reads_back_whole(tmp_path: pathlib.Path) -> None:
    out = tmp_path / "q.parquet"
    sink = table.ParquetSink("quantities", out, row_group=7)
    rows = list(table.quantities(SEEDS).to_dict("records"))
    for start in range(0, len(rows), 5):
        sink.write(rows[start : start + 5])
    sink.close()
    import pyarrow.parquet as pq

    assert pq.ParquetFile(out).num_row_groups > 1
    pd.testing.assert_frame_equal(pd.read_parquet(out), table.quantities(SEEDS))


def test_errors_raise_by_default_and_skip_on_request(tmp_path: pathlib.Path) -> None:
    (tmp_path / "a.txt").write_text("一、成效\n审结305件。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    with pytest.raises(BatchError) as info:
        table.quantities(tmp_path)
    assert info.value.failure.code is FailureCode.EMPTY and info.value.failure.file.endswith("b.txt")
    df = table.quantities(tmp_path, errors="skip")
    assert df["text"].tolist() == ["305件"]
    with pytest.raises(ValueError, match="errors"):
        table.quantities(tmp_path, errors="ignore")  # type: ignore[arg-type]


def test_jobs_2_same_frame() -> None:
    pd.testing.assert_frame_equal(table.quantities(SEEDS, jobs=2), table.quantities(SEEDS))


def test_empty_frame_has_the_schema() -> None:
    empty = table.empty("reports")
    assert len(empty) == 0 and dict(empty.dtypes) == table.dtypes("reports")
    with pytest.raises(ValueError, match="no table"):
        table.dtypes("nope")

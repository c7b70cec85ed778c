"""zhgovreport.dask on a real distributed.LocalCluster: two worker processes, the panel as Parquet."""

from __future__ import annotations

import pathlib
from collections.abc import Iterator
from typing import Any

import pytest

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")
pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import zhgovreport.dask as zdask  # noqa: E402
from zhgovreport import table  # noqa: E402
from zhgovreport.errors import BatchError  # noqa: E402
from zhgovreport.quantities.scan import search_scanner  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as dask_client:
        yield dask_client


def _compiled() -> int:
    return search_scanner.cache_info().misses


def test_quantities_panel_to_parquet_and_back(client: Any, tmp_path: pathlib.Path) -> None:
    paths = [*sorted(SEEDS.glob("*.txt")), *sorted(CORPUS.glob("gwr-20*.txt"))]
    ddf = zdask.quantities(paths, files_per_partition=2)
    assert ddf.npartitions == 5  # 9 files, 2 per partition
    expected = table.quantities(paths)
    assert dict(ddf.dtypes) == dict(expected.dtypes)  # the meta is the pandas schema
    ddf.to_parquet(tmp_path / "panel", write_index=False)
    back = pd.read_parquet(tmp_path / "panel")
    pd.testing.assert_frame_equal(back, expected)
    # Each worker process compiled the quantity scanner once, for all its files.
    assert set(client.run(_compiled).values()) == {1}


def test_reports_with_dates_computed_on_the_cluster(client: Any) -> None:
    computed = zdask.reports(SEEDS).compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(computed, table.reports(SEEDS))
    assert computed["agency"].iloc[0] == "诸暨市司法局"


def test_bad_file_raises_or_is_skipped(client: Any, tmp_path: pathlib.Path) -> None:
    (tmp_path / "a.txt").write_text("一、成效\n审结305件。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\x00\xfe\x00" * 4)
    with pytest.raises(BatchError, match="b.txt"):
        zdask.sections(tmp_path).compute()
    assert zdask.quantities(tmp_path, errors="skip").compute()["text"].tolist() == ["305件"]


def test_no_files_gives_an_empty_frame_with_the_schema(tmp_path: pathlib.Path) -> None:
    ddf = zdask.sections(tmp_path)
    assert len(ddf.compute()) == 0 and dict(ddf.dtypes) == table.dtypes("sections")

"""Reports as Dask DataFrames, for corpora beyond one machine (the ``dask`` extra).

One function per table of :data:`zhgovreport.export.TABLES` —
:func:`reports`, :func:`sections`, :func:`quantities` — each taking files,
folders or glob patterns and returning a lazy :class:`dask.dataframe.DataFrame`
with one partition per ``files_per_partition`` files, in the order
:func:`zhgovreport.batch.discover` gives them.  Each partition reads and
parses its files where it runs (a worker of a ``distributed`` cluster, say)
and has exactly the columns and dtypes of the pandas tables of
:mod:`zhgovreport.table` (the ``meta`` is :func:`zhgovreport.table.empty`),
so ``ddf.to_parquet(folder)`` writes the panel::

    from distributed import Client, LocalCluster
    import zhgovreport.dask

    with LocalCluster(n_workers=2, processes=True) as cluster, Client(cluster):
        zhgovreport.dask.quantities("reports/**/*.txt", errors="skip").to_parquet("figures/")

The paths are listed where the graph is built and read where the partition
runs: on a cluster, they must name the same files on every worker (a shared
file system).  Each worker process compiles the quantity scanner once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

try:
    import dask.dataframe as dd
except ImportError as exc:  # pragma: no cover - only without the extra
    raise ImportError("zhgovreport.dask needs dask: pip install 'zhgovreport[dask]'") from exc

import pandas as pd

from zhgovreport import batch, table
from zhgovreport.export import TABLES

__all__ = ["frame", "indicators", "quantities", "reports", "sections"]


class _Partition:
    """Parse a group of files into one pandas partition of table ``name`` (pickled to the workers)."""

    def __init__(self, name: str, errors: table.Errors) -> None:
        self.name = name
        self.errors = errors

    def __call__(self, files: Sequence[str]) -> pd.DataFrame:
        return table.read(self.name, files, errors=self.errors)


def frame(
    name: str,
    paths: batch.PathArg | Iterable[batch.PathArg],
    *,
    glob: str | Sequence[str] | None = None,
    files_per_partition: int = 1,
    errors: table.Errors = "raise",
) -> dd.DataFrame:
    """A Dask DataFrame of table ``name`` over the files ``paths`` name.

    ``files_per_partition`` files make one partition (one task); ``errors``
    is as for :func:`zhgovreport.table.read` (``"raise"``: computing fails
    with :class:`~zhgovreport.errors.BatchError` at the first bad file;
    ``"skip"``: bad files give no rows).  The files are listed now, read when
    computed.
    """
    table.dtypes(name)  # an unknown table is a ValueError now, not on a worker
    if files_per_partition < 1:
        raise ValueError(f"files_per_partition must be at least 1, got {files_per_partition}")
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', got {errors!r}")
    files = list(batch.discover(paths, glob=glob))
    groups = [files[i : i + files_per_partition] for i in range(0, len(files), files_per_partition)]
    meta = table.empty(name)
    if not groups:
        nothing: dd.DataFrame = dd.from_pandas(meta, npartitions=1)  # type: ignore[no-untyped-call]
        return nothing
    lazy: dd.DataFrame = dd.from_map(  # type: ignore[no-untyped-call]
        _Partition(name, errors), groups, meta=meta, label=f"zhgovreport-{name}", enforce_metadata=False
    )
    return lazy


def _reader(name: str) -> Callable[..., dd.DataFrame]:
    def read_table(
        paths: batch.PathArg | Iterable[batch.PathArg],
        *,
        glob: str | Sequence[str] | None = None,
        files_per_partition: int = 1,
        errors: table.Errors = "raise",
    ) -> Any:
        return frame(name, paths, glob=glob, files_per_partition=files_per_partition, errors=errors)

    read_table.__name__ = read_table.__qualname__ = name
    read_table.__doc__ = f"""``frame({name!r}, paths, ...)``: {TABLES[name].doc}.

    The same columns and dtypes as :func:`zhgovreport.table.{name}`; see
    :func:`frame` for ``glob``, ``files_per_partition`` and ``errors``.
    """
    return read_table


reports = _reader("reports")
sections = _reader("sections")
quantities = _reader("quantities")
indicators = _reader("indicators")

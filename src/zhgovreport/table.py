"""Reports as pandas DataFrames with typed columns, and as Parquet files (the ``pandas`` extra).

One function per table of :data:`zhgovreport.export.TABLES` —
:func:`reports`, :func:`sections`, :func:`quantities` — each taking files,
folders or glob patterns (as :func:`zhgovreport.batch.discover` reads them)
and returning one DataFrame with a ``file`` column first.  The column types
come from the table's :class:`~zhgovreport.export.Column`\\ s
(:func:`dtypes`):

========================  ==========================  =======================
column type               pandas dtype                Parquet (Arrow) type
========================  ==========================  =======================
``str``                   ``string``                  ``large_string``
``int``                   ``int64`` (``Int64`` if     ``int64``
                          nullable)
``bool``                  ``boolean``                 ``bool``
``decimal``               ``string``: the exact       ``large_string``
                          decimal text
``date``                  ``date32[day][pyarrow]``    ``date32``
========================  ==========================  =======================

Figures are exact decimals of up to 28 significant digits, from
``1/3 = 0.3333333333333333333333333333`` to ``1.2万亿元 = 1200000000000``: no
fixed ``decimal128`` scale holds both, and ``float64`` would round them.  So
``value`` is the exact decimal string, never a float: convert it with
:func:`decimals` (exact) or ``.astype(float)`` (for a plot), knowing which
you chose.
"""

from __future__ import annotations

import decimal
import functools
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import IO, Any, Literal

try:
    import pandas as pd
except ImportError as exc:  # pragma: no cover - only without the extra
    raise ImportError("zhgovreport.table needs pandas and pyarrow: pip install 'zhgovreport[pandas]'") from exc

from zhgovreport import batch
from zhgovreport.errors import BatchError
from zhgovreport.export import TABLES, Column, ColumnType, Table, table_rows
from zhgovreport.model import Failure

__all__ = [
    "ParquetSink",
    "decimals",
    "dtypes",
    "empty",
    "frame",
    "indicators",
    "quantities",
    "read",
    "reports",
    "sections",
]

Errors = Literal["raise", "skip"]


def _dtype(column: Column) -> Any:
    if column.type is ColumnType.INT:
        return "Int64" if column.nullable else "int64"
    if column.type is ColumnType.BOOL:
        return "boolean"
    if column.type is ColumnType.DATE:
        import pyarrow as pa

        return pd.ArrowDtype(pa.date32())
    return "string"


def _table(name: str) -> Table:
    try:
        return TABLES[name]
    except KeyError:
        raise ValueError(f"no table {name!r}: the tables are {', '.join(TABLES)}") from None


def dtypes(name: str) -> dict[str, Any]:
    """The pandas dtype of each column of table ``name``, in order.

    >>> dtypes("quantities")["value"], dtypes("quantities")["start"], str(dtypes("reports")["published"])
    ('string', 'int64', 'date32[day][pyarrow]')
    """
    return {column.name: _dtype(column) for column in _table(name).columns}


def frame(name: str, records: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """A DataFrame of table ``name`` from its rows (dicts as the table's row function gives them).

    >>> import zhgovreport
    >>> from zhgovreport.export import quantity_rows
    >>> df = frame("quantities", quantity_rows(zhgovreport.parse("审结305件，增长4.9%。"), "a.txt"))
    >>> df[["file", "text", "value", "unit", "kind"]].values.tolist()
    [['a.txt', '305件', '305', '件', 'count'], ['a.txt', '4.9%', '4.9', '%', 'percent']]
    """
    table = _table(name)
    listed = list(records)
    data = {}
    for column in table.columns:
        values = [row[column.name] for row in listed]
        if column.type is ColumnType.DECIMAL:
            values = [None if v is None else str(v) for v in values]
        data[column.name] = pd.array(values, dtype=_dtype(column))
    return pd.DataFrame(data, columns=list(table.fields))


def decimals(values: pd.Series[Any]) -> pd.Series[Any]:
    """The exact :class:`~decimal.Decimal` of each decimal string (``object`` dtype; missing stays missing).

    ``values.map(Decimal)`` would not do: pandas turns the Decimals it gets
    into one Arrow decimal type, rescaling them all to the largest scale
    (``696000000`` comes back as ``Decimal('696000000.00')`` next to ``0.81``).

    >>> decimals(pd.Series(["696000000", "0.81", None], dtype="string")).tolist()
    [Decimal('696000000'), Decimal('0.81'), None]
    """
    return pd.Series(
        [None if pd.isna(v) else decimal.Decimal(v) for v in values], index=values.index, name=values.name, dtype=object
    )


def empty(name: str) -> pd.DataFrame:
    """A DataFrame of table ``name`` with no rows: its columns and types (Dask's ``meta``)."""
    return frame(name, [])


def _check_errors(errors: str) -> None:
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', got {errors!r}")


def read(
    name: str,
    paths: batch.PathArg | Iterable[batch.PathArg],
    *,
    glob: str | Sequence[str] | None = None,
    jobs: int = 1,
    errors: Errors = "raise",
) -> pd.DataFrame:
    """The DataFrame of table ``name`` for every report file ``paths`` name.

    ``jobs`` worker processes parse the files (:func:`zhgovreport.batch.run`).
    A file that gives no report (missing, undecodable, empty; see
    :func:`zhgovreport.batch.load`) raises :class:`~zhgovreport.errors.BatchError`
    with ``errors="raise"`` (the default), and is left out with
    ``errors="skip"``.
    """
    _check_errors(errors)
    work = functools.partial(table_rows, _table(name).name)
    collected: list[dict[str, Any]] = []
    for _file, result in batch.run(batch.discover(paths, glob=glob), work, jobs=jobs):
        if isinstance(result, Failure):
            if errors == "raise":
                raise BatchError(result)
            continue
        collected.extend(result)
    return frame(name, collected)


def _reader(name: str) -> Callable[..., pd.DataFrame]:
    def read_table(
        paths: batch.PathArg | Iterable[batch.PathArg],
        *,
        glob: str | Sequence[str] | None = None,
        jobs: int = 1,
        errors: Errors = "raise",
    ) -> pd.DataFrame:
        return read(name, paths, glob=glob, jobs=jobs, errors=errors)

    read_table.__name__ = read_table.__qualname__ = name
    read_table.__doc__ = f"""``read({name!r}, paths, ...)``: {TABLES[name].doc}.

    The columns are ``{", ".join(TABLES[name].fields)}``; see :func:`read` for
    ``glob``, ``jobs`` and ``errors``.
    """
    return read_table


reports = _reader("reports")
sections = _reader("sections")
quantities = _reader("quantities")
indicators = _reader("indicators")


class ParquetSink:
    """Rows of table ``name`` written to a Parquet file as they come, a row group at a time.

    ``target`` is a path or a binary file object.  Rows are buffered up to
    ``row_group`` at a time, so memory stays flat however many are written.
    The file has the columns and types of :func:`empty`, and pandas reads it
    back with the same dtypes (``pd.read_parquet``).
    """

    def __init__(self, name: str, target: str | os.PathLike[str] | IO[bytes], *, row_group: int = 50_000) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.name = name
        self._pa = pa
        self._schema = pa.Schema.from_pandas(empty(name), preserve_index=False)
        self._writer = pq.ParquetWriter(target, self._schema)
        self._buffer: list[Mapping[str, Any]] = []
        self._row_group = row_group

    def write(self, records: Iterable[Mapping[str, Any]]) -> None:
        """Add rows."""
        self._buffer.extend(records)
        if len(self._buffer) >= self._row_group:
            self._flush()

    def _flush(self) -> None:
        if self._buffer:
            data = frame(self.name, self._buffer)
            self._writer.write_table(self._pa.Table.from_pandas(data, schema=self._schema, preserve_index=False))
            self._buffer = []

    def close(self) -> None:
        """Write what is buffered and finish the file."""
        self._flush()
        self._writer.close()

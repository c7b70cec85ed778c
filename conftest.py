"""Collect the optional modules' doctests only when their extras are installed.

``src/zhgovreport/table.py`` needs the ``pandas`` extra and
``src/zhgovreport/dask.py`` the ``dask`` extra; without them, importing the
module for its doctests would be a collection error.  The README's test
command installs every extra, so CI runs them all.
"""

from __future__ import annotations

import importlib.util

collect_ignore = [
    path
    for path, needs in (
        ("src/zhgovreport/table.py", ("pandas", "pyarrow")),
        ("src/zhgovreport/dask.py", ("pandas", "pyarrow", "dask", "distributed")),
    )
    if not all(importlib.util.find_spec(name) for name in needs)
]

"""Sphinx configuration for the zhgovreport documentation.

Build (from the repository root; warnings are errors, as in CI)::

    python -m sphinx -W --keep-going -b html docs docs/_build/html
    python -m sphinx -W --keep-going -b doctest docs docs/_build/doctest

Every example on the pages is a ``.. doctest::`` / ``.. testcode::`` block
that the doctest builder runs with the repository root as working directory,
so paths such as ``seeds/000_dc9f03113f863c93.txt`` work as a reader who
cloned the repository would type them.  No network is needed (no
intersphinx).
"""

from __future__ import annotations

import pathlib
import sys

DOCS = pathlib.Path(__file__).resolve().parent
ROOT = DOCS.parent

# The package is normally installed (editable); fall back to the source tree.
try:
    import zhgovreport
except ImportError:  # pragma: no cover - only without an installed package
    sys.path.insert(0, str(ROOT / "src"))
    import zhgovreport

# -- Project information ------------------------------------------------------

project = "zhgovreport"
author = "zhgovreport developers"
copyright = "zhgovreport developers"
release = zhgovreport.__version__
version = ".".join(release.split(".")[:2])
language = "en"

# -- General configuration ----------------------------------------------------

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "myst_parser",
]

source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
templates_path: list[str] = []

# `code` in reST means Python objects where it can.
default_role = "py:obj"
nitpicky = False

# -- autodoc ------------------------------------------------------------------

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_typehints_description_target = "documented_params"
autodoc_preserve_defaults = False
autoclass_content = "class"
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# -- doctest ------------------------------------------------------------------

# Only explicit ``.. doctest::`` / ``.. testcode::`` blocks are run here.  The
# ``>>>`` examples inside docstrings are run by pytest (--doctest-modules) in
# their module's namespace; tests/test_docs.py checks that the pages have no
# bare ``>>>`` block that would silently not run.
doctest_test_doctest_blocks = ""
doctest_default_flags = (
    __import__("doctest").ELLIPSIS
    | __import__("doctest").NORMALIZE_WHITESPACE
    | __import__("doctest").DONT_ACCEPT_TRUE_FOR_1
)
doctest_global_setup = f"""
import os as _os
_docs_previous_cwd = _os.getcwd()
_os.chdir({str(ROOT)!r})
"""
doctest_global_cleanup = """
_os.chdir(_docs_previous_cwd)
"""

# -- MyST ---------------------------------------------------------------------

myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3
# The changelog links to keepachangelog.com and semver.org; the included
# benchmark README may link to files of the repository that are not pages.
suppress_warnings = ["myst.xref_missing"]

# -- HTML ---------------------------------------------------------------------

html_theme = "alabaster"
html_title = f"zhgovreport {release}"
html_theme_options = {
    "description": "Chinese government reports as structured data",
    "fixed_sidebar": True,
    "show_relbars": True,
}
html_static_path: list[str] = []


# -- The performance page -----------------------------------------------------

# Benchmark figures live in benchmarks/*.md (one place, written by the
# benchmark scripts' authors); the performance page includes those that exist.
BENCHMARK_PAGES = ("README.md", "WORSTCASE.md")
_INCLUDES_MARKER = "<!-- benchmark-includes: filled in by docs/conf.py from the files that exist -->"


def _benchmark_includes(app: object, docname: str, source: list[str]) -> None:
    if docname != "performance" or _INCLUDES_MARKER not in source[0]:
        return
    parts = []
    for name in BENCHMARK_PAGES:
        # Rebuild the page when a results file appears, changes or goes away.
        app.env.note_dependency(str(ROOT / "benchmarks" / name))  # type: ignore[attr-defined]
        if (ROOT / "benchmarks" / name).is_file():
            parts.append(f"```{{include}} ../benchmarks/{name}\n:heading-offset: 1\n```\n")
    if not parts:
        parts.append(
            ":::{note}\nNo benchmark results are recorded yet: `benchmarks/README.md` is missing.\n:::\n"
        )
    source[0] = source[0].replace(_INCLUDES_MARKER, "\n".join(parts))


def setup(app: object) -> None:
    app.connect("source-read", _benchmark_includes)  # type: ignore[attr-defined]

"""Checks on the Sphinx sources in docs/ that are cheap enough for every test run.

The full builds (``sphinx -W -b html`` and ``-b doctest``) run in CI (.ci/run);
these tests catch the two mistakes a build does not: a public name left out
of the API reference, and an example written as a bare ``>>>`` block, which
the doctest builder is configured not to run (docs/conf.py:
``doctest_test_doctest_blocks = ""``) and would therefore rot unseen.
"""

from __future__ import annotations

import pathlib
import re

import pytest

import zhgovreport

DOCS = pathlib.Path(__file__).resolve().parent.parent / "docs"

# Directives that document one object by name in docs/api.rst.
_DOCUMENTED = re.compile(
    r"^\.\. (?:autofunction|autoclass|autoexception|autodata|data|function|class|exception)::\s+(\S+)",
    re.MULTILINE,
)
# Directives whose body the doctest builder runs.
_RUN_BLOCKS = ("doctest", "testcode", "testoutput", "testsetup", "testcleanup")


def _api_names() -> set[str]:
    text = (DOCS / "api.rst").read_text(encoding="utf-8")
    return {name.removeprefix("zhgovreport.") for name in _DOCUMENTED.findall(text)}


@pytest.mark.parametrize("name", sorted(zhgovreport.__all__))
def test_public_name_is_in_api_reference(name: str) -> None:
    assert name in _api_names(), f"zhgovreport.{name} is public but not documented in docs/api.rst"


def test_api_names_exist() -> None:
    # The opposite direction: the reference documents nothing that is not public.
    for name in _api_names():
        assert name in zhgovreport.__all__, f"docs/api.rst documents {name}, which is not in __all__"


def _bare_prompts(text: str) -> list[int]:
    """Line numbers of ``>>>`` prompts that are not inside a directive the doctest builder runs."""
    bad: list[int] = []
    inside = False  # inside a run block
    block_indent = -1  # indentation of the directive line that opened the current block
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        if stripped and block_indent >= 0 and indent <= block_indent:
            inside, block_indent = False, -1
        match = re.match(r"\.\. ([\w-]+)::", stripped)
        if match:
            inside = match.group(1) in _RUN_BLOCKS
            block_indent = indent
            continue
        if stripped.startswith(">>>") and not inside:
            bad.append(number)
    return bad


@pytest.mark.parametrize("page", sorted(p.name for p in DOCS.glob("*.rst")))
def test_examples_on_page_are_run(page: str) -> None:
    text = (DOCS / page).read_text(encoding="utf-8")
    assert _bare_prompts(text) == [], f"{page}: '>>>' outside a .. doctest:: block is never run"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(".. doctest::\n\n   >>> 1\n   1\n", [], id="in-doctest"),
        pytest.param("Text\n\n>>> 1\n1\n", [3], id="bare-block"),
        pytest.param(".. code-block:: pycon\n\n   >>> 1\n", [3], id="code-block-not-run"),
        pytest.param(".. doctest::\n\n   >>> 1\n   1\n\nAfter\n\n>>> 2\n", [8], id="after-doctest-ends"),
    ],
)
def test_bare_prompt_detector(text: str, expected: list[int]) -> None:
    assert _bare_prompts(text) == expected


def test_every_page_is_in_a_toctree() -> None:
    index = (DOCS / "index.rst").read_text(encoding="utf-8")
    listed = set(re.findall(r"^   ([\w-]+)$", index, re.MULTILINE))
    pages = {p.stem for p in DOCS.iterdir() if p.suffix in {".rst", ".md"} and p.stem != "index"}
    assert pages <= listed, f"pages not in index.rst's toctree: {sorted(pages - listed)}"

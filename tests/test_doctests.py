"""The examples in the package's docstrings run as tests — with ``make test`` and with ``pytest tests/`` alike.

One test per module of ``assistant/`` that has examples. The examples that open an index (``SearchIndex``,
``Searcher``, ``HybridRetriever``) name the fake embedder themselves; they build it once, in this
module's own data directory. (``pyproject.toml`` collects tests from ``tests/`` only, so the examples
do not run twice.)
"""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "assistant"
MODULES = sorted(".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
                 for p in PACKAGE.rglob("*.py") if ">>>" in p.read_text(encoding="utf-8"))


@pytest.fixture(scope="module", autouse=True)
def data_dir(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("ASSISTANT_DATA_DIR", str(tmp_path_factory.mktemp("doctest-data")))
    yield
    mp.undo()


def test_the_main_modules_have_examples():
    assert {"assistant.corpus", "assistant.index", "assistant.retrieve", "assistant.langchain_retriever",
            "assistant.embeddings", "assistant.places"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name, capsys):
    result = doctest.testmod(importlib.import_module(name), report=False)
    assert result.failed == 0, capsys.readouterr().out

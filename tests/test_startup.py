"""Start-up: a command imports what it needs; the tokenizer loads its dictionary fast and the same.

The wall-clock figures themselves are measured by ``python -m eval.startup`` (eval/BASELINE.md),
not asserted here: timings depend on the machine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import jieba

from assistant import tokenize

IMPORTS = """
import json, sys
import assistant.cli, assistant.answer, assistant.retrieve, assistant.index
heavy = ["chromadb", "langchain_chroma", "langchain_core.vectorstores", "langchain_core.retrievers"]
print(json.dumps([m for m in heavy if m in sys.modules]))
"""


FIRST_CALLER = """
import json, logging, io
import jieba
jieba.Tokenizer().initialize()      # jieba's cache file exists (written now if it did not)
log = io.StringIO()
jieba.default_logger.addHandler(logging.StreamHandler(log))
jieba.setLogLevel(logging.DEBUG)
import assistant.tokenize
list(jieba.cut("辅警能不能配枪"))   # jieba called directly, before any tokens()
print(json.dumps({"initialized": jieba.dt.initialized, "from_jieba_log": "Loading model from cache" in log.getvalue()}))
"""


def test_answering_modules_do_not_import_the_vector_store_or_langchain_retrievers():
    """chromadb and LangChain's vector-store and retriever modules cost 1.7 s of imports: loaded
    only when a dense search or a LangChain retriever is used."""
    out = subprocess.run([sys.executable, "-c", IMPORTS], capture_output=True, text=True, timeout=120,
                         env=dict(os.environ))
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_the_langchain_retriever_is_still_importable_from_retrieve():
    from assistant.langchain_retriever import HybridRetriever
    from assistant.retrieve import HybridRetriever as same

    assert same is HybridRetriever


def test_the_fast_dictionary_load_gives_jieba_its_own_dictionary():
    own = jieba.Tokenizer()
    own.initialize()                      # jieba's way (writing its cache if it is not there yet)
    fast = jieba.Tokenizer()
    tokenize._load_prefix_dict(fast)      # ours, from that cache
    assert fast.initialized
    assert fast.total == own.total and fast.FREQ == own.FREQ


def test_jieba_loads_fast_whoever_calls_it_first():
    """Another module's ``jieba.cut`` may come before our ``tokens()``: it takes the fast load too."""
    out = subprocess.run([sys.executable, "-c", FIRST_CALLER], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {"initialized": True, "from_jieba_log": False}


def test_warm_leaves_nothing_for_the_first_question_to_load(fake_index, monkeypatch):
    from assistant.answer import Assistant

    index = type(fake_index)(fake_index.corpus, fake_index.embeddings, fake_index.units, fake_index.bm25,
                             fake_index.key, fake_index.path, fake_index.manifest)
    assert index._collection is None          # a fresh index opens its vector store on first use …
    Assistant(index).warm()
    assert index._collection is not None      # … which warm() has done
    assert tokenize._ready

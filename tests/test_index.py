"""The index: built aside and swapped in, rebuilt when its inputs change, never Chroma's own embedder."""

from __future__ import annotations

import json
import shutil

import pytest

from assistant import index as index_mod
from assistant.corpus import Corpus
from assistant.embeddings import FakeEmbeddings
from assistant.errors import SearchIndexError
from assistant.retrieve import HybridRetriever, Searcher


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path))
    return tmp_path


def test_build_then_reuse(data_dir, corpus):
    idx = index_mod.open_index(corpus, FakeEmbeddings())
    assert idx.manifest["units"] == len(idx.units) == idx.store._collection.count()
    assert (data_dir / "index" / "CURRENT").read_text() == idx.key
    built_at = idx.manifest["built_at"]
    again = index_mod.open_index(corpus, FakeEmbeddings())
    assert again.key == idx.key and again.manifest["built_at"] == built_at
    # nothing left over from the build
    assert {p.name for p in (data_dir / "index").iterdir()} == {".lock", "CURRENT", idx.key}


def test_cosine_space_and_no_default_embedding_function(fake_index):
    coll = fake_index.store._collection
    assert coll.configuration_json["hnsw"]["space"] == "cosine"
    # Chroma's default (downloading) embedding function is never used: a text query is refused
    with pytest.raises(SearchIndexError):
        coll.query(query_texts=["辅警"], n_results=1)


def test_metadata_is_scalar_and_carries_the_article_id(fake_index):
    got = fake_index.store._collection.get(ids=["chongqing-2021:19:1:3"], include=["metadatas"])
    meta = got["metadatas"][0]
    assert meta["article_id"] == "chongqing-2021:19" and meta["article"] == 19
    assert meta["paragraph"] == 1 and meta["item"] == 3 and meta["jurisdiction"] == "chongqing"
    assert all(isinstance(v, (str, int, float, bool)) for v in meta.values())


def test_rebuilds_when_the_corpus_changes(data_dir, corpus, tmp_path):
    idx = index_mod.open_index(corpus, FakeEmbeddings())
    smaller = Corpus(corpus.regulations[:1])
    idx2 = index_mod.open_index(smaller, FakeEmbeddings())
    assert idx2.key != idx.key
    assert {u.doc_id for u in idx2.units} == {corpus.regulations[0].doc_id}
    assert not (data_dir / "index" / idx.key).exists()


def test_rebuilds_when_the_model_changes(data_dir, corpus):
    class OtherFake(FakeEmbeddings):
        model_name = "fake/other"

    a = index_mod.open_index(corpus, FakeEmbeddings())
    b = index_mod.open_index(corpus, OtherFake())
    assert a.key != b.key and b.manifest["embedding_model"] == "fake/other"


def test_corrupted_index_is_rebuilt(data_dir, corpus):
    idx = index_mod.open_index(corpus, FakeEmbeddings())
    (idx.path / "bm25.json").write_text("{not json", encoding="utf-8")
    again = index_mod.open_index(corpus, FakeEmbeddings())
    assert again.bm25.n == len(again.units)


def test_deleted_index_is_rebuilt(data_dir, corpus):
    idx = index_mod.open_index(corpus, FakeEmbeddings())
    shutil.rmtree(idx.path)
    again = index_mod.open_index(corpus, FakeEmbeddings())
    assert again.store._collection.count() == len(again.units)


def test_failed_build_leaves_the_live_index(data_dir, corpus, monkeypatch):
    idx = index_mod.open_index(corpus, FakeEmbeddings())

    class Broken(FakeEmbeddings):
        model_name = "fake/broken"

        def embed_documents(self, texts):
            raise RuntimeError("model crashed mid-build")

    with pytest.raises(RuntimeError):
        index_mod.open_index(corpus, Broken())
    manifest = json.loads((idx.path / "manifest.json").read_text())
    assert manifest["key"] == (data_dir / "index" / "CURRENT").read_text()
    assert index_mod.open_index(corpus, FakeEmbeddings()).key == idx.key


def test_retriever_returns_articles_with_ids(fake_index):
    docs = HybridRetriever(index=fake_index, k=3).invoke("辅警不得单独执法或者以个人名义执法")
    assert docs[0].metadata["article_id"] == "chongqing-2021:19"
    assert docs[0].metadata["label"] == "《重庆市公安机关警务辅助人员条例》第十九条"
    assert docs[0].page_content == fake_index.corpus.article("chongqing-2021", 19).text


@pytest.mark.parametrize("method", ["bm25", "dense", "hybrid"])
def test_jurisdiction_filter(fake_index, method):
    hits = Searcher(fake_index).search("辅警的回避由谁决定", k=5, jurisdictions={"lianyungang"}, method=method)
    assert hits and all(h.jurisdiction == "lianyungang" for h in hits)
    assert hits[0].article_id == "lianyungang-2021:31"


BUILD = """
import json
from assistant import index
from assistant.embeddings import FakeEmbeddings
idx = index.open_index(embeddings=FakeEmbeddings())
print(json.dumps({"key": idx.key, "built_at": idx.manifest["built_at"], "count": idx.store._collection.count()}))
"""


def test_two_processes_building_at_once(data_dir):
    """The build lock: both processes get a complete index and it is built once."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, ASSISTANT_DATA_DIR=str(data_dir))
    procs = [subprocess.Popen([sys.executable, "-c", BUILD], env=env, stdout=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [json.loads(p.communicate(timeout=120)[0].strip().splitlines()[-1]) for p in procs]
    assert outs[0] == outs[1]
    assert outs[0]["count"] == len(index_mod.corpus_units(Corpus.load()))
    assert not [p for p in (data_dir / "index").iterdir() if p.name.startswith(".build")]


RANK = """
import json
from assistant.corpus import Corpus
from assistant.embeddings import FakeEmbeddings
from assistant.index import open_index
from assistant.retrieve import Searcher
s = Searcher(open_index(Corpus.load(), FakeEmbeddings()))
qs = ["辅警是跟公安局签劳动合同吗", "辅警的工资待遇", "回避", "辅警能不能配枪", "培训考核"]
print(json.dumps([[h.article_id for h in s.search(q, k=5)] for q in qs]))
"""


def test_ranking_does_not_depend_on_the_process(data_dir):
    """Equal fused scores are ordered by the evidence, then the id — never by hash (set) order,
    which differs between processes: the same question gets the same answer every time."""
    import os
    import subprocess
    import sys

    outs = []
    for seed in ("1", "2", "3"):
        env = dict(os.environ, ASSISTANT_DATA_DIR=str(data_dir), PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", RANK], env=env, capture_output=True, text=True, timeout=180)
        assert out.returncode == 0, out.stderr[-2000:]
        outs.append(out.stdout.strip().splitlines()[-1])
    assert outs[0] == outs[1] == outs[2], "\n".join(outs)


def _edited_corpus(tmp_path, corpus, doc_id="chongqing-2021", article=18):
    """A copy of the corpus with one article's text changed (and its recorded SHA-256 with it)."""
    import hashlib
    import re

    from assistant.config import corpus_dir

    copy = tmp_path / "corpus-copy"
    shutil.copytree(corpus_dir(), copy)
    reg = corpus.regulation(doc_id)
    text_path = copy / reg.meta.text_file
    line = reg.article(article).paragraphs[0].text
    text = text_path.read_text(encoding="utf-8")
    text_path.write_text(text.replace(line, line + "（修改）", 1), encoding="utf-8")
    meta_path = copy / f"{doc_id}.toml"
    digest = hashlib.sha256(text_path.read_bytes()).hexdigest()
    meta_path.write_text(re.sub(r'sha256 = "[0-9a-f]{64}"', f'sha256 = "{digest}"',
                                meta_path.read_text(encoding="utf-8")), encoding="utf-8")
    return Corpus.load(copy)


def test_a_rebuild_embeds_only_what_changed(data_dir, corpus, tmp_path):
    class Counting(FakeEmbeddings):
        seen: list[str] = []

        def embed_documents(self, texts):
            Counting.seen += list(texts)
            return super().embed_documents(texts)

    first = index_mod.open_index(corpus, Counting())
    assert first.manifest["embedded"] == len(first.units) and first.manifest["from_cache"] == 0
    edited = _edited_corpus(tmp_path, corpus)
    Counting.seen = []
    second = index_mod.open_index(edited, Counting())
    changed = [u.text for u in second.units if u.article_id == "chongqing-2021:18"]
    assert sorted(Counting.seen) == sorted(changed)
    assert second.manifest["embedded"] == len(changed)
    assert second.manifest["from_cache"] == len(second.units) - len(changed)
    # the same index as one built from nothing
    shutil.rmtree(data_dir / "embedding-cache")
    scratch = index_mod.open_index(edited, Counting(), rebuild=True)
    for q in ("辅警能不能配枪", "辅警的回避由谁决定", "工伤保险"):
        assert second.dense(q, k=10) == scratch.dense(q, k=10)


def test_build_reports_progress(data_dir, corpus):
    calls = []
    index_mod.open_index(corpus, FakeEmbeddings(), progress=lambda done, total: calls.append((done, total)))
    units = len(index_mod.corpus_units(corpus))
    assert calls[0] == (0, units) and calls[-1] == (units, units)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_a_damaged_vector_store_is_rebuilt_on_first_use(data_dir, corpus):
    idx = index_mod.open_index(corpus, FakeEmbeddings())
    expected = idx.dense("辅警回避", k=3)
    index_mod._forget_client(idx.path / "chroma")
    (idx.path / "chroma" / "chroma.sqlite3").write_bytes(b"not a database")
    again = index_mod.open_index(corpus, FakeEmbeddings())   # opening does not read the store …
    assert again.dense("辅警回避", k=3) == expected           # … its first use finds it damaged and rebuilds
    assert again.collection.count() == len(again.units)


LAZY = """
import json, sys
from assistant.index import open_index
from assistant.embeddings import FakeEmbeddings
idx = open_index(embeddings=FakeEmbeddings())
before = "chromadb" in sys.modules
hits = idx.dense("辅警回避", k=3)
print(json.dumps({"before": before, "after": "chromadb" in sys.modules, "hits": len(hits)}))
"""


def test_the_vector_store_is_opened_on_first_use(data_dir, corpus):
    """Opening a built index reads the BM25 side only; chromadb is imported by the first dense search."""
    import os
    import subprocess
    import sys

    index_mod.open_index(corpus, FakeEmbeddings())
    env = dict(os.environ, ASSISTANT_DATA_DIR=str(data_dir))
    out = subprocess.run([sys.executable, "-c", LAZY], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {"before": False, "after": True, "hits": 3}

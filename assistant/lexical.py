"""A small BM25 (Okapi) index over jieba tokens, with a jurisdiction filter.

Kept in-house rather than ``rank_bm25``/``bm25s``: an inverted index in plain Python arrays is
fast enough for 50,000 units, needs no extra dependency and serialises to one JSON file.

>>> bm = BM25Index.build([["辅警", "巡逻"], ["辅警", "回避"]], groups=["a", "b"])
>>> [round(float(s), 3) for s in bm.scores(["回避"])]
[0.0, 0.693]
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import numpy as np


class BM25Index:
    """Okapi BM25 with ``k1``/``b``; ``groups`` (e.g. jurisdictions) allow filtered scoring."""

    def __init__(self, postings: dict[str, tuple[list[int], list[int]]], lengths: list[int],
                 groups: list[str], k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.lengths = np.asarray(lengths, dtype=np.float32)
        self.n = len(lengths)
        self.avgdl = float(self.lengths.mean()) if self.n else 0.0
        self.groups = list(groups)
        self._postings = {t: (np.asarray(d, dtype=np.int32), np.asarray(f, dtype=np.float32))
                          for t, (d, f) in postings.items()}
        self._raw = postings
        self._norm = k1 * (1 - b + b * self.lengths / (self.avgdl or 1.0))
        # Units of one group (jurisdiction) are stored contiguously: a filtered query then scores
        # only that slice of each posting list, which keeps latency flat as the corpus grows.
        self._ranges: dict[str, tuple[int, int]] = {}
        for i, g in enumerate(self.groups):
            lo, hi = self._ranges.get(g, (i, i))
            self._ranges[g] = (lo, i + 1)
        self._contiguous = sum(hi - lo for lo, hi in self._ranges.values()) == self.n

    @classmethod
    def build(cls, docs: list[list[str]], groups: list[str], **kw) -> "BM25Index":
        postings: dict[str, tuple[list[int], list[int]]] = {}
        for i, toks in enumerate(docs):
            for term, tf in Counter(toks).items():
                d, f = postings.setdefault(term, ([], []))
                d.append(i)
                f.append(tf)
        return cls(postings, [len(d) for d in docs], groups, **kw)

    def idf(self, term: str) -> float:
        df = len(self._postings[term][0]) if term in self._postings else 0
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def scores(self, query: list[str], groups: set[str] | None = None) -> np.ndarray:
        """BM25 score of every unit for the query tokens (repeated tokens count once);
        units outside ``groups`` (when given) score 0."""
        out = np.zeros(self.n, dtype=np.float32)
        if groups and self._contiguous:
            ranges = [self._ranges[g] for g in groups if g in self._ranges]
        else:
            ranges = [(0, self.n)]
        for term in sorted(set(query)):  # a fixed order: float sums must not depend on hash order
            if term not in self._postings:
                continue
            docs, tf = self._postings[term]
            idf = self.idf(term)
            for lo, hi in ranges:
                a, b = np.searchsorted(docs, lo), np.searchsorted(docs, hi)
                d, f = docs[a:b], tf[a:b]
                out[d] += idf * f * (self.k1 + 1) / (f + self._norm[d])
        if groups and not self._contiguous:
            out[~np.fromiter((g in groups for g in self.groups), dtype=bool, count=self.n)] = 0.0
        return out

    # -- persistence ----------------------------------------------------------------
    def save(self, path: Path) -> None:
        data = {"k1": self.k1, "b": self.b, "lengths": self.lengths.astype(int).tolist(),
                "groups": self.groups, "postings": self._raw}
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "BM25Index":
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls({t: (d, f) for t, (d, f) in data["postings"].items()}, data["lengths"], data["groups"],
                   k1=data["k1"], b=data["b"])

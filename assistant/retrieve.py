"""Hybrid retrieval: BM25 and dense rankings fused per article.

Both rankings are over units (article, paragraph, item); an article scores by its best unit, so a
question about one 项 of a long list still ranks its article first, and the hit remembers which
unit matched best (for pinpoint citations).

>>> from assistant.embeddings import FakeEmbeddings
>>> from assistant.index import open_index
>>> searcher = Searcher(open_index(embeddings=FakeEmbeddings()))   # the tests' fake embedder
>>> [h.article_id for h in searcher.search("辅警能不能配枪", k=2)]
['lianyungang-2021:13', 'chongqing-2021:19']
>>> hit = searcher.search("辅警能不能配枪", k=1, jurisdictions={"chongqing"})[0]
>>> hit.article_id, hit.best_unit
('chongqing-2021:19', 'chongqing-2021:19:1:4')

The LangChain retriever over the same ranking, :class:`HybridRetriever`, lives in
:mod:`assistant.langchain_retriever` (importing LangChain's retriever classes costs 0.8 s, which a
one-shot ``assistant ask`` does not need); ``from assistant.retrieve import HybridRetriever`` still works.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from .errors import SearchIndexError
from .index import SearchIndex
from .tokenize import expand

# hybrid: BM25 (query + statutory synonyms) fused with dense; rrf: the plain fusion of BM25 and dense,
# kept as a baseline for the evaluation
Method = Literal["hybrid", "rrf", "bm25", "dense"]
RRF_K = 60          # the usual constant of reciprocal rank fusion
DENSE_DEPTH = 60    # units fetched from Chroma before grouping by article
LEXICAL_LEAD = 1.8  # a BM25 score this many times the next one, and at least LEXICAL_WIN, is a clear lexical winner
LEXICAL_WIN = 8.0


@dataclass(frozen=True)
class Hit:
    """One retrieved article with the evidence behind its rank."""

    article_id: str
    doc_id: str
    article: int
    jurisdiction: str
    score: float            # fused score (method-dependent scale)
    bm25: float             # best unit BM25 score (0 if none)
    dense: float            # best unit cosine similarity (0 if not in the dense top units)
    best_unit: str          # id of the unit that matched best
    degraded: bool = False  # the dense index was unreachable: ranked by BM25 alone


def _ranked(scores: dict[str, float], *tie_breaks: dict[str, tuple[float, str]]) -> list[str]:
    """Best first. Equal scores (frequent in rank fusion: ranks 1+3 = 3+1) are ordered by the
    ``tie_breaks`` scores, then by id — never by set order, which changes from one process to the next."""
    return sorted(scores, key=lambda a: (-scores[a], *(-t.get(a, (0.0, ""))[0] for t in tie_breaks), a))


def _keep_lexical_winner(order: list[str], lex_best: dict[str, tuple[float, str]], k: int) -> list[str]:
    """Rank fusion counts ranks only: an article holding the question's rare words far better than any
    other ("辅警打人谁负责" → 重庆 40, 造成损害…承担赔偿责任) can fall below ``k`` when it embeds a little
    further off. A clear lexical winner (:data:`LEXICAL_LEAD` times the next BM25 score, and strong) keeps the last place."""
    lex = sorted(((v[0], a) for a, v in lex_best.items()), reverse=True)
    if not lex or lex[0][1] in order[:k]:
        return order
    if lex[0][0] < LEXICAL_WIN or len(lex) > 1 and lex[0][0] < LEXICAL_LEAD * lex[1][0]:
        return order
    top = lex[0][1]
    return order[:k - 1] + [top] + [a for a in order[k - 1:] if a != top]


class Searcher:
    """Ranks articles for a question with BM25, dense or fused scores."""

    def __init__(self, index: SearchIndex, dense_weight: float = 1.0, lexical_weight: float = 1.0):
        self.index = index
        self.dense_weight, self.lexical_weight = dense_weight, lexical_weight

    def search(self, query: str, k: int = 5, jurisdictions: set[str] | None = None,
               method: Method = "hybrid", vector: list[float] | None = None) -> list[Hit]:
        idx = self.index
        lex_best: dict[str, tuple[float, str]] = {}
        if method in ("hybrid", "rrf", "bm25"):
            # hybrid reads colloquial words as the statutory terms too; the bm25 baseline stays plain jieba
            scores = idx.lexical(expand(query) if method == "hybrid" else query, jurisdictions)
            for i in np.nonzero(scores > 0)[0]:
                u = idx.units[i]
                s = float(scores[i])
                if s > lex_best.get(u.article_id, (0.0, ""))[0]:
                    lex_best[u.article_id] = (s, u.id)
        dense_best: dict[str, tuple[float, str]] = {}
        dense_hits: list[tuple[str, float]] = []
        degraded = False
        if method in ("hybrid", "rrf", "dense"):
            try:
                dense_hits = idx.dense(query, k=DENSE_DEPTH, jurisdictions=jurisdictions, vector=vector)
            except SearchIndexError:
                if method == "dense":
                    raise
                degraded = True  # still answer, from BM25, and say so
            for uid, sim in dense_hits:
                aid = idx.units[idx.by_id[uid]].article_id
                if aid not in dense_best:  # results come best first
                    dense_best[aid] = (sim, uid)
        lex_rank = {a: r for r, a in enumerate(_ranked({a: v[0] for a, v in lex_best.items()}), start=1)}
        dense_rank = {a: r for r, a in enumerate(_ranked({a: v[0] for a, v in dense_best.items()}), start=1)}
        fused: dict[str, float] = {}
        for aid in set(lex_best) | set(dense_best):
            if method == "bm25":
                fused[aid] = lex_best[aid][0]
            elif method == "dense":
                fused[aid] = dense_best[aid][0]
            else:
                s = 0.0
                if aid in lex_rank:
                    s += self.lexical_weight / (RRF_K + lex_rank[aid])
                if aid in dense_rank:
                    s += self.dense_weight / (RRF_K + dense_rank[aid])
                fused[aid] = s
        order = _ranked(fused, dense_best, lex_best)
        if method == "hybrid":
            order = _keep_lexical_winner(order, lex_best, k)
        hits = []
        for aid in order[:k]:
            unit = idx.units[idx.by_id[aid]]
            lex, dense = lex_best.get(aid, (0.0, "")), dense_best.get(aid, (0.0, ""))
            # the unit that matched best: the lexical one when BM25 is decisive, else the dense one
            best = lex[1] if (method == "bm25" or (lex[1] and not dense[1])) else (dense[1] or lex[1])
            hits.append(Hit(aid, unit.doc_id, unit.article, unit.jurisdiction, fused[aid], lex[0], dense[0], best,
                            degraded))
        return hits


def __getattr__(name: str):
    if name == "HybridRetriever":   # loaded on first use, see the module docstring
        from .langchain_retriever import HybridRetriever

        return HybridRetriever
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

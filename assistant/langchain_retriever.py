"""The hybrid ranking of :mod:`assistant.retrieve` as a LangChain retriever.

>>> from assistant.index import open_index                                # doctest: +SKIP
>>> retriever = HybridRetriever(index=open_index(), k=3)                  # doctest: +SKIP
>>> [d.metadata["article_id"] for d in retriever.invoke("辅警能不能配枪")]  # doctest: +SKIP
['lianyungang-2021:11', 'chongqing-2021:18', …]
"""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from .index import SearchIndex
from .retrieve import Method, Searcher


class HybridRetriever(BaseRetriever):
    """LangChain retriever fusing BM25 and dense rankings (reciprocal rank fusion) per article.

    Returns one ``Document`` per article, best first; ``metadata`` carries ``article_id``
    (``chongqing-2021:19``), ``doc_id``, ``article``, ``jurisdiction``, ``label``, ``best_unit`` and
    the scores. ``jurisdictions`` restricts results to those codes when known.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: SearchIndex
    k: int = 5
    method: Method = "hybrid"
    jurisdictions: list[str] | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun
                                ) -> list[Document]:
        js = set(self.jurisdictions) if self.jurisdictions else None
        hits = Searcher(self.index).search(query, k=self.k, jurisdictions=js, method=self.method)
        corpus = self.index.corpus
        docs = []
        for h in hits:
            art = corpus.article(h.doc_id, h.article)
            docs.append(Document(page_content=art.text, metadata={
                "article_id": h.article_id, "doc_id": h.doc_id, "article": h.article,
                "jurisdiction": h.jurisdiction, "label": corpus.label(h.doc_id, h.article),
                "best_unit": h.best_unit, "score": h.score, "bm25": h.bm25, "dense": h.dense}))
        return docs

"""The hybrid ranking of :mod:`assistant.retrieve` as a LangChain retriever.

>>> from assistant.embeddings import FakeEmbeddings
>>> from assistant.index import open_index
>>> retriever = HybridRetriever(index=open_index(embeddings=FakeEmbeddings()), k=3)   # the tests' fake embedder
>>> [d.metadata["article_id"] for d in retriever.invoke("辅警能不能配枪")]
['lianyungang-2021:13', 'chongqing-2021:19', 'lianyungang-2021:12']
>>> retriever.invoke("辅警能不能配枪")[1].metadata["label"]
'《重庆市公安机关警务辅助人员条例》第十九条'
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

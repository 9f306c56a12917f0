"""The corpus as sentences: what a look-up answer may quote as its headline.

A unit of the index (article, paragraph, item) can hold several sentences; the answer quotes the
one that decides the question, not the whole article. Sentences are cut at 。 ； and line breaks;
an item (（三）……；) is one sentence with its marker kept, and the lead-in of a list ("不得从事下列
工作：") is a sentence of its own. Each sentence keeps the narrowest citation that contains it — the
item, else the paragraph (named only where the article has several), else the article — so every
quoted sentence is a verbatim substring of its citation's text.

>>> from assistant.corpus import Corpus
>>> s = [x for x in corpus_sentences(Corpus.load()) if x.citation.article_id == "lianyungang-2021:52"]
>>> [x.text for x in s]
['本办法自印发之日起施行。', '原《连云港市公安机关警务辅助人员管理办法（试行）》（连政办发〔2018〕181号）同时废止。']
>>> all(x.text in x.citation.text for x in s)
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .corpus import Corpus
from .models import Article, Citation

# a sentence ends at 。 or ； (kept with it) or at a line break
_END = re.compile(r"[^。；\n]*(?:[。；]|$)")


@dataclass(frozen=True)
class Sentence:
    """One sentence of the corpus with the narrowest citation that contains it."""

    citation: Citation
    text: str               # verbatim, a substring of ``citation.text``
    jurisdiction: str
    paragraph: Citation     # the paragraph it stands in (the article where there is one paragraph)
    lead: bool = False      # the lead-in of a list of items ("……下列工作：")
    item: bool = False      # one item of a list, marker included
    lead_in: str = ""       # items: the lead-in of their list, without which an item says little

    @property
    def article_id(self) -> str:
        return self.citation.article_id


def split(text: str) -> list[str]:
    """Sentences of a paragraph without items, verbatim, in order.

    >>> split("辅警履职期间应当规范着装；辅警离职时，应当交回工作证件。")
    ['辅警履职期间应当规范着装；', '辅警离职时，应当交回工作证件。']
    """
    return [m.group().strip() for m in _END.finditer(text) if m.group().strip()]


def article_sentences(corpus: Corpus, article: Article, jurisdiction: str) -> list[Sentence]:
    out: list[Sentence] = []
    several = len(article.paragraphs) > 1
    for para in article.paragraphs:
        para_cite = corpus.citation(article.doc_id, article.number, para.number if several else None)
        if para.items:
            lead = para.lead.strip()
            if lead:
                out.append(Sentence(para_cite, lead, jurisdiction, para_cite, lead=True))
            for item in para.items:
                cite = corpus.citation(article.doc_id, article.number, para.number, item.number)
                out.append(Sentence(cite, item.text.strip(), jurisdiction, para_cite, item=True, lead_in=lead))
        else:
            out.extend(Sentence(para_cite, s, jurisdiction, para_cite) for s in split(para.text))
    return out


def by_article(corpus: Corpus) -> dict[str, tuple[Sentence, ...]]:
    """Article id → its sentences in order, computed once per corpus (and kept by it: :meth:`Corpus.derived`)."""
    def table() -> dict[str, tuple[Sentence, ...]]:
        return {art.id: tuple(article_sentences(corpus, art, reg.meta.jurisdiction))
                for reg in corpus.regulations for art in reg.articles}

    return corpus.derived("sentences.by_article", table)


def corpus_sentences(corpus: Corpus) -> list[Sentence]:
    """Every sentence of the corpus, in reading order."""
    return [s for sents in by_article(corpus).values() for s in sents]

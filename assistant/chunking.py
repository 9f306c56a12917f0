"""Corpus → index units: one per article, plus one per paragraph (where there are several) and
one per item, so that a question about one 项 of a long list can find exactly that 项.

Every unit carries the stable id of what it is (``chongqing-2021:16:1:2``) and scalar metadata
for Chroma (``0`` stands for "no paragraph/item": Chroma metadata cannot be null).
"""

from __future__ import annotations

from dataclasses import dataclass

from .corpus import Corpus
from .models import Article, unit_id


@dataclass(frozen=True)
class Unit:
    id: str
    doc_id: str
    article: int
    paragraph: int
    item: int
    level: str          # "article" | "paragraph" | "item"
    jurisdiction: str
    text: str           # what is embedded and tokenised (with a short heading for context)

    @property
    def article_id(self) -> str:
        return unit_id(self.doc_id, self.article)

    def metadata(self, corpus: Corpus) -> dict:
        art = corpus.article(self.doc_id, self.article)
        return {"unit_id": self.id, "article_id": self.article_id, "doc_id": self.doc_id,
                "article": self.article, "paragraph": self.paragraph, "item": self.item,
                "level": self.level, "jurisdiction": self.jurisdiction,
                "chapter": art.chapter or 0, "chapter_title": art.chapter_title or "",
                "title": corpus.regulation(self.doc_id).meta.title}


def article_units(article: Article, short_title: str, jurisdiction: str) -> list[Unit]:
    head = f"{short_title}{article.heading}"
    if article.chapter_title:
        head += f"（{article.chapter_title}）"
    units = [Unit(article.id, article.doc_id, article.number, 0, 0, "article", jurisdiction,
                  f"{head}：{article.text}")]
    several = len(article.paragraphs) > 1
    for para in article.paragraphs:
        if several:
            units.append(Unit(unit_id(article.doc_id, article.number, para.number), article.doc_id,
                              article.number, para.number, 0, "paragraph", jurisdiction,
                              f"{head}：{para.text}"))
        for item in para.items:
            # the lead-in says who may do what ("勤务辅警在人民警察带领下可以…"): keep it with the item
            units.append(Unit(unit_id(article.doc_id, article.number, para.number, item.number),
                              article.doc_id, article.number, para.number, item.number, "item",
                              jurisdiction, f"{head}：{para.lead}{item.text}"))
    return units


def corpus_units(corpus: Corpus) -> list[Unit]:
    out: list[Unit] = []
    for reg in corpus.regulations:
        for art in reg.articles:
            out.extend(article_units(art, reg.meta.short_title, reg.meta.jurisdiction))
    return out

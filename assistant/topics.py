"""The corpus for reading: table of contents, plain full-text search, and topics compared city by city.

Topics (招聘条件, 禁止事项, 回避, 保障 …) are data (``data/topics.yaml``): a label and, per regulation,
the references that treat it. Everything returned is a :class:`~assistant.models.Citation` made by
the corpus, so the texts shown are verbatim.

>>> from assistant.corpus import Corpus
>>> corpus = Corpus.load()
>>> [c.id for c in compare_topic(corpus, "recusal")["chongqing"]]
['chongqing-2021:22']
>>> search_articles(corpus, "带薪年休假")[0].label
'《连云港市公安机关警务辅助人员管理办法》第三十八条第一款'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import zhconv

from . import yamlfile
from .corpus import Corpus
from .models import Citation, parse_unit_id

TOPICS_FILE = Path(__file__).parent / "data" / "topics.yaml"


@dataclass(frozen=True)
class Topic:
    key: str
    label: str
    refs: dict[str, tuple[str, ...]]   # doc_id → references ("19", "17:1:4")


@lru_cache(maxsize=1)
def _data() -> dict:
    return yamlfile.safe_load(TOPICS_FILE.read_text(encoding="utf-8"))


def topics() -> dict[str, Topic]:
    """Topic key → :class:`Topic`, in the order of the data file."""
    return {t["key"]: Topic(t["key"], t["label"], {d: tuple(str(r) for r in refs) for d, refs in t["refs"].items()})
            for t in _data()["topics"]}


def compare_topic(corpus: Corpus, key: str) -> dict[str, list[Citation]]:
    """Jurisdiction code → the citations on this topic (empty list: that text has none)."""
    topic = topics()[key]
    out: dict[str, list[Citation]] = {}
    for code, reg in corpus.jurisdictions.items():
        out[code] = [corpus.cite(f"{reg.doc_id}:{ref}") for ref in topic.refs.get(reg.doc_id, ())]
    return out


# -- table of contents ------------------------------------------------------------------------------
@dataclass(frozen=True)
class TocChapter:
    title: str                          # "第二章　职责、权利和义务"; "" for a text without chapters
    articles: tuple[tuple[str, str], ...]   # (article id, "第九条 勤务警务辅助人员在人民警察的带领下…")


def _preview(text: str, width: int = 28) -> str:
    first = text.split("\n", 1)[0]
    return first if len(first) <= width else first[:width] + "…"


def table_of_contents(corpus: Corpus, jurisdiction: str) -> list[TocChapter]:
    """Chapters → articles of one jurisdiction's regulation, each article with its opening words."""
    reg = corpus.jurisdictions[jurisdiction]
    chapters: list[TocChapter] = []
    current: tuple[int | None, str] | None = None
    bucket: list[tuple[str, str]] = []
    for art in reg.articles:
        key = (art.chapter, art.chapter_title or "")
        if current is not None and key != current:
            chapters.append(TocChapter(current[1], tuple(bucket)))
            bucket = []
        current = key
        bucket.append((art.id, f"{art.heading}　{_preview(art.text)}"))
    if current is not None:
        chapters.append(TocChapter(current[1], tuple(bucket)))
    return chapters


# -- full-text search -------------------------------------------------------------------------------
def _alternatives(term: str) -> tuple[str, ...]:
    """The term and the words the texts use for the same thing (辅警 ↔ 警务辅助人员)."""
    for group in _data().get("equivalent_terms", []):
        if term in group:
            return tuple(group)
    return (term,)


def _matches(text: str, terms: list[tuple[str, ...]]) -> bool:
    return all(any(alt in text for alt in alts) for alts in terms)


def search_articles(corpus: Corpus, query: str, jurisdiction: str | None = None, limit: int = 50) -> list[Citation]:
    """Units containing every word of ``query`` (split on spaces; traditional characters accepted).

    Each hit is the narrowest unit holding all the words — an item, else a paragraph, else the
    article — so the article view can highlight it. Texts in corpus order, at most ``limit``.
    """
    query = zhconv.convert((query or "").strip(), "zh-cn")
    words = [w for w in query.split() if w]
    if not words:
        return []
    terms = [_alternatives(w) for w in words]
    regs = [corpus.jurisdictions[jurisdiction]] if jurisdiction else list(corpus.regulations)
    hits: list[Citation] = []
    for reg in regs:
        for art in reg.articles:
            if not _matches(art.text, terms):
                continue
            ref = (reg.doc_id, art.number, None, None)
            for p in art.paragraphs:
                if _matches(p.text, terms):
                    # a one-paragraph article is cited as the article (statutes name no 第一款 there)
                    ref = (reg.doc_id, art.number, p.number if len(art.paragraphs) > 1 else None, None)
                    for it in p.items:
                        if _matches(it.text, terms):
                            ref = (reg.doc_id, art.number, p.number, it.number)
                            break
                    break
            hits.append(corpus.citation(*ref))
            if len(hits) >= limit:
                return hits
    return hits


def resolve(corpus: Corpus, unit_id: str) -> Citation:
    """A citation from a unit id, for links (``lianyungang-2021:13:1:5``)."""
    return corpus.citation(*parse_unit_id(unit_id))

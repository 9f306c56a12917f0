"""The regulation as data: document → chapter → article (条) → paragraph (款) → item (项).

One id scheme everywhere (parser, index metadata, rules, citations):
``chongqing-2021:19`` for an article, ``chongqing-2021:19:1`` for its first paragraph,
``chongqing-2021:19:1:3`` for item (三) of that paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .numerals import int_to_cn


def unit_id(doc_id: str, article: int, paragraph: int | None = None, item: int | None = None) -> str:
    """The stable id of an article, paragraph or item: ``doc:article[:paragraph[:item]]``."""
    parts = [doc_id, str(article)]
    if paragraph is not None:
        parts.append(str(paragraph))
        if item is not None:
            parts.append(str(item))
    return ":".join(parts)


def unique(citations) -> list:
    """Citations without repeats (by unit id), in their first order — the one de-duplication of citations."""
    seen: dict[str, object] = {}
    for c in citations:
        seen.setdefault(c.id, c)
    return list(seen.values())


def parse_unit_id(ref: str) -> tuple[str, int, int | None, int | None]:
    """Split ``chongqing-2021:19:1:3`` into ``("chongqing-2021", 19, 1, 3)``."""
    parts = ref.strip().split(":")
    if len(parts) < 2 or len(parts) > 4:
        raise ValueError(f"not an article reference: {ref!r}")
    nums = [int(p) for p in parts[1:]] + [None] * (4 - len(parts))
    return parts[0], nums[0], nums[1], nums[2]


@dataclass(frozen=True)
class Metadata:
    """What a regulation is: read from the ``.toml`` file beside its text."""

    doc_id: str
    title: str
    short_title: str
    jurisdiction: str
    jurisdiction_name: str
    kind: str
    issuer: str
    document_number: str
    adopted: date
    issued: date
    in_force_from: date
    status: str
    repeals: tuple[str, ...] = ()
    jurisdiction_aliases: tuple[str, ...] = ()
    text_file: str = ""
    sha256: str = ""        # of the original text file's bytes, as recorded in the .toml ("" if not recorded)
    short_name: str = ""    # the city as users say it ("连云港"): options, selectors, follow-ups
    province: str = ""      # its province-level division as users say it ("江苏"; a municipality is its own)
    # names other cities also use ("江北", "南岸"): they name this one only when no other place is named
    shared_place_names: tuple[str, ...] = ()
    # words of the local speech ("噻", "要得不"): with no place named, the city the answer assumes, and says it assumed
    dialect_words: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        """Every word naming the jurisdiction (name, short name, aliases), longest first."""
        words = {self.jurisdiction_name, self.short_name, *self.jurisdiction_aliases} - {""}
        return tuple(sorted(words, key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Item:
    """One 项, e.g. ``（三）对有违法犯罪嫌疑的人员进行盘查、看管；`` (text includes its marker)."""

    number: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """One 款. ``text`` is the whole paragraph as in the original (lead-in and items)."""

    number: int
    text: str
    lead: str
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Article:
    """One 条. ``text`` is its body as in the original, without the ``第X条`` heading."""

    doc_id: str
    number: int
    paragraphs: tuple[Paragraph, ...]
    chapter: int | None = None
    chapter_title: str | None = None

    @property
    def id(self) -> str:
        return unit_id(self.doc_id, self.number)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)

    @property
    def heading(self) -> str:
        return f"第{int_to_cn(self.number)}条"


@dataclass(frozen=True)
class Chapter:
    number: int
    title: str


@dataclass(frozen=True)
class Regulation:
    """A parsed regulation: metadata plus its articles in order."""

    meta: Metadata
    articles: tuple[Article, ...]
    chapters: tuple[Chapter, ...] = ()
    source_text: str = field(default="", repr=False)

    @property
    def doc_id(self) -> str:
        return self.meta.doc_id

    def article(self, number: int) -> Article:
        if 1 <= number <= len(self.articles):
            return self.articles[number - 1]
        raise KeyError(f"{self.doc_id} has no article {number}")


@dataclass(frozen=True)
class Citation:
    """A pinpoint reference into the corpus with the verbatim text of what it points at.

    ``Citation.to_dict()`` is the machine form of the batch contract:
    ``{"doc_id", "article", "paragraph", "item", "label", "text"}``.
    """

    doc_id: str
    article: int
    paragraph: int | None
    item: int | None
    label: str
    text: str

    @property
    def id(self) -> str:
        return unit_id(self.doc_id, self.article, self.paragraph, self.item)

    @property
    def article_id(self) -> str:
        return unit_id(self.doc_id, self.article)

    def to_dict(self) -> dict:
        return {"doc_id": self.doc_id, "article": self.article, "paragraph": self.paragraph,
                "item": self.item, "label": self.label, "text": self.text}

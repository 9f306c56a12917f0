"""The cities of the corpus as users see and say them, read from its metadata (``corpus/*.toml``).

Every list of jurisdictions the package shows or reads — the ``--jurisdiction`` codes, the chat's and
the forms' selectors, the words a follow-up or a CSV cell names a city by, the heading's names, "两地"
for all of them — comes from here, so a new regulation in the corpus is a new city everywhere without
a line of code. The order is the corpus order (the order answers list the cities in).

>>> from assistant.corpus import Corpus
>>> corpus = Corpus.load()
>>> [(p.code, p.short_name, p.province) for p in places(corpus)]
[('chongqing', '重庆', '重庆'), ('lianyungang', '连云港', '江苏')]
>>> choices(corpus, everywhere="不限")
[('不限', ''), ('重庆', 'chongqing'), ('连云港', 'lianyungang')]
>>> all_of(corpus), count(corpus), listing(corpus)
('两地', '两', '重庆、连云港')
"""

from __future__ import annotations

from dataclasses import dataclass

from .corpus import Corpus
from .numerals import int_to_cn


@dataclass(frozen=True)
class Place:
    """One jurisdiction of the corpus and its regulation, named as its metadata names it."""

    code: str                 # jurisdiction: option value, JSON, metadata of the index
    name: str                 # jurisdiction_name, shown to users ("连云港市")
    short_name: str           # as users say it ("连云港"): selectors, follow-ups, examples
    province: str             # province-level division ("江苏")
    words: tuple[str, ...]    # every word naming it in a question or a cell, longest first
    doc_id: str
    title: str                # full title of its regulation, without 《》
    short_title: str


def places(corpus: Corpus) -> tuple[Place, ...]:
    """Every jurisdiction of the corpus, in corpus order."""
    return tuple(place(corpus, code) for code in corpus.jurisdictions)


def place(corpus: Corpus, code: str) -> Place:
    """The jurisdiction ``code``; ``KeyError`` naming the codes there are when the corpus has no such city."""
    try:
        reg = corpus.jurisdictions[code]
    except KeyError:
        raise KeyError(f"no jurisdiction {code!r} in the corpus ({', '.join(corpus.jurisdictions)})") from None
    m = reg.meta
    return Place(m.jurisdiction, m.jurisdiction_name, m.short_name, m.province, m.names(), reg.doc_id, m.title,
                 m.short_title)


def codes(corpus: Corpus) -> tuple[str, ...]:
    return tuple(corpus.jurisdictions)


def choices(corpus: Corpus, everywhere: str | None = None) -> list[tuple[str, str]]:
    """``(label, code)`` pairs for a selector, the short names; ``everywhere`` (e.g. "不限") first, value ``""``."""
    out = [(everywhere, "")] if everywhere is not None else []
    return out + [(p.short_name, p.code) for p in places(corpus)]


def count(corpus: Corpus) -> str:
    """How many regulations, as a Chinese numeral before a measure word ("两" in "两部规定")."""
    n = len(corpus.regulations)
    return "两" if n == 2 else int_to_cn(n)


def all_of(corpus: Corpus) -> str:
    """The word for every city at once, as a heading says it: "两地", "三地" …; a corpus of one city is that city."""
    only = places(corpus)
    return only[0].short_name if len(only) == 1 else f"{count(corpus)}地"


def listing(corpus: Corpus, sep: str = "、") -> str:
    """The short names, joined ("重庆、连云港")."""
    return sep.join(p.short_name for p in places(corpus))


def city_words(corpus: Corpus) -> dict[str, tuple[str, ...]]:
    """Jurisdiction code → the words naming it (name, short name, aliases), longest first."""
    return {p.code: p.words for p in places(corpus)}

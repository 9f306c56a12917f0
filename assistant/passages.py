"""Which sentence of the retrieved articles answers the question: extractive scoring, no generation.

Retrieval ranks articles (:mod:`assistant.retrieve`); this module ranks their sentences
(:mod:`assistant.sentences`) for one question:

- **lexical** — the share of the question's term weight a sentence covers. Terms are jieba tokens
  weighted by their idf in the index, the asked clauses counting fully and the story told before them
  less ("发现有辅警吃拿卡要，老百姓可以去哪投诉举报" asks about 投诉, not 吃拿卡要); the statutory terms of
  colloquial words (``data/synonyms.txt``) count a little less than the user's own words. An item is
  read with its lead-in ("享有下列权利：" + "（五）依法解除劳动关系；"), the lead-in at half weight.
- **retrieval** — the article's fused rank and its dense similarity (the question is embedded once, for
  retrieval; sentences are not embedded at run time, which would cost ≈1 ms per character), and a
  bonus for the unit that matched best.

>>> q = Query.of([("重庆招辅警有体能测试吗", True)], idf=lambda t: 1.0)
>>> sorted(q.weights)   # "招辅警" is said in the texts' word too (data/synonyms.txt)
['体能', '招聘', '招辅警', '测试', '辅警', '重庆']
>>> round(Query.of([("能辞退吗", True)], idf=lambda t: 1.0).coverage(frozenset({"解除", "劳动关系", "劳动", "关系"})), 2)
1.0
>>> round(q.coverage(frozenset({"体能", "测试", "辅警"})), 2)
0.62
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable

import jieba

from .retrieve import Hit
from .sentences import Sentence
from .tokenize import normalise, synonyms_for, tokens

STORY = 0.4        # weight of a term told in the story (not in an asked clause)
SYNONYM = 1.0      # weight of the statutory words standing for the user's word (data/synonyms.txt)
LEAD = 0.5         # weight of a list's lead-in when an item is scored
# the retrieval side of a sentence's score (tuned on eval/data/dev.jsonl)
RANK_WEIGHT = 0.12     # × 1/(rank+1) of the article in the fused ranking
DENSE_WEIGHT = 1.0     # × (cosine of the article's best unit − that of the first article)
BEST_UNIT = 0.05       # the sentence lies in the unit that matched best
DEPTH = 4              # articles whose sentences are scored


Concept = tuple[dict[str, float], ...]   # one word of the question: its alternatives, term → weight


@dataclass(frozen=True)
class Query:
    """The question as weighted concepts: each word the user wrote, with the statutory words that
    stand for it as alternatives ("辞退" or "解除劳动关系"). A sentence gets a concept's weight by
    holding any one alternative — holding two does not count twice."""

    concepts: tuple[Concept, ...]

    @classmethod
    def of(cls, clauses: Iterable[tuple[str, bool]], idf: Callable[[str], float],
           known: Callable[[str], bool] = lambda t: True, extra: dict[str, str] | None = None) -> "Query":
        """``clauses``: (text, asked) pairs of the question, in order; ``known``: the term occurs in
        the corpus (a word no sentence holds cannot tell sentences apart and would only dilute the
        coverage thresholds — but its statutory equivalents stand for it); ``extra``: more
        colloquial → statutory words than ``data/synonyms.txt``.

        A concept weighs as much as the user's word (its rarest part, by idf) — or, for a word the corpus
        never uses ("五险一金"), as much as its rarest statutory word. Within one alternative the weight is shared
        among the parts jieba's search mode makes of a word ("劳动关系" → 劳动, 关系, 劳动关系) by idf, so
        a sentence holding all of them gets the whole word and one holding a part gets a part.
        """
        clauses = list(clauses)
        table = {**synonyms_for("，".join(text for text, _ in clauses)), **(extra or {})}
        found: dict[str, tuple[float, str]] = {}     # word → (base weight, its statutory words)
        for text, asked in clauses:
            base = 1.0 if asked else STORY
            for word in words(text):
                found[word] = (max(base, found.get(word, (0.0, ""))[0]), found.get(word, (0.0, ""))[1])
            for colloquial, terms in table.items():
                if colloquial in text:
                    # a word the colloquial phrase spans ("签劳动合同" over "劳动合同") is the same concept
                    # …but a shorter phrase does not swallow a longer one of the table ("辅警" in "招辅警"), nor a
                    # longer word of the texts ("文职辅警"), which stays a concept of its own beside it
                    longer = [w for w in found if colloquial in w and w != colloquial and (w in table or known(w))]
                    for w in [w for w in found if w != colloquial and (w in colloquial or colloquial in w) and w not in longer]:
                        base = max(base, found.pop(w)[0])
                    if any(w in table for w in longer):
                        continue   # the longer phrase of the table stands for both
                    found[colloquial] = (max(base, found.get(colloquial, (0.0, ""))[0]), terms)
        concepts = []
        for word, (base, terms) in found.items():
            own = [t for t in dict.fromkeys(tokens(word)) if known(t)]
            # a word the corpus never uses counts by its statutory words; of a compound the corpus does
            # not know ("正式民警"), the known parts ("民警") say little: half weight
            whole = known(normalise(word)) or len(own) == len(tokens(word))
            # a word the corpus knows weighs by its own idf; one it does not, by its statutory words
            weight = base * max([idf(t) for t in own] if whole and own else
                                [idf(t) for t in own + tokens(terms) if known(t)] or [0.0])
            concept = []
            for k, (alt, scale) in enumerate(((own, 1.0 if whole else 0.5),
                                              ([t for t in dict.fromkeys(tokens(terms)) if known(t)], SYNONYM))):
                if not alt:
                    continue
                idfs = [idf(t) for t in alt]
                share = weight * scale / (sum(idfs) or 1.0)
                concept.append({t: share * i for t, i in zip(alt, idfs)})
            if concept and weight > 0:
                concepts.append(tuple(concept))
        return cls(tuple(concepts))

    @property
    def weights(self) -> dict[str, float]:
        """Every term of every alternative with its weight."""
        return {t: v for c in self.concepts for alt in c for t, v in alt.items()}

    @property
    def total(self) -> float:
        return sum(_weight(c) for c in self.concepts)

    def covered(self, terms: frozenset[str], lead: frozenset[str] = frozenset()) -> list[float]:
        """Per concept, the weight ``terms`` (and, at half weight, ``lead``) hold of it."""
        return [max(sum(v if t in terms else LEAD * v if t in lead else 0.0 for t, v in alt.items()) for alt in c)
                for c in self.concepts]

    def coverage(self, terms: frozenset[str], lead: frozenset[str] = frozenset()) -> float:
        """Share of the question's weight found in ``terms`` (and, at half weight, in ``lead``)."""
        total = self.total
        return sum(self.covered(terms, lead)) / total if total else 0.0

    def missing(self, terms: frozenset[str], lead: frozenset[str] = frozenset()) -> "Query":
        """The concepts ``terms`` hold less than half of."""
        got = self.covered(terms, lead)
        return Query(tuple(c for c, g in zip(self.concepts, got) if g < 0.5 * _weight(c)))


def _weight(c: Concept) -> float:
    # the best any alternative can give (the user's own word, or its statutory words)
    return max(sum(alt.values()) for alt in c) if c else 0.0


def words(text: str) -> list[str]:
    """The words of a text (jieba's precise mode, with the domain dictionary), punctuation and
    stopwords out."""
    tokens("")   # loads the dictionaries once
    return [w for w in jieba.cut(normalise(text)) if tokens(w)]


@lru_cache(maxsize=65536)   # bounded: the texts scored are the corpus's sentences, but any text may be asked
def terms_of(text: str) -> frozenset[str]:
    """The tokens of a corpus sentence, as a set (scored again and again: made once per text)."""
    return frozenset(tokens(text))


@dataclass(frozen=True)
class Scored:
    """A sentence with its score for one question and the parts of that score."""

    sentence: Sentence
    score: float
    lexical: float
    hit: Hit
    rank: int           # of its article in the retrieval ranking (0 = first)


def score(query: Query, hits: list[Hit], sentences: dict[str, tuple[Sentence, ...]],
          bonus: Callable[[Sentence], float] = lambda s: 0.0, depth: int = DEPTH) -> list[Scored]:
    """The sentences of the first ``depth`` hits, best first; ``bonus`` adds a shape's preference."""
    out: list[Scored] = []
    if not hits:
        return out
    top_dense = hits[0].dense
    for rank, h in enumerate(hits[:depth]):
        prior = RANK_WEIGHT / (rank + 1) + DENSE_WEIGHT * (h.dense - top_dense)
        for s in sentences.get(h.article_id, ()):
            lex = query.coverage(terms_of(s.text), terms_of(s.lead_in) if s.lead_in else frozenset())
            in_best = h.best_unit and (s.citation.id == h.best_unit or s.citation.id.startswith(h.best_unit + ":"))
            total = lex + prior + (BEST_UNIT if in_best else 0.0) + bonus(s)
            out.append(Scored(s, total, lex, h, rank))
    out.sort(key=lambda x: (-x.score, x.rank))
    return out

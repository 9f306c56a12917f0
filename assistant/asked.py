"""What a look-up question asks, and whether a sentence of the texts covers it.

Most questions are stories that end in a question ("我是连云港的辅警，周末想带孩子去花果山玩，听说警察凭证件
能免门票，辅警的工作证能不能也免门票？"). The answer must be about what the asked clauses ask, not about
every word the story tells — and when no sentence of the texts covers what is asked, there is nothing to
quote, however many of the story's words the texts happen to use (DOMAIN.md, "Abstaining").

- **Parts.** One :class:`Part` per asked clause. What it asks about is its predicate — after a yes/no
  frame, what it asks whether there is or may be ("辅警的工作证能不能也免门票" asks about 免门票, "子女入学有
  没有照顾政策" about 照顾政策) — once the question's frame (能不能, 怎么说, 有什么区别, 有机会 … ``frame`` in
  data/lookup.yaml), fillers and the cities' names are taken out.
- **Topic words.** The words of a part the texts use, directly or through their statutory words
  (data/synonyms.txt, ``equivalents``, ``stated_as``), each weighed by its idf — a word nearly every
  article holds (辅警, 工作) or a single character ("先", "报") names no topic — and its **foreign
  words**: nouns, verbs and adjectives the texts never use and have no statutory word for ("门票",
  "落户", "停车"; a compound with a part the texts never use is not the part they use: "保险公司").
- **Pointing back.** A part with no topic word of its own ("会被怎么处理", "是真的吗", "我该怎么跟他说") or
  with a pointer ("这种情况", "这个钱", "他们") is about what was said just before it: up to
  :data:`CONTEXT` clauses of its sentence and the one before are its *context*.

A part is **covered** by a city's sentences when

1. it does not ask only about foreign words — a clause asking about nothing the texts name ("要能停车的",
   "能不能也免门票") is not answered by a sentence on something else (the 工作证 it names);
2. it is not about a place the texts do not cover ("听说成都放宽到40岁了，是真的吗？他们依据哪个文件？"): the
   clause, or the story it points back to, names another place, and the clause names none of the texts';
3. one sentence covers at least :data:`MIN_COVER` of its weight, its foreign words counted as uncovered
   (:meth:`Asked.coverage`) — or, for a part with no word of its own, holds a word of weight
   (:data:`MIN_HELD`) of the clauses it points back to: a story tells more than it asks (:meth:`Asked.held`).

The parts that name something of their own (or a city of the texts: "重庆有没有这样的规定") decide; only
when none does ("是真的吗？") do those that point back. A city answers when one deciding part is covered; a question without parts is left to retrieval.

>>> from assistant.understand.clauses import split
>>> [(p.clause, p.words, p.context) for p in parts(split("有人冒充辅警穿辅警制服，会被怎么处理"))]
[('会被怎么处理', '会被怎么处理', ('有人冒充辅警穿辅警制服',))]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

import jieba
from jieba import posseg

from . import phrases, yamlfile
from .passages import STORY, Query, terms_of, words
from .tokenize import _synonyms, normalise, tokens
from .understand.clauses import Clause
from .understand.lexicon import words as language

WORDS = Path(__file__).parent / "data" / "lookup.yaml"

# a part that asks whether what was told is true ("真的假的", "是真的吗", "有这回事吗")
_CHECKS = re.compile(r"真的假的|是真的吗|真的吗|是不是真的|真的不|有这回事|有这个说法|靠谱吗|对不对|对吗")
CONTEXT = 3          # story clauses a part that points back takes as its context
MIN_COVER = 0.2      # share of a part's weight one sentence must cover (foreign words count as uncovered)
MIN_HELD = 3.0       # the weight (idf) one sentence must hold of the story a topic-less part points back to
TOPIC_IDF = 1.0     # a word with a lower idf in the texts (辅警, 工作, 公安机关) names no topic
NAMING = frozenset("nva")   # jieba's tags of words that name a matter: nouns, verbs, adjectives


@lru_cache(maxsize=1)
def _words() -> dict:
    return yamlfile.safe_load(WORDS.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def consequence_words() -> tuple[str, ...]:
    """What follows from a story ("会怎么罚", "要负什么责任") and being caught, when it follows ("被逮到"), longest
    first: a clause asking only these points back to what was told (also read by :mod:`assistant.lookup`)."""
    return tuple(sorted(list(_words()["consequences"]) + list(language("frame", "when_caught")), key=len, reverse=True))


@lru_cache(maxsize=1)
def _frame() -> tuple[str, ...]:
    """Phrases that frame a question and name no topic, longest first."""
    w = _words()
    found = [*w["frame"], *w["yes_no_frame"], *(x for ws in w["shapes"].values() for x in ws),
             *language("frame", "question_marks"), *language("frame", "modal_before"),
             *language("frame", "modal_after"), *language("intent", "compare")]
    # the nouns of a procedure asked ("招聘流程", "哪些环节") shape the answer and name its topic too: kept
    topical = {"流程", "程序", "步骤", "环节"}
    return tuple(sorted({str(x) for x in found if str(x).strip() and str(x) not in topical}, key=lambda w: (-len(w), w)))


def _pointers() -> tuple[str, ...]:
    return tuple(str(x) for x in _words()["pointers"])


@dataclass(frozen=True)
class Part:
    """One asked clause: its text, the words it asks about, the story clauses it points back to."""

    clause: str
    words: str                    # its predicate (or the clause): what it asks about
    context: tuple[str, ...] = ()  # story clauses before it, when it points back
    pointer: bool = False         # it has a pointer word ("这种情况", "他们")
    topic_before: bool = False    # it opens with its question, its topic the clause before ("岗前培训没过的辅警，能不能…")


_TOPIC_THEN_QUESTION = re.compile(r"^(那|那么|那我|我|他|她|还)?(能不能|可不可以|能否|可否|是不是|会不会|要不要|需不需要|有没有|算不算|能|可以)")


def parts(clauses: list[Clause]) -> list[Part]:
    """The asked clauses as parts, each with the clauses before it (used when it points back)."""
    out = []
    for c in clauses:
        if not c.asked:
            continue
        before = [x for x in clauses[:c.index] if x.sentence >= c.sentence - 1]
        context = tuple(x.text for x in before[-CONTEXT:])
        if any(re.search(r"这(两|几|些)(样|个|项|种)?", t) for t in context):
            # "…只给我交了养老和医疗…。问了政工科，说交这两样就够了。这说法对吗": the claim points back in its turn
            before = [x for x in clauses[:c.index] if x.sentence >= c.sentence - 2]
            context = tuple(x.text for x in before[-(CONTEXT + 3):])
        pointer = any(c.text[max(0, h.start - 1):h.start] != "其" for h in phrases.hits(c.text, _pointers()))
        # "岗前培训考核没过的辅警，能不能先分下去干着": a clause opening with its question has its topic in the clause
        # of its sentence just before
        # (…or after a condition that names it: "辅警要回避的话，是谁批")
        topic_before = c.index > 0 and not clauses[c.index - 1].asked and clauses[c.index - 1].sentence == c.sentence \
            and (_TOPIC_THEN_QUESTION.match(c.text) is not None or clauses[c.index - 1].text.endswith("的话"))
        out.append(Part(c.text, c.predicate or c.text, context, pointer, topic_before))
    return out



def strip_frame(text: str, names: Iterable[str] = ()) -> str:
    """``text`` without the question's frame, fillers' phrases and the cities' ``names``."""
    for f in [*_frame(), *sorted(names, key=len, reverse=True)]:
        text = text.replace(f, "，")
    return text


class Asked:
    """Topic words and coverage over one index (``idf``, ``known``: the index's terms)."""

    def __init__(self, idf: Callable[[str], float], known: Callable[[str], bool], absent: float,
                 names: Iterable[str] = (), place: Callable[[str], str | None] = lambda t: None) -> None:
        """``names``: the words naming the texts' cities; ``place``: a place outside them a text names."""
        self.idf, self.known, self.absent = idf, known, absent
        self.names = tuple(names)
        self.place = place
        self.fillers = frozenset(_words()["fillers"])
        self.table = {**_synonyms(), **_words()["equivalents"], **_words()["stated_as"]}
        self._foreign: dict[str, list[str]] = {}
        self._queries: dict[tuple, Query] = {}

    # -- words ------------------------------------------------------------------------------
    def query(self, texts: list[tuple[str, float]]) -> Query:
        """The topic words of ``texts`` (text, weight): frame and city names out."""
        key = tuple(texts)
        if key not in self._queries:
            self._queries[key] = self._query(texts)
        return self._queries[key]

    def _query(self, texts: list[tuple[str, float]]) -> Query:
        clauses = [(strip_frame(self._unframed(t), self.names), w >= 1.0) for t, w in texts]
        q = Query.of(clauses, self.idf, self.known, {**_words()["equivalents"], **_words()["stated_as"]})
        # a single character alone ("先", "报") names no topic, one with statutory words ("罚") does; a
        # word nearly every article uses (辅警, 工作, 公安机关) tells no topic either
        return Query(tuple(c for c in q.concepts
                           if any(len(t) > 1 and self.idf(t) >= TOPIC_IDF for alt in c for t in alt)))

    def _unframed(self, text: str) -> str:
        """``text`` with the colloquial phrases that hold a frame word ("归谁管", "干哪些活") put in their
        statutory words first: taking the frame out would leave nothing of what they ask about."""
        for colloquial in self._framed:
            if colloquial in text:
                text = text.replace(colloquial, "，" + self.table[colloquial] + "，")
        return text

    @property
    def _framed(self) -> tuple[str, ...]:
        if not hasattr(self, "_framed_cache"):
            frame = _frame()
            # a frame word itself ("手续") stays a frame word; a phrase holding one ("归谁管") is read in the texts' words
            self._framed_cache = tuple(sorted((c for c in self.table if len(c) > 1 and c not in frame and
                                               any(f in c for f in frame)), key=len, reverse=True))
        return self._framed_cache

    def foreign(self, text: str) -> list[str]:
        """Words of ``text`` (frame out) the texts never use and have no statutory word for.

        Only words that can name a matter count — nouns, verbs, adjectives of jieba's dictionary, two
        characters or more: not "还是", "如果", "最后", nor a word jieba made up ("也免", "能管").

        >>> a = Asked(lambda t: 1.0, lambda t: t in {"辅警", "工作证", "保险", "工会"}, 6.0)
        >>> a.foreign("辅警的工作证能不能也免门票"), a.foreign("要不要先报保险公司"), a.foreign("能不能退出工会")
        (['门票'], ['保险公司'], ['退出'])
        """
        if text not in self._foreign:
            self._foreign[text] = self._find_foreign(text)
        return list(self._foreign[text])

    def _find_foreign(self, text: str) -> list[str]:
        for w in consequence_words():   # "会不会惹出什么麻烦": what follows, whatever verb says it
            if len(w) > 2:
                text = text.replace(w, "，")
        text = strip_frame(text, self.names)
        for w in language("frame", "when_caught"):    # "被逮到会咋个处理": when it follows, no matter of its own
            text = text.replace(w, "，")
        out = []
        for p in posseg.cut(normalise(text), HMM=False):   # words jieba would guess are left out anyway
            w = p.word
            if len(w) < 2 or p.flag[:1] not in NAMING or w in self.fillers or jieba.dt.FREQ.get(w, 0) == 0 \
                    or not tokens(w) or self.known(w) or w in out:
                continue
            parts_ = [t for t in tokens(w) if t != w]
            if parts_ and all(self.known(t) for t in parts_):
                continue      # a compound of words the texts use ("处理结果")
            if any(c in text and (w in c or c in w) and any(self.known(t) for t in tokens(terms))
                   for c, terms in self.table.items()):
                continue      # the texts say it in their own words ("医院" → 医疗机构)
            out.append(w)
        return out

    def own(self, text: str, weight: float = 1.0) -> tuple[str, float]:
        """``text`` without its foreign words: a foreign compound is not the part of it the texts use
        ("保险公司" is not 保险)."""
        for w in sorted(self.foreign(text), key=len, reverse=True):
            text = text.replace(w, "，")
        return text, weight

    def names_something(self, text: str) -> bool:
        return bool(self.query([(text, 1.0)]).concepts or self.foreign(text))

    def asks_about(self, part: Part) -> str:
        """What the part asks about: after a yes/no frame, what it asks whether there is or may be
        ("辅警子女入学有没有照顾政策" → 照顾政策, "工作证能不能也免门票" → 也免门票); else its predicate.

        >>> a = Asked(lambda t: 1.0, lambda t: t in {"子女", "辅警"}, 6.0)
        >>> a.asks_about(Part("辅警子女入学有没有照顾政策", "辅警子女入学有没有照顾政策"))
        '照顾政策'
        """
        h = phrases.last(part.words, [str(w) for w in _words()["yes_no_frame"]])
        if h is not None and self.names_something(part.words[h.end:]):
            return part.words[h.end:]
        return part.words

    def only_foreign(self, part: Part) -> bool:
        """The part asks only about words the texts never use ("要能停车的", "免门票")."""
        about = self.asks_about(part)
        return bool(self.foreign(about)) and not self.query([self.own(about)]).concepts

    def topicless(self, part: Part) -> bool:
        """The clause names nothing of its own ("会被怎么处理", "是真的吗", "我该怎么跟他说")."""
        return not self.query([(part.clause, 1.0)]).concepts and not self.foreign(part.clause)

    def points_back(self, part: Part) -> bool:
        return bool(part.context) and (part.pointer or self.topicless(part) or self.consequence_only(part))

    def consequence_only(self, part: Part) -> bool:
        """The clause asks only what follows from what was told ("在重庆会怎么罚", "要负什么责任"): its words
        are consequences, the story says of what."""
        unframed = rest = strip_frame(part.clause, self.names)
        for w in consequence_words():
            rest = rest.replace(w, "，")
        return rest != unframed and not self.query([(rest, 1.0)]).concepts

    # -- coverage ---------------------------------------------------------------------------
    def coverage(self, part: Part, sentences) -> float:
        """The best share of the part's own weight one of ``sentences`` covers, its foreign words counted
        as uncovered; what a sentence holds of the clauses before it helps — fully when the clause
        points back to them ("这个钱谁出"), as story else."""
        held = self.query([self.own(t, 1.0 if self.points_back(part) else STORY) for t in part.context]
                          + [self.own(part.clause)])
        total = self.query([self.own(part.clause)]).total + self.absent * len(self.foreign(part.clause))
        if not total:
            return 1.0     # nothing to judge by: retrieval decided
        return min(1.0, self._best(held, sentences) / total)

    def held(self, part: Part, sentences) -> float:
        """What the best of ``sentences`` holds of the clauses a topic-less part points back to, in idf:
        a story tells more than it asks, so no share of it is required — one word of weight is."""
        return self._best(self.query([self.own(t) for t in part.context]), sentences)

    @staticmethod
    def _best(q: Query, sentences) -> float:
        return max((sum(q.covered(terms_of(s.text), terms_of(s.lead_in) if s.lead_in else frozenset()))
                    for s in sentences), default=0.0)

    def other_place(self, part: Part) -> str | None:
        """A place the texts do not cover that the part is about: named in the clause, or in the story
        it points back to, while the clause names none of the texts' cities."""
        if phrases.any_in(part.clause, self.names):
            return None
        # "听说上海辅警工资高，一个月大概能拿多少": a clause with no subject of its own goes on with the one before
        before = list(part.context[-1:]) if not re.search(r"辅警|协警|警务辅助|我|俺|他|她", part.clause) else []
        texts = [part.clause] + (list(part.context) if self.points_back(part) else before)
        return next((p for p in map(self.place, texts) if p), None)

    def covered(self, part: Part, sentences) -> bool:
        """Whether one of ``sentences`` covers the part (see the module docstring)."""
        if self.only_foreign(part) or self.other_place(part):
            return False
        if self.topicless(part):
            return not part.context or self.held(part, sentences) >= MIN_HELD
        return self.coverage(part, sentences) >= MIN_COVER

    def covers(self, ps: list[Part], sentences) -> bool:
        """Whether ``sentences`` cover what the question asks: one of the parts that name something
        of their own or a city of the texts ("重庆有没有这样的规定") — or, when none does ("是真的吗",
        "会被怎么处理"), one of those that point back."""
        # "岗前培训没过的辅警，能不能先分下去干着": a clause with no topic of its own, its topic the clause before
        own = [p for p in ps if not self.topicless(p) or self.points_back(p) and phrases.any_in(p.clause, self.names)
               or p.topic_before and self.points_back(p)]
        if own and all(self.only_foreign(p) for p in own) and any(self.consequence_only(p) for p in ps):
            own = []   # "谁都能下单" beside "卖的人会被怎么处理": what follows from the story is asked
        if not ps or any(self.covered(p, sentences) for p in own or ps):
            return True
        # "听说上岗前还要宣誓，真的假的？照着啥规定宣": the truth of what was told is asked too, beside a part
        # whose words are a short echo of the story's
        return any(self.covered(p, sentences) for p in ps if p not in own and self.points_back(p) and _CHECKS.search(p.clause))

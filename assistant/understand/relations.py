"""The officer's tie to a case or a party, as a story tells it (``relations.yaml``).

Every tie the story states is found; the one with the strongest ground of 回避 decides (the legal
reading of each tie is ``rules/data/relations.yaml``): the officer's own stake beats "打架的人我都不认识";
a stated tie beats a hedge ("当事人是我表哥，应该没关系吧" asks whether it matters, it denies nothing).
A tie word counts as the officer's when it is "我…" / "跟我…": "邻居纠纷" names a kind of dispute.

>>> read_relation("当事人是我表哥，应该没关系吧").relation
'cousin'
>>> read_relation("打架的人我都不认识，但被砸的是我家的店").relation
'interest'
>>> read_relation("我老公的弟弟是嫌疑人").relation
'relative'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import phrases
from .lexicon import vocabulary, words

# ties whose words already say "I" (我是当事人, 我家的店, 我报的案)
_SELF_SPOKEN = ("self", "interest", "reporter")
# the strength of a ground: the strongest tie of the story decides
_RANK = {"party_or_relative": 4, "interest": 4, "other_relation": 2, "unlisted": 1, "none": 0}
# (first, second) → the tie to the officer; any other chain of kin is a relative outside 近亲属
_COMPOSE = {("parent", "parent"): "grandparent", ("child", "child"): "grandchild", ("parent", "sibling"): "uncle_aunt"}


@dataclass(frozen=True)
class RelationReading:
    relation: str | None
    words: str = ""


def _ties() -> dict[str, list[str]]:
    return vocabulary("relations")["ties"]


def _kin(word: str) -> str | None:
    return next((key for key, ws in _ties().items() if word in ws), None)


def _chained(text: str) -> RelationReading | None:
    """Ties named through another person ("我老公的弟弟", "我妈的妈妈", "我对象的奶奶")."""
    ties = _ties()
    first_links = [w for k in vocabulary("relations")["kin"] for w in ties[k]]
    second = [w for k, ws in ties.items() if k not in ("self", "interest", "enemy", "reporter", "debtor",
                                                          "business_partner", "acquaintance") for w in ws]
    for first in phrases.hits(text, first_links):
        rest = text[first.end:]
        link = re.match(r"(家)?的", rest)
        if not link:
            continue
        h = phrases.first(rest[link.end():link.end() + 6], second)
        if h is None or h.start != 0:
            continue
        a, b = _kin(first.phrase), _kin(h.phrase)
        words_ = text[first.start:first.end + link.end() + h.end]
        if b not in ("spouse", "parent", "child", "sibling", "grandparent", "grandchild"):
            return RelationReading(b, words_)   # "我老婆的朋友" is a friend: a tie outside the family
        return RelationReading(_COMPOSE.get((a, b), "relative"), words_)
    return None


def _mine(text: str, h: phrases.Hit) -> bool:
    """The tie is the officer's: "我…表哥" close before it, or "跟我 / 和我" in its clause."""
    return "我" in text[max(0, h.start - 8):h.end] or bool(re.search(r"(跟|和|与)我", text))


def _linked(clause: str, h: phrases.Hit) -> bool:
    """The tie is to a party of the case: "…是我表哥", "我表哥是当事人", "跟我是同学", or a party word right
    at the tie ("我表哥被打了", "当事人欠我钱"). "我和同事巡逻时看到有人打架" names a colleague who is no party."""
    if re.search(r"是[^，。,]{0,8}$", clause[:h.start]) or re.match(r"[^，。,]{0,3}是", clause[h.end:]):
        return True
    parties = words("relations", "parties")
    near = clause[max(0, h.start - 6):h.end + 6]
    return phrases.any_in(near, parties)


def _clause_of(text: str, h: phrases.Hit) -> tuple[str, phrases.Hit]:
    start = max(text.rfind(p, 0, h.start) for p in "，,。；;！!？?") + 1
    ends = [i for i in (text.find(p, h.end) for p in "，,。；;！!？?") if i >= 0]
    end = min(ends) if ends else len(text)
    return text[start:end], phrases.Hit(h.phrase, h.start - start, h.end - start)


def _denied(clause: str, h: phrases.Hit) -> bool:
    return bool(re.search(r"(没有|没|无|不是|并非|毫无|并无|不)[^，。,]{0,4}$", clause[:h.start]))


def read_relation(text: str) -> RelationReading:
    """The decisive tie of the story (see the module docstring); ``None`` when it states none."""
    legal = vocabulary_legal()
    found: list[tuple[int, int, str, str]] = []   # (rank, -position, key, words)
    chained = _chained(text)
    covered: list[tuple[int, int]] = []
    if chained:
        found.append((_RANK[legal[chained.relation]["ground"]], 0, chained.relation, chained.words))
        at = text.find(chained.words)
        covered.append((at, at + len(chained.words)))
    denial = None
    keyed = [(key, h) for key, ws in _ties().items() for h in phrases.hits(text, ws)]
    kept = phrases.longest_only([h for _, h in keyed])   # "儿媳妇" is not also "媳妇"
    # of two overlapping ties the one ending later is the head noun ("我姐夫" is 姐夫, not 我姐)
    kept = [h for h in kept if not any(o is not h and o.start < h.end and h.start < o.end and
                                       (o.end, o.end - o.start) > (h.end, h.end - h.start) for o in kept)]
    for key, h in keyed:
        if h not in kept or any(s < h.end and h.start < e for s, e in covered):
            continue
        clause, local = _clause_of(text, h)
        if _denied(clause, local):
            denial = denial or h.phrase
            continue
        if key in _SELF_SPOKEN or (_mine(clause, local) and _linked(clause, local)):
            found.append((_RANK[legal[key]["ground"]], -h.start, key, h.phrase))
    for owner in phrases.hits(text, words("relations", "stake_owners")):
        link = re.match(r"(家)?(开)?的", text[owner.end:])
        if link and phrases.first(text[owner.end + link.end():owner.end + link.end() + 4], words("relations", "stake_things")) \
                and phrases.first(text[owner.end + link.end():], words("relations", "stake_things")).start == 0:
            found.append((_RANK["interest"], -owner.start, "interest", text[owner.start:owner.end + link.end() + 2]))
            break
    # an explicit denial only when no tie is stated at all
    if not found:
        h = phrases.first(text, words("relations", "none"))
        if h:
            return RelationReading("none", h.phrase)
        return RelationReading("none", denial) if denial else RelationReading(None)
    best = max(found, key=lambda f: (f[0], f[1]))
    return RelationReading(best[2], best[3])


def vocabulary_legal() -> dict:
    """How each tie reads against the grounds of 回避 (rules/data/relations.yaml)."""
    from ..rules.recusal import relations

    return relations()["relations"]

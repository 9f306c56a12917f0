"""Short follow-ups in the chat: "那重庆呢？", "如果我是文职呢？", "连云港呢" reuse the previous
question with one fact changed (the city, the role or both).

Pure and table-tested (``tests/cases/follow_up.yaml``). The city words are those of the corpus
metadata (:func:`assistant.places.city_words`: names, short names, aliases), so every city of the
corpus can be followed up, and a rewritten question names the city by its short name.

>>> from assistant.corpus import Corpus
>>> corpus = Corpus.load()
>>> follow_up("重庆的文职辅警可以参与巡逻吗？", "连云港呢", corpus)
('连云港的文职辅警可以参与巡逻吗？', 'lianyungang', None)
>>> follow_up("文职辅警可以接警吗？", "如果我是勤务呢？", corpus)
('勤务辅警可以接警吗？', None, '勤务')
>>> follow_up("文职辅警可以接警吗？", "辅警能配枪吗？", corpus)
('辅警能配枪吗？', None, None)
"""

from __future__ import annotations

import re

from ..corpus import Corpus
from ..places import Place, city_words, places

ROLES = ("勤务", "文职")

_PUNCT = " \t\r\n?？。.!！，,、~～…"


def _pattern(cities: dict[str, tuple[str, ...]]) -> re.Pattern:
    names = sorted({w for ws in cities.values() for w in ws if len(w) > 1}, key=len, reverse=True)
    city = "|".join(map(re.escape, names))
    return re.compile(
        r"^(?:那么?|那如果|那要是|如果|要是|假如|换成|换作|改成|换到|那换成|那在)?"
        r"(?:我是|我在|是|在|对于|对)?"
        rf"(?P<city>{city})?(?:的|市)?"
        r"(?:我是|是)?"
        r"(?P<role>文职|勤务)?(?:辅警|人员|岗位|岗)?"
        r"(?:的话)?(?:呢|怎么样|如何|又如何|怎么说|会怎样|可以吗|行吗)?$")


def _rewrite_city(question: str, target: Place, cities: tuple[Place, ...]) -> str:
    for other in cities:
        if other.code == target.code:
            continue
        for w in other.words:
            if len(w) > 1 and w in question:
                return question.replace(w, target.short_name)
    return question


def follow_up(previous_question: str | None, new_text: str, corpus: Corpus) -> tuple[str, str | None, str | None]:
    """``(question to ask, jurisdiction override, role override)``.

    A follow-up is a short message made only of a city of ``corpus`` and/or a role with filler words
    ("那…呢", "如果我是…", "…的话"). It returns the previous question — with the city or role
    word replaced where the question names one — and the changed fact as an override. Any other
    message is a new question: ``(new_text, None, None)``.
    """
    cities = places(corpus)
    text = (new_text or "").strip()
    core = text.strip(_PUNCT)
    if not previous_question or not core or len(core) > 20:
        return text, None, None
    m = _pattern(city_words(corpus)).match(core)
    if not m or not (m.group("city") or m.group("role")):
        return text, None, None
    question = previous_question
    jurisdiction = None
    if m.group("city"):
        target = next(p for p in cities if m.group("city") in p.words)
        jurisdiction = target.code
        question = _rewrite_city(question, target, cities)
    role = m.group("role")
    if role:
        other = ROLES[1 - ROLES.index(role)]
        question = question.replace(other, role)
    return question, jurisdiction, role

"""Short follow-ups in the chat: "那重庆呢？", "如果我是文职呢？", "连云港呢" reuse the previous
question with one fact changed (the city, the role or both).

Pure and table-tested (``tests/cases/follow_up.yaml``). The city words are the corpus aliases
(``CITY_WORDS`` mirrors ``corpus/*.toml``; :func:`city_words` reads them from a corpus).

>>> follow_up("重庆的文职辅警可以参与巡逻吗？", "连云港呢")
('连云港的文职辅警可以参与巡逻吗？', 'lianyungang', None)
>>> follow_up("文职辅警可以接警吗？", "如果我是勤务呢？")
('勤务辅警可以接警吗？', None, '勤务')
>>> follow_up("文职辅警可以接警吗？", "辅警能配枪吗？")
('辅警能配枪吗？', None, None)
"""

from __future__ import annotations

import re

# jurisdiction code → the words naming it, longest first (mirrors jurisdiction_aliases in corpus/*.toml)
CITY_WORDS: dict[str, tuple[str, ...]] = {
    "lianyungang": ("江苏省连云港市", "江苏连云港", "连云港市", "連雲港", "连云港"),
    "chongqing": ("重庆市", "重庆", "渝"),
}
# the name put into a rewritten question
CITY_SHORT = {"lianyungang": "连云港", "chongqing": "重庆"}
ROLES = ("勤务", "文职")

_PUNCT = " \t\r\n?？。.!！，,、~～…"


def city_words(corpus) -> dict[str, tuple[str, ...]]:
    """The same table read from a corpus (its jurisdiction names and aliases)."""
    out = {}
    for reg in corpus.regulations:
        names = {reg.meta.jurisdiction_name, *reg.meta.jurisdiction_aliases}
        out[reg.meta.jurisdiction] = tuple(sorted(names, key=len, reverse=True))
    return out


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


def _rewrite_city(question: str, code: str, cities: dict[str, tuple[str, ...]]) -> str:
    for other, words in cities.items():
        if other == code:
            continue
        for w in words:
            if len(w) > 1 and w in question:
                return question.replace(w, CITY_SHORT.get(code, cities[code][-1]))
    return question


def follow_up(previous_question: str | None, new_text: str,
              cities: dict[str, tuple[str, ...]] | None = None) -> tuple[str, str | None, str | None]:
    """``(question to ask, jurisdiction override, role override)``.

    A follow-up is a short message made only of a city and/or a role with filler words
    ("那…呢", "如果我是…", "…的话"). It returns the previous question — with the city or role
    word replaced where the question names one — and the changed fact as an override. Any other
    message is a new question: ``(new_text, None, None)``.
    """
    cities = cities or CITY_WORDS
    text = (new_text or "").strip()
    core = text.strip(_PUNCT)
    if not previous_question or not core or len(core) > 20:
        return text, None, None
    m = _pattern(cities).match(core)
    if not m or not (m.group("city") or m.group("role")):
        return text, None, None
    question = previous_question
    jurisdiction = None
    if m.group("city"):
        jurisdiction = next(code for code, words in cities.items() if m.group("city") in words)
        question = _rewrite_city(question, jurisdiction, cities)
    role = m.group("role")
    if role:
        other = ROLES[1 - ROLES.index(role)]
        question = question.replace(other, role)
    return question, jurisdiction, role

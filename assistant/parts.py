"""The typed parts an :class:`~assistant.answer.Answer` is made of, rendered twice (text and web).

- decisions of the rule tools (:class:`~assistant.rules.base.Decision`, one per asked act and city);
- :class:`LookupPart` — one city's answer to a look-up: the sentence(s) of the texts that decide it,
  quoted verbatim with their pinpoint, shaped by the question (是否 / 谁 / 什么时候 / 怎么办 / 有哪些);
- :class:`Abstention` — nothing in the texts bears on the question, and why.

Nothing here is display text to be parsed back: renderers read these fields.

>>> from assistant.corpus import Corpus
>>> c = Corpus.load().citation("chongqing-2021", 44)
>>> p = LookupPart("chongqing", "when", (Passage(c, "本条例自2021年9月1日起施行。"),), (c,))
>>> p.passages[0].text in p.citations[0].text
True
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Citation

SHAPES = ("yes_no", "who", "when", "how", "list", "what", "figure")


@dataclass(frozen=True)
class Passage:
    """Sentence(s) of a cited unit that answer the question, verbatim (a substring of ``citation.text``)."""

    citation: Citation
    text: str


@dataclass(frozen=True)
class LookupPart:
    """One city's look-up answer: the deciding sentences first, the units they stand in as citations,
    nearby units as ``related`` (shown, not counted as citations of the answer)."""

    jurisdiction: str
    shape: str                                  # one of SHAPES
    passages: tuple[Passage, ...]
    citations: tuple[Citation, ...]
    related: tuple[Citation, ...] = ()
    verdict: str = ""                           # yes_no: "是" / "否" / "条文未明确"
    note: str = ""                              # e.g. "条文没有写明具体数额，只规定了由谁、按什么核定"


@dataclass(frozen=True)
class Abstention:
    """Nothing in the texts bears on the question (out of domain, another city, a figure the texts
    neither state nor govern)."""

    reason: str

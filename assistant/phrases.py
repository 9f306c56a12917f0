"""Phrases of the vocabularies (rule data and language data) and where they occur in a text.

A phrase is a plain string, or ``A…B``: A, then B a few characters later in the same clause
("管…枪" finds "管所里的枪"). Every vocabulary of the project is written this way, so a newcomer
adds a phrasing by editing data, not a regular expression.

>>> spans("我能管所里的枪吗", "管…枪")
[(2, 7)]
>>> spans("我管档案，枪库缺人", "管…枪")
[]
>>> first("他以前吸过毒", ["吸毒", "吸过毒"])
Hit(phrase='吸过毒', start=3, end=6)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

GAP = "…"
# what a gap lets stand between the parts of a phrase: a few characters of one clause
_GAP_RE = "[^，。,；;？?！!、\n]{0,8}?"


@dataclass(frozen=True)
class Hit:
    phrase: str
    start: int
    end: int


@lru_cache(maxsize=None)
def _gap_pattern(phrase: str) -> re.Pattern:
    return re.compile(_GAP_RE.join(re.escape(part) for part in phrase.split(GAP)))


def weight(phrase: str) -> int:
    """How much a phrase names: its characters, not counting the gap it lets through."""
    return len(phrase.replace(GAP, ""))


def spans(text: str, phrase: str) -> list[tuple[int, int]]:
    """Every occurrence of ``phrase`` in ``text`` as ``(start, end)``."""
    if not phrase:
        return []
    if GAP in phrase:
        return [m.span() for m in _gap_pattern(phrase).finditer(text)]
    out, start = [], text.find(phrase)
    while start >= 0:
        out.append((start, start + len(phrase)))
        start = text.find(phrase, start + 1)
    return out


def hits(text: str, phrases: Iterable[str]) -> list[Hit]:
    """All occurrences of all ``phrases``, in text order (longer first at the same start)."""
    found = [Hit(p, s, e) for p in phrases for s, e in spans(text, p)]
    return sorted(found, key=lambda h: (h.start, -(h.end - h.start)))


def first(text: str, phrases: Iterable[str]) -> Hit | None:
    """The earliest occurrence of any phrase (the longest one where several start there)."""
    found = hits(text, phrases)
    return found[0] if found else None


def last(text: str, phrases: Iterable[str]) -> Hit | None:
    """The occurrence that ends last (the longest one where several end there)."""
    found = hits(text, phrases)
    return max(found, key=lambda h: (h.end, h.end - h.start)) if found else None


def any_in(text: str, phrases: Iterable[str]) -> bool:
    return any(spans(text, p) for p in phrases)


def longest_only(found: list[Hit]) -> list[Hit]:
    """Drop a hit lying inside one that names more ("认定交通事故责任" is not also "交通事故"); a gap
    phrase names only its parts ("把…按住" does not swallow what stands in its gap)."""
    return [h for h in found
            if not any(o is not h and o.start <= h.start and h.end <= o.end and weight(o.phrase) > weight(h.phrase)
                       for o in found)]


def without(text: str, found: list[Hit]) -> str:
    """``text`` with the characters of ``found`` taken out ("两地岗前培训有啥不同" without 两地, 有啥不同)."""
    return "".join(ch for k, ch in enumerate(text) if not any(h.start <= k < h.end for h in found))

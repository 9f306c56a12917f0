"""Misspellings of the same sound ("因该" → 应该, "对讲几" → 对讲机), corrected before a question is read.

The pairs are data (``typos.yaml``). The reader works on the corrected text, so the positions and the
question of a :class:`~.reading.Reading` are those of the corrected text; the answer shows the user's own.

>>> fix("我因该可以先看着他吧")
'我应该可以先看着他吧'
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import vocabulary


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, str]]:
    fixes = {str(k): str(v) for k, v in (vocabulary("typos").get("fixes") or {}).items()}
    # longest first, so "执法纪录" is corrected as a whole before "纪录仪" could be
    return re.compile("|".join(re.escape(k) for k in sorted(fixes, key=len, reverse=True))), fixes


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(p["pattern"]), p["as"]) for p in vocabulary("typos").get("patterns") or ())


def fix(text: str) -> str:
    """``text`` with every listed misspelling corrected, and the regional forms that need their context
    (``patterns``: "把嫌疑人看到" is 看着 him, "我看到他" is seeing him).

    >>> fix("民警叫我先一个人把刚抓来的嫌疑人看到，可以不")
    '民警叫我先一个人把刚抓来的嫌疑人看着，可以不'
    """
    pattern, fixes = _pattern()
    text = pattern.sub(lambda m: fixes[m.group()], text)
    for p, repl in _patterns():
        text = p.sub(repl, text)
    return text

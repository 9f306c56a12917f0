"""A kind named beside an act ("能用警械吗，手铐约束带那种", "约束带那种呢，能给他绑上吗"): what the act is done with.

The words are ``frame.yaml``'s ``kind_hypernyms`` (a general word the kind stands in for: 警械, 证件), ``kind_leads``
(比如, 像) and ``kind_tails`` (那种, 之类的); the examples under ``kind`` are run by tests/test_language.py.

>>> kind_of("手铐约束带那种"), kind_of("比如身份证"), kind_of("我们所里就有")
('手铐约束带', '身份证', '')
"""

from __future__ import annotations

import re
from dataclasses import replace

from .clauses import Clause
from .lexicon import words
from .predicates import _strip
from .vps import Act


def named_after(clauses: list[Clause], a: Act) -> Act:
    """"能用警械吗，手铐约束带那种": the kind named right after the question stands in for its general word (警械),
    so the act decided is the one the user means ("用手铐约束带"); a bare verb takes the kind as its object
    ("能查吗，比如身份证"). The words are frame.yaml's kind_hypernyms, kind_leads and kind_tails."""
    if a.via != "asked" or a.clause + 1 >= len(clauses):
        return a
    after = clauses[a.clause + 1]
    if after.asked or after.request:
        return a
    kind = kind_of(after.text)
    if not kind:
        return a
    general = next((w for w in words("frame", "kind_hypernyms") if w in a.words), None)
    if general is not None:
        return replace(a, words=a.words.replace(general, kind, 1))
    if len(_strip(a.words)) <= 2:
        return replace(a, words=_strip(a.words) + kind)   # "能查吗，比如身份证" → "查身份证"
    return a


def kind_of(text: str) -> str:
    """The kind a clause of its own names ("手铐约束带那种", "比如身份证", "约束带那种呢"), else ""."""
    text = re.sub(r"[呢嘛啊呀]$", "", text.strip())
    lead = next((w for w in words("frame", "kind_leads") if text.startswith(w)), "")
    tail = next((w for w in words("frame", "kind_tails") if text.endswith(w)), "")
    kind = text[len(lead):len(text) - len(tail)].strip()
    if not (lead or tail) or not 1 < len(kind) <= 10 or re.search(r"[我俺他她你了过着]", kind):
        return ""
    if re.match(r"(有|没有|没|是|会|能)", kind) or kind.endswith("的"):
        return ""   # "可以开警车不？有驾照的那种": who the user is (with a licence), no kind of the thing
    return kind


# "我身上有约束带", "我手里拿着手铐": what the user carries, told in a clause of its own before a bare act
_CARRIED = re.compile(r"^(我|俺)(们)?(身上|手上|手里|手头|手边|兜里|包里|腰上|车上|这里|这儿|这)?(也|就|正好|刚好)?(有|带着|带了|带的有|拿着|揣着|别着|配了|配着)"
                      r"(?:一|几|两)?(?:副|根|个|条|沓|叠|本|张|些|把|份|套)?(?P<thing>[\u4e00-\u9fff]{2,6}?)(的)?$")


def carried(text: str) -> str:
    """What a clause says the user carries ("我身上有约束带" → "约束带"), else "".

    >>> carried("我身上有约束带"), carried("我手里拿着一副手铐"), carried("我手头有罚单"), carried("我有个问题"), carried("我有驾照")
    ('约束带', '手铐', '罚单', '', '')
    """
    m = _CARRIED.match(text.strip())
    # (a licence or a qualification is no thing an act is done with: "我有驾照，…能开吗")
    if not m or m.group("thing") in ("问题", "事", "个事", "疑问", "点事") or re.search(r"(照|证|证书|资格|资质|经验)$", m.group("thing")):
        return ""
    return m.group("thing")


def named_before(clauses: list[Clause], a: Act, names) -> Act:
    """"约束带那种呢，能给他绑上吗": the kind named in the clause just before a bare act asked is what it is done
    with — "用约束带给他绑上" when that names an act, else the kind as its object."""
    if a.via != "asked" or a.clause == 0 or clauses[a.clause - 1].request:
        return a
    kind = kind_of(clauses[a.clause - 1].text)
    # (what the user carries stands in only for a short bare act: "我身上有约束带，能给他捆上吗", not "我身上配着电警棍
    # 和手铐。我能不能先喊周边旅客往后退开")
    if not kind and len(_strip(a.words)) <= 6:
        kind = carried(clauses[a.clause - 1].text)
    if not kind or kind in a.words:
        return a
    for told in ("用" + kind + a.words, _strip(a.words) + kind):
        if names(told, a.joining):
            return replace(a, words=told)
    return a

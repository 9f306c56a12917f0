"""The acts a user tells as fine just before asking about another ("调监控是民警交代的没问题，拷给家属行不行", "疏导交通
那个莫得问题噻，定全责那个我说得不", "民警让我先把车引导到路边，这个我知道可以"): each is checked too, ranked after the
act asked — the user may be wrong, and the answer cites what allows it."""

from __future__ import annotations

import re
from dataclasses import replace

from .clauses import _KNOWN, Clause
from .pointers import usual
from .predicates import _SUBJECT, _clean_pred
from .vps import Act, _acts_of, _request_acts


# an act told as done all along ("我一直在干", "俺常干")
_DONE_ALL_ALONG = r"(一直|天天|每天|常|经常|老)(都)?(在|跟到在|跟着在)?(做|干|搞|弄|管)(的)?"
# what a clause the user says is fine leaves once that is taken off ("调监控是民警交代的没问题" → 调监控)
_FINE_TAIL = re.compile(r"(这个|这块|这些|这事|这一步|这个活|这活|这些活|这个事|那个|那些|那块|勒个)?(我|我们|俺|俺们)?(应该|肯定|估计|也|都|本来|本身|就|晓得|知道|清楚|明白)*(是)?"
                        r"((民警|所里|领导|他)(交代|安排|让做)的)?"
                        r"(没问题|没有问题|没得问题|没啥问题|是?(我|我们)?的?本职|肯定可以|可以的?|能做|能干|能搞|能弄|没啥说的|没什么说的|没得说|不用说|"
                        r"(我|我们)?的?(日常|本职|平时的?|分内的?)(工作|活|事)(没得?啥子?|没有?什么|没问题|没啥)?|(我|我们)的?(事|活|工作)|"
                        # "分析这活俺干着没问题", "拉警戒这些我晓得": done without a doubt, or known
                        r"(干着|做着|弄着|搞着)(没问题|没有问题|没啥问题)|(?<=[我们俺])(晓得|知道|清楚|明白)|"
                        # "疏导交通那个莫得问题噻", "收材料那个没得事", "勘查那个我做得", "对讲机那些我一直在管": told as fine
                        r"(?<=[个些块我俺得道])(莫得问题|没得事|没有事|没事|没得啥|没有啥|(做|干|搞|弄|整)得|" + _DONE_ALL_ALONG + r")|"
                        # "我当翻译肯定要得", "勘查现场应该可以撒", "服务器我会整", "找人我肯定去": sure of it, or able to
                        r"(?<=[个些块我俺定该然得道是])(要得|整得|得行|行|照|中|照做|照办)|(是)?(我|俺)的?本行|(?<=[我俺])会(整|弄|做|搞|干)|(?<=[定然])(会)?(去|做|干|整|搞|弄)|"
                        # "修电脑我熟得很", "这块是我的强项": the user's own skill, told as fine
                        r"(?<=[我俺])(熟得很|很熟|熟|熟悉得很|在行|拿手)|(是)?(我|俺)的?(强项|拿手活|拿手的))"
                        r"(噻|撒|嘛|哈|的|啊|吧|哦)?$")


# the act's verb said again after the user, as done all along or able to be ("收材料俺照常收", "开警车俺天天开",
# "拉架俺能拉", "登记俺照常登记"): the verb said again must be said before
_VERB_AGAIN = re.compile(r"(我|俺|我们|俺们)(照常|照样|天天|每天|经常|一直|平时|平常|都|也|能|会|可以|是)+(都)?(?P<v>[\u4e00-\u9fff]{1,2}?)"
                         r"(噻|撒|嘛|哈|的|啊|吧|哦)?$")


def _told_before_verb_again(text: str) -> str:
    """What comes before the verb said again ("收材料俺照常收" → "收材料"), or ""."""
    m = _VERB_AGAIN.search(text)
    return text[:m.start()].strip() if m and m.start() >= 2 and m.group("v") in text[:m.start()] else ""


# a pointer to the request before, told as the user's usual work ("这个我平时就在做")
_POINTER_USUAL = re.compile(r"(这个|这些|这|这块|这活|这个活|这个事)(我|我们|俺)?(平时|平常|平日|一直|本来|本身|天天|每天|经常)?(就|都)?"
                            r"(在|是)?(做|干|搞|弄|整)?(的)?")


# someone else telling of their own part ("他说他就在旁边看着没问题的", "民警讲他自己来弄没事")
_OWN_DOING_SAID = re.compile(r"^[^，。？！我俺]{0,6}?(说|讲|讲了|说了)(他|她)(自己)?")


# the question set against what was just told as fine ("…要得，那点审批整得不", "…没问题，但是…可以吗")
_CONTRAST = re.compile(r"^(那|那么|那我|但|但是|可是|不过|只是)")
_FINE_BEFORE = re.compile(r"(要得|整得|得行|可以|没问题|行)(噻|撒|嘛|哈|的|啊|吧|哦)?$")


def affirmed_acts(clauses: list[Clause], acts: list[Act], names) -> list[Act]:
    """The acts the user tells as fine just before asking about another ("调监控是民警交代的没问题，拷给家属行不行",
    "制止他卖这个没问题，我能不能把药扣下来"): each is checked too — the user may be wrong, and the answer cites what
    allows it. Only an act of the catalogue, told in the sentence of a question or the one before."""
    asked = [c for c in clauses if c.asked]
    have = {a.words for a in acts}
    out: list[Act] = []
    for c in clauses:
        nxt = clauses[c.index + 1] if c.index + 1 < len(clauses) else None
        # "录材料要得 那点审批整得不嘛": told as fine right before the contrasting question, whatever ends its act
        contrasted = nxt is not None and nxt.asked and _CONTRAST.match(nxt.text) is not None and _FINE_BEFORE.search(c.text)
        # ("这个我平时就在做": the request before, told as the user's usual work, is told as fine)
        usual_pointer = _POINTER_USUAL.fullmatch(c.text.strip()) is not None and re.search(r"平时|平常|平日|一直|天天|每天|经常", c.text)
        again = _told_before_verb_again(c.text)
        if c.asked or not (_KNOWN.search(c.text) or _FINE_TAIL.search(c.text) or contrasted or usual_pointer or again) or \
                not any(q.index > c.index and q.sentence - c.sentence <= 1 for q in asked):
            continue
        # (…but "登记这个我一直在干", "发传单俺常干": an act named, then told as done all along — fine, it is checked too)
        done_all_along = re.search(_DONE_ALL_ALONG + r"(噻|嘛|哈|的|啊)?$", c.text) and \
            not re.match(r"(我|俺)?(平时|平常|平日|日常)", c.text)
        prev = clauses[c.index - 1] if c.index > 0 else None
        if prev is not None and prev.request and not prev.asked and c.sentence - prev.sentence <= 1 and \
                _POINTER_USUAL.fullmatch(_FINE_TAIL.sub("", c.text).strip()):
            # "…喊我分析一哈资金走向。这个我平时就在做应该没问题": the request before, told as the user's usual work
            found = [replace(a, via="affirmed") for a in _request_acts(clauses, prev, c.index) if names(a.words, a.joining)]
            out.extend(a for a in found if a.words not in have)
            have.update(a.words for a in found)
            continue
        if _OWN_DOING_SAID.match(c.text):
            continue   # "他说他就在旁边看着没问题的": what the officer will do himself, no act of the user's
        if (usual(clauses, c) or re.match(r"(我)?(平时|平常|平日|日常|每天|天天)", c.text)) and not done_all_along:
            continue   # "平时修修电脑弄弄网络没啥说的": the user's usual work, told as such — not what is asked
        told = again or _FINE_TAIL.sub("", c.text).strip()
        if told == c.text.strip() and contrasted:
            told = _FINE_BEFORE.sub("", c.text).strip()
        pred = _clean_pred(_SUBJECT.sub("", told))
        prev = clauses[c.index - 1] if c.index > 0 else None
        if len(pred) < 2 and re.match(r"(这个|这些|这)", c.text) and prev is not None and not prev.asked and \
                prev.sentence == c.sentence and not usual(clauses, prev):
            # "民警让我先把车引导到路边别堵着，这个我知道可以": a pointer told as fine, the clause before it its act
            said = _request_acts(clauses, prev, c.index) if prev.request else \
                _acts_of(prev, _clean_pred(_SUBJECT.sub("", prev.text)), prev.start, "affirmed")
            found = [replace(a, via="affirmed") for a in said if names(a.words, a.joining)]
            out.extend(a for a in found if a.words not in have)
            have.update(a.words for a in found)
            continue
        if len(pred) < 2:
            continue
        found = [a for a in _acts_of(c, pred, c.start + max(c.text.find(pred), 0), "affirmed") if names(a.words, a.joining)]
        if not found:
            # "我先到现场拉警戒线、护到现场。…拉警戒这些我晓得": said again in fewer words, the act told before
            told_before = next((o for o in reversed(clauses[:c.index]) if not o.asked and pred in o.text), None)
            # (…not for what the user says they do all along: "录入我天天干" names the work, not a told act)
            if told_before is not None and not done_all_along:
                # (a request told before is read as one: "微信上喊我把服务器重启一下" → 把服务器重启)
                said = _request_acts(clauses, told_before, c.index) if told_before.request else \
                    _acts_of(told_before, _clean_pred(_SUBJECT.sub("", told_before.text)), told_before.start, "affirmed")
                found = [replace(a, via="affirmed") for a in said if names(a.words, a.joining)]
        for a in found:
            if a.words not in have:
                out.append(a)
                have.add(a.words)
    return out

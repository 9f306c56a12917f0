"""Which told act a pointer picks by its own words: the words said again before it ("盯醉汉那个我一个人能干吗",
"押百家乐这个他这样搞行吗", "她发这些算违规不"), or its place in the story ("第一个叫我去做的那个", "我干的第三样").

Read by :mod:`.acts` for an asked clause that points back: the latest story clause that holds the words (or, for a
verb said alone, a word of it that begins with that verb) — whoever told it did it, since the question names them
again, when the words are short and name no act themselves ("巡逻这个" is 巡逻, read as asked). An ordinal picks the
thing the story labels with the same place ("头一样是…"), the n-th item of a list the user counts ("…这三样"), the n-th
request, or the n-th step of the only request told; with several things told and none of these, the count alone
does not settle it and nothing is picked.

>>> from assistant.understand.clauses import split
>>> cs = split("后来民警出警去了，走前叫我一个人盯着留置室里那个喝醉闹事的；天亮前又帮群众做了登记。盯醉汉那个我一个人能干吗？")
>>> _holding(cs, cs[-1].index, "盯醉汉", "盯").text
'走前叫我一个人盯着留置室里那个喝醉闹事的'
>>> ordinal("第一个叫我去做的那个"), ordinal("我干的第三样到底行不行"), ordinal("这样行吗")
(1, 3, None)
"""

from __future__ import annotations

import re

import jieba.posseg as posseg

from .clauses import Clause, _request
from .lexicon import is_verb
from .predicates import _has_verb
from .pointers import _INTRO, _begins_word, _reported_by_other, _said_again
from .told import _told_acts
from .vps import Act, _acts_of, _request_acts

# the words, then the pointer ("盯醉汉那个", "押百家乐这个", "她发这些", "公众号这块")
_BEFORE_POINTER = re.compile(r"^(那|那么|但|可|可是|就)?(我|我们|俺|他|她|他们|她们|同事)?(?P<w>[\u4e00-\u9fff]{1,8}?)(的)?"
                             r"(?P<p>那个|这个|那些|这些|这块|那块|那件|这件|这事|那事|这种|那种|那批|这批|那拨|这拨|那几个|这几个|"
                             # "上楼那一段", "敲门这一步": a part of what was told, by its verb
                             r"那一段|这一段|那段|这段|那一步|这一步|那步|这步|那一块|这一块)")
# the pointer names what someone asked or said, not an act ("物业这个要求", "他那个说法")
_WHOSE_ASK = re.compile(r"(要求|请求|安排|说法|话|意思|提议|建议|主意|讲法|事儿?)")
# what may follow the pointer when it points at the act itself (who, how, the asking), not at a thing named after it
_TAIL_STARTS = set("我他她俺你咱活事东块算是属到究按在规条办这那自一单也还就能可合违对行要得该分") | {""}
# what no told act is named by: the texts, the people, the asking (the places: ``place_words``)
_NO_ACT = re.compile(r"^(规定|条例|办法|按规定|按条例|辅警|文职|勤务|民警|你|说|问|讲|现在|平时|以前|上次|刚才|"
                     r"今天|昨天|后面|后头|前面|前头|最后|开头|上面|下面|第.|头一|其中|里面|当中|像|比如)")
_ORDINAL = re.compile(r"(?:第([一二三四五六七八九1-9])|(头)一)(个|样|件|项|步|桩|回)")
# a told thing labelled with its place ("头一样是…", "第二件是…", "今天第一件是…")
_LABEL = re.compile(r"^(今天|昨天|上午|下午|晚上|当天|那天)?(?P<label>(?:第[一二三四五六七八九1-9]|头一)(?:个|样|件|项|步|桩|回))(事|活)?(是|就是|呢)?")
# the last of the steps told, pointed at ("问最后那步", "最后一个")
LAST_STEP = re.compile(r"最后(那|一|这)(一)?(个|样|件|项|步|条|环节)")
_NUMBERS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def pointer_lead(text: str) -> bool:
    """A clause of its own that only points before the question ("第一个叫我去做的那个", "公众号这块按办法")."""
    # (…"劝车和拍车牌这事": the acts named, then the pointer to them)
    return bool(re.search(r"(那个|这个|那样|这样|那件|这件|那步|这步|那一步|这一步|那条|这条|那项|这项|这事|那事|这件事|那件事|"
                          r"这些事|这两件事|这俩事|这活|那活|这两样|这几样)$", text) or
                re.fullmatch(_BEFORE_POINTER.pattern + r"(按规定|按条例|按办法|按理说|规定上|办法里|条例里)?", text))


def ordinal(text: str) -> int | None:
    """The place an ordinal pointer names ("第三样" → 3, "头一个" → 1), else None."""
    m = _ORDINAL.search(text)
    if not m:
        return None
    if m.group(2):
        return 1
    n = m.group(1)
    return int(n) if n.isdigit() else _NUMBERS[n]


def _first_verb(words: str) -> str:
    tok = next(iter(posseg.cut(words)), None)
    return tok.word if tok is not None and is_verb(tok.word, tok.flag) else ""


def _holding(clauses: list[Clause], before: int, w: str, verb: str) -> Clause | None:
    """The latest story clause before ``before`` that says ``w`` again, or — for words not found — one with a word
    that begins with their ``verb`` ("盯" of "盯醉汉" in "…盯着留置室里那个喝醉闹事的")."""
    # (…not who the user is, nor what someone says: pointers.py — the user's own work told as theirs, "公众号运营是我的活",
    # is what the words say again)
    told = [o for o in clauses[:before] if not o.asked and not pointer_lead(o.text) and not _INTRO.match(o.text)
            and not _reported_by_other(o.text)]
    found = next((o for o in reversed(told) if w in o.text or len(w) >= 3 and _said_again(w, o.text, gap=4)), None)
    if found is not None or not verb:
        return found
    with_verb = [o for o in told if _begins_word(verb[0], o.text) and verb in o.text]
    return with_verb[-1] if len(with_verb) == 1 or len(verb) > 1 and with_verb else None


def told_again_acts(clauses: list[Clause], c: Clause, said: str, names, place_words: tuple[str, ...] = ()) -> list[Act]:
    """The acts of the story clause the words before the pointer say again — those with the words, naming a
    catalogue act when some do; none when the words are no act's (a place of ``place_words`` is none)."""
    said = re.sub(r"^(他|她|学员|徒弟|新人|同事)(回来|过来|私下|专门)?(来)?问(我|俺)", "", said)   # "他问我上楼那一段…": who asks
    m = _BEFORE_POINTER.match(said)
    w = m.group("w") if m else ""
    if not m or _NO_ACT.match(w) or any(w.startswith(p) for p in place_words) or ordinal(said) or _WHOSE_ASK.match(said[m.end():]) or \
            said[m.end():m.end() + 1] not in _TAIL_STARTS or re.search(r"[说讲问]|^(做|干|弄|搞|整|办)$", w) or len(w) > 3:
        # (…not "物业这个要求": someone's request, named by who made it; not "定这个责任", "开这个艇": the thing named
        # after the pointer is the act's own; not "听人说这种", "做这些": hearsay, a light verb; not a verb phrase of
        # its own — "进考室监考这个活" — the act in the user's words, read as such)
        return []
    verb = _first_verb(w)
    if len(w) == 1 and not verb or len(w) > 1 and names(w):
        return []   # (an act the words name themselves — "巡逻这个", not a verb alone — is that act, read as asked)
    held = _holding(clauses, c.index, w, verb)
    if held is None:
        return []
    if held.request:
        acts = _request_acts(clauses, held, c.index)
    else:
        acts = _acts_of(held, held.text, held.start, "story", joining=True)
    own = [a for a in acts if w in a.words or (verb or w) in a.words]
    every = acts
    acts = own or acts
    named = [a for a in acts if names(a.words, a.joining)]
    if not named and own and held.request:
        # "让我直接给他录个罚款两百、把决定书打出来给他…打罚单这个": the step said again names nothing; the steps of
        # the same request that do are what it is part of
        named = [a for a in every if names(a.words, a.joining)] and \
            [a for a in every if names(a.words, a.joining) or a in own]
    if not named and not held.request and m.group("p") in ("那批", "这批", "那拨", "这拨", "那几个", "这几个"):
        # "没执照的几个也排进去，先跟着飞、边飞边学…没执照那批行吗": the people named, their work told on after them
        for p in clauses[held.index + 1:c.index]:
            if p.asked or p.sentence != held.sentence:
                break
            named += [a for a in _acts_of(p, p.text, p.start, "story", joining=True) if names(a.words, a.joining)]
    # (an act named only with what the story tells of it — "把…照片发上去了" beside "当事人的脸…都没打码" — is
    # decided with the story; one with neither the words nor their verb is not what is pointed at)
    return named or own


# "排下个月勤务", "做个方案": the request is to make the plan whose parts follow
_MAKE_PLAN = re.compile(r"(排|安排|排好|做|拿|定|出|写)(下|一下)?(个|一个|份|一份)?(下个月|下周|明天|这周|本周|这个月|节日|春节|国庆|五一)?(的)?"
                        r"(勤务|班|值班表|排班|方案|计划|安排|勤务表)(表)?")


def ordinal_acts(clauses: list[Clause], c: Clause, said: str, names) -> list[Act]:
    """The n-th act the story tells ("第一个叫我去做的那个": the first step of the requests since the last question;
    "这三样…我干的第三样": the third of the user's own list), counted among those with a verb."""
    n = ordinal(said)
    # (…the last one alone: "前面两样和最后这个" points at all of them)
    last_step = LAST_STEP.search(said) is not None and \
        not re.search(r"前面|前头|前两|头两|和|跟|还有", said)
    if n is None and not last_step:
        return []
    # "1. 民警带着他一起拦车检查；2. 后来民警…走到一百多米外，他就一个人…继续拦车。第2步有没有问题": the n-th of the
    # numbered steps told (each step the clauses of its number), its named acts
    groups: list[list[Clause]] = []
    for o in clauses[:c.index]:
        if not o.item:
            continue
        # (…a label between two clauses of one sentence opens the next step: "一是…，二是…" — more than a comma apart)
        if groups and groups[-1][-1].index == o.index - 1 and groups[-1][-1].sentence == o.sentence and \
                o.start - groups[-1][-1].end <= 1:
            groups[-1].append(o)
        else:
            groups.append([o])
    if groups and (last_step or n is not None and len(groups) >= n >= 1) and len(groups) > 1:
        step = groups[-1] if last_step else groups[n - 1]
        # (a step that is a request asked of the 辅警, "所里让他一个人开警车去…", is what the request asks)
        acts = [a for o in step for said_ in [o.request or _request(o.text, True)]
                for a in _acts_of(o, said_ or o.text, o.start + max(o.text.find(said_), 0) if said_ else o.start,
                                  "request" if said_ else "story", joining=True)]
        named = [a for a in acts if names(a.words, a.joining)]
        return named or acts
    last_q = max((o.index for o in clauses if o.asked and o.index < c.index), default=-1)
    # (the clause that only points — "第一个叫我去做的那个" — is none of them)
    requests = [o for o in clauses if last_q < o.index < c.index and o.request and not pointer_lead(o.text)]
    if n is None:
        # "民警喊辅警：'你先把围观的人劝开，拉警戒带…，再上楼…把老人背下来。'问最后那步": the last step of the request
        if not requests:
            # "…随后民警去调周边监控，小李独自一人把这把刀登记造册并锁进涉案物品柜保管。请问小李最后这一步做法是否合规":
            # no request told, the last act the story names
            told = [a for o in clauses[last_q + 1:c.index] if not o.asked and not pointer_lead(o.text)
                    for a in _acts_of(o, o.text, o.start, "story") if names(a.words, a.joining)]
            # (…a step named as such, not a way of doing: "最后那样说行吗" is how it was said)
            return told[-1:] if last_step and re.search(r"最后(那|一|这)(一)?(步|个|件|项|条|环节)", said) else []
        steps = [a for a in _told_acts(clauses, c.index, last_q, requests[-1:]) if re.search(r"[\u4e00-\u9fff]{2}", a.words)
                 and a.clause >= requests[-1].index]
        return steps[-1:]
    told = [o for o in clauses[last_q + 1:c.index] if not o.asked and not _INTRO.match(o.text) and not pointer_lead(o.text)]
    # "今天头一样是开警车拉民警去…，第二样是…。头一样我能开吗": the thing the story labels with that place
    labelled = [(o, m) for o in told for m in [_LABEL.match(o.text)] if m and ordinal(m.group("label")) == n]
    if labelled:
        o, m = labelled[-1]
        acts = _acts_of(o, o.text[m.end():], o.start + m.end(), "request" if o.request else "story", joining=True)
        # (…with the clauses that go on with it, when it names no act of its own)
        for p in [] if any(names(a.words, a.joining) for a in acts) else clauses[o.index + 1:c.index]:
            if p.asked or p.sentence != o.sentence or _LABEL.match(p.text):
                break
            acts += _acts_of(p, p.text, p.start, "story", joining=True)
        return acts
    # "拍照录像、实验室分析、现场勘查这三样都有我": the list the user counts, when there is one
    listed = [o for o in told if o.text.count("、") >= n - 1 and re.search(r"(这|那)?[两二三四五六几](样|个|件|项)", o.text)]
    if listed:
        o = listed[-1]
        parts = [p for p in re.split(r"[、和跟及]", re.sub(r"(这|那)?[两二三四五六几]?(样|个|件|项)(都|我都|我也)?.*$", "", o.text)) if p.strip()]
        return _acts_of(o, parts[n - 1], o.start + max(o.text.find(parts[n - 1]), 0), "story", joining=True) if len(parts) >= n else []
    if len(requests) >= n:
        # "一是帮…填表、收材料；二是…让我直接在系统里点审批通过": the n-th request, whatever it lists
        return _request_acts(clauses, requests[n - 1], c.index)
    before = [o for o in told if requests and o.index < requests[0].index and _has_verb(o.text)]
    if len(requests) == 1 and not before:
        # "让我先去给…做询问笔录，再去调路口监控，最后…": the n-th step of the one request told
        steps = [a for a in _told_acts(clauses, c.index, last_q, requests) if re.search(r"[\u4e00-\u9fff]{2}", a.words)]
        if _MAKE_PLAN.fullmatch(requests[0].request):
            # "所长让我排下个月勤务。白天…，晚上…。第二个安排": the plan asked for is no step of its own
            steps = [a for a in steps if a.clause != requests[0].index]
        return steps[n - 1:n]
    return []   # what the n-th of several told things is, the count alone does not settle

"""Verb phrases: an act in the user's own words, cut from a clause at its joining words.

A predicate is cut into acts at "先…再…", "…顺便…", "和" before a verb (not "防刺服和头盔"); a request's acts
go on in the clauses that carry it on ("让我过去支援几天，帮着管…"). What only says what happens otherwise
("再等就来不及了") is no act. Read by :mod:`.acts` and :mod:`.told`.

>>> [p for p, _ in _split_vps("先给司机做酒精呼气检测，再把他的车扣了")]
['先给司机做酒精呼气检测，', '再把他的车扣了']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import jieba.posseg as posseg

from .. import phrases
from .clauses import _CHECK, QUESTION_LEAD, Clause, others_first
from .lexicon import is_verb, words
from .pointers import _THEN, _goes_on, _trainee
from .predicates import _WORK_TAIL, _has_verb, _negated, _strip, _without_nouns

# a clause that only says what happens otherwise ("再等就来不及了") asks about no act
_CONSEQUENCE = re.compile(r"来不及|不然|否则|要不然|就晚了|就跑了|就没了|就麻烦了|^[^，。]{0,6}(以后|之后|完了|的时候)$|"
                          # "要出事不", "会不会出事": whether trouble follows, no act
                          r"^(要|会|会不会|要不要|可能)?(出事|出问题|有事|挨处分|受处分)$")


@dataclass(frozen=True)
class Act:
    """One act the question asks about, in the user's own words."""

    words: str
    start: int               # offset in the question
    clause: int              # index of the clause it was read from
    via: str = "asked"       # "asked" | "request" (taken from "让我…" by a back-reference) | "story"
    negated: bool = False    # not doing something ("不开执法记录仪")
    assisting: bool = False  # framed as helping an officer ("帮民警…")
    joining: bool = False    # joining what others do ("有人喊大家一起罢工，跟着去行不行"): their act is asked
    for_private: str = ""    # the private person who asked for it ("发小让我在系统里帮他查查"): their words
    request_text: str = ""   # …and the clause of their request ("要我把浴场门口的监控拷给他")
    paid: str = ""           # money a private party offers the user for it ("一条给我分5块钱"): its words
    called: str = ""         # what the question pointing back to it calls it ("…帮他们翻译合同…这种私活可以接不")


def _and_before_verb(text: str) -> list[int]:
    """Where "和 / 跟 / 及" joins two acts ("骑摩托和送文书"), not two things ("防刺服和头盔")."""
    out, pos = [], 0
    toks = [(t.word, t.flag) for t in posseg.cut(text)]
    for k, (w, flag) in enumerate(toks):
        # "提人、给他上铐子": after 、 a phrase led by a preposition is an act too
        led = w == "、" and k + 1 < len(toks) and toks[k + 1][0] in ("给", "帮", "替", "跟", "对", "向")
        # "说和说和", "调和": 和 is part of the verb
        word_part = w == "和" and k > 0 and toks[k - 1][0] in ("说", "调", "讲", "缓", "温")
        # "给值班民警和来办事的群众打针": 来…的 names the people, it joins two persons, not two acts
        # …and "给网吧老板、上网的娃儿发传单": 上网的 names the second person given to
        describes = re.match(r"[和及、](来|去|在)[^，。、]{1,6}的", text[pos:]) or \
            re.match(r"[和及、](?![把给帮替将跟对向])[\u4e00-\u9fff]{1,3}的[\u4e00-\u9fff]", text[pos:])
        # "发放禁毒、防火宣传单": two campaign topics (禁毒, 防火) of one thing, not two acts
        topics = k > 0 and k + 1 < len(toks) and all(re.match(r"(防|禁|反|戒)[\u4e00-\u9fff]", t) for t in (toks[k - 1][0], toks[k + 1][0]))
        if w in ("和", "及", "以及", "、") and not word_part and not describes and not topics and k + 1 < len(toks) and (is_verb(*toks[k + 1]) or led) and pos > 0 and \
                not _TEACHING.search(text[(out[-1] if out else 0):pos]):
            out.append(pos)
        elif len(w) == 2 and w[1] == "和" and k + 1 < len(toks) and _has_verb(w[0]) and _has_verb(toks[k + 1][0][0]) \
                and w not in ("说和", "调和", "讲和", "缓和", "温和", "总和", "饱和", "平和", "暖和", "随和"):
            out.append(pos + 1)   # "单独查和发传单": jieba reads "查和" as one word — a verb alone, 和, then a verb
        pos += len(w)
    return out


# "讲交通安全和防拐骗", "宣传禁毒和防诈骗": what is taught may be an act; it is the object, not a second act
_TEACHING = re.compile(r"讲|宣传|讲解|介绍|普及|科普|教育|培训|教|提醒|喊大家|喊他们|告诉大家|告诉他们|劝大家")   # "喊大家别往深水区去、看好小孩": what is called out


# "是推掉好还是收下没事", "收下好还是推掉好": two acts offered as alternatives, each judged
_ALTERNATIVE = re.compile(r"(是|该|应该)?(?P<a>[^，。？！]{2,}?)(?P<ea>比较好|更好|好|对|没事|合适|妥当)?还是(?P<b>[^，。？！]{2,}?)"
                          r"(?P<eb>比较好|更好|好|对|没事|合适|妥当)?")


_SEEN_THEN = re.compile(r"(看到|看见|发现|遇到|碰到|遇见|要是|如果|一旦)[^，。？！]{2,30}?(就|便)(?=[\u4e00-\u9fff])")


def _serial_after_ba(before: str, after: str) -> bool:
    """A 、 between two verb phrases of one 把 phrase: a verb after the 把 object before it, and a verb opening the
    words after it ("…签上民警的名字、盖好章…"), not two things of one verb ("整理、归档卷宗")."""
    ba = before.rfind("把")
    if ba < 0 or re.search(r"[，,]", before[ba:]):
        return False
    tokens = list(posseg.cut(before[ba + 1:]))
    first = next(iter(posseg.cut(after)), None)
    # (…a verb jieba joins to its object as a name: "盖好章" — its first character alone)
    lead = next(iter(posseg.cut(first.word[0])), None) if first is not None else None
    return len(tokens) > 2 and any(is_verb(t.word, t.flag) for t in tokens[1:]) and first is not None and \
        (is_verb(first.word, first.flag) or first.flag == "nr" and lead is not None and is_verb(lead.word, lead.flag))


def _ba_without_verb(before: str) -> bool:
    """A 把 phrase still waiting for its verb ("把剩下十来家的灭火器、消防通道"): a 接着 after it goes on with that
    verb ("…接着查完"), it joins no acts."""
    ba = before.rfind("把")
    if ba < 0 or re.search(r"[，,。？！]", before[ba:]):
        return False
    last = [t for t in posseg.cut(before[ba + 1:])][-1:]
    return bool(last) and last[0].flag.startswith("n")


def _split_vps(text: str) -> list[tuple[str, int]]:
    """Cut a predicate into verb phrases at joining words; each with its offset."""
    alt = _ALTERNATIVE.fullmatch(text)
    if alt and (alt.group(1) or alt.group("ea") or alt.group("eb")) and \
            any(any(is_verb(t.word, t.flag) for t in posseg.cut(alt.group(k))) for k in ("a", "b")):
        # "我是该帮还是直接回绝他": 该 frames the alternative, the act is what follows it
        out = []
        for k in ("a", "b"):
            lead = re.match(r"(该|应该|应当|是)?", alt.group(k)).end()
            out.append((alt.group(k)[lead:], alt.start(k) + lead))
        return out
    cuts = [0]
    # "另外那个" is the other one, not "besides"
    joins = [h.start for h in phrases.hits(text, words("frame", "coordinators"))
             if not (h.phrase == "另外" and re.match(r"[那这一两几的个]", text[h.end:h.end + 1]))
             and not (h.phrase in ("接着", "继续") and _ba_without_verb(text[:h.start]))] + _and_before_verb(text)
    # "把他车钥匙收了、把车扣到": a 、 after a finished act joins acts, not things
    joins += [m.start() for m in re.finditer(r"(?<=了)、", text)]
    # "把决定书签上民警的名字、盖好章交给当事人": the verbs of a 把 phrase, one after another, each its own act
    joins += [m.start() for m in re.finditer(r"、", text) if _serial_after_ba(text[:m.start()], text[m.end():])]
    # "看到有人摸包或者动手打人就上去制止": what is seen, up to the 就 of the act it calls for, is one condition
    seen = [m.span() for m in _SEEN_THEN.finditer(text)]
    joins = [j for j in joins if not any(a < j < b for a, b in seen)]
    for start in sorted(joins):
        if start > cuts[-1] and len(text) - start >= 3:
            cuts.append(start)
    cuts.append(len(text))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = re.sub(r"^(和|及|以及|、)", "", text[a:b])
        lead = len(text[a:b]) - len(piece.lstrip())
        if out and text[a:a + 1] == "、" and not _has_verb(_without_nouns(piece)):
            # "负责单位公众号、抖音这些新媒体运营": a thing after 、 with no verb of its own is another object of the verb
            prev, at = out.pop()
            out.append((text[at:b].strip(), at))
            continue
        if out and not re.match(r"(他|她|我|俺|你|咱|民警|师傅|所长|领导|同事|人家)", out[-1][0]) and re.search(r"(也|还|都)$", out[-1][0]) and \
                re.match(r"(顺便|顺手|顺带|一并|一起)", piece) and \
                not _has_verb(_without_nouns(out[-1][0])):
            # "把事故责任也顺便给定一下": the thing put first, no verb of its own, is the object of the next
            # (not a subject: "他还顺手把枪柜钥匙丢给我")
            prev, at = out.pop()
            out.append((text[at:b].strip(), at))
            continue
        out.append((piece.strip(), a + lead))
    # "…讲防火的注意事项，再顺便把…查一下": a joining adverb left alone is no act
    # …and "查完顺便…": an act finished before the next is its time, no act asked
    return [(p, o) for p, o in out if p.strip() and not _CONSEQUENCE.search(p) and
            not re.fullmatch(r"(再|又|还|也|并|并且|然后|顺便|顺路|顺道|顺手|顺带|接着|同时|另外)+", p.strip()) and
            not (len(out) > 1 and re.fullmatch(r"[\u4e00-\u9fff]{1,2}(完|好)(了|以后|之后)?", p.strip()))]


def _assisting(text: str) -> bool:
    return phrases.any_in(text, words("frame", "assisting"))


# "我想问", "想问下", "请问" before the act: the asking frame, no part of it
# …and "问题是", "关键是", "我想问的是": what follows is the question
_ASK_LEAD = re.compile(r"^(" + QUESTION_LEAD + r"|"
                       r"(我)?(就|只|主要)?(是)?想问(一?(下|哈)|问)?|请问|问一?(下|哈)|(我)?(想|要)?(确认|核实)一?(下|哈))")
# "我当时想的是先把他车钥匙收了": what the user had in mind, said before the act
_WISH_LEAD = re.compile(r"^(我)?(当时|本来|原来|其实|心里)?(想的是|心想|想着|寻思着|琢磨着)|^(先)?(想办法|想个办法|想法子|设法)")


# "有家长把车停在斑马线上我就跟他说…": what someone else did, then the user's act after 我就
_OTHERS_EVENT = re.compile(r"^(有|要是有|如果有|碰到有?|遇到有?)[^，。？！我]{2,24}?(我|俺)(就|便)(?=[\u4e00-\u9fff])")


def _make_act(text: str, start: int, clause: Clause, via: str, context_before: str = "") -> Act:
    # "拍剪宣传视频的事": the work named, without the word for work after it
    event = _OTHERS_EVENT.match(text.strip("、，, "))
    if event:
        text, start = text.strip("、，, ")[event.end():], start + event.end()
    words_ = _strip(_WISH_LEAD.sub("", _ASK_LEAD.sub("", text.strip("、，, "))) or text.strip("、，, "))
    return Act(_WORK_TAIL.sub("", words_) or words_, start, clause.index, via, _negated(text), _assisting(context_before + text))

# "一个是…，一个是…", "一是…二是…": the enumerator of a list of acts, no act of its own
# (…or the one picked out among them: "特别是调解这个，辅警能不能参与")
_ENUMERATOR = re.compile(r"^(另一个是|一个是|[一二三四]是|第[一二三四]个?是?|特别是|尤其是)(?=.)")


# the spare time the act is done in ("这周窗口不忙的时候", "手头没事的时候"): no part of the act
_SPARE_TIME = re.compile(r"(这周|这几天|最近|平时|每天|以后)?(窗口|手头|手上|岗上|所里|队里|值班)?(不忙|没事|空闲|闲下来|有空|得空|空下来)(的时候|时)(就)?")


def _acts_of(clause: Clause, text: str, offset: int, via: str, context: str = "", joining: bool = False) -> list[Act]:
    out = []
    lead = _ENUMERATOR.match(text)
    if lead:
        text, offset = text[lead.end():], offset + lead.end()
        text = re.sub(r"(?<=..)(这个|那个|这块|那块|这事|这件事)$", "", text)   # "特别是调解这个": the act named, then pointed at
    when = _SPARE_TIME.search(text)
    if when and when.end() < len(text):
        # "让我这周窗口不忙的时候去档案室…": when, not the window's work
        text, offset = (text[when.end():], offset + when.end()) if when.start() == 0 else (text[:when.start()] + text[when.end():], offset)
    for vp, off in _split_vps(text):
        a = _make_act(vp, offset + off, clause, via, context)
        out.append(Act(a.words, a.start, a.clause, a.via, a.negated, a.assisting, joining))
    return out


def _request_acts(clauses: list[Clause], req: Clause, before: int) -> list[Act]:
    """The acts of a request, and of the story clauses that carry it on ("让我过去支援几天，帮着管…")."""
    out = _acts_of(req, req.request, req.start + max(req.text.find(req.request), 0), "request", req.text)
    if _WATCH_ONLY.match(req.request):
        # "一个老辅警说…罚他站几个钟头、不准他睡觉，喊我去盯到": keeping watch over what was proposed just before is
        # taking part in it
        told = [(p, _PROPOSAL.search(p.text)) for p in clauses[max(0, req.index - 2):req.index]
                if p.sentence == req.sentence and not p.asked]
        said = next((i for i, (_, m) in enumerate(told) if m), None)
        for p, m in told[said:] if said is not None else []:
            at = m.end() if m else 0
            out += _acts_of(p, p.text[at:], p.start + at, "request", req.text)
    trainee = _trainee(clauses)
    # "让我先把卷宗过一遍，看证据够不够，给他写个审核意见": a request told as a plan (先) goes on in the clauses
    # after it that open with their verb
    # …and so does one sent somewhere ("让他去一个刮擦事故现场，看完两边车损直接判定谁全责"): the errand is done there
    # (…"民警在对讲机里安排勤务辅警过去，告诉那些驾驶员他们违停了": sent there, the request ends on the going)
    # (…or on the side: "让我顺便问一哈他偷了几台 做个笔录")
    along = bool(re.match(r"^(也|都)?(跟着|陪着|随同|跟随)[^，。？！]{0,8}(民警|警察|师傅|所长|交警)", req.request))
    first = len(out)
    going = bool(re.match(r"^(先|我先|帮我先|帮他先|顺便|顺带|顺手)", req.request) or re.match(r"^(马上|赶紧|先)?(去|到|赶到|跑到|过去)[^，。？！]{0,12}$", req.request)
                 or re.search(r"(安排|让|叫|喊|派)[^，。？！]{1,8}(过去|赶过去|赶去现场|去现场)$", req.request)
                 # …or one sent along with an officer ("让她也跟着社区民警一家一家敲门，登记租客身份信息"): what is done there
                 or along)
    lent = _LENT.search(req.request)
    verb: str | None = None
    for nxt in clauses[req.index + 1:before]:
        said = _SAYS_WHAT_FOR.match(nxt.text) if lent else None
        if said and not nxt.asked and nxt.sentence <= req.sentence + 1:
            # "…找我们借两个勤务辅警过去。他们说过去主要是帮着做询问笔录、调取证据": what the staff are lent for
            out += _acts_of(nxt, nxt.text[said.end():], nxt.start + said.end(), "request", req.text)
            continue
        if _KEEP_FROM.match(nxt.text) and not nxt.asked and nxt.sentence == req.sentence:
            continue   # "…控制住，莫让他跑到马路中间去，然后再去查…": what the step is for, the request goes on after it
        if nxt.request or nxt.sentence != req.sentence or others_first(nxt.text, trainee):
            break
        if nxt.asked and not _CHECK.match(nxt.text):
            break
        if _OFFICER_THERE.search(nxt.text):
            break   # "到时候可能没有民警跟着": whether an officer comes, no step of the errand
        # "…，顺便问问他那晚的经过，做个询问笔录带回来": after a step that goes on, a clause that opens with its verb
        # (no subject of its own) is the next step of the same request
        # (…or the user carrying it out, step by step: "喊我先把人控制到 我先冲上去把他拦到 再拿约束带…")
        going = _goes_on(nxt.text) or going and (_opens_with_verb(nxt.text) or _CHECK.match(nxt.text) is not None or
                                                 _I_RECORD.match(nxt.text) is not None or _I_STEP.match(nxt.text) is not None) and \
            not _PERCEIVED.match(nxt.text)
        also = _ALSO_THING.match(nxt.text) if not going else None
        mine_too = _MINE_TOO.match(nxt.text) if not going else None
        thing_too = _THING_TOO.match(nxt.text) if not going and not mine_too and not also else None
        if thing_too:
            # "让我先把…租户登记一下 房东那边出租房的治安管理也顺便查查": the same errand goes on to one more thing
            out += _acts_of(nxt, thing_too.group("verb") + thing_too.group("thing"), nxt.start, "request", req.text)
            continue
        if mine_too:
            # "…让我抽他的血去做酒精检测，检测报告也由我来出": one more thing the request hands the user
            out += _acts_of(nxt, mine_too.group("verb") + mine_too.group("thing"), nxt.start, "request", req.text)
            continue
        if also and verb is None:   # the request's verb, read once and only when a thing is added to it
            verb = next((t.word for t in posseg.cut(req.request) if is_verb(t.word, t.flag) and t.word not in _LIGHT), "")
        if also and verb:
            # "领导让我保管所里的对讲机，还有手铐也一块收着": one more thing for the request's verb (保管手铐)
            out += _acts_of(nxt, verb + also.group("thing"), nxt.start + also.start("thing"), "request", req.text)
        elif going:
            out += _acts_of(nxt, _THEN.sub("", nxt.text), nxt.start, "request", req.text)
    if along and len(out) > first and _DOOR_TO_DOOR.search(req.request):
        return out[first:]   # "跟着社区民警一家一家敲门，登记租客身份信息": the rounds are how the registering is done
    return out


# rounds from door to door ("一家一家敲门", "挨家挨户上门"): the way to the work named after them
_DOOR_TO_DOOR = re.compile(r"(敲门|上门|挨家挨户|一家一家|一户一户)(走|跑|转)?$")
_LIGHT = {"去", "来", "到", "帮", "帮忙", "让", "叫", "给", "把", "是", "有", "要"}
# a request only to keep watch ("喊我去盯到", "让我在旁边看着"), and someone's proposal told before it ("老辅警说等晚上…")
_WATCH_ONLY = re.compile(r"^(先)?(去|过去|来)?(在旁边|在边上)?(帮忙|帮着)?(盯到|盯着|看着|守着|守到|盯)(点|一下|一哈|他)?$")
_PROPOSAL = re.compile(r"(说|讲|提议|出主意)(要不|不如|干脆)?(等|趁)?[^，。？！]{0,10}?(的时候|以后|之后)?(?=罚|不准|不让|打|揍|收拾|教训|关|饿|晒|铐|捆)|"
                       r"^(要不|不如|干脆)")
# staff lent to another unit ("借两个勤务辅警过去"), and what the borrower says they are for ("他们说过去主要是帮着…")
_LENT = re.compile(r"(借|抽|调|派)[^，。？！]{0,6}(辅警|协警|人)")
_SAYS_WHAT_FOR = re.compile(r"^(他们|她们|对方|那边|人家|他|她)?(说|讲)(是)?(过去|去了|过去了)?(以后)?(主要|就|也就|一般)?(是)?")
# a thing added to a request ("还有手铐也一块收着", "连枪也一起管着")
_ALSO_THING = re.compile(r"^(还有|另外还有|另外|以及|连)(?P<thing>[^，。？！也都一]{1,8}?)(也|都)(一块儿?|一起|一并|顺便)?[\u4e00-\u9fff]{0,4}$")


# a thing put first, then the same errand on it too ("房东那边出租房的治安管理也顺便查查"): the verb after, on the thing
_THING_TOO = re.compile(r"^(?P<thing>[^，。？！也还都我他她]{2,14}?)(也|还)(顺便|顺带|顺手|一起|一并|一块儿?)(给|帮)?(?P<verb>[\u4e00-\u9fff]{1,2}?)(一下|一哈|下|了)?$")


# a thing the request also puts on the user, its verb after ("检测报告也由我来出", "笔录也让我签")
_MINE_TOO = re.compile(r"^(?P<thing>[^，。？！也还都]{2,8}?)(也|还|都)(是)?(由|让|叫|归|要)(我|俺)(自己)?(来|去)?(?P<verb>[\u4e00-\u9fff]{1,2}?)(了|掉|好)?$")


# the user's own next step of the request ("我先冲上去把他拦到", "我就过去把车挪开")
_I_STEP = re.compile(r"^(我|俺)(就|先|再|马上|赶紧|立马|立刻)(?=[\u4e00-\u9fff])")
# the user's own part in the step just asked ("顺便让对方把经过再讲一遍，我拿本子做个笔录")
_I_RECORD = re.compile(r"^(我|俺)(就|再|也|好)?((拿|用|带)[^，。？！]{0,4})?(做|记|写|录|拍)")


# what a step of the request keeps someone from ("莫让他跑到马路中间去", "别让他跑了"): its purpose, no act
_KEEP_FROM = re.compile(r"^(莫|别|不要|不准|免得|以免|防止|省得)(让|叫|使)?(他|她|他们|她们|人|那人|那个人)[^，。？！]{0,10}$")


# whether an officer is with the user, told after a request
_OFFICER_THERE = re.compile(r"民警[^，。？！]{0,4}(跟着|在场|不在|陪着|带着|在旁边|跟我|不来|不去|没空|忙)")


# "看到他跑了": what the user sees, no step of the request
_PERCEIVED = re.compile(r"^(看到|看见|发现|听到|听见|遇到|碰到)")


def _opens_with_verb(text: str) -> bool:
    """The clause opens with its verb, no subject of its own — after a benefactive ("给他写个审核意见") or as a 把
    phrase ("把卷宗送过去")."""
    if text.startswith("把"):
        return True
    text = re.sub(r"^(给|帮|替|向)(他们|她们|他|她|人家|领导|民警|所长|双方|两边|两家|当事人|群众|司机)", "", text)
    if text.startswith("把"):
        return True   # "给双方把责任划分了": the benefactive, then the 把 phrase
    first = next(iter(posseg.cut(text)), None)
    return first is not None and is_verb(first.word, first.flag)


def _named_request_acts(clauses: list[Clause], req: Clause, before: int, names) -> list[Act]:
    """The acts of request ``req`` when one of them names a catalogue act, else none."""
    told = _request_acts(clauses, req, before)
    return told if any(names(a.words) for a in told) else []

"""The acts a question asks about, and the catalogue entries each one names.

An asked clause's predicate is cut into acts at joining words ("先…再…", "…顺便…"); a predicate that
only points back ("这个活我能接吗", "我能签吗") takes the request made earlier in the story ("护士让我
帮忙签手术同意书"). Each act is then matched to the duty catalogue of a city by its *head*:

- a catalogue phrase counts only where it heads the act — not after 被 ("被行政拘留的人员"), not as
  a modifier before 的 / 人员 / 危害 ("吸毒的危害", "吸毒人员"), not inside what a speech verb carries
  ("提醒司机闯红灯会扣分", "举报同事泄露案情"), not negated by 非 ("非涉密"), not an act of someone else
  ("阻止同事泄露"), and a "…时" phrase only sets the time when another act is named;
- "把他的车扣了" is also read as "扣车";
- an act named by its verb and object ("看着" + "嫌疑人") matches a frame, the object found in the act
  or, for "他 / 这人", in the story;
- where one phrase lies inside a longer one, the longer wins; phrases left in one act are readings
  of that same act, and the rule keeps the most restrictive of them.

>>> from assistant.understand.clauses import split
>>> acts = find_acts(split("能不能先给司机做酒精呼气检测，再把他的车扣了？"))
>>> [a.words for a in acts]
['给司机做酒精呼气检测', '把他的车扣了']
>>> [m.entry.id for m in match(acts[1], "chongqing-2021").matches]
['cq-19-3-jueding']
>>> [m.entry.id for m in match(find_acts(split("能不能去禁毒宣传时讲讲吸毒的危害"))[0], "chongqing-2021").matches]
['cq-15-4-xuanchuan']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import jieba.posseg as posseg

from .. import phrases
from ..rules.duty import ActReading, DutyEntry, EntryMatch, RelatedRule, catalogue, related_rules
from .clauses import Clause
from .lexicon import words

_ADVERBS = re.compile(r"^(先|再|也|还|又|就|都|一起|顺便|顺手|顺带|然后|接着|另外|同时|并且|并|去|过去|上去|能|想|要|打算|准备)+")
_TRAIL = re.compile(r"[吗么呢吧啊呀嘛哦]+$|一下$")
_PRONOUNS = ("他们", "她们", "这个人", "那个人", "这人", "那人", "对方", "这小子", "他", "她", "人", "其")
# a person word after these (a few characters on) is the object or the partner of the user's act, not its subject
_PREPOSITIONS = ("给", "对", "向", "帮", "替", "跟", "和", "与", "把", "让", "叫", "要", "请", "陪", "带", "押", "将", "由", "为", "看着",
                 "盯着", "协助", "配合", "帮助", "跟着", "随", "陪同", "同", "找", "问", "告诉", "通知", "提醒", "教", "劝", "指导",
                 "组织", "要求", "安排", "带领", "引导", "带着", "叫上")
# a clause that only says what happens otherwise ("再等就来不及了") asks about no act
_CONSEQUENCE = re.compile(r"来不及|不然|否则|要不然|就晚了|就跑了|就没了|就麻烦了")
_TIME_FRAME = ("的时候", "时候", "时", "期间", "过程中", "中途")


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


def _strip(text: str) -> str:
    """The act's words without the adverbs before it ("先", "再", "顺便"): particles are already off."""
    text = re.sub(r"一下$", "", text.strip())
    return _ADVERBS.sub("", text) or text


def _and_before_verb(text: str) -> list[int]:
    """Where "和 / 跟 / 及" joins two acts ("骑摩托和送文书"), not two things ("防刺服和头盔")."""
    out, pos = [], 0
    toks = [(t.word, t.flag) for t in posseg.cut(text)]
    for k, (w, flag) in enumerate(toks):
        if w in ("和", "及", "以及", "、") and k + 1 < len(toks) and toks[k + 1][1] in ("v", "vd", "vi", "vg") and pos > 0:
            out.append(pos)
        pos += len(w)
    return out


def _split_vps(text: str) -> list[tuple[str, int]]:
    """Cut a predicate into verb phrases at joining words; each with its offset."""
    cuts = [0]
    joins = [h.start for h in phrases.hits(text, words("frame", "coordinators"))] + _and_before_verb(text)
    for start in sorted(joins):
        if start > cuts[-1] and len(text) - start >= 3:
            cuts.append(start)
    cuts.append(len(text))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = re.sub(r"^(和|及|以及|、)", "", text[a:b])
        lead = len(text[a:b]) - len(piece.lstrip())
        out.append((piece.strip(), a + lead))
    return [(p, o) for p, o in out if p.strip() and not _CONSEQUENCE.search(p)]


def _negated(text: str) -> bool:
    body = _ADVERBS.sub("", text)
    return any(body.startswith(n) for n in words("frame", "act_negations")) and not body.startswith(("不得", "不能", "不可"))


def _assisting(text: str) -> bool:
    return phrases.any_in(text, words("frame", "assisting"))


def _make_act(text: str, start: int, clause: Clause, via: str, context_before: str = "") -> Act:
    return Act(_strip(text), start, clause.index, via, _negated(text), _assisting(context_before + text))


def _bare(pred: str) -> bool:
    """A predicate that is only a verb ("签", "接", "帮忙", "跟着去") or a pointer ("这么做")."""
    body = re.sub(r"^(一个人|自己|单独|独自|先|再|也|还|就|跟着|一起|帮着|帮忙|去)+", "", pred)
    body = re.sub(r"(一下|一趟|一次|了)$", "", body)
    if phrases.any_in(body, [w for w in words("frame", "back_references") if len(w) > 1]) and len(body) <= 5:
        return True
    return len(body) <= 1 or _light(body)


def _request_for(clauses: list[Clause], before: int, verb: str) -> Clause | None:
    """The latest request of the story before clause ``before`` ("护士让我帮忙签…"), preferring one
    that contains the bare verb asked about; a request goes on in the story clauses after it
    ("领导让我跟着去事故现场，说人手不够，帮忙把责任认定书写了")."""
    requests = [c for c in clauses if c.index < before and c.request]
    if not requests:
        return None
    verb = re.sub(r"^(一个人|自己|单独|独自|先|再|也|还|就|跟着|帮忙|帮着)+", "", verb)
    verb = re.sub(r"(一下|一趟|一次|了)$", "", verb)
    with_verb = [c for c in requests if verb and verb in c.request]
    if with_verb:
        return with_verb[-1]
    following = [c for c in clauses if requests[0].index < c.index < before and not c.asked and not c.request
                 and c.sentence == clauses[c.index - 1].sentence]
    with_verb = [c for c in following if verb and verb in c.text]
    if with_verb:
        found = with_verb[-1]
        return Clause(found.index, found.text, found.start, found.end, found.sentence, False, request=found.text)
    return requests[-1]


_TOPIC_NOISE = re.compile(r"(我们|我|咱们|咱|勤务辅警|文职辅警|勤务|文职|辅警|你们|你|那么|那|就|也|还|都|今天|现在|当时|这种情况|这种|"
                          r"这样的)")


_GOES_ON = ("帮", "把", "再", "顺便", "然后", "去", "并", "还要", "还得", "接着", "之后")


def _verb_of(pred: str) -> str:
    verb = re.sub(r"(一下|一趟|一次|了)$", "", re.sub(r"^(一个人|自己|单独|独自|先|再|也|还|就|跟着|帮忙|帮着)+", "", pred))
    return re.sub(r"^去(?=.)", "", verb)


def _has_verb(text: str) -> bool:
    """A verb of its own (not a verbal noun such as 辅警): "提醒他" has one, "一个辅警" none."""
    return any(t.flag in ("v", "vd", "vi", "vg") for t in posseg.cut(text))


def _strip_back_reference(pred: str) -> str:
    for w in sorted((w for w in words("frame", "back_references") if len(w) > 1), key=len, reverse=True):
        pred = pred.replace(w, "")
    return pred.strip()


def _without_modals(text: str) -> str:
    """The topic before a question's permission word ("一个人能" → "一个人")."""
    for kind in ("modal_before", "modal_after"):
        for w in words("frame", kind):
            if text.endswith(w):
                return text[: -len(w)]
    return text


def _topic_object(topic: str) -> str:
    """A thing put before the question as its topic ("这钱我能收吗", "烟能收吗"): the object of a bare verb."""
    if phrases.any_in(topic, [w for w in words("frame", "back_references") if len(w) > 1 and w not in ("这个", "那个")]):
        return ""
    for kind in ("modal_before", "modal_after"):
        for w in words("frame", kind):
            topic = topic.replace(w, "")
    rest = _TOPIC_NOISE.sub("", topic).strip()
    rest = re.sub(r"^(这|那)(个|些|份|笔|张|条)?", "", rest)
    if not rest or len(rest) > 6 or rest.endswith(("时", "时候", "的话", "里")) or rest in ("个", "些"):
        return ""
    return rest


def _reported_by_other(text: str) -> bool:
    """"同事说沾赌博的都不能碰": what someone else says is not an act of the user."""
    h = phrases.first(text, words("frame", "others"))
    return bool(h and h.start <= 2 and re.match(r"(说|讲|告诉我|觉得|认为|提醒)", text[h.end:h.end + 4]))


def _previous(clauses: list[Clause], c: Clause, all_of_sentence: bool, joining: bool = False) -> list[Clause]:
    """The story clause(s) an asked clause points back to: for an empty one ("先扣车，再罚款，可以吗")
    all those before it in its sentence; for "这样合规吗" the (at most two) nearest ones told by the user,
    not what others do or say ("民警在所里用对讲机指挥我")."""
    def others_first(p: Clause) -> bool:
        h = phrases.first(p.text, words("frame", "others"))
        return h is not None and h.start == 0
    before = [p for p in clauses if p.index < c.index and not p.asked and not _reported_by_other(p.text)]
    same = [p for p in before if p.sentence == c.sentence]
    if all_of_sentence and same:
        return same
    own = [p for p in same if joining or not others_first(p)][-2:]
    return own or before[-1:]


# who asks, before the act ("我一个勤务辅警能…", "文职辅警能…"): not part of the act
_SUBJECT = re.compile(r"^(我们|我|咱们|咱|你|一个勤务辅警|一个文职辅警|一个辅警|一个文职|这个文职|两个辅警|几个辅警|勤务辅警|文职辅警|勤务|"
                      r"文职|辅警|警务辅助人员|就|也|都|还)+")
# "…的活", "…这项工作": the act named as work
_WORK_TAIL = re.compile(r"(的活|的工作|的事情|的事|这项工作|这种活|这活|的任务)$")


# light verbs and nouns that name no act of their own ("参加这种活动", "干这个")
_LIGHT = re.compile(r"(参加|参与|加入|过去|过来|上去|下去|跟着|跟|去|做主|拍板|上手|插手|帮把手|做|干|搞|弄|接|帮|帮忙|这种|这类|这样的|"
                    r"这个|那个|这些|活动|事情|事|活|工作|一下)")


def _clean_pred(pred: str) -> str:
    body = _SUBJECT.sub("", pred)
    return _WORK_TAIL.sub("", body) or body


def _presence_only(text: str) -> bool:
    """Words that only say who is there ("不带民警", "民警不在"): the situation of the act asked."""
    cues = [w for k in ("officer_present", "officer_remote", "officer_absent") for w in words("situation", k)
            if re.search("民警|警察|师傅", w)]   # "自己去" says how the user acts; "不带民警" only who is there
    rest = text
    for w in sorted(cues, key=len, reverse=True):
        rest = rest.replace(w, "")
    return bool(text) and rest != text and not re.sub(r"[的了吧吗呢也都就]", "", rest).strip()


def _light(text: str) -> bool:
    return bool(text) and not _LIGHT.sub("", text).strip()


def _meta(text: str) -> bool:
    """A question about the story's act rather than an act ("这算我的工作范围吗", "必须有民警在场吗")."""
    return phrases.any_in(text, words("frame", "meta_questions"))


def _acts_of(clause: Clause, text: str, offset: int, via: str, context: str = "", joining: bool = False) -> list[Act]:
    out = []
    for vp, off in _split_vps(text):
        a = _make_act(vp, offset + off, clause, via, context)
        out.append(Act(a.words, a.start, a.clause, a.via, a.negated, a.assisting, joining))
    return out


def _request_acts(clauses: list[Clause], req: Clause, before: int) -> list[Act]:
    """The acts of a request, and of the story clauses that carry it on ("让我过去支援几天，帮着管…")."""
    out = _acts_of(req, req.request, req.start + max(req.text.find(req.request), 0), "request", req.text)
    for nxt in clauses[req.index + 1:before]:
        first = phrases.first(nxt.text, words("frame", "others"))
        if nxt.asked or nxt.request or nxt.sentence != req.sentence or (first is not None and first.start == 0):
            break
        if nxt.text.startswith(_GOES_ON):
            out += _acts_of(nxt, nxt.text, nxt.start, "request", req.text)
    return out


def find_acts(clauses: list[Clause], names=lambda text, joining=False: False) -> list[Act]:
    """Every act the asked clauses ask about, in order.

    ``names(text, joining)`` tells whether words name a catalogue act (of any city in scope): where a
    question points back ("这个活我能接吗", "能收吗"), the first reading that names one is taken —
    the request made earlier, the topic put before the verb, the verb itself with its object in the
    story, then the story just before.
    """
    acts: list[Act] = []
    for c in clauses:
        if not c.asked:
            continue
        pred = _clean_pred(c.predicate)
        topic = _without_modals(c.text[: max(0, c.predicate_start - c.start)])
        if _CONSEQUENCE.search(pred) or _presence_only(pred):
            continue   # "再等就来不及了", "不带民警？": the situation, not an act
        backref = phrases.any_in(topic + pred, [w for w in words("frame", "back_references") if len(w) > 1]) or \
            pred in ("这", "那")
        rest = _clean_pred(_strip_back_reference(pred))
        if backref and rest and _has_verb(rest) and not _bare(rest):
            pred, backref = rest, False   # "这样提醒他可以吧": the act is named after the pointer
        if re.search(r"条件|资格|要求|前提|手续", pred) and _clean_pred(_SUBJECT.sub("", topic)):
            pred = _clean_pred(topic)    # "开警车需要满足什么条件": the act is before the question
        pointer = not pred or backref or _bare(pred) or _meta(c.text) or _light(pred)
        if not pointer:
            obj = _topic_object(topic)
            if obj and len(_strip(pred)) <= 3 and not names(_strip(pred)) and names(_strip(pred) + obj):
                acts += _acts_of(c, _strip(pred) + obj, c.predicate_start, "asked", topic)   # "材料我能先收下吧"
                continue
            found = _acts_of(c, pred, c.predicate_start, "asked", topic)
            if not any(names(a.words) for a in found) and _clean_pred(topic) and names(_clean_pred(topic) + pred):
                found = _acts_of(c, _clean_pred(topic) + pred, c.start, "asked")   # "鉴定报告能不能由我出"
            acts += found
            continue
        if backref and c.index > 0 and clauses[c.index - 1].asked and len(pred) <= 4:
            continue   # "…吗，这算不算越权": the act was just asked
        verb = _verb_of(pred)
        joining = bool(re.search(r"跟着|一起|也去|参加|加入|跟风|跟上|这种活动", c.text))
        last_q = max((o.index for o in clauses if o.asked and o.index < c.index), default=-1)
        requests = [o for o in clauses if last_q < o.index < c.index and o.request]
        if re.search(r"两样|两个|两件|几样|这些|都", topic + pred) and requests:
            for r in requests:             # "这两样我能做吗": every request since the last question
                acts += _request_acts(clauses, r, c.index)
            continue
        req = _request_for(clauses, c.index, verb)
        readings: list[list[Act]] = []
        if req is not None and verb and verb in req.request:
            acts += _request_acts(clauses, req, c.index)   # "护士让我帮忙签…，我能签吗": that request, named or not
            continue
        obj = _topic_object(topic)
        if pred and obj:
            readings.append(_acts_of(c, pred + obj, c.predicate_start, "asked", topic))   # "烟能收吗" → "收烟"
        if pred and not backref:
            readings.append(_acts_of(c, c.predicate, c.predicate_start, "asked", topic))   # "拦" + 抢包 in the story
        if pred and _clean_pred(topic) and not backref:
            readings.append(_acts_of(c, _clean_pred(topic) + pred, c.start, "asked"))    # "受伤被困的人可以去救吗"
        if req is not None:
            readings.append(_request_acts(clauses, req, c.index))
        prev = _previous(clauses, c, all_of_sentence=not pred, joining=joining)
        story = [a for p in prev for a in _acts_of(p, p.text, p.start, "story", joining=joining)]
        if req is not None and (joining or re.search(r"跟着|一起|陪着|陪同", req.request)) and \
                not any(names(a.words) for a in _request_acts(clauses, req, c.index)):
            # "民警要去查外国人的住宿登记，叫我跟着一起去": joining the officer's act told before the request
            before_req = [p for p in clauses if p.index < req.index and p.sentence == req.sentence and not p.asked]
            story = [a for p in before_req[-1:] for a in _acts_of(p, p.text, p.start, "story", joining=True)] + story
        if story:
            readings.append(story)
        chosen = next((r for r in readings if any(names(a.words, a.joining) for a in r)), None)
        if chosen is None:
            fallback = _request_acts(clauses, req, c.index) if req is not None else (readings[0] if readings else [])
            chosen = fallback or _acts_of(c, pred or c.text, c.predicate_start, "asked", topic)
        else:   # of the story pointed back to, the parts that name an act ("碰到小刮擦" names none)
            chosen = [a for a in chosen if names(a.words, a.joining)]
        acts += chosen
    # the same words asked twice ("能巡逻吗？巡逻可以吗") are one act
    seen, out = set(), []
    for a in acts:
        if a.words and a.words not in seen:
            seen.add(a.words)
            out.append(a)
    return out


# -- the head of an act -------------------------------------------------------------------------
def _others_before(before: str) -> bool:
    """Someone else is the subject of what follows ("阻止同事泄露"): a person word not introduced by a
    preposition, and no 我 after it."""
    for h in phrases.hits(before, words("frame", "others")):
        if "我" in before[h.end:]:
            continue
        lead = before[:h.start]
        if any(p in lead[-8:] for p in _PREPOSITIONS):
            continue   # "给一个打架的当事人送传唤证": the person is the one the act is for
        if before[h.end:h.end + 1] == "的":
            continue   # "他的车", "当事人的手机号": a possessor inside an object
        if before[h.end:h.end + 1] in ("一", "两", "几", "个", "俩", "三", "顿"):
            continue   # "扇他两巴掌": a person before a count is the object
        toks = [t for t in posseg.cut(lead[-4:])]
        if toks and toks[-1].flag in ("v", "vd", "vi", "vg"):
            continue   # "扇他两巴掌": a person right after a verb is its object
        return True
    return False


_COMPLEMENT = ("给", "到", "回", "走", "掉", "了", "起来", "出来", "上", "下", "成", "好", "住", "去", "来", "过来", "过去", "进",
               "出", "开", "完", "一下", "一份", "起")


def _ba_verb(rest: str) -> tuple[int, str] | None:
    """Where the verb of a 把 phrase starts in ``rest`` (the text after 把): the first verb that ends the
    object — one with a result or direction after it ("送给", "扣了", "看住") — else the first verb."""
    toks = [(t.word, t.flag) for t in posseg.cut(rest)]
    pos, first = 0, None
    for k, (w, flag) in enumerate(toks):
        if flag.startswith("v") and pos > 0:
            nxt = toks[k + 1][0] if k + 1 < len(toks) else ""
            if first is None:
                first = (pos, w)
            if w.endswith(_COMPLEMENT) or nxt.startswith(_COMPLEMENT) or not nxt:
                return pos, w
        pos += len(w)
    return first


def _ba_objects(text: str) -> list[tuple[int, int]]:
    """The objects of 把 ("把处罚决定书送给当事人": 处罚决定书): what lies between 把 and its verb."""
    out = []
    for m in re.finditer("把", text):
        if text[m.end():m.end() + 1] in ("握", "关", "守", "手", "戏"):
            continue
        found = _ba_verb(text[m.end():])
        if found:   # no verb found: no object to mark
            out.append((m.end(), m.end() + found[0]))
    return out


def is_head(text: str, start: int, end: int, others: list[phrases.Hit], by_object: bool = False,
            in_speech: bool = False, joining: bool = False) -> bool:
    """Whether the phrase at ``text[start:end]`` heads the act (see the module docstring). An entry
    named by its object (涉密文件, 枪) counts as the object of any verb (``by_object``); one whose
    words are themselves said (``in_speech``: "告诉他们谁全责" announces a liability) counts inside speech."""
    before, after = text[:start], text[end:]
    if re.search("(" + "|".join(words("frame", "passive_markers")) + r")[^，。]{0,3}$", before):
        return False
    if before.endswith(words("frame", "negating_prefixes")):
        return False
    if not joining and _others_before(before):
        return False
    if by_object:
        return True
    if any(a <= start and end <= b for a, b in _ba_objects(text)):
        return False
    if after.startswith("的") and len(after) > 1 and after[1] not in "了吗呢吧啊呀":
        return False
    if any(after.startswith(w) for w in words("frame", "modifier_heads") if w != "的"):
        return False
    if not in_speech:
        for h in phrases.hits(before, words("frame", "speech_verbs")):
            inside_other = any(o.start <= h.start and h.end <= o.end for o in others)
            if not inside_other:
                return False
    return True


def _time_frame(text: str, end: int) -> bool:
    return text[end:].startswith(_TIME_FRAME)


def _reorder_ba(text: str) -> tuple[str, int] | None:
    """"把他的车扣了" → ("扣他的车了", where 扣 stands): the verb before its object. Only phrases that start
    with the verb are read there ("扣…车", "送…告知书"): the object itself stays an object."""
    i = text.find("把")
    if i < 0:
        return None
    found = _ba_verb(text[i + 1:])
    if found is None:
        return None
    pos, verb = found
    return text[:i] + verb + text[i + 1:i + 1 + pos] + text[i + 1 + pos + len(verb):], i


@dataclass(frozen=True)
class _Candidate:
    hit: phrases.Hit
    target: DutyEntry | RelatedRule
    how: str
    evidence: str = ""      # a frame's verb and the object found ("看着…嫌疑人")


def _frame_hits(text: str, story: str, target, frames) -> list[_Candidate]:
    out = []
    for f in frames:
        for v in phrases.hits(text, f.verbs):
            after = text[v.end:]
            obj = phrases.first(after, f.objects)
            # the object left out ("能收吗") or a pronoun ("看着他"): look in the story; an object of its own
            # ("收下材料") is the act's, not the story's
            own = re.sub(r"^[了着过下一吧吗]+", "", after)
            if obj is None and (phrases.first(text, _PRONOUNS) or (f.story_object and not own)):
                obj = phrases.first(story, f.objects)
            if obj is not None:
                out.append(_Candidate(v, target, "frame", f"{v.phrase}…{obj.phrase}"))
    return out


def _candidates(text: str, story: str, doc_id: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    for e in catalogue(doc_id):
        if e.catch_all or (e.not_with and phrases.any_in(story or text, e.not_with)):
            continue
        blocked = phrases.hits(text, e.not_when)
        found += [_Candidate(h, e, "alias") for h in phrases.hits(text, e.aliases)
                  if not any(b.start <= h.start and h.end <= b.end and b.end - b.start > h.end - h.start for b in blocked)]
        found += _frame_hits(text, story, e, e.frames)
    for r in related_rules(doc_id):
        found += [_Candidate(h, r, "alias") for h in phrases.hits(text, r.aliases)]
        found += _frame_hits(text, story, r, r.frames)
    return found


def _heads(text: str, story: str, doc_id: str, joining: bool = False, at: int | None = None) -> list[_Candidate]:
    """The candidates heading the act; ``at``: only those starting there (the verb of a 把 phrase)."""
    found = _candidates(text, story, doc_id)
    if at is not None:
        found = [c for c in found if c.hit.start == at]
    speech_hits = [c.hit for c in found]
    heads = [c for c in found if is_head(text, c.hit.start, c.hit.end, speech_hits,
                                         by_object=getattr(c.target, "by_object", False),
                                         in_speech=getattr(c.target, "in_speech", False), joining=joining)]
    # how the user is dressed while doing another act ("穿着制服帮他去催") is not the act
    manner = [c for c in heads if getattr(c.target, "manner", False)]
    if manner and len(manner) < len(heads):
        heads = [c for c in heads if c not in manner]
    # "…时": the time of another act, unless it is the only act named
    timed = [c for c in heads if _time_frame(text, c.hit.end)]
    if len(timed) < len(heads):
        heads = [c for c in heads if c not in timed]
    kept = phrases.longest_only([c.hit for c in heads])
    return [c for c in heads if c.hit in kept]


def _head_candidates(text: str, story: str, doc_id: str, joining: bool = False) -> list[_Candidate]:
    """The heads of an act, reading "把X扣了" as "扣X" when the words as they stand head nothing."""
    heads = _heads(text, story, doc_id, joining)
    if not heads:
        variant = _reorder_ba(text)
        if variant:
            heads = _heads(variant[0], story, doc_id, joining, at=variant[1])
    return heads


def names_any(text: str, story: str, doc_ids, joining: bool = False) -> bool:
    """Whether ``text`` names a catalogue act (or a related rule) of any of ``doc_ids``."""
    return any(_head_candidates(text, story, d, joining) for d in doc_ids)


def match(act: Act, doc_id: str, story: str = "") -> ActReading:
    """The catalogue entries (and related rules) of ``doc_id`` that ``act`` names by its head."""
    heads = _head_candidates(act.words, story, doc_id, act.joining)
    best: dict[str, EntryMatch] = {}
    related: dict[str, RelatedRule] = {}
    for c in heads:
        if isinstance(c.target, RelatedRule):
            related[c.target.id] = c.target
            continue
        evidence = c.evidence or c.hit.phrase
        score = float(phrases.weight(evidence))
        if c.target.id not in best or score > best[c.target.id].score:
            best[c.target.id] = EntryMatch(c.target, c.how, evidence, score)
    matches = tuple(sorted(best.values(), key=lambda m: -m.score))
    return ActReading(act.words, matches, tuple(related.values()), act.negated, act.assisting)

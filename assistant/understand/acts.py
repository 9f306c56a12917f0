"""The acts a question asks about, in the user's own words.

An asked clause's predicate is cut into acts at joining words ("先…再…", "…顺便…", "和" before a verb);
a predicate that only points back ("这个活我能接吗", "我能签吗", "这样合规吗") takes, in this order, the
request made earlier in the story that holds the verb asked ("护士让我帮忙签手术同意书"), the topic put
before the verb ("烟能收吗" → 收烟), the verb with its object in the story, the latest request, or the
story just before — the first of them that names an act of the catalogue (:mod:`.heads` tells; where a
pointer looks is :mod:`.pointers`). What only says who is there ("不带民警？") or what happens otherwise
("再等就来不及了") is no act.

>>> from assistant.understand.clauses import split
>>> acts = find_acts(split("能不能先给司机做酒精呼气检测，再把他的车扣了？"))
>>> [a.words for a in acts]
['给司机做酒精呼气检测', '把他的车扣了']
>>> [a.words for a in find_acts(split("护士让我帮忙签手术同意书，我能签吗？"))]
['帮忙签手术同意书']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import jieba.posseg as posseg

from .. import phrases
from .clauses import _KNOWN, Clause, _modal_spans, others_first
from .institutions import asked_of_institution
from .lexicon import is_verb, words
from .pointers import (_MOVE_ONLY, _THEN, _USUAL, MANY, _begins_word, _goes_on, _handed_over, _plural,
                       _presence_only, _previous, _reported_by_other, _request_for, _said_again, _trainee, _word_of)
from .predicates import (_SUBJECT, _WORK_TAIL, _bare, _qualification_only, _clean_pred, _has_verb, _light, _meta, _negated, _strip, _strip_back_reference,
                         _topic_object, _verb_of, _without_modals)

# a clause that only says what happens otherwise ("再等就来不及了") asks about no act
_CONSEQUENCE = re.compile(r"来不及|不然|否则|要不然|就晚了|就跑了|就没了|就麻烦了|^[^，。]{0,6}(以后|之后|完了|的时候)$")


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


def _and_before_verb(text: str) -> list[int]:
    """Where "和 / 跟 / 及" joins two acts ("骑摩托和送文书"), not two things ("防刺服和头盔")."""
    out, pos = [], 0
    toks = [(t.word, t.flag) for t in posseg.cut(text)]
    for k, (w, flag) in enumerate(toks):
        # "提人、给他上铐子": after 、 a phrase led by a preposition is an act too
        led = w == "、" and k + 1 < len(toks) and toks[k + 1][0] in ("给", "帮", "替", "跟", "对", "向")
        # "说和说和", "调和": 和 is part of the verb
        word_part = w == "和" and k > 0 and toks[k - 1][0] in ("说", "调", "讲", "缓", "温")
        if w in ("和", "及", "以及", "、") and not word_part and k + 1 < len(toks) and (is_verb(*toks[k + 1]) or led) and pos > 0 and \
                not _TEACHING.search(text[(out[-1] if out else 0):pos]):
            out.append(pos)
        pos += len(w)
    return out


# "讲交通安全和防拐骗", "宣传禁毒和防诈骗": what is taught may be an act; it is the object, not a second act
_TEACHING = re.compile(r"讲|宣传|讲解|介绍|普及|科普|教育|培训|教|提醒")


def _split_vps(text: str) -> list[tuple[str, int]]:
    """Cut a predicate into verb phrases at joining words; each with its offset."""
    cuts = [0]
    # "另外那个" is the other one, not "besides"
    joins = [h.start for h in phrases.hits(text, words("frame", "coordinators"))
             if not (h.phrase == "另外" and re.match(r"[那这一两几的个]", text[h.end:h.end + 1]))] + _and_before_verb(text)
    # "把他车钥匙收了、把车扣到": a 、 after a finished act joins acts, not things
    joins += [m.start() for m in re.finditer(r"(?<=了)、", text)]
    for start in sorted(joins):
        if start > cuts[-1] and len(text) - start >= 3:
            cuts.append(start)
    cuts.append(len(text))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = re.sub(r"^(和|及|以及|、)", "", text[a:b])
        lead = len(text[a:b]) - len(piece.lstrip())
        out.append((piece.strip(), a + lead))
    # "…讲防火的注意事项，再顺便把…查一下": a joining adverb left alone is no act
    return [(p, o) for p, o in out if p.strip() and not _CONSEQUENCE.search(p) and
            not re.fullmatch(r"(再|又|还|也|并|并且|然后|顺便|接着|同时|另外)+", p.strip())]


def _assisting(text: str) -> bool:
    return phrases.any_in(text, words("frame", "assisting"))


def _make_act(text: str, start: int, clause: Clause, via: str, context_before: str = "") -> Act:
    # "拍剪宣传视频的事": the work named, without the word for work after it
    words_ = _strip(text.strip("、，, "))
    return Act(_WORK_TAIL.sub("", words_) or words_, start, clause.index, via, _negated(text), _assisting(context_before + text))


# "这个" as a pointer, not as "this" before a noun ("帮发小查这个人")
_POINTER_AFTER = re.compile(r"(这个活儿?|这种活儿?|这个事儿?|这件事|这种事|这事儿?|这活儿?|这项工作|这些|这几样|这两样|这两个|这几个|这两件|这几件|这两项|这俩|"
                            r"这种做法|这个做法|这样的做法|"
                            r"这个(?=$|[我你他她俺咱辅能可行算是合])|(?<=的)那个(?=$|[我你他她俺咱辅能可行算是合]))")
_ASKING_LEAD = re.compile(r"^(那|那么|还有|另外|以及|再就是|再有|可|但|可是|但是|我想问一?(下|哈)|想问一?(下|哈)|问一?(下|哈)|请问|"
                          r"(我)?(想)?问的是|问题是|关键是|(我)?(想)?确认一?下|"
                          r"[\u4e00-\u9fff]{1,4}?(回来|过来|跑来|私下)?问我)+")


_ASK_FRAME = re.compile(r"^(我)?((就|只是)?(想|要)|主要是|主要)(问|请教|咨询|确认)(一)?(下|哈|问)?(的是)?|请问$")


_FRAMED_TOPIC = re.compile(r"^(我)?(就|只|主要)?(是)?(想|只想)?问(问|一下|下|哈|一哈)?(?P<topic>.{3,}?)(这个|这件事|这事|这一块|这块)?$")


def _framed_story(clauses: list[Clause], c: Clause) -> list[Act]:
    """The clauses between an asking frame ("我想问下", "请问") and the pointing question of the same
    sentence: what the user sets out to ask about."""
    same = [o for o in clauses[:c.index] if o.sentence == c.sentence]
    starts = [o.index for o in same if _ASK_FRAME.fullmatch(o.text.strip())]
    if not starts:
        # "就想问问跟着出现场勘查这个，文件里有没有说文职能干": the frame and what it asks about in one clause
        prev = same[-1] if same else None
        m = _FRAMED_TOPIC.match(prev.text) if prev is not None and not prev.asked else None
        # …not a topic that only points back itself ("想问下要是真这样整了，算啥子问题")
        if m and _has_verb(m.group("topic")) and not re.search(r"(这样|那样|这么|那么)(整|做|干|搞|弄)", m.group("topic")):
            return _acts_of(prev, m.group("topic"), prev.start + m.start("topic"), "story")
        return []
    told = [o for o in clauses[starts[-1] + 1:c.index] if not o.asked and _has_verb(o.text)]
    return [a for o in told for a in _acts_of(o, o.text, o.start, "story")]


def _pointed_topic(topic: str, names) -> str:
    """The act told before a pointer in the asked clause ("进考室监考这个活…"): a verb phrase of its own,
    long enough to be more than a word said again ("检票这个" finds its request instead), or naming an act."""
    m = _POINTER_AFTER.search(topic)
    if not m:
        return ""
    before = topic[:m.start()]
    # "那这个进嫌疑人QQ实时监控聊天的活": the pointer first, the act between it and 的活 / 的事
    work = re.match(r"^(.{3,}?)的(活儿?|事情?|工作|任务)", topic[m.end():])
    if not _ASKING_LEAD.sub("", before).strip("，, ") and work:
        before = work.group(1)
    part = _clean_pred(_SUBJECT.sub("", _ASKING_LEAD.sub("", before.strip("，, "))))
    part = re.sub(r"的$", "", part)
    if not part or not _has_verb(part) or _light(part) or _meta(part) or re.search(r"[和、及跟]", part):
        return ""   # "看人和做笔录这两样": a list of acts said short points back to the requests told
    return part if len(part) >= 4 or names(part) else ""


# "请逐一判断这些做法", "分别说说": the user asks for a judgement of the acts pointed back to, no act of its own
_JUDGE = re.compile(r"(请|帮我|麻烦)?(逐一|逐个|逐条|逐项|分别|一一|挨个)?(判断|分析|评价|点评|说说|讲讲|指出|说明|看看|讲)(一下)?"
                    r"(这些|上述|以上|每个|每条|各个)?(做法|行为|事|情形|动作)?(合不合规|合不合法|对不对|行不行|违不违规|是否合规)?")


_HEARSAY = re.compile(r"(平时|平常|以前|之前|原来|我记得|记得)?(不是说|不是规定|不是讲|听说|据说|我听人说|有人说|(大家|人家|别人|他们)?都说|老说|常说)")
# "听他同事讲辅警干的事出了问题都得自己兜着，是不是这样的": whether what was heard is true — a question for the texts
_TRUTH_CHECK = re.compile(r"^(那|这)?(是不是|是)(这样|真的)(的|子)?(吗|啊|哦|哈)?$|^(真的假的|是真的吗|真的吗|对吗|对不对|是这样吗|有这回事吗)$")
_HEARD = re.compile(r"听说|听[^，。？！]{0,6}(讲|说)|(同事|别人|有人|人家|他们|老辅警|师傅|领导)[^，。？！]{0,3}(讲|说)|据说")
# "出了事要不要担责任": who answers for it, a question for the texts — no act
_LIABILITY = re.compile(r"(担|承担|负|背|扛)(什么)?(的)?责任|谁(来)?负责|担责|后果[^，。？！]{0,4}(算|归|由)")
# "我该怎么答", "标准答案该怎么写", "我想给他个准话": how to answer someone, no act of its own
_HOW_TO_ANSWER = re.compile(r"^(那|那么)?(我|我们)?(该|应该|要|得)?怎么(跟|和|对|给|回)?(他|她|他们|学员|新人|人家)?"
                            r"(答|回答|回复|说|讲|解释|交代|教)|"
                            r"(标准答案|答案|准话)")


def _acts_of(clause: Clause, text: str, offset: int, via: str, context: str = "", joining: bool = False) -> list[Act]:
    out = []
    for vp, off in _split_vps(text):
        a = _make_act(vp, offset + off, clause, via, context)
        out.append(Act(a.words, a.start, a.clause, a.via, a.negated, a.assisting, joining))
    return out


def _request_acts(clauses: list[Clause], req: Clause, before: int) -> list[Act]:
    """The acts of a request, and of the story clauses that carry it on ("让我过去支援几天，帮着管…")."""
    out = _acts_of(req, req.request, req.start + max(req.text.find(req.request), 0), "request", req.text)
    trainee = _trainee(clauses)
    for nxt in clauses[req.index + 1:before]:
        if nxt.asked or nxt.request or nxt.sentence != req.sentence or others_first(nxt.text, trainee):
            break
        if _goes_on(nxt.text):
            out += _acts_of(nxt, _THEN.sub("", nxt.text), nxt.start, "request", req.text)
    return out


def _named_request_acts(clauses: list[Clause], req: Clause, before: int, names) -> list[Act]:
    """The acts of request ``req`` when one of them names a catalogue act, else none."""
    told = _request_acts(clauses, req, before)
    return told if any(names(a.words) for a in told) else []


def _place_only(text: str, place_words: tuple[str, ...]) -> bool:
    """"在连云港也", "在重庆": a place said again beside the act, no act of its own."""
    rest = re.sub(r"(也|呢|的|这边|那边)+$", "", re.sub(r"^(在|到)", "", text))
    return bool(rest) and rest in place_words


# "后面那个可以不": the act told last
_LAST_ONE = re.compile(r"^(那|那么)?(后面|后头|后边)(那|这)(个|样|件|项)")
_ASKED_OF_HIM = re.compile(r"(?:让|叫|喊|要|安排)(他|她)(.+)$")
# "前面那个和后面那个": the first act told and the last
_FIRST_AND_LAST = re.compile(r"(前面|前头|前边)(那|这)?(个|件|样|项)?(和|跟|还有|与|以及)(后面|后头|后边)(那|这)?(个|件|样|项)?")
# "前头那两样", "前面两个": the acts told first, not the nearest
_FIRST_ONES = re.compile(r"(前头|前面|前边|开头|先头|头)(那|这)?[两二三几俩]")


def _last_sentence_acts(clauses: list[Clause], c: Clause, names) -> list[Act]:
    """"后面那个": the acts of the last sentence told before the question, request or not — those naming a
    catalogue act when some do."""
    story = [p for p in clauses[:c.index] if not p.asked and not _KNOWN.search(p.text)
             and not _reported_by_other(p.text) and _has_verb(p.request or p.text)]
    last = [p for p in story if p.sentence == story[-1].sentence] if story else []
    found = [a for p in last for a in _acts_of(p, p.request or p.text, p.start, "request" if p.request else "story")]
    return [a for a in found if names(a.words)] or found


def _first_and_last_acts(clauses: list[Clause], c: Clause) -> list[Act]:
    """"前面那个和后面那个": the acts of the first clause told and of the last, over the whole story before (it
    points past a question just asked); in a trainer's case, what the officer asked the 辅警 spoken of to do
    ("民警让他跟着去拍照…，又让他…"). None when one clause tells them all."""
    requests = [o for o in clauses if o.index < c.index and o.request]
    told = [a for a in _told_acts(clauses, c.index, -1, requests) if not _MOVE_ONLY.match(a.words)]
    if not requests:
        asked_of = [(o, m) for o in clauses[:c.index] for m in [_ASKED_OF_HIM.search(o.text)] if m]
        told = [a for o, m in asked_of for a in _acts_of(o, m.group(2), o.start + m.start(2), "request")] or told
    if not told or told[0].clause == told[-1].clause:
        return []
    return [a for a in told if a.clause in (told[0].clause, told[-1].clause)]


# a day or time opening a clause of the story ("周一…", "上礼拜…", "早上…"): acts told in turn
_ON_DAY = re.compile(r"^(周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|上礼拜|这礼拜|上周|这周|上个月|"
                     r"昨天|前天|今天|早上|上午|中午|下午|晚上|第二天|头天)")


def _told_acts(clauses: list[Clause], before: int, after: int, requests: list[Clause],
               count: int | None = None) -> list[Act]:
    """The acts a plural pointer ("这两样我能做吗") points back to: every request since the last
    question and the steps that carry it on; with no request, the user's own story clauses since then
    ("我想故意让他多等半个钟头再放行，晾晾他，这几样行不行")."""
    out: list[Act] = []
    if requests:
        for r in requests:
            out += _request_acts(clauses, r, before)
        last = max(r.index for r in requests)
        # steps told after the request in the next sentences ("…调出来，截几张图；完了再把视频拷一份")
        for nxt in clauses[last + 1:before]:
            if nxt.request or any(a.clause == nxt.index for a in out) or not _goes_on(nxt.text):
                continue
            out += _acts_of(nxt, _THEN.sub("", nxt.text), nxt.start, "request", "")
        if count and len([a for a in out if not _MOVE_ONLY.match(a.words)]) < count:
            # fewer steps than counted: the list told after the request ("派我去学校：给学生讲讲…，顺便…");
            # every act of the story for "每个行为" (a trainer's case: what the 辅警 did, not only what was asked)
            start = after + 1 if count == MANY else requests[0].index + 1
            trainee = _trainee(clauses)
            for nxt in clauses[start:before]:
                if nxt.asked or nxt.request or any(a.clause == nxt.index for a in out) or \
                        others_first(nxt.text, trainee) or not _has_verb(nxt.text) or _presence_only(nxt.text) or \
                        re.match(r"^(民警|警察|师傅)[^，。？！]{0,6}(不在|没在|没来|走了)", nxt.text):
                    continue
                out += _acts_of(nxt, nxt.text, nxt.start, "request", "")
            if len([a for a in out if not _MOVE_ONLY.match(a.words)]) < count != MANY and _ON_DAY.match(requests[0].text):
                # still fewer: what the user did on another day before the request ("周一民警带我把…登记入库；
                # 周三社区学校喊我们去讲…")
                for p in clauses[after + 1:requests[0].index]:
                    day = _ON_DAY.sub("", p.text)   # "周一民警带我把…": the officer leading, the act the user's
                    led = re.match(r"^(民警|师傅|所长)[^，。]{0,2}(带|领)着?(我|我们)", day)
                    if _ON_DAY.match(p.text) and not (p.asked or p.request or others_first(day, trainee) and not led or
                                                      not _has_verb(p.text) or _presence_only(p.text)):
                        out += _acts_of(p, p.text, p.start, "story", "")
            out.sort(key=lambda a: a.start)
        return out
    trainee = _trainee(clauses)
    for p in clauses[after + 1:before]:
        if p.asked or others_first(p.text, trainee) or _reported_by_other(p.text) or not _has_verb(p.text):
            continue
        out += _acts_of(p, p.text, p.start, "story")
    return out


def _summed_up(clauses: list[Clause], c: Clause, names) -> list[Act]:
    """The acts the user tells in the sentence of a "这些 / 这几样" question, when two or more name an act: what
    the user just listed, before older requests ("所里安排我在那里守…。我一个人在那指挥车辆、劝游客站回人行道，
    还有给乱停的车贴告知单，这些我自己弄得行不")."""
    first = all(p.sentence != c.sentence for p in clauses[:c.index])
    sentences = {c.sentence, c.sentence - 1} if first else {c.sentence}   # "…（不是罚单哈）。这些我自己弄得行不"
    told = [p for p in clauses if p.sentence in sentences and p.index < c.index and not p.asked
            and (p.request or not others_first(p.text)) and not _presence_only(p.text) and (_has_verb(p.text) or names(p.text))]
    acts = [a for p in told for a in (_request_acts(clauses, p, c.index) if p.request else
                                      _acts_of(p, _clean_pred(_SUBJECT.sub("", p.text)), p.start, "story"))]
    named = [a for a in acts if names(a.words)]
    return named if len(named) >= 2 else []


# "这个忙我帮得不", "帮她个忙可行啊": the favour asked in the story, whatever it is
_FAVOUR = re.compile(r"^(这个|这|那个|这种)?忙(我|俺)?(帮|帮帮)?$|^(帮|帮帮)(她|他|人家|他们|她们)?(这个|个|一个|这)忙$|(这个|这)忙")


def _short_list(clauses: list[Clause], c: Clause, said: str, names) -> list[Act]:
    """A list said short before a counted pointer ("拉架跟看到那个人这两样", "查证件和搜身这两样"): each part
    that names an act as it is, else the clause of the story before that holds its verb ("看到那个人" → "再把先
    动手那个看着等车子来")."""
    several, count, explicit = _plural(said)
    lead = re.sub(r"^(那|那么|那我|那你说)", "", _ASKING_LEAD.sub("", said))
    m = re.match(r"^(.{2,}?)(这|那)([两二三四五六几](样|件|个|项|种|桩)|俩)", lead)
    if not (several and explicit and count and m):
        # "那去问邻居、记下来当证据这个我能做不": a list with 、 before an uncounted pointer, every part an act
        m = re.match(r"^([^，。？！]{2,}、[^，。？！]{2,}?)(这个|这些|这样子?|这两个)", lead)
        count = len(m.group(1).split("、")) if m else None
        if not m:
            return []
    parts = [p for p in re.split(r"跟|和|、|以及|还有", m.group(1)) if p.strip()]
    if len(parts) != count or not all(_has_verb(p) or names(p) for p in parts):
        return []
    out: list[Act] = []
    told_all = True
    for part in parts:
        part = _clean_pred(_SUBJECT.sub("", part))
        if names(part):
            out += _acts_of(c, part, c.start + max(c.text.find(part), 0), "asked")
            continue
        told = _told_for(clauses, c, part)
        told_all = told_all and bool(told)
        out += told or _acts_of(c, part, c.start + max(c.text.find(part), 0), "asked")
    # every part the story told, named by the catalogue or not ("搬东西贴封条、拉人这两样": neither listed)
    return out if any(names(a.words) for a in out) or told_all else []


def _told_for(clauses: list[Clause], c: Clause, part: str) -> list[Act]:
    """The acts of the clause of the story before ``c`` that holds the verb of ``part`` — a request, or what the
    user told ("看到那个人" → "再把先动手那个看着…"); none when no clause does."""
    told, verb = None, _verb_of(re.sub(r"^(一个人|自己|单独|独自|我)+", "", part))
    for v in dict.fromkeys((verb[:2], verb[:1])):   # "看到那个人": 看到, else 看 (看着)
        # what the user says is fine is no act ("拉警戒带应该没问题")
        told = next((o for o in reversed(clauses[:c.index]) if not o.asked and v and v in (o.request or o.text)
                     and not _KNOWN.search(o.text)), None)
        if told is not None:
            break
    if told is None:
        return []
    if told.request:
        return _request_acts(clauses, told, c.index)
    return _acts_of(told, _clean_pred(_SUBJECT.sub("", told.text)), told.start, "story")


def _told_just_before(clauses: list[Clause], c: Clause) -> Clause | None:
    """The clause of ``c``'s sentence just before it, when it tells the story (no question, no request)."""
    prev = clauses[c.index - 1] if c.index > 0 else None
    return prev if prev is not None and not prev.asked and not prev.request and prev.sentence == c.sentence else None


def _listed_before(clauses: list[Clause], c: Clause, names, count: int | None = None, loose: bool = False) -> list[Act]:
    """The acts listed with "、" in the clause right before a pointing question of the same sentence ("我一个人去
    查出租屋、跟房东讲防诈骗，这样整要得不"): the user sums up what the story told, and points at it. With the
    number the user counts ("这两个"), every part when there are that many, else none."""
    prev = _told_just_before(clauses, c)
    if prev is None:
        return []
    text = re.sub(r"^(请问|想问|问一下|问下)", "", prev.text)
    # "现在有人说辅警一个人开警车、一个人去巡逻都不合规，到底哪样有问题": the acts someone says are wrong
    text = re.sub(r"^(现在|但是|可是|可)?(有人|别人|人家|同事|他们|大家|所里有人)(都)?(说|讲|觉得|认为)", "", text)
    text = re.sub(r"都?(不合规|违规|不对|不行|有问题)$", "", text)
    # "拦人分批放、背老太太出去"; "我开警车和上铐子" (joined before a verb)
    # …and, for "都" or "这几样" (``loose``), "检测跟签字出报告"
    sep = "、" if "、" in text else "和" if text.count("和") == 1 else "跟" if loose and text.count("跟") == 1 else ""
    parts = [(p, text.find(p)) for p in text.split(sep)] if sep else []
    if len(parts) < 2 or not all(_has_verb(p) or names(p) for p, _ in parts):
        return []   # "对讲机、执法记录仪、反光背心": things listed, no acts
    out = []
    for p, at in parts:
        out += _acts_of(prev, _clean_pred(_SUBJECT.sub("", p)), prev.start + len(prev.text) - len(text) + max(at, 0), "asked")
    if count is not None:
        return out if len(out) == count and any(names(a.words) for a in out) else []
    if loose and not any(names(a.words) for a in out):
        # "我一个人查、一个人开单子，这合规矩不": parts said short, each the story's clause that holds its verb
        out = [a for p, _ in parts for a in _told_for(clauses, prev, _clean_pred(_SUBJECT.sub("", p)))]
    return [a for a in out if names(a.words)]   # the parts naming no act ("取号") are the errand's steps


def _determiner(text: str, h) -> bool:
    """"那个司机要我判责任…": 这个 / 那个 before a noun opening the clause picks out its subject, it points back to
    no act (not "帮同学查这个人": the object may be the one the story told)."""
    nxt = text[h.end:h.end + 1]
    if re.match(r"[\u4e00-\u9fff]{1,4}?(我|俺|咱|能|可以|可不可以|你)", text[h.end:]):
        return False   # "这个地址我能查给她吗": the thing pointed back to, put first
    return h.phrase in ("这个", "那个") and h.start <= 1 and bool(re.match(r"[\u4e00-\u9fff]", nxt)) and \
        nxt not in "我你他她俺咱能可要得都也就还是又到活事忙么嘛呢吧啊呀的算属归合违行对有会该需用怎咋样种些"


def _said_before_modal(c: Clause, topic: str, verb: str, names) -> list[Act]:
    """"那个司机要我判责任我能判不": the verb asked alone, said with its object before the modal in the clause."""
    m = re.search(re.escape(verb) + r"[^，。？！我]{1,8}", topic) if verb else None
    return _acts_of(c, m.group(), c.start + m.start(), "asked") if m and names(m.group()) else []


def _counted_before(clauses: list[Clause], c: Clause) -> Clause | None:
    """The clause of the question's sentence just before it that ends in a counted pointer ("就干了这两件事")."""
    prev = _told_just_before(clauses, c)
    if prev is None:
        return None
    return prev if re.search(r"(这|那)([两二三四几]|一)(样|件|个|项|桩)(事|事情|活)?$", prev.text) and _plural(prev.text)[0] else None


def find_acts(clauses: list[Clause], names=lambda text, joining=False: False,
              place_words: tuple[str, ...] = ()) -> list[Act]:
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
        rule_asked = phrases.any_in(c.text, words("frame", "rule_questions"))
        if rule_asked and not _modal_spans(c.text):
            # "文职辅警跟到出去巡逻，条例头是怎么说的": the act told just before, in the same sentence
            prev = clauses[c.index - 1] if c.index > 0 else None
            says = re.search(r"怎么说|咋说|咋个说|怎么规定|怎么写|有什么规定|有没有讲|有说法|有没有说法|咋讲|啷个说|咋回事|怎么回事|什么说法|啥子?说法|怎么讲|咋个讲", c.text) and \
                not phrases.any_in(c.text, words("intent", "compare"))
            told_before = says and prev is not None and not prev.asked and prev.sentence == c.sentence and not prev.request
            if told_before and _has_verb(prev.text) and not any(a.clause == prev.index for a in acts) and names(prev.text):
                acts += _acts_of(prev, _clean_pred(_SUBJECT.sub("", prev.text)), prev.start, "asked")
                continue
            if told_before and _POINTER_AFTER.search(prev.text) and len(_strip_back_reference(prev.text)) >= 4:
                # "辅警飞警用无人机这事，办法里有没有说法": the act before the pointer, named by the catalogue or not
                acts += _acts_of(prev, _clean_pred(_SUBJECT.sub("", _strip_back_reference(prev.text))), prev.start, "asked")
                continue
            if not says or acts:
                continue   # "两地规定一样吗", "依据哪一条": a question on the texts, asked beside the act
            # "勤务辅警干这种活，条例里有说法没得": nothing named just before — it points back like "这个"
        if c.text.startswith("还是") and _meta(c.text):
            continue   # "我能不能先冲上去拉开？还是非得等民警回来？": the situation of the act asked, no act of its own
        heard = c.index > 0 and _TRUTH_CHECK.match(c.text.strip()) and _HEARD.search(clauses[c.index - 1].text)
        if heard or _HEARSAY.match(c.text) or _HOW_TO_ANSWER.search(c.text) or _LIABILITY.search(c.text):
            continue   # "不是说辅警不能调查取证吗": a rule the user heard of, quoted against the act asked
        pred = _clean_pred(c.predicate)
        if re.fullmatch(r"(交给|派给|安排给|分给)(他|她|我|他们|她们)(来|去)?(做|干|弄|管)?", pred):
            pred = ""   # "这种活能不能交给他": handing over the work pointed back to, no act of its own
        if phrases.any_in(pred, words("frame", "act_judgements")) and len(pred) <= 8:
            pred = ""   # "要是真这样整了，算啥子问题": what the act told counts as, no act of its own
        if _qualification_only(pred):
            pred = ""   # "骑这个警用摩托，莫得摩托驾照得行不": the condition of the act told before, no act of its own
        topic = _without_modals(c.text[: max(0, c.predicate_start - c.start)])
        if phrases.any_in(c.text, words("intent", "lookup_topics")) and pred and not names(pred) and \
                not names(_clean_pred(topic) + pred) and not _plural(c.text)[1]:
            continue   # "产假这些休息休假能不能正常休", "有没有生育保险": pay, leave, insurance asked — no act
        if asked_of_institution(c.text, pred):
            continue   # "医院对受伤的辅警是不是要先救治": what another must do, a question for the texts
        # the request that asks for help ("喊我帮他在系统里查…"), not an offer beside it ("还说请我吃江湖菜")
        asked_of = [o for o in clauses[:c.index] if o.request] if _FAVOUR.search(pred) else []
        favour = next((o for o in reversed(asked_of) if "帮" in o.request), asked_of[-1] if asked_of else None)
        if favour is not None:
            acts += _request_acts(clauses, favour, c.index)   # "她求我帮她把门锁撬了…，这个忙我帮得不": that favour
            continue
        before_modal = _clean_pred(_SUBJECT.sub("", topic))
        if _presence_only(pred) and before_modal and names(before_modal):
            # "辅警维持秩序必须跟着民警吗": who must be there, asked of the act before it
            acts += _acts_of(c, before_modal, c.start, "asked")
            continue
        prev = clauses[c.index - 1] if c.index > 0 else None
        if _presence_only(pred) and not before_modal and prev is not None and not prev.asked and \
                prev.sentence == c.sentence and names(_clean_pred(_SUBJECT.sub("", prev.text))):
            # "勤务辅警上路设卡查酒驾，必须得有民警跟着吗": who must be there, asked of the act told just before
            acts += _acts_of(prev, _clean_pred(_SUBJECT.sub("", prev.text)), prev.start, "asked")
            continue
        if _presence_only(pred) and _plural(topic + c.predicate)[0]:
            pred = ""   # "这三样哪个需要民警跟着": who must be there, asked of each act told
        elif _CONSEQUENCE.search(pred) or _presence_only(pred):
            continue   # "再等就来不及了", "不带民警？": the situation, not an act
        # the pointer may be what _clean_pred took off as the subject ("后面这两样我能干吗")
        said = topic + c.predicate
        last_one = _LAST_ONE.search(said)
        if last_one and _has_verb(_clean_pred(_without_modals(said[last_one.end():]))):
            last_one = None   # "后面这个一个人看人我照做行吗": the act is named after the pointer
        if last_one:
            found = _last_sentence_acts(clauses, c, names)
            if found:
                acts += found   # "…让我帮他查查他老婆去了哪、看看监控。前面那个肯定没事，后面这个能帮不"
                continue
        elif _FIRST_AND_LAST.search(said):
            found = _first_and_last_acts(clauses, c)
            if found:
                acts += found   # "前面那个和后面那个他能不能做"
                continue
        backref = any(not _determiner(said, h) for h in
                      phrases.hits(said, [w for w in words("frame", "back_references") if len(w) > 1])) or \
            pred in ("这", "那") or _plural(said)[2]
        if backref and pred and not _has_verb(pred) and len(pred) <= 3:
            pred = ""   # "后面": which of the acts told, no act of its own
        named_first = _pointed_topic(topic, names)
        work = re.match(r"^(.{3,}?)(这个活儿?|这个事儿?|这件事|这种活|这活)(我们|我|咱们|勤务辅警|文职辅警|辅警)?$", c.predicate)
        if not named_first and work:
            named_first = _pointed_topic(work.group(1) + work.group(2), names)   # "进考场监考这个活辅警可以接吗"
        if backref and named_first:
            # "跟着民警巡监区这个活他能干不", "进考室监考这个活可以接不": the words before the pointer tell the act
            acts += _acts_of(c, named_first, c.start + max(c.text.find(named_first), 0), "asked")
            continue
        short = _short_list(clauses, c, said, names)
        prev = _told_just_before(clauses, c)
        if not short and prev is not None and re.search(r"(这|那)[两二三四几俩](样|件|个|项|种|桩)?$", prev.text):
            # "引导车辆和提醒司机违法这两样，我按对讲机里说的做要得不": the list is the clause before the question
            short = _short_list(clauses, prev, prev.text, names)
        if short:
            acts += short   # "拉架跟看到那个人这两样我都做得噻": each part, as the story told it
            continue
        if backref and pred and _has_verb(pred) and not _plural(said)[0] and names(pred) and \
                not phrases.any_in(pred, [w for w in words("frame", "back_references") if len(w) > 2]):
            backref = False   # "我能不能骑那个警用摩托上山": the act named with its object, 那个 only picks the thing
        rest = _clean_pred(_strip_back_reference(pred))
        first_part = re.split("[、，]", rest)[0] if rest else ""
        if backref and rest and _has_verb(rest) and not _bare(rest) and not _light(first_part) and \
                not _JUDGE.fullmatch(first_part) and not re.search(r"(哪些|哪个|哪几|哪条|哪样|哪项)", first_part):
            held = _request_for(clauses, c.index, _verb_of(rest))
            if held is not None and _verb_of(rest) in held.request and not names(rest):
                acts += _request_acts(clauses, held, c.index)   # "开发这个活本身没问题吧": 让我开发一个…APP
                continue
            if names(rest) or not _plural(said)[2]:
                pred, backref = rest, False   # "这样提醒他可以吧": the act is named after the pointer
            # "这两个送东西的事": a counted pointer with words naming no act points back to the acts told
        asked_for = re.match(r"^(.{2,}?)(到底|究竟)?(要|需要|得|需)(满足|具备|有)?(什么|啥子?|哪些)(条件|资格|要求|前提|手续)", pred)
        if asked_for and not _clean_pred(_SUBJECT.sub("", topic)) and \
                names(_clean_pred(_SUBJECT.sub("", asked_for.group(1)))):
            pred = _clean_pred(_SUBJECT.sub("", asked_for.group(1)))   # "他开警车到底要啥子条件": the act before it
        elif re.search(r"条件|资格|要求|前提|手续", pred) and _clean_pred(_SUBJECT.sub("", topic)):
            pred = _clean_pred(topic)    # "开警车需要满足什么条件": the act is before the question
        elif re.search(r"条件|资格|前提", pred) and not _clean_pred(_SUBJECT.sub("", topic)) and c.index > 0 \
                and not clauses[c.index - 1].asked:
            prev = clauses[c.index - 1]   # "勤务辅警驾驶警车出警 需不需要什么条件": the clause before
            acts += _acts_of(prev, _clean_pred(prev.text), prev.start, "asked")
            continue
        # "连云港的规定允许吗": a place and the texts, no act of its own — it points back to the story
        pointer = not pred or backref or rule_asked or _bare(pred) or _meta(c.text) or _light(pred) or \
            _place_only(re.sub(r"(的|规定|条例|办法|里)+$", "", pred), place_words)
        if not pointer:
            obj = _topic_object(topic)
            if obj and len(_strip(pred)) <= 3 and not names(_strip(pred)) and names(_strip(pred) + obj):
                acts += _acts_of(c, _strip(pred) + obj, c.predicate_start, "asked", topic)   # "材料我能先收下吧"
                continue
            found = _acts_of(c, pred, c.predicate_start, "asked", topic)
            if not any(names(a.words) for a in found) and _clean_pred(topic) and names(_clean_pred(topic) + pred):
                found = _acts_of(c, _clean_pred(topic) + pred, c.start, "asked")   # "鉴定报告能不能由我出"
            if re.match(r"^(帮|替)(他|她|他们|她们|人家)(?=.)", pred):
                # "求我帮他查查他老婆住过哪些宾馆…我能帮他查吗": the favour asked, said again by its verb
                core = re.sub(r"^(帮|替)(他|她|他们|她们|人家)", "", _verb_of(pred))
                held = _request_for(clauses, c.index, core)
                if held is not None and core and core in held.request:
                    found = _request_acts(clauses, held, c.index)
                elif core in ("弄", "做", "搞", "干", "办", "整"):
                    # "这个活我能帮他弄不": a light verb says the favour again, whatever it was
                    held = next((o for o in reversed(clauses[:c.index]) if o.request), None)
                    found = _request_acts(clauses, held, c.index) if held is not None else found
            handed = _handed_over(clauses, c.index)
            if not any(names(a.words) for a in found) and handed and names(pred + handed):
                found = _acts_of(c, pred + handed, c.predicate_start, "asked", topic)   # "把配枪交给我…我能帮他保管吗"
            if not any(names(a.words) for a in found):
                # "喊我先给她做个受案登记。我一个人登记行不行": the request said again by its verb alone
                # "能上岗做咨询吗" after "让我给一线民警做心理疏导、心理咨询": the light words before it are no part
                verb = re.sub(r"^(上岗|上手|动手|出手|出去|过去|去|来)?(做|搞|干|弄)?(?=.)", "", _verb_of(pred))
                verb = re.sub(r"(?<=.)(人|他|她|东西|课|话)$", "", verb)   # "一个人看人", "讲课": the verb, its object the request's
                verb = re.sub(r"^(给|帮|替|让他|让她|叫他|叫她)(他|她|他们|她们|人家)?(?=.)", "", verb)   # "我能给定吗" after "要我定责任"; "帮他查"
                held = _request_for(clauses, c.index, verb)
                if held is not None and (len(verb) >= 2 and _said_again(verb, held.request) or
                                         len(verb) == 1 and _word_of(verb, held.request)):   # "上手查": "查查出租屋…"
                    found = _named_request_acts(clauses, held, c.index, names) or found
            if not any(names(a.words) for a in found):
                found = _said_before_modal(c, topic, _verb_of(pred), names) or found
            topic_first = re.match(r"^([\u4e00-\u9fff]{2,4}?)(我|俺|咱|自己|一个人)", pred)
            if not any(names(a.words) for a in found) and topic_first:
                # "笔录我一个人做得不": the thing named first is what the request was about
                core = topic_first.group(1)
                held = next((o for o in reversed(clauses[:c.index]) if o.request and core in o.request), None)
                if held is not None:
                    found = _named_request_acts(clauses, held, c.index, names) or found
            acts += found
            continue
        if backref and c.index > 0 and clauses[c.index - 1].asked and len(pred) <= 4 and not _plural(said)[0]:
            continue   # "…吗，这算不算越权": the act was just asked (not "这两样": more than it)
        framed = [] if _plural(said)[0] else _framed_story(clauses, c)
        if framed:
            acts += framed   # "我想问下，民警走了之后就我一个人守着他，这样子合不合规定": what the user sets out to ask
            continue
        verb = _verb_of(pred)
        joining = bool(re.search(r"跟着|一起|也去|参加|加入|跟风|跟上|这种活动", c.text))
        last_q = max((o.index for o in clauses if o.asked and o.index < c.index), default=-1)
        requests = [o for o in clauses if last_q < o.index < c.index and o.request]
        several, count, explicit = _plural(said)
        until = c.index
        counted = _counted_before(clauses, c) if not pred and not several else None
        if counted is not None:
            # "我没等民警来就干了这两件事，有问题吗": the clause before counts the acts the question asks about
            several, count, explicit = _plural(counted.text)
            until = counted.index
        listed = _listed_before(clauses, c, names, count) if several and explicit and count and count != MANY else []
        if listed:
            acts += listed   # "拦人分批放、背老太太出去，这两个我们干都没毛病吧": as many acts as the user counts
            continue
        # the user's own list just before the question: for "都", "这几样" it goes before the requests of the story
        # ("…给他吹气、民警走了放他走不罚、把他驾驶证先收到起，这几样哪样可以", "检测跟签字出报告，我都可以做哇")
        own_list = _listed_before(clauses, c, names, loose=True)
        if own_list and several and (count == MANY or not count):
            acts += own_list
            continue
        summed = _summed_up(clauses, c, names) if several and (count is None or count == MANY) else []
        if summed:
            acts += summed   # "我一个人在那指挥车辆、劝游客站回人行道，还有给乱停的车贴告知单，这些我自己弄得行不"
            continue
        if several and (explicit or requests):
            told = [a for a in _told_acts(clauses, until, last_q, requests, count) if not _MOVE_ONLY.match(a.words)]
            named = [a for a in told if names(a.words, a.joining)]
            if count and count != MANY and _FIRST_ONES.search(said) and len(told) >= count:
                named = told[:count]   # "前头那两样活": the first acts told, named or not
            elif count == MANY:
                pass        # "这几样", "每个行为": the acts that name a catalogue act (else all told)
            elif count and len(named) < count:
                # fewer named acts than the user counts: the nearest others too (answered as not addressed)
                extra = [a for a in told if a not in named][-(count - len(named)):]
                named = sorted(named + extra, key=lambda a: a.start)
            elif count:
                named = named[-count:]
            if named or told:
                acts += named or told
                continue
        if own_list:
            acts += own_list   # "拦人分批放、背老太太出去，这两个我们干都没毛病吧": the list said again just before
            continue
        verb_with_object = _said_before_modal(c, topic, verb, names)
        if verb_with_object:
            acts += verb_with_object
            continue
        req = _request_for(clauses, c.index, verb)
        readings: list[list[Act]] = []
        # a one-character verb must begin a word of the request ("开" is not in "把事说开")
        if req is not None and verb and verb not in ("去", "来") and verb in req.request and \
                (len(verb) > 1 or _begins_word(verb, req.request)):
            acts += _request_acts(clauses, req, c.index)   # "护士让我帮忙签…，我能签吗": that request, named or not
            continue
        obj = _topic_object(topic)
        core = re.sub(r"(这个|那个|这件事|这事|这些|这|那)+$", "", obj or "")
        if not core:
            # "搜手机这个事规定里有没有说我能干": the words before the pointer name what it points to
            lead = re.split(r"这个|那个|这件|这事|这种|这些", topic, maxsplit=1)
            core = _clean_pred(lead[0]) if len(lead) > 1 else ""
        held = next((o for o in reversed(clauses[:c.index]) if o.request and len(core) >= 2 and
                     _said_again(core, o.request, gap=8)), None)
        if held is not None:
            acts += _request_acts(clauses, held, c.index)   # "…帮他们检票、核门票。检票这个我能帮忙不": that request
            continue
        if pred and obj:
            readings.append(_acts_of(c, pred + obj, c.predicate_start, "asked", topic))   # "烟能收吗" → "收烟"
        if pred and not backref:
            readings.append(_acts_of(c, c.predicate, c.predicate_start, "asked", topic))   # "拦" + 抢包 in the story
        if pred and _clean_pred(topic) and not backref:
            readings.append(_acts_of(c, _clean_pred(topic) + pred, c.start, "asked"))    # "受伤被困的人可以去救吗"
        handed = _handed_over(clauses, c.index)
        if verb and handed and not backref:
            readings.append(_acts_of(c, verb + handed, c.predicate_start, "asked", topic))   # "把手机交给我…能保管吗"
        prev = _previous(clauses, c, all_of_sentence=not pred, joining=joining)
        story = [a for p in prev for a in _acts_of(p, p.text, p.start, "story", joining=joining)]
        # "…喊我帮他把人铐起。…还有当时我脑壳一热，想去摸师傅的枪拿出来吓他，这个我能不能做": what the user tells
        # in the pointing question's own sentence comes before a request of an earlier one
        own_first = story and req is not None and req.sentence < c.sentence and all(p.sentence == c.sentence for p in prev) \
            and _bare(_clean_pred(_strip_back_reference(pred)))   # a bare pointer (an empty one too)
        if own_first:
            readings.append(story)
        if req is not None:
            readings.append(_request_acts(clauses, req, c.index))
        if req is not None and (joining or re.search(r"跟着|一起|陪着|陪同", req.request)) and \
                not any(names(a.words) for a in _request_acts(clauses, req, c.index)):
            # "民警要去查外国人的住宿登记，叫我跟着一起去": joining the officer's act told before the request
            before_req = [p for p in clauses if p.index < req.index and p.sentence == req.sentence and not p.asked]
            story = [a for p in before_req[-1:] for a in _acts_of(p, p.text, p.start, "story", joining=True)] + story
        if story and not own_first:
            readings.append(story)
        # "…喊大家一齐不上班，搞罢工。我也觉得工资低，跟着参加会不会有问题": the sentence before, when the
        # clauses next to the question name nothing
        told = {p.sentence for p in prev}
        for back in range(c.sentence - 1, max(-1, c.sentence - 3), -1):
            earlier = [p for p in clauses if p.sentence == back and not p.asked and not _reported_by_other(p.text)
                       and not _KNOWN.search(p.text) and not _USUAL.match(p.text)]
            if earlier and back not in told:
                readings.append([a for p in earlier for a in _acts_of(p, p.text, p.start, "story", joining=joining)])
        chosen = next((r for r in readings if any(names(a.words, a.joining) for a in r)), None)
        if chosen is None:
            fallback = _request_acts(clauses, req, c.index) if req is not None else (readings[0] if readings else [])
            chosen = fallback or _acts_of(c, pred or c.text, c.predicate_start, "asked", topic)
        else:   # of the story pointed back to, the parts that name an act ("碰到小刮擦" names none)
            chosen = [a for a in chosen if names(a.words, a.joining)]
        acts += chosen
    # a request told after the last question is asked too ("这个没问题吧，还有…民警让我当场给房东开个罚款单")
    last_q = max((c.index for c in clauses if c.asked), default=-1)
    for c in clauses[last_q + 1:]:
        if c.request and last_q >= 0 and not any(a.clause == c.index for a in acts):
            acts += [a for a in _request_acts(clauses, c, len(clauses)) if names(a.words, a.joining)]
    # "维持秩序必须跟着民警吗？能不能自己单独带一片": a vague act right after one that names an act asks about that act
    # alone — its situation, not another act
    named_clauses = {a.clause for a in acts if names(a.words, a.joining)}
    acts = [a for a in acts if a.clause in named_clauses or not named_clauses or
            not (a.via == "asked" and a.clause - 1 in named_clauses and len(_verb_of(_strip(a.words))) <= 3)]
    # "我一个人去讲要得不，还想问一哈…算不算工伤，有没有保险": a question on pay, insurance, leave… asked beside
    # an act is a question for the texts, not a second act
    if named_clauses:
        topical = {c.index for c in clauses if c.asked and phrases.any_in(c.text, words("intent", "lookup_topics"))}
        acts = [a for a in acts if a.clause not in topical - named_clauses or names(a.words, a.joining)]
    # the same words asked twice ("能巡逻吗？巡逻可以吗") are one act; words naming only a place ("在连云港也") none
    seen, out = set(), []
    for a in acts:
        if _place_only(a.words, place_words):
            continue
        if a.words and a.words not in seen:
            seen.add(a.words)
            out.append(a)
    return out

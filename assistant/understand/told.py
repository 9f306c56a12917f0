"""What a pointing question takes from the story told before it.

"这两样我能做吗", "这几样哪样可以", "后面那个", "前面那个和后面那个", "拉架跟看到那个人这两样", "我一个人去查出租屋、
跟房东讲防诈骗，这样整要得不": the requests since the last question and the steps that carry them on, the acts
the user lists just before, a list said short and matched to the clauses that hold its verbs, the acts of the
first and of the last clause told, what an asking frame ("我想问下，…") sets out. Read by :mod:`.acts`; where a
single pointer looks is :mod:`.pointers`.

>>> from assistant.understand.clauses import split
>>> cs = split("民警让我去查出租屋，又让我给房东讲防诈骗，这两样我能做吗")
>>> [a.words for a in _told_acts(cs, 2, -1, [o for o in cs if o.request])]
['查出租屋', '给房东讲防诈骗']
"""

from __future__ import annotations

import re

from jieba import posseg

from .clauses import _KNOWN, ASK_THEM, QUESTION_LEAD, Clause, _is_frame, others_first
from .pointers import GO_ONLY, _MOVE_ONLY, _THEN, _WORRIED, MANY, _goes_on, _plural, _presence_only, _reported_by_other, _trainee, usual
from .predicates import _SUBJECT, _clean_pred, _has_verb, _verb_of, _without_nouns
from .vps import Act, _acts_of, _request_acts

_ASKING_LEAD = re.compile(r"^(那|那么|还有|另外|以及|再就是|再有|可|但|可是|但是|" + QUESTION_LEAD + r"|"
                          r"(我)?(就|只|主要)?(是)?想问(一?(下|哈)|问)?|问一?(下|哈)|请问|(我)?(想)?确认一?下|"
                          r"[\u4e00-\u9fff]{1,4}?(回来|过来|跑来|私下)?问我)+")


_ASK_FRAME = re.compile(r"^(我)?((就|只是)?(想|要)|主要是|主要)(问|请教|咨询|确认)(一)?(下|哈|问)?(的是)?|请问$")


_FRAMED_TOPIC = re.compile(r"^(我)?(就|只|主要)?(是)?(想|只想)?问(?!题)(问|一下|下|哈|一哈|的(就|只)?是)?(?P<topic>.{3,}?)(这个|这件事|这事|这一块|这块)?$")


def _framed_story(clauses: list[Clause], c: Clause) -> list[Act]:
    """The clauses between an asking frame ("我想问下", "请问") and the pointing question of the same
    sentence: what the user sets out to ask about."""
    same = [o for o in clauses[:c.index] if o.sentence == c.sentence]
    starts = [o.index for o in same if _ASK_FRAME.fullmatch(o.text.strip())]
    if not starts:
        # "就想问问跟着出现场勘查这个，文件里有没有说文职能干": the frame and what it asks about in one clause
        prev = same[-1] if same else None
        # (…not a step of a request told before it: "叫俺把动手那个的身份证要过来查查，问问他是干啥的")
        # (…nor a bare 问问 after an act of the user's own in the sentence: "俺想把先动手那个带到边上盘问一下，问问他叫啥")
        step = prev is not None and re.match(r"(问问|问一下|问下|问一哈)", prev.text) and any(_has_verb(o.text) for o in same[:-1])
        m = _FRAMED_TOPIC.match(prev.text) if prev is not None and not prev.asked and not step and \
            not any(o.request for o in same[:-1]) else None
        # …not a topic that only points back itself ("想问下要是真这样整了，算啥子问题")
        # …nor only who is there ("想问下民警不在场的情况下，这样做合不合规定": the acts told before are asked)
        if m and _has_verb(m.group("topic")) and not re.search(r"(这样|那样|这么|那么)(整|做|干|搞|弄)", m.group("topic")) and \
                not _presence_only(m.group("topic")):
            return _acts_of(prev, m.group("topic"), prev.start + m.start("topic"), "story")
        return []
    told = [o for o in clauses[starts[-1] + 1:c.index] if not o.asked and _has_verb(o.text)]
    return [a for o in told for a in _acts_of(o, o.text, o.start, "story")]

# "后面那个可以不": the act told last
# (…after who said it: "他说的后面那件事", "刚才说的后头那个")
_LAST_ONE = re.compile(r"^(那|那么)?([^，。？！]{0,4}说的|刚才|刚刚)?(后面|后头|后边)(那|这)(个|样|件|项|步|一步|环节|一环)|"
                       # "这后半截我一个文职能干吗": the latter half of what was told
                       r"^(那|那么)?(这|那)?(后半截|后半段|后半部分|后一半|后一截)")
# "前面那个安排合不合规": the first of the requests told
_FIRST_ONE = re.compile(r"^(那|那么)?([^，。？！]{0,4}说的|刚才|刚刚)?(前面|前头|前边|头一个|第一个)(那|这)?(个|样|件|项|步|一步|安排|事)")
_ASKED_OF_HIM = re.compile(r"(?:让|叫|喊|要|安排)(他|她)(.+)$")
# "前面那个和后面那个": the first act told and the last
_FIRST_AND_LAST = re.compile(r"(前面|前头|前边|之前|上次|先前)(那|这)?(个|件|样|项)?(和|跟|还有|与|以及)(后面|后头|后边|现在|今天|这次)(那|这)?(个|件|样|项)?|"
                             # "前后这两段活", "前后两步": the same, said short
                             r"前后(这|那)?(两|二|俩)(段|步|个|件|样|项|次|回|截|部分)?|"
                             # "前一项、后一项分别行不行"
                             r"前(一|面|头|边)?(那|这)?(一)?(项|个|件|样|步|段)[、，,和跟及](还有)?后(一|面|头|边)?(那|这)?(一)?(项|个|件|样|步|段)")
# "前头那两样", "前面两个": the acts told first, not the nearest
_FIRST_ONES = re.compile(r"(前头|前面|前边|开头|先头|头)(那|这)?[两二三几俩]")


def _last_sentence_acts(clauses: list[Clause], c: Clause, names) -> list[Act]:
    """"后面那个": the acts of the last sentence told before the question, request or not — those naming a
    catalogue act when some do."""
    # (…not the first one pointed at and set aside: "前面那个我懂，后面那样行吗")
    story = [p for p in clauses[:c.index] if not p.asked and not _KNOWN.search(p.text)
             and not _reported_by_other(p.text) and _has_verb(p.request or p.text)
             and not re.match(r"^(前面|前头|前边|头一个|第一个)(的)?(那|这)(个|样|件|步|些)", p.text)]
    last = [p for p in story if p.sentence == story[-1].sentence] if story else []
    # (…in one sentence of steps, those after its "然后": "先让两边把车挪到路边，然后你看下监控判一下…，把认定书开了")
    then = next((i for i, p in enumerate(last) if i > 0 and _THEN_STEP.match(p.text)), None)
    if then is not None:
        last = last[then:]
    found = [a for p in last for a in _acts_of(p, p.request or p.text, p.start, "request" if p.request else "story")]
    return [a for a in found if names(a.words)] or found


_THEN_STEP = re.compile(r"(然后|接着|之后|再|完了|回来又|后来|又)(你|我)?")


def _first_request_acts(clauses: list[Clause], c: Clause, names) -> list[Act]:
    """"前面那个安排": the first of two or more requests told before the question, with the steps that go on with it."""
    requests = [o for o in clauses[:c.index] if o.request and not o.asked]
    if len(requests) < 2:
        return []
    first = requests[0]
    acts = _request_acts(clauses, first, requests[1].index)
    return [a for a in acts if names(a.words)] or acts


# "还有个外地来打工的说想登记下流动人口信息": what someone else says they want, no step of the user's
_OTHERS_WISH = re.compile(r"^(还有|另外|又有|有)(个|一个|几个|位|一位)[^，。？！我俺]{1,12}?(说|讲)(想|要|让|请)")
# "辅警照办了": the request carried out — the request is the step, no other
_DID_AS_TOLD = re.compile(r"^[^，。？！]{0,6}?(照办|照做|照着做|照着办|按他说的做|按他说的办|按民警说的做|听了他的)(了)?$")


def _told_step(p: Clause, trainee) -> bool:
    """A clause of the story that tells something the 辅警 of it did: not asked, not the trainer's frame, not of
    someone else first, with a verb, not only who is there."""
    return not (p.asked or _is_frame(p.text) or others_first(p.text, trainee) or not _has_verb(p.text)
                or _presence_only(p.text) or _OTHERS_WISH.match(p.text) is not None
                or _DID_AS_TOLD.match(p.text) is not None)



def _first_and_last_acts(clauses: list[Clause], c: Clause, names) -> list[Act]:
    """"前面那个和后面那个": the acts of the first clause told and of the last, over the whole story before (it
    points past a question just asked); in a trainer's case, what the officer asked the 辅警 spoken of to do
    ("民警让他跟着去拍照…，又让他…"). An act the 辅警 did before the first request comes first ("跟着社区民警去查
    出租屋…走之前交代小陈把…登记完": the first part is the one done with the officer). None when one clause
    tells them all."""
    requests = [o for o in clauses if o.index < c.index and o.request]
    told = [a for a in _told_acts(clauses, c.index, -1, requests) if not _MOVE_ONLY.match(a.words)]
    if requests:
        trainee = _trainee(clauses)
        earlier = [a for p in clauses[:requests[0].index]
                   if _told_step(p, trainee) and not (_reported_by_other(p.text) or usual(clauses, p)
                                                      or re.match(r"^(他|她|我)?(平时|平常|日常|一般|每天|本来)", p.text))
                   for a in _acts_of(p, p.text, p.start, "story") if names(a.words)]
        told = earlier[:1] + told
    else:
        asked_of = [(o, m) for o in clauses[:c.index] for m in [_ASKED_OF_HIM.search(o.text)] if m]
        told = [a for o, m in asked_of for a in _acts_of(o, m.group(2), o.start + m.start(2), "request")] or told
    if not told or told[0].clause == told[-1].clause:
        return []
    return [a for a in told if a.clause in (told[0].clause, told[-1].clause)]


# "我想…", "我本来打算…": what the user means to do
_OWN_WISH = re.compile(r"^(我|俺)(本来|原本|还|也)?(想|要|打算|准备|寻思)")


# a trainer's examples counted ("举两个例子让大家判断", "下面两个情况"): each told before the request it ends with
_EXAMPLES = re.compile(r"举(了)?[两二三几俩]?(个)?(例子|案例)|[两二三几俩](个)?(例子|案例|场景)|让(大家|学员|学生|新人|新辅警)(们)?(判断|讨论|分析|评评)")
# who the user is, said alone ("重庆的勤务辅警", "我是连云港的文职辅警"): no act told
_SELF_INTRO = re.compile(r"(我|俺)?(是|在)?[^，。？！]{0,8}?(的)?(勤务|文职)?(辅警|协警)(一枚|一名|一个)?")
# a day or time opening a clause of the story ("周一…", "上礼拜…", "早上…", "有天…"): acts told in turn
_ON_DAY = re.compile(r"^(周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|上礼拜|这礼拜|上周|这周|上个月|"
                     r"昨天|前天|今天|早上|上午|中午|下午|晚上|第二天|头天|有天|有一天|那天|有一次|有次)")


# the officer leading the user in work told before a request ("民警带着俺对…查身份证", "师傅领着我去…")
_LED_ME = re.compile(r"^[^，。？！]{0,8}?(民警|师傅|警察|带班民警|带班的|社区民警|所长)(一直|就|先)?(带着|带起|领着|领起)(我|俺|她|他)(们)?(一起|一块)?")


def counts_examples(clauses: list[Clause], after: int, before: int) -> bool:
    """A trainer counts examples told one after another (:data:`_EXAMPLES`), not the acts of the last one."""
    return any(_EXAMPLES.search(p.text) for p in clauses[after + 1:before])


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
                if nxt.request or any(a.clause == nxt.index for a in out) or not _told_step(nxt, trainee) or \
                        re.match(r"^(民警|警察|师傅)[^，。？！]{0,6}(不在|没在|没来|走了)", nxt.text):
                    continue
                out += _acts_of(nxt, nxt.text, nxt.start, "request", "")
            still_fewer = len([a for a in out if not _MOVE_ONLY.match(a.words)]) < count != MANY
            if still_fewer and not _ON_DAY.match(requests[0].text):
                # still fewer: what the user means to do, told before the request ("我想穿着辅警制服去当伴郎拍照，表弟
                # 也想借我的工作证拍个照…这两件事")
                before_req = clauses[after + 1:requests[0].index]
                for p in before_req:
                    wish = _OWN_WISH.match(p.text)
                    if wish and not p.asked and _has_verb(p.text):
                        out += _acts_of(p, p.text[wish.end():], p.start + wish.end(), "story", "")
                if len([a for a in out if not _MOVE_ONLY.match(a.words)]) < count:
                    # …or what the user did before it ("…我就一个人先冲上去把他们拉开了。等民警过来…喊我把打人那个看到起。
                    # 这两样我整得不"): the user's own act told last before the request
                    own = [p for p in before_req if _DID_IT.match(p.text) and not p.asked and _has_verb(p.text)
                           and not usual(clauses, p) and not _presence_only(p.text)]
                    for p in own[-(count - len(out)):] if count > len(out) else []:
                        done = _DID_IT.match(p.text)
                        out += _acts_of(p, p.text[done.end():], p.start + done.end(), "story", "")
                if len([a for a in out if not _MOVE_ONLY.match(a.words)]) < count:
                    # …or what the officer led the user to do before it ("民警带着俺对几个形迹可疑的人查身份证问情况。民警还让
                    # 俺…讲讲防电诈。这两样俺都能干吧"): the work done under that lead
                    led = [p for p in before_req if _LED_ME.match(p.text) and not p.asked and
                           _has_verb(p.text[_LED_ME.match(p.text).end():])]
                    for p in led[-(count - len(out)):] if count > len(out) else []:
                        done = _LED_ME.match(p.text)
                        out += _acts_of(p, p.text[done.end():], p.start + done.end(), "story", "")
            elif still_fewer:
                # still fewer: what the user did on another day before the request ("周一民警带我把…登记入库；
                # 周三社区学校喊我们去讲…")
                for p in clauses[after + 1:requests[0].index]:
                    day = _ON_DAY.sub("", p.text)   # "周一民警带我把…": the officer leading, the act the user's
                    led = re.match(r"^(民警|师傅|所长)[^，。]{0,2}(带|领)着?(我|我们|他|她)", day)
                    if (_ON_DAY.match(p.text) or led) and not (p.asked or p.request or others_first(day, trainee) and not led or
                                                      not _has_verb(p.text) or _presence_only(p.text)):
                        if led and led.group(3) in ("他", "她"):
                            # "民警带着她上街巡逻了一下午" (a trainer's case): the work she was led in
                            at = p.text.index(day) + led.end()
                            out += _acts_of(p, p.text[at:], p.start + at, "story", "")
                        else:
                            out += _acts_of(p, p.text, p.start, "story", "")
            out.sort(key=lambda a: a.start)
        if count and counts_examples(clauses, after, requests[0].index):
            # "举两个例子让大家判断：小吴下班了…穿着辅警制服去逛街；还有一次所里让他…": the trainer's examples, each
            # told before the request, count as well as what was asked of the 辅警 in the last one
            trainee = _trainee(clauses)
            examples = [a for p in clauses[after + 1:requests[0].index]
                        if not (p.asked or p.request or _EXAMPLES.search(p.text) or _is_frame(p.text) or
                                others_first(p.text, trainee) or not _has_verb(p.text))
                        for a in _acts_of(p, p.text, p.start, "story", "")]
            out = sorted(examples + out, key=lambda a: a.start)
        return out
    trainee = _trainee(clauses)
    for p in clauses[after + 1:before]:
        if p.asked or others_first(p.text, trainee) or _reported_by_other(p.text) or not _has_verb(p.text) or _is_frame(p.text) \
                or _WORRIED.search(p.text) or _SELF_INTRO.fullmatch(p.text):
            continue   # (…nor how the teller took it: "俺听了吓一跳")
        if _EVEN.match(p.text) and out and out[-1].clause == p.index - 1:
            continue   # "…跟人家讲所里在办的案子，连嫌疑人叫啥都说了": how far the act before went, no act of its own
        quoted = _SAID_QUOTE.search(p.text)
        if quoted and (_has_verb(quoted.group("q")) or _DECIDED.match(quoted.group("q"))):
            # "跟先动手那个说“罚你200": what the 辅警 says to someone is the act ("罚你200": a fine imposed) — beside the
            # clause as told, whichever of the two names an act ("跟他们说“后车全责": the finding said)
            out += _acts_of(p, quoted.group("q"), p.start + quoted.start("q"), "story")
        out += _acts_of(p, p.text, p.start, "story")
    return out


# a decision said as a noun ("罚款300"): a fine, a seizure, a detention
_DECIDED = re.compile(r"罚|扣|拘|没收|吊销")
# words the 辅警 of the story says to someone, quoted ("跟他说“罚你200，现在交”")
_SAID_QUOTE = re.compile(r"(说|讲|喊|吼|道)[：:]?[“\"「‘'](?P<q>[^”\"」’']{2,})")


# "连嫌疑人叫啥都说了": the act just told, said again to say how far it went
_EVEN = re.compile(r"^连[^，。？！]{1,12}?(都|也)")
# the 辅警 of a case judged whole, called 他 again ("后来他又把…发到了朋友群里")
_HE_AGAIN = re.compile(r"^(后来|然后|接着|之后|当时|事后|随后)?(他|她)(又|还|就|也|便|自己|一个人|直接|居然|竟然)")
# the user doing something, told ("我就一个人先冲上去把他们拉开了")
_DID_IT = re.compile(r"^(我|俺)(?!们)(就|也|还|当时|马上|赶紧|立马)*(一个人|自己)?(先)?(?=[\u4e00-\u9fff]{2})(?!在|是|想|觉得|担心|怕|知道|晓得)")
# "这几件事里哪些可以做、哪些不行", "这几件事怎么评价": everything told is judged, not the last sentence's list
_EVERY_DEED = re.compile(r"这几件事|这几件|这些事里|哪些可以做|哪些能做|怎么评价|如何评价|怎样评价|违反了哪些|违反哪些|违反了(条例|规定|办法|管理办法|法规)(里|中|的|上)?(哪些|哪几|什么)|"
                         # "哪几步是错的", "哪些地方违反了…", "哪件做得不对", "请逐条说一下哪些不对": a trainer's case judged step by step
                         r"哪几步|哪些步|哪些地方|哪几处|哪几个地方|哪件|逐条|逐项|一条一条|一项一项|哪些不对|哪些做错|哪些违规|找错|"
                         # "请指出小陈哪些行为不对", "哪些有问题" (not "哪一步做得不对": the one step, among the requests)
                         r"哪些行为|哪些做法|哪些有问题")


# the words that open a trainer's question before it asks ("问：", "小李的做法和所里的安排")
_FRAME_BEFORE = re.compile(r"^(问|请问|提问|思考|讨论|思考题)[：:]?$|^[^，。？！]{0,8}的(做法|安排|行为|处理|表现)"
                           r"((和|跟|与|及|以及)[^，。？！]{0,8}的(做法|安排|行为|处理|表现))?$")


def _summed_up(clauses: list[Clause], c: Clause, names) -> list[Act]:
    """The acts the user tells in the sentence of a "这些 / 这几样" question, when two or more name an act: what
    the user just listed, before older requests ("所里安排我在那里守…。我一个人在那指挥车辆、劝游客站回人行道，
    还有给乱停的车贴告知单，这些我自己弄得行不")."""
    first = all(p.sentence != c.sentence for p in clauses[:c.index])
    sentences = {c.sentence, c.sentence - 1} if first else {c.sentence}   # "…（不是罚单哈）。这些我自己弄得行不"
    # (…or after a frame of its own only: "问：小李的做法和所里的安排，哪些有问题？")
    framed_first = all(p.sentence != c.sentence or not p.request and _FRAME_BEFORE.search(p.text) for p in clauses[:c.index])
    every = framed_first and _EVERY_DEED.search(c.text) is not None
    if every:
        # "渝中区某派出所勤务辅警小刘…。民警交代小刘…。当天晚上…。这几件事里哪些可以做": a case judged whole asks
        # of everything its 辅警 did, in every sentence of the story (…called 他 again: "后来他又把…发到了朋友群里")
        sentences = {p.sentence for p in clauses if p.index < c.index}
    # (a trainer's case: "…做了检验鉴定，他就以自己的名义出了份鉴定报告" — 他 is its 辅警 again)
    trainee = _trainee(clauses)
    told = [p for p in clauses if p.sentence in sentences and p.index < c.index and not p.asked
            and (p.request or not others_first(p.text, trainee) or every and _HE_AGAIN.match(p.text))
            and not _presence_only(p.text) and (_has_verb(p.text) or names(p.text))]
    acts = [a for p in told for a in (_request_acts(clauses, p, c.index) if p.request else
                                      _acts_of(p, _clean_pred(_SUBJECT.sub("", p.text)), p.start, "story"))]
    named = [a for a in acts if names(a.words)]
    return named if len(named) >= 2 else []


def _short_list(clauses: list[Clause], c: Clause, said: str, names) -> list[Act]:
    """A list said short before a counted pointer ("拉架跟看到那个人这两样", "查证件和搜身这两样"): each part
    that names an act as it is, else the clause of the story before that holds its verb ("看到那个人" → "再把先
    动手那个看着等车子来")."""
    several, count, explicit = _plural(said)
    lead = re.sub(r"^(那|那么|那我|那你说)", "", _ASKING_LEAD.sub("", said))
    m = re.match(r"^(.{2,}?)(这|那)([两二三四五六几](样|件|个|项|种|桩)|俩)", lead)
    uncounted = not (several and explicit and count and m)
    if uncounted:
        # "那去问邻居、记下来当证据这个我能做不": a list with 、 before an uncounted pointer, every part an act
        m = re.match(r"^([^，。？！]{2,}、[^，。？！]{2,}?)(这个|这些|这样子?|这两个)", lead)
        count = len(m.group(1).split("、")) if m else None
        if not m:
            # "开巡逻艇这个跟下水救人这个": each part with its own pointer
            pair = re.match(r"^([^，。？！]{2,}?)(这个|那个)(跟|和|还有|与|以及)([^，。？！]{2,}?)(这个|那个)", lead)
            if pair:
                lead = pair.group(1) + "、" + pair.group(4) + "这个"
                m = re.match(r"^([^，。？！]{2,}、[^，。？！]{2,}?)(这个)", lead)
                count = 2
        if not m:
            return []
    parts = [p for p in re.split(r"跟|和|、|以及|还有", m.group(1)) if p.strip()]
    if len(parts) != count or not all(_has_verb(p) or names(p) for p in parts):
        return []
    if uncounted and _has_verb(parts[0]) and not all(_verbal(_without_nouns(p)) for p in parts[1:]):
        return []   # "负责单位公众号、抖音这些新媒体运营": things after the first verb are its objects, one act
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


def _verbal(text: str) -> bool:
    """A verb, or a verbal noun that names work ("运营"), among the words of ``text``."""
    return _has_verb(text) or any(t.flag == "vn" for t in posseg.cut(text))


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
    before = clauses[prev.index - 1] if prev.index > 0 else None
    if before is not None and before.request and before.sentence == prev.sentence and ASK_THEM.match(prev.text):
        return []   # "叫我…做个询问笔录，问下偷了几部、卖给哪个了": the questions the request has the user ask
    if loose and before is not None and before.request and before.sentence == prev.sentence and \
            GO_ONLY.match(c.predicate or "") is not None:
        return []   # "让我一个人先去群租房搞个治安检查，看看住的人都登记没有、有没有乱拉电线，我能自己去吗": the errand's steps
    text = re.sub(r"^(请问|想问|问一下|问下)", "", prev.text)
    # "现在有人说辅警一个人开警车、一个人去巡逻都不合规，到底哪样有问题": the acts someone says are wrong
    text = re.sub(r"^(现在|但是|可是|可)?(有人|别人|人家|同事|他们|大家|所里有人)(都)?(说|讲|觉得|认为)", "", text)
    text = re.sub(r"都?(不合规|违规|不对|不行|有问题)$", "", text)
    # "拦人分批放、背老太太出去"; "我开警车和上铐子" (joined before a verb)
    # …and, for "都" or "这几样" (``loose``), "检测跟签字出报告"
    sep = "、" if "、" in text else "和" if text.count("和") == 1 else "跟" if loose and text.count("跟") == 1 else ""
    parts = [(p, text.find(p)) for p in text.split(sep)] if sep else []
    # (…a part said short for what the story told, "协商、定责、开罚单", is an act whatever the tagger calls it)
    story = "".join(o.text for o in clauses[:prev.index])
    if len(parts) < 2 or not all(_has_verb(p) or names(p) or loose and 2 <= len(p) <= 4 and p in story for p, _ in parts):
        return []   # "对讲机、执法记录仪、反光背心": things listed, no acts
    out = []
    for p, at in parts:
        out += _acts_of(prev, _clean_pred(_SUBJECT.sub("", p)), prev.start + len(prev.text) - len(text) + max(at, 0), "asked")
    if count is not None:
        return out if len(out) == count and any(names(a.words) for a in out) else []
    if loose and not any(names(a.words) for a in out):
        # "我一个人查、一个人开单子，这合规矩不": parts said short, each the story's clause that holds its verb
        out = [a for p, _ in parts for a in _told_for(clauses, prev, _clean_pred(_SUBJECT.sub("", p)))]
    kept = []
    for a in out:
        if names(a.words):
            kept.append(a)
        elif loose:
            # "上课和把关，我都能答应吗": a part said short for a request of the story is that request, named or not
            # (…or for what the user did, told with its fuller words: "协商" for "我叫他们拍照挪车自己协商")
            asked_of_user = [r for r in _told_for(clauses, prev, a.words) if r.via == "request" or names(r.words)]
            kept += asked_of_user
    return kept   # the parts naming no act ("取号") are the errand's steps


def _counted_before(clauses: list[Clause], c: Clause) -> Clause | None:
    """The clause of the question's sentence just before it that ends in a counted pointer ("就干了这两件事")."""
    prev = _told_just_before(clauses, c)
    if prev is None:
        return None
    # "三样事情哦": a count said without 这 names what it counts
    counted = re.search(r"((这|那)([两二三四几]|一)(样|件|个|项|桩)(事|事情|活)?|[两二三四几](样|件|项|桩)(事|事情|活|活路))"
                        r"(哦|嘛|啊|呀|哈)?$", prev.text)
    if counted and _plural(prev.text)[0]:
        return prev
    # "她两件都想答应，能行吗": the acts counted, then all of them wanted, before a bare question
    both = re.search(r"[两二三几俩](件|样|个|项|桩)(事|事情|活)?(都|全)(想|要|打算|准备)?(答应|接|做|干|去|帮)", prev.text)
    return prev if both else None

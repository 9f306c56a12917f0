"""The catalogue entries an act names, by its head.

A catalogue phrase counts only where it heads the act — not after 被 ("被行政拘留的人员"), not as a
modifier before 的 / 人员 / 危害 ("吸毒的危害", "吸毒人员"), not inside what a speech verb carries
("提醒司机闯红灯会扣分", "举报同事泄露案情"), not negated by 非 ("非涉密"), not an act of someone else
("阻止同事泄露"), not inside the object of 把 ("把处罚决定书送给当事人"); a "…时" phrase only sets the
time when another act is named; how the user is dressed while doing another act is not the act.
"把他的车扣了" is also read as "扣车". An act named by its verb and object ("看着" + "嫌疑人") matches a
frame, the object found in the act or, for "他 / 这人" or an object left out, in the story. Where one
phrase lies inside one that names more, the longer wins; phrases left in one act are readings of that
same act, and the rule keeps the most restrictive of them.

>>> from assistant.understand.acts import Act
>>> [m.entry.id for m in match(Act("把他的车扣了", 0, 0), "chongqing-2021").matches]
['cq-19-3-jueding']
>>> [m.entry.id for m in match(Act("去禁毒宣传时讲讲吸毒的危害", 0, 0), "chongqing-2021").matches]
['cq-15-4-xuanchuan']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import jieba.posseg as posseg

from .. import phrases
from ..rules.duty import ActReading, DutyEntry, EntryMatch, RelatedRule, catalogue, related_rules
from .acts import Act
from .predicates import _GO_FIRST, KEEPING_AWAY, _has_verb, _strip
from .clauses import TRAINEE
from .lexicon import is_verb, words

# a place put before the verb by 把 ("把现场看住", "把路口守住"): the act's own object
_PLACE_HELD = ("现场", "案发现场", "事故现场", "这个现场", "那个现场", "路口", "楼道", "门口", "大门", "通道", "出口", "入口")
_PRONOUNS = ("他们", "她们", "这个人", "那个人", "另外那个", "另一个", "这人", "那人", "对方", "这小子", "他", "她", "人", "其", "它们", "它")
# a person word after these (a few characters on) is the object or the partner of the user's act, not its subject
_PREPOSITIONS = ("给", "对", "向", "帮", "替", "跟", "和", "与", "把", "让", "叫", "要", "请", "陪", "带", "押", "将", "由", "为", "看着", "照", "按照", "按", "依照", "听",
                 "盯着", "协助", "配合", "帮助", "跟着", "随", "陪同", "同", "找", "问", "告诉", "通知", "提醒", "教", "劝", "指导",
                 "组织", "要求", "安排", "带领", "引导", "带着", "叫上",
                 # "打电话报告民警后在原地保护现场": the officer told of it, the act after is the user's
                 "报告", "汇报", "报给", "交给", "报告给", "打电话给")
# "骑起去巡逻", "开着去出警": the verb goes somewhere for a purpose, its object is the one the story named
_PURPOSE = re.compile(r"^(起|着|上)?(去|到|来)")
# an account or a place online the thing goes to ("我们自己的抖音号涨粉", "朋友圈里"): no object of the act's own
_PLATFORM_ONLY = re.compile(r"(到|在|给)?(我们|我|咱们|自己|他|她|所里|单位)?(自己)?(的)?(个人)?(抖音|快手|微信|朋友圈|微博|视频号|小红书|B站|网上|群里|家族群|工作群)"
                            r"(号|账号|上|里|群)?(去|上去)?(涨粉|引流|吸粉|赚流量|蹭热度)?")
# who does the act and how, after it ("维持秩序我自己去"): no object of the act's own
_DOER_ONLY = re.compile(r"(我|俺|我们|俺们|咱们|他|她|他们|她们)?(自己|一个人|单独|独自|先|就|也)*(去|来|上|弄|搞|做|干|整)?")
# "查查屋里有没有住啥可疑的人": what the check looks for, in the place the story names — no object of its own
_WHETHER = re.compile(r"^[^，。？！]{0,4}?(有没有|有无|是否|是不是)")
# between a way of getting there and the act it leads to ("骑摩托|去|送", "开车|到他庄上把|决定书送")
_ON_THE_WAY = re.compile(r"去|到|过去|把|来")
_POLICE_VEHICLE = re.compile(r"警|所里|所头|公家|公务|巡逻|执勤|单位|冲锋舟|船|艇|无人机")
_TIME_FRAME = ("的时候", "时候", "时", "期间", "过程中", "中途")
# on duty, the time of what follows ("在路口执勤的时候", "上班时")
_ON_DUTY_FRAME = re.compile(r"^[^，。？！]{0,8}?(执勤|上班|值班|巡逻|出警|工作|上岗)(的时候|时候|时|期间)(?=[\u4e00-\u9fff])")
# a person named with what is said of them, as a 把 object ("把一个喝多了乱砸东西的人…")
_BA_PERSON = re.compile(r"把(?:一个|那个|这个|个)?([^，。？！把]{2,14}?)的(?:人|男的|女的|小伙子|老头|醉汉|家伙|那个人|那人)")
# an object that only points at what the story named ("这钱我能收吗" → 收钱: whose money the story says;
# "帮他登记信息": what is registered, the story says)
_GENERIC = re.compile(r"(这|那|一)?(笔|些|点|个|份|把|种|批|摞|盒|箱)?(钱|东西|礼|礼物|信息|情况|资料|报告|单子|文书|材料|钥匙|文件|位置|地点|卷宗|案卷|卷子|申请表|登记表|表格)|"
                      # "签上我的字": the signature, on the paper the story names
                      r"(我的|他的|俺的)?(字|名字|大名)$|"
                      # "自己整调解这一出": the act itself pointed at, its object the story's
                      r"(这|那)(一出|一套|一下|一回|一次|一趟)|"
                      # "把监室点名、巡视这些活顶上": the work pointed at, its place the story's
                      r"(这些|那些|这个|这种|这几样)(活|事)(儿)?")


# an officer opening the clause as its subject ("之后民警去开车", "带班民警回所里写材料"): the officer's own act
_OFFICER_ACTS = re.compile(r"^(?:之后|然后|后来|这时|当时|接着|随后|期间|中途)?(?:带班的?|值班的?|管教|社区|办案|那个|这个)?(?:民警|警察|所长|教导员|师傅)"
                           r"(?!带|让|叫|喊|要|安排|交代|吩咐|说|讲|在场|在旁|在边|跟着|陪|领)[^，。？！我他她]{0,6}$")
# the duty an officer is named by ("带班民警", "值班民警"): no verb whose object the person is
_OFFICER_DUTY = re.compile(r"(带班|值班|当班|出警|接警|巡逻)$")


def _others_before(before: str) -> bool:
    """Someone else is the subject of what follows ("阻止同事泄露"): a person word not introduced by a
    preposition, and no 我 after it."""
    for h in phrases.hits(before, words("frame", "others")):
        if "我" in before[h.end:]:
            continue
        if re.match(r"[^，。？！]{0,4}?(让|叫|喊|要|安排|交代|吩咐|派)(他|她|其中一个|其中一名|其中一人|其中的一个|那个辅警|这个辅警|辅警)", before[h.end:]):
            continue   # "领导让他帮着整理…": a trainer's case, the 辅警 spoken of is asked to act
        lead = before[:h.start]
        if any(p in _OFFICER_DUTY.sub("", lead)[-14:] for p in _PREPOSITIONS):
            continue   # "给一个打架的当事人送传唤证": the person is the one the act is for
        if re.search(r"(?<![现正还都实存所])在$", lead):
            continue   # "在他们车窗上贴告知单": a place named by its owner
        if before[h.end:h.end + 1] == "的" and not before[h.end:].startswith(("的带领", "的指挥", "的陪同")):
            continue   # "他的车", "当事人的手机号": a possessor inside an object
        if re.match(r"的?(带领|指挥|陪同|监督|安排)((和|或者|或|、)?(带领|指挥|陪同))?下|在场", before[h.end:]):
            continue   # "在民警带领下把手机登记入库": the officer is the circumstance, the user acts
        if re.match(r"[^，。？！]{0,2}(带着|带领着?|领着|带)[^，。？！]{0,6}(辅警|学员|新人|徒弟)", before[h.end:]):
            continue   # "民警带着勤务辅警一起维持秩序": the officer leads, the 辅警 act
        if before[h.end:h.end + 1] in ("一", "两", "几", "个", "俩", "三", "顿"):
            continue   # "扇他两巴掌": a person before a count is the object
        if re.match(r"(手机|电话|车|家|身份证|号码|位置|信息|账户|银行卡|账号|帐号|密码|工号|警号|名义|数字证书|证书|U盾|ukey|Ukey)", before[h.end:]):
            continue   # "查一下这人手机在哪", "用他账号直接点准予": a possessor said without 的
        if re.search(r"(从|向|跟|找)$", lead) and re.match(r"(手里|手上|那里|那儿|那边|身上)", before[h.end:]):
            continue   # "从民警手里拿过手枪": where the thing is taken from, the user acts
        if re.search(r"(交代|交待|指派|命令)$", lead):
            continue   # "交代他拿着逮捕证去…": asked to act like "让他" (jieba tags these verbs as nouns)
        toks = [t for t in posseg.cut(re.sub(r"(一下|一哈|下)$", "", lead)[-4:])]
        if toks and is_verb(toks[-1].word, toks[-1].flag) and not _OFFICER_DUTY.search(lead):
            continue   # "扇他两巴掌", "查一下这人": a person right after a verb is its object
        return True
    return False


_COMPLEMENT = ("给", "到", "回", "走", "掉", "了", "起来", "出来", "上", "下", "成", "好", "住", "去", "来", "过来", "过去", "进",
               "出", "开", "完", "一下", "一份", "起", "着")


_ADVERB_BEFORE_VERB = ("直接", "先", "就", "再", "赶紧", "马上", "立即", "当场", "立马")
_CALLED_IN = ("打来", "打过来", "打进来", "打电话来", "来电")


def _ba_verb(rest: str, compound: bool = False) -> tuple[int, str] | None:
    """Where the verb of a 把 phrase starts in ``rest`` (the text after 把): the first verb that ends the
    object — one with a result or direction after it ("送给", "扣了", "看住") — else the first verb;
    ``compound``: two verbs side by side before the result are one ("把…案卷归档整理了": 归档整理)."""
    toks = [(t.word, t.flag) for t in posseg.cut(rest)]
    pos, first = 0, None
    for k, (w, flag) in enumerate(toks):
        if pos > 0 and k > 0 and toks[k - 1][0] in _ADVERB_BEFORE_VERB and (flag.startswith("v") or flag == "l" or is_verb(w, flag)):
            return pos, w   # "把乱停的车直接开单子贴上去": the verb after 直接 ends the object (开单子 tagged an idiom)
        # "把他按着": after 把's object a "preposition" with a result (按着, 照着) is the verb
        if (flag.startswith("v") or is_verb(w, flag) or flag == "p" and len(w) > 1 and w.endswith(("着", "住", "到"))) and pos > 0:
            nxt = toks[k + 1][0] if k + 1 < len(toks) else ""
            later = "".join(t[0] for t in toks[k + 1:k + 4])
            called = (w in _CALLED_IN or w + nxt in _CALLED_IN) and "的" in "".join(t[0] for t in toks[k + 1:k + 8])
            # (…nor a verb with its result that describes the thing: "把前几天扣下来的电瓶车登记好")
            attributive = re.match(r"(下来|下|了|过|起来|上来|上|出来|回来|进来|过来|走|掉)?的", "".join(t[0] for t in toks[k + 1:k + 3]))
            if called or attributive or "的" in later and not w.endswith(_COMPLEMENT) and not nxt.startswith(_COMPLEMENT):
                pos += len(w)
                continue   # "把一个没带驾驶证的司机的车扣了": 带 is inside the object, not its verb (nor 打来 in
                           # "把群众打来咨询的事登记进系统": what the call was about)
            if first is None:
                first = (pos, w)
            if nxt in ("个", "份", "张", "一个", "一份", "一张") and first == (pos, w):
                return pos, w   # "把…的钱做个资金分析报表交上去": 做 takes what 把 names, 交上去 follows it
            if w.endswith(_COMPLEMENT) or nxt.startswith(_COMPLEMENT) or not nxt:
                prev = toks[k - 1] if k > 0 else ("", "")
                if compound and first is not None and first[1] == prev[0] and first[0] == pos - len(prev[0]) and \
                        len(prev[0]) > 1 and prev[1].startswith("v"):
                    return first[0], prev[0] + w   # "把…案卷归档整理了": two verbs side by side, one act
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
        if found and (re.fullmatch(r"(做|弄|搞|办|干|包|揽|接)(了|完|好|掉|下来|下)?", found[1]) or
                      found[1] == "管" and re.match(r"管(起来|好)", text[m.end() + found[0]:])):
            continue   # "把受案登记做了", "把网络维护都包下来": a light verb after 把 — what 把 takes is the act itself
        if found:   # no verb found: no object to mark
            out.append((m.end(), m.end() + found[0]))
    return out


# "被拉去维持秩序", "被派去守路口": 被 governs the sending, the user does what follows
_DISPATCHED = re.compile(r"被[^，。]{0,2}(拉|派|叫|喊|安排|抽|调|借|分)(去|到|过去|来)[^，。]{0,3}$")
# what a speech verb carries when the speaker tells what they themselves do now ("说先扣在他这儿", "告诉他我先帮他
# 登记"): the act is the user's, not a word said; "提醒司机会扣分" (会: what will happen) stays a word said
_PERFORMATIVE = re.compile(r"[，,：:“\"‘]?(行|好|可以|没问题|那)?[，,]?(你(这|的|那)个?|(?=[我俺先就直当马这]))(我|俺)?(先|就|直接|当场|马上|现在|这就)*(给你|帮你|帮他|给他)?")
# the one spoken to, before the verb of speaking ("跟他说", "跟司机讲", "对他讲")
_TO_SOMEONE_SAY = re.compile(r"(跟|对|和|同|给|向)[\u4e00-\u9fff]{1,4}(说|讲)")
# a matter described at length as a 把 object ("把刚才有人报警说电瓶车被偷了的那个事")
_DESCRIBED_MATTER = re.compile(r"把[^，。？！把]{4,}?的(那个|这个|那件|这件|那起|这起)(事情|事|案子|警情)")
# what a reminder tells someone to do ("提醒他一下让他把车挪走")
_TOLD_TO_DO = re.compile(r"(让|叫|喊)(他|她|他们|她们|人家|司机|车主|对方)?")
# a noun a verb of speaking starts ("聊天记录", "通话记录"): the record of what was said carries nothing
_SAID_RECORD = re.compile(r"天?(记录|截图|内容)")
# words that join two acts ("宣传跟查旅馆", "登记、拍照")
_JOINED = re.compile(r"跟|和|与|、|还有|然后|接着|再|又|，|以及|顺便|同时")
# "看到可疑的就查身份证": what is seen ends where the act it calls for begins
_CONSEQUENT = re.compile(r"(就|便|则|马上|立即|立刻|赶紧|然后|当场|随即|直接)|"
                         # "打电话报告民警后在原地保护现场": the report made, what the user does after it
                         r"(以|之)?后(?=在|再|又|先|便|回|去|到|把|给|留)")


def _passive_before(text: str) -> bool:
    """A passive marker a few characters before the end of ``text`` ("被人举报", "被派去"): what follows was done to
    someone."""
    # (…not a noun made of one: "被拘人员", "被害人", "被告人", "被执行人")
    text = re.sub(r"被(拘|拘留|羁押|监管|关押|害|告|执行|询问|传唤|约束)(人员|的人|者|人)", "某人", text)
    return re.search("(" + "|".join(words("frame", "passive_markers")) + r")[^，。]{0,3}$", text) is not None


# the words after these tell what the act prevents
_KEPT_FROM = re.compile(r"(别让|不让|莫让|别叫|免得|以免|省得|防着)[^，。？！]*$")


# what is explained about an act, named after it ("定责的流程", "处罚的规定"): a topic, not the act said
_HOW_IT_GOES = re.compile(r"[\u4e00-\u9fff]{0,2}?的?(流程|程序|常识|知识|规定|办法|步骤|方法|标准|原则|依据|规则|过程|环节|手续)")


def is_head(text: str, start: int, end: int, others: list[phrases.Hit], by_object: bool = False,
            in_speech: bool = False, joining: bool = False) -> bool:
    """Whether the phrase at ``text[start:end]`` heads the act (see the module docstring). An entry
    named by its object (涉密文件, 枪) counts as the object of any verb (``by_object``); one whose
    words are themselves said (``in_speech``: "告诉他们谁全责" announces a liability) counts inside speech."""
    before, after = text[:start], text[end:]
    # "把刚才有人报警说电瓶车被偷了的那个事先给受案登记了": what the 把 object says of the matter (someone, a passive, a
    # word said) is no part of the act; the matter stands for it
    if "把" in before:   # (is_head runs for every candidate: the pattern is tried only where it can match)
        before = _DESCRIBED_MATTER.sub(lambda m: "把" + "〇" * (m.start(2) - m.start() - 1) + m.group(2), before)   # (length kept)
    if _HOW_IT_GOES.match(after) and phrases.any_in(before, words("frame", "speech_verbs")):
        return False   # "给他们讲讲定责的流程和常识": how it is done, explained — no finding announced, no act
    if _passive_before(before) and \
            not _DISPATCHED.search(before):
        return False
    if before.endswith(words("frame", "negating_prefixes")):
        return False
    if before.endswith(("不", "没", "非")) and after.startswith("的"):
        return False   # "那些不涉密的账目": what the thing is not, said of it
    # what the act keeps from happening ("在边上看着别让拖车刮到过路的", "盯着点免得他跑了") is not the act
    kept_from = _KEPT_FROM.search(before)
    if kept_from and re.search(r"[\u4e00-\u9fff]", before[:kept_from.start()]):
        return False
    if not joining and _others_before(before) or joining and _OFFICER_ACTS.search(before):
        return False   # (a trainer's case: the 辅警 spoken of acts, the officer's own acts are still not theirs)
    if by_object:
        return True
    if any(a <= start and end <= b for a, b in _ba_objects(text)):
        return False
    if after.startswith("的") and len(after) > 1 and after[1] not in "了吗呢吧啊呀":
        return False
    if after == "的" and re.search(r"(个|名|位)[^，。？！]{0,8}$", before):
        return False   # "送来一个醉驾拘留的": the one it was done to, named by it
    # "做现场勘查记录": the record made of the work is the work done ("查吸毒记录" names a kind of record)
    kept_record = after.startswith("记录") and re.search(r"(做|写|填|作)(个|份|一份|好)?$", before)
    if not kept_record and any(after.startswith(w) for w in words("frame", "modifier_heads") if w != "的"):
        return False
    if not in_speech:
        for h in phrases.hits(before, words("frame", "speech_verbs")):
            if before[h.end:h.end + 1] == "的":
                continue   # "找几个看到的人": who saw it, not what was seen
            if re.match(r"完|好了|过了", before[h.end:]):
                continue   # "讲完了在校门口把车疏导一下": the talk is over, it carries nothing
            if h.phrase == "讲" and (before[h.end:h.end + 1] == "机" or before[max(0, h.start - 1):h.start] == "对"):
                continue   # "对讲机里让我看监控": a radio, not a word said
            if _SAID_RECORD.match(before[h.end:]):
                continue   # "把聊天记录当证据用": a record kept of talk, no word said
            if before[h.end:h.end + 1] == "室":
                continue   # "去询问室给嫌疑人做笔录": a room, not a word said
            if h.phrase == "发现" and before[h.end:h.end + 1] == "场":
                continue   # "去案发现场做勘查": the scene (案发|现场), nothing seen
            if _passive_before(before[:h.start]):
                return False   # "麻将馆被人举报聚众赌博": what someone was reported for, no act of the user's
            # (a verb inside a longer phrase is no speech verb: "说情", "鉴定报告"; but "跟他说" is that verb with whom it
            # is said to: "跟他说这样要扣分罚款的" — what follows 说 is what is said)
            # (…and a word of two or more that names an act itself, "宣传跟查旅馆": 宣传 is the act, 查旅馆 another)
            # (…unless that phrase spans this one too: "提醒他一下让他把车挪走" — 提醒…挪走 names the reminder, the 挪车
            # in it is what the reminder says; nor when the speech verb's own act only precedes this one, see below)
            inside_other = any(o.start <= h.start and h.end <= o.end and
                               (o.end - o.start > h.end - h.start or len(o.phrase) >= 2) and
                               not _TO_SOMEONE_SAY.fullmatch(o.phrase) and not (o.start <= start and end <= o.end) and
                               # (the speech verb's own act, "宣传跟查旅馆", is beside this one only when joined to
                               # it; said straight before what it tells someone to do, "提醒司机一下让他把车挪走", it
                               # carries this one — a noun it starts, "把询问笔录拍几张发他", carries nothing)
                               not (o.start == h.start and o.end <= start and not _JOINED.search(text[o.end:start]) and
                                    _TOLD_TO_DO.search(text[o.end:end]))
                               for o in others)
            if h.start == 0 and re.match(r"(有个|有一个|某个|一个)", before[h.end:]):
                continue   # "说有个辅警下班穿着制服去喝喜酒": a report of what someone did, the act is told
            if _PERFORMATIVE.fullmatch(before[h.end:]):
                continue   # "说先扣在他这儿", "跟他说我先帮他登记": the user says what they do, and do it
            if not inside_other and not _CONSEQUENT.search(before[h.end:]):
                return False
    return True


def _time_frame(text: str, end: int) -> bool:
    return text[end:].startswith(_TIME_FRAME)


def _reorder_ba(text: str, compound: bool = False) -> tuple[str, int] | None:
    """"把他的车扣了" → ("扣他的车了", where 扣 stands): the verb before its object. Only phrases that start
    with the verb are read there ("扣…车", "送…告知书"): the object itself stays an object."""
    i = text.find("把")
    if i < 0:
        return None
    found = _ba_verb(text[i + 1:], compound)
    if found is None:
        return None
    pos, verb = found
    obj = text[i + 1:i + 1 + pos]
    # "把一批老案卷按年份重新装订": how it is done (按…, 重新, 全部) stands after the thing, before the verb
    obj = re.sub(r"(按照?|依照|根据)[^，。？！]{1,6}?(重新|全部|统一|挨个|逐个|一一)?$|(重新|全部|统一|挨个|逐个|一一|都|先|再|给)$", "", obj) or obj
    if len(obj) > 8 and "的" in obj:
        obj = obj.rsplit("的", 1)[1] or obj   # "把一个没带驾驶证的司机的车扣了": 扣 + its head noun, 车
    return text[:i] + verb + obj + text[i + 1 + pos + len(verb):], i


# "面包车你先给扣了", "罚单也一起开了": the thing put first, then (the one told and) the verb closing the clause
_TOPIC_FIRST = re.compile(r"^(?P<obj>[\u4e00-\u9fff]{2,14}?)(?:你|我|俺|他|她)?(?:也|先|就|都|一起|一块|直接|马上|顺便|顺手|当场)*(?:给)?"
                          r"(?P<verb>[\u4e00-\u9fff]{1,2}?)(?:了|掉|上|下|好|起来)?$")


def _thing_only(words_: str) -> bool:
    """"门口那辆挡道的面包车", "执勤装备": a thing named (what describes it before 的 aside) — no verb, no
    preposition or pronoun of its own ("帮他", "带他去警务室等家属来")."""
    head = words_.rsplit("的", 1)[-1]
    if not head or head[-1] in "帮给替跟和让叫为对向" or re.search(r"[他她我你]", head):
        return False
    toks = list(posseg.cut(head))
    # …ending on a noun ("面包车", "罚单"), not on words that ask ("最后这个归不归")
    return bool(toks) and toks[-1].flag.startswith("n") and \
        not any(t.flag.startswith("v") or is_verb(t.word, t.flag) or t.word in ("不", "没") for t in toks)


def _reorder_topic(text: str) -> str | None:
    """"门口那辆面包车你先给扣了" → "扣门口那辆面包车": the verb before the thing put first."""
    m = _TOPIC_FIRST.match(text)
    if m is None or "把" in text or not _thing_only(m.group("obj")):
        return None
    toks = list(posseg.cut(m.group("verb")))
    if len(toks) != 1 or not is_verb(toks[0].word, toks[0].flag):
        return None
    return m.group("verb") + m.group("obj")


def _without_motion(text: str) -> str | None:
    """"自己单独去执法" → "自己单独执法": a 去 / 来 standing alone before the act only says the user goes
    to do it; the words read without it name the act ("去" inside 过去 / 回去 / 出去 stays)."""
    out, dropped = [], False
    toks = list(posseg.cut(text))
    for k, t in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t.word in ("去", "来") and k > 0 and nxt is not None and is_verb(nxt.word, nxt.flag):
            dropped = True
            continue
        out.append(t.word)
    return "".join(out) if dropped else None


@dataclass(frozen=True)
class _Candidate:
    hit: phrases.Hit
    target: DutyEntry | RelatedRule
    how: str
    evidence: str = ""      # a frame's verb and the object found ("看着…嫌疑人")
    object_at: tuple[int, int] | None = None   # where a frame's object stands in the act's words


@lru_cache(maxsize=4096)
def _word_starts(text: str) -> frozenset[int]:
    """Where jieba's words begin in ``text``: a frame's verb inside a longer word ("接" in "直接") is no verb."""
    starts, pos = set(), 0
    for t in posseg.cut(text):
        starts.add(pos)
        pos += len(t.word)
    return frozenset(starts)


def _verbs_only(text: str) -> bool:
    """Every word of ``text`` a verb ("归档上架"): a chain of verbs, no object among them."""
    # ("登个记", "做个登记": a verb split by its measure word is still one step of the errand)
    text = re.sub(r"^(登个记|做个登记|登记一下|记一下|登一下记)", "登记", text)
    cut = list(posseg.cut(text)) if text else []
    return bool(cut) and all(is_verb(t.word, t.flag) for t in cut)


# how far after its verb a frame's object may stand ("收下了他塞的两包烟"), not at the end of a long clause
FRAME_REACH = 12


def _not_when(text: str, target) -> list[phrases.Hit]:
    """Where ``text`` holds the longer words the entry's aliases inside them do not name (``not_when``)."""
    return phrases.hits(text, target.not_when) if getattr(target, "not_when", ()) else []


# the thing named, then kept by the officers ("警械柜归民警管", "枪由民警保管"): not the user's to keep
_KEPT_BY_OTHERS = re.compile(r"^[^，。？！,;；]{0,4}?(归|由|是)(民警|警察|所里|专人|所长|带班民警)[^，。？！]{0,2}(管|保管|负责|拿着|掌握)")


# the thing named, then the user's keeping away from it in the same clause ("涉密的东西从来不碰", "涉密的我一概不经手")
_DENIED_AFTER = re.compile(r"^[^，。？！,;；]{0,6}?" + KEEPING_AWAY)


# a thing put before the user and the verb ("执勤装备我管", "这些装备我们来保管")
_THING_BEFORE_ME = re.compile(r"([\u4e00-\u9fff]{2,8}?)(我们|我|俺|咱们|自己)(也|都|还|就|来|去)?")


def _frame_hits(text: str, story: str, target, frames) -> list[_Candidate]:
    """The entry named by a verb of its frames and an object near it (or in the story); not where the verb or
    the object stands inside the entry's ``not_when`` words ("骑自己的…摩托去", "冒烟")."""
    out = []
    blocked, story_blocked = _not_when(text, target), _not_when(story, target)
    for f in frames:
        for v in phrases.hits(text, f.verbs):
            if len(v.phrase) == 1 and v.start not in _word_starts(text):
                continue
            if any(b.start < v.end and v.start < b.end for b in blocked):
                continue   # "骑自己的摩托去": the user's own vehicle, no police one
            after = text[v.end:]
            obj = phrases.first(after[:FRAME_REACH], f.objects)
            if obj is not None and any(b.start <= v.end + obj.start < b.end for b in blocked):
                obj = None   # "看山上有没有人烧纸冒烟": the object is part of a longer word
            if obj is not None and re.search(r"(不|非|没有?)$", after[:obj.start]):
                obj = None   # "管那些不涉密的账目": the thing said not to be it
            at = (v.end + obj.start, v.end + obj.end) if obj is not None else None
            ba = text.rfind("把", 0, v.start)
            if obj is None and ba >= 0:
                obj = phrases.first(text[ba + 1:v.start], f.objects)   # "把先动手那个看着": the object before the verb
                if obj is not None and any(b.start <= ba + 1 + obj.start < b.end for b in blocked):
                    obj = None   # "把家属送来的衣服…发给他们": the object inside the entry's longer words
            # the object left out ("能收吗") or a pronoun ("看着他"): look in the story; an object of its own
            # ("收下材料") is the act's, not the story's
            own = re.sub(r"^[了着过下一吧吗好]+", "", after)   # "保管好": kept well, the thing the story's
            # "清点入库这个我单独搞": a pointer closing the act's words, then who does it — no object of its own
            own = re.sub(r"(这|那)(个|种|事|活|样)(?=我|俺|你|他|她|咱|能|可|行|就|也|该|要|得|$).*$", "", own)
            # "玩一会儿提神", "打几把解闷": how long and what for, no object of the act's own ("改少一点": how much)
            own = re.sub(r"^(一?会儿?|几把|两把|几局|两局|一阵子?|一点儿?|一些|点儿?|些)?(提提神|提神|解闷|解解闷|打发时间|消磨时间|放松一下|放松)?$", "", own)
            if own.startswith(("、", "，")) or _DOER_ONLY.fullmatch(own) and not re.sub(r"^(我|俺|我们|他|她|先|就|再|也)+", "", text[:v.start]):
                own = ""   # "维持秩序、限流": the next act, no object of this one; "维持秩序我自己去": who does it
            if own.startswith(("上", "里")) and f.story_object:
                own = ""   # "发到自己的抖音上": where it goes ends the verb's words, the thing is the story's
            if f.story_object and _PLATFORM_ONLY.fullmatch(own):
                own = ""   # "发我们自己的抖音号涨粉": the account it goes to, the thing is the story's
            if re.match(r"(内网|系统|电脑|网上|平台|数据库|库里|表里|本子上)", own):
                own = ""   # "把内容录进内网": where it goes, the thing is the story's
            if f.story_object and v.phrase.endswith(("到", "去", "过去", "给", "在")):
                own = ""   # "送到当事人家里", "扣在他这儿": where it goes or to whom, the thing is the story's
            held = text[ba + 1:v.start] if ba >= 0 and obj is None else ""
            if not own and held in _PLACE_HELD:
                own = held   # "把现场看住": the scene kept, the act's own object — not the story's suspect
            if f.story_object and own and _verbs_only(re.split(r"[，。？！、,]", own)[0]):
                own = ""   # "整理归档上架": more verbs of the same errand, no object of the act's own
            # "执勤装备我管": the thing put first, then the user and the verb — the act's own object
            fronted = _THING_BEFORE_ME.fullmatch(text[:v.start])
            if not own and fronted and _thing_only(fronted.group(1)) and not phrases.first(fronted.group(1), _PRONOUNS) and ba < 0:
                own = fronted.group(1)
            # a pronoun points to the story's object — unless it is a later verb's ("拿手铐把他铐上": 他 is 铐's)
            pronoun = phrases.first(text, _PRONOUNS)
            if pronoun is not None and pronoun.start >= v.end and re.search(r"[把将]", text[v.end:pronoun.start]):
                pronoun = None
            if pronoun is not None and pronoun.phrase == "人" and "的" in text[v.end:pronoun.start]:
                pronoun = None   # "管在押的人": a person named by what they are, the act's own object
            if pronoun is not None and v.phrase.startswith("帮") and re.match(r"(他|她|他们|她们|人家)[把将]", text[v.end:]):
                pronoun = None   # "帮他把车开回屋头": the one helped, then an act of its own — not the story's thing
            if obj is None and (pronoun is not None or
                                (f.story_object and (not own or _GENERIC.match(own) or _PURPOSE.match(own)
                                                     or _WHETHER.match(own)))):
                obj = phrases.first(story, f.objects)
                if obj is not None and any(b.start <= obj.start < b.end for b in story_blocked):
                    obj = None
                if obj is not None and re.search(r"(不|没|没有|别|从不|也不|又不)$", story[:obj.start]) and \
                        not re.search(r"(有没有?|是不是|会不会|要不|能不能)$", story[:obj.start]):
                    obj = None   # "不赌钱": the story denies it (not "有没有案底": whether)
                if obj is not None and _DENIED_AFTER.match(story[obj.end:]):
                    obj = None   # "涉密的东西从来不碰": the story says the user keeps away from it
                if obj is not None and _KEPT_BY_OTHERS.match(story[obj.end:]):
                    obj = None   # "警械另外锁在警械柜归民警管": the story says the officers keep it
            if obj is not None:
                out.append(_Candidate(v, target, "frame", f"{v.phrase}…{obj.phrase}", at))
    return out


@dataclass(frozen=True)
class _AliasIndex:
    """Every alias of a city's catalogue, found in one pass: plain aliases by their first character,
    gap aliases ("管…枪") each by its pattern."""

    by_first: dict[str, tuple[tuple[str, tuple], ...]]   # first char → (alias, targets), longest first
    gapped: tuple[tuple[str, tuple], ...]                  # (gap alias, targets)
    targets: tuple                                         # every entry and related rule, in data order


@lru_cache(maxsize=None)
def _alias_index(doc_id: str) -> _AliasIndex:
    owners: dict[str, list] = {}
    targets = [e for e in catalogue(doc_id) if not e.catch_all] + list(related_rules(doc_id))
    for t in targets:
        for a in t.aliases:
            owners.setdefault(a, []).append(t)
    by_first: dict[str, list] = {}
    gapped = []
    for a, ts in owners.items():
        if phrases.GAP in a:
            gapped.append((a, tuple(ts)))
        else:
            by_first.setdefault(a[0], []).append((a, tuple(ts)))
    return _AliasIndex({k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in by_first.items()}, tuple(gapped),
                       tuple(targets))


# what follows the first word of a gap phrase when that word only describes the thing after it
_PARTICIPLE = re.compile(r"^(押|下来|下|留|住|着|走|来|过|回来|回|起来|上来|到|了)?的")


# an alias ending in a bare 人 ("看下人") whose 人 the next character makes into another noun ("看下人流": the
# crowd, not a person to guard)
_PERSON_GOES_ON = re.compile(r"(流|群|潮|头|数|口|行道|气|情|事|脸|像)")


def _alias_hits(text: str, doc_id: str) -> list[tuple[phrases.Hit, object]]:
    idx = _alias_index(doc_id)
    out = []
    for i, ch in enumerate(text):
        for alias, ts in idx.by_first.get(ch, ()):
            if text.startswith(alias, i):
                end = i + len(alias)
                if alias.endswith("人") and _PERSON_GOES_ON.match(text, end):
                    continue
                if alias.endswith("人") and text[end:end + 1] == "员" and not re.search(r"嫌疑|违法|犯", alias):
                    continue   # "送来一个拘留人员发烧": the one held, named — no act of holding anyone (拘留人)
                if alias.startswith("看") and text[i - 1:i] in ("看", "查") and re.search(r"人|嫌疑|犯", alias):
                    continue   # "看看嫌疑人往哪跑了", "查看": having a look, not keeping watch
                out += [(phrases.Hit(alias, i, end), t) for t in ts]
    for alias, ts in idx.gapped:
        first = alias.split(phrases.GAP)[0]
        for s_, e_ in phrases.spans(text, alias):
            if _PARTICIPLE.match(text[s_ + len(first):e_]):
                continue   # "管扣押的电动车": 扣押的 names the things, not an act of seizing them
            out += [(phrases.Hit(alias, s_, e_), t) for t in ts]
    return out


def _candidates(text: str, story: str, doc_id: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    # (…in the story only when the act does not name its own thing: "扣了一批涉案的电瓶车…再把装备室那些头盔清点一哈" is
    # equipment, named)
    excluded = {id(t) for t in _alias_index(doc_id).targets
                if getattr(t, "not_with", ()) and (phrases.any_in(text, t.not_with) or phrases.any_in(story or text, t.not_with) and
                                                   not any(phrases.any_in(text, f.objects) for f in getattr(t, "frames", ()) or ()))}
    for h, t in _alias_hits(text, doc_id):
        if id(t) in excluded:
            continue
        # a gapped alias names only its parts: "开自家车去" names more than "开…车去"
        if not any(b.start <= h.start and h.end <= b.end and b.end - b.start > phrases.weight(h.phrase) for b in _not_when(text, t)):
            found.append(_Candidate(h, t, "alias"))
    for t in _alias_index(doc_id).targets:
        if t.frames and id(t) not in excluded:
            found += _frame_hits(text, story, t, t.frames)
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
    # what a frame's verb of speaking tells is no act of its own ("给学生讲讲吸毒有啥危害": 讲 heads it, 吸毒 is what
    # is told) — other frames' objects are cues of their entry ("押去刑拘"), not objects that rule the others out
    objects = [c.object_at for c in heads if c.how == "frame" and c.object_at is not None
               and phrases.any_in(c.hit.phrase, words("frame", "speech_verbs"))]
    heads = [c for c in heads if c.how == "frame" or
             not any(a <= c.hit.start < b for a, b in objects)]
    # how the user is dressed while doing another act ("穿着制服帮他去催") is not the act
    # …unless the dress is itself what the text conditions ("便衣在这巡逻": 需要着便装的，应当携带工作证件)
    manner = [c for c in heads if getattr(c.target, "manner", False) and not getattr(c.target, "omits", "")]
    # (…another act of the catalogue, not a rule beside it: "穿着辅警制服去饭店吃饭喝酒" — drinking only has a rule
    # nearby, the dress off duty is what the text bars)
    if manner and any(c not in manner and not isinstance(c.target, RelatedRule) for c in heads):
        heads = [c for c in heads if c not in manner]
    # how the user gets there ("骑摩托把决定书送到他家去", "开车到他庄上把决定书送过去") is not the act named after it
    # …unless the vehicle is a police one ("开警车拉他去出警", "骑起去巡逻" with the story's 警用摩托): driving it is asked too
    travel = [c for c in heads if getattr(c.target, "travel", False)
              and not _POLICE_VEHICLE.search(c.hit.phrase + text[c.hit.start:c.hit.end] + c.evidence) and
              any(o.hit.start >= c.hit.end and (_ON_THE_WAY.search(text[c.hit.end:o.hit.start]) or
                                                 re.search(r"(去|到|来)$", text[c.hit.start:c.hit.end]) or o.hit.start == c.hit.end
                                                 and re.match(r"(送|押|拉|带|载)", text[o.hit.start:])) for o in heads
                  if not getattr(o.target, "travel", False))]
    if travel:
        heads = [c for c in heads if c not in travel]
    # "把一个喝多了乱砸东西的人带回所里醒酒": what is said of the person a 把 phrase names is no act, when an act follows it
    described = [m.span(1) for m in _BA_PERSON.finditer(text)]
    inside = [c for c in heads if any(a <= c.hit.start and c.hit.end <= b for a, b in described)]
    if inside and any(c.hit.start >= max(b for _, b in described) for c in heads if c not in inside):
        heads = [c for c in heads if c not in inside]
    # "…时": the time of another act, unless it is the only act named
    timed = [c for c in heads if _time_frame(text, c.hit.end)]
    if len(timed) < len(heads):
        heads = [c for c in heads if c not in timed]
    # "穿着发的制服在路口执勤的时候拍点小视频发上去": the dress worn on duty while doing an act the catalogue does not
    # name is not what is asked — the act done so is (not addressed)
    if heads and all(getattr(c.target, "manner", False) for c in heads):
        end = max(c.hit.end for c in heads)
        on_duty = _ON_DUTY_FRAME.search(text[end:])
        if on_duty and _has_verb(text[end + on_duty.end():]):
            heads = []
    kept = phrases.longest_only([c.hit for c in heads])
    # an entry named by its verb and the thing the story names ("把内容录进系统" of a paper marked 机密, "控制住他" of
    # one not in his right mind) stands beside the longer alias of the plain act it overlaps (录进系统, 控制住他): the
    # same act, ruled by the thing the story names (the alias names none)
    kept_targets = {id(c.target) for c in heads if c.hit in kept}
    specific = [c for c in heads if c.hit not in kept and c.how == "frame" and id(c.target) not in kept_targets and
                c.object_at is None]
    return [c for c in heads if c.hit in kept or c in specific]


_QUOTES = re.compile(r"[“”\"「」『』‘’']")
# a job taken over ("把所里网络维护这摊子接过来", "把档案这块管起来"): the work the 把 object names
_TAKEN_OVER = re.compile(r"把(?P<job>[^，。？！把]{2,16}?)(这摊子?|这块|这一块|这摊事|这个活儿?|的活儿?|这活儿?|的工作|这项工作|这些活)?(都|也)?"
                         r"(接过来|接过去|接手|接下来|管起来|揽过来|担起来|担过来|负责起来)")


@lru_cache(maxsize=4096)   # the same words are read once to choose the act, again to decide it
def _head_candidates(text: str, story: str, doc_id: str, joining: bool = False) -> tuple[_Candidate, ...]:
    """The heads of an act, reading "把X扣了" as "扣X" when the words as they stand head nothing."""
    # a trainer's case: 他/她 and the 辅警's name are the subject whose acts are asked, not someone else
    joining = joining or bool(TRAINEE.search(story))
    heads = _heads(text, story, doc_id, joining)
    if not heads:
        variant = _reorder_ba(text)
        if variant:
            heads = _heads(variant[0], story, doc_id, joining, at=variant[1])
        # "把上个月的案卷归档整理了": 归档整理, one act (read only where it differs from the verb alone)
        compound = _reorder_ba(text, compound=True) if not heads and variant else None
        if compound and compound != variant:
            heads = _heads(compound[0], story, doc_id, joining, at=compound[1])
    if not heads:
        # "把所里网络维护这摊子接过来": a job taken over, named as the 把 object — that work is the act
        job = _TAKEN_OVER.search(text)
        if job:   # (…or managing it: "把局里的档案这摊子接过来" is 管理档案)
            heads = _heads(job.group("job"), story, doc_id, joining) or _heads("管理" + job.group("job"), story, doc_id, joining)
    if not heads:
        variant = _reorder_topic(text)
        if variant:
            heads = _heads(variant, story, doc_id, joining, at=0)
    if not heads:
        plain = _without_motion(text)
        if plain:
            heads = _heads(plain, story, doc_id, joining)
    if not heads and _QUOTES.search(text):
        heads = _head_candidates(_QUOTES.sub("", text), story, doc_id, joining)   # "点“准予迁入”": the button's name quoted
    if not heads:
        plain = _without_aspect(text)
        if plain:
            heads = _head_candidates(plain, story, doc_id, joining)
    return tuple(heads)


# "接了报案", "登记了情况": the 了 of a finished act between the verb and its object (not 了解, 了结)
_ASPECT = re.compile(r"(?<=[\u4e00-\u9fff])了(?=[\u4e00-\u9fff])(?![解结却不])")


def _without_aspect(text: str) -> str | None:
    """"给她接了报案" → "给她接报案": the catalogue names acts without the 了 of one done."""
    plain = _ASPECT.sub("", text)
    return plain if plain != text else None


def names_any(text: str, story: str, doc_ids, joining: bool = False) -> bool:
    """Whether ``text`` names a catalogue act (or a related rule) of any of ``doc_ids``."""
    return any(_head_candidates(text, story, d, joining) for d in doc_ids)


def _handed_in(act: Act) -> bool:
    """The act receives what a private person hands in as evidence ("交给你就行了，你签个收")."""
    return bool(re.search(r"^(帮着|帮忙|先)?(签个?收|签收|收下|接收|收)(一下|下)?$", _strip(act.words))) and \
        bool(re.search(r"证据|交给(你|我|我们|你们)|交到所里|交上来", act.request_text))


def match(act: Act, doc_id: str, story: str = "") -> ActReading:
    """The catalogue entries (and related rules) of ``doc_id`` that ``act`` names by its head."""
    # "回去把这片的警情数据分析一下": going back first, then the act
    heads = _head_candidates(_GO_FIRST.sub("", act.words), story, doc_id, act.joining)
    best: dict[str, EntryMatch] = {}
    related: dict[str, RelatedRule] = {}
    named: dict[str, str] = {}    # related rule → the words that named it
    for c in heads:
        if isinstance(c.target, RelatedRule):
            related[c.target.id] = c.target
            named[c.target.id] = c.hit.phrase
            continue
        evidence = c.evidence or c.hit.phrase
        score = float(phrases.weight(evidence))
        if c.target.id not in best or score > best[c.target.id].score:
            best[c.target.id] = EntryMatch(c.target, c.how, evidence, score)
    # (…not evidence a private person hands in: "律师说'交给你就行了，你签个收'" is 接受证据, the work)
    if act.for_private and not _handed_in(act):
        # "发小让我在系统里帮他查查她住哪": police means used for a private person is the entry that forbids it
        for t in _alias_index(doc_id).targets:
            means = phrases.first(act.words, getattr(t, "for_private", ())) or \
                phrases.first(act.request_text, getattr(t, "for_private", ()))
            if means is not None and t.id not in best:
                best[t.id] = EntryMatch(t, "private", f"{act.for_private}…{means.phrase}", float(phrases.weight(means.phrase)) + 1.0)
    if act.called:
        # "…这种私活可以接不": what the user calls the act names the rule of conduct beside it (a side job), not
        # the duty its words name (翻译)
        for t in related_rules(doc_id):
            if t.conduct and not t.manner and phrases.any_in(act.called, t.aliases):
                related[t.id] = t
    # "把那个喝醉了…的男的控制住": the drinking is the object's, the person a frame's verb acts on, not the user's
    objects = [m.evidence.split(phrases.GAP)[-1] for m in best.values() if m.how == "frame"]
    related = {k: t for k, t in related.items() if not any(named.get(k, "") and named[k] in o for o in objects)}
    side_job = any(t.conduct and not t.manner for t in related.values())
    if act.paid and not any(m.entry.verdict == "forbidden" for m in best.values()):
        # "一条给我分5块钱": work done for a private party's money is the entry that forbids private gain
        for t in _alias_index(doc_id).targets:
            if getattr(t, "when_paid", False) and t.id not in best:
                best[t.id] = EntryMatch(t, "paid", act.paid, float(phrases.weight(act.paid)) + 1.0)
    matches = tuple(sorted(best.values(), key=lambda m: -m.score))
    if any(m.how == "frame" for m in matches) and not side_job:
        related = {}   # a verb with the object the story names ("调解" + 打架) is that entry's act, not the near rule
    return ActReading(act.words, matches, tuple(related.values()), act.negated, act.assisting)

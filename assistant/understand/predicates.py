"""The words of an asked predicate: what is only how, when or who ("先", "没证", "一个坐办公室的文职"), what only
points back ("这个活", "干这个"), the verb said again ("签不签得" → 签) — read before an act is taken from them
(:mod:`.acts`).

>>> _verb_of("这个忙我帮得到"), _clean_pred("一个坐办公室的文职干这个")
('这个忙我帮', '干这个')
"""

from __future__ import annotations

import re

import jieba.posseg as posseg

from .. import phrases
from .clauses import QUESTION_LEAD
from .lexicon import is_verb, words

# …and "没证" before the act: a qualification lacking (the situation reads it), not the act left undone
_WITHOUT_PAPERS = r"(没|无|没有|还没有?)(拿到|考到|考下)?(证|证书|资格证?|执照|上岗证|资质)"
_ADVERBS = re.compile(r"^(要不然|要不|不如|干脆|还有|今天|明天|现在|待会儿?|等会儿?|这次|下次|先|再|也|还|又|就|都|直接|一起|顺便|顺手|顺带|然后|接着|另外|同时|并且|并|去|过去|上去|能|想|要|打算|准备|"
                      # "说好了不赌钱": agreed beforehand, what follows is not done
                      r"说好了?|讲好了?|说定了?|约好了?|"
                      # "（专班）说一部分在现场拉警戒线": what the borrower said the staff are for, the act itself
                      r"说是?(?=一部分|另一部分|一拨|一批|有的|一个|另一个)|"
                      # "安排是看到违停先在车上贴告知单": the arrangement and the condition it is done on
                      r"(计划|安排|打算|方案|分工)是|(看到|看见|发现|遇到|碰到|见到)[^，。？！就先再便把]{1,8}(先|再)|"
                      + _WITHOUT_PAPERS + ")+")


def _strip(text: str) -> str:
    """The act's words without the adverbs before it ("先", "再", "顺便"): particles are already off."""
    text = re.sub(r"一下$", "", text.strip())
    return _ADVERBS.sub("", text) or text


# "涉密的东西从来不碰": the thing first, then the user keeping away from it — said of the user's usual work, no act
KEEPING_AWAY = r"(从来|从|一概|根本|压根|向来|一律|绝对|都|也)(都|也)?(不|没有?|不会)(碰|沾|接触|经手|管|摸|参与|做|干|过问|插手)"
_KEEPS_AWAY = re.compile(KEEPING_AWAY + r"(过)?$")


def keeps_away(text: str) -> bool:
    """"涉密的东西从来不碰": the clause says what the user never touches."""
    return bool(_KEEPS_AWAY.search(_ADVERBS.sub("", text)))


def _negated(text: str) -> bool:
    body = _ADVERBS.sub("", text)
    if re.match(r"^(不|没|别|不要|不用)[\u4e00-\u9fff]{1,4}(直接|就|便)[\u4e00-\u9fff]", body):
        return False   # "不打码直接发": the act is the sending; how it is done comes first
    if re.match(r"^(不|没)(上班|当班|值班|执勤|上岗)(的时候|时)?(?=[\u4e00-\u9fff])", body):
        return False   # "不上班穿辅警衣服出去": when, not an act left undone
    if re.match(r"^(没有?|没得)(民警|警察|师傅|带班民警|带班的)(在场|在|跟着|带着?|陪着?)", body):
        return False   # "没民警在场我们自己搞宣传": the officer absent, the act is done
    if re.match(r"^(不在|没在)(现场|场|身边|旁边|跟前)?(的话|的时候|时)?(我|俺)", body):
        return False   # "(他)不在现场我去指挥车子": the officer absent (its 他 left before), the act is done
    if keeps_away(body):
        return True
    # "没收他推车": 没收 (confiscate) is a verb of its own, no 没 of what was not done
    return any(body.startswith(n) for n in words("frame", "act_negations")) and not body.startswith(("不得", "不能", "不可", "没收", "别的", "别处", "别人", "别个", "别家"))


# what follows a verb and names no act: how often, 了, 得 of the potential and its complement ("这个忙帮得不",
# "这个活接得到不", "这样做得了吗")
# (…重庆话 "看起", "守到起": the 起 of a state kept, no part of the verb)
VERB_TAIL = re.compile(r"(一下|一趟|一次|得到|得了|得成|得下|得来|了|得|(?<=[看守盯坐站蹲])(到起|起|倒起))$")


def _bare(pred: str) -> bool:
    """A predicate that is only a verb ("签", "接", "帮忙", "跟着去") or a pointer ("这么做")."""
    body = re.sub(r"^(民警|他|她)?(不在|没在|没来|不来|没下来|不下来|没过来|不过来|没回来|还没到|没到)(场|身边|旁边)?(的话)?(我)?", "", pred)   # "民警不在我自己去"
    # "按重庆的条例行不行": the text it is measured by, no act of its own
    body = re.sub(r"^(按|按照|依照|根据)[^，。？！]{0,8}?(条例|办法|规定|文件)(来说|来看|来讲|讲|说)?", "", body)
    # "让辅警自己弄", "现场辅警自己弄": who does it and where, before the verb
    body = re.sub(r"^(现场|在现场)?(能不能|能|可以|可不可以)?(就|也|都)?(全部|全|都)?(让|叫|安排|派|交给|交由|给)?(勤务辅警|文职辅警|辅警|勤务|文职|他们|她们|他俩|她俩)"
                  r"(?=自己|单独|独自|一个人|直接|去|来|弄|搞|做|干|办)", "", body)
    body = re.sub(r"^(明天|今天|后天|待会儿?|等会儿?|下午|上午|晚上|马上|现在)", "", body)   # "明天一个人去": when, no act
    # "我这种岗位跟到去要得不": who the user is, said by the post, before the bare verb
    body = re.sub(r"^(我|俺)?(这种|这个|这样的|我这种)(岗位|岗|身份|岗位的人)(的)?(?=.)", "", body)
    # "这活本来就该她干吗": whose work it is by rights, then the bare verb
    body = re.sub(r"^(本来|本身|原本|其实)?(就)?(该|应该|应当)(她|他|我|俺|他们|她们|我们|辅警)(来)?(?=.)", "", body)
    body = re.sub(r"^(一个人|自己|单独|独自|直接|先|再|也|还|就|跟着|一起|帮着|帮忙|去|" + _WITHOUT_PAPERS + ")+", "", body)
    body = VERB_TAIL.sub("", body)
    body = re.sub(r"(?<=.)(到底|究竟|真的)$", "", body)   # "这到底行不行": the pointer, stressed
    body = re.sub(r"^在(屋里|所里|家里|办公室|这边|那边|现场|单位|岗上|队里)", "", body)   # "自己在屋里弄": where, no act
    if phrases.any_in(body, [w for w in words("frame", "back_references") if len(w) > 1]) and len(body) <= 5:
        return True
    # "这种活我一个人": a pointer, then who does it and how alone — no act of its own
    if re.fullmatch(r"(这种活|这个活|这活|这种事|这件事|这事|这个事|这个|这种|这样|这么)(我|俺|我们|俺们)?(一个人|自己|单独|独自)+", body):
        return True
    return len(body) <= 1 or _light(body)


_TOPIC_NOISE = re.compile(r"(我们|我|咱们|咱|勤务辅警|文职辅警|勤务|文职|辅警|你们|你|那么|那|就|也|还|都|今天|现在|当时|这种情况|这种|"
                          r"这样的)")


def _verb_of(pred: str) -> str:
    # "一个人在那讲", "我一个人去送": where and how alone, before the verb
    verb = re.sub(r"(一下|一趟|一次|了)$", "", re.sub(r"^(我|一个人|自己|单独|独自|直接|先|再|也|还|就|跟着|帮忙|帮着|上去|过去|上台|出去|在那儿|在那里|在那|在这儿|在这里|在这|去)+", "", pred))
    verb = re.sub(r"^(.)[不没]\1", r"\1", verb)                  # "签不签": the verb asked in its A-not-A form
    verb = re.sub(r"(?<=.)(得到|得了|得成)$", "", verb)              # "这个忙我帮得到不": can I help
    verb = re.sub(r"(?<=.)给(他|她|他们|她们|人家|我)?$", "", verb)   # "查给她": who it is for, not the act
    verb = re.sub(r"^去(?=.)", "", verb)
    # "签我的名字开", "用我自己的名义开": in whose name, then the verb of the act asked
    verb = re.sub(r"^(签|写|署|落|用|以)(我|我自己|我个人|自己)的?(名字|名义|名)(来|去)?(?=[\u4e00-\u9fff]{1,2}$)", "", verb)
    return verb or re.sub(r"(一下|一趟|一次|了)$", "", pred)   # "该不该我去": the verb itself, not nothing


def _has_verb(text: str) -> bool:
    """A verb of its own (not a verbal noun such as 辅警): "提醒他" has one, "一个辅警" none."""
    tokens = list(posseg.cut(text))
    # "给他上了手铐": 上 followed by 了 / 过 is the verb put on, though tagged a place word
    return any(is_verb(t.word, t.flag) or t.word == "上" and nxt.word in ("了", "过")
               for t, nxt in zip(tokens, tokens[1:] + tokens[-1:]))


def _without_nouns(text: str) -> str:
    """The words without the nouns jieba cuts into a verb ("抖音": 抖 + 音; frame.yaml ``not_verbs``), each left as a
    break so that the words around it are cut as they stand ("运营抖音号" → "运营，号")."""
    for w in words("frame", "not_verbs"):
        text = text.replace(w, "，")
    return text


def _strip_back_reference(pred: str) -> str:
    # "这三样活我干都没毛病吧", "这两件事一个人去办": a counted pointer and what it counts, before the pointer words
    # alone ("这两件") would leave what it counts behind
    pred = re.sub(r"(这|那)[两二三四五六几](样|件|个|项|种|步|桩|摊|份)(活儿?|事儿?|事情|工作|任务)?", "", pred)
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


# "问题是手铐这东西", "那个约束带这玩意儿": a thing named, then restated by a pointer
_NAMED_THEN_POINTED = re.compile(r"^(问题是|就是|那|那么|但是|可是)?([\u4e00-\u9fff]{1,6}?)(这东西|这种东西|这个东西|这些东西|这类东西|这玩意儿?|那东西|那玩意儿?)")


def _topic_object(topic: str) -> str:
    """A thing put before the question as its topic ("这钱我能收吗", "烟能收吗", "手铐这东西我们能用吗"): the object
    of a bare verb."""
    topic = re.sub(r"^(还有|另外|再就是|以及|而且)", "", topic.strip())   # "还有民警的枪我能不能…": a second question opened
    topic = re.sub(r"^(那个|这个|那|这)?(时候|会儿)", "", topic)   # "那个时候民警的枪我…": when, then the thing
    named = _NAMED_THEN_POINTED.match(topic)
    if named:
        return named.group(2)   # "手铐这东西": the thing, named before the pointer that restates it
    if phrases.any_in(topic, [w for w in words("frame", "back_references") if len(w) > 1 and w not in ("这个", "那个")]):
        return ""
    for kind in ("modal_before", "modal_after"):
        for w in words("frame", kind):
            topic = topic.replace(w, "")
    # "上手铐这个辅警到底能不能干": the act pointed at, then who may do it named in general
    topic = re.sub(r"(?<=这个|那个|这种|这事|这活)(我们|咱们)?(勤务|文职)?(辅警|协警)$", "", topic.strip())
    if re.search(r"的(勤务|文职)?(辅警|协警)$", topic.strip()):
        return ""   # "我们巡逻的辅警能飞吗": who asks, described by their work, no object of the verb
    if re.fullmatch(r"(我|我们|俺|俺们|咱|咱们)(这个|这种|这样|这号|一个|这些)?[^，。？！]{1,6}的", topic.strip()):
        return ""   # "我这个坐窗口的能跟着去查吗": the asker described by their post
    # "平台那个警用摩托": where the thing is, then the thing pointed at — the thing
    topic = re.sub(r"^[\u4e00-\u9fff]{1,6}?(那|这)(个|辆|台|把|副|部|架|条|些|批)(?=[\u4e00-\u9fff]{2})", "", topic.strip())
    rest = _TOPIC_NOISE.sub("", topic).strip()
    rest = re.sub(r"^(这|那)(个|些|份|笔|张|条)?", "", rest)
    rest = re.sub(r"(?<=.)(这个|那个|这种)$", "", rest)   # "上手铐这个": the act, then its pointer
    if not rest or len(rest) > 6 or rest.endswith(("时", "时候", "的话", "里")) or rest in ("个", "些"):
        return ""
    return rest


# who asks, before the act ("我一个勤务辅警能…", "文职辅警能…"): not part of the act
_SUBJECT = re.compile(r"^(另一个是|一个是|[一二三四]是|第[一二三四]个?是?|我们俩|我们两个|我俩|咱俩|我们|我|咱们|咱|你|徒弟|学员|新人|他|她|作为|一个[^，。？！]{1,6}的(文职|勤务)(辅警)?|一个(坐|管|守|看|跑|干|做)[^，。？！的]{1,4}的|[^，。？！]{1,6}的(勤务|文职)?辅警|一个协警|我一个协警|协警|一个勤务辅警|一个文职辅警|一个辅警|一个勤务的|一个文职的|一个文职|一个勤务|这个文职|两个辅警|几个辅警|勤务辅警|文职辅警|勤务|"
                      r"文职|辅警|警务辅助人员|就|也|都|还|"
                      # "我这种窗口岗位的去看管嫌疑人": the user named by their post, no part of the act
                      r"(这种|这样的|这类)[^，。？！把去]{0,6}?(岗位|岗)的?|"
                      # "下午这个活他接了": when, before the pointer or the subject
                      r"上午|下午|中午|晚上|今天|昨天|前天|那天|当时|后来)+")


# "…的活", "…这项工作": the act named as work
_WORK_TAIL = re.compile(r"(的活路|的活|的工作|的事情|的事|这项工作|这种活|这活|的任务|这一步|这步|这个环节|这一环|这个步骤|这个做法|这种做法|的做法)(他|她|我|俺|他们|我们|她们)?$")


# light verbs and nouns that name no act of their own ("参加这种活动", "干这个")
_LIGHT = re.compile(r"(顶班|顶岗|替班|代班|顶一下班|顶一天|帮个小忙|帮个忙|顺路|顺手|跟着民警|跟着师傅|跟着警察|跟民警|跟着他们|这么操作|这样操作|这么办|照着做|照做|照办|操作|分别|各自|参加|参与|加入|过去|过来|上去|下去|跟着|跟|去|做主|拍板|上手|插手|帮把手|搭把手|搭手|帮衬|处理|安排|排班|排勤|这样排|整|办|做|干|搞|弄|接|帮|帮忙|这种|这类|这样的|"
                    r"这个|那个|这些|活动|事情|事|活|工作|一下|"
                    # "这个我做合规吧", "是我能做的吗": whether it is allowed, no act of its own
                    r"合规|合法|违规|越权|的|都|也|还|我|我们|"
                    # "这个能让她干吗": whether the trainee may be given it, no act of its own
                    r"让她|让他|叫她|叫他|喊她|喊他|哇|噻|嘛|"
                    # "我没证能给他弄吗": for whom, with a light verb — the request told is the act
                    r"给他|给她|帮他|帮她|替他|替她|给人家|帮人家|"
                    # "能否承担此项工作", "能胜任这个活吗": taking on the work pointed to, no act of its own
                    r"承担|负责|胜任|从事|接受|接手|干得了|做得了|抽调|调动|借调|动手|出手|来|就|"
                    # "这个应该也没问题吧": a guess, no act
                    r"应该|应当|该|肯定|大概|估计|可能|现在|马上|这会儿|"
                    # "…自己拦车查，到底可照啊", "真就不行吗", "难道不行吗": stress only
                    r"到底|究竟|难道|真的|当真|果真|真|"
                    # "这个算不算我文职的活路": whether it is the user's post's work, no act of its own
                    r"算不算我文职|算不算我勤务|算不算我们文职|算不算我)")


# who asks, after the topic ("这种活辅警能干吗"), and words that only stress ("开发这个活本身")
_SUBJECT_AFTER = re.compile(r"((这|那)(俩|两样|两个|两件|两摊|几样|几个|几件|些)?(活儿?|事儿?|事情|工作|任务)?)?"
                            r"(我们|我|咱们|咱|勤务辅警|文职辅警|辅警|本身|到底|究竟|都|也)+(是)?$")   # "开警车我是能开的吧"


# the texts named as where the answer is ("规定上我能去吗", "两地规定里算不算禁止"): not the act; the words
# for all the cities at once are the vocabulary's (intent.yaml, compare_places)
_ALL_PLACES = "|".join(map(re.escape, words("intent", "compare_places")))


_RULE_WORDS = re.compile(rf"^(按|按照|根据)?({_ALL_PLACES})?(的)?(规定|条例|办法|文件)(里|上|中)?(到底|究竟)?|"
                         rf"({_ALL_PLACES})?(的)?(规定|条例|办法)(里|上|中)(到底|究竟)?$")


# "回去把这片的警情数据分析一下": going back or over first, then the act
# (…or where it is done, someone else's place: "去他们营业厅给客户讲讲怎么防诈骗")
_GO_FIRST = re.compile(r"^(回去|回来|过去|过来|回所里|回单位|回局里|"
                       r"(去|到|上)?(他们|她们|人家)(的)?(营业厅|店里|店|公司|厂里|厂|学校|单位|小区|村里|社区|门店|网点|银行|医院|家里|工地|商场|超市)(里)?)"
                       r"(?=(把|给|帮|再|先)?[\u4e00-\u9fff]{3,})")


# "你给讲讲这三样他干得合不合规": the user asks the assistant to judge; what follows points at the acts
# (分析 only as asked of us, "帮我分析一下" — "分析流水画图" is the user's own work)
# (said bare, only before what it judges: "讲讲这三样…"; "讲讲里头啥情况" is the user telling someone)
_ASKS_US_LEAD = re.compile(r"^(你)?(帮我|给我|替我|你给|你帮|麻烦你|麻烦帮忙|麻烦帮我|麻烦|帮忙|给)(捋捋|捋一捋|理理|说说|讲讲|看看|看下|看一下|瞧瞧|判断|对一下|对对|评评|点评)(一下)?|"
                           r"^(捋捋|捋一捋|理理|说说|讲讲|看看|判断|对一下|对对|评评|点评)(一下)?(?=这|那|他|她|下面|以下|哪|上面|我|咱)|"
                           r"^(你)?(帮我|给我|替我|你给|你帮|麻烦你|给)分析(一下)?|^分析一下|"
                           # "麻烦问下他这样去顶班可以不": asking us, then the question
                           r"^(麻烦|劳驾|请)?(你)?(问下|问一下|问问|请教下|请教一下)|"
                           # "培训的时候有人问这样安排要得不": the question someone put to the trainer, asked again
                           r"^(培训|上课|讲课|开会)?(的时候|时|中)?(有人|有学员|学员|新人|同事|大家)(问|在问|提问|问我)(我)?")


# "我想问的是…", "问题是…" (clauses.QUESTION_LEAD): what follows is the question, the lead is no act
_QUESTION_LEAD = re.compile(r"^(" + QUESTION_LEAD + r")")


# "那批人我们看着", "那些东西归我们管": a thing pointed at, fronted before who acts on it (dropped: "那批人看着")
# (…its 那 already taken off as a lead: "批人我们看着")
# (…a thing, not a situation told: "这种民警不在跟前、我一个人去堵人")
_FRONTED_OBJECT = re.compile(r"^(?P<o>((那|这)(批|些|个|几个|几样|一批)?|批|些)[^，。？！、我俺咱归由给在不没]{1,8}?)(归|由|给)?(我们|我|俺们|俺|咱们)(来)?(?P<v>[^，。？！]{1,6})$")


def _clean_pred(pred: str) -> str:
    """The words of an asked act without the asking around them, nor who acts said between a thing fronted and its
    verb.

    >>> _clean_pred("那批人我们看着"), _clean_pred("那些东西归我们管"), _clean_pred("这种我做了")
    ('那批人看着', '那些东西管', '这种我做了')
    """
    fronted = _FRONTED_OBJECT.match(pred)
    # (a pointer alone, "这种我做了", names no thing: it points back; nor a description, "这种没民警跟着的")
    o = fronted.group("o") if fronted else ""
    if fronted and _has_verb(fronted.group("v")) and not o.endswith("的") and \
            not re.fullmatch(r"(这|那)(种|个|些|样|样子|件|件事|事|回|次|么|样做)?|(批|些)", o):
        pred = ("那" + o if o[0] in "批些" else o) + fronted.group("v")   # "那批人看着", "那些东西管"
    pred = _QUESTION_LEAD.sub("", pred)
    pred = _ASKS_US_LEAD.sub("", pred)
    pred = _RULE_WORDS.sub("", pred)
    body = _SUBJECT.sub("", pred)
    body = _SUBJECT_AFTER.sub("", body) or body
    body = _GO_FIRST.sub("", body)
    body = re.sub(r"(?<=.)(到底|究竟)$", "", body)   # "下班了还这么穿到底行不行": the act, stressed
    return _WORK_TAIL.sub("", body) or body


def _light(text: str) -> bool:
    return bool(text) and not _LIGHT.sub("", text).strip()


def _meta(text: str) -> bool:
    """A question about the story's act rather than an act ("这算我的工作范围吗", "必须有民警在场吗")."""
    return phrases.any_in(text, words("frame", "meta_questions"))


# "要额外考啥证", "需不需要驾照", "得有什么证": a licence asked of the act, no act of its own
_LICENCE_ASKED = re.compile(r"(还|另外)?(要|得|需要|需不需要|要不要|用不用|必须)?(额外|另外|专门|单独|再)?(考|办|拿|有|持|取得)?(个|啥|什么|哪些|啥子|哪种)?"
                            r"(专门|特别|相应|额外)?(的)?(证|驾照|驾驶证|证书|资格证|执照|证件|资格)")


def _qualification_only(text: str) -> bool:
    """Words that only say whether the user holds a licence ("没有摩托驾照", "没考过证")."""
    if _LICENCE_ASKED.fullmatch(text):
        return True   # "要额外考啥证吗": which licence the act needs, asked beside it
    found = phrases.longest_only(phrases.hits(text, words("situation", "qualified") + words("situation", "unqualified")))
    rest = phrases.without(text, found)
    return bool(found) and not re.sub(r"[的了吧吗呢也都就我还只有摩托车汽车无人机船这那]", "", rest).strip()

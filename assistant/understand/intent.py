"""What kind of question it is: ``eligibility`` (a hiring case), ``recusal``, ``duty`` (an act asked
about), ``compare``, or ``lookup`` (what the texts say). Words: ``intent.yaml``.

>>> from assistant.understand.clauses import split
>>> decide("回避由谁决定", split("回避由谁决定"), profile_facts=False, relation=None, names_act=False, named=[])
'lookup'
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import phrases
from .clauses import HANDLING_ASKED, Clause, _modal_spans
from .lexicon import vocabulary, words
from .pointers import _plural as plural


def _has(text: str, key: str) -> bool:
    if key == "compare":
        # "风险比以前大多了": set against the past, not against the other city
        text = phrases.without(text, phrases.hits(text, words("intent", "compared_with_past")))
        if phrases.any_in(text, words("intent", "compared_with_others")):
            return False   # "跟事业编有啥区别": set against another kind of job
    return phrases.any_in(text, words("intent", key))


def asks_permission(clauses: list[Clause]) -> bool:
    """Some clause asks with a permission word of the user's own ("能不能", "…可以吗", "让我…").

    >>> from assistant.understand.clauses import split
    >>> asks_permission(split("辅警的社保是谁交的"))
    False
    """
    return any(c.asked and (_modal_spans(c.text) or _WHICH_BETTER.search(c.text)) for c in clauses) or \
        any(c.request for c in clauses)



# whether the work of a post holds an act ("算不算文职的工作范围", "属不属于我们勤务的活")
_ROLE_SCOPE = re.compile(r"(算不算|算是|是不是|属不属于|属于|在不在)[^，。？！]{0,4}(文职|勤务|我们|我|辅警)[^，。？！]{0,4}?的?"
                         r"(活儿?|活路|工作范围|职责范围|职责|工作内容|分内)")
# "我是收下好还是退回去好": two acts of the user's weighed against each other — which one is allowed
_WHICH_BETTER = re.compile(r"(比较好|更好|好|对|没事|合适|妥当)还是[^，。？！]{2,}|还是[^，。？！]{2,}?(比较好|更好|好|对|合适|妥当)[吧呢啊吗嘛]*[？?]?$")


def asks_to_compose(text: str) -> bool:
    """The question asks the assistant to write something ("帮我写一份辅警年终个人总结"): it opens with
    the request (after a greeting or a city), and asks nothing of the texts.

    >>> asks_to_compose("帮我写一份辅警年终个人总结 500字左右"), asks_to_compose("辅警能写执法文书吗")
    (True, False)
    >>> asks_to_compose("想写篇稿子，连云港辅警的工资总量是哪个部门核定的？")   # the user's own task
    False
    """
    h = phrases.first(text, words("intent", "compose"))
    if h is None:
        return False
    prefix = text[:h.start].strip("，,：: ")
    if re.search(r"(想|准备|打算|正在|正|要)$", prefix) and not re.search(r"[帮给替]", h.phrase):
        return False    # "想写篇稿子，…": what the user is about to write, then the question for the texts
    # said to the assistant: first, or after a greeting or a place ("你好，", "重庆，"); "领导让我写一篇…" tells a task
    return not prefix or prefix in ("你好", "您好", "请", "麻烦", "麻烦你", "请你", "能否") or \
        (len(prefix) <= 3 and not re.search(r"[我让叫要]", prefix))


def chats(text: str) -> bool:
    """Chit-chat with the assistant ("陪我聊会天呗", "给我讲个笑话"): nothing asked of the texts.

    >>> chats("今天站岗站了一整天，腿都站麻了，陪我聊会天呗"), chats("站岗时能不能和群众聊天")
    (True, False)
    """
    return phrases.any_in(text, words("intent", "chit_chat"))


def asks_of_police(text: str) -> bool:
    """The asked sentence is of regular officers alone, whatever 辅警 the story names ("今年同时在招民警和辅警…民警也就是
    公务员那边，招录对学历和年龄有啥要求").

    >>> asks_of_police("今年同时在招民警和辅警。民警也就是公务员那边，招录对学历和年龄有啥要求？"), asks_of_police("在重庆当辅警有没有上升空间？干得好能不能转成正式民警？")
    (True, False)
    """
    text = text.replace("接警员", "接警岗")   # "指挥中心招110接警员": a post staff fill, no 警员
    asked = re.split(r"[。！？?!：:]", text.rstrip("。！？?! "))[-1]   # "…搞不清楚：民警那边…": what follows the colon
    # …not a 辅警 becoming one ("干得好能不能转成正式民警") nor the officers set beside the 辅警 ("还是说只有正式民警才有")
    if re.search(r"转成|转为|转正|招录为|招录成|招成|录成|提拔成|成为|考成|当上|变成|还是说|只有|才有|一样", asked):
        return False
    # …nor the user's own act beside the officer's ("民警配枪的时候我能帮他拿着枪吗")
    if re.search(r"(我|我们|俺)(能|可以|能不能|可不可以|该不该|要不要|得不得|敢不敢)", asked):
        return False
    return _has(asked, "regular_police") and not _has(asked, "staff_words")


# whether an officer must step aside, asked ("这个民警该不该回避", "带班的所长要不要回避")
_OFFICER_RECUSAL = re.compile(r"^(那|那么|这个|那个|这位|那位|带班的|带队的|值班的|我们的|我们|所里的)*(民警|警察|警官|所长|教导员|指导员|队长|师傅|带班民警|办案民警|"
                              # a member of a hiring panel ("这个评委要不要回避"): no case handled on duty
                              r"评委|考官|面试官|面试考官|主考官)"
                              # ("民警这种情况按规定要不要回避": the case and the rules said between)
                              r"(他|她)?(本人|自己)?(这种情况|这情况|这样|这种)?(按规定|按照规定|依规|按条例|按办法)?(到底|究竟)?"
                              r"(该不该|要不要|需不需要|需要|应不应该|应该|用不用|得不得|是不是要|必须)回避")


def asks_officer_recusal(clauses) -> bool:
    """A regular officer's recusal is asked, not the user's ("…带班的民警是打人那一方的姐夫…这个民警该不该回避？"): the
    texts govern the 辅警's recusal only.

    >>> from .clauses import split
    >>> asks_officer_recusal(split("带班的民警是打人那一方的姐夫，这个民警该不该回避？")), asks_officer_recusal(split("当事人是我表哥，我要回避吗"))
    (True, False)
    >>> asks_officer_recusal(split("辅警招聘面试，评委里有个民警是考生的亲姑父，这个评委要不要回避？"))
    True
    """
    asked = [c.text for c in clauses if c.asked]
    if any("回避" in t for t in asked) and any(_SELF_OFFICER_OR_PANEL.search(c.text) for c in clauses if not c.asked):
        return True   # "…辅警招聘安排我当面试考官…我这种情况是不是必须回避": the user is no 辅警 on a case
    return any(_OFFICER_RECUSAL.match(t) for t in asked) and \
        not any(re.search(r"(我|俺|辅警)[^，。？！]{0,6}(回避)", t) for t in asked)


# whether someone of another office must step aside ("审案子的法官是不是得回避"): the texts govern the 辅警's only
_OTHER_OFFICE_RECUSAL = re.compile(r"^(那|那么|这个|那个|这位|那位|审案子的|审案的|主审的|办案的|经办的)*(法官|审判员|审判长|陪审员|检察官|"
                                   r"仲裁员|书记员|公证员|纪委的人|监委的人)(他|她)?(本人|自己)?(这种情况|这情况|这样)?(按规定|依法)?(到底|究竟)?"
                                   r"(是不是|该不该|要不要|需不需要|需要|应不应该|应该|用不用|得不得|是不是要|是不是得|必须|得|要|该)回避|"
                                   # "我怎么申请法官回避", "能不能要求检察官回避"
                                   r"^[^，。？！]{0,10}(申请|要求|让|叫)(这个|那个|这位|那位|主审|审案子的)?(法官|审判员|审判长|陪审员|检察官|仲裁员|"
                                   r"书记员|公证员)回避")


def asks_other_office_recusal(clauses) -> bool:
    """Whether someone of another office must step aside is asked ("…审案子的法官是我表哥的大学同学，法官是不是得回避"),
    not a 辅警: the texts say nothing of it.

    >>> from .clauses import split
    >>> asks_other_office_recusal(split("审案子的法官是我表哥的大学同学，法官是不是得回避？")), asks_other_office_recusal(split("当事人是我表哥，我要回避吗"))
    (True, False)
    >>> asks_other_office_recusal(split("法官跟对方律师是大学同学，我怎么申请法官回避？"))
    True
    """
    return any(_OTHER_OFFICE_RECUSAL.match(c.text) for c in clauses if c.asked)


# the user put on a hiring panel ("安排我当面试考官"): no case handled on duty (an officer asking of the 辅警 they lead,
# "我是带新人的民警…小周需要回避吗", is a recusal of the texts)
_SELF_OFFICER_OR_PANEL = re.compile(r"(让|安排|叫|派)(我|俺)(当|做|担任|去当)(面试)?(考官|评委|面试官)|"
                                    # "我是县局负责辅警招聘面试的民警": the user on the panel by their own post
                                    r"(我|俺)是[^，。？！]{0,10}(负责|管)[^，。？！]{0,8}(招聘|面试|笔试|考试)[^，。？！]{0,4}的(民警|考官|评委|面试官|领导)")


# a post held before, told of an applicant ("有个报名的原来是乡镇公务员")
_PAST_OFFICE = re.compile(r"(原来|以前|之前|曾经|原先|早先|过去)[^，。？！]{0,10}?(是|当过|做过|干过|当|做|干)[^，。？！]{0,6}?(公务员|民警|警察)")


def outside_the_texts(text: str) -> str:
    """What a question is about when it is not a 辅警 at all: ``regular_police`` ("我老汉当正式民警，他好多岁
    退休"), ``public_service`` ("在解放碑派出所开无犯罪记录证明要带啥子材料"), else "". A staff word said only to
    deny it ("他是正式民警不是辅警") names no 辅警.

    >>> outside_the_texts("我老公是正式民警不是辅警，他升警长要几年"), outside_the_texts("辅警能转成正式民警吗")
    ('regular_police', '')
    >>> outside_the_texts("我爸是民警，他多少岁能退休？")
    'regular_police'
    >>> outside_the_texts("在渝北区办港澳通行证一般要几天能拿到"), outside_the_texts("文职辅警能帮群众办港澳通行证吗")
    ('public_service', '')
    >>> outside_the_texts("我儿子没考上辅警，想去小区当保安，保安员证去哪考")
    'other_staff'
    """
    said = re.sub(r"(不是|并非|而不是|又不是)(问|说)?(的)?(辅警|协警)", "", text)   # "…不是问辅警哈"
    said = re.sub(r"(跟|和|像|同)(辅警|协警)(一样|一个样|似的|那样|差不多)", "", said)   # "…跟辅警一样按企业养老那套吗": a comparison
    # "有个报名的原来是乡镇公务员": a job held before, told of an applicant — no officer asked about
    said = _PAST_OFFICE.sub("", said)
    if asks_of_police(said):
        return "regular_police"
    # "开无犯罪记录证明…报名辅警要用": the 辅警 job is only what the service is for
    # (…"报辅警要交无犯罪记录证明": the document the application asks for)
    said = re.sub(r"(报名|报考|报|考|应聘)(辅警|协警)(的话)?(要交|要开|得交|得开|需要交|需要开|要提交|要求交|要|需要|要用|用的|要的|用)", "", said)
    # "我儿子没考上辅警，想去小区当保安": a 辅警 job not got or left, the other job is asked about
    said = re.sub(r"(没考上|没有考上|没考起|考不上|没考进|不考|不想当|不当|不干|辞了|辞掉)(了)?(辅警|协警)(了)?", "", said)
    if _has(said, "staff_words"):
        return ""
    # "我爸是民警，他多少岁能退休": the clause after names the officer by a pronoun
    if _has(re.sub(r"(民警|警察)[，,]\s*(?=他|她)", r"\1", said), "regular_police"):
        return "regular_police"
    if _has(said, "other_staff"):
        return "other_staff"
    if _has(said, "public_services") and _has(said, "service_asks"):
        return "public_service"
    return ""


# one person named ("辅警王某某", "我们所辅警小刘"): the texts know nothing of what became of them
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_NAMED_ONE = re.compile(rf"[{_SURNAMES}]某某?|(?<![我你他她这那])(小|老)[{_SURNAMES}](?![区学时组队孩子们伙姑娘朋友板家师])|"
                        # "我们所的李强上个月被解聘了": a full name, said as one of the unit's, then what became of them
                        rf"(?<=[所队局的])[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}(?=上个月|上周|去年|前几天|前段时间|最近|被|因为)")


def asks_of_one_person(question: str, clauses: list[Clause]) -> bool:
    """An asked clause wants the outcome of one named person's matter ("王某某跟分局打劳动仲裁…最后判了没有",
    "辅警小刘去年年度考核到底评的啥等次"): no text holds it.

    >>> from .clauses import split
    >>> q1, q2 = "我们所辅警小刘去年年度考核到底评的啥等次啊", "辅警考核评的啥等次会影响工资吗"
    >>> asks_of_one_person(q1, split(q1)), asks_of_one_person(q2, split(q2))
    (True, False)
    >>> q3 = "渝中区我们所的李强上个月被解聘了，他到底是犯了啥子事哦"
    >>> asks_of_one_person(q3, split(q3))
    True
    """
    # the question as typed: a trainer's story reads the named 辅警 as "我"
    # (…not whether the outcome must be told to someone: "要不要把处理结果告诉大爷" asks the unit's duty)
    return bool(_NAMED_ONE.search(question)) and any(c.asked and _has(c.text, "outcome_asks") and not _TELL_OUTCOME.search(c.text)
                                                     for c in clauses)


_TELL_OUTCOME = re.compile(r"(要不要|需不需要|该不该|应不应该|是否要|是否需要|必须|应该|得不得|用不用)[^，。？！]{0,6}(结果|情况)"
                           r"[^，。？！]{0,4}(告诉|告知|反馈|答复|回复|通知)")


def other_matter(clauses: list[Clause], wide: bool = False) -> bool:
    """An asked clause is about a matter of another law ("离婚的话她能分走多少", "起征点好多"), whoever asks:
    nothing in the texts bears on it. ``wide``: a question for the texts, whose asked sentence may tell the
    matter in a clause of its own ("想问下医保门诊报销比例是好多，一年最多能报好多钱").

    >>> from assistant.understand.clauses import split
    >>> other_matter(split("我是连云港的辅警，老婆要离婚，离婚的话她能分走多少")), other_matter(split("辅警结婚有几天婚假"))
    (True, False)
    """
    if not wide:
        return any(c.asked and _other(c.text) for c in clauses)
    # a question for the texts: the story of its sentence says what it is about ("想问下医保门诊报销比例是好多，一年最多能报好多钱")
    asked = {c.sentence for c in clauses if c.asked}
    # "…房东押金不肯退。这种该去哪投诉": a pointer opening the question asks of the sentence before
    asked |= {c.sentence - 1 for c in clauses if c.asked and _POINTER_FIRST.match(c.text)}
    # …unless the asked clause names a topic of the texts itself, of the unit's or the 辅警's ("出警被狗咬了，单位给我们上了
    # 工伤保险没得"; not "追尾了…保险理赔该怎么走流程", an insurer's)
    # (…a pointer too, when what it asks is the injury at work: "…被那家的狗咬了…这算不算工伤")
    if any(c.asked and not _other(c.text) and _has(c.text, "lookup_topics") and _OF_THE_UNIT.search(c.text)
           and (not _POINTER_FIRST.match(c.text) or re.search(r"工伤|因公", c.text)) for c in clauses):
        return any(c.asked and _other(c.text) for c in clauses)
    # (…near an asked clause: a long message without stops is one "sentence" — "…房贷都还不上…工资有个标准…年休假有没有"
    # tells the mortgage as a hardship, asks of pay and leave)
    # (…anywhere in it when its asked clauses name no topic of the texts: "我在连云港考驾照科目二挂了三次了，教练说…，能不能加急")
    asked_at = [c.index for c in clauses if c.asked]
    topical = {c.sentence for c in clauses if c.asked and _has(c.text, "lookup_topics")}
    # (…or across the clauses of the asked sentence: "逮到个骑电动车不戴头盔的，这个一般罚多少钱啊")
    # (…when no asked clause of it names a topic of the texts: not "…房贷都还不上…听说规定里工资有个标准")
    if any(s not in topical and _other("".join(c.text for c in clauses if c.sentence == s)) and
           not any(c.asked and c.sentence == s and _OWN_LEAVING.search(c.text) for c in clauses) for s in asked):
        return True
    # (…nor, beside a question of its own, the user's plan told as the reason: "想辞职去考公务员，我自己提出解除合同可以不")
    return any(c.sentence in asked and _other(c.text) and (c.sentence not in topical or min(abs(c.index - i) for i in asked_at) <= 2)
               and not (not c.asked and _PLAN_TOLD.match(c.text) and
                        any(o.asked and not _other(o.text) and (_has(o.text, "lookup_topics") or _OWN_LEAVING.search(o.text))
                            for o in clauses))
               for c in clauses)


# the 辅警's own leaving asked ("我自己提出解除合同可以不")
_OWN_LEAVING = re.compile(r"解除|辞职|离职|不干了|合同")
# the user's plan, told as the reason for what is asked ("想辞职去考公务员")
_PLAN_TOLD = re.compile(r"^(我|俺)?(想|打算|准备|计划|要)(辞职|辞了|走|不干了)?(去|再)?")


# a choice between two ways of doing the work, asked as which is better ("重装系统装win10还是win11好点")
_WHICH_BETTER = re.compile(r"[^，。？！]{1,16}还是[^，。？！]{1,12}(好|好点|好些|好一点|更好|合适|划算|方便)(呢|啊|哦|嘛|吗)?$")
_MAY_WORDS = re.compile(r"能不能|可不可以|可以|能否|允许|让不让|准不准|行不行|违规|违反|规定|条例|办法|该不该|要不要")


def asks_which_better(clauses: list[Clause]) -> bool:
    """Every asked clause asks which of two ways is better ("装win10还是win11好点"), nothing of what may be done:
    a matter of skill the texts do not govern.

    >>> from assistant.understand.clauses import split
    >>> asks_which_better(split("我是管网络维护的文职，重装系统装win10还是win11好点？"))
    True
    >>> asks_which_better(split("文职辅警去巡逻还是留在所里好，规定怎么说"))
    False
    """
    asked = [c.text for c in clauses if c.asked]
    return bool(asked) and all(_WHICH_BETTER.search(t) and not _MAY_WORDS.search(t) for t in asked) and \
        not any(_MAY_WORDS.search(c.text) for c in clauses)


def asks_of_posting(clauses: list[Clause]) -> bool:
    """An asked clause is about relatives posted in one unit ("能不能分到他姑父那个所去", "两口子不能在一个单位，得调走
    一个"), with no case of the story beside it: the texts' recusal is of a case handled on duty, none of posting.

    >>> from assistant.understand.clauses import split
    >>> asks_of_posting(split("我跟我媳妇都是同一个派出所的辅警，听说两口子不能在一个单位，得调走一个，有规定没得"))
    True
    >>> asks_of_posting(split("我跟我老婆在一个所上班，她处理的案子当事人是我表哥，我要回避吗"))
    False
    """
    asked = {c.sentence for c in clauses if c.asked}
    said = "，".join(c.text for c in clauses if c.sentence in asked)
    story = "，".join(c.text for c in clauses)
    return _has(said, "posting_asks") and _has(story, "posting_kin") and not _has(story, "posting_not_when")


# (…not a person pointed at: "这孩子以后咋办")
_POINTER_FIRST = re.compile(r"^(那|那么)?(?!(这|那)(个|位)?(孩子|娃|小孩|人|老人|家人|家属|兄弟|姑娘|小伙))(这种|这个|这事|这样|这|那种|那个)")
# (…or the injury at work itself: "上门登记时被狗咬了…这算不算工伤")
_OF_THE_UNIT = re.compile(r"单位|辅警|公安|所里|局里|分局|派出所|工伤|因公")


# "是签劳动合同还是算事业编": the other matter set beside one the texts govern, asked of the 辅警's own post
_BESIDE_OURS = re.compile(r"(劳动合同|劳动关系|合同制|聘用)[^，。？！]{0,6}还是|还是[^，。？！]{0,6}(劳动合同|劳动关系|合同制|聘用)")
# a business done for others in the matter of another law ("下了班私下帮人代办违章处理、消分，一单收两三百"): the 辅警's
# side line, which these texts govern
_DONE_FOR_OTHERS = re.compile(r"(代办|帮人|替人|给人|帮别人|替别人)[^，。？！]{0,6}(违章|消分|销分|扣分|驾照|年审)")


def _other(text: str) -> bool:
    # (…nor the 辅警's post set against another job: "辅警算啥身份…跟事业编有啥区别")
    return _has(text, "other_matters") and not _BESIDE_OURS.search(text) and not _DONE_FOR_OTHERS.search(text) and \
        not phrases.any_in(text, words("intent", "compared_with_others"))


# how a plan is asked about as a whole ("这样分工行不", "有没有哪个环节不对", "哪样能哪样不能")
_PLAN_WHOLE = re.compile(r"分工|安排|方案|环节|哪样|哪块|哪一块|哪部分|哪个|哪些|哪几")


def decide(text: str, clauses: list[Clause], *, profile_facts: bool, relation: str | None, names_act: bool,
           named: list[str], jurisdiction_given: bool = False, act_clauses: frozenset[int] = frozenset(),
           matched_act: bool | None = None) -> str:
    """The intent; ``act_clauses``: the clauses whose asked acts name a catalogue act; ``names_act``: an
    asked act matches a catalogue entry or is near one; ``matched_act``: one matches (default ``names_act``).

    The tool comes first: a hiring case, a recusal case, an act are decided by their rules in every city
    asked about ("两地分别能不能录" is an eligibility question for both). Only a question for the texts
    themselves that sets the cities side by side is a ``compare``."""
    if asks_to_compose(text) or chats(text):
        return "lookup"     # nothing to decide; the answer abstains (assistant/answer.py)
    matched = names_act if matched_act is None else matched_act
    tool = _tool(text, clauses, profile_facts, relation, names_act, act_clauses, matched)
    side_by_side = _has(text, "compare") and (len(named) > 1 or _has(text, "compare_places"))
    asked_text = "，".join(c.text for c in clauses if c.asked)
    if side_by_side and len(named) == 1 and not _has(asked_text, "compare") and not _has(asked_text, "compare_places"):
        side_by_side = False   # "做两地对比课件的时候发现…连云港的办法里允许吗": the comparison is the user's work, one city asked
    if tool == "duty" and side_by_side and not names_act:
        return "compare"   # "两地不能干的活对比一下": the lists themselves, no act of the user
    if tool == "duty" and (_PENALTY_STATED.search(text) or _OTHERS_CLAIM.search(text)) and \
            any(c.asked and _CLAIM_JUDGED.search(c.text) for c in clauses) and not re.search(r"我|俺", text):
        return "lookup"   # "判断题：…非法贩卖辅警服装标识…处一千元以上五千元以下罚款。这个说法对不对": a penalty the texts set, checked
    if tool == "duty" and side_by_side and any(c.asked and _RULE_ASKED.search(c.text) for c in clauses) and \
            not any(c.asked and (_MAY_ASKED.search(c.text) or re.search(r"条件|资格|前提", c.text)) for c in clauses):
        return "compare"   # "两地对现场执勤录音录像的要求…两边分别是怎么规定的": what each text says of it, no permission asked
    if tool != "lookup":
        return tool
    if side_by_side or _has(text, "compare") and not jurisdiction_given and len(named) != 1:
        return "compare"
    return "lookup"


# a penalty stated as the texts' ("处一千元以上五千元以下罚款", "予以没收")
_PENALTY_STATED = re.compile(r"处[^，。？！]{0,14}(罚款|警告)|予以没收|并处")
# a claim whose subject is not a 辅警 ("任何单位和个人都有权检举、控告辅警的违法违纪行为…这句话对不对")
_OTHERS_CLAIM = re.compile(r"(^|[：:])(任何单位和个人|任何单位或者个人|任何人|公民|群众|公安机关|用人单位|人民政府|市、区县)")
# what a text says of a matter, asked ("分别是怎么规定的", "有什么要求") — not whether one may
_RULE_ASKED = re.compile(r"(怎么|如何|咋个|咋)(规定|要求|写|讲)|有(什么|哪些|啥|啥子)(要求|规定)|规定(是|的是)?(什么|啥)|(要求|规定)(分别)?是(什么|啥)")
_MAY_ASKED = re.compile(r"能不能|可不可以|可以吗|能吗|行不行|行吗|要得不|照不照|得行不|中不中|允不允许|准不准")


def second_kind(intent: str, clauses: list[Clause], act_clauses: frozenset[int], relation: str | None,
                tie_at: int = -1) -> tuple[tuple[str, int], ...]:
    """The kinds of question asked, each with the clause that first asks it, when the user asks a second kind in
    a clause of its own ("这个笔录我能做不？另外这娃儿是我初中同学，我要不要回避？", "他这个岁数还报得了不？要是考上了，
    他能不能跟到民警去抓逃犯？"); empty when one kind is asked.

    A recusal asked beside an act needs a tie in the story, told after the act's question or asked as another
    matter ("另外", "还有"): "我能不能去处理？要不要回避？" after the tie asks one thing. An act asked beside a
    recusal or an application needs an asked clause of its own, after it (for a recusal: "要是回避，我在门口维持
    秩序总可以嘛"), naming a catalogue act; ``tie_at``: where the tie is told."""
    asked = [c for c in clauses if c.asked]
    recusal_at = [c.index for c in asked if _has(c.text, "recusal") and not _has(c.text, "set_aside")]
    hiring_at = [c.index for c in asked if _HIRING_ASKED.search(c.text) or _has(c.text, "hiring")]
    own = {c.index for c in asked if _modal_spans(c.text) or re.search(r"[\u4e00-\u9fff]得不", c.text)}   # "我开得不、飞得不"
    acts_at = sorted(i for i in own if i in act_clauses or any(j in act_clauses and j < i and not clauses[j].asked
                                                                 for j in range(max(0, i - 5), i)))
    kinds: list[tuple[str, int]] = []
    if intent in ("recusal", "duty") and recusal_at:
        first = recusal_at[0]
        # "所里问我能不能参与", "我能不能去处理": handling the case asks the recusal again, no act of its own
        duty_at = [i for i in acts_at if i not in recusal_at and not _HANDLING.search(clauses[i].text)]
        after = [i for i in duty_at if i > first]
        # the tie told after the act's question, or a clause of the story between them ("…这两样我都能干吗？因为是我
        # 表哥报的警，我是不是还得回避？": the tie said again, the recusal a question of its own)
        before = [i for i in duty_at if i < first and
                  (tie_at > clauses[i].end or any(_ANOTHER_MATTER.match(clauses[j].text) for j in range(i + 1, first + 1)) or
                   any(not clauses[j].asked for j in range(i + 1, first)))]
        if after or before:
            kinds = [("recusal", first), ("duty", (before or after)[0])]
    elif intent == "eligibility":
        # "要是考上了，他能不能跟到民警去抓逃犯": what the applicant may do once hired (not "这个罚款影响不影响")
        duty_at = [i for i in acts_at if i not in hiring_at and i in act_clauses and
                   any(_ONCE_HIRED.search(clauses[j].text) for j in (i - 1, i)
                       if j >= 0 and clauses[j].sentence == clauses[i].sentence)]
        # …or the user's own act asked first, then the application as another matter ("这两样我开得不？另外我表弟也想来考辅警…")
        first_hiring = min(hiring_at) if hiring_at else len(clauses)
        duty_at += [i for i in acts_at if i < first_hiring and i not in duty_at and
                    any(_ANOTHER_MATTER.match(clauses[j].text) for j in range(i + 1, first_hiring + 1) if j < len(clauses))]
        duty_at.sort()
        if duty_at:
            kinds = [("eligibility", (hiring_at or [0])[0]), ("duty", duty_at[0])]
    return tuple(sorted(kinds, key=lambda k: k[1]))


# "这个算不算辅警可以干的事": whether the work told is a 辅警's, not whether someone is a 辅警
_A_WORK = re.compile(r"辅警(可以|能|该|能够)(干|做|从事)")
# …going along to it ("我老同学开的KTV今晚被查，我跟着民警去合适不")
# (…not the leniency someone wants of the officers who handle it: "跟认识的民警说个情让从轻处理")
_HANDLING = re.compile(r"参与|参加(?!培训|考试|工会|社保|保险|比赛|活动)|进(这个)?专(案)?(班|组)|加入(这个)?专(案)?(班|组)|(?<!从轻)(?<!从宽)(?<!从重)(?<!宽大)(?<!轻点)处理|出警|出这个?警|出这趟警|上手(?!铐)|接手|经手|办这个|办案(?!区|中心|民警|警察|人员|单位|部门|的)|跟进|跟这个案|继续跟|接着跟|继续看着|接着看着|继续守着|接着守着|插手|去现场|接着办|接着弄|接着管|跟着办|还能办|能办吗|自己登记|做登记|能登记|"
                       r"(跟着|跟)(民警)?(一起|一块)?去(合适|合不合适|合规|合不合规|行|可以|可不可以|能|吗|不|得不|妥)")
# …and, for a user who is a party, the case's own steps ("我能一起去查吗", "领导让我去跟着调处"): handling it too — not
# for telling a duty question from a recusal one (an act of the lists asked beside a tie stays a duty question)
_HANDLING_OWN = re.compile(_HANDLING.pattern + r"|调处|调解|去查|一起查|跟着查|接警|接这个警|处警")
# the officer put on the case, asked with 会不会 ("这案子会不会让我经手", "所里会不会派我来处理")
_ASSIGNED = re.compile(r"(让|派|叫|安排|喊|排|轮到)(我|俺)[^，。？！]{0,3}(经手|处理|去|来|办|管|出警|上手|接手|负责)")
_ONCE_HIRED = re.compile(r"考上|录上|录取了|招进|招上|进去以后|进去了|当上|入职|上岗以后|上岗后|到时候|以后")
# one hired already ("新招的一个勤务辅警上岗半年了"), asked what the unit does now ("该咋处理", "能不能辞退")
_ON_THE_JOB = re.compile(r"(上岗|入职|录用|招进来|工作|干)(了)?(快|都|已经|刚|才)?([0-9一二三四五六七八九十两几半]+(个月|年|周|天)|半年|一年多?)了?|已经(上岗|入职|录用)|(上岗|入职)(以后|后|之后)|"
                         # "我们所新招的一个辅警还在试用期": hired, on probation
                         r"(还)?在试用期|试用期(内|里|还没过|没过)|"
                         # "我去年进的江北分局当勤务辅警", "今年3月份进的渝北区分局"
                         r"(去年|今年|前年|上个月|[0-9一二三四五六七八九十]+月份?)(才)?(进的|进了|考进|招进)")
# an application made now ("现在他想报我们市区的辅警", "有个报名的小伙子"), not a post held
_APPLYING_NOW = re.compile(r"(想|要|准备|打算|还想|又想)(再)?(报|考|应聘|来报)|来报名|来应聘|(有个|有一个|这个|那个)(来)?(报名|应聘)的|"
                           r"(报名|应聘)的(小伙|小姑娘|姑娘|女的|男的|人|考生|这个|那个)")
# (…"现在能不能跟他解除劳动关系", "能直接跟他解除吗": with whom said between)
_DEALT_WITH = re.compile(r"(该|要|得|会)?(咋|怎么|怎样|如何|啷个)(个)?(处理|办|弄)|(能不能|能|可以|可不可以)(直接)?((跟|和|与)(他|她))?(解除|辞退|开除|清退|退回)|"
                         r"(要|该|会)不会?(被)?(解除|辞退|开除|清退)")


# whether the one hired met the conditions at the time ("当初他符合条件吗", "他当时其实能不能报")
_MET_THEN = re.compile(r"(当初|当时|本来|那时候?)[^，。？！]{0,4}(符合条件|符不符合|符合吗|够条件|够不够|能不能报|能报吗|能不能录|该不该录|能录吗|"
                       # "他这种当初是不是就不该被招进来": whether the hiring should have happened at all
                       r"不该被?(招|录|招进来|录用|录取)|不应该被?(招|录|招进来|录用|录取)|就不能被?(招|录)|该不该被?(招|录))")


def _hired_and_dealt_with(clauses: list[Clause]) -> bool:
    """A 辅警 hired already, a record found later: what the unit does now is asked of the texts, not a hiring —
    or the unit ending the contract told, and whether it may ("试用期里跟我解除合同。这样子他们有依据吗")."""
    on_the_job = any(_ON_THE_JOB.search(c.text) for c in clauses if not c.asked)
    if any(_APPLYING_NOW.search(c.text) for c in clauses if not c.asked):
        return False   # "有个报名的小伙子以前在灌云当过辅警，干了一年多…现在他想报我们…": a former post, a new application
    # (…not when whether they met the conditions is asked as well: "当初他符合条件吗？现在能怎么处理" — the hiring decides first)
    if any(c.asked and _MET_THEN.search(c.text) for c in clauses):
        return False
    return on_the_job and any(_DEALT_WITH.search(c.text) for c in clauses if c.asked) or \
        on_the_job and any(_LET_GO.search(c.text) for c in clauses if not c.asked) and \
        any(_STANDS.search(c.text) for c in clauses if c.asked)


# staff taken on already ("今年新招了一批文职辅警"), and their posting asked ("借几个去路口…我们能这么安排吗")
_TAKEN_ON = re.compile(r"(新|刚|今年|去年|前不久|上个月|这批)?(招了|招进来|招进|招的|录了|录用了|进了)(一批|几个|一些|些|十几个|二十几个|好几个|[0-9一二两三四五六七八九十]+个|[0-9一二两三四五六七八九十]+名)?[^，。？！]{0,6}(辅警|协警)")
_POSTING_ASKED = re.compile(r"安排|派|借|调|排|分配|抽")


def _assigned_once_hired(clauses: list[Clause], act_clauses: frozenset[int]) -> bool:
    """Staff taken on already, their posting to an act of the lists asked ("今年新招了一批文职辅警，学历都是本科。交警支队
    想借几个去路口配合查酒驾，我们能这么安排吗"): a duty question of their post, no applicant's."""
    return bool(act_clauses) and any(_TAKEN_ON.search(c.text) for c in clauses if not c.asked) and \
        any(c.asked and _POSTING_ASKED.search(c.text) for c in clauses) and \
        not any(c.asked and _HIRING_ASKED.search(c.text) for c in clauses)


# whether the one in post keeps it, asked ("还能接着干不", "还能继续当辅警吗", "工作保得住吗")
_STAYS_ON = re.compile(r"(那|那么)?(他|她|我|俺)?(这样|这种)?(的话)?(还|以后还)?(能不能|能|可以|可不可以|能否)(继续|接着|接到|再)(干|当|做|留)(下去)?(辅警|协警)?(不|吗|么|嘛|不了|得成)?|"
                       r"(那|那么)?(他|她|我|俺)?(的)?(工作|饭碗|岗位)(还)?(保得住|保不保得住|保不住|能保住|能不能保住)(吗|不|么|嘛)?")
# a decision of the unit undone, asked ("这种能撤吗", "能不能申诉撤销"), after a sanction told
_UNDONE_ASKED = re.compile(r"(撤|撤销|撤掉|撤回|取消|复核|申诉|纠正|平反)(掉)?(吗|不|么|呢|得了|得掉)?$")
_SANCTION_TOLD = re.compile(r"处分|记过|警告|辞退|解聘|开除|扣(了)?(绩效|工资|奖金)|通报批评|处理(了|决定)")
# the unit ending the contract, told ("要在试用期里跟我解除合同"), and whether that stands, asked ("有依据吗")
_LET_GO = re.compile(r"(跟|和|与)(我|俺|他|她)解除(劳动)?(合同|关系)|把(我|俺|他|她)(辞退|开除|清退|辞了)|(要|说)(辞退|开除|清退)(我|俺|他|她)")
_STANDS = re.compile(r"依据|合规|合法|合不合|能这样|可以这样|说得过去|站得住")


# a question of another matter ("另外是俺弟弟，俺是不是得回避", "还有个事")
_ANOTHER_MATTER = re.compile(r"^(另外|还有|另|再问|再有|顺便问|顺便|对了|还想问|再说|而且|还有个事|还有件事)")


# "能收", "能要": taking the applicant on — or taking a thing, when the clause asks about an act ("老板的烟能不能收")
_TAKES = ("能收", "收不收", "收得到", "能要吗", "能不能要", "可以要")
# "护士执业资格证今年考试没过，还在等明年再考": an exam for a licence, no application
_CERTIFICATE_EXAM = re.compile(r"(执业资格|资格证|执业证|护士证|驾照|驾驶证|证书)[^。？！]*$")


def _hiring(text: str, act_spans: tuple[tuple[int, int], ...] = ()) -> bool:
    """Hiring words not inside the words of a job held ("我在派出所当辅警" is no application); ``act_spans``:
    where the clauses that ask about a catalogue act lie."""
    # "在万州能当勤务辅警不": a modal inside the words is an application, not a job held
    held = [(h.start, h.end) for h in phrases.hits(text, words("intent", "job_held"))
            if not re.search(r"(能|可以|想|要)[^当干做]*(当|干|做)", text[h.start:h.end])]
    # "我在渝北鲁能星城那边的交巡警平台当辅警": a workplace said at length
    held += [m.span() for m in _HELD_AT.finditer(text) if not re.search(r"(能|可以|想|要|考|报|去)[^，。]{0,2}$", m.group(3) or "")]
    held += [m.span() for m in _HIRED_ALREADY.finditer(text)]
    # "我刚进渝中分局当辅警": just taken on, the job held now
    held += [m.span() for m in _JUST_JOINED.finditer(text)]
    # "干辅警期间", "当辅警这几年": while holding the job
    # …"当辅警之前我在物流公司上班": before the job now held
    held += [m.span() for m in re.finditer(r"(干|当|做)(辅警|协警)(期间|的时候|的这几年|这几年|这些年|以来|之前|以前)", text)]
    # "我闺女大专毕业考的文职辅警，一直在分局做数据分析": the exam passed, the job held since
    held += [m.span() for m in re.finditer(r"(考的|考上的|考进的|考上了|考进了|考进)(是)?(文职|勤务)?(辅警|协警)", text)]
    # "当辅警两年了", "干辅警都五年多了": the job held for a while now
    held += [m.span() for m in re.finditer(r"(?<![能想要考报去])(干|当|做)(了)?(辅警|协警)(已经|都|快|有|差不多|也)?(有)?[一二两三四五六七八九十几半0-9]+(多)?(年|个月)", text)]
    # "我嫂子在灌云当辅警，前年执勤时出车祸走了": a relative's job held, told with where
    held += [m.span() for m in _KIN_HELD.finditer(text) if not re.search(r"(能|可以|想|要|考|报|去|准备|打算)$", m.group(1))]
    # "今年招的几个文职辅警": a hiring word that starts inside the words of a job held is part of them
    # "我能不能当场再罚他款": 当 of 当场 / 当面 / 当天 is no job taken
    hits = [h for h in phrases.hits(text, words("intent", "hiring"))
            if not (h.phrase.endswith("当") and text[h.end:h.end + 1] in "场面天时即晚地班众")
            # "她有没有资格提这个(换人)": a right to ask something of the unit, no post applied for
            and not (h.phrase.endswith("资格") and re.match(r"(提|要求|申请回避|投诉|告|换|让|叫|管)", text[h.end:]))
            # "做个询问笔录取证": 录 of 笔录 and 取 of 取证, no admission
            and not (h.phrase.startswith("录") and h.start > 0 and text[h.start - 1] == "笔")
            # "今天他又报警": 报 of a report to the police, no application
            and not (h.phrase.endswith("报") and re.match(r"警(?!校|察|官|院)|案|销", text[h.end:]))
            # "群众实名举报我们一个辅警": 报 of a report about a 辅警 (举报, 汇报, 上报, 通报), no application
            and not (h.phrase.startswith("报") and h.start > 0 and text[h.start - 1] in "举汇上通谎申情预")
            and not (h.phrase in _TAKES and any(s <= h.start < e for s, e in act_spans))
            and not re.match(r"(个|一个)?(公务员|事业编|研究生|驾照|教师|自考|成考|成人|函授|夜大|专升本|驾校|军校|部队)", text[h.end:h.end + 5])   # "还能不能考公务员", "能报个自考本科不", "想考军校"
            # "朋友公司…应聘司机的身份证号": another employer's job applied for, no post of a 辅警
            and not re.match(r"(的)?(司机|保安|店员|服务员|工人|员工|骑手|快递员|外卖员|销售|会计|文员|厨师|护士|保姆|网约车)", text[h.end:h.end + 4])
            # "我还能录她这批材料吗": 录 of data entry (录入, 录系统) told in the story, no one taken on
            and not (h.phrase.endswith("录") and _DATA_ENTRY.search(text))
            # "出个判断题考考大家：①辅警…": a trainer's quiz, no exam applied for
            and not (h.phrase.startswith("考") and (text[h.start - 1:h.start] in ("考", "题") or
                                                   re.match(r"考|一考|题|(一)?下?(大家|你们|你|学员|同学|新人|各位)", text[h.start + 1:])))
            # "能进人口信息系统": a system logged into, no post
            and not (h.phrase.endswith("进") and re.match(r"[^，。？！]{0,6}(系统|平台|内网|数据库|机房|网站)", text[h.end:]))
            and not ("考" in h.phrase and _CERTIFICATE_EXAM.search(text[max(0, h.start - 20):h.start])
                     and not re.match(r"[^，。？！]{0,4}(辅警|协警|文职|勤务|公安|警)", text[h.end:]))]
    # "试用期考核不合格被公司辞退了…报勤务岗": a past dismissal of the applicant, told in an application
    applies = _has(text, "application_words")
    if re.search(r"公务员|事业编|考研|考研究生|教师资格|军校|参军|入伍|征兵", _PAST_OFFICE.sub("", text)) and not re.search(r"辅警|协警|警务辅助|文职|勤务", text):
        return False   # "考公务员的年龄限制是好多 我35了还能考不": another exam, no application here
    return any(not any(s <= h.start < e for s, e in held) for h in hits) and \
        (applies or not _has(text, "dismissal"))


# …any relative the ties of relations.yaml name ("我表姐夫在赣榆当辅警"), the longest first
_KIN_WORDS = "|".join(sorted({w.lstrip("我俺") for t in ("spouse", "parent", "child", "sibling", "cousin", "uncle_aunt", "in_law",
                                                        "grandparent", "grandchild")
                             for w in vocabulary("relations")["ties"][t] if len(w.lstrip("我俺")) > 1} |
                            {"哥", "姐", "弟", "妹", "爸", "妈"}, key=len, reverse=True))
_KIN_HELD = re.compile(r"(?:我|俺)(?:家)?(?:的)?(?:表|堂|亲)?(?:" + _KIN_WORDS + r")"
                       r"(?:以前|原来|之前|生前|一直)?在([^，。？！]{1,20}?)(?:当|干|做)(?:勤务|文职)?(?:辅警|协警)(?![吗么呢不])")
# the asker's relative named ("我舅舅在网上买了一套辅警制服"): who 他 may be
_ASKERS_KIN = re.compile(r"(?:我|俺)(?:家)?(?:的)?(?:表|堂|亲)?(?:" + _KIN_WORDS + r")")
# "我女儿今年考上大渡口区一个派出所的文职辅警，本来是管档案的": hired already, the work held told after it
_HIRED_ALREADY = re.compile(r"(今年|去年|前年|已经|早就)考上(了)?[^，。？！]{0,18}?(辅警|协警)(?=[，,]\s*(本来|平时|现在|分在|在|一直|主要))|"
                            # "新来的辅警，是计算机专业招的": how someone already on the job was taken on
                            r"(是|按)[^，。？！]{1,8}(专业|岗位|学历|条件)(特招|招进来|招来|招)的|"
                            # "财务室新招了个辅警…科里想让她管报销": one taken on already, her work asked
                            r"((新|刚|才)招(了|进来)?(个|一个|的|了个|了一个)|"
                            # "我们招了个文职辅警，心理学硕士…想让她给做心理疏导": the unit's own, taken on
                            r"(我们|单位|所里|局里|科里|队里|中心|大队)招了(个|一个))(文职|勤务)?(辅警|协警|小姑娘|姑娘|小伙子|女孩|男孩)")


# whether the applicant may be taken on, asked in so many words ("帮我看下她条件够不够", "能不能招")
# whether the unit will refuse the applicant ("会不会因为上回合同没干满就不让录了", "不给报"), asked
_NOT_TAKEN_ON = re.compile(r"不让(录|报|招|考)|不给(录|报|招)|不(予|被)录用")
_ELIGIBILITY_ASKED = re.compile(r"条件(够不够|够吗|够不)|够不够格|够格吗|符不符合|符合不|合不合格|能不能(招|录|报)|(能|可以)(招|录|报)(吗|不|么)|不能招|不能录|不能报|"
                                + _NOT_TAKEN_ON.pattern + "|"
                                # "这个会不会卡她": whether a fact told bars the applicant
                                r"(会不会|会)(卡|卡住|影响|耽误)(她|他|我)")
_DISMISSED_FOR = re.compile(r"(被|遭|把(他|她|我|俺))[^，。？！]{0,8}(辞退|开除|清退|除名|辞了|开了|解除(了)?(劳动)?(合同|关系))|"
                            r"(辞退|开除|清退)了(他|她|我|俺)")


def _sentence(clauses: list[Clause], c: Clause) -> str:
    return "，".join(o.text for o in clauses if o.sentence == c.sentence)


_JUST_JOINED = re.compile(r"(我|俺)(刚|才|刚刚|今年|去年|已经)(进|进了|到|分到|分到了|考进|考进了|考上|考上了)[^，。？！]{1,16}?(当|干|做)(勤务|文职)?(辅警|协警)(?![吗么呢不])")


_DATA_ENTRY = re.compile(r"录入|录系统|录到系统|录进系统|录进|录到电脑|录信息|录材料|材料录|录笔录|录口供|录警情|录数据|录视频|录像|录音|"
                         # "帮忙录一下案件信息": the data entered named after 一下
                         r"录(一下|一哈|下)[^，。？！]{0,6}(信息|数据|资料|材料|系统|情况)|"
                         # "登记流动人口的时候录了很多租客的信息": data entered, said with what it was
                         r"录(了)?[^，。？！]{0,8}(信息|数据|资料|材料)|"
                         # "拿执法记录仪全程录着…能录不": a recording made on duty, told in the story
                         r"记录仪|(全程|一直|在旁边|在边上)(都)?录(着|下来|了)|录(着|下来)(的)?(视频|画面)?")


# …or said with no subject at the start of a clause, then how long ("在连云港当辅警快五年了")
_HELD_AT = re.compile(r"(我|俺)(现在|目前|一直)?(?:在([^，。？！]{1,24}?))?(当|干|做)(勤务|文职)?(辅警|协警)(?![吗么呢不])|"
                      r"(?:^|(?<=[，。！？\s]))(在)([^，。？！]{1,24}?)(当|干|做)(辅警|协警)(?=(快|都|已经|有)?[0-9一二两三四五六七八九十几]+年)|"
                      # "在墟沟这边当辅警，小区里…": the user's own post, said first, where they are
                      # (…"在新浦这边社区干辅警，", "在海州当辅警，": the message opens on it)
                      r"^(在)([^，。？！]{1,20}?)(当|干|做)(勤务|文职)?(辅警|协警)(?=[，,。 ])")
# the asked clause is whether someone may be taken on ("这个人能录吗", "人家能要他不", "还能再报么")
_HIRING_ASKED = re.compile(r"(?<!才)(能|可以|还能|能不能|可不可以)(再)?(录|录用|录取|招|要|报|考)(他|她|这个人|这人)?(吗|么|不|嘛|没|啵)$|"
                           # "46了还能考连云港辅警么": applying for the post, named after the verb
                           r"(能|可以|还能|能不能|可不可以)(再)?(考|报|报考|应聘)[^，。？！]{0,10}(辅警|协警|文职岗?|勤务岗?)(吗|么|不|嘛|没|啵)?$|"
                           # "这种还能录辅警不": this one taken on as a 辅警 (not "能招多少辅警": how many)
                           r"(能|可以|还能|能不能|可不可以)(再)?(录|录用|招)(?!多少|几)[^，。？！多几]{0,4}(辅警|协警)(吗|么|不|嘛|没|啵)$|"
                           r"(录不录|要不要他|要不要她|招不招)$|^(能不能|可不可以|能否)(录|录用|录取|招|要)(他|她|这个人|这人)?$|"
                           # "超过45岁是不是直接刷掉": whether the applicant told is screened out
                           r"(是不是|会不会|要不要|该不该|得不得)?(就|直接|肯定|必须)?(刷掉|刷下来|刷下去|筛掉|筛下来|卡掉|pass掉)(了)?(吗|么|不|嘛|啊|哦)?$|"
                           # "影响报名不", "会不会影响录用": whether what was told bars the applicant
                           r"^(这|这个|那)?(会|会不会|影不影响|有没有)?(影响)(他|她)?(报名|报考|应聘|录用|录取|招聘|政审)(不|吗|么|没|嘛)?$|"
                           # "…现在想再报连云港的辅警，这个有影响吗": what was told, weighed against the application told just before
                           r"^(这个|这|那|这样)(会|会不会|有|有没有)?影响(吗|么|不|没|嘛)?$|"
                           # "这样走会不会影响以后再报": what the user did or means to do, weighed against applying again
                           r"^(这样|这么|那样)[^，。？！]{0,3}(会不会|影不影响|有没有)(影响)(我|俺|他|她)?(以后|将来|今后)(再)?(报名|报考|应聘|报|考)(辅警)?(不|吗|么|没|嘛)?$")
# "分局自己能招不": whether a body may hire, a question for the texts — no applicant
# whether an applicant told is taken on, asked in any form ("两个地方能不能录", "两边结果一样不") — not "不能录用的情形"
_APPLICANT_ASKED = re.compile(r"(?<!不)(能不能|能否|可不可以|能|可以|还能)(录|报|招|要|过)|结果")
_BODY_HIRES = re.compile(r"(分局|公安局|县局|区局|市局|局里|所里|派出所|单位|公安机关)(自己|单独|自行)?(能|可以|能不能|可不可以)(招|录|组织)")
# "退役军人37了，年龄能放宽不": whether the age limit bends for the applicant told (an age stated)
_AGE_BENT = re.compile(r"年龄[^，。？！]{0,4}(能|可以|能不能|可不可以|会不会|给不给)(适当)?放宽")
_PAY_ASKED = re.compile(r"工资|薪酬|薪水|收入|待遇|五险一金|社保|社会保险|公积金|年假|休假|加班费|保险")
_QUESTION_FORM = re.compile(r"怎么|怎样|多少|好多|吗|呢|啥|什么|如何|哪|几|会不会|能不能|是不是|有没有|够不够|高不高|低不低")
# a question of the hiring beside pay: its topics (priority, the medical, a dismissal…) or whether the applicant may
# apply, asked in other words ("这个年龄还能报吗", "够不够条件", "政审能过吗", "能收吗")
_OF_THE_HIRING = re.compile(r"优先|优待|照顾|报|考|录|招|刷|卡|政审|体检|离职|解除|辞退|开除|纹身|条件|年龄|学历|"
                            r"能收|收不收|能要|要不要|符合|够不够|资格|能不能过|过得了|会不会算|"
                            # "被解除过劳动合同会不会算污点": what a record does to the application
                            r"污点|影响|算不算|记录|案底|前科")
_MONEY = re.compile(r"钱|费|垫|发票|报销|工资")
# who pays, asked ("住院这些钱公安局能不能先出"): not money handled in the work ("涉案的钱和东西我能经手不")
_PAYS = re.compile(r"(钱|费)[^，。？！]{0,8}(出|垫|报|赔|付|掏|给)")
# what the texts say of an act told ("…，规定上是怎么讲的") — not a comparison ("罚则一样吗")
_SAYS_OF_ACT = re.compile(r"怎么说|怎么讲|咋说|咋个说|咋讲|咋个讲|什么说法|啥子?说法|怎么规定|有什么规定|怎么写的|咋个?写的|"
                          r"违反了?(哪|什么|啥)|犯了哪条|属于(啥|什么)(子)?问题")
# "他屋头妈老汉儿担心出事": a family's worry is no case
# "车主打听到我家，天天跑到我爸妈开的小超市门口骂": someone come to the user's family to harass them
_AT_THE_DOOR = re.compile(r"(跑到|跑来|堵在|守在|找到|找上|追到)[^，。？！]{0,12}(门口|家门口|楼下|家里|店里)[^，。？！]{0,3}(骂|闹|堵|砸|泼)")


@lru_cache(maxsize=1)
def _harm_patterns() -> tuple[re.Pattern, re.Pattern]:
    """From ``harm_verbs`` and ``harmed_side`` (intent.yaml), compiled once: a harm done to the user's side ("打俺",
    "我家门口骂", "指到我鼻子骂"), and a harm suffered ("被…打了")."""
    verbs = "|".join(map(re.escape, sorted(words("intent", "harm_verbs"), key=len, reverse=True)))
    side = "|".join(map(re.escape, sorted(words("intent", "harmed_side"), key=len, reverse=True)))
    done_to = re.compile(rf"(?:{verbs})(?:了|过)?(?:{side})|(?:我|俺|咱)家[^，。？！]{{0,4}}(?:{verbs})|"
                         rf"(?:对|冲|朝|向|指到|指着|当着)(?:{side})[^，。？！]{{0,4}}(?:{verbs})")
    suffered = re.compile(rf"(?:被|遭|挨)(?:[^，。？！]{{0,8}}?)(?:{verbs})(?!的)")
    return done_to, suffered


def harmed(clauses: list[Clause]) -> bool:
    """The story tells a harm done to the user's side for their work: the words of ``harm_to_me``; a harm verb
    whose object is the user or their family ("打俺的人", "跑俺家门口骂"); the user's side suffering one ("在开发区
    巡逻的时候被一个喝多的人打了两拳", with no one else before the 被); a false accusation ("说我们辅警打人，根本
    莫得的事").

    >>> from assistant.understand.clauses import split
    >>> harmed(split("巡逻的时候被一个喝多的人打了两拳，打俺的人能咋处理")), harmed(split("有个群众被人打了，我能去管吗"))
    (True, False)
    """
    text = "，".join(c.text for c in clauses)
    if _has(text, "harm_to_me") or _has(text, "false_claims") or _AT_THE_DOOR.search(text):
        return True
    done_to, suffered = _harm_patterns()
    others = words("frame", "others")
    for c in clauses:
        if done_to.search(c.text):
            return True
        for m in suffered.finditer(c.text):
            before = c.text[:m.start()]
            # "被撞的是我外婆", "有个被拘的天天骂人": a relative clause naming a party, not the user's side suffering
            named = re.match(r"(?:被|遭|挨)[\u4e00-\u9fff]{1,3}的(.)", c.text[m.start():])
            if named and named.group(1) not in "人男女家司小大老醉酒":
                continue
            if not phrases.any_in(before, others) and not re.search(r"他|她|它", before):
                return True
    return False


_WORRY = re.compile(r"(担心|怕|生怕|就怕|万一|莫)[^，。？！]{0,4}(出事|出了事|出个啥事)")


# someone else's right to ask something of the unit ("她有没有资格提这个", "当事人能不能要求换人")
_PARTY_RIGHT = re.compile(r"(她|他|当事人|家长|对方|家属|人家)(到底)?(有没有|有|有没得|是否有|能不能|可不可以|可以|能)(资格|权利|权力|权)?"
                          r"(提这个|提出来|提出|提|要求换人|要求回避|申请回避|让[^，。？！]{0,4}回避|换人)")


# a user who was a 辅警 and left ("我以前在渝北当过辅警，辞职的时候那身衣服没交"): whose acts no list of work governs
_FORMER = re.compile(r"(我|俺)(以前|之前|原来|过去|曾经|前几年|早几年)[^，。？！]{0,8}(当过|干过|做过|是)[^，。？！]{0,4}(辅警|协警)|"
                     # "我在江北区当了四年辅警，上个月辞职了": the job held, then left
                     r"(我|俺)[^，。？！]{0,8}(当了|干了|做了)[^，。？！]{0,6}(辅警|协警)[，,]?[^。？！]{0,8}(辞职|离职|不干了|辞了|合同到期)")
_LEFT = re.compile(r"辞职|离职|不干了|辞了|辞掉|合同到期|没续签|被辞退|被清退|被开除|走的时候|走了以后|退下来")
_STILL = re.compile(r"(现在|目前|如今)(还|又|仍然|也)?(是|在|当|干)[^，。？！]{0,8}(辅警|协警)|又(考|回)[^，。？！]{0,6}(辅警|协警)")


# "考辅警要不要测体能", "招辅警考不考笔试": a step of the hiring asked of the texts, no act of the user's
_HIRING_STEP = re.compile(r"(要不要|需不需要|需要|用不用|会不会|有没有|考不考|测不测|是不是要|得不得)(先)?(测|考|参加|搞|进行|做)?"
                          r"(体能|体测|体检|面试|笔试|政审|考察|公示|考试|体能测试|心理测试)|"
                          # "下面哪一项不是条例规定的招聘环节": the steps of hiring themselves
                          r"(哪|什么|啥)[^，。？！]{0,16}(招聘|录用|招录|招考)的?(环节|程序|步骤|流程)|"
                          # "招聘程序能不能简化点", "考试环节能不能省": the steps of hiring bent, asked of the texts
                          r"(招聘|录用|招录|招考)的?(环节|程序|步骤|流程)[^，。？！]{0,4}(能不能|可不可以|能|可以|要不要)(简化|省|免|跳过|不走|少)")


def _tool(text: str, clauses: list[Clause], profile_facts: bool, relation: str | None, names_act: bool,
          act_clauses: frozenset[int], matched: bool = True) -> str:
    hiring = _hiring(text, tuple((c.start, c.start + len(c.text)) for c in clauses if c.index in act_clauses))
    # "…他这种当初是不是就不该被招进来？会不会被解聘": whether the one hired met the conditions, whatever follows
    hiring = hiring or any(c.asked and _MET_THEN.search(c.text) for c in clauses)
    # "我晓得要回避，这个先不说。我就想问平时辅警能不能一个人…": the tie set aside, the act asked
    # (…or settled by the one who decides it: "跟所长报告了，所长说就是普通同学，不用回避")
    # (…not what someone else says, in the clause or before it in its sentence: "有学员说舅舅不算近亲属，不用回避")
    settled = _SETTLED.search(text) or any(
        not c.asked and _SAID_NOT_NEEDED.search(c.text) and
        not any(o.sentence == c.sentence and o.index < c.index and re.search(_SPEECH, o.text) for o in clauses)
        for c in clauses)
    if settled and act_clauses and not any(c.asked and _has(c.text, "recusal") for c in clauses):
        return "duty"
    if recused_already(clauses) and not any(c.asked and _has(c.text, "recusal") for c in clauses):
        return "duty"   # "表弟那个案子我已经回避了。今天民警带着我去送处罚决定书…这样可以吗": the other work asked
    # (…the act asked in its clause or pointed at in the story: "我知道…得回避，但民警说先帮忙把人看住…这样行吗"; not a
    # step of the recusal asked, "我晓得可能要回避，但是哪个来批？我自己能不能申请")
    if _has(text, "set_aside") and \
            any(c.asked and not _has(c.text, "recusal") and (c.index in act_clauses or act_clauses and _POINTER_ASK.match(c.text))
                for c in clauses) and \
            not any(c.asked and not _has(c.text, "set_aside") and (_has(c.text, "recusal") or _RECUSAL_STEP.search(c.text))
                    for c in clauses):
        return "duty"   # (…"这关系要不要回避先不说": the recusal set aside in its own words, not asked)
    if any(_PARTY_RIGHT.search(c.text) for c in clauses if c.asked) and \
            not any(_has(c.text, "recusal") and not _PARTY_RIGHT.search(c.text) for c in clauses if c.asked):
        # (…unless the user also asks whether they must stand aside: "他有权让我回避吗？我必须回避吗")
        return "lookup"   # "…一个娃的妈要求换人。她有没得资格提这个": a party's right to ask for it, what the texts say
    if _UNDECLARED.search(text) and any(_FOLLOWS_FOR_ME.search(c.text) for c in clauses if c.asked) and \
            not any(_RECUSAL_OF_MINE.search(c.text) for c in clauses if c.asked):
        # (…unless whether the user had to stand aside is asked too: "我这算该回避没回避吗？会有啥后果")
        return "lookup"   # "…一方是我小姨，我当时没说。现在队里知道了，会怎么处理我？": what follows the breach, not the case
    if not hiring and (relation not in (None, "self", "interest", "none") or _ASKERS_KIN.search(text)) and \
            not _SOMEONE_IS_STAFF.search(text) and any(c.asked and _JUDGED_OTHER.search(c.text) for c in clauses):
        return "lookup"   # "我爸退休在家，在网上买了一套辅警的衣服…他这样算违法吗": no 辅警's act, whether another's is lawful
    if not hiring and _FORMER.search(text) and _LEFT.search(text) and not _STILL.search(text) and \
            not any(c.asked and _NOT_TAKEN_ON.search(c.text) for c in clauses):   # (…not whether they are taken back)
        return "lookup"   # "以前在渝北当过辅警，辞职的时候那身衣服没交…穿着去…": no 辅警 now — what the texts say of it
    recusal_words = phrases.hits(text, words("intent", "recusal"))
    told = any(not c.asked and _has(c.text, "case") for c in clauses)
    if recusal_words and relation is None and not told and all("主动" in h.phrase for h in recusal_words):
        recusal_words = []   # "单位要跟我解除合同…我自己不想干了能主动提吗": no case, nothing to stand aside from
    # "他之前…因为在他表弟的案子里不回避…被单位按违纪辞退了。这个人还能录吗": a case told as the cause of a dismissal
    # is the applicant's past, not a case handled now
    told_now = told and any(not c.asked and _has(c.text, "case") and not _DISMISSED_FOR.search(_sentence(clauses, c))
                            for c in clauses)
    if recusal_words and hiring and profile_facts and not told_now and \
            any(c.asked and _ELIGIBILITY_ASKED.search(c.text) for c in clauses):
        # "有个女同志1990年5月出生，大专…她老公在我们辖区当民警。她问要不要回避…帮我看下她条件够不够": an applicant's
        # facts told, no case handled — the hiring rules decide
        return "eligibility"
    if recusal_words:
        # "回避由谁决定", "哪些情形要回避": the rule itself; a case told and asked "谁决定" is a case
        if relation is None and _has(text, "lookup_words") and not told:
            return "lookup"
        if relation is None and _NOT_RECUSED.search(text) and (_asks_what_follows(clauses, strict=True) or
                                                              any(c.asked and _WHO_PAYS.search(c.text) for c in clauses)):
            return "lookup"   # "要是我该回避没回避，被查出来会咋处理我": what follows the breach, no case to stand aside from
            # (…or who pays the harm it did: "该回避没回避，给当事人造成了损失，是公安局赔还是我自己赔")
        return "recusal"
    asked = [c for c in clauses if c.asked]
    # (…not "我能不能当场罚他款": the user's own act, asked)
    if harmed(clauses) and any(_has(c.text, "protection_asks") and not _OWN_PERMISSION.search(c.text) for c in asked):
        return "lookup"   # "…堵我老婆骂，这种情况有规定管吗？能不能处罚他": what protects the user, not a case to stand aside from
    # "单位拖欠我加班费，能不能去申请劳动仲裁？我跟房东的押金纠纷…": the user's own matters, no case handled
    own_matter = any(_has(c.text, "lookup_topics") for c in asked) and \
        not any(_HANDLES.search(c.text) for c in clauses if c.asked or c.request)
    if any(_fairness_of_money(clauses, c) or _WHO_PAYS.search(c.text) or
           _ISSUED_OR_BOUGHT.match(c.text) and c.index > 0 and re.search(r"(发|配|配发|给|出)(的)?$", clauses[c.index - 1].text)
           for c in asked) and \
            not any(c.index in act_clauses and not _WHO_PAYS.search(c.text) and _modal_spans(c.text) for c in asked):
        # (…not beside an act of the catalogue asked in its own clause: "…送行政处罚决定书可以吧？要是送错人…是辅警自己
        # 赔还是单位赔" — the act is decided, the money answered beside it)
        return "lookup"   # "…这钱得我自己出一部分。这合理吗", "这个钱是辅警个人赔还是单位赔": the money asked of the texts
    if any(_has(c.text, "unit_provides") for c in asked):
        return "lookup"   # "公安机关是不是应该给我们配防护装备？工作证、制服这些是不是也该统一发": what the unit owes its staff
    # "他骂人我扇他这种，条例咋个说": the user insulted by the one they guard asks whether their own act breaks a rule
    # (…or "盘查、看管、扇耳光，这三件哪件不对": the acts told judged right or wrong)
    judged_self = relation == "self" and names_act and any(re.search(r"违规|违纪|违反|越权|越界|越岗|哪件不对|哪个不对|哪样不对|哪些不对|"
                                                                     r"哪件做错|哪个做错|做得对|做的对|对不对|有没有错|哪件有问题|哪个有问题|允许的不|允不允许|允许吗|允许不|准不准|是允许", c.text) or
                                                         _SAYS_OF_ACT.search(c.text) for c in asked)
    # "到了才发现开车撞人的是我爸…我能继续处理吗" after "入职三周", "撞车的是来面试的考生": handling the case is asked,
    # whatever hiring words the story holds
    handling_asked = any(_HANDLING.search(c.text) and not _ONCE_HIRED.search(c.text) for c in asked)
    # the user a party: handling asked, or the case's own steps asked or requested just before a bare asked clause
    # ("领导让我去跟着调处，我去合不合适"); _HANDLING_OWN holds every word of _HANDLING
    own_handling = any(_HANDLING_OWN.search(c.text) and not _ONCE_HIRED.search(c.text) for c in asked) or any(
        c.request and _HANDLING_OWN.search(c.request) and i + 1 < len(clauses) and clauses[i + 1].asked and
        not _HANDLING_OWN.search(clauses[i + 1].text) and len(clauses[i + 1].text) <= 8 for i, c in enumerate(clauses))
    if not hiring and relation not in (None, "none", "acquaintance") and any(c.asked and _FITTING.search(c.text) for c in clauses) and \
            (_FOUND_TO_BE.search(text) or any(c.request and phrases.any_in(c.request, _tie_words()) for c in clauses)):
        # "我一看名字是我前女友…我跟着去合适吗": whether it is fitting for them, the one they act on their tie
        # (…not a relative told beside an act on others: "我堂哥吸毒被抓过…所里安排我回村搞禁毒宣传…合适吗")
        return "recusal"
    if not hiring and relation not in (None, "none", "acquaintance", "self") and _tie_argued(clauses):
        return "recusal"   # "民警喊我帮忙登记信息。表哥又不是亲兄弟，应该没得事噻": whether the tie matters
    if not hiring and weak_tie_beside_act(clauses, relation, matched, act_clauses):
        return "duty"
    if not hiring and not recusal_words and relation not in (None, "none") and names_act and \
            any(_LIABILITY_ASKED.search(c.text) for c in asked):
        return "duty"   # "我哥开车跟人发生小剐蹭…我能不能直接给他们判个谁全责": a ban whoever the parties are, asked
    if relation == "self" and names_act and act_clauses and not own_handling and "回避" not in text and \
            _resisted_on_errand(clauses):
        return "duty"   # "民警让我把醉汉弄到路边。那醉汉…抡拳头打我。我能把他架起来拖到边上吗": the errand, not a case of the user's
    # "我自己的车被蹭了…我本人就是车主，这个我能经手吗": the user a party, handling it asked — a case, whatever its words
    # (…no tie at all beside a catalogue act asked: "…这些，能不能发给我同学看看" tells who would be told, no party)
    # (…not a matter of another law asked of the user's own case: "自己的电动车被偷了，派出所最晚几天要立案")
    if relation and relation != "acquaintance" and not (relation == "none" and matched and act_clauses) and \
            not (other_matter(clauses) and not recusal_words and not own_handling) and \
            (_has(_WORRY.sub("", text), "case") or relation == "self" and own_handling) and \
            not (hiring and not handling_asked) and not own_matter and \
            not judged_self and not _claim_checked(clauses) and \
            not (_asks_what_follows(clauses, strict=relation not in ("self", "none")) and not any(_RECUSAL_OF_MINE.search(c.text) for c in asked)):
        return "recusal"
    # "想去公安局当文职辅警，想问一下文职辅警平时具体都干哪些活": the work itself, asked by an applicant
    of_the_work = bool(asked) and all(_has(c.text, "job_content_asks") for c in asked)
    # "报名的事她自己弄，我当妈的主要想问：这个辅警的工资到底是怎么定的": pay or care asked of the texts, whatever
    # applicant the story tells
    # (…pay or benefits only: priority, the medical, a dismissal asked of an applicant are questions of the hiring)
    of_the_work = of_the_work or any(_PAY_ASKED.search(c.text) and _QUESTION_FORM.search(c.text) for c in asked) and \
        not any(_HIRING_ASKED.search(c.text) or _OF_THE_HIRING.search(c.text) for c in asked)
    # (…not the two texts compared on another matter of theirs, no applicant's case asked: "两地在解除劳动关系的情形上
    # 有啥不一样？…招聘时不能录用的情形")
    compared = _has(text, "compare") and any(_has(c.text, "lookup_topics") and not re.search(r"招|录", c.text) for c in asked) and \
        not any(_HIRING_ASKED.search(c.text) or _APPLICANT_ASKED.search(c.text) for c in asked)
    # (…nor the exam's counts, dates and papers asked for an applicant told, whom no clause asks about: "表弟明年大专毕业…
    # 今年一共招多少人，几月份报名，有没有往年的笔试真题")
    exam_facts = bool(asked) and all(_EXAM_FACTS.search(c.text) for c in asked) and \
        not any(_ELIGIBILITY_ASKED.search(c.text) or _APPLICANT_ASKED.search(c.text) or _HIRING_ASKED.search(c.text) for c in asked)
    if hiring and profile_facts and not of_the_work and not compared and not exam_facts and not _hired_and_dealt_with(clauses) and \
            not _assigned_once_hired(clauses, act_clauses):
        return "eligibility"
    # "安排是上午…，下午…。有没有哪个环节不对": the parts of a plan told, each a catalogue act, judged as a whole
    if matched and act_clauses and not profile_facts and not _has(text, "compare") and \
            any(c.asked and plural(c.text)[2] and _PLAN_WHOLE.search(c.text) for c in clauses):
        return "duty"
    # "这个人能录吗", "他还能报么": whether the applicant of the story may be taken on, asked as such (not "这个钱
    # 谁出，能报吗": money paid back)
    if hiring and not _MONEY.search(text) and \
            any(_HIRING_ASKED.search(c.text) and not _has(c.text, "lookup_topics") and not _BODY_HIRES.search(c.text)
                for c in asked):
        return "eligibility"
    if any(_AGE_BENT.search(c.text) for c in asked):
        # …or, no applicant told, whether the rule lets it bend ("特殊岗位年龄能放宽吗"): a question for the texts
        return "eligibility" if profile_facts else "lookup"
    if hiring and matched and act_clauses and _asks_about_an_act(text, clauses, names_act, act_clauses, matched) and \
            any(phrases.any_in(c.text, words("frame", "act_judgements")) for c in asked) and \
            not _has(text, "compare"):
        return "duty"     # "…推销他老婆开的驾校，说找他报名能打折…这几件怎么看": catalogue acts judged, 报名 of something else
    if hiring and any(_has(c.text, "lookup_words") or _HIRING_STEP.search(c.text) for c in asked):
        return "lookup"   # "报名的基本条件有哪些，哪些情形一律不能录用": the conditions themselves, no applicant
    if hiring and not matched and not profile_facts and any(_CLAIM_JUDGED.search(c.text) for c in asked):
        return "lookup"   # "“应聘辅警年龄一律不得超过45周岁…”这句话对不对": a claim about the hiring rules, checked
    if _others_act_judged(clauses):
        return "lookup"   # "网上有人卖仿制的辅警工作证，这犯法吗": someone else's act, what the texts say of it
    if _REPORTED_STAFF.search(text) and any(_HOW_DEALT.search(c.text) for c in clauses if c.asked):
        return "lookup"   # "有人举报我们一个辅警在窗口收好处，该怎么查处": a complaint about a 辅警, how it is dealt with
    if _NOTICE_TOLD.search(text) and any(c.asked and _NOTICE_ASKED.search(c.text) and not _NOTICE_TOLD.search(c.text)
                                         for c in clauses):
        return "lookup"   # "想在公告里加一条限本县户籍，按条例能这么写吗": what a hiring notice may require
    # (…unless the conduct told is judged with it: "我帮朋友查了个人的住址，会被怎么处理" — acts of the story, not of the
    # asked clauses)
    if asked and all(_CONSEQUENCE_ONLY.search(c.text) and not _OWN_PERMISSION.search(c.text) for c in asked) and \
            not any(c.request for c in clauses) and \
            not (act_clauses - {c.index for c in asked}) and \
            not any(c.index in act_clauses and _ACT_BEFORE_CONSEQUENCE.fullmatch(c.text[:_CONSEQUENCE_ONLY.search(c.text).start()])
                    for c in asked):
        return "lookup"   # "…打牌带点彩头…被带回去了。他这种会咋处理？会被开除吗？会不会还要拘留": what follows, asked alone
    if any(c.asked and _STAYS_ON.fullmatch(c.text.strip("？?！!。 ")) for c in clauses) and not any(c.request for c in clauses) and \
            not any(c.asked and c.index in act_clauses for c in clauses):
        return "lookup"   # "协警被法院列成失信了，还能接着干不": whether the post is kept, asked of the grounds of dismissal
    if any(c.asked and _UNDONE_ASKED.search(c.text) for c in clauses) and _SANCTION_TOLD.search(text) and \
            not any(c.asked and c.index in act_clauses for c in clauses):
        return "lookup"   # "…投诉…根本没这回事，可单位已经给他记了个处分。这种能撤吗": undoing the unit's decision, asked of the texts
    if _asks_about_an_act(text, clauses, names_act, act_clauses, matched):
        return "duty"
    if not matched and any(c.asked and _NOT_TAKEN_ON.search(c.text) for c in clauses):
        # "…跟单位商量好正常办了离职手续…会不会因为上回合同没干满就不让录了": whether the one told is barred, no record
        # stated against them — a hiring all the same, its missing facts listed
        return "eligibility"
    return "lookup"



# a bare pointer asking of the act told ("这样行吗", "这个可以不")
_POINTER_ASK = re.compile(r"^(那|那么|但)?(我)?(这样|这么|那样|这个|这)(子)?(做|弄|干|搞)?(行|可以|能|要得|合适|没问题)|"
                          # "把人隔开这个我能先做吗": the work named short, then pointed at
                          r"^[^，。？！]{2,8}(这个|这事|这活)(我|俺)?(先)?(能|可以|能不能|可不可以|行不行)")
# a step of the recusal itself asked ("哪个来批", "我自己能不能申请")
_RECUSAL_STEP = re.compile(r"(谁|哪个|哪位|啥子人|什么人)(来)?(批|决定|定|说了算|审批)|申请|报告给谁|找谁")


# the recruitment's own figures and papers ("一共招多少人", "几月份报名", "往年的笔试真题")
_EXAM_FACTS = re.compile(r"(招|录|要)(多少|好多|几个|几)(人|个|名)|多少(个)?(人|名额|岗位)|几个名额|(几月|几号|哪天|什么时候|啥时候|何时)(份)?(报名|考试|笔试|面试|开考)|"
                         r"(报名|考试|笔试|面试)(是)?(几月|几号|哪天|什么时候|啥时候|何时)|真题|题库|复习资料|考什么|考哪些|考些什么|分数线|考场在")


# what follows for the one who did it, every asked clause asks only that ("会咋处理", "会被开除吗", "会不会还要拘留")
_CONSEQUENCE_ONLY = re.compile(r"(会|要)(被)?(怎么|咋|如何|怎样|啷个)(个)?(处理|处分|处罚|罚|办)|(什么|啥|啥子)(后果|下场)|"
                               r"会不会(还|也)?(要|被)?(拘留|罚款|判刑|坐牢|处分|开除|辞退|解聘|处理|追究)|"
                               r"(会|要)(被)(拘留|罚款|判刑|处分|开除|辞退|解聘|追究)")


# what follows an act, asked ("会怎么样", "会有啥后果")
# (…not what follows for another, "借给他的话他会被咋个处理": a passive of theirs)
_WHAT_FOLLOWS = re.compile(r"(会|要)(怎么样|咋样|怎样|咋个样|有(什么|啥|啥子)后果)")
# …unless the clause says the act itself before what follows ("我借给他会有啥后果吗"): that act is asked
_ACT_BEFORE_CONSEQUENCE = re.compile(r"(?:我|俺)?(?:要是|如果|假如)?(?![^这那他她]*[这那])[\u4e00-\u9fff]{2,}")


# a statement judged ("这句话对不对", "这种说法对吗")
_CLAIM_JUDGED = re.compile(r"(这句话|这话|这个说法|这种说法|这个判断|这道题|这句)[^，。？！]{0,3}(对不对|对吗|是不是对的|正确吗|正不正确|错在哪|对不)")


# a hiring notice told with what the unit would put in it, then asked of ("能这么写吗", "能加吗")
_NOTICE_TOLD = re.compile(r"(招聘)?公告(里|上|中|里面)[^，。？！]{0,4}(加|写|限|设|规定|要求)")
_NOTICE_ASKED = re.compile(r"(写|加|限|设|规定|要求)")


# someone other than the user, named as the subject of what the story tells ("网上有人卖…", "街上有个人…")
# …someone not on the force ("普通人", "老百姓"), or a relative or friend the user speaks of ("我表弟在网上买了…")
_THIRD_PARTY = re.compile(r"^[^，。？！我俺]{0,8}?(有人|有个人|有些人|有的人|别人|有商家|有店家|有网店|有家店|有个店|有个摊|有人在|"
                          r"普通人|老百姓|社会人员|一般人|外人|群众)|"
                          # "我们渝北有个以前的同事辞职大半年了": one who has left, no 辅警 now
                          r"^[^，。？！]{0,8}?有个(以前的|原来的|离职的|辞职的|已经辞职的|之前的)(同事|辅警)|"
                          r"^[^，。？！]{0,4}?(我|俺)(家)?(的)?(表弟|表哥|表妹|表姐|朋友|同学|邻居|亲戚|侄子|外甥|小舅子|堂弟)(?![^，。？！]{0,12}(辅警|协警))")
# …and asked only whether it is lawful ("这犯法吗", "违法不") or whether they are punished for it ("他这样会被罚吗")
_BARE_LEGALITY = re.compile(r"(那|那么)?(他|她|他们|人家)?(这样|这|那样|那|这种|这个)?(事|行为|做法|东西)?(算|算是)?(不)?(犯法|违法|违规|合法|违反规定)(吗|不|么|嘛|没有|不呢)?|"
                            r"(那|那么)?(他|她|他们|人家)?(这样|这么|那样|这种)?(搞|做|干|穿)?(会不会|会|要不要|要)(被)?(罚|处罚|罚款|处理|拘留|抓)(吗|不|么|嘛)?|"
                            # "按办法该咋处罚": how the one told is punished under the texts
                            r"(按|依照|根据)?(办法|条例|规定)?(里|上)?(该|会|要)?(咋|怎么|如何|咋个|怎样)(个)?(处罚|罚|处理)(他|她|他们)?(的)?(呢)?")


# a 辅警 complained of to the unit ("群众实名举报我们一个辅警…", "有人投诉所里一个辅警…"), and how it is dealt with, asked
_REPORTED_STAFF = re.compile(r"(举报|投诉|检举|控告|反映)[^，。？！]{0,6}(我们|所里|队里|单位|局里)?(的)?(一个|有个|某个|这个|那个|一名)(勤务|文职)?辅警")
_HOW_DEALT = re.compile(r"(怎么|咋|如何|咋个|啷个)(处理|查处|查|处分|办|弄)|(要不要|用不用|该不该)[^，。？！]{0,8}(告诉|告知|回复)")


def _others_act_judged(clauses: list[Clause]) -> bool:
    """The story tells what someone other than the user did with what the texts govern of others (辅警 cards,
    clothes, badges; harm to a 辅警) and asks only whether it is lawful: a question for the texts, no act of the user's.

    >>> from assistant.understand.clauses import split
    >>> _others_act_judged(split("网上有人卖仿制的辅警工作证，这犯法吗")), _others_act_judged(split("我能卖辅警的旧制服吗"))
    (True, False)
    """
    asked = [c for c in clauses if c.asked]
    # "在重庆，普通人买辅警衣服穿会被罚吗": the someone, what they did and the question in one clause
    if len(asked) == 1 and _THIRD_PARTY.search(re.sub(r"^[^，]{0,6}[，,]", "", asked[0].text)) and \
            _has(asked[0].text, "others_acts_governed") and re.search(r"(会|要)(不会)?(被)?(罚|处罚|处理|拘留|抓)|犯法|违法", asked[0].text):
        return True
    if not asked or not all(_BARE_LEGALITY.fullmatch(c.text.strip("？?！!。 ")) for c in asked):
        return False
    told = [c for c in clauses if not c.asked and c.index < asked[0].index]
    # …about what the texts govern of others: 辅警 cards, clothes and badges, harm to a 辅警 (intent.yaml)
    # (…with a governed thing named in a clause of the one the story opens with: "我表弟在网上买了一整套辅警的衣服")
    return bool(told) and any(_THIRD_PARTY.search(c.text) for c in told) and \
        any(_has(c.text, "others_acts_governed") for c in told) and \
        not any(re.search(r"我(?!们)|俺(?!们)", _THIRD_PARTY.sub("", c.text)) for c in told)   # ("我们渝北有个以前的同事…")


# a recusal left undone ("该回避没回避", "没申请回避")
_NOT_RECUSED = re.compile(r"(没|没有|未|不)(主动)?(申请)?回避|回避[^，。？！]{0,3}没(回避|避)")


# a tie kept quiet while the case was handled ("我当时没吭声就按正常流程弄了", "该回避没回避，还照样处理了")
_UNDECLARED = re.compile(r"(当时|那时|那会儿?)?(没|没有)(吭声|说|讲|提|报告|声张|申请回避|主动回避|回避)[^。？！]{0,14}(处理|弄了|办了|调解|照样|按正常)|"
                         r"该回避(却|但|可)?没(有)?回避|(当时|那时|那会儿?)(没|没有)(吭声|说|讲|提|报告|声张)")
# …and what follows for the user asked ("会怎么处理我", "会有什么后果", "会不会被辞退", "他能投诉吗")
_FOLLOWS_FOR_ME = re.compile(r"(会|要)(被)?(怎么|咋|如何|怎样|啷个)(处理|处分|处罚|办|搞)|什么后果|啥后果|啥子后果|"
                             r"会不会(被)?(辞退|开除|处分|处理|解聘|追责)|(能|可以|能不能)投诉|会受[^，。？！]{0,4}处分")
# the user asking permission for their own act ("我能不能当场罚他款")
_OWN_PERMISSION = re.compile(r"(我|俺)(自己|们)?(当场|直接|现场)?(能不能|可不可以|能|可以)")


# "这合理吗", "凭什么": whether a demand told just before is fair — not whether an act is allowed
_FAIR = re.compile(r"^(那|可|但)?(这|那)?(样|个|种)?(要求|做法)?(合理|公平|公道|说得过去|站得住脚?)(吗|么|不|嘛)?$|^(这|那)?(合不合理|公不公平)$|凭什么")


# "这个钱是辅警个人赔还是单位赔", "医药费到底谁出": who pays, asked of the texts
_WHO_PAYS = re.compile(r"(个人|自己|单位|公安局|所里|分局|他|她|对方|辅警)(来)?(赔|出|掏|承担)还是(我|俺)?(个人|自己|单位|公安局|所里|分局|辅警)(来)?(赔|出|掏|承担)|"
                       r"(钱|费|赔偿)[^，。？！]{0,6}(谁|哪个)(来)?(出|赔|掏|承担|负担)|"
                       # "这钱得我们家自己先垫上吗", "押金要自己垫吗": whether the family pays first
                       r"(钱|费|押金|医药费|住院费)[^，。？！]{0,6}(自己|我们家|家里|我们|个人)(先)?(垫|出|掏|交)")
# "工作证、制服是单位发，还是要自己掏钱买": issued by the unit or bought by the user
_ISSUED_OR_BOUGHT = re.compile(r"^还是[^，。？！]{0,4}(自己|个人)[^，。？！]{0,2}(掏钱|出钱|花钱|买|掏|出)")


def _fairness_of_money(clauses: list[Clause], c: Clause) -> bool:
    """"…现在队长说这钱得我自己出一部分。我又不是故意的，这合理吗": the fairness of a money demand told in the
    sentence before asks the texts about that money (pay, compensation), no act of the user's."""
    if not _FAIR.search(c.text.strip()):
        return False
    before = [o for o in clauses[:c.index] if not o.asked and o.sentence >= c.sentence - 1]
    return any(_has(o.text, "lookup_topics") or _MONEY.search(o.text) for o in before)


# deciding who is liable for an accident, asked (连云港 13(4), 重庆 19(3): no 辅警 may, whoever the parties are)
_LIABILITY_ASKED = re.compile(r"定责|定个责|判个?谁|判[^，。？！]{0,4}(全责|主责|次责)|谁全责|谁的责任|认定(事故)?责任|责任认定|划分责任|责任划分|把责任定")
# "村里说他也算辅警，能按辅警的待遇处理，是这样吗": what someone claims, asked whether it is true
_CLAIM_ASKED = re.compile(r"^(那|这|真)?(是|是不是)?(这样|真的|这么回事|这回事)(的|子)?(吗|么|不|啊|哦|呢)?$|^(真的假的|是真的吗|对吗|对不对|有这回事吗)$")
_CLAIMED_BY = re.compile(r"^[^，。？！]{0,8}?(说|讲|告诉我|跟我说)")
# …not a claim that the 辅警 may not handle it ("他说这个他不能管，是真的吗"): the recusal itself asked
_CLAIM_OF_HANDLING = re.compile(r"回避|(不能|不可以|不该|不准|不让|不方便|不好|不宜|不适合|不合适|可以|能|照样|照常)(管|处理|办|插手|经手|出警|去|碰|沾|过问|参与|接)")


def _claim_checked(clauses: list[Clause]) -> bool:
    """The question only asks whether a claim told just before is true — what the texts say, no case handled."""
    return any(c.asked and _CLAIM_ASKED.match(c.text.strip("？?！!。 ")) and
               any(_CLAIMED_BY.match(p.text) and
                   not _CLAIM_OF_HANDLING.search("，".join(o.text for o in clauses[p.index:c.index]))
                   for p in clauses[max(0, c.index - 2):c.index] if not p.asked)
               for c in clauses)


# ties the texts leave to the 负责人 (其他关系, 可能影响公正处理): a cousin, a classmate, a friend — not the near kin, the
# user's own stake or the user as a party, which decide a recusal whatever else is asked
# …nor a relative or friend who only reported it ("我邻居报警说楼下有个醉汉…我能不能先把他控制住")
WEAK_TIES = frozenset({"cousin", "uncle_aunt", "in_law", "godkin", "friend", "classmate", "colleague", "neighbour",
                       "acquaintance", "tenancy", "ex_partner", "partner",
                       "tie_reporter", "tie_reporter_alone"})


def weak_tie_beside_act(clauses: list[Clause], relation: str | None, matched: bool, act_clauses: frozenset[int]) -> bool:
    """The user asks whether they may do a catalogue act ("我能先冲进去把人拉开吗", "我一个人看着他行不行") in a case
    where a party is a cousin, a classmate, a friend: the act is what is asked (the tie is weighed beside it as a
    second kind), unless the user asks about handling the case or standing aside."""
    # what the user is asked to do counts with what they ask ("民警让我跟着去调解…我去应该没问题吧")
    # (…nor whether the tie matters: "是我亲姐夫…应该没关系吧？民警让我给他登记信息")
    # (…or the tie argued away in the question's sentence: "表哥又不是亲兄弟，应该没得事噻")
    # (…only when the asked clauses name no act of their own: "mj叫俺先过去现场维持秩序…俺先过去维持秩序照不照？扣车行不行"
    # asks the acts, the errand to the scene is no question of handling)
    own_acts = any(c.asked and c.index in act_clauses for c in clauses)
    asked = [c for c in clauses if c.asked or c.request and not own_acts]
    if _SETTLED.search("，".join(c.text for c in clauses)) or recused_already(clauses):
        return False   # "所长说…不用回避", "那个案子我已经回避了": the tie weighed or stood aside from; only the act is asked
    if relation == "colleague" and not _has("，".join(c.text for c in clauses), "case"):
        return False   # "给训练受伤的同事清创缝合": a colleague the work serves, no case with parties
    # (…a relative who only called it in: "我舅舅路过看到…打电话喊我过去…我能指导他们自己协商处理不" asks the act,
    # whatever handling word it says)
    reporter = relation in ("tie_reporter", "tie_reporter_alone")
    return relation in WEAK_TIES and matched and bool(act_clauses) and not _tie_argued(clauses) and \
        not any(_handles(c.text, reporter) or _settles_beside_ban(c.text) and not _asked_privately(c) or _has(c.text, "recusal") or
                c.asked and phrases.any_in(c.text, words("relations", "hedges")) for c in asked)


# who asks on behalf of the force ("所里让我…", "带班民警叫我…")
_OFFICIAL_ASKER = re.compile(r"所里|单位|领导|民警|警官|所长|队里|局里|中队|大队|派出所|分局|带班|师傅|教导员|指导员|值班|组织|上级|科长|队长")


def _asked_privately(c: Clause) -> bool:
    """A request the party makes of the user, no one of the force asking ("他非要我一个人过去给他做笔录、调查取证，说自己人
    放心"): the act is asked whatever case it would settle — not a case assigned to the user."""
    return bool(c.request) and not c.asked and c.request in c.text and \
        not _OFFICIAL_ASKER.search(c.text[:c.text.find(c.request)]) and re.match(r"^[^，。？！]{0,4}?(他|她)", c.text) is not None


def _settles_beside_ban(text: str) -> bool:
    """The clause asks to settle the case ("能不能调解", "做个笔录") — not by deciding the liability, a ban of its own
    whoever the parties are ("能不能直接帮他把责任定了", "认定前头那个车全责"): that act is what is asked."""
    return any(h.phrase not in ("定责", "认定") for h in phrases.hits(text, words("intent", "settles_case")))


def _handles(text: str, reporter: bool) -> bool:
    """The clause asks about handling the case (:data:`_HANDLING`) — for a relative who only called it in, not as a
    word of the act asked ("指导他们自己协商处理"): going out to it at all ("我出警合适吗") still is."""
    if not reporter:
        return bool(_HANDLING.search(text))
    return any(not re.search(r"(协商|自行|自己|帮忙|帮着|帮他们?|先)$", text[:m.start()]) for m in _HANDLING.finditer(text))


def recused_already(clauses: list[Clause]) -> bool:
    """The user has already stood aside from a case told ("表哥那个案子我已经回避了"): not someone else ("带班民警…他说
    他去申请回避了")."""
    officer = r"(民警|师傅|同事|所长|领导|队长)"
    for c in clauses:
        for h in phrases.hits(c.text, words("intent", "recused_done")):
            before = c.text[:h.start]
            # (…"他舅舅那个案子他回避了" of the family's 辅警 the asker tells of is that 辅警's; "他说他去申请回避了" after an
            # officer is named is the officer's)
            told_before = "，".join(o.text for o in clauses[:c.index] if o.sentence == c.sentence)
            # (…not the one it was asked of: "俺已经跟领导报备回避了")
            other = re.search(r"(?<![跟和向给找同对])" + officer, before) or re.search(r"(他|她)说", before) or \
                re.search(r"(他|她)", before) and re.search(officer, told_before)
            granted = re.search(r"(同意|批准|批了|准)(我|俺)回避$|换(了)?(别人|其他人|个人)|^(不用|不让|没让)(我|俺)", h.phrase)
            sentence = _sentence(clauses, c)
            if re.search(r"(还|都|也)?(没|没有|未)(批|同意|定|答复|回复|下来)", sentence[sentence.find(h.phrase):]):
                continue   # "已经跟所里提了回避…领导还没批下来": asked, not yet granted
            if (not other or granted or re.search(r"(让|喊|叫)(我|他|她)", before) and not re.search(r"(他|她)说(他|她)", before)) and \
                    not _same_party_after(clauses, c):
                return True
    return False


# the kin of a case stood aside from, handled again after it ("…亲弟弟跟人打架…小吴就回避了。现在…要把决定书送给他弟弟")
_KIN_PARTY = re.compile(r"弟弟|哥哥|姐姐|妹妹|爸爸|妈妈|老爸|老妈|儿子|女儿|老婆|老公|媳妇|丈夫|妻子|侄子|外甥|表哥|表弟|表姐|表妹|堂哥|堂弟|舅舅|叔叔|姨妈|姑姑")


def _same_party_after(clauses: list[Clause], c: Clause) -> bool:
    """The relative of the case stood aside from in ``c``'s sentence is the one the work after it is done to: the same
    case, no other work."""
    told = "，".join(o.text for o in clauses if o.sentence <= c.sentence and o.index <= c.index)
    # ("亲妹妹" … "我妹": a doubled kin word said once)
    kin = {k[:1] if len(k) == 2 and k[0] == k[1] else k for k in _KIN_PARTY.findall(told)}
    return any(k in o.text for o in clauses[c.index + 1:] for k in kin)


def _tie_argued(clauses: list[Clause]) -> bool:
    """The tie argued away in the sentence that asks ("表哥又不是亲兄弟，应该没得事噻"): whether it matters is asked."""
    asked_sentences = {c.sentence for c in clauses if c.asked}
    return any(c.sentence in asked_sentences and phrases.any_in(c.text, words("relations", "hedges")) and
               phrases.any_in(c.text, _tie_words()) for c in clauses)


# a recusal the person who decides it has settled, told before the question ("所长说关系一般不用回避")
_SETTLED = re.compile(r"(所长|领导|负责人|队长|教导员|指导员|上面|单位|所里|局里)[^。？！]{0,20}?(说|讲|定了|批了|同意|认为)"
                      r"[^。？！]{0,20}?(不用|不需要|不必|用不着|无需|没必要|可以不)(我)?回避")


# …or told by the user as settled, in a clause that does not ask ("两个司机我都不认识，不用回避。现在民警让我…"),
# not "用不用回避" / "要不要回避"
# (what someone says or thinks, "有学员说…", "他觉得…", is no settling of it)
_SPEECH = r"说|讲|觉得|认为|以为|听说|告诉"
_SAID_NOT_NEEDED = re.compile(r"^(?![^，。？！]*(" + _SPEECH + r"|所以|就不用))[^，。？！]{0,12}?(?<![用要需必])(不用|不需要|不必|用不着|无需|没必要)(我)?回避(了|的)?$")


# the one the act is done to found to be the user's tie ("我一看名字是我前妻", "到了才发现是我表哥")
_FOUND_TO_BE = re.compile(r"(一看|发现|原来|竟然|居然|才知道|一问)[^，。？！]{0,8}(就|正好|刚好)?是(我|俺)")


@lru_cache(maxsize=1)
def _tie_words() -> tuple[str, ...]:
    """The words of every tie (relations.yaml), without the user's 我: a request that names one acts on that person."""
    ties = vocabulary("relations")["ties"]
    return tuple(sorted({w.lstrip("我俺") for ws in ties.values() for w in ws
                         if "…" not in w and len(w.lstrip("我俺")) >= 2}, key=len, reverse=True))


# whether it is fitting for the user to act, a tie told: a question of standing aside
_FITTING = re.compile(r"合适|合不合适|妥当|妥不妥|不太好|好不好意思|方不方便|避嫌")


# "会咋处理", "会不会帮我澄清", "哪个来查": what follows for others, asked of the texts
# how a party's case ends ("被骗的钱多久能追回来，能追回多少"): not whether the officer handles it, and its 能 is no
# permission of the user's
# someone of the story is a 辅警 ("我儿子在派出所当辅警", "辅警小王", "我们所的辅警")
_SOMEONE_IS_STAFF = re.compile(r"(当|是|做|干|作为|身为)(了)?(个|一个|一名|名)?(勤务|文职)?(辅警|协警)|(辅警|协警)(小|老|阿)[\u4e00-\u9fff]|"
                               r"(所|单位|局|队|中队|大队)(里)?的(勤务|文职)?(辅警|协警)|(勤务|文职)(辅警|岗)")
_JUDGED_OTHER = re.compile(r"^[^，。？！我他她]{0,6}?(他|她|他们|她们|对方|那人)[^，。？！我]{0,6}(算|是)(不是)?(违法|犯法|违规)(吗|不|么|呢)?$")
_OUTCOME = re.compile(r"(多久|多长时间|啥时候|什么时候)(才)?能(追回|追得回|破案|抓到|判)|(能|可以)?追回(来)?多少|判(几年|多久)")
_FOLLOWS = re.compile(r"会(不会|怎么|咋|怎样|如何|被|受|有什么|给)|会(?!避)[^，。？！]{1,12}(吗|不)$|有没有用|有没得用|有用吗|算不算违法|违法吗$|"
                      + _OUTCOME.pattern + "|"
                      # "这种人要负什么责任": what the other faces
                      r"(负|担|承担)(什么|啥子?|哪些)(法律)?责任")


# the user handles a case ("我能去处理吗", "让我跟着出警"): a question of standing aside, whatever else is asked
_HANDLES = re.compile(r"处理(?!结果|意见|决定|情况|办法|的结果)|出警|办案|办理|调解|参与|接警|现场|回避|管这|跟着去|跟着民警|去办|查案|问话|笔录|材料录|录材料|调监控|调这个案子")


# the one the user deals with turns on them ("还抡拳头打我", "一口咬在我手上")
_TURNS_ON_ME = re.compile(r"(打|踢|踹|咬|推|抓|挠|撞|扇|骂|吐)(了)?(我|在我)")


def _resisted_on_errand(clauses: list[Clause]) -> bool:
    """Harm done to the user told after a request of the story: the person the errand deals with resisting it.

    >>> from .clauses import split
    >>> _resisted_on_errand(split("民警让我把醉汉弄到路边。那醉汉不配合，还抡拳头打我。我能把他架起来拖到边上吗"))
    True
    >>> _resisted_on_errand(split("我的车被人刮了，他还骂我。我能处理吗"))
    False
    """
    asked = next((c.index for c in clauses if c.asked), len(clauses))
    request = next((c.index for c in clauses if c.request and c.index < asked), None)
    return request is not None and any(request < c.index < asked and _TURNS_ON_ME.search(c.text) for c in clauses)


# whether the user had to stand aside, asked in so many words beside what follows ("我这算该回避没回避吗？会有啥后果")
# (not a breach told, "我当时没回避，会怎么处理我": what follows it is asked)
_RECUSAL_OF_MINE = re.compile(r"(该|要|需要|应该|应当|得|用不用|要不要|该不该|需不需要|应不应该|算不算|算)(主动)?(申请)?回避|回避没回避")


def _asks_what_follows(clauses: list[Clause], strict: bool = False) -> bool:
    """Someone complained of or wronged the user ("他打12345投诉我", "在网上骂我"), and the user asks only what
    follows for others — how a complaint is handled, whether the unit stands by them — with no permission word
    of their own: a question for the texts, not whether the user must stand aside from a case. ``strict``
    (any other tie): only what is told with 会 counts ("我老公酒驾被查了，按规定会受什么处分").

    >>> from assistant.understand.clauses import split
    >>> _asks_what_follows(split("有人投诉我态度不好，单位会不会帮我澄清")), _asks_what_follows(split("骂过我的人又报警了，这个警我能出吗"))
    (True, False)
    """
    asked = [c for c in clauses if c.asked]
    first = [c for c in asked if not c.text.startswith("还是")]   # "…还是只有我自己背锅": the same question, other way
    if any(_ASSIGNED.search(c.text) for c in asked):
        return False   # "这案子会不会让我经手", "所里会不会派我去": whether the officer is put on the case
    # ("他这样算违法吗": whether the other's act is against the law is no permission of the user's)
    return bool(first) and not any(c.request for c in clauses) and \
        not any(_modal_spans(c.text) and not _OUTCOME.search(c.text) and not _JUDGED_OTHER.search(c.text) for c in asked) and \
        all(_FOLLOWS.search(c.text) or not strict and _has(c.text, "lookup_words") for c in first)


def _trainer_frame(text: str) -> bool:
    """"培训案例", "当反面教材": a trainer's frame of the case — its 培训 is no topic of the question."""
    return phrases.any_in(text, words("frame", "story_frames"))


_INTRODUCES = re.compile(r"^(我|本人)(是|在)[^，。？！]{0,16}(的|教官|老师|负责人|培训师)$")
_REASON = re.compile(r"(工资|收入|待遇|薪水|工资待遇)(不高|太低|低|少|不够|一般|不多|太少)")


# "抽血跟出报告，她能干哪个": a choice among the acts told, not a question for the texts
_CHOICE = re.compile(r"(能|可以|可|能够)(干|做|弄|搞|接)?(哪个|哪样|哪些|哪几样|哪一个|哪一样|哪几个)|"
                     r"(哪个|哪样|哪几样|哪一个|哪一样)(可以|能|行|能做|能干|是可以)")


# "他一个辅警说哪个全责", "直接判谁的责任": the act says or decides the what (not "规定里说", "制定", "决定")
_SAYS_WHICH = re.compile(r"(?<![规定例件里上面有人])(说|讲)$|(?<![规制决约确认指设核])定$|(直接|当场|就|辅警|他|她|我)判$|认定$")


_WHICH_ACTS = re.compile(r"(哪些|哪几样|哪几个|哪几件|哪几下|哪几步)(是|算|就)?(没问题|没毛病|可以|能做|合规|越界|越线|出格|过界|不对|不行|有问题|违规|不合规)")


def _embedded(text: str) -> bool:
    """Every what-word of the clause is what the user would find out by the act ("能不能把他拉到边上问他是干啥子的",
    "查查他有没有前科") or what the act says ("说哪个全责"): the act is asked, not the what."""
    hits = phrases.hits(text, words("intent", "lookup_words"))
    # (…not the 啥 of a permission asked: "有没有啥问题")
    modal = phrases.hits(text, words("frame", "modal_after"))
    hits = [h for h in hits if not any(m.start <= h.start and h.end <= m.end for m in modal)]
    if not hits and modal and phrases.hits(text, words("intent", "lookup_words")):
        return True
    if hits and _CHOICE.search(text):
        return True
    if _WHICH_ACTS.search(text):
        return True   # "小陈这几下哪些没问题，哪些越界了": which of the acts told are allowed, a trainer's quiz
    # …or what the act itself says or decides ("他一个辅警说哪个全责", "给他们定谁的责任")
    # …or what the parties settle ("让他们自己商量赔多少")
    return bool(hits) and all(re.search(r"(问他|问她|问问|问一下|问下|看看|查查|查一下|打听|了解一下|商量|协商)[^，。？！]{0,6}$",
                                        text[:h.start]) or _SAYS_WHICH.search(text[:h.start])
                              for h in hits)


def _names_the_texts(c: Clause) -> bool:
    """The asked clause's predicate is the texts themselves ("重庆的条例允许吗", "规定里有没有写"), no act.

    >>> from assistant.understand.clauses import split
    >>> [_names_the_texts(c) for c in split("所长想让他们先上岗，重庆的条例允许吗") if c.asked]
    [True]
    """
    predicate = (c.predicate or c.text).rstrip("".join(words("frame", "question_particles")))
    for key in ("rule_text_asks", "rule_text_places"):     # "条例里有没有写": 有没有写, then 里
        predicate = next((predicate[:-len(w)] for w in words("intent", key) if predicate.endswith(w)), predicate)
    return any(predicate.endswith(w) for w in words("intent", "rule_texts"))


def beside_act(clauses: list[Clause], act_clauses: frozenset[int]) -> list[Clause]:
    """The asked clauses that are questions for the texts (a topic and a what-word: "要是抓错了谁来赔") asked beside
    another asked clause that asks permission for a catalogue act ("辅警可以抓人送看守所吗"): both are answered, the
    act by its rule, these by the texts. None when no such act is asked.

    >>> from assistant.understand.clauses import split
    >>> [c.text for c in beside_act(split("辅警可以抓人送看守所吗，要是抓错了谁来赔"), frozenset({0}))]
    ['要是抓错了谁来赔']
    """
    asking = [c for c in clauses if c.asked and c.index in act_clauses and _modal_spans(c.text)
              and not _has(c.text, "lookup_topics")]
    if not asking:
        return []
    # (…or a right of the texts asked yes or no: "辅警能入工会不嘛？参加罢工要得不")
    # (…or who pays for harm done in it: "要是送错人给人家造成损失了，是辅警自己赔还是单位赔")
    return [c for c in clauses if c.asked and c.index not in act_clauses and
            (_has(c.text, "lookup_topics") and (_has(c.text, "lookup_words") or _modal_spans(c.text)) or _WHO_PAYS.search(c.text))]


# a quiz's call for its answer ("答案是哪个", "选哪个", "答案选啥，依据哪条")
# (…or for the rule it rests on: "依据是什么", "依据哪条", "根据是哪一条")
_QUIZ_ANSWER = re.compile(r"(那|请问)?(正确)?(答案|应该|应)?(是|选|选择)(哪个|哪一个|哪一项|哪项|啥|什么|哪几个|哪几项)(呢|啊|吗)?|"
                          r"(那|请问)?(依据|根据|法律依据|条文依据)(是|是在)?(什么|啥|哪条|哪一条|哪几条|哪个条款)(规定)?(呢|啊)?")
# the user deciding a matter ("我能自己定吗", "我来拍板"): a decision of theirs, whatever it is about
_DECIDES = re.compile(r"(自己|我来|我)(定|决定|批|拍板|做主)|说了算|给(他|她|人家)(落|办|批)")
_JUDGED_TOLD = re.compile(r"(那|那么)?(这|这样|这个|我这样|我这|我这个)?(到底)?(算不算|算|是不是|属于|属不属于)?(违纪|违规|违法|违反规定|犯错误?)(了)?(吗|么|不|嘛|没有)?")


# the dismissal words that only say the 辅警 is still on probation (intent.yaml dismissal), no letting go
_ON_PROBATION = ("还在试用期", "试用期内")


# a thing done for other people ("帮人代办落户"): the user's errand, not a benefit of the user's own
_FOR_OTHERS = re.compile(r"代办|帮人|替人|给人办|帮别人|替别人|帮群众|帮老乡")


# what the user fears will follow for them ("会不会被辞退", "查了被发现，会不会直接被开除")
_FEARED_FOR_ACT = re.compile(r"(会不会|会|要不要|怕|是不是)(直接|马上|就)?(被|遭)?(单位|所里|局里|领导)?(直接)?(辞退|开除|解聘|清退|炒|处分|处理我)")


def _asks_about_an_act(text: str, clauses: list[Clause], names_act: bool, act_clauses: frozenset[int] = frozenset(),
                       matched: bool = True) -> bool:
    """A "may I do X" question: permission words about a listed act, or about anything that is not a
    topic of pay, leave, careers…; or a listed act named without a what/how word ("告诉我辅警可以配枪"),
    or with a question on its conditions ("开警车需要什么条件")."""
    # (…a probation only told in passing, "还在试用期，工资比转正的少一截", beside catalogue acts asked, is no such question)
    dismissal = phrases.hits(text, words("intent", "dismissal"))
    # (…nor a dismissal the user fears for the act asked in a clause of its own: "这个活我能接吗？要是我不去…会不会被辞退")
    feared = [c for c in clauses if c.asked and _FEARED_FOR_ACT.search(c.text)]
    act_asked = any(c.asked and c.index in act_clauses and c not in feared for c in clauses) or \
        any(c.request for c in clauses) and any(c.asked and c not in feared and c.index not in act_clauses for c in clauses)
    if feared and act_asked and all(any(c.start <= h.start < c.end for c in feared) for h in dismissal):
        dismissal = []
    # (…nor what follows the user's conduct told, asked of it: "…把出警的视频发到了自己抖音上，会受什么处分" — the conduct
    # is judged, the handling answered beside it)
    follows = [c for c in clauses if c.asked and HANDLING_ASKED.search(c.text)]
    if follows and act_clauses - {c.index for c in clauses if c.asked} and \
            all(any(c.start <= h.start < c.end for c in follows) for h in dismissal):
        dismissal = []
    if any(h.phrase not in _ON_PROBATION for h in dismissal) or dismissal and not act_clauses:
        return False
    # pay, care, careers asked about (in an asked clause), not told in passing ("守着一个受伤的嫌疑人")
    asked = [c for c in clauses if c.asked]
    # "小孙哪一步越权了？大队应该怎么处理他": how the unit deals with the breach is asked beside the acts, not instead
    # (…nor is a quiz's call for its answer, "答案是哪个", a question of what or which for the texts)
    of_the_acts = [c for c in asked if not (HANDLING_ASKED.search(c.text) or _QUIZ_ANSWER.fullmatch(c.text))]
    if names_act and of_the_acts:
        asked = of_the_acts
    # (…not the 培训 of a trainer's frame: "我们培训时争论这个到底允不允许")
    topic = any(_has(c.text, "lookup_topics") and not _trainer_frame(c.text) for c in asked)
    if asked and all(_names_the_texts(c) for c in asked):
        # "岗前培训没过，所长想先让他们上岗，重庆的条例允许吗": the question names only the texts; the topic the
        # story tells beside its requests says what it asks about (in "民警让我守着受伤的嫌疑人" the request
        # is the act, and 受伤 only its object)
        # …not a word of it said as the reason of the act ("工资不高，想下了班跑跑滴滴")
        topic = any(_has(c.text, "lookup_topics") and not _REASON.search(c.text) and not _trainer_frame(c.text)
                    for c in clauses if not c.request)
    # …told in the question's sentence: not an earlier sentence of the story ("喊两个司机自己商量啷个赔。…他能判不")
    asked_sentences = {c.sentence for c in asked}
    # (…not a trainer's own frame: "这两个活他能接吗，培训时该怎么讲")
    topical = {c.index for c in clauses if _has(c.text, "lookup_topics") and _has(c.text, "lookup_words") and not _embedded(c.text)
               and not _trainer_frame(c.text)
               and (c.asked or not c.request and (c.sentence in asked_sentences or not asked))}
    if topical and not beside_act(clauses, act_clauses):
        return False   # "受伤送医院，医药费谁先垫": a question about pay or care, whatever act it mentions
    # "…硬塞给我一包烟，我就收了。这算违纪吗？要不要退回去": the act told is judged first — what follows it goes with it
    judged = bool(act_clauses) and any(_JUDGED_TOLD.fullmatch(c.text.strip("？?！!。 ")) for c in asked)
    if not judged and \
            any(_has(c.text, "lookup_asks") and not _A_WORK.search(c.text) and not _WHICH_BETTER.search(c.text) for c in asked):
        return False   # "制服和工作证要交回去吗": what the texts require of everyone, not an act to permit
    # "多久能拿到", "可以去哪投诉", "这个钱谁出": a question for the texts — unless another asked clause names
    # an act of the catalogue ("我能一个人看着他吗？我该怎么办") or it asks the act's conditions
    # "…规定里怎么说": a question on the texts beside the act is no question of what or how
    what = {c.index for c in asked if (_has(c.text, "lookup_words") and not _embedded(c.text) or _has(c.text, "count_asks"))
            and not _has(c.text, "condition_words") and not phrases.any_in(c.text, words("frame", "rule_questions"))}
    if what and not act_clauses:
        return False
    if asks_permission(clauses):
        # (…not one the user would arrange for others: "周末在外头帮人代办落户、收点跑腿费")
        topical = {c.index for c in asked if _has(c.text, "benefit_topics") and not _FOR_OTHERS.search(c.text)}
        # (…not a benefit of someone else's the user would decide: "这个落不落户我能自己定吗")
        if topical and act_clauses and act_clauses <= topical and not any(_DECIDES.search(clauses[i].text) for i in act_clauses):
            return False   # "工作证能不能也免门票": a benefit asked about, whatever card it names
        # a topic of pay, leave, training… asked with a verb no catalogue entry is ("没培训合格能不能先上岗干着",
        # "能休几天"): a question for the texts; a near entry is not the act. The topic may be told before the
        # question ("岗前培训没考合格，能不能先上岗"), unless someone asked the user to do something: then the
        # request is the act ("民警让我守着受伤的嫌疑人，护士让我签字，能签吗")
        # …not the user's own introduction ("我是东海县局岗前培训的教官")
        # "追小偷的时候摔断了腿…他这种能按工伤算吗？住院这些钱公安局能不能先出": what follows for the user asked,
        # the act only told in the story — every question a topic of care or money
        if act_clauses and not act_clauses & {c.index for c in asked} and not any(c.request for c in clauses) and \
                all(_has(c.text, "lookup_topics") or _PAYS.search(c.text) for c in asked):
            return False
        told = not names_act and not any(c.request for c in clauses) and \
            any(_has(c.text, "lookup_topics") for c in clauses if not c.asked and not _INTRODUCES.match(c.text)
                and not _trainer_frame(c.text))
        return False if told else matched if topic else names_act or not topic
    if act_clauses and any(c.asked and c.text.startswith("还是") for c in clauses):
        return True   # "我是自己给他们定了责任，还是让他们自己协商": which of two acts the user may do
    # "我这样上去给他上约束带，按规定是什么说法": what the texts say of the act told, asked of them
    judged = any((_SAYS_OF_ACT.search(c.text) or phrases.any_in(c.text, words("frame", "act_judgements")))
                 and not _has(c.text, "lookup_topics") for c in asked)
    # "软件开发这活算不算文职的工作范围": whether a post's work holds the act named — a duty question, listed or not
    if any(c.asked and (m := _ROLE_SCOPE.search(c.text)) and
           len(re.sub(r"(这个|这种|这项|这|那个|那)?(活儿?|活路|工作|事情?)$", "", c.text[:m.start()])) >= 2 for c in asked):
        return True
    # "我借给他会怎么样": what follows the act the clause itself says — the act is asked
    if any(c.index in act_clauses and (m := _WHAT_FOLLOWS.search(c.text)) and
           _ACT_BEFORE_CONSEQUENCE.fullmatch(c.text[:m.start()]) for c in asked):
        return True
    # a what-word told in the story ("问港澳通行证续签要多久，我也接了回答了") asks nothing
    return names_act and (not any(_has(c.text, "lookup_words") and not _embedded(c.text) for c in asked)
                          or _has(text, "condition_words")
                          or judged and bool(act_clauses))

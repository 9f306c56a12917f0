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
from dataclasses import replace

from jieba import posseg

from .. import phrases
from . import kinds, plans
from .affirmed import affirmed_acts
from .anchors import LAST_STEP, ordinal, ordinal_acts, pointer_lead, told_again_acts
from .clauses import _KNOWN, _QUIZ_CALL, AFTER_STEPS, ALSO_ASKS, HANDLING_ASKED, RECALLED, WORK_WORDS, Clause, _is_frame, _modal_spans, other_subject, others_first
from .institutions import arms_borne, asked_of_institution
from .lexicon import is_verb, words
from .pointers import (_INTRO, GO_ONLY, _MOVE_ONLY, MANY, PLAN_PART, _trainee, usual, _begins_word, _handed_over, _plural,
                       _presence_only, _previous, _reported_by_other, _request_for, _said_again, _word_of)
from .predicates import (keeps_away, _LICENCE_ASKED, _SUBJECT, _bare, _qualification_only, _clean_pred, _has_verb, _light, _meta, _strip, _strip_back_reference,
                         _topic_object, _verb_of, _without_modals)
from .told import (counts_examples, _EVERY_DEED, _SAID_QUOTE, _ASKING_LEAD, _FIRST_AND_LAST, _FIRST_ONE, _FIRST_ONES, _LAST_ONE, _counted_before, _first_and_last_acts, _framed_story,
                   _first_request_acts, _last_sentence_acts, _listed_before, _short_list, _summed_up, _told_acts, _told_just_before)
from .vps import _ASK_LEAD, _CONSEQUENCE, Act, _acts_of, _named_request_acts, _request_acts
from .wanted import _ASKS_ME, _OFFICIAL, _TOLD_ME_TO, said_acts, wanted_acts

__all__ = ["Act", "find_acts"]


# someone's suggestion told ("同事说剪一下发快手", "朋友让我发出去"): what it names may be pointed back to
_SUGGESTED = re.compile(r"(同事|朋友|同学|家里人|老婆|老公|他们|她们|有人|好几个人|几个朋友)[^，。？！]{0,4}?(说|讲|让我|叫我|劝我|建议)")
# what a count is said with ("这两样", "这两摊"), in a list said just before a question or in the question itself
_COUNTERS = "样|件|个|项|种|桩|摊|份"
# "这个" as a pointer, not as "this" before a noun ("帮发小查这个人")
_POINTER_AFTER = re.compile(r"(这个活儿?|这种活儿?|这个事儿?|这件事|这种事|这事儿?|这活儿?|这项工作|这些|这几样|这两样|这两个|这几个|这两件|这几件|这两项|这两摊|这俩|"
                            r"这种做法|这个做法|这样的做法|"
                            r"这个(?=$|[我你他她俺咱辅能可行算是合])|(?<=的)那个(?=$|[我你他她俺咱辅能可行算是合]))")


# an assignment said of what the story told ("这样安排", "这个能安排给辅警", "这么派合规吗")
# what someone asked of the user, said again as their request ("他这个要求能不能通融一下", "家属的请求能答应吗")
# ("房东这个要求能答应吗", "这个外快能挣不": whoever asked, and the paid work they asked for)
_REQUEST_BACK = re.compile(r"^(那|那么|但|可)?(他|她|人家|对方|车主|司机|老板|家属|群众|当事人|朋友|亲戚|房东|家长|经理|邻居|同学|同事|记者|律师|博主|老乡|店主|主办方|"
                           r"[\u4e00-\u9fff]{2,3}?(?=的?(这个|那个|这种|这些)))?(?:的)?(这个|那个|这种|这些|这份|这|那)?(要求|请求|忙|外快|私活|兼职|差事)"
                           r"(我)?(能不能|可不可以|能否|可以|能)?(通融|答应|照办|照做|帮|满足|同意|办|挣|接|赚|干|做)?(一下|下)?$|"
                           # "他让我做的这个我能接吗": what was asked of the user, pointed back to by the asking
                           # (…"那她后面让我查的这个能帮吗": when, and the verb of the request)
                           r"^(那|那么|但|可)?(他|她|民警|所长|领导|师傅|带班的|带班民警|科长|队长)?(后面|后来|刚才|之前|又|还)?(让|叫|喊|要|安排|交代|吩咐|托)我"
                           r"(帮忙|帮他|帮她)?(做|干|弄|搞|办|查|拷|发|看|问|找|写|签|开)?的"
                           r"(这个|那个|这件|那件|这些|这)(事|活|事情|活儿)?(我|我们)?(能不能|可不可以|能否|可以|能)?(接|做|干|照做|照办|办|弄|帮)?(不|吗|么|呢)?$")
# "跟民警一样要审批吗", "需不需要单位批准": whether something needs approval — asked of the texts, no act
_NEEDS_APPROVAL = re.compile(r"^(那|那么)?(也|还)?(跟|和|像)?[^，。？！]{0,4}?(一样)?(也|还)?(要|需要|要不要|需不需要|得|用不用|必须)(先)?(单位|领导|所里|局里)?"
                             r"(审批|批准|报批|同意|打报告|报备)(吗|么|不|嘛|哦|呢)?$")
# someone paying the user for what the work holds ("出钱买一批车主信息", "花钱买他们的电话")
_BUYS = re.compile(r"(出钱|花钱|给钱|付钱)(买|要)")
# the money of a deal asked ("这个钱能挣吗", "这笔钱我能赚不")
_THIS_MONEY = re.compile(r"^(那|那么|但)?(这个|这笔|这|那个|那笔)钱(我|俺)?(能不能|可不可以|能|可以)?(挣|赚|拿|收|要)")
# "下面哪些可以做：A.…B.…", "以下哪几种做法违规": options listed after the question
# what the story says the user is paid ("一个月给一千五", "一单给俺一百块", "给我两百提成")
_PAID = re.compile(r"(给|发|开)(我|俺|他|她)?[^，。？！]{0,4}?([0-9]+|[一二两三四五六七八九十百千万]+)(块|元|百|千|万)|提成|好处费|辛苦费|红包|一个月给")
# (…or a stem that ends where its options begin: "文职辅警可以做的是？A.…")
_OPTIONS_AHEAD = re.compile(r"(下面|以下|下列)[^，。？！]{0,6}(哪些|哪几|哪个|哪项|哪一|哪种)|"
                            r"(可以|能|不能|不得|不可以|不应|应当)(做|干|从事|协助)的(是|有)$")
# "…到底算不算文职能做的", "属不属于辅警能干的活": whether the work named before it counts as the role's
_COUNTS_AS = re.compile(r"(到底|究竟)?(算不算|算是|算|属不属于|属于|是不是)(是)?(文职|勤务|文职辅警|勤务辅警|辅警|我们|我)?(能|可以|该|应该)?"
                        r"(做|干|接|从事)的(活儿?|事情?|工作|范围)?(吗|么|呢|啊|哦)?$")
# the pointer words and the relative clause that only point at the work ("我现在干的这个", "那我这个")
_POINTER_WORDS = re.compile(r"^(那|那么|可)?(我|我们)?(现在|平时|目前)?((干|做|弄|搞)的)?(这个|那个|这种|这份|这项)?")
# "按条例这个活是不是该我们勤务干的": whose work the request is, asked of the role
_WHOSE_WORK = re.compile(r"^(按条例|按规定|按办法|按理说)?(这个|这种|这些|这|那个)(活|事|工作|差事)(儿)?(到底)?(是不是|算不算|是)?(该|归|应该|属于)"
                         r"(我们|我|他|她|他们|她们)?(勤务|文职)?(辅警)?(来)?(干|做|管)?(的)?(活)?$|"
                         # "这活算我岗位的吗", "我这个岗位接这个活合适吗": whether the work asked of the user is their post's
                         r"^(这个|这种|这|那个)(活|事|工作|差事)(儿)?(到底)?(算|算是|算不算|是不是|属不属于|属于)(我|我们|他|她|他们|她们)(的)?(岗位|职责|本职|分内)(的|内|范围)?(活|事|工作)?$|"
                         # "这个属于她的活不": the pointer, then whose work
                         r"^(这个|这种|这|那个)(到底)?(算|算是|算不算|是不是|属不属于|属于)(我|我们|他|她|他们|她们)(的)(活|事|工作|本职|职责)(儿)?$|"
                         r"^(我|我们)?(这个|这种|一个)?(岗位|岗)(的人)?(能|可以|该)?(接|干|做|管)(这个|这种|这)(活|事|工作)(儿)?(合适|合规|行|对)?$|"
                         # "这是我们窗口岗该干的吗": the post named between, then whether the work is its due
                         r"^(这|这个|这些|那|那个)(到底)?(是|算|算是|是不是|算不算|属于|属不属于)(我们|我|他|她)(的)?[\u4e00-\u9fff]{0,4}?(岗|岗位)(该|应该)(干|做|管)(的)(活|事|工作)?$")
# "被叫去做数据分析，算不算超出他的岗位": whether the request goes beyond the post, asked of the request
# (…"这个活是不是超出文职的范围了": the work pointed at, named)
_BEYOND = re.compile(r"^(这|这样|那|这个|这个活|这活|这种活|这些活|这个事|这事|这种事|这个工作|这项工作|这份工作)?(儿)?(到底)?(算不算|是不是|算|属不属于|有没有)(是)?(超出|超过|超越|越出|超了|出了)(了)?"
                     r"(他|她|我|我们|他们|勤务|文职|勤务辅警|文职辅警|辅警)?(的)?(岗位|职责|范围|工作范围|职责范围|本职|岗位职责)")
_REWARD = re.compile(r"请(我|我们|你)(吃|喝|抽)|事成|给(我|你)(好处|红包|钱)")
_ASSIGNED_BACK = re.compile(r"^(那|那么)?([\u4e00-\u9fff]{1,4}(这边|那边|这里))?(所长|领导|科长|单位|所里|我们|他们)?"
                            # "没有民警跟着这样排班可以吗": who is there, said before the arrangement pointed at
                            r"((没有|没|不用|不带|不要)(民警|师傅)(跟着|带着|在场|陪着|跟|在)?)?"
                            # "连云港这边文职能不能这么用": the staff so used, and whether one may
                            r"((勤务|文职)(辅警)?(能不能|能|可以|可不可以|能否)?)?(这样|这么|那样|那么|这种岗位|这个岗位|这样的岗位|这种安排|这个安排|这样的安排|这个|这些|这事|这活|这种活|这|那)(子)?(能|可以|可不可以)?"
                            r"(安排|派|交给|安排给|派给|用|使唤|排班|排)(辅警|他|她|他们|她们|我)?(去)?(做|干|合规|合适|行|对)?"
                            # "这样安排符合重庆条例不": measured against a text, named
                            r"((符合|合|违反|符不符合|合不合|违不违反|违背)[^，。？！]{0,5}(条例|规定|办法))?$")


# an act of its own named first, then pointed at ("出庭作证这个条例里有没有说他能不能去")
# the words that open a question without being part of it ("关键是这个警用摩托我能不能骑"): the thing pointed at comes after
_LEAD = r"^(?:关键是|主要是|问题是|就是|但是|可是|不过|只是|那么|而)?"
_OWN_THING_FIRST = re.compile(r"^(?!那|这|他|她|我|你)([\u4e00-\u9fff]{2,6}?)(这个|那个|这件事|这事)(?=条例|规定|办法|在|里|上)")


# whether what someone said is right ("这话对不对", "他说得对吗", "这个说法有没有道理")
_CLAIM_JUDGED = re.compile(r"(那|那么)?(这|这个|他|她|学员|他们|她们)?(话|说法|讲法)?(说得|讲得)?(是)?"
                           r"(对不对|对吗|对不|对么|有没有道理|有道理吗|站得住脚吗|靠谱吗|靠不靠谱|正确吗|正不正确)")
# a call to judge the statement after it ("判断对错：…", "判断正误：…")
_JUDGE_FIRST = re.compile(r"(请|请你|帮我|你)?(判断|判定|判别)(一下|下)?(对错|正误|真假|是否正确|对不对)|对还是错|是对是错|(判断|是非)题")
# what a claim says of the act it names ("…去饭店吃饭喝酒没啥"): its verdict, not part of the act
_FINE_CLAIMED = re.compile(r"(也|都|就)?(没啥|没事|没关系|没问题|没得事|不算违规|不违规|可以|也行|无所谓|不要紧)(的|吧)?$")
# a claim whose only condition is the officer ("只要民警带着就没问题", "有民警在场就可以")
_OFFICER_ONLY_CLAIM = re.compile(r"[“\"「]?(只要|有)(民警|警察|师傅)(带着|跟着|在场|在旁边|在|陪着|同意|领着)(就|都)(没问题|没事|可以|行|能干|能做|合规)")
# a plan pointed back to as such ("他这样打算要得不", "这想法可照", "这个主意行不行")
_PLAN_POINTER = re.compile(r"(这样|这么|那样|这个|那个|这种|这)(的)?(打算|想法|主意|念头|计划)|^(我|他|她)?(这样|这么)想(的)?(对不对|行不行|可以吗|要得不|可照|行吗)")
# …and the clause that tells it ("他打算趁上班在系统里帮着查一下"; not someone's wish to know: "表姐想晓得…")
_PLAN_VERB = re.compile(r"^(我|他|她)?(就|也|还|本来|其实|是)?(打算|准备|计划|寻思着?|琢磨着?|想着|想)(?!晓得|知道|要|问|法|到|起|不通|了解)(着)?")
# what the 辅警 fears will follow ("怕以后追究他"): no act
_FEARED_AFTER = re.compile(r"^(我|他|她)?(就|也|还|有点|一直)?(怕|担心|害怕|生怕|就怕)(以后|到时候|回头|将来|事后)?(被|会)?(人家|单位|上面|领导)?"
                           r"(追究|追责|处分|处理|开除|辞退|找麻烦|找后账|秋后算账|投诉|告)")
# what a step's clause only sets the scene with: what was seen, who else is there, when ("看到有人在砸车玻璃",
# "旁边一个路过的被划伤了", "打电话报告民警后"), the question's own words ("学员说有一步做错了")
_CIRCUMSTANCE = re.compile(r"^(看到|看见|发现|听到|听见|碰到|遇到|有人|有个|旁边|一个|学员说|有人说|大家说)|(以后|之后|后|时|的时候)$|"
                           # "人群里有人偷手机被他当场看见", "景区老板塞给他两条烟": what others do, or do to the 辅警
                           r"^[^，。？！]{1,6}(有人|有个人)|被(他|她|我|俺)[^，。？！]{0,4}(看见|看到|发现|撞见)|(塞给|送给|递给|塞了)(他|她|我|俺)")
# the 辅警's own insurance ("社保要他自己按灵活就业去交"): who pays it is a question for the texts
_OWN_INSURANCE = re.compile(r"社保|社会保险|五险一金|公积金|医保|养老保险|工伤保险|意外险")
# whether a rule says so, said bare ("有没有规定嘛")
_BARE_RULE_ASKED = re.compile(r"(那|那么)?(这个|这|这些)?(到底|究竟)?(有没有|有没得|有没|是不是有|有)(啥|什么|啥子)?(规定|说法|明文规定|文件|政策)(嘛|吗|呢|哦|啊|没有|没得|没)?")
# what the act told counts as, asked ("这算不算我单独执法", "我这样是不是越权")
_COUNTS_AS_BAN = re.compile(r"^(那|那么)?(这|这样|这个|我这样|我这|我这个|俺这|俺这个)(子)?(到底|究竟)?(算不算|算是|算|是不是|属不属于|属于)(是)?(我|俺)?(在|是在)?(单独执法|一个人执法|越权|越界|乱执法|违规执法|"
                            # "…听说辅警不准审核案件，我这个算不算审核嘛": the banned work the user fears the task is
                            r"审核|审批|调查取证|取证|办案|执法|处罚|侦查|技术侦察|鉴定|责任认定|定责)")


# the user's wish told ("想自己发到抖音上…"), then reassurance sought ("应该也没得关系吧", "没事吧")
_WISH_LEAD = re.compile(r"^(我|俺)?(就|也|还|本来|其实)?(想|打算|准备|寻思)(着)?")
_REASSURED = re.compile(r"(应该|估计)?(也|都)?(没有|没得|莫得|没)(什么|啥|啥子)?(关系|事|问题|影响)(吧|噻|哈|嘛)?$|不要紧吧$|没事吧$")


# the act told just before pointed at, and whether it matters ("我们这样搞要不要紧", "这么干行不行")
_POINTED_SO = re.compile(r"^(那|那么)?(我|我们|俺|俺们|他|他们)?(这样|这么|那样)(搞|干|弄|做|整|办)(的话)?[^，。？！]{0,6}$")


# a kind of work pointed at by its noun first ("这种登记我自己去弄", "那个调解我一个人搞")
_KIND_POINTED = re.compile(r"^(那|那么)?(这种|这个|那个|这项|那项|这类)(?P<w>[\u4e00-\u9fff]{2,4}?)(工作|活儿?|事儿?)?"
                           r"(我|俺|我们|他|她)(自己|一个人|单独|独自)?(去|来)?(弄|做|干|搞|整|办|处理)?$")


# staff a plan puts to work, told without a request ("所里晚上想排两个勤务辅警自己在步行街那片巡逻")
_PLANNED_FOR = re.compile(r"(想|打算|准备|计划)(排|安排|派|抽)(?P<who>[^，。？！]{0,10}?)(辅警|文职|勤务|人|他|她|他们|她们)")


# a pointer picked by the time told with its act ("晚上那个活", "白天这个事", "散场那个")
_TIMES = "白天|晚上|早上|上午|中午|下午|夜里|夜间|凌晨|半夜|散场|进场|开场|第一天|第二天"
_ANCHORED = re.compile(rf"^(那|那么|但|可|可是)?({_TIMES})(的)?(那个|这个|那件|这件|那些|这些|那一项|这一项|那样|那块|这块|那么|这么|那会儿?|那阵)(活儿?|事儿?|工作|任务)?")


def _anchored_acts(clauses: list[Clause], c: Clause, when: str, names) -> list[Act]:
    """The acts told after ``when`` in the story, up to the next time told ("白天在公众号上发出行提示，晚上去步行街
    路口拉人墙、维持人流" → 拉人墙, 维持人流 for "晚上那个活"; "下午办案民警把拘留证塞给他，让他自己去…" → the
    request of that sentence) — those that name a catalogue act when some do."""
    for o in reversed(clauses[:c.index]):
        text = o.request or o.text
        at = text.find(when)
        if o.asked or at < 0:
            continue
        rest = text[at + len(when):]
        nxt = re.search(_TIMES, rest)
        part = rest[:nxt.start()] if nxt else rest
        found = _acts_of(o, part.strip("，、 "), o.start + max(o.text.find(part), 0), "request" if o.request else "story")
        for p in clauses[o.index + 1:c.index]:
            if nxt or p.asked or p.sentence != o.sentence or re.search(_TIMES, p.text):
                break
            found += _acts_of(p, p.request or p.text, p.start, "request" if p.request else "story")
        return [a for a in found if names(a.words)] or found
    return []


# the user's own intention opening a clause ("我想拿警棍给他两下"), not a wish to ask ("我想问一下")
_OWN_INTENT = re.compile(r"^(所以|于是|那|就|当时)?(我|俺)(真|是真|真的|都|就|当时|本来|差点)?(想|打算|准备|寻思着?|恨不得|想着)"
                         r"(?!问|知道|晓得|了解|请教|咨询|确认|搞清楚|弄清楚)")


# the bare taking asked ("俺收了算不算事", "收下行不行", "我拿了要紧不")
_TAKEN_BARE = re.compile(r"^(那|那么)?(我|俺)?(就|也|要是|如果|直接)?(收|拿|接)(了|下|下来|着)?(的话)?(算不算|行不行|可以|能|要得|照不照|中不中|有没有|违不违|算|会不会|要紧|没事|吗|不)|"
                         # "烟接得不", "红包呢": the thing put first, taken or only named
                         # (…not "烟我收得不": the thing and a verb of the catalogue's own, read as asked)
                         r"^(那|那么)?(这|那)?(个|包|条|些)?(烟|酒|红包|钱|购物卡|卡|礼品|礼物|票)(呢|(我|俺)?(能|可以)?接(得|了|下)?(不|吗|么|得不|行不|可以不))")
# a thing pressed on the user, told before a bare "收了" ("有个老板硬塞给俺两条烟说以后多关照")
_GIVEN_ME = re.compile(r"(塞给|送给|递给|拿给|给)(我|俺|他|她)(了)?(?P<thing>[^，。？！说]{1,8}?(烟|酒|钱|红包|购物卡|卡|礼品|礼物|茶叶|土特产|好处费|感谢费|水果|东西|票))|"
                       # "家属过来递烟，一包软中华", "说给我发个两百的红包", "黄牛塞了两张票给他"
                       r"(?P<thing2>递烟|递了?[一两几]?(包|条)烟|(发|包)(个|了)?[^，。？！]{0,6}红包|塞了?[^，。？！]{0,6}?(票|烟|钱|红包|卡))")


def _gift_taken(clauses: list[Clause], c: Clause) -> list[Act]:
    """A bare verb of taking asked ("俺收了算不算事", "拿了行不行") after a thing given to the user is told: taking that
    thing is the act asked."""
    if not _TAKEN_BARE.match(c.text):
        return []
    given = next((o for o in reversed(clauses[max(0, c.index - 4):c.index]) if not o.asked and _GIVEN_ME.search(o.text)), None)
    if given is None:
        return []
    m = _GIVEN_ME.search(given.text)
    thing = re.sub(r"^(递了?|发|包|塞了?)(个|了)?", "", m.group("thing") or m.group("thing2"))
    return _acts_of(given, "收" + thing, given.start + m.start(), "story")


# a request that is only "decide it" ("让他先看着定", "叫我自己拿主意")
_BARE_DECIDE = re.compile(r"(先|就|自己|直接)*(看着|自己)?(定|定了|拿主意|决定|看着办|做主|说了算)(吧|就行|就好)?")


def _decided_matter(clauses: list[Clause], a: Act) -> Act:
    """"民警说那个打架的罚多少钱让他先看着定": a request only to decide, the matter decided told before it in the clause
    ("那个打架的罚多少钱") — the act is deciding that matter."""
    if a.via != "request" or not _BARE_DECIDE.fullmatch(a.words):
        return a
    text = clauses[a.clause].text
    at = text.find(a.words)
    m = re.search(r"(说|讲)(?P<what>[^，。？！]{2,16}?)(让|叫|喊|要)(我|他|她)(先|就|自己|直接)*$", text[:max(0, at)])
    if m is None:
        return a
    what = m.group("what")
    return replace(a, words=what + a.words, start=clauses[a.clause].start + m.start("what"))


def _request_going_on(clauses: list[Clause], index: int, core: str) -> Clause | None:
    """The request whose sentence goes on to tell ``core`` in a clause of its own before clause ``index``
    ("喊我帮他把几个行政案件卷宗先审一遍，没问题就在系统头直接点“审核通过”" — "这个审核…" asks that request)."""
    for o in reversed(clauses[:index]):
        if o.asked or o.request or len(core) < 2 or core not in o.text:
            continue
        led = next((p for p in reversed(clauses[:o.index]) if p.sentence == o.sentence and p.request), None)
        if led is not None and not any(p.request for p in clauses[led.index + 1:o.index]):
            return led
    return None


# who acts, said where a thing could stand before the question ("这个我一个人能去发吗")
_PEOPLE_ONLY = re.compile(r"(一个人|一个|自己|单独|独自|[两三几]个人|[两三几]个|我们|俺们|咱们|他们|她们|大家)")


# a request that goes on the one before it in the sentence ("还要我签名盖章")
_GOES_ON = re.compile(r"^(还要|还让|还叫|还喊|并且|而且|再让|又让|又要|顺便让|顺便叫)")


def _verb_object(verb: str, obj: str) -> str:
    """The verb asked with the thing put before it: "罚单" + "开" → "开罚单"; "定责任…能定吗" is already the act
    ("定责任", not "定定责任").

    >>> _verb_object("开", "罚单"), _verb_object("定", "定责任"), _verb_object("拿过来用", "枪")
    ('开罚单', '定责任', '拿枪过来用')
    """
    if verb and obj.startswith(verb):
        return obj
    # "民警的枪…拿过来用": the thing goes between the verb and where it is brought ("拿民警的枪过来用")
    moved = re.match(r"([\u4e00-\u9fff])(过来|过去|出来|起来|下来|回来|上来)(.+)$", verb)
    return moved.group(1) + obj + moved.group(2) + moved.group(3) if moved else verb + obj


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
    if not part or not _has_verb(part) or _light(part) or _meta(part) or re.search(r"[和、及跟]", part) or \
            _LENT_TO_DO.fullmatch(part):
        return ""   # "看人和做笔录这两样": a list of acts said short points back to the requests told
    return part if len(part) >= 4 or names(part) else ""


# "请逐一判断这些做法", "分别说说": the user asks for a judgement of the acts pointed back to, no act of its own
_JUDGE = re.compile(r"(请|帮我|麻烦)?(逐一|逐个|逐条|逐项|分别|一一|挨个)?(判断|分析|评价|点评|说说|讲讲|指出|说明|看看|讲)(一下)?"
                    r"(这些|上述|以上|每个|每条|各个)?(做法|行为|事|情形|动作)?(合不合规|合不合法|对不对|行不行|违不违规|是否合规)?")


_HEARSAY = re.compile(r"(平时|平常|以前|之前|原来|我记得|记得)?(不是说|不是规定|不是讲|听说|据说|我听人说|有人说|(大家|人家|别人|他们)?都说|老说|常说)")
# "听他同事讲辅警干的事出了问题都得自己兜着，是不是这样的": whether what was heard is true — a question for the texts
_TRUTH_CHECK = re.compile(r"^(那|这)?(是不是|是)(这样|真的)(的|子)?(吗|啊|哦|哈)?$|^(这个|这|那个|那)?(说法|讲法|事|话)?(是)?(真的假的|是真的吗|真的吗|对吗|对不对|是这样吗|有这回事吗)$|"
                          # "同事说这样是违规的。真的不行吗": what was said of the act, asked back
                          r"^(那|这)?(真的|真)(就)?(不行|不能|不可以|违规|违纪|不允许|不让)(吗|啊|哦|么|嘛)?$")
_HEARD = re.compile(r"听说|听[^，。？！]{0,6}(讲|说)|(同事|别人|有人|人家|他们|老辅警|师傅|领导)[^，。？！]{0,3}(讲|说)|据说")
# "出了事要不要担责任": who answers for it, a question for the texts — no act
# (…"万一路上出了事故算谁的", "出了事谁赔": who answers for what may happen)
_LIABILITY = re.compile(r"(担|承担|负|背|扛)(什么)?(的)?责任|谁(来)?负责|担责|后果[^，。？！]{0,4}(算|归|由)|"
                        r"(出了?|出个|发生)(事故|事|问题|意外)[^，。？！]{0,4}(算谁|归谁|谁赔|谁负责|谁管|谁出钱|谁担)")
# "我该怎么答", "标准答案该怎么写", "我想给他个准话": how to answer someone, no act of its own
_HOW_TO_ANSWER = re.compile(r"^(那|那么)?(我|我们)?(该|应该|要|得)?怎么(跟|和|对|给|回)?(他|她|他们|学员|新人|人家)?"
                            r"(答|回答|回复|说|讲|解释|交代|教)|"
                            r"(标准答案|答案|准话)|"
                            # "帮我看看这个题咋答", a bare "为啥" after the judgement asked: how to answer, why — no act
                            r"题(该|应该|要)?(咋|咋个|怎么|如何|怎样)(答|回答|写|解)|^(为啥|为什么|为何|为啥子|啥原因|什么原因|依据呢|理由呢)(呢|啊)?$")


# a power someone claims, asked whether it is true ("他说他能罚款，真的假的")
# (…when it is done: "他说他上班可以开警车")
_CLAIM_IN = re.compile(r"(说|讲|跟我说|跟我讲|告诉我)(我|他|她|辅警|我们辅警|我们|咱们|咱)?(自己)?(也)?(上班|上班时|执勤|执勤时|值班|平时)?(的时候)?(也)?(能|可以|有权)(?P<act>[\u4e00-\u9fff]{2,})$")
# …as the whole of an act's words, after who said it ("同事说辅警可以认定交通事故责任")
_CLAIMED_POWER = re.compile(r"^[\u4e00-\u9fff]{0,6}?" + _CLAIM_IN.pattern)
_TRUTH_ASKED = re.compile(r"(这|那)?(是)?(真的假的|真的吗|是真的吗|是不是真的|真的不|对吗|对不对|靠谱吗|靠不靠谱|有这回事吗|真有这事吗)|"
                          # "这是真的还是他在吹牛": true, or a boast
                          r"(这|那)?(是)?真的还是[^，。？！]{0,6}(吹牛|瞎说|乱说|骗人|忽悠|吹)(的)?")


def _asks_truth(c: Clause) -> bool:
    """"真的假的", "是真的吗": the clause asks only whether what was said before is true."""
    return bool(_TRUTH_ASKED.fullmatch(c.text.strip("？?！!。 ")))


# "拦车吹气和扣车哪个能干哪个不能干": two acts named, which of them may be done
_WHICH_OF = re.compile(r"^(?P<acts>[^，。？！]{2,12}?(和|跟|与|、)[^，。？！]{2,12}?)(到底)?(哪个|哪样|哪一个|哪一样|哪件)(能|可以|行|是可以|不能|不行)")
# "这个在规定里允许吗": a pointer and the texts it is asked of, no act of its own
_RULE_FRAME = re.compile(r"^(这个|这|那个|这样|这种|这些)?(在|按|照)?(规定|条例|办法|文件|制度|法规)(里|上|中|里面|里头)?$")


def _place_only(text: str, place_words: tuple[str, ...]) -> bool:
    """"在连云港也", "在重庆": a place said again beside the act, no act of its own."""
    rest = re.sub(r"(也|呢|的|这边|那边)+$", "", re.sub(r"^(这|那|这个|那个|这样|那样)?(在|到)", "", text))
    return bool(rest) and rest in place_words


# "这个忙我帮得不", "帮她个忙可行啊": the favour asked in the story, whatever it is
_REFUSED = re.compile(r"(这样|这么|当时|直接)?(拒绝|推掉|推了|回绝|没帮|不帮|没答应|不答应|没同意)(了)?(他|她|人家)?")
# "有没有说下班不准穿", "规定里是不是说了不能拍": whether the texts bar a verb, said bare — the story's act with it
_SAID_BARRED = re.compile(r"(有没有|有没|是不是|是否|到底)(说|讲|规定|写)(了|过)?[^，。？！]{0,6}?(不准|不让|不许|不能|禁止)(?P<v>[\u4e00-\u9fff]{1,3})$")
# "还是真的有规定不让", "是不是条例不准": a rule barring it, asked of what was requested
_RULE_BARS = re.compile(r"(真的|确实|是不是|是否|到底)?(有)?(规定|条例|办法|制度|纪律)(里|上)?(是)?(不让|不准|不许|不允许|禁止|不能)$|"
                        # "是真的不行还是他在推脱": whether it is really barred, asked of what was requested
                        r"^(那|这)?(是)?(真的|真|确实)(不行|不能|不可以|不让|违纪|违规)")
_FAVOUR = re.compile(r"^(这个|这|那个|这种)?忙(我|俺)?(帮|帮帮)?$|^(帮|帮帮)(她|他|人家|他们|她们)?(这个|个|一个|这|这种|那种|这样的)忙$|(这个|这|这种)忙|"
                     r"^(这种|这个|这样的)帮忙|"   # "这种帮忙他弄得照不照"
                     # "喊我帮他把车开回屋头…勒个我帮得不": the help asked, pointed at and given
                     r"^(这个|这|那个)(我|俺)(能)?(帮|帮帮)(他|她|他们|人家)?$")


# "带烟收红包我晓得不对": acts the user knows break a rule, told before asking which rule
_KNOWN_WRONG = re.compile(r"^(.{2,}?)(我|俺)?(也)?(晓得|知道|清楚|明白)(是)?(不对|不行|违规|不能|不可以|不允许|违纪)")
# "这个不问了", "这个先不管", "这个就不说了", "这个没啥说的": the user sets the act just told aside
_SET_ASIDE = re.compile(r"^(这个|这)(我)?(先|就|都|也)?(不问了|不管|不说了|不提了|不用问|没啥说的|没什么说的|没有什么说的|先放一边)(了)?$")


_SET_ASIDE_NAMED = re.compile(r"^(?P<what>[\u4e00-\u9fff]{2,6}?)(那个|这个|那块|这块|那件事|这件事|的事)(我)?(先|就|都|也)?"
                               r"(不问了|不管了?|不说了|不提了|不用问|不用说了?|先放一边)(了)?$")   # (not "没啥说的": known fine)


def _set_aside(clauses: list[Clause], p: Clause) -> bool:
    """The user sets clause ``p``'s act aside in the clause after it ("…按在凳子上看着，这个不问了")."""
    return p.index + 1 < len(clauses) and bool(_SET_ASIDE.match(clauses[p.index + 1].text.strip()))


def _items_before(clauses: list[Clause], c: Clause) -> list[Clause]:
    """The items of a list ("一是…，二是…", "1.… 2.…") told right before clause ``c``."""
    out: list[Clause] = []
    for o in reversed(clauses[:c.index]):
        if not o.item:
            break
        out.insert(0, o)
    return out


def _told_with(clauses: list[Clause], c: Clause, verb: str, reach: int, names_it) -> Clause | None:
    """The nearest story clause of the ``reach`` before ``c`` that holds ``verb`` and that ``names_it`` accepts:
    where the story told the act an asked clause says again by its verb."""
    return next((o for o in reversed(clauses[max(0, c.index - reach):c.index])
                 if not o.asked and verb in o.text and names_it(o)), None)


def _determiner(text: str, h) -> bool:
    """"那个司机要我判责任…": 这个 / 那个 before a noun opening the clause picks out its subject, it points back to
    no act (not "帮同学查这个人": the object may be the one the story told)."""
    nxt = text[h.end:h.end + 1]
    if re.match(r"[\u4e00-\u9fff]{1,4}?(我|俺|咱|能|可以|可不可以|你)", text[h.end:]):
        return False   # "这个地址我能查给她吗": the thing pointed back to, put first
    return h.phrase in ("这个", "那个") and h.start <= 1 and bool(re.match(r"[\u4e00-\u9fff]", nxt)) and \
        nxt not in "我你他她俺咱能可要得都也就还是又到活事忙么嘛呢吧啊呀的算属归合违行对有会该需用怎咋样种些"


def _thing_told_whole(clauses: list[Clause], c: Clause, topic: str, pred: str, names) -> list[Act]:
    """"测完鉴定报告也由我出…报告能我来出吗": the thing put first said short, told whole in the story just before —
    the act is the verb asked with the whole thing ("来出" + "鉴定报告")."""
    thing = _topic_object(topic)
    # (…not the one who acts, put first: "医院能不能先让我交钱再治")
    if not (1 <= len(thing) <= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", thing)) or not pred or \
            re.search(r"(让|叫|喊|要|逼)(我|俺)", pred):
        return []
    for o in reversed(clauses[:c.index]):
        at = o.text.find(thing)
        for k in (2, 3, 4):   # the shortest whole name, a noun's words (no particle, no verb of motion)
            whole = o.text[max(0, at - k):at] + thing if at > 0 else ""
            if len(whole) == len(thing) + k and re.fullmatch(r"[\u4e00-\u9fff]+", whole) and \
                    not re.search(r"[了过着的在把被给让叫送去到]", whole[:k]) and names(pred + whole):
                return _acts_of(c, pred + whole, c.predicate_start, "asked")
    return []


def _said_before_modal(c: Clause, topic: str, verb: str, names) -> list[Act]:
    """"那个司机要我判责任我能判不": the verb asked alone, said with its object before the modal in the clause."""
    m = re.search(re.escape(verb) + r"[^，。？！我]{1,8}", topic) if verb else None
    return _acts_of(c, m.group(), c.start + m.start(), "asked") if m and names(m.group()) else []


# "罢工这个，是不是条例不准": the predicate names only the texts and what they allow
_TEXTS_ONLY = re.compile(r"^(是不是|是否|到底)?(条例|规定|办法|文件|法规)(上|里|里面|上面)?(是不是|有没有)?(不准|不让|不允许|允许|准不准|让不让|禁止|不许)$")


def _summed_object(clauses: list[Clause], c: Clause, topic: str) -> str:
    """Things listed and summed up by 这些 before the verb asked, its object — no pointer to acts told ("看到的群众身份证号、
    住址这些能不能跟朋友聊聊"), also said as a clause of its own just before ("…手机号、家庭住址这些，能不能跟我朋友说说")."""
    prev = clauses[c.index - 1] if c.index > 0 and not clauses[c.index - 1].asked and \
        clauses[c.index - 1].sentence == c.sentence else None
    before = prev if not topic.strip() else None
    m = re.search(r"([^，。？！]{2,}?)(这些|这类|这种)(东西|信息|资料|情况)?$", before.text if before else topic)
    if m and "、" in m.group(1):
        return m.group(1)
    # "那柜子里还有一批手铐、警棍，也让他一块管着行不行": the things just told to be there, the object
    there = re.search(r"(还有|另外还有|也有)(一批|一些|几个|几把|几副|一堆|好些)?([^，。？！]{2,})$", prev.text) if prev else None
    return there.group(3) if there and "、" in there.group(3) else ""


def _ends_in_verb(text: str) -> bool:
    """The last word of ``text`` is a verb ("去社区讲" ends in 讲; "按人" in the object 人)."""
    last = None
    for last in posseg.cut(text):
        pass
    return last is not None and is_verb(last.word, last.flag)


# what the unit says is the work it sends the user to ("所里说反邪教那块最近缺人，想抽几个辅警过去帮忙")
_UNIT_SAYS = re.compile(r"^(所里|所头|单位|局里|分局|领导|所长|上面|队里|科里|中队|大队|指挥中心)(的人)?(说|讲|通知|通知说)(是)?|"
                        # "（我老公…当辅警，）说最近夜班经常一个人在监区看着": what the 辅警 of the story tells of their work
                        r"^(说|讲)(?=(最近|现在|平时|经常|每次|有时候|这几天|今天|昨天|晚上|夜班))")


def _unit_told(p: Clause) -> tuple[str, int]:
    """The words of a story clause and where they start, without the unit's "说" before them."""
    m = _UNIT_SAYS.match(p.text)
    return (p.text[m.end():], p.start + m.end()) if m and len(p.text) > m.end() + 1 else (p.text, p.start)


# what a judgement of the whole case opens with ("先确认下他做的事", "这个过程里", "她上午下午干的活")
# the handling of the case ("小吕这次的处理整体"): its time and its whole, each optional
# (…a trainer's call before it: "判断下辅警小张的做法有没有问题")
_HANDLING = (r"((判断|分析|评价|评判|点评|看看)(一?下|一哈)?)?(辅警)?(他|她|小[\u4e00-\u9fff]|辅警|我)?(这次|这回|当时|那次|整个)?(的)?(处理|处置|做法|操作|应对)(过程)?"
             r"(整体|总体|整个|全部)?(上)?(来看|看)?")
_WHOLE_CASE_LEAD = re.compile(r"(但|但是|先|我|想)*(确认|核实|问|看)?(一?下)?(这个|整个|这次|这趟)?(过程|事|案例|经过|处置)?(里|中|当中)?"
                              r"(他|她|小[\u4e00-\u9fff]|辅警|我)?(上午|下午|白天|晚上|当天|那天)*(干|做)?(的)?(活|事|这些)?(儿)?|"
                              # "这个新人这样做哪里有问题": the one of the case, and what they did, pointed at
                              r"(这个|这位|那个)(新人|学员|辅警|新同事|新辅警|小伙子|姑娘)(他|她)?(这样|这么|那样|那么)(做|干|处理|搞|弄|整)(的)?|"
                              + _HANDLING)
# …asked with the judgement as its modal ("小吕这次的处理整体合不合规"): said with its time or its whole, not bare
_HANDLING_WHOLE = re.compile(_HANDLING)
_HANDLING_MARK = re.compile(r"这次|这回|当时|那次|整个|整体|总体|全部")
# the point of view a question takes ("从管理角度看", "从人事方面来讲")
_VIEWPOINT = re.compile(r"从[\u4e00-\u9fff]{1,6}(角度|方面|层面)(看|来看|讲|来讲|说|来说)?")
# what an act is for, shown to others ("让网友看下我们巡逻", "给大家看看")
_SHOWN_TO = re.compile(r"(让|好让|给|叫)(网友|大家|群众|粉丝|观众|老百姓|市民|家里人|朋友们)(看|看看|看下|看一下|瞧瞧|了解|知道)")


# what others did to the user or about it, told in the passive ("被家长拍了发到群里"): no act of the user's (not a
# posting, "被派去…", "被叫去…")
_DONE_BY_OTHERS = re.compile(r"^(又|还|结果|然后|后来|当时)?(被|遭)(人|家长|群众|路人|别人|对方|网友|记者|他|她|他们|有人|围观的)"
                             r"(?!派|安排|叫去|喊去|借|抽|调)[^，。？！]{0,8}(拍|录|发|传|曝光|投诉|举报|骂|说)")


# what the user wants to do, told ("我想剪一下发到抖音上")
_WISH_TOLD = re.compile(r"^(我|俺)(就|还)?(想|要|打算|准备|寻思|琢磨着)(着)?")


# a request that sends the user to another room ("去档案室把案卷整理好"), and where the user works, told as a place
# ("在…户籍窗口上班"): the force's request is no step of that work, its own act is what the pointer takes
_SENT_ELSEWHERE = re.compile(r"去[^，。？！]{1,6}(室|库|科|队|处|中心|仓库|档案室|机房)")
_WORKS_AT = re.compile(r"^(我|俺)?(平时|一直|现在)?(在|是)[^，。？！]{0,16}(上班|工作|值班|坐班)$")


# staff lent or sent elsewhere to do what is pointed back to ("人借出去干这个活", "派过去做这个")
_LENT_TO_DO = re.compile(r"(人|他们|她们|他|她|辅警)?(被)?(借|调|派|抽|借调|抽调|派遣)(出去|过去|走|到那边)?(了)?(去)?(干|做|搞|弄)")


# a request told as going on the one before it ("另外再让她兼着…", "还让我…"), not one changing it ("又改让我…")
_ANOTHER_REQUEST = re.compile(r"^(另外|此外|同时|顺便|并且|而且|还|再|又)(?!改|换)")


def _requests_before(clauses: list[Clause], index: int) -> list[Clause]:
    """The requests of the story before clause ``index``, the latest first — not a reward offered for one ("说事成了
    请我喝酒")."""
    return [o for o in reversed(clauses[:index]) if o.request and not _REWARD.search(o.text)]


# a topic that is itself only a pointer or a frame ("那这个", "我想问下这种")
_POINTER_ONLY = re.compile(r"(那|那么|这|那个|这个|我想问下|想问下|想问一下|请问)+")


def _asked_acts(clauses: list[Clause], c: Clause, earlier: list[Act], names, place_words: tuple[str, ...]) -> list[Act]:
    """The acts asked clause ``c`` asks about (``earlier``: those of the clauses asked before it)."""
    taken = _gift_taken(clauses, c)
    if taken:
        return taken   # "有个老板硬塞给俺两条烟…俺收了算不算事": taking what was pressed on the user
    if _THIS_MONEY.match(c.text):
        # "一个做营销的朋友说出钱买一批带电话的车主信息…这个钱能挣吗": the deal told with its money is what is asked
        offered = next((o for o in reversed(clauses[:c.index]) if not o.asked and _BUYS.search(o.text)), None)
        at = _BUYS.search(offered.text).start() if offered is not None else 0   # the deal, not who proposed it
        deal = _acts_of(offered, offered.text[at:], offered.start + at, "story", "") if offered is not None else []
        if any(names(a.words, a.joining) for a in deal):
            return deal
    # "判断对错：连云港的辅警下班以后穿着辅警制服去喝同学喜酒，没有问题。": a call to judge put before the statement —
    # the statement's acts are asked, without the verdict it claims
    if _JUDGE_FIRST.fullmatch(c.text.strip()):
        stated = [o for o in clauses[c.index + 1:] if o.sentence == c.sentence and not o.asked]
        found = [a for o in stated for said in [_FINE_CLAIMED.sub("", o.text)] if said
                 for a in _acts_of(o, said, o.start, "story") if names(a.words, a.joining)]
        if found:
            return found
    # "有学员说：“下了班穿着辅警制服去饭店吃饭喝酒没啥，只要不执法就不算违规。”这话对不对": the claim said is
    # checked — the act it says is fine is what is asked
    if _CLAIM_JUDGED.fullmatch(c.text.strip("？?！!。 ")):
        speech = next((o for o in reversed(clauses[max(0, c.index - 4):c.index]) if re.search(r"(说|讲)[：:]?$", o.text)), None)
        if speech is not None:
            claimed = [o for o in clauses[speech.index + 1:c.index] if not o.asked and not re.match(r"[“\"']?(只要|如果|要是|反正)", o.text)]
            found = [a for o in claimed[:1]
                     for said in [_FINE_CLAIMED.sub("", o.text.strip("“”\"'‘’「」"))]
                     for a in _acts_of(o, said, o.start + max(o.text.find(said), 0), "story") if names(a.words)]
            if found:
                return found
    # "…带班民警喊她一起上街盘查…。培训时有人说“只要民警带着就没问题”，这话对不对": a claim that only puts a condition
    # on the officer judges the request told — its act is what is asked
    if _CLAIM_JUDGED.fullmatch(c.text.strip("？?！!。 ")) and c.index > 0 and \
            _OFFICER_ONLY_CLAIM.search(clauses[c.index - 1].text):
        asked_of = next((o for o in reversed(clauses[:c.index]) if o.request), None)
        requested = _request_acts(clauses, asked_of, c.index) if asked_of is not None else []
        if requested:
            return requested
    # "他打算自己先把人带进询问室问个笔录…他这样打算要得不", "他这想法可照": the plan told, pointed back to as a plan —
    # its acts, from the plan's verb on and the clauses that go on with it in its sentence
    if _PLAN_POINTER.search(c.text):
        plan = next((o for o in reversed(clauses[:c.index]) if not o.asked and _PLAN_VERB.search(o.text)), None)
        if plan is not None:
            verb = _PLAN_VERB.search(plan.text)
            found = _acts_of(plan, plan.text[verb.end():], plan.start + verb.end(), "story")
            for nxt in clauses[plan.index + 1:c.index]:
                if nxt.asked or nxt.sentence != plan.sentence or nxt.request or others_first(nxt.text):
                    break
                found += _acts_of(nxt, _clean_pred(_SUBJECT.sub("", nxt.text)), nxt.start, "story")
            # (…named or not: the plan is what is pointed at, a private person it serves is read below)
            named = [a for a in found if names(a.words)]
            if named or found:
                return named or [a for a in found if _has_verb(a.words)][:1] or found[:1]
    # "…一个月到底能拿多少钱？我儿在戒毒所上班…工资是不是该高点？有没有规定嘛": whether a rule says so, asked after
    # another question — that question again, no act of the story
    if _BARE_RULE_ASKED.fullmatch(c.text.strip("？?！!。 ")) and any(o.asked for o in clauses[:c.index]):
        return []
    # "勤务辅警下面哪些可以做：A.在路口提醒…；B.…；C.…": the options listed after the question, each judged
    if _OPTIONS_AHEAD.search(c.text):
        options = []
        for o in clauses[c.index + 1:]:
            if o.asked:
                break
            options += [a for a in _acts_of(o, _clean_pred(_SUBJECT.sub("", o.text)), o.start, "story") if names(a.words)]
        if options:
            return options
    # "他说他能扣人驾照，真的假的": the power claimed in the clause before is what the truth question asks of
    if _asks_truth(c) and c.index > 0:
        prev = clauses[c.index - 1]
        claim = _CLAIM_IN.search(prev.text)
        if claim and names(claim.group("act")):
            return _acts_of(prev, claim.group("act"), prev.start + claim.start("act"), "asked")
    # "我想都没想就冲过去把他拽开按到墙上了…这算不算我单独执法": what the act told counts as, asked — the act told is
    # decided, not the ban it is feared to be
    if _COUNTS_AS_BAN.match(c.text):
        told_before = [p for p in clauses[:c.index] if not p.asked and _has_verb(p.text) and not others_first(p.text)]
        mine = [p for p in told_before if re.match(r"(我|俺)(?!们)", p.text)]
        told_before = mine or told_before   # (the user's own acts, not what the other party did)
        for sent in sorted({p.sentence for p in told_before}, reverse=True):
            found = [a for p in told_before if p.sentence == sent for a in _acts_of(p, p.text, p.start, "story")
                     if names(a.words)]
            if found:
                return found[-1:]   # the last act told, the one the user fears went too far
        # …or the work someone asked of the user ("民警让我把录进系统的记录跟纸质单子对一遍…我这个算不算审核")
        asked_of = next((o for o in reversed(clauses[:c.index]) if o.request and o.sentence >= c.sentence - 1), None)
        if asked_of is not None:
            found = [a for a in _request_acts(clauses, asked_of, c.index) if names(a.words)]
            if found:
                return found
    # "想自己发到抖音上澄清一下，当事人的脸露出来应该也没得关系吧": a circumstance of the act the user means to do,
    # asked as a reassurance — the act meant is what is asked
    prev_wish = clauses[c.index - 1] if c.index > 0 else None
    if prev_wish is not None and not prev_wish.asked and prev_wish.sentence == c.sentence and \
            _WISH_LEAD.match(prev_wish.text) and _REASSURED.search(c.text) and not names(c.predicate):
        wish = _WISH_LEAD.match(prev_wish.text)
        meant = _acts_of(prev_wish, prev_wish.text[wish.end():], prev_wish.start + wish.end(), "asked")
        if any(names(a.words) for a in meant):
            return meant
    # "同事火大了说“踹他两脚让他老实点”。我们这样搞要不要紧": the act someone proposed in their quoted words, pointed at
    if _POINTED_SO.match(c.text):
        for p in reversed(clauses[max(0, c.index - 2):c.index]):
            quoted = _SAID_QUOTE.search(p.text)
            if quoted and not p.asked and names(quoted.group("q")):
                return _acts_of(p, quoted.group("q"), p.start + quoted.start("q"), "request")
    # "我姐死活不肯。是她太死板了还是真的有规定不让": whether a rule bars what was asked — the request is the act
    if _RULE_BARS.search(c.text) and not names(c.predicate):
        barred = next(iter(_requests_before(clauses, c.index)), None)
        if barred is not None and _request_acts(clauses, barred, c.index):
            return _request_acts(clauses, barred, c.index)
        # "下班回家路上穿着辅警制服顺便去菜市场买个菜，这个有没有规定不准": no request — the act told just before
        prev = clauses[c.index - 1] if c.index > 0 else None
        if barred is None and prev is not None and not prev.asked and prev.sentence == c.sentence:
            told_acts = [a for a in _acts_of(prev, _clean_pred(_SUBJECT.sub("", prev.text)), prev.start, "asked")
                         if names(a.words)]
            if told_acts:
                return told_acts
    rule_asked = phrases.any_in(c.text, words("frame", "rule_questions"))
    said_barred = _SAID_BARRED.search(c.text)
    if said_barred:
        # "条例上到底有没有说下班不准穿": the act the story told with that verb
        told = _told_with(clauses, c, said_barred.group("v")[:1], 4, lambda o: names(_clean_pred(_SUBJECT.sub("", o.text))))
        if told is not None:
            told_acts = _acts_of(told, _clean_pred(_SUBJECT.sub("", told.text)), told.start, "asked")
            return [a for a in told_acts if names(a.words)] or told_acts
    if rule_asked and not _modal_spans(c.text):
        # "文职辅警跟到出去巡逻，条例头是怎么说的": the act told just before, in the same sentence
        prev = clauses[c.index - 1] if c.index > 0 else None
        # (…"两边规定到底怎么说" asks each text of the acts told; "两地规定一样吗" sets the texts side by side)
        says = re.search(r"怎么说|咋说|咋个说|怎么规定|怎么写|有什么规定|有没有讲|有说法|有没有说法|有(这个|这种|这)说法|没有(这个|这种)说法|咋讲|啷个说|咋回事|怎么回事|什么说法|啥子?说法|怎么讲|咋个讲", c.text) and \
            not (phrases.any_in(c.text, words("intent", "compare")) and re.search(r"一样|区别|不同|差别|差异|对比|比较|相同", c.text))
        # "发这种没打码的视频又怎么说": the act told in the asking clause itself, before its rule question
        own = re.split(r"(又|到底|究竟)?(怎么说|咋说|咋个说|怎么规定|有什么规定|有没有讲|有没有说法|咋讲|啷个说|什么说法|怎么讲|咋个讲)", c.text)[0]
        own = _clean_pred(_SUBJECT.sub("", own))
        if says and len(own) >= 3 and _has_verb(own) and names(own):
            return _acts_of(c, own, c.start, "asked")
        if says and own and phrases.any_in(own, words("intent", "lookup_topics")) and not names(own):
            return []   # "我们辅警加班到底有没有说法": pay, leave, overtime asked of the texts, no act of the story
        told_before = says and prev is not None and not prev.asked and prev.sentence == c.sentence and not prev.request
        if says and prev is not None and prev.sentence == c.sentence and not prev.request and _HEARD.match(prev.text) and \
                not names(prev.text) and not any(o.request for o in clauses[:c.index]):
            # (…a claim about the acts the story told before it: "他冲上去把人按住了，还掏出手铐给铐上。…有人说按人可以、
            # 上铐不行，两边规定到底怎么说" — those acts are judged)
            deeds = [a for o in clauses[:prev.index] if not o.asked and o.sentence < prev.sentence and _has_verb(o.text)
                     and not others_first(o.text)
                     for a in _acts_of(o, _clean_pred(_SUBJECT.sub("", o.text)), o.start, "story") if names(a.words)]
            if deeds and re.search(r"可以|不行|能|不能|没事|没问题|违规|不对|对", prev.text):
                return deeds
            return []   # "听说特别优秀的辅警可以招成正式民警，条例里有这个说法没得": a rule heard of, asked of the texts
        if told_before and _has_verb(prev.text) and not any(a.clause == prev.index for a in earlier) and names(prev.text):
            # "维持秩序跟救小孩这两件，规定上咋讲的": each act of a counted list
            return _short_list(clauses, prev, prev.text, names) or \
                _acts_of(prev, _clean_pred(_SUBJECT.sub("", prev.text)), prev.start, "asked")
        if told_before and _POINTER_AFTER.search(prev.text) and len(_strip_back_reference(prev.text)) >= 4:
            # "辅警飞警用无人机这事，办法里有没有说法": the act before the pointer, named by the catalogue or not
            return _acts_of(prev, _clean_pred(_SUBJECT.sub("", _strip_back_reference(prev.text))), prev.start, "asked")
        wrong = _KNOWN_WRONG.match(prev.text) if prev is not None and not prev.asked else None
        if wrong and names(_clean_pred(wrong.group(1))):
            # "带烟收红包我晓得不对，想问问规定是哪条": the acts the user knows are wrong, asked of the texts
            return _acts_of(prev, _clean_pred(wrong.group(1)), prev.start, "asked")
        # "…当翻译，这个没得问题嘛？…让我接着问他几个问题、记到笔录上，这个又咋说": a pointer after a request told
        # since the last question asks that request, whatever was asked before
        last_asked = max((p.index for p in clauses if p.asked and p.index < c.index), default=-1)
        new_request = says and re.match(r"^(那|那么)?(这个|这|那个|那|这样|那样)(又|呢|的话)?", c.text) and \
            any(p.request for p in clauses[last_asked + 1:c.index])
        if not says or earlier and not new_request:
            return []   # "两地规定一样吗", "依据哪一条": a question on the texts, asked beside the act
        # "勤务辅警干这种活，条例里有说法没得": nothing named just before — it points back like "这个"
    own_topic = re.match(r"^(?:那|那么)?([\u4e00-\u9fff]{3,16}?)(这种|这个|这类|这样的)(事|活|事情)?(?=算|是|属|归|该)", c.text) \
        if _meta(c.text) else None
    topic_act = _clean_pred(_SUBJECT.sub("", own_topic.group(1))) if own_topic else ""
    if topic_act and _has_verb(topic_act) and not _POINTER_ONLY.fullmatch(own_topic.group(1)) and not _light(topic_act) \
            and len(topic_act) >= 3 and not re.search(r"(问|说|讲|告诉)(我|你|他|她)?$", topic_act) and \
            (names(topic_act) or not any(o.request and topic_act[-3:] in o.request for o in clauses[:c.index])):
        # "帮娃儿找家长这种算不算我们勤务辅警的活": whose work the act named first is, asked of that act (one a request
        # holds is read below with the request: "出去指挥车这个算不算我的活")
        found = _acts_of(c, topic_act, c.start, "asked")
        if found:
            return found
    if c.text.startswith("还是") and _meta(c.text):
        return []   # "我能不能先冲上去拉开？还是非得等民警回来？": the situation of the act asked, no act of its own
    if re.match(r"^还是(应该|应当|得|要|必须|只能|该)?(由)?(民警|警察|正式民警|在编民警)(自己|亲自|本人)?(来|干|做|弄|办)", c.text):
        return []   # "是不是文职可以干的，还是应该民警自己来": the other answer to the same question, no act of the user's
    counts_as = _COUNTS_AS.search(c.text)
    if counts_as:
        # "那我这个整理档案到底算不算文职能做的": the work named before the question is the act, listed or not
        own = _clean_pred(_SUBJECT.sub("", _POINTER_WORDS.sub("", c.text[:counts_as.start()])))
        if len(own) >= 2 and _has_verb(own):
            return _acts_of(c, own, c.start + max(c.text.find(own), 0), "asked")
    heard = c.index > 0 and _TRUTH_CHECK.match(c.text.strip()) and _HEARD.search(clauses[c.index - 1].text)
    if heard and re.search(r"((这样|这么|那样)[^，。？！]{0,4}|(说|讲))(是)?(不行|不对|违规|违纪|挨批|挨处分|处分|不能|不准|不允许|要出事|没事|没问题|可以)",
                           clauses[c.index - 1].text):
        # "…穿着制服直接去菜市场买菜。同事说这样不行要挨批，真的假的": what was said of the user's own act told
        # before it — that act is asked
        said = clauses[c.index - 1]
        told = [p for p in clauses[:said.index] if not p.asked and p.sentence >= said.sentence - 1 and _has_verb(p.text)
                and not others_first(p.text) and not _reported_by_other(p.text)]
        acts = [a for p in told for a in _acts_of(p, _clean_pred(_SUBJECT.sub("", p.text)), p.start, "story")]
        return [a for a in acts if names(a.words)]
    # "俺听人说这种是不是辅警不能碰的": what was heard is said of the acts told, pointed back to — they are asked
    heard_of_told = _HEARSAY.match(c.text) and re.search(r"(这种|这个|这样|这些)(事|活)?(是不是|是|算不算|算)", c.text)
    # "标准答案怎么写" after a trainer's case and no other question: the answer to the case told, its acts judged
    how_to = _HOW_TO_ANSWER.search(c.text) and (earlier or any(o.asked for o in clauses[:c.index]) or
                                                 not phrases.any_in(c.text, words("frame", "act_judgements")))
    if (heard or _HEARSAY.match(c.text) or how_to or _LIABILITY.search(c.text)) and not heard_of_told:
        return []   # "不是说辅警不能调查取证吗": a rule the user heard of, quoted against the act asked
    if phrases.any_in(c.text, words("frame", "when_caught")):
        return []   # "被抓到会不会罚款": what follows for someone caught, a question for the texts
    topic = _without_modals(c.text[: max(0, c.predicate_start - c.start)])
    # "想问下开警车有啥子要求没得", "想问一下辅警开警车需要什么条件": the asking frame is no part of the act
    topic = _ASK_LEAD.sub("", topic)
    pred = _clean_pred(c.predicate)
    if re.match(r"(那|那么)?还是", c.text):
        pred = re.sub(r"^是(说)?", "", pred)   # "还是非得民警跟着": the other way of a choice, its 是 no verb
    # "这种编组从管理角度看": the point of view names no act, wherever it stands
    topic, pred = _VIEWPOINT.sub("", topic), _VIEWPOINT.sub("", pred)
    # "这种帮城管拆招牌的活，按规定俺们到底该不该干": the work named in the clause before, put first as the topic
    fronted = _FRONTED.match(clauses[c.index - 1].text) if c.index > 0 and not clauses[c.index - 1].asked and \
        clauses[c.index - 1].sentence == c.sentence else None
    if fronted and (not pred or _light(pred) or _bare(pred)):
        prev = clauses[c.index - 1]
        return _acts_of(prev, fronted.group(3), prev.start + fronted.start(3), "asked")
    # "那个安排我接下来没问题吧": the arrangement itself pointed to — the latest request
    arranged = re.match(r"^(那|这)(个|种|项)?(安排|任务|差事|差使|分工)", c.text)
    held = next((o for o in reversed(clauses[:c.index]) if o.request), None) if arranged else None
    if held is not None:
        return _request_acts(clauses, held, c.index)
    # "在指挥中心视频巡查岗，一天到晚盯着监控屏…这个岗位辅警干合不合规": the post is the work the story told
    post = re.match(r"^(那|这)(个|种|份)?(岗位|岗|工作)(?!证)", c.text)
    # …the user's own post, told as such ("俺在…视频巡查岗，一天到晚盯着…"), no one asked to take it on
    own_post = any(re.match(r"(我|俺)|.{0,4}(平时|天天|每天|一天到晚|整天)", o.text) for o in clauses[:c.index] if not o.asked)
    if post and own_post and not any(o.request for o in clauses[:c.index]) and \
            re.search(r"干|做|合规|违规|能|可以|行不行|对不对", c.text[post.end():]) and \
            not phrases.any_in(c.text, words("intent", "lookup_topics")):
        told = [o for o in clauses[:c.index] if not o.asked and not others_first(o.text) and not o.request]
        acts = [a for o in told for a in _acts_of(o, _clean_pred(_SUBJECT.sub("", o.text)), o.start, "story") if names(a.words)]
        if acts:
            return acts
    # "让我穿上制服去现场维持秩序…文职也得去吗": whether one must go where the request sends asks about what it sends
    # the user to do
    if _MUST_GO.fullmatch(re.sub(r"^(文职辅警|勤务辅警|文职|勤务|辅警|我们|我)+", "", pred)):
        sent = _request_for(clauses, c.index, "去")
        if sent is not None and "去" in sent.request:
            return _request_acts(clauses, sent, c.index)
    if heard_of_told:
        pred = ""   # "俺听人说这种是不是辅警不能碰的": the acts pointed at, no act of its own
    if re.fullmatch(r"(交给|派给|安排给|分给)(他|她|我|他们|她们|勤务辅警|文职辅警|辅警|协警|文职|勤务)?(们)?(来|去)?(做|干|弄|管)?", pred) or \
            re.fullmatch(r"(这样|这么|那样)?(借|放|派|抽|调|借调)(人|他们|她们|辅警|出去|过去|给他们|给人家)?(过去|出去)?(干|做|帮忙)?(这个|这些|这活|这种活)?", pred):
        # "…借两个勤务辅警过去…这样借过去干", "我这边能放人吗": lending the staff points back to the work told for it
        pred = ""   # "这种活能不能交给他": handing over the work pointed back to, no act of its own
    # "拦车吹气和扣车哪个能干哪个不能干": the acts offered for the choice, named before it
    which = _WHICH_OF.match(c.text)
    if which:
        offered = [(m.group(), m.start()) for m in re.finditer(r"[^和跟与、]+", which.group("acts"))]
        chosen_acts = [a for t, at in offered for a in _acts_of(c, t, c.start + at, "asked") if names(a.words)]
        if len(chosen_acts) >= 2:
            return chosen_acts
    if pred and _presence_only(pred) and re.search(r"(这样|这么|那样|这些|这几样|这个)(干|做|弄|搞|整)", c.text):
        pred, topic = "", ""   # "没民警在场这样干可以不": who is there, said of the acts told — they are asked
    framed = phrases.last(pred, words("frame", "story_frames"))
    if framed is not None and pred[framed.end:].strip():
        # "我们培训时争论这个到底允不允许": the trainer's frame, then what it points back to
        pred, topic = _clean_pred(re.sub(r"^(这个|这事|这件事)?(到底|究竟)", r"\1", pred[framed.end:])), ""
    # "大家看看有没有毛病", "各位说说哪里不对": the class called on, then the judgement asked
    # (…"请大家找一找小李哪些地方违反了…": asked to find the breaches)
    pred = re.sub(r"^(请)?(大家|各位|你们|同学们)(看看|看下|看一下|看|说说|说下|说一下|判断一下|判断下|评评|想想|找一找|找找|找一下|找出|指出|指出来)?(?=.)", "", pred)
    prev = clauses[c.index - 1] if c.index > 0 else None
    if not pred.strip() and prev is not None and not prev.asked and _SHOWN_TO.match(prev.text) and prev.index > 0:
        # "…开个抖音直播，让网友看下我们巡逻，可以不": a bare question after what the act is for
        pred, prev = prev.text, clauses[prev.index - 1]
    if _SHOWN_TO.match(pred) and prev is not None and not prev.asked and prev.sentence == c.sentence:
        # "执勤的时候开个抖音直播，让网友看下我们巡逻，可以不": what it is for, the act told before it is asked
        shown = _acts_of(prev, _clean_pred(_SUBJECT.sub("", prev.text)), prev.start, "asked")
        if shown:
            return shown
    judgement = phrases.first(pred, words("frame", "act_judgements"))
    if judgement and judgement.phrase in ("这样写", "这么写") and \
            not any(re.search(r"答案|题", o.text) for o in clauses if o.index < c.index):
        judgement = None   # "调解协议我这样写行吗": the writing itself, no answer key judged
    quiz = False
    whole = _ASKING_LEAD.sub("", topic + pred)
    judged_whole = phrases.first(whole, words("frame", "act_judgements"))
    if judged_whole and judged_whole.start > 0 and not (judgement and len(pred) <= 8) and \
            _WHOLE_CASE_LEAD.fullmatch(whole[:judged_whole.start]):
        # "先确认下他做的事是不是都在条例允许范围里": the judgement of everything the 辅警 of the case did, said at
        # length across the topic
        quiz, topic, pred, judgement = True, "", "", None
    said_whole = _ASKING_LEAD.sub("", topic + c.predicate.strip())
    if _HANDLING_WHOLE.fullmatch(whole) and _HANDLING_MARK.search(whole) or \
            _HANDLING_WHOLE.fullmatch(said_whole) and re.search(r"的(这些|这几个|几个)?做法$", said_whole):
        # "小吕这次的处理整体合不合规", "请问她的做法对不对": every act told is judged
        quiz, topic, pred, judgement = True, "", "", None
    # (…"请指出哪一步违规": the call to point it out is no part of what is judged)
    pointed_out = re.match(r"^(请|麻烦)?(大家|你|您)?(指出|找出|说出|判断|看看|分析)(一?下)?(来)?", pred) if judgement else None
    if pointed_out and pointed_out.end() <= judgement.start:
        pred = pred[pointed_out.end():]
        judgement = phrases.first(pred, words("frame", "act_judgements"))
    # (…nor the texts it is asked of: "两边规定到底怎么说" judges the acts told, 规定 is no act)
    texts_lead = re.match(r"^(那|那么)?(两边|两个地方|按|照|按照)?(的)?(条例|规定|办法|管理办法|文件|条文)(上|里|中)?(头|面)?",
                          pred) if judgement else None
    if texts_lead and texts_lead.end() and texts_lead.end() <= judgement.start:
        pred = pred[texts_lead.end():]
        judgement = phrases.first(pred, words("frame", "act_judgements"))
    if judgement and re.search(r"后果|处理|处分", judgement.phrase) and \
            re.fullmatch(r"(?![这那])[\u4e00-\u9fff]{2,}", pred[:judgement.start]) and not re.search(r"这|那", pred[:judgement.start]) and \
            not (re.search(r"(他|她|对方|人家|他们|她们)$", pred[:judgement.start]) and "被" in judgement.phrase):
        # "我借给他会有啥后果": what follows the act said in the clause itself — that act is asked
        pred, judgement = pred[:judgement.start], None
    if judgement and (len(pred) <= 8 or judgement.start <= 1 and judgement.end >= len(pred) - 2):
        # (…or said at length, the judgement the whole of it: "标准答案应该一步一步怎么写")
        # "要是真这样整了，算啥子问题": what the act told counts as, no act of its own; the words before it
        # name what is pointed at ("登记这个算啥")
        # …and a judgement of the whole case ("标准答案怎么写", "哪里不对"): every act told is judged
        quiz = not pred[:judgement.start].strip() and not topic.strip()
        topic, pred = topic or pred[:judgement.start], ""
    if _QUIZ_CALL.match(c.text.strip()):
        quiz, topic, pred = True, "", ""   # "请逐条说", "大家说说": every act told is judged
    before = clauses[c.index - 1] if c.index > 0 else None
    judged_texts = re.fullmatch(r"(按|照)?(条例|规定|办法|管理办法)(上|里)?(是)?(怎么|咋|咋个|如何)(看|说|评价|规定的?)", c.text.strip("？?。 "))
    if (quiz or judged_texts) and before is not None and not before.asked and before.sentence == c.sentence and \
            re.search(r"(这|那)([两二三四几])(件|样|个|项)(事|事情)?$", before.text):
        # "小李用约束带、骑警用摩托这两件事，条例怎么看": the list counted in the clause before is judged
        listed_short = _short_list(clauses, before, _SUBJECT.sub("", before.text), names)
        if listed_short:
            return listed_short
    if re.fullmatch(r"(刚才|刚刚|当时|之前|那时|那会儿?|昨天|昨晚|上次|前面|我)+", pred):
        pred = ""   # "刚才那样做算不算违规": when it was done, the pointer taken off — what was done is asked
    if re.fullmatch(r"(继续|接着|照样|照常)(干|做|弄|搞|整)(下去)?", pred) and not _has_verb(_clean_pred(_SUBJECT.sub("", topic))):
        pred = ""   # "我一个人还能继续干吗": the work under way, said again — not "登记和检查我能接着做吗"
    if _LICENCE_ASKED.fullmatch(pred) and earlier:
        return []   # "能不能自己开警车…？要额外考啥证吗": the licence the act asked just before needs, no act of its own
    if _qualification_only(pred):
        pred = ""   # "骑这个警用摩托，莫得摩托驾照得行不": the condition of the act told before, no act of its own
    # (…not the 培训 of a trainer's frame: "他培训时问我这个合不合规定", "培训时有人问这个安排她该不该接")
    unframed = c.text
    for h in sorted(phrases.hits(c.text, words("frame", "story_frames") + words("frame", "class_settings")), key=lambda h: -h.start):
        unframed = unframed[:h.start] + "，" + unframed[h.end:]
    if phrases.any_in(unframed, words("intent", "lookup_topics")) and pred and not names(pred) and \
            not names(_clean_pred(topic) + pred) and not _plural(c.text)[1]:
        return []   # "产假这些休息休假能不能正常休", "有没有生育保险": pay, leave, insurance asked — no act
    arms = arms_borne(c.text)
    if arms:
        pred = arms   # "公安局给辅警配枪吗": the arms the 辅警 would bear, the 辅警's act
    if _NEEDS_APPROVAL.match(_without_modals(c.text)):
        return []   # "跟民警一样要审批吗", "结婚要不要打报告": whether something needs approval, no approving of the user's
    if asked_of_institution(c.text, pred) or pred in words("frame", "institutions"):
        return []   # "医院对受伤的辅警是不是要先救治", "单位管不管嘛": what another must do, a question for the texts
    # (…the asked clauses after it ask of the same body: "…能不能自己单独组织？非得跟人社局一起搞吗")
    prev_told = next((o for o in reversed(clauses[:c.index]) if not o.asked), None)
    body = phrases.first(prev_told.text, words("frame", "institutions")) if prev_told is not None else None
    if body is not None and body.start <= 4 and not re.search(r"我|俺|辅警|他|她", c.text) and \
            re.match(r"(打算|准备|计划|想|要|今年|明年)?(招|招聘|组织|考核|管理|培训)", prev_told.text[body.end:]):
        return []   # "赣榆区公安分局招辅警，能不能自己单独组织": what the bureau may do, a question for the texts
    told_topic = _told_just_before(clauses, c)
    texts_only = bool(_TEXTS_ONLY.match(pred))
    if told_topic is not None and (not pred or _bare(pred) or _light(pred) or re.fullmatch(r"(说|讲|写)?(可以|能|允许)?(做|干|弄|搞|整)", pred)
                                   or texts_only) and \
            re.search(r"(这种事|这个事|这件事|这种活|这个活|这事|这种情况" + ("|这个|这种" if texts_only or not pred else "") + r")(儿|情)?$",
                      told_topic.text):
        # "辅警帮老百姓捉蛇这种事，规定里头说了可以做不": the act named before the pointer, listed or not
        # (…not what someone knows of it: "民警都不晓得这个事 查一下要得不嘛" — 这个事 is the errand told before)
        known_of = re.search(r"(晓得|知道|清楚|知情|同意|答应|告诉|说过|讲过|问过)(过)?(这种事|这个事|这件事|这种活|这个活|这事|这种情况|这个|这种)(儿|情)?$",
                             told_topic.text)
        named_act = _pointed_topic(told_topic.text, names) if not known_of else ""
        if named_act:
            return _acts_of(told_topic, named_act, told_topic.start + max(told_topic.text.find(named_act), 0), "asked")
    items = _items_before(clauses, c)
    if len(items) >= 2 and (not pred or _bare(pred) or _light(pred)):
        # "一是做样本检测这个活，二是签名出鉴定书那个，我到底能不能做": every item listed just before
        # (…an item that only says the request was done, "小王照做", is no act of its own)
        return [a for it in items for a in _acts_of(it, _strip_back_reference(it.request) or it.request, it.start, "request")
                if names(a.words) or _has_verb(_strip_back_reference(a.words))]
    # "我没帮…我这样拒绝对不对": refusing is judged by what was asked — the request is the act decided
    if _REFUSED.fullmatch(re.sub(r"^(我|俺)", "", pred)):
        refused = next(iter(_requests_before(clauses, c.index)), None)
        if refused is not None:
            return _request_acts(clauses, refused, c.index)
    # the request that asks for help ("喊我帮他在系统里查…"), not an offer beside it ("还说请我吃江湖菜")
    asked_of = [o for o in clauses[:c.index] if o.request] if _FAVOUR.search(pred) else []
    favour = next((o for o in reversed(asked_of) if "帮" in o.request), asked_of[-1] if asked_of else None)
    if favour is not None:
        return _request_acts(clauses, favour, c.index)   # "她求我帮她把门锁撬了…，这个忙我帮得不": that favour
    if _FAVOUR.search(pred):
        pred = ""   # "…我帮人打电话找了开锁的。这种帮忙我弄得照不照": the help the story tells, pointed back to
    before_modal = _clean_pred(_SUBJECT.sub("", topic))
    if _presence_only(pred) and before_modal and names(before_modal):
        # "辅警维持秩序必须跟着民警吗": who must be there, asked of the act before it
        return _acts_of(c, before_modal, c.start, "asked")
    prev = clauses[c.index - 1] if c.index > 0 else None
    if _presence_only(pred) and not before_modal and prev is not None and not prev.asked and \
            prev.sentence == c.sentence and names(_clean_pred(_SUBJECT.sub("", prev.text))):
        # "勤务辅警上路设卡查酒驾，必须得有民警跟着吗": who must be there, asked of the act told just before
        return _acts_of(prev, _clean_pred(_SUBJECT.sub("", prev.text)), prev.start, "asked")
    # (…or points at them in a clause of its own: "劝车和拍车牌这事，民警不在现场我能干吗")
    pointed_before = prev is not None and not prev.asked and prev.sentence == c.sentence and \
        (re.search(r"(这样|这么|那样)(做|干|弄|搞)?(是不是|算不算|会不会|有没有)?(越权|违规|不对|不合规|越界)", prev.text)
         or pointer_lead(prev.text))
    if _presence_only(pred) and (_plural(topic + c.predicate)[0] or _POINTED_WORK.search(topic) or pointed_before):
        # (…or the acts the clause before points at: "家里人担心他这样越权，是不是得民警在边上才行")
        pred = ""   # "这三样哪个需要民警跟着", "这个活要不要民警跟着": who must be there, asked of the acts pointed at
    elif _CONSEQUENCE.search(pred) or _presence_only(pred):
        return []   # "再等就来不及了", "不带民警？": the situation, not an act
    # the pointer may be what _clean_pred took off as the subject ("后面这两样我能干吗")
    said = topic + c.predicate
    anchored = _ANCHORED.match(_without_modals(said))
    if anchored:
        found = _anchored_acts(clauses, c, anchored.group(2), names)
        if found:
            return found   # "白天发出行提示，晚上去路口拉人墙…晚上那个活也该我干吗"
    # "第一个叫我去做的那个", "我干的第三样": the n-th act told
    # (…said in a clause of its own before the question: "第一个叫我去做的那个，我一个人去做行不行")
    # (…or "公众号这块按办法，我能干不")
    lead = clauses[c.index - 1] if c.index > 0 and not clauses[c.index - 1].asked and \
        clauses[c.index - 1].sentence == c.sentence and pointer_lead(clauses[c.index - 1].text) else None
    # "劝车和拍车牌这事，民警不在现场我能干吗": two told acts said again, in short, then pointed at
    pair = _TWO_SAID_AGAIN.match(lead.text) if lead is not None else None
    if pair:
        again = [told_again_acts(clauses, c, pair.group(k) + "这个", names, place_words) for k in (1, 3)]
        if all(again):
            return [a for acts in again for a in acts]
    # "吹气和后面那个，我做了有没有问题": an act named, and the one told last pointed at, in the clause before
    both = _NAMED_AND_LAST.match(lead.text) if lead is not None else None
    if both and names(both.group(1)):
        last = _last_sentence_acts(clauses, lead, names)   # (told before the clause that points)
        if last:
            return _acts_of(lead, both.group(1), lead.start, "asked") + last
    # what someone wanted, said or asked for, pointed back to ("老板要的那份能给吗", "他说的这个照不照")
    # (…with the clause of its own that only points before it: "老师请我讲的这个，我能去讲不")
    bare = _without_modals((lead.text if lead is not None else "") + said).rstrip("不吗么呢嘛啊哦")
    found = wanted_acts(clauses, c, bare, names) or said_acts(clauses, c, bare, names, lambda: _requests_before(clauses, c.index))
    if found:
        return found
    if _FIRST_ONE.search(_without_modals(said)) and not _FIRST_AND_LAST.search(said):
        found = _first_request_acts(clauses, c, names)
        if found:
            return found   # "我打算让她审卷宗…；另外再让她调试对讲机。前面那个安排合不合规"
    found = _plan_part_acts(clauses, c, (lead.text if lead is not None else "") + _without_modals(said), names)
    if found:
        return found   # "一部分做数据分析…另一部分跟着侦查员出去走访…后一部分可以吗"
    found = _placed_and_named(clauses, c, _without_modals(said), names)
    if found:
        return found   # "…让我一个人先给他俩调节，我就让他俩签了调解协议书。最后那个调解我是不是做过头了"
    found = ordinal_acts(clauses, c, (lead.text if lead is not None else "") + _without_modals(said), names)
    if found:
        return found
    # "盯醉汉那个我一个人能干吗", "她发这些算违规不": the told act the words before the pointer say again
    found = told_again_acts(clauses, c, lead.text if lead is not None else _without_modals(said), names, place_words)
    if found:
        return found
    last_one = _LAST_ONE.search(said)
    # ("后面这个安排我一个人弄": the pointer's noun and who does it, lightly, name no act of their own)
    if last_one and _has_verb(_clean_pred(_POINTED_JOB.sub("", _without_modals(said[last_one.end():])))):
        last_one = None   # "后面这个一个人看人我照做行吗": the act is named after the pointer
    after_pointer = _clean_pred(_without_modals(said[last_one.end():])) if last_one else ""
    if last_one and len(after_pointer) >= 2 and names(after_pointer):
        # "前面那些我一直在做，后面那个枪库我能接吗": the thing named after the pointer is the act's own
        return _acts_of(c, after_pointer, c.start + max(c.text.find(after_pointer), 0), "asked")
    if last_one:
        found = _last_sentence_acts(clauses, c, names)
        if found:
            return found   # "…让我帮他查查他老婆去了哪、看看监控。前面那个肯定没事，后面这个能帮不"
    elif _FIRST_AND_LAST.search(said) and (not _FIRST_AND_LAST.search(said).group().startswith("前后") or
                                          any(o.request for o in clauses[:c.index])):
        # ("前后两件事" said short: of a story with requests — the one before the first request and the request;
        # a story of told acts alone is counted as told below)
        found = _first_and_last_acts(clauses, c, names)
        if found:
            return found   # "前面那个和后面那个他能不能做"
    backref = any(not _determiner(said, h) for h in
                  phrases.hits(said, [w for w in words("frame", "back_references") if len(w) > 1])) or \
        pred in ("这", "那") or _plural(said)[2]
    if backref and pred and not _has_verb(pred) and len(pred) <= 3 and not (len(pred) == 1 and names(pred)):
        pred = ""   # "后面": which of the acts told, no act of its own (not "这样子能飞不": 飞 and the story's 无人机)
    if _THIS_COUNTS_AS.match(said) and re.fullmatch(r"(协助|帮忙|辅助|配合|协助民警|帮民警|帮忙协助)",
                                                    _THIS_COUNTS_AS.sub("", _without_modals(said).rstrip("不吗么呢嘛啊哦吧"))):
        pred, backref = "", True   # "这算我协助吧": what the acts pointed at count as, no act of its own
    if re.fullmatch(r"(要不要)?(跟不跟|参不参加|参加不参加|加不加入|掺不掺和|跟|参加|加入|掺和)", pred):
        pred, backref = "", True   # "群里有人提议大家一起罢工…我跟不跟": joining what was proposed
    if backref and _plural(said)[0] and _light(pred):
        pred = ""   # "每一步能不能干": which of the acts told, a light verb of no act of its own
    if re.fullmatch(r"(这样|这么|那样|那么)(一个人|自己|单独|独自)(去)?(处理|弄|搞|做|干|整|办)", pred):
        pred = ""   # "我这样一个人处理算违规不": what was done, told before, done alone — the acts told are asked
    if backref and _LENT_TO_DO.fullmatch(pred):
        pred = ""   # "人借出去干这个活": staff lent to do the work told before — the work is the act
    manner = re.search(r"(这样|那样|这么|那么|这一)([\u4e00-\u9fff]{1,2})$", _without_modals(said).rstrip("不吗么呢嘛啊哦"))
    if manner and not names(manner.group(2)) and not _light(manner.group(2)) and manner.group(2) not in ("安排", "排", "处理"):
        # "他这样拍合规吗": the way told of that same verb in the story ("他拿执法记录仪一直对着我拍")
        verb = manner.group(2)
        # "另外一个辅警说你模仿他笔迹帮他签了嘛…这样签要得不": the request that holds the verb, before what was told
        held = next((o for o in reversed(clauses[max(0, c.index - 3):c.index]) if o.request and verb in o.request), None)
        if held is not None:
            found = _named_request_acts(clauses, held, c.index, names)
            if found:
                return found
        told = _told_with(clauses, c, verb, 3, lambda o: names(_clean_pred(_SUBJECT.sub("", o.text))))
        if told is not None:
            return _acts_of(told, _clean_pred(_SUBJECT.sub("", told.text)), told.start, "asked")
    # "穿着辅警制服…去饭店喝喜酒了。他穿这身去行不行": the thing pointed at is the one the story told with that verb
    pointed = re.fullmatch(r"([\u4e00-\u9fff])(这身|那身|这套|那套|这一身|那一身)(衣服|行头|制服)?(去|出去|出门|过去)?(的话)?",
                           _clean_pred(pred))
    if pointed:
        told = _told_with(clauses, c, pointed.group(1), 4, lambda o: names(_clean_pred(_SUBJECT.sub("", o.text))))
        if told is not None:
            acts = _acts_of(told, _clean_pred(_SUBJECT.sub("", told.text)), told.start, "asked")
            return [a for a in acts if names(a.words)] or acts
    bare = _without_modals(said).rstrip("不吗么呢嘛啊哦")
    request_back = _REQUEST_BACK.search(bare)
    if _ASSIGNED_BACK.search(bare) or request_back or _WHOSE_WORK.search(bare) or _BEYOND.search(bare):
        # "这样安排合规吗", "这个能安排给辅警吗": the assignment asked about is the latest request of the story
        # the latest request that names an act — not a reward offered for it ("说事成了请我喝酒")
        # "房东这个要求能答应吗": the one named asked it, told as "跟我说…" after they were named
        who = request_back.group(2) if request_back else None
        if who and who not in ("他", "她", "人家", "对方"):
            for o in reversed(clauses[:c.index]):
                told_me = _TOLD_ME_TO.search(o.text)
                if told_me and any(who in x.text for x in clauses[max(0, o.index - 2):o.index + 1]):
                    found = [a for a in _acts_of(o, o.text[told_me.end():], o.start + told_me.end(), "request") if names(a.words)]
                    if found:
                        return found
        requests = _requests_before(clauses, c.index)
        if request_back and request_back.group(5) in ("外快", "私活", "兼职"):
            # "…一晚三百…这个兼职能接吗": the paid work, told in the sentence that names the money
            paid = {o.sentence for o in clauses if _OFFER.search(o.text)}
            held_paid = next((o for o in requests if o.sentence in paid), None)
            if held_paid is not None:
                return _request_acts(clauses, held_paid, c.index)
        for i, req in enumerate(requests):
            found = _named_request_acts(clauses, req, c.index, names)
            if found:
                # "想安排她去…，另外再让她兼着…。这样安排行不行": a request that goes on an earlier one of the same
                # sentence asks both
                later = req
                for more in requests[i + 1:]:
                    if more.sentence != later.sentence or not _ANOTHER_REQUEST.match(later.text):
                        break
                    found = _named_request_acts(clauses, more, c.index, names) + found
                    later = more
                return found
        if request_back and requests:
            return _request_acts(clauses, requests[0], c.index)   # "这个要求我能照做吗": what was asked, named or not
        plan = next((o for o in reversed(clauses[:c.index]) if not o.asked and _PLANNED_FOR.search(o.text)), None)
        if _ASSIGNED_BACK.search(bare) and plan is not None:
            # "我们所晚上想排两个勤务辅警自己在步行街那片巡逻…这样排班可以吗": the staff's work the plan names
            at = _PLANNED_FOR.search(plan.text).end()
            planned_acts = _acts_of(plan, plan.text[at:], plan.start + at, "request")
            if any(names(a.words) for a in planned_acts):
                return planned_acts
        prev = clauses[c.index - 1] if c.index > 0 else None
        if (_BEYOND.search(bare) or _WHOSE_WORK.search(bare)) and prev is not None and not prev.asked and \
                not prev.request and prev.sentence == c.sentence:
            # "小周当时冲上去制止，有没有超出辅警的职责": the act told just before, in the same sentence
            told_acts = _acts_of(prev, _clean_pred(_SUBJECT.sub("", prev.text)), prev.start, "asked")
            if any(names(a.words) for a in told_acts):
                return told_acts
    # "这种登记我自己去弄行不行": the work pointed at by its noun, held by a request of the story
    kind_of = _KIND_POINTED.match(_without_modals(said))
    held_kind = next((o for o in reversed(clauses[:c.index]) if o.request and kind_of.group("w") in o.request), None) \
        if kind_of else None
    if held_kind is not None:
        found = _named_request_acts(clauses, held_kind, c.index, names)
        if found:
            return found
    named_first = _pointed_topic(topic, names)
    work = re.match(r"^(.{3,}?)(这个活儿?|这个事儿?|这件事|这种活|这活|这事儿?|那事儿?|那件事|那个事儿?)(我们|我|咱们|勤务辅警|文职辅警|辅警)?$", c.predicate)
    if not named_first and work:
        named_first = _pointed_topic(work.group(1) + work.group(2), names)   # "进考场监考这个活辅警可以接吗"
    if re.fullmatch(r"(我|俺)?(一个人|自己|单独|独自)(先)?(接着|继续)?(来)?(处理|弄|管|搞|办|干|做|负责|整)", named_first or ""):
        named_first = ""   # "我一个人处理这事可以吧": alone, the matter pointed back to — not 单独执法 by name
    # "所长安排我去三个社区给居民讲反诈…去社区讲这个我能去不": the verb said again with a pointer for its object asks
    # the request that holds that verb
    # (…with its person between: "民警不在我自己问他那个行不")
    again = re.search(r"([\u4e00-\u9fff])(?:他|她|他们|她们)?(这个|那个|这些|那些|这事|这件事)(我们|我|俺)?$", _without_modals(topic).rstrip("不吗么呢嘛啊哦")) or \
        re.search(r"([\u4e00-\u9fff])(?:他|她|他们|她们)?(这个|那个|这些|那些|这事|这件事)$", _without_modals(said).rstrip("不吗么呢嘛啊哦")) or \
        re.match(r"^([\u4e00-\u9fff])[\u4e00-\u9fff]{1,3}?(这个|那个|这事|这件事)(我们|我|俺)?(能不能|可不可以|能|可以)?\1$",
                 said.rstrip("不吗么呢嘛啊哦？?"))   # "讲案子这个我能讲吗"
    if again and not _light(again.group(1)) and _ends_in_verb(again.string[:again.end(1)]):
        held = next((o for o in reversed(clauses[max(0, c.index - 4):c.index])
                     if o.request and again.group(1) in o.request), None)
        if held is not None:
            found = _named_request_acts(clauses, held, c.index, names)
            if found:
                return found
    if backref and named_first:
        # "跟着民警巡监区这个活他能干不", "进考室监考这个活可以接不": the words before the pointer tell the act
        return _acts_of(c, named_first, c.start + max(c.text.find(named_first), 0), "asked")
    # (…said before the modal: "分析流水画图这个活我可以做吧", its predicate only 做)
    topic_work = work or re.match(r"^(.{3,}?)(这个活儿?|这个事儿?|这件事|这种活|这活|这事儿?)(我们|我|咱们|勤务辅警|文职辅警|辅警)?$",
                                  _without_modals(topic))
    own_work = _clean_pred(_SUBJECT.sub("", topic_work.group(1))) if topic_work and not named_first else ""
    if backref and own_work and _has_verb(own_work) and not own_work.endswith("的") and \
            not re.search(r"让|叫|喊|安排|要我|派我|交给|交代|问|晓得|知道|了解|打听|请教|咨询|举例|说", own_work) and \
            not re.search(r"(干|做|弄|搞|接|整|办|管|处理|负责)$", own_work):   # "一个勤务岗干这活", "我一个人处理这事": the pointer is the object
        # "分析流水画图这个活我可以做吧": an act in the user's own words the catalogue does not name is the act
        # asked (not_addressed when nothing names it) — never a request told beside it ("…要我跟他们去调证")
        return _acts_of(c, own_work, c.start + max(c.text.find(own_work), 0), "asked")
    # "…让我顺便帮他们挨家收一下卫生费…这收费的事规定里有讲我能弄不": the request said again by the words of its act
    named_matter = re.match(r"^(那|这)(个|种)?([\u4e00-\u9fff]{2,4}?)的?(事儿?|事情|活儿?)", _without_modals(said))
    matter_req = next((o for o in reversed(clauses[:c.index]) if o.request and _said_again(named_matter.group(3), o.request, gap=8)),
                      None) if named_matter and not named_first and \
        not re.match(r"[两二三四五几俩多些]", named_matter.group(3)) else None   # "这两件事": a count, no act named
    if matter_req is not None:
        return _request_acts(clauses, matter_req, c.index)
    if named_matter and not named_first and not re.match(r"[两二三四五几俩多些]", named_matter.group(3)) and \
            names(named_matter.group(3) + "的" + named_matter.group(4)):
        # "让我…帮他盯着这个人…这种看人的活我能接吗": the request told just before, named again in other words
        # that the catalogue knows as the same kind of act ("看人的活" is 看管)
        near = next((o for o in reversed(clauses[max(0, c.index - 3):c.index]) if o.request), None)
        if near is not None:
            found = [a for a in _request_acts(clauses, near, c.index) if names(a.words)]
            if found:
                return found
    thing = re.match(r"^([\u4e00-\u9fff]{2,4}?)(那|这)(个)?(事儿?|件事)", _without_modals(said))
    if thing and not named_first:
        # "钥匙那事儿有问题吗": the act the story told with that thing ("临走把枪柜钥匙…都交给他")
        told = next((o for o in reversed(clauses[:c.index]) if not o.asked and thing.group(1) in o.text), None)
        if told is not None:
            named = [a for a in _acts_of(told, told.request or _clean_pred(_SUBJECT.sub("", told.text)), told.start,
                                         "request" if told.request else "story") if names(a.words)]
            if named:
                return named
    short = _short_list(clauses, c, said, names)
    prev = _told_just_before(clauses, c)
    if not short and prev is not None and (re.search(rf"(这|那)[两二三四几俩]({_COUNTERS})?$", prev.text) or
                                           re.search(r"(这个|那个)(跟|和|还有|与|以及).{2,}(这个|那个)$", prev.text)):
        # "引导车辆和提醒司机违法这两样，我按对讲机里说的做要得不": the list is the clause before the question
        short = _short_list(clauses, prev, prev.text, names)
    counted = re.match(rf"^(那|那么)?(这|那)([两二三四几]({_COUNTERS})|俩)", said)
    both = re.search(r"都", said) and (not pred or _bare(pred) or _light(pred))
    if not short and prev is not None and (counted or both) and re.search(r"跟|和|、|以及|还有", prev.text):
        # "发传单讲道理跟拦车要他戴好再走，这两样我都搞得不", "拦车不让进跟给游客指路，辅警都能干吧": the list
        # is the clause before, the pointer (or 都) in the question
        pointer = counted.group(0) if counted else "这两样"
        short = _short_list(clauses, prev, prev.text + re.sub(r"^(那|那么)", "", pointer), names)
        if not all(names(a.words) for a in short):
            short = []   # a part the catalogue does not name: the readings below find what it points to
    lead = clauses[c.index - 1] if c.index > 0 and not clauses[c.index - 1].asked else None
    if lead is not None and re.match(r"^(跟|和|以及|还有)", c.text) and _plural(said)[0] and lead.sentence == c.sentence:
        # "俺就想知道他一个人封路 跟指挥车掉头这两样中不中": the list began in the clause before, cut off by a space
        own = re.sub(r"^.{0,8}?(想知道|想问问?|问一下|就想问)", "", lead.text)
        before = [a for a in _acts_of(lead, _clean_pred(_SUBJECT.sub("", own)), lead.start + len(lead.text) - len(own), "asked")
                  if names(a.words)]
        here = short or [a for a in _acts_of(c, _clean_pred(_strip_back_reference(re.sub(r"^(跟|和|以及|还有)", "", said))),
                                             c.start + 1, "asked") if names(a.words)]
        if before and here:
            short = before + here
    if short:
        return short   # "拉架跟看到那个人这两样我都做得噻": each part, as the story told it
    if re.match(r"^(那|可)?(这|那|这样|那样|这个|那个|这么做|这样做)(到底|究竟)?(算不算|算是|是不是|属不属于|属于|算)(我)?"
                r"(违规|违法|违纪|越权|越界|私自|擅自)", c.text) and c.index > 0 and \
            (clauses[c.index - 1].asked or RECALLED.match(clauses[c.index - 1].text) and c.index > 1 and clauses[c.index - 2].asked):
        return []   # "…我能去吗？辅警不是不能取证吗，这算不算违规参与办案": what the user fears the act just asked is called
    if backref and pred and _has_verb(pred) and not _plural(said)[0] and names(pred) and \
            not phrases.any_in(pred, [w for w in words("frame", "back_references") if len(w) > 2]):
        backref = False   # "我能不能骑那个警用摩托上山": the act named with its object, 那个 only picks the thing
    rest = _clean_pred(_strip_back_reference(pred))
    fronted_object = re.fullmatch(r"(?:这|那)(?:个|辆|台|部|把|件|套|身)([\u4e00-\u9fff]{1,3}?)(我|俺|他|她)(?:自己|一个人)?([\u4e00-\u9fff]{1,2})",
                                  _without_modals(said).rstrip("不吗么呢嘛啊哦"))
    if backref and fronted_object and _has_verb(fronted_object.group(3)) and \
            not re.match(r"[帮给替跟和为对把让叫喊被是]|属于|算", fronted_object.group(1)) and \
            not re.search(r"活|事|忙|任务|工作|差|样|种|么", fronted_object.group(1)):   # "这个活路我可以接不": a pointer
        # "这个车我开得不": the object put first, then who, then the verb — the request that holds that verb
        # ("喊我开警车去送"), else the act itself where the catalogue names it
        verb_f = fronted_object.group(3)
        held_f = _request_for(clauses, c.index, verb_f)
        if held_f is not None and verb_f in held_f.request:
            return _request_acts(clauses, held_f, c.index)
        if names(verb_f + fronted_object.group(1)):
            rest = verb_f + fronted_object.group(1)
    first_part = re.split("[、，]", rest)[0] if rest else ""
    if backref and rest in ("管", "接", "保管", "拿着", "收着"):
        # "…钥匙交给他管了…辅警管这个中不中": the request told with the same verb
        same_verb = next((o for o in reversed(clauses[:c.index]) if o.request and rest in o.text), None)
        if same_verb is not None:
            return _request_acts(clauses, same_verb, c.index)
    # …a word of the catalogue is an act, whatever its tag ("这样开罚单": jieba reads 开罚单 as a noun)
    if backref and rest and (_has_verb(rest) or names(rest)) and not _bare(rest) and not _light(first_part) and \
            not _JUDGE.fullmatch(first_part) and not re.search(r"(哪些|哪个|哪几|哪条|哪样|哪项)", first_part):
        held = _request_for(clauses, c.index, _verb_of(rest))
        if held is not None and _verb_of(rest) in held.request and not names(rest):
            return _request_acts(clauses, held, c.index)   # "开发这个活本身没问题吧": 让我开发一个…APP
        # …but a pointer that is the object of a light verb ("我们能进专班整这个不"): what it points to is the act
        pointed_object = re.search(r"(整|搞|干|做|弄|接|管|参与)(这个|这些|这种|那个|这事|这活|这种事|这个事|这件事)$",
                                   _without_modals(said).rstrip("不吗么呢嘛啊哦"))
        if (names(rest) or not _plural(said)[2]) and not (pointed_object and not names(rest)):
            pred, backref = rest, False   # "这样提醒他可以吧": the act is named after the pointer
        # "这两个送东西的事": a counted pointer with words naming no act points back to the acts told
    asked_for = re.match(r"^(.{2,}?)(到底|究竟)?((要|需要|得|需)(满足|具备|有)?|有)(什么|啥子?|哪些)(条件|资格|要求|前提|手续)", pred)
    if asked_for and not _clean_pred(_SUBJECT.sub("", topic)) and \
            names(_clean_pred(_SUBJECT.sub("", asked_for.group(1)))):
        pred = _clean_pred(_SUBJECT.sub("", asked_for.group(1)))   # "他开警车到底要啥子条件": the act before it
    elif re.search(r"条件|资格|要求|前提|手续", pred) and _clean_pred(_SUBJECT.sub("", topic)):
        pred = _clean_pred(topic)    # "开警车需要满足什么条件": the act is before the question
    elif re.search(r"条件|资格|前提", pred) and not _clean_pred(_SUBJECT.sub("", topic)) and c.index > 0 \
            and not clauses[c.index - 1].asked:
        prev = clauses[c.index - 1]   # "勤务辅警驾驶警车出警 需不需要什么条件": the clause before
        return _acts_of(prev, _clean_pred(prev.text), prev.start, "asked")
    # "那他要的报警人信息能给吗": one bare verb after the modal, its object named before it
    before = re.sub(r"^(要|说|问|拿)?的", "", _clean_pred(_SUBJECT.sub("", re.sub(r"^(那|那么|那这|这)", "", topic))))
    if len(pred) == 1 and not backref and before and names(before + pred) and not names(pred):
        # ("罚款我能罚吗": the thing already holds the verb)
        return _acts_of(c, before if before.startswith(pred) else before + pred, c.start + max(c.text.find(before), 0), "asked")
    # "连云港的规定允许吗": a place and the texts, no act of its own — it points back to the story
    # "让我先把这个人的笔录做了，问话模板他发我微信上了。我照着问可以不": doing as told, the latest request
    if re.fullmatch(r"(就)?(照着|按着|按照|依着)(他|她|民警|模板|他说的|她说的|说的|他的|她的|模板上的)?(的)?(做|弄|问|写|填|念)", pred):
        held = next((o for o in reversed(clauses[:c.index]) if o.request), None)
        if held is not None:
            return _request_acts(clauses, held, c.index)
    beside_meta = re.sub(r"[这那个的吧呢吗嘛也还都了]", "", _clean_pred(_without_modals(
        phrases.without(c.text, phrases.hits(c.text, words("frame", "meta_questions"))))))
    if _meta(c.text) and c.index > 0 and clauses[c.index - 1].asked and any(names(a.words, a.joining) for a in earlier) and \
            len(beside_meta) <= 2 and not _has_verb(beside_meta):
        # "…可以开警车。标准答案写“对”行不行？要不要加什么条件": a question on the act just asked, no act of its own
        # (not "民警不在边上我拦车检查本身有没有问题", "那柜警棍手铐也归我管行吗", which say an act of their own)
        return []
    pointer = not pred or backref or rule_asked or _bare(pred) or _meta(c.text) or _light(pred) or \
        _place_only(re.sub(r"(的|规定|条例|办法|里)+$", "", pred), place_words)
    if not pointer:
        obj = _topic_object(topic)
        if obj and len(_strip(pred)) <= 3 and not names(_strip(pred)) and names(_verb_object(_strip(pred), obj)):
            return _acts_of(c, _verb_object(_strip(pred), obj), c.predicate_start, "asked", topic)   # "材料我能先收下吧"
        found = _acts_of(c, pred, c.predicate_start, "asked", topic)
        if not any(names(a.words) for a in found) and _clean_pred(topic) and names(_clean_pred(topic) + pred):
            found = _acts_of(c, _clean_pred(topic) + pred, c.start, "asked")   # "鉴定报告能不能由我出"
        prev = clauses[c.index - 1] if c.index > 0 else None
        put_first = _PUT_FIRST.match(prev.text) if prev is not None and not prev.asked and prev.sentence == c.sentence \
            and not prev.request else None
        if not any(names(a.words) for a in found) and put_first and (put_first.group(1) or put_first.group(3)) and \
                names(put_first.group("thing") + pred):
            # "还有那个罚款的决定，能不能我直接填了给他开出来": the thing put first in a clause of its own
            found = _acts_of(c, put_first.group("thing") + pred, c.predicate_start, "asked")
        if re.fullmatch(r"(帮|替)(他|她|他们|她们|人家)(一下|一把|个忙|这个忙|这个)?", pred) and not any(names(a.words) for a in found):
            # "他喊我在系统里把那条记录弄掉，我能帮他不": the favour itself, no verb of its own — the request just told
            held = next((o for o in reversed(clauses[:c.index]) if o.request and o.sentence >= c.sentence - 1), None)
            found = (_request_acts(clauses, held, c.index) or found) if held is not None else found
        elif re.match(r"^(帮|替)(他|她|他们|她们|人家)(?=.)", pred):
            # "求我帮他查查他老婆住过哪些宾馆…我能帮他查吗": the favour asked, said again by its verb
            core = re.sub(r"^(帮|替)(他|她|他们|她们|人家)", "", _verb_of(pred))
            held = _request_for(clauses, c.index, core)
            if held is not None and core and core in held.request:
                found = _request_acts(clauses, held, c.index)
            elif core in ("弄", "做", "搞", "干", "办", "整"):
                # "这个活我能帮他弄不": a light verb says the favour again, whatever it was
                held = next((o for o in reversed(clauses[:c.index]) if o.request), None)
                found = _request_acts(clauses, held, c.index) if held is not None else found
            else:
                # "喊我帮他调一下…监控看是哪个干的…这个我到底能不能帮他查": the favour for the same one, said by another verb
                held = next((o for o in reversed(clauses[:c.index]) if o.request), None)
                if held is not None and re.match(r"^(帮|替)(他|她|他们|她们|人家)", held.request) and \
                        len(re.sub(r"^(帮|替)(他|她|他们|她们|人家)", "", pred)) <= 2 and not any(names(a.words) for a in found):
                    found = _request_acts(clauses, held, c.index) or found
        handed = _handed_over(clauses, c.index)
        if not any(names(a.words) for a in found) and handed and names(pred + handed):
            found = _acts_of(c, pred + handed, c.predicate_start, "asked", topic)   # "把配枪交给我…我能帮他保管吗"
        if not any(names(a.words) for a in found):
            # "喊我先给她做个受案登记。我一个人登记行不行": the request said again by its verb alone
            # "能上岗做咨询吗" after "让我给一线民警做心理疏导、心理咨询": the light words before it are no part
            verb = re.sub(r"^(上岗|上手|动手|出手|出去|过去|去|来)?(做|搞|干|弄)?(?=.)", "", _verb_of(pred))
            verb = re.sub(r"(?<=.)(人|他|她|东西|课|话)$", "", verb)   # "一个人看人", "讲课": the verb, its object the request's
            verb = re.sub(r"(?<=.)(过去|过来|去|来)$", "", verb)   # "这个我能穿去不" after "叫我穿着辅警制服去当伴郎"
            verb = re.sub(r"^(给|帮|替|让他|让她|叫他|叫她)(他|她|他们|她们|人家)?(?=.)", "", verb)   # "我能给定吗" after "要我定责任"; "帮他查"
            # "mj叫俺在边上给翻译…俺一个人接着翻照不照": the request's verb taken up again, by its first character
            going_on = re.match(r"^(接着|继续|接到|接倒)(?=.)", verb)
            verb = verb[going_on.end():] if going_on else verb
            held = _request_for(clauses, c.index, verb)
            if held is not None and (len(verb) >= 2 and _said_again(verb, held.request) or
                                     len(verb) == 1 and (_word_of(verb, held.request) or
                                                         going_on is not None and _begins_word(verb, held.request))):   # "上手查": "查查出租屋…"
                found = _named_request_acts(clauses, held, c.index, names) or found
        held = next((o for o in reversed(clauses[:c.index]) if o.request), None)   # the latest request
        if not any(names(a.words) for a in found) and held is not None and \
                (backref or re.match(r"^(这个|那个|这事|这件事)", c.text)):
            # "喊我在系统头搜一哈把地址发给他…这个我能查了发过去吗": a pointer with short verbs in a chain, the last
            # of which begins a word of the latest request — that request said again in other words
            chain = [re.sub(r"(过去|过来|给他|给她|给人家|一下|一哈|了)+$", "", v) for v in re.split(r"了|完|好再|然后|再", _verb_of(pred)) if v]
            if len(chain) >= 2 and all(1 <= len(v) <= 2 for v in chain) and any(_word_of(v[0], held.request) for v in chain[1:]):
                found = _request_acts(clauses, held, c.index) or found
            # "喊我写个调解协议给他们签字。这个我可以一个人写了让他们签不": each verb said again is one of the latest
            # request's — that request, done as told
            steps = [v for v in re.split(r"了|让|给|再|然后|完", re.sub(r"一个人|自己|单独|他们|她们|他|她|人家|一下", "", pred)) if v]
            if not any(names(a.words) for a in found) and len(steps) >= 2 and all(len(v) <= 2 and v in held.request for v in steps):
                found = _request_acts(clauses, held, c.index) or found
        if not any(names(a.words) for a in found):
            found = _said_before_modal(c, topic, _verb_of(pred), names) or found
        if not any(names(a.words) for a in found):
            found = _thing_told_whole(clauses, c, topic, pred, names) or found
        if not any(names(a.words) for a in found) and len(_verb_of(pred)) >= 2:
            # "辅警上门来搞治安检查，辅警能检查吗": the act told just before by its fuller name, asked by its verb
            verb = _verb_of(pred)
            told = _told_with(clauses, c, verb, 2, lambda o: names(o.text[max(0, o.text.find(verb) - 4):o.text.find(verb) + len(verb)]))
            if told is not None:
                at = told.text.find(verb)
                words_ = told.text[max(0, at - 4):at + len(verb)]
                found = _acts_of(told, words_, told.start + max(0, at - 4), "asked") or found
        manner = re.match(r"^(这样|这么|那样|那么)(子)?", c.predicate.strip()) or \
            re.search(r"(这样|这么|那样|那么)$", c.text[:max(0, c.predicate_start - c.start)])
        if not any(names(a.words) for a in found) and manner:
            # "他想下了班直接穿着那身辅警制服过去…这样穿出去合规定吗": the manner pointed back to with the verb's head,
            # told whole in the story
            head = _verb_of(re.sub(r"^(这样|这么|那样|那么)(子)?", "", pred))[:1]

            def manner_acts(o: Clause) -> list[Act]:
                # (…the clause's own words without its subject when it is left as 他/她: "这周末她想下了班…")
                return [a for a in _acts_of(o, *_unit_told(o), "story") if names(a.words)] or \
                    [a for a in _acts_of(o, _clean_pred(_SUBJECT.sub("", re.sub(r"^[^，。？！]{0,6}?(他|她)(想|要|打算|准备)?", "", o.text))),
                                         o.start, "story") if names(a.words)]
            told = next((acts for o in reversed(clauses[:c.index]) if head and not o.asked and head in o.text
                         for acts in [manner_acts(o)] if acts), [])
            found = told or found
        topic_first = re.match(r"^([\u4e00-\u9fff]{2,4}?)(我|俺|咱|自己|一个人)", pred) or \
            re.match(r"^((这|那)(个|辆|台|部|件|份|把|张)?[\u4e00-\u9fff]{1,2}?)(?=[\u4e00-\u9fff]{1,2}$)", pred)
        if not any(names(a.words) for a in found) and topic_first:
            # "笔录我一个人做得不": the thing named first is what the request was about
            core = topic_first.group(1)
            # (…"这车我开得不": the thing pointed at, said short, named in the request as "警车")
            core = re.sub(r"^(这|那)(个|辆|台|部|件|份|把|张)?(?=.)", "", core)
            held = next((o for o in reversed(clauses[:c.index]) if o.request and core in o.request), None) or \
                _request_going_on(clauses, c.index, core)
            if held is not None:
                found = _named_request_acts(clauses, held, c.index, names) or found
        prev = clauses[c.index - 1] if c.index > 0 else None
        summed = _summed_object(clauses, c, topic)
        if not any(names(a.words) for a in found) and summed:
            found = _acts_of(c, pred + summed, c.predicate_start, "asked", topic) or found
        if not any(names(a.words) for a in found) and len(re.sub(r"(?<=.)得$", "", _verb_of(pred))) == 1 and prev is not None and \
                prev.request and prev.sentence == c.sentence:
            # "让我在系统里把处罚决定直接做了打出来给他签字，我点得了不": a bare verb of how it is done, right after
            # the request, asks the request
            found = _named_request_acts(clauses, prev, c.index, names) or found
        pointed = re.fullmatch(r"(这|那)?(个|份|张|件)?[\u4e00-\u9fff]{1,2}?(?P<v>[\u4e00-\u9fff])(得到|得了|得成|得|了)?", pred) \
            if re.match(r"^(这|那)", c.text) else None
        bare_verb = pointed.group("v") if pointed else ""
        if not any(names(a.words) for a in found) and bare_verb:
            # "叫我在审核意见那栏签个同意…。这字我签得不": the thing pointed at, said short, with the request's verb
            held = _request_for(clauses, c.index, bare_verb)
            if held is not None and held.sentence >= c.sentence - 1 and _begins_word(bare_verb, held.request):
                found = _named_request_acts(clauses, held, c.index, names) or found
        thing = _topic_object(topic) if topic else ""
        if not any(names(a.words) for a in found) and thing and not _PEOPLE_ONLY.fullmatch(thing):
            # "民警的枪我能不能拿过来用": the thing put first is the object of the verb asked
            with_thing = _acts_of(c, _verb_object(_strip(pred), thing), c.predicate_start, "asked", topic)
            found = with_thing if any(names(a.words) for a in with_thing) else found
        return found
    # (…an act it asked: not "同事说辅警不能碰手铐，真的假的？我这算违规不", a claim checked, no act of its own)
    if backref and c.index > 0 and clauses[c.index - 1].asked and earlier and len(pred) <= 4 and not _plural(said)[0] and \
            not re.match(_LEAD + r"(那个|这个|那|这)[\u4e00-\u9fff]{2,5}?(我|俺|咱|你)", c.text) and \
            not re.match(_LEAD + r"[\u4e00-\u9fff]{2,5}?(这个|那个|这块|那块)(我|俺|咱|你|辅警|协警)", c.text) and \
            not _OWN_THING_FIRST.match(c.text):
        return []   # "…吗，这算不算越权": the act was just asked (not "这两样": more than it; not "那个决定书我能开吗";
        # not "涉案财物我能管，枪库这个我能接不": a thing of its own put first)
    framed = [] if _plural(said)[0] else _framed_story(clauses, c)
    if framed:
        return framed   # "我想问下，民警走了之后就我一个人守着他，这样子合不合规定": what the user sets out to ask
    verb = _verb_of(pred)
    joining = bool(re.search(r"跟着|一起|也去|参加|加入|跟风|跟上|这种活动|跟不跟|要不要跟", c.text))
    last_q = max((o.index for o in clauses if o.asked and o.index < c.index), default=-1)
    if quiz:
        # "这样对吗？哪一步出问题了": every act told is judged, back past the questions asked just before it
        run = c.index
        while run > 0 and clauses[run - 1].asked:
            run -= 1
        last_q = max((o.index for o in clauses if o.asked and o.index < run), default=-1)
    # "案例讨论，请指出哪一步不对：辅警小王…": a quiz put before the case it judges, nothing told before it but its
    # frame — the steps told after it are judged
    story_after = quiz and not any(o.asked for o in clauses[c.index + 1:]) and len(clauses) - c.index > 2 and \
        all(_is_frame(o.text) or not _has_verb(o.text) for o in clauses[last_q + 1:c.index])
    end = len(clauses) if story_after else c.index
    requests = [o for o in clauses if last_q < o.index < end and o.index != c.index and o.request]
    several, count, explicit = _plural(said)
    if several and len(requests) == 1 and re.search(r"(这样|这么|这个|这种|如此)安排", said) and \
            not any(PLAN_PART.match(o.text) for o in clauses[requests[0].index + 1:c.index]):
        several, count, explicit = False, None, False   # "民警让她给在押人员打针…能不能这么安排": the one request told
    summed = _summed_object(clauses, c, topic) if pred and _has_verb(pred) and not _bare(pred) and not _light(pred) else ""
    if summed:
        found = _acts_of(c, pred + summed, c.predicate_start, "asked", topic)
        if found:
            return found
    if quiz and (not several or story_after or count is None):   # ("哪一步违规": several, not counted)
        several, count, explicit = True, MANY, True
    until = end
    counted = _counted_before(clauses, c) if not pred and not several else None
    if counted is not None:
        # "我没等民警来就干了这两件事，有问题吗": the clause before counts the acts the question asks about
        several, count, explicit = _plural(counted.text)
        until = counted.index
    if several and explicit and count and count != MANY and count > 1 and len(requests) == count and not _FIRST_ONES.search(said):
        # "让我把钱和手机清点登记、贴封条…。他还说…让我先把两个赌客带进询问室…做个笔录。这两件事": one thing per
        # request, whatever each lists
        told_per = [_request_acts(clauses, req, c.index) + _request_tail(clauses, req, c.index) for req in requests]
        # …a request whose acts the catalogue does not name is still one of them ("帮她把剩的菜背回屋"): answered
        # as not addressed, not dropped for the steps of the other
        # (…by its words with a verb: "帮着审讯嫌疑人", not the unit it is lent to, "刑侦大队")
        per_request = [[a for a in acts_ if names(a.words, a.joining)] or
                       ([a for a in acts_ if not _MOVE_ONLY.match(a.words) and _has_verb(a.words)] or
                        [a for a in acts_ if not _MOVE_ONLY.match(a.words)])[:1]
                       for acts_ in told_per]
        per_request = [list({a.words: a for a in acts_}.values()) for acts_ in per_request]
        every_named = all(any(names(a.words, a.joining) for a in acts_) for acts_ in per_request)
        # …unless the user lists the acts again just before ("跟着民警管监室、再加上保管这些警械，这两样")
        relisted = not every_named and bool(_listed_before(clauses, c, names, count))
        if all(per_request) and any(names(a.words, a.joining) for acts_ in per_request for a in acts_) and not relisted:
            return [a for acts_ in per_request for a in acts_]
    listed = _listed_before(clauses, c, names, count) if several and explicit and count and count != MANY else []
    if listed:
        return listed   # "拦人分批放、背老太太出去，这两个我们干都没毛病吧": as many acts as the user counts
    # the user's own list just before the question: for "都", "这几样" it goes before the requests of the story
    # ("…给他吹气、民警走了放他走不罚、把他驾驶证先收到起，这几样哪样可以", "检测跟签字出报告，我都可以做哇")
    own_list = _listed_before(clauses, c, names, loose=True)
    if quiz and _EVERY_DEED.search(c.text):
        # "…；…；…。请逐条说一下哪些不对": a case judged step by step asks of every sentence told, not the last list
        whole = _summed_up(clauses, c, names)
        if whole:
            return whole
    if own_list and several and (count == MANY or not count):
        return own_list
    summed = _of_the_plan(clauses, c, _summed_up(clauses, c, names), names) if several and (count is None or count == MANY) else []
    if summed:
        return summed   # "我一个人在那指挥车辆、劝游客站回人行道，还有给乱停的车贴告知单，这些我自己弄得行不"
    if several and (explicit or requests):
        # "去巡一遍监室" names an act after its 去; "明天去所里" only where the user goes
        told = [a for a in _told_acts(clauses, until, last_q, requests, count)
                if not _MOVE_ONLY.match(a.words) or names(a.words, a.joining)]
        told = _of_the_plan(clauses, c, told, names)
        named = [a for a in told if names(a.words, a.joining)]
        if count and count != MANY and _FIRST_ONES.search(said) and len(told) >= count:
            named = told[:count]   # "前头那两样活": the first acts told, named or not
        elif count == MANY:
            pass        # "这几样", "每个行为": the acts that name a catalogue act (else all told)
        elif count and len(named) < count:
            # fewer named acts than the user counts: the nearest others too (answered as not addressed)
            extra = [a for a in told if a not in named][-(count - len(named)):]
            named = sorted(named + extra, key=lambda a: a.start)
        elif count and _item_groups(clauses, named, count):
            # "①负责对讲机…的保管维护；②把扣押的涉案手机…收进库里，由他一个人建台账管理。这两项安排": as many numbered
            # items as counted, each item the acts it tells
            named = _item_groups(clauses, named, count)
        elif count and counts_examples(clauses, last_q, until):
            pass        # "举两个例子…这两个情况": every example told, each judged
        elif count:
            # (…but the steps of one request are one thing however many the user counts: "叫我先把这个人看住，再把围观的
            # 疏散一下，保护好现场…这两件事" — none of them is dropped)
            kept = named[-count:]
            req_sentences = {clauses[a.clause].sentence for a in kept if a.via == "request"}
            named = [a for a in named if a in kept or a.via == "request" and clauses[a.clause].sentence in req_sentences]
        if named or told:
            return named or told
    # "设卡查车我跟着弄没问题，那罚单我能自己开吗": a thing of its own put first, with the verb asked, names the act
    # before the list just told is pointed back to
    own_verb = pred or _clean_pred(c.predicate)   # (a verb cleared as pointing back: "手铐这东西…能用吗")
    own_obj = _topic_object(topic) if own_verb and not several else ""
    if re.fullmatch(r"(一个人|一个|自己|单独|独自|[两三几]个人|[两三几]个|我们|俺们|咱们|他们|她们|大家)", own_obj):
        own_obj = ""   # "这个我一个人能去发吗": how the user acts, no thing of the act
    if own_obj:
        # (…unless the story told that very act, the thing and the verb: "审讯的视频她想剪一下发出去，脸也不打码…这个视频
        # 她能发不" asks of the act told, with what it tells of it — read below as pointing back)
        verb0 = _strip(own_verb)[:1]
        again = next((o for o in reversed(clauses[:c.index]) if not o.asked and own_obj in o.text and verb0 and
                      verb0 in o.text), None)
        own_acts = [] if again is not None else _acts_of(c, _verb_object(_strip(own_verb), own_obj), c.predicate_start,
                                                         "asked", topic)
        if any(names(a.words, a.joining) for a in own_acts):
            return own_acts
        # (…the thing told in a clause that goes on a request: see _request_going_on)
        led = _request_going_on(clauses, c.index, own_obj) if again is not None and not again.request else None
        if led is not None:
            told = _request_acts(clauses, led, c.index)
            if any(names(a.words, a.joining) for a in told):
                return told
    if own_list:
        return own_list   # "拦人分批放、背老太太出去，这两个我们干都没毛病吧": the list said again just before
    verb_with_object = _said_before_modal(c, topic, verb, names)
    if verb_with_object:
        return verb_with_object
    req = _request_for(clauses, c.index, verb)
    readings: list[list[Act]] = []
    # a one-character verb must begin a word of the request ("开" is not in "把事说开")
    if req is not None and verb and verb not in ("去", "来") and verb in req.request and \
            (len(verb) > 1 or _begins_word(verb, req.request)):
        told = _request_acts(clauses, req, c.index)   # "护士让我帮忙签…，我能签吗": that request, named or not
        first = clauses[req.index - 1] if req.index > 0 else None
        if first is not None and first.request and first.sentence == req.sentence and _GOES_ON.match(req.text) and \
                not any(names(a.words, a.joining) for a in told):
            # "民警让我…给报警人出个受案回执，还要我签名盖章，我可以签不": the signature goes on the request before it
            told = _request_acts(clauses, first, c.index) + told
        # "喊我…飞起巡查…我这样子能飞不": the verb asked names an act of its own with what the story tells (无人机)
        # beside the request's purpose — both are asked
        if names(verb) and not any(a.words.startswith(verb) for a in told):
            return _acts_of(c, verb, c.predicate_start, "asked", topic) + told
        return _with_tail(clauses, req, c, told, names)
    if req is None and verb and len(verb) == 1 and (backref or re.fullmatch(r"(那|那么)?(这个|那个|这|那|这些|这种)", topic.strip())):
        # "…同事说剪一下发快手肯定有流量，这个能发吗": a bare verb pointing back, said earlier only as someone's
        # suggestion — the act is that verb with what the suggestion gives it
        said = next((o for o in reversed(clauses[:c.index]) if not o.asked and o.sentence >= c.sentence - 1 and
                     _begins_word(verb, o.text) and _SUGGESTED.search(o.text)), None)
        if said is not None:
            at = said.text.find(verb, _SUGGESTED.search(said.text).end())
            if at >= 0:
                found = _acts_of(said, re.sub(r"(肯定|一定|保证|准)[^，。？！]*$", "", said.text[at:]), said.start + at, "story", topic)
                if any(names(a.words, a.joining) for a in found):
                    return found
    obj = _topic_object(topic)
    core = re.sub(r"(这个|那个|这件事|这事|这些|这|那)+$", "", obj or "")
    if not core:
        # "搜手机这个事规定里有没有说我能干": the words before the pointer name what it points to
        lead = re.split(r"这个|那个|这件|这事|这种|这些|这块|那块|这一块", topic, maxsplit=1)
        core = _clean_pred(lead[0]) if len(lead) > 1 else ""
    if re.fullmatch(r"(这|那)?(个|笔)?钱", core):
        # "…请俺当安全顾问，一个月给一千五。还说让俺顺便讲讲消防安全。钱能拿不": the money is for the request it pays
        paid = next((o for o in reversed(clauses[:c.index]) if not o.asked and _PAID.search(o.text)), None)
        paid_for = next((o for o in reversed(clauses[:paid.index + 1]) if o.request), None) if paid is not None else None
        if paid_for is not None:
            return _request_acts(clauses, paid_for, c.index)
    held = next((o for o in reversed(clauses[:c.index]) if o.request and len(core) >= 2 and
                 _said_again(core, o.request, gap=8)), None)
    if held is not None:
        return _request_acts(clauses, held, c.index)   # "…帮他们检票、核门票。检票这个我能帮忙不": that request
    # "发传单俺常干，盯尿检这个民警不在场俺能去吗": the act named before the pointer, said with a verb of its own, is
    # what is asked — not what the user says they always do
    before_pointer = re.split(r"这个|那个|这件|这事|这种|这些|这活儿|这活|这块", topic, maxsplit=1)
    named_first = _clean_pred(before_pointer[0]) if len(before_pointer) > 1 else ""
    if len(named_first) >= 3 and _has_verb(named_first) and names(named_first) and \
            (not pred or _bare(pred) or _light(pred) or GO_ONLY.match(pred)):
        return _acts_of(c, named_first, c.start + max(c.text.find(named_first), 0), "asked")
    if pred and obj:
        readings.append(_acts_of(c, pred + obj, c.predicate_start, "asked", topic))   # "烟能收吗" → "收烟"
    # "师父在对讲机头喊我先过去叫他们自己拍照协商…我一个人可以处理不": a light verb alone, after a request, is that
    # request done alone — not the ban on acting alone, which a verb of enforcement names ("我一个人执法")
    # (…or can manage it: "搞得定", "弄得过来")
    if req is not None and pred and not backref and _light(re.sub(r"得(定|过来|下来|住|好)$", "", _verb_of(pred))) and \
            re.search(r"一个人|自己|单独|独自", c.text) and req.sentence >= c.sentence - 1:
        done_alone = [a for a in _request_acts(clauses, req, c.index) if names(a.words, a.joining)]
        if done_alone:
            return _with_tail(clauses, req, c, done_alone, names)
    # "所长让我去菜市场发反诈传单，我明天一个人去可以吗": going there, asked after a request to go and do something,
    # is that errand
    gone = next((o for o in reversed(clauses[:c.index]) if o.request and o.sentence >= c.sentence - 1), None) \
        if pred and not backref and GO_ONLY.match(pred) else None
    if gone is not None and re.match(r"(先|马上|赶紧|明天|今天|晚上|下午|上午)?(一个人|自己|单独)?(先)?(去|到|过去|回|赶)", gone.request):
        errand = [a for a in _request_acts(clauses, gone, c.index) if names(a.words, a.joining)]
        if errand:
            return _with_tail(clauses, gone, c, errand, names)
    if pred and not backref:
        readings.append(_acts_of(c, c.predicate, c.predicate_start, "asked", topic))   # "拦" + 抢包 in the story
    if pred and _clean_pred(topic) and not backref:
        readings.append(_acts_of(c, _clean_pred(topic) + pred, c.start, "asked"))    # "受伤被困的人可以去救吗"
    handed = _handed_over(clauses, c.index)
    if verb and handed and not backref:
        readings.append(_acts_of(c, verb + handed, c.predicate_start, "asked", topic))   # "把手机交给我…能保管吗"
    kept_handed = _held_pointed(clauses, c, handed) if not pred else []
    if any(names(a.words, a.joining) for a in kept_handed):
        return kept_handed   # "…把他的配枪交给我，说你先帮我收着…就是这枪俺拿着心里发毛，照不照": keeping what was handed over
    asked_readings = [r for r in readings if r]
    # an act asked in words of its own (a verb and more, no pointer, no request holding it) that the catalogue does
    # not name is what is answered (not addressed) — never another act of the story, decided in its place
    own_act = bool(pred) and not backref and req is None and _has_verb(pred) and not _bare(pred) and \
        not _light(pred) and len(_clean_pred(pred)) >= 3 and \
        not phrases.any_in(pred, [w for w in words("frame", "back_references") if len(w) > 1]) and \
        not phrases.any_in(c.text, words("frame", "rule_questions")) and not _meta(c.text)
    if own_act and asked_readings and not any(names(a.words, a.joining) for r in asked_readings for a in r):
        return asked_readings[0]
    # ("…想抽几个辅警过去帮忙，重庆的，我们能去吗": a clause naming only the city is no part of the story pointed to)
    # (…nor one that only says who is there: "这几样没得民警跟到")
    # (…nor a ban the user recalls before asking: "辅警不是不能调查取证吗，我这个去得不")
    # (…nor staff told short of hands or with hands to spare, why they are moved: "窗口那几个辅警最近不太忙，所长想抽两个
    # 出来跟着民警上街盘查" — not the work short of hands, "反邪教那块最近缺人", which may be all the story says of it)
    told_clauses = [p for p in clauses if p.asked or not (_place_only(p.text, place_words) or RECALLED.match(p.text) or
                                                          _DONE_BY_OTHERS.match(p.text) or
                                                          _presence_only(_strip_back_reference(p.text)) or
                                                          _SHORT_HANDED.match(p.text) and "辅警" in p.text)]
    # (…nor what an officer did in it, the user nowhere: "巡逻时民警拦下一辆被盗的摩托车，…民警让我把摩托车登记入库")
    prev = [p for p in _previous(told_clauses, c, all_of_sentence=not pred, joining=joining) if not _set_aside(clauses, p)
            and not (req is not None and p.index < req.index and _officers_own_act(p, _trainee(clauses), joining))]
    story = [_answered(clauses, a) for p in prev for a in _acts_of(p, *_unit_told(p), "story", joining=joining)]
    # "…喊我帮他把人铐起。…还有当时我脑壳一热，想去摸师傅的枪拿出来吓他，这个我能不能做": what the user tells
    # in the pointing question's own sentence comes before a request of an earlier one
    own_first = story and req is not None and req.sentence < c.sentence and all(p.sentence == c.sentence for p in prev) \
        and _bare(_clean_pred(_strip_back_reference(pred)))   # a bare pointer (an empty one too)
    if own_first:
        readings.append(story)
    if req is not None:
        # "喊我跟到一个民警去出警…到了还要我帮到给两边调解一下。这个活": a request that goes on the one before it in its
        # sentence ("到了还要我…", "还让我…") is one errand with it
        # (…or the sentence before it, when the request says it goes on: "中队长让我…疏导交通，民警就在岗亭里；还让我顺便…")
        prior = next((o for o in reversed(clauses[:req.index]) if o.request and o.sentence >= req.sentence - 1), None) \
            if _GOES_ON_REQUEST.match(req.text) else None
        readings.append((_request_acts(clauses, prior, c.index) if prior is not None else []) + _request_acts(clauses, req, c.index))
        # "戒毒所缺人，所里让我去那边帮着管理…": "那边" is the place told short of hands just before
        short = next((m for p in clauses[max(0, req.index - 2):req.index] if p.sentence == req.sentence
                      for m in [_SHORT_HANDED.match(p.text)] if m), None)
        place = short.group(1) if short is not None else ""
        if place and re.search(r"那边|那里|那儿|那头", req.request):
            readings.append([replace(a, words=re.sub(r"那边|那里|那儿|那头", place, a.words, count=1))
                             for a in _request_acts(clauses, req, c.index)])
    # (…or taking part in what others told before are doing: "几个同事商量着一起罢工…喊他也参加")
    if req is not None and (joining or re.search(r"跟着|一起|陪着|陪同|^(也)?(参加|参与|加入)$", req.request)) and \
            not any(names(a.words) for a in _request_acts(clauses, req, c.index)):
        # "民警要去查外国人的住宿登记，叫我跟着一起去": joining the officer's act told before the request
        before_req = [p for p in clauses if p.index < req.index and p.sentence == req.sentence and not p.asked]
        # (…the nearest such clause that names an act: "…一起罢工不去上班，逼单位发钱，喊他也参加")
        joined = next((found for p in reversed(before_req)
                       for found in [_acts_of(p, p.text, p.start, "story", joining=True)]
                       if any(names(a.words, a.joining) for a in found)), [])
        story = joined + story
    if story and not own_first:
        readings.append(story)
    # "…喊大家一齐不上班，搞罢工。我也觉得工资低，跟着参加会不会有问题": the sentence before, when the
    # clauses next to the question name nothing
    told = {p.sentence for p in prev}
    near = len(readings)   # the readings after this one are of earlier sentences
    for back in range(c.sentence - 1, max(-1, c.sentence - 3), -1):
        earlier = [p for p in clauses if p.sentence == back and not p.asked
                   and not (_reported_by_other(p.text) and not _PROPOSED.search(p.text))
                   and not _KNOWN.search(p.text) and not usual(clauses, p) and not _INTRO.match(p.text)
                   and not _officers_own_act(p, _trainee(clauses), joining)
                   and not _set_aside(clauses, p)]
        if earlier and back not in told:
            readings.append([a for p in earlier for a in _acts_of(p, *_unit_told(p), "story", joining=joining)])
    # "民警在对讲机里喊我先用约束带把他控制住…我当时就冲上去用了": a clause that says the request was carried out, by
    # its verb alone, is that request
    if req is not None and any(p.index > req.index and _DONE_AS_ASKED.search(p.text) for p in prev):
        readings.insert(0, _request_acts(clauses, req, c.index))
        near += 1
    # "喊我在办案区看到起。…还朝我吐口水。我想拿警棍给他两下，或者罚他站一晚上…。这样整要得不": what the user means
    # to do, told in the sentence just before the pointer and after the request, is what it points to
    # (…a bare pointer only: not "前面吹气那个活我能干吧", which names its act)
    # (…or told in the pointer's own sentence after the request: "发小结婚让我当伴郎，我想穿单位发的那套辅警制服去，
    # 拍照好看，这样可以吗")
    if req is not None and c.sentence - 1 > req.sentence and _bare(_clean_pred(_strip_back_reference(pred))) and \
            not re.search(r"前面|前头|前边|后面|后头|后边", c.text):
        meant = next((p for p in clauses if p.sentence == c.sentence - 1 and not p.asked and _OWN_INTENT.match(p.text)), None)
    elif req is not None and c.sentence == req.sentence and _bare(_clean_pred(_strip_back_reference(pred))) and \
            re.match(r"^(那|那么)?(这样|这么|那样)", c.text):
        meant = next((p for p in clauses[req.index + 1:c.index] if not p.asked and _OWN_INTENT.match(p.text)), None)
    else:
        meant = None
    if meant is not None:
        acts_meant = [a for p in clauses[meant.index:c.index] if p.sentence == meant.sentence
                      for a in _acts_of(p, *_unit_told(p), "story")]
        if any(names(a.words, a.joining) for a in acts_meant):
            readings.insert(0, acts_meant)
            near += 1
    # "我想剪一下发到抖音上，就是人脸…露了一点点，点赞肯定多，这个可以发不嘛": the bare verb asked says again what the
    # user wants to do, told just before — that wish is the act, whatever the clauses between name
    verb = _verb_of(_clean_pred(_strip_back_reference(pred))) if req is None and pred and _bare(pred) else ""
    wished = next((p for p in reversed(clauses[:c.index]) if not p.asked and p.sentence >= c.sentence - 1 and
                   _WISH_TOLD.match(p.text) and verb in p.text[2:]), None) if 0 < len(verb) <= 2 else None
    if wished is not None:
        readings.insert(0, _acts_of(wished, _WISH_TOLD.sub("", wished.text), wished.start, "story"))
    chosen = next((r for r in readings if any(names(a.words, a.joining) for a in r)), None)
    # …and in the same sentence, a request an outside party makes in its own words ("…去维持秩序，主办方让我们顺手帮着
    # 在门口检票"): what it asks is the act, the work told before it only where the user is
    # (…or a body outside the force that came with it earlier in the sentence: "今天教委找到所里，说…想叫我们辅警去当监考")
    # …only over work told in an earlier sentence ("考试院说卷子是绝密级的…安排我们跟车押送": the matter of the request)
    outsider = req is not None and (_OUTSIDER.search(_asker(req)) is not None or
                                    _OUTSIDE_BODY.search(_sentence_before(clauses, req)) is not None and
                                    chosen is not None and all(clauses[a.clause].sentence < req.sentence for a in chosen))
    # (the outsider's own clause read as story is the request's words, not work told before it)
    told_acts = [a for a in chosen or [] if not (outsider and a.clause == req.index)]
    if chosen is not None and (readings.index(chosen) >= near or outsider) and req is not None and \
            (req.sentence >= c.sentence - 1 or _only_talk_between(clauses, req, c)) \
            and all(a.clause < req.index for a in told_acts) \
            and not _same_request(req.request, [clauses[a.clause].text for a in told_acts]) \
            and (not _BY_THE_FORCE.search(_requester(clauses, req)) or
                 _SENT_ELSEWHERE.search(req.request) and all(_WORKS_AT.match(clauses[a.clause].text) for a in told_acts)):
        # "…搞禁毒宣传…。…德育主任私下找我…喊我下次带点尿检板来给他们测一哈…这个我能做不": a private person's request
        # just before, named or not, is what the pointer takes — not the user's work told in an earlier sentence (a
        # request of the force is a step of that work: "平时修电脑…科长让我把会议室的网线重新布一遍")
        chosen = None
    # (the latest such request of the window: "…让我把扣的电动车登记好锁进库，还说以后这个库就交给我管了")
    job = next((o for o in ([req] if req is not None else []) + list(reversed(clauses[:c.index]))
                if o.request and o.sentence >= c.sentence - 1 and
                (_FAVOUR_ASKED.match(o.request) or _ERRAND_WITH_OBJECT.search(o.request))), None) \
        if _JOB_POINTER.search(c.text) else None
    if chosen is not None and job is not None and \
            all(a.clause < job.index for a in told_acts if names(a.words, a.joining)) and \
            not any(names(a.words, a.joining) for o in clauses[:c.index] if o.request and o.sentence >= c.sentence - 1
                    for a in _request_acts(clauses, o, c.index)):
        # "我在窗口上班，上午给群众办了身份证，下午所长让我帮他去接孩子放学。这活我能接吗": a favour for the one who
        # asks, or an errand with a thing of its own ("…调解了一起邻居吵架。回所里师傅让我把扣的电动车登记好锁进涉案物品库
        # …这个活我能接下来吗"), pointed back to as the job, is that job, named or not — the work told before it only
        # says where the user is (a request that goes on with the work told, "让我一个人在线外面看着", "叫我跟着", is
        # read as before)
        chosen, req = None, job
    if chosen is None:
        fallback = _request_acts(clauses, req, c.index) if req is not None else (readings[0] if readings else [])
        # "…小赵就自己坐下接着讯问。这在连云港的规定里允许吗": a pointer's own words name no act, the story's do
        if req is None and story and (_place_only(re.sub(r"(的|规定|条例|办法|里)+$", "", pred), place_words) or
                                      _RULE_FRAME.match(pred)):
            fallback = [a for a in story if not re.search(r"民警|警察|所长|领导|坐下|站着|回来", a.words)] or fallback
        chosen = fallback or _acts_of(c, pred or c.text, c.predicate_start, "asked", topic)
    else:   # of the story pointed back to, the parts that name an act ("碰到小刮擦" names none)
        chosen = [a for a in chosen if names(a.words, a.joining)]
    # (…or closes the next sentence by a bare pointer: "值班长说要不你先开警车过去，把现场先稳住。我能这么去吗")
    # (…or asks the request again by its first words: "喊我先下去把人控制住，必要时用约束带捆起。我一个人先下去行不行")
    said_again = re.sub(r"^(我|俺)?(一个人|自己|单独)?", "", _clean_pred(pred or ""))
    if req is not None and (c.sentence == req.sentence or c.sentence == req.sentence + 1 and
                            (_bare(_clean_pred(_strip_back_reference(pred))) and
                             re.search(r"(这么|这样|那样|那么)(过)?(去|做|干|弄|办|搞|整)", c.text) or
                             len(said_again) >= 2 and req.request.startswith(said_again))) and \
            any(a.clause == req.index for a in chosen):
        # "所里让文职辅警在办证窗口帮群众办居住证，材料收了直接给批，不用民警过手，行不": the steps that go on with
        # the request in the sentence the question closes are asked with it
        have = {a.words for a in chosen}
        # (…steps, not what the work is not: "…算算绩效，不涉密")
        # (…nor a clause with a subject of its own: "我听说辅警不能碰涉密的东西")
        chosen = chosen + [a for a in _request_tail(clauses, req, c.index) if names(a.words, a.joining) and a.words not in have
                           and not a.negated and not re.match(r"(不|没|别|无|非)", a.words) and _has_verb(a.words)
                           and not _OWN_SUBJECT.match(clauses[a.clause].text)
                           # (…nor what the officer does with what is handed over: "拍完交给民警录系统")
                           and not re.search(r"交给(民警|警察|师傅)[^，。？！]", a.words)
                           # (…and from the sentence before, only plain steps: not what someone else is told to do,
                           # nor what is done once something happens — "让他签个字就行", "遇到可疑的拦下来问话")
                           and (c.sentence == req.sentence or not _CONDITIONED_STEP.match(clauses[a.clause].text))]
    return chosen


# a request that goes on one told before it ("到了还要我…", "完了还让我…", "顺便让我…")
_GOES_ON_REQUEST = re.compile(r"^(?:(到了|到那|到现场|完了|然后|接着|之后|顺便|有时候|有时|有的时候|偶尔|平时|另外)?(还|又|再)|顺便|顺带|顺手|另外|同时)"
                              r"(要|让|叫|喊|安排)(我|俺)")


_CONDITIONED_STEP = re.compile(r"^(然后|再)?(让|叫|喊|要)(他|她|他们|她们|司机|对方|人家|当事人)|^(遇到|碰到|要是|如果|万一|有)|"
                               # (…nor what someone else there does: "医生就在边上看着")
                               r"^(医生|护士|老师|城管|队员|保安|领导|所长|民警|师傅|他|她)|"
                               r"^[^，。？！]{1,8}(了|完|好)(以后|之后)?就")


# a private person who asks the 辅警 for something ("发小…让俺在系统里帮他查查", "自称律师的…要俺把监控拷给他")
# how the public at a window or in the street are called ("一个大姐", "有个大爷"): private persons only when what they ask
# is about someone else (_THIRD_PERSON), not their own business at the window
_PUBLIC_ADDRESS = re.compile(r"大姐|大哥|阿姨|大爷|大妈|大叔|孃孃|嬢嬢|大娘|老太太|老大爷|老大娘|小伙子|小姑娘|姑娘|老人家|群众|市民|"
                             # one of the public named by their part in the matter ("一个车主跑来…喊我帮他调监控")
                             r"车主|失主|路人|游客|顾客")
_THIRD_PERSON = re.compile(r"邻居|楼下|楼上|隔壁|对门|前女友|前男友|前妻|前夫|那个人|这个人|这人|那人|别人|他人|室友|房客|租客|情人|小三|"
                           r"那男的|那女的|那个男的|那个女的|对象|那小伙|那个小伙|"
                           # the other party of a road accident ("把肇事车的车牌号找出来给他")
                           r"肇事车|肇事司机|肇事者|对方的车|对方车辆|撞人的车|刮车的|"
                           # someone's partner looked into for them ("她女儿耍的那个男朋友有没得案底")
                           r"男朋友|女朋友|男友|女友|相亲对象|未婚夫|未婚妻")
_PRIVATE = re.compile(r"发小|朋友|同学|亲戚|表姐|表哥|表弟|表妹|堂哥|堂姐|堂弟|堂妹|闺蜜|兄弟伙|哥们|律师|老板娘|老板|前女友|前男友|"
                      # "一个认识多年的姐妹…求我帮她调一下…监控": a friend named as a sister of choice, a comrade
                      r"姐妹(?!们)|姊妹(?!们)|好友|战友|牌友|麻友|酒友|干姐|干妹|干哥|干弟|"
                      r"家属|家里来人|家里人|家人(?!们都)|亲属|邻居|老乡|熟人|侄儿|侄子|侄女|外甥|舅舅|姑姑|姨妈|小舅子|网友|中介|对门|街坊|"
                      # a neighbour named by surname and kin word ("住我家对门的张叔")
                      r"(?<![大阿老])[张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江薛段雷侯龙史陶贺顾毛郝龚邵万钱严武戴孔汤](叔|婶|姨)(?![父母])|"
                      # someone the story brings in with no tie to the unit ("有个男的天天打电话给我")
                      r"(有个|一个|有一个)(男的|女的)|陌生人|记者|商家|店主|房东|博主|网红|主播|船员|家长|经理|业主|商户|"
                      r"我妹|我哥|我姐|我弟|妹妹|弟弟|姐姐|哥哥|我爸|我妈|老婆|老公|媳妇|"
                      # any relative of the user's ("我大姨打电话让我在系统里查一下…")
                      # (not 大哥, 阿姨, 大爷: how the public at the window or on the street are called)
                      r"大姨|小姨|二姨|姨父|姑父|舅妈|婶婶|婶子|嫂子|姐夫|妹夫|岳父|岳母|丈母娘|老丈人|婆婆|公公|亲家|表舅|堂叔|伯伯|大伯|二叔|三叔|小叔|"
                      r"表叔|表姑|表姨|表嫂|堂嫂|大舅|二舅|小舅|姑妈|干爹|干妈|干爸|老表|女婿|儿媳")
# (…"现在民警带着我处理另一起…": a time word before the subject, its 在 no verb)
# (…or a while of the user's before it: "在路口值守时一个失主跑来说…")
_SUBJECT_OF = re.compile(r"^(在[^，。？！]{1,10}?(时|的时候|期间))?(今天|今晚|昨天|昨晚|刚才|后来|然后|结果|当时|上午|下午|晚上|现在|这会儿|眼下|此时|这时候|这时)?[^，。？！在跟和给把让叫说讲带找问]{0,12}")
_OFFICER = re.compile(r"民警|所长|领导|科长|队长|教导员|指导员|警官|师傅")


# what someone proposes the user do, pointed at by "这样搞" ("另外一个辅警说干脆罚他靠墙站到天亮")
_PROPOSED = re.compile(r"说(干脆|要不|不如|直接|索性)|建议|提议|出主意")


def _officers_own_act(p: Clause, trainee: bool, joining: bool) -> bool:
    """What someone else does, told as their own act with the user nowhere in it ("带我的民警师傅刚被叫去…找一个走丢的
    小孩了"): no act the user asks about — unlike what they propose ("另外一个辅警说干脆罚他靠墙站") or ask of the user."""
    after = None if joining or p.request else other_subject(p.text, trainee)
    return after is not None and "我" not in after and not re.search(r"说|建议|提议|出主意", after)


# money offered to the user by whoever asks ("一条给我分5块钱", "报一个给我提200", "给两千块辛苦费", "分成10%",
# "每单给我50", "出5万让我拷一份"); not pay from the unit (工资, 加班费, 补贴 are no such words)
_OFFER = re.compile(r"给我(分|提|返|抽)?(个)?([0-9]{2,}|[0-9一二三四五六七八九十两几百千万]+(块|元|千|万|百|个点|%))|"
                    r"(分|提|返)我[0-9一二三四五六七八九十两几百千万]+|(一条|每条|一单|每单|一个人|每个人|一晚上?|每晚上?|一天|每天|一次|每次|一个?钟头|一个?小时|每小时)给(我)?[0-9一二三四五六七八九十两几百]|"
                    # (…not 分成两拨: people divided, no share)
                    r"辛苦费|好处费|感谢费|跑腿费|介绍费|劳务费|(给我|给你|按单|按条|按比例)分成|分成[0-9一二三四五六七八九十]|提成|返点|回扣|(给我|给你)(发)?(个)?红包|"
                    r"出[0-9一二三四五六七八九十两几百千]+(块|元|千|万)?[^，。？！]{0,3}(让我|叫我|请我|要我)|按天给租金|给租金|"
                    # "塞了2000块给我", "事后给我转1000", "收点跑腿服务费": money handed over, sent, or charged
                    r"塞(了)?[0-9一二三四五六七八九十两几百千万]+(块|元|千|万)?(钱)?给我|给我塞|给我转[0-9一二三四五六七八九十两几百千万]+|"
                    r"转给我[0-9一二三四五六七八九十两几百千万]+|收(点|些|个|一点)?[^，。？！]{0,4}(服务费|手续费|代办费|辛苦钱)|"
                    # "一晚上两百", "一场给三百", "每月另给三千", "花钱请我", "给我包个红包", "给三百块现金"
                    # (…not the user's own pay: "到手一个月三千出头", "一个月五千多" name no one who gives it)
                    r"(一晚上?|每晚上?|一场|每场|一趟|每趟)(给|付|出)?(我)?[0-9一二三四五六七八九十两几]+([0-9十]*[百千万](块|元)?|[0-9十]*(块|元))|"
                    # "一场给800", "一次给500": a sum of three figures or more, named without its unit
                    r"(一晚上?|每晚上?|一场|每场|一趟|每趟|一次|每次|一天|每天|一单|每单)(给|付|出)(我)?[0-9]{3,}|"
                    r"(一天|每天|一次|每次|一个月|每个月|每月|一单|每单)(另|再)?(给|付)(我)?[0-9一二三四五六七八九十两几]+([0-9十]*[百千万](块|元)?|[0-9十]*(块|元))|"
                    r"(花钱|出钱|给钱)(请|让|叫|雇)我|给我包(个)?红包|给[0-9一二三四五六七八九十两几]+[0-9十百千万]*(块|元)(钱|现金)|"
                    # "两天给六百块", "三晚上给一千": a sum for a stretch of days or nights
                    r"[0-9一二三四五六七八九十两几半]+(天|晚上?|场|趟|个月)(一共|总共)?(给|付|出)(我)?[0-9一二三四五六七八九十两几]+[0-9十百千万]*(块|元|百|千|万)|"
                    # "按天结钱", "日结", "按月付他报酬": paid by the day or month, the sum not said
                    r"按(天|日|月|小时|次|单|趟|场)(结|算|给|付|开)(钱|工资|工钱|报酬|账)|日结|(付|给)(他|她|我)(报酬|工钱|劳务费)|按(天|月)付(他|她|我)?|"
                    # "一节课500块课时费": a fee for a class or an appearance
                    r"课时费|讲课费|出场费|一节课[给付]?[0-9一二三四五六七八九十两几百千]+|"
                    # "说事后好好感谢我": a reward promised for it
                    r"(事后|事成之后|事成以后|到时候|完了|之后)(一定|会)?(好好|重重)?(感谢|答谢|酬谢|报答)(我|俺)|(好好|重重)(感谢|答谢|酬谢|报答)(我|俺)|"
                    # "逢年过节给俺送两箱海货": goods given for it
                    r"给(我|俺)(送|拿|带)(个|点|些|[一两几三四五六七八九十]+(箱|条|瓶|盒|袋|斤|份|桶|件))")
# …by the unit or an officer: the pay of the work, not a private reward
_OFFERED_BY_FORCE = re.compile(r"(所里|单位|局里|分局|民警|领导|所长|队里|公安局)[^，。？！]{0,4}(给我|发)")


_UNRELATED_TO_WORK = re.compile(r"(跟|和|与|同)[^，。？！]{0,4}(" + WORK_WORDS + r")[^，。？！]{0,4}"
                                r"((没有|没|无|不|毫无)(啥|什么|任何|半点|一点)?(关系|关联|相干|相关|瓜葛|搭界|沾边|干系)|无关|"
                                r"(关系|关联|干系|瓜葛)(都|也)(没有|没得|没))")


_BY_THE_FORCE_ASKED = re.compile(r"^(所里|单位|局里|分局|队里|大队|领导|所长|民警|师傅|科长|队长)(叫|让|喊|安排|派)(我|俺)")


def _paid_for(clauses: list[Clause], act: Act) -> str:
    """The words of money a private party offers the user for ``act``, told in the sentence of the act or of the
    request it comes from ("有个4S店销售经理…让我把车主姓名电话导一份给他，一条给我分5块钱"), or in the sentence just
    before an act the user says again in a few words ("…介绍一个给我提50。就说一句话，不算违规吧")."""
    sentence = clauses[act.clause].sentence if 0 <= act.clause < len(clauses) else -1
    # "…按页给钱，跟公安的业务一点关系都没有": the pay of work said to be none of the police work is no gain from it
    if any(_UNRELATED_TO_WORK.search(c.text) for c in clauses if not c.asked):
        return ""
    sentences = {sentence, sentence - 1} if act.via != "request" and len(act.words) <= 8 else {sentence}
    if any(c.sentence == sentence and ALSO_ASKS.fullmatch(c.text.strip()) for c in clauses):
        sentences = {sentence}   # "…说给我拿两条烟。还有我想问一下，…能不能让双方自己协商": a new question, not the paid favour
    # "所里叫我翻笔录没毛病吧": work the force asks of the user is not what a private party pays for
    if _BY_THE_FORCE_ASKED.match(act.words):
        return ""
    for c in clauses:
        if c.sentence not in sentences:
            continue
        m = _OFFER.search(c.text)
        # (…the sentence before with a request of its own: "…塞了两百块钱给我 喊我照顾一哈. 一个人守嫌疑人本身要得不" —
        # the money is for that favour, not for the act asked)
        if m and c.sentence != sentence and any(o.request and o.sentence == c.sentence for o in clauses) and \
                _told_as_other_request(clauses, act, c.sentence):
            continue
        if m and not _OFFERED_BY_FORCE.search(c.text[:m.end()]):
            return m.group()
    return ""


def _told_as_other_request(clauses: list[Clause], act: Act, offer_sentence: int) -> bool:
    """The act asked is one requested in another sentence than the one offering money ("喊我一个人在病房守到他. …塞了
    两百块钱给我 喊我照顾一哈. 一个人守嫌疑人本身要得不": the guarding is the officer's request): the act and an earlier
    request share two characters running, or a one-character verb of keeping or escorting (守, 看, 管, 押, 送, 查, 拦)."""
    words_ = re.sub(r"本身|这个|那个|一个人|自己|我", "", act.words)
    grams = {words_[i:i + 2] for i in range(len(words_) - 1)}
    verbs = {ch for ch in words_ if ch in _KEEPING_VERBS}
    return any(o.request and o.sentence != offer_sentence and o.index < act.clause and
               (grams & {o.request[i:i + 2] for i in range(len(o.request) - 1)} or verbs & set(o.request))
               for o in clauses)


_KEEPING_VERBS = "守看管押送查拦"


def _called(clauses: list[Clause], act: Act) -> str:
    """The asked clauses after an act told in the story, in its sentence or the two after: the words a question
    pointing back to it calls it by ("这种私活可以接不"); none for an act the question names itself."""
    if act.via == "asked" or not 0 <= act.clause < len(clauses):
        return ""
    told = clauses[act.clause]
    return "，".join(c.text for c in clauses[act.clause + 1:] if c.asked and c.sentence - told.sentence <= 2)


def _private_requester(clauses: list[Clause], act: Act) -> tuple[str, str]:
    """Who asked for the act when it is a private person (:func:`_private_person`), or "私事" when whoever asked
    said the errand is a private one ("民警找我…想让我帮忙查查那小伙子有没有案底，说是私事别登记")."""
    who, said = _private_person(clauses, act)
    if not who and re.search(r"查|翻|打听|问问|看看", act.words):
        # "…他表姐想晓得相亲对象家里有没有案底，他打算趁上班在系统里帮着查一下": what a private person wants to know,
        # looked up for them
        for o in reversed(clauses[max(0, act.clause - 3):act.clause]):
            wish = _WISH_TO_KNOW.search(o.text)
            person = _PRIVATE.search(o.text[:wish.start()]) if wish else None
            if person:
                return person.group(), o.text
    if not who and act.via == "request" and \
            any(phrases.any_in(x.text, words("frame", "private_matter")) for x in clauses[max(0, act.clause - 3):act.clause + 3]):
        return "私事", clauses[act.clause].text
    return who, said


# someone's wish to know something ("表姐想晓得相亲对象家里有没有案底")
_WISH_TO_KNOW = re.compile(r"(想|要|想要)(晓得|知道|打听|了解|弄清楚|搞清楚|摸摸底|摸个底)")
# a body outside the force as the subject that asks ("小区居委会的大姐…", "物业的经理…"): not a place where it happened
_BODY_ASKING = re.compile(r"^(小区|社区|村里|镇上|那个|这个|有个|一个)?(居委会|村委会?|街道办|物业|公司|学校|校方|教委|教育局|开发商|银行)")


def _private_person(clauses: list[Clause], act: Act) -> tuple[str, str]:
    """Who asked for the act, when it is a private person (a friend, a relative, a lawyer, a boss): the subject of
    the last request before it ("发小…让俺在系统里帮他查查"), or, when that subject is only 他 / 她, the person the
    story named last before it — not an officer or the unit ("民警在对讲机里喊我帮他查一下车主" is work)."""
    window = clauses[max(0, act.clause - 7):act.clause + 1]
    for k in range(len(window) - 1, -1, -1):
        c = window[k]
        marker = None
        for m in _ASKS_ME.finditer(c.text):
            marker = m
        if marker is None:
            continue
        subject = c.text[:marker.start()]
        if k < len(window) - 1 or act.via != "request":
            # an act asked after the request is its content only when it says its verb again ("…拷给他…我自己拷给他行不行")
            verb = re.sub(r"^(给|帮|替)(他|她|他们|她们|人家)?(?=.)", "", _verb_of(_strip(act.words)))   # "我能给他拷吗": 拷
            # "帮同学查车我能干不": the one who asked named after 帮 — what they asked for, whatever its verb
            named_for = re.match(r"(给|帮|替)(老)?(" + _PRIVATE.pattern + r")", _strip(act.words)) is not None and \
                _PRIVATE.search(" ".join(x.text for x in window[:k + 1])) is not None
            # …or hands the thing to the one who asked ("…让我从监控里帮他看看…截几张图给他这个能行吗")
            # …or says the verb of what the asker went on to propose ("…他也晓得不能拷视频，就说拍几张照片发他")
            proposed = any(verb[:1] in x.text and re.match(r"(就|又|还|他|她)*(说|讲|想)", x.text)
                           for x in clauses[c.index + 1:act.clause] if not x.asked) if verb else False
            # …or goes on with the request in its sentence ("喊我莫登记了，放他爸走")
            goes_on = act.via == "request" and act.clause > c.index and clauses[act.clause].sentence == c.sentence and \
                all(not x.asked for x in clauses[c.index + 1:act.clause + 1])
            # …or says the verb of the request's next step ("让我在里面多照顾照顾，再帮忙带个充电宝进去给他")
            continued = any(verb[:1] in x.text and re.match(r"(再|还|又|顺便|顺带|另外|然后|并且)", x.text)
                            for x in clauses[c.index + 1:act.clause] if not x.asked and x.sentence == c.sentence) if verb else False
            if c.index != act.clause and not (verb and verb[:1] in c.text[marker.end():]) and not proposed and not goes_on and not named_for and \
                    not continued and \
                    not re.search(r"给(他|她)(?![们])", act.words):
                return "", ""
        if re.fullmatch(r"(我|俺)(就|还|也|便|又|是|想)?", subject.strip()) and re.match(r"(让|叫|喊|要|求)(我|俺)(?!们|同事|朋友|徒弟|搭档|师傅|老公|老婆|媳妇|爱人|对象|爸|妈|哥|姐|弟|妹|儿|女|家)", c.text[marker.start():]):
            # "我让我老公直接在系统里帮他改一下", read with the 辅警 as 我: the one telling of them, their family, asks
            return "家里人", c.text
        # before the request, who is the subject of a clause: a person at its start ("师傅带我去…", "他在跟老板谈话":
        # 他, not the boss he talks to)
        for at, text in [(c.index, subject)] + [(x.index, _SUBJECT_OF.match(x.text).group(0)) for x in reversed(window[:k])]:
            # the unit asks in the request's own clause ("所里让我…"); before it, only a person does ("民警…")
            official = [m.end() for m in (_OFFICIAL if text is subject else _OFFICER).finditer(text)]
            # (…a body outside the force counts as private here: "居委会的大姐…让我在系统里帮她查下这人的手机号")
            private = [(m.end(), m.group()) for m in _PRIVATE.finditer(text)] + \
                [(m.end(), m.group()) for m in [_BODY_ASKING.match(text)] if m]
            # (…one of the public, called as such, asking about a third person: "大姐…让我顺手查查她楼下邻居是不是外地的")
            if _THIRD_PERSON.search(act.words):
                private += [(m.end(), m.group()) for m in _PUBLIC_ADDRESS.finditer(text)]
            if official or private:
                last_private = max(private)[1] if private and (not official or max(private)[0] > max(official)) else ""
                # what was asked, with what the asker's own clauses told before it ("朋友给我个身份证号，让我帮他查下是谁")
                said = "，".join(x.text for x in clauses[at:c.index + 1] if x.sentence == c.sentence)
                return (last_private, said) if last_private else ("", "")
            # ("跑来让我…", "专门打电话让我…": how the request came, the one who asks named before)
            # (…or what the one who asks held or brought: "家属…拿着U盘求我…"; or had just seen: "…看完也想要一份")
            if text is subject and re.sub(r"^(拿着|拿了|带着|提着|揣着|抱着|举着|拎着|捧着)[^，]{0,8}?(?=[他她又还就也想说讲]|$)|[他她又还就也想说讲]|^(结果|然后|后来|接着|这时|最后|紧接着|完了|看完|听完|看了|听了|一听|一看|在边上看完|在旁边看完)|^[^，]{0,2}说|^(托|求|让|叫|喊|请)(我|俺)|^(天天|经常|老是|总是|每次|隔三差五|三天两头|成天|整天)|跑来|跑过来|过来|赶来|找来|找过来|上门|专门|特意|特地|打电话|打来电话|发微信|发消息|微信上|电话里|来|"
                                          r"^(办完|弄完|忙完|临走|临走前|走之前|走的时候)|偷偷|悄悄|私下|私底下|小声",
                                          "", subject).strip():
                return "", ""   # a subject of its own that names no one we know
        # (…the asker only 他 / 她, named in full in the clauses just before: "来办护照的刚好是我前男友，办完他偷偷问我
        # 能不能帮他查一下…")
        if re.search(r"他|她", subject) and not _OFFICIAL.search(subject):
            for x in reversed(clauses[max(0, c.index - 3):c.index]):
                if _OFFICER.search(x.text):
                    break
                named = list(_PRIVATE.finditer(x.text))
                if named:
                    return named[-1].group(), "，".join(o.text for o in clauses[x.index:c.index + 1])
        return "", ""
    return "", ""


_MUST_GO = re.compile(r"(也|还|都)?(得|要|必须|需要)(去|来)")
# someone asking the user a question of their own ("她问我…", "司机就问俺…")
_RELAYED_ASK = re.compile(r"^[^，。？！]{0,8}?(他|她|对方|司机|车主|人家|群众|嬢嬢|大爷|大妈|阿姨|大姐|大哥|师傅)(就|又|还|一直)?(问|找)(我|俺)")
_PENALTY_ASKED = re.compile(r"扣分|扣几分|罚款|罚钱|罚多少|罚好多|拘留|吊销|扣驾照")
_ON_ME = re.compile(r"^(是不是|直接|就|马上|立马|可以|能|会)*把(我|俺)(给)?(开了|开掉|开除|辞了|辞掉|辞退|炒了|处分|调走|换掉|清退|解聘|退回)|"
                   # "会不会被单位处理": what follows for the user, asked beside the act
                   r"^(会不会|会|要不要|怕)?(直接|马上|就|立马)?(被|遭)(单位|所里|局里|领导|上面|公安局)?(直接|马上)?(处理|处分|开除|辞退|清退|追责|批评|通报)|"
                   # "会不会挨批", "怕挨骂": blamed for it
                   r"^(会不会|会|要不要|怕|不会)?(挨批|挨骂|挨训|挨处分|受处分|背处分|吃处分)(吗|呢|啊|不)?$|"
                   # "会不会拘留", "会不会被罚款": what follows for someone told of, a question for the law — no act asked
                   r"^(会不会|会|要不要|怕不怕)(被|遭)?(拘留|关|罚款|罚钱|判刑|坐牢|扣分|吊销|扣驾照|追责)(吗|呢|啊|不)?$|"
                   # "借给他的话他会被咋个处理": what follows for the one the user helped, not an act of the user's
                   r"(他|她|对方|人家)(会|要)(被|遭)(怎么|咋个|咋|如何|啷个)(处理|处罚|罚)")


# a permission asked at the end of a clause ("直接决定罚多少钱可以吗"), a figure asked ("最长能关多少天")
_PERMISSION_END = re.compile(r"(可以|行|能不能|可不可以|合规|允许|得行|中不中|要得)[吗不嘛么]?[？?！!。]*$")
# (…"罚款是好多": the amount of a fine, asked in 重庆话)
_FIGURE_ASKED = re.compile(r"(多少|几|好多)(天|年|个月|块|元|钱|倍)|多久|多长时间|(罚款|罚金|罚)(是|要|得|有|会)?(多少|好多)(钱)?$")
# staff lent or sent to a place ("这阵子被借到赣榆出入境办证大厅"): where they work, no act (when another act is told)
# (…a place only: not "调到情报中心搞数据分析", work named; not a place whose work is barred, 国保 or 技侦)
_LENT_TO = re.compile(r"^[^，。？！]{0,6}?(被|让我|叫我|把我)?(借到|借调到|抽调到|抽到|调到|派到|安排到|分到|临时借到)(?![^，。？！]*(国保|技侦|技术侦察|机要|保密))"
                      r"[^，。？！把给帮替搞做干弄]{1,12}?(大厅|中心|所|队|科|室|局|窗口|站|基地|处|支队|大队)(帮忙|上班|支援|干活|工作)?$")
# staff moved from a unit ("从巡逻队抽两名勤务辅警过去"), a place short of hands ("戒毒所缺人"), the outcome of a
# complaint told ("把处理结果告诉大爷"): what find_acts keeps apart from the acts asked
_MOVED_FROM = re.compile(r"^[^，。？！]{0,8}?(打算|准备|想|要|计划)?从[^，。？！]{1,10}(抽|调|借|派|抽调|借调)[^，。？！]{0,4}(辅警|人|人手)"
                         r"(过去|过来|出去|去)?$")
# (…or with hands to spare: "出入境大厅窗口那几个辅警最近不太忙", why staff are moved from there)
_SHORT_HANDED = re.compile(r"^([^，。？！]{0,14}?)(那边|这边)?(最近|这段时间|这阵子|这几天)?(缺人|缺人手|人手不够|人手紧|人手不足|忙不过来|不太忙|不忙|没什么事|没啥事|比较闲|挺闲|闲着)(了)?$")
_OUTCOME_TOLD = re.compile(r"(处理|调查|查处|核查|处分|核实)(的)?(结果|情况)[^，。？！]{0,4}(告诉|告知|反馈|答复|回复|通知)|"
                           # "查完要不要告诉举报的人结果": the one who complained told the outcome
                           r"(告诉|告知|通知|答复)[^，。？！]{0,8}(举报|投诉|控告|检举)[^，。？！]{0,3}(的人|人)?[^，。？！]{0,2}结果|"
                           r"(查完|调查完|处理完|查清|查清楚|查处|处理|调查|核查)(完)?(了|以后|之后|后)?[^，。？！]{0,8}结果[^，。？！]{0,4}(告诉|告知|反馈|答复|通知)")
# "他扬言要去举报我…他能去哪举报": where someone else may complain — a question for the texts (重庆 38, 连云港 32)
_WHERE_TO_COMPLAIN = re.compile(r"^(那)?(他|她|对方|人家|群众|老百姓|当事人|摆摊的|司机)(们)?(能|可以|该|应该|要|会)?(去)?"
                                r"(哪|哪里|哪儿|哪个部门|哪个单位|找谁|找哪个|向谁|向哪)[^，。？！]{0,4}(举报|投诉|告|检举|控告|反映)")

# who the user is ("我是勤务辅警"), what the officer does ("问话都是民警在问"): no act of the user's
_NO_ACT = re.compile(r"^(我|俺)?(是|当)(一个|个|名)?(勤务|文职)?(辅警|协警)$|"
                     # "民警在两百米外的岗亭头": where the officer is, no act of the user's
                     r"^(带班的|值班的|带我的)?(民警|警察|师傅)(还|都|就|一直)?在[^，。？！把给帮让叫喊]{1,12}(头|里|边|那儿|那里|上|外|处)?$|"
                     # "帮我核一下依据对不对": what the user asks of the assistant, no act
                     r"^(帮我|给我|帮忙|麻烦你?|请你?)(核|核对|核实|看|看看|查查|确认|判断|检查|对)(一下|下|一哈)?(依据|答案|题目|答案和依据|依据和答案)?$|"
                     # "所长想直接把他辞了，按办法能直接解除吗": ending a 辅警's contract is the unit's, a question for the texts
                     r"^(直接)?(把他|把她)?(解除|辞退|开除|辞了|解聘|清退)(劳动合同|劳动关系|合同)?$|"
                     # "他们就这样直接解除要得不": the unit ending the user's contract (cut after 他: "们就直接解除")
                     r"^(他|她)?(们)?(单位|所里|局里)?(就|就这样|这样|就这么|这么)?(直接)?(跟我)?(解除|辞退|开除|解聘|清退)(劳动合同|劳动关系|合同|我)?$|"

                     r"^[^，。？！]{0,4}(都是|是|全是|由)(民警|警察|师傅)[^，。？！]{0,2}(在)?(问|做|弄|办|管|负责|处理)|"
                     # "跟工作没关系", "和公安的业务一点关系都没得": what a thing has to do with the work is no act
                     r"^[^，。？！]{0,6}(跟|和|与|同)[^，。？！]{1,10}(一点|一点儿|一丁点|都|也|完全|根本|并|半点)?(都|也)?(没有|没|无|不|毫无)(啥|什么|任何|半点|一点)?"
                     r"(关系|关联|相干|相关|瓜葛|搭界|沾边|干系)(的|得)?$|^[^，。？！]{0,6}(跟|和|与|同)[^，。？！]{1,10}无关$|"
                     r"^[^，。？！]{0,6}(跟|和|与|同)[^，。？！]{1,10}(一点|一点儿|半点|一丁点|啥|什么|任何)?(关系|关联|干系|瓜葛)(都|也)(没有|没得|没)(的|得)?$|"
                     # "该咋处罚": how one is punished, a question for the texts — no act of the user's
                     r"^(按[^，。？！]{0,6})?(该|会|要)?(咋|怎么|如何|咋个|怎样)(个)?(处罚|罚)(他|她|他们)?(的|呢)?$|"
                     # "这不是文职的活吗": whose work it is, said of the act told — no act of its own
                     r"^(这|那|这个|那个|这些)?(不是|不就是|不都是|本来就是|本来是|应该是|算是)(我们)?(勤务|文职|民警|警察)(辅警)?(的)?(活儿?|工作|事儿?|事情)?$|"
                     # "…可以这样吗，有啥要求没有": the conditions of the act asked, no act of their own
                     r"^(那|这|这样|那样)?(有|有没有|有没得)(啥|什么|哪些|啥子|么子|其他|别的)?(要求|条件|讲究|限制|注意的|要注意的)(没有|吗|不|没|呢)?$")
_WHO_ONLY = re.compile(r"(我|俺|他|她)?(自己|一个人|单独|独自)?(先|再|就|也)?")
def _request_tail(clauses: list[Clause], req: Clause, before: int) -> list[Act]:
    """The clauses that go on with a request in its sentence ("让我先把两个赌客带进询问室，问清楚谁组的局，做个笔录"),
    up to the next request or question."""
    out: list[Act] = []
    for nxt in clauses[req.index + 1:before]:
        if nxt.asked or nxt.request or nxt.sentence != req.sentence:
            break
        out += _acts_of(nxt, _clean_pred(_SUBJECT.sub("", nxt.text)), nxt.start, "request", req.text)
    return out


_WHERE_ON = re.compile(r"^(帮|替|给)?(他|她|他们|她们|民警|人家|师傅)?(在|到|用)[^，。？！]{1,6}?(上|里|上面|里面|系统|电脑)")


def _content_of_light(clauses: list[Clause], a: Act, names) -> list[Act]:
    """"民警说有个嫌疑人的手机要做技术定位追踪，让我帮他在系统上操作一下": a request that names no act by a light
    verb ("操作", "弄一下") is the work told just before it in its sentence."""
    if a.via not in ("request", "asked") or names(a.words, a.joining):
        return []
    body = _WHERE_ON.sub("", a.words)
    # "民警让我查": who asks, then a bare verb — the request itself names nothing
    body = re.sub(r"^[^，。？！我]{0,8}(让|叫|喊|要)(我|俺)", "", body)
    body = re.sub(r"^(帮|替)(他|她|他们|她们|民警|人家)?", "", body)
    if not (_light(body) or re.fullmatch(r"(操作|处理|弄|办|搞|整|查|查查|查一查)(一下|下|了)?", body)):
        return []
    said = clauses[a.clause]
    if re.fullmatch(r"([^，。？！我]{0,8}(让|叫|喊|要)(我|俺))?(帮|替)?(他|她)?(查|查查|查一查)(一下|下|了)?", a.words):
        # "…想让我帮忙查查那小伙子有没有案底…民警让我查，我能查吗": the earlier request that says what
        earlier = next((o for o in reversed(clauses[max(0, a.clause - 4):a.clause])
                        if o.request and re.search(r"查|翻|看看|打听", o.request)), None)
        if earlier is not None:
            return _request_acts(clauses, earlier, a.clause)
    if a.via == "asked":
        # "我能帮他操作吗" after "让我在电脑上帮他弄一下": the latest request, itself light
        said = next((o for o in reversed(clauses[:a.clause]) if o.request), None)
        if said is None:
            return []
        named = _named_request_acts(clauses, said, a.clause, names)
        if named:
            return named
    before = [o for o in clauses[:said.index] if o.sentence == said.sentence and not o.asked]
    for o in reversed(before):
        # the work as said by the one who asks ("民警过来说…要做技术定位追踪"): what is said, then what is to be done
        said_at = [m.end() for m in re.finditer(r"(说|讲|要求|交代)[:：]?", o.text)]
        to_do = [m.end() for m in re.finditer(r"(要|需要|得)(?=[做弄搞办查送拍调定])", o.text)]
        for at in [0] + said_at[-1:] + to_do[-1:]:
            part = _clean_pred(_SUBJECT.sub("", o.text[at:]))
            found = [b for b in _acts_of(o, part, o.start + at, "request") if names(b.words)] if part else []
            if found:
                return found
    return []


# "我能跟他说吗", "能告诉她不": telling someone, with nothing said of what
# "…跟自己妈讲": the user's own family as the one told
_KIN_HEARER = r"(?:自己|我|俺)?的?(?:妈|爸|老妈|老爸|家里人|家人|亲戚|父母|爸妈|老婆|老公|媳妇|我|俺)"
_BARE_TELLING = re.compile(r"(连|就)?(跟|和|对|给|向)?(他|她|他们|她们|人家|对方|" + _KIN_HEARER + r")?(说|讲|说说|讲讲|透露|透|告诉|回答|回复|答复|摆|摆摆|聊|聊聊|唠|唠唠|谝)(一下|下|一哈|哈|一声)?"
                           r"(他|她|他们|她们|人家)?(听)?(都|也)?")
_TOLD_TO_FAMILY = re.compile(_KIN_HEARER + r"(说|讲|说说|讲讲|透露|告诉)")
# "我问他昨天处理的是哪家人…辅警连跟自己妈讲都不行吗": a relative asked the 辅警 (他) something, the telling asked is to her
_ASKED_HIM_WHAT = re.compile(r"(?:我|俺)(问|打听|追问)(了|过)?(他|她)(?P<what>[^，。？！]{2,})$")
# "记者…问我伤者叫啥、砍了几刀": what someone asked the user, the content of the answer asked about
# (…or asked with no 我, in the clause after the one who asked is named: "一个报社记者加俺微信，问死的是谁、现场啥样")
_ASKED_ME_WHAT = re.compile(r"(问|打听|追问|套)(我|俺)(们)?(了)?(?P<what>[^，。？！]{2,})$|"
                            r"^(他|她)?(又|还|就|一直|老是|专门|上来就)?(问|打听|追问)(了)?(?P<what2>[^，。？！我俺]{2,})$")


# "…让他拍": letting someone film or look, said beside a bare telling ("这些我能跟他讲、让他拍吗")
_BARE_LETTING = re.compile(r"(让|给|叫)(他|她|他们|她们|人家|对方)(拍|看|录|拍照|录像|拍一下|看一下|看看)")
# "他说想让我讲讲我们所最近破的那个案子的细节": what an outsider asked the user to tell
# (…of a case or a person: not "讲讲防诈骗的知识", a talk asked for)
_TELL_REQUESTED = re.compile(r"^(讲讲|说说|讲一讲|说一说|讲一下|说一下|透露一下|透露|介绍一下|介绍介绍|聊聊)"
                             r"(?P<what>[^，。？！]{0,20}?(案|细节|受害人|被害人|嫌疑人|当事人|住址|住哪|电话|手机号|身份证|信息|情况|是谁|哪个)[^，。？！]*)$")


def _content_of_speech(clauses: list[Clause], a: Act, names) -> Act:
    """"有个自媒体记者…问我伤者叫啥、砍了几刀…这个我能跟他说吗": a bare telling asked after someone asked the user
    something — or asked the user to tell it ("记者…想让我讲讲…案的细节…这些我能跟他讲吗") — is telling them that:
    "告诉记者伤者叫啥、砍了几刀" is decided, not an empty "跟他说" (nor the 宣传 its story's words would make of it)."""
    parts = [p for p in re.split(r"[、，,]|和", _strip(a.words)) if p]
    bare = bool(parts) and all(_BARE_TELLING.fullmatch(p) or _BARE_LETTING.fullmatch(p) for p in parts) and \
        any(_BARE_TELLING.fullmatch(p) for p in parts)
    # (…a telling the story's words name — "讲" with 消防 told — is still that when the clause points at what was asked:
    # "那些情况我能跟他讲吗")
    pointed = re.search(r"(那些|这些|那个|这个)(情况|信息|事|事情|内容)", clauses[a.clause].text) is not None
    if a.via != "asked" or not bare or names(a.words, a.joining) and len(parts) == 1 and not pointed:
        return a
    to_family = _TOLD_TO_FAMILY.search(a.words)
    for o in reversed(clauses[max(0, a.clause - 6):a.clause]):
        m = _ASKED_ME_WHAT.search(o.text) or (_TELL_REQUESTED.match(o.request) if o.request else None)
        if m is None and to_family:
            asked_him = _ASKED_HIM_WHAT.search(o.text)   # the relative who asked is the one told
            if asked_him is not None:
                return replace(a, words="告诉家人" + asked_him.group("what"))
        if o.asked or m is None:
            continue
        who = _outsider_near(clauses, o.index)
        what = m.group("what") or m.groupdict().get("what2") or ""
        if not who and (o.request or not m.group("what")):
            continue   # (a request of the unit's to tell something is work, not a disclosure; "问…" of no outsider)
        who = who or "他"
        # (what was asked, told after the verb or before it: "告诉记者伤者叫啥", "今晚在哪几个路口查酒驾告诉发小")
        for told in ("告诉" + who + what, what + "告诉" + who):
            if names(told, a.joining):
                return replace(a, words=told)
        return replace(a, words="告诉" + who + what)
    return a


# "闺蜜跑来问她是哪个报的警、电话号码多少" then "她就给说了": what an outsider asked, and the bare answer given
_ASKED_THE_STAFF = re.compile(r"(问|打听|追问|套)(我|俺|她|他)(们)?(?P<what>[^，。？！]{0,12}(哪个|谁|多少|住哪|在哪|电话|号码|手机|地址|"
                              r"叫啥|叫什么|名字|身份证|情况|细节)[^，。？！]*)$")
_GAVE_ANSWER = re.compile(r"^(我|俺|她|他)?(当时|一下|就|也|都|还|直接)*(给|跟她|跟他|跟人家|告诉了?她|告诉了?他)?"
                          r"(说了|讲了|告诉了?|透露了|说出来了|讲出来了|说了出来|讲了出来|回答了|答了|发给她了|发给他了)(她|他|人家)?$")


def _answered(clauses: list[Clause], a: Act) -> Act:
    """A told answer with nothing said of what ("她就给说了") after an outsider asked the 辅警 something is telling them
    that: "告诉闺蜜是哪个报的警、电话号码多少", the disclosure, not an empty "说"."""
    if not _GAVE_ANSWER.match(_strip(clauses[a.clause].text)) or a.clause == 0:
        return a
    o = clauses[a.clause - 1]
    m = _ASKED_THE_STAFF.search(o.text)
    who = _outsider_near(clauses, o.index) if m else ""
    return replace(a, words="告诉" + who + m.group("what")) if m and who else a


# "俺有三个事想问：一是…；二是…；三是…": the questions counted before they are told
_ANNOUNCED = re.compile(r"(有|问|请教)(两|三|四|五|几|[2-5])(个|件|样)(事|问题|事情)(想|要)?(问|请教|咨询)")


def _announced_items(clauses: list[Clause], acts: list[Act], names) -> list[Act]:
    """The items told after "我有三个事想问" are each asked, not only the one with the question mark: every clause
    after the announcement that names a catalogue act (the asked ones are read already)."""
    start = next((c.index for c in clauses if not c.asked and _ANNOUNCED.search(c.text)), None)
    if start is None:
        return []
    have = {a.clause for a in acts}
    out: list[Act] = []
    for o in clauses[start + 1:]:
        if o.asked or o.index in have or _presence_only(o.text):
            continue
        found = [a for a in (_request_acts(clauses, o, len(clauses)) if o.request else
                             _acts_of(o, _clean_pred(_SUBJECT.sub("", o.text)), o.start, "story"))
                 if names(a.words, a.joining)]
        out += found
    return out


def _held_pointed(clauses: list[Clause], c: Clause, handed: str) -> list[Act]:
    """The thing handed over to the user, pointed at in the clause just before a bare question ("这枪俺拿着心里发毛，照不
    照"): keeping it is what is asked, not the latest request told after the handing."""
    prev = clauses[c.index - 1] if c.index > 0 else None
    if not handed or prev is None or prev.asked:
        return []
    things = [re.sub(r"^(他|她|他们|她们|人家|民警)?的", "", t) for t in re.split(r"和|、|跟|及|还有", handed) if t]
    heads = sorted({h for t in things if t for h in (t, t[-1])}, key=len, reverse=True)
    if not heads or not re.search(r"这(个|把|支|杆|些|串|副)?(" + "|".join(map(re.escape, heads)) + ")", prev.text):
        return []
    return _acts_of(c, "保管" + handed, c.start, "asked")


# the judgement a quiz asks for, said alone ("对吗", "判断对错")
_BARE_JUDGEMENT = re.compile(r"(请)?(帮忙|帮我|麻烦)?(判断)?(一下)?(对|错|对错|对不对|是否正确|正确与否|正确|判断|真假|真的假的)(吗|么|不|呢)?"
                             r"((并|并且|再)?(给出|说明|说下|说一下|讲讲|讲一下)(依据|理由|原因|条文|出处))?")


# someone getting in touch with the user ("有个记者找到我", "他联系上我")
_CONTACTED = re.compile(r"^[^，。？！]{0,8}(找到|找上|联系到|联系上|找|联系)(了)?(我|俺)(们)?$")


def _told_to_outsider(clauses: list[Clause], a: Act) -> Act:
    """"有个记者找到我，说想让我讲讲上周那个抢劫案的细节": an outsider's request to tell something is telling it to
    them — "告诉记者上周那个抢劫案的细节", not a talk given (宣传)."""
    req = clauses[a.clause]
    m = _TELL_REQUESTED.match(req.request) if a.via == "request" and req.request else None
    if m is None:
        return a
    who = _outsider_near(clauses, req.index)
    return replace(a, words="告诉" + who + m.group("what")) if who else a


def _outsider_near(clauses: list[Clause], index: int) -> str:
    """The outsider named last in clause ``index`` or the three before it ("记者联系到我…想让我讲讲…"), else ""."""
    window = "，".join(x.text for x in clauses[max(0, index - 3):index + 1])
    who = [w.group() for w in _OUTSIDER.finditer(window)]
    return who[-1] if who else ""


# the request carried out, said by a bare verb ("我当时就冲上去用了", "我就照做了")
_DONE_AS_ASKED = re.compile(r"(就|便|也|直接|马上|立马)[^，。？！]{0,4}(用了|用上了|照做了|照办了|照着做了|这么做了|这样做了|照他说的做了)$")
# an outside party who asks the 辅警 for something: the private persons, and those whose event or business it is
_OUTSIDER = re.compile(_PRIVATE.pattern + r"|法院|检察院|主办方|主办单位|举办方|承办方|商家|物业|业主|店主|店家|群众|路人|乘客|游客|家长|开发商|房东|公司的人|厂里的人|"
                       r"老人的|老太太的|大爷的|大妈的|孩子的|失主|车主|报警人|当事人的")
# a body outside the force that asks the unit for help ("教委找到所里", "学校来找我们")
_OUTSIDE_BODY = re.compile(r"法院|检察院|教委|教育局|教育部门|学校|校方|医院|街道办|居委会|村委会?|镇政府|乡政府|商场|银行|景区|考试院|招考办|"
                           r"主办方|承办方|物业|开发商|公司|企业|工地")


def _sentence_before(clauses: list[Clause], req: Clause) -> str:
    """The request's sentence up to the request ("今天教委找到所里，说考试缺监考老师，想叫我们")."""
    return "，".join([c.text for c in clauses if c.sentence == req.sentence and c.index < req.index] + [_asker(req)])
# a friend or relative the clause opens with, doing something of their own ("朋友开车被拍了好几次违章"), not asking the user
_OTHER_PERSON_FIRST = re.compile(r"^(我的?|他的?|她的?)?(朋友|同学|亲戚|邻居|老乡|熟人|发小|表(哥|姐|弟|妹)|堂(哥|姐|弟|妹)|舅舅|叔叔|姑姑|"
                                 r"哥哥|姐姐|弟弟|妹妹|老公|老婆|媳妇|对象)(?![^，。？！]{0,4}(让|叫|喊|找|求|托|请|要)(我|俺))")
# going along to where the work is ("跟着出现场", "跟民警去现场", "一起出警")
_GOING_ALONG = re.compile(r"(我|俺)?(也)?(跟着|跟|陪着|随|一起|一块)?(民警|师傅|他|他们)?(一起|一块)?(出|去|到|赶到|赶去|过去到?)(现场|案发现场|出警|警)(去|看看)?")
# "这算我协助吧": what the acts pointed at count as
_THIS_COUNTS_AS = re.compile(r"^(那|那么)?(这|那)(样)?(算|算是|属于|叫|就是)(不算)?(我|俺)?")
# "劝车和拍车牌这事": two told acts said again, in short, then pointed at
_TWO_SAID_AGAIN = re.compile(r"^([\u4e00-\u9fff]{2,5}?)(和|跟|还有|、|以及)([\u4e00-\u9fff]{2,5}?)(这|那)(事|件事|两件事|俩事|活|两样|两个|两项)$")
# "吹气和后面那个": an act named, and the one told last pointed at
_NAMED_AND_LAST = re.compile(r"^(.{1,12}?)(和|跟|还有|以及|、)(后面|后头|后边)(那|这)(个|样|件|项|步)$")
# what follows a pointer without naming an act: its noun, then who does it and a light verb ("安排我一个人弄")
_POINTED_JOB = re.compile(r"^(安排|活儿?|事儿?|事情|工作|任务|差事)?(我|俺)?(一个人|自己|单独|独自)?(去)?(弄|搞|做|干|整|办)?$")
# a job pointed back to ("这活", "这个任务", "这差事"): one errand, the one just asked of the user — a favour for
# the one who asks ("帮他去接孩子放学", "帮他把手机里的照片导出来"), or an errand with a thing of its own, put by 把
# ("把案子里扣的电动车登记好锁进库"), not a step of the work told
_JOB_POINTER = re.compile(r"(这|那)(个|种|份|件|趟)?(活儿?|活路|差事|任务)")
_FAVOUR_ASKED = re.compile(r"^(先|再|顺便|顺手|去|帮忙)?(帮|替)(他|她|他们|她们|人家)(?!们)")
_ERRAND_WITH_OBJECT = re.compile(r"把[^，。？！]{2,}?(登记|锁|放|送|交|拿|搬|整理|录|填|写|贴|装|收|存|管)")
# who asks within the force: the request is a step of the user's work the story told
_BY_THE_FORCE = re.compile(r"民警|警察|所里|所头|所长|领导|科长|局里|(?<!主办)(?<!承办)(?<!举办)单位|队长|师傅|带班|指挥中心|上级|教导员|中队|大队|分局|派出所|值班")


# a thing put first in a clause of its own, the verb in the next ("还有那个罚款的决定，能不能我直接填了…")
_PUT_FIRST = re.compile(r"^(还有|另外|至于|再就是|然后)?(就是)?(那个|这个|那张|这张|那份|这份|那些|这些)?(?P<thing>[\u4e00-\u9fff]{2,10})(呢)?$")
_FRONTED = re.compile(r"^(像)?(这种|这个|那种|这类|这样的|那样的)(.{2,16}?)的(活儿?|活路|事情?|工作|差事|任务)$")


# "所里有人说辅警不能出庭，有人说可以": what others say of the request, told between it and the question
_TALK = re.compile(r"^[^，。？！]{0,8}?(说|讲|觉得|认为|听说|议论|吵)")


def _only_talk_between(clauses: list[Clause], req: Clause, c: Clause) -> bool:
    """Between the request and the question only what others say of it ("法院通知我去出庭作证。所里有人说辅警不能出庭，
    有人说可以。办法里对这个有说法没"): the question still points at the request."""
    between = clauses[req.index + 1:c.index]
    return bool(between) and all(_TALK.match(p.text) and "我" not in p.text for p in between)


def _asker(req: Clause) -> str:
    """The words of a request's own clause before what it asks ("主办方让我们" of "主办方让我们顺手帮着检票")."""
    return req.text[:max(0, req.text.find(req.request))]


def _requester(clauses: list[Clause], req: Clause) -> str:
    """The words before a request that say who makes it: in its clause, or the clause before in its sentence
    ("科长出差了，打电话让我…")."""
    own = _asker(req)
    # (…a body that opens it, not a thing told before "也要我": "网友留言也要我去回复" goes on with 科长's request)
    opening = re.sub(r"^(现在|今天|昨天|前天|后来|然后|结果|又|还)", "", own)
    # (…or a private person opening it: "民警去广播站喊广播了，家长喊我开他的私家车…" — the parent asks, not the officer)
    if _OUTSIDE_BODY.match(opening) or _BY_THE_FORCE.match(opening) or \
            _OUTSIDER.search(opening) and not _BY_THE_FORCE.search(opening):
        return own   # "…我跟民警一起抓了个小偷，现在法院通知我去…": the request's own clause says who
    before = clauses[req.index - 1].text if req.index > 0 and clauses[req.index - 1].sentence == req.sentence else ""
    return before + own


def _same_request(request: str, texts: list[str]) -> bool:
    """A request said again ("说你直接给我批了就行…他要我直接给他批的那个"): a verb of it in the earlier words."""
    # (…not a verb of motion or asking, which any act is told with: "去考场当监考" is not "去学校做宣传" again)
    # (…a request of light verbs only, "两样都让我去", is the acts told said again)
    toks = list(posseg.cut(request))
    verbs = [t.word for t in toks if is_verb(t.word, t.flag)]
    # (…an act jieba tags as a noun, "去出庭作证", is its words: not "去" found in "去年")
    verbs = [v for v in verbs if v not in _LIGHT_VERBS] or \
        [t.word for t in toks if len(t.word) > 1 and t.flag.startswith(("n", "vn")) and t.word not in _LIGHT_VERBS] or verbs
    return any(v in t for v in verbs for t in texts)


_LIGHT_VERBS = {"去", "来", "到", "过去", "过来", "回来", "是", "有", "让", "叫", "喊", "要", "想", "帮", "给", "帮忙"}


# the unit doing something for the 辅警 ("单位要给我们买人身意外险", "所里给我们交社保")
_FOR_US = re.compile(r"^(单位|用人单位|所里|局里|分局|公安机关|公安局|队里)[^，。？！]{0,6}给(我|我们|俺|俺们|辅警|咱们|大家)")


# the work pointed at by name ("小龙这个活", "这些事", "这份工作")
_POINTED_WORK = re.compile(r"(这|那)(个|些|份|种|样)?(活儿?|活路|事情?|工作|差事|任务)")


# a clause with a subject of its own, not a step going on with the request before it
_OWN_SUBJECT = re.compile(r"^(我|俺|他|她|民警|警察|辅警|所长|领导|同事|有人|别人|人家|听说|据说)")


def _plan_parts(clauses: list[Clause], c: Clause, names) -> list[list[Act]]:
    """The parts of the arrangement told before ``c`` (each with the catalogue acts it names): a clause that names an
    act starts a part, unless it goes on with the one before (:data:`.plans.PART_GOES_ON`); what an officer alone does is
    no part ("法制民警审核案卷")."""
    last_q = max((o.index for o in clauses if o.asked and o.index < c.index), default=-1)
    parts: list[list[Act]] = []
    for o in clauses[last_q + 1:c.index]:
        if o.asked or _INTRO.match(o.text) or _officers_own_act(o, False, False):
            continue
        acts_here = [a for a in _acts_of(o, *_unit_told(o), "story", joining=True) if names(a.words, a.joining)]
        if not acts_here:
            continue
        if parts and plans.PART_GOES_ON.match(o.text):
            parts[-1] += acts_here
        else:
            parts.append(acts_here)
    return parts


def _plan_part_acts(clauses: list[Clause], c: Clause, said: str, names) -> list[Act]:
    """The part of a plan a pointer names by its place ("后一部分可以吗", "第二部分合规吗", "最后这个安排有毛病没")."""
    if plans.PART_AT.search(said) is None:
        return []
    parts = _plan_parts(clauses, c, names)
    picked = plans.parts_named(said, len(parts), plans.planned(clauses, c))
    return [a for i in picked for a in parts[i]] if picked else []


# "最后那个调解", "前面那个登记": an act named by its place in the story and its own word
_PLACED_WORD = re.compile(r"^(?P<at>最后|后面|后头|后边|前面|前头|前边|头)(?:那|这)(?:个|件|样|次|回|一下)?(?P<w>[\u4e00-\u9fff]{2,4}?)(?=我|俺|他|她|能|可以|算|是|做|行|合|对|有|$)")


def _placed_and_named(clauses: list[Clause], c: Clause, said: str, names) -> list[Act]:
    """The told act a pointer names by its place and a word of its own ("最后那个调解"): the last (or first) story
    clause before the question that says the word, its acts that name a catalogue act."""
    m = _PLACED_WORD.match(said)
    if m is None:
        return []
    # (…not someone's words about it: "科长说下个月枪库管理员退休")
    told = [o for o in clauses[:c.index] if not o.asked and m.group("w") in o.text and
            not _reported_by_other(o.text) and not re.match(r"^[^，。？！]{0,6}(说|讲)", o.text)]
    if not told:
        return []
    o = told[-1] if m.group("at") in ("最后", "后面", "后头", "后边") else told[0]
    acts = _request_acts(clauses, o, c.index) if o.request else _acts_of(o, *_unit_told(o), "story", joining=True)
    return [a for a in acts if names(a.words, a.joining)]


def _of_the_plan(clauses: list[Clause], c: Clause, acts: list[Act], names=None) -> list[Act]:
    """Every part of a plan spelled out ("我想这么安排：他发病的时候民警带着辅警上去控制；…平时让辅警…"), whatever
    request closes it. (The occasion told before it stays: "要搞个反恐专班…计划是…" says what the parts' work is.)"""
    opens = next((o.index for o in clauses[:c.index] if plans.PLAN_OPENS.match(o.text)), None)
    if opens is None or names is None:
        return acts
    have = {(a.clause, a.words) for a in acts}
    return sorted(acts + [a for part in _plan_parts(clauses, c, names) for a in part
                          if a.clause > opens and (a.clause, a.words) not in have], key=lambda a: a.start)


def _with_tail(clauses: list[Clause], req: Clause, c: Clause, acts: list[Act], names) -> list[Act]:
    """``acts`` of request ``req`` asked by clause ``c``, with the steps that go on with it in its sentence and name a
    catalogue act ("喊我先下去把人控制住，必要时用约束带捆起。我一个人先下去行不行": the restraint is asked too)."""
    have = {a.words for a in acts}
    return acts + [a for a in _request_tail(clauses, req, c.index) if names(a.words, a.joining) and a.words not in have
                   and not a.negated and _has_verb(a.words) and clauses[a.clause].sentence == req.sentence
                   and a.clause > req.index and not _OWN_SUBJECT.match(clauses[a.clause].text)]


def _unless_only(acts: list[Act], dropped) -> list[Act]:
    """``acts`` without those ``dropped`` says are no act of their own — unless that would leave none."""
    kept = [a for a in acts if not dropped(a)]
    return kept if kept else acts


# "下了班穿着辅警那身衣服去学校接孩子，顺路再去菜市场买个菜照不照": an asked act that goes on from the one told just
# before it ("顺路再", "然后再", "完了再") asks them together — the way there is part of the outing asked about
_GOES_ON_FROM = re.compile(r"^(顺路|顺道|顺便|顺手|顺带|然后|接着|完了|之后|随后)(再|又|还|就)?(去|到|把|给|帮|买|做|办|拿)|^(再|又)(顺路|顺道|顺便)")


def _went_on_from(clauses: list[Clause], c: Clause, acts: list[Act], names) -> list[Act]:
    """The user's own acts of the clause just before ``c``, when ``c`` asks an act that goes on from them."""
    if c.index == 0 or not _GOES_ON_FROM.match(c.predicate.strip() or c.text):
        return []
    p = clauses[c.index - 1]
    if p.asked or p.request or p.sentence != c.sentence or others_first(p.text) or \
            _reported_by_other(p.text) or any(a.clause == p.index for a in acts):
        return []
    return [a for a in _acts_of(p, _clean_pred(_SUBJECT.sub("", p.text)), p.start, "story") if names(a.words, a.joining)]


def _item_groups(clauses: list[Clause], acts: list[Act], count: int) -> list[Act]:
    """The acts, when they fall into exactly ``count`` numbered items (an item is the clauses of its sentence), else
    []."""
    groups: list[list[Act]] = []
    for a in sorted(acts, key=lambda a: a.start):
        c = clauses[a.clause]
        if not groups or clauses[groups[-1][-1].clause].sentence != c.sentence:
            groups.append([a])
        else:
            groups[-1].append(a)
    return [a for g in groups for a in g] if len(groups) == count and all(clauses[g[0].clause].item for g in groups) else []


# a request that adds to one before ("调解不成，又让他直接…开罚单", "然后又叫我…")
_AGAIN_ASKED = re.compile(r"(又|还|再|接着|然后又)(让|叫|喊|要|安排|派|吩咐|交代)")


def _series(clauses: list[Clause], acts: list[Act], names) -> list[Act]:
    """The acts of the requests before a request told as another of a series ("民警电话里让他自己去村里调解；调解不成，
    又让他直接给闹事的那家开罚单。这样弄合规矩吗"), when a bare pointer asks of the last one alone: every request of the
    series is what the pointer takes. The earlier requests are of the same sentence or the one before."""
    if len(acts) != 1 or acts[0].via != "request" or acts[0].clause >= len(clauses):
        return acts
    last = clauses[acts[0].clause]
    asked = [c for c in clauses if c.asked]
    if not _AGAIN_ASKED.search(last.text) or len(asked) != 1 or \
            not re.fullmatch(r"(这样|这么|那样|这些|这都|都)[^，。？！]{0,8}", asked[0].text):
        return acts
    earlier = [o for o in clauses[:last.index] if o.request and o.sentence >= last.sentence - 1]
    before = [a for o in earlier for a in _request_acts(clauses, o, last.index) if names(a.words, a.joining)]
    return before + acts


# a carrying verb with no object ("让他巡逻时带着"): what it carries was told just before
_BARE_CARRY = re.compile(r"(带着|拿着|揣着|背着|带上|佩戴着|别着)$")


def _carried(clauses: list[Clause], a: Act) -> Act:
    """``a`` with the thing issued or handed over just before when it ends on a bare carrying verb ("…给他配了支枪，
    让他巡逻时带着" → 巡逻时带着枪)."""
    if not _BARE_CARRY.search(a.words) or a.clause >= len(clauses):
        return a
    same = [o for o in clauses[:a.clause] if o.sentence == clauses[a.clause].sentence]
    thing = _handed_over(same, len(same)) if same else ""
    return replace(a, words=a.words + thing) if thing else a


# an asked clause that says only under whom the act is done ("可以在民警电话指挥下，对其采取…")
_UNDER_WHOM = re.compile(r"^(可以|能|能够|可|也)?(在)?[^，。？！]{0,10}(指挥|带领|陪同|监督)(之)?下$")


def _under_whom(clauses: list[Clause], c: Clause, a: Act) -> list[Act]:
    """"勤务辅警…可以在民警电话指挥下，对其采取临时保护性约束措施": the asked clause says under whom, the clause after it
    in its sentence the act."""
    if a.via != "asked" or not _UNDER_WHOM.match(_strip(a.words)):
        return []
    nxt = clauses[c.index + 1] if c.index + 1 < len(clauses) else None
    if nxt is None or nxt.asked or nxt.sentence != c.sentence or not _has_verb(nxt.text):
        return []
    return _acts_of(nxt, _clean_pred(_SUBJECT.sub("", nxt.text.strip("“”\"'。"))), nxt.start, "asked")


def _bare_verb_request(clauses: list[Clause], c: Clause, a: Act, names) -> list[Act]:
    """One of several acts asked, said by a bare verb that begins a word of a request told before ("我单独查和发传单都
    行吗" after "让我自己把剩下十来家的灭火器、消防通道接着查完"): that request's acts, when they name one."""
    if a.via != "asked" or names(a.words, a.joining):
        return []
    verb = re.sub(r"^(我|俺)?(一个人|自己|单独|独自)?(去|来)?", "", _strip(a.words))
    held = _request_for(clauses, c.index, verb) if len(verb) == 1 else None
    if held is None or not _begins_word(verb, held.request):
        return []
    return _named_request_acts(clauses, held, c.index, names)


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
        if c.asked:
            found = _asked_acts(clauses, c, acts, names, place_words)
            if len(found) > 1:
                found = [b for a in found for b in (_bare_verb_request(clauses, c, a, names) or [a])]
            found = [b for a in found for b in (_under_whom(clauses, c, a) or [a])]
            acts += _went_on_from(clauses, c, acts + found, names) + found
    # a request told after the last question is asked too ("这个没问题吧，还有…民警让我当场给房东开个罚款单")
    last_q = max((c.index for c in clauses if c.asked), default=-1)
    after_q = []
    for c in clauses[last_q + 1:]:
        if c.request and last_q >= 0 and not any(a.clause == c.index for a in acts):
            after_q += [a for a in _request_acts(clauses, c, len(clauses)) if names(a.words, a.joining)]
        wish = _WISH_LEAD.match(c.text) if last_q >= 0 and not c.request else None
        if wish and wish.end() < len(c.text) and not any(a.clause == c.index for a in acts):
            # "守门这个我能干吧？我想带把枪壮壮胆，民警那边有多的": what the user means to do, told after the question
            after_q += [a for a in _acts_of(c, c.text[wish.end():], c.start + wish.end(), "asked") if names(a.words, a.joining)]
    if after_q and all(clauses[a.clause].asked or a.clause < min(b.clause for b in after_q) for a in acts):
        # "出个题，看小王做得对不对：…①…②…": a quiz asked before the story it judges — what the question clause took
        # from the frame before it ("出个培训题") is no act
        acts = [a for a in acts if names(a.words, a.joining)]
    acts += after_q
    # "二是民警忙不过来，说那几个赌博的罚多少钱让他先看着定": an item told as what the officer said, its content the act
    acts = [replace(a, words=a.words[1:], start=a.start + 1)
            if a.via == "request" and clauses[a.clause].item and re.match(r"说(那|这|是)", a.words) else a for a in acts]
    acts = [_decided_matter(clauses, a) for a in acts]
    acts += affirmed_acts(clauses, acts, names)
    acts += _announced_items(clauses, acts, names)
    # "他说他能罚款，真的假的": the power claimed is the act asked, its truth the question
    if any(c.asked and _asks_truth(c) for c in clauses):
        claimed = [(a, _CLAIMED_POWER.match(a.words)) for a in acts]
        if any(m and names(m.group("act")) for a, m in claimed):
            acts = [replace(a, words=m.group("act"), start=a.start + m.start("act")) for a, m in claimed
                    if m and names(m.group("act"))]
    acts = [kinds.named_before(clauses, kinds.named_after(clauses, a), names) for a in acts]
    acts = [b for a in acts for b in (_content_of_light(clauses, a, names) or [a])]
    acts = [_content_of_speech(clauses, a, names) for a in acts]
    acts = [_told_to_outsider(clauses, a) for a in acts]
    acts = [_carried(clauses, a) for a in acts]
    acts = _series(clauses, acts, names)
    # "有个记者找到我": someone getting in touch is no act of the user's (when another act is asked)
    acts = _unless_only(acts, lambda a: bool(_CONTACTED.search(a.words)))
    # "…辅警可以用自己个人的名义执法。对吗？", "判断对错：…": a quiz's judgement asked of the claim, no act of its own
    acts = _unless_only(acts, lambda a: bool(_BARE_JUDGEMENT.fullmatch(_strip(a.words))))
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
    # "下面哪项不能做？A.档案管理 B.…": the options are the acts; the question that offers them names none of its own
    if any(clauses[a.clause].item and names(a.words, a.joining) for a in acts):
        acts = [a for a in acts if clauses[a.clause].item or names(a.words, a.joining) or
                not re.search(r"哪(个|项|些|样|件|一个|一项|一样|一件|几个|几项|几样)", clauses[a.clause].text)]
    # "1.看到有人在砸车玻璃，上前喝止；2.…；3.…。学员说有一步做错了，到底哪步错了": of a list of steps judged, each
    # step is the acts it names — what was seen, or the question's own words, are no step (a step that names none is
    # still answered, as not addressed)
    item_sentences = {o.sentence for o in clauses if o.item}
    if item_sentences and any(names(a.words, a.joining) for a in acts if clauses[a.clause].sentence in item_sentences):
        named_sentences = {clauses[a.clause].sentence for a in acts if names(a.words, a.joining)}
        acts = [a for a in acts if names(a.words, a.joining) or
                not _CIRCUMSTANCE.search(clauses[a.clause].text) or
                clauses[a.clause].sentence in item_sentences - named_sentences]
    # "①在指挥中心做数据分析；②所里让他去盯营房改造工程。第二个算不算文职辅警的活": the step an ordinal picks is asked,
    # not the others a quiz frame made asked with it
    ordinals = [o for o in clauses if o.asked and not o.item and (ordinal(o.text) or LAST_STEP.search(o.text))]
    picked = {a.clause for a in acts if a.via != "asked" and clauses[a.clause].item}
    if ordinals and picked:
        acts = [a for a in acts if not clauses[a.clause].item or a.clause in picked]
    # "管报销、做账，涉密的东西从来不碰": what the story says the user never touches is no act of the story's
    acts = _unless_only(acts, lambda a: a.via != "asked" and keeps_away(a.words))
    # "是不是可以直接把我开了": what the bureau may do to the user is no act of the user's (a question for the texts)
    acts = [a for a in acts if not _ON_ME.search(a.words)]
    # "她问我这个要罚好多钱，要不要扣分": the penalty someone asks the user about is theirs to bear, no act of the user's
    # (…its clause and those after it in its sentence, until the user speaks of themselves: "…，我能不能直接给他罚款")
    relayed: set[int] = set()
    for o in clauses:
        if _RELAYED_ASK.match(o.text):
            relayed.add(o.index)
            for x in clauses[o.index + 1:]:
                if x.sentence != o.sentence or re.match(r"(那)?(我|俺)", x.text):
                    break
                relayed.add(x.index)
    acts = [a for a in acts if not (a.clause in relayed and _PENALTY_ASKED.search(a.words))]
    # "…违反哪几项，所在公安机关应当怎么处理": how the unit deals with the breach is no act (a question for the texts)
    acts = _unless_only(acts, lambda a: a.via == "asked" and bool(HANDLING_ASKED.search(clauses[a.clause].text) or
                                                                 AFTER_STEPS.search(clauses[a.clause].text)))
    # "回来跟我说心里有点虚，怕以后追究他": what the 辅警 fears will follow is no act (when another is told)
    acts = _unless_only(acts, lambda a: bool(_FEARED_AFTER.match(a.words)))
    # "朋友开车被拍了好几次违章，让我用内网帮他查查…这俩事我能帮他办吗": what someone else did, told as the story, is no
    # act of the user's (when one is told)
    acts = _unless_only(acts, lambda a: a.via == "story" and bool(_OTHER_PERSON_FIRST.match(clauses[a.clause].text)))
    # "…转了一些出警现场的照片…被人举报了。这种算违规吗": what was done to the user is no act of theirs (when one is told)
    acts = _unless_only(acts, lambda a: a.via == "story" and bool(re.match(r"(后来|结果|然后)?(被|遭)(人|群众|别人|同事|对方)", a.words)))
    # "我是勤务辅警", "问话都是民警在问": who the user is, what the officer does — no act of the user's
    acts = [a for a in acts if not _NO_ACT.search(a.words)]
    # "还有人往前冲推搡，俺…能不能抽出来用": what someone else does is the situation, no act (when the user's is asked)
    acts = _unless_only(acts, lambda a: bool(re.match(r"(还|又|也)?(有人|有个人|有几个人|有的人|他们|对方)", a.words)) and a.via != "affirmed")
    # "社保要他自己按灵活就业去交": the 辅警's own insurance, who pays it — a question for the texts, no act
    acts = [a for a in acts if not (_OWN_INSURANCE.search(clauses[a.clause].text) and re.search(r"交|缴|买|出钱|掏", a.words))]
    # "查完以后要不要把处理结果告诉大爷": telling a complainant how the complaint was dealt with is the unit's duty
    # (重庆 38, 连云港 32) — a question for the texts, no disclosure by a 辅警
    acts = [a for a in acts if not _OUTCOME_TOLD.search(a.words) and
            not (a.via == "asked" and _WHERE_TO_COMPLAIN.match(clauses[a.clause].text))]
    # "拘留所缺人，局里打算…跟着管教民警协助做监区的管理勤务": a place told short of hands is why staff are sent — the
    # work they are sent to is the act (alone it may be all the story says of it: "反邪教那块最近缺人，…能去吗")
    acts = _unless_only(acts, lambda a: bool(_SHORT_HANDED.match(a.words)))
    # "局里打算从巡逻队抽两名勤务辅警过去": staff moved from a unit is no act of theirs (巡逻队 names where from) — the work
    # they are moved to is (alone, the unit may be all the story says of it: "反恐支队想从我们这借调几个勤务辅警过去")
    acts = _unless_only(acts, lambda a: bool(_MOVED_FROM.match(a.words)))
    # "这阵子被借到赣榆出入境办证大厅…帮群众填表、收材料": the place staff are lent to is where the work is done
    acts = _unless_only(acts, lambda a: bool(_LENT_TO.match(a.words)))
    # "他开警车出去巡逻行不行？还是必须民警开他坐边上？": the other way of the same question, no act of its own
    # (…unless it names one: "能直接定责吗？还是只能让他们自己协商" asks both)
    alternative = {c.index for c in clauses if c.asked and c.index > 0 and re.match(r"(那)?还是", c.text) and
                   any(a.clause < c.index for a in acts)}
    acts = _unless_only(acts, lambda a: a.clause in alternative and not names(a.words, a.joining))
    # "技术民警叫我跟着出现场，帮忙勘查拍照": going along to the scene is how the user gets to the work, no act of its
    # own, when a step of the same errand names one
    acts = _unless_only(acts, lambda a: bool(_GOING_ALONG.fullmatch(a.words)) and not names(a.words, a.joining) and
                        any(o is not a and names(o.words, o.joining) for o in acts))
    # "我自己先接着办" cut at 接着: who and when, no act of its own (when another act is asked)
    acts = _unless_only(acts, lambda a: bool(_WHO_ONLY.fullmatch(a.words)))
    # "单位有没有规定要给我们买人身意外险": what the unit does for the user — a question for the texts
    acts = [a for a in acts if not _FOR_US.match(a.words)]
    # "这几样没得民警跟到": who is there, said of the acts told — no act of its own (when others are asked)
    acts = _unless_only(acts, lambda a: _presence_only(_strip_back_reference(a.words)))
    # "行政拘留最长能关多少天": a figure asked of no one's act, with no 我 in its clause — a question for the texts
    # (not "直接决定罚多少钱可以吗": the act asked with its figure, permission asked at the end)
    # (…nor "能不能先把他约束起来，再直接决定拘他几天": the permission asked in the sentence covers it)
    asked_may = {c.sentence for c in clauses if re.search(r"能不能|可不可以|能否|行不行|可以吗", c.text)}
    acts = [a for a in acts if not (a.via == "asked" and _FIGURE_ASKED.search(clauses[a.clause].text)
                                    and not re.search(r"我|俺|咱|自己", clauses[a.clause].text)
                                    and not _PERMISSION_END.search(clauses[a.clause].text)
                                    and clauses[a.clause].sentence not in asked_may)]
    # "重庆一个社区警务室勤务辅警小罗的周三：…大家看看哪件规定里没说": the clause that introduces whom a trainer's case is
    # about, or frames it, tells no act (though a word of it names one: 社区警务)
    framing = {c.index for c in clauses if _is_frame(c.text)}
    acts = _unless_only(acts, lambda a: a.clause in framing)
    # "…把他按在凳子上看着，这个不问了": the act the user sets aside is not asked, whatever points back
    aside = {c.index - 1 for c in clauses if _SET_ASIDE.match(c.text.strip())}
    acts = _unless_only(acts, lambda a: a.clause in aside and a.via != "asked")
    # "宣传那个不说了，验尿这个我能自己去搞吗": the act set aside by its own word, wherever it was told
    named_aside = [m.group("what") for c in clauses if not c.asked for m in [_SET_ASIDE_NAMED.match(c.text.strip())] if m]
    acts = _unless_only(acts, lambda a: a.via != "asked" and any(w in a.words for w in named_aside))
    # an act asked for by a private person ("发小让我在系统里帮他查查她住哪", "律师要我把监控拷给他")
    # (…or known already: the one whose wish the question points back to, "家属要的那份能给吗")
    acts = [replace(a, for_private=who or a.for_private, request_text=said or a.request_text)
            for a in acts for who, said in [_private_requester(clauses, a)]]
    # …or paid for by one ("让我把车主电话导一份给他，一条给我分5块钱")
    acts = [replace(a, paid=_paid_for(clauses, a)) for a in acts]
    # …or called by the question that points back to it ("周末帮他们翻译合同，按页给钱…这种私活可以接不")
    acts = [replace(a, called=_called(clauses, a)) for a in acts]
    # the same words asked twice ("能巡逻吗？巡逻可以吗") are one act; words naming only a place ("在连云港也") none
    seen, out = set(), []
    for a in acts:
        if _place_only(a.words, place_words):
            continue
        if a.words and a.words not in seen:
            seen.add(a.words)
            out.append(a)
    return out

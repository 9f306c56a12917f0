"""A question as clauses: the story told, the clause(s) that ask, and the act each asks about.

Clauses are cut at punctuation. A clause asks when it carries a question mark or particle, or a
permission word of the user's own ("我能…吗", "…可以吗", "帮民警整理案卷可以"); a clause opening with
a joining word right after an asked one asks too ("先给司机做呼气检测，再把车扣了"). The *predicate*
of an asked clause is the part that names the act: what follows the permission word, or what comes
before a trailing one. Requests told in the story ("所长让我去医院守着") are kept, for questions that
point back to them ("这个活我能接吗").

>>> cs = split("民警去开车了，让我先看着嫌疑人。我能一个人看着他吗？")
>>> [(c.text, c.asked) for c in cs]
[('民警去开车了', False), ('让我先看着嫌疑人', False), ('我能一个人看着他吗', True)]
>>> cs[2].predicate
'一个人看着他'
>>> cs[1].request
'先看着嫌疑人'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import jieba.posseg as posseg

from .. import phrases
from .kinship import kin_words
from .lexicon import is_verb, words

# punctuation, brackets ("能发吗（重庆）") and a space between two Chinese characters: users who type
# without punctuation pause with a space ("早上出门太急工作证落在宿舍了 今天不带证上岗行不行")
# a numbered list ("1.去网吧查… 2.顺便… 3.…", "（1）…", "1）…", "①…"): each item is a clause of its own
# …and the options of a choice question ("哪个不能干？A 夜里巡逻 B 演唱会现场维持秩序 C…")
_ITEM = r"(?<![0-9A-Za-z.．])(?:[1-9][0-9]?[.．、]|[（(][1-9一二三四五六七八九十][）)]|[①②③④⑤⑥⑦⑧⑨⑩]|" \
        r"(?:(?<=^)|(?<=[\s：:，,；;。？?！!]))[1-9][）)]|" \
        r"(?<=[：:，,；;。])(?:[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、]|[一二三四五六七八九十]、(?=[\u4e00-\u9fff]|$))|" \
        r"(?<=[\s：:？?，,。；;])[A-DＡ-Ｄ][.．、)）]?(?=\s*[\u4e00-\u9fff]|\s*$)|" \
        r"(?<=[\u4e00-\u9fff])[／/](?=[\u4e00-\u9fff])|^[／/]$)(?![0-9])"
_ITEM_RE = re.compile(_ITEM)
# a numbered item's marker just before a clause ("…：①" before "勤务辅警开着警车去巡逻")
ITEM_BEFORE = re.compile("(?:" + _ITEM + r")\s*$")
# the police work, named as what something has or has not to do with ("跟公安的业务一点关系都没有")
WORK_WORDS = "工作|业务|公安|警务|职责|单位|本职|岗位"
# a space between two words cuts a clause as a comma does (also read so by relations.py)
WORD_SPACE = r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])"
# what kind of officer ("技术民警", "社区民警"): part of the officer's name, no clause ends before 民警
_OFFICER_KIND = "".join(f"(?<!{w})" for w in ("技术", "社区", "带班", "值班", "办案", "当班", "责任", "巡逻", "户籍", "刑侦", "治安",
                                              "交巡", "主办", "负责", "所里", "出警", "接警", "专案", "驻校", "网安", "女", "男", "老"))
_CUT = re.compile(r"[，,。；;！!？?\n：:]*\s*" + _ITEM + r"\s*|"
                  # (…with the closing quote after a sentence's end: "…有事打我电话。'这后半截我能干吗")
                  r"[，,。；;！!？?\n：:（）()]+(?:[”’」』]+|(?<=[。！？!?])'+)?|" + WORD_SPACE + r"|"
                  # a half-width full stop after a word ("守到他. 等哈他屋头人来了"), not inside a date or a number
                  r"(?<=[\u4e00-\u9fff])\.+\s*(?=[\u4e00-\u9fff])|"
                  # text typed without punctuation ("…叫我给他戴手铐民警就站旁边…我能铐吗"): a clause begins where
                  # the user asks ("我能…") or where the officer or the other person becomes the subject again
                  r"(?<=[\u4e00-\u9fff]{8})(?<![叫让请要给跟和帮把被问])(?=我(?:能不能|可不可以|能|可以|该不该|该|要不要|用不用|是不是)[^\s，。？]{1,12}[吗嘛么不]?$)|"
                  # …not inside the officer's own name ("跟着技术民警去现场", "社区民警去开会")
                  r"(?<=[\u4e00-\u9fff]{6})(?<![跟和给让叫帮把被同与随着的个在当趁等])" + _OFFICER_KIND + r"(?=民警(?:就|也|还|又|正|一直|说|让|叫|去|没|不在|在旁))|"
                  r"(?<=[\u4e00-\u9fff]{6})(?<![跟和给让叫帮把被同与随着的])(?=(?:这个|那个)(?:人|小偷|司机|男的|女的|小伙子)(?:也|就|还|都|一直|没|不|倒))")
_SENTENCE_END = set("。；;！!？?\n")
_QUESTION_END = set("？?")
# "我想问的是…", "问题是…", "关键是…": what follows is the question, the lead names no act (read here and by the act
# readers: vps, told, predicates)
QUESTION_LEAD = r"(我)?(想|要)?问的(就|只)?是|(现在的|我的)?(问题|关键)(就)?是"
# leading words that are the asker or a filler, not the act ("我能…", "那我们…")
_LEAD = re.compile(r"^(请告诉我|你告诉我|告诉我|请问|" + QUESTION_LEAD + r"|(我)?(就|只|主要)?是想问(一下|一哈|下|问)?|那么(?![做干弄搞整办])|那我们|那我|那(?![样么些个种])|所以|想问一下|想问一哈|想问下|想问哈|想问问|想问|问一下|问一哈|问下|问哈|就是说|"
                   # "俺寻思这照不照啊": the user thinking it over, before what the question points back to
                   r"(我|俺)?(心里)?(寻思|琢磨|心想|思量|想想|想)(着|了)?(?=这|那)|"
                   r"然后呢|然后|而且|但是|可是|可(?=[帮给把替让]|一个人|自己|单独|直接)|"
                   # "徒弟问我这样安排他都能干吗": who asks the user, before the question
                   r"(徒弟|学员|新人|他|她|同事|小[\u4e00-\u9fff])(回来|过来|跑来|跑过来|私下|专门|培训时|培训的时候|上课时|上课的时候|课上)?(来)?问我|"
                   # "问小韩这次哪些行为不行": a quiz's "问" (question) before the judgement asked of the 辅警 of the case
                   r"问(?=(我|他|她|小[\u4e00-\u9fff])(这次|当时|这样|那次|这回)?(哪|是否|能否|能不能|可不可以|是不是|对不对|合不合|有没有))|"
                   # "学员问他这样做的对不对": a trainee's question of the case, relayed
                   r"(有)?(个)?(学员|新人|徒弟|学生)(们)?(来)?问(?=他|她|这|那|小|辅警)|"
                   # "所长问这个辅警这么做行不行": a superior's question of the case, relayed
                   r"(大队|中队|支队|所里|局里|分局|单位|我们|分管|上面)?(的)?(所长|领导|队长|教导员|指导员|科长|局长|主任|老师|教官|师傅)(就|也|还)?(来)?问(我|我们)?(?=这|那|他|她|辅警|小)|"
                   # "从人事角度看这种编组合规不": the point of view, no act
                   r"从[\u4e00-\u9fff]{1,6}(角度|方面|层面)(看|来看|讲|来讲|说|来说)?|"
                   # "我们政治处想问下这么安排行不行": the office asking, before the question
                   r"[\u4e00-\u9fff]{1,6}?(想|要)(问一下|问一哈|问下|问哈|咨询一下|咨询下|请教一下|请教下)|"
                   # "我就担心他一个辅警单独干这个是不是违规": the worry frames the question
                   r"我就担心|我担心|担心|我怕|就怕|害怕|"
                   # "就是不晓得辅警开警车合不合规定": not knowing frames the question
                   r"(我|他|她|俺)?(就是|只是|就|只|主要是)?(不晓得|不知道|不清楚|搞不清楚?|拿不准|吃不准)(的是)?|"
                   # "我想确认一下按规定这样排行不行", "叫我帮他问哈这个…": the user's errand frames the question
                   r"(想|要)?(确认|核实|了解|搞清楚|弄清楚)一?(下|哈)?|(叫我|让我|喊我)?帮(他|她|我|忙)问(一下|一哈|哈|下)?|"
                   # "按重庆条例来说行得通吧": the text it is measured by, no act
                   r"(按|按照|依照|根据)[\u4e00-\u9fff]{0,4}?(的)?(条例|办法|规定)(来说|来讲|来看|上讲|上说|上看|的话)?|"
                   r"我们俩|我们两个|我俩|咱俩|我们|咱们|咱|我|辅警|也|还|就|都|这时候|这时|此时)+")
# not the 么 of 什么, 怎么, 这么; not the 吧 of a place (网吧, 酒吧)
_TRAIL = re.compile(r"(?<![什怎这那要多])(?:(?<![网酒水书氧贴陶清])吧|[吗么呢啊呀嘛哦啦啵噻哈嘎噶])+$")


@dataclass(frozen=True)
class Clause:
    """One clause of the question: its text and place, whether it asks, the act words it asks about."""

    index: int
    text: str
    start: int
    end: int
    sentence: int
    asked: bool
    predicate: str = ""        # asked clauses: the words naming the act
    predicate_start: int = -1  # offset of the predicate in the question
    request: str = ""          # narrative clauses: an act someone asked the user to do ("让我…")
    item: bool = False         # it follows a list number ("2.顺便给老板讲讲…")


_IS_IT_WORK = re.compile(r"^(这|那|它|这个|那个)?(也|应该|都|就)?(是|算|算是|属于)[^，,。？?]{0,8}(能|可以)[^，,。？?吗不]{1,2}的"
                         r"(活|事|工作|事情|范围)?儿?[吧吗么不嘛呢哦噻啊]*[？?]?$")


def _modal_spans(text: str) -> list[tuple[int, int, str]]:
    """Permission words of the clause, not inside a longer word ("可能", "技能")."""
    blocked = [(s, e) for w in words("frame", "modal_not") for s, e in phrases.spans(text, w)]
    # "能劝就劝", "能帮就帮": as far as one can, no permission asked
    # (…"能落就给他落了": the same verb again after whom it is done for)
    blocked += [m.span() for m in re.finditer(r"(能|可以)([^，,。？?]{1,3})就(给他|给她|帮他|帮她|给人家)?\2", text)]
    # "把能叫的人都叫上了", "辅警能干的活": what can be done, named — no permission asked
    # …but "(这)是勤务辅警可以干的活吧" asks whether the act told is such work: the permission is asked
    if not _IS_IT_WORK.match(text):
        blocked += [m.span() for m in re.finditer(r"(能|可以)[^，,。？?吗不]{1,2}的(人|活|事|东西)", text)]
    # "英语还可以", "身体也行": a thing said to be fair, no permission asked
    blocked += [m.span() for m in re.finditer(r"(?<=[\u4e00-\u9fff])(还|也|都|挺|蛮)(可以|行)$", text)]
    found = []
    for kind in ("modal_before", "modal_after"):
        for h in phrases.longest_only(phrases.hits(text, words("frame", kind))):
            # a blocked span inside the permission phrase itself ("算不算辅警能干的活") blocks nothing
            if not any((s <= h.start < e or s < h.end <= e) and not (h.start <= s and e <= h.end) for s, e in blocked):
                found.append((h.start, h.end, kind))
    return sorted(found)


def _reported(text: str, start: int) -> bool:
    """A permission word someone else speaks ("民警说可以先带回去") is not the user's question; "告诉我辅警
    可以配枪" is the user asking."""
    before = re.sub(r"^(请|你)?(告诉我|问一下|想问|请问)", "", text[:start])
    # "照他说的做有没有问题": doing as someone said is the user's act, asked by the user
    before = re.sub(r"(照|按|按照)(着)?[^，]{0,4}?(说|讲)的", "", before)
    # "他也晓得不能把视频拷给他", "我知道不可以打人": a rule known, told — not "不知道能不能…", which asks
    if re.search(r"(?<!不)(晓得|知道|明白|清楚)(是)?$", re.sub(r"不$", "", before)) and \
            (before.endswith("不") or text[start:start + 1] == "不"):
        return True
    # "告诉司机这里不能停", "提醒他不能在这摆摊": what the user tells someone is not allowed, told — not asked
    if re.search(r"(告诉|提醒|告知|警告|劝)(司机|车主|他|她|他们|她们|对方|人家|群众|家属|老板|摊主|店主|大家)[^，。？！能可]{1,6}$", before):
        return True
    if re.search(r"(没|没有|不|也没|都没)(说|讲|表态|吭声|讲明|说明|明说)$", before):
        return True   # "民警当时就在旁边，也没说行不行": what someone did not say, told — not the user's question
    m = re.search(r"(说|讲|告诉我|通知|要求|同意|答应|让我|叫我)[^，]{0,6}$", before)
    if m and m.group(1) in ("说", "讲") and m.start() > 0:
        # "民警说可以…", "听说不能…" are said by another; "我自己去讲要得不" asks about the user's own talk
        # (…"听人说", "听同事讲": heard from someone)
        return phrases.any_in(before[:m.start()], words("frame", "others")) or before[m.start() - 1] in "听据" or \
            bool(re.search(r"(听|据)(人|别人|人家|同事|朋友|他们|有人|老同事|家里人)$", before[:m.start()]))
    return bool(m)


def _asks(text: str, followed_by_question_mark: bool) -> bool:
    return _asks_plainly(text, followed_by_question_mark) or _asks_by_question_word(text)


# a step told as what follows on a condition ("不合格就直接给它贴封条", "要是不配合就…")
_NEXT_STEP = re.compile(r"^[^，。？！]{0,8}(就|便)(直接|马上|顺便|当场)?[\u4e00-\u9fff]")


# "…没收人家药酒这个呢": and what about this act, asked after another question
# …or told with whom it is for or what it takes ("给他舅舅拷监控呢", "那把钥匙交给他呢")
_AND_THIS = re.compile(r"[\u4e00-\u9fff]{2,}(这个|那个|这些|那些|这样|这事|这件事)(又)?呢$|"
                       # "…守人这个活我是可以干的哈？扇他一下呢": an act said bare with 呢, after a question
                       r"^(那|那么|还有)?(扇|打|踹|踢|铐|搜|查|罚|扣|拘|关|收|拿|删|拷|发)[\u4e00-\u9fff]{1,6}呢$|"
                       r"^(那|那么|还有|另外)?(给|帮|替|把|让|跟)[\u4e00-\u9fff]{3,}呢$|^(那|那么)[\u4e00-\u9fff]{3,}呢$")
_REPORTED_WISH = re.compile(r"^(他|她|人家|对方)?(就|又|还)?(说|讲)(他|她)?(想|要|就想)(晓得|知道|打听|了解|问问|问)")


# "三件事你帮我一件一件捋捋", "你给我说清爽": the user asks the assistant to judge what was told
ASKS_US = re.compile(r"^[^，。？！]{0,8}?(你)?(帮我|给我|替我|帮忙|麻烦你|你给|你帮)[^，。？！]{0,10}?(捋捋|捋一捋|理理|理一理|说说|讲讲|看看|判断|分析|"
                     r"说清楚|说清爽|讲清楚|讲清爽|点评|评评|说道说道|对一下|对对|对照一下|对照|核对一下)")


# a trainer's call to the class that closes a case ("大家说说。", "考考大家。", "大家判断每一段。"): it asks, with no mark
_QUIZ_CALL = re.compile(r"^(请|那)?(大家|各位|同学们)(来)?(说说|说一说|讲讲|判断|判断一下|判断每一段|分析分析|分析一下|点评一下|点评点评|评一评|"
                        r"议一议|讨论讨论|讨论一下)(吧|看)?$|^考考大家$|"
                        # "点评一下这四件事", "分析一下他的做法": the acts told, each judged
                        r"^(请|那)?(大家|各位|你)?(帮我|给我)?(点评|评价|分析|评评|评一评|说说|讲讲)(一下|下|点评|分析)?"
                        r"(这|那|以上|上面|上述|他的?|她的?)(几|[一二三四五六七八九十两])?(件|个|条|步|项|样|些)?(事|事情|做法|行为|环节|步骤|情况)(吧)?$|"
                        # "请逐条说", "帮我分别判断一下": each act told, judged in turn
                        r"^(请|麻烦|你)?(帮我|给我|帮忙)?(逐条|逐一|逐个|逐项|分别|一一|挨个|一条一条|一个一个|一样一样|一件一件)(地)?"
                        r"(说|说说|说一说|讲|讲讲|判断|分析|分析分析|点评|看看|说明|评判|对照)(一下|下|吧)?"
                        # "请逐项说说合不合规": the judgement each is asked for, said after the call
                        r"(每项|各项|这些做法|每个做法|它们)?(是否合规|合不合规|合不合规定|是否合法|对不对|是否正确|对错|有没有问题|行不行|能不能做)?(吧)?|"
                        # "我觉得四步都没问题，你看呢": the trainer's own answer put to the assistant, each step judged
                        r"^(那)?(你|您)(看|觉得|说|看看)(呢|咋样|怎么样|如何|对不对|对吗)$|"
                        # "请判断每一步对不对": each step told, judged
                        r"^(请|麻烦)?(你|大家|各位)?(帮我|给我)?(判断|分析|看看|说说|评价|点评)(一下|下|一哈)?(每一步|每步|每个步骤|每个做法|每一个做法|每一项|每项|每个环节|各个环节|各步)"
                        r"(都)?(对不对|对错|是否正确|合不合规|是否合规|有没有问题|是否违规)?$|"
                        # "请指出哪一步不对": the wrong step asked for, among every act told
                        r"^(请|麻烦|请问|问)?(大家|你|各位|学员|学员们|同学们|新人|新同事)?(指出|找出|说出|挑出|判断)?(一下)?(哪一步|哪步|哪几步|哪些步骤|哪个环节|哪些环节|哪些做法|哪个做法|哪一项|哪几项|哪些地方|哪里)"
                        r"(做得|是)?(不对|错了|有错|做错了|有问题|不合规|不合规定|违规|不妥|不符合规定|不符合要求|不符合)(的)?$|"
                        # (…the acts of the case's 辅警 by name, all of them: "请指出小陈哪些行为不对", "问：…哪些有问题")
                        r"^(请|麻烦|请问|问)?(大家|你|各位|学员|学员们|同学们|新人|新同事)?(指出|找出|说出|挑出|判断)?(一下)?"
                        r"([小老][\u4e00-\u9fff]|他|她|我)?(的)?(哪些行为|哪些做法|哪些|哪几样|哪几个)"
                        r"(做得|是)?(不对|错了|有错|做错了|有问题|不合规|不合规定|违规|不妥|不符合规定|不符合要求|不符合)(的)?$")


# someone's question relayed ("有个司机问我闯红灯到底扣3分还是6分"): asked, when the user asks nothing of their own
_RELAYED_QUESTION = re.compile(r"(问我|问俺|问咱|问我们|问俺们)[^，。？！]{0,20}?(到底|还是|多少|几分|几天|几年|什么|啥|哪|怎么|咋|能不能|可不可以|是不是|有没有)")


# someone else asking, in the clause's own words ("有人打电话问…", "群众来咨询…", "有个大爷问…")
_ASKED_BY_OTHER = re.compile(r"^[^，。？！我俺]{0,8}?(有人|有个人|群众|老百姓|市民|家属|办事的|来办事的|对方|人家|有个[^，。？！我俺]{1,6}?)"
                             r"(打电话|打进来|来|过来|跑来|在电话里|电话里|打热线)?(问|咨询|打听)(?!我|俺)")


# "这不是文职的活吗": a remark on whose work the act told is, before the question itself
_WHOSE_WORK = re.compile(r"^(这|那|这个|那个|这些)?(不是|不就是|不都是|本来就是)[^，。？！]{1,10}?(的)?(活儿?|工作|事儿?|事情|职责|任务)(吗|嘛)$")


def _asks_plainly(text: str, followed_by_question_mark: bool) -> bool:
    """A question mark, a final 吗, or a permission word of the user's own."""
    if ASKS_US.search(text) or _AND_THIS.search(text) or _QUIZ_CALL.match(text):
        return True
    # …not the 么 of 什么, 怎么, 这么 ("莫得啥子。" is "nothing special", a question word asks by itself)
    if followed_by_question_mark or _TRAIL.search(text) and text[-1] in "吗么" and not text.endswith(("什么", "怎么", "这么", "那么", "多么")):
        return True
    if _KNOWN.search(text):
        return False    # "看着人我晓得可以": what the user already knows is allowed, told before the question
    if _A_NOT.search(text) or _CAN_V.search(text) or _WORRY.match(text):
        return True     # "这些算辅警该做的事不哦", "徒弟一个人调得不": a yes-or-no question closed by 不
    return any(not _reported(text, s) for s, _, _ in _modal_spans(text))


# "我担心他单独干这个违规": a worry that it breaks the rules asks whether it does
_WORRY = re.compile(r"^(我)?(就|也|有点|很)?(担心|怕|害怕|心里没底)[^，。？！]{2,}(违规|违法|违纪|不合规|不合法|越权)(了)?$")
_CAN_V = re.compile(r"[\u4e00-\u9fff]得(到|了|成)?不[哦嘛啊呀噻哈嘎]?$|([\u4e00-\u9fff])还是不\1$")
_A_NOT = re.compile(r"(?<=[\u4e00-\u9fff])[不没][哦嘛啊呀噻哈嘎]$|^(我|他|她)?(这|那)?(些|个|样)?算[^，。？！]{1,14}不$|"
                    r"(算数|作数|算话|管用|合规|合适|妥当|违规|违纪|违法|犯法|合法|越权)(了)?[不没]$|"
                    # "制服工作证这些要交回去不": 要…不, whether it must be done
                    r"^[^，。？！]{0,12}要[^，。？！]{1,8}不$|"
                    # "单位给他买了工伤保险没有哦": whether it was done, closed by 没有
                    r"了[^，。？！]{1,12}(没有|没得|莫得)[哦嘛啊呀噻哈嘎]?$|"
                    # "平常表现突出的有奖励没有": whether there is, closed by 没有
                    r"有[^，。？！]{1,12}(没有|没得|莫得)[哦嘛啊呀噻哈嘎]?$|"
                    # "单位给交养老保险不", "签劳动合同不": a verb phrase closed by a bare 不 (a negation needs a verb after it)
                    r"[\u4e00-\u9fff]{2}(?<![说要再也都还就并可得绝决样])不$|"
                    # "投诉了会告诉我结果不": whether it will be done, closed by 不
                    r"^[^，。？！]{0,12}会[^，。？！]{1,10}不$|"
                    # "重庆辅警有年假不": whether there is one, closed by 不
                    r"^[^，。？！]{0,12}(?<![没不])有[^，。？！人些点]{1,8}不$|"
                    # "是直接分到派出所上班还是要先培训噻": which of two, closed by a particle
                    r"^是[^，。？！]{2,}还是[^，。？！]{2,}[噻呢哦嘛呀啊]$")
_KNOWN = re.compile(r"(晓得|知道|清楚|明白|确定)(是)?(可以|能|没问题|允许)|"
                    # "上班的时候穿我晓得是必须的": what the user knows is required
                    r"(我|俺)(晓得|知道|清楚|明白)(这)?(是)?(必须|应该|要|得)(的|穿|做)?$|"
                    # "我想剪一下发到抖音上，肯定能火。": a prediction, told before the question
                    r"^(这样|那样|这个|那个)?(肯定|一定|绝对|保准|保证|准)(能|会)[^，。？！]{1,5}$|"
                    # "截图我肯定能弄": what the user is sure they may do
                    r"^[^，。？！]{1,6}?(我)?肯定(能|可以)(弄|做|干|搞)?$|"
                    # "值守没问题，搜手机这个事…", "巡逻是我本职，检票这个我能帮忙不": the act the user knows is fine
                    r"^[^，。？！]{1,8}?(应该|肯定|估计)?(没问题|(?<!有)没有问题|没得问题|没啥问题|是我本职|是我的本职|是本职|肯定可以|肯定没问题|没啥说的|没什么说的|没得说|不用说)$|"
                    # "写程序这个是我的日常工作没得啥子": the user's usual work, told as fine
                    r"^[^，。？！]{1,10}(是|属于)(我|我们)?的?(日常|本职|平时的?|分内的?)(工作|活|事)(没得?啥子?|没有?什么|没问题|没啥)?$|"
                    # "翻译本来就是我的事": the user's own work, told as fine
                    r"^[^，。？！]{1,10}(本来|本身|原本)(就)?是(我|我们)的?(事|活|工作|本职)$|"
                    # "写程序是我的活", "网络维护肯定是我的活": the user's own work, told as such
                    r"^[^，。？！]{1,10}?(肯定|应该|当然)?(是|属于)(我|我们)的?(活|活儿|事|工作|本职|本分)$")


def _asks_by_question_word(text: str, audience: bool = False) -> bool:
    """A question word ("有没有", "谁", "多少") not embedded in a verb of finding out ("看有没有没登记的租客");
    ``audience``: the listeners asked to judge count as asking ("各位看哪里不妥", closing the message)."""
    for h in phrases.hits(text, words("frame", "question_marks")):
        # (…the negated verb said at length: "单位从来没给我办过开警车的啥子手续" — no modal between, "没民警我能干什么" asks)
        neg = re.search(r"(没|没有|不|也没|莫得|没得|莫有)(?P<gap>[^，。？！吗]{0,10}?)(什|什么|啥)?$", text[:h.start])
        indefinite = neg and (len(neg.group("gap")) <= 3 or not re.search(r"能|可以|该|应|要|得|会|怎|咋", neg.group("gap"))) and \
            (re.match(r"^(什么|啥)", h.phrase) or h.phrase == "么" and text[h.start - 1:h.start] == "什") and \
            not re.search(r"[吗呢？?]", text[h.end:])
        if indefinite:
            continue   # "还没考什么证", "也没做啥": any, not which
        if h.phrase in ("啥", "什么", "啥子") and re.fullmatch(r"的(都|也|全)?", text[h.end:]) and \
                not re.search(r"(干|做|搞|是|弄|为|用|管|当|整)$", text[:h.start]):
            continue   # "系统能看到住址啥的": and such, not which ("他是干啥的" asks)
        if h.phrase == "么" and text[h.start - 1:h.start] in ("这", "那", "多"):
            continue   # "都这么弄": so, not what
        if (re.match(r"(都|也)", text[h.end:]) or re.match(r"[\u4e00-\u9fff]{1,2}?(都|也)(没|不|莫)", text[h.end:])) and \
                not re.search(r"[吗呢？?]", text[h.end:]) and re.match(r"(哪|什|啥|谁)", h.phrase):
            continue   # "他还自己把住哪里都说出来了", "啥都干", "别的啥证都没有": any at all, not which
        if h.phrase.startswith("几") and re.search(r"(隔|每隔|过|前|这|那|好|头|后|当|干|做|待|住|歇|请了|干了|做了|管|代管|看|守|押|借|放|扣|留|存|替|帮|关)$", text[:h.start]) and \
                not re.search(r"[吗呢？?]", text[h.end:]):
            continue   # "民警隔几天来一趟", "前几天": a few, not how many
        verb = phrases.last(text[:h.start], words("frame", "embedding_verbs"))
        # "想问一下谁决定", "请问" ask; "有人来窗口问暂住证怎么办" tells what someone asked
        # (…"各位看哪里不妥", "大家看看问题在哪": the listeners asked to judge)
        asking = verb is not None and (re.search(r"(想|请|我|要|能)$", text[:verb.start]) or
                                       audience and re.search(r"(各位|大家|你们|你|您)$", text[:verb.start]) or
                                       verb.phrase == "问" and text[verb.end:].startswith(("一下", "下")))
        if asking and verb.phrase == "问" and re.match(r"(他|她|过他|过她|了他|了她|他们|她们)(?!一下|下)", text[verb.end:]) and \
                not re.search(r"(想|要|能)[^，。？！]{0,2}$", text[:verb.start]):
            asking = False   # "我问他昨天处理的是哪家人，他死活不肯说": what the user asked someone, told
        if verb is None or asking:
            return True
    return False


# a trainer's call to the class before what it is to judge ("大家讨论下", "各位看看")
_AUDIENCE_CALL = re.compile(r"^(请)?(大家|各位|同学们|你们|学员们)(一起)?(讨论|说说|看看|想想|议议|评评|判断|分析)(一下|下|一哈|看)?[，,：:]?")


# "看…能不能…": to see whether (what a request is for), not a question of the user's
_SEE_WHETHER = re.compile(r"^(看看|看)(?!着|住|管|守|好|护|押)[^，。？！]{0,14}(能不能|能否|会不会|行不行|可不可以)")


# a question the user asks for someone ("他让俺帮着问问这个照不照"): not _RELAYED_QUESTION (someone asking the user),
# nor acts._RELAYED_ASK
_ASKED_FOR_SOMEONE = re.compile(r"^(他|她|我)?(让|叫|喊|托)(我|俺)(帮着|帮忙|帮他|帮她|替他|替她)?(问问|问一下|问下|问一哈|打听一下|打听打听)"
                      # (…the question itself after it, not an errand of asking someone: "让我帮忙问问办案的民警案子办到哪一步了")
                      r"(?=(这个|这|那个|那|这样|这事|这种)?[^，。？！]{0,3}(照不照|行不行|行吗|可以吗|能不能|可不可以|要得不|得行不|合不合规|对不对|中不中)|$)")


def predicate(text: str) -> tuple[str, int]:
    """The words of an asked clause that name the act, and their offset in the clause.

    >>> predicate("执勤时可以不开执法记录仪吗")
    ('不开执法记录仪', 5)
    >>> predicate("帮民警整理案卷可以")
    ('帮民警整理案卷', 0)
    >>> predicate("我看着行吗")
    ('看着', 1)
    >>> predicate("那样做行吗")
    ('那样做', 0)
    >>> predicate("这俺照不照啊")
    ('这', 0)
    >>> predicate("大家讨论下我这样做对吗")
    ('这样做对', 6)
    """
    # "他让俺帮着问问这个照不照": a question relayed for someone — the question is what follows
    relayed = _ASKED_FOR_SOMEONE.match(text)
    if relayed and relayed.end() < len(text):
        words_, offset = predicate(text[relayed.end():])
        return words_, offset + relayed.end()
    call = _AUDIENCE_CALL.match(text)
    if call and call.end() < len(text):
        # "大家讨论下小王这样做对吗": the class asked to judge, then what it judges
        words_, offset = predicate(text[call.end():])
        return words_, offset + call.end()
    bare = _TRAIL.sub("", text).strip()
    # "是不是违规让他干的": whether the work told was rightly asked of the 辅警 — it points back to that work
    if _RIGHTLY_ASKED.fullmatch(bare):
        return "", len(text)
    # "多巡几转倒是莫得问题噻": the act said to be fine, agreement sought — the act is the words before
    said = _CONFIRMING.match(text)
    if said:
        return said.group("act"), 0
    # "会不会算违规": whether the act told is a breach asks of it, no act of its own
    # (…nor "俺咋感觉不太对劲": the user's doubt of what was told)
    if _IS_BREACH.match(bare) or _DOUBT.match(bare):
        return "", len(text)
    # "设卡查酒驾，民警必须在场吗": whether the officer must be there asks of the act told before, none of its own
    # (…asked as someone's question: "他问这种是不是必须民警跟着一起进门才行")
    if _OFFICER_NEEDED.match(_ASKED_LEAD.sub("", bare)):
        return "", len(text)
    # "盘查的时候民警是不是必须本人在现场": the act is the time named before the officer's presence asked
    timed = re.match(r"^(.{2,10}?)(的时候|时)(?=.)", text)
    if timed and _OFFICER_NEEDED.match(_TRAIL.sub("", text[timed.end():]).strip()):
        return timed.group(1), 0
    # "就拍个照能有啥问题": what trouble the act could bring asks of the act named before it
    # "有啥问题吗", "这样有没有问题": the trouble of what the story told, no act of its own
    if _BARE_TROUBLE.match(bare):
        return "", len(text)
    trouble = _WHAT_TROUBLE.match(bare)
    if trouble:
        return trouble.group(2), trouble.start(2)
    spans = [(s, e, k) for s, e, k in _modal_spans(text) if not _reported(text, s)]
    body_end = len(_TRAIL.sub("", text))
    start, end = 0, body_end
    if spans:
        trailing = [sp for sp in spans if sp[2] == "modal_after" and not _TRAIL.sub("", text[sp[1]:]).strip()]
        if trailing:
            end = trailing[-1][0]
            leading = [sp for sp in spans if sp[1] <= end and sp[2] == "modal_before"]
            if leading and text[leading[0][1]:end].strip():
                start = leading[0][1]
        else:
            s, e, _ = spans[0]
            rest = _TRAIL.sub("", text[e:]).strip()
            # "辅警出庭作证规定允许不": a 不 closing the question is no act after the permission word
            if rest and not re.fullmatch(r"[不没][哦嘛啊呀噻哈嘎]?", rest):
                start, end = e, body_end
            else:
                end = s
    words_ = text[start:end]
    stressed = re.search(r"(?<=.)(到底|究竟)$", words_)
    if stressed:
        words_, end = words_[:stressed.start()], start + stressed.start()   # "这么穿到底行不行": the act, stressed
    # "这俺照不照啊": a pointer and who asks, no act named
    bare_pointer = re.fullmatch(r"((?:这|那)(?:个|样|种|些|事|件事)?)(?:我|我们|俺)", words_)
    if bare_pointer:
        words_, end = bare_pointer.group(1), start + len(bare_pointer.group(1))
    # "这笔录我能做吗": the thing pointed at put first, the verb inside the question words after it
    thing_first = re.fullmatch(r"((?:这|那)(?:个|份|张|些|种|件|笔|单)?[\u4e00-\u9fff]{1,6}?)(?:我|我们|俺|他|她)", words_)
    verb_after = re.match(r"(?:能|可以)(做|干|接|弄|搞)(?:吗|么|嘛)", text[end:])
    # (…not a pointer: "这个活我能接吗", "这俩我能接吗")
    if thing_first and verb_after and \
            not re.search(r"(活|活路|活儿|事|事情|事儿|忙|安排|工作|任务|差事|差使|俩|些|样|种|个)$|^(这|那)[两几]", thing_first.group(1)):
        return verb_after.group(1) + thing_first.group(1), start
    if spans and spans[0][2] == "modal_before" and start == spans[0][1] and len(words_) > 1:
        words_ = re.sub(r"(?<=.)[不没]$", "", words_)   # "这活我能接不": 不 closes the question
        end = start + len(words_)
    # "开警车我是能开的吧": the 的 of the sure tone is no part of the verb
    if re.fullmatch(r"[\u4e00-\u9fff]{1,2}的", words_) and re.match(r"的?(吧|吗|哦|嘛|噻)", text[end:] or "吧"):
        words_ = words_[:-1]
        end = start + len(words_)
    # "拉线肯定是可以的吧", "指导他们协商应该是可以的吧": how sure the user is, no part of the act
    words_ = re.sub(r"(?<=..)(肯定|应该|当然|估计)(是)?$", "", words_)
    words_ = re.sub(r"(?<=..)(总|总该|总归|总是)(要|可以|能)?$", "", words_)   # "…录进系统总要得嘛": how sure, no act
    end = start + len(words_)
    # "调解跟夺刀我这样处理对吗": the judgement asked after the acts named is no part of them
    judged = re.search(r"(?<=..)(我|我们)?(这样|这么|那样)(处理|做|弄|搞|干)(得)?(对|合适|行|可以|没错|合理)?$", words_)
    # (…not after a question's own lead: "想问一下我们这样干行不行" points back, it names nothing before)
    if judged and not re.search(r"问|请教|咨询", words_[:judged.start()]):
        words_ = words_[:judged.start()]
        end = start + len(words_)
    # "是真不能查还是他不想帮我": the other alternative of the question is no part of the act
    alternative = re.search(r"(?<=.)还是[^，。？！]*$", words_)
    if alternative:
        words_ = words_[:alternative.start()]
        end = start + len(words_)
    lead = _LEAD.match(words_)
    if lead and lead.end() < len(words_):
        start += lead.end()
        words_ = words_[lead.end():]
    # "他走了我自己问这个呢": the officer gone is when, not what — the act follows
    away = _OTHERS_AWAY.match(words_)
    if away:
        start += away.end()
        words_ = words_[away.end():]
    # "他在旁边的话我能做吗": a condition on someone else is no act — the question points back to what was asked
    other = _OTHERS_CONDITION.match(words_.strip())
    if other:
        return "", start + other.end()
    # "不穿制服的话违反规定吗": the act is the condition put, 的话 only marks it
    words_ = re.sub(r"(?<=..)(的话|的时候)$", "", words_.strip())
    # "我这种坐窗口的整得不": who the user is, said of their post — no act, it points back to the request
    if re.fullmatch(r"(我|俺|我们|俺们)?(这种|这样的|这号|这类|这样)[^，。？！]{1,8}的(人)?", words_.strip()):
        return "", start + len(words_)
    # "我闺女…单位让她做心理咨询…孩子能做吗": the relative who would act names no act — it points back
    if _kin_subject().fullmatch(words_):
        return "", start + len(words_)
    # "小王做得对不对", "学员甲这么做对吗": the trainee named alone is who acted — the question points back
    # (…after the quiz's "看", "问": "看小王做得对不对", "问小王这次做得对不对")
    if re.fullmatch(r"(看看|看下|看一下|看|问|判断一下|判断|评评)?(学员|辅警|徒弟|新人)?([小老阿][\u4e00-\u9fff]|[甲乙丙丁])(他|她)?"
                    r"(这次|当时|这回|那次)?(这么|这样|那样)?(做|干|弄|搞|处理)?", words_.strip()):
        return "", start + len(words_)
    return words_, start


@lru_cache(maxsize=1)
def _kin_subject() -> re.Pattern:
    """A relative named alone ("孩子", "我老公", "我闺女她"): who acts, not what is done."""
    kin = "|".join(map(re.escape, (w for w in kin_words() if len(w) > 1)))
    return re.compile(rf"(我|俺|我家|我们家|那|这)?(个)?({kin})(他|她)?(自己|本人|也|还|就)?")


_WHAT_TROUBLE = re.compile(r"^(就|只是|只|也就|不就|就是)?(.{2,}?)(又|还)?(能|会|可能)?有(啥|什么|啥子|么子|哪样)(大)?(问题|毛病|关系|事)(吗|呢|啊|嘛|哦)?$")
_BARE_TROUBLE = re.compile(r"^(那|那么)?(我)?(这样|这么|那样|这么做|这样做|这样搞|这么搞)?(的话)?(会|能|会不会|有没有可能)?"
                           r"(有(啥|什么|啥子|么子|哪样)(大)?|有没有|有没得|有)(问题|毛病)(吗|呢|啊|嘛|哦|没有|不|没)?$|"
                           # "就查个车主，应该没得啥子吧": nothing wrong with what was just told, the user supposes
                           r"^(那|那么)?(这样|这么做|这样做)?(应该|估计|大概|总)?(没|没有|没得|莫得)(啥子?|什么|事|啥问题|什么问题|问题|关系|啥关系|什么关系|事儿)(吧|哈|哦|嘛|噻|呢|啊)?$")
_OFFICER_NEEDED = re.compile(r"^(那|那么)?(是不是|是否)?(必须|一定要|非得|需要|需不需要|要不要|得|要)?(有)?(民警|警察|师傅|带班民警)"
                             r"(是不是|是否)?(必须|一定要|非得|需要|需不需要|要不要|得|要|都要|都得)?(本人|亲自|自己)?(一直|全程|时刻|随时)?(在旁边|在身边|在跟前)?(在场|在现场|到场|到现场|在旁边|在跟前|在身边|跟着|带着|陪着|带队|全程在场|带到|跟到)"
                             r"(一起)?(进门|进去|上楼|入户|过去|去|做|干|弄|搞)?"
                             r"(才行|才可以|才能)?(吗|么|不|嘛|没|呢)?$")


# "会不会算违规", "这算不算越权": whether the act told is a breach — no act of its own
_IS_BREACH = re.compile(r"^(那|那么)?(这|这样|这么做|这样做|这样子|勒样子)?(会不会|会|算不算|是不是|算|属不属于|属于)(算|属于)?(违规|违纪|违法|违反规定|越权|犯错|违反纪律|出问题)(了)?$")
_DOUBT = re.compile(r"^(但是|可是|不过|但)?(我|俺|我们)?(总|咋|怎么|咋个|啷个|怎么就)?(总|还是|心里)?(感觉|觉得|觉着|寻思)(这样|这个|这事)?(有点|有些|总)?"
                   r"((不太|不大|不怎么|不)(对劲|对|妥|合适|踏实|放心)|怪怪的|悬|虚|没底)(呢|啊|哦)?$|"
                   # "但这也不算警察的事吧": whose business the matter is, the user's doubt — no act of its own
                   r"^(但是|可是|不过|但)?(这|这个|这事|这种事)?(也|又|本来就|本来)?(不算|不是|算不上)(我们|咱们|俺们)?(警察|公安|民警|辅警|派出所)?(的)?(事|活|事情|工作|职责)(吧|啊|哦|嘛)?$")
_FINE = r"(要得|可以|行|没问题|没有问题|没得问题|莫得问题|没啥问题|没事|莫得事|没毛病|得行)"
# (…not "行不行嘛": A-not-A asks, it seeks no agreement)
_CONFIRMING = re.compile(r"^(?![不没别])(?=[\u4e00-\u9fff]{3,}(?<![不没])" + _FINE + r"(嘛|噻|哈|吧)$)(?P<act>[\u4e00-\u9fff]{2,}?)"
                         r"(倒是|本身|应该|肯定|当然|也|都|总)*(?<![不没])" + _FINE + r"(嘛|噻|哈|吧)$")
_RIGHTLY_ASKED = re.compile(r"(是不是|是否|会不会|算不算)?(违规|违反规定|不该|不应该)?(让|叫|喊|安排|派)(我|他|她|他们|俺)(去)?(干|做|弄|搞)(的|了)?")
# how the unit deals with a breach ("单位可以怎么处理", "大队应该怎么处理他", "会受到什么处分"): a question for the texts
HANDLING_ASKED = re.compile(r"(单位|公安机关|局里|所里|分局|大队|中队|派出所|领导)[^，。？！]{0,4}(怎么|如何|怎样|咋|咋个|啷个)(处理|处分|处罚|处置|追责)|"
                            r"(受到|给予|给|面临)(什么|哪些|啥|啥子|怎样的)(处理|处分|处罚)|^(那)?(这个|这名|该)?(辅警|他|她)会(被)?怎么(处理|处分|处罚)|"
                            # "收红包这事怎么定性，会有啥后果": what follows the breach told, asked beside it
                            r"^(那|那么)?(这样|这个|这|那|他|她|辅警|这名辅警|小[\u4e00-\u9fff])?(会|将|可能)?(有|面临)(什么|啥|啥子|哪些|怎样的)(后果|下场)|"
                            r"^(那|那么)?(这样|这个|这|那)?(的)?(后果|下场)(是)?(什么|啥|啥子|如何|怎样)|"
                            # "我…会被怎么处理", "会受什么处分": what follows for the one whose conduct is told
                            r"^(那|那么)?(我|俺|他|她|这个辅警|这名辅警)?(这样|这种|这个)?(会|要)(被)?(怎么|咋|咋个|如何|怎样|啷个)(个)?(处理|处分|处罚)|"
                            r"^(那|那么)?(我|俺|他|她)?(会|要)(受到?|给)(什么|啥|啥子|哪些|怎样的)(处分|处理|处罚)|"
                            r"^(那|那么)?(我|俺|他|她)?(这样|这么做)?(会|要)(怎么样|咋样|怎样|咋个样)$|"
                            r"^(那|那么)?(单位|所里|局里)?(会不会|会|要不要)(给|被)(我|俺|他|她)?(个)?(处分|处理|处罚)")

# "事后要不要补什么手续": the paperwork after the act told, asked beside it — no act of its own
AFTER_STEPS = re.compile(r"^(那|那么)?(事后|之后|后面|回来)?(我)?(要不要|需不需要|用不用|要|需要|得)(补|办|写|交|走)(个|一下|什么|啥|些|点)*(手续|材料|报告|说明|登记)")

# a request not to do something ("这阵子别出去巡逻了", "先不要管了")
_NOT_TO_DO = re.compile(r"^(这阵子|这段时间|这几天|这个月|这周|这礼拜|最近|以后|今天|明天|暂时|先)?(就|都)?(别|不要|莫|不用|不准|甭)(再|去|出去)?[\u4e00-\u9fff]{1,8}(了)?$")
_TEXTS_SAY_IT = re.compile(r"(那|那么)?(这些|这个|这)?([\u4e00-\u9fff]{2,4}?的?)?(条例|规定|办法|文件|条文)(里|上|中)?(头|面)?(到底|究竟)?(有没有|有没得|有没|有)?(写|说|讲|提|规定)(到|了|过)?(没有|没得|没)?")
_REPORTED_QUESTION = re.compile(r"(问|打听|想知道|想晓得)(我|俺|我们)?")
# whether the rules allow it, with no act of its own ("规定允许辅警这样做不"), and a clause that points back ("干这个事")
_RULE_ALLOWS = re.compile(r"(那|那么)?(按|按照)?(规定|条例|办法|规矩|制度)?(上|里)?(允许|准许|同意|可以|行|合规|合法|要得|照)?"
                          r"(辅警|我|他|她|我们|他们)?(这样|这么|那样)?(做|干|弄|搞)?(不|吗|么|嘛|没|不嘛)?")
_DOES_THIS = re.compile(r"(干|做|弄|搞|接|办)(这个|这种|这)(事|活|差事)")
_HOW_TO_REPLY = re.compile(r"^(那|那么)?(我|俺)?(应该|该|要|得)?(咋个|咋|怎么|怎样|如何|怎么样)(回|回复|答复|回答|回绝|拒绝|推|推掉|推脱|跟(他|她|人家|亲戚)(说|讲|开口))"
                           r"(她|他|人家|对方|亲戚)?(好|才好|合适|比较好)?$")
_ASKED_LEAD = re.compile(r"^(他|她|学员|徒弟|我)?(也)?(想)?(问|问的是|问了一下|问一下)?(这种|这个|这样|这种情况|这样子)?(活|活儿|事|工作)?(是不是|是否)?(?=(必须|一定要|非得|需要|需不需要|要不要|得|要)?(有)?(民警|警察|师傅|带班民警))")
_OTHERS_AWAY = re.compile(r"^(他|她|民警|师傅|带班民警|带班的)(一)?(走了|走|不在了?|出去了|离开了?|不在场)(以后|之后|的话|了)?(?=我|俺)")
_OTHERS_CONDITION = re.compile(r"(如果|要是|假如|万一)?(他|她|民警|师傅|领导|警察|带班民警|值班民警)(也|就|一直|全程)?(在|陪着|看着|盯着|跟着|带着|同意|允许|签字)"
                               r"[^，。？！我]{0,8}的话(我|俺)?$")


_TOLD_YOU = re.compile(r"^(?:[^，。？！]{0,8}?(说|喊|(?<!对)讲|叫|吩咐|交代)[:：]?['\"“”‘’「」]?)?(?:那|那么|白天|晚上|明天|今天|待会|等下|回头|[^，。？！你]{2,10}?)?(你们|你)"
                       r"(?=(也|再|还|顺便|顺手|顺带)*(先|直接|自己|就|赶紧|马上|去|把|给他|给她|给定|给认定|给出|给写|给签|出(?!去|来|门|差|发)|来|一个人|单独|帮|看着(办|填|定|弄|写)|模仿|替他|替她|代他|代她|照着|"
                       # "民警说要不你开那条冲锋舟去接人": a proposal to the user, its verb first
                       r"开(那|这|个|一|车|警车|着)|拿(那|这|个|一)|用(那|这|个|一)|骑(车|摩托|电动车)))")


# a way suggested to the user with 我 in it ("旁边同事说系统里审批那一步我直接点通过就行"): the step suggested
_SUGGESTED_TO_ME = re.compile(r"^[^，。？！我你]{0,8}?(?<!对)(说|讲|建议|出主意)[:：]?['\"“”‘’「」]?"
                              r"(?P<said>[^，。？！我你]{0,12}?(我|我们)(直接|就|自己|先|干脆|顺手|帮忙)[^，。？！]{2,}?)"
                              r"(就行|就可以|就好|就成|就完了|没事|没关系|也行)(了|嘛|啊|的)?['\"“”‘’「」]?$")


# someone there, told ("另外当时有个老人困在二楼厕所出不来")
_THERE_WAS = re.compile(r"^(另外|还有|而且|然后|结果)?(当时|那时|那会儿|现场|里面|里头)?(还)?有(个|一个|一位|位|几个|两个|人)")


# one more errand said by the one who asked before ("调完又说顺便用技侦那边的系统帮他查一下…")
_SAYS_MORE = re.compile(r"^[^，。？！我]{0,4}?(又|还|接着)(说|讲|交代|吩咐)[:：]?(?=(顺便|顺带|顺手|再|先|也)[^，。？！]{2,})")
# an officer who says what to do, with no 你 ("带班民警随口说把他身份证…拍下来", "师傅说先把路封了")
_OFFICER_SAYS_DO = re.compile(r"^[^，。？！我]{0,8}?(民警|师傅|所长|领导|带班的?|科长|队长|教导员|指导员|警官|警察)[^，。？！我]{0,4}?"
                              r"(说|喊|讲|吩咐|交代)[:：]?['\"“”‘’「」]?(?=(先|直接|赶紧|马上)?((拿|用)[^，。？！把]{1,6})?把)")


# a trainer's case: what the 辅警 of the story is told to do ("电话里让他盯着监控找个走丢的小孩")
_TRAINEE_REQUESTS = ("让他", "让她", "叫他", "叫她", "喊他", "喊她", "要他", "要她", "交代他", "交代她", "吩咐他", "吩咐她",
                     "跟我徒弟讲", "跟我徒弟说", "跟徒弟说", "跟徒弟讲",
                     # something handed over to them to keep ("枪弹柜的钥匙也想交给他拿到")
                     "交给他", "交给她", "给他拿着", "给她拿着", "给他保管", "给她保管", "放他那儿", "放她那儿")


_SENT_OTHER = re.compile(r"(民警|警察|所长|领导|师傅|带班的|值班的|同事|教导员|队长|科长)[^，。？！我俺]{0,6}$")


_POINTS_BACK = re.compile(r"((做|干|弄|搞|办)(的)?|的)?(这个|那个|勒个|这些|那些|这件|那件|(?:这|那)[两二三几]?[个件样桩]?)(事|事情|活|活儿)?")


# request words that hand something over ("交给我", "放我这"): what is handed is told around them
_HANDED_TO = ("交给", "给我", "给他", "给她", "放我", "放在我", "放他", "放她", "交我")
# who makes a request, said last before it ("所长让我", "老张叫我"): no object put before the request
_WHO_ASKS_END = re.compile(r"(民警|警察|警官|所长|领导|师傅|师父|班长|队长|科长|主任|教导员|指导员|他|她|他们|她们|人家|对方|"
                           r"老[\u4e00-\u9fff]|小[\u4e00-\u9fff]|单位|所里|队里|局里|上面|上级|同事|家里|朋友|亲戚)(也|就|又|还|便|专门|直接|非要|硬要)?$")


def _a_verb(word: str) -> bool:
    """``word`` is a verb by jieba's reading ("讲", "办" — not "钥匙")."""
    tagged = list(posseg.cut(word))
    return len(tagged) == 1 and is_verb(tagged[0].word, tagged[0].flag)


# an instruction whose words follow in the next clause ("走之前交代我，…")
_INSTRUCTS_END = re.compile(r"((交代|吩咐|嘱咐|叮嘱|交待|安排)(了)?(我|俺)(说)?((两|三|几|这么)(样|件|个)(事|活)?)?|(找|找到|找上)(了)?(我|俺)|"
                            # "带班民警在岗亭里拿对讲机喊我，让我…": calling the user, what they want is told after
                            r"(对讲机|电话|微信|喇叭|大声)(里|上)?[^，。？！]{0,4}(喊|叫|呼|招呼)(了)?(我|俺)(们)?)$")
# a clause that goes on with the request before it ("…说我也跟着去，到时候帮忙控制住")
# what is left to the one just asked ("…就由她直接做受案登记")
_HANDED_TO_HER = re.compile(r"(就|都|全)?由(她|他|他们|她们)(来|去)?(直接|负责)?")
_REQUEST_GOES_ON = re.compile(r"^(到时候|到时|完了以后|完了|还说|又说|还讲|又讲|还交代|又交代)(再|就|你|也)*")
# "两样都要我做", "这几个都让我干": the acts told, pointed back to as asked of the user
_POINTER_REQUEST = re.compile(r"^(这|那)?(两|三|几|这)(样|个|件|些)?(事|活|活儿)?(都|全)(是)?(要|让|叫|喊|安排|派)(我|俺)(去|来)?(做|干|弄|搞|整|办|接)$")
# "合规不", "行不行", "可以吗": a question with no words of its own
_BARE_QUESTION = re.compile(r"^(这样|那|那么)?(合规|合法|行|可以|能行|要得|违规|合不合规|行不行|可不可以|要不要得|违不违规)(不|吗|么|嘛|没|不嘛)?$")
# a request that says only how the one told before it is to be done ("一个人去弄", "自己去搞")
_BARE_REQUEST = re.compile(r"^(我)?(一个人|一人|自己|单独|独自|独个)?(去|来)?(弄|搞|做|干|办|整|处理)(一下|下)?(了)?$")
_DENIED_REQUEST = re.compile(r"(?<![是就])(不是|并不是|又不是|也不是|并非|没有?|并没有?|从没有?|从来没有?|不用|不需要)$")


# what a thing is handed over for, said right after ("交给辅警保管", "交给辅警管着")
_HANDED_TO_KEEP = re.compile(r"^(去|来)?(保管|管着|管理|收着|拿着|放着|看着|存着)")


_BLAME_FEARED = re.compile(r"^(万一|要是|如果|怕)[^，。？！]{0,10}(要|让|得)(他|她|我|俺)(担|负责|赔|背锅|兜着)")


def _request(text: str, trainee: bool = False) -> str:
    """The act after "让我 / 叫我 / 安排我 …" in a clause of the story (in a trainer's case, "让他 …" too);
    for "所长说把钥匙交给我保管" the words after what was said."""
    if ASKS_US.search(text):
        return ""   # "你帮我一件一件捋捋": asked of the assistant, no request in the story
    if _BLAME_FEARED.search(text):
        return ""   # "万一伤着人要他担": the blame feared, no errand
    if _ASKED_FOR_SOMEONE.match(text):
        return ""   # "他让我帮着问问这个行不行": a question relayed for someone, no errand of the user's
    hits = phrases.hits(text, words("frame", "requests") + (_TRAINEE_REQUESTS if trainee else ()))
    # "值班民警晚上被叫去局里开会": the officer is the one sent, no request to the user
    hits = [x for x in hits if not (x.phrase.startswith("被") and _SENT_OTHER.search(text[:x.start]))]
    # "大足某派出所一名辅警": the 派 of 派出所 sends no one ("派…名辅警")
    hits = [x for x in hits if not text.startswith("派出所", x.start)]
    h = max(hits, key=lambda x: (x.end, x.end - x.start)) if hits else None   # the one that ends last
    if h is not None and _DENIED_REQUEST.search(text[:h.start]):
        return ""   # "不是要我自己问，就是翻": a request denied is no request
    if h is not None and h.phrase.endswith(("他", "她")) and re.search(r"(不|别|莫|没|不要|不准)$", text[:h.start]):
        return ""   # "看住一个…的男的不让他跑": someone kept from acting, no request to the 辅警 of the case
    more = _SAYS_MORE.match(text) if h is None else None
    if more:
        # "调完又说顺便用技侦那边的系统帮他查一下…": one more errand said by the one who asked before
        return _TRAIL.sub("", text[more.end():]).strip("“”\"「」‘’'").strip()
    says = _OFFICER_SAYS_DO.match(text) if h is None else None
    if says:
        # "带班民警随口说把他身份证和材料拍下来发你们小区群里": an officer's order told without 你, the words are the act
        return _TRAIL.sub("", text[says.end():]).strip("“”\"「」‘’'").strip()
    if h is None:
        told = _TOLD_YOU.match(text)
        # "民警又说你自己决定把车扣了", "你直接出个鉴定报告签上你名字就行": an instruction said to the user; what
        # is put before 你 is its object ("民警说鉴定报告你来写")
        if not told:
            suggested = _SUGGESTED_TO_ME.match(text)
            return re.sub(r"(我们|我)(?=直接|就|自己|先|干脆|顺手|帮忙)", "", suggested.group("said"), count=1) if suggested else ""
        said = text[told.end(1) if told.group(1) else 0:]
        said = re.sub(r"^[:：]?(那|那么|白天|晚上|明天|今天|待会|等下|回头)?", "", said).strip("“”\"「」‘’'")
        if re.fullmatch(r"(你们|你)?(自己|俩|两个)?(商量|看着办|看到办|看倒办|看着弄|看到弄|决定|定|协调|安排)(好|一下)?(就行|就可以|就好|就成)?(嘛|吧|哈|噻)?", said):
            return ""   # "民警说你们自己商量好就行": the arranging left to the staff, no act of the case
        return _TRAIL.sub("", said.replace("你们", "", 1) if said.find("你们") >= 0 else said.replace("你", "", 1)).strip()
    if re.match(r"(交给|交由|由)[^，。？！]{0,6}辅警", h.phrase):
        # "所长说以后受案登记和调解都交给辅警去做": the work handed over is said before the words that hand it
        said = re.search(r"(说|(?<!对)讲|要求|交代|吩咐|打算|准备|想|要)", text[:h.start])
        work = re.sub(r"^(以后|今后|往后|从今往后|下个月起|以后的)", "", text[said.end() if said else 0:h.start])
        work = re.sub(r"(都|全|全部|统统|一律|也|就)+$", "", work).strip()
        # "…这些警械统一交给文职辅警保管": the verb it is handed over for, when it is more than 做 / 弄
        tail = re.sub(r"^(去|来)", "", _TRAIL.sub("", text[h.end:]).strip())
        if re.match(r"^[^，。？！把]{0,6}把", work) and not tail:
            # "民警把一份行政处罚决定书交给勤务辅警，让他…送到…": a thing handed over, what to do with it told after
            work = re.sub(r"^[^，。？！把]{0,6}把", "", work) if _HANDED_TO_KEEP.search(text[h.end:]) else ""
        if len(work) >= 2 and tail and not re.fullmatch(r"(做|弄|办|干|搞|负责|处理|管|管理|接手|承担|一下|轮班|轮流|轮着|值班|排班|来|去)+", tail):
            return work + tail
        if len(work) >= 2:
            return work
    rest = re.sub(r"^们", "", _TRAIL.sub("", text[h.end:]).strip())   # "请我们吃饭" after the longest word "请我"
    # "让我们窗口几个人下了班都去场馆外头维持秩序": who is sent (named by their post) is no part of the act
    rest = re.sub(r"^[\u4e00-\u9fff]{1,6}?(几个人|几个|两个人|两个|三个人|这几个|那几个)(下了班|下班后|晚上|明天|周末)?(都|也|一起)?(?=去|来|过去|帮|到)", "", rest)
    if h.phrase.endswith("我要") and rest and not re.match(r"(去|来|给|把|帮|跟|到)", rest):
        rest = "给他" + rest   # "问我要对方的电话跟住址": what is asked for, given to the one who asks
    # "让新招的还没培训的先上岗去疏导交通": who the staff are (not yet trained) is no part of the act, nor its negation
    rest = re.sub(r"^(还|都|也)?(没|没有|未)[^，。？！的]{1,6}的(?=[\u4e00-\u9fff]{2})", "", rest)
    if re.match(r"(担责|担责任|负责任|背锅|兜着|赔钱|赔偿|承担)", rest):
        return ""   # "万一出了问题要我担责": a liability feared, no act asked of the user
    if re.fullmatch(ERRAND, rest):
        return ""   # "领导让我们先弄清楚：这两件事他能不能做": finding out is the user's errand, the question is what it finds
    if _POINTS_BACK.fullmatch(rest):
        return ""   # "他喊我做的这个事": the request told before, pointed back to — no request of its own
    rest = rest.strip("“”\"「」‘’'")   # "喊小张“快把铐子给他上上”": the words quoted are the act
    if h.phrase.endswith(("小", "老")) and len(rest) > 2:
        rest = rest[1:]   # "让小王一边拦人排队": the name's last character, then the act
    fronted = text[:h.start].strip()
    verb = re.sub(r"^(来|去)", "", rest)
    if 1 <= len(verb) <= 2 and len(fronted) >= 3 and not h.phrase.startswith(_HANDED_TO) and \
            not _WHO_ASKS_END.search(fronted) and not re.search(r"^(把|将)|[说讲喊叫让要请找]|电话|通知|微信|消息|短信", fronted) and \
            _a_verb(verb):
        # "后半段防诈骗的案例让我来讲": the object put before the request, its verb after it
        return verb + re.sub(r"^(后半段|前半段|后半截|前半截|后面|前面|剩下的?|其余的?|这些|那些|这个|那个)(的)?", "", fronted)
    if not rest and _INSTRUCTS_END.search(text):
        return ""   # "他天天打电话找我", "走之前交代我，…": getting in touch or instructing, what they want is told after
    if h.phrase.startswith(_HANDED_TO) or len(rest) <= 2:
        said = re.search(r"(说|(?<!对)讲|要求|交代|吩咐)", text[:h.start])
        handed = _TRAIL.sub("", text[said.end() if said else 0:]).strip()
        # "所长把…钥匙交给他管了": who hands it over is no part of what is handed
        return re.sub(r"^[^，。？！把]{1,6}(?=把)", "", handed)
    return rest


# the talk someone wants ("想采访我，聊聊…干些啥"): its topic told after the wish
_TALK_WISHED = re.compile(r"^(聊聊|聊一聊|聊下|讲讲|讲一讲|谈谈|谈一谈|说说|说一说|介绍介绍|介绍一下|问问)")
_WISHES = re.compile(r"(想|要|准备|打算|约|请)[^，。？！]{0,4}(采访|找|约|请|邀请|让)(我|俺)")
# "应该能看到", "估计可以查到": what can be done, supposed — no permission asked
_SUPPOSED_ABLE = re.compile(r"(应该|肯定|估计|大概|多半|也许|一般)(都|也)?(能|可以)")
# "系统能看到住址啥的": what a system can show, told before the question
# what the user is told to ask someone ("问下偷了几部", "问清楚他住哪")
ASK_THEM = re.compile(r"^(再|顺便|顺带|然后|并且|好好)?(问问|问下|问一下|问一哈|问清楚|问明白|问他|问她|问一问)")
_SYSTEM_ABLE = re.compile(r"^(系统|平台|电脑|后台|内网|数据库|监控)(里|里面|里头|上)?(都|也|就)?(能|可以)")


# whether one may, asked ("能不能", "行不行"): a question of permission, whoever relays it
_PERMISSION_ASKED = re.compile(r"能不能|可不可以|可以不|行不行|能否|要不要|该不该|得不得|行吗|可以吗|能吗|中不中")
# a quiz set to the class, opening the message ("考考大家：…", "出个题：…")
_QUIZ_OPENING = re.compile(r"(出个|出道|出几个|出几道|来个|来道|出)?(判断题|选择题|题)?(考考|考一考|考一下|考下|测测|测一测)"
                           r"(大家|你们|各位|新人|学员|同学们|新同事)?|(出个|出道|出几道|来个|来道|出)(判断题|选择题|小题|题)")
# "听说…，是真的吗": a claim heard, asked to be checked (read by assistant/lookup.py too)
CLAIM_CHECK = re.compile(r"^(这)?(是|是不是)?(真的|真的吗|真的假的|真的么|对吗|对不对|是这样吗|是这样的吗|有这回事吗|有这个说法吗|属实吗|靠谱吗)"
                         # (重庆话 "是真的不嘛")
                         r"(不|没)?[吗么嘛呢啊]?$|"
                         # "条例里头有这个说法没得", "规定上有没有这一说": the claim heard, looked for in the texts
                         r"^(那)?(条例|规定|办法|文件|政策)?(里头|里面|里|上|上面|中)?(有|有没有|真有)(这个|这种|这)(说法|一说|规定|讲法)(没有|没得|莫得|没|不|吗|么|嘛)?$")
_HEARD_OPENING = re.compile(r"^(我)?(听说|听人说|听人讲|有人说|有人讲|据说|他们说|同事说|别人说|人家说|听同事说|老同事说)")


def heard_claim(text: str) -> str:
    """What a clause tells was heard, without the hearing ("听说考差了就不续了" → "考差了就不续了"); "" when it tells
    nothing heard.

    >>> heard_claim("听说考差了就不续了"), heard_claim("考差了就不续了")
    ('考差了就不续了', '')
    """
    return _HEARD_OPENING.sub("", text) if _HEARD_OPENING.match(text) else ""


def claims_heard(clauses: list[Clause]) -> list[tuple[Clause, Clause, str]]:
    """Each asked clause with the claim heard in the clause just before it, when that claim has four characters or
    more ("听说考差了明年就不续了，是真的吗"): (the clause telling it, the asked clause, the claim)."""
    return [(prev, c, claim) for prev, c in zip(clauses, clauses[1:])
            if c.asked and len(claim := heard_claim(prev.text)) >= 4]


# a quiz said before its items ("培训题：①…", "下面哪些做法对：①…")
_QUIZ_FRAME = re.compile(_QUIZ_OPENING.pattern + r"|(培训|考试|练习|判断|选择|测试)题|题目|对比着答|哪些做法|哪几项|哪些对|哪几个对|哪个对|哪些(是)?错|"
                         r"对还是错|是对是错|判断(一下|下)?(对错|正误)|"
                         # "出了道题，让学员找出做法错误的一项：A.…": a choice question set before its options
                         r"出了?(一)?(道|个)题|找出[^，。？！]{0,6}(错误|正确|不对|对)的(一项|一个|选项)|(错误|正确)的(一项|选项)是")
# whether something is so, which the user says they have not found out ("有没有执业证我还没问", "是不是党员不清楚")
_NOT_KNOWN_YET = re.compile(r"(有没有|是不是|是否|有无)[^，。？！]{1,12}?(我|我们)?(也|还|暂时)?(没问|没有问|没问过|不知道|不清楚|不晓得|没确认|没核实|没去问|没打听|没搞清)[^，。？！吗么]{0,3}$")


# a trainer's case about a 辅警 by name ("勤务辅警小张…他自己把人铐了起来"): 他/她 are that 辅警, whose acts are asked
# the relative who is the 辅警 of a relative's story (read by :data:`TRAINEE` and officer.first_person)
KIN_OFFICER = ("(?P<kin>" + "|".join(sorted(words("relations", "officer_kin"), key=len, reverse=True)) + "|" +
               "|".join(f"{w}(?=在|子)" for w in words("relations", "officer_kin_short")) + ")")
# a relative named through another ("我姨父的外甥"): the chain before the kin word
KIN_CHAIN = r"(?:[\u4e00-\u9fff]{1,3}的)?"
TRAINEE = re.compile(r"辅警(小|老|阿)[\u4e00-\u9fff]|某(勤务|文职)?辅警|(辅警|学员|新人)[甲乙丙丁]|辅警[\u4e00-\u9fff]某|"
                     # "带新人的时候一个文职小姑娘问我", "我带的新辅警问我": the trainee who asks the trainer
                     r"(带新人|带的|新来的|新招的|学员|徒弟)[^。？！]{0,12}(辅警|小姑娘|小伙子|姑娘|小伙|学员|新人|徒弟)?[^。？！]{0,4}问我|"
                     r"(有个|有一个|一个|有)学员|学员(来)?(问|提|讲|说)|新来的(勤务|文职)?辅警|(新来的|新招的|新分来的)(勤务|文职)(小姑娘|小伙子|姑娘|小伙)|我带的(学员|徒弟|新人)|学员[\u4e00-\u9fff]{2,3}(?=[，,招分是在])|"
                     r"(招了个|来了个|新招了个|分来一个|分来个|分来了个)(新)?(勤务|文职)?辅警|"
                     # "培训出个题…：渝北一个勤务辅警白天在路口值守…他就自己开了张罚单": the 辅警 of a trainer's case, unnamed
                     r"(题|案例|情景|讨论)[^。？！]{0,30}?(一个|一名|一位)(勤务|文职)?辅警(?![们的])|"
                     # "出个判断题 重庆某所勤务辅警值班…": the 辅警 of some station
                     r"(题|案例|情景|讨论)[^。？！]{0,30}?某(个)?(所|派出所|分局|大队|中队|单位)的?(勤务|文职)?辅警(?![们的])|"
                     # (…named by the station's 小X, 辅警 unsaid: "讲个案例：渝北区某派出所的小李平时在户籍窗口上班")
                     r"(题|案例|情景|讨论)[^。？！]{0,30}?某(个)?(所|派出所|分局|大队|中队|单位)的?(小|老|阿)[\u4e00-\u9fff](?![们])|"
                     # "给文职辅警出一道“哪一步违规”：小赵在派出所户籍窗口上班": the case's 小X, named after the quiz's colon
                     r"(题|案例|情景|讨论|出一?道)[^。？！]{0,30}?[：:]\s*(小|老|阿)[\u4e00-\u9fff](?![们区学时组队孩])|"
                     # "九龙坡区某派出所勤务辅警的一个夜班，大家看看：①…": 某 is how a case is written, not how a user
                     # speaks of their own station
                     r"某(个)?(所|派出所|分局|大队|中队|单位|局|县局|区局)的?(勤务|文职|社区|交通)?辅警(?![们])|"
                     # "情景题…：派出所一个新来的文职，…民警让她…": the new member of staff named by their post alone
                     r"(一个|有个|有一个)新(来|招|分来)的(勤务|文职)(?=[，,。])|"
                     # "带的一个新辅警分到派出所才两个礼拜，他跟我说…": the new 辅警 a trainer looks after
                     r"带的(一个|个|那个)?新(来的)?(勤务|文职)?辅警|新(入职|分来)的(勤务|文职)?辅警|"
                     # a colleague the user speaks of ("手下有个小孙", "我们组的小周", "所里一个文职辅警")
                     r"(手下|组里|队里|班里|所里|中队里?)(有个|有一个|的|一个)?(小|老|阿)[\u4e00-\u9fff](?![区学时组队孩])|"
                     r"(我们|咱们)(组|队|班|所|中队)(的|里的|里)?(小|老|阿)[\u4e00-\u9fff](?![区学时组队孩])|"
                     # "我同事是文职辅警，负责…。前几天她把…": a colleague introduced as a 辅警, whose acts are told and asked
                     r"(我|我们|俺)(的)?(一个|有个)?同事(小|老|阿)?[\u4e00-\u9fff]?(也|就)?(是|在)[^，。？！]{0,12}(辅警|协警)(?![^，。？！]{0,6}说)|"
                     r"(?<!别的)(?<!其他)(所|队|组|中心|科|局|室)(里|里面|头)?(只剩下?|就剩下?)?(有个|有一个|一个)(新来的)?(交通|勤务|文职)?辅警|"
                     r"我们(这边|这里)?(有个|有一个)(新来的)?(交通|勤务|文职)?辅警|"
                     # a 辅警 reported to HR or the inspectors ("督察收到反映，说有个辅警下班穿着制服去喝喜酒")
                     r"(反映|举报|投诉|检举)[^。？！]{0,6}(有个|有一个|一个|某个)(勤务|文职)?辅警|"
                     r"(有个|有一个)(小伙子|小伙|小姑娘|姑娘|辅警|新人|年轻人)(名字)?叫[\u4e00-\u9fff]{2,3}(?=[，,。；、\s])|"
                     # a trainer's exercise about a 辅警 ("想拿个真事出题：一个社区辅警采人口信息的时候，他表姐喊他…")
                     r"(出题|出个题|案例|真事|题目|案例题|考题|情景题|情境题|场景题|判断题|分析题|练习题|例子|讲个例子|举个例子)[：:，,][^。？！]{0,4}?(一个|有个|有一个|某个|某)?[^，。？！]{0,12}辅警|"
                     # "考考新人：连云港海州一个所，辅警跟民警去…": a quiz set to the class, its place told first
                     # (…or the thing of the case: "出个题：有家超市被偷了几条烟报了警，派出所辅警跟着民警去…")
                     r"(考考新人|考考大家|考考你们|考一考|考考学员|出题|出个题|案例题|考题|情景题|判断题)[：:，,][^。？！]{0,14}?[，,]?(一个|有个|有一个|某个|某)?[^，。？！]{0,12}辅警|"
                     # "渝北出入境窗口的文职辅警，培训时拿她做案例：…": the 辅警 a trainer's case is made of
                     r"辅警[^。？！]{0,12}(拿|以|用)(她|他)(来)?(做|当|作)(案例|例子|典型|反面|正面|教材)|"
                     # "海州分局户籍窗口的一个文职辅警，上午在窗口…": the case opens on the 辅警 it is about
                     r"^[^，。？！]{0,14}的(?:一个|一名|个)(?:勤务|文职)?辅警(?=[，,。])|"
                     # "海州区一个路口，辅警早高峰在那疏导交通，…他就直接掏出本子开了张罚单": a 辅警 the case is about, unnamed,
                     # the subject of a clause of the story
                     r"(?:^|[，,。！？：:]|(?<=[县区市镇所局队]))(?:赶场天|那天|当天|昨天|前天|夜里|半夜|晚上|早上|一天)?(?:一个|有个|有一个|某个|这个)?(?:勤务|文职|巡逻的|路面的|社区)?辅警(?:小[\u4e00-\u9fff])?"
                     r"(?=(?:早高峰|晚高峰|夜里|半夜|晚上|上午|下午|那天|当时)?(?:在那|在路口|在街上|一个人|自己|跟着?民警|跟带班|跟着带班|被安排|被派|去|到|出警|执勤|巡逻|值班)[^，。？！]{0,16}(?:[，,。]|$))|"
                     # "小王是灌南的勤务辅警。昨天一个班下来…": a 辅警 by name, introduced as one
                     # (…not kin called so: 老公, 老婆, 老汉, 小舅…)
                     r"(?:^|[。！？，,])(小|老|阿)(?![公婆汉子爸妈爹娘伴乡板师表家总大二弟妹哥姐舅姨叔姑爷奶])[\u4e00-\u9fff](是|在)[^，。？！]{0,16}(辅警)|"
                     r"(徒弟|学员)(小|老|阿)[\u4e00-\u9fff]|徒弟|我带的[^，。？！]{0,4}辅警|我带的(那个|这个|一个)?(小伙子|小伙|小姑娘|姑娘|新人)|"
                     # a relative who is the 辅警 ("我儿子在九龙坡当辅警，他说民警经常让他…"): a mother asking for her son
                     # …also said with no 我 at the start of the message ("老公在江北区一个派出所当辅警")
                     r"(?:(?:我|俺)(?:们)?|^)(?:家|屋头|屋里|家里)?" + KIN_CHAIN + KIN_OFFICER + r"(?:"
                     r"[^，。？！]{0,12}(当(?!时|天|晚|场|初|面)|是|干|做|考上了?|考进)[^，。？！]{0,10}(辅警|协警)|"
                     # …told on after a comma, not someone else met there ("老公…被撞了，当时现场是个辅警在拍照")
                     r"[^，。？！]{0,12}[，,][^，。？！]{0,16}(当(?!时|天|晚|场|初|面)|是|干|做|考上了?|考进)(?!个|一个|一名|一位|位|名)[^，。？！]{0,10}(辅警|协警)|"
                     # "我老公勤务辅警，昨晚…": the post said right after the kin word
                     r"(?:勤务|文职|交通|交巡警)?(?:辅警|协警)(?=[，,。；\s])|"
                     # …told by where they work ("俺儿在新浦火车站那个派出所", "我老公在朝天门码头那一片穿起制服站岗",
                     # "我闺女去年考进派出所")
                     # …with a pet name first ("俺侄孙小虎在灌云伊山派出所")
                     r"(?:(?:小|阿|大)[\u4e00-\u9fff])?(?:就|也|现在|一直|去年|今年|前年|刚)?(?:在|考进了?|考上了?|考到了?|分到了?)[^，。？！]{0,14}?(派出所|分局|公安局|市局|县局|区局|指挥中心|看守所|拘留所|戒毒所|车管所|交警|大队|中队|警犬|出入境|交巡警|平台|执勤|巡逻|站岗|"
                     # "我老婆在万州110接警台上班，文职": the desk of the police she works at
                     r"110|接警台|接警中心|户籍室|户籍窗口|警务室|警务站))")
# HR telling of one of their staff ("现在有个文职辅警是学医的，想安排她去…，另外再让她兼着…")
_ONE_OF_STAFF = re.compile(r"有(个|一个|名|一名|位)(勤务|文职)(辅警|岗)")


def _one_of_staff_asked_of(question: str) -> bool:
    """One of the staff is told of and nothing is asked of the user (no "让我", "叫我"): the requests of the story are
    put to that 辅警, as to a trainer's trainee."""
    return bool(_ONE_OF_STAFF.search(question)) and \
        not any(re.search(r"我|俺", h.phrase) for h in phrases.hits(question, words("frame", "requests")))


_TRAINEE_SUBJECT = re.compile(r"^(他|她)(自己|们)?|^(小|老|阿)[\u4e00-\u9fff](?!区|学|时|组|队)|"
                              # "辅警就一个人在路边看着司机": the unnamed 辅警 of the case, called so again
                              r"^(这个|那个|该)?(勤务|文职)?辅警(?![们甲乙丙丁小老阿])")


_WHEN_FIRST = re.compile(r"^(第二天|次日|隔天|当天|当晚|昨天晚上|今天晚上|前天晚上|昨晚上|昨晚|昨天|今天|前天|早上|上午|下午|中午|傍晚|晚上|夜里|半夜|凌晨|当时|后来|那天|"
                         # "12点又有人报警…", "晚上8点半…": a time by the clock
                         r"(早上|上午|下午|晚上|夜里|凌晨)?[0-9一二三四五六七八九十两]{1,3}点(半|多|钟|左右)?(又|再)?|"
                         # "快下班时民警去开车了", "交班的时候民警…": a time told by what happens then
                         r"(快|刚|要)?(下班|上班|交班|接班|收队|出门|出发|吃饭|散场)(的时候|时|前|后|那会儿?)|"
                         # "到了以后民警在屋里问话": when they got there
                         r"(到了|到了现场|到现场|到那|到那边)(以后|之后|后)?)(值班的?|带班的?)?")


def others_first(text: str, trainee: bool = False) -> bool:
    """The clause begins with someone other than the user ("民警说他晚点过来") — in a trainer's case
    (``trainee``: :data:`TRAINEE` names the 辅警 of the story), other than that 辅警."""
    return other_subject(text, trainee) is not None


_WORK_TIME_FIRST = re.compile(r"^(巡逻|执勤|值班|出警|查车|设卡|检查)(的时候|时|中|途中)(?=民警|师傅|所长|带班)")


def other_subject(text: str, trainee: bool = False) -> str | None:
    """The words after the someone other than the user a clause begins with (:func:`others_first`); None when
    it begins with the user.

    >>> other_subject("带我的民警师傅刚被叫去那边找人了"), other_subject("我跟民警去巡逻")
    ('师傅刚被叫去那边找人了', None)
    """
    text = _WHEN_FIRST.sub("", text)   # "昨天晚上值班民警在监控室盯屏幕": when, then who
    text = _WORK_TIME_FIRST.sub("", text)   # "巡逻时民警拦下一辆被盗的摩托车": the work going on, then who
    if re.match(r"^(管教|值班|带班|社区|户籍|办案|巡逻)?(民警|师傅|所长|带班民警)[^，。？！]{0,2}(带|领)(着|到|起)?(我|俺|我们|俺们|他们|她们|[^，。？！]{0,4}(辅警|学员|新人))", text):
        return None   # "昨天晚上民警带到我们去查网吧", "民警带着他们两个辅警查…": the officer leads, the 辅警 act
    if re.match(r"^(管教|值班|带班|社区|户籍|办案|巡逻)?(民警|师傅|所长|带班民警|带班的)(走了|不在|出去了|离开了|去开会了|一走|走开了)(以后|之后|后)?(我|俺)", text):
        return None   # "民警走了我一个人看监区": the officer gone, the user acts
    if trainee and re.match(r"^(管教|值班|带班|社区|户籍|办案|巡逻)?(民警|师傅|所长|带班民警)[^，。？！]{0,2}(带|领)(着|到|起)?(他|她)(?!们)", text):
        return None   # a trainer's case: "民警带着他一起把人控制住" — the officer leads, the 辅警 of the case acts
    if re.match(r"^(民警|师傅|所长|带班民警|同事)[^，。？！]{0,2}(和|跟|同|带着)(我|俺|我们|俺们)(一起|一块|一块儿|两个|俩)?", text):
        return None   # "民警和我一起把他按在地上": the user acts with the officer
    stranger = _STRANGER.match(text)
    # (…not one the user meets or acts on: "查出一个司机喝了酒", "碰到一个小伙子")
    # (…or guides, tells: "引导两位司机把车挪到路边")
    if stranger and re.search(r"查出|查到|抓到|抓了|拦下|拦住|拦了|碰到|碰见|遇到|遇见|看到|看见|发现|处理|劝|接到|接待|引导|指导|提醒|疏导|指挥|通知|告诉|告知", text[:stranger.end()]):
        stranger = None
    if stranger and not (trainee and _TRAINEE_SUBJECT.match(text) and not stranger.group("whose")):
        return text[stranger.end():]   # "后面排队的一个小伙子插队还骂人", "小王的朋友来打听…": someone else's doing
    h = phrases.first(text, words("frame", "others") + words("frame", "others_introduced") + words("frame", "case_parties"))
    if h is None:
        return None
    if h.phrase in words("frame", "case_parties") and re.search(r"(了|来)?(就|便|再|马上|立马)", text[h.end:]):
        return None   # "车主回来了就当场开罚单": the party comes, the user acts
    if h.phrase.startswith("有") and (re.search(r"(托|让|叫|喊|求|请|要|找)(我|俺)", text) or
                                     re.match(r"[^，。？！]{0,4}(辅警|协警|同事|学员|徒弟|新人)", text[h.end:])):
        return None   # "有个家属托我带封信", "有个辅警说他可以…": the user's act, or a 辅警's act asked about
    # "带我的民警师傅刚被叫去…": the officer named by who they are to the user is someone else all the same
    owned = re.fullmatch(r"(带我的|带我们的|跟我的|我们的|我们所的|所里的|我的|一起的|搭班的)", text[:h.start])
    if not (h.start == 0 or owned) or (trainee and _TRAINEE_SUBJECT.match(text)):
        return None
    return text[h.end:]


# one of the public counted or described ("后面排队的一个小伙子", "门口一位大姐"), or someone's friend or kin named by whose
# they are ("小王的朋友", "他同学"), opening the clause
_STRANGER = re.compile(r"^[^，。？！我俺给帮跟和对让把替为向叫喊问找]{0,8}?(的)?(一|两|几)(个|位|名)(小伙子|小伙|男的|女的|男子|女子|大姐|大哥|大爷|大妈|阿姨|老人|老太太|"
                       r"群众|市民|顾客|女士|男士|小孩|孩子|学生|家长|司机|路人)|"
                       # "楼上男子突然扇了楼下老人一耳光", "随后老人要求处罚": a party of the case named by where or what they are
                       r"^(随后|后来|然后|接着|突然|这时|当时)?(楼上|楼下|隔壁|对门|对面|一方|另一方|双方)?(的)?(男子|女子|老人|老太太|大爷|大妈|小伙子|司机|摊主|店主|车主|当事人)"
                       r"(?=[^，。？！]{0,3}(突然|要求|骂|打了|扇|推了|动手|冲上))|"
                       r"^([小老阿][\u4e00-\u9fff]|他|她)的?(?P<whose>朋友|同学|亲戚|邻居|老乡|熟人|发小)")


def _ends_in_request(text: str) -> bool:
    """"所里喊我", "领导安排我们": the clause ends where the request begins (its act follows, as a list)."""
    h = phrases.last(text, words("frame", "requests"))
    return h is not None and len(re.sub(r"^们", "", text[h.end:]).strip()) <= 1


# "涪陵有个勤务辅警的白班", "新浦有个辅警平时在夜市一带巡逻" is told, but "连云港市区一个社区警务室的辅警老马": who the case is
# about, introduced — with no act of its own (a verb after the person goes on: "有个辅警帮人代写协议" is an act)
_INTRODUCED = re.compile(r"^[^，。？！]{0,12}?(有个|有一个|有位|有一位|一个|某)[^，。？！把给帮替让叫能可]{0,10}?(辅警|民警|学员|同事)"
                         r"([小老阿][\u4e00-\u9fff])?(的?(白班|夜班|一天|周[一二三四五六日天]|星期[一二三四五六日天]|事|案例|经历))?$|"
                         # "…新招的几个接警员都是文职辅警": who they are, said of them
                         r"^[^，。？！把给帮替让叫能可]{2,24}?(都|也|就|其实)?(是|属于)(勤务|文职)(辅警|岗)$")


# why the user asks, told before the question ("做培训课件要用：", "给新辅警备课用"): no topic of the question
_PURPOSE = re.compile(r"^(我|我们)?(现在|正在)?(要|想|准备|在)?(做|写|备|出|编|弄|整|准备)(个|一个|一份|点|些)?(岗前培训|入职培训|新警培训|培训|讲课|上课|授课|入职|岗前)?(的)?"
                      r"(课件|材料|PPT|ppt|讲稿|教案|试题|题目|考题|汇报|总结|论文|课)(要|需要|得)?(用|用的|参考)?$|"
                      r"^(给|帮|为)(新人|新辅警|新来的|学员|大家|同事们)(讲课|上课|培训|备课|出题)(要|得|需要)?(用|参考)?$|"
                      r"^(备课|出题|写材料|做课件)(要)?(用|参考)?$|"
                      # "岗前培训要讲": what a class must cover, no topic of its own
                      r"^(岗前培训|入职培训|新警培训|培训课|培训|上课|讲课)(上|时|的时候)?(要|得|需要|准备)(讲|讲到|用|涉及|提到)$|"
                      # "新辅警培训课上有学员问": who asks, in a class — no topic
                      r"^[^，。？！]{0,8}(培训课上|课上|上课时|培训时|培训的时候|上课的时候)(有)?(个)?(学员|人|同学|新人)(问|提问|提出)(我)?$")


def is_purpose(text: str) -> bool:
    """A clause that only says why the user asks ("做培训课件要用", "做岗前培训的PPT"): it names no topic.

    >>> is_purpose("做岗前培训的PPT"), is_purpose("做培训课件要用"), is_purpose("岗前培训没通过")
    (True, True, False)
    """
    return bool(_PURPOSE.match(text.strip()))


# "给新辅警上岗前培训要讲回避这一块": the class the user teaches frames the topic after it — 培训 is no topic of its own
# (…or with no one named: "培训课要讲辅警开警车这块")
_TEACHING_FRAME = re.compile(r"^(我|我们)?(要|准备|想)?((给|跟|对|帮)(新辅警|新人|新来的|学员|新招的辅警|大家|新同事)(们)?)?(上|做|搞|讲)?"
                             r"(岗前培训|入职培训|培训课|培训|上课|讲课|一堂课|课)(的时候|时|上)?(要|想|得|准备)?(讲|讲讲|说说|介绍|讲一下)(?=[^，。？！]{2,})")


# "做培训课件要一页对比：…": the slides being made frame the topic after them — 培训 is no topic of its own
_SLIDES_FRAME = re.compile(r"^(我)?(在|正在)?(做|准备|弄|写|整)(个|一个)?(岗前)?(培训)?(的)?(课件|PPT|ppt|教案|讲稿)(的时候)?(要|想|得)?(做|出)?(一页|一张|个)?(对比|比较)?")


def without_teaching_frame(text: str) -> str:
    """``text`` without the class it is said for ("给新辅警上岗前培训要讲回避这一块" → "回避这一块").

    >>> without_teaching_frame("给新辅警上岗前培训要讲回避这一块"), without_teaching_frame("岗前培训没通过")
    ('回避这一块', '岗前培训没通过')
    >>> without_teaching_frame("培训课要讲辅警开警车这块")
    '辅警开警车这块'

    """
    return _SLIDES_FRAME.sub("", _TEACHING_FRAME.sub("", text))


# "辅警不是不能调查取证吗": a ban the user recalls, beside what they ask ("这种活我能去吗") — no act of its own
RECALLED = re.compile(r"^(可是|但是|可|但|那)?(辅警|我们|咱们|咱)?(不是|不就是)(说|规定|讲)?(了)?(辅警|我们)?"
                       r"(不能|不让|不准|不许|不可以|不得|禁止)[^，。？！]{1,12}(吗|么|嘛|的吗|的嘛)$|"
                       # "俺记得辅警不能保管警械", "听说辅警不准审核案件": the ban as the user remembers or heard it
                       r"^(可是|但是|可|但)?(事后)?(我|俺)?(事后)?(才)?(想起来|记得|印象中|印象里|听说|听人说|据说)(好像)?(说)?(我们|咱们)?(辅警|文职辅警|勤务辅警|文职|勤务)"
                       r"(是)?(不能|不让|不准|不许|不可以|不得|禁止|无权|没有?权)[^，。？！]{1,12}(的)?(吧|吗|么|嘛|哦)?$|"
                       # "处罚不是辅警能管的", "审讯不是辅警能碰的吧": a matter said not to be the 辅警's
                       r"^[^，。？！我俺]{1,8}(?<!是)(不是|不归|轮不到)(我们)?(辅警|文职|勤务)(辅警)?(能|可以|该|应该)?"
                       r"(管|碰|干|做|搞|弄|插手|参与)的?(事|活)?(吧|吗|么|嘛|哦)?$")


# a second question opened ("还有她想问问", "另外我还想问一下")
ALSO_ASKS = re.compile(r"(还有|另外|再就是|还有就是)(我|她|他|俺)?(还)?(想)?(问问|问一下|问下|问一哈|请教一下|咨询一下)")


# a text's words reported ("重庆条例里写了…", "办法上写着…")
TEXT_SAYS = re.compile(r"(条例|办法|规定|文件|法规)(里|上|里面|上面|中)?(明确)?(写了|写着|写的是|写明了|规定了|列了|列着|提到)")


# "南岸区交巡警支队培训", "涪陵区局的辅警培训题": the unit's class the case is set in, a clause of its own
_UNIT_CLASS = re.compile(r"^[^，。？！]{0,12}(支队|大队|中队|分局|派出所|局|所)(里|的)?(辅警)?(岗前)?(培训|培训题|培训课|考题|练习题|测试题)$")


def _is_frame(text: str) -> bool:
    """A clause that frames the case for an audience, or only introduces whom it is about."""
    return phrases.any_in(text, words("frame", "story_frames")) or _INTRODUCED.match(text) is not None or \
        _UNIT_CLASS.match(text) is not None


# finding out, asked of the user ("领导让我们先弄清楚"): an errand, no act
ERRAND = r"(先|去|再)?(弄清楚|搞清楚|问清楚|了解清楚|了解一下|确认一下|核实一下|问一下|问问|查一下规定|查查规定|弄明白|搞明白|查一下|查查|查一查)"
# "看证据够不够": what a step checks, a question embedded in the act
_CHECK = re.compile(r"^(再|然后)?(看|看看|查|查查|查一下|检查|核实|核对|确认|判断|审|审查|瞧瞧)[^，。？！]{1,12}([^能可行要是有会该准让用得])[不没]\3"
                    r"(?![^，。？！]{0,6}(吗|呢|行|可以))")   # …not "查出租房这活他能不能跟着干" (a permission asked)
# a worry someone has, told as part of the story ("回家他一直担心…", "我老公老是怕…")
_TOLD_WORRY = re.compile(r"^[^，。？！]{0,4}?(他|她|我老公|我老婆|我爱人|我儿子|我女儿|孩子|娃儿|家里人)(回来|回家)?(后)?(就|也|还)?(一直|总|老是?|很|有点|特别|挺)?(担心|怕|害怕|顾虑|纠结)")


_SPACED_ITEM = re.compile(r"(?:(?<=^)|(?<=[\u4e00-\u9fff：:？?，,。；;]))\s*([1-9])\s+(?=[\u4e00-\u9fff])")


def _spaced_items(question: str) -> str:
    """A list numbered with bare digits and spaces ("问下：1 辅警被判了刑会不会解除合同 2 考核一直不合格的呢 3 …") marked
    as a numbered list ("1." …), one character for one — only when its numbers run 1, 2, … in order.

    >>> _spaced_items("问下：1 被判了刑会不会解除合同 2 考核不合格的呢")
    '问下：1.被判了刑会不会解除合同 2.考核不合格的呢'
    >>> _spaced_items("等了 3 天还没回")
    '等了 3 天还没回'
    """
    found = list(_SPACED_ITEM.finditer(question))
    numbers = [int(m.group(1)) for m in found]
    if len(found) < 2 or numbers != list(range(1, len(found) + 1)):
        return question
    out = list(question)
    for m in found:
        out[m.end(1)] = "."   # the space after the digit (one character: indices hold)
    return "".join(out)


def split(question: str) -> list[Clause]:
    """Cut ``question`` into clauses and tell which ones ask (see the module docstring)."""
    raw: list[tuple[str, int, int, int, bool]] = []
    items: set[int] = set()
    sentence, pos, after_number, marks_before = 0, 0, False, ""
    trainee = bool(TRAINEE.search(question)) or _one_of_staff_asked_of(question)
    question = _spaced_items(question)
    for m in list(_CUT.finditer(question)) + [None]:
        end = m.start() if m else len(question)
        piece = question[pos:end]
        marks = m.group() if m else ""
        stripped = piece.strip()
        if stripped:
            s = pos + piece.index(stripped)
            if after_number and (_ITEM_RE.search(marks_before) or not others_first(stripped, trainee)):
                items.add(len(raw))
            raw.append((stripped, s, s + len(stripped), sentence, any(c in _QUESTION_END for c in marks)))
        if any(c in _SENTENCE_END for c in marks) or marks.strip().strip(".") == "" and "." in marks:
            sentence += 1
        if m is None:
            break
        marks_before = marks
        if _ITEM_RE.search(marks):
            after_number = True
        elif any(c in _SENTENCE_END for c in marks) or not items:
            after_number = False     # an item goes on to the end of its sentence ("5.带回所里后，…开了单子。")
        pos = m.end()
    coordinators = words("frame", "coordinators")
    clauses: list[Clause] = []
    # what the user knows is fine, told before the clause of its sentence that asks ("写程序这个是我的日常工作
    # 没得啥子，那这个…的活我能不能接？"): the question mark belongs to the clause after it
    known = [bool(_KNOWN.search(text)) and i + 1 < len(raw) and raw[i + 1][3] == sent
             for i, (text, _, _, sent, _) in enumerate(raw)]
    plain = [_asks_plainly(text, qmark) and not known[i] for i, (text, _, _, _, qmark) in enumerate(raw)]
    last_plain = max((raw[i][3] for i, p in enumerate(plain) if p), default=-1)
    for i, (text, s, e, sent, qmark) in enumerate(raw):
        # a question word in a sentence before the one that asks is part of the story ("为押金退多少吵得
        # 脸红脖子粗。……这个我能先劝劝吗？")
        asked = plain[i] or (_asks_by_question_word(text, audience=i == len(raw) - 1) and sent >= last_plain and not known[i] and
                             not (_KNOWN.search(text) and not qmark))
        # "她婆婆说这些活应该民警自己干，辅警不能碰": what someone said goes on into the next clause
        if asked and not qmark and i > 0 and raw[i - 1][3] == sent and "我" not in text and \
                not re.search(r"能不能|可不可以|可以不可以|行不行|要不要|是不是|到底|这个|这样|吗|么|呢|吧|嘛|[不没]$", text) and \
                re.search(r"(她|他|人家|别人|有人|婆婆|公公|老公|老婆|家里人|同事|师傅)[^，。？！]{0,3}(说|讲|认为|觉得)", raw[i - 1][0]):
            asked = False
        # "初中同学找我，说想晓得他前女友住哪个小区，让我…帮查一下": what another wants to know, reported, with the
        # user's own question still to come
        if asked and not qmark and _REPORTED_WISH.match(text) and any(_asks_plainly(t, q) for t, _, _, _, q in raw[i + 1:]):
            asked = False
        # "有个记者想采访我，聊聊我们辅警平时上班都干些啥，我能…": what someone wants talked about, the clause
        # before telling the wish, with the user's own question still to come
        if asked and not qmark and i > 0 and raw[i - 1][3] == sent and _TALK_WISHED.match(text) and \
                _WISHES.search(raw[i - 1][0]) and any(_asks_plainly(t, q) for t, _, _, _, q in raw[i + 1:]):
            asked = False
        # "重庆条例里写了文职辅警可以搞“警犬训养”。…连云港的办法里允许吗": what a text says, reported, with the
        # question still to come
        if asked and not qmark and TEXT_SAYS.search(text) and not re.search(r"[吗么呢嘛不没]$|能不能|可不可以|是不是|有没有", text) and \
                any(_asks_plainly(t, q) for t, _, _, st, q in raw[i + 1:]):
            asked = False
        # "我们系统里应该能看到，这事我该不该做": what can be done, supposed, with the question still to come
        if asked and not qmark and _SUPPOSED_ABLE.search(text) and not re.search(r"[吗么呢嘛不没]$", text) and \
                any(_asks_plainly(t, q) for t, _, _, st, q in raw[i + 1:] if st <= sent + 1):
            asked = False
        # "我堂弟这关系要不要回避先不说，制止打架这个我能先上吗": a question set aside in its own words, another asked after it
        if asked and not qmark and re.search(r"(先不说|先不谈|先不论|先放一边|放一边|另说|先不管)$", text) and \
                any(_asks_plainly(t, q) for t, _, _, _, q in raw[i + 1:]):
            asked = False
        if asked and not qmark and _SYSTEM_ABLE.search(text) and not re.search(r"[吗么呢嘛不没]$", text) and \
                any(_asks_plainly(t, q) for t, _, _, _, q in raw[i + 1:]):
            asked = False
        # "叫我…先给他做个询问笔录，问下偷了几部、卖给哪个了，这个我能做吗": what the request has the user ask, its
        # questions told with no mark of their own, the user's question still to come
        if asked and not qmark and i > 0 and raw[i - 1][3] == sent and ASK_THEM.match(text) and \
                _request(raw[i - 1][0], trainee) and any(_asks_plainly(t, q) for t, _, _, _, q in raw[i + 1:]):
            asked = False
        # "我姐非让我去打个招呼，看面试的时候能不能照顾照顾。我能去说一声吗": what the request is for ("看能不能…", to
        # see whether), the user's own question still to come
        if asked and not qmark and i > 0 and raw[i - 1][3] == sent and _SEE_WHETHER.match(text) and \
                _request(raw[i - 1][0], trainee) and any(_asks_plainly(t, q) for t, _, _, _, q in raw[i + 1:]):
            asked = False
        # "这不是文职的活吗，我干这个合规不": a remark on whose work the act is, the question still to come
        if asked and not qmark and _WHOSE_WORK.match(text) and \
                any(_asks_plainly(t, q) for t, _, _, st, q in raw[i + 1:] if st == sent):
            asked = False
        # "考考大家：某辅警巡逻时…": the quiz opening the message frames the case told after it
        if asked and i == 0 and len(raw) > 2 and _QUIZ_OPENING.fullmatch(text.strip()):
            asked = False
        # "有个在押人员的婆娘一直拉到我问，她老公交代了什么、多久能出来": the question someone put to the user,
        # reported, with the user's own still to come
        # (…not a permission relayed — "有个学员问我，能不能先把这车扣下来" is the question)
        if asked and not qmark and i > 0 and raw[i - 1][3] == sent and re.search(r"问(我|俺)?$", raw[i - 1][0]) and \
                not re.match(r"(我|俺)", raw[i - 1][0]) and not _PERMISSION_ASKED.search(text) and \
                re.search(r"什么|啥|多久|好久|哪|谁|几|多少", text) and \
                not re.search(r"学员|徒弟|新人|新来的|同事|小伙子|姑娘|辅警", raw[i - 1][0]) and \
                any(_asks_plainly(t, q) for t, _, _, st, q in raw[i + 1:]):
            asked = False
        # "有人打电话问补办身份证需要什么材料，我可以直接跟他说吗": someone else's question reported in the clause itself,
        # with the user's own still to come in its sentence or the next
        # (…not when the user's own asks how to answer it: "培训时有人问这样安排合不合规，我该咋个回答")
        if asked and not qmark and _ASKED_BY_OTHER.match(text) and not _PERMISSION_ASKED.search(text) and \
                any(_asks_plainly(t, q) for t, _, _, st, q in raw[i + 1:] if st <= sent + 1) and \
                not any(_HOW_TO_REPLY.match(_TRAIL.sub("", t).strip()) or re.search(r"(怎么|咋个?|如何|啷个)(回答|答复|回复|讲|说|解释|跟他说|跟她说)", t)
                        for t, _, _, st, _ in raw[i + 1:] if st <= sent + 1):
            asked = False
        # "她有没有执业证我还没问": a fact the user says they do not know yet, no question of its own
        if asked and _NOT_KNOWN_YET.search(text) and any(c.asked for c in clauses):
            asked = False
        # "挨打那个要报案，说手机里录了视频可以发给我": what someone offers the user, reported — no question of the user's
        if asked and not qmark and i > 0 and re.match(r"(又|还|就)?(说|讲)", text) and \
                re.search(r"(可以|能)(发|给|转|传|送|交|拿)(给)?(我|俺)", text) and not re.match(r"(我|俺)", raw[i - 1][0]) and \
                any(_asks_plainly(t, q) for t, _, _, _, q in raw[i + 1:]):
            asked = False
        clauses.append(Clause(i, text, s, e, sent, asked))
    # "我一个人查剩下的宾馆可以吗？发传单呢": the message closes on another act with 呢, after a question — asked too
    if len(clauses) > 1 and not clauses[-1].asked and re.fullmatch(r"(那|那么|还有)?[\u4e00-\u9fff]{2,12}呢", clauses[-1].text) and \
            any(c.asked for c in clauses[:-1]):
        last = clauses[-1]
        clauses[-1] = Clause(last.index, last.text, last.start, last.end, last.sentence, True)
    # "…要不要搞宣誓？培训也要的吧", "…跟谁签合同？签的是劳动合同还是劳务派遣那种", "…要是不行，我帮到把…录进系统总
    # 要得嘛": the message closes, after a question, on one seeking confirmation or a choice — asked too
    # (…its own sentence: "…归哪个管，是分局还是派出所" only says the first question again)
    # (…or, in the question's own sentence, an act said to be fine with a particle that seeks agreement: "…勒个我该不该照做
    # 我跟到民警上管理勤务本身没问题噻")
    confirming = len(clauses) > 1 and bool(_CONFIRMING.search(clauses[-1].text))
    if len(clauses) > 1 and not clauses[-1].asked and \
            any(c.asked and (c.sentence < clauses[-1].sentence or confirming) for c in clauses[:-1]) and \
            (re.search(r"^(?![不没别])[\u4e00-\u9fff]{2,}(的)?吧$", clauses[-1].text) or confirming or
             re.search(r"是[^，。？！]{1,12}还是[^，。？！]{1,12}$", clauses[-1].text)):
        last = clauses[-1]
        clauses[-1] = Clause(last.index, last.text, last.start, last.end, last.sentence, True)
    # "…再坐到窗口上帮着收材料。两样都要我做，合规不": the acts pointed back to as what is asked of the user, then a
    # bare question — the pointer is what is asked
    for i, c in enumerate(clauses[:-1]):
        nxt = clauses[i + 1]
        if not c.asked and nxt.asked and nxt.sentence == c.sentence and _POINTER_REQUEST.match(c.text) and \
                _BARE_QUESTION.match(nxt.text):
            clauses[i] = Clause(c.index, c.text, c.start, c.end, c.sentence, True)
    # "回家他一直担心辅警不能碰警械会被处分。他这情况合规吗": a worry told of the story, before the clause that asks;
    # "看证据够不够、程序对不对": what a step checks, told before the clause that asks
    for i, c in enumerate(clauses):
        if c.asked and not _QUESTION_END.intersection(question[c.end:c.end + 1]) and \
                (_TOLD_WORRY.match(c.text) or _CHECK.match(c.text)) and any(o.asked for o in clauses[i + 1:]):
            clauses[i] = Clause(c.index, c.text, c.start, c.end, c.sentence, False)
    # a clause opening with a joining word next to an asked clause asks too ("…能先送他去医院吗？再把现场…")
    for i, c in enumerate(clauses):
        if c.asked or not any(c.text.startswith(w) for w in coordinators):
            continue
        near = [o for o in clauses if o.asked and o.index < i and (o.sentence == c.sentence and i - o.index <= 2 or o.index == i - 1)]
        # "…没问题噻？还有当时我脑壳一热，想去摸师傅的枪，这个我能不能做？": it opens the story of a later question
        later = any(o.asked and o.sentence == c.sentence and o.index > i and
                    phrases.any_in(o.text, [w for w in words("frame", "back_references") if len(w) > 1]) for o in clauses)
        # (…nor "另外当时有个老人困在…，我能不能…": someone there, told before the question of its own sentence)
        told_before_own = _THERE_WAS.match(c.text) and any(o.asked and o.sentence == c.sentence and o.index > i for o in clauses)
        if near and not later and not told_before_own:
            clauses[i] = Clause(c.index, c.text, c.start, c.end, c.sentence, True)
    # "听说考核考差了就不续签了，是真的吗": the claim heard is asked, the check names no topic of its own
    for i, c in enumerate(clauses):
        # (…a claim of its own words: "有人说辅警入不了" after "想入工会" says its topic before it)
        # (…the only question: "同事说辅警不能碰手铐，真的假的？我这算违规不" asks of the act told)
        claim = heard_claim(clauses[i - 1].text) if i > 0 else ""
        if c.asked and i > 0 and not clauses[i - 1].asked and CLAIM_CHECK.match(c.text) and \
                not any(o.asked for o in clauses if o.index != i) and \
                len(claim) >= 7 and not re.match(r"(这|那)", claim) and \
                clauses[i - 1].sentence >= c.sentence - 1:
            p = clauses[i - 1]
            clauses[i - 1] = Clause(p.index, p.text, p.start, p.end, p.sentence, True)
    # "领导问今年全市给了多少个名额、笔试定在哪天，条例里有写吗": whether the texts say it, asked of the question
    # someone put just before — that question is what is asked
    for i, c in enumerate(clauses):
        reported = _REPORTED_QUESTION.search(clauses[i - 1].text) if i > 0 else None
        if c.asked and reported and not clauses[i - 1].asked and _TEXTS_SAY_IT.fullmatch(_TRAIL.sub("", c.text).strip()) and \
                not any(o.asked for o in clauses if o.index != i) and _asks_by_question_word(clauses[i - 1].text[reported.end():]):
            p = clauses[i - 1]
            clauses[i - 1] = Clause(p.index, p.text, p.start, p.end, p.sentence, True)
    # "…喊他从背后把人抱到控制住…。他这么大年纪干这个事，规定允许不": a bare question after a clause that points back
    # ("干这个事") asks through that clause
    for i, c in enumerate(clauses):
        if c.asked and i > 0 and not clauses[i - 1].asked and clauses[i - 1].sentence == c.sentence and \
                _RULE_ALLOWS.fullmatch(_TRAIL.sub("", c.text).strip()) and _DOES_THIS.search(clauses[i - 1].text):
            p = clauses[i - 1]
            clauses[i - 1] = Clause(p.index, p.text, p.start, p.end, p.sentence, True)
    # "我是直接给他们把责任定了，还是只能让他们自己商量着私了？": both sides of an alternative are asked
    for i, c in enumerate(clauses):
        if c.asked and c.text.startswith("还是") and i > 0 and not clauses[i - 1].asked and \
                clauses[i - 1].sentence == c.sentence:
            p = clauses[i - 1]
            clauses[i - 1] = Clause(p.index, p.text, p.start, p.end, p.sentence, True)
    # "民警让我一个人去送传唤证，他不过来，怎么办": how to proceed, asked after a request, asks nothing of its own —
    # the request is what is asked (below)
    proceed = [c for c in clauses if c.asked and re.sub(r"[呢啊嘛哦噻呀]$", "", c.text) in words("frame", "proceed_asks")]
    if proceed and len(proceed) == sum(c.asked for c in clauses) and \
            any(_request(c.text, trainee) for c in clauses if c.index < proceed[0].index):
        clauses = [Clause(c.index, c.text, c.start, c.end, c.sentence, False) for c in clauses]
    requested_only = False
    # "所里喊我 1.… 2.… 3.…" with no question of its own outside the list: the items are what is asked
    intro = [c.index for c in clauses if c.index + 1 in items and c.index not in items and _ends_in_request(c.text)]
    if intro and all(c.index in items or c.index in intro for c in clauses if c.asked):
        clauses = [Clause(c.index, c.text, c.start, c.end, c.sentence, False) for c in clauses]
    relayed = {c.index for c in clauses if _RELAYED_QUESTION.search(c.text)}
    if not any(c.asked for c in clauses) and relayed:
        # "有个司机问我闯红灯到底扣3分还是6分 我一哈搞忘了": no question of the user's own, the one relayed is asked
        clauses = [Clause(c.index, c.text, c.start, c.end, c.sentence, c.index in relayed) for c in clauses]
    if not any(c.asked for c in clauses):
        # words without a question ("扣车", "一个人出警"): the words themselves are what is asked about —
        # or, in a story that tells what the user was asked to do ("民警让我一个人开警车去送决定书"), that
        # a request whose act follows as a numbered list ("所里喊我 1.… 2.…") asks through its items
        requested = ({c.index for c in clauses if _request(c.text, trainee)} - set(intro)) | \
            ({i for i in items if i < len(clauses)} if intro else set())
        # …and what the request goes on to ask in the clauses after it ("再把他的验伤单和视频收了", "不合格就直接给它
        # 贴封条"): the same request, its next step
        for i in sorted(requested):
            j = i + 1
            while j < len(clauses) and j not in requested and clauses[j].sentence == clauses[i].sentence and \
                    (any(clauses[j].text.startswith(w) for w in coordinators) or _NEXT_STEP.match(clauses[j].text)):
                requested.add(j)
                j += 1
        requested_only = bool(requested)
        clauses = [Clause(c.index, c.text, c.start, c.end, c.sentence, not requested or c.index in requested)
                   for c in clauses]
    # "培训题，两个市对比着答：①勤务辅警在民警带领下管理涉案财物 ②文职辅警搞软件研发 ③…，要不要啥条件": a quiz
    # opened before its items asks each item, whichever of them has a question of its own
    first_item = min(items, default=len(clauses))
    # (…a judgement asked before the items, "下面哪些做法对：①…", judges them as told)
    if any(_QUIZ_FRAME.search(c.text) for c in clauses[:first_item]) and not requested_only and \
            not any(c.asked for c in clauses[:first_item]):
        clauses = [Clause(c.index, c.text, c.start, c.end, c.sentence, True) if c.index in items else c
                   for c in clauses]
    # a trainer's frame around the acts ("给大家当范本", "再给一个正面例子", "涪陵有个勤务辅警的白班"): no act of its own,
    # when another clause is asked
    # "我该咋个回她？她要我查的那个能查不": how to answer the one who asked names no act — the other question says
    # what is asked (alone, "…我该咋回答" is the question)
    # "岗前培训要讲 辅警有五险一金没": why the user asks, typed with no stop before the question, is no question
    # (…nor the quiz's opening, "出个判断题考考大家：①…", when numbered items are what is asked)
    framed = [c for c in clauses if c.asked and (_is_frame(c.text) or RECALLED.match(c.text) or is_purpose(c.text) or
                                                 items and _QUIZ_OPENING.fullmatch(c.text.strip()) or
                                                 _HOW_TO_REPLY.match(_TRAIL.sub("", c.text).strip()))]
    if framed and any(c.asked and c not in framed for c in clauses):
        clauses = [Clause(c.index, c.text, c.start, c.end, c.sentence, False) if c in framed else c for c in clauses]
    # the items of a list told after a request ("所里喊我 1.去网吧… 2.…") or after what introduces them ("一天做了
    # 这些事 1.… 2.…") are what was asked of the user, or done: each one an act of its own
    listed = {i for i in items if i < len(clauses) and not clauses[i].asked}
    out = []
    for c in clauses:
        if c.index in items and c.asked and requested_only:
            out.append(Clause(c.index, c.text, c.start, c.end, c.sentence, True, c.text, c.start, c.text, True))
            continue
        if c.index in listed and not c.asked:
            # (…what someone else does in an item is theirs, only a request in it is the user's: "②有人打电话来问
            # 户口迁移流程", "③值班民警电话里交代小王调门口的监控")
            # (an item is of a case's 辅警 as a trainer tells it: "民警带着他一个个劝…" is their act, led)
            req = (_request(c.text, trainee) or "") if others_first(c.text, True) else c.text
            out.append(Clause(c.index, c.text, c.start, c.end, c.sentence, False, request=req, item=True))
            continue
        if c.asked and requested_only and _request(c.text, trainee):
            req = _request(c.text, trainee)
            out.append(Clause(c.index, c.text, c.start, c.end, c.sentence, True, req, c.start + max(c.text.find(req), 0)))
        elif c.asked:
            words_, offset = predicate(c.text)
            if len(words_) > 1 and words_.endswith(("不", "没")):
                words_ = words_[:-1]     # "可以骑不": the 不 of a yes-or-no question, not of the act
            if len(words_) > 2 and words_.endswith("得"):
                words_ = words_[:-1]     # "一个人调得不": 得 of the potential, the act is 调
                words_ = re.sub(r"(?<=..)(总|总该|总归)要$", "", words_)   # "…录进系统总要得嘛": 要得 asks, 总 how sure
            words_ = re.sub(r"(?<=.)得(完|过来|下来)$", "", words_)   # "一个人做得完不": whether it can be done, the act is 做
            words_ = re.sub(r"(.)还是不\1$", r"\1", words_)   # "我接还是不接": the act is 接
            # "这钱收不收得": the act is 收 (not a permission asked so: "照不照", "行不行", "管不管")
            # (…not after a bare pointer: "这个查不查" points back, its act is the story's)
            if not re.fullmatch(r"(这个|那个|这|那|这样|那样|这些|那些|这种)(我|俺)?[\u4e00-\u9fff]不[\u4e00-\u9fff]", words_):
                words_ = re.sub(r"(?<=.)([^照行中能可要得管对是好会该准])不\1$", r"\1", words_)
            out.append(Clause(c.index, c.text, c.start, c.end, c.sentence, True, words_, c.start + offset, item=c.index in items))
        else:
            req = _request(c.text, trainee)
            prev = out[-1] if out else None
            if req and trainee and prev is not None and prev.sentence == c.sentence and not prev.request and \
                    re.match(r"(喊|叫|让|要)(他|她)(?!们)", c.text) and re.match(r"(他|她)(?!们|说|讲)", prev.text):
                req = ""   # "他自己冲上去把车拦下来纠正，喊他掉头": the 辅警 of the case tells the driver, no request to them
            # …not a warning that says what the first step is for ("追到，莫让他跑了")
            if not req and prev is not None and prev.request and not prev.asked and prev.sentence == c.sentence and \
                    _open_quote(clauses, c.index) and not re.match(r"^[“\"「]?(莫|别|不要|不准|不能|千万别|小心)", c.text):
                # "对讲机里说“你先拦住他，查下他身份证”": the quoted instruction goes on after its comma
                req = _TRAIL.sub("", re.sub(r"^(你|再|然后|顺便)+", "", c.text.strip("“”\"「」‘’'"))).strip()
            if not req and prev is not None and not prev.asked and not prev.request and prev.sentence == c.sentence and \
                    _INSTRUCTS_END.search(prev.text) and not others_first(c.text, trainee):
                # "走之前交代我，来办证的先帮着收材料、拍照、录信息": the instruction told in the clause after it
                req = _TRAIL.sub("", re.sub(r"^(说|讲|你|先|再|然后|就)+", "", c.text)).strip()
            if not req and prev is not None and prev.request and not prev.asked and prev.sentence == c.sentence and \
                    _REQUEST_GOES_ON.match(c.text) and len(c.text) > _REQUEST_GOES_ON.match(c.text).end() + 1:
                # "说我也跟着去，到时候帮忙控制住": the same request, its next step
                req = _TRAIL.sub("", c.text[_REQUEST_GOES_ON.match(c.text).end():]).strip()
            handed = _HANDED_TO_HER.search(c.text) if not req and prev is not None and prev.request and \
                prev.sentence == c.sentence and not c.asked else None
            if handed and len(c.text) > handed.end() + 1:
                # "想让文职辅警坐到值班台，群众来报案就由她直接做受案登记": what is then left to the one asked
                req = _TRAIL.sub("", c.text[handed.end():]).strip()
            if req and re.fullmatch(r"[\u4e00-\u9fff]{0,3}的(这个|那个|这些|那些|这件事|那件事)(事|活|忙)?", req):
                req = ""   # "老师请我讲的这个，我能去讲不": the request told before, pointed at — no new one
            if req and _BARE_REQUEST.match(req) and any(o.request for o in out):
                req = ""   # "叫我一个人拿钥匙去号房巡视…他叫我一个人去弄": how the request before is to be done, no new one
            if req and _NOT_TO_DO.match(req):
                # "所长让俺这阵子别出去巡逻了，专门留在所里维护网络": what the user is told not to do is no request of an
                # act — what they are told to do instead, in the clause after it, is
                nxt = clauses[c.index + 1] if c.index + 1 < len(clauses) else None
                instead = nxt is not None and nxt.sentence == c.sentence and not nxt.asked and not others_first(nxt.text, trainee)
                req = _TRAIL.sub("", re.sub(r"^(而是|专门|改成|改为|改去|就|只|光|先|去|来)+", "", nxt.text)).strip() if instead else ""
            out.append(Clause(c.index, c.text, c.start, c.end, c.sentence, False, request=req))
    # "…邻居找她，让她帮忙把…记录从系统里删了，说请她吃饭。还有她想问问，…能不能…": a second question opened with
    # 还有, the request told before it is the first
    for i, c in enumerate(out):
        if ALSO_ASKS.fullmatch(c.text.strip()) and any(o.asked for o in out[i + 1:]):
            # (…a request told as such, not an offer reported: "说请她吃饭")
            req = next((o for o in reversed(out[:i]) if o.request and o.sentence < c.sentence and o.request != o.text and
                        not o.text.startswith(("说", "讲", "还说"))), None)
            if req is not None:
                out[req.index] = Clause(req.index, req.text, req.start, req.end, req.sentence, True, req.request,
                                        req.start + max(req.text.find(req.request), 0))
    # "我担心他给人上铐子是违规的": a fear that an act breaks a rule asks whether it does
    for i, c in enumerate(out):
        feared = None if c.asked else _FEARED_BREACH.match(c.text)
        if feared:
            out[i] = Clause(c.index, c.text, c.start, c.end, c.sentence, True, feared.group("x"), c.start + feared.start("x"))
    return out


_FEARED_BREACH = re.compile(r"^(我|俺)?(有点|很|挺|就|一直|总)?(担心|怕|害怕)(?P<x>[^，。？！]{2,}?)(是|算|属于)(违规|违纪|违法|越权|不对|不合规|违反规定)(的)?(吧|哦|啊|呀)?$")


def _open_quote(clauses: list[Clause], index: int) -> bool:
    """Whether clause ``index`` is inside a quotation opened in an earlier clause of its sentence."""
    before = "".join(c.text for c in clauses[:index] if c.sentence == clauses[index].sentence)
    return before.count("“") + before.count("「") > before.count("”") + before.count("」")

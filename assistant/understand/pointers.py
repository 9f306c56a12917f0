"""What a question that points back ("这个活我能接吗", "这两样我能做吗", "我一个人登记行不行") points to in the story.

Read by :mod:`.acts`: the request made earlier that holds the verb asked, said again in fewer words ("出报告" for
"出个鉴定报告"); the thing handed over ("把配枪交给我…能帮他保管吗"); how many acts a counted pointer names
("这两样", "每个行为"); the story clauses just before, not what others do or say, not what the user says is fine
("值守没问题") nor their usual work ("平时做数据分析").

>>> from assistant.understand.clauses import split
>>> cs = split("护士让我帮忙签手术同意书，我能签吗？")
>>> _request_for(cs, 1, "签").request
'帮忙签手术同意书'
>>> _plural("这两样我能做吗"), _said_again("出报告", "出个鉴定报告签上你名字")
((True, 2, True), True)
"""

from __future__ import annotations

import re

import jieba
import jieba.posseg as posseg

from .. import phrases
from .clauses import _KNOWN, ERRAND, TRAINEE, Clause, others_first
from .lexicon import is_verb, words
from .predicates import VERB_TAIL


_REASSURANCE = re.compile(r"^(还|又|并|他|她|领导|科长|所长|民警)?说.*(就行|就可以|就好|就成|就完事|没事|没关系|不要紧)")


def _word_of(verb: str, request: str) -> bool:
    """A one-character verb that begins a word of the request ("调" in "做治安调解" does not, "查" in "查查" does)."""
    # (…"发给" is tagged a verbal noun; a verb with the complement of where it goes is still that verb)
    return any(t.word.startswith(verb) and (is_verb(t.word, t.flag) or len(t.word) == 2 and t.word[1] in "给到走出掉完")
               for t in posseg.cut(request))


def _begins_word(char: str, text: str) -> bool:
    """A one-character verb begins a word of ``text`` ("买" in "帮他买份盒饭"), not only ends one ("开" in "说开");
    unlike :func:`_word_of`, whatever part of speech the tagger gives that word."""
    # "签" in "代签", "补签": a verb after a prefix saying on whose behalf or again is still that verb
    return any(w.startswith(char) or len(w) == 2 and w[1] == char and w[0] in _VERB_PREFIXES for w in jieba.cut(text))


_VERB_PREFIXES = "代帮替补重复改亲先再"


def _said_again(verb: str, request: str, gap: int = 4) -> bool:
    """The asked words say the request again, shortened — their characters in order, at most ``gap`` apart:
    "出报告" for "出个鉴定报告", "登记" for "做个受案登记"."""
    return verb in request or re.search(f".{{0,{gap}}}".join(map(re.escape, verb)), request) is not None


# what a request said again by its verb alone holds beside the verb ("自己去讲", "一个人去做")
_BARE_AGAIN = re.compile(r"(一个人|自己|单独|独自|直接|先|再|也|还|就|去|过去|来|一下|了|临时|暂时|稍微|顺便)*")


def _request_for(clauses: list[Clause], before: int, verb: str) -> Clause | None:
    """The latest request of the story before clause ``before`` ("护士让我帮忙签…"), preferring one
    that contains the bare verb asked about; a request goes on in the story clauses after it
    ("领导让我跟着去事故现场，说人手不够，帮忙把责任认定书写了")."""
    requests = [c for c in clauses if c.index < before and c.request]
    if not requests:
        return None
    verb = re.sub(r"^(一个人|自己|单独|独自|直接|先|再|也|还|就|跟着|帮忙|帮着)+", "", verb)
    verb = VERB_TAIL.sub("", verb)
    with_verb = [c for c in requests if verb and verb in c.request] or \
        [c for c in requests if len(verb) >= 3 and _said_again(verb, c.request)]
    if with_verb:
        # "安排我去中学讲吸毒的危害…电话里让我自己去讲": a request said again by its bare verb is the fuller one
        fuller = [r for r in with_verb if not _BARE_AGAIN.fullmatch(r.request.replace(verb, "", 1))]
        return fuller[-1] if fuller and _BARE_AGAIN.fullmatch(with_verb[-1].request.replace(verb, "", 1)) else with_verb[-1]
    # (…not one told before the sentence of the latest request: "所长让我回避，换了别个去处理。今天所长又安排我去…疏导
    # 交通…我一个人去整得不" — a request of a later sentence closes what an earlier one went on with)
    following = [c for c in clauses if requests[0].index < c.index < before and not c.asked and not c.request
                 and c.sentence == clauses[c.index - 1].sentence and c.sentence >= requests[-1].sentence]
    # "…，说系统里点一下就行": the requester's reassurance tells how easy the request is, it is not another act
    # …said again shortened ("进专班" of "还进技侦专班跟着一起搞…")
    # (…a one-character verb not inside a question word: "问问他是干啥的" holds no 干 of "这个俺能干不")
    with_verb = [c for c in following if verb and (re.search(re.escape(verb) + (r"(?!啥|什么|嘛)" if len(verb) == 1 else ""), c.text)
                                                   or len(verb) >= 3 and _said_again(verb, c.text))
                 and not _REASSURANCE.match(c.text)]
    if with_verb:
        found = with_verb[-1]
        return Clause(found.index, found.text, found.start, found.end, found.sentence, False, request=found.text)
    last = requests[-1]
    opening = clauses[last.index - 1] if last.index > 0 else None
    if opening is not None and opening.request and "”" in last.text and "“" not in last.text and \
            "“" in opening.text and "”" not in opening.text:
        # "跟我说“那个车子你帮我管到起，哪个来要都莫给”": one request quoted over two clauses, said whole
        return Clause(opening.index, opening.text, opening.start, last.end, opening.sentence, False,
                      request=opening.request + "，" + last.request)
    return last


_GOES_ON = ("帮", "把", "再", "顺便", "顺带", "顺手", "然后", "去", "并", "还要", "还得", "接着", "之后", "一边", "其中")   # "其中有一部分是涉密数据": a part of what the request hands over


# "到了再帮着调解", "完了再把视频拷一份": a time word before the next step of the same request
_THEN = re.compile(r"^(到时候|到时|到了|到那|完了|弄完|做完|完事|回来|回头|最后|随后|接着|然后|之后|晚上|白天|下午|上午|中午|傍晚|明天|后天|"
                   r"等下|等一下|等会儿?|待会儿?|过会儿?|一会儿?)")


# "这两样", "这三件都", "这几样": how many acts a plural pointer points back to
_PLURAL = re.compile(r"(这|那)?([两二三四五六几])(样|件|个|项|种|步|桩|头|块|段|下|招|摊|份)|这些|这一套|这一整套|这一系列|都|(?:这|那)(俩)|"
                     # "这样分工行得通不": HR's split of the work, every part of it
                     r"(?:这样|这么|这个|如此)?分工(?=.{0,8}(?:行|可以|能|合规|对|有没有|有问题|妥|合适|站得住)|$)|"
                     # "这样安排合规吗": the arrangement told, every part of it
                     r"(?:这样|这么|这个|这种|如此|这)安排(?=.{0,8}(?:行|可以|能|合规|对|有没有|有问题|妥|合适|站得住)|$)|"
                     # "这样两头跑的安排行不行", "这样用文职可以吗": the arrangement told, every part of it
                     r"两头跑|两边跑|两头兼顾|(?:这样|这么|如此)(?:用|使用|使唤)(?:文职|勤务|辅警|他|她|他们|她们)|"
                     # "这个方案整体行不行", "我这方案可以吗": the plan told, every part of it
                     r"(?:这个|这|我这|我这个|我们这个|整个|这套)方案(?:整体|总体|整个)?(?=.{0,8}(?:行|可以|能|合规|对|有没有|有问题|妥|合适|站得住)|$)|"
                     r"(每一步|每步|每个步骤|每一个步骤|每个环节|每一个环节|每一环|每个|每一个|每项|每件|每样|每条|每一条|逐个|逐一|逐项|逐条|逐步|各个|各项|以上|上述|这些|哪些|哪几个|哪几条|哪几项|哪个|哪条|哪样|哪一样|哪块|哪一块|哪部分)(行为|做法|事|活|动作|环节)?(?=.{0,8}(能|可|行|做|干|搞|弄|整|对|合规|违规|合不合|违不违|合法|判断|分析|评价|点评|说明))|"
                     # "民警到之前我能做到哪一步": how far along the acts told the user may go
                     r"(?:做到|干到|弄到|搞到|进行到|走到|管到)(?:哪一步|哪步|什么程度|啥程度|哪个程度)|"
                     # "她能干哪个": which of the acts told she may do
                     r"(?<=[能可干做弄搞接])(哪个|哪样|哪些|哪几样|哪一个|哪一样|哪几个)|"
                     # "到底哪样有问题": which of the acts told breaks a rule
                     r"(哪样|哪个|哪一样|哪件|哪些)(?=(有问题|不合规|违规|不对|有毛病|不行|站不住|不合适|不妥|不合规定|不符合规定|不能干|不能做|不该|不应该|不可以|越界|越权))|"
                     # "你分别给我说下规定怎么讲": each of the acts told, judged
                     r"分别(?=.{0,6}(说|讲|判断|分析|评价|点评|对照|对一下|合不合|合规|违不违|行不行|能不能|可不可以|对不对))|"
                     # a trainer's quiz on the acts told: "请指出问题在哪", "大家挑挑错", "哪步越线了", "哪件规定里没说"
                     r"(指出问题|指出哪一步|指出哪步|指出哪一项|指出哪项|指出哪个|指出哪几|问题出在哪|问题在哪|挑挑错|挑错|挑毛病|找找错|找错|有没有毛病|怎么评|"
                     # "请分析他违反了哪些规定": every rule the acts told break
                     r"违反了哪些|违反哪些|违反了哪几|违反哪几|犯了哪些|触犯了哪些|违反了(?:条例|规定|办法|管理办法|法规)(?:里|中|的|上)?(?:哪些|哪几|哪条|什么)|"
                     r"大家说说|大家说下|大家说一下|大家讲讲|考考大家|大家判断|判断每一段|点评一下|分析一下|例子怎么讲|"
                     # "问这个过程哪里错了": the whole of what was told, judged
                     r"哪里错|哪儿错|哪错了|错在哪|(?:这个|整个|这一|这|全)过程(?=.{0,6}(?:哪|对不对|错|问题|合规|违规))|"
                     # "这趟出警他哪些动作是合规的": the episode told, every act of it
                     r"(?:这趟|这次|这回|那趟|那次|那回|整个|整趟)(?:出警|执勤|巡逻|任务|现场|处置|出勤|行动)(?=[^，。？！]{0,8}(?:哪|合规|违规|对不对|问题))|"
                     r"(哪步|哪一步|哪件|哪一件|哪样|哪个|哪一项|哪项|哪几件|哪几项|哪几步|哪几条|哪一条|哪条|哪些|哪几下|每项|每一项|每件|每一件)(?=.{0,6}(越线|越界|出格|过界|没说|没写|没规定|不合规矩|不对|不行|有问题|怎么看|怎么说|违规)))|"
                     # "哪些没问题，哪些越界了": the acts told sorted into fine and not
                     r"(哪些|哪几样|哪几个)(是)?(没问题|没毛病|可以|能做|合规)")


_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}


# an unknown count ("这几样", "每个行为"): every act told that names a catalogue act, not only requests
MANY = 99


# going somewhere is no act of its own ("明天自己去工地：给工人讲讲…"): what is done there is
# going there and nothing more, asked of an errand ("我明天一个人去可以吗", "我能自己去吗")
GO_ONLY = re.compile(r"^(明天|今天|后天|下午|上午|晚上|马上|待会儿?|先)?(我|俺)?(自己|一个人|单独)?(先)?(也|还|就)?(去|过去|赶过去|跑过去)(一趟|一下|一哈)?$")
_MOVE_ONLY = re.compile(r"^(明天|今天|下午|上午|晚上|马上|待会儿?|先)?(自己|一个人|单独)?(也|还|都)?(得|要|必须|需要)?(去|到|回|过去|赶到|赶去|赶过去|过来)[^把给帮替跟和与，]{0,6}$")


def _plural(text: str) -> tuple[bool, int | None, bool]:
    """Whether the words point back to several acts, how many when they say so, and whether they point
    explicitly ("这几样", "这些") rather than only with 都."""
    # (…not 哪几个 asking which, inside the act's object: "跟他讲一声哪几个路口别走")
    m = next((x for x in _PLURAL.finditer(text)
              if not (x.group(3) == "个" and x.start() > 0 and text[x.start() - 1] == "哪" and
                      not re.match(r"(行为|做法|事|活|动作|环节|步骤)", text[x.end():]))), None)
    if not m:
        return False, None, False
    if m.group(5) or m.group(7) or m.group(8) or m.group(9) or m.group(2) == "几":
        return True, MANY, True
    if m.group(4):
        return True, 2, True      # "这俩活"
    return True, _COUNTS.get(m.group(2) or ""), m.group() != "都"


# "没问题的就在审核栏签同意": the step the request sets for some of what it hands over
_WHERE_SO = re.compile(r"^(没问题|有问题|合格|不合格|符合|不符合|可以|不行|没毛病|有毛病)的(话)?就")


# "吹出来超标的就直接把车扣了": the next step of the request, on a condition
# (…"看到乱停的直接贴罚单": 直接 as 就)
_ON_CONDITION = re.compile(r"^[^，。？！]{1,10}(的)?(就|便|直接|当场)(直接|马上|当场|顺便)?(把|给|扣|罚|带|送|开|拖|贴)")


# "安排是看到违停先贴告知单", "一部分在路口搞交通管制", "另一个打算让她…": a part of the arrangement spelled out
PLAN_PART = re.compile(r"^(说|说是)?((计划|安排|打算|方案|分工)是|(一部分|一拨|一批|一组|有的|一个)(人|辅警)?(去|在|跟着|负责|专门|帮|做|搞|打算|安排)|"
                       # "另一个飞无人机在上空巡查": the other part of a list, whatever its verb
                       r"(另一部分|另外一部分|另一拨|另一批|另一组|剩下的|其余的|另一个|另外一个)(人|辅警)?(?=[\u4e00-\u9fff]))")


def _goes_on(text: str) -> bool:
    return text.startswith(_GOES_ON) or bool(_THEN.match(text)) or bool(_WHERE_SO.match(text)) or \
        bool(_ON_CONDITION.match(text)) or bool(PLAN_PART.match(text)) or bool(_BY_ONESELF.match(text))


# "让小杨把检验结果整理好，自己签名出一份鉴定报告": the next step, done by the one asked, without another subject
_BY_ONESELF = re.compile(r"^(自己|直接|亲自)(签|出|写|开|盖|交|送|把|给|填|做|拿)")


def _trainee(clauses: list[Clause]) -> bool:
    """A trainer's case about a 辅警 by name (:data:`clauses.TRAINEE`)."""
    return bool(TRAINEE.search("，".join(c.text for c in clauses)))


def _reported_by_other(text: str) -> bool:
    """"同事说沾赌博的都不能碰": what someone else says is not an act of the user."""
    h = phrases.first(text, words("frame", "others"))
    if re.search(r"是(民警|警察|师傅|领导|所长)[^，。？！]{0,6}(弄|做|办|管|批|搞|负责|签)", text):
        return True   # "审批是民警在后头弄": what the officer does, told beside the user's work
    if h and re.search(r"(跟|和|对|给|向)$", text[:h.start]):
        return False   # "我跟司机说车我先扣下了": the user speaks to them
    return bool(h and h.start <= 2 and re.match(r"(说|讲|告诉我|觉得|认为|提醒)", text[h.end:h.end + 4]))


# "平时做数据分析": the user's usual work says the post, it is not the act asked about
_USUAL = re.compile(r"^(我|俺)?(平时|平常|本来)(就|都|主要|一般)?(在|是|就是|做|干|负责|搞|坐|守|待|跑|收|管|录|接|弄|维护|修|整理|写|盯|处理|办)|"
                    # "主要活是档案室整理卷宗": the user's work, told as what it is
                    r"^(我)?(的)?(主要|日常|平时|平常)(的)?(活|活儿|工作|事)(是|就是)|"
                    # "平时巡逻", "平时在路口执勤": the user's rounds, told as where they are
                    r"^(我)?(平时|平常|平日|日常)(主要|就是|都是)?(跟着?(民警|师傅|警察))?(巡逻|执勤|值班|站岗|出警)[^，。？！]{0,4}$|"
                    # "我在海州区一个派出所户籍窗口": where the user works, no act
                    r"^(我|我们)(现在|目前|一直)?在[^，。？！]{2,16}(窗口|岗亭|室|中心|大厅|科|大队|中队|派出所|警务室)(上班|工作|干活)?$|"
                    # "采集流动人口信息这个活一直是我在做", "巡逻值守这些日常都在干": the user's usual work, told as such
                    r"^[^，。？！]{2,16}?(这个活|这些活|这些|这活)?(一直|平时|日常|天天|每天|向来|本来)(都)?(是)?(我|我们)?(在)?(做|干|搞|负责|管)(的)?$|"
                    # "在海州分局做信息录入": the user's post, told by where they work
                    r"^(我|我们)?(现在|目前|一直|平时)?在[^，。？！]{1,10}?(局|分局|所|派出所|大队|中队|科|室|中心|窗口|大厅)[^，。？！做干搞]{0,2}(做|干|搞|负责|管)[^，。？！]{2,8}$|"
                    # "做计算机网络维护四年了": the user's work told with how long
                    r"^(我)?(做|干|搞|负责)[^，。？！]{2,12}([0-9]+|[一二三四五六七八九十几两半]+)年(多)?了$|"
                    # "我是搞网络维护的", "我一直都是坐窗口的", "我一个坐接警台的": what the user is there for
                    r"^(我)?(一直|平时|本来|向来|本身|就)*(都)?(是|一个)(搞|做|干|负责|管|坐|守|跑)[^，。？！]{1,10}的$|"
                    # "我在派出所户籍窗口收材料的": where the user works and at what
                    r"^(我|我们)?(现在|目前|一直|平时)?在[^，。？！]{1,12}?(窗口|岗亭|室|中心|大厅|科|大队|中队|派出所|警务室|局|所)"
                    r"(收|管|做|干|搞|守|坐|负责)[^，。？！]{0,8}的$")
# …and what it is for, told on in the next clause with no subject ("…科信做软件开发，给所里写内部小程序")
_USUAL_GOES_ON = re.compile(r"^(给|帮|替|为|跟着)")


def usual(clauses: list[Clause], p: Clause) -> bool:
    """The user's usual work, told as where they are ("我是搞网络维护的"), or told on in the clause after it."""
    if _USUAL.match(p.text):
        return True
    before = clauses[p.index - 1] if p.index > 0 else None
    return before is not None and before.sentence == p.sentence and bool(_USUAL.match(before.text)) and \
        bool(_USUAL_GOES_ON.match(p.text))


# "我手上有护士执业证": a licence held, no act
_LICENCE_HELD = re.compile(r"^(我|她|他)?(手上|手里|本人)?(有|拿了|拿到了?|考了|持有)[^，。？！]{0,6}(证|执照|资格)$")
# "（我是）重庆的勤务辅警": who the user is, no act
_INTRO = re.compile(r"^(我|本人)?(是|在)?[^，。？！]{0,14}(辅警|协警|警务辅助人员)$|"
                    # "出个判断题：…", "考考大家": a trainer's quiz set out, no act
                    r"^(我|我们|老师)?(来|先|再)?(出|考|问)(个|一个|道|一道|几道|个小)?(判断题|选择题|题目|题|问答题|案例题|情景题)$|"
                    # "我在市局宣传口做文职", "在分局宣传科当文职": where the user works
                    r"^(我|本人)?在[^，。？！]{1,14}(做|当|干)(文职|勤务)(辅警)?$|"
                    # "我在连云港做文职翻译": the post and what it is called
                    r"^(我|本人)?在[^，。？！]{1,14}(做|当|干)(文职|勤务)(辅警)?(的)?[\u4e00-\u9fff]{1,3}$|"
                    # "在沙坪坝交巡警支队搞数据录入的": who the user is, by the work of their post
                    r"^(我|本人)?(是)?在[^，。？！]{2,14}(做|干|搞|负责|管|弄)[^，。？！]{2,8}的$")


# "万一出了问题要她担责", "她挺担心这个算不算…": a worry told beside the act, no act of its own
_WORRIED = re.compile(r"^(万一|要是|如果)?[^，。？！]{0,6}(出了问题|出了事|出事)[^，。？！]{0,6}(担责|担责任|负责|背锅|兜着)|^[^，。？！]{0,4}(挺|很|有点|一直)?担心|"
                      # "我现在心头有点虚": how the teller feels about it, no act
                      r"^(我|俺|她|他)?(现在|这会儿|也|还是|总|总是|一直)?(心头|心里|心头有点|心里有点)?(有点|有些|很|好)?(虚|发虚|心虚|没底|慌|发慌|不踏实|不安|忐忑)(了|得很|得慌)?$|"
                      # "俺听了吓一跳": how the teller took the news
                      r"^(我|俺)?(听了|听完|一听)?(就)?(吓了一跳|吓一跳|吓一大跳|吓坏了|急了|着急|慌了|懵了)$|"
                      # "怕这个不归他管", "万一人伤着了要他担", "孩子回来跟俺说心里没底": the fear, not the act
                      r"^(万一|要是|如果)[^，。？！]{0,10}(要|让|得)(他|她|我|俺)(担|负责|赔|背)|^(就是|又|也|还)?(怕|害怕)(这个|这事|这样)|(怕|害怕|担心)(这个|这事|这样)?(不归|不是|不该)(他|她|我|俺)(们)?(管|的事|的活)|心里没底|心头没底")


def _previous(clauses: list[Clause], c: Clause, all_of_sentence: bool, joining: bool = False) -> list[Clause]:
    """The story clause(s) an asked clause points back to: for an empty one ("先扣车，再罚款，可以吗")
    all those before it in its sentence; for "这样合规吗" the (at most two) nearest ones told by the user,
    not what others do or say ("民警在所里用对讲机指挥我")."""
    trainee = _trainee(clauses)
    # "巡逻是我本职，检票这个我能帮忙不": what the user says is fine is not what they ask about
    before = [p for p in clauses if p.index < c.index and not p.asked and not _reported_by_other(p.text)
              and not _KNOWN.search(p.text) and not usual(clauses, p)
              and not _INTRO.match(p.text) and not _LICENCE_HELD.match(p.text) and not _WORRIED.search(p.text)
              and not _ABOUT_TO_ASK.fullmatch(p.text) and not _POST_BEFORE.match(p.text)
              and not re.search(r"(让|叫|要|请|喊)(我|我们|俺)" + ERRAND + "$", p.text)
              and not (_REBUTTAL.match(p.text) or _NO_TIE.search(p.text) or
                       (_NEGATED_MANNER.match(p.text) and
                        any(o.sentence == p.sentence and o.index < p.index and _PLANNED.search(o.text) for o in clauses)))]
    same = [p for p in before if p.sentence == c.sentence]
    first_request = next((p for p in before if p.request), None) if _ARRANGEMENT.search(c.text) else None
    if first_request is not None:
        # "让俺一个人负责3号口，给进场的人翻包检查。他说要是有人打架，俺先上去拉开…这样安排俺照做行不行": every part of the
        # arrangement told from the sentence of its first request on, not only the nearest clauses
        return [p for p in before if p.sentence >= first_request.sentence and not _DONE_TO_USER.search(p.text)
                and not _presence_only(p.text) and (p.request or not others_first(p.text, trainee))][:6]
    if all_of_sentence and same:
        # "先扣车，再罚款，可以吗": the steps just before; a long story before them is not asked
        return [p for p in same[-3:] if not _DONE_TO_USER.search(p.text)]
    if same and not joining and _DONE_TO_USER.search(same[-1].text):
        return []   # "…没戴头盔，遭交巡警拦到罚了20块，这个罚得对不对": what was done to the user is asked of, no act of theirs
    own = _from_plan([p for p in same if (joining or not (others_first(p.text, trainee) or _DONE_TO_USER.search(p.text)))
                      and not _presence_only(p.text)], 2)
    if not own and before:
        # "…我冲上去把他按住了，喊他把身份证拿出来我查一下，民警还在路上。我这样搞行不行？": what the user did in
        # the sentence before, not who was (not) there
        last = [p for p in before if p.sentence == before[-1].sentence]
        own = _from_plan([p for p in last if (joining or not (others_first(p.text, trainee) or _DONE_TO_USER.search(p.text)))
                          and not _presence_only(p.text)], 3)
    return own or [p for p in before[-1:] if not _DONE_TO_USER.search(p.text)]


# what the user argues, not does ("俺又不是上班时间去拖车"), and a remark that the act has nothing to do with the work
# ("跟所里的工作八竿子打不着"); a manner denied after a plan ("想周末去跑外卖，不穿制服") qualifies the plan
_REBUTTAL = re.compile(r"^(我|俺|我们|俺们)?(又|也|并|本来就)不是")
_NO_TIE = re.compile(r"(跟|和|与)[^，。？！]{0,10}(八竿子打不着|没关系|没有关系|没得关系|不沾边|无关|不相干|不搭界|扯不上)")
_NEGATED_MANNER = re.compile(r"^(也|又|还)?(不|没|没有|不会)(穿|戴|用|开|带|拿|亮|打)")
_PLANNED = re.compile(r"(想|打算|准备|计划|要)")
# "原来在办公室录材料，现在局里警犬队缺人，让俺过去帮着喂狗": the work of a post held before, no act asked
_POST_BEFORE = re.compile(r"^(我|俺)?(原来|原先|以前|之前|过去|早先)(一直)?(在|是|当|干|做|负责)")
# "我想问一下": the asking announced, no act
_ABOUT_TO_ASK = re.compile(r"(我|俺)?(就|还|主要)?(想|要|是想)?(问|请教|咨询|打听)(一下|下|一哈|问|问看)?")
_PLAN_START = re.compile(r"^(我|我们)?(想|打算|准备|就|是)?先")
# the whole arrangement pointed back to ("这样安排俺照做行不行", "这么安排合不合规")
_ARRANGEMENT = re.compile(r"(这样|这么|这种|如此)(的)?安排")
# what was done to the user, not by them ("执勤的时候被一辆三轮车撞了", "送到医院人家先让交押金")
# (…or fined, stopped, checked by the police: "下班骑电瓶车没戴头盔，遭交巡警拦到罚了20块")
_DONE_TO_USER = re.compile(r"^[^，。？！]{0,12}(被|遭)[^，。？！]{1,10}(撞|打|砍|咬|推|骂|骗|偷|抢|划|刺|砸|踢|捅|扎|罚|扣分|拦|开了罚单|贴了罚单|查了)|"
                           r"^(送到|送去|到了)[^，。？！]{0,6}(人家|医生|护士|医院)")


def _from_plan(own: list[Clause], nearest: int) -> list[Clause]:
    """The ``nearest`` clauses — or, when a plan told in steps from 先 is longer ("我想先给动手的那个做个询问
    笔录，问他…，然后再给他们调解一哈，赔点钱了事"), the plan from its first step (five clauses at most)."""
    start = next((k for k in range(len(own) - 1, -1, -1) if _PLAN_START.match(own[k].text)), None)
    if start is not None and len(own) - start > nearest:
        return own[start:][:5]
    return own[-nearest:]


# "民警这几天都不在现场": who is (not) there, said with a time
_AWAY = re.compile(r"(带班)?(民警|警察|师傅)[^，。？！]{0,6}?(都|也)?(不在|没在|没来|走了)(现场|跟前|身边|旁边|这里|这)?(的)?")


def _presence_only(text: str) -> bool:
    """Words that only say who is there ("不带民警", "民警不在"): the situation of the act asked."""
    if _AWAY.fullmatch(text):
        return True
    if re.fullmatch(r"(我|俺|我们)?(这边|这里|这块|现场)?(就|只有|只|就只有)(我|俺)(一个人|一个|自己)", text):
        return True   # "我这边就我一个": who is there
    cues = [w for k in ("officer_present", "officer_remote", "officer_absent") for w in words("situation", k)
            if re.search("民警|警察|师傅", w)]   # "自己去" says how the user acts; "不带民警" only who is there
    # "民警一直带着我们", "民警全程都在旁边": how long, said inside the words of who is there
    rest = text = re.sub(r"(?<=民警|警察|师傅)(一直|全程|始终|全都|都)+(?=[\u4e00-\u9fff])", "", text)
    # "想问下民警不在场的情况下": the question opened, then who is there (the act pointed back to after it)
    rest = re.sub(r"^(我|俺)?(就是|主要)?(想)?(问下|问一下|问问|请问|咨询一下|咨询下)|(的)?(情况下|情形下)$", "", rest)
    for w in sorted(cues, key=len, reverse=True):
        rest = rest.replace(w, "")
    # "必须得有民警跟着吗": who must be there, with the words of need around it
    # "事后想想民警不在": a thought afterwards about who was there
    # "是不是得民警在边上才行": the need asked, with its frame
    return bool(text) and rest != text and \
        not re.sub(r"[的了吧吗呢也都就得要有需着]|必须|是不是|是否|一定|非得|才行|才可以|才能|(事后|回头|后来|现在)?想想|当时", "", rest).strip()


# "把他的配枪和子弹交给我", "把配枪解下来叫我先拿着": what is handed to the user is the object of what they are then
# asked to do with it
_HANDED = re.compile(r"把(?P<thing>[^，。；！？]{1,12}?)((交给|递给|塞给|留给|转交给|寄存给)(我|咱)|解下来|递过来|扔过来|塞过来|递到我)")


# "队里给他配了支枪": a thing issued to the 辅警, what a bare "带着" after it carries
_ISSUED = re.compile(r"给(我|咱|他|她)(配|发|配发|配备)了(一)?(支|把|副|个|台|根|套)?(?P<thing>[^，。；！？]{1,6})$")


def _handed_over(clauses: list[Clause], before: int) -> str:
    """The thing last handed (or issued) to the user in the story before clause ``before`` ("" if none)."""
    for c in reversed(clauses[:before]):
        m = _HANDED.search(c.text) or _ISSUED.search(c.text)
        if m:
            return m.group("thing")
    return ""

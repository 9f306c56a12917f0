"""Questions that ask for a figure the texts may not state.

"辅警一个月到手多少钱", "派出所几点开门", "今年招多少名辅警": the regulations state no amount of pay,
no opening hours and no number of posts. Two cases differ, and the answer differs with them
(DOMAIN.md, "Abstaining"):

- the texts **govern** the matter but leave the figure open — pay is set by named bodies on a stated
  basis (连云港 第三十七条, 重庆 第二十三条/第二十五条), leave is granted "按照有关规定": the answer quotes
  what they do say and says the figure is not stated (:attr:`FigureGap.governed`);
- the texts neither state nor govern it — opening hours, phone numbers, how many posts this year, the
  date or place of an exam: nothing in them bears on the question, and the assistant abstains.

A question asking for a figure is answered plainly when a sentence it would quote states one
(第四十一条's "二百元以上一千元以下罚款" does).

>>> gap = figure_gap("重庆辅警一个月到手多少钱", ["……科学合理核定辅警的薪酬保障标准……"])
>>> gap.governed, gap.note
(True, '这些规定没有写明具体数额，只规定了由谁、按什么确定。')
>>> figure_gap("非法穿辅警服装罚多少钱", ["……处警告或者二百元以上一千元以下罚款……"]) is None
True
>>> figure_gap("连云港今年计划招聘多少名辅警", ["招聘警务辅助人员，应当经过报名、考试、体检、考察和公示等程序"]).governed
False
>>> figure_gap("辅警能不能配枪", ["不得配备或者使用武器"]) is None
True
>>> [figure_gap(q, ["招聘警务辅助人员，应当经过报名、考试、体检、考察和公示等程序"]).label
...  for q in ("今年辅警笔试是哪一天", "笔试合格分数线是多少", "市公安局局长叫什么名字")]
['具体日期或地点', '分数线', '人员姓名']
>>> figure_gap("辅警制服一般几月几号换夏装", ["辅警履职期间应当按照规定规范着装"]).governed
False
>>> figure_gap("这个办法几月几号开始施行", ["本办法自2021年3月1日起施行。"]) is None
True
>>> figure_gap("前几天执勤被打伤了，单位会帮我澄清吗", ["公安机关应当澄清事实"]) is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numerals import NUMERAL_CHARS

_NUM = f"[0-9{NUMERAL_CHARS}]"


@dataclass(frozen=True)
class Governs:
    """The texts govern a figure of this topic: the question names the topic (``asked``) and the
    quoted sentence is a rule on it (``rule``); ``what`` says what that rule settles instead."""

    asked: re.Pattern
    rule: re.Pattern
    what: str
    # a sentence of that rule that says who sets the figure or on what basis: these are quoted
    basis: re.Pattern = re.compile(r"核定|确定|标准|按照|依照|根据|参照|不低于|不得低于")


@dataclass(frozen=True)
class FigureKind:
    label: str                      # what the texts do not state, in the answer's words
    asked: re.Pattern               # the question asks for it
    stated: re.Pattern              # a quoted sentence states one
    governs: tuple[Governs, ...] = ()   # topics the texts govern without the figure; none → abstain
    whole: bool = False             # asked anywhere in the question, not only in its asking clause ("劳动法规定加班费咋算 …")


@dataclass(frozen=True)
class FigureGap:
    """A figure asked for and not stated: ``governed`` — answer with the rule and ``note``; else abstain."""

    label: str
    governed: bool
    note: str = ""
    governs: Governs | None = None


FIGURES = (
    FigureKind("具体数额",
               re.compile(r"多少钱|多少元|多少块|几千块?|几万块?|几百块|拿多少|拿到多少|拿得到多少|到手|工资(具体)?(是)?多少|月薪|年薪|"
                          r"(退休金|养老金|补贴|奖金|赔偿|抚恤金?|罚款?).{0,6}多少|(罚款?|赔|补贴|奖金)[^，。？]{0,4}好多(钱)?$"),
               re.compile(rf"{_NUM}+元"),
               (Governs(re.compile(r"工资|薪|收入|到手|挣|一个月[^，。？]{0,4}多少钱|每个月[^，。？]{0,4}多少钱|月[^，。？]{0,2}多少钱|"
                                   r"(一个月|每个月|一年)(?![^，。？]{0,6}(退休金|养老金|抚恤))[^，。？]{0,6}(能拿|拿|挣|给)多少|"
                                   # "听人家讲辅警工资低得很…有没有规定最少要拿到多少": the least pay, the topic told before
                                   r"(最少|最低|起码|至少)[^，。？]{0,4}(拿|拿到|给|发)多少"),
                        re.compile(r"薪酬|工资"), "由谁、按什么确定"),
                # who punishes an offence against the texts (冒充辅警, 贩卖服装): not the ban on 辅警 making 处罚 decisions
                Governs(re.compile(r"^(?=.*(辅警|服装|制服|标识|臂章|证件|冒充|假扮|假冒)).*罚"),
                        re.compile(r"罚款|予以处罚|给予处罚|依法处罚|治安管理处罚"), "由谁、依照什么处罚"),
                Governs(re.compile(r"赔|抚恤|工伤|伤残|补偿"), re.compile(r"待遇|赔偿|抚恤"), "按照什么享受待遇、由谁承担"))),
    FigureKind("具体天数",
               # "前几天执勤…" tells when something happened: not a question of how many days
               # (…nor "先让他上岗顶几天班": for a few days, no count asked)
               re.compile(r"(?<![前这过那后近头顶干做帮代替])(几|多少)天|假.{0,4}(多久|多长)|(休|放).{0,2}多久"),
               re.compile(rf"{_NUM}+(天|日|个工作日)"),
               # (…the right to leave stated as one of the rights, "享受休息休假福利待遇" (重庆 20(2)), governs it too)
               (Governs(re.compile(r"假"), re.compile(r"休假|年休假|产假|婚丧假"), "依照有关规定享有休息休假",
                        re.compile(r"核定|确定|标准|按照|依照|根据|参照|享有|享受")),
                # "岗前培训要培多少天": the texts require the training (连云港 27, 重庆 33), not its length
                Governs(re.compile(r"培训|培"), re.compile(r"岗前培训|培训"), "公安机关组织岗前培训"))),
    FigureKind("具体时间",
               # …asked of the hours themselves, not "上班时间喝酒被逮到了" (during them)
               re.compile(r"几点|(开门|关门|上班|下班|办公|营业|作息)时间(?=$|[，。？！?]|是|几|怎么|多|安排|表|一般|规定|呢|吗|啊|哦)"),
               re.compile(rf"[0-9]+[:：][0-9]{{2}}|{_NUM}+(点|时)(?!间)")),
    # a statistic of the force ("这几年一共有多少辅警因公受伤，有没有统计数字"): the texts keep none
    FigureKind("统计数字",
               re.compile(r"统计数字|统计数据|有没有统计|官方统计|数据统计|统计过"),
               re.compile(r"统计数字|统计数据")),
    # a day of the 辅警's own ("辅警有没有自己的节日，是几月几号"): the texts name none
    FigureKind("节日或纪念日",
               re.compile(r"(自己的|专门的|专属的?)(节日|纪念日)|(节日|纪念日|警察节|辅警节)[^，。？]{0,6}(哪天|哪一天|几月|几号|什么时候|啥时候|是哪)|"
                          r"有没有[^，。？]{0,6}(节日|纪念日)(?![^，。？]{0,6}(值班|加班|补贴|工资|假|费))"),
               re.compile(r"节日|纪念日")),
    FigureKind("电话或地址",
               re.compile(r"电话(号码)?(是)?多少|(联系|咨询)电话|具体地址|地址在哪|在哪条路|门牌号|官网|网址|网站是|报名网站|链接|公众号是|"
                          r"(哪个|什么|啥子?)(网站|网页|APP|app|小程序|公众号)|(报名|网上|线上)入口"),
               re.compile(r"[0-9]{5,}|[0-9]+号|https?://|www\.")),
    # how many stations a district has and where they are: the texts set up no office of any place
    FigureKind("机构数量或地点",
               re.compile(r"(几|多少|好多)(个|家|所)(派出所|分局|公安分局|公安局|警务室|警务站|交巡警平台|检查站|中队|大队)|"
                          r"(派出所|分局|警务室|警务站|检查站|拘留所|看守所|戒毒所)[^，。？]{0,4}(分别|各自)?(在哪|在什么地方|在啥地方|地址|位置)|"
                          # …asked after the count in a clause of its own ("渝北区有几个派出所，都在哪")
                          r"^(分别|都|各自)(在哪|在哪里|在哪儿|在什么地方|在啥地方)"),
               re.compile(rf"{_NUM}+(个|家|所)(派出所|分局)")),
    # a standard of the medical or fitness check: the texts require the check (连云港 第十九条, 重庆 第十一条), set none
    FigureKind("体检或体能标准",
               re.compile(r"(视力|身高|体重|体检标准|体能标准|体测标准|跑步|引体向上|俯卧撑|肺活量).{0,8}(多少|几|要求|标准|及格)"),
               re.compile(rf"{_NUM}+(厘米|米|公斤|度|秒|分钟|个)"),
               # an applicant's body asked of ("对视力有要求吗", "身高要多少"): the texts require the body the post needs
               # (连云港 20(5), 重庆 9(5)) and set no figure
               # (…of a 辅警 applicant, not of a police school's or a civil service exam's: "警校体检…视力有要求吗")
               (Governs(re.compile(r"^(?=.*(辅警|协警|招聘|应聘|报名|报考))(?!.*(警校|公安大学|警官学院|警察学院|公务员|参军|入伍)).*"
                                   r"(视力|身高|体重|近视|色盲|色弱|体检标准)"), re.compile(r"身体条件"),
                        "应聘者应当具有岗位所需的身体条件"),)),
    # a share of the force ("女辅警占多大比例"): the texts set none
    FigureKind("比例",
               re.compile(r"多大比例|比例是多少|比例多少|占比|百分之几|占多少比例"),
               re.compile(rf"{_NUM}+%|百分之{_NUM}+")),
    # how long one may wait to act elsewhere (仲裁时效, 诉讼时效): no text of the corpus sets one
    FigureKind("期限",
               re.compile(r"时效|(期限|时限)(是)?(多久|多长|几天|几个月)|多久(之内|以内)(要|得|必须)?(申请|提出|起诉)|"
                          r"试用期[^，。？]{0,6}(多久|多长|几个月|几天)"),
               re.compile(rf"{_NUM}+(日|天|个月|年)(内|以内)"),
               # a probation's length: the texts name the probation (可以解除 when unfit in it), set no length
               (Governs(re.compile(r"^(?!.*(劳动合同法|劳动法)).*试用期"), re.compile(r"试用期"), "试用期内被证明不符合录用条件的可以依法解除劳动关系",
                        re.compile(r"试用期")),)),
    # how many posts, people, places: the texts govern the size of the force in general terms
    # (规模、用人额度: 连云港 第十六条、第十八条, 重庆 第七条) but no number of any year's recruitment
    FigureKind("人数",
               # "能不能给他们留几个名额" asks whether posts may be reserved, not how many: 名额 with a how-many word only
               re.compile(r"多少名|多少人|多少个(文职|勤务)?(辅警|人|名额|岗位)|(岗|岗位)的?(有|一共有|总共有)几个(?=[？?！!。吗呢啊]|$)|多少岗位|好多个?(人|名额|岗位)|(?<![们前这那头有])几个人|有几个人(?=[？?！!。吗呢啊]|$|报名|参加|参考|考上|过了|通过|录取|进面)|(?<![前这那头])几名|名额(是|有)?(多少|几个)|"
                          r"多少名额|招多少|(多少|好多)个?[^，。？！]{0,4}(名额|岗位)|(一共|总共|今年|这次|这回)?招几个(人|辅警|名额)?(?=[？?！!。啊呀哦嘛]|$)|(招|有|一共|总共|放出)[^，。？！留]{0,3}几个(辅警)?(名额|岗位)|"
                          r"(用|配|配备|有)多少(个)?(辅警|人)|"
                          # "海州区能分到几个岗位": a district's share of this year's posts
                          r"(分到|分得|分配到?|摊到)[^，。？！]{0,3}几个(辅警)?(名额|岗位|人)"),
               re.compile(rf"{_NUM}+(名|人)"),
               # how many a place may use, and who sets it or how ("招多少人是咋个定的") — not how many one
               # recruitment takes
               (Governs(re.compile(r"^(?!.*(今年|明年|这次|本次|这批|这一批))(?=.*(怎么定|咋个定|咋定|如何确定|怎么确定|谁定|谁来定|"
                                   r"谁核定|核定|批准|谁批|报批|依据|根据什么|谁说了算|哪个说了算|谁拍板|哪个拍板|谁决定|由谁定|由谁决定|哪个定|哪个部门定))|"
                                   # (…not a count of now, a statistic: "连云港现在一共有多少个辅警")
                                   r"^(?!.*(招|今年|明年|这次|本次|这批|这一批|一共有|总共有|现在有|目前有|平均)).*((用|配|配备|有)多少|额度|名额|规模|总量)"),
                        re.compile(r"额度|规模"), "由谁、按什么核定辅警的用人额度（规模）",
                        re.compile(r"核定|根据|按照|控制")),)),
    # what an exam asks: the texts require an exam (连云港 第十九条, 重庆 第十一条) but set no content
    FigureKind("考试内容",
               # (…not what the yearly 考核 covers: 连云港 第二十八条 lists it — "年度考核一般考哪些内容")
               re.compile(r"(?<!核)(?<!核一般)(?<!核主要)(?<!核都)(?<!核分别)(?<!核各)(?<!核要)(?<!核会)(?<!核具体)考(些|的)?(哪些|什么|啥)(科目|题|内容)|(笔试|面试|考试|体能测试)[^，。？]{0,6}(考|测|出)(哪些|什么|啥)|"
                          r"(面试|笔试)[^，。？]{0,6}问(些|的)?(哪些|什么|啥子?)(问题)?|结构化|无领导小组|"
                          r"题型|题目|考试科目|复习资料|参考书|怎么复习|如何复习|复习什么|行测|申论|备考"),
               re.compile(r"科目|题型")),
    # an exam's marks: the texts require an exam and 择优 but set no score
    FigureKind("分数线",
               re.compile(r"分数线|合格线|及格线|合格分数|录取分数|(考|得|拿|过)(多少|几)分|多少分(才|能|算)|满分"),
               re.compile(rf"{_NUM}+分")),
    # the age a 辅警 retires at: the texts set the ages of hiring (连云港 第二十条, 重庆 第九条), none of leaving
    FigureKind("退休年龄",
               re.compile(r"(多少|几|好多|多大)岁(数)?(才能|才|就|能|可以|得|要)?退休|多大年纪(才能|才|就|能|可以|得|要)?退休|退休年龄|"
                          r"干到(多少|几|好多|多大)岁(数)?(退休)?|退休(是|要)?(多少|几|好多|多大)岁"),
               re.compile(rf"{_NUM}+周?岁(退休|以后退休)")),
    # the rate of overtime pay ("加班费是按1.5倍还是2倍算"): the texts name pay and rest, no overtime rate
    FigureKind("加班费标准",
               re.compile(r"加班(费|工资)[^，。？]{0,10}(几倍|多少倍|[0-9.一二两三]+倍)|"
                          r"加班[^，。？]{0,8}(几倍|多少倍|[0-9.一二两三]+倍)"),
               re.compile(r"加班")),
    # what another law sets (工伤保险条例's disability grants, 劳动法's overtime rate, 治安管理处罚法's days): named by
    # the corpus at most, never quoted — nothing in the texts states or governs it
    FigureKind("其他法律法规规定的具体标准",
               re.compile(r"(工伤保险条例|劳动法|劳动合同法|治安管理处罚法|社会保险法|刑法)[^，。？]{0,14}(多少|几个月|几天|几倍|怎么算|咋算|标准是)|"
                          r"(行政拘留|刑事拘留|拘留)[^，。？]{0,6}(最长|最多|最少)[^，。？]{0,6}(多少|几)天"),
               re.compile(r"$^"), whole=True),
    # what applying costs: the texts set the steps of recruitment (连云港 第十九条, 重庆 第十一条), no fee
    FigureKind("报名费用",
               re.compile(r"报名费|考试费|报考费|(报名|报考|考试)[^，。？]{0,4}(交钱|收钱|收费|要钱)"),
               re.compile(rf"{_NUM}+元")),
    # how a text was voted on ("人大表决的时候多少票通过的", "有几个反对的"): the texts record their adoption, no tally
    FigureKind("表决票数",
               re.compile(r"(多少|几)票|票数|(几个|多少人|多少个)(人)?(反对|赞成|弃权)|(反对|赞成|弃权)(的)?(有)?(几个|多少)"),
               re.compile(rf"{_NUM}+票")),
    # who holds an office now: the texts name bodies, never the people in them
    FigureKind("人员姓名",
               re.compile(r"叫(什么|啥)名字?|姓(什么|啥)|名字是|(局长|所长|主任|负责人|领导)(是谁|叫|是哪个(?![部单机科])|是哪位)"),
               re.compile(r"$^")),
    # whether a place recruits this year at all: the texts require open recruitment (连云港 第十九条, 重庆 第十一条),
    # a year's plan is the notice's
    FigureKind("当年是否招聘",
               re.compile(r"(今年|明年|今年底|年底|下半年|上半年|最近|近期|这段时间)[^，。？！]{0,8}(还)?(招不招|招没招|招人吗|招人不|招辅警吗|招辅警不|招不|还招吗|还招不|有没有招|招吗)|"
                          # "东海那边有名额不": whether a place has posts this time
                          r"(那边|这边|那里|这里|区里|县里|所里)(还)?(有|有没有)名额(不|吗|没|么|没有)?$"),
               re.compile(r"$^")),
    # the date or place of one recruitment's steps
    FigureKind("具体日期或地点",
               # (…or of one training course: "下一期岗前培训哪天开班，在哪个培训基地")
               # (…重庆话 "好久开始报名": when)
               re.compile(r"(什么时候|啥时候|何时|哪天|哪一天|几号|几月|好久(?!没|不|了|都))[^，。？]{0,6}(招聘|招人|招辅警|报名|考试|笔试|面试|公示|开班|开训|报到)|"
                          # …not where its rule is found ("优先招聘那块的规定在哪里能查到": the texts themselves)
                          r"(招聘|报名|考试|笔试|面试|公示|体检|体能测试|体测|下一期[^，。？]{0,4}培训|这期[^，。？]{0,4}培训|培训班)(?:(?!规定|条文|原文|条款|依据|文件|办法|条例)[^，。？]){0,6}"
                          r"(什么时候|啥时候|何时|哪天|哪一天|几号|几月|日期|在哪|去哪|什么地方|好久(?=考|报|开始|出|公布|面)|在哪点|哪点)|"
                          r"(在哪|去哪|哪里|哪家)[^，。？]{0,4}(报名|考试|笔试|面试|体检)|"
                          # "笔试啥时候考，在哪儿考": the exam said again by its verb alone
                          r"^(在哪|去哪|哪里|什么地方|啥地方|在哪点|哪点)(儿|里)?考(?!核|察|勤|虑)|^(什么时候|啥时候|哪天|好久)考(?!核|察|勤|虑)|"
                          # "啥时候开始报名，在哪报": the place of the application said by its verb alone
                          r"^(在哪|去哪|哪里|什么地方|啥地方)(儿|里)?报(?!销|告|道|案|警|到|批|备)|"
                          # "公告啥时候出", "网上报还是要去现场": when a notice is out, how one signs up
                          r"(招聘)?公告[^，。？]{0,4}(什么时候|啥时候|何时|哪天|几号|好久)(出|发|发布|出来|公布)|"
                          # "啥时候出公告啊？报名几号截止": the notice's date, the deadline's day
                          r"(什么时候|啥时候|何时|哪天|几号|好久)(出|发|发布|公布)(招聘)?公告|(报名|报考)?(几号|哪天|什么时候|啥时候)截止|"
                          r"网上报(名)?还是[^，。？]{0,4}现场|现场报(名)?还是[^，。？]{0,4}网上"),
               re.compile(rf"{_NUM}+年{_NUM}+月|{_NUM}+月{_NUM}+日")),
    # a calendar date asked of anything else ("制服几月几号换夏装"): stated only where the texts date themselves
    FigureKind("具体日期",
               re.compile(r"几月几号|几月几日|几月几|哪一天|几号(开始|换|发|放|截止|上班)"),
               re.compile(rf"{_NUM}+年{_NUM}+月{_NUM}+日|{_NUM}+月{_NUM}+日")),
)


def figure_gap(question: str, quoted: list[str], topic: str | None = None) -> FigureGap | None:
    """The figure the question asks for when none of the ``quoted`` sentences states one, else ``None``.

    It is governed when the question (or ``topic``: the whole story, where ``question`` is only what it
    asks — "今年想休年假，能休几天") names a topic of the kind and a quoted sentence is a rule on it."""
    topic = topic or question
    for kind in FIGURES:
        if not kind.asked.search(topic if kind.whole else question) or any(kind.stated.search(t) for t in quoted):
            continue
        for g in kind.governs:
            if g.asked.search(topic) and any(g.rule.search(t) for t in quoted):
                return FigureGap(kind.label, True, f"这些规定没有写明{kind.label}，只规定了{g.what}。", g)
        return FigureGap(kind.label, False)
    return None


def missing_figure(question: str, cited_texts: list[str]) -> str | None:
    """The kind of figure the question asks for when none of ``cited_texts`` states one, else ``None``
    (governed or not: callers that only need to know the figure is absent).

    >>> missing_figure("重庆辅警一个月到手多少钱", ["……科学合理核定辅警的薪酬保障标准……"])
    '具体数额'
    """
    gap = figure_gap(question, cited_texts)
    return gap.label if gap else None


def ungoverned_figure(clause: str, question: str) -> str | None:
    """The kind of figure an asked clause asks for when the texts neither state nor govern it for this
    question — a year's number of posts, an exam's date or place — else ``None``: "今年招多少人、笔试哪天在哪考"
    asks nothing the texts bear on, whatever applicant the story describes.

    >>> ungoverned_figure("今年招多少人", "我女儿想考辅警，今年招多少人"), ungoverned_figure("工资多少钱", "工资多少钱")
    ('人数', None)
    """
    for kind in FIGURES:
        if kind.label in NOTICE_FIGURES and kind.asked.search(clause):
            if any(g.asked.search(question) for g in kind.governs):
                return None
            return kind.label
    return None


# what a recruitment notice says, not the texts: how many posts, when and where, what the exam asks, whom to call
# (a score asked beside an applicant's story may be a driver's points: "驾照扣满分有没有影响")
NOTICE_FIGURES = ("人数", "当年是否招聘", "具体日期或地点", "考试内容", "电话或地址", "报名费用", "机构数量或地点", "节日或纪念日", "统计数字")

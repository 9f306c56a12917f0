"""The officer of the story, when it is not the user: a trainer's, a squad leader's or HR's case about a
辅警 they name ("辅警小刘…民警让小刘把检验结论写成报告", "我们班辅警小谭…民警叫他过去把那人拦到问一哈").

The acts of such a story are read as the user's own: the officer's name, the pronoun a request is made
to ("叫他", "让她"), and the pronoun that opens a clause ("他一个人…") are read as "我", so that the
requests, the pointers and the officer's presence are found as in a first-person story. Only those
positions change: the pronoun of a party ("把他铐上", "问他住哪") stays. The facts of an applicant and a
tie to a case are read from the words as told (:mod:`.facts`, :mod:`.relations`); when the officer is the
asker's relative ("俺老公在派出所当辅警"), the asker's ties are read as the officer's (:data:`THROUGH_OFFICER`).

>>> first_person("辅警小刘查酒驾，民警让小刘把检验结论写成报告。这样弄行不行")
'辅警我查酒驾，民警让我把检验结论写成报告。这样弄行不行'
>>> first_person("我跟民警去调解，一方是辅警小周的岳父")      # the user is on the case: unchanged
'我跟民警去调解，一方是辅警小周的岳父'
"""

from __future__ import annotations

import re

from .clauses import KIN_CHAIN, TRAINEE
from .lexicon import vocabulary, words

# the name the story gives the 辅警 spoken of ("辅警小刘", "徒弟小王", "我们班辅警小谭", "手下有个小孙")
# (…not kin called so: "这个辅警老婆开的" is his wife, not a 辅警 named 老婆)
_NAME = re.compile(r"(?:辅警|学员|徒弟|的|里|有个|手下)((?:小|(?!老[公婆汉爸妈爹娘伴乡板师表家总大二弟妹哥姐舅姨叔姑爷奶人])老|阿)[\u4e00-\u9fff]|[\u4e00-\u9fff]某)(?![区学时组队孩所师长子])|"
                   # "我们班有个小伙子叫谭浩": a full name given
                   r"(?:小伙子|小伙|小姑娘|姑娘|辅警|新人|年轻人)(?:名字)?叫([\u4e00-\u9fff]{2,3}?)(?=[，,。；、\s]|$)")
# the user on the case ("我跟民警去调解一个纠纷", "派我去处理"), asked of no one else: the officer is the user
SELF_ON_CASE = re.compile(r"我(跟|和)(着)?民警(去|一起|出警)|"
                          # (…not an errand about the case: "我老婆让我去打听一下")
                          # (…not one denied: "也没人安排我去")
                          r"(?<!没人)(?<!没有人)(?<!没)(派|让|叫|安排|喊)我(去|跟)(?!(打听|问问|问一下|问下|说情|求情|托人|找人))|"
                          # "所里安排我在办案区看管": the user put on the case's own step
                          r"(?<!没人)(?<!没有人)(?<!没)(派|让|叫|安排|喊)我(在[^，。？！]{0,8})?(看管|看着|守着|看守|经办|做笔录|问话)|"
                          # "俺跟另一个辅警小王一起在…巡逻…俺还能接着处理吗"
                          r"我(跟|和)[^，。？！]{0,10}(一起|一块)[^，。？！]{0,12}(巡逻|执勤|出警|值班)|我还能(接着)?(处理|办|管)")
# …or asks of themselves ("我能不能…"): not the 辅警 spoken of (read only by :func:`first_person`)
_SELF_ASKS = re.compile(r"(?<!问)我(能|可以|要不要|该不该|需不需要)")
# a relative who is the 辅警 of the story ("我儿子去年考上了连云港的辅警", "我老公是辅警"): a parent or spouse asking
# (these four are read by :mod:`.relations`)
OFFICER_KIN = re.compile(r"[^，。？！]{0,10}?(当|是|考上了?|考进|干|做|招上)[^，。？！]{0,14}?(辅警|协警)|"
                         # "俺儿在墟沟派出所跟着老徐", "我老公在解放碑那个步行街执勤": told by where they work
                         r"(就|也|现在|一直|那天|刚好|正好|那天刚好|那天正好)?在[^，。？！]{0,14}?(派出所|分局|公安局|市局|县局|区局|指挥中心|看守所|拘留所|车管所|交警大队|交巡警|警犬|执勤|巡逻|站岗|警务室|岗亭)|"
                         # "俺外甥亮亮不是在海州交警中队嘛": their name, then where they work
                         r"[\u4e00-\u9fff]{1,3}?(不是|就是|现在|一直)在[^，。？！]{0,14}?(派出所|分局|公安局|交警|交巡警|中队|大队|警务室)|"
                         # "我老婆护士出身，考进东海县公安局当文职辅警"
                         r"[^，。？！]{0,8}[，,](考进|考上了?|招进)[^，。？！]{0,14}?(当|做|干)[^，。？！]{0,4}(辅警|协警)|"
                         # "我是替我女儿问的，她当辅警一年多了": asked for them, then who they are
                         r"(问的|问问|问一下|问个事)[，,](她|他|我)(在[^，。？！]{0,12}?)?(当|是|干|做)[^，。？！]{0,6}(辅警|协警)")
# the officer named after the case ("来的辅警就是我老公", "跟到民警来处理的辅警就是我女儿")
# …not the one handled ("要处理的是我老婆的事": her matter, she is a party)
# the one who came to the case ("来的就是我孙女") — not one brought or stopped ("拦下来的是我弟弟", "送来的是我弟弟": a party)
_CAME = r"(?<![下出进上回过起拦带送抓押领叫喊])来的"
OFFICER_IS_KIN = re.compile(r"(辅警|" + _CAME + r"|来处理的|(?<![要需在])处理的|出警的)(就|正好|刚好)?是(我|俺)(家)?(?P<kin>老公|老婆|丈夫|妻子|爱人|儿子|女儿|闺女|媳妇|娃儿|女娃儿|堂客|兄弟|幺儿|妹妹|弟弟|哥哥|姐姐|女婿|儿媳妇|儿媳|儿|妹|弟|哥|姐)"
                            r"(?!的?(事|案|纠纷|警情|麻烦|矛盾|官司))")
# the relative who is the officer is on the case ("所里派去的正好是俺老公"): not only threatened for their work
ON_CASE = re.compile(r"派去|派了?(他|她)|派(?!出所)[^，。？！我]{1,4}去|派我(老公|老婆|爱人|男人|儿子|女儿|儿|娃儿|弟弟|哥哥|姐姐|妹妹)去|"
                     r"(让|派|叫|安排|排)(我|俺)(家)?(老公|老婆|爱人|男人|儿子|女儿|儿|娃儿|弟弟|哥哥|姐姐|妹妹)[^，。？！在]{0,3}(经手|处理|办|管)(?!.{0,6}的时候)|"
                     # "来的民警带着我老公，我老公还在里面帮着调解": the relative came with the officer, on the case
                     r"(民警|警察)(带着|带了|领着)(我|俺)(家)?(老公|老婆|爱人|男人|儿子|女儿|儿|娃儿|弟弟|哥哥|姐姐|妹妹)|"
                     r"(我|俺)(家)?(老公|老婆|爱人|男人|儿子|女儿|儿|娃儿|弟弟|哥哥|姐姐|妹妹)[^，。？！]{0,6}(帮着|帮忙)(调解|处理|劝架)|"
                     # "对方说我老公得回避": the relative asked to stand aside is the one on the case
                     r"(我|俺)(家)?(老公|老婆|爱人|男人|儿子|女儿|儿|娃儿|弟弟|哥哥|姐姐|妹妹)(得|要|该|需要|必须|是不是得|是不是要|要不要|需不需要|用不用)回避|"
                     # "我想让我老公去帮着说说话，他说他得回避": the relative says they must stand aside
                     r"(他|她|我)(说|讲)(他|她|我|自己)(得|要|该|需要|必须|应该)回避|"
                     r"出警|去处理|来处理|帮着处理|帮忙处理|跟着民警|安排(他|她)|正好是(他|她|俺|我)|(他|她)们?所(接|办)|"
                     r"(辅警|" + _CAME + r")(就|正好|刚好)?是(我|俺)|"
                     # "他明天要去配合拆…", "他还能去那片维持秩序吗": the officer sent to the case
                     r"(他|她)(明天|今天|后天|还|也|就)?(要|得|能|可以|被派)去|辅警[，,][^，。？！]{0,4}?(要|得)去(配合|参加|处理)|"
                     # "那天晚上正好我老公值班": on duty when the case came in
                     r"(正好|刚好|恰好|那天|当晚|那晚|当天)[^，。？！]{0,6}值班|"
                     # "闺女能去现场处理不", "他能帮忙接报案做登记吗", "叫她去现场维持秩序", "她该回避吧": the relative asked of
                     r"(老公|老婆|媳妇|爱人|男人|儿子|女儿|闺女|儿媳妇?|女婿|弟弟?|哥哥?|姐姐?|妹妹?|老大|老二)[^，。？！]{0,2}"
                     r"(能|可以|能不能|可不可以|能否)(去|参与|参加|帮忙|帮着|处理|接|管|经手|插手)|(叫|让|喊)(他|她)去现场|"
                     r"(他|她)(该|得)回避吧")
# the asker's tie read as the officer's, when the officer is the asker's relative ("俺老公在派出所当辅警"):
# (the officer to the asker, the party to the asker) → the party to the officer
THROUGH_OFFICER = {("spouse", "parent"): "in_law", ("spouse", "sibling"): "in_law", ("spouse", "self"): "spouse",
                   ("spouse", "child"): "child", ("child", "self"): "parent", ("child", "spouse"): "parent",
                   ("child", "parent"): "grandparent", ("child", "sibling"): "relative", ("sibling", "parent"): "parent",
                   ("sibling", "self"): "sibling", ("parent", "self"): "child", ("parent", "sibling"): "child",
                   ("child", "grandchild"): "child", ("child", "child"): "sibling",
                   ("grandchild", "self"): "grandparent", ("grandchild", "spouse"): "grandparent",
                   # the officer the asker's son- or daughter-in-law ("我女婿…当辅警。我跟楼下邻居…吵起来"): an in-law's case
                   ("in_law", "self"): "in_law"}
# a request made to the officer ("让他", "叫她", "喊他") — not "莫让他出事", "别让他跑了" (the party let be), nor
# "能让他开吗", "能不能先让他上岗" (whether he may be let do it, asked of the user)
# …or someone coming to the officer for something ("她一个女同学…找她要…录像")
_ASKED_TO = re.compile(r"(?<![莫别不能以])(让|叫|喊|要|安排|派|交代|吩咐|通知|要求|找(?=[他她](?:要|帮|借|拷|查|调|打听)))(他|她)(?![们人])")
# a favour asked of the relative who is the 辅警 ("表姐就托她调监控")
_FAVOUR_OF = re.compile(r"(?<![莫别不能以])(托|拜托|求|央求)(他|她)(?![们人])")
_MAY_LET = re.compile(r"(能|可以|该不该|要不要|允许|准不准)[^，。？！]{0,3}$")
# the officer opening a clause ("他一个人…") — not the one who speaks ("他说不认识"), nor "他的", "他家", "他爸"
_TELLER = sorted([*words("relations", "teller_kin"), *(w for k in ("grandparent", "uncle_aunt", "cousin", "in_law")
                                                       for w in vocabulary("relations")["ties"][k])], key=len, reverse=True)
_OPENS = re.compile(r"(^|[，,。；;！？!?\s](?:上个月|上周|上礼拜|前几天|前天|昨天|今天|那天|当天|当时|后来|有一次|有次|去年|前段时间|最近)?)"
                    r"(他|她)(?![们人的说讲问家爸妈哥姐弟妹老儿女]|" + "|".join(_TELLER) + ")")


# a trainer judging what the 辅警 did or telling how to answer them ("请逐项判断小李的三个做法", "小蒋事后问我…我该
#咋跟他讲"): the acts are read as told, of the 辅警 spoken of (:mod:`.acts` reads such cases)
# …("闺女问我能不能帮这个忙" asks whether she may: no judgement)
_JUDGED = re.compile(r"逐项|逐一|逐个|判断|对不对|做得对|事后|问我(?!能不能|能否|可不可以|可以不|该不该|要不要|行不行)|跟他讲|跟她讲|跟他说|跟她说|一件一件|分别说|帮我说|考考大家|大家说说|大家说下|大家说一下|挑挑错|指出问题|怎么判|例子怎么讲|"
                     r"哪里错|哪儿错|错在哪|哪错了|哪一步|哪步|哪个环节|答案该|答案怎么|答案咋")


# an officer named by title ("李警官", "张警官说…") — not a 警官证 or a school (警官学院)
_TITLED = re.compile(r"([\u4e00-\u9fff])(?<![个位名几两一二三这那的些我你他她俺])警官(?!证|学院|职业|学校|大学)")
# …or introduced by post, then called by name ("值班的老徐在跟她谈…送回执要不要老徐跟着", "带班民警小王")
_INTRODUCED = re.compile(r"(?:民警|警察|带班的?|值班的?|带班民警|值班民警|社区民警|师傅|所长|副所长|教导员|警长|中队长|队长)"
                         # (…not 老 meaning "always": "有个民警老让她帮忙", "民警老是喊我")
                         r"((?:老|小)(?!让|叫|喊|是|要|找|说|给|把|跟|不|没|在|都|也|这样|那样|催|拿|派|安排)[\u4e00-\u9fff])(?![区学时组队孩所师长子])")


# the officer the user works under, called master ("师父切停车场开车去了", "跟着师傅巡逻") — not a tradesman ("开锁师傅")
_MASTER = re.compile(r"(?:(?<=^)|(?<=[，。？！,.?!；;：:\s跟和让叫喊给对]))师[傅父](?![们])")


def police_named(text: str) -> str:
    """``text`` with the officers it names read as "民警", so that who is there, who asks and who leaves are
    found as for "民警" ("李警官说去警车上拿个东西，半天都没转来", "送回执要不要老徐跟着").

    >>> police_named("值班的老徐在跟她谈，让我先登个记。送回执要不要老徐跟着")
    '值班的民警在跟她谈，让我先登个记。送回执要不要民警跟着'
    >>> police_named("带班的李警官说去警车上拿个东西，我拿着警官证")
    '带班的民警说去警车上拿个东西，我拿着警官证'
    >>> police_named("跟师父巡逻，师父去开车了，喊了个开锁师傅")
    '跟民警巡逻，民警去开车了，喊了个开锁师傅'
    """
    text = _TITLED.sub("民警", text)
    text = _MASTER.sub("民警", text)
    for name in dict.fromkeys(m.group(1) for m in _INTRODUCED.finditer(text)):
        text = re.sub(re.escape(name) + r"(?![们])", "民警", text)
    return text


def first_person(text: str, keep_length: bool = False) -> str:
    """``text`` with the officer the story speaks of read as "我" (unchanged when the user is the officer, or
    when a trainer judges what was done); ``keep_length``: the relative who is the 辅警 is read as "我" padded
    with "自" to the length of the words told, so that each character stands where it was told."""
    trainee = TRAINEE.search(text)
    if not trainee or SELF_ON_CASE.search(text) or _SELF_ASKS.search(text) or _JUDGED.search(text):
        return text
    kin = trainee.group("kin")
    if kin:
        # "俺儿在新浦火车站那个派出所…让俺儿上去问问": the relative who is the 辅警, read as "我" as a name is
        text = re.sub(r"(我|俺)(们)?(家|屋头|屋里|家里)?" + KIN_CHAIN + kin + ("" if len(kin) > 1 else r"(?!子|女|媳)") + "|" +
                      (re.escape(kin) + r"(?![们的])" if len(kin) > 1 and kin not in ("孩子", "娃儿") else "(?!)"),
                      lambda m: "我" + "自" * (len(m.group()) - 1) if keep_length else "我", text)
    name = None if kin else _NAME.search(text, max(0, trainee.start() - 2))
    if name:
        # not where the trainer is spoken to ("小蒋事后问我") nor as an owner ("小李的三个做法")
        # a full name keeps its introduction ("有个小伙子叫谭浩" is no request "叫我")
        kept = name.end() if name.group(2) else 0
        text = text[:kept] + re.sub(re.escape(name.group(1) or name.group(2)) + r"(?![们的]|事后问|问我|跟我说|告诉我|说)",
                                    "我", text[kept:])
    text = _ASKED_TO.sub(lambda m: m.group() if _MAY_LET.search(m.string[max(0, m.start() - 6):m.start()])
                         else m.group(1) + "我", text)
    if kin:
        text = _FAVOUR_OF.sub(lambda m: m.group(1) + "我", text)
        # "俺爸…。他说明天要跟民警去把…约束起来": the 辅警's own plan, told by him
        text = re.sub(r"(?<![把给让叫跟和对向])(他|她)(说|讲)(?=(明天|今天|今晚|今天晚上|明晚|后天|下周|周末|晚上|过几天|待会儿?|马上)?(要|准备|打算|得))",
                      "我自" if keep_length else "我", text)
    text = re.sub(r"(他|她)自己", "我自己", text)
    text = _OPENS.sub(lambda m: m.group(1) + "我", text)
    # "这个她能干吧", "那个专班他进得不": the officer asked of, wherever in the clause
    # …"他开得嘛": the potential asked with 嘛 / 吗 (重庆话) as with 不
    text = re.sub(r"(?<![把给让叫跟和对向])(他|她)(?=[\u4e00-\u9fff]{1,3}得(到|了)?(不[哦嘛啊呀噻]?|嘛|吗|么)(?=[，。？！?!]|$))", "我", text)
    # "担心他这样搞是不是越权了": what the officer did, pointed back to
    # (…"问她一个辅警这样做合规不": the officer named with what she is)
    text = re.sub(r"(?<![把给让叫跟和对向])(他|她)(?=(一个辅警|一个人|一个|作为辅警|这个辅警|当辅警的)?(这样子?|那样子?|这么|那么)(搞|做|干|整|弄))", "我", text)
    # "就剩她一个": the officer left alone
    text = re.sub(r"(?<=剩|留)(他|她)(?=一个)", "我", text)
    # "打她的人会怎么处理": the one who harmed the officer
    text = re.sub(r"(打|骂|推|撞|砍|咬|踢|捅|威胁|打伤|撞伤|推倒)(他|她)(?=的(人|那个|那人|男的|女的|司机|家伙))", r"\1我", text)
    return re.sub(r"(?<![把给让叫跟和对向])(他|她)(?=能不能|可不可以|能|可以|该不该|要不要)", "我", text)

"""The officer's tie to a case or a party, as a story tells it (``relations.yaml``).

Every tie the story states is found; the one with the strongest ground of 回避 decides (the legal
reading of each tie is ``rules/data/relations.yaml``): the officer's own stake beats "打架的人我都不认识";
a stated tie beats a hedge ("当事人是我表哥，应该没关系吧" asks whether it matters, it denies nothing).
A tie word counts as the officer's when it is "我…" / "跟我…": "邻居纠纷" names a kind of dispute.

- **The officer spoken of.** When the story is about another 辅警 ("所里一个辅警…他老婆在这家饭店有股份，他需要
  回避吗", "辅警…发现其中一个孩子是自己的孙子") and the user never speaks as one, that officer's 他/她/自己 are
  read as the "我" of a first-person story: the same ties are found.
- **Told at the end of a clause.** "被打的是我", "其中一辆是我的" name the officer (a party, a stake) only where
  they end the clause: "被打的是我表哥" names a cousin (``ties_at_end``).
- **The officer the asker's relative.** "我老公在…当辅警…我弟弟被带走了": the tie the asker names is read through
  the officer (:mod:`.kinship`) — her brother is his brother-in-law, her mother-in-law his own mother, her own
  shop his spouse's stake.
- **The reporter alone.** A 报案人 is not for that reason a 当事人 (DOMAIN.md): when reporting is the only tie
  and the story denies every other one ("偷东西的和车主我都不认识"), the tie is the one ``rules/data/relations.yaml``
  names for it (``if_every_other_tie_denied``).

>>> read_relation("当事人是我表哥，应该没关系吧").relation
'cousin'
>>> read_relation("打架的人我都不认识，但被砸的是我家的店").relation
'interest'
>>> read_relation("我老公的弟弟是嫌疑人").relation
'relative'
>>> read_relation("所里一个辅警去处置警情，后来得知他老婆在这家饭店有股份，他需要回避吗").relation
'interest'
>>> read_relation("被打的是我表哥").relation, read_relation("我自己就是被打的").relation
('cousin', 'self')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import phrases
from . import kinship
from .clauses import TRAINEE, WORD_SPACE, WORK_WORDS
from .lexicon import vocabulary, words
from .officer import OFFICER_IS_KIN, OFFICER_KIN, ON_CASE, SELF_ON_CASE, THROUGH_OFFICER, first_person
from .stakes import business_harmed, money_in_case, owned_in_case, suffered

# ties whose words already say "I" (我是当事人, 我家的店, 我报的案)
# a complaint threatened, not made ("吼要投诉我", "扬言要举报我")
_THREATENED = re.compile(r"(要|扬言|威胁|威胁说|声称|嚷着|喊着|吼着|说要|非要|还要|就要|准备)$")
_SELF_SPOKEN = ("self", "interest", "reporter", "tenancy")   # tenancy words are the officer's own ("租他房子")
# the strength of a ground: the strongest tie of the story decides
_RANK = {"party_or_relative": 4, "interest": 4, "other_relation": 2, "unlisted": 1, "none": 0}
# (first, second) → the tie to the officer; any other chain of kin is a relative outside 近亲属
_COMPOSE = {("parent", "parent"): "grandparent", ("child", "child"): "grandchild", ("parent", "sibling"): "uncle_aunt"}


# "我" of the user's own, not "我们", "我所", "我同事" (who may be the officer spoken of)
_ME_ALONE = re.compile(r"我(?!们|所|局|市|单位|同事|科|队|省)")
# "他需要回避吗", "她要不要回避": the officer asked about is a third person
_ASKED_OF_THIRD = re.compile(r"(?<!其)(他|她)[^，。,；;？?！!]{0,10}回避")
# "他能不能留在现场", "她还要不要参与": the officer asked about is a third person, by a modal of theirs
_ASKED_OF_THIRD_MODAL = re.compile(r"((?<!其)(他|她)|(?:我|俺)(?:老爸|老妈|爸|妈|哥|姐|弟|妹|老公|老婆|媳妇|爱人|男朋友|女朋友|对象|叔|舅|儿子|女儿|闺女))"
                                   r"(自己)?(到底|还|究竟)?(能不能|能|可以|可不可以|要不要|还要不要|应不应该|该不该|需不需要|用不用)")
# "我自己要不要回避": the user asks of themselves, whoever else the story names ("另一个辅警小王，他爸…"); not
# "我讲回避那一节" (a trainer's lesson)
_ASKED_OF_SELF = re.compile(r"(?<![问])我(自己|本人)?[^，。,；;？?！!他她]{0,4}(要|需要|该|应该|应当|得|必须|用|申请|提出|能不能|可以)[^，。,；;？?！!他她]{0,3}回避|"
                            # "小王肯定要回避，俺呢": the colleague's case set aside, the question is the user's
                            r"(?:^|[，,。？?！!\s])(那|那么)?我(自己)?呢|"
                            # "小李要不要回避我不管，我想问我自己要不要回避"
                            r"问(一下)?我自己[^，。,；;？?！!]{0,4}回避")
_THIRD_IN_ASKED = re.compile(r"[他她]|(?<![我俺])[小老阿][\u4e00-\u9fff]")
# a colleague the user speaks of ("我们组的小周", "我们所里一个文职辅警"): the officer of the story
_COLLEAGUE = re.compile(r"(?<!别的)(?<!其他)(组|所|队|班|科|中队|大队|中心)(里)?的(小|老|阿)[\u4e00-\u9fff](?![区学时组队孩])|"
                        # "我们所小张他亲弟弟": the name right after the unit
                        r"(?<=我们)(组|所|队|班|科|中队|大队)(小|老|阿)[\u4e00-\u9fff](?![区学时组队孩所师长])|"
                        r"(?<!别的)(?<!其他)(所|队|组|中心|科|局)(里|里面|头)?(有个|有一个|一个|一名|有名)(勤务|文职)?(辅警|协警)(?!队)|"
                        # "有个辅警来反映：他前天处理的…一方是他亲姐姐" (HR speaking of one who came to them)
                        r"(有个|有一个|有名)(勤务|文职)?(辅警|协警)(来|跑来|过来)?(反映|找我|找到我|跟我说|说|问|问我|咨询|请示)|"
                        # "有个辅警的亲弟弟涉嫌盗窃…安排他去看管": the 辅警 HR speaks of, known by a relative
                        # "我管辅警人事的。有个辅警两年前离了婚…": HR opening a sentence with the 辅警 it speaks of
                        r"(?:^|(?<=[。！？]))(?:有个|有一个|有名)(?:勤务|文职)?(?:辅警|协警)(?!队)|"
                        # (…"有个辅警他老婆开了个小超市": the relative owned through 他)
                        r"(?<![我俺])(有个|有一个|有名)(勤务|文职)?(辅警|协警)(的|他的|她的|他|她)(亲)?(?=[\u4e00-\u9fff])")
# the officer's name in such a story ("辅警小付", "我们组的小周"), read as "我" with the pronouns
_NAME_ASKED = re.compile(r"(?<![我俺])((?:小|老|阿)[\u4e00-\u9fff])(到底|究竟|还|是不是)?(要不要|需不需要|该不该|用不用|需要|要|得)[^，。,；;？?！!]{0,3}回避")
_NAME = re.compile(r"(?:辅警|学员|徒弟|的)((?:小|老|阿)[\u4e00-\u9fff])(?![区学时组队孩])")
# the officer's pronouns in a story about them (not "他们", "其他", "他人"; "自己" not after a party's name)
_THIRD = re.compile(r"(他自己|她自己|(?<![其])他(?![们人])|(?<![其])她(?![们人])|(?<![他她我])自己)")
# what may follow a tie told at the end of its clause ("被打的是我啊，", "其中一辆是我的。")
_CLAUSE_END = re.compile(r"^(?:自己|本人)?(?:啊|呀|吧|呢|了|哈|哦)?(?:[，,。；;！!？?\s]|$)")


@dataclass(frozen=True)
class RelationReading:
    relation: str | None
    words: str = ""


_IN_MY_NAME = re.compile(r"(是|在|挂在|登记在)(我|我家|我们家)(自己)?(的)?名下(的)?")
_MY_THINGS_HARMED = re.compile(r"(把|将)(我|我家|我们家)(屋里|家里|屋头|店里|房子里|屋子里)的[^，。？！]{0,10}?(都|全)?(搬走|偷走|拿走|砸了|砸烂|偷了|抢走|弄坏|卷走|搬空)")
# the thing of the case said to be the user's, by how it came to be theirs ("是我家承包的", "是我俩合伙买的")
_THING_IS_MINE = re.compile(r"是(我|我家|我们家|我俩|我们俩|我和他|我跟他|我和她|我跟她)(自己)?(合伙|一起|俩)?(开|买|承包|包|养|种|经营|盖|出钱买)(下|来)?的")


def _ties() -> dict[str, list[str]]:
    return vocabulary("relations")["ties"]


def _person_words() -> list[str]:
    """The words that name a person by their tie: every tie of two characters or more, and the one-character
    kin ("爸", "哥") — what follows an owner of a party ("小孙的老丈人", "同事小张亲妹妹")."""
    return [w for ws in _ties().values() for w in ws if len(w) > 1] + list(_ONE_CHAR_KIN)


def _kin(word: str) -> str | None:
    # ("我女婿" where the ties list only "女婿": the asker's own kin, the same tie)
    return next((key for key, ws in _ties().items() if word in ws), None) or \
        (next((key for key, ws in _ties().items() if word[1:] in ws), None) if word[:1] in "我俺" and len(word) > 2 else None)


# "我媳妇她爸": a kin word of one character after 他/她
_ONE_CHAR_KIN = {"爸": "parent", "妈": "parent", "哥": "sibling", "姐": "sibling", "弟": "sibling", "妹": "sibling"}
# the near relatives (近亲属): ties through them chain, and their business is the officer's stake
NEAR_TIES = ("spouse", "parent", "child", "sibling", "grandparent", "grandchild")


# what links a tie to the one named through ("我老公的妹妹", "我媳妇她爸", "我大姨家的表哥")
# (…"我妈以前厂里的同事": where the two knew each other, said between)
_LINK = re.compile(r"(家)?的|她|他|(以前|原来|过去|之前)?[\u4e00-\u9fff]{0,3}?(厂|单位|公司|学校|村|店|部队)(里|上|头)?的")


# …or after the first is introduced ("我老婆是灌云人，她亲妹妹…", "我老公在外地上班，他弟弟…")
_INTRO_LINK = re.compile(r"(是[\u4e00-\u9fff]{1,6}人|在[\u4e00-\u9fff]{1,8}(上班|工作|打工|读书|上学))[，,](她|他)(?=的?[\u4e00-\u9fff])")


# the officer and colleagues the user names as others ("我师傅", "带班民警"): a tie through them is theirs, not the user's
_OFFICERS = "民警|警察|师傅|师父|同事|领导|所长|队长|教导员|指导员"


def _chained(text: str) -> RelationReading | None:
    """Ties named through another person ("我老公的弟弟", "我妈的妈妈", "我对象的奶奶")."""
    ties = _ties()
    first_links = [w for k in vocabulary("relations")["kin"] for w in ties[k]]
    # "俺大爷家的儿子": an elder kin named as the teller names them, when the user owns them
    first_links += ["我" + w for w in words("relations", "teller_kin")]
    second = [w for k, ws in ties.items() if k not in ("self", "interest", "enemy", "reporter", "debtor",
                                                          "business_partner", "acquaintance") for w in ws]
    for first in phrases.hits(text, first_links):
        if not first.phrase.startswith("我") and \
                re.search("(" + _OFFICERS + r"|警官|对方|别人|人家)(家)?(的)?$", text[max(0, first.start - 6):first.start]):
            continue   # "船老大是我师傅儿子的干爹": a tie through the officer's kin, not the user's
        if not first.phrase.startswith("我") and re.search(r"(他|她)(家)?(的)?$", text[max(0, first.start - 2):first.start]) and \
                re.search("(" + _OFFICERS + r")的[^。？！他她我]{1,10}[，,](还|也|又)?(是)?(他|她)(家)?(的)?$",
                          text[max(0, first.start - 24):first.start]):
            continue   # "…是我师傅的大学同学，还是他儿子的干爹": 他 is the officer named just before
        rest = text[first.end:]
        link = _LINK.match(rest) or _INTRO_LINK.match(rest)   # "我媳妇她爸", "我老婆她表姐的老公"
        if not link:
            continue
        # ("我婆娘她二姐": the birth order before the second word is no part of the tie)
        order = 1 if re.match(r"[大二三四五小幺]", rest[link.end():]) else 0
        h = phrases.first(rest[link.end() + order:link.end() + order + 6], second + list(_ONE_CHAR_KIN))
        if h is None or h.start != 0:
            continue
        a = _kin(first.phrase) or ("uncle_aunt" if first.phrase.startswith("我") else None)
        b = _kin(h.phrase) or _ONE_CHAR_KIN.get(h.phrase)
        words_ = text[first.start:first.end + link.end() + order + h.end]
        # a longer chain ("我老公他表弟的媳妇", "我老婆她表姐的老公的妹妹"): a relative further off, all of it the tie
        end, links = first.end + link.end() + order + h.end, 2
        while True:
            more = re.match(r"(家)?的", text[end:])
            nxt = phrases.first(text[end + more.end():end + more.end() + 6], second) if more else None
            if nxt is None or nxt.start != 0:
                break
            end, links = end + more.end() + nxt.end, links + 1
        if links > 2:
            return RelationReading("relative", text[first.start:end])
        if a in ("friend", "classmate", "colleague", "neighbour"):
            # "同事的老婆", "同事的亲戚": someone known through a colleague, no kin of the user's
            return RelationReading("acquaintance", words_)
        if b not in NEAR_TIES:
            return RelationReading(b, words_)   # "我老婆的朋友" is a friend: a tie outside the family
        return RelationReading(_COMPOSE.get((a, b), "relative"), words_)
    return None


def _officers_own(words_: str, officer_kin: set[str]) -> str | None:
    """The tie of a chain that starts with the officer ("老公的妹妹" when the officer is 老公): the officer's own."""
    plain = re.sub(r"^(我|俺)", "", words_)
    for k in sorted(officer_kin, key=len, reverse=True):
        k = re.sub(r"^(我|俺)", "", k)
        if k and plain.startswith(k):
            link = _LINK.match(plain[len(k):])
            if link:
                return _kin(plain[len(k) + link.end():]) or _ONE_CHAR_KIN.get(plain[len(k) + link.end():])
    return None


@lru_cache(maxsize=1)
def _someones_new() -> re.Pattern:
    """Someone the asker names, then their present partner ("我前夫现在的", "我哥新找的")."""
    return re.compile(r"(前夫|前妻|前男友|前女友|前任|" + kinship.kin_alternation() + r")(现在|如今|后来|新找|新娶|新嫁|新)的?$")


def _mine(text: str, h: phrases.Hit) -> bool:
    """The tie is the officer's: "我…表哥" close before it, or "跟我 / 和我" in its clause; "他亲弟弟" is
    another's."""
    if re.search(r"(他|她)(的)?$", text[max(0, h.start - 2):h.start]) and "我" not in h.phrase:
        return False   # …but "他欠我钱" is a tie of the officer's
    if re.search(r"(他|她)(现在|如今|后来|以前|原来|新找|新)的?$", text[max(0, h.start - 6):h.start]) and "我" not in h.phrase:
        return False   # "我前妻跟她现在的老公": another's, whenever
    if _someones_new().search(text[max(0, h.start - 8):h.start]) and not h.phrase.startswith("我"):
        return False   # "当事人是我前夫现在的老婆": the spouse of someone the asker names, not the asker's
    if re.search(r"(一起|两家|两个|两户|几个|几家|一对|(?<![我咱他她])俩)(的)?$", text[max(0, h.start - 3):h.start]) and not h.phrase.startswith("我"):
        return False   # "出警一起邻居因为漏水打架的", "两家邻居吵起来": the kind of case, the parties each other's
    before = re.sub(r"[（(][^）)]{0,6}[）)]", "", text[max(0, h.start - 12):h.start])   # "我师父（民警）的舅舅"
    # (…"我师傅的大学同学": where the tie was made, between)
    if re.search(r"(民警|警察|警官|教导员|指导员|队长|同事|师傅|师父|领导|所长|对方|别人|人家|辅警|协警|房东|租客|邻居|老板|客户|朋友|(?<![我俺])[小老阿][\u4e00-\u9fff])(家)?(的)?(亲)?"
                 r"(大学|高中|初中|小学|中学|中专|技校|部队|老)?$", before) \
            and not h.phrase.startswith("我"):
        return False   # "带我们班的民警的儿子", "辅警小赵的表舅", "我同事小张亲妹妹": another's kin
    if re.search("(" + _OFFICERS + r")(家)?(的)?(儿子|女儿|孩子|老婆|老公|爱人|媳妇|妻子|丈夫|爸爸|妈妈|哥哥|姐姐|弟弟|妹妹)(的)$",
                 before) and not h.phrase.startswith("我"):
        return False   # "我师傅儿子的干爹": a tie of the officer's kin
    if re.search(r"(跟|和|与)(你们|我们|他们)?(的)?(所长|民警|领导|队长|局长|教导员|指导员|他|她|人家)(是|算)?(个)?$",
                 text[max(0, h.start - 10):h.start]) and not h.phrase.startswith("我"):
        return False   # "他一直嚷嚷“我跟你们所长是老乡”": a tie of the party to someone else, not the officer's
    if re.search(r"(他|她|大姐|大哥|大爷|大妈|阿姨|嬢嬢|孃孃|老人|对方)(家)?(跟|和|与|的)?(楼下|楼上|隔壁|对门)(的)?$",
                 text[max(0, h.start - 8):h.start]):
        return False   # "大姐说她跟楼下邻居吵架": the neighbour of the one who came, not the officer's
    if h.phrase in ("婆婆", "公公") and re.search(r"(报案|报警|来|路过|一个|有个|那个|这个|个|位|的)$", before):
        return False   # "报案的婆婆" (重庆话: an old woman), "有个公公": no in-law of the user's
    if re.search(r"(婆婆|爷爷|奶奶|老太太|老头|大爷|大妈|阿姨|大姐|大哥|嬢嬢|孃孃|失主|事主|报案人|报警人|受害人|当事人)"
                 r"(和|跟|与|及|还有)(她|他)?(家)?(的)?(楼下|楼上|隔壁|对门)?(的)?$", text[max(0, h.start - 12):h.start]) \
            and not h.phrase.startswith("我"):
        return False   # "给报案的婆婆和隔壁邻居做个询问笔录": the neighbour of the one named before, a witness
    if re.search(r"(说|讲|反映|称|报警说|报案说)(她|他)?(被|让|跟|和|与)?(楼下|楼上|隔壁|对门)(的)?$", text[max(0, h.start - 10):h.start]):
        return False   # "来了个大姐报警，说被楼上邻居推了一把": the neighbour the one reporting speaks of
    if re.search(r"(?:^|[，。！？,])(?:勤务|文职)?(?:辅警|协警)(?:如果|要是|万一)?(?:碰到|遇到|遇上|碰上|办|处理|出警处理|接到)(?:了|个|一个)?"
                 r"(?:自己的?|本人的?)?(?:亲)?$", text[:h.start]):
        return True   # "辅警碰到亲姐姐是当事人的案子": the kin of the 辅警 the question is about
    return "我" in text[max(0, h.start - 8):h.end] or bool(re.search(r"(跟|和|与)我", text)) or \
        bool(_UNSAID_ME.search(text[:h.start])) or \
        bool(re.search(r"是我[^，。,]{0,16}$", text[:h.start])) or \
        bool(_NEXT_DOOR.match(h.phrase) or _NEXT_DOOR.search(text[max(0, h.start - 2):h.start]))


# the ties a bare kin word names of whoever tells the story, when nothing else owns it
_OWNED_BY_TELLER = NEAR_TIES + ("uncle_aunt", "cousin", "in_law", "ex_partner", "partner")


# the last character that names a relative ("亲妹妹" … "她妹")
_ONE_CHAR_KIN_WORDS = "爸妈哥姐弟妹儿女爷奶舅姑姨叔婶侄甥孙"
# another case of now, told after one the user stood aside from ("这周又派我去处理另一个小区…")
_ANOTHER_CASE = re.compile(r"又|这次|这回|另一|另外一|今天|这周|这礼拜|现在")


def _harmed_again(text: str, h: phrases.Hit) -> bool:
    """The relative of a past quarrel is harmed again in the case of now ("去年她亲妹妹跟人打架…这回她妹网购被人骗了
    八千块"): a party of this case, not an old quarrel."""
    _, end = _sentence_span(text, h.start)
    return end is not None and h.phrase[-1] in _ONE_CHAR_KIN_WORDS and \
        re.search(h.phrase[-1] + r"[^，。？！]{0,8}(被|遭)", text[end:]) is not None


def _recused_case_masked(text: str) -> str:
    """The sentence of a case the user already stood aside from ("上个月我亲姐跟我姐夫闹离婚打起来那次警情，我主动申请
    回避了，所里也批了"), masked when a later sentence tells another case ("这周又派我去处理另一个小区…"): its ties are
    not of the case asked (one character for one, indices hold)."""
    for h in phrases.hits(text, words("intent", "recused_done")):
        start, end = _sentence_span(text, h.start)
        before = text[start:h.start]
        later = text[end:]
        kin = [w for ws in _ties().values() for w in ws if len(w) > 1 and w in text[start:end]]
        if end is None or re.search(r"(民警|师傅|同事|所长|领导|队长|他|她)[^，。？！]{0,6}$", before) or \
                not _ANOTHER_CASE.search(later) or any(w[-1] in later for w in kin if w[-1] in _ONE_CHAR_KIN_WORDS):
            continue   # (an officer's recusal, no other case told after it, or the same relative in the case of now:
            # "去年她亲妹妹…她已经回避过一回了。这回她妹网购被人骗了…")
        text = text[:start] + "，" * (end - start) + text[end:]
    return text


def _opens_message(text: str, h: phrases.Hit) -> bool:
    """A relative named with no owner, opening the message after no more than where the user is from ("外婆家昨晚
    被偷了，所里让我去做登记", "重庆的，表哥跟人打架了"), or opening the clause after one the user is the subject of
    ("我离婚三年了，前妻今天在商场跟人吵架"), or a sentence of a story the user tells of themself: the user's."""
    if _kin(re.sub(r"^(我|俺)(家)?", "", h.phrase)) not in _OWNED_BY_TELLER:
        return False
    before = text[:h.start]
    if re.fullmatch(r"([^，。,？！]{1,8}的[，,])?(亲)?|[^，。,？！]{0,10}(辅警|协警)(的)?[，,](亲)?", before):
        return True   # (…or after the teller's post: "连云港这边辅警，亲妹妹是案子里的受害人")
    # (…or opening a later sentence of a story whose 辅警 is the family's: "大儿子在派出所当辅警。昨晚上小儿子…")
    # (…or opening a later sentence of a story the teller tells of themself: "我在灌云县派出所当辅警…。前两天孙子在学校…")
    said = _kin_officer_said().search(before)
    if (said is not None or re.match(r"(我|俺)(?!们)", before)) and \
            re.search(r"[。！？!?]\s*(今天|昨天|前天|昨晚上?|昨天晚上|前两天|前几天|上周|刚才|那天|上午|下午|晚上)?(亲)?$", before):
        return True
    m = re.search(r"(?:^|[。！？])([^，。,？！]*)[，,](今天|昨天|前天|昨晚|刚才|那天|上午|下午|晚上)?$", before)
    # …or after the family's 辅警 told as the teller tells their own ("大儿子当辅警，小儿子跟同学打架")
    return bool(m) and (re.match(r"(我|俺)(?!们)", m.group(1)) is not None or
                        m.start(1) == 0 and _kin_officer_said().match(m.group(1)) is not None)


# "上个月刚跟女朋友领了证": a clause opening with 跟 and no subject is the user's own
_UNSAID_ME = re.compile(r"(?:^|[，。！？,])(?:上个月|上周|上礼拜|上星期|去年|前年|昨天|前天|前两天|前几天|今年|年初|那天|刚|刚刚|才|已经)*(?:跟|和)$")


# "带我的民警是我亲舅舅", "我师傅就是我表哥": the tie is to the officer who works beside the user
_FELLOW_OFFICER = re.compile(r"(带我的|带班的|一起出警的|跟我一组的|我们所的|所里的)?(民警|师傅|所长|教导员|指导员|警察|带班民警|搭档)"
                             r"(就|正好|刚好|也|其实)?是(我|俺)(的|家)?(亲)?$")


def _names_matter(after: str) -> bool:
    """The words after a relative's 的 name their matter ("我老婆的事", "我弟的纠纷": ``owned_matters``)."""
    return after.startswith(tuple(words("relations", "owned_matters")))


# pay owed ("工资拖欠我们"), and who owes it when a party does ("他还拖了我一个月工资")
_PAY = re.compile(r"工资|加班费|薪酬|薪水|补贴|奖金|绩效|社保|公积金")
_PAY_OWER = re.compile(r"老板|他|她|公司|厂|那人|对方|老乡|包工头")
# what is driven ("他自己开的警车"), and a share offered ("想喊我入股", "叫我也入一股")
_VEHICLE = re.compile(r"(警车|车|摩托|电动车|电瓶车|三轮|货车|出租|船|艇|巡逻车)")
_INVITED = re.compile(r"(喊|叫|让|请|邀|拉|劝|想要)我")


# "楼下邻居阿姨": who lives next to the user is the user's neighbour
_NEXT_DOOR = re.compile(r"(楼下|楼上|隔壁|对门)")


# the tie told as the one a party owes ("有个人欠我爸两万块"): a creditor, no party
_CREDITOR_BEFORE = re.compile(r"(欠|借了|借过|拖欠|还欠|赖)(了|着)?(我|俺)?(的|家)?$")


def _linked(clause: str, h: phrases.Hit) -> bool:
    """The tie is to a party of the case: "…是我表哥", "我表哥是当事人", "跟我是同学", or a party word right
    at the tie ("我表哥被打了", "当事人欠我钱"). "我和同事巡逻时看到有人打架" names a colleague who is no party."""
    if re.match(r"(非|硬|一直|总|老|也)?(说|讲|觉得|认为|以为|怕)", clause[h.end:]):
        return False   # "我婆婆非说辅警开警车是违法的", "俺妈说那是你亲舅": what the relative says, not a party
    if re.search(r"是[^，。,]{0,8}$", clause[:h.start]) or re.match(r"[^，。,]{0,3}是", clause[h.end:]):
        return True
    if _CREDITOR_BEFORE.search(clause[:h.start]):
        return False   # "有个人欠我爸两万块": the relative is the party's creditor, no party (a tie of another ground)
    if re.search(r"(说|告|举报|投诉|指认|怀疑|咬定|认定)(是)?(我|俺)?(的|家)?$", clause[:h.start]) and \
            re.match(r"(把|将|偷|打|拿|砸|扔|甩|骂|推|占|堵|撞|抢|骗|踢|动手|先动手)", clause[h.end:]):
        return True   # "邻居报警说我妈把他家门口的东西甩了": the relative accused of what the case is about
    at_length = re.search(r"是(我|俺)[^，。,是]{0,14}的$", clause[:h.start])
    if at_length and not re.search(r"证人|目击|看见的|看到的人|报警的|报案的|路人", clause[:at_length.start()]):
        return True   # "后车司机是我以前在物流公司上班时的同事": the party said to be the user's tie, however described
    if clause.startswith("是") and h.start <= 14:
        return True   # "今天抓的一个…，是我以前一起跑货车的伙计": the clause says who the party just named is
    parties = words("relations", "parties")
    near = clause[max(0, h.start - 6):h.end + 6]
    if phrases.any_in(near, parties):
        return True
    if re.match(r"(跟|和|与|同)(人|别人|人家|他们|对方|邻居|同学|同事|客人|一个|几个|两个)[^，。,]{0,12}(打|吵|扯皮|冲突|动手|纠纷|闹)", clause[h.end:]):
        return True   # "出警碰到俺亲弟跟人在饭店打架": the tie one side of the quarrel, told at length
    opening = phrases.first(clause, parties)
    if opening is not None and opening.start <= 1 and opening.end < h.start:
        return True   # "其中一个司机去年找我借了三万块钱": the clause is about a party
    if _PAIR.match(clause) and not re.search(r"担心|着急|害怕|怕的|商量|觉得|寻思|想问", clause):
        return True   # (not "我和她爸担心的是…": the parents who worry, no pair in the case)
    if re.match(r"[^，。,]{0,12}的人", clause[h.end:]) and phrases.any_in(clause[h.end:], parties):
        return True   # "有个借了我哥二十万的人…因为诈骗被抓了": the one the tie describes is the party
    if re.match(r"(被抓|被打|被偷|被骗|打人|偷东西|闹事|肇事|报警|报案|吵架|打架)的", clause):
        return True   # "被抓的那个小伙子跟我住同一个小区": the clause is about a party
    # "一拳把我儿子打趴下了", "撞了我妈": the kin harmed, told as the object of the harm — a party (the victim)
    if re.search(r"(把|将)(我|俺)?(的|家)?$", clause[:h.start]) and _HARM.match(clause[h.end:]) or \
            re.search(r"(?<![不没])" + _HARM.pattern + r"(了|伤了|倒了|伤)?(我|俺)?(的|家)?$", clause[:h.start]):
        return True
    among = _AMONG.search(clause[:h.start])
    if among and (phrases.any_in(clause[:among.start()], parties) or
                  _PARTY_GROUP.search(clause[:among.start()] + (among.group(1) or ""))):
        return True   # "收拘名单上有我亲弟弟", "丢手机的学生里有我女儿": the kin is one of the parties
    # "我弟弟昨天在酒吧跟人打架被带回来了": the officer's own kin as the subject of the clause's events
    # (…"我家对门邻居今天跟送快递的吵起来": where the neighbour lives, said between)
    mine_opening = re.search(r"(我|我的|我家|我们家|我们|我屋头|我屋里|我家里)(亲|的亲|(楼下|楼上|隔壁|对门|对面)(的)?)?$", clause[:h.start]) or (h.phrase.startswith("我") and h.start <= 1) or \
        re.fullmatch(r"(昨晚上|昨天晚上|今晚上|今天晚上|前天晚上|昨天|今天|前天|昨晚|今早|上午|下午|晚上|刚才|那天|上周|前两天|中午|早上|凌晨|傍晚|夜里|半夜|上礼拜|前几天|这几天|昨个|今个|"
                     r"去年|前年|[一二三四五六七八九十两几0-9]{1,3}年前|前几年|前些年|早些年|那年){0,3}",
                     clause[:h.start])   # "昨天大小子在港区跟…刮了", "今天晚上我爸在火锅店跟人吵起来了"
    return bool(mine_opening) and phrases.any_in(clause[h.end:], parties)


# what is done to a victim ("把我儿子打趴下", "撞了我妈")
_HARM = re.compile(r"(给)?(打|撞|砍|捅|推|踢|踹|骂|抢|骗|伤|砸|刺|咬|揍|扇)")
# "…名单上有我", "…的学生里有我": the kin counted among a group the clause names
_AMONG = re.compile(r"(名单|名字|人|学生|群众|家长|乘客|住户|商户|车主|司机|孩子|娃儿)?(上|里|里面|里头|中|当中|中间)(就|也|还|刚好|正好)?有"
                    r"((我|我的|我家|俺|俺家)?(的)?(亲)?|(我|俺)(的|家)?[\u4e00-\u9fff]{1,4})$")   # "名单里有我高中同班同学"
# a group of parties the texts' party words do not name: the detained, the robbed, the ones who lost things
_PARTY_GROUP = re.compile(r"收拘|拘留|关押|羁押|在押|被盗|失窃|丢了?[^，。？！]{0,4}的|被偷|被骗|受骗|受伤的|伤者|遇难|涉事|涉嫌|"
                          r"名单|考生|应聘|报名的|面试的|登记的|"   # "面试名单里有我同学": those the user handles; "登记的名字里有我弟"
                          r"案子|案件|案卷|卷宗|该案|此案|这案|涉案")   # "所里查的一个赌博案子里有我弟弟": a party to the case
# "我爸在新浦开五金店，今天上午跟隔壁老板吵起来": the kin in the next clause, quarrelling with someone
_WITH_SOMEONE = re.compile(r"^(今天|昨天|昨晚|前天|刚才|刚刚|上午|下午|中午|晚上|早上|傍晚){0,2}(跟|和|与)")


# …not the kin's business harmed ("我哥在南岸开了个小饭馆，昨晚被人撬门"): a stake (stakes.business_harmed)
_KEEPS_BUSINESS = re.compile(r"开了?(个|家|一家|间)|摆摊|摆了个摊|经营|承包|开的")
# "我爸…骑电动车去上班，在路口被一辆小货车刮倒了": the kin in the next clause, harmed by someone
_HARMED_NEXT = re.compile(r"^[^，。？！]{0,10}(被|遭|让|着)[^，。？！]{1,10}(撞|刮|打|砸|骗|偷|抢|咬|砍|推|蹭|碰)")


# "一看里面有我外孙": what the user saw on coming, among the ones the clause before told in the case
_SEEN_AMONG = re.compile(r"^(我|过去|走近|仔细|凑近|上前)?(一看|一瞧|发现|才发现|看到|看见|认出)?(结果|原来|竟然|居然)?$")


def _among_told(text: str, h: phrases.Hit) -> bool:
    """"两拨学生打起来，一看里面有我外孙": the kin among those the clause before, in the same sentence, tells
    in the case (a quarrel, a fight, a crash)."""
    clause, local = _clause_of(text, h)
    among = _AMONG.search(clause[:local.start])
    if not among or among.group(1) or not _SEEN_AMONG.match(clause[:among.start()]):
        return False
    opening = h.start - local.start
    before = re.split(r"[。？！?!]", text[:max(0, opening - 1)])[-1]
    # "夜市上两伙人吵起来动了手，我过去拉架，一看里面有我孙女": any clause before it in the sentence
    return phrases.any_in(before, words("relations", "parties"))


# a clause saying only how far the tie has gone ("已经订婚了但还没领证", "谈了三年了")
_TIE_REMARK = re.compile(r"^[^，。？！]{0,6}(订婚|订了婚|领证|领了证|扯证|结婚|结了婚|办酒|摆酒|谈了|处了|在一起|交往)[^，。？！]{0,8}$")


def _goes_on_linked(text: str, h: phrases.Hit) -> bool:
    """"我外婆在…摆摊，跟隔壁摊主扯皮打起来了": the officer's kin opens a clause ("我外婆…") and the next
    clause of the sentence, with no subject of its own, tells them in the case."""
    ends = [i for i in (text.find(p, h.end) for p in "，,；;") if i >= 0]
    stop = [i for i in (text.find(p, h.end) for p in "。！!？?") if i >= 0]
    if not ends or (stop and min(stop) < min(ends)):
        return False
    rest = text[min(ends) + 1:]
    nxt = re.split(r"[，,。；;！!？?]", rest, maxsplit=1)[0]
    # "我女朋友，已经订婚了但还没领证，今天在商场跟人吵起来": a word on the tie itself comes between
    while _TIE_REMARK.search(nxt) and len(nxt) < len(rest) and rest[len(nxt)] in "，,；;":
        rest = rest[len(nxt) + 1:]
        nxt = re.split(r"[，,。；;！!？?]", rest, maxsplit=1)[0]
    # the kin word may hold the 我 itself: "我儿在…上学，今天跟同学打架"; any kin, when the next clause is a quarrel
    # with someone ("我爸在新浦开五金店，今天上午跟隔壁老板吵起来")
    kin = _kin(h.phrase) if h.phrase.startswith("我") else None
    if not re.search(r"(我|我的|我家)(亲)?$", text[max(0, h.start - 4):h.start]) and \
            not (kin == "child" or kin is not None and (_WITH_SOMEONE.match(nxt) or _HARMED_NEXT.match(nxt) and
                                                        not _KEEPS_BUSINESS.search(text[h.end:min(ends)]))):
        return False
    return bool(_GOES_ON.match(nxt)) and phrases.any_in(nxt, words("relations", "parties"))


def _told_later(text: str, h: phrases.Hit) -> bool:
    """"我跟前妻离婚三年了，今天…她跟一个店员吵起来还动了手": the officer's kin named in one clause, then as
    她 / 他 in a clause of the story after it that tells them in the case."""
    # (…"我跟一个老乡合伙跑货车。他今天…动了手": someone the user named with 跟, then 他)
    if not re.search(r"我(跟|和|的|家)?(一个|个)?(亲|(楼下|楼上|隔壁|对门|对面)(的)?)?$", text[max(0, h.start - 6):h.start]) and \
            "我" not in h.phrase and \
            not _UNSAID_ME.search(text[:h.start]):
        return False
    if _CREDITOR_BEFORE.search(text[max(0, h.start - 6):h.start]):
        return False   # "有个人欠我爸两万块…这回他…": 他 is the one who owes, the relative the creditor
    own = re.split(r"[，,。；;！!？?]", text[h.end:], maxsplit=1)[0]
    if re.search(r"辅警|协警|民警|警察", own):
        return False   # "我儿子在…派出所当勤务辅警，…他": the relative is the officer the story is about
    if re.search(r"(是|靠|全靠)(她|他)(?!们)", own):
        return False   # "平时我妈不在家都是她帮忙看孩子。今天她…": 她 is the other one, told with the kin
    for clause in re.split(r"[，,。；;！!？?]", text[h.end:h.end + 80])[1:4]:
        m = re.search(r"(她|他)(?!们)", clause)
        if m and (re.match(r"(的)?(班主任|老师|同学|同事|老板|师傅|领导|朋友|邻居|室友|教练)", clause[m.end():]) or
                  phrases.first(clause[m.end():m.end() + 4], _person_words()) is not None and
                  phrases.first(clause[m.end():m.end() + 4], _person_words()).start == 0):
            continue   # "我娃儿在读小学，他班主任…追尾了": 他 owns the party (the teacher), the kin is none
        if m and re.search(r"(不是|也不是|并不是|又不是)$", clause[:m.start()]):
            continue   # "也不是她当班的时候遭偷的": the one named is denied a part in it
        if m and m.start() <= 12 and phrases.any_in(clause[m.start():], words("relations", "parties")):
            return True
        # "刚才一个顾客说她卖假货", "有人举报他那聚众赌博": someone accuses the kin — a party to what follows
        if m and m.start() <= 12 and re.search(r"(说|告|举报|投诉|怀疑)(她|他)(?!们)[^，。]{0,4}(卖假|假货|偷|打人|打了|骗|抢|欠|讹|推了|撞了|动手|违法|违章|赌博|聚赌|聚众|涉黄|卖淫|吸毒|贩毒)", clause):
            return True
    return False


_PARTY_PERSON = re.compile(r"老板|司机|男的|女的|小伙子?|大爷|大妈|大姐|老头|老太|车主|店主|房东|老乡")


def _said_of_party(text: str, h: phrases.Hit) -> bool:
    """"这两天他因为跟人打架被带到我们所里…就是他欠我钱": a tie said of 他 / 她 after the story told that person in
    the case."""
    if not re.search(r"(他|她)(?!们)(还|也|就|一直)?$", text[max(0, h.start - 3):h.start]):
        return False
    before = re.split(r"[，,。；;！!？?]", text[:h.start])[:-1]
    parties = words("relations", "parties")
    # …or the one a clause before named in the case by who they are ("这公司老板跟客户打起来了…他还拖了我一个月工资")
    return any(re.search(r"(他|她)(?!们)", c) and phrases.any_in(c, parties) for c in before) or \
        any(_PARTY_PERSON.search(c) and phrases.any_in(c, parties) for c in before)


def _past_quarrel(text: str, h: phrases.Hit) -> bool:
    """What was done to the user ("骂我", "投诉我") is a past quarrel with a party, not the case itself: told in
    the past ("他还在网上骂过我"), of a person who now comes into a new case ("那个投诉我的人今天报警说家里被盗了",
    "…投诉我，这次又跟人打架")."""
    after = text[h.end:]
    return "过我" in h.phrase or \
        bool(re.match(r"的(那个|那位)?(人|家伙|男的|女的|司机|车主|老板|小偷)", after) and re.search(r"又|这次|这回|今天|现在", after)) or \
        bool(re.search(r"(又|这次|这回)[^，。？！]{0,8}(报警|打架|偷|犯|被抓|闹事|碰到|遇到|出警|打起来|动手)", after))


# the user's household one side of a dispute (relations.yaml interest: "跟我家…吵", "我家跟…扯皮")
_HOUSEHOLD_DISPUTE = re.compile(r"(跟|和)我家.*(吵|扯|矛盾|纠纷)|我家(跟|和).*(吵|扯|矛盾|纠纷)")
# "去年…把我打了一顿…我们再没来往。今天下午出警…一方就是他": harm told as the past, before a case of now
_PAST = re.compile(r"去年|前年|以前|之前|早些年|前几年|前些年|早几年|[一二三四五六七八九十两几0-9]{1,3}年前|那年|上次|上回|上个月|年前|有一次|有次")
# …and a case of now that is another matter ("今天出警处理一起停车位纠纷"), not the harm itself brought to the
# station ("上个月被人骗了五万，今天所里抓到了骗子")
_NOW = re.compile(r"(今天|今晚|今早|刚才|刚刚|这次|这回|现在|昨天|昨晚|前天)[^。？！]{0,16}"
                  r"(一起|一个|另一起|别的|又)[^。？！]{0,8}(纠纷|案子|案件|警情|事故|打架|吵架|矛盾)|"
                  # "今天他家被人撬门偷了东西报了警": a case of now reported, the party's own
                  r"(今天|今晚|今早|刚才|刚刚|这次|这回|现在|昨天|昨晚|前天)[^。？！]{0,12}(被人|遭人|被|遭)(撬|偷|抢|砸|骗|打)[^。？！]{0,10}(报了?警|报的警|报案)|"
                  # "今天晚上巡逻看到一个人正在撬别个的电瓶车电瓶，不是我的车": another's thing, the user's said not to be in it
                  r"(今天|今晚|今早|刚才|刚刚|这次|这回|现在|昨天|昨晚)[^。？！]{0,20}(别个|别人|人家|其他人)的[^。？！]{0,16}不是我的")


# (…or a lawsuit between the two families: "前年他家狗咬了我儿子，两家闹到打官司")
_QUARREL = re.compile(r"打过|打了一架|打架|吵过|吵架|吵了|闹过|闹到|矛盾|纠纷|扯皮|结过仇|有仇|过节|打官司|打过官司|告过|起诉过")


def _sentence_span(text: str, at: int) -> tuple[int, int | None]:
    """Where the sentence holding ``at`` starts, and where it ends (None: it runs to the end of the text)."""
    start = max(text.rfind(p, 0, at) for p in "。？！?!") + 1
    ends = [i for i in (text.find(p, at) for p in "。？！?!") if i >= 0]
    return start, (min(ends) if ends else None)


def _sentence_at(text: str, at: int) -> str:
    start, end = _sentence_span(text, at)
    return text[start:end]


def _harm_of_the_past(text: str, at: int) -> bool:
    """The harm done to the user at ``at`` is told in an earlier sentence with a past time ("去年夏天…邻桌一个
    喝多的把我打了一顿"), and a later sentence tells another case of now: a past quarrel with a party (其他关系),
    not the user a party to this case.

    >>> _harm_of_the_past("去年邻桌一个喝多的把我打了一顿。今天出警处理一起纠纷，一方就是他", 12)
    True
    >>> _harm_of_the_past("上个月我被人骗了五万。今天所里抓到了骗子，让我去做笔录", 6)
    False
    >>> _harm_of_the_past("前年他家狗咬了我儿子，两家闹到打官司。今天他家被人撬门偷了东西报了警", 9)
    True
    """
    start, end = _sentence_span(text, at)
    if end is None:
        return False
    return bool(_PAST.search(text[start:at])) and bool(_NOW.search(text[end:]))


def _clause_of(text: str, h: phrases.Hit) -> tuple[str, phrases.Hit]:
    # "问我：南坪那边两家邻居…": a colon ends what was said before it
    start = max(text.rfind(p, 0, h.start) for p in "，,。；;！!？?：:") + 1
    ends = [i for i in (text.find(p, h.end) for p in "，,。；;！!？?：:") if i >= 0]
    end = min(ends) if ends else len(text)
    return text[start:end], phrases.Hit(h.phrase, h.start - start, h.end - start)


_UNHARMED = re.compile(r"^[^，。,；;]{0,4}?(倒是|都|也|是|可|却)?(一点|完全|根本|啥子都|什么都|一点儿)?(没得事|没有事|没事|没啥事|没什么事|没受影响|好好的|没损失|没有损失|"
                       r"没(有)?(被|遭|着)?[^，。,；;]{0,3}(撞|砸|偷|碰|波及|损坏|烧|淹|抢)(到|着|坏)?)")


# a thing said to be untouched anywhere in its clause ("…也停在那个车库但是啥事没有", "好好的", "没被砸") — not
# :data:`_UNHARMED`, which says so right after the thing is named
_UNTOUCHED = re.compile(r"(啥事|什么事|一点事|啥子事|么事)(都|也)?(没有|没得|莫得|没)|(一点|一点儿)?(都|也)?(没得|没有|没|莫得)(啥|什么|啥子)?事|(都|也)?没(受|有)?(任何)?(影响|损失)|好好的|"
                       r"没(有)?被(砸|偷|碰|划|撬|撞|刮)|没(砸|偷|碰|划|撬|撞|刮)(到|着)")


def _denied(clause: str, h: phrases.Hit) -> bool:
    if re.match(r"^[^，。,]{0,4}这不是", clause) and re.match(r"[^，。,]{0,3}(嘛|吗|么)", clause[h.end:]):
        return False   # "这不是俺姥爷嘛！": said in surprise, the tie is affirmed
    return bool(re.search(r"(没有|没|无|不是|并非|毫无|并无|不)[^，。,]{0,4}$", clause[:h.start]))


# a tie who only reported ("我邻居打电话报警说…", "我表哥报的警"); not one who reported what was done to him
_ONLY_REPORTED = re.compile(r"^(刚才|刚刚|今天|昨天|昨晚|晚上|半夜|只是|就是|只|就|也|先|是)?(个|一个)?"
                            # "我初中同学来所里报警": where they came to report
                            r"((来|到|跑来|跑到)(所里|派出所|警务室|值班室|我们所|所上))?"
                            # "是我妈买菜路过打的110": what they were doing when they called, a few words
                            r"([^，。？！被遭]{0,6}?(路过|经过|看到|看见|碰到|遇到)[^，。？！被遭]{0,2}?"
                            # "就是路上看到有人抢包打了个110": what they saw, no one of theirs in it
                            r"(有人[^，。？！被遭他她我]{1,4}?)?)?"
                            r"([，,](就是|是)?(她|他)?)?"   # "我妈刚好路过，就是她打的110"
                            r"((打电话|打了?110|打110|打的110|打了个110)(报警|报案|报的警|说)?|报警|报案|报的警|报了警|报了个警|报的案)")
# "报警的是我高中同学老李": the reporter named before the tie, a few words of description between
_NAMED_REPORTER = re.compile(r"(报(警|案)|打(了)?110|打电话报警)的?(那个|那位|那)?"
                             # "报警的那个路人是我初中同学": the reporter said by who they were
                             r"(人|路人|群众|市民|大姐|大哥|大爷|阿姨|大妈|小伙子|小伙|女的|男的|老人|老头|电话)?(写的)?(其实|就|正好|刚好)?是(我|他|她)?[^，。？！我]{0,6}"
                             r"([，,](也|就|正好|刚好)?是(我)?[^，。？！我]{0,6})?$")   # "报警的是个路过的，是我初中同学"
# "唯一的目击证人是我爸": a tie who only saw it — a witness is no party either
# …or told after what they were doing ("有个记者在旁边拍，是我大学室友")
# (…or counted among them: "目击证人里有我亲妹")
_NAMED_WITNESS = re.compile(r"(目击者|目击证人|证人|记者|来采访的|采访的人)(里|里面|里头|中|当中|之中)?([^，。？！]{0,8}[，,])?(就|正好|刚好|也)?"
                            r"(是|有|就有|还有)(个|一个)?(我)?[^，。？！我]{0,4}$")
# "当事人硬说我们是本家亲戚": a tie a party claims, which the user then denies
# not known at all, said right after the neighbour is named ("报警的人跟我一个小区，不认识")
_UNKNOWN_AFTER = re.compile(r"^[，,\s]*(但是?|不过|可是)?(我)?(跟他|和他|跟她|和她|跟他们|和他们)?(都|也|并|根本|完全|压根)?(不认识|不认得|没见过|不熟)")
# (…shouted: "那人一直喊我是他表叔家的儿子，让我放他走")
_CLAIMED = re.compile(r"(说|讲|硬说|非说|非要说|声称|自称|号称|一直跟民警讲|跟民警说|跟人说|喊|嚷|嚷嚷|乱叫)[^，。？！]{0,12}$")
# …said in the clause before ("一看到我就喊，说认识我，是我家亲戚")
_CLAIMED_BEFORE = re.compile(r"(说|硬说|非说|非要说|声称|自称|号称)[^。？！]{0,8}[，,][^，。？！]{0,6}$")
# "我外婆在菜园坝摆摊，跟隔壁摊主扯皮打起来了": a clause with no subject of its own goes on with the one before
_GOES_ON = re.compile(r"^(今天|昨天|昨晚|前天|刚才|刚刚|上午|下午|中午|晚上|早上|傍晚){0,2}(放学|下班|放学后)?(跟|和|与|被|把|又|还|就|也|然后|结果|后来|正在|在)")
# "我俩关系挺铁的": the other of the pair is the story's party
_PAIR = re.compile(r"^(我俩|我们俩|我们两个|我跟他|我和他|我跟她|我和她|我与他|我与她)")
# "我妈在楼下看到两个不认识的人打架，就打了110": a relative who saw it and called
# (…or called the user: "我舅舅路过看到一辆小车跟外卖小哥刮了一下，打电话喊我过去")
_WITNESS = re.compile(r"^[^。？]{0,18}(看到|看见|听到|瞅见|瞧见|撞见)[^。？]{0,24}?(打了?110|打的110|报了?警|报的警|报案|打(了个?)?电话(喊|叫|给|告诉|通知)(我|俺))")
# "俺亲哥正好在边上看到了，给派出所当了证人": a tie who is a witness, told after the tie
_IS_WITNESS = re.compile(r"^[^。？！]{0,30}?(当了?证人|做了?证人|作证|是证人|只是证人|是目击者|目击证人|当目击证人|的证人|个证人)")
# "我妈在超市门口亲眼看到两个人因为插队打起来": a tie who saw others do it — a witness, told after the tie
_SAW_OTHERS = re.compile(r"^[^。？！]{0,18}?(亲眼|刚好|正好)?(看到|看见|目睹|瞧见|撞见|瞅见|瞅到|瞄见|碰见)(了)?[^。？！，,]{0,4}?(两个人|两个|几个人|几个|有人|一个人|一伙人|一伙|两拨人|两拨|一群人|一群|别人|两家人|两辆车)")
# …unless what they reported was done to them, or they are in the quarrel ("我妈报警说楼上漏水把她家天花板泡坏了，跟楼上吵起来了")
_REPORTER_HARMED = re.compile(r"(被|遭)(人|别人|人家|骗子|小偷|贼娃子|贼)?(偷|盗|打|抢|骗|砸|撞|撬|摸)|"
                              # "报警的是我亲妹儿，手机就是她的": the thing taken is the reporter's own (not "她就是路过看见有人砸车":
                              # what she saw done to others)
                              r"(手机|钱包|包|车|东西|钱|电瓶车|电动车)[^，。不没非]{0,3}(就|也|正)?是(她|他)(自己)?(家)?的|(他|她)(?!们)(家)?的?(?:(?!看见|看到|瞅见|有人|路过)[^，。]){0,8}(被|丢|坏|砸|偷|泡)|(跟|和|与)[^，。]{0,6}(吵|打)起来|"
                              r"^[^，。]{0,6}(吵起来|打起来|吵架|打架)|"
                              # "租户拖了半年房租还把门锁换了，俺外婆报了警": what was done to the reporter
                              r"拖了?[^，。]{0,4}(房租|工钱|工资)|欠[^，。]{0,4}(房租|工钱)|(门锁|锁)[^，。]{0,2}换了")



def _until_denial(rest: str) -> str:
    """The story after a reporter up to where the user denies knowing the parties ("被抢的和抢包的我都不认识"
    names the parties, not harm to the reporter)."""
    h = phrases.first(rest, words("relations", "denies_every_tie"))
    if h is None:
        return rest
    start = max(rest.rfind(p, 0, h.start) for p in "，,；;") + 1
    return rest[:start]


# a business named by what it sells ("水果店", "五金店", "烧烤摊")
_BUSINESS = re.compile(r"(店|铺|摊|馆|厂|超市|公司)$")


def _names_the_thing(before: str) -> bool:
    """What stands between "我家的" and the thing: nothing ("我家的店"), or a word that says what kind of business
    it is ("我家的水果店") — not a person who owns it ("我的朋友开的店"), nor a verb ("我的名字贴车上")."""
    return before == "" or bool(re.fullmatch(r"[\u4e00-\u9fff]{1,3}", before)) and \
        not re.search(r"[的是了在把被给让开租借买拦贴写拿做干拖修名话活去到]", before) and \
        not phrases.first(before, _person_words())


def _as_means(text: str, start: int) -> bool:
    """"用我的手机帮他打个电话": what the officer's words at ``start`` name is the means, not a loss in the case
    (…nor a car driven: "休息的时候开自己家的车跑下滴滴")."""
    if re.search(r"(开|开着|骑|骑着)$", text[max(0, start - 2):start]):
        # (…unless what happened to it is the case: "开着自己的车被人追尾了"; not the driver's own ticket, "闯红灯被拍了")
        return not re.search(r"被(?!拍|罚|扣|抓拍|电子)|遭|撞|刮|蹭|追尾|偷|砸|划|碰", _sentence_at(text, start)[:60])
    return re.search(r"(用|拿|借|借用|拿着|用了)$", text[max(0, start - 2):start]) is not None


def _as_first_person(text: str) -> tuple[str, list[int]]:
    """The story with a third-person officer's 他/她/自己 read as "我" (see the module docstring), and for
    each character of the result the index of the original character it stands for."""
    # a trainer's case about a 辅警 by name ("培训课上我出了道题：辅警小王…发现老太太就是他外婆"): the
    # trainer's own 我 frames the case, the 辅警's 他 is the officer
    trainee = TRAINEE.search(text)
    colleague = _COLLEAGUE.search(text)
    # "小冯到底要不要回避": a colleague asked about by name, who owns the tie the story tells ("小冯老婆…")
    by_name = _NAME_ASKED.search(text)
    if by_name and not (trainee or colleague) and re.search(re.escape(by_name.group(1)) + r"(的)?(老婆|老公|媳妇|爱人|妈|爸|哥|姐|弟|妹|儿子|女儿|家)", text):
        colleague = by_name
    asked_of_third = _ASKED_OF_THIRD.search(text) or _ASKED_OF_THIRD_MODAL.search(text) or by_name
    # a colleague the user asks for ("我们组的小周…这种能不能去"): the question is not of the user's own
    asked = re.split(r"[。？?！!]", text.rstrip("。？?！! "))[-1]   # the sentence the question is put in
    # (…the user put on the case, "所里安排我看管…我跟他哥没啥关系…还用回避吗": the user's own question, whatever
    # 他 the sentence names before its last clause)
    spoken_of = (((not _ME_ALONE.search(text) and ("回避" in text or asked_of_third or "自己" in text)) or trainee) and
                 (phrases.any_in(text, words("relations", "officer_spoken_of")) or asked_of_third) or
                 colleague and ("回避" in text or asked_of_third or "我" not in asked)) and \
        not _ASKED_OF_SELF.search(text) and \
        not (SELF_ON_CASE.search(text) and not asked_of_third and not _THIRD_IN_ASKED.search(re.split(r"[，,]", asked)[-1]))
    if not spoken_of:
        return text, list(range(len(text)))
    named = trainee or colleague
    name = _NAME.search(named.group()) if named else None
    if named is not None and named is by_name and name is None:
        name = re.match(r"((?:小|老|阿)[\u4e00-\u9fff])", named.group())   # the colleague asked about by name
    if named and not name:
        # "我带的新辅警小顾在…": the name right after the words that introduce the 辅警
        name = _NAME.search(text[named.start():named.end() + 2])
    asked_names = set(re.findall(r"(?<![我俺])[小老阿][\u4e00-\u9fff](?![区学时组队孩子])", asked))
    if name and asked_names and name.group(1) not in asked_names:
        name = None   # "…小何的亲姐姐。换小罗去，小罗需要回避不": the officer asked about is the one the question names
    if name and re.search(r"(他|她)[^，。？！]{0,6}$", text[:named.start() + name.start(1)]):
        name = None   # "有个辅警来问：他同中队的辅警小王…": 小王 is the officer's colleague, not the officer
    # the introduction with the name after it ("我们所新来的辅警小蒲的妹妹"): all of it is the officer
    whole = text[named.start():named.start() + name.end(1)] if name and named and name.end(1) > len(named.group()) else ""
    # …or, with no name, the officer owning a relative ("所里一个勤务辅警的亲弟弟涉嫌偷电瓶车"): that relative is "我的"
    unnamed = "" if name else _UNNAMED_OFFICER.pattern + "|"
    # "小文他妈": the name and the 他 after it are one person, the officer
    third = re.compile((f"{re.escape(whole)}|" if whole else "") + unnamed + (f"{name.group(1)}(?:他|她)(?=[妈爸哥姐弟妹老])|" if name else "")
                       + _THIRD.pattern + (f"|{name.group(1)}" if name else ""))
    out, index, last = [], [], 0
    for m in third.finditer(text):
        # (…not the 辅警 just introduced as the one who tells: "有个辅警来说他媳妇…")
        if _said_by_another(text[:m.start()], name.group(1) if name else "") and \
                not (named is not None and named is colleague and 0 <= m.start() - named.end() <= 1):
            continue
        if m.group() in ("他", "她") and _kin_just_named(text[:m.start()]):
            continue   # "报警的是辅警小文他妈，她就是在阳台上看到了": 她 is the mother just named
        if m.group() in ("他", "她") and _OTHER_SUBJECT.match(re.split(r"[，,。？！?!；;]", text[:m.start()])[-1]):
            continue   # "我闺蜜想查一下她男朋友": 她 of the friend the clause opens with
        out.append(text[last:m.start()])
        index.extend(range(last, m.start()))
        new = "我自己" if "自己" in m.group() else "我"
        out.append(new)
        index.extend([m.start()] * (len(new) - 1) + [m.end() - 1 if len(new) > 1 else m.start()])
        last = m.end()
    out.append(text[last:])
    index.extend(range(last, len(text)))
    return "".join(out), index


# …or owning a share ("有个辅警跟人合伙开了家火锅店，昨晚店里被盗")
# …or the 辅警 opening a case told as a riddle ("案例：辅警的爷爷接到诈骗电话…")
# (…"这超市其实是这个辅警老婆开的": the kin word right after, without 的)
_UNNAMED_OFFICER = re.compile(r"(?:一个|这个|那个|有个|有一个|该|这名|一名|(?<=[：:。！？])|^)(?:勤务|文职)?(?:辅警|协警)(?=的(?:亲)?[\u4e00-\u9fff]|"
                              r"(?:也|自己)?(?:跟|和|与)[^，。？！]{0,8}合伙|在[^，。？！]{0,12}(?:有股份|入股|入了股|占股))|"
                              r"(?:这个|那个|这名|该)(?:辅警|协警)(?=(?:老婆|老公|媳妇|爱人|丈夫|妻子|老爸|老妈|老汉|老娘|爸|妈|父亲|母亲|父母|岳父|岳母|丈人|公公|婆婆|哥|姐|弟|妹|儿子|女儿|家))")


def _kin_just_named(before: str) -> bool:
    """The clause before ends with a relative ("…的是辅警小文他妈，") and this clause opens with 他/她: that relative."""
    parts = re.split(r"[，,]", before)
    if len(parts) < 2 or parts[-1].strip():
        return False
    prev = parts[-2]
    return bool(re.search(r"(他|她|我)(的)?(妈|爸|妈妈|爸爸|老婆|老公|媳妇|爱人|姐|哥|弟|妹|奶奶|爷爷|外婆|外公)$", prev))


_NEWCOMER = re.compile(r"(来了个|来了一个|有个|有一个|一个|这个|那个)[^，。？！,]{0,6}(说|讲|问|喊)$")


def _said_by_another(before: str, name: str) -> bool:
    """A 他/她 right after someone else who speaks in the clause ("来了个大姐说她电动车…被人偷了"): that
    person, not the officer of the story."""
    clause = re.split(r"[，。？！,?!；;\s]", before)[-1]
    return bool(_NEWCOMER.search(clause)) and not (name and name in clause)


def _at_end(text: str) -> list[tuple[str, phrases.Hit]]:
    """Ties told by a phrase that ends its clause ("挨打的是我", "其中一辆是我的")."""
    duty = words("relations", "ties_at_end_not_after")   # "这个案子是我的" is a duty, not a stake
    found = []
    for key, ws in vocabulary("relations")["ties_at_end"].items():
        for h in phrases.hits(text, ws):
            clause, local = _clause_of(text, h)
            if _CLAUSE_END.match(text[h.end:]) and not phrases.any_in(clause[:local.start], duty) and \
                    not re.search(r"(不|没|并非)$", clause[:local.start]):   # "电瓶车不是我的": denied, no stake
                found.append((key, h))
    return found


_KIN_GLOSS = re.compile(r"[（(][^）)]{0,10}(家的|的)(孩子|儿子|女儿|老公|老婆|爸|妈|闺女|小孩)[^）)]{0,4}[）)]|"
                       # "是我亲表哥，就是我大姨家儿子": the clause after explains the tie before it
                       r"(?<=[表堂][哥姐弟妹])[，,](就是|也就是|即)(我|他|她)?[^，。？！]{1,4}(家的|家)(儿子|女儿|孩子|闺女)")
# "我跟对象上个月刚领的结婚证": a partner married in law is a spouse, whatever the wedding feast
_MARRIED = re.compile(r"(领|扯|办)(了|的)?(结婚证|证)|领证了|已经领证|登记结婚|登记了结婚")
_NOT_YET = re.compile(r"(没|还没|没有|未|不)[^，。？！]{0,3}$")


# a tie only supposed ("我开始以为是亲戚")
_SUPPOSED = re.compile(r"(以为|还以为|当是|当成|怀疑是|猜)(是)?[^，。？！]{0,4}$")
# a relative who only watches ("我妈也在旁边人群里看热闹", "我爸在边上围观")
_AMONG_ONLOOKERS = re.compile(r"(围观|看热闹|旁观|凑热闹)的(人|群众)?(里|里头|里面|中|当中)?(有个|有一个|有)?(人)?(是|就是)?(我)?[^，。？！]{0,4}$")
_ONLOOKER = re.compile(r"^(也|正好|刚好|就)?(在|站在)?[^，。？！]{0,8}?(看热闹|围观|凑热闹|看稀奇)")
# …or who is only nearby, the tie to the parties denied ("我妈刚好也在旁边排队…她跟吵架的两边都不认识")
_NEARBY = re.compile(r"^(刚好|正好|也|就|当时)*(在|站在)(旁边|边上|一边|附近|现场|人群里)(排队|站着|看着|等人|等车|买东西|路过)?[^，。？！被]{0,4}$")
# the party told before, pointed at as the subject of the clause ("这人去年找我借了三万")
# a later clause of the story whose subject is the one just named ("今天他打架…", "结果这人…")
_TAKEN_UP = re.compile(r"^(今天|昨天|前天|今早|今晚|昨晚|刚才|刚刚|后来|结果|没想到|谁知道|这回|这次|上周|前几天)?"
                       r"(他|她|这人|那人|这个人|那个人|这家伙|那家伙|这小子)(?!们)")
_POINTED = re.compile(r"^(这人|那人|这个人|那个人|这家伙|那家伙|这小子|那小子|此人|这哥们|那哥们|对方|他|她)(?!们)|"
                      # "其中一家的男的", "其中一方": one of the parties just told
                      r"^(其中|里面|里头)(的)?(一家|一户|一方|一个|一位|一人|一边|一伙|一拨)(的)?(男的|女的|老板|男人|女人|人|当家的)?")
_CURSED_AT_WORK = re.compile(r"(再|一直|老是|总是|还|又|就|不停地?)(骂|吼|凶)(我|俺)(?!是|成|作|为)(多管闲事|几句|两句)?")
_SWEARING = re.compile(r"(骂|问候|日|操|草)(了)?(我|你|他|她|俺)?(的)?(妈|娘|老母|老娘|老妈|全家|祖宗|十八代|八辈|先人|老汉儿?)")
_FEARED = re.compile(r"(怕|担心|生怕|就怕|害怕)[^，。？！]{0,12}?(打|骂|报复|找麻烦|闹事|出事|伤)[^，。？！]*")


def _kin_glossed(text: str) -> str:
    """The brackets right after a kin word blanked (indices hold): they say who that relative is, no tie of their
    own ("其中一个是我小舅子（我老婆亲弟弟）" is a brother-in-law, not the wife)."""
    kin = [w for w in _person_words() if len(w) > 1]
    for m in reversed(list(re.finditer(r"[（(][^（）()]{1,12}[）)]", text))):
        if any(text[:m.start()].endswith(w) for w in kin):
            text = text[:m.start()] + "\u3000" * len(m.group()) + text[m.end():]
    return text


def read_relation(text: str) -> RelationReading:
    """The decisive tie of the story (see the module docstring); ``None`` when it states none."""
    found = _read_relation(text)
    if found.relation == "self" and found.words in text:
        # "我自己的电瓶车上个月才被偷了电瓶…。今天晚上巡逻看到一个人正在撬别个的电瓶车，不是我的车": the user's loss
        # of the past, the case of now another's, said not to be theirs
        at = text.find(found.words)
        start, end = _sentence_span(text, at)
        if end is not None and _PAST.search(text[start:end]) and re.search(r"不是我的|不是我家的|跟我没关系", text[end:]):
            found = RelationReading(None)
    if found.relation in (None, "none"):
        plea = _COLLEAGUE_PLEA.search(text.replace("俺", "我"))
        if plea:
            return RelationReading("colleague", plea.group())   # a colleague's kin a party, the colleague asking favour
    return found


# a party who is a colleague's relative, the colleague asking the user to go easy ("开轿车的是俺们中队老张的亲弟弟。老张
# 私下打电话给俺，让俺照顾照顾"): a tie that may sway the handling, for the 负责人 to weigh (其他关系)
_COLLEAGUE_PLEA = re.compile(r"(同事|中队|所里|队里|我们所|我们队|老[\u4e00-\u9fff]|小[\u4e00-\u9fff])[^，。？！]{0,12}的(亲)?"
                             r"(弟弟|哥哥|姐姐|妹妹|弟|哥|姐|妹|儿子|女儿|老婆|老公|爸|妈|亲戚|侄子|外甥|小舅子|连襟)"
                             r"[^？！]{0,40}?(照顾照顾|照顾一下|关照|通融|手下留情|高抬贵手|说情|打招呼|放一马|网开一面)")


def _read_relation(text: str) -> RelationReading:
    """The decisive tie of the story, as told (see :func:`read_relation`)."""
    # a space between words cuts a clause as a comma does (clauses.py); one character for one, indices hold
    text = re.sub(WORD_SPACE, "，", text)
    text = text.replace("俺", "我")   # 江苏 and 河南 "俺" is "我" (one character for one, indices hold)
    # "辅警发现自己是案件当事人的近亲属时…", "要是辅警的近亲属是案件当事人": the statute's 辅警 in general, read as the
    # user (indices hold)
    text = re.sub(r"(辅警|警务辅助人员)(发现)?(自己|本人)?(?=是(案件|案（事）件|案事件)?(的)?当事人的?近亲属|的近亲属是)",
                  lambda m: "\u3000" * (len(m.group()) - 1) + "我", text)
    # "我前夫跟我们儿子": the child of the two, the asker's own (one character for one)
    text = re.sub(r"(?<=我)们(?=儿子|女儿|闺女|娃|孩子|小孩|幺儿|幺女)", "的", text)
    text = re.sub(r"(?<=[我他她的])亲(?=[哥姐弟妹爸妈兄外奶爷])", "", text)   # "我亲姐" is "我姐", "小蒲的亲妹妹" "小蒲的妹妹"
    # "出警碰到自己老婆开车跟一辆货车蹭了": the user's own relative, said with 自己 (one character for one)
    text = _own_kin().sub("我的", text)
    # "我娘家弟弟": the asker's own brother, her natal family named first (indices hold: 娘家 becomes blanks before 我)
    text = re.sub(r"我娘家(的)?(?=[哥姐弟妹爸妈侄外舅姨])", lambda m: "\u3000" * (len(m.group()) - 1) + "我", text)
    # "我耍朋友耍了三年的女朋友", "我谈了两年的对象": how long, said between 我 and the partner
    text = re.sub(r"(?<=[我俺])(?:谈|耍|处)(?:朋友|对象)?(?:谈|耍|处)?了[^，。？！]{1,4}的(?=女朋友|男朋友|对象|女友|男友)", "", text)
    # "我表弟（我姨家的孩子）": the brackets explain the tie before them, they name no tie of their own
    text = _KIN_GLOSS.sub(lambda m: "\u3000" * len(m.group()), text)   # (no comma: the clause goes on after it)
    text = _kin_glossed(text)   # "是我小舅子（我老婆亲弟弟）": the same person said again in brackets
    # "两家我都不认识，就是跟我姐住同一个小区": where the parties live, by a relative's home — no relative in the case
    text = re.sub(r"(跟|和|与)(我|俺)(家)?(" + _kin_alternations()[1] + r")(住|住在)(同一个|一个|同一|同个)(小区|楼|栋|单元|院子|院|村|街)",
                  lambda m: "，" * len(m.group()), text)
    text = _recused_case_masked(text)   # "…那次警情，我主动申请回避了。这周又派我去处理另一个…": a case stood aside from
    # "那个人一直骂我妈", "问候我全家": swearing, no relative in the case (indices hold)
    text = _SWEARING.sub(lambda m: "，" * len(m.group()), text)
    # "他再骂我能不能给他两耳屎", "有的还骂俺多管闲事": cursed at while at work, no case of the user's own (indices hold)
    text = _CURSED_AT_WORK.sub(lambda m: m.group(1) + "，" * (len(m.group()) - len(m.group(1))), text)
    # "俺怕里头的人闹事打他": a harm feared, not one suffered (indices hold)
    text = _FEARED.sub(lambda m: m.group(1) + "，" * (len(m.group()) - len(m.group(1))), text)
    # "学员当场举了自己的事": telling one's own story is no case of one's own (indices hold)
    text = re.sub(r"(?<=[举讲说聊谈])(了|起|过)?(他|她|我)?自己的(事|经历|例子)", lambda m: "，" * len(m.group()), text)
    text = _teller_masked(text)
    text = _kin_staff_masked(text)   # "我亲哥是我们大队的民警", "我爸以前是老交警": a relative named as police, no party
    said = _kin_officer_said().search(text)   # the 辅警 named as the asker's relative (none: the story is another's)
    text = _officer_gloss_masked(text, said)
    if said:
        # "我老公在开发区当辅警…我老公跟他就是平时进出点个头": the 辅警 named again by the same word is the officer, "我"
        # (one character for one: the blanks before 我)
        # (…the same word only, not a longer one it begins: "我姐…我姐夫的亲弟弟")
        # (…not where the asker names another of their kin after it, "我弟当辅警…我老公（他姐夫）…": 我 stays the asker)
        again = re.compile(r"(?:我|俺)(?:家)?(?:的)?(?P<kin>" + kinship.kin_alternation() + ")")
        others = [m for m in again.finditer(text[said.end():]) if m.group("kin") != said.group("kin")]
        text = text if others else text[:said.end()] + again.sub(lambda m: "\u3000" * (len(m.group()) - 1) + "我" if m.group("kin") == said.group("kin")
                                             else m.group(), text[said.end():])
    # "…那个辅警就是她亲哥哥！这种他是不是该回避": the officer's tie to a party, named before 他/她 are read
    # as the officer (her brother is no brother of the one who asks)
    named = _officer_named(text)
    if named and not _SELF_ALSO_OFFICER.search(text):
        return named
    told, index = _as_first_person(_kin_officer_story(text))
    found = _read(told)
    officers_own = False
    if found.words and found.words in told:
        at = told.find(found.words)
        # "一方是他亲姐姐，也就是我大女儿", "当事人是我公公，就是他亲爸": a kin word after the officer's 他/她 (read as
        # "我" above) is the officer's own tie, whatever the asker's words for the same person
        officers_own = at > 0 and told[at - 1] == "我" and text[index[at - 1]] in "他她" or \
            found.words[:1] == "我" and text[index[at]] in "他她"
        found = RelationReading(found.relation, text[index[at]:index[at + len(found.words) - 1] + 1])
    if officers_own and ON_CASE.search(text) and not (_officer_named(text) or _chained(told)):
        bare = re.sub(r"^[他她我]", "", found.words)
        own = _kin(bare) or _ONE_CHAR_KIN.get(bare)
        if own in NEAR_TIES:
            found = RelationReading(own, found.words)
    found = _past_harm(text, found)
    found = _venture_partner(text, found)
    found = _through_kin_officer(text, found)
    found = _through_partner_officer(text, found)
    found = _through_friend_officer(text, found, said)
    found = _apposition(text, said) or found
    married = _MARRIED.search(text)
    if found.relation == "partner" and married and not _NOT_YET.search(text[:married.start()]):
        found = RelationReading("spouse", found.words)
    aside = next((m for m in _NOT_ON_CASE.finditer(text) if not _aside_of_another(text, m.start(), said)), None)
    if found.relation not in (None, "none", "self", "interest") and aside and not _on_case(text) and \
            not SELF_ON_CASE.search(text):
        return RelationReading("not_on_case", aside.group())   # "…其中一个司机是我堂哥…就站旁边看了一会，没插手"
    return found


# a harm of years before ("五年前有个人在夜宵摊把我打伤过") and the case of now, another matter ("今天这人因为偷电瓶车被抓进来了")
_PAST_MATTER = re.compile(r"([一二三四五六七八九十两几0-9]+年前|以前|之前|去年|前年|早些年|前些年|前几年|那年|当年|小时候|上学时|读书时)")
_NOW_MATTER = re.compile(r"(今天|今晚|这次|这回|现在|最近|前两天|昨天|昨晚)[^，。？！]{0,10}(因为|被抓|被带|抓进来|带回来|涉嫌|偷|抢|打架|吵)")


def _past_harm(text: str, found: RelationReading) -> RelationReading:
    """The user harmed by the party in a matter of years before, the case now another: an old grudge
    (``enemy``, 其他关系), not the user a party to this case."""
    at = text.find(found.words) if found.relation == "self" and found.words else -1
    if at < 0:
        return found
    start = max(text.rfind(p, 0, at) for p in "。！？!?") + 1
    end = min([i for i in (text.find(p, at) for p in "。！？!?") if i >= 0] or [len(text)])
    now = _NOW_MATTER.search(text[end:])
    # (…not the case of now about that harm: "今天他就因为那事被抓了")
    if _PAST_MATTER.search(text[start:at]) and now and \
            not re.search(r"(这|那)(件)?(事|次|回)|打我|砸我|偷我|骗我", text[end + now.start():end + now.end() + 12]):
        return RelationReading("enemy", found.words)
    return found


_VENTURE = re.compile(r"(合伙|合股|合资|一起|一块|共同)(开|办|做|经营|投资)(了)?(个|一个|家|一家|间)?([^，。？！]{0,6}?(店|摊|馆|厂|公司|超市|铺|工作室|档口))")
_PARTNER_NAMED = re.compile(r"合伙人|合伙的(那个|那位|朋友|人)|生意伙伴|合作伙伴|(另一个|另外一个|另外那个)股东")


def _venture_partner(text: str, found: RelationReading) -> RelationReading:
    """The user's share in a venture ("我跟朋友合伙开了个奶茶店，我出了一半钱") is a stake in a case about the
    venture; when the story then names the partner as a party ("骗他的那个人正是我这个合伙人") and the venture
    is not said again, the case is about the partner, not the venture: a partner's tie (其他关系)."""
    if found.relation != "interest" or not found.words or found.words not in text:
        return found
    venture = _VENTURE.search(text)
    at = text.find(found.words)
    if not venture or _sentence_span(text, at) != _sentence_span(text, venture.start()):
        return found   # (the share told of the venture, in its own sentence)
    later = text[_sentence_span(text, at)[1] or len(text):]
    partner = _PARTNER_NAMED.search(later)
    if partner and venture.group(6) not in later:   # (the venture's 店 / 摊 / 公司 not said again)
        return RelationReading("business_partner", partner.group())
    return found


@lru_cache(maxsize=1)
def _kin_officer_said() -> re.Pattern:
    """The 辅警 of the story is the asker's relative, said with the job in the same clause ("我老公在沙坪坝一个派出所
    当辅警", "儿子在我们县公安局当辅警", "我妈是辅警")."""
    kin = kinship.kin_alternation()
    # ("我舅舅家的表弟在那个派出所当辅警": the officer named through another relative, the chain kept apart)
    return re.compile(r"(?:^|(?<=[我，,。！？\s]))(?:家|家里|屋头)?(?P<chain>(?:" + kin + r")(?:家的|家|的))?(?P<kin>" + kin + r")"
                      # (…"我是替我女儿问的，她当辅警一年多了": asked for them, then who they are)
                      r"(?:问的[，,](?:她|他))?(?:也|现在|一直|就|之前)?"
                      r"(?:是|在[^，。？！]{0,16}?(?:当|做|干)|当|做|干|考上了?|考进|考起了?)[^，。？！]{0,16}?(?:辅警|协警)")


@lru_cache(maxsize=1)
def _apposed() -> re.Pattern:
    """One person named twice ("我孙子，就是他亲儿子，在网吧跟人打起来了", "老二家的大小子，也就是我孙子，骑电动车…"):
    two kin phrases joined by 就是 / 也就是 / 即, the event going on after them."""
    kin = kinship.kin_alternation()
    side = r"(?:我|俺|他|她)?(?:家)?(?:的)?(?:亲)?(?:(?:" + kin + r")(?:家的|的|他|她))*(?:" + kin + r")"
    return re.compile(r"(?P<a>" + side + r")[，,]\s*(?:也就是|就是|亦即|也即|即)(?P<b>" + side +
                      r")[，,](?=[^，。？！])")


@lru_cache(maxsize=1)
def _kin_as_staff() -> re.Pattern:
    """A relative of the asker named as police staff ("我亲哥是我们大队的民警", "我爸以前是老交警"), not as a 辅警."""
    kin = kinship.kin_alternation()
    return re.compile(r"(?P<kin>(?:我|俺)(?:家)?(?:亲)?(?:" + kin + r"))(?:也|就|以前|原来|之前|过去|早年|年轻时候?)?"
                      r"(?:是|在[^，。？！]{0,12}?(?:当|做|干)|当过|干过|做过)[^，。？！]{0,12}?"
                      r"(?:民警|交警|警察|刑警|所长|队长|中队长|大队长|教导员|指导员|政委|局长|老交警|老民警|老警察)(?![^，。？！]{0,2}(?:辅警|协警))")


def _kin_staff_masked(text: str) -> str:
    """The relative named as police staff masked, wherever that same word names them (one character for one): the
    colleague or the retired officer of the family is no party to the case. (A story where that relative is a party
    too, "我哥是民警，前天跟人打架了", is read as no tie: a known limit.)"""
    m = _kin_as_staff().search(text)
    if not m:
        return text
    for word in {m.group("kin"), m.group("kin").replace("亲", "")}:   # ("我亲哥…我哥让我…": the same brother)
        text = text.replace(word, "，" * len(word))
    return text


def _officer_gloss_masked(text: str, said: re.Match | None) -> str:
    """"来的人里就有俺女婿，就是俺家闺女她男人": the 辅警 named again by a gloss; the gloss names no party (masked,
    one character for one). ``said``: where the story names the 辅警 as the asker's relative (:func:`_kin_officer_said`)."""
    if not said:
        return text
    officer = kinship.path_of(said.group("kin"))
    for m in _gloss().finditer(text):
        a, b = m.group("a"), m.group("b")
        if m.start() > said.end("kin") and kinship.path_of(a) == officer:
            text = text[:m.start("b")] + "\u3000" * len(b) + text[m.end("b"):]
    return text


@lru_cache(maxsize=1)
def _gloss() -> re.Pattern:
    """A kin word, then a gloss of the same person ("俺女婿，就是俺家闺女她男人")."""
    kin = kinship.kin_alternation()
    return re.compile(r"(?:我|俺)(?:家)?(?P<a>" + kin + r")[，,]\s*(?:也就是|就是|亦即|也即|即)(?P<b>[^，。？！]{1,12})(?=[，,。！？]|$)")


def _apposition(text: str, said: re.Match | None) -> RelationReading | None:
    """The party named twice while the 辅警 is the asker's relative (``said``, :func:`_apposed`): the officer's own
    word for them ("他亲儿子") decides; of two in the asker's words the one told through its line ("老二家的大小子")
    does, read through the officer (the asker's grandson by another son is the officer's nephew)."""
    if not said:
        return None
    m = next((m for m in _apposed().finditer(text) if m.start() > said.end("kin")), None)
    if m is None:
        return None
    sides = [m.group("a"), m.group("b")]
    officer = kinship.path_of(said.group("kin"))
    if any(kinship.path_of(re.sub(r"^(我|俺)(家)?", "", w)) == officer for w in sides):
        return None   # "来的人里就有俺女婿，就是俺家闺女她男人": the officer named twice, not a party
    officers = [w for w in sides if w[:1] in "他她"]
    if officers:
        word = officers[0]
        tie = kinship.tie_of(re.sub(r"^[他她](的)?", "", word))
    else:
        word = next((w for w in sides if re.search(r"家的|的", w)), sides[0])
        tie = kinship.through(said.group("kin"), re.sub(r"^(我|俺)(家)?", "", word))
    return RelationReading(tie, word) if tie else None


@lru_cache(maxsize=1)
def _kin_link_before() -> re.Pattern:
    """A kin word and the link after it, ending the text ("我嫂子的" before "亲弟弟"): the chain a tie is named through."""
    return re.compile(r"(" + kinship.kin_alternation() + r")(家的|的|他|她)$")


# ties read through the officer: the kin ones, and the asker's own part or stake in the case
_KIN_TIES = ("spouse", "parent", "child", "sibling", "grandparent", "grandchild", "in_law", "uncle_aunt", "cousin", "relative")


# the 辅警 of the story is someone the asker knows, not kin ("我哥们在墟沟那边当辅警", "我同学在派出所干辅警")
_KNOWN_OFFICER = re.compile(r"(?:^|(?<=[，,。！？\s]))(?:我|俺)(?:的)?(?:一个|有个)?(?P<tie>哥们儿?|铁哥们|朋友|好朋友|同学|老同学|发小|邻居|战友|老乡|闺蜜|兄弟伙)"
                            r"(?:也|现在|一直|就|之前)?(?:是|在[^，。？！]{0,16}?(?:当|做|干)|当|做|干)[^，。？！]{0,16}?(?:辅警|协警)")


def _through_friend_officer(text: str, found: RelationReading, kin_said: re.Match | None) -> RelationReading:
    """When the 辅警 is someone the asker knows (:data:`_KNOWN_OFFICER`) and the tie found is the asker's own part or
    stake ("我电瓶车被偷了"), or the asker's kin, the officer's tie to the case is that acquaintance — other
    relations, not the officer's own case."""
    known = _KNOWN_OFFICER.search(text)
    if known is None or kin_said is not None or not found.words or "我" not in found.words[:2] or \
            found.relation not in _KIN_TIES + ("self", "interest"):
        return found
    tie = next((k for k in ("friend", "classmate", "neighbour") if known.group("tie") in _ties()[k]), "friend")
    return RelationReading(tie, known.group("tie"))


# the 辅警 named as the asker's partner, not (yet) a spouse ("我女朋友是辅警，我们还没领证")
_PARTNER_OFFICER = re.compile(r"(?:我|俺)的?(女朋友|男朋友|对象|未婚妻|未婚夫|女友|男友)(?:也|现在|就)?(?:是|在[^，。？！]{0,16}?(?:当|做|干)|当)[^，。？！]{0,10}?(?:辅警|协警)")


def _through_partner_officer(text: str, found: RelationReading) -> RelationReading:
    """The asker a party ("碰上我是当事人") when the 辅警 is the asker's partner: the officer's tie is a partner's
    (恋人、未婚夫妻, other relation), not the officer a party — unless they are married by now."""
    if found.relation != "self" or "我" not in (found.words or "") or not _PARTNER_OFFICER.search(text):
        return found
    return RelationReading("partner", found.words)


def _through_kin_officer(text: str, found: RelationReading) -> RelationReading:
    """When the 辅警 is the asker's relative and the tie found is told in the asker's words ("我弟弟", "我开的店"),
    the tie of that person or stake to the officer (:mod:`.kinship`): the asker's brother is the officer's
    brother-in-law when the officer is her husband, the asker's mother-in-law his own mother."""
    said = _kin_officer_said().search(text)
    if not said or not found.words or found.relation not in _KIN_TIES + ("self", "interest"):
        return found
    at = text.find(found.words)
    if at < 0 or found.words[:1] in "他她" or at == said.start("kin"):
        return found   # the officer's own kin ("他舅"), or the officer again
    # "我嫂子的亲弟弟": the words found, with the chain of kin words told before them
    while found.relation not in ("self", "interest"):
        before = _kin_link_before().search(text[:at])
        if not before or before.start() == said.start("kin"):
            break
        at = before.start()
        found = RelationReading(found.relation, before.group() + found.words)
    if at > 0 and text[at - 1] in ("他她" if found.relation in ("self", "interest") else "他她的"):
        return found   # the officer's own kin ("他舅"), someone else's ("同事的弟弟")
    officer = (said.group("chain") or "") + said.group("kin")
    owner = re.sub(r"(开的|的|家).*$", "", found.words) if found.relation == "interest" else ""
    if owner and kinship.path_of(owner):
        # "我妈开的小卖部": the stake of the one who owns it, read through the officer like any kin
        tie = kinship.through(officer, owner)
        near = tie is not None and vocabulary_legal()[tie]["near_relative"]
        return RelationReading("interest" if near else tie, found.words) if tie else found
    if found.relation in ("self", "interest"):
        if "我" not in found.words:
            return found
        asker = kinship.through(officer, None)   # the asker's own tie to the officer
        if asker is None:
            return found
        near = vocabulary_legal()[asker]["near_relative"]
        return RelationReading(("interest" if found.relation == "interest" else asker) if near else asker, found.words)
    word = re.sub(r"^(我|俺)(家)?", "", found.words)
    # "我跟我老公闹离婚…打起来报了警": the asker is a party beside the one found — her own tie to the officer
    # decides when it is the nearer ("我弟…当辅警": his sister, not his brother-in-law)
    asker_too = re.search(r"我(?:跟|和|与)(?:我|我家)?" + re.escape(word), text) and kinship.through(officer, None)
    order = re.search(r"[大二三四小幺]$", text[:at])
    if order and word == found.words and not re.match(r"[大二三四小幺]", word):
        word = order.group() + word   # "我二儿媳": the birth order said before the word found tells the child apart
    tie = kinship.through(officer, word)
    if asker_too and vocabulary_legal()[asker_too]["near_relative"] and not (tie and vocabulary_legal()[tie]["near_relative"]):
        return RelationReading(asker_too, "我")
    return RelationReading(tie, found.words) if tie else found


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _own_kin() -> re.Pattern:
    """自己 right before a kin word or a former partner ("自己老婆", "自己前夫"), not another's 自己 ("他自己老婆")."""
    return re.compile(r"(?<![他她我俺])自己(?=(?:" + kinship.kin_alternation() + r"|前妻|前夫|前女友|前男友|对象|女朋友|男朋友))")


def _kin_alternations() -> tuple[str, str]:
    """Regex alternations, longest first: the tie words of two characters or more, and the kin words as said after
    我 / 俺 ("妈", "舅舅", "老公")."""
    ties = sorted({w for ws in _ties().values() for w in ws if len(w) > 1}, key=len, reverse=True)
    kin = {w[1:] if w.startswith("我") else w for ws in _ties().values() for w in ws} | set(_ONE_CHAR_KIN)
    return "|".join(map(re.escape, ties)), "|".join(map(re.escape, sorted(kin - {""}, key=len, reverse=True)))


def _kin_officer_story(text: str) -> str:
    """A relative's story about the 辅警 of the family ("我兄弟在南坪那边派出所当辅警…他堂客在万达门口遭人把手机抢了")
    whose ties are said with 他 / 她, the 辅警's: read as that 辅警's own story ("我堂客"), so that no tie is taken
    through the asker. A story without such ties is left as told (the asker's own kin are then read through the
    officer: :data:`THROUGH_OFFICER`)."""
    story = TRAINEE.search(text)
    if not story or not story.group("kin"):
        return text
    ties, own_kin = _kin_alternations()
    # ("他高中同学": the tie said with when it was made)
    between = r"(自己)?的?(高中|初中|大学|小学|中学|以前|原来|之前|过去)?的?"
    if not re.search(r"(他|她)" + between + "(?=" + ties + ")", text):
        return text
    # the asker's own kin told too ("我妈跟邻居吵起来…我妈是她婆婆"): read through the officer, as told
    # …not the officer named again by the same word ("…派出所喊过去处理的就是我儿")
    if any(m.start() != story.start() and m.group(3) != story.group("kin")
           for m in re.finditer(r"(我|俺)(家|的)?(" + own_kin + ")", text)):
        return text
    # one character for one, so that the words found are the words told ("我外甥" read as "我自自")
    told = first_person(text, keep_length=True)
    if len(told) != len(text):
        return text
    def own(m: re.Match) -> str:
        clause = re.split(r"[，,。？！?!；;]", told[:m.start()])[-1]
        # "我闺蜜想查一下她男朋友": 她 of the friend the clause opens with, not the 辅警
        return m.group() if _OTHER_SUBJECT.match(clause) else "我"
    return re.sub(r"(他|她)(?=" + between + "(" + ties + "))", own, told)


# a clause opening with someone else than the 辅警 ("我闺蜜想…", "他同学说…"): a 他/她 in it is theirs
_OTHER_SUBJECT = re.compile(r"^(我|俺)?(的)?(闺蜜|朋友|同学|邻居|老乡|发小|战友|哥们|室友|网友|熟人|表姐|表妹|表哥|表弟)")


@lru_cache(maxsize=1)
def _teller_intro() -> re.Pattern:
    """How the teller names themself by their tie to the 辅警: at the start ("妞妞她家婆哈"), anywhere as the one who
    tells ("他大舅说啊"), or said outright ("我是他三叔", "他是我外孙女")."""
    kin = "|".join(sorted({*_kin_alternations()[1].split("|"), *words("relations", "teller_kin")}, key=len, reverse=True))
    # (…"孩子她爸在这替闺女问一句：": where and for whom the teller asks)
    return re.compile(r"^(?:(?:喂|哎|诶)[，,\s]*)?(?:[\u4e00-\u9fff]{1,3}?)?(?:他|她)的?(?:" + kin + r")"
                      r"(?:在这里?|在这儿)?(?:替|帮)?(?:闺女|女儿|儿子|孩子|娃儿?)?"
                      r"(?:跟你|给你|来)?(?:说|问|讲)?(?:个事|一哈|一下|问|下|几句|一句)?(?:啊|哈|哦|嘛|呀)?(?=[，,。：:\s])|"
                      r"(?<=[，,。\s])(?:他|她)的?(?:" + kin + r")(?:跟你|给你|来)?(?:说|问|讲)(?:个事|一哈|一下|问|下|几句)?"
                      r"(?:啊|哈|哦|嘛|呀)?(?=[，,。\s])|"
                      r"(?:^|(?<=[，,。\s]))(?:(?:我|俺)是(?:他|她)|(?:他|她)是(?:我|俺))的?(?:" + kin + r")(?=[，,。\s])")


def _teller_masked(text: str) -> str:
    """The teller's own tie to the 辅警 (:func:`_teller_intro`) masked with commas, one for each character: who
    tells the story is no tie to the case."""
    return _teller_intro().sub(lambda m: "，" * len(m.group()), text)


def _partner_owns_party(text: str, before: str) -> bool:
    """The one the user is tied to ("我跟小孙就是同事") is named elsewhere only as the owner of a party's tie
    ("辅警小孙的老丈人")."""
    m = re.search(r"(?:跟|和|与)([\u4e00-\u9fff]{2,3}?)(?:就|也|只|都|只是|就只)?是$", before)
    if not m:
        return False
    kin = _person_words()
    for at in (i.start() for i in re.finditer(re.escape(m.group(1)), text)):
        owned = re.match(r"(?:的)?(?:亲)?", text[at + len(m.group(1)):])
        rest = text[at + len(m.group(1)) + owned.end():]
        if owned.end() and phrases.first(rest[:4], kin) is not None and phrases.first(rest[:4], kin).start == 0:
            return True
    return False


# a tie followed by a name and a kin word of theirs ("同事小张亲妹妹", "同事小张的妹妹")
_OWNER_OF_KIN = re.compile(r"(?:[小老阿][\u4e00-\u9fff]|(?:的)?(?:对象|女朋友|男朋友|未婚妻|未婚夫|同学|朋友|同事|师傅|老板|房东|租客))(?:的)?(?:亲)?(?=[\u4e00-\u9fff])")



# "出警的辅警是对方娃儿的亲舅舅": the story names the officer and their tie to a party — that tie decides,
# whatever the asker's own kin in the case (the asker is a party's parent, not the officer)
_OFFICER_IS = re.compile(r"(出警|处理|办案|经办|来处理|处理这事|办这个案子|调解|来调解|来出警|来查|来登记|(?<![后将])来)(?:[^，。？！的\s]{1,4})?的?(那个|这个|那位)?(辅警|民警|警察)[\s，,]*(就|刚好|正好|居然|竟然)?是"
                         r"([^，。？！]{1,14})")
# "派出所来了个辅警，后来邻居跟我讲那个辅警就是她亲哥哥": the officer told before, named again (same groups)
# (…"那个辅警小伙子，我后来才晓得是对方的亲儿子": described, then found out)
_THAT_OFFICER_IS = re.compile(r"()(那个|这个|那位)(辅警|民警|警察)(?:小伙子|小伙|小姑娘|姑娘|大哥|大姐)?[\s，,]*"
                              r"(?:我|俺)?(?:后来|事后|才|后来才|事后才)?(?:晓得|知道|发现|听说|打听到)?(就|刚好|正好|居然|竟然|原来)?是([^，。？！]{1,14})")
# "跟我吵架动手的那个女的 她老公就是来处理这事的辅警": a party's kin is the officer — the party is the officer's kin
# "一个辅警在问情况，后来才知道他是对方那个娃儿的亲哥哥": an officer introduced, then said by 他/她 to be a party's kin
# (groups as _THAT_OFFICER_IS: the tie in group 5)
_AN_OFFICER_HE_IS = re.compile(r"(一个|有个|有一个)(辅警|民警|警察)[^。？！]{0,12}[，,]([^。？！，,]{0,8}?)(他|她)(?:就|竟然|原来|居然)?是"
                               r"(?=[^，。？！]{0,10}(?:对方|当事人|那家|那边))([^，。？！]{1,14})")
_PARTYS_KIN_IS_OFFICER = re.compile(r"(她|他|对方|那个女的|那个男的|那人|那家)(的)?(亲)?(老公|丈夫|老婆|媳妇|妻子|爱人|儿子|女儿|爸爸|爸|妈妈|妈|"
                                    r"哥哥|哥|姐姐|姐|弟弟|弟|妹妹|妹)(就|刚好|正好|居然|竟然)?是(来)?(出警|处理|调解|办案|查|登记)"
                                    r"[^，。？！]{0,6}的(那个)?(辅警|民警|警察)")
# the officer's tie to the party, from the party's tie to the officer ("她老公": spouse; "他儿子": the party is a parent)
_INVERSE_TIE = {"child": "parent", "parent": "child"}


# "来的是我们所的同事…我自己也是所里的辅警，我能不能…参与调解": the asker a 辅警 too, asking of their own part
_SELF_ALSO_OFFICER = re.compile(r"我(自己|本人)?(也|本身)?是[^，。？！]{0,8}(辅警|协警)[^。？！]{0,12}[，。？！,][^。？！]{0,6}"
                                r"我(能不能|能|可以|可不可以|要不要|该不该|还能)")


def _officer_named(text: str) -> RelationReading | None:
    inverse = _PARTYS_KIN_IS_OFFICER.search(text)
    if inverse:
        tie = _kin(inverse.group(4)) or _ONE_CHAR_KIN[inverse.group(4)]
        return RelationReading(_INVERSE_TIE.get(tie, tie), inverse.group())
    m = _OFFICER_IS.search(text) or _THAT_OFFICER_IS.search(text) or _AN_OFFICER_HE_IS.search(text)
    if not m:
        return _officer_with(text)
    if re.match(r"(我|俺)(家)?", m.group(5)):
        return None   # "来处理的辅警就是我女儿": the asker's relative is the officer, not a tie to a party
    ties = [(key, h) for key, ws in _ties().items() for h in phrases.hits(m.group(5), ws)]
    # "对方的亲哥", "邻居的弟弟": a one-character kin word after 的
    one = re.search(r"的(亲)?([爸妈哥姐弟妹])", m.group(5))
    if one:
        ties.append((_ONE_CHAR_KIN[one.group(2)], phrases.Hit(one.group(2), one.start(2), one.end(2))))
    if not ties:
        return None
    key, h = max(ties, key=lambda kh: (kh[1].end, kh[1].end - kh[1].start))   # the head noun ends the phrase
    return RelationReading(key, m.group(5)[:h.end])


# "来调解的那个辅警跟对方是一个村的，还是表兄弟": the officer's tie to the other party, told by a party
_OFFICER_WITH_WHOM = (r"(出警|处理|办案|经办|来处理|调解|来调解|来出警|来查|来登记)[^，。？！的\s]{0,4}的(那个|这个|那位)?(辅警|民警|警察)"
                      r"(一直|老|老是|总|总是|还|都)?(跟|和|与)")
_OFFICER_AND = _OFFICER_WITH_WHOM + r"(对方|当事人|他|她|那家|那边|那个人|那人)"
_OFFICER_WITH = re.compile(_OFFICER_AND + r"(家)?(是|还是|也是|原来是|竟然是)(?P<tie>[^。？！]{1,24})")
# "来处理的辅警跟对方称兄道弟的，后来才晓得他们是拜把子兄弟": the two named together, then their tie as 他们
_OFFICER_AND_PARTY = re.compile(_OFFICER_AND + r"[^。？！]{0,24}?(他们俩|她们俩|他们两个|他们|他俩|她俩|两人|两个人|俩人|两个)"
                                r"(就|原来|竟然|居然|其实)?(是|还是|也是)(?P<tie>[^。？！]{1,24})")


# "来处理的那个辅警跟对方司机称兄道弟的，后来一打听是对方的表弟": the tie found out later, said as the party's kin
_OFFICER_AND_FOUND = re.compile(_OFFICER_AND + r"[^。？！]{0,24}?(打听|晓得|知道|发现|一问|问了)[^，。？！]{0,4}?(他|她)?"
                                r"(就|原来|竟然|居然|其实)?(是)(?P<tie>(对方|当事人|那家|那人|那个人)(家)?的[^。？！]{1,12})")


# "派出所来处理的那个辅警跟邻居在现场称兄道弟…一看就很熟": the officer seen close with the other party, a tie of
# acquaintance for the 负责人 to weigh (其他关系)
_OFFICER_CLOSE = re.compile(_OFFICER_WITH_WHOM + r"[^，。？！]{0,3}?(对方|当事人|邻居|隔壁|那家|那边|那个人|那人|他|她)"
                            r"[^。？！]{0,24}?(称兄道弟|勾肩搭背|很熟|蛮熟|挺熟|熟得很|熟人|老熟人|关系好|关系很好|关系不错|有说有笑)")


def _officer_with(text: str) -> RelationReading | None:
    m = _OFFICER_WITH.search(text) or _OFFICER_AND_PARTY.search(text) or _OFFICER_AND_FOUND.search(text)
    if not m:
        close = _OFFICER_CLOSE.search(text)
        return RelationReading("acquaintance", close.group()) if close else None
    legal = vocabulary_legal()
    ties = [(key, h) for key, ws in _ties().items() for h in phrases.hits(m.group("tie"), ws)
            if key in legal and key not in _SELF_SPOKEN]
    if not ties:
        return None
    key, h = max(ties, key=lambda kh: (_RANK[legal[kh[0]]["ground"]], kh[1].end))
    return RelationReading(key, m.group("tie")[:h.end])


# the teller quarrelling with someone ("我跟隔壁为了地界吵了好几年"): not with a colleague beside them, not a
# quarrel they are sent to ("我跟民警去调解吵架的")
_OWN_QUARREL = re.compile(r"(?<![他她说])(我|俺)(跟|和|与)(?!民警|师傅|同事|所长|领导|警察|他们去|着)(?![^，。？！]{0,10}(去|来|调解|处理|出警))"
                          r"[^，。？！]{1,14}?(吵起来|吵架|吵了|吵到|吵得|吵翻|打起来|打架|打了一架|干起来|闹起来|闹矛盾|闹翻|扯筋|扯起筋|起了冲突|发生冲突|起冲突|有纠纷|扯皮)"
                          r"(?!的)(?![^，。？！]{0,6}(都)?(不认识|不认得|没关系|不熟))")


# the user taking no part in the case told of ("没插手", "别的所民警在处理", "不归我们管")
_NOT_ON_CASE = re.compile(r"没插手|没有插手|没掺和|没有掺和|没参与|没有参与|没管这事|没去管|不归我管|不归我们管|不是我们辖区|不是我处理的|"
                          r"不是我经手|别的所(的)?民警在处理|其他所(的)?民警在处理|就站(在)?旁边看|"
                          # "这事又不是我在办", "案子我一点都不沾": the case handled by others, the 辅警 not on it
                          r"不是我(在|来)?(办|管|处理|经手|负责)|(案子|这事|这个事|这件事|那个案子)[^，。？！]{0,3}?(一点|完全|根本|压根)?(都|也)?不沾|"
                          r"(我|他|她)(也|都|根本|压根|一点|一点儿|完全|从来|从头到尾)*(没|没有|不)(经手|参与|沾边|沾手)|没(有)?(人)?(让|叫|安排|派)(我|他|她)(参与|去|经手|沾)|"
                          # "我亲姐在灌南出了车祸，那边交警在处理，我人都没回去": handled where the user is not
                          r"(那边|当地|那里|外地|老家)(的)?(交警|民警|派出所|公安|警察)(在)?(处理|办|管)|(我|他|她)(人)?(都|也)?没(有)?回去|"
                          # "被另一个派出所带走了，案子在那边办…也不经手这个案子"
                          r"(案子|这事|事情|案件)(是|在|由)?([^，。？！]{0,4}?)(那边|别的所|另一个所|其他所|别的派出所|另一个派出所|外地)(的)?(民警|同事)?(在)?(办|处理|管)|"
                          r"(也|都|并|根本|压根)(不|没|没有)(经手|参与|管)(这个|那个)?(案子|事)|"
                          # "不归我哥他们所管": the case is another station's
                          r"不归[^，。？！]{0,6}(所|队|我们|他们)管")


def _aside_of_another(text: str, at: int, said: re.Match | None) -> bool:
    """The one said to stay out of it is someone else than the 辅警 ("我爸妈当时刚好在旁边看热闹，没掺和"): the
    sentence opens with another relative than the one who is the 辅警."""
    if re.match(r"(那边|当地|那里|外地|老家|我|俺)", text[at:]):
        return False   # "那边交警在处理", "我人都没回去": of the case or of the user, no other relative's aside
    if said is not None and re.search(r"(我|俺)" + re.escape(said.group("kin")), text[at:at + 12]):
        return False   # "不归我哥他们所管": the aside names the 辅警 itself
    clause = re.split(r"[，,。？！?!；;]", text[:at])[-1]
    if re.match(r"(我|俺)(?![家的])(?!" + kinship.kin_alternation() + ")", clause):
        return False   # "我爸…出了个交通事故，…，我也没插手过": the user's own clause, whoever the sentence opened with
    sentence = text[_sentence_span(text, at)[0]:at]
    kin = re.match(r"\s*(?:我|俺)?(?:家)?(" + kinship.kin_alternation() + ")", sentence)
    return bool(kin) and not (said is not None and kin.group(1) == said.group("kin"))


def _on_case(text: str) -> bool:
    """The 辅警 sent to the case — not others sent instead ("换别的所来处理", "是别的民警处理的")."""
    return any(not re.search(r"(别的|其他|其它|换|另外的)[^，。？！]{0,4}$", text[max(0, m.start() - 8):m.start()])
               for m in ON_CASE.finditer(text))


def _owns_person(text: str, h: phrases.Hit) -> bool:
    """The 我 of a gapped phrase ("说我…推了") is followed by a person it owns ("我小姨", "我妈")."""
    at = text.find("我", h.start, h.end)
    return at >= 0 and any(text.startswith(w, at + (0 if w.startswith("我") else 1)) for w in _person_words())


_KIN_DENIED_THEN_TIE = re.compile(r"(不是|也不是|并不是|又不是|算不上|谈不上)(我|我的|我们|我家)?(什么)?(亲戚|亲属|亲人)[，,、\s]*(就是|只是|就|只)(个|一个)?"
                                  r"(?P<tie>认识|熟人|同学|朋友|邻居|老乡|一个村的|同村的|同村|同事|战友|发小)")


def _kin_denied_later(text: str, h: phrases.Hit) -> bool:
    """The kinship named at ``h`` is denied later in the story: "也不是啥子老表", "其实我家跟他家一点亲戚关系都没得"."""
    bare = re.sub(r"^(我|俺)(家|的)?", "", h.phrase)
    after = text[h.end:]
    # (…not a kinship said again by another name: "他说又不是他弟弟，是小舅子")
    return bool(re.search(r"(不是|并不是|根本不是|也不是|压根不是)(啥子|什么|啥|我的?)?(亲戚|亲属|" + re.escape(bare) + r")(?![^。？！]{0,3}(是|就是)[^，。？！]{0,4}(舅|姐夫|妹夫|嫂|弟媳|连襟|亲家|表|堂))", after) or
                re.search(r"亲戚关系[^，。？！]{0,3}(没得|没有|没)|(没有|没得|没)(任何|啥子?|什么|一点|半点)?亲戚关系|不沾亲", after))


# an ex-partner, then the spouse they have now ("他前妻跟现在的老公", "前夫和他后来娶的老婆")
_EX_NEW_SPOUSE = re.compile(r"(前妻|前夫|前任|离了婚的|离婚的)[^，。？！]{0,4}?(现在的|后来的|新找的|新的|后面的|再婚的|后来娶的|后来嫁的)$")


def _read(text: str) -> RelationReading:
    legal = vocabulary_legal()
    named = _officer_named(text)
    if named and not _SELF_ALSO_OFFICER.search(text):
        return named
    found: list[tuple[int, int, str, str]] = []   # (rank, -position, key, words)
    chained = _chained(text)
    covered: list[tuple[int, int]] = []
    if chained:
        found.append((_RANK[legal[chained.relation]["ground"]], 0, chained.relation, chained.words))
        at = text.find(chained.words)
        covered.append((at, at + len(chained.words)))
    denial = None
    # "俺下班骑电瓶车在苍梧路跟一辆汽车蹭了", "我昨天下班路上被一个骑电瓶车的撞了": the user a party
    for at, w in suffered(text, [w for ws in _ties().values() for w in ws]):
        key = "enemy" if _harm_of_the_past(text, at) else "self"
        found.append((_RANK[legal[key]["ground"]], -at, key, w))
    # "我跟楼下因为漏水的事吵到派出所去了": the teller in a quarrel of their own, a party to it
    for m in _OWN_QUARREL.finditer(text):
        found.append((_RANK[legal["self"]["ground"]], -m.start(), "self", m.group()))
    keyed = [(key, h) for key, ws in _ties().items() for h in phrases.hits(text, ws)]
    # "报警说我小姨跟她吵架还推了她": the aunt is the one accused — 我 owns her, the user is no party
    keyed = [(key, h) for key, h in keyed if not (key == "self" and "我…" in h.phrase and _owns_person(text, h))]
    # "我是当事人的朋友": the party's tie follows, the user is not the party
    keyed = [(key, h) for key, h in keyed if not (key == "self" and re.search(r"(当事人|受害人|被害人|车主)$", h.phrase)
                                                  and text[h.end:h.end + 1] == "的")]
    kept = phrases.longest_only([h for _, h in keyed])   # "儿媳妇" is not also "媳妇"
    # of two overlapping ties the one ending later is the head noun ("我姐夫" is 姐夫, not 我姐)
    kept = [h for h in kept if not any(o is not h and o.start < h.end and h.start < o.end and
                                       (o.end, o.end - o.start) > (h.end, h.end - h.start) for o in kept)]
    # (the head noun only: "我儿媳妇在…当辅警" is the daughter-in-law, not "我儿")
    officer_kin = {h.phrase for _, h in keyed if h in kept and OFFICER_KIN.match(text[h.end:])}
    named_officer = OFFICER_IS_KIN.search(text)
    if named_officer:   # the kin's words as the ties read them ("我女儿", "女儿")
        officer_kin |= {h.phrase for _, h in keyed if h.start < named_officer.end("kin") and named_officer.start("kin") - 2 <= h.start}
    # the officer said again by the same tie ("我家那口子在…当辅警…所里让我老公去登记"): no party either
    officer_keys = {k for k, h in keyed if h.phrase in officer_kin}
    # …not another child told apart by birth order ("俺二小子…当辅警，俺大小子…刮了")
    # (…nor a child of the other sex: "我儿子…当辅警…我女儿…被打伤了" is his sister)
    officer_kin |= {h.phrase for k, h in keyed if k in officer_keys and k in ("spouse", "child")
                    and not (k == "child" and re.match(r"[大二三小]", h.phrase))
                    and not (k == "child" and any(_daughter(h.phrase) != _daughter(o) for o in officer_kin if _kin(o) == "child"))}
    # the officer is the asker's spouse ("来的辅警就是我老公"): the asker's parent's or sibling's business is an
    # in-law's of the officer, not the officer's stake
    spouse_officer = bool(ON_CASE.search(text)) and any(_kin(p) == "spouse" for p in officer_kin)
    in_laws = [w for k in ("parent", "sibling") for w in _ties()[k]]
    # "楼下邻居阿姨…我跟阿姨也就是见面打个招呼": the bare word later is the person named in full before
    only_told: set[str] = set()
    in_order = sorted(keyed, key=lambda kh: kh[1].start)   # a person told first is known after
    first_named = {h.phrase: k for k, h in in_order if h in kept}
    for key, h in in_order:
        if h not in kept or any(s < h.end and h.start < e for s, e in covered):
            continue
        if h.phrase == "太太" and text[h.start - 1:h.start] == "老":
            continue   # "老太太" is an old woman, not a wife
        if key == "neighbour" and re.match(r"(之间|间)?(的)?(扯皮|纠纷|矛盾|吵架|打架|吵起来|闹矛盾)", text[h.end:]) and \
                re.search(r"(一起|起|一桩|这起|那起|处理|调解|处置|一个)$", text[:h.start]):
            continue   # "处置一起邻居扯皮": a kind of quarrel, between neighbours — no neighbour of the user's
        if key == "spouse" and _EX_NEW_SPOUSE.search(text[max(0, h.start - 16):h.start]):
            continue   # "他前妻跟现在的老公在家打起来": the ex-partner's new spouse, no spouse of the user's
        if h.phrase.endswith(("娘", "妈")) and text[h.end:h.end + 1] == "家" and text[h.end + 1:h.end + 2] != "的":
            continue   # "我娘家侄子": the kin of the asker's own family named after it, not her mother
        if key == "interest" and h.phrase.endswith("的") and _names_matter(text[h.end:]):
            # "要处理的是我老婆的事": the relative's own matter — the relative is its party, no thing of theirs is at stake
            key = _kin(re.sub(r"^(我|俺)(家)?|的$", "", h.phrase)) or key
        if key == "self" and h.phrase.endswith("打我") and re.match(r"(的)?(电话|手机|座机|微信|视频)", text[h.end:]):
            continue   # "有事打我电话": a call, no blow
        if key == "interest" and _UNTOUCHED.search(re.split(r"[，,。？！]", text[h.end:], maxsplit=1)[0]):
            continue   # "我家的车也停在那个车库但是啥事没有": the officer's thing beside the case, untouched
        if key == "debtor" and _PAY.search(owed_in := _clause_of(text, h)[0]) and not _PAY_OWER.search(owed_in) and \
                not _PAY_OWER.search(re.split(r"[。？！?!]", text[:h.start])[-1]):
            # (…the one who owes named earlier in the sentence: "一方是我以前打工那家店的老板，还欠我两个月工资没给")
            continue   # "工资拖欠我们", "单位欠我加班费": the employer's pay owed, no debt of a party's
        if key == "interest" and h.phrase.endswith("开的") and _VEHICLE.match(text[h.end:]):
            continue   # "去的时候是他自己开的警车": a vehicle driven, no business kept
        if key in ("interest", "business_partner") and "入" in h.phrase and _INVITED.search(text[max(0, h.start - 4):h.start + 1]):
            continue   # "我舅舅开了个拖车公司…想喊我入股": a share offered, none held
        if key == "interest" and text[h.end:h.end + 1] == "过" and not _HOUSEHOLD_DISPUTE.search(h.phrase):
            # "以前跟我老公合伙开过烧烤店": a business kept once is no stake now; its partner is a tie
            # (…a quarrel had once, "跟我家吵过好几回", is read below: an old quarrel, not this case)
            if "合伙" not in text[h.start:h.end]:
                continue
            key = "business_partner"
        if key == "self" and h.phrase.endswith("我") and \
                (any(text.startswith(w, h.end) for w in _person_words()) or
                 re.match(r"们(的|单位|所|队|这|那|一个|一名|[一两几]个|民警|警察|所长|师傅|领导|带班|同事)", text[h.end:])):
            continue   # "有人举报我朋友店里…": 我 owns the person after, the friend is the one reported ("打我们民警": the officer)
        if key == "self" and h.phrase.startswith("骗") and text[h.start - 1:h.start] == "诈":
            continue   # "讲防诈骗我一个人去得不得行": 诈骗 the topic, then 我 the one asking
        if "…" in h.phrase and re.search(r"没有|没得|不是|并不|没", text[h.start:h.end]):
            continue   # "我堂客没有股份" is no "我…有股份"
        earlier = [k for p, k in first_named.items() if len(p) > len(h.phrase) and p.endswith(h.phrase)
                   and 0 <= text.find(p) < h.start]
        if earlier:
            key = earlier[0]
        if key in only_told:
            continue   # the reporter or witness spoken of again ("我跟阿姨也就是见面打个招呼")
        # …also when said with the time of the tie ("我老汉当兵时候的战友", "我妈上班那会儿的同事")
        owns = re.match(r"(现在|以前|原来|之前|当时|目前|当年|[^，。？！的]{1,6}?(时候|时|那会儿?|那阵子?|期间))?的(?=[\u4e00-\u9fff])",
                        text[h.end:h.end + 12])
        owned = text[h.end + owns.end():h.end + owns.end() + 4] if owns else ""
        if key not in _SELF_SPOKEN and key not in ("debtor", "enemy") and owns and \
                not phrases.first(owned, words("relations", "stake_things")) and \
                not _names_matter(owned):
            key = "acquaintance"   # "一方是我儿子的班主任": the kin owns the words after, the party is someone else
        elif key not in _SELF_SPOKEN and _OWNER_OF_KIN.match(text[h.end:]) and \
                phrases.first(text[h.end:h.end + 8], _person_words()):
            # "被偷的是我同事小张亲妹妹开的店": the colleague's sister is the party — no tie at all when the user
            # then says they do not know her ("我跟小张的妹妹面都没见过")
            if phrases.any_in(text[h.end:], words("relations", "none") + words("relations", "denies_every_tie")):
                continue
            key = "acquaintance"
        if key == "interest" and spouse_officer and phrases.any_in(h.phrase, in_laws):
            key = "in_law"   # "我爸开的水果店…来的辅警就是我老公": the officer's father-in-law's shop
        said_of_me = key in _SELF_SPOKEN
        if key == "self" and _past_quarrel(text, h):
            key = "enemy"
        if key == "interest" and _HOUSEHOLD_DISPUTE.search(h.phrase) and \
                (_PAST.search(text[_sentence_span(text, h.start)[0]:h.start]) or text[h.end:h.end + 1] == "过"):
            key = "enemy"   # "前几年因为修房子占地跟我家吵得很凶": a quarrel of the past with a party, not this case
        if key in NEAR_TIES and _harm_of_the_past(text, h.start) and _QUARREL.search(_sentence_at(text, h.start)) and \
                not _harmed_again(text, h):
            key = "enemy"   # "五六年前俺爸跟邻村一个人…打过一架…现在这个人又跟别人打架": the relative's old quarrel
        clause, local = _clause_of(text, h)
        if key not in _SELF_SPOKEN and _partner_owns_party(text, clause[:local.start]):
            continue   # "一方当事人是辅警小孙的老丈人。我跟小孙就是同事": 小孙 is no party, his father-in-law is
        if (re.match(r"(跟|和|与)", clause[local.end:]) or re.search(r"(我|俺)(和|跟|与)$", clause[:local.start])) and \
                phrases.any_in(clause[local.end:], words("relations", "denies_every_tie") + words("relations", "none")):
            continue   # "我妈跟偷车的、车主都不认识", "打架那两个我和我妈都不认得": the tie to the parties is denied
        if key not in _SELF_SPOKEN and _SUPPOSED.search(clause[:local.start]) and \
                (re.search(r"说不是|并不是|其实不是|结果不是|根本不是", text[h.end:]) or phrases.any_in(text[h.end:], words("relations", "none"))):
            continue   # "我开始以为是亲戚，打电话问了家里，说不是": a tie supposed, then found not to be
        # …nearby, or named among the onlookers ("围观的人里头有个是我初中同学"), with the tie to the parties denied
        tie_denied_after = phrases.any_in(text[h.end:], words("relations", "denies_every_tie") + words("relations", "none"))
        if key not in _SELF_SPOKEN and not re.search(r"被|遭|着打", clause[local.end:]) and \
                (_ONLOOKER.match(clause[local.end:]) or tie_denied_after and
                 (_NEARBY.match(clause[local.end:]) and not _IS_WITNESS.match(text[h.end:]) or _AMONG_ONLOOKERS.search(clause[:local.start]))):
            continue   # "看到我妈也在旁边人群里看热闹": a relative among the onlookers is no party
        if key not in _SELF_SPOKEN and tie_denied_after and \
                re.search(r"((?<![我俺])(小|老|阿)[\u4e00-\u9fff]|同事|搭档|师傅)(他|她)?(家)?的$", clause[:local.start]):
            continue   # "是老李的亲戚又不是我的": a colleague's relative, any tie to the user denied
        if key in _KIN_TIES and _kin_denied_later(text, h):
            denial = denial or h.phrase
            continue   # "嫌疑人一看到我就喊老表…我根本不认识他，也不是啥子老表": a kinship claimed, then denied
        if _denied(clause, local):
            # "不是我亲戚" denies a tie of the officer's; "没登记的租客" denies nothing of theirs
            if key in _SELF_SPOKEN or _mine(clause, local):
                denial = denial or h.phrase
            continue
        if h.phrase in officer_kin:
            continue   # "我儿子去年考上了辅警…": the relative is the 辅警 the story is about, not a party
        if key not in _SELF_SPOKEN and _FELLOW_OFFICER.search(clause[:local.start]):
            continue   # "带我的民警是我亲舅舅": the relative works the case beside the user, no party to it
        if h.phrase in words("relations", "polite_address") and \
                not re.search(r"(我|俺|我家|我们家|我的|亲|咱)(的)?$", text[max(0, h.start - 4):h.start]):
            continue   # "一个嬢嬢说手机被偷了": a stranger addressed as kin
        if key in ("self", "interest") and _as_means(text, h.start):
            continue
        if key == "self" and _THREATENED.search(text[max(0, h.start - 6):h.start]) and re.match(r"(投诉|举报|告)", h.phrase):
            continue   # "他一直吼要投诉我": a threat made while the user works the case, no case against the user
        claimed = _CLAIMED.search(clause[:local.start]) or _CLAIMED_BEFORE.search(text[max(0, h.start - 16):h.start])
        if key not in _SELF_SPOKEN and claimed and phrases.any_in(text, words("relations", "none")):
            continue   # "硬说我们是本家亲戚…其实我根本不认识他": the party's claim, denied
        # (…one who saw it and called is the reporter: "我妈…看到两个不认识的人打架，就打110报了警")
        witness = (_NAMED_WITNESS.search(text[:h.start]) or _IS_WITNESS.match(text[h.end:]) or
                   key in _KIN_TIES and _SAW_OTHERS.match(text[h.end:]) and not _WITNESS.match(text[h.end:])) and \
            not _REPORTER_HARMED.search(clause)
        # "俺大小子在港口开大货车。昨天大小子在港区跟一辆轿车刮了": the tie named as the officer's before is theirs again
        mine = _mine(clause, local) or (len(h.phrase) > 1 and re.search(r"我(家|的)?" + re.escape(h.phrase), text[:h.start])) or \
            _opens_message(text, h)
        # "要钱的那个老板，我…找他借了五万块": a debt to or from 他, the one the story told in the case
        owed = key == "debtor" and re.search("他|她", h.phrase) and phrases.any_in(text[:h.start], words("relations", "parties"))
        # "我前年借了一万块给一个同学…昨天这个同学跟人打架": the one lent to, named again in the case
        borrower = re.search(r"给(一个|个|那个)?([\u4e00-\u9fff]{2,3})$", text[h.start:h.end + 6].split("，")[0])
        later = re.split(r"[，,。；;！!？?]", text[h.end:])
        if key == "debtor" and not owed and borrower and any(
                borrower.group(2) in c and phrases.any_in(c, words("relations", "parties")) for c in later):
            owed = True
        # "去年借了两万给一个朋友一直没还，今天他打架被带到所里": the one lent to, taken up again by 他 in the case
        if key == "debtor" and not owed and re.search(r"给(一个|个|那个)?[\u4e00-\u9fff]", text[h.end - 1:h.end + 2]) and any(
                _TAKEN_UP.match(c) and phrases.any_in(c, words("relations", "parties")) for c in later[1:]):
            owed = True
        if key == "debtor" and not mine and re.fullmatch(r"(就是|只是|还是|还|也|就|但|但是|可|不过|去年|前年|之前|以前|当时|那年|早先)*",
                                                         clause[:local.start]):
            # "…就是欠着人家钱", "去年…找开超市的张某借了两万块钱": no subject of its own — the teller's debt
            lender = re.match(r"(?:找|向|跟)([^，。？！]{2,8}?)借", text[h.start:h.end])
            named = lender.group(1)[-2:] if lender else ""
            mine = True
            owed = owed or bool(re.search("他|她|人家", h.phrase)) or bool(named and named in text[h.end:]) or money_in_case(text)
        if key == "debtor" and "我" in h.phrase and _POINTED.match(clause[:local.start]) and \
                phrases.any_in(text[:h.start], words("relations", "parties")):
            mine = owed = True   # "有个人偷东西被抓住…这人去年找我借了三万块钱": the party pointed at owes the user
        if said_of_me or (mine and (_linked(clause, local) or _goes_on_linked(text, h) or _among_told(text, h) or witness or owed
                                                    or _told_later(text, h) or _said_of_party(text, h))):
            if witness:
                named = _NAMED_WITNESS.search(text[:h.start])
                # a journalist covering the case is neither a party nor a witness to it: no ground at all
                tie = "tie_witness_alone" if named and re.search(r"记者|采访", named.group(1)) else "tie_witness"
                found.append((_RANK[legal[tie]["ground"]], -h.start, tie, text[h.start:h.end]))
                only_told.add(key)
                continue
            # …not the owner of what was harmed ("那个店是我老婆开的，报警也是她报的": her shop, her report)
            # (…nor the user's own thing: "我自己的电动车…被人划了，邻居看到报的警")
            # (…"昨晚街上打架是我妈报的警": the event named before 是 is what was reported, not the reporter's quarrel)
            # (…not "打架的是我妈，她报的警": a party named by 的是)
            own_part = clause[local.start:] if re.search(r"[^的]是$", clause[:local.start]) else clause
            if key not in ("interest", "self") and (_ONLY_REPORTED.match(text[h.end:]) or _NAMED_REPORTER.search(text[:h.start]) or
                    _WITNESS.match(text[h.end:])) and not _REPORTER_HARMED.search(own_part) and \
                    not _REPORTER_HARMED.search(_until_denial(re.split(r"[。？！]", text[h.end:], maxsplit=1)[0])):
                only_told.add(key)
                key = "tie_reporter"   # "我邻居打电话报警说楼下有人打架": the neighbour only reported it
            found.append((_RANK[legal[key]["ground"]], -h.start, key, text[h.start:h.end]))
    for key, h in _at_end(text):
        if h.phrase in officer_kin or any(h.phrase.endswith(k) or k.endswith(h.phrase) for k in officer_kin):
            continue   # "来处理的辅警就是我女儿": the officer, not a party
        found.append((_RANK[legal[key]["ground"]], -h.start, key, text[h.start:h.end]))
    # "租客退房的时候把我屋里的电视、沙发都搬走了": the user's own things taken or harmed in the case
    for m in _MY_THINGS_HARMED.finditer(text):
        if not _denied(*_clause_of(text, phrases.Hit(m.group(), m.start(), m.end()))):
            found.append((_RANK["interest"], -m.start(), "interest", m.group()))
    # "被水淹的那几亩稻田是我家承包的地", "他那条船是我俩合伙买的": the thing in the case, then said to be the user's
    # (…or registered in the user's name: "被蹭的那辆白色轿车是我自己名下的")
    for m in list(_THING_IS_MINE.finditer(text)) + list(_IN_MY_NAME.finditer(text)):
        thing = phrases.last(text[max(0, m.start() - 12):m.start()], words("relations", "stake_things")) or \
            phrases.first(text[m.end():m.end() + 3], words("relations", "stake_things"))
        if thing is not None and m.re is _THING_IS_MINE and m.group(4) == "开" and re.search(r"车|船|三轮", thing.phrase):
            continue   # "车是我开的": who drove it, not whose it is
        if thing is not None and not _denied(*_clause_of(text, phrases.Hit(m.group(), m.start(), m.end()))):
            found.append((_RANK["interest"], -m.start(), "interest", m.group()))
    for owner in phrases.hits(text, words("relations", "stake_owners")):
        if _as_means(text, owner.start):
            continue
        if _denied(*_clause_of(text, owner)):
            continue   # "也没碰到我们家的东西", "没砸到我家的店": the officer's things are not in it
        if _UNTOUCHED.search(re.split(r"[，,。？！]", text[owner.end:], maxsplit=1)[0]):
            continue   # "我们家的车也停在那个车库但是啥事没有": the officer's thing beside the case, untouched
        if spouse_officer and phrases.any_in(owner.phrase, in_laws):
            found.append((_RANK[legal["in_law"]["ground"]], -owner.start, "in_law", owner.phrase))
            continue
        # "我家的店", "我老婆开的"; "我家虾塘" names the thing without 的
        # (…or where it was left: "把我老婆停那的电动车踹倒了")
        link = re.match(r"(家)?(开)?的|", text[owner.end:]) if owner.phrase.endswith("家") else \
            re.match(r"(家)?(开|(停|放|搁)(在)?[^，。？！的]{0,4})?的", text[owner.end:])
        if link and re.match(r"(房东|房客|租客)", text[owner.end + link.end():]):
            continue   # "我的房东" is a tie, not the officer's house
        after = text[owner.end + link.end():] if link else ""
        thing = phrases.first(after[:7], words("relations", "stake_things")) if link else None
        # (a word before the thing only after 的: "我家的水果店", not "我家远房亲戚")
        if thing is not None and (thing.start == 0 or "的" in link.group(0) and _BUSINESS.search(thing.phrase)) and \
                _names_the_thing(after[:thing.start]):
            found.append((_RANK["interest"], -owner.start, "interest", text[owner.start:owner.end + link.end() + thing.end]))
            break
        # "我饭店被人砸了": the user's own business named without 的, harmed
        if owner.phrase == "我" and not link:
            thing = phrases.first(text[owner.end:owner.end + 4], words("relations", "stake_things"))
            if thing is not None and thing.start == 0 and len(thing.phrase) > 1 and \
                    _HARMED_NEXT.match(text[owner.end + thing.end:]):
                found.append((_RANK["interest"], -owner.start, "interest", text[owner.start:owner.end + thing.end]))
                break
        # …or the user's own ("我自己开了个小卖部，昨晚上被人撬了门")
        own_rest = re.sub(r"^(自己|本人)", "", text[owner.end:])
        if (owner.phrase.endswith("家") or owner.phrase == "我" and re.match(r"(也|还|就|在|开)", own_rest) and
                not any(own_rest.startswith(w) for w in _person_words())) and \
                business_harmed(own_rest, text[:owner.start]):
            # "我家在北碚一个菜市场有个水果摊，今天被人砸了": the household's business, harmed
            thing = phrases.first(text[owner.end:owner.end + 14], words("relations", "stake_things"))
            end = owner.end + (thing.end if thing is not None else 6)   # "我开了个汽修厂": up to the business named
            found.append((_RANK["interest"], -owner.start, "interest", text[owner.start:end]))
            break
    # a relative's business where the case happened ("我老丈人在涪陵开茶馆，…在馆子里打起来了，桌子砸烂好几张"):
    # a near relative's is the officer's stake (interest); another relative's is that relative's tie
    # …the asker's parent's or sibling's, when the officer is the asker's spouse, is an in-law's (read below)
    found += _kin_business(text, kept, keyed, near=("spouse", "child") if spouse_officer else NEAR_TIES)
    # the officer's home, things, share or business money in the case
    found += [(_RANK["interest"], -at, "interest", w) for at, w in owned_in_case(text)]
    # "我的铺子一点没得事", "我的店也没被撞到": the thing named, said unharmed right after — no stake in the case
    found = [f for f in found if not (f[2] == "interest" and text.startswith(f[3], -f[1]) and
                                      _UNHARMED.match(text[-f[1] + len(f[3]):]))]
    # an explicit denial only when no tie is stated at all
    # ("他跟我不是亲戚，就是认识，一个村的": the kinship denied, the tie said after it is what there is)
    then = _KIN_DENIED_THEN_TIE.search(text)
    if not found and then:
        key = next((k for k, ws in _ties().items() if then.group("tie").rstrip("的") in ws), "acquaintance")
        if key in legal:
            return RelationReading(key, then.group("tie"))
    if not found:
        # (…not what a side job has to do with the work: "跟他那份工作一点不沾边")
        # (…nor a denial that only supposes: "我跟他应该没关系吧" asks whether it matters)
        h = next((x for x in phrases.hits(text, words("relations", "none") + words("relations", "weak_denials"))
                  if not re.search(WORK_WORDS, _clause_of(text, x)[0]) and
                  not phrases.any_in(_clause_of(text, x)[0], words("relations", "hedges"))), None)
        if h:
            return RelationReading("none", h.phrase)
        return RelationReading("none", denial) if denial else RelationReading(None)
    best = max(found, key=lambda f: (f[0], f[1]))
    if best[2] == "interest" and "钱" in best[3] and \
            re.search(r"(借了?|借过|欠了?|欠着)$", text[max(0, -best[1] - 4):-best[1]]) and not money_in_case(text):
        # "当事人借了我的钱一直没还": a loan to a party, a tie to stand aside for when it may sway — not money in the case
        best = (_RANK[legal["debtor"]["ground"]], best[1], "debtor", best[3])
    if best[2] == "debtor" and money_in_case(text):
        # "借了俺哥二十万的人…因为诈骗被抓了，俺哥那笔钱也算在案子里头": the loan is money at stake in the case
        best = (_RANK["interest"], best[1], "interest", best[3])
    through = [_kin(p) for p in _in_text_order(text, officer_kin)] if ON_CASE.search(text) else []
    own = _officers_own(best[3], officer_kin) if chained and best[3] == chained.words and through else None
    if own:
        # "我老公的亲妹妹…民警叫他一起去": the officer's own relative, named through the officer
        best = (_RANK[legal[own]["ground"]], best[1], own, best[3])
        through = []
    if through and through[0] == "spouse" and best[2] == "in_law" and re.search(r"公公|婆婆|公婆|老丈人|丈母娘|岳父|岳母", best[3]):
        best = (_RANK["party_or_relative"], best[1], "parent", best[3])   # "我公公…来处理的刚好是我老公": his father
    elif through and through[0] == "spouse" and best[2] == "in_law" and \
            re.search(r"大伯子|小叔子|大姑子|小姑子|大舅子|小舅子|大姨子|小姨子|姨姐|姨妹", best[3]):
        best = (_RANK["party_or_relative"], best[1], "sibling", best[3])   # "我小叔子…我老公去处理": his brother
    elif through and through[0] == "child" and best[2] == "grandchild" and _other_line(text, officer_kin, best[3]):
        best = (_RANK[legal["relative"]["ground"]], best[1], "relative", best[3])   # "我儿子…我外孙": his nephew
    elif through and through[0] == "child" and best[2] == "in_law" and re.search(r"儿媳|女婿", best[3]) and \
            _other_child(officer_kin, text[max(0, (at := text.find(best[3])) - 1):at + len(best[3])]):
        pass   # "我二儿子…当辅警，我大儿媳…": his brother's wife, an in-law
    elif through and through[0] == "child" and best[2] == "in_law" and re.search(r"儿媳|女婿", best[3]):
        best = (_RANK[legal["spouse"]["ground"]], best[1], "spouse", best[3])   # "俺儿媳妇…派出去的就是俺儿": his wife
    elif through and through[0] and (through[0], best[2]) in THROUGH_OFFICER:
        # "俺老公在新浦派出所当辅警…俺爸跟邻居吵起来": the asker's father is the officer's father-in-law
        best = (_RANK[legal[THROUGH_OFFICER[(through[0], best[2])]]["ground"]], best[1],
                THROUGH_OFFICER[(through[0], best[2])], best[3])
    at = text.find(best[3])
    if best[2] not in _SELF_SPOKEN and at > 0 and _CLAIMED.search(re.split(r"[，。？！]", text[:at])[-1]) and \
            phrases.any_in(text[at:], words("relations", "none")):
        return RelationReading("none", best[3])   # "他套近乎说他是我表哥的同学。我从来没见过他": a claim, denied
    weak = [w for w in words("relations", "weak_denials") if best[2] != "neighbour" or
            w not in words("relations", "weak_denials_not_of_a_neighbour")]
    if best[2] in ("neighbour", "acquaintance") and phrases.any_in(text, weak):
        return RelationReading("none", best[3])   # a neighbour known only by sight is no tie to a party
    if best[2] == "neighbour" and at >= 0 and _UNKNOWN_AFTER.match(text[at + len(best[3]):]):
        return RelationReading("none", best[3])   # "报警的人跟我一个小区，不认识": a neighbour by address only
    if best[2] == "acquaintance" and re.search(r"的", best[3]) and phrases.any_in(text, words("relations", "none")):
        return RelationReading("none", best[3])   # "就是同事的妈，我跟她一点关系都没有": someone else's kin, no tie of mine
    # the reporter alone, every other tie denied: rules/data/relations.yaml says what that is
    alone = legal[best[2]].get("if_every_other_tie_denied")
    if alone and all(f[2] == best[2] for f in found) and not phrases.any_in(text, words("relations", "hedges")):
        denial = phrases.first(text, words("relations", "denies_every_tie")) or \
            (phrases.first(text, words("relations", "seen_strangers")) or phrases.first(text, words("relations", "reporter_no_stake"))
             if best[2] in ("reporter", "tie_witness", "tie_reporter") else None)
        if denial:
            return RelationReading(alone, f"{best[3]}；{denial.phrase}")
    return RelationReading(best[2], best[3])


def _daughter(word: str) -> bool:
    """A word for a child that says a daughter ("女儿", "闺女", "幺女"), not a son ("儿子", "小子")."""
    return bool(re.search(r"女|闺|姑娘|丫头", word))


def _in_text_order(text: str, officer_kin: set[str]) -> list[str]:
    """The officer's kin words as first named in ``text`` (a set's order is no order); a word whose first naming
    overlaps a longer one ending later is not the head ("我儿" of "我儿媳妇").

    >>> _in_text_order("我儿媳妇在派出所当辅警，来的是我儿媳", {"我儿", "儿媳妇", "儿媳"})
    ['儿媳妇']
    >>> _in_text_order("我老公在派出所当辅警，我哥也是辅警", {"我哥", "老公"})
    ['老公', '我哥']
    """
    at = {w: text.find(w) for w in officer_kin if w in text}
    heads = [w for w in at if not any(o != w and at[o] < at[w] + len(w) and at[w] < at[o] + len(o) and
                                      at[o] + len(o) > at[w] + len(w) for o in at)]
    return sorted(heads, key=lambda w: (at[w], -len(w), w))


def _other_line(text: str, officer_kin: set[str], grandchild: str) -> bool:
    """A grandchild of the teller through another child than the officer (the one named first): a son's 外孙 (his
    sister's child) or a daughter's 孙子 (her brother's child)."""
    named = [(text.find(w), w) for w in officer_kin if w in text]
    if not named:
        return False
    officer = min(named)[1]
    son = re.search(r"儿子|小子|儿$", officer) is not None and "女" not in officer
    daughter = re.search(r"女儿|闺女|姑娘", officer) is not None
    return son and "外孙" in grandchild or daughter and re.search(r"(?<!外)孙", grandchild) is not None


def _other_child(officer_kin: set[str], in_law: str) -> bool:
    """The in-law is told by another birth order than the officer ("大儿媳" beside "二儿子")."""
    order = re.search(r"[大二三四小幺]", in_law)
    theirs = {m.group() for w in officer_kin for m in [re.search(r"[大二三四小幺]", w)] if m}
    return order is not None and bool(theirs) and order.group() not in theirs


def _kin_business(text: str, kept: list, keyed: list, near: tuple = NEAR_TIES) -> list[tuple[int, int, str, str]]:
    out = []
    for key, h in keyed:
        if h not in kept or key not in vocabulary("relations")["kin"] or \
                not (h.phrase.startswith("我") or re.search(r"我(的|家)?$", text[max(0, h.start - 2):h.start]) or
                     _opens_message(text, h)):   # "我在赣榆当辅警，老婆在镇上开了个小店": the teller's own
            continue
        if not business_harmed(text[h.end:], text[:h.start]):
            continue
        # "我…业余跟我对象开了个烧烤摊": kept with the user, the user's own stake whoever the partner is
        jointly = re.search(r"(跟|和|同)(我|俺)?(的|家)?$", text[max(0, h.start - 3):h.start]) and \
            re.match(r"^(一起|合伙|一块|一块儿|两个人)?(开|摆|经营|承包|合开)", text[h.end:])
        tie = "interest" if key in near or jointly else key
        out.append((_RANK[vocabulary_legal()[tie]["ground"]], -h.start, tie, text[h.start:h.end]))
    return out


def vocabulary_legal() -> dict:
    """How each tie reads against the grounds of 回避 (rules/data/relations.yaml)."""
    from ..rules.recusal import relations

    return relations()["relations"]


"""An applicant's facts as a question tells them: records with their holder, negation and statutory
qualifier; education with its qualifier (read by :mod:`assistant.applicant`, as a form field or a CSV cell
is); priority facets; nationality. Vocabulary: ``records.yaml``, ``education.yaml``, ``priority.yaml``.

- **Whose fact.** The nearest holder before a record ("我爸以前有吸毒史") decides: a relative's record
  is kept, marked as someone else's, and never becomes the applicant's; "我自己没有" right after denies
  it for the applicant.
- **Negation.** A negation just before the record ("没有吸毒史", "从没被拘留") denies it; it carries
  across a cause and over a list in its clause ("没因违法违纪被辞退开除或解除合同", "没有刑事处罚、在办案件、
  拘留、吸毒这些情况"), not over a "但".
- **Qualifier.** The record's clause and its neighbours (or its whole sentence, where the data says the
  story goes on: a case later withdrawn, a job named before it was left) are read for the value the
  texts' tests turn on (因违法违纪 or 协商解除; 受过处罚 or 批评教育; 失信 依法列入 or a paid-off debt;
  still open or 撤案…); each value sets the canonical record keys of ``rules/profile.py`` as the data
  file says. A fact that misses the qualifier is not that record. A word that shows a phrase names
  something else (``not_with``: "涉嫌") counts in its own list item only.

>>> from assistant.understand.clauses import split
>>> r = read_records(split("我爸以前有吸毒史，我自己没有"))
>>> [(f.reading, f.holder, f.value) for f in r]
[('drug', 'other', 'unknown'), ('drug', 'applicant', 'negated')]
>>> record_values(r)
{'drug_history': False}
>>> record_values(read_records(split("没因违法违纪被辞退开除或解除合同")))["dismissed"]
False
>>> read_education("大专在读，明年毕业")
EducationFact(level='高中', words='大专在读', incomplete=True, unfinished='大专')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .. import phrases
# one reading of education for questions, forms and CSV files (assistant/applicant.py)
from ..applicant import EducationFact, read_education  # noqa: F401
from ..rules.profile import RECORD_KEYS
from .clauses import Clause
from .lexicon import vocabulary, words

# ("不涉黄赌毒", "不沾赌": not involved in it)
_NEGATION = re.compile(r"(谈不上|说不上|查不到|查不出来|查不出|查无|没有|没|无|未|从未|不曾|从没|并无|并没有|不是|未曾|从来没|从来没有|也没|也没有|不存在|不在|不属于|并非|否认|不算|不构成|构不成|够不上|不涉及|不涉|不沾)"
                       r"[^，。,；;！？]{0,5}$")
_NEGATORS = ("谈不上", "说不上", "查不到", "查不出来", "查不出", "查无", "从来没有", "从来没", "并没有", "也没有", "没有", "不存在", "不属于", "从未", "不曾", "从没", "并无", "不是", "未曾", "也没",
             "并非", "否认", "没", "无", "未", "不涉及", "不涉", "不沾")
# what may stand between a negation and the record it denies in a list ("没有任何违法犯罪、拘留、嫖赌毒记录");
# list words naming a record too vaguely to be one on its own ("开除", "严重失信") are records.yaml `list_words`
# (…or the check that found none: "没查到违法违纪或者失信记录", "未发现犯罪、拘留记录", "本人查不到任何违法犯罪记录")
_LIST_FILLER = re.compile(r"查出来|查出|查到|发现|以及|或者|任何|哪个|哪家|哪一个|进过|上过|进入过|被列入|被纳入|列入过|列入|纳入|受过|曾经|因为|违纪|违法|违规|严重|行政|刑事|司法|治安|辅警|合同期内|合同期间|合同期|期内|期间|警务辅助工作|什么|一切|其他|别的|单位|公司|记录|行为|问题|情况|这些|这种|"
                          r"之类|等等|[、和或及与跟也都还曾被过有的因等]")
# the cause between a negation and the records it denies ("没因违法违纪被辞退、开除", "没有因为打架受过处罚"):
# the negation carries across it to the records
_CAUSE = re.compile(r"^(?:有|曾|曾经|过)?(?:因为|因|由于)[^，。,；;、]{0,14}?(?=被|受|而|遭|$)")
# the rule quoted ("条例上说有吸毒史的不能招", "规定里写了被开除的不得录用"): no one's record
_RULE_QUOTE = re.compile(r"(条例|规定|办法|文件|政策|招聘公告|公告)(上|里|中)?(说|写|讲|规定|要求|列的|列了|列出)|"
                         # "不得录用那条只写了行政拘留、司法拘留": what an article lists, no one's record
                         r"(那条|那一条|这条|这一条|那项|这项|那款)(里|上|中)?(只|就|也|都|明明)?(写了|写的|列了|列的|说了|说的|规定了|讲了|提了|是)|"
                         # "按第十条有吸毒史那一项": an item of an article named by its words, no one's record
                         r"第[一二三四五六七八九十百0-9]+条[^，。？！]{0,12}(那一项|这一项|那项|这项|那一款|这一款|那款|这款)|"
                         # "听说有吸毒史的不准招": a rule heard of, no fact of anyone
                         r"的(都)?(肯定|一律|绝对|都)?(不能|不准|不得|不让|不予|不许|不)(招|录用|录取|录|报名|报考|报|当|要|收|聘用|聘)|"
                         # "有人说受过刑事处罚就不能招": a rule someone states, no fact of anyone
                         r"就(不能|不准|不得|不让|不予|不许)(招|录用|录取|录|报名|报考|报|当|要|收|聘用|聘)|"
                         # "听人说家里有人坐过牢政审过不了": what was heard of a vetting, no fact of anyone
                         r"^(听人说|听说|听别人说|听别个说|别个说|听人家说|有人说|人家说)[^，。？！]{0,16}(政审|审查)?(过不了|通不过|不让报|不能报|不能当|考不上|当不成|当不了|报不了|进不了)|"
                         # "家里有人吸毒的当不成辅警": a rule said of anyone so placed
                         r"的(都)?(当不成|当不了|报不了|进不了|考不了|干不了)")
# "啥子处分、案底都没得", "拘留也没有": a denial after the record (and after a list it ends), or what the
# applicant does not touch ("黄赌毒一样都不沾")
# ("严重失信名单上也没有": the list named, then not on it)
# ("别的案底、失信、被单位开除辞退这些都说没有": denied in the applicant's own words)
_DENIED_AFTER = re.compile(r"^([、和跟及或][^，。；！？、]{1,8}?)*(的)?(名单|系统)?(上|里|里面|中)?(记录|的事|这些|这种事)?(都|也|一概|全都|从来|一样都|一样也|一个都)(说|讲|表示|称|交代)?(没有|没|无|不沾|没沾|不碰|没碰)|"
                           # "赌博嫖娼吸毒都没有": a list said without a mark between, then denied
                           r"^[^，。；！？、]{0,6}?(都|一概|全都)(没有|没|无|不沾|没沾)(过)?(?=[，。；！？、]|$)|"
                           # "失信名单我们也查了没有": checked, and none found
                           r"^[^，。；！？]{0,8}?(查了|查过|核查了|核实了|看了|查了一下)(也)?(没有|没|无)(?![^，。；！？]{0,2}(查|看|核))|"
                           # "失信名单也查了是干净的", "犯罪记录查过了没问题": checked, and found clean
                           r"^[^，。；！？]{0,8}?(查了|查过|核查了|核实了|看了|查了一下)(一下)?(过)?(了)?(也|都)?(是)?(干净的?|干干净净|清白的?|没问题|没有问题|没啥问题|正常)(?=[，。；！？、]|$)")
# a form's field answered no ("违法犯罪记录：无", "拘留记录 没有", "犯罪记录一栏本人填“无”")
_FIELD_NO = re.compile(r"^(的)?(记录|情况|史)?\s*(一?栏)?\s*[：:]?\s*(本人|他|她|自己)?(填的?是?|写的?是?|填了|写了|勾的?是?|勾了|"
                       # "失信也查过了没有": checked, and none
                       r"(也|都)?(查过了?|核过了?|查了|核了|核实过了?|查询过了?)[，,]?)?\s*"
                       r"[“\"'‘「]?(无|没有|否)[”\"'’」]?(过|有过)?(?=$|[\s，。；！？｜|、,;])")   # ("行政拘留没有过")


def _field_no(clauses, ci: int, end: int) -> bool:
    """The record's field is answered no, in its clause or — the field's colon splits clauses — in the next one
    of the same sentence ("违法犯罪记录：本人填“无”")."""
    rest = clauses[ci].text[end:]
    if _FIELD_NO.match(rest):
        return True
    return (re.fullmatch(r"(的)?(记录|情况|史)?\s*(一?栏)?\s*", rest) is not None and ci + 1 < len(clauses)
            and clauses[ci + 1].sentence == clauses[ci].sentence and _FIELD_NO.match(clauses[ci + 1].text) is not None)


# "开个无犯罪记录证明去报辅警": a certificate named, no record told
_CERTIFICATE = re.compile(r"无(违法)?犯罪记录证明")
# …but one already obtained is the record denied ("无犯罪记录证明开了", "已经开了无犯罪记录证明")
_CERTIFICATE_HELD = re.compile(r"无(违法)?犯罪记录证明(也|都)?(已经)?(开了|开好了|开出来了|开到了|拿到了|拿了|办了|办好了|交了|有了|也有|没问题)|"
                               r"(开了|开好了|开出来了|拿到了|已经开了|有|交了)(一份|个|张)?无(违法)?犯罪记录证明")


def _certificate_held(text: str) -> str:
    """"无犯罪记录证明开了" read as the denial it proves ("无犯罪记录")."""
    return _CERTIFICATE_HELD.sub(lambda m: "无违法犯罪记录" if "违法" in m.group() else "无犯罪记录", text)
# "检察院还没决定起诉不起诉": a decision not yet taken, said in A-not-A form — read as "是否要起诉", no decision
_UNDECIDED = re.compile(r"(起诉|立案|处罚|拘留|判刑|追究)[不没]\1")
# someone's question reported, the record its first words ("他问“拘留过是不是就报不了”", "家长问我吸过毒的能不能报")
_REPORTED_ASK = re.compile(r"(?<![疑询审])问(我|我们|过|了)?[：:]?['‘“\"「]?[^，。？！'’”\"」]{0,4}$")
_ASK_AFTER = re.compile(r"是不是|能不能|会不会|可不可以|算不算|行不行|还能|吗|么|[？?]")
# a question about the record itself ("这算擅自离职吗") states no fact
_ASKS_ABOUT = re.compile(r"(算|属于|是不是|这个|这种|这样的|会不会|影响|哪些|哪种|什么情况|啥情况|什么情形|啥子情况)")


@dataclass(frozen=True)
class RecordFact:
    """One record told in the question."""

    reading: str                 # the reading of records.yaml ("drug", "dismissal" …)
    words: str                   # the user's words naming it
    holder: str                  # "applicant" | "other"
    holder_words: str
    value: str                   # a qualifier value, "unknown", or "negated"
    qualifier_words: str = ""
    effects: dict = field(default_factory=dict)   # record key → True / False
    label: str = ""


# a sentence opening with someone else of the family ("他哥现在还在…", "我弟…"): what follows is theirs
_OTHERS_SENTENCE = re.compile(r"^(他|她|我|俺)(家)?(的)?(哥|姐|弟|妹|爸|妈|父亲|母亲|老婆|老公|媳妇|儿子|女儿|叔|舅|姨|姑|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹)")


def _readings() -> dict:
    return vocabulary("records")["readings"]


# "我老公…他现在想考重庆的辅警", "我表妹…现在回重庆了，想考个文职", "帮我妹儿问哈：她27岁…": the relative or friend
# asked for is the applicant, and what is told of them is the applicant's
_APPLIES = re.compile(r"(想|准备|打算|想要|还想|也想|又想|能不能|能否|可以|还能)(先|也|就|马上|赶紧)?(再|重新)?(辞职|辞了工作|辞掉工作|辞了职)?((去|来|回来)[^，。？！考报]{0,8}?|在[^，。？！]{0,8})?"
                      r"(考|报|应聘|报名|当辅警|干辅警|(当|干|做)(勤务|文职)辅警|参加招聘)|"
                      # "…现在30岁大专，能干沙坪坝的文职辅警不": whether they can be one, asked of them
                      r"能(干|当|做)[^，。？！]{0,8}?(文职|勤务)?辅警(不|吗|么|没)")
# "我对象以前被行拘过，能考重庆辅警不": whether they may apply, asked bare after a relative of the user's age (not a
# parent's record told before the user's own question: "我爸以前吸过毒，能考辅警不")
_APPLIES_BARE = re.compile(r"能(考|报)[^，。？！]{0,8}?(文职|勤务)?(辅警|协警)(不|吗|么|没|啵)")
_PEERS = ("spouse", "partner", "sibling", "cousin", "friend", "classmate", "child")


def _kin_of(word: str) -> str | None:
    """The tie of relations.yaml a kin word names ("对象" → partner), or None."""
    bare = re.sub(r"^(我|俺)(家)?(的)?", "", word)
    return next((t for t, ws in vocabulary("relations")["ties"].items() if bare in ws or "我" + bare in ws), None)


_SELF_APPLIES = re.compile(r"(我|本人)(自己)?(也|还|现在|今年|明年)?(想|准备|打算|要)(去|在[^，。？！]{0,8})?(考|报|应聘|报名)")
# "他能报重庆的辅警吗": a bare 能 after the pronoun of the relative told before
_THIRD_APPLIES = re.compile(r"(他|她)(现在|今年|明年|也|还|就|一直|又)?(" + _APPLIES.pattern + r"|能(再|重新)?(去|来)?(考|报|应聘|报名))|"
                            # "会不会连累我女儿，让她报不了辅警": the hiring feared for 他/她
                            r"(他|她)(就|会|也)?(报不了|报不成|报不上|考不了|考不成|考不上|不能报|不能考|没法报|没法考|当不了|当不成|进不了)|"
                            r"(想|要|准备|打算)(让|叫)(他|她)(去|来)?(考|报|应聘|报名)|"   # "家里想让他去考辅警"
                            # "…连云港还能招他不", "单位会不会录用她": the unit hiring the relative told of
                            r"(能|还能|可以|还可以|会|还会|肯|愿意)(不能|不会)?(再)?(招|录用|录取|聘用|聘|收)(他|她)(?![们的])|"
                            # "巴南这边在招勤务辅警，他这个时候去报名过得了不", "她想去试一哈": going to apply, told of 他/她
                            r"(他|她)(这个时候|这时候|这会儿|现在|今年|明年)?(再|还|也)?(去|来)(报名|报考|应聘|考)|"
                            r"(他|她)(也|还|就)?(想|准备|打算)(去|来)?(试一哈|试一下|试试|试一试|碰碰运气)|"
                            # "…被立案了，现在取保候审还没判，他报了东海县的辅警": the application already made
                            r"(他|她)(已经|也|还|都)?(报了|报名了|报考了|应聘了|报上了|去报了)[^，。？！]{0,10}(辅警|协警)")
_ASKS_FOR = re.compile(r"(帮|替|给|代)(我)?$")
# the user's own age, schooling or clean record, told before a relative is named
_SELF_FACTS = re.compile(r"(我|本人)(今年|现年|现在)?[0-9一二三四五六七八九十]{2,3}(岁|周岁)?(?=[，,。\s]|$)|"
                         r"(我|本人)[^，。？！\s]{0,6}毕业|(我|本人)?自己[^，。？！\s]{0,6}(没有|没得|莫得|清白|干净)|"
                         # "今年25，大专毕业。我爸…": facts with no subject open the message, the user's own
                         r"^(我|本人)?(今年|现年)?[0-9一二三四五六七八九十]{2,3}(岁|周岁)?[，,。\s]")


@lru_cache(maxsize=256)   # read once per question by the records, nationality and health readers
def _applies_in_sentence(rest: str) -> bool:
    """The sentence that ``rest`` opens goes on to the applying, with no 我 before it."""
    sentence = re.split(r"[。？！?!]", rest, maxsplit=1)[0]
    m = _APPLIES.search(sentence)
    return m is not None and "我" not in sentence[:m.start()]


# what holds an applicant back ("影响", "连累"), and the applying that follows the one held back ("考辅警", "以后想报辅警")
_HOLDS_BACK = r"(影响|连累|耽误|拖累|牵连|影响到|害了)"
_TO_APPLY = r"(以后|将来)?(想|要|准备)?(考|报|应聘|报名|当|干)[^，。？！]{0,6}(辅警|协警)"
# (…the one held back by a one-character kin word after 我: "会影响我弟考辅警不")
_HELD_BACK_SHORT = re.compile(_HOLDS_BACK + r"(我|俺)(?P<kin>弟|哥|姐|妹|儿|女|娃)" + _TO_APPLY)


def applicant_kin(text: str) -> str:
    """The relative or friend the question is asked for, when they are the applicant ("" when the user is)."""
    if _SELF_APPLIES.search(text):
        return ""
    others = _holders()["other"]
    # "女儿32岁，本科，想报万州的文职辅警": a kin word alone opening the message is who it is about
    # (…or opening a clause, said right before the applying: "我是渝中区的，幺女想报今年区上的文职辅警")
    # "我坐过牢影响儿子考辅警吗": the one a fact of the user's may hold back from applying
    held_back = [h for h in phrases.hits(text, _bare_kin())
                 if re.search(_HOLDS_BACK + "$", text[:h.start]) and re.match(_TO_APPLY, text[h.end:])]
    if held_back:
        return held_back[0].phrase
    # ("我被判过刑 会影响我弟考辅警不")
    short = _HELD_BACK_SHORT.search(text)
    if short:
        return short.group("kin")
    opening = [h for h in phrases.hits(text, _bare_kin())
               if h.start == 0 or text[h.start - 1] in "，,。 " and _APPLIES.match(text[h.end:h.end + 16])][:1]
    # (…or opening a sentence that goes on to the applying: "…评了烈士。儿子今年23，警校大专毕业，想报东海县的勤务辅警")
    opening = opening or [h for h in phrases.hits(text, _bare_kin())
                          if text[h.start - 1:h.start] in ("。", "！", "？", "\n") and _applies_in_sentence(text[h.end:])][:1]
    for h in opening + [h for h in phrases.hits(text, others) if not opening or h.start >= opening[0].end]:
        if _SELF_FACTS.search(text[:h.start]):
            return ""     # "我26，高中毕业，自己啥事都没有。…我舅舅坐过牢，想报…": the user told their own facts first
        if h.phrase.startswith(("他", "她")) or text[max(0, h.start - 1):h.start] in ("他", "她"):
            continue      # "他爸", "他老汉": the applicant's relative, not the applicant
        if re.search(r"(跟|和|同|与|陪)(几个|一些|两个|一帮|一群)?$", text[:h.start]):
            continue      # "我跟几个朋友打麻将": a companion, not the one applying
        if re.match(r"[他她](爸|妈|爹|娘|爷|奶|哥|姐|弟|妹|舅|叔|姨|姑)", text[h.end:]) or \
                re.search(r"的?[他她]?(爸|妈|爹|娘|老汉|爸爸|妈妈|父亲|母亲)$", h.phrase) and re.match(r"(孩子|娃)", h.phrase):
            continue      # "孩子他爸…", "娃儿他老汉": the relative's relative named, not the relative
        rest = text[h.end:]
        chained = phrases.first(rest[1:8], _bare_kin()) if rest.startswith("的") else None
        if chained is not None and chained.start == 0:
            # "我老公的弟弟…他现在想考辅警": the relative named through another is the one told of
            h = phrases.Hit(h.phrase + "的" + chained.phrase, h.start, h.end + 1 + chained.end)
            rest = text[h.end:]
        if h.start > 0 and text[h.start - 1] in "大小二三老幺" and h.phrase[:1] not in "我他她俺":
            # "小儿子今年22…想报": the child told by birth order is that child, not "儿子" of any order
            h = phrases.Hit(text[h.start - 1] + h.phrase, h.start - 1, h.end)
        if _ASKS_FOR.search(text[max(0, h.start - 3):h.start]) and re.match(r"[^，。？！]{0,3}问", rest):
            return h.phrase                     # "帮我妹儿问哈"
        sentence = re.split(r"[。？！?!]", rest, maxsplit=1)[0]
        m = _APPLIES.search(sentence) or (_APPLIES_BARE.search(sentence) if _kin_of(h.phrase) in _PEERS else None)
        if m and "我" not in sentence[:m.start()]:
            # "我大儿子以前吸毒…，小儿子想报重庆的辅警": another relative, named right before, is who applies
            subject = phrases.last(sentence[:m.start()], _bare_kin())
            # (…a child told by birth order opening a clause: "我大儿以前…判过刑，…，小儿今年26，…想报")
            ordered = [x.group(1) for x in re.finditer(r"(?:^|[，,。；;])([大小二三幺](?:儿子|女儿|儿|女))", sentence[:m.start()])]
            if ordered and not h.phrase.endswith(ordered[-1]):
                return ordered[-1]
            # (…or opening a clause of its own: "我大儿子以前吸过毒，…，小儿子今年22，高中毕业，想报…")
            opens = subject is not None and (subject.start == 0 or sentence[subject.start - 1] in "，,。；;") or \
                subject is not None and subject.start > 0 and sentence[subject.start - 1] in "大小二三老幺" and \
                (subject.start == 1 or sentence[subject.start - 2] in "，,。；;")
            if subject is not None and (subject.end >= m.start() - 2 or opens) and not _same_person(h.phrase, subject.phrase):
                if subject.start > 0 and sentence[subject.start - 1] in "大小二三老幺":
                    return sentence[subject.start - 1] + subject.phrase
                return subject.phrase
            return h.phrase                     # "我表妹…，现在回重庆了，想在南岸区考个文职辅警"
        third = _THIRD_APPLIES.search(rest)
        if not third:
            # "我儿子在国企上班，…。他29岁，大专，想辞职报合川的勤务辅警": a sentence of 他 that applies
            third = next((m for m in re.finditer(r"(?:^|[。？！?!])\s*[他她][^。？！?!]*", rest)
                          if _APPLIES.search(m.group()) and "我" not in m.group()), None) or \
                next((m for m in re.finditer(r"(?:^|(?<=[。？！?!]))[^。？！?!]*", rest)
                      # "…。这回区里招勤务辅警，他是退役军人不是优先嘛": the hiring told, then 他 in its sentence
                      if _HIRING_NOW.search(m.group()) and re.search(r"[，,](他|她)", m.group()) and "我" not in m.group()), None)
        if third:
            # (…the relative's own relatives, "他表哥", are no one else who could apply: "他表哥…表哥判了一年")
            between = [x for x in phrases.hits(rest[:third.start()], [w for w in others if not _same_person(h.phrase, w)])
                       if not x.phrase.startswith(("他", "她")) and rest[max(0, x.start - 1):x.start] not in ("他", "她")
                       and "他" + x.phrase not in rest[:x.start] and "她" + x.phrase not in rest[:x.start]]
            if not between:
                return h.phrase                 # "我朋友是加拿大国籍…。他想报辅警文职岗": no one else named between
        return ""                               # the first relative named is not the applicant
    return ""


# a hiring going on now ("这回区里招勤务辅警", "今年县局招聘辅警")
_HIRING_NOW = re.compile(r"(这回|这次|今年|最近|马上|现在)[^，。？！]{0,6}招(聘|录|人)?[^，。？！]{0,4}(勤务|文职)?(辅警|协警)")
_NAMED_APPLICANT = re.compile(r"应聘者|应聘人|该生|考生|本人|自己|(有个|有一个|一个)[^，。？！]{0,8}(应聘|报名|报考)")


def _same_person(kin: str, words_: str) -> bool:
    # ("孩子没违法犯罪" of the son asked for: 孩子 is how a parent says it again)
    child = ("儿子", "女儿", "闺女", "儿", "女", "幺儿", "幺女")
    return bool(kin) and (words_ == kin or kin.endswith(words_) or words_.endswith(kin) or
                          words_ in ("孩子", "娃", "娃儿", "小孩", "这孩子") and kin.endswith(child))


def _holder(clauses: list[Clause], ci: int, start: int, kin: str = "") -> tuple[str, str]:
    """Who the fact at ``start`` of clause ``ci`` belongs to: the nearest holder before it in the
    clause, else the holder of the clause before (same sentence), else the applicant; the relative the
    question is asked for (``kin``, :func:`applicant_kin`) is the applicant."""
    kind, words_ = _holder_words(clauses, ci, start)
    if kind == "other" and _same_person(kin, words_):
        return "applicant", words_
    if kind == "other" and words_ in _bare_kin() and words_ not in vocabulary("records")["holders"]["other"] and not kin:
        # a kin word alone is someone else only once the applicant is known to be another ("我27岁…父亲吸过毒");
        # "孩子27岁，以前…" is still the one asked for
        earlier = "，".join(c.text for c in clauses[:ci]) + "，" + clauses[ci].text[:start]
        if not (_SELF_FACTS.search(earlier) or _SELF_APPLIES.search(earlier) or _NAMED_APPLICANT.search(earlier)):
            return "applicant", words_
    if kin and kind == "applicant" and words_ in ("我", "我自己", "我本人", "俺"):
        return "other", words_   # "我儿子想考…我年轻时候吸过毒": the one asking is not the applicant
    if not kin and kind == "applicant" and words_ in ("他", "她"):
        # "我22岁…想报璧山的勤务辅警。我哥涉嫌诈骗…他那个案子还没结": the user applies, so 他 is the
        # relative told before, not the applicant
        earlier = "，".join(c.text for c in clauses[:ci]) + "，" + clauses[ci].text[:start]
        if (_SELF_FACTS.search(earlier) or _SELF_APPLIES.search(earlier)) and phrases.any_in(earlier, _holders()["other"]):
            return "other", words_
    return kind, words_


# the kin words of relations.yaml that name one relative ("他亲哥", "她小姨子" are someone else, not 他)
_KIN_TIES = ("spouse", "parent", "child", "sibling", "cousin", "uncle_aunt", "in_law", "grandparent", "grandchild",
             "godkin", "partner")


@lru_cache(maxsize=1)
def _holders() -> dict[str, tuple[str, ...]]:
    """The holder words of records.yaml; a kin word of relations.yaml after 他/她/我/俺 (or 亲 + it) is
    someone else too, so that a relative need not be listed twice."""
    ties = vocabulary("relations")["ties"]
    kin = {w for t in _KIN_TIES for w in ties[t] if len(w) > 1 and not w.startswith(("我", "俺"))}
    kin |= {"亲" + w for w in kin if not w.startswith("亲")}
    other = set(vocabulary("records")["holders"]["other"]) | {p + w for p in ("他", "她", "我", "俺", "你") for w in kin}
    # "他大哥", "她二姐": a sibling told by birth order is someone else too (alone, 大哥 is how strangers are called)
    other |= {p + o + w for p in ("他", "她", "我", "俺") for o in "大二三四小" for w in ("哥", "姐", "弟", "妹")}
    # "他二舅", "俺大姨", "她幺叔": an uncle or aunt told by birth order is someone else too
    other |= {p + o + w for p in ("他", "她", "我", "俺") for o in "大二三四小幺" for w in ("舅", "叔", "姨", "姑", "伯", "爷", "娘")}
    # "我大儿以前因为偷东西判过刑…小儿今年26": a child told by birth order is someone else than the one asked for
    other |= {p + o + w for p in ("我", "俺") for o in "大二三小幺" for w in ("儿", "女", "儿子", "女儿")}
    # "俺弟今年21…", "你爸坐过牢": a one-character kin word after the pronoun is someone else too
    other |= {p + w for p in ("他", "她", "我", "俺", "你") for w in ("哥", "姐", "弟", "妹", "爸", "妈", "舅", "叔", "姨", "姑", "爷", "奶")}
    return {"applicant": tuple(sorted(vocabulary("records")["holders"]["applicant"], key=len, reverse=True)),
            "other": tuple(sorted(other, key=len, reverse=True))}


@lru_cache(maxsize=1)
def _bare_kin() -> tuple[str, ...]:
    """The kin words of relations.yaml said alone ("女婿", "他媳妇" without 他): a subject only where they open a clause."""
    ties = vocabulary("relations")["ties"]
    return tuple(sorted({w for t in _KIN_TIES for w in ties[t] if len(w) > 1 and not w.startswith(("我", "俺", "他", "她"))},
                        key=len, reverse=True))


def _holder_words(clauses: list[Clause], ci: int, start: int) -> tuple[str, str]:
    holders = _holders()
    c = clauses[ci]
    # "他爸（我老丈人）…": an apposition in brackets names the same person again, it holds nothing of its own
    before = re.sub(r"（[^）]*）|\([^)]*\)", lambda m: " " * len(m.group()), c.text[:start])
    best = None
    for kind, ws in holders.items():
        # "帮朋友打架被判…": a person after a preposition is not who the fact belongs to
        # (…nor one who led the applicant into it, "耍朋友带起吸过一回K粉": 耍朋友 is 重庆话 for going out together)
        found = [h for h in phrases.hits(before, ws)
                 if not re.search(r"(帮|给|跟|和|替|为|对|同|与|陪|带|打|耍|交)(几个|一些|两个|几位|俩|一帮|一群|家里)?$", before[:h.start])
                 # (…nor whose case was handled: "因为办他朋友的案子没有回避被辞退了")
                 and not (re.search(r"(办|办理|处理|经手|查办|插手|管)(他|她|我|俺)?$", before[:h.start]) and before[h.end:h.end + 1] == "的")
                 and not (kind == "other" and re.match(r"(带起|带着|带头|带|拉着|喊起|叫起|怂恿|教唆)", before[h.end:]))
                 # (…nor whose home it happened in: "在朋友家打麻将赌钱")
                 and not (re.search(r"(在|去|到|上)$", before[:h.start]) and before[h.end:h.end + 1] in "家那屋")]
        h = max(found, key=lambda x: (x.end, x.end - x.start)) if found else None
        if h and (best is None or (h.end, h.end - h.start) > (best[1].end, best[1].end - best[1].start)):
            best = (kind, h)
    # "女婿以前有吸毒史": a kin word with no 他/我 before it, opening the clause, is its subject
    lead = _CONNECTIVE.match(before)
    at = lead.end() if lead else 0
    bare = [h for h in phrases.hits(before, _bare_kin()) if h.start == at]
    if bare and (best is None or best[1].end <= bare[0].end):
        best = ("other", max(bare, key=lambda x: x.end - x.start))
    if best:
        return best[0], best[1].phrase
    # the longest holder opening a clause before in the sentence ("我老汉…" is the father, not "我"); a
    # clause with no subject of its own goes on with the one before ("他爸十几年前吸毒被抓过，还被行政拘留了")
    back = ci - 1
    while back >= 0 and clauses[back].sentence == c.sentence and ci - back <= 3:
        prev = clauses[back]
        lead = _CONNECTIVE.match(prev.text)
        at = lead.end() if lead else 0
        # …or the kin after "我" ("我外甥在灌南当过两年辅警": 外甥, not 我)
        opening = [(len(h.phrase), kind, h.phrase) for kind, ws in holders.items()
                   for h in phrases.hits(prev.text, ws)
                   if h.start == at or prev.text[at:at + 1] in "我俺" and
                   prev.text[at + 1:h.start] in ("", "一个", "的", "家", "有个", "有一个")]   # "我一个朋友…"
        opening += [(len(h.phrase), "other", h.phrase) for h in phrases.hits(prev.text, _bare_kin()) if h.start == at]
        if opening:
            _, kind, phrase = max(opening)
            # "但是他自己说他老汉儿十几年前因为盗窃判过刑，坐了两年牢": who only tells it opens the clause — the one the
            # telling is about holds what goes on
            said = re.match(re.escape(phrase) + r"(也|还|就)?(说|讲|交代|承认|告诉我)", prev.text[at:])
            # (…right after the telling: not "他说要跟朋友去昆山进厂", a companion)
            told_of = [h for kind_, ws in holders.items() if kind_ == "other" for h in phrases.hits(prev.text, ws)
                       if said and at + said.end() <= h.start <= at + said.end() + 1]
            if told_of:
                return "other", told_of[-1].phrase
            return kind, phrase
        if not _GOES_ON.match(clauses[back + 1].text):
            break
        back -= 1
    return "applicant", ""


# a clause that goes on with the subject of the one before ("…，还被行政拘留了十五天")
_GOES_ON = re.compile(r"^(还|又|也|并且|而且|后来|然后|再|还被|又被|被|十|几|[0-9一二三四五六七八九两]+年)")


# "就是我老汉年轻时候吸过毒，被强制戒毒过": a connective before the holder opening a clause
# (…or an apposition naming the relative again: "就是她妈，也就是我前妻，前两年…被列入…")
_CONNECTIVE = re.compile(r"^(也就是|就是|但是|只是|不过|可是|而且|另外|还有|但|就)")


@lru_cache(maxsize=1)
def _negative_qualifiers() -> tuple[str, ...]:
    """The qualifier words that hold a negation of their own ("招呼都没打", "没办手续"): they say how, not that
    the record is denied."""
    return tuple(sorted({str(w) for r in _readings().values() for value in (r.get("qualifier") or {}).values()
                         if isinstance(value, list) for w in value if re.search("[没未无不]", str(w))}, key=lambda w: (-len(w), w)))


def _negated(clause: str, start: int, record_words: list[str]) -> bool:
    """A negation before the record in its clause, with only list words, other records and a cause between
    ("没有吸毒史", "从没被拘留", "没有任何违法犯罪、拘留、嫖赌毒记录", "没因违法违纪被辞退开除或解除合同")."""
    if clause[:start].endswith("非"):
        return True   # "非失信联合惩戒对象": not one
    if re.search(r"(从来不|从不|也不|都不|不)$", clause[:start]) and re.match(r"(吸|赌|嫖|碰)", clause[start:]):
        return True   # "不吸毒", "从不赌博": a habit denied
    window = clause[max(0, start - 8):start]
    # "跟谁都没说就不去上班了": a negated manner closed by 就 says how it was done, it denies nothing after it
    # (…"没等单位批就不去上班了": the manner said at length)
    manner = re.search(r"(没|没有|不)[\u4e00-\u9fff]{0,5}就$", window)
    if manner:
        window = window[:manner.start()] + "□" * (len(window) - manner.start())
    # "干了一年半招呼都没打就不来上班了": the negation of a qualifier is no denial of the record
    for w in [w for w in record_words if re.search("[没未无]", w)] + list(_negative_qualifiers()):
        if w in window and any(n in w for n in ("没", "未", "无")):
            window = window.replace(w, "□" * len(w))   # "合同没到期一声不吭就走了": 没 of a record is no denial
    if _NEGATION.search(window):
        return True
    before = clause[:start]
    neg = max(((before.rfind(n), n) for n in _NEGATORS), key=lambda x: (x[0], len(x[1])))
    if neg[0] < 0 or start - neg[0] > 40:
        return False
    # ("没被开除或者因严重违纪被辞退过": 或者 joins the records before a list word can take its 或)
    gap = _CAUSE.sub("", before[neg[0] + len(neg[1]):].replace("或者", "、"), count=1)
    for w in sorted(set(record_words) | set(words("records", "list_words")), key=lambda w: (-len(w), w)):
        gap = gap.replace(w, "")
    return not _LIST_FILLER.sub("", gap).strip()


# "有没有案底", "有无前科", "是否有犯罪记录": the record asked after (its 没有 denies nothing)
_WHETHER_HAS = re.compile(r"(有没有|有没得|有莫得|有无|是否有|是不是有|有不有)[^，。？！有]{0,4}$")
# …or said to be not yet looked into ("犯罪、拘留这些我们还没开始查", "案底的事还不清楚")
_NOT_YET_CHECKED = re.compile(r"^[^，。？！]{0,12}?((还|都|也)?(没|没有|未|尚未|没来得及)(开始|去)?(查|核实|核查|调查|审查|政审|审核|问|了解|摸)|"
                              r"待查|待核实|(还|都|也)?(不清楚|不知道|说不准|不晓得|搞不清)|"
                              # "违法犯罪记录那几栏全空着没填": a form's field left blank says nothing
                              r"(那|这)?(几|一)?栏[^，。？！]{0,4}(空着|空的|没填|未填|没写|空白)|(全|都)?(空着|没填|未填)(?=[，。？！]|$))")
_SPELLED_OUT = re.compile(r"^(含|包括|包含|其中包括|比如|例如|像)")
_DENIAL_START = re.compile(r"(没有|无|未|从未|不曾|从没|并无)")


def _segment(clause: str, h: phrases.Hit) -> str:
    """The list item of ``clause`` the hit stands in ("没被追究过刑事责任、也没有涉嫌犯罪的案子": two items)."""
    start = clause.rfind("、", 0, h.start) + 1
    end = clause.find("、", h.end)
    return clause[start:end if end >= 0 else len(clause)]


# "也没打辞职报告", "没上失信名单（老赖名单）": a qualifier negated right before it is not said (a phrase that is
# itself a negation, "没办手续", starts with the negation and is not touched)
# (…"当时没给处罚", "也没被列进失信名单")
_NEGATED_BEFORE = re.compile(r"(没有|没|未|从没|从来没|也没|并没)(上|进|被|被列|被列进|列进|被列入|列入|打|写|交|递|办|进过|上过|给|给过|干过|当过|做过)?$|"
                             # "单位出了证明，不是因为违纪": the cause denied
                             r"(不是|并非|并不是|不是说)(因为|因|由于)?$|"
                             # "没有违法违纪的事": the pair denied together, the second word as well
                             r"(没有|没得|没|未|无|并无|不存在)(任何)?((违法|违规|违纪)(和|或|或者|、)?)?$")


# …or right after it ("辞职报告也没打", "手续都没办")
_NEGATED_AFTER = re.compile(r"(也|都|还|压根|根本)?(没有|没|未)(打|写|交|递|办|批|同意)")


def _hiring_spans(scope: str) -> list[tuple[int, int]]:
    """Where ``scope`` names an application ("报辅警"): words inside describe it, not a past job."""
    # "以前在淮安当辅警": a job held before is no application
    return [(h.start, h.end) for h in phrases.hits(scope, words("records", "application"))
            if not re.search(r"(以前|之前|原来|曾经|过去|前年|去年)[^，。？！]{0,6}$", scope[:h.start])
            # "有个应聘的前年在灌云县当辅警": the job held inside the span is no application
            and not re.search(r"以前|之前|原来|曾经|当过|干过|前年|去年|(当|干|做)辅警", scope[h.start:h.end])]


def _names_job(scope: str, said: list[str]) -> bool:
    """``scope`` names a job of ``said`` held, outside an application ("回头再去报海州区的辅警" names none held) and not
    gone to after ("去苏州进厂")."""
    hiring = _hiring_spans(scope)
    # (…nor where the person goes after leaving: "跟同学去苏州进厂")
    return any(not any(a <= h.start and h.end <= b for a, b in hiring) and not _GONE_TO.search(scope[:h.start])
               for h in phrases.hits(scope, said))


# where a person goes, said just before the job named ("跑苏州进厂"): not a job held
_GONE_TO = re.compile(r"(去|进|到|跑)[^，。？！]{0,4}$")


def _qualifier(reading: dict, scope: str, at: int = 0) -> tuple[str, str]:
    """The first qualifier value (in data order) whose phrases the scope holds, and the words; ``at`` is
    where the record stands in the scope. A phrase overlapping a longer one of another value is not found
    ("罚款" in "没罚款"). Of the values a reading lists as `latest`, only the one told last counts (a case's
    status: "取保候审，后来撤案了"); of those it lists as `nearest`, only the one named nearest to the record
    (the job left: "在派出所当过辅警…后来在超市…"). Words inside a hiring phrase ("报辅警") describe the
    application, not the past job."""
    hiring = _hiring_spans(scope)
    values = reading.get("qualifier") or {}
    every = [(name, h) for name, value in values.items() if not isinstance(value, dict)
             for h in phrases.hits(scope, [str(w) for w in value])
             if not any(a <= h.start and h.end <= b for a, b in hiring) and not _NEGATED_BEFORE.search(scope[:h.start])
             and not _NEGATED_AFTER.match(scope[h.end:])]
    # of two overlapping phrases the longer one is what was said ("从没被处罚过" is not "罚过")
    # (…a phrase whose gap holds the other is the longer: "还挂在…名单" around "失信被执行人")
    kept = [h for _, h in every if not any(o.start < h.end and h.start < o.end and
                                           phrases.weight(o.phrase) > phrases.weight(h.phrase) and
                                           not (h.start <= o.start and o.end <= h.end) for _, o in every)]
    found: dict[str, phrases.Hit] = {}
    for name, h in every:
        if h in kept and name not in found:
            found[name] = h
    if len(set(reading.get("latest") or ()) & set(found)) > 1:
        # (…a status told as what it was then, "判的是免予刑事处罚，当时取保候审", is not the last one)
        def told_at(h: phrases.Hit) -> int:
            return -1 if re.search(r"(当时|那时|那时候|那会儿|当初|起初|起先|一开始)[^，。？！]{0,2}$", scope[:h.start]) else h.start
        last = max((n for n in reading["latest"] if n in found),
                   key=lambda n: max(told_at(h) for m, h in every if m == n and h in kept))
        found = {n: h for n, h in found.items() if n not in reading["latest"] or n == last}
    # a job told after the leaving, where the person went ("直接不去上班跑苏州进厂了"), is not the job left
    # (…or told before it as where they mean to go: "说要跟同学去苏州进厂，打算下个月直接不去上班了")
    went = [(n, h) for n, h in every if n in (reading.get("nearest") or ()) and
            (h.start >= at and _GONE_TO.search(scope[:h.start]) or
             h.start < at and re.search(r"(要|想|打算|准备)[^，。？！]{0,6}" + _GONE_TO.pattern, scope[:h.start]))]
    if went and len(set(reading.get("nearest") or ()) & set(found)) > 1:
        every = [(n, h) for n, h in every if (n, h) not in went]
        found = {}
        for name, h in every:
            if h in kept and name not in found:
                found[name] = h
    if len(set(reading.get("nearest") or ()) & set(found)) > 1:
        def distance(n: str) -> int:
            return min(abs(h.start - at) if h.start >= at else at - h.end for m, h in every if m == n and h in kept)
        near = min((n for n in reading["nearest"] if n in found), key=distance)
        found = {n: h for n, h in found.items() if n not in reading["nearest"] or n == near}
    for name, value in values.items():
        if isinstance(value, dict):
            if all(n in found for n in value["all"]):
                return name, "、".join(found[n].phrase for n in value["all"])
        elif name in found:
            return name, found[name].phrase
    return "unknown", ""


# the grounds on which the unit ends the tie, asked of the texts ("两地公安机关可以跟辅警解除劳动关系的情形")
_GROUNDS_ASKED = re.compile(r"(?<!被)(解除|辞退|开除)[^，。？！被]{0,6}?(的)?(情形|情况|条件|理由|依据)|"
                            r"(哪些|什么|哪几种|啥子?)(情形|情况)[^，。？！被]{0,8}(解除|辞退|开除)")


def asks_of_record(text: str) -> bool:
    """An asked clause names a record ("这种算不算'因赌博受过治安管理处罚'", "这算擅自离职吗"): a vetting question
    (not the grounds of a dismissal asked of the texts: "公安机关可以跟辅警解除劳动关系的情形")."""
    if _GROUNDS_ASKED.search(text):
        return False
    told = _as_told(text, quoted=True)   # a certificate named ("无犯罪记录证明") tells no record; a quoted term asks
    return any(_hits(r, told) for r in _readings().values())


def _hits(reading: dict, text: str) -> list[phrases.Hit]:
    pos = phrases.hits(text, reading["words"])
    neg = phrases.hits(text, reading.get("not_when") or ())
    kept = phrases.longest_only(pos + neg)
    out = [h for h in pos if h in kept and not any(n.start < h.end and h.start < n.end and
                                                     (n.end - n.start) >= (h.end - h.start) for n in neg)]
    # (…nor the grounds of a dismissal asked of the texts: "公安机关可以跟辅警解除劳动关系的情形")
    grounds = [m.span() for m in _GROUNDS_ASKED.finditer(text)]
    out = [h for h in out if not any(a <= h.start and h.end <= b or h.start <= a < h.end for a, b in grounds)]
    return phrases.longest_only(out)


_OPEN_QUOTE, _CLOSE_QUOTE = "“\"「『‘", "”\"」』’"
# "条例里“受过刑事处罚的”他算不算", "“涉嫌犯罪尚未结案”这条还卡不卡我": the rule's words in quotes
_BEFORE_QUOTE = re.compile(r"(条例|规定|办法|条文|文件|公告)(里|上|中|头)?(的|说|写的|讲的)?$")
_AFTER_QUOTE = re.compile(r"^(这条|这一条|那条|这一项|这项|这个说法|这个规定|这种|他算不算|她算不算|我算不算|算不算|还卡|卡不卡|还算不算)")


def _in_quoted_rule(text: str, h: phrases.Hit) -> bool:
    """The words lie inside quotation marks that quote the texts, not a fact told."""
    open_at = max(text.rfind(q, 0, h.start) for q in _OPEN_QUOTE)
    closes = [i for i in (text.find(q, h.end) for q in _CLOSE_QUOTE) if i >= 0]
    if open_at < 0 or not closes:
        return False
    close_at = min(closes)
    return bool(_BEFORE_QUOTE.search(text[:open_at]) or _AFTER_QUOTE.match(text[close_at + 1:]))


def _as_told(text: str, quoted: bool = False) -> str:
    """A clause as the records are read in it: a decision not yet taken said as "是否要…" ("起诉不起诉"), a
    certificate named blanked out (its words tell no record); the same length, so positions hold."""
    text = _UNDECIDED.sub(lambda m: "是否要" + m.group(1), text).replace("起不起诉", "是否起诉")
    # "有的说他算'受过刑事处罚'": the term asked about, quoted, is no record told
    if not quoted:
        text = _QUOTED_TERM.sub(lambda m: m.group(1) + "□" * (len(m.group()) - len(m.group(1))), text)
        # "我看条例里好像只有嫖娼赌博被罚过才不行": what the texts say, told by the user, is no record of anyone's
        text = _RULE_TOLD.sub(lambda m: m.group(1) + "□" * (len(m.group()) - len(m.group(1))), text)
    return _CERTIFICATE.sub(lambda m: "□" * len(m.group()), text)


_RULE_TOLD = re.compile(r"((?:条例|规定|办法|条文|文件|公告)(?:里|上|中|头|里面)?(?:好像|应该|是不是|不是)?(?:只有|只说|说|写着?|写的是|讲|规定)(?:了)?)"
                        r"[^，。？！]*?(?=才不行|不行|不能|不得|不准|才不能)")


_QUOTED_TERM = re.compile(r"(算|算不算|属于|属不属于|是不是|叫|说他算|说她算|说算)['‘“\"「][^'’”\"」]{2,16}['’”\"」]")


def _mistaken(clauses: list[Clause], ci: int, end: int) -> phrases.Hit | None:
    """Words after the record, in its sentence or the next, that show it was an error or someone else's
    ("后来查清楚是身份证被别人冒用了，记录已经更正")."""
    sentence = clauses[ci].sentence
    after = clauses[ci].text[end:] + "，" + "，".join(o.text for o in clauses[ci + 1:] if o.sentence in (sentence, sentence + 1))
    return phrases.first(after, words("records", "mistaken"))


def read_records(clauses: list[Clause]) -> list[RecordFact]:
    """Every record the question tells, in order, with holder, negation and qualifier."""
    facts: list[RecordFact] = []
    clauses = [replace(c, text=_as_told(c.text)) for c in clauses]
    kin = applicant_kin("，".join(c.text for c in clauses))
    all_words = {name: r for name, r in _readings().items()}
    every_word = [str(w) for r in all_words.values() for w in r["words"]]
    last_at = (-1, -1)   # the clause and sentence of the last record read
    for ci, c in enumerate(clauses):
        # one phrase names one record: the longest reading wins ("开除公职" is not also "被开除")
        # (…nor with them in the clause before, the record's word opening its clause: "信用卡逾期被银行起诉了，判了之后…")
        cands = [(name, h) for name, r in all_words.items() for h in _hits(r, c.text)
                 if not phrases.any_in(_segment(c.text, h), r.get("not_with") or ()) and
                 not (h.start <= 2 and ci > 0 and clauses[ci - 1].sentence == c.sentence and
                      phrases.any_in(clauses[ci - 1].text, r.get("not_with") or ()))]
        kept = phrases.longest_only([h for _, h in cands])
        for name, h in cands:
            if h not in kept:
                continue
            # …also a clause asked with a bare 不 the reader did not mark ("这种算受过刑事处罚不 能招不")
            if (c.asked or re.search(r"(算|属于)[^，。？！]{2,14}(不|吗|么|嘛|没)$", c.text)) and _ASKS_ABOUT.search(c.text[:h.start]):
                continue   # "这算擅自离职吗" asks about the record, it states none
            if c.asked and re.match(r"(或者|或是|还是|还是说|或)", c.text) and ci > 0 and clauses[ci - 1].sentence == c.sentence and \
                    _ASKS_ABOUT.search(clauses[ci - 1].text):
                continue   # "他问这算不算受过拘留，或者涉嫌犯罪没结案": the other term asked about
            if _RULE_QUOTE.search(c.text) or _in_quoted_rule(c.text, h):
                continue   # "条例上说有吸毒史的不能招": the rule quoted, no fact of anyone
            if _REPORTED_ASK.search(c.text[:h.start]) and _ASK_AFTER.search(c.text[h.end:]):
                continue   # "他问“拘留过是不是就报不了”": the record someone asks about, no fact of theirs
            if _WHETHER_HAS.search(c.text[max(0, h.start - 8):h.start]):
                continue   # "帮他查查这人有没有案底": whether someone has it is looked into, neither said nor denied
            if _NOT_YET_CHECKED.match(c.text[h.end:]):
                continue   # "犯罪、拘留这些我们还没开始查": a record not yet looked into is neither said nor denied
            r = all_words[name]
            if h.start <= 2 and ci > 0 and clauses[ci - 1].sentence == c.sentence and \
                    phrases.any_in(_as_told(clauses[ci - 1].text), r.get("length_of") or ()) and \
                    phrases.any_in(h.phrase, r.get("length_words") or ()):
                continue   # "被刑拘过，关了二十多天": how long the detention just told lasted, no record of its own
            holder, holder_words = _holder(clauses, ci, h.start, kin)
            if c.asked and any(f.reading == name and f.holder == holder and f.effects and not any(f.effects.values())
                               for f in facts):
                continue   # "…法院把我从名单里删了。以前上过失信名单还能报不": the question restates what the story settled
            if not holder_words and facts and facts[-1].holder == "other" and last_at == (ci - 1, c.sentence):
                # "…发现她老汉十几年前吸过毒，有吸毒史": a clause with no subject goes on with the record before
                holder, holder_words = "other", facts[-1].holder_words
            # "无任何违法犯罪记录（含拘留、治安处罚、吸毒）": what a denial spells out is denied with it
            negated = _negated(c.text, h.start, every_word) or _DENIED_AFTER.match(c.text[h.end:]) is not None \
                or _field_no(clauses, ci, h.end) or (
                ci > 0 and _SPELLED_OUT.match(c.text) is not None and clauses[ci - 1].sentence == c.sentence
                and _DENIAL_START.search(clauses[ci - 1].text) is not None)
            mistake = None if negated else _mistaken(clauses, ci, h.end)
            if negated or mistake:
                value, qwords = "negated", (mistake.phrase if mistake else "")
            else:
                # the clause and its neighbours; the whole sentence where the reading says its story goes on
                reach = r.get("scope") if isinstance(r.get("scope"), int) else 1
                near = [o for o in clauses if o.sentence == c.sentence and
                        (r.get("scope") == "sentence" or abs(o.index - c.index) <= reach)]
                # `then`: the next sentence goes on with the record ("…成了失信被执行人。去年钱全还清了，名单也撤了"),
                # not what it asks ("会不会算涉嫌犯罪尚未结案？" names a status, it tells none)
                # (…not a sentence about someone else: "他哥现在还在失信被执行人名单上挂着")
                then = [o for o in clauses if r.get("then") and o.sentence == c.sentence + 1 and not o.asked]
                if then and _OTHERS_SENTENCE.match(then[0].text) and holder != "other":
                    then = []
                near += then
                if r.get("scope") == "sentence" and \
                        any(o.asked and o.index != c.index and re.search(r"算|属于", o.text) for o in near):
                    # "…打了辞职报告，大队同意了。合同没干满就走，会不会算我擅自离职？": the record asked of, its story
                    # told before it — not the words of the question ("算我擅自离职")
                    near = [o for o in clauses if o.sentence < c.sentence and not o.asked] + \
                        [o for o in near if not o.asked or o.index == c.index]
                if r.get("nearest") and not any(_names_job("，".join(o.text for o in near), [str(w) for w in r["qualifier"][n]])
                                                 for n in r["nearest"]):
                    # "以前在东海县局干过辅警，合同…。他…招呼都没打就不去上班了": the job left told in the sentence before
                    near = [o for o in clauses if o.sentence == c.sentence - 1 and not o.asked] + near
                scope = "，".join(o.text for o in near)
                at = sum(len(o.text) + 1 for o in near if o.index < c.index) + h.start
                value, qwords = _qualifier(r, scope, at)
            effects = dict(r["effects"].get(value) or {})
            facts.append(RecordFact(name, c.text[h.start:h.end], holder, holder_words, value, qwords, effects,
                                    (r.get("label") or {}).get(value, "")))
            last_at = (ci, c.sentence)
        # "我自己没有" after someone else's record: the applicant denies the same record
        deny = phrases.first(c.text, words("records", "denial_by_applicant"))
        if deny and not cands and facts and facts[-1].holder == "other":
            prev = facts[-1]
            r = all_words[prev.reading]
            facts.append(RecordFact(prev.reading, deny.phrase, "applicant", deny.phrase, "negated", "",
                                    dict(r["effects"].get("negated") or {}), (r.get("label") or {}).get("negated", "")))
    return facts


class Blanket(dict):
    """Record keys denied all at once; ``settled``: the keys a denial answers even where a stated record
    leaves them open ("以前没当过辅警" says the job left early was no 警务辅助工作)."""

    settled: frozenset = frozenset()
    # the words of a general clean record ("无违法犯罪记录"): the records it leaves unnamed are assumed absent
    general: str | None = None


@lru_cache(maxsize=1)
def _blanket_forms() -> re.Pattern:
    """``records.yaml`` ``blanket_forms`` as one pattern: the rest with a negation and a thing ("其他没得记录",
    "没有其它问题") or the rest said to be fine ("别的都蛮好"), not followed by a question word."""
    f = vocabulary("records")["blanket_forms"]
    rest, neg, thing, fine = ("|".join(map(re.escape, sorted(f[k], key=len, reverse=True)))
                              for k in ("rest", "negation", "things", "fine"))
    gap = "[^，。？！?,；;]"
    # (…of the applicant, not of the others of the story: "其他家人没问题")
    return re.compile(rf"(?:(?:{rest})(?:的|方面)?(?:都|也|倒|还|再)*(?:{neg})(?:什么|啥子?)(?:了|的)?(?=$|[，。？！?,；;])|"
                      rf"(?:{rest})(?:的|方面)?(?:都|也|倒|还|再)*[^，。？！?,；;人家]{{0,6}}?(?:{neg}){gap}{{0,4}}?(?:{thing})|"
                      rf"(?:{neg})(?:啥子?|什么|啥)?(?:{rest})(?:的)?(?:啥子?|什么)?(?:{thing})|"
                      rf"(?:{rest})(?:的)?(?:条件|方面|情况|记录)?(?:都|也|倒|还)*(?:蛮|挺|很|算|比较)?(?:{fine}))"
                      rf"(?!{gap}{{0,4}}(?:吧|吗|么|嘛|不|没|[？?]))")


def read_not_conditions(clauses: list[Clause], text: str) -> list[str]:
    """The attributes (``not_conditions.yaml``) an asked clause of a question about hiring asks to be required —
    none of which the texts list ("不是重庆户口能报不" → 本地户口)."""
    data = vocabulary("not_conditions")
    if not phrases.any_in(text, data["hiring"]) or phrases.any_in(text, data.get("unless", ())):
        return []
    found = []
    for c in clauses:
        if not c.asked or not phrases.any_in(c.text, data["asks"]):
            continue
        found += [label for label, ws in data["attributes"].items() if phrases.any_in(c.text, ws) and label not in found]
    return found


def conditions_claimed(text: str, clauses: list[Clause] = ()) -> str | None:
    """The words that say every other condition is met, age and education too ("别的条件都够": ``records.yaml``
    ``conditions_claimed``), or ``None`` — also when an asked clause asks of the age or the education itself
    (``conditions_asked``: "其他条件都够，他年龄卡不卡线" claims nothing of the age)."""
    if any(c.asked and phrases.any_in(c.text, words("records", "conditions_asked")) for c in clauses):
        return None
    h = phrases.first(text, words("records", "conditions_claimed"))
    return text[h.start:h.end] if h else None


def aux_service_told(text: str) -> bool:
    """Whether the story tells of work as a 辅警 ("干过辅警", "当了两年协管"; ``records.yaml`` ``aux_service_told``).

    >>> aux_service_told("以前在南京一个派出所干过辅警，合同满了才走的"), aux_service_told("25岁本科，想报文职辅警")
    (True, False)
    """
    return phrases.any_in(text, words("records", "aux_service_told"))


def blanket_values(text: str) -> Blanket:
    """Records denied all at once ("没有任何不良记录", "无犯罪记录", "其他都正常")."""
    out = Blanket()
    settled: set[str] = set()
    # "开个无犯罪记录证明去报辅警": the certificate asked about, no record denied
    text = _CERTIFICATE.sub("", _certificate_held(text.replace("任何", "")))
    rest = _blanket_forms().search(text)
    if rest and not phrases.any_in(rest.group(), vocabulary("records")["blanket_forms"].get("hedges", ())):
        out.update({k: False for k in RECORD_KEYS})
    for entry in vocabulary("records")["blanket"]:
        hit = phrases.first(text, entry["words"])
        if hit:
            keys = RECORD_KEYS if entry["keys"] == "all" else entry["keys"]
            out.update({k: False for k in keys})
            if entry.get("settles_stated"):
                settled.update(keys)
            if entry.get("general") and out.general is None:
                out.general = hit.phrase
    out.settled = frozenset(settled)
    return out


def open_keys(fact: RecordFact, text: str) -> set[str]:
    """The record keys a fact told without its qualifier leaves open ("合同没满就走了": whether 擅自 is not said):
    the keys its reading sets for any qualifier, so that the fact is checked against them, not vouched away —
    unless ``text`` (the question) states elsewhere a qualifier that clears it ("…跟单位打了报告，单位同意了。…
    以前提前离职这个事会不会让我考不了")."""
    if fact.value == "negated" or fact.effects:
        return set()
    reading = _readings()[fact.reading]
    for value, said in (reading.get("qualifier") or {}).items():
        clears = reading["effects"].get(value) or {}
        if isinstance(said, list) and clears and not any(clears.values()) and phrases.any_in(text, said):
            return set()
    return {k for eff in reading["effects"].values() for k in eff}


def record_values(facts: list[RecordFact], blanket: dict[str, bool] | None = None) -> dict[str, bool]:
    """The applicant's record keys: a stated record (true) wins over a denial (false); a blanket denial
    ("其他都没有") leaves alone what a stated record leaves open ("因偷拿货被辞退" and 严重违纪违规), unless it
    answers just that (``settles_stated`` in records.yaml: "没打招呼就走了…以前没当过辅警")."""
    readings = _readings()
    touched = {k for f in facts if f.holder == "applicant" and f.value != "negated"
               for eff in readings[f.reading]["effects"].values() for k in eff}
    settled = getattr(blanket, "settled", frozenset())
    values = {k: v for k, v in (blanket or {}).items() if k not in touched or k in settled}
    for f in facts:
        if f.holder != "applicant":
            continue
        for k, v in f.effects.items():
            if v:
                values[k] = True
            elif values.get(k) is not True:
                values[k] = False
    return values


def read_priority_facets(text: str) -> dict[str, str]:
    """Priority facets stated and not denied ("不是退役军人"), each with the words found."""
    out = {}
    for facet, ws in vocabulary("priority")["facets"].items():
        h = phrases.first(text, ws)
        if h and not _NEGATION.search(text[max(0, h.start - 6):h.start]):
            out[facet] = h.phrase
    return out


def read_priority_asked(clauses: list[Clause]) -> bool:
    """Whether a question clause asks about priority hiring ("招聘时有没有优先照顾的政策", "退伍的能优先吗"):
    priority.yaml's ``asked`` phrases, in an asked clause."""
    return any(c.asked and phrases.any_in(c.text, vocabulary("priority")["asked"]) for c in clauses)


def read_nationality(text: str) -> str | None:
    """"中国" or "外国" when stated ("美国籍", "不是中国公民"), else None; a relative's is not the applicant's,
    unless the question is asked for that relative (:func:`applicant_kin`)."""
    kin = applicant_kin(text)
    # every phrase of either value, the longest where they overlap ("中国护照已经注销" is not "中国护照"): the last
    # one told is the status now ("入了加拿大籍，中国护照已经注销")
    found = [(h, value) for value, ws in vocabulary("nationality")["nationality"].items() for h in phrases.hits(text, ws)]
    kept = phrases.longest_only([h for h, _ in found])
    told = sorted(((h, v) for h, v in found if h in kept), key=lambda hv: hv[0].start)
    if told:
        h, value = told[-1]
        if value == "中国" and _NEGATION.search(text[max(0, h.start - 6):h.start]):
            return "外国"
        return value
    # any other country by name ("马来西亚籍", "泰国国籍"): not the words of a register (户籍, 学籍, 党籍, 祖籍 …)
    for m in _COUNTRY.finditer(text):
        # the name after the last word that is no part of one ("我同学是新加坡国籍" → 新加坡; "会不会说我国籍" → none)
        country = re.split(r"[我你他她说会不是了有没问的]", m.group(1))[-1]
        if len(country) < 2 or country.endswith(_NOT_COUNTRY):
            continue
        after = text[m.end():m.end() + 4]
        if after.startswith("的") and any(after[1:].startswith(w) for w in vocabulary("records")["holders"]["other"]):
            continue     # "越南籍的老婆": whose nationality the words after it say
        before = text[max(0, m.end() - 14):m.end()]
        if any(w in before and not _same_person(kin, w) for w in vocabulary("records")["holders"]["other"]):
            continue     # "我老婆是越南籍": someone else's
        return "外国"
    return None


_COUNTRY = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:国)?(?:国籍|籍)(?![贯])")
_NOT_COUNTRY = ("中国", "中华人民共和", "户", "学", "党", "军", "祖", "原", "入", "本", "外", "同", "书", "典", "古", "入了",
                "开除党", "开除军", "的", "是", "本地", "农业", "非农业", "城镇", "农村", "迁户", "迁")


def read_health(clauses: list[Clause]) -> str | None:
    """A fact of the applicant's body or mind ("胳膊上有纹身", "有点色弱"), not denied and not someone else's.

    >>> from assistant.understand.clauses import split
    >>> [read_health(split(t)) for t in ("胳膊上有纹身还能报辅警吗", "我没有纹身", "我妈有抑郁症，我能报吗")]
    ['纹身', None, None]
    """
    ws = tuple(sorted(vocabulary("records")["health"], key=len, reverse=True))
    kin = applicant_kin("，".join(c.text for c in clauses))
    for c in clauses:
        for h in phrases.hits(c.text, ws):
            if _NEGATION.search(c.text[max(0, h.start - 8):h.start]) or _holder(clauses, c.index, h.start, kin)[0] != "applicant":
                continue
            return h.phrase
    return None

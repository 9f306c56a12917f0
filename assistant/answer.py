"""The answer path: question → analysis → rule tools and retrieval → a cited :class:`Answer`.

Every citation comes from :meth:`Corpus.citation`, so nothing outside the corpus is ever cited
and every quoted text is verbatim. When the texts do not address the question the answer says
so and ``abstained`` is true.

>>> bot = Assistant()                                   # doctest: +SKIP
>>> ans = bot.ask("文职辅警可以去街面巡逻吗？", jurisdiction="chongqing")   # doctest: +SKIP
>>> ans.checks[0].verdict                               # doctest: +SKIP
'not_in_role'
"""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Callable

import zhconv

from .corpus import Corpus
from .errors import InputError
from .figures import ungoverned_figure
from .own_dates import foreign_document
from .asked import parts as asked_parts
from .index import SearchIndex, open_index
from .lookup import Lookup, focus_entries, role_scope_asked
from .render import render_answer
from .models import Citation, unique
from .numerals import NUMERAL_CHARS, cn_to_int
from .parts import Abstention, LookupPart
from .retrieve import Hit, Searcher
from .decide import decisions as decide
from .rules.base import Decision, role_name
from .understand import Reading, read_question, typos
from . import phrases
from .understand.intent import asks_which_better, asks_of_one_person, asks_officer_recusal, asks_other_office_recusal, asks_of_police, asks_of_posting, asks_to_compose, chats, other_matter, outside_the_texts
from .understand.lexicon import words
from .understand.clauses import CLAIM_CHECK, HANDLING_ASKED, claims_heard, is_purpose, without_teaching_frame

MAX_QUESTION_CHARS = 1000
ROLES = ("勤务", "文职")
ARTICLE_REF_RE = re.compile(f"第([{NUMERAL_CHARS}0-9]+)条")

# Relevance gate for retrieved articles (calibrated on eval/data/dev.jsonl; see eval/BASELINE.md).
MIN_DENSE = 0.873        # cosine of the best unit (multilingual-e5-small)
MIN_BM25 = 6.0           # BM25 of the best unit, used only when the dense index is unreachable
STRONG_BM25 = 10.0       # …or, with the dense cosine NEAR_DENSE below the gate, a strong lexical match; twice as
NEAR_DENSE = 0.005       # strong, FAR_DENSE below
FAR_DENSE = 0.012
NEAR_COVERED = 0.02      # …or this far below, when a sentence covers most of what the question names
SECOND_HIT_RATIO = 0.85  # a second article is cited when its fused score is this close to the first

NOT_COVERED = "这些规定没有涉及这个问题。"
# a question about no 辅警 at all (assistant/understand/intent.py, outside_the_texts)
OUTSIDE = {"regular_police": NOT_COVERED + "收录的规定只管辅警（警务辅助人员），没有规定正式民警自己的事项（退休、晋升、警衔、回避等）；请查阅人民警察的有关规定。",
           "public_service": NOT_COVERED + "收录的是辅警的管理规定，不涉及群众到公安机关办理证件、证明的手续；请向办理窗口或当地公安机关咨询。",
           "other_staff": NOT_COVERED + "收录的规定只管公安机关的辅警，不涉及城管、网格员等其他部门的协管人员；请查阅该部门的规定。",
           "other_matter": NOT_COVERED + "收录的是辅警的管理规定，不涉及婚姻家庭、税收、住房、驾驶考试等其他法律事务；请查阅相关法律法规或咨询有关部门。",
           "posting": NOT_COVERED + "收录的规定只规定辅警在履行职责中遇到案（事）件时的回避，没有规定亲属在同一单位任职、分配岗位时的回避；请向所在公安机关人事部门了解。",
           "skill": NOT_COVERED + "收录的是辅警的管理规定，不涉及工作中具体技术、操作方法的优劣选择；请向单位的技术人员或带班民警请教。",
           "one_person": NOT_COVERED + "条文只规定一般的规则，不记载某个人的具体案件、考核或处理结果；请向经办单位了解。",
           "other_office": NOT_COVERED + "收录的规定只规定辅警在履行职责中的回避，不涉及法官、检察官等其他人员的回避；请查阅诉讼法等有关规定。"}
# a 辅警 post applied for ("想报重庆的辅警", "考辅警")
# the user penalized themselves ("…没戴头盔，被交警拦下来罚了20块", "俺开车被电子警察拍了"), no one else the subject
# of the clause (not "有个司机被交警拦下来罚了")
_PENALIZED = re.compile(r"(被|遭|着)(交警|交巡警|警察|民警|电子警察|摄像头|路口|电子眼|探头)[^，。？！]{0,8}(罚|扣|拍|拦)|"
                        # "开自己的私家车闯了个红灯被拍了": the violation told, then caught by no one named
                        r"(闯了?个?红灯|超速|违停|违章|压线|逆行|不礼让行人)[^，。？！]{0,6}(被|遭|着)(拍|罚|扣|抓|逮)")


def _own_penalty(question: str) -> bool:
    """A clause of ``question`` tells a traffic penalty of the user's own: no one else its subject before 被 …."""
    for clause in re.split(r"[，。？！,?!；;\s]", question):
        m = _PENALIZED.search(clause)
        if m and not re.search(r"司机|车主|他|她|人家|群众|老百姓|有人|别人|对方|朋友|亲戚|[哥姐弟妹爸妈]", clause[:m.start()]):
            return True
    return False


_APPLIES_TO_STAFF = re.compile(r"(报|考|应聘|报名|报考|招)[^，。？！]{0,6}?(的)?(辅警|协警)")
# the items of a numbered list of questions ("1.… 2.…")
_NUMBERED = re.compile(r"(?:^|[\s：:，,。？?])[1-9１-９][.．、)）]")
# a story longer than this is searched by its asked clauses (embedding cost grows with the length)
LONG_QUESTION = 60
# at most this many characters of them (the last): ~1.3 ms a character on one engine thread
SEARCH_CHARS = 80
# a question of 2…MAX_PARTS asked clauses is also searched clause by clause, PART_DEPTH articles per city each
MAX_PARTS = 4
PART_DEPTH = 3


@dataclass
class Answer:
    """What the user gets, as typed parts: the rule decisions (``checks``), or per city the sentences
    of a look-up (``lookups``), or an ``abstention``; the articles shown beside an undecided act
    (``context``) and beside a look-up (``related``); what was assumed. ``text`` is those parts rendered
    by :mod:`assistant.render` — the web app renders the same parts, nothing parses the text back.
    ``citations`` are every article the answer stands on, then the context shown with it."""

    question: str
    text: str
    abstained: bool
    citations: list[Citation] = field(default_factory=list)
    checks: list[Decision] = field(default_factory=list)
    jurisdictions: list[str] = field(default_factory=list)
    role: str | None = None
    intent: str = "lookup"
    latency_ms: float = 0.0
    assumptions: list[str] = field(default_factory=list)   # what was assumed (an inferred role …), said in the text
    reading: Reading | None = field(default=None, repr=False)
    related: list[Citation] = field(default_factory=list)  # shown beside a look-up, not what it stands on
    lookups: list[LookupPart] = field(default_factory=list)
    abstention: Abstention | None = None
    context: list[Citation] = field(default_factory=list)  # nearest articles beside an act the texts do not list

    def to_dict(self, id=None) -> dict:
        """The object of the batch contract (``assistant ask --json`` prints the same; README lists the keys)."""
        return {"id": id, "answer": self.text, "abstained": self.abstained,
                "citations": [c.to_dict() for c in self.citations],
                "related": [c.to_dict() for c in self.related],
                "checks": [d.to_check() for d in self.checks],
                "lookups": [_lookup_dict(p) for p in self.lookups],
                "jurisdictions": self.jurisdictions, "role": self.role, "intent": self.intent,
                "assumptions": list(self.assumptions),
                "latency_ms": round(self.latency_ms, 2)}


def _lookup_dict(p: LookupPart) -> dict:
    return {"jurisdiction": p.jurisdiction, "shape": p.shape, "verdict": p.verdict, "note": p.note,
            "passages": [{"citation": x.citation.id, "text": x.text} for x in p.passages],
            "citations": [c.id for c in p.citations]}


# emoji and what joins or tints them (not ①②, ✓, ℃: those carry meaning in a list or a figure)
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\uFE0F\u200D]+")


def clean_question(question) -> str:
    """Normalise what users paste: control characters out, width unified, whitespace folded."""
    if question is None:
        question = ""
    if not isinstance(question, str):
        raise InputError("问题必须是文字。")
    # (a line break is kept as one: a pasted list's rows, "A｜1990/06/30｜高中…", end at it)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" or ch == "\n" else " " for ch in question.replace("\r\n", "\n"))
    # "这忙能帮不😂", "是我表姐😓 带班民警说…": an emoji ends what it follows, as a space does
    text = _EMOJI.sub(" ", text)
    text = re.sub(r"\s+", lambda m: "\n" if "\n" in m.group() else " ", text).strip()
    # a quiz's blank ("自____起施行", "由（　）决定") is what it asks: said as 什么, the clause is asked
    text = _BLANK.sub("什么", text)
    if len(text) <= MAX_QUESTION_CHARS:
        # 輔警/連雲港 → 辅警/连云港: the texts and the rule vocabularies are in simplified characters
        text = zhconv.convert(text, "zh-cn")
    if not text:
        raise InputError("请输入问题，例如：“文职辅警可以参与巡逻吗？”")
    if len(text) > MAX_QUESTION_CHARS:
        raise InputError(f"问题太长（{len(text)} 字），请精简到 {MAX_QUESTION_CHARS} 字以内。")
    return text


# a blank to fill in: a run of underscores, or empty brackets
_BLANK = re.compile(r"_{2,}|＿{2,}|（\s*）|\(\s*\)")


# the user holds another job than 辅警 ("我在九龙坡做城管协管员", "我是小区保安")
_OWN_OTHER_JOB = re.compile(r"(我|俺)(现在|目前)?(是|在|当|做|干)[^，。？！]{0,10}(城管协管员|城管队员|协管员|网格员|保安|安检员)(?!公司)")


# the user asks whether they may do it themself ("后面我一个人查他身份、盘问他这个可以吗")
_OWN_ACT_ASKED = re.compile(r"(我|俺)[^，。？！]{0,20}(可以|能|行不行|行吗|得不|中不中|照不照|要得)")


# the one asked about said not to be a 辅警 ("是正式民警，不是辅警")
_NOT_STAFF_SAID = re.compile(r"(不是|并非|而不是|又不是)(问|说)?(的)?(辅警|协警)")   # "不是问辅警，是问民警本人…"


# the 辅警's own act asked of: whether it is their work, allowed, within their powers
_OWN_WORK_ASKED = re.compile(r"算不算[^，。？！]{0,3}(该做|该干|分内|本职|职责|的工作|的活)|(该做|该干)的事|是不是[^，。？！]{0,3}(本职|分内|该做)|"
                             r"(能不能|可不可以|可以|能)[^，。？！]{0,12}(吗|不|嘛|噻)?$|合不合规|合规|违规|越权|越界|出格")


class Assistant:
    """Answers questions over the corpus; holds the index and the embeddings, thread-safe to share."""

    def __init__(self, index: SearchIndex | None = None) -> None:
        self.index = index or open_index()
        self.corpus: Corpus = self.index.corpus
        self.searcher = Searcher(self.index)

    # -- public -----------------------------------------------------------------
    def warm(self) -> None:
        """Prepare what the first questions would otherwise wait for: the tokenizers, the dense index,
        the vocabularies, and whatever else the first question of each kind loads (answered once here)."""
        self.index.warm()
        # one question per kind of answer: duty, eligibility, recusal, look-up
        for question in ("辅警能配枪吗", "35岁、大专学历，能报名辅警吗", "当事人是我表哥，要回避吗",
                         "辅警的工资待遇怎么规定"):
            self.ask(question)

    def ask(self, question, jurisdiction: str | None = None, role: str | None = None) -> Answer:
        start = time.perf_counter()
        text = clean_question(question)
        if jurisdiction and jurisdiction not in self.corpus.jurisdictions:
            raise InputError(f"未知的辖区代码 {jurisdiction!r}：可用 {', '.join(self.corpus.jurisdictions)}")
        if role and role not in ROLES:
            raise InputError(f"未知的岗位 {role!r}：可用 勤务、文职")
        reading = read_question(text, jurisdiction=jurisdiction or None, role=role or None, corpus=self.corpus)
        answer = self._answer(text, reading)
        answer.reading = reading
        answer.latency_ms = (time.perf_counter() - start) * 1000
        return answer

    # -- composition ------------------------------------------------------------
    def _answer(self, question: str, r: Reading) -> Answer:
        if r.unknown_city and not r.jurisdictions:
            names = "、".join(reg.meta.jurisdiction_name for reg in self.corpus.regulations)
            return self._abstain(question, r, [], Abstention(f"{NOT_COVERED}本助手收录的是{names}的辅警规定，没有"
                                                              f"{r.unknown_city}的规定；请以当地公安机关的规定为准。"))
        jurisdictions = self._scope(r)
        if chats(r.question):
            return self._abstain(question, r, jurisdictions, Abstention(
                "本助手只回答辅警规定方面的问题（职责、招聘条件、回避、待遇等），并引用条文作答。"))
        if asks_to_compose(r.question):
            return self._abstain(question, r, jurisdictions, Abstention(
                "本助手只依据收录的辅警规定回答问题、引用条文，不代写总结、讲话稿等材料。"))
        # a user who tells their post ("我在出入境大厅做受理") asks as a 辅警, whatever service they name
        # …and one who asks what they may do ("我能用英语给他解释要交哪些材料吗")
        # …and one who asks whether they may do an act of the catalogue ("我一个人查他身份、盘问他这个可以吗")
        matched = any(m.matches for ms in r.matches.values() for m in ms)
        not_staff = outside_the_texts(r.question)
        # (…not one who says they hold another job: "我在九龙坡做城管协管员…我要不要回避")
        staff = r.role.role or r.intent in ("eligibility", "recusal") and not _OWN_OTHER_JOB.search(r.question) or \
            re.search(r"我们?(自己|一个人)?(能|可以|能不能|可不可以|该不该|应不应该)", r.question) or \
            r.intent == "duty" and matched and any(c.asked and _OWN_ACT_ASKED.search(c.text) for c in r.clauses) and \
            not_staff != "other_staff"   # "保安能不能把三轮车扣走": another job's act
        # a matter of another law asked beside no case of the 辅警's ("俺们离婚了她就不算俺家属了吧？俺要回避吗" is one)
        # …told in the asked sentence of a question for the texts, or of one that names no 辅警 at all
        of_staff = bool(staff or phrases.any_in(r.question, words("intent", "staff_words")))
        wide = r.intent == "lookup" or not of_staff
        # …but not an act of the catalogue asked in the same breath ("两个车追尾了我是辅警能不能直接给他们定哪个全责")
        # (…nor the user's own traffic penalty told, asked about as such: "骑电瓶车上班没戴头盔，被交警拦下来罚了20块。这个
        # 要扣分不" — no act of the user's)
        # (…nor acts of other clauses beside an asked clause of another law with no act of its own: "有个大爷问我电瓶车后座带个
        # 大人到底违不违法，规定里有吗" — the 执勤 of the story is not what is asked)
        # (…told just before a bare asked clause of its sentence, "规定里有吗", it is what that clause asks)
        # (…a clause with no request of its own, before an asked clause that names no act: not "杨家坪两个车追尾了，交巡辅警
        # 能不能直接认定哪个全责", nor "所里叫我去驾校帮忙监考科目二，这归我们管吗")
        other_asked = [c.index for c in r.clauses if other_matter([replace(c, asked=True)]) and
                       (c.asked or not c.request and c.index + 1 < len(r.clauses) and r.clauses[c.index + 1].asked and
                        not any(a.clause == c.index + 1 for a in r.acts) and
                        r.clauses[c.index + 1].sentence == c.sentence and
                        # (…not an asked clause with a topic of the texts: "出警的时候被狗咬了，单位给辅警上了工伤保险没有")
                        not phrases.any_in(r.clauses[c.index + 1].text, words("intent", "lookup_topics")))]
        acts = of_staff and r.intent == "duty" and matched and not _own_penalty(r.question) and \
            not (other_asked and not any(a.clause in other_asked for a in r.acts))
        matter = (other_matter(r.clauses, wide=wide) or bool(other_asked)) and r.intent not in ("eligibility", "recusal") and not acts
        # "想考军队文职，考啥子科目，本科能报哪些岗位": another exam asked of, whatever the question's shape
        # (…not a 辅警 post applied for beside it: "考了两年公务员考试没考上，现在想报重庆的辅警")
        matter = matter or (phrases.any_in(" ".join(c.text for c in r.clauses if c.asked), words("intent", "other_exams")) and
                            not _APPLIES_TO_STAFF.search(r.question) and r.intent != "recusal" and not acts)
        # (…or an applicant's age asked of that exam, told in the story: "我现在是辅警，想报今年的省考公务员，35岁了还能报不")
        matter = matter or (r.intent in ("eligibility", "recusal") and phrases.any_in(r.question, words("intent", "other_exams")) and
                            not _APPLIES_TO_STAFF.search(r.question) and not acts)
        outside = "other_matter" if matter else "regular_police" if asks_of_police(r.question) else "" if staff else not_staff
        if not outside and not_staff == "regular_police" and _NOT_STAFF_SAID.search(r.question):
            outside = "regular_police"   # "俺闺女是正式民警（在编的，不是辅警），她…要回避吗": an officer's own case
        if not outside and r.intent == "recusal" and asks_officer_recusal(r.clauses):
            outside = "regular_police"   # "…这个民警该不该回避": an officer's recusal, not the 辅警's
        if not outside and r.intent in ("recusal", "lookup") and asks_other_office_recusal(r.clauses):
            # (…or asked as a look-up: "法官跟对方律师是大学同学，我怎么申请法官回避")
            outside = "other_office"   # "审案子的法官是我表哥的大学同学，法官是不是得回避"
        if not outside and asks_which_better(r.clauses):
            outside = "skill"   # "重装系统装win10还是win11好点": which way of doing the work is better, no rule of the texts
        if not outside and asks_of_posting(r.clauses):
            outside = "posting"   # "能不能分到他姑父那个所去？有没有亲属要回避的规定": no text governs a posting
        if not outside and r.intent in ("lookup", "compare") and asks_of_one_person(r.question, r.clauses):
            outside = "one_person"
        if outside == "other_matter" and r.intent in ("lookup", "compare"):
            partial = self._beside_other_matter(question, r, jurisdictions)
            if partial is not None:
                return partial
        if outside:
            return self._abstain(question, r, jurisdictions, Abstention(OUTSIDE[outside]))
        foreign = foreign_document(r.question, self.corpus)
        if foreign and r.intent in ("lookup", "compare"):
            # "…提到的《江苏省…条例》是哪年通过的": a text the corpus only names, its own facts asked
            return self._abstain(question, r, jurisdictions, Abstention(
                f"{NOT_COVERED}《{foreign}》不在收录的规定之中，它的通过、发布日期和文号等请查阅该文件本身。"))
        asked = [c.text for c in r.clauses if c.asked]
        figures = [ungoverned_figure(t, r.question) for t in asked]
        # (…or as if it were an act no list names: "今年渝北区能分到几个辅警岗位")
        # (…or asked of the texts themselves: "今年连云港公安招多少个勤务辅警啊，东海那边有名额不，啥时候考")
        if (r.intent in ("eligibility", "lookup") or r.intent == "duty" and not matched) and asked and all(figures):
            # "我女儿想考辅警…今年招多少人、笔试哪天在哪考": only figures the texts neither state nor govern are asked
            return self._abstain(question, r, jurisdictions, Abstention(
                f"这些规定没有写明{'、'.join(dict.fromkeys(figures))}。请咨询所在公安机关或查阅其他相关规定。"))
        decisions = decide(r, jurisdictions, self.corpus)
        hits = None
        if decisions and self._matter_for_the_texts(r, decisions):
            # "连云港辅警我能不能自己提解除": no list names the act, but the texts treat the matter asked (the
            # 辅警's right to end the tie, 连云港 14(5)): their sentence answers, not a catch-all's 没有规定
            hits = self._hits(question, r, jurisdictions)
            found = self._lookup_answer(question, replace(r, intent="lookup"), jurisdictions, hits)
            if not found.abstained:
                return found
        if decisions:
            answer = self._tool_answer(question, r, jurisdictions, decisions, hits)
            return self._with_beside(question, r, jurisdictions, answer) if r.beside else answer
        answer = self._lookup_answer(question, r, jurisdictions, self._hits(question, r, jurisdictions))
        topic = _compared_topic(question) if answer.abstained and r.intent == "compare" else ""
        if topic:
            # "两地岗前培训有啥不同": a short comparison embeds by its frame; searched by its topic alone
            answer = self._lookup_answer(question, r, jurisdictions, self._hits(question, r, jurisdictions, topic))
        if answer.abstained and r.intent == "lookup" and r.acts and r.role.role and \
                any(c.asked and _OWN_WORK_ASKED.search(c.text) for c in r.clauses) and \
                not any(c.asked and phrases.any_in(c.text, words("intent", "lookup_words")) for c in r.clauses):
            # "他这样把娃儿带到岗亭等大人来认，算不算他该做的事": the 辅警's own act asked, named by no list — the
            # texts do not address it (DOMAIN.md "Not decided"), which the duty check says with its catch-alls
            as_duty = decide(replace(r, intent="duty", kinds=()), jurisdictions, self.corpus)
            if as_duty:
                return self._tool_answer(question, r, jurisdictions, as_duty)
        return answer

    def _beside_other_matter(self, question: str, r: Reading, jurisdictions: list[str]) -> Answer | None:
        """One question of several in another law ("1.跟单位建立的是什么关系 2.试用期一般几个月 3.…能不能解除"): the
        others, one at least on a topic of the texts, are answered, and each city's answer says the other one is not
        covered."""
        # (…only a message of several questions — two question marks, or numbered — whose first question is one of
        # the texts: "辅警干满五年去考事业编，有没有加分政策" asks the other matter alone)
        several = len(re.findall(r"[？?]", r.question)) >= 2 or len(_NUMBERED.findall(r.question)) >= 2
        other = [c for c in r.clauses if other_matter([replace(c, asked=True)])]
        rest = [c for c in r.clauses if c.asked and c not in other]
        first = next((c for c in r.clauses if c.asked or c in other), None)
        if not several or not other or not rest or first in other or \
                not any(phrases.any_in(c.text, words("intent", "lookup_topics")) for c in rest):
            return None
        sub = replace(r, clauses=[replace(c, asked=c.asked and c not in other) for c in r.clauses])
        found = self._lookup_answer(question, sub, jurisdictions, self._hits(question, sub, jurisdictions))
        if found.abstained:
            return None
        told = "、".join(f"“{c.text}”" for c in other)
        found.lookups = [replace(p, note="，".join(x for x in (p.note.rstrip("。"), f"{told}属于其他法律事务，这些规定没有涉及")
                                                   if x) + "。") for p in found.lookups]
        return self._rendered(found)

    @staticmethod
    def _matter_for_the_texts(r: Reading, decisions: list[Decision]) -> bool:
        """No act of any list is named (every check is ``not_addressed``, no catalogue entry matched) and the asked
        clauses name a matter the look-up data knows the texts treat (a ``focus`` entry of data/lookup.yaml marked
        ``matter``: quitting, dismissal, pay, who pays for harm…; not the lists of work, whose acts the checks decide)."""
        if r.intent != "duty" or not all(d.verdict == "not_addressed" for d in decisions) or \
                any(m.matches for ms in r.matches.values() for m in ms):
            return False
        asked = "，".join(c.text for c in r.clauses if c.asked)
        return any(f.get("matter") for f in focus_entries(asked, story=r.question))

    def _scope(self, r: Reading) -> list[str]:
        """The cities answered: those the question names, else every one — and every one for a comparison of
        the two ("社保这块两地一样吗？听说连云港还可以搞年金" names one city beside 两地)."""
        if r.intent == "compare" and phrases.any_in(r.question, words("intent", "compare_places")):
            return list(self.corpus.jurisdictions)
        if phrases.any_in(r.question, words("intent", "both_texts")):
            return list(self.corpus.jurisdictions)   # "这两份辅警规定分别是哪天开始施行的？连云港…": both texts asked
        if not r.jurisdictions and r.likely_city:
            # the city the user's speech hints at first ("…要得不嘛": 重庆市), every city answered
            return [r.likely_city] + [j for j in self.corpus.jurisdictions if j != r.likely_city]
        return list(r.jurisdictions) or list(self.corpus.jurisdictions)

    def _with_beside(self, question: str, r: Reading, jurisdictions: list[str], answer: Answer) -> Answer:
        """The tool answer with the look-up of the questions for the texts asked beside the act ("辅警可以抓人送
        看守所吗，要是抓错了谁来赔": 第十三条 decides the act, 第四十七条 answers who pays), after the decisions."""
        sub = replace(r, intent="lookup", clauses=[replace(c, asked=c.text in r.beside) for c in r.clauses])
        text = ""
        # "…单位可以怎么处理": how the unit deals with the 辅警's breach judged above — asked of a breach, whatever else
        # the story tells (an insult the 辅警 suffered is not what is handled)
        handling = [t for t in r.beside if HANDLING_ASKED.search(t)]
        if handling and len(handling) == len(r.beside):
            question = text = "辅警违反规定和纪律的，公安机关怎么处理"   # (the unit named any way: 大队, 所里, 单位)
            sub = replace(read_question(text, role=r.role.role, corpus=self.corpus), intent="lookup")
        found = self._lookup_answer(question, sub, jurisdictions, self._hits(question, sub, jurisdictions, text))
        if found.abstained or not found.lookups:
            return answer
        decided = [c for c in answer.citations if c not in answer.context]
        answer.citations = unique([*decided, *found.citations, *answer.context])
        answer.lookups = found.lookups
        return self._rendered(answer)

    def _search_text(self, question: str, r: Reading) -> str:
        """What retrieval embeds: the question, or for a long story its asked clauses (and the clause
        before a short one, the story a clause points back to: :mod:`assistant.asked`) — the embedding
        cost grows with the length, the asked clauses carry the topic."""
        question = typos.fix(question)   # "体捡": retrieval reads the question as the reader does
        # ("给新辅警上岗前培训要讲回避这一块": the class taught frames the topic, 回避)
        kept = [t for c in r.clauses if not is_purpose(c.text) for t in [without_teaching_frame(c.text)] if t]
        checked = [(prev, c, claim) for prev, c, claim in claims_heard(r.clauses) if CLAIM_CHECK.match(c.text)]
        covered = {x.index for prev, c, _ in checked for x in (prev, c)}
        if checked and all(c.index in covered for c in r.clauses if c.asked):
            # "我弟在万州当了五年勤务辅警…听人讲辅警干得好可以考成正式民警，条例里头有这个说法没得": the claim heard is
            # what is asked, the story before it aside
            # (…with the clause of its sentence just before it, where an object it leaves out may be: "想入工会，有人说辅警入不了")
            lead = {prev.index: r.clauses[prev.index - 1].text for prev, _, _ in checked
                    if prev.index > 0 and r.clauses[prev.index - 1].sentence == prev.sentence and not r.clauses[prev.index - 1].asked}
            return "，".join(f"{lead[prev.index]}，{claim}，{c.text}" if prev.index in lead else f"{claim}，{c.text}"
                            for prev, c, claim in checked)
        if role_scope_asked(r):
            # "这批人分到档案室、医务室…这类人能干的活有哪些": the post the story implies is what is asked
            return f"{r.role.role}辅警，" + "，".join(c.text for c in r.clauses if c.asked)
        if kept and kept != [c.text for c in r.clauses]:
            # "做培训课件要用：辅警有没有年假": why the user asks names no topic (培训 is not asked)
            question = "，".join(kept)
        if len(question) <= LONG_QUESTION:
            return question
        asked = [c for c in r.clauses if c.asked]
        if not asked:
            return question[-LONG_QUESTION:]
        parts = []
        for c, part in zip(asked, asked_parts(r.clauses)):
            if part.pointer:      # "对这种情况有什么说法": what it points back to is what it asks
                parts.extend(part.context)
            elif len(c.text) < 15 and c.index > 0:
                parts.append(r.clauses[c.index - 1].text)
            parts.append(c.text)
        return "，".join(dict.fromkeys(parts))[-SEARCH_CHARS:]

    def _hits(self, question: str, r: Reading, jurisdictions: list[str], text: str = "") -> dict[str, list[Hit]]:
        text = text or self._search_text(question, r)
        vector = self.index.embeddings.embed_query(text)
        return {j: self.searcher.search(text, k=5, jurisdictions={j}, vector=vector) for j in jurisdictions}

    def _part_search(self, r: Reading) -> Callable[..., list[Hit]] | None:
        """Searching one asked clause alone in one city, when two to MAX_PARTS clauses are asked: a question of two
        parts embeds near one of them. A clause that points back, or opens with its question, is searched with the
        clause before it, where its topic is. Lazy: a clause is embedded only when the look-up asks for it, once."""
        ps = asked_parts(r.clauses)
        if len(ps) < 2 or len(ps) > MAX_PARTS:
            return None
        by_clause = {p.clause: p for p in ps}
        vectors: dict[str, list[float]] = {}

        def search(clause: str, jurisdiction: str, with_before: bool = False) -> list[Hit]:
            p = by_clause.get(clause)
            if p is None:
                return []
            before = with_before or p.pointer or p.topic_before
            text = typos.fix(f"{p.context[-1]}，{p.clause}" if before and p.context else p.clause)
            if text not in vectors:
                vectors[text] = self.index.embeddings.embed_query(text)
            return self.searcher.search(text, k=PART_DEPTH, jurisdictions={jurisdiction}, vector=vectors[text])
        return search

    def _relevant(self, hit: Hit) -> bool:
        # BM25 alone matches any question sharing a word with the texts ("辅警"): it only decides when
        # the dense side is unavailable
        if hit.degraded:
            return hit.bm25 >= MIN_BM25
        # a unit sharing the question's rare words (岗前培训) bears on it even when the sentence as a whole
        # embeds a little further off
        return hit.dense >= MIN_DENSE or (hit.bm25 >= STRONG_BM25 and hit.dense >= MIN_DENSE - NEAR_DENSE) or \
            (hit.bm25 >= 2 * STRONG_BM25 and hit.dense >= MIN_DENSE - FAR_DENSE)

    def _near(self, hit: Hit) -> bool:
        """Just below the dense gate: relevant only when a sentence of it covers the question (assistant.lookup)."""
        return not hit.degraded and hit.dense >= MIN_DENSE - NEAR_COVERED

    def _article_refs(self, question: str, jurisdictions: list[str]) -> list[Citation]:
        """Articles the user names by number ("第十九条"), in the jurisdictions asked about."""
        cites = []
        for m in ARTICLE_REF_RE.finditer(question):
            n = cn_to_int(m.group(1))
            for j in jurisdictions:
                reg = self.corpus.jurisdictions[j]
                if 1 <= n <= len(reg.articles):
                    cites.append(self.corpus.citation(reg.doc_id, n))
        return cites

    def _hit_citation(self, hit: Hit) -> Citation:
        """Cite the unit that matched best (item or paragraph), so the quote is to the point."""
        unit = self.index.units[self.index.by_id[hit.best_unit]] if hit.best_unit else None
        if unit is None or unit.level == "article":
            return self.corpus.citation(hit.doc_id, hit.article)
        return self.corpus.citation(hit.doc_id, hit.article, unit.paragraph or None, unit.item or None)

    def _lookup_citations(self, hits: list[Hit]) -> list[Citation]:
        relevant = [h for h in hits if self._relevant(h)]
        if not relevant:
            return []
        chosen = [relevant[0]]
        for h in relevant[1:2]:
            if h.score >= SECOND_HIT_RATIO * relevant[0].score:
                chosen.append(h)
        return [self._hit_citation(h) for h in chosen]

    def _lookup_answer(self, question: str, r: Reading, jurisdictions: list[str],
                       hits: dict[str, list[Hit]]) -> Answer:
        """Per city, the sentences that decide the question quoted with their pinpoints (assistant.lookup);
        only those units are the answer's citations, nearby articles go to ``related``."""
        named: dict[str, list[Citation]] = {}
        for c in self._article_refs(question, jurisdictions):
            named.setdefault(self.corpus.regulation(c.doc_id).meta.jurisdiction, []).append(c)
        # a hit just below the gate bears on the question when a sentence of it covers most of what is asked (a long
        # story embeds far from its short question; a short colloquial one far from the texts' words)
        result = Lookup(self.index).answer(r, {j: hits[j] for j in jurisdictions}, self._relevant, named, self._near,
                                           self._part_search(r) if not named else None)
        if isinstance(result, Abstention):
            return self._abstain(question, r, jurisdictions,
                                 Abstention(result.reason + "请咨询所在公安机关或查阅其他相关规定。"))
        citations = unique(c for part in result for c in part.citations)
        cited = {c.article_id for c in citations}
        related = [c for c in unique(c for part in result for c in part.related) if c.article_id not in cited]
        return self._rendered(Answer(question, "", False, citations, [], jurisdictions, r.role.role, r.intent,
                                     assumptions=self._city_assumed(r), related=related, lookups=list(result)))

    def _abstain(self, question: str, r: Reading, jurisdictions: list[str], why: Abstention) -> Answer:
        return self._rendered(Answer(question, "", True, jurisdictions=jurisdictions, role=r.role.role,
                                     intent=r.intent, abstention=why))

    def _rendered(self, answer: Answer) -> Answer:
        answer.text = render_answer(self.corpus, answer)
        return answer

    def _city_assumed(self, r: Reading) -> list[str]:
        """Why the answer puts one city first when no place was named: the user's speech hints at it."""
        if not r.likely_city or r.jurisdictions:
            return []
        name = self.corpus.jurisdictions[r.likely_city].meta.jurisdiction_name
        return [f"你没有说明城市；按你说的“{r.city_words}”，先写{name}的规定，其他城市的规定也列出；如果你在别的城市，请说明。"]

    def _assumptions(self, r: Reading, decisions: list[Decision]) -> list[str]:
        """What the answer assumed and must say: a role read from the workplace, a year not written."""
        out = self._city_assumed(r)
        if r.role.source == "inferred" and r.intent == "duty":
            out.append(f"你没有说明岗位，按你说的“{r.role.words}”，按{role_name(r.role.role)}的工作来判断；"
                       f"如果不是，请说明你是勤务辅警还是文职辅警。")
        if r.role.source == "inferred" and r.intent == "eligibility":
            out.append(f"按你说的“{r.role.words}”，按{role_name(r.role.role)}的招聘条件来判断；如果报的不是这个岗位，请说明。")
        if r.intent == "eligibility":
            out += r.notes
        return out

    def _tool_answer(self, question: str, r: Reading, jurisdictions: list[str], decisions: list[Decision],
                     hits: dict[str, list[Hit]] | None = None) -> Answer:
        """The decisions' answer; ``hits``: the question's retrieval when it was already searched."""
        citations = cited_by(decisions)
        # a duty question the texts do not list: show the nearest relevant article as context
        context: list[Citation] = []
        if all(d.verdict == "not_addressed" for d in decisions):
            hits = hits or self._hits(question, r, jurisdictions)
            for j in jurisdictions:
                context += [c for c in self._lookup_citations(hits[j])[:1] if c.article_id not in
                            {x.article_id for x in citations}]
        return self._rendered(Answer(question, "", False, citations + context, decisions, jurisdictions, r.role.role,
                                     r.intent, assumptions=self._assumptions(r, decisions), context=context))


def _compared_topic(question: str) -> str:
    """The question without its words of comparison ("两地岗前培训有啥不同" → "岗前培训"), when words are left."""
    found = phrases.longest_only(phrases.hits(question, words("intent", "compare") + words("intent", "compare_places")))
    topic = phrases.without(question, found)
    topic = topic.strip("，。？?！! ")
    return topic if len(topic) >= 2 and topic != question else ""


def cited_by(decisions: list[Decision]) -> list[Citation]:
    """Every citation of the decisions, once, in order."""
    return unique(c for d in decisions for c in d.citations())

"""Look-up answers: per city, the sentence(s) of the texts that decide the question, quoted verbatim
with their pinpoint (:class:`~assistant.parts.LookupPart`) — or an :class:`~assistant.parts.Abstention`
when nothing in the texts bears on the question.

1. **Shape.** The asked clauses say what kind of answer is wanted (``data/lookup.yaml``): 是否/能不能 →
   ``yes_no`` (是 / 否 / 条文未明确 + the sentence), 谁/哪个部门 → ``who``, 什么时候/多久 → ``when``,
   流程/怎么办 → ``how`` (the steps in order), 有哪些 → ``list``, else ``what``.
2. **Headline.** The sentences of the relevant articles are scored against the question
   (:mod:`assistant.passages`); the best one is quoted. An item is quoted with its lead-in; for a list
   or a procedure the whole list is quoted, in order.
3. **What is cited.** The article of that sentence. A second article is cited only when it decides a
   part of the question the first does not: another asked clause ("医院能先救人后收钱吗？医药费谁先垫？"),
   or words of the question the first sentence leaves uncovered. Other relevant articles are offered as
   ``related``, not cited.
4. **Figures and dates.** A figure the texts do not state (:mod:`assistant.figures`): when they govern
   the matter, the rule is quoted and the note says the figure is not stated; when they do not, that
   city has nothing. A text's own dates (施行, 废止, 通过) come from its final articles and metadata
   (:mod:`assistant.own_dates`).
5. **Abstention** only when no city has anything.

>>> from assistant.index import open_index                                   # doctest: +SKIP
>>> from assistant.understand import read_question                           # doctest: +SKIP
>>> idx = open_index(); lk = Lookup(idx)                                     # doctest: +SKIP
>>> r = read_question("辅警因工受伤享受什么待遇", jurisdiction="lianyungang")  # doctest: +SKIP
>>> hits = {"lianyungang": Searcher(idx).search(r.question, jurisdictions={"lianyungang"})}  # doctest: +SKIP
>>> lk.answer(r, hits, relevant=lambda h: True)[0].citations[0].label        # doctest: +SKIP
'《连云港市公安机关警务辅助人员管理办法》第四十一条第一款'
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Callable

from . import asked, own_dates, phrases, yamlfile
from .figures import FigureGap, figure_gap, ungoverned_figure
from .index import SearchIndex
from .models import Citation, parse_unit_id, unit_id
from .asked import strip_frame as _strip_frame
from .numerals import NUMERAL_CHARS, cn_to_int
from .parts import Abstention, LookupPart, Passage
from .passages import DEPTH, Query, score, terms_of
from .retrieve import Hit
from .rules.loader import cite, load_data
from .sentences import Sentence, by_article
from .tokenize import synonyms_for
from .topics import topics
from .understand import Reading
from .understand.reading import find_other_place
from .understand.clauses import CLAIM_CHECK, claims_heard, is_purpose, without_teaching_frame
from .understand.lexicon import words as lexicon_words

WORDS = Path(__file__).parent / "data" / "lookup.yaml"

NOT_COVERED = "这些规定没有涉及这个问题。"
# a shape's preference among sentences of equal merit (small: it breaks ties, it does not pick articles)
SHAPE_BONUS = 0.06
# a focus bonus this many times SHAPE_BONUS answers an asked clause of its own, whatever its words
FOCUSED_PART = 7
_LIST_NUMBER = re.compile(r"(?:(?<![0-9])[1-9][.．、)）]?|[（(][1-9一二三四五六七八九十][）)]|[①②③④⑤⑥⑦⑧⑨⑩])\s*$")
_NEW_QUESTION = re.compile(r"(另外|还有|顺便|再问|再就是|其次|第二|二是|三是|最后|(那)?反过来|反之)")
# one of the alternatives of a question ("是直接去上班，还是要先培训"): no question of its own
# whether a thing is banned or governed at all ("这个管不管", "犯法吗"), asked beside what follows
_LEGALITY = re.compile(r"管不管|管吗|有人管|违法|犯法|合法|允许|准不准|让不让|有没有规定|违不违规|算不算违")
# what is left of a clause that only frames a figure asked beside it: numbers, their alternatives, particles
_FIGURE_FRAME = re.compile(rf"[0-9{NUMERAL_CHARS}]+|还是|是|岁|周岁|多少|几|[吗呢啊哦吧嘛呀噻哈？?！!。]")
# a number guessed for the figure asked beside it ("是不是跟民警一样男的60岁", "是55岁吧")
_FIGURE_GUESSED = re.compile(rf"(是不是|是|还是|难道)[^，。？！]{{0,12}}[0-9{NUMERAL_CHARS}]{{1,3}}(周岁|岁|天|元|块|个月)")
# whether an exact figure exists, asked of the figure beside it ("…一共有多少个辅警？有没得个准数")
_EXACT_ASKED = re.compile(r"^[，,]?(那)?(到底)?(有没有|有没得|有莫得|有无|有)?(个|一个)?(准数|准确数字?|具体数字?|确切数字?|精确数字?|官方数据|官方数字|权威数据)"
                          r"[吗呢啊哦吧嘛呀噻哈？?！!。]*$")
# the question before asked again of another matter ("培训也要的吧", "那工伤也算吗")
# (…"还得培训啥", "还要交啥材料": a further thing of the same matter)
_ALSO_ASKED = re.compile(r"^(那|那么)?[\u4e00-\u9fff]{1,6}?也(要|算|有|能|可以|是|得|需要|会|行|管)|"
                         r"^(那|那么)?还(得|要|需要|用)(?=[\u4e00-\u9fff]{1,6}(啥|什么|哪些|吗|不)$)")
# a part opening with 是 asks of one option ("是公安局自己说了算吗") unless it holds a question word ("是按啥待遇走的")
_QUESTION_WORD = re.compile(r"啥|什么|哪|怎么|咋|多少|几|谁")
# one way of an alternative ("是派出所自己管，还是…"): a part with 还是, or the part before one that opens with it
_ALTERNATIVE = re.compile(r"还是")
_COMPARES = re.compile(r"一样|相同|不同|区别|差别|差异|有啥不一样|有什么不一样")
_IN_FORCE = re.compile(r"自[^，。]{0,16}起施行|施行。$")
# a clause that sets a condition ("要是…", "万一…")
_CONDITION = re.compile(r"^(那|那么|另外|还有|再就是)?[^，。？！]{0,8}?(要是|如果|假如|万一|若是|一旦|假设)(?!不要|不是)")
# another asked clause is answered by a sentence covering this much of it
PART_MIN_LEXICAL = 0.35
# a follow-up question of its own verb, its topic the question just before ("每年会不会调", "多久调一次", "能涨吗")
_FOLLOW_UP = re.compile(r"(会不会|能不能|可不可以|要不要|多久|几年|每年|能|会)[^，。？！]{0,3}(调|涨|升|降|变|续|改|加)")
# …and by another article than an earlier clause's when it covers the clause's own words this much better
NEW_ANSWER_GAIN = 0.2
# how much less near the runner-up may be when a part asked on its own finds the cited article first
RUNNER_UP_GAP = 0.02
# …and one just below the gate is as relevant as that top when nearly tied with it and matching the part's words strongly
# (a gate on the dense cosine alone would turn on its fourth decimal)
RUNNER_UP_TIE = 0.005
RUNNER_UP_BM25 = 10.0
# …and only a clause whose own words weigh this much (two rare words: 政府, 预算)
NEW_ANSWER_WEIGHT = 6.0
# …and this much: a part heavy enough to ask its own article even where its nearest one is cited already
OWN_QUESTION_WEIGHT = 12.0
# a yes/no verdict needs its sentence to cover this much of the asked clause; a rule stated without a
# modal gives 是 only when it covers this much and the user does not ask about themselves
VERDICT_COVERAGE = 0.3
PLAIN_COVERAGE = 0.6
RELATED = 2         # related articles offered per city
# a comparison's topic is taken for every city when its articles cover this much of the question in each
ALIGN_COVER = 0.2
ALIGN_STRONG = 0.4
# a cited unit's reference to another article ("具有本条例第十条规定情形的") brings it when one of its sentences
# covers this much more of the question than the cited unit does
REFERRED_GAIN = 0.3
_REFERS = re.compile(r"本(?:条例|办法|规定|细则)第([一二三四五六七八九十百零〇0-9]+)条")
# a hit just below the retrieval gate bears on the question when a sentence covers this share of a part
STRONG_COVER = 0.5
# a clause of a question of several parts, answered by an article of its own when it covers this much of it alone
ALONE_COVER = 0.8


def _asked_gap(asked: list[str], quoted: list[str], question: str) -> FigureGap | None:
    """The figure asked, clause by clause first ("退休以后有养老金没有，多少岁退休" asks an age, not a sum of money
    read across the comma), then in the asked clauses together."""
    return next((g for g in (figure_gap(t, quoted, question) for t in asked) if g is not None), None) or \
        figure_gap("，".join(asked), quoted, question)


# a figure the texts govern: its rule's sentences are sought in this many relevant articles, and at most
# this many are quoted
GOVERNED_DEPTH = 4
GOVERNED_SENTENCES = 3


@lru_cache(maxsize=4)
def _text_called(names: tuple[str, ...]) -> re.Pattern:
    """"连云港办法和重庆条例列的清单": a text called by its city — its kind (条例, 办法) is no topic ("参照本条例执行").
    Built once per corpus: a look-up is made per question."""
    places = "|".join(sorted((re.escape(n) for n in names if n), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?P<place>{places})(?:市)?(?:的)?(?:办法|条例|规定)")


@lru_cache(maxsize=1)
def _words() -> dict:
    return yamlfile.safe_load(WORDS.read_text(encoding="utf-8"))


def _merged(dated: list[LookupPart], others: list[LookupPart]) -> list[LookupPart]:
    """Per city, the answer on the text's dates followed by the answer to the other questions."""
    out = []
    for d in dated:
        o = next((p for p in others if p.jurisdiction == d.jurisdiction), None)
        if o is None or not o.citations:
            out.append(d)
            continue
        passages = d.passages + tuple(p for p in o.passages if p not in d.passages)
        cites = tuple(dict.fromkeys(d.citations + o.citations))
        out.append(LookupPart(d.jurisdiction, d.shape, passages, cites, o.related, d.verdict, d.note + o.note))
    return out


def clause_shape(text: str) -> str:
    """The shape one asked clause calls for.

    >>> [clause_shape(t) for t in ("回避由谁决定", "辅警有年假吗", "招聘流程是怎样的", "有哪些权利", "辅警的待遇")]
    ['who', 'yes_no', 'how', 'list', 'what']
    """
    for shape, words in _words()["shapes"].items():
        if phrases.any_in(text, words):
            return shape
    return "what"


def _article_hit(article_id: str, jurisdiction: str, score: float, bm25: float, dense: float) -> Hit:
    """A whole article of ``jurisdiction`` as a hit that retrieval did not rank (brought in, or a comparison's topic)."""
    doc_id, article = article_id.rsplit(":", 1)
    return Hit(article_id, doc_id, int(article), jurisdiction, score, bm25, dense, article_id)


def _with_nearest(hits: list[Hit]) -> list[Hit]:
    """The first :data:`DEPTH` hits, and the densest and the most lexical hit when they rank below them."""
    top = hits[:DEPTH]
    for key in (lambda h: h.dense, lambda h: h.bm25):
        best = max(hits, key=key) if hits else None
        if best is not None and best not in top and key(best) > max(key(h) for h in top):
            top = top + [best]
    return top


# the work a post may do, asked of people the question points to ("这类人能干的活具体有哪些", "他们能做哪些工作")
_WORK_SCOPE = re.compile(r"(这类人|这些人|这批人|他们|她们|这种岗位?|这类岗位?)[^，。？！]{0,6}(能干|能做|可以干|可以做|干|做)[^，。？！]{0,8}(哪些|什么|啥)")


def role_scope_asked(r: Reading) -> bool:
    """The work of a post is asked of the people the story puts in it (the role inferred or stated, not named)."""
    return bool(r.role.role) and any(c.asked and _WORK_SCOPE.search(c.text) for c in r.clauses)


def asked_clauses(r: Reading) -> list[str]:
    # (…not a trainer's own frame asked as a clause: "…能不能指挥他们？培训时候该怎么讲" asks nothing of 培训)
    return [c.text for c in r.clauses if c.asked and not _TRAINER_ASKS.fullmatch(c.text.strip("？?！!。 "))] or \
        [c.text for c in r.clauses if c.asked] or [r.question]


# how the trainer is to put it to the class ("培训时候该怎么讲", "上课怎么讲", "给学员怎么解释")
_TRAINER_ASKS = re.compile(r"(那)?(我)?(培训|上课|讲课|课上|给学员|给新人|给大家)(的)?(时候?|课上)?(该|应该|要)?(怎么|咋|咋个|如何)(讲|说|解释|回答|答)(比较好|才对)?")


def _consequence_asked(r: Reading) -> bool:
    """An asked clause asks what follows ("会被怎么处理", "咋罚", "要负什么责任")."""
    return phrases.any_in("，".join(asked_clauses(r)), asked.consequence_words())


def question_shape(r: Reading) -> str:
    """The shape of the first asked clause that has one other than ``what``."""
    shapes = [clause_shape(t) for t in asked_clauses(r)]
    return next((s for s in shapes if s != "what"), "what")


def focus_entries(asked: str, widen: bool = False, story: str = "", unless_in: str = "") -> list[dict]:
    """The focus entries ``asked`` calls for; an entry with ``told`` wants those words in ``story`` too (the whole
    question: "万一在岗位上牺牲了，家里人能有啥保障" asks of the family of one who died). Its ``unless`` words are
    looked for in ``unless_in`` when given (one asked clause of several), else in the story."""
    return [f for f in _words()["focus"] if (f.get("widen") or not widen)
            and phrases.any_in(asked, f["asked"]) and not phrases.any_in(unless_in or story or asked, f.get("unless", []))
            and (not f.get("told") or phrases.any_in(story, f["told"]))]


def _focus(asked: str, widen: bool = False, story: str = "") -> list[list[str]]:
    """The words of a sentence that says what ``asked`` is after (``focus`` in data/lookup.yaml); ``widen``:
    only the entries whose sentences are looked for below the first articles too."""
    return [f["sentence"] for f in focus_entries(asked, widen, story)]


def _bonus(shape: str, asked: str, story: str = "", one_clause: bool = False) -> Callable[[Sentence], float]:
    """A small preference for sentences that have the shape asked for (who: 由…; a list: a lead-in)
    and that say what the asked clause is after (``focus`` in data/lookup.yaml)."""
    marks = {"who": ("由", "负责", "决定", "会同"), "when": ("施行", "之日", "日起", "期间", "以前", "之前", "后"),
             "how": ("程序", "环节", "流程", "步骤", "经过")}.get(shape, ())
    unless_in = asked if one_clause else ""   # one clause of several: what it says, not its neighbours, sets aside
    focus = [f["sentence"] for f in focus_entries(asked, story=story, unless_in=unless_in)]
    # the focus that looks below the first articles says most plainly what is asked ("算不算辅警" → 不属于辅警):
    # it weighs twice
    # (an entry may weigh more: ``weight``, when the sentence it wants competes with a near one of its words)
    strong = [(f["sentence"], f.get("weight", 2), f.get("avoid", []))
              for f in focus_entries(asked, widen=True, story=story, unless_in=unless_in)]

    def bonus(s: Sentence) -> float:
        b = 0.0
        if shape == "list" and (s.lead or s.text.count("、") >= 2) or any(m in s.text for m in marks):
            b += SHAPE_BONUS
        if any(phrases.any_in(f"{s.lead_in}{s.text}", f) for f in focus):
            b += SHAPE_BONUS
        # …not a sentence the entry avoids ("优先招聘" for the family of one who died on duty)
        b += max((w * SHAPE_BONUS for f, w, avoid in strong if phrases.any_in(f"{s.lead_in}{s.text}", f)
                  and not phrases.any_in(f"{s.lead_in}{s.text}", avoid)), default=0.0)
        # ("能不能把他辞退" after "有吸毒史": the grounds of dismissal, not the story's bar to hiring)
        return b
    return bonus


def _short(c: Citation) -> str:
    """The pinpoint without the title ("第四十一条第一款"): the title is said with the quoted texts."""
    return c.label.split("》", 1)[-1]


def _scopes(text: str, marks: list[str]) -> list[str]:
    """What each marker governs: the words after it, to the end of its sentence or lead-in ("不得招聘为
    辅警：", "应当统一程序，通过……体能测试……等环节，择优录取。")."""
    return [re.split(r"[。；：;:\n]", text[h.end:], maxsplit=1)[0] for h in phrases.hits(text, marks)]


# the 辅警 named: as a sentence's subject (``match``: "辅警不得单独执法"), or anywhere in a clause (``search``)
_OF_STAFF = re.compile(r"(勤务|文职)?(辅警|警务辅助人员|协警)")


def verdict(clause: Query, clause_text: str, s: Sentence, coverage: float, story: str = "") -> str:
    """是 / 否 / 条文未明确 for a yes/no clause (its terms ``clause``) answered by sentence ``s``, which
    covers ``coverage`` of the clause's weight; ``story``: the rest of the question.

    Conservative on purpose — a wrong 是 is the worst answer. 是 or 否 only when the sentence covers
    what the clause asks and a marker of the sentence governs a word the clause asks about: "不得招聘为
    辅警" answers nothing about 辞退 (否 would be wrong), "层级之间不具有领导、指挥…关系" answers "能指挥
    吗". Left to the quoted words (条文未明确): a clause turning the sense ("没通过能直接上岗吗"), a
    sentence without a marker ("先救治、后收费" for "要先自己交钱吗" — covering the words is not agreeing),
    a sentence giving the matter to a body when the user asks whether it falls on them. A negation in
    the story counts as well: "岗前培训没通过，能先安排上岗吗" asks against the sentence's condition.

    >>> from assistant.corpus import Corpus
    >>> from assistant.sentences import by_article
    >>> s = by_article(Corpus.load())["lianyungang-2021:26"][-2]
    >>> q = Query.of([("层级高的能指挥层级低的吗", True)], idf=lambda t: 1.0)
    >>> s.text[-19:], verdict(q, "层级高的能指挥层级低的吗", s, 0.5), verdict(q, "岗前培训没通过能直接上岗吗", s, 0.5)
    ('层级之间不具有领导、指挥或者隶属关系。', '否', '条文未明确')

    An affirmative rule answers only a word asked besides the parties every article names:

    >>> oath = by_article(Corpus.load())["lianyungang-2021:24"][0]
    >>> q = Query.of([("辅警干得好能考成正式民警吗", True)], idf=lambda t: 1.0)
    >>> verdict(q, "辅警干得好能考成正式民警吗", oath, 0.5)
    '条文未明确'
    """
    w = _words()
    v = w["verdict"]
    stripped, told = clause_text, story
    for f in sorted(w["yes_no_frame"] + v["bounds"], key=len, reverse=True):   # "不低于多少" asks a bound
        stripped, told = stripped.replace(f, ""), told.replace(f, "")
    if coverage < VERDICT_COVERAGE or phrases.any_in(stripped + "，" + told, w["question_negation"]) \
            or phrases.any_in(clause_text, v["open"]):
        return "条文未明确"
    text = f"{s.lead_in}{s.text}"
    if _OF_STAFF.match(s.text) and not _OF_STAFF.search(clause_text) and \
            phrases.any_in(stripped, lexicon_words("frame", "institutions")):
        return "条文未明确"   # "能不能公安局自己单独组织招聘": a rule of what the 辅警 may do says nothing of the bureau

    def governs(marks: list[str], asked=clause.weights.keys()) -> bool:
        return any(terms_of(scope) & asked for scope in _scopes(text, marks))

    if any(d in text and terms_of(d) & clause.weights.keys() for d in v.get("denies") or ()):
        return "否"
    if governs(v["bounds"]):
        return "否" if phrases.any_in(clause_text, v["beyond_bound"]) else "是"
    if governs(v["negative"]):
        # "诬告我的人会被处理吗": a ban on the act says nothing against its consequence
        if _WHAT_FOLLOWS.search(clause_text):
            return "条文未明确"
        return "是" if phrases.any_in(clause_text, v["asks_forbidden"]) else "否"
    if phrases.any_in(text, v["negative"]) or phrases.any_in(text, v["bounds"]) or \
            phrases.any_in(clause_text, v["asks_forbidden"]):
        # a refusal of something else stands in the sentence; or "…违法吗" asked of a sentence that refuses
        # nothing (a penalty, an entitlement): say no verdict
        return "条文未明确"
    # "后果要我自己承担吗", "要先自己交钱吗": the user asks whether something falls on them; a rule that gives
    # it to a body, or that says nothing of them, must not be read as 是
    by = text.find("由")
    to_a_body = (by >= 0 and phrases.any_in(text[by:], v["bodies"])) or phrases.any_in(text, v["to_a_body"])
    about_self = phrases.any_in(stripped, w["self"])
    # an affirmative rule answers only when it governs a word asked besides the parties ("参照人民警察宣誓
    # 规定组织宣誓" is no 是 to "能考成正式民警吗"); a refusal of the party itself ("不属于警务辅助人员") still answers
    parties = set().union(*(terms_of(p) for p in v["parties"]))
    if governs(v["affirmative"], clause.weights.keys() - parties or clause.weights.keys()):
        # (…nor a list of other things of its kind: "单位给辅警买意外险吗" is not answered by "养老保险、医疗保险…等社会保险")
        return "条文未明确" if about_self and to_a_body or _kind_not_listed(clause_text, text) else "是"
    if not about_self and coverage >= PLAIN_COVERAGE:
        return "是"      # a rule stated without a modal ("医疗机构……先救治、后收费") that covers the clause
    return "条文未明确"


def _tied_and_lexical(top: Hit, runner_up: Hit) -> bool:
    """The runner-up nearly tied with the top on the dense side and a strong lexical match of its own."""
    return not runner_up.degraded and top.dense - runner_up.dense <= RUNNER_UP_TIE and runner_up.bm25 >= RUNNER_UP_BM25


def _kind_not_listed(clause_text: str, text: str) -> bool:
    """The sentence lists things of one kind ("养老保险、医疗保险…工伤保险等社会保险") and the thing the clause names by its
    everyday name ("意外险": 人身意外伤害保险, data/synonyms.txt) is of that kind but not among them."""
    for word, terms in synonyms_for(clause_text).items():
        if word not in clause_text or word in text:
            continue
        names = terms.split()
        heads = {n[-2:] for n in names if len(n) >= 4}
        if names and not any(n in text for n in names) and \
                any(re.search(rf"[\u4e00-\u9fff]{{1,4}}{h}、[^，。；]{{0,40}}{h}", text) for h in heads):
            return True
    return False


# a yes/no clause that is only its frame ("犯法吗", "这样违法不"): read with the clause told just before it
_BARE_ASK = re.compile(r"(那|那么)?(这样|这样子|这|那样|那)?(算|算是)?(不)?(犯法|违法|违规|合法|合规|可以|行|能行)(吗|不|么|嘛|啊|没有|不呢)?[？?！!。]?")


# "诬告我的人会被处理吗", "他要负什么责任": what follows for someone, asked — not whether an act is allowed
_WHAT_FOLLOWS = re.compile(r"(会|要)(不会|不要)?(被|遭|受)?[^，。？！]{0,6}(处理|处罚|罚|追究|处分|判)|(负|担|承担)[^，。？！]{0,4}责任")

# a story clause that opens a new matter ("还有最近老有个…", "另外…"): what a pointer after it asks
_NEW_MATTER = re.compile(r"^(还有|另外|另|再就是|再有|还有就是|顺便|然后还有)")
# a permission asked bare, of what the story told just before ("想提前不干了，能行吗", "可以不")
_BARE_PERMISSION = re.compile(r"(那|那么|这样|这么|这)?(我|我们|他|她)?(能行|可以|行|能|中|照|要得|得行|允许)(吗|不|么|嘛|没|不了)?|"
                              r"(那|这样)?(我|他|她)?(能不能|可不可以|行不行|允不允许)(行|这样)?")
_WHAT_TO_DO = re.compile(r"怎么办|咋办|咋个办|啷个办|怎么处理|咋处理|有没有规定|有规定管|谁管|有人管|管不管")

# "处理了个案子以后对方天天打电话骚扰我们家，这咋办": a step done before, told as when the trouble began, is no
# topic of the story a question points back to (its 处理 would bring the articles on 辅警 who are dealt with)
_BACKGROUND = re.compile(r"^[^，。？！]{1,10}?了[^，。？！]{0,6}?(以后|之后)(?=[^，。？！]{4,})")

# "哪些人不算辅警": the persons asked for name no topic (人 alone is rare in the texts: 投诉人、举报人)
_PERSONS_ASKED = re.compile(r"(哪些|什么|啥|哪种|哪类|哪一类|什么样的)人(?![员家])")
# "辅警证是哪个部门发的": the body asked for is the question's shape (who), not a topic — 部门 would draw the
# sentence that lists 部门 (重庆 5:2) over the one that answers (35: 公安机关…配发…工作证件)
# (only of a thing issued: "哪个部门在管", "哪些部门要管", "哪个部门在招" ask for the bodies that run the work)
# a clause that names the topic the question is about ("培训课要讲辅警开警车这块，…规定分别咋说的"): as asked as the question
_TOPIC_NAMED = re.compile(r"^[^，。？！]{2,16}?(这块|这一块|这方面|那块|那一块)$")
_BODY_ASKED = re.compile(r"(哪个|哪些|哪一个|哪一级|哪级|什么|啥子?)(部门|单位|机关|机构)(?=[^，。？！]{0,3}(发|颁发|开具|出具|签发|盖章|配发))")


# figures of one hiring or exam: asked first they set the topic ("今年招多少人？公告发了没有")
_EVENT_FIGURES = frozenset({"人数", "考试内容", "分数线", "具体日期或地点", "具体日期", "具体时间", "报名费用"})
# a question of that one event, not of the standing rules
_OF_THE_EVENT = re.compile(r"今年|明年|这次|这回|本次|这一次|这批|这一批|(发|出|开始|公布|下来|出来)(了)?(没有|没)|了吗")


class Lookup:
    """Look-up answers over one index (its corpus, its sentences and the idf of its terms)."""

    def __init__(self, index: SearchIndex) -> None:
        self.index = index
        self.corpus = index.corpus
        self.sentences = by_article(self.corpus)
        self._absent = self.idf("\x00")    # the idf of a term no unit holds
        # a province named beside its city ("江苏连云港") names no topic, though the texts say "江苏省有关规定"
        self._fillers = frozenset(_words()["fillers"]) | {reg.meta.province for reg in self.corpus.regulations if reg.meta.province}
        # a city's nicknames ("港城", "山城") name no topic either
        names = [n for reg in self.corpus.regulations for n in (*reg.meta.names(), *reg.meta.shared_place_names)]
        self._text_called = _text_called(tuple(names))
        self.asked = asked.Asked(self.idf, self.known, self._absent, names,
                                 lambda text: find_other_place(text, self.corpus))

    def idf(self, term: str) -> float:
        return self.index.bm25.idf(term)

    def known(self, term: str) -> bool:
        return self.idf(term) < self._absent and term not in self._fillers

    def query(self, r: Reading, only: str | None = None) -> Query:
        """The question's terms; ``only``: this asked clause counts as asked, the others as story. What an
        asked clause points back to ("这种情况", "会被怎么处理": :mod:`assistant.asked`) counts as asked."""
        back = {t for p in asked.parts(r.clauses) if (only is None or p.clause == only) and self.asked.points_back(p)
                for t in p.context}
        clauses = []
        for c in r.clauses:
            if is_purpose(c.text):
                continue   # "做培训课件要用": why the user asks, no topic
            if not c.asked and len(c.text) <= 16 and phrases.any_in(c.text, lexicon_words("frame", "story_frames")):
                continue   # "岗前培训要出一道题": what the question is for, no topic (its 培训 is not 岗前培训 asked)
            framed = without_teaching_frame(c.text)
            text = _BACKGROUND.sub("", framed) if c.text in back else framed
            weighed = c.asked and (only is None or c.text == only) or c.text in back or \
                only is None and _TOPIC_NAMED.search(framed) is not None
            clauses.append((self._text_called.sub(r"\g<place>", _BODY_ASKED.sub("谁", _PERSONS_ASKED.sub(r"\1", text))), weighed))
        # "这批人分到档案室、医务室…这类人能干的活有哪些": the work of the post the story implies is asked
        if role_scope_asked(r):
            clauses.append((f"{r.role.role}辅警", True))
        return self.terms(clauses or [(r.question, True)])

    def terms(self, clauses: list[tuple[str, bool]]) -> Query:
        return Query.of(clauses, self.idf, self.known, _words()["equivalents"])

    # -- the answer -------------------------------------------------------------------------
    def answer(self, r: Reading, hits: dict[str, list[Hit]], relevant: Callable[[Hit], bool],
               named: dict[str, list[Citation]] | None = None,
               near: Callable[[Hit], bool] | None = None,
               part_search: Callable[[str, str], list[Hit]] | None = None) -> list[LookupPart] | Abstention:
        """One part per city of ``hits`` (in that order), or an abstention when no city has anything.

        ``relevant`` is the retrieval gate (a hit that bears on the question); ``named``: articles the
        user named by number ("第十九条"), per city — they are answered whatever the gate says; ``near``: a
        hit just below the gate, which bears on the question when one of its sentences covers most of what
        a part of the question names (:data:`STRONG_COVER`); ``part_search``: (asked clause, city) → the hits of
        that clause searched alone (a question of two parts embeds near the first), candidates for that clause only."""
        question = r.question
        shape = question_shape(r)
        if r.not_conditions:
            return [self._not_listed(r, j) for j in hits]
        if r.intent == "compare":
            if shape == "yes_no":
                shape = "what"    # "两边规定一样吗" asks for both texts side by side, not a yes or a no
            r = self._compared_before(r)
        own = own_dates.asks(question, when=shape == "when")
        if own:
            dated = self._own_dates(r, list(hits), own, shape)
            # "条例哪天开始施行的？另外法院…能不能参照这个条例": the other questions are answered beside the dates
            rest = self._beside_own_dates(r)
            others = self.answer(rest, hits, relevant, named, near, part_search) if rest is not None else None
            return dated if others is None or isinstance(others, Abstention) else _merged(dated, others)
        parts: list[LookupPart] = []
        gaps = []
        # the figure is looked for in what is asked: "上班时间在值班室打牌" tells a time, it asks none
        asked_texts = asked_clauses(r)
        for j, city_hits in hits.items():
            mine = (named or {}).get(j) or []
            own_search = (lambda clause, with_before=False, j=j: part_search(clause, j, with_before)) if part_search else None
            part = self._city(r, j, shape, city_hits, relevant, mine, near, own_search)
            # (…not where another place is named: "听说上海辅警工资高…我在考虑从重庆跳过去" asks of 上海)
            if not part.citations and not mine and r.intent != "compare" and not find_other_place(r.question, self.corpus):
                # "听人家讲辅警工资低得很…有没有规定最少要拿到多少": a figure asked of a matter the story names, which
                # embeds below the gate — the rule that governs it, among the best hits, is the answer
                told = _asked_gap(asked_texts, [s.text for s in self._sentences(city_hits[:GOVERNED_DEPTH])], question)
                if told is not None and told.governed:
                    ruled = self._governed(part, told, city_hits, lambda h: True, question)
                    if ruled.citations:
                        parts.append(ruled)
                        continue
            gap = _asked_gap(asked_texts, [c.text for c in part.citations], question) if part.citations and not mine else None
            if gap is not None and not gap.governed:
                # the rule that governs the figure may be in a near article rather than the one quoted
                # ("能招多少辅警，是谁定的": 第七条's 用人额度, not 第五条's 招聘)
                nearby = [s.text for s in self._sentences([h for h in city_hits if relevant(h)][:GOVERNED_DEPTH])]
                wider = _asked_gap(asked_texts, [c.text for c in part.citations] + nearby, question)
                if wider is not None and wider.governed:
                    gap = wider
            if gap is not None and not gap.governed and not mine:
                # "1.跟单位建立的是什么关系 2.试用期一般几个月 3.…能不能解除": a figure asked after a question the texts
                # answer is one part of several — the others are answered, and the note says the figure is not stated
                rest = self._without_figure(r, gap)
                if rest is not None:
                    other = self._city(rest, j, question_shape(rest), city_hits, relevant, [], near, own_search)
                    quoted = self._quoted(other.citations)
                    # (…each other part answered, or one of them where the figure's own clause is gone with it:
                    # "能干到退休吗？退休以后有养老金没有，多少岁退休" — the pension is answered, the age is not stated)
                    covered = [self.asked.coverage(p, quoted) >= STRONG_COVER for p in asked.parts(rest.clauses)]
                    if other.citations and covered and (all(covered) or sum(covered) * 2 >= len(covered)):
                        part, gap = replace(other, note=f"这些规定没有写明{gap.label}。"), None
            if gap is None and not mine and own_search is not None and part.citations and r.intent != "compare":
                part = self._each_part(r, j, part, relevant, near, own_search)
            if gap is not None:
                gaps.append(gap)
                # governed: the rule is the answer and the note says the figure is not stated;
                # otherwise nothing in this city's text bears on the question
                part = self._governed(part, gap, city_hits, relevant, question) if gap.governed else self._nothing(j, shape)
                if gap.governed and not mine and own_search is not None and part.citations and r.intent != "compare":
                    # "能招多少人是谁定的？另外薪酬总量又是哪个部门核定": the other parts beside the governed figure
                    part = self._each_part(r, j, part, relevant, near, own_search)
            parts.append(part)
        if r.intent == "compare" and len(parts) > 1 and not gaps and not named:
            parts = self._aligned(r, parts, shape)
        if not any(p.citations for p in parts):
            reason = f"这些规定没有写明{gaps[0].label}。" if gaps else NOT_COVERED
            return Abstention(reason)
        return parts

    def _each_part(self, r: Reading, j: str, part: LookupPart, relevant: Callable[[Hit], bool],
                   near: Callable[[Hit], bool] | None, own_search: Callable[..., list[Hit]]) -> LookupPart:
        """Each asked part whose own nearest article the answer does not cite, answered as a question of its own —
        its own search, its own shape — when that answer's sentence covers the part's own words plainly
        (:data:`PART_MIN_LEXICAL`) and better than the answer's sentences do: "试用期一般多久？工资谁定的？被辞退了能不能
        申诉？" asks three things, and the articles nearest the whole question answer one of them."""
        quoted = self._quoted(part.citations)
        have = {c.article_id for c in part.citations}
        passages, cited = list(part.passages), list(part.citations)
        texts = [c.text for c in r.clauses]
        next_clause = {t: texts[i + 1] for i, t in enumerate(texts[:-1])}
        # "要是执勤的时候出事牺牲了，家里人能有啥待遇": a condition told just before a part says what it asks of
        conditioned = {r.clauses[i + 1].text: c.text for i, c in enumerate(r.clauses[:-1])
                       if not c.asked and r.clauses[i + 1].sentence == c.sentence and _CONDITION.match(c.text)}
        # a numbered item or a clause opened as a new question ("另外…", "还有…") is a question of its own, whatever its weight
        new_questions = {c.text for c in r.clauses if c.asked and (_LIST_NUMBER.search(r.question[:c.start]) or
                                                                   _NEW_QUESTION.match(c.text))}
        opened = set(new_questions)
        if new_questions:
            # "考核都看哪些方面？还有层级是怎么定的": the user says the question has parts — the first is one of them too
            first = next((c.text for c in r.clauses if c.asked), None)
            new_questions |= {first} if first else set()
        asked_before = {c.text: prev.text for prev, c in zip(r.clauses, r.clauses[1:]) if prev.asked and c.asked}
        # a clause opening a sentence of its own after an asked one ("…提出不干？走的时候要交些啥子回去？")
        after_a_question = {c.text for prev, c in zip(r.clauses, r.clauses[1:]) if prev.asked and prev.sentence != c.sentence}
        heard_before = {c.text: claim for prev, c, claim in claims_heard(r.clauses) if not prev.asked}
        # the story clauses of a question's sentence from one that opens a new matter ("还有最近…") up to the question,
        # when it asks what to do about it ("这个咋办", "有没有规定管" — not a judgement, "这样算违规不")
        told_just_before = {}
        for c in r.clauses:
            if not c.asked or not _WHAT_TO_DO.search(c.text):
                continue
            before = [x for x in r.clauses[:c.index] if x.sentence == c.sentence]
            at = next((k for k in range(len(before) - 1, -1, -1) if _NEW_MATTER.match(before[k].text)), None)
            if at is not None and all(not x.asked for x in before[at:]):
                told_just_before[c.text] = "，".join(x.text for x in before[at:])
        for p in asked.parts(r.clauses):
            alone_part = asked.Part(p.clause, p.words)   # its own words: the story it may point to is the answer's
            if p.clause in conditioned:
                alone_part = asked.Part(p.clause, p.words, (conditioned[p.clause],), True)   # …with the condition it asks of
            then = next_clause.get(p.clause, "")
            topicless = self.asked.topicless(alone_part)   # (of the clause's own words, whatever context the part has)
            follow_up = topicless and p.clause in asked_before and _FOLLOW_UP.search(p.clause) is not None and \
                p.clause not in conditioned
            claim = topicless and p.clause not in conditioned and CLAIM_CHECK.match(p.clause) and \
                p.clause in heard_before
            if follow_up:
                # "工资是按啥定的？每年会不会调？": a follow-up with no topic of its own asks of the question just before
                conditioned[p.clause] = asked_before[p.clause]
                alone_part = asked.Part(p.clause, p.words, (asked_before[p.clause],), True)
            elif claim:
                # "听说考差了明年就不续了，是真的吗": the claim heard is what is asked
                conditioned[p.clause] = heard_before[p.clause]
                alone_part = asked.Part(p.clause, p.words, (heard_before[p.clause],), True)
                follow_up = True
            elif topicless and p.clause not in conditioned and p.clause in told_just_before:
                # "…还有最近老有个被他抓过的人打电话到家里骂人，这个咋办": the matter told just before, in the
                # question's sentence, is what it asks
                conditioned[p.clause] = told_just_before[p.clause]
                alone_part = asked.Part(p.clause, p.words, (told_just_before[p.clause],), True)
                follow_up = True
            if topicless and not follow_up or self.asked.only_foreign(alone_part) or _COMPARES.search(p.clause) or \
                    _ALTERNATIVE.search(p.clause) or then.startswith("还是") or then.startswith("是") and "还是" in then or \
                    p.clause.startswith("是") and not _QUESTION_WORD.search(p.clause) and not claim:
                continue   # ("两边规定一样不": the comparison of what the other parts ask; "是派出所自己管，还是…": one of its alternatives)
            if figure_gap(p.clause, [], r.question) is not None:
                continue   # a figure asked ("试用期多久"): the figure gate of the whole answer says what is stated
            own_hits = own_search(p.clause, p.clause in conditioned)
            top = own_hits[0] if own_hits else None
            if p.context and _ALSO_ASKED.match(p.clause):
                # "上岗前要不要搞宣誓？培训也要的吧": the same question of another matter — the clause before says which
                # (岗前 培训), so the nearest article of the two together that is not yet cited is what it asks
                own_hits = [h for h in own_search(p.clause, True) if h.article_id not in have]
                top = own_hits[0] if own_hits else None
                opened.add(p.clause)
                new_questions.add(p.clause)
            # (…or weighing as a question of its own by its words: "…考核的结果能拿来干啥？工资调整能直接跟考核挂钩吗")
            runner_up = False
            own_q = self.asked.query([self.asked.own(p.clause)])   # the clause's own words, its story aside
            own_weight = p.clause in opened or own_q.total >= OWN_QUESTION_WEIGHT
            if top is not None and top.article_id in have and own_weight and len(own_hits) > 1 and \
                    own_hits[1].article_id not in have and top.dense - own_hits[1].dense <= RUNNER_UP_GAP and \
                    (relevant(own_hits[1]) or _tied_and_lexical(top, own_hits[1])):
                # "…哪些情况下可以解除合同？那反过来辅警自己想解除可以不": a question of its own whose nearest article
                # is the one already cited — the next one, nearly as near, is what it asks
                top = own_hits[1]
                runner_up = True
            if top is None or top.article_id in have or not (relevant(top) or near is not None and near(top)):
                continue
            # …and a question of its own — a numbered item, opened as one ("另外…"), its own words weighing
            # :data:`NEW_ANSWER_WEIGHT`, or searched with the clause before it its nearest article the same ("…谁来管？
            # 依据是什么": a follow-up's few words find some other article; with the clause before, that one)
            # (…or asked in a sentence of its own after a question, naming more than one matter of its own: "条例允不允许
            # 辅警自己提出不干？走的时候要交些啥子回去？" — not a follow-up on one word, "依据是什么", "按啥标准搞")
            own_sentence = p.clause in after_a_question and len(own_q.concepts) >= 2
            if p.context and not p.pointer and not p.topic_before and p.clause not in new_questions and not own_sentence and \
                    own_q.total < NEW_ANSWER_WEIGHT:
                steady = own_search(p.clause, True)
                if not steady or steady[0].article_id != top.article_id:
                    continue
            alone = replace(r, clauses=[replace(c, asked=c.asked and c.text == p.clause) for c in r.clauses])
            other = self._city(alone, j, clause_shape(p.clause), [top], lambda h: True, [], near)
            new = [c for c in other.citations if c.article_id not in have]
            found = self._quoted(new)
            after = self.asked.coverage(alone_part, found)
            # (a part opened as a question of its own needs no gain: "还有层级是按啥定的" after an answer that names
            # 层级 in passing is still asked on its own)
            # (…nor a follow-up, whose words the answer's own sentences hold through the question before it)
            # (…nor the runner-up of a question of its own, whose nearest article the answer already quotes)
            gain = 0.0 if p.clause in new_questions or follow_up or runner_up else NEW_ANSWER_GAIN
            if not new or after < PART_MIN_LEXICAL or after < self.asked.coverage(alone_part, quoted) + gain:
                continue
            arts = {c.article_id for c in new}
            passages += [x for x in other.passages if x.citation.article_id in arts and x not in passages]
            cited += [c for c in new if c not in cited]
            have |= arts
            quoted += found
        if len(cited) == len(part.citations):
            return part
        related = tuple(c for c in part.related if c.article_id not in have)
        return replace(part, passages=tuple(passages), citations=tuple(cited), related=related)

    def _not_listed(self, r: Reading, j: str) -> LookupPart:
        """"招辅警是不是必须是党员": the article listing the hiring conditions, quoted at its head, and the note that
        the thing asked is not among them — with, where the text has one, the sentence on a post's own requirements."""
        doc_id = self.corpus.jurisdictions[j].doc_id
        listed = (load_data("eligibility", doc_id) or {}).get("listed_conditions")
        if not listed:
            return self._nothing(j, "figure")
        units = [listed] + ([listed["post"]] if listed.get("post") else [])
        cited = [cite(self.corpus, doc_id, u["ref"], u["wording"]) for u in units]
        passages = tuple(Passage(c, u["wording"]) for c, u in zip(cited, units))
        things = "、".join(f"“{x}”" for x in r.not_conditions)
        return LookupPart(j, "figure", passages, tuple(cited), (), "", f"条文列出的应聘条件中没有{things}这一项。")

    @staticmethod
    def _beside_own_dates(r: Reading) -> Reading | None:
        """The reading of the asked clauses that ask of something else than a text's own dates, when some do and
        some do not (each clause read alone), else None."""
        asked_ = [c for c in r.clauses if c.asked]
        dated = [c for c in asked_ if own_dates.asks(c.text, when=clause_shape(c.text) == "when")]
        # (…not one about the text this one replaced: "2018年那个试行的还算数不" asks of its standing too)
        other = [c for c in asked_ if c not in dated and not own_dates.about_earlier_text(c.text)
                 and len(re.sub(r"^(另外|还有|顺便问下|顺便问一下|再问一下|以及|那)", "", c.text)) >= 6]
        if not dated or not other:
            return None
        kept = [replace(c, asked=c.asked and c not in dated) for c in r.clauses]
        return replace(r, question="，".join(c.text for c in r.clauses if c not in dated), clauses=kept)

    def _without_figure(self, r: Reading, gap: FigureGap) -> Reading | None:
        """The reading with the asked clauses that ask for ``gap``'s figure no longer asked — when the first asked
        clause is not one of them (a figure asked first sets the topic: "今年招多少人？公告发了没有" asks of that hiring)."""
        asked = [c for c in r.clauses if c.asked]
        gaps = {c.index: figure_gap(c.text, [], r.question) for c in asked}
        figure = [c for c in asked if gaps[c.index] is not None]
        rest = [c for c in asked if c not in figure]
        # (…nor beside a date, place or count of one hiring: "公告发了没有？报名哪天截止" asks of that event — not
        # "招聘要走哪些环节？…今年笔试定在几号": the rest ask of the standing rules, not of this hiring)
        of_the_event = any(_OF_THE_EVENT.search(c.text) for c in rest)
        # (…nor the figure's own frame or alternatives: "辅警多大岁数退休？六十还是五十五啊", "…退休？有没有说法")
        # (…or a guess at the figure: "…多少岁退休？是不是跟民警一样男的60岁")
        # (…or whether an exact one exists: "…有多少个辅警？有没得个准数")
        # (…nor the texts asked of by their city: "重庆条例里有写吗")
        rest = [c for c in rest if _FIGURE_FRAME.sub("", _strip_frame(c.text, self.asked.names)).strip("，, ") and
                not _FIGURE_GUESSED.search(c.text) and not _EXACT_ASKED.match(_strip_frame(c.text))]
        if not figure or not rest or asked[0] in figure and gaps[asked[0].index].label in _EVENT_FIGURES and of_the_event or \
                gap.label not in {gaps[c.index].label for c in figure} or \
                any(ungoverned_figure(c.text, r.question) for c in asked) and of_the_event:
            return None
        return replace(r, clauses=[replace(c, asked=c.asked and c not in figure) for c in r.clauses])

    def _aligned(self, r: Reading, parts: list[LookupPart], shape: str) -> list[LookupPart]:
        """A comparison answered on one topic in every city (``data/topics.yaml``): when the cities' quoted
        articles lie in no common topic ("社保这块两地一样吗" found 连云港 39 and nothing in 重庆), the topic whose
        articles best cover the question in every city is taken, and a city whose quote lies outside it is
        answered from that topic's articles — 重庆 26."""
        query = self.query(r)
        docs = {p.jurisdiction: self.corpus.jurisdictions[p.jurisdiction].doc_id for p in parts}

        def articles(key: str, j: str) -> list[str]:
            return list(dict.fromkeys(f"{docs[j]}:{ref.split(':')[0]}" for ref in topics()[key].refs.get(docs[j], ())))

        def in_topic(key: str, p: LookupPart) -> bool:
            return any(c.article_id in articles(key, p.jurisdiction) for c in p.citations)

        if any(all(in_topic(key, p) for p in parts) for key in topics()):
            return parts   # already side by side on one topic

        def cover(key: str, j: str) -> float:
            return max((query.coverage(terms_of(s.text), terms_of(s.lead_in) if s.lead_in else frozenset())
                        for a in articles(key, j) for s in self.sentences.get(a, ())), default=0.0)

        # a tie on the city covered least goes to the topic that covers the question best overall (not the key's name)
        scored = [(min(covers), sum(covers), key) for key in topics()
                  if all(articles(key, p.jurisdiction) for p in parts) and any(in_topic(key, p) for p in parts)
                  for covers in [[cover(key, p.jurisdiction) for p in parts]]]
        if not scored:
            return parts
        best, _, key = max(scored)
        # each city answered in its own words on different topics: realigned only on a topic that plainly covers it
        if best < (ALIGN_COVER if not all(p.citations for p in parts) else ALIGN_STRONG):
            return parts
        out = []
        for p in parts:
            if in_topic(key, p):
                out.append(p)
                continue
            hits = [_article_hit(a, p.jurisdiction, score=1.0, bm25=1.0, dense=1.0) for a in articles(key, p.jurisdiction)]
            out.append(self._city(r, p.jurisdiction, shape, hits, lambda h: True, []))
        return out

    def _compared_before(self, r: Reading) -> Reading:
        """A comparison whose asked clauses name no topic of their own asks about the one told before them:
        "辅警绝对不能干的活，连云港办法和重庆条例列的清单有哪些差别" compares 不能干的活, not 清单."""
        ps = asked.parts(r.clauses)
        if not ps or any(self.asked.query([(p.clause, 1.0)]).concepts for p in ps):
            return r
        if not ps[0].context:
            return r
        # the clause just before, not the whole story: "培训班对比题：招辅警的年龄要求，连云港和重庆各是怎么规定的"
        before = ps[0].context[-1]
        return replace(r, clauses=[replace(c, asked=c.asked or c.text == before) for c in r.clauses])

    def _governed(self, part: LookupPart, gap: FigureGap, hits: list[Hit], relevant, question: str = "") -> LookupPart:
        """A figure the texts govern without stating it: quote the sentences of the rule that say who
        sets it or on what basis (in the relevant articles, best first), and say the figure is not stated;
        the least asked ("最少要拿到多少"), the sentence that sets a floor first."""
        found = []
        for h in [h for h in hits if relevant(h)][:GOVERNED_DEPTH]:
            found += [s for s in self.sentences[h.article_id]
                      if gap.governs.rule.search(s.text) and gap.governs.basis.search(s.text)]
        if re.search(r"最少|最低|起码|至少|保底", question):
            found.sort(key=lambda s: not re.search(r"不低于|不得低于", s.text))
        if not found:
            return LookupPart(part.jurisdiction, "figure", part.passages, part.citations, part.related, "", gap.note)
        found = found[:GOVERNED_SENTENCES]
        passages = tuple(Passage(s.citation, s.text) for s in found)
        cited = tuple(dict.fromkeys(s.citation for s in found))
        arts = {c.article_id for c in cited}
        related = tuple(c for c in part.related + part.citations if c.article_id not in arts)
        related = tuple(self.corpus.citation(c.doc_id, c.article) for c in related)[:RELATED]
        return LookupPart(part.jurisdiction, "figure", passages, cited, related, "", gap.note)

    def _nothing(self, j: str, shape: str) -> LookupPart:
        return LookupPart(j, shape, (), (), note=NOT_COVERED)

    def _city(self, r: Reading, j: str, shape: str, hits: list[Hit], relevant: Callable[[Hit], bool],
              named: list[Citation], near: Callable[[Hit], bool] | None = None,
              own_search: Callable[[str], list[Hit]] | None = None) -> LookupPart:
        after = self._after(r)
        focus = _focus(after, widen=True, story=r.question)
        brought: list[Hit] = []
        if named:
            hits = [Hit(c.article_id, c.doc_id, c.article, j, 1.0, 0.0, 0.0, c.id) for c in named]
        elif any(relevant(h) for h in hits):
            # the city's texts bear on the question: its first articles compete by their sentences (the
            # gate judges the question's topic, not which of the near articles answers it) — and the ones
            # nearest in meaning or in words ("录的视频能直接当证据用吗" → 重庆 17(3), 视听资料)
            hits = _with_nearest(hits) + [h for h in hits[DEPTH:] if relevant(h) and self._focused(focus, h)]
            brought = self._brought(r, j, hits)
            hits = list(dict.fromkeys(hits)) + brought
        elif brought := self._brought(r, j, [], told_only=True):
            # "被人扇耳光…规定里到底有哪些条款是保护我们的": a story and a question that name the matter plainly
            # (a ``told`` entry of ``focus``) bring its articles, though the story embeds far from them
            hits = brought
        elif near is not None and any(near(h) for h in hits[:DEPTH]) and self._strongly_covered(r, hits[:DEPTH]):
            # a long story embeds far from its short question ("…单位会帮我澄清吗"): a sentence that says
            # most of what the question names bears on it all the same
            hits = hits[:DEPTH]
        else:
            return self._nothing(j, shape)
        # …a sentence saying what the question is after covers it too, though the story's words weigh little
        # (…or an article a ``bring`` entry brought: "执勤被车撞断了腿，条例里说了咋个处理没得" → 工伤保险)
        # (…or by an article a ``bring`` entry wants, retrieved below the first ones: "我老公…被一个醉汉打了，打他的那个人
        # 会怎么处理" — 连云港 49 is among the hits, not among the first)
        if not named and not self.covers(r, hits) and \
                not any(self._focused(focus, h) for h in hits[:DEPTH] + brought) and \
                not {h.article_id for h in hits} & {b.article_id for b in self._brought(r, j, [], told_only=True)}:
            return self._nothing(j, shape)
        if not named and self._plainly_elsewhere(r, j, focus, hits):
            return self._nothing(j, shape)
        query = self.query(r)
        clauses = asked_clauses(r)
        ranked = score(query, hits, self.sentences, _bonus(shape, after, r.question), depth=len(hits))
        if shape == "when" and ranked and _IN_FORCE.search(ranked[0].sentence.text):
            # "2025年辅警招考啥时候开始报名": a text's own dates answer only a question about the text (own_dates,
            # answered before this); another event's date is one the texts do not state
            return self._nothing(j, shape)
        best = self._penalty_instead(r, ranked, hits)
        # per asked clause (in the question's order), the sentence that answers it, when one is good
        # enough: "医院能不能先救人后收钱？医药费谁先垫？" is answered by two articles
        answers: dict[str, Sentence] = {}
        if len(clauses) > 1:
            # a clause with no topic of its own ("想提前不干了，能行吗") is after what it points back to
            # (…told in the story, not asked: "两边有啥区别" after a question compares that question's answers)
            told = {c.text for c in r.clauses if not c.asked}
            pointed = {p.clause: "，".join(p.context) for p in asked.parts(r.clauses)
                       if p.context and p.context[-1] in told and _BARE_PERMISSION.fullmatch(p.clause.strip("？?！!。 "))}
            # each clause's own focus entries, read once
            entries_of = {k: {id(f) for f in focus_entries(k, widen=True, story=r.question)} for k in clauses}
            for clause in clauses:
                # (a ``told`` focus entry wants the story too: "地摊在卖…臂章…卖这种东西违法不")
                part_bonus = _bonus(clause_shape(clause), clause, r.question, one_clause=True)
                ranked_part = score(self.query(r, only=clause), hits, self.sentences, part_bonus, depth=len(hits))
                # …a clause in words the texts do not use ("我能不能提前走" beside "制服要交回去吗", whose words then
                # weigh most) is answered by the sentence a focus entry of its own wants (提出解除劳动关系)
                # (…one no clause before it is answered by, when a focus entry of its own — not one of that clause's —
                # wants several: "单位能卡着不让走吗？以后再考辅警会不会受影响" — 14(5) answers the first, 21(5) 擅自离职
                # the second)
                wanted = [x for x in ranked_part[:DEPTH] if part_bonus(x.sentence) >= FOCUSED_PART * SHAPE_BONUS]
                own_entries = entries_of[clause]
                answered_sentences = [x for k, x in answers.items() if entries_of[k] and not own_entries & entries_of[k]]
                top = max((part_bonus(x.sentence) for x in wanted), default=0.0)
                focused = next((x for x in wanted if x.sentence not in answered_sentences and
                                part_bonus(x.sentence) >= top), None) \
                    if own_entries and answered_sentences and len(answered_sentences) == len(answers) else None
                focused = focused or next(iter(wanted), None)
                if focused is None and clause in pointed:
                    # …or, a clause with no topic of its own ("想提前不干了，能行吗"), one the story it points to wants
                    pointed_bonus = _bonus(clause_shape(clause), pointed[clause] + "，" + clause, r.question, one_clause=True)
                    ranked_pointed = score(self.query(r, only=clause), hits, self.sentences, pointed_bonus, depth=len(hits))
                    focused = next((x for x in ranked_pointed[:DEPTH]
                                    if pointed_bonus(x.sentence) >= FOCUSED_PART * SHAPE_BONUS), None)
                b = focused or self._new_answer(ranked_part, [*answers.values()], self.terms([(clause, True)]))
                again = any(b.sentence.article_id == x.article_id for x in answers.values())
                if focused is None and again and b.lexical >= PART_MIN_LEXICAL:
                    # …or, when the question's articles answer it with none of its own, by the article the clause
                    # alone is nearest to ("层级按啥定的？平时考核都考些什么内容": 第二十八条, not 第二十六条 again) —
                    # where it covers the clause plainly better than the article answered already
                    beat = b.lexical + NEW_ANSWER_GAIN
                    b = self._own_answer(r, clause, part_bonus, own_search(clause) if own_search else (), answers, beat) or b
                if focused is None and b.lexical < PART_MIN_LEXICAL:
                    # …or by an article of the question's own that covers the clause alone plainly, its words not
                    # weighed against the other questions ("辅警有没有产假？…生孩子的费用能报销不": 第三十九条)
                    b = self._alone(r, clause, part_bonus, hits, answers) or b
                if b.lexical >= PART_MIN_LEXICAL or focused is not None:
                    answers[clause] = b.sentence
        if len(clauses) == 1:
            # one clause: the sentence an ``answers`` entry of focus fetched its article for answers it ("踢我的这个人
            # 要遭啥子处理" → 重庆 30:2 不法侵害, though the words of 处理 rank 39, on the 辅警's own breaches, first)
            # (…or retrieved already: "合同还没到期，现在走以后有没有影响" → 连云港 14(5), not 34's grounds of dismissal
            # that share its words — an entry's ``avoid`` sentences never answer)
            entries = [f for f in focus_entries(after, widen=True, story=r.question) if f.get("answers")]
            fetched = {h.article_id for h in brought} | {h.article_id for h in hits}
            best = next((x.sentence for x in ranked if x.sentence.article_id in fetched and
                         any(phrases.any_in(f"{x.sentence.lead_in}{x.sentence.text}", f["sentence"]) and
                             not phrases.any_in(f"{x.sentence.lead_in}{x.sentence.text}", f.get("avoid", [])) for f in entries)), best)
        picked = list(dict.fromkeys(answers.values())) or [best]
        if best not in picked and not any(x.article_id == best.article_id for x in picked):
            picked.insert(0, best)
        if shape not in ("yes_no", "who", "when"):   # "能评为烈士吗", "孩子谁来照顾": one provision answers
            picked += self._each_provision(r, after, picked, hits)
        passages: list[Passage] = []
        cited: list[Citation] = []
        for sentence in picked:
            ps, cs = self._passages(sentence, shape)
            passages += [p for p in ps if p not in passages]
            cited += [c for c in cs if c not in cited]
        if named:   # the user named the article(s): those are cited as named, the sentences quoted from them
            cited = list(named)
        else:
            for c in self._paired(r, cited, hits) + self._referred(r, cited) + self._companions(r, cited):
                passages.append(Passage(c, c.text))
                cited.append(c)
        cited_articles = {c.article_id for c in cited}
        related = tuple(self.corpus.citation(h.doc_id, h.article) for h in hits
                        if h.article_id not in cited_articles)[:RELATED]
        v = ""
        if shape == "yes_no":
            clause = next((t for t in clauses if clause_shape(t) == "yes_no"), clauses[0])
            s = answers.get(clause, picked[0])
            q = self.terms([(clause, True)])
            story = "，".join(c.text for c in r.clauses if c.text != clause)
            at = next((c.index for c in r.clauses if c.text == clause), 0)
            before = [c.text for c in r.clauses if c.index < at]
            if _BARE_ASK.fullmatch(clause) and before and clause_shape(before[-1]) != "yes_no":
                # "淘宝上有人倒卖辅警肩章，犯法吗": a bare frame asks of the clause told just before it
                clause = f"{before[-1]}，{clause}"
                q = self.terms([(clause, True)])
                story = "，".join(c.text for c in r.clauses if c.index != at and c.index != at - 1)
            # a word of the clause the texts never use ("免门票") is a part the sentence does not cover
            foreign = self._absent * len(self.asked.foreign(clause))
            coverage = q.coverage(terms_of(s.text), terms_of(s.lead_in)) * q.total / ((q.total + foreign) or 1.0)
            v = verdict(q, clause, s, coverage, story)
        return LookupPart(j, shape, tuple(passages), tuple(cited), related, v)

    def _alone(self, r: Reading, clause: str, bonus, hits: list[Hit], answers: dict[str, Sentence]):
        """The best sentence of ``hits`` for ``clause`` asked alone (with what it points back to), when it is of an
        article no other clause is answered by and covers the clause's own words at least :data:`ALONE_COVER`."""
        part = next((p for p in asked.parts(r.clauses) if p.clause == clause), None)
        if part is None or self.asked.topicless(part) or self.asked.only_foreign(part):
            return None
        own = [(t, True) for t in (part.context if self.asked.points_back(part) else ())] + [(clause, True)]
        seen = {x.article_id for x in answers.values()}
        for x in score(self.terms(own), hits, self.sentences, bonus, depth=len(hits))[:DEPTH]:
            if x.sentence.article_id in seen:
                continue
            if x.lexical >= PART_MIN_LEXICAL and self.asked.coverage(part, [x.sentence]) >= ALONE_COVER:
                return x
            return None
        return None

    def _own_answer(self, r: Reading, clause: str, bonus, own_hits, answers: dict[str, Sentence], beat: float = 0.0):
        """The best sentence of the article nearest to ``clause`` searched alone (``own_hits``), when it is an
        article no earlier clause is answered by and the sentence covers the clause's words well enough (and at
        least ``beat``)."""
        part = asked.Part(clause, clause)
        # (a clause that names no matter of its own — "重庆条例怎么说", "有啥区别" — is no question of its own)
        if not own_hits or self.asked.topicless(part) or self.asked.only_foreign(part):
            return None
        ranked = score(self.query(r, only=clause), list(own_hits[:1]), self.sentences, bonus, depth=1)
        top = ranked[0] if ranked else None
        # …and the sentence covers the clause's own words, its frame and city names aside
        if top is None or top.lexical < max(PART_MIN_LEXICAL, beat) or self.asked.coverage(part, [top.sentence]) < PART_MIN_LEXICAL or \
                any(top.sentence.article_id == x.article_id for x in answers.values()):
            return None
        return top

    @staticmethod
    def _new_answer(ranked, answered: list[Sentence], own: Query):
        """The best sentence for one asked clause — or, when an earlier clause is answered by its article
        already, a sentence of another article that covers this clause's words as well and its own words
        (``own``: the clause alone) plainly better: "…必须给辅警交社保吗？这笔钱政府有没有预算" is answered
        by 重庆 26 and by 4 (政府预算), not twice by 26."""
        b = ranked[0]
        seen = {s.article_id for s in answered}
        # (a clause of one word of its own — "新人那块又怎么要求的", "个人要掏钱吗" — names no matter of its own)
        if b.sentence.article_id not in seen or own.total < NEW_ANSWER_WEIGHT:
            return b

        def cover(x) -> float:
            return own.coverage(terms_of(x.sentence.text), terms_of(x.sentence.lead_in) if x.sentence.lead_in else frozenset())
        return next((x for x in ranked[1:DEPTH + 1] if x.sentence.article_id not in seen and x.lexical >= b.lexical
                     and cover(x) >= PART_MIN_LEXICAL and cover(x) >= cover(b) + NEW_ANSWER_GAIN), b)

    def _penalty_instead(self, r: Reading, ranked, hits: list[Hit]) -> Sentence:
        """The best sentence — or, when the question asks only what follows and the best is a ban whose
        consequence the texts set in another article (``penalties`` in data/lookup.yaml) that was retrieved
        too, that article's best sentence ("有人买来辅警制服穿起耍，会被咋个处理" → 重庆 41, not 35)."""
        best = ranked[0].sentence
        if not _consequence_asked(r):
            return best
        if any(_LEGALITY.search(t) and not phrases.any_in(t, asked.consequence_words()) for t in asked_clauses(r)):
            return best   # "网上卖辅警的衣服，这个管不管？抓到罚好多": the ban is asked too, its penalty a part of its own
        near = {h.article_id for h in hits[:DEPTH]}
        unit = unit_id(best.citation.doc_id, best.citation.article, best.citation.paragraph)
        for pair in _words().get("penalties", []):
            if pair.get("others") and not phrases.any_in(r.question, pair["others"]):
                continue
            if pair["ban"] in (unit, best.article_id) and pair["penalty"] in near:
                return next((x.sentence for x in ranked if x.sentence.article_id == pair["penalty"]), best)
        return best

    def _companions(self, r: Reading, cited: list[Citation]) -> list[Citation]:
        """The other article of a matter two articles answer only together (``companions`` in data/lookup.yaml), when the
        first is cited and the question names the matter (and none of its ``unless`` words): "工资到底规定好多钱" is answered
        by who sets the standard (重庆 23) and by what a wage is set on (25)."""
        have = {c.article_id for c in cited}
        out: list[Citation] = []
        for group in _words().get("companions", []):
            first, *rest = group["articles"]
            if first not in have or not phrases.any_in(r.question, group["asked"]) or \
                    group.get("also") and not phrases.any_in(r.question, group["also"]) or \
                    group.get("with") and not phrases.any_in(r.question, group["with"]) or \
                    group.get("unless") and phrases.any_in(r.question, group["unless"]):
                continue
            for a in rest:
                if a not in have:
                    doc_id, art, _, _ = parse_unit_id(a)
                    out.append(self.corpus.citation(doc_id, art))
                    have.add(a)
        return out

    def _paired(self, r: Reading, cited: list[Citation], hits: list[Hit]) -> list[Citation]:
        """The other half of a rule and its consequence (``liability_pairs`` in data/lookup.yaml), when the
        question asks what happens or whether it is allowed: "被我处理过的人天天骂我老婆，要负什么责任" is
        answered by the ban and by its consequence. The consequence is added whenever it is asked; the rule
        only when it was retrieved too."""
        consequence = _consequence_asked(r)
        if not (consequence or question_shape(r) in ("yes_no", "how")):
            return []   # "…天天打电话到我们家骂人威胁，这事该怎么弄": what to do is the ban and its consequence
        have = {c.article_id for c in cited}
        near = {h.article_id for h in hits[:DEPTH]}
        out = []
        for pair in _words().get("liability_pairs", []):
            # (a pair that needs both what it is told and what else is asked reads them in the asked clauses only:
            # "朋友说这个是违法的，真的会遭罚款不" asks the penalty, the friend's words are told)
            said = "，".join(asked_clauses(r)) if pair.get("also") else r.question
            told_missing = pair.get("told") and not phrases.any_in(said, pair["told"])
            # (…the consequence alone asked of a rule the answer quotes: "不是辅警穿辅警衣服…咋个处理？要罚多少钱")
            # (…its quoted unit the rule of the pair: not "履行职责期间…穿着服装" beside the ban on others' wearing it)
            rule_part = pair.get("wording", "").split(" / ")[0]
            quotes_rule = any(c.article_id == pair["rule"] and rule_part[:12] in c.text for c in cited)
            only_consequence = told_missing and pair.get("also") and consequence and quotes_rule and \
                phrases.any_in(said, pair["also"])
            if told_missing and not only_consequence or \
                    pair.get("also") and not phrases.any_in(said, pair["also"]) or \
                    phrases.any_in(r.question, pair.get("unless", ())):
                continue
            # asked what follows, the rule brings its consequence; the consequence brings its rule only
            # when the rule was retrieved too
            # (…the consequence then only when retrieved near it too)
            directions = ((pair["rule"], pair["liability"], True),) if only_consequence else \
                ((pair["rule"], pair["liability"], not consequence), (pair["liability"], pair["rule"], True))
            for a, b, needs_near in directions:
                if a in have and b not in have and (b in near or not needs_near):
                    doc_id, art, _, _ = parse_unit_id(b)
                    out.append(self.corpus.citation(doc_id, art))
                    have.add(b)
        return out

    def _referred(self, r: Reading, cited: list[Citation]) -> list[Citation]:
        """An article that a cited unit, or an item of the same list, refers to by number ("（四）具有本条例第十条
        规定情形的"), when it tells what the question does and the cited unit does not: "入职前被行政拘留过，单位能跟
        他解除合同吗" is answered by 重庆 37(4) and by 10(2), which lists 行政拘留. The referring item is cited too."""
        have = {c.article_id for c in cited}
        query = self.query(r)
        out: list[Citation] = []
        for c in cited:
            # what the cited article says already, its lead-ins too ("可以依法解除劳动关系")
            told = frozenset().union(*(terms_of(f"{x.lead_in}{x.text}") for x in self.sentences.get(c.article_id, ())))
            base = query.coverage(told)
            paragraph = {s.paragraph.id for s in self.sentences.get(c.article_id, ()) if c.id.startswith(s.paragraph.id)}
            for s in self.sentences.get(c.article_id, ()):
                if s.paragraph.id not in paragraph and s.citation.id != c.id:
                    continue
                for m in _REFERS.finditer(s.text):
                    n = cn_to_int(m.group(1))
                    reg = self.corpus.regulation(c.doc_id)
                    target = f"{c.doc_id}:{n}"
                    if target in have or not 1 <= n <= len(reg.articles):
                        continue
                    # what one item of that article names ("（二）受过司法拘留、行政拘留的"), not its lead-in
                    gain = max((query.coverage(told | terms_of(x.text)) - base
                                for x in self.sentences.get(target, ()) if x.item), default=0.0)
                    # …or an item names, in a word of four characters or more, what the story tells and the cited
                    # article does not ("入职前被行政拘留过": 10(2)'s 行政拘留), however long the story around it
                    named = [x.citation for x in self.sentences.get(target, ()) if x.item and
                             any(len(t) >= 3 and t in r.question and t not in told for t in terms_of(x.text))]
                    if gain >= REFERRED_GAIN or named:
                        if not s.citation.id.startswith(c.id) and s.citation not in cited and s.citation not in out:
                            out.append(s.citation)
                        # the item that names it, when one does ("第十条第（二）项"); else the article
                        out += named[:1] if gain < REFERRED_GAIN else [self.corpus.citation(c.doc_id, n)]
                        have.add(target)
        return out

    def _sentences(self, hits: list[Hit]) -> list[Sentence]:
        return [s for h in hits for s in self.sentences.get(h.article_id, ())]

    def _quoted(self, cited) -> list[Sentence]:
        """Every sentence of the articles of ``cited`` (what an answer citing them can be said to cover)."""
        return [s for c in cited for s in self.sentences.get(c.article_id, ())]

    def _strongly_covered(self, r: Reading, hits: list[Hit]) -> bool:
        sentences = self._sentences(hits)
        ps = [p for p in asked.parts(r.clauses) if not self.asked.topicless(p) and not self.asked.only_foreign(p)]
        return any(self.asked.coverage(p, sentences) >= STRONG_COVER for p in ps)

    def _after(self, r: Reading) -> str:
        """What the asked clauses are after, with the story they point back to ("听说有些活辅警是一律不准碰的，
        都有哪些")."""
        back = [t for p in asked.parts(r.clauses) if self.asked.points_back(p) for t in p.context]
        return "，".join([*back, *asked_clauses(r)])

    def _plainly_elsewhere(self, r: Reading, j: str, focus, hits: list[Hit]) -> bool:
        """The question asks plainly for a matter (a ``plain`` ``bring`` entry: "辅警干得好能转成正式民警吗" → 招录人民警察)
        that no article of city ``j`` provides for, nor any hit of it says: that city's text is silent on it — not
        answered by its nearest unrelated article (连云港 12, the 文职's work)."""
        plain = [f for f in focus_entries(self._after(r), widen=True, story=r.question) if f.get("bring") and f.get("plain")]
        if not plain or len(plain) != len([f for f in focus_entries(self._after(r), widen=True, story=r.question) if f.get("bring")]):
            return False
        return not self._brought(r, j, [], told_only=True) and not any(self._focused(focus, h) for h in hits)

    def _brought(self, r: Reading, j: str, hits: list[Hit], told_only: bool = False) -> list[Hit]:
        """The articles of city ``j`` that say what a ``bring`` entry of ``focus`` asks for, retrieved or not:
        "打俺的人能咋处理" wants 连云港 49's 殴打 though the words of 处理 retrieve the articles on 辅警 who break
        the law."""
        wanted = [f["sentence"] for f in focus_entries(self._after(r), widen=True, story=r.question)
                  if f.get("bring") and (f.get("told") or f.get("plain") or not told_only)]
        if not wanted:
            return []
        have = {h.article_id for h in hits}
        floor = min((h.dense for h in hits), default=1.0)
        doc_id = self.corpus.jurisdictions[j].doc_id
        out = []
        for article_id, sentences in self.sentences.items():
            if article_id in have or not article_id.startswith(doc_id + ":"):
                continue
            if any(phrases.any_in(f"{s.lead_in}{s.text}", f) for f in wanted for s in sentences):
                # ranked last, as near in meaning as the last retrieved article (a dense 0 would bury it)
                out.append(_article_hit(article_id, j, score=0.0, bm25=0.0, dense=floor))
        return out

    def _each_provision(self, r: Reading, after: str, picked: list[Sentence], hits: list[Hit]) -> list[Sentence]:
        """For a matter the texts provide for in several articles (``each_provision`` in data/lookup.yaml: what the
        family of one who died receives — 重庆 28 烈士 and 24 优待抚恤制度), one sentence of each other article that
        says it, besides the answer: the question is answered by all of them, not by the nearest."""
        wanted = [f for f in focus_entries(after, widen=True, story=r.question) if f.get("each_provision")]
        out: list[Sentence] = []
        have = {x.article_id for x in picked}
        for h in hits:
            if h.article_id in have:
                continue
            for s in self.sentences[h.article_id]:
                text = f"{s.lead_in}{s.text}"
                if any(phrases.any_in(text, f["each_provision"]) and not phrases.any_in(text, f.get("avoid", []))
                       for f in wanted):
                    out.append(s)
                    have.add(h.article_id)
                    break
        return out

    def _focused(self, focus: list[list[str]], hit: Hit) -> bool:
        """A sentence of the hit says what the question is after (``focus``: the widening entries of
        data/lookup.yaml that the question names): "辅警有哪些活是不准碰的" wants 重庆 19's 不得从事 even below
        the first articles."""
        return any(phrases.any_in(f"{s.lead_in}{s.text}", f) for f in focus for s in self.sentences[hit.article_id])

    def covers(self, r: Reading, hits: list[Hit]) -> bool:
        """Some sentence of these articles (the ones that compete: the first, and the nearest in meaning or in
        words) covers a part of what is asked (:mod:`assistant.asked`)."""
        return self.asked.covers(asked.parts(r.clauses), self._sentences(hits))

    def _passages(self, s: Sentence, shape: str) -> tuple[list[Passage], list[Citation]]:
        """What is quoted for sentence ``s`` and what it cites: the sentence; an item with its lead-in;
        for a list or a procedure, the whole list in order."""
        if s.item or s.lead:
            if shape in ("list", "how"):
                return [Passage(s.paragraph, s.paragraph.text)], [s.paragraph]
            if s.item:
                return [Passage(s.paragraph, s.lead_in), Passage(s.citation, s.text)], [s.citation]
            return [Passage(s.paragraph, s.paragraph.text)], [s.paragraph]
        return [Passage(s.citation, s.text)], [s.citation]

    # -- a text's own dates -------------------------------------------------------------------
    def _own_dates(self, r: Reading, jurisdictions: list[str], matters: tuple[str, ...],
                   shape: str) -> list[LookupPart]:
        question = r.question
        if not r.jurisdictions and r.intent != "compare":   # "两个城市的辅警办法…": both texts, whatever word names them
            named = own_dates.named_texts(question, self.corpus)
            jurisdictions = [j for j in jurisdictions if j in named] or jurisdictions
        earlier = own_dates.about_earlier_text(question)
        shape = shape if shape in ("when", "yes_no") else "when"
        parts = []
        for j in jurisdictions:
            reg = self.corpus.jurisdictions[j]
            passages: list[Passage] = []
            notes: list[str] = []
            for matter in matters:
                found = own_dates.final_sentences(self.corpus, reg, matter if matter != "adopted" else "in_force")
                if matter == "repealed" and not earlier:
                    found = found or own_dates.final_sentences(self.corpus, reg, "in_force")
                passages += [Passage(s.citation, s.text) for s in found if Passage(s.citation, s.text) not in passages]
                note = own_dates.publication_note(reg, matter, "".join(s.text for s in found), earlier)
                if note:
                    notes.append(note)
            if not passages:   # a text without a final article on its dates: quote where it takes effect
                passages = [Passage(s.citation, s.text) for s in own_dates.final_sentences(self.corpus, reg, "in_force")]
            v = self._standing(matters, earlier, passages, reg) if shape == "yes_no" else ""
            cites = tuple(dict.fromkeys(p.citation for p in passages))
            parts.append(LookupPart(j, shape, tuple(passages), cites, (), v, "".join(notes)))
        return parts

    @staticmethod
    def _standing(matters, earlier: bool, passages: list[Passage], reg) -> str:
        """Does the (earlier) text still apply: 否 when this one repeals it, 是 for this text in force."""
        if "repealed" not in matters:
            return ""
        if earlier:
            return "否" if any("废止" in p.text for p in passages) else "条文未明确"
        return "是" if reg.meta.status == "in_force" else "条文未明确"

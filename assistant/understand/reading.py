"""A question read by its structure: one typed, inspectable :class:`Reading`.

The pipeline: clauses (story and asked clauses, requests) → the asked acts and, per city, the
catalogue entries each names by its head → the situation (role stated or inferred, officer present,
remote or absent, emergency, qualification, on or off duty) → the applicant's facts with their holder
and qualifier, dates with the date they belong to → the officer's tie to a case → the intent.
``assistant ask --explain`` prints :meth:`Reading.explain`.

>>> r = read_question("民警去开车了，让我先看着刚抓的小偷。我能一个人看着他吗？", jurisdiction="chongqing")
>>> r.intent, [a.words for a in r.acts], r.situation.presence
('duty', ['一个人看着他'], 'absent')
>>> [m.entry.id for m in r.matches["chongqing-2021"][0].matches]
['cq-16-2-kanguan']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .. import phrases
from ..corpus import Corpus
from ..rules.conditions import Situation
from ..rules.duty import ActReading
from ..rules.profile import Profile
from .acts import Act, find_acts
from .institutions import asks_of_institution
from .officer import first_person, police_named
from .several import asked_applicant, every_applicant
from .heads import match, names_any
from .clauses import HANDLING_ASKED, TEXT_SAYS, Clause, split
from .dates import nominal_birth_year, nominal_note, read_age, read_dates
from .facts import (EducationFact, RecordFact, asks_of_record, aux_service_told, blanket_values, conditions_claimed, open_keys, read_education,
                    read_health, read_nationality, read_not_conditions, read_priority_asked, read_priority_facets, read_records, record_values)
from .intent import _FOLLOWS_FOR_ME, _HANDLING, beside_act, decide, second_kind, weak_tie_beside_act
from .lexicon import words
from . import typos
from .relations import NEAR_TIES, RelationReading, read_relation
from .situation import RoleReading, item_roles as read_item_roles, role as read_role, situation as read_situation

# the user's own leaving still to come ("想提前辞职", "打算合同没到期就走"), its effect asked ("会不会受影响")
_LEAVING_PLANNED = re.compile(r"(想|打算|准备|计划|要是|如果|万一)[^，。？！]{0,6}(辞职|辞了|离职|走|不干)")
# (…not a leaving told as walking out, "要是我直接走人不干了…还能再考吗": the applicant's own 擅自离职, vetted)
_WALKING_OUT = re.compile(r"直接走|直接不来|直接不干|不办手续|没办手续|不打招呼|没打招呼|一走了之|直接不去")
_EFFECT_ASKED = re.compile(r"影响|后果|还能(再)?(考|报)|能不能再(考|报)")


# a complaint about the 辅警 of the case, asked beside the recusal ("投诉了有没有回音", "我想投诉他，可以吗")
_COMPLAINT_ASKED = re.compile(r"投诉|举报|控告")


@dataclass
class Reading:
    """Everything the answer needs to know of a question, and the words each part was read from."""

    question: str
    jurisdictions: list[str]
    named_jurisdictions: list[str]
    unknown_city: str | None
    role: RoleReading
    intent: str
    clauses: list[Clause]
    acts: list[Act]
    matches: dict[str, list[ActReading]]          # doc_id → one reading per act, in order
    situation: Situation
    profile: Profile
    records: list[RecordFact] = field(default_factory=list)
    education: EducationFact | None = None
    relation: RelationReading = field(default_factory=lambda: RelationReading(None))
    notes: list[str] = field(default_factory=list)
    beside: list[str] = field(default_factory=list)   # questions for the texts asked beside a duty question
    # a second kind of question asked in a clause of its own: (kind, the clause asking it), in the order asked
    kinds: tuple[tuple[str, int], ...] = ()
    kinds_for: str = ""   # the intent the kinds were read with: a caller that sets another intent asks one kind
    # several applicants asked about as a whole: (how the story names each, their profile), in order
    applicants: list[tuple[str, Profile]] = field(default_factory=list)
    # things asked to be required of applicants that the hiring conditions do not list ("党员", "本地户口")
    not_conditions: list[str] = field(default_factory=list)
    # no place named: the city the user's speech hints at (answered first), and the words of that speech
    city_words: str = ""
    likely_city: str | None = None
    # a quiz's items that name their own post ("①勤务辅警…②文职辅警…"): clause index → that post
    item_roles: dict[int, str] = field(default_factory=dict)

    def explain(self) -> str:
        """The reading as plain lines, for ``assistant ask --explain``."""
        kinds = "、".join(f"{k}（第{at + 1}分句）" for k, at in self.kinds)
        out = [f"问题：{self.question}", f"类型：{self.intent}" + (f"；依次问了：{kinds}" if kinds else ""),
               f"辖区：{', '.join(self.jurisdictions) or '（未说明）'}"
               + (f"（问题中提到 {', '.join(self.named_jurisdictions)}）" if self.named_jurisdictions else "")
               + (f"（按“{self.city_words}”的说法，可能是 {self.likely_city}，先答）" if self.likely_city else "")
               + (f"；不在收录范围的地方：{self.unknown_city}" if self.unknown_city else ""),
               f"岗位：{self.role.role or '未说明'}" + (f"（{self.role.source}：“{self.role.words}”）" if self.role.source else ""),
               "分句："]
        for c in self.clauses:
            tag = "问" if c.asked else "述"
            extra = f" → 所问：“{c.predicate}”" if c.asked else (f" → 请求：“{c.request}”" if c.request else "")
            out.append(f"  [{tag}] {c.text}{extra}")
        if self.acts:
            out.append("所问的行为：")
            for i, a in enumerate(self.acts):
                flags = "".join(["（不做）" if a.negated else "", "（协助民警）" if a.assisting else "",
                                 f"（来自{a.via}）" if a.via != "asked" else ""])
                out.append(f"  {i + 1}. “{a.words}”{flags}")
                for doc_id, readings in self.matches.items():
                    r = readings[i]
                    found = "；".join(f"{m.entry.id}（{m.how}:{m.evidence}）" for m in r.matches) or "无对应条目"
                    rel = "；".join(x.id for x in r.related)
                    out.append(f"     {doc_id}: {found}" + (f"；相关：{rel}" if rel else ""))
        s = self.situation
        out.append("情境：" + "，".join(filter(None, [
            f"民警{ {'present': '在场', 'remote': '在别处指挥', 'absent': '不在场'}[s.presence]}（“{s.presence_words}”）"
            if s.presence else "民警是否在场：未说明",
            f"紧急情况：{'是' if s.emergency else '否'}（“{s.emergency_words}”）" if s.emergency is not None else "",
            f"资格：{'有' if s.qualified else '没有'}（“{s.qualified_words}”）" if s.qualified is not None else "",
            f"{'履职期间' if s.on_duty else '非履职期间'}（“{s.on_duty_words}”）" if s.on_duty is not None else "",
            f"不是辅警（“{s.outsider_words}”）" if s.outsider_words else ""])))
        p = self.profile
        facts = [f"年龄 {p.age}" if p.age is not None else "", f"出生 {p.birth_date}" if p.birth_date else "",
                 f"出生年 {p.birth_year}" if p.birth_year else "", f"参照日 {p.reference_date}" if p.reference_date else "",
                 f"学历 {p.education}" + ("（未完成，按下一级）" if self.education and self.education.incomplete else "")
                 if p.education else "", f"国籍 {p.nationality}" if p.nationality else ""]
        if any(facts):
            out.append("应聘者：" + "，".join(f for f in facts if f))
        for f in self.records:
            who = "本人" if f.holder == "applicant" else f"他人（“{f.holder_words}”）"
            q = f"，限定：“{f.qualifier_words}”" if f.qualifier_words else ""
            out.append(f"  记录“{f.words}”：{who}，{f.label or f.value}{q} → {f.effects or '（不计入）'}")
        if self.relation.relation:
            out.append(f"与案件的关系：{self.relation.relation}（“{self.relation.words}”）")
        out += [f"说明：{n}" for n in self.notes]
        return "\n".join(out)


def find_jurisdictions(text: str, corpus: Corpus) -> list[str]:
    """Jurisdictions the text names (metadata names and aliases), in the order they appear; a name
    other cities share ("江北") names one only when the text names no city at all and no other place."""
    found = []
    for reg in corpus.regulations:
        h = phrases.first(text, list(reg.meta.names()))
        if h:
            found.append((h.start, reg.meta.jurisdiction))
    if not found and not find_other_place(text, corpus):
        for reg in corpus.regulations:
            h = phrases.first(text, list(reg.meta.shared_place_names))
            if h:
                found.append((h.start, reg.meta.jurisdiction))
    return [j for _, j in sorted(found)]


_APPLY_TO = re.compile(r"(报|考|应聘|报名|报考)(个|一个)?$")


def _applied_in(text: str, corpus: Corpus) -> list[str]:
    """The cities the text names as where an application goes ("想报九龙坡的勤务辅警", "考连云港的辅警").

    >>> _applied_in("前两年在连云港当辅警，现在想报九龙坡的勤务辅警", Corpus.load())
    ['chongqing']
    """
    named = sorted((h.start, h.end, reg.meta.jurisdiction) for reg in corpus.regulations
                   for h in phrases.hits(text, list(reg.meta.names())))
    applied: list[str] = []
    last_end = None
    for start, end, j in named:
        # (…each city of a pair the application names: "分别去报连云港和重庆的辅警")
        if _APPLY_TO.search(text[max(0, start - 4):start]) or \
                last_end is not None and re.fullmatch(r"(和|与|跟|及|或|或者|、|还有)", text[last_end:start]):
            if j not in applied:
                applied.append(j)
            last_end = end
    return [reg.meta.jurisdiction for reg in corpus.regulations if reg.meta.jurisdiction in applied]


_INSTITUTION = re.compile(r"^[\u4e00-\u9fff]{0,6}?(大学|学院|师范|理工|职业技术|医院|银行|公司|集团|卫视|航空|分行|中学|小学|城镇[^，。？！]{0,6}平均|平均工资)")


def _sentence_at(text: str, start: int, end: int) -> str:
    """The clause around a mention (between marks of punctuation)."""
    a = max(text.rfind(p, 0, start) for p in "，,。；;！!？?") + 1
    ends = [i for i in (text.find(p, end) for p in "，,。；;！!？?") if i >= 0]
    return text[a:min(ends) if ends else len(text)]


def find_other_place(text: str, corpus: Corpus) -> str | None:
    """A place the corpus does not cover ("北京"); the province of a city the text also names (metadata
    ``province``: "我在江苏，连云港的…") or a part of its name is not one."""
    named = [reg.meta for reg in corpus.regulations if phrases.any_in(text, list(reg.meta.names()))]
    covered = [n for m in named for n in m.names() if phrases.any_in(text, [n])]
    provinces = {m.province for m in named}
    for h in phrases.hits(text, words("places", "other_places")):
        # (…each mention on its own: "在南京读完大专回来了，想就在南京报个文职辅警" asks about 南京 all the same)
        if _INSTITUTION.match(text[h.end:]) or _moved_there(_sentence_at(text, h.start, h.end), h.phrase):
            continue   # "江苏海洋大学本科毕业", "准备辞职去深圳打工了", "全国城镇职工平均工资": a name, a destination, a
            # statistic — no place asked about
        if h.phrase.startswith("上") and (re.search(r"(晚|早|路|马|街|楼|网|身|车|手|桥|岸|山|台|班|会|线|镇|考|爬|跟|赶|追)$", text[:h.start])
                                          or text[h.end:h.end + 1] == "州"):
            continue   # "周五晚上海连路上设卡": 上 ends 晚上, the place is 海连路; "刚考上海州分局": 考上, then 海州
        if h.phrase == "包头" and (text[h.start - 1:h.start] in ("包", "书", "钱", "背") or text[h.end:h.end + 1] in ("巾", "布")):
            continue   # "嬢嬢包包头摸手机" (in her bag, 重庆话), "包头巾": no city
        if h.phrase not in provinces and not any(h.phrase in n or n.startswith(h.phrase) for n in covered):
            return h.phrase
    return None


def _asked_of_other(clauses: list[Clause], place: str, corpus: Corpus) -> bool:
    """The first asked clause names the other place, and no asked clause names a city of the texts — but
    as the measure of a comparison ("南京招辅警年龄上限是多少岁，跟连云港一样吗": 南京's figure is asked,
    the texts cannot answer the comparison)."""
    asked = [c.text for c in clauses if c.asked]
    # (…or points to it, named just before: "我表弟在贵州遵义也是辅警 他们那边辅警可不可以…")
    pointed = bool(asked) and _THERE.search(asked[0]) is not None and any(
        place in c.text and not c.asked and not _moved_there(c.text, place) for c in clauses)
    if not asked or (place not in asked[0] and not pointed) or _moved_there(asked[0], place):
        return False
    return not any(find_jurisdictions(t, corpus) and not (i and _set_against(t)) for i, t in enumerate(asked))


# the place someone else is, pointed to ("他们那边", "他那里")
_THERE = re.compile(r"^(那|那么)?(他们|她们|他|她|人家)(那边|那里|那儿|那块|那头)")


def _set_against(clause: str) -> bool:
    """The clause names a city only to compare the place asked about with it ("跟重庆一样不", "有没有重庆高")."""
    return phrases.any_in(clause, words("places", "set_against")) or phrases.any_in(clause, words("intent", "compare"))


def _users_own_place(text: str, place: str) -> bool:
    """The place is where the user works ("我在南京…", "我们南京这边"), not a place mentioned."""
    return bool(re.search(rf"(我在|我们|咱们|我是){place}|{place}(这边|这里|本地)", text))


def _worked_there_before(text: str, place: str) -> bool:
    """The place is where a job was held before ("他2019年到2023年在徐州一个派出所当过辅警"), not what is asked."""
    return bool(re.search(rf"在{place}[^，。？！]{{0,12}}(当过|干过|做过|待过|上过班|干了[^，。？！]{{0,3}}年|打工|上了[^，。？！]{{0,3}}年班)", text) or
                re.search(rf"(以前|之前|原来|曾经|早先|前几年)[^，。？！]{{0,6}}在{place}[^，。？！]{{0,12}}(当|干|做)[^，。？！]{{0,4}}(辅警|协警)", text))


def _origin_only(text: str, place: str) -> bool:
    """The place is only where someone comes from ("我表妹河南人，户口也在河南…想到外省去考辅警"), not what is asked."""
    at = [m.start() for m in re.finditer(re.escape(place), text)]
    return bool(at) and all(re.match(r"(人|的人|户口|户籍|籍|老家|农村户口|城镇户口)", text[i + len(place):]) or
                            re.search(r"(户口|户籍|老家|籍贯)(也|都|还)?(是|在)$", text[max(0, i - 6):i]) for i in at)


_OUR_SIDE = re.compile(r"(我们|俺们|咱们|咱|我|俺)(这边|这里|这儿|这块)")
_HEARD = re.compile(r"听说|据说|听人说|人家说|有人说|别人说|听别人讲|听人讲")


def _ours(text: str, meta) -> bool:
    """The user places themself in the city ("俺们赣榆区局", "我们江北分局", "咱们海州这边"): its name, or a name it
    shares with other cities, right after 我们 / 俺们 / 咱们."""
    return any(re.search(r"(我们|俺们|咱们)(这边|这里)?(的)?$", text[max(0, h.start - 5):h.start])
               for h in phrases.hits(text, [*meta.names(), *meta.shared_place_names]))


def _only_heard_of(text: str, meta) -> bool:
    """Every mention of the city lies in a clause of hearsay ("听说重庆那边…")."""
    hits = phrases.hits(text, list(meta.names()))
    # (…heard of after the name: "重庆那边听说赌博处罚过的不能招")
    return bool(hits) and all(_HEARD.search(re.split(r"[，。？！,?!；]", text[:h.start])[-1]) or
                              _HEARD.match(re.sub(r"^(那边|那里|那儿|那头|这边)?(的)?(我)?", "", text[h.end:])) for h in hits)


def _moved_there(text: str, place: str) -> bool:
    """The place is only where someone went or goes ("干了一年多人就不来了，去苏州打工了", "大姐急着去香港"), not
    what the question is about — unless the 辅警 job is there ("想去南京当辅警")."""
    for m in re.finditer(rf"(去|到|跑去|跑到|跑|去了|回|飞|飞去|赶去|赶到)(了)?{place}", text):
        if not re.match(r"[^，。？！]{0,4}(当|干|做|报|考|应聘|招)[^，。？！]{0,3}(辅警|协警)", text[m.end():]):
            return True
    # "后来在南京念本科念了两年就退学了": where someone studied, no place asked about
    return bool(re.search(rf"在{place}[^，。？！]{{0,6}}(念|读|上|考上|上了)[^，。？！]{{0,3}}(书|大学|本科|大专|研究生|学|中专|高中)", text))


_GLOSSED_POINTER = re.compile(r"(?:(?:他|她|人家|对方|老板|家属)?(?:要|说|讲|提)的)?(?:这个|那个|这些|那些|这事|那事|这样|那样)"
                              r"[（(](?P<gloss>[^）()（]{2,24})[）)]")


def read_question(text: str, jurisdiction: str | None = None, role: str | None = None, corpus: Corpus | None = None,
                  today: date | None = None) -> Reading:
    """Read a (cleaned) question; ``jurisdiction`` and ``role`` are the options the user chose."""
    corpus = corpus or Corpus.load()
    said = text   # (the user's own words: their speech, before its regional forms are read)
    text = typos.fix(text)
    # "他要的那个（收钱帮忙关照）到底可不可以": a pointer glossed in brackets — the gloss is what it points at
    text = _GLOSSED_POINTER.sub(lambda m: m.group("gloss"), text)
    text = re.sub(r"[a-z]+", lambda m: m.group().upper(), text)   # "ktv", "qq", "app": the data spells them KTV, QQ, APP
    named = find_jurisdictions(text, corpus)
    other = find_other_place(text, corpus)
    if other and not jurisdiction and _users_own_place(text, other):
        named = []   # "我在南京…看到你们有连云港的规定": the question is about 南京
    # a trainer's or HR's case about a 辅警 they name: the acts, requests and presence read as the user's own
    told = first_person(police_named(text))
    clauses = split(told)
    as_told = clauses if told == text else split(text)   # the facts of an applicant, as told
    if other and named and not jurisdiction and _asked_of_other(clauses, other, corpus):
        named = []   # "苏州工业园区招辅警年龄上限是多少？我连云港的朋友说…": 苏州 is asked about
    if not jurisdiction and (_OUR_SIDE.search(text) or len(named) > 1 and not phrases.any_in(text, words("intent", "compare"))):
        # "俺们赣榆区局在招…他说他前年去沙坪坝那边考过…俺们这边他能报吗": the user's own city, said as "我们 + place"
        # (…or "听说重庆那边…，俺们连云港的办法是咋规定的": the city the user says is theirs, the other only heard of)
        ours = [reg.meta.jurisdiction for reg in corpus.regulations if _ours(text, reg.meta)]
        if len(ours) == 1:
            named = ours
    if len(named) > 1 and not jurisdiction and _OUR_SIDE.search(text):
        # "听说重庆那边赌博罚过款就不能报，那俺们这边呢": the city heard of is set against the user's own
        own = [j for j in named if not _only_heard_of(text, corpus.jurisdictions[j].meta)]
        named = own or named
    asked_text = "，".join(c.text for c in clauses if c.asked)
    told_text = "，".join(c.text for c in clauses if not c.asked)
    in_asked = find_jurisdictions(asked_text, corpus)
    if len(named) > 1 and not jurisdiction:
        # "重庆条例里写了文职可以搞警犬训养…连云港的办法里允许吗": the one city the question itself names, the other
        # told as what the user read (not a comparison asked: "跟重庆一样吗", "有啥区别")
        # (…only where the other city's text is what the user read: "各自是从哪天开始施行的" asks both named before)
        others_read = all(TEXT_SAYS.search(c.text) or re.search(r"听说|看到|看了", c.text)
                          for c in clauses if not c.asked and any(j not in in_asked for j in find_jurisdictions(c.text, corpus)))
        if len(in_asked) == 1 and others_read and not _set_against(asked_text) and \
                not re.search(r"一样|区别|差别|不同|两边|分别|各自", asked_text) and \
                not phrases.any_in(asked_text, words("intent", "compare_places")):
            named = in_asked
    if len(named) > 1 and not jurisdiction:
        # "前两年在连云港当辅警…想报九龙坡的勤务辅警": the city applied to, not the one worked in before
        applied = _applied_in(text, corpus)
        named = applied if len(applied) == 1 else named
    # (…not a comparison the user only says they are making: "做两地对比课件的时候发现…连云港的办法里允许吗")
    if len(named) == 1 and not jurisdiction and phrases.any_in(text, words("intent", "compare_places")) and \
            not (phrases.any_in(told_text, words("intent", "compare_places")) and
                 not phrases.any_in(asked_text, words("intent", "compare_places")) and in_asked == named):
        named = list(corpus.jurisdictions)   # "两个地方的规定分别…？连云港以前那个…": both asked, one named again
    jurisdictions = [jurisdiction] if jurisdiction else named
    city_words, likely_city = "", None
    if not jurisdictions and not other:
        # "…我可以先盘问他一下不嘛", "咋个整": no place named, the user's speech hints at the city — still unknown (every
        # city is answered, DOMAIN.md), that one first, and the answer says why
        spoken = [(reg.meta.jurisdiction, hits) for reg in corpus.regulations
                  if (hits := phrases.hits(said, list(reg.meta.dialect_words)))]
        if len(spoken) == 1:
            likely_city = spoken[0][0]
            city_words = "、".join(dict.fromkeys(h.phrase for h in spoken[0][1]))
    # (…where someone worked or comes from is no place asked about, unless a question names it: "一直在成都打工…成都那边
    # 辅警报名年龄卡到多少岁")
    asked_there = bool(other) and any(other in c.text for c in clauses if c.asked)
    unknown = None if jurisdictions or (other and not asked_there and (_worked_there_before(text, other) or _origin_only(text, other))) \
        else other
    role_reading = read_role(clauses, role)
    sit = read_situation(clauses)
    if sit.outsider_words and role_reading.source == "inferred":
        role_reading = RoleReading(None, None)   # "我在分局后勤食堂帮厨": no post of a 辅警 to infer

    story = "，".join(c.text for c in clauses)
    scope = jurisdictions or list(corpus.jurisdictions)
    doc_ids = [corpus.jurisdictions[j].doc_id for j in scope]
    place_words = tuple(w for reg in corpus.regulations for w in reg.meta.names())
    asked = find_acts(clauses, lambda words_, joining=False: names_any(words_, story, doc_ids, joining), place_words)
    matches = {corpus.jurisdictions[j].doc_id: [match(a, corpus.jurisdictions[j].doc_id, story) for a in asked]
               for j in scope}
    names_act = any(r.matches or r.related for rs in matches.values() for r in rs)
    matched_act = any(r.matches for rs in matches.values() for r in rs)
    act_clauses = frozenset(a.clause for i, a in enumerate(asked)
                            if any(rs[i].matches or rs[i].related for rs in matches.values()))

    # HR's list of several applicants: the facts of the one asked about ("小王…；老李…。老李能不能收")
    facts_text = asked_applicant(text)
    if facts_text != text:
        as_told = split(facts_text)
    told_of, records, education, date_notes, education_notes = _profile(facts_text, as_told, today, role_reading.role)
    profile_facts = bool(told_of.age is not None or told_of.birth_date or told_of.birth_year or education or records
                         or told_of.records or told_of.nationality or told_of.health
                         or any(c.asked and asks_of_record(c.text) for c in clauses))
    relation = read_relation(text)
    intent = decide(told, clauses, profile_facts=profile_facts, relation=relation.relation, names_act=names_act,
                    matched_act=matched_act,
                    named=named, jurisdiction_given=bool(jurisdiction), act_clauses=act_clauses)
    if intent == "duty" and not (asked and names_act) and asks_of_institution(clauses):
        intent = "lookup"   # "能不能县公安局自己单独组织招聘": what the bureau may do, a question for the texts
    if intent == "recusal" and asks_of_institution(clauses) and \
            not phrases.any_in(text, words("intent", "recusal")):
        intent = "lookup"   # "…我夺刀被划了…按规定医院是不是应该先救人后收钱": what the hospital owes, no recusal asked
    if intent == "duty" and not asked:
        intent = "lookup"   # "…说辅警打人，根本没这回事，单位管不管嘛": no act of the user's asked at all
    if intent == "lookup" and len(asked) >= 2 and not profile_facts and all(a.via != "asked" for a in asked) and \
            any(c.asked and phrases.any_in(c.text, words("frame", "act_judgements")) and not HANDLING_ASKED.search(c.text)
                for c in clauses):
        # (…not what follows for the user asked alone: "一方是我二舅，我当时没说就调了…我会被怎么处理")
        intent = "duty"     # "1. 发放体检通知 2. 送判决书 3. 巡查消防通道。怎么判？": each act told, judged
    if intent == "eligibility" and records and all(r.reading == "left_contract_early" for r in records) and \
            told_of.age is None and not (told_of.birth_date or told_of.birth_year or education) and \
            _LEAVING_PLANNED.search(text) and not _WALKING_OUT.search(text) and \
            any(c.asked and _EFFECT_ASKED.search(c.text) for c in clauses):
        # "想提前辞职…以后再考辅警会不会受影响": the user's own leaving still to come, its effect on applying again asked —
        # what the texts say of leaving early (连云港 21(5), the right to end the tie), not a vetting of an applicant
        intent = "lookup"
    if told_of.not_conditions and intent in ("duty", "lookup", "compare"):
        # "招辅警是不是必须是党员", "非要有驾照不？我老弟…别的条件都够": a thing the conditions do not list, asked to
        # be required — of an applicant told, an eligibility case; of the hiring in general, the conditions themselves
        intent = "eligibility" if profile_facts or told_of.conditions_claimed else "lookup"
    profile = Profile()
    notes = list(date_notes)
    applicants: list[tuple[str, Profile]] = []
    if intent == "eligibility":
        profile = told_of
        notes += education_notes
        # "一个26岁、高中…；另一个28岁、中专…。这两个怎么判": each applicant of the list decided on its own
        for label, own in every_applicant(text):
            applicants.append((label, _profile(own, split(own), today, role_reading.role)[0]))
        # "想报文职…能报不？要是文职不行，那勤务的能报吗": both posts asked for one applicant, each decided
        if not applicants and not role and _EITHER_POST.search(text):
            applicants = [(f"报{name}岗", told_of.model_copy(update={"role": name})) for name in ("文职", "勤务")]
    # "可以抓人送看守所吗，要是抓错了谁来赔": the question for the texts asked beside the act is answered too
    beside = [c.text for c in beside_act(clauses, act_clauses)] if intent == "duty" else []
    # "…辅警是隔壁家的亲侄儿，他不但没回避还偏帮他们…投诉了有没有回音": a complaint asked beside the recusal — the texts'
    # article on complaints answers it after the recusal is decided
    if intent == "recusal":
        # (…or what follows for the user who did not stand aside: "我这算该回避没回避吗？会有啥后果")
        beside = [c.text for c in clauses if c.asked and (_COMPLAINT_ASKED.search(c.text) or _FOLLOWS_FOR_ME.search(c.text))]
    # "请分析违反了哪些规定，单位可以怎么处理": how the unit deals with the breach, asked beside the acts judged —
    # the texts' article on handling breaches answers it
    if intent == "duty" and act_clauses:
        beside += [c.text for c in clauses if c.asked and c.index not in act_clauses and c.text not in beside
                   and HANDLING_ASKED.search(c.text)]
    tie_at = told.find(relation.words) if relation.words and "；" not in relation.words else -1
    kinds = second_kind(intent, clauses, frozenset(a.clause for i, a in enumerate(asked)
                                                   if any(rs[i].matches for rs in matches.values())),
                        relation.relation, tie_at)
    # (…not the one who asks the favour: "同事的亲戚想找个人，托同事让我在系统里搜…" — no party, the act is the question)
    asks_favour = relation.words and re.search(re.escape(relation.words) + r"(想|要|托|让|叫|喊|求|请|找我|问我)", told)
    if not kinds and intent == "duty" and relation.words and not asks_favour and \
            weak_tie_beside_act(clauses, relation.relation, matched_act, act_clauses):
        # "…一看是我初中同学…我一个人看着他行不行": the act decided, the tie to a party weighed beside it
        # (the recusal is asked where the tie is told, never in an act's clause: its acts stay asked)
        tie_clause = next((c.index for c in clauses if relation.words in c.text and c.index not in act_clauses), len(clauses))
        kinds = (("duty", min(act_clauses)), ("recusal", tie_clause))
    # (…a tie outside the near relatives, and no standing aside asked: "外婆的案子她能去吗", "我要回避吗" keep the recusal
    # first)
    if not kinds and intent == "recusal" and act_clauses and relation.words and \
            relation.relation not in ("self", "interest", *NEAR_TIES) and \
            not any(c.asked and (phrases.any_in(c.text, words("intent", "recusal")) or _HANDLING.search(c.text)) for c in clauses) and \
            any(a.for_private for a in asked):
        # "我老公他姐车停小区被人刮了，让我帮她把那个路口的监控调出来…发给她": a private favour asked, by the tie
        # or for them — the favour is decided (a ban whoever asks), the tie weighed beside it
        # (…the favour told after the tie, not the case's own handling told before it: "处理一起剐蹭，一方是…老王的亲侄子")
        tie_clause = next((c.index for c in clauses if relation.words[:4] in c.text), len(clauses))
        if min(act_clauses) > tie_clause:
            intent, kinds = "duty", (("duty", min(act_clauses)), ("recusal", tie_clause))
    return Reading(text, jurisdictions, named, unknown, role_reading, intent, clauses, asked, matches, sit, profile,
                   records, education, relation, notes, beside, kinds, intent, applicants, told_of.not_conditions,
                   city_words, likely_city, read_item_roles(clauses, told) if not role else {})


# one applicant, both posts asked ("要是文职不行，那勤务的能报吗", "文职和勤务哪个能报")
# (…not the posts a unit hires for, "我们这次勤务和文职都招": the applicant's own choice is not told)
_EITHER_POST = re.compile(r"(文职|勤务)[^。？！]{0,8}(不行|不够|不符合|够不上|报不了|不能报|报不成|没戏)[^。？！]{0,6}(那|那么)?(报)?(勤务|文职)")


def _profile(facts_text: str, as_told: list[Clause], today: date | None, role: str | None
             ) -> tuple[Profile, list[RecordFact], EducationFact | None, list[str], list[str]]:
    """The applicant's profile from what is told of them; the record and education facts it was read from; the
    notes on the dates and on the education as read."""
    dates = read_dates(facts_text, today)
    records = read_records(as_told)
    education = read_education(facts_text)
    age = read_age(facts_text) if dates.birth_date is None else None
    blanket = blanket_values(facts_text)
    birth_year = dates.birth_year if age is None and dates.birth_date is None else None
    # "虚岁37": the year of birth it says, so that both 周岁 it may be are weighed (35 or 36)
    told_nominal = nominal_birth_year(facts_text, dates.reference_date or today or date.today()) \
        if dates.birth_date is None and dates.birth_year is None else None
    if told_nominal:
        age, birth_year = None, told_nominal
    profile = Profile(age=age, birth_date=dates.birth_date, birth_month_only=dates.birth_month_only,
                      birth_year=birth_year, reference_date=dates.reference_date, nationality=read_nationality(facts_text),
                      education=education.level if education else None,
                      education_unfinished=education.unfinished if education else None, role=role, records=record_values(records, blanket),
                      priority_facets=read_priority_facets(facts_text), priority_asked=read_priority_asked(as_told),
                      clean_record_words=blanket.general,
                      aux_service_told=aux_service_told(facts_text),
                      health=read_health(as_told), not_conditions=read_not_conditions(as_told, facts_text),
                      conditions_claimed=conditions_claimed(facts_text, as_told),
                      stated=[{"reading": f.reading, "words": f.words, "holder": f.holder, "holder_words": f.holder_words,
                               "value": f.value, "qualifier_words": f.qualifier_words, "label": f.label,
                               "keys": sorted(f.effects or open_keys(f, facts_text))} for f in records])
    notes = [n for n in [nominal_note(facts_text)] if n and told_nominal]
    if education and education.incomplete:
        notes.append(f"“{education.words}”不算取得该学历，按已完成的{education.level}计算" if education.level
                     else f"“{education.words}”不算取得该学历，已完成的学历未说明")
    return profile, records, education, list(dates.notes), notes

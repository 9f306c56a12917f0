"""Duty permission ("can I do X"): one act, already read and matched to catalogue entries → a
:class:`~.base.Decision`.

The catalogue of each regulation — every duty item, prohibition, conditional permission and
obligation, with its reference, verbatim wording, verdict, roles, what its verdict needs and the
user's words for it — lives in ``data/duty/<doc_id>.yaml``. Which entries an act names is read by
:mod:`assistant.understand.heads` (the head of the act, not a word inside its object); this module
only decides, the same way for every city:

- the entries of the act that apply when it happens (``when``: on duty, off duty, or not said);
- an act *not done* ("不开执法记录仪") reads an obligation as its omission (``omit_verdict``); a duty
  item or a ban says nothing of not doing it → ``not_addressed``;
- helping an officer ("协助民警拖车") is not making the decision only the police organ makes
  (entries marked ``decision``) → that ban does not decide it;
- among the entries of the user's role the most restrictive verdict wins (they name the same act);
  entries of the other role only → ``not_in_role``; none → ``not_addressed``, pointing at the
  catch-alls of both kinds and at the nearest rule the data file names under ``related``;
- a verdict that needs something (``needs``: an officer leading, an emergency, a qualification…)
  reports whether the story meets it (``condition_met``) and the summary says what that means now;
- a user who is no 辅警 at all (``outsiders`` of the data: 群防群治力量, 后勤服务 staff, "我在派出所食堂煮饭的"):
  the lists are not theirs → ``not_addressed`` citing that sentence; a ban on every 辅警 still decides, and so
  does the ban on anyone's wearing a 辅警's uniform (``outsiders.uniform``: "志愿者穿辅警衣服" → ``forbidden``);
- the pre-job training not yet passed (``posting`` of the data): where the text posts a 辅警 only after it
  (重庆 第三十三条), any permission becomes ``conditional``, unmet; elsewhere the training article is cited beside.

>>> from assistant.corpus import Corpus
>>> corpus = Corpus.load()
>>> act = ActReading("看着他", (EntryMatch(entry("chongqing-2021", "cq-16-2-kanguan"), "frame", "看着…嫌疑人"),))
>>> d = decide_duty(act, "勤务", "chongqing", corpus, Situation(presence="absent", presence_words="民警去开车"))
>>> d.verdict, d.condition_met
('permitted_with_police_lead', False)
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from .. import phrases
from ..corpus import Corpus
from .availability import undecided
from .base import Decision, Note, Reason, role_name
from .conditions import NEEDS, Situation, condition_met
from .loader import cite, load_data

RESTRICTIVENESS = {"forbidden": 4, "conditional": 3, "permitted_with_police_lead": 2, "permitted": 1}
WHEN = ("on_duty", "off_duty", "unknown")
DEFAULT_NEEDS = {"permitted_with_police_lead": ("lead",)}


@dataclass(frozen=True)
class Frame:
    """An act named by its verb and its object ("看着" + "嫌疑人", "控制" + "醉汉")."""

    verbs: tuple[str, ...]
    objects: tuple[str, ...]
    story_object: bool = False   # the object may be left out of the act and named in the story ("飞" + 无人机)


@dataclass(frozen=True)
class DutyEntry:
    id: str
    doc_id: str
    ref: str
    action: str
    wording: str
    verdict: str
    roles: tuple[str, ...]
    condition: str = ""
    catch_all: bool = False
    aliases: tuple[str, ...] = ()
    frames: tuple[Frame, ...] = ()
    needs: tuple[str, ...] = ()
    when: tuple[str, ...] = WHEN
    decision: bool = False              # a power only the police exercise (作出…决定, 刑事强制措施)
    omits: str = ""                     # the obligation this entry is the omission of
    also_cite: tuple[tuple[str, str], ...] = ()   # (ref, wording) cited beside the entry
    see_also: tuple[str, ...] = ()      # entries shown beside it (认定事故责任 beside 轻微事故)
    obligation: bool = False            # the text requires the act (应当…): doing it is what is required
    by_object: bool = False             # named by its object (涉密文件, 枪): counts as the object of any verb
    in_speech: bool = False             # its words count when said ("告诉他们谁全责" announces a liability)
    manner: bool = False                # how the act is done (dressed in uniform): not the act when another is named
    not_when: tuple[str, ...] = ()      # longer words an alias inside them does not name ("巡逻车" is no 巡逻)
    not_with: tuple[str, ...] = ()      # words that, in the act, show it is another one ("出现场…勘查" is 勘查)
    assisted: tuple[str, ...] = ()      # aliases naming an execution an officer decided: helping with it is not deciding
    travel: bool = False                # a way of getting there (driving): before 去/到/把 and another act, it is not the act
    # police means (系统, 监控, 户口…): an act naming one, asked for by a private person ("发小让我在系统里帮他查查"),
    # is this entry's act — the work done for a private end
    for_private: tuple[str, ...] = ()
    # work done for money a private party offers the user ("一条给我分5块钱") is this entry's act — private gain
    when_paid: bool = False


@dataclass(frozen=True)
class RelatedRule:
    """A rule near an act the text does not decide ("兼职" beside 21(8)): cited, never a verdict."""

    id: str
    doc_id: str
    ref: str
    wording: str
    note: str
    aliases: tuple[str, ...]
    frames: tuple[Frame, ...] = ()
    conduct: bool = False   # a rule of conduct (side jobs, drinking): the duty catch-alls are beside the point
    manner: bool = False    # how the user is dressed: beside another act it is not the act ("穿着制服去巡逻")
    not_when: tuple[str, ...] = ()   # longer words an alias inside them does not name ("直播答网友" is publicity work)
    # the kinds of 辅警 whose lists hold the neighbouring work ("治安调解" is 勤务's): for the other kind the act is
    # outside their work, not merely unlisted
    work_of: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntryMatch:
    entry: DutyEntry
    how: str              # "alias" | "frame" | "semantic" | "private" | "paid"
    evidence: str         # the user's words found, or the similarity
    score: float = 0.0


@dataclass(frozen=True)
class ActReading:
    """What the rule needs to know of one asked act: the user's words, the entries they name."""

    words: str
    matches: tuple[EntryMatch, ...] = ()
    related: tuple[RelatedRule, ...] = ()
    negated: bool = False       # the act is not doing something ("不开执法记录仪")
    assisting: bool = False     # framed as helping an officer ("协助民警拖车")


def _frames(raw) -> tuple[Frame, ...]:
    return tuple(Frame(tuple(f["verbs"]), tuple(f["objects"]), bool(f.get("story_object"))) for f in raw or ())


def _entry(e: dict, doc_id: str) -> DutyEntry:
    verdict = e["verdict"]
    needs = tuple(e.get("needs") or DEFAULT_NEEDS.get(verdict, ()))
    unknown = [n for n in needs if n not in NEEDS]
    if unknown:
        raise ValueError(f"{doc_id} {e['id']}: unknown needs {unknown}")
    return DutyEntry(e["id"], doc_id, str(e["ref"]), e["action"], e["wording"], verdict, tuple(e["roles"]),
                     e.get("condition") or "", bool(e.get("catch_all")), tuple(e.get("aliases") or ()),
                     _frames(e.get("frames")), needs, tuple(e.get("when") or WHEN), bool(e.get("decision")),
                     "", tuple((str(a["ref"]), a["wording"]) for a in e.get("also_cite") or ()),
                     tuple(e.get("see_also") or ()), bool(e.get("omission")), bool(e.get("by_object")),
                     bool(e.get("in_speech")), bool(e.get("manner")), tuple(e.get("not_when") or ()),
                     tuple(e.get("not_with") or ()), tuple(e.get("assisted") or ()), bool(e.get("travel")),
                     tuple(e.get("for_private") or ()), bool(e.get("when_paid")))


def _omission(e: dict, base: DutyEntry) -> DutyEntry:
    """An obligation ("应当…全程录音录像") read as not doing it: its own verdict, words and needs."""
    o = e["omission"]
    return replace(base, id=base.id + "-omit", action=o["action"], verdict=o["verdict"],
                   condition=o.get("condition") or "", aliases=tuple(o.get("aliases") or ()), frames=_frames(o.get("frames")),
                   needs=tuple(o.get("needs") or DEFAULT_NEEDS.get(o["verdict"], ())), omits=base.id,
                   wording=o.get("wording") or base.wording, ref=str(o.get("ref") or base.ref), obligation=False)


@lru_cache(maxsize=None)
def catalogue(doc_id: str) -> tuple[DutyEntry, ...]:
    """Every entry of the city's duty data, obligations followed by their omission readings."""
    data = load_data("duty", doc_id) or {"entries": []}
    out = []
    for e in data["entries"]:
        base = _entry(e, doc_id)
        out.append(base)
        if e.get("omission"):
            out.append(_omission(e, base))
    return tuple(out)


def entry(doc_id: str, entry_id: str) -> DutyEntry:
    return next(e for e in catalogue(doc_id) if e.id == entry_id)


@lru_cache(maxsize=None)
def related_rules(doc_id: str) -> tuple[RelatedRule, ...]:
    data = load_data("duty", doc_id) or {}
    return tuple(RelatedRule(r["id"], doc_id, str(r["ref"]), r["wording"], r["note"], tuple(r.get("aliases") or ()),
                             _frames(r.get("frames")), bool(r.get("conduct")), bool(r.get("manner")),
                             tuple(r.get("not_when") or ()), tuple(r.get("work_of") or ()))
                 for r in data.get("related") or ())


@dataclass(frozen=True)
class Posting:
    """The pre-job training as a condition of any post (``posting`` of the duty data)."""

    doc_id: str
    ref: str
    wording: str
    condition: str
    binds: bool   # the text posts a 辅警 only after it; otherwise it is cited beside the verdict


@dataclass(frozen=True)
class TextSentence:
    """A sentence of the text the duty data names with its reference, cited beside a verdict: the ban on acting
    alone (``alone``: cited when the officer's lead is missing), who is not a 辅警 (``outsiders``: 群防群治力量,
    后勤服务 staff)."""

    ref: str
    wording: str


def _text_sentence(doc_id: str, key: str) -> TextSentence | None:
    s = (load_data("duty", doc_id) or {}).get(key)
    return TextSentence(str(s["ref"]), s["wording"]) if s else None


@lru_cache(maxsize=None)
def outsiders(doc_id: str) -> TextSentence | None:
    return _text_sentence(doc_id, "outsiders")


@lru_cache(maxsize=None)
def outsiders_uniform(doc_id: str) -> tuple[TextSentence, tuple[str, ...]] | None:
    """The ban on anyone's wearing a 辅警's uniform or using their papers, and the words of an act it bans."""
    s = ((load_data("duty", doc_id) or {}).get("outsiders") or {}).get("uniform")
    return (TextSentence(str(s["ref"]), s["wording"]), tuple(s["aliases"])) if s else None


@lru_cache(maxsize=None)
def alone_ban(doc_id: str) -> TextSentence | None:
    return _text_sentence(doc_id, "alone")


@lru_cache(maxsize=None)
def posting(doc_id: str) -> Posting | None:
    p = (load_data("duty", doc_id) or {}).get("posting")
    return Posting(doc_id, str(p["ref"]), p["wording"], p["condition"], bool(p["binds"])) if p else None


# -- deciding -----------------------------------------------------------------------------------
def _assisted(m: "EntryMatch") -> bool:
    """Helping an officer with what the officer decided ("协助民警拖车") — not deciding it ("帮民警审批")."""
    return any(a.replace("…", "") in m.evidence.replace("…", "") or m.evidence in a for a in m.entry.assisted)

def _when(s: Situation) -> str:
    return "unknown" if s.on_duty is None else ("on_duty" if s.on_duty else "off_duty")


def _reason(corpus: Corpus, e: DutyEntry, who: str) -> list[Reason]:
    c = cite(corpus, e.doc_id, e.ref, e.wording)
    if e.omits:
        text = {"forbidden": f"条文要求：“{e.wording}”，不这样做就违反规定",
                "conditional": f"条文要求：“{e.wording}”，例外只有：{e.condition}",
                }.get(e.verdict, f"条文要求：“{e.wording}”")
    else:
        text = {
            "forbidden": f"条文规定：“{e.wording}”" if "不得" in e.wording else f"条文禁止辅警：“{e.wording}”",
            "permitted": f"{who}可以在民警指挥或按公安机关安排从事“{e.wording}”",
            "permitted_with_police_lead": f"{who}只能在人民警察带领下协助“{e.wording}”，不能单独进行",
            "conditional": f"“{e.wording}”有条件：{e.condition}",
        }[e.verdict]
    reasons = [Reason(e.action, "applies", text, c, e.wording)]
    for ref, wording in e.also_cite:
        reasons.append(Reason(e.action, "applies", f"条文还规定：“{wording}”", cite(corpus, e.doc_id, ref, wording), wording))
    return reasons


def _catch_all_notes(corpus: Corpus, doc_id: str, roles: tuple[str, ...]) -> list[Note]:
    """Both kinds of catch-all: what may be done "按照国家规定…其他工作", and what is banned "其他…"."""
    notes = []
    for e in catalogue(doc_id):
        if not (e.catch_all and set(e.roles) & set(roles)):
            continue
        if e.verdict == "forbidden":
            text = f"兜底禁止条款“{e.wording}”：要看其他法律法规和公安机关的规定，本条不能直接推出可以或不可以"
        else:
            text = f"兜底条款“{e.wording}”：是否属于要看国家规定和公安机关的安排，不能直接推出可以或不可以"
        notes.append(Note(text, cite(corpus, doc_id, e.ref, e.wording)))
    return notes


def _see_also_notes(corpus: Corpus, e: DutyEntry, done: set[str]) -> list[Note]:
    notes = []
    for other_id in e.see_also:
        if other_id in done:
            continue
        o = entry(e.doc_id, other_id)
        notes.append(Note(f"另：“{o.wording}”{'不得由辅警从事' if o.verdict == 'forbidden' else '见此条'}",
                          cite(corpus, o.doc_id, o.ref, o.wording)))
    return notes


def _summary(e: DutyEntry, verdict: str, who: str, met: bool | None, s: Situation) -> str:
    """One sentence after the verdict: what the text says, and what the story makes of it now."""
    if verdict == "forbidden":
        return (f"条文要求“{e.wording}”。" if e.omits else
                f"条文规定“{e.wording}”。" if "不得" in e.wording else
                # a duty put as 应当 (连云港 第八条): what it requires, and the act it rules out
                f"条文规定“{e.wording}”，不能{e.action}。" if "应当" in e.wording else f"条文明确禁止辅警“{e.wording}”。")
    if verdict == "permitted":
        return (f"条文要求“{e.wording}”，这样做正是规定的做法。" if e.obligation else
                f"{who}可以在民警指挥或按公安机关安排从事“{e.wording}”。")
    if verdict == "permitted_with_police_lead":
        base = f"{who}只能在人民警察带领下协助“{e.wording}”"
        if met is True:
            return f"{base}；你说民警在场（“{s.presence_words}”），可以在民警带领下协助进行。"
        if met is False and s.presence == "remote":
            return f"{base}；民警只是在别处指挥（“{s.presence_words}”），不在现场带领，你不能单独进行。"
        if met is False:
            return f"{base}；现在民警不在场（“{s.presence_words}”），你不能单独进行，须等民警到场带领。"
        return f"{base}，不能单独进行。"
    # conditional
    text = f"{e.condition}。"
    if met is False:
        missing = []
        if "emergency" in e.needs and s.emergency is False:
            missing.append(f"你说的情况不是紧急情况（“{s.emergency_words}”）")
        if {"command_and_lead", "lead"} & set(e.needs) and s.presence in ("absent", "remote"):
            missing.append(f"民警不在现场带领（“{s.presence_words}”）")
        if "command_or_lead" in e.needs and s.presence == "absent":
            missing.append(f"没有民警指挥或带领（“{s.presence_words}”）")
        if "qualification" in e.needs and s.qualified is False:
            missing.append(f"你说没有相应资格（“{s.qualified_words}”）")
        if "on_duty" in e.needs and s.on_duty is False:
            missing.append(f"你说的是非履行职责期间（“{s.on_duty_words}”）")
        text += "按你说的情况条件不满足：" + "；".join(missing or ["条件不满足"]) + "，现在不能这样做。"
    elif met is True:
        text += "按你说的情况，条件满足。"
    return text


def _not_addressed(corpus: Corpus, doc_id: str, act: ActReading, roles: tuple[str, ...], notes: list[Note],
                   role: str | None, situation: Situation = Situation(), bounded: bool = False) -> Decision:
    """Not listed: the catch-all items are said, unless a related rule or the sentence that bounds the act to duty
    hours (``bounded``: "履职期间应当…规范着装", the act done off duty) already says what the texts hold."""
    notes = list(notes) + [Note(r.note, cite(corpus, doc_id, r.ref, r.wording)) for r in act.related]
    post = posting(doc_id)
    if situation.trained is False and post is not None:
        # "岗前培训都还没搞，队里就让我直接上路口执勤了": whatever the post, the training comes before it
        notes.insert(0, Note(f"条文规定公安机关“{post.wording}”；你说岗前培训还没有完成（“{situation.trained_words}”）"
                             + ("，按条文应当培训合格后再安排上岗。" if post.binds else "，是否可以先安排上岗，条文没有明确规定。"),
                             cite(corpus, doc_id, post.ref, post.wording)))
    if not any(r.conduct for r in act.related) and not bounded:
        notes += _catch_all_notes(corpus, doc_id, roles)
    summary = ("条文规定的是履职期间的做法，对非履职期间没有明确规定；请向所在公安机关确认。" if bounded else
               "这些规定没有列出这项工作，既没有明确允许，也没有明确禁止；请向所在公安机关确认。")
    return Decision("duty", corpus.regulation(doc_id).meta.jurisdiction, doc_id, "not_addressed", summary,
                    (), notes=tuple(notes), role=role, act=act.words)


def decide_duty(act: ActReading, role: str | None, jurisdiction: str, corpus: Corpus,
                situation: Situation = Situation(), on: date | None = None) -> Decision:
    """Decide whether a ``role`` auxiliary officer of ``jurisdiction`` may do ``act`` (see the module
    docstring); ``role`` ``None`` decides for any 辅警. A text not in force on ``on`` (default today), or
    without duty data, decides nothing (:mod:`.availability`)."""
    doc_id = corpus.jurisdictions[jurisdiction].doc_id
    gate = undecided("duty", jurisdiction, corpus, on, role=role, act=act.words)
    if gate is not None:
        return gate
    roles = (role,) if role else ("勤务", "文职")
    who = role_name(role)
    when = _when(situation)
    notes: list[Note] = []
    entries: list[EntryMatch] = []
    bounded = False
    for m in act.matches:
        e = m.entry
        if when not in e.when:
            if when == "off_duty" and e.also_cite:
                # "下班穿着辅警衣服去买菜": the text sets how the work is done ("履职期间应当…规范着装"); off duty it says
                # nothing — said, with the sentence that bounds it
                bounded = True
                notes += [Note(f"条文规定的是“{wording}”；你说的不是履职期间（“{situation.on_duty_words}”），条文对此没有规定",
                               cite(corpus, doc_id, ref, wording)) for ref, wording in e.also_cite
                          if not any(n.citation.id.startswith(f"{doc_id}:{ref.split(':')[0]}:") for n in notes)]
            continue
        if act.negated and not e.omits:
            omission = next((o for o in catalogue(doc_id) if o.omits == e.id), None)
            if omission is None:
                notes.append(Note(f"条文规定的是“{e.wording}”，没有规定可否不这样做",
                                  cite(corpus, doc_id, e.ref, e.wording)))
                continue
            m = EntryMatch(omission, m.how, m.evidence, m.score)
        if act.assisting and m.entry.decision and _assisted(m):
            notes.append(Note(f"条文禁止的是辅警“{m.entry.wording}”；决定由公安机关作出，协助民警办理其中的具体事务，条文没有单独规定",
                              cite(corpus, doc_id, m.entry.ref, m.entry.wording)))
            continue
        entries.append(m)
    outside = outsiders(doc_id) if situation.outsider_words else None
    uniform = outsiders_uniform(doc_id) if outside is not None else None
    if uniform is not None and phrases.any_in(act.words, uniform[1]):
        # "志愿者穿辅警衣服可以吗": no 辅警, and the text bans anyone's using the uniform
        ban, c = uniform[0], cite(corpus, doc_id, uniform[0].ref, uniform[0].wording)
        c3 = cite(corpus, doc_id, outside.ref, outside.wording)
        return Decision("duty", jurisdiction, doc_id, "forbidden",
                        f"按你说的（“{situation.outsider_words}”），这类人员不属于辅警；条文规定：“{ban.wording}”。",
                        (Reason(act.words, "applies", f"条文规定：“{ban.wording}”", c, ban.wording),
                         Reason(act.words, "applies", f"条文规定：“{outside.wording}”", c3, outside.wording)),
                        notes=tuple(notes), role=role, act=act.words)
    if outside is not None and not any(m.entry.verdict == "forbidden" and {"勤务", "文职"} <= set(m.entry.roles) for m in entries):
        # "我在派出所食堂煮饭的…民警叫我帮忙守一下留置室里那个人": not a 辅警, the lists of their work are not the user's
        c = cite(corpus, doc_id, outside.ref, outside.wording)
        listed = [m.entry for m in entries[:1]]   # the list the act is on, beside the sentence that keeps it from them
        reasons = (Reason(act.words, "does_not_apply", f"条文规定：“{outside.wording}”", c, outside.wording),) + tuple(
            Reason(e.action, "does_not_apply", f"“{e.wording}”是条文列给{'、'.join(role_name(r) for r in e.roles)}的工作",
                   cite(corpus, doc_id, e.ref, e.wording), e.wording) for e in listed)
        # (not_in_role is the other kind of 辅警; for one who is none, the texts list no work at all)
        return Decision("duty", jurisdiction, doc_id, "not_addressed",
                        f"按你说的（“{situation.outsider_words}”），这类人员不属于辅警：条文规定群防群治力量和在公安机关从事后勤服务"
                        "工作的人员不属于辅警，条文列出的辅警工作不是这类人员的工作，条文也没有规定他们可以做什么；"
                        "不应让其自行从事民警、辅警的工作，请向所在公安机关确认。",
                        reasons, notes=tuple(notes), matched=tuple(e.id for e in listed), role=role, act=act.words)
    mine = [m for m in entries if set(m.entry.roles) & set(roles)]
    others = [m for m in entries if not set(m.entry.roles) & set(roles)]
    if role and act.related and not mine and all(r.work_of and role not in r.work_of for r in act.related):
        # "户籍窗口的…跟民警去小区帮着调解邻居吵架": the neighbouring work is listed for the other kind of 辅警 only
        r = act.related[0]
        owner = "、".join(role_name(k) for k in r.work_of)
        c = cite(corpus, doc_id, r.ref, r.wording)
        return Decision("duty", jurisdiction, doc_id, "not_in_role",
                        f"条文把“{r.wording}”列为{owner}的工作，没有列入{who}的工作。",
                        (Reason(act.words, "does_not_apply", f"“{r.wording}”列在{owner}的工作中", c, r.wording),),
                        notes=tuple(notes + [Note(r.note, c)] + _catch_all_notes(corpus, doc_id, roles)),
                        role=role, act=act.words)
    # "穿着制服去巡逻": how the user is dressed beside an act the lists name is no rule near an unnamed act
    if act.related and not any(m.entry.verdict == "forbidden" for m in mine) and \
            not (mine and all(r.manner for r in act.related)):
        # the act names something the text does not decide ("操控无人机巡查"): no permission is read
        # into it from a neighbouring item; a ban on the same act still decides
        notes += [Note(f"条文列有“{m.entry.wording}”，但所问的事条文没有规定，不能据此推出可以",
                       cite(corpus, doc_id, m.entry.ref, m.entry.wording)) for m in mine]
        return _not_addressed(corpus, doc_id, act, roles, notes, role, situation, bounded)
    driving = [m for m in others if m.entry.travel]
    if mine and driving and not any(m.entry.verdict == "forbidden" for m in mine):
        # "档案室的…开局头的警车克检察院送卷宗": the errand is the user's work, driving the police vehicle to it is listed
        # for the other kind of 辅警 only — the act asks both, the drive decides
        drive, errand = driving[0].entry, mine[0].entry
        owner = "、".join(role_name(r) for r in drive.roles)
        reasons = (Reason(drive.action, "does_not_apply", f"“{drive.wording}”列在{owner}的工作中",
                          cite(corpus, doc_id, drive.ref, drive.wording), drive.wording),)
        notes.append(Note(f"所办的事本身（“{errand.wording}”）是{who}的工作；这里问的是驾驶警用车辆去办", cite(corpus, doc_id, errand.ref, errand.wording)))
        return Decision("duty", jurisdiction, doc_id, "not_in_role",
                        f"条文把“{drive.wording}”列为{owner}的工作，没有列入{who}的工作。",
                        reasons, notes=tuple(notes + _catch_all_notes(corpus, doc_id, roles)),
                        matched=(drive.id, errand.id), role=role, act=act.words)
    if mine:
        ranked = sorted(mine, key=lambda m: (-RESTRICTIVENESS[m.entry.verdict], -m.score))
        head = ranked[0].entry
        verdict = head.verdict
        met = condition_met(head.needs, situation) if verdict in ("permitted_with_police_lead", "conditional") else None
        chosen = [m.entry for m in ranked]
        seen: set[str] = set()
        reasons = []
        for e in chosen:
            if e.id not in seen:
                seen.add(e.id)
                reasons += _reason(corpus, e, who)
        if verdict == "forbidden" and len({e.verdict for e in chosen}) > 1:
            notes.append(Note("同一件事还涉及下面的允许性规定，但禁止性规定优先。"))
        for e in chosen:
            notes += _see_also_notes(corpus, e, seen)
        alone = alone_ban(doc_id)
        if verdict == "permitted_with_police_lead" and met is False and alone is not None:
            # the officer not there: the text's own ban on acting alone says why it must wait
            reasons.append(Reason(head.action, "applies", f"条文规定：“{alone.wording}”",
                                  cite(corpus, doc_id, alone.ref, alone.wording), alone.wording))
        summary = _summary(head, verdict, who, met, situation)
        condition = head.condition or ("在人民警察带领下" if "lead" in head.needs else "")
        post = posting(doc_id)
        if verdict != "forbidden" and situation.trained is False and post is not None:
            # "岗前培训排在下个月，想先让他们上岗疏导交通": work of the list, but the post waits for the training
            c = cite(corpus, doc_id, post.ref, post.wording)
            if post.binds:
                verdict, met, condition = "conditional", False, post.condition
                summary = (f"{post.condition}。按你说的情况条件不满足：岗前培训还没有合格（“{situation.trained_words}”），"
                           f"现在不能安排上岗从事“{head.wording}”。")
                reasons.insert(0, Reason(head.action, "applies", f"条文规定：“{post.wording}”", c, post.wording))
            else:
                notes.append(Note(f"条文规定公安机关“{post.wording}”；你说岗前培训还没有完成（“{situation.trained_words}”），"
                                  f"是否可以先安排上岗，条文没有明确规定，请按所在公安机关的安排", c))
        return Decision("duty", jurisdiction, doc_id, verdict, summary,
                        tuple(reasons), notes=tuple(notes), role=role, matched=tuple(e.id for e in chosen),
                        act=act.words, condition=condition, condition_met=met)
    if others:
        other = others[0].entry
        owner = "、".join(role_name(r) for r in other.roles)
        reasons = tuple(Reason(m.entry.action, "does_not_apply",
                               f"“{m.entry.wording}”列在{'、'.join(role_name(r) for r in m.entry.roles)}的工作中",
                               cite(corpus, doc_id, m.entry.ref, m.entry.wording), m.entry.wording)
                        for m in others[:2])
        return Decision("duty", jurisdiction, doc_id, "not_in_role",
                        f"条文把“{other.wording}”列为{owner}的工作，没有列入{who}的工作。",
                        reasons, notes=tuple(notes + _catch_all_notes(corpus, doc_id, roles)),
                        matched=tuple(m.entry.id for m in others[:2]), role=role, act=act.words)
    return _not_addressed(corpus, doc_id, act, roles, notes, role, situation, bounded)

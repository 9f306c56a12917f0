"""A reading → the rule decisions it calls for, per city, the decisive one first.

The intent picks the tool; a duty question gets one decision per asked act (and, when the role is not
known and the act concerns one role only, per role); within a city the checks are ordered from the
most restrictive down, so the first check of each city is the one the answer leads with.

>>> from assistant.corpus import Corpus
>>> from assistant.understand import read_question
>>> corpus = Corpus.load()
>>> r = read_question("帮民警整理案卷可以，那把卷里当事人的手机号告诉来打听的记者可以吗", jurisdiction="chongqing", corpus=corpus)
>>> [(d.act, d.verdict) for d in decisions(r, ["chongqing"], corpus)]
[('把卷里当事人的手机号告诉来打听的记者', 'forbidden'), ('帮民警整理案卷', 'permitted')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from .corpus import Corpus
from .rules.base import Decision
from .rules.duty import ActReading, decide_duty
from .rules.eligibility import decide_eligibility
from .rules.recusal import decide_recusal
from .understand import Reading
from .understand.situation import for_act, situation

ROLES = ("勤务", "文职")
# the order of checks: the decisive (most restrictive) first
DECISIVE = {"forbidden": 6, "not_in_role": 5, "conditional": 4, "permitted_with_police_lead": 3, "not_addressed": 2,
            "permitted": 1, "ineligible": 3, "needs_review": 2, "eligible": 1, "must_recuse": 3, "no_recusal": 1}


def _rank(d: Decision, affirmed: set[str], twin: Decision | None = None) -> int:
    """How decisive a check is. An act the user told as fine leads only when the texts say otherwise (forbidden,
    not in role); else it follows the acts asked, whatever its condition. ``twin``: for a role the user did not
    name, the 勤务 check of the same act the 文职 one follows (see :func:`_field_twin`)."""
    if d.act in affirmed and d.verdict not in ("forbidden", "not_in_role"):
        return 0
    if twin is not None:
        return DECISIVE.get(twin.verdict, 0)
    return DECISIVE.get(d.verdict, 0)


def _field_twin(d: Decision, checks: list[Decision]) -> Decision | None:
    """With no role named, the 勤务 check of the same act when this one is the 文职 check and the 勤务 one lets the
    act be done under a condition: field work asked of a 辅警 ("连云港辅警能给人上手铐吗", 连云港 11:2) is answered
    first as the 勤务 辅警's, the 文职 one's ban said after it — other acts keep their own rank."""
    if d.role != "文职":
        return None
    return next((o for o in checks if o.role == "勤务" and o.act == d.act and
                 o.verdict in ("conditional", "permitted_with_police_lead")), None)


# who asks for work ("所里让他穿便衣去蹲守"), not a private person ("表哥想让我穿着制服去当司仪")
_AT_WORK = re.compile(r"所里|单位|领导|民警|所长|队里|局里|科里|中队|大队|派出所|分局|带班|师傅|教导员|安排|派他|派我|派她")


def duty_for_act(act: ActReading, role: str | None, jurisdiction: str, corpus: Corpus, r: Reading) -> list[Decision]:
    """One decision for the user's role; for an unknown role, the role(s) the act concerns."""
    source = next((a for a in r.acts if a.words == act.words and a.clause < len(r.clauses)), None)
    told = r.clauses[source.clause] if source is not None else None
    base = r.situation
    if told is not None and told.item and len({c.sentence for c in r.clauses if c.item}) > 1:
        # a numbered step is judged on what its own step tells, not another's ("1.民警都出警了…他一个人做了受案登记；
        # 2.跟着民警一起去送达文书": the officer of step 2 was not there in step 1)
        base = situation([c for c in r.clauses if not c.item or c.sentence == told.sentence])
    s = for_act(base, act.words, told.text if told is not None else "")
    asker = next((c for c in reversed(r.clauses[:told.index + 1]) if c.request), None) if told is not None else None
    if asker is not None and source.via == "request" and _AT_WORK.search(asker.text) and s.on_duty is False and \
            s.on_duty_words not in told.text:
        # "下班了穿着制服去逛街；还有一次所里让他穿便衣去蹲守": work assigned is done on duty, whatever another
        # part of the story says of its own time
        s = replace(s, on_duty=None, on_duty_words="")
    if role:
        return [decide_duty(act, role, jurisdiction, corpus, s)]
    both = [decide_duty(act, x, jurisdiction, corpus, s) for x in ROLES]
    if both[0].verdict == both[1].verdict:
        # the same for every 辅警: one decision, not labelled with a role the user never named
        return [decide_duty(act, None, jurisdiction, corpus, s)]
    # an act listed for one role only: answer for that role (the other one learns it is not theirs)
    concrete = [d for d in both if d.verdict not in ("not_in_role", "not_addressed")]
    if not concrete and any(d.verdict == "not_addressed" for d in both):
        # unlisted for the one, the neighbouring work the other's ("调解邻居吵架"): for a 辅警 of either kind, not addressed
        return [decide_duty(act, None, jurisdiction, corpus, s)]
    return concrete or both


def decisions(r: Reading, jurisdictions: list[str], corpus: Corpus) -> list[Decision]:
    """Per city, the decisions of each kind asked, in the order the user asked them (``Reading.kinds``), the
    decisive (most restrictive) act first among the acts."""
    kinds = [k for k, _ in r.kinds] if r.kinds and r.intent == r.kinds_for else [r.intent]
    # the clauses that ask another kind: their acts are not the acts asked ("这个案子我还能办吗，要不要回避")
    other_clauses = {at for k, at in r.kinds if k != "duty"} if len(kinds) > 1 else set()
    # the acts the user told as fine beside the one asked ("巡监室我知道能干，帮他打电话行不行")
    affirmed = {a.words for a in r.acts if a.via == "affirmed"}
    out: list[Decision] = []
    for j in jurisdictions:
        for kind in kinds:
            if kind == "eligibility" and r.applicants:
                # several applicants asked about as a whole: one check each, labelled with how the story names them
                each = [replace(decide_eligibility(p, j, corpus=corpus), act=label) for label, p in r.applicants]
                out.extend(sorted(each, key=lambda d: -DECISIVE.get(d.verdict, 0)))
            elif kind == "eligibility":
                out.append(decide_eligibility(r.profile, j, corpus=corpus))
            elif kind == "recusal":
                out.append(decide_recusal(r.relation.relation, j, corpus=corpus))
            elif kind == "duty":
                doc_id = corpus.jurisdictions[j].doc_id
                readings = r.matches.get(doc_id) or [ActReading(r.question)]
                # (each act with the post its quiz item names, else the user's)
                roles = [r.item_roles.get(a.clause, r.role.role) for a in r.acts] if len(r.acts) == len(readings) \
                    else [r.role.role] * len(readings)
                pairs = list(zip(readings, roles))
                if len(kinds) > 1:
                    # beside another kind, the acts that name a catalogue entry, asked in their own clause
                    pairs = [(m, x) for a, (m, x) in zip(r.acts, pairs) if m.matches and a.clause not in other_clauses] or pairs
                per_city = [d for act, role in pairs for d in duty_for_act(act, role, j, corpus, r)]
                out.extend(sorted(per_city, key=lambda d: -_rank(d, affirmed, _field_twin(d, per_city))))
    return out

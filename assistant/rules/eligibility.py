"""Hiring eligibility (招聘条件): an applicant :class:`~.profile.Profile` → a :class:`~.base.Decision`.

The conditions of each city live in ``data/eligibility/<doc_id>.yaml`` (reference + statutory
wording); this module only applies them, the same way for every city:

- nationality, age (周岁 on the reference date; "以上/以下" include the limit), the education
  minimum of the role: not met → ``ineligible``; unknown → ``needs_review`` with the question to ask;
- an age above a limit the text qualifies with "原则上 … 特殊岗位可适当放宽": not a special post → not
  met; a special post → ``needs_review`` (how far it is relaxed is the announcement's); not said → ask;
- a record the city lists as disqualifying → ``ineligible``; a record it does not list → its
  catch-all item ("其他不适合…的情形") → ``needs_review``; records not stated → ``needs_review``.
  Records carry the texts' own tests (``records.yaml`` reads "协商解除" as not 因违法违纪): a stated fact
  that misses the qualifier is not that record, and the reason says so; a relative's record is never
  the applicant's — it is for the unit to review under the catch-all (``needs_review``, saying why);
- priority categories (优先招聘) are notes beside the verdict and never change it.

>>> from assistant.corpus import Corpus
>>> from assistant.rules.profile import Profile
>>> d = decide_eligibility(Profile(age=36, education="本科", role="文职", nationality="中国"), "chongqing",
...                        corpus=Corpus.load())
>>> d.verdict, d.reasons[0].citation.id
('ineligible', 'chongqing-2021:9:1:3')
"""

from __future__ import annotations

from datetime import date

from ..corpus import Corpus
from .availability import undecided
from .base import Decision, Note, Reason, role_name
from .loader import cite, load_data
from .profile import RECORD_LABELS, Profile, complete_records, education_rank

# records that test the same facts more or less strictly: while the listed one is open, the other is
# not also sent to the catch-all
_FAMILIES = ({"criminal_liability", "criminal_punishment"}, {"dismissed", "dismissed_serious"})


def _nationality(p: Profile, rule: dict, c) -> tuple[Reason, str | None]:
    """具有中华人民共和国国籍 / 公民."""
    if not p.nationality:
        if rule.get("assume_if_unknown"):
            return Reason("国籍", "assumed", f"未说明国籍，按{rule['assume_if_unknown']}国籍判断（非中国国籍的不符合）", c,
                          rule["wording"]), None
        return Reason("国籍", "unknown", "国籍未说明：须具有中国国籍", c, rule["wording"]), "是否具有中国国籍？"
    ok = p.nationality.strip() in ("中国", "中华人民共和国", "中国籍")
    return Reason("国籍", "met" if ok else "not_met",
                  "具有中国国籍" if ok else f"国籍为{p.nationality}，须具有中国国籍", c, rule["wording"]), None


def _age(p: Profile, rule: dict, c, today: date | None) -> tuple[Reason, str | None]:
    """min ≤ 周岁 ≤ max (以上、以下 include the number); above a discretionary max → see the module docstring.
    A birth year (or month) alone gives two possible ages: decided when both give the same outcome, else asked."""
    w = rule["wording"]
    ages = p.age_range(today)
    on = f"（按参照日{p.reference_date.isoformat()}计算）" if p.reference_date else ""
    if ages is None:
        return Reason("年龄", "unknown", f"年龄未说明：须{rule['min']}至{rule['max']}周岁", c, w), "年龄（周岁）或出生日期？"
    lo, hi = ages
    if lo != hi:
        young, _ = _age_at(lo, p, rule, c, w, on)
        old, ask = _age_at(hi, p, rule, c, w, on)
        born = f"{p.birth_date.year}年{p.birth_date.month}月" if p.birth_month_only and p.birth_date else f"{p.birth_year}年"
        if young.outcome == old.outcome:
            return Reason("年龄", old.outcome, f"{born}出生，按生日为{lo}或{hi}周岁{on}：" + old.explanation.split("，", 1)[-1],
                          c, w), ask
        return Reason("年龄", "unknown", f"{born}出生，参照日为{lo}或{hi}周岁{on}，是否符合{rule['min']}至{rule['max']}周岁"
                      "的要求取决于具体生日", c, w), "具体出生日期（月、日）？"
    return _age_at(lo, p, rule, c, w, on)


def _age_at(age: int, p: Profile, rule: dict, c, w: str, on: str = "") -> tuple[Reason, str | None]:
    if age < rule["min"]:
        return Reason("年龄", "not_met", f"{age}周岁{on}，未满{rule['min']}周岁", c, w), None
    if age > rule["max"]:
        if rule.get("max_discretionary"):
            if p.special_post is False:
                return Reason("年龄", "not_met", f"{age}周岁{on}，超过{rule['max']}周岁；条文为“原则上不超过”，只有特殊岗位可适当放宽，"
                              "所报岗位不是特殊岗位", c, w), None
            if p.special_post:
                return Reason("年龄", "discretionary", f"{age}周岁{on}，超过{rule['max']}周岁；所报为特殊岗位，条文允许适当放宽，"
                              "放宽到多少须看招聘公告", c, w), None
            return Reason("年龄", "discretionary",
                          f"{age}周岁{on}，超过{rule['max']}周岁；条文为“原则上不超过”，特殊岗位可适当放宽，须看招聘公告",
                          c, w), "应聘的是否属于招聘公告中放宽年龄的特殊岗位？"
        return Reason("年龄", "not_met", f"{age}周岁{on}，超过{rule['max']}周岁的上限", c, w), None
    return Reason("年龄", "met", f"{age}周岁{on}，在{rule['min']}至{rule['max']}周岁之间（含本数）", c, w), None


def _education(p: Profile, rules: list[dict], corpus: Corpus, doc_id: str) -> tuple[list[Reason], list[str]]:
    """The role's minimum on the ladder 初中 < 高中 < 大专 < 本科 < 硕士 < 博士 ("以上" includes it)."""
    chosen = [r for r in rules if r["role"] == p.role] if p.role else rules
    reasons, missing = [], []
    rank = education_rank(p.education)
    for r in chosen:
        c = cite(corpus, doc_id, r["ref"], r["wording"])
        role = role_name(r["role"])
        unfinished = p.education_unfinished
        if rank < 0 and unfinished and education_rank(unfinished) <= education_rank(r["minimum"]):
            # "自考大专还有两门没过" for a post that needs 大专: whatever was completed before, it is below the minimum
            reasons.append(Reason(f"学历（{role}）", "not_met", f"{unfinished}未毕业，未取得{unfinished}学历，{role}须"
                                  f"{r['minimum']}以上", c, r["wording"]))
        elif rank < 0:
            reasons.append(Reason(f"学历（{role}）", "unknown", f"学历未说明：{role}须{r['minimum']}以上", c, r["wording"]))
            if "学历（高中、中专、大专、本科…）？" not in missing:
                missing.append("学历（高中、中专、大专、本科…）？")
        elif rank >= education_rank(r["minimum"]):
            reasons.append(Reason(f"学历（{role}）", "met", f"{p.education}学历，达到{role}{r['minimum']}以上的要求",
                                  c, r["wording"]))
        else:
            reasons.append(Reason(f"学历（{role}）", "not_met", f"{p.education}学历，{role}须{r['minimum']}以上",
                                  c, r["wording"]))
    if not p.role and rank >= 0 and len({x.outcome for x in reasons}) > 1:
        # the answer depends on the role applied for: one open reason instead of a met and a failed one
        ok = "、".join(role_name(r["role"]) for r, x in zip(chosen, reasons) if x.outcome == "met")
        no = "、".join(role_name(r["role"]) for r, x in zip(chosen, reasons) if x.outcome == "not_met")
        first = reasons[0]
        reasons = [Reason("学历（岗位未说明）", "unknown", f"{p.education}学历：可报{ok}，达不到{no}的学历要求",
                          first.citation, first.wording)]
        missing.append("应聘的是勤务岗位还是文职岗位？")
    elif not p.role and rank < 0 and {x.outcome for x in reasons} == {"unknown", "not_met"}:
        # an unfinished level that fails one post and leaves the other open: the role decides, so it is asked
        no = "、".join(role_name(r["role"]) for r, x in zip(chosen, reasons) if x.outcome == "not_met")
        first = next(x for x in reasons if x.outcome == "not_met")
        reasons = [Reason("学历（岗位未说明）", "unknown", f"{p.education_unfinished}未毕业：达不到{no}的学历要求，"
                          f"其他岗位须说明已取得的学历", first.citation, first.wording)]
        missing.append("应聘的是勤务岗位还是文职岗位？")
    return reasons, missing


def _stated(p: Profile, keys: list[str]) -> list[dict]:
    """The applicant's stated facts that bear on ``keys`` (from a question; the form and CSV state none)."""
    return [f for f in p.stated if f.get("holder") == "applicant" and set(f.get("keys") or ()) & set(keys)]


def _records(p: Profile, data: dict, corpus: Corpus, doc_id: str) -> tuple[list[Reason], list[str], list[Note]]:
    """Listed disqualifier present → not met; a stated fact missing the qualifier → met, saying why;
    unlisted record → catch-all review; not stated → ask."""
    records = complete_records(p.records)
    reasons, missing, notes = [], [], []
    unknown: list[tuple[dict, object]] = []
    listed = set()
    for rule in data["disqualifiers"]:
        c = cite(corpus, doc_id, rule["ref"], rule["wording"])
        keys = rule["records"]
        listed.update(keys)
        has = [k for k in keys if records.get(k) is True]
        facts = _stated(p, keys)
        if not facts:
            # "因为迟到次数太多被公司辞退了" against 因严重违纪违规被辞退: a dismissal told, its seriousness not — the
            # told fact is to be checked against this item, never vouched away by "没有违法犯罪记录"
            kin = {k for fam in _FAMILIES if fam & set(keys) for k in fam} - set(keys)
            facts = [f for f in _stated(p, sorted(kin)) if any(records.get(k) is True for k in f.get("keys") or ())]
        if has:
            said = next((f"所述“{f['words']}”：" for f in facts if any(records.get(k) for k in f["keys"])), "")
            reasons.append(Reason(f"不得录用情形：{rule['wording']}", "not_met",
                                  f"{said}有“{RECORD_LABELS[has[0]]}”的情形，属于不得录用的情形", c, rule["wording"]))
        elif all(records.get(k) is False for k in keys):
            qualified = [f for f in facts if f["value"] not in ("negated", "unknown")]
            text = (f"所述“{qualified[0]['words']}”：{qualified[0]['label']}，不属于“{rule['wording']}”" if qualified
                    else f"无“{rule['wording']}”的情形")
            reasons.append(Reason(f"不得录用情形：{rule['wording']}", "met", text, c, rule["wording"]))
        elif facts and all(f["value"] == "negated" for f in facts):
            # "没被单位辞退过" against 因违法违纪被开除、辞退…: what it denies is met, what it does not name (开除) is
            # as unstated as if nothing were said — not a told fact to check against the qualifier
            unknown.append((rule, c))
        elif facts:
            f = facts[0]
            reasons.append(Reason(f"不得录用情形：{rule['wording']}", "unknown",
                                  f"所述“{f['words']}”{('（' + f['label'] + '）') if f['label'] else ''}：须核实是否属于“{rule['wording']}”",
                                  c, rule["wording"]))
            missing.append(f"“{f['words']}”是否属于“{rule['wording']}”？")
        else:
            unknown.append((rule, c))
    presumed = [(r, c) for r, c in unknown if r.get("presumes") and p.aux_service_told is False]
    if presumed and len(presumed) == len(unknown):
        # every other ground denied, and the story tells no 辅警 work: a ground about such work is read as not
        # applying — an assumption, said with what would change it
        for r, c in presumed:
            reasons.append(Reason("不得录用情形", "assumed", f"所述情况没有提到{r['presumes']}，“{r['wording']}”按不涉及理解"
                                  f"（如{r['presumes']}，须另行确认）", c, r["wording"]))
        unknown = []
    if unknown:
        # one reason for all records not stated, citing the article (or the one item): readable, still pinpoint
        words = "；".join(r["wording"] for r, _ in unknown)
        c = unknown[0][1] if len({c.id for _, c in unknown}) == 1 else \
            corpus.citation(doc_id, unknown[0][1].article, unknown[0][1].paragraph)
        # "无违法犯罪记录" denies what it names (crimes, detentions, penalties), not a dismissal, a blacklisting or
        # leaving a post: those stay to be confirmed (DOMAIN.md, needs_review while a record is unstated), and the
        # answer says why the general words did not settle them
        said = f"所述“{p.clean_record_words}”不涵盖以下情形，" if p.clean_record_words else ""
        reasons.append(Reason("不得录用情形", "unknown", f"{said}未说明是否有以下情形：{words}", c, unknown[0][0]["wording"]))
        missing.extend(f"是否{r['wording']}？" for r, _ in unknown)
    catch = data["catch_all"]
    open_keys = {k for rule in data["disqualifiers"] for k in rule["records"] if records.get(k) is None}
    for key, has in records.items():
        if not has or key in listed or key not in RECORD_LABELS:
            continue
        if any(key in fam and fam & open_keys for fam in _FAMILIES):
            continue
        fact = next(iter(_stated(p, [key])), None)
        # the fact's own label where the key gathers several kinds ("喝了酒开车"：饮酒后驾驶)
        what = f"所述“{fact['words']}”（{fact['label']}）" if fact and fact.get("label") and key == "other_misconduct" else \
            (f"所述“{fact['words']}”：" if fact else "") + f"“{RECORD_LABELS[key]}”"
        reasons.append(Reason("其他不适合的情形", "discretionary",
                              f"{what}不是本地条文列明的不得录用情形，"
                              f"是否属于“{catch['wording']}”须由招聘单位审查",
                              cite(corpus, doc_id, catch["ref"], catch["wording"]), catch["wording"]))
    others = _others_record(p)
    if others:
        # a relative's record is none of the listed grounds (they are all the applicant's own, DOMAIN.md "Whose fact"):
        # said, with where the unit may still weigh it, and no ground of its own
        reasons.append(Reason("不得录用情形（亲属的情况）", "met",
                              f"{others}；条文列的不得录用情形都是应聘者本人的情形，亲属的情况不是列明的不得录用情形"
                              f"（招聘单位考察时如何看待，条文没有规定）",
                              cite(corpus, doc_id, catch["ref"], catch["wording"]), catch["wording"]))
    return reasons, missing, notes


def _others_record(p: Profile) -> str:
    """The first record told of someone else than the applicant ("他哥…行政拘留"), said as not the applicant's."""
    f = next((f for f in p.stated if f.get("holder") == "other"), None)
    return f"所述“{f['holder_words']}…{f['words']}”是亲属或他人的情况，不是应聘者本人的记录" if f else ""


def _health(p: Profile, data: dict, corpus: Corpus, doc_id: str) -> list[Reason]:
    """A stated fact of body or mind ("色弱", "纹身"): the texts set no list of them, only 身体条件和心理素质 fit
    for the post, checked by 体检 and 测评 — it is for review, never a verdict of its own."""
    if not p.health:
        return []
    rule = next((x for x in data.get("assessed_in_procedure", ()) if "身体" in x["wording"]), None)
    if rule is None:
        return []
    return [Reason("身体条件和心理素质", "discretionary",
                   f"所述“{p.health}”：条文没有列出具体的身体条件标准，是否符合“{rule['wording']}”要经体检、测评核实",
                   cite(corpus, doc_id, rule["ref"], rule["wording"]), rule["wording"])]


def _priority_notes(p: Profile, data: dict, corpus: Corpus, doc_id: str) -> list[Note]:
    pr = data.get("priority")
    if not pr:
        return []
    notes = []
    facets = set(p.priority_facets)
    for key, cat in pr["categories"].items():
        chosen = key in p.priority
        met = chosen or any(set(combo) <= facets for combo in cat["any"])
        ref = pr.get("items", {}).get(key, pr["ref"])
        c = cite(corpus, doc_id, ref, cat["wording"])
        if met:
            notes.append(Note(f"属于优先招聘对象（{cat['wording']}），同等条件下优先，不改变上述结论", c))
        elif facets & set(cat["about"]):
            said = "、".join(dict.fromkeys(f"“{p.priority_facets[f]}”" for f in sorted(facets & set(cat["about"]) | (facets & _DETAIL))))
            notes.append(Note(f"所述{said}不完全符合优先招聘的“{cat['wording']}”，按条文不属于优先招聘对象（优先也不改变上述结论）", c))
    return notes


def _priority_lead(priority: list[Note], data: dict) -> str:
    """The priority finding said first, when the question asks it: the category met or missed, else that none of
    the stated facts is one the text lists."""
    if priority:
        return "优先招聘：" + "；".join(n.text.split("，同等条件下")[0].split("（优先也不改变")[0] for n in priority) + "。"
    pr = data.get("priority")
    return "优先招聘：所述情况不属于条文列出的优先招聘对象。" if pr else ""


_DETAIL = {"of_police", "of_military", "of_aux", "spouse_or_child", "survivor"}


def decide_eligibility(profile: Profile | dict | None, jurisdiction: str, corpus: Corpus,
                       today: date | None = None) -> Decision:
    """Decide whether ``profile`` meets the hiring conditions of ``jurisdiction``'s regulation.

    Verdict: ``ineligible`` when any condition is not met; otherwise ``needs_review`` when any
    fact is unknown or the text leaves room; otherwise ``eligible``. A text not in force on the
    reference date (else ``today``, else the clock's), or without data, decides nothing (:mod:`.availability`).
    """
    p = profile if isinstance(profile, Profile) else Profile.model_validate(profile or {})
    doc_id = corpus.jurisdictions[jurisdiction].doc_id
    # the text must be in force on the applicant's reference date (default today) and have data
    gate = undecided("eligibility", jurisdiction, corpus, p.reference_date or today, role=p.role)
    if gate is not None:
        return gate
    data = load_data("eligibility", doc_id)
    reasons: list[Reason] = []
    missing: list[str] = []
    if data.get("nationality"):
        rule = data["nationality"]
        r, ask = _nationality(p, rule, cite(corpus, doc_id, rule["ref"], rule["wording"]))
        reasons.append(r)
        missing += [ask] if ask else []
    rule = data["age"]
    r, ask = _age(p, rule, cite(corpus, doc_id, rule["ref"], rule["wording"]), today)
    reasons.append(r)
    missing += [ask] if ask else []
    rs, asks = _education(p, data["education"], corpus, doc_id)
    reasons += rs
    missing += asks
    if p.conditions_claimed:
        # "别的条件都够": what is not told of age and education is taken as the user says — an assumption, said
        said = f"按所述“{p.conditions_claimed}”，未说明的{{}}按符合条件理解（如不符，结论会变）"
        untold = [i for i, x in enumerate(reasons) if x.outcome == "unknown" and x.explanation.startswith(("年龄未说明", "学历未说明"))]
        for i in untold:
            x = reasons[i]
            reasons[i] = Reason(x.condition, "assumed", said.format(x.condition.split("（")[0]), x.citation, x.wording)
        if untold:
            missing = [m for m in missing if m not in ("年龄（周岁）或出生日期？", "学历（高中、中专、大专、本科…）？")]
            # (one reason for the education of either post, not one per post)
            reasons = [x for i, x in enumerate(reasons) if not (i in untold and any(
                reasons[k].explanation == x.explanation for k in untold if k < i))]
    rs, asks, record_notes = _records(p, data, corpus, doc_id)
    reasons += rs
    missing += asks
    reasons += _health(p, data, corpus, doc_id)
    procedure = [Note(x["text"], cite(corpus, doc_id, x["ref"], x["wording"])) for x in data.get("assessed_in_procedure", ())]
    listed = data.get("listed_conditions")
    # "非要有驾照不": a thing asked to be required that the conditions do not list decides nothing, and is said so
    not_listed = [Note(f"“{x}”不是条文列出的招聘条件，不影响报名", cite(corpus, doc_id, listed["ref"], listed["wording"]))
                  for x in p.not_conditions] if listed else []
    priority = _priority_notes(p, data, corpus, doc_id)

    failed = [r for r in reasons if r.outcome == "not_met"]
    open_ = [r for r in reasons if r.outcome in ("unknown", "discretionary")]
    if failed:
        verdict = "ineligible"
        summary = "；".join(r.explanation for r in failed) + "。"
        missing = []  # the answer does not depend on what is still unknown
        reasons = [r for r in reasons if r.outcome != "unknown"]
        notes = not_listed + record_notes + priority  # procedure checks are moot for an applicant who fails
    elif open_:
        verdict = "needs_review"
        # what the user told that turns out not to count ("经济性裁员"): the answer to what was asked
        cleared = [r.explanation for r in reasons if r.outcome == "met" and r.explanation.startswith("所述")]
        told = [r.explanation for r in open_ if r.outcome == "discretionary"]
        stated_ok = [r.condition for r in reasons if r.outcome in ("met", "assumed")]
        only_records = all(r.condition.startswith("不得录用情形") for r in open_ if r.outcome == "unknown") and not told
        # (a thing the conditions do not list shares the "不影响报名" of what follows it, or has its own)
        lead = "".join(f"“{x}”不是条文列出的招聘条件，" for x in p.not_conditions)
        lead += "".join(f"{c}，不影响报名；" for c in cleared) if cleared else "不影响报名；" if lead else ""
        if only_records and stated_ok:
            summary = lead + f"按所述情况符合年龄、学历等条件；尚需确认以下{len(missing)}项记录。"
        else:
            # what the user told that passes comes first ("按所述情况符合年龄条件"), then what is open
            met = list(dict.fromkeys(r.condition for r in reasons if r.outcome == "met" and r.condition in ("年龄", "学历")))
            summary = lead + (f"按所述情况符合{'、'.join(met)}条件；" if met and not told else "") + \
                ("；".join(told) + "。" if told else "") + (f"尚需确认{len(missing)}项信息，见下。" if missing else "")
        notes = not_listed + record_notes + procedure + priority
    else:
        verdict = "eligible"
        summary = "".join(f"“{x}”不是条文列出的招聘条件。" for x in p.not_conditions) + \
            "符合条文列明的招聘条件（年龄、学历、国籍及不得录用情形均已核对），仍须通过考试、体检、考察等程序。"
        summary += "".join(f"{r.explanation}。" for r in reasons if r.outcome == "assumed")
        notes = not_listed + record_notes + procedure + \
            [Note(x["text"], cite(corpus, doc_id, x["ref"], x["wording"])) for x in data.get("eligible_notes", ())] + priority
    # "招聘时有没有优先照顾的政策": priority asked — what the texts say of it comes first (it never changes the verdict)
    if p.priority_asked:
        summary = _priority_lead(priority, data) + summary
    # show failed conditions first, then open ones, then met ones: the reader sees what decides first
    order = {"not_met": 0, "discretionary": 1, "unknown": 2, "assumed": 3, "met": 4}
    reasons.sort(key=lambda r: order.get(r.outcome, 4))
    return Decision("eligibility", jurisdiction, doc_id, verdict, summary, tuple(reasons), tuple(missing),
                    tuple(notes), role=p.role)

"""Table-driven tests of the rule tools and the question reader (cases in tests/cases/*.yaml)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from assistant.answer import clean_question
from assistant.decide import decisions
from assistant.rules.duty import catalogue
from assistant.rules.eligibility import decide_eligibility
from assistant.rules.loader import DATA_DIR, cite, load_data, parse_ref
from assistant.rules.profile import RECORD_KEYS, Profile
from assistant.rules.recusal import decide_recusal
from assistant.tools import make_tools
from assistant.understand import read_question

CASES = Path(__file__).parent / "cases"
DOCS = {"lianyungang": "lianyungang-2021", "chongqing": "chongqing-2021"}


def load(name):
    return yaml.safe_load((CASES / name).read_text(encoding="utf-8"))


# -- eligibility -------------------------------------------------------------------------------
ELIGIBILITY = [(c["name"], j, c["profile"], e) for c in load("eligibility_cases.yaml") for j, e in c["expect"].items()]


def make_profile(raw: dict) -> Profile:
    raw = dict(raw)
    records = {k: False for k in RECORD_KEYS} if raw.pop("clean", False) else {}
    records.update(raw.pop("records", {}) or {})
    return Profile(records=records, **raw)


@pytest.mark.parametrize("name,jurisdiction,profile,expect", ELIGIBILITY, ids=[f"{c[0]}-{c[1]}" for c in ELIGIBILITY])
def test_eligibility(corpus, name, jurisdiction, profile, expect):
    d = decide_eligibility(make_profile(profile), jurisdiction, corpus=corpus, today=date(2026, 11, 22))
    assert d.verdict == expect["verdict"], d.summary
    cited = {c.id for c in d.citations()}
    assert set(expect.get("cites", [])) <= cited, cited
    if "reason" in expect:
        assert any(expect["reason"] in r.explanation for r in d.reasons)
    if "missing" in expect:
        assert any(expect["missing"] in m for m in d.missing_facts), d.missing_facts
    assert all(c.doc_id == DOCS[jurisdiction] for c in d.citations())


# -- recusal -----------------------------------------------------------------------------------
RECUSAL = [(c["relation"], j, c[j], c["cites"]) for c in load("recusal_cases.yaml") for j in DOCS]


@pytest.mark.parametrize("relation,jurisdiction,verdict,cites", RECUSAL)
def test_recusal(corpus, relation, jurisdiction, verdict, cites):
    d = decide_recusal(relation, jurisdiction, corpus=corpus)
    assert d.verdict == verdict
    doc = DOCS[jurisdiction]
    cited = {c.id for c in d.citations()}
    assert any(f"{doc}:{ref}" in cited for ref in cites), cited
    decider = "相关负责人" if jurisdiction == "lianyungang" else "派出所负责人"
    assert any(decider in n.text for n in d.notes)


# -- duty --------------------------------------------------------------------------------------
DUTY = load("duty_cases.yaml") if (CASES / "duty_cases.yaml").exists() else []


def duty_checks(corpus, question: str, role: str | None, jurisdiction: str):
    """The duty decisions of a question, the decisive one first (as the answer path makes them)."""
    r = read_question(clean_question(question), jurisdiction=jurisdiction, role=role, corpus=corpus)
    r.intent = "duty"
    return decisions(r, [jurisdiction], corpus)


@pytest.mark.parametrize("case", DUTY, ids=[f"{c['jurisdiction']}-{c['question']}" for c in DUTY])
def test_duty(corpus, case):
    found = duty_checks(corpus, case["question"], case.get("role"), case["jurisdiction"])
    d = found[0]
    assert d.verdict == case["verdict"], [(x.act, x.verdict, x.matched) for x in found]
    cited = {c.id for x in found for c in x.citations()}
    assert set(case.get("cites") or []) <= cited, cited


def test_duty_cases_cover_every_verdict_per_city():
    for j in DOCS:
        verdicts = {c["verdict"] for c in DUTY if c["jurisdiction"] == j}
        assert len([c for c in DUTY if c["jurisdiction"] == j]) >= 40
        assert verdicts >= {"permitted", "permitted_with_police_lead", "conditional", "forbidden", "not_in_role",
                            "not_addressed"}, (j, verdicts)


def test_two_acts_each_decided_decisive_first(corpus):
    """A question asking a permitted and a forbidden act: one check each, the forbidden one first."""
    for j in DOCS:
        entries = [e for e in catalogue(DOCS[j]) if not e.catch_all and e.aliases and not e.omits]
        bad = next(e for e in entries if e.verdict == "forbidden" and not e.by_object)
        good = next(e for e in entries if e.verdict == "permitted" and "勤务" in e.roles and e.when != ("off_duty",))
        found = duty_checks(corpus, f"我能{good.aliases[0]}，顺便{bad.aliases[0]}吗", "勤务", j)
        assert [d.verdict for d in found] == ["forbidden", "permitted"], [(d.act, d.verdict) for d in found]
        assert bad.id in found[0].matched and good.id in found[1].matched


# -- the data files themselves ----------------------------------------------------------------
@pytest.mark.parametrize("doc_id", DOCS.values())
def test_catalogue_covers_every_item_of_the_duty_and_prohibition_articles(corpus, doc_id):
    data = load_data("duty", doc_id)
    refs = [parse_ref(e["ref"]) for e in data["entries"]]
    missing = []
    for unit in data["covers"]:
        a, p, i = parse_ref(unit)
        art = corpus.article(doc_id, a)
        paras = [art.paragraphs[p - 1]] if p else art.paragraphs
        for para in paras:
            targets = [(a, para.number, it.number) for it in para.items] if (i is None and para.items) else \
                [(a, para.number, i)]
            for t in targets:
                covered = any(r[0] == t[0] and (r[1] in (None, t[1])) and (r[2] in (None, t[2])) for r in refs)
                if not covered:
                    missing.append(t)
    assert not missing, f"catalogue items not covered: {missing}"


@pytest.mark.parametrize("tool", ["duty", "eligibility", "recusal"])
def test_rule_data_wording_is_verbatim_and_refs_exist(corpus, tool):
    """Every ``wording`` of every data file is in the text of the unit its ``ref`` names."""
    count = 0
    for path in sorted((DATA_DIR / tool).glob("*.yaml")):
        doc_id = path.stem

        def walk(node):
            nonlocal count
            if isinstance(node, dict):
                if "ref" in node and "wording" in node:
                    cite(corpus, doc_id, node["ref"], node["wording"])   # raises when not verbatim
                    count += 1
                for v in node.values():
                    walk(v)
            elif isinstance(node, list):
                for v in node:
                    walk(v)

        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert count >= 10


def test_duty_entries_are_well_formed():
    for doc_id in DOCS.values():
        ids = set()
        for e in catalogue(doc_id):
            assert e.id not in ids
            ids.add(e.id)
            assert e.verdict in ("permitted", "permitted_with_police_lead", "conditional", "forbidden")
            assert set(e.roles) <= {"勤务", "文职"} and e.roles
            assert (e.verdict == "conditional") == bool(e.condition) or e.catch_all
            assert e.catch_all or len(e.aliases) >= 3, e.id
            assert all(len(a) >= 2 for a in e.aliases), e.id


def test_every_reason_quotes_its_citation(corpus):
    """Reasons carry statutory words that are verbatim in the cited unit, across all tools."""
    found = [decide_recusal(r, j, corpus=corpus) for r in ("spouse", "friend", "none", None) for j in DOCS]
    found += [decide_eligibility(make_profile(c[2]), c[1], corpus=corpus) for c in ELIGIBILITY]
    found += [d for c in DUTY for d in duty_checks(corpus, c["question"], c.get("role"), c["jurisdiction"])]
    for d in found:
        for r in d.reasons:
            assert r.wording and r.wording in r.citation.text, (r, r.citation.text)
            assert corpus.citation(r.citation.doc_id, r.citation.article, r.citation.paragraph,
                                   r.citation.item).text == r.citation.text


# -- the reader ------------------------------------------------------------------------------
ANALYZER = load("analyzer_cases.yaml")


@pytest.mark.parametrize("case", ANALYZER, ids=[c["q"] for c in ANALYZER])
def test_reading(corpus, case):
    r = read_question(clean_question(case["q"]), corpus=corpus)
    got = {"intent": r.intent, "jurisdictions": r.jurisdictions, "role": r.role.role, "relation": r.relation.relation,
           "unknown_city": r.unknown_city}
    for key in got:
        if key in case:
            assert got[key] == case[key], key
    for key in ("age", "education", "nationality", "birth_date", "birth_year"):
        if key in case:
            assert getattr(r.profile, key) == case[key], key
    for k, v in (case.get("records") or {}).items():
        assert r.profile.records.get(k) is v, (k, r.profile.records)
    for k in case.get("priority") or []:
        assert k in r.profile.priority_facets, r.profile.priority_facets


# -- StructuredTools ---------------------------------------------------------------------------
def test_structured_tools_call_the_same_functions(corpus):
    elig, duty, recusal = make_tools(corpus)
    out = elig.invoke({"jurisdiction": "chongqing", "age": 36, "education": "本科", "role": "文职",
                       "nationality": "中国"})
    assert out["verdict"] == "ineligible" and out["reasons"][0]["label"].startswith("《重庆")
    assert recusal.invoke({"jurisdiction": "lianyungang", "relation": "friend"})["verdict"] == "needs_review"
    assert duty.invoke({"jurisdiction": "chongqing", "action": "给领导代买早饭", "role": "勤务"})["verdict"] == \
        "not_addressed"
    two = duty.invoke({"jurisdiction": "chongqing", "action": "帮民警整理案卷，再把当事人手机号告诉记者", "role": "文职"})
    assert two["verdict"] == "forbidden" and [x["verdict"] for x in two["other_acts"]] == ["permitted"]
    assert set(elig.args_schema.model_json_schema()["properties"]) >= {"age", "education", "records", "jurisdiction"}


@pytest.mark.parametrize("text,alias,spans", [
    ("能管所里的枪吗", "管…枪", [(1, 6)]),
    ("管枪", "管…枪", [(0, 2)]),
    ("我管档案，枪库缺人", "管…枪", []),            # never across a clause
    ("管了一整天的交通然后去打靶用枪", "管…枪", []),   # nor further than a few characters
    ("扣车扣车", "扣车", [(0, 2), (2, 4)]),
])
def test_alias_spans(text, alias, spans):
    from assistant.phrases import spans as phrase_spans

    assert phrase_spans(text, alias) == spans

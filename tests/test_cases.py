"""Case questions by class (tests/cases/case_questions.yaml): a story read by its structure, each asked
act decided, the decisive verdict first — through the reader and the rule tools, no index needed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from assistant.answer import clean_question
from assistant.decide import decisions
from assistant.understand import read_question

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "case_questions.yaml").read_text(encoding="utf-8"))
TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("case", CASES, ids=[f"{c['class']}-{c['q'][:24]}" for c in CASES])
def test_case_question(corpus, case):
    r = read_question(clean_question(case["q"]), jurisdiction=case.get("jurisdiction"), role=case.get("role"),
                      corpus=corpus, today=TODAY)
    expected = case.get("verdict")     # none: a question for the texts (its ``intent`` says so)
    cities = list(expected) if isinstance(expected, dict) else (r.jurisdictions or list(corpus.jurisdictions))
    found = decisions(r, cities, corpus)
    explain = r.explain()
    if expected is None:
        assert "intent" in case and not found, explain
    for j in cities if expected is not None else ():
        # one verdict, a list where the text is open between two, or one per city
        allowed = expected[j] if isinstance(expected, dict) else expected if isinstance(expected, list) else [expected]
        first = next(d for d in found if d.jurisdiction == j)
        assert first.verdict in allowed, (j, [(d.act, d.verdict) for d in found], explain)
        if "condition_met" in case:
            assert first.condition_met is case["condition_met"], explain
    for verdict in case.get("then", []):
        # a second kind of question asked in a clause of its own: its check follows the first kind's
        assert verdict in [d.verdict for d in found[1:]], ([(d.act, d.verdict) for d in found], explain)
    for words in case.get("acts", []):
        assert any(words in a.words for a in r.acts), explain
    if "role_inferred" in case:
        assert (r.role.role, r.role.source) == (case["role_inferred"], "inferred"), explain
    if "intent" in case:
        assert r.intent == case["intent"], explain
    if "relation" in case:
        assert r.relation.relation == case["relation"], explain
    if "likely_city" in case:
        assert (r.jurisdictions, r.likely_city) == ([], case["likely_city"]), explain
    for key, value in (case.get("records") or {}).items():
        assert r.profile.records.get(key) is value, explain

"""The examples of the language data (assistant/rules/data/language/*.yaml), run through the reader.

Every vocabulary entry carries examples: a record reading, a tie, a role, a presence, a level of
education, a priority facet, an intent. A newcomer who adds a phrasing adds its example, and this test
runs it; the coverage tests below fail when an entry has none.
"""

from __future__ import annotations

import datetime

import pytest

from assistant.rules.profile import complete_records
from assistant.understand.clauses import predicate, split
from assistant.understand.dates import read_dates
from assistant.understand.facts import (blanket_values, read_not_conditions, read_education, read_nationality, read_priority_asked, read_priority_facets,
                                        read_records, record_values)
from assistant.understand.intent import decide
from assistant.understand.lexicon import examples, vocabulary
from assistant.understand.reading import find_other_place, read_question
from assistant.understand.relations import read_relation
from assistant.understand.situation import role, situation

TODAY = datetime.date(2026, 12, 1)


def cases(name, key=None):
    ex = examples(name)
    ex = ex[key] if key else ex
    return pytest.mark.parametrize("ex", ex, ids=[e["text"] for e in ex])


@cases("frame", "asked")
def test_asked_clauses(ex):
    assert split(ex["text"])[ex.get("clause", 0)].asked is ex["asked"]


@cases("frame", "predicate")
def test_predicates(ex):
    assert predicate(ex["text"])[0] == ex["predicate"]


@cases("frame", "kind")
def test_kind_named_after_the_act(ex):
    assert [a.words for a in read_question(ex["text"]).acts] == ex["acts"]


@cases("situation", "presence")
def test_presence(ex):
    assert situation(split(ex["text"])).presence == ex["presence"]


@cases("situation", "emergency")
def test_emergency(ex):
    assert situation(split(ex["text"])).emergency is ex["emergency"]


@cases("situation", "qualified")
def test_qualification(ex):
    assert situation(split(ex["text"])).qualified is ex["qualified"]


@cases("situation", "trained")
def test_trained(ex):
    assert situation(split(ex["text"])).trained is ex["trained"]


@cases("situation", "on_duty")
def test_on_duty(ex):
    assert situation(split(ex["text"])).on_duty is ex["on_duty"]


@cases("roles")
def test_roles(ex):
    r = role(split(ex["text"]))
    assert (r.role, r.source) == (ex["role"], ex["source"])


@pytest.mark.parametrize("ex", vocabulary("roles")["outsider_examples"], ids=lambda e: e["text"])
def test_outsiders(ex):
    assert (situation(split(ex["text"])).outsider_words or None) == ex["outsider"]


@cases("records")
def test_records(ex):
    facts = read_records(split(ex["text"]))
    values = complete_records(record_values(facts, blanket_values(ex["text"])))
    for key, value in ex["records"].items():
        assert values.get(key) is value, (key, values, facts)
    if not ex["records"]:
        assert not any(values.values()), values
    assert sorted({f.reading for f in facts if f.holder == "other"}) == sorted(ex.get("others", []))


@pytest.mark.parametrize("ex", vocabulary("records")["blanket_forms"]["examples"],
                         ids=[e["text"] for e in vocabulary("records")["blanket_forms"]["examples"]])
def test_blanket_forms(ex):
    values = blanket_values(ex["text"])
    assert (values.get("administrative_detention") is False) is ex["denied"], values


@pytest.mark.parametrize("ex", vocabulary("not_conditions")["examples"],
                         ids=[e["text"] for e in vocabulary("not_conditions")["examples"]])
def test_not_conditions(ex):
    assert read_not_conditions(split(ex["text"]), ex["text"]) == ex["found"]


@cases("relations")
def test_relations(ex):
    assert read_relation(ex["text"]).relation == ex["relation"]


@cases("education")
def test_education(ex):
    found = read_education(ex["text"])
    assert (found.level if found else None) == ex["education"]
    assert bool(found and found.incomplete) is ex.get("incomplete", False)


@cases("nationality")
def test_nationality(ex):
    assert read_nationality(ex["text"]) == ex["nationality"]


@cases("priority")
def test_priority_facets(ex):
    found = read_priority_facets(ex["text"])
    assert set(ex["facets"]) <= set(found), found
    if not ex["facets"]:
        assert not found
    if "asked" in ex:
        assert read_priority_asked(split(ex["text"])) is ex["asked"]


@cases("dates")
def test_dates(ex):
    d = read_dates(ex["text"], today=TODAY)
    if "birth" in ex:
        assert d.birth_date == ex["birth"]          # YAML reads 1990-05-01 as a date
    if "birth_year" in ex:
        assert d.birth_year == ex["birth_year"]
    if "reference" in ex:
        assert d.reference_date == ex["reference"]
    if "reference_month_day" in ex:
        assert (d.reference_date.month, d.reference_date.day) == tuple(ex["reference_month_day"])


@cases("places")
def test_other_places(ex, corpus):
    assert find_other_place(ex["text"], corpus) == ex["other_place"]


@cases("intent")
def test_intents(ex, corpus):
    assert read_question(ex["text"], corpus=corpus).intent == ex["intent"]


# -- every entry has an example ------------------------------------------------------------------
def test_every_record_reading_has_an_example():
    readings = set(vocabulary("records")["readings"])
    shown = {f.reading for ex in examples("records") for f in read_records(split(ex["text"]))}
    assert readings <= shown, readings - shown


def test_every_tie_has_an_example():
    ties = set(vocabulary("relations")["ties"]) | {"none", "relative"}
    shown = {ex["relation"] for ex in examples("relations")}
    assert ties <= shown, ties - shown


def test_every_role_presence_and_intent_has_an_example():
    assert set(vocabulary("roles")["roles"]) <= {ex["role"] for ex in examples("roles")}
    assert {"present", "remote", "absent"} <= {ex["presence"] for ex in examples("situation")["presence"]}
    assert {"eligibility", "recusal", "duty", "lookup", "compare"} <= {ex["intent"] for ex in examples("intent")}


def test_every_education_level_and_priority_facet_has_an_example():
    assert set(vocabulary("education")["levels"]) <= {ex["education"] for ex in examples("education")}
    assert set(vocabulary("priority")["facets"]) <= {f for ex in examples("priority") for f in ex["facets"]} | \
        {"of_military", "of_aux", "survivor"}   # shown through the cities' categories in test_rules


def test_intent_decide_is_pure():
    """The intent depends on the words and the facts read, nothing else."""
    assert decide("回避由谁决定", split("回避由谁决定"), profile_facts=False, relation=None, names_act=False,
                  named=[]) == "lookup"


@cases("typos")
def test_typos(ex):
    from assistant.understand.typos import fix

    assert fix(ex["text"]) == ex["fixed"]


@pytest.mark.parametrize("ex", examples("kinship"), ids=[f"{e['officer']}-{e['party']}" for e in examples("kinship")])
def test_kin_through_officer(ex):
    from assistant.understand.kinship import through
    assert through(ex["officer"], ex["party"]) == ex["tie"]

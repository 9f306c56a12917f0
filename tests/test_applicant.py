"""Applicant facts as users write them (assistant/applicant.py): the cases table, the language files'
field examples, whole profiles, and any text read without an exception other than FactError."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from assistant import applicant
from assistant.applicant import Birth, FactError, read_field, read_profile
from assistant.understand.lexicon import LANGUAGE_DIR, vocabulary

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "applicant_cases.yaml").read_text(encoding="utf-8"))
CASES += [ex for path in sorted(LANGUAGE_DIR.glob("*.yaml")) for ex in vocabulary(path.stem).get("field_examples") or []]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['fact']}:{c['text']}")
def test_field(case):
    if "error" in case:
        with pytest.raises(FactError) as exc:
            read_field(case["fact"], case["text"])
        assert case["error"] in str(exc.value)
        assert len(exc.value.problems) == 1 and exc.value.problems[0].field in str(exc.value)
        return
    got = read_field(case["fact"], case["text"])
    expected = Birth(**case["value"]) if case["fact"] == "birth" else case["value"]
    assert got == expected


def test_form_values_are_read_as_cells():
    """The form gives numbers and booleans where a file gives text: the same facts either way."""
    assert read_field("age", 34) == read_field("age", 34.0) == read_field("age", "34") == 34
    for bad in (30.5, float("inf"), float("nan"), True, -1):
        with pytest.raises(FactError):
            read_field("age", bad)
    assert read_field("special_post", False) is False
    assert read_field("priority", ["veteran", "见义勇为人员"]) == ["veteran", "good_samaritan"]


def test_profile_lists_every_bad_field_with_its_column():
    with pytest.raises(FactError) as exc:
        read_profile({"age": "INFINITY", "birth": "1990-02-30", "education": "大学", "drug_history": "也许"},
                     names={"drug_history": "有吸毒史"})
    assert [p.field for p in exc.value.problems] == ["年龄", "出生日期", "有吸毒史"]


def test_profile_records_and_none_else():
    p = read_profile({"age": "30", "drug_history": "是", "none_else": "是"})
    assert p.records["drug_history"] is True and p.records["dismissed"] is False
    assert read_profile({"drug_history": "否"}).records == {"drug_history": False}   # the others stay unknown


def test_birth_after_the_reference_date_is_refused():
    with pytest.raises(FactError, match="晚于参照日期"):
        read_profile({"birth": "2010-01-01", "reference_date": "2009-12-31"})
    with pytest.raises(FactError, match="晚于今天"):
        read_profile({"birth": "2099"}, today=datetime.date(2026, 1, 1))


texts = st.one_of(st.text(max_size=12), st.sampled_from(["1e309", "-0", "3０", "1990-02-29", "二十两", "大学肄业", "、、"]),
                  st.floats(allow_nan=True, allow_infinity=True), st.integers(), st.none(), st.booleans())


@given(st.sampled_from(sorted(applicant.READERS)), texts)
def test_any_field_gives_a_fact_or_a_message(fact, value):
    try:
        read_field(fact, value)
    except FactError as exc:
        assert str(exc) and exc.problems[0].field

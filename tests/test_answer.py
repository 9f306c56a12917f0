"""Whole answers through the real embeddings: abstention, the tool chosen and what is cited
(cases in tests/cases/answer_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.answer import Assistant

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "answer_cases.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def bot(real_index):
    return Assistant(real_index)


@pytest.mark.embeddings
@pytest.mark.parametrize("case", CASES, ids=[c["question"] for c in CASES])
def test_answer(bot, case):
    ans = bot.ask(case["question"], jurisdiction=case.get("jurisdiction"), role=case.get("role"))
    assert ans.abstained is case["abstained"], ans.text
    if ans.abstained:
        assert not ans.citations and "没有" in ans.text
    verdicts = {d.jurisdiction: d.verdict for d in ans.checks}
    for city, verdict in (case.get("checks") or {}).items():
        assert verdicts.get(city) == verdict, (verdicts, ans.text[:200])
    cited = {f"{c.doc_id}:{c.article}" for c in ans.citations}
    assert set(case.get("cites") or []) <= cited, cited
    if "says" in case:   # words the answer must say ("…属于其他法律事务")
        assert case["says"] in ans.text, ans.text[:300]

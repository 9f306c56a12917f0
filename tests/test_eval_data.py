"""The evaluation sets are well-formed: every gold article exists, verdict names are DOMAIN.md's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.rules.base import DUTY_VERDICTS, ELIGIBILITY_VERDICTS, RECUSAL_VERDICTS

DATA = Path(__file__).resolve().parent.parent / "eval" / "data"
SPLITS = {name: [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
                 if line.strip()] for name in ("dev", "heldout", "probes")}
VERDICTS = {"duty": DUTY_VERDICTS, "eligibility": ELIGIBILITY_VERDICTS, "recusal": RECUSAL_VERDICTS}
KINDS = {"lookup", "duty", "eligibility", "recusal", "compare", "out_of_scope", "case"}
TOOLS = {"duty", "eligibility", "recusal", "lookup", "out_of_scope"}


@pytest.mark.parametrize("split", list(SPLITS))
def test_rows_are_well_formed(corpus, split):
    rows = SPLITS[split]
    assert len({r["id"] for r in rows}) == len(rows)
    # probes: blind sets kept as their writers wrote them (ids p3-…, p4-…; acts in the writer's words)
    assert all(r["id"].startswith((f"{split}-", f"case_{split}-") if split != "probes" else "p") for r in rows)
    assert len({r["question"] for r in rows}) == len(rows)
    for r in rows:
        assert r["kind"] in KINDS and r["group"] in ("staff", "hr", "trainer", "relative"), r["id"]
        assert r["jurisdiction"] in ("", *corpus.jurisdictions) and r["role"] in ("", "勤务", "文职"), r["id"]
        for ref in r["gold"]:
            doc_id, article = ref.split(":")
            assert corpus.exists(doc_id, int(article)), r["id"]
            if r["jurisdiction"]:
                assert doc_id == corpus.jurisdictions[r["jurisdiction"]].doc_id, r["id"]
        kind = r.get("tool") if r["kind"] == "case" else r["kind"]
        if r["kind"] == "case":
            assert kind in TOOLS and isinstance(r.get("acts"), list), r["id"]
            assert r["acts"] or kind != "duty" or split == "probes", r["id"]
            for act in r["acts"]:   # an act is the user's own words
                assert split == "probes" or act["act"] in r["question"] or \
                    act["act"].replace("，", "") in r["question"], r["id"]
        if kind == "out_of_scope":
            assert r["abstain"] is True and r["gold"] == [], r["id"]
        else:
            # a probe's "no text touches it" (not_addressed) may name no article
            assert r["abstain"] is False and (r["gold"] or split == "probes" and "not_addressed" in (r.get("expected") or [])), r["id"]
        if kind in VERDICTS:
            exp = r["expected"]
            lists = exp.values() if isinstance(exp, dict) else [exp]
            assert all(v in VERDICTS[kind] for vs in lists for v in vs), r["id"]
        if kind == "compare":
            assert {g.split(":")[0] for g in r["gold"]} == set(corpus.by_id), r["id"]

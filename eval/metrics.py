"""Scoring one question: retrieval ranks, citations, verdicts, abstention. Pure functions."""

from __future__ import annotations

import statistics


def article_key(c: dict) -> str:
    return f"{c['doc_id']}:{c['article']}"


def rank_metrics(ranked: list[str], gold: list[str]) -> dict:
    """Recall@1/3/5 (share of gold articles in the top k) and reciprocal rank of the first gold."""
    gold_set = set(gold)
    out = {f"recall@{k}": len(gold_set & set(ranked[:k])) / len(gold_set) for k in (1, 3, 5)}
    rr = 0.0
    for i, a in enumerate(ranked, start=1):
        if a in gold_set:
            rr = 1.0 / i
            break
    out["mrr"] = rr
    return out


def citation_metrics(result: dict, gold: list[str], corpus, city: str | None) -> dict:
    """Citation recall/precision and the integrity counts that must stay 0.

    Precision counts a cited article as right when it is gold, or when it is cited by the same
    rule decision (check) as a gold article — the decision needed it.
    """
    cited = [article_key(c) for c in result.get("citations", [])]
    cited_set = set(cited)
    gold_set = set(gold)
    same_decision: set[str] = set()
    for check in result.get("checks", []):
        arts = {article_key(c) for c in check.get("citations", [])}
        if arts & gold_set:
            same_decision |= arts
    ok = gold_set | same_decision
    missing = invented = not_verbatim = wrong_city = 0
    for c in result.get("citations", []):
        try:
            real = corpus.citation(c["doc_id"], c["article"], c.get("paragraph"), c.get("item"))
        except KeyError:
            invented += 1
            continue
        if real.text != c.get("text"):
            not_verbatim += 1
        if city and corpus.regulation(c["doc_id"]).meta.jurisdiction != city:
            wrong_city += 1
    return {
        "citation_recall": (1.0 if gold_set <= cited_set else 0.0) if gold_set else None,
        "citation_recall_frac": len(gold_set & cited_set) / len(gold_set) if gold_set else None,
        "citation_precision": len(cited_set & ok) / len(cited_set) if cited_set and gold_set else None,
        "invented_citations": invented,
        "not_verbatim": not_verbatim,
        "wrong_city": wrong_city,
        "uncited_answer": int(not result.get("abstained") and not cited_set),
        "missing": missing,
    }


def verdict_ok(result: dict, expected) -> float | None:
    """1.0 when the first check of each jurisdiction asked about has an acceptable verdict."""
    if not expected:
        return None
    checks = result.get("checks", [])
    if not checks:
        return 0.0
    if isinstance(expected, dict):
        for j, allowed in expected.items():
            first = next((c for c in checks if c.get("jurisdiction") == j), None)
            if first is None or first["verdict"] not in allowed:
                return 0.0
        return 1.0
    firsts: dict[str, dict] = {}
    for c in checks:
        firsts.setdefault(c.get("jurisdiction"), c)
    return 1.0 if all(c["verdict"] in expected for c in firsts.values()) else 0.0


def abstention(result: dict, should_abstain: bool) -> dict:
    did = bool(result.get("abstained"))
    return {"abstain_correct": float(did == should_abstain),
            "false_refusal": float(did and not should_abstain) if not should_abstain else None,
            "false_answer": float(should_abstain and not did) if should_abstain else None}


def mean(values) -> float | None:
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    vals = sorted(values)
    if len(vals) == 1:
        return vals[0]
    return statistics.quantiles(vals, n=100, method="inclusive")[int(p) - 1]

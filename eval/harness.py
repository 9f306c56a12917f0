"""``assistant eval``: run question sets through the retrievers and the full assistant.

Prints and writes (``eval/reports/``: ``report.md``, ``figures.json``, PNG plots), per split and
per kind: retrieval Recall@1/3/5 and MRR; citation recall/precision and the integrity counts
(invented citations, non-verbatim quotes, wrong-city citations — all must be 0); verdict accuracy;
abstention both ways; latency p50/p95; index build time. Baselines run in the same pass:
BM25 only, dense only, plain rank fusion of the two (rrf), the fused retriever with statutory synonyms
(hybrid), and the full assistant (hybrid + rule tools).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from tqdm import tqdm

from .metrics import abstention, citation_metrics, mean, percentile, rank_metrics, verdict_ok

EVAL_DIR = Path(__file__).resolve().parent
DEFAULT_SETS = [EVAL_DIR / "data" / "dev.jsonl", EVAL_DIR / "data" / "heldout.jsonl"]
RETRIEVERS = ("bm25", "dense", "rrf", "hybrid")
RANK_KEYS = ("recall@1", "recall@3", "recall@5", "mrr")
ANSWER_KEYS = ("citation_recall", "citation_precision", "verdict_accuracy", "abstain_accuracy",
               "false_refusal", "false_answer", "invented_citations", "not_verbatim", "wrong_city",
               "uncited_answer")
COUNT_KEYS = ("invented_citations", "not_verbatim", "wrong_city", "uncited_answer")


def load_set(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            row = json.loads(line)
            row.setdefault("kind", "lookup")
            row["_split"] = path.stem
            rows.append(row)
    return rows


def _city(row: dict, analysis) -> str | None:
    """The one city a question is about (option or text), else None."""
    if row.get("jurisdiction"):
        return row["jurisdiction"]
    return analysis.jurisdictions[0] if len(analysis.jurisdictions) == 1 else None


def run_retriever(bot, method: str, row: dict, analysis) -> tuple[dict, dict]:
    """Rank articles with one retriever; its baseline answer cites the top article per city."""
    city = _city(row, analysis)
    js = {city} if city else None
    t0 = time.perf_counter()
    hits = bot.searcher.search(row["question"], k=10, jurisdictions=js, method=method)
    ranked = [h.article_id for h in hits]
    cities = [city] if city else list(bot.corpus.jurisdictions)
    cites = []
    for j in cities:
        top = next((h for h in hits if h.jurisdiction == j), None)
        if top is None and not city:
            more = bot.searcher.search(row["question"], k=1, jurisdictions={j}, method=method)
            top = more[0] if more else None
        if top is not None:
            cites.append(bot.corpus.citation(top.doc_id, top.article).to_dict())
    result = {"abstained": False, "citations": cites, "checks": [],
              "latency_ms": (time.perf_counter() - t0) * 1000}
    return result, rank_metrics(ranked, row.get("gold") or []) if row.get("gold") else {}


def score(row: dict, result: dict, corpus, city: str | None) -> dict:
    m = {}
    should_abstain = bool(row.get("abstain"))
    if not should_abstain:
        m.update(citation_metrics(result, row.get("gold") or [], corpus, city))
    else:
        m.update({k: v for k, v in citation_metrics(result, [], corpus, city).items()
                  if k in COUNT_KEYS})
    m["verdict_accuracy"] = verdict_ok(result, row.get("expected")) if not should_abstain else None
    ab = abstention(result, should_abstain)
    m["abstain_accuracy"] = ab["abstain_correct"]
    m["false_refusal"], m["false_answer"] = ab["false_refusal"], ab["false_answer"]
    m["latency_ms"] = result.get("latency_ms")
    return m


def aggregate(rows: list[dict]) -> dict:
    out = {"n": len(rows)}
    for k in RANK_KEYS + ANSWER_KEYS:
        vals = [r.get(k) for r in rows]
        out[k] = sum(v for v in vals if v is not None) if k in COUNT_KEYS else mean(vals)
    lat = [r["latency_ms"] for r in rows if r.get("latency_ms") is not None]
    out["latency_p50_ms"], out["latency_p95_ms"] = percentile(lat, 50), percentile(lat, 95)
    return out


def evaluate(datasets: list[Path], methods: list[str]) -> dict:
    from assistant.answer import Assistant, clean_question
    from assistant.errors import InputError
    from assistant.batch import answer_lines
    from assistant.understand import read_question

    t0 = time.perf_counter()
    bot = Assistant()
    startup = time.perf_counter() - t0
    rows = [r for p in datasets for r in load_set(Path(p))]
    per: dict[tuple, list[dict]] = defaultdict(list)   # (split, kind, method) → scored rows
    details = []
    for row in tqdm(rows, desc="evaluating", unit="q", file=sys.stderr):
        try:   # the same normalisation as the answer path (traditional → simplified …)
            text = clean_question(row["question"])
        except InputError:
            text = str(row.get("question") or "")
        analysis = read_question(text, jurisdiction=row.get("jurisdiction") or None, role=row.get("role") or None,
                                 corpus=bot.corpus)
        city = _city(row, analysis)
        ranks = {}
        for method in methods:
            if method in RETRIEVERS:
                result, rm = run_retriever(bot, method, row, analysis)
                ranks[method] = rm
            else:
                line = json.dumps({k: row.get(k) for k in ("id", "question", "jurisdiction", "role")},
                                  ensure_ascii=False)
                result = next(answer_lines(bot, [line]))
                rm = ranks.get("hybrid", {})
                details.append({"id": row["id"], "split": row["_split"], "kind": row["kind"], "tool": row.get("tool"),
                                "question": row["question"], "gold": row.get("gold"),
                                "expected": row.get("expected"), "abstain": row.get("abstain"),
                                "abstained": result["abstained"], "latency_ms": result["latency_ms"],
                                "cited": [f"{c['doc_id']}:{c['article']}" for c in result["citations"]],
                                "verdicts": [(c["jurisdiction"], c.get("role"), c.get("act"), c["verdict"],
                                              c.get("condition_met")) for c in result["checks"]]})
            m = score(row, result, bot.corpus, city)
            m.update(rm)
            keys = [(row["_split"], "all", method), (row["_split"], row["kind"], method)]
            if row["kind"] == "case":   # case questions also by the tool that decides them
                keys.append((row["_split"], f"case/{row.get('tool')}", method))
            for key in keys:
                per[key].append(m)
    figures = {"startup_s": round(startup, 3),
               "index_build_s": bot.index.manifest.get("build_seconds"),
               "index_units": bot.index.manifest.get("units"),
               "embedding_model": bot.index.manifest.get("embedding_model"),
               "results": {f"{s}|{k}|{m}": aggregate(v) for (s, k, m), v in sorted(per.items())}}
    return {"figures": figures, "details": details}


# -- reporting ------------------------------------------------------------------------
def _fmt(v) -> str:
    if v is None:
        return "–"
    if isinstance(v, int):
        return str(v)
    return f"{v:.3f}"


def markdown(figures: dict, methods: list[str], command: str) -> str:
    res = figures["results"]
    splits = sorted({k.split("|")[0] for k in res})
    kinds = sorted({k.split("|")[1] for k in res} - {"all"})
    lines = [f"# Evaluation report", "", f"Command: `{command}`", "",
             f"Embedding model: {figures['embedding_model']}; index: {figures['index_units']} units, "
             f"built in {figures['index_build_s']} s; assistant start-up {figures['startup_s']} s.", ""]
    for s in splits:
        lines += [f"## Split `{s}`", ""]
        cols = RANK_KEYS + ("citation_recall", "citation_precision", "verdict_accuracy", "abstain_accuracy",
                            "false_refusal", "false_answer", "latency_p50_ms", "latency_p95_ms")
        lines.append("| method | n | " + " | ".join(cols) + " |")
        lines.append("|---" * (len(cols) + 2) + "|")
        base = res.get(f"{s}|all|bm25")
        for m in methods:
            r = res.get(f"{s}|all|{m}")
            if not r:
                continue
            lines.append(f"| {m} | {r['n']} | " + " | ".join(_fmt(r.get(c)) for c in cols) + " |")
        if base:
            lines += ["", "Ratio to BM25 (higher is better; latency: lower is better):", ""]
            ratio_cols = RANK_KEYS + ("citation_recall", "citation_precision")
            lines.append("| method | " + " | ".join(ratio_cols) + " |")
            lines.append("|---" * (len(ratio_cols) + 1) + "|")
            losses = []
            for m in methods:
                r = res.get(f"{s}|all|{m}")
                if not r:
                    continue
                cells = []
                for c in ratio_cols:
                    if r.get(c) is None or not base.get(c):
                        cells.append("–")
                        continue
                    ratio = r[c] / base[c]
                    cells.append(f"{ratio:.2f}")
                    if ratio < 0.995 and m != "bm25":
                        losses.append(f"{m} loses to BM25 on {c} ({r[c]:.3f} vs {base[c]:.3f})")
                lines.append(f"| {m} | " + " | ".join(cells) + " |")
            if losses:
                lines += [""] + [f"- **{l}**" for l in losses]
        a = res.get(f"{s}|all|assistant")
        if a:
            lines += ["", f"Integrity (must be 0): invented citations {a['invented_citations']}, "
                          f"non-verbatim quotes {a['not_verbatim']}, wrong-city citations {a['wrong_city']}, "
                          f"answers without citation {a['uncited_answer']}.", "",
                      "Full assistant per kind:", "",
                      "| kind | n | citation_recall | citation_precision | verdict_accuracy | abstain_accuracy | "
                      "false_refusal | false_answer | hybrid MRR |",
                      "|---|---|---|---|---|---|---|---|---|"]
            for k in kinds:
                r = res.get(f"{s}|{k}|assistant")
                h = res.get(f"{s}|{k}|hybrid", {})
                if r:
                    lines.append(f"| {k} | {r['n']} | {_fmt(r['citation_recall'])} | {_fmt(r['citation_precision'])} | "
                                 f"{_fmt(r['verdict_accuracy'])} | {_fmt(r['abstain_accuracy'])} | "
                                 f"{_fmt(r['false_refusal'])} | {_fmt(r['false_answer'])} | {_fmt(h.get('mrr'))} |")
        lines.append("")
    return "\n".join(lines)


def plots(figures: dict, methods: list[str], latencies: list[float], out: Path) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    res = figures["results"]
    splits = sorted({k.split("|")[0] for k in res})
    files = []
    metrics = ("recall@1", "mrr", "citation_recall", "citation_precision")
    fig, axes = plt.subplots(1, len(splits), figsize=(6 * len(splits), 4), squeeze=False)
    for ax, s in zip(axes[0], splits):
        width = 0.8 / len(methods)
        for i, m in enumerate(methods):
            r = res.get(f"{s}|all|{m}", {})
            ax.bar([x + i * width for x in range(len(metrics))], [r.get(k) or 0 for k in metrics], width, label=m)
        ax.set_xticks([x + 0.4 - width / 2 for x in range(len(metrics))], metrics)
        ax.set_ylim(0, 1)
        ax.set_title(f"split: {s}")
        ax.legend(fontsize=8)
    fig.tight_layout()
    files.append(out / "metrics_by_method.png")
    fig.savefig(files[-1], dpi=110)
    plt.close(fig)
    if latencies:
        fig, ax = plt.subplots(figsize=(6, 4))
        ax.hist(latencies, bins=40)
        ax.set_xlabel("latency per question (ms), full assistant")
        ax.set_ylabel("questions")
        fig.tight_layout()
        files.append(out / "latency.png")
        fig.savefig(files[-1], dpi=110)
        plt.close(fig)
    return files


def main(datasets=None, methods: str = "bm25,dense,rrf,hybrid,assistant", out_dir=None, baseline: bool = False) -> int:
    datasets = [Path(d) for d in (datasets or DEFAULT_SETS)]
    missing = [str(d) for d in datasets if not d.exists()]
    if missing:
        print(f"错误：找不到问题集 {', '.join(missing)}", file=sys.stderr)
        return 2
    method_list = [m.strip() for m in methods.split(",") if m.strip()]
    run = evaluate(datasets, method_list)
    figures = run["figures"]
    out = Path(out_dir) if out_dir else EVAL_DIR / "reports"
    out.mkdir(parents=True, exist_ok=True)
    command = "assistant eval " + " ".join(str(d.relative_to(EVAL_DIR.parent)) if d.is_relative_to(EVAL_DIR.parent)
                                           else str(d) for d in datasets)
    report = markdown(figures, method_list, command)
    (out / "report.md").write_text(report, encoding="utf-8")
    (out / "figures.json").write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    (out / "details.jsonl").write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in run["details"]),
                                       encoding="utf-8")
    files = plots(figures, method_list, [d["latency_ms"] for d in run["details"]], out)
    print(report)
    print(f"\nwritten: {out / 'report.md'}, {out / 'figures.json'}, " + ", ".join(str(f) for f in files))
    if baseline:
        from .baseline import write_section

        write_section("evaluation", report.replace("# Evaluation report", "## Evaluation", 1))
    return 0


def cli(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval")
    p.add_argument("datasets", nargs="*")
    p.add_argument("--methods", default="bm25,dense,rrf,hybrid,assistant")
    p.add_argument("--out", default=None)
    p.add_argument("--baseline", action="store_true", help="also write eval/BASELINE.md")
    a = p.parse_args(argv)
    return main(a.datasets, a.methods, a.out, a.baseline)

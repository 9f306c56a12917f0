"""Scale benchmark (``make bench``): synthetic corpora of 100 … 1,000 regulations.

Each synthetic regulation recombines real articles (paragraphs drawn from the two real texts)
under new numbering, a new title and its own jurisdiction code, then goes through the real
pipeline: parser objects → units → BM25 (jieba) + Chroma, built aside and swapped in. Reported per
size: index build time, peak memory (RSS of the process that built it), and query latency
p50/p95 of the hybrid search with a jurisdiction filter.

Embedding 150,000 units with the CPU model alone would take over an hour here, so vectors are
computed once per distinct paragraph text (the recombined paragraphs repeat) and reused; the
embedding cost per unit is measured separately and reported, so the full cost can be read off.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from langchain_core.embeddings import Embeddings

SIZES = (100, 300, 1000)
ARTICLES_PER_REG = 50
QUERIES = ["辅警能不能使用武器", "招聘辅警的年龄条件", "辅警回避由谁决定", "辅警工伤待遇", "文职辅警可以做什么工作",
           "辅警不得从事哪些工作", "辅警服装标识管理", "辅警薪酬标准", "辅警违法违纪怎么处理", "优先招聘哪些人"]


class ReusingEmbeddings(Embeddings):
    """Embeds each distinct body text once (after the unit heading) and reuses the vector."""

    def __init__(self, inner: Embeddings) -> None:
        self.inner, self.cache, self.model_name = inner, {}, getattr(inner, "model_name", "x") + "+reuse"
        self.computed = 0
        self.compute_s = 0.0

    def embed_documents(self, texts):
        keys = [t.split("：", 1)[-1] for t in texts]
        todo = sorted({k for k in keys if k not in self.cache})
        if todo:
            t0 = time.perf_counter()
            for k, v in zip(todo, self.inner.embed_documents(todo)):
                self.cache[k] = v
            self.compute_s += time.perf_counter() - t0
            self.computed += len(todo)
        return [self.cache[k] for k in keys]

    def embed_query(self, text):
        return self.inner.embed_query(text)


def synthetic_corpus(n_regs: int, seed: int = 7):
    from assistant.corpus import Corpus
    from assistant.models import Article, Metadata, Regulation

    real = Corpus.load()
    paragraphs = [p for r in real.regulations for a in r.articles for p in a.paragraphs]
    rng = random.Random(seed)
    base = real.regulations[0].meta
    regs = []
    for i in range(n_regs):
        code = f"city{i:04d}"
        meta = replace(base, doc_id=f"{code}-2024", title=f"第{i}号市公安机关警务辅助人员管理办法",
                       short_title=f"第{i}号市辅警办法", jurisdiction=code, jurisdiction_name=f"第{i}号市",
                       short_name=f"第{i}号市", province="示例省", jurisdiction_aliases=(), text_file=f"{code}.txt")
        arts = []
        for n in range(1, ARTICLES_PER_REG + 1):
            paras = tuple(replace(p, number=k) for k, p in enumerate(rng.sample(paragraphs, rng.choice((1, 1, 2))), 1))
            arts.append(Article(doc_id=meta.doc_id, number=n, paragraphs=paras))
        regs.append(Regulation(meta=meta, articles=tuple(arts), source_text=f"{code}:{seed}"))
    return Corpus(tuple(regs))


def run_size(n_regs: int) -> dict:
    """Build and query one size (run in its own process so peak memory is its own)."""
    from assistant.embeddings import make_embeddings
    from assistant.index import open_index
    from assistant.retrieve import Searcher

    corpus = synthetic_corpus(n_regs)
    emb = ReusingEmbeddings(make_embeddings())
    t0 = time.perf_counter()
    idx = open_index(corpus, emb)
    build_s = time.perf_counter() - t0
    searcher = Searcher(idx)
    rng = random.Random(1)
    codes = list(corpus.jurisdictions)
    lat = []
    for i in range(200):
        q = QUERIES[i % len(QUERIES)]
        j = rng.choice(codes)
        t = time.perf_counter()
        hits = searcher.search(q, k=5, jurisdictions={j})
        lat.append((time.perf_counter() - t) * 1000)
        assert all(h.jurisdiction == j for h in hits)
    lat.sort()
    return {"regulations": n_regs, "articles": sum(len(r.articles) for r in corpus.regulations),
            "units": len(idx.units), "build_s": round(build_s, 1),
            "embedded_distinct_texts": emb.computed, "embedding_s": round(emb.compute_s, 1),
            "embed_ms_per_unit": round(1000 * emb.compute_s / max(emb.computed, 1), 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "query_p50_ms": round(statistics.median(lat), 2),
            "query_p95_ms": round(lat[int(0.95 * len(lat)) - 1], 2)}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval.bench")
    p.add_argument("--sizes", default=",".join(map(str, SIZES)))
    p.add_argument("--one", type=int, help=argparse.SUPPRESS)
    p.add_argument("--out", default=str(Path(__file__).parent / "reports" / "bench.json"))
    a = p.parse_args(argv)
    if a.one:
        print(json.dumps(run_size(a.one)))
        return 0
    results = []
    for n in [int(s) for s in a.sizes.split(",")]:
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, ASSISTANT_DATA_DIR=tmp)
            print(f"building {n} regulations …", file=sys.stderr, flush=True)
            out = subprocess.run([sys.executable, "-m", "eval.bench", "--one", str(n)], env=env,
                                 capture_output=True, text=True, check=True)
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
            print(results[-1], file=sys.stderr, flush=True)
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps(results, indent=1), encoding="utf-8")
    text = table(results)
    print(text)
    if not a.one and a.sizes == ",".join(map(str, SIZES)):
        from .baseline import write_section

        write_section("bench", "## Scale benchmark\n\nCommand: `make bench` (`python -m eval.bench`).\n\n" + text)
    return 0


def table(results: list[dict]) -> str:
    cols = list(results[0])
    lines = ["| " + " | ".join(cols) + " |", "|---" * len(cols) + "|"]
    lines += ["| " + " | ".join(str(r[c]) for c in cols) + " |" for r in results]
    if len(results) > 1:
        a0, a1 = results[0], results[-1]
        f = a1["articles"] / a0["articles"]
        lines.append(f"\nfrom {a0['regulations']} to {a1['regulations']} regulations (×{f:.0f} articles): build ×"
                     f"{a1['build_s'] / max(a0['build_s'], 1e-9):.1f}, peak memory ×"
                     f"{a1['peak_rss_mb'] / a0['peak_rss_mb']:.1f}, query p50 ×"
                     f"{a1['query_p50_ms'] / a0['query_p50_ms']:.1f}, p95 ×{a1['query_p95_ms'] / a0['query_p95_ms']:.1f}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())

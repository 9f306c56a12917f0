"""The ``assistant`` command: ask, batch, chat, build, ingest, eval. Wiring only."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .errors import AssistantError, CorpusError

ROLES = ("勤务", "文职")


def _corpus():
    """The corpus the commands answer from (``ASSISTANT_CORPUS_DIR``): its jurisdictions are the options."""
    from .corpus import Corpus

    return Corpus.load()


def _jurisdiction_codes() -> tuple[str, ...] | None:
    """The codes ``--jurisdiction`` accepts, from the corpus metadata; ``None`` (any value) when the corpus
    cannot be read, so that ``--help`` still works — the command itself then reports what is wrong."""
    from .places import codes

    try:
        return codes(_corpus())
    except CorpusError:
        return None


def _bot():
    from .answer import Assistant

    return Assistant()


def cmd_ask(args) -> int:
    ans = _bot().ask(args.question, jurisdiction=args.jurisdiction, role=args.role)
    if args.json:
        out = ans.to_dict()
        if args.explain and ans.reading is not None:
            out["reading"] = ans.reading.explain()
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    if args.explain and ans.reading is not None:
        print(ans.reading.explain())
        print("—" * 40)
    print(ans.text)
    return 0


def cmd_batch(args) -> int:
    from .batch import run_batch

    bot = _bot()
    bot.warm()   # start-up before the first line, so each line's latency_ms is the answer's own
    infile = open(args.infile, encoding="utf-8-sig") if args.infile != "-" else sys.stdin
    outfile = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    with infile, outfile:
        n = run_batch(bot, infile, outfile)
    print(f"answered {n} questions", file=sys.stderr)
    return 0


def chat_switches(corpus) -> dict[str, tuple[str, str | None]]:
    """The chat's commands that set the city ("/" + its short name) or the role: command → (kind, value)."""
    from .places import places

    switches = {f"/{p.short_name}": ("j", p.code) for p in places(corpus)}
    switches["/不限"] = ("j", None)
    switches.update({f"/{r}": ("r", r) for r in ROLES})
    switches["/未说明"] = ("r", None)
    return switches


def cmd_chat(args) -> int:
    bot = _bot()
    j, role = args.jurisdiction, args.role
    switches = chat_switches(bot.corpus)
    cities = " ".join(k for k, (kind, _) in switches.items() if kind == "j")
    roles = " ".join(k for k, (kind, v) in switches.items() if kind == "r" and v)
    print(f"辅警法规助手（输入问题；{cities} 切换辖区，{roles} 切换岗位，/退出 结束）")
    while True:
        try:
            line = input("问> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if line in ("/退出", "/quit", "exit"):
            return 0
        if line in switches:
            kind, value = switches[line]
            j, role = (value, role) if kind == "j" else (j, value)
            where = bot.corpus.jurisdictions[j].meta.jurisdiction_name if j else "不限"
            print(f"（辖区：{where}；岗位：{role or '未说明'}）")
            continue
        if not line:
            continue
        try:
            print(bot.ask(line, jurisdiction=j, role=role).text)
        except AssistantError as exc:
            print(f"⚠ {exc}")
        print()


class _ProgressBar:
    """``progress(done, total)`` for the index build, shown as a tqdm bar with the rate; no bar when
    everything comes from the embedding cache."""

    def __init__(self) -> None:
        self.bar = None

    def __call__(self, done: int, total: int) -> None:
        if total == 0:
            return
        if self.bar is None:
            from tqdm import tqdm

            self.bar = tqdm(total=total, desc="嵌入", unit="条", file=sys.stderr, dynamic_ncols=True)
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def cmd_build(args) -> int:
    import time

    from .answer import Assistant
    from .index import open_index

    start = time.perf_counter()
    bar = _ProgressBar()
    try:
        idx = open_index(rebuild=args.rebuild, progress=bar)
    finally:
        bar.close()
    m = idx.manifest
    cache = (f"; {m['embedded']} embedded, {m['from_cache']} from the embedding cache"
             if "embedded" in m else "")
    print(f"index {m['key']}: {m['units']} units from {', '.join(m['documents'])}; "
          f"model {m['embedding_model']}; built {m['built_at']} in {m['build_seconds']} s{cache}")
    warm_start = time.perf_counter()
    Assistant(idx).warm()   # the duty tool's phrase vectors, the tokenizer, the dense index
    print(f"warmed in {time.perf_counter() - warm_start:.1f} s; total {time.perf_counter() - start:.1f} s")
    return 0


def cmd_ingest(args) -> int:
    from .corpus import ingest
    from .index import open_index

    reg = ingest(Path(args.path), replace=args.replace)
    print(f"added {reg.doc_id}: 《{reg.meta.title}》, {len(reg.articles)} articles, "
          f"{len(reg.chapters)} chapters")
    if not args.no_index:
        idx = open_index()
        print(f"index rebuilt: {idx.manifest['units']} units")
    return 0


def cmd_eval(args) -> int:
    from eval.harness import main as eval_main

    return eval_main(args.datasets, methods=args.methods, out_dir=args.out, baseline=args.baseline)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="assistant", description="辅警法规助手")
    sub = p.add_subparsers(dest="command", required=True)
    jurisdictions = _jurisdiction_codes()

    ask = sub.add_parser("ask", help="answer one question")
    ask.add_argument("question")
    ask.add_argument("--jurisdiction", choices=jurisdictions, help="jurisdiction code of a regulation in the corpus")
    ask.add_argument("--role", choices=ROLES)
    ask.add_argument("--json", action="store_true", help="print the batch-contract JSON object")
    ask.add_argument("--explain", action="store_true",
                     help="also print how the question was read: clauses, acts and the entries they name, "
                          "the situation, the facts and whose they are")
    ask.set_defaults(func=cmd_ask)

    batch = sub.add_parser("batch", help="answer a JSONL file of questions")
    batch.add_argument("infile", help="JSONL input ('-' for stdin)")
    batch.add_argument("-o", "--output", help="JSONL output (default stdout)")
    batch.set_defaults(func=cmd_batch)

    chat = sub.add_parser("chat", help="interactive chat in the terminal")
    chat.add_argument("--jurisdiction", choices=jurisdictions)
    chat.add_argument("--role", choices=ROLES)
    chat.set_defaults(func=cmd_chat)

    build = sub.add_parser("build", help="build the index if missing or stale")
    build.add_argument("--rebuild", action="store_true", help="rebuild even if up to date")
    build.set_defaults(func=cmd_build)

    ing = sub.add_parser("ingest", help="validate a regulation (.toml + .txt) and add it to the corpus")
    ing.add_argument("path")
    ing.add_argument("--replace", action="store_true", help="replace a regulation with the same doc_id")
    ing.add_argument("--no-index", action="store_true", help="do not rebuild the index now")
    ing.set_defaults(func=cmd_ingest)

    ev = sub.add_parser("eval", help="evaluate on question sets and write a report")
    ev.add_argument("datasets", nargs="*", help="JSONL files (default: eval/data/dev.jsonl and heldout.jsonl)")
    ev.add_argument("--methods", default="bm25,dense,rrf,hybrid,assistant")
    ev.add_argument("--out", default=None, help="report directory (default eval/reports)")
    ev.add_argument("--baseline", action="store_true", help="also write eval/BASELINE.md")
    ev.set_defaults(func=cmd_eval)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except AssistantError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

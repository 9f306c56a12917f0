"""Load test (``make load``): the web app under 20 concurrent clients for 60 seconds.

Starts ``app.py`` on a free loopback port (its own process, the default embeddings, the
configured queue), then each client thread opens its own ``gradio_client.Client`` and sends
questions from the evaluation set through the public ``/ask`` endpoint, back to back, until the
time is up. Reported: requests served, errors (must be 0), latency p50/p95/p99 as the client
sees it, throughput, and the server's peak memory (VmHWM of the app process). Several queue
settings can be compared in one run (``--limits 1 2 4``); figures go to ``eval/reports/load.json``.

    python -m eval.load                       # 20 clients × 60 s, the app's default settings
    python -m eval.load --limits 1 2 4 --duration 30
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "eval" / "reports"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def questions() -> list[dict]:
    out = []
    for name in ("dev.jsonl", "heldout.jsonl"):
        path = ROOT / "eval" / "data" / name
        if path.exists():
            out += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not out:
        raise SystemExit("eval/data/*.jsonl is missing: the load test sends the evaluation questions")
    return out


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory of the process (Linux VmHWM), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def start_app(port: int, limit: int | None) -> subprocess.Popen:
    env = dict(os.environ)
    if limit:
        env["ASSISTANT_CONCURRENCY"] = str(limit)
    # the app's log goes to a file: a pipe nobody reads fills up and blocks the app's logging
    REPORTS.mkdir(parents=True, exist_ok=True)
    log_path = REPORTS / "load-app.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "--host", "127.0.0.1", "--port", str(port)],
                                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 180
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"app exited: {log_path.read_text(errors='replace')[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return proc
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("app did not start within 180 s")


def run_once(clients: int, duration: float, limit: int | None, seed: int = 0) -> dict:
    from gradio_client import Client

    port = free_port()
    proc = start_app(port, limit)
    url = f"http://127.0.0.1:{port}/"
    qs = questions()
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    try:
        Client(url, verbose=False).predict("辅警能配枪吗", "", "", api_name="/ask")   # warm-up, not counted
        start = time.perf_counter()
        stop_at = start + duration

        def worker(n: int) -> None:
            rng = random.Random(seed + n)
            try:
                client = Client(url, verbose=False)
            except Exception as exc:  # noqa: BLE001 — a client that cannot connect is an error to report
                with lock:
                    errors.append(f"connect: {exc}")
                return
            while time.perf_counter() < stop_at:
                q = rng.choice(qs)
                t0 = time.perf_counter()
                try:
                    out = client.predict(q["question"], q.get("jurisdiction") or "", q.get("role") or "",
                                         api_name="/ask")
                    ok = isinstance(out, dict) and "answer" in out and not out.get("error")
                    err = None if ok else f"bad response: {str(out)[:200]}"
                except Exception as exc:  # noqa: BLE001
                    err = f"{type(exc).__name__}: {exc}"
                dt = (time.perf_counter() - t0) * 1000
                with lock:
                    if err:
                        errors.append(err)
                    else:
                        latencies.append(dt)

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - start
        peak = peak_rss_mb(proc.pid)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    lat = sorted(latencies)

    def pct(p: float) -> float:
        return round(lat[min(len(lat) - 1, int(p * len(lat)))], 1) if lat else float("nan")

    return {"clients": clients, "duration_s": round(elapsed, 1), "concurrency_limit": limit or "default",
            "served": len(lat), "errors": len(errors), "error_samples": errors[:5],
            "throughput_rps": round(len(lat) / elapsed, 2), "p50_ms": pct(0.50), "p95_ms": pct(0.95),
            "p99_ms": pct(0.99), "mean_ms": round(statistics.fmean(lat), 1) if lat else None,
            "server_peak_rss_mb": round(peak, 1)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--duration", type=float, default=60)
    ap.add_argument("--limits", type=int, nargs="*", default=[],
                    help="queue concurrency limits to compare (ASSISTANT_CONCURRENCY); default: the app's default")
    ap.add_argument("--no-baseline", dest="write_baseline", action="store_false",
                    help="do not rewrite the load section of eval/BASELINE.md")
    args = ap.parse_args(argv)
    runs = [run_once(args.clients, args.duration, limit) for limit in (args.limits or [None])]
    REPORTS.mkdir(parents=True, exist_ok=True)
    (REPORTS / "load.json").write_text(json.dumps(runs, ensure_ascii=False, indent=1), encoding="utf-8")
    lines = ["| concurrency limit | clients | seconds | served | errors | req/s | p50 ms | p95 ms | p99 ms | server peak MB |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    lines += [f"| {r['concurrency_limit']} | {r['clients']} | {r['duration_s']} | {r['served']} | {r['errors']} | "
              f"{r['throughput_rps']} | {r['p50_ms']} | {r['p95_ms']} | {r['p99_ms']} | {r['server_peak_rss_mb']} |"
              for r in runs]
    print("\n".join(lines))
    best = max(runs, key=lambda r: r["served"])
    from assistant.webapp.build import DEFAULT_CONCURRENCY

    summary = (f"Most requests served with concurrency limit {best['concurrency_limit']} "
               f"(the app's default is {DEFAULT_CONCURRENCY}). The load generator's 20 client threads share the "
               f"machine's 2 cores with the app, so the latency a client sees is mostly waiting in the queue: "
               f"the service time per answer is about 1000 / req/s ms.")
    print(summary)
    if args.write_baseline:
        from .baseline import write_section

        write_section("load", "## Load test\n\nCommand: `make load` (`python -m eval.load "
                      + " ".join(argv or sys.argv[1:]) + "`): the app on 127.0.0.1, questions of eval/data through "
                      "`gradio_client` → `/ask`.\n\n" + "\n".join(lines) + "\n\n" + summary)
    for r in runs:
        for e in r["error_samples"]:
            print("error:", e, file=sys.stderr)
    return 1 if any(r["errors"] for r in runs) else 0


if __name__ == "__main__":
    raise SystemExit(main())

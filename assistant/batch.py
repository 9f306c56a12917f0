"""The batch contract: JSONL questions in, one JSON answer per line out, in order.

Input lines: ``{"id", "question", "jurisdiction"?, "role"?}`` (other fields ignored, ``null`` allowed).
Output lines: the object of :meth:`Answer.to_dict` (the keys the README lists). A bad line (not JSON,
empty question, unknown code) gets an abstaining answer with every key, plus ``error`` saying what is
wrong; the run goes on.
"""

from __future__ import annotations

import json
import time
from typing import IO, Iterable, Iterator

from .answer import Answer, Assistant
from .errors import AssistantError
from .parts import Abstention


def _error_line(id, message: str, started: float) -> dict:
    answer = Answer("", message, True, abstention=Abstention(message),
                    latency_ms=(time.perf_counter() - started) * 1000)
    return {**answer.to_dict(id), "error": message}


def answer_lines(bot: Assistant, lines: Iterable[str]) -> Iterator[dict]:
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        started = time.perf_counter()
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("not an object")
        except ValueError:
            yield _error_line(None, f"第 {n} 行不是 JSON 对象，已跳过。", started)
            continue
        id = item.get("id")
        try:
            ans = bot.ask(item.get("question"), jurisdiction=item.get("jurisdiction") or None,
                          role=item.get("role") or None)
        except AssistantError as exc:
            yield _error_line(id, str(exc), started)
            continue
        yield ans.to_dict(id=id)


def run_batch(bot: Assistant, infile: IO[str], outfile: IO[str], progress=None) -> int:
    count = 0
    for obj in answer_lines(bot, infile):
        outfile.write(json.dumps(obj, ensure_ascii=False) + "\n")
        outfile.flush()
        count += 1
        if progress:
            progress(count)
    return count

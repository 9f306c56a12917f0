"""``eval/BASELINE.md`` holds the latest figures of four tools — the evaluation harness, the scale
benchmark, the load test and the start-up timings — each in its own marked section, so one run
rewrites only its part.

>>> doc = update("", "bench", "| a |")
>>> update(doc, "bench", "| b |").count("| b |"), "| a |" in update(doc, "bench", "| b |")
(1, False)
"""

from __future__ import annotations

import re
from pathlib import Path

BASELINE = Path(__file__).resolve().parent / "BASELINE.md"
ORDER = ("evaluation", "bench", "load", "startup")


def update(document: str, section: str, markdown: str) -> str:
    """The document with ``section`` replaced by ``markdown`` (added in ORDER if missing)."""
    block = f"<!-- {section}:start -->\n{markdown.strip()}\n<!-- {section}:end -->"
    pattern = re.compile(rf"<!-- {section}:start -->.*?<!-- {section}:end -->", re.S)
    if pattern.search(document):
        return pattern.sub(lambda _: block, document)
    blocks = {s: m.group(0) for s in ORDER
              if (m := re.search(rf"<!-- {s}:start -->.*?<!-- {s}:end -->", document, re.S))}
    blocks[section] = block
    head = ("# Baseline figures\n\nWritten by `assistant eval --baseline`, `make bench`, `make load` and "
            "`python -m eval.startup --baseline`.\n")
    return head + "\n" + "\n\n".join(blocks[s] for s in ORDER if s in blocks) + "\n"


def write_section(section: str, markdown: str, path: Path = BASELINE) -> None:
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(update(old, section, markdown), encoding="utf-8")

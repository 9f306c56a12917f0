"""Calibrates the duty tool's semantic threshold (``MIN_SIMILARITY``).

Positives: tests/cases/duty_semantic_cases.yaml (paraphrases containing no alias).
Negatives: the ``not_addressed`` cases of tests/cases/duty_cases.yaml (acts the texts do not list).
For each threshold: how many paraphrases get their right verdict, how many get a wrong one
(worse than an honest "not addressed"), and how many not-listed acts get a made-up verdict.

    python -m eval.calibrate_duty
"""

from __future__ import annotations

from pathlib import Path

import yaml

from assistant.corpus import Corpus
from assistant.embeddings import make_embeddings
from assistant.rules import duty

CASES = Path(__file__).resolve().parent.parent / "tests" / "cases"


def main() -> None:
    corpus = Corpus.load()
    emb = make_embeddings()
    pos = yaml.safe_load((CASES / "duty_semantic_cases.yaml").read_text(encoding="utf-8"))
    neg = [c for c in yaml.safe_load((CASES / "duty_cases.yaml").read_text(encoding="utf-8"))
           if c["verdict"] == "not_addressed"]
    original = duty.MIN_SIMILARITY
    print("| threshold | paraphrases right | wrong verdict | unmatched | not-listed acts given a verdict |")
    print("|---|---|---|---|---|")
    for t in (0.89, 0.90, 0.905, 0.91, 0.915, 0.92, 0.925, 0.93):
        duty.MIN_SIMILARITY = t
        right = wrong = none = 0
        for c in pos:
            d = duty.decide_duty(c["question"], c.get("role"), c["jurisdiction"], corpus=corpus, embeddings=emb)
            if d.verdict == "not_addressed":
                none += 1
            elif d.verdict == c["verdict"]:
                right += 1
            else:
                wrong += 1
        false_pos = sum(duty.decide_duty(c["question"], c.get("role"), c["jurisdiction"], corpus=corpus,
                                         embeddings=emb).verdict != "not_addressed" for c in neg)
        print(f"| {t} | {right}/{len(pos)} | {wrong} | {none} | {false_pos}/{len(neg)} |")
    duty.MIN_SIMILARITY = original


if __name__ == "__main__":
    main()

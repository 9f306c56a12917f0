"""Training quizzes, generated from the rule data — so every answer key is right by construction.

Each question is a situation put to one of the rule tools, and its key is the tool's verdict:

- duty: every entry of a city's duty catalogue, asked for each role ("重庆的文职辅警能否从事“巡逻”？")
  → :func:`~assistant.rules.duty.decide_duty` on that entry (deterministic, no reading of words);
- eligibility: the boundary ages of each city, the education minimum of each role, each record a
  city lists or does not list, for an otherwise clean applicant → :func:`decide_eligibility`;
- recusal: each relation of ``rules/data/relations.yaml`` → :func:`decide_recusal`.

A question is kept only when the tool's decision rests on the entry it was generated from, and
its explanation and citation are the decision's own. The same ``seed`` gives the same quiz.

>>> from assistant.corpus import Corpus
>>> quiz = make_quiz(Corpus.load(), n=6, seed=3)
>>> len(quiz), grade(quiz, [q.answer_index for q in quiz]).score
(6, 6)
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .corpus import Corpus
from .models import Citation
from .rules.base import ROLE_NAMES, Decision
from .rules.conditions import Situation
from .rules.duty import ActReading, EntryMatch, catalogue, decide_duty
from .rules.eligibility import decide_eligibility
from .rules.loader import load_data
from .rules.profile import EDUCATION_LADDER, RECORD_KEYS, RECORD_LABELS, Profile
from .rules.recusal import decide_recusal, relations

# The choices of each kind, in a fixed order (verdict name → what the trainee reads).
CHOICES = {
    "duty": {"permitted": "可以（在民警指挥或按公安机关安排下）", "permitted_with_police_lead": "只能在民警带领下协助",
             "conditional": "有条件才可以", "forbidden": "不可以（明令禁止）", "not_in_role": "不属于该类辅警的工作"},
    "eligibility": {"eligible": "符合", "ineligible": "不符合", "needs_review": "需进一步核实（条文留有余地或须审查）"},
    "recusal": {"must_recuse": "应当回避", "needs_review": "需报告负责人，由其决定是否回避", "no_recusal": "无须回避"},
}


@dataclass(frozen=True)
class QuizQuestion:
    """One multiple-choice question; ``answer_index`` points into ``choices``."""

    kind: str                 # "duty" | "eligibility" | "recusal"
    jurisdiction: str
    question: str
    choices: tuple[str, ...]
    answer_index: int
    verdict: str
    explanation: str          # the decision's summary
    citation: Citation | None


@dataclass(frozen=True)
class QuizResult:
    score: int
    total: int
    correct: tuple[bool, ...]


def _question(kind: str, d: Decision, text: str) -> QuizQuestion:
    verdicts = list(CHOICES[kind])
    cites = d.citations()
    return QuizQuestion(kind, d.jurisdiction, text, tuple(CHOICES[kind].values()), verdicts.index(d.verdict),
                        d.verdict, d.summary, cites[0] if cites else None)


def _duty_questions(corpus: Corpus, jurisdiction: str) -> list[QuizQuestion]:
    doc_id = corpus.jurisdictions[jurisdiction].doc_id
    out = []
    for e in catalogue(doc_id):
        if e.catch_all:
            continue
        # the entry's own time: "非履行职责期间穿着…" is asked off duty
        situation = Situation() if "unknown" in e.when else Situation(on_duty="on_duty" in e.when)
        for role in ("勤务", "文职"):
            d = decide_duty(ActReading(e.action, (EntryMatch(e, "alias", e.action),)), role, jurisdiction, corpus, situation)
            if e.id in d.matched and d.verdict in CHOICES["duty"]:
                out.append(_question("duty", d, f"{ROLE_NAMES[role]}能否从事“{e.action}”？"))
    return out


_CLEAN = {k: False for k in RECORD_KEYS}


def _eligibility_questions(corpus: Corpus, jurisdiction: str) -> list[QuizQuestion]:
    doc_id = corpus.jurisdictions[jurisdiction].doc_id
    data = load_data("eligibility", doc_id)
    if data is None:
        return []
    clean = " 无任何不良记录的中国公民"
    base = dict(age=30, education="本科", nationality="中国", role="勤务", records=_CLEAN, special_post=False)
    cases: list[tuple[str, dict]] = []
    lo, hi = data["age"]["min"], data["age"]["max"]
    for age in sorted({lo - 1, lo, hi, hi + 1}):
        cases.append((f"一名{age}周岁、本科学历、{clean.strip()}应聘勤务辅警（非特殊岗位），是否符合招聘条件？",
                      base | {"age": age}))
    for rule in data["education"]:
        minimum = rule["minimum"]
        below = EDUCATION_LADDER[EDUCATION_LADDER.index(minimum) - 1]
        for level in (below, minimum):
            cases.append((f"一名30周岁、{level}学历、{clean.strip()}应聘{ROLE_NAMES[rule['role']]}，是否符合招聘条件？",
                          base | {"education": level, "role": rule["role"]}))
    for key in RECORD_KEYS:
        cases.append((f"一名30周岁、本科学历的中国公民应聘勤务辅警，除“{RECORD_LABELS[key]}”外没有其他不良记录，"
                      f"是否符合招聘条件？", base | {"records": _CLEAN | {key: True}}))
    out = []
    for text, facts in cases:
        d = decide_eligibility(Profile(**facts), jurisdiction, corpus=corpus)
        if not d.undecided:   # a text not in force keys no question
            out.append(_question("eligibility", d, text))
    return out


def _recusal_questions(corpus: Corpus, jurisdiction: str) -> list[QuizQuestion]:
    out = []
    for key, rel in relations()["relations"].items():
        d = decide_recusal(key, jurisdiction, corpus=corpus)
        if d.undecided:   # no data, or a text not in force: the tool decided nothing to key a question with
            continue
        if rel["ground"] in ("party_or_relative", "other_relation") and key != "self":
            situation = f"案（事）件当事人与辅警的关系是：{rel['label']}"
        else:
            situation = f"辅警的情况是：{rel['label']}"
        out.append(_question("recusal", d, f"辅警处理案（事）件时，{situation}。是否应当回避？"))
    return out


def question_pool(corpus: Corpus, jurisdiction: str) -> list[QuizQuestion]:
    """Every question the data yields for one jurisdiction (computed once per corpus, kept by it)."""
    return corpus.derived(("quiz.question_pool", jurisdiction),
                          lambda: _duty_questions(corpus, jurisdiction) + _eligibility_questions(corpus, jurisdiction)
                          + _recusal_questions(corpus, jurisdiction))


def make_quiz(corpus: Corpus, n: int = 5, seed: int = 0, jurisdiction: str | None = None) -> list[QuizQuestion]:
    """``n`` questions (duty, eligibility and recusal in turn), for one city or all; same seed → same quiz."""
    codes = [jurisdiction] if jurisdiction else list(corpus.jurisdictions)
    rng = random.Random(seed)
    by_kind: dict[str, list[QuizQuestion]] = {k: [] for k in CHOICES}
    for code in codes:
        for q in question_pool(corpus, code):
            by_kind[q.kind].append(q)
    for qs in by_kind.values():
        rng.shuffle(qs)
    # duty questions are the ones staff ask most: two of them for one of each other kind
    order = ["duty", "eligibility", "duty", "recusal"]
    quiz: list[QuizQuestion] = []
    i = 0
    while len(quiz) < n and any(by_kind.values()):
        kind = order[i % len(order)]
        i += 1
        if by_kind[kind]:
            quiz.append(by_kind[kind].pop())
    return quiz


def grade(quiz: list[QuizQuestion], answers: list[int | None]) -> QuizResult:
    """Score the given choice indexes (``None`` = not answered) against the keys."""
    answers = list(answers) + [None] * (len(quiz) - len(answers))
    correct = tuple(a is not None and a == q.answer_index for q, a in zip(quiz, answers))
    return QuizResult(sum(correct), len(quiz), correct)

"""Trainers' material: topics compared city by city, the table of contents, full-text search, quizzes."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.corpus import Corpus
from assistant.quiz import CHOICES, grade, make_quiz, question_pool
from assistant.topics import compare_topic, search_articles, table_of_contents, topics

CASES = Path(__file__).parent / "cases"


# -- topics -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("key", list(topics()))
def test_every_topic_cites_real_articles_of_both_cities(corpus, key):
    per_city = compare_topic(corpus, key)
    assert set(per_city) == set(corpus.jurisdictions)
    for code, cites in per_city.items():
        assert cites, f"{key}: nothing for {code}"
        for c in cites:
            assert c.doc_id == corpus.jurisdictions[code].doc_id
            assert c.text and c.text in corpus.article(c.doc_id, c.article).text


def test_topics_file_names_only_regulations_of_the_corpus(corpus):
    for t in topics().values():
        assert set(t.refs) <= set(corpus.by_id), t.key


@pytest.mark.parametrize("code,chapters,articles", [("lianyungang", 7, 52), ("chongqing", 1, 44)])
def test_table_of_contents(corpus, code, chapters, articles):
    toc = table_of_contents(corpus, code)
    assert len(toc) == chapters
    ids = [aid for ch in toc for aid, _ in ch.articles]
    assert len(ids) == articles and ids[0].endswith(":1")
    if chapters > 1:
        assert "总" in toc[0].title and "附" in toc[-1].title


@pytest.mark.parametrize("query,jurisdiction,expected", [
    ("带薪年休假", None, ["lianyungang-2021:38:1"]),
    ("回避", "chongqing", ["chongqing-2021:22:1"]),   # one hit per article: its first paragraph naming it
    ("迴避", "chongqing", ["chongqing-2021:22:1"]),      # traditional characters
    ("警务辅助人员 宣誓", "lianyungang", ["lianyungang-2021:24"]),
    ("辅警 宣誓", "lianyungang", ["lianyungang-2021:24"]),                       # 辅警 = 警务辅助人员
    ("技术侦察", None, ["chongqing-2021:19:1:1", "lianyungang-2021:13:1:2"]),
    ("火星", None, []),
    ("   ", None, []),
])
def test_full_text_search(corpus, query, jurisdiction, expected):
    assert [c.id for c in search_articles(corpus, query, jurisdiction)] == expected


# -- quiz -------------------------------------------------------------------------------------------
FACTS = yaml.safe_load((CASES / "quiz_facts.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("fact", FACTS, ids=lambda f: f"{f['jurisdiction']}-{'-'.join(f['contains'])}")
def test_quiz_states_the_texts(corpus, fact):
    found = [q for q in question_pool(corpus, fact["jurisdiction"])
             if q.kind == fact["kind"] and all(w in q.question for w in fact["contains"])]
    assert found, f"no {fact['kind']} question containing {fact['contains']}"
    for q in found:
        assert q.verdict == fact["verdict"], q.question
        assert q.choices[q.answer_index] == CHOICES[q.kind][fact["verdict"]]


@pytest.mark.parametrize("code", list(Corpus.load().jurisdictions))
def test_every_question_is_well_formed_and_cited(corpus, code):
    pool = question_pool(corpus, code)
    assert {q.kind for q in pool} == set(CHOICES)
    assert len({q.question for q in pool}) == len(pool), "duplicate questions"
    for q in pool:
        assert 0 <= q.answer_index < len(q.choices) and q.explanation
        assert q.citation is not None and q.citation.doc_id == corpus.jurisdictions[code].doc_id
        assert corpus.citation(q.citation.doc_id, q.citation.article, q.citation.paragraph,
                               q.citation.item).text == q.citation.text


def test_quiz_is_reproducible_and_mixed(corpus):
    a = make_quiz(corpus, n=8, seed=42)
    assert [q.question for q in a] == [q.question for q in make_quiz(corpus, n=8, seed=42)]
    assert [q.question for q in a] != [q.question for q in make_quiz(corpus, n=8, seed=43)]
    assert len(a) == 8 and {q.kind for q in a} == set(CHOICES)
    only = make_quiz(corpus, n=5, seed=1, jurisdiction="lianyungang")
    assert {q.jurisdiction for q in only} == {"lianyungang"}


def test_grading(corpus):
    quiz = make_quiz(corpus, n=4, seed=7)
    right = [q.answer_index for q in quiz]
    assert grade(quiz, right).score == 4
    wrong = [(i + 1) % len(q.choices) for q, i in zip(quiz, right)]
    assert grade(quiz, wrong).score == 0
    partial = grade(quiz, right[:2])   # unanswered questions count as wrong
    assert (partial.score, partial.total, partial.correct) == (2, 4, (True, True, False, False))

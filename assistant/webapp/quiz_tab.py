"""The 培训测验 tab: a quiz from :func:`assistant.quiz.make_quiz`, one ``gr.Radio`` per question,
graded with :func:`assistant.quiz.grade` into a score and an answer key with citations."""

from __future__ import annotations

import logging
from html import escape

from ..quiz import grade, make_quiz
from . import render_html as R
from .state import get_corpus

log = logging.getLogger("assistant.webapp")
MAX_QUESTIONS = 10
LETTERS = "ABCDEFGH"


def _where(q) -> str:
    name = R.place(get_corpus(), q.jurisdiction) if q.jurisdiction else ""
    return f"【{name}】" if name else ""


def _radio_updates(quiz):
    import gradio as gr

    ups = []
    for i in range(MAX_QUESTIONS):
        if i < len(quiz):
            q = quiz[i]
            label = f"{i + 1}. {_where(q)}{q.question}"
            choices = [(f"{LETTERS[k]}. {c}", k) for k, c in enumerate(q.choices)]
            ups.append(gr.update(visible=True, label=label, choices=choices, value=None))
        else:
            ups.append(gr.update(visible=False, value=None, choices=[]))
    return ups


def new_quiz(jurisdiction, n, seed):
    """→ [quiz state, status, key HTML, *radio updates]."""
    try:
        n = max(1, min(MAX_QUESTIONS, int(n or MAX_QUESTIONS)))
        quiz = make_quiz(get_corpus(), n=n, seed=int(seed or 0), jurisdiction=jurisdiction or None)
    except Exception:  # noqa: BLE001
        log.exception("quiz failed")
        return [None, R.message_html("暂时无法出题，请稍后再试。", "error"), ""] + _radio_updates([])
    status = f'<div class="fj-hint">共 {len(quiz)} 题，选好答案后点“交卷”。</div>'
    return [quiz, status, ""] + _radio_updates(quiz)


def submit(quiz, *answers):
    """Score plus the answer key: each question, the right choice, the explanation and its article."""
    if not quiz:
        return R.message_html("请先点“出题”。", "warn")
    given = [a if a is None else int(a) for a in answers[:len(quiz)]]
    try:
        result = grade(quiz, given)
        corpus = get_corpus()
    except Exception:  # noqa: BLE001
        log.exception("grading failed")
        return R.message_html("判分时出了点问题，请重新出题。", "error")
    kind = "green" if result.score == result.total else ("amber" if result.score * 2 >= result.total else "red")
    head = (f'<div class="fj-score"><span class="fj-badge fj-badge-{kind}">得分 {result.score} / {result.total}'
            f"</span></div>")
    rows = []
    for i, q in enumerate(quiz):
        mine = given[i] if i < len(given) else None
        right = mine == q.answer_index
        mine_txt = f"{LETTERS[mine]}. {q.choices[mine]}" if mine is not None and 0 <= mine < len(q.choices) \
            else "未作答"
        rows.append(
            f'<div class="fj-key {"fj-ok" if right else "fj-bad"}"><div class="fj-key-q">'
            f'<span class="fj-mark">{"✓" if right else "✗"}</span>{i + 1}. {escape(_where(q))}{escape(q.question)}</div>'
            f'<div class="fj-key-a">正确答案：<b>{LETTERS[q.answer_index]}. {escape(q.choices[q.answer_index])}</b>'
            f'　你的答案：{escape(mine_txt)}</div>'
            f'<div class="fj-key-e">{escape(q.explanation or "")}</div>'
            + (R.citation_html(corpus, q.citation) if q.citation is not None else "") + "</div>")
    return head + "".join(rows)

"""The chat tab and the ``/ask`` API endpoint.

- :func:`ask_api` — the one public endpoint: ``(question, jurisdiction, role)`` → the JSON object of
  ``assistant ask --json`` (``Answer.to_dict()``); errors → ``{"abstained": true, "error": …}``.
- :func:`respond` — a chat turn, streamed: pending → verdict → reasons → texts. Short follow-ups
  ("那重庆呢？") reuse the previous question (:func:`~.followup.follow_up`).
- :func:`conversation_markdown` / :func:`export_conversation` — the conversation as Markdown with
  its citations.

Privacy: the log records intent, verdicts and latency, never the question — unless the operator
started the app with ``--debug`` / ``ASSISTANT_DEBUG=1``.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from datetime import datetime
from pathlib import Path

from .. import yamlfile
from ..corpus import Corpus
from ..errors import AssistantError
from ..places import all_of, choices, places
from ..rules.base import role_name
from . import render_html as R
from .feedback import make_record, save_feedback
from .followup import follow_up
from .state import get_assistant

log = logging.getLogger("assistant.webapp")

ROLE_CHOICES = [("未说明", ""), ("勤务", "勤务"), ("文职", "文职")]
GENERIC_ERROR = "抱歉，处理这个问题时出了点问题，请换个说法再试，或稍后再试。"
EXAMPLES_FILE = Path(__file__).resolve().parent.parent / "data" / "examples.yaml"


def jurisdiction_choices(corpus: Corpus) -> list[tuple[str, str]]:
    """The chat's city selector: 不限, then every city of the corpus by its short name."""
    return choices(corpus, everywhere="不限")


def examples(corpus: Corpus) -> dict[str, list[str]]:
    """User group → example questions (``data/examples.yaml``), their placeholders filled from the corpus
    metadata: ``{city}`` and ``{title}`` take the regulations in turn, ``{all}`` names them all.

    >>> ex = examples(Corpus.load())
    >>> ex["执勤辅警"][0], ex["培训教官"][0]
    ('重庆的文职辅警可以参与巡逻吗？', '两地对辅警待遇保障的规定有何不同？')
    """
    cities = places(corpus)
    turn = 0
    out: dict[str, list[str]] = {}
    for group, templates in yamlfile.safe_load(EXAMPLES_FILE.read_text(encoding="utf-8")).items():
        out[group] = []
        for t in templates:
            p = cities[turn % len(cities)]
            if "{city}" in t or "{title}" in t:
                turn += 1
            out[group].append(t.format(city=p.short_name, title=p.short_title, all=all_of(corpus)))
    return out


def debug_enabled() -> bool:
    return os.environ.get("ASSISTANT_DEBUG", "").lower() in ("1", "true", "yes")


def _log_answer(answer, question: str) -> None:
    verdicts = ",".join(d.verdict for d in answer.checks) or ("abstained" if answer.abstained else "lookup")
    if debug_enabled():
        log.info("answered intent=%s verdicts=%s latency_ms=%.0f question=%r", answer.intent, verdicts,
                 answer.latency_ms, question)
    else:
        log.info("answered intent=%s verdicts=%s latency_ms=%.0f", answer.intent, verdicts, answer.latency_ms)


def error_dict(message: str) -> dict:
    return {"id": None, "answer": message, "abstained": True, "citations": [], "checks": [], "jurisdictions": [],
            "role": None, "intent": None, "latency_ms": 0.0, "error": message}


def ask_api(question: str, jurisdiction: str = "", role: str = "") -> dict:
    """Answer one question; the same JSON object as ``assistant ask --json``.

    jurisdiction: a jurisdiction code of the corpus or "" (every city); role: "勤务", "文职" or "" (not said).
    Errors never raise: they come back as ``{"abstained": true, "error": "<中文说明>"}``.
    """
    try:
        answer = get_assistant().ask(question, jurisdiction=jurisdiction or None, role=role or None)
    except AssistantError as exc:
        return error_dict(str(exc))
    except Exception:  # noqa: BLE001 — an API caller gets a message, the log gets the traceback
        log.exception("ask failed")
        return error_dict(GENERIC_ERROR)
    _log_answer(answer, answer.question)
    return answer.to_dict()


def _context_text(jurisdiction: str | None, role: str | None, rewritten: str | None) -> str:
    parts = []
    if rewritten:
        parts.append(f"追问：按“{rewritten}”回答")
    facts = [R.place(get_assistant().corpus, jurisdiction) if jurisdiction else "",
             role_name(role) if role else ""]
    facts = [f for f in facts if f]
    if facts:
        parts.append("·".join(facts))
    return "　".join(parts)


def _last_answered(turns: list[dict]) -> dict | None:
    for t in reversed(turns):
        if t.get("answer") and not t["answer"].get("error"):
            return t
    return None


def respond(message, jurisdiction, role, turns):
    """One chat turn. Yields ``(conversation HTML, turns, textbox value)`` as the answer is composed."""
    turns = list(turns or [])
    text = (message or "").strip()
    if not text:
        notice = {"question_html": "", "answer_html": R.message_html(
            "请输入问题，例如：“文职辅警可以参与巡逻吗？”", "warn")}
        yield R.conversation_html(turns + [notice]), turns, ""
        return
    prev = _last_answered(turns)
    question, j_over, r_over = follow_up(prev["question"] if prev else None, text, get_assistant().corpus)
    is_follow = bool(prev) and (j_over or r_over)
    if is_follow:
        jur = j_over or prev["jurisdiction"]
        rol = r_over or prev["role"]
    else:
        question, jur, rol = text, jurisdiction or None, role or None
    turn = {"question": question, "shown": text, "jurisdiction": jur, "role": rol, "answer": None,
            "question_html": R.question_html(text, _context_text(jur, rol, question if is_follow else None)),
            "answer_html": R.pending_html()}
    yield R.conversation_html(turns + [turn]), turns, ""
    try:
        answer = get_assistant().ask(question, jurisdiction=jur, role=rol)
    except AssistantError as exc:
        turn["answer_html"] = R.message_html(str(exc), "warn")
        turn["answer"] = {"error": str(exc)}
        turns.append(turn)
        yield R.conversation_html(turns), turns, ""
        return
    except Exception:  # noqa: BLE001
        log.exception("chat turn failed")
        turn["answer_html"] = R.message_html(GENERIC_ERROR, "error")
        turn["answer"] = {"error": GENERIC_ERROR}
        turns.append(turn)
        yield R.conversation_html(turns), turns, ""
        return
    _log_answer(answer, question)
    data = answer.to_dict()
    data["question"] = answer.question
    turn["answer"] = data
    turn["text"] = answer.text
    for stage in R.answer_stages(get_assistant().corpus, answer):
        turn["answer_html"] = stage
        yield R.conversation_html(turns + [turn]), turns, ""
        time.sleep(0.05)
    turns.append(turn)
    yield R.conversation_html(turns), turns, ""


def clear():
    return R.conversation_html([], R.empty_screen(get_assistant().corpus)), [], "", None, ""


# -- export -----------------------------------------------------------------------------------------
def conversation_markdown(turns: list[dict]) -> str:
    """The conversation as Markdown: each question, the answer text, and the citations it rests on."""
    out = ["# 辅警法规助手 · 对话记录", "", f"导出时间：{datetime.now():%Y-%m-%d %H:%M}", ""]
    for i, t in enumerate(turns or [], 1):
        ans = t.get("answer") or {}
        out.append(f"## {i}. 问：{t.get('shown') or t.get('question')}")
        if t.get("shown") and t.get("question") != t.get("shown"):
            out.append(f"（按“{t['question']}”回答）")
        out.append("")
        if ans.get("error"):
            out += [ans["error"], ""]
            continue
        out += [t.get("text") or ans.get("answer", ""), ""]
        if ans.get("citations"):
            out.append("**引用条文：**")
            out.append("")
            for c in ans["citations"]:
                out.append(f"- {c['label']}：{c['text']}")
            out.append("")
    out.append("> 回答仅供参考，以所在公安机关的安排和有权机关的解释为准。")
    return "\n".join(out) + "\n"


def export_conversation(turns):
    """Write the Markdown to a fresh temporary file and return its path (``None`` when empty)."""
    if not turns:
        return None
    folder = Path(tempfile.mkdtemp(prefix="fujing-export-"))
    path = folder / f"辅警法规助手对话-{datetime.now():%Y%m%d-%H%M}.md"
    path.write_text(conversation_markdown(turns), encoding="utf-8")
    return str(path)


# -- feedback ---------------------------------------------------------------------------------------
def rate(rating: str, comment: str, include_question: bool, turns) -> tuple[str, str]:
    """Store 👍/👎 for the latest answer; returns (status message, cleared comment)."""
    last = _last_answered(list(turns or []))
    if last is None:
        return "请先提问，再评价回答。", comment or ""
    try:
        save_feedback(make_record(rating, last["answer"], comment or "", bool(include_question)))
    except Exception:  # noqa: BLE001
        log.exception("feedback not saved")
        return "反馈未能保存，请稍后再试。", comment or ""
    return ("谢谢，已记录您的反馈。" if rating == "up" else "谢谢，已记录，我们会核查这个回答。"), ""

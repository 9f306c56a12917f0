"""👍/👎 feedback, stored locally as JSON Lines in ``<data dir>/feedback/feedback.jsonl``.

One line per click, exactly the keys of :data:`FIELDS`:

- ``ts`` — UTC time, ISO 8601 (seconds)
- ``rating`` — ``"up"`` or ``"down"``
- ``comment`` — the optional comment the user typed (at most 500 characters)
- ``question`` — the question text, **only** when the user ticked “附上问题原文”; otherwise ``null``
- ``jurisdictions``, ``role``, ``intent``, ``abstained`` — how the question was answered
- ``verdicts`` — the verdict names of the answer's checks
- ``citations`` — the ids of the cited units (``chongqing-2021:19:1:3``)

No user name, IP address, session id or answer text is stored.
"""

from __future__ import annotations

import json
import threading
from datetime import datetime, timezone
from pathlib import Path

from .. import config

FIELDS = ("ts", "rating", "comment", "question", "jurisdictions", "role", "intent", "abstained", "verdicts",
          "citations")
MAX_COMMENT = 500
_lock = threading.Lock()


def feedback_path() -> Path:
    return config.data_dir() / "feedback" / "feedback.jsonl"


def make_record(rating: str, answer: dict | None, comment: str = "", include_question: bool = False) -> dict:
    """The line stored for one click. ``answer`` is the ``Answer.to_dict()`` of the rated answer plus
    its ``question``."""
    if rating not in ("up", "down"):
        raise ValueError(f"rating must be 'up' or 'down', not {rating!r}")
    answer = answer or {}
    return {
        "ts": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "rating": rating,
        "comment": (comment or "").strip()[:MAX_COMMENT],
        "question": answer.get("question") if include_question else None,
        "jurisdictions": list(answer.get("jurisdictions") or []),
        "role": answer.get("role"),
        "intent": answer.get("intent"),
        "abstained": answer.get("abstained"),
        "verdicts": [c.get("verdict") for c in answer.get("checks") or []],
        "citations": [":".join(str(x) for x in (c["doc_id"], c["article"], c.get("paragraph"), c.get("item"))
                               if x is not None) for c in answer.get("citations") or []],
    }


def save_feedback(record: dict) -> Path:
    """Append one record (only the keys of :data:`FIELDS`) and return the file."""
    path = feedback_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps({k: record.get(k) for k in FIELDS}, ensure_ascii=False)
    with _lock, path.open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")
    return path

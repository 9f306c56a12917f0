"""The one :class:`~assistant.answer.Assistant` of the process, shared by every session.

Built lazily on first use (opening the index takes a few seconds) unless one is injected
(``build_app(assistant=...)``, used by the tests with a fake-embedding index). The Assistant is
thread-safe to share, so Gradio's worker threads all use it.
"""

from __future__ import annotations

import threading

from ..answer import Assistant

_lock = threading.Lock()
_assistant: Assistant | None = None


def set_assistant(assistant: Assistant | None) -> None:
    global _assistant
    with _lock:
        _assistant = assistant


def get_assistant() -> Assistant:
    global _assistant
    if _assistant is None:
        with _lock:
            if _assistant is None:
                _assistant = Assistant()
    return _assistant


def get_corpus():
    return get_assistant().corpus

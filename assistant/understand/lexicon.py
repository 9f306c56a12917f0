"""The language vocabularies (``assistant/rules/data/language/*.yaml``), loaded once.

Each file holds the words of one concern (how a question is framed, the situation, records, education,
relations, intents, places, dates, priority) and the examples ``tests/test_language.py`` runs. Code
reads structure; words live in data, beside the rule data they serve.

>>> "让我" in words("frame", "requests")
True
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from .. import yamlfile
from ..errors import CorpusError

LANGUAGE_DIR = Path(__file__).resolve().parent.parent / "rules" / "data" / "language"


@lru_cache(maxsize=None)
def vocabulary(name: str) -> dict:
    """The parsed ``<name>.yaml`` of the language data."""
    path = LANGUAGE_DIR / f"{name}.yaml"
    try:
        data = yamlfile.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CorpusError(path, f"语言数据无法读取：{exc}") from None
    if not isinstance(data, dict):
        raise CorpusError(path, "语言数据应为映射（键: 值）")
    return data


@lru_cache(maxsize=None)
def words(name: str, key: str) -> tuple[str, ...]:
    """The phrase list ``key`` of vocabulary ``name``, longest first (so a longer phrase wins a tie)."""
    value = vocabulary(name).get(key) or ()
    return tuple(sorted((str(w) for w in value), key=lambda w: -len(w)))


def examples(name: str) -> list | dict:
    return vocabulary(name).get("examples") or []


def is_verb(word: str, flag: str) -> bool:
    """A verb by jieba's tag, or one jieba mistags ("清点" as a noun, "拷" as zg): the verbs of
    ``frame.yaml`` are verbs whatever the tagger says, its ``not_verbs`` never."""
    if word in _nouns():
        return False
    return flag in ("v", "vd", "vi", "vg") or word in _verbs() or len(word) == 1 and flag == "zg"


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    """Nouns jieba tags as verbs ("驾照": "扣我行驶证和驾照" joins two things, not two acts)."""
    return frozenset(words("frame", "not_verbs"))


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(words("frame", "verbs"))

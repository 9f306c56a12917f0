"""Loads the rule data files (``data/<tool>/<doc_id>.yaml``) and resolves their references.

A regulation's data are found by its doc_id: in the package (``assistant/rules/data``) or, for a
regulation the package has none for, in the directory ``ASSISTANT_RULES_DIR`` names, laid out the same
way (``<tool>/<doc_id>.yaml``). One file per tool and regulation: the same file in both is refused,
so a copy never silently overrides the reviewed data. A data file is read once per process.

A reference is ``"article[:paragraph[:item]]"``; it becomes a :class:`~assistant.models.Citation`
through the corpus, so a reference to a unit that does not exist fails at load time, and a
``wording`` that is not in the cited text is refused too (the statutory words must be verbatim).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from .. import yamlfile
from ..config import rules_dir
from ..corpus import Corpus
from ..errors import CorpusError
from ..models import Citation

DATA_DIR = Path(__file__).parent / "data"


def data_dirs() -> tuple[Path, ...]:
    """Where rule data are looked for: the package's, then ``ASSISTANT_RULES_DIR`` when set."""
    extra = rules_dir()
    return (DATA_DIR,) if extra is None else (DATA_DIR, extra)


def data_file(tool: str, doc_id: str) -> Path:
    """The data file of ``doc_id`` for ``tool`` (the package's path when there is none anywhere)."""
    found = [d / tool / f"{doc_id}.yaml" for d in data_dirs() if (d / tool / f"{doc_id}.yaml").exists()]
    if len(found) > 1:
        raise CorpusError(found[1], f"规则数据与 {found[0]} 重复：每部规定每个工具只能有一份规则数据")
    return found[0] if found else DATA_DIR / tool / f"{doc_id}.yaml"


def load_data(tool: str, doc_id: str) -> dict | None:
    """The parsed data file, or ``None`` when the regulation has no rules for this tool."""
    path = data_file(tool, doc_id)
    return _parsed(path, doc_id) if path.exists() else None


@lru_cache(maxsize=None)
def _parsed(path: Path, doc_id: str) -> dict:
    try:
        data = yamlfile.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CorpusError(path, f"规则数据无法解析：{exc}") from None
    if not isinstance(data, dict) or data.get("doc_id") != doc_id:
        raise CorpusError(path, f"规则数据的 doc_id 应为 {doc_id}")
    return data


def parse_ref(ref) -> tuple[int, int | None, int | None]:
    parts = [int(p) for p in str(ref).split(":")]
    padded = parts + [None] * (3 - len(parts))
    return padded[0], padded[1], padded[2]


def cite(corpus: Corpus, doc_id: str, ref, wording: str = "") -> Citation:
    """The citation of ``ref``; ``wording`` must occur verbatim in its text."""
    article, paragraph, item = parse_ref(ref)
    if not corpus.exists(doc_id, article, paragraph, item):
        raise CorpusError(data_file("?", doc_id), f"规则数据引用了不存在的条文 {doc_id}:{ref}")
    c = corpus.citation(doc_id, article, paragraph, item)
    if wording and wording not in c.text:
        raise CorpusError(data_file("?", doc_id), f"规则数据的条文措辞与原文不符：{doc_id}:{ref} {wording!r}")
    return c

"""No city is named in code: every string constant of ``assistant/**/*.py`` that is not a docstring is free
of the words naming the corpus's cities — codes, names, short names, provinces and aliases, read from
``corpus/*.toml`` — and of "两地" (code that says "both cities" assumes there are two). Cities come from
the metadata (``assistant/places.py``); words for all cities at once are language data
(``assistant/rules/data/language``).

``python tests/test_no_city_literals.py`` lists every such literal, with its file and line.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "assistant"


def city_words() -> set[str]:
    words = {"两地"}
    for path in sorted((ROOT / "corpus").glob("*.toml")):
        meta = tomllib.loads(path.read_text(encoding="utf-8"))
        words |= {meta["jurisdiction"], meta["jurisdiction_name"], meta["short_name"], meta["province"],
                  *meta.get("jurisdiction_aliases", [])}
    return words


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                out.add(id(first.value))
    return out


def city_literals(source: str, words: set[str]) -> list[tuple[int, str]]:
    """(line, constant) of every non-docstring string constant naming a city (f-string parts included).

    >>> source = "def f():\\n    '重庆 in a docstring'\\n    return f'{x}去连云港'\\n"
    >>> city_literals(source, {"重庆", "连云港"})
    [(3, '去连云港')]
    """
    tree = ast.parse(source)
    docs = _docstrings(tree)
    return sorted((node.lineno, node.value) for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
                  and any(_names(w, node.value) for w in words))


def _names(word: str, text: str) -> bool:
    """Whether ``text`` holds ``word``; a Latin word only as a whole word ('cq' is not in 'acquaintance').

    >>> _names("cq", "acquaintance"), _names("cq", "cq辅警"), _names("重庆", "去重庆市")
    (False, True, True)
    """
    if word.isascii():
        return re.search(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])", text, re.IGNORECASE) is not None
    return word in text


def all_literals() -> dict[str, list[tuple[int, str]]]:
    words = city_words()
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        hits = city_literals(path.read_text(encoding="utf-8"), words)
        if hits:
            found[path.relative_to(ROOT).as_posix()] = hits
    return found


def test_the_words_come_from_the_metadata():
    words = city_words()
    assert {"两地", "连云港", "重庆", "江苏", "lianyungang", "chongqing"} <= words   # the corpus of today, at least
    assert city_literals('x = "两地对照"\nprint("江苏")\n', words) == [(1, "两地对照"), (2, "江苏")]


def test_no_city_is_named_in_code():
    found = all_literals()
    assert not found, f"city names in code (read them from assistant/places.py): {found}"


if __name__ == "__main__":
    total = 0
    for path, hits in all_literals().items():
        for line, text in hits:
            print(f"{path}:{line}: {text[:100]!r}")
            total += 1
    print(f"{total} city literals in assistant/**/*.py outside docstrings", file=sys.stderr)

"""What the repository's own words point at exists: file paths named in the comments of the data files,
and every environment variable the package reads is documented (README; config.py for its own)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA_FILES = sorted(p for d in ("assistant/data", "assistant/rules/data") for p in (ROOT / d).rglob("*")
                    if p.suffix in (".yaml", ".txt"))
PATH_RE = re.compile(r"\b(?:[\w.-]+/)+[\w.-]+\.(?:py|yaml|txt|md|toml)\b")


def named_paths(path: Path) -> list[str]:
    comments = [line.split("#", 1)[1] for line in path.read_text(encoding="utf-8").splitlines() if "#" in line]
    return [m.group(0) for c in comments for m in PATH_RE.finditer(c)]


def resolves(name: str, where: Path) -> bool:
    """A path as the comments write them: from the repository, the package, the rule data or the file's folder."""
    bases = (ROOT, ROOT / "assistant", ROOT / "assistant" / "rules", ROOT / "assistant" / "rules" / "data", where)
    return any((base / name).exists() for base in bases)


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_paths_named_in_data_file_comments_exist(path):
    missing = [n for n in named_paths(path) if not resolves(n, path.parent)]
    assert not missing, f"{path.relative_to(ROOT)} names files that do not exist: {missing}"


def test_a_stale_reference_is_caught(tmp_path):
    f = tmp_path / "x.yaml"
    f.write_text("# checked by tests/test_nothing_here.py and assistant/rules/duty.py\nkey: 1\n", encoding="utf-8")
    assert [n for n in named_paths(f) if not resolves(n, tmp_path)] == ["tests/test_nothing_here.py"]


VARIABLE_RE = re.compile(r"""["'](ASSISTANT_[A-Z_]+)["']""")


def documented(name: str, text: str) -> bool:
    """Named in full, or on a line that names its family ("`ASSISTANT_CHROMA_HOST` / `_PORT` / `_SSL`")."""
    stem, _, last = name.rpartition("_")
    return name in text or any(f"`_{last}`" in line and stem in line for line in text.splitlines())


def test_every_environment_variable_is_documented():
    read = {m.group(1) for p in (ROOT / "assistant").rglob("*.py")
            for m in VARIABLE_RE.finditer(p.read_text(encoding="utf-8"))}
    assert {"ASSISTANT_DATA_DIR", "ASSISTANT_CHROMA_SSL", "ASSISTANT_RULES_DIR", "ASSISTANT_HOST"} <= read
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [v for v in sorted(read) if not documented(v, readme)] == []
    config = (ROOT / "assistant" / "config.py").read_text(encoding="utf-8")
    table = config.split('"""')[1]   # the module docstring: a table of the variables config.py reads
    assert [v for v in sorted(set(VARIABLE_RE.findall(config))) if f"``{v}``" not in table] == []


def test_a_family_line_documents_only_its_own_names():
    line = "| `ASSISTANT_CHROMA_HOST` / `_PORT` / `_SSL` | … |"
    assert documented("ASSISTANT_CHROMA_SSL", line) and not documented("ASSISTANT_CHROMA_TLS", line)
    assert not documented("ASSISTANT_OTHER_PORT", line)

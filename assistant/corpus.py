"""The corpus directory: one ``<doc_id>.toml`` (metadata) beside one ``<doc_id>.txt`` (original text).

>>> corpus = Corpus.load()
>>> corpus.citation("chongqing-2021", 19, 1, 3).label
'《重庆市公安机关警务辅助人员条例》第十九条第一款第（三）项'
"""

from __future__ import annotations

import hashlib
import re
import shutil
import threading
import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Callable, Hashable, TypeVar

from .config import corpus_dir
from .errors import CorpusError
from .models import Article, Citation, Metadata, Regulation, parse_unit_id
from .numerals import int_to_cn
from .parser import parse_regulation

REQUIRED_FIELDS = ("doc_id", "title", "short_title", "jurisdiction", "jurisdiction_name", "short_name", "province",
                   "kind", "issuer", "document_number", "adopted", "issued", "in_force_from", "status", "text_file")
TEXT_FIELDS = ("doc_id", "title", "short_title", "jurisdiction", "jurisdiction_name", "short_name", "province", "kind",
               "issuer", "document_number", "status", "text_file")
DATE_FIELDS = ("adopted", "issued", "in_force_from")
STATUSES = ("in_force", "repealed")
SHA256_RE = re.compile(r"[0-9a-f]{64}")
T = TypeVar("T")
# a jurisdiction code is an option value (--jurisdiction, the web app's selectors, JSON): plain ASCII
CODE_RE = re.compile(r"[a-z][a-z0-9_]*")


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, as recorded in the ``sha256`` metadata field."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_metadata(path: Path) -> Metadata:
    """Read and check one metadata file; every problem names the file."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CorpusError(path, f"元数据文件无法读取：{exc}") from None
    missing = [f for f in REQUIRED_FIELDS if not raw.get(f)]
    if missing:
        raise CorpusError(path, f"缺少元数据字段：{', '.join(missing)}")
    for f in TEXT_FIELDS:
        if not isinstance(raw[f], str) or raw[f] != raw[f].strip():
            raise CorpusError(path, f"元数据字段 {f} 应为文字（前后不带空格）：{raw[f]!r}")
    if not CODE_RE.fullmatch(raw["jurisdiction"]):
        raise CorpusError(path, f"jurisdiction 应以小写英文字母开头、只含小写字母、数字和下划线：{raw['jurisdiction']!r}")
    if raw["status"] not in STATUSES:
        raise CorpusError(path, f"status 应为 {' / '.join(STATUSES)} 之一：{raw['status']!r}")
    aliases = raw.get("jurisdiction_aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise CorpusError(path, f"jurisdiction_aliases 应为非空文字的列表：{aliases!r}")
    shared = raw.get("shared_place_names", [])
    if not isinstance(shared, list) or not all(isinstance(a, str) and a.strip() for a in shared):
        raise CorpusError(path, f"shared_place_names 应为非空文字的列表：{shared!r}")
    dialect = raw.get("dialect_words", [])
    if not isinstance(dialect, list) or not all(isinstance(a, str) and a.strip() for a in dialect):
        raise CorpusError(path, f"dialect_words 应为非空文字的列表：{dialect!r}")
    if not isinstance(raw.get("repeals", []), list):
        raise CorpusError(path, f"repeals 应为列表：{raw['repeals']!r}")
    for f in DATE_FIELDS:
        value = raw[f]
        if isinstance(value, str):
            try:
                raw[f] = date.fromisoformat(value)
            except ValueError:
                raise CorpusError(path, f"日期字段 {f} 不是 YYYY-MM-DD：{value!r}") from None
        elif not isinstance(value, date):
            raise CorpusError(path, f"日期字段 {f} 不是日期：{value!r}")
    if ":" in raw["doc_id"] or raw["doc_id"] != raw["doc_id"].strip():
        raise CorpusError(path, f"doc_id 不能含冒号或空格：{raw['doc_id']!r}")
    sha = raw.get("sha256", "")
    if not isinstance(sha, str) or (sha and not SHA256_RE.fullmatch(sha)):
        raise CorpusError(path, f"sha256 应为 64 位小写十六进制数：{sha!r}")
    fields = {k: raw[k] for k in REQUIRED_FIELDS}
    fields["repeals"] = tuple(raw.get("repeals", ()))
    fields["jurisdiction_aliases"] = tuple(aliases)
    fields["shared_place_names"] = tuple(shared)
    fields["dialect_words"] = tuple(dialect)
    fields["sha256"] = sha
    return Metadata(**fields)


def load_regulation(meta_path: Path) -> Regulation:
    """Load the regulation described by ``meta_path`` (its text file sits beside it).

    When the metadata records the text's ``sha256``, a text that differs from it is refused: the
    corpus holds originals, and an edited copy must not pass for one.
    """
    meta = read_metadata(meta_path)
    text_path = meta_path.parent / meta.text_file
    try:
        data = text_path.read_bytes()
    except FileNotFoundError:
        raise CorpusError(meta_path, f"找不到正文文件 {meta.text_file}") from None
    if meta.sha256:
        actual = hashlib.sha256(data).hexdigest()
        if actual != meta.sha256:
            raise CorpusError(text_path, f"正文与元数据记录的 SHA-256 不符（记录 {meta.sha256[:12]}…，实际 "
                                         f"{actual[:12]}…）：原文不得改动；若确为新的原文，请更新 {meta_path.name} "
                                         f"中的 sha256")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise CorpusError(text_path, "正文不是 UTF-8 编码") from None
    return parse_regulation(text, meta, path=text_path)


def check_distinct(loaded: list[tuple[Path, Regulation]]) -> None:
    """Regulations of one corpus must not share a doc_id, a jurisdiction (one regulation per code: the
    code is how a question, an option and a citation find the text) or a word naming it (a question
    naming "重庆" must name one city)."""
    doc_ids: dict[str, Path] = {}
    codes: dict[str, Path] = {}
    words: dict[str, tuple[Path, str]] = {}
    for path, reg in loaded:
        m = reg.meta
        if m.doc_id in doc_ids:
            raise CorpusError(path, f"doc_id {m.doc_id} 与 {doc_ids[m.doc_id].name} 重复")
        doc_ids[m.doc_id] = path
        if m.jurisdiction in codes:
            raise CorpusError(path, f"辖区 {m.jurisdiction} 已由 {codes[m.jurisdiction].name} 使用（每个辖区一部规定）")
        codes[m.jurisdiction] = path
        for w in m.names():
            if w in words and words[w][1] != m.jurisdiction:
                raise CorpusError(path, f"辖区名称“{w}”已用于 {words[w][0].name} 的辖区 {words[w][1]}")
            words[w] = (path, m.jurisdiction)


@dataclass(frozen=True)
class Corpus:
    """All regulations of the corpus directory, by doc_id.

    What is computed from a corpus once (its sentences, the quiz questions of its rule data …) is kept by
    the corpus itself (:meth:`derived`): it lives and goes with it, and two corpora in one process (a
    test's own beside the real one) never see each other's.
    """

    regulations: tuple[Regulation, ...]
    _derived: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _derived_lock: threading.RLock = field(default_factory=threading.RLock, init=False, repr=False, compare=False)

    @classmethod
    def load(cls, directory: Path | None = None) -> "Corpus":
        directory = Path(directory or corpus_dir())
        metas = sorted(directory.glob("*.toml"))
        if not metas:
            raise CorpusError(directory, "语料目录中没有任何法规元数据文件（*.toml）")
        regs = [load_regulation(p) for p in metas]
        check_distinct(list(zip(metas, regs)))
        return cls(tuple(regs))

    def derived(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()`` once for this corpus under ``key`` (a module's name and what it computes), then kept.

        >>> corpus = Corpus.load()
        >>> corpus.derived("demo.count", lambda: len(corpus.articles())) == corpus.derived("demo.count", list)
        True
        """
        with self._derived_lock:   # re-entrant: one derived value may be computed from another
            if key not in self._derived:
                self._derived[key] = compute()
            return self._derived[key]

    # -- lookup -----------------------------------------------------------------
    @cached_property
    def by_id(self) -> dict[str, Regulation]:
        return {r.doc_id: r for r in self.regulations}

    @cached_property
    def jurisdictions(self) -> dict[str, Regulation]:
        """Jurisdiction code → its regulation (one regulation per jurisdiction today)."""
        return {r.meta.jurisdiction: r for r in self.regulations}

    def regulation(self, doc_id: str) -> Regulation:
        try:
            return self.by_id[doc_id]
        except KeyError:
            raise KeyError(f"no regulation {doc_id!r} in the corpus") from None

    def articles(self) -> list[Article]:
        return [a for r in self.regulations for a in r.articles]

    def article(self, doc_id: str, number: int) -> Article:
        return self.regulation(doc_id).article(number)

    # -- citations --------------------------------------------------------------
    def label(self, doc_id: str, article: int, paragraph: int | None = None, item: int | None = None) -> str:
        """Chinese pinpoint label, e.g. ``《重庆市公安机关警务辅助人员条例》第十九条第一款第（三）项``.

        The paragraph is named only where the article has several (as statutes are cited).
        """
        art = self.article(doc_id, article)
        label = f"《{self.regulation(doc_id).meta.title}》{art.heading}"
        if paragraph is not None and len(art.paragraphs) > 1:
            label += f"第{int_to_cn(paragraph)}款"
        if item is not None:
            label += f"第（{int_to_cn(item)}）项"
        return label

    def citation(self, doc_id: str, article: int, paragraph: int | None = None,
                 item: int | None = None) -> Citation:
        """A citation with the verbatim text of exactly the unit it points at.

        Raises ``KeyError`` for a unit that does not exist, so nothing outside the corpus is cited.
        """
        art = self.article(doc_id, article)
        if item is not None and paragraph is None:
            paragraph = 1
        text = art.text
        if paragraph is not None:
            if not 1 <= paragraph <= len(art.paragraphs):
                raise KeyError(f"{art.id} has no paragraph {paragraph}")
            para = art.paragraphs[paragraph - 1]
            text = para.text
            if item is not None:
                if not 1 <= item <= len(para.items):
                    raise KeyError(f"{art.id}:{paragraph} has no item {item}")
                text = para.items[item - 1].text
        return Citation(doc_id, article, paragraph, item, self.label(doc_id, article, paragraph, item), text)

    def cite(self, ref: str) -> Citation:
        """Citation from an id such as ``lianyungang-2021:13:1:5``."""
        return self.citation(*parse_unit_id(ref))

    def exists(self, doc_id: str, article: int, paragraph: int | None = None, item: int | None = None) -> bool:
        try:
            self.citation(doc_id, article, paragraph, item)
        except KeyError:
            return False
        return True

    @cached_property
    def fingerprint(self) -> str:
        """Hash of every text and its metadata: the index is rebuilt when this changes."""
        h = hashlib.sha256()
        for reg in sorted(self.regulations, key=lambda r: r.doc_id):
            h.update(repr(reg.meta).encode())
            h.update(reg.source_text.encode())
        return h.hexdigest()[:16]


def with_sha256(toml_text: str, digest: str, text_file: str) -> str:
    """The metadata text with a ``sha256`` line added after its opening comments: before the first
    key, where it is always a top-level key (at the end it could land inside a table)."""
    line = f'sha256 = "{digest}"  # of {text_file}, byte for byte: the original stays unedited\n'
    lines = toml_text.splitlines(keepends=True)
    at = next((i for i, l in enumerate(lines) if l.strip() and not l.lstrip().startswith("#")), len(lines))
    return "".join(lines[:at] + [line] + lines[at:])


def ingest(path: Path, directory: Path | None = None, replace: bool = False) -> Regulation:
    """Validate a regulation (``.toml`` metadata or its ``.txt``) and copy both into the corpus.

    Nothing is copied unless the file parses and its doc_id is new (or ``replace`` is set);
    the index notices the changed corpus and rebuilds on next use. A ``sha256`` in the metadata
    must match the text (checked on loading); without one, the copy's metadata gets it recorded.
    """
    path = Path(path)
    meta_path = path.with_suffix(".toml") if path.suffix != ".toml" else path
    if not meta_path.exists():
        raise CorpusError(path, f"找不到元数据文件 {meta_path.name}（应与正文放在一起）")
    reg = load_regulation(meta_path)
    directory = Path(directory or corpus_dir())
    current = Corpus.load(directory)
    if reg.doc_id in current.by_id and not replace:
        raise CorpusError(meta_path, f"语料中已有 doc_id {reg.doc_id}（如需替换请加 --replace）")
    # the corpus it would make: the others (named by their metadata file) and this one, checked as loading would
    check_distinct([(directory / Path(r.meta.text_file).with_suffix(".toml").name, r)
                    for r in current.regulations if r.doc_id != reg.doc_id] + [(meta_path, reg)])
    text_path = meta_path.parent / reg.meta.text_file
    meta_text = None
    if not reg.meta.sha256:
        digest = file_sha256(text_path)
        meta_text = with_sha256(meta_path.read_text(encoding="utf-8"), digest, reg.meta.text_file)
        try:  # never write what would not read back
            recorded = tomllib.loads(meta_text).get("sha256")
        except tomllib.TOMLDecodeError:
            recorded = None
        if recorded != digest:
            raise CorpusError(meta_path, "无法在元数据中记录 sha256（已有同名字段？），请手工添加 sha256 字段")
    # text first, so a metadata file never points at a text that is not there yet
    for src in (text_path, meta_path):
        dst = directory / src.name
        if src == meta_path and meta_text is not None:
            tmp = dst.with_name(dst.name + ".tmp")
            tmp.write_text(meta_text, encoding="utf-8")
            tmp.replace(dst)
        elif src.resolve() != dst.resolve():
            tmp = dst.with_name(dst.name + ".tmp")
            shutil.copyfile(src, tmp)
            tmp.replace(dst)
    if meta_text is not None:
        reg = load_regulation(directory / meta_path.name)
    return reg

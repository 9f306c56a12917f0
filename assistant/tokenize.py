"""Chinese tokens for the lexical index: jieba in search mode with a domain dictionary.

The dictionary (``data/domain_dict.txt``) keeps terms of art whole — 辅警, 警务辅助人员, 勤务辅警,
行政拘留, 约束性警械 … — while search mode still emits their parts (辅助, 人员) so colloquial
questions ("辅助人员") meet statutory wording.

>>> tokens("勤务辅警能不能使用约束性警械？")
['勤务', '辅警', '勤务辅警', '使用', '约束', '警械', '约束性', '约束性警械']
"""

from __future__ import annotations

import logging
import marshal
import os
import tempfile
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path

import jieba

DOMAIN_DICT = Path(__file__).parent / "data" / "domain_dict.txt"

# Function words and question fillers that carry no topic; kept short on purpose.
STOPWORDS = frozenset("""
的 了 吗 呢 吧 啊 呀 么 嘛 哦 是 在 和 与 或 或者 及 以及 等 对 把 被 让 给 从 向 由 为 于 之 其 所 而
不能 我 你 他 她 它 我们 你们 他们 自己 这 那 这个 那个 这些 那些 什么 怎么 怎么样 怎样 如何 哪些 哪个 多少 几
吗 能 能不能 可以 可不可以 能否 是否 是不是 有没有 会 会不会 要 要不要 需要 应该 应当 得 也 都 就 还 又 再 很 太
一个 一下 请问 问 问下 想 想问 知道 规定 有 没有 不 没 下列 下 上 中 个 条 第 款 项 本 该 其他
""".split())

_lock = threading.Lock()
_ready = False


def _load_prefix_dict(dt: jieba.Tokenizer) -> None:
    """Give jieba its prefix dictionary (500,000 words) from jieba's own cache file, read whole.

    jieba reads that file with ``marshal.load(file)``, which asks the file for every small object
    in turn: 1.1 s of each command's start-up. ``marshal.loads`` on the bytes reads the same data
    in 0.4 s. Only jieba's default dictionary and cache location are taken this way; in any other
    case, or when the cache is missing or unreadable, jieba initialises itself as usual (building
    and writing the cache the first time).
    """
    if dt.initialized or dt.cache_file or dt.tmp_dir or dt.dictionary != jieba.DEFAULT_DICT:
        return
    path = os.path.join(tempfile.gettempdir(), "jieba.cache")   # jieba's path for its default dictionary
    try:
        with open(path, "rb") as fh:
            freq, total = marshal.loads(fh.read())
    except (OSError, EOFError, ValueError, TypeError):
        return
    if isinstance(freq, dict) and isinstance(total, int) and freq:
        with dt.lock:
            dt.FREQ, dt.total, dt.initialized = freq, total, True


def _fast_first_load(dt: jieba.Tokenizer) -> None:
    """Route ``dt``'s first initialisation through :func:`_load_prefix_dict`, whoever triggers it:
    our ``tokens()``, or ``jieba.cut``/``jieba.posseg`` called by other modules (the first caller
    pays the load, and jieba's own way costs 0.8 s more)."""
    original = dt.initialize

    def initialize(dictionary=None):
        if dictionary is None:
            _load_prefix_dict(dt)
        return original(dictionary)   # returns at once when the load above succeeded

    dt.initialize = initialize


_fast_first_load(jieba.dt)


def _init() -> None:
    global _ready
    with _lock:
        if not _ready:
            jieba.setLogLevel(logging.WARNING)
            jieba.load_userdict(str(DOMAIN_DICT))   # initialises jieba first (see _fast_first_load)
            _ready = True


def warm() -> None:
    """Load the dictionaries now rather than on the first question."""
    if not _ready:
        _init()


def normalise(text: str) -> str:
    """NFKC (full-width → half-width), lower-case; Chinese characters are unchanged."""
    return unicodedata.normalize("NFKC", text).lower()


def tokens(text: str) -> list[str]:
    """Search-mode tokens without punctuation, whitespace and stopwords."""
    return list(_tokens(text))


@lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[str, ...]:
    # the look-up scores the same words and sentences again and again: cut each once
    if not _ready:
        _init()
    out = []
    for tok in jieba.cut_for_search(normalise(text)):
        tok = tok.strip()
        if not tok or tok in STOPWORDS:
            continue
        if not any(ch.isalnum() for ch in tok):
            continue
        out.append(tok)
    return tuple(out)


SYNONYMS = Path(__file__).parent / "data" / "synonyms.txt"


@lru_cache(maxsize=1)
def _synonym_lines() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(colloquial word, statutory terms, context words) per line; a line ending in ``| 考 报 招`` applies
    only to a question holding one of those words, and then stands in for the plain line of the same word."""
    lines = []
    for line in SYNONYMS.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            line, _, when = line.partition("|")
            word, _, terms = line.partition("\t") if "\t" in line else line.partition(" ")
            lines.append((word.strip(), terms.strip(), tuple(when.split())))
    return tuple(lines)


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, str]:
    """The synonyms that hold whatever else the question says."""
    return {word: terms for word, terms, when in _synonym_lines() if not when}


@lru_cache(maxsize=1)
def _context_lines() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The lines that hold only beside their context words."""
    return tuple(line for line in _synonym_lines() if line[2])


def synonyms_for(text: str) -> dict[str, str]:
    """The synonyms that hold in ``text``: ``data/synonyms.txt``'s plain lines, and those of its lines whose
    context words occur in ``text`` ("照顾" said by an applicant is 优先招聘; by staff, 优待).

    >>> synonyms_for("想考辅警，有没有照顾")["照顾"], synonyms_for("辅警有没有照顾")["照顾"]
    ('优先招聘 同等条件', '优待')
    """
    held = {word: terms for word, terms, when in _context_lines() if any(w in text for w in when)}
    # most questions hold none: the shared table itself, not a copy per call (callers only read it)
    return {**_synonyms(), **held} if held else _synonyms()


def expand(query: str) -> str:
    """The query plus the statutory terms of the colloquial words it contains (data/synonyms.txt)."""
    extra = [terms for word, terms in synonyms_for(query).items() if word in query]
    return query + (" " + " ".join(extra) if extra else "")

"""Duty permission ("can I do X"): an action in the user's words → a :class:`~.base.Decision`.

The catalogue of each regulation — every duty item, every prohibition, every conditional
permission, with its reference, verbatim wording, verdict, roles and colloquial aliases — lives
in ``data/duty/<doc_id>.yaml``. Matching the user's words onto entries:

1. curated aliases: an alias occurring in the question matches its entry (``A…B``: A, then B a few
   characters later in the same clause, "管…枪" in "管所里的枪"); an alias inside a longer matched
   alias of another entry is dropped ("认定交通事故责任" is not "交通事故");
2. when no alias matches, semantic similarity with the same embeddings as the index: the closest
   entry only, accepted above :data:`MIN_SIMILARITY` (``python -m eval.calibrate_duty``) and when
   it shares a specific two-character word with the question; else nothing.

The decision, for the asking role:

- a matching prohibition wins over any permission (both are shown) → ``forbidden``;
- otherwise the best-matching entry's verdict; on a tie the most restrictive one;
- only entries of the other role match → ``not_in_role``;
- nothing matches → ``not_addressed``, pointing at the catch-all item ("其他工作") without
  turning it into a yes or a no, and at the nearest rule when the data file names one under
  ``related`` (a side job is not the 营利性活动 the text bans: the user sees that article and why it
  does not decide the question).

>>> from assistant.corpus import Corpus
>>> d = decide_duty("我能不能自己去扣车？", "勤务", "chongqing", corpus=Corpus.load())   # doctest: +SKIP
>>> d.verdict                                                                             # doctest: +SKIP
'forbidden'
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..corpus import Corpus
from ..models import Citation
from .base import Decision, Note, Reason
from .loader import cite, load_data

# Cosine (multilingual-e5-small) above which a paraphrase is taken to name a catalogue entry.
MIN_SIMILARITY = 0.915

RESTRICTIVENESS = {"forbidden": 4, "conditional": 3, "permitted_with_police_lead": 2, "permitted": 1}
ROLE_NAMES = {"勤务": "勤务辅警", "文职": "文职辅警"}
OTHER_ROLE = {"勤务": "文职", "文职": "勤务"}

# Words that frame a question rather than name the act; stripped before semantic matching.
_SCAFFOLD = re.compile(
    r"(我是|我们是|作为|身为)?(一名|一个)?(重庆|连云港|江苏)?(市)?的?(勤务|文职)?(辅警|警务辅助人员)[，,]?|"
    r"(在|到)(重庆|连云港)(市)?(这边|这里|那边)?|"
    r"(请问|问一下|想问|问下|咨询一下)|(能不能|可不可以|可以不可以|能否|是否可以|允许|可以|能|会不会|行不行|行吗|好吗|吗|呢|呀|啊|吧)|"
    r"(我们|我)(自己)?|[？?！!。，,、；;：:\s]+")


@dataclass(frozen=True)
class DutyEntry:
    id: str
    doc_id: str
    ref: str
    action: str
    wording: str
    verdict: str
    roles: tuple[str, ...]
    condition: str
    catch_all: bool
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class RelatedRule:
    """A rule near an act the text does not decide ("兼职" beside 21(8)): cited, never a verdict."""
    id: str
    doc_id: str
    ref: str
    wording: str
    note: str
    aliases: tuple[str, ...]
    conduct: bool = False   # a rule of conduct (side jobs, drinking): the duty catch-alls are beside the point


@dataclass(frozen=True)
class Match:
    entry: DutyEntry
    score: float          # alias length, or cosine similarity
    how: str              # "alias" | "semantic"
    evidence: str         # the alias found, or the similarity


_lock = threading.Lock()
_vectors: dict[tuple[str, str], tuple[np.ndarray, np.ndarray, list[DutyEntry]]] = {}


@lru_cache(maxsize=None)
def catalogue(doc_id: str) -> tuple[DutyEntry, ...]:
    data = load_data("duty", doc_id) or {"entries": []}
    return tuple(DutyEntry(e["id"], doc_id, str(e["ref"]), e["action"], e["wording"], e["verdict"], tuple(e["roles"]),
                      e.get("condition") or "", bool(e.get("catch_all")), tuple(e.get("aliases") or ()))
            for e in data["entries"])


@lru_cache(maxsize=None)
def related_rules(doc_id: str) -> tuple[RelatedRule, ...]:
    data = load_data("duty", doc_id) or {}
    return tuple(RelatedRule(r["id"], doc_id, str(r["ref"]), r["wording"], r["note"], tuple(r["aliases"]),
                             bool(r.get("conduct")))
                 for r in data.get("related") or ())


def _related(question: str, doc_id: str) -> list[RelatedRule]:
    text = question.replace(" ", "")
    return [r for r in related_rules(doc_id) if any(_alias_spans(text, a) for a in r.aliases)]


def action_phrase(question: str) -> str:
    """The act itself, with the question's frame ("我是勤务辅警，能不能…吗") taken off."""
    text = _SCAFFOLD.sub("", question)
    return text or question


GAP = "…"
# what a gap alias ("管…枪") lets stand between its parts: a few characters of one clause
_GAP_RE = "[^，。,；;？?！!、]{0,6}?"


@lru_cache(maxsize=None)
def _gap_pattern(alias: str) -> re.Pattern:
    return re.compile(_GAP_RE.join(re.escape(part) for part in alias.split(GAP)))


def _alias_spans(text: str, alias: str) -> list[tuple[int, int]]:
    """Where an alias occurs: a plain alias as a substring; ``A…B`` as A, then B a few characters later
    in the same clause ("管…枪" finds "管所里的枪")."""
    if GAP in alias:
        return [m.span() for m in _gap_pattern(alias).finditer(text)]
    spans, start = [], text.find(alias)
    while start >= 0:
        spans.append((start, start + len(alias)))
        start = text.find(alias, start + 1)
    return spans


def _alias_matches(text: str, entries: list[DutyEntry]) -> list[Match]:
    spans = []   # (start, end, entry, alias)
    for e in entries:
        if e.catch_all:
            continue
        for a in e.aliases:
            for start, end in _alias_spans(text, a):
                spans.append((start, end, e, a))
    kept = [s for s in spans
            if not any(o[2].id != s[2].id and o[0] <= s[0] and s[1] <= o[1] and (o[1] - o[0]) > (s[1] - s[0])
                       for o in spans)]
    best: dict[str, Match] = {}
    for start, end, e, a in kept:
        length = len(a.replace(GAP, ""))   # a gap alias weighs what it names, not what it skips
        if e.id not in best or length > best[e.id].score:
            best[e.id] = Match(e, float(length), "alias", a)
    return list(best.values())


def _phrases(e: DutyEntry) -> list[str]:
    return [e.action, e.wording, *(a.replace(GAP, "") for a in e.aliases)]


def _entry_vectors(doc_id: str, embeddings) -> tuple[np.ndarray, np.ndarray, list[DutyEntry]]:
    """One vector per phrase of every entry (action, wording, each alias), embedded as queries so
    that a colloquial question is compared with colloquial phrases; cached on disk per model."""
    from ..config import data_dir
    from ..embeddings import model_name

    key = (doc_id, model_name(embeddings))
    with _lock:
        if key in _vectors:
            return _vectors[key]
        entries = [e for e in catalogue(doc_id) if not e.catch_all]
        texts, owner = [], []
        for k, e in enumerate(entries):
            for t in _phrases(e):
                texts.append(t)
                owner.append(k)
        digest = hashlib.sha256(("\n".join(texts) + "|" + key[1]).encode()).hexdigest()[:16]
        path = data_dir() / "duty-vectors" / f"{doc_id}-{digest}.npy"
        mat = None
        if path.exists():
            try:
                mat = np.load(path)
            except (OSError, ValueError):
                mat = None   # a damaged cache is recomputed, never trusted
        if mat is None or mat.shape[0] != len(texts):
            embed = getattr(embeddings, "embed_queries", None) or (lambda ts: [embeddings.embed_query(t) for t in ts])
            mat = np.asarray(embed(texts), dtype=np.float32)
            mat /= np.linalg.norm(mat, axis=1, keepdims=True) + 1e-9
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(f".{os.getpid()}.tmp.npy")
                np.save(tmp, mat)
                os.replace(tmp, path)
            except OSError:
                pass   # a read-only data dir only costs the recomputation
        _vectors[key] = (mat, np.asarray(owner), entries)
        return _vectors[key]


# Two-character strings too common in these questions to back a match on their own.
_GENERIC = {"的人", "当事", "事人", "执勤", "参加", "工作", "单位", "人员", "辅警", "民警", "警察", "可以", "我们", "他们",
            "一个", "时候", "情况", "进行", "协助", "开展", "从事", "嫌疑", "疑人", "案件", "违法", "犯罪", "群众"}


def warm(doc_ids, embeddings) -> None:
    """Embed the catalogues' phrases now (seconds, once per model; cached on disk) rather than on
    the first question that needs the semantic fallback."""
    for doc_id in doc_ids:
        _entry_vectors(doc_id, embeddings)


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} - _GENERIC


def _shares_words(text: str, e: DutyEntry) -> bool:
    """The semantic match must be backed by at least one shared two-character word."""
    grams = _bigrams(text)
    return any(grams & _bigrams(p) for p in _phrases(e))


def _semantic_matches(text: str, doc_id: str, embeddings, vector=None) -> list[Match]:
    if embeddings is None:
        return []
    mat, owner, entries = _entry_vectors(doc_id, embeddings)
    if not entries:
        return []
    q = np.asarray(vector if vector is not None else embeddings.embed_query(text), dtype=np.float32)
    q /= np.linalg.norm(q) or 1.0
    sims = mat @ q
    best: dict[int, float] = {}
    for i in np.argsort(-sims)[:40]:
        best.setdefault(int(owner[i]), float(sims[i]))
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < MIN_SIMILARITY:
        return []
    # only the single closest entry: similarity is too fuzzy to let a near-by prohibition outrank it
    k, sim = ranked[0]
    return [Match(entries[k], sim, "semantic", f"{sim:.3f}")] if _shares_words(text, entries[k]) else []


def match_action(question: str, doc_id: str, embeddings=None, vector=None) -> list[Match]:
    """Catalogue entries of ``doc_id`` that the question names, best first."""
    text = question.replace(" ", "")
    found = _alias_matches(text, catalogue(doc_id))
    # an act the data file names as undecided ("兼职") is not left to a fuzzy neighbour
    if not found and embeddings is not None and not _related(text, doc_id):
        found = _semantic_matches(action_phrase(text), doc_id, embeddings, vector)
    return sorted(found, key=lambda m: (-m.score, -RESTRICTIVENESS.get(m.entry.verdict, 0)))


def _reason(corpus: Corpus, m: Match, role_name: str) -> Reason:
    e = m.entry
    c = cite(corpus, e.doc_id, e.ref, e.wording)
    explanation = {
        "forbidden": f"条文规定：“{e.wording}”" if "不得" in e.wording else f"条文禁止辅警：“{e.wording}”",
        "permitted": f"{role_name}可以在民警指挥或安排下从事“{e.wording}”",
        "permitted_with_police_lead": f"{role_name}只能在人民警察带领下协助“{e.wording}”，不能单独进行",
        "conditional": f"“{e.wording}”有条件：{e.condition}",
    }[e.verdict]
    return Reason(e.action, "applies", explanation, c, e.wording)


def _catch_all_notes(corpus: Corpus, doc_id: str, roles: tuple[str, ...]) -> list[Note]:
    notes = []
    for e in catalogue(doc_id):
        if e.catch_all and e.verdict != "forbidden" and set(e.roles) & set(roles):
            notes.append(Note(f"兜底条款“{e.wording}”不能直接推出可以或不可以，请向所在公安机关确认",
                              cite(corpus, doc_id, e.ref, e.wording)))
    return notes


def decide_duty(action: str, role: str | None, jurisdiction: str, corpus: Corpus, embeddings=None,
                vector=None) -> Decision:
    """Decide whether a ``role`` auxiliary officer of ``jurisdiction`` may do ``action``.

    ``action`` may be the whole question; ``embeddings`` enables the semantic fallback and
    ``vector`` is the question's embedding when the caller already has it.
    """
    reg = corpus.jurisdictions[jurisdiction]
    doc_id = reg.doc_id
    roles = (role,) if role else ("勤务", "文职")
    role_name = ROLE_NAMES.get(role, "辅警") if role else "辅警"
    matches = match_action(action, doc_id, embeddings, vector)
    mine = [m for m in matches if set(m.entry.roles) & set(roles)]
    others = [m for m in matches if not set(m.entry.roles) & set(roles)]
    if mine:
        forbidden = [m for m in mine if m.entry.verdict == "forbidden"]
        if forbidden:
            chosen = forbidden + [m for m in mine if m.entry.verdict != "forbidden"]
            verdict = "forbidden"
        else:
            top = mine[0].score
            tied = [m for m in mine if m.score >= top]
            verdict = max((m.entry.verdict for m in tied), key=lambda v: RESTRICTIVENESS[v])
            chosen = [m for m in tied if m.entry.verdict == verdict] + \
                     [m for m in mine if m not in tied or m.entry.verdict != verdict][:2]
        reasons = tuple(_reason(corpus, m, role_name) for m in chosen)
        head = chosen[0].entry
        summary = {
            "forbidden": (f"不可以：条文规定“{head.wording}”。" if "不得" in head.wording
                          else f"不可以：条文明确禁止辅警“{head.wording}”。"),
            "permitted": f"可以：{role_name}可以在民警指挥或按公安机关安排从事“{head.wording}”。",
            "permitted_with_police_lead": f"须在民警带领下：{role_name}只能在人民警察带领下协助“{head.wording}”，不能单独进行。",
            "conditional": f"有条件可以：{head.condition}。",
        }[verdict]
        if verdict == "forbidden" and len({m.entry.verdict for m in chosen}) > 1:
            summary += "相关的允许性规定也列在下面，但禁止性规定优先。"
        return Decision("duty", jurisdiction, doc_id, verdict, summary, reasons,
                        matched=tuple(m.entry.id for m in chosen), role=role)
    if others:
        other = others[0].entry
        owner = "、".join(ROLE_NAMES[r] for r in other.roles)
        reasons = tuple(Reason(m.entry.action, "does_not_apply",
                               f"“{m.entry.wording}”列在{'、'.join(ROLE_NAMES[r] for r in m.entry.roles)}的工作中",
                               cite(corpus, doc_id, m.entry.ref, m.entry.wording), m.entry.wording)
                        for m in others[:2])
        return Decision("duty", jurisdiction, doc_id, "not_in_role",
                        f"不属于你的岗位：条文把“{other.wording}”列为{owner}的工作，没有列入{role_name}的工作。",
                        reasons, notes=tuple(_catch_all_notes(corpus, doc_id, roles)),
                        matched=tuple(m.entry.id for m in others[:2]), role=role)
    related = _related(action, doc_id)
    notes = [Note(r.note, cite(corpus, doc_id, r.ref, r.wording)) for r in related]
    if not any(r.conduct for r in related):
        notes += _catch_all_notes(corpus, doc_id, roles)
    return Decision("duty", jurisdiction, doc_id, "not_addressed",
                    "条文没有规定：这些规定没有列出这项工作，既没有明确允许，也没有明确禁止；请向所在公安机关确认。",
                    (), notes=tuple(notes), role=role)

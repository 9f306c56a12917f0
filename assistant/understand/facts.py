"""An applicant's facts as a question tells them: records with their holder, negation and statutory
qualifier; education with its qualifier (read by :mod:`assistant.applicant`, as a form field or a CSV cell
is); priority facets; nationality. Vocabulary: ``records.yaml``, ``education.yaml``, ``priority.yaml``.

- **Whose fact.** The nearest holder before a record ("我爸以前有吸毒史") decides: a relative's record
  is kept, marked as someone else's, and never becomes the applicant's; "我自己没有" right after denies
  it for the applicant.
- **Negation.** A negation just before the record ("没有吸毒史", "从没被拘留") denies it.
- **Qualifier.** The record's clause and its neighbours are read for the value the texts' tests turn
  on (因违法违纪 or 协商解除; 受过处罚 or not; 失信 依法列入 or a paid-off debt…); each value sets the
  canonical record keys of ``rules/profile.py`` as the data file says. A fact that misses the
  qualifier is not that record.

>>> from assistant.understand.clauses import split
>>> r = read_records(split("我爸以前有吸毒史，我自己没有"))
>>> [(f.reading, f.holder, f.value) for f in r]
[('drug', 'other', 'unknown'), ('drug', 'applicant', 'negated')]
>>> record_values(r)
{'drug_history': False}
>>> read_education("大专在读，明年毕业")
EducationFact(level='高中', words='大专在读', incomplete=True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import phrases
# one reading of education for questions, forms and CSV files (assistant/applicant.py)
from ..applicant import EducationFact, read_education  # noqa: F401
from ..rules.profile import RECORD_KEYS
from .clauses import Clause
from .lexicon import vocabulary, words

_NEGATION = re.compile(r"(没有|没|无|未|从未|不曾|从没|并无|并没有|不是|未曾|从来没|从来没有|也没|也没有|不存在|不在|不属于|并非|否认)"
                       r"[^，。,；;！？]{0,5}$")
_NEGATORS = ("从来没有", "从来没", "并没有", "也没有", "没有", "不存在", "不属于", "从未", "不曾", "从没", "并无", "不是", "未曾", "也没",
             "并非", "否认", "没", "无", "未")
# what may stand between a negation and the record it denies in a list ("没有任何违法犯罪、拘留、嫖赌毒记录")
_LIST_FILLER = re.compile(r"以及|或者|任何|受过|曾经|因为|违纪|违法|违规|什么|一切|其他|别的|单位|公司|记录|行为|问题|情况|"
                          r"[、和或及与跟也都还曾被过有的因]")
# a question about the record itself ("这算擅自离职吗") states no fact
_ASKS_ABOUT = re.compile(r"(算|属于|是不是|这个|这种|这样的|会不会|影响)")


@dataclass(frozen=True)
class RecordFact:
    """One record told in the question."""

    reading: str                 # the reading of records.yaml ("drug", "dismissal" …)
    words: str                   # the user's words naming it
    holder: str                  # "applicant" | "other"
    holder_words: str
    value: str                   # a qualifier value, "unknown", or "negated"
    qualifier_words: str = ""
    effects: dict = field(default_factory=dict)   # record key → True / False
    label: str = ""


def _readings() -> dict:
    return vocabulary("records")["readings"]


def _holder(clauses: list[Clause], ci: int, start: int) -> tuple[str, str]:
    """Who the fact at ``start`` of clause ``ci`` belongs to: the nearest holder before it in the
    clause, else the holder of the clause before (same sentence), else the applicant."""
    holders = {kind: tuple(sorted(vocabulary("records")["holders"][kind], key=len, reverse=True))
               for kind in ("applicant", "other")}
    c = clauses[ci]
    before = c.text[:start]
    best = None
    for kind, ws in holders.items():
        # "帮朋友打架被判…": a person after a preposition is not who the fact belongs to
        found = [h for h in phrases.hits(before, ws) if not re.search(r"(帮|给|跟|和|替|为|对|同|与|陪|带|打)$", before[:h.start])]
        h = max(found, key=lambda x: (x.end, x.end - x.start)) if found else None
        if h and (best is None or (h.end, h.end - h.start) > (best[1].end, best[1].end - best[1].start)):
            best = (kind, h)
    if best:
        return best[0], best[1].phrase
    if ci > 0 and clauses[ci - 1].sentence == c.sentence:
        prev = clauses[ci - 1]
        for kind, ws in holders.items():
            h = phrases.first(prev.text, ws)
            if h and h.start == 0:
                return kind, h.phrase
    return "applicant", ""


def _negated(clause: str, start: int, record_words: list[str]) -> bool:
    """A negation before the record in its clause, with only list words and other records between
    ("没有吸毒史", "从没被拘留", "没有任何违法犯罪、拘留、嫖赌毒记录")."""
    if _NEGATION.search(clause[max(0, start - 8):start]):
        return True
    before = clause[:start]
    neg = max(((before.rfind(n), n) for n in _NEGATORS), key=lambda x: (x[0], len(x[1])))
    if neg[0] < 0 or start - neg[0] > 24:
        return False
    gap = before[neg[0] + len(neg[1]):]
    for w in sorted(record_words, key=len, reverse=True):
        gap = gap.replace(w, "")
    return not _LIST_FILLER.sub("", gap).strip()


def _qualifier(reading: dict, scope: str) -> tuple[str, str]:
    """The first qualifier value (in data order) whose phrases the scope holds, and the words.
    Words inside a hiring phrase ("报辅警") describe the application, not the past job."""
    found: dict[str, str] = {}
    hiring = [(h.start, h.end) for h in phrases.hits(scope, words("records", "application"))]
    for name, value in (reading.get("qualifier") or {}).items():
        if isinstance(value, dict):
            continue
        for h in phrases.hits(scope, value):
            if not any(a <= h.start and h.end <= b for a, b in hiring):
                found[name] = h.phrase
                break
    for name, value in (reading.get("qualifier") or {}).items():
        if isinstance(value, dict):
            if all(n in found for n in value["all"]):
                return name, "、".join(found[n] for n in value["all"])
        elif name in found:
            return name, found[name]
    return "unknown", ""


def _hits(reading: dict, text: str) -> list[phrases.Hit]:
    pos = phrases.hits(text, reading["words"])
    neg = phrases.hits(text, reading.get("not_when") or ())
    kept = phrases.longest_only(pos + neg)
    out = [h for h in pos if h in kept and not any(n.start < h.end and h.start < n.end and
                                                     (n.end - n.start) >= (h.end - h.start) for n in neg)]
    return phrases.longest_only(out)


def read_records(clauses: list[Clause]) -> list[RecordFact]:
    """Every record the question tells, in order, with holder, negation and qualifier."""
    facts: list[RecordFact] = []
    all_words = {name: r for name, r in _readings().items()}
    every_word = [str(w) for r in all_words.values() for w in r["words"]]
    for ci, c in enumerate(clauses):
        # one phrase names one record: the longest reading wins ("开除公职" is not also "被开除")
        cands = [(name, h) for name, r in all_words.items() for h in _hits(r, c.text)
                 if not phrases.any_in(c.text, r.get("not_with") or ())]
        kept = phrases.longest_only([h for _, h in cands])
        for name, h in cands:
            if h not in kept:
                continue
            if c.asked and _ASKS_ABOUT.search(c.text[:h.start]):
                continue   # "这算擅自离职吗" asks about the record, it states none
            r = all_words[name]
            holder, holder_words = _holder(clauses, ci, h.start)
            negated = _negated(c.text, h.start, every_word)
            if negated:
                value, qwords = "negated", ""
            else:
                scope = "，".join(o.text for o in clauses if o.sentence == c.sentence and abs(o.index - c.index) <= 1)
                value, qwords = _qualifier(r, scope)
            effects = dict(r["effects"].get(value) or {})
            facts.append(RecordFact(name, h.phrase, holder, holder_words, value, qwords, effects,
                                    (r.get("label") or {}).get(value, "")))
        # "我自己没有" after someone else's record: the applicant denies the same record
        deny = phrases.first(c.text, words("records", "denial_by_applicant"))
        if deny and not cands and facts and facts[-1].holder == "other":
            prev = facts[-1]
            r = all_words[prev.reading]
            facts.append(RecordFact(prev.reading, deny.phrase, "applicant", deny.phrase, "negated", "",
                                    dict(r["effects"].get("negated") or {}), (r.get("label") or {}).get("negated", "")))
    return facts


def blanket_values(text: str) -> dict[str, bool]:
    """Records denied all at once ("没有任何不良记录", "无犯罪记录")."""
    out: dict[str, bool] = {}
    text = text.replace("任何", "")
    for entry in vocabulary("records")["blanket"]:
        if phrases.any_in(text, entry["words"]):
            keys = RECORD_KEYS if entry["keys"] == "all" else entry["keys"]
            out.update({k: False for k in keys})
    return out


def record_values(facts: list[RecordFact], blanket: dict[str, bool] | None = None) -> dict[str, bool]:
    """The applicant's record keys: a stated record (true) wins over a denial (false); a blanket denial
    ("其他都没有") leaves alone what a stated record leaves open ("因偷拿货被辞退" and 严重违纪违规)."""
    readings = _readings()
    touched = {k for f in facts if f.holder == "applicant" and f.value != "negated"
               for eff in readings[f.reading]["effects"].values() for k in eff}
    values = {k: v for k, v in (blanket or {}).items() if k not in touched}
    for f in facts:
        if f.holder != "applicant":
            continue
        for k, v in f.effects.items():
            if v:
                values[k] = True
            elif values.get(k) is not True:
                values[k] = False
    return values


def read_priority_facets(text: str) -> dict[str, str]:
    """Priority facets stated and not denied ("不是退役军人"), each with the words found."""
    out = {}
    for facet, ws in vocabulary("priority")["facets"].items():
        h = phrases.first(text, ws)
        if h and not _NEGATION.search(text[max(0, h.start - 6):h.start]):
            out[facet] = h.phrase
    return out


def read_nationality(text: str) -> str | None:
    """"中国" or "外国" when stated ("美国籍", "不是中国公民"), else None."""
    for value, ws in vocabulary("nationality")["nationality"].items():
        h = phrases.first(text, ws)
        if h:
            if value == "中国" and _NEGATION.search(text[max(0, h.start - 6):h.start]):
                return "外国"
            return value
    return None

"""Recusal (回避): the relation between the auxiliary officer and a case → a :class:`~.base.Decision`.

The grounds, who decides and who may apply live in ``data/recusal/<doc_id>.yaml``; how a named
relation reads against the grounds (近亲属 per 《民法典》第一千零四十五条, outside the corpus) in
``data/relations.yaml``. The condition, per item of the grounds:

- (一) the officer is a party, or a near relative of a party → ``must_recuse``;
- (二) the officer or a near relative has an interest in the case → ``must_recuse``;
- (三) another relation with a party *that may affect a fair handling* → ``needs_review``: whether it
  may is for the person who decides, not for this tool;
- a fact that is no ground by itself but may hide one (the officer reported the case: 报案人) →
  ``needs_review``, saying what would make it one;
- no relation → ``no_recusal``; relation unknown → ``needs_review`` with the question to ask.

Who decides (31:2 / 22:2) and who may apply (the parties, 31:1 / 22:1) are notes with their own citations.

>>> from assistant.corpus import Corpus
>>> d = decide_recusal("spouse", "chongqing", corpus=Corpus.load())
>>> d.verdict, d.reasons[0].citation.id
('must_recuse', 'chongqing-2021:22:1:1')
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from .. import yamlfile
from ..corpus import Corpus
from .availability import undecided
from .base import Decision, Note, Reason
from .loader import DATA_DIR, cite, load_data


@lru_cache(maxsize=1)
def relations() -> dict:
    return yamlfile.safe_load((DATA_DIR / "relations.yaml").read_text(encoding="utf-8"))


def decide_recusal(relation: str | None, jurisdiction: str, corpus: Corpus, on: date | None = None) -> Decision:
    """Decide whether an officer with ``relation`` (a key of relations.yaml) to a case must recuse. A text
    not in force on ``on`` (default today), or without recusal data, decides nothing (:mod:`.availability`)."""
    doc_id = corpus.jurisdictions[jurisdiction].doc_id
    gate = undecided("recusal", jurisdiction, corpus, on)
    if gate is not None:
        return gate
    data = load_data("recusal", doc_id)
    vocab = relations()
    rel = vocab["relations"].get(relation or "")
    decides = data["who_decides"]
    duty = data["duty"]
    notes = [Note(f"回避{decides['text']}。", cite(corpus, doc_id, decides["ref"], decides["wording"])),
             Note(f"{data['who_applies']}。", cite(corpus, doc_id, duty["ref"], duty["wording"]))]
    if rel is None:
        g = data["grounds"]
        reasons = tuple(Reason(k, "unknown", f"须回避的情形之一：{v['wording']}", cite(corpus, doc_id, v["ref"], v["wording"]),
                               v["wording"]) for k, v in g.items())
        return Decision("recusal", jurisdiction, doc_id, "needs_review",
                        "请说明你与案（事）件或当事人是什么关系。", reasons,
                        ("你与当事人是什么关系（本人、配偶、父母、子女、兄弟姐妹、亲戚、朋友…）？是否与案件有利害关系？",),
                        tuple(notes))
    if rel["ground"] == "none":
        g = data["grounds"]
        reasons = tuple(Reason(k, "does_not_apply", f"不属于：{v['wording']}", cite(corpus, doc_id, v["ref"], v["wording"]),
                               v["wording"]) for k, v in g.items())
        if rel.get("note"):
            # why the fact told is no ground (报案人): the paragraph that lists the grounds
            notes.append(Note(f"{rel['note']}。", cite(corpus, doc_id, duty["ref"], duty["wording"])))
        return Decision("recusal", jurisdiction, doc_id, "no_recusal",
                        f"{rel['summary']}。" if rel.get("summary") else "你与案（事）件及其当事人没有条文所列的关系。",
                        reasons, (), tuple(notes))
    if rel["ground"] == "unlisted":
        g = data["grounds"]
        reasons = tuple(Reason(k, "unknown", f"须回避的情形之一：{v['wording']}", cite(corpus, doc_id, v["ref"], v["wording"]),
                               v["wording"]) for k, v in g.items())
        return Decision("recusal", jurisdiction, doc_id, "needs_review", f"{rel['note']}。", reasons,
                        ("你是否也是受害人，或者你、你的近亲属与案件有利害关系、与当事人有其他关系？",), tuple(notes))
    ground = data["grounds"][rel["ground"]]
    c = cite(corpus, doc_id, ground["ref"], ground["wording"])
    if rel.get("near_relative"):
        notes.append(Note(f"{rel['label']}属于近亲属：{vocab['near_relative_definition']}",
                          source=vocab["near_relative_source"]))
    if rel["certain"]:
        duty = data["duty"]
        reasons = (Reason(ground["wording"], "applies", f"{rel['label']}：属于“{ground['wording']}”", c, ground["wording"]),
                   Reason("回避义务", "applies", f"遇有上述情形{duty['wording'].split('，')[0]}",
                          cite(corpus, doc_id, duty["ref"], duty["wording"]), duty["wording"]))
        return Decision("recusal", jurisdiction, doc_id, "must_recuse",
                        f"{rel['label']}属于“{ground['wording']}”。", reasons, (), tuple(notes))
    if not rel.get("near_relative") and rel["ground"] == "other_relation":
        notes.append(Note(f"{rel['label']}不属于近亲属（{vocab['near_relative_definition']}）",
                          source=vocab["near_relative_source"]))
    reason = Reason(ground["wording"], "discretionary",
                    f"{rel['label']}不是近亲属，但可能属于“{ground['wording']}”：是否可能影响公正处理，须由负责人判断", c,
                    ground["wording"])
    return Decision("recusal", jurisdiction, doc_id, "needs_review",
                    f"{rel['label']}可能属于“与当事人有其他关系，可能影响公正处理”的情形，"
                    f"应当向负责人报告，由其决定是否回避。", (reason,), (), tuple(notes))

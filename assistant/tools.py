"""The three rule tools as LangChain ``StructuredTool`` s, for an LLM agent to call later.

The duty tool reads its words as a question (:mod:`assistant.understand`), so an agent passes the
user's words as they are.

Each tool takes a pydantic input, calls the same pure function the answer path uses, and
returns the decision as a JSON-ready dict (``Decision.to_check()`` plus the reasons' wording).

>>> from assistant.corpus import Corpus
>>> tools = make_tools(Corpus.load())
>>> [t.name for t in tools]
['check_eligibility', 'check_duty', 'check_recusal']
>>> tools[2].invoke({"relation": "spouse", "jurisdiction": "chongqing"})["verdict"]
'must_recuse'
"""

from __future__ import annotations

from typing import Literal

from langchain_core.tools import StructuredTool
from pydantic import BaseModel, Field, create_model

from .corpus import Corpus
from .decide import decisions
from .places import places
from .rules.base import Decision
from .rules.eligibility import decide_eligibility
from .rules.profile import Profile
from .rules.recusal import decide_recusal, relations
from .understand import read_question


def decision_dict(d: Decision) -> dict:
    out = d.to_check()
    out["reasons"] = [{"condition": r.condition, "outcome": r.outcome, "explanation": r.explanation,
                       "citation": r.citation.to_dict(), "label": r.citation.label, "wording": r.wording}
                      for r in d.reasons]
    out["notes"] = [{"text": n.text, "citation": n.citation.to_dict() if n.citation else None, "source": n.source}
                    for n in d.notes]
    return out


class EligibilityInput(Profile):
    jurisdiction: str = Field(..., description="辖区代码")


class DutyInput(BaseModel):
    action: str = Field(..., description="想做的事，用户原话即可，如“扣车”“做笔录”")
    role: Literal["勤务", "文职"] | None = Field(None, description="岗位；不清楚时留空")
    jurisdiction: str = Field(..., description="辖区代码")


class RecusalInput(BaseModel):
    relation: str | None = Field(None, description="与案件或当事人的关系：" + "、".join(relations()["relations"]))
    jurisdiction: str = Field(..., description="辖区代码")


def _for_corpus(schema: type[BaseModel], corpus: Corpus) -> type[BaseModel]:
    """The input schema with ``jurisdiction`` limited to the corpus's codes and each described by its city
    (from the metadata), so an agent sees which cities there are."""
    codes = tuple(corpus.jurisdictions)
    described = "、".join(f"{p.code}（{p.name}）" for p in places(corpus))
    return create_model(schema.__name__, __base__=schema,
                        jurisdiction=(Literal[codes], Field(..., description=f"辖区代码：{described}")))


def make_tools(corpus: Corpus) -> list[StructuredTool]:
    def check_eligibility(jurisdiction: str, **profile) -> dict:
        return decision_dict(decide_eligibility(Profile(**profile), jurisdiction, corpus=corpus))

    def check_duty(action: str, jurisdiction: str, role: str | None = None) -> dict:
        # the words are read like a question: each act asked is decided, the decisive one returned first
        reading = read_question(action, jurisdiction=jurisdiction, role=role, corpus=corpus)
        reading.intent = "duty"
        found = decisions(reading, [jurisdiction], corpus)
        out = decision_dict(found[0])
        out["other_acts"] = [decision_dict(d) for d in found[1:]]
        return out

    def check_recusal(jurisdiction: str, relation: str | None = None) -> dict:
        return decision_dict(decide_recusal(relation, jurisdiction, corpus=corpus))

    return [
        StructuredTool.from_function(check_eligibility, name="check_eligibility", args_schema=_for_corpus(EligibilityInput, corpus),
                                     description="按某地规定判断应聘者是否符合辅警招聘条件（eligible/ineligible/needs_review），附条文依据。"),
        StructuredTool.from_function(check_duty, name="check_duty", args_schema=_for_corpus(DutyInput, corpus),
                                     description="判断辅警能否从事某项工作（permitted/permitted_with_police_lead/conditional/"
                                                 "forbidden/not_in_role/not_addressed），附条文依据。"),
        StructuredTool.from_function(check_recusal, name="check_recusal", args_schema=_for_corpus(RecusalInput, corpus),
                                     description="判断辅警与案件当事人有某种关系时是否应当回避（must_recuse/needs_review/no_recusal）。"),
    ]

"""Typed results shared by the rule tools (eligibility, duty, recusal).

A :class:`Decision` is what a tool returns: the verdict (exact names from DOMAIN.md), the
jurisdiction, one :class:`Reason` per condition checked — each with its pinpoint
:class:`~assistant.models.Citation` and the statutory words — the facts still missing, and
:class:`Note` s the user should know (priority categories, who decides a recusal …).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Citation, unique

DUTY_VERDICTS = ("permitted", "permitted_with_police_lead", "conditional", "forbidden", "not_in_role",
                 "not_addressed")
ELIGIBILITY_VERDICTS = ("eligible", "ineligible", "needs_review")
RECUSAL_VERDICTS = ("must_recuse", "needs_review", "no_recusal")

# The one-line Chinese verdict a user reads first.
VERDICT_TEXT = {
    "permitted": "可以",
    "permitted_with_police_lead": "须在民警带领下",
    "conditional": "有条件可以",
    "forbidden": "不可以",
    "not_in_role": "不属于你的岗位",
    "not_addressed": "条文没有规定",
    "eligible": "符合",
    "ineligible": "不符合",
    "needs_review": "需进一步核实",
    "must_recuse": "应当回避",
    "no_recusal": "无须回避",
}


# The verdict line of a decision the tool did not take (Decision.undecided): the verdict name stays the
# tool's undecided one for the batch contract, but "条文没有规定" would be untrue of a text with no data.
UNDECIDED_TEXT = {"no_rule_data": "未判定（无规则数据）", "not_in_force": "未判定（规定未施行）"}

ROLE_NAMES = {"勤务": "勤务辅警", "文职": "文职辅警"}


def role_name(role: str | None) -> str:
    """"勤务辅警", "文职辅警", or "辅警" when the role is not known."""
    return ROLE_NAMES.get(role, "辅警") if role else "辅警"


@dataclass(frozen=True)
class Reason:
    """One condition checked.

    ``outcome`` is one of ``met`` · ``not_met`` · ``unknown`` · ``discretionary`` (the text leaves
    room, e.g. 原则上) · ``assumed`` (a fact not stated, read as the data file says,
    and said so) · ``applies`` · ``does_not_apply``.
    ``wording`` is the statutory words the reason rests on (a verbatim part of ``citation.text``).
    """

    condition: str
    outcome: str
    explanation: str
    citation: Citation
    wording: str = ""


@dataclass(frozen=True)
class Note:
    """Something else the user should know; ``citation`` is ``None`` only for sources outside the
    corpus, which are then named in ``source`` (e.g. 《中华人民共和国民法典》第一千零四十五条)."""

    text: str
    citation: Citation | None = None
    source: str | None = None


@dataclass(frozen=True)
class Decision:
    tool: str                 # "eligibility" | "duty" | "recusal"
    jurisdiction: str         # "lianyungang" | "chongqing" | …
    doc_id: str
    verdict: str
    summary: str              # one Chinese sentence, verdict first
    reasons: tuple[Reason, ...] = ()
    missing_facts: tuple[str, ...] = ()  # questions to ask the user, in Chinese
    notes: tuple[Note, ...] = ()
    role: str | None = None   # for duty decisions: the role decided for
    matched: tuple[str, ...] = field(default=())  # catalogue entry ids that matched (duty)
    act: str = ""             # duty: the user's own words of the act decided
    condition: str = ""       # what the verdict needs (在人民警察带领下, 紧急情况…), when it needs something
    condition_met: bool | None = None  # whether the story meets it; None: the story does not say
    # why the tool did not decide ("no_rule_data": no data file for this tool; "not_in_force": the text is
    # not in force on the date asked about); "" when it decided. The verdict is then the tool's undecided
    # one (not_addressed / needs_review) and the summary says why (assistant.rules.availability).
    undecided: str = ""

    @property
    def verdict_text(self) -> str:
        if self.undecided:
            return UNDECIDED_TEXT[self.undecided]
        return VERDICT_TEXT.get(self.verdict, self.verdict)

    def citations(self) -> list[Citation]:
        """Every citation of the decision, reasons first, without duplicates, in order."""
        return unique([r.citation for r in self.reasons] + [n.citation for n in self.notes if n.citation])

    def to_check(self) -> dict:
        """The ``checks`` entry of the batch contract."""
        return {
            "tool": self.tool,
            "jurisdiction": self.jurisdiction,
            "verdict": self.verdict,
            "role": self.role,
            "act": self.act or None,
            "condition_met": self.condition_met,
            "undecided": self.undecided or None,
            "summary": self.summary,
            "missing_facts": list(self.missing_facts),
            "citations": [c.to_dict() for c in self.citations()],
        }

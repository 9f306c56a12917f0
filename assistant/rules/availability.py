"""Whether a rule tool may decide for a city on a date: one check and one message for all three tools.

A tool decides only

- from a regulation in force on the date the question is about — metadata ``status`` is ``in_force``
  and ``in_force_from`` is on or before that date (a repealed text, or one not yet in force, decides
  nothing; the corpus holds one regulation per city, so no other text is applied in its place); and
- from that regulation's data file for the tool (``data/<tool>/<doc_id>.yaml``; see
  :mod:`.loader`): without one the tool does not guess from the text.

Otherwise the tool returns its undecided verdict — ``not_addressed`` for duty, ``needs_review`` for
eligibility and recusal (the verdict names of DOMAIN.md) — with :attr:`Decision.undecided` saying why
and a summary naming the text, so every tool says it the same way.

The date: the question's reference date when it states one (eligibility: 参照日期 / 报名截止日 of the
profile), otherwise today. Duty and recusal questions are about what may be done now: today.

>>> from datetime import date
>>> from assistant.corpus import Corpus
>>> d = undecided("recusal", "chongqing", Corpus.load(), on=date(2021, 8, 1))
>>> d.verdict, d.undecided, d.summary
('needs_review', 'not_in_force', '《重庆市公安机关警务辅助人员条例》自2021年9月1日起施行，2021年8月1日尚未施行：不据以判定回避问题，请以当时有效的规定为准。')
>>> undecided("recusal", "chongqing", Corpus.load(), on=date(2021, 9, 1)) is None
True
"""

from __future__ import annotations

from datetime import date

from ..corpus import Corpus
from ..models import Metadata
from .base import Decision
from .loader import load_data

# the verdict a tool gives when it does not decide
UNDECIDED_VERDICT = {"duty": "not_addressed", "eligibility": "needs_review", "recusal": "needs_review"}
# what each tool decides, as the message names it
MATTER = {"duty": "职责", "eligibility": "招聘条件", "recusal": "回避"}


def _cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def in_force(meta: Metadata, on: date) -> bool:
    """The text is in force on ``on``: not repealed, and in force from that day or earlier."""
    return meta.status == "in_force" and meta.in_force_from <= on


def undecided(tool: str, jurisdiction: str, corpus: Corpus, on: date | None = None, role: str | None = None,
              act: str = "") -> Decision | None:
    """The undecided :class:`Decision` of ``tool`` for ``jurisdiction`` on ``on`` (default today), or ``None``
    when the tool may decide (its text in force, its data there)."""
    reg = corpus.jurisdictions[jurisdiction]
    meta = reg.meta
    on = on or date.today()
    matter = MATTER[tool]
    if meta.status != "in_force":
        why = "not_in_force"
        summary = f"《{meta.title}》已废止：不据以判定{matter}问题，请以现行有效的规定为准。"
    elif meta.in_force_from > on:
        why = "not_in_force"
        summary = (f"《{meta.title}》自{_cn_date(meta.in_force_from)}起施行，{_cn_date(on)}尚未施行："
                   f"不据以判定{matter}问题，请以当时有效的规定为准。")
    elif load_data(tool, reg.doc_id) is None:
        why = "no_rule_data"
        summary = (f"《{meta.title}》还没有可自动判定{matter}问题的规则数据：本助手不作判定，"
                   f"请对照条文原文，或向所在公安机关确认。")
    else:
        return None
    return Decision(tool, jurisdiction, reg.doc_id, UNDECIDED_VERDICT[tool], summary, role=role, act=act,
                    undecided=why)

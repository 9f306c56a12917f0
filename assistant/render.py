"""Answers as Chinese text: the verdict first, then the reasons with pinpoint labels, then the
quoted texts. Pure formatting — no decisions are taken here."""

from __future__ import annotations

from .corpus import Corpus
from .models import Citation
from .rules.base import Decision

ROLE_NAMES = {"勤务": "勤务辅警", "文职": "文职辅警"}


def _place(corpus: Corpus, jurisdiction: str) -> str:
    return corpus.jurisdictions[jurisdiction].meta.jurisdiction_name


def _quote(c: Citation) -> str:
    body = c.text.replace("\n", "\n> ")
    return f"{c.label}\n> {body}"


def render_decisions(corpus: Corpus, decisions: list[Decision], context: list[Citation] = ()) -> str:
    """Verdict line per jurisdiction (and role), reasons, then every cited text verbatim."""
    several = len({d.jurisdiction for d in decisions}) > 1 or len(decisions) > 1
    lines: list[str] = []
    for d in decisions:
        who = _place(corpus, d.jurisdiction)
        if d.role:
            who += ROLE_NAMES.get(d.role, d.role)
        lines.append(f"【{d.verdict_text}】{who}：{d.summary}" if several else f"【{d.verdict_text}】{d.summary}")
    lines.append("")
    lines.append("理由：")
    for d in decisions:
        prefix = f"（{_place(corpus, d.jurisdiction)}）" if several else ""
        for r in d.reasons:
            lines.append(f"- {prefix}{r.explanation}（{r.citation.label}）")
        if d.missing_facts:
            lines.append(f"- {prefix}还需要了解：" + "；".join(d.missing_facts))
        for n in d.notes:
            src = n.citation.label if n.citation else (f"{n.source}，不在本库收录范围" if n.source else "")
            lines.append(f"- {prefix}{n.text}" + (f"（{src}）" if src else ""))
    cites: list[Citation] = []
    seen: set[str] = set()
    for c in [c for d in decisions for c in d.citations()] + list(context):
        if c.id not in seen:
            seen.add(c.id)
            cites.append(c)
    if context:
        lines.append("- 相关条文附后，仅供参考。")
    lines.append("")
    lines.append("条文原文：")
    lines.extend(_quote(c) for c in cites)
    return "\n".join(lines)


def render_lookup(corpus: Corpus, per_jurisdiction: dict[str, list[Citation]], compare: bool = False) -> str:
    """Per jurisdiction: where the answer stands (pinpoint labels), then the quoted texts."""
    lines: list[str] = []
    shown = {j: cs for j, cs in per_jurisdiction.items() if cs}
    several = len(per_jurisdiction) > 1
    if compare:
        lines.append("两地规定对照如下：")
    for j, cites in per_jurisdiction.items():
        where = f"{_place(corpus, j)}：" if several else ""
        if not cites:
            lines.append(f"{where}这些规定没有涉及这个问题。")
            continue
        lines.append(f"{where}见" + "、".join(c.label for c in cites) + "。")
    lines.append("")
    lines.append("条文原文：")
    for cites in shown.values():
        lines.extend(_quote(c) for c in cites)
    return "\n".join(lines)

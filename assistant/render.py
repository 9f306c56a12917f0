"""Answers as Chinese text: the verdict first, then the reasons with pinpoint labels, then the
quoted texts. Pure formatting — no decisions are taken here.

Per city, the decisive check (the most restrictive; the answer path orders them) is the headline;
other acts of the same question follow it ("另："). A summary carries no verdict word: the verdict is
said once, in the brackets. What the answer assumed (a role read from a workplace) is said after the
headline.
"""

from __future__ import annotations

from .corpus import Corpus
from .models import Citation
from .rules.base import Decision, role_name


def _place(corpus: Corpus, jurisdiction: str) -> str:
    return corpus.jurisdictions[jurisdiction].meta.jurisdiction_name


def _quote(c: Citation) -> str:
    body = c.text.replace("\n", "\n> ")
    return f"{c.label}\n> {body}"


def _act(d: Decision) -> str:
    return f"“{d.act}”" if d.act else ""


def render_decisions(corpus: Corpus, decisions: list[Decision], context: list[Citation] = (),
                     assumptions: list[str] = ()) -> str:
    """Verdict line per city (and role), other acts after it, reasons, then every cited text verbatim."""
    cities = list(dict.fromkeys(d.jurisdiction for d in decisions))
    several_cities = len(cities) > 1
    several_acts = len({d.act for d in decisions if d.act}) > 1
    lines: list[str] = []
    for j in cities:
        mine = [d for d in decisions if d.jurisdiction == j]
        for k, d in enumerate(mine):
            who = _place(corpus, j) if several_cities else ""
            if d.role and (len(mine) > 1 or several_cities or d.tool == "duty"):
                who += role_name(d.role)
            what = _act(d) if several_acts else ""
            label = "：".join(x for x in (who, what) if x)
            lead = "另：" if k else ""
            lines.append(f"{lead}【{d.verdict_text}】" + (f"{label}：" if label else "") + d.summary)
    lines += [f"（{a}）" for a in assumptions]
    lines.append("")
    lines.append("理由：")
    for d in decisions:
        prefix = "".join(filter(None, [f"（{_place(corpus, d.jurisdiction)}）" if several_cities else "",
                                       f"[{d.act}] " if several_acts and d.act else ""]))
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

"""Answers as Chinese text: the verdict first, then the reasons with pinpoint labels, then the
quoted texts. Pure formatting — no decisions are taken here.

Per city, the decisive check (the most restrictive; the answer path orders them) is the headline;
other acts of the same question follow it ("另："). A summary carries no verdict word: the verdict is
said once, in the brackets. What the answer assumed (a role read from a workplace) is said after the
headline.
"""

from __future__ import annotations

from .corpus import Corpus
from .models import Citation, unique
from .rules.base import Decision, role_name


def render_answer(corpus: Corpus, answer) -> str:
    """The text of an :class:`~assistant.answer.Answer`, from its parts: an abstention's reason, the
    decisions, or the look-up parts."""
    if answer.abstention is not None:
        return answer.abstention.reason
    if answer.checks:
        text = render_decisions(corpus, answer.checks, answer.context, answer.assumptions)
        # a question for the texts asked beside the act ("要是抓错了谁来赔") follows the decisions
        return text + "\n\n另：" + render_lookup(corpus, answer.lookups) if answer.lookups else text
    return render_lookup(corpus, answer.lookups, compare=answer.intent == "compare", assumptions=answer.assumptions)


def who(corpus: Corpus, d: Decision, several_cities: bool, several: bool) -> str:
    """Whom a verdict line is about: the city when there are several, the role when it matters."""
    out = _place(corpus, d.jurisdiction) if several_cities else ""
    if d.role and (several or several_cities or d.tool == "duty"):
        out += role_name(d.role)
    return out


def reason_lines(d: Decision) -> list[tuple[str, str, str, str]]:
    """A decision's reasons, missing facts and notes as (kind, condition, text, source label) — the one list
    both renderers format: kind is the reason's outcome, "missing" or "note"; condition is the reason's
    (empty for the others)."""
    out = [(r.outcome, r.condition, r.explanation, r.citation.label) for r in d.reasons]
    if d.missing_facts:
        out.append(("missing", "", "还需要了解：" + "；".join(d.missing_facts), ""))
    for n in d.notes:
        src = n.citation.label if n.citation else (f"{n.source}，不在本库收录范围" if n.source else "")
        out.append(("note", "", n.text, src))
    return out


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
            what = _act(d) if several_acts else ""
            label = "：".join(x for x in (who(corpus, d, several_cities, len(mine) > 1), what) if x)
            lead = "另：" if k else ""
            lines.append(f"{lead}【{d.verdict_text}】" + (f"{label}：" if label else "") + d.summary)
    lines += [f"（{a}）" for a in assumptions]
    lines.append("")
    lines.append("理由：")
    for d in decisions:
        prefix = "".join(filter(None, [f"（{_place(corpus, d.jurisdiction)}）" if several_cities else "",
                                       f"[{d.act}] " if several_acts and d.act else ""]))
        for _, _, text, src in reason_lines(d):
            lines.append(f"- {prefix}{text}" + (f"（{src}）" if src else ""))
    cites = unique([c for d in decisions for c in d.citations()] + list(context))
    if context:
        lines.append("- 相关条文附后，仅供参考。")
    lines.append("")
    lines.append("条文原文：")
    lines.extend(_quote(c) for c in cites)
    return "\n".join(lines)


def _short(c: Citation) -> str:
    """The pinpoint without the title ("第四十一条第一款"): the title is given with the quoted texts."""
    return c.label.split("》", 1)[-1]


def render_passages(passages) -> str:
    """The quoted sentences, each after its pinpoint; a sentence of the article just named carries only
    the rest of its pinpoint ("第十六条第一款：“…下列工作：”第（二）项：“（二）…”"), one of the same unit none.

    >>> from assistant.corpus import Corpus
    >>> from assistant.parts import Passage
    >>> c = Corpus.load()
    >>> para, item = c.citation("chongqing-2021", 16, 1), c.citation("chongqing-2021", 16, 1, 2)
    >>> render_passages([Passage(para, "根据公安机关的安排，勤务辅警可以在人民警察带领下协助从事下列工作："),
    ...                  Passage(item, "（二）盘查、堵控、监控、看管违法犯罪嫌疑人；")])
    '第十六条：“根据公安机关的安排，勤务辅警可以在人民警察带领下协助从事下列工作：”第（二）项：“（二）盘查、堵控、监控、看管违法犯罪嫌疑人；”'
    """
    out, previous = [], None
    for p in passages:
        label = _short(p.citation)
        if previous is not None and p.citation.id == previous.id:
            label = ""
        elif previous is not None and p.citation.article_id == previous.article_id:
            rest = label.split("条", 1)[1]
            label = rest or label
        out.append(f"{label}：“{p.text}”" if label else f"“{p.text}”")
        previous = p.citation
    return "".join(out)


def lookup_headline(part, place: str = "") -> str:
    """One city's headline: (city：)(verdict。)quoted sentences, the note after them — or before them
    when the answer is that a figure is not stated."""
    where = f"{place}：" if place else ""
    if not part.citations:
        return where + (part.note or "这些规定没有涉及这个问题。")
    verdict = f"{part.verdict}。" if part.verdict else ""
    quotes = render_passages(part.passages)
    if part.shape == "figure":
        return f"{where}{part.note}{quotes}"
    return f"{where}{verdict}{quotes}" + (f"（{part.note}）" if part.note else "")


def render_lookup(corpus: Corpus, parts, compare: bool = False, assumptions: list[str] = ()) -> str:
    """Per city (labelled when there are several): the answer — the deciding sentences quoted with
    their pinpoints — and what it assumed (a city read from the user's speech), then the cited texts in full,
    then the related articles (not cited)."""
    lines: list[str] = []
    if compare:
        lines.append("、".join(_place(corpus, p.jurisdiction) for p in parts) + "的规定对照如下：")
    several = len(parts) > 1
    for part in parts:
        lines.append(lookup_headline(part, _place(corpus, part.jurisdiction) if several else ""))
    lines += [f"（{a}）" for a in assumptions]
    lines.append("")
    lines.append("条文原文：")
    lines.extend(_quote(c) for c in unique(c for part in parts for c in part.citations))
    cited = {c.article_id for part in parts for c in part.citations}
    related = [c for part in parts for c in part.related if c.article_id not in cited]
    if related:
        lines.append("")
        lines.append("相关条文（供参考，不是本回答的依据）：" + "；".join(dict.fromkeys(c.label for c in related)))
    return "\n".join(lines)

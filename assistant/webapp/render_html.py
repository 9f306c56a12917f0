"""Answers, decisions and articles as HTML for the web app. Pure formatting.

Every piece of user or corpus text goes through :func:`html.escape` here, so nothing typed into
the app (or found in a corpus file) can become markup or script. Verdicts become coloured
badges (:data:`BADGE_KIND`); citations become ``<details>`` items whose body is the whole article
with the cited paragraph or item in ``<mark>``.

>>> badge_kind("forbidden"), badge_kind("permitted_with_police_lead")
('red', 'blue')
>>> "&lt;script&gt;" in question_html("<script>alert(1)</script>")
True
"""

from __future__ import annotations

from html import escape

from ..models import Citation
from ..rules.base import VERDICT_TEXT, Decision

# verdict → badge colour (DOMAIN.md verdict vocabulary)
BADGE_KIND = {
    "permitted": "green", "eligible": "green", "no_recusal": "green",
    "permitted_with_police_lead": "blue",
    "conditional": "amber", "needs_review": "amber",
    "forbidden": "red", "ineligible": "red", "must_recuse": "red",
    "not_addressed": "grey", "not_in_role": "grey", "abstained": "grey",
}
ROLE_NAMES = {"勤务": "勤务辅警", "文职": "文职辅警"}
JURISDICTION_NAMES = {"lianyungang": "连云港", "chongqing": "重庆"}


def badge_kind(verdict: str) -> str:
    """The colour of a verdict's badge: green · blue · amber · red · grey (unknown → grey)."""
    return BADGE_KIND.get(verdict, "grey")


def badge(verdict: str, text: str | None = None) -> str:
    label = text or VERDICT_TEXT.get(verdict, "未涉及" if verdict == "abstained" else verdict)
    return (f'<span class="fj-badge fj-badge-{badge_kind(verdict)}" data-verdict="{escape(verdict)}">'
            f'{escape(label)}</span>')


def _br(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def place(corpus, jurisdiction: str) -> str:
    try:
        return corpus.jurisdictions[jurisdiction].meta.jurisdiction_name
    except (KeyError, AttributeError):
        return JURISDICTION_NAMES.get(jurisdiction, jurisdiction)


# -- articles and citations -----------------------------------------------------------------------
def _paragraph_html(p, mark_item: int | None, mark_all: bool) -> str:
    """One 款: lead then one line per 项; the cited unit in <mark>."""
    items = list(p.items)
    structured = items and p.text == p.lead + "".join(i.text for i in items)
    if not structured:
        body = _br(p.text)
        return f'<p class="fj-para">{"<mark>" + body + "</mark>" if mark_all else body}</p>'
    lines = [f'<span class="fj-lead">{_br(p.lead)}</span>'] if p.lead else []
    for it in items:
        text = _br(it.text)
        if mark_all or it.number == mark_item:
            text = f"<mark>{text}</mark>"
        lines.append(f'<span class="fj-item">{text}</span>')
    return f'<p class="fj-para">{"".join(lines)}</p>'


def article_html(corpus, c: Citation) -> str:
    """The whole article of a citation, the cited paragraph/item marked (whole article: nothing marked)."""
    try:
        art = corpus.article(c.doc_id, c.article)
    except (KeyError, AttributeError):
        return f'<div class="fj-article"><p class="fj-para"><mark>{_br(c.text)}</mark></p></div>'
    paras = []
    for p in art.paragraphs:
        if c.paragraph is None or p.number != c.paragraph:
            paras.append(_paragraph_html(p, None, False))
        else:
            paras.append(_paragraph_html(p, c.item, c.item is None))
    title = corpus.regulation(c.doc_id).meta.title
    head = f'<div class="fj-article-head">《{escape(title)}》{escape(art.heading)}</div>'
    return f'<div class="fj-article">{head}{"".join(paras)}</div>'


def citation_html(corpus, c: Citation, open_: bool = False) -> str:
    """An expandable citation: the label and the quoted unit; opened, the whole article."""
    snippet = c.text if len(c.text) <= 80 else c.text[:80] + "…"
    return (f'<details class="fj-cite" data-cite="{escape(c.id)}"{" open" if open_ else ""}>'
            f'<summary><span class="fj-cite-label">{escape(c.label)}</span>'
            f'<span class="fj-cite-snippet">{escape(snippet)}</span></summary>'
            f'{article_html(corpus, c)}</details>')


def citations_html(corpus, citations) -> str:
    if not citations:
        return ""
    return ('<div class="fj-cites"><div class="fj-section-title">条文依据（点击展开全文）</div>'
            + "".join(citation_html(corpus, c) for c in citations) + "</div>")


# -- decisions --------------------------------------------------------------------------------------
def who(corpus, d: Decision) -> str:
    return place(corpus, d.jurisdiction) + (ROLE_NAMES.get(d.role, d.role) if d.role else "")


def verdict_line(corpus, d: Decision, show_who: bool = True) -> str:
    w = f'<span class="fj-who">{escape(who(corpus, d))}</span>' if show_who else ""
    summary = d.summary
    for sep in ("：", ":"):  # the badge already says the verdict: "不可以：条文规定…" → "条文规定…"
        if summary.startswith(d.verdict_text + sep):
            summary = summary[len(d.verdict_text) + 1:]
    return f'<div class="fj-verdict">{badge(d.verdict)}{w}<span class="fj-summary">{escape(summary)}</span></div>'


OUTCOME_MARK = {"met": ("✓", "ok"), "not_met": ("✗", "bad"), "unknown": ("?", "open"),
                "discretionary": ("!", "open"), "assumed": ("~", "open"), "applies": ("•", "bad"),
                "does_not_apply": ("•", "ok")}


def reasons_html(corpus, decisions, show_who: bool = True) -> str:
    rows = []
    for d in decisions:
        prefix = f'<span class="fj-who-small">{escape(place(corpus, d.jurisdiction))}</span>' if show_who else ""
        for r in d.reasons:
            sym, cls = OUTCOME_MARK.get(r.outcome, ("•", "open"))
            rows.append(f'<li class="fj-reason fj-{cls}"><span class="fj-mark">{sym}</span>{prefix}'
                        f'<span class="fj-cond">{escape(r.condition)}</span>：{escape(r.explanation)}'
                        f'<span class="fj-ref">（{escape(r.citation.label)}）</span></li>')
        if d.missing_facts:
            rows.append(f'<li class="fj-reason fj-open"><span class="fj-mark">?</span>{prefix}还需要了解：'
                        f'{escape("；".join(d.missing_facts))}</li>')
        for n in d.notes:
            src = n.citation.label if n.citation else (f"{n.source}，不在本库收录范围" if n.source else "")
            rows.append(f'<li class="fj-reason fj-note"><span class="fj-mark">i</span>{prefix}{escape(n.text)}'
                        + (f'<span class="fj-ref">（{escape(src)}）</span>' if src else "") + "</li>")
    if not rows:
        return ""
    return f'<div class="fj-reasons"><div class="fj-section-title">理由</div><ul>{"".join(rows)}</ul></div>'


def decision_card(corpus, d: Decision) -> str:
    """One decision (e.g. one city's eligibility) as a card: badge, summary, conditions, articles."""
    return (f'<div class="fj-card"><div class="fj-card-title">{escape(place(corpus, d.jurisdiction))}</div>'
            f'{verdict_line(corpus, d, show_who=False)}{reasons_html(corpus, [d], show_who=False)}'
            f'{citations_html(corpus, d.citations())}</div>')


def columns(cards: list[str]) -> str:
    return f'<div class="fj-columns fj-cols-{len(cards)}">{"".join(cards)}</div>'


# -- chat answers -----------------------------------------------------------------------------------
def _lead_lines(text: str) -> list[str]:
    """The lines of an answer text before its quoted texts (lookup answers have no decisions)."""
    head = text.split("条文原文：", 1)[0]
    return [ln for ln in head.splitlines() if ln.strip()]


def answer_stages(corpus, answer) -> list[str]:
    """The answer HTML as it is composed: verdict first, then reasons, then the texts.

    Each element is the complete HTML shown at that stage (streamed one after the other).
    """
    several = len(answer.checks) > 1 or len(set(answer.jurisdictions)) > 1
    if answer.checks:
        verdicts = "".join(verdict_line(corpus, d, show_who=several or bool(d.role)) for d in answer.checks)
        reasons = reasons_html(corpus, answer.checks, show_who=several)
    elif answer.abstained:
        lines = _lead_lines(answer.text)
        verdicts = (f'<div class="fj-verdict">{badge("abstained")}<span class="fj-summary">'
                    f'{escape(lines[0] if lines else answer.text)}</span></div>')
        reasons = "".join(f'<p class="fj-text">{escape(ln)}</p>' for ln in lines[1:])
    else:
        lines = _lead_lines(answer.text)
        verdicts = (f'<div class="fj-verdict"><span class="fj-badge fj-badge-slate" data-verdict="lookup">相关条文'
                    f'</span><span class="fj-summary">{escape(lines[0] if lines else "")}</span></div>')
        reasons = "".join(f'<p class="fj-text">{escape(ln)}</p>' for ln in lines[1:])
    cites = citations_html(corpus, answer.citations)
    stages = [verdicts, verdicts + reasons, verdicts + reasons + cites]
    return [f'<div class="fj-answer">{s}</div>' for s in stages]


def question_html(question: str, context: str = "") -> str:
    ctx = f'<span class="fj-context">{escape(context)}</span>' if context else ""
    return f'<div class="fj-q"><div class="fj-q-bubble">{escape(question)}</div>{ctx}</div>'


def message_html(text: str, kind: str = "info") -> str:
    """A short notice (empty input, error) in place of an answer."""
    return f'<div class="fj-answer fj-notice fj-notice-{escape(kind)}">{escape(text)}</div>'


def pending_html() -> str:
    return '<div class="fj-answer fj-pending"><span class="fj-dots">正在查找条文并判断</span></div>'


def conversation_html(turns: list[dict], empty: str = "") -> str:
    """All turns: each ``{"question_html", "answer_html"}``, newest last."""
    if not turns:
        return f'<div class="fj-conv fj-empty">{empty}</div>'
    body = "".join(f'<div class="fj-turn">{t["question_html"]}{t["answer_html"]}</div>' for t in turns)
    return f'<div class="fj-conv">{body}</div>'


def empty_screen() -> str:
    return ('<div class="fj-welcome"><div class="fj-welcome-title">请直接用平常的话提问</div>'
            '<div class="fj-welcome-text">例如“我能不能一个人去处理交通事故现场？”“38岁、大专、曾被行政拘留，能报吗？”。'
            '每个回答先给结论，再给理由和条文原文；点开条文可看整条全文，所引款项已高亮。'
            '本助手收录《连云港市警务辅助人员管理办法》与《重庆市公安机关警务辅助人员条例》，'
            '回答仅供参考，以所在公安机关的安排为准。</div></div>')

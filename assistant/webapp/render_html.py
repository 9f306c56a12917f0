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
from ..places import places
from ..render import lookup_headline, reason_lines
from ..rules.base import VERDICT_TEXT, Decision, role_name

# verdict → badge colour (DOMAIN.md verdict vocabulary)
BADGE_KIND = {
    "permitted": "green", "eligible": "green", "no_recusal": "green",
    "permitted_with_police_lead": "blue",
    "conditional": "amber", "needs_review": "amber",
    "forbidden": "red", "ineligible": "red", "must_recuse": "red",
    "not_addressed": "grey", "not_in_role": "grey", "abstained": "grey",
}


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
        return jurisdiction


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
    return place(corpus, d.jurisdiction) + (role_name(d.role) if d.role else "")


def verdict_line(corpus, d: Decision, show_who: bool = True, act: bool = False) -> str:
    """The badge, whom it concerns, the act (when several were asked) and the summary — which carries
    no verdict word: the badge says it."""
    w = f'<span class="fj-who">{escape(who(corpus, d))}</span>' if show_who else ""
    a = f'<span class="fj-act">“{escape(d.act)}”</span>' if act and d.act else ""
    return f'<div class="fj-verdict">{badge(d.verdict, d.verdict_text)}{w}{a}<span class="fj-summary">{escape(d.summary)}</span></div>'


OUTCOME_MARK = {"met": ("✓", "ok"), "not_met": ("✗", "bad"), "unknown": ("?", "open"),
                "discretionary": ("!", "open"), "assumed": ("~", "open"), "applies": ("•", "bad"),
                "does_not_apply": ("•", "ok")}


OUTCOME_MARK.update({"missing": ("?", "open"), "note": ("i", "note")})


def reasons_html(corpus, decisions, show_who: bool = True) -> str:
    rows = []
    for d in decisions:
        prefix = f'<span class="fj-who-small">{escape(place(corpus, d.jurisdiction))}</span>' if show_who else ""
        for kind, condition, text, src in reason_lines(d):
            sym, cls = OUTCOME_MARK.get(kind, ("•", "open"))
            cond = f'<span class="fj-cond">{escape(condition)}</span>：' if condition else ""
            rows.append(f'<li class="fj-reason fj-{cls}"><span class="fj-mark">{sym}</span>{prefix}{cond}{escape(text)}'
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
def _lookup_html(corpus, part, several: bool) -> str:
    """One city's look-up: the deciding sentences quoted with their pinpoints (the text renderer's
    headline), under a 是 / 否 badge for a yes-or-no question, else "条文"."""
    text = lookup_headline(part, place(corpus, part.jurisdiction) if several else "")
    kind = {"是": "green", "否": "red"}.get(part.verdict, "slate")
    label = part.verdict if part.verdict in ("是", "否") else ("条文" if part.citations else "未涉及")
    return (f'<div class="fj-verdict"><span class="fj-badge fj-badge-{kind}" data-verdict="lookup">{escape(label)}'
            f'</span><span class="fj-summary">{escape(text)}</span></div>')


def answer_stages(corpus, answer) -> list[str]:
    """The answer HTML as it is composed from the answer's parts: verdict (or the deciding sentence)
    first, then reasons, then the texts. Each element is the complete HTML shown at that stage."""
    several = len(set(answer.jurisdictions)) > 1
    if answer.abstention is not None:
        verdicts = (f'<div class="fj-verdict">{badge("abstained")}<span class="fj-summary">'
                    f'{escape(answer.abstention.reason)}</span></div>')
        reasons = ""
    elif answer.checks:
        several_acts = len({d.act for d in answer.checks if d.act}) > 1
        verdicts = "".join(verdict_line(corpus, d, show_who=several or len(answer.checks) > 1 or bool(d.role),
                                        act=several_acts) for d in answer.checks)
        verdicts += "".join(f'<p class="fj-text fj-assumption">（{escape(a)}）</p>' for a in answer.assumptions)
        # a question for the texts asked beside the act ("要是抓错了谁来赔"): its deciding sentence after the verdicts
        verdicts += "".join(_lookup_html(corpus, p, several) for p in answer.lookups)
        reasons = reasons_html(corpus, answer.checks, show_who=several)
    else:
        verdicts = "".join(_lookup_html(corpus, p, several) for p in answer.lookups)
        related = [c.label for c in answer.related]
        reasons = (f'<p class="fj-text fj-related">相关条文（供参考，不是本回答的依据）：{escape("；".join(related))}</p>'
                   if related else "")
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


def empty_screen(corpus) -> str:
    """The welcome text, naming the texts the corpus holds (their metadata titles)."""
    titles = "与".join(f"《{p.title}》" for p in places(corpus))
    return ('<div class="fj-welcome"><div class="fj-welcome-title">请直接用平常的话提问</div>'
            '<div class="fj-welcome-text">例如“我能不能一个人去处理交通事故现场？”“38岁、大专、曾被行政拘留，能报吗？”。'
            '每个回答先给结论，再给理由和条文原文；点开条文可看整条全文，所引款项已高亮。'
            f'本助手收录{escape(titles)}，回答仅供参考，以所在公安机关的安排为准。</div></div>')

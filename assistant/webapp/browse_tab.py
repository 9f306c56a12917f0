"""The 浏览与对照 tab (trainers): table of contents per city, full-text search, comparison by topic."""

from __future__ import annotations

import logging
from html import escape

from ..models import Citation
from ..topics import compare_topic, search_articles, table_of_contents, topics
from . import render_html as R
from .state import get_corpus

log = logging.getLogger("assistant.webapp")
MAX_QUERY = 100


def _article_details(corpus, doc_id: str, number: int, heading: str) -> str:
    c = corpus.citation(doc_id, number)
    body = R.article_html(corpus, c)
    return (f'<details class="fj-cite fj-toc-article"><summary><span class="fj-cite-label">{escape(heading)}</span>'
            f'</summary>{body}</details>')


def toc_html(jurisdiction: str) -> str:
    """Chapters → articles of one city; each article opens to its full text."""
    try:
        corpus = get_corpus()
        reg = corpus.jurisdictions[jurisdiction]
        parts = [f'<div class="fj-doc-title">《{escape(reg.meta.title)}》</div>'
                 f'<div class="fj-hint">{escape(reg.meta.issuer)} · {escape(reg.meta.document_number)} · '
                 f'{reg.meta.in_force_from:%Y年%m月%d日}起施行</div>']
        for chapter in table_of_contents(corpus, jurisdiction):
            items = "".join(_article_details(corpus, reg.doc_id, int(aid.split(":")[1]), heading)
                            for aid, heading in chapter.articles)
            parts.append(f'<div class="fj-chapter"><div class="fj-chapter-title">{escape(chapter.title or "正文")}'
                         f"</div>{items}</div>")
        return '<div class="fj-toc">' + "".join(parts) + "</div>"
    except Exception:  # noqa: BLE001
        log.exception("toc failed")
        return R.message_html("目录暂时无法显示。", "error")


def _cite_list(corpus, cites: list[Citation]) -> str:
    return "".join(R.citation_html(corpus, c) for c in cites)


def search_html(query: str, jurisdiction: str) -> str:
    query = (query or "").strip()
    if not query:
        return R.message_html("请输入要检索的词语，例如：回避、试用期、抚恤。", "warn")
    if len(query) > MAX_QUERY:
        return R.message_html(f"检索词太长，请精简到 {MAX_QUERY} 字以内。", "warn")
    try:
        corpus = get_corpus()
        hits = search_articles(corpus, query, jurisdiction=jurisdiction or None, limit=50)
    except Exception:  # noqa: BLE001
        log.exception("search failed")
        return R.message_html("检索时出了点问题，请换个词再试。", "error")
    if not hits:
        return R.message_html(f"没有找到包含“{query}”的条文。", "info")
    return f'<div class="fj-hint">找到 {len(hits)} 条。</div>' + _cite_list(corpus, hits)


def topic_choices() -> list[tuple[str, str]]:
    return [(t.label, key) for key, t in topics().items()]


def compare_html(topic: str | None) -> str:
    """The two cities side by side on one topic, each with its articles' full text."""
    if not topic:
        return R.message_html("请选择一个主题。", "info")
    try:
        corpus = get_corpus()
        per_city = compare_topic(corpus, topic)
    except KeyError:
        return R.message_html("没有这个主题，请从列表中选择。", "warn")
    except Exception:  # noqa: BLE001
        log.exception("compare failed")
        return R.message_html("对照暂时无法显示。", "error")
    cards = []
    for j in corpus.jurisdictions:
        cites = per_city.get(j) or []
        body = "".join(R.citation_html(corpus, c, open_=True) for c in cites) if cites else \
            '<p class="fj-text">这些规定中没有专门条文。</p>'
        cards.append(f'<div class="fj-card"><div class="fj-card-title">{escape(R.place(corpus, j))}</div>{body}</div>')
    return R.columns(cards)

"""Regulation text → :class:`~assistant.models.Regulation`.

Handles what real originals contain: an issuing notice before the first article or chapter
(skipped), chapter headings with odd spacing (``第一章　总  则``), full-width or ASCII spaces
(or none) after ``第X条``, items one per line (Lianyungang) or inline in one line (Chongqing),
and Chinese numerals of any size. Anything that would make citations wrong — no articles,
a skipped or repeated article, chapter or item number — is refused with a :class:`CorpusError`.
"""

from __future__ import annotations

import re

from .errors import CorpusError
from .models import Article, Chapter, Item, Metadata, Paragraph, Regulation
from .numerals import NUMERAL_CHARS, cn_to_int

_N = f"[{NUMERAL_CHARS}]+"
# Whitespace incl. the full-width space U+3000 and no-break spaces found in pasted texts.
_WS = "[\\s\u3000\u00a0]"
ARTICLE_RE = re.compile(f"^{_WS}*第({_N})条{_WS}*")
CHAPTER_RE = re.compile(f"^{_WS}*第({_N})章{_WS}*(.*)$")
ITEM_LINE_RE = re.compile(f"^（({_N})）")
ITEM_MARK_RE = re.compile(f"（({_N})）")


def _clean(line: str) -> str:
    return line.strip(" \t\r\n\u3000\u00a0\ufeff")


def _split_inline_items(text: str) -> tuple[str, list[tuple[int, str]]]:
    """Split ``…：（一）…；（二）…。`` into the lead-in and numbered items.

    Only markers that continue the sequence 1, 2, 3 … count, so a stray ``（二）`` elsewhere in a
    sentence is left alone.
    """
    cuts: list[tuple[int, int]] = []  # (start offset, number)
    expected = 1
    for m in ITEM_MARK_RE.finditer(text):
        if cn_to_int(m.group(1)) == expected:
            cuts.append((m.start(), expected))
            expected += 1
    if not cuts:
        return text, []
    lead = text[: cuts[0][0]]
    items = []
    for i, (start, number) in enumerate(cuts):
        end = cuts[i + 1][0] if i + 1 < len(cuts) else len(text)
        items.append((number, text[start:end]))
    return lead, items


def _build_paragraphs(path, heading: str, lines: list[str]) -> tuple[Paragraph, ...]:
    """Group an article's body lines into paragraphs; item lines join the paragraph above."""
    groups: list[list[str]] = []
    for line in lines:
        if ITEM_LINE_RE.match(line) and groups:
            groups[-1].append(line)
        else:
            groups.append([line])
    paragraphs = []
    for number, group in enumerate(groups, start=1):
        if len(group) > 1:  # items one per line
            lead = group[0]
            items = [(cn_to_int(ITEM_LINE_RE.match(l).group(1)), l) for l in group[1:]]
        else:
            lead, items = _split_inline_items(group[0])
        for expected, (n, _) in enumerate(items, start=1):
            if n != expected:
                raise CorpusError(path, f"{heading}第{number}款的项号不连续：期望（{expected}），实为（{n}）")
        paragraphs.append(Paragraph(number=number, text="\n".join(group), lead=lead,
                                    items=tuple(Item(n, t) for n, t in items)))
    return tuple(paragraphs)


def parse_regulation(text: str, meta: Metadata, path="<text>") -> Regulation:
    """Parse the original text of a regulation.

    >>> from datetime import date
    >>> meta = Metadata("demo-2024", "示例办法", "示例", "demo", "示例市", "规范性文件", "示例市政府",
    ...                 "示政发〔2024〕1号", date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 1), "in_force")
    >>> reg = parse_regulation("关于印发的通知\\n第一条 为了示例。\\n第二条　辅警不得：（一）甲；（二）乙。", meta)
    >>> [a.id for a in reg.articles], len(reg.article(2).paragraphs[0].items)
    (['demo-2024:1', 'demo-2024:2'], 2)
    """
    chapters: list[Chapter] = []
    bodies: list[tuple[int, str, list[str], Chapter | None]] = []  # number, heading, lines, chapter
    current_chapter: Chapter | None = None
    for raw in text.splitlines():
        line = _clean(raw)
        if not line:
            continue
        if m := CHAPTER_RE.match(raw):
            number = cn_to_int(m.group(1))
            if number != len(chapters) + 1:
                raise CorpusError(path, f"章号不连续：期望第{len(chapters) + 1}章，实为「{line}」")
            title = re.sub(f"{_WS}+", "", m.group(2))
            current_chapter = Chapter(number, title)
            chapters.append(current_chapter)
            continue
        if m := ARTICLE_RE.match(raw):
            number = cn_to_int(m.group(1))
            expected = len(bodies) + 1
            if number != expected:
                kind = "重复" if number < expected else "跳号"
                raise CorpusError(path, f"条号{kind}：第{expected}条处出现「{line[:20]}」")
            rest = _clean(raw[m.end():])
            bodies.append((number, f"第{m.group(1)}条", [rest] if rest else [], current_chapter))
            continue
        if bodies:
            bodies[-1][2].append(line)
        # lines before the first article (notice, title, signature) are not part of the measures
    if not bodies:
        raise CorpusError(path, "没有找到任何条文（第一条、第二条……）")
    articles = []
    for number, heading, lines, chapter in bodies:
        if not lines:
            raise CorpusError(path, f"{heading}没有正文")
        articles.append(Article(
            doc_id=meta.doc_id, number=number,
            paragraphs=_build_paragraphs(path, heading, lines),
            chapter=chapter.number if chapter else None,
            chapter_title=chapter.title if chapter else None,
        ))
    return Regulation(meta=meta, articles=tuple(articles), chapters=tuple(chapters), source_text=text)

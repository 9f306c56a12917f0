"""Questions about a text's own dates and standing: when it took effect, what it repealed, when it
was adopted, whether an earlier version still applies.

Retrieval is no help here ("这个管理办法从什么时候开始施行" is far, in meaning, from any article); the
answer stands in the text's final articles (本办法自印发之日起施行 … 同时废止) and in its metadata
(``corpus/*.toml``: adopted, issued, in_force_from, repeals, status). Sentences are quoted from the
articles; what only the metadata records (the date a text was issued, the meeting that adopted it) is
said in the note, labelled as the document's publication data, never as an article.

>>> from assistant.corpus import Corpus
>>> asks("这个管理办法从什么时候开始施行？以前的试行办法还有效吗？")
('in_force', 'repealed')
>>> asks("辅警实施临时保护性约束措施要注意什么") is None
True
>>> asks("办法规定可以由县级以上公安机关单独组织实施吗") is None
True
>>> corpus = Corpus.load()
>>> [(s.citation.article, s.text) for s in final_sentences(corpus, corpus.jurisdictions["chongqing"], "in_force")]
[(44, '本条例自2021年9月1日起施行。')]
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from . import phrases, yamlfile
from .corpus import Corpus
from .models import Regulation
from .sentences import Sentence, by_article

WORDS = Path(__file__).parent / "data" / "lookup.yaml"
# where a text says when it takes effect and what it repeals: its last articles
FINAL_ARTICLES = 3
# sentence words of each matter
MARKS = {"in_force": ("施行", "生效"), "repealed": ("废止", "失效")}
# an earlier text, not this one ("以前的试行办法还有效吗")
EARLIER = ("以前", "之前", "原来", "原", "旧", "老的", "试行", "过去")


# who carries something out, said before 实施 / 实行 ("组织实施", "负责实施")
_CARRIED_OUT = re.compile(r"(组织|负责|具体|协助|统一|依法|共同|分别|单独|自行|抓紧|认真)$")


@lru_cache(maxsize=1)
def _words() -> dict[str, list[str]]:
    return yamlfile.safe_load(WORDS.read_text(encoding="utf-8"))["own_dates"]


def asks(question: str, when: bool = False) -> tuple[str, ...] | None:
    """What of the text's own dates the question asks, in order: ``in_force``, ``repealed``,
    ``adopted``; ``None`` when it asks none. A date word counts when the question names a text
    ("办法", "条例", "试行"…) or, for ``in_force``/``adopted``, asks when (``when``, or 什么时候 …)."""
    w = _words()
    names_text = phrases.any_in(question, w["texts"])
    asks_when = when or phrases.any_in(question, ["什么时候", "啥时候", "何时", "哪天", "哪一天", "几号", "哪年", "日期", "多久", "好久"])
    found = []
    # "由县级以上公安机关单独组织实施": 实施 of carrying out a task, no text taking effect
    in_force = [h for h in phrases.hits(question, w["in_force"]) if not _CARRIED_OUT.search(question[:h.start])]
    if in_force and (names_text or asks_when):
        found.append(("in_force", in_force[0].start))
    if phrases.any_in(question, w["repealed"]) and names_text:
        found.append(("repealed", phrases.first(question, w["repealed"]).start))
    if phrases.any_in(question, w["adopted"]) and names_text and asks_when:
        found.append(("adopted", phrases.first(question, w["adopted"]).start))
    return tuple(k for k, _ in sorted(found, key=lambda x: x[1])) or None


def about_earlier_text(question: str) -> bool:
    """"以前的试行办法还有效吗" asks about the text this one replaced, not this one."""
    return phrases.any_in(question, list(EARLIER))


def final_sentences(corpus: Corpus, reg: Regulation, matter: str) -> list[Sentence]:
    """The sentences of the last articles that say when the text takes effect (``in_force``) or
    what it repeals (``repealed``)."""
    table = by_article(corpus)
    return [s for art in reg.articles[-FINAL_ARTICLES:] for s in table[art.id]
            if any(m in s.text for m in MARKS.get(matter, ()))]


def _day(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def publication_note(reg: Regulation, matter: str, quoted: str, earlier: bool = False) -> str:
    """What the metadata adds to the quoted sentences, labelled as publication data (not an article).

    >>> from assistant.corpus import Corpus
    >>> publication_note(Corpus.load().jurisdictions["lianyungang"], "in_force", "本办法自印发之日起施行。")
    '据《连云港市公安机关警务辅助人员管理办法》的发布信息：2021年12月31日印发（连政办发〔2021〕62号），自2021年12月31日起施行。'
    """
    m = reg.meta
    head = f"据《{m.title}》的发布信息："
    if matter == "in_force":
        if _day(m.in_force_from) in quoted:
            return ""
        return head + f"{_day(m.issued)}印发（{m.document_number}），自{_day(m.in_force_from)}起施行。"
    if matter == "adopted":
        how = m.document_number if "通过" in m.document_number else f"通过（{m.document_number}）"
        return head + f"{_day(m.adopted)}{how}，自{_day(m.in_force_from)}起施行。"
    if matter == "repealed":
        if not earlier:
            return head + ("现行有效。" if m.status == "in_force" else f"状态为{m.status}。")
        if not m.repeals:
            return f"《{m.title}》没有写明废止哪些文件。"
    return ""


def named_texts(question: str, corpus: Corpus) -> list[str]:
    """Jurisdictions whose text the question names by its kind ("管理办法", "条例"), when that word
    belongs to some texts' titles only — "这个管理办法" is 连云港's, "条例" 重庆's."""
    kinds = [k for k in ("管理办法", "办法", "条例") if k in question]
    if not kinds:
        return []
    kind = kinds[0]
    found = [r.meta.jurisdiction for r in corpus.regulations if kind in r.meta.title]
    return found if 0 < len(found) < len(corpus.regulations) else []


# a document named in 《》 and what of it is asked: its dates, its number, who issued it
_TITLED = re.compile(r"《([^》]{2,60})》")
_DOCUMENT_FACTS = re.compile(r"哪年|哪一年|几月|什么时候|啥时候|何时|通过|发布|印发|颁布|出台|施行|生效|文号|发文|哪个部门发|谁发的")


def foreign_document(question: str, corpus: Corpus) -> str:
    """A document the question names in 《》 that is none of the corpus's texts, and asks the facts of (its dates,
    its number): nothing in the texts bears on them — "连云港办法里提到的《江苏省公安机关警务辅助人员管理条例》是哪年
    通过的" names a text the corpus only cites. "" when none.

    >>> corpus = Corpus.load()
    >>> foreign_document("《江苏省公安机关警务辅助人员管理条例》是哪年通过的", corpus)
    '江苏省公安机关警务辅助人员管理条例'
    >>> foreign_document(f"《{corpus.regulations[0].meta.title}》是哪年通过的", corpus)
    ''
    >>> foreign_document(f"《{corpus.regulations[0].meta.short_name}警务辅助人员条例》哪年施行的", corpus)
    ''
    """
    ours = {t for r in corpus.regulations for t in (r.meta.title, r.meta.short_title)}
    # (…a title said loosely is still ours when it names a city of the corpus: "《重庆市警务辅助人员条例》")
    places = {p for r in corpus.regulations for p in (r.meta.jurisdiction_name, r.meta.short_name, *r.meta.jurisdiction_aliases)}
    named = [m.group(1) for m in _TITLED.finditer(question)]
    foreign = [t for t in named if t not in ours and not any(o in t or t in o for o in ours) and
               not any(p in t for p in places if p)]
    if foreign and len(foreign) == len(named) and _DOCUMENT_FACTS.search(question):
        return foreign[0]
    return ""

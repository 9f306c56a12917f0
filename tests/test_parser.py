"""The parser against the facts of the two originals and against broken files."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
import yaml

from assistant.config import corpus_dir
from assistant.corpus import Corpus, ingest, read_metadata
from assistant.errors import CorpusError
from assistant.models import parse_unit_id
from assistant.numerals import cn_to_int, int_to_cn

CASES = Path(__file__).parent / "cases"
FACTS = yaml.safe_load((CASES / "parser_facts.yaml").read_text(encoding="utf-8"))
MALFORMED = yaml.safe_load((CASES / "malformed.yaml").read_text(encoding="utf-8"))
CHAPTER_LINE = re.compile(r"^第[一二三四五六七八九十]+章")
# the originals as received, beside the repository on the development machines (not in a clone)
SOURCE = Path(__file__).resolve().parents[2] / "shared" / "corpus-source"


@pytest.mark.parametrize("doc_id,facts", FACTS["documents"].items())
def test_document_counts(corpus, doc_id, facts):
    reg = corpus.regulation(doc_id)
    assert len(reg.articles) == facts["articles"]
    assert [a.number for a in reg.articles] == list(range(1, facts["articles"] + 1))
    assert len(reg.chapters) == facts["chapters"]
    if "chapter_titles" in facts:
        assert [c.title for c in reg.chapters] == facts["chapter_titles"]


@pytest.mark.parametrize("ref,counts", FACTS["items"].items())
def test_item_counts(corpus, ref, counts):
    doc_id, number, _, _ = parse_unit_id(ref)
    art = corpus.article(doc_id, number)
    assert [len(p.items) for p in art.paragraphs] == counts


@pytest.mark.parametrize("ref,chapter", FACTS["chapters"].items())
def test_chapter_of_article(corpus, ref, chapter):
    doc_id, number, _, _ = parse_unit_id(ref)
    assert corpus.article(doc_id, number).chapter == chapter


@pytest.mark.parametrize("ref,text", FACTS["texts"].items())
def test_unit_texts(corpus, ref, text):
    assert corpus.cite(ref).text == text


@pytest.mark.parametrize("ref,label", FACTS["labels"].items())
def test_labels(corpus, ref, label):
    assert corpus.cite(ref).label == label


def test_every_article_is_the_original_text(corpus):
    """From the first article on, the original is exactly: chapter headings, and each article's
    heading 第X条 + separator + its first line, then its other lines — nothing lost or added."""
    for reg in corpus.regulations:
        original = [l.strip(" \t\u3000") for l in reg.source_text.splitlines()]
        original = [l for l in original if l]
        first = next(i for i, l in enumerate(original) if l.startswith("第一条"))
        body = [l for l in original[first:] if not CHAPTER_LINE.match(l)]
        rebuilt = []
        for art in reg.articles:
            lines = art.text.split("\n")
            rebuilt.append((art.heading, lines[0]))
            rebuilt.extend((None, l) for l in lines[1:])
        assert len(body) == len(rebuilt)
        for line, (heading, text) in zip(body, rebuilt):
            if heading is None:
                assert line == text
            else:
                assert line.startswith(heading) and line.endswith(text)
                assert line[len(heading):len(line) - len(text)].strip(" \u3000") == ""


def test_corpus_copies_are_the_originals(corpus):
    """corpus/ holds the originals unedited: each text has the SHA-256 its metadata records (and,
    where the shared originals are beside the repository, theirs too)."""
    for reg in corpus.regulations:
        recorded = reg.meta.sha256
        assert recorded, f"{reg.doc_id}.toml records no sha256 of its text"
        assert hashlib.sha256((corpus_dir() / reg.meta.text_file).read_bytes()).hexdigest() == recorded
        assert hashlib.sha256(reg.source_text.encode("utf-8")).hexdigest() == recorded
        if SOURCE.exists():
            assert hashlib.sha256((SOURCE / reg.meta.text_file).read_bytes()).hexdigest() == recorded


def test_a_text_that_differs_from_its_recorded_sha256_is_refused(tmp_path):
    path = _write(tmp_path, "第一条　总则。\n")
    good = hashlib.sha256((tmp_path / "demo-2024.txt").read_bytes()).hexdigest()
    path.write_text(path.read_text(encoding="utf-8") + f'sha256 = "{good}"\n', encoding="utf-8")
    assert Corpus.load(tmp_path).regulation("demo-2024").meta.sha256 == good
    (tmp_path / "demo-2024.txt").write_text("第一条　总则（改）。\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="SHA-256 不符") as err:
        Corpus.load(tmp_path)
    assert "demo-2024.txt" in str(err.value)


@pytest.mark.parametrize("value", ["abc", "G" * 64, 42])
def test_a_malformed_sha256_is_refused(tmp_path, value):
    path = _write(tmp_path, "第一条　总则。\n")
    literal = f'"{value}"' if isinstance(value, str) else str(value)
    path.write_text(path.read_text(encoding="utf-8") + f"sha256 = {literal}\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="sha256") as err:
        read_metadata(path)
    assert "demo-2024.toml" in str(err.value)


def test_metadata(corpus):
    lyg = corpus.regulation("lianyungang-2021").meta
    assert lyg.document_number == "连政办发〔2021〕62号"
    assert lyg.jurisdiction == "lianyungang" and str(lyg.in_force_from) == "2021-12-31"
    assert any("连政办发〔2018〕181号" in r for r in lyg.repeals)
    cq = corpus.regulation("chongqing-2021").meta
    assert cq.jurisdiction == "chongqing" and str(cq.in_force_from) == "2021-09-01"
    assert cq.title == "重庆市公安机关警务辅助人员条例"


@pytest.mark.parametrize("text,value", [("一", 1), ("十", 10), ("十一", 11), ("二十", 20), ("五十二", 52),
                                        ("九十九", 99), ("一百", 100), ("一百零三", 103), ("一百一十", 110)])
def test_numerals_round_trip(text, value):
    assert cn_to_int(text) == value
    assert int_to_cn(value) == text


def _write(tmp_path: Path, text: str, doc_id="demo-2024", drop: str | None = None, **fields) -> Path:
    (tmp_path / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    meta = {"doc_id": doc_id, "title": "示例市辅警办法", "short_title": "示例办法", "jurisdiction": "demo",
            "jurisdiction_name": "示例市", "short_name": "示例", "province": "示例省", "kind": "规范性文件", "issuer": "示例市政府",
            "document_number": "示政发〔2024〕1号", "adopted": "2024-01-01", "issued": "2024-01-01",
            "in_force_from": "2024-02-01", "status": "in_force", "text_file": f"{doc_id}.txt"}
    meta.update(fields)
    if drop:
        meta.pop(drop)
    lines = [f"{k} = {v}" if isinstance(v, list) else f'{k} = "{v}"' for k, v in meta.items()]
    path = tmp_path / f"{doc_id}.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("case", MALFORMED, ids=[c["name"] for c in MALFORMED])
def test_malformed_files_are_refused(tmp_path, case):
    path = _write(tmp_path, case["text"])
    with pytest.raises(CorpusError) as err:
        Corpus.load(tmp_path)
    assert case["error"] in str(err.value)
    assert "demo-2024.txt" in str(err.value)


@pytest.mark.parametrize("field", ["title", "jurisdiction", "in_force_from", "doc_id", "short_name", "province"])
def test_missing_metadata_is_refused(tmp_path, field):
    path = _write(tmp_path, "第一条　总则。\n", drop=field)
    with pytest.raises(CorpusError) as err:
        read_metadata(path)
    assert field in str(err.value) and "demo-2024.toml" in str(err.value)


@pytest.mark.parametrize("fields,error", [
    ({"status": "draft"}, "status"),
    ({"jurisdiction": "Demo City"}, "jurisdiction"),
    ({"short_name": " 示例"}, "short_name"),
    ({"jurisdiction_aliases": "示例"}, "jurisdiction_aliases"),   # a string where a list belongs
])
def test_malformed_metadata_is_refused(tmp_path, fields, error):
    path = _write(tmp_path, "第一条　总则。\n", **fields)
    with pytest.raises(CorpusError) as err:
        read_metadata(path)
    assert error in str(err.value) and "demo-2024.toml" in str(err.value)


@pytest.mark.parametrize("fields,error", [
    ({"jurisdiction": "demo"}, "辖区 demo"),                     # one regulation per jurisdiction
    ({"jurisdiction": "other", "short_name": "示例"}, "“示例”"),  # a word naming two cities
    ({"jurisdiction": "other", "jurisdiction_aliases": ["示例市"]}, "“示例市”"),
])
def test_two_regulations_may_not_share_a_city(tmp_path, fields, error):
    _write(tmp_path, "第一条　总则。\n")
    _write(tmp_path, "第一条　总则。\n", doc_id="other-2024", **{"jurisdiction_name": "别的市", "short_name": "别的",
                                                                 **fields})
    with pytest.raises(CorpusError, match=error):
        Corpus.load(tmp_path)


def test_ingest_validates_then_adds(tmp_path, corpus):
    live = tmp_path / "corpus"
    live.mkdir()
    for reg in corpus.regulations:
        for name in (f"{reg.doc_id}.toml", reg.meta.text_file):
            (live / name).write_bytes((Path("corpus") / name).read_bytes())
    incoming = tmp_path / "in"
    incoming.mkdir()
    bad = _write(incoming, "第一条　总则。\n第三条　跳号。\n", doc_id="bad-2024")
    with pytest.raises(CorpusError):
        ingest(bad, live)
    assert not (live / "bad-2024.txt").exists()
    good = _write(incoming, "第一条　总则。\n第二条　辅警不得：（一）甲；（二）乙。\n")
    reg = ingest(good, live)
    assert reg.doc_id == "demo-2024"
    assert Corpus.load(live).regulation("demo-2024").article(2).paragraphs[0].items[1].text == "（二）乙。"
    with pytest.raises(CorpusError, match="已有"):
        ingest(good, live)


def test_ingest_records_the_sha256_or_checks_the_one_given(tmp_path, corpus):
    live, incoming = tmp_path / "corpus", tmp_path / "in"
    live.mkdir()
    incoming.mkdir()
    for reg in corpus.regulations:
        for name in (f"{reg.doc_id}.toml", reg.meta.text_file):
            (live / name).write_bytes((Path("corpus") / name).read_bytes())
    meta = _write(incoming, "第一条　总则。\n")
    meta.write_text("# 示例\n" + meta.read_text(encoding="utf-8") + "[notes]\nsource = \"示例\"\n", encoding="utf-8")
    before = meta.read_text(encoding="utf-8")
    digest = hashlib.sha256((incoming / "demo-2024.txt").read_bytes()).hexdigest()
    reg = ingest(meta, live)
    assert reg.meta.sha256 == digest
    assert read_metadata(live / "demo-2024.toml").sha256 == digest        # recorded in the copy, top-level
    assert meta.read_text(encoding="utf-8") == before                     # the incoming file is not touched
    (incoming / "demo-2024.txt").write_text("第一条　总则（改）。\n", encoding="utf-8")
    live_meta = (live / "demo-2024.toml").read_text(encoding="utf-8")
    meta.write_text(live_meta, encoding="utf-8")                          # the old hash beside a new text
    with pytest.raises(CorpusError, match="SHA-256 不符"):
        ingest(meta, live, replace=True)
    assert (live / "demo-2024.txt").read_text(encoding="utf-8") == "第一条　总则。\n"


def test_what_is_derived_from_a_corpus_is_kept_by_it():
    """Sentences and quiz questions are computed once per corpus and kept by that corpus, never shared with
    another one loaded beside it (no module-level table keyed by identity or fingerprint)."""
    from assistant.quiz import question_pool
    from assistant.sentences import by_article

    one, two = Corpus.load(), Corpus.load()
    code = next(iter(one.jurisdictions))
    assert by_article(one) is by_article(one) and by_article(one) is not by_article(two)
    assert question_pool(one, code) is question_pool(one, code) and question_pool(one, code) is not question_pool(two, code)
    assert one == two   # the kept values are not part of what a corpus is

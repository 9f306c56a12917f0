"""Look-up answers (assistant/lookup.py): the deciding sentence first, only what decides is cited,
abstention both ways.

The table tests/cases/lookup_cases.yaml runs through the real embeddings (retrieval decides which
articles compete); the rest needs no retrieval judgement and runs on the fake-embedding index with
hand-made hits."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.answer import Assistant
from assistant.figures import figure_gap
from assistant.lookup import Lookup, clause_shape, question_shape, verdict
from assistant.parts import Abstention, LookupPart
from assistant.passages import Query, terms_of
from assistant.render import lookup_headline
from assistant.retrieve import Hit
from assistant.sentences import by_article, corpus_sentences
from assistant.understand import read_question

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "lookup_cases.yaml").read_text(encoding="utf-8"))


# -- the table, through the real embeddings ------------------------------------------------------------
@pytest.fixture(scope="module")
def bot(real_index):
    return Assistant(real_index)


def _parts(bot: Assistant, question: str, jurisdiction: str | None):
    """The parts the answer path builds (the same calls as Assistant._lookup_answer)."""
    r = read_question(question, jurisdiction=jurisdiction, corpus=bot.corpus)
    js = bot._scope(r)
    return Lookup(bot.index).answer(r, bot._hits(question, r, js), bot._relevant, None, bot._near, bot._part_search(r))


@pytest.mark.embeddings
@pytest.mark.parametrize("case", CASES, ids=[c["question"] for c in CASES])
def test_lookup_case(bot, case):
    ans = bot.ask(case["question"], jurisdiction=case.get("jurisdiction"))
    assert ans.abstained is case["abstained"], ans.text
    if ans.abstained:
        assert not ans.citations and "没有" in ans.text
        return
    assert not ans.text.startswith("见"), ans.text
    parts = {p.jurisdiction: p for p in _parts(bot, case["question"], case.get("jurisdiction"))}
    for city, want in case["cities"].items():
        part = parts[city]
        assert part.shape == want["shape"], (city, part)
        assert want["passage"] in part.passages[0].text, (city, [p.text for p in part.passages])
        assert {c.article_id for c in part.citations} == set(want["cites"]), (city, part.citations)
        if "verdict" in want:
            assert part.verdict == want["verdict"], (city, part.verdict, part.passages[0].text)
        if "note" in want:
            assert want["note"] in part.note, part.note
    # the answer cites the parts' units and nothing else; related articles are not citations
    assert [c.id for c in ans.citations] == list(dict.fromkeys(c.id for p in parts.values() for c in p.citations))
    assert not {c.article_id for c in ans.related} & {c.article_id for c in ans.citations}


# -- sentences: verbatim, with their narrowest citation ----------------------------------------------------
def test_every_sentence_is_verbatim_in_its_citation(corpus):
    sentences = corpus_sentences(corpus)
    assert len(sentences) > 250
    for s in sentences:
        assert s.text and s.text in s.citation.text, s
        assert s.citation.text in s.paragraph.text
        if s.item:
            assert s.citation.item and s.text.startswith("（") and s.lead_in in s.paragraph.text
    # nothing of an article is lost: its sentences, joined, hold every character but whitespace
    for art in corpus.articles():
        joined = "".join(s.text for s in by_article(corpus)[art.id])
        assert joined.replace(" ", "") == "".join(art.text.split()).replace(" ", ""), art.id


# -- shapes -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("question,shape", [
    ("辅警有年假吗", "yes_no"), ("单位给不给交公积金", "yes_no"), ("保洁阿姨算不算辅警", "yes_no"),
    ("回避由谁决定", "who"), ("辅警的经费从哪里出", "who"), ("离职的时候证件交给谁", "who"),
    ("这个办法什么时候施行", "when"), ("辅警多久体检一次", "when"),
    ("招聘流程是怎样的", "how"), ("孩子没人养怎么办", "how"),
    ("辅警有哪些权利", "list"), ("什么情况下可以解除劳动关系", "list"),
    ("辅警的待遇", "what"), ("冒充辅警会被怎么处理", "what"),
])
def test_shape_of_a_question(corpus, question, shape):
    assert question_shape(read_question(question, corpus=corpus)) == shape


def test_the_first_asked_clause_with_a_shape_decides():
    assert clause_shape("重庆招辅警有体能测试吗") == "yes_no"
    assert question_shape(read_question("重庆招辅警有体能测试吗？整个招聘环节是怎样的")) == "yes_no"


# -- verdicts: conservative ---------------------------------------------------------------------------
def _sentence(corpus, article_id: str, contains: str):
    return next(s for s in by_article(corpus)[article_id] if contains in s.text)


@pytest.mark.parametrize("clause,story,article,contains,expected", [
    ("层级高的能指挥层级低的吗", "", "lianyungang-2021:26", "不具有领导", "否"),
    ("辅警的工资能比当地平均工资低吗", "", "lianyungang-2021:37", "不低于", "否"),
    ("平均工资有没有个底线", "", "lianyungang-2021:37", "不低于", "是"),
    ("辅警能不能加入工会", "", "chongqing-2021:27", "有权参加工会", "是"),
    # the sentence refuses something else (招聘), not what is asked (辞退): no 否
    ("能辞退吗", "入职后才发现他以前被拘留过", "chongqing-2021:10", "辞退", "条文未明确"),
    # the story turns the sense of the sentence's condition
    ("能先安排上岗吗", "新招的辅警岗前培训没通过", "chongqing-2021:33", "培训合格后", "条文未明确"),
    # covering the words is not agreeing: no marker, no verdict
    ("要先自己交钱吗", "出任务受伤了送医院", "lianyungang-2021:40", "先救治", "条文未明确"),
    # the text gives it to a body; the user asks whether it falls on them
    ("后果要我自己承担吗", "", "lianyungang-2021:6", "由使用警务辅助人员的公安机关承担", "条文未明确"),
])
def test_yes_no_verdict(corpus, fake_index, clause, story, article, contains, expected):
    s = _sentence(corpus, article, contains)
    lk = Lookup(fake_index)
    q = lk.terms([(clause, True)])
    assert verdict(q, clause, s, q.coverage(terms_of(s.text), terms_of(s.lead_in)), story) == expected


# -- figures the texts do not state ---------------------------------------------------------------
@pytest.mark.parametrize("question,quoted,governed", [
    ("辅警一个月到手多少钱", "警务辅助人员薪酬标准应当与岗位的专业性、危险性、劳动强度等相适应。", True),
    ("连云港辅警一年有几天年假", "警务辅助人员按照有关规定享有带薪年休假、产假、婚丧假等休息休假权利。", True),
    ("退休金每个月能拿多少钱", "用人单位应当依法为辅警办理城镇职工基本养老保险", False),
    ("今年招多少名辅警", "招聘警务辅助人员，应当经过报名、考试、体检、考察和公示等程序，择优录用。", False),
    ("笔试一般考哪些题目", "招聘警务辅助人员，应当经过报名、考试、体检、考察和公示等程序，择优录用。", False),
])
def test_figure_gap_governed_or_not(question, quoted, governed):
    gap = figure_gap(question, [quoted])
    assert gap is not None and gap.governed is governed


def test_a_stated_figure_is_no_gap():
    assert figure_gap("非法穿辅警服装罚多少钱", ["处警告或者二百元以上一千元以下罚款"]) is None


@pytest.mark.parametrize("question", ["前几天执勤被一个醉汉打伤了，单位会出面帮我澄清吗", "我们几个人一起巡逻，能不能分开走",
                                      "过几天要岗前培训，培训合格才能上岗吗"])
def test_a_time_or_a_group_told_in_the_story_asks_no_figure(question):
    assert figure_gap(question, ["公安机关应当澄清事实，消除影响"]) is None


# -- Lookup.answer on hand-made hits (the fake index: no retrieval judgement) --------------------------
def _hit(corpus, article_id: str, best: str | None = None, dense: float = 0.9) -> Hit:
    doc, n = article_id.rsplit(":", 1)
    return Hit(article_id, doc, int(n), corpus.regulation(doc).meta.jurisdiction, 0.03, 5.0, dense, best or article_id)


def _answer(fake_index, question, hits, jurisdiction=None, relevant=lambda h: True, named=None):
    r = read_question(question, jurisdiction=jurisdiction, corpus=fake_index.corpus)
    return Lookup(fake_index).answer(r, hits, relevant, named)


def test_the_headline_sentence_and_only_its_article_is_cited(fake_index, corpus):
    parts = _answer(fake_index, "辅警层级高的能指挥层级低的吗",
                    {"lianyungang": [_hit(corpus, a) for a in ("lianyungang-2021:28", "lianyungang-2021:26",
                                                               "lianyungang-2021:20")]}, "lianyungang")
    (part,) = parts
    assert part.shape == "yes_no" and part.verdict == "否"
    assert "层级之间不具有领导、指挥或者隶属关系" in part.passages[0].text
    assert [c.article_id for c in part.citations] == ["lianyungang-2021:26"]
    assert {c.article_id for c in part.related} == {"lianyungang-2021:28", "lianyungang-2021:20"}
    for p in part.passages:
        assert p.text in p.citation.text


def test_an_item_is_quoted_with_its_lead_in_and_cited_as_the_item(fake_index, corpus):
    (part,) = _answer(fake_index, "跟单位有劳动纠纷，辅警能去申请劳动仲裁吗",
                      {"chongqing": [_hit(corpus, "chongqing-2021:20", "chongqing-2021:20:1:6")]}, "chongqing")
    assert [p.text for p in part.passages] == ["辅警依法享有下列权利：", "（六）对劳动争议依法申请调解、仲裁或者提起诉讼；"]
    assert [c.id for c in part.citations] == ["chongqing-2021:20:1:6"]
    assert lookup_headline(part) == ("是。第二十条：“辅警依法享有下列权利：”第（六）项：“（六）对劳动争议依法申请调解、"
                                     "仲裁或者提起诉讼；”")


def test_a_list_is_quoted_whole_in_order(fake_index, corpus):
    (part,) = _answer(fake_index, "连云港辅警有哪些权利", {"lianyungang": [_hit(corpus, "lianyungang-2021:14")]})
    assert part.shape == "list"
    assert part.passages[0].text == corpus.citation("lianyungang-2021", 14).text


def test_nothing_relevant_is_an_abstention(fake_index, corpus):
    out = _answer(fake_index, "辅警有年假吗", {"lianyungang": [_hit(corpus, "lianyungang-2021:38")]},
                  relevant=lambda h: False)
    assert isinstance(out, Abstention) and "没有涉及" in out.reason


def test_a_count_the_texts_do_not_govern_is_an_abstention(fake_index, corpus):
    out = _answer(fake_index, "连云港今年计划招聘多少名辅警？",
                  {"lianyungang": [_hit(corpus, "lianyungang-2021:19"), _hit(corpus, "lianyungang-2021:20")]})
    assert isinstance(out, Abstention) and "人数" in out.reason


def test_a_governed_figure_is_answered_with_the_rule_and_a_note(fake_index, corpus):
    parts = _answer(fake_index, "辅警的月工资具体是多少钱？", {
        "chongqing": [_hit(corpus, "chongqing-2021:25"), _hit(corpus, "chongqing-2021:23")],
        "lianyungang": [_hit(corpus, "lianyungang-2021:37"), _hit(corpus, "lianyungang-2021:26")]})
    assert not isinstance(parts, Abstention)
    by_city = {p.jurisdiction: p for p in parts}
    for part in parts:
        assert part.shape == "figure" and "没有写明具体数额" in part.note
        assert all(p.text in p.citation.text for p in part.passages)
    assert {c.article_id for c in by_city["chongqing"].citations} == {"chongqing-2021:23", "chongqing-2021:25"}
    assert {c.article_id for c in by_city["lianyungang"].citations} == {"lianyungang-2021:37"}
    assert lookup_headline(by_city["lianyungang"], "连云港市").startswith("连云港市：这些规定没有写明具体数额")


def test_a_city_without_anything_says_so_beside_one_that_answers(fake_index, corpus):
    parts = _answer(fake_index, "辅警能不能加入工会？", {
        "chongqing": [_hit(corpus, "chongqing-2021:27")],
        "lianyungang": [_hit(corpus, "lianyungang-2021:14", dense=0.5)]},
        relevant=lambda h: h.dense > 0.8)
    by_city = {p.jurisdiction: p for p in parts}
    assert by_city["chongqing"].citations and not by_city["lianyungang"].citations
    assert lookup_headline(by_city["lianyungang"], "连云港市") == "连云港市：这些规定没有涉及这个问题。"


def test_a_story_asking_only_about_what_the_texts_never_name_is_an_abstention(fake_index, corpus):
    # the article on the card it names is retrieved; it says nothing of discounts (assistant/asked.py)
    out = _answer(fake_index, "周末带孩子去看电影，听说军人凭证件能打折，辅警证能不能也打折？",
                  {"lianyungang": [_hit(corpus, "lianyungang-2021:29"), _hit(corpus, "lianyungang-2021:14")]},
                  "lianyungang")
    assert isinstance(out, Abstention) and "没有涉及" in out.reason


def test_a_story_pointing_back_to_another_place_is_an_abstention(fake_index, corpus):
    out = _answer(fake_index, "我在重庆当辅警，听说武汉把辅警招聘年龄放到了40岁，是真的吗？",
                  {"chongqing": [_hit(corpus, "chongqing-2021:9")]}, "chongqing")
    assert isinstance(out, Abstention)


def test_a_story_is_answered_from_what_its_question_points_back_to(fake_index, corpus):
    (part,) = _answer(fake_index, "网上有人在卖辅警的制服和臂章，这种会被怎么处理",
                      {"chongqing": [_hit(corpus, a) for a in ("chongqing-2021:35", "chongqing-2021:41")]},
                      "chongqing")
    assert [c.article_id for c in part.citations] == ["chongqing-2021:41"]


def test_a_word_the_texts_never_use_leaves_a_yes_no_open(fake_index, corpus):
    # 押金 is 收费 in the texts' words; 拍片子 they never name: the sentence answers part of it, no 是
    (part,) = _answer(fake_index, "执勤受伤了，医院会不会先要押金才给拍片子",
                      {"lianyungang": [_hit(corpus, "lianyungang-2021:40")]}, "lianyungang")
    assert part.shape == "yes_no" and part.verdict == "条文未明确"
    assert "先救治、后收费" in part.passages[0].text


def test_an_article_named_by_number_is_answered_from_it(fake_index, corpus):
    named = {"chongqing": [corpus.citation("chongqing-2021", 19)]}
    (part,) = _answer(fake_index, "第十九条规定了什么", {"chongqing": []}, "chongqing",
                      relevant=lambda h: False, named=named)
    assert {c.article_id for c in part.citations} == {"chongqing-2021:19"}


def test_a_texts_own_dates_come_from_its_final_article_and_metadata(fake_index):
    parts = _answer(fake_index, "这个管理办法从什么时候开始施行？以前的试行办法还有效吗？",
                    {"lianyungang": [], "chongqing": []}, relevant=lambda h: False)
    (part,) = parts           # "管理办法" is 连云港's text
    assert part.jurisdiction == "lianyungang" and part.shape == "when"
    assert [p.text for p in part.passages] == [
        "本办法自印发之日起施行。", "原《连云港市公安机关警务辅助人员管理办法（试行）》（连政办发〔2018〕181号）同时废止。"]
    assert [c.article_id for c in part.citations] == ["lianyungang-2021:52"]
    assert "2021年12月31日" in part.note and "发布信息" in part.note


def test_whether_the_earlier_text_still_applies(fake_index):
    (part,) = _answer(fake_index, "连云港以前的试行办法还有效吗", {"lianyungang": []}, "lianyungang",
                      relevant=lambda h: False)
    assert part.shape == "yes_no" and part.verdict == "否"


# -- through the answer path (the fake index: a question whose answer needs no retrieval) ---------------
def test_answer_path_leads_with_the_sentence_and_keeps_the_contract(fake_index):
    ans = Assistant(fake_index).ask("这个管理办法从什么时候开始施行？以前的试行办法还有效吗？")
    assert not ans.abstained
    assert ans.text.startswith("第五十二条：“本办法自印发之日起施行。”"), ans.text
    assert [c.article_id for c in ans.citations] == ["lianyungang-2021:52"] and ans.related == []
    d = ans.to_dict(id="q1")
    assert d["related"] == [] and {"citations", "related", "abstained"} <= set(d)


def test_query_counts_a_word_once_whatever_its_synonyms():
    q = Query.of([("能辞退吗", True)], idf=lambda t: 1.0)
    assert q.coverage(frozenset({"辞退"})) == q.coverage(frozenset({"辞退", "解除", "劳动", "关系", "劳动关系"})) == 1.0


def test_lookup_part_type():
    # parts are typed values, not display text (assistant/parts.py)
    assert LookupPart.__dataclass_params__.frozen

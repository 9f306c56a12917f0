"""What a look-up question asks (assistant/asked.py): the parts of a story's question, the words the texts
never use, the story a clause points back to, and whether a city's sentences cover what is asked.

Runs on the fake-embedding index: only its lexical side (the idf of the texts' words) is used."""

from __future__ import annotations

import pytest

from assistant.asked import parts
from assistant.lookup import Lookup
from assistant.understand import read_question
from assistant.understand.clauses import split


@pytest.fixture(scope="module")
def lookup(fake_index):
    return Lookup(fake_index)


def _sentences(lookup, *article_ids):
    return [s for a in article_ids for s in lookup.sentences[a]]


def _covers(lookup, question, *article_ids):
    r = read_question(question, corpus=lookup.corpus)
    return lookup.asked.covers(parts(r.clauses), _sentences(lookup, *article_ids))


# -- parts ---------------------------------------------------------------------------------------------
def test_a_clause_without_words_of_its_own_takes_the_story_before_it():
    (p,) = parts(split("所里有人穿着仿的辅警制服去收保护费，这种会被怎么处理"))
    assert p.clause == "这种会被怎么处理" and p.context == ("所里有人穿着仿的辅警制服去收保护费",) and p.pointer


def test_context_stops_at_the_sentence_before():
    ps = parts(split("上个月搬了家。老家在外地。昨天执勤摔伤了腿，去医院先垫了两千，这钱谁出？能报吗？"))
    assert ps[0].clause == "这钱谁出" and ps[0].context == ("老家在外地", "昨天执勤摔伤了腿", "去医院先垫了两千")
    assert ps[1].clause == "能报吗" and ps[1].context == ("昨天执勤摔伤了腿", "去医院先垫了两千", "这钱谁出")
    (p,) = parts(split("上个月搬了家。前年也搬过。是真的吗"))
    assert p.context == ("前年也搬过",)


def test_other_is_no_pointer():
    (p,) = parts(split("辅警还有其他什么权利"))
    assert not p.pointer


# -- words the texts never use ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, foreign", [
    ("辅警证看电影能不能打折", ["电影", "打折"]),
    ("要不要先找保险公司", ["保险公司"]),           # a compound is not the part of it the texts use (保险)
    ("单位会出面帮我澄清吗", ["出面"]),
    ("辅警干满五年能不能转成正式民警", []),
    ("医院会不会先收押金", []),                      # the texts say it in their own words (收费, 医疗机构)
    ("这个钱到底是单位出还是我自己出", []),          # no frame or function word is foreign ("还是", "到底")
])
def test_foreign_words(lookup, text, foreign):
    assert lookup.asked.foreign(text) == foreign


@pytest.mark.parametrize("question, about", [
    ("辅警的孩子上学有没有优惠政策", "优惠政策"),
    ("辅警的工作证坐公交能不能免费", "免费"),
    ("辅警有没有住房公积金", "住房公积金"),
    ("保洁阿姨算不算辅警", "保洁阿姨算不算辅警"),     # nothing named after the frame: the whole predicate
])
def test_a_yes_no_clause_asks_about_what_follows_its_frame(lookup, question, about):
    (p,) = parts(split(question))
    assert lookup.asked.asks_about(p) == about


# -- covered or not ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("question, articles", [
    # only words the texts never use are asked about: a sentence on the card it names does not answer
    ("我是连云港的辅警，周末带家人去看电影，辅警证买票能不能打折？", ("lianyungang-2021:29",)),
    ("单位组织春游，领导让我订大巴，哪家租车公司划算？", ("lianyungang-2021:36", "lianyungang-2021:38")),
    ("我在重庆做辅警，孩子明年上幼儿园，辅警子女入园有没有照顾政策？", ("chongqing-2021:20", "chongqing-2021:28")),
    # the story the question points back to is about a place the texts do not cover
    ("听说杭州那边辅警干满五年就能转事业编了，是真的吗？他们是按哪个文件办的？", ("chongqing-2021:29",)),
])
def test_nothing_covers_what_is_asked(lookup, question, articles):
    assert not _covers(lookup, question, *articles)


@pytest.mark.parametrize("question, articles", [
    ("所里一个辅警被嫌疑人咬伤了手，去打了破伤风针，这钱单位给报吗？", ("lianyungang-2021:41",)),
    ("有人穿着仿的辅警制服在菜市场收钱，这种会被怎么处理", ("chongqing-2021:41",)),
    ("辅警干得好的话有没有机会转成正式民警", ("chongqing-2021:29",)),
    ("派出所里的保洁阿姨算不算辅警", ("lianyungang-2021:2",)),
    ("我执勤时不小心把路人的手机摔坏了，赔偿是我自己掏钱还是单位出？", ("lianyungang-2021:47",)),
    ("听说外地辅警工资涨了，连云港辅警的工资是怎么定的", ("lianyungang-2021:37",)),
    ("听说北京的辅警干得好可以考警察，重庆有没有这样的规定", ("chongqing-2021:29",)),  # the clause names its city
])
def test_what_is_asked_is_covered(lookup, question, articles):
    assert _covers(lookup, question, *articles)

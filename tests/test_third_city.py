"""A third city is data: a synthetic regulation (``tests/fixtures/third_city``: a short text, its metadata
and its own rule data for the three tools) is ingested beside the two real ones, and the CLI (``ask``,
``batch``), the follow-ups, the CSV screening and the web app's build run over the three cities — with
no line of code naming a city. Also: a city without data for a tool, and a text not in force, say so the
same way for every tool.

The environment is set as an operator would set it (``ASSISTANT_CORPUS_DIR``, ``ASSISTANT_RULES_DIR``,
``ASSISTANT_DATA_DIR``, ``ASSISTANT_EMBEDDINGS=fake``), so the commands run as they do for users.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from assistant import cli
from assistant.corpus import Corpus
from assistant.errors import CorpusError
from assistant.places import all_of, choices, places
from assistant.quiz import question_pool
from assistant.rules.duty import decide_duty
from assistant.rules.eligibility import decide_eligibility
from assistant.rules.loader import load_data
from assistant.rules.profile import RECORD_KEYS, Profile
from assistant.rules.recusal import decide_recusal
from assistant.screening import screen_csv, template_csv
from assistant.understand import read_question

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).parent / "fixtures" / "third_city"
THIRD = "qingxi"


@pytest.fixture(scope="module")
def env(tmp_path_factory, corpus):
    """The real corpus copied aside, the third regulation added with ``assistant ingest``, its rule data in
    ``ASSISTANT_RULES_DIR``, a fresh data directory and the fake embedder. (The session's real ``corpus`` is
    loaded first, so that it stays the real one for the other test modules.)"""
    root = tmp_path_factory.mktemp("three-cities")
    corpus_dir = root / "corpus"
    corpus_dir.mkdir()
    for path in (ROOT / "corpus").glob("*.t[xo]*"):   # *.txt and *.toml
        shutil.copy(path, corpus_dir)
    mp = pytest.MonkeyPatch()
    mp.setenv("ASSISTANT_CORPUS_DIR", str(corpus_dir))
    mp.setenv("ASSISTANT_RULES_DIR", str(FIXTURE / "rules"))
    mp.setenv("ASSISTANT_DATA_DIR", str(root / "data"))
    mp.setenv("ASSISTANT_EMBEDDINGS", "fake")
    assert cli.main(["ingest", str(FIXTURE / "corpus" / f"{THIRD}-2024.toml"), "--no-index"]) == 0
    yield root
    mp.undo()


@pytest.fixture(scope="module")
def corpus3(env) -> Corpus:
    return Corpus.load()


@pytest.fixture(scope="module")
def bot3(corpus3):
    from assistant.answer import Assistant
    from assistant.embeddings import FakeEmbeddings
    from assistant.index import open_index

    return Assistant(open_index(corpus3, FakeEmbeddings()))


def ask_json(capsys, *args) -> dict:
    capsys.readouterr()
    assert cli.main(["ask", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_third_city_comes_from_its_metadata(corpus3):
    assert [p.code for p in places(corpus3)] == list(corpus3.jurisdictions) and len(corpus3.jurisdictions) == 3
    third = next(p for p in places(corpus3) if p.code == THIRD)
    assert (third.name, third.short_name, third.province) == ("青溪市", "青溪", "东岚")
    assert ("青溪", THIRD) in choices(corpus3, everywhere="不限")
    assert all_of(corpus3) == "三地"
    assert all(load_data(tool, third.doc_id) for tool in ("duty", "eligibility", "recusal"))


def test_quiz_questions_of_the_third_city_come_from_its_data(corpus3):
    pool = question_pool(corpus3, THIRD)
    assert {q.kind for q in pool} == {"duty", "eligibility", "recusal"}
    assert all(q.citation.doc_id == f"{THIRD}-2024" for q in pool)


# -- the CLI -----------------------------------------------------------------------------------------
def test_ask_without_a_city_answers_for_each_of_the_three(env, corpus3, capsys):
    out = ask_json(capsys, "辅警能配枪吗？")
    assert out["jurisdictions"] == list(corpus3.jurisdictions)
    assert {c["jurisdiction"] for c in out["checks"]} == set(corpus3.jurisdictions)
    third = next(c for c in out["checks"] if c["jurisdiction"] == THIRD)
    assert third["verdict"] == "forbidden" and third["undecided"] is None
    assert third["citations"][0]["doc_id"] == f"{THIRD}-2024" and third["citations"][0]["article"] == 7
    assert "青溪市" in out["answer"]


def test_ask_names_the_third_city_by_any_of_its_words(env, capsys):
    for question in ("青溪的辅警能配枪吗？", "东岚青溪的辅警能配枪吗？"):
        out = ask_json(capsys, question)
        assert out["jurisdictions"] == [THIRD], question
    out = ask_json(capsys, "文职辅警能不能巡逻？", "--jurisdiction", THIRD)
    assert [c["verdict"] for c in out["checks"]] == ["not_in_role"]
    assert out["checks"][0]["citations"][0]["doc_id"] == f"{THIRD}-2024"


def test_ask_refuses_a_city_the_corpus_does_not_have(env, capsys):
    with pytest.raises(SystemExit):
        cli.main(["ask", "辅警能配枪吗？", "--jurisdiction", "beijing"])
    assert THIRD in capsys.readouterr().err   # the choices named come from the corpus


def test_batch_over_three_cities(env, corpus3, tmp_path, capsys):
    lines = [{"id": "e", "question": "38岁、本科，能报名辅警吗？"},
             {"id": "r", "question": "当事人是我亲哥哥，我要回避吗？", "jurisdiction": THIRD},
             {"id": "d", "question": "在青溪，文职辅警可以接听群众求助电话吗？"}]
    infile, outfile = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    infile.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    assert cli.main(["batch", str(infile), "-o", str(outfile)]) == 0
    e, r, d = (json.loads(x) for x in outfile.read_text(encoding="utf-8").splitlines())
    assert [x["id"] for x in (e, r, d)] == ["e", "r", "d"]
    assert e["intent"] == "eligibility" and {c["jurisdiction"] for c in e["checks"]} == set(corpus3.jurisdictions)
    verdicts = {c["jurisdiction"]: c for c in e["checks"]}
    assert verdicts["chongqing"]["verdict"] == "ineligible"            # over 35 there
    assert verdicts[THIRD]["verdict"] == "needs_review"                # within the third city's 40; records not said
    assert {c["article"] for c in verdicts[THIRD]["citations"]} <= {3, 4}
    assert all(c["doc_id"] == f"{THIRD}-2024" for c in verdicts[THIRD]["citations"])
    assert r["jurisdictions"] == [THIRD] and r["checks"][0]["verdict"] == "must_recuse"
    assert r["checks"][0]["citations"][0]["doc_id"] == f"{THIRD}-2024"
    assert d["jurisdictions"] == [THIRD] and d["checks"][0]["verdict"] == "permitted"


def test_the_terminal_chat_switches_to_every_city(corpus3):
    switches = cli.chat_switches(corpus3)
    assert {v for k, v in switches.values() if k == "j"} == set(corpus3.jurisdictions) | {None}
    assert switches["/青溪"] == ("j", THIRD)


# -- follow-ups ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("previous,new,expected", [
    ("重庆的文职辅警可以参与巡逻吗？", "那青溪呢？", ("青溪的文职辅警可以参与巡逻吗？", THIRD, None)),
    ("文职辅警可以参与巡逻吗？", "东岚青溪呢", ("文职辅警可以参与巡逻吗？", THIRD, None)),
    ("青溪市的辅警可以扣车吗？", "那连云港呢？", ("连云港的辅警可以扣车吗？", "lianyungang", None)),
    ("青溪的文职辅警可以巡逻吗？", "如果是勤务呢", ("青溪的勤务辅警可以巡逻吗？", None, "勤务")),
])
def test_follow_ups_over_three_cities(corpus3, previous, new, expected):
    from assistant.webapp.followup import follow_up

    assert follow_up(previous, new, corpus3) == expected


# -- the CSV screening --------------------------------------------------------------------------------
def test_screening_over_three_cities(corpus3):
    data = ("姓名,年龄,学历,应聘岗位,辖区,未列记录均无\n"
            "甲,38,大专,勤务,,是\n"          # every city: over 35 in one text, within 40 in the third
            "乙,30,本科,文职,青溪,是\n"
            "丙,30,本科,文职,东岚青溪,是\n").encode("utf-8")
    result = screen_csv(data, corpus3)
    assert not result.errors and result.error is None
    by_name: dict[str, dict[str, str]] = {}
    for row in result.rows:
        by_name.setdefault(row.name, {})[row.jurisdiction] = row.verdict
    assert set(by_name["甲"]) == set(corpus3.jurisdictions) and by_name["甲"][THIRD] == "eligible"
    assert by_name["乙"] == {THIRD: "eligible"} and by_name["丙"] == {THIRD: "eligible"}
    template = screen_csv(template_csv(corpus3), corpus3)
    assert not template.errors and {r.jurisdiction for r in template.rows} == set(corpus3.jurisdictions)


def test_a_csv_naming_a_city_outside_the_corpus_lists_the_three(corpus3):
    result = screen_csv("姓名,年龄,学历,辖区\n丁,30,本科,北京\n".encode("utf-8"), corpus3)
    assert len(result.errors) == 1 and all(p.name in result.errors[0].message for p in places(corpus3))


# -- the web app, built without a browser -------------------------------------------------------------
def _strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, (list, tuple)):
        return [s for v in node for s in _strings(v)]
    return []


@pytest.fixture(scope="module")
def app3(bot3):
    from assistant.webapp.build import build_app
    from assistant.webapp.state import set_assistant

    demo = build_app(assistant=bot3)
    yield demo
    set_assistant(None)


def test_app_build_offers_the_three_cities(app3, corpus3):
    components = app3.config["components"]
    radios = [c["props"]["choices"] for c in components if c["type"] == "radio" and c["props"].get("label") in
              ("辖区", "范围", "规定")]
    assert len(radios) == 5   # chat, form, screening, quiz, table of contents
    for radio in radios:
        assert set(corpus3.jurisdictions) <= {value for _, value in radio}, radio
    text = " ".join(_strings(app3.config))
    assert "三地对照" in text and "收录的三部规定" in text and "两地" not in text
    assert all(p.short_name in text for p in places(corpus3))
    from assistant.webapp.chat import examples

    asked = [q for qs in examples(corpus3).values() for q in qs]
    assert all(any(p.short_name in q for q in asked) for p in places(corpus3))   # each city in turn
    assert "三地对辅警待遇保障的规定有何不同？" in asked and not any("{" in q for q in asked)


def test_app_handlers_over_three_cities(app3, corpus3):
    from assistant.webapp import browse_tab, chat, eligibility_tab

    turns = list(chat.respond("文职辅警可以参与巡逻吗？", "", "", []))[-1][1]
    follow = list(chat.respond("那青溪呢？", "", "", turns))[-1][1][-1]
    assert follow["jurisdiction"] == THIRD and follow["answer"]["jurisdictions"] == [THIRD]
    html = eligibility_tab.check_applicant(30, "", "", "本科", "中国", "文职", [], True, [], "", "")
    assert "fj-cols-3" in html and html.count('class="fj-card"') == 3
    assert all(reg.meta.jurisdiction_name in html for reg in corpus3.regulations)
    assert "青溪" in browse_tab.toc_html(THIRD)
    assert browse_tab.compare_html(browse_tab.topic_choices()[0][1])   # a topic with no 青溪 article still renders


# -- a city without data, a text not in force: one message for every tool -----------------------------
def _variant(tmp_path: Path, doc_id: str, code: str, name: str, **fields) -> Corpus:
    """The real corpus plus the synthetic text under another doc_id and city, metadata ``fields`` changed."""
    for path in (ROOT / "corpus").glob("*.t[xo]*"):
        shutil.copy(path, tmp_path)
    text = (FIXTURE / "corpus" / f"{THIRD}-2024.txt")
    shutil.copy(text, tmp_path / f"{doc_id}.txt")
    meta = (FIXTURE / "corpus" / f"{THIRD}-2024.toml").read_text(encoding="utf-8")
    meta = meta.replace(f"{THIRD}-2024", doc_id).replace(f'"{THIRD}"', f'"{code}"').replace("青溪", name)
    for key, value in fields.items():
        meta = "\n".join(f'{key} = "{value}"' if line.startswith(f"{key} =") else line for line in meta.splitlines())
    (tmp_path / f"{doc_id}.toml").write_text(meta + "\n", encoding="utf-8")
    return Corpus.load(tmp_path)


def _all_tools(corpus: Corpus, code: str, on: date | None = None):
    """配枪 (banned in the third city's data), a 30-year-old graduate without records, a spouse who is a party."""
    act = read_question("辅警能配枪吗", jurisdiction=code, corpus=corpus).matches[corpus.jurisdictions[code].doc_id][0]
    return [decide_duty(act, None, code, corpus, on=on),
            decide_eligibility(Profile(age=30, education="本科", reference_date=on, records=dict.fromkeys(RECORD_KEYS, False)),
                               code, corpus=corpus),
            decide_recusal("spouse", code, corpus, on=on)]


def test_a_city_without_rule_data_says_so_the_same_way_for_every_tool(tmp_path):
    corpus = _variant(tmp_path, "baishui-2024", "baishui", "白水")
    found = _all_tools(corpus, "baishui")
    assert [d.verdict for d in found] == ["not_addressed", "needs_review", "needs_review"]
    assert {d.undecided for d in found} == {"no_rule_data"}
    assert {d.verdict_text for d in found} == {"未判定（无规则数据）"}
    title = corpus.jurisdictions["baishui"].meta.title
    forms = {d.summary.replace(matter, "…") for d, matter in zip(found, ("职责", "招聘条件", "回避"))}
    assert forms == {f"《{title}》还没有可自动判定…问题的规则数据：本助手不作判定，请对照条文原文，或向所在公安机关确认。"}
    assert all(d.to_check()["undecided"] == "no_rule_data" for d in found)
    assert question_pool(corpus, "baishui") == []   # no quiz key from a tool that did not decide


@pytest.mark.parametrize("fields,on,says", [
    ({"in_force_from": "2099-01-01"}, None, "自2099年1月1日起施行"),
    ({"status": "repealed"}, None, "已废止"),
    ({}, date(2023, 12, 31), "自2024年1月1日起施行，2023年12月31日尚未施行"),
])
def test_a_text_not_in_force_decides_nothing(tmp_path, monkeypatch, fields, on, says):
    # the third city's own data under the variant's doc_id: the text would decide if it were in force
    rules = tmp_path / "rules"
    for tool in ("duty", "eligibility", "recusal"):
        (rules / tool).mkdir(parents=True)
        data = (FIXTURE / "rules" / tool / f"{THIRD}-2024.yaml").read_text(encoding="utf-8")
        (rules / tool / "wanhe-2024.yaml").write_text(data.replace(f"{THIRD}-2024", "wanhe-2024"), encoding="utf-8")
    monkeypatch.setenv("ASSISTANT_RULES_DIR", str(rules))
    (tmp_path / "corpus").mkdir()
    corpus = _variant(tmp_path / "corpus", "wanhe-2024", "wanhe", "万禾", **fields)
    found = _all_tools(corpus, "wanhe", on)
    assert [d.verdict for d in found] == ["not_addressed", "needs_review", "needs_review"]
    assert {d.undecided for d in found} == {"not_in_force"} and all(not d.reasons for d in found)
    assert all(says in d.summary and "万禾市公安机关警务辅助人员管理办法" in d.summary for d in found)
    if on is None:
        assert question_pool(corpus, "wanhe") == []   # a text not in force today keys no quiz question
    else:   # the day it comes into force, it decides
        decided = _all_tools(corpus, "wanhe", date(2024, 1, 1))
        assert [d.verdict for d in decided] == ["forbidden", "eligible", "must_recuse"]
        assert not any(d.undecided for d in decided)


def test_the_answer_says_which_text_did_not_apply(tmp_path, monkeypatch):
    """Rendered, a text not in force is named with its date, and the verdict line says it did not decide."""
    from assistant.answer import Assistant
    from assistant.embeddings import FakeEmbeddings
    from assistant.index import open_index

    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    (tmp_path / "corpus").mkdir()
    corpus = _variant(tmp_path / "corpus", "wanhe-2099", "wanhe", "万禾", in_force_from="2099-01-01")
    ans = Assistant(open_index(corpus, FakeEmbeddings())).ask("万禾的辅警能配枪吗？")
    assert ans.jurisdictions == ["wanhe"] and ans.checks[0].undecided == "not_in_force"
    assert "未判定（规定未施行）" in ans.text and "《万禾市公安机关警务辅助人员管理办法》自2099年1月1日起施行" in ans.text


def test_rule_data_in_both_places_is_refused(tmp_path, monkeypatch):
    (tmp_path / "recusal").mkdir()
    shutil.copy(ROOT / "assistant" / "rules" / "data" / "recusal" / "chongqing-2021.yaml", tmp_path / "recusal")
    monkeypatch.setenv("ASSISTANT_RULES_DIR", str(tmp_path))
    with pytest.raises(CorpusError, match="重复"):
        load_data("recusal", "chongqing-2021")


def test_the_real_corpus_decides_only_from_its_in_force_date(corpus):
    """重庆's text is in force from 2021-09-01: an applicant's reference date the day before is not decided."""
    before = decide_eligibility(Profile(age=30, education="本科", reference_date=date(2021, 8, 31)), "chongqing",
                                corpus=corpus)
    on = decide_eligibility(Profile(age=30, education="本科", reference_date=date(2021, 9, 1)), "chongqing",
                            corpus=corpus)
    assert before.undecided == "not_in_force" and before.verdict == "needs_review" and not before.reasons
    assert not on.undecided and on.reasons


def test_every_decision_of_the_real_corpus_today_is_decided(corpus):
    for code in corpus.jurisdictions:
        assert not any(d.undecided for d in _all_tools(corpus, code))

"""The web app's handlers, called as Python functions (no server, no browser).

The Assistant is injected with the fake-embedding index (``build_app(assistant=...)``), so these
tests are fast and deterministic.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from assistant.webapp import chat, eligibility_tab, feedback
from assistant.webapp import render_html as R
from assistant.webapp.followup import follow_up
from assistant.webapp.launch import exposure_warning, is_loopback, parse_auth

CASES = Path(__file__).parent / "cases"
CONTRACT_KEYS = {"id", "answer", "abstained", "citations", "related", "checks", "lookups", "jurisdictions", "role", "intent",
                 "assumptions", "latency_ms"}


@pytest.fixture(scope="module")
def app(fake_index):
    from assistant.answer import Assistant
    from assistant.webapp.build import build_app
    from assistant.webapp.state import set_assistant

    demo = build_app(assistant=Assistant(fake_index))
    yield demo
    set_assistant(None)


def run_chat(message, jurisdiction="", role="", turns=None):
    outs = list(chat.respond(message, jurisdiction, role, turns or []))
    return outs, outs[-1][0], outs[-1][1]


# -- /ask -------------------------------------------------------------------------------------------
def test_ask_returns_the_contract_dict(app):
    out = chat.ask_api("重庆的文职辅警可以参与巡逻吗？", "chongqing", "文职")
    assert set(out) == CONTRACT_KEYS
    assert out["abstained"] is False
    assert out["checks"] and out["checks"][0]["verdict"] == "not_in_role"
    assert all({"doc_id", "article", "paragraph", "item", "label", "text"} <= set(c) for c in out["citations"])
    json.dumps(out, ensure_ascii=False)


@pytest.mark.parametrize("question", ["", "   ", "问" * 5000])
def test_ask_bad_input_is_an_error_object(app, question):
    out = chat.ask_api(question, "", "")
    assert out["abstained"] is True and out["error"]
    assert "请" in out["error"]


def test_ask_unknown_jurisdiction_is_an_error_object(app):
    out = chat.ask_api("辅警能配枪吗", "beijing", "")
    assert out["abstained"] is True and "辖区" in out["error"]


def test_only_ask_is_public(app):
    info = app.get_api_info()
    assert list(info["named_endpoints"]) == ["/ask"]
    assert not info.get("unnamed_endpoints")


# -- chat -------------------------------------------------------------------------------------------
def test_empty_question_gives_a_prompt_no_exception(app):
    outs, html, turns = run_chat("  ")
    assert "请输入问题" in html and turns == []


def test_chat_streams_verdict_then_reasons_then_texts(app):
    outs, html, turns = run_chat("重庆的文职辅警可以参与巡逻吗？", "chongqing", "文职")
    stages = [o[0] for o in outs]
    assert "fj-pending" in stages[0]
    first_badge = next(i for i, s in enumerate(stages) if "fj-badge" in s)
    first_cite = next(i for i, s in enumerate(stages) if "<details" in s)
    assert first_badge < first_cite
    assert 'fj-badge-grey' in html and "<mark>" in html and "<details" in html
    assert turns[-1]["answer"]["checks"][0]["verdict"] == "not_in_role"


def test_chat_follow_up_reuses_the_previous_question(app):
    _, _, turns = run_chat("文职辅警可以参与巡逻吗？", "", "")
    _, html, turns = run_chat("那重庆呢？", "", "", turns)
    last = turns[-1]
    assert last["question"] == "文职辅警可以参与巡逻吗？"
    assert last["jurisdiction"] == "chongqing"
    assert last["answer"]["jurisdictions"] == ["chongqing"]
    assert "追问" in html


def test_html_escapes_script_in_a_question(app):
    _, html, _ = run_chat('<script>alert("x")</script><img src=x onerror=alert(1)>能配枪吗？')
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize("case", yaml.safe_load((CASES / "follow_up.yaml").read_text(encoding="utf-8")),
                         ids=lambda c: f"{c['previous']}→{c['new']}")
def test_follow_up(case, corpus):
    assert follow_up(case["previous"], case["new"], corpus) == (case["question"], case["jurisdiction"], case["role"])


@pytest.mark.parametrize("verdict,kind", [
    ("permitted", "green"), ("eligible", "green"), ("no_recusal", "green"),
    ("permitted_with_police_lead", "blue"),
    ("conditional", "amber"), ("needs_review", "amber"),
    ("forbidden", "red"), ("ineligible", "red"), ("must_recuse", "red"),
    ("not_addressed", "grey"), ("not_in_role", "grey"), ("abstained", "grey"), ("something_new", "grey"),
])
def test_badge_colour_per_verdict(verdict, kind):
    assert R.badge_kind(verdict) == kind
    assert f"fj-badge-{kind}" in R.badge(verdict)


def test_citation_shows_whole_article_with_the_item_marked(corpus):
    c = corpus.citation("chongqing-2021", 19, 1, 3)
    html = R.citation_html(corpus, c)
    assert html.startswith("<details") and "<summary>" in html
    assert html.count("<mark>") == 1
    marked = html.split("<mark>")[1].split("</mark>")[0]
    assert marked == R.escape(c.text)
    assert "（一）国内安全保卫" in html  # the rest of the article is shown too


# -- export and feedback ------------------------------------------------------------------------
def test_export_markdown_contains_the_citation_labels(app):
    _, _, turns = run_chat("辅警能配枪吗？")
    md = chat.conversation_markdown(turns)
    labels = [c["label"] for c in turns[-1]["answer"]["citations"]]
    assert labels and all(label in md for label in labels)
    path = chat.export_conversation(turns)
    assert Path(path).read_text(encoding="utf-8") .startswith("# 辅警法规助手")
    assert chat.export_conversation([]) is None


def test_feedback_writes_jsonl_with_only_the_documented_fields(app, tmp_path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path))
    _, _, turns = run_chat("辅警能配枪吗？")
    msg, cleared = chat.rate("down", "第二条引用不对", False, turns)
    assert "谢谢" in msg and cleared == ""
    chat.rate("up", "", True, turns)
    lines = (tmp_path / "feedback" / "feedback.jsonl").read_text(encoding="utf-8").splitlines()
    first, second = (json.loads(x) for x in lines)
    assert set(first) == set(feedback.FIELDS) == set(second)
    assert first["rating"] == "down" and first["comment"] == "第二条引用不对"
    assert first["question"] is None  # not stored unless the user ticks “附上问题原文”
    assert second["question"] == "辅警能配枪吗？"
    assert first["citations"] and ":" in first["citations"][0]
    assert "answer" not in first and "text" not in json.dumps(first)


def test_feedback_before_any_question(app):
    msg, _ = chat.rate("up", "", False, [])
    assert "请先提问" in msg


# -- eligibility ------------------------------------------------------------------------------------
def test_eligibility_form_shows_every_city_when_none_chosen(app, corpus):
    html = eligibility_tab.check_applicant(38, "", "", "大专", "中国", "", ["administrative_detention"], False,
                                           ["veteran"], "", "")
    n = len(corpus.jurisdictions)
    assert f"fj-cols-{n}" in html
    assert all(reg.meta.jurisdiction_name in html for reg in corpus.regulations)
    assert html.count('class="fj-card"') == n
    assert "fj-badge-red" in html  # 行政拘留 disqualifies at least in one city


def test_eligibility_unticked_records_are_unknown_unless_confirmed(app):
    unknown = eligibility_tab.check_applicant(30, "", "", "本科", "中国", "勤务", [], False, [], "", "chongqing")
    confirmed = eligibility_tab.check_applicant(30, "", "", "本科", "中国", "勤务", [], True, [], "", "chongqing")
    assert 'data-verdict="needs_review"' in unknown
    assert 'data-verdict="eligible"' in confirmed


@pytest.mark.parametrize("age,birth,field", [(None, "1990-02-30", "出生日期"), ("30.5", "", "年龄"),
                                             ("INFINITY", "", "年龄")])
def test_eligibility_bad_field_is_a_message(app, age, birth, field):
    html = eligibility_tab.check_applicant(age, birth, "", "", "", "", [], False, [], "", "")
    assert field in html and "fj-notice" in html and "fj-card" not in html


def test_eligibility_form_reads_a_birth_month_and_a_special_post(app):
    """The form reads its fields as a CSV cell is read: a month alone; 特殊岗位=否 decides the 45 limit."""
    month = eligibility_tab.check_applicant(None, "1990年5月", "2025-05-15", "大专", "中国", "勤务", [], True, [], "",
                                            "chongqing")
    assert 'data-verdict="eligible"' in month and "1990年5月出生" in month   # 34 or 35: both within 35
    html = eligibility_tab.check_applicant(47, "", "", "大专", "中国", "勤务", [], True, [], "否", "lianyungang")
    assert 'data-verdict="ineligible"' in html and "特殊岗位？" not in html


def test_eligibility_birth_year_alone_is_accepted(app):
    """"1960" alone: both possible ages are over Chongqing's 35 → decided, not refused as a bad date."""
    html = eligibility_tab.check_applicant(None, "1960", "", "大专", "中国", "勤务", [], True, [], "", "chongqing")
    assert 'data-verdict="ineligible"' in html and "1960年出生" in html


def test_csv_upload_with_a_bad_row(app, tmp_path, corpus):
    from assistant.screening import template_csv

    template = template_csv(corpus).decode("utf-8-sig")
    header = template.splitlines()[0]
    good = template.splitlines()[1] if len(template.splitlines()) > 1 else None
    assert good, "the template has an example row"
    bad = ",".join(["坏行", "abc"] + [""] * (header.count(",") - 1))
    path = tmp_path / "applicants.csv"
    path.write_text("\n".join([header, good, bad, good]) + "\n", encoding="utf-8")
    table, problems, out = eligibility_tab.screen_upload(str(path), "")
    assert len(table) >= 2  # the good rows are screened
    assert "第" in problems and "行" in problems
    assert Path(out).read_bytes()


def test_csv_upload_missing_file(app):
    table, problems, out = eligibility_tab.screen_upload(None, "")
    assert "上传" in problems and out is None


# -- launch -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("host,auth,warns", [
    ("127.0.0.1", None, False), ("localhost", None, False), ("::1", None, False),
    ("0.0.0.0", None, True), ("192.168.1.20", None, True), ("0.0.0.0", ("u", "p"), False),
])
def test_non_loopback_warning(host, auth, warns):
    w = exposure_warning(host, auth)
    assert bool(w) is warns
    if warns:
        assert host in w and "--auth" in w


def test_parse_auth():
    assert parse_auth("admin:s3:cret") == ("admin", "s3:cret")
    assert parse_auth(None) is None
    with pytest.raises(ValueError):
        parse_auth("nopassword")
    assert is_loopback("127.0.0.2")


def test_log_holds_no_question_unless_debug(app, caplog, monkeypatch):
    question = "我表哥张三丰被拘留了，我要回避吗"
    monkeypatch.delenv("ASSISTANT_DEBUG", raising=False)
    with caplog.at_level("DEBUG"):
        chat.ask_api(question, "", "")
        list(chat.respond(question, "", "", []))
    assert caplog.records and not any("张三丰" in r.getMessage() for r in caplog.records)
    caplog.clear()
    monkeypatch.setenv("ASSISTANT_DEBUG", "1")
    with caplog.at_level("INFO"):
        chat.ask_api(question, "", "")
    assert any("张三丰" in r.getMessage() for r in caplog.records)

"""The web app in a real browser: Debian's Chromium driven by Playwright.

Starts ``app.py`` in a subprocess on a free port (fake embeddings, temporary data dir), asks a
question in the chat, opens a citation, fills the eligibility form, visits the browse and quiz
tabs, saves a screenshot of each tab to ``eval/screenshots/<tab>.png``, and calls ``/ask``
through ``gradio_client``. The server is stopped at the end, also on failure.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
SHOTS = ROOT / "eval" / "screenshots"
CONTRACT_KEYS = {"id", "answer", "abstained", "citations", "related", "checks", "lookups", "jurisdictions", "role", "intent",
                 "assumptions", "latency_ms"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        # .ci/run installs it and sets ASSISTANT_REQUIRE_BROWSER: there a missing browser fails, never skips
        if os.environ.get("ASSISTANT_REQUIRE_BROWSER"):
            pytest.fail("Debian chromium is not installed although .ci/run installs it")
        pytest.skip("Debian chromium is not installed (apt-get install -y chromium)")
    port = _free_port()
    data = tmp_path_factory.mktemp("web-data")
    env = dict(os.environ, ASSISTANT_EMBEDDINGS="fake", ASSISTANT_DATA_DIR=str(data),
               GRADIO_ANALYTICS_ENABLED="False")
    env.pop("ASSISTANT_AUTH", None)
    log = open(data / "server.log", "w")
    proc = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "--host", "127.0.0.1", "--port", str(port)],
                            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.time() + 180
        while True:
            if proc.poll() is not None:
                raise RuntimeError("app.py exited:\n" + (data / "server.log").read_text())
            try:
                urllib.request.urlopen(url, timeout=2)
                break
            except OSError:
                if time.time() > deadline:
                    raise RuntimeError("app.py did not start:\n" + (data / "server.log").read_text())
                time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            pg = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
            pg.goto(server)
            pg.wait_for_selector("text=辅警法规助手", timeout=60_000)
            yield pg
        finally:
            browser.close()


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _tab(page, name: str) -> None:
    page.get_by_role("tab", name=name).click()


def test_chat_answer_badge_and_citation(page):
    _shot(page, "chat-empty")
    page.locator("#fj-question textarea").fill("重庆的文职辅警可以参与巡逻吗？")
    page.locator("#fj-send").click()
    badge = page.locator("#fj-conversation .fj-badge").first
    badge.wait_for(timeout=60_000)
    page.locator("#fj-conversation details.fj-cite").first.wait_for(timeout=30_000)
    assert badge.inner_text().strip()
    summary = page.locator("#fj-conversation details.fj-cite summary").first
    summary.click()
    mark = page.locator("#fj-conversation details.fj-cite[open] mark").first
    mark.wait_for(state="visible", timeout=10_000)
    assert mark.inner_text().strip()
    # a follow-up reuses the question for the other city
    _settled(page)
    page.locator("#fj-question textarea").fill("那连云港呢？")
    page.locator("#fj-send").click()
    page.wait_for_selector("text=追问", timeout=60_000)
    page.locator("#fj-conversation .fj-turn").nth(1).locator("details.fj-cite").first.wait_for(timeout=60_000)
    _shot(page, "chat")


def _settled(page) -> None:
    """The previous answer has finished streaming and the app has cleared the box: a question typed before
    that would be wiped (or sent empty) when the app clears it."""
    from playwright.sync_api import expect

    page.wait_for_function("document.querySelectorAll('#fj-conversation .fj-pending').length === 0", timeout=60_000)
    expect(page.locator("#fj-question textarea")).to_have_value("", timeout=60_000)


def _ask(page, question: str):
    """Send a question and wait for its own turn's cited answer (not a turn already on the page)."""
    from playwright.sync_api import expect

    turns = page.locator("#fj-conversation .fj-turn")
    _settled(page)
    before = turns.count()
    box = page.locator("#fj-question textarea")
    # on a loaded machine the app's last clearing of the box can land after it looked settled: type again
    for attempt in range(3):
        box.fill(question)
        page.wait_for_timeout(200)
        if box.input_value() == question:
            break
    expect(box).to_have_value(question)
    page.locator("#fj-send").click()
    turn = turns.nth(before)
    turn.locator("details.fj-cite").first.wait_for(timeout=60_000)
    return turn


def test_lookup_and_story_answers_lead_with_what_decides(page):
    """A look-up's bubble opens with the deciding sentence (not "见《…》"); a story with two acts shows
    each act's verdict, the decisive one first, the verdict said once (the badge)."""
    # an article named by number: answered from the texts whatever the embedder (the browser app runs on
    # the test's fake one)
    turn = _ask(page, "重庆辅警条例第二十条是怎么规定的？")
    lead = turn.locator(".fj-verdict .fj-summary").first.inner_text()
    assert "第二十条" in lead and "“" in lead and not lead.startswith("见《")
    turn = _ask(page, "民警去开车了，让我先看着刚抓的小偷，我能一个人看着他吗？能给他戴手铐吗？重庆勤务辅警")
    verdicts = turn.locator(".fj-verdict")
    assert verdicts.count() == 2
    badge_text = verdicts.first.locator(".fj-badge").inner_text().strip()
    assert verdicts.first.inner_text().count(badge_text) == 1      # the verdict is said once
    _shot(page, "chat-lookup-and-story")


def test_script_in_question_does_not_run(page):
    page.on("dialog", lambda d: (_ for _ in ()).throw(AssertionError("a dialog opened: " + d.message)))
    turns = page.locator("#fj-conversation .fj-turn")
    _settled(page)
    before = turns.count()
    page.locator("#fj-question textarea").fill('<img src=x onerror="alert(1)"><script>alert(2)</script>')
    page.locator("#fj-send").click()
    # this question's own turn (a turn already on the page would be answered already)
    turns.nth(before).locator(".fj-answer:not(.fj-pending)").wait_for(timeout=60_000)
    assert page.locator("#fj-conversation img").count() == 0
    assert "<script>" in turns.nth(before).inner_text()


def test_eligibility_form(page):
    _tab(page, "招聘资格")
    page.locator("#fj-age input").fill("38")
    page.locator("#fj-records").get_by_label("受过行政拘留").check()
    page.locator("#fj-check").click()
    result = page.locator("#fj-eligibility-result .fj-card")
    result.first.wait_for(timeout=30_000)
    assert result.count() == 2
    assert page.locator("#fj-eligibility-result .fj-badge").count() >= 2
    _shot(page, "eligibility")


def test_browse_tab(page):
    _tab(page, "浏览与对照")
    page.locator("#fj-toc details").first.wait_for(timeout=30_000)
    page.locator("#fj-toc details summary").first.click()
    page.locator("#fj-toc details[open] .fj-article").first.wait_for(state="visible")
    _shot(page, "browse")
    page.get_by_role("tab", name="两地对照").click()
    page.locator("#fj-topic input").click()
    page.get_by_role("option").first.click()
    page.locator("#fj-compare .fj-card").first.wait_for(timeout=30_000)
    _shot(page, "compare")


def test_quiz_tab(page):
    _tab(page, "培训测验")
    page.locator("#fj-make-quiz").click()
    page.wait_for_selector("text=交卷", timeout=30_000)
    page.locator("label:has-text('A.')").first.wait_for(timeout=30_000)
    page.locator("label:has-text('A.')").first.click()
    page.locator("#fj-submit-quiz").click()
    page.locator("#fj-quiz-key .fj-score").wait_for(timeout=30_000)
    assert "得分" in page.locator("#fj-quiz-key").inner_text()
    _shot(page, "quiz")


def test_ask_endpoint_with_gradio_client(server):
    from gradio_client import Client

    client = Client(server, verbose=False)
    out = client.predict("辅警能配枪吗", "", "", api_name="/ask")
    assert set(out) == CONTRACT_KEYS
    assert out["citations"] and out["checks"]
    err = client.predict("", "", "", api_name="/ask")
    assert err["abstained"] is True and err["error"]

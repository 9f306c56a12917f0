"""The ``gr.Blocks`` assembly: four tabs and the one public API endpoint ``/ask``.

Every UI event is ``api_visibility="private"`` (callable by the page only), so ``/ask`` is the
whole public API. Queue: ``default_concurrency_limit`` (:data:`DEFAULT_CONCURRENCY`, override with
``--concurrency`` or ``ASSISTANT_CONCURRENCY``) events run at once; answering is CPU-bound
(embedding the question + rules), so more parallel workers than cores only adds latency — the
load test (``make load``) tunes it.
"""

from __future__ import annotations

import logging

import gradio as gr

from ..places import all_of, places
from . import browse_tab, chat, eligibility_tab, quiz_tab
from . import render_html as R
from .state import get_corpus, set_assistant
from .style import footer, header

log = logging.getLogger("assistant.webapp")
DEFAULT_CONCURRENCY = 4
PRIVATE = {"api_visibility": "private"}


def _chat_tab() -> None:
    corpus = get_corpus()
    turns = gr.State([])
    with gr.Row(equal_height=True):
        jurisdiction = gr.Radio(chat.jurisdiction_choices(corpus), value="", label="辖区", scale=1)
        role = gr.Radio(chat.ROLE_CHOICES, value="", label="我的岗位", scale=1)
    conversation = gr.HTML(R.conversation_html([], R.empty_screen(corpus)), elem_id="fj-conversation")
    follow = places(corpus)[0].short_name
    with gr.Row(equal_height=True):
        box = gr.Textbox(placeholder=f"用平常的话提问，例如：文职辅警可以去街面巡逻吗？（可追问“那{follow}呢？”）",
                         show_label=False, lines=1, max_lines=4, scale=8, elem_id="fj-question", autofocus=True)
        send = gr.Button("提问", variant="primary", scale=1, min_width=90, elem_id="fj-send")
    with gr.Row(elem_classes="fj-examples"):
        for group, questions in chat.examples(corpus).items():
            with gr.Column(min_width=240):
                gr.Examples([[q] for q in questions], inputs=[box], label=f"{group}常问")
    with gr.Accordion("评价与导出", open=False):
        with gr.Row(equal_height=True):
            up = gr.Button("👍 有帮助", size="sm", min_width=90, scale=1)
            down = gr.Button("👎 有问题", size="sm", min_width=90, scale=1)
            comment = gr.Textbox(placeholder="可选：哪里不对或缺了什么（最多500字）", show_label=False, scale=5,
                                 max_length=500)
            with_question = gr.Checkbox(label="附上问题原文", value=False, scale=2)
        status = gr.Markdown("")
        gr.Markdown("反馈只保存在本机（评价、可选的意见、判断结论和引用条文；勾选时才保存问题原文）。",
                    elem_classes="fj-hint")
        with gr.Row():
            export = gr.Button("导出对话（Markdown）", size="sm")
            reset = gr.Button("清空对话", size="sm")
        export_file = gr.File(label="对话记录", visible=True, interactive=False, height=60)

    inputs = [box, jurisdiction, role, turns]
    outputs = [conversation, turns, box]
    send.click(chat.respond, inputs, outputs, **PRIVATE, show_progress="hidden")
    box.submit(chat.respond, inputs, outputs, **PRIVATE, show_progress="hidden")
    up.click(lambda c, w, t: chat.rate("up", c, w, t), [comment, with_question, turns], [status, comment], **PRIVATE)
    down.click(lambda c, w, t: chat.rate("down", c, w, t), [comment, with_question, turns], [status, comment],
               **PRIVATE)
    export.click(chat.export_conversation, [turns], [export_file], **PRIVATE)
    reset.click(chat.clear, None, [conversation, turns, box, export_file, status], **PRIVATE)


def _eligibility_tab() -> None:
    E = eligibility_tab
    corpus = get_corpus()
    gr.Markdown(f"填写应聘人员情况，逐项对照招聘条件；未选择辖区时{all_of(corpus)}并列显示。")
    with gr.Row():
        with gr.Column():
            age = gr.Number(label="年龄（周岁）", precision=0, minimum=0, maximum=150, elem_id="fj-age")
            birth = gr.Textbox(label="或：出生日期", placeholder="例如 1990-05-01（只知道年份可填 1990）")
            ref = gr.Textbox(label="参照日期（报名截止日，默认今天）", placeholder="例如 2025-06-30")
        with gr.Column():
            education = gr.Dropdown(E.EDUCATION_CHOICES, value="", label="学历", elem_id="fj-education")
            nationality = gr.Radio(E.NATIONALITY_CHOICES, value="中国", label="国籍")
            role = gr.Radio(E.ROLE_CHOICES, value="", label="应聘岗位")
            special = gr.Radio(E.SPECIAL_CHOICES, value="", label="是否招聘公告中的特殊岗位")
    records = gr.CheckboxGroup(E.RECORD_CHOICES, label="有以下记录（勾选有的）", elem_id="fj-records")
    none_else = gr.Checkbox(label="以上未勾选的记录均确认没有（不勾选则按“未说明”处理）", value=False,
                            elem_id="fj-none-else")
    priority = gr.CheckboxGroup(E.PRIORITY_CHOICES, label="优先招聘类别（只作提示，不改变结论）")
    with gr.Row(equal_height=True):
        jurisdiction = gr.Radio(E.jurisdiction_choices(corpus), value="", label="辖区", scale=3)
        check = gr.Button("判断是否符合招聘条件", variant="primary", scale=1, elem_id="fj-check")
    result = gr.HTML(elem_id="fj-eligibility-result")
    check.click(E.check_applicant, [age, birth, ref, education, nationality, role, records, none_else, priority,
                                    special, jurisdiction], [result], **PRIVATE)

    with gr.Accordion("批量筛查（上传 CSV）", open=False):
        gr.Markdown(E.CSV_HELP, elem_classes="fj-hint")
        with gr.Row(equal_height=True):
            gr.DownloadButton("下载 CSV 模板", value=E.template_file(corpus), size="sm")
            upload = gr.File(label="上传 CSV", file_types=[".csv"], type="filepath", height=90)
            batch_j = gr.Radio(E.jurisdiction_choices(corpus), value="", label="辖区")
        screen = gr.Button("开始筛查", variant="primary")
        problems = gr.HTML()
        table = gr.Dataframe(label="筛查结果", interactive=False, wrap=True)
        out_file = gr.File(label="下载结果 CSV", interactive=False, height=60)
        screen.click(E.screen_upload, [upload, batch_j], [table, problems, out_file], **PRIVATE)


def _browse_tab() -> None:
    B = browse_tab
    corpus = get_corpus()
    codes = list(corpus.jurisdictions)
    city_choices = [(R.place(corpus, c), c) for c in codes]
    with gr.Tabs():
        with gr.Tab("目录"):
            toc_j = gr.Radio(city_choices, value=codes[0], label="规定")
            toc = gr.HTML(B.toc_html(codes[0]), elem_id="fj-toc")
            toc_j.change(B.toc_html, [toc_j], [toc], **PRIVATE)
        with gr.Tab("全文检索"):
            with gr.Row(equal_height=True):
                query = gr.Textbox(placeholder="输入词语，例如：回避、试用期、抚恤", show_label=False, scale=5)
                search_j = gr.Radio([(all_of(corpus), "")] + city_choices, value="", show_label=False, scale=2)
                go = gr.Button("检索", variant="primary", scale=1)
            hits = gr.HTML()
            go.click(B.search_html, [query, search_j], [hits], **PRIVATE)
            query.submit(B.search_html, [query, search_j], [hits], **PRIVATE)
        with gr.Tab(f"{all_of(corpus)}对照"):
            topic = gr.Dropdown(B.topic_choices(), value=None, label="主题", elem_id="fj-topic")
            compared = gr.HTML(elem_id="fj-compare")
            topic.change(B.compare_html, [topic], [compared], **PRIVATE)


def _quiz_tab() -> None:
    Q = quiz_tab
    quiz = gr.State(None)
    with gr.Row(equal_height=True):
        jurisdiction = gr.Radio(chat.jurisdiction_choices(get_corpus()), value="", label="范围", scale=2)
        n = gr.Slider(3, Q.MAX_QUESTIONS, value=5, step=1, label="题数", scale=2)
        seed = gr.Number(value=1, precision=0, label="题组编号", scale=1)
        make = gr.Button("出题", variant="primary", scale=1, elem_id="fj-make-quiz")
    status = gr.HTML()
    radios = [gr.Radio([], label=f"第{i + 1}题", visible=False, type="value") for i in range(Q.MAX_QUESTIONS)]
    submit = gr.Button("交卷", variant="primary", elem_id="fj-submit-quiz")
    key = gr.HTML(elem_id="fj-quiz-key")
    make.click(Q.new_quiz, [jurisdiction, n, seed], [quiz, status, key, *radios], **PRIVATE)
    submit.click(Q.submit, [quiz, *radios], [key], **PRIVATE)


def build_app(assistant=None, concurrency: int = DEFAULT_CONCURRENCY) -> gr.Blocks:
    """The app. ``assistant`` is injected in tests; otherwise one is opened on first use."""
    if assistant is not None:
        set_assistant(assistant)
    with gr.Blocks(title="辅警法规助手", analytics_enabled=False) as demo:
        gr.HTML(header(get_corpus()))
        with gr.Tabs():
            with gr.Tab("问答", id="chat"):
                _chat_tab()
            with gr.Tab("招聘资格", id="eligibility"):
                _eligibility_tab()
            with gr.Tab("浏览与对照", id="browse"):
                _browse_tab()
            with gr.Tab("培训测验", id="quiz"):
                _quiz_tab()
        gr.HTML(footer(get_corpus()))
        gr.api(chat.ask_api, api_name="ask")
    demo.queue(default_concurrency_limit=concurrency)
    return demo

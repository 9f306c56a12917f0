"""The Gradio web app of 辅警法规助手: one module per concern.

- :mod:`.state` — the shared :class:`~assistant.answer.Assistant` (one per process)
- :mod:`.render_html` — answers, decisions and articles as escaped HTML (badges, citations)
- :mod:`.followup` — "那重庆呢？" → the previous question with the changed fact
- :mod:`.chat` — the chat tab handlers and the ``/ask`` API endpoint
- :mod:`.feedback` — 👍/👎 stored as JSONL under the data dir
- :mod:`.eligibility_tab`, :mod:`.browse_tab`, :mod:`.quiz_tab` — the other tabs
- :mod:`.build` — the ``gr.Blocks`` assembly; :mod:`.launch` — arguments, warnings, launch

>>> from assistant.corpus import Corpus
>>> from assistant.webapp.followup import follow_up
>>> follow_up("文职辅警可以巡逻吗？", "那重庆呢？", Corpus.load())
('文职辅警可以巡逻吗？', 'chongqing', None)
"""

"""The look: a calm, official palette; badges per verdict kind; citations as cards; the banner."""

from html import escape

from ..places import count, listing

CSS = """
:root { --fj-navy:#1f3a5f; --fj-ink:#1f2933; --fj-muted:#52606d; --fj-line:#e4e7eb; --fj-bg:#f7f9fb; }
.gradio-container { max-width: 1180px !important; margin: 0 auto !important;
  font-family: "PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif !important; }
footer { display:none !important; }
.fj-header { display:flex; align-items:center; gap:14px; padding:18px 22px; margin-bottom:6px;
  background:linear-gradient(120deg,#1f3a5f 0%,#2d5a8c 100%); border-radius:12px; color:#fff; }
.fj-logo { width:46px; height:46px; border-radius:50%; background:#fff; color:#1f3a5f; display:flex;
  align-items:center; justify-content:center; font-weight:700; font-size:22px; flex:none; }
.fj-header .fj-title, .fj-header .fj-subtitle { color:#fff !important; }
.fj-title { font-size:24px; font-weight:700; letter-spacing:2px; line-height:1.2; }
.fj-subtitle { font-size:14px; opacity:.88; margin-top:3px; }
.fj-conv { display:flex; flex-direction:column; gap:16px; padding:6px 2px; min-height:320px; }
.fj-turn { display:flex; flex-direction:column; gap:8px; }
.fj-q { display:flex; flex-direction:column; align-items:flex-end; }
.fj-q-bubble { background:#1f3a5f; color:#fff; padding:9px 14px; border-radius:14px 14px 2px 14px;
  max-width:80%; font-size:15px; line-height:1.6; white-space:pre-wrap; word-break:break-word; }
.fj-context { font-size:12px; color:var(--fj-muted); margin-top:4px; }
.fj-answer { background:#fff; border:1px solid var(--fj-line); border-radius:2px 14px 14px 14px; padding:14px 16px;
  max-width:94%; box-shadow:0 1px 2px rgba(15,23,42,.05); color:var(--fj-ink); line-height:1.7; font-size:15px; }
.fj-verdict { display:flex; flex-wrap:wrap; align-items:baseline; gap:8px; margin:2px 0 8px; }
.fj-verdict + .fj-verdict { border-top:1px dashed var(--fj-line); padding-top:8px; }
.fj-badge { display:inline-block; padding:3px 12px; border-radius:999px; font-weight:700; font-size:15px;
  white-space:nowrap; border:1px solid transparent; }
.fj-badge-green { background:#e3f6e8; color:#17692f; border-color:#9bd8ab; }
.fj-badge-blue { background:#e4efff; color:#1d4ed8; border-color:#a7c4fb; }
.fj-badge-amber { background:#fff4d6; color:#8a5300; border-color:#f3cd6b; }
.fj-badge-red { background:#fde4e4; color:#b42318; border-color:#f4a8a3; }
.fj-badge-grey { background:#eef0f3; color:#4b5563; border-color:#d2d6dc; }
.fj-badge-slate { background:#eaf0f6; color:#1f3a5f; border-color:#c2d0e0; }
.fj-who { font-weight:600; color:var(--fj-navy); }
.fj-who-small { font-size:12px; color:#fff; background:#7b8794; border-radius:4px; padding:0 5px; margin-right:6px; }
.fj-summary { color:var(--fj-ink); }
.fj-section-title { font-size:13px; font-weight:700; color:var(--fj-muted); margin:10px 0 4px; letter-spacing:1px; }
.fj-reasons ul { list-style:none; padding-left:0; margin:0; }
.fj-reason { padding:3px 0 3px 26px; position:relative; font-size:14px; }
.fj-mark { position:absolute; left:2px; width:18px; height:18px; border-radius:50%; text-align:center;
  font-size:12px; line-height:18px; font-weight:700; top:6px; background:#eef0f3; color:#4b5563; }
.fj-ok .fj-mark { background:#e3f6e8; color:#17692f; } .fj-bad .fj-mark { background:#fde4e4; color:#b42318; }
.fj-open .fj-mark { background:#fff4d6; color:#8a5300; } .fj-note .fj-mark { background:#e4efff; color:#1d4ed8; }
.fj-cond { font-weight:600; }
.fj-ref { color:var(--fj-muted); font-size:13px; }
.fj-text { margin:4px 0; }
.fj-cites { margin-top:6px; }
details.fj-cite { border:1px solid var(--fj-line); border-left:4px solid #2d5a8c; border-radius:8px; margin:6px 0;
  background:var(--fj-bg); }
details.fj-cite > summary { cursor:pointer; padding:8px 12px; list-style:none; display:flex; flex-direction:column; gap:2px; }
details.fj-cite > summary::-webkit-details-marker { display:none; }
details.fj-cite > summary::before { content:"▸ 展开全文"; font-size:12px; color:#2d5a8c; order:3; }
details.fj-cite[open] > summary::before { content:"▾ 收起"; }
.fj-cite-label { font-weight:600; color:var(--fj-navy); font-size:14px; }
.fj-cite-snippet { color:var(--fj-muted); font-size:13px; }
details.fj-cite[open] .fj-cite-snippet { display:none; }
.fj-article { background:#fff; border-top:1px solid var(--fj-line); padding:10px 14px; border-radius:0 0 8px 8px;
  font-size:14px; line-height:1.8; }
.fj-article-head { font-weight:700; margin-bottom:4px; color:var(--fj-ink); }
.fj-para { margin:4px 0; text-indent:0; }
.fj-item, .fj-lead { display:block; }
.fj-item { padding-left:1em; }
.fj-article mark { background:#ffe58f; color:inherit; padding:1px 2px; border-radius:3px; }
.fj-notice { border-radius:8px; padding:10px 14px; }
.fj-notice-warn { background:#fff8e6; border:1px solid #f3cd6b; color:#7a4b00; }
.fj-notice-error { background:#fdecec; border:1px solid #f4a8a3; color:#912018; }
.fj-notice-info { background:#eef4fb; border:1px solid #c2d0e0; color:#1f3a5f; }
.fj-pending { color:var(--fj-muted); }
.fj-dots::after { content:"…"; animation: fjblink 1s infinite; }
@keyframes fjblink { 50% { opacity:.2; } }
.fj-welcome { border:1px dashed #c2d0e0; border-radius:12px; padding:22px; background:var(--fj-bg); text-align:center; }
.fj-welcome-title { font-size:18px; font-weight:700; color:var(--fj-navy); margin-bottom:6px; }
.fj-welcome-text { font-size:14px; color:var(--fj-muted); line-height:1.8; max-width:720px; margin:0 auto; }
.fj-empty { min-height:0; }
.fj-columns { display:grid; gap:14px; grid-template-columns:1fr; }
.fj-columns.fj-cols-2 { grid-template-columns:1fr 1fr; }
@media (max-width: 800px) { .fj-columns.fj-cols-2 { grid-template-columns:1fr; } }
.fj-card { background:#fff; border:1px solid var(--fj-line); border-radius:12px; padding:14px 16px;
  box-shadow:0 1px 2px rgba(15,23,42,.05); line-height:1.7; }
.fj-card-title { font-size:17px; font-weight:700; color:var(--fj-navy); margin-bottom:8px;
  border-bottom:2px solid #2d5a8c; display:inline-block; padding-bottom:2px; }
.fj-hint { color:var(--fj-muted); font-size:13px; margin:8px 0; }
.fj-doc-title { font-size:17px; font-weight:700; color:var(--fj-navy); }
.fj-chapter { margin:10px 0; }
.fj-chapter-title { font-weight:700; margin:10px 0 4px; color:var(--fj-ink); }
.fj-toc details.fj-cite > summary::before { content:""; }
.fj-score { margin:6px 0 12px; } .fj-score .fj-badge { font-size:18px; padding:5px 16px; }
.fj-key { border:1px solid var(--fj-line); border-radius:10px; padding:10px 14px 10px 36px; margin:8px 0;
  position:relative; background:#fff; line-height:1.7; }
.fj-key .fj-mark { left:10px; top:12px; }
.fj-key-q { font-weight:600; } .fj-key-e { color:var(--fj-muted); font-size:14px; }
.fj-group-label { font-weight:700; color:var(--fj-navy); font-size:14px; margin:6px 0 2px; }
.fj-examples button { font-size:13px !important; }
.fj-disclaimer { color:var(--fj-muted); font-size:12px; text-align:center; margin-top:10px; }
"""


def header(corpus) -> str:
    """The banner: the title and the cities of the corpus by their short names (escaped: metadata is data)."""
    cities = escape(listing(corpus, " · "))
    return f"""
<div class="fj-header">
  <div class="fj-logo">警</div>
  <div>
    <div class="fj-title">辅警法规助手</div>
    <div class="fj-subtitle">{cities} 辅警规定问答：先给结论，再给理由，每句都有条文出处</div>
  </div>
</div>
"""


def footer(corpus) -> str:
    return (f'<div class="fj-disclaimer">回答依据收录的{count(corpus)}部规定自动生成，仅供参考；具体工作以所在公安机关的安排为准。'
            '</div>')


def theme():
    """A navy/slate Gradio theme matching the header (instead of the default orange)."""
    import gradio as gr

    return gr.themes.Default(primary_hue=gr.themes.colors.blue, secondary_hue=gr.themes.colors.slate,
                             neutral_hue=gr.themes.colors.slate, radius_size=gr.themes.sizes.radius_md,
                             font=["PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", "WenQuanYi Micro Hei",
                                   "sans-serif"]).set(
        button_primary_background_fill="#1f3a5f", button_primary_background_fill_hover="#2d5a8c",
        button_primary_text_color="#ffffff")

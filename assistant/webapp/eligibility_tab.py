"""The 招聘资格 tab: one applicant (form) or a CSV of applicants (batch screening).

Records are three-state like :class:`~assistant.rules.profile.Profile`: a ticked record is
``True``; with “以上未勾选的记录均确认没有” the unticked ones are ``False``; otherwise they stay
unknown — so an unknown record leads to ``needs_review``, never to ``eligible``.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from html import escape

from ..applicant import read_profile
from ..errors import AssistantError
from ..places import all_of, choices
from ..rules.eligibility import decide_eligibility
from ..rules.profile import EDUCATION_LADDER, PRIORITY_LABELS, RECORD_LABELS, Profile
from ..screening import COLUMNS, MAX_ROWS, result_to_csv, screen_csv, template_csv
from . import render_html as R
from .state import get_corpus

log = logging.getLogger("assistant.webapp")

EDUCATION_CHOICES = [("未说明", "")] + [("高中（含中专、职高、技校）" if e == "高中" else e, e)
                                         for e in EDUCATION_LADDER]
NATIONALITY_CHOICES = [("中国", "中国"), ("其他国籍", "外国"), ("未说明", "")]
ROLE_CHOICES = [("未说明", ""), ("勤务", "勤务"), ("文职", "文职")]
RECORD_CHOICES = [(label, key) for key, label in RECORD_LABELS.items()]
PRIORITY_CHOICES = [(label, key) for key, label in PRIORITY_LABELS.items()]
SPECIAL_CHOICES = [("未说明", ""), ("是", "是"), ("否", "否")]


def jurisdiction_choices(corpus) -> list[tuple[str, str]]:
    """The city selector of the form and the screening: every city side by side, or one of them."""
    return choices(corpus, everywhere=f"不限（{all_of(corpus)}对照）")


def build_profile(age, birth_date, reference_date, education, nationality, role, records, none_else,
                  priority, special_post) -> Profile:
    """The form's values → a :class:`Profile`, read as a CSV cell or a question is (:mod:`assistant.applicant`);
    raises :class:`~assistant.applicant.FactError` (an :class:`AssistantError`) with a Chinese message."""
    ticked = {key: True for key in records or [] if key in RECORD_LABELS}
    return read_profile({"age": age, "birth": birth_date, "reference_date": reference_date, "education": education,
                         "nationality": nationality, "role": role, "special_post": special_post,
                         "priority": list(priority or []), "none_else": bool(none_else), **ticked})


def check_applicant(age, birth_date, reference_date, education, nationality, role, records, none_else,
                    priority, special_post, jurisdiction) -> str:
    """The decision as HTML: one card, or every city side by side when no city is chosen."""
    try:
        profile = build_profile(age, birth_date, reference_date, education, nationality, role, records,
                                none_else, priority, special_post)
        corpus = get_corpus()
        codes = [jurisdiction] if jurisdiction else list(corpus.jurisdictions)
        cards = [R.decision_card(corpus, decide_eligibility(profile, j, corpus=corpus)) for j in codes]
    except AssistantError as exc:
        return R.message_html(str(exc), "warn")
    except Exception:  # noqa: BLE001
        log.exception("eligibility check failed")
        return R.message_html("判断时出了点问题，请检查填写的内容后再试。", "error")
    note = ('<div class="fj-hint">未勾选且未确认“均没有”的记录按“未说明”处理，结论会是“需进一步核实”。'
            '优先招聘类别只作提示，不改变结论。</div>')
    return R.columns(cards) + note


# -- batch screening ----------------------------------------------------------------------------
CSV_HELP = (f"CSV 文件，首行为列名（UTF-8 或 GBK 编码均可，Excel 另存为 CSV 即可），每行一名应聘人员，"
            f"最多 {MAX_ROWS} 行。列：{'、'.join(COLUMNS)}。记录列填 是/否，留空表示未说明；"
            f"“未列记录均无”填“是”时，留空的记录列按“否”处理。有问题的行逐行列出，其余照常筛查。")


def template_file(corpus) -> str:
    """The CSV template written to a temporary file (for the download button)."""
    folder = Path(tempfile.mkdtemp(prefix="fujing-template-"))
    path = folder / "辅警招聘筛查模板.csv"
    path.write_bytes(template_csv(corpus))
    return str(path)


def _read_upload(upload) -> bytes:
    if upload is None:
        raise AssistantError("请先上传 CSV 文件（可先下载模板）。")
    path = upload if isinstance(upload, (str, Path)) else getattr(upload, "name", None) or upload.get("path")
    return Path(path).read_bytes()


def screen_upload(upload, jurisdiction):
    """CSV upload → (table rows, problems HTML, result CSV path). Bad rows are listed, the rest screened."""
    import pandas as pd

    headers = ["行号", "姓名", "辖区", "结论", "说明", "理由", "待补充信息"]
    empty = pd.DataFrame(columns=headers)
    try:
        data = _read_upload(upload)
        corpus = get_corpus()
        result = screen_csv(data, corpus, jurisdictions=[jurisdiction] if jurisdiction else None)
    except AssistantError as exc:
        return empty, R.message_html(str(exc), "warn"), None
    except Exception:  # noqa: BLE001
        log.exception("screening failed")
        return empty, R.message_html("文件无法处理：请确认是 CSV 文件（UTF-8 或 GBK 编码），列名与模板一致。", "error"), None
    if result.error:
        return empty, R.message_html(result.error + "　列名：" + "、".join(COLUMNS), "warn"), None
    rows = [[r.row, r.name, R.place(corpus, r.jurisdiction), r.verdict_text, r.summary, "；".join(r.reasons),
             "；".join(r.missing)] for r in result.rows]
    table = pd.DataFrame(rows, columns=headers)
    problems = ""
    if result.errors:
        items = "".join(f"<li>第 {e.row} 行：{escape(e.message)}</li>" for e in result.errors)
        problems = (f'<div class="fj-notice fj-notice-warn">有 {len(result.errors)} 行无法处理（其余各行已筛查）：'
                    f"<ul>{items}</ul></div>")
    ok = f'<div class="fj-hint">已筛查 {len(result.rows)} 条记录。</div>'
    folder = Path(tempfile.mkdtemp(prefix="fujing-screening-"))
    out = folder / "辅警招聘筛查结果.csv"
    out.write_bytes(result_to_csv(result, corpus))
    return table, ok + problems, str(out)

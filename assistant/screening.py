"""Batch screening of applicants: a CSV of profiles → one eligibility decision per row and city.

The column format (first row = header; the order is free, unknown columns are ignored):

=================  ==========================================================================
column             value
=================  ==========================================================================
``姓名``            free text (only echoed back)
``年龄``            whole 周岁: ``34``, ``34岁``, ``三十四``; or leave empty and give ``出生日期``
``出生日期``        ``1990-05-01`` (also ``1990/5/1``, ``1990.5.1``, ``1990年5月1日``, ``19900501``); a month
                   (``1990年5月``) or a year alone (``1990``) gives two possible ages: decided when both
                   agree, else needs review
``参照日期``        the date the age is counted on (报名截止日), same formats; empty → today
``学历``            初中 · 高中 (中专、职高、技校) · 大专 (专科) · 本科 · 硕士 (研究生) · 博士; 在读/肄业 gives the
                   level completed before it, 大学 gives 大专 (``education.yaml``)
``国籍``            中国 / 其他国籍名; empty → as the city's rule says (stated in the reason)
``应聘岗位``        勤务 · 文职
``辖区``            a city of the corpus by any of its names (连云港, 连云港市 …) or its code; empty → the city
                   chosen on screen, else every city
``特殊岗位``        是 · 否 · empty (where a text's age limit may be relaxed for special posts, it decides)
one per record     是/有/1 · 否/无/0 · empty = unknown (column names: :data:`RECORD_COLUMNS`)
``未列记录均无``    是 → every record column left empty counts as 否
``优先类别``        categories separated by 、 ; ， e.g. ``退役军人、见义勇为人员``
=================  ==========================================================================

Every cell is read by :mod:`assistant.applicant`, as the form and the question reader read the same
facts. Files saved by Excel come as UTF-8 with BOM or as GBK: both are read. A bad row (an age that
is no whole 周岁, an impossible date, an unknown education …) is reported with its line and its
columns and the others are still screened; a file without the needed columns is refused as a whole.
Rows are decided one at a time and the result holds only short strings, so 10,000 rows take seconds
and little memory.

>>> from assistant.corpus import Corpus
>>> data = "姓名,年龄,学历,应聘岗位,辖区,未列记录均无\\n张三,30,本科,文职,重庆,是\\n".encode()
>>> result = screen_csv(data, Corpus.load())
>>> [(r.name, r.verdict) for r in result.rows], result.errors
([('张三', 'eligible')], [])
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from .applicant import FIELD_NAMES, FactError, Problem, read_profile
from .corpus import Corpus
from .errors import InputError
from .places import places
from .rules.base import VERDICT_TEXT, Decision
from .rules.eligibility import decide_eligibility
from .rules.profile import PRIORITY_LABELS, RECORD_LABELS, Profile

MAX_ROWS = 20_000
MAX_BYTES = 20 * 1024 * 1024

# record key → column name (short, so that the header fits a spreadsheet)
RECORD_COLUMNS = {
    "criminal_liability": "曾被追究刑事责任",
    "criminal_punishment": "受过刑事处罚",
    "pending_criminal_case": "涉嫌犯罪未结案",
    "criminal_detention": "被刑事拘留过",
    "administrative_detention": "受过行政拘留",
    "judicial_detention": "受过司法拘留",
    "prostitution_gambling_penalty": "因嫖娼卖淫赌博受治安处罚",
    "drug_history": "有吸毒史",
    "dismissed": "因违法违纪被辞退或解除合同",
    "dismissed_serious": "因严重违纪违规被辞退或解除合同",
    "expelled_public_office": "被开除公职",
    "expelled_military": "被开除军籍",
    "credit_blacklist": "被列为失信惩戒对象",
    "left_aux_contract_early": "辅警合同未满擅自离职",
    "other_public_order_penalty": "受过其他治安处罚",
    "disciplinary_sanction": "受过党纪政务处分",
    "crime_not_prosecuted": "犯罪情节轻微被不起诉",
    "gambling_unpenalised": "赌博嫖娼未受治安处罚",
    "other_misconduct": "其他未列明的违法违纪行为",
}
assert set(RECORD_COLUMNS) == set(RECORD_LABELS), "one column per record key of rules/profile.py"

BASE_COLUMNS = ("姓名", "年龄", "出生日期", "参照日期", "学历", "国籍", "应聘岗位", "辖区", "特殊岗位")
COLUMNS = BASE_COLUMNS + tuple(RECORD_COLUMNS.values()) + ("未列记录均无", "优先类别")
# A file must name at least one way of telling the age and the education: else nothing can be decided.
REQUIRED_ANY = (("年龄", "出生日期"), ("学历",))

RESULT_COLUMNS = ("行号", "姓名", "辖区", "结论", "结论代码", "说明", "理由", "待补充信息", "优先类别")

# fact → column: the CSV's columns are the fields' own names (assistant/applicant.py), one per record
FACT_COLUMNS = FIELD_NAMES | RECORD_COLUMNS


@dataclass(frozen=True)
class ScreenedRow:
    """One applicant decided for one city. ``reasons``/``missing`` are short Chinese lines."""

    row: int                  # line number in the file (the header is line 1)
    name: str
    jurisdiction: str
    verdict: str
    verdict_text: str
    summary: str
    reasons: tuple[str, ...]
    missing: tuple[str, ...]
    priority: tuple[str, ...] = ()


@dataclass(frozen=True)
class RowError:
    """A row that could not be read: its line, what is wrong, and the columns at fault (if any)."""

    row: int
    message: str
    columns: tuple[str, ...] = ()


@dataclass
class ScreenResult:
    """``rows``: the decisions; ``errors``: rows that could not be read; ``error``: the file as a whole."""

    rows: list[ScreenedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    error: str | None = None
    encoding: str = ""


# -- reading ----------------------------------------------------------------------------------------
def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 (with or without BOM) first, then GBK/GB18030 as Excel writes it."""
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise InputError("文件编码无法识别：请另存为 UTF-8 或 GBK 编码的 CSV。")


def _jurisdiction(value: str, corpus: Corpus) -> str | None:
    v = value.strip()
    if not v:
        return None
    for p in places(corpus):
        names = {p.code, *p.words}
        if v in names or any(len(n) > 1 and n in v for n in names):
            return p.code
    raise ValueError(f"“辖区”不在本库收录范围：“{value}”（可填 " + "、".join(p.name for p in places(corpus)) + "）")


def row_profile(row: dict[str, str], corpus: Corpus) -> tuple[Profile, str | None]:
    """One CSV row → (profile, jurisdiction code or None). Raises :class:`FactError` naming every bad cell."""
    problems: list[Problem] = []
    profile, place = None, None
    try:
        profile = read_profile({fact: row.get(column) for fact, column in FACT_COLUMNS.items()}, FACT_COLUMNS)
    except FactError as exc:
        problems += exc.problems
    try:
        place = _jurisdiction(row.get("辖区") or "", corpus)
    except ValueError as exc:
        problems.append(Problem("辖区", str(exc)))
    if problems:
        raise FactError(problems)
    return profile, place


# -- screening --------------------------------------------------------------------------------------
def explanation(decision: Decision) -> str:
    """The 说明 cell: the decision's summary, whole in itself. A table has no "below" to point to, so where
    facts are still missing the cell names them (the questions of ``missing_facts``) after what the
    text leaves open."""
    if not decision.missing_facts:
        return decision.summary
    told = "".join(f"{r.explanation}。" for r in decision.reasons if r.outcome == "discretionary")
    asks = "；".join(m.rstrip("？?") for m in decision.missing_facts)
    return f"{told}尚需确认{len(decision.missing_facts)}项：{asks}。"


def _screened(row_no: int, name: str, decision: Decision, profile: Profile) -> ScreenedRow:
    reasons = tuple(f"{r.condition}：{r.explanation}（{r.citation.label}）" for r in decision.reasons
                    if r.outcome in ("not_met", "unknown", "discretionary", "applies", "assumed"))
    if not reasons:
        reasons = tuple(f"{r.condition}：{r.explanation}" for r in decision.reasons[:3])
    return ScreenedRow(row_no, name, decision.jurisdiction, decision.verdict,
                       VERDICT_TEXT.get(decision.verdict, decision.verdict), explanation(decision), reasons,
                       tuple(decision.missing_facts), tuple(PRIORITY_LABELS.get(p, p) for p in profile.priority))


def screen_csv(data: bytes, corpus: Corpus, jurisdictions: list[str] | None = None) -> ScreenResult:
    """Decide every row of a CSV file (bytes as uploaded) for its city, or for ``jurisdictions``.

    A row's own ``辖区`` wins over ``jurisdictions``; with neither, the row is decided for every city.
    """
    result = ScreenResult()
    if not data or not data.strip():
        result.error = "文件是空的：请按模板填写后再上传。"
        return result
    if len(data) > MAX_BYTES:
        result.error = f"文件太大（超过 {MAX_BYTES // (1024 * 1024)} MB），请分批上传。"
        return result
    try:
        text, result.encoding = decode(data)
    except InputError as exc:
        result.error = str(exc)
        return result
    # Excel on a Mac writes bare "\r"; the csv module wants one kind of line end
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    try:
        header = [h.strip() for h in (reader.fieldnames or [])]
    except csv.Error as exc:
        result.error = f"无法读取列名行：{exc}"
        return result
    reader.fieldnames = header
    missing = [" 或 ".join(group) for group in REQUIRED_ANY if not any(c in header for c in group)]
    if missing:
        result.error = f"缺少必需的列：{'、'.join(missing)}（首行应为列名，可下载模板对照）。"
        return result
    default = list(jurisdictions) if jurisdictions else list(corpus.jurisdictions)
    unknown = [j for j in default if j not in corpus.jurisdictions]
    if unknown:
        result.error = f"未知的辖区代码：{'、'.join(unknown)}"
        return result
    rows = iter(reader)
    count = 0
    while True:
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:   # e.g. a quote never closed: the rest of the file cannot be split into rows
            result.errors.append(RowError(reader.line_num, f"从这一行起无法读取（{exc}），其后各行未处理。"))
            break
        count += 1
        n = reader.line_num   # the file's own line number, so that HR finds the row in Excel
        if count > MAX_ROWS:
            result.errors.append(RowError(n, f"超过 {MAX_ROWS} 行，其后各行未处理，请分批上传。"))
            break
        cells = {k: v for k, v in row.items() if k is not None}
        if not any((v or "").strip() for v in cells.values() if isinstance(v, str)):
            continue   # a blank line
        if row.get(None):
            result.errors.append(RowError(n, "这一行的列数多于列名，请检查是否有多余的逗号。"))
            continue
        name = (row.get("姓名") or "").strip()
        try:
            profile, own = row_profile(row, corpus)
        except FactError as exc:
            result.errors.append(RowError(n, str(exc), tuple(dict.fromkeys(p.field for p in exc.problems))))
            continue
        for j in ([own] if own else default):
            result.rows.append(_screened(n, name, decide_eligibility(profile, j, corpus=corpus), profile))
    return result


# -- writing ----------------------------------------------------------------------------------------
def template_csv(corpus: Corpus) -> bytes:
    """A template with the header and two example rows (UTF-8 with BOM, so Excel shows Chinese); the first
    row names the first city of the corpus by its short name, the second leaves 辖区 empty (every city)."""
    city = places(corpus)[0].short_name
    examples = [
        {"姓名": "张三", "年龄": "30", "学历": "本科", "国籍": "中国", "应聘岗位": "文职", "辖区": city,
         "未列记录均无": "是", "优先类别": "退役军人"},
        {"姓名": "李四", "出生日期": "1985-03-15", "参照日期": "2026-06-30", "学历": "高中", "应聘岗位": "勤务",
         "受过行政拘留": "是"},
    ]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for e in examples:
        writer.writerow(e)
    return out.getvalue().encode("utf-8-sig")


def result_to_csv(result: ScreenResult, corpus: Corpus | None = None) -> bytes:
    """The decisions (and the rows that could not be read) as CSV, UTF-8 with BOM."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(RESULT_COLUMNS)
    names = {j: r.meta.jurisdiction_name for j, r in corpus.jurisdictions.items()} if corpus else {}
    for r in result.rows:
        writer.writerow([r.row, r.name, names.get(r.jurisdiction, r.jurisdiction), r.verdict_text, r.verdict,
                         r.summary, "；".join(r.reasons), "；".join(r.missing), "、".join(r.priority)])
    for e in result.errors:
        writer.writerow([e.row, "", "", "无法处理", "error", e.message, "", "", ""])
    return out.getvalue().encode("utf-8-sig")

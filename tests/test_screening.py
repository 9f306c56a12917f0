"""Batch screening of applicants (CSV): the cases table, encodings, bad files and a large file."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
import yaml

from assistant.screening import COLUMNS, RECORD_COLUMNS, result_to_csv, screen_csv, template_csv

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "screening_cases.yaml").read_text(encoding="utf-8"))


def _csv(rows: list[dict], columns=COLUMNS, encoding="utf-8") -> bytes:
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\r\n", extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    return out.getvalue().encode(encoding)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_screening_case(corpus, case):
    result = screen_csv(_csv([case["row"]]), corpus)
    assert result.error is None
    if "error" in case:
        assert not result.rows
        assert len(result.errors) == 1 and result.errors[0].row == 2
        assert case["error"] in result.errors[0].message
        assert set(case.get("columns", [])) <= set(result.errors[0].columns)
        assert result.errors[0].columns and all(c in result.errors[0].message for c in result.errors[0].columns)
        return
    assert not result.errors, result.errors
    got = {r.jurisdiction: r.verdict for r in result.rows}
    assert got == case["verdicts"]
    for r in result.rows:
        assert r.name == case["row"]["姓名"] and r.reasons
        # 说明: whole in itself (the table has no "below")
        assert all(w in r.summary for w in case.get("said", [])), r.summary
        assert not any(w in r.summary for w in case.get("not_said", [])), r.summary
        if case.get("not_said"):
            assert not any(w in m for w in case["not_said"] for m in r.missing), r.missing


def test_template_is_a_valid_file_with_examples(corpus):
    data = template_csv(corpus)
    assert data.startswith("\ufeff".encode("utf-8"))  # BOM: Excel opens it as UTF-8
    result = screen_csv(data, corpus)
    assert result.error is None and not result.errors
    assert {r.name for r in result.rows} == {"张三", "李四"}
    assert next(r for r in result.rows if r.name == "李四").verdict == "ineligible"  # 受过行政拘留


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_excel_encodings(corpus, encoding):
    row = {"姓名": "王五", "年龄": "30", "学历": "本科", "应聘岗位": "文职", "辖区": "重庆", "未列记录均无": "是"}
    result = screen_csv(_csv([row], encoding=encoding), corpus)
    assert result.error is None and not result.errors
    assert [(r.name, r.verdict) for r in result.rows] == [("王五", "eligible")]


def test_semicolon_and_tab_separated(corpus):
    for sep in (";", "\t"):
        data = sep.join(["姓名", "年龄", "学历"]).encode() + b"\n" + sep.join(["a", "30", "本科"]).encode("utf-8") + b"\n"
        result = screen_csv(data, corpus)
        assert result.error is None and len(result.rows) == 2


@pytest.mark.parametrize("data,message", [
    (b"", "空"),
    (b"   \n", "空"),
    ("姓名,学历\n张三,本科\n".encode(), "年龄"),
    ("姓名,年龄\n张三,30\n".encode(), "学历"),
    (b"\xff\xfe\x00\x00garbage\x80\x81", "编码"),
])
def test_bad_files_are_refused_as_a_whole(corpus, data, message):
    result = screen_csv(data, corpus)
    assert result.error and message in result.error and not result.rows


def test_extra_cells_and_blank_lines(corpus):
    data = "姓名,年龄,学历\n甲,30,本科\n\n乙,30,本科,多余\n,,\n丙,30,本科\n".encode()
    result = screen_csv(data, corpus, jurisdictions=["chongqing"])
    assert [r.name for r in result.rows] == ["甲", "丙"]
    assert [e.row for e in result.errors] == [4]


def test_unknown_columns_are_ignored(corpus):
    data = "序号,姓名,年龄,学历,备注\n1,甲,30,本科,无\n".encode()
    result = screen_csv(data, corpus, jurisdictions=["lianyungang"])
    assert [r.name for r in result.rows] == ["甲"] and not result.errors


def test_ten_thousand_rows_with_bad_ones(corpus):
    good = {"姓名": "甲", "年龄": "30", "学历": "本科", "应聘岗位": "勤务", "未列记录均无": "是"}
    bad = ["abc", "INFINITY", "1e309", "-1", "30.5", "nan", "三十四五", "1e3", "９９９", "0x1F"]
    rows = [{"姓名": "乙", "年龄": bad[i // 1000], "学历": "本科"} if i % 1000 == 7 else dict(good, 年龄=str(18 + i % 40))
            for i in range(10_000)]
    result = screen_csv(_csv(rows, encoding="gbk"), corpus, jurisdictions=["chongqing"])
    assert len(result.errors) == 10 and all("年龄" in e.message for e in result.errors)
    assert len(result.rows) == 9_990
    expected_eligible = sum(1 for i in range(10_000) if i % 1000 != 7 and 18 + i % 40 <= 35)
    assert sum(r.verdict == "eligible" for r in result.rows) == expected_eligible
    assert {r.verdict for r in result.rows} == {"eligible", "ineligible"}
    out = result_to_csv(result, corpus).decode("utf-8-sig").splitlines()
    assert len(out) == 1 + 9_990 + 10


def test_result_csv_columns(corpus):
    result = screen_csv(template_csv(corpus), corpus, jurisdictions=["chongqing"])
    rows = list(csv.reader(io.StringIO(result_to_csv(result, corpus).decode("utf-8-sig"))))
    assert rows[0][:4] == ["行号", "姓名", "辖区", "结论"]
    assert {r[2] for r in rows[1:]} <= {"重庆市", "连云港市"}


def test_one_column_per_record():
    assert set(RECORD_COLUMNS.values()) <= set(COLUMNS)


def test_old_mac_line_ends_and_nul_bytes(corpus):
    data = "姓名,年龄,学历\r甲,30,本科\r乙,3\x000,本科\r".encode()
    result = screen_csv(data, corpus, jurisdictions=["chongqing"])
    assert result.error is None and [r.name for r in result.rows] == ["甲", "乙"]


def test_readme_lists_the_columns():
    """The README's column list is the file format: every column, records in RECORD_COLUMNS' order."""
    readme = " ".join((Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8").split())
    assert ", ".join(RECORD_COLUMNS.values()) in readme
    assert all(f"`{c}" in readme or f" {c}," in readme or f"{c}`" in readme for c in COLUMNS)

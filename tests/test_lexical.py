"""BM25 and the tokenizer."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.lexical import BM25Index
from assistant.tokenize import tokens

DOCS = [["辅警", "巡逻"], ["辅警", "回避", "回避"], ["民警", "巡逻"], ["辅警", "工伤"], ["回避", "决定"]]


@pytest.mark.parametrize("groups", [["a", "a", "b", "b", "c"], ["a", "b", "a", "c", "b"]],
                         ids=["contiguous", "interleaved"])
def test_filtered_scores_equal_masked_global_scores(groups):
    bm = BM25Index.build(DOCS, groups=groups)
    q = ["回避", "辅警", "巡逻"]
    full = bm.scores(q)
    for keep in ({"a"}, {"b"}, {"a", "c"}):
        mask = np.array([g in keep for g in groups])
        assert np.allclose(bm.scores(q, keep), np.where(mask, full, 0.0))


def test_scores_rank_term_frequency_and_rarity():
    bm = BM25Index.build(DOCS, groups=["x"] * len(DOCS))
    s = bm.scores(["回避"])
    assert s[1] > s[4] > 0 and s[0] == 0


def test_save_and_load_round_trip(tmp_path):
    bm = BM25Index.build(DOCS, groups=["a", "a", "b", "b", "c"])
    bm.save(tmp_path / "bm25.json")
    again = BM25Index.load(tmp_path / "bm25.json")
    assert np.allclose(again.scores(["辅警", "回避"], {"a"}), bm.scores(["辅警", "回避"], {"a"}))


@pytest.mark.parametrize("text,expected", [
    ("勤务辅警能不能使用约束性警械", {"勤务辅警", "约束性警械", "使用"}),
    ("曾被行政拘留的能报名吗", {"行政拘留", "报名"}),
    ("警务辅助人员的回避", {"警务辅助人员", "回避", "辅助"}),
])
def test_domain_terms_stay_whole_and_search_mode_adds_parts(text, expected):
    toks = tokens(text)
    assert expected <= set(toks)
    assert "的" not in toks and "吗" not in toks

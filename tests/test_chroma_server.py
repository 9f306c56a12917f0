"""Client/server mode against a real Chroma server started here on 127.0.0.1."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assistant import index as index_mod
from assistant.embeddings import FakeEmbeddings
from assistant.errors import SearchIndexError
from assistant.retrieve import Searcher

pytestmark = pytest.mark.server
CHROMA = Path(sys.executable).parent / "chroma"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(path: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([str(CHROMA), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("chroma server did not start")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture
def server(tmp_path, monkeypatch):
    port = free_port()
    state = {"path": tmp_path / "chroma-server", "port": port}
    state["proc"] = start_server(state["path"], port)
    monkeypatch.setenv("ASSISTANT_CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("ASSISTANT_CHROMA_PORT", str(port))
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "app-a"))
    yield state
    stop_server(state["proc"])


QUERY = """
import json, sys
from assistant import index
from assistant.embeddings import FakeEmbeddings
from assistant.retrieve import Searcher
idx = index.open_index(embeddings=FakeEmbeddings())
hits = Searcher(idx).search(sys.argv[1], k=3, jurisdictions={"chongqing"})
print(json.dumps({"server": idx.manifest["server"], "hits": [h.article_id for h in hits]}))
"""


def test_ingest_through_server_and_query_from_two_processes(server, corpus, tmp_path):
    idx = index_mod.open_index(corpus, FakeEmbeddings())
    assert idx.manifest["server"] is True
    assert not (idx.path / "chroma").exists() or not any((idx.path / "chroma").iterdir())
    expected = [h.article_id for h in Searcher(idx).search("辅警不得单独执法", k=3, jurisdictions={"chongqing"})]
    outs = []
    procs = []
    for name in ("app-b", "app-c"):  # two separate app instances with their own data dirs
        env = dict(os.environ, ASSISTANT_DATA_DIR=str(tmp_path / name))
        procs.append(subprocess.Popen([sys.executable, "-c", QUERY, "辅警不得单独执法"], env=env,
                                      stdout=subprocess.PIPE, text=True))
    for p in procs:
        out, _ = p.communicate(timeout=120)
        outs.append(json.loads(out.strip().splitlines()[-1]))
    assert all(o["server"] and o["hits"] == expected for o in outs)
    assert expected[0] == "chongqing-2021:19"


def test_server_restart_mid_session_recovers(server, corpus):
    idx = index_mod.open_index(corpus, FakeEmbeddings())
    before = idx.dense("辅警回避", k=3, jurisdictions={"lianyungang"})
    stop_server(server["proc"])

    def restart():
        time.sleep(1.0)
        server["proc"] = start_server(server["path"], server["port"])

    t = threading.Thread(target=restart)
    t.start()
    after = idx.dense("辅警回避", k=3, jurisdictions={"lianyungang"})  # retries while it comes back
    t.join()
    assert after == before  # nothing lost


def test_server_down_is_reported_and_search_degrades_to_bm25(server, corpus, monkeypatch):
    idx = index_mod.open_index(corpus, FakeEmbeddings())
    stop_server(server["proc"])
    monkeypatch.setattr(index_mod, "RETRY_PAUSES", (0.1,))
    with pytest.raises(SearchIndexError, match="暂时不可用"):
        idx.dense("辅警回避", k=3)
    hits = Searcher(idx).search("辅警回避由谁决定", k=3, jurisdictions={"lianyungang"})
    assert hits and hits[0].degraded and hits[0].article_id == "lianyungang-2021:31"
    server["proc"] = start_server(server["path"], server["port"])

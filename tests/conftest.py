"""Shared fixtures: real embedded engines in temporary data directories.

`sample` is the sample MSP ingested once per session (read-only tests share it); `fresh` opens
empty stores in a new data directory for tests that write. Nothing may reach a model hub, the
Anthropic API or a Langfuse server: the developer's model and Langfuse keys are dropped from the
environment before anything reads it, and a call of the real chat model fails (a test that
wants a model passes the scripted one, `evals/scripted.py`).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
REAL_SERVICES = ("ANTHROPIC_", "LANGFUSE_", "ITGLUE_RAG_ANTHROPIC_", "ITGLUE_RAG_LANGFUSE_")
for _name in [n for n in os.environ if n.upper().startswith(REAL_SERVICES)]:
    del os.environ[_name]  # a developer's keys never reach a real model or Langfuse

from core.crypto import Cipher, load_cipher  # noqa: E402
from core.embeddings import Embedder  # noqa: E402
from core.models import Snapshot  # noqa: E402
from core.settings import Settings, load_settings  # noqa: E402
from stores import Stores, open_stores  # noqa: E402
from sync.demo.sample import generate  # noqa: E402
from sync.ingest import Ingestor  # noqa: E402
from tests.fake_langfuse import FakeLangfuse  # noqa: E402

if TYPE_CHECKING:
    from server.services import Services


def make_settings(data_dir: Path) -> Settings:
    """Embedded backends only, whatever the developer's environment says."""
    return load_settings(
        data_dir=data_dir,
        database_url=None,
        neo4j_uri=None,
        qdrant_url=None,
        redis_url=None,
        encryption_key=None,
    )


def _refuse(*args: Any, **kwargs: Any) -> Any:
    raise RuntimeError("tests may not call the Anthropic API: pass a scripted chat model")


@pytest.fixture(autouse=True, scope="session")
def _no_real_model() -> Iterator[None]:
    """Every way the real chat model answers fails, whoever built it with whatever key."""
    from langchain_anthropic import ChatAnthropic

    with pytest.MonkeyPatch.context() as patch:
        for method in ("_generate", "_agenerate", "_stream", "_astream"):
            patch.setattr(ChatAnthropic, method, _refuse)
        yield


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return Embedder()


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sample")


@pytest.fixture(scope="session")
def sample_snapshot(sample_dir: Path) -> Snapshot:
    return generate(1, cipher=load_cipher(make_settings(sample_dir)))


@pytest.fixture(scope="session")
async def sample(
    sample_dir: Path, sample_snapshot: Snapshot, embedder: Embedder
) -> AsyncIterator[Stores]:
    stores = await open_stores(make_settings(sample_dir))
    await Ingestor(stores, embedder).ingest(sample_snapshot, reconcile=True)
    yield stores
    await stores.close()


@pytest.fixture
async def fresh(tmp_path: Path) -> AsyncIterator[Stores]:
    stores = await open_stores(make_settings(tmp_path / "data"))
    yield stores
    await stores.close()


@pytest.fixture
def cipher(tmp_path: Path) -> Cipher:
    return load_cipher(make_settings(tmp_path / "keys"))


def one_org(snapshot: Snapshot, org_id: int) -> Snapshot:
    """The part of a snapshot that belongs to one organization (asset types included)."""
    return Snapshot(
        organizations=[o for o in snapshot.organizations if o.id == org_id],
        flexible_asset_types=list(snapshot.flexible_asset_types),
        **{
            name: [r for r in getattr(snapshot, name) if r.organization_id == org_id]
            for name in (
                "configurations",
                "flexible_assets",
                "passwords",
                "documents",
                "contacts",
                "locations",
                "relationships",
            )
        },
    )


async def ingest_into(data_dir: Path, snapshot: Snapshot, embedder: Embedder) -> None:
    """Ingest a snapshot into a data directory and close its stores (so that another process,
    a CLI or a server under test, can open the embedded engines)."""
    stores = await open_stores(make_settings(data_dir))
    try:
        await Ingestor(stores, embedder).ingest(snapshot, reconcile=True)
    finally:
        await stores.close()


@pytest.fixture(scope="session")
def langfuse_server() -> FakeLangfuse:
    """One loopback Langfuse for the session, never stopped (see tests/fake_langfuse.py)."""
    fake = FakeLangfuse()
    fake.url = fake.start()
    return fake


@pytest.fixture
async def services(sample: Stores, sample_dir: Path, embedder: Embedder) -> AsyncIterator[Services]:
    """The services the app, the MCP tools, `ask` and the eval share, on the sample MSP."""
    from server.services import open_services

    svc = await open_services(make_settings(sample_dir), stores=sample, embedder=embedder)
    yield svc
    await svc.close()

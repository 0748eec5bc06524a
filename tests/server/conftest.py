"""The real FastAPI app over httpx.ASGITransport, on the ingested sample MSP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from core.embeddings import Embedder
from server.app import create_app
from server.services import Services, open_services
from stores import Stores
from tests.conftest import make_settings


@pytest.fixture
async def services(sample: Stores, sample_dir: Path, embedder: Embedder) -> AsyncIterator[Services]:
    svc = await open_services(make_settings(sample_dir), stores=sample, embedder=embedder)
    yield svc
    await svc.close()


@pytest.fixture
async def client(services: Services) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=create_app(services=services))
    async with httpx.AsyncClient(transport=transport, base_url="http://itglue-rag.test") as c:
        yield c


@pytest.fixture
async def tokens(services: Services) -> dict[str, str]:
    keys = services.stores.sql.keys
    out = {}
    for name, scopes, orgs in (
        ("read", ["read"], None),
        ("passwords", ["passwords"], None),
        ("admin", ["admin"], None),
        ("harbor", ["passwords"], [1]),
    ):
        _, out[name] = await keys.create(f"test-{name}", scopes, orgs)
    return out


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}

"""The planted organization alone (sync/demo/planted.py) in real embedded stores, for the
report tests over the tools, the routes and the commands."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from core.crypto import load_cipher
from core.embeddings import Embedder
from core.models import Snapshot
from server.services import Services, open_services
from stores import open_stores
from sync.demo.sample import generate
from sync.ingest import Ingestor
from tests.conftest import make_settings, one_org

PLANTED_ID = 13


def planted_snapshot(data_dir: Path) -> Snapshot:
    """Granite Peak Fitness (and the account's asset types), its passwords sealed with the
    data directory's key."""
    full = generate(1, planted=True, cipher=load_cipher(make_settings(data_dir)))
    return one_org(full, PLANTED_ID)


@asynccontextmanager
async def planted_services(data_dir: Path, embedder: Embedder) -> AsyncIterator[Services]:
    """The services on stores holding only the planted organization."""
    stores = await open_stores(make_settings(data_dir))
    try:
        await Ingestor(stores, embedder).ingest(planted_snapshot(data_dir), reconcile=True)
        svc = await open_services(make_settings(data_dir), stores=stores, embedder=embedder)
        try:
            yield svc
        finally:
            await svc.close()
    finally:
        await stores.close()

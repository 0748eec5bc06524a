"""Sync jobs end to end: loopback IT Glue over HTTP -> client -> transform -> ingest -> stores."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core.crypto import KEY_FILE, Cipher, load_cipher
from core.embeddings import Embedder
from core.errors import ItGlueRagError, SyncLocked
from core.models import Configuration, Password, RecordType, Snapshot
from stores import Stores, open_stores
from stores.sql import TABLES
from sync.demo.fake_itglue import DEFAULT_KEY, FakeItGlue
from sync.itglue import ItGlueClient
from sync.jobs import Syncer
from tests.conftest import make_settings, one_org


def _client(fake: FakeItGlue, **options: Any) -> ItGlueClient:
    defaults: dict[str, Any] = {"backoff_base": 0.01, "max_retries": 2, "timeout": 10.0}
    return ItGlueClient(fake.url, DEFAULT_KEY, **(defaults | options))


def _two_orgs(snapshot: Snapshot) -> Snapshot:
    both = one_org(snapshot, 1)
    second = one_org(snapshot, 2)
    second.flexible_asset_types = []
    both.merge(second)
    return both


@pytest.fixture
def small(sample_snapshot: Snapshot) -> Snapshot:
    return _two_orgs(sample_snapshot)


@pytest.fixture
def fake(small: Snapshot, cipher: Cipher) -> Iterator[FakeItGlue]:
    with FakeItGlue(small, secrets=_secrets(small), max_page_size=7) as server:
        yield server


def _secrets(snapshot: Snapshot) -> dict[int, str]:
    return {p.id: f"secret-{p.id}" for p in snapshot.passwords}


async def _sync(
    stores: Stores, fake: FakeItGlue, embedder: Embedder, cipher: Cipher, **run: Any
) -> Any:
    async with _client(fake) as client:
        return await Syncer(stores, client, cipher, embedder=embedder).run(**run)


async def _state(stores: Stores) -> dict[str, Any]:
    """Everything that identifies what the three stores hold."""
    out: dict[str, Any] = {}
    async with stores.sql.pool.connection() as conn:
        for kind, table in TABLES.items():
            # the content but the link to IT Glue, which only the API gives
            cur = await conn.execute(
                f"SELECT id, data - 'resource_url' AS data FROM {table} ORDER BY id"
            )
            rows = await cur.fetchall()
            out[f"ids:{kind.value}"] = [r["id"] for r in rows]
            if kind is not RecordType.DOCUMENT:  # folder names are not readable over the API
                out[f"data:{kind.value}"] = [r["data"] for r in rows]
        for query, key in (
            ("SELECT source_id, target_id, kind, notes FROM relationships ORDER BY 1, 2, 3", "rel"),
            ("SELECT entity_id, kind, content_hash FROM graph_state ORDER BY 1", "graph_state"),
            ("SELECT chunk_id, content_hash FROM chunks ORDER BY 1", "chunks"),
            (
                "SELECT id, configuration_id, ip_address, mac_address "
                "FROM configuration_interfaces ORDER BY id",
                "interfaces",
            ),
            (
                "SELECT id, document_id, kind, content FROM document_sections ORDER BY id",
                "sections",
            ),
        ):
            cur = await conn.execute(query)
            out[key] = [tuple(r.values()) for r in await cur.fetchall()]
    out["sql_counts"] = await stores.sql.counts()
    out["graph_counts"] = await stores.graph.counts()
    out["vector_counts"] = await stores.vector.counts()
    return out


async def test_full_sync_yields_exactly_the_stores_of_a_direct_ingest(
    sample: Stores, sample_dir: Path, sample_snapshot: Snapshot, embedder: Embedder, tmp_path: Path
) -> None:
    """The sample MSP through IT Glue's API lands as ingesting it directly does."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(sample_dir / KEY_FILE, data / KEY_FILE)  # same key: same password fingerprints
    settings = make_settings(data)
    cipher = load_cipher(settings)
    stores = await open_stores(settings)
    try:
        with FakeItGlue(sample_snapshot, cipher=cipher, max_page_size=50) as fake:
            job = await _sync(stores, fake, embedder, cipher, full=True)
            requests = len(fake.seen)
        assert job.status == "completed", job.errors
        assert job.errors == [] and job.stats["requests"] == requests
        direct, synced = await _state(sample), await _state(stores)
        for key in direct:
            assert synced[key] == direct[key], key
        assert synced["sql_counts"]["relationship"] == 2141
        # records keep their page in IT Glue (the API's resource-url, which the fake gives all
        # but organizations and asset types)
        for kind in TABLES:
            if kind not in (RecordType.ORGANIZATION, RecordType.FLEXIBLE_ASSET_TYPE):
                ids = synced[f"ids:{kind.value}"][:3]
                for record in await stores.sql.get_records(kind, ids):
                    assert record.resource_url == (
                        f"https://fake.itglue.example/{record.organization_id}/"
                        f"{kind.value}s/{record.id}"
                    ), record.source_id
        # password values arrived and were encrypted with this store's key
        stored = await stores.sql.get_records(RecordType.PASSWORD, [70001])
        assert isinstance(stored[0], Password) and stored[0].value_encrypted
        original = next(p for p in sample_snapshot.passwords if p.id == 70001)
        assert original.value_encrypted is not None
        assert cipher.decrypt(stored[0].value_encrypted) == cipher.decrypt(original.value_encrypted)
    finally:
        await stores.close()


async def test_incremental_sync_fetches_and_reembeds_only_what_changed(
    fresh: Stores, fake: FakeItGlue, embedder: Embedder, cipher: Cipher, small: Snapshot
) -> None:
    first = await _sync(fresh, fake, embedder, cipher)
    assert first.kind == "full" and first.status == "completed"
    assert "no earlier sync" in first.notices[0]

    config = next(c for c in small.configurations if c.organization_id == 1)
    fake.change(config.source_id, notes="Replaced the RAID controller battery.")
    new = config.model_copy(
        update={"id": 19999, "name": "NEW-WS99", "interfaces": (), "updated_at": None}
    )
    fake.add(new)
    second = await _sync(fresh, fake, embedder, cipher)
    assert second.kind == "incremental" and second.status == "completed", second.errors
    assert second.counts["configuration"]["changed"] == 2
    assert second.counts["chunks_embedded"] == 2
    assert sum(c["changed"] for k, c in second.counts.items() if isinstance(c, dict)) == 2
    stored = await fresh.sql.get_records(RecordType.CONFIGURATION, [config.id, 19999])
    assert [c.name for c in stored] == [config.name, "NEW-WS99"]
    assert isinstance(stored[0], Configuration) and stored[0].notes and "RAID" in stored[0].notes

    # The next incremental sync reads the configuration list only down to its watermark.
    before = len(fake.seen)
    other = [c for c in small.configurations if c.organization_id == 1][1]
    fake.change(other.source_id, serial_number="SN-REPLACED-1")
    third = await _sync(fresh, fake, embedder, cipher)
    assert third.status == "completed"
    assert third.counts["configuration"] == {"fetched": 3, "changed": 1, "deleted": 0}
    assert third.counts["chunks_embedded"] == 1
    assert "password" not in third.counts or third.counts["password"]["changed"] == 0
    lists = [s for s in fake.seen[before:] if s.path == "/configurations"]
    assert len(lists) == 1  # one list across organizations, one page: it stopped early
    assert lists[0].query["sort"] == "-updated_at"
    assert "filter[organization_id]" not in lists[0].query
    # Records IT Glue still reports unchanged keep their stored interfaces: only the edited
    # configuration may need its interfaces fetched again.
    interfaces = [s for s in fake.seen[before:] if "configuration_interfaces" in s.path]
    assert len(interfaces) <= 1
    assert not [s for s in fake.seen[before:] if "/sections" in s.path]
    orgs = [s for s in fake.seen[before:] if s.path == "/organizations"]
    assert orgs and orgs[0].query["filter[updated_at]"].endswith(",")


async def test_full_sync_deletes_what_vanished_from_every_store(
    fresh: Stores, fake: FakeItGlue, embedder: Embedder, cipher: Cipher, small: Snapshot
) -> None:
    await _sync(fresh, fake, embedder, cipher, full=True)
    config = next(c for c in small.configurations if c.organization_id == 1 and c.interfaces)
    doc = next(d for d in small.documents if d.organization_id == 2)
    vectors_before = await fresh.vector.counts()
    doc_chunks = len(await fresh.sql.chunk_hashes([doc.source_id]))
    assert doc_chunks >= 1
    fake.remove(config.source_id)
    fake.remove(doc.source_id)

    incremental = await _sync(fresh, fake, embedder, cipher)
    assert "deleted" not in str({k: v for k, v in incremental.counts.items() if v == 1})
    assert await fresh.sql.get_records(RecordType.CONFIGURATION, [config.id])  # still there

    full = await _sync(fresh, fake, embedder, cipher, full=True)
    assert full.status == "completed"
    assert full.counts["configuration"]["deleted"] == 1
    assert full.counts["document"]["deleted"] == 1
    assert await fresh.sql.get_records(RecordType.CONFIGURATION, [config.id]) == []
    assert await fresh.sql.get_records(RecordType.DOCUMENT, [doc.id]) == []
    assert await fresh.graph.get_entity(config.source_id, [1, 2]) is None
    assert await fresh.graph.get_entity(doc.source_id, [1, 2]) is None
    assert await fresh.sql.chunk_hashes([config.source_id, doc.source_id]) == {}
    vectors = await fresh.vector.counts()
    assert vectors["configuration"] == vectors_before["configuration"] - 1
    assert vectors["document"] == vectors_before["document"] - doc_chunks
    async with fresh.sql.pool.connection() as conn:
        cur = await conn.execute(
            "SELECT count(*) AS n FROM relationships WHERE source_id = %s OR target_id = %s",
            (config.source_id, config.source_id),
        )
        assert (await cur.fetchone())["n"] == 0  # type: ignore[index]
    neighbours = await fresh.graph.neighborhood(f"organization:{config.organization_id}", [1, 2])
    assert config.source_id not in {n.entity.id for n in neighbours}


async def test_removed_organization_goes_with_its_records(
    fresh: Stores, fake: FakeItGlue, embedder: Embedder, cipher: Cipher
) -> None:
    await _sync(fresh, fake, embedder, cipher, full=True)
    fake.remove("organization:2")
    job = await _sync(fresh, fake, embedder, cipher, full=True)
    assert job.status == "completed"
    assert any("no longer in IT Glue" in n for n in job.notices)
    assert await fresh.sql.record_ids(RecordType.ORGANIZATION) == {1}
    for kind in RecordType:
        assert await fresh.sql.record_ids(kind, [2]) == set(), kind
    assert (await fresh.vector.counts())["organization"] == 1


async def test_failure_mid_sync_is_recorded_as_partial_and_the_rerun_resumes(
    fresh: Stores, fake: FakeItGlue, embedder: Embedder, cipher: Cipher, small: Snapshot
) -> None:
    fake.fail(500, 100, path="/relationships/documents")
    job = await _sync(fresh, fake, embedder, cipher)
    assert job.status == "partial"
    assert {(e["organization_id"], e["resource"]) for e in job.errors} == {
        (1, "documents"),
        (2, "documents"),
    }
    assert "gave up after 3 attempts" in job.errors[0]["error"]
    assert any("nothing deleted" in n for n in job.notices)
    assert await fresh.sql.record_ids(RecordType.DOCUMENT) == set()
    assert len(await fresh.sql.record_ids(RecordType.CONFIGURATION)) == len(small.configurations)
    saved = await fresh.sql.jobs.get(job.id)
    assert saved is not None and saved.status == "partial" and saved.finished_at
    assert len(saved.errors) == 2 and saved.stats["by_status"]["500"] == 6

    fake.faults.clear()
    rerun = await _sync(fresh, fake, embedder, cipher)
    assert rerun.status == "completed" and rerun.errors == []
    assert rerun.counts["document"]["changed"] == len(small.documents)
    assert rerun.counts["configuration"]["changed"] == 0
    assert len(await fresh.sql.record_ids(RecordType.DOCUMENT)) == len(small.documents)


async def test_a_job_that_cannot_fetch_anything_fails(
    fresh: Stores, fake: FakeItGlue, embedder: Embedder, cipher: Cipher
) -> None:
    fake.fail(503, 1000)
    job = await _sync(fresh, fake, embedder, cipher)
    assert job.status == "failed"
    assert "HTTP 503" in job.errors[0]["error"]
    saved = await fresh.sql.jobs.get(job.id)
    assert saved is not None and saved.status == "failed"


async def test_a_job_left_running_by_a_dead_process_is_closed_by_the_next(
    fresh: Stores, fake: FakeItGlue, embedder: Embedder, cipher: Cipher
) -> None:
    dead = await fresh.sql.jobs.create("full", None)
    dead.status = "running"
    await fresh.sql.jobs.save(dead, start=True)
    job = await _sync(fresh, fake, embedder, cipher)
    assert job.status == "completed"
    assert any(f"job {dead.id} was left running" in n for n in job.notices)
    closed = await fresh.sql.jobs.get(dead.id)
    assert closed is not None and closed.status == "failed"
    assert "interrupted" in closed.errors[0]["error"]


class _Started:
    """Progress that tells the test when a sync holds its lock."""

    def __init__(self) -> None:
        self.event = asyncio.Event()

    def start(self, phase: str, total: int) -> None:
        self.event.set()

    def advance(self, phase: str, amount: int = 1) -> None:
        pass


async def test_two_syncs_of_one_organization_never_overlap(
    fresh: Stores, fake: FakeItGlue, embedder: Embedder, cipher: Cipher
) -> None:
    await _sync(fresh, fake, embedder, cipher, full=True)
    fake.slow(0.4, path="/passwords")
    started = _Started()
    async with _client(fake) as client:
        first = asyncio.create_task(
            Syncer(fresh, client, cipher, embedder=embedder, progress=started).run(
                full=True, organization=1
            )
        )
        await asyncio.wait_for(started.event.wait(), timeout=30)
        with pytest.raises(SyncLocked, match="another sync is running"):
            await _sync(fresh, fake, embedder, cipher, organization="1")
        with pytest.raises(SyncLocked):
            await _sync(fresh, fake, embedder, cipher)  # all organizations include 1
        other = await _sync(fresh, fake, embedder, cipher, organization=2)
        assert other.status == "completed"  # a different organization may run alongside
        done = await asyncio.wait_for(first, timeout=60)
    assert done.status == "completed"
    refused = [j for j in await fresh.sql.jobs.recent(10) if j.status == "failed"]
    assert len(refused) == 2 and all("overlap" in j.errors[0]["error"] for j in refused)
    after = await _sync(fresh, fake, embedder, cipher, organization=1)
    assert after.status == "completed"  # the lock was released


async def test_without_password_access_records_are_kept_without_values(
    fresh: Stores, small: Snapshot, embedder: Embedder, cipher: Cipher
) -> None:
    with FakeItGlue(small, secrets=_secrets(small), password_access=False) as fake:
        job = await _sync(fresh, fake, embedder, cipher)
        refused = [s for s in fake.seen if s.status == 403]
    assert job.status == "completed"
    notes = [n for n in job.notices if "Password Access" in n]
    assert len(notes) == 1 and f"{len(small.passwords)} passwords" in notes[0]
    assert len(refused) == 1  # one probe; the rest are not asked for
    stored = await fresh.sql.get_records(RecordType.PASSWORD, [p.id for p in small.passwords])
    assert len(stored) == len(small.passwords)
    assert all(isinstance(p, Password) and p.value_encrypted is None for p in stored)


async def test_one_organization_by_name_or_short_name(
    fresh: Stores, fake: FakeItGlue, embedder: Embedder, cipher: Cipher, small: Snapshot
) -> None:
    org = small.organizations[1]
    job = await _sync(fresh, fake, embedder, cipher, organization=org.name.upper())
    assert job.status == "completed" and job.organization_id == org.id
    assert await fresh.sql.record_ids(RecordType.ORGANIZATION) == {org.id}
    again = await _sync(fresh, fake, embedder, cipher, organization=org.short_name)
    assert again.organization_id == org.id
    with pytest.raises(ItGlueRagError, match="no organization named 'Nobody Inc'"):
        await _sync(fresh, fake, embedder, cipher, organization="Nobody Inc")


async def test_a_key_revoked_mid_sync_fails_the_job_and_deletes_nothing(
    fresh: Stores, fake: FakeItGlue, embedder: Embedder, cipher: Cipher
) -> None:
    await _sync(fresh, fake, embedder, cipher, full=True)
    before = await fresh.sql.counts()
    fake.fail(401, 1, path="/relationships/contacts")
    job = await _sync(fresh, fake, embedder, cipher, full=True)
    assert job.status == "failed"
    assert "wrong, expired or revoked" in job.errors[-1]["error"]
    assert await fresh.sql.counts() == before
    saved = await fresh.sql.jobs.get(job.id)
    assert saved is not None and saved.status == "failed" and saved.finished_at

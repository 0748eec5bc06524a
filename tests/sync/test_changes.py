"""The change log: syncs over the loopback IT Glue record exactly what changed, field by field,
and never a password's value."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from core.crypto import Cipher
from core.embeddings import Embedder
from core.models import Contact, Document, DocumentSection, RecordType, Snapshot
from server.services.changes import markdown, what_changed
from stores import Stores
from stores.changes import Change
from sync.changes import EXCERPT, changed_fields
from sync.demo.fake_itglue import DEFAULT_KEY, FakeItGlue
from sync.itglue import ItGlueClient
from sync.jobs import Syncer
from tests.conftest import one_org


@pytest.fixture
def small(sample_snapshot: Snapshot) -> Snapshot:
    both = one_org(sample_snapshot, 1)
    second = one_org(sample_snapshot, 2)
    second.flexible_asset_types = []
    both.merge(second)
    return both


@pytest.fixture
def fake(small: Snapshot) -> Iterator[FakeItGlue]:
    secrets = {p.id: f"secret-{p.id}" for p in small.passwords}
    with FakeItGlue(small, secrets=secrets, max_page_size=50) as server:
        yield server


async def _sync(stores: Stores, fake: FakeItGlue, embedder: Embedder, cipher: Cipher, **run: Any):
    async with ItGlueClient(fake.url, DEFAULT_KEY, backoff_base=0.01, timeout=10.0) as client:
        return await Syncer(stores, client, cipher, embedder=embedder).run(**run)


async def _logged(stores: Stores, job_id: int) -> list[tuple[Any, ...]]:
    async with stores.sql.pool.connection() as conn:
        cur = await conn.execute(
            "SELECT source_id, kind, field, old_value, new_value FROM record_changes "
            "WHERE sync_job_id = %s ORDER BY source_id, field",
            (job_id,),
        )
        return [tuple(r.values()) for r in await cur.fetchall()]


async def test_a_sync_logs_each_changed_field_each_added_and_removed_record_and_no_value(
    fresh: Stores, fake: FakeItGlue, embedder: Embedder, cipher: Cipher, small: Snapshot
) -> None:
    first = await _sync(fresh, fake, embedder, cipher, full=True)
    assert first.status == "completed", first.errors
    # The first load of an empty store is one count per organization and record type.
    loaded = await _logged(fresh, first.id)
    assert {kind for _, kind, *_ in loaded} == {"loaded"}
    counts = await fresh.sql.changes.counts([1, 2], None)
    for org in (1, 2):
        records = [r for r in small.records() if r.organization_id == org]
        assert counts[org] == {"loaded": len(records)}

    config = next(c for c in small.configurations if c.organization_id == 1 and c.primary_ip)
    fake.change(config.source_id, primary_ip="10.77.7.77")
    contact = next(c for c in small.contacts if c.organization_id == 2)
    new = contact.model_copy(update={"id": 39999, "name": "Nia New", "updated_at": None})
    fake.add(new)
    location = next(loc for loc in small.locations if loc.organization_id == 1)
    fake.remove(location.source_id)
    password = next(p for p in small.passwords if p.organization_id == 1)
    fake.secrets[password.id] = "brand-new-secret-value"
    fake.change(password.source_id)

    second = await _sync(fresh, fake, embedder, cipher, full=True)
    assert second.status == "completed", second.errors
    assert await _logged(fresh, second.id) == sorted(
        [
            (config.source_id, "changed", "primary_ip", config.primary_ip, "10.77.7.77"),
            ("contact:39999", "added", None, None, None),
            (location.source_id, "removed", None, None, None),
            (password.source_id, "changed", "value", None, None),
        ],
        key=lambda row: (row[0], row[2] or ""),
    )
    rows = await fresh.sql.changes.since([1, 2], None, 100)
    assert not any("secret" in str(c) for c in rows)
    named = {c.source_id: c for c in rows if c.kind != "loaded"}
    assert named["contact:39999"].name == "Nia New" and named["contact:39999"].organization_id == 2
    assert named[location.source_id].name == location.name
    assert named[config.source_id].resource_url == (
        f"https://fake.itglue.example/1/configurations/{config.id}"
    )
    # By default the digest is what the last sync brought, organization by organization.
    digest = await what_changed(fresh, [1, 2])
    assert digest.basis.startswith(f"since the last sync (job {second.id},")
    assert {o.organization_id: o.counts for o in digest.organizations} == {
        1: {"changed": 2, "added": 0, "removed": 1, "loaded": 0},
        2: {"changed": 0, "added": 1, "removed": 0, "loaded": 0},
    }
    one = await what_changed(fresh, [2], named=[2])
    assert [(c.kind, c.source_id, c.name) for o in one.organizations for c in o.changes] == [
        ("added", "contact:39999", "Nia New")
    ]
    # A third sync with nothing changed logs nothing, and the digest says so.
    third = await _sync(fresh, fake, embedder, cipher)
    assert third.status == "completed" and await _logged(fresh, third.id) == []
    quiet = await what_changed(fresh, [1, 2], named=[1])
    assert f"(job {third.id}," in quiet.basis
    assert [(o.organization_id, o.changes) for o in quiet.organizations] == [(1, [])]
    assert "nothing changed" in markdown(quiet)


def test_long_text_is_logged_as_an_excerpt_around_its_first_difference() -> None:
    body = "<p>" + "Step one: log in to the console. " * 20 + "Then restart DC01.</p>"
    old = Document(
        id=1, organization_id=1, name="Runbook", sections=(DocumentSection(id=7, content=body),)
    )
    new = old.model_copy(
        update={"sections": (DocumentSection(id=7, content=body.replace("DC01", "DC02")),)}
    )
    [change] = changed_fields(new, old.model_dump(mode="json"))
    assert change.field == "sections[7]"
    assert change.old_value and change.new_value
    assert change.old_value.endswith("restart DC01.") and change.new_value.endswith("DC02.")
    assert change.old_value.startswith("…") and "<p>" not in change.old_value
    assert len(change.new_value) <= EXCERPT + 2


def test_nested_and_listed_fields_are_named_by_their_item() -> None:
    old = Contact(id=1, organization_id=1, name="A", emails=())
    new = old.model_copy(update={"title": "CFO", "important": True})
    assert [
        (c.field, c.old_value, c.new_value)
        for c in changed_fields(new, old.model_dump(mode="json"))
    ] == [
        ("important", "no", "yes"),
        ("title", None, "CFO"),
    ]
    assert all(
        isinstance(c, Change) and c.record_type == RecordType.CONTACT.value
        for c in changed_fields(new, old.model_dump(mode="json"))
    )

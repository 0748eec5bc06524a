"""Ingest into the real embedded stores: agreement, idempotency, deletions, crash recovery."""

from __future__ import annotations

import dataclasses

import pytest

from core.embeddings import Embedder
from core.models import Configuration, RecordType, Snapshot
from stores import Stores
from sync.ingest import Ingestor
from tests.conftest import one_org


async def _per_store_counts(
    stores: Stores,
) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    sql = await stores.sql.counts()
    graph = {
        k.removeprefix("entity:"): v
        for k, v in (await stores.graph.counts()).items()
        if k.startswith("entity:")
    }
    vector = await stores.vector.counts()
    return sql, graph, vector


async def test_sample_lands_in_all_three_stores(sample: Stores, sample_snapshot: Snapshot) -> None:
    sql, graph, vector = await _per_store_counts(sample)
    expected = sample_snapshot.counts()
    for kind in RecordType:
        assert sql[kind.value] == graph[kind.value] == expected[kind.value] > 0, kind
        assert vector[kind.value] >= expected[kind.value], kind
    docs = sample_snapshot.documents
    assert vector["document"] == sum(
        sum(1 for s in d.sections if s.kind == "heading") for d in docs
    )
    edges = sum(v for k, v in (await sample.graph.counts()).items() if k.startswith("edge:"))
    assert edges == sql["relationship"] >= len(sample_snapshot.relationships)


async def test_ingesting_twice_changes_nothing(
    sample: Stores, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    before = await _per_store_counts(sample)
    report = await Ingestor(sample, embedder).ingest(sample_snapshot, reconcile=True)
    assert report.changed == {} and report.deleted == {}
    assert (
        report.chunks_embedded,
        report.entities_written,
        report.edges_added,
        report.edges_removed,
    ) == (0, 0, 0, 0)
    assert await _per_store_counts(sample) == before


async def test_org_scoping_on_the_sample(sample: Stores, embedder: Embedder) -> None:
    question = "restart the print spooler"
    hits = await sample.vector.search(question, embedder.embed_query(question), [2], limit=20)
    assert hits and {h.organization_id for h in hits} == {2}
    dc = next(iter(await sample.sql.record_ids(RecordType.CONFIGURATION, [3])))
    assert await sample.graph.neighborhood(f"configuration:{dc}", [1, 2]) == []
    assert await sample.graph.neighborhood(f"configuration:{dc}", [3])


async def test_changed_record_is_the_only_one_reembedded(
    fresh: Stores, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    snapshot = one_org(sample_snapshot, 1)
    ingestor = Ingestor(fresh, embedder)
    first = await ingestor.ingest(snapshot, reconcile=True)
    assert first.chunks_embedded == first.chunks > 0
    target = snapshot.configurations[0]
    changed = target.model_copy(update={"primary_ip": "10.1.0.254"})
    edited = snapshot.model_copy(update={"configurations": [changed, *snapshot.configurations[1:]]})
    second = await ingestor.ingest(edited, reconcile=True)
    assert second.changed == {"configuration": 1}
    assert (second.chunks_embedded, second.entities_written) == (1, 1)
    [stored] = await fresh.sql.get_records(RecordType.CONFIGURATION, [target.id])
    assert isinstance(stored, Configuration) and stored.primary_ip == "10.1.0.254"
    hits = await fresh.vector.search(
        "10.1.0.254", embedder.embed_query("10.1.0.254"), [1], mode="sparse"
    )
    assert hits[0].source_id == target.source_id and "10.1.0.254" in hits[0].text


async def test_vanished_records_are_deleted_everywhere(
    fresh: Stores, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    snapshot = one_org(sample_snapshot, 2)
    ingestor = Ingestor(fresh, embedder)
    await ingestor.ingest(snapshot, reconcile=True)
    doc, host = (
        snapshot.documents[0],
        next(c for c in snapshot.configurations if c.configuration_type == "Hypervisor"),
    )
    smaller = snapshot.model_copy(
        update={
            "documents": snapshot.documents[1:],
            "configurations": [c for c in snapshot.configurations if c.id != host.id],
            "relationships": [
                r for r in snapshot.relationships if host.source_id not in (r.source, r.target)
            ],
        }
    )
    report = await ingestor.ingest(smaller, reconcile=True)
    assert report.deleted == {"document": 1, "configuration": 1}
    assert report.chunks_deleted == 0  # deleted with the record, not as stale chunks
    for sid in (doc.source_id, host.source_id):
        assert await fresh.graph.get_entity(sid, [2]) is None
    assert await fresh.sql.get_records(RecordType.DOCUMENT, [doc.id]) == []
    assert await fresh.sql.chunk_hashes([doc.source_id, host.source_id]) == {}
    sql, graph, vector = await _per_store_counts(fresh)
    assert sql["document"] == graph["document"] == len(smaller.documents)
    assert vector["document"] == sum(
        sum(1 for s in d.sections if s.kind == "heading") for d in smaller.documents
    )
    assert sql["configuration"] == graph["configuration"] == vector["configuration"]
    edges = sum(v for k, v in (await fresh.graph.counts()).items() if k.startswith("edge:"))
    assert edges == sql["relationship"]


async def test_failure_midway_is_completed_by_the_next_run(
    fresh: Stores, sample_snapshot: Snapshot, embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    snapshot = one_org(sample_snapshot, 3)
    # Small batches so the failure lands after some batches were fully committed.
    stores = dataclasses.replace(
        fresh, settings=fresh.settings.model_copy(update={"ingest_batch_size": 40})
    )
    real_upsert = stores.vector.upsert
    calls = {"n": 0}

    async def flaky(chunks, dense):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("vector store went away")
        await real_upsert(chunks, dense)

    monkeypatch.setattr(stores.vector, "upsert", flaky)
    with pytest.raises(RuntimeError, match="went away"):
        await Ingestor(stores, embedder).ingest(snapshot, reconcile=True)
    committed = await stores.sql.index_counts()
    assert 0 < committed["chunk"] < len(snapshot.records())
    assert sum((await stores.vector.counts()).values()) == committed["chunk"]

    monkeypatch.setattr(stores.vector, "upsert", real_upsert)
    report = await Ingestor(stores, embedder).ingest(snapshot, reconcile=True)
    assert report.chunks_embedded == report.chunks - committed["chunk"]
    sql, graph, vector = await _per_store_counts(stores)
    for kind in RecordType:
        assert sql[kind.value] == graph[kind.value], kind
    assert sum(vector.values()) == report.chunks
    edges = sum(v for k, v in (await stores.graph.counts()).items() if k.startswith("edge:"))
    assert edges == sql["relationship"] > 0


async def test_reconcile_limited_to_organizations_leaves_the_rest(
    fresh: Stores, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    first, second = one_org(sample_snapshot, 4), one_org(sample_snapshot, 5)
    ingestor = Ingestor(fresh, embedder)
    await ingestor.ingest(first)
    await ingestor.ingest(second)
    before = (await fresh.sql.counts())["document"]
    trimmed = first.model_copy(update={"documents": first.documents[1:]})
    report = await ingestor.ingest(trimmed, reconcile=[4])
    assert report.deleted == {"document": 1}
    assert (await fresh.sql.counts())["document"] == before - 1
    assert await fresh.sql.record_ids(RecordType.DOCUMENT, [5]) == {d.id for d in second.documents}

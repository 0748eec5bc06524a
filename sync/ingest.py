"""Ingest: the one write path for sample data and synced IT Glue data.

Secrets typed into free text are redacted first (sync.redaction): the originals go encrypted
into `redacted_secrets` and nothing else ever sees them. Then records -> SQL (system of
record) -> graph nodes -> chunks -> embeddings -> vector store, in batches; then relationships
(SQL and graph); then, for a full snapshot, reconciliation that deletes what vanished from all
three stores. Each stage compares content hashes with what the SQL store records as already
written (`graph_state`, `chunks`) and writes only the difference, recording it only after the
store accepted it: ingesting twice changes nothing, unchanged chunks are never re-embedded, and
a run that dies half-way is completed by the next one.

What the records' writes and deletions change is logged field by field in the same
transactions (`sync.changes` decides what is recorded; `stores.changes` keeps it), under the
sync job when there is one; an organization's first load is logged as one count per record
type instead of a row per record.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from core.crypto import Cipher, load_cipher
from core.embeddings import Embedder
from core.models import FlexibleAssetType, Record, RecordType, Relationship, Snapshot, SourceId
from stores import Stores, render
from stores.changes import Change, ChangeLog
from stores.secrets import StoredSecret, fingerprint
from sync import changes as change_log
from sync.redaction import Original, Redaction, changes, redact_snapshot


class Progress(Protocol):
    """Where ingest reports its work (the CLI draws bars; tests and servers pass nothing)."""

    def start(self, phase: str, total: int) -> None: ...
    def advance(self, phase: str, amount: int = 1) -> None: ...


class Silent:
    """Progress that goes nowhere."""

    def start(self, phase: str, total: int) -> None:
        pass

    def advance(self, phase: str, amount: int = 1) -> None:
        pass


@dataclass
class IngestReport:
    """What one ingest run did."""

    records: int = 0
    changed: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    entities_written: int = 0
    edges_added: int = 0
    edges_removed: int = 0
    chunks: int = 0
    chunks_embedded: int = 0
    chunks_deleted: int = 0
    secrets_found: int = 0
    """Secret values redacted from free text (stored only encrypted)."""
    secrets_written: int = 0
    seconds: float = 0.0
    phase_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def records_per_second(self) -> float:
        return self.records / self.seconds if self.seconds else 0.0


class Ingestor:
    """Writes snapshots into the three stores and deletes records from all of them."""

    def __init__(
        self,
        stores: Stores,
        embedder: Embedder | None = None,
        progress: Progress | None = None,
        cipher: Cipher | None = None,
    ) -> None:
        self.stores = stores
        self.embedder = embedder or Embedder(stores.settings.embed_batch_size)
        self.progress: Progress = progress or Silent()
        self._cipher = cipher

    @property
    def cipher(self) -> Cipher:
        """The key that seals redacted originals (the password values' key)."""
        if self._cipher is None:
            self._cipher = load_cipher(self.stores.settings)
        return self._cipher

    async def ingest(
        self,
        snapshot: Snapshot,
        *,
        reconcile: bool | Sequence[int] = False,
        job_id: int | None = None,
    ) -> IngestReport:
        """Write a snapshot; `reconcile` deletes records of the store (True) or of the listed
        organizations that the snapshot does not contain. Changes are logged under `job_id`."""
        started = time.perf_counter()
        report = IngestReport()
        redaction = await self._redact(snapshot, report)
        records = redaction.records
        report.records = len(records)
        t = self._timed(report, "redact", started)
        org_names = await self._org_names(snapshot, records)
        orgs_in = {r.organization_id for r in records}
        first_load = orgs_in - await self.stores.sql.organizations_holding(orgs_in)
        log = ChangeLog(change_log.differ(first_load), job_id)
        batch_size = self.stores.settings.ingest_batch_size
        self.progress.start("records", len(records))
        for start in range(0, len(records), batch_size):
            batch = records[start : start + batch_size]
            await self._write_batch(batch, org_names, report, log)
            self.progress.advance("records", len(batch))
        await self._log_first_loads(records, first_load, org_names, job_id)
        t = time.perf_counter()
        await self._write_relationships(redaction.relationships, records, report)
        t = self._timed(report, "relationships", t)
        if reconcile is not False:
            orgs = None if reconcile is True else list(reconcile)
            await self._reconcile(records, orgs, report, log)
            self._timed(report, "reconcile", t)
        report.seconds = time.perf_counter() - started
        return report

    async def _redact(self, snapshot: Snapshot, report: IngestReport) -> Redaction:
        """Redact the snapshot's free text; store the originals that are new or changed
        (encrypted), drop the ones no longer there, before anything else is written."""
        kinds = {
            t.id: {f.name_key: f.kind for f in t.fields} for t in snapshot.flexible_asset_types
        }
        wanted = {a.flexible_asset_type_id for a in snapshot.flexible_assets} - kinds.keys()
        if wanted:
            for t in await self.stores.sql.get_records(
                RecordType.FLEXIBLE_ASSET_TYPE, sorted(wanted)
            ):
                assert isinstance(t, FlexibleAssetType)
                kinds[t.id] = {f.name_key: f.kind for f in t.fields}
        redaction = redact_snapshot(snapshot, kinds)
        whole = {r.source_id for r in redaction.records}
        owners = sorted(whole | {r.owner for r in redaction.relationships if r.notes})
        secrets = self.stores.sql.secrets
        stored: dict[str, list[StoredSecret]] = {}
        for start in range(0, len(owners), 5000):
            stored.update(await secrets.of(owners[start : start + 5000]))
        cipher = self.cipher

        def sealed_print(o: Original) -> str:
            return fingerprint(cipher, o.source_id, o.field, o.position, o.value)

        removed, added = changes(redaction, stored, whole, sealed_print)
        await secrets.apply(
            removed,
            [
                StoredSecret(
                    source_id=o.source_id,
                    field=o.field,
                    position=o.position,
                    organization_id=o.organization_id,
                    kind=o.kind,
                    ciphertext=cipher.encrypt(o.value),
                    fingerprint=print_,
                )
                for o, print_ in added
            ],
        )
        report.secrets_found = len(redaction.originals)
        report.secrets_written = len(added)
        return redaction

    async def _org_names(self, snapshot: Snapshot, records: Sequence[Record]) -> dict[int, str]:
        names = {o.id: o.name for o in snapshot.organizations}
        missing = {r.organization_id for r in records} - names.keys() - {0}
        if missing:
            known = await self.stores.sql.get_records(RecordType.ORGANIZATION, sorted(missing))
            names.update({o.id: o.name for o in known})
        return names

    async def _log_first_loads(
        self,
        records: Sequence[Record],
        first_load: set[int],
        org_names: dict[int, str],
        job_id: int | None,
    ) -> None:
        """One `loaded` row per record type of each organization loaded for the first time
        (not the account's asset types, organization 0: no organization to cite)."""
        counts: dict[tuple[int, str], int] = {}
        for r in records:
            if r.organization_id in first_load and r.organization_id:
                key = (r.organization_id, r.record_type.value)
                counts[key] = counts.get(key, 0) + 1
        await self.stores.sql.changes.add(
            job_id,
            [
                Change(
                    organization_id=org,
                    source_id=f"organization:{org}",
                    record_type=kind,
                    name=org_names.get(org, str(org)),
                    kind="loaded",
                    new_value=str(n),
                )
                for (org, kind), n in sorted(counts.items())
            ],
        )

    def _timed(self, report: IngestReport, phase: str, since: float) -> float:
        now = time.perf_counter()
        report.phase_seconds[phase] = report.phase_seconds.get(phase, 0.0) + now - since
        return now

    async def _write_batch(
        self,
        batch: Sequence[Record],
        org_names: dict[int, str],
        report: IngestReport,
        log: ChangeLog | None = None,
    ) -> None:
        sql, graph, vector = self.stores.sql, self.stores.graph, self.stores.vector
        t = time.perf_counter()
        for record in await sql.upsert_records(batch, log):
            kind = record.record_type.value
            report.changed[kind] = report.changed.get(kind, 0) + 1
        t = self._timed(report, "sql", t)

        hashes = {(n := render.entity(r)).id: (n, render.entity_hash(n)) for r in batch}
        written = await sql.graph_state("node", entity_ids=list(hashes))
        fresh = [(n, h) for n, h in hashes.values() if written.get(n.id) != h]
        if fresh:
            await graph.upsert_entities([n for n, _ in fresh])
            await sql.record_graph_state([(n.id, "node", n.id, n.org_id, h) for n, h in fresh])
        report.entities_written += len(fresh)
        t = self._timed(report, "graph", t)

        wanted = [c for r in batch for c in render.chunks(r, org_names)]
        report.chunks += len(wanted)
        stored = await sql.chunk_hashes([r.source_id for r in batch])
        todo = [c for c in wanted if stored.get(c.chunk_id) != c.content_hash]
        stale = sorted(stored.keys() - {c.chunk_id for c in wanted})
        if todo:
            vectors = await asyncio.to_thread(self.embedder.embed, [c.indexed_text for c in todo])
            t = self._timed(report, "embed", t)
            await vector.upsert(todo, vectors)
            await sql.record_chunks(
                [
                    (c.chunk_id, c.source_id, c.organization_id, c.record_type, c.content_hash)
                    for c in todo
                ]
            )
        if stale:
            await vector.delete(stale)
            await sql.forget_chunks(stale)
        report.chunks_embedded += len(todo)
        report.chunks_deleted += len(stale)
        self._timed(report, "vector", t)

    async def _write_relationships(
        self, relationships: Sequence[Relationship], records: Sequence[Record], report: IngestReport
    ) -> None:
        sql, graph = self.stores.sql, self.stores.graph
        wanted: dict[str, Relationship] = {}
        for rel in [
            *relationships,
            *(d for r in records for d in render.derived_relationships(r)),
        ]:
            wanted.setdefault(rel.key, rel)
        # An edge needs both ends in the graph: drop links to records we do not hold.
        ends = {e for r in wanted.values() for e in (r.source, r.target)}
        present = set(await sql.graph_state("node", entity_ids=sorted(ends)))
        edges = [r for r in wanted.values() if r.source in present and r.target in present]
        owners = sorted({r.source_id for r in records} | {r.owner for r in relationships})
        await sql.replace_relationships(edges, owners)

        have = await sql.graph_state("edge", owner_ids=owners)
        by_key = {r.key: r for r in edges}
        removed = sorted(have.keys() - by_key.keys())
        added = [by_key[k] for k in sorted(by_key.keys() - have.keys())]
        if removed:
            await graph.delete_relationships([tuple(k.split("|")) for k in removed])  # type: ignore[misc]
            await sql.forget_graph_state(removed)
        if added:
            await graph.upsert_relationships(added)
            await sql.record_graph_state(
                [(r.key, "edge", r.owner, r.organization_id, "1") for r in added]
            )
        report.edges_added, report.edges_removed = len(added), len(removed)

    async def _reconcile(
        self,
        records: Sequence[Record],
        orgs: list[int] | None,
        report: IngestReport,
        log: ChangeLog | None = None,
    ) -> None:
        keep = {r.source_id for r in records}
        gone: list[str] = []
        for kind in RecordType:
            if orgs is None:
                ids = await self.stores.sql.record_ids(kind)
            elif kind is RecordType.ORGANIZATION:  # an organization's id is its own scope
                ids = await self.stores.sql.record_ids(kind) & set(orgs)
            else:
                ids = await self.stores.sql.record_ids(kind, orgs)
            gone.extend(sid for i in sorted(ids) if (sid := f"{kind.value}:{i}") not in keep)
        deleted = await self.delete(gone, log)
        for name, count in deleted.items():
            report.deleted[name] = report.deleted.get(name, 0) + count

    async def delete(
        self, source_ids: Sequence[str], log: ChangeLog | None = None
    ) -> dict[str, int]:
        """Remove records from vector, graph, then SQL (so a crash leaves SQL to retry from);
        with a `log`, each is logged as removed."""
        if not source_ids:
            return {}
        sql = self.stores.sql
        chunk_ids = sorted(await sql.chunk_hashes(list(source_ids)))
        await self.stores.vector.delete(chunk_ids)
        await sql.forget_chunks(chunk_ids)
        await self.stores.graph.delete_entities(list(source_ids))
        await sql.forget_graph_edges_touching(list(source_ids))
        await sql.forget_graph_state(list(source_ids))
        await sql.secrets.forget(list(source_ids))
        by_type: dict[RecordType, list[int]] = {}
        for sid in source_ids:
            parsed = SourceId.parse(sid)
            by_type.setdefault(parsed.type, []).append(parsed.id)
        out = {}
        for kind, ids in by_type.items():
            out[kind.value] = await sql.delete_records(kind, ids, log)
        return out

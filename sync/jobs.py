"""IT Glue sync: fetch, transform and hand to ingest, one organization at a time, as a job.

A job takes the sync lock (two syncs of one organization never overlap), fetches flexible asset
types, then each organization's configurations (with interfaces), flexible assets per type,
passwords (values encrypted on arrival; only when the key has Password Access), documents (with
their sections), contacts and locations, with their related items as edges. Each organization
goes through `Ingestor` — the same write path as the sample data — and the job row is updated.

Full sync fetches everything and reconciles: what vanished from IT Glue is deleted from all
three stores (only for organizations whose every list was read completely). Incremental sync
uses per-(resource, organization) watermarks: `filter[updated_at]` for organizations, otherwise
`sort=-updated_at`, stopping at the watermark (less a minute of overlap). A failed page or
organization is recorded and the rest continues; its watermark does not move, so a re-run picks
it up. The first sync of an organization is always full.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from core.crypto import Cipher
from core.embeddings import Embedder
from core.errors import ItGlueAuthError, ItGlueError, ItGlueRagError, StoreError
from core.models import (
    Configuration,
    ConfigurationInterface,
    Document,
    DocumentSection,
    FlexibleAssetType,
    Organization,
    Password,
    Record,
    RecordType,
    Relationship,
    Snapshot,
)
from stores import Stores
from stores.sync_jobs import SyncJob
from sync import transform
from sync.ingest import Ingestor, IngestReport, Progress, Silent
from sync.itglue import ClientStats, ItGlueClient

log = logging.getLogger(__name__)

OVERLAP = timedelta(minutes=1)
"""Incremental syncs re-read this much before the watermark (ingest skips what is unchanged)."""

Resource = Mapping[str, Any]


@dataclass
class _Fetched:
    """What one resource list of one organization yielded (kept even when a page failed)."""

    records: list[Record] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    newest: datetime | None = None
    complete: bool = False
    """The whole list was read (no watermark): what it lacks is gone from IT Glue."""

    def add(self, record: Record, relationships: Sequence[Relationship] = ()) -> None:
        self.records.append(record)
        self.relationships.extend(relationships)
        if record.updated_at and (self.newest is None or record.updated_at > self.newest):
            self.newest = record.updated_at


@dataclass
class _Organization:
    """One organization's lists, read and waiting to be ingested."""

    org_id: int
    full: bool
    snapshot: Snapshot
    results: dict[str, _Fetched]
    failed: list[str]

    @property
    def reconcilable(self) -> bool:
        """Every list was read whole and without error: records it lacks may be deleted."""
        return self.full and not self.failed and all(f.complete for f in self.results.values())


class Syncer:
    """Runs sync jobs from one IT Glue client into one set of stores."""

    def __init__(
        self,
        stores: Stores,
        client: ItGlueClient,
        cipher: Cipher,
        *,
        embedder: Embedder | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.stores = stores
        self.client = client
        self.cipher = cipher
        self.ingestor = Ingestor(stores, embedder, cipher=cipher)
        self.progress: Progress = progress or Silent()
        self.jobs = stores.sql.jobs
        self._password_access: bool | None = None
        self._without_value = 0
        self._baseline = ClientStats()
        self._waited = 0.0
        self._ingest_failed = False

    # -- entry point ------------------------------------------------------------------------

    async def run(
        self,
        *,
        full: bool = False,
        organization: str | int | None = None,
        created: Callable[[SyncJob], None] | None = None,
    ) -> SyncJob:
        """Sync all organizations, or one (by id, name or short name); returns the finished job.

        Raises SyncLocked when an overlapping sync runs, ItGlueRagError for an unknown
        organization; IT Glue failures end up in the job (status failed or partial)."""
        self._baseline = dataclasses.replace(
            self.client.stats, by_status=dict(self.client.stats.by_status)
        )
        self._waited = self.client.limiter.waited
        self._password_access, self._without_value = None, 0
        self._ingest_failed = False
        org = await self._resolve(organization) if organization is not None else None
        org_id = org.id if org else None
        job = await self.jobs.create("full" if full else "incremental", org_id)
        if created is not None:
            created(job)  # the API answers with the job id while the sync goes on
        try:
            async with self.jobs.lock(org_id):
                await self._run(job, full, org)
        except BaseException as exc:  # locked, cancelled, a bug: the row must not stay running
            if job.status in ("pending", "running"):
                job.status = "failed"
                job.errors.append({"error": str(exc) or type(exc).__name__})
                await asyncio.shield(self.jobs.save(job, finish=True))
            raise
        return job

    async def _resolve(self, organization: str | int) -> Organization:
        text = str(organization).strip()
        if text.isdigit():
            body = await self.client.get(f"organizations/{text}")
            return transform.organization(body["data"])
        known = await self.stores.sql.find_organizations(text)
        if len(known) > 1:
            names = ", ".join(f"{o.name} ({o.id})" for o in known)
            raise ItGlueRagError(f"'{text}' names several organizations: {names}; use an id")
        if known:
            return known[0]
        async for page in self.client.pages("organizations", {"filter[name]": text}):
            for resource in page.get("data") or []:
                return transform.organization(resource)
        raise ItGlueRagError(f"no organization named '{text}' in IT Glue (try its id)")

    async def _run(self, job: SyncJob, full: bool, org: Organization | None) -> None:
        started = time.perf_counter()
        for stale in await self.jobs.fail_interrupted(job.organization_id, job.id):
            job.notices.append(f"job {stale} was left running by a process that ended: failed")
        marks = await self.jobs.watermarks(None if org is None else [org.id])
        if not full and not marks:
            full = True
            job.kind = "full"
            job.notices.append("no earlier sync of this scope: running a full sync")
        job.status = "running"
        await self.jobs.save(job, start=True)
        try:
            types = await self._asset_types(job, full and org is None)
            orgs, listed_all = await self._organizations(job, full, org, marks)
            shared: dict[int, dict[str, _Fetched]] = {}
            shared_failed: list[str] = []
            newest: dict[str, datetime | None] = {}
            if org is None:
                shared, shared_failed, newest = await self._fetch_shared(
                    job, full, [i for i, _ in orgs], types, marks
                )
            self.progress.start("organizations", len(orgs))
            succeeded, group = 0, []
            for n, (org_id, record) in enumerate(orgs):
                group.append(
                    await self._fetch_organization(
                        job,
                        full,
                        org_id,
                        record,
                        types,
                        marks,
                        shared.get(org_id, {}),
                        shared_failed,
                    )
                )
                size = sum(len(o.snapshot.records()) for o in group)
                if size >= self.stores.settings.ingest_batch_size or n == len(orgs) - 1:
                    succeeded += await self._ingest(job, group, marks)
                    self.progress.advance("organizations", len(group))
                    group = []
                    self._stats(job, started)
                    await self.jobs.save(job)
            if newest and not self._ingest_failed:
                now = datetime.now(UTC)
                await self.jobs.set_watermarks(
                    [(name, 0, t or marks.get((name, 0)) or now) for name, t in newest.items()]
                )
            if self._without_value:
                job.notices.append(
                    f"the IT Glue API key has no Password Access: {self._without_value} "
                    "passwords were stored without their values"
                )
            if full and org is None and listed_all:
                await self._drop_vanished(job, {i for i, _ in orgs})
            failed_all = bool(orgs) and succeeded == 0
            job.status = "failed" if failed_all else "partial" if job.errors else "completed"
        except ItGlueAuthError as exc:
            job.status = "failed"
            job.errors.append({"error": str(exc)})
        except (ItGlueError, StoreError) as exc:
            job.status = "failed"
            job.errors.append({"error": str(exc)})
        self._stats(job, started)
        await self.jobs.save(job, finish=True)

    def _stats(self, job: SyncJob, started: float) -> None:
        s, base = self.client.stats, self._baseline
        job.stats = {
            "requests": s.requests - base.requests,
            "retries": s.retries - base.retries,
            "throttled": s.throttled - base.throttled,
            "seconds_backing_off": round(s.seconds_waiting - base.seconds_waiting, 3),
            "seconds_rate_limited": round(self.client.limiter.waited - self._waited, 3),
            "by_status": {
                str(k): n - base.by_status.get(k, 0)
                for k, n in sorted(s.by_status.items())
                if n - base.by_status.get(k, 0)
            },
        }
        job.timings["total"] = round(time.perf_counter() - started, 3)

    def _count(self, job: SyncJob, kind: str, key: str, amount: int) -> None:
        if amount:
            bucket = job.counts.setdefault(kind, {"fetched": 0, "changed": 0, "deleted": 0})
            bucket[key] = bucket.get(key, 0) + amount

    def _time(self, job: SyncJob, phase: str, since: float) -> float:
        now = time.perf_counter()
        job.timings[phase] = round(job.timings.get(phase, 0.0) + now - since, 3)
        return now

    def _ingested(self, job: SyncJob, report: IngestReport) -> None:
        for kind, n in report.changed.items():
            self._count(job, kind, "changed", n)
        for kind, n in report.deleted.items():
            self._count(job, kind, "deleted", n)
        job.counts["chunks_embedded"] = (
            job.counts.get("chunks_embedded", 0) + report.chunks_embedded
        )
        for phase, seconds in report.phase_seconds.items():
            job.timings[f"ingest.{phase}"] = round(
                job.timings.get(f"ingest.{phase}", 0) + seconds, 3
            )

    # -- global lists -----------------------------------------------------------------------

    async def _asset_types(self, job: SyncJob, reconcile: bool) -> dict[int, FlexibleAssetType]:
        t = time.perf_counter()
        types: list[FlexibleAssetType] = []
        async for page in self.client.pages(
            "flexible_asset_types", {"include": "flexible_asset_fields"}
        ):
            index = transform.included(page)
            types.extend(transform.asset_type(r, index) for r in page.get("data") or [])
        self._count(job, RecordType.FLEXIBLE_ASSET_TYPE.value, "fetched", len(types))
        t = self._time(job, "fetch", t)
        report = await self.ingestor.ingest(
            Snapshot(flexible_asset_types=types), reconcile=[0] if reconcile else False
        )
        self._ingested(job, report)
        self._time(job, "ingest", t)
        return {t.id: t for t in types}

    async def _organizations(
        self,
        job: SyncJob,
        full: bool,
        org: Organization | None,
        marks: Mapping[tuple[str, int], datetime],
    ) -> tuple[list[tuple[int, Organization | None]], bool]:
        """(id, record or None when unchanged) per organization to sync; and whether the list
        is IT Glue's complete list (only then may vanished organizations be deleted)."""
        t = time.perf_counter()
        if org is not None:
            fresh = transform.organization(
                (await self.client.get(f"organizations/{org.id}"))["data"]
            )
            self._count(job, RecordType.ORGANIZATION.value, "fetched", 1)
            self._time(job, "fetch", t)
            return [(fresh.id, fresh)], False
        params: dict[str, str | int] = {}
        since = marks.get(("organizations", 0))
        if not full and since is not None:
            params["filter[updated_at]"] = f"{transform.rfc3339(since - OVERLAP)},"
        listed: dict[int, Organization] = {}
        async for page in self.client.pages("organizations", params):
            for resource in page.get("data") or []:
                o = transform.organization(resource)
                listed[o.id] = o
        # Lists truncate quick notes at 250 characters; the single GET has them whole.
        long = [o.id for o in listed.values() if o.quick_notes and len(o.quick_notes) >= 250]
        for body in await asyncio.gather(*(self.client.get(f"organizations/{i}") for i in long)):
            o = transform.organization(body["data"])
            listed[o.id] = o
        self._count(job, RecordType.ORGANIZATION.value, "fetched", len(listed))
        newest = max((o.updated_at for o in listed.values() if o.updated_at), default=None)
        if newest is not None:
            await self.jobs.set_watermarks([("organizations", 0, newest)])
        self._time(job, "fetch", t)
        if full:
            return sorted(listed.items()), True
        known = await self.stores.sql.record_ids(RecordType.ORGANIZATION)
        ids = sorted(known | listed.keys())
        return [(i, listed.get(i)) for i in ids], False

    async def _drop_vanished(self, job: SyncJob, listed: set[int]) -> None:
        gone = sorted(await self.stores.sql.record_ids(RecordType.ORGANIZATION) - listed)
        if not gone:
            return
        t = time.perf_counter()
        report = await self.ingestor.ingest(Snapshot(), reconcile=gone)
        await self.jobs.forget_watermarks(gone)
        self._ingested(job, report)
        job.notices.append(f"{len(gone)} organizations no longer in IT Glue were removed")
        self._time(job, "ingest", t)

    # -- one organization -------------------------------------------------------------------

    async def _gather(
        self,
        job: SyncJob,
        org_id: int | None,
        fetchers: Mapping[str, Callable[[_Fetched], Awaitable[None]]],
    ) -> tuple[dict[str, _Fetched], list[str]]:
        """Run list fetchers concurrently; a list that fails is recorded, not fatal."""
        t = time.perf_counter()
        results = {name: _Fetched() for name in fetchers}

        async def one(name: str) -> None:
            await fetchers[name](results[name])
            if org_id is None:
                self.progress.advance("shared lists")

        outcomes = await asyncio.gather(*(one(n) for n in fetchers), return_exceptions=True)
        failed: list[str] = []
        for name, outcome in zip(fetchers, outcomes, strict=True):
            if isinstance(outcome, ItGlueAuthError):
                raise outcome
            if isinstance(outcome, BaseException):
                if not isinstance(outcome, ItGlueError):
                    raise outcome
                failed.append(name)
                job.errors.append(
                    {"organization_id": org_id, "resource": name, "error": str(outcome)}
                )
                log.warning("organization %s, %s: %s", org_id or "(all)", name, outcome)
        self._time(job, "fetch", t)
        return results, failed

    async def _fetch_shared(
        self,
        job: SyncJob,
        full: bool,
        org_ids: Sequence[int],
        types: Mapping[int, FlexibleAssetType],
        marks: Mapping[tuple[str, int], datetime],
    ) -> tuple[dict[int, dict[str, _Fetched]], list[str], dict[str, datetime | None]]:
        """For an all-organization sync: configurations, passwords and flexible assets (per
        type) read as one list each across organizations, then split per organization. One
        list per resource instead of one per organization and resource. Returns the split
        lists, the names that failed and the newest `updated-at` per list."""

        def since(name: str) -> datetime | None:
            mark = None if full else marks.get((name, 0))
            return mark - OVERLAP if mark else None

        fetchers: dict[str, Callable[[_Fetched], Awaitable[None]]] = {
            "configurations": functools.partial(
                self._configurations, None, since("configurations")
            ),
            "passwords": functools.partial(self._passwords, None, since("passwords")),
        }
        for type_id, kind in types.items():
            name = f"flexible_assets:{type_id}"
            fetchers[name] = functools.partial(self._assets, None, kind, since(name))
        self.progress.start("shared lists", len(fetchers))
        results, failed = await self._gather(job, None, fetchers)
        split: dict[int, dict[str, _Fetched]] = {
            org: {n: _Fetched(complete=f.complete) for n, f in results.items() if n not in failed}
            for org in org_ids
        }
        for name, fetched in results.items():
            if name in failed:
                continue
            edges: dict[int, list[Relationship]] = {}
            for rel in fetched.relationships:
                edges.setdefault(rel.organization_id, []).append(rel)
            for record in fetched.records:
                own = split.get(record.organization_id)
                if own is not None:  # a record of an organization that is not synced: skip
                    own[name].add(record)
            for org, rels in edges.items():
                if org in split:
                    split[org][name].relationships.extend(rels)
        newest = {n: f.newest for n, f in results.items() if n not in failed}
        return split, failed, newest

    async def _fetch_organization(
        self,
        job: SyncJob,
        full: bool,
        org_id: int,
        record: Organization | None,
        types: Mapping[int, FlexibleAssetType],
        marks: Mapping[tuple[str, int], datetime],
        given: Mapping[str, _Fetched],
        given_failed: Sequence[str] = (),
    ) -> _Organization:
        """Read the lists of one organization that `given` (shared lists) does not hold."""
        full = full or not any(org == org_id for _, org in marks)  # first sync: full

        def since(resource: str) -> datetime | None:
            mark = None if full else marks.get((resource, org_id))
            return mark - OVERLAP if mark else None

        fetchers: dict[str, Callable[[_Fetched], Awaitable[None]]] = {
            "configurations": functools.partial(
                self._configurations, org_id, since("configurations")
            ),
            "passwords": functools.partial(self._passwords, org_id, since("passwords")),
            "documents": functools.partial(self._documents, org_id, since("documents")),
            "contacts": functools.partial(
                self._simple, org_id, "contacts", transform.contact, since("contacts")
            ),
            "locations": functools.partial(
                self._simple, org_id, "locations", transform.location, since("locations")
            ),
        }
        for type_id, kind in types.items():
            name = f"flexible_assets:{type_id}"
            fetchers[name] = functools.partial(self._assets, org_id, kind, since(name))
        for name in [*given, *given_failed]:
            fetchers.pop(name, None)
        results, failed = await self._gather(job, org_id, fetchers)
        results.update(given)
        failed.extend(given_failed)

        snapshot = Snapshot(organizations=[record] if record else [])
        for fetched in results.values():
            for r in fetched.records:
                snapshot.add(r)
                self._count(job, r.record_type.value, "fetched", 1)
            snapshot.relationships.extend(fetched.relationships)
        if full and failed:
            job.notices.append(
                f"organization {org_id}: nothing deleted (not every list was read completely)"
            )
        return _Organization(org_id, full, snapshot, results, failed)

    async def _ingest(
        self,
        job: SyncJob,
        group: Sequence[_Organization],
        marks: Mapping[tuple[str, int], datetime],
    ) -> int:
        """Ingest several organizations in one go (embedding batches stay large); move the
        watermarks of the lists read completely. Returns how many organizations succeeded."""
        t = time.perf_counter()
        snapshot = Snapshot()
        for org in group:
            snapshot.merge(org.snapshot)
        reconcile = [o.org_id for o in group if o.reconcilable]
        try:
            report = await self.ingestor.ingest(snapshot, reconcile=reconcile or False)
        except StoreError as exc:
            self._ingest_failed = True
            for org in group:
                job.errors.append(
                    {"organization_id": org.org_id, "resource": "ingest", "error": str(exc)}
                )
            return 0
        self._ingested(job, report)
        self._time(job, "ingest", t)
        now = datetime.now(UTC)
        await self.jobs.set_watermarks(
            [
                (name, org.org_id, fetched.newest or marks.get((name, org.org_id)) or now)
                for org in group
                for name, fetched in org.results.items()
                if name not in org.failed
            ]
        )
        return sum(len(o.failed) < len(o.results) for o in group)

    async def _list(
        self,
        path: str,
        params: dict[str, str | int],
        since: datetime | None,
        handle: Callable[[Resource, Mapping[tuple[str, str], Resource]], Awaitable[None] | None],
    ) -> None:
        """Walk a list with related items; with `since`, newest first, stopping at it."""
        params = {**params, "include": "related_items"}
        if since is not None:
            params["sort"] = "-updated_at"
        async for page in self.client.pages(path, params):
            index = transform.included(page)
            for resource in page.get("data") or []:
                updated = transform.timestamp((resource.get("attributes") or {}).get("updated-at"))
                if since is not None and updated is not None and updated < since:
                    return
                pending = handle(resource, index)
                if pending is not None:
                    await pending

    def _related(
        self, resource: Resource, record: Record, index: Mapping[tuple[str, str], Resource]
    ) -> list[Relationship]:
        return transform.related_items(resource, record.source_id, record.organization_id, index)

    async def _configurations(
        self, org_id: int | None, since: datetime | None, out: _Fetched
    ) -> None:
        out.complete = since is None
        listed: list[tuple[Resource, list[Relationship]]] = []

        def keep(resource: Resource, index: Mapping[tuple[str, str], Resource]) -> None:
            bare = transform.configuration(resource)
            listed.append((resource, self._related(resource, bare, index)))

        await self._list("configurations", _org_filter(org_id), since, keep)
        stored = await self._unchanged(RecordType.CONFIGURATION, since, [r for r, _ in listed])

        async def with_interfaces(resource: Resource, rels: list[Relationship]) -> None:
            interfaces: list[ConfigurationInterface] = []
            known = stored.get(int(resource["id"]))
            if isinstance(known, Configuration):
                interfaces = list(known.interfaces)
            elif transform.ref_ids(resource, "configuration-interfaces"):
                path = f"configurations/{resource['id']}/relationships/configuration_interfaces"
                async for page in self.client.pages(path):
                    interfaces.extend(transform.interface(i) for i in page.get("data") or [])
            out.add(transform.configuration(resource, interfaces), rels)

        await asyncio.gather(*(with_interfaces(r, rels) for r, rels in listed))

    async def _unchanged(
        self, kind: RecordType, since: datetime | None, listed: Sequence[Resource]
    ) -> dict[int, Record]:
        """In an incremental sync, stored records whose `updated-at` IT Glue still reports:
        their interfaces or sections are reused instead of fetched again. A full sync (no
        `since`) fetches them all."""
        if since is None or not listed:
            return {}
        updated = {
            int(r["id"]): transform.timestamp((r.get("attributes") or {}).get("updated-at"))
            for r in listed
        }
        stored = await self.stores.sql.get_records(kind, sorted(updated))
        return {r.id: r for r in stored if r.updated_at and r.updated_at == updated[r.id]}

    async def _assets(
        self, org_id: int | None, kind: FlexibleAssetType, since: datetime | None, out: _Fetched
    ) -> None:
        out.complete = since is None

        def keep(resource: Resource, index: Mapping[tuple[str, str], Resource]) -> None:
            asset = transform.flexible_asset(resource, kind)
            out.add(asset, self._related(resource, asset, index))

        params = {"filter[flexible_asset_type_id]": kind.id, **_org_filter(org_id)}
        await self._list("flexible_assets", params, since, keep)

    async def _simple(
        self,
        org_id: int,
        kind: str,
        convert: Callable[[Resource], Record],
        since: datetime | None,
        out: _Fetched,
    ) -> None:
        out.complete = since is None

        def keep(resource: Resource, index: Mapping[tuple[str, str], Resource]) -> None:
            record = convert(resource)
            out.add(record, self._related(resource, record, index))

        await self._list(f"organizations/{org_id}/relationships/{kind}", {}, since, keep)

    async def _documents(self, org_id: int, since: datetime | None, out: _Fetched) -> None:
        out.complete = since is None
        listed: dict[str, tuple[Resource, list[Relationship]]] = {}

        def keep(resource: Resource, index: Mapping[tuple[str, str], Resource]) -> None:
            bare = transform.document(resource, ())
            listed[str(resource["id"])] = (resource, self._related(resource, bare, index))

        path = f"organizations/{org_id}/relationships/documents"
        await self._list(path, {}, since, keep)  # documents at the root
        await self._list(path, {"filter[document_folder_id][ne]": "null"}, since, keep)

        stored = await self._unchanged(RecordType.DOCUMENT, since, [r for r, _ in listed.values()])

        async def with_sections(resource: Resource, rels: list[Relationship]) -> None:
            known = stored.get(int(resource["id"]))
            if isinstance(known, Document):
                out.add(transform.document(resource, known.sections), rels)
                return
            sections: list[DocumentSection] = []
            async for page in self.client.pages(
                f"documents/{resource['id']}/relationships/sections"
            ):
                sections.extend(transform.section(s) for s in page.get("data") or [])
            out.add(transform.document(resource, sections), rels)

        await asyncio.gather(*(with_sections(r, rels) for r, rels in listed.values()))

    async def _passwords(self, org_id: int | None, since: datetime | None, out: _Fetched) -> None:
        out.complete = since is None
        listed: list[tuple[Resource, list[Relationship]]] = []

        def keep(resource: Resource, index: Mapping[tuple[str, str], Resource]) -> None:
            bare = transform.password(resource)
            listed.append((resource, self._related(resource, bare, index)))

        await self._list("passwords", _org_filter(org_id), since, keep)
        stored = {
            p.id: p
            for p in await self.stores.sql.get_records(
                RecordType.PASSWORD, [int(r["id"]) for r, _ in listed]
            )
            if isinstance(p, Password)
        }

        async def with_value(resource: Resource, rels: list[Relationship]) -> None:
            bare = transform.password(resource)
            known = stored.get(bare.id)
            sealed: tuple[str | None, str | None]
            if known and known.value_encrypted and known.updated_at == bare.updated_at:
                # Unchanged since the last sync: keep the value we hold, spend no request.
                sealed = (known.value_encrypted, known.value_fingerprint)
            elif (value := await self._password_value(bare.id)) is not None:
                sealed = (self.cipher.encrypt(value), self.cipher.fingerprint(value))
            else:
                self._without_value += self._password_access is False
                sealed = (None, None)
            update = {"value_encrypted": sealed[0], "value_fingerprint": sealed[1]}
            out.add(bare.model_copy(update=update), rels)

        if listed and self._password_access is None:
            # Learn whether the key has Password Access from one request, not from a burst.
            await with_value(*listed[0])
            listed = listed[1:]
        await asyncio.gather(*(with_value(r, rels) for r, rels in listed))

    async def _password_value(self, password_id: int) -> str | None:
        """The value, or None when the key has no Password Access (noted once per job)."""
        if self._password_access is False:
            return None
        try:
            body = await self.client.get(f"passwords/{password_id}", {"show_password": "true"})
        except ItGlueAuthError as exc:
            if exc.status != 403:
                raise
            if self._password_access is None:
                log.warning("the IT Glue API key has no Password Access: values are not synced")
            self._password_access = False
            return None
        value = (body.get("data") or {}).get("attributes", {}).get("password")
        if value is not None:
            self._password_access = True
        return str(value) if value not in (None, "") else None

    @property
    def password_access(self) -> bool | None:
        """False when the key was refused password values; None when never asked."""
        return self._password_access


def _org_filter(org_id: int | None) -> dict[str, str | int]:
    return {} if org_id is None else {"filter[organization_id]": org_id}

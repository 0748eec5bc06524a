"""IT Glue sync: fetch, transform and hand to ingest, one organization at a time, as a job.

A job takes the sync lock (two syncs of one organization never overlap), fetches flexible asset
types, then each organization's configurations (with interfaces), flexible assets per type,
passwords (values encrypted on arrival; only when the key has Password Access), documents (with
their sections), contacts and locations, with their related items as edges. Each organization
goes through `Ingestor` — the same write path as the sample data, which logs what changed under
the job's id (`sync.changes`) — and the job row is updated.

Full sync fetches everything and reconciles: what vanished from IT Glue is deleted from all
three stores (only for organizations whose every list was read completely). Incremental sync
uses per-(resource, organization) watermarks: `filter[updated_at]` for organizations, otherwise
`sort=-updated_at`, stopping at the watermark (less a minute of overlap). A failed page or
organization is recorded and the rest continues; its watermark does not move, so a re-run picks
it up. The first sync of an organization is always full.

Reading IT Glue is `sync.fetch`, which lists a run reads `sync.lists`; what one run counts and
learns lives in its `sync.run.Run`, never on the `Syncer`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from core.crypto import Cipher
from core.embeddings import Embedder
from core.errors import ItGlueAuthError, ItGlueError, ItGlueRagError, StoreError
from core.models import FlexibleAssetType, Organization, RecordType, Snapshot
from stores import Stores
from stores.sync_jobs import SyncJob
from sync.fetch import Fetched, Fetcher
from sync.ingest import Ingestor, Progress, Silent
from sync.itglue import ItGlueClient
from sync.lists import (
    Marks,
    OrganizationLists,
    read_organization,
    read_shared,
    since_mark,
)
from sync.run import Run


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
        baseline, waited = Run.client_baseline(self.client)
        fetch = Fetcher(self.client, self.stores, self.cipher)
        org = await self._resolve(fetch, organization) if organization is not None else None
        org_id = org.id if org else None
        job = await self.jobs.create("full" if full else "incremental", org_id)
        if created is not None:
            created(job)  # the API answers with the job id while the sync goes on
        try:
            async with self.jobs.lock(org_id):
                await self._run(Run(job, fetch, baseline, waited), full, org)
        except BaseException as exc:  # locked, cancelled, a bug: the row must not stay running
            if job.status in ("pending", "running"):
                job.status = "failed"
                job.errors.append({"error": str(exc) or type(exc).__name__})
                await asyncio.shield(self.jobs.save(job, finish=True))
            raise
        return job

    async def _resolve(self, fetch: Fetcher, organization: str | int) -> Organization:
        text = str(organization).strip()
        if text.isdigit():
            return await fetch.organization(text)
        known = await self.stores.sql.find_organizations(text)
        if len(known) > 1:
            names = ", ".join(f"{o.name} ({o.id})" for o in known)
            raise ItGlueRagError(f"'{text}' names several organizations: {names}; use an id")
        if known:
            return known[0]
        found = await fetch.organization_named(text)
        if found is None:
            raise ItGlueRagError(f"no organization named '{text}' in IT Glue (try its id)")
        return found

    async def _run(self, run: Run, full: bool, org: Organization | None) -> None:
        job = run.job
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
            types = await self._asset_types(run, full and org is None)
            orgs, listed_all = await self._organizations(run, full, org, marks)
            shared: dict[int, dict[str, Fetched]] = {}
            shared_failed: list[str] = []
            newest: dict[str, datetime | None] = {}
            if org is None:
                shared, shared_failed, newest = await read_shared(
                    run, self.progress, full, [i for i, _ in orgs], types, marks
                )
            self.progress.start("organizations", len(orgs))
            succeeded, group = 0, []
            for n, (org_id, record) in enumerate(orgs):
                group.append(
                    await read_organization(
                        run,
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
                    succeeded += await self._ingest(run, group, marks)
                    self.progress.advance("organizations", len(group))
                    group = []
                    run.measure()
                    await self.jobs.save(job)
            if newest and not run.ingest_failed:
                now = datetime.now(UTC)
                await self.jobs.set_watermarks(
                    [(name, 0, t or marks.get((name, 0)) or now) for name, t in newest.items()]
                )
            if run.fetch.without_value:
                job.notices.append(
                    f"the IT Glue API key has no Password Access: {run.fetch.without_value} "
                    "passwords were stored without their values"
                )
            if full and org is None and listed_all:
                await self._drop_vanished(run, {i for i, _ in orgs})
            failed_all = bool(orgs) and succeeded == 0
            job.status = "failed" if failed_all else "partial" if job.errors else "completed"
        except ItGlueAuthError as exc:
            job.status = "failed"
            job.errors.append({"error": str(exc)})
        except (ItGlueError, StoreError) as exc:
            job.status = "failed"
            job.errors.append({"error": str(exc)})
        run.measure()
        await self.jobs.save(job, finish=True)

    # -- global lists -----------------------------------------------------------------------

    async def _asset_types(self, run: Run, reconcile: bool) -> dict[int, FlexibleAssetType]:
        t = time.perf_counter()
        types = await run.fetch.asset_types()
        run.count(RecordType.FLEXIBLE_ASSET_TYPE.value, "fetched", len(types))
        t = run.time("fetch", t)
        report = await self.ingestor.ingest(
            Snapshot(flexible_asset_types=types),
            reconcile=[0] if reconcile else False,
            job_id=run.job.id,
        )
        run.ingested(report)
        run.time("ingest", t)
        return {t.id: t for t in types}

    async def _organizations(
        self, run: Run, full: bool, org: Organization | None, marks: Marks
    ) -> tuple[list[tuple[int, Organization | None]], bool]:
        """(id, record or None when unchanged) per organization to sync; and whether the list
        is IT Glue's complete list (only then may vanished organizations be deleted)."""
        t = time.perf_counter()
        if org is not None:
            fresh = await run.fetch.organization(org.id)
            run.count(RecordType.ORGANIZATION.value, "fetched", 1)
            run.time("fetch", t)
            return [(fresh.id, fresh)], False
        listed = await run.fetch.organizations(since_mark(marks, full, "organizations", 0))
        run.count(RecordType.ORGANIZATION.value, "fetched", len(listed))
        newest = max((o.updated_at for o in listed.values() if o.updated_at), default=None)
        if newest is not None:
            await self.jobs.set_watermarks([("organizations", 0, newest)])
        run.time("fetch", t)
        if full:
            return sorted(listed.items()), True
        known = await self.stores.sql.record_ids(RecordType.ORGANIZATION)
        ids = sorted(known | listed.keys())
        return [(i, listed.get(i)) for i in ids], False

    async def _drop_vanished(self, run: Run, listed: set[int]) -> None:
        gone = sorted(await self.stores.sql.record_ids(RecordType.ORGANIZATION) - listed)
        if not gone:
            return
        t = time.perf_counter()
        report = await self.ingestor.ingest(Snapshot(), reconcile=gone, job_id=run.job.id)
        await self.jobs.forget_watermarks(gone)
        run.ingested(report)
        run.job.notices.append(f"{len(gone)} organizations no longer in IT Glue were removed")
        run.time("ingest", t)

    # -- ingest -----------------------------------------------------------------------------

    async def _ingest(self, run: Run, group: Sequence[OrganizationLists], marks: Marks) -> int:
        """Ingest several organizations in one go (embedding batches stay large); move the
        watermarks of the lists read completely. Returns how many organizations succeeded."""
        t = time.perf_counter()
        snapshot = Snapshot()
        for org in group:
            snapshot.merge(org.snapshot)
        reconcile = [o.org_id for o in group if o.reconcilable]
        try:
            report = await self.ingestor.ingest(
                snapshot, reconcile=reconcile or False, job_id=run.job.id
            )
        except StoreError as exc:
            run.ingest_failed = True
            for org in group:
                run.job.errors.append(
                    {"organization_id": org.org_id, "resource": "ingest", "error": str(exc)}
                )
            return 0
        run.ingested(report)
        run.time("ingest", t)
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

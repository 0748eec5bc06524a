"""Which lists a sync reads, read concurrently, and how they come together per organization.

An all-organization sync reads configurations, passwords and each type's flexible assets as one
list each across organizations and splits them per organization: one list per resource instead
of one per organization and resource. Documents, contacts and locations are read per
organization. A list that fails is recorded in the job and the rest goes on (its watermark does
not move); IT Glue refusing the key ends the run.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from core.errors import ItGlueAuthError, ItGlueError
from core.models import FlexibleAssetType, Organization, Relationship, Snapshot
from sync import transform
from sync.fetch import Fetched
from sync.ingest import Progress
from sync.run import Run

log = logging.getLogger(__name__)

OVERLAP = timedelta(minutes=1)
"""Incremental syncs re-read this much before the watermark (ingest skips what is unchanged)."""

Marks = Mapping[tuple[str, int], datetime]
"""Watermarks: the newest `updated-at` read per (list, organization id; 0 for all)."""
Reader = Callable[[Fetched], Awaitable[None]]


def since_mark(marks: Marks, full: bool, name: str, org_id: int) -> datetime | None:
    """Where an incremental read of a list stops (its watermark less the overlap); None to
    read it whole."""
    mark = None if full else marks.get((name, org_id))
    return mark - OVERLAP if mark else None


@dataclass
class OrganizationLists:
    """One organization's lists, read and waiting to be ingested."""

    org_id: int
    full: bool
    snapshot: Snapshot
    results: dict[str, Fetched]
    failed: list[str]

    @property
    def reconcilable(self) -> bool:
        """Every list was read whole and without error: records it lacks may be deleted."""
        return self.full and not self.failed and all(f.complete for f in self.results.values())


async def read_shared(
    run: Run,
    progress: Progress,
    full: bool,
    org_ids: Sequence[int],
    types: Mapping[int, FlexibleAssetType],
    marks: Marks,
) -> tuple[dict[int, dict[str, Fetched]], list[str], dict[str, datetime | None]]:
    """For an all-organization sync: configurations, passwords and flexible assets (per type)
    read as one list each, then split per organization. Returns the split lists, the names
    that failed and the newest `updated-at` per list."""
    fetch = run.fetch

    def since(name: str) -> datetime | None:
        return since_mark(marks, full, name, 0)

    readers: dict[str, Reader] = {
        "configurations": functools.partial(fetch.configurations, None, since("configurations")),
        "passwords": functools.partial(fetch.passwords, None, since("passwords")),
    }
    for type_id, kind in types.items():
        name = f"flexible_assets:{type_id}"
        readers[name] = functools.partial(fetch.flexible_assets, None, kind, since(name))
    progress.start("shared lists", len(readers))
    results, failed = await _gather(run, None, readers, progress)
    split: dict[int, dict[str, Fetched]] = {
        org: {n: Fetched(complete=f.complete) for n, f in results.items() if n not in failed}
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


async def read_organization(
    run: Run,
    full: bool,
    org_id: int,
    record: Organization | None,
    types: Mapping[int, FlexibleAssetType],
    marks: Marks,
    given: Mapping[str, Fetched],
    given_failed: Sequence[str] = (),
) -> OrganizationLists:
    """Read the lists of one organization that `given` (the shared lists) does not hold."""
    full = full or not any(org == org_id for _, org in marks)  # first sync: full
    fetch = run.fetch

    def since(name: str) -> datetime | None:
        return since_mark(marks, full, name, org_id)

    readers: dict[str, Reader] = {
        "configurations": functools.partial(fetch.configurations, org_id, since("configurations")),
        "passwords": functools.partial(fetch.passwords, org_id, since("passwords")),
        "documents": functools.partial(fetch.documents, org_id, since("documents")),
        "contacts": functools.partial(
            fetch.members, org_id, "contacts", transform.contact, since("contacts")
        ),
        "locations": functools.partial(
            fetch.members, org_id, "locations", transform.location, since("locations")
        ),
    }
    for type_id, kind in types.items():
        name = f"flexible_assets:{type_id}"
        readers[name] = functools.partial(fetch.flexible_assets, org_id, kind, since(name))
    for name in [*given, *given_failed]:
        readers.pop(name, None)
    results, failed = await _gather(run, org_id, readers)
    results.update(given)
    failed.extend(given_failed)

    snapshot = Snapshot(organizations=[record] if record else [])
    for fetched in results.values():
        for r in fetched.records:
            snapshot.add(r)
            run.count(r.record_type.value, "fetched", 1)
        snapshot.relationships.extend(fetched.relationships)
    if full and failed:
        run.job.notices.append(
            f"organization {org_id}: nothing deleted (not every list was read completely)"
        )
    return OrganizationLists(org_id, full, snapshot, results, failed)


async def _gather(
    run: Run,
    org_id: int | None,
    readers: Mapping[str, Reader],
    progress: Progress | None = None,
) -> tuple[dict[str, Fetched], list[str]]:
    """Run list readers concurrently; a list that fails is recorded, not fatal. `progress`
    advances as each list is done."""
    t = time.perf_counter()
    results = {name: Fetched() for name in readers}

    async def one(name: str) -> None:
        await readers[name](results[name])
        if progress is not None:
            progress.advance("shared lists")

    outcomes = await asyncio.gather(*(one(n) for n in readers), return_exceptions=True)
    failed: list[str] = []
    for name, outcome in zip(readers, outcomes, strict=True):
        if isinstance(outcome, ItGlueAuthError):
            raise outcome
        if isinstance(outcome, BaseException):
            if not isinstance(outcome, ItGlueError):
                raise outcome
            failed.append(name)
            run.job.errors.append(
                {"organization_id": org_id, "resource": name, "error": str(outcome)}
            )
            log.warning("organization %s, %s: %s", org_id or "(all)", name, outcome)
    run.time("fetch", t)
    return results, failed

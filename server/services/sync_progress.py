"""A sync job's progress as server-sent events (`GET /v1/sync/{job_id}/events`): the Syncer
reports its phases to a `JobProgress` (sync.ingest.Progress) that the server keeps per job;
the stream sends a `progress` event whenever the phases or the job's row change (its row is
saved after every batch of organizations), then `done` with the finished job. A job started by
another process has no phases here: its stream follows the row alone."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

from server.services.base import Services
from server.services.schemas import SyncJobOut
from stores.sync_jobs import SyncJob

KEPT = 50
"""Finished jobs whose phases the server keeps, for a stream that starts late."""


class JobProgress:
    """What one sync has done so far, per phase; listeners wait for the next change."""

    def __init__(self) -> None:
        self.phases: dict[str, dict[str, int]] = {}
        self._changed = asyncio.Event()

    def start(self, phase: str, total: int) -> None:
        self.phases[phase] = {"done": 0, "total": total}
        self._notify()

    def advance(self, phase: str, amount: int = 1) -> None:
        self.phases.setdefault(phase, {"done": 0, "total": 0})["done"] += amount
        self._notify()

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait(self, timeout: float) -> None:
        """Until the next change, or `timeout` seconds."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._changed.wait(), timeout)


def track(svc: Services, job_id: int, progress: JobProgress) -> None:
    """Keep `progress` for job `job_id` (and only the newest KEPT jobs')."""
    svc.sync_progress[job_id] = progress
    for old in sorted(svc.sync_progress)[:-KEPT]:
        svc.sync_progress.pop(old, None)


def state(job: SyncJob, progress: JobProgress | None) -> dict[str, Any]:
    """One `progress` event: the job's status, its phases, a percentage where one is known
    (organizations done of those listed) and the records fetched and changed so far."""
    phases = {k: dict(v) for k, v in (progress.phases if progress else {}).items()}
    orgs = phases.get("organizations")
    finished = job.status not in ("pending", "running")
    percent = None
    if finished:
        percent = 100.0
    elif orgs and orgs["total"]:
        percent = round(100 * min(orgs["done"], orgs["total"]) / orgs["total"], 1)
    counts = [c for c in job.counts.values() if isinstance(c, dict)]
    return {
        "job_id": job.id,
        "status": job.status,
        "phases": phases,
        "percent": percent,
        "fetched": sum(int(c.get("fetched", 0)) for c in counts),
        "changed": sum(int(c.get("changed", 0)) for c in counts),
        "errors": len(job.errors),
    }


async def events(
    svc: Services, job_id: int, poll: float = 1.0, limit: float = 6 * 3600
) -> AsyncIterator[tuple[str, dict[str, Any]]]:
    """`progress` on every change until the job ends, then `done` with the job; `error` when
    the job's row is gone or the stream has run `limit` seconds."""
    last: dict[str, Any] | None = None
    deadline = time.monotonic() + limit
    while True:
        job = await svc.stores.sql.jobs.get(job_id)
        if job is None:
            yield "error", {"code": "not_found", "message": f"no sync job {job_id}"}
            return
        progress = svc.sync_progress.get(job_id)
        now = state(job, progress)
        if now != last:
            yield "progress", now
            last = now
        if job.status not in ("pending", "running"):
            yield "done", SyncJobOut.model_validate(job.as_dict()).model_dump(mode="json")
            return
        if time.monotonic() > deadline:
            message = f"sync job {job_id} still running after {limit:.0f}s; poll GET /v1/sync"
            yield "error", {"code": "timeout", "message": message}
            return
        if progress is not None:
            await progress.wait(poll)
        else:
            await asyncio.sleep(poll)

"""Sync launch for the routes and the MCP tool: an IT Glue sync started in the background on the
shared stores, its job returned once the row exists (409 when one is running or the server
is not set up to sync)."""

from __future__ import annotations

import asyncio
import logging

from core.errors import ItGlueRagError
from server.services import metrics
from server.services.base import Services
from server.services.errors import ApiError
from server.services.sync_progress import JobProgress, track
from stores.sync_jobs import SyncJob

log = logging.getLogger(__name__)


async def launch(svc: Services, organization: str | None, full: bool) -> SyncJob:
    """Start a sync in the background; returns its job once the row exists."""
    from sync.itglue import ItGlueClient
    from sync.jobs import Syncer

    try:
        client = ItGlueClient.from_settings(svc.settings)
    except ItGlueRagError as exc:  # the server is not set up to sync: nothing to retry
        raise ApiError(409, str(exc), code="not_configured") from None
    created: asyncio.Future[SyncJob] = asyncio.get_running_loop().create_future()

    progress = JobProgress()

    async def run() -> None:
        try:
            syncer = Syncer(
                svc.stores, client, svc.cipher, embedder=svc.embedder, progress=progress
            )
            job = await syncer.run(full=full, organization=organization, created=created.set_result)
            metrics.observe_sync(job)
        except Exception as exc:
            if not created.done():
                created.set_exception(exc)
            else:
                log.warning("background sync ended with %s", exc)
        finally:
            await client.close()

    task = asyncio.create_task(run())
    try:
        job = await asyncio.wait_for(asyncio.shield(created), timeout=60)
    except ItGlueRagError as exc:
        raise ApiError(409 if "running" in str(exc) else 400, str(exc)) from None
    svc.syncs[job.id] = task
    track(svc, job.id, progress)
    task.add_done_callback(lambda _: svc.syncs.pop(job.id, None))
    return job

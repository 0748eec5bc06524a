"""The page's sync panel in headless Chromium: an admin key starts a sync and watches its
progress bar fill from the job's server-sent events until the job is completed; a read key is
told the scope it lacks. The app is served on loopback over fresh stores, syncing two of the
sample's organizations from the loopback IT Glue. Skipped where no Chromium is installed."""

from __future__ import annotations

from pathlib import Path

from core.embeddings import Embedder
from core.models import Snapshot
from core.settings import load_settings
from server.services import open_services
from stores import Stores
from sync.demo.fake_itglue import DEFAULT_KEY, FakeItGlue
from tests.conftest import one_org
from tests.server.conftest import serving
from tests.server.test_page import CHROMIUM, DevTools, _fits, _open, _text, browser, pytestmark

__all__ = ["CHROMIUM", "browser", "pytestmark"]


async def test_an_admin_key_starts_a_sync_and_watches_its_progress_bar(
    tmp_path: Path, fresh: Stores, sample_snapshot: Snapshot, embedder: Embedder, browser: DevTools
) -> None:
    two = one_org(sample_snapshot, 1)
    second = one_org(sample_snapshot, 2)
    second.flexible_asset_types = []
    two.merge(second)
    with FakeItGlue(two, secrets={p.id: f"s-{p.id}" for p in two.passwords}) as fake:
        settings = load_settings(
            data_dir=tmp_path,
            database_url=None,
            neo4j_uri=None,
            qdrant_url=None,
            redis_url=None,
            encryption_key=None,
            itglue_api_url=fake.url,
            itglue_api_key=DEFAULT_KEY,
            ingest_batch_size=1,
        )
        svc = await open_services(settings, stores=fresh, embedder=embedder)
        try:
            _, admin = await fresh.sql.keys.create("admin", ["admin"], None)
            _, read = await fresh.sql.keys.create("read", ["read"], None)
            async with serving(svc) as url:
                await _open(browser, url, read, width=390)
                await browser.eval("document.getElementById('start-sync').click()")
                await browser.wait_for("document.body.dataset.sync === 'refused'")
                refused = await _text(browser, "#sync-status")
                assert refused == "The sync was refused: this key lacks the 'admin' scope"
                assert await browser.eval("document.getElementById('sync-bar').hidden")

                await _open(browser, url, admin, width=390)
                await browser.eval("document.getElementById('start-sync').click()")
                await browser.wait_for("document.body.dataset.sync === 'completed'", timeout=180)
                assert await browser.eval("document.getElementById('sync-bar').value") == 100
                assert not await browser.eval("document.getElementById('sync-bar').hidden")
                status = await _text(browser, "#sync-status")
                assert status.startswith("Sync job ") and " completed in " in status
                await _fits(browser, 390)
        finally:
            await svc.close()
    jobs = await fresh.sql.jobs.recent(5)
    assert [j.status for j in jobs] == ["completed"]

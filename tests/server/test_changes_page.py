"""The chat page's "What changed" panel in headless Chromium: the picked organization's changes
since a day, each with its record's source id and IT Glue link, within a phone's width; a key
for one organization is shown only its own. Skipped where no Chromium is installed."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.server.test_changes import logged  # noqa: F401  (the fixture)
from tests.server.test_page import (  # noqa: F401  (browser: the fixture)
    CHROMIUM,
    DevTools,
    _ask,
    _fits,
    _open,
    _text,
    browser,
)

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed here (apt-get install chromium)"
)


async def _show(page: DevTools, organization: str, since: str) -> str:
    await page.wait_for("document.getElementById('org').options.length > 1")
    await page.eval(
        "delete document.body.dataset.changes;"
        f"document.getElementById('org').value = {json.dumps(organization)};"
        f"document.getElementById('since').value = {json.dumps(since)};"
        "document.querySelector('#changes-form button').click();"
    )
    await page.wait_for("document.body.dataset.changes === 'shown'")
    return await _text(page, "#changes")


@pytest.mark.parametrize("width", [390, 1280])
async def test_the_panel_shows_what_changed_at_the_picked_organization(
    served: str,
    browser: DevTools,  # noqa: F811
    tokens: dict[str, str],
    logged: dict[str, Any],  # noqa: F811
    width: int,
) -> None:
    acme = logged["acme"]
    await _open(browser, served, tokens["read"], width)
    shown = await _show(browser, "7", logged["week_ago"].isoformat())
    assert shown.startswith("Acme Logistics — 1 changed")
    assert f"ACME-DC01: primary_ip 10.7.10.9 → {acme.primary_ip} {acme.source_id}" in shown
    assert "SN-OLD" not in shown  # ten days ago: before the day asked for
    links = await browser.eval("[...document.querySelectorAll('#changes a')].map((a) => a.href)")
    assert logged["url"] in links
    basis = await _text(browser, "#changes-basis")
    assert basis.startswith("Since ") and logged["week_ago"].isoformat() in basis
    await _fits(browser, width)


async def test_a_key_for_one_organization_is_shown_only_its_changes(
    served: str,
    browser: DevTools,  # noqa: F811
    tokens: dict[str, str],
    logged: dict[str, Any],  # noqa: F811
) -> None:
    await _open(browser, served, tokens["harbor"])
    shown = await _show(browser, "", "2000-01-01")
    assert "value changed (not shown)" in shown and "Gone Person" in shown
    assert "Acme" not in shown and "ACME-DC01" not in shown


async def test_what_changed_asked_in_the_chat_box_is_answered_and_cited(
    served: str,
    browser: DevTools,  # noqa: F811
    tokens: dict[str, str],
    logged: dict[str, Any],  # noqa: F811
) -> None:
    """The question typed in the chat box: the change as a sentence, cited to the record,
    whose card opens; within a phone's width. `ITGLUE_RAG_SCREENSHOTS=docs` writes
    `docs/page-changes.png`."""
    acme, since = logged["acme"], logged["week_ago"].isoformat()
    await _open(browser, served, tokens["read"], 390)
    await _ask(browser, f"what changed at acme since {since}?")
    answer = await _text(browser, "#answer")
    assert f"The primary IP of ACME-DC01 changed from 10.7.10.9 to {acme.primary_ip}" in answer
    citations = await _text(browser, "#citations")
    assert "ACME-DC01" in citations and "Acme Logistics" in citations
    assert "plan: changes" in await _text(browser, "#timeline")
    await _fits(browser, 390)
    target = os.environ.get("ITGLUE_RAG_SCREENSHOTS")
    if target:
        shot = await browser.send("Page.captureScreenshot", format="png")
        Path(target, "page-changes.png").write_bytes(base64.b64decode(shot["data"]))

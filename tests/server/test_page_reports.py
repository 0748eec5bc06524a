"""The chat page's report view in headless Chromium: the compliance and drift reports of the
organization picked in the header, each finding's record opening as the record card, at a
phone's width and a desktop's, nothing wider than the viewport."""

from __future__ import annotations

import pytest

from core.models import Snapshot
from tests.server.test_page import CHROMIUM, DevTools, _fits, _open, browser

__all__ = ["browser"]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed here (apt-get install chromium)"
)


@pytest.mark.parametrize("width", [390, 1280])
async def test_the_reports_of_the_picked_organization_open_their_records(
    served: str, browser: DevTools, tokens: dict, sample_snapshot: Snapshot, width: int
) -> None:
    await _open(browser, served, tokens["read"], width)
    await browser.wait_for("document.getElementById('org').options.length > 1")
    await browser.eval(
        "const s = document.getElementById('org'); s.value = '7';"
        "s.dispatchEvent(new Event('change'));"
        "document.getElementById('show-compliance').click();"
    )
    await browser.wait_for("document.getElementById('report').dataset.kind === 'compliance'")
    text = await browser.eval("document.getElementById('report').innerText")
    assert text.startswith("Compliance as of ") and "Acme Logistics (" in text
    assert "No backup job" in text and "ACME-PRINT01" in text
    assert await browser.eval("document.querySelectorAll('#report details').length") == 1
    assert await browser.eval("document.querySelector('#report details').open")
    await _fits(browser, width)

    printer = next(c for c in sample_snapshot.configurations if c.name == "ACME-PRINT01")
    await browser.eval(
        "[...document.querySelectorAll('#report li button')]"
        f".find((b) => b.textContent === '{printer.source_id}').click()"
    )
    fields = await browser.wait_for(
        "document.getElementById('card').open && document.querySelector('#card-fields table')"
        " && document.getElementById('card-fields').innerText"
    )
    assert f"Primary IP\t{printer.primary_ip}" in fields
    assert await browser.eval("document.getElementById('card-title').textContent") == (
        "ACME-PRINT01"
    )
    await browser.eval("document.getElementById('card').close()")

    await browser.eval("document.getElementById('show-drift').click()")
    await browser.wait_for("document.getElementById('report').dataset.kind === 'drift'")
    text = await browser.eval("document.getElementById('report').innerText")
    assert text.startswith("Documentation drift: 0 findings in 1 organization.")
    assert await browser.eval("document.getElementById('print-report').hidden") is False
    await _fits(browser, width)

"""The chat page's Browse view in headless Chromium: the picked organization's locations, the
account's asset types and password entries as pointers (never a value), at a phone's width."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.crypto import load_cipher
from core.models import Snapshot
from tests.conftest import make_settings
from tests.server.test_page import CHROMIUM, DevTools, _fits, _open, browser

__all__ = ["browser"]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed here (apt-get install chromium)"
)


async def test_browse_lists_locations_asset_types_and_credentials_as_pointers(
    served: str, browser: DevTools, tokens: dict, sample_snapshot: Snapshot, sample_dir: Path
) -> None:
    await _open(browser, served, tokens["read"], 390)
    await browser.wait_for("document.getElementById('org').options.length > 1")
    await browser.eval(
        "const s = document.getElementById('org'); s.value = '7';"
        "s.dispatchEvent(new Event('change'));"
        "document.getElementById('show-locations').click();"
    )
    await browser.wait_for("document.getElementById('browsed').dataset.kind === 'locations'")
    text = await browser.eval("document.getElementById('browsed').innerText")
    acme = [loc for loc in sample_snapshot.locations if loc.organization_id == 7]
    assert acme and all(f"Acme Logistics: {loc.name}" in text for loc in acme)
    assert "Harbor" not in text  # one organization's
    await _fits(browser, 390)

    await browser.eval("document.getElementById('show-asset-types').click()")
    await browser.wait_for("document.getElementById('browsed').dataset.kind === 'asset-types'")
    text = await browser.eval("document.getElementById('browsed').innerText")
    assert all(t.name in text for t in sample_snapshot.flexible_asset_types)

    firewall = next(
        c
        for c in sample_snapshot.configurations
        if c.organization_id == 7 and c.configuration_type == "Firewall"
    )
    await browser.eval(
        f"document.getElementById('credentials-query').value = '{firewall.name}';"
        "document.querySelector('#credentials-form button').click();"
    )
    await browser.wait_for("document.getElementById('browsed').dataset.kind === 'credentials'")
    text = await browser.eval("document.getElementById('browsed').innerText")
    assert f"for {firewall.name}" in text and "value: get_password" in text
    cipher = load_cipher(make_settings(sample_dir))
    for entry in sample_snapshot.passwords:
        if entry.organization_id == 7 and entry.value_encrypted:
            assert cipher.decrypt(entry.value_encrypted) not in text  # pointers, never values
    await _fits(browser, 390)

"""The chat page's Report button in headless Chromium: disabled until an organization is picked,
then it opens that organization's infrastructure report as a page of its own (fetched with the
key, so the key never goes into a URL); a refused report is the error banner."""

from __future__ import annotations

import json

import pytest

from tests.server.test_page import CHROMIUM, DevTools, _fits, _open, browser

__all__ = ["browser"]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed here (apt-get install chromium)"
)


async def _click(browser: DevTools, element: str) -> None:
    """A click as a person makes it (a user gesture: the page may open a tab)."""
    await browser.send(
        "Runtime.evaluate",
        expression=f"document.getElementById({json.dumps(element)}).click()",
        userGesture=True,
    )


async def _report_tabs(browser: DevTools) -> list[str]:
    targets = (await browser.send("Target.getTargets"))["targetInfos"]
    return [t["url"] for t in targets if t["type"] == "page" and t["url"].startswith("blob:")]


@pytest.mark.parametrize("width", [390, 1280])
async def test_the_report_button_opens_the_picked_organizations_report(
    served: str, browser: DevTools, tokens: dict, width: int
) -> None:
    await _open(browser, served, tokens["read"], width)
    await browser.wait_for("document.getElementById('org').options.length > 1")
    assert await browser.eval("document.getElementById('infra-report').disabled") is True
    await _fits(browser, width)
    await browser.eval(
        "const s = document.getElementById('org'); s.value = '7';"
        "s.dispatchEvent(new Event('change'));"
    )
    assert await browser.eval("document.getElementById('infra-report').disabled") is False
    before = await _report_tabs(browser)
    await _click(browser, "infra-report")
    deadline = 60
    for _ in range(deadline * 5):
        opened = [u for u in await _report_tabs(browser) if u not in before]
        if opened:
            break
        await browser.wait_for("true")
    assert opened, "no tab opened with the report"
    await browser.eval(
        f"fetch({json.dumps(opened[0])}).then((r) => r.text()).then((t) => window.report = t)"
    )
    page = await browser.wait_for("window.report")
    assert page.startswith("<!doctype html>")
    assert "<title>Infrastructure report: Acme Logistics</title>" in page
    assert "configuration:10178" in page and "203.0.113.7" in page  # ACME-FW01, public IP
    assert await browser.eval("document.getElementById('banner').hidden") is True


async def test_a_refused_report_is_the_error_banner(
    served: str, browser: DevTools, tokens: dict
) -> None:
    await _open(browser, served, tokens["harbor"])  # organization 1 only
    await browser.wait_for("document.getElementById('org').options.length > 1")
    await browser.eval(  # an organization the key may not read, as a stale list would offer
        "const s = document.getElementById('org'); s.add(new Option('Acme Logistics', '7'));"
        "s.value = '7'; s.dispatchEvent(new Event('change'));"
    )
    await _click(browser, "infra-report")
    shown = await browser.wait_for(
        "!document.getElementById('banner').hidden && document.getElementById('banner').textContent"
    )
    assert shown == "The report was refused: this key may not read organizations [7]"

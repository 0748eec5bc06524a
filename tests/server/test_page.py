"""The chat page in headless Chromium (Debian `chromium`), driven over the Chrome DevTools
protocol as a user drives it, at a phone's width (390 px) and a desktop's (1280 px): it asks a
question, shows the validated answer as it streams, grouped, with `[n]` markers that open the
cited record as a card; dependency answers are drawn; `@name` scopes a question; a refused key
is an error banner; "No data" and removed claims are said in plain words; nothing is wider than
the viewport. Skipped, with the reason, where no Chromium is installed (`make test-tools` or
`apt-get install chromium`).

`ITGLUE_RAG_SCREENSHOTS=docs pytest tests/server/test_page.py -k fits` writes the README's
screenshots (`docs/page-390.png`, `docs/page-1280.png`, `docs/page-390-card.png`)."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import websockets

from core.models import Snapshot

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed here (apt-get install chromium)"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class DevTools:
    """Just enough of the Chrome DevTools protocol: send a command, await its answer."""

    def __init__(self, ws: Any) -> None:
        self.ws, self.next_id = ws, 0

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        await self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(await self.ws.recv())
            if message.get("id") == self.next_id:
                return message.get("result", {})

    async def eval(self, expression: str) -> Any:
        result = await self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    async def wait_for(self, expression: str, timeout: float = 60) -> Any:
        deadline = asyncio.get_running_loop().time() + timeout
        while asyncio.get_running_loop().time() < deadline:
            value = await self.eval(expression)
            if value:
                return value
            await asyncio.sleep(0.2)
        raise TimeoutError(f"the page never satisfied: {expression}")


@pytest.fixture
async def browser() -> AsyncIterator[DevTools]:
    assert CHROMIUM is not None
    port = _free_port()
    profile = tempfile.mkdtemp(prefix="chromium-")
    process = subprocess.Popen(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            f"--remote-debugging-port={port}",
            f"--user-data-dir={profile}",
            "--window-size=1280,900",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        targets: list[dict[str, Any]] = []
        async with httpx.AsyncClient() as http:
            for _ in range(100):
                try:
                    targets = (await http.get(f"http://127.0.0.1:{port}/json/list")).json()
                    if any(t["type"] == "page" for t in targets):
                        break
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(0.1)
        page = next(t for t in targets if t["type"] == "page")
        async with websockets.connect(page["webSocketDebuggerUrl"], max_size=2**26) as ws:
            tools = DevTools(ws)
            await tools.send("Page.enable")
            yield tools
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(profile, ignore_errors=True)


KEYS = {"Enter": 13, "Tab": 9, "Escape": 27, "ArrowDown": 40, "ArrowUp": 38}

OVERFLOW = """(() => {
  const out = [];
  for (const e of document.querySelectorAll("body *")) {
    const r = e.getBoundingClientRect();
    if (!r.width || !r.height || getComputedStyle(e).visibility === "hidden") continue;
    if (r.right > innerWidth + 0.5 || r.left < -0.5)
      out.push(`${e.tagName}#${e.id}.${e.getAttribute("class")} ${r.left}..${r.right}`);
  }
  return {scroll: document.documentElement.scrollWidth, inner: innerWidth, out};
})()"""
"""What sticks out of the viewport: the page's scroll width, and each visible element whose box
leaves it on either side."""


async def _open(browser: DevTools, served: str, token: str, width: int = 1280) -> None:
    """Open the page at `width` px (below 600: a phone, so the viewport meta tag counts) and
    paste the key."""
    mobile = width < 600
    height = 844 if mobile else 900
    await browser.send(
        "Emulation.setDeviceMetricsOverride",
        width=width,
        height=height,
        deviceScaleFactor=1,
        mobile=mobile,
    )
    await browser.send("Page.navigate", url=f"{served}/")
    await browser.wait_for(
        f"location.href.startsWith({json.dumps(served)}) && document.readyState === 'complete'"
    )
    await browser.eval(
        f"const k = document.getElementById('key'); k.value = {json.dumps(token)};"
        "k.dispatchEvent(new Event('change'));"
    )


async def _ask(browser: DevTools, question: str) -> None:
    """Type the question and press Ask."""
    await browser.wait_for("document.getElementById('org').options.length > 1")
    await browser.eval(
        f"document.getElementById('question').value = {json.dumps(question)};"
        "document.querySelector('#ask button').click();"
    )
    await browser.wait_for("document.body.dataset.state === 'answered'")


async def _type(browser: DevTools, text: str) -> None:
    await browser.eval("document.getElementById('question').focus()")
    await browser.send("Input.insertText", text=text)


async def _press(browser: DevTools, key: str) -> None:
    code = KEYS[key]
    down: dict[str, Any] = {"key": key, "code": key, "windowsVirtualKeyCode": code}
    if key == "Enter":
        down["text"] = "\r"
    await browser.send("Input.dispatchKeyEvent", type="keyDown", **down)
    await browser.send("Input.dispatchKeyEvent", type="keyUp", key=key, code=key)


async def _fits(browser: DevTools, width: int) -> None:
    seen = await browser.eval(OVERFLOW)
    assert seen["inner"] == width  # a page too wide for a phone is zoomed out, not cut
    assert seen["scroll"] <= width, seen
    assert seen["out"] == []


async def _text(browser: DevTools, selector: str) -> str:
    return str(await browser.eval(f"document.querySelector({json.dumps(selector)}).innerText"))


@pytest.mark.parametrize("width", [390, 1280])
async def test_the_page_fits_the_viewport_and_a_citation_opens_the_record(
    served: str, browser: DevTools, tokens: dict, sample_snapshot: Snapshot, width: int
) -> None:
    await _open(browser, served, tokens["read"], width)
    await _ask(browser, "What breaks if ACME-FW01 goes down?")
    drawn = await browser.eval(
        "[...document.querySelectorAll('#graph svg text')].map((t) => t.textContent)"
    )
    assert drawn[0] == "ACME-FW01"  # the device asked about is the root
    assert "connected to ACME-SW01" in drawn and "hosts ACME-DC01" in drawn
    assert await browser.eval("document.querySelectorAll('#answer li').length") > 10
    await _fits(browser, width)
    target = os.environ.get("ITGLUE_RAG_SCREENSHOTS")
    if target:  # the README's screenshots, the viewport as a user sees it
        shot = await browser.send("Page.captureScreenshot", format="png")
        Path(target, f"page-{width}.png").write_bytes(base64.b64decode(shot["data"]))

    switch = next(c for c in sample_snapshot.configurations if c.name == "ACME-SW01")
    await browser.eval("document.querySelector('#answer a.cite').focus()")
    await _press(browser, "Enter")  # the keyboard opens a citation as a click does
    fields = await browser.wait_for(
        "document.getElementById('card').open && document.querySelector('#card-fields table')"
        " && document.getElementById('card-fields').innerText"
    )
    assert switch.serial_number and f"Serial number\t{switch.serial_number}" in fields
    assert await _text(browser, "#card-title") == "[1] ACME-SW01 (Switch)"
    assert await browser.eval("document.querySelector('#cite-1').className") == "current"
    await _fits(browser, width)
    if target and width == 390:  # and the record card, on a phone
        shot = await browser.send("Page.captureScreenshot", format="png")
        Path(target, "page-390-card.png").write_bytes(base64.b64decode(shot["data"]))
    await _press(browser, "Escape")
    assert await browser.eval("document.getElementById('card').open") is False
    back = "document.activeElement.matches('#answer a.cite:focus-visible')"
    assert await browser.eval(back)  # focus is back on the marker, and shows
    assert await browser.eval("getComputedStyle(document.activeElement).outlineStyle") == "solid"


async def test_the_page_streams_a_validated_answer_with_citations(
    served: str, browser: DevTools, tokens: dict, sample_snapshot: Snapshot
) -> None:
    dc = next(c for c in sample_snapshot.configurations if c.name == "ACME-DC01")
    await _open(browser, served, tokens["read"])
    await _ask(browser, "What is the IP address of ACME-DC01?")
    assert await _text(browser, "#answer") == f"ACME-DC01 has primary IP {dc.primary_ip}\u00a0[1]."
    assert await browser.eval("document.querySelector('#answer a.cite').hash") == "#cite-1"
    citations = await _text(browser, "#citations")
    assert citations == "[1] ACME-DC01 (Server) · Acme Logistics"
    timeline = await _text(browser, "#timeline")
    assert "plan: lookup" in timeline and "validation: 1 of 1 claims kept" in timeline
    organizations = await browser.eval("document.getElementById('org').options.length")
    assert organizations == 13  # "All organizations" and the twelve
    assert await browser.eval("document.querySelector('#graph').hidden")  # not a dependency


async def test_an_at_name_scopes_the_question_to_that_organization(
    served: str, browser: DevTools, tokens: dict
) -> None:
    await _open(browser, served, tokens["read"])
    await browser.wait_for("document.getElementById('org').options.length > 1")
    await _type(browser, "@a")
    offered = await browser.wait_for(
        "!document.getElementById('suggest').hidden && document.getElementById('suggest').innerText"
    )
    assert "Acme Logistics" in offered and "Keystone Accounting Group" in offered
    selected = "document.querySelector('#suggest [aria-selected=true]').id"
    assert await browser.eval(selected) == "opt-0"
    await _press(browser, "ArrowDown")
    assert await browser.eval(selected) == "opt-1"
    await _press(browser, "Escape")
    assert await browser.eval("document.getElementById('suggest').hidden")

    await browser.eval("document.getElementById('question').value = ''")
    await _type(browser, "@fau")
    await browser.wait_for("document.getElementById('suggest').innerText.startsWith('Faucets Inc')")
    await _press(browser, "Tab")
    assert await browser.eval("document.getElementById('question').value") == "@faucets-inc "
    await _type(browser, "what's the firewall IP?")
    await _press(browser, "Enter")
    await browser.wait_for("document.body.dataset.state === 'answered'")
    assert await _text(browser, "#asked") == "what's the firewall IP? — Faucets Inc"
    answer = await _text(browser, "#answer")
    assert "FAU-FW01" in answer and "HLL-FW01" not in answer  # one organization, not twelve

    await browser.eval("document.getElementById('question').value = '@nowhere who is the contact?'")
    await _press(browser, "Enter")
    assert await _text(browser, "#banner") == "No organization you can read matches @nowhere."


async def test_a_refused_key_is_an_error_banner_with_the_servers_message(
    served: str, browser: DevTools
) -> None:
    await _open(browser, served, "igr_nope_not-a-key")
    banner = await browser.wait_for(
        "!document.getElementById('banner').hidden && document.getElementById('banner').innerText"
    )
    assert banner == "The API key was refused: invalid or revoked API key"
    assert await browser.eval("document.getElementById('banner').getAttribute('role')") == "alert"
    colour = await browser.eval("getComputedStyle(document.getElementById('banner')).color")
    assert colour == "rgb(130, 39, 39)"  # red, not the grey of a note
    await browser.eval(
        "document.getElementById('question').value = 'Who is the contact at Acme?';"
        "document.querySelector('#ask button').click();"
    )
    await browser.wait_for("document.body.dataset.state === 'answered'")
    assert await _text(browser, "#banner") == "The question was refused: invalid or revoked API key"
    # an @name with a refused key says the key is the cause, not that no organization matches
    await browser.eval(
        "document.getElementById('question').value = '@acme who is the contact?';"
        "document.querySelector('#ask button').click();"
    )
    banner = await _text(browser, "#banner")
    assert banner == "@acme needs the organizations your key reads: paste a valid API key first."


async def test_no_data_says_what_was_searched_in_plain_words(
    served: str, browser: DevTools, tokens: dict
) -> None:
    await _open(browser, served, tokens["read"])
    await _ask(browser, "What is the IP address of ACME-DC99?")
    said, searched = (await _text(browser, "#answer")).split("\n\n")
    assert said == "No data available: nothing in your scope matches 'ACME-DC99'."
    assert searched == (
        "Searched the records' fields, the links between records and the text of documents"
        " and notes in Acme Logistics."
    )
    assert await browser.eval("document.getElementById('banner').hidden")  # not an error


async def test_removed_claims_are_said_in_plain_words(
    served: str, browser: DevTools, tokens: dict
) -> None:
    await _open(browser, served, tokens["read"])
    await _ask(browser, "What is the IP address of ACME-DC01?")
    removed = "document.getElementById('removed')"
    assert await browser.eval(f"{removed}.innerText") == (
        "Nothing was removed: every claim was checked against the records."
    )
    colour = await browser.eval(f"getComputedStyle({removed}.firstChild).color")
    assert colour == "rgb(90, 98, 114)"  # the grey of a note, not an error's red
    # a validation that removed one claim, as the stream sends it
    verdict = {"claim": "ACME-DC01 runs Linux.", "citations": [], "supported": False}
    verdict["reason"] = "the record says Windows Server 2022"
    await browser.eval(f"handle('validation', {{verdicts: [{json.dumps(verdict)}]}})")
    assert await browser.eval(f"{removed}.innerText") == (
        "ACME-DC01 runs Linux.\nRemoved because: the record says Windows Server 2022"
    )

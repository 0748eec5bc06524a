"""The chat page in headless Chromium (Debian `chromium`), driven over the Chrome DevTools
protocol: it asks a question, shows the validated answer as it streams, the citations (a
click shows the record's fields) and the timeline. Skipped, with the reason, where no Chromium
is installed (`apt-get install chromium`)."""

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


async def _open(browser: DevTools, served: str, token: str, question: str) -> None:
    """Do what a user does: paste the key, pick nothing, type the question, press Ask."""
    await browser.send("Page.navigate", url=f"{served}/")
    await browser.wait_for(
        f"location.href.startsWith({json.dumps(served)}) && document.readyState === 'complete'"
    )
    await browser.eval(
        f"const k = document.getElementById('key'); k.value = {json.dumps(token)};"
        "k.dispatchEvent(new Event('change'));"
    )
    await browser.wait_for("document.getElementById('org').options.length > 1")
    await browser.eval(
        f"document.getElementById('question').value = {json.dumps(question)};"
        "document.querySelector('#ask button').click();"
    )
    await browser.wait_for("document.body.dataset.state === 'answered'")


async def test_the_page_streams_a_validated_answer_with_citations(
    served: str, browser: DevTools, tokens: dict, sample_snapshot: Snapshot
) -> None:
    dc = next(c for c in sample_snapshot.configurations if c.name == "ACME-DC01")
    question = "What is the IP address of ACME-DC01?"
    await _open(browser, served, tokens["read"], question)
    answer = await browser.eval("document.getElementById('answer').innerText")
    assert answer.strip() == f"ACME-DC01 has primary IP {dc.primary_ip} [1]."
    citations = await browser.eval("document.getElementById('citations').innerText")
    assert f"ACME-DC01 (Server) · Acme Logistics ({dc.source_id})" in citations
    timeline = await browser.eval("document.getElementById('timeline').innerText")
    assert "plan: lookup" in timeline and "validation: 1 of 1 claims kept" in timeline
    organizations = await browser.eval("document.getElementById('org').options.length")
    assert organizations == 13  # "All organizations" and the twelve

    await browser.eval("document.querySelector('#citations li').click()")
    fields = await browser.wait_for("document.querySelector('#citations li pre').textContent")
    assert dc.serial_number and dc.serial_number in fields

    shot = await browser.send("Page.captureScreenshot", format="png")
    target = os.environ.get("ITGLUE_RAG_SCREENSHOT")
    if target:  # README screenshots: ITGLUE_RAG_SCREENSHOT=docs/chat.png pytest -k page
        Path(target).write_bytes(base64.b64decode(shot["data"]))
    assert len(base64.b64decode(shot["data"])) > 10_000


async def test_the_page_says_no_data_and_why(served: str, browser: DevTools, tokens: dict) -> None:
    question = "What is the IP address of ACME-DC99?"
    await _open(browser, served, tokens["read"], question)
    answer = await browser.eval("document.getElementById('answer').innerText")
    assert answer.startswith("No data available — searched:")

"""The compliance_check and documentation_drift MCP tools: in process on the planted
organization (its ground truth exactly, thresholds as arguments), and over streamable HTTP with
a key limited to one organization (that organization's report only)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from core.embeddings import Embedder
from server.services import Services
from sync.demo.planted import COMPLIANCE, DRIFT
from tests.reports.planted import planted_services
from tools.server import build_server


@pytest.fixture(scope="module")
async def planted(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> AsyncIterator[Services]:
    async with planted_services(tmp_path_factory.mktemp("planted-mcp"), embedder) as svc:
        yield svc


async def test_the_tools_report_exactly_what_was_planted(planted: Services) -> None:
    async with Client(build_server(planted)) as client:
        found = await client.call_tool("compliance_check", {"today": "2026-06-01"})
        assert not found.is_error, found.content
        [org] = found.structured_content["organizations"]
        assert {(f["check"], f["name"]) for f in org["findings"]} == COMPLIANCE
        stricter = await client.call_tool(
            "compliance_check",
            {"organization": "GPF", "today": "2026-06-01", "password_max_age_days": 90},
        )
        [org] = stricter.structured_content["organizations"]
        old = {f["name"] for f in org["findings"] if f["check"] == "stale_password"}
        assert old == {"Legacy VPN shared account", "Front desk kiosk"}
        drift = await client.call_tool("documentation_drift", {})
        [org] = drift.structured_content["organizations"]
        assert {(d["kind"], d["document"], d["record"]) for d in org["findings"]} == DRIFT
        wrong = next(d for d in org["findings"] if d["field"] == "ip_address")
        assert (wrong["document_value"], wrong["record_value"]) == ("10.251.10.9", "10.251.10.10")
        unknown = await client.call_tool("documentation_drift", {"organization": "Nowhere"})
        assert unknown.is_error and "no organization 'Nowhere'" in str(unknown.content)


async def test_over_http_a_key_for_one_organization_gets_its_report_only(
    served: str, tokens: dict[str, str]
) -> None:
    headers = {"Authorization": f"Bearer {tokens['harbor']}"}
    async with (
        httpx2.AsyncClient(headers=headers, timeout=120) as http,
        Client(streamable_http_client(f"{served}/mcp/", http_client=http)) as client,
    ):
        names = {t.name for t in (await client.list_tools()).tools}
        assert {"compliance_check", "documentation_drift"} <= names
        found = await client.call_tool("compliance_check", {})
        assert [o["organization_id"] for o in found.structured_content["organizations"]] == [1]
        assert found.structured_content["counts"]["no_backup"] >= 1
        drift = await client.call_tool("documentation_drift", {})
        assert drift.structured_content["organizations"][0]["findings"] == []
        refused = await client.call_tool("compliance_check", {"organization": 7})
        assert refused.is_error and "may not read organizations [7]" in str(refused.content)

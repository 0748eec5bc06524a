"""find_credentials through the real MCP client: pointers, never values; in-process as the
local operator and over streamable HTTP with a key limited to one organization."""

from __future__ import annotations

from mcp import Client

from core.models import Snapshot
from server.services import Services
from tests.tools.test_tools import _over_http
from tools.server import build_server


async def test_find_credentials_in_process_points_to_the_device(
    services: Services, sample_snapshot: Snapshot
) -> None:
    async with Client(build_server(services)) as client:
        tool = next(t for t in (await client.list_tools()).tools if t.name == "find_credentials")
        assert tool.output_schema is not None
        found = await client.call_tool("find_credentials", {"query": "ACME-DC01"})
        assert not found.is_error
        entries = [p for p in sample_snapshot.passwords if p.organization_id == 7 and p.resource_id]
        dc = next(c for c in sample_snapshot.configurations if c.name == "ACME-DC01")
        expected = sorted(p.source_id for p in entries if p.resource_id == dc.id)
        rows = found.structured_content["credentials"]
        assert sorted(r["source_id"] for r in rows) == expected and expected
        assert all(r["belongs_to"]["name"] == "ACME-DC01" for r in rows)
        assert all("value" not in r for r in rows)
        asked = await client.call_tool(
            "query_documentation", {"question": "password for the Acme firewall"}
        )
        assert asked.structured_content["credentials"][0]["belongs_to"]["name"] == "ACME-FW01"


async def test_a_key_for_one_organization_finds_only_its_entries(
    served: str, tokens: dict[str, str], sample_snapshot: Snapshot
) -> None:
    async with _over_http(served, tokens["harbor"]) as client:
        found = await client.call_tool("find_credentials", {"query": "domain administrator"})
        rows = found.structured_content["credentials"]
        assert rows and {r["organization_id"] for r in rows} == {1}
        assert "Domain Administrator" in {r["name"] for r in rows}
        other = await client.call_tool(
            "find_credentials", {"query": "firewall", "organization": "Acme Logistics"}
        )
        assert other.is_error

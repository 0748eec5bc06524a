"""query_locations and discover_asset_types through the real MCP client: in-process as the
local operator, and over streamable HTTP with a key limited to one organization."""

from __future__ import annotations

from collections import Counter

from mcp import Client

from core.models import Snapshot
from server.services import Services
from tests.tools.test_tools import _over_http
from tools.server import build_server


async def test_locations_and_asset_types_in_process(
    services: Services, sample_snapshot: Snapshot
) -> None:
    async with Client(build_server(services)) as client:
        tools = {t.name: t for t in (await client.list_tools()).tools}
        assert tools["query_locations"].output_schema is not None
        assert tools["discover_asset_types"].output_schema is not None
        found = await client.call_tool(
            "query_locations", {"organization": "Acme Logistics", "query": None}
        )
        assert not found.is_error
        acme = [loc for loc in sample_snapshot.locations if loc.organization_id == 7]
        rows = found.structured_content["locations"]
        assert [r["source_id"] for r in rows] == [loc.source_id for loc in acme]
        assert rows[0]["city"] == acme[0].city
        assert found.structured_content["citations"][0]["source_id"] == acme[0].source_id
        types = await client.call_tool("discover_asset_types", {})
        counts = Counter(a.flexible_asset_type_name for a in sample_snapshot.flexible_assets)
        listed = {t["name"]: t["count"] for t in types.structured_content["asset_types"]}
        assert listed == {t.name: counts[t.name] for t in sample_snapshot.flexible_asset_types}
        unknown = await client.call_tool("query_locations", {"organization": "Nowhere Ltd"})
        assert unknown.is_error and "no organization 'Nowhere Ltd'" in str(unknown.content)


async def test_a_key_for_one_organization_sees_only_its_locations_and_counts(
    served: str, tokens: dict[str, str], sample_snapshot: Snapshot
) -> None:
    async with _over_http(served, tokens["harbor"]) as client:
        found = await client.call_tool("query_locations", {})
        ones = [loc.source_id for loc in sample_snapshot.locations if loc.organization_id == 1]
        assert [r["source_id"] for r in found.structured_content["locations"]] == ones
        other = await client.call_tool("query_locations", {"organization": 7})
        assert other.is_error and "may not read organizations [7]" in str(other.content)
        types = await client.call_tool("discover_asset_types", {})
        counts = Counter(
            a.flexible_asset_type_name
            for a in sample_snapshot.flexible_assets
            if a.organization_id == 1
        )
        listed = {t["name"]: t["count"] for t in types.structured_content["asset_types"]}
        assert listed == {t.name: counts[t.name] for t in sample_snapshot.flexible_asset_types}

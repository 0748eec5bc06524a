"""MCP prompts and resources through the real MCP client: each organization's overview as a
resource listed per caller, and the documentation-review, password-audit and runbook-check
prompts; in-process as the local operator and over streamable HTTP with a key limited to one
organization (it sees and reads only its own)."""

from __future__ import annotations

import httpx
import pytest
from mcp import Client
from mcp.shared.exceptions import MCPError

from core.models import Snapshot
from server.services import Services
from tests.server.conftest import auth
from tests.tools.test_tools import _over_http
from tools.server import build_server

PROMPTS = {"documentation_review", "password_audit", "runbook_check"}


def _text(result: object) -> str:
    return "\n".join(getattr(m.content, "text", "") for m in getattr(result, "messages", []))


async def test_every_organization_has_an_overview_and_the_prompts_start_from_its_data(
    services: Services, sample_snapshot: Snapshot
) -> None:
    async with Client(build_server(services)) as client:
        listed = (await client.list_resources()).resources
        assert {str(r.uri) for r in listed} == {
            f"itglue://organizations/{o.id}/overview" for o in sample_snapshot.organizations
        }
        templates = (await client.list_resource_templates()).resource_templates
        assert [t.uri_template for t in templates] == [
            "itglue://organizations/{organization_id}/overview"
        ]
        read = await client.read_resource("itglue://organizations/7/overview")
        text = read.contents[0].text  # type: ignore[union-attr]
        assert text.startswith("# Acme Logistics")
        acme = [p for p in sample_snapshot.passwords if p.organization_id == 7]
        assert f"## Password entries ({len(acme)};" in text
        assert all(f"[{p.source_id}]" in text for p in acme)
        assert "Firewall admin (user admin) on ACME-FW01" in text
        locations = [loc for loc in sample_snapshot.locations if loc.organization_id == 7]
        assert all(f"[{loc.source_id}]" in text for loc in locations)
        with pytest.raises(MCPError, match="no organization 999 in reach"):
            await client.read_resource("itglue://organizations/999/overview")

        prompts = {p.name: p for p in (await client.list_prompts()).prompts}
        assert set(prompts) == PROMPTS
        review = _text(
            await client.get_prompt("documentation_review", {"organization": "Acme Logistics"})
        )
        assert "# Acme Logistics" in review and "never call get_password" in review
        audit = _text(
            await client.get_prompt(
                "password_audit", {"organization": "7", "max_age_days": "36500"}
            )
        )
        assert all(f"[{p.source_id}]" in audit for p in acme)
        assert "not updated in" not in audit.split("\n\n")[1]  # nothing is 100 years old
        assert "linked to no device or asset" in audit  # the Wi-Fi key belongs to no device
        check = _text(await client.get_prompt("runbook_check", {"device": "ACME-DC01"}))
        assert "get_configuration 'ACME-DC01'" in check and "verify_claims" in check
        with pytest.raises(MCPError, match="no organization 'Nowhere Ltd' in reach"):
            await client.get_prompt("documentation_review", {"organization": "Nowhere Ltd"})
        with pytest.raises(MCPError, match="max_age_days"):
            await client.get_prompt("password_audit", {"max_age_days": "soon"})


async def test_a_key_for_one_organization_lists_and_reads_only_its_own(
    served: str, tokens: dict[str, str], sample_snapshot: Snapshot
) -> None:
    ones = [p for p in sample_snapshot.passwords if p.organization_id == 1]
    async with httpx.AsyncClient(base_url=served) as http:
        shown = await http.get(f"/v1/passwords/{ones[0].id}", headers=auth(tokens["passwords"]))
        value = shown.json()["value"]
    async with _over_http(served, tokens["harbor"]) as client:
        listed = (await client.list_resources()).resources
        assert [str(r.uri) for r in listed] == ["itglue://organizations/1/overview"]
        own = await client.read_resource("itglue://organizations/1/overview")
        assert own.contents[0].text.startswith("# Harbor & Lane LLP")  # type: ignore[union-attr]
        assert value not in own.contents[0].text  # type: ignore[union-attr]
        with pytest.raises(MCPError, match="no organization 7 in reach"):
            await client.read_resource("itglue://organizations/7/overview")
        audit = _text(await client.get_prompt("password_audit", {}))
        assert all(f"[{p.source_id}]" in audit for p in ones) and value not in audit
        others = [p for p in sample_snapshot.passwords if p.organization_id != 1]
        assert not any(f"[{p.source_id}]" in audit for p in others)
        with pytest.raises(MCPError, match="may not read organizations"):
            await client.get_prompt("documentation_review", {"organization": "7"})

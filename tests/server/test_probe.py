"""The cross-organization probe: a key limited to Harbor & Lane (organization 1) goes after
Acme Logistics (organization 7) through every route and MCP tool — by name, by IP, by serial,
by a thread another key started — and no value of an Acme record comes back. Then 50 streams
at once, none failing."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from typing import Any

import httpx
import httpx2
from mcp.client import Client
from mcp.client.streamable_http import streamable_http_client

from core.models import Configuration, Snapshot
from server.services import KeyRateLimiter, Services
from tests.server.conftest import auth, serving

Q = "/v1/query"


def _secrets_of(snapshot: Snapshot, org: int, other: int) -> tuple[list[Configuration], set[str]]:
    """Organization `org`'s devices and the values of theirs no record of `other` contains."""
    devices = [c for c in snapshot.configurations if c.organization_id == org][:6]
    theirs = json.dumps(
        [
            r.model_dump(mode="json")
            for group in (snapshot.configurations, snapshot.flexible_assets, snapshot.documents)
            for r in group
            if r.organization_id == other
        ]
    )
    values = {
        v
        for c in devices
        for v in (c.name, c.hostname, c.primary_ip, c.serial_number, c.mac_address)
        if v and len(v) >= 6 and v not in theirs
    }
    return devices, values


async def test_a_scoped_key_gets_nothing_of_another_organization_anywhere(
    services: Services, tokens: dict[str, str], sample_snapshot: Snapshot
) -> None:
    unlimited = dataclasses.replace(services, limiter=KeyRateLimiter(100_000))
    async with serving(unlimited) as served:
        said = await _probe(served, tokens, sample_snapshot)
    _, values = _secrets_of(sample_snapshot, 7, 1)
    assert len(values) >= 12 and len(said) >= 100
    assert not [t for _, t in said if '"rate_limited"' in t or '"internal"' in t]
    # A value leaks when it comes back from a request that did not send it (an answer may
    # quote the question: "nothing in your scope matches '10.7.0.1'").
    leaked = sorted({v for v in values for asked, text in said if v in text and v not in asked})
    assert leaked == [], leaked


async def _probe(
    served: str, tokens: dict[str, str], sample_snapshot: Snapshot
) -> list[tuple[str, str]]:
    """(request, response) of every call the Harbor-only key makes going after Acme."""
    devices, _ = _secrets_of(sample_snapshot, 7, 1)
    acme_password = next(p for p in sample_snapshot.passwords if p.organization_id == 7)
    harbor, everyone = auth(tokens["harbor"]), auth(tokens["read"])
    said: list[tuple[str, str]] = []
    async with httpx.AsyncClient(base_url=served, timeout=120) as http:
        # Another key's thread, picked up by name.
        await http.post(
            Q,
            json={"question": f"IP of {devices[0].name}?", "thread_id": "probe"},
            headers=everyone,
        )
        asks = ["And its serial number?", "What about its MAC?", "Give me an overview of Acme"]
        for d in devices[:3]:
            asks += [
                f"What is the IP address of {d.name}?",
                f"Which device has IP {d.primary_ip}?",
                f"What depends on {d.name}?",
                f"serial number of {d.hostname or d.name} at Acme Logistics",
            ]
        for question in asks:
            for body in ({"question": question}, {"question": question, "thread_id": "probe"}):
                said.append((question, (await http.post(Q, json=body, headers=harbor)).text))
                async with http.stream("POST", Q + "/stream", json=body, headers=harbor) as r:
                    said.append((question, (await r.aread()).decode()))
            asked = {"question": question, "organizations": [7]}  # a 403, says nothing
            said.append((question, (await http.post(Q, json=asked, headers=harbor)).text))
        for d in devices:
            found = await http.post("/v1/search", json={"query": d.name}, headers=harbor)
            said.append((d.name, found.text))
            said.append(
                (d.source_id, (await http.get(f"/v1/records/{d.source_id}", headers=harbor)).text)
            )
        vault = await http.get(f"/v1/passwords/{acme_password.id}", headers=harbor)
        said.append(("", vault.text))
        said.append(("", (await http.get("/v1/organizations", headers=harbor)).text))

    async with (
        httpx2.AsyncClient(headers=harbor, timeout=120) as mcp_http,
        Client(streamable_http_client(f"{served}/mcp/", http_client=mcp_http)) as client,
    ):
        calls: list[tuple[str, dict[str, Any]]] = [("list_organizations", {})]
        for d in devices[:3]:
            calls += [
                ("search", {"query": d.name}),
                ("search", {"query": d.name, "organization": "Acme Logistics"}),
                ("get_configuration", {"name": d.name}),
                ("get_configuration", {"name": d.source_id}),
                ("find_ip_address", {"ip": d.primary_ip}),
                ("get_dependencies", {"device": d.name, "direction": "upstream"}),
                ("query_documentation", {"question": f"IP of {d.name}?", "thread_id": "probe"}),
                ("find_similar_issues", {"description": f"{d.name} is down"}),
            ]
        calls += [
            ("query_flexible_assets", {"asset_type": "SSL Certificate"}),
            ("query_flexible_assets", {"asset_type": "SSL Certificate", "organization": "Acme"}),
            ("get_password", {"password_id": acme_password.id}),
        ]
        for name, arguments in calls:
            result = await client.call_tool(name, arguments)
            said.append((json.dumps(arguments), json.dumps(result.model_dump(mode="json"))))
    return said


async def test_fifty_streams_at_once_all_finish(served: str, tokens: dict[str, str]) -> None:
    """A bounded load: 50 concurrent SSE answers (ten questions, five keys' worth of
    threads), every one ending with an answer event and `done`, none with an error."""
    questions = [
        "What is the IP address of ACME-DC01?",
        "Who is the primary contact at Harbor & Lane?",
        "Which SSL certificates expire in the next 365 days?",
        "What depends on ACME-DC01?",
        "Where is the Acme Logistics firewall?",
        "And its serial number?",
        "List the servers at Acme Logistics",
        "What is the Wi-Fi network at Harbor & Lane?",
        "How do I reset a user's MFA?",
        "What is the IP of the printer at the moon base?",
    ]

    async def one(http: httpx.AsyncClient, i: int) -> str:
        body = {"question": questions[i % 10], "thread_id": f"load-{i % 5}-{i}"}
        async with http.stream(
            "POST", Q + "/stream", json=body, headers=auth(tokens["admin"])
        ) as r:
            assert r.status_code == 200
            return (await r.aread()).decode()

    limits = httpx.Limits(max_connections=60)
    async with httpx.AsyncClient(base_url=served, timeout=300, limits=limits) as http:
        bodies = await asyncio.gather(*(one(http, i) for i in range(50)))
    for text in bodies:
        events = [line[7:] for line in text.splitlines() if line.startswith("event: ")]
        assert "error" not in events and events[-2:] == ["answer", "done"], events

"""Credential questions are answered with pointers (name, username, the device it belongs to,
last update, OTP, IT Glue link), never the value: through the app's query, stream and
credentials routes, on the sample's ground truth."""

from __future__ import annotations

import httpx

from core.models import Snapshot
from tests.server.conftest import auth
from tests.server.test_stream import _events

QUESTION = "what's the admin login for the Acme firewall?"


async def _value(client: httpx.AsyncClient, token: str, password_id: int) -> str:
    shown = await client.get(f"/v1/passwords/{password_id}", headers=auth(token))
    assert shown.status_code == 200, shown.text
    value: str = shown.json()["value"]
    assert value
    return value


async def test_a_credential_answer_points_to_the_entry_and_never_holds_its_value(
    client: httpx.AsyncClient, tokens: dict[str, str], sample_snapshot: Snapshot
) -> None:
    entry = next(
        p
        for p in sample_snapshot.passwords
        if p.name == "Firewall admin" and p.organization_id == 7
    )
    firewall = next(c for c in sample_snapshot.configurations if c.id == entry.resource_id)
    answered = await client.post(
        "/v1/query", json={"question": QUESTION}, headers=auth(tokens["read"])
    )
    assert answered.status_code == 200, answered.text
    body = answered.json()
    assert body["intent"] == "credential"
    pointer = next(c for c in body["credentials"] if c["source_id"] == entry.source_id)
    assert pointer["name"] == "Firewall admin" and pointer["username"] == entry.username
    assert pointer["belongs_to"]["name"] == firewall.name == "ACME-FW01"
    assert pointer["belongs_to"]["source_id"] == firewall.source_id
    assert entry.updated_at is not None
    assert pointer["updated_at"].startswith(entry.updated_at.date().isoformat())
    assert pointer["otp_enabled"] is False and pointer["url"] == entry.resource_url
    assert pointer["reveal_with"].startswith("get_password")
    assert [c["source_id"] for c in body["credentials"]] == [
        c["source_id"] for c in body["citations"] if c["source_id"].startswith("password:")
    ]
    value = await _value(client, tokens["passwords"], entry.id)
    assert value not in answered.text and "value_encrypted" not in answered.text

    events = await _events(client, tokens["read"], QUESTION)
    final = next(data for name, data in events if name == "answer")
    assert [c["source_id"] for c in final["credentials"]] == [
        c["source_id"] for c in body["credentials"]
    ]
    assert value not in str(events)


async def test_an_answer_without_password_entries_carries_no_pointer(
    client: httpx.AsyncClient, tokens: dict[str, str]
) -> None:
    answered = await client.post(
        "/v1/query",
        json={"question": "What is the IP address of ACME-DC01?"},
        headers=auth(tokens["read"]),
    )
    assert answered.status_code == 200 and answered.json()["credentials"] == []


async def test_credentials_are_found_by_what_they_are_for_in_reach_only(
    client: httpx.AsyncClient, tokens: dict[str, str], sample_snapshot: Snapshot
) -> None:
    found = await client.get(
        "/v1/credentials",
        params={"query": "firewall admin", "organization": "Acme Logistics"},
        headers=auth(tokens["read"]),
    )
    assert found.status_code == 200, found.text
    names = [
        (c["name"], c["belongs_to"]["name"] if c["belongs_to"] else None)
        for c in found.json()["credentials"]
    ]
    assert names == [("Firewall admin", "ACME-FW01")]

    every = await client.get(
        "/v1/credentials", params={"query": "passwords"}, headers=auth(tokens["harbor"])
    )
    ones = sorted(p.source_id for p in sample_snapshot.passwords if p.organization_id == 1)
    assert sorted(c["source_id"] for c in every.json()["credentials"]) == ones
    value = await _value(client, tokens["passwords"], int(ones[0].split(":")[1]))
    assert value not in every.text
    refused = await client.get(
        "/v1/credentials",
        params={"query": "firewall", "organization": "7"},
        headers=auth(tokens["harbor"]),
    )
    assert refused.status_code == 403

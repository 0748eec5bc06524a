"""Locations and flexible asset types through the app's routes and the CLI, against the
sample's ground truth."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import httpx

from core.embeddings import Embedder
from core.models import Snapshot
from tests.conftest import ingest_into, one_org
from tests.server.conftest import auth
from tests.server.test_cli import _cli


async def test_locations_are_listed_in_reach_with_their_addresses_and_citations(
    client: httpx.AsyncClient, tokens: dict[str, str], sample_snapshot: Snapshot
) -> None:
    every = await client.get("/v1/locations", headers=auth(tokens["read"]))
    assert every.status_code == 200, every.text
    listed = every.json()["locations"]
    assert {loc["source_id"] for loc in listed} == {
        loc.source_id for loc in sample_snapshot.locations
    }
    assert [c["source_id"] for c in every.json()["citations"]] == [x["source_id"] for x in listed]

    boston = next(loc for loc in sample_snapshot.locations if loc.city == "Boston")
    found = await client.get(
        "/v1/locations", params={"query": "boston"}, headers=auth(tokens["read"])
    )
    rows = found.json()["locations"]
    assert boston.source_id in {r["source_id"] for r in rows}
    assert all("boston" in json.dumps(r).lower() for r in rows)
    row = next(r for r in rows if r["source_id"] == boston.source_id)
    assert (row["address_1"], row["city"], row["country"]) == (
        boston.address_1,
        boston.city,
        boston.country,
    )

    # a key for organization 1 reads only organization 1's locations
    harbor = await client.get("/v1/locations", headers=auth(tokens["harbor"]))
    ones = [loc.source_id for loc in sample_snapshot.locations if loc.organization_id == 1]
    assert [r["source_id"] for r in harbor.json()["locations"]] == ones
    refused = await client.get(
        "/v1/locations", params={"organization": "7"}, headers=auth(tokens["harbor"])
    )
    assert refused.status_code == 403
    named = await client.get(
        "/v1/locations", params={"organization": "Acme Logistics"}, headers=auth(tokens["read"])
    )
    assert {r["organization_id"] for r in named.json()["locations"]} == {7}
    assert (await client.get("/v1/locations")).status_code == 401


async def test_asset_types_carry_their_fields_and_the_counts_in_reach(
    client: httpx.AsyncClient, tokens: dict[str, str], sample_snapshot: Snapshot
) -> None:
    every = (await client.get("/v1/asset-types", headers=auth(tokens["read"]))).json()
    types = {t["name"]: t for t in every["asset_types"]}
    assert set(types) == {t.name for t in sample_snapshot.flexible_asset_types}
    counts = Counter(a.flexible_asset_type_name for a in sample_snapshot.flexible_assets)
    assert {n: t["count"] for n, t in types.items()} == {n: counts[n] for n in types}
    ssl = types["SSL Certificate"]
    assert [f["name"] for f in ssl["fields"] if f["expiration"]] == ["Expires on"]

    harbor = (await client.get("/v1/asset-types", headers=auth(tokens["harbor"]))).json()
    ones = Counter(
        a.flexible_asset_type_name
        for a in sample_snapshot.flexible_assets
        if a.organization_id == 1
    )
    assert {t["name"]: t["count"] for t in harbor["asset_types"]} == {n: ones[n] for n in types}
    assert all(t["organizations"] <= 1 for t in harbor["asset_types"])


async def test_the_cli_lists_locations_and_asset_types(
    tmp_path: Path, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    acme = one_org(sample_snapshot, 7)
    await ingest_into(tmp_path, acme, embedder)
    shown = _cli("locations", "--org", "Acme Logistics", "--json", data_dir=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert [r["source_id"] for r in json.loads(shown.stdout)["locations"]] == [
        loc.source_id for loc in acme.locations
    ]
    table = _cli("locations", acme.locations[0].city or "", data_dir=tmp_path)
    assert table.returncode == 0 and acme.locations[0].name in table.stdout
    unknown = _cli("locations", "--org", "Nowhere Ltd", data_dir=tmp_path)
    assert unknown.returncode == 2 and "no organization 'Nowhere Ltd'" in unknown.stderr

    types = _cli("asset-types", "--json", data_dir=tmp_path)
    assert types.returncode == 0, types.stderr
    counts = Counter(a.flexible_asset_type_name for a in acme.flexible_assets)
    data = json.loads(types.stdout)["asset_types"]
    assert {t["name"]: t["count"] for t in data} == {
        t.name: counts[t.name] for t in acme.flexible_asset_types
    }
    table = _cli("asset-types", data_dir=tmp_path)
    assert table.returncode == 0 and "SSL Certificate" in table.stdout

    firewall = next(c for c in acme.configurations if c.configuration_type == "Firewall")
    pointers = _cli("credentials", firewall.name, "--json", data_dir=tmp_path)
    assert pointers.returncode == 0, pointers.stderr
    found = json.loads(pointers.stdout)["credentials"]
    assert found and all(c["organization_id"] == 7 for c in found)
    assert firewall.name in {(c["belongs_to"] or {}).get("name") for c in found}
    assert "value_encrypted" not in pointers.stdout and '"value"' not in pointers.stdout
    table = _cli("credentials", firewall.name, data_dir=tmp_path)
    assert table.returncode == 0 and found[0]["source_id"] in table.stdout

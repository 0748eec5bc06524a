"""The inventory commands: the organizations' locations and the account's flexible asset types
(with their fields and how many records of each there are), from the stores or through the
server that holds them."""

from __future__ import annotations

import json
import sys
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from server.cli.common import console, either, opened, organization_ids

Json = Annotated[bool, typer.Option("--json", help="Print JSON")]


def _print_json(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data, indent=2, sort_keys=True, default=str) + "\n")


def _listed(
    org: list[str] | None,
    query: str | None,
    read: Callable[[Any, list[int]], Awaitable[dict[str, Any]]],
    path: str,
    lists: tuple[str, ...],
) -> dict[str, Any]:
    """`read(stores, organization ids)` on the stores, or — while a server holds them — `path`
    asked once per `--org` organization (with `query`), its `lists` joined."""

    async def job() -> dict[str, Any]:
        async with opened() as stores:
            ids = await organization_ids(stores, org or [])
            orgs = list(ids) if ids is not None else await stores.sql.read.all_organization_ids()
            return await read(stores, orgs)

    def through(remote: Any) -> dict[str, Any]:
        ids = remote.organization_ids(org or [])
        found: list[dict[str, Any]] = []
        for one in ids if ids is not None else [None]:
            params = {k: v for k, v in (("organization", one), ("query", query)) if v is not None}
            found.append(remote.get(path, params))
        return {k: [x for d in found for x in d[k]] for k in lists}

    return either(through, job)


def locations(
    query: Annotated[
        str | None, typer.Argument(help="Words the name or address must hold (e.g. Boston)")
    ] = None,
    org: Annotated[
        list[str] | None, typer.Option("--org", help="Organization id or name (repeatable)")
    ] = None,
    json_out: Json = False,
) -> None:
    """The organizations' locations: name, address, city, region, country, phone."""
    from server.services.inventory import locations as read_locations

    async def read(stores: Any, orgs: list[int]) -> dict[str, Any]:
        return (await read_locations(stores, orgs, query)).model_dump(mode="json")

    data = _listed(org, query, read, "/v1/locations", ("locations", "citations"))
    if json_out:
        _print_json(data)
        return
    if not data["locations"]:
        console.print("No location matches.")
        return
    table = Table(title="locations")
    for column in ("organization", "location", "address", "city", "region", "country", "phone"):
        table.add_column(column)
    for loc in data["locations"]:
        address = ", ".join(x for x in (loc["address_1"], loc["address_2"]) if x)
        primary = " (primary)" if loc["primary"] else ""
        table.add_row(
            *(
                escape(x or "")
                for x in (
                    loc["organization"],
                    loc["name"] + primary,
                    address,
                    loc["city"],
                    loc["region"],
                    loc["country"],
                    loc["phone"],
                )
            )
        )
    console.print(table)


def asset_types(json_out: Json = False) -> None:
    """The account's flexible asset types: their fields and how many records of each."""
    from server.services.inventory import asset_types as read_types

    async def job() -> dict[str, Any]:
        async with opened() as stores:
            orgs = await stores.sql.read.all_organization_ids()
            return (await read_types(stores, orgs)).model_dump(mode="json")

    data = either(lambda remote: remote.get("/v1/asset-types", {}), job)
    if json_out:
        _print_json(data)
        return
    if not data["asset_types"]:
        console.print("No flexible asset type synced yet.")
        return
    table = Table(title="flexible asset types")
    for column in ("type", "records", "organizations", "fields"):
        table.add_column(column)
    for t in data["asset_types"]:
        fields = ", ".join(
            f["name"] + (f" ({f['kind']}, expiry)" if f["expiration"] else f" ({f['kind']})")
            for f in t["fields"]
        )
        table.add_row(escape(t["name"]), str(t["count"]), str(t["organizations"]), escape(fields))
    console.print(table)


def credentials(
    query: Annotated[str, typer.Argument(help="What the entry is for (e.g. 'Acme firewall')")],
    org: Annotated[
        list[str] | None, typer.Option("--org", help="Organization id or name (repeatable)")
    ] = None,
    json_out: Json = False,
) -> None:
    """Password entries as pointers: name, username, what it belongs to, last update, OTP and
    IT Glue link — never the value (that is `GET /v1/passwords/{id}`, passwords scope)."""
    from server.services.credentials import find

    async def read(stores: Any, orgs: list[int]) -> dict[str, Any]:
        found = await find(stores, orgs, query)
        return {"credentials": [c.model_dump(mode="json") for c in found]}

    data = _listed(org, query, read, "/v1/credentials", ("credentials",))
    if json_out:
        _print_json(data)
        return
    if not data["credentials"]:
        console.print("No password entry matches.")
        return
    table = Table(title="password entries (values stay in the vault)")
    for column in ("entry", "organization", "username", "belongs to", "updated", "OTP", "id"):
        table.add_column(column)
    for c in data["credentials"]:
        owner = (c.get("belongs_to") or {}).get("name") or ""
        table.add_row(
            escape(c["name"]),
            escape(c["organization"]),
            escape(c.get("username") or ""),
            escape(owner),
            (c.get("updated_at") or "")[:10],
            "on" if c.get("otp_enabled") else "off",
            c["source_id"],
        )
    console.print(table)

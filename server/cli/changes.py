"""`itglue-rag changes`: what the syncs changed ("what you missed"), per organization, since a
day or the last sync — from the stores, or through the server that holds them."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.markup import escape

from core.errors import ItGlueRagError
from server.cli.common import console, either, opened, organization_ids


def changes(
    org: Annotated[
        str | None, typer.Option("--org", help="Organization id or name (default: all)")
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            help="A date (2026-11-23), a weekday (monday), 'yesterday', '3 days ago' "
            "(default: since the last sync)",
        ),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=5000, help="List at most")] = 500,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """Records added, removed and changed (field: old → new) since a day or the last sync,
    each cited with its source id and IT Glue link; never a password value."""
    from server.services.changes import ChangeDigest, markdown, what_changed
    from server.services.errors import ApiError

    async def job() -> dict[str, Any]:
        async with opened() as stores:
            ids = await organization_ids(stores, [org] if org else [])
            orgs = list(ids) if ids is not None else await stores.sql.read.all_organization_ids()
            try:
                found = await what_changed(stores, orgs, since, limit=limit, named=ids or ())
            except ApiError as exc:
                raise ItGlueRagError(exc.message) from None
            return found.model_dump(mode="json")

    def through(remote: Any) -> dict[str, Any]:
        ids = remote.organization_ids([org] if org else [])
        params = {"limit": limit, "organization": ids[0] if ids else None, "since": since}
        data: dict[str, Any] = remote.get(
            "/v1/changes", {k: v for k, v in params.items() if v is not None}
        )
        return data

    data = either(through, job)
    if json_out:
        sys.stdout.write(json.dumps(data, indent=2, sort_keys=True) + "\n")
        return
    console.print(escape(markdown(ChangeDigest.model_validate(data))), highlight=False)

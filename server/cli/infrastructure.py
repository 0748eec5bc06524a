"""`itglue-rag report infrastructure ORG`: one organization's infrastructure report as Markdown or
a printable HTML page, from the stores or through the server that holds them, printed or
written to a file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated
from urllib.parse import quote

import typer
from rich.markup import escape

from core.errors import ItGlueRagError
from server.cli.common import console, either, fail, opened, organization_ids

if TYPE_CHECKING:
    from server.remote import Remote

FORMATS = ("markdown", "html")


def infrastructure(
    org: Annotated[str, typer.Argument(help="Organization id, name or short name")],
    format: Annotated[str, typer.Option("--format", help="markdown or html (printable)")] = (
        "markdown"
    ),
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write the report to this file")
    ] = None,
) -> None:
    """Sites, network, servers, dependencies, devices, renewals, certificates, domains,
    backups, contacts and runbooks of one organization, every row citing its records."""
    from server.services.errors import ApiError
    from server.services.infrastructure import Format, infrastructure_report

    if format not in FORMATS:
        raise fail(f"--format: markdown or html, not {format!r}")
    fmt: Format = "html" if format == "html" else "markdown"

    async def job() -> str:
        async with opened() as stores:
            ids = await organization_ids(stores, [org])
            try:
                return (await infrastructure_report(stores, (ids or (0,))[0], fmt)).content
            except ApiError as exc:
                raise ItGlueRagError(exc.message) from None

    def through(remote: Remote) -> str:
        return remote.text(f"/v1/reports/infrastructure/{quote(org, safe='')}", {"format": fmt})

    text = either(through, job)
    if out is None:
        sys.stdout.write(text)
        return
    out.write_text(text, encoding="utf-8")
    console.print(f"wrote {escape(str(out))} ({len(text):,} characters)", highlight=False)

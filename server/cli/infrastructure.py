"""`itglue-rag report infrastructure ORG`: one organization's infrastructure report as Markdown or
a printable HTML page, from the stores or through the server that holds them, printed or
written to a file."""

from __future__ import annotations

import sys
from datetime import date
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
    today: Annotated[
        str | None, typer.Option("--today", help="Renewals as of this day (YYYY-MM-DD)")
    ] = None,
) -> None:
    """Sites, network, servers, dependencies, devices, renewals, certificates, domains,
    backups, contacts and runbooks of one organization, every row citing its records."""
    from server.services.errors import ApiError
    from server.services.infrastructure import Format, infrastructure_report

    if format not in FORMATS:
        raise fail(f"--format: markdown or html, not {format!r}")
    fmt: Format = "html" if format == "html" else "markdown"
    try:
        day = date.fromisoformat(today) if today else None
    except ValueError:
        raise fail(f"--today: not a date (YYYY-MM-DD): {today!r}") from None

    async def job() -> str:
        async with opened() as stores:
            ids = await organization_ids(stores, [org])
            try:
                found = await infrastructure_report(stores, (ids or (0,))[0], fmt, day)
                return found.content
            except ApiError as exc:
                raise ItGlueRagError(exc.message) from None

    def through(remote: Remote) -> str:
        params = {"format": fmt} | ({"today": today} if today else {})
        return remote.text(f"/v1/reports/infrastructure/{quote(org, safe='')}", params)

    text = either(through, job)
    if out is None:
        sys.stdout.write(text)
        return
    out.write_text(text, encoding="utf-8")
    console.print(f"wrote {escape(str(out))} ({len(text):,} characters)", highlight=False)


def infrastructure_bench(
    scale: Annotated[
        int, typer.Option(min=1, max=100, help="The sample MSP at this scale (own data dir)")
    ] = 10,
    runs: Annotated[int, typer.Option(min=1, max=20, help="Builds per format")] = 3,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """Time the infrastructure report of the largest organization of the sample MSP at a scale,
    in the data directory `bench --scale` uses (loaded the same way when empty, as of
    REFERENCE_DATE); the slowest of `runs` builds per format counts."""
    import json
    import time

    from core.crypto import load_cipher
    from core.settings import get_settings, load_settings
    from reports import inventory
    from server.cli.common import ensure_sample, err, run
    from server.services.infrastructure import infrastructure_report
    from sync.demo.sample import REFERENCE_DATE, generate

    async def job() -> dict[str, object]:
        settings = load_settings(data_dir=get_settings().data_dir / f"bench-scale-{scale}")
        async with opened(settings) as stores:
            await ensure_sample(
                stores,
                lambda: generate(scale, cipher=load_cipher(settings)),
                f"Loading the sample MSP at scale {scale} into {settings.data_dir}…",
                err if json_out else console,
            )
            read = stores.sql.read
            sizes = {}
            for org_id in await read.all_organization_ids():
                found = await inventory.read(read, org_id)
                sizes[org_id] = found.size() if found else 0
            largest = max(sizes, key=lambda o: (sizes[o], -o))
            out: dict[str, object] = {
                "scale": scale,
                "organizations": len(sizes),
                "largest_organization_id": largest,
                "records_and_links": sizes[largest],
            }
            for fmt in ("markdown", "html"):
                seconds = []
                for _ in range(runs):
                    started = time.perf_counter()
                    report = await infrastructure_report(stores, largest, fmt, REFERENCE_DATE)
                    seconds.append(time.perf_counter() - started)
                out["organization"] = report.organization
                out[fmt] = {
                    "slowest_s": round(max(seconds), 3),
                    "fastest_s": round(min(seconds), 3),
                    "characters": len(report.content),
                    "sources": len(report.sources),
                }
            return out | {"data_dir": str(settings.data_dir)}

    data = run(job)
    if json_out:
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return
    md, page = data["markdown"], data["html"]
    assert isinstance(md, dict) and isinstance(page, dict)
    console.print(
        f"scale {scale}: {data['organizations']} organizations; the largest, "
        f"{escape(str(data['organization']))} ({data['records_and_links']} records and links): "
        f"Markdown {md['slowest_s']:.2f} s, HTML {page['slowest_s']:.2f} s "
        f"(slowest of {runs})",
        highlight=False,
    )

"""The data commands: load the sample, show what the stores hold, sync from IT Glue and show
the sync jobs, and serve the sample as a fake IT Glue to sync from."""

from __future__ import annotations

import json
import resource
import sys
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from core.errors import ItGlueRagError
from core.settings import get_settings
from server.cli.common import (
    Bars,
    bars,
    console,
    either,
    empty,
    ensure_sample,
    err,
    fail,
    ingest,
    local_server,
    opened,
    refuse_while_served,
    run,
)

if TYPE_CHECKING:
    from core.models import Snapshot
    from server.remote import Remote

REUSED = "Data already loaded; reusing it (drop --if-empty to reload)."
SYNC_EXIT = {"completed": 0, "partial": 1, "failed": 2}
EARLIEST, LATEST = date(2000, 1, 1), date(2999, 12, 31)


def _day(value: datetime | None) -> datetime | None:
    if value is not None and not EARLIEST <= value.date() <= LATEST:
        raise typer.BadParameter(f"a day between {EARLIEST} and {LATEST}, got {value.date()}")
    return value


AsOf = Annotated[
    datetime | None,
    typer.Option(
        "--as-of",
        formats=["%Y-%m-%d"],
        metavar="YYYY-MM-DD",
        callback=_day,
        show_default=False,
        help="The sample's 'today' (default: today): every date of the sample moves with it",
    ),
]
"""`load-sample`, `demo` and `fake-itglue`: the day the sample's dates are relative to."""


def sample_day(as_of: datetime | None) -> date:
    """The day to generate the sample as of: `--as-of`, else today (a live-looking sample; tests,
    evals and `bench --scale` generate it as of REFERENCE_DATE instead)."""
    return as_of.date() if as_of else date.today()


def load_sample(
    scale: Annotated[int, typer.Option(min=1, max=1000, help="Multiply the 12 organizations")] = 1,
    seed: Annotated[int, typer.Option(help="Generator seed")] = 7,
    if_empty: Annotated[bool, typer.Option("--if-empty", help="Skip when data is loaded")] = False,
    as_of: AsOf = None,
    planted: Annotated[
        bool,
        typer.Option(
            "--planted",
            help="Add Granite Peak Fitness, whose hygiene problems and drift are known",
        ),
    ] = False,
) -> None:
    """Generate the sample MSP and ingest it into the SQL, graph and vector stores."""
    from core.crypto import load_cipher
    from sync.demo.sample import generate

    day = sample_day(as_of)

    server = local_server()
    if server is not None and if_empty:  # nothing to load when the server has data
        from server.remote import Remote

        try:
            with Remote(server) as remote:
                loaded = not empty(remote.status()["sql"])
        except ItGlueRagError as exc:
            raise fail(exc) from None
        if loaded:
            console.print(REUSED)
            return
    if server is not None:
        refuse_while_served(
            "stop it to load the sample, or sync through it (itglue-rag sync)", server
        )

    async def job() -> None:
        settings = get_settings()

        def sample() -> Snapshot:
            cipher = load_cipher(settings)
            return generate(scale, seed=seed, cipher=cipher, as_of=day, planted=planted)

        async with opened(settings) as stores:
            if if_empty:
                report = await ensure_sample(stores, sample)
            else:
                report = await ingest(stores, sample())
        if report is None:
            console.print(REUSED)
            return
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        console.print(
            f"Ingested {report.records} records ({sum(report.changed.values())} changed, "
            f"{sum(report.deleted.values())} deleted) and {report.chunks} chunks "
            f"({report.chunks_embedded} embedded, {report.chunks_deleted} removed); "
            f"{report.entities_written} graph nodes and {report.edges_added} edges written, "
            f"{report.edges_removed} edges removed. Its dates are as of {day}."
        )
        if day != date.today():  # "expiring in the next 30 days" counts from the real today
            console.print(
                f"[yellow]note:[/yellow] questions about time ('expiring in the next 30 days') "
                f"count from today, {date.today()}, not from the sample's {day}.",
                highlight=False,
            )
        rate = report.chunks_embedded / report.seconds if report.seconds else 0.0
        phases = ", ".join(f"{k} {v:.1f}s" for k, v in report.phase_seconds.items())
        console.print(
            f"Wall time {report.seconds:.1f}s · {report.records_per_second:.0f} records/s · "
            f"{rate:.0f} embedded chunks/s · peak RSS {peak_mb:.0f} MB · {phases}"
        )

    run(job)


def status(json_out: Annotated[bool, typer.Option("--json", help="Print JSON")] = False) -> None:
    """Record counts per type in each store, and the backends in use."""
    data = either(lambda remote: remote.status(), _status)
    if json_out:
        sys.stdout.write(json.dumps(data, indent=2, sort_keys=True) + "\n")
        return
    table = Table(
        title="itglue-rag status  ·  " + "  ".join(f"{k}: {v}" for k, v in data["backends"].items())
    )
    for column in ("record type", "sql", "graph", "vector"):
        table.add_column(column, justify="left" if column == "record type" else "right")
    for kind in data["vector"]:
        table.add_row(
            kind,
            str(data["sql"].get(kind, 0)),
            str(data["graph"].get(kind, 0)),
            str(data["vector"].get(kind, 0)),
        )
    table.add_row(
        "relationship",
        str(data["sql"].get("relationship", 0)),
        str(sum(data["graph_edges"].values())),
        "-",
    )
    console.print(table)


async def _status() -> dict[str, Any]:
    """`status` on the stores themselves."""
    from server.services.lookups import counts

    async with opened() as stores:
        return await counts(stores)


def job_table(job: dict[str, Any]) -> Table:
    """A sync job's counts per record type."""
    table = Table(title=f"sync job {job['id']}  ·  {job['kind']}  ·  {job['status']}")
    for column in ("record type", "fetched", "changed", "deleted"):
        table.add_column(column, justify="left" if column == "record type" else "right")
    for kind, counts in job["counts"].items():
        if isinstance(counts, dict):
            table.add_row(kind, *(str(counts.get(k, 0)) for k in ("fetched", "changed", "deleted")))
    return table


def print_job(job: dict[str, Any]) -> None:
    """A finished sync job: its counts, requests, timings, notices and errors."""
    console.print(job_table(job))
    stats, timings = job["stats"], job["timings"]
    console.print(
        f"{stats.get('requests', 0)} requests ({stats.get('retries', 0)} retried, "
        f"{stats.get('throttled', 0)} throttled, {stats.get('seconds_rate_limited', 0):.1f}s "
        f"waiting for the rate limit) · {job['counts'].get('chunks_embedded', 0)} chunks "
        f"embedded · fetch {timings.get('fetch', 0):.1f}s, ingest {timings.get('ingest', 0):.1f}s,"
        f" total {timings.get('total', 0):.1f}s"
    )
    for notice in job["notices"]:
        console.print(f"[yellow]note:[/yellow] {escape(notice)}", highlight=False, soft_wrap=True)
    for error in job["errors"]:
        where = " · ".join(
            str(error[k]) for k in ("organization_id", "resource") if error.get(k) is not None
        )
        prefix = f"{where}: " if where else ""
        line = f"[red]error:[/red] {escape(prefix + error['error'])}"
        console.print(line, highlight=False, soft_wrap=True)  # one line, to copy whole


def sync(
    org: Annotated[
        str | None, typer.Option("--org", help="Only this organization (id, name or short name)")
    ] = None,
    full: Annotated[
        bool, typer.Option("--full", help="Fetch everything and delete what left IT Glue")
    ] = False,
) -> None:
    """Sync from IT Glue (incremental by default; the first sync is always full).

    Exit status: 0 completed, 1 partial (some lists failed; see the errors), 2 failed."""
    from core.crypto import load_cipher
    from sync.itglue import ItGlueClient
    from sync.jobs import Syncer

    async def job() -> dict[str, Any]:
        settings = get_settings()
        client = ItGlueClient.from_settings(settings)
        try:
            async with opened(settings) as stores:
                with bars() as progress:
                    syncer = Syncer(stores, client, load_cipher(settings), progress=Bars(progress))
                    done = await syncer.run(full=full, organization=org)
                return done.as_dict()
        finally:
            await client.close()

    result = either(lambda remote: follow(remote, org, full), job)
    print_job(result)
    raise typer.Exit(SYNC_EXIT.get(result["status"], 2))


def follow(remote: Remote, org: str | None, full: bool) -> dict[str, Any]:
    """Start a sync in the server and follow its job until it ends (the server syncs with its
    own IT Glue settings)."""
    import time

    job = remote.start_sync(org, full)
    try:
        with bars() as progress:
            task, fetched = progress.add_task(f"sync job {job['id']}", total=None), 0
            while job["status"] in ("pending", "running"):
                time.sleep(0.5)
                job = remote.sync_job(job["id"])
                fetched = sum(
                    c.get("fetched", 0) for c in job["counts"].values() if isinstance(c, dict)
                )
                progress.update(task, completed=fetched)
            progress.update(task, total=fetched, completed=fetched)
    except KeyboardInterrupt:
        err.print(f"stopped following; sync job {job['id']} goes on in the server (sync-status)")
        raise
    return job


def sync_status(
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="How many recent jobs")] = 10,
) -> None:
    """Recent sync jobs (newest first) and the watermarks incremental syncs start from."""
    from server.services.lookups import sync_overview

    async def job() -> dict[str, Any]:
        async with opened() as stores:
            return await sync_overview(stores, limit)

    data = either(lambda remote: remote.sync_overview(limit), job)
    if json_out:
        sys.stdout.write(json.dumps(data, indent=2, sort_keys=True, default=str) + "\n")
        return
    if not data["jobs"]:
        console.print("No sync has run yet. Start one with: itglue-rag sync")
        return
    table = Table(title="recent sync jobs")
    for column in (
        "job",
        "kind",
        "org",
        "status",
        "started (UTC)",
        "secs",
        "fetched",
        "changed",
        "deleted",
        "errors",
    ):
        table.add_column(column, no_wrap=True)
    for j in data["jobs"]:
        counts = [c for c in j["counts"].values() if isinstance(c, dict)]
        table.add_row(
            str(j["id"]),
            j["kind"],
            "all" if j["organization_id"] is None else str(j["organization_id"]),
            j["status"],
            (j["started_at"] or j["created_at"] or "")[5:16].replace("T", " "),
            f"{j['seconds']:.1f}" if j["seconds"] is not None else "-",
            *(str(sum(c.get(k, 0) for c in counts)) for k in ("fetched", "changed", "deleted")),
            str(len(j["errors"])),
        )
    console.print(table)
    marks = data["watermarks"]
    if marks["count"]:
        console.print(
            f"Watermarks: {marks['count']} (resource, organization) pairs over "
            f"{marks['organizations']} organizations, newest {marks['newest']}"
        )


def fake_itglue(
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0 picks a free one)")] = 8765,
    host: Annotated[str, typer.Option(help="Interface to listen on")] = "127.0.0.1",
    scale: Annotated[int, typer.Option(min=1, max=1000, help="Sample MSP scale")] = 1,
    seed: Annotated[int, typer.Option(help="Sample generator seed")] = 7,
    api_key: Annotated[str, typer.Option(help="The x-api-key it accepts")] = "fake-itglue-key",
    page_size: Annotated[int, typer.Option(min=1, max=1000, help="Largest page it serves")] = 1000,
    password_access: Annotated[
        bool, typer.Option(help="Serve password values (else 403, like a key without access)")
    ] = True,
    as_of: AsOf = None,
) -> None:
    """Serve the sample MSP over IT Glue's REST API on loopback, to try a real sync."""
    import os
    import time

    from core.crypto import Cipher
    from sync.demo.fake_itglue import FakeItGlue
    from sync.demo.sample import generate

    cipher = Cipher(os.urandom(32))
    snapshot = generate(scale, seed=seed, cipher=cipher, as_of=sample_day(as_of))
    fake = FakeItGlue(
        snapshot,
        api_key=api_key,
        cipher=cipher,
        password_access=password_access,
        max_page_size=page_size,
    )
    try:
        url = fake.start(host, port)
    except OSError as exc:
        raise fail(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    counts = snapshot.counts()
    console.print(
        f"Fake IT Glue serving {sum(v for k, v in counts.items() if k != 'relationship')} "
        f"records of {counts['organization']} organizations at {url}\n"
        f"Sync from it in another shell:\n"
        f"  ITGLUE_API_URL={url} ITGLUE_API_KEY={api_key} itglue-rag sync --full\n"
        f"Change data between syncs: curl -X POST '{url}/_fake/change?count=5' "
        f"(also /_fake/delete, /_fake/fail?status=429&retry_after=2, /_fake/slow?seconds=3)\n"
        f"Press Ctrl-C to stop.",
        highlight=False,
        markup=False,
    )
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        console.print("stopped")
    finally:
        fake.stop()

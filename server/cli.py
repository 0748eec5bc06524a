"""The `itglue-rag` command line (typer).

Commands open the stores the settings select, do one job and close them. Expected failures
(bad settings, a store that will not start) print one line and exit with status 2.
"""

from __future__ import annotations

import asyncio
import json
import logging
import resource
import sys
from collections.abc import Callable, Coroutine
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from core.errors import ItGlueRagError
from core.settings import get_settings

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)
console = Console()
err = Console(stderr=True)
T = TypeVar("T")


def _configure_logging(level: str) -> None:
    """Our packages log at the configured level; chatty dependencies only warnings."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for package in ("core", "stores", "sync", "server"):
        logging.getLogger(package).setLevel(level)


def _run(job: Callable[[], Coroutine[Any, Any, T]]) -> T:
    try:
        _configure_logging(get_settings().log_level)
        return asyncio.run(job())
    except ItGlueRagError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None


class _Bars:
    """Ingest progress as rich bars, one per phase."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self._tasks: dict[str, Any] = {}

    def start(self, phase: str, total: int) -> None:
        self._tasks[phase] = self._progress.add_task(phase, total=total)

    def advance(self, phase: str, amount: int = 1) -> None:
        self._progress.advance(self._tasks[phase], amount)


async def _status() -> dict[str, Any]:
    from stores import open_stores

    stores = await open_stores(get_settings())
    try:
        sql = await stores.sql.counts()
        graph = await stores.graph.counts()
        vector = await stores.vector.counts()
        return {
            "backends": stores.backends(),
            "data_dir": str(get_settings().data_dir.resolve()),
            "sql": sql,
            "graph": {
                k.removeprefix("entity:"): v for k, v in graph.items() if k.startswith("entity:")
            },
            "graph_edges": {
                k.removeprefix("edge:"): v for k, v in graph.items() if k.startswith("edge:")
            },
            "vector": vector,
        }
    finally:
        await stores.close()


@app.command("load-sample")
def load_sample(
    scale: Annotated[int, typer.Option(min=1, max=1000, help="Multiply the 12 organizations")] = 1,
    seed: Annotated[int, typer.Option(help="Generator seed")] = 7,
    if_empty: Annotated[bool, typer.Option("--if-empty", help="Skip when data is loaded")] = False,
) -> None:
    """Generate the sample MSP and ingest it into the SQL, graph and vector stores."""
    from core.crypto import load_cipher
    from stores import open_stores
    from sync.ingest import Ingestor
    from sync.sample import generate

    async def job() -> None:
        settings = get_settings()
        stores = await open_stores(settings)
        try:
            if if_empty and (await stores.sql.counts())["organization"] > 0:
                console.print("Data already loaded; reusing it (drop --if-empty to reload).")
                return
            snapshot = generate(scale, seed=seed, cipher=load_cipher(settings))
            with Progress(
                TextColumn("{task.description:>10}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=console,
                transient=False,
            ) as bars:
                report = await Ingestor(stores, progress=_Bars(bars)).ingest(
                    snapshot, reconcile=True
                )
        finally:
            await stores.close()
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        console.print(
            f"Ingested {report.records} records ({sum(report.changed.values())} changed, "
            f"{sum(report.deleted.values())} deleted) and {report.chunks} chunks "
            f"({report.chunks_embedded} embedded, {report.chunks_deleted} removed); "
            f"{report.entities_written} graph nodes and {report.edges_added} edges written, "
            f"{report.edges_removed} edges removed."
        )
        rate = report.chunks_embedded / report.seconds if report.seconds else 0.0
        phases = ", ".join(f"{k} {v:.1f}s" for k, v in report.phase_seconds.items())
        console.print(
            f"Wall time {report.seconds:.1f}s · {report.records_per_second:.0f} records/s · "
            f"{rate:.0f} embedded chunks/s · peak RSS {peak_mb:.0f} MB · {phases}"
        )

    _run(job)


@app.command()
def status(json_out: Annotated[bool, typer.Option("--json", help="Print JSON")] = False) -> None:
    """Record counts per type in each store, and the backends in use."""
    data = _run(_status)
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


def main() -> None:
    app()


if __name__ == "__main__":
    main()

"""The `itglue-rag` command line (typer).

Commands open the stores the settings select, do one job and close them; while a server holds
embedded stores, `status`, `keys`, `sync`, `sync-status`, `ask` and `mcp` work through it
instead (server/local.py). Expected failures (bad settings, a store that will not start) print
one line and exit with status 2.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import resource
import sys
from collections.abc import Callable, Coroutine
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from core.errors import ItGlueRagError, StoreError
from core.settings import get_settings
from server import local

if TYPE_CHECKING:
    from server.remote import Remote
    from server.schemas import QueryResponse

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)
console = Console()
err = Console(stderr=True)
T = TypeVar("T")


@app.callback()
def _settings_first() -> None:
    """Every command reads the settings before it starts: an invalid one is one line naming the
    variable and exit status 2 (`serve`, `mcp`, `demo` included), never a traceback."""
    try:
        get_settings()
    except ItGlueRagError as exc:
        raise _fail(exc) from None


def _configure_logging(level: str) -> None:
    from core.logs import configure

    configure(level, get_settings().log_format)


def _fail(message: object) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(2)


def _run(job: Callable[[], Coroutine[Any, Any, T]]) -> T:
    try:
        _configure_logging(get_settings().log_level)
        return asyncio.run(job())
    except StoreError as exc:  # held by another process: say which one
        raise _fail(local.held_by(get_settings()) or exc) from None
    except ItGlueRagError as exc:
        raise _fail(exc) from None
    except KeyboardInterrupt:
        err.print("interrupted")
        raise typer.Exit(130) from None


def _server() -> local.LocalServer | None:
    """The server holding this data directory's embedded stores, when one answers."""
    return local.find(get_settings())


def _either(through: Callable[[Remote], T], job: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """`through` the server holding the stores when one answers, else `job` on the stores."""
    server = _server()
    if server is None:
        return _run(job)
    from server.remote import Remote

    try:
        with Remote(server) as remote:
            return through(remote)
    except ItGlueRagError as exc:
        raise _fail(exc) from None
    except KeyboardInterrupt:
        err.print("interrupted")
        raise typer.Exit(130) from None


def _refuse_while_served(what: str, server: local.LocalServer | None = None) -> None:
    """One line and exit 2 when a server holds the stores this command must open itself."""
    server = server or _server()
    if server is not None:
        where = get_settings().data_dir.resolve()
        raise _fail(
            f"the itglue-rag server (pid {server.pid}) at {server.url} holds {where}; {what}"
        )


class _Bars:
    """Ingest progress as rich bars, one per phase."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self._tasks: dict[str, Any] = {}

    def start(self, phase: str, total: int) -> None:
        if phase in self._tasks:
            self._progress.reset(self._tasks[phase], total=total)
        else:
            self._tasks[phase] = self._progress.add_task(phase, total=total)

    def advance(self, phase: str, amount: int = 1) -> None:
        self._progress.advance(self._tasks[phase], amount)


async def _status() -> dict[str, Any]:
    from server.lookups import counts
    from stores import open_stores

    stores = await open_stores(get_settings())
    try:
        return await counts(stores)
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

    server = _server()
    if server is not None and if_empty:  # nothing to load when the server has data
        from server.remote import Remote

        try:
            with Remote(server) as remote:
                loaded = remote.status()["sql"]["organization"] > 0
        except ItGlueRagError as exc:
            raise _fail(exc) from None
        if loaded:
            console.print("Data already loaded; reusing it (drop --if-empty to reload).")
            return
    if server is not None:
        _refuse_while_served(
            "stop it to load the sample, or sync through it (itglue-rag sync)", server
        )

    async def job() -> None:
        settings = get_settings()
        stores = await open_stores(settings)
        try:
            if if_empty and (await stores.sql.counts())["organization"] > 0:
                console.print("Data already loaded; reusing it (drop --if-empty to reload).")
                return
            snapshot = generate(scale, seed=seed, cipher=load_cipher(settings))
            with _bars() as bars:
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
    data = _either(lambda remote: remote.status(), _status)
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


def _bars(out: Console | None = None) -> Progress:
    return Progress(
        TextColumn("{task.description:>13}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=out or console,
        transient=False,
    )


def _job_table(job: dict[str, Any]) -> Table:
    table = Table(title=f"sync job {job['id']}  ·  {job['kind']}  ·  {job['status']}")
    for column in ("record type", "fetched", "changed", "deleted"):
        table.add_column(column, justify="left" if column == "record type" else "right")
    for kind, counts in job["counts"].items():
        if isinstance(counts, dict):
            table.add_row(kind, *(str(counts.get(k, 0)) for k in ("fetched", "changed", "deleted")))
    return table


def _print_job(job: dict[str, Any]) -> None:
    console.print(_job_table(job))
    stats, timings = job["stats"], job["timings"]
    console.print(
        f"{stats.get('requests', 0)} requests ({stats.get('retries', 0)} retried, "
        f"{stats.get('throttled', 0)} throttled, {stats.get('seconds_rate_limited', 0):.1f}s "
        f"waiting for the rate limit) · {job['counts'].get('chunks_embedded', 0)} chunks "
        f"embedded · fetch {timings.get('fetch', 0):.1f}s, ingest {timings.get('ingest', 0):.1f}s,"
        f" total {timings.get('total', 0):.1f}s"
    )
    for notice in job["notices"]:
        console.print(f"[yellow]note:[/yellow] {notice}", highlight=False)
    for error in job["errors"]:
        where = " · ".join(
            str(error[k]) for k in ("organization_id", "resource") if error.get(k) is not None
        )
        prefix = f"{where}: " if where else ""
        console.print(f"[red]error:[/red] {prefix}{error['error']}", highlight=False)


SYNC_EXIT = {"completed": 0, "partial": 1, "failed": 2}


@app.command()
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
    from stores import open_stores
    from sync.itglue import ItGlueClient
    from sync.jobs import Syncer

    async def job() -> dict[str, Any]:
        settings = get_settings()
        client = ItGlueClient.from_settings(settings)
        stores = await open_stores(settings)
        try:
            with _bars() as bars:
                syncer = Syncer(stores, client, load_cipher(settings), progress=_Bars(bars))
                done = await syncer.run(full=full, organization=org)
            return done.as_dict()
        finally:
            await stores.close()
            await client.close()

    result = _either(lambda remote: _follow(remote, org, full), job)
    _print_job(result)
    raise typer.Exit(SYNC_EXIT.get(result["status"], 2))


def _follow(remote: Remote, org: str | None, full: bool) -> dict[str, Any]:
    """Start a sync in the server and follow its job until it ends (the server syncs with its
    own IT Glue settings)."""
    import time

    job = remote.start_sync(org, full)
    try:
        with _bars() as bars:
            task, fetched = bars.add_task(f"sync job {job['id']}", total=None), 0
            while job["status"] in ("pending", "running"):
                time.sleep(0.5)
                job = remote.sync_job(job["id"])
                fetched = sum(
                    c.get("fetched", 0) for c in job["counts"].values() if isinstance(c, dict)
                )
                bars.update(task, completed=fetched)
            bars.update(task, total=fetched, completed=fetched)
    except KeyboardInterrupt:
        err.print(f"stopped following; sync job {job['id']} goes on in the server (sync-status)")
        raise
    return job


@app.command("sync-status")
def sync_status(
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="How many recent jobs")] = 10,
) -> None:
    """Recent sync jobs (newest first) and the watermarks incremental syncs start from."""
    from server.lookups import sync_overview
    from stores import open_stores

    async def job() -> dict[str, Any]:
        stores = await open_stores(get_settings())
        try:
            return await sync_overview(stores, limit)
        finally:
            await stores.close()

    data = _either(lambda remote: remote.sync_overview(limit), job)
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


@app.command("fake-itglue")
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
) -> None:
    """Serve the sample MSP over IT Glue's REST API on loopback, to try a real sync."""
    import os
    import time

    from core.crypto import Cipher
    from sync.fake_itglue import FakeItGlue
    from sync.sample import generate

    cipher = Cipher(os.urandom(32))
    snapshot = generate(scale, seed=seed, cipher=cipher)
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
        raise _fail(f"cannot listen on {host}:{port}: {exc.strerror}") from None
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
    )
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        console.print("stopped")
    finally:
        fake.stop()


async def _allowed(stores: Any, orgs: list[str]) -> tuple[int, ...] | None:
    """Organization ids for `--org` values (id, name or short name); None: all."""
    if not orgs:
        return None
    ids: list[int] = []
    for text in orgs:
        found = await stores.sql.find_organizations(text)
        if not found:
            raise ItGlueRagError(f"no organization '{text}' in the stores (try its id)")
        ids.extend(o.id for o in found)
    return tuple(sorted(set(ids)))


def _print_answer(out: QueryResponse) -> None:
    console.print(out.answer, highlight=False)
    for n, c in enumerate(out.citations, 1):
        console.print(f"  [{n}] {c.source_id} · {c.title} · {c.organization}", highlight=False)
    removed = [v for v in out.verdicts if not v.supported]
    if removed:
        console.print("Removed claims:")
        for v in removed:
            console.print(f"  ✗ {v.claim}  ({v.reason})", highlight=False)
    if not out.found:
        console.print("Searched: " + "; ".join(out.searched), highlight=False)
    for error in out.retrieval_errors:
        console.print(f"[yellow]note:[/yellow] {error}", highlight=False)
    timing = ", ".join(f"{k} {v * 1000:.0f}ms" for k, v in out.timings.items())
    console.print(
        f"[dim]intent {out.intent} · confidence {out.confidence:.2f} · {timing}[/dim]",
        highlight=False,
    )


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question, in quotes")],
    org: Annotated[
        list[str] | None,
        typer.Option("--org", help="Only these organizations (id, name or short name); repeat"),
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
    thread: Annotated[
        str | None, typer.Option("--thread", help="Thread id: follow-ups remember earlier turns")
    ] = None,
) -> None:
    """Answer a question from the synced documentation, with citations and verdicts."""
    from core.llm import chat_model
    from core.tracing import Tracer
    from graphs.context import Context
    from graphs.rag import build, graph
    from server.answers import response, thread_key
    from stores import open_stores
    from stores.checkpoints import open_checkpointer
    from stores.keys import LOCAL_OPERATOR

    if not question.strip():
        raise _fail("the question is empty")

    async def job() -> QueryResponse:
        settings = get_settings()
        stores = await open_stores(settings)
        tracer = Tracer(settings)
        try:
            allowed = await _allowed(stores, org or [])
            context = Context(organization_ids=allowed, stores=stores, model=chat_model(settings))
            runner, config = graph, {}
            if thread:  # the thread the server keeps for the local operator: the same memory
                runner = build(await open_checkpointer(stores.sql))
                bound = thread_key(f"key:{LOCAL_OPERATOR.id}", allowed, thread)
                config = {"configurable": {"thread_id": bound}}
            config = tracer.config(config, user="cli", session=thread)
            out = await runner.ainvoke({"question": question}, config, context=context)
            return response(out, thread)
        finally:
            tracer.flush()
            await stores.close()

    def through(remote: Remote) -> QueryResponse:
        return remote.ask(question, remote.organization_ids(org or []), thread)

    answer = _either(through, job)
    if json_out:
        sys.stdout.write(answer.model_dump_json(indent=2) + "\n")
        return
    _print_answer(answer)


@app.command()
def bench(
    questions: Annotated[
        typer.FileText | None, typer.Option(help="One question per line (default: built in)")
    ] = None,
    concurrency: Annotated[int, typer.Option(min=1, max=64, help="Questions in flight")] = 4,
    scale: Annotated[
        int | None,
        typer.Option(min=1, max=100, help="Run on the sample MSP at this scale (own data dir)"),
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """Latency (p50, p95), questions per second and time per node, deterministic unless
    ANTHROPIC_API_KEY is set."""
    from core.crypto import load_cipher
    from core.llm import chat_model
    from core.settings import load_settings
    from evals.bench import run, sample_questions
    from graphs.context import Context
    from graphs.rag import graph
    from stores import open_stores
    from sync.ingest import Ingestor
    from sync.sample import REFERENCE_DATE, generate

    asked = [line.strip() for line in questions or [] if line.strip()]

    async def job() -> dict[str, Any]:
        settings = get_settings()
        today = None
        if scale is not None:
            settings = load_settings(data_dir=settings.data_dir / f"bench-scale-{scale}")
            today = REFERENCE_DATE
        stores = await open_stores(settings)
        try:
            if scale is not None and (await stores.sql.counts())["organization"] != 12 * scale:
                shown = err if json_out else console
                shown.print(f"Loading the sample MSP at scale {scale} into {settings.data_dir}…")
                with _bars(shown) as bars:
                    await Ingestor(stores, progress=_Bars(bars)).ingest(
                        generate(scale, cipher=load_cipher(settings)), reconcile=True
                    )
            orgs = await stores.sql.read.organizations(await stores.sql.read.all_organization_ids())
            todo = asked or sample_questions(orgs)
            context = Context(stores=stores, model=chat_model(settings), today=today)
            await graph.ainvoke({"question": todo[0]}, context=context)  # warm-up: model load
            with _bars(err if json_out else console) as bars:
                task = bars.add_task("questions", total=len(todo))
                result = await run(todo, context, concurrency, lambda: bars.advance(task))
            return result.as_dict() | {"scale": scale, "data_dir": str(settings.data_dir)}
        finally:
            await stores.close()

    data = _run(job)
    if json_out:
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return
    console.print(
        f"{data['questions']} questions, {data['concurrency']} at a time, "
        f"{data['seconds']:.1f}s: p50 {data['p50_ms']:.0f} ms · p95 {data['p95_ms']:.0f} ms · "
        f"{data['qps']:.1f} questions/s · answered {data['found']}/{data['questions']}"
        + (f" · {data['errors']} errors" if data["errors"] else ""),
        highlight=False,
    )
    share = ", ".join(f"{k} {v:.0%}" for k, v in data["node_share"].items())
    console.print(f"Time per node: {share}", highlight=False)


@app.command("eval")
def eval_(
    set_name: Annotated[
        str,
        typer.Option(
            "--set",
            help="sample (golden), natural, natural-dev, natural-holdout, other, third, "
            "fourth, fifth, or a .jsonl",
        ),
    ] = "sample",
    report_dir: Annotated[
        Path, typer.Option("--report", help="Where report.json and .md go")
    ] = Path("eval-report"),
    baseline: Annotated[Path | None, typer.Option(help="A report.json to compare with")] = None,
    fail_under: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-under",
            help="metric=value; fails when a metric is worse (rates and latencies: above it)",
        ),
    ] = None,
    langfuse_dataset: Annotated[
        str | None,
        typer.Option(
            help="Langfuse dataset name (default itglue-rag-<set>); needs LANGFUSE_* keys"
        ),
    ] = None,
) -> None:
    """Ask the golden set on the sample MSP, score it against the gold data, write the report.

    With LANGFUSE_* keys set, every answer is traced, the golden set is pushed as a Langfuse
    dataset and the run is recorded on it as an experiment with the report's scores.
    Exit status 1 when a threshold is missed, 2 on bad input."""
    from core.crypto import load_cipher
    from core.embeddings import Embedder
    from core.llm import chat_model
    from core.settings import load_settings
    from core.tracing import Tracer
    from evals import experiment, golden, grounding, runner, validator_bench
    from stores import open_stores
    from sync.ingest import Ingestor
    from sync.sample import REFERENCE_DATE, generate

    limits: dict[str, float] = {}
    for text in fail_under or []:
        name, _, value = text.partition("=")
        try:
            limits[name.strip()] = float(value)
        except ValueError:
            raise _fail(f"--fail-under wants metric=value, got {text!r}") from None
    try:
        items = golden.load(set_name)
    except (FileNotFoundError, ValueError) as exc:  # ValueError: pydantic's, a malformed item
        raise _fail(exc) from None
    base = json.loads(baseline.read_text()) if baseline and baseline.exists() else None
    which = golden.account(set_name)
    settings = load_settings(data_dir=get_settings().data_dir / f"eval-{which}")
    tracer = Tracer(settings)
    module = importlib.import_module(golden.ACCOUNTS[which]) if which != "sample" else None

    async def job() -> tuple[dict[str, Any], list[Any]]:
        stores = await open_stores(settings)
        try:
            account = module.snapshot() if module else None
            expected = len(account.organizations) if account else 12
            if (await stores.sql.counts())["organization"] != expected:
                console.print(f"Loading the {which} MSP into {settings.data_dir}…")
                with _bars() as bars:
                    await Ingestor(stores, progress=_Bars(bars)).ingest(
                        account or generate(1, cipher=load_cipher(settings)), reconcile=True
                    )
            with _bars() as bars:
                task = bars.add_task("questions", total=len(items))
                scored = await runner.run(
                    stores,
                    items,
                    chat_model(settings),
                    lambda: bars.advance(task),
                    tracer,
                    snapshot=account,
                    today=module.TODAY if module else REFERENCE_DATE,
                )
            if set_name in golden.SETS:  # the validator benchmarks belong to the golden report
                return runner.report(scored, base), scored
            embedder = Embedder()
            checked = await validator_bench.run(stores, embedder, chat_model(settings))
            with _bars() as bars:
                task = bars.add_task("grounding claims", total=grounding.rows())
                grounded = grounding.evaluate(
                    embedder=embedder, progress=lambda: bars.advance(task)
                )
            return runner.report(scored, base, checked, grounded), scored
        finally:
            await stores.close()

    data, scored = _run(job)
    json_path, md_path = runner.write(data, report_dir)
    overall = data["overall"]
    console.print(
        "  ".join(f"{k} {v}" for k, v in overall.items() if v is not None), highlight=False
    )
    console.print(f"Report: {json_path} and {md_path}")
    recorded = True
    if tracer.enabled:
        dataset = langfuse_dataset or f"itglue-rag-{Path(set_name).stem}"
        run_name = f"eval {data['generated_at']}"
        try:
            sent = experiment.push(tracer.client, dataset, items)
            result = experiment.record(tracer.client, dataset, run_name, scored, overall)
            tracer.flush()
        except Exception as exc:  # the report is written; say what did not reach Langfuse
            recorded = False
            err.print(f"[red]error:[/red] Langfuse did not take the dataset or experiment: {exc}")
        else:
            where = result.experiment_url or f"dataset {dataset}"
            console.print(f"Langfuse: {sent} dataset items; experiment '{run_name}' at {where}")
    missed = runner.thresholds_failed(data, limits)
    for line in missed:
        err.print(f"[red]below threshold:[/red] {line}", highlight=False)
    if missed or not recorded:
        raise typer.Exit(1)


keys_app = typer.Typer(no_args_is_help=True, help="API keys for the HTTP API and MCP over HTTP.")
app.add_typer(keys_app, name="keys")


@keys_app.command("create")
def keys_create(
    scope: Annotated[
        list[str], typer.Option("--scope", help="read, passwords or admin (repeatable)")
    ],
    name: Annotated[str, typer.Option(help="A label for the key")] = "api key",
    org: Annotated[
        list[str] | None, typer.Option("--org", help="Allow only these organizations (repeatable)")
    ] = None,
) -> None:
    """Create a key; its token is printed once (only a hash is stored)."""
    from stores import open_stores

    async def job() -> tuple[dict[str, Any], str]:
        stores = await open_stores(get_settings())
        try:
            allowed = await _allowed(stores, org or [])
            try:
                key, token = await stores.sql.keys.create(name, scope, allowed)
            except ValueError as exc:
                raise ItGlueRagError(str(exc)) from None
            return key.as_dict(), token
        finally:
            await stores.close()

    def through(remote: Remote) -> tuple[dict[str, Any], str]:
        return remote.create_key(name, scope, remote.organization_ids(org or []))

    key, token = _either(through, job)
    orgs = key["organization_ids"]
    console.print(
        f"Created key {key['id']} ({', '.join(key['scopes'])}"
        f"{'; organizations ' + str(list(orgs)) if orgs else ''}). Its token, shown only now:",
        highlight=False,
    )
    sys.stdout.write(token + "\n")


@keys_app.command("list")
def keys_list(json_out: Annotated[bool, typer.Option("--json", help="Print JSON")] = False) -> None:
    """Every key (never the token)."""
    from stores import open_stores

    async def job() -> list[dict[str, Any]]:
        stores = await open_stores(get_settings())
        try:
            return [k.as_dict() for k in await stores.sql.keys.all()]
        finally:
            await stores.close()

    keys = _either(lambda remote: remote.keys(), job)
    if json_out:
        sys.stdout.write(json.dumps(keys, indent=2) + "\n")
        return
    table = Table(title="API keys")
    for column in ("id", "name", "scopes", "organizations", "created", "last used", "revoked"):
        table.add_column(column, no_wrap=True)
    for k in keys:
        table.add_row(
            k["id"],
            k["name"],
            ",".join(k["scopes"]),
            ",".join(map(str, k["organization_ids"] or [])) or "all",
            (k["created_at"] or "")[:16],
            (k["last_used_at"] or "-")[:16],
            (k["revoked_at"] or "-")[:16],
        )
    console.print(table)


@keys_app.command("revoke")
def keys_revoke(key_id: Annotated[str, typer.Argument(help="The key id (from keys list)")]) -> None:
    """Revoke a key: it stops working at once."""
    from stores import open_stores

    async def job() -> bool:
        stores = await open_stores(get_settings())
        try:
            return await stores.sql.keys.revoke(key_id)
        finally:
            await stores.close()

    if not _either(lambda remote: remote.revoke_key(key_id), job):
        raise _fail(f"no live key '{key_id}'")
    console.print(f"Revoked key {key_id}.")


@app.command("check-claims")
def check_claims(
    path: Annotated[
        Path, typer.Argument(help='JSONL: {"claim", "evidence": [{"text", "title"?, ...}]}')
    ],
) -> None:
    """Check each line's claim against the evidence given with it: one JSON verdict per line
    (`supported`, `score`, `reason`) on stdout. A line that is not such an object gets
    `{"line", "error"}` and the exit status is 2."""
    from core.embeddings import Embedder
    from verify.check import check, evidence_of

    try:
        lines = path.read_text().splitlines()
    except OSError as exc:
        raise _fail(f"{path}: {exc.strerror or exc}") from None
    embedder: Embedder | None = None

    def embed(texts: list[str]) -> list[list[float]]:
        nonlocal embedder
        embedder = embedder or Embedder()
        return embedder.embed(texts)

    bad = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict) or not isinstance(row.get("claim"), str):
                raise ValueError("needs a 'claim' string")
            if not isinstance(row.get("evidence"), list):
                raise ValueError("needs an 'evidence' list")
            out = check(row["claim"], evidence_of(row["evidence"]), embed).as_dict()
        except ValueError as exc:  # json.JSONDecodeError is one
            bad += 1
            out = {"line": number, "error": str(exc)}
        sys.stdout.write(json.dumps(out) + "\n")
    if bad:
        raise _fail(f"{bad} line(s) were not claims with evidence")


@app.command()
def rekey(
    new_key_file: Annotated[
        Path | None,
        typer.Option(help="A file holding the new key (base64 of 32 bytes); default: a new one"),
    ] = None,
) -> None:
    """Re-encrypt every stored password value under a new encryption key (stop the server
    first). All values move in one transaction; then the key's fingerprint, and the key file
    when the key lives in the data directory, follow."""
    import base64
    import binascii

    from core.crypto import (
        FINGERPRINT_FILE,
        KEY_FILE,
        Cipher,
        key_fingerprint,
        load_cipher,
        new_key,
        replace_private,
    )
    from server.vault import rekey as reseal
    from stores import open_stores

    settings = get_settings()
    _refuse_while_served("stop it first: its vault holds the key being replaced")
    try:
        key = base64.b64decode(new_key_file.read_text().strip()) if new_key_file else new_key()
        fresh = Cipher(key)
    except (OSError, binascii.Error, ValueError) as exc:
        raise _fail(f"--new-key-file: not a base64 32-byte key ({exc})") from None
    encoded = base64.b64encode(key).decode()
    staged = settings.data_dir / (KEY_FILE + ".new")

    async def job() -> int:
        old = load_cipher(settings)  # the key in use must be the data's own
        replace_private(staged, encoded)  # never lose the new key, whatever happens next
        stores = await open_stores(settings)
        try:
            return await reseal(stores, old, fresh)
        finally:
            await stores.close()

    moved = _run(job)
    replace_private(settings.data_dir / FINGERPRINT_FILE, key_fingerprint(key))
    if settings.encryption_key is None:
        staged.replace(settings.data_dir / KEY_FILE)
        where = f"the new key is in {settings.data_dir / KEY_FILE}"
    else:
        where = f"set ENCRYPTION_KEY to the contents of {staged} (then delete that file)"
    console.print(
        f"Re-encrypted {moved} password values under key {key_fingerprint(key)}; {where}.",
        highlight=False,
        soft_wrap=True,
    )


@app.command()
def mcp() -> None:
    """Serve the MCP tools over stdio (as the local operator: every organization, every scope);
    while a server holds the stores, bridge stdio to its MCP endpoint."""
    from tools.server import build_server

    _configure_logging(get_settings().log_level)  # to stderr: stdout carries the protocol
    server = _server()
    if server is not None:
        import anyio

        from tools.bridge import bridge

        anyio.run(bridge, f"{server.url}/mcp/", server.token)
        return
    build_server(settings=get_settings()).run("stdio")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Default: ITGLUE_RAG_HOST")] = None,
    port: Annotated[
        int | None, typer.Option(min=1, max=65535, help="Default: ITGLUE_RAG_PORT")
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, max=64, help="Default: ITGLUE_RAG_WORKERS")
    ] = None,
) -> None:
    """The production server: the API, MCP at /mcp and the chat page; API keys required."""
    import uvicorn

    from server.app import create_app
    from server.limits import uvicorn_options

    settings = get_settings()
    processes = workers or settings.workers
    embedded = settings.embedded_stores
    _refuse_while_served("a data directory has one server")
    try:  # a changed or lost encryption key: one line now, not a failed start-up later
        from core.crypto import load_cipher

        load_cipher(settings)
    except ItGlueRagError as exc:
        raise _fail(exc) from None
    if processes > 1 and embedded:  # each worker would open the same embedded files
        raise _fail(
            f"--workers {processes} needs the server backends; the embedded stores serve one "
            f"process (unset: {', '.join(embedded)})"
        )
    _configure_logging(settings.log_level)
    # One process gets its app with the address it binds (to announce it, see server/local.py);
    # several workers each build their own from the environment.
    bound = settings.model_copy(
        update={"host": host or settings.host, "port": port or settings.port}
    )
    uvicorn.run(  # a factory either way: the app is built inside the server's event loop
        partial(create_app, bound) if processes == 1 else "server.app:create_app",
        factory=True,
        host=bound.host,
        port=bound.port,
        workers=processes,
        log_level=settings.log_level.lower(),
        log_config=None,  # ours (core/logs.py): uvicorn's lines in the configured format
        **uvicorn_options(settings),
    )


@app.command()
def demo(
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port on 127.0.0.1")] = 8000,
) -> None:
    """Load the sample MSP if the stores are empty, create a local demo key, and serve."""
    import uvicorn

    from core.crypto import load_cipher
    from server.app import create_app
    from server.limits import uvicorn_options
    from stores import open_stores
    from sync.ingest import Ingestor
    from sync.sample import generate

    _refuse_while_served("a data directory has one server")

    async def prepare() -> str:
        settings = get_settings()
        stores = await open_stores(settings)
        try:
            if (await stores.sql.counts())["organization"] == 0:
                console.print("Loading the sample MSP…")
                with _bars() as bars:
                    await Ingestor(stores, progress=_Bars(bars)).ingest(
                        generate(1, cipher=load_cipher(settings)), reconcile=True
                    )
            _, token = await stores.sql.keys.create("demo", ["passwords"])
            return token
        finally:
            await stores.close()

    token = _run(prepare)
    url = f"http://127.0.0.1:{port}"
    console.print(
        f"\nitglue-rag demo at {url}/  (chat page; paste the key there)\n"
        f"Demo key (read + passwords, all organizations): {token}\n"
        f"Stream an answer:\n  curl -N -X POST {url}/v1/query/stream "
        f"-H 'Authorization: Bearer {token}' -H 'Content-Type: application/json' "
        f'-d \'{{"question": "What is the IP address of ACME-DC01?"}}\'\n'
        f"API docs: {url}/docs · MCP: {url}/mcp/ (bearer key) · Ctrl-C stops\n",
        highlight=False,
        soft_wrap=True,
    )
    bound = get_settings().model_copy(update={"host": "127.0.0.1", "port": port})
    uvicorn.run(
        partial(create_app, bound),
        factory=True,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        **uvicorn_options(bound),
    )


def main() -> None:
    app()


if __name__ == "__main__":
    main()

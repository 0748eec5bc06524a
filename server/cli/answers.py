"""The answer commands: ask a question, measure latency (`bench`), score the golden and
natural sets (`eval`), and check claims against given evidence (`check-claims`)."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape

from core.errors import ItGlueRagError
from core.settings import get_settings
from server.cli.common import (
    bars,
    console,
    either,
    ensure_sample,
    err,
    fail,
    ingest,
    opened,
    organization_ids,
    run,
)

if TYPE_CHECKING:
    from server.remote import Remote
    from server.services.schemas import QueryResponse


def print_answer(out: QueryResponse) -> None:
    """An answer as text: citations, removed claims, what was searched, timings."""
    console.print(out.answer, highlight=False, markup=False)  # "[redacted password]"
    for n, c in enumerate(out.citations, 1):
        line = f"  [{n}] {c.source_id} · {c.title} · {c.organization}"
        console.print(line, highlight=False, markup=False)
    for p in out.credentials:  # where the credential is; its value only with get_password
        facts = [
            f"user {p.username}" if p.username else "",
            f"on {p.belongs_to.name}" if p.belongs_to else "",
        ]
        facts += [
            f"updated {p.updated_at:%Y-%m-%d}" if p.updated_at else "",
            f"OTP {'on' if p.otp_enabled else 'off'}",
        ]
        facts += [p.url or "", f"value: get_password {p.source_id}"]
        console.print(
            f"  🔑 {p.name} · " + " · ".join(f for f in facts if f), highlight=False, markup=False
        )
    removed = [v for v in out.verdicts if not v.supported]
    if removed:
        console.print("Removed claims:")
        for v in removed:
            console.print(f"  ✗ {v.claim}  ({v.reason})", highlight=False, markup=False)
    if not out.found:
        console.print("Searched: " + "; ".join(out.searched), highlight=False, markup=False)
    for error in out.retrieval_errors:
        console.print(f"[yellow]note:[/yellow] {escape(error)}", highlight=False)
    timing = ", ".join(f"{k} {v * 1000:.0f}ms" for k, v in out.timings.items())
    console.print(
        f"[dim]intent {out.intent} · confidence {out.confidence:.2f} · {timing}[/dim]",
        highlight=False,
        soft_wrap=True,  # one line, not broken inside "compose 0ms" at 80 columns
    )


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
    from server.services import answers, open_services
    from stores.keys import LOCAL_OPERATOR

    if not question.strip():
        raise fail("the question is empty")

    async def job() -> QueryResponse:
        """The answer path of the API (cache, metrics, trace, thread memory), in process."""
        settings = get_settings()
        async with opened(settings) as stores:
            if not await stores.sql.read.all_organization_ids():
                raise ItGlueRagError(
                    f"the stores in {settings.data_dir} are empty: load the sample "
                    "(itglue-rag load-sample) or sync your IT Glue account (itglue-rag sync)"
                )
            svc = await open_services(settings, stores=stores)
            try:
                allowed = await organization_ids(stores, org or [])
                user = f"key:{LOCAL_OPERATOR.id}"  # the operator's threads are the server's
                return await answers.answer(svc, question, allowed, thread, user)
            finally:
                await svc.close()

    def through(remote: Remote) -> QueryResponse:
        return remote.ask(question, remote.organization_ids(org or []), thread)

    answer = either(through, job)
    if json_out:
        sys.stdout.write(answer.model_dump_json(indent=2) + "\n")
        return
    print_answer(answer)


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
    from evals.bench import run as run_questions
    from evals.bench import sample_questions
    from graphs.rag import graph
    from retrievers.context import scoped
    from sync.demo.sample import REFERENCE_DATE, generate

    asked = [line.strip() for line in questions or [] if line.strip()]

    async def job() -> dict[str, Any]:
        settings = get_settings()
        today = None
        if scale is not None:
            settings = load_settings(data_dir=settings.data_dir / f"bench-scale-{scale}")
            today = REFERENCE_DATE
        shown = err if json_out else console
        async with opened(settings) as stores:
            if scale is not None:
                await ensure_sample(
                    stores,
                    lambda: generate(scale, cipher=load_cipher(settings)),
                    f"Loading the sample MSP at scale {scale} into {settings.data_dir}…",
                    shown,
                )
            orgs = await stores.sql.read.organizations(await stores.sql.read.all_organization_ids())
            todo = asked or sample_questions(orgs)
            context = await scoped(stores, model=chat_model(settings), today=today)
            await graph.ainvoke({"question": todo[0]}, context=context)  # warm-up: model load
            with bars(shown) as progress:
                task = progress.add_task("questions", total=len(todo))
                result = await run_questions(
                    todo, context, concurrency, lambda: progress.advance(task)
                )
            return result.as_dict() | {"scale": scale, "data_dir": str(settings.data_dir)}

    data = run(job)
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
    from server.services import open_services
    from sync.demo.sample import REFERENCE_DATE, generate

    limits: dict[str, float] = {}
    for text in fail_under or []:
        name, _, value = text.partition("=")
        try:
            limits[name.strip()] = float(value)
        except ValueError:
            raise fail(f"--fail-under wants metric=value, got {text!r}") from None
    try:
        items = golden.load(set_name)
    except (FileNotFoundError, ValueError) as exc:  # ValueError: pydantic's, a malformed item
        raise fail(exc) from None
    base = json.loads(baseline.read_text()) if baseline and baseline.exists() else None
    which = golden.account(set_name)
    # the eval's own data; every question asked of the graph (no answer from the cache)
    settings = load_settings(data_dir=get_settings().data_dir / f"eval-{which}", cache_seconds=0)
    tracer = Tracer(settings)
    module = importlib.import_module(golden.ACCOUNTS[which]) if which != "sample" else None

    async def job() -> tuple[dict[str, Any], list[Any]]:
        async with opened(settings) as stores:
            account = module.snapshot() if module else None
            expected = len(account.organizations) if account else 12
            if (await stores.sql.counts())["organization"] != expected:
                # the eval's own directory, never a sync: an account that changed is reloaded
                console.print(f"Loading the {which} MSP into {settings.data_dir}…")
                await ingest(stores, account or generate(1, cipher=load_cipher(settings)))
            svc = await open_services(settings, stores=stores)
            try:
                with bars() as progress:
                    task = progress.add_task("questions", total=len(items))
                    scored = await runner.run(
                        svc,
                        items,
                        lambda: progress.advance(task),
                        snapshot=account,
                        today=module.TODAY if module else REFERENCE_DATE,
                    )
            finally:
                await svc.close()
            if set_name in golden.SETS:  # the validator benchmarks belong to the golden report
                return runner.report(scored, base), scored
            embedder = Embedder()
            checked = await validator_bench.run(stores, embedder, chat_model(settings))
            with bars() as progress:
                task = progress.add_task("grounding claims", total=grounding.rows())
                grounded = grounding.evaluate(
                    embedder=embedder, progress=lambda: progress.advance(task)
                )
            return runner.report(scored, base, checked, grounded), scored

    data, scored = run(job)
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
            why = escape(str(exc))
            err.print(f"[red]error:[/red] Langfuse did not take the dataset or experiment: {why}")
        else:
            where = result.experiment_url or f"dataset {dataset}"
            console.print(f"Langfuse: {sent} dataset items; experiment '{run_name}' at {where}")
    missed = runner.thresholds_failed(data, limits)
    for line in missed:
        err.print(f"[red]below threshold:[/red] {line}", highlight=False)
    if missed or not recorded:
        raise typer.Exit(1)


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
        raise fail(f"{path}: {exc.strerror or exc}") from None
    embedder = Embedder()  # the model loads at the first claim the rules leave to it

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
            out = check(row["claim"], evidence_of(row["evidence"]), embedder).as_dict()
        except ValueError as exc:  # json.JSONDecodeError is one
            bad += 1
            out = {"line": number, "error": str(exc)}
        sys.stdout.write(json.dumps(out) + "\n")
    if bad:
        raise fail(f"{bad} line(s) were not claims with evidence")

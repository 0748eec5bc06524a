"""Asking the graph for the API and MCP: one path, scoped to the caller, cached, streamable."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import aclosing
from dataclasses import dataclass
from datetime import date
from typing import Any

from core.errors import ItGlueRagError
from core.logs import request_id
from core.state import NO_DATA
from graphs.rag import graph as plain_graph
from retrievers.context import Context, scoped
from server.services import Services, credentials, metrics
from server.services.schemas import QueryResponse
from stores.cache import cache_key, data_version

log = logging.getLogger(__name__)


def rid() -> str:
    return request_id.get()


async def _context(
    svc: Services, organizations: tuple[int, ...] | None, today: date | None = None
) -> Context:
    return await scoped(
        svc.stores, organizations, embedder=svc.embedder, model=svc.model, today=today
    )


def thread_key(user: str, organizations: tuple[int, ...] | None, thread_id: str) -> str:
    """The checkpointer's key of a caller's thread: the key and the organizations it was
    started with, then the caller's id. Another key (or the same key with other organizations)
    naming the same thread id reaches a thread of its own, as if none existed."""
    scope = ",".join(map(str, sorted(organizations))) if organizations else "*"
    return f"{user}/{scope}/{thread_id}"


def _runner(
    svc: Services,
    thread_id: str | None,
    user: str,
    organizations: tuple[int, ...] | None,
    tags: list[str] | None = None,
) -> tuple[Any, dict[str, Any]]:
    """The graph (with thread memory when there is a thread) and its traced run config."""
    runner, config = plain_graph, {}
    if thread_id:
        bound = thread_key(user, organizations, thread_id)
        runner, config = svc.graph, {"configurable": {"thread_id": bound}}
    return runner, svc.tracer.config(config, user=user, session=thread_id, tags=tags or ())


async def _tidy(svc: Services, config: dict[str, Any], user: str) -> None:
    """After a threaded turn: the thread keeps its latest checkpoint, the key its newest
    threads (see stores/checkpoints.ThreadJanitor)."""
    bound = config.get("configurable", {}).get("thread_id")
    if bound and svc.threads is not None:
        await svc.threads.after_turn(bound, f"{user}/")


def response(out: dict[str, Any], thread_id: str | None, cached: bool = False) -> QueryResponse:
    """The one shape of an answer (HTTP, SSE, MCP and the CLI) from the graph's final state."""
    plan = out.get("plan")
    return QueryResponse(
        answer=out["answer"] or NO_DATA,
        found=out["found"],
        citations=out["citations"],
        verdicts=out["verdicts"],
        confidence=out["confidence"],
        searched=out["searched"],
        intent=plan.intent if plan else "",
        timings=out["timings"],
        retrieval_errors=out["retrieval_errors"],
        thread_id=thread_id,
        cached=cached,
    )


@dataclass
class Run:
    """One question asked of the graph, as it goes: its traced config, then each node's update,
    then the final state and the answer (`run`)."""

    config: dict[str, Any]
    final: dict[str, Any] | None = None
    """The graph's final state (None when the answer came from the cache)."""
    result: QueryResponse | None = None


async def run(
    svc: Services,
    question: str,
    organizations: tuple[int, ...] | None,
    thread_id: str | None,
    user: str,
    *,
    today: date | None = None,
    tags: list[str] | None = None,
) -> AsyncGenerator[tuple[Run, dict[str, Any] | None]]:
    """The one answer path (HTTP, SSE, MCP, `ask` and `eval`): the cache outside threads, the
    graph scoped to the caller, traced as `user`, thread memory, metrics. Yields `(run, update)`
    for each node's update, then `(run, None)` with `run.result` set.

    The graph runs in its own task fed through a queue: when the consumer goes away (a client
    that closes its stream) the generator is closed and the task cancelled at once, whatever
    node is running."""
    key, hit = await _cached(svc, question, organizations, thread_id)
    runner, config = _runner(svc, thread_id, user, organizations, tags)
    current = Run(config=config)
    if hit is not None:
        current.result = hit
        yield current, None
        return
    context = await _context(svc, organizations, today)
    updates: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()

    async def pump() -> None:
        try:
            async for mode, chunk in runner.astream(
                {"question": question}, config, context=context, stream_mode=["updates", "values"]
            ):
                await updates.put((mode, chunk))
            await updates.put(("end", None))
        except Exception as exc:
            await updates.put(("error", exc))

    task = asyncio.create_task(pump())
    try:
        while True:
            kind, chunk = await updates.get()
            if kind == "values":
                current.final = chunk
            elif kind == "updates":
                yield current, chunk
            elif kind == "error":
                raise chunk
            else:
                break
    finally:
        task.cancel()
    assert current.final is not None
    current.result = await _finished(svc, current.final, thread_id, key, config, user)
    yield current, None


async def answer(
    svc: Services,
    question: str,
    organizations: tuple[int, ...] | None,
    thread_id: str | None,
    user: str,
) -> QueryResponse:
    """The validated answer (`run`); cached per (question, organizations, data version)
    outside threads. `user` names the caller in traces (`key:<id>`)."""
    async with aclosing(run(svc, question, organizations, thread_id, user)) as steps:
        async for current, update in steps:
            if update is None and current.result is not None:
                return current.result
    raise AssertionError("a run ends with its answer")


async def _cached(
    svc: Services, question: str, organizations: tuple[int, ...] | None, thread_id: str | None
) -> tuple[str | None, QueryResponse | None]:
    """The cache key of a question asked outside a thread, and its cached answer if any."""
    if thread_id or not svc.settings.cache_seconds:
        return None, None
    key = cache_key(question, organizations, await data_version(svc.stores.sql))
    hit = await svc.cache.get(key)
    metrics.CACHE.labels(result="hit" if hit is not None else "miss").inc()
    return key, None if hit is None else QueryResponse.model_validate({**hit, "cached": True})


async def _finished(
    svc: Services,
    out: dict[str, Any],
    thread_id: str | None,
    key: str | None,
    config: dict[str, Any],
    user: str,
) -> QueryResponse:
    """After a run, however it was asked: the thread tidied, the metrics counted, the answer
    shaped and cached."""
    await _tidy(svc, config, user)
    metrics.observe_answer(out)
    result = response(out, thread_id)
    pointers = await credentials.cited(svc.stores, [c.source_id for c in result.citations])
    result = result.model_copy(update={"credentials": pointers})
    if key is not None:
        await svc.cache.set(key, result.model_dump(mode="json"), svc.settings.cache_seconds)
    return result


def _answered(result: QueryResponse) -> tuple[str, Any]:
    return _event(
        "answer",
        {
            "answer": result.answer,
            "citations": [c.model_dump() for c in result.citations],
            "confidence": result.confidence,
            "found": result.found,
            "searched": result.searched,
            "thread_id": result.thread_id,
            "cached": result.cached,
            "credentials": [c.model_dump(mode="json") for c in result.credentials],
        },
    )


def _event(name: str, data: Any) -> tuple[str, Any]:
    return name, data


async def stream(
    svc: Services,
    question: str,
    organizations: tuple[int, ...] | None,
    thread_id: str | None,
    user: str,
) -> AsyncIterator[tuple[str, Any]]:
    """The run (`run`) as (event, data) pairs, the stream's SSE events; only validated
    sentences are ever sent as answer text. A cached answer is sent whole."""
    started: dict[str, float] = {}
    try:
        async with aclosing(run(svc, question, organizations, thread_id, user)) as steps:
            async for current, update in steps:
                if update is None:
                    assert current.result is not None
                    if current.final is None:  # from the cache
                        verdicts = [v.model_dump() for v in current.result.verdicts]
                        yield _event("validation", {"verdicts": verdicts})
                    yield _answered(current.result)
                    continue
                for node, change in update.items():
                    change = change or {}
                    if node in ("plan", "replan"):
                        plan = change["plan"]
                        yield _event(
                            "plan",
                            {
                                "attempt": change.get("attempt", 0),
                                "intent": plan.intent,
                                "organization_ids": plan.organization_ids,
                                "devices": plan.devices,
                                "attribute": plan.attribute,
                                "retrievers": plan.retrievers,
                                "window": [str(plan.window_start), str(plan.window_end)]
                                if plan.window_start
                                else None,
                            },
                        )
                        for name in plan.retrievers:
                            started[name] = time.perf_counter()
                            yield _event("retrieval", {"retriever": name, "status": "started"})
                    elif node.startswith("retrieve_"):
                        for r in change.get("retrievals") or []:
                            yield _event(
                                "retrieval",
                                {
                                    "retriever": r.retriever,
                                    "status": "failed" if r.error else "done",
                                    "count": len(r.evidence),
                                    "ms": round(r.seconds * 1000, 1),
                                    "error": r.error,
                                },
                            )
                    elif node == "fuse":
                        yield _event(
                            "evidence",
                            {
                                "items": [
                                    {
                                        "source_id": e.source_id,
                                        "title": e.title,
                                        "organization_id": e.organization_id,
                                        "record_type": e.record_type.value,
                                        "score": e.score,
                                    }
                                    for e in change.get("evidence", [])
                                ]
                            },
                        )
                    elif node == "validate":
                        yield _event(
                            "validation",
                            {"verdicts": [v.model_dump() for v in change.get("verdicts", [])]},
                        )
                    elif node == "respond":
                        for sentence in change.get("sentences", []):
                            yield _event("answer.delta", {"text": sentence})
    except ItGlueRagError as exc:  # the stream says what went wrong instead of breaking off
        yield _event("error", {"code": "unavailable", "message": str(exc), "request_id": rid()})
    except Exception:  # never internal text (a store's message, a path) in the event
        log.exception("stream %s failed", rid())
        message = "internal error; quote the request id when reporting it"
        yield _event("error", {"code": "internal", "message": message, "request_id": rid()})
    yield _event("done", {})

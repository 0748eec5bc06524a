"""Asking the graph for the API and MCP: one path, scoped to the caller, cached, streamable."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

from fastapi.sse import ServerSentEvent

from core.errors import ItGlueRagError
from core.logs import request_id
from graphs.context import Context
from graphs.rag import graph as plain_graph
from graphs.state import NO_DATA
from server import metrics
from server.schemas import QueryResponse
from server.services import Services
from stores.cache import cache_key, data_version

log = logging.getLogger(__name__)


def rid() -> str:
    return request_id.get()


def _context(svc: Services, organizations: tuple[int, ...] | None) -> Context:
    return Context(
        organization_ids=organizations, stores=svc.stores, embedder=svc.embedder, model=svc.model
    )


def thread_key(user: str, organizations: tuple[int, ...] | None, thread_id: str) -> str:
    """The checkpointer's key of a caller's thread: the key and the organizations it was
    started with, then the caller's id. Another key (or the same key with other organizations)
    naming the same thread id reaches a thread of its own, as if none existed."""
    scope = ",".join(map(str, sorted(organizations))) if organizations else "*"
    return f"{user}/{scope}/{thread_id}"


def _runner(
    svc: Services, thread_id: str | None, user: str, organizations: tuple[int, ...] | None
) -> tuple[Any, dict[str, Any]]:
    """The graph (with thread memory when there is a thread) and its traced run config."""
    runner, config = plain_graph, {}
    if thread_id:
        bound = thread_key(user, organizations, thread_id)
        runner, config = svc.graph, {"configurable": {"thread_id": bound}}
    return runner, svc.tracer.config(config, user=user, session=thread_id)


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


async def answer(
    svc: Services,
    question: str,
    organizations: tuple[int, ...] | None,
    thread_id: str | None,
    user: str,
) -> QueryResponse:
    """The validated answer; cached per (question, organizations, data version) outside threads.

    `user` names the caller in traces (`key:<id>`)."""
    key = None
    if not thread_id and svc.settings.cache_seconds:
        key = cache_key(question, organizations, await data_version(svc.stores.sql))
        hit = await svc.cache.get(key)
        metrics.CACHE.labels(result="hit" if hit is not None else "miss").inc()
        if hit is not None:
            return QueryResponse.model_validate({**hit, "cached": True})
    runner, config = _runner(svc, thread_id, user, organizations)
    out = await runner.ainvoke({"question": question}, config, context=_context(svc, organizations))
    await _tidy(svc, config, user)
    metrics.observe_answer(out)
    result = response(out, thread_id)
    if key is not None:
        await svc.cache.set(key, result.model_dump(mode="json"), svc.settings.cache_seconds)
    return result


def _event(name: str, data: Any) -> ServerSentEvent:
    return ServerSentEvent(event=name, data=data)


async def stream(
    svc: Services,
    question: str,
    organizations: tuple[int, ...] | None,
    thread_id: str | None,
    user: str,
) -> AsyncIterator[ServerSentEvent]:
    """The run as SSE events; only validated sentences are ever sent as answer text."""
    runner, config = _runner(svc, thread_id, user, organizations)
    started: dict[str, float] = {}
    # The run lives in its own task, fed through a queue: when the client goes away this
    # generator is closed and the task is cancelled at once, whatever node is running.
    updates: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()

    async def pump() -> None:
        try:
            async for update in runner.astream(
                {"question": question},
                config,
                context=_context(svc, organizations),
                stream_mode="updates",
            ):
                await updates.put(("update", update))
            await updates.put(("end", None))
        except Exception as exc:
            await updates.put(("error", exc))

    run = asyncio.create_task(pump())
    try:
        while True:
            kind, update = await updates.get()
            if kind == "end":
                await _tidy(svc, config, user)
                break
            if kind == "error":
                raise update
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
                    yield _event(
                        "answer",
                        {
                            "answer": change.get("answer") or NO_DATA,
                            "citations": [c.model_dump() for c in change.get("citations", [])],
                            "confidence": change.get("confidence", 0.0),
                            "found": change.get("found", False),
                            "searched": change.get("searched", []),
                            "thread_id": thread_id,
                        },
                    )
    except ItGlueRagError as exc:  # the stream says what went wrong instead of breaking off
        yield _event("error", {"code": "unavailable", "message": str(exc), "request_id": rid()})
    except Exception:  # never internal text (a store's message, a path) in the event
        log.exception("stream %s failed", rid())
        message = "internal error; quote the request id when reporting it"
        yield _event("error", {"code": "internal", "message": message, "request_id": rid()})
    finally:
        run.cancel()
    yield _event("done", {})

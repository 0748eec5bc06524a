"""Prometheus metrics of the running service (served at /metrics): requests, node latency,
retriever hits and failures, validator removals, abstentions, cache hits, synced records,
sync jobs by status and their errors."""

from __future__ import annotations

from typing import Any

from prometheus_client import Counter, Histogram

REQUESTS = Counter("itglue_rag_requests_total", "HTTP requests", ["method", "route", "status"])
REQUEST_SECONDS = Histogram(
    "itglue_rag_request_seconds",
    "HTTP request latency",
    ["route"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
NODE_SECONDS = Histogram(
    "itglue_rag_node_seconds",
    "Answer-graph node latency",
    ["node"],
    buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10),
)
ANSWERS = Counter("itglue_rag_answers_total", "Answers given", ["found"])
CLAIMS_REMOVED = Counter("itglue_rag_claims_removed_total", "Claims the validator removed")
RETRIEVER_ERRORS = Counter(
    "itglue_rag_retriever_errors_total", "Retrievers that failed or timed out", ["retriever"]
)
CITATIONS = Counter("itglue_rag_citations_total", "Sources cited in answers")
CACHE = Counter("itglue_rag_cache_total", "Query cache lookups", ["result"])
SYNCED = Counter("itglue_rag_sync_records_total", "Records a sync fetched", ["record_type"])
SYNC_JOBS = Counter("itglue_rag_sync_jobs_total", "Sync jobs ended", ["status"])
SYNC_ERRORS = Counter("itglue_rag_sync_errors_total", "Errors sync jobs recorded")


def observe_sync(job: Any) -> None:
    """Count one finished sync job (stores.sync_jobs.SyncJob): its records, status, errors."""
    for kind, counts in job.counts.items():
        if isinstance(counts, dict):
            SYNCED.labels(record_type=kind).inc(counts.get("fetched", 0))
    SYNC_JOBS.labels(status=job.status).inc()
    SYNC_ERRORS.inc(len(job.errors))


def observe_answer(out: dict[str, Any]) -> None:
    """Count one answer of the graph (its output state)."""
    ANSWERS.labels(found=str(bool(out.get("found"))).lower()).inc()
    for node, seconds in (out.get("timings") or {}).items():
        NODE_SECONDS.labels(node=node).observe(seconds)
    CLAIMS_REMOVED.inc(sum(1 for v in out.get("verdicts") or [] if not v.supported))
    CITATIONS.inc(len(out.get("citations") or []))
    for error in out.get("retrieval_errors") or []:
        RETRIEVER_ERRORS.labels(retriever=error.split(" ", 1)[0]).inc()

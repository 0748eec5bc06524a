"""One sync run: its job row and what the run has counted, timed and learned so far.

The `Syncer` holds only what outlives a run (stores, client, cipher, ingestor, progress); a
`Run` is made for each job, so the counts, timings, request statistics and the key's password
access of one run never leak into the next.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field

from stores.sync_jobs import SyncJob
from sync.fetch import Fetcher
from sync.ingest import IngestReport
from sync.itglue import ClientStats, ItGlueClient


@dataclass
class Run:
    """One sync job in progress."""

    job: SyncJob
    fetch: Fetcher
    """Reads IT Glue for this run (and knows whether the key has Password Access)."""
    baseline: ClientStats
    """The client's statistics when the run began: the job reports the difference."""
    waited: float
    """Seconds the client's rate limiter had waited when the run began."""
    started: float = field(default_factory=time.perf_counter)
    ingest_failed: bool = False
    """An ingest failed: the lists read across organizations keep their watermarks."""

    @staticmethod
    def client_baseline(client: ItGlueClient) -> tuple[ClientStats, float]:
        """A copy of the client's statistics and rate-limit wait, to measure a run from."""
        stats = dataclasses.replace(client.stats, by_status=dict(client.stats.by_status))
        return stats, client.limiter.waited

    def count(self, kind: str, key: str, amount: int) -> None:
        """Add to the job's fetched, changed or deleted count of a record type."""
        if amount:
            bucket = self.job.counts.setdefault(kind, {"fetched": 0, "changed": 0, "deleted": 0})
            bucket[key] = bucket.get(key, 0) + amount

    def time(self, phase: str, since: float) -> float:
        """Add the seconds since `since` to a phase's timing; returns now."""
        now = time.perf_counter()
        self.job.timings[phase] = round(self.job.timings.get(phase, 0.0) + now - since, 3)
        return now

    def ingested(self, report: IngestReport) -> None:
        """Fold what one ingest did into the job's counts and timings."""
        job = self.job
        for kind, n in report.changed.items():
            self.count(kind, "changed", n)
        for kind, n in report.deleted.items():
            self.count(kind, "deleted", n)
        job.counts["chunks_embedded"] = (
            job.counts.get("chunks_embedded", 0) + report.chunks_embedded
        )
        for phase, seconds in report.phase_seconds.items():
            job.timings[f"ingest.{phase}"] = round(
                job.timings.get(f"ingest.{phase}", 0) + seconds, 3
            )

    def measure(self) -> None:
        """Set the job's request statistics (this run's share of the client's) and total time."""
        client, base = self.fetch.client, self.baseline
        s = client.stats
        self.job.stats = {
            "requests": s.requests - base.requests,
            "retries": s.retries - base.retries,
            "throttled": s.throttled - base.throttled,
            "seconds_backing_off": round(s.seconds_waiting - base.seconds_waiting, 3),
            "seconds_rate_limited": round(client.limiter.waited - self.waited, 3),
            "by_status": {
                str(k): n - base.by_status.get(k, 0)
                for k, n in sorted(s.by_status.items())
                if n - base.by_status.get(k, 0)
            },
        }
        self.job.timings["total"] = round(time.perf_counter() - self.started, 3)

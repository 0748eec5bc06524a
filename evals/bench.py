"""`itglue-rag bench`: answer a set of questions with N at a time; latency, throughput and the
share of time per node.

The default questions are made from the sample MSP's own names (ten kinds per organization, the
first 24 organizations), so they run at any `--scale`. A file gives one question per line."""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from core.models import Organization
from graphs.rag import graph
from retrievers.context import Context


def sample_questions(organizations: Sequence[Organization], most_orgs: int = 24) -> list[str]:
    out = []
    for org in list(organizations)[:most_orgs]:
        short, name = org.short_name, org.name
        out += [
            f"What is the IP address of {short}-DC01?",
            f"What is the serial number of {short}-FW01?",
            f"Which passwords exist for the {name} firewall?",
            f"What is affected if {short}-SQL01 goes down?",
            f"What does {short}-SW01 connect to?",
            f"How do I restart the print spooler at {name}?",
            f"How many workstations does {name} have?",
            f"Which SSL certificates at {name} expire in the next 90 days?",
            f"Give me an overview of {name}",
            "Has any other client had a similar backup restore problem?",
        ]
    return out


@dataclass
class BenchResult:
    questions: int
    concurrency: int
    seconds: float
    latencies: list[float]
    found: int
    node_seconds: dict[str, float] = field(default_factory=dict)
    errors: int = 0

    @property
    def qps(self) -> float:
        return self.questions / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        if not ordered:
            return 0.0
        index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
        return ordered[index]

    def as_dict(self) -> dict[str, Any]:
        total = sum(self.node_seconds.values()) or 1.0
        return {
            "questions": self.questions,
            "concurrency": self.concurrency,
            "seconds": round(self.seconds, 3),
            "qps": round(self.qps, 2),
            "p50_ms": round(self.percentile(0.5) * 1000, 1),
            "p95_ms": round(self.percentile(0.95) * 1000, 1),
            "mean_ms": round(statistics.fmean(self.latencies) * 1000, 1) if self.latencies else 0,
            "found": self.found,
            "errors": self.errors,
            "node_share": {
                k: round(v / total, 3)
                for k, v in sorted(self.node_seconds.items(), key=lambda kv: -kv[1])
            },
        }


async def run(
    questions: Sequence[str], context: Context, concurrency: int, progress: Any = None
) -> BenchResult:
    gate = asyncio.Semaphore(concurrency)
    result = BenchResult(len(questions), concurrency, 0.0, [], 0)

    async def one(question: str) -> None:
        async with gate:
            started = time.perf_counter()
            try:
                out = await graph.ainvoke({"question": question}, context=context)
            except Exception:
                result.errors += 1
                return
            finally:
                if progress is not None:
                    progress()
            result.latencies.append(time.perf_counter() - started)
            result.found += bool(out["found"])
            for node, seconds in out["timings"].items():
                result.node_seconds[node] = result.node_seconds.get(node, 0.0) + seconds

    started = time.perf_counter()
    await asyncio.gather(*(one(q) for q in questions))
    result.seconds = time.perf_counter() - started
    return result

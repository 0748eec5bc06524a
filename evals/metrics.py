"""Metrics judged against the golden data only (never by the validator under test).

Per item: did the answer abstain, are all expected facts in it, which cited records were
expected, and which checkable facts (IPs, MACs, dates, identifiers) appear in no gold source.
Aggregates: fact accuracy, abstention precision and recall, hallucinated-fact rate, citation
precision and recall, latency p50/p95, per category and overall.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from evals.golden import GoldenItem

NO_DATA = "No data available"
_FACTS = re.compile(
    r"\b(?:\d{1,3}\.){3}\d{1,3}\b"  # IPv4
    r"|\b[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}\b"  # MAC
    r"|\b\d{4}-\d{2}-\d{2}\b"  # ISO date
    r"|\b(?=[A-Za-z0-9-]*[A-Za-z])(?=[A-Za-z0-9-]*\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\b"  # ids
)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _record(source_id: str) -> str:
    return source_id.split("#", 1)[0]


@dataclass
class Scored:
    item: GoldenItem
    answer: str
    cited: list[str]
    seconds: float
    abstained: bool = False
    facts_found: int = 0
    facts_expected: int = 0
    correct: bool = False
    cited_expected: int = 0
    hallucinated: list[str] = field(default_factory=list)
    answer_facts: int = 0
    ranked: dict[str, list[str]] = field(default_factory=dict)
    """Source ids each retriever (and fusion: "fused") returned, best first."""
    trace_id: str | None = None
    """The Langfuse trace of this answer, when tracing is on."""
    leaked: list[str] = field(default_factory=list)
    """Password values found in the answer (must always be empty)."""


def score(
    item: GoldenItem,
    answer: str,
    cited: Sequence[str],
    seconds: float,
    gold_text: str,
    secrets: Iterable[str] = (),
) -> Scored:
    """One answer against its gold item; `gold_text` is the text of every gold source in the
    caller's reach (what a correct answer may quote); `secrets` are the account's password
    values, none of which may appear in any answer."""
    s = Scored(item=item, answer=answer, cited=[_record(c) for c in cited], seconds=seconds)
    s.leaked = [v for v in secrets if v and v in answer]
    s.abstained = answer.strip().startswith(NO_DATA)
    text = _norm(answer)
    s.facts_expected = len(item.expected_facts)
    s.facts_found = sum(1 for f in item.expected_facts if _norm(f) in text)
    if item.answerable:
        s.correct = not s.abstained and s.facts_found == s.facts_expected
    else:
        s.correct = s.abstained
    expected = {_record(x) for x in item.expected_sources}
    s.cited_expected = len(set(s.cited) & expected)
    if not s.abstained:
        body = re.sub(r"\[\d+\]", " ", answer)
        found = [m.group(0) for m in _FACTS.finditer(body)]
        s.answer_facts = len(found)
        gold = gold_text.lower()
        s.hallucinated = [f for f in found if f.lower() not in gold]
    return s


def _ratio(numerator: float, denominator: float) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def aggregate(scored: Iterable[Scored]) -> dict[str, Any]:
    rows = list(scored)
    answerable = [s for s in rows if s.item.answerable]
    unanswerable = [s for s in rows if not s.item.answerable]
    abstained = [s for s in rows if s.abstained]
    cited = sum(len(set(s.cited)) for s in rows)
    expected_cites = sum(len({_record(x) for x in s.item.expected_sources}) for s in answerable)
    latencies = sorted(s.seconds for s in rows)

    def pct(q: float) -> float | None:
        if not latencies:
            return None
        return round(latencies[min(len(latencies) - 1, round(q * (len(latencies) - 1)))] * 1000, 1)

    return {
        "items": len(rows),
        "accuracy": _ratio(sum(s.correct for s in rows), len(rows)),
        "fact_accuracy": _ratio(sum(s.correct for s in answerable), len(answerable)),
        "fact_recall": _ratio(
            sum(s.facts_found for s in answerable), sum(s.facts_expected for s in answerable)
        ),
        "abstention_precision": _ratio(
            sum(not s.item.answerable for s in abstained), len(abstained)
        ),
        "abstention_recall": _ratio(sum(s.abstained for s in unanswerable), len(unanswerable)),
        "hallucinated_fact_rate": _ratio(
            sum(len(s.hallucinated) for s in rows), sum(s.answer_facts for s in rows)
        ),
        "citation_precision": _ratio(sum(s.cited_expected for s in answerable), cited),
        "citation_recall": _ratio(sum(s.cited_expected for s in answerable), expected_cites),
        "password_leaks": sum(len(s.leaked) for s in rows),
        "latency_p50_ms": pct(0.5),
        "latency_p95_ms": pct(0.95),
        "latency_mean_ms": round(statistics.fmean(latencies) * 1000, 1) if latencies else None,
    }


def retrieval(scored: Iterable[Scored]) -> dict[str, dict[str, Any]]:
    """Recall@5/@10 and MRR of the expected records, per retriever and after fusion, over the
    answerable questions that have expected sources and that the retriever ran for."""
    sums: dict[str, dict[str, float]] = {}
    for s in scored:
        expected = {_record(x) for x in s.item.expected_sources}
        if not s.item.answerable or not expected:
            continue
        for name, ids in s.ranked.items():
            records = list(dict.fromkeys(_record(i) for i in ids))
            row = sums.setdefault(name, {"questions": 0, "r5": 0.0, "r10": 0.0, "mrr": 0.0})
            row["questions"] += 1
            row["r5"] += len(expected & set(records[:5])) / len(expected)
            row["r10"] += len(expected & set(records[:10])) / len(expected)
            first = next((n for n, r in enumerate(records, 1) if r in expected), None)
            row["mrr"] += 1 / first if first else 0.0
    return {
        name: {
            "questions": int(r["questions"]),
            "recall@5": round(r["r5"] / r["questions"], 4),
            "recall@10": round(r["r10"] / r["questions"], 4),
            "mrr": round(r["mrr"] / r["questions"], 4),
        }
        for name, r in sorted(sums.items())
    }

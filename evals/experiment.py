"""The golden set as a Langfuse dataset and an eval run as a Langfuse experiment.

`push` upserts one dataset item per golden question (stable ids, so nightly runs line up item by
item). `record` replays a finished run into `run_experiment`: the task returns the answer the
graph gave in this run (it is not asked again: the graph's own traces are already in Langfuse,
tagged `eval` and the run id, and each item's output links to its trace), and the evaluators
return the scores `evals.metrics` gave it, so Langfuse shows the same numbers as the report.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from evals.golden import GoldenItem
from evals.metrics import Scored


def item_id(dataset: str, item: GoldenItem) -> str:
    return f"{dataset}-{item.id}"


def push(client: Any, dataset: str, items: Sequence[GoldenItem]) -> int:
    """Create (or update) the dataset and its items; returns how many items were sent."""
    client.create_dataset(
        name=dataset,
        description="itglue-rag golden questions over the sample MSP (evals/golden/)",
        metadata={"source": "evals/golden"},
    )
    for item in items:
        client.create_dataset_item(
            dataset_name=dataset,
            id=item_id(dataset, item),
            input={
                "question": item.question,
                "organizations": item.organizations,
                "thread": item.thread,
            },
            expected_output={
                "answerable": item.answerable,
                "facts": item.expected_facts,
                "sources": item.expected_sources,
            },
            metadata={"category": item.category, "golden_id": item.id},
        )
    return len(items)


def record(
    client: Any, dataset: str, run_name: str, scored: Sequence[Scored], overall: dict[str, Any]
) -> Any:
    """Record `scored` as experiment `run_name` on `dataset`; returns Langfuse's result."""
    from langfuse import Evaluation

    by_id = {item_id(dataset, s.item): s for s in scored}
    items = [i for i in client.get_dataset(dataset).items if i.id in by_id]

    def task(*, item: Any, **_: Any) -> dict[str, Any]:
        s = by_id[item.id]
        return {"id": item.id, "answer": s.answer, "cited": s.cited, "trace_id": s.trace_id}

    def scores(*, output: dict[str, Any], **_: Any) -> list[Evaluation]:
        s = by_id[output["id"]]
        found = [
            Evaluation(name="correct", value=1.0 if s.correct else 0.0),
            Evaluation(name="hallucinated_facts", value=float(len(s.hallucinated))),
            Evaluation(name="latency_ms", value=round(s.seconds * 1000, 1)),
        ]
        if s.facts_expected:
            found.append(Evaluation(name="fact_recall", value=s.facts_found / s.facts_expected))
        return found

    def totals(**_: Any) -> list[Evaluation]:
        return [
            Evaluation(name=name, value=float(value))
            for name, value in overall.items()
            if isinstance(value, int | float) and not isinstance(value, bool)
        ]

    return client.run_experiment(
        name="itglue-rag eval",
        run_name=run_name,
        description=f"itglue-rag eval of {len(items)} golden questions",
        data=items,
        task=task,
        evaluators=[scores],
        run_evaluators=[totals],
        max_concurrency=8,
    )

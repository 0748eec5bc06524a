"""`itglue-rag eval`: ask every golden question of the answer graph (deterministic unless a
model is configured), score the answers against the gold data, write a JSON and a Markdown
report, compare with a baseline, and fail under thresholds.

Questions run as their callers would, through the API's answer path: scoped to the item's
organizations, follow-ups in one thread with thread memory, expiry windows counted from the
sample's reference date."""

from __future__ import annotations

import json
import os
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from contextlib import aclosing
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from core.crypto import Cipher
from core.models import Snapshot
from evals.golden import GoldenItem
from evals.metrics import Scored, aggregate, retrieval, score
from server.services import Services, answers
from server.services.schemas import QueryResponse
from stores import render
from sync.demo.sample import REFERENCE_DATE, generate


def _gold_text(stores_snapshot: Any, organizations: Sequence[int] | None) -> str:
    """Every record's rendered text the caller may see: what a correct answer may quote."""
    names = {o.id: o.name for o in stores_snapshot.organizations}
    parts: list[str] = []
    for record in stores_snapshot.records():
        if organizations is None or record.organization_id in organizations:
            parts.extend(f"{c.title}\n{c.text}" for c in render.chunks(record, names))
    return "\n".join(parts)


async def run(
    svc: Services,
    items: Sequence[GoldenItem],
    progress: Callable[[], None] | None = None,
    snapshot: Snapshot | None = None,
    today: date = REFERENCE_DATE,
) -> list[Scored]:
    """Every item asked and scored, through the answer path of the API
    (`server.services.answers.run`: its cache, metrics, thread memory and trace — user `eval`,
    the item's thread as session, tags `eval` and the run id)."""
    secrets = sample_password_values() if snapshot is None else []
    snapshot = snapshot or generate(1)
    gold_cache: dict[tuple[int, ...] | None, str] = {}
    run_id = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    out: list[Scored] = []
    for item in items:
        scope = tuple(item.organizations) if item.organizations else None
        thread = f"eval-{run_id}-{item.thread}" if item.thread else None
        started = time.perf_counter()
        answered: QueryResponse | None = None
        ranked: dict[str, list[str]] = {}
        steps = answers.run(
            svc, item.question, scope, thread, "eval", today=today, tags=["eval", run_id]
        )
        async with aclosing(steps):
            async for current, update in steps:
                if update is None:
                    answered, config = current.result, current.config
                    continue
                for node, change in update.items():
                    retrievals = (change or {}).get("retrievals")
                    for r in retrievals if isinstance(retrievals, list) else []:
                        if r.attempt == 0:
                            ranked[r.retriever] = [e.source_id for e in r.evidence]
                    if node == "fuse" and "fused" not in ranked:
                        ranked["fused"] = [e.source_id for e in change.get("evidence", [])]
        seconds = time.perf_counter() - started
        if scope not in gold_cache:
            gold_cache[scope] = _gold_text(snapshot, scope)
        assert answered is not None
        cited = [c.source_id for c in answered.citations]
        scored = score(item, answered.answer, cited, seconds, gold_cache[scope], secrets)
        scored.ranked = ranked
        scored.trace_id = svc.tracer.trace_id(config)
        out.append(scored)
        if progress:
            progress()
    return out


def sample_password_values() -> list[str]:
    """The sample MSP's password values: the generator draws the same values whatever key
    encrypts them, so a throwaway key recovers them to check that no answer ever holds one."""
    cipher = Cipher(os.urandom(32))
    return [cipher.decrypt(p.value_encrypted or "") for p in generate(1, cipher=cipher).passwords]


def report(
    scored: Sequence[Scored],
    baseline: dict[str, Any] | None = None,
    validator: dict[str, Any] | None = None,
    grounding: dict[str, Any] | None = None,
) -> dict[str, Any]:
    by_category: dict[str, list[Scored]] = defaultdict(list)
    for s in scored:
        by_category[s.item.category].append(s)
    failures = [
        {
            "id": s.item.id,
            "category": s.item.category,
            "question": s.item.question,
            "answerable": s.item.answerable,
            "expected_facts": s.item.expected_facts,
            "answer": s.answer,
            "hallucinated": s.hallucinated,
        }
        for s in scored
        if not s.correct or s.hallucinated
    ]
    splits: dict[str, list[Scored]] = defaultdict(list)
    for s in scored:
        prefix = s.item.id.split("-", 1)[0]
        for split in (
            "dev",
            "holdout",
            "other",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
        ):
            if prefix.startswith(split):  # dev…dev7 are one dev split; other2 is other's
                splits[split if split in ("dev", "holdout") else prefix].append(s)
    data: dict[str, Any] = {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "overall": aggregate(scored),
        "splits": {k: aggregate(v) for k, v in sorted(splits.items())},
        "retrieval": retrieval(scored),
        "categories": {k: aggregate(v) for k, v in sorted(by_category.items())},
        "failures": failures,
    }
    if validator is not None:
        data["validator"] = validator
    if grounding is not None:
        data["grounding"] = grounding
    if baseline:
        data["diff"] = {
            k: round(v - baseline["overall"][k], 4)
            for k, v in data["overall"].items()
            if isinstance(v, (int, float)) and isinstance(baseline["overall"].get(k), (int, float))
        }
    return data


def markdown(data: dict[str, Any]) -> str:
    overall = data["overall"]
    lines = [
        "# itglue-rag eval report",
        "",
        f"Generated {data['generated_at']}.",
        "",
        "| metric | value | vs baseline |",
        "|---|---|---|",
    ]
    for key, value in overall.items():
        diff = data.get("diff", {}).get(key)
        lines.append(f"| {key} | {value} | {'' if diff is None else f'{diff:+g}'} |")
    keys = [
        "items",
        "accuracy",
        "fact_recall",
        "abstention_recall",
        "citation_precision",
        "citation_recall",
        "hallucinated_fact_rate",
        "latency_p50_ms",
    ]
    lines += [
        "",
        "## By category",
        "",
        "| category | " + " | ".join(keys) + " |",
        "|---|" + "---|" * len(keys),
    ]
    for name, m in data["categories"].items():
        lines.append(f"| {name} | " + " | ".join(str(m.get(k)) for k in keys) + " |")
    if data.get("splits"):
        lines += [
            "",
            "## By split (dev: tuned on; holdout: not read while tuning)",
            "",
            "| split | " + " | ".join(keys) + " | abstention_precision | password_leaks |",
            "|---|" + "---|" * (len(keys) + 2),
        ]
        for name, m in data["splits"].items():
            cells = [str(m.get(k)) for k in [*keys, "abstention_precision", "password_leaks"]]
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
    if data.get("retrieval"):
        lines += [
            "",
            "## Retrieval (first attempt, record level)",
            "",
            "| retriever | questions | recall@5 | recall@10 | MRR |",
            "|---|---|---|---|---|",
        ]
        for name, r in data["retrieval"].items():
            lines.append(
                f"| {name} | {r['questions']} | {r['recall@5']} | {r['recall@10']} | {r['mrr']} |"
            )
    if "validator" in data:
        v = data["validator"]
        lines += [
            "",
            "## Validator benchmark (injected errors)",
            "",
            "| error kind | caught | missed | recall |",
            "|---|---|---|---|",
        ]
        for kind, row in v["by_kind"].items():
            lines.append(f"| {kind} | {row['caught']} | {row['missed']} | {row['recall']} |")
        lines += [
            "",
            f"Correct claims kept {v['correct']['kept']}, wrongly removed "
            f"{v['correct']['wrongly_removed']}; recall {v['recall']}, precision "
            f"{v['precision']}.",
        ]
        if v.get("drafts"):
            d = v["drafts"]
            lines += [
                "",
                f"Over {d['drafts']} scripted-model drafts that mix records (one wrong sentence "
                "each; true sentences of the same drafts):",
                "",
                "| error kind | caught | missed | recall | true kept | wrongly removed |",
                "|---|---|---|---|---|---|",
            ]
            for kind, row in d["by_kind"].items():
                lines.append(
                    f"| {kind} | {row['caught']} | {row['missed']} | {row['recall']} "
                    f"| {row['kept']} | {row['wrongly_removed']} |"
                )
            caught, by = (
                ", ".join(f"{k} {n}" for k, n in d[key].items())
                for key in ("caught_by", "wrongly_removed_by")
            )
            lines += [
                "",
                f"Recall {d['recall']}; wrong sentences caught by {caught}; true sentences "
                f"wrongly removed by {by}.",
            ]
    if data.get("grounding"):
        lines += [
            "",
            "## Claim check on public grounding sets (fact checks, then the support model "
            "fitted on these sets' rows: in sample; its cross-validated figures are in "
            "verify/support_model.json; no model judge)",
            "",
            "| dataset | rows | balanced accuracy | supported kept | unsupported caught "
            "| published |",
            "|---|---|---|---|---|---|",
        ]
        for name, g in data["grounding"].items():
            lines.append(
                f"| {name} | {g['rows']} | {g['balanced_accuracy']} "
                f"| {g['tp']}/{g['tp'] + g['fn']} | {g['tn']}/{g['tn'] + g['fp']} "
                f"| {g['published']} |"
            )
    lines += ["", f"## Failures ({len(data['failures'])})", ""]
    for f in data["failures"][:25]:
        lines.append(
            f"- **{f['id']}** ({f['category']}{'' if f['answerable'] else ', must abstain'})"
            f": {f['question']}  \n  expected {f['expected_facts']}; answered: "
            f"{f['answer'][:300]}"
            + (f"; not in any gold source: {f['hallucinated']}" if f["hallucinated"] else "")
        )
    return "\n".join(lines) + "\n"


def thresholds_failed(data: dict[str, Any], limits: dict[str, float]) -> list[str]:
    """Limits are minimums, except for rates and latencies, which are maximums."""
    failed = []
    for key, limit in limits.items():
        value = data["overall"].get(key)
        if value is None:
            failed.append(f"{key}: no value")
            continue
        upper = key.endswith(("_rate", "_leaks")) or key.startswith("latency")
        if (value > limit) if upper else (value < limit):
            failed.append(f"{key} {value} {'>' if upper else '<'} {limit}")
    return failed


def write(data: dict[str, Any], directory: Path) -> tuple[Path, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    json_path, md_path = directory / "report.json", directory / "report.md"
    json_path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
    md_path.write_text(markdown(data))
    return json_path, md_path

"""The validator benchmark: correct claims and the same claims with realistic errors injected,
each checked by the validator node against the evidence it cites.

Error kinds: a neighbour's IP, a shifted date, a swapped serial, a device from another
organization, an invented step in a runbook. Per kind: how many wrong claims the validator
removed (caught) or kept (missed); and how many correct claims it wrongly removed.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import timedelta
from typing import Any

from langgraph.runtime import Runtime

from core.embeddings import Embedder
from core.models import Configuration, Document, Evidence, Snapshot
from graphs.context import Context
from graphs.state import Claim, Plan, State
from nodes.validate import validate
from retrievers import evidence
from stores import Stores
from sync.sample import generate

KINDS = ("neighbour_ip", "shifted_date", "swapped_serial", "other_org_device", "invented_step")


def cases(snapshot: Snapshot, seed: int = 11) -> list[tuple[str, Claim, list[Evidence]]]:
    """(kind or "correct", claim, the evidence it cites)."""
    rng = random.Random(seed)
    names = {o.id: o.name for o in snapshot.organizations}
    out: list[tuple[str, Claim, list[Evidence]]] = []
    configs = [c for c in snapshot.configurations if c.primary_ip and c.serial_number]
    by_org: dict[int, list[Configuration]] = defaultdict(list)
    for c in configs:
        by_org[c.organization_id].append(c)
    for c in rng.sample(configs, 60):
        ev = evidence.from_record(c, names, "sql")
        sid = c.source_id
        neighbour = rng.choice([x for x in by_org[c.organization_id] if x.id != c.id])
        foreigner = rng.choice([x for x in configs if x.organization_id != c.organization_id])
        out.append(
            ("correct", Claim(text=f"{c.name} has primary IP {c.primary_ip}.", citations=[sid]), ev)
        )
        out.append(
            (
                "correct",
                Claim(text=f"{c.name} has serial number {c.serial_number}.", citations=[sid]),
                ev,
            )
        )
        out.append(
            (
                "neighbour_ip",
                Claim(text=f"{c.name} has primary IP {neighbour.primary_ip}.", citations=[sid]),
                ev,
            )
        )
        out.append(
            (
                "swapped_serial",
                Claim(
                    text=f"{c.name} has serial number {neighbour.serial_number}.", citations=[sid]
                ),
                ev,
            )
        )
        out.append(
            (
                "other_org_device",
                Claim(text=f"{foreigner.name} has primary IP {c.primary_ip}.", citations=[sid]),
                ev,
            )
        )
        if c.warranty_expires_at:
            out.append(
                (
                    "correct",
                    Claim(
                        text=f"{c.name} has warranty expiring on {c.warranty_expires_at}.",
                        citations=[sid],
                    ),
                    ev,
                )
            )
            shifted = c.warranty_expires_at + timedelta(days=rng.choice([-30, 1, 7, 365]))
            out.append(
                (
                    "shifted_date",
                    Claim(text=f"{c.name} has warranty expiring on {shifted}.", citations=[sid]),
                    ev,
                )
            )
    docs = [d for d in snapshot.documents if isinstance(d, Document)]
    for d in rng.sample(docs, 30):
        chunks = evidence.from_record(d, names, "vector")
        chunk = next((e for e in chunks if len(e.text.splitlines()) > 3), chunks[0])
        lines = [x for x in chunk.text.splitlines()[2:] if len(x) > 20]
        if not lines:
            continue
        out.append(("correct", Claim(text=lines[0], citations=[chunk.source_id]), [chunk]))
        device = rng.choice(by_org[d.organization_id])
        invented = rng.choice(
            [
                f"Reboot {device.name} twice before you continue.",
                f"Disable the firewall rule on {device.name} first.",
                f"Reset the local administrator password on {device.name} before this step.",
                f"Run chkdsk /f on {device.name} and wait for it to finish.",
            ]
        )
        out.append(("invented_step", Claim(text=invented, citations=[chunk.source_id]), [chunk]))
    return out


async def run(stores: Stores, embedder: Embedder, model: Any = None) -> dict[str, Any]:
    snapshot = generate(1)
    runtime = Runtime(context=Context(stores=stores, embedder=embedder, model=model))
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"caught": 0, "missed": 0})
    correct = {"kept": 0, "wrongly_removed": 0}
    removed_reasons: list[str] = []
    for kind, claim, cited in cases(snapshot):
        state = State(question="", plan=Plan(intent="lookup"), evidence=cited, claims=[claim])
        verdict = (await validate(state, runtime))["verdicts"][0]
        if kind == "correct":
            correct["kept" if verdict.supported else "wrongly_removed"] += 1
            if not verdict.supported:
                removed_reasons.append(f"{claim.text} — {verdict.reason}")
        else:
            counts[kind]["missed" if verdict.supported else "caught"] += 1
    table = {
        kind: {
            **counts[kind],
            "recall": round(counts[kind]["caught"] / max(1, sum(counts[kind].values())), 3),
        }
        for kind in KINDS
    }
    total_caught = sum(v["caught"] for v in table.values())
    total_wrong = sum(v["caught"] + v["missed"] for v in table.values())
    return {
        "by_kind": table,
        "correct": correct,
        "recall": round(total_caught / max(1, total_wrong), 3),
        "precision": round(total_caught / max(1, total_caught + correct["wrongly_removed"]), 3),
        "wrongly_removed_examples": removed_reasons[:10],
    }

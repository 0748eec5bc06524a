"""The validator benchmark: correct claims and the same claims with realistic errors injected,
each checked by the validator node against the evidence it cites.

Error kinds: a neighbour's IP, a shifted date, a swapped serial, a device from another
organization, an invented step in a runbook — each citing only the record the claim is about.
Version 2 adds the mistakes a drafter makes with several records in front of it: another cited
record's IP, serial, operating system or warranty date given to the subject (both records
cited); an IP with its last digit cut, a serial with its last character cut, one digit of a
number; a count off by one beside the list it counts; the value of another field (the primary
IP as the public one, the purchase date as the warranty's); a device of another organization
in the same sentence as a correct fact. Per kind: how many wrong claims the validator removed
(caught) or kept (missed); and how many correct claims (the same templates, true) it wrongly
removed. The version 2 kinds are also run over drafts in a model's words that mix records
(`evals/validator_drafts.py`), reported under `drafts`.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import timedelta
from typing import Any

from langgraph.runtime import Runtime

from core.embeddings import Embedder
from core.models import Configuration, Document, Evidence, Snapshot
from core.state import Claim, Plan, State
from evals import validator_drafts
from nodes.validate import validate
from retrievers import evidence
from retrievers.context import scoped
from stores import Stores
from sync.demo.sample import generate

KINDS = (
    "neighbour_ip",
    "shifted_date",
    "swapped_serial",
    "other_org_device",
    "invented_step",
    *validator_drafts.KINDS,  # version 2: the same kinds over deterministic and model drafts
)


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
    out += _several_records(snapshot, rng, names, configs, by_org)
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


def _several_records(
    snapshot: Snapshot,
    rng: random.Random,
    names: dict[int, str],
    configs: list[Configuration],
    by_org: dict[int, list[Configuration]],
) -> list[tuple[str, Claim, list[Evidence]]]:
    """Version 2: claims drafted with several records at hand, each true one beside its wrong
    twin."""
    out: list[tuple[str, Claim, list[Evidence]]] = []

    def ev(*records: Configuration) -> list[Evidence]:
        return [e for r in records for e in evidence.from_record(r, names, "sql")]

    def pair(kind: str, right: str, wrong: str, cited: list[Evidence]) -> None:
        sids = list(dict.fromkeys(e.source_id for e in cited))
        out.append(("correct", Claim(text=right, citations=sids), cited))
        out.append((kind, Claim(text=wrong, citations=sids), cited))

    for c in rng.sample(configs, 60):
        n = rng.choice([x for x in by_org[c.organization_id] if x.id != c.id])
        both = ev(c, n)
        if n.primary_ip != c.primary_ip:
            pair(
                "cited_swap_ip",
                f"{c.name} has primary IP {c.primary_ip}.",
                f"{c.name} has primary IP {n.primary_ip}.",
                both,
            )
        pair(
            "cited_swap_serial",
            f"{c.name} has serial number {c.serial_number}.",
            f"{c.name} has serial number {n.serial_number}.",
            both,
        )
        if c.operating_system and n.operating_system and c.operating_system != n.operating_system:
            pair(
                "cited_swap_os",
                f"{c.name} has operating system {c.operating_system}.",
                f"{c.name} has operating system {n.operating_system}.",
                both,
            )
        if c.warranty_expires_at and n.warranty_expires_at != c.warranty_expires_at:
            pair(
                "cited_swap_date",
                f"{c.name} has warranty expiring on {c.warranty_expires_at}.",
                f"{c.name} has warranty expiring on {n.warranty_expires_at}.",
                both,
            )
        ip = str(c.primary_ip)
        cut = ip[:-1] if len(ip.rsplit(".", 1)[1]) > 1 else ip.rsplit(".", 1)[0]
        pair(
            "prefix_ip", f"{c.name} has primary IP {ip}.", f"{c.name} has primary IP {cut}.", ev(c)
        )
        serial = str(c.serial_number)
        pair(
            "truncated_serial",
            f"{c.name} has serial number {serial}.",
            f"{c.name} has serial number {serial[:-1]}.",
            ev(c),
        )
        foreigner = rng.choice([x for x in configs if x.organization_id != c.organization_id])
        pair(
            "other_org_in_sentence",
            f"{c.name} has primary IP {c.primary_ip} and serial number {c.serial_number}.",
            f"{c.name} has primary IP {c.primary_ip} and {foreigner.name} has primary IP "
            f"{foreigner.primary_ip}.",
            ev(c),
        )
    for c in [c for c in configs if c.public_ip and c.public_ip != c.primary_ip]:
        pair(
            "wrong_field",
            f"{c.name} has public IP {c.public_ip}.",
            f"{c.name} has public IP {c.primary_ip}.",
            ev(c),
        )
    dated = [
        c
        for c in configs
        if c.purchased_at and c.warranty_expires_at and c.purchased_at != c.warranty_expires_at
    ]
    for c in rng.sample(dated, min(30, len(dated))):
        pair(
            "wrong_field",
            f"{c.name} has warranty expiring on {c.warranty_expires_at}.",
            f"{c.name} has warranty expiring on {c.purchased_at}.",
            ev(c),
        )
    numbered = [
        (a, value)
        for a in snapshot.flexible_assets
        if isinstance(value := a.traits.get("seats"), int)
        and not isinstance(value, bool)
        and value >= 10
    ]
    for a, value in rng.sample(numbered, min(30, len(numbered))):
        cited = evidence.from_record(a, names, "sql")
        pair(
            "digit_in_number",
            f"{a.name} has seats {value}.",
            f"{a.name} has seats {str(value)[0]}.",
            cited,
        )
    for org_id, devices in by_org.items():
        for kind in sorted({d.configuration_type for d in devices}):
            typed = sorted(
                (d for d in devices if d.configuration_type == kind), key=lambda d: d.name
            )
            if not 2 <= len(typed) <= 8:
                continue
            listed = ", ".join(d.name for d in typed)
            noun = kind.lower() + "s"
            pair(
                "off_by_one_count",
                f"{names[org_id]} has {len(typed)} {noun}: {listed}.",
                f"{names[org_id]} has {len(typed) + rng.choice([-1, 1])} {noun}: {listed}.",
                ev(*typed),
            )
    return out


async def run(stores: Stores, embedder: Embedder, model: Any = None) -> dict[str, Any]:
    snapshot = generate(1)
    runtime = Runtime(context=await scoped(stores, embedder=embedder, model=model))
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"caught": 0, "missed": 0})
    correct = {"kept": 0, "wrongly_removed": 0}
    removed_reasons: list[str] = []
    missed_examples: list[str] = []
    for kind, claim, cited in cases(snapshot):
        state = State(question="", plan=Plan(intent="lookup"), evidence=cited, claims=[claim])
        verdict = (await validate(state, runtime))["verdicts"][0]
        if kind == "correct":
            correct["kept" if verdict.supported else "wrongly_removed"] += 1
            if not verdict.supported:
                removed_reasons.append(f"{claim.text} — {verdict.reason}")
        else:
            counts[kind]["missed" if verdict.supported else "caught"] += 1
            if verdict.supported:
                missed_examples.append(f"{kind}: {claim.text}")
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
        "missed_examples": missed_examples[:20],
        "drafts": await validator_drafts.run(stores, embedder, model),
    }

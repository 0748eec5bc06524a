"""Benchmark v2 over drafts a model writes with several records in front of it.

The deterministic benchmark (`evals/validator_bench.py`) checks one templated claim at a time.
Here a case is a whole draft in the shape the LLM composer asks Claude for: a JSON reply whose
claims run to several sentences, each claim citing every record it drew on (so a sentence
about one device cites its neighbour too), in the phrasings a model varies between ("runs",
"is under warranty until", "July 27, 2027", a second fact in the same sentence). One sentence
of each draft carries one injected error of a v2 kind; the other sentences are true. The draft
goes through the real composer (`nodes/compose.py`, the scripted chat model returning it,
which splits it into sentences) and the real validate node. Per kind: wrong sentences removed
(caught) or kept (missed), and true sentences of the same drafts removed (wrongly removed).
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from langgraph.runtime import Runtime

from core.embeddings import Embedder
from core.models import Configuration, Evidence, FlexibleAsset, Snapshot
from core.state import Plan, State
from evals.scripted import COMPOSE, ScriptedChatModel
from nodes.compose import compose
from nodes.validate import validate
from retrievers import evidence
from retrievers.context import scoped
from stores import Stores
from sync.demo.sample import generate

KINDS = (
    "cited_swap_ip",
    "cited_swap_serial",
    "cited_swap_os",
    "cited_swap_date",
    "prefix_ip",
    "truncated_serial",
    "digit_in_number",
    "off_by_one_count",
    "wrong_field",
    "other_org_in_sentence",
)
PER_KIND = 40
"""Drafts per kind (fewer where the sample has fewer fitting records)."""


@dataclass(frozen=True)
class Draft:
    """One model reply: its claims as (sentences, each marked wrong or not; cited source ids)."""

    kind: str
    question: str
    evidence: list[Evidence]
    claims: list[tuple[list[tuple[str, bool]], list[str]]]

    def reply(self) -> str:
        """The reply the scripted model gives the composer."""
        return json.dumps(
            {
                "claims": [
                    {"text": " ".join(text for text, _ in sentences), "citations": cited}
                    for sentences, cited in self.claims
                ]
            }
        )

    def sentences(self) -> list[tuple[str, bool]]:
        return [s for sentences, _ in self.claims for s in sentences]


def _day(rng: random.Random, day: date) -> str:
    """A date as a model prints it."""
    return rng.choice(
        [day.isoformat(), f"{day:%B} {day.day}, {day.year}", f"{day:%b} {day.day}, {day.year}"]
    )


def _ip(rng: random.Random, name: str, ip: str) -> str:
    return rng.choice(
        [
            f"{name} has primary IP {ip}.",
            f"The primary IP address of {name} is {ip}.",
            f"{name} answers on {ip}.",
            f"{name}'s primary IP is {ip}.",
        ]
    )


def _serial(rng: random.Random, name: str, serial: str) -> str:
    return rng.choice(
        [
            f"{name} has serial number {serial}.",
            f"The serial number of {name} is {serial}.",
            f"{name}'s serial is {serial}.",
        ]
    )


def _os(rng: random.Random, name: str, system: str) -> str:
    return rng.choice(
        [
            f"{name} runs {system}.",
            f"{name} has operating system {system}.",
            f"{name} is on {system}.",
        ]
    )


def _warranty(rng: random.Random, name: str, day: date) -> str:
    when = _day(rng, day)
    return rng.choice(
        [
            f"The warranty on {name} expires on {when}.",
            f"{name}'s warranty expires {when}.",
            f"{name} is under warranty until {when}.",
        ]
    )


def _ip_and_serial(rng: random.Random, c: Configuration, ip: str, serial: str) -> str:
    """Two facts in one sentence, as a model often writes them."""
    return rng.choice(
        [
            f"{c.name} has primary IP {ip} and serial number {serial}.",
            f"{c.name} ({ip}) has serial number {serial}.",
        ]
    )


def drafts(snapshot: Snapshot, seed: int = 13) -> list[Draft]:
    """Every draft of the benchmark, the same ones for the same seed."""
    rng = random.Random(seed)
    names = {o.id: o.name for o in snapshot.organizations}
    configs = [c for c in snapshot.configurations if c.primary_ip and c.serial_number]
    by_org: dict[int, list[Configuration]] = defaultdict(list)
    for c in configs:
        by_org[c.organization_id].append(c)
    out: list[Draft] = []

    def ev(*records: Configuration | FlexibleAsset) -> list[Evidence]:
        return [e for r in records for e in evidence.from_record(r, names, "sql")]

    def true_of(c: Configuration, skip: str = "") -> list[str]:
        """True sentences about one device, in a model's words, leaving out the fact `skip`
        (a wrong sentence about it takes its place)."""
        ip, serial = str(c.primary_ip), str(c.serial_number)
        said = {
            "": [_ip_and_serial(rng, c, ip, serial)],
            "ip": [_serial(rng, c.name, serial)],
            "serial": [_ip(rng, c.name, ip)],
        }.get(skip, [_ip_and_serial(rng, c, ip, serial)])
        if c.operating_system and skip != "os":
            said.append(_os(rng, c.name, c.operating_system))
        if c.warranty_expires_at and skip != "warranty":
            said.append(_warranty(rng, c.name, c.warranty_expires_at))
        return said

    def pair_draft(kind: str, c: Configuration, n: Configuration, wrong: str, skip: str) -> Draft:
        """A draft about two devices of one organization, every claim citing both; `wrong`
        stands in for the true sentence about `c`'s fact `skip`."""
        cited = ev(c, n)
        ids = [e.source_id for e in cited]
        rng.shuffle(cited)
        mine = true_of(c, skip)
        rest = [(s, False) for s in mine[1:] + true_of(n)]
        cut = rng.randint(0, len(rest) - 1)
        first = [(wrong, True), (mine[0], False), *rest[:cut]]
        rng.shuffle(first)
        claims = [(first, ids), (rest[cut:], rng.sample(ids, len(ids)))]
        question = f"What does IT Glue have on {c.name} and {n.name}?"
        return Draft(kind, question, cited, claims)

    swaps: dict[tuple[str, str], Callable[[Configuration, Configuration], str | None]] = {
        ("cited_swap_ip", "ip"): lambda c, n: (
            _ip(rng, c.name, str(n.primary_ip)) if n.primary_ip != c.primary_ip else None
        ),
        ("cited_swap_serial", "serial"): lambda c, n: _serial(rng, c.name, str(n.serial_number)),
        ("cited_swap_os", "os"): lambda c, n: (
            _os(rng, c.name, n.operating_system)
            if n.operating_system and n.operating_system != c.operating_system
            else None
        ),
        ("cited_swap_date", "warranty"): lambda c, n: (
            _warranty(rng, c.name, n.warranty_expires_at)
            if n.warranty_expires_at and n.warranty_expires_at != c.warranty_expires_at
            else None
        ),
        ("prefix_ip", "ip"): lambda c, n: _ip(rng, c.name, _cut_ip(str(c.primary_ip))),
        ("truncated_serial", "serial"): lambda c, n: _serial(
            rng, c.name, str(c.serial_number)[:-1]
        ),
    }
    for (kind, skip), wrong_of in swaps.items():
        made = 0
        for c in rng.sample(configs, len(configs)):
            n = rng.choice([x for x in by_org[c.organization_id] if x.id != c.id])
            wrong = wrong_of(c, n)
            if wrong is not None:
                out.append(pair_draft(kind, c, n, wrong, skip))
                made += 1
            if made == PER_KIND:
                break
    for c in rng.sample(configs, PER_KIND):
        n = rng.choice([x for x in by_org[c.organization_id] if x.id != c.id])
        f = rng.choice([x for x in configs if x.organization_id != c.organization_id])
        wrong = rng.choice(
            [
                f"{c.name} has primary IP {c.primary_ip} and {f.name} has {f.primary_ip}.",
                f"{c.name} and {f.name} have primary IPs {c.primary_ip} and {f.primary_ip}.",
            ]
        )
        out.append(pair_draft("other_org_in_sentence", c, n, wrong, "ip"))
    out += _wrong_fields(rng, configs, by_org, pair_draft)
    out += _licences(rng, snapshot, ev)
    out += _counts(rng, names, by_org, ev)
    return out


def _cut_ip(ip: str) -> str:
    """The IP with its last digit cut, or its last octet when that is one digit."""
    head, last = ip.rsplit(".", 1)
    return ip[:-1] if len(last) > 1 else head


def _wrong_fields(
    rng: random.Random,
    configs: list[Configuration],
    by_org: dict[int, list[Configuration]],
    pair_draft: Callable[[str, Configuration, Configuration, str, str], Draft],
) -> list[Draft]:
    """The primary IP given as the public one; the installation date as the warranty's."""
    out = []
    for c in [c for c in configs if c.public_ip and c.public_ip != c.primary_ip]:
        n = rng.choice([x for x in by_org[c.organization_id] if x.id != c.id])
        wrong = rng.choice(
            [
                f"{c.name} has public IP {c.primary_ip}.",
                f"The public IP of {c.name} is {c.primary_ip}.",
            ]
        )
        out.append(pair_draft("wrong_field", c, n, wrong, ""))
    dated = [
        c
        for c in configs
        if c.installed_at and c.warranty_expires_at and c.installed_at != c.warranty_expires_at
    ]
    for c in rng.sample(dated, max(0, min(len(dated), PER_KIND - len(out)))):
        n = rng.choice([x for x in by_org[c.organization_id] if x.id != c.id])
        assert c.installed_at is not None
        out.append(
            pair_draft("wrong_field", c, n, _warranty(rng, c.name, c.installed_at), "warranty")
        )
    return out


def _licences(
    rng: random.Random, snapshot: Snapshot, ev: Callable[..., list[Evidence]]
) -> list[Draft]:
    """Two licences of one organization in one draft; one's seat count cut to its first digit."""
    seated: dict[int, list[tuple[FlexibleAsset, int]]] = defaultdict(list)
    for a in snapshot.flexible_assets:
        seats = a.traits.get("seats")
        if isinstance(seats, int) and not isinstance(seats, bool) and seats >= 10:
            seated[a.organization_id].append((a, seats))
    pool = [(a, s, o) for o, assets in seated.items() for a, s in assets if len(assets) > 1]
    out = []
    for a, seats, org in rng.sample(pool, min(PER_KIND, len(pool))):
        b, other = rng.choice([x for x in seated[org] if x[0].id != a.id])
        cited = ev(a, b)
        ids = [e.source_id for e in cited]
        phrases = ["The {} license has {} seats.", "The {} license covers {} seats."]
        sentences = [
            (rng.choice(phrases).format(a.name, str(seats)[0]), True),
            (rng.choice(phrases).format(b.name, other), False),
        ]
        rng.shuffle(sentences)
        question = f"How many seats do {a.name} and {b.name} have?"
        out.append(Draft("digit_in_number", question, cited, [(sentences, ids)]))
    return out


def _counts(
    rng: random.Random,
    names: dict[int, str],
    by_org: dict[int, list[Configuration]],
    ev: Callable[..., list[Evidence]],
) -> list[Draft]:
    """An organization's devices of one type listed and counted off by one, with true
    sentences about two of them in the same claim."""
    out = []
    for org_id, devices in sorted(by_org.items()):
        for kind in sorted({d.configuration_type for d in devices}):
            typed = sorted(
                (d for d in devices if d.configuration_type == kind), key=lambda d: d.name
            )
            if not 2 <= len(typed) <= 8:
                continue
            noun = kind.lower() + "s"
            listed = ", ".join(d.name for d in typed[:-1]) + f" and {typed[-1].name}"
            wrong = f"{names[org_id]} has {len(typed) + rng.choice([-1, 1])} {noun}: {listed}."
            about = [
                (_ip_and_serial(rng, d, str(d.primary_ip), str(d.serial_number)), False)
                for d in rng.sample(typed, 2)
            ]
            cited = ev(*typed)
            question = f"Which {noun} does {names[org_id]} have?"
            out.append(
                Draft(
                    "off_by_one_count",
                    question,
                    cited,
                    [([(wrong, True), *about], [e.source_id for e in cited])],
                )
            )
    return out


async def run(stores: Stores, embedder: Embedder, model: Any = None) -> dict[str, Any]:
    """Each draft through the composer (scripted model) and the validate node (`model` as its
    judge, as in the deterministic benchmark); caught / missed / wrongly removed per kind."""
    checking = Runtime(context=await scoped(stores, embedder=embedder, model=model))
    counts = {k: {"caught": 0, "missed": 0, "kept": 0, "wrongly_removed": 0} for k in KINDS}
    missed: list[str] = []
    removed: list[str] = []
    removed_by = {"facts": 0, "support": 0, "judge": 0}
    caught_by = dict.fromkeys(removed_by, 0)
    cases = drafts(generate(1))
    for draft in cases:
        chat = ScriptedChatModel(replies={COMPOSE: [draft.reply()]})
        drafting = Runtime(context=await scoped(stores, embedder=embedder, model=chat))
        state = State(question=draft.question, plan=Plan(intent="lookup"), evidence=draft.evidence)
        claims = (await compose(state, drafting))["claims"]
        expected = draft.sentences()
        if [c.text for c in claims] != [text for text, _ in expected]:
            raise RuntimeError(f"the composer did not take the draft as written: {draft.reply()}")
        state.claims = claims
        verdicts = (await validate(state, checking))["verdicts"]
        row = counts[draft.kind]
        for (text, wrong), verdict in zip(expected, verdicts, strict=True):
            if wrong:
                row["missed" if verdict.supported else "caught"] += 1
                if verdict.supported:
                    missed.append(f"{draft.kind}: {text}")
                else:
                    caught_by[_stage(verdict.reason)] += 1
            else:
                row["kept" if verdict.supported else "wrongly_removed"] += 1
                if not verdict.supported:
                    removed.append(f"{draft.kind}: {text} — {verdict.reason}")
                    removed_by[_stage(verdict.reason)] += 1
    table = {
        k: {**row, "recall": round(row["caught"] / max(1, row["caught"] + row["missed"]), 3)}
        for k, row in counts.items()
    }
    caught = sum(r["caught"] for r in table.values())
    total = sum(r["caught"] + r["missed"] for r in table.values())
    return {
        "by_kind": table,
        "drafts": len(cases),
        "recall": round(caught / max(1, total), 3),
        "wrongly_removed": sum(r["wrongly_removed"] for r in table.values()),
        "kept": sum(r["kept"] for r in table.values()),
        "caught_by": caught_by,
        "wrongly_removed_by": removed_by,
        "missed_examples": missed[:20],
        "wrongly_removed_examples": removed[:20],
    }


def _stage(reason: str) -> str:
    """Which check removed a sentence: the fact rules, the support score or the model judge."""
    if reason.startswith("weak support"):
        return "support"
    return "judge" if reason.startswith("the judge") else "facts"

"""The golden set over the sample MSP, generated from the generator's ground truth.

Each item: a question, the organizations the caller may see (None: all), a category, the exact
facts a correct answer contains, the source ids it should cite, and whether it is answerable
at all. Unanswerable items are questions about things that do not exist, things nobody
documented, windows with nothing in them, and cross-organization traps (the answer exists only
in an organization the caller may not see). `write()` produces evals/golden/sample.jsonl;
the file is checked in so that changes to it are reviewed.
"""

from __future__ import annotations

import functools
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from core.models import Configuration, RelType, Snapshot
from sync.demo.sample import REFERENCE_DATE, generate

GOLDEN_DIR = Path(__file__).parent / "golden"


class GoldenItem(BaseModel):
    id: str
    question: str
    category: str
    organizations: list[int] | None = None
    """What the caller may see (None: every organization)."""
    expected_facts: list[str] = Field(default_factory=list)
    expected_sources: list[str] = Field(default_factory=list)
    """Record source ids (`configuration:1001`; a document's chunks count as the document)."""
    answerable: bool = True
    thread: str | None = None
    """Items sharing a thread are asked in order in one conversation."""


def _configs(snapshot: Snapshot, org: int) -> dict[str, Configuration]:
    short = next(o.short_name for o in snapshot.organizations if o.id == org)
    return {
        c.name.removeprefix(f"{short}-"): c
        for c in snapshot.configurations
        if c.organization_id == org
    }


def _add(out: list[GoldenItem], org: int, category: str, question: str, **fields: Any) -> None:
    facts = [str(f) for f in fields.pop("expected_facts", []) if f]
    out.append(
        GoldenItem.model_validate(
            {
                "id": f"{category}-{org}",
                "question": question,
                "category": category,
                "expected_facts": facts,
                **fields,
            }
        )
    )


def items(snapshot: Snapshot) -> list[GoldenItem]:
    out: list[GoldenItem] = []
    names = {c.source_id: c.name for c in snapshot.configurations}
    for org in snapshot.organizations:
        o, short, c = org.id, org.short_name, _configs(snapshot, org.id)

        add = functools.partial(_add, out, o)

        dc, fw, sql = c["DC01"], c["FW01"], c["SQL01"]
        add(
            "lookup_ip",
            f"What is the IP address of {short}-DC01?",
            expected_facts=[dc.primary_ip],
            expected_sources=[dc.source_id],
        )
        add(
            "lookup_typo",
            f"whats the ip adress of {(short or '').lower()}-dc01",
            expected_facts=[dc.primary_ip],
            expected_sources=[dc.source_id],
        )
        add(
            "lookup_serial",
            f"What's the serial number of FW01 at {org.name}?",
            expected_facts=[fw.serial_number],
            expected_sources=[fw.source_id],
        )
        add(
            "lookup_by_ip",
            f"Which device has the IP {sql.primary_ip}?",
            expected_facts=[sql.name],
            expected_sources=[sql.source_id],
        )
        entry = next(
            p for p in snapshot.passwords if p.organization_id == o and p.name == "Firewall admin"
        )
        add(
            "credential",
            f"Which passwords exist for the {org.name} firewall?",
            expected_facts=["Firewall admin"],
            expected_sources=[entry.source_id],
        )
        lob = next(
            r.source
            for r in snapshot.relationships
            if r.target == sql.source_id
            and r.kind is RelType.DEPENDS_ON
            and r.source.startswith("configuration:")
        )
        downstream = sorted(
            {
                r.target
                for r in snapshot.relationships
                if r.source == lob and r.kind in (RelType.DEPENDS_ON, RelType.RUNS_ON)
            }
        )
        add(
            "dependencies",
            f"What does {names[lob]} depend on?",
            expected_facts=[names[t] for t in downstream],
            expected_sources=downstream,
        )
        upstream = sorted(
            {
                r.source
                for r in snapshot.relationships
                if r.target == sql.source_id and r.kind is RelType.DEPENDS_ON
            }
        )
        add(
            "impact",
            f"What is affected if {short}-SQL01 goes down?",
            expected_facts=[names.get(s, s) for s in upstream if s in names],
            expected_sources=upstream,
        )
        add(
            "path",
            f"What is the path between {names[lob]} and {short}-FW01?",
            expected_facts=[names[lob], fw.name],
            expected_sources=[fw.source_id],
        )
        doc = next(
            d
            for d in snapshot.documents
            if d.organization_id == o and d.name == "Print spooler troubleshooting"
        )
        add(
            "howto",
            f"How do I restart the print spooler at {org.name}?",
            expected_facts=["Stop-Service Spooler"],
            expected_sources=[doc.source_id],
        )
        stations = [
            x
            for x in snapshot.configurations
            if x.organization_id == o and x.configuration_type == "Workstation"
        ]
        add(
            "list",
            f"How many workstations does {org.name} have?",
            expected_facts=[f"has {len(stations)} workstations"],
            expected_sources=[x.source_id for x in stations],
        )
        end = REFERENCE_DATE + timedelta(days=90)
        due = [
            a
            for a in snapshot.flexible_assets
            if a.organization_id == o
            and a.flexible_asset_type_name == "SSL Certificate"
            and a.expires_on
            and REFERENCE_DATE <= a.expires_on <= end
        ]
        add(
            "expiry",
            f"Which SSL certificates at {org.name} expire in the next 90 days?",
            expected_facts=[a.name for a in due],
            expected_sources=[a.source_id for a in due],
            answerable=bool(due),
        )
        add(
            "overview",
            f"Give me an overview of {org.name}",
            expected_facts=[(org.quick_notes or "").rstrip(".")],
            expected_sources=[org.source_id],
        )
        thread = f"thread-{o}"
        out.append(
            GoldenItem(
                id=f"followup-{o}-1",
                question=f"What is the IP address of {short}-DC01?",
                category="followup",
                expected_facts=[str(dc.primary_ip)],
                expected_sources=[dc.source_id],
                thread=thread,
            )
        )
        out.append(
            GoldenItem(
                id=f"followup-{o}-2",
                question="And its serial number?",
                category="followup",
                expected_facts=[str(dc.serial_number)],
                expected_sources=[dc.source_id],
                thread=thread,
            )
        )
        add("no_such_device", f"What is the IP address of {short}-DC99?", answerable=False)
        add(
            "undocumented", f"How do I configure the Cisco ASA VPN at {org.name}?", answerable=False
        )
        other = o % len(snapshot.organizations) + 1
        add(
            "cross_org_trap",
            f"What is the IP address of {short}-DC01?",
            organizations=[other],
            answerable=False,
        )
    out.append(
        GoldenItem(
            id="similar-1",
            category="similar",
            question="Has any other client had a similar print spooler problem?",
            expected_facts=["Print spooler troubleshooting"],
        )
    )
    out.append(
        GoldenItem(
            id="similar-2",
            category="similar",
            question="Has anyone else had a backup restore problem?",
            expected_facts=["Backup restore runbook"],
        )
    )
    return out


def write(path: Path | None = None) -> Path:
    target = path or GOLDEN_DIR / "sample.jsonl"
    target.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        json.dumps(i.model_dump(exclude_defaults=False), sort_keys=True) for i in items(generate(1))
    ]
    target.write_text("\n".join(lines) + "\n")
    return target


NATURAL_DIR = Path(__file__).parent / "natural"
SETS: dict[str, tuple[Path, ...]] = {
    "natural": (
        NATURAL_DIR / "dev.jsonl",
        NATURAL_DIR / "dev2.jsonl",
        NATURAL_DIR / "dev3.jsonl",
        NATURAL_DIR / "dev4.jsonl",
        NATURAL_DIR / "dev5.jsonl",
        NATURAL_DIR / "dev6.jsonl",
        NATURAL_DIR / "dev7.jsonl",
        NATURAL_DIR / "dev8.jsonl",
        NATURAL_DIR / "dev9.jsonl",
        NATURAL_DIR / "dev10.jsonl",
        NATURAL_DIR / "dev11.jsonl",
        NATURAL_DIR / "dev12.jsonl",
        NATURAL_DIR / "dev13.jsonl",
        NATURAL_DIR / "dev14.jsonl",
        NATURAL_DIR / "dev15.jsonl",
        NATURAL_DIR / "dev16.jsonl",
        NATURAL_DIR / "dev17.jsonl",
        NATURAL_DIR / "dev18.jsonl",
        NATURAL_DIR / "holdout.jsonl",
        NATURAL_DIR / "holdout2.jsonl",
    ),
    "natural-dev": (
        NATURAL_DIR / "dev.jsonl",
        NATURAL_DIR / "dev2.jsonl",
        NATURAL_DIR / "dev3.jsonl",
        NATURAL_DIR / "dev4.jsonl",
        NATURAL_DIR / "dev5.jsonl",
        NATURAL_DIR / "dev6.jsonl",
        NATURAL_DIR / "dev7.jsonl",
        NATURAL_DIR / "dev8.jsonl",
        NATURAL_DIR / "dev9.jsonl",
        NATURAL_DIR / "dev10.jsonl",
        NATURAL_DIR / "dev11.jsonl",
        NATURAL_DIR / "dev12.jsonl",
        NATURAL_DIR / "dev13.jsonl",
        NATURAL_DIR / "dev14.jsonl",
        NATURAL_DIR / "dev15.jsonl",
        NATURAL_DIR / "dev16.jsonl",
        NATURAL_DIR / "dev17.jsonl",
        NATURAL_DIR / "dev18.jsonl",
    ),
    "natural-holdout": (NATURAL_DIR / "holdout.jsonl", NATURAL_DIR / "holdout2.jsonl"),
    "other": (NATURAL_DIR / "other.jsonl", NATURAL_DIR / "other2.jsonl"),
    "third": (NATURAL_DIR / "third.jsonl", NATURAL_DIR / "third2.jsonl"),
    "fourth": (NATURAL_DIR / "fourth.jsonl", NATURAL_DIR / "fourthh.jsonl"),
    "fifth": (
        NATURAL_DIR / "fifth.jsonl",
        NATURAL_DIR / "fifth2.jsonl",
        NATURAL_DIR / "fifthh.jsonl",
    ),
    "sixth": (
        NATURAL_DIR / "sixth.jsonl",
        NATURAL_DIR / "sixth2.jsonl",
        NATURAL_DIR / "sixthh.jsonl",
    ),
    "seventh": (
        NATURAL_DIR / "seventh.jsonl",
        NATURAL_DIR / "seventh2.jsonl",
        NATURAL_DIR / "seventhh.jsonl",
    ),
    "eighth": (
        NATURAL_DIR / "eighth.jsonl",
        NATURAL_DIR / "eighth2.jsonl",
        NATURAL_DIR / "eighthh.jsonl",
    ),
    "ninth": (
        NATURAL_DIR / "ninth.jsonl",
        NATURAL_DIR / "ninth2.jsonl",
        NATURAL_DIR / "ninthh.jsonl",
    ),
}
"""Hand-written sets: questions typed the way engineers type them, over the sample MSP (a dev
part that rules were tuned on and a holdout part that was not read while tuning) and over a
second to an eighth differently named MSP (`evals/other_msp.py`, `evals/third_msp.py`,
`evals/fourth_msp.py`, `evals/fifth_msp.py`, `evals/sixth_msp.py`, `evals/seventh_msp.py`,
`evals/eighth_msp.py`; `fourthh.jsonl`, `fifthh.jsonl`, `sixthh.jsonl`, `seventhh.jsonl` and
`eighthh.jsonl` are held out)."""


ACCOUNTS = {
    "other": "evals.other_msp",
    "third": "evals.third_msp",
    "fourth": "evals.fourth_msp",
    "fifth": "evals.fifth_msp",
    "sixth": "evals.sixth_msp",
    "seventh": "evals.seventh_msp",
    "eighth": "evals.eighth_msp",
    "ninth": "evals.ninth_msp",
}
"""Hand-written accounts besides the sample: module with `snapshot()` and `TODAY`."""


def account(name: str) -> str:
    """Which MSP a set asks about: a key of ACCOUNTS, else "sample"."""
    stem = Path(name).stem
    return next((a for a in ACCOUNTS if stem.startswith(a)), "sample")


def load(name: str = "sample") -> list[GoldenItem]:
    """The set `name` (`sample`, a hand-written set of SETS, a name in evals/golden/), or the
    JSONL file `name` when it is a path."""
    if name in SETS:
        paths: tuple[Path, ...] = SETS[name]
    else:
        paths = (Path(name) if name.endswith(".jsonl") else GOLDEN_DIR / f"{name}.jsonl",)
    for path in paths:
        if not path.exists():
            known = ", ".join(["sample", *SETS])
            raise FileNotFoundError(f"no golden set {name!r} (one of {known}, or a .jsonl)")
    return [
        GoldenItem.model_validate_json(line)
        for path in paths
        for line in path.read_text().splitlines()
        if line.strip()
    ]


if __name__ == "__main__":
    print(write())

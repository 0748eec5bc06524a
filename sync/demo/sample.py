"""The sample MSP: a seeded, deterministic generator of IT Glue-shaped records.

Twelve client organizations of different kinds (law firm, dental clinic, manufacturer, school
district, ...), each with sites, contacts, a network (firewall, switches, access points),
hypervisors and their VMs, line-of-business servers, NAS, printers and workstations; typed
relationships between them; flexible assets (SSL certificates, licenses, warranties, backups,
Wi-Fi, applications); encrypted passwords; and runbooks that name the organization's own
devices. `scale` repeats the twelve kinds as more organizations (regional branches) for
benchmarks.

Every date is an offset from `as_of`, the sample's "today": REFERENCE_DATE unless given, so that
tests, evals and benchmarks never drift, while `load-sample` and `demo` pass the day they run so
that "expiring in the next 30 days" asks about a live-looking world. Moving `as_of` moves every
date and datetime by the same number of days and changes nothing else (ids, names, values and the
random draws are the same: no text of the sample prints a date).
"""

from __future__ import annotations

import random
from datetime import date, datetime

from core.crypto import Cipher
from core.models import Contact, ContactPoint, Location, Organization, Snapshot
from sync.demo.assets import flexible_assets, passwords
from sync.demo.network import configurations
from sync.demo.org import Ids, OrgState
from sync.demo.planted import planted_organization
from sync.demo.runbooks import documents
from sync.demo.tables import (
    ASSET_TYPES,
    BRANCHES,
    FIRST,
    KINDS,
    LAST,
    REFERENCE_DATE,
    STREETS,
    UPDATED_AT,
    Kind,
)

__all__ = ["DEFAULT_SEED", "REFERENCE_DATE", "generate"]

DEFAULT_SEED = 7


def generate(
    scale: int = 1,
    *,
    seed: int = DEFAULT_SEED,
    cipher: Cipher | None = None,
    as_of: date = REFERENCE_DATE,
    planted: bool = False,
) -> Snapshot:
    """The sample MSP: 12 × scale organizations, identical for the same scale, seed and `as_of`
    (the day its dates are relative to); `planted` adds the organization whose hygiene problems
    and documentation drift are known (sync/demo/planted.py) after them."""
    if scale < 1:
        raise ValueError("scale must be at least 1")
    ids = Ids()
    updated_at = UPDATED_AT + (as_of - REFERENCE_DATE)
    out = Snapshot(
        flexible_asset_types=[t.model_copy(update={"updated_at": updated_at}) for t in ASSET_TYPES]
    )
    for index in range(12 * scale):
        kind = KINDS[index % 12]
        branch = index // 12
        rng = random.Random(f"{seed}:{index}")
        org = _organization(index, kind, branch, updated_at)
        state = OrgState(
            org=org,
            kind=kind,
            net=index % 250 + 1,
            public=f"203.0.{113 + index // 250}.{index % 250 + 1}",
            domain=kind.domain
            if branch == 0
            else f"{BRANCHES[(branch - 1) % 9].lower()}{branch}.{kind.domain}",
            today=as_of,
            updated_at=updated_at,
        )
        state.snapshot.organizations.append(org)
        _locations_and_contacts(state, rng, ids)
        configurations(state, rng, ids)
        flexible_assets(state, rng, ids)
        passwords(state, rng, ids, cipher)
        documents(state, ids)
        for name in (
            "organizations",
            "locations",
            "contacts",
            "configurations",
            "flexible_assets",
            "passwords",
            "documents",
            "relationships",
        ):
            getattr(out, name).extend(getattr(state.snapshot, name))
    if planted:
        out.merge(planted_organization(len(out.organizations) + 1, ids, as_of, updated_at, cipher))
    return out


def _organization(index: int, kind: Kind, branch: int, updated_at: datetime) -> Organization:
    suffix = "" if branch == 0 else f" {BRANCHES[(branch - 1) % 9]} {branch}"
    short = kind.short if branch == 0 else f"{kind.short}{branch}"
    return Organization(
        id=index + 1,
        organization_id=index + 1,
        name=kind.name + suffix,
        short_name=short,
        organization_type=kind.kind,
        status="Active",
        description=f"{kind.kind} client in {kind.city}, {kind.region}.",
        quick_notes=(
            f"Primary line-of-business system: {kind.lob_app} on {short}-{kind.lob_server}."
        ),
        updated_at=updated_at,
    )


def _locations_and_contacts(state: OrgState, rng: random.Random, ids: Ids) -> None:
    org, kind, snap = state.org, state.kind, state.snapshot
    sites = ["HQ"] + (["Branch Office"] if rng.random() < 0.6 else [])
    for n, site in enumerate(sites):
        snap.locations.append(
            Location(
                id=ids.next("location"),
                organization_id=org.id,
                name=f"{kind.city} - {site}",
                primary=n == 0,
                address_1=f"{rng.randint(10, 9800)} {rng.choice(STREETS)}",
                city=kind.city,
                region=kind.region,
                postal_code=f"{rng.randint(10000, 99999)}",
                country="United States",
                phone=f"555{rng.randint(1000000, 9999999)}",
                updated_at=state.updated_at,
            )
        )
    roles = [
        ("IT Manager", "Approver"),
        ("Office Manager", "Primary"),
        ("Owner", "Approver"),
        ("Operations Lead", "Technical"),
        ("Front Desk", "User"),
        ("Finance Director", "Billing"),
    ]
    used: set[str] = set()
    for title, ctype in roles[: rng.randint(4, 6)]:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        while f"{first} {last}" in used:
            first, last = rng.choice(FIRST), rng.choice(LAST)
        used.add(f"{first} {last}")
        email = f"{first[0].lower()}{last.lower()}@{state.domain}"
        snap.contacts.append(
            Contact(
                id=ids.next("contact"),
                organization_id=org.id,
                name=f"{first} {last}",
                first_name=first,
                last_name=last,
                title=title,
                contact_type=ctype,
                location_id=snap.locations[0].id,
                important=title == "IT Manager",
                emails=(ContactPoint(value=email, primary=True),),
                phones=(ContactPoint(value=f"555{rng.randint(1000000, 9999999)}", primary=True),),
                updated_at=state.updated_at,
            )
        )

"""The SQL retriever: exact records for lookups, lists, expiries, credentials and overviews.

Every query is a template in `stores/sql_read.py`, scoped to the organizations in reach."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from core.models import (
    Configuration,
    Evidence,
    FlexibleAsset,
    Record,
    RecordType,
    SourceId,
    TagTrait,
)
from core.state import Plan
from retrievers import changes, evidence, scope
from retrievers.context import Resources
from stores.sql_read import SqlReader

LIST_LIMIT = 500
"""Records a list retrieves; counts come from COUNT, so a cut list is said as "N of M"."""

_STOP = frozenset(
    {
        "a",
        "an",
        "and",
        "are",
        "at",
        "be",
        "by",
        "can",
        "do",
        "does",
        "for",
        "from",
        "has",
        "have",
        "how",
        "i",
        "in",
        "is",
        "it",
        "its",
        "me",
        "my",
        "of",
        "on",
        "or",
        "our",
        "show",
        "tell",
        "the",
        "their",
        "there",
        "this",
        "to",
        "us",
        "was",
        "we",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "with",
        "you",
        "your",
        "about",
        "any",
        "all",
    }
)


def keywords(text: str) -> list[str]:
    words = re.findall(r"[A-Za-z0-9][A-Za-z0-9-]*", text.lower())
    return [w.replace("-", "") for w in words if w not in _STOP and len(w) > 2][:12]


async def _by_source(read: SqlReader, ids: Sequence[str], orgs: list[int]) -> list[Record]:
    """Records by source id (any type), in the order given."""
    by_type: dict[RecordType, list[int]] = {}
    for sid in ids:
        parsed = SourceId.parse(sid)
        by_type.setdefault(parsed.type, []).append(parsed.id)
    found: dict[str, Record] = {}
    for kind, numbers in by_type.items():
        for record in await read.records(kind, numbers, orgs):
            found[record.source_id] = record
    return [found[s] for s in ids if s in found]


async def _asked(plan: Plan, read: SqlReader, orgs: list[int]) -> list[Record]:
    """The records each part of the question asks about, and what a field points to (a
    configuration's location and contact)."""
    found: list[Record] = []
    for ask in plan.asks:
        records = await _by_source(read, ask.targets, orgs)
        found += records
        if "location" in ask.attributes:
            places = sorted(
                {r.location_id for r in records if isinstance(r, Configuration) and r.location_id}
            )
            found += await read.records(RecordType.LOCATION, places, orgs)
        if "contact" in ask.attributes:
            people = sorted(
                {r.contact_id for r in records if isinstance(r, Configuration) and r.contact_id}
            )
            found += await read.records(RecordType.CONTACT, people, orgs)
    return found


async def _of_device_types(
    records: list[Record], types: Sequence[str], read: SqlReader, orgs: list[int]
) -> list[Record]:
    """The records that are, or are tagged to, a configuration of one of `types`."""
    wanted = {t.lower() for t in types}
    tagged = {
        r.id: [
            v.id
            for value in r.traits.values()
            if isinstance(value, TagTrait) and value.type.lower().startswith("config")
            for v in value.values
        ]
        for r in records
        if isinstance(r, FlexibleAsset)
    }
    ids = sorted({i for found in tagged.values() for i in found})
    devices = await read.records(RecordType.CONFIGURATION, ids, orgs) if ids else []
    of_type = {d.id for d in devices if isinstance(d, Configuration) and _typed(d, wanted)}
    return [
        r
        for r in records
        if (isinstance(r, Configuration) and _typed(r, wanted))
        or (isinstance(r, FlexibleAsset) and of_type & set(tagged.get(r.id, ())))
    ]


def _typed(device: Configuration, wanted: set[str]) -> bool:
    return (device.configuration_type or "").lower() in wanted


async def _counts(
    plan: Plan, read: SqlReader, orgs: list[int], names: Mapping[int, str]
) -> list[Evidence]:
    """How many records of each named type each organization has (COUNT in SQL, never the
    length of a list that may be cut)."""
    out: list[Evidence] = []
    pairs: list[tuple[RecordType, list[str]]] = []
    if plan.asset_types:
        pairs.append((RecordType.FLEXIBLE_ASSET, plan.asset_types))
    if plan.config_types or not plan.asset_types:
        pairs.append((RecordType.CONFIGURATION, plan.config_types))
    per_org: dict[int, dict[str, int]] = {}
    for kind, types in pairs:
        for (org, type_name), n in (await read.count(kind, orgs, types)).items():
            per_org.setdefault(org, {})[type_name] = n
    for org, counts in sorted(per_org.items()):
        org_name = names.get(org, str(org))
        listed = "; ".join(f"{type_name}: {n}" for type_name, n in counts.items())
        out.append(
            Evidence(
                source_id=f"organization:{org}",
                organization_id=org,
                record_type=RecordType.ORGANIZATION,
                title=f"Record counts of {org_name}",
                text=f"{org_name} record counts by type: {listed}.",
                fields={"counts": counts, "name": org_name},
                retriever="sql",
            )
        )
    return out


async def retrieve(plan: Plan, res: Resources) -> list[Evidence]:
    orgs = scope.organizations(plan, res.allowed)
    if not orgs:
        return []
    read = res.stores.sql.read
    found: list[Record] = await _asked(plan, read, orgs)
    device_ids = [SourceId.parse(d).id for d in plan.devices if d.startswith("configuration:")]
    if device_ids and not plan.asks:
        found += await read.records(RecordType.CONFIGURATION, device_ids, orgs)
    for ip in plan.ips:
        found += await read.configurations_by_ip(ip, orgs)
    extra: list[Evidence] = []
    match plan.intent:
        case "changes":  # the change log; the other parts' records below
            extra = await changes.retrieve(plan, res, await _by_source(read, plan.devices, orgs))
            found = [r for r in found if r.source_id not in plan.devices]
        case "credential":
            asked = [a for ask in plan.asks for a in ask.targets if a.startswith("password:")]
            if not asked:
                if not device_ids and plan.config_types:
                    typed = await read.configurations(orgs, plan.config_types, 50)
                    device_ids = [r.id for r in typed]
                    found += typed
                entries = await read.passwords(orgs, device_ids) if device_ids else []
                if not entries and not device_ids:
                    entries = await read.passwords(orgs)
                    words = set(keywords(plan.query))
                    named = [p for p in entries if words & set(keywords(f"{p.name} {p.category}"))]
                    entries = named or (entries if plan.organization_ids else [])
                found += entries
        case "list":
            extra = await _counts(plan, read, orgs, res.names)
            if plan.asset_types:
                found += await read.flexible_assets(orgs, plan.asset_types, LIST_LIMIT)
            if plan.config_types or not plan.asset_types:
                found += await read.configurations(orgs, plan.config_types, LIST_LIMIT)
        case "expiry" if plan.window_start and plan.window_end:
            asset_types = [t for t in plan.asset_types if "warrant" not in t.lower()]
            warranties = (  # "warranties, holds, whatever": devices' warranties too
                not plan.asset_types
                or len(asset_types) < len(plan.asset_types)
                or plan.attribute == "warranty_expires_at"
                or bool(re.search(r"warrant", plan.query, re.I))
            )
            if plan.asset_types and not asset_types:
                asset_types = plan.asset_types
            expiring = await read.expiring(
                orgs, plan.window_start, plan.window_end, asset_types, warranties
            )
            if plan.config_types:  # "hypervisor warranties", "certs on the firewalls"
                expiring = await _of_device_types(expiring, plan.config_types, read, orgs)
            found += expiring
        case "overview":
            found += await read.organizations(orgs[:3])
            for kind in (RecordType.LOCATION, RecordType.CONTACT):
                found += await read.of_kind(kind, orgs[:3], 10)
        case "lookup" if not found and not plan.asks and not plan.unresolved:
            kinds = [
                RecordType.CONFIGURATION,
                RecordType.FLEXIBLE_ASSET,
                RecordType.CONTACT,
                RecordType.LOCATION,
            ]
            found += [r for r, _ in await read.search(keywords(plan.query), orgs, kinds, 10)]
    names = res.names
    out: list[Evidence] = []
    seen: set[str] = set()
    for rank, record in enumerate(found):
        if record.source_id in seen:
            continue
        seen.add(record.source_id)
        out += evidence.from_record(record, names, "sql", 1.0 / (rank + 1))
    if plan.intent == "overview":
        counts = await read.configuration_type_counts(orgs[:1])
        if counts and orgs:
            org = names.get(orgs[0], str(orgs[0]))
            text = "; ".join(f"{n} {t}" for t, n in counts.items())
            out.append(
                Evidence(
                    source_id=f"organization:{orgs[0]}",
                    organization_id=orgs[0],
                    record_type=RecordType.ORGANIZATION,
                    title=f"Configurations of {org}",
                    text=f"{org} configurations by type: {text}",
                    fields={"configuration_counts": counts},
                    retriever="sql",
                )
            )
    return extra + out

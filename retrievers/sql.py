"""The SQL retriever: exact records for lookups, lists, expiries, credentials and overviews.

Every query is a template in `stores/sql_read.py`, scoped to the organizations in reach."""

from __future__ import annotations

import re

from core.models import Evidence, Record, RecordType, SourceId
from graphs.context import Resources
from graphs.state import Plan
from retrievers import evidence, scope

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


async def retrieve(plan: Plan, res: Resources) -> list[Evidence]:
    orgs = scope.organizations(plan, res.allowed)
    if not orgs:
        return []
    read = res.stores.sql.read
    found: list[Record] = []
    device_ids = [SourceId.parse(d).id for d in plan.devices]
    if device_ids:
        found += await read.records(RecordType.CONFIGURATION, device_ids, orgs)
    for ip in plan.ips:
        found += await read.configurations_by_ip(ip, orgs)
    match plan.intent:
        case "credential":
            if not device_ids and plan.config_types:
                typed = await read.configurations(orgs, plan.config_types, 50)
                device_ids = [r.id for r in typed]
                found += typed
            entries = await read.passwords(orgs, device_ids)
            if not entries:
                entries = await read.passwords(orgs)
                words = set(keywords(plan.query))
                named = [p for p in entries if words & set(keywords(f"{p.name} {p.category}"))]
                entries = named or (entries if plan.organization_ids else [])
            found += entries
        case "list":
            if plan.asset_types:
                found += await read.flexible_assets(orgs, plan.asset_types, 500)
            if plan.config_types or not plan.asset_types:
                found += await read.configurations(orgs, plan.config_types, 500)
        case "expiry" if plan.window_start and plan.window_end:
            asset_types = [t for t in plan.asset_types if t != "Warranty"]
            warranties = not plan.asset_types or "Warranty" in plan.asset_types
            if plan.asset_types and not asset_types:
                asset_types = ["Warranty"]
            found += await read.expiring(
                orgs, plan.window_start, plan.window_end, asset_types, warranties
            )
        case "overview":
            found += await read.organizations(orgs[:3])
            for kind in (RecordType.LOCATION, RecordType.CONTACT):
                found += await read.of_kind(kind, orgs[:3], 10)
        case "lookup" if not found:
            kinds = [
                RecordType.CONFIGURATION,
                RecordType.FLEXIBLE_ASSET,
                RecordType.CONTACT,
                RecordType.LOCATION,
            ]
            found += [r for r, _ in await read.search(keywords(plan.query), orgs, kinds, 10)]
    names = {
        o.id: o.name for o in await read.organizations(sorted({r.organization_id for r in found}))
    }
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
    return out

"""The change log as evidence, for "what changed at Acme since Monday?": per organization the
counts of records changed, added and removed since the day asked (default: since the last
sync), and per record what changed, each sentence citable by the record's source id. Read
from `stores.changes` (what the syncs logged), never from IT Glue."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date

from core.models import Evidence, Record, RecordType
from core.state import Plan
from reports.changes import ORDER, moment
from retrievers import scope
from retrievers.context import Resources
from stores.changes import Change

LIMIT = 200
"""Changes read into evidence (the counts come from COUNT and are always complete)."""


async def retrieve(plan: Plan, res: Resources, records: Sequence[Record]) -> list[Evidence]:
    """The counts of each organization in reach (unless the question names `records`) and
    each changed record's changes, newest first."""
    orgs = scope.organizations(plan, res.allowed)
    if not orgs:
        return []
    log = res.stores.sql.changes
    since, basis = await moment(log, orgs, plan.window_start)
    named = {r.source_id for r in records}
    field = _logged_field(plan.attribute) if named else None  # "has DC01's serial changed"
    rows = await log.since(orgs, since, LIMIT + 1, sorted(named) if named else None, field)
    cut, rows = len(rows) > LIMIT, rows[:LIMIT]  # one more than listed: cut or not
    out: list[Evidence] = []
    if not named:
        counts = await log.counts(orgs, since)
        for org in sorted(set(counts) | (set(plan.organization_ids) & set(orgs))):
            out.append(_summary(org, res.names.get(org, str(org)), counts.get(org, {}), basis, cut))
    elif not rows:  # "has the DC01 IP changed since Monday": no, nothing logged
        out += [_unchanged(r, field, basis) for r in records]
    by_record: dict[str, list[Change]] = {}
    for r in rows:
        if r.kind != "loaded":
            by_record.setdefault(r.source_id, []).append(r)
    out += [_record(changes, basis, cut) for changes in by_record.values()]
    return out


def _summary(org: int, name: str, counts: Mapping[str, int], basis: str, cut: bool) -> Evidence:
    said = [
        f"{counts[k]} {'record' if counts[k] == 1 else 'records'} {_RECORDS[k]}"
        for k in ORDER
        if counts.get(k)
    ]
    text = (
        f"{name}, {basis}: {_and(said)}."
        if said
        else f"{name}, {basis}: no record was changed, added or removed."
    )
    return Evidence(
        source_id=f"organization:{org}",
        organization_id=org,
        record_type=RecordType.ORGANIZATION,
        title=f"Changes at {name}",
        text=text,
        fields={
            "name": name,
            "change_counts": {k: counts.get(k, 0) for k in ORDER},
            "change_sentences": [text],
            "cut": cut,
        },
        retriever="sql",
    )


_RECORDS = {
    "changed": "changed",
    "added": "added",
    "removed": "removed",
    "loaded": "loaded for the first time",
}


def _logged_field(attribute: str | None) -> str | None:
    """The change log's name of a field a question asks about (`trait:x` is `traits.x`)."""
    if attribute is None or attribute == "card":
        return None
    return f"traits.{attribute[6:]}" if attribute.startswith("trait:") else attribute


def _unchanged(record: Record, field: str | None, basis: str) -> Evidence:
    what = f"the {_words(field)} of {record.name}" if field else record.name
    said = f"No change to {what} was logged {basis}."
    return Evidence(
        source_id=record.source_id,
        organization_id=record.organization_id,
        record_type=record.record_type,
        title=f"Changes to {record.name} {basis}",
        text=said,
        fields={"name": record.name, "change_sentences": [said]},
        retriever="sql",
        url=record.resource_url,
    )


def _record(changes: Sequence[Change], basis: str, cut: bool) -> Evidence:
    first = changes[0]
    said = [sentence(c) for c in changes]
    return Evidence(
        source_id=first.source_id,
        organization_id=first.organization_id,
        record_type=RecordType(first.record_type),
        title=f"Changes to {first.name} {basis}",
        text=" ".join(said),
        fields={"name": first.name, "change_sentences": said, "cut": cut},
        retriever="sql",
        url=first.resource_url,
    )


def sentence(c: Change) -> str:
    """One logged change as a sentence that states only what the log holds."""
    day = _day(c.at.astimezone(UTC).date()) if c.at else "at a time not logged"
    kind = c.record_type.replace("_", " ")
    if c.kind in ("added", "removed"):
        return f"The {kind} {c.name} was {c.kind} {day}."
    if c.field == "value":
        return f"The password value of {c.name} changed {day} (the value is not shown)."
    old, new = c.old_value or "(empty)", c.new_value or "(empty)"
    return f"The {_words(c.field or '')} of {c.name} changed from {old} to {new} {day}."


def _words(field: str) -> str:
    """A logged field in words: `primary_ip` → primary IP, `traits.renewal-date` → renewal
    date, `interfaces[LAN].ip_address` → interfaces[LAN] ip address."""
    said = field.removeprefix("traits.").replace(".", " ").replace("_", " ").replace("-", " ")
    return " ".join(w.upper() if w in _ACRONYMS else w for w in said.split())


_ACRONYMS = frozenset(
    {"ip", "ips", "mac", "os", "url", "dns", "vlan", "ssid", "wan", "lan", "id", "sku", "psk"}
)


def _day(d: date) -> str:
    return f"on {d.isoformat()}"


def _and(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"

"""The change digest ("what you missed"): per organization, how many records each sync added,
removed and changed since a moment, and the list, each change cited by its record's source id
and IT Glue link. Built from the change log (`stores.changes`), never from IT Glue."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time
from typing import Literal, cast

from pydantic import BaseModel, Field

from stores.changes import Change, ChangeStore

Kind = Literal["added", "removed", "changed", "loaded"]
ORDER: tuple[Kind, ...] = ("changed", "added", "removed", "loaded")


class ChangeOut(BaseModel):
    """One logged change: a record added or removed, one field of it changed (old → new), or
    an organization's first load of a record type (`new_value`: how many records)."""

    at: datetime = Field(description="When the sync saw it")
    kind: Kind
    source_id: str = Field(description="The record's citation id (organization:<id> for a load)")
    record_type: str
    name: str
    field: str | None = Field(None, description="The field that changed (`value`: a password's)")
    old_value: str | None = Field(None, description="Before (never a password value)")
    new_value: str | None = Field(None, description="After (never a password value)")
    url: str | None = Field(None, description="The record's page in IT Glue, where it has one")
    sync_job_id: int | None = Field(None, description="The sync that saw it (none: a load)")


class OrganizationChanges(BaseModel):
    organization_id: int
    organization: str
    counts: dict[str, int] = Field(
        description="Records changed, added, removed (and records of a first load)"
    )
    changes: list[ChangeOut] = Field(description="Newest first")


class ChangeDigest(BaseModel):
    """What changed in the organizations in reach since a moment."""

    since: datetime | None = Field(description="The moment (none: every logged change)")
    basis: str = Field(description="What `since` is: a day asked for, or the last sync")
    organizations: list[OrganizationChanges]
    truncated: bool = Field(description="The lists were cut at the limit (the counts were not)")


async def moment(
    log: ChangeStore, organizations: Sequence[int], day: date | None
) -> tuple[datetime | None, str]:
    """The moment a digest starts and how to say it: the start of `day`, else the start of
    the last sync that covered any of `organizations`, else every change logged."""
    if day is not None:
        return datetime.combine(day, time(), UTC), f"since {day:%A %Y-%m-%d}"
    last = await log.last_sync(organizations) if organizations else None
    if last is None:
        return None, "every change logged (no sync yet)"
    job, started = last
    return started, f"since the last sync (job {job}, {started:%Y-%m-%d %H:%M} UTC)"


def digest(
    rows: Sequence[Change],
    counts: Mapping[int, Mapping[str, int]],
    names: Mapping[int, str],
    since: datetime | None,
    basis: str,
    limit: int,
    always: Sequence[int] = (),
) -> ChangeDigest:
    """The digest of `rows` (newest first; the first `limit` listed, more means the list was
    cut), organization by organization in name order: those with changes, and those in
    `always` (asked for by name) even without."""
    by_org: dict[int, list[ChangeOut]] = {}
    for c in rows[:limit]:
        assert c.at is not None, "logged changes have a time"
        by_org.setdefault(c.organization_id, []).append(
            ChangeOut(
                at=c.at,
                kind=cast(Kind, c.kind),  # the table's CHECK holds it to these
                source_id=c.source_id,
                record_type=c.record_type,
                name=c.name,
                field=c.field,
                old_value=c.old_value,
                new_value=c.new_value,
                url=c.resource_url,
                sync_job_id=c.sync_job_id,
            )
        )
    ids = sorted(set(counts) | set(always), key=lambda i: (names.get(i, "").lower(), i))
    return ChangeDigest(
        since=since,
        basis=basis,
        organizations=[
            OrganizationChanges(
                organization_id=i,
                organization=names.get(i, str(i)),
                counts={k: counts.get(i, {}).get(k, 0) for k in ORDER},
                changes=by_org.get(i, []),
            )
            for i in ids
        ],
        truncated=len(rows) > limit,
    )


def line(c: ChangeOut) -> str:
    """One change in words: `changed DC01 (configuration:10012): primary_ip 10.0.0.1 → …`."""
    cited = f"{c.name} ({c.source_id})"
    if c.kind == "loaded":
        return f"first load: {c.new_value} {c.record_type} records"
    if c.kind != "changed":
        return f"{c.kind} {c.record_type} {cited}"
    if c.field == "value":
        return f"changed {cited}: value changed (not shown)"
    return f"changed {cited}: {c.field} {c.old_value or '(empty)'} → {c.new_value or '(empty)'}"


def markdown(d: ChangeDigest) -> str:
    """The digest as Markdown: a section per organization, counts, then the list."""
    out = [f"# What changed — {d.basis}", ""]
    if not d.organizations:
        out.append("Nothing changed.")
    for org in d.organizations:
        counts = ", ".join(f"{n} {k}" for k, n in org.counts.items() if n) or "nothing changed"
        out += [f"## {org.organization}", "", counts, ""]
        for c in org.changes:
            link = f" — [IT Glue]({c.url})" if c.url else ""
            out.append(f"- {c.at:%Y-%m-%d %H:%M} {line(c)}{link}")
        out.append("")
    if d.truncated:
        out.append("_The list was cut at its limit; the counts are complete._")
    return "\n".join(out).rstrip() + "\n"

"""Compliance and hygiene checks over the records of the organizations in scope.

Per organization: configurations on an operating system past its end of support
(`reports.os_support`), warranties, certificates, domains, licenses and anything else with an
expiry date that has passed or falls within `expiring_days`, servers that no backup job
protects, firewalls that no document names, configurations without a location or a contact,
and password entries not updated in `password_max_age_days` (from their metadata: a value is
never read). Archived and inactive records are left out: they are retired, not neglected.

Kinds of record are read from the words of their types (`reports.classify`) and an expiry from
the asset type's expiration field, so another account's own types are checked as the sample's
are. Every finding names its record by source id and, where IT Glue gave one, its link.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Literal, get_args

from pydantic import BaseModel

from core.models import (
    Configuration,
    Document,
    FlexibleAsset,
    FlexibleAssetType,
    Password,
    Record,
    RecordType,
    Snapshot,
    TagTrait,
)
from reports import classify
from reports.os_support import support
from stores.render import html_to_text
from verify.facts import normal, present

Check = Literal[
    "unsupported_os",
    "expired",
    "expiring",
    "no_backup",
    "firewall_without_runbook",
    "no_location",
    "no_contact",
    "stale_password",
]
CHECKS: tuple[Check, ...] = get_args(Check)
TITLES: dict[str, str] = {
    "unsupported_os": "Unsupported operating systems",
    "expired": "Expired",
    "expiring": "Expiring soon",
    "no_backup": "Servers without a backup job",
    "firewall_without_runbook": "Firewalls without a runbook",
    "no_location": "Configurations without a location",
    "no_contact": "Configurations without a contact",
    "stale_password": "Passwords not updated",
}
COLUMNS: dict[str, str] = {
    "unsupported_os": "Unsupported OS",
    "expired": "Expired",
    "expiring": "Expiring",
    "no_backup": "No backup",
    "firewall_without_runbook": "Firewall, no runbook",
    "no_location": "No location",
    "no_contact": "No contact",
    "stale_password": "Old password",
}
"""The checks as the summary's column headings."""
INACTIVE = frozenset({"inactive", "retired", "decommissioned", "disposed", "archived"})
"""Configuration statuses that mean the device is gone (IT Glue's are the account's own)."""


class Finding(BaseModel):
    """One problem with one record."""

    check: Check
    source_id: str
    name: str
    url: str | None = None
    """The record's page in IT Glue, where the API gave one."""
    category: str | None = None
    """What kind of record: the asset type, "Warranty", the operating system's release."""
    when: date | None = None
    """The date the finding is about: support ended, expiry, last update."""
    detail: str


class OrganizationCompliance(BaseModel):
    organization_id: int
    organization: str
    counts: dict[str, int]
    """Findings per check, every check listed."""
    findings: list[Finding]


class ComplianceReport(BaseModel):
    """Every organization in scope, and the counts across them."""

    today: date
    expiring_days: int
    password_max_age_days: int
    counts: dict[str, int]
    organizations: list[OrganizationCompliance]


def active(config: Configuration) -> bool:
    """A device still in service: not archived, not marked inactive or retired."""
    return not config.archived and config.status.strip().lower() not in INACTIVE


def expiry(asset: FlexibleAsset, kind: FlexibleAssetType | None) -> date | None:
    """An asset's expiry: `expires_on`, else the value of its type's expiration field."""
    if asset.expires_on is not None:
        return asset.expires_on
    for field in kind.fields if kind else ():
        if field.expiration:
            value = asset.traits.get(field.name_key)
            if isinstance(value, date):
                return value
            if isinstance(value, str):
                try:
                    return date.fromisoformat(value.strip()[:10])
                except ValueError:
                    continue
    return None


def tagged(asset: FlexibleAsset) -> set[int]:
    """The configurations an asset's tag traits name, by id."""
    return {
        v.id
        for t in asset.traits.values()
        if isinstance(t, TagTrait) and t.type.lower().startswith("configuration")
        for v in t.values
    }


def _text(asset: FlexibleAsset) -> str:
    return normal(" ".join(str(v) for v in asset.traits.values() if isinstance(v, str)))


def document_text(doc: Document) -> str:
    """A document's title and sections as plain, normalized text."""
    return normal("\n".join([doc.name, *(html_to_text(s.content) for s in doc.sections)]))


def names(config: Configuration) -> set[str]:
    """How a text names a device: its name and hostname."""
    return {normal(n) for n in (config.name, config.hostname) if n and len(n) >= 3}


def shifted(day: date, days: int) -> date:
    """`day` moved by `days`, held at the calendar's ends (a report as of 9999-12-31 runs)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def _day(moment: datetime | None) -> date | None:
    return moment.date() if moment else None


def _ago(day: date, today: date) -> str:
    days = (today - day).days
    if days == 0:
        return "today"
    return f"{days} days ago" if days > 0 else f"in {-days} days"


def _finding(check: Check, record: Record, detail: str, **extra: object) -> Finding:
    return Finding.model_validate(
        {
            "check": check,
            "source_id": record.source_id,
            "name": record.name,
            "url": record.resource_url,
            "detail": detail,
            **extra,
        }
    )


def _expiries(
    configs: Sequence[Configuration],
    assets: Sequence[FlexibleAsset],
    types: dict[int, FlexibleAssetType],
    today: date,
    soon: date,
) -> Iterable[Finding]:
    covered: set[tuple[int, date]] = set()
    dated: list[tuple[Record, str, date]] = []
    for asset in assets:
        ends = expiry(asset, types.get(asset.flexible_asset_type_id))
        if ends is not None and not asset.archived:
            dated.append((asset, asset.flexible_asset_type_name, ends))
            covered |= {(i, ends) for i in tagged(asset)}
    dated += [
        (c, "Warranty", c.warranty_expires_at)
        for c in configs
        if c.warranty_expires_at and (c.id, c.warranty_expires_at) not in covered
    ]  # a warranty asset that names the device with the same date already says it
    for record, category, ends in dated:
        if ends < today:
            yield _finding(
                "expired",
                record,
                f"{category} expired on {ends} ({_ago(ends, today)})",
                category=category,
                when=ends,
            )
        elif ends <= soon:
            yield _finding(
                "expiring",
                record,
                f"{category} expires on {ends} ({_ago(ends, today)})",
                category=category,
                when=ends,
            )


def organization_findings(
    snapshot: Snapshot, org_id: int, today: date, expiring_days: int, password_max_age_days: int
) -> list[Finding]:
    """Every finding of one organization, check by check, each list by name."""
    types = {t.id: t for t in snapshot.flexible_asset_types}
    configs = [c for c in snapshot.configurations if c.organization_id == org_id and active(c)]
    assets = [a for a in snapshot.flexible_assets if a.organization_id == org_id]
    docs = [d for d in snapshot.documents if d.organization_id == org_id]
    edges = [r for r in snapshot.relationships if r.organization_id == org_id]
    out: list[Finding] = []

    for c in configs:
        row = support(c.operating_system)
        if row and row.ends <= today:
            out.append(
                _finding(
                    "unsupported_os",
                    c,
                    f"{c.operating_system}: {row.label} support ended on {row.ends}",
                    category=row.label,
                    when=row.ends,
                )
            )
    out += _expiries(configs, assets, types, today, shifted(today, expiring_days))

    backups = [
        a
        for a in assets
        if not a.archived
        and classify.of_asset(a, types.get(a.flexible_asset_type_id)) is classify.Asset.BACKUP
    ]
    protected = {i for a in backups for i in tagged(a)}
    backup_ids = {a.source_id for a in backups}
    for edge in edges:
        if edge.source in backup_ids or edge.target in backup_ids:
            protected |= {
                int(end.split(":")[1])
                for end in (edge.source, edge.target)
                if end.startswith(f"{RecordType.CONFIGURATION.value}:")
            }
    backup_text = "\n".join(_text(a) for a in backups)
    for c in configs:
        if classify.device(c.configuration_type) is not classify.Device.SERVER:
            continue
        if c.id in protected or any(present(n, backup_text) for n in names(c)):
            continue
        out.append(_finding("no_backup", c, "no backup job protects this server"))

    texts = [document_text(d) for d in docs]
    related = {
        end
        for edge in edges
        if edge.source.startswith("document:") or edge.target.startswith("document:")
        for end in (edge.source, edge.target)
    }
    for c in configs:
        if classify.device(c.configuration_type) is not classify.Device.FIREWALL:
            continue
        if c.source_id in related or any(present(n, t) for n in names(c) for t in texts):
            continue
        out.append(_finding("firewall_without_runbook", c, "no document names this firewall"))

    for c in configs:
        if c.location_id is None:
            out.append(_finding("no_location", c, f"{c.configuration_type} has no location"))
        if c.contact_id is None:
            out.append(_finding("no_contact", c, f"{c.configuration_type} has no contact"))

    oldest = shifted(today, -password_max_age_days)
    for p in snapshot.passwords:
        if not isinstance(p, Password) or p.organization_id != org_id or p.archived:
            continue
        updated = _day(p.updated_at)
        if updated is not None and updated < oldest:
            out.append(
                _finding(
                    "stale_password",
                    p,
                    f"last updated on {updated} ({_ago(updated, today)})",
                    category=p.category,
                    when=updated,
                )
            )
    order = {check: n for n, check in enumerate(CHECKS)}
    return sorted(out, key=lambda f: (order[f.check], f.when or date.min, f.name.lower()))


def check(
    snapshot: Snapshot,
    today: date,
    expiring_days: int = 30,
    password_max_age_days: int = 365,
) -> ComplianceReport:
    """The compliance report of every organization in `snapshot` as of `today`."""
    reports = []
    totals: dict[str, int] = defaultdict(int)
    for org in sorted(snapshot.organizations, key=lambda o: o.name.lower()):
        found = organization_findings(snapshot, org.id, today, expiring_days, password_max_age_days)
        counts: dict[str, int] = {c: sum(f.check == c for f in found) for c in CHECKS}
        for c, n in counts.items():
            totals[c] += n
        reports.append(
            OrganizationCompliance(
                organization_id=org.id, organization=org.name, counts=counts, findings=found
            )
        )
    return ComplianceReport(
        today=today,
        expiring_days=expiring_days,
        password_max_age_days=password_max_age_days,
        counts={c: totals[c] for c in CHECKS},
        organizations=reports,
    )

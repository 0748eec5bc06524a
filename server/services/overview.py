"""An organization at a glance, for MCP's resources and prompts: what it holds per record type
(devices by type, flexible assets by type), its locations, its password entries as metadata
(name, username, what they belong to, last update, OTP: never a value), each line cited with
its source id. Read from the SQL store only."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from core.models import Contact, Document, Location, Organization, RecordType
from server.services import credentials
from server.services.errors import ApiError
from stores import Stores

URI = "itglue://organizations/{organization_id}/overview"


def uri(organization_id: int) -> str:
    return URI.format(organization_id=organization_id)


async def organization(stores: Stores, organization_id: int, reach: Sequence[int]) -> Organization:
    """The organization, when the caller may read it: 404 otherwise, so that a key never learns
    whether another client's organization exists."""
    found = (
        await stores.sql.read.organizations([organization_id]) if organization_id in reach else []
    )
    if not found:
        raise ApiError(404, f"no organization {organization_id} in reach")
    return found[0]


def _line(text: str, source_id: str) -> str:
    return f"- {text} [{source_id}]"


async def markdown(stores: Stores, org: Organization) -> str:
    """The overview as Markdown."""
    read, ids = stores.sql.read, [org.id]
    devices = await read.configuration_type_counts(ids)
    assets = await read.count(RecordType.FLEXIBLE_ASSET, ids)
    locations = [r for r in await read.every(RecordType.LOCATION, ids) if isinstance(r, Location)]
    contacts = [r for r in await read.every(RecordType.CONTACT, ids) if isinstance(r, Contact)]
    documents = [r for r in await read.every(RecordType.DOCUMENT, ids) if isinstance(r, Document)]
    entries = await credentials.find(stores, ids, "passwords", limit=10_000)
    link = f" — {org.resource_url}" if org.resource_url else ""
    out = [f"# {org.name}{link}", ""]
    kind = org.organization_type or "organization"
    out.append(f"{kind}; short name {org.short_name or '-'} [{org.source_id}]")
    out += ["", f"## Devices ({sum(devices.values())})"]
    out += [f"- {name}: {n}" for name, n in devices.items()] or ["- none"]
    per_type = Counter({t: n for (_, t), n in assets.items()})
    out += ["", f"## Flexible assets ({sum(per_type.values())})"]
    out += [f"- {t}: {n}" for t, n in sorted(per_type.items())] or ["- none"]
    out += ["", f"## Locations ({len(locations)})"]
    for loc in locations:
        where = ", ".join(x for x in (loc.address_1, loc.city, loc.region, loc.country) if x)
        primary = " (primary)" if loc.primary else ""
        out.append(_line(f"{loc.name}{primary}: {where or 'no address'}", loc.source_id))
    out += ["", f"## Contacts ({len(contacts)})"]
    for c in contacts[:25]:
        title = f", {c.title}" if c.title else ""
        out.append(_line(f"{c.name}{title}", c.source_id))
    out += ["", f"## Documents ({len(documents)})"]
    out += [_line(d.name, d.source_id) for d in documents[:50]]
    out += ["", f"## Password entries ({len(entries)}; metadata only, values via get_password)"]
    for p in entries:
        owner = f" on {p.belongs_to.name}" if p.belongs_to else ""
        updated = f", updated {p.updated_at:%Y-%m-%d}" if p.updated_at else ""
        user = f" (user {p.username})" if p.username else ""
        otp = "on" if p.otp_enabled else "off"
        out.append(_line(f"{p.name}{user}{owner}{updated}, OTP {otp}", p.source_id))
    return "\n".join(out) + "\n"


async def password_lines(
    stores: Stores, orgs: Sequence[int], max_age_days: int, today: date | None = None
) -> list[str]:
    """Every password entry in `orgs` as one line of metadata, flagged when it was not updated
    in `max_age_days`, has no OTP or belongs to no record."""
    day = today or date.today()
    out = []
    for p in await credentials.find(stores, orgs, "passwords", limit=100_000):
        flags = []
        if p.updated_at is None or (day - p.updated_at.date()).days > max_age_days:
            flags.append(f"not updated in {max_age_days} days")
        if not p.otp_enabled:
            flags.append("no OTP")
        if p.belongs_to is None:
            flags.append("linked to no device or asset")
        updated = f"{p.updated_at:%Y-%m-%d}" if p.updated_at else "never"
        owner = p.belongs_to.name if p.belongs_to else "-"
        line = f"{p.organization} | {p.name} | {p.username or '-'} | {owner} | {updated} | "
        out.append(_line(line + ("; ".join(flags) or "ok"), p.source_id))
    return out

"""Records as the graph and vector stores see them: entities, derived edges and text chunks.

Configurations, flexible assets, contacts and the rest become one readable chunk each; documents
become one chunk per heading (its text and steps under it), cited as `document:3001#2`. Password
chunks name the entry, never its value. Every chunk's hash covers its title and text, so ingest
re-embeds exactly the chunks whose words changed.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable, Mapping
from datetime import date

from core.models import (
    Configuration,
    Contact,
    Document,
    FlexibleAsset,
    FlexibleAssetType,
    Location,
    Organization,
    Password,
    Record,
    Relationship,
    RelType,
    TagTrait,
    TraitValue,
)
from stores.graph import Entity
from stores.vector import Chunk

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"[ \t]+")

# IT Glue tag types -> the record type their ids refer to.
TAG_TARGETS = {
    "Configurations": "configuration",
    "Contacts": "contact",
    "Documents": "document",
    "Locations": "location",
    "Passwords": "password",
    "Organizations": "organization",
}


def html_to_text(content: str) -> str:
    text = re.sub(r"</(p|li|h[1-6]|tr|div)>|<br\s*/?>", "\n", content, flags=re.I)
    text = html.unescape(_TAG.sub("", text))
    lines = (_SPACE.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def trait_text(value: TraitValue) -> str:
    if isinstance(value, TagTrait):
        return ", ".join(v.name for v in value.values)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else str(value)


def _lines(pairs: Iterable[tuple[str, object]]) -> str:
    return "\n".join(f"{k}: {v}" for k, v in pairs if v not in (None, "", ()))


def entity(record: Record) -> Entity:
    """The graph node of a record, with the few fields graph answers quote."""
    props: dict[str, str | int | float | bool | None] = {}
    match record:
        case Configuration():
            props = {
                "type": record.configuration_type,
                "hostname": record.hostname,
                "ip": record.primary_ip,
                "os": record.operating_system,
            }
        case FlexibleAsset():
            props = {
                "type": record.flexible_asset_type_name,
                "expires_on": record.expires_on.isoformat() if record.expires_on else None,
            }
        case Organization():
            props = {"type": record.organization_type, "short_name": record.short_name}
        case Password():
            props = {"username": record.username, "category": record.category}
        case Contact():
            props = {"title": record.title}
    props = {k: v for k, v in props.items() if v is not None}
    return Entity(
        id=record.source_id,
        kind=record.record_type.value,
        org_id=record.organization_id,
        name=record.name,
        props=props,
    )


def entity_hash(node: Entity) -> str:
    return _hash(node.model_dump_json())


def derived_relationships(record: Record) -> list[Relationship]:
    """Edges implied by a record's own fields (ownership, location, links in traits)."""
    org, sid = record.organization_id, record.source_id
    out: list[Relationship] = []
    if not isinstance(record, (Organization, FlexibleAssetType)):
        out.append(
            Relationship(
                source=f"organization:{org}", target=sid, kind=RelType.CONTAINS, organization_id=org
            )
        )
    location_id = getattr(record, "location_id", None)
    if location_id:
        out.append(
            Relationship(
                source=sid,
                target=f"location:{location_id}",
                kind=RelType.LOCATED_AT,
                organization_id=org,
            )
        )
    if isinstance(record, Configuration) and record.contact_id:
        out.append(
            Relationship(
                source=f"contact:{record.contact_id}",
                target=sid,
                kind=RelType.OWNS,
                organization_id=org,
            )
        )
    if isinstance(record, Password) and record.resource_id and record.resource_type:
        target = record.resource_type.lower().replace(" ", "_")
        if target in ("configuration", "flexible_asset"):
            out.append(
                Relationship(
                    source=sid,
                    target=f"{target}:{record.resource_id}",
                    kind=RelType.RELATED_TO,
                    organization_id=org,
                )
            )
    if isinstance(record, FlexibleAsset):
        for value in record.traits.values():
            if isinstance(value, TagTrait) and value.type in TAG_TARGETS:
                out.extend(
                    Relationship(
                        source=sid,
                        target=f"{TAG_TARGETS[value.type]}:{v.id}",
                        kind=RelType.RELATED_TO,
                        organization_id=org,
                    )
                    for v in value.values
                )
    return out


def _chunk(record: Record, chunk_id: str, title: str, body: str) -> Chunk:
    return Chunk(
        chunk_id=chunk_id,
        source_id=record.source_id,
        organization_id=record.organization_id,
        record_type=record.record_type.value,
        title=title,
        text=body,
        content_hash=_hash(title, body),
    )


def chunks(record: Record, org_names: Mapping[int, str]) -> list[Chunk]:
    """The searchable text of a record; one chunk, or one per heading for documents."""
    org = org_names.get(record.organization_id, f"organization {record.organization_id}")
    if isinstance(record, Document):
        return _document_chunks(record, org)
    title, body = _render(record, org)
    return [_chunk(record, record.source_id, title, body)]


def _document_chunks(doc: Document, org: str) -> list[Chunk]:
    groups: list[tuple[str, list[str]]] = []
    for section in sorted(doc.sections, key=lambda s: s.sort):
        text = html_to_text(section.content)
        if section.kind == "heading" or not groups:
            heading = text if section.kind == "heading" else doc.name
            groups.append((heading, [] if section.kind == "heading" else [text]))
        else:
            groups[-1][1].append(text)
    out = []
    for index, (heading, parts) in enumerate(groups):
        title = f"{doc.name} — {heading}" if heading != doc.name else doc.name
        body = f"{doc.name} ({org})\n{heading}\n" + "\n".join(p for p in parts if p)
        out.append(_chunk(doc, f"{doc.source_id}#{index}", title, body.strip()))
    return out or [_chunk(doc, f"{doc.source_id}#0", doc.name, f"{doc.name} ({org})")]


def _render(record: Record, org: str) -> tuple[str, str]:
    match record:
        case Configuration():
            interfaces = "; ".join(
                f"{i.name} {i.ip_address or ''} {i.mac_address or ''}".strip()
                for i in record.interfaces
            )
            body = _lines(
                [
                    ("Configuration", f"{record.name} ({record.configuration_type}) at {org}"),
                    ("Hostname", record.hostname),
                    ("Status", record.status),
                    ("Primary IP", record.primary_ip),
                    ("Public IP", record.public_ip),
                    ("MAC address", record.mac_address),
                    ("Serial number", record.serial_number),
                    ("Asset tag", record.asset_tag),
                    ("Manufacturer", record.manufacturer),
                    ("Model", record.model),
                    ("Operating system", record.operating_system),
                    ("OS notes", record.operating_system_notes),
                    ("Warranty expires", record.warranty_expires_at),
                    ("Installed", record.installed_at),
                    ("Interfaces", interfaces),
                    ("Notes", record.notes),
                ]
            )
            return f"{record.name} ({record.configuration_type})", body
        case FlexibleAsset():
            traits = [
                (k.replace("-", " ").capitalize(), trait_text(v)) for k, v in record.traits.items()
            ]
            body = _lines([(record.flexible_asset_type_name, f"{record.name} at {org}"), *traits])
            return f"{record.flexible_asset_type_name}: {record.name}", body
        case Password():
            body = _lines(
                [
                    ("Password entry", f"{record.name} at {org} (value kept in the vault)"),
                    ("Username", record.username),
                    ("URL", record.url),
                    ("Category", record.category),
                    ("Notes", record.notes),
                ]
            )
            return f"Password: {record.name}", body
        case Contact():
            body = _lines(
                [
                    ("Contact", f"{record.name} at {org}"),
                    ("Title", record.title),
                    ("Contact type", record.contact_type),
                    ("Email", ", ".join(e.value for e in record.emails)),
                    ("Phone", ", ".join(p.value for p in record.phones)),
                    ("Notes", record.notes),
                ]
            )
            return f"Contact: {record.name}", body
        case Location():
            address = ", ".join(
                x
                for x in (
                    record.address_1,
                    record.address_2,
                    record.city,
                    record.region,
                    record.postal_code,
                    record.country,
                )
                if x
            )
            body = _lines(
                [
                    ("Location", f"{record.name} of {org}"),
                    ("Address", address),
                    ("Phone", record.phone),
                    ("Primary", "yes" if record.primary else None),
                    ("Notes", record.notes),
                ]
            )
            return f"Location: {record.name}", body
        case Organization():
            body = _lines(
                [
                    ("Organization", record.name),
                    ("Short name", record.short_name),
                    ("Type", record.organization_type),
                    ("Status", record.status),
                    ("Description", record.description),
                    ("Quick notes", record.quick_notes),
                ]
            )
            return f"Organization: {record.name}", body
        case FlexibleAssetType():
            fields = ", ".join(f.name for f in record.fields)
            body = _lines(
                [
                    ("Flexible asset type", record.name),
                    ("Description", record.description),
                    ("Fields", fields),
                ]
            )
            return f"Asset type: {record.name}", body
    raise TypeError(f"cannot render {type(record).__name__}")

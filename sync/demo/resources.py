"""Domain records as IT Glue's JSON:API resources: the inverse of `sync.transform`.

Kebab-case attributes, string ids, the names IT Glue denormalizes onto a record (organization,
location, contact, the configuration a password belongs to) read from the other records served,
and related items on both ends of each link. Shapes follow `../shared/ITGLUE_API.md`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

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
    TagTrait,
)
from sync.related import NOTE_KINDS, RELATED_ASSET_TYPES, related_note
from sync.transform import SECTION_TYPES, rfc3339

QUICK_NOTES_IN_LISTS = 250
"""IT Glue truncates an organization's quick notes in lists; the single GET has them whole."""

JsonDict = dict[str, Any]
Records = Mapping[str, Record]
"""The records served, by source id."""


def resource(kind: str, id_: int, attributes: JsonDict) -> JsonDict:
    """One JSON:API resource object."""
    return {"id": str(id_), "type": kind, "attributes": attributes}


def _ts(value: datetime | None) -> str | None:
    return rfc3339(value) if value else None


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _common(record: Record, records: Records) -> JsonDict:
    org = records.get(f"organization:{record.organization_id}")
    return {
        "organization-id": record.organization_id,
        "organization-name": org.name if org else None,
        "resource-url": f"https://fake.itglue.example/{record.organization_id}/"
        f"{record.record_type.value}s/{record.id}",
        "name": record.name,
        "created-at": _ts(record.updated_at),
        "updated-at": _ts(record.updated_at),
    }


def organization(org: Organization, *, in_list: bool) -> JsonDict:
    """An organization; in a list its quick notes are cut as IT Glue cuts them."""
    notes = org.quick_notes
    if in_list and notes and len(notes) > QUICK_NOTES_IN_LISTS:
        notes = notes[:QUICK_NOTES_IN_LISTS]
    return resource(
        "organizations",
        org.id,
        {
            "name": org.name,
            "alert": None,
            "description": org.description,
            "organization-type-id": 86,
            "organization-type-name": org.organization_type,
            "organization-status-id": 68,
            "organization-status-name": org.status,
            "primary": False,
            "logo": "",
            "quick-notes": notes,
            "short-name": org.short_name,
            "created-at": _ts(org.updated_at),
            "updated-at": _ts(org.updated_at),
            "parent-id": None,
            "ancestor-ids": "[]",
        },
    )


def configuration(c: Configuration, records: Records) -> JsonDict:
    """A configuration; its interfaces are referenced, served under their own route."""
    location = records.get(f"location:{c.location_id}") if c.location_id else None
    contact_ = records.get(f"contact:{c.contact_id}") if c.contact_id else None
    out = resource(
        "configurations",
        c.id,
        {
            **_common(c, records),
            "organization-short-name": None,
            "hostname": c.hostname,
            "primary-ip": c.primary_ip,
            "mac-address": c.mac_address,
            "serial-number": c.serial_number,
            "asset-tag": c.asset_tag,
            "position": None,
            "installed-by": None,
            "purchased-by": None,
            "notes": c.notes,
            "operating-system-notes": c.operating_system_notes,
            "warranty-expires-at": _day(c.warranty_expires_at),
            "installed-at": _day(c.installed_at),
            "purchased-at": _day(c.purchased_at),
            "configuration-type-id": 1,
            "configuration-type-name": c.configuration_type,
            "configuration-type-kind": c.configuration_type.lower(),
            "configuration-status-id": 1,
            "configuration-status-name": c.status,
            "manufacturer-name": c.manufacturer,
            "model-name": c.model,
            "operating-system-name": c.operating_system,
            "location-id": c.location_id,
            "location-name": location.name if location else None,
            "contact-id": c.contact_id,
            "contact-name": contact_.name if contact_ else None,
            "archived": c.archived,
        },
    )
    out["relationships"] = {
        "configuration-interfaces": {
            "data": [{"id": str(i.id), "type": "configuration-interfaces"} for i in c.interfaces]
        }
    }
    return out


def interfaces(config: Configuration) -> list[JsonDict]:
    """A configuration's interfaces."""
    return [
        resource(
            "configuration-interfaces",
            i.id,
            {
                "primary": i.primary,
                "name": i.name,
                "ip-address": i.ip_address,
                "mac-address": i.mac_address,
                "notes": i.notes,
                "created-at": _ts(config.updated_at),
                "updated-at": _ts(config.updated_at),
            },
        )
        for i in config.interfaces
    ]


def asset_type(t: FlexibleAssetType) -> JsonDict:
    """A flexible asset type; its fields are referenced, included on request."""
    out = resource(
        "flexible-asset-types",
        t.id,
        {
            "name": t.name,
            "description": t.description,
            "icon": "file",
            "show-in-menu": True,
            "created-at": _ts(t.updated_at),
            "updated-at": _ts(t.updated_at),
        },
    )
    out["relationships"] = {
        "flexible-asset-fields": {
            "data": [
                {"id": str(t.id * 100 + n), "type": "flexible-asset-fields"}
                for n in range(len(t.fields))
            ]
        }
    }
    return out


def asset_fields(t: FlexibleAssetType) -> list[JsonDict]:
    """A flexible asset type's fields, in order."""
    return [
        resource(
            "flexible-asset-fields",
            t.id * 100 + n,
            {
                "flexible-asset-type-id": t.id,
                "order": n + 1,
                "name": f.name,
                "kind": f.kind,
                "tag-type": f.tag_type,
                "required": False,
                "use-for-title": n == 0,
                "expiration": f.expiration,
                "show-in-list": True,
                "name-key": f.name_key,
            },
        )
        for n, f in enumerate(t.fields)
    ]


def flexible_asset(a: FlexibleAsset, records: Records) -> JsonDict:
    """A flexible asset; dates as ISO days, tags as their type and values."""
    traits: JsonDict = {}
    for key, value in a.traits.items():
        if isinstance(value, TagTrait):
            traits[key] = {
                "type": value.type,
                "values": [{"id": v.id, "name": v.name} for v in value.values],
            }
        elif isinstance(value, date):
            traits[key] = value.isoformat()
        else:
            traits[key] = value
    return resource(
        "flexible-assets",
        a.id,
        {
            **_common(a, records),
            "restricted": False,
            "my-glue": False,
            "flexible-asset-type-id": a.flexible_asset_type_id,
            "flexible-asset-type-name": a.flexible_asset_type_name,
            "traits": traits,
            "archived": a.archived,
        },
    )


def password(p: Password, records: Records, value: str | None) -> JsonDict:
    """A password entry; with `value` (the single GET with `show_password`) it carries it."""
    target = records.get(f"configuration:{p.resource_id}") if p.resource_id else None
    attributes = {
        **_common(p, records),
        "restricted": False,
        "my-glue": False,
        "autofill-selectors": None,
        "username": p.username,
        "url": p.url,
        "notes": p.notes,
        "password-updated-at": _ts(p.updated_at),
        "updated-by": "fake",
        "resource-id": p.resource_id,
        "resource-type": p.resource_type,
        "cached-resource-type-name": p.resource_type,
        "cached-resource-name": target.name if target else None,
        "password-category-id": None,
        "password-category-name": p.category,
        "archived": p.archived,
        "otp-enabled": p.otp_enabled,
        "password-folder-id": None,
    }
    if value is not None:
        attributes["password"] = value
        attributes["is-live"] = True
    return resource("passwords", p.id, attributes)


def document(d: Document, records: Records, folder_id: int | None) -> JsonDict:
    """A document without its body (sections are served under their own route)."""
    return resource(
        "documents",
        d.id,
        {
            **_common(d, records),
            "published": d.published,
            "public": False,
            "draft": False,
            "document-folder-id": folder_id,
        },
    )


def sections(doc: Document) -> list[JsonDict]:
    """A document's sections."""
    return [
        resource(
            "document-sections",
            s.id,
            {
                "document-id": doc.id,
                "resource-id": s.id,
                "resource-type": SECTION_TYPES[s.kind],
                "content": s.content,
                "rendered-content": s.content,
                "level": s.level,
                "duration": None,
                "sort": s.sort,
                "created-at": _ts(doc.updated_at),
                "updated-at": _ts(doc.updated_at),
            },
        )
        for s in doc.sections
    ]


def contact(c: Contact, records: Records) -> JsonDict:
    """A contact with its emails and phones."""
    location = records.get(f"location:{c.location_id}") if c.location_id else None
    return resource(
        "contacts",
        c.id,
        {
            **_common(c, records),
            "first-name": c.first_name,
            "last-name": c.last_name,
            "title": c.title,
            "contact-type-name": c.contact_type,
            "location-id": c.location_id,
            "location-name": location.name if location else None,
            "important": c.important,
            "notes": c.notes,
            "contact-emails": [
                {"value": e.value, "primary": e.primary, "label-name": e.label} for e in c.emails
            ],
            "contact-phones": [
                {
                    "value": p.value,
                    "extension": None,
                    "primary": p.primary,
                    "label-name": p.label,
                    "formatted-value": p.value,
                }
                for p in c.phones
            ],
        },
    )


def location(loc: Location, records: Records) -> JsonDict:
    """A location."""
    return resource(
        "locations",
        loc.id,
        {
            **_common(loc, records),
            "primary": loc.primary,
            "address-1": loc.address_1,
            "address-2": loc.address_2,
            "city": loc.city,
            "postal-code": loc.postal_code,
            "region-name": loc.region,
            "country-name": loc.country,
            "phone": loc.phone,
            "notes": loc.notes,
        },
    )


def related_items(
    record: Record, records: Records, relationships: Iterable[Relationship]
) -> list[JsonDict]:
    """Related items on both ends of each link, as IT Glue shows them."""
    sid, out = record.source_id, []
    for n, rel in enumerate(relationships):
        if rel.kind not in NOTE_KINDS and rel.kind.value != "RELATED_TO":
            continue
        if sid not in (rel.source, rel.target):
            continue
        destination = rel.target == sid
        other = records.get(rel.source if destination else rel.target)
        if other is None or other.record_type not in RELATED_ASSET_TYPES:
            continue
        out.append(
            resource(
                "related-items",
                2 * n + 1 + int(destination),
                {
                    "asset-type": RELATED_ASSET_TYPES[other.record_type],
                    "resource-id": other.id,
                    "resource-name": other.name,
                    "resource-url": None,
                    "notes": related_note(rel.kind, rel.notes),
                    "restricted": False,
                    "archived": False,
                    "is-destination": destination,
                    "created-at": _ts(record.updated_at),
                    "updated-at": _ts(record.updated_at),
                },
            )
        )
    return out

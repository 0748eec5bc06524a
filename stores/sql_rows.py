"""A record as the row of its table: the typed columns queries filter and sort on, beside the
whole record as JSON in `data`."""

from __future__ import annotations

from typing import Any

from psycopg.types.json import Jsonb

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
)


def columns(record: Record) -> dict[str, Any]:
    """Typed columns of a record's table (beyond id, organization, name, data, hash)."""
    match record:
        case Organization():
            return {
                "short_name": record.short_name,
                "organization_type": record.organization_type,
                "status": record.status,
            }
        case Configuration():
            return {
                "hostname": record.hostname,
                "configuration_type": record.configuration_type,
                "status": record.status,
                "primary_ip": record.primary_ip,
                "public_ip": record.public_ip,
                "mac_address": record.mac_address,
                "serial_number": record.serial_number,
                "asset_tag": record.asset_tag,
                "manufacturer": record.manufacturer,
                "model": record.model,
                "operating_system": record.operating_system,
                "warranty_expires_at": record.warranty_expires_at,
                "location_id": record.location_id,
                "contact_id": record.contact_id,
                "archived": record.archived,
            }
        case FlexibleAssetType():
            return {"description": record.description}
        case FlexibleAsset():
            return {
                "flexible_asset_type_id": record.flexible_asset_type_id,
                "flexible_asset_type_name": record.flexible_asset_type_name,
                "expires_on": record.expires_on,
                "traits": Jsonb(record.model_dump(mode="json")["traits"]),
                "archived": record.archived,
            }
        case Password():
            return {
                "username": record.username,
                "url": record.url,
                "category": record.category,
                "resource_type": record.resource_type,
                "resource_id": record.resource_id,
                "value_encrypted": record.value_encrypted,
                "value_fingerprint": record.value_fingerprint,
                "archived": record.archived,
            }
        case Document():
            return {"folder": record.folder, "published": record.published}
        case Contact():
            email = next((e.value for e in record.emails if e.primary), None)
            phone = next((p.value for p in record.phones if p.primary), None)
            return {
                "title": record.title,
                "contact_type": record.contact_type,
                "email": email,
                "phone": phone,
                "location_id": record.location_id,
            }
        case Location():
            return {"city": record.city, "region": record.region, "country": record.country}
    raise TypeError(f"no table for {type(record).__name__}")


def row(record: Record) -> dict[str, Any]:
    data = record.model_dump(mode="json", exclude={"value_encrypted"})
    return {
        "id": record.id,
        "organization_id": record.organization_id,
        "name": record.name,
        **columns(record),
        "data": Jsonb(data),
        "content_hash": record.content_hash(),
        "updated_at": record.updated_at,
    }

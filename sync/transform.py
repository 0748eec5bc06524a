"""IT Glue JSON:API resources -> domain models.

Attribute keys are kebab-case, ids strings, foreign keys integers. Parsing is lenient: a missing
attribute becomes None, never an error. A record's related items become edges (their kind read
from the note, `sync.related`); only the side that declared the link (`is-destination` false)
yields the edge, so re-syncing a record replaces exactly the edges it owns.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from core.models import (
    Configuration,
    ConfigurationInterface,
    Contact,
    ContactPoint,
    Document,
    DocumentSection,
    FlexibleAsset,
    FlexibleAssetField,
    FlexibleAssetType,
    Location,
    Organization,
    Password,
    Relationship,
    TagTrait,
    TagValue,
    TraitValue,
    is_public_ip,
)
from sync.related import RELATED_TYPES, relationship_kind

Resource = Mapping[str, Any]

_SECTION_KINDS = {
    "Document::Heading": "heading",
    "Document::Text": "text",
    "Document::Step": "step",
    "Document::Gallery": "gallery",
}
SECTION_TYPES = {v: k for k, v in _SECTION_KINDS.items()}


def _attrs(resource: Resource) -> Mapping[str, Any]:
    return resource.get("attributes") or {}


def _int(value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _str(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def timestamp(value: Any) -> datetime | None:
    """An RFC 3339 timestamp (`2016-09-14T17:02:44.000Z`) as an aware UTC datetime."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def rfc3339(value: datetime) -> str:
    """IT Glue's timestamp form: UTC with milliseconds (`2016-09-14T17:02:44.000Z`)."""
    value = value.astimezone(UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def day(value: Any) -> date | None:
    """A plain date, or the date part of a timestamp."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _base(resource: Resource, organization_id: int | None = None) -> dict[str, Any]:
    a = _attrs(resource)
    org = organization_id if organization_id is not None else _int(a.get("organization-id"))
    return {
        "id": int(resource["id"]),
        "organization_id": org or 0,
        "name": str(a.get("name") or f"{resource.get('type', 'record')} {resource['id']}"),
        "updated_at": timestamp(a.get("updated-at")),
        "resource_url": str(a["resource-url"]) if a.get("resource-url") else None,
    }


def organization(resource: Resource) -> Organization:
    a = _attrs(resource)
    return Organization(
        **_base(resource, int(resource["id"])),
        short_name=_str(a.get("short-name")),
        organization_type=_str(a.get("organization-type-name")),
        status=_str(a.get("organization-status-name")) or "Active",
        description=_str(a.get("description")),
        quick_notes=_str(a.get("quick-notes")),
    )


def interface(resource: Resource) -> ConfigurationInterface:
    a = _attrs(resource)
    return ConfigurationInterface(
        id=int(resource["id"]),
        name=_str(a.get("name")) or "Interface",
        ip_address=_str(a.get("ip-address")),
        mac_address=_str(a.get("mac-address")),
        primary=bool(a.get("primary")),
        notes=_str(a.get("notes")),
    )


def configuration(
    resource: Resource, interfaces: Iterable[ConfigurationInterface] = ()
) -> Configuration:
    """A configuration; its public IP is the first interface address outside private ranges."""
    a = _attrs(resource)
    ifaces = tuple(sorted(interfaces, key=lambda i: i.id))
    public = next((i.ip_address for i in ifaces if is_public_ip(i.ip_address)), None)
    return Configuration(
        **_base(resource),
        hostname=_str(a.get("hostname")),
        configuration_type=_str(a.get("configuration-type-name")) or "Unknown",
        status=_str(a.get("configuration-status-name")) or "Active",
        primary_ip=_str(a.get("primary-ip")),
        public_ip=public,
        mac_address=_str(a.get("mac-address")),
        serial_number=_str(a.get("serial-number")),
        asset_tag=_str(a.get("asset-tag")),
        manufacturer=_str(a.get("manufacturer-name")),
        model=_str(a.get("model-name")),
        operating_system=_str(a.get("operating-system-name")),
        operating_system_notes=_str(a.get("operating-system-notes")),
        warranty_expires_at=day(a.get("warranty-expires-at")),
        installed_at=day(a.get("installed-at")),
        purchased_at=day(a.get("purchased-at")),
        location_id=_int(a.get("location-id")),
        contact_id=_int(a.get("contact-id")),
        notes=_str(a.get("notes")),
        archived=bool(a.get("archived")),
        interfaces=ifaces,
    )


def asset_field(resource: Resource) -> tuple[int, FlexibleAssetField]:
    """A flexible asset field and its `order`."""
    a = _attrs(resource)
    name = _str(a.get("name")) or f"field {resource['id']}"
    return _int(a.get("order")) or 0, FlexibleAssetField(
        name=name,
        name_key=_str(a.get("name-key")) or name.lower().replace(" ", "-"),
        kind=_str(a.get("kind")) or "Text",
        tag_type=_str(a.get("tag-type")),
        expiration=bool(a.get("expiration")),
    )


def included(body: Mapping[str, Any]) -> dict[tuple[str, str], Resource]:
    """`included[]` of a document, by (type, id)."""
    return {(str(r.get("type")), str(r.get("id"))): r for r in body.get("included") or []}


def _refs(resource: Resource, name: str) -> list[tuple[str, str]]:
    data = ((resource.get("relationships") or {}).get(name) or {}).get("data") or []
    return [(str(d.get("type")), str(d.get("id"))) for d in data if isinstance(d, dict)]


def ref_ids(resource: Resource, name: str) -> list[str]:
    """Ids a resource's `relationships.<name>.data` names."""
    return [i for _, i in _refs(resource, name)]


def asset_type(resource: Resource, index: Mapping[tuple[str, str], Resource]) -> FlexibleAssetType:
    """A flexible asset type with its fields (from `include=flexible_asset_fields`)."""
    a = _attrs(resource)
    fields = [
        asset_field(index[ref]) for ref in _refs(resource, "flexible-asset-fields") if ref in index
    ]
    if not fields:  # fields included without relationship refs: match them by type id
        fields = [
            asset_field(r)
            for (kind, _), r in index.items()
            if kind == "flexible-asset-fields"
            and _int(_attrs(r).get("flexible-asset-type-id")) == int(resource["id"])
        ]
    return FlexibleAssetType(
        **_base(resource, 0),
        description=_str(a.get("description")),
        fields=tuple(f for _, f in sorted(fields, key=lambda pair: pair[0])),
    )


def _number(value: Any) -> int | float | str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    try:
        number = float(str(value))
    except ValueError:
        return str(value)
    return int(number) if number.is_integer() else number


def _trait(value: Any, field: FlexibleAssetField | None) -> TraitValue:
    if isinstance(value, Mapping) and "values" in value:
        values = tuple(
            TagValue(id=int(v["id"]), name=str(v.get("name") or v["id"]))
            for v in value.get("values") or []
            if isinstance(v, Mapping) and _int(v.get("id")) is not None
        )
        return TagTrait(
            type=str(value.get("type") or (field.tag_type if field else "")), values=values
        )
    if value is None or field is None:
        return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)
    if field.kind == "Date":
        return day(value) or str(value)
    if field.kind == "Number":
        return _number(value)
    if field.kind == "Checkbox":
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
    return value if isinstance(value, (str, int, float, bool)) else str(value)


def flexible_asset(resource: Resource, kind: FlexibleAssetType | None) -> FlexibleAsset:
    """A flexible asset; `kind` types its traits (dates, numbers, tags) and names its expiry."""
    a = _attrs(resource)
    fields = {f.name_key: f for f in kind.fields} if kind else {}
    traits = {key: _trait(v, fields.get(key)) for key, v in (a.get("traits") or {}).items()}
    expiry = next((f.name_key for f in fields.values() if f.expiration), None)
    expires = traits.get(expiry) if expiry else None
    type_id = _int(a.get("flexible-asset-type-id")) or (kind.id if kind else 0)
    return FlexibleAsset(
        **_base(resource),
        flexible_asset_type_id=type_id,
        flexible_asset_type_name=_str(a.get("flexible-asset-type-name"))
        or (kind.name if kind else "Flexible asset"),
        traits=traits,
        expires_on=expires if isinstance(expires, date) else None,
        archived=bool(a.get("archived")),
    )


def password(
    resource: Resource, *, value_encrypted: str | None = None, fingerprint: str | None = None
) -> Password:
    """Password metadata; the value arrives separately, already encrypted."""
    a = _attrs(resource)
    return Password(
        **_base(resource),
        username=_str(a.get("username")),
        url=_str(a.get("url")),
        notes=_str(a.get("notes")),
        category=_str(a.get("password-category-name")),
        resource_type=_str(a.get("resource-type")),
        resource_id=_int(a.get("resource-id")),
        value_encrypted=value_encrypted,
        value_fingerprint=fingerprint,
        archived=bool(a.get("archived")),
        otp_enabled=bool(a.get("otp-enabled")),
    )


def section(resource: Resource) -> DocumentSection:
    a = _attrs(resource)
    kind = _SECTION_KINDS.get(str(a.get("resource-type")), "text")
    return DocumentSection(
        id=int(resource["id"]),
        kind=kind,  # type: ignore[arg-type]
        level=_int(a.get("level")) if kind == "heading" else None,
        content=str(a.get("content") or a.get("rendered-content") or ""),
        sort=_int(a.get("sort")) or 0,
    )


def document(resource: Resource, sections: Iterable[DocumentSection]) -> Document:
    """A document with its body. Folder names are not readable with an API key: left unset."""
    a = _attrs(resource)
    return Document(
        **_base(resource),
        published=a.get("published") is not False,
        sections=tuple(sorted(sections, key=lambda s: (s.sort, s.id))),
    )


def _points(values: Any) -> tuple[ContactPoint, ...]:
    out = []
    for item in values or []:
        if not isinstance(item, Mapping) or not item.get("value"):
            continue
        value = str(item["value"])
        if item.get("extension"):
            value = f"{value} x{item['extension']}"
        out.append(
            ContactPoint(
                value=value,
                label=_str(item.get("label-name")) or "Work",
                primary=bool(item.get("primary")),
            )
        )
    return tuple(out)


def contact(resource: Resource) -> Contact:
    a = _attrs(resource)
    return Contact(
        **_base(resource),
        first_name=_str(a.get("first-name")),
        last_name=_str(a.get("last-name")),
        title=_str(a.get("title")),
        contact_type=_str(a.get("contact-type-name")),
        location_id=_int(a.get("location-id")),
        important=bool(a.get("important")),
        notes=_str(a.get("notes")),
        emails=_points(a.get("contact-emails")),
        phones=_points(a.get("contact-phones")),
    )


def location(resource: Resource) -> Location:
    a = _attrs(resource)
    return Location(
        **_base(resource),
        primary=bool(a.get("primary")),
        address_1=_str(a.get("address-1")),
        address_2=_str(a.get("address-2")),
        city=_str(a.get("city")),
        region=_str(a.get("region-name")),
        postal_code=_str(a.get("postal-code")),
        country=_str(a.get("country-name")),
        phone=_str(a.get("phone")),
        notes=_str(a.get("notes")),
    )


def related_items(
    resource: Resource,
    source: str,
    organization_id: int,
    index: Mapping[tuple[str, str], Resource],
) -> list[Relationship]:
    """Edges declared by a record's related items (from `include=related_items`)."""
    out = []
    for ref in _refs(resource, "related-items"):
        item = index.get(ref)
        if item is None:
            continue
        a = _attrs(item)
        target_type = RELATED_TYPES.get(str(a.get("asset-type")))
        target_id = _int(a.get("resource-id"))
        if target_type is None or target_id is None or a.get("is-destination"):
            continue
        kind, notes = relationship_kind(_str(a.get("notes")))
        out.append(
            Relationship(
                source=source,
                target=f"{target_type.value}:{target_id}",
                kind=kind,
                organization_id=organization_id,
                notes=notes,
            )
        )
    return out

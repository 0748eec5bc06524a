"""Domain models: the records itglue-rag copies from IT Glue, and the ids that cite them.

Every record has an integer IT Glue id and an organization; `source_id` gives the stable
citation id (`configuration:1001`, `document:3001#2` for a chunk). Password values are held
only encrypted (`value_encrypted`); `value_fingerprint` (an HMAC of the plaintext) lets ingest
see a changed value without decrypting and without the random nonce changing the record hash.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import re
from datetime import date, datetime
from enum import StrEnum
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

_LOCAL_NETS = [
    ipaddress.ip_network(n)
    for n in (
        "10.0.0.0/8",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "100.64.0.0/10",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "fc00::/7",
        "fe80::/10",
        "::1/128",
    )
]
"""Addresses that never face the internet: private, carrier-NAT, loopback, link-local."""


def is_public_ip(value: str | None) -> bool:
    """An address outside `_LOCAL_NETS`: a configuration's public IP, a WAN link's."""
    try:
        address = ipaddress.ip_address((value or "").strip())
    except ValueError:
        return False
    return not any(address in net for net in _LOCAL_NETS if net.version == address.version)


class RecordType(StrEnum):
    """The record kinds that carry a source id."""

    ORGANIZATION = "organization"
    CONFIGURATION = "configuration"
    FLEXIBLE_ASSET_TYPE = "flexible_asset_type"
    FLEXIBLE_ASSET = "flexible_asset"
    PASSWORD = "password"
    DOCUMENT = "document"
    CONTACT = "contact"
    LOCATION = "location"


class RelType(StrEnum):
    """Typed edges of the graph store."""

    CONTAINS = "CONTAINS"
    DEPENDS_ON = "DEPENDS_ON"
    CONNECTED_TO = "CONNECTED_TO"
    RUNS_ON = "RUNS_ON"
    RELATED_TO = "RELATED_TO"
    OWNS = "OWNS"
    LOCATED_AT = "LOCATED_AT"


_SOURCE_ID = re.compile(r"^(?P<type>[a-z_]+):(?P<id>\d+)(?:#(?P<chunk>\d+))?$")


class SourceId(BaseModel):
    """`<type>:<itglue id>[#chunk]`: the citation id every store, answer and eval speaks in."""

    model_config = ConfigDict(frozen=True)

    type: RecordType
    id: int
    chunk: int | None = None

    @classmethod
    def parse(cls, text: str) -> SourceId:
        match = _SOURCE_ID.match(text.strip())
        if not match:
            raise ValueError(f"not a source id: {text!r} (expected e.g. configuration:1001)")
        chunk = match["chunk"]
        return cls(
            type=RecordType(match["type"]),
            id=int(match["id"]),
            chunk=int(chunk) if chunk is not None else None,
        )

    @property
    def record(self) -> SourceId:
        """The record this chunk belongs to."""
        return SourceId(type=self.type, id=self.id)

    def __str__(self) -> str:
        base = f"{self.type.value}:{self.id}"
        return base if self.chunk is None else f"{base}#{self.chunk}"


class Record(BaseModel):
    """Fields every IT Glue record shares."""

    model_config = ConfigDict(frozen=True)
    record_type: ClassVar[RecordType]
    hash_exclude: ClassVar[set[str]] = set()
    hash_defaults: ClassVar[dict[str, Any]] = {"resource_url": None}
    """Fields left out of the hash while they hold these values: fields added after records
    were stored, so that a record the API describes as before keeps the hash it had."""

    id: int
    organization_id: int
    name: str
    updated_at: datetime | None = None
    resource_url: str | None = None
    """The record's page in IT Glue (the API's `resource-url`), where the API gives one."""

    @property
    def source_id(self) -> str:
        return f"{self.record_type.value}:{self.id}"

    def content_hash(self) -> str:
        """Hash of the record's content; unchanged records are skipped by ingest. A record
        without a link (or a password without OTP) hashes as it did before records kept them."""
        unset = {k for k, v in self.hash_defaults.items() if getattr(self, k) == v}
        data = self.model_dump(mode="json", exclude=self.hash_exclude | unset)
        raw = json.dumps(data, sort_keys=True, separators=(",", ":")).encode()
        return hashlib.sha256(raw).hexdigest()[:32]


class Organization(Record):
    record_type: ClassVar[RecordType] = RecordType.ORGANIZATION

    short_name: str | None = None
    organization_type: str | None = None
    """Customer kind as the MSP labels it (law firm, dental clinic, ...)."""
    status: str = "Active"
    description: str | None = None
    quick_notes: str | None = None


class ConfigurationInterface(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    name: str
    ip_address: str | None = None
    mac_address: str | None = None
    primary: bool = False
    notes: str | None = None


class Configuration(Record):
    record_type: ClassVar[RecordType] = RecordType.CONFIGURATION

    hostname: str | None = None
    configuration_type: str
    """IT Glue's configuration type name: Server, Firewall, Switch, Workstation, ..."""
    status: str = "Active"
    primary_ip: str | None = None
    public_ip: str | None = None
    mac_address: str | None = None
    serial_number: str | None = None
    asset_tag: str | None = None
    manufacturer: str | None = None
    model: str | None = None
    operating_system: str | None = None
    operating_system_notes: str | None = None
    warranty_expires_at: date | None = None
    installed_at: date | None = None
    purchased_at: date | None = None
    location_id: int | None = None
    contact_id: int | None = None
    notes: str | None = None
    archived: bool = False
    interfaces: tuple[ConfigurationInterface, ...] = ()


class FlexibleAssetField(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    name_key: str
    kind: str = "Text"
    """Text, Number, Date, Checkbox, Tag, Select, Textbox, Password, ..."""
    tag_type: str | None = None
    expiration: bool = False


class FlexibleAssetType(Record):
    """A template (SSL Certificate, License, ...); belongs to the MSP, organization_id 0."""

    record_type: ClassVar[RecordType] = RecordType.FLEXIBLE_ASSET_TYPE

    description: str | None = None
    fields: tuple[FlexibleAssetField, ...] = ()


class TagValue(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    name: str


class TagTrait(BaseModel):
    """A trait that links to other records (IT Glue's `{type, values[]}`)."""

    model_config = ConfigDict(frozen=True)

    type: str
    values: tuple[TagValue, ...] = ()


TraitValue = str | int | float | bool | date | TagTrait | None


class FlexibleAsset(Record):
    record_type: ClassVar[RecordType] = RecordType.FLEXIBLE_ASSET

    flexible_asset_type_id: int
    flexible_asset_type_name: str
    traits: dict[str, TraitValue] = Field(default_factory=dict)
    expires_on: date | None = None
    """The trait marked as the type's expiration field, if any (certificates, licenses...)."""
    archived: bool = False


class Password(Record):
    record_type: ClassVar[RecordType] = RecordType.PASSWORD
    hash_exclude: ClassVar[set[str]] = {"value_encrypted"}
    hash_defaults: ClassVar[dict[str, Any]] = {"resource_url": None, "otp_enabled": False}

    username: str | None = None
    url: str | None = None
    notes: str | None = None
    category: str | None = None
    resource_type: str | None = None
    resource_id: int | None = None
    value_encrypted: str | None = None
    """AES-256-GCM token (see core.crypto); None when the key has no password access."""
    value_fingerprint: str | None = None
    archived: bool = False
    otp_enabled: bool = False
    """Whether the entry has a one-time password (TOTP) set up in IT Glue (`otp-enabled`)."""


class DocumentSection(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    kind: Literal["heading", "text", "step", "gallery"] = "text"
    level: int | None = None
    content: str
    """Section body as IT Glue holds it (HTML)."""
    sort: int = 0


class Document(Record):
    record_type: ClassVar[RecordType] = RecordType.DOCUMENT

    folder: str | None = None
    published: bool = True
    sections: tuple[DocumentSection, ...] = ()


class ContactPoint(BaseModel):
    model_config = ConfigDict(frozen=True)

    value: str
    label: str = "Work"
    primary: bool = False


class Contact(Record):
    record_type: ClassVar[RecordType] = RecordType.CONTACT

    first_name: str | None = None
    last_name: str | None = None
    title: str | None = None
    contact_type: str | None = None
    location_id: int | None = None
    important: bool = False
    notes: str | None = None
    emails: tuple[ContactPoint, ...] = ()
    phones: tuple[ContactPoint, ...] = ()


class Location(Record):
    record_type: ClassVar[RecordType] = RecordType.LOCATION

    primary: bool = False
    address_1: str | None = None
    address_2: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None
    phone: str | None = None
    notes: str | None = None


class Relationship(BaseModel):
    """A typed edge between two records of one organization."""

    model_config = ConfigDict(frozen=True)

    source: str
    target: str
    kind: RelType
    organization_id: int
    notes: str | None = None

    @property
    def key(self) -> str:
        return f"{self.source}|{self.kind.value}|{self.target}"

    @property
    def owner(self) -> str:
        """The record whose (re)ingest declares this edge: the contained record for CONTAINS."""
        return self.target if self.kind is RelType.CONTAINS else self.source


RECORD_CLASSES: dict[RecordType, type[Record]] = {
    cls.record_type: cls
    for cls in (
        Organization,
        Configuration,
        FlexibleAssetType,
        FlexibleAsset,
        Password,
        Document,
        Contact,
        Location,
    )
}


SNAPSHOT_FIELDS: dict[RecordType, str] = {
    RecordType.ORGANIZATION: "organizations",
    RecordType.CONFIGURATION: "configurations",
    RecordType.FLEXIBLE_ASSET_TYPE: "flexible_asset_types",
    RecordType.FLEXIBLE_ASSET: "flexible_assets",
    RecordType.PASSWORD: "passwords",
    RecordType.DOCUMENT: "documents",
    RecordType.CONTACT: "contacts",
    RecordType.LOCATION: "locations",
}
"""The Snapshot list that holds each record type."""


class Snapshot(BaseModel):
    """A set of records and relationships handed to ingest in one go."""

    organizations: list[Organization] = Field(default_factory=list)
    configurations: list[Configuration] = Field(default_factory=list)
    flexible_asset_types: list[FlexibleAssetType] = Field(default_factory=list)
    flexible_assets: list[FlexibleAsset] = Field(default_factory=list)
    passwords: list[Password] = Field(default_factory=list)
    documents: list[Document] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    relationships: list[Relationship] = Field(default_factory=list)

    def records(self) -> list[Record]:
        """All records, organizations and asset types first (others refer to them)."""
        return [
            *self.organizations,
            *self.flexible_asset_types,
            *self.locations,
            *self.contacts,
            *self.configurations,
            *self.flexible_assets,
            *self.passwords,
            *self.documents,
        ]

    def add(self, record: Record) -> None:
        """Append a record to the list of its type."""
        getattr(self, SNAPSHOT_FIELDS[record.record_type]).append(record)

    def merge(self, other: Snapshot) -> None:
        """Append every record and relationship of `other`."""
        for name in (*SNAPSHOT_FIELDS.values(), "relationships"):
            getattr(self, name).extend(getattr(other, name))

    def counts(self) -> dict[str, int]:
        out = {t.value: 0 for t in RecordType}
        for record in self.records():
            out[record.record_type.value] += 1
        out["relationship"] = len(self.relationships)
        return out


class Evidence(BaseModel):
    """One retrieved piece of documentation, citable by its source id."""

    source_id: str
    organization_id: int
    record_type: RecordType
    title: str
    text: str
    fields: dict[str, Any] = Field(default_factory=dict)
    score: float = 0.0
    retriever: str = ""
    url: str | None = None  # the record's page in IT Glue

"""Request and response bodies of the HTTP API (they make the OpenAPI schema)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, field_validator

from core.models import RecordType, SourceId
from core.state import Citation, Verdict
from server.services.errors import ApiError

MAX_QUESTION = 100_000
"""The longest question any setting allows; `ITGLUE_RAG_MAX_QUESTION` (2000 by default) is the
limit each request is held to."""
MAX_ID = 2**53 - 1
"""The largest id accepted: IT Glue ids are positive, and every JSON client (JavaScript's
numbers included) reads an integer up to 2**53 - 1 exactly."""
RecordId = Annotated[int, Field(ge=1, le=MAX_ID)]
OrganizationRef = RecordId | Annotated[str, Field(min_length=1, max_length=200)]
"""An organization as a caller names it: its id, `organization:<id>`, its name or its short
name (any case); resolved within the caller's reach (server/services/auth.py)."""


def record_id(given: int | str, kind: RecordType, name: str) -> int:
    """The id of a `kind` record as a caller gives it: `70016`, `"70016"` or the source id
    `"password:70016"` that citations use; 422 with a plain message otherwise (`name` is the
    parameter's)."""
    text = str(given).strip()
    if text.isascii() and text.isdigit():
        number = int(text)
    else:
        try:
            sid = SourceId.parse(text)
        except ValueError:
            sid = None
        if sid is None or sid.type is not kind or sid.chunk is not None:
            raise ApiError(
                422, f"{name}: not a {kind.value} id: {text[:80]!r} (e.g. {kind.value}:123)"
            )
        number = sid.id
    if not 1 <= number <= MAX_ID:
        raise ApiError(422, f"{name}: {number} is not a {kind.value} id (1 to {MAX_ID})")
    return number


ORGANIZATIONS = (
    "Limit to these organizations (inside the key's): ids or names (name, short name, "
    "`organization:<id>`)"
)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Characters no question has (a NUL would reach the stores)."""


def no_control_characters(text: str) -> str:
    if _CONTROL.search(text):
        raise ValueError("must not contain control characters")
    return text


class QueryRequest(BaseModel):
    question: str = Field(min_length=1, max_length=MAX_QUESTION, description="The question")

    _clean_question = field_validator("question")(no_control_characters)
    organizations: list[OrganizationRef] | None = Field(
        None, max_length=500, description=ORGANIZATIONS
    )
    thread_id: str | None = Field(
        None,
        min_length=1,
        max_length=100,
        pattern=r"^[\w.:-]+$",
        description="Follow-ups in the same thread resolve against earlier turns",
    )


class LinkedRecord(BaseModel):
    """The record a password entry belongs to (a device, an asset)."""

    source_id: str
    name: str
    kind: str
    """What IT Glue calls it: Configuration, Flexible Asset, ..."""
    url: str | None = None


class CredentialOut(BaseModel):
    """Where a credential is, never what it is: the value stays with `get_password`."""

    source_id: str
    id: int
    name: str
    organization_id: int
    organization: str
    username: str | None = None
    category: str | None = None
    login_url: str | None = None
    """The address the entry logs in to (its `url` field)."""
    belongs_to: LinkedRecord | None = None
    updated_at: datetime | None = None
    otp_enabled: bool = False
    archived: bool = False
    url: str | None = None
    """The entry's page in IT Glue, where the API gave one."""
    reveal_with: str = Field(
        default="get_password (passwords scope, audited)",
        description="How to read the value: it is never in this record",
    )


class CredentialsResponse(BaseModel):
    credentials: list[CredentialOut]


class QueryResponse(BaseModel):
    answer: str
    found: bool
    citations: list[Citation]
    verdicts: list[Verdict]
    confidence: float
    searched: list[str]
    intent: str
    timings: dict[str, float]
    retrieval_errors: list[str]
    thread_id: str | None = None
    cached: bool = False
    credentials: list[CredentialOut] = []
    """The password entries the answer cites, as pointers (never a value)."""


class SearchRequest(BaseModel):
    query: str = Field(min_length=1, max_length=500)

    _clean_query = field_validator("query")(no_control_characters)
    organizations: list[OrganizationRef] | None = Field(
        None, max_length=500, description=ORGANIZATIONS
    )
    types: list[RecordType] | None = Field(None, max_length=8)
    limit: int = Field(10, ge=1, le=50)


class VerifyRequest(BaseModel):
    text: str = Field(min_length=1, max_length=20_000)
    """Any text: an answer drafted elsewhere, a ticket note. Each sentence is a claim (at most
    50 are checked)."""

    _clean_text = field_validator("text")(no_control_characters)
    organizations: list[OrganizationRef] | None = Field(
        None, max_length=500, description=ORGANIZATIONS
    )


class CheckedClaim(BaseModel):
    claim: str
    supported: bool
    score: float
    reason: str
    citations: list[str]


class VerifyResponse(BaseModel):
    claims: list[CheckedClaim]
    supported: int
    unsupported: int


class SearchHit(BaseModel):
    source_id: str
    title: str
    organization_id: int
    record_type: str
    score: float
    highlights: list[str]


class SearchResponse(BaseModel):
    results: list[SearchHit]


class OrganizationOut(BaseModel):
    id: int
    name: str
    short_name: str | None
    organization_type: str | None


class InterfaceOut(BaseModel):
    name: str
    ip_address: str | None
    mac_address: str | None


class ConfigurationOut(BaseModel):
    """A configuration (device) with its fields, as the MCP tools return it."""

    source_id: str
    id: int
    name: str
    organization_id: int
    organization: str
    configuration_type: str
    status: str
    hostname: str | None
    primary_ip: str | None
    public_ip: str | None
    mac_address: str | None
    serial_number: str | None
    asset_tag: str | None
    manufacturer: str | None
    model: str | None
    operating_system: str | None
    operating_system_notes: str | None
    warranty_expires_at: date | None
    installed_at: date | None
    purchased_at: date | None
    location_id: int | None
    contact_id: int | None
    notes: str | None
    archived: bool
    interfaces: list[InterfaceOut]
    url: str | None = Field(None, description="The record's page in IT Glue, where it has one")


class FlexibleAssetOut(BaseModel):
    """A flexible asset (certificate, license, warranty, ...) with its traits as text."""

    source_id: str
    id: int
    name: str
    organization_id: int
    organization: str
    asset_type: str
    expires_on: date | None
    expired: bool = Field(False, description="Whether expires_on is before today")
    archived: bool
    traits: dict[str, str]
    url: str | None = Field(None, description="The record's page in IT Glue, where it has one")


class OrganizationsResponse(BaseModel):
    organizations: list[OrganizationOut]


class SyncRequest(BaseModel):
    organization: str | None = Field(
        None, min_length=1, max_length=200, description="Id, name or short name; none: all"
    )
    full: bool = False


class SyncErrorOut(BaseModel):
    """One failure of a sync job: what failed (a resource list, `ingest`) and why."""

    error: str
    organization_id: int | None = None
    resource: str | None = None


class SyncJobOut(BaseModel):
    id: int
    kind: str
    organization_id: int | None
    status: Literal["pending", "running", "completed", "failed", "partial"]
    counts: dict[str, Any]
    errors: list[SyncErrorOut]
    notices: list[str]
    timings: dict[str, float]
    stats: dict[str, Any]
    created_at: str | None
    started_at: str | None
    finished_at: str | None
    seconds: float | None


class SyncWatermarks(BaseModel):
    """How far the incremental syncs have read: how many marks, over how many organizations."""

    count: int
    organizations: int
    oldest: str | None
    newest: str | None


class SyncOverview(BaseModel):
    jobs: list[SyncJobOut]
    watermarks: SyncWatermarks


class StatusResponse(BaseModel):
    backends: dict[str, str]
    data_dir: str
    sql: dict[str, int]
    graph: dict[str, int]
    graph_edges: dict[str, int]
    vector: dict[str, int]


class KeyRequest(BaseModel):
    name: str = Field("api key", min_length=1, max_length=200)

    _clean_name = field_validator("name")(no_control_characters)
    scopes: list[str] = Field(min_length=1, max_length=3, description="read, passwords, admin")
    organizations: list[OrganizationRef] | None = Field(
        None, max_length=500, description="Allow only these organizations (ids or names); none: all"
    )


class KeyOut(BaseModel):
    id: str
    name: str
    scopes: list[str]
    organization_ids: list[int] | None
    created_at: str | None
    revoked_at: str | None
    last_used_at: str | None


class KeyCreated(BaseModel):
    key: KeyOut
    token: str = Field(description="Shown only now: only its hash is stored")


class KeysResponse(BaseModel):
    keys: list[KeyOut]


class PasswordOut(BaseModel):
    id: int
    name: str
    organization_id: int
    username: str | None
    url: str | None
    value: str


class RedactedSecretOut(BaseModel):
    field: str = Field(description="Where it was: notes, sections/<id>/content, traits/<key>, ...")
    position: int = Field(description="Which placeholder of that field (0 is the first)")
    kind: str = Field(description="password, pin, recovery_code, api_key, private_key, ...")
    value: str


class RecordSecretsOut(BaseModel):
    source_id: str
    title: str
    organization_id: int
    secrets: list[RedactedSecretOut]


class RecordOut(BaseModel):
    source_id: str
    title: str
    organization_id: int
    record_type: str
    fields: dict[str, Any]
    url: str | None = Field(None, description="The record's page in IT Glue, where it has one")


class HealthResponse(BaseModel):
    status: Literal["ok", "degraded"]
    stores: dict[str, str]
    backends: dict[str, str]


class ErrorDetail(BaseModel):
    code: str
    message: str
    details: Any = None
    request_id: str


class ErrorBody(BaseModel):
    error: ErrorDetail

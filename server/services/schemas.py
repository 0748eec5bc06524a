"""Request and response bodies of the HTTP API (they make the OpenAPI schema)."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, field_validator

from core.models import RecordType
from core.state import Citation, Verdict

MAX_QUESTION = 100_000
"""The longest question any setting allows; `ITGLUE_RAG_MAX_QUESTION` (2000 by default) is the
limit each request is held to."""
OrganizationId = Annotated[int, Field(ge=1, le=2**62)]
"""IT Glue ids are positive and fit the stores' 64-bit integers."""


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Characters no question has (a NUL would reach the stores)."""


def no_control_characters(text: str) -> str:
    if _CONTROL.search(text):
        raise ValueError("must not contain control characters")
    return text


class QueryRequest(BaseModel):
    question: str = Field(min_length=1, max_length=MAX_QUESTION, description="The question")

    _clean_question = field_validator("question")(no_control_characters)
    organizations: list[OrganizationId] | None = Field(
        None, max_length=500, description="Limit to these organization ids (inside the key's)"
    )
    thread_id: str | None = Field(
        None,
        min_length=1,
        max_length=100,
        pattern=r"^[\w.:-]+$",
        description="Follow-ups in the same thread resolve against earlier turns",
    )


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


class SearchRequest(BaseModel):
    query: str = Field(min_length=1, max_length=500)

    _clean_query = field_validator("query")(no_control_characters)
    organizations: list[OrganizationId] | None = Field(None, max_length=500)
    types: list[RecordType] | None = Field(None, max_length=8)
    limit: int = Field(10, ge=1, le=50)


class VerifyRequest(BaseModel):
    text: str = Field(min_length=1, max_length=20_000)
    """Any text: an answer drafted elsewhere, a ticket note. Each sentence is a claim (at most
    50 are checked)."""

    _clean_text = field_validator("text")(no_control_characters)
    organizations: list[OrganizationId] | None = Field(None, max_length=500)


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


class OrganizationsResponse(BaseModel):
    organizations: list[OrganizationOut]


class SyncRequest(BaseModel):
    organization: str | None = Field(
        None, min_length=1, max_length=200, description="Id, name or short name; none: all"
    )
    full: bool = False


class SyncJobOut(BaseModel):
    id: int
    kind: str
    organization_id: int | None
    status: Literal["pending", "running", "completed", "failed", "partial"]
    counts: dict[str, Any]
    errors: list[dict[str, Any]]
    notices: list[str]
    timings: dict[str, float]
    stats: dict[str, Any]
    created_at: str | None
    started_at: str | None
    finished_at: str | None
    seconds: float | None


class SyncOverview(BaseModel):
    jobs: list[dict[str, Any]]
    watermarks: dict[str, Any]


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
    organizations: list[OrganizationId] | None = Field(
        None, max_length=500, description="Allow only these organization ids; none: all"
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

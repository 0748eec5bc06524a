"""The HTTP routes: validate input, call one function, shape the output."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterable
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.sse import EventSourceResponse, ServerSentEvent
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from core.models import RecordType, SourceId
from retrievers import evidence
from server.deps import AdminCaller, ReadCaller, ServicesDep
from server.services import (
    answers,
    audits,
    auth,
    credentials,
    inventory,
    lookups,
    redacted,
    sync_progress,
    syncs,
    vault,
)
from server.services import changes as change_log
from server.services import health as probes
from server.services import infrastructure as infra
from server.services.auth import Caller, authenticate
from server.services.errors import ApiError
from server.services.schemas import (
    MAX_ID,
    CredentialsResponse,
    ErrorBody,
    HealthResponse,
    KeyCreated,
    KeyOut,
    KeyRequest,
    KeysResponse,
    OrganizationsResponse,
    PasswordOut,
    QueryRequest,
    QueryResponse,
    RecordOut,
    RecordSecretsOut,
    SearchRequest,
    SearchResponse,
    StatusResponse,
    SyncJobOut,
    SyncOverview,
    SyncRequest,
    VerifyRequest,
    VerifyResponse,
    record_id,
)
from server.services.verification import sentences, verify_text

log = logging.getLogger(__name__)
ORGANIZATION = "Organization id or name (short name, organization:<id>); none: every one in reach"
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (401, 403, 404, 422, 429, 500, 503)
}
router = APIRouter(prefix="/v1", responses=ERRORS)


def _question(svc: ServicesDep, body: QueryRequest) -> str:
    text = body.question.strip()
    if not text:
        raise ApiError(422, "question: is empty")
    if len(text) > svc.settings.max_question_chars:
        raise ApiError(422, f"question: longer than {svc.settings.max_question_chars} characters")
    return text


@router.post("/query", response_model=QueryResponse, summary="Answer a question")
async def query(body: QueryRequest, caller: ReadCaller, svc: ServicesDep) -> QueryResponse:
    """The validated answer with citations, or "No data available" with what was searched."""
    scope = await auth.scope(svc, caller, body.organizations)
    return await answers.answer(svc, _question(svc, body), scope, body.thread_id, caller.user)


@dataclass(frozen=True)
class _Asked:
    question: str
    scope: tuple[int, ...] | None
    thread_id: str | None
    user: str


async def _asked(body: QueryRequest, caller: ReadCaller, svc: ServicesDep) -> _Asked:
    """The stream's request, checked before the response starts: a blank or too long question,
    an organization outside the key, are ordinary HTTP errors, never a 200 that breaks off."""
    question = _question(svc, body)
    scope = await auth.scope(svc, caller, body.organizations)
    return _Asked(question, scope, body.thread_id, caller.user)


@router.post("/query/stream", response_class=EventSourceResponse, summary="Answer, streamed")
async def query_stream(
    asked: Annotated[_Asked, Depends(_asked)], svc: ServicesDep
) -> AsyncIterable[ServerSentEvent]:
    """Server-sent events: plan, retrieval, evidence, answer.delta (validated sentences only),
    validation, answer, error, done. Closing the connection cancels the run."""
    stream = answers.stream(svc, asked.question, asked.scope, asked.thread_id, asked.user)
    async for name, data in stream:
        yield ServerSentEvent(event=name, data=data)


@router.post("/search", response_model=SearchResponse, summary="Hybrid search")
async def search(body: SearchRequest, caller: ReadCaller, svc: ServicesDep) -> SearchResponse:
    """Dense + BM25 search over the documentation in reach, with highlighted lines."""
    orgs = await svc.in_reach(await auth.scope(svc, caller, body.organizations))
    return SearchResponse(
        results=await lookups.search(svc, body.query, orgs, body.types, body.limit)
    )


@router.post("/verify", response_model=VerifyResponse, summary="Check any text's claims")
async def verify(body: VerifyRequest, caller: ReadCaller, svc: ServicesDep) -> VerifyResponse:
    """Each sentence of the text checked against the documentation in reach (found by hybrid
    search): supported or not, why, and the records that support it."""
    orgs = await svc.in_reach(await auth.scope(svc, caller, body.organizations))
    if not sentences(body.text):
        raise ApiError(422, "text: has no sentence to check")
    return await verify_text(svc, body.text, orgs)


@router.get("/organizations", response_model=OrganizationsResponse)
async def organizations(caller: ReadCaller, svc: ServicesDep) -> OrganizationsResponse:
    """The organizations this key may read."""
    return OrganizationsResponse(
        organizations=await lookups.organizations(svc, caller.organization_ids)
    )


@router.get("/locations", response_model=inventory.LocationsResponse, summary="Locations")
async def locations(
    caller: ReadCaller,
    svc: ServicesDep,
    organization: Annotated[str | None, Query(max_length=200, description=ORGANIZATION)] = None,
    query: Annotated[str | None, Query(max_length=200, description="Words to match")] = None,
) -> inventory.LocationsResponse:
    """The locations in reach (name, address, city, ...), each cited; `query`: those whose
    name or address holds every word."""
    orgs = await auth.reach(svc, caller, organization)
    return await inventory.locations(svc.stores, orgs, query)


@router.get(
    "/credentials", response_model=CredentialsResponse, summary="Password entries, as pointers"
)
async def find_credentials(
    caller: ReadCaller,
    svc: ServicesDep,
    query: Annotated[str, Query(min_length=1, max_length=200, description="What it is for")],
    organization: Annotated[str | None, Query(max_length=200, description=ORGANIZATION)] = None,
) -> CredentialsResponse:
    """The entries `query` describes: name, username, the record it belongs to, last update,
    OTP and IT Glue link — never the value (GET /v1/passwords/{id}: passwords scope, audited)."""
    orgs = await auth.reach(svc, caller, organization)
    return CredentialsResponse(credentials=await credentials.find(svc.stores, orgs, query))


@router.get(
    "/asset-types", response_model=inventory.AssetTypesResponse, summary="Flexible asset types"
)
async def asset_types(caller: ReadCaller, svc: ServicesDep) -> inventory.AssetTypesResponse:
    """The account's flexible asset types with their fields, and how many records of each the
    organizations in reach hold."""
    return await inventory.asset_types(svc.stores, await svc.in_reach(caller.organization_ids))


@router.get("/changes", response_model=change_log.ChangeDigest, summary="What changed")
async def what_changed(
    caller: ReadCaller,
    svc: ServicesDep,
    organization: Annotated[
        str | None, Query(max_length=200, description="Organization id or name; none: all")
    ] = None,
    since: Annotated[
        str | None,
        Query(
            max_length=60,
            description="A date (2026-11-23), a weekday, 'yesterday', '3 days ago'; "
            "none: since the last sync",
        ),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=5000, description="Changes listed at most")] = 500,
    format: Annotated[str, Query(pattern="^(json|markdown)$")] = "json",
) -> change_log.ChangeDigest | Response:
    """Records added, removed and changed (field, old → new) per organization in reach, each
    cited with its source id and IT Glue link; password values never."""
    orgs = await auth.reach(svc, caller, organization)
    named = orgs if organization else []
    found = await change_log.what_changed(svc.stores, orgs, since, limit=limit, named=named)
    if format == "markdown":
        return Response(change_log.markdown(found), media_type="text/markdown; charset=utf-8")
    return found


ReportFormat = Annotated[
    audits.Format, Query(description="json (default), markdown, or html (a printable page)")
]
_MEDIA = {"markdown": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8"}


@router.get(
    "/reports/compliance", response_model=audits.ComplianceReport, summary="Compliance checks"
)
async def compliance_report(
    caller: ReadCaller,
    svc: ServicesDep,
    organization: Annotated[str | None, Query(max_length=200, description=ORGANIZATION)] = None,
    format: ReportFormat = "json",
    expiring_within_days: Annotated[int | None, Query(ge=0, le=3650)] = None,
    password_max_age_days: Annotated[int | None, Query(ge=1, le=36_500)] = None,
    today: Annotated[date | None, Query(description="The day to check as of")] = None,
) -> audits.ComplianceReport | Response:
    """Compliance and hygiene per organization in reach and across them, each finding cited;
    thresholds default to the settings."""
    orgs = await auth.reach(svc, caller, organization)
    report = await audits.compliance_report(
        svc.stores, orgs, today, expiring_within_days, password_max_age_days
    )
    if format == "json":
        return report
    return Response(audits.compliance_text(report, format), media_type=_MEDIA[format])


@router.get("/reports/drift", response_model=audits.DriftReport, summary="Documentation drift")
async def drift_report(
    caller: ReadCaller,
    svc: ServicesDep,
    organization: Annotated[str | None, Query(max_length=200, description=ORGANIZATION)] = None,
    format: ReportFormat = "json",
) -> audits.DriftReport | Response:
    """Documents whose facts disagree with the records they name, per organization in reach."""
    report = await audits.drift_report(svc.stores, await auth.reach(svc, caller, organization))
    if format == "json":
        return report
    return Response(audits.drift_text(report, format), media_type=_MEDIA[format])


@router.post("/sync", response_model=SyncJobOut, status_code=202, summary="Start an IT Glue sync")
async def start_sync(body: SyncRequest, caller: AdminCaller, svc: ServicesDep) -> SyncJobOut:
    """Runs in the background; poll GET /v1/sync/{job_id}. 409 when it would overlap another."""
    job = await syncs.launch(svc, body.organization, body.full)
    fresh = await svc.stores.sql.jobs.get(job.id)
    return SyncJobOut.model_validate((fresh or job).as_dict())


@router.get("/sync", response_model=SyncOverview, summary="Recent sync jobs")
async def sync_jobs(
    caller: AdminCaller, svc: ServicesDep, limit: Annotated[int, Query(ge=1, le=1000)] = 10
) -> SyncOverview:
    """The newest jobs first, and the watermarks incremental syncs start from."""
    return SyncOverview.model_validate(await lookups.sync_overview(svc.stores, limit))


@router.get("/sync/{job_id}", response_model=SyncJobOut, summary="A sync job")
async def sync_job(
    job_id: Annotated[int, Path(ge=1, le=MAX_ID)], caller: AdminCaller, svc: ServicesDep
) -> SyncJobOut:
    job = await svc.stores.sql.jobs.get(job_id)
    if job is None:
        raise ApiError(404, f"no sync job {job_id}")
    return SyncJobOut.model_validate(job.as_dict())


async def _sync_job_id(
    job_id: Annotated[int, Path(ge=1, le=MAX_ID)], caller: AdminCaller, svc: ServicesDep
) -> int:
    """A job the stream may follow, checked before it starts (a 404, not a 200 that ends)."""
    if await svc.stores.sql.jobs.get(job_id) is None:
        raise ApiError(404, f"no sync job {job_id}")
    return job_id


@router.get(
    "/sync/{job_id}/events", response_class=EventSourceResponse, summary="A sync's progress"
)
async def sync_events(
    job_id: Annotated[int, Depends(_sync_job_id)], svc: ServicesDep
) -> AsyncIterable[ServerSentEvent]:
    """Server-sent events until the job ends: `progress` (status, phases, percent, records
    fetched and changed, errors) on every change, then `done` with the job."""
    async for name, data in sync_progress.events(svc, job_id):
        yield ServerSentEvent(event=name, data=data)


@router.get("/status", response_model=StatusResponse, summary="Records per store")
async def status(caller: AdminCaller, svc: ServicesDep) -> StatusResponse:
    """Records per type in each store and the backends in use (`itglue-rag status`)."""
    return StatusResponse.model_validate(await lookups.counts(svc.stores))


def _every_organization(caller: Caller) -> None:
    """Keys open every organization they name: only a key limited to none may manage them."""
    if caller.organization_ids is not None:
        raise ApiError(403, "managing keys needs a key not limited to some organizations")


@router.post("/keys", response_model=KeyCreated, status_code=201, summary="Create an API key")
async def create_key(body: KeyRequest, caller: AdminCaller, svc: ServicesDep) -> KeyCreated:
    """Admin scope, every organization. The token is in this response only."""
    _every_organization(caller)
    orgs = await auth.scope(svc, caller, body.organizations, must_exist=False)  # 422 below
    if orgs:
        known = {o.id for o in await svc.stores.sql.read.organizations(orgs)}
        unknown = sorted(set(orgs) - known)
        if unknown:
            raise ApiError(422, f"organizations: no organization {unknown} in the stores")
    try:
        key, token = await svc.stores.sql.keys.create(body.name, body.scopes, orgs)
    except ValueError as exc:
        raise ApiError(422, str(exc)) from None
    return KeyCreated(key=KeyOut.model_validate(key.as_dict()), token=token)


@router.get("/keys", response_model=KeysResponse, summary="Every API key")
async def list_keys(caller: AdminCaller, svc: ServicesDep) -> KeysResponse:
    """Every key, revoked ones included (never a token)."""
    _every_organization(caller)
    keys = await svc.stores.sql.keys.all()
    return KeysResponse(keys=[KeyOut.model_validate(k.as_dict()) for k in keys])


@router.delete("/keys/{key_id}", status_code=204, summary="Revoke an API key")
async def revoke_key(
    key_id: Annotated[str, Path(min_length=1, max_length=64)], caller: AdminCaller, svc: ServicesDep
) -> Response:
    """The key stops working at once; 404 when there is no live key of that id."""
    _every_organization(caller)
    if not await svc.stores.sql.keys.revoke(key_id):
        raise ApiError(404, f"no live key '{key_id}'")
    return Response(status_code=204)


@router.get("/passwords/{password_id}", response_model=PasswordOut, summary="A password value")
async def password(
    password_id: Annotated[
        str,
        Path(
            min_length=1,
            max_length=80,
            description="The password's id (`70016`) or its source id (`password:70016`)",
        ),
    ],
    request: Request,
    svc: ServicesDep,
) -> PasswordOut:
    """Needs the `passwords` scope; every access, granted or denied, is audited."""
    caller = await authenticate(svc, request.headers, None)
    number = record_id(password_id, RecordType.PASSWORD, "password_id")
    return await vault.reveal(svc, caller.key, number, via="http")


@router.get(
    "/records/{source_id}/secrets",
    response_model=RecordSecretsOut,
    summary="The secrets redacted from a record's text",
)
async def record_secrets(
    source_id: Annotated[str, Path(min_length=3, max_length=80)], request: Request, svc: ServicesDep
) -> RecordSecretsOut:
    """The values behind a record's `[redacted …]` placeholders. Needs the `passwords` scope;
    every access, granted or denied, is audited."""
    caller = await authenticate(svc, request.headers, None)
    return await redacted.reveal_secrets(svc, caller.key, source_id, via="http")


@router.get("/records/{source_id}", response_model=RecordOut, summary="A record's fields")
async def record(
    source_id: Annotated[str, Path(min_length=3, max_length=80)],
    caller: ReadCaller,
    svc: ServicesDep,
) -> RecordOut:
    """The fields of a cited record (password entries without their value)."""
    try:
        sid = SourceId.parse(source_id)
    except ValueError:
        raise ApiError(422, f"source_id: not a source id: {source_id!r}") from None
    read = svc.stores.sql.read
    found = await read.records(sid.type, [sid.id], await svc.in_reach(caller.organization_ids))
    if not found:
        raise ApiError(404, f"no record {sid.record} in reach")
    return RecordOut(
        source_id=str(sid.record),
        title=found[0].name,
        organization_id=found[0].organization_id,
        record_type=sid.type.value,
        fields=evidence.fields(found[0]),
        url=found[0].resource_url,
    )


@router.get(
    "/reports/infrastructure/{organization}",
    response_class=Response,
    responses={200: {"content": {"text/html": {}, "text/markdown": {}}}},
    summary="An organization's infrastructure report",
)
async def infrastructure_report(
    organization: Annotated[
        str, Path(min_length=1, max_length=200, description="Organization id or name")
    ],
    caller: ReadCaller,
    svc: ServicesDep,
    format: Annotated[infra.Format, Query(description="html (a printable page) or markdown")] = (
        "html"
    ),
    today: Annotated[
        date | None, Query(description="Renewals as of this day (default today)")
    ] = None,
) -> Response:
    """Sites, network, servers, dependencies, devices, renewals, certificates, domains,
    backups, contacts and runbooks of one organization, every row citing its records."""
    one = infra.one_organization(await auth.reach(svc, caller, organization), organization)
    report = await infra.infrastructure_report(svc.stores, one, format, today)
    return Response(report.content, media_type=infra.MEDIA_TYPES[format])


@router.get("/health", response_model=HealthResponse, responses={503: {"model": HealthResponse}})
async def health(svc: ServicesDep, response: Response) -> HealthResponse:
    """Each store's status, the backends in use and whether answers are traced (no key needed)."""
    status = await lookups.store_status(svc)
    degraded = any(v != "ok" for v in status.values())
    if degraded:
        response.status_code = 503
    backends = {**svc.stores.backends(), "tracing": "langfuse" if svc.tracer.enabled else "off"}
    return HealthResponse(status="degraded" if degraded else "ok", stores=status, backends=backends)


@router.get("/health/live", response_model=probes.LiveResponse, summary="The process is up")
async def live() -> probes.LiveResponse:
    """Answers while the process serves requests; asks nothing of the stores (no key needed)."""
    return probes.LiveResponse()


@router.get(
    "/health/ready",
    response_model=probes.ReadyResponse,
    responses={503: {"model": probes.ReadyResponse}},
    summary="The stores answer",
)
async def ready(svc: ServicesDep, response: Response) -> probes.ReadyResponse:
    """200 when the SQL, graph and vector stores each answer, else 503 (no key needed)."""
    out = await probes.ready(svc)
    if out.status != "ready":
        response.status_code = 503
    return out


metrics_router = APIRouter(responses=ERRORS)


@metrics_router.get("/metrics", response_class=Response, summary="Prometheus metrics")
async def prometheus_metrics(caller: ReadCaller) -> Response:
    """Counters of the whole service (every organization's questions and syncs): for keys that
    are not limited to some organizations."""
    if caller.organization_ids is not None:
        raise ApiError(403, "metrics count every organization: this key is limited to some")
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

"""The MCP server: the answer graph and the stores as typed tools (mcp 2.x `MCPServer`).

Over streamable HTTP (mounted at /mcp by the FastAPI app) every call needs a bearer API key;
its scopes and organization allow-list apply exactly as on the HTTP API, and `tools/list`
shows a key only the tools its scopes allow. Over stdio (`itglue-rag mcp`) and in-process the
caller is the local operator: every organization, every scope (the same as the token a server
writes for local commands, which `itglue-rag mcp` bridges to while a server holds the stores:
tools/bridge.py). Bad input comes back as a tool error with a plain message (the services'
`ApiError`, or the arguments' field and what is wrong with it), never a crash.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import date
from typing import Annotated, Any, Literal

from mcp.server import MCPServer
from mcp.server.context import CallNext, HandlerResult, ServerRequestContext
from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError, UnexpectedToolError
from mcp.types import CallToolResult, InputRequiredResult, ToolAnnotations
from pydantic import BaseModel, Field, ValidationError

from core.models import RecordType
from retrievers.graph import chain
from server.services import (
    Services,
    answers,
    audits,
    auth,
    credentials,
    infrastructure,
    inventory,
    lookups,
    redacted,
    syncs,
    vault,
    verification,
)
from server.services import changes as change_log
from server.services.auth import Caller
from server.services.errors import ApiError, plain, summary
from server.services.schemas import (
    MAX_QUESTION,
    ConfigurationOut,
    CredentialOut,
    FlexibleAssetOut,
    OrganizationOut,
    OrganizationRef,
    PasswordOut,
    QueryResponse,
    RecordId,
    RecordSecretsOut,
    SearchHit,
    VerifyResponse,
    record_id,
)
from stores.keys import ApiKey
from tools import guides
from tools.http import API_KEY

READ_ONLY = ToolAnnotations(read_only_hint=True, destructive_hint=False, open_world_hint=False)
SCOPES = {"get_password": "passwords", "get_record_secrets": "passwords", "sync_data": "admin"}
"""Tools that need more than the 'read' scope: `tools/list` does not show them to a key
without it, and calling one anyway is refused with the scope it lacks."""

Organization = Annotated[
    OrganizationRef | None,
    Field(
        description=(
            "Organization id or name (short name, organization:<id>); none: every "
            "organization in reach"
        )
    ),
]


class Configurations(BaseModel):
    configurations: list[ConfigurationOut]


class Chains(BaseModel):
    device: str
    source_id: str
    organization: str
    direction: Literal["downstream", "upstream"]
    chains: list[str]


class Assets(BaseModel):
    asset_type: str
    """The type the assets are of: the one `asset_type` named (a partial name is resolved)."""
    assets: list[FlexibleAssetOut]


class Credentials(BaseModel):
    credentials: list[CredentialOut]


class Hits(BaseModel):
    results: list[SearchHit]


class Organizations(BaseModel):
    organizations: list[OrganizationOut]


class Health(BaseModel):
    status: Literal["ok", "degraded"]
    stores: dict[str, str]


class SyncStarted(BaseModel):
    job_id: int
    status: str


def _key(request: Any) -> ApiKey | None:
    """The key of a call: over HTTP the one `tools/http.BearerGate` verified for this request
    (None if it left none), over stdio and in-process the local operator's."""
    if request is None or not hasattr(request, "scope"):
        return auth.OPERATOR.key
    key = request.scope.get("state", {}).get(API_KEY)
    return key if isinstance(key, ApiKey) else None


async def _caller(ctx: Context[Services, Any], scope: str) -> tuple[Services, Caller]:
    """The call's caller, counted and checked for `scope` (the local operator is neither).
    Waits for the services' warm-up, so no tool's timing includes loading the model."""
    svc = ctx.request_context.lifespan_context
    await svc.warmed()
    key = _key(ctx.request_context.request)
    if key is None:
        raise ApiError(401, auth.MISSING)
    if key is auth.OPERATOR.key:
        return svc, auth.OPERATOR
    # the vault checks the passwords scope itself, to audit a refusal
    return svc, await auth.admit(svc, key, None if scope == "passwords" else scope)


async def only_allowed_tools(
    ctx: ServerRequestContext[Any, Any], call_next: CallNext
) -> HandlerResult:
    """`tools/list` middleware: a caller sees only the tools its key's scopes allow."""
    result = await call_next(ctx)
    if ctx.method == "tools/list" and isinstance(result, dict):
        key = _key(ctx.request)
        result["tools"] = [
            t
            for t in result.get("tools", [])
            if key is not None and key.allows(SCOPES.get(str(t.get("name")), "read"))
        ]
    return result


class ItGlueMCP(MCPServer[Services]):
    """`MCPServer` whose tool errors read as the HTTP API's: a service's refusal is its
    message, and arguments that fail the schema name the field and what is wrong, without
    the value or a link to pydantic's site."""

    async def call_tool(
        self, name: str, arguments: dict[str, Any], context: Context[Services, Any] | None = None
    ) -> CallToolResult | InputRequiredResult:
        try:
            return await super().call_tool(name, arguments, context)
        except ToolError as exc:
            cause = exc.__cause__
            if isinstance(cause, ApiError):
                raise ToolError(f"Error executing tool {name}: {cause.message}") from None
            if isinstance(cause, ValidationError) and not isinstance(exc, UnexpectedToolError):
                errors = summary(plain(cause.errors()), "arguments")
                raise ToolError(f"Invalid arguments for tool {name}: {errors}") from cause
            raise


def _version() -> str:
    try:
        return importlib.metadata.version("itglue-rag")
    except importlib.metadata.PackageNotFoundError:
        return "0+unknown"


def build_server(
    shared: Services | Callable[[], Services] | None = None, settings: Any = None
) -> MCPServer[Services]:
    """The MCP server; with `shared` services (or a function that returns them: the HTTP app's)
    it uses those, otherwise it opens its own for its lifetime (stdio)."""

    @asynccontextmanager
    async def lifespan(_: MCPServer[Services]) -> AsyncIterator[Services]:
        if shared is not None:
            yield shared() if callable(shared) else shared
            return
        from core.settings import get_settings
        from server.services import open_services

        svc = await open_services(settings or get_settings())
        try:
            svc.warm_in_background()  # the handshake answers at once (clients time it)
            yield svc
        finally:
            await svc.close()

    mcp = ItGlueMCP(
        "itglue-rag",
        version=_version(),
        instructions=(
            "Answers from an MSP's IT Glue documentation. Every claim in an answer is checked "
            "against the cited sources; 'No data available' means nothing verifiable was found."
        ),
        lifespan=lifespan,
        middleware=[only_allowed_tools, guides.listed_organizations(_key)],
    )

    def tool(annotations: ToolAnnotations | None = READ_ONLY) -> Callable[[Any], Any]:
        """`mcp.tool`, with the docstring as the description on one line (a docstring's
        indentation is no part of it)."""

        def register(fn: Any) -> Any:
            described = " ".join((fn.__doc__ or "").split())
            return mcp.tool(description=described, annotations=annotations)(fn)

        return register

    @tool()
    async def query_documentation(
        question: Annotated[str, Field(min_length=1, max_length=MAX_QUESTION)],
        ctx: Context[Services, Any],
        organization: Organization = None,
        thread_id: Annotated[str | None, Field(max_length=100, pattern=r"^[\w.:-]+$")] = None,
    ) -> QueryResponse:
        """Answer a question about the documentation, with citations and per-claim verdicts."""
        svc, caller = await _caller(ctx, "read")
        if not question.strip():
            raise ApiError(422, "question: is empty")
        if len(question.strip()) > svc.settings.max_question_chars:
            raise ApiError(
                422, f"question: longer than {svc.settings.max_question_chars} characters"
            )
        scope = await auth.scope(svc, caller, None if organization is None else [organization])
        return await answers.answer(svc, question.strip(), scope, thread_id, caller.user)

    @tool()
    async def verify_claims(
        text: Annotated[str, Field(min_length=1, max_length=20_000)],
        ctx: Context[Services, Any],
        organization: Organization = None,
    ) -> VerifyResponse:
        """Check any text (an answer drafted elsewhere, a ticket note) against the
        documentation in reach: per sentence, supported or not, why, and the records that
        support it. Use it before acting on an answer that did not come from this server."""
        svc, caller = await _caller(ctx, "read")
        if not verification.sentences(text):
            raise ApiError(422, "text: has no sentence to check")
        orgs = await auth.reach(svc, caller, organization)
        return await verification.verify_text(svc, text, orgs)

    @tool()
    async def search(
        query: Annotated[str, Field(min_length=1, max_length=500)],
        ctx: Context[Services, Any],
        organization: Organization = None,
        types: list[RecordType] | None = None,
        limit: Annotated[int, Field(ge=1, le=50)] = 10,
    ) -> Hits:
        """Hybrid (dense + keyword) search over the documentation in reach, best match first."""
        svc, caller = await _caller(ctx, "read")
        orgs = await auth.reach(svc, caller, organization)
        return Hits(results=await lookups.search(svc, query, orgs, types, limit))

    @tool()
    async def list_organizations(ctx: Context[Services, Any]) -> Organizations:
        """The organizations this caller may read, by id."""
        svc, caller = await _caller(ctx, "read")
        orgs = await auth.reach(svc, caller)
        return Organizations(organizations=await lookups.organizations(svc, orgs))

    @tool()
    async def get_configuration(
        name: Annotated[str, Field(min_length=1, max_length=200)],
        ctx: Context[Services, Any],
        organization: Organization = None,
    ) -> Configurations:
        """Every configuration (device) a name, hostname, id or source id (configuration:123)
        names, with its fields; several when a name is used in several organizations (give
        organization to narrow it). Ordered by organization, then name."""
        svc, caller = await _caller(ctx, "read")
        found = await lookups.configurations(svc, name, await auth.reach(svc, caller, organization))
        if not found:
            raise ApiError(404, f"no configuration '{name}' in reach")
        return Configurations(configurations=found)

    @tool()
    async def find_ip_address(
        ip: Annotated[str, Field(min_length=1, max_length=64)],
        ctx: Context[Services, Any],
        organization: Organization = None,
    ) -> Configurations:
        """The configurations that have this IPv4 or IPv6 address (primary, public or on an
        interface), ordered by organization, then name."""
        svc, caller = await _caller(ctx, "read")
        orgs = await auth.reach(svc, caller, organization)
        return Configurations(configurations=await lookups.by_ip(svc, ip, orgs))

    @tool()
    async def get_dependencies(
        device: Annotated[str, Field(min_length=1, max_length=200)],
        ctx: Context[Services, Any],
        organization: Organization = None,
        direction: Literal["downstream", "upstream"] = "downstream",
        max_depth: Annotated[int, Field(ge=1, le=8)] = 4,
    ) -> Chains:
        """What one device depends on (downstream) or what depends on it (upstream). A name
        several devices share is refused with the candidates (name, source id, organization):
        ask again with one of them, or with organization."""
        svc, caller = await _caller(ctx, "read")
        orgs = await auth.reach(svc, caller, organization)
        found = await lookups.configurations(svc, device, orgs, "device")
        if not found:
            raise ApiError(404, f"no configuration '{device}' in reach")
        if len(found) > 1:
            listed = "; ".join(f"{c.name} ({c.source_id}, {c.organization})" for c in found)
            raise ApiError(
                422,
                f"'{device}' names {len(found)} configurations: {listed}. Give one by its "
                "source id or full name, or give organization",
            )
        one = found[0]
        paths = await svc.stores.graph.dependencies(one.source_id, orgs, direction, max_depth)
        return Chains(
            device=one.name,
            source_id=one.source_id,
            organization=one.organization,
            direction=direction,
            chains=[chain(p, one.source_id) for p in paths],
        )

    @tool()
    async def document_infrastructure(
        organization: Annotated[
            OrganizationRef,
            Field(description="Organization id or name (short name, organization:<id>)"),
        ],
        ctx: Context[Services, Any],
        format: Literal["markdown", "html"] = "markdown",
        today: Annotated[
            date | None, Field(description="Renewals as of this day (default today)")
        ] = None,
    ) -> infrastructure.InfrastructureReportOut:
        """One organization's infrastructure as a document: sites, network (firewalls with
        public IPs, switches, VLANs, Wi-Fi), servers and what runs on them, dependencies (a
        Mermaid diagram), workstations and operating systems, licenses and renewals,
        certificates and domains with expiry, backups, contacts and the runbook index. Markdown
        or a printable HTML page; every row cites its records (source id and IT Glue link)."""
        svc, caller = await _caller(ctx, "read")
        orgs = await auth.reach(svc, caller, organization)
        one = infrastructure.one_organization(orgs, organization)
        return await infrastructure.infrastructure_report(svc.stores, one, format, today)

    @tool()
    async def query_flexible_assets(
        asset_type: Annotated[str, Field(min_length=1, max_length=100)],
        ctx: Context[Services, Any],
        organization: Organization = None,
        expiring_within_days: Annotated[int | None, Field(ge=0, le=3650)] = None,
    ) -> Assets:
        """Flexible assets of one type (SSL Certificate, Software License, ...; a unique part
        of the name will do, an unknown type is answered with the list of types), optionally
        only those expiring within N days. Soonest expiry first, undated ones last."""
        svc, caller = await _caller(ctx, "read")
        orgs = await auth.reach(svc, caller, organization)
        kind = await lookups.asset_type(svc, asset_type)
        found = await lookups.assets(svc, kind, orgs, expiring_within_days)
        return Assets(asset_type=kind, assets=found)

    @tool()
    async def query_locations(
        ctx: Context[Services, Any],
        organization: Organization = None,
        query: Annotated[str | None, Field(max_length=200)] = None,
    ) -> inventory.LocationsResponse:
        """The organizations' locations (sites): name, address, city, region, postal code,
        country, phone, each cited; query: only those whose name or address holds every word
        (a city, a street). By organization, the primary location first."""
        svc, caller = await _caller(ctx, "read")
        orgs = await auth.reach(svc, caller, organization)
        return await inventory.locations(svc.stores, orgs, query)

    @tool()
    async def find_credentials(
        query: Annotated[str, Field(min_length=1, max_length=200)],
        ctx: Context[Services, Any],
        organization: Organization = None,
    ) -> Credentials:
        """Password entries as pointers, never values: name, username, the device or asset it
        belongs to, when it was last updated, whether OTP is on and its IT Glue link. query:
        what the credential is for ("firewall admin", "ACME-DC01", "Wi-Fi"); the entries
        holding most of its words. The value itself: get_password (passwords scope, audited)."""
        svc, caller = await _caller(ctx, "read")
        orgs = await auth.reach(svc, caller, organization)
        return Credentials(credentials=await credentials.find(svc.stores, orgs, query))

    @tool()
    async def discover_asset_types(ctx: Context[Services, Any]) -> inventory.AssetTypesResponse:
        """The account's flexible asset types (SSL Certificate, Software License, ...) with
        their fields (name, kind, which one is the expiry date) and how many records of each
        the organizations in reach hold: what query_flexible_assets can be asked about."""
        svc, caller = await _caller(ctx, "read")
        orgs = await auth.reach(svc, caller)
        return await inventory.asset_types(svc.stores, orgs)

    @tool()
    async def what_changed(
        ctx: Context[Services, Any],
        organization: Organization = None,
        since: Annotated[
            str | None,
            Field(
                max_length=60,
                description="A date (2026-11-23), a weekday (Monday), 'yesterday', "
                "'3 days ago'; none: since the last sync",
            ),
        ] = None,
        limit: Annotated[int, Field(ge=1, le=5000)] = 500,
    ) -> change_log.ChangeDigest:
        """What the syncs changed ("what you missed"): per organization, records added,
        removed and changed with the field and old → new value, each cited with its source id
        and IT Glue link, and the counts per kind. Password values are never shown (a changed
        one reads "value changed"); an organization's first load is one count per record type."""
        svc, caller = await _caller(ctx, "read")
        orgs = await auth.reach(svc, caller, organization)
        named = orgs if organization is not None else []
        return await change_log.what_changed(svc.stores, orgs, since, limit=limit, named=named)

    @tool()
    async def compliance_check(
        ctx: Context[Services, Any],
        organization: Organization = None,
        expiring_within_days: Annotated[int | None, Field(ge=0, le=3650)] = None,
        password_max_age_days: Annotated[int | None, Field(ge=1, le=36_500)] = None,
        today: date | None = None,
    ) -> audits.ComplianceReport:
        """Compliance and hygiene per organization and across all in reach: unsupported
        operating systems, expired and expiring warranties, certificates, domains and
        licenses, servers without a backup job, firewalls without a runbook, configurations
        without a location or contact, passwords not updated in N days (metadata only). Counts
        and findings, each cited; thresholds default to the server's settings."""
        svc, caller = await _caller(ctx, "read")
        orgs = await auth.reach(svc, caller, organization)
        return await audits.compliance_report(
            svc.stores, orgs, today, expiring_within_days, password_max_age_days
        )

    @tool()
    async def documentation_drift(
        ctx: Context[Services, Any], organization: Organization = None
    ) -> audits.DriftReport:
        """Documents whose facts disagree with the records they name, per organization: a
        wrong IP, MAC or serial for a device, a retired device still documented, a document
        older than the device it describes. Each with the sentence, the record and both
        values."""
        svc, caller = await _caller(ctx, "read")
        return await audits.drift_report(svc.stores, await auth.reach(svc, caller, organization))

    @tool()
    async def find_similar_issues(
        description: Annotated[str, Field(min_length=3, max_length=1000)],
        ctx: Context[Services, Any],
        limit: Annotated[int, Field(ge=1, le=20)] = 5,
    ) -> Hits:
        """Runbooks and notes about similar problems, across every organization in reach,
        best match first."""
        svc, caller = await _caller(ctx, "read")
        orgs = await auth.reach(svc, caller)
        found = await lookups.search(svc, description, orgs, [RecordType.DOCUMENT], limit)
        return Hits(results=found)

    @tool(annotations=None)
    async def get_password(
        password_id: Annotated[
            RecordId | Annotated[str, Field(min_length=1, max_length=80)],
            Field(description="The password's id (70016) or source id (password:70016)"),
        ],
        ctx: Context[Services, Any],
    ) -> PasswordOut:
        """A password value. Needs the 'passwords' scope; every access is audited. The value
        goes to the caller only: it never passes through a model."""
        svc, caller = await _caller(ctx, "passwords")
        number = record_id(password_id, RecordType.PASSWORD, "password_id")
        return await vault.reveal(svc, caller.key, number, via="mcp")

    @tool(annotations=None)
    async def get_record_secrets(
        source_id: Annotated[str, Field(min_length=3, max_length=80)], ctx: Context[Services, Any]
    ) -> RecordSecretsOut:
        """The values behind a record's `[redacted …]` placeholders (a PIN or password typed
        into its notes, a runbook step, a trait). Needs the 'passwords' scope; every access is
        audited. The values go to the caller only: they never pass through a model."""
        svc, caller = await _caller(ctx, "passwords")
        return await redacted.reveal_secrets(svc, caller.key, source_id, via="mcp")

    @tool(annotations=ToolAnnotations(read_only_hint=False, destructive_hint=False))
    async def sync_data(
        ctx: Context[Services, Any],
        organization: Organization = None,
        full: bool = False,
    ) -> SyncStarted:
        """Start an IT Glue sync in the background (admin scope); poll it with itglue-rag
        sync-status or GET /v1/sync/{job_id}."""
        svc, caller = await _caller(ctx, "admin")
        job = await syncs.launch(svc, None if organization is None else str(organization), full)
        return SyncStarted(job_id=job.id, status=job.status)

    @tool()
    async def health(ctx: Context[Services, Any]) -> Health:
        """Whether each store answers."""
        status = await lookups.store_status(ctx.request_context.lifespan_context)
        return Health(
            status="ok" if all(v == "ok" for v in status.values()) else "degraded", stores=status
        )

    guides.register(mcp, _caller)
    return mcp

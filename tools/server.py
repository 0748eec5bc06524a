"""The MCP server: the answer graph and the stores as typed tools (mcp 2.x `MCPServer`).

Over streamable HTTP (mounted at /mcp by the FastAPI app) every call needs a bearer API key;
its scopes and organization allow-list apply exactly as on the HTTP API. Over stdio
(`itglue-rag mcp`) and in-process the caller is the local operator: every organization, every
scope (the same as the token a server writes for local commands, which `itglue-rag mcp`
bridges to while a server holds the stores: tools/bridge.py). Bad input comes back as a tool
error with a message, never a crash.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import date, timedelta
from typing import Annotated, Any, Literal

from mcp.server import MCPServer
from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import ToolAnnotations
from pydantic import BaseModel, Field

from core.models import Configuration, RecordType, SourceId
from retrievers import evidence
from retrievers.graph import chain
from server.services import (
    Services,
    answers,
    auth,
    lookups,
    redacted,
    syncs,
    vault,
    verification,
)
from server.services.auth import Caller
from server.services.errors import ApiError
from server.services.schemas import (
    MAX_QUESTION,
    OrganizationOut,
    PasswordOut,
    QueryResponse,
    RecordSecretsOut,
    SearchHit,
    VerifyResponse,
)
from tools.http import API_KEY
from understand import index, resolve

READ_ONLY = ToolAnnotations(read_only_hint=True, destructive_hint=False, open_world_hint=False)


class Configurations(BaseModel):
    configurations: list[dict[str, Any]]


class Chains(BaseModel):
    device: str
    direction: str
    chains: list[str]


class Assets(BaseModel):
    assets: list[dict[str, Any]]


class Hits(BaseModel):
    results: list[SearchHit]


class Organizations(BaseModel):
    organizations: list[OrganizationOut]


class Health(BaseModel):
    status: str
    stores: dict[str, str]


class SyncStarted(BaseModel):
    job_id: int
    status: str


async def _caller(ctx: Context[Services, Any], scope: str) -> tuple[Services, Caller]:
    """The call's caller: over HTTP the key `tools/http.BearerGate` verified for this request
    (counted and checked for `scope` here); over stdio and in-process the local operator."""
    svc = ctx.request_context.lifespan_context
    request = ctx.request_context.request
    if request is None or not hasattr(request, "scope"):
        return svc, auth.OPERATOR
    key = request.scope.get("state", {}).get(API_KEY)
    if key is None:
        raise ToolError(auth.MISSING)
    try:  # the vault checks the passwords scope itself, to audit a refusal
        return svc, await auth.admit(svc, key, None if scope == "passwords" else scope)
    except ApiError as exc:
        raise ToolError(exc.message) from None


async def _orgs(svc: Services, caller: Caller, organization: str | None) -> list[int]:
    try:
        return await auth.organizations(svc, caller, organization)
    except ApiError as exc:
        raise ToolError(exc.message) from None


def build_server(
    shared: Services | Callable[[], Services] | None = None, settings: Any = None
) -> MCPServer:
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
            yield svc
        finally:
            await svc.close()

    mcp: MCPServer[Services] = MCPServer(
        "itglue-rag",
        instructions=(
            "Answers from an MSP's IT Glue documentation. Every claim in an answer is checked "
            "against the cited sources; 'No data available' means nothing verifiable was found."
        ),
        lifespan=lifespan,
    )

    @mcp.tool(annotations=READ_ONLY)
    async def query_documentation(
        question: Annotated[str, Field(min_length=1, max_length=MAX_QUESTION)],
        ctx: Context[Services, Any],
        organization: Annotated[str | None, Field(max_length=200)] = None,
        thread_id: Annotated[str | None, Field(max_length=100, pattern=r"^[\w.:-]+$")] = None,
    ) -> QueryResponse:
        """Answer a question about the documentation, with citations and per-claim verdicts."""
        svc, caller = await _caller(ctx, "read")
        if len(question.strip()) > svc.settings.max_question_chars:
            raise ToolError(f"question: longer than {svc.settings.max_question_chars} characters")
        scope = tuple(await _orgs(svc, caller, organization)) if organization else None
        return await answers.answer(
            svc, question.strip(), scope or caller.organization_ids, thread_id, caller.user
        )

    @mcp.tool(annotations=READ_ONLY)
    async def verify_claims(
        text: Annotated[str, Field(min_length=1, max_length=20_000)],
        ctx: Context[Services, Any],
        organization: str | None = None,
    ) -> VerifyResponse:
        """Check any text (an answer drafted elsewhere, a ticket note) against the
        documentation in reach: per sentence, supported or not, why, and the records that
        support it. Use it before acting on an answer that did not come from this server."""
        svc, caller = await _caller(ctx, "read")
        if not verification.sentences(text):
            raise ToolError("text: has no sentence to check")
        return await verification.verify_text(svc, text, await _orgs(svc, caller, organization))

    @mcp.tool(annotations=READ_ONLY)
    async def search(
        query: Annotated[str, Field(min_length=1, max_length=500)],
        ctx: Context[Services, Any],
        organization: str | None = None,
        types: list[RecordType] | None = None,
        limit: Annotated[int, Field(ge=1, le=50)] = 10,
    ) -> Hits:
        """Hybrid (dense + keyword) search over the documentation in reach."""
        svc, caller = await _caller(ctx, "read")
        orgs = await _orgs(svc, caller, organization)
        return Hits(results=await lookups.search(svc, query, orgs, types, limit))

    @mcp.tool(annotations=READ_ONLY)
    async def list_organizations(ctx: Context[Services, Any]) -> Organizations:
        """The organizations this caller may read."""
        svc, caller = await _caller(ctx, "read")
        return Organizations(
            organizations=await lookups.organizations(svc, await _orgs(svc, caller, None))
        )

    async def _devices(svc: Services, orgs: list[int], name: str) -> list[Configuration]:
        read = svc.stores.sql.read
        text = name.strip()
        if text.isdigit():
            if len(text) > 18:
                raise ToolError(f"not a configuration id: {text}")
            ids = [int(text)]
        elif text.startswith("configuration:"):
            try:
                ids = [SourceId.parse(text).id]
            except ValueError:
                raise ToolError(f"not a configuration id: {text}") from None
        else:
            named = resolve.configurations(await index.catalog(read), text, orgs)
            ids = [SourceId.parse(e.source_id).id for e in named]
        found = await read.records(RecordType.CONFIGURATION, ids, orgs) if ids else []
        return [c for c in found if isinstance(c, Configuration)]

    @mcp.tool(annotations=READ_ONLY)
    async def get_configuration(
        name: Annotated[str, Field(min_length=1, max_length=200)],
        ctx: Context[Services, Any],
        organization: str | None = None,
    ) -> Configurations:
        """A configuration (device) by name, hostname, id or source id, with its fields."""
        svc, caller = await _caller(ctx, "read")
        found = await _devices(svc, await _orgs(svc, caller, organization), name)
        if not found:
            raise ToolError(f"no configuration '{name}' in reach")
        return Configurations(
            configurations=[{"source_id": c.source_id, **evidence.fields(c)} for c in found]
        )

    @mcp.tool(annotations=READ_ONLY)
    async def find_ip_address(
        ip: Annotated[str, Field(pattern=r"^\d{1,3}(\.\d{1,3}){3}$")],
        ctx: Context[Services, Any],
    ) -> Configurations:
        """The configurations that have this IP (primary, public or on an interface)."""
        svc, caller = await _caller(ctx, "read")
        found = await svc.stores.sql.read.configurations_by_ip(ip, await _orgs(svc, caller, None))
        return Configurations(
            configurations=[{"source_id": c.source_id, **evidence.fields(c)} for c in found]
        )

    @mcp.tool(annotations=READ_ONLY)
    async def get_dependencies(
        device: Annotated[str, Field(min_length=1, max_length=200)],
        ctx: Context[Services, Any],
        direction: Literal["downstream", "upstream"] = "downstream",
        max_depth: Annotated[int, Field(ge=1, le=8)] = 4,
    ) -> Chains:
        """What a device depends on (downstream) or what depends on it (upstream)."""
        svc, caller = await _caller(ctx, "read")
        orgs = await _orgs(svc, caller, None)
        found = await _devices(svc, orgs, device)
        if not found:
            raise ToolError(f"no configuration '{device}' in reach")
        start = found[0].source_id
        paths = await svc.stores.graph.dependencies(start, orgs, direction, max_depth)
        return Chains(
            device=found[0].name, direction=direction, chains=[chain(p, start) for p in paths]
        )

    @mcp.tool(annotations=READ_ONLY)
    async def query_flexible_assets(
        asset_type: Annotated[str, Field(min_length=1, max_length=100)],
        ctx: Context[Services, Any],
        organization: str | None = None,
        expiring_within_days: Annotated[int | None, Field(ge=0, le=3650)] = None,
    ) -> Assets:
        """Flexible assets of a type (SSL Certificate, Software License, ...), optionally only
        those expiring within N days."""
        svc, caller = await _caller(ctx, "read")
        orgs = await _orgs(svc, caller, organization)
        read = svc.stores.sql.read
        if expiring_within_days is not None:
            today = date.today()
            found = await read.expiring(
                orgs, today, today + timedelta(days=expiring_within_days), [asset_type], False
            )
        else:
            found = await read.flexible_assets(orgs, [asset_type])
        return Assets(assets=[{"source_id": a.source_id, **evidence.fields(a)} for a in found])

    @mcp.tool(annotations=READ_ONLY)
    async def find_similar_issues(
        description: Annotated[str, Field(min_length=3, max_length=1000)],
        ctx: Context[Services, Any],
        limit: Annotated[int, Field(ge=1, le=20)] = 5,
    ) -> Hits:
        """Runbooks and notes about similar problems, across every organization in reach."""
        result = await search(description, ctx, None, [RecordType.DOCUMENT], limit)
        return result

    @mcp.tool()
    async def get_password(
        password_id: Annotated[int, Field(ge=1, le=2**62)], ctx: Context[Services, Any]
    ) -> PasswordOut:
        """A password value. Needs the 'passwords' scope; every access is audited. The value
        goes to the caller only: it never passes through a model."""
        svc, caller = await _caller(ctx, "passwords")
        try:
            return await vault.reveal(svc, caller.key, password_id, via="mcp")
        except ApiError as exc:
            raise ToolError(exc.message) from None

    @mcp.tool()
    async def get_record_secrets(
        source_id: Annotated[str, Field(min_length=3, max_length=80)], ctx: Context[Services, Any]
    ) -> RecordSecretsOut:
        """The values behind a record's `[redacted …]` placeholders (a PIN or password typed
        into its notes, a runbook step, a trait). Needs the 'passwords' scope; every access is
        audited. The values go to the caller only: they never pass through a model."""
        svc, caller = await _caller(ctx, "passwords")
        try:
            return await redacted.reveal_secrets(svc, caller.key, source_id, via="mcp")
        except ApiError as exc:
            raise ToolError(exc.message) from None

    @mcp.tool(annotations=ToolAnnotations(read_only_hint=False, destructive_hint=False))
    async def sync_data(
        ctx: Context[Services, Any],
        organization: Annotated[str | None, Field(max_length=200)] = None,
        full: bool = False,
    ) -> SyncStarted:
        """Start an IT Glue sync in the background (admin scope); poll it with itglue-rag
        sync-status or GET /v1/sync/{job_id}."""
        svc, caller = await _caller(ctx, "admin")
        try:
            job = await syncs.launch(svc, organization, full)
        except ApiError as exc:
            raise ToolError(exc.message) from None
        return SyncStarted(job_id=job.id, status=job.status)

    @mcp.tool(annotations=READ_ONLY)
    async def health(ctx: Context[Services, Any]) -> Health:
        """Whether each store answers."""
        status = await lookups.store_status(ctx.request_context.lifespan_context)
        return Health(
            status="ok" if all(v == "ok" for v in status.values()) else "degraded", stores=status
        )

    return mcp

"""MCP prompts and resources: each organization's overview as a resource
(`itglue://organizations/{id}/overview`, listed per caller: a key sees only its organizations),
and prompts that set a client model up for a review — documentation completeness, a password
audit (metadata only: no prompt ever asks for a value) and a runbook check — with the data they
start from already in the message, scoped to the caller."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from mcp.server import MCPServer
from mcp.server.context import CallNext, HandlerResult, ServerRequestContext
from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ResourceNotFoundError
from mcp.shared.exceptions import MCPError
from mcp.types import INVALID_PARAMS
from pydantic import Field

from server.services import Services, auth, overview
from server.services.auth import Caller
from server.services.errors import ApiError

CallerOf = Callable[[Context[Services, Any], str], Awaitable[tuple[Services, Caller]]]
MARKDOWN = "text/markdown"
Organization = Annotated[
    str, Field(description="Organization id or name (short name, organization:<id>)")
]


def listed_organizations(key_of: Callable[[Any], Any]) -> Any:
    """`resources/list` middleware: the overview of each organization the caller may read
    (`key_of`: the key of a request, as the tools read it)."""

    async def middleware(ctx: ServerRequestContext[Any, Any], call_next: CallNext) -> HandlerResult:
        result = await call_next(ctx)
        if ctx.method != "resources/list" or not isinstance(result, dict):
            return result
        key = key_of(ctx.request)
        svc: Services = ctx.lifespan_context
        orgs = await svc.stores.sql.read.organizations(
            await svc.in_reach(None if key is None else key.organization_ids)
        )
        listed = [] if key is None or not key.allows("read") else orgs
        result["resources"] = [
            *result.get("resources", []),
            *(
                {
                    "uri": overview.uri(o.id),
                    "name": f"organization-{o.id}-overview",
                    "title": f"{o.name}: overview",
                    "description": f"What IT Glue holds for {o.name}: devices and assets by "
                    "type, locations, contacts, documents, password entries (metadata only)",
                    "mimeType": MARKDOWN,
                }
                for o in listed
            ),
        ]
        return result

    return middleware


def _refused(exc: ApiError) -> MCPError:
    """A service's refusal as the prompt's error: its message, not the SDK's "internal error"."""
    return MCPError(INVALID_PARAMS, exc.message)


def register(mcp: MCPServer[Services], caller: CallerOf) -> None:
    """The overview resource template and the three prompts, on `mcp`."""

    async def scoped(
        ctx: Context[Services, Any], organization: str | None
    ) -> tuple[Services, list[int]]:
        """The services and the organizations a prompt reads (a refusal as its error)."""
        try:
            svc, who = await caller(ctx, "read")
            return svc, await auth.reach(svc, who, organization)
        except ApiError as exc:
            raise _refused(exc) from None

    @mcp.resource(
        overview.URI,
        name="organization-overview",
        title="An organization's overview",
        description="Devices and assets by type, locations, contacts, documents and password "
        "entries (metadata only) of one organization, each line cited",
        mime_type=MARKDOWN,
    )
    async def organization_overview(organization_id: str, ctx: Context[Services, Any]) -> str:
        try:
            svc, who = await caller(ctx, "read")
            number = auth.organization_id(organization_id, "organization_id")
            if number is None:
                raise ApiError(404, f"no organization {organization_id!r} in reach")
            reach = await auth.reach(svc, who)
            org = await overview.organization(svc.stores, number, reach)
        except ApiError as exc:
            raise ResourceNotFoundError(exc.message) from None
        return await overview.markdown(svc.stores, org)

    @mcp.prompt(
        name="documentation_review",
        title="Documentation completeness review",
        description="Review one organization's documentation for gaps: devices without a "
        "runbook, location or contact, asset types never filled in, stale documents",
    )
    async def documentation_review(organization: Organization, ctx: Context[Services, Any]) -> str:
        svc, orgs = await scoped(ctx, organization)
        org = (await svc.stores.sql.read.organizations(orgs))[0]
        text = await overview.markdown(svc.stores, org)
        return (
            f"Review how complete the IT Glue documentation of {org.name} is. Its overview "
            f"(resource {overview.uri(org.id)}) follows.\n\n{text}\n"
            "Check, citing the source id of every record you name:\n"
            "1. Servers, firewalls and switches without a runbook or SOP (search, "
            "find_similar_issues), and documents that name devices that are not there.\n"
            "2. Configurations without a location or a contact (get_configuration).\n"
            "3. Flexible asset types the account has but this organization never filled in "
            "(discover_asset_types), and certificates, domains and licenses without an expiry "
            "(query_flexible_assets).\n"
            "4. Password entries linked to no device or asset (find_credentials) — metadata "
            "only, never call get_password.\n"
            "Answer with a short list of gaps, most important first, then what to document."
        )

    @mcp.prompt(
        name="password_audit",
        title="Password audit (metadata only)",
        description="Audit password entries from their metadata: age, OTP, what they belong "
        "to. Never their values",
    )
    async def password_audit(
        ctx: Context[Services, Any],
        organization: Annotated[
            str | None,
            Field(description="Organization id or name; none: every organization in reach"),
        ] = None,
        max_age_days: Annotated[
            str, Field(description="Entries not updated in this many days are stale")
        ] = "180",
    ) -> str:
        svc, orgs = await scoped(ctx, organization)
        if not max_age_days.strip().isdigit() or not 1 <= int(max_age_days) <= 36_500:
            raise MCPError(INVALID_PARAMS, "max_age_days: a whole number of days, 1 to 36500")
        days = int(max_age_days)
        lines = await overview.password_lines(svc.stores, orgs, days)
        return (
            "Audit these IT Glue password entries from their metadata only. Do not call "
            "get_password or get_record_secrets: no value is needed, and none may be shown.\n\n"
            "organization | entry | username | belongs to | last updated | flags\n"
            + "\n".join(lines)
            + f"\n\nReport, citing each entry's source id: entries not updated in {days} days, "
            "entries without OTP where the system supports it (admin consoles, VPNs, cloud "
            "portals), entries linked to no device or asset, shared or generic usernames "
            "(admin, administrator), and what to rotate first."
        )

    @mcp.prompt(
        name="runbook_check",
        title="Runbook check",
        description="Check a device's runbooks against its documented facts and dependencies",
    )
    async def runbook_check(
        device: Annotated[str, Field(description="The device's name, hostname or source id")],
        ctx: Context[Services, Any],
        organization: Annotated[
            str | None, Field(description="Organization id or name, when the name is shared")
        ] = None,
    ) -> str:
        await scoped(ctx, organization)  # the caller may read it, and it exists
        where = f" at {organization}" if organization else ""
        return (
            f"Check the runbooks for {device}{where} against what IT Glue records.\n"
            f"1. get_configuration {device!r} for its IP addresses, serial, OS and location.\n"
            f"2. search and find_similar_issues for runbooks, SOPs and notes that name it.\n"
            "3. verify_claims on each runbook's steps that state a fact (an IP, a hostname, a "
            "port, a path): report each unsupported one with the sentence and the record.\n"
            f"4. get_dependencies {device!r} both ways: a runbook should cover what it depends "
            "on and what depends on it.\n"
            "5. find_credentials for the entries the runbook needs: name them by source id, "
            "never ask for their values.\n"
            "Answer: outdated or wrong steps, missing steps, and the records that show it, each "
            "cited."
        )

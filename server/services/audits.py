"""The compliance and documentation drift reports over the stores, for the organizations a
caller reads: what the MCP tools, the HTTP routes and the `report` commands share (on the
stores alone, so that a command without a server loads no model). The records are read once
per report from the SQL store, never from IT Glue; the checks are `reports.compliance` and
`reports.drift`. Thresholds default to the settings (ITGLUE_RAG_COMPLIANCE_EXPIRING_DAYS,
ITGLUE_RAG_COMPLIANCE_PASSWORD_MAX_AGE_DAYS) and "today" to the server's day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Literal

from core.models import FlexibleAssetType, RecordType, Snapshot
from reports import audit_pages, compliance, drift
from reports.compliance import ComplianceReport
from reports.drift import DriftReport
from stores import Stores

Format = Literal["json", "markdown", "html"]


async def records(stores: Stores, organizations: Sequence[int]) -> Snapshot:
    """Every record and edge of `organizations`, with the account's flexible asset types."""
    read = stores.sql.read
    orgs = list(organizations)
    out = Snapshot(organizations=await read.organizations(orgs))
    for kind in (
        RecordType.CONFIGURATION,
        RecordType.FLEXIBLE_ASSET,
        RecordType.PASSWORD,
        RecordType.DOCUMENT,
    ):
        for record in await read.every(kind, orgs):
            out.add(record)
    types = await read.everything([RecordType.FLEXIBLE_ASSET_TYPE])
    out.flexible_asset_types = [t for t in types if isinstance(t, FlexibleAssetType)]
    out.relationships = await read.relationships(orgs)
    return out


async def compliance_report(
    stores: Stores,
    organizations: Sequence[int],
    today: date | None = None,
    expiring_days: int | None = None,
    password_max_age_days: int | None = None,
) -> ComplianceReport:
    """The compliance report of `organizations` as of `today` (default: today)."""
    settings = stores.settings
    return compliance.check(
        await records(stores, organizations),
        today or date.today(),
        settings.compliance_expiring_days if expiring_days is None else expiring_days,
        password_max_age_days or settings.compliance_password_max_age_days,
    )


async def drift_report(stores: Stores, organizations: Sequence[int]) -> DriftReport:
    """The documentation drift report of `organizations`."""
    return drift.check(await records(stores, organizations))


def compliance_text(report: ComplianceReport, fmt: Format) -> str:
    """The report as Markdown, HTML or JSON text."""
    if fmt == "markdown":
        return audit_pages.compliance_markdown(report)
    if fmt == "html":
        return audit_pages.compliance_html(report)
    return report.model_dump_json(indent=2)


def drift_text(report: DriftReport, fmt: Format) -> str:
    """The report as Markdown, HTML or JSON text."""
    if fmt == "markdown":
        return audit_pages.drift_markdown(report)
    if fmt == "html":
        return audit_pages.drift_html(report)
    return report.model_dump_json(indent=2)

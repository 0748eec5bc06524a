"""The infrastructure report of one organization (`reports.infrastructure`), as the MCP tool, the
HTTP route, the CLI and the chat page's Report button all get it: Markdown or one printable HTML
page, built from the SQL store as of today.

Which organization a caller may ask for is decided before this (`auth.reach` for a key, the
CLI's `--org` for the operator); this builds the report of the one id it is given, and a 404
when no such organization is in the stores.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from typing import Literal

from pydantic import BaseModel

from reports import inventory
from reports.document import markdown, to_html
from reports.infrastructure import build
from server.services.errors import ApiError
from stores import Stores

Format = Literal["markdown", "html"]
MEDIA_TYPES: dict[str, str] = {
    "markdown": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
}


class InfrastructureReportOut(BaseModel):
    organization_id: int
    organization: str
    format: Format
    content: str
    """The report: Markdown, or a whole HTML page (inline CSS and SVG, no script)."""
    sources: list[str]
    """Every record the report cites, by source id."""
    seconds: float
    """How long building it took."""


async def infrastructure_report(
    stores: Stores, organization_id: int, fmt: Format, today: date | None = None
) -> InfrastructureReportOut:
    """The report of one organization in `fmt` (404 when there is no such organization)."""
    started = time.perf_counter()
    found = await inventory.read(stores.sql.read, organization_id)
    if found is None:
        raise ApiError(404, f"no organization {organization_id} in reach")
    report = build(found, today or date.today(), datetime.now(UTC))
    content = markdown(report) if fmt == "markdown" else to_html(report)
    return InfrastructureReportOut(
        organization_id=organization_id,
        organization=found.organization.name,
        format=fmt,
        content=content,
        sources=sorted(report.source_ids()),
        seconds=round(time.perf_counter() - started, 3),
    )


def one_organization(reached: list[int], organization: object) -> int:
    """The one organization a report is about: what `auth.reach` resolved `organization` to."""
    if organization is None or not str(organization).strip() or len(reached) != 1:
        raise ApiError(422, "organization: name one organization (id or name)")
    return reached[0]

"""What changed, for the MCP tool, the HTTP route, the CLI and the page: the change digest of
the organizations a caller reads since a day it names ("Monday", "2026-11-23", "3 days ago")
or, by default, since the last sync that covered them began (what that sync brought).
Read from the change log the syncs write (`sync.changes`), never from IT Glue."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from reports.changes import ChangeDigest, OrganizationChanges, digest, markdown, moment
from server.services.errors import ApiError
from stores import Stores
from understand.since import since_day

__all__ = ["ChangeDigest", "OrganizationChanges", "markdown", "what_changed"]

LIMIT = 500
"""Changes listed by default (the counts are always complete)."""


async def what_changed(
    stores: Stores,
    organizations: Sequence[int],
    since: str | date | datetime | None = None,
    *,
    limit: int = LIMIT,
    named: Sequence[int] = (),
    today: date | None = None,
) -> ChangeDigest:
    """The digest of `organizations` since `since` (default: the last sync's start); `named`:
    organizations the caller asked for, listed even when nothing changed. 422 for a `since`
    that names no day."""
    orgs = list(organizations)
    log = stores.sql.changes
    since_at, basis = await _moment(stores, orgs, since, today or datetime.now(UTC).date())
    rows = await log.since(orgs, since_at, limit + 1) if orgs else []  # one more: cut or not
    counts = await log.counts(orgs, since_at) if orgs else {}
    wanted = sorted(set(counts) | set(named))
    names = {o.id: o.name for o in await stores.sql.read.organizations(wanted)} if wanted else {}
    return digest(rows, counts, names, since_at, basis, limit, named)


async def _moment(
    stores: Stores, orgs: list[int], since: str | date | datetime | None, today: date
) -> tuple[datetime | None, str]:
    if isinstance(since, datetime):
        at = since if since.tzinfo else since.replace(tzinfo=UTC)
        return at, f"since {at:%Y-%m-%d %H:%M} UTC"
    if isinstance(since, str) and since.strip():
        text = since.strip()
        if ":" in text:  # a moment: 2026-11-23T08:00:00+00:00
            try:
                return await _moment(stores, orgs, datetime.fromisoformat(text), today)
            except ValueError:
                pass
        day = since_day(text, today)
        if day is None:
            raise ApiError(
                422,
                f"since: not a day: {text[:60]!r} (a date like 2026-11-23, a weekday, "
                "'yesterday', '3 days ago')",
            )
        since = day
    return await moment(stores.sql.changes, orgs, since if isinstance(since, date) else None)

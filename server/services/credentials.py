"""Credentials as pointers: a password entry's name, username, the device or asset it belongs
to, when it was last updated, whether OTP is on and its page in IT Glue — never its value,
which stays with `get_password` (passwords scope, audited). The answers that cite password
entries carry these, and `find_credentials` lists them by what they are for."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from core.models import Configuration, Password, Record, RecordType, SourceId
from server.services.schemas import CredentialOut, LinkedRecord
from stores import Stores

_KINDS = {
    "configuration": RecordType.CONFIGURATION,
    "flexibleasset": RecordType.FLEXIBLE_ASSET,
    "contact": RecordType.CONTACT,
    "document": RecordType.DOCUMENT,
    "location": RecordType.LOCATION,
}
"""IT Glue's `resource-type` of a password entry (Configuration, Flexible Asset, ...)."""
GENERIC = frozenset(
    [
        "password",
        "passwords",
        "passwd",
        "pw",
        "pwd",
        "login",
        "logins",
        "log",
        "in",
        "credential",
        "credentials",
        "cred",
        "creds",
        "account",
        "accounts",
        "the",
        "a",
        "an",
        "for",
        "of",
        "to",
        "what",
        "whats",
        "is",
        "are",
        "on",
        "at",
        "our",
        "my",
        "and",
        "with",
    ]
)
"""Words every credential question has: they say nothing about which entry is meant."""


def _kind(resource_type: str | None) -> RecordType | None:
    return _KINDS.get(re.sub(r"[\s_-]", "", (resource_type or "").lower()))


async def _owners(stores: Stores, entries: Sequence[Password]) -> dict[str, Record]:
    """The records the entries belong to, by source id (one read per kind)."""
    wanted: dict[RecordType, set[int]] = defaultdict(set)
    orgs = sorted({p.organization_id for p in entries})
    for p in entries:
        kind = _kind(p.resource_type)
        if kind is not None and p.resource_id:
            wanted[kind].add(p.resource_id)
    found: dict[str, Record] = {}
    for kind, ids in wanted.items():
        for r in await stores.sql.read.records(kind, sorted(ids), orgs):
            found[r.source_id] = r
    return found


async def _pointers(stores: Stores, entries: Sequence[Password]) -> list[CredentialOut]:
    read = stores.sql.read
    names = {
        o.id: o.name for o in await read.organizations(sorted({p.organization_id for p in entries}))
    }
    owners = await _owners(stores, entries)
    out = []
    for p in entries:
        kind = _kind(p.resource_type)
        owner = owners.get(f"{kind.value}:{p.resource_id}") if kind and p.resource_id else None
        out.append(
            CredentialOut(
                source_id=p.source_id,
                id=p.id,
                name=p.name,
                organization_id=p.organization_id,
                organization=names.get(p.organization_id, ""),
                username=p.username,
                category=p.category,
                login_url=p.url,
                belongs_to=None
                if owner is None
                else LinkedRecord(
                    source_id=owner.source_id,
                    name=owner.name,
                    kind=p.resource_type or "",
                    url=owner.resource_url,
                ),
                updated_at=p.updated_at,
                otp_enabled=p.otp_enabled,
                archived=p.archived,
                url=p.resource_url,
            )
        )
    return out


async def cited(stores: Stores, source_ids: Sequence[str]) -> list[CredentialOut]:
    """The password entries among an answer's citations, in citation order (the citations
    are already scoped to the caller)."""
    ids = []
    for sid in source_ids:
        try:
            parsed = SourceId.parse(sid)
        except ValueError:
            continue
        if parsed.type is RecordType.PASSWORD and parsed.id not in ids:
            ids.append(parsed.id)
    if not ids:
        return []
    orgs = await stores.sql.read.all_organization_ids()
    found = {
        r.id: r
        for r in await stores.sql.read.records(RecordType.PASSWORD, ids, orgs)
        if isinstance(r, Password)
    }
    return await _pointers(stores, [found[i] for i in ids if i in found])


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _score(entry: Password, owner: Record | None, wanted: Sequence[str]) -> int:
    """How many of the wanted words the entry's name, username, category, address or owner
    (its name and type) hold; a word matches a word it begins or that begins it."""
    fields = [entry.name, entry.username, entry.category, entry.url]
    if owner is not None:
        fields.append(owner.name)
        if isinstance(owner, Configuration):
            fields.append(owner.configuration_type)
    held = {w for f in fields if f for w in _words(f)}
    return sum(
        1 for w in wanted if any(h.startswith(w) or (len(h) >= 3 and w.startswith(h)) for h in held)
    )


async def find(
    stores: Stores, orgs: Sequence[int], query: str, limit: int = 50
) -> list[CredentialOut]:
    """The entries in `orgs` that `query` describes (the most of its words held first); a
    query of credential words only ("passwords") lists every entry. Archived ones last."""
    entries = [
        p for p in await stores.sql.read.every(RecordType.PASSWORD, orgs) if isinstance(p, Password)
    ]
    wanted = [w for w in _words(query) if w not in GENERIC]
    if wanted:
        owners = await _owners(stores, entries)
        scored = []
        for p in entries:
            kind = _kind(p.resource_type)
            owner = owners.get(f"{kind.value}:{p.resource_id}") if kind and p.resource_id else None
            score = _score(p, owner, wanted)
            if score:
                scored.append((score, p))
        best = max((s for s, _ in scored), default=0)
        entries = [p for s, p in scored if s == best]
    entries = sorted(entries, key=lambda p: (p.archived, p.organization_id, p.name.lower(), p.id))
    return await _pointers(stores, entries[:limit])

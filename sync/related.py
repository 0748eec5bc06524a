"""IT Glue's related items as typed edges: the one convention the API does not carry.

Related items have no type, so the kind of an edge is read from the start of its note ("Depends
on: ...", "Runs on", "Connected to"); any other note gives a RELATED_TO edge that keeps the whole
note. The sync reads notes this way (`sync.transform`); the loopback IT Glue writes them.
"""

from __future__ import annotations

import re

from core.models import RecordType, RelType

# Related-item `asset-type` -> the record type itglue-rag keeps (domains, SSL certs: not synced).
RELATED_TYPES = {
    "configuration": RecordType.CONFIGURATION,
    "document": RecordType.DOCUMENT,
    "flexible_asset": RecordType.FLEXIBLE_ASSET,
    "location": RecordType.LOCATION,
    "password": RecordType.PASSWORD,
    "contact": RecordType.CONTACT,
}
RELATED_ASSET_TYPES = {v: k for k, v in RELATED_TYPES.items()}

NOTE_KINDS = {
    RelType.DEPENDS_ON: "Depends on",
    RelType.RUNS_ON: "Runs on",
    RelType.CONNECTED_TO: "Connected to",
}
_NOTE_KIND = re.compile(
    r"^\s*(?P<kind>depends on|runs on|connected to)\b[\s:.,;-]*(?P<rest>.*)$", re.I | re.S
)


def related_note(kind: RelType, notes: str | None) -> str | None:
    """The related-item note that carries `kind` (the inverse of `relationship_kind`)."""
    if kind not in NOTE_KINDS:
        return notes
    return f"{NOTE_KINDS[kind]}: {notes}" if notes else NOTE_KINDS[kind]


def relationship_kind(note: str | None) -> tuple[RelType, str | None]:
    """Edge kind and remaining note of a related item's note."""
    match = _NOTE_KIND.match(note or "")
    if not match:
        return RelType.RELATED_TO, note or None
    kind = next(k for k, v in NOTE_KINDS.items() if v.lower() == match["kind"].lower())
    return kind, match["rest"].strip() or None

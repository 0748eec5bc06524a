"""Records with the secrets in their free text redacted, and the originals that were taken out.

Ingest runs every record through `redact_record` before anything is written: the notes of
organizations, configurations (and their interfaces), passwords, contacts and locations, the
body of each document section, the text traits of flexible assets and the notes of related
items. A password entry's own value, and a `Password` trait (which names a vault entry), are not
free text: the value arrives encrypted and stays so (see core.crypto).

Each original is named by its record and a field path (`notes`, `sections/40012/content`,
`traits/admin-pin`, `interfaces/20001/notes`, `related/DEPENDS_ON/configuration:10012`) and its
place among that field's findings, so the vault can say which placeholder it stood for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from core.models import (
    Configuration,
    Contact,
    Document,
    FlexibleAsset,
    Location,
    Organization,
    Password,
    Record,
    Relationship,
    Snapshot,
)
from stores.secrets import StoredSecret
from sync.secrets import MARK, Kind, redact

SKIPPED_TRAIT_KINDS = {
    "Number",
    "Date",
    "Checkbox",
    "Tag",
    "Select",
    "Percent",
    "Header",
    "Password",
}
"""Trait kinds whose values are not typed text: a `Select` value is one of the type's options,
and a `Password` trait names the vault entry that holds the value ("Wi-Fi CF-Staff passphrase"
in the eval MSPs), never the value itself."""


@dataclass(frozen=True)
class Original:
    """One redacted value: where it was, its kind, and the value (encrypted before it is stored)."""

    source_id: str
    organization_id: int
    field: str
    position: int
    kind: Kind
    value: str


@dataclass
class _Fields:
    """Redacts one record's fields and collects what came out."""

    source_id: str
    organization_id: int
    originals: list[Original]
    already: set[str]

    def text(self, field: str, text: str | None) -> str | None:
        if not text:
            return text
        clean, findings = redact(text)
        if not findings and MARK in text:
            self.already.add(field)  # redacted on an earlier ingest (reused stored text)
        self.originals.extend(
            Original(self.source_id, self.organization_id, field, n, f.kind, text[f.start : f.end])
            for n, f in enumerate(findings)
        )
        return clean


@dataclass(frozen=True)
class Redacted:
    """A record as it may be stored, what was taken out of it, and the fields that were
    already redacted when they arrived (their stored originals stay)."""

    record: Record
    originals: list[Original]
    already: set[str]


def redact_record(record: Record, trait_kinds: Mapping[str, str] | None = None) -> Redacted:
    """`record` with every free-text field redacted; `trait_kinds` maps a flexible asset's
    trait keys to its type's field kinds."""
    fields = _Fields(record.source_id, record.organization_id, [], set())
    update: dict[str, Any] = {}
    match record:
        case Organization():
            update = {
                "description": fields.text("description", record.description),
                "quick_notes": fields.text("quick_notes", record.quick_notes),
            }
        case Configuration():
            update = {
                "notes": fields.text("notes", record.notes),
                "operating_system_notes": fields.text(
                    "operating_system_notes", record.operating_system_notes
                ),
                "interfaces": tuple(
                    i.model_copy(update={"notes": fields.text(f"interfaces/{i.id}/notes", i.notes)})
                    for i in record.interfaces
                ),
            }
        case FlexibleAsset():
            kinds = trait_kinds or {}
            traits = dict(record.traits)
            for key, value in record.traits.items():
                if isinstance(value, str) and kinds.get(key, "Text") not in SKIPPED_TRAIT_KINDS:
                    traits[key] = fields.text(f"traits/{key}", value)
            update = {"traits": traits}
        case Password():
            update = {
                "notes": fields.text("notes", record.notes),
                "url": fields.text("url", record.url),
            }
        case Document():
            update = {
                "sections": tuple(
                    s.model_copy(
                        update={"content": fields.text(f"sections/{s.id}/content", s.content)}
                    )
                    for s in record.sections
                )
            }
        case Contact() | Location():
            update = {"notes": fields.text("notes", record.notes)}
    if not fields.originals:
        return Redacted(record, [], fields.already)
    return Redacted(record.model_copy(update=update), fields.originals, fields.already)


def relationship_field(rel: Relationship) -> str:
    return f"related/{rel.kind.value}/{rel.target if rel.owner == rel.source else rel.source}"


def redact_relationship(rel: Relationship) -> tuple[Relationship, list[Original], set[str]]:
    """A related item with its note redacted; the originals belong to the edge's owner."""
    fields = _Fields(rel.owner, rel.organization_id, [], set())
    notes = fields.text(relationship_field(rel), rel.notes)
    if not fields.originals:
        return rel, [], fields.already
    return rel.model_copy(update={"notes": notes}), fields.originals, fields.already


@dataclass
class Redaction:
    """A snapshot's records and related items as they may be stored, and what came out."""

    records: list[Record]
    relationships: list[Relationship]
    originals: list[Original]
    already: set[tuple[str, str]]
    """(record, field) pairs that arrived already redacted: their stored originals stay."""


def redact_snapshot(snapshot: Snapshot, trait_kinds: Mapping[int, Mapping[str, str]]) -> Redaction:
    """Every record and related item of `snapshot` redacted; `trait_kinds` maps an asset type
    id to its fields' kinds."""
    out = Redaction([], [], [], set())
    for record in snapshot.records():
        type_id = record.flexible_asset_type_id if isinstance(record, FlexibleAsset) else None
        done = redact_record(record, trait_kinds.get(type_id) if type_id else None)
        out.records.append(done.record)
        out.originals.extend(done.originals)
        out.already.update((record.source_id, f) for f in done.already)
    for rel in snapshot.relationships:
        clean, originals, already = redact_relationship(rel)
        out.relationships.append(clean)
        out.originals.extend(originals)
        out.already.update((rel.owner, f) for f in already)
    return out


def changes(
    redaction: Redaction,
    stored: Mapping[str, Sequence[StoredSecret]],
    whole: set[str],
    fingerprint: Callable[[Original], str],
) -> tuple[list[tuple[str, str, int]], list[tuple[Original, str]]]:
    """What to delete and what to add so the stored originals match this ingest.

    A record in `whole` (it is in the snapshot) owns all its fields; any other edge owner only
    its `related/…` fields. A field that arrived already redacted keeps its stored rows. An
    original whose place, kind and fingerprint are stored already is not written again."""
    wanted = {(o.source_id, o.field, o.position): o for o in redaction.originals}
    prints = {k: fingerprint(o) for k, o in wanted.items()}
    removed: list[tuple[str, str, int]] = []
    unchanged: set[tuple[str, str, int]] = set()
    for source_id, rows in stored.items():
        for row in rows:
            place = (source_id, row.field, row.position)
            in_scope = source_id in whole or row.field.startswith("related/")
            if not in_scope or (source_id, row.field) in redaction.already:
                continue
            if place in wanted and (wanted[place].kind, prints[place]) == (
                row.kind,
                row.fingerprint,
            ):
                unchanged.add(place)
            else:
                removed.append(place)
    added = [(o, prints[k]) for k, o in wanted.items() if k not in unchanged]
    return removed, added

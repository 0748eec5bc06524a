"""Related items as typed edges: the kind rides in the note, and reads back."""

from __future__ import annotations

from core.models import RelType
from sync import related


def test_relationship_kind_is_read_from_the_note_and_round_trips() -> None:
    assert related.relationship_kind("Depends on: AD authentication") == (
        RelType.DEPENDS_ON,
        "AD authentication",
    )
    assert related.relationship_kind("runs on") == (RelType.RUNS_ON, None)
    assert related.relationship_kind("connected to - uplink port 48") == (
        RelType.CONNECTED_TO,
        "uplink port 48",
    )
    assert related.relationship_kind("vendor contact for renewals") == (
        RelType.RELATED_TO,
        "vendor contact for renewals",
    )
    assert related.relationship_kind(None) == (RelType.RELATED_TO, None)
    for kind in (RelType.DEPENDS_ON, RelType.RUNS_ON, RelType.CONNECTED_TO):
        for notes in (None, "why"):
            assert related.relationship_kind(related.related_note(kind, notes)) == (kind, notes)

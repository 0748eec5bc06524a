"""Ingest redacts secrets from free text before any store sees them, and keeps each original
only encrypted: replaced when it changes, kept when the text arrives already redacted, deleted
with its record."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from core.embeddings import Embedder
from core.models import Document, DocumentSection, Snapshot
from stores import Stores, open_stores
from sync.ingest import Ingestor
from tests.conftest import make_settings, one_org

PIN = "PIN 4821 opens the rack."


def _with_note(org: Snapshot, note: str) -> Snapshot:
    dc = next(c for c in org.configurations if c.name == "ACME-DC01")
    org.configurations = [
        c.model_copy(update={"notes": note}) if c.id == dc.id else c for c in org.configurations
    ]
    return org


async def _stored(stores: Stores, source_id: str) -> list[tuple[str, int, str, str]]:
    rows = (await stores.sql.secrets.of([source_id])).get(source_id, [])
    cipher = Ingestor(stores).cipher
    return [(r.field, r.position, r.kind, cipher.decrypt(r.ciphertext)) for r in rows]


async def test_a_changed_secret_replaces_its_original_and_a_removed_one_is_dropped(
    fresh: Stores, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    org = _with_note(one_org(sample_snapshot, 7), PIN)
    dc = next(c for c in org.configurations if c.name == "ACME-DC01")
    report = await Ingestor(fresh, embedder).ingest(org, reconcile=True)
    assert (report.secrets_found, report.secrets_written) == (1, 1)
    assert await _stored(fresh, dc.source_id) == [("notes", 0, "pin", "4821")]
    stored = (await fresh.sql.get_records(dc.record_type, [dc.id]))[0]
    assert stored.notes == "PIN [redacted PIN] opens the rack."  # type: ignore[attr-defined]

    again = await Ingestor(fresh, embedder).ingest(org, reconcile=True)
    assert (again.secrets_found, again.secrets_written, again.changed) == (1, 0, {})

    # a new PIN behind the same placeholder: the record text is the same, the original is not
    await Ingestor(fresh, embedder).ingest(_with_note(org, "PIN 9917 opens the rack."))
    assert await _stored(fresh, dc.source_id) == [("notes", 0, "pin", "9917")]

    await Ingestor(fresh, embedder).ingest(_with_note(org, "No PIN any more."))
    assert await _stored(fresh, dc.source_id) == []


async def test_text_that_arrives_redacted_keeps_its_stored_original(
    fresh: Stores, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    """An incremental sync reuses the stored (redacted) sections of an unchanged document."""
    org = one_org(sample_snapshot, 7)
    doc = org.documents[0]
    step = DocumentSection(id=49001, kind="step", content="<p>Sign in with pw: Blu3Sky#44</p>")
    planted = doc.model_copy(update={"sections": (*doc.sections, step)})
    org.documents = [planted, *org.documents[1:]]
    await Ingestor(fresh, embedder).ingest(org, reconcile=True)
    field = "sections/49001/content"
    assert await _stored(fresh, doc.source_id) == [(field, 0, "password", "Blu3Sky#44")]

    reused = (await fresh.sql.get_records(doc.record_type, [doc.id]))[0]
    assert isinstance(reused, Document)
    assert reused.sections[-1].content == "<p>Sign in with pw: [redacted password]</p>"
    await Ingestor(fresh, embedder).ingest(Snapshot(documents=[reused]))
    assert await _stored(fresh, doc.source_id) == [(field, 0, "password", "Blu3Sky#44")]


async def test_a_deleted_record_takes_its_originals_with_it(
    fresh: Stores, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    org = _with_note(one_org(sample_snapshot, 7), PIN)
    dc = next(c for c in org.configurations if c.name == "ACME-DC01")
    await Ingestor(fresh, embedder).ingest(org, reconcile=True)
    org.configurations = [c for c in org.configurations if c.id != dc.id]
    await Ingestor(fresh, embedder).ingest(org, reconcile=True)
    assert await fresh.sql.secrets.count() == 0


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


async def test_the_data_directory_is_owner_only(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    (data / "left-over.json").write_text("{}")
    os.chmod(data / "left-over.json", 0o644)
    stores = await open_stores(make_settings(data))
    await stores.close()
    ours = [p for p in data.rglob("*") if p.lstat().st_uid == os.getuid() and not p.is_symlink()]
    loose = [(str(p), oct(stat.S_IMODE(p.stat().st_mode))) for p in ours if _mode(p) & 0o077]
    assert loose == [] and len(ours) >= 3  # the graph file, the vector store, the key's place
    # run as root, the embedded server's own user must pass through to its own 0700 directory
    assert _mode(data) == (0o711 if os.getuid() == 0 else 0o700)
    assert _mode(data / "postgres") == 0o700

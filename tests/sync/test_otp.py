"""A password entry's OTP flag (IT Glue's `otp-enabled`) survives a sync over the loopback IT
Glue, and entries without OTP keep the content hash they had before the field existed."""

from __future__ import annotations

import hashlib
import json

from core.crypto import Cipher
from core.embeddings import Embedder
from core.models import Password, RecordType, Snapshot
from stores import Stores
from sync.demo.fake_itglue import DEFAULT_KEY, FakeItGlue
from sync.itglue import ItGlueClient
from sync.jobs import Syncer
from tests.conftest import one_org


async def test_the_otp_flag_is_synced_and_shown_per_entry(
    fresh: Stores, sample_snapshot: Snapshot, embedder: Embedder, cipher: Cipher
) -> None:
    acme = one_org(sample_snapshot, 7)
    firewall = next(p for p in acme.passwords if p.name == "Firewall admin")
    acme.passwords = [
        p.model_copy(update={"otp_enabled": True}) if p.id == firewall.id else p
        for p in acme.passwords
    ]
    secrets = {p.id: f"secret-{p.id}" for p in acme.passwords}
    with FakeItGlue(acme, secrets=secrets, max_page_size=50) as fake:
        async with ItGlueClient(fake.url, DEFAULT_KEY, backoff_base=0.01, timeout=10.0) as client:
            await Syncer(fresh, client, cipher, embedder=embedder).run()
    stored = await fresh.sql.read.every(RecordType.PASSWORD, [7])
    flags = {p.name: p.otp_enabled for p in stored if isinstance(p, Password)}
    assert flags["Firewall admin"] is True
    assert [n for n, on in flags.items() if on] == ["Firewall admin"]


def test_an_entry_without_otp_hashes_as_before_the_field_existed(
    sample_snapshot: Snapshot,
) -> None:
    entry = sample_snapshot.passwords[0]
    before = entry.model_dump(
        mode="json", exclude={"value_encrypted", "resource_url", "otp_enabled"}
    )
    raw = json.dumps(before, sort_keys=True, separators=(",", ":")).encode()
    assert entry.content_hash() == hashlib.sha256(raw).hexdigest()[:32]
    assert entry.model_copy(update={"otp_enabled": True}).content_hash() != entry.content_hash()

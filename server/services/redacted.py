"""Secrets redacted from free text at ingest, read back: for a `passwords` key only, from a
record in its reach, and every access — granted or denied — written to the audit log (the
password vault's rules, server/vault.py, for the other kind of secret)."""

from __future__ import annotations

from core.errors import ConfigError
from core.models import SourceId
from server.services import Services
from server.services.schemas import RecordSecretsOut, RedactedSecretOut
from server.services.vault import denial
from stores.keys import ApiKey


async def reveal_secrets(svc: Services, key: ApiKey, source_id: str, via: str) -> RecordSecretsOut:
    """The originals behind a record's `[redacted …]` placeholders, decrypted."""
    keys = svc.stores.sql.keys
    deny = denial(svc, "secret.read", key, via)

    try:
        sid = SourceId.parse(source_id).record
    except ValueError:
        raise await deny(
            422, f"source_id: not a source id: {source_id!r}", "bad id", None
        ) from None
    if not key.allows("passwords"):
        raise await deny(403, "this key lacks the 'passwords' scope", "scope", str(sid))
    read = svc.stores.sql.read
    found = await read.records(sid.type, [sid.id], await svc.in_reach(key.organization_ids))
    if not found:
        # the same answer whether it does not exist or belongs to an organization out of reach
        raise await deny(404, f"no record {sid} in reach", "not found or out of scope", str(sid))
    rows = (await svc.stores.sql.secrets.of([str(sid)])).get(str(sid), [])
    try:
        secrets = [
            RedactedSecretOut(
                field=r.field,
                position=r.position,
                kind=r.kind,
                value=svc.cipher.decrypt(r.ciphertext),
            )
            for r in rows
        ]
    except ConfigError:  # the key the server holds is not the one these were sealed with
        raise await deny(
            503,
            "the vault cannot decrypt these values (the encryption key changed?)",
            "decryption failed",
            str(sid),
        ) from None
    await keys.audit(
        "secret.read",
        key_id=key.id,
        record=str(sid),
        granted=True,
        details={"via": via, "count": len(secrets)},
    )
    return RecordSecretsOut(
        source_id=str(sid),
        title=found[0].name,
        organization_id=found[0].organization_id,
        secrets=secrets,
    )

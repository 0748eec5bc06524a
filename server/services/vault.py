"""The password vault: the one place a password value is decrypted, for a `passwords` key, and
every access — granted or denied — is written to the audit log."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from core.crypto import Cipher
from core.errors import ConfigError
from core.models import Password, RecordType
from server.services import Services
from server.services.errors import ApiError
from server.services.schemas import PasswordOut
from stores import Stores
from stores.keys import ApiKey
from stores.secrets import fingerprint as secret_fingerprint

Denial = Callable[[int, str, str, str | None], Awaitable[ApiError]]


def denial(svc: Services, action: str, key: ApiKey, via: str) -> Denial:
    """`deny(status, message, reason, record)`: audits a refused `action` and returns the
    error to raise."""

    async def deny(status: int, message: str, reason: str, record: str | None) -> ApiError:
        await svc.stores.sql.keys.audit(
            action,
            key_id=key.id,
            record=record,
            granted=False,
            details={"via": via, "reason": reason},
        )
        return ApiError(status, message)

    return deny


async def reveal(svc: Services, key: ApiKey, password_id: int, via: str) -> PasswordOut:
    keys = svc.stores.sql.keys
    record = f"password:{password_id}"
    refuse = denial(svc, "password.read", key, via)

    async def deny(status: int, message: str, reason: str) -> ApiError:
        return await refuse(status, message, reason, record)

    if not key.allows("passwords"):
        raise await deny(403, "this key lacks the 'passwords' scope", "scope")
    stored = await keys.password_value(password_id)
    allowed = key.organization_ids
    if stored is None or (allowed is not None and stored[0] not in allowed):
        # the same answer whether it does not exist or belongs to an organization out of reach
        raise await deny(404, f"no password {password_id}", "not found or out of scope")
    org_id, token = stored
    if not token:
        raise await deny(
            404,
            f"password {password_id} has no stored value (the sync key had no Password Access)",
            "no value",
        )
    records = await svc.stores.sql.get_records(RecordType.PASSWORD, [password_id])
    entry = records[0]
    assert isinstance(entry, Password)
    try:
        value = svc.cipher.decrypt(token)
    except ConfigError:  # the key the server holds is not the one this value was sealed with
        raise await deny(
            503,
            "the password vault cannot decrypt this value (the encryption key changed?)",
            "decryption failed",
        ) from None
    await keys.audit(
        "password.read", key_id=key.id, record=record, granted=True, details={"via": via}
    )
    return PasswordOut(
        id=entry.id,
        name=entry.name,
        organization_id=org_id,
        username=entry.username,
        url=entry.url,
        value=value,
    )


async def vault_status(stores: Stores, cipher: Cipher) -> str:
    """ "ok" when a stored value decrypts with the key in use (or none is stored)."""
    sample = await stores.sql.keys.sealed_passwords(limit=1)
    try:
        for _, token in sample:
            cipher.decrypt(token)
    except ConfigError:
        return "error: stored passwords do not decrypt with this encryption key"
    return "ok"


async def rekey(stores: Stores, old: Cipher, new: Cipher) -> int:
    """Re-encrypt every stored password value, and every secret redacted from free text, under
    `new`, in one transaction (all or none); returns how many password values. Fingerprints and
    content hashes follow the key, so the next sync sees nothing changed."""
    sealed = dict(await stores.sql.keys.sealed_passwords())
    records = await stores.sql.get_records(RecordType.PASSWORD, list(sealed))
    resealed: dict[int, tuple[str, str, str]] = {}
    for entry in records:
        assert isinstance(entry, Password)
        value = old.decrypt(sealed[entry.id])
        fingerprint = new.fingerprint(value)
        moved = entry.model_copy(update={"value_fingerprint": fingerprint})
        resealed[entry.id] = (new.encrypt(value), fingerprint, moved.content_hash())
    secrets = []
    for row in await stores.sql.secrets.all():
        plain = old.decrypt(row.ciphertext)
        print_ = secret_fingerprint(new, *row.place, plain)
        secrets.append((*row.place, new.encrypt(plain), print_))
    await stores.sql.keys.reseal_passwords(resealed, secrets)
    return len(resealed)

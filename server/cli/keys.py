"""The key commands: API keys (`keys create`, `keys list`, `keys revoke`) and re-encrypting the
stored password values under a new encryption key (`rekey`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from core.errors import ItGlueRagError
from core.settings import get_settings
from server.cli.common import (
    console,
    either,
    fail,
    opened,
    organization_ids,
    refuse_while_served,
    run,
)

if TYPE_CHECKING:
    from server.remote import Remote


def keys_create(
    scope: Annotated[
        list[str], typer.Option("--scope", help="read, passwords or admin (repeatable)")
    ],
    name: Annotated[str, typer.Option(help="A label for the key")] = "api key",
    org: Annotated[
        list[str] | None, typer.Option("--org", help="Allow only these organizations (repeatable)")
    ] = None,
) -> None:
    """Create a key; its token is printed once (only a hash is stored)."""

    async def job() -> tuple[dict[str, Any], str]:
        async with opened() as stores:
            allowed = await organization_ids(stores, org or [])
            try:
                key, token = await stores.sql.keys.create(name, scope, allowed)
            except ValueError as exc:
                raise ItGlueRagError(str(exc)) from None
            return key.as_dict(), token

    def through(remote: Remote) -> tuple[dict[str, Any], str]:
        return remote.create_key(name, scope, remote.organization_ids(org or []))

    key, token = either(through, job)
    orgs = key["organization_ids"]
    console.print(
        f"Created key {key['id']} ({', '.join(key['scopes'])}"
        f"{'; organizations ' + str(list(orgs)) if orgs else ''}). Its token, shown only now:",
        highlight=False,
    )
    sys.stdout.write(token + "\n")


def keys_list(json_out: Annotated[bool, typer.Option("--json", help="Print JSON")] = False) -> None:
    """Every key (never the token)."""

    async def job() -> list[dict[str, Any]]:
        async with opened() as stores:
            return [k.as_dict() for k in await stores.sql.keys.all()]

    keys = either(lambda remote: remote.keys(), job)
    if json_out:
        sys.stdout.write(json.dumps(keys, indent=2) + "\n")
        return
    table = Table(title="API keys")
    for column in ("id", "name", "scopes", "organizations", "created", "last used", "revoked"):
        table.add_column(column, no_wrap=True)
    # the id is what `keys revoke` takes: never cut, however narrow the terminal
    table.columns[0].min_width = max((len(k["id"]) for k in keys), default=2)
    for k in keys:
        table.add_row(
            k["id"],
            escape(k["name"]),  # a label anyone with an admin key chose
            ",".join(k["scopes"]),
            ",".join(map(str, k["organization_ids"] or [])) or "all",
            (k["created_at"] or "")[:16],
            (k["last_used_at"] or "-")[:16],
            (k["revoked_at"] or "-")[:16],
        )
    console.print(table)


def keys_revoke(key_id: Annotated[str, typer.Argument(help="The key id (from keys list)")]) -> None:
    """Revoke a key: it stops working at once."""

    async def job() -> bool:
        async with opened() as stores:
            return await stores.sql.keys.revoke(key_id)

    if not either(lambda remote: remote.revoke_key(key_id), job):
        raise fail(f"no live key '{key_id}'")
    console.print(f"Revoked key {key_id}.")


def rekey(
    new_key_file: Annotated[
        Path | None,
        typer.Option(help="A file holding the new key (base64 of 32 bytes); default: a new one"),
    ] = None,
) -> None:
    """Re-encrypt every stored password value under a new encryption key (stop the server
    first). All values move in one transaction; then the key's fingerprint, and the key file
    when the key lives in the data directory, follow."""
    import base64
    import binascii

    from core.crypto import (
        FINGERPRINT_FILE,
        KEY_FILE,
        Cipher,
        key_fingerprint,
        load_cipher,
        new_key,
        replace_private,
    )
    from server.services.vault import rekey as reseal

    settings = get_settings()
    refuse_while_served("stop it first: its vault holds the key being replaced")
    try:
        key = base64.b64decode(new_key_file.read_text().strip()) if new_key_file else new_key()
        fresh = Cipher(key)
    except (OSError, binascii.Error, ValueError) as exc:
        raise fail(f"--new-key-file: not a base64 32-byte key ({exc})") from None
    encoded = base64.b64encode(key).decode()
    staged = settings.data_dir / (KEY_FILE + ".new")

    async def job() -> int:
        old = load_cipher(settings)  # the key in use must be the data's own
        replace_private(staged, encoded)  # never lose the new key, whatever happens next
        async with opened(settings) as stores:
            return await reseal(stores, old, fresh)

    moved = run(job)
    replace_private(settings.data_dir / FINGERPRINT_FILE, key_fingerprint(key))
    if settings.encryption_key is None:
        staged.replace(settings.data_dir / KEY_FILE)
        where = f"the new key is in {settings.data_dir / KEY_FILE}"
    else:
        where = f"set ENCRYPTION_KEY to the contents of {staged} (then delete that file)"
    console.print(
        f"Re-encrypted {moved} password values under key {key_fingerprint(key)}; {where}.",
        highlight=False,
        soft_wrap=True,
    )

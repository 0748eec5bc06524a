"""Password values at rest: AES-256-GCM with a key from the environment or the data directory.

A token is base64(nonce || ciphertext+tag). `fingerprint` is an HMAC-SHA256 of the plaintext under
the same key, so a changed value is noticed without decrypting and without exposing the value.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from core.errors import ConfigError
from core.settings import Settings

KEY_FILE = "encryption.key"
FINGERPRINT_FILE = "encryption.fingerprint"


class Cipher:
    """Encrypts and decrypts password values with one 32-byte key."""

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("AES-256 needs a 32-byte key")
        self._aead = AESGCM(key)
        self._mac_key = hashlib.sha256(b"itglue-rag/fingerprint/" + key).digest()

    def encrypt(self, plaintext: str) -> str:
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, plaintext.encode(), b"itglue-rag/password")
        return base64.b64encode(nonce + sealed).decode()

    def decrypt(self, token: str) -> str:
        raw = base64.b64decode(token)
        try:
            return self._aead.decrypt(raw[:12], raw[12:], b"itglue-rag/password").decode()
        except InvalidTag:
            raise ConfigError(
                "ENCRYPTION_KEY: cannot decrypt a stored password (the key changed?)"
            ) from None

    def fingerprint(self, plaintext: str) -> str:
        return hmac.new(self._mac_key, plaintext.encode(), hashlib.sha256).hexdigest()[:32]


def key_fingerprint(key: bytes) -> str:
    """Names a key without revealing it (kept beside the data it encrypted)."""
    return hashlib.sha256(b"itglue-rag/key-fingerprint/" + key).hexdigest()[:16]


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)


def replace_private(path: Path, text: str) -> None:
    """Write `path` (mode 0600) atomically: readers see the old text or the new, never part."""
    staged = path.with_name(path.name + ".tmp")
    staged.unlink(missing_ok=True)
    _write_private(staged, text)
    os.replace(staged, path)


def new_key() -> bytes:
    return os.urandom(32)


def load_cipher(settings: Settings) -> Cipher:
    """The configured key, or a key generated once into the data directory (mode 0600). The
    first key used with a data directory leaves its fingerprint there; another key (a changed
    ENCRYPTION_KEY) or a deleted key file is then an error that says so, never a silent new
    key under which the stored passwords no longer decrypt."""
    data_dir = Path(settings.data_dir)
    known = data_dir / FINGERPRINT_FILE
    expected = known.read_text().strip() if known.exists() else None
    if settings.encryption_key is not None:
        key = base64.b64decode(settings.encryption_key.get_secret_value())
        source = "ENCRYPTION_KEY"
    else:
        path = data_dir / KEY_FILE
        if not path.exists():
            if expected is not None:
                raise ConfigError(
                    f"ENCRYPTION_KEY: {path} is missing, but the stored passwords were encrypted "
                    f"with key {expected}; restore the file or set ENCRYPTION_KEY to that key"
                )
            _write_private(path, base64.b64encode(new_key()).decode())
        key = base64.b64decode(path.read_text().strip())
        source = str(path)
    if expected is None:
        _write_private(known, key_fingerprint(key))
    elif key_fingerprint(key) != expected:
        raise ConfigError(
            f"ENCRYPTION_KEY: the key from {source} (fingerprint {key_fingerprint(key)}) is not "
            f"the one the stored passwords were encrypted with ({expected})"
        )
    return Cipher(key)

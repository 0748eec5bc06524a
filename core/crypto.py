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


def load_cipher(settings: Settings) -> Cipher:
    """The configured key, or a key generated once into the data directory (mode 0600)."""
    if settings.encryption_key is not None:
        return Cipher(base64.b64decode(settings.encryption_key.get_secret_value()))
    path = Path(settings.data_dir) / KEY_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(base64.b64encode(os.urandom(32)).decode())
    return Cipher(base64.b64decode(path.read_text().strip()))

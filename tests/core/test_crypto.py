import base64
import os
import stat

import pytest

from core.crypto import Cipher, load_cipher
from core.errors import ConfigError
from tests.conftest import make_settings


def test_round_trip_and_fresh_nonce(cipher: Cipher) -> None:
    first, second = cipher.encrypt("S3cret!"), cipher.encrypt("S3cret!")
    assert first != second
    assert "S3cret" not in first
    assert cipher.decrypt(first) == cipher.decrypt(second) == "S3cret!"
    assert cipher.fingerprint("S3cret!") == cipher.fingerprint("S3cret!")


def test_wrong_key_is_a_clear_error(cipher: Cipher) -> None:
    token = cipher.encrypt("value")
    with pytest.raises(ConfigError, match="ENCRYPTION_KEY"):
        Cipher(os.urandom(32)).decrypt(token)


def test_generated_key_file_is_private_and_reused(tmp_path) -> None:
    settings = make_settings(tmp_path)
    token = load_cipher(settings).encrypt("x")
    key_file = tmp_path / "encryption.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert len(base64.b64decode(key_file.read_text())) == 32
    assert load_cipher(settings).decrypt(token) == "x"


def test_configured_key_wins_over_the_file(tmp_path) -> None:
    key = base64.b64encode(os.urandom(32)).decode()
    from pydantic import SecretStr

    settings = make_settings(tmp_path).model_copy(update={"encryption_key": SecretStr(key)})
    token = load_cipher(settings).encrypt("y")
    assert Cipher(base64.b64decode(key)).decrypt(token) == "y"
    assert not (tmp_path / "encryption.key").exists()


def test_a_changed_or_lost_key_is_an_error_not_a_new_key(tmp_path) -> None:
    """The first key leaves its fingerprint in the data directory; a deleted key file or
    another ENCRYPTION_KEY then fails with one line, instead of a new key that decrypts
    nothing stored."""
    from pydantic import SecretStr

    settings = make_settings(tmp_path)
    token = load_cipher(settings).encrypt("z")
    assert (tmp_path / "encryption.fingerprint").read_text()
    other = base64.b64encode(os.urandom(32)).decode()
    with pytest.raises(ConfigError, match="not the one the stored passwords were encrypted with"):
        load_cipher(settings.model_copy(update={"encryption_key": SecretStr(other)}))
    saved = (tmp_path / "encryption.key").read_text()
    (tmp_path / "encryption.key").unlink()
    with pytest.raises(ConfigError, match="is missing"):
        load_cipher(settings)
    assert not (tmp_path / "encryption.key").exists()  # no silent new key
    same = settings.model_copy(update={"encryption_key": SecretStr(saved)})
    assert load_cipher(same).decrypt(token) == "z"  # the right key, from the environment

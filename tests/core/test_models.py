import pytest

from core.models import Configuration, Password, RecordType, SourceId


def test_source_ids_round_trip() -> None:
    chunk = SourceId.parse("document:3001#2")
    assert (chunk.type, chunk.id, chunk.chunk) == (RecordType.DOCUMENT, 3001, 2)
    assert str(chunk) == "document:3001#2"
    assert str(chunk.record) == "document:3001"
    assert str(SourceId.parse("configuration:1001")) == "configuration:1001"
    assert (
        Configuration(
            id=1001, organization_id=2, name="DC01", configuration_type="Server"
        ).source_id
        == "configuration:1001"
    )


@pytest.mark.parametrize("text", ["configuration", "configuration:abc", "spaceship:1", "x:1#"])
def test_bad_source_ids_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        SourceId.parse(text)


def test_password_hash_ignores_ciphertext_but_not_the_value() -> None:
    base = Password(
        id=1, organization_id=1, name="DC admin", value_encrypted="AAA", value_fingerprint="f1"
    )
    same_value = base.model_copy(update={"value_encrypted": "BBB"})
    new_value = base.model_copy(update={"value_fingerprint": "f2"})
    assert base.content_hash() == same_value.content_hash()
    assert base.content_hash() != new_value.content_hash()

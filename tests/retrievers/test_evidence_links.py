"""A record's link to IT Glue travels with its evidence and its citations, never as a fact."""

from __future__ import annotations

import hashlib
import json

from core.models import Configuration
from retrievers import evidence

URL = "https://acme.itglue.com/1/configurations/10"
DC01 = Configuration(id=10, organization_id=1, name="ACME-DC01", configuration_type="Server")


def test_a_records_link_is_the_evidence_url_not_one_of_its_fields() -> None:
    (item,) = evidence.from_record(DC01.model_copy(update={"resource_url": URL}), {1: "A"}, "sql")
    assert item.url == URL and "resource_url" not in item.fields
    (plain,) = evidence.from_record(DC01, {1: "A"}, "sql")
    assert plain.url is None


def test_a_record_without_a_link_hashes_as_before_links_were_kept() -> None:
    """Stores written before records kept their links are not rewritten for nothing; a record
    that gains a link is (so the next sync stores it)."""
    before = DC01.model_dump(mode="json", exclude={"resource_url"})  # the model as it was
    raw = json.dumps(before, sort_keys=True, separators=(",", ":")).encode()
    assert DC01.content_hash() == hashlib.sha256(raw).hexdigest()[:32]
    assert DC01.model_copy(update={"resource_url": URL}).content_hash() != DC01.content_hash()

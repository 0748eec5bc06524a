"""IT Glue resources -> domain models: the conventions the API does not spell out."""

from __future__ import annotations

from datetime import UTC, date, datetime

from core.crypto import Cipher
from core.embeddings import Embedder
from core.models import (
    FlexibleAssetField,
    FlexibleAssetType,
    Organization,
    RelType,
    Snapshot,
    TagTrait,
)
from stores import Stores
from sync import transform
from sync.demo.fake_itglue import DEFAULT_KEY, FakeItGlue
from sync.itglue import ItGlueClient
from sync.jobs import Syncer


def test_only_the_declaring_side_of_a_related_item_yields_an_edge() -> None:
    resource = {
        "id": "5",
        "type": "configurations",
        "relationships": {
            "related-items": {
                "data": [{"id": "1", "type": "related-items"}, {"id": "2", "type": "related-items"}]
            }
        },
    }
    index = {
        ("related-items", "1"): {
            "attributes": {
                "asset-type": "configuration",
                "resource-id": 9,
                "notes": "Runs on",
                "is-destination": False,
            }
        },
        ("related-items", "2"): {
            "attributes": {"asset-type": "configuration", "resource-id": 7, "is-destination": True}
        },
    }
    edges = transform.related_items(resource, "configuration:5", 3, index)
    assert [(e.source, e.target, e.kind) for e in edges] == [
        ("configuration:5", "configuration:9", RelType.RUNS_ON)
    ]
    domain = {("related-items", "1"): {"attributes": {"asset-type": "domain", "resource-id": 4}}}
    assert transform.related_items(resource, "configuration:5", 3, domain) == []


def test_public_ip_is_the_first_interface_outside_private_ranges() -> None:
    assert transform.is_public_ip("203.0.113.7")
    assert not any(
        transform.is_public_ip(ip)
        for ip in ("10.1.2.3", "172.20.0.1", "192.168.1.1", "100.64.0.9", "fe80::1", "n/a", None)
    )
    config = transform.configuration(
        {"id": "1", "attributes": {"organization-id": 2, "name": "FW01"}},
        [
            transform.interface(
                {"id": "11", "attributes": {"name": "WAN", "ip-address": "198.51.100.4"}}
            ),
            transform.interface(
                {
                    "id": "10",
                    "attributes": {"name": "LAN", "ip-address": "10.0.0.1", "primary": True},
                }
            ),
        ],
    )
    assert config.public_ip == "198.51.100.4"
    assert [i.name for i in config.interfaces] == ["LAN", "WAN"]
    assert config.configuration_type == "Unknown" and config.organization_id == 2


def test_traits_are_typed_by_their_fields() -> None:
    kind = FlexibleAssetType(
        id=3,
        organization_id=0,
        name="License",
        fields=(
            FlexibleAssetField(name="Seats", name_key="seats", kind="Number"),
            FlexibleAssetField(name="Renews", name_key="renews", kind="Date", expiration=True),
            FlexibleAssetField(name="Auto", name_key="auto", kind="Checkbox"),
            FlexibleAssetField(name="Phone", name_key="phone"),
            FlexibleAssetField(
                name="Server", name_key="server", kind="Tag", tag_type="Configurations"
            ),
        ),
    )
    asset = transform.flexible_asset(
        {
            "id": "8",
            "attributes": {
                "organization-id": 2,
                "name": "M365",
                "flexible-asset-type-id": 3,
                "updated-at": "2026-05-30T12:00:00.000Z",
                "traits": {
                    "seats": "25",
                    "renews": "2026-09-01",
                    "auto": "true",
                    "phone": "8005550100",
                    "server": {"type": "Configurations", "values": [{"id": 11, "name": "DC01"}]},
                    "unknown-key": "kept",
                },
            },
        },
        kind,
    )
    assert asset.traits["seats"] == 25 and asset.traits["phone"] == "8005550100"
    assert asset.traits["renews"] == date(2026, 9, 1) == asset.expires_on
    assert asset.traits["auto"] is True and asset.traits["unknown-key"] == "kept"
    tag = asset.traits["server"]
    assert isinstance(tag, TagTrait) and tag.values[0].id == 11
    assert asset.flexible_asset_type_name == "License"
    assert asset.updated_at == datetime(2026, 5, 30, 12, tzinfo=UTC)


async def test_long_quick_notes_are_read_from_the_single_organization(
    fresh: Stores, embedder: Embedder, cipher: Cipher
) -> None:
    notes = "Escalate to the practice manager. " * 12  # 408 characters: lists cut at 250
    org = Organization(id=41, organization_id=41, name="Long Notes LLC", quick_notes=notes.strip())
    with FakeItGlue(Snapshot(organizations=[org])) as fake:
        async with ItGlueClient(fake.url, DEFAULT_KEY) as client:
            listed = await client.get("organizations")
            assert len(listed["data"][0]["attributes"]["quick-notes"]) == 250
            job = await Syncer(fresh, client, cipher, embedder=embedder).run(full=True)
        assert job.status == "completed"
        assert any(s.path == "/organizations/41" for s in fake.seen)
    stored = await fresh.sql.get_records(org.record_type, [41])
    assert stored[0] == org

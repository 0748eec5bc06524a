"""The planted organization (sync/demo/planted.py) only adds records: the sample's twelve
organizations stay byte for byte what they were, and nothing collides with them at any scale."""

from __future__ import annotations

from datetime import date

from core.models import SNAPSHOT_FIELDS
from sync.demo.planted import NAME
from sync.demo.sample import generate


def test_planting_adds_one_organization_and_changes_no_existing_record() -> None:
    for scale in (1, 2):
        plain, planted = generate(scale), generate(scale, planted=True)
        for field in [*SNAPSHOT_FIELDS.values(), "relationships"]:
            before, after = getattr(plain, field), getattr(planted, field)
            assert [r.model_dump_json() for r in after[: len(before)]] == [
                r.model_dump_json() for r in before
            ], field
        assert [o.name for o in planted.organizations[len(plain.organizations) :]] == [NAME]
        org = planted.organizations[-1].id
        assert org == 12 * scale + 1
        added = [r for r in planted.records() if r not in plain.records()]
        assert all(r.organization_id in (org, 0) for r in added)
        for field in SNAPSHOT_FIELDS.values():
            ids = [r.id for r in getattr(planted, field)]
            assert len(ids) == len(set(ids)), f"{field}: an id is used twice"


def test_the_default_sample_is_unchanged() -> None:
    assert generate(1).model_dump_json() == generate(1, planted=False).model_dump_json()
    assert len(generate(1).organizations) == 12


def test_planted_dates_move_with_as_of() -> None:
    moved = generate(1, planted=True, as_of=date(2027, 1, 15))
    pinned = generate(1, planted=True)
    days = date(2027, 1, 15) - date(2026, 6, 1)
    for a, b in zip(pinned.configurations[-15:], moved.configurations[-15:], strict=True):
        assert b.warranty_expires_at == a.warranty_expires_at + days  # type: ignore[operator]
        assert b.updated_at == a.updated_at + days  # type: ignore[operator]

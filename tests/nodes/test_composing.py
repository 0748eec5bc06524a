"""The deterministic composer: what it will and will not quote from evidence."""

from __future__ import annotations

from core.models import Evidence, RecordType
from graphs.state import Ask, Plan
from nodes.composing import compose


def _wifi() -> Evidence:
    return Evidence(
        source_id="flexible_asset:1",
        organization_id=7,
        record_type=RecordType.FLEXIBLE_ASSET,
        title="Wi-Fi Network: Guest",
        text="Wi-Fi Network: Guest\nSsid: Guest\nPre shared key: hunter2-secret",
        fields={
            "name": "Guest",
            "flexible_asset_type_name": "Wi-Fi Network",
            "traits": {"ssid": "Guest", "pre-shared-key": "hunter2-secret"},
        },
    )


def test_a_secret_typed_into_a_field_is_never_quoted() -> None:
    item = _wifi()
    for attributes in ([], ["trait:pre-shared-key"], ["trait:ssid", "trait:pre-shared-key"]):
        plan = Plan(
            intent="lookup",
            asks=[Ask(targets=[item.source_id], attributes=attributes, labels=attributes)],
        )
        text = " ".join(c.text for c in compose(plan, [item], {7: "Acme Logistics"}))
        assert "hunter2" not in text


def test_the_same_sentence_for_two_records_keeps_each_citation() -> None:
    one, two = _wifi(), _wifi().model_copy(update={"source_id": "flexible_asset:2"})
    plan = Plan(
        intent="lookup",
        asks=[
            Ask(targets=[one.source_id, two.source_id], attributes=["trait:ssid"], labels=["SSID"])
        ],
    )
    claims = compose(plan, [one, two], {7: "Acme Logistics"})
    assert [c.citations for c in claims] == [["flexible_asset:1"], ["flexible_asset:2"]]

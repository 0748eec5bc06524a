"""The deterministic composer: what it will and will not quote from evidence."""

from __future__ import annotations

from core.models import Evidence
from core.state import Ask, Plan
from nodes.composing import compose
from tests.records import cited


def _wifi() -> Evidence:
    return cited(
        "flexible_asset:1",
        "Wi-Fi Network: Guest",
        "Wi-Fi Network: Guest\nSsid: Guest\nPre shared key: hunter2-secret",
        {
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


def _server() -> Evidence:
    return cited(
        "configuration:9",
        "HV-02",
        "HV-02\nPrimary IP: 10.0.10.6\niLO 6: 10.0.11.6\nWAN 1: 198.51.100.7",
        {
            "name": "HV-02",
            "configuration_type": "Server",
            "primary_ip": "10.0.10.6",
            "public_ip": "198.51.100.9",
            "interfaces": [
                {"name": "NIC1 (LAN)", "ip_address": "10.0.10.6"},
                {"name": "iLO 6", "ip_address": "10.0.11.6"},
                {"name": "WAN 1 (Telus)", "ip_address": "198.51.100.7"},
            ],
        },
    )


def _ip_answer(mention: str, key: str = "primary_ip") -> str:
    plan = Plan(
        intent="lookup",
        asks=[Ask(targets=["configuration:9"], attributes=[key], labels=[key], mention=mention)],
    )
    return " ".join(c.text for c in compose(plan, [_server()], {7: "Acme Logistics"}))


def test_a_management_interface_is_asked_for_by_any_vendors_name() -> None:
    assert "iLO 6 IP 10.0.11.6" in _ip_answer("idrac ip for hv-02")
    assert "iLO 6 IP 10.0.11.6" in _ip_answer("hv-02 ilo ip")
    assert "10.0.10.6" in _ip_answer("ip of hv-02") and "10.0.11.6" not in _ip_answer("ip of hv-02")


def test_the_wan_ip_is_the_public_ip_field_not_a_wan_interface() -> None:
    answer = _ip_answer("wan ip of hv-02", "public_ip")
    assert "198.51.100.9" in answer and "198.51.100.7" not in answer


def test_every_public_ip_when_all_are_asked() -> None:
    both = _ip_answer("both wan ips on hv-02", "public_ip")
    assert "198.51.100.9" in both and "198.51.100.7 on WAN 1 (Telus)" in both
    assert "10.0.10.6" not in both and "10.0.11.6" not in both  # the LAN and the iLO are not


def test_an_interface_is_not_chosen_by_the_digits_of_the_records_own_name() -> None:
    item = _server().model_copy(deep=True)
    item.fields["name"] = "ip-192-168-1-1"
    item.fields["interfaces"][0]["name"] = "ethernet1/1 (trust)"
    plan = Plan(
        intent="lookup",
        asks=[
            Ask(
                targets=[item.source_id],
                attributes=["primary_ip"],
                labels=["primary IP"],
                mention="ip-192-168-1-1 doesnt answer on that ip, what is its actual ip",
            )
        ],
    )
    text = " ".join(c.text for c in compose(plan, [item], {7: "Acme Logistics"}))
    assert "primary IP 10.0.10.6" in text and "ethernet1/1" not in text


def test_an_interface_ruled_out_by_not_is_not_the_one_chosen() -> None:
    answer = _ip_answer("hv-02 wan ip, the primary one not the telus link", "public_ip")
    assert "198.51.100.9" in answer and "WAN 1 (Telus)" not in answer

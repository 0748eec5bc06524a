"""The claim checks on hand-made claims over cited records: near misses a model makes when it
drafts from several records at once are refused; the true claims beside them are kept."""

from __future__ import annotations

import pytest

from core.models import Evidence
from tests.records import cited
from verify.claims import rejection
from verify.facts import present


def _device(sid: int, name: str, ip: str, serial: str, os: str) -> Evidence:
    fields = {"name": name, "primary_ip": ip, "serial_number": serial, "operating_system": os}
    return cited(
        f"configuration:{sid}",
        name,
        f"{name}: Server. Primary IP {ip}. Serial {serial}. OS {os}.",
        fields,
    )


DC01 = _device(1, "ACME-DC01", "10.7.10.15", "5CG1234XYZ", "Windows Server 2022")
DC02 = _device(2, "ACME-DC02", "10.7.10.20", "5CG9876ABC", "Windows Server 2019")
FS01 = _device(3, "ACME-FS01", "10.7.10.30", "5CG5555QQQ", "Windows Server 2022")
SITE = cited(
    "location:9", "Acme HQ", "Acme HQ: 500 Harbor Way, Portland", {"address_1": "500 Harbor Way"}
)
ORG = cited(
    "organization:7",
    "Acme Logistics",
    "Acme Logistics. Licensed seats: 85.",
    {"counts": {"servers": 6}, "seats": 85},
)


@pytest.mark.parametrize(
    ("claim", "cited"),
    [
        ("ACME-DC01 has primary IP 10.7.10.1.", [DC01]),  # a prefix of the real IP
        ("The serial number of ACME-DC01 is 5CG1234XY.", [DC01]),  # a truncated serial
        ("Acme Logistics has 8 seats.", [ORG]),  # a digit inside another number
        ("ACME-DC01 has primary IP 10.7.10.20.", [DC01, DC02]),  # another cited record's value
        ("ACME-DC01 runs Windows Server 2019.", [DC01, DC02]),  # the other server's OS
        ("Acme Logistics has 4 servers.", [DC01, DC02, FS01, SITE]),  # counted by citations
        ("ACME-DC01 has primary IP 10.7.10.", [DC01]),  # a dotted prefix
        ("ACME-DC01 depends on 3 servers: ACME-DC02 and ACME-FS01.", [DC01, DC02, FS01]),
    ],
)
def test_near_misses_are_refused(claim: str, cited: list[Evidence]) -> None:
    assert rejection(claim, cited) is not None


@pytest.mark.parametrize(
    ("claim", "cited"),
    [
        ("ACME-DC01 has primary IP 10.7.10.15.", [DC01, DC02]),
        ("ACME-DC02 has primary IP 10.7.10.20.", [DC01, DC02]),
        ("ACME-DC02 runs Windows Server 2019.", [DC01, DC02]),
        ("The serial number of ACME-DC01 is 5CG1234XYZ.", [DC01]),
        ("Acme Logistics has 85 seats.", [ORG]),
        ("Acme Logistics has 6 servers.", [ORG, DC01, DC02]),
        ("ACME-DC01 is at 500 Harbor Way.", [DC01, SITE]),  # another kind of record: allowed
        ("ACME-DC01 depends on 2 servers: ACME-DC02 and ACME-FS01.", [DC01, DC02, FS01]),
        ("DC01 has primary IP 10.7.10.15.", [DC01]),  # a part of the hyphenated name
        ("ACME-DC01 (10.7.10.15) and ACME-DC02 (10.7.10.20) are domain controllers.", [DC01, DC02]),
    ],
)
def test_true_claims_beside_them_are_kept(claim: str, cited: list[Evidence]) -> None:
    assert rejection(claim, cited) is None


def test_a_fact_is_a_whole_token_never_a_part_of_one() -> None:
    assert present("10.7.10.15", "ip 10.7.10.15.")  # the end of a sentence
    assert present("10.7.10.0", "subnet 10.7.10.0/24")
    assert not present("10.7.10.1", "ip 10.7.10.15")
    assert not present("7.10.15", "ip 10.7.10.15")
    assert not present("8", "85 seats")
    assert not present("2.1", "version 2.1.3")
    assert not present("5cg1234xy", "serial 5cg1234xyz")


FIREWALL = cited(
    "configuration:4",
    "ACME-FW01",
    "ACME-FW01: Firewall. Primary IP 10.7.0.1. Public IP 203.0.113.10.",
    {
        "name": "ACME-FW01",
        "primary_ip": "10.7.0.1",
        "public_ip": "203.0.113.10",
        "purchased_at": "2023-02-01",
        "warranty_expires_at": "2027-02-01",
    },
)


@pytest.mark.parametrize(
    ("claim", "refused"),
    [
        ("ACME-FW01 has public IP 10.7.0.1.", True),  # the primary IP as the public one
        ("ACME-FW01 has primary IP 203.0.113.10.", True),
        ("ACME-FW01 has warranty expiring on 2023-02-01.", True),  # the purchase date
        ("ACME-FW01 was purchased on 2027-02-01.", True),
        ("ACME-FW01 has public IP 203.0.113.10.", False),
        ("ACME-FW01 has primary IP 10.7.0.1.", False),
        ("ACME-FW01 has warranty expiring on 2027-02-01.", False),
        ("ACME-FW01 was purchased on 2023-02-01.", False),
        ("ACME-FW01 is reachable at 203.0.113.10.", False),  # no field named: any field
        # "warranty" alone names the warranty's date: no other field of the record says it
        ("ACME-FW01 is under warranty until 2023-02-01.", True),
        ("ACME-FW01 is under warranty until Feb 1, 2027.", False),
        # "primary" is the primary IP's own word, but a date is not what that field holds
        ("ACME-FW01 is the primary firewall, bought 2023-02-01.", False),
    ],
)
def test_a_fact_must_be_in_the_field_the_claim_names(claim: str, refused: bool) -> None:
    assert (rejection(claim, [FIREWALL]) is not None) is refused


def test_a_count_must_count_the_list_beside_it() -> None:
    district = [
        d.model_copy(update={"text": d.text + " Clearwater Valley Fire District 4, rack 3."})
        for d in (
            _device(10, "ALPHA", "10.4.0.1", "SN000ALPHA1", "FortiOS 7.2"),
            _device(11, "ROMEO", "10.4.0.2", "SN000ROMEO2", "FortiOS 7.2"),
        )
    ]
    right = "Clearwater Valley Fire District 4 has 2 firewalls: ALPHA, ROMEO."
    assert rejection(right, district) is None  # the 4 names the district, not the count
    wrong = "Clearwater Valley Fire District 4 has 3 firewalls: ALPHA, ROMEO."
    assert rejection(wrong, district) == "says 3 but lists 2"  # though 3 is in the text


def test_a_count_without_its_list_must_be_a_count_the_evidence_carries() -> None:
    racked = [  # each server's text has a 6 (its rack row), none counts the servers
        d.model_copy(update={"text": d.text + " Rack row 6."}) for d in (DC01, DC02, FS01)
    ]
    said = "Acme Logistics has 6 servers."
    assert rejection(said, racked) == "counts 6 servers, which no cited count or list gives"
    assert rejection(said, [ORG, *racked]) is None  # the stores' count: {"servers": 6}
    assert rejection("Acme Logistics has 4 servers.", [ORG, *racked]) is not None
    backup = cited(
        "flexible_asset:3",
        "Nightly server backup",
        "Nightly server backup. Retention: 30 daily restore points.",
        {"name": "Nightly server backup", "retention": "30 daily restore points"},
    )
    assert rejection("Nightly server backup keeps 30 daily restore points.", [backup]) is None


def test_a_number_the_claim_gives_a_numeric_field_must_be_that_field() -> None:
    licence = cited(
        "flexible_asset:5",
        "SentinelOne Complete",
        "SentinelOne Complete: seats 65, renews yearly; 6 sites covered.",
        {"name": "SentinelOne Complete", "traits": {"seats": 65, "sites": 6}},
    )
    assert rejection("SentinelOne Complete has seats 65.", [licence]) is None
    # "6" is a token of the text (and another field), but the seats are 65
    assert rejection("SentinelOne Complete has seats 6.", [licence]) is not None


HV01 = _device(5, "ACME-HV01", "10.7.10.5", "CZJK7EF3HL", "Microsoft Hyper-V Server 2022")
HV01 = HV01.model_copy(update={"fields": {**HV01.fields, "model": "Virtual Machine"}})
PRN01 = cited(
    "configuration:6",
    "ACME-PRN01",
    "ACME-PRN01: Printer. Primary IP 10.7.10.40. Purchased 2022-03-01.",
    {"name": "ACME-PRN01", "primary_ip": "10.7.10.40", "purchased_at": "2022-03-01"},
)


@pytest.mark.parametrize(
    ("claim", "cited", "refused"),
    [
        # the other cited server's operating system: its year is the subject's own
        ("ACME-DC01 has operating system Microsoft Hyper-V Server 2022.", [DC01, HV01], True),
        ("ACME-DC01 runs Microsoft Hyper-V Server 2022.", [DC01, HV01], True),
        # a record without the field is given the other record's value (its year is one too)
        ("ACME-PRN01 has operating system Microsoft Hyper-V Server 2022.", [PRN01, HV01], True),
        ("ACME-HV01 runs Microsoft Hyper-V Server 2022.", [DC01, HV01], False),
        ("ACME-DC01 runs Windows Server 2022.", [DC01, HV01], False),
        # a comparison states the subject's own value beside the other's
        (
            "ACME-DC01 runs Windows Server 2022 and its host Microsoft Hyper-V Server 2022.",
            [DC01, HV01],
            False,
        ),
        # the record the value is from is named: it is a subject too
        ("ACME-DC01 runs on ACME-HV01 (Microsoft Hyper-V Server 2022).", [DC01, HV01], False),
        # a short value in words any claim may use, its field not named
        ("ACME-DC01 is a virtual machine.", [DC01, HV01], False),
        ("ACME-DC01 has model Virtual Machine.", [DC01, HV01], True),
    ],
)
def test_a_value_in_words_must_not_be_another_cited_records(
    claim: str, cited: list[Evidence], refused: bool
) -> None:
    assert (rejection(claim, cited) is not None) is refused


CHANGED = cited(
    "configuration:1",
    "Changes to ACME-DC01",
    "The primary IP of ACME-DC01 changed from 10.7.10.9 to 10.7.10.15 on 2026-11-27.",
    {"name": "ACME-DC01"},
)


@pytest.mark.parametrize(
    ("claim", "refused"),
    [
        ("ACME-DC01's primary IP changed from 10.7.10.15 to 10.7.10.9 on 2026-11-27.", True),
        ("ACME-DC01's primary IP went 10.7.10.15 → 10.7.10.9 on 2026-11-27.", True),
        ("ACME-DC01's primary IP changed from 10.7.10.9 to 10.7.10.15 on 2026-11-27.", False),
        ("On 2026-11-27 ACME-DC01 moved from 10.7.10.9 to 10.7.10.15.", False),
    ],
)
def test_a_change_told_backwards_is_refused(claim: str, refused: bool) -> None:
    """Both values are in the evidence; only their order says which is the new one."""
    reason = rejection(claim, [CHANGED])
    assert (reason is not None) is refused, reason
    if reason is not None:
        assert "from 10.7.10.9 to 10.7.10.15" in reason


def test_a_transition_backwards_in_plain_text_is_refused() -> None:
    text = "After the upgrade, licensed seats went from 40 to 55 in March."
    assert rejection("Licensed seats went from 55 to 40 in March.", text) is not None
    assert rejection("Licensed seats went from 40 to 55 in March.", text) is None

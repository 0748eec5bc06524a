"""Mentions ground to the records and fields they name: exact names, roles, kinds of
business, typos, over the sample MSP, a second MSP and the hand-written ones."""

from __future__ import annotations

import pytest

from evals.other_msp import OTHER_TODAY
from tests.understand.accounts import ask_in, catalog_of, names_of, plan_of, sample_msp, targets_of
from understand import rules

SAMPLE = [
    # (question, record names asked about, fields asked for)
    ("What's the public IP of the Acme Logistics firewall?", {"ACME-FW01"}, ["public_ip"]),
    ("mac address of the acme logistics firewall", {"ACME-FW01"}, ["mac_address"]),
    ("what's the ip of the bright smile domain controller?", {"BSD-DC01"}, ["primary_ip"]),
    ("northwind dc serial?", {"NPM-DC01"}, ["serial_number"]),
    (
        "What is the IP address and the OS of ACME-DC01?",
        {"ACME-DC01"},
        ["primary_ip", "operating_system"],
    ),
    (
        "When does Acme Logistics' Microsoft 365 renew?",
        {"Microsoft 365 Business Premium"},
        ["trait:renewal-date"],
    ),
    ("Who is the IT manager at Acme Logistics?", {"Liam Moreau"}, []),
    ("whats the wan ip at bluewater marine", {"BMS-FW01"}, ["public_ip"]),
    ("acmedc01 ip", {"ACME-DC01"}, ["primary_ip"]),
    ("keystone hv2 serial", {"KAG-HV02"}, ["serial_number"]),
    ("serial # for the harbour and lane firewall", {"HLL-FW01"}, ["serial_number"]),
    (
        "warranty provider and coverage for northwind hv01",
        {"NPM-HV01 support"},
        ["trait:provider", "trait:coverage"],
    ),
    ("what vlan is the acme corp wifi on", {"ACME-Corp"}, ["trait:vlan"]),
    # an organization by its kind or city, when no name is given
    ("the dental client's firewall wan ip", {"BSD-FW01"}, ["public_ip"]),
    ("law firm dms server ip", {"HLL-DMS01"}, ["primary_ip"]),
    # a letter typo of a name with the same numbers
    ("bsd xary01 ip?", {"BSD-XRAY01"}, ["primary_ip"]),
    # the subject, not the kind of record asked for ("what server")
    (
        "the mail cert at keystone, what server is it installed on",
        {"mail.keystonecpa.example"},
        ["trait:installed-on"],
    ),
]


@pytest.mark.parametrize(("question", "names", "fields"), SAMPLE)
def test_mentions_ground_to_the_records_named(
    question: str, names: set[str], fields: list[str]
) -> None:
    plan = plan_of(question)
    assert plan.intent == "lookup" and not plan.unresolved, plan
    assert names_of(plan) == names
    assert plan.asks[0].attributes[: len(fields)] == fields or (not fields)


def test_a_role_that_several_records_share_covers_them_all() -> None:
    plan = plan_of("who makes the printer at Oakridge?")
    oakridge = {c.name for c in sample_msp()[0].configurations if c.organization_id == 12}
    names = names_of(plan)
    assert names and all(n.startswith("OCU-PRN") for n in names) and names <= oakridge
    assert plan.asks[0].attributes == ["manufacturer"]


OTHER = [
    (
        "what o/s is build-02 running at litware",
        {"build-02.sea.litware.example"},
        ["operating_system"],
    ),
    ("circuit id for the woodgrove branch internet", None, ["trait:circuit-id"]),
    ("m365 tenant name for tailspin", None, ["trait:tenant-name"]),
    ("who do i call about IT at tailspin", {"Dave Kowalczyk"}, ["phone"]),
    ("which box is the teller gateway at woodgrove", {"WBTSRV04"}, ["card", "notes"]),
    ("who signs off firewall changes at woodgrove", {"Brenda Hollis"}, ["card", "notes"]),
    # management interfaces are asked for by the vendor's name; the IP field is asked
    ("pve-b ipmi ip", {"pve-b.sea.litware.example"}, ["primary_ip"]),
    # a location's notes answer what its address does not
    (
        "tech onsite at contoso richmond can't find the comms cupboard",
        {"Richmond Clinic"},
        ["address", "notes"],
    ),
]


@pytest.mark.parametrize(("question", "names", "fields"), OTHER)
def test_another_msp_with_other_names_and_asset_types(
    question: str, names: set[str] | None, fields: list[str]
) -> None:
    plan = plan_of(question, other=True)
    assert plan.asks and not plan.unresolved, plan
    if names is not None:
        assert names_of(plan, other=True) == names
    assert plan.asks[0].attributes == fields


def test_a_field_nobody_documented_is_asked_not_replaced_by_a_card() -> None:
    purchased = plan_of("when was HLL-FW01 purchased")
    assert [a.attributes for a in purchased.asks] == [["purchased_at"]]
    url = plan_of("login url for the sql sa account at pinecrest")
    assert [a.attributes for a in url.asks] == [["url"]]


def test_the_entries_an_organization_keeps_are_all_listed() -> None:
    plan = plan_of("which password entries do we keep for keystone?")
    snap = sample_msp()[0]
    kept = {p.name for p in snap.passwords if p.organization_id == 5}
    assert names_of(plan) == kept and plan.intent == "credential"
    device = plan_of("Which passwords exist for the Cedar Valley School District firewall?")
    cvsd = {p.name for p in snap.passwords if p.organization_id == 4}
    found = names_of(device)  # the firewall, or its entry by name: not every entry
    assert not device.unresolved and (device.devices or found == {"Firewall admin"} < cvsd)


def test_a_field_word_in_a_title_or_role_names_the_records_not_the_field() -> None:
    """ "Controller" is a Door Access field in the third MSP: "domain controllers" and "the
    financial controller" still name servers and a contact."""
    from evals.third_msp import snapshot as third_snapshot

    snap = third_snapshot()
    catalog = catalog_of(snap)
    scope = [o.id for o in snap.organizations]
    names = {r.source_id: getattr(r, "name", "") for r in snap.records()}
    dcs = rules.plan_question("domain controllers at blue yonder?", catalog, scope, OTHER_TODAY)
    assert {names[t] for a in dcs.asks for t in a.targets} == {"BYADC1", "BYADC2"}
    cfo = rules.plan_question(
        "email for northwind's financial controller", catalog, scope, OTHER_TODAY
    )
    assert [a.attributes for a in cfo.asks] == [["email"]]
    assert {names[t] for a in cfo.asks for t in a.targets} == {"Priyanka Raghavan"}


def test_full_width_and_accented_text_is_folded() -> None:
    assert names_of(plan_of("ＡＣＭＥ－ＤＣ０１ ip")) == {"ACME-DC01"}


@pytest.mark.parametrize(
    ("account", "question", "target"),
    [
        # a location asked for by its address and its own words, not an asset's field
        ("fifth", "address for silver line's west sac yard", "location:910002"),
        # a password entry by its coded name
        ("fifth", "pls send me the AVPS-Staff wifi password", "password:920404"),
        # "X - who's the vendor": X's own field, not a person
        ("fifth", "linehaul support contract - who's the vendor", "flexible_asset:910304"),
        # "who at X approves Y": the person whose notes name Y (with a slip in "approves")
        ("fourth", "who at harvest table aproves link2feed accounts", "contact:840013"),
        # a phone number finds its contact
        (
            "sample",
            "got a voicemail from 5553695440, which client contact is that?",
            "contact:80011",
        ),
        # an organization ruled out yields to the one named
        ("sample", "need liam moreau's email, the acme one not faucets", "contact:80033"),
        # kinds of business in engineers' words
        ("sample", "the dentist client's firewall ip", "configuration:10034"),
    ],
)
def test_new_accounts_ground_what_engineers_mean(account: str, question: str, target: str) -> None:
    plan = ask_in(account, question)
    assert not plan.unresolved, plan.unresolved
    assert target in targets_of(plan)


SEATS_USED = "how many netdocuments seats at harbor lane are being used"


CONSOLE = "making a rule change on the summit fortigate, what url do i connect to?"


BACKED_UP = "when was the melt plc program last backed up at ngf"


XRAY = "coastal animal rescue - what's the xray machine called and its ip"


@pytest.mark.parametrize(
    ("account", "question", "target", "fields"),
    [
        # the narrower field when all its words are asked
        ("sample", SEATS_USED, "flexible_asset:50006", ["trait:seats-used"]),
        ("sample", "when did OCU-AP03 go in?", "configuration:10324", ["installed_at"]),
        (
            "sample",
            "hll-nas01 install date and warranty end?",
            "configuration:10004",
            ["installed_at", "warranty_expires_at"],
        ),
        # a configuration's contact, answered from the contact it points to
        ("sample", "who's listed as the contact on acme-wms01", "configuration:10185", ["contact"]),
        # a console asked of a device: the URL of the entry kept for it, never its value
        ("sample", CONSOLE, "password:70066", ["url"]),
        # "office" names the place, the notes are asked
        ("sample", "any parking notes for the pinecrest office?", "location:90014", ["notes"]),
        # "when" asks the date field, not the one that shares its other words
        ("sixth", BACKED_UP, "flexible_asset:1130301", ["trait:last-backup"]),
        # a short name with "&", a domain synonym
        (
            "sixth",
            "whos the broker on the c&p cyber policy",
            "flexible_asset:1110303",
            ["trait:policy-number", "trait:broker"],
        ),
        ("sixth", XRAY, "configuration:1150105", ["primary_ip"]),
    ],
)
def test_fields_and_records_engineers_mean(
    account: str, question: str, target: str, fields: list[str]
) -> None:
    plan = ask_in(account, question)
    assert not plan.unresolved, plan.unresolved
    assert [a.targets for a in plan.asks][0] == [target]
    assert plan.asks[0].attributes == fields


def test_a_kind_of_business_beats_a_shared_name_word() -> None:
    plan = ask_in("sample", "the plumbing supply client's erp license, how many seats")
    assert plan.organization_ids == [6]  # Faucets (a plumbing distributor), not Bluewater Supply
    egde = ask_in("sixth", "which vms live on the ztc egde at northgate foundry")
    assert egde.devices == ["configuration:1130112"]


def test_a_field_named_for_a_preposition_is_not_asked_by_it() -> None:
    plan = ask_in("sixth", "warranty expiry for CLN02-NET-FW1?")  # "Used For" of a fax line
    assert plan.asks[0].targets == ["configuration:1120115"]
    assert plan.asks[0].attributes == ["warranty_expires_at"]


@pytest.mark.parametrize(
    ("account", "question", "org"),
    [  # a distinctive name word is never overruled by another client's kind of business
        ("other", "what backup software does fabrikam use", 501),
        ("third", "what's the management ip of the northwind switch", 702),
        ("sample", "what's the firewall ip at riverside dental", 8),
    ],
)
def test_a_name_word_beats_another_clients_kind(account: str, question: str, org: int) -> None:
    assert ask_in(account, question).organization_ids == [org]

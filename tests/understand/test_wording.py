"""Wording the hand-written MSPs showed (the fourth to the ninth) and a review found: each a
question the rules once got wrong."""

from __future__ import annotations

from datetime import date

from tests.understand.accounts import ask_in, asked_after, targets_of


def test_wording_the_fourth_msp_showed() -> None:
    typo = ask_in("fourth", "what does CHS-VM-PMS depnd on")  # a slip, and "VM" inside a name
    assert typo.intent == "dependencies" and typo.direction == "downstream"
    serial = ask_in("fourth", "serail on the vets ultrasound")
    assert serial.asks[0].attributes == ["serial_number"]
    expiring = ask_in("sample", "any hypervisor warranties running out before september?")
    assert expiring.intent == "expiry" and expiring.config_types == ["Hypervisor"]
    assert (expiring.window_start, expiring.window_end) == (date(2026, 6, 1), date(2026, 8, 31))


def test_people_asked_beside_other_things() -> None:
    two = ask_in(
        "sample", "acme - what version of descartes are they on, and who's their ops lead?"
    )
    assert two.asks[-1].targets == ["contact:80034"] or two.asks[-1].targets[0].startswith(
        "contact:"
    )
    named = ask_in("sample", "SAS: IT manager's name, and the wan ip on their fortigate")
    assert [a.targets[0].split(":")[0] for a in named.asks] == ["contact", "configuration"]
    people = ask_in("sample", "how many contacts do we have on file for northwind")
    assert people.asks[0].total == 4 and targets_of(people) <= {
        f"contact:{n}" for n in range(80000, 80100)
    }
    lacking = ask_in("sample", "granite peak engineering - who's their it contact?")
    assert not lacking.asks and "granite peak engineering" in lacking.unresolved[0]


def test_names_languages_and_clauses_the_seventh_msp_and_dev9_showed() -> None:
    students = ask_in("sample", "what vlan is the CVSD-Students ssid on?")  # the client's naming,
    assert not students.asks and "CVSD-Students" in students.unresolved[0]  # no such record
    cell = ask_in("sample", "kenji haddad at riverside - do we have a cell number for him?")
    assert cell.asks[0].attributes == ["mobile"]  # not the work line
    bought = ask_in("sample", "when was BSD-HV01 purchased? filling in the asset register")
    assert [a.attributes for a in bought.asks] == [["purchased_at"]]  # the clause asks nothing
    due = ask_in(
        "seventh", "anything at the fire district coming due in the next 30 days? tests, audits"
    )
    assert {"Compliance Audit", "Dispatch Interface"} <= set(due.asset_types)
    dutch = ask_in("seventh", "groene tulp - welke machine is de klimaatcomputer en wat is het ip?")
    assert not dutch.unresolved and dutch.asks[0].attributes[0] == "primary_ip"
    nas = ask_in("seventh", "north atlantic seafood: which box is their nas and what's the ip")
    assert nas.asks[-1].targets == ["configuration:1230108"]  # the NAS of the client "NAS"
    veeam = ask_in(
        "sample", "renewal date on riverside's veeam license?"
    )  # only a backup elsewhere
    assert not veeam.asks and "veeam" in veeam.unresolved[0]


def test_review_findings_stay_fixed() -> None:
    asked = asked_after(
        "sample",
        "what is the ip of the firewall at faucets",
        "and what's the email of the office manager at bluewater?",
    )  # a question of its own, not the one before about Bluewater
    assert asked.organization_ids == [11] and asked.asks[0].attributes == ["email"]
    office = asked_after("sample", "what's the ip of FAU-AP01", "who's at the other office?")
    assert "configuration:10164" not in targets_of(office)  # not "the other" access point
    dc = asked_after("sample", "what's the ip of HLL-DC01", "and the other one?")
    assert targets_of(dc) == {"configuration:10006"}  # HLL-DC02
    laptops = ask_in("sample", "list the laptops at faucets and the people they're assigned to")
    assert laptops.config_types == ["Laptop"]
    assert ask_in("other", "ip of the tftp server at litware").unresolved  # no "fttp"
    side = ask_in("sample", "what's the firewall ip on the acme-side of the vpn")
    assert not side.unresolved and side.asks[0].targets == ["configuration:10178"]
    assert ask_in("sample", "who's the tech contact at faucets").asks  # no role word: everyone
    urls = ask_in("sample", "which urls are blocked on the harbor & lane firewall")
    assert not any(t.startswith("password:") for t in targets_of(urls))
    quoted = ask_in("sample", "what's the ip of the faucets 'main' switch")
    assert targets_of(quoted) == {"configuration:10154"}
    edge = ask_in("seventh", "trace the path from PUB01-DRB to the internet")
    assert edge.second_device == "configuration:1250121"  # the branch's own firewall


def test_naming_habits_and_wording_the_eighth_msp_showed() -> None:
    # a word every device name of a client shares names none of them; a name in that habit
    # that no device has is not found, and one a letter off is that device (same numbers)
    cameron = ask_in("eighth", "s/n of mt-cameron at timberline")
    assert not cameron.asks and "mt-cameron" in cameron.unresolved[0]
    assert targets_of(ask_in("eighth", "s/n of mt-elbret at timberline")) == {
        "configuration:1350101"
    }
    assert ask_in("eighth", "ip of ip-10-40-1-29").unresolved  # never another number's device
    rottweiler = ask_in("eighth", "whats the wan ip on rottweiler", [1304])  # another client's
    assert not rottweiler.asks and "rottweiler" in rottweiler.unresolved[0]
    # a follow-up whose new words are the record before's own is about that record
    slurm = asked_after(
        "eighth",
        "whats the slurm head node at the adeyemi lab called, and its ip",
        "what os and slurm version is it running",
    )
    assert targets_of(slurm) == {"configuration:1330107"}
    assert "operating_system_notes" in slurm.asks[0].attributes  # "Slurm 23.11" is there
    assert ask_in("eighth", "planing to reboot argon tonight, what else gets hit").intent == (
        "dependencies"
    )
    howto = ask_in(
        "eighth",
        "harrow creek scada shows COMM FAIL on ps3 and the on-call phone is going off. "
        "what do i check",
    )
    assert howto.intent == "howto"
    manager = ask_in("eighth", "pioneer supply dayton branch mgr phone")
    assert targets_of(manager) == {"contact:1340014"}  # the person, not the branch's line
    station = ask_in("eighth", "adress for pump station 3, harrow creek")
    assert targets_of(station) == {"location:1320003"}
    call_sign = ask_in("eighth", "fcc call sign for the harrow creek scada radios?")
    assert call_sign.asks[0].attributes == ["trait:fcc-call-sign"]  # not the on-call contact
    erp = ask_in("eighth", "pioneer supply erp server ip? eclipse")  # the last word says which
    assert targets_of(erp) == {"configuration:1340107"}
    zebra = ask_in("eighth", "what firmware is english-setter on? the pharmacy zebra")
    assert len(zebra.asks) == 1  # the record named again is no second question
    cabinet = ask_in(
        "eighth", "dr raman says the controlled drug cabinet wont sync. which device is that"
    )
    assert cabinet.intent == "lookup" and targets_of(cabinet) == {"configuration:1310115"}
    # the application's servers, when the servers are what is asked
    kinetic = ask_in(
        "sample", "epicor kinetic at northwind - which servers does it need, app and db?"
    )
    assert kinetic.devices == ["flexible_asset:50039"]
    assert ask_in("sample", "what does summit's vault server lean on?").intent == "dependencies"
    assert ask_in("seventh", "which vms are on srv-2020").config_types == []  # "srv" names the host


def test_wording_the_ninth_msp_and_eighth2_showed() -> None:
    trap = ask_in("ninth", "halvorsen J2388-FW wan ip")  # a name with digits nobody has
    assert not trap.asks and "J2388-FW" in trap.unresolved[0]
    version = asked_after("ninth", "7 pines widowmaker wan ip", "and the pan-os version on it?")
    assert targets_of(version) == {"configuration:1440101"}  # the firewall, not its vault entry
    laptop = ask_in("ninth", "which is the owners laptop at halvorsen")
    assert targets_of(laptop) == {"configuration:1420110"}  # the laptop the owner is contact of
    switch = ask_in("ninth", "7 pines - whats the summit lodge switch called and its mgmt ip")
    assert targets_of(switch) == {"configuration:1440104"}  # the switch at that lodge
    trailer = ask_in("ninth", "halvorsen job trailer 2417, J2417-FW public ip pls")
    assert targets_of(trailer) == {"configuration:1420119"}  # not the job that tags it
    assert ask_in(
        "ninth", "whats the admin username on the fortigates at granite ridge"
    ).intent == ("credential")
    assert ask_in("ninth", "if highline drops whats cut off").intent == "dependencies"
    upgrade = ask_in(
        "ninth", "planning a BR00-FW-01 firmware upgrade - which machines lose their link"
    )
    assert upgrade.intent == "dependencies" and not upgrade.asset_types  # no "Backup Plan"
    lofts = ask_in(
        "ninth", "halvorsen: whos the superintendent on red river lofts, planned completion?"
    )
    assert targets_of(lofts) == {"flexible_asset:1420302"}
    warranty = ask_in("eighth", "great-dane at pvah: idrac ip and when does the warranty end")
    assert [a.targets for a in warranty.asks] == [["configuration:1310103"]] * 2
    assert warranty.asks[1].attributes == ["warranty_expires_at"]
    contract = ask_in(
        "eighth",
        "xrd at the materials lab is throwing tube errors, whats the bruker contract # and phone",
    )
    assert targets_of(contract) == {"flexible_asset:1330306"}
    scada = ask_in(
        "eighth", "what tx/rx frequencies are the harrow creek scada radios licensed for"
    )
    assert not scada.unresolved  # the client's own word, no product it lacks
    expired = ask_in("eighth", "pioneer supply - which machines are already out of warranty")
    assert not expired.unresolved and not expired.config_types
    wasabi = ask_in("eighth", "pioneer supply wasabi console - what user do we log in as")
    assert "username" in wasabi.asks[0].attributes
    images = ask_in("eighth", "which pcs at the vet hospital send their images to bernese")
    assert images.intent == "dependencies" and images.direction == "upstream"
    assert "Dental Radiography PC" in images.config_types  # "pcs": types that end in PC
    shared = ask_in("eighth", "pvah pharmacy label printer is shared off which pc?")
    assert shared.intent == "dependencies" and shared.direction == "downstream"

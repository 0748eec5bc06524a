"""Follow-ups read against the turn before: "that box", "the other dc", "same for faucets"."""

from __future__ import annotations

from datetime import date

from core.state import Turn
from tests.understand.accounts import ask_in, asked_after, sample_msp, targets_of
from understand import rules


def test_a_demonstrative_names_the_record_of_the_turn_before() -> None:
    printer = asked_after("fifth", "io ip addr? (levante faro)", "what model printer is that")
    assert printer.asks[0].targets == ["configuration:940119"]  # io, not the Faro office
    assert printer.asks[0].attributes == ["model"]
    host = asked_after(
        "sample",
        "what vm host does BSD-XRAY01 run on?",
        "when is that host's warranty up",
        cited=["configuration:10040", "configuration:10038", "configuration:10036"],
    )
    assert host.asks[0].targets == ["configuration:10036"]  # the hypervisor among them
    software = asked_after("fifth", "hades nas model?", "what backup sw runs on it", [903])
    assert software.intent == "lookup"  # no record runs on it: its notes name the software
    assert software.asks[0].attributes == ["card", "notes"]


def test_follow_ups_that_name_only_what_changes() -> None:
    snap, catalog = sample_msp()
    scope = [o.id for o in snap.organizations]
    turn = None
    targets = []
    for question in ("keystone edr - which product and when does it renew?", "same for faucets"):
        plan = rules.plan_question(question, catalog, scope, date(2026, 6, 1), turn)
        targets.append(targets_of(plan))
        cited = sorted(targets_of(plan))
        turn = Turn(question=question, plan=plan, citations=cited, answer="")
    assert targets == [{"flexible_asset:50056"}, {"flexible_asset:50069"}]  # Faucets' EDR
    other = asked_after(
        "sample", "which box hands out dhcp at oakridge?", "and the other dc - its ip"
    )
    assert other.asks[0].targets == ["configuration:10317"]  # OCU-DC02, not DC01 again
    assert ask_in("sample", "ip of the box blue water's backups land on").organization_ids == [11]
    expiring = ask_in("sample", "riverside - which devices lose warranty in the next 90 days?")
    assert expiring.intent == "expiry"
    dark = ask_in("sample", "bsd hv01 is down for a bios update - which vms go dark with it?")
    assert dark.intent == "dependencies" and not dark.unresolved

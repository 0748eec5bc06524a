"""What a question names that the caller's scope lacks (another client's record, a product
or company the account does not have) is said to be not found, never answered with something
else."""

from __future__ import annotations

import pytest

from tests.understand.accounts import ask_in, names_of, plan_of

ABSENT = [
    "ip of ACME-DC09",
    "contoso firewall serial",
    "salesforce license at acme",
    "when does the mail cert for faucets expire",
    "address of the acme branch office",
    "who is the it manager at globex corp",
    "bios version on acme-hv01",
    # another organization named by a dictionary word before one of this account's words
    "what's the wan ip for lakeshore dental",
    # a digit typo is another device, not this one
    "acme dc03 ip",
    # whose firewall: an owner the account does not have
    "wan ip for trey research's firewall",
]


@pytest.mark.parametrize("question", ABSENT)
def test_what_is_not_there_is_named_not_replaced_by_something_else(question: str) -> None:
    plan = plan_of(question)
    assert plan.unresolved and not plan.asks, plan


def test_everyday_words_are_not_taken_for_missing_names() -> None:
    plan = plan_of("who do i talk to about an invoice at summit architecture")
    assert not any("invoice" in u for u in plan.unresolved), plan


def test_another_organizations_record_is_out_of_scope_not_answered() -> None:
    plan = plan_of("ip of hll-dc01", allowed=[2])
    assert not plan.asks


def test_a_part_about_an_organization_out_of_scope_is_not_answered_from_the_callers_own() -> None:
    plan = plan_of("ip of the acme firewall and who is the IT manager at Faucets", allowed=[7])
    assert names_of(plan) == {"ACME-FW01"}  # not Acme's own IT manager for the Faucets part
    assert plan.unresolved == ["nothing in your scope matches 'faucets'"]


def test_out_of_scope_and_unknown_organizations_read_the_same() -> None:
    hidden = plan_of("fau fw01 serial", allowed=[7])
    unknown = plan_of("contoso fw01 serial", allowed=[7])
    assert hidden.unresolved and unknown.unresolved and not hidden.asks and not unknown.asks
    assert hidden.unresolved[0].startswith("nothing in your scope matches")
    assert unknown.unresolved[0].startswith("nothing in your scope matches")


def test_a_number_alone_does_not_name_a_record() -> None:
    plan = plan_of("who has mac 00:11:22:33:44:55")
    assert not plan.asks and plan.unresolved


@pytest.mark.parametrize(
    ("account", "question", "allowed", "missing"),
    [
        ("fifth", "serial of the sparrow panel at ashcombe", None, "sparrow"),  # no such panel
        ("fifth", "ip of the boat lift controller at the marina", None, "boat"),
        ("fifth", "ip of dev_web_01 at silver line", None, "dev_web_01"),  # only in notes
        ("fifth", "ELM ip address", [901, 903, 904, 905], "ELM"),  # the school's, out of scope
        ("fourth", "what's the ip of CHS-VM-POS", [804], "CHS-VM-POS"),
        ("sample", "the second hyper-v host at the bakery client", None, "bakery client"),
        ("sample", "who is the it manager at globex corp", None, "globex"),
    ],
)
def test_what_the_account_lacks_is_named_not_replaced(
    account: str, question: str, allowed: list[int] | None, missing: str
) -> None:
    plan = ask_in(account, question, allowed)
    assert not plan.asks and not plan.devices
    assert any(missing in u for u in plan.unresolved), plan.unresolved


def test_other_msp_company_names_the_account_lacks_abstain() -> None:
    plan = plan_of("adventure works domain registrar?", other=True)
    assert not plan.asks and plan.unresolved == ["nothing in your scope matches 'adventure works'"]


@pytest.mark.parametrize(
    ("account", "question", "missing"),
    [
        ("sample", "maple street dental - lan ip of their firewall?", "maple street dental"),
        ("sample", "who's the domain registrar for bluewatermarine.example", "registrar"),
        ("sample", "who's the billing contact at pinecrest?", "billing"),
        ("sixth", "care: serial number of the kennel cam 'bingo'", "bingo"),
    ],
)
def test_what_the_account_lacks_is_not_answered_with_its_neighbours(
    account: str, question: str, missing: str
) -> None:
    plan = ask_in(account, question)
    assert not plan.asks and not plan.devices
    assert any(missing in u for u in plan.unresolved), plan.unresolved

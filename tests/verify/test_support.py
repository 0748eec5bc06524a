"""Prose support (`verify/support.py`): the claim is aligned with its best passage anywhere in a
long text, and the one score drops for the edits a drafter makes."""

from __future__ import annotations

import json

import pytest

from core.embeddings import Embedder
from core.models import Evidence
from tests.records import cited
from verify.check import check
from verify.support import (
    MODEL,
    align,
    lexical,
    scores,
    signals,
    stated,
    threshold,
    verbatim,
)

FILLER = " ".join(
    f"Section {n} covers the quarterly review of printer toner levels and paper stock."
    for n in range(60)
)
RUNBOOK = (
    FILLER + " To restore the file server, the engineer mounts the Veeam backup from the Synology "
    "NAS and restores the shares to the new volume; the restore takes about 40 minutes. " + FILLER
)


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return Embedder()


def test_the_best_passage_is_found_past_any_prefix() -> None:
    claim = "The file server is restored from the Veeam backup on the Synology NAS."
    assert RUNBOOK.index("Veeam") > 4000
    assert "Veeam" in align(claim, RUNBOOK).passage
    assert any("Veeam" in c for c in align(claim, RUNBOOK).candidates)


def test_a_supported_claim_deep_in_a_long_text_passes(embedder: Embedder) -> None:
    claim = "The file server is restored from the Veeam backup on the Synology NAS."
    assert scores([(claim, RUNBOOK)], embedder)[0] >= threshold()


@pytest.mark.parametrize(
    "edited",
    [
        "The file server is restored from the Datto backup on the QNAP NAS.",  # other names
        "The file server is restored from the Veeam backup; it takes about 90 minutes.",
        "The restore from the Veeam backup on the Synology NAS takes about 400 minutes.",
    ],
)
def test_an_edited_name_or_number_scores_lower_and_fails(embedder: Embedder, edited: str) -> None:
    """The score ranks an edit below the claim it was made from; the verdict fails it (a
    number the text lacks is the fact rules' to refuse, before any score)."""
    right = "The file server is restored from the Veeam backup on the Synology NAS."
    good, bad = scores([(right, RUNBOOK), (edited, RUNBOOK)], embedder)
    assert bad < good
    runbook = [cited("document:1", "Runbook", RUNBOOK, organization_id=1)]
    assert not check(edited, runbook, embedder).supported
    assert check(right, runbook, embedder).supported


def test_other_names_fail_on_the_score_alone(embedder: Embedder) -> None:
    edited = "The file server is restored from the Datto backup on the QNAP NAS."
    assert scores([(edited, RUNBOOK)], embedder)[0] < threshold()


def test_an_antonym_of_the_passage_is_a_signal() -> None:
    text = "The change window is short. Backups run before the patching starts."
    said = lexical("Backups run after the patching starts.", text, text)
    kept = lexical("Backups run before the patching starts.", text, text)
    assert said["antonyms_passage"] == 1 and kept["antonyms_passage"] == 0


def test_a_word_swapped_inside_verbatim_wording_is_a_signal() -> None:
    text = "The agent offered a wide range of plans that fit specific needs."
    said = lexical("The agent offered a limited range of plans.", text, text)
    assert said["swapped_words"] >= 1 and said["swapped_new_words"] >= 1
    assert lexical("The agent offered a wide range of plans.", text, text)["swapped_words"] == 0


def test_a_claim_part_no_sentence_says_weighs_against_it(embedder: Embedder) -> None:
    text = (
        "The NAS backs up the file shares every night. The firewall is a FortiGate 60F. "
        "The printers are leased from Canon."
    )

    def parts(claim: str) -> dict[str, float]:
        alignment = align(claim, text)
        vectors = embedder.embed(alignment.texts())
        return signals(alignment, vectors, embedder.embed_pieces(alignment.pieces()))

    said = parts("The NAS backs up the file shares, and the firewall is a FortiGate.")
    added = parts("The NAS backs up the file shares, and the payroll runs on the mainframe.")
    assert added["clauses_worst"] < said["clauses_worst"] - 0.2
    assert said["clauses_worst"] > 0.5 and said["sentence_best"] > 0.5


def test_the_model_file_weighs_every_signal_and_reports_its_fit(embedder: Embedder) -> None:
    model = json.loads(MODEL.read_text())
    alignment = align("Backups run nightly.", "Backups run nightly at 02:00.")
    vectors = embedder.embed(alignment.texts())
    names = set(signals(alignment, vectors, embedder.embed_pieces(alignment.pieces())))
    assert set(model["weights"]) == names == set(model["mean"]) == set(model["scale"])
    assert 0 < model["threshold"] < 1
    assert set(model["balanced_accuracy_cross_validated"]) == {"factcheck", "summedits"}


DC01 = cited(
    "configuration:1",
    "ACME-DC01",
    "ACME-DC01 (Server). Status: Active. Primary IP: 10.7.10.15. Warranty expires 2027-04-10.",
    {
        "name": "ACME-DC01",
        "status": "Active",
        "primary_ip": "10.7.10.15",
        "warranty_expires_at": "2027-04-10",
    },
    organization_id=1,
)


@pytest.mark.parametrize(
    "claim",
    [
        "ACME-DC01 is under warranty until Apr 10, 2027.",
        "ACME-DC01 answers on 10.7.10.15.",
        "ACME-DC01 has primary IP 10.7.10.15.",
        "The IPs of ACME-DC01: 10.7.10.15.",  # an acronym's plural is the acronym
    ],
)
def test_a_claim_stating_a_records_values_in_its_own_words_is_settled(claim: str) -> None:
    assert stated(claim, [DC01])


@pytest.mark.parametrize(
    "claim",
    [
        "ACME-DC01 (10.7.10.15) hosts the payroll database.",  # more than a connective
        "ACME-DC01 is inactive at 10.7.10.15.",  # the antonym of its status
        "ACME-DC01 is the main server.",  # no value of the record
    ],
)
def test_a_claim_adding_words_or_flipping_one_is_weighed_as_prose(claim: str) -> None:
    assert not stated(claim, [DC01])


def test_a_record_without_fields_is_prose() -> None:
    assert not stated("ACME-DC01 answers on 10.7.10.15.", [DC01.model_copy(update={"fields": {}})])


def test_the_texts_own_wording_is_support(embedder: Embedder) -> None:
    quote = "the restore takes about 40 minutes"
    assert verbatim(quote.capitalize() + ".", RUNBOOK)
    assert not verbatim("The restore takes about 4 minutes.", RUNBOOK)
    assert scores([(quote.capitalize() + ".", RUNBOOK)], embedder) == [1.0]


def _server(sid: int, name: str, ip: str, status: str) -> Evidence:
    fields = {"id": sid, "organization_id": 4, "name": name, "status": status}
    fields |= {"primary_ip": ip, "warranty_expires_at": "2027-04-10"}
    text = f"{name} (Server). Status: {status}. Primary IP: {ip}. Rack row 4. Warranty 2027-04-10."
    return cited(f"configuration:{sid}", name, text, fields, organization_id=4)


SRV1, SRV2 = (
    _server(1, "ACME-DC01", "10.7.10.15", "Active"),
    _server(2, "ACME-DC02", "10.7.10.20", "Inactive"),
)


@pytest.mark.parametrize(
    ("claim", "cited"),
    [
        ("ACME-DC01 is decommissioned at 10.7.10.15.", [SRV1]),  # a word of its own
        ("ACME-DC01 was compromised at 10.7.10.15.", [SRV1]),
        ("ACME-DC01 is the Active Directory server.", [SRV1]),  # "Active" is its status
        ("ACME-DC01 has public IP 10.7.10.15.", [SRV1]),  # a field it does not have
        ("ACME-DC01 was purchased 2027-04-10.", [SRV1]),
        ("The server at 10.7.10.15 is inactive.", [SRV1, SRV2]),  # named by its IP
        ("DC01 has primary IP 10.7.10.20.", [SRV1, SRV2]),  # named by a short name
        ("Acme Logistics has 4 servers.", [SRV1, SRV2]),  # 4 is an id and a rack row
        ("Acme Logistics has four Servers at its main office.", [SRV1, SRV2]),
        (".", [SRV1]),
    ],
)
def test_review_findings_are_refused(embedder: Embedder, claim: str, cited: list[Evidence]) -> None:
    assert not check(claim, cited, embedder).supported


@pytest.mark.parametrize(
    "claim",
    [
        "ACME-DC01's warranty runs out on Apr 10, 2027.",
        "ACME-DC01 is covered by warranty until Apr 10, 2027.",
        "ACME-DC02 has primary IP 10.7.10.20.",
    ],
)
def test_a_records_values_in_a_models_words_are_kept(embedder: Embedder, claim: str) -> None:
    assert check(claim, [SRV1, SRV2], embedder).supported


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        (
            "Reboot ACME-DC01 during business hours.",
            "Do not reboot ACME-DC01 during business hours.",
        ),
        ("Backups are encrypted at rest.", "Backups are not encrypted at rest."),
        ("Der Server läuft.", "Der Server läuft nicht."),
        ("Сервер работает.", "Сервер не работает."),
    ],
)
def test_a_claim_dropping_the_texts_negation_is_refused(
    embedder: Embedder, claim: str, text: str
) -> None:
    assert not verbatim(claim, text)
    assert scores([(claim, text)], embedder)[0] < threshold()


def test_an_unparseable_printed_date_is_a_fact_not_a_crash(embedder: Embedder) -> None:
    verdict = check("ACME-DC01 was patched Sept 12, 2024.", [SRV1], embedder)
    assert not verdict.supported and "sept 12, 2024" in verdict.reason


def test_a_one_word_value_is_settled_only_with_the_field_that_holds_it() -> None:
    """ "has manufacturer Dell" states `manufacturer: Dell`; a bare common word ("Dell") in
    another field's place, or another value under the field's name, is not settled."""
    host = cited(
        "configuration:8",
        "FAU-HV01",
        "FAU-HV01 (Server). Manufacturer: Dell. Model: PowerEdge R740.",
        {"name": "FAU-HV01", "manufacturer": "Dell", "model": "PowerEdge R740"},
    )
    assert stated("FAU-HV01 has manufacturer Dell.", [host])
    assert not stated("FAU-HV01 has model Dell.", [host])
    assert not stated("FAU-HV01 has manufacturer PowerEdge.", [host])

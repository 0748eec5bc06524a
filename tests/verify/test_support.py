"""Prose support (`verify/support.py`): the claim is aligned with its best passage anywhere in a
long text, and the one score drops for the edits a drafter makes."""

from __future__ import annotations

import json

import pytest

from core.embeddings import Embedder
from core.models import Evidence, RecordType
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
    assert scores([(claim, RUNBOOK)], embedder.embed)[0] >= threshold()


@pytest.mark.parametrize(
    "edited",
    [
        "The file server is restored from the Datto backup on the QNAP NAS.",  # other names
        "The file server is restored from the Veeam backup; it takes about 90 minutes.",
        "The restore from the Veeam backup on the Synology NAS takes about 400 minutes.",
    ],
)
def test_an_edited_name_or_number_scores_lower_and_fails(embedder: Embedder, edited: str) -> None:
    right = "The file server is restored from the Veeam backup on the Synology NAS."
    good, bad = scores([(right, RUNBOOK), (edited, RUNBOOK)], embedder.embed)
    assert bad < good
    assert bad < threshold()


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


def test_the_model_file_weighs_every_signal_and_reports_its_fit(embedder: Embedder) -> None:
    model = json.loads(MODEL.read_text())
    alignment = align("Backups run nightly.", "Backups run nightly at 02:00.")
    names = set(signals(alignment, embedder.embed(alignment.texts())))
    assert set(model["weights"]) == names == set(model["mean"]) == set(model["scale"])
    assert 0 < model["threshold"] < 1
    assert set(model["balanced_accuracy_cross_validated"]) == {"factcheck", "summedits"}


DC01 = Evidence(
    source_id="configuration:1",
    organization_id=1,
    record_type=RecordType.CONFIGURATION,
    title="ACME-DC01",
    text="ACME-DC01 (Server). Status: Active. Primary IP: 10.7.10.15. Warranty expires 2027-04-10.",
    fields={
        "name": "ACME-DC01",
        "status": "Active",
        "primary_ip": "10.7.10.15",
        "warranty_expires_at": "2027-04-10",
    },
)


@pytest.mark.parametrize(
    "claim",
    [
        "ACME-DC01 is under warranty until Apr 10, 2027.",
        "ACME-DC01 answers on 10.7.10.15.",
        "ACME-DC01 has primary IP 10.7.10.15.",
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
    assert scores([(quote.capitalize() + ".", RUNBOOK)], embedder.embed) == [1.0]

from verify.passages import (
    PASSAGES_MAX,
    SENTENCE_WORDS,
    align,
    clauses,
    read,
    sentences,
    windows,
)


def test_run_on_text_is_read_in_pieces_of_bounded_length() -> None:
    log = " ".join(f"event{n} ok" for n in range(1000))  # no punctuation, no newline
    parts = sentences(log)
    assert len(parts) == 2000 // SENTENCE_WORDS + 1
    assert all(len(p.split()) <= SENTENCE_WORDS for p in parts)
    assert "event999" in parts[-1]


def test_a_long_text_is_read_up_to_its_first_sentences() -> None:
    text = " ".join(f"Line {n} is here." for n in range(PASSAGES_MAX + 50))
    assert len(sentences(text)) == PASSAGES_MAX


def test_a_text_is_read_once_however_many_claims_cite_it() -> None:
    text = "The NAS backs up nightly. The firewall is a FortiGate. Nobody reboots DC01 by day."
    read.cache_clear()
    for claim in ("The NAS backs up nightly.", "The firewall is a FortiGate.", "DC01 reboots."):
        align(claim, text)
    assert read.cache_info().misses == 1 and read.cache_info().hits == 2


def test_the_gathered_sentences_are_the_best_shared_in_the_texts_order() -> None:
    text = "Alpha one. The Veeam job runs. Beta two. The Synology NAS holds it. Gamma three."
    gathered = align("The Veeam job writes to the Synology NAS.", text).gathered
    assert gathered.index("Veeam") < gathered.index("Synology")


def test_a_claim_is_also_read_in_its_clauses_and_overlapping_windows() -> None:
    claim = "The NAS backs up nightly, and the firewall is a FortiGate which reboots on Sundays."
    assert clauses(claim) == [
        "The NAS backs up nightly",
        "the firewall is a FortiGate",
        "reboots on Sundays.",
    ]
    runs = windows(claim)
    assert runs[0] == "The NAS backs up nightly," and runs[-1].endswith("on Sundays.")
    assert all(len(r.split()) == 5 for r in runs)
    assert clauses("Up.") == ["Up."] and windows("Backups run nightly.") == ["Backups run nightly."]

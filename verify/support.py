"""How well a text supports a claim, as one calibrated score: the check for prose (runbooks,
notes, an answer drafted elsewhere) once the claim's facts have passed `verify.claims`.

The claim is aligned with the passages of the text that share most of its words
(`verify.passages`) and the signals the checks have are
measured against the whole text and against the aligned passage: content words covered, names
(capitalized words), numbers and years the text does not have, a word whose antonym the passage
uses instead, a negation the passage lacks, a word swapped inside otherwise verbatim wording,
the embedding similarity of claim and passage, how well each word piece of the claim finds
its like among the passage's in context (a swapped name or number finds none), and how well
the weakest of the claim's clauses and five-word windows finds a sentence saying it. A logistic
model combines them into the probability that the claim is supported; its weights are data
(`support_model.json`), fitted by `python -m evals.support_fit` on the public grounding dev
sets only."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from core.models import Evidence
from verify.claims import listed_count, names_field, names_of, stored_values
from verify.facts import cited_text, evidence_text, facts, normal, present, prose
from verify.passages import Alignment, Reading, align, content_sequence, read, sentences, tokens
from verify.words import ANTONYMS, COUNTING, STOP, coverage, negations, stem, stems

Pieces = tuple[list[str], Any]
"""A text's word pieces and their unit vectors in context (an array, one row each)."""


class Encoder(Protocol):
    """Sentence embeddings and word-piece embeddings (`core.embeddings.Embedder`)."""

    def embed(self, texts: Sequence[str]) -> list[list[float]]: ...

    def embed_pieces(self, texts: Sequence[str]) -> list[Pieces]: ...


MODEL = Path(__file__).with_name("support_model.json")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'-]*[A-Za-z0-9]")
"""A capitalized word that does not start a sentence: a name."""
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_NUMBER_WORDS = frozenset(COUNTING) | {
    "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion", "half",
    "quarter", "percent", "first", "second", "third", "fourth", "fifth",
}  # fmt: skip


def _absent_numbers(claim: str, text: str) -> int:
    return sum(
        1
        for d in set(_DIGITS.findall(claim))
        if not re.search(r"(?<![\d.,])" + re.escape(d) + r"(?!\d)", text)
    )


def _absent_names(claim: str, tokens: set[str], text_stems: set[str]) -> int:
    names = {n.lower() for n in _NAME.findall(claim)}
    return sum(1 for n in names if n not in tokens and stem(n) not in text_stems)


def _antonyms(claim_tokens: set[str], tokens: set[str]) -> int:
    """Words of the claim the text does not use, whose antonym it uses instead."""
    return sum(
        1 for w in claim_tokens if w in ANTONYMS and w not in tokens and ANTONYMS[w] & tokens
    )


def _swaps(claim: str, reading: Reading) -> tuple[int, int, float]:
    """Words of the claim changed inside wording the text has verbatim ("wide range" where
    the text says "limited range"): (any word, a word new to the text), and the share of the
    claim's word triples the text has."""
    said = tokens(claim)
    swapped = novel = 0
    for n in range(1, len(said) - 1):
        a, b, c = said[n - 1 : n + 2]
        middle = reading.contexts.get((a, c))
        if (a, b, c) not in reading.triples and middle and b not in middle:
            swapped += 1
            novel += stem(b) not in reading.known
    own = list(zip(said, said[1:], said[2:], strict=False))
    return swapped, novel, sum(1 for t in own if t in reading.triples) / max(1, len(own))


def lexical(claim: str, text: str, passage: str) -> dict[str, float]:
    """The signals that need no embedding, against the whole text and the aligned passage.
    Words are weighed without the claim's checkable facts (`verify.claims` checked those)."""
    words, reading = prose(claim), read(text)
    claim_stems, claim_tokens = stems(words), set(tokens(claim))
    local_tokens, local_stems = set(tokens(passage)), stems(passage)
    own = content_sequence(words)
    own_pairs = list(zip(own, own[1:], strict=False))
    swapped, novel_swapped, triples = _swaps(claim, reading)
    return {
        "covered": sum(1 for w in claim_stems if w in reading.stems) / len(claim_stems)
        if claim_stems
        else 1.0,
        "covered_passage": coverage(words, passage),
        "content_words": len(claim_stems),
        "new_words": sum(1 for w in claim_stems if w not in reading.stems),
        "new_numbers": _absent_numbers(claim, text),
        "new_numbers_passage": _absent_numbers(claim, passage),
        "new_years_passage": sum(1 for y in set(_YEAR.findall(claim)) if y not in passage),
        "new_names": _absent_names(claim, reading.tokens, reading.stems),
        "new_names_passage": _absent_names(claim, local_tokens, local_stems),
        "new_number_words": sum(1 for w in claim_tokens & _NUMBER_WORDS if w not in reading.tokens),
        "antonyms": _antonyms(claim_tokens, reading.tokens),
        "antonyms_passage": _antonyms(claim_tokens, local_tokens),
        "negations": len(negations(claim)),
        "added_negations_passage": len(negations(claim) - negations(passage)),
        "dropped_negations_passage": len(negations(passage) - negations(claim)),
        "pairs_covered": sum(1 for p in own_pairs if p in reading.pairs) / max(1, len(own_pairs)),
        "triples_covered": triples,
        "swapped_words": swapped,
        "swapped_new_words": novel_swapped,
        "text_length": math.log1p(len(text)),
        "claim_sentences": len(sentences(claim)),
    }


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def _matched(claim: Pieces, passage: Pieces, where: str) -> dict[str, float]:
    """How well each content word piece of the claim finds its like among the passage's (its
    best cosine, in context): the worst, the mean, the share under 0.6, the number under 0.5.
    A word the passage has in other words scores high; a swapped name or number scores low."""
    pieces, vectors = claim
    own = [n for n, p in enumerate(pieces) if re.search(r"\w", p) and p not in STOP]
    best = (vectors[own] @ passage[1].T).max(1) if own and len(passage[0]) else np.ones(1)
    return {
        f"pieces_worst_{where}": float(best.min()),
        f"pieces_mean_{where}": float(best.mean()),
        f"pieces_weak_{where}": float((best < 0.6).mean()),
        f"pieces_unmatched_{where}": float((best < 0.5).sum()),
    }


def signals(
    alignment: Alignment, vectors: Sequence[Sequence[float]], pieces: Sequence[Pieces]
) -> dict[str, float]:
    """Every signal, given the embeddings of `alignment.texts()` and the word-piece vectors
    of `alignment.pieces()` (in those orders)."""
    a = alignment
    ends = np.cumsum([2, len(a.candidates), len(a.clauses), len(a.windows), len(a.sentences)])
    claim, head = vectors[0], vectors[1]
    candidates, clauses, windows, sentences = (
        np.array(vectors[start:end], float) for start, end in zip(ends, ends[1:], strict=False)
    )
    said, passage, gathered = pieces
    return {
        **lexical(a.claim, a.text, a.passage),
        "similarity": _cosine(claim, head),
        "similarity_passage": float((candidates @ np.asarray(claim, float)).max()),
        **_matched(said, passage, "passage"),
        **_matched(said, gathered, "gathered"),
        **_parts_found(np.asarray(claim, float), clauses, windows, sentences),
    }


def _parts_found(
    claim: np.ndarray, clauses: np.ndarray, windows: np.ndarray, sentences: np.ndarray
) -> dict[str, float]:
    """How well the weakest part of the claim finds a sentence of the text saying it: each
    clause's and each five-word window's best cosine with a sentence of the text (the
    `COMPARED` sharing most of its words; the worst and the mean), and the claim's own best
    sentence with its lead over the next best (the best alone when the text has one sentence).
    A claim whose parts come from several sentences, or one part of which the text never says,
    scores low though the claim as a whole is on topic."""
    clause_best = (clauses @ sentences.T).max(1)
    window_best = (windows @ sentences.T).max(1)
    ranked = np.sort(sentences @ claim)[::-1]
    return {
        "clauses_worst": float(clause_best.min()),
        "clauses_mean": float(clause_best.mean()),
        "windows_worst": float(window_best.min()),
        "windows_mean": float(window_best.mean()),
        "sentence_best": float(ranked[0]),
        "sentence_lead": float(ranked[0] - (ranked[1] if len(ranked) > 1 else 0.0)),
    }


@cache
def _model() -> dict[str, dict[str, float] | float]:
    loaded: dict[str, dict[str, float] | float] = json.loads(MODEL.read_text())
    return loaded


def probability(values: dict[str, float]) -> float:
    """The model's probability that the claim is supported."""
    model = _model()
    weights, mean, scale = (model[k] for k in ("weights", "mean", "scale"))
    assert isinstance(weights, dict) and isinstance(mean, dict) and isinstance(scale, dict)
    z = float(model["bias"])  # type: ignore[arg-type]
    z += sum(w * (values[n] - mean[n]) / scale[n] for n, w in weights.items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def threshold() -> float:
    """The probability at which a claim counts as supported."""
    return float(_model()["threshold"])  # type: ignore[arg-type]


# fmt: off
CONNECTIVES = frozenset({
    "until", "till", "through", "via", "since", "runs", "run", "running", "answers", "answer",
    "uses", "use", "using", "currently", "now", "still", "set", "listed", "recorded", "shows",
    "show", "given", "expires", "expire", "expiring", "ends", "end", "due", "covered", "valid",
    "assigned", "configured", "located", "reachable", "out", "number", "first", "name", "named",
    "called", "depend", "depends", "dependent",  # every relationship (runs on, connected to)
})
# fmt: on
"""Words a sentence may wrap a record's values in without saying anything of its own
("is covered by warranty until <date>", "answers on <IP>", "currently runs <OS>")."""
_CONNECTIVE_STEMS = frozenset(stem(w) for w in CONNECTIVES)


def stated(claim: str, records: Sequence[Evidence]) -> bool:
    """A claim that states the values of a structured record: one of its checkable facts (not
    a part of the record's names, not a stores' id) is a value of that record's fields, or it
    gives such a value whole (of three or more words, or — when every word of it is the
    records' — a distinctive one: two words, a digit, a hyphen; or any value of the field the
    claim names, "has manufacturer Dell" for `manufacturer: Dell`); every other word of it is a
    word of the records it is about or a connective (`CONNECTIVES`), and none is the antonym of
    that record's ("inactive" for "active"). Its facts were checked field by field
    (`verify.claims`), so the wording around them is not weighed like prose."""
    said, claim_tokens = normal(claim), set(tokens(claim))
    new = stems(prose(claim)) - stems(cited_text(records))
    if new - _CONNECTIVE_STEMS:
        return False
    own_words = not new
    counted = listed_count(claim, records)  # "5 servers depend on X: A, B, C, D, E"
    every_name = {n for e in records for n in names_of(e)}
    unnamed = [v for _, v in facts(claim) if not any(present(v, n) for n in every_name)]
    for record in records:
        names = names_of(record)
        own = [v for _, v in facts(claim) if not any(present(v, n) for n in names)]
        values = [(k, v) for k, v in stored_values(record) if not _names_it(v, names)]
        anchored = (
            any(present(v, held) for v in own for _, held in values)
            or any(
                present(held, said)
                and (
                    len(held.split()) >= 3
                    or own_words
                    and (_distinct(held) or names_field(claim, key))
                )
                for key, held in values
            )
            or (own_words and counted is not None and unnamed == [str(counted)])
        )
        if anchored and not _antonyms(claim_tokens, set(tokens(evidence_text(record)))):
            return True
    return False


def _names_it(value: str, names: set[str]) -> bool:
    """Whether a field's value is a name of the record (its hostname, an FQDN or email built
    on it), which names the record rather than stating something of it."""
    return value in names or (len(value.split()) == 1 and any(present(n, value) for n in names))


def _distinct(value: str) -> bool:
    return len(value.split()) >= 2 or bool(re.search(r"[\d_.-]", value))


def verbatim(claim: str, text: str) -> bool:
    """Whether the claim is the text's own wording: three or more of its words, in order,
    inside the text, with no negation the claim lacks in the rest of the quoted sentence
    ("Reboot X during business hours" is not the wording of "Do not reboot X during business
    hours", nor "Der Server läuft" of "Der Server läuft nicht")."""
    said = tokens(claim)
    if len(said) < 3:
        return False
    low, lacks = text.lower(), negations(claim)
    quote = r"(?<![^\W_])" + r"[\W_]+".join(map(re.escape, said)) + r"(?![^\W_])"
    for match in re.finditer(quote, low):
        before = _SENTENCE_END.split(low[max(0, match.start() - 60) : match.start()])[-1]
        after = _SENTENCE_END.split(low[match.end() : match.end() + 60])[0]
        if not negations(f"{before} {after}") - lacks:
            return True
    return False


_SENTENCE_END = re.compile(r"[.!?\n]")


def drops_negation(claim: str, text: str) -> bool:
    """Whether the claim restates a clause of the text without its negation ("Backups are
    encrypted" from "Backups are not encrypted"): most of its words are that clause's, which
    has a negation the claim lacks."""
    words = prose(claim)
    if len(stems(words)) < 2:
        return False
    said = negations(claim)
    clauses = (c for part in read(text).parts for c in re.split(r"[,;:]", part))
    return any(negations(c) - said and coverage(words, c) >= 0.8 for c in clauses)


SETTLED = "its facts are the cited records' values"
"""Why a claim `stated` settles is supported."""
SUPPORTED = "facts found in the cited evidence"
"""Why a claim whose facts passed and that the support score carries is supported."""


def weak_support(score: float) -> str:
    """Why a claim whose facts passed is still unsupported."""
    return f"weak support (score {score:.2f} < {threshold():.2f})"


def scores(pairs: Sequence[tuple[str, str]], encoder: Encoder) -> list[float]:
    """The support probability of each (claim, text), with one embedding call for all."""
    alignments = [align(claim, text) for claim, text in pairs]
    settled: list[float | None] = [
        0.0 if drops_negation(a.claim, a.text) else 1.0 if verbatim(a.claim, a.text) else None
        for a in alignments
    ]
    weigh = [a for a, known in zip(alignments, settled, strict=True) if known is None]
    batch = list(dict.fromkeys(t for a in weigh for t in a.texts()))
    vector = dict(zip(batch, encoder.embed(batch) if batch else [], strict=True))
    read_apart = list(dict.fromkeys(t for a in weigh for t in a.pieces()))
    pieces = dict(
        zip(read_apart, encoder.embed_pieces(read_apart) if read_apart else [], strict=True)
    )
    return [
        probability(signals(a, [vector[t] for t in a.texts()], [pieces[t] for t in a.pieces()]))
        if known is None
        else known
        for a, known in zip(alignments, settled, strict=True)
    ]

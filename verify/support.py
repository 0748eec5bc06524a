"""How well a text supports a claim, as one calibrated score: the check for prose (runbooks,
notes, an answer drafted elsewhere) once the claim's facts have passed `verify.claims`.

The claim is aligned with the passages of the text that share most of its words — windows of
sentences over the whole text, never a truncated prefix — and the signals the checks have are
measured against the whole text and against the aligned passage: content words covered, names
(capitalized words), numbers and years the text does not have, a word whose antonym the passage
uses instead, a negation the passage lacks, a word swapped inside otherwise verbatim wording,
and the embedding similarity of claim and passage. A logistic model combines them into the
probability that the claim is supported; its weights are data (`support_model.json`), fitted
by `python -m evals.support_fit` on the public grounding dev sets only."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from core.models import Evidence
from verify.claims import listed_count, names_of, stored_values
from verify.facts import cited_text, evidence_text, facts, normal, present, prose
from verify.words import COUNTING, STOP, WORD, coverage, negations, stem, stems

Embed = Callable[[list[str]], list[list[float]]]

MODEL = Path(__file__).with_name("support_model.json")
SIMILARITY_CHARS = 2000
"""How much of the text the embedding reads as a whole (its passages are read apart)."""
CANDIDATES = 3
"""How many passages (by shared words) the embedding compares with the claim."""
PASSAGES_MAX = 400
"""Sentences of a text that are read (a 40-page document's first 400 sentences)."""

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_TOKEN = re.compile(r"[^\W_][\w'-]*")

_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'-]*[A-Za-z0-9]")
"""A capitalized word that does not start a sentence: a name."""
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_NUMBER_WORDS = frozenset(COUNTING) | {
    "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion", "half",
    "quarter", "percent", "first", "second", "third", "fourth", "fifth",
}  # fmt: skip
_ANTONYM_PAIRS = (
    "expensive cheap|wide narrow|wide limited|specific general|increase decrease|increased "
    "decreased|rise fall|higher lower|high low|more less|positive negative|accept reject|accepted "
    "rejected|agree disagree|before after|first last|early late|success failure|successful "
    "unsuccessful|gain loss|profit loss|up down|open closed|buy sell|win lose|strong weak|large "
    "small|big small|long short|easy difficult|possible impossible|likely unlikely|interested "
    "uninterested|satisfied dissatisfied|include exclude|including excluding|maximum minimum|above "
    "below|new old|young old|same different|always never|all none|many few|most least|best "
    "worst|better worse|good bad|happy sad|true false|correct incorrect|present absent|available "
    "unavailable|start end|begin end|started ended|inside outside|internal external|public "
    "private|approve deny|approved denied|allow forbid|allowed prohibited|add remove|added "
    "removed|enable disable|enabled disabled|online offline|upgrade downgrade|import export|north "
    "south|east west|left right|male female|husband wife|brother sister|mother father|son "
    "daughter|buyer seller|exclusive non-exclusive|full empty|hot cold|fast slow|rich poor|light "
    "heavy|majority minority|yesterday tomorrow|past future|previous next|primary secondary|"
    "inbound outbound|upload download|encrypted unencrypted|valid invalid|active inactive|"
    "supported unsupported|compliant non-compliant|required optional|manual automatic"
)
_ANTONYMS: dict[str, set[str]] = {}
for _pair in _ANTONYM_PAIRS.split("|"):
    _a, _b = _pair.split()
    _ANTONYMS.setdefault(_a, set()).add(_b)
    _ANTONYMS.setdefault(_b, set()).add(_a)


def sentences(text: str) -> list[str]:
    """The text's sentences and lines (the first `PASSAGES_MAX`)."""
    found = [s.strip() for s in _SENTENCE.split(text) if len(s.strip()) >= 3]
    return found[:PASSAGES_MAX] or [text]


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _shared(claim_stems: set[str], passage: str) -> int:
    return len(claim_stems & stems(passage))


def _aligned(claim: str, parts: Sequence[str], size: int, k: int) -> list[str]:
    """The `k` windows of `size` consecutive sentences sharing most of the claim's words."""
    said = stems(claim)
    windows = [" ".join(parts[n : n + size]) for n in range(max(1, len(parts) - size + 1))]
    ranked = sorted(enumerate(windows), key=lambda p: (-_shared(said, p[1]), p[0]))
    return [w for _, w in ranked[:k]]


@dataclass(frozen=True)
class Alignment:
    """A claim, the text it is checked against, and what the embedding compares: the claim,
    the head of the text, and the passages that share most of the claim's words."""

    claim: str
    text: str
    passage: str
    """The three-sentence window sharing most of the claim's words."""
    candidates: tuple[str, ...]

    def texts(self) -> list[str]:
        return [self.claim, self.text[:SIMILARITY_CHARS], *self.candidates]


def align(claim: str, text: str) -> Alignment:
    parts = sentences(text)
    pairs = parts + [f"{a} {b}" for a, b in zip(parts, parts[1:], strict=False)]
    said = stems(claim)
    ranked = sorted(enumerate(pairs), key=lambda p: (-_shared(said, p[1]), p[0]))
    candidates = tuple(w for _, w in ranked[:CANDIDATES])
    return Alignment(claim, text, _aligned(claim, parts, 3, 1)[0], candidates)


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
        1 for w in claim_tokens if w in _ANTONYMS and w not in tokens and _ANTONYMS[w] & tokens
    )


def _swaps(claim: str, text: str) -> tuple[int, int, float]:
    """Words of the claim changed inside wording the text has verbatim ("wide range" where
    the text says "limited range"): (any word, a word new to the text), and the share of the
    claim's word triples the text has."""
    said, have = _tokens(claim), _tokens(text)
    known = {stem(w) for w in have}
    contexts: dict[tuple[str, str], set[str]] = {}
    triples = set()
    for n in range(1, len(have) - 1):
        contexts.setdefault((have[n - 1], have[n + 1]), set()).add(have[n])
        triples.add((have[n - 1], have[n], have[n + 1]))
    swapped = novel = 0
    for n in range(1, len(said) - 1):
        a, b, c = said[n - 1 : n + 2]
        middle = contexts.get((a, c))
        if (a, b, c) not in triples and middle and b not in middle:
            swapped += 1
            novel += stem(b) not in known
    own = [tuple(said[n : n + 3]) for n in range(len(said) - 2)]
    return swapped, novel, sum(1 for t in own if t in triples) / max(1, len(own))


def _content_sequence(text: str) -> list[str]:
    return [stem(w) for w in WORD.findall(text.lower()) if w not in STOP]


def lexical(claim: str, text: str, passage: str) -> dict[str, float]:
    """The signals that need no embedding, against the whole text and the aligned passage.
    Words are weighed without the claim's checkable facts (`verify.claims` checked those)."""
    words = prose(claim)
    text_stems, claim_stems = stems(text), stems(words)
    tokens, claim_tokens = set(_tokens(text)), set(_tokens(claim))
    local_tokens, local_stems = set(_tokens(passage)), stems(passage)
    sequence, own = _content_sequence(text), _content_sequence(words)
    pairs = set(zip(sequence, sequence[1:], strict=False))
    own_pairs = list(zip(own, own[1:], strict=False))
    swapped, novel_swapped, triples = _swaps(claim, text)
    return {
        "covered": coverage(words, text),
        "covered_passage": coverage(words, passage),
        "content_words": len(claim_stems),
        "new_words": sum(1 for w in claim_stems if w not in text_stems),
        "new_numbers": _absent_numbers(claim, text),
        "new_numbers_passage": _absent_numbers(claim, passage),
        "new_years_passage": sum(1 for y in set(_YEAR.findall(claim)) if y not in passage),
        "new_names": _absent_names(claim, tokens, text_stems),
        "new_names_passage": _absent_names(claim, local_tokens, local_stems),
        "new_number_words": sum(1 for w in claim_tokens & _NUMBER_WORDS if w not in tokens),
        "antonyms": _antonyms(claim_tokens, tokens),
        "antonyms_passage": _antonyms(claim_tokens, local_tokens),
        "negations": len(negations(claim)),
        "added_negations_passage": len(negations(claim) - negations(passage)),
        "dropped_negations_passage": len(negations(passage) - negations(claim)),
        "pairs_covered": sum(1 for p in own_pairs if p in pairs) / max(1, len(own_pairs)),
        "triples_covered": triples,
        "swapped_words": swapped,
        "swapped_new_words": novel_swapped,
        "text_length": math.log1p(len(text)),
        "claim_sentences": len(sentences(claim)),
    }


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def signals(alignment: Alignment, vectors: Sequence[Sequence[float]]) -> dict[str, float]:
    """Every signal, given the embeddings of `alignment.texts()` (in that order)."""
    claim, head, *candidates = vectors
    return {
        **lexical(alignment.claim, alignment.text, alignment.passage),
        "similarity": _cosine(claim, head),
        "similarity_passage": max(_cosine(claim, c) for c in candidates),
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
    gives such a value whole (of three or more words, or a distinctive one — two words, a
    digit, a hyphen — when every word of it is the records'); every other word of it is a
    word of the records it is about or a connective (`CONNECTIVES`), and none is the antonym of
    that record's ("inactive" for "active"). Its facts were checked field by field
    (`verify.claims`), so the wording around them is not weighed like prose."""
    said, tokens = normal(claim), set(_tokens(claim))
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
        values = [v for _, v in stored_values(record) if not _names_it(v, names)]
        anchored = (
            any(present(v, held) for v in own for held in values)
            or any(
                present(held, said) and (len(held.split()) >= 3 or own_words and _distinct(held))
                for held in values
            )
            or (own_words and counted is not None and unnamed == [str(counted)])
        )
        if anchored and not _antonyms(tokens, set(_tokens(evidence_text(record)))):
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
    said = _tokens(claim)
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
    clauses = (c for part in sentences(text) for c in re.split(r"[,;:]", part))
    return any(negations(c) - said and coverage(words, c) >= 0.8 for c in clauses)


SETTLED = "its facts are the cited records' values"
"""Why a claim `stated` settles is supported."""
SUPPORTED = "facts found in the cited evidence"
"""Why a claim whose facts passed and that the support score carries is supported."""


def weak_support(score: float) -> str:
    """Why a claim whose facts passed is still unsupported."""
    return f"weak support (score {score:.2f} < {threshold():.2f})"


def scores(pairs: Sequence[tuple[str, str]], embed: Embed) -> list[float]:
    """The support probability of each (claim, text), with one embedding call for all."""
    alignments = [align(claim, text) for claim, text in pairs]
    settled: list[float | None] = [
        0.0 if drops_negation(a.claim, a.text) else 1.0 if verbatim(a.claim, a.text) else None
        for a in alignments
    ]
    weigh = [a for a, known in zip(alignments, settled, strict=True) if known is None]
    batch = list(dict.fromkeys(t for a in weigh for t in a.texts()))
    vector = dict(zip(batch, embed(batch) if batch else [], strict=True))
    return [
        probability(signals(a, [vector[t] for t in a.texts()])) if known is None else known
        for a, known in zip(alignments, settled, strict=True)
    ]

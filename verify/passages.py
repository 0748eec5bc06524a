"""Where in a text a claim is read: the text's sentences (a run-on one in pieces), what the
checks need of the text computed once however many claims cite it (`read`), and the passages
that share most of the claim's words (`align`) — windows over the whole text, never a
truncated prefix. A claim is also read in parts (`clauses`, `windows`), so that the weakest of
them can be weighed against the sentences that share most of the claim's words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from verify.words import STOP, WORD, stem, stems

SIMILARITY_CHARS = 2000
"""How much of the text the embedding reads as a whole (its passages are read apart)."""
CANDIDATES = 3
"""How many passages (by shared words) the embedding compares with the claim."""
PASSAGES_MAX = 400
"""Sentences of a text that are read (a 40-page document's first 400 sentences)."""
GATHERED = 6
"""How many sentences (by shared words) the claim's word pieces are matched against."""
COMPARED = 40
"""How many sentences (by shared words) each part of the claim is compared with: every one of
a short text, and a bound on what a long one costs to embed."""

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_TOKEN = re.compile(r"[^\W_][\w'-]*")

SENTENCE_WORDS = 60
"""Run-on text (a log, a pasted table) is read in pieces of this many words."""


def sentences(text: str) -> list[str]:
    """The text's sentences and lines (the first `PASSAGES_MAX`); one longer than
    `SENTENCE_WORDS` words is read in pieces of that many."""
    found: list[str] = []
    for part in _SENTENCE.split(text):
        words = part.split()
        for n in range(0, len(words), SENTENCE_WORDS):
            piece = " ".join(words[n : n + SENTENCE_WORDS])
            if len(piece) >= 3:
                found.append(piece)
        if len(found) >= PASSAGES_MAX:
            break
    return found[:PASSAGES_MAX] or [text]


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


_CLAUSE = re.compile(
    r"[,;:()]|\s(?:and|but|while|which|who|whom|whose|that|because|although|whereas|when|where"
    r"|after|before|since|including|such as|by|with|to)\s",
    re.IGNORECASE,
)
WINDOW_WORDS = 5
"""The claim is also read in overlapping pieces of this many words, two words apart."""


def clauses(claim: str) -> list[str]:
    """The claim's clauses and phrases (split at punctuation, conjunctions, relative pronouns
    and a few prepositions) of two or more words with a content word; the claim itself when
    it has none."""
    parts = (p.strip() for p in _CLAUSE.split(claim))
    return [p for p in parts if stems(p) and len(p.split()) >= 2] or [claim]


def windows(claim: str) -> list[str]:
    """The claim's runs of `WINDOW_WORDS` words, two words apart, the last run always kept."""
    words, size = claim.split(), WINDOW_WORDS
    if len(words) <= size:
        return [claim]
    runs = [" ".join(words[n : n + size]) for n in range(0, len(words) - size + 1, 2)]
    return runs + ([" ".join(words[-size:])] if (len(words) - size) % 2 else [])


def content_sequence(text: str) -> list[str]:
    return [stem(w) for w in WORD.findall(text.lower()) if w not in STOP]


@dataclass(frozen=True)
class Reading:
    """What the signals need of a text, read once however many claims cite it."""

    parts: list[str]
    part_stems: list[set[str]]
    tokens: set[str]
    stems: set[str]
    known: set[str]
    """The stems of every token (content words or not)."""
    pairs: set[tuple[str, str]]
    """Consecutive content words (stemmed)."""
    triples: set[tuple[str, str, str]]
    contexts: dict[tuple[str, str], set[str]]
    """The words found between two words ("wide _ of" → {"range"})."""


@lru_cache(maxsize=64)
def read(text: str) -> Reading:
    parts, have, sequence = sentences(text), tokens(text), content_sequence(text)
    contexts: dict[tuple[str, str], set[str]] = {}
    for n in range(1, len(have) - 1):
        contexts.setdefault((have[n - 1], have[n + 1]), set()).add(have[n])
    return Reading(
        parts=parts,
        part_stems=[stems(p) for p in parts],
        tokens=set(have),
        stems=stems(text),
        known={stem(w) for w in have},
        pairs=set(zip(sequence, sequence[1:], strict=False)),
        triples=set(zip(have, have[1:], have[2:], strict=False)),
        contexts=contexts,
    )


@dataclass(frozen=True)
class Alignment:
    """A claim, the text it is checked against, and what the embedding compares: the claim,
    the head of the text, and the passages that share most of the claim's words."""

    claim: str
    text: str
    passage: str
    """The three-sentence window sharing most of the claim's words."""
    candidates: tuple[str, ...]
    gathered: str
    """The `GATHERED` sentences sharing most of the claim's words, in the text's order."""
    clauses: tuple[str, ...]
    windows: tuple[str, ...]
    sentences: tuple[str, ...]
    """The `COMPARED` sentences sharing most of the claim's words, which each part of the claim
    is compared with."""

    def texts(self) -> list[str]:
        """What is embedded, in this order: the claim, the text's head, the candidates, the
        claim's clauses, its windows, the compared sentences (`verify.support.signals` splits them
        again)."""
        return [
            self.claim,
            self.text[:SIMILARITY_CHARS],
            *self.candidates,
            *self.clauses,
            *self.windows,
            *self.sentences,
        ]

    def pieces(self) -> list[str]:
        """The texts whose word pieces are matched: the claim with the passage and with the
        gathered sentences."""
        return [self.claim, self.passage, self.gathered]


def align(claim: str, text: str) -> Alignment:
    reading, said = read(text), stems(claim)
    parts = reading.parts

    def shared(first: int, last: int) -> int:
        return len(said & set().union(*reading.part_stems[first : last + 1]))

    spans = [(n, n) for n in range(len(parts))] + [(n, n + 1) for n in range(len(parts) - 1)]
    ranked = sorted(range(len(spans)), key=lambda i: (-shared(*spans[i]), i))
    starts = range(max(1, len(parts) - 2))
    passage = min(starts, key=lambda n: (-shared(n, n + 2), n))
    by_shared = sorted(range(len(parts)), key=lambda n: (-shared(n, n), n))
    gathered = sorted(by_shared[:GATHERED])
    return Alignment(
        claim,
        text,
        " ".join(parts[passage : passage + 3]),
        tuple(" ".join(parts[spans[i][0] : spans[i][1] + 1]) for i in ranked[:CANDIDATES]),
        " ".join(parts[n] for n in gathered),
        tuple(clauses(claim)),
        tuple(windows(claim)),
        tuple(parts[n] for n in sorted(by_shared[:COMPARED])),
    )

"""Where in a text a claim is read: the text's sentences (a run-on one in pieces), what the
checks need of the text computed once however many claims cite it (`read`), and the passages
that share most of the claim's words (`align`) — windows over the whole text, never a
truncated prefix."""

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

    def texts(self) -> list[str]:
        return [self.claim, self.text[:SIMILARITY_CHARS], *self.candidates]

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
    windows = range(max(1, len(parts) - 2))
    passage = min(windows, key=lambda n: (-shared(n, n + 2), n))
    gathered = sorted(sorted(range(len(parts)), key=lambda n: (-shared(n, n), n))[:GATHERED])
    return Alignment(
        claim,
        text,
        " ".join(parts[passage : passage + 3]),
        tuple(" ".join(parts[spans[i][0] : spans[i][1] + 1]) for i in ranked[:CANDIDATES]),
        " ".join(parts[n] for n in gathered),
    )

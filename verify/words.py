"""Words of a claim and of a text: content words (no stopwords), light stems, the share of a
claim's words a text has, and negations."""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|-){2,}")
# fmt: off
STOP = frozenset({
    "the", "and", "for", "with", "has", "have", "that", "this", "from", "are", "was", "were",
    "its", "it's", "his", "her", "their", "there", "which", "who", "what", "when", "where",
    "how", "into", "onto", "over", "under", "about", "also", "than", "then", "them", "they",
    "you", "your", "our", "not", "but", "all", "any", "can", "will", "would", "should",
    "could", "been", "being", "does", "did", "a", "an", "of", "on", "in", "at", "to", "by",
    "is", "be", "as", "or", "if", "so"
})
# fmt: on


def content_words(text: str) -> set[str]:
    words = (w.strip("-") for w in WORD.findall(text.lower()))
    return {w for w in words if len(w) >= 3 and w not in STOP}


_NEGATORS = frozenset(
    {"no", "not", "never", "without", "none", "nothing", "neither", "nor", "lack", "lacks"}
    | {"lacking", "unable"}
    | {"nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals"}  # German
    | {"pas", "jamais", "aucun", "aucune", "rien"}  # French ("n'est pas")
    | {"nunca", "ningún", "ninguna", "ninguno", "não", "nenhum", "nenhuma"}  # Spanish, Portuguese
    | {"niet", "geen", "nooit", "non", "mai", "не", "нет", "никогда"}  # Dutch, Italian, Russian
)


def negations(text: str) -> set[str]:
    found = set()
    for token in re.findall(r"[^\W\d_][\w']*", text.lower()):
        if token.endswith("n't") or token == "cannot":
            found.add("not")
        elif token in _NEGATORS:
            found.add(token)
    return found


def stem(word: str) -> str:
    for suffix in ("ies", "es", "s", "ed", "ing", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def stems(text: str) -> set[str]:
    return {stem(w) for w in content_words(text)}


def coverage(claim: str, text: str) -> float:
    """Share of the claim's content words (stemmed) that are words of `text`."""
    words = stems(claim)
    if not words:
        return 1.0
    have = stems(text)
    return sum(1 for w in words if w in have) / len(words)


COUNTING = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
)  # fmt: skip
"""Number words a count may be written in, in order ("four servers")."""

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


_ACRONYM_PLURAL = re.compile(r"\b([A-Z]{2,})s\b")
"""An acronym's plural ("IPs", "VMs", "APIs"), read as the acronym itself."""


def content_words(text: str) -> set[str]:
    words = (w.strip("-") for w in WORD.findall(_ACRONYM_PLURAL.sub(r"\1", text).lower()))
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
ANTONYMS: dict[str, set[str]] = {}
for _pair in _ANTONYM_PAIRS.split("|"):
    _a, _b = _pair.split()
    ANTONYMS.setdefault(_a, set()).add(_b)
    ANTONYMS.setdefault(_b, set()).add(_a)
"""Words and their opposites, both ways ("increase" ↔ "decrease")."""

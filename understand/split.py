"""The parts of a question that asks several things ("ip of X and who is Y?"): each is
grounded on its own. A part that asks nothing is context for the part after it; two records
each with its own field ("summit firewall wan ip and core switch mgmt ip") are two parts.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from rapidfuzz import process
from rapidfuzz.distance import OSA

from understand import attributes, intents
from understand.cues import ASKING, ASKS_INSIDE, PERSON
from understand.field_patterns import FIXED
from understand.glossary import STOP
from understand.lexicon import QUESTION_WORDS
from understand.text import stem, words

MAX_PARTS = 6
"""Parts of one question that are answered (a longer list is cut, not a denial of service)."""

_SPLIT = re.compile(
    r"\?\s+(?=\S)|;\s*|\s+\+\s+|\s+(?:and|also|plus|,)\s+(?=(?:what|what's|whats|who|who's|whos|"
    r"whose|where|when|which|how|is|are|does|do|can)\b)|"
    r",\s*(?=(?:what|who|whose|where|when|which|how)\b)|"
    r",\s*and\s+(?=(?:the|their|its|his|her)\s)",
    re.I,
)


def split(question: str, field_words: Collection[str] = ()) -> list[str]:
    """The parts of a question that asks several things ("ip of X and who is Y?"). A part
    that asks nothing ("power cut at Fabrikam, what's the shutdown order") is context for
    the part after it; one in brackets after it qualifies the part before ("… ? (faro)")."""
    parts = [p.strip(" ?,.") for p in _SPLIT.split(question)]
    halves = [_two_asks(p, field_words) for p in parts if p]
    paired = {h for pair in halves if len(pair) == 2 for h in pair}  # each asks a field
    parts = [h for pair in halves for h in pair][:MAX_PARTS]
    place = _TRAILING_PLACE.search(parts[-1]) if len(parts) >= 2 else None
    asks_field = place is not None and (
        any(attributes.fixed(parts[-1], kind) for kind in FIXED)
        or names_a_field(parts[-1][: place.start()], field_words)
    )  # not "… apple want both for a repair booking"
    if place and asks_field:  # "fw model + firmware at the jean-talon boutique": both there
        parts = [
            f"{p} {place[0].strip()}" if len(words(p)) <= 3 and not _PLACED.search(p) else p
            for p in parts[:-1]
        ] + parts[-1:]
    out: list[str] = []
    carry = ""
    for n, part in enumerate(parts):
        if out and re.fullmatch(r"\([^()]*\)", part):  # "io ip addr? (levante faro)": where
            out[-1] = f"{out[-1]} {part}"
            continue
        asking = (
            part in paired
            or ASKING.search(part)
            or ASKS_INSIDE.search(part)  # "SYD-ESX-01 - which VMs are on it"
            or any(attributes.fixed(part, kind) for kind in FIXED)
            or re.search(r"\b(name|names)\b", part, re.I)
            and PERSON.search(part)
            or (
                n + 1 < len(parts)
                and _FIELD_ONLY.fullmatch(part)
                and _names_field(part, field_words)
            )
        )  # "SAS: IT manager's name, and the wan ip on their fortigate"; "BSD: guest ssid, and…"
        if not asking and n + 1 < len(parts) and not out:
            carry = f"{carry} {part}".strip()
            continue
        if (
            not asking
            and out
            and n + 1 == len(parts)
            and re.search(r"\?\s*[A-Za-z]+\W*$", question)
        ):
            out[-1] = f"{out[-1]} {part}"  # "pioneer supply erp server ip? eclipse": which one
            continue
        glue = next(  # "coverage level and when it runs out", "seats + when it renews"
            (g for g in (" and ", " + ") if f"{carry}{g}{part}".lower() in question.lower()), " "
        )
        out.append(f"{carry}{glue}{part}".strip() if carry else part)  # "coverage level and
        # when it runs out": one record's two asks, kept as said
        carry = ""
    return out or [question]


_JOIN = re.compile(r",?\s+(?:and|&|\+|plus)\s+", re.I)
_CLAUSE = re.compile(
    r"\b(it|its|it's|their|them|this|that|so|because|since|is|are|was|were|says?|keeps?|"
    r"shows?|stuck|can|could|should|will|would)\b",
    re.I,
)
"""Words of a sentence (a verb, a pronoun), not of a list of two records' fields."""


def _two_asks(part: str, field_words: Collection[str]) -> list[str]:
    """ "summit firewall wan ip and core switch mgmt ip", "guest wifi vlan, and corp wifi
    security": two records, each with its own field, joined by "and" (not "ip and mac of X",
    whose first half names no record)."""
    joins = list(_JOIN.finditer(part))
    if len(joins) != 1 or _CLAUSE.search(part):
        return [part]  # "pull its ip and mac so i can check…", "says 86:01 and plans are…"
    left, right = part[: joins[0].start()], part[joins[0].end() :]

    def field(word: str) -> bool:  # "securty": a field word mistyped
        base = stem(word)
        if base in field_words or intents.FIELD_ASKED.fullmatch(word):
            return True
        near = process.extractOne(base, field_words, scorer=OSA.distance, score_cutoff=1)
        return len(base) >= 5 and near is not None and len(near[0]) >= 5

    def asks(half: str) -> bool:
        said = words(half)
        fields = [w for w in said if field(w)]
        fields += [m[0] for m in intents.FIELD_ASKED.finditer(half)]
        named = [w for w in said if w not in STOP and w not in fields and w not in QUESTION_WORDS]
        return bool(fields) and bool(named)

    return [left, right] if asks(left) and asks(right) else [part]


_TRAILING_PLACE = re.compile(r"\s(?:at|for|@)\s+(?:the\s+)?[\w&'.-]+(?:\s+[\w&'.-]+){0,3}$", re.I)
_PLACED = re.compile(r"\s(?:at|for|@|in|on|of)\s", re.I)
"""A place said once at the end of several short asks, and an ask that already has one."""
_FIELD_ONLY = re.compile(r"[\w&' ]+:\s*[\w' ]{1,40}", re.I)
"""A part shaped "<name>: <a field or two>" ("BSD: guest ssid")."""


def _names_field(part: str, field_words: Collection[str]) -> bool:
    """Whether the words after the colon name a field of the account's asset types."""
    return names_a_field(part.split(":", 1)[1], field_words)


def names_a_field(text: str, field_words: Collection[str]) -> bool:
    """Whether a word of the text is a word of the account's trait names."""
    return any(stem(w) in field_words for w in words(text))

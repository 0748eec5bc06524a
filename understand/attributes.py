"""Which field a question asks for, in the words engineers use.

Configuration, contact, location and password fields are IT Glue's own (fixed); flexible asset
traits are defined per account, so they are matched against the trait names of the asset's own
type (with synonyms: "renew" finds "Renewal date", "who issued" finds "Issuer").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.models import FlexibleAssetField, RecordType
from understand.field_patterns import FIXED, SYNONYMS
from understand.glossary import ABBREVIATIONS
from understand.text import stem, words


@dataclass(frozen=True)
class Attribute:
    key: str
    """The field: `primary_ip`, `email`, or `trait:<name_key>` for a flexible asset trait."""
    label: str
    """How an answer names it."""


_TRIVIAL = frozenset(
    {"name", "on", "date", "of", "the", "and", "for", "to", "in", "at", "by", "with", "from"}
    | {"per", "a", "an", "or", "is"}
)
"""Words of a field's name that say nothing of it ("Used For" is not asked by every "for")."""


_PLACE_ONLY = re.compile(r"(office|site|hq|branch)\W*", re.I)
_INSTALL_DATE = re.compile(r"install(ation)? date|\bwhen (was|were|did)\b.{0,40}\binstall", re.I)
_SOFTWARE = r"(software|apps?|applications?|programs?)"
_INSTALLED = (  # "what <word> is installed", "software installed", "installed apps"
    r"\bwhat(?:'?s| is| are)? ({what} )?(is |are )?installed\b(?! (on|at|in) \d)|"
    rf"\b{_SOFTWARE} (is |are )?installed\b|\binstalled {_SOFTWARE}\b"
)
_WHAT_INSTALLED = re.compile(_INSTALLED.format(what=r"[\w-]+"), re.I)
"""What is installed on a device: its software, not the day it was installed."""
_SOFTWARE_ASKED = re.compile(
    _INSTALLED.format(what=_SOFTWARE)
    + rf"|\bwhat {_SOFTWARE} (does|do|is|are) \S+( \S+)? (run|running|have|has)\b",
    re.I,
)
"""The software a device has: its OS notes ("Philips SpeechExec Enterprise 11.5") and notes."""


def fixed(question: str, kind: RecordType) -> list[Attribute]:
    """The fixed fields of `kind` that the question asks for, in the order it names them."""
    found = []
    for key, label, pattern in FIXED.get(kind, []):
        match = pattern.search(question)
        if match:
            found.append((match.start(), Attribute(key, label)))
    if kind is RecordType.CONFIGURATION:
        keys = {a.key for _, a in found}
        if "public_ip" in keys:  # "WAN IP" is the public IP, not also the primary one
            found = [(p, a) for p, a in found if a.key != "primary_ip"]
        if "warranty_expires_at" in keys and not _INSTALL_DATE.search(question):
            found = [(p, a) for p, a in found if a.key != "installed_at"]  # "the warranty
            # of the NAS installed at the clinic"; "install date and warranty end": both
        if _WHAT_INSTALLED.search(question) and not _INSTALL_DATE.search(question):
            found = [(p, a) for p, a in found if a.key != "installed_at"]
        software = _SOFTWARE_ASKED.search(question)
        if software and not _INSTALL_DATE.search(question):
            found = [(p, a) for p, a in found if a.key not in ("operating_system_notes", "notes")]
            found += [
                (software.start(), Attribute("operating_system_notes", "installed software")),
                (software.start(), Attribute("notes", "notes")),
            ]
        if len(found) > 1:
            found = [(p, a) for p, a in found if a.key != "configuration_type"]
    if kind is RecordType.CONTACT and any(a.key == "mobile" for _, a in found):
        found = [(p, a) for p, a in found if a.key != "phone"]  # "a cell number": the mobile
    if (
        kind is RecordType.LOCATION
        and any(a.key in ("notes", "address_2") for _, a in found)
        and _PLACE_ONLY.fullmatch(
            question[found[0][0] :].split()[0] if found[0][1].key == "address" else ""
        )
    ):
        found = [(p, a) for p, a in found if a.key != "address"]  # "access notes for the
        # pinecrest office": the notes; "office" names the place, it does not ask where
    return [a for _, a in sorted(found, key=lambda pair: pair[0])]


def _stems(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


GENERIC_FIELD_WORDS = frozenset(
    {"name", "date", "number", "phone", "type", "notes", "note", "status", "id", "on", "of"}
    | {"server", "servers", "product", "vendor", "version", "support", "contact", "count"}
    | {"used", "last", "provider", "expires", "renewal", "application", "device", "devices"}
    | {"run", "runs", "running", "ran", "successful", "on", "at", "what", "which", "who"}
    | {"email", "mail", "phone", "licence", "license", "account", "user", "users"}
)
"""Field words too common across types to say which type a question is about."""


def traits(
    question_words: list[str],
    fields: tuple[FlexibleAssetField, ...],
    expiring: bool,
    strict: bool = False,
) -> list[Attribute]:
    """Trait fields of an asset type that the question asks for: the field whose name shares
    the most (stemmed, synonym-expanded) words with the question; an expiry question also
    asks for the type's expiration field."""
    asked: set[str] = set()
    for w in question_words:
        if strict:
            if w not in GENERIC_FIELD_WORDS and len(w) >= 3:
                asked.add(stem(w))
            continue
        asked.add(stem(w))
        asked.update(stem(s) for s in SYNONYMS.get(w, ()))
        asked.update(stem(s) for s in ABBREVIATIONS.get(w, ()) if len(ABBREVIATIONS[w]) <= 3)
    if strict:
        asked -= {stem(w) for w in GENERIC_FIELD_WORDS}
    scored: list[tuple[float, int, FlexibleAssetField]] = []
    generic = {stem(w) for w in GENERIC_FIELD_WORDS}
    for n, f in enumerate(fields):
        if strict:  # a type is chosen by the words of its field names that are its own
            own = {stem(w) for w in words(f.name)} - generic - _TRIVIAL
            if own and own <= asked:
                scored.append((float(len(own)) + 1.0, n, f))
            continue
        names = [s for s in _stems(f"{f.name} {f.name_key}") if s not in _TRIVIAL] or _stems(f.name)
        names = list(dict.fromkeys(names))
        hits = sum(1 for s in names if s in asked or any(_prefix(s, a) for a in asked))
        if hits:
            scored.append((hits / len(names) + hits, n, f))
        elif expiring and f.expiration:
            scored.append((0.5, n, f))
    if not scored:
        return []
    best = max(s for s, _, _ in scored)
    full = [
        f
        for s, _, f in sorted(scored, key=lambda t: t[1])
        if (s >= 2.0 and s % 1 == 0) or _own_named(f, asked, generic)
    ]
    chosen = full or [f for s, _, f in sorted(scored, key=lambda t: t[1]) if s >= best - 1e-9]
    if not _BOTH.intersection(question_words):
        chosen = _most_specific(chosen, asked)
    if expiring and "when" in question_words:  # "when does the sonicwall support contract
        chosen += [f for f in fields if f.expiration and f not in chosen]  # run out"
    dated = [f for f in chosen if f.kind == "Date"]
    when = "when" in question_words and not {"who", "which", "what", "and"} & set(question_words)
    if when and dated:  # "when was it last backed up": "Last Backup",
        chosen = dated  # not "Backed Up By"
    elif when:
        dated = [f for s, _, f in sorted(scored, key=lambda t: t[1]) if f.kind == "Date" and s >= 1]
        chosen = dated or chosen
    return [Attribute(f"trait:{f.name_key}", f.name) for f in chosen]


_BOTH = frozenset(
    ["and", "vs", "versus", "total", "out", "free", "left", "spare", "both", "unassigned"]
    + ["unused", "available", "remaining", "assigned"]
)
"""Words that ask for a field next to its narrower one ("seats used out of seats")."""


def _most_specific(chosen: list[FlexibleAssetField], asked: set[str]) -> list[FlexibleAssetField]:
    """ "how many seats are being used": "Seats used", not also "Seats" (whose words are
    all in it)."""
    own = {f.name_key: {stem(w) for w in words(f.name)} - _TRIVIAL for f in chosen}
    return [
        f
        for f in chosen
        if not any(
            own[f.name_key] < own[g.name_key] and all(_said(w, asked) for w in own[g.name_key])
            for g in chosen
            if own[f.name_key]
        )
    ]


def _said(word: str, asked: set[str]) -> bool:
    """The word or its root was asked ("in use" says "used")."""
    return word in asked or any(
        len(a) >= 3 and word.startswith(a) and len(word) - len(a) <= 2 for a in asked
    )


def _own_named(f: FlexibleAssetField, asked: set[str], generic: set[str]) -> bool:
    """Every word of the field's name that is its own (not "licence", "name") is asked."""
    own = {stem(w) for w in words(f.name)} - generic - _TRIVIAL
    return bool(own) and own <= asked


def _prefix(a: str, b: str) -> bool:
    """Words that share a stem of five letters or more ("renew" and "renewal")."""
    n = min(len(a), len(b))
    return n >= 5 and a[:5] == b[:5] and (a.startswith(b) or b.startswith(a))


def spelled_out(question_words: list[str], fields: tuple[FlexibleAssetField, ...]) -> bool:
    """Whether the question has every word of a field named by three or more words of its own
    ("FCC call sign"): that field is asked, whatever record another of its words names."""
    have = {stem(w) for w in question_words}
    generic = {stem(w) for w in GENERIC_FIELD_WORDS}
    for f in fields:
        own = {stem(w) for w in words(f.name)} - generic - _TRIVIAL
        if len(own) >= 3 and own <= have:
            return True
    return False


def fully_named(question_words: list[str], fields: tuple[FlexibleAssetField, ...]) -> bool:
    """Whether the question spells out all the words of a field's name ("name servers",
    "circuit ID"): then "servers" there is the field, not a device."""
    have = {stem(w) for w in question_words}
    for f in fields:
        names = {stem(w) for w in words(f.name)} - {"of", "the", "and", "on"}
        if len(names) >= 2 and names <= have:
            return True
    return False

"""Checking one claim against the evidence it cites.

Checkable facts (`verify.facts`: IPv4 and MAC addresses, emails, URLs, dates, versions,
identifiers, domain names and numbers) must appear, normalized and as whole tokens (never
inside a longer IP, serial or number), in the cited records the claim is about (`subjects`: the
records it names, plus cited records of other kinds), not merely somewhere in what it cites. A
value in plain words fails when it is, whole, another cited record's value of a field (the
other server's operating system) that the subject does not hold. A negation the cited text
never uses (`no`, `not`, `never`, `without`, `lack`, …) marks a flipped meaning and fails the
claim. Then the claim needs support from the cited text as a whole: `verify.support` weighs
that.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.models import Evidence
from verify.facts import (
    NUMBER,
    cited_text,
    evidence_text,
    facts,
    normal,
    present,
)
from verify.words import COUNTING, STOP, negations


def names_of(item: Evidence) -> set[str]:
    """How a claim names the record: its title and, for a device, its name and hostname."""
    found = {item.title}
    for key in ("name", "hostname"):
        value = item.fields.get(key)
        if isinstance(value, str):
            found.add(value)
    return {normal(n).strip() for n in found if n and len(n.strip()) >= 3}


_IDENTIFYING = frozenset({"ip", "mac", "email", "identifier"})


def _parts(item: Evidence) -> set[str]:
    """The distinctive parts of a record's names: letters with digits, four or more ("dc01")."""
    pieces = {p for n in names_of(item) for p in re.split(r"[-_.\s]+", n)}
    return {p for p in pieces if len(p) >= 4 and re.search(r"[^\W\d_]", p) and re.search(r"\d", p)}


def subjects(claim: str, cited: Sequence[Evidence]) -> list[Evidence]:
    """The cited records a claim is about: those it names (by a name, else by a distinctive
    part of one, else by an identifying value it gives: an IP, MAC, email or serial). A fact
    of the claim must come from one of them — or from a cited record of another kind (a
    device's location, its contact) — never from another record of the same kind that was
    merely cited beside it."""
    said = normal(claim)
    named = [e for e in cited if any(present(n, said) for n in names_of(e))]
    if not named:  # a short name ("DC01" of ACME-DC01)
        named = [e for e in cited if any(present(p, said) for p in _parts(e))]
    if not named:  # an identifying value ("the server at 10.7.10.15")
        held = [v for kind, v in facts(claim) if kind in _IDENTIFYING]
        named = [e for e in cited if any(present(v, x) for v in held for _, x in stored_values(e))]
    if not named or len(named) == len(cited):
        return list(cited)
    kinds = {e.record_type for e in named}
    return [e for e in cited if e in named or e.record_type not in kinds]


def listed_count(claim: str, cited: Sequence[Evidence]) -> int | None:
    """How many cited records the claim lists after its colon ("… 3 servers: A, B and C"),
    when everything it lists is a cited record; else None."""
    head, colon, tail = claim.partition(":")
    if not colon or not cited:
        return None
    items = [i.strip(" .;") for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", tail) if i.strip(" .;")]
    names = [n for e in cited for n in names_of(e)]
    if items and all(any(present(n, normal(i)) for n in names) for i in items):
        return len(items)
    return None


def field_values(value: object, key: str = "") -> list[tuple[str, str]]:
    """(field name, normalized text) of every leaf of a record's fields. A list's items keep
    the name of the field they sit under; a trait (`{"name", "value"}`) is named by its name."""
    if isinstance(value, dict):
        label = value.get("name") or value.get("label")
        if "value" in value and isinstance(label, str):
            return field_values(value["value"], label)
        return [pair for k, v in value.items() for pair in field_values(v, str(k))]
    if isinstance(value, list):
        return [pair for v in value for pair in field_values(v, key)]
    if value is None or isinstance(value, bool):
        return []
    return [(key, normal(str(value)))]


_ID_KEY = re.compile(r"(?:^|_)ids?$")
"""Fields holding the stores' own ids (organization_id): never what a claim states."""


def stored_values(item: Evidence) -> list[tuple[str, str]]:
    """(field, value) of what a record states: every named field but the stores' ids."""
    return [(k, v) for k, v in field_values(item.fields) if k and not _ID_KEY.search(k)]


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower().replace("_", " ")) if w not in STOP}


def _same_word(a: str, b: str) -> bool:
    """Equal, or one the other's stem ("expires" and "expiry", "purchased" and "purchase")."""
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 5 and longer.startswith(shorter[: max(5, len(shorter) - 2)])


_SPELLED = {"os": {"operating", "system"}, "sn": {"serial", "number"}, "fw": {"firmware"}}
"""Abbreviations a claim uses for the words of a field's name ("OS notes")."""


def _names_field(claim_words: set[str], key: str) -> bool:
    """Whether the claim names this field: every word of its name is a word of the claim."""
    words = _words(key)
    said = claim_words | {w for a in claim_words & _SPELLED.keys() for w in _SPELLED[a]}
    return bool(words) and all(any(_same_word(w, c) for c in said) for w in words)


def names_field(claim: str, key: str) -> bool:
    """Whether the claim names the field `key` ("has manufacturer Dell" names `manufacturer`)."""
    return _names_field(_words(claim), key)


_LIKE_FIELDS = frozenset({"date", "ip", "mac", "email", "url"})


def _named_by_own_word(
    said: set[str], pairs: Sequence[tuple[str, str]], found: Sequence[tuple[str, str]]
) -> set[str]:
    """Fields holding a kind of fact the claim gives that records keep in several like fields
    (warranty, installation and purchase dates; primary and public IPs), named by a word no
    other field has: "under warranty until <date>" names the warranty's expiry."""
    kinds = {kind for kind, _ in found if kind in _LIKE_FIELDS}
    words = {k: _words(k) for k, _ in pairs}
    out = set()
    for key, value in pairs if kinds else ():
        others = {w for k, ws in words.items() if k != key for w in ws}
        own = {w for w in words[key] if not any(_same_word(w, o) for o in others)}
        fits = kinds & {k for k, _ in facts(value)}
        if fits and any(_same_word(w, c) for w in own for c in said):
            out.add(key)
    return out


def _wrong_field(
    claim: str, found: Sequence[tuple[str, str]], records: Sequence[Evidence], listed: int | None
) -> str | None:
    """A fact the claim puts in one field that its record holds in another (the public IP
    given as the primary one, the purchase date as the warranty's): when the claim names a
    field the record has (every word of its name, or for a date or an address a word only it
    has) and does not state that field's value, a value it gives must be that field's, not
    another's. (A claim that states the named field's value may add others: an address with
    its postal code.)"""
    said, text = _words(claim), normal(claim)
    for item in records:
        pairs = stored_values(item)
        named = {k for k, _ in pairs if _names_field(said, k)}
        named |= _named_by_own_word(said, pairs, found)
        if not named:
            continue
        if any(present(v, text) for k, v in pairs if k in named):
            continue  # it states the named field's value
        counted = {k: v for k, v in pairs if k in named and NUMBER.fullmatch(v)}
        names = names_of(item)
        for kind, value in found:
            if kind in ("identifier", "domain") or any(present(value, n) for n in names):
                continue  # a part of the record's name names the record, not a field of it
            if kind == "number" and value == str(listed):
                continue  # the count of what the claim lists
            holders = {k for k, v in pairs if present(value, v)}
            if holders and not holders & named:
                held, field = (sorted(k)[0].replace("_", " ") for k in (holders, named))
                return f"{kind} {value} is the record's {held}, not its {field}"
            if kind == "number" and counted and value not in counted.values():
                field, real = sorted(counted.items())[0]
                return f"the record's {field.replace('_', ' ')} is {real}, not {value}"
    return None


_SPECIFIC_WORDS = 3
"""Words that make a value one record's own where its field is not named ("Virtual Machine":
words any claim may use; "Microsoft Hyper-V Server 2022": that server's)."""


def _borrowed(claim: str, records: Sequence[Evidence], cited: Sequence[Evidence]) -> str | None:
    """A value the claim gives its subject that is, whole, the value of a field of another cited
    record of the same kind and that the subject's records never hold (the other server's
    operating system, which words and a shared year do not tell apart): the claim must name
    that field or the value be specific, and not also state the subject's own value of the
    field (a comparison). Facts are checked elsewhere; this catches values in plain words."""
    kinds = {e.record_type for e in records}
    others = [e for e in cited if e not in records and e.record_type in kinds]
    if not others:
        return None
    text, said, own = normal(claim), _words(claim), cited_text(records)
    mine = [pair for item in records for pair in field_values(item.fields)]
    for item in others:
        for key, value in field_values(item.fields):
            if not key or _ID_KEY.search(key) or present(value, own) or not present(value, text):
                continue
            if len(value.split()) < _SPECIFIC_WORDS and not _names_field(said, key):
                continue
            if any(k == key and present(v, text) for k, v in mine):
                continue  # it states the subject's own value beside the other's
            return f"{key.replace('_', ' ')} {value!r} is that of {item.title}, another record"
    return None


_COUNTED = re.compile(r"\b(\d+)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*$", re.I)
"""The number that counts what a claim lists: the last one before its colon ("has 3 printers")."""


def _miscount(claim: str, listed: int | None) -> str | None:
    """A claim that counts the list it gives ("… has 3 printers: A, B") must count it right."""
    said = _COUNTED.search(claim.partition(":")[0])
    if listed is not None and said and int(said[1]) != listed:
        return f"says {said[1]} but lists {listed}"
    return None


_COUNT = re.compile(
    r"(?<![\w.])(\d+|" + "|".join(COUNTING) + r")\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})",
    re.I,
)
"""A number and the words after it: "6 servers", "four Windows servers", "30 daily restore
points" (the counted noun is the last word before a stopword, and plural)."""


def _counted(claim: str) -> list[tuple[str, str, str]]:
    """(number as digits, as written, the words it counts) of every count in the claim."""
    out = []
    for match in _COUNT.finditer(claim):
        words = []
        for word in match[2].lower().split():
            if word in STOP:
                break
            words.append(word)
        if words and words[-1].endswith("s") and not words[-1].endswith("ss"):
            number = match[1].lower()
            digits = str(COUNTING.index(number) + 1) if number in COUNTING else number
            out.append((digits, number, " ".join(words)))
    return out


def _uncounted(claim: str, records: Sequence[Evidence], listed: int | None) -> str | None:
    """A count of structured records ("has 6 servers", "four servers") must be one the
    evidence carries: the length of the list the claim gives, a count field the claim names
    (the stores' COUNT by type: "servers" names "Server"), a field value with the same words
    (a retention of "30 daily restore points"), or the same words in the cited text — never a
    number that merely occurs in a record (an id, a rack row), nor the number of citations.
    Counts in prose evidence are weighed as prose."""
    if not any(e.fields for e in records):
        return None
    said = _words(claim)
    pairs = [pair for e in records for pair in stored_values(e)]
    texts = [evidence_text(e) for e in records]
    for number, written, counted in _counted(claim):
        phrase = f"{number} {counted}"
        if listed is not None and int(number) == listed:
            continue  # a list counts itself (`_miscount`)
        if any(v == number and _names_field(said, k) for k, v in pairs):
            continue
        said_as = {phrase, f"{written} {counted}"}  # "3 clinics" or "three clinics"
        if any(present(p, t) for p in said_as for t in [*texts, *(v for _, v in pairs)]):
            continue
        return f"counts {phrase}, which no cited count or list gives"
    return None


def _missing_facts(
    found: Sequence[tuple[str, str]], texts: Sequence[str], listed: int | None
) -> list[str]:
    """Facts of the claim that no text of the records it may draw on contains as a token. A
    number may also be the count of cited records the claim itself lists — never merely the
    number of its citations."""
    return [
        f"{kind} {value}"
        for kind, value in found
        if not any(present(value, text) for text in texts)
        and not (kind == "number" and listed is not None and value == str(listed))
    ]


_FROM_TO = re.compile(r"\bfrom\s+([^\s,;]+)\s+to\s+([^\s,;]+)", re.I)
_ARROW = re.compile(r"([^\s,;]+)\s*(?:→|->)\s*([^\s,;]+)")


def _transitions(text: str) -> set[tuple[str, str]]:
    """Every "from A to B" and "A → B" of a text, as (a, b) normalized."""
    out = set()
    for pattern in (_FROM_TO, _ARROW):
        for a, b in pattern.findall(normal(text)):
            a, b = a.strip(".:()\"'"), b.strip(".:()\"'")
            if a and b and a != b:
                out.add((a, b))
    return out


def _reversed(claim: str, text: str) -> str | None:
    """A change told backwards: the claim goes from A to B where the text goes only from B to
    A ("changed from 10.7.10.10 to 10.7.10.9" when the log says 10.7.10.9 → 10.7.10.10)."""
    said = _transitions(text)
    for a, b in sorted(_transitions(claim)):
        if (b, a) in said and (a, b) not in said:
            return f"the cited evidence has it from {b} to {a}, not from {a} to {b}"
    return None


def _added_negations(claim: str, text: str) -> list[str]:
    """Negations in the claim that the cited text never uses: a flipped meaning, not a quote."""
    return sorted(negations(claim) - negations(text))


def rejection(
    claim: str, cited: Sequence[Evidence] | str, about: Sequence[Evidence] | None = None
) -> str | None:
    """Why the claim fails against what it cites before any support is weighed, or None: a
    checkable fact that the records it is about do not hold as a whole token (or that another
    of their fields holds, or a count that miscounts its list), or a negation they never use.
    `cited` is the cited records, or plain source text; `about` the claim's `subjects` among
    them, when the caller has them already."""
    found = facts(claim)
    if isinstance(cited, str):
        source = normal(cited)
        texts, whole, records, listed = [source], source, [], None
    else:
        records = list(about) if about is not None else subjects(claim, cited)
        texts = [evidence_text(e) for e in records]
        whole, listed = cited_text(cited), listed_count(claim, cited)
    missing = _missing_facts(found, texts, listed)
    if missing:
        return "not in the cited evidence: " + ", ".join(missing)
    misplaced = (
        (
            _miscount(claim, listed)
            or _uncounted(claim, records, listed)
            or _wrong_field(claim, found, records, listed)
            or _borrowed(claim, records, cited)
        )
        if records and not isinstance(cited, str)
        else None
    )
    if misplaced:
        return misplaced
    backwards = _reversed(claim, whole)
    if backwards:
        return backwards
    flipped = _added_negations(claim, whole)
    if flipped:
        return "a negation the cited evidence does not have: " + ", ".join(flipped)
    return None

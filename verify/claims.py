"""Checking one claim against the evidence it cites.

Checkable facts — IPv4 and MAC addresses, emails, URLs, dates, versions, identifiers (serials,
hostnames, device names: tokens mixing letters and digits, or six or more capitals), domain
names and numbers — must appear, normalized and as whole tokens (never inside a longer IP,
serial or number), in the cited records the claim is about (`subjects`: the records it names,
plus cited records of other kinds), not merely somewhere in what it cites. A value in plain
words fails when it is, whole, another cited record's value of a field (the other server's
operating system) that the subject does not hold. A negation the cited text never uses (`no`,
`not`, `never`, `without`, `lack`, …) marks a flipped meaning and fails the claim. Then the
claim needs support from the cited text as a whole: `verify.support` weighs that.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import datetime

from core.models import Evidence
from verify.words import STOP, negations

_MAC = re.compile(r"\b[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}\b")
_IP = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_URL = re.compile(r"\b(?:https?|ssh|ftp)://[^\s\])>,]+", re.I)
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_TEXT_DATE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}\b"
)
_VERSION = re.compile(r"(?<![\w.])\d+(?:\.\d+){1,3}(?!\w)(?!\.\d)")
_DOMAIN = re.compile(r"\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|local|lan|example|us|edu)\b", re.I)
_IDENT = re.compile(r"\b(?=[\w.-]*[A-Za-z])(?=[\w.-]*\d)[A-Za-z0-9_]+(?:[-.][A-Za-z0-9_]+)*\b")
_CAPS = re.compile(r"\b[A-Z][A-Z0-9]{5,}\b")
"""All-capital tokens of six or more characters: serials and tags without digits (MXLNYDPRVS)."""
_NUMBER = re.compile(r"(?<![\w.:/-])\d+(?:\.\d+)?(?![\w:/-])(?!\.\w)")
"""A number standing alone (it may end a sentence: "… Server 2019.")."""


def normal(text: str) -> str:
    text = _MAC.sub(lambda m: m[0].lower().replace("-", ":"), text)
    return text.lower()


def facts(text: str) -> list[tuple[str, str]]:
    """(kind, normalized value) of every checkable fact in a claim."""
    return _scan(text)[0]


def prose(text: str) -> str:
    """A claim without its checkable facts: the words left to weigh as support."""
    return _scan(text)[1]


def _scan(text: str) -> tuple[list[tuple[str, str]], str]:
    out: list[tuple[str, str]] = []
    rest = text
    for kind, pattern in (
        ("url", _URL),
        ("email", _EMAIL),
        ("mac", _MAC),
        ("ip", _IP),
        ("date", _ISO_DATE),
        ("date", _TEXT_DATE),
        ("version", _VERSION),
        ("domain", _DOMAIN),
        ("identifier", _IDENT),
        ("identifier", _CAPS),
        ("number", _NUMBER),
    ):
        for match in pattern.findall(rest):
            value = match if isinstance(match, str) else match[0]
            if kind == "date" and not value[0].isdigit():
                try:
                    parsed = datetime.strptime(value.replace(",", "").replace(".", ""), "%b %d %Y")
                except ValueError:
                    parsed = datetime.strptime(value.replace(",", ""), "%B %d %Y")
                value = parsed.date().isoformat()
            out.append((kind, normal(value).rstrip(".")))
        rest = pattern.sub(" ", rest)
    return out, rest


def evidence_text(item: Evidence) -> str:
    """One cited record as the fact checks read it: title, text and fields, normalized."""
    return normal("\n".join((item.title, item.text, json.dumps(item.fields, default=str))))


def cited_text(items: Sequence[Evidence]) -> str:
    return "\n".join(evidence_text(e) for e in items)


_TOKEN_CHAR = r"[a-z0-9_]"


def present(value: str, text: str) -> bool:
    """Whether `value` is a whole token of `text`: never part of a longer IP, serial, name or
    number ("10.7.10.1" is not in "10.7.10.15", "8" not in "85", "5cg1234xy" not in
    "5cg1234xyz"). A value may end a sentence ("… 10.7.10.1.") but no number continues it
    ("2.1" is not in "2.1.3"); a part of a hyphenated or dotted name is a token of it ("dc01"
    of "acme-dc01", an address before its ":port")."""
    if not value:
        return True
    before = r"(?<!\d\.)" if value[0].isdigit() else ""
    after = r"(?!\.\d)" if value[-1].isdigit() else ""
    pattern = rf"(?<!{_TOKEN_CHAR}){before}{re.escape(value)}(?!{_TOKEN_CHAR}){after}"
    return re.search(pattern, text) is not None


def names_of(item: Evidence) -> set[str]:
    """How a claim names the record: its title and, for a device, its name and hostname."""
    found = {item.title}
    for key in ("name", "hostname"):
        value = item.fields.get(key)
        if isinstance(value, str):
            found.add(value)
    return {normal(n).strip() for n in found if n and len(n.strip()) >= 3}


def subjects(claim: str, cited: Sequence[Evidence]) -> list[Evidence]:
    """The cited records a claim is about: those it names. A fact of the claim must come from
    one of them — or from a cited record of another kind (a device's location, its contact) —
    never from another record of the same kind that was merely cited beside it."""
    said = normal(claim)
    named = [e for e in cited if any(present(n, said) for n in names_of(e))]
    if not named or len(named) == len(cited):
        return list(cited)
    kinds = {e.record_type for e in named}
    return [e for e in cited if e in named or e.record_type not in kinds]


def _listed(claim: str, cited: Sequence[Evidence]) -> int | None:
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
        pairs = [(k, v) for k, v in field_values(item.fields) if k and not _ID_KEY.search(k)]
        named = {k for k, _ in pairs if _names_field(said, k)}
        named |= _named_by_own_word(said, pairs, found)
        if not named:
            continue
        if any(present(v, text) for k, v in pairs if k in named):
            continue  # it states the named field's value
        counted = {k: v for k, v in pairs if k in named and _NUMBER.fullmatch(v)}
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


_COUNT = re.compile(r"(?<![\w.])(\d+)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\b(?!\.\d)")
"""A number counting things: "6 servers", "3 access points", "30 daily restore points"."""


def _uncounted(claim: str, records: Sequence[Evidence], listed: int | None) -> str | None:
    """A count ("has 6 servers") must be one the evidence carries: the length of the list the
    claim gives, a value of a cited record's field (the stores' COUNT, a retention of "30
    daily restore points"), or the same words in the cited text — never a number that merely
    occurs somewhere in it, and never the number of citations."""
    values = [v for e in records for _, v in field_values(e.fields)]
    for match in _COUNT.finditer(claim):
        number, phrase = match[1], normal(match[0])
        if STOP & set(match[2].split()) or (listed is not None and int(number) == listed):
            continue  # "Prophet 21 has …" counts nothing; a list counts itself (`_miscount`)
        if any(v == number or present(phrase, v) for v in values):
            continue
        if not any(present(phrase, evidence_text(e)) for e in records):
            return f"counts {match[0]}, which no cited count or list gives"
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


def _added_negations(claim: str, text: str) -> list[str]:
    """Negations in the claim that the cited text never uses: a flipped meaning, not a quote."""
    return sorted(negations(claim) - negations(text))


def rejection(claim: str, cited: Sequence[Evidence] | str) -> str | None:
    """Why the claim fails against what it cites before any support is weighed, or None: a
    checkable fact that the records it is about do not hold as a whole token (or that another
    of their fields holds, or a count that miscounts its list), or a negation they never use.
    `cited` is the cited records, or plain source text."""
    found = facts(claim)
    if isinstance(cited, str):
        source = normal(cited)
        texts, whole, records, listed = [source], source, [], None
    else:
        records = subjects(claim, cited)
        texts = [evidence_text(e) for e in records]
        whole, listed = cited_text(cited), _listed(claim, cited)
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
    flipped = _added_negations(claim, whole)
    if flipped:
        return "a negation the cited evidence does not have: " + ", ".join(flipped)
    return None

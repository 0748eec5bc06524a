"""Records a question names exactly: by name, hostname, the name without its organization's
prefix, run-together forms, IP, MAC, serial, asset tag or email, and by names one letter off
with the same numbers ("SBFC-KOISK-01"). An identifier, address or hyphenated name that matches
nothing in reach is reported, so the answer says what was not found.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from rapidfuzz import process
from rapidfuzz.distance import OSA

from core.models import RecordType
from understand.catalog import Catalog, Entry
from understand.glossary import ABBREVIATIONS, STOP
from understand.intents import HOWTO
from understand.text import (
    EMAIL,
    HOSTNAME,
    IDENTIFIER,
    IPV4,
    MAC,
    dezero,
    mac_key,
    squash,
    stem,
    words,
)

HYPHENATED = re.compile(r"\b[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\b")
"""Names written with hyphens: CHS-VM-POS, Firewall-Bauhof."""


def by_key(
    catalog: Catalog,
    question: str,
    tokens: list[str],
    orgs: Sequence[int],
    allowed: Collection[int],
    kinds: Collection[RecordType],
) -> tuple[list[Entry], str, set[str], list[str]]:
    """Records the question names exactly: (entries, how, words used, identifiers that
    matched nothing)."""
    reach = set(orgs) if orgs else set(allowed)
    candidates: dict[str, set[str]] = {}
    for ip in IPV4.findall(question):
        candidates[ip] = set(words(ip))
    for mac in MAC.findall(question):
        candidates[mac_key(mac)] = set(words(mac))
    for email in EMAIL.findall(question):
        candidates[email.lower()] = set(words(email))
    identifiers = [m for m in IDENTIFIER.findall(question) if not IPV4.fullmatch(m)]
    for host in HOSTNAME.findall(question):
        if not IPV4.fullmatch(host):
            candidates[squash(host)] = set(words(host))
            label = host.split(".", 1)[0]  # acme-dc01.acme.local: the host acme-dc01
            candidates.setdefault(squash(label), set(words(host)))
    for ident in identifiers:
        candidates[squash(ident)] = set(words(ident))
        candidates[dezero(squash(ident))] = set(words(ident))
    for size in range(
        1, 7
    ):  # names of up to six words ("Bitdefender GravityZone Business Security")
        for start in range(len(tokens) - size + 1):
            gram = tokens[start : start + size]
            if size == 1 and (gram[0] in STOP or len(gram[0]) < 3):
                continue
            candidates.setdefault("".join(gram), set(gram))
            candidates.setdefault(dezero("".join(gram)), set(gram))

    def pick(table: dict[str, list[int]]) -> tuple[list[Entry], set[str]]:
        said: dict[int, set[str]] = {}
        for key, gram in candidates.items():
            for idx in table.get(key, ()):
                entry = catalog.entries[idx]
                if entry.organization_id in reach and (
                    entry.kind in kinds or entry.kind is RecordType.CONFIGURATION
                ):
                    said.setdefault(idx, set()).update(gram)
        longest = [  # "epicor kinetic subscription": the licence so named, not also the
            idx  # application named "Epicor Kinetic" by two of its words
            for idx, gram in said.items()
            if not any(gram < other for other in said.values())
        ]
        used = {w for idx in longest for w in said[idx]}
        return [catalog.entries[idx] for idx in longest], used

    found, used = pick(catalog.keys)
    how = "key"
    if not found:
        found, used = pick(catalog.suffix_keys)
        how = "suffix"
    near: set[str] = set()
    if not found:  # "SBFC-KOISK-01", "bsd xary01": a letter typo of a name, same numbers
        for ident in dict.fromkeys([*identifiers, *tokens]):
            for key in _near_keys(catalog, squash(ident)):
                for table in (catalog.keys, catalog.suffix_keys):
                    for idx in table.get(key, ()):
                        entry = catalog.entries[idx]
                        if entry.organization_id in reach and entry.kind in kinds:
                            found.append(entry)
                            used |= set(words(ident))
                            near.add(ident)
        found = list(dict.fromkeys(found))
        how = "key" if found else how
    unresolved = []
    house = {w for o in reach for w in catalog.house_words.get(o, ())}
    for name in HYPHENATED.findall(question) if house and not found else ():
        prefix, key = name.split("-", 1)[0].lower(), squash(name)
        if prefix not in house or key in catalog.keys:
            continue
        close = process.extract(
            key, catalog.house_keys.get(prefix, []), scorer=OSA.distance, score_cutoff=1
        )  # "mt-elbret": mt-elbert
        hits = [
            catalog.entries[i]
            for k, _, _ in close
            if re.findall(r"\d+", k) == re.findall(r"\d+", key)  # never another number
            for i in catalog.keys.get(k, ())
            if catalog.entries[i].organization_id in reach
        ]
        if len(hits) == 1:
            found, how, used = hits, "key", used | set(words(name))
            near.add(name)
        else:  # "mt-cameron" where every device is mt-<peak>: a name none has
            unresolved.append(name)
    for literal in [*IPV4.findall(question), *MAC.findall(question), *EMAIL.findall(question)]:
        key = literal.lower() if "@" in literal else literal
        key = mac_key(key) if MAC.fullmatch(literal) else key
        if not any(catalog.entries[i].organization_id in reach for i in catalog.keys.get(key, ())):
            unresolved.append(literal)  # an address nothing in reach has
    for ident in identifiers:
        key = squash(ident)
        if ident in near or any(
            catalog.entries[i].organization_id in reach
            for table in (catalog.keys, catalog.suffix_keys)
            for k in (key, dezero(key))
            for i in table.get(k, ())
        ):
            continue
        if not re.search(r"\d", ident) or re.fullmatch(r"[a-z]?\d+[a-z]{0,2}", ident.lower()):
            continue  # "365", "q3", "30d", "2fa": not names
        if ident.lower() in ABBREVIATIONS:
            continue  # "ms365": shorthand the account's words are matched by
        if HOWTO.search(question) and reach & catalog.text_identifiers.get(key, set()):
            continue  # "HL-4012" in a ticket: a code a runbook or note in reach has
        said = words(ident)
        if not set(said) <= used and not (
            len(said) == 1 and reach & catalog.postings.get(stem(said[0]), {}).keys()
        ):  # "Net2", "TC52": a word of a record's text in reach is a name it has
            unresolved.append(ident)
    shouted = [w for w in re.findall(r"\b[A-Z][A-Z0-9]{2,}\b", question) if not IPV4.fullmatch(w)]
    for name in [*HYPHENATED.findall(question), *HOSTNAME.findall(question), *shouted]:
        key = squash(name)
        owners = {
            catalog.entries[i].organization_id
            for table in (catalog.keys, catalog.suffix_keys)
            for i in table.get(key, ())
        }
        if owners and not owners & reach and name not in unresolved:
            unresolved.append(name)  # "CHS-VM-POS": another organization's, so not one here
        prefix = name.split("-", 1)[0].lower()
        if (
            not owners
            and "-" in name
            and not re.search(r"\d", name)  # names with numbers are checked above
            and name.split("-", 1)[1][:1].isupper()  # "CVSD-Students", not "acme-side"
            and name not in unresolved
            and reach & catalog.org_keys.get(prefix, set())
            and not any(key in k for k in catalog.keys if k.startswith(prefix))
        ):  # "CVSD-Students": named the client's way, but no record is called so
            unresolved.append(name)
    return found, how, used, unresolved


def _near_keys(catalog: Catalog, key: str) -> list[str]:
    """Names one letter away from `key` (a swap, a slip) with the same numbers: "koisk01"
    finds "kiosk01", never "dc03" the "dc01" of another device."""
    if len(key) < 6 or not re.search(r"\d", key) or not re.search(r"[a-z]", key):
        return []
    digits = re.findall(r"\d+", key)
    found = process.extract(
        key, catalog.identifier_keys, scorer=OSA.distance, score_cutoff=1, limit=8
    )
    return [k for k, _, _ in found if re.findall(r"\d+", k) == digits]

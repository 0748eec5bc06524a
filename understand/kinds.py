"""Which kinds and types of record a question's words name ("aps" → Access Point, "pcs" →
every type that ends in PC).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.models import RecordType
from understand.catalog import Catalog, Entry
from understand.text import expand, joined, stem, words


def of_other_asset_type(entries: Sequence[Entry], named: Sequence[str]) -> bool:
    """Whether the records found are all assets of another type than the ones the question
    names."""
    return bool(entries and named) and all(
        e.kind is RecordType.FLEXIBLE_ASSET and e.type_name not in named for e in entries
    )


ALL_KINDS = (
    RecordType.CONFIGURATION,
    RecordType.FLEXIBLE_ASSET,
    RecordType.CONTACT,
    RecordType.LOCATION,
)

_GENERIC_TYPE_WORDS = frozenset(
    ["device", "system", "equipment", "hardware", "unit", "network", "machine", "machines"]
)


def types_named(tokens: Sequence[str], type_words: dict[str, set[str]]) -> list[str]:
    """Configuration or asset types the words name ("aps" → Access Point), best first."""
    tokens = [  # "how many restore points": how long backups are kept, not access points
        t
        for n, t in enumerate(tokens)
        if not (t in ("point", "points") and n and tokens[n - 1] in ("restore", "recovery"))
    ]
    verbs = {t for t in tokens if t.endswith("ing") and len(t) > 6}  # "planning an upgrade"
    if verbs:  # names no "Backup Plan"; "licensing" is the type "Licensing"
        verbs -= {w for kinds in type_words.values() for kind in kinds for w in words(kind)}
    have = set(expand([t for t in tokens if t not in verbs]))
    have |= {w[:-1] for w in have if w[:-1] in _HEAD_NOUNS and w.endswith("s")}  # "pcs"
    score: dict[str, float] = {}
    own: set[str] = set()  # types hit by a word more telling than "device" or "system"
    for w in have:
        for t in type_words.get(w, ()):  # "xray" is both words of "X-ray"
            score[t] = score.get(t, 0.0) + (2.0 if w in joined(t) else 1.0)
            if w not in _GENERIC_TYPE_WORDS:
                own.add(t)
    out = []
    for t, hits in score.items():
        size = len({stem(w) for w in re.findall(r"[a-z0-9]+", t.lower())})
        if size >= 2 and t not in own:
            continue  # "northwind device warranties" names no "Mobile Device"
        head = stem(re.findall(r"[a-z0-9]+", t.lower())[-1])  # "Dental Radiography PC": a PC
        if hits / max(1, size) >= 0.5 or (head in have and head in _HEAD_NOUNS):
            out.append((-hits / size, t))
    return [t for _, t in sorted(out)]


_HEAD_NOUNS = frozenset(["pc", "laptop", "printer", "switch", "firewall", "router", "server"])
"""Kinds of device a longer type name ends in ("Dental Radiography PC", "Pharmacy Label
Printer"): asked for by that word alone."""


def device_words(tokens: Sequence[str], catalog: Catalog) -> bool:
    return bool(types_named(tokens, catalog.type_words))

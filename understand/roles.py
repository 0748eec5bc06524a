"""Records a question names by role: the weighted words of their name, type, notes, titles and
traits ("the Fabrikam backup appliance", "the reception PC"). Ties are all returned; with no
organization named, only distinctive words select records.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from core.models import RecordType
from understand.catalog import TYPE, Catalog, Entry
from understand.glossary import STOP
from understand.lexicon import DEVICE_NOUNS, FOREIGN_WORDS
from understand.spelling import model_words
from understand.text import expand


def by_role(
    catalog: Catalog,
    tokens: list[str],
    orgs: Sequence[int],
    allowed: Collection[int],
    kinds: Collection[RecordType],
    ignore: set[str],
    loose: bool = False,
    asset_types: Collection[str] = (),
    wide: bool = False,
) -> tuple[list[Entry], float, set[str]]:
    """Records whose name, type and role words best match the question's words (ties all
    returned): "the Fabrikam backup appliance", "the reception PC", "Microsoft 365". With no
    organization named, only distinctive words select records; the organizations they point
    to are then searched again with every word. `wide`: every word counts in every
    organization in scope ("which clients have zero free Microsoft 365 seats")."""
    found = _score(catalog, tokens, orgs, allowed, kinds, ignore, wide, loose, asset_types)
    if found[0] and not orgs and not wide:
        reach = sorted({e.organization_id for e in found[0]})
        if len(reach) <= 3:
            again = _score(catalog, tokens, reach, allowed, kinds, ignore, True, loose, asset_types)
            if again[0]:
                return again
    return found


def _score(
    catalog: Catalog,
    tokens: list[str],
    orgs: Sequence[int],
    allowed: Collection[int],
    kinds: Collection[RecordType],
    ignore: set[str],
    wide: bool = False,
    loose: bool = False,
    asset_types: Collection[str] = (),
) -> tuple[list[Entry], float, set[str]]:
    reach = list(orgs) if orgs else sorted(allowed)
    named = bool(orgs) or wide
    paired = {  # "year 3/4": single digits that go together name a class, a floor
        t
        for a, b in zip(tokens, tokens[1:], strict=False)
        if a.isdigit() and b.isdigit()
        for t in (a, b)
    }
    query = [
        t
        for t in tokens
        if t not in STOP
        and t not in ignore
        and t not in FOREIGN_WORDS
        and (len(t) > 1 or t in paired)
    ]
    scores: dict[int, float] = {}
    strong: set[int] = set()
    matched: dict[int, set[str]] = {}
    for token in dict.fromkeys(query):
        hits: dict[int, float] = {}
        by_word: set[int] = set()
        for w in dict.fromkeys(expand([token])):
            postings = catalog.postings.get(w)
            if not postings:
                continue
            if not named and catalog.frequency.get(w, 0) > 60:
                continue  # with no organization named only distinctive words select records
            idf = catalog.idf(w)
            for org in reach:
                if w in catalog.house_words.get(org, ()):
                    continue  # "mt" of mt-elbert, mt-yale…: every device's name has it
                for idx, weight in postings.get(org, ()):
                    entry = catalog.entries[idx]
                    if entry.kind in kinds and (not asset_types or entry.type_name in asset_types):
                        hits[idx] = max(hits.get(idx, 0.0), weight * idf)
                        if not w.isdigit():
                            by_word.add(idx)
                        if weight >= TYPE:
                            strong.add(idx)
        distinctive = (
            0 < len(hits) <= 3
            and not token.isdigit()
            and (token not in model_words() or any(ch.isdigit() for ch in token))
        )
        head = 2.0 if token in DEVICE_NOUNS else 1.0
        for idx, gain in hits.items():
            scores[idx] = scores.get(idx, 0.0) + gain * head
            if idx in by_word:  # "port 22", "the fourth": a number alone names nothing
                matched.setdefault(idx, set()).add(token)
            if distinctive:
                strong.add(idx)
    eligible = {
        i: s
        for i, s in scores.items()
        if i in matched and (i in strong or loose or len(matched[i]) >= 2)
    }
    if not eligible:
        return [], 0.0, set()
    best = max(eligible.values())
    winners = sorted(
        (i for i, s in eligible.items() if s >= best - 1e-6),
        key=lambda i: (not catalog.entries[i].primary, catalog.entries[i].name, i),
    )
    used = {w for i in winners for w in matched.get(i, set())}
    return [catalog.entries[i] for i in winners], best, used

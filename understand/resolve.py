"""Grounding a question's mentions in the caller's catalog.

Organizations by full name, name without legal suffix, short name, initials, any distinctive
word, and typos of those (`organizations`); records by exact keys (name, hostname, name without
the organization prefix, run-together forms, IP, MAC, serial, asset tag, email: `keys`) and
otherwise by role: the weighted words of their name, type, notes, titles and traits (`roles`).
Every lookup goes through the catalog's maps. When several records match equally, all of them
are returned (the caller says how many there are); a word that looks like a name and grounds to
nothing is reported as unresolved (`spelling` tells names from other words), so the answer can
say what was not found instead of answering something else. Here: the configurations a text
names, for callers that need only those.
"""

from __future__ import annotations

from collections.abc import Collection

from core.models import RecordType
from understand.catalog import Catalog, Entry
from understand.keys import by_key
from understand.roles import by_role
from understand.spelling import correct, question_words


def configurations(catalog: Catalog, text: str, orgs: Collection[int]) -> list[Entry]:
    """Configurations a name, hostname, IP, serial or role names within `orgs` (all that
    match equally, so a caller can say how many there are)."""
    tokens = correct(question_words(text), catalog)
    kinds = (RecordType.CONFIGURATION,)
    found, _, _, _ = by_key(catalog, text, tokens, list(orgs), orgs, kinds)
    found = [e for e in found if e.kind is RecordType.CONFIGURATION]
    if not found:
        found, _, _ = by_role(catalog, tokens, list(orgs), orgs, kinds, set())
    return found

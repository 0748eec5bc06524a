"""The composer's extraction for how-to questions: the steps of the runbooks relevant to the
task asked, in their order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from core.models import Evidence, RecordType
from core.state import Claim, Plan
from nodes._wording import text_lines
from understand.spelling import model_words
from understand.text import IDENTIFIER
from verify.words import content_words

_GENERIC = frozenset(
    {
        "how",
        "do",
        "does",
        "should",
        "can",
        "what",
        "steps",
        "step",
        "procedure",
        "runbook",
        "sop",
        "process",
        "need",
        "want",
        "please",
        "there",
        "document",
        "documented",
        "doc",
        "client",
        "clients",
        "customer",
        "our",
        "we",
        "get",
        "use",
        "way",
        "anyone",
        "other",
        "similar",
        "problem",
        "issue",
        "had",
        "have",
        "has",
        "any",
        "else",
        "came",
        "back",
        "just",
        "bring",
        "brought",
        "going",
        "user",
        "users",
        "says",
        "said",
        "phone",
        "today",
        "now",
        "again",
        "still",
        "tonight",
        "morning",
    }
)


TASK_WORDS: dict[str, tuple[str, ...]] = {
    "hire": ("employee", "onboarding", "user"),
    "starter": ("employee", "onboarding"),
    "starting": ("employee", "onboarding", "start-up"),
    "joiner": ("employee", "onboarding"),
    "staff": ("employee", "user"),
    "member": ("employee", "user"),
    "print": ("printer", "spooler", "queue"),
    "printing": ("printer", "spooler", "queue"),
    "restore": ("recover", "backup"),
    "recovery": ("recover", "restore"),
    "shut": ("shutdown", "shut"),
    "power": ("start-up", "shutdown"),
    "boot": ("start", "start-up"),
    "rule": ("change",),
    "roll": ("rollback",),
    "rollback": ("restore",),
    "hung": ("responding", "restart"),
    "frozen": ("responding", "restart"),
    "dead": ("responding", "restart"),
    "down": ("responding", "restart", "offline"),
    "crashed": ("responding", "restart"),
    "unreachable": ("offline", "reachable"),
    "died": ("restore", "recover", "responding"),
    "order": ("first", "last"),
    "setup": ("install", "add"),
    "set": ("install", "add"),
    "failed": ("fail", "error", "resume", "recover"),
    "overnight": ("nightly", "night"),
    "recover": ("recovery", "restore", "resume"),
    "reachable": ("reachable", "restart"),
    "load": ("responding", "restart"),
    "loading": ("responding", "restart"),
    "deleted": ("restore", "recover"),
    "nuked": ("restore", "recover"),
    "wiped": ("restore", "recover"),
    "lost": ("restore", "recover"),
    "back": ("restore",),
    "folder": ("file",),
    "drive": ("file", "share"),
}
"""Task and symptom words → the words runbooks use for them (general IT usage)."""


def _stems(text: str) -> set[str]:
    have = {w.rstrip("s") for w in content_words(text)}
    return have | {w.replace("-", "") for w in have}


def relevant(
    plan: Plan,
    item: Evidence,
    names: dict[int, str],
    share: float = 0.5,
    pool: set[str] | None = None,
) -> bool:
    """Whether a passage is about the question: every identifier the question names ("ACME-DC99",
    an IP) is in it, and it holds most of the question's other content words. With `pool`
    (the words of every passage found), words no passage has ("teachers are freaking out")
    are chatter, not a measure of this passage; at least two words must still match."""
    text = f"{item.title}\n{item.text}".lower()
    for ident in IDENTIFIER.findall(plan.query):
        if ident.lower() not in text:
            return False
    org_words = {w for n in names.values() for w in content_words(n)}
    words = content_words(plan.query) - _GENERIC - org_words
    if not words:
        return False
    have = _stems(text)
    words = {w.replace("-", "") for w in words}

    def matches(w: str, within: set[str]) -> bool:
        return w.rstrip("s") in within or any(
            s in within for s in TASK_WORDS.get(w.rstrip("s"), ())
        )

    found = sum(1 for w in words if matches(w, have))
    if found / len(words) >= share:
        return True
    if pool is None:
        return False
    said = [w for w in words if matches(w, pool)]
    idents = " ".join(IDENTIFIER.findall(plan.query)).lower()
    named = any(  # "powerschool", not the hostname every passage about it has
        matches(w, have) and w not in model_words() and w not in idents for w in words
    )
    return (found >= 2 or named) and found / max(1, len(said)) >= 0.5


def _document(source_id: str) -> str:
    return source_id.split("#", 1)[0]


def _chunk_number(source_id: str) -> int:
    tail = source_id.split("#", 1)[1] if "#" in source_id else "0"
    return int(tail) if tail.isdigit() else 0


def runbook_steps(
    plan: Plan, items: Sequence[Evidence], names: dict[int, str], most: int = 14
) -> list[Claim]:
    """The lines of the best-ranked document that is about the question, all its sections in
    order (none: no claims). Non-document evidence is read one item at a time."""
    order: list[str] = []
    parts: dict[str, list[Evidence]] = defaultdict(list)
    for item in items:
        key = (
            _document(item.source_id) if item.record_type is RecordType.DOCUMENT else item.source_id
        )
        if key not in parts:
            order.append(key)
        parts[key].append(item)
    pool = _stems("\n".join(f"{e.title}\n{e.text}" for e in items))
    for rank, key in enumerate(order):
        chunks = sorted(parts[key], key=lambda e: _chunk_number(e.source_id))
        whole = chunks[0].model_copy(
            update={"text": "\n".join(f"{c.title}\n{c.text}" for c in chunks)}
        )
        if not relevant(
            plan, whole, names, 0.34 if rank == 0 else 0.5, pool if rank == 0 else None
        ):
            continue
        claims = []
        for chunk in chunks:
            for line in text_lines(chunk):
                text = line if line.endswith((".", "!", "?", ":")) else f"{line}."
                claims.append(Claim(text=text, citations=[chunk.source_id]))
        return claims[:most]
    return []

"""The secret scanner on planted notes: how many secrets it catches, how many facts it eats.

`evals/planted/secrets_dev.jsonl` is what the scanner was tuned on; `secrets_holdout.jsonl` was
written before the scanner and is only scored. Each line is a realistic MSP note with the secret
substrings that must disappear and the fact substrings that must survive redaction.

    python -m evals.secrets            # both splits
    python -m evals.secrets --split dev --misses   # one split, with every error of dev
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from sync.secrets import redact

PLANTED = Path(__file__).parent / "planted"
SPLITS = {"dev": PLANTED / "secrets_dev.jsonl", "holdout": PLANTED / "secrets_holdout.jsonl"}


class PlantedNote(BaseModel):
    id: str
    text: str
    secrets: list[str]
    """Substrings that must not survive redaction."""
    facts: list[str]
    """Substrings that must survive it."""


@dataclass
class SecretsScore:
    """Recall over planted secrets; false redactions over facts and over clean notes."""

    notes: int = 0
    secrets: int = 0
    caught: int = 0
    facts: int = 0
    facts_lost: int = 0
    clean_notes: int = 0
    clean_notes_touched: int = 0
    misses: list[str] = field(default_factory=list)
    false_redactions: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return round(self.caught / self.secrets, 4) if self.secrets else 1.0

    def as_dict(self) -> dict[str, object]:
        return {
            "notes": self.notes,
            "secrets": self.secrets,
            "caught": self.caught,
            "recall": self.recall,
            "facts": self.facts,
            "false_redactions": self.facts_lost,
            "clean_notes": self.clean_notes,
            "clean_notes_touched": self.clean_notes_touched,
        }


def load(split: str) -> list[PlantedNote]:
    lines = SPLITS[split].read_text().splitlines()
    return [PlantedNote.model_validate_json(line) for line in lines if line.strip()]


def _covered(text: str, secret: str, spans: list[tuple[int, int]]) -> bool:
    """Every character of every occurrence of `secret` lies inside a redacted span (a secret
    cut in half, its last characters left behind, is a miss)."""
    at = text.find(secret)
    while at >= 0:
        if any(not any(s <= i < e for s, e in spans) for i in range(at, at + len(secret))):
            return False
        at = text.find(secret, at + 1)
    return True


def score(notes: list[PlantedNote]) -> SecretsScore:
    out = SecretsScore()
    for note in notes:
        redacted, findings = redact(note.text)
        spans = [(f.start, f.end) for f in findings]
        out.notes += 1
        for secret in note.secrets:
            out.secrets += 1
            if secret in redacted or not _covered(note.text, secret, spans):
                out.misses.append(f"{note.id}: {secret!r} left in {redacted!r}")
            else:
                out.caught += 1
        for fact in note.facts:
            out.facts += 1
            if fact not in redacted:
                out.facts_lost += 1
                out.false_redactions.append(f"{note.id}: {fact!r} lost in {redacted!r}")
        if not note.secrets:
            out.clean_notes += 1
            if findings:
                out.clean_notes_touched += 1
                out.false_redactions.append(f"{note.id}: clean note redacted: {redacted!r}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(SPLITS), help="one split only")
    parser.add_argument("--misses", action="store_true", help="list the dev split's errors")
    args = parser.parse_args()
    for split in [args.split] if args.split else SPLITS:
        result = score(load(split))
        print(split, json.dumps(result.as_dict()))
        if args.misses and split == "dev":
            for line in result.misses + result.false_redactions:
                print("  ", line)


if __name__ == "__main__":
    main()

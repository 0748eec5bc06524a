"""The validator's claim check on public claim-vs-source sets (`../shared/grounding/`): text
nobody here wrote. A claim counts as supported when no checkable fact of it is missing from the
source and its support (content-word coverage, else embedding similarity) clears the
validator's threshold — the rule-based checks of `nodes/validate.py`, without a model judge.
Reported as balanced accuracy of supported vs. not (partial counts as not), per dataset."""

from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path
from typing import Any

from core.embeddings import Embedder
from nodes.claims import SUPPORT_THRESHOLD, coverage, missing_facts

GROUNDING = Path(__file__).resolve().parents[2] / "shared" / "grounding"


def _supported(claim: str, source: str, embedder: Embedder) -> bool:
    text = source.lower()
    if missing_facts(claim, -1, text):
        return False
    if coverage(claim, text) >= SUPPORT_THRESHOLD:
        return True
    a, b = embedder.embed([claim, source[:2000]])
    return sum(x * y for x, y in zip(a, b, strict=True)) >= SUPPORT_THRESHOLD


def evaluate(
    directory: Path = GROUNDING, per_file: int | None = 500, seed: int = 7
) -> dict[str, Any]:
    """Balanced accuracy per dataset on up to `per_file` rows of each file (a fixed sample)."""
    embedder = Embedder()
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fn": 0, "tn": 0, "fp": 0})
    for path in sorted(directory.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        if per_file is not None and len(rows) > per_file:
            rows = random.Random(seed).sample(rows, per_file)
        name = path.stem
        for row in rows:
            gold = row["label"] == "supported"
            predicted = _supported(row["claim"], row["source"], embedder)
            key = ("tp" if predicted else "fn") if gold else ("fp" if predicted else "tn")
            counts[name][key] += 1
    out: dict[str, Any] = {}
    for name, c in counts.items():
        tpr = c["tp"] / max(1, c["tp"] + c["fn"])
        tnr = c["tn"] / max(1, c["tn"] + c["fp"])
        out[name] = {**c, "balanced_accuracy": round((tpr + tnr) / 2 * 100, 1)}
    return out


if __name__ == "__main__":
    print(json.dumps(evaluate(), indent=2))

"""The validator's claim check on public claim-vs-source sets: text nobody here wrote.

A claim counts as supported when no checkable fact of it is missing from the source
(`verify.claims.rejection`) and the prose-support model (`verify.support`) gives it at least its
threshold — the checks the validate node runs, without a model judge. The support model was
fitted on every row of `../shared/grounding/` (`python -m evals.support_fit`): the full run is
in-sample; the cross-validated figures are in `verify/support_model.json`.
Reported as balanced accuracy of supported vs. not (partial counts as not), per dataset, next
to published reference points. The eval runs it on a fixed 500-row sample of each set, checked
in under `evals/grounding_sample/` (Apache-2.0, see its README); `python -m evals.grounding
--full` runs every row of `../shared/grounding/`; `--write-sample` redraws the sample."""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.embeddings import Embedder
from verify.claims import rejection
from verify.support import scores, threshold

FULL = Path(__file__).resolve().parents[2] / "shared" / "grounding"
SAMPLE = Path(__file__).resolve().parent / "grounding_sample"
PUBLISHED = {
    "factcheck_gpt": "74.3–77.8 (AlignScore 74.3, MiniCheck-FT5 74.7, GPT-4o 77.5, "
    "Claude-3.5 Sonnet 77.8)",
    "summedits": "57.1–82.1 (SummaC-Conv 57.1, QAFactEval 65.5, GPT-4 82.1; humans 90.9)",
}


BATCH = 100
"""Rows scored in one call (a source text's rows side by side, so they share its embeddings)."""


def _supported(rows: list[dict[str, Any]], embedder: Embedder) -> list[bool]:
    weighed = [r for r in rows if not rejection(r["claim"], r["source"])]
    held = scores([(r["claim"], r["source"]) for r in weighed], embedder) if weighed else []
    kept = {id(r) for r, p in zip(weighed, held, strict=True) if p >= threshold()}
    return [id(r) in kept for r in rows]


def load_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def write_sample(
    source: Path = FULL, target: Path = SAMPLE, per_file: int = 500, seed: int = 7
) -> list[Path]:
    """Draw the fixed sample the eval uses (same rows for the same seed)."""
    target.mkdir(exist_ok=True)
    written = []
    for path in sorted(source.glob("*.jsonl")):
        rows = load_rows(path)
        if len(rows) > per_file:
            rows = random.Random(seed).sample(rows, per_file)
        out = target / path.name
        out.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows))
        written.append(out)
    return written


def evaluate(
    directory: Path = SAMPLE,
    embedder: Embedder | None = None,
    progress: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """Balanced accuracy per dataset over every row of each `*.jsonl` in `directory`."""
    embedder = embedder or Embedder()
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fn": 0, "tn": 0, "fp": 0})
    for path in sorted(directory.glob("*.jsonl")):
        name = path.stem
        rows = sorted(load_rows(path), key=lambda r: str(r["source"]))  # a text's rows together
        for start in range(0, len(rows), BATCH):
            batch = rows[start : start + BATCH]
            for row, predicted in zip(batch, _supported(batch, embedder), strict=True):
                gold = row["label"] == "supported"
                key = ("tp" if predicted else "fn") if gold else ("fp" if predicted else "tn")
                counts[name][key] += 1
                if progress:
                    progress()
    out: dict[str, Any] = {}
    for name, c in counts.items():
        tpr = c["tp"] / max(1, c["tp"] + c["fn"])
        tnr = c["tn"] / max(1, c["tn"] + c["fp"])
        out[name] = {
            **c,
            "rows": sum(c.values()),
            "balanced_accuracy": round((tpr + tnr) / 2 * 100, 1),
            "published": PUBLISHED.get(name, ""),
        }
    return out


def rows(directory: Path = SAMPLE) -> int:
    return sum(len(load_rows(p)) for p in directory.glob("*.jsonl"))


if __name__ == "__main__":
    if "--write-sample" in sys.argv:
        print("\n".join(str(p) for p in write_sample()))
    else:
        print(json.dumps(evaluate(FULL if "--full" in sys.argv else SAMPLE), indent=2))

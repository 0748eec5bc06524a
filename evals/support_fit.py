"""Fit the prose-support model (`verify/support_model.json`) on the public grounding dev sets.

Only rows whose facts pass `verify.claims.rejection` are fitted (the others never reach the
model). Logistic regression on standardized signals, L2-regularized, each dataset and label
weighted equally, fitted by Newton's method. Reports balanced accuracy per dataset in sample
and under 5-fold cross-validation grouped by source text (every edit of one document in the
same fold), and writes both into the model file so the numbers travel with the weights.

    python -m evals.support_fit [--vectors CACHE.pkl]

`--vectors` keeps the embeddings between runs (text → vector, text → word pieces)."""

from __future__ import annotations

import hashlib
import json
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from core.embeddings import Embedder
from evals.grounding import FULL, load_rows
from verify.claims import rejection
from verify.support import MODEL, Encoder, align, signals, verbatim

FOLDS = 5
L2 = 1.0


class _Cached:
    """The embedder with what it computed kept (text → vector, text → word pieces)."""

    def __init__(self, cache: Path | None) -> None:
        self.cache = cache
        self.known: tuple[dict[str, Any], dict[str, Any]] = ({}, {})
        if cache and cache.exists():
            self.known = pickle.loads(cache.read_bytes())
        self.model = Embedder(batch_size=64)

    def _kept(self, texts: Sequence[str], known: dict[str, Any], compute: Any) -> list[Any]:
        missing = sorted({t for t in texts if t not in known}, key=len)
        for t, v in zip(missing, compute(missing) if missing else [], strict=True):
            known[t] = v
        return [known[t] for t in texts]

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return self._kept(texts, self.known[0], self.model.embed)

    def embed_pieces(self, texts: Sequence[str]) -> list[Any]:
        return self._kept(texts, self.known[1], self.model.embed_pieces)

    def save(self) -> None:
        if self.cache:
            self.cache.write_bytes(pickle.dumps(self.known))


def _fit(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Weighted L2 logistic regression by Newton's method; the last column is the bias."""
    x = np.hstack([x, np.ones((len(x), 1))])
    beta = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], L2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(x @ beta, -30, 30)))
        gradient = x.T @ (w * (p - y)) + penalty * beta
        hessian = (x * (w * p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta


def _balanced(predicted: np.ndarray, gold: np.ndarray) -> float:
    tpr = (predicted & gold).sum() / max(1, gold.sum())
    tnr = (~predicted & ~gold).sum() / max(1, (~gold).sum())
    return round(float(tpr + tnr) * 50, 1)


def fit(rows: list[dict[str, Any]], encoder: Encoder) -> dict[str, Any]:
    kept = [r for r in rows if not rejection(r["claim"], r["source"])]
    quoted = {id(r) for r in kept if verbatim(r["claim"], r["source"])}  # supported outright
    kept = [r for r in kept if id(r) not in quoted]
    alignments = [align(r["claim"], r["source"]) for r in kept]
    vectors = encoder.embed([t for a in alignments for t in a.texts()])
    pieces = encoder.embed_pieces([t for a in alignments for t in a.pieces()])
    values, at = [], 0
    for n, a in enumerate(alignments):
        size = len(a.texts())
        values.append(signals(a, vectors[at : at + size], pieces[3 * n : 3 * n + 3]))
        at += size
    x = np.array([[v[n] for n in sorted(values[0])] for v in values], float)
    varies = x.std(0) > 1e-6  # a signal the fitted rows never vary carries no weight
    names = [n for n, kept_ in zip(sorted(values[0]), varies, strict=True) if kept_]
    x = x[:, varies]
    mean, scale = x.mean(0), x.std(0) + 1e-9
    z = (x - mean) / scale
    gold = np.array([r["label"] == "supported" for r in rows])
    y = np.array([r["label"] == "supported" for r in kept], float)
    dataset = np.array([r["dataset"].split("-")[0] for r in kept])
    weight = np.zeros(len(kept))
    for d in set(dataset):
        for label in (0.0, 1.0):
            chosen = (dataset == d) & (y == label)
            weight[chosen] = 1 / max(1, chosen.sum())
    weight *= len(weight) / weight.sum()
    fold = np.array([int(hashlib.md5(r["source"].encode()).hexdigest(), 16) % FOLDS for r in kept])
    held = np.zeros(len(kept))
    for k in range(FOLDS):
        beta = _fit(z[fold != k], y[fold != k], weight[fold != k])
        held[fold == k] = z[fold == k] @ beta[:-1] + beta[-1]
    beta = _fit(z, y, weight)
    inside = z @ beta[:-1] + beta[-1]

    def report(margin: np.ndarray) -> dict[str, float]:
        predicted = dict(zip((id(r) for r in kept), margin >= 0, strict=True))
        said = np.array([id(r) in quoted or bool(predicted.get(id(r), False)) for r in rows])
        names_of = np.array([r["dataset"].split("-")[0] for r in rows])
        return {
            d: _balanced(said[names_of == d], gold[names_of == d]) for d in sorted(set(names_of))
        }

    return {
        "weights": {n: round(float(b), 5) for n, b in zip(names, beta[:-1], strict=True)},
        "bias": round(float(beta[-1]), 5),
        "mean": {n: round(float(m), 5) for n, m in zip(names, mean, strict=True)},
        "scale": {n: round(float(s), 5) for n, s in zip(names, scale, strict=True)},
        "threshold": 0.5,
        "fitted_on": f"{len(kept)} of {len(rows)} rows of ../shared/grounding (the others "
        f"fail their facts first, or {len(quoted)} quote the source and pass)",
        "balanced_accuracy_in_sample": report(inside),
        "balanced_accuracy_cross_validated": report(held),
    }


def main(argv: list[str]) -> None:
    cache = Path(argv[argv.index("--vectors") + 1]) if "--vectors" in argv else None
    encoder = _Cached(cache)
    rows = [row for path in sorted(FULL.glob("*.jsonl")) for row in load_rows(path)]
    model = fit(rows, encoder)
    encoder.save()
    MODEL.write_text(json.dumps(model, indent=2) + "\n")
    print(json.dumps({k: v for k, v in model.items() if k.startswith("balanced")}, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])

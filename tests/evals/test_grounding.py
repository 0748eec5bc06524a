"""The claim check on claim-vs-source rows: counts, balanced accuracy, the report table, and
the checked-in sample is what `--write-sample` draws."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.embeddings import Embedder
from evals import grounding, runner

SOURCE = "The firewall FW-01 at Acme has IP 10.7.0.1 and was installed on 2024-03-02."


def test_balanced_accuracy_on_known_rows(tmp_path: Path, embedder: Embedder) -> None:
    rows = [
        ("The firewall FW-01 has IP 10.7.0.1.", "supported"),
        ("FW-01 was installed on 2024-03-02.", "supported"),
        ("The firewall FW-01 has IP 10.7.0.9.", "unsupported"),
        ("FW-01 was installed on 2021-01-15.", "partial"),
        ("FW-01 wasn't installed on 2024-03-02.", "unsupported"),
    ]
    (tmp_path / "toy.jsonl").write_text(
        "".join(
            json.dumps({"id": i, "dataset": "toy", "source": SOURCE, "claim": c, "label": lab})
            + "\n"
            for i, (c, lab) in enumerate(rows)
        )
    )
    seen: list[int] = []
    result = grounding.evaluate(tmp_path, embedder, progress=lambda: seen.append(1))
    assert len(seen) == 5
    assert result["toy"] == {
        "tp": 2,
        "fn": 0,
        "tn": 3,
        "fp": 0,
        "rows": 5,
        "balanced_accuracy": 100.0,
        "published": "",
    }
    table = runner.markdown({**runner.report([]), "grounding": result})
    assert "| toy | 5 | 100.0 | 2/2 | 3/3 |  |" in table


def test_the_checked_in_sample_is_the_fixed_draw(tmp_path: Path) -> None:
    if not grounding.FULL.is_dir():
        pytest.skip(f"the full sets are not at {grounding.FULL} on this machine")
    drawn = grounding.write_sample(target=tmp_path)
    assert [p.name for p in drawn] == sorted(p.name for p in grounding.SAMPLE.glob("*.jsonl"))
    for path in drawn:
        assert path.read_bytes() == (grounding.SAMPLE / path.name).read_bytes()
        assert len(path.read_text().splitlines()) == 500

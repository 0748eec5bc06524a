"""`langgraph dev` (what LangGraph Studio talks to) loads graphs/rag.py from langgraph.json and
answers a run over its HTTP API (langgraph-sdk client on loopback)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from core.embeddings import Embedder
from core.models import Snapshot
from tests.conftest import ingest_into, one_org

ROOT = Path(__file__).resolve().parents[2]


def test_langgraph_json_names_the_graph() -> None:
    config = json.loads((ROOT / "langgraph.json").read_text())
    assert config["graphs"] == {"rag": "./graphs/rag.py:graph"}
    assert config["dependencies"] == ["."] and config["env"]["HF_HUB_OFFLINE"] == "1"


async def test_langgraph_dev_answers_a_run(
    tmp_path: Path, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    data = tmp_path / "studio"
    await ingest_into(data, one_org(sample_snapshot, 7), embedder)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "NEO4J_URI", "QDRANT_URL", "ENCRYPTION_KEY"}
    }
    env["ITGLUE_RAG_DATA_DIR"] = str(data)
    done = subprocess.run(
        [sys.executable, "-m", "server.studio_check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    dc = next(c for c in sample_snapshot.configurations if c.name == "ACME-DC01")
    assert f"A: ACME-DC01 has primary IP {dc.primary_ip} [1]." in done.stdout

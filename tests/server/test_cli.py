"""`itglue-rag load-sample` and `status --json` as a user runs them, in a fresh data dir."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from core.models import RecordType

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("itglue-rag") or str(Path(sys.executable).parent / "itglue-rag")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "NEO4J_URI", "QDRANT_URL", "ENCRYPTION_KEY"}
    }
    env.update({"ITGLUE_RAG_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1", "COLUMNS": "200"})
    return subprocess.run(
        [exe, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )


def test_load_sample_then_status_shows_every_type_in_every_store(tmp_path: Path) -> None:
    loaded = _cli("load-sample", data_dir=tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    assert "Ingested 752 records (752 changed, 0 deleted)" in loaded.stdout
    assert "records/s" in loaded.stdout and "peak RSS" in loaded.stdout

    status = _cli("status", "--json", data_dir=tmp_path)
    assert status.returncode == 0, status.stderr
    data = json.loads(status.stdout)
    assert data["backends"] == {
        "sql": "embedded-postgres",
        "graph": "ladybug",
        "vector": "qdrant-edge",
    }
    for kind in RecordType:
        assert data["sql"][kind.value] == data["graph"][kind.value] > 0, kind
        assert data["vector"][kind.value] >= data["sql"][kind.value], kind
    assert sum(data["graph_edges"].values()) == data["sql"]["relationship"] > 0

    again = _cli("load-sample", "--if-empty", data_dir=tmp_path)
    assert again.returncode == 0 and "already loaded" in again.stdout
    reload = _cli("load-sample", data_dir=tmp_path)
    assert "Ingested 752 records (0 changed, 0 deleted)" in reload.stdout
    assert "(0 embedded, 0 removed)" in reload.stdout


def test_bad_scale_is_a_usage_error(tmp_path: Path) -> None:
    done = _cli("load-sample", "--scale", "0", data_dir=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "--scale" in done.stderr

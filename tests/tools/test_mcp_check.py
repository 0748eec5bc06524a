"""`make mcp-check` as a test: the pinned MCP Inspector CLI over stdio and HTTP against a data
directory holding one organization (skips when `npx` is missing)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from core.embeddings import Embedder
from core.models import Snapshot
from tests.conftest import ingest_into, one_org

ROOT = Path(__file__).resolve().parents[2]


async def test_the_inspector_lists_asks_and_is_told_why_a_bad_key_is_refused(
    tmp_path: Path, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    if shutil.which("npx") is None:
        pytest.skip("npx is not installed (Node.js 20+): make mcp-check needs it")
    await ingest_into(tmp_path, one_org(sample_snapshot, 7), embedder)
    done = subprocess.run(
        [sys.executable, "-m", "tools.mcp_check", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == "mcp-check: all passed"
    assert [line.split(":")[0] for line in lines if line.startswith(("ok", "FAIL"))] == [
        "ok   stdio tools/list",
        "ok   stdio query_documentation",
        "ok   http tools/list (read key)",
        "ok   http query_documentation",
        "ok   http bad key",
    ]

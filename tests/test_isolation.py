"""The suite cannot reach a real service: a developer's model and Langfuse keys never reach a
test, and the real chat model refuses to answer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from langchain_anthropic import ChatAnthropic

ROOT = Path(__file__).resolve().parents[1]


def test_the_developers_keys_do_not_reach_a_test(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "ANTHROPIC_API_KEY": "sk-ant-real-looking",
        "LANGFUSE_PUBLIC_KEY": "pk-lf-real",
        "LANGFUSE_SECRET_KEY": "sk-lf-real",
    }
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/isolation_probe.py"]
        + ["--basetemp", str(tmp_path / "child")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-2000:]
    assert "1 passed" in run.stdout


def test_the_real_chat_model_refuses_to_answer() -> None:
    model = ChatAnthropic(model_name="claude-sonnet-4-5", api_key="sk-ant-x", timeout=1, stop=None)  # type: ignore[arg-type]
    with pytest.raises(RuntimeError, match="scripted chat model"):
        model.invoke("hello")


async def test_nor_asynchronously() -> None:
    model = ChatAnthropic(model_name="claude-sonnet-4-5", api_key="sk-ant-x", timeout=1, stop=None)  # type: ignore[arg-type]
    with pytest.raises(RuntimeError, match="scripted chat model"):
        await model.ainvoke("hello")

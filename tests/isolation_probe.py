"""Run by `test_isolation.py` in a child pytest whose environment carries real-looking keys:
what a test sees of them (this file is not collected by the suite itself)."""

from __future__ import annotations

import os


def test_the_keys_are_gone() -> None:
    leaked = [n for n in os.environ if n.startswith(("ANTHROPIC_", "LANGFUSE_"))]
    assert leaked == []

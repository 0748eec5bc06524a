"""The repository root is the import root: no folder may shadow a dependency's module."""

import importlib.metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OURS = {
    "core",
    "stores",
    "sync",
    "retrievers",
    "nodes",
    "graphs",
    "tools",
    "server",
    "evals",
    "understand",
    "verify",
}


def test_layout_has_every_package_of_the_architecture() -> None:
    assert {p.name for p in ROOT.iterdir() if (p / "__init__.py").exists()} >= OURS


def test_no_package_shadows_an_installed_distribution() -> None:
    provided = importlib.metadata.packages_distributions()
    clashes = {
        name: others
        for name in OURS | {"tests"}
        if (others := sorted(set(provided.get(name, [])) - {"itglue-rag"}))
    }
    assert clashes == {}, f"top-level packages shadow installed modules: {clashes}"


def test_mcp_sdk_is_not_shadowed() -> None:
    assert not (ROOT / "mcp").exists(), "a folder named mcp shadows the MCP SDK"

"""The repository root is the import root: no folder may shadow a dependency's module."""

import ast
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
    "reports",
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


def _imports(path: Path) -> set[str]:
    """The modules a file imports (absolute imports, at any depth of the file)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found |= {node.module} | {f"{node.module}.{a.name}" for a in node.names}
    return found


def _importing(package: str, prefix: str) -> dict[str, set[str]]:
    return {
        str(f.relative_to(ROOT)): hits
        for f in sorted((ROOT / package).rglob("*.py"))
        if (hits := {m for m in _imports(f) if m == prefix or m.startswith(prefix + ".")})
    }


def test_the_mcp_tools_import_only_the_services_of_the_server() -> None:
    reached = _importing("tools", "server")
    outside = {
        f: {m for m in ms if not m.startswith("server.services")} for f, ms in reached.items()
    }
    assert {f: ms for f, ms in outside.items() if ms} == {}
    assert reached, "the tools call the services"


def test_the_server_imports_the_tools_only_to_mount_them() -> None:
    assert set(_importing("server", "tools")) == {"server/app.py", "server/cli/serving.py"}


def test_the_services_are_below_routes_tools_and_fastapi() -> None:
    services = ROOT / "server" / "services"
    for f in sorted(services.rglob("*.py")):
        up = {
            m
            for m in _imports(f)
            if m.split(".")[0] in {"fastapi", "starlette", "tools"}
            or (m.startswith("server.") and not m.startswith("server.services"))
        }
        assert up == set(), f"{f.relative_to(ROOT)} reaches up to {sorted(up)}"


def _module_graph() -> dict[str, set[str]]:
    """Each of our modules and the modules of ours it imports (at any depth of the file)."""
    files = {}
    for f in ROOT.rglob("*.py"):
        rel = f.relative_to(ROOT)
        if rel.parts[0] in OURS:
            name = ".".join(rel.with_suffix("").parts).removesuffix(".__init__")
            files[name] = f
    edges: dict[str, set[str]] = {}
    for name, f in files.items():
        edges[name] = set()
        for target in _imports(f):
            while target and target not in files:
                target = target.rpartition(".")[0]
            if target and target != name:
                edges[name].add(target)
    return edges


def test_no_import_cycle_runs_between_packages() -> None:
    """A chain of imports that leaves a package never leads back into it (cycles inside one
    package, a backend and its base, are the package's own business)."""
    edges = _module_graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    crossing: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = [stack.pop()]
            while component[-1] != v:
                component.append(stack.pop())
            if len({m.split(".")[0] for m in component}) > 1:
                crossing.append(sorted(component))

    for v in edges:
        if v not in index:
            visit(v)
    assert crossing == []


def test_no_import_cycle_runs_between_packages_counted_by_package() -> None:
    """Package by package (`server/services/` counts as a package of its own: the MCP tools
    import it, the server mounts the tools), imports point one way."""

    def unit(module: str) -> str:
        return "server.services" if module.startswith("server.services") else module.split(".")[0]

    reaches: dict[str, set[str]] = {}
    for module, targets in _module_graph().items():
        reaches.setdefault(unit(module), set()).update(
            unit(t) for t in targets if unit(t) != unit(module)
        )

    def below(start: str) -> set[str]:
        seen: set[str] = set()
        todo = [start]
        while todo:
            for nxt in reaches.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    assert {p for p in reaches if p in below(p)} == set()

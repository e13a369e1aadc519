"""The package's shape: imports point one way (cli -> render -> scale -> stages -> corpus -> models).

Every ``import`` inside ``mediadiff`` is read from the source (module level and inside
functions alike), so a lazy import cannot hide a cycle or an upward dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "mediadiff"

# Lower layers never import higher ones. The four analysis stages share a layer:
# they may use each other (comparison uses quotes), as long as no cycle forms.
LAYERS = {
    "models": 0, "checks": 0,
    "corpus": 1,
    "align": 2, "voices": 2, "tone": 2, "events": 2,
    "scale": 3,
    "render": 4,
    "cli": 5,
    "__main__": 6,  # `python -m mediadiff`: the command line and nothing else
}
MAX_MODULE_LINES = 400


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def internal_imports(path: Path) -> set[str]:
    """Modules of mediadiff that this file imports, resolved to module names."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = module_name(path)
    package = own if path.name == "__init__.py" else own.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("mediadiff"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if not target.startswith("mediadiff"):
                continue
            found.add(target)
            # `from mediadiff.render import charts` imports the module mediadiff.render.charts
            found.update(f"{target}.{alias.name}" for alias in node.names if _is_module(f"{target}.{alias.name}"))
    return {name for name in found if _is_module(name) and name != own}


def _is_module(name: str) -> bool:
    path = PACKAGE.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def graph() -> dict[str, set[str]]:
    return {module_name(p): internal_imports(p) for p in sorted(PACKAGE.rglob("*.py"))}


def layer(module: str) -> int | None:
    parts = module.split(".")
    return LAYERS.get(parts[1]) if len(parts) > 1 else None  # the facade `mediadiff` has no layer


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules, or None (depth-first search with colours)."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for start in sorted(edges):
        if start not in state and (cycle := visit(start)):
            return cycle
    return None


def test_the_package_has_no_import_cycle():
    # Package __init__ files only document their stage; the facade imports lazily.
    edges = {m: {t for t in targets if t != "mediadiff"} for m, targets in graph().items() if m != "mediadiff"}
    assert find_cycle(edges) is None, " -> ".join(find_cycle(edges) or [])


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_imports_point_down_the_pipeline():
    upward = [
        f"{module} (layer {layer(module)}) imports {target} (layer {layer(target)})"
        for module, targets in graph().items()
        for target in targets
        if layer(module) is not None and layer(target) is not None and layer(target) > layer(module)
    ]
    assert upward == []


def test_every_module_sits_in_a_known_stage():
    stray = [m for m in graph() if m != "mediadiff" and m.split(".")[1] not in LAYERS]
    assert stray == []


@pytest.mark.parametrize(("library", "allowed"), [("click", "cli"), ("matplotlib", "render")])
def test_heavy_libraries_stay_in_their_layer(library, allowed):
    users = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and not n.level}
        if any(name.split(".")[0] == library for name in names) and module_name(path).split(".")[1:2] != [allowed]:
            users.append(module_name(path))
    assert users == []


def test_no_module_is_over_the_size_limit():
    long = {module_name(p): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert long == {}


# "No function over about 60 lines without a reason in a comment": a function may pass
# MAX_FUNCTION_LINES only when a comment inside it starts with "# long because".
MAX_FUNCTION_LINES = 70


def test_no_function_is_long_without_a_reason():
    long = []
    for path in PACKAGE.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                body = lines[node.lineno - 1 : node.end_lineno]
                if len(body) > MAX_FUNCTION_LINES and not any(
                        line.strip().startswith("# long because") for line in body):
                    long.append(f"{module_name(path)}.{node.name}: {len(body)} lines")
    assert long == []


@pytest.mark.parametrize("stage", sorted(set(LAYERS) - {"models", "checks", "__main__"}))
def test_every_stage_lists_its_modules(stage):
    # The stage's docstring is its map: a module missing from it is a module nobody finds.
    folder = PACKAGE / stage
    doc = ast.get_docstring(ast.parse((folder / "__init__.py").read_text(encoding="utf-8"))) or ""
    missing = [p.stem for p in folder.glob("*.py") if p.stem != "__init__" and f"``{p.stem}``" not in doc]
    assert missing == [], f"add them to mediadiff/{stage}/__init__.py"

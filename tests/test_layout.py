"""The code's layout: the README names every part of generator/, and no package imports another in a cycle."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT / "generator"


def _parts() -> list[str]:
    """Top-level modules and packages of generator/, and the modules of nlp/ and language/."""
    names = [p.name if p.is_file() else p.name + "/" for p in GENERATOR.iterdir()
             if (p.suffix == ".py" and p.name != "__init__.py") or (p.is_dir() and (p / "__init__.py").exists())]
    for package in ("nlp", "language"):
        names += [p.name for p in (GENERATOR / package).glob("*.py") if p.name != "__init__.py"]
    names += [p.name + "/" for p in (GENERATOR / "stages").iterdir() if (p / "__init__.py").exists()]
    names += [p.name for p in (GENERATOR / "stages").glob("*.py") if p.name != "__init__.py"]
    return sorted(names)


def test_the_readme_layout_table_names_every_module_and_package_of_the_generator():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Layout") : readme.index("## Quality")]
    named = set(re.findall(r"`(?:generator/)?([\w.]+/?)`", table))
    missing = [name for name in _parts() if name not in named]
    assert not missing, f"README's layout table does not name {missing}"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    nodes: list[ast.AST] = []
    todo = [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            todo.extend(node.orelse)
            continue
        nodes.append(node)
        todo.extend(ast.iter_child_nodes(node))
    return nodes


def _imports(path: Path, known: set[str]) -> set[str]:
    """The generator modules ``path`` imports, in functions too (what ``if TYPE_CHECKING:`` guards aside)."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if target.startswith("generator"):
                modules = {f"{target}.{alias.name}" for alias in node.names} & known
                found.update(modules or {target})  # "from . import facts" runs facts, not the package again
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("generator"))
    return found


def test_no_module_of_the_generator_imports_itself_through_others():
    paths = {_module_name(p): p for p in GENERATOR.rglob("*.py")}
    graph = {name: {t for t in _imports(path, set(paths)) if t in paths and t != name} for name, path in paths.items()}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(name: str) -> None:
        state[name] = 1
        stack.append(name)
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                cycle = [*stack[stack.index(target) :], target]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if target not in state:
                visit(target)
        stack.pop()
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)


def test_no_module_of_the_generator_is_over_300_lines():
    long = {str(p.relative_to(ROOT)): n for p in GENERATOR.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 300}
    assert not long, f"modules over 300 lines: {long}"


def test_nothing_in_the_generator_changes_sys_path():
    changes = re.compile(r"sys\.path\s*(?:\.(?:insert|append|extend|remove|pop)\(|\[[^\]]*\]\s*=|[+]?=)")
    assert not [p for p in GENERATOR.rglob("*.py") if changes.search(p.read_text(encoding="utf-8"))]

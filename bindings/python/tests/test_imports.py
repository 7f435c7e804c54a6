# SPDX-License-Identifier: Apache-2.0
"""The package's modules import each other at the top, in one direction (issue 20): no import of
a package module inside a function (which hid a cycle: engine, checks, record_set, reports and
determination imported each other), and the module-level imports form no cycle."""
import ast
import pathlib

PACKAGE = pathlib.Path(__file__).resolve().parents[1] / "participatieladder"
# The generated-at-build-time module, imported only when it exists (_native.py's loader).
OPTIONAL = {("_native", "_build")}


def _relative_imports(tree):
    """(module-level, inside-functions) sets of the package modules imported by `tree`."""
    top, inner = set(), set()

    def visit(node, in_function):
        for child in ast.iter_child_nodes(node):
            nested = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if isinstance(child, ast.ImportFrom) and child.level == 1:
                names = [child.module] if child.module else [a.name for a in child.names]
                (inner if in_function else top).update(n.split(".")[0] for n in names)
            visit(child, nested)

    visit(tree, False)
    return top, inner


def _graph():
    graph, inner = {}, {}
    for path in sorted(PACKAGE.glob("*.py")):
        top, nested = _relative_imports(ast.parse(path.read_text(encoding="utf-8")))
        graph[path.stem] = {m for m in top if (PACKAGE / (m + ".py")).exists()}
        inner[path.stem] = {m for m in nested if (path.stem, m) not in OPTIONAL}
    return graph, inner


def test_no_package_import_inside_a_function():
    _, inner = _graph()
    assert {m: sorted(i) for m, i in inner.items() if i} == {}


def test_module_level_imports_form_no_cycle():
    graph, _ = _graph()
    assert len(graph) >= 10
    done, path = set(), []

    def visit(m):
        if m in path:
            raise AssertionError("import cycle: " + " -> ".join(path[path.index(m):] + [m]))
        if m in done:
            return
        path.append(m)
        for n in sorted(graph.get(m, ())):
            visit(n)
        path.pop()
        done.add(m)

    for m in sorted(graph):
        visit(m)

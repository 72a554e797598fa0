"""Each generated module imports exactly what it uses.

A template writes the imports its kind of module may need; this step drops, from every
rendered module, each imported name the module never uses, so the SDK passes an
unused-import check (ruff's F401) without a template tracking every use. A name counts as
used when the code reads it, or when ``__all__`` lists it. An ``if TYPE_CHECKING:`` block
left with nothing is dropped with it. What stays keeps black's layout (``layout.import_from``).
"""

from __future__ import annotations

import ast

from .layout import import_from

_MAX_PASSES = 3  # dropping a TYPE_CHECKING block can leave TYPE_CHECKING itself unused


def prune_imports(source: str) -> str:
    """`source` without the imported names it does not use."""
    for _ in range(_MAX_PASSES):
        pruned = _prune_once(source)
        if pruned == source:
            return source
        source = pruned
    return source


def _prune_once(source: str) -> str:
    tree = ast.parse(source)
    used = _used_names(tree)
    lines = source.splitlines(keepends=True)
    edits: list[tuple[int, int, list[str]]] = []  # (first line, last line, replacement), 1-based
    for statement in tree.body:
        if isinstance(statement, (ast.Import, ast.ImportFrom)):
            edits += _edit(statement, used, 0)
        elif _is_type_checking_block(statement):
            assert isinstance(statement, ast.If)
            inner = [_edit(s, used, 4) for s in statement.body if isinstance(s, (ast.Import, ast.ImportFrom))]
            emptied = sum(1 for e in inner if e and not e[0][2])
            if emptied == len(statement.body):  # nothing left under the `if`: drop the whole block
                edits.append((statement.lineno, statement.end_lineno or statement.lineno, []))
            else:
                edits += [e for group in inner for e in group]
    for first, last, replacement in sorted(edits, reverse=True):
        if replacement:
            lines[first - 1 : last] = replacement
        else:
            _drop(lines, first - 1, last)
    return "".join(lines)


def _edit(statement: ast.Import | ast.ImportFrom, used: set[str], indent: int) -> list[tuple[int, int, list[str]]]:
    """The change to one import statement: none, fewer names, or gone."""
    if isinstance(statement, ast.ImportFrom) and statement.module == "__future__":
        return []
    kept = [alias for alias in statement.names if _bound(alias) in used]
    if len(kept) == len(statement.names):
        return []
    last = statement.end_lineno or statement.lineno
    if not kept:
        return [(statement.lineno, last, [])]
    if isinstance(statement, ast.Import):
        text = " " * indent + "import " + ", ".join(_spelled(alias) for alias in kept)
    else:
        module = "." * statement.level + (statement.module or "")
        text = " " * indent + import_from(indent, module, [_spelled(alias) for alias in kept])
    return [(statement.lineno, last, [line + "\n" for line in text.split("\n")])]


def _bound(alias: ast.alias) -> str:
    """The name an import binds: ``a`` for ``import a.b``, ``y`` for ``... import x as y``."""
    return alias.asname or alias.name.split(".")[0]


def _spelled(alias: ast.alias) -> str:
    return f"{alias.name} as {alias.asname}" if alias.asname else alias.name


def _used_names(tree: ast.Module) -> set[str]:
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    for statement in tree.body:  # names `__all__` exports are used by whoever imports the module
        if isinstance(statement, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in statement.targets):
            used |= {e.value for e in ast.walk(statement.value) if isinstance(e, ast.Constant) and isinstance(e.value, str)}
    return used


def _is_type_checking_block(statement: ast.stmt) -> bool:
    return (
        isinstance(statement, ast.If)
        and isinstance(statement.test, ast.Name)
        and statement.test.id == "TYPE_CHECKING"
        and not statement.orelse
        and all(isinstance(s, (ast.Import, ast.ImportFrom)) for s in statement.body)
    )


def _drop(lines: list[str], start: int, end: int) -> None:
    """Remove ``lines[start:end]``; of the blank lines around it, keep as many as the larger
    run of the two sides had (none at the top of the file), as they were laid out."""
    before = start
    while before > 0 and not lines[before - 1].strip():
        before -= 1
    after = end
    while after < len(lines) and not lines[after].strip():
        after += 1
    keep = max(start - before, after - end) if before > 0 and after < len(lines) else 0
    lines[before:after] = ["\n"] * keep

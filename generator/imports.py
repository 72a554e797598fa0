"""Each generated module imports exactly what it uses.

A template writes the imports its kind of module may need; this step drops, from every
rendered module's head (the imports before its first other statement), each imported name the
module never uses, so the SDK passes an
unused-import check (ruff's F401) without a template tracking every use. A name counts as
used when the code reads it, or when ``__all__`` lists it. An ``if TYPE_CHECKING:`` block
left with nothing is dropped with it. What stays keeps black's layout (``layout.import_from``).
"""

from __future__ import annotations

import ast
import re
from collections import Counter

from .layout import import_from

_Edit = tuple[int, int, list[str]]  # (first line, last line, replacement), 1-based


def prune_imports(source: str) -> str:
    """`source` without the imported names it does not use.

    Only the imports of the module's head (see `_head_length`) are pruned, and only the head is
    parsed: building the syntax tree of a whole module cost more than compiling it. One pass:
    the uses of ``TYPE_CHECKING`` by blocks this step drops are not counted as uses.
    """
    lines = source.splitlines(keepends=True)
    head = _head_length(lines)
    try:
        tree = ast.parse("".join(lines[:head]))
    except SyntaxError:  # a head this scan misjudged: the whole module, then
        head, tree = len(lines), ast.parse(source)
    used = _used_names(source, lines, head, tree)
    emptied = [
        s
        for s in tree.body
        if _is_type_checking_block(s) and not any(_kept(i, used) for i in _imports(s))
    ]
    used["TYPE_CHECKING"] -= len(emptied)
    edits: list[_Edit] = [(s.lineno, s.end_lineno or s.lineno, []) for s in emptied]
    for statement in tree.body:
        if isinstance(statement, (ast.Import, ast.ImportFrom)):
            edits += _edit(statement, used, 0)
        elif _is_type_checking_block(statement) and statement not in emptied:
            edits += [e for s in _imports(statement) for e in _edit(s, used, 4)]
    if not edits:
        return source
    for first, last, replacement in sorted(edits, reverse=True):
        if replacement:
            lines[first - 1 : last] = replacement
        else:
            _drop(lines, first - 1, last)
    return "".join(lines)


def _imports(block: ast.stmt) -> list[ast.Import | ast.ImportFrom]:
    assert isinstance(block, ast.If)
    return [s for s in block.body if isinstance(s, (ast.Import, ast.ImportFrom))]


def _kept(statement: ast.Import | ast.ImportFrom, used: Counter[str]) -> bool:
    """Whether any name of the statement stays."""
    return any(used[_bound(alias)] > 0 for alias in statement.names)


def _edit(statement: ast.Import | ast.ImportFrom, used: Counter[str], indent: int) -> list[_Edit]:
    """The change to one import statement: none, fewer names, or gone."""
    if isinstance(statement, ast.ImportFrom) and statement.module == "__future__":
        return []
    kept = [alias for alias in statement.names if used[_bound(alias)] > 0]
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


# Comments and string literals, which hide no names but for the code inside an f-string. Each
# alternative starts with its own character (`#` or a quote), so the scan jumps from one to the
# next at C speed; a string's prefix letters are looked up behind its quote (see `_code`).
_HIDING = re.compile(
    r"""
    \#[^\n]*                                        # a comment
    | '''(?:[^\\]|\\.)*?''' | \"\"\"(?:[^\\]|\\.)*?\"\"\"   # a string literal
    | '(?:[^'\\\n]|\\.)*' | "(?:[^"\\\n]|\\.)*"
    """,
    re.VERBOSE | re.DOTALL,
)
_PREFIX_LETTERS = frozenset("rRbBuUfF")
# A name, not an attribute (``x.name``) nor a keyword argument (``f(name=1)``, which black
# writes without spaces, unlike an assignment or an annotated default).
_NAME = re.compile(r"(?<![.\w])[^\W\d]\w*(?!\w)(?!=(?!=))")


def _used_names(source: str, lines: list[str], head: int, tree: ast.Module) -> Counter[str]:
    """How often the module reads each name outside its imports (a name ``__all__`` lists
    counts as read). Regex scans, not a walk of a tree: the walk cost as much as parsing."""
    skipped: set[int] = set()
    for statement in tree.body:
        if isinstance(statement, (ast.Import, ast.ImportFrom)):
            skipped.update(range(statement.lineno, (statement.end_lineno or statement.lineno) + 1))
        elif _is_type_checking_block(statement):
            for inner in _imports(statement):
                skipped.update(range(inner.lineno, (inner.end_lineno or inner.lineno) + 1))
    kept = [line for number, line in enumerate(lines[:head], 1) if number not in skipped]
    code = "".join(kept + lines[head:])
    used: Counter[str] = Counter(_NAME.findall(_code(code)))
    exports = _EXPORTS.search(source)
    if exports:  # names `__all__` lists are used by whoever imports the module
        lines = source[exports.start() :].splitlines(keepends=True)
        listed = ast.parse("".join(lines[: _statement_end(lines, 0)]))
        used.update(
            e.value
            for e in ast.walk(listed)
            if isinstance(e, ast.Constant) and isinstance(e.value, str)
        )
    return used


_EXPORTS = re.compile(r"^__all__\b", re.MULTILINE)


def _head_length(lines: list[str]) -> int:
    """How many lines the module's head takes: its docstring, imports, ``if TYPE_CHECKING:``
    blocks of imports, comments and blank lines, up to the first other statement."""
    at = 0
    while at < len(lines):
        line = lines[at]
        if not line.strip() or line.startswith("#"):
            at += 1
        elif at == 0 and line.lstrip("rRuU").startswith(('"""', "'''")):  # the docstring
            quotes = line.lstrip("rRuU")[:3]
            at += 1
            if line.count(quotes) < 2:
                while at < len(lines) and quotes not in lines[at]:
                    at += 1
                at += 1
        elif line.startswith(("import ", "from ")):
            at = _statement_end(lines, at)
        elif line.startswith("if TYPE_CHECKING:"):
            at += 1
            while at < len(lines) and (not lines[at].strip() or lines[at].startswith((" ", "\t"))):
                at = _statement_end(lines, at)
        else:
            break
    return at


def _statement_end(lines: list[str], at: int) -> int:
    """The line after the statement that starts at line `at`: brackets closed,
    no ``\\`` at the end."""
    depth = 0
    while at < len(lines):
        code = lines[at].split("#", 1)[0]
        opened = code.count("(") + code.count("[") + code.count("{")
        depth += opened - code.count(")") - code.count("]") - code.count("}")
        at += 1
        if depth <= 0 and not code.rstrip().endswith("\\"):
            break
    return at


def _code(text: str) -> str:
    """`text` with every comment and string literal blanked, but the code inside f-strings."""
    pieces: list[str] = []
    done = 0  # the end of the last blanked piece
    for hiding in _HIDING.finditer(text):
        start = quote = hiding.start()
        if text[quote] != "#":  # a string: up to two prefix letters right before its quote
            while start > done and quote - start < 2 and text[start - 1] in _PREFIX_LETTERS:
                start -= 1
        pieces += (text[done:start], _code_of(hiding[0], text[start:quote]))
        done = hiding.end()
    pieces.append(text[done:])
    return "".join(pieces)


def _code_of(hiding: str, prefix: str) -> str:
    """What stands for a comment or a string literal: a space, or an f-string's code."""
    if "f" not in prefix.lower():
        return " "
    quotes = 3 if hiding[:3] in ('"""', "'''") else 1
    return " " + _code(hiding[quotes:-quotes]) + " "


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

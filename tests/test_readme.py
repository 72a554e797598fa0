"""The README's Python examples are part of the tests: each passes mypy --strict against the
fixture SDK, and the fake-server example runs under pytest. The places the README's quirk list,
its list of what the SDK takes as the official package does and the conventions' docstring name
after "Where:" must exist."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

from .helpers import GENERATED, ROOT

BLOCKS = re.findall(
    r"^```python\n(.*?)^```",
    (ROOT / "README.md").read_text(encoding="utf-8"),
    re.DOTALL | re.MULTILINE,
)
SDK_BLOCKS = [block for block in BLOCKS if "from twilio_sdk" in block]


def test_the_readme_has_the_examples_it_is_read_for() -> None:
    assert len(SDK_BLOCKS) >= 2 and any("FakeTwilio" in block for block in SDK_BLOCKS)


@pytest.mark.parametrize("index", range(len(SDK_BLOCKS)))
def test_each_example_passes_mypy_strict(index: int, tmp_path: Path) -> None:
    example = tmp_path / f"example_{index}.py"
    example.write_text(SDK_BLOCKS[index], encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(example),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "MYPYPATH": str(GENERATED / "src")},
    )
    assert result.returncode == 0, result.stdout


def test_the_fake_server_example_runs(tmp_path: Path) -> None:
    [example] = [block for block in SDK_BLOCKS if "FakeTwilio" in block]
    (tmp_path / "test_example.py").write_text(example, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(tmp_path / "test_example.py"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(GENERATED / "src")},
    )
    assert result.returncode == 0 and "1 passed" in result.stdout, result.stdout[-3000:]


def _bullets(text: str) -> list[str]:
    """The items of a Markdown or docstring list: a line starting ``- `` and the lines indented
    under it."""
    return [
        " ".join(item.split())
        for item in re.findall(r"^- .*?(?=^- |^\S|\Z)", text, re.DOTALL | re.MULTILINE)
    ]


def _first_list(text: str) -> list[str]:
    return _bullets(next((block for block in text.split("\n\n") if block.startswith("- ")), ""))


def _quirk_list() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return _first_list(
        readme.split("## The whole Twilio API")[1].split("The Twilio quirks this takes")[1]
    )


def _official_inputs_list() -> list[str]:
    """What the SDK takes of what code written for the official package passes."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return _first_list(readme.split("What code written for the official package passes")[1])


def _convention_list() -> list[str]:
    docstring = ast.get_docstring(
        ast.parse((ROOT / "generator" / "conventions.py").read_text(encoding="utf-8"))
    )
    assert docstring is not None
    return _first_list(docstring)


def _defines(source: Path, dotted: str) -> bool:
    """Whether a Python file defines ``name`` (a function, class or assignment at module level),
    or ``Class.member``, one level down per dot."""
    body: list[ast.stmt] = ast.parse(source.read_text(encoding="utf-8")).body
    for part in dotted.split("."):
        found = None
        for node in body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            else:
                names = []
            if part in names:
                found = node
        if found is None:
            return False
        body = found.body if isinstance(found, ast.ClassDef) else []
    return True


def broken_references(item: str) -> Iterator[str]:
    """What is wrong with the places one list item names after "Where:".

    `module.name` is a name in ``generator/module.py``; a path (it has a ``/``) must exist, and
    the bare names after it are names in that file; every backticked name there is one or the other.
    """
    if "Where: " not in item:
        yield "names no place (no 'Where:')"
        return
    current: Path | None = None
    for token in re.findall(r"`+([^`]+)`+", item.split("Where: ", 1)[1]):
        module = ROOT / "generator" / (token.split(".")[0] + ".py")
        if "/" in token:
            current = ROOT / token
            if not current.is_file():
                yield f"{token}: no such file"
        elif "." in token and module.is_file():
            current = None
            if not _defines(module, token.split(".", 1)[1]):
                yield f"{token}: generator/{module.name} does not define it"
        elif current is None or current.suffix != ".py":
            yield f"{token}: neither module.name nor a name after a Python file's path"
        elif not _defines(current, token):
            yield f"{token}: {current.relative_to(ROOT)} does not define it"


def test_the_lists_of_quirks_and_conventions_are_there() -> None:
    quirks, conventions = _quirk_list(), _convention_list()
    assert len(quirks) >= 13 and quirks[0].startswith("- **Range filters**"), quirks[:1]
    assert len(conventions) >= 6 and "pathType" in conventions[0], conventions[:1]
    assert len(_official_inputs_list()) >= 5


@pytest.mark.parametrize(
    "item",
    _quirk_list() + _convention_list() + _official_inputs_list(),
    ids=lambda item: item[:40],
)
def test_each_quirk_and_convention_says_where_it_is_handled(item: str) -> None:
    assert not list(broken_references(item)), list(broken_references(item))


def test_a_wrong_place_is_caught() -> None:
    assert list(broken_references("- **A quirk**: no place.")) == ["names no place (no 'Where:')"]
    wrong = (
        "- **A quirk**. Where: `conventions.mount_nam`, `building._SpecBuilder.plac`, "
        "`nowhere.name`, `templates/runtime/pagination.py` `PageBase.next_page`, `legacy_met`; "
        "`templates/runtime/nothing.py`."
    )
    assert list(broken_references(wrong)) == [
        "conventions.mount_nam: generator/conventions.py does not define it",
        "building._SpecBuilder.plac: generator/building.py does not define it",
        "nowhere.name: neither module.name nor a name after a Python file's path",
        "PageBase.next_page: templates/runtime/pagination.py does not define it",
        "legacy_met: templates/runtime/pagination.py does not define it",
        "templates/runtime/nothing.py: no such file",
    ]
    right = (
        "- Where: `conventions.mount_name`, `ir.Version.account`, "
        "`templates/runtime/pagination.py` `Page.next_page`, `legacy_meta`, "
        "`templates/sdk/version.py.j2`."
    )
    assert not list(broken_references(right))

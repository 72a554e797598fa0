"""Each generated module imports what it uses, and nothing else (generator/imports.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from generator.formatting import format_files
from generator.imports import prune_imports
from generator.problems import SpecError

from .helpers import GENERATED


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import enum\nimport json\n\nx = json.dumps(1)\n", "import json\n\nx = json.dumps(1)\n"),
        (
            "from typing import Any, Iterator, Sequence\n\nx: Any = 1\n",
            "from typing import Any\n\nx: Any = 1\n",
        ),
        (
            "from .resource import (\n    Alpha,\n    Beta,\n    Gamma,\n)\n"
            "\n__all__ = ['Gamma']\nz = Alpha\n",
            "from .resource import Alpha, Gamma\n\n__all__ = ['Gamma']\nz = Alpha\n",
        ),
        (  # a TYPE_CHECKING block left empty goes, and then TYPE_CHECKING itself
            "from typing import TYPE_CHECKING\n\nimport os\n\n"
            "if TYPE_CHECKING:  # why\n    from . import a as _a\n\n\nx = os.sep\n",
            "import os\n\n\nx = os.sep\n",
        ),
        (
            "from __future__ import annotations\n\nx = 1\n",
            "from __future__ import annotations\n\nx = 1\n",
        ),
        ("import a.b as c, d\n\nc.run()\n", "import a.b as c\n\nc.run()\n"),
        ("x = 1  # no imports at all\n", "x = 1  # no imports at all\n"),
        (  # a name in a string, a docstring, a comment or after a dot is not a use of it
            'import os, re, sys, json\n\n"""os"""\nx = "re"  # sys\ny = x.json\n',
            '"""os"""\nx = "re"  # sys\ny = x.json\n',
        ),
        # the head: a docstring, a comment with brackets, a bracketed import; `__all__` over lines
        (
            '"""A module (its docstring).\n"""\n\n# see (why)\n'
            "from .a import (  # (a)\n    A,\n    B,\n)\nimport os\n\n"
            '__all__ = [\n    "A",\n]\n',
            '"""A module (its docstring).\n"""\n\n# see (why)\nfrom .a import A\n\n'
            '__all__ = [\n    "A",\n]\n',
        ),
        (  # an import after the first other statement is not the head's, and is left as it is
            "import os\n\nx = 1\nimport re\n",
            "x = 1\nimport re\n",
        ),
        (  # a keyword argument is no use of a name; an annotation with a default is
            "import enum\nfrom typing import Any\n\n\n"
            "def f(a: Any = None) -> None:\n    g(enum=1)\n",
            "from typing import Any\n\n\ndef f(a: Any = None) -> None:\n    g(enum=1)\n",
        ),
        (  # the code inside an f-string is, whatever its quotes
            "import os, re\n\nx = f\"{os.sep}\"\ny = rf'''{re.escape('a')}'''\n",
            "import os, re\n\nx = f\"{os.sep}\"\ny = rf'''{re.escape('a')}'''\n",
        ),
        (  # a prefix: up to two letters of either case before the quote, none of the string
            # before it; only an f makes the braces code
            "import os, re, sys\n\nx = 'a'f'{os.sep}'\ny = Rb'{re}'\nz = FR\"{sys.path}\"\n",
            "import os, sys\n\nx = 'a'f'{os.sep}'\ny = Rb'{re}'\nz = FR\"{sys.path}\"\n",
        ),
    ],
)
def test_unused_names_go_and_the_rest_keeps_its_layout(source: str, expected: str) -> None:
    assert prune_imports(source) == expected
    assert prune_imports(expected) == expected


def test_the_fixture_sdk_has_no_unused_import() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--no-cache",
            "--select",
            "F401",
            "--output-format",
            "concise",
            str(GENERATED),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_the_fixture_sdk_tests_use_every_local_they_assign() -> None:
    """No local a generated test assigns and never reads (F841), nor a loop variable it does not
    use (B007)."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--no-cache",
            "--select",
            "F841,B007",
            "--output-format",
            "concise",
            str(GENERATED / "tests"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_finishing_refuses_a_module_only_the_compiler_rejects() -> None:
    """A duplicate argument parses; compiling the module, once pruned, finds it and names the
    file, and no file is finished."""
    broken = "import os\n\n\ndef f(limit: int, limit: int) -> None:\n    pass\n"
    with pytest.raises(SpecError) as raised:
        format_files({"pkg/a.py": broken, "pkg/b.py": "x = 1\n"}, use_cache=False)
    (problem,) = raised.value.problems
    assert problem.file == "pkg/a.py"
    assert "duplicate argument 'limit'" in problem.message


def test_finishing_gives_the_pruned_module_it_proved() -> None:
    finished = format_files({"pkg/a.py": "import os\nimport re\n\nx = re.escape\n"}, False)
    assert finished == {"pkg/a.py": "import re\n\nx = re.escape\n"}

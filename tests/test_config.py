"""The project config: names, version, folders, template overlays, and clear errors for bad
values."""

from __future__ import annotations

import copy
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

from generator.config import ProjectConfig, load_config
from generator.pipeline import generate_files, load_and_build
from generator.problems import SpecError

from .helpers import GENERATED, SPEC, run_generator

# What an unknown setting's message lists.
SETTINGS = "package, distribution, version, out, specs or templates"


def write_config(folder: Path, text: str, name: str = "sdk.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_bad_setting_is_reported_at_its_line(tmp_path: Path) -> None:
    config = write_config(
        tmp_path,
        'package = "class"\nversion = "one"\ncolour = "blue"\nspecs = []\n'
        'templates = "nowhere"\ndistribution = "-x"\n',
    )
    result = run_generator("generate", "--config", str(config), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert result.stderr.splitlines()[:-1] == [
        f"{config}:1: /package: 'class' is not a plain ASCII Python identifier free for a package",
        f"{config}:2: /version: 'one' is not a version packaging tools accept (such as 1.2.0)",
        f"{config}:3: /colour: is not a setting: {SETTINGS}",
        f"{config}:4: /specs: must be a non-empty list of file names or glob patterns"
        " (without NUL)",
        f"{config}:5: /templates: 'nowhere' is not a folder",
        f"{config}:6: /distribution: '-x' is not a valid distribution name",
    ]
    assert not (tmp_path / "out").exists()


def test_a_pyproject_table_is_read_and_other_tables_are_left_alone(tmp_path: Path) -> None:
    pyproject = write_config(
        tmp_path,
        '[project]\nname = "x"\n\n[tool.sdkgen]\npackage = "acme"\nversioned = 1\n',
        "pyproject.toml",
    )
    with pytest.raises(SpecError) as raised:
        load_config(pyproject)
    assert raised.value.lines == [
        f"{pyproject}:6: /tool/sdkgen/versioned: is not a setting: {SETTINGS}"
    ]
    assert load_config(root=tmp_path / "nothing-here").package == "twilio_sdk"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('tool = "x"\n', "pyproject.toml: /tool/sdkgen: must be a table"),
        ("[tool]\nsdkgen = 3\n", "pyproject.toml: /tool/sdkgen: must be a table"),
        ('[tool.sdkgen]\nout = "a\\u0000b"\n', ":2: /tool/sdkgen/out: must be a non-empty string"),
        ('[tool.sdkgen]\npackage = "json"\n', "'json' is a module the SDK, its tests or the"),
        ('[tool.sdkgen]\npackage = "httpx"\n', "'httpx' is a module the SDK, its tests or the"),
        ('[tool.sdkgen]\npackage = "conftest"\n', "'conftest' is a module the SDK, its tests"),
    ],
)
def test_a_config_that_cannot_work_is_located_not_a_traceback(
    tmp_path: Path, text: str, says: str
) -> None:
    """``tool = "x"`` was an AttributeError, a NUL in ``out`` a ValueError; a package named
    ``json`` or ``httpx`` gave an SDK whose tests could not import it."""
    write_config(tmp_path, text, "pyproject.toml")
    result = run_generator("generate", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert says in result.stderr and "Traceback" not in result.stderr


def test_an_absolute_spec_pattern_and_a_binary_file_in_the_overlay(tmp_path: Path) -> None:
    """An absolute glob was a NotImplementedError (``Path.glob`` takes relative ones only), and
    any file in the overlay was read as text for the run cache's key (an editor's swap file was
    a UnicodeDecodeError)."""
    (tmp_path / "overlay" / "sdk").mkdir(parents=True)
    (tmp_path / "overlay" / "sdk" / ".README.md.j2.swp").write_bytes(b"\xff\xfe\x00binary")
    (tmp_path / "specs").mkdir()
    spec = tmp_path / "specs" / "voice_v1.yaml"
    spec.write_bytes(SPEC.read_bytes())
    pattern = str(tmp_path.resolve() / "specs" / "*.yaml")
    config = write_config(tmp_path, f'specs = ["{pattern}"]\ntemplates = "overlay"\nout = "o"\n')
    loaded = load_config(config)
    assert loaded.spec_paths() == [spec.resolve()]
    assert run_generator("check", "--config", str(config)).returncode == 1  # no "o" yet
    swap = loaded.options()["templates"]
    (tmp_path / "overlay" / "sdk" / ".README.md.j2.swp").write_bytes(b"\xff changed")
    assert load_config(config).options()["templates"] != swap  # still part of the run's key


def test_not_toml_is_located(tmp_path: Path) -> None:
    config = write_config(tmp_path, 'package = "a"\npackage = \n')
    with pytest.raises(SpecError, match=r"sdk.toml:2: /: not valid TOML"):
        load_config(config)


def test_no_spec_matching_the_config_is_an_error(tmp_path: Path) -> None:
    config = write_config(tmp_path, 'specs = ["spec/*.yaml"]\n')
    result = run_generator("generate", "--config", str(config))
    assert result.returncode == 2
    assert "no spec files match spec/*.yaml" in result.stderr


def test_names_and_version_reach_every_file(tmp_path: Path) -> None:
    config = write_config(
        tmp_path,
        'package = "acme_voice"\ndistribution = "acme-voice-sdk"\nversion = "4.5.6rc1"\n'
        f'specs = ["{SPEC}"]\n',
    )
    files = generate_files(
        load_config(config).spec_paths(), config=load_config(config), use_cache=False
    )
    assert all(
        path.startswith(("src/acme_voice/", "tests/", "docs/")) or "/" not in path for path in files
    )
    assert 'name = "acme-voice-sdk"\nversion = "4.5.6rc1"' in files["pyproject.toml"]
    assert '__version__ = "4.5.6rc1"' in files["src/acme_voice/__init__.py"]
    assert 'user_agent = "acme_voice/4.5.6rc1"' in files["src/acme_voice/client.py"]
    assert 'logging.getLogger("acme_voice")' in files["src/acme_voice/_runtime/tries.py"]
    assert "python -m acme_voice.testing" in files["src/acme_voice/testing/__main__.py"]
    leftovers = [path for path, text in files.items() if "twilio_sdk" in text]
    assert leftovers == []


@pytest.mark.parametrize(
    ("versions", "expected"),
    [
        (("1.2.0", "1.10.0"), "1.10.0"),
        (("1.2.0", "a draft"), "1.2.0"),
        (("latest", "a draft"), "0.0.0"),
        (("2.0.0b1", "1.9"), "2.0.0b1"),
    ],
)
def test_the_version_defaults_to_the_highest_info_version(
    voice_spec: dict[str, Any],
    write_spec: Callable[..., Path],
    versions: tuple[str, str],
    expected: str,
) -> None:
    """OpenAPI's info.version may be any text: only those that are versions are compared."""
    paths = list(voice_spec["paths"])
    halves = []
    for index, version in enumerate(versions):
        half = copy.deepcopy(voice_spec)
        half["info"]["version"] = version
        half["paths"] = {
            p: half["paths"][p]
            for p in paths
            if (p.startswith("/v1/ConnectionPolicies")) == (index == 0)
        }
        halves.append(write_spec(half, f"half{index}.yaml"))
    assert load_and_build(halves).version == expected
    assert (
        load_and_build(halves, config=ProjectConfig(root=Path(), version="9.9.9")).version
        == "9.9.9"
    )


def test_a_template_overlay_replaces_templates_of_the_same_name(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay"
    (overlay / "sdk").mkdir(parents=True)
    (overlay / "runtime").mkdir()
    (overlay / "sdk" / "README.md.j2").write_text(
        "# {{ api.distribution }}, our way\n", encoding="utf-8"
    )
    values = (
        Path(__file__).resolve().parent.parent / "templates" / "runtime" / "values.py"
    ).read_text(encoding="utf-8")
    (overlay / "runtime" / "values.py").write_text(values + "\nOVERLAID = True\n", encoding="utf-8")
    config = write_config(tmp_path, f'templates = "overlay"\nspecs = ["{SPEC}"]\nout = "out"\n')
    assert run_generator("generate", "--config", str(config)).returncode == 0
    out = tmp_path / "out"
    assert (out / "README.md").read_text() == "# twilio-sdk, our way\n"
    assert (out / "src/twilio_sdk/_runtime/values.py").read_text().endswith("\nOVERLAID = True\n")
    assert (out / "src/twilio_sdk/client.py").read_text() == (
        GENERATED / "src/twilio_sdk/client.py"
    ).read_text()
    # The overlay is part of the run's identity: a change to it is never answered from a cache.
    (overlay / "sdk" / "README.md.j2").write_text("# changed\n", encoding="utf-8")
    assert run_generator("check", "--config", str(config)).returncode == 1
    assert run_generator("generate", "--config", str(config)).returncode == 0
    assert (out / "README.md").read_text() == "# changed\n"


def test_two_sdks_of_one_spec_import_and_pass_their_tests_in_one_process(tmp_path: Path) -> None:
    config = write_config(tmp_path, f'package = "acme_voice"\nspecs = ["{SPEC}"]\nout = "acme"\n')
    assert run_generator("generate", "--config", str(config)).returncode == 0
    acme, twilio = tmp_path / "acme", GENERATED
    paths = [str(acme / "src"), str(acme / "tests"), str(twilio / "src"), str(twilio / "tests")]
    probe = (
        "import acme_voice, twilio_sdk\n"
        "assert acme_voice.Client is not twilio_sdk.Client\n"
        "assert acme_voice.Client.__module__ == 'acme_voice.client'\n"
        "from acme_voice.testing import FakeTwilio\n"
        "c = FakeTwilio().client()\n"
        "assert type(c) is acme_voice.Client, type(c)\n"
        "print(c.voice.v1.connection_policies.create(friendly_name='A').friendly_name)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    imported = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60
    )
    assert imported.stdout == "A\n", imported.stderr
    # One pytest process over both test folders (importlib mode: both have a conftest.py).
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--import-mode=importlib",
            "--rootdir",
            str(tmp_path),
            "-o",
            f"pythonpath={' '.join(paths)}",
            str(acme / "tests"),
            str(twilio / "tests"),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert result.returncode == 0, result.stdout[-3000:]
    one_sdk = len(list((twilio / "tests").glob("test_*.py")))
    passed = int(re.search(r"(\d+) passed", result.stdout).group(1))  # type: ignore[union-attr]
    assert one_sdk > 10 and passed % 2 == 0 and passed > 600

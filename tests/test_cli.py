"""The command line: golden output, `check`, and bad input that leaves the output alone."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Callable

import pytest

from generator.config import load_config
from generator.pipeline import generate_files
from generator.writing import MANIFEST, _is_cache, write_tree

from .helpers import CONFIG, GENERATED, SPEC, run_generator


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file's bytes and modification time, caches left out."""
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file() and not _is_cache(p.relative_to(root).parts)
    }


def contents(root: Path) -> dict[str, bytes]:
    return {path: data for path, (data, _) in snapshot(root).items()}


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A copy of the committed generated/ tree."""
    target = tmp_path / "out"
    shutil.copytree(GENERATED, target, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    return target


def test_a_run_without_caches_matches_the_session_fixture_sdk_byte_for_byte(tmp_path: Path) -> None:
    write_tree(
        generate_files([SPEC], use_cache=False, config=load_config(CONFIG)), tmp_path / "fresh"
    )
    assert contents(tmp_path / "fresh") == contents(GENERATED)


def test_two_runs_are_identical(tmp_path: Path) -> None:
    write_tree(generate_files([SPEC], use_cache=False), tmp_path / "one")
    write_tree(generate_files([SPEC], use_cache=False), tmp_path / "two")
    assert contents(tmp_path / "one") == contents(tmp_path / "two")
    assert MANIFEST in contents(tmp_path / "one")


def test_check_passes_on_a_current_tree(out: Path) -> None:
    result = run_generator("check", "--config", str(CONFIG), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout


@pytest.mark.parametrize("edit", ["change", "delete", "add"])
def test_check_fails_after_a_hand_edit_and_passes_after_generate(out: Path, edit: str) -> None:
    target = out / "src/twilio_sdk/voice/v1/connection_policy.py"
    if edit == "change":
        target.write_text(target.read_text() + "\n# hand edit\n")
    elif edit == "delete":
        target.unlink()
    else:
        target = out / "src/twilio_sdk/stray.py"
        target.write_text("x = 1\n")
    before = contents(out)

    result = run_generator("check", "--config", str(CONFIG), "--out", str(out))
    assert result.returncode == 1
    assert str(target.relative_to(out)) in result.stderr
    assert contents(out) == before  # check never writes

    assert run_generator("generate", "--config", str(CONFIG), "--out", str(out)).returncode == 0
    assert run_generator("check", "--config", str(CONFIG), "--out", str(out)).returncode == 0


def _bad_inputs(voice: dict[str, Any]) -> dict[str, tuple[Any, str]]:
    missing_id = _edited(
        voice, lambda s: s["paths"]["/v1/ConnectionPolicies"]["post"].pop("operationId")
    )
    unknown_ref = _edited(
        voice,
        lambda s: s["paths"]["/v1/ConnectionPolicies/{Sid}"]["get"]["responses"]["200"]["content"][
            "application/json"
        ]["schema"].update({"$ref": "#/components/schemas/Missing"}),
    )
    return {
        "yaml syntax": ("openapi: 3.0.3\npaths:\n  /a: {get: [\n", ":4: /: YAML syntax error"),
        "not openapi": (
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\n",
            ":1: /: not an OpenAPI 3 document",
        ),
        "missing operationId": (
            missing_id,
            ": /paths/~1v1~1ConnectionPolicies/post: operation has no operationId",
        ),
        "unknown $ref": (
            unknown_ref,
            "$ref '#/components/schemas/Missing' points at nothing in this document",
        ),
    }


def _edited(spec: dict[str, Any], edit: Callable[[dict[str, Any]], Any]) -> dict[str, Any]:
    import copy

    spec = copy.deepcopy(spec)
    edit(spec)
    return spec


@pytest.mark.parametrize(
    "case", ["yaml syntax", "not openapi", "missing operationId", "unknown $ref"]
)
def test_bad_input_exits_2_with_a_located_error_and_leaves_the_output_untouched(
    out: Path, voice_spec: dict[str, Any], write_spec: Callable[..., Path], case: str
) -> None:
    spec, expected = _bad_inputs(voice_spec)[case]
    path = write_spec(spec)
    before = snapshot(out)

    result = run_generator(
        "generate", "--config", str(CONFIG), "--spec", str(path), "--out", str(out)
    )

    assert result.returncode == 2
    assert f"{path}:" in result.stderr
    assert expected in result.stderr
    assert "nothing was written" in result.stderr
    assert snapshot(out) == before


def test_every_problem_of_several_files_is_reported(
    tmp_path: Path, write_spec: Callable[..., Path]
) -> None:
    first = write_spec("openapi: 3.0.3\n  bad: [\n", "first.yaml")
    second = write_spec("swagger: '2.0'\n", "second.yaml")
    result = run_generator(
        "generate",
        "--config",
        str(CONFIG),
        "--spec",
        str(first),
        "--spec",
        str(second),
        "--out",
        str(tmp_path / "o"),
    )
    assert result.returncode == 2
    assert str(first) in result.stderr and str(second) in result.stderr
    assert "2 problem(s)" in result.stderr
    assert not (tmp_path / "o").exists()


def test_generate_refuses_to_replace_a_directory_it_did_not_make(tmp_path: Path) -> None:
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me")
    result = run_generator("generate", "--config", str(CONFIG), "--out", str(precious))
    assert result.returncode == 2
    assert "was not made by the generator" in result.stderr
    assert (precious / "notes.txt").read_text() == "keep me"


def test_any_out_dir_gets_the_same_layout(tmp_path: Path) -> None:
    result = run_generator(
        "generate", "--config", str(CONFIG), "--out", str(tmp_path / "elsewhere")
    )
    assert result.returncode == 0, result.stderr
    assert contents(tmp_path / "elsewhere") == contents(GENERATED)


def test_check_ignores_what_git_ignores_and_nothing_else(tmp_path: Path) -> None:
    """A wheel built in place or a local venv is not the generator's business; a stray file is."""
    import subprocess

    project = tmp_path / "project"
    out = project / "generated"
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    (project / ".gitignore").write_text("build/\n*.whl\n.venv/\n")
    for junk in (
        "build/lib/twilio_sdk/client.py",
        "twilio_sdk-1.0-py3-none-any.whl",
        ".venv/bin/python",
    ):
        (out / junk).parent.mkdir(parents=True, exist_ok=True)
        (out / junk).write_text("not generated\n")
    result = run_generator("check", "--config", str(CONFIG), "--out", str(out))
    assert result.returncode == 0, result.stderr
    (out / "notes.txt").write_text("a stray file git does not ignore\n")
    result = run_generator("check", "--config", str(CONFIG), "--out", str(out))
    assert result.returncode == 1
    assert result.stderr.splitlines()[1:] == ["  notes.txt"]


def test_generate_says_what_changed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_generator("generate", "--config", str(CONFIG), "--out", str(out))
    files = len(contents(out)) - 1  # the manifest is not one of the generated files
    assert f"generated {files} files in {out}/ ({files} files changed): 1 specs" in first.stdout
    again = run_generator("generate", "--config", str(CONFIG), "--out", str(out))
    assert f"({'0 files changed'})" in again.stdout
    (out / "README.md").write_text("edited by hand\n")
    assert (
        "(1 file changed)"
        in run_generator("generate", "--config", str(CONFIG), "--out", str(out)).stdout
    )


@pytest.mark.parametrize("terminal", [True, False])
def test_progress_shows_on_a_terminal_and_never_in_a_log(tmp_path: Path, terminal: bool) -> None:
    import os
    import pty
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("CI", "SDKGEN_PROGRESS")}
    env["TWILIO_SDK_GENERATOR_CACHE"] = str(tmp_path / "cache")  # a cold run: every stage runs
    command = [
        sys.executable,
        "-m",
        "generator",
        "generate",
        "--config",
        str(CONFIG),
        "--out",
        str(tmp_path / "out"),
    ]
    if not terminal:
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 0 and result.stderr == ""
        return
    leader, follower = pty.openpty()
    run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=follower, env=env, text=True)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the run closed its end
            break
        if not chunk:
            break
        seen += chunk
    run.wait(timeout=120)
    os.close(leader)
    shown = seen.decode()
    assert run.returncode == 0
    assert (
        "rendering resources: 12/12" in shown
        and "loading specs" in shown
        and shown.endswith("\r\x1b[K")
    )

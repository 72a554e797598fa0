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
    write_tree(generate_files([SPEC], use_cache=False, config=load_config(CONFIG)), tmp_path / "fresh")
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
    missing_id = _edited(voice, lambda s: s["paths"]["/v1/ConnectionPolicies"]["post"].pop("operationId"))
    unknown_ref = _edited(
        voice,
        lambda s: s["paths"]["/v1/ConnectionPolicies/{Sid}"]["get"]["responses"]["200"]["content"][
            "application/json"
        ]["schema"].update({"$ref": "#/components/schemas/Missing"}),
    )
    return {
        "yaml syntax": ("openapi: 3.0.3\npaths:\n  /a: {get: [\n", ":4: /: YAML syntax error"),
        "not openapi": ("swagger: '2.0'\ninfo: {title: t, version: '1'}\n", ":1: /: not an OpenAPI 3 document"),
        "missing operationId": (missing_id, ": /paths/~1v1~1ConnectionPolicies/post: operation has no operationId"),
        "unknown $ref": (unknown_ref, "$ref '#/components/schemas/Missing' points at nothing in this document"),
    }


def _edited(spec: dict[str, Any], edit: Callable[[dict[str, Any]], Any]) -> dict[str, Any]:
    import copy

    spec = copy.deepcopy(spec)
    edit(spec)
    return spec


@pytest.mark.parametrize("case", ["yaml syntax", "not openapi", "missing operationId", "unknown $ref"])
def test_bad_input_exits_2_with_a_located_error_and_leaves_the_output_untouched(
    out: Path, voice_spec: dict[str, Any], write_spec: Callable[..., Path], case: str
) -> None:
    spec, expected = _bad_inputs(voice_spec)[case]
    path = write_spec(spec)
    before = snapshot(out)

    result = run_generator("generate", "--config", str(CONFIG), "--spec", str(path), "--out", str(out))

    assert result.returncode == 2
    assert f"{path}:" in result.stderr
    assert expected in result.stderr
    assert "nothing was written" in result.stderr
    assert snapshot(out) == before


def test_every_problem_of_several_files_is_reported(tmp_path: Path, write_spec: Callable[..., Path]) -> None:
    first = write_spec("openapi: 3.0.3\n  bad: [\n", "first.yaml")
    second = write_spec("swagger: '2.0'\n", "second.yaml")
    result = run_generator("generate", "--config", str(CONFIG), "--spec", str(first), "--spec", str(second), "--out", str(tmp_path / "o"))
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
    result = run_generator("generate", "--config", str(CONFIG), "--out", str(tmp_path / "elsewhere"))
    assert result.returncode == 0, result.stderr
    assert contents(tmp_path / "elsewhere") == contents(GENERATED)

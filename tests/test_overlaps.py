"""Two specs that would make the same part of one SDK are refused, naming both files and lines."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, Callable

import pytest

from generator.pipeline import load_and_build
from generator.problems import SpecError

POLICIES = "/v1/ConnectionPolicies"


def only(spec: dict[str, Any], *paths: str) -> dict[str, Any]:
    """The spec with only `paths` (and what they need from components)."""
    kept = copy.deepcopy(spec)
    kept["paths"] = {p: kept["paths"][p] for p in paths}
    return kept


def line_of(path: Path, key: str) -> int:
    return path.read_text(encoding="utf-8").splitlines().index(f"  {key}:") + 1


def problems(*paths: Path) -> list[str]:
    with pytest.raises(SpecError) as raised:
        load_and_build(list(paths))
    return raised.value.lines


def test_the_same_spec_twice_is_refused_once_per_resource(
    voice_spec: dict[str, Any], write_spec: Callable[..., Path]
) -> None:
    first, second = write_spec(voice_spec, "a.yaml"), write_spec(voice_spec, "b.yaml")
    found = problems(first, second)
    assert len(found) == len(load_and_build([first]).resources)
    assert all(
        line.startswith(f"{second}:") and f"is also made by {first}:" in line for line in found
    )
    policies = next(line for line in found if "client.voice.v1.connection_policies is" in line)
    assert policies == (
        f"{second}:{line_of(second, POLICIES)}: /paths/~1v1~1ConnectionPolicies: "
        "client.voice.v1.connection_policies "
        f"is also made by {first}:{line_of(first, POLICIES)}; "
        "two specs may not describe one resource"
    )


def test_a_split_spec_is_fine(voice_spec: dict[str, Any], write_spec: Callable[..., Path]) -> None:
    paths = list(voice_spec["paths"])
    policies = [p for p in paths if p.startswith(POLICIES)]
    rest = [p for p in paths if p not in policies]
    split = [
        write_spec(only(voice_spec, *policies), "a.yaml"),
        write_spec(only(voice_spec, *rest), "b.yaml"),
    ]
    assert load_and_build(split) == load_and_build([write_spec(voice_spec, "whole.yaml")])


def test_one_route_under_another_name_is_refused(
    voice_spec: dict[str, Any], write_spec: Callable[..., Path]
) -> None:
    renamed = only(voice_spec, POLICIES, POLICIES + "/{Sid}")
    for item in renamed["paths"].values():
        item["x-twilio"].update(mountName="policies", className="RoutingPolicy")
    first = write_spec(only(voice_spec, POLICIES, POLICIES + "/{Sid}"), "a.yaml")
    second = write_spec(renamed, "b.yaml")
    found = problems(first, second)
    assert [line.split(": ", 2)[2].split(" is also")[0] for line in found] == [
        "route POST /v1/ConnectionPolicies"
    ]


def test_one_module_under_another_path_is_refused(
    voice_spec: dict[str, Any], write_spec: Callable[..., Path]
) -> None:
    moved = only(voice_spec, POLICIES, POLICIES + "/{Sid}")
    moved["paths"] = {
        path.replace("ConnectionPolicies", "RoutingPolicies"): item
        for path, item in moved["paths"].items()
    }
    for item in moved["paths"].values():
        item["x-twilio"].update(className="ConnectionPolicy")
    found = problems(
        write_spec(only(voice_spec, POLICIES, POLICIES + "/{Sid}"), "a.yaml"),
        write_spec(moved, "b.yaml"),
    )
    assert len(found) == 1 and "module voice/v1/connection_policy.py is also made by" in found[0]

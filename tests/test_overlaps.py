"""Two specs that would make the same part of one SDK are refused, naming both files and lines,
unless they describe it alike, or are two releases of one description (the newer is kept)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Callable

import pytest

from generator.ir import Api
from generator.pipeline import Summary, load_and_build
from generator.problems import SpecError

from .helpers import run_generator

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


def test_the_same_spec_twice_makes_each_resource_once(
    voice_spec: dict[str, Any], write_spec: Callable[..., Path]
) -> None:
    first, second = write_spec(voice_spec, "a.yaml"), write_spec(voice_spec, "b.yaml")
    summary = Summary()
    twice = load_and_build([first, second], summary=summary)
    once = load_and_build([first])
    assert twice.domains == once.domains
    # nothing dropped silently: each operation of the second file is reported merged
    operations = sum(len(r.operations) for _, _, r in once.resources)
    assert summary.as_dict()["operations_merged"] == operations == len(twice.merged)
    assert {m["spec"] for m in summary.merged} == {str(second)}
    assert {m["kept"] for m in summary.merged} == {str(first)}


def _edited(spec: dict[str, Any], version: str, title: str | None = None) -> dict[str, Any]:
    """The spec with another info.version (and title) and a create that differs."""
    edited = copy.deepcopy(spec)
    edited["info"]["version"] = version
    if title is not None:
        edited["info"]["title"] = title
    edited["paths"][POLICIES]["post"]["description"] = "Make a connection policy (edited)."
    return edited


def _create_description(api: Api) -> str:
    policies = next(r for _, _, r in api.resources if r.mount_name == "connection_policies")
    return next(op.description for op in policies.operations if op.kind == "create")


@pytest.mark.parametrize("newer_first", [False, True])
def test_of_two_releases_of_one_description_the_newer_is_kept(
    voice_spec: dict[str, Any], write_spec: Callable[..., Path], newer_first: bool
) -> None:
    """Twilio's 2.0.0 has content v1 twice, ``twilio_content_v1.yaml`` (1.0.0) and
    ``twilio_content_sdk.yaml`` (1.1.0), same title: the SDK is built from the later one,
    whichever file comes first."""
    older = write_spec(only(voice_spec, POLICIES, POLICIES + "/{Sid}"), "a.yaml")
    newer = write_spec(_edited(only(voice_spec, POLICIES, POLICIES + "/{Sid}"), "1.1.0"), "b.yaml")
    api = load_and_build([newer, older] if newer_first else [older, newer])
    assert _create_description(api) == "Make a connection policy (edited)."
    assert {(m.file, m.kept) for m in api.merged} == {(str(older), str(newer))}


@pytest.mark.parametrize(
    "version, title",
    [("1.0.0", None), ("1.1.0", "Our own voice spec"), ("next", None)],
    ids=["same-version", "other-title", "no-version"],
)
def test_differing_descriptions_with_no_newer_release_are_refused(
    voice_spec: dict[str, Any], write_spec: Callable[..., Path], version: str, title: str | None
) -> None:
    first = write_spec(only(voice_spec, POLICIES, POLICIES + "/{Sid}"), "a.yaml")
    second = write_spec(
        _edited(only(voice_spec, POLICIES, POLICIES + "/{Sid}"), version, title), "b.yaml"
    )
    found = problems(first, second)
    assert len(found) == 1 and "client.voice.v1.connection_policies is also made by" in found[0]


def test_another_apis_description_is_refused_where_it_differs(
    voice_spec: dict[str, Any], write_spec: Callable[..., Path]
) -> None:
    """A spec of another title is no release of the first, however new: what both describe
    alike is made once, and the resource they describe otherwise is refused (with the
    resources nested in it), naming the other file and line."""
    first, second = write_spec(voice_spec, "a.yaml"), write_spec(
        _edited(voice_spec, "1.1.0", "Other"), "b.yaml"
    )
    found = problems(first, second)
    assert [line.split(": ", 2)[2].split(" is also")[0] for line in found] == [
        "client.voice.v1.connection_policies",
        "client.voice.v1.connection_policies(...).targets",
    ]
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


def test_generate_reports_what_it_merged(
    voice_spec: dict[str, Any], write_spec: Callable[..., Path], tmp_path: Path
) -> None:
    """The operations of the description left out are named in the output and the summary."""
    part = (POLICIES, POLICIES + "/{Sid}")
    older = write_spec(only(voice_spec, *part), "a.yaml")
    newer = write_spec(_edited(only(voice_spec, *part), "1.1.0"), "b.yaml")
    summary = tmp_path / "summary.json"
    done = run_generator(
        "generate",
        "--spec",
        str(older),
        str(newer),
        "--out",
        str(tmp_path / "out"),
        "--summary-json",
        str(summary),
    )
    assert done.returncode == 0, done.stderr
    assert f"  merged POST {POLICIES} ({older}): generated as {newer} describes it" in (
        done.stdout.splitlines()
    )
    counts = json.loads(summary.read_text(encoding="utf-8"))
    assert counts["operations_merged"] == len(counts["merged"]) > 0
    assert (
        counts["operations_generated"] + counts["operations_merged"]
        == counts["operations_in_specs"]
    )

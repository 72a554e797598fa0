"""`make history` (``tools/history.py``) on three tiny releases of a spec of our own, packed as
Twilio's releases are (``TAG.tar.xz`` holding ``TAG/spec/yaml/*.yaml``):

- 1.2.0 has a create with a multipart body, which strict generation refuses;
- 1.9.0 has widgets and gadgets;
- 1.10.0 drops the gadgets' delete (a real break) and gives widgets a new field.

Version order puts 1.10.0 last, though it sorts before 1.2.0 by name.
"""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path
from typing import Any

import pytest

from tools import history

from .sketches import Sketch, spec_of

FIELDS = {"friendly_name": {"type": "string", "example": "friendly"}}
PARAMS = {"FriendlyName": {"type": "string"}}


def release_spec(tag: str) -> dict[str, Any]:
    widget_fields = dict(FIELDS)
    gadget_operations: tuple[str, ...] = ("create", "list", "fetch", "update", "delete")
    if tag == "1.10.0":
        widget_fields["colour"] = {"type": "string", "example": "blue"}
        gadget_operations = ("create", "list", "fetch", "update")
    spec = spec_of(
        [
            Sketch("Widgets", widget_fields, PARAMS, sid_prefix="WD"),
            Sketch("Gadgets", FIELDS, PARAMS, operations=gadget_operations, sid_prefix="GD"),
        ]
    )
    if tag == "1.2.0":
        body = spec["paths"]["/v1/Widgets"]["post"]["requestBody"]["content"]
        body["multipart/form-data"] = body.pop("application/x-www-form-urlencoded")
    return spec


# A second product, the same in every release: its unit tests run once.
GIZMOS = spec_of([Sketch("Gizmos", FIELDS, PARAMS, sid_prefix="GZ")], "gizmos.example.com")


def pack(folder: Path, tag: str) -> None:
    """`folder/TAG.tar.xz` holding `TAG/spec/yaml/widgets_v1.yaml` and `gizmos_v1.yaml`."""
    with tarfile.open(folder / f"{tag}.tar.xz", "w:xz") as tar:
        for name, spec in (("widgets_v1", release_spec(tag)), ("gizmos_v1", GIZMOS)):
            text = json.dumps(spec).encode()
            member = tarfile.TarInfo(f"{tag}/spec/yaml/{name}.yaml")
            member.size = len(text)
            tar.addfile(member, io.BytesIO(text))


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Any], list[Any], list[str], str]:
    folder = tmp_path_factory.mktemp("releases")
    for tag in ("1.10.0", "1.2.0", "1.9.0"):
        pack(folder, tag)
    scratch = tmp_path_factory.mktemp("scratch")
    # mypy on the whole tiny SDK takes longer than all the rest: its count is checked below.
    steps = set(history.EVERY_STEP) - {"mypy"}
    found = history.history(folder, scratch, steps)
    text = history.report(found.outcomes, found.diffs, found.e2e_on)
    return found.outcomes, found.diffs, found.e2e_on, text


def test_releases_go_in_version_order() -> None:
    tags = ["2.0.0", "1.10.0", "1.9.1", "1.9.0"]
    assert sorted(tags, key=history.version_key) == ["1.9.0", "1.9.1", "1.10.0", "2.0.0"]


def test_each_release_is_a_row_and_a_failing_one_is_reported(
    ran: tuple[list[Any], list[Any], list[str], str],
) -> None:
    outcomes, _, e2e_on, text = ran
    rows = {o.tag: o.row() for o in outcomes}
    assert [o.tag for o in outcomes] == ["1.2.0", "1.9.0", "1.10.0"]
    assert rows["1.2.0"] == ["1.2.0", "2", "-", "-", "-", "FAILED", "-", "-", "-", "-", "-"]
    assert outcomes[0].failed and "multipart/form-data" in outcomes[0].problems[0]
    # The two that generate: 3 resources, 15 then 14 operations, all checks clean; the gizmos'
    # unit tests, unchanged, run in 1.9.0 only.
    assert rows["1.9.0"][:8] == ["1.9.0", "2", "3", "15", "0", "ok", "ok", "-"]
    assert rows["1.10.0"][:8] == ["1.10.0", "2", "3", "14", "0", "ok", "ok", "-"]
    assert (rows["1.9.0"][9], rows["1.10.0"][9]) == ("3/3", "2/3")
    for outcome in outcomes[1:]:
        assert not outcome.failed, outcome.problems
        assert outcome.unit is not None and outcome.unit.passed > 0 and outcome.unit.failed == 0
        assert outcome.e2e is not None and outcome.e2e.passed > 0 and outcome.e2e.failed == 0
    assert e2e_on == ["1.9.0", "1.10.0"]
    assert "### 1.2.0 failed" in text and "multipart/form-data" in text


def test_the_diff_of_each_pair_counts_the_real_break(
    ran: tuple[list[Any], list[Any], list[str], str],
) -> None:
    _, diffs, _, text = ran
    assert [(d.old, d.new) for d in diffs] == [("1.2.0", "1.9.0"), ("1.9.0", "1.10.0")]
    first, second = diffs
    # 1.2.0 cannot be diffed strictly: the diff leaving out its create says so beside the counts.
    assert first.problem and first.lenient
    assert first.row()[4].startswith("with --skip-unsupported")
    assert not second.problem
    [removed] = second.breaking
    assert "delete" in removed and "gadgets" in removed
    assert second.changes > len(second.breaking)  # the new field is a non-breaking change
    assert f"### 1.9.0 -> 1.10.0: 1 breaking\n\n- {removed}" in text


def test_mypy_errors_are_counted(tmp_path: Path) -> None:
    from tools import sdk_checks

    for folder, text in (("src/pkg", "x: int = 'one'\ny: str = 2\n"), ("tests", "")):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "__init__.py").write_text(text, encoding="utf-8")
    assert sdk_checks.mypy(tmp_path, tmp_path / "cache")[1] == 2
    (tmp_path / "src/pkg/__init__.py").write_text("x: int = 1\n", encoding="utf-8")
    assert sdk_checks.mypy(tmp_path, tmp_path / "cache")[1] == 0


def test_a_folder_without_releases_is_an_error(tmp_path: Path) -> None:
    assert history.main([str(tmp_path)]) == 2


def test_unit_ends_runs_the_unit_tests_of_the_oldest_and_newest_release_only(
    tmp_path: Path,
) -> None:
    """``--unit ends``, as CI runs it: every release is generated, the unit tests of the
    first and last in version order only (1.2.0 does not generate, so 1.10.0's alone)."""
    folder = tmp_path / "releases"
    folder.mkdir()
    for tag in ("1.10.0", "1.2.0", "1.9.0"):
        pack(folder, tag)
    found = history.history(folder, tmp_path / "scratch", {"generate", "unit"}, unit_all=False)
    units = {o.tag: o.unit for o in found.outcomes}
    assert units["1.2.0"] is None and units["1.9.0"] is None
    assert units["1.10.0"] is not None and units["1.10.0"].passed > 0

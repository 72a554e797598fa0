"""Enum class names come from where each enum is defined, never from the order the generator
meets them: adding an enum to a resource never renames one it had (Twilio's 2.6.4 added an
inline `EndUserType` filter to numbers v2 bundles, and the create's `EndUserType` became
`EndUserType2`). See generator/type_mapping.py, name_enums."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import yaml

from generator.pipeline import generate_files

from .sketches import Sketch, spec_of

INDIVIDUAL_FIRST = {"type": "string", "enum": ["individual", "business"]}
BUSINESS_FIRST = {"type": "string", "enum": ["business", "individual"]}


def _enums(tmp_path: Path, sketch: Sketch, schemas: dict[str, Any]) -> dict[str, list[str]]:
    """The enum classes of the sketched resource's module, each with its values."""
    document = spec_of([sketch])
    document["components"]["schemas"].update(schemas)
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    files = generate_files([path], use_cache=False)
    module = sketch.segment.lower().rstrip("s")  # the resource's module is singular
    source = files[f"src/twilio_sdk/widgets/v1/{module}.py"]
    found = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef) and any(
            isinstance(base, ast.Name) and base.id == "WireEnum" for base in node.bases
        ):
            found[node.name] = [
                ast.literal_eval(item.value) for item in node.body if isinstance(item, ast.Assign)
            ]
    return found


def test_a_named_enum_keeps_its_name_when_an_inline_one_of_that_name_is_added(
    tmp_path: Path,
) -> None:
    """The 2.6.4 shape: the create's named enum, then a list filter defined in place with the
    same name and other values (the filter is met first: lists are read before creates)."""
    named = {"bundle_enum_end_user_type": INDIVIDUAL_FIRST}
    create = {"EndUserType": {"$ref": "#/components/schemas/bundle_enum_end_user_type"}}
    old = _enums(tmp_path, Sketch("Bundles", {}, params=create), named)
    assert old == {"EndUserType": ["individual", "business"]}
    new = _enums(
        tmp_path,
        Sketch("Bundles", {}, params=create, filters={"EndUserType": BUSINESS_FIRST}),
        named,
    )
    assert new == {
        "EndUserType": ["individual", "business"],  # unchanged
        "ListBundlesEndUserType": ["business", "individual"],  # qualified by its operation
    }


def test_clashing_enums_defined_in_place_are_named_by_their_place_in_any_order(
    tmp_path: Path,
) -> None:
    """Two enums of one rank contend for `Status`: both are qualified by where they are
    defined, so swapping which place holds which values swaps nothing but the values."""
    one = {"type": "string", "enum": ["open", "closed"]}
    two = {"type": "string", "enum": ["queued", "sent"]}
    for create, listing in [(one, two), (two, one)]:
        sketch = Sketch("Widgets", {}, params={"Status": create}, filters={"Status": listing})
        assert _enums(tmp_path, sketch, {}) == {
            "CreateWidgetsStatus": create["enum"],
            "ListWidgetsStatus": listing["enum"],
        }


def test_the_resources_own_named_enum_outranks_another_schemas(tmp_path: Path) -> None:
    """The model's schema is ``m0`` in a sketch: its own ``m0_enum_status`` keeps `Status`
    whatever other schema's status enum the resource also takes; that other one is qualified
    by its schema. On its own, the other one is `Status` (the trade-off: see the README)."""
    schemas = {
        "m0_enum_status": {"type": "string", "enum": ["open", "closed"]},
        "other_enum_status": {"type": "string", "enum": ["queued", "sent"]},
    }
    own = {"status": {"$ref": "#/components/schemas/m0_enum_status", "example": "open"}}
    other = {"Status": {"$ref": "#/components/schemas/other_enum_status"}}
    alone = _enums(tmp_path, Sketch("Widgets", {}, params=other), schemas)
    assert alone == {"Status": ["queued", "sent"]}
    both = _enums(tmp_path, Sketch("Widgets", own, params=other), schemas)
    assert both == {"Status": ["open", "closed"], "OtherStatus": ["queued", "sent"]}

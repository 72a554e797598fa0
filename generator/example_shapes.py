"""Whether an example has the shape its schema gives it: the check behind both the located
warnings validation prints and the generator's choice of the spec's example or a made-up one.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .schemas import flatten


def _flat(data: Any, schema: Any) -> dict[str, Any]:
    """`flatten`, for a schema that may be malformed (the OpenAPI validator reports how)."""
    try:
        return flatten(data, schema)
    except (TypeError, ValueError, AttributeError, RecursionError):
        return {}


# Examples. Twilio's own examples break their schemas' constraints (a Sid that does not match
# its pattern, "" for a URL, a status outside its enum) and give null for fields not declared
# nullable, numbers and booleans as text, one value for a list sent as repeated form keys:
# 263 of the 3,038 examples in its 55 specs. So an example is checked for its shape, not its
# constraints: each value must be of its schema's type, recursively through items and the
# declared properties, and fit one of a oneOf's or anyOf's forms. null fits anything; a number
# or a boolean may be written as its text ("19.72", "true"); where the value travels as text (a
# parameter, a form field) anything fits a string, one value fits a list, and JSON text fits an
# object. Enums, patterns, formats, lengths and ranges are left to the generated tests, which
# replace an example that breaks them.

MAX_EXAMPLE_DEPTH = 64
_INTEGER_TEXT = re.compile(r"[-+]?\d+")
_NUMBER_TEXT = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_A_TYPE = {
    "integer": "an integer",
    "number": "a number",
    "string": "a string",
    "boolean": "a boolean",
    "array": "an array",
    "object": "an object",
}


def _fits_type(value: Any, kind: Any, text: bool) -> bool:
    if kind == "string":
        return isinstance(value, str) or text
    if kind == "integer":
        if isinstance(value, str):
            return bool(_INTEGER_TEXT.fullmatch(value.strip()))
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    if kind == "number":
        if isinstance(value, str):
            return bool(_NUMBER_TEXT.fullmatch(value.strip()))
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool) or (
            isinstance(value, str) and value.strip().lower() in ("true", "false")
        )
    if kind == "array":
        return isinstance(value, list) or (text and not isinstance(value, dict))
    if kind == "object":
        return isinstance(value, dict) or (text and isinstance(value, str) and _json_object(value))
    return True  # a type the generator reads as Any


def _json_object(value: str) -> bool:
    try:
        return isinstance(json.loads(value), dict)
    except ValueError:
        return False


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def is_json(value: Any) -> bool:
    """Whether a value from YAML is one JSON can hold (not a date, bytes or a non-finite
    number)."""
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError, RecursionError):
        return False
    return True


def example_mismatch(
    data: Any,
    schema: Any,
    value: Any,
    text: bool = False,
    fields_text: bool = False,
    depth: int = 0,
) -> tuple[tuple[Any, ...], str] | None:
    """Where in `value` (a path) and how it breaks the shape `schema` gives it, or None.

    `text`: the value travels as text (a parameter, a form field); `fields_text`: its
    properties do (a form body)."""
    if value is None or depth > MAX_EXAMPLE_DEPTH:
        return None
    if not isinstance(value, (dict, list)) and not is_json(value):
        # YAML's own: an unquoted 2024-01-02, .inf, !!binary
        return (), f"{_shown(value)} is not a value JSON can hold: quote it in the YAML"
    flat = _flat(data, schema)
    for keyword in ("oneOf", "anyOf"):
        forms = flat.get(keyword)
        if (
            isinstance(forms, list)
            and forms
            and all(
                example_mismatch(data, form, value, text, fields_text, depth + 1) for form in forms
            )
        ):
            return (), f"{_shown(value)} matches none of the schemas its {keyword} lists"
    declared = flat.get("type")
    kinds = [
        k
        for k in (declared if isinstance(declared, list) else [declared])
        if isinstance(k, str) and k != "null"
    ]
    if kinds and not any(_fits_type(value, kind, text) for kind in kinds):
        return (), f"{_shown(value)} is not {' or '.join(_A_TYPE.get(k, repr(k)) for k in kinds)}"
    if isinstance(value, list) and (not kinds or "array" in kinds):
        for index, item in enumerate(value):
            found = example_mismatch(data, flat.get("items"), item, text, False, depth + 1)
            if found:
                return (index, *found[0]), found[1]
    elif (
        text
        and kinds
        and "array" in kinds
        and not any(_fits_type(value, k, False) for k in kinds if k != "array")
    ):
        return example_mismatch(
            data, flat.get("items"), value, text, False, depth + 1
        )  # one value of the list
    elif isinstance(value, dict) and (not kinds or "object" in kinds):
        declared = flat.get("properties")
        properties: dict[str, Any] = declared if isinstance(declared, dict) else {}
        extra = flat.get("additionalProperties")
        for name, item in value.items():
            if name in properties:
                found = example_mismatch(
                    data, properties[name], item, fields_text, False, depth + 1
                )
            elif extra is False:
                found = (), f"property {name!r} is not declared, and the schema allows no others"
            elif isinstance(extra, dict):
                found = example_mismatch(data, extra, item, fields_text, False, depth + 1)
            else:  # any value, but one JSON can hold
                found = example_mismatch(data, {}, item, fields_text, False, depth + 1)
            if found:
                return (name, *found[0]), found[1]
    return None

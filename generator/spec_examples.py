"""The examples the IR carries for the generated tests: the spec's own where they fit,
made up where not.

Specs give examples that break their own rules (``"example"`` for a Sid, ``""`` for a URL) or
none at all; a parameter then gets a value that satisfies its schema, and an operation
without an answer example gets one with a value per scalar property of its answer.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from . import conventions
from .example_shapes import example_mismatch, is_json
from .ir import JsonValue
from .patterns import samples
from .responses import json_media, success_responses, success_schema
from .schemas import flatten, resolve


def fitting(
    example: Any,
    schema: Mapping[str, Any],
    constraints: tuple[tuple[str, Any], ...],
    root: Mapping[str, Any] | None = None,
) -> Any:
    """A parameter's example: the spec's when it has the schema's type and fits the
    constraints, else one made up from the schema (the spec's is kept when even that fails)."""
    fmt = schema.get("format") if isinstance(schema.get("format"), str) else None
    if not is_json(example):  # a YAML date, .inf or !!binary: validation warns of it
        example = None
    elif schema.get("type") == "string" and type(example) in (int, float):
        example = str(example)  # YAML reads an unquoted 123 as a number; it travels as text
    if has_type(schema, example, root) and fits(constraints, example, fmt):
        return example
    made = example_for(schema, root)  # specs do give "example" for a Sid, null, or JSON text
    return made if fits(constraints, made, fmt) or example is None else example


def has_type(schema: Mapping[str, Any], value: Any, root: Mapping[str, Any] | None = None) -> bool:
    """Whether a parameter's example has its schema's shape, as text may carry it (see
    `example_shapes`), with as many items as a list needs."""
    if value is None or example_mismatch(root or {}, dict(schema), value, text=True):
        return False
    listed = value if isinstance(value, list) else [value]
    return schema.get("type") != "array" or len(listed) >= _min_items(schema)


def _min_items(schema: Mapping[str, Any]) -> int:
    low = schema.get("minItems")
    return low if isinstance(low, int) and not isinstance(low, bool) and low > 0 else 0


def fits(constraints: tuple[tuple[str, Any], ...], value: Any, fmt: str | None = None) -> bool:
    """Whether an example satisfies a parameter's constraints (each item of a list does)."""
    if value is None:
        return False
    if isinstance(value, list):
        return all(fits(constraints, item, fmt) for item in value)
    if (
        fmt == "uri"
        and isinstance(value, str)
        and not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:\S+", value)
    ):
        # Twilio's examples clear URLs with "" or give "/example", which the format refuses
        return False
    rules = dict(constraints)
    if "enum" in rules and isinstance(value, str) and value not in rules["enum"]:
        return False
    if isinstance(value, str):
        try:
            if "pattern" in rules and not re.search(rules["pattern"], value):
                return False
        except re.error:
            pass
        if len(value) < rules.get("min_length", 0) or len(value) > rules.get(
            "max_length", len(value)
        ):
            return False
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return bool(rules.get("minimum", value) <= value <= rules.get("maximum", value))
    return True


def example_for(schema: Mapping[str, Any], root: Mapping[str, Any] | None = None) -> Any:
    """A value that satisfies the schema, for generated tests, when the spec gives none (or
    one that breaks it): never None, whatever the schema's shape."""
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    kind, fmt = schema.get("type"), schema.get("format")
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and kind in (None, "string"):
        return _drawn_from(pattern, schema)
    if kind == "integer":
        return schema.get("minimum", 1)
    if kind == "number":
        return schema.get("minimum", 1.5)
    if kind == "boolean":
        return True
    if kind == "object":
        return {}
    if kind == "array":
        declared = schema.get("items")
        items: Mapping[str, Any] = declared if isinstance(declared, dict) else {}
        if "$ref" in items and root is None:
            return []  # an item it cannot read: only a list without minItems is sure to fit
        item = example_for(flatten(root, items) if root is not None else items, root)
        return [item] * max(_min_items(schema), 1)
    text = {
        "date": "2020-01-01",
        "date-time": "2020-01-01T00:00:00Z",
        "date-time-rfc-2822": "Wed, 01 Jan 2020 00:00:00 +0000",
        "uri": "https://example.com/path",
    }.get(str(fmt), "example")
    low, high = schema.get("minLength"), schema.get("maxLength")
    if isinstance(low, int):
        text = text.ljust(low, "x")
    return text[:high] if isinstance(high, int) and high >= 0 else text  # no type reads as text


def _drawn_from(pattern: str, schema: Mapping[str, Any]) -> str:
    """A string the pattern accepts: a Sid's prefix and 32 hex digits when it names one, else
    one drawn from the pattern's structure (``^[a-zA-Z]{2}[0-9a-fA-F]{32}$`` has no prefix)."""
    prefix = conventions.sid_prefix(pattern)
    if prefix:
        return prefix + "a" * 32
    rules = (("pattern", pattern),) + tuple(
        (rule, schema[key])
        for rule, key in (("min_length", "minLength"), ("max_length", "maxLength"))
        if isinstance(schema.get(key), int)
    )
    return next((text for text in samples(pattern) if fits(rules, text)), "example")


def media_examples(media: Mapping[str, Any] | None) -> list[Any]:
    """The examples of a media type, in spec order."""
    if not media:
        return []
    if "example" in media:
        return [media["example"]]
    return [
        e["value"]
        for e in (media.get("examples") or {}).values()
        if isinstance(e, dict) and "value" in e
    ]


def first_example(media: Mapping[str, Any] | None) -> Any:
    found = media_examples(media)
    return found[0] if found else None


def request_example(root: Mapping[str, Any], op: Mapping[str, Any]) -> JsonValue | None:
    body, _ = resolve(root, op.get("requestBody"))
    content = (body or {}).get("content") or {}
    media_type = conventions.request_media_type(content) if content else None
    example = first_example(content[media_type]) if media_type and content[media_type] else None
    if isinstance(example, dict):  # a field JSON cannot hold (validation warns of it) is left out
        example = {key: value for key, value in example.items() if is_json(value)}
    return JsonValue.of(example) if example is not None and is_json(example) else None


def response_example(root: Mapping[str, Any], op: Mapping[str, Any]) -> JsonValue | None:
    for response in success_responses(op):
        response, _ = resolve(root, response)
        media = json_media((response or {}).get("content"))
        schema = (media or {}).get("schema")
        examples = [  # one that breaks its schema's shape would fail the SDK's own reading
            JsonValue.of(e) for e in media_examples(media) if not example_mismatch(root, schema, e)
        ]
        if examples:  # the fullest one, so a list example with items beats an empty page
            return max(examples, key=lambda e: len(e.text))
    return made_up_example(root, success_schema(root, op))


def made_up_example(root: Mapping[str, Any], schema: Any) -> JsonValue | None:
    """An answer for the generated tests when the spec gives none: a value per scalar property."""
    properties = flatten(root, schema).get("properties") or {}
    made = {str(name): example_for(flatten(root, prop), root) for name, prop in properties.items()}
    made = {name: value for name, value in made.items() if value is not None}
    return JsonValue.of(made) if made else None

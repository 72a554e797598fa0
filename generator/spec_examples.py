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
from .ir import JsonValue
from .responses import json_media, success_responses, success_schema
from .schemas import flatten, resolve


def fitting(
    example: Any, schema: Mapping[str, Any], constraints: tuple[tuple[str, Any], ...]
) -> Any:
    """A parameter's example: the spec's when it fits the constraints, else one made up that
    does (the spec's is kept when none does)."""
    fmt = schema.get("format") if isinstance(schema.get("format"), str) else None
    if not fits(constraints, example, fmt):  # specs do give "example" for a Sid, or null
        example = example_for(schema) if fits(constraints, example_for(schema), fmt) else example
    return example


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


def example_for(schema: Mapping[str, Any]) -> Any:
    """A value that satisfies the schema, for generated tests, when the spec gives none."""
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    if "default" in schema:
        return schema["default"]
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        prefix = conventions.sid_prefix(pattern)
        return prefix + "a" * 32 if prefix else None
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "integer":
        return schema.get("minimum", 1)
    if kind == "number":
        return schema.get("minimum", 1.5)
    if kind == "boolean":
        return True
    if kind == "object":
        return {}
    if kind == "array":
        return []
    if kind == "string":
        return {
            "date": "2020-01-01",
            "date-time": "2020-01-01T00:00:00Z",
            "date-time-rfc-2822": "Wed, 01 Jan 2020 00:00:00 +0000",
            "uri": "https://example.com/path",
        }.get(str(fmt), "example")
    return None


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
    return JsonValue.of(example) if example is not None else None


def response_example(root: Mapping[str, Any], op: Mapping[str, Any]) -> JsonValue | None:
    for response in success_responses(op):
        response, _ = resolve(root, response)
        media = json_media((response or {}).get("content"))
        examples = [JsonValue.of(e) for e in media_examples(media)]
        if examples:  # the fullest one, so a list example with items beats an empty page
            return max(examples, key=lambda e: len(e.text))
    return made_up_example(root, success_schema(root, op))


def made_up_example(root: Mapping[str, Any], schema: Any) -> JsonValue | None:
    """An answer for the generated tests when the spec gives none: a value per scalar property."""
    properties = flatten(root, schema).get("properties") or {}
    made = {str(name): example_for(flatten(root, prop)) for name, prop in properties.items()}
    made = {name: value for name, value in made.items() if value is not None}
    return JsonValue.of(made) if made else None

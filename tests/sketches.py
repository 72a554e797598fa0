"""Small Twilio-style specs built from a sketch of their resources, for hostile-input and fuzz
tests.

A `Sketch` names a resource's path segment, the fields of its model, the form
parameters its create and update take, which of the five operations it has and
its child resources. `spec_of` turns sketches into an OpenAPI document, with an
example for every operation built from the fields' own examples.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

OPERATIONS = ("create", "list", "fetch", "update", "delete")


@dataclass
class Sketch:
    segment: str
    fields: dict[str, dict[str, Any]]  # wire name -> schema, with an "example"
    params: dict[str, dict[str, Any]] = field(default_factory=dict)  # create/update form parameters
    operations: tuple[str, ...] = OPERATIONS
    children: list[Sketch] = field(default_factory=list)
    x_twilio: dict[str, Any] = field(default_factory=dict)  # mountName, className, ...
    sid_prefix: str = "WD"
    filters: dict[str, dict[str, Any]] = field(
        default_factory=dict
    )  # list query parameters -> schema


def sid(prefix: str) -> str:
    return prefix + "a" * 32


def _model(fields: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """An object schema; a field marked ``"required": True`` goes in its ``required`` list."""
    properties = {
        name: {k: v for k, v in schema.items() if k != "required"}
        for name, schema in fields.items()
    }
    required = [name for name, schema in fields.items() if schema.get("required") is True]
    return {
        "type": "object",
        "properties": properties,
        **({"required": required} if required else {}),
    }


def _example(sketch: Sketch, url: str) -> dict[str, Any]:
    item = {
        name: schema["example"] for name, schema in sketch.fields.items() if "example" in schema
    }
    item.setdefault("sid", sid(sketch.sid_prefix))
    item.setdefault("url", url)
    return item


def _json(schema: Any, example: Any, status: str = "200") -> dict[str, Any]:
    content = {"application/json": {"schema": schema, "examples": {"one": {"value": example}}}}
    return {status: {"description": "the answer", "content": content}}


def spec_of(
    sketches: list[Sketch], host: str = "widgets.example.com", title: str = "Widgets"
) -> dict[str, Any]:
    """An OpenAPI 3.0 document with every sketched resource under ``/v1``."""
    document: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": title, "version": "1.0.0"},
        "servers": [{"url": f"https://{host}"}],
        "paths": {},
        "components": {"schemas": {}},
    }
    for sketch in sketches:
        _add(document, sketch, "/v1", [], host)
    return document


def _add(
    document: dict[str, Any], sketch: Sketch, prefix: str, parents: list[tuple[str, str]], host: str
) -> None:
    """Add one resource's list and instance paths (and its children's) to the document."""
    own_sid = "Sid" if not parents else f"{sketch.segment.title().replace('_', '')}Sid"
    list_path = f"{prefix}/{sketch.segment}"
    instance_path = f"{list_path}/{{{own_sid}}}"
    pointer = f"m{len(document['components']['schemas'])}"
    document["components"]["schemas"][pointer] = _model(
        {"sid": {"type": "string"}, "url": {"type": "string"}, **sketch.fields}
    )
    model = {"$ref": f"#/components/schemas/{pointer}"}
    path_params = [
        {
            "name": name,
            "in": "path",
            "required": True,
            "schema": {"type": "string", "pattern": f"^{prefix_}[0-9a-fA-F]{{32}}$"},
            "example": sid(prefix_),
        }
        for name, prefix_ in parents
    ]
    concrete = f"https://{host}{list_path}"
    for name, prefix_ in parents:
        concrete = concrete.replace("{" + name + "}", sid(prefix_))
    item = _example(sketch, f"{concrete}/{sid(sketch.sid_prefix)}")
    body = (
        {"application/x-www-form-urlencoded": {"schema": _model(sketch.params)}}
        if sketch.params
        else None
    )
    listing: dict[str, Any] = {
        "x-twilio": {"pathType": "list", **sketch.x_twilio},
        "parameters": path_params,
    }
    instance: dict[str, Any] = {
        "x-twilio": {"pathType": "instance", **sketch.x_twilio},
        "parameters": [
            *path_params,
            {
                "name": own_sid,
                "in": "path",
                "required": True,
                "schema": {"type": "string", "pattern": f"^{sketch.sid_prefix}[0-9a-fA-F]{{32}}$"},
                "example": sid(sketch.sid_prefix),
            },
        ],
    }
    name = sketch.segment.replace("_", "")
    if "create" in sketch.operations:
        listing["post"] = {"operationId": f"Create{name}", "responses": _json(model, item, "201")}
        if body:
            listing["post"]["requestBody"] = {"content": body}
    if "list" in sketch.operations:
        key = sketch.segment.lower()
        page = {
            "type": "object",
            "properties": {
                key: {"type": "array", "items": model},
                "meta": {"type": "object", "properties": {"key": {"type": "string"}}},
            },
        }
        example = {
            key: [item],
            "meta": {
                "key": key,
                "page": 0,
                "page_size": 50,
                "next_page_url": None,
                "url": concrete + "?PageSize=50&Page=0",
            },
        }
        listing["get"] = {
            "operationId": f"List{name}",
            "parameters": [
                {"name": "PageSize", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                *(
                    {"name": name, "in": "query", "schema": schema}
                    for name, schema in sketch.filters.items()
                ),
            ],
            "responses": _json(page, example),
        }
    if "fetch" in sketch.operations:
        instance["get"] = {"operationId": f"Fetch{name}", "responses": _json(model, item)}
    if "update" in sketch.operations:
        instance["post"] = {"operationId": f"Update{name}", "responses": _json(model, item)}
        if body:
            instance["post"]["requestBody"] = {"content": body}
    if "delete" in sketch.operations:
        instance["delete"] = {
            "operationId": f"Delete{name}",
            "responses": {"204": {"description": "gone"}},
        }
    if any(m in listing for m in ("get", "post")):
        document["paths"][list_path] = listing
    if any(m in instance for m in ("get", "post", "delete")):
        document["paths"][instance_path] = instance
    for child in sketch.children:
        _add(document, child, instance_path, [*parents, (own_sid, sketch.sid_prefix)], host)

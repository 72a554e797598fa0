"""What the generated fake server needs to know of each resource, as plain data.

The fake (``twilio_sdk.testing``) is a static engine; this module turns the
IR into the table it runs on: paths, parameters with their constraints,
model fields, child links, and seed records for resources the API offers no
way to create (taken from the spec's examples).
"""

from __future__ import annotations

import json
from typing import Any

from . import conventions
from .examples import context_args, new_id_prefix, seeded_by_fake, steps_to
from .ir import Api, Operation, Param, Resource
from .naming import snake_case


def param_rule(param: Param) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "name": param.wire_name,
        "in": param.location,
        "kind": (
            param.type.wire_kind
            if param.type.kind != "array" or param.type.item is None
            else "array"
        ),
        "required": param.required,
    }
    if param.type.kind == "array" and param.type.item is not None:
        rule["item_kind"] = param.type.item.wire_kind
    if param.type.map_prefix is not None:
        rule["prefix"] = param.type.map_prefix
    if param.format == "uri":
        rule["format"] = "uri"
    rule.update(
        (key, list(value) if isinstance(value, tuple) else value) for key, value in param.checks
    )
    return rule


def _operation(resource: Resource, op: Operation) -> dict[str, Any]:
    path_params = resource.inherited_params + (
        resource.context_params if op in resource.instance_operations else ()
    )
    rule: dict[str, Any] = {
        "status": op.success_status,
        "method": op.http_method,
        "path": op.path,
        "content_type": op.content_type,
        "params": [param_rule(p) for p in path_params + op.params],
    }
    if resource.answer_models:  # a record holds more than one model: each reads only its own
        rule["answers"] = [f.wire_name for f in resource.model_of(op).fields]
    return rule


def _id_rule(resource: Resource) -> dict[str, Any] | None:
    """How the fake makes the id of a new instance: the last path parameter, e.g. a Sid; or,
    for a resource with no instance path, its model's `sid` field (``name`` is then None)."""
    if not resource.id_params:
        field = next((f for f in resource.fields if f.wire_name == "sid"), None)
        if field is None:
            return None
        return {"name": None, "prefix": new_id_prefix(resource)}
    return {"name": resource.id_params[-1].wire_name, "prefix": new_id_prefix(resource)}


def _seeds(resource: Resource, chain: tuple[Resource, ...]) -> list[dict[str, Any]]:
    """Records, from the examples of its reads, of a resource the fake cannot make instances of
    that tests can name (see `seeded_by_fake`)."""
    readable = resource.has_instances or resource.operation("list") or resource.operation("fetch")
    if not seeded_by_fake(resource) or not readable:
        return []
    items: list[Any] = []
    listing, fetch = resource.operation("list"), resource.operation("fetch")
    if listing is not None and listing.response_example is not None and resource.list_key:
        items += listing.response_example.value.get(resource.list_key) or []
    if fetch is not None and fetch.response_example is not None:
        items.append(fetch.response_example.value)
    if not items and (resource.instance_operations or listing is not None):
        items.append(
            {}
        )  # e.g. an archived call, a chunk without an example: nothing to read, but something there
    # Seeds live where the generated tests look: under the parents' example path values,
    # each with its own id from the example item.
    # Without a list, a test can only fetch the instance its own example names.
    _, reached = steps_to(chain, instance=False)
    examples = dict((p.py_name, value) for p, value in context_args(resource))
    listable = resource.operation("list") is not None
    seeds = []
    for item in items:
        values = {p.wire_name: str(reached.get(p.py_name)) for p in resource.inherited_params}
        for param in resource.context_params:
            field = snake_case(param.wire_name)
            example = examples.get(param.py_name)
            own = item.get(field, example) if listable and isinstance(item, dict) else example
            values[param.wire_name] = str(own)
        seeds.append({"path_values": values, "record": item})
    # The tests of its children reach it by the path parameters' own examples: one lives there too.
    at_examples = {p.wire_name: str(examples.get(p.py_name)) for p in resource.context_params}
    if (
        listable
        and seeds
        and at_examples
        and not any(
            all(seed["path_values"].get(k) == v for k, v in at_examples.items()) for seed in seeds
        )
    ):
        record = dict(seeds[0]["record"]) if isinstance(seeds[0]["record"], dict) else {}
        record.update(
            (snake_case(p.wire_name), examples.get(p.py_name)) for p in resource.context_params
        )
        seeds.append({"path_values": {**seeds[0]["path_values"], **at_examples}, "record": record})
    return seeds


def _param_fields(resource: Resource) -> dict[str, str]:
    """The model field each parameter sets: the one of the same name (a JSON body's
    ``friendlyName``), else the one with its snake_case name (a form's ``FriendlyName``
    sets ``friendly_name``), by the generator's own naming rules."""
    fields = {f.wire_name for f in resource.record_fields}
    by_snake = {snake_case(f.wire_name): f.wire_name for f in resource.record_fields}
    params = [
        *resource.inherited_params,
        *resource.context_params,
        *(p for op in resource.operations for p in op.params),
    ]
    found = {}
    for param in params:
        field = (
            param.wire_name
            if param.wire_name in fields
            else by_snake.get(snake_case(param.wire_name))
        )
        if field == "sid" and resource.says_where(param):
            continue  # a parent's `{Sid}` in the list path: the record's own Sid is its own
        if field is not None:
            found[param.wire_name] = field
    return dict(sorted(found.items()))


def _addressed_at(api: Api) -> dict[tuple[str, str], list[str]]:
    """Where the instances made at a list path are read, by (domain, list path): the
    instance path of the resource that lists them and its id parameter. A resource of the
    same path under another mount name (``new_keys`` beside ``keys``) stores what it makes
    there, so that ``keys(sid).fetch()`` finds what ``new_keys.create()`` made."""
    found: dict[tuple[str, str], list[str]] = {}
    for domain, _, resource in api.resources:
        if resource.list_operations and resource.instance_operations and resource.id_params:
            key = (domain.name, resource.list_operations[0].path)
            found[key] = [resource.instance_operations[0].path, resource.id_params[-1].wire_name]
    return found


def routes_json(api: Api) -> str:
    """The fake's table as the generated fake reads it (``testing/_routes.json``): JSON, since it
    is data and the fake serves it as JSON, ASCII only, one value a line, in the table's order."""
    return json.dumps(fake_routes(api), indent=1, ensure_ascii=True) + "\n"


def fake_routes(api: Api) -> list[dict[str, Any]]:
    routes = []
    addressed = _addressed_at(api)
    for domain, _, chain in api.chains:
        resource = chain[-1]
        parent = chain[-2] if len(chain) > 1 else None
        on_instance = parent is not None and any(
            c.resource is resource for c in parent.instance_children
        )
        list_path = resource.list_operations[0].path if resource.list_operations else None
        instance = resource.instance_operations[0].path if resource.instance_operations else None
        route: dict[str, Any] = {
            "name": resource.class_name,
            "domain": conventions.product_of(domain.base_url),
            "list_path": list_path,
            "instance_path": instance,
            "list_key": resource.list_key,
            "parent_path": _parent_path(parent, on_instance),
            "id": _id_rule(resource),
            # a record holds what every operation reads of it (a new key's secret too)
            "fields": [[f.wire_name, f.type.wire_kind, f.nullable] for f in resource.record_fields],
            "param_fields": _param_fields(resource),
            "links": {
                child.resource.mount_name: _child_list_path(child.resource)
                for child in resource.instance_children
                if _child_list_path(child.resource)
            },
            "operations": {op.kind: _operation(resource, op) for op in resource.operations},
            "seeds": _seeds(resource, chain),
        }
        sibling = addressed.get((domain.name, list_path or "")) if instance is None else None
        if sibling is not None:
            route["addressed_at"] = sibling
        routes.append(route)
    return routes


def _parent_path(parent: Resource | None, on_instance: bool) -> str | None:
    """The instance a nested resource lives under; it must exist for the child to be used."""
    if parent is None or not on_instance or not parent.instance_operations:
        return None
    return parent.instance_operations[0].path


def _child_list_path(resource: Resource) -> str | None:
    op = resource.operation("list") or resource.operation("create")
    return op.path if op else None

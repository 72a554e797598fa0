"""Reading schemas: following local ``$ref``s and merging ``allOf``."""

from __future__ import annotations

from typing import Any, Mapping

MAX_REF_HOPS = 64


def ref_target(root: Mapping[str, Any], ref: str) -> Any:
    """The node a local ``#/...`` reference points at, or None."""
    if not ref.startswith("#"):
        return None
    node: Any = root
    for token in ref[1:].split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def resolve(root: Mapping[str, Any], node: Any) -> tuple[Any, str | None]:
    """Follow ``$ref`` until a real node; also return the last components name seen."""
    name = None
    for _ in range(MAX_REF_HOPS):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node, name
        ref = node["$ref"]
        if ref.startswith("#/components/schemas/"):
            name = ref.rpartition("/")[2].replace("~1", "/").replace("~0", "~")
        node = ref_target(root, ref)
    return None, name


def schema_name(root: Mapping[str, Any], node: Any) -> str | None:
    """The components name a schema stands for: its own ``$ref``'s, or, for the idiom of a
    nullable reference (``allOf: [{$ref: ...}]`` beside ``nullable: true``), its one member's."""
    target, name = resolve(root, node)
    if name is None and isinstance(target, dict):
        members = [m for m in target.get("allOf") or [] if isinstance(m, dict) and "$ref" in m]
        if len(members) == 1 and len(target.get("allOf") or []) == 1:
            return resolve(root, members[0])[1]
    return name


def flatten(
    root: Mapping[str, Any], schema: Any, _within: frozenset[int] = frozenset()
) -> dict[str, Any]:
    """One schema dict with ``$ref`` followed and ``allOf`` members merged in.

    The schema's own keys win over its members'; properties and required
    lists are combined. A member that leads back to a schema being flattened
    (a recursive ``allOf``) adds nothing more.
    """
    schema, _ = resolve(root, schema)
    if not isinstance(schema, dict) or id(schema) in _within:
        return {}
    within = _within | {id(schema)}
    merged: dict[str, Any] = {}
    properties: dict[str, Any] = {}
    required: list[str] = []
    for member in schema.get("allOf") or []:
        part = flatten(root, member, within)
        properties.update(part.pop("properties", {}))
        required += [r for r in part.pop("required", []) if r not in required]
        merged.update(part)
    own = {k: v for k, v in schema.items() if k != "allOf"}
    properties.update(own.pop("properties", None) or {})
    required += [r for r in own.pop("required", None) or [] if r not in required]
    merged.update(own)
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged


def ref_cycle(root: Mapping[str, Any], node: Mapping[str, Any]) -> list[str] | None:
    """The references of a ``$ref`` chain that leads back to itself without reaching a schema."""
    chain: list[str] = []
    seen: set[int] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        if id(node) in seen:
            return chain
        seen.add(id(node))
        chain.append(node["$ref"])
        node = ref_target(root, node["$ref"])
    return None


def in_own_all_of(root: Mapping[str, Any], schema: Mapping[str, Any]) -> bool:
    """Whether a schema's ``allOf`` members, followed through theirs, include the schema itself."""
    stack, seen = [schema], {id(schema)}
    while stack:
        for member in stack.pop().get("allOf") or []:
            target, _ = resolve(root, member)
            if target is schema:
                return True
            if isinstance(target, dict) and id(target) not in seen:
                seen.add(id(target))
                stack.append(target)
    return False


def properties_of(
    root: Mapping[str, Any], schema: Any, _within: frozenset[int] = frozenset()
) -> dict[str, Any]:
    """The properties an object schema may have: its own (``allOf`` merged in), else, for a
    ``oneOf`` or ``anyOf`` of alternatives, every alternative's, the first to name one winning.
    An answer that may be any of several shapes is read as all of them at once, each field
    optional, as the official package reads one."""
    flat = flatten(root, schema)
    own = flat.get("properties")
    if isinstance(own, dict) and own:
        return own
    target, _ = resolve(root, schema)
    if id(target) in _within:
        return {}
    merged: dict[str, Any] = {}
    for key in ("oneOf", "anyOf"):
        for alternative in flat.get(key) or []:
            for name, prop in properties_of(root, alternative, _within | {id(target)}).items():
                merged.setdefault(name, prop)
    return merged

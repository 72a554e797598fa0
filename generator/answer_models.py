"""Which operations of a resource read a model of their own, and that model's name.

A resource has one main model (see :func:`responses.model_schema`). An operation whose answer
has a property that model lacks, or reads as another type (a new API key's answer adds its
``secret``), reads a model of its own, made from its answer's schema, so that no field the API
sends is lost. Operations whose answers have the same properties share one model. An answer
whose properties the main model has already (the same, or fewer, as a list's items may be)
reads the main model, under whatever schema name: nothing is lost, and the resource's own
names and types never change.

A model is named from the components schema it is defined by: the last dot-separated part of
``api.v2010.account.new_key`` gives ``NewKey``; when that name is taken in the module, more
parts are taken (``AccountNewKey``), then a number. An answer defined in place, with no
components name, is named from the resource and the operation (``KeyCreateAnswer``). Names are
tried in the spec's path and method order, so the same spec always gives the same names.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Collection, Mapping

from . import conventions
from .naming import pascal_case
from .responses import answer_schema
from .schemas import flatten, properties_of, schema_name


@dataclass(frozen=True)
class AnswerPlan:
    """The answer models of one resource: their names and schemas, and which operation reads
    which (by ``(path, method)``; an operation not named reads the main model)."""

    models: tuple[tuple[str, Any], ...]  # (class name, schema), in the order they were named
    reads: Mapping[tuple[str, str], str]

    @property
    def names(self) -> frozenset[str]:
        return frozenset(name for name, _ in self.models)


def plan_answers(
    root: Mapping[str, Any],
    paths: tuple[str | None, ...],
    main_schema: Any,
    class_name: str,
    taken: frozenset[str],
    methods: Collection[tuple[str, str]] | None = None,
) -> AnswerPlan:
    """The answer models of the resource at `paths` (its list and instance paths) whose main
    model is `main_schema`; their names step around `taken`, the names its module has. With
    `methods` ((path, method) pairs), only those operations are the resource's."""
    main = _kinds(root, main_schema)
    items: Mapping[str, Any] = root.get("paths") or {}
    models: list[tuple[str, Any]] = []
    by_shape: dict[str, str] = {}
    reads: dict[tuple[str, str], str] = {}
    for path in paths:
        if path is None:
            continue
        for method in conventions.HTTP_METHODS:
            kind = conventions.operation_kind(path, method, items[path])
            if not kind or not isinstance(items[path].get(method), dict):
                continue
            if methods is not None and (path, method) not in methods:
                continue  # another resource's (an operation with its own mountName)
            schema = answer_schema(root, path, method, kind)
            if schema is None or _kinds(root, schema).items() <= main.items():
                continue  # the main model reads every field of it (or it has no answer)
            shape = _shape(root, schema)
            if shape not in by_shape:
                name = _free_name(root, schema, f"{class_name}{pascal_case(kind)}Answer", taken)
                taken |= {name}
                by_shape[shape] = name
                models.append((name, schema))
            reads[(path, method)] = by_shape[shape]
    return AnswerPlan(tuple(models), reads)


def _kinds(root: Mapping[str, Any], schema: Any) -> dict[str, tuple[str, str]]:
    """Each property a model of `schema` reads, with the JSON type and format it is read as."""
    kinds = {}
    for name, prop in properties_of(root, schema).items():
        flat = flatten(root, prop)
        kinds[str(name)] = (str(flat.get("type")), str(flat.get("format")))
    return kinds


def _shape(root: Mapping[str, Any], schema: Any) -> str:
    """What a model made from `schema` would be, as comparable text: its properties."""
    return json.dumps(properties_of(root, schema), sort_keys=True, default=str)


def _free_name(root: Mapping[str, Any], schema: Any, fallback: str, taken: frozenset[str]) -> str:
    """The first name free in the module: from the schema's components name, its last part
    first, else `fallback`; then numbered."""
    named = schema_name(root, schema)
    parts = [p for p in (named or "").split(".") if p]
    candidates = [pascal_case("_".join(parts[-n:])) for n in range(1, len(parts) + 1)]
    candidates = candidates or [fallback]
    for candidate in candidates + [f"{candidates[-1]}{n}" for n in range(2, 1000)]:
        if candidate not in taken:
            return candidate
    raise AssertionError("unreachable")


def description_of(root: Mapping[str, Any], schema: Any) -> str:
    """The answer schema's own description, for its model's docstring."""
    return str(flatten(root, schema).get("description") or "")

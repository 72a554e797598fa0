"""Example calls for the generated tests, worked out from the spec's examples.

The expected request (URL, query, form body) is computed here, independently
of the SDK runtime, so a generated test can catch a runtime that encodes
differently from what the spec says.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from .ir import Domain, Operation, Param, Resource


@dataclass(frozen=True)
class ExampleCall:
    context_args: tuple[Any, ...]  # values passed to the list to reach an instance
    kwargs: tuple[tuple[str, Any], ...]  # (Python name, value) passed to the method
    url: str  # the exact URL expected, query excluded
    query: tuple[tuple[str, str], ...]
    form: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Violation:
    param: Param
    value: Any
    rule: str  # an identifier-safe name of the broken rule, e.g. "max_length"


def wire_text(value: Any) -> list[str]:
    """How the spec says a value travels in a form or query string."""
    if isinstance(value, bool):
        return ["true" if value else "false"]
    if isinstance(value, list):
        return [text for item in value for text in wire_text(item)]
    if isinstance(value, dict):
        return [json.dumps(value, separators=(",", ":"))]
    return [str(value)]


def _value(param: Param) -> Any:
    return param.example.value if param.example is not None else None


def example_call(domain: Domain, resource: Resource, op: Operation) -> ExampleCall:
    context_args: tuple[Any, ...] = ()
    path = op.path
    if op in resource.instance_operations:
        context_args = tuple(_value(p) for p in resource.context_params)
        for param, value in zip(resource.context_params, context_args):
            path = path.replace("{" + param.wire_name + "}", quote(str(value), safe=""))
    request = op.request_example.value if op.request_example is not None else {}
    kwargs, query, form = [], [], []
    for param in op.params:
        if param.wire_name in request:
            value = request[param.wire_name]
        elif param.required:
            value = _value(param)
        else:
            continue
        kwargs.append((param.py_name, value))
        target = form if param.location == "form" else query
        target += [(param.wire_name, text) for text in wire_text(value)]
    return ExampleCall(context_args, tuple(kwargs), domain.base_url + path, tuple(query), tuple(form))


def violations(params: tuple[Param, ...]) -> list[Violation]:
    """One argument per constraint that breaks only that constraint."""
    found = []
    for param in params:
        rules = dict(param.constraints)
        example = _value(param)
        if "pattern" in rules and isinstance(example, str):
            found.append(Violation(param, example + "\n", "pattern_with_trailing_newline"))
            found.append(Violation(param, "!" + example[1:], "pattern"))
        if "max_length" in rules:
            found.append(Violation(param, "a" * (rules["max_length"] + 1), "max_length"))
        if rules.get("min_length", 0) > 1 and "pattern" not in rules:
            found.append(Violation(param, "a" * (rules["min_length"] - 1), "min_length"))
        if "minimum" in rules:
            found.append(Violation(param, rules["minimum"] - 1, "minimum"))
        if "maximum" in rules:
            found.append(Violation(param, rules["maximum"] + 1, "maximum"))
    return found

"""Check a loaded spec: the OpenAPI schema, then the rules the generator relies on.

Every problem is collected, located by file, line and JSON pointer; nothing
stops at the first one.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from typing import Any, Iterator, Mapping

# The validator picks its JSON Schema backend by what is installed, and their messages
# differ. Pin jsonschema-rs, a declared dependency: it validates the whole Twilio API in
# half the time of the pure-Python backend, and a spec gets the same report everywhere.
os.environ.setdefault("OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND", "jsonschema-rs")

from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator  # noqa: E402

from . import conventions
from .loading import LoadedSpec
from .naming import snake_case
from .problems import Problem, pointer_join
from .schemas import flatten, in_own_all_of, ref_cycle, ref_target, resolve

MAX_MESSAGE = 300


def validate(spec: LoadedSpec) -> list[Problem]:
    data = spec.data
    version = str(data.get("openapi", ""))
    if not version.startswith("3."):
        found = repr(data["openapi"]) if "openapi" in data else "no 'openapi' key"
        return [spec.problem("/openapi" if "openapi" in data else "", f"not an OpenAPI 3 document ({found})")]
    problems = list(_reference_problems(spec))
    schema_problems = [] if problems else _schema_problems(spec, version)  # it cannot walk broken references
    problems += _operation_id_problems(spec)
    problems += _path_problems(spec)
    problems += _name_problems(spec)
    problems += _pattern_problems(spec)
    # A schema error around a spot one of our own rules names is the same problem, less well located.
    around = {q.pointer[:cut] for q in problems for cut, char in enumerate(q.pointer) if char == "/"}
    problems += [p for p in schema_problems if p.pointer not in around]
    return sorted(set(problems))


class _Seen(list):  # type: ignore[type-arg]
    """What openapi-spec-validator has seen (schema ids, operationIds), kept in lists it asks ``in``
    of for every schema and operation: quadratic (a 5,000-path spec spent most of its validation
    there). This one answers from a set; the list itself stays empty, as only ``in`` and
    ``append`` are used."""

    def __init__(self) -> None:
        super().__init__()
        self._seen: set[Any] = set()

    def append(self, item: Any) -> None:
        self._seen.add(item)

    def __contains__(self, item: object) -> bool:
        try:
            return item in self._seen
        except TypeError:  # unhashable (an operationId that is a list): the validator reports it
            return False


def _linear(validator: type[Any], *registries: str) -> type[Any]:
    class Linear(validator):  # type: ignore[misc]
        def __init__(self, registry: Any) -> None:
            super().__init__(registry)
            for name in registries:
                setattr(self, name, _Seen())

    return Linear


def _linear_validator(base: type[Any]) -> type[Any]:
    validators = dict(base.keyword_validators)
    validators["schema"] = _linear(validators["schema"], "visited_schema_ids", "meta_checked_schema_ids")
    validators["operation"] = _linear(validators["operation"], "operation_ids_registry")
    return type(f"Linear{base.__name__}", (base,), {"keyword_validators": validators})


_V30 = _linear_validator(OpenAPIV30SpecValidator)
_V31 = _linear_validator(OpenAPIV31SpecValidator)


def _schema_problems(spec: LoadedSpec, version: str) -> list[Problem]:
    validator_class = _V31 if version.startswith("3.1") else _V30
    problems = []
    try:
        for error in validator_class(spec.data).iter_errors():
            path = list(getattr(error, "absolute_path", None) or getattr(error, "path", None) or [])
            message = str(getattr(error, "message", error)).split("\n", 1)[0]  # the rest repeats the location
            if any(rule.search(message) for rule in _OWN_RULES):
                continue  # reported, better located, by our own rule
            message = _ANY_OF.sub(r"this value matches none of the forms its \1 allows", message)
            if len(message) > MAX_MESSAGE:
                message = message[:MAX_MESSAGE] + "..."
            problems.append(spec.problem(pointer_join(*path), message))
    except Exception as error:  # the validator gives up on some malformed documents
        if not problems:
            problems.append(spec.problem("", f"OpenAPI validation failed: {type(error).__name__}: {error}"))
    return problems


# "<the whole value as JSON> is not valid under any of the schemas listed in the 'oneOf' keyword"
_ANY_OF = re.compile(r"^.* is not valid under any of the schemas listed in the ('\w+' keyword)$", re.DOTALL)

# Validator messages that our own rules report with a better location.
_OWN_RULES = (re.compile(r"^Operation ID .* is not unique"), re.compile(r" is not a 'regex'$"))


def _objects(document: Any) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Every JSON object in the document, with its path (a pointer's parts, spelled out only for a problem)."""
    stack: list[tuple[tuple[Any, ...], Any]] = [((), document)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, dict):
            yield path, node
            stack.extend(((*path, key), value) for key, value in node.items() if isinstance(value, (dict, list)))
        elif isinstance(node, list):
            stack.extend(((*path, index), value) for index, value in enumerate(node) if isinstance(value, (dict, list)))


def _reference_problems(spec: LoadedSpec) -> Iterator[Problem]:
    """External, dangling and endless ``$ref``s, and schemas that are part of their own ``allOf``
    (recursive schemas through properties or items are fine)."""
    for path, node in _objects(spec.data):
        if isinstance(node.get("allOf"), list) and in_own_all_of(spec.data, node):
            yield spec.problem(pointer_join(*path, "allOf"), "the schema is part of its own allOf")
        if "$ref" in node:
            ref = node["$ref"]
            where = pointer_join(*path, "$ref")
            if not isinstance(ref, str):
                yield spec.problem(where, "$ref must be a string")
            elif not ref.startswith("#"):
                yield spec.problem(where, f"external $ref {ref!r} is not allowed; only '#/...' references are read")
            elif ref_target(spec.data, ref) is None:
                yield spec.problem(where, f"$ref {ref!r} points at nothing in this document")
            elif (cycle := ref_cycle(spec.data, node)) is not None:
                yield spec.problem(where, f"$ref {ref!r} never reaches a schema: {' -> '.join(cycle)}")


def _operations(spec: LoadedSpec) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    for path, item in (spec.data.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in conventions.HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield pointer_join("paths", path, method), path, method, op


def _operation_id_problems(spec: LoadedSpec) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    for pointer, _, _, op in _operations(spec):
        op_id = op.get("operationId")
        if not op_id:
            yield spec.problem(pointer, "operation has no operationId")
        elif op_id in seen:
            yield spec.problem(pointer + "/operationId", f"operationId {op_id!r} is also used at {seen[op_id]}")
        else:
            seen[op_id] = pointer


# A server URL is a scheme, a host name, an optional port and path: no credentials, query or
# fragment, and nothing an HTTP client would have to escape or reinterpret.
_SERVER_URL = re.compile(r"https?://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\d{1,5})?(?:/[A-Za-z0-9._~/-]*)?")
# A path segment may not hold what ends or escapes a path (``?``, ``#``, ``%``, ``\``), space or
# control characters; ``.`` and ``..`` segments are refused too, as clients resolve them away.
_NOT_IN_PATH = re.compile(r"[?#%\\\s\x00-\x1f\x7f]")


def _path_problems(spec: LoadedSpec) -> Iterator[Problem]:
    data = spec.data
    root_servers = data.get("servers")
    for path, item in (data.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        pointer = pointer_join("paths", path)
        servers = item.get("servers") or root_servers
        url = servers[0].get("url") if servers and isinstance(servers[0], dict) else None
        if not isinstance(url, str) or not re.match(r"https?://[^/]+", url):
            yield spec.problem(pointer, "no absolute http(s) server URL for this path (set 'servers')")
        elif not _SERVER_URL.fullmatch(url):
            yield spec.problem(pointer, f"server URL {url!r} is not a plain http(s)://host[:port][/path] URL")
        bad = [segment for segment in path.split("/")[1:] if segment in (".", "..") or _NOT_IN_PATH.search(segment)]
        if not path.startswith("/") or bad:
            reason = f"segment {bad[0]!r} would not reach the server as written" if bad else "it does not start with '/'"
            yield spec.problem(pointer, f"path {path!r} cannot be requested: {reason}")
        kind = conventions.path_type(path, item)
        for method in conventions.HTTP_METHODS:
            if method not in item:
                continue
            known = conventions.operation_kind(path, method, item)
            if known is None:
                if kind == "instance" and method in conventions.UPDATE_METHODS:
                    first = next(m for m in conventions.UPDATE_METHODS if m in item)
                    message = f"{method.upper()} beside {first.upper()} on an instance path: only one update method is supported"
                elif kind == "list":
                    message = f"{method.upper()} on a list path is not supported (a list path takes POST and GET)"
                else:
                    message = f"{method.upper()} on an instance path is not supported"
                yield spec.problem(pointer + "/" + method, message, operation=pointer + "/" + method)
        for method in conventions.HTTP_METHODS:  # this path's own operations: every path's would be quadratic
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            op_pointer = pointer + "/" + method
            body, _ = resolve(data, op.get("requestBody"))
            content = (body or {}).get("content") or {}
            if content and conventions.request_media_type(content) is None:
                media = sorted(content)[0]
                yield spec.problem(op_pointer + "/requestBody/content" + pointer_join(media),
                                   f"request body type {media!r} is not supported; use a form or JSON",
                                   operation=op_pointer)


def _name_problems(spec: LoadedSpec) -> Iterator[Problem]:
    """Spec names that would become the same Python name, and patterns Python cannot compile."""
    data = spec.data
    form_schemas: set[str] = set()  # request bodies: their clashes are reported as parameters
    for pointer, path, method, op in _operations(spec):
        names: dict[str, list[str]] = defaultdict(list)
        item = data["paths"][path]
        for where, params in (("", item.get("parameters")), (f"/{method}", op.get("parameters"))):
            for index, raw in enumerate(params or []):
                param, _ = resolve(data, raw)
                if isinstance(param, dict) and param.get("name"):
                    name = str(param["name"])
                    py = conventions.param_name(name)
                    if name not in names[py]:
                        names[py].append(name)
        body, _ = resolve(data, op.get("requestBody"))
        for media in ((body or {}).get("content") or {}).values():
            raw_schema = (media or {}).get("schema")
            if isinstance(raw_schema, dict) and isinstance(raw_schema.get("$ref"), str):
                form_schemas.add(raw_schema["$ref"])
            for name in flatten(data, raw_schema).get("properties") or {}:
                py = conventions.param_name(str(name))
                if name not in names[py]:
                    names[py].append(str(name))
        for py, spec_names in sorted(names.items()):
            if len(spec_names) > 1:
                both = " and ".join(repr(n) for n in spec_names)
                yield spec.problem(pointer, f"parameters {both} would both be the Python argument {py!r}")
    for name, schema in ((data.get("components") or {}).get("schemas") or {}).items():
        if "#" + pointer_join("components", "schemas", name) in form_schemas:
            continue
        props = flatten(data, schema).get("properties") or {}
        attributes: dict[str, list[str]] = defaultdict(list)
        for prop_name in props:
            attributes[snake_case(str(prop_name))].append(str(prop_name))
        for py, spec_names in sorted(attributes.items()):
            if len(spec_names) > 1:
                both = " and ".join(repr(n) for n in spec_names)
                yield spec.problem(pointer_join("components", "schemas", name, "properties"),
                                   f"properties {both} would both be the Python attribute {py!r}")


def _pattern_problems(spec: LoadedSpec) -> Iterator[Problem]:
    """Every schema ``pattern`` must compile, since the SDK checks arguments with it."""
    for path, node in _objects(spec.data):
        pattern = node.get("pattern")
        if isinstance(pattern, str) and not (path and path[-1] in _EXAMPLE_KEYS):
            where = pointer_join(*path, "pattern")
            try:
                re.compile(pattern)
            except re.error as error:
                yield spec.problem(where, f"pattern {pattern!r} is not a valid regular expression: {error}")
                continue
            python_only = _PYTHON_ONLY_REGEX.search(pattern)
            if python_only:
                yield spec.problem(where, f"pattern {pattern!r} uses {python_only.group()!r}, which JSON Schema's "
                                          "(ECMA-262) regular expressions lack; anchor with ^ and $")


# Python regex syntax that ECMA-262, the dialect of OpenAPI patterns, does not have.
_PYTHON_ONLY_REGEX = re.compile(r"(?<!\\)(?:\\\\)*\\[AZz]|\(\?P[<=]|\(\?#")


_EXAMPLE_KEYS = ("example", "value", "default")  # a "pattern" key inside these is data

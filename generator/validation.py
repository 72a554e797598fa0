"""Check a loaded spec: the OpenAPI schema, then the rules the generator relies on.

Every problem is collected, located by file, line and JSON pointer; nothing
stops at the first one.
"""

from __future__ import annotations

import functools
import os
import re
import string
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
from .example_shapes import example_mismatch
from .problems import Problem, pointer_join
from .schemas import flatten, in_own_all_of, ref_cycle, ref_target, resolve

MAX_MESSAGE = 300


def validate(spec: LoadedSpec) -> list[Problem]:
    data = spec.data
    version = str(data.get("openapi", ""))
    if not version.startswith("3."):
        found = repr(data["openapi"]) if "openapi" in data else "no 'openapi' key"
        return [
            spec.problem(
                "/openapi" if "openapi" in data else "", f"not an OpenAPI 3 document ({found})"
            )
        ]
    problems = list(_reference_problems(spec))
    schema_problems = (
        [] if problems else _schema_problems(spec, version)
    )  # it cannot walk broken references
    problems += _operation_id_problems(spec)
    problems += _path_problems(spec)
    problems += _name_problems(spec)
    problems += _property_key_problems(spec)
    problems += _pattern_problems(spec)
    problems += _tag_problems(spec)
    problems += _path_parameter_problems(spec)
    problems += _required_problems(spec)
    # A schema error around a spot one of our own rules names is the same problem,
    # less well located.
    around = {
        q.pointer[:cut] for q in problems for cut, char in enumerate(q.pointer) if char == "/"
    }
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
    validators["schema"] = _linear(
        validators["schema"], "visited_schema_ids", "meta_checked_schema_ids"
    )
    validators["operation"] = _linear(validators["operation"], "operation_ids_registry")
    return type(f"Linear{base.__name__}", (base,), {"keyword_validators": validators})


_V30 = _linear_validator(OpenAPIV30SpecValidator)
_V31 = _linear_validator(OpenAPIV31SpecValidator)


def _schema_problems(spec: LoadedSpec, version: str) -> list[Problem]:
    validator_class = _V31 if version.startswith("3.1") else _V30
    problems = []
    deepened = 0
    try:
        for error in validator_class(spec.data).iter_errors():
            path = list(getattr(error, "absolute_path", None) or getattr(error, "path", None) or [])
            message = str(getattr(error, "message", error)).split("\n", 1)[
                0
            ]  # the rest repeats the location
            if any(rule.search(message) for rule in _OWN_RULES) or (
                path == ["tags"] and _NOT_UNIQUE.search(message)
            ):
                continue  # reported, better located, by our own rule
            if _ANY_OF.match(message):
                schema_path = list(getattr(error, "schema_path", None) or [])
                deepest = (
                    _deepest_error(spec.data, version, path, schema_path)
                    if deepened < MAX_DEEPENED
                    else None
                )
                deepened += 1
                if deepest is not None:
                    path, message = deepest
                else:
                    message = _ANY_OF.sub(
                        r"this value matches none of the forms its \1 allows", message
                    )
            elif (
                not path
                and (url := _URL_IN_MESSAGE.search(message))
                and url.group(1) in (spec.data.get("paths") or {})
            ):
                path = [
                    "paths",
                    url.group(1),
                ]  # a check of one path that names it only in its message
            if len(message) > MAX_MESSAGE:
                message = message[:MAX_MESSAGE] + "..."
            problems.append(spec.problem(pointer_join(*path), message))
    except Exception as error:  # the validator gives up on some malformed documents
        if not problems:
            problems.append(
                spec.problem("", f"OpenAPI validation failed: {type(error).__name__}: {error}")
            )
    return problems


MAX_DEEPENED = 200  # oneOf failures traced to their deepest cause (each validates its part again)


def _deepest_error(
    data: Any, version: str, path: list[Any], schema_path: list[Any]
) -> tuple[list[Any], str] | None:
    """Where a ``oneOf`` (or ``anyOf``) failure really is, and what it is.

    jsonschema-rs says only that a value (a whole request body, say) matches none of the forms
    the OpenAPI schema allows. The value is validated again against that part of the OpenAPI
    schema by the pure-Python validator, whose errors keep each form's own errors, and the
    deepest of those is the cause: ``.../CidrPrefixLength/type: 'int' is not one of [...]``
    rather than ``.../requestBody: matches none of the forms``. The form whose errors reach
    deepest is the one meant, and its deepest errors are reported together; a form that only
    lacks a ``$ref`` (the other form of most OpenAPI objects) comes last among equals.
    """
    meta, validator = _meta_validator(version)
    try:
        part: Any = meta
        for key in schema_path[:-1]:  # the schema that holds the oneOf
            part = part[int(key)] if isinstance(part, list) else part[key]
        value: Any = data
        for index, key in enumerate(path):
            if isinstance(value, dict) and key not in value:
                key = path[index] = str(
                    key
                )  # jsonschema-rs gives a key of digits ('204') as a number
            value = value[key]
        errors = list(validator.evolve(schema=part).iter_errors(value))
    except Exception:  # noqa: BLE001 - a path that does not lead anywhere: keep the plain message
        return None
    # Each form's errors that have no errors of their own, by form (oneOf's first level).
    forms: dict[Any, list[Any]] = {}
    for error in errors:
        for form in error.context or [error]:
            key = (
                form.relative_schema_path[0]
                if error.context and form.relative_schema_path
                else None
            )
            stack = [form]
            while stack:
                found = stack.pop()
                if found.context:
                    stack.extend(reversed(found.context))
                else:
                    forms.setdefault(key, []).append(found)
    if not forms:
        return None

    def depth(error: Any) -> int:
        return len(error.absolute_path)

    def rank(leaves: list[Any]) -> tuple[int, bool]:
        deepest = max(map(depth, leaves))
        return deepest, not all(
            _REF_REQUIRED.match(str(e.message)) for e in leaves if depth(e) == deepest
        )

    best = max(
        forms.values(), key=rank
    )  # the first of equals: the form the OpenAPI schema lists first
    deepest = max(map(depth, best))
    causes = [e for e in best if depth(e) == deepest]
    # What a nested oneOf adds beside the real cause: its own other form (a $ref), or that
    # several of its forms match now that a key is missing.
    plain = [
        e
        for e in causes
        if e.validator not in ("oneOf", "anyOf") and not _REF_REQUIRED.match(str(e.message))
    ]
    causes = plain or causes
    messages = dict.fromkeys(
        _EXTENSIONS_ONLY.sub(
            r"unknown key \1 (only x- extensions may be added here)",
            str(e.message).split("\n", 1)[0],
        )
        for e in causes
    )
    return [*path, *causes[0].absolute_path], "; ".join(messages)


@functools.cache
def _meta_validator(version: str) -> tuple[Any, Any]:
    """The OpenAPI schema of this version, and a pure-Python validator of it."""
    from jsonschema.validators import validator_for  # type: ignore[import-untyped]
    from openapi_spec_validator.schemas import schema_v30, schema_v31

    meta = dict(schema_v31 if version.startswith("3.1") else schema_v30)
    return meta, validator_for(meta)(meta)


# "<the whole value as JSON> is not valid under any of the schemas listed in the 'oneOf' keyword"
_ANY_OF = re.compile(
    r"^.* is not valid under any of the schemas listed in the ('\w+' keyword)$", re.DOTALL
)
_NOT_UNIQUE = re.compile(r" has non-unique elements$")
_REF_REQUIRED = re.compile(r"^'\$ref' is a required property$")
_EXTENSIONS_ONLY = re.compile(r"^('.*') does not match any of the regexes: '\^x-'$")
_URL_IN_MESSAGE = re.compile(r" in '(/[^']*)'")

# Validator messages that our own rules report with a better location.
_OWN_RULES = (
    re.compile(r"^Operation ID .* is not unique"),
    re.compile(r" is not a 'regex'$"),
    re.compile(r"^Path parameter '.*' for '.*' operation in '.*' was not resolved$"),
    re.compile(r"^Duplicate parameter '"),
    re.compile(r"^Duplicate tag name '"),
    re.compile(r"^Required list has not defined properties: "),
)


def _objects(document: Any) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Every JSON object in the document, with its path
    (a pointer's parts, spelled out only for a problem)."""
    stack: list[tuple[tuple[Any, ...], Any]] = [((), document)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, dict):
            yield path, node
            stack.extend(
                ((*path, key), value)
                for key, value in node.items()
                if isinstance(value, (dict, list))
            )
        elif isinstance(node, list):
            stack.extend(
                ((*path, index), value)
                for index, value in enumerate(node)
                if isinstance(value, (dict, list))
            )


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
                yield spec.problem(
                    where, f"external $ref {ref!r} is not allowed; only '#/...' references are read"
                )
            elif ref_target(spec.data, ref) is None:
                yield spec.problem(where, f"$ref {ref!r} points at nothing in this document")
            elif (cycle := ref_cycle(spec.data, node)) is not None:
                yield spec.problem(
                    where, f"$ref {ref!r} never reaches a schema: {' -> '.join(cycle)}"
                )


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
            yield spec.problem(pointer, "operation has no operationId", operation=pointer)
        elif op_id in seen:
            yield spec.problem(
                pointer + "/operationId", f"operationId {op_id!r} is also used at {seen[op_id]}"
            )
        else:
            seen[op_id] = pointer


# A server URL is a scheme, a host name, an optional port and path: no credentials, query or
# fragment, and nothing an HTTP client would have to escape or reinterpret.
_SERVER_URL = re.compile(
    r"https?://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\d{1,5})?(?:/[A-Za-z0-9._~/-]*)?"
)
# A path segment may not hold what ends or escapes a path (``?``, ``#``, ``%``, ``\``), space or
# control characters; ``.`` and ``..`` segments are refused too, as clients resolve them away.
_NOT_IN_PATH = re.compile(r"[?#%\\\s\x00-\x1f\x7f]")


def _canonical_server_url(url: str) -> str | None:
    """A server URL (one `_SERVER_URL` matches) as HTTP clients spell it: host lower-cased, the
    port without leading zeros, and the scheme's default port left out; None for a port of 0
    or past 65535."""
    scheme, rest = url.split("://", 1)
    authority, slash, path = rest.partition("/")
    host, colon, port = authority.partition(":")
    if colon:
        if not port or not 0 < int(port) <= 65535:
            return None
        port = str(int(port))
    if (scheme, port) in (("http", "80"), ("https", "443")):
        colon = port = ""
    return f"{scheme}://{host.lower()}{colon}{port}{slash}{path}"


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
            yield spec.problem(
                pointer, "no absolute http(s) server URL for this path (set 'servers')"
            )
        elif not _SERVER_URL.fullmatch(url):
            yield spec.problem(
                pointer, f"server URL {url!r} is not a plain http(s)://host[:port][/path] URL"
            )
        elif (canonical := _canonical_server_url(url)) != url:
            yield spec.problem(
                pointer,
                (
                    f"server URL {url!r} has a port no connection can use"
                    if canonical is None
                    else f"server URL {url!r} reaches clients as {canonical!r} (as HTTP "
                    "clients spell it): write that, so that the URLs the tests expect are the "
                    "ones sent"
                ),
            )
        bad = [
            segment
            for segment in path.split("/")[1:]
            if segment in (".", "..") or _NOT_IN_PATH.search(segment)
        ]
        if not path.startswith("/") or bad:
            reason = (
                f"segment {bad[0]!r} would not reach the server as written"
                if bad
                else "it does not start with '/'"
            )
            yield spec.problem(pointer, f"path {path!r} cannot be requested: {reason}")
        kind = conventions.path_type(path, item)
        for method in conventions.HTTP_METHODS:
            if method not in item:
                continue
            known = conventions.operation_kind(path, method, item)
            if known is None:
                if kind == "instance" and method in conventions.UPDATE_METHODS:
                    first = next(m for m in conventions.UPDATE_METHODS if m in item)
                    message = (
                        f"{method.upper()} beside {first.upper()} on an instance path: "
                        "only one update method is supported"
                    )
                elif kind == "list":
                    message = (
                        f"{method.upper()} on a list path is not supported "
                        "(a list path takes POST and GET)"
                    )
                else:
                    message = f"{method.upper()} on an instance path is not supported"
                yield spec.problem(
                    pointer + "/" + method, message, operation=pointer + "/" + method
                )
        for (
            method
        ) in (
            conventions.HTTP_METHODS
        ):  # this path's own operations: every path's would be quadratic
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            op_pointer = pointer + "/" + method
            body, _ = resolve(data, op.get("requestBody"))
            content = (body or {}).get("content") or {}
            if content and conventions.request_media_type(content) is None:
                media = sorted(content)[0]
                yield spec.problem(
                    op_pointer + "/requestBody/content" + pointer_join(media),
                    f"request body type {media!r} is not supported; use a form or JSON",
                    operation=op_pointer,
                )


def _name_problems(spec: LoadedSpec) -> Iterator[Problem]:
    """Spec names that would become the same Python name, and patterns Python cannot compile."""
    data = spec.data
    form_schemas: set[str] = set()  # request bodies: their clashes are reported as parameters
    for pointer, path, method, op in _operations(spec):
        # Python name -> (spec name, where it goes): one name in the query and the form clashes
        names: dict[str, list[tuple[str, str]]] = defaultdict(list)
        item = data["paths"][path]
        for _, params in (("", item.get("parameters")), (f"/{method}", op.get("parameters"))):
            for _, raw in enumerate(params or []):
                param, _ = resolve(data, raw)
                if isinstance(param, dict) and param.get("name"):
                    named = (str(param["name"]), f"the {param.get('in')}")
                    py = conventions.param_name(named[0])
                    if named not in names[py]:  # an operation's may override its path's
                        names[py].append(named)
        body, _ = resolve(data, op.get("requestBody"))
        for media in ((body or {}).get("content") or {}).values():
            raw_schema = (media or {}).get("schema")
            if isinstance(raw_schema, dict) and isinstance(raw_schema.get("$ref"), str):
                form_schemas.add(raw_schema["$ref"])
            for name in flatten(data, raw_schema).get("properties") or {}:
                named = (str(name), "the body")
                py = conventions.param_name(named[0])
                if named not in names[py]:
                    names[py].append(named)
        for py, spec_names in sorted(names.items()):
            # a path parameter comes from the list or instance, so a method argument of its
            # name (the 2010 API's AccountSid in the body) does not clash with it
            sent = [name for name, where in spec_names if where != "the path"]
            if len({name for name, _ in spec_names}) > 1 or len(set(sent)) < len(sent):
                alike = len({name for name, _ in spec_names}) < len(spec_names)
                both = " and ".join(
                    repr(name) + (f" (in {where})" if alike else "") for name, where in spec_names
                )
                yield spec.problem(
                    pointer, f"parameters {both} would both be the Python argument {py!r}"
                )
    for name, schema in ((data.get("components") or {}).get("schemas") or {}).items():
        if "#" + pointer_join("components", "schemas", name) in form_schemas:
            continue
        props = flatten(data, schema).get("properties") or {}
        attributes: dict[str, list[str]] = defaultdict(list)
        for prop_name in props:
            attributes[snake_case(str(prop_name))].append(str(prop_name))
        for py, props_named in sorted(attributes.items()):
            if len(props_named) > 1:
                both = " and ".join(repr(n) for n in props_named)
                yield spec.problem(
                    pointer_join("components", "schemas", name, "properties"),
                    f"properties {both} would both be the Python attribute {py!r}",
                )


def _property_key_problems(spec: LoadedSpec) -> Iterator[Problem]:
    """A property named by a YAML number, boolean or date (``1:``, ``yes:``) is no JSON name:
    the OpenAPI validator only gives up on the whole document."""
    for path, node in _objects(spec.data):
        properties = node.get("properties")
        if isinstance(properties, dict) and not set(_EXAMPLE_KEYS).intersection(map(str, path)):
            for key in properties:
                if not isinstance(key, str):
                    yield spec.problem(
                        pointer_join(*path, "properties", str(key)),
                        f"property name {key!r} is a YAML {type(key).__name__}, not text: "
                        "quote it",
                    )


def _pattern_problems(spec: LoadedSpec) -> Iterator[Problem]:
    """Every schema ``pattern`` must compile, since the SDK checks arguments with it."""
    for path, node in _objects(spec.data):
        pattern = node.get("pattern")
        if isinstance(pattern, str) and not (path and path[-1] in _EXAMPLE_KEYS):
            where = pointer_join(*path, "pattern")
            try:
                re.compile(pattern)
            except re.error as error:
                yield spec.problem(
                    where, f"pattern {pattern!r} is not a valid regular expression: {error}"
                )
                continue
            python_only = _PYTHON_ONLY_REGEX.search(pattern)
            if python_only:
                construct = python_only.group("construct")
                hint = _ECMA_WAY.get(construct[:3], "spell the flag out ([aA] for (?i))")
                yield spec.problem(
                    where,
                    f"pattern {pattern!r} uses {construct!r}, which JSON Schema's "
                    f"(ECMA-262) regular expressions lack; {hint}",
                )


# Python regex syntax that ECMA-262, the dialect of OpenAPI patterns, does not have.
# \A, \Z and \z; named groups and comments; inline flags, (?i) or (?i:...) (a case-insensitive
# class, [a-zA-Z], says the same)
_ECMA_WAY = {  # what a pattern says instead, by the first characters of what it used
    "\\A": "anchor with ^ and $",
    "\\Z": "anchor with ^ and $",
    "\\z": "anchor with ^ and $",
    "(?P": "leave the group unnamed",
    "(?#": "leave the comment out",
}
_PYTHON_ONLY_REGEX = re.compile(
    r"(?<!\\)(?:\\\\)*"  # what follows is not escaped
    r"(?P<construct>\\[AZz]|\(\?P[<=]|\(\?#|\(\?(?:[aiLmsux]+(?:-[imsx]+)?|-[imsx]+)[:)])"
)


_EXAMPLE_KEYS = ("example", "value", "default")  # a "pattern" key inside these is data


def _tag_problems(spec: LoadedSpec) -> Iterator[Problem]:
    """A tag name given twice, at the second one."""
    tags = spec.data.get("tags")
    first: dict[str, int] = {}
    for index, tag in enumerate(tags if isinstance(tags, list) else []):
        name = tag.get("name") if isinstance(tag, dict) else None
        if isinstance(name, str):
            if name in first:
                yield spec.problem(
                    pointer_join("tags", index, "name"),
                    f"tag {name!r} is also given at /tags/{first[name]}",
                )
            else:
                first[name] = index


def _template_names(path: str) -> list[str] | None:
    """The ``{names}`` of a path template, read as the OpenAPI validator reads them; None when
    it cannot read the template (the validator reports that)."""
    try:
        return [field for _, field, _, _ in string.Formatter().parse(path) if field]
    except ValueError:
        return None


def _only_empty(schema: Mapping[str, Any]) -> bool:
    """Whether a string schema takes no text but ``""`` (``maxLength: 0``, ``enum: ['']``)."""
    enum = schema.get("enum")
    return schema.get("maxLength") == 0 or (
        isinstance(enum, list) and bool(enum) and all(value == "" for value in enum)
    )


def _path_parameter_problems(spec: LoadedSpec) -> Iterator[Problem]:
    """Path templates against their ``in: path`` parameters, and parameters given twice in one list.

    A ``{name}`` no parameter declares is located at the path; a path parameter the template
    lacks, at that parameter; a parameter listed twice (same name and place), at the second.
    Checked for paths with at least one operation, as the OpenAPI validator does.
    """
    data = spec.data
    for path, item in (data.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        pointer = pointer_join("paths", path)
        template = _template_names(str(path))
        lists = [("", item.get("parameters"))] + [
            (method, item[method].get("parameters"))
            for method in conventions.HTTP_METHODS
            if isinstance(item.get(method), dict)
        ]
        methods = [method for method, _ in lists[1:]]
        declared: dict[str, set[str]] = (
            {}
        )  # method ("" for the path item) -> names declared in: path
        for method, params in lists:
            names = declared.setdefault(method, set())
            where = pointer + (f"/{method}" if method else "") + "/parameters"
            first: dict[tuple[str, str], int] = {}
            for index, raw in enumerate(params if isinstance(params, list) else []):
                param, _ = resolve(data, raw)
                if not isinstance(param, dict) or not isinstance(param.get("name"), str):
                    continue
                name, location = param["name"], str(param.get("in"))
                if (name, location) in first:
                    yield spec.problem(
                        where + pointer_join(index),
                        f"parameter {name!r} (in {location}) is also "
                        f"given at {where}/{first[name, location]}",
                    )
                    continue
                first[name, location] = index
                if location == "header" and not _HEADER_NAME.fullmatch(name):
                    yield spec.problem(
                        where + pointer_join(index),
                        f"header parameter {name!r} is not an HTTP header name (letters, digits "
                        "and !#$%&'*+-.^_`|~ only): no call could send it",
                    )
                if location != "path":
                    continue
                names.add(name)
                if _only_empty(flatten(data, param.get("schema"))):
                    yield spec.problem(
                        where + pointer_join(index, "schema"),
                        f"path parameter {name!r} can only be empty, and an empty path segment "
                        "cannot be sent",
                    )
                if methods and template is not None and name not in template:
                    yield spec.problem(
                        where + pointer_join(index),
                        f"path parameter {name!r} is not in the path {path!r}",
                    )
        if template is None:
            continue
        for name in dict.fromkeys(template):
            lacking = [
                m.upper() for m in methods if name not in declared[""] and name not in declared[m]
            ]
            if lacking:
                yield spec.problem(
                    pointer,
                    f"{{{name}}} in the path is not declared as an 'in: path' parameter "
                    f"(for {', '.join(lacking)})",
                )


# An HTTP field name: a token of RFC 9110 (section 5.1).
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")

# Where schemas sit in an OpenAPI document: (key, what it holds) for each step into a schema.
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "definitions", "$defs", "dependentSchemas")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_ONES = (
    "items",
    "additionalProperties",
    "not",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
    "unevaluatedItems",
    "unevaluatedProperties",
    "additionalItems",
)
_COMPOSITIONS = ("allOf", "anyOf", "oneOf", "not")


def _flat(data: Any, schema: Any) -> dict[str, Any]:
    """`flatten`, for a schema that may be malformed (the OpenAPI validator reports how)."""
    try:
        return flatten(data, schema)
    except (TypeError, ValueError, AttributeError, RecursionError):
        return {}


def _property_names(data: Any, schema: Any) -> set[str]:
    properties = _flat(data, schema).get("properties")
    return {str(name) for name in properties} if isinstance(properties, dict) else set()


def _media_schemas(content: Any, where: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], Any]]:
    for media_type, media in (content.items() if isinstance(content, dict) else ()):
        if isinstance(media, dict) and "schema" in media:
            yield (*where, media_type, "schema"), media["schema"]


def _with_content(node: Any, where: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """The schemas of a parameter, header, request body or response (not followed through ``$ref``:
    what a reference names is walked where it is)."""
    if not isinstance(node, dict) or "$ref" in node:
        return
    if "schema" in node:
        yield (*where, "schema"), node["schema"]
    yield from _media_schemas(node.get("content"), (*where, "content"))
    for name, header in (
        (node.get("headers") or {}).items() if isinstance(node.get("headers"), dict) else ()
    ):
        yield from _with_content(header, (*where, "headers", name))


def _root_schemas(data: Any) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every schema the document holds outside other schemas, with its path."""
    components = data.get("components") if isinstance(data.get("components"), dict) else {}
    for kind in ("schemas", "parameters", "headers", "requestBodies", "responses"):
        group = components.get(kind)
        for name, node in (group.items() if isinstance(group, dict) else ()):
            if kind == "schemas":
                yield ("components", kind, name), node
            else:
                yield from _with_content(node, ("components", kind, name))
    for path, item in (
        (data.get("paths") or {}).items() if isinstance(data.get("paths"), dict) else ()
    ):
        if not isinstance(item, dict):
            continue
        lists = [(("paths", path), item)] + [
            (("paths", path, method), item[method])
            for method in conventions.HTTP_METHODS
            if isinstance(item.get(method), dict)
        ]
        for where, holder in lists:
            params = holder.get("parameters")
            for index, param in enumerate(params if isinstance(params, list) else []):
                yield from _with_content(param, (*where, "parameters", index))
            if holder is item:
                continue
            yield from _with_content(holder.get("requestBody"), (*where, "requestBody"))
            responses = holder.get("responses")
            for status, response in (responses.items() if isinstance(responses, dict) else ()):
                yield from _with_content(response, (*where, "responses", status))


def _schemas(data: Any) -> Iterator[tuple[tuple[Any, ...], dict[str, Any], set[str] | None]]:
    """Every schema object of the document, once each, with its path and, for a member of an
    ``allOf``, ``anyOf``, ``oneOf`` or ``not``, the property names the schema that holds it has."""
    seen: set[int] = set()
    stack: list[tuple[tuple[Any, ...], Any, set[str] | None]] = [
        (where, node, None) for where, node in _root_schemas(data)
    ]
    stack.reverse()
    while stack:
        where, schema, around = stack.pop()
        if not isinstance(schema, dict) or "$ref" in schema or id(schema) in seen:
            continue
        seen.add(id(schema))
        yield where, schema, around
        children: list[tuple[tuple[Any, ...], Any, set[str] | None]] = []
        for key in _SUBSCHEMA_MAPS:
            group = schema.get(key)
            for name, child in (group.items() if isinstance(group, dict) else ()):
                children.append(((*where, key, name), child, None))
        for key in _SUBSCHEMA_ONES:
            if isinstance(schema.get(key), dict):
                children.append(
                    (
                        (*where, key),
                        schema[key],
                        (around or set()) | _property_names(data, schema) if key == "not" else None,
                    )
                )
        for key in _SUBSCHEMA_LISTS:
            members = schema.get(key)
            if isinstance(members, list) and members:
                names = (
                    (around or set()) | _property_names(data, schema)
                    if key in _COMPOSITIONS
                    else None
                )
                children += [
                    ((*where, key, index), member, names) for index, member in enumerate(members)
                ]
        stack.extend(reversed(children))


def _required_problems(spec: LoadedSpec) -> Iterator[Problem]:
    """A ``required`` name must be a property the schema declares: its own, its ``allOf``
    members', or (for a member of ``allOf``, ``anyOf``, ``oneOf`` or ``not``) those of the schema
    that holds it. The generator would take a misspelt required field for a missing one.
    A schema of another type than object is left alone: ``required`` means nothing there
    (Twilio's Knowledge spec has one on an array)."""
    data = spec.data
    for where, schema, around in _schemas(data):
        required = schema.get("required")
        if (
            not isinstance(required, list)
            or not required
            or schema.get("type", "object") != "object"
        ):
            continue
        declared = _property_names(data, schema) | (around or set())
        for index, name in enumerate(required):
            if isinstance(name, str) and name not in declared:
                known = (
                    f"its properties are {', '.join(sorted(declared)[:8])}"
                    f"{', ...' if len(declared) > 8 else ''}"
                    if declared
                    else "it declares no properties"
                )
                yield spec.problem(
                    pointer_join(*where, "required", index),
                    f"required property {name!r} is not a property of this schema ({known})",
                )


def _examples_of(
    holder: dict[str, Any], where: tuple[Any, ...], data: Any
) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """A parameter's or a media type's ``example`` and each of its ``examples`` values, with
    their paths (an example given by ``$ref`` is located where it is written)."""
    if "example" in holder:
        yield (*where, "example"), holder["example"]
    examples = holder.get("examples")
    for name, entry in (examples.items() if isinstance(examples, dict) else ()):
        target, _ = resolve(data, entry)
        if not isinstance(target, dict) or "value" not in target:
            continue
        ref = entry.get("$ref") if isinstance(entry, dict) else None
        if isinstance(ref, str) and ref.startswith("#/"):
            base = tuple(
                token.replace("~1", "/").replace("~0", "~") for token in ref[2:].split("/")
            )
            yield (*base, "value"), target["value"]
        else:
            yield (*where, "examples", name, "value"), target["value"]


def _example_holders(
    data: Any,
) -> Iterator[tuple[tuple[Any, ...], dict[str, Any], Any, bool, bool]]:
    """Each parameter and each form or JSON media type of a request body or a response, with
    its path, its schema and how its values travel (as text, or as fields of a form)."""
    for where, node in _root_schemas(data):
        *holder_path, last = where
        if last != "schema":
            continue
        holder: Any = data
        try:
            for key in holder_path:
                holder = holder[key]
        except (KeyError, IndexError, TypeError):
            continue
        if not isinstance(holder, dict):
            continue
        if len(holder_path) >= 2 and holder_path[-2] == "content":  # a media type
            media_type = str(holder_path[-1]).split(";", 1)[0].strip().lower()
            if media_type in (conventions.FORM, "multipart/form-data"):
                yield tuple(holder_path), holder, node, False, True
            elif conventions.is_json(media_type):
                yield tuple(holder_path), holder, node, False, False
        elif "parameters" in holder_path[-2:-1]:  # a parameter: its value travels as text
            yield tuple(holder_path), holder, node, True, False


# An example that breaks its schema's shape is a warning, not a problem: the generator reads
# examples only for its tests, and checks each one there, making up a value that fits the
# schema in place of one that does not (`spec_examples`). Refusing the spec instead stopped
# whole releases of Twilio's specs over one URL-encoded text given for an object.


def example_warnings(spec: LoadedSpec) -> list[Problem]:
    """Each example that does not have the shape of its schema (see `example_shapes`), located
    at the value that breaks it."""
    return sorted(set(_example_mismatches(spec)))


def _example_mismatches(spec: LoadedSpec) -> Iterator[Problem]:
    data = spec.data
    for where, holder, schema, text, fields_text in _example_holders(data):
        for at, value in _examples_of(holder, where, data):
            found = example_mismatch(data, schema, value, text, fields_text)
            if found:
                inside, message = found
                yield spec.problem(
                    pointer_join(*at, *inside), f"the example does not fit its schema: {message}"
                )

"""A resource's operations and their parameters.

The parameters of an operation are its path's, overridden by its own, then one per field of
its request body; each gets its type (with any enum class, named in the resource module's
:class:`EnumScope`), its constraints and an example. Every function takes the scope and hands
back the new one with what it built.
"""

from __future__ import annotations

from typing import Any, Collection, Mapping

from . import conventions
from .ir import JsonValue, Operation, Param, RequestModel
from .loading import LoadedSpec
from .naming import pascal_case, snake_case
from .problems import Problem, pointer_join
from .responses import success_statuses
from .schemas import flatten, resolve, schema_name
from .spec_examples import first_example, fitting, request_example, response_example
from .type_mapping import EnumScope, constraints, type_of

_ORDER = ["create", "list", "fetch", "update", "patch", "delete"]  # of a resource's methods


def operations_at(
    spec: LoadedSpec,
    path: str,
    scope: EnumScope,
    problems: list[Problem],
    methods: Collection[tuple[str, str]],
) -> tuple[tuple[Operation, ...], EnumScope]:
    """The operations of one path that are among `methods` ((path, method) pairs), in the
    order a resource lists its methods."""
    item = spec.data["paths"][path]
    found = []
    for method in sorted(item):
        kind = conventions.operation_kind(path, method, item)
        if kind and (path, method) in methods:
            operation, scope = _operation(spec, path, method, kind, scope, problems)
            found.append(operation)
    return tuple(sorted(found, key=lambda op: _ORDER.index(op.kind))), scope


def _operation(
    spec: LoadedSpec, path: str, method: str, kind: str, scope: EnumScope, problems: list[Problem]
) -> tuple[Operation, EnumScope]:
    op = spec.data["paths"][path][method]
    scope = scope.at(str(op.get("operationId") or ""))  # where its inline enums are defined
    params, scope = parameters(spec, path, method, scope, problems)
    if kind == "list":
        params, scope = _with_paging(spec.data, params, scope)
    content_type, body_params, scope = _body_params(spec.data, op, method, scope)
    request_model, scope = _request_model(
        spec.data, op, content_type, body_params, params + body_params, scope
    )
    statuses = success_statuses(op)
    operation = Operation(
        kind=kind,  # type: ignore[arg-type]
        operation_id=str(op.get("operationId") or ""),
        http_method=method.upper(),
        path=path,
        summary=str(op.get("summary") or ""),
        description=str(op.get("description") or ""),
        params=tuple(p for p in params if p.location != "path") + tuple(body_params),
        success_status=int(statuses[0]) if statuses else 200,
        request_example=request_example(spec.data, op),
        response_example=response_example(spec.data, op),
        content_type=content_type,
        request_model=request_model,
    )
    return operation, scope


def path_params(
    spec: LoadedSpec,
    paths: tuple[str | None, str | None],
    scope: EnumScope,
    problems: list[Problem],
) -> tuple[dict[str, Param], EnumScope]:
    """Every path parameter of a resource's list and instance paths, by wire name, from
    wherever the spec declares it; one it declares nowhere is a required string."""
    found: dict[str, Param] = {}
    items: Mapping[str, Any] = spec.data["paths"]
    for path in paths:
        if path is None:
            continue
        for method in [None, *conventions.HTTP_METHODS]:
            if method is None or isinstance(items[path].get(method), dict):
                op = items[path].get(method) if method else None
                scope = scope.at(str(op.get("operationId") or "") if op else "")
                params, scope = parameters(spec, path, method, scope, problems)
                for declared in params:
                    if declared.location == "path":
                        found.setdefault(declared.wire_name, declared)
        for name in conventions.path_params(path):
            if name not in found:
                found[name], scope = param(
                    spec.data,
                    scope,
                    {"type": "string"},
                    py_name=conventions.param_name(name),
                    wire_name=name,
                    location="path",
                    required=True,
                    description="",
                    example=None,
                )
    return found, scope


def parameters(
    spec: LoadedSpec, path: str, method: str | None, scope: EnumScope, problems: list[Problem]
) -> tuple[list[Param], EnumScope]:
    """Path-level parameters overridden by the operation's own, in spec order."""
    root = spec.data
    item = root["paths"][path]
    merged: dict[tuple[str, str], tuple[str, Any]] = {}
    sources = [("parameters", item.get("parameters"))]
    if method:
        sources.append((f"{method}/parameters", item[method].get("parameters")))
    for where, params in sources:
        for index, raw in enumerate(params or []):
            resolved, _ = resolve(root, raw)
            if isinstance(resolved, dict):
                pointer = pointer_join("paths", path) + "/" + where + pointer_join(index)
                merged[(str(resolved.get("name")), str(resolved.get("in")))] = (pointer, resolved)
    built = []
    for (name, location), (pointer, declared) in merged.items():
        if location not in ("path", "query", "header"):
            message = (
                f"parameter {name!r} is in {location!r}; only path, query and header are supported"
            )
            problems.append(spec.problem(pointer, message))
            continue
        schema = declared.get("schema")
        flat = flatten(root, schema)
        built_param, scope = param(
            root,
            scope,
            schema,
            py_name=conventions.param_name(name),
            wire_name=name,
            location=location,
            required=bool(declared.get("required")) or location == "path",
            description=str(declared.get("description") or flat.get("description") or ""),
            example=declared.get("example", flat.get("example")),
        )
        built.append(built_param)
    return built, scope


def _with_paging(
    root: Mapping[str, Any], params: list[Param], scope: EnumScope
) -> tuple[list[Param], EnumScope]:
    """A list's parameters and, after them, each paging parameter its spec leaves out: the
    official SDK sends them on every list, so they are never dropped."""
    declared = {p.wire_name for p in params} | {p.py_name for p in params}
    for name, schema in conventions.PAGING_SCHEMAS.items():
        # a parameter of that name, or one that takes its Python name, is the spec's own
        if not declared & {name, conventions.param_name(name)}:
            added, scope = param(
                root,
                scope,
                schema,
                py_name=conventions.param_name(name),
                wire_name=name,
                location="query",
                required=False,
                description=str(schema["description"]),
                example=None,
            )
            params = [*params, added]
    return params, scope


def _body_params(
    root: Mapping[str, Any], op: Mapping[str, Any], method: str, scope: EnumScope
) -> tuple[str | None, list[Param], EnumScope]:
    """The request body's media type and its arguments: one per property of a form or
    JSON object, or a single ``body`` argument for a JSON body without declared properties.

    A POST without a body still sends an empty form, as the API expects.
    """
    body, _ = resolve(root, op.get("requestBody"))
    content = (body or {}).get("content") or {}
    media_type = conventions.request_media_type(content) if content else None
    if media_type is None:
        return (conventions.FORM if method == "post" else None), [], scope
    media = content[media_type] or {}
    schema = flatten(root, media.get("schema"))
    examples = first_example(media)
    location = "form" if media_type == conventions.FORM else "json"
    properties = schema.get("properties") or {}
    if location == "json" and not properties:
        description = str(
            schema.get("description") or (body or {}).get("description") or "The request body."
        )
        whole, scope = param(
            root,
            scope,
            media.get("schema") or {"type": "object"},
            py_name="body",
            wire_name="body",
            location="body",
            required=bool((body or {}).get("required")),
            description=description,
            example=examples or None,
        )
        return media_type, [whole], scope
    required = set(schema.get("required") or [])
    params = []
    for name, prop in properties.items():
        flat = flatten(root, prop)
        example = (
            examples.get(name, flat.get("example"))
            if isinstance(examples, dict)
            else flat.get("example")
        )
        built, scope = param(
            root,
            scope,
            prop,
            py_name=conventions.param_name(str(name)),
            wire_name=str(name),
            location=location,
            required=name in required,
            description=str(flat.get("description") or ""),
            example=example,
        )
        params.append(built)
    return media_type, params, scope


def _request_model(
    root: Mapping[str, Any],
    op: Mapping[str, Any],
    media_type: str | None,
    body_params: list[Param],
    arguments: list[Param],
    scope: EnumScope,
) -> tuple[RequestModel | None, EnumScope]:
    """The official package's one-object form of a JSON body, named for the body's schema
    (``#/components/schemas/ContentCreateRequest``, or a dotted name such as
    ``insights.v2.create_account_report_request``, -> ``InsightsV2CreateAccountReportRequest``):
    for an object's properties, or for a named body without them (a ``oneOf``), which is
    otherwise ``body=``. A body defined in place is named by its ``title``, else by its
    operationId (``CreateReferralConversion`` -> ``CreateReferralConversionRequest``), as the
    official package names it; none where the names are taken."""
    if media_type is None or not conventions.is_json(media_type) or not body_params:
        return None, scope
    whole = len(body_params) == 1 and body_params[0].location == "body"
    if not whole and any(p.location != "json" for p in body_params):
        return None, scope
    body, _ = resolve(root, op.get("requestBody"))
    media = ((body or {}).get("content") or {}).get(media_type) or {}
    name = schema_name(root, media.get("schema")) or _inline_body_name(root, media, op)
    if not name:
        return None, scope
    model = RequestModel(pascal_case(name), snake_case(name))
    if any(p.py_name == model.py_name for p in arguments):
        return None, scope
    free, scope = scope.body_class(model.class_name)
    return (model if free else None), scope


def _inline_body_name(
    root: Mapping[str, Any], media: Mapping[str, Any], op: Mapping[str, Any]
) -> str | None:
    schema, _ = resolve(root, media.get("schema"))
    title = schema.get("title") if isinstance(schema, dict) else None
    if isinstance(title, str) and title.strip():
        return title
    operation_id = op.get("operationId")
    return f"{operation_id}Request" if isinstance(operation_id, str) and operation_id else None


def param(
    root: Mapping[str, Any],
    scope: EnumScope,
    schema: Any,
    *,
    py_name: str,
    wire_name: str,
    location: str,
    required: bool,
    description: str,
    example: Any,
) -> tuple[Param, EnumScope]:
    """One argument: its type, its checks (an enum's values among them) and an example that
    passes them."""
    flat = flatten(root, schema)
    type_ref, scope = type_of(root, schema, wire_name, scope)
    checks = constraints(flat)
    if type_ref.enum is not None:
        checks += (("enum", type_ref.enum.values),)
    example = fitting(example, flat, checks, root)
    built = Param(
        py_name=py_name,
        wire_name=wire_name,
        location=location,  # type: ignore[arg-type]
        type=type_ref,
        required=required,
        description=description,
        constraints=checks,
        example=JsonValue.of(example) if example is not None else None,
        format=flat.get("format") if isinstance(flat.get("format"), str) else None,
        # null is a value only in JSON; elsewhere None leaves the argument out
        nullable=location == "json" and flat.get("nullable") is True,
    )
    return built, scope

"""Build the IR from validated spec documents.

This is where every name and type is decided; templates only lay the
results out. Resources are found by the conventions layer, so no resource
is named here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Mapping

from . import conventions
from .ir import Api, Domain, Field, JsonValue, Operation, Param, Resource, TypeRef, Version
from .loading import LoadedSpec
from .naming import pascal_case, snake_case
from .problems import Problem, SpecError, pointer_join
from .schemas import flatten, resolve

PACKAGE = "twilio_sdk"
FORM = "application/x-www-form-urlencoded"
JSON = "application/json"

_CONSTRAINTS = (  # (OpenAPI keyword, runtime Param keyword)
    ("pattern", "pattern"),
    ("minLength", "min_length"),
    ("maxLength", "max_length"),
    ("minimum", "minimum"),
    ("maximum", "maximum"),
)


@dataclass
class _ResourcePaths:
    list_path: str | None = None
    instance_path: str | None = None


def build_api(specs: list[LoadedSpec]) -> Api:
    """Turn loaded, validated specs into one Api; raise SpecError on what cannot be built."""
    problems: list[Problem] = []
    grouped: dict[str, dict[str, list[Resource]]] = defaultdict(lambda: defaultdict(list))
    domain_urls: dict[str, str] = {}
    for spec in specs:
        for domain, url, version, resource in _SpecBuilder(spec, problems).resources():
            grouped[domain][version].append(resource)
            domain_urls.setdefault(domain, url)
    if problems:
        raise SpecError(problems)
    domains = tuple(
        Domain(
            name=name,
            class_name=pascal_case(name),
            base_url=domain_urls[name],
            versions=tuple(
                Version(name=v, class_name=pascal_case(v), resources=tuple(sorted(rs, key=lambda r: r.mount_name)))
                for v, rs in sorted(versions.items())
            ),
        )
        for name, versions in sorted(grouped.items())
    )
    return Api(package=PACKAGE, domains=domains)


class _SpecBuilder:
    def __init__(self, spec: LoadedSpec, problems: list[Problem]) -> None:
        self.spec = spec
        self.root = spec.data
        self.problems = problems

    def problem(self, pointer: str, message: str) -> None:
        self.problems.append(self.spec.problem(pointer, message))

    # -- resources -----------------------------------------------------------------

    def resources(self) -> list[tuple[str, str, str, Resource]]:
        paths: Mapping[str, Any] = self.root.get("paths") or {}
        groups: dict[str, _ResourcePaths] = {}
        for path in sorted(paths):
            item = paths[path]
            if conventions.path_type(path, item) == "list":
                groups.setdefault(path, _ResourcePaths()).list_path = path
        for path in sorted(paths):
            item = paths[path]
            if conventions.path_type(path, item) == "instance":
                parent = conventions.list_path_of(path)
                key = parent if parent in groups else path
                groups.setdefault(key, _ResourcePaths()).instance_path = path
        built = []
        for key in sorted(groups):
            resource = self.resource(groups[key])
            if resource is not None:
                built.append(resource)
        return built

    def resource(self, group: _ResourcePaths) -> tuple[str, str, str, Resource] | None:
        paths = self.root["paths"]
        main_path = group.list_path or group.instance_path
        assert main_path is not None
        item = paths[main_path]
        schema_ref, schema_name = self.model_schema(group)
        mount = conventions.mount_name(main_path, item)
        name = conventions.class_name(item, schema_name, mount)
        fields = self.fields(schema_ref, pointer_join("paths", main_path))

        list_ops: list[Operation] = []
        instance_ops: list[Operation] = []
        list_key = None
        context_params: tuple[Param, ...] = ()
        if group.list_path:
            for method in sorted(paths[group.list_path]):
                kind = conventions.LIST_OPERATIONS.get(method)
                if kind:
                    list_ops.append(self.operation(group.list_path, method, kind))
            if any(op.kind == "list" for op in list_ops):
                list_key = self.list_key(group.list_path)
        if group.instance_path:
            ipath = group.instance_path
            context_params = tuple(
                p for p in self.parameters(ipath, None) if p.location == "path"
            )
            for method in sorted(paths[ipath]):
                kind = conventions.INSTANCE_OPERATIONS.get(method)
                if kind:
                    instance_ops.append(self.operation(ipath, method, kind))
        domain, url = conventions.domain_of(self.server_url(main_path))
        version = conventions.version_of(main_path)
        resource = Resource(
            class_name=name,
            module_name=snake_case(name),
            mount_name=mount,
            description=str(item.get("description") or ""),
            fields=fields,
            list_operations=tuple(sorted(list_ops, key=_op_order)),
            instance_operations=tuple(sorted(instance_ops, key=_op_order)),
            context_params=context_params,
            list_key=list_key,
        )
        return domain, url, version, resource

    def server_url(self, path: str) -> str:
        item = self.root["paths"][path]
        for servers in (item.get("servers"), self.root.get("servers")):
            if servers and isinstance(servers[0], dict) and servers[0].get("url"):
                return str(servers[0]["url"])
        return "https://api.twilio.com"

    def model_schema(self, group: _ResourcePaths) -> tuple[Any, str | None]:
        """The schema of one resource: a fetch/update/create answer, or the items of a list."""
        paths = self.root["paths"]
        candidates = []
        if group.instance_path:
            candidates += [(group.instance_path, m) for m in ("get", "post", "put")]
        if group.list_path:
            candidates.append((group.list_path, "post"))
        for path, method in candidates:
            schema = self.success_schema(paths[path].get(method))
            if schema is not None:
                return schema, resolve(self.root, schema)[1]
        if group.list_path:
            page = flatten(self.root, self.success_schema(paths[group.list_path].get("get")))
            for prop_name, prop in (page.get("properties") or {}).items():
                prop = flatten(self.root, prop)
                if prop_name != "meta" and prop.get("type") == "array":
                    items = prop.get("items")
                    return items, resolve(self.root, items)[1]
        return None, None

    def success_schema(self, operation: Any) -> Any:
        if not isinstance(operation, dict):
            return None
        for status, response in sorted((operation.get("responses") or {}).items()):
            if str(status).startswith("2"):
                response, _ = resolve(self.root, response)
                media = ((response or {}).get("content") or {}).get(JSON) or {}
                if "schema" in media:
                    return media["schema"]
        return None

    def list_key(self, list_path: str) -> str | None:
        page = flatten(self.root, self.success_schema(self.root["paths"][list_path].get("get")))
        for prop_name, prop in (page.get("properties") or {}).items():
            if prop_name != "meta" and flatten(self.root, prop).get("type") == "array":
                return str(prop_name)
        return None

    # -- fields and types ----------------------------------------------------------

    def fields(self, schema: Any, pointer: str) -> tuple[Field, ...]:
        model = flatten(self.root, schema)
        fields = []
        for wire_name, prop in (model.get("properties") or {}).items():
            prop = flatten(self.root, prop)
            fields.append(
                Field(
                    py_name=model_attribute(wire_name),
                    wire_name=str(wire_name),
                    type=self.type_of(prop),
                    nullable=True,
                    description=str(prop.get("description") or ""),
                )
            )
        return tuple(fields)

    def type_of(self, schema: Any, depth: int = 0) -> TypeRef:
        schema = flatten(self.root, schema)
        kind = schema.get("type")
        fmt = schema.get("format")
        if depth > 8:
            return TypeRef("any", "Any", "codecs.ANY")
        if kind == "string" and fmt == "date-time":
            return TypeRef("date_time", "datetime", "codecs.DATETIME")
        if kind == "string" and fmt == "date":
            return TypeRef("date", "date", "codecs.DATE")
        if kind == "string":
            return TypeRef("string", "str", "codecs.STRING")
        if kind == "integer":
            return TypeRef("integer", "int", "codecs.INTEGER")
        if kind == "number":
            return TypeRef("number", "float", "codecs.NUMBER")
        if kind == "boolean":
            return TypeRef("boolean", "bool", "codecs.BOOLEAN")
        if kind == "array":
            item = self.type_of(schema.get("items"), depth + 1)
            return TypeRef("array", f"list[{item.annotation}]", f"codecs.ListOf({item.codec})", item)
        if kind == "object":
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self.type_of(extra, depth + 1)
                return TypeRef("object", f"dict[str, {value.annotation}]", "codecs.JSON", value)
            if fmt == "uri-map":
                return TypeRef("object", "dict[str, str]", "codecs.JSON")
            return TypeRef("object", "dict[str, Any]", "codecs.JSON")
        return TypeRef("any", "Any", "codecs.ANY")

    # -- operations and parameters ----------------------------------------------------

    def operation(self, path: str, method: str, kind: str) -> Operation:
        op = self.root["paths"][path][method]
        params = [p for p in self.parameters(path, method) if p.location != "path"]
        params += self.form_params(path, method)
        statuses = sorted(int(s) for s in (op.get("responses") or {}) if str(s).isdigit() and str(s).startswith("2"))
        return Operation(
            kind=kind,  # type: ignore[arg-type]
            operation_id=str(op.get("operationId") or ""),
            http_method=method.upper(),
            path=path,
            summary=str(op.get("summary") or ""),
            description=str(op.get("description") or ""),
            params=tuple(params),
            success_status=statuses[0] if statuses else 200,
            request_example=self.request_example(op),
            response_example=self.response_example(op),
        )

    def parameters(self, path: str, method: str | None) -> list[Param]:
        """Path-level parameters overridden by the operation's own, in spec order."""
        item = self.root["paths"][path]
        merged: dict[tuple[str, str], tuple[str, Any]] = {}
        sources = [("parameters", item.get("parameters"))]
        if method:
            sources.append((f"{method}/parameters", item[method].get("parameters")))
        for where, params in sources:
            for index, raw in enumerate(params or []):
                param, _ = resolve(self.root, raw)
                if isinstance(param, dict):
                    pointer = pointer_join("paths", path) + "/" + where + pointer_join(index)
                    merged[(str(param.get("name")), str(param.get("in")))] = (pointer, param)
        built = []
        for (name, location), (pointer, param) in merged.items():
            if location not in ("path", "query"):
                self.problem(pointer, f"parameter {name!r} is in {location!r}; only path and query are supported")
                continue
            schema = flatten(self.root, param.get("schema"))
            example = param.get("example", schema.get("example"))
            py_name = conventions.PAGING_PARAMS.get(name) or snake_case(name)
            built.append(
                self.param(py_name, name, location, schema, bool(param.get("required")) or location == "path",
                           str(param.get("description") or schema.get("description") or ""), example)
            )
        return built

    def form_params(self, path: str, method: str) -> list[Param]:
        body, _ = resolve(self.root, self.root["paths"][path][method].get("requestBody"))
        media = ((body or {}).get("content") or {}).get(FORM)
        if not media:
            return []
        schema = flatten(self.root, media.get("schema"))
        examples = _first_example(media) or {}
        required = set(schema.get("required") or [])
        params = []
        for name, prop in (schema.get("properties") or {}).items():
            prop = flatten(self.root, prop)
            example = examples.get(name, prop.get("example")) if isinstance(examples, dict) else None
            params.append(self.param(snake_case(name), str(name), "form", prop, name in required,
                                     str(prop.get("description") or ""), example))
        return params

    def param(self, py_name: str, wire_name: str, location: str, schema: dict[str, Any],
              required: bool, description: str, example: Any) -> Param:
        constraints = tuple(
            (keyword, schema[key]) for key, keyword in _CONSTRAINTS if key in schema
        )
        if example is None:
            example = _example_for(schema)
        return Param(
            py_name=py_name,
            wire_name=wire_name,
            location=location,  # type: ignore[arg-type]
            type=self.type_of(schema),
            required=required,
            description=description,
            constraints=constraints,
            example=JsonValue.of(example) if example is not None else None,
        )

    def request_example(self, op: Mapping[str, Any]) -> JsonValue | None:
        body, _ = resolve(self.root, op.get("requestBody"))
        media = ((body or {}).get("content") or {}).get(FORM)
        example = _first_example(media) if media else None
        return JsonValue.of(example) if example is not None else None

    def response_example(self, op: Mapping[str, Any]) -> JsonValue | None:
        for status, response in sorted((op.get("responses") or {}).items()):
            if str(status).startswith("2"):
                response, _ = resolve(self.root, response)
                media = ((response or {}).get("content") or {}).get(JSON)
                example = _first_example(media) if media else None
                if example is not None:
                    return JsonValue.of(example)
        return None


MODEL_RESERVED = {"to_dict", "from_dict", "additional_properties"}


def model_attribute(wire_name: str) -> str:
    """The model attribute for a JSON key; names the Model base uses get a ``_`` suffix."""
    name = snake_case(wire_name)
    return name + "_" if name in MODEL_RESERVED else name


def _first_example(media: Mapping[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    for _, example in sorted((media.get("examples") or {}).items()):
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return None


_SID_PATTERN = re.compile(r"\^([A-Z]{2})\[0-9a-fA-F\]\{32\}\$")


def _example_for(schema: Mapping[str, Any]) -> Any:
    """A value that satisfies the schema, for generated tests, when the spec gives none."""
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        match = _SID_PATTERN.fullmatch(pattern)
        return match.group(1) + "a" * 32 if match else None
    kind = schema.get("type")
    if kind == "integer":
        return schema.get("minimum", 1)
    if kind == "boolean":
        return True
    if kind == "string":
        return "example"
    return None


def _op_order(op: Operation) -> int:
    return ["create", "list", "fetch", "update", "delete"].index(op.kind)

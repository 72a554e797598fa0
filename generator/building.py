"""Build the IR from validated spec documents.

This is where every name and type is decided; templates only lay the
results out. Resources, their nesting and their names come from the
conventions layer, so no resource is named here.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Mapping

from pathlib import Path

from . import conventions, members
from .config import ProjectConfig, highest_version
from .ir import Api, Child, Domain, EnumType, Field, JsonValue, Operation, Param, Resource, TypeRef, Version
from .loading import LoadedSpec
from .naming import module_name, pascal_case, snake_case
from .overlaps import Claims
from .problems import Problem, SpecError, pointer_join
from .schemas import flatten, resolve, schema_name



def _json_media(content: Any) -> Any:
    """The JSON media entry of a response's content (``application/json`` or a ``+json`` kin)."""
    if not isinstance(content, dict):
        return None
    return next((content[m] for m in sorted(content) if conventions.is_json(str(m))), None)
MAX_TYPE_DEPTH = 8
# A resource's or product's name goes into file names (test_<domain>_<version>_<module>.py),
# which file systems cap at 255 bytes.
MAX_NAME_LENGTH = 100
# The capitalised names a resource module imports (templates/sdk/resource.py.j2); a model or an
# enum class of one of these names would hide it.
MODULE_IMPORTS = frozenset({"Any", "AsyncResource", "ClassVar", "Iterator", "Model", "Operation", "Page", "Param",
                            "Resource", "Sequence", "Unset", "WireField"})
_CLASS_SUFFIXES = ("", "List", "Context", "ListRaw", "ContextRaw")  # a resource's classes: Foo, FooList, ...

_CONSTRAINTS = (  # (OpenAPI keyword, runtime Param keyword)
    ("pattern", "pattern"),
    ("minLength", "min_length"),
    ("maxLength", "max_length"),
    ("minimum", "minimum"),
    ("maximum", "maximum"),
)


def build_api(specs: list[LoadedSpec], config: ProjectConfig | None = None) -> Api:
    """Turn loaded, validated specs into one Api; raise SpecError on what cannot be built.

    `config` names the package; without one, the defaults of :mod:`config` apply.
    """
    config = config or ProjectConfig(root=Path())
    problems: list[Problem] = []
    sdk_version = config.version or highest_version(str((s.data.get("info") or {}).get("version", "")) for s in specs)
    grouped: dict[str, dict[str, list[Resource]]] = defaultdict(lambda: defaultdict(list))
    domain_urls: dict[str, str] = {}
    claims = Claims(problems)
    domain_specs: dict[str, LoadedSpec] = {}
    for spec in specs:
        for domain, url, version, resource in _SpecBuilder(spec, problems).top_level_resources():
            claims.add(spec, domain, version, resource)
            grouped[domain][version].append(resource)
            domain_urls.setdefault(domain, url)
            domain_specs.setdefault(domain, spec)
    if not problems and not grouped:
        problems += [spec.problem("/paths", "describes no resource: an SDK needs at least one operation") for spec in specs]
    for name in sorted(n for n in grouped if len(n) > MAX_NAME_LENGTH):
        message = f"the product name {name[:40]!r}... is longer than {MAX_NAME_LENGTH} characters"
        problems.append(domain_specs[name].problem("/servers", message))
    if problems:
        raise SpecError(problems)
    domains = tuple(
        Domain(
            name=name,
            class_name=members.domain_class(pascal_case(name)),
            base_url=domain_urls[name],
            versions=tuple(
                Version(name=v, class_name=pascal_case(v), resources=tuple(sorted(rs, key=lambda r: r.mount_name)))
                for v, rs in sorted(versions.items())
            ),
        )
        for name, versions in sorted(grouped.items())
    )
    return Api(package=config.package, domains=domains, distribution=config.distribution_name, version=sdk_version)


@dataclass
class _Draft:
    """A resource while its place in the tree is still being worked out."""

    list_path: str | None = None
    instance_path: str | None = None
    resource: Resource | None = None
    path_params: dict[str, Param] = field(default_factory=dict)  # by wire name, every path parameter
    parent: _Draft | None = None
    on_instance: bool = False
    bindings: tuple[tuple[str, str], ...] = ()

    @property
    def main_path(self) -> str:
        path = self.list_path or self.instance_path
        assert path is not None
        return path

    def own_path_names(self, instance: bool) -> list[str]:
        path = self.instance_path if instance else self.list_path
        return conventions.path_params(path) if path else []


class _SpecBuilder:
    def __init__(self, spec: LoadedSpec, problems: list[Problem]) -> None:
        self.spec = spec
        self.root = spec.data
        self.paths: Mapping[str, Any] = spec.data.get("paths") or {}
        self.problems = problems
        self._enums: dict[str, EnumType] = {}
        self._taken: set[str] = set()  # module-level names an enum class may not take

    def problem(self, pointer: str, message: str) -> None:
        self.problems.append(self.spec.problem(pointer, message))

    def resource_problem(self, draft: _Draft, pointer: str, message: str) -> None:
        """A problem with one resource: in a corpus run, its operations can be skipped instead."""
        operations = [
            pointer_join("paths", path, method)
            for path in (draft.list_path, draft.instance_path)
            if path
            for method in conventions.HTTP_METHODS
            if isinstance(self.paths[path].get(method), dict)
        ]
        for operation in operations or [""]:
            self.problems.append(self.spec.problem(pointer, message, operation))

    # -- the resource tree -------------------------------------------------------------

    def top_level_resources(self) -> list[tuple[str, str, str, Resource]]:
        drafts = self.drafts()
        index = self.shape_index(drafts)
        for draft in drafts:
            self.place(draft, index)
        for draft in drafts:
            self.split_path_params(draft)
        children: dict[int, list[_Draft]] = defaultdict(list)
        for draft in drafts:
            if draft.parent is not None:
                children[id(draft.parent)].append(draft)

        def assemble(draft: _Draft) -> Resource:
            assert draft.resource is not None
            kids = sorted(children[id(draft)], key=lambda d: d.main_path)
            return dataclasses.replace(
                draft.resource,
                list_children=tuple(Child(assemble(k), k.bindings) for k in kids if not k.on_instance),
                instance_children=tuple(Child(assemble(k), k.bindings) for k in kids if k.on_instance),
            )

        self.disambiguate_modules(drafts)
        self.check_names(drafts)
        found = []
        for draft in drafts:
            if draft.parent is None:
                domain, url = conventions.domain_of(self.server_url(draft.main_path))
                found.append((domain, url, conventions.version_of(draft.main_path), assemble(draft)))
        return found

    def disambiguate_modules(self, drafts: list[_Draft]) -> None:
        """Resources of one version that would share a module: each nested one takes its
        ancestors' module names as a prefix, one more level at a time, until the names
        differ (``factor`` under ``entity`` -> ``entity_factor``). Top-level ones keep theirs."""
        base = {id(d): d.resource.module_name for d in drafts if d.resource is not None}
        for depth in range(1, 8):
            groups: dict[tuple[str, str], list[_Draft]] = defaultdict(list)
            for draft in drafts:
                assert draft.resource is not None
                groups[(conventions.version_of(draft.main_path), draft.resource.module_name.lower())].append(draft)
            clashes = [d for group in groups.values() if len(group) > 1 for d in group if d.parent is not None]
            if not clashes:
                return
            for draft in clashes:
                ancestors: list[str] = []
                up = draft.parent
                while up is not None and len(ancestors) < depth:
                    ancestors.insert(0, base[id(up)])
                    up = up.parent
                module = "_".join(ancestors + [base[id(draft)]])
                assert draft.resource is not None
                draft.resource = dataclasses.replace(draft.resource, module_name=module)

    def check_names(self, drafts: list[_Draft]) -> None:
        """Two resources may not share a module in one version, nor an attribute under one parent."""
        modules: dict[tuple[str, str], list[_Draft]] = defaultdict(list)
        mounts: dict[tuple[int, bool, str], list[_Draft]] = defaultdict(list)
        for draft in drafts:
            assert draft.resource is not None
            version = conventions.version_of(draft.main_path)
            modules[(version, draft.resource.module_name.lower())].append(draft)
            mounts[(id(draft.parent), draft.on_instance, draft.resource.mount_name)].append(draft)
        for draft in drafts:
            assert draft.resource is not None
            longest = max(draft.resource.module_name, draft.resource.mount_name, key=len)
            if len(longest) > MAX_NAME_LENGTH:
                self.resource_problem(draft, pointer_join("paths", draft.main_path),
                                      f"the Python name {longest[:40]!r}... is longer than {MAX_NAME_LENGTH} characters; "
                                      "set a shorter x-twilio.className or x-twilio.mountName")
        for what, groups in (("module", modules), ("attribute", mounts)):
            for clash in groups.values():
                if len(clash) > 1:
                    first, *others = clash
                    names = " and ".join(repr(d.main_path) for d in clash)
                    for draft in others:
                        assert draft.resource is not None
                        name = draft.resource.module_name if what == "module" else draft.resource.mount_name
                        self.resource_problem(draft, pointer_join("paths", draft.main_path),
                                              f"paths {names} would share the Python {what} {name!r}; "
                                              "set x-twilio.className or x-twilio.mountName to tell them apart")

    def drafts(self) -> list[_Draft]:
        """Pair each list path with its instance path; build each resource on its own."""
        groups: dict[str, _Draft] = {}
        for path in sorted(self.paths):
            if conventions.path_type(path, self.paths[path]) == "list":
                groups[path] = _Draft(list_path=path)
        for path in sorted(self.paths):
            if conventions.path_type(path, self.paths[path]) == "instance":
                owner = next(
                    (p for p in conventions.list_paths_of(path) if p in groups and groups[p].instance_path is None), None
                )
                if owner is not None:
                    groups[owner].instance_path = path
                else:
                    groups[path] = _Draft(instance_path=path)
        # A path with no operations is a resource only as a namespace that says so (x-twilio).
        drafts = [groups[key] for key in sorted(groups) if self._has_content(groups[key])]
        for draft in drafts:
            draft.resource = self.resource(draft)
        return drafts

    def _has_content(self, draft: _Draft) -> bool:
        items = [self.paths[p] for p in (draft.list_path, draft.instance_path) if p]
        return any(conventions.x_twilio(item) or any(m in item for m in conventions.HTTP_METHODS) for item in items)

    @staticmethod
    def shape_index(drafts: list[_Draft]) -> dict[str, list[tuple[_Draft, bool]]]:
        """Every list and instance path by its shape, in the drafts' order (instance first),
        so placing a resource looks its candidate parents up instead of scanning them all."""
        index: dict[str, list[tuple[_Draft, bool]]] = defaultdict(list)
        for other in drafts:
            for on_instance, other_path in ((True, other.instance_path), (False, other.list_path)):
                if other_path is not None:
                    index[conventions.path_shape(other_path)].append((other, on_instance))
        return index

    def place(self, draft: _Draft, index: Mapping[str, list[tuple[_Draft, bool]]]) -> None:
        """Find the draft's parent, and how the parent's path values map onto its own: the
        declared parent when the spec has it, else the longest path its own path extends."""
        item = self.paths[draft.main_path]
        declared = conventions.parent_path(draft.main_path, item)
        # A declared parent the spec lacks (Twilio's ``/v1/Roles/{Sid}``) leaves placement by path.
        if declared is not None and conventions.path_shape(declared) in index:
            shapes = [conventions.path_shape(declared)]
        else:
            own = conventions.path_shape(draft.main_path)
            shapes = [own[:i] for i in range(len(own) - 1, 0, -1) if own[i] == "/"]
        best = next(
            ((0, other, on_instance) for shape in shapes for other, on_instance in index.get(shape, ()) if other is not draft),
            None,
        )
        if best is None:
            return
        _, parent, on_instance = best
        draft.parent, draft.on_instance = parent, on_instance
        draft.bindings = tuple(
            (draft.path_params[child].py_name, parent.path_params[par].py_name)
            for child, par in zip(conventions.path_params(draft.main_path), parent.own_path_names(on_instance))
        )

    def split_path_params(self, draft: _Draft) -> None:
        """Path values come from the parent (inherited) or name one instance (context)."""
        inherited = {child for child, _ in draft.bindings}
        assert draft.resource is not None
        every = list(dict.fromkeys(draft.own_path_names(False) + draft.own_path_names(True)))
        params = [draft.path_params[name] for name in every]
        draft.resource = dataclasses.replace(
            draft.resource,
            inherited_params=tuple(p for p in params if p.py_name in inherited),
            context_params=tuple(p for p in params if p.py_name not in inherited),
        )
        # A list path parameter no parent supplies (``/Organizations/{OrganizationSid}/Accounts``)
        # becomes a required argument of each list operation.
        missing = tuple(draft.path_params[n] for n in draft.own_path_names(False)
                        if draft.path_params[n].py_name not in inherited)
        if draft.list_path and missing:
            draft.resource = dataclasses.replace(draft.resource, list_operations=tuple(
                dataclasses.replace(op, params=missing + op.params) if op.path == draft.list_path else op
                for op in draft.resource.list_operations
            ))

    def resource(self, draft: _Draft) -> Resource:
        item = self.paths[draft.main_path]
        mount = conventions.mount_name(draft.main_path, item)
        name = conventions.class_name(item, mount)
        module = module_name(name)
        if name in MODULE_IMPORTS:  # a `Page` or `Param` model would hide the runtime's
            name += "Resource"
        self._enums = {}
        self._taken = {*MODULE_IMPORTS, name, *(name + suffix for suffix in _CLASS_SUFFIXES)}
        self._taken |= {"Async" + taken for taken in self._taken}
        # Path parameters are built first, in the module's own scope: an enum among them is one
        # of this module's classes, not named around the module built before it.
        draft.path_params = self.path_params(draft)
        list_ops: list[Operation] = []
        instance_ops: list[Operation] = []
        list_key = None
        if draft.list_path:
            for method in sorted(self.paths[draft.list_path]):
                kind = conventions.operation_kind(draft.list_path, method, self.paths[draft.list_path])
                if kind:
                    list_ops.append(self.operation(draft.list_path, method, kind))
            if any(op.kind == "list" for op in list_ops):
                list_key = self.list_key(draft.list_path)
        if draft.instance_path:
            item = self.paths[draft.instance_path]
            for method in sorted(item):
                kind = conventions.operation_kind(draft.instance_path, method, item)
                if kind:
                    instance_ops.append(self.operation(draft.instance_path, method, kind))
        fields = self.fields(self.model_schema(draft))
        return Resource(
            class_name=name,
            module_name=module,
            mount_name=mount,
            description=str(item.get("description") or ""),
            list_description=str(self.paths[draft.list_path].get("description") or "") if draft.list_path else "",
            fields=fields,
            enums=tuple(sorted(self._enums.values(), key=lambda e: e.name)),
            list_operations=tuple(sorted(list_ops, key=_op_order)),
            instance_operations=tuple(sorted(instance_ops, key=_op_order)),
            inherited_params=(),  # split_path_params fills these in once the parent is known
            context_params=(),
            list_key=list_key,
        )

    def server_url(self, path: str) -> str:
        item = self.paths[path]
        for servers in (item.get("servers"), self.root.get("servers")):
            if servers and isinstance(servers[0], dict) and servers[0].get("url"):
                return str(servers[0]["url"])
        return "https://api.twilio.com"

    def model_schema(self, draft: _Draft) -> Any:
        """The schema of one resource: a fetch/update/create answer, or the items of a list."""
        candidates = []
        if draft.instance_path:
            candidates += [(draft.instance_path, m) for m in ("get", *conventions.UPDATE_METHODS)]
        if draft.list_path:
            item = self.paths[draft.list_path]
            candidates += [
                (draft.list_path, m)
                for m in conventions.HTTP_METHODS
                if isinstance(item.get(m), dict) and conventions.operation_kind(draft.list_path, m, item) != "list"
            ]
        for path, method in candidates:
            schema = self.success_schema(self.paths[path].get(method))
            if schema is not None:
                return schema
        if draft.list_path:
            page = flatten(self.root, self.success_schema(self.paths[draft.list_path].get("get")))
            for prop_name, prop in (page.get("properties") or {}).items():
                prop = flatten(self.root, prop)
                if prop_name != "meta" and prop.get("type") == "array":
                    return prop.get("items")
        return None

    def success_schema(self, operation: Any) -> Any:
        if not isinstance(operation, dict):
            return None
        for response in _success_responses(operation):
            response, _ = resolve(self.root, response)
            media = _json_media((response or {}).get("content")) or {}
            if "schema" in media:
                return media["schema"]
        return None

    def list_key(self, list_path: str) -> str | None:
        page = flatten(self.root, self.success_schema(self.paths[list_path].get("get")))
        for prop_name, prop in (page.get("properties") or {}).items():
            if prop_name != "meta" and flatten(self.root, prop).get("type") == "array":
                return str(prop_name)
        return None

    # -- fields and types ----------------------------------------------------------

    def fields(self, schema: Any) -> tuple[Field, ...]:
        model = flatten(self.root, schema)
        fields = []
        for wire_name, prop in (model.get("properties") or {}).items():
            flat = flatten(self.root, prop)
            type_ref = self.type_of(prop, str(wire_name))
            enum = (("enum", type_ref.enum.values),) if type_ref.enum is not None else ()
            fields.append(
                Field(
                    py_name=model_attribute(str(wire_name)),
                    wire_name=str(wire_name),
                    type=type_ref,
                    nullable=bool(flat.get("nullable")),
                    description=str(flat.get("description") or ""),
                    constraints=_constraints(flat) + enum,
                )
            )
        return tuple(fields)

    def type_of(self, raw: Any, hint: str, depth: int = 0) -> TypeRef:
        """The type of a schema; `hint` (a field or parameter name) names an inline enum."""
        ref_name = schema_name(self.root, raw)
        schema = flatten(self.root, raw)
        kind = schema.get("type")
        fmt = schema.get("format")
        if depth > MAX_TYPE_DEPTH:
            return TypeRef("any", "Any", "_codecs.ANY")
        if kind == "string" and isinstance(schema.get("enum"), list) and schema["enum"]:
            enum = self.enum_type(schema, ref_name, fmt, hint)
            return TypeRef("enum", f"{enum.name} | str", f"_codecs.EnumOf({enum.name})", enum=enum)
        if kind == "string" and fmt == "date-time":
            return TypeRef("date_time", "datetime", "_codecs.DATETIME")
        if kind == "string" and fmt == "date":
            return TypeRef("date", "date", "_codecs.DATE")
        if kind == "string":
            return TypeRef("string", "str", "_codecs.STRING")
        if kind == "integer":
            return TypeRef("integer", "int", "_codecs.INTEGER")
        if kind == "number":
            return TypeRef("number", "float", "_codecs.NUMBER")
        if kind == "boolean":
            return TypeRef("boolean", "bool", "_codecs.BOOLEAN")
        if kind == "array":
            item = self.type_of(schema.get("items"), hint, depth + 1)
            return TypeRef("array", f"list[{item.annotation}]", f"_codecs.ListOf({item.codec})", item)
        if kind == "object":
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self.type_of(extra, hint, depth + 1)
                return TypeRef("object", f"dict[str, {value.annotation}]", "_codecs.JSON", value)
            if fmt == "uri-map":
                return TypeRef("object", "dict[str, str]", "_codecs.JSON")
            return TypeRef("object", "dict[str, Any]", "_codecs.JSON")
        return TypeRef("any", "Any", "_codecs.ANY")

    def enum_type(self, schema: Mapping[str, Any], ref_name: str | None, fmt: Any, hint: str) -> EnumType:
        """One enum class per distinct set of values in a module, named after its schema,
        its format (``http-method`` -> ``HttpMethod``) or the field that holds it."""
        values = tuple(dict.fromkeys(str(v) for v in schema["enum"]))
        if ref_name:
            base = pascal_case(ref_name.rpartition("_enum_")[2] if "_enum_" in ref_name else ref_name.rpartition(".")[2])
        elif isinstance(fmt, str) and fmt:
            base = pascal_case(fmt)
        else:
            base = pascal_case(hint)
        for candidate in _numbered(base, pascal_case(hint)):
            if candidate in self._taken:
                continue  # the model, its resource classes or an import already has that name
            existing = self._enums.get(candidate)
            if existing is None:
                self._enums[candidate] = EnumType(candidate, _enum_members(values))
                return self._enums[candidate]
            if existing.values == values:
                return existing
        raise AssertionError("unreachable")

    # -- operations and parameters ----------------------------------------------------

    def operation(self, path: str, method: str, kind: str) -> Operation:
        op = self.paths[path][method]
        params = [p for p in self.parameters(path, method) if p.location != "path"]
        content_type, body_params = self.body_params(path, method)
        params += body_params
        statuses = _success_statuses(op)
        return Operation(
            kind=kind,  # type: ignore[arg-type]
            operation_id=str(op.get("operationId") or ""),
            http_method=method.upper(),
            path=path,
            summary=str(op.get("summary") or ""),
            description=str(op.get("description") or ""),
            params=tuple(params),
            success_status=int(statuses[0]) if statuses else 200,
            request_example=self.request_example(op),
            response_example=self.response_example(op),
            content_type=content_type,
        )

    def path_params(self, draft: _Draft) -> dict[str, Param]:
        """Every path parameter of a resource's paths, from wherever the spec declares it."""
        found: dict[str, Param] = {}
        for path in (draft.list_path, draft.instance_path):
            if path is None:
                continue
            for method in [None, *conventions.HTTP_METHODS]:
                if method is None or isinstance(self.paths[path].get(method), dict):
                    for param in self.parameters(path, method):
                        if param.location == "path":
                            found.setdefault(param.wire_name, param)
            for name in conventions.path_params(path):
                if name not in found:
                    found[name] = self.param(conventions.param_name(name), name, "path", {"type": "string"}, True, "", None)
        return found

    def parameters(self, path: str, method: str | None) -> list[Param]:
        """Path-level parameters overridden by the operation's own, in spec order."""
        item = self.paths[path]
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
            if location == "header" and name.lower() == "authorization":
                continue  # the client's own credentials; never an argument
            if location not in ("path", "query", "header"):
                self.problem(pointer, f"parameter {name!r} is in {location!r}; only path, query and header are supported")
                continue
            schema = param.get("schema")
            flat = flatten(self.root, schema)
            example = param.get("example", flat.get("example"))
            py_name = conventions.param_name(name)
            built.append(
                self.param(py_name, name, location, schema, bool(param.get("required")) or location == "path",
                           str(param.get("description") or flat.get("description") or ""), example)
            )
        return built

    def body_params(self, path: str, method: str) -> tuple[str | None, list[Param]]:
        """The request body's media type and its arguments: one per property of a form or
        JSON object, or a single ``body`` argument for a JSON body without declared properties.

        A POST without a body still sends an empty form, as the API expects.
        """
        body, _ = resolve(self.root, self.paths[path][method].get("requestBody"))
        content = (body or {}).get("content") or {}
        media_type = conventions.request_media_type(content) if content else None
        if media_type is None:
            return (conventions.FORM if method == "post" else None), []
        media = content[media_type] or {}
        schema = flatten(self.root, media.get("schema"))
        examples = _first_example(media)
        location = "form" if media_type == conventions.FORM else "json"
        properties = schema.get("properties") or {}
        if location == "json" and not properties:
            description = str(schema.get("description") or (body or {}).get("description") or "The request body.")
            whole = self.param("body", "body", "body", media.get("schema") or {"type": "object"},
                               bool((body or {}).get("required")), description, examples or None)
            return media_type, [whole]
        required = set(schema.get("required") or [])
        params = []
        for name, prop in properties.items():
            flat = flatten(self.root, prop)
            example = examples.get(name, flat.get("example")) if isinstance(examples, dict) else flat.get("example")
            params.append(self.param(conventions.param_name(str(name)), str(name), location, prop, name in required,
                                     str(flat.get("description") or ""), example))
        return media_type, params

    def param(self, py_name: str, wire_name: str, location: str, schema: Any,
              required: bool, description: str, example: Any) -> Param:
        flat = flatten(self.root, schema)
        constraints = _constraints(flat)
        type_ref = self.type_of(schema, wire_name)
        if type_ref.enum is not None:
            constraints += (("enum", type_ref.enum.values),)
        fmt = flat.get("format") if isinstance(flat.get("format"), str) else None
        if not fits(constraints, example, fmt):  # specs do give "example" for a Sid, or null
            example = _example_for(flat) if fits(constraints, _example_for(flat), fmt) else example
        return Param(
            py_name=py_name,
            wire_name=wire_name,
            location=location,  # type: ignore[arg-type]
            type=type_ref,
            required=required,
            description=description,
            constraints=constraints,
            example=JsonValue.of(example) if example is not None else None,
            format=flat.get("format") if isinstance(flat.get("format"), str) else None,
        )

    def request_example(self, op: Mapping[str, Any]) -> JsonValue | None:
        body, _ = resolve(self.root, op.get("requestBody"))
        content = (body or {}).get("content") or {}
        media_type = conventions.request_media_type(content) if content else None
        example = _first_example(content[media_type]) if media_type and content[media_type] else None
        return JsonValue.of(example) if example is not None else None

    def response_example(self, op: Mapping[str, Any]) -> JsonValue | None:
        for response in _success_responses(op):
            response, _ = resolve(self.root, response)
            media = _json_media((response or {}).get("content"))
            examples = [JsonValue.of(e) for e in _examples(media)]
            if examples:  # the fullest one, so a list example with items beats an empty page
                return max(examples, key=lambda e: len(e.text))
        return self.made_up_example(self.success_schema(op))

    def made_up_example(self, schema: Any) -> JsonValue | None:
        """An answer for the generated tests when the spec gives none: a value per scalar property."""
        properties = flatten(self.root, schema).get("properties") or {}
        made = {str(name): _example_for(flatten(self.root, prop)) for name, prop in properties.items()}
        made = {name: value for name, value in made.items() if value is not None}
        return JsonValue.of(made) if made else None


def _success_responses(op: Mapping[str, Any]) -> list[Any]:
    """The responses of `_success_statuses`, in status order."""
    by_status = {str(status): response for status, response in (op.get("responses") or {}).items()}
    return [by_status[status] for status in _success_statuses(op)]


def _success_statuses(op: Mapping[str, Any]) -> list[str]:
    """The statuses that answer an operation: its 2xx ones, else its 3xx ones (the 2010 API's
    recording data answers 307 with a JSON body that names where the media is)."""
    codes = sorted(str(s) for s in (op.get("responses") or {}) if str(s).isdigit())
    return [s for s in codes if s.startswith("2")] or [s for s in codes if s.startswith("3")]


def _constraints(schema: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple((keyword, schema[key]) for key, keyword in _CONSTRAINTS if key in schema)


def model_attribute(wire_name: str) -> str:
    """The model attribute for a JSON key; a name the model class needs for itself gets a ``_`` suffix."""
    return members.free(snake_case(wire_name), members.MODEL_FIELD)


def _numbered(base: str, alternative: str) -> list[str]:
    names = [base] if base == alternative else [base, base + alternative]
    return names + [f"{names[-1]}{n}" for n in range(2, 1000)]


def _enum_members(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """UPPER_SNAKE member names, made unique: ``in-progress`` -> ``IN_PROGRESS``."""
    members: list[tuple[str, str]] = []
    taken: set[str] = set()
    for value in values:
        name = snake_case(value).rstrip("_").upper()  # never empty, never starts with a digit
        candidate, n = name, 2
        while candidate in taken:
            candidate, n = f"{name}_{n}", n + 1
        taken.add(candidate)
        members.append((candidate, value))
    return tuple(members)


def _examples(media: Mapping[str, Any] | None) -> list[Any]:
    """The examples of a media type, in spec order."""
    if not media:
        return []
    if "example" in media:
        return [media["example"]]
    return [e["value"] for e in (media.get("examples") or {}).values() if isinstance(e, dict) and "value" in e]


def _first_example(media: Mapping[str, Any] | None) -> Any:
    found = _examples(media)
    return found[0] if found else None


def fits(constraints: tuple[tuple[str, Any], ...], value: Any, fmt: str | None = None) -> bool:
    """Whether an example satisfies a parameter's constraints (each item of a list does)."""
    if value is None:
        return False
    if isinstance(value, list):
        return all(fits(constraints, item, fmt) for item in value)
    if fmt == "uri" and isinstance(value, str) and not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:\S+", value):
        return False  # Twilio's examples clear URLs with "" or give "/example", which the format refuses
    rules = dict(constraints)
    if "enum" in rules and isinstance(value, str) and value not in rules["enum"]:
        return False
    if isinstance(value, str):
        try:
            if "pattern" in rules and not re.search(rules["pattern"], value):
                return False
        except re.error:
            pass
        if len(value) < rules.get("min_length", 0) or len(value) > rules.get("max_length", len(value)):
            return False
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return bool(rules.get("minimum", value) <= value <= rules.get("maximum", value))
    return True


def _example_for(schema: Mapping[str, Any]) -> Any:
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
        return {"date": "2020-01-01", "date-time": "2020-01-01T00:00:00Z", "uri": "https://example.com/path"}.get(
            str(fmt), "example"
        )
    return None


def _op_order(op: Operation) -> int:
    return ["create", "list", "fetch", "update", "patch", "delete"].index(op.kind)

"""Build the IR from validated spec documents.

This is where every name and type is decided; templates only lay the results out. The work
is in one module per job, and this one puts them together:

- ``placement``: list and instance paths paired into resources, and the resource tree;
- ``mounts``: a pair's operations split between the resources their mount names make;
- ``resource_names``: a resource's class, module and attribute names, and their clashes;
- ``operations``: each resource's operations and their parameters;
- ``type_mapping``: schemas as Python types, model fields and enum classes;
- ``responses`` and ``spec_examples``: what operations answer, and the tests' examples.

Resources, their nesting and their names come from the conventions layer, so no resource
is named here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from collections import defaultdict
from pathlib import Path
from typing import Any, Mapping

from . import (
    answer_models,
    conventions,
    members,
    mounts,
    operations,
    placement,
    resource_names,
    responses,
)
from .answer_models import AnswerPlan
from .config import ProjectConfig, highest_version
from .ir import AnswerModel, Api, Domain, Field, Operation, Param, Resource, Version
from .loading import LoadedSpec
from .mounts import Unit
from .naming import pascal_case
from .overlaps import Claims, Made, one_description
from .placement import Draft
from .problems import Problem, SpecError
from .resource_names import MAX_NAME_LENGTH
from .type_mapping import EnumScope, fields_of, schema_qualifier


def build_api(specs: list[LoadedSpec], config: ProjectConfig | None = None) -> Api:
    """Turn loaded, validated specs into one Api; raise SpecError on what cannot be built.

    `config` names the package; without one, the defaults of :mod:`config` apply.
    """
    config = config or ProjectConfig(root=Path())
    problems: list[Problem] = []
    sdk_version = config.version or highest_version(
        str((s.data.get("info") or {}).get("version", "")) for s in specs
    )
    grouped: dict[str, dict[str, list[Resource]]] = defaultdict(lambda: defaultdict(list))
    domain_urls: dict[str, str] = {}
    claims = Claims(problems)
    domain_specs: dict[str, LoadedSpec] = {}
    made = [Made(spec, *found) for spec in specs for found in spec_resources(spec, problems)]
    kept, merged = one_description(made)
    for item in kept:
        claims.add(item.spec, item.domain, item.version, item.resource)
        grouped[item.domain][item.version].append(item.resource)
        domain_urls.setdefault(item.domain, item.url)
        domain_specs.setdefault(item.domain, item.spec)
    if not problems and not grouped:
        problems += [
            spec.problem("/paths", "describes no resource: an SDK needs at least one operation")
            for spec in specs
        ]
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
                Version(
                    name=v,
                    class_name=pascal_case(v),
                    resources=tuple(sorted(rs, key=lambda r: r.mount_name)),
                )
                for v, rs in sorted(versions.items())
            ),
        )
        for name, versions in sorted(grouped.items())
    )
    return Api(
        package=config.package,
        domains=domains,
        distribution=config.distribution_name,
        version=sdk_version,
        merged=tuple(merged),
    )


def spec_resources(
    spec: LoadedSpec, problems: list[Problem]
) -> list[tuple[str, str, str, Resource]]:
    """A spec's top-level resources, their children nested in them, each with its product, the
    product's URL and its version; what cannot be built is added to `problems`."""
    paths: Mapping[str, Any] = spec.data.get("paths") or {}
    versions = conventions.named_versions(spec.data)
    by_segments = conventions.names_nothing(spec.data)
    made = {
        **placement.namespaces(paths, versions),
        **placement.segment_names(paths, versions, by_segments),
        **mounts.class_splits(paths),
    }
    if made:  # the resources the spec's paths imply, as path items of their own
        paths = {**paths, **made}
        spec = dataclasses.replace(spec, data={**spec.data, "paths": paths})
    # paths another path extends by one value: a value-less instance path among them is the
    # list path of that one too, and makes things on it (insights' ``/Inbound`` beside
    # ``/Inbound/{reportId}``)
    extended = frozenset(filter(None, map(conventions.list_path_of, paths)))
    drafts = [
        _draft(spec, unit, versions, problems, extended)
        for pair in placement.pair_paths(paths)
        for unit in mounts.units(paths, pair)
    ]
    drafts = resource_names.disambiguate_modules(placement.place(drafts, spec.data))
    problems += resource_names.name_problems(spec, drafts)
    found = []
    for draft, resource in placement.tree(drafts):
        domain, url = conventions.domain_of(_server_url(spec.data, draft.main_path))
        found.append((domain, url, draft.version, resource))
    return found


def _draft(
    spec: LoadedSpec,
    unit: Unit,
    versions: frozenset[str],
    problems: list[Problem],
    extended: frozenset[str] = frozenset(),
) -> Draft:
    """One resource on its own, before its place in the tree is known: its names, path
    parameters, operations, model fields and the enum classes of its module."""
    root = spec.data
    paths: Mapping[str, Any] = root["paths"]
    list_path, instance_path = unit.list_path, unit.instance_path
    main_path = list_path or instance_path
    assert main_path is not None
    names = resource_names.names_of(unit.naming_path, unit.naming)
    main_schema = responses.model_schema(root, list_path, instance_path, unit.methods)
    taken = resource_names.module_names(names.class_name)
    answers = answer_models.plan_answers(
        root, (list_path, instance_path), main_schema, names.class_name, taken, unit.methods
    )
    # enum classes are named from every enum the module wishes for (a first, gathering pass),
    # never from the order they are met
    home = schema_qualifier(root, main_schema) or names.class_name
    first = EnumScope(taken | answers.names, home=pascal_case(home))
    model = (main_schema, names.class_name)
    gathered = _typed_parts(spec, unit, answers, model, first, [])
    parts = _typed_parts(spec, unit, answers, model, gathered.scope.next_pass(), problems)
    path_params, fields, scope = parts.path_params, parts.fields, parts.scope
    list_ops, instance_ops, extra_models = parts.list_ops, parts.instance_ops, parts.extra_models
    list_key = None
    if list_path and any(op.kind == "list" for op in list_ops):
        list_key = responses.list_key(root, paths[list_path])
    list_ops, instance_ops = _reading(list_ops, answers), _reading(instance_ops, answers)
    if list_path is None and instance_path in extended and not conventions.path_params(main_path):
        # a create there makes things a longer path reads: it is the list's, as in the
        # official package (``insights.v2.inbound_reports.create()``)
        list_ops += tuple(op for op in instance_ops if op.kind == "create")
        instance_ops = tuple(op for op in instance_ops if op.kind != "create")
    resource = Resource(
        class_name=names.class_name,
        module_name=names.module_name,
        mount_name=names.mount_name,
        description=str(paths[instance_path or main_path].get("description") or ""),
        list_description=str(paths[list_path].get("description") or "") if list_path else "",
        fields=fields,
        enums=tuple(sorted(scope.enums, key=lambda e: e.name)),
        list_operations=list_ops,
        instance_operations=instance_ops,
        inherited_params=(),  # placement fills these in once the parent is known
        context_params=(),
        list_key=list_key,
        answer_models=tuple(extra_models),
    )
    version = conventions.version_of(main_path, versions)
    return Draft(list_path, instance_path, resource, path_params, version, pair=unit.pair)


@dataclass(frozen=True)
class _TypedParts:
    """What of a resource may name enum classes, and the module's enum scope after it."""

    path_params: dict[str, Param]
    list_ops: tuple[Operation, ...]
    instance_ops: tuple[Operation, ...]
    fields: tuple[Field, ...]
    extra_models: tuple[AnswerModel, ...]
    scope: EnumScope


def _typed_parts(
    spec: LoadedSpec,
    unit: Unit,
    answers: AnswerPlan,
    model: tuple[Any, str],
    scope: EnumScope,
    problems: list[Problem],
) -> _TypedParts:
    """A resource's path parameters, operations and the fields of its `model` (schema, class
    name), read in spec order."""
    root, paths = spec.data, (unit.list_path, unit.instance_path)
    path_params, scope = operations.path_params(spec, paths, scope, problems)
    list_ops: tuple[Operation, ...] = ()
    instance_ops: tuple[Operation, ...] = ()
    if unit.list_path:
        list_ops, scope = operations.operations_at(
            spec, unit.list_path, scope, problems, unit.methods
        )
    if unit.instance_path:
        instance_ops, scope = operations.operations_at(
            spec, unit.instance_path, scope, problems, unit.methods
        )
    fields, scope = fields_of(root, model[0], scope, model[1])
    extra_models = []
    for name, schema in answers.models:
        extra_fields, scope = fields_of(root, schema, scope, name)
        description = answer_models.description_of(root, schema)
        extra_models.append(AnswerModel(name, extra_fields, description))
    return _TypedParts(path_params, list_ops, instance_ops, fields, tuple(extra_models), scope)


def _reading(ops: tuple[Operation, ...], answers: AnswerPlan) -> tuple[Operation, ...]:
    """The operations, each naming the answer model it reads, if not the main one."""
    return tuple(
        dataclasses.replace(op, answer_model=answers.reads.get((op.path, op.http_method.lower())))
        for op in ops
    )


def _server_url(root: Mapping[str, Any], path: str) -> str:
    item = root["paths"][path]
    for servers in (item.get("servers"), root.get("servers")):
        if servers and isinstance(servers[0], dict) and servers[0].get("url"):
            return str(servers[0]["url"])
    return "https://api.twilio.com"

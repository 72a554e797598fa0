"""The public surface of a generated SDK, as a reviewer or a user sees it.

Each entry maps a stable key (the path a user writes) to its signature:

- ``voice.v1.connection_policies(sid).targets``: the list class;
- ``voice.v1.connection_policies(sid).targets.create``: the method's arguments and result;
- ``ConnectionPolicyTarget.priority``: a model field and its type (of every model a resource's
  operations read);
- ``voice.connection_policies`` and ``messages``: a product's and the client's shortcuts, with
  the class they return and the attribute they stand for.

Two specs that give the same surface give SDKs that user code cannot tell apart.
"""

from __future__ import annotations

from .ir import Api, Operation, Resource
from .methods import Method, access, method_name, operation_methods


def _signature(method: Method) -> str:
    """A method's spec arguments (a list's paging ones are its own) and result, e.g.
    ``(sid: str) -> Call``."""
    spelled = ", ".join(
        f"{a.name}: {a.param.type.annotation}" + ("" if a.param.required else " = UNSET")
        for a in method.spec_arguments
        if a.param is not None
    )
    return f"({spelled}) -> {method.returns.removeprefix('builtins.')}"


def _method(resource: Resource, op: Operation) -> str:
    return _signature(next(m for m in operation_methods(resource, op) if m.name == method_name(op)))


def surface(api: Api) -> dict[str, str]:
    entries: dict[str, str] = {}
    for domain, version, chain in api.chains:
        resource = chain[-1]
        way = access(domain, version, chain)
        path = way.list.removeprefix("client.")
        entries[path] = f"{resource.class_name}List"
        for op in resource.operations:
            entries[way.method(resource, op).removeprefix("client.")] = _method(resource, op)
        models = [(resource.class_name, resource.fields)]
        models += [(m.name, m.fields) for m in resource.answer_models]
        for model, fields in models:
            for field in fields:
                entries[f"{model}.{field.py_name}"] = f"{field.type.annotation} | None"
    for domain in api.domains:
        for alias in domain.aliases:
            stands_for = f"{domain.name}.{alias.via}.{alias.name}"
            deprecated = ", deprecated" if alias.deprecated else ""
            entries[f"{domain.name}.{alias.name}"] = f"{alias.returns} ({stands_for}{deprecated})"
    for domain, version, child in api.client_shortcuts:
        name = child.resource.mount_name
        entries[name] = (
            f"{child.resource.class_name}List ({domain.name}.{version.name}.account.{name})"
        )
    return dict(sorted(entries.items()))

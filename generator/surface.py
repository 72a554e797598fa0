"""The public surface of a generated SDK, as a reviewer or a user sees it.

Each entry maps a stable key (the path a user writes) to its signature:

- ``voice.v1.connection_policies(sid).targets``: the list class;
- ``voice.v1.connection_policies(sid).targets.create``: the method's arguments and result;
- ``ConnectionPolicyTarget.priority``: a model field and its type.

Two specs that give the same surface give SDKs that user code cannot tell apart.
"""

from __future__ import annotations

from . import conventions
from .examples import access_path
from .ir import Api, Operation, Param


def _arguments(params: tuple[Param, ...]) -> str:
    ordered = [p for p in params if p.required] + [p for p in params if not p.required]
    return ", ".join(f"{p.py_name}: {p.type.annotation}" + ("" if p.required else " = UNSET") for p in ordered)


def _method(op: Operation, model: str) -> str:
    returns = {"delete": "bool", "list": f"list[{model}]"}.get(op.kind, model)
    params = op.params if op.kind != "list" else tuple(p for p in op.params if p.py_name not in _PAGING)
    return f"({_arguments(params)}) -> {returns}"


_PAGING = set(conventions.PAGING_PARAMS.values())  # list() takes limit/page_size instead


def surface(api: Api) -> dict[str, str]:
    entries: dict[str, str] = {}
    for domain, version, chain in api.chains:
        resource = chain[-1]
        path = access_path(version, domain, chain).removeprefix("client.")
        entries[path] = f"{resource.class_name}List"
        instance = path + "(" + ", ".join(p.py_name for p in resource.context_params) + ")"
        for op in resource.list_operations:
            entries[f"{path}.{op.kind}"] = _method(op, resource.class_name)
        for op in resource.instance_operations:
            entries[f"{instance}.{op.kind}"] = _method(op, resource.class_name)
        for field in resource.fields:
            entries[f"{resource.class_name}.{field.py_name}"] = f"{field.type.annotation} | None"
    return dict(sorted(entries.items()))

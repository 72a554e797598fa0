"""The API diff: what changed between two specs, in the terms an SDK user meets.

Changes are found on the IR (resources by the path a user writes, methods,
their Python parameters, model fields) and each is classified:

- breaking: a removed resource, operation, parameter or field (a renamed
  resource, the same calls under a new Python path, is one change; any other rename is
  a removal and an addition); a new required parameter, or one that became
  required; a parameter whose type changed or whose length, range or enum got
  narrower, or whose new pattern refuses a string the old one took (drawn from
  it, or a spec example: `patterns.narrows`); a model field whose type changed;
- non-breaking: anything added that is optional (a list's instances reached by
  a new `(sid)` too), a widened constraint, a new enum value, an enum respelled
  with every member keeping its Python name (``GET`` to ``get``), a type that
  changed only where one side is `Any` (``list[Any]`` to ``list[dict[str, Any]]``,
  for a field or a parameter), a changed description or success status.

A list's paging arguments are always there: one the spec declares or drops is
no change, one whose range narrows is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Sequence

from . import conventions
from .ir import Api, Field, Operation, Param, Resource, TypeRef
from .methods import AccessPath, access
from .patterns import narrows

if TYPE_CHECKING:
    from .versioning import Proposal

_LOWER_BOUNDS = ("min_length", "minimum")  # a higher value narrows
_UPPER_BOUNDS = ("max_length", "maximum")  # a lower value narrows


@dataclass(frozen=True, order=True)
class Change:
    where: str  # the SDK path, e.g. "client.voice.v1.connection_policies.create(friendly_name)"
    kind: str  # e.g. "parameter removed"
    breaking: bool
    detail: str = ""
    # The product (the API's domain, e.g. "voice") the change belongs to, for the changelog;
    # not part of a change's identity, nor of the JSON output.
    domain: str = field(default="", compare=False)

    def as_dict(self) -> dict[str, Any]:
        return {
            "where": self.where,
            "kind": self.kind,
            "breaking": self.breaking,
            "detail": self.detail,
        }


def _method_path(path: str, resource: Resource, op: Operation) -> str:
    return AccessPath(path, tuple(p.py_name for p in resource.context_params)).method(resource, op)


def _resources(api: Api) -> dict[str, tuple[str, Resource]]:
    """Every resource of the API, with its product, by the path a user writes to reach it:
    which spec file it comes from plays no part."""
    return {
        access(domain, version, chain).list: (domain.name, chain[-1])
        for domain, version, chain in api.chains
    }


def diff_apis(old: Api, new: Api) -> list[Change]:
    """Every change from `old` to `new`, each API built from a whole spec set: a spec file
    renamed or split in two with the same resources gives no change, one deleted gives its
    resources as removed. Breaking changes first."""
    changes: list[Change] = []
    before, after = _resources(old), _resources(new)
    renamed = _renamed(
        {p: before[p][1] for p in before.keys() - after.keys()},
        {p: after[p][1] for p in after.keys() - before.keys()},
    )
    for old_path, new_path in renamed.items():
        domain = after[new_path][0]
        detail = f"now {new_path}"
        changes.append(Change(old_path, "resource renamed", True, detail, domain))
        changes += [
            replace(c, domain=domain)
            for c in _resource_changes(new_path, before[old_path][1], after[new_path][1])
        ]
    for path in sorted(before.keys() - after.keys() - renamed.keys()):
        domain, resource = before[path]
        changes.append(Change(path, "resource removed", True, resource.class_name, domain))
    for path in sorted(after.keys() - before.keys() - set(renamed.values())):
        domain, resource = after[path]
        changes.append(Change(path, "resource added", False, resource.class_name, domain))
    for path in sorted(before.keys() & after.keys()):
        domain = after[path][0]
        changes += [
            replace(c, domain=domain)
            for c in _resource_changes(path, before[path][1], after[path][1])
        ]
    return sorted(changes, key=lambda c: (not c.breaking, c.where, c.kind, c.detail))


def _renamed(gone: dict[str, Resource], came: dict[str, Resource]) -> dict[str, str]:
    """The resources that only moved to another attribute (a naming hint added or changed):
    the same HTTP methods on the same paths, under a new Python path. One change each, not a
    removal and an addition."""

    def calls(resource: Resource) -> frozenset[tuple[str, str]]:
        return frozenset((op.http_method, op.path) for op in resource.operations)

    by_calls: dict[frozenset[tuple[str, str]], list[str]] = {}
    for path, resource in came.items():
        if resource.operations:
            by_calls.setdefault(calls(resource), []).append(path)
    found: dict[str, str] = {}
    for path in sorted(gone):
        matches = by_calls.get(calls(gone[path]), []) if gone[path].operations else []
        if len(matches) == 1 and matches[0] not in found.values():
            found[path] = matches[0]
    return found


def _resource_changes(path: str, old: Resource, new: Resource) -> list[Change]:
    changes: list[Change] = []
    if (old.description, old.list_description) != (new.description, new.list_description):
        changes.append(Change(path, "description changed", False))
    old_ops = {op.kind: op for op in old.operations}
    new_ops = {op.kind: op for op in new.operations}
    for kind in sorted(old_ops.keys() - new_ops.keys()):
        changes.append(Change(_method_path(path, old, old_ops[kind]), "operation removed", True))
    for kind in sorted(new_ops.keys() - old_ops.keys()):
        changes.append(Change(_method_path(path, new, new_ops[kind]), "operation added", False))
    for kind in sorted(old_ops.keys() & new_ops.keys()):
        where = _method_path(path, new, new_ops[kind])
        changes += _operation_changes(where, old_ops[kind], new_ops[kind])
    old_context = {p.py_name: p for p in old.context_params}
    new_context = {p.py_name: p for p in new.context_params}
    if old_context or not new_context or not old.operations:
        changes += _params_changes(path, old_context, new_context)
    else:  # a list that now reaches its instances too: nothing written for it breaks
        names = ", ".join(new_context)
        changes.append(Change(f"{path}({names})", "instance access added", False))
    changes += _model_changes(new.class_name, old.fields, new.fields)
    old_answers = {m.name: m.fields for m in old.answer_models}
    new_answers = {m.name: m.fields for m in new.answer_models}
    for model in sorted(old_answers.keys() | new_answers.keys()):
        changes += _model_changes(model, old_answers.get(model, ()), new_answers.get(model, ()))
    return changes


def _model_changes(
    model: str, old_model: tuple[Field, ...], new_model: tuple[Field, ...]
) -> list[Change]:
    """What changed of one model's fields (a model new or gone has all of them added or removed)."""
    changes: list[Change] = []
    old_fields = {f.py_name: f for f in old_model}
    new_fields = {f.py_name: f for f in new_model}
    for name in sorted(old_fields.keys() - new_fields.keys()):
        changes.append(Change(f"{model}.{name}", "field removed", True))
    for name in sorted(new_fields.keys() - old_fields.keys()):
        changes.append(Change(f"{model}.{name}", "field added", False, new_fields[name].type.shown))
    for name in sorted(old_fields.keys() & new_fields.keys()):
        changes += _field_changes(f"{model}.{name}", old_fields[name], new_fields[name])
    return changes


def _operation_changes(where: str, old: Operation, new: Operation) -> list[Change]:
    changes: list[Change] = []
    if old.success_status != new.success_status:
        changes.append(
            Change(
                where,
                "success status changed",
                False,
                f"{old.success_status} -> {new.success_status}",
            )
        )
    if (old.summary, old.description) != (new.summary, new.description):
        changes.append(Change(where, "description changed", False))
    if old.answer_model != new.answer_model:  # it returns another class
        detail = f"{old.answer_model or 'the main model'} -> {new.answer_model or 'the main model'}"
        changes.append(Change(where, "answer model changed", True, detail))
    # A list's paging arguments (page_size...) are there whether the spec declares them or
    # not: declaring or dropping one changes nothing a caller wrote, a narrower one does.
    paging = frozenset(conventions.PAGING_PARAMS.values()) if new.kind == "list" else frozenset()
    changes += _params_changes(
        where, {p.py_name: p for p in old.params}, {p.py_name: p for p in new.params}, paging
    )
    return changes


def _params_changes(
    where: str,
    old: dict[str, Param],
    new: dict[str, Param],
    always: frozenset[str] = frozenset(),
) -> list[Change]:
    """`always`: names the method takes whether or not the spec declares them."""
    changes: list[Change] = []
    for name in sorted(old.keys() - new.keys() - always):
        changes.append(Change(f"{where}({name})", "parameter removed", True, old[name].wire_name))
    for name in sorted(new.keys() - old.keys() - always):
        required = new[name].required
        kind = "required parameter added" if required else "optional parameter added"
        changes.append(Change(f"{where}({name})", kind, required, new[name].type.shown))
    for name in sorted(old.keys() & new.keys()):
        a, b = old[name], new[name]
        at = f"{where}({name})"
        if a.type.annotation != b.type.annotation:
            changes.append(
                Change(
                    at,
                    "parameter type changed",
                    not _untyped_either_side(a.type, b.type),
                    f"{a.type.shown} -> {b.type.shown}",
                )
            )
        if a.required != b.required:
            kind = "parameter became required" if b.required else "parameter became optional"
            changes.append(Change(at, kind, b.required))
        if a.wire_name != b.wire_name:
            changes.append(
                Change(at, "wire name changed", False, f"{a.wire_name} -> {b.wire_name}")
            )
        if a.description != b.description and name not in always:  # ours when undeclared
            changes.append(Change(at, "description changed", False))
        examples = [p.example.value for p in (a, b) if p.example is not None]
        changes += _constraint_changes(
            at, dict(a.constraints), dict(b.constraints), "parameter", examples, _respelled(a, b)
        )
    return changes


def _field_changes(where: str, old: Field, new: Field) -> list[Change]:
    changes: list[Change] = []
    if old.type.annotation != new.type.annotation:
        # To or from Any (an untyped JSON value): a reader's code works as it did.
        breaking = not _untyped_either_side(old.type, new.type)
        changes.append(
            Change(
                where,
                "field type changed",
                breaking,
                f"{old.type.shown} -> {new.type.shown}",
            )
        )
    if old.nullable != new.nullable:
        changes.append(
            Change(
                where,
                "field nullability changed",
                False,
                f"nullable: {old.nullable} -> {new.nullable}",
            )
        )
    if old.description != new.description:
        changes.append(Change(where, "description changed", False))
    # A response field's narrower constraint never breaks a reader, so these are never breaking.
    for change in _constraint_changes(where, dict(old.constraints), dict(new.constraints), "field"):
        changes.append(Change(change.where, change.kind, False, change.detail))
    return changes


def _untyped_either_side(old: TypeRef, new: TypeRef) -> bool:
    """Whether two types differ only where one of them is ``Any`` (``list[Any]`` and
    ``list[dict[str, Any]]``, ``dict[str, Any]`` and ``dict[str, str]``): the spec typed, or
    stopped typing, a JSON value whose values are the same; no reader breaks, and the API
    takes what it took."""
    if "any" in (old.kind, new.kind):
        return True
    if old.kind != new.kind:
        return False
    if old.kind == "object" and "dict[str, Any]" in (old.annotation, new.annotation):
        return True  # a map of untyped values on one side
    if old.item is None or new.item is None:
        return False
    return _untyped_either_side(old.item, new.item)


def _respelled(old: Param, new: Param) -> bool:
    """Whether an enum argument's values changed only in spelling, every member keeping its
    Python name (``GET`` for ``GET`` and for ``get``): a caller's ``Method.GET`` still works,
    and any text is sent as given."""
    if old.type.enum is None or new.type.enum is None:
        return False
    names = {name for name, _ in new.type.enum.members}
    return all(name in names for name, _ in old.type.enum.members)


def _constraint_changes(
    where: str,
    old: dict[str, Any],
    new: dict[str, Any],
    what: str,
    examples: Sequence[Any] = (),
    respelled: bool = False,
) -> list[Change]:
    changes: list[Change] = []
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        detail = f"{key}: {_show(a)} -> {_show(b)}"
        if key == "enum":
            removed, added = set(a or ()) - set(b or ()), set(b or ()) - set(a or ())
            if a is not None and b is not None:  # the members that changed, not both lists
                detail = _enum_delta(removed, added)
            if respelled and removed and a is not None and b is not None:
                changes.append(Change(where, f"{what} enum respelled", False, detail))
            elif a is None or (b is not None and removed):  # fewer values than before
                changes.append(Change(where, f"{what} enum narrowed", True, detail))
            elif b is None or added:
                changes.append(Change(where, f"{what} enum widened", False, detail))
            continue
        if key == "pattern":  # narrower when it refuses a string the old one took
            narrowed = narrows(a, b, examples)
        elif key in _LOWER_BOUNDS:
            narrowed = b is not None and (a is None or b > a)
        else:
            narrowed = b is not None and (a is None or b < a)
        label = "narrowed" if narrowed else "widened"
        changes.append(Change(where, f"{what} {key} {label}", narrowed, detail))
    return changes


def _enum_delta(removed: set[Any], added: set[Any]) -> str:
    """``removed: x; added: y, z``: what a reviewer needs of two long enum lists."""
    parts = [
        f"{label}: {', '.join(sorted(map(str, members)))}"
        for label, members in (("removed", removed), ("added", added))
        if members
    ]
    return "enum " + "; ".join(parts)


def _show(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return repr(value) if isinstance(value, str) else str(value)


def to_json(changes: list[Change], version: Proposal | None = None) -> str:
    """The changes as JSON, with the proposed version (see :mod:`generator.versioning`) when
    given."""
    document: dict[str, Any] = {
        "breaking": sum(c.breaking for c in changes),
        "changes": [c.as_dict() for c in changes],
    }
    if version is not None:
        document["version"] = version.as_dict()
    return json.dumps(document, indent=2)


def to_markdown(changes: list[Change], version: Proposal | None = None) -> str:
    """A pull-request comment: the proposed version when given, then breaking changes first.
    Empty when nothing changed."""
    if not changes:
        return ""
    breaking = sum(c.breaking for c in changes)
    lines = [
        f"## API diff: {len(changes)} change{'s' if len(changes) != 1 else ''},"
        f" {breaking} breaking",
        "",
    ]
    if version is not None:
        lines += [version.line, ""]
    lines += [
        "| | change | where | detail |",
        "|---|---|---|---|",
    ]
    for change in changes:
        mark = "**breaking**" if change.breaking else "non-breaking"
        lines.append(
            f"| {mark} | {change.kind} | `{_cell(change.where)}` | {_cell(change.detail)} |"
        )
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("`", "'")

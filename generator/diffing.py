"""The API diff: what changed between two specs, in the terms an SDK user meets.

Changes are found on the IR (resources by the path a user writes, methods,
their Python parameters, model fields) and each is classified:

- breaking: a removed resource, operation, parameter or field (a renamed
  resource, the same calls under a new Python path, is one change; any other rename is
  a removal and an addition); a renamed class or module; an operation reached another
  way; a list whose instances are no longer reached; a new required parameter, or one
  that became required; a parameter whose argument type no longer takes what it took or
  whose length, range or enum got narrower, or whose new pattern refuses a string the
  old one took (drawn from it, a probe of it, or a spec example: `patterns.narrows`); a
  model field whose type changed, or whose enum class lost a member;
- non-breaking: anything added that is optional (a list's instances reached by
  a new `(sid)` too), a widened constraint, a pattern changed with no string found that
  it refuses, a new enum value, an enum respelled with every member keeping its Python
  name (``GET`` to ``get``), an argument type that takes all it took, a type that
  changed only where one side is `Any` (``list[Any]`` to ``list[dict[str, Any]]``,
  for a field or a parameter), a changed description or success status, a new server
  or request path for the same calls.

A list's paging arguments are always there: one the spec declares or drops is
no change, one whose range narrows is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Sequence

from . import conventions
from .ir import Api, EnumType, Field, Operation, Param, Resource, TypeRef
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
    servers = {d.name: d.base_url for d in old.domains}
    for domain_now in new.domains:
        server = servers.get(domain_now.name, domain_now.base_url)
        if server != domain_now.base_url:  # the calls go elsewhere; callers' code is the same
            detail = f"{server} -> {domain_now.base_url}"
            where = f"client.{domain_now.name}"
            changes.append(Change(where, "server changed", False, detail, domain_now.name))
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
        was = _method_path(path, old, old_ops[kind])
        if was != where:  # reached another way (an instance path now a list's, say)
            changes.append(Change(was, "operation moved", True, f"now {where}"))
        changes += _operation_changes(where, old_ops[kind], new_ops[kind])
    for what, before, after in (
        ("class", old.class_name, new.class_name),
        ("module", old.module_name, new.module_name),
    ):
        if before != after:  # imports of it break
            changes.append(Change(path, f"{what} renamed", True, f"{before} -> {after}"))
    old_context = {p.py_name: p for p in old.context_params}
    new_context = {p.py_name: p for p in new.context_params}
    if old_context and not new_context and new.operations:  # the list stays, without `(sid)`
        names = ", ".join(old_context)
        changes.append(Change(f"{path}({names})", "instance access removed", True))
    elif old_context or not new_context or not old.operations:
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
    if (old.http_method, old.path) != (new.http_method, new.path):  # callers' code is the same
        detail = f"{old.http_method} {old.path} -> {new.http_method} {new.path}"
        changes.append(Change(where, "request changed", False, detail))
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
        before, after = a.type.argument_annotation, b.type.argument_annotation
        if before != after:  # what the argument takes, not what the model reads back
            widened = _takes_all(before, after) or _untyped_either_side(a.type, b.type)
            changes.append(
                Change(
                    at,
                    f"parameter type {'widened' if widened else 'changed'}",
                    not widened,
                    f"{a.type.argument_shown} -> {b.type.argument_shown}",
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
    # A response field's narrower constraint never breaks a reader, so these are never breaking,
    # but for an enum class that lost a member: a reader's ``Continent.EUROPE`` is an error.
    members_gone = _members_gone(old.type, new.type)
    for change in _constraint_changes(where, dict(old.constraints), dict(new.constraints), "field"):
        breaking = change.kind == "field enum narrowed" and bool(members_gone)
        changes.append(Change(change.where, change.kind, breaking, change.detail))
    return changes


def _members_gone(old: TypeRef, new: TypeRef) -> set[str]:
    """The Python names of an enum class's members that the new type's class lacks."""
    old_enum, new_enum = _enum_of(old), _enum_of(new)
    if old_enum is None:
        return set()
    kept = {name for name, _ in new_enum.members} if new_enum is not None else set()
    return {name for name, _ in old_enum.members} - kept


def _enum_of(type_: TypeRef) -> EnumType | None:
    """The enum class of a type, or of its items."""
    return type_.enum or (type_.item.enum if type_.item is not None else None)


def _takes_all(old: str, new: str) -> bool:
    """Whether an argument annotated `new` takes every value one annotated `old` took: each
    member of the old union is one of the new (an int where a float is, as type checkers and
    the runtime take it)."""
    members = set(_union(new))
    if "float" in members:
        members.add("int")
    return set(_union(old)) <= members


def _union(annotation: str) -> list[str]:
    """The members of a union annotation, split at its top level (``dict[str, a | b] | str``
    is two)."""
    members, depth, start = [], 0, 0
    for index, char in enumerate(annotation):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "|" and depth == 0:
            members.append(annotation[start:index].strip())
            start = index + 1
    return [*members, annotation[start:].strip()]


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
            # no string found that the new one refuses: not proof that it takes them all
            label = "narrowed" if narrowed else "widened" if b is None else "changed"
        else:
            bigger = key in _LOWER_BOUNDS  # a bigger lower bound narrows, a smaller upper one
            narrowed = b is not None and (a is None or (b > a if bigger else b < a))
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

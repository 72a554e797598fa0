"""Which operations of a list and instance path pair make which resource.

Twilio names a resource's attribute with ``x-twilio.mountName``, on a path or on one of its
operations, and moves the hint between the two from one release to the next. So each operation
is named the same way wherever the hint sits: by its own ``mountName``, else by its path's, else
(on an instance path) by its list path's, else by the list path's last segment. The operations
of a pair that end up with one name make one resource; a pair whose operations carry two names
makes two (the 2010 API's ``Keys.json`` is ``keys`` for list, fetch, update and delete, and
``new_keys`` for the create that carries that name), as in the official package.

An operation's own ``mountName`` that only spells its operationId without the verb
(``porting_webhook_configuration_fetch`` on ``FetchPortingWebhookConfigurationFetch``) says
nothing the id does not: Twilio writes it in some releases and drops it in others, moving the
path's hint onto a sibling instead. It still sets the operation apart from the path's hint, but
the operation is named as if no hint were there, by its path's last segment, so that it keeps
one name in both kinds of release. Children placed by their paths hang on the resource that
reads the pair's main path (its GET), whichever names the hints give.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from . import conventions
from .naming import pascal_case, snake_case

Pair = tuple[str | None, str | None]  # (list path, instance path), as placement pairs them


@dataclass(frozen=True)
class Unit:
    """The operations of a pair that make one resource, and where its names come from."""

    list_path: str | None  # None when none of the unit's operations is on the list path
    instance_path: str | None
    naming_path: str  # the path and the spec object (a path item or an operation) whose
    naming: Mapping[str, Any]  # x-twilio names the resource (conventions.mount_name)
    methods: frozenset[tuple[str, str]]  # (path, method) of each operation it holds
    pair: Pair  # the pair it was split from


def units(paths: Mapping[str, Any], pair: Pair) -> list[Unit]:
    """The resources a pair makes: one per mount name its operations carry or inherit (most
    pairs make one), the one its paths name first, so that children find it as parent. A pair
    without operations (a namespace) is one resource named by its paths."""
    list_path, instance_path = pair
    main_path = list_path or instance_path
    assert main_path is not None
    groups: dict[str, list[tuple[str, str, str, Mapping[str, Any]]]] = {}
    for path in (p for p in pair if p):
        item = paths[path]
        for method in conventions.HTTP_METHODS:
            if not isinstance(item.get(method), dict):
                continue
            if conventions.operation_kind(path, method, item) is None:
                continue
            naming_path, naming = _naming(paths, pair, path, method)
            name = conventions.mount_name(naming_path, naming)
            groups.setdefault(name, []).append((path, method, naming_path, naming))
    if not groups:  # a namespace
        return [Unit(list_path, instance_path, main_path, paths[main_path], frozenset(), pair)]
    default = conventions.mount_name(*_naming(paths, pair, main_path, None))
    reader = next((n for n, ops in groups.items() if (main_path, "get") in _methods(ops)), default)
    order = sorted(groups, key=lambda n: (n != reader, n != default, n))
    # A path none of whose operations is named elsewhere stays with the first resource, even
    # when it has none (a list path that only namespaces its instances).
    elsewhere = {p for name in order[1:] for p, _, _, _ in groups[name]}
    found = []
    for name in order:
        members = groups[name]
        held = {p for p, _, _, _ in members}
        if name == order[0]:
            held |= {p for p in pair if p and p not in elsewhere}
        _, _, naming_path, naming = members[0]
        found.append(
            Unit(
                list_path if list_path in held else None,
                instance_path if instance_path in held else None,
                naming_path,
                naming,
                frozenset((p, m) for p, m, _, _ in members),
                pair,
            )
        )
    return found


def class_splits(paths: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The list paths whose ``x-twilio.className`` names only some of their operations, moved
    onto those, as path items to replace. Twilio's 1.30 releases put ``className: new_key`` on
    ``Keys.json`` (``ListKey``, ``CreateNewKey``) and none on ``Keys/{Sid}.json``; later ones
    put ``mountName: new_keys`` on the create. A class name that one path of a pair declares
    and the other does not names the operations whose operationId names it (``Create`` +
    ``NewKey``): each gets it and the mount name of its plural (``new_keys``), and the path
    drops it, so its other operations (``ListKey``) pair with the instance path as ``keys``."""
    made: dict[str, dict[str, Any]] = {}
    for instance_path in sorted(paths):
        list_path = conventions.list_path_of(instance_path)
        if list_path is None or list_path not in paths:
            continue
        listing, instance = paths[list_path], paths[instance_path]
        declared = conventions.x_twilio(listing).get("className")
        theirs = conventions.x_twilio(instance)
        if not isinstance(declared, str) or not declared or "className" in theirs:
            continue
        if conventions.x_twilio(listing).get("parent") != theirs.get("parent"):
            continue
        if any(_declares(holder) for holder in (instance, *conventions.with_operations(listing))):
            continue
        named = [
            m for m, op in _operations_of(listing) if _operation_noun(op) == pascal_case(declared)
        ]
        others = [op for item in (listing, instance) for _, op in _operations_of(item)]
        if not named or all(_operation_noun(op) == pascal_case(declared) for op in others):
            continue
        hint = {"className": declared, "mountName": conventions.plural(declared)}
        item = {
            **listing,
            "x-twilio": {
                k: v for k, v in conventions.x_twilio(listing).items() if k != "className"
            },
        }
        for method in named:
            operation = listing[method]
            item[method] = {**operation, "x-twilio": {**conventions.x_twilio(operation), **hint}}
        made[list_path] = item
    return made


def _operations_of(item: Mapping[str, Any]) -> list[tuple[str, Mapping[str, Any]]]:
    """A path item's (method, operation) pairs."""
    return [(m, item[m]) for m in conventions.HTTP_METHODS if isinstance(item.get(m), dict)]


def _operation_noun(operation: Mapping[str, Any]) -> str:
    """``CreateNewKey`` -> ``NewKey``: an operationId without its verb."""
    operation_id = str(operation.get("operationId") or "")
    for verb in ("Create", "List", "Fetch", "Update", "Delete", "Patch"):
        if operation_id.startswith(verb):
            return operation_id[len(verb) :]
    return operation_id


def _naming(
    paths: Mapping[str, Any], pair: Pair, path: str, method: str | None
) -> tuple[str, Mapping[str, Any]]:
    """The path and the spec object whose ``x-twilio`` names an operation's resource (for
    None, the path's own operations that carry no name of their own)."""
    operation = paths[path].get(method) if method else None
    if isinstance(operation, dict) and _declares(operation):
        if _restates_id(operation):
            return path, {}
        return path, operation
    if _declares(paths[path]):
        return path, paths[path]
    list_path = pair[0]
    if list_path is not None:
        return list_path, paths[list_path]
    return path, paths[path]


def _declares(item: Mapping[str, Any]) -> bool:
    declared = conventions.x_twilio(item).get("mountName")
    return isinstance(declared, str) and bool(declared)


def _restates_id(operation: Mapping[str, Any]) -> bool:
    """Whether an operation's own mountName is only its operationId without the leading verb."""
    operation_id = snake_case(str(operation.get("operationId") or ""), digit_acronyms=False)
    _, _, rest = operation_id.partition("_")
    declared = str(conventions.x_twilio(operation).get("mountName"))
    return bool(rest) and rest == snake_case(declared, digit_acronyms=False)


def _methods(members: list[tuple[str, str, str, Mapping[str, Any]]]) -> set[tuple[str, str]]:
    return {(path, method) for path, method, _, _ in members}

"""Where each resource goes in the tree.

A resource is a list path paired with the instance path under it (``/v1/Things`` and
``/v1/Things/{Sid}``), or either alone; a path without operations is a namespace, reached as a
list (no call). Its parent is the resource of the path it declares (``x-twilio.parent``) when
the spec has that path. A Twilio spec (one that says which of Twilio's API standards it
follows) declares every parent, so there a resource without one is a child of its version, as
in the official package, wherever its path lies; another spec nests a resource that declares
no parent under the longest path its own extends. A declared child hangs on its parent's
instance when its path extends the parent's instance path and that ends in a value, else on
the parent's list, whichever of the two paths the spec names. The parent's path values fill
the child's by position (a parent's ``{Sid}`` is the child's ``{ThingSid}``); the child's
other path values name one of its instances.

Paths that start with a static segment and a value (``/Organizations/{OrganizationSid}/...``)
where the spec has no path for that stem get a namespace resource there (``namespaces``),
named by the singular of the segment and called with the value, as the official package
reaches them (``organization(sid).users``): they are its children, declared parents or not.

Each step takes the drafts and returns new ones; a parent is named by its position in the
spec's list of drafts.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Mapping

from . import conventions
from .ir import Child, Param, Resource
from .naming import snake_case

Bindings = tuple[tuple[str, str], ...]  # (the child's path argument, the parent's it takes)


@dataclass(frozen=True)
class Draft:
    """A resource while its place in the tree is being worked out."""

    list_path: str | None
    instance_path: str | None
    resource: Resource
    path_params: Mapping[str, Param]  # every path parameter, by wire name
    version: str  # v1, v2010, hosted_numbers: conventions.version_of its main path
    parent: int | None = None  # the parent's position among the spec's drafts
    on_instance: bool = False  # a child of the parent's instance, not of its list
    bindings: Bindings = ()
    # The list and instance paths it was made from with its siblings of other mount names
    # (``mounts.units``); siblings are never each other's parents.
    pair: tuple[str | None, str | None] = (None, None)

    @property
    def main_path(self) -> str:
        path = self.list_path or self.instance_path
        assert path is not None
        return path

    def is_sibling(self, other: Draft) -> bool:
        """Made from the same paths under another mount name."""
        return self.pair != (None, None) and self.pair == other.pair

    def own_path_names(self, instance: bool) -> list[str]:
        """The path parameters of the resource's instance, or of its list: with no list path,
        those of the instance path but a last one that names the instance (a singleton's
        list holds all of them, and hands them to children hung on it)."""
        path = self.instance_path if instance else self.list_path
        if path is None and not instance and self.instance_path is not None:
            path = conventions.list_path_of(self.instance_path) or self.instance_path
        return conventions.path_params(path) if path else []


# The x-twilio key that marks a path item made by ``namespaces``, not read from the spec.
NAMESPACE = "sdkNamespace"


def namespaces(
    paths: Mapping[str, Any], versions: frozenset[str] = frozenset()
) -> dict[str, dict[str, Any]]:
    """A path item without operations for each ``/Segment/{Value}`` stem that paths extend but
    the spec does not name: an instance of a namespace named by the singular of the segment,
    with the value's declaration from a path under it (a version segment is no stem)."""
    found: dict[str, dict[str, Any]] = {}
    for path in sorted(paths):
        parts = path.split("/")
        if len(parts) < 4 or parts[0] or conventions.path_params(parts[1]):
            continue
        names = conventions.path_params(parts[2])
        if parts[2] != "{" + "".join(names) + "}" or len(names) != 1:
            continue
        if conventions.is_version_segment(parts[1], versions):
            continue  # /v2/{Sid}/...: a version, not a resource's name
        stem = "/".join(parts[:3])
        if stem in paths:
            continue
        item = found.setdefault(
            stem,
            {
                "x-twilio": {
                    "mountName": conventions.singular(snake_case(parts[1])),
                    NAMESPACE: True,
                }
            },
        )
        if "parameters" not in item:
            declared = _declaration(paths[path], names[0])
            if declared is not None:
                item["parameters"] = [declared]
    return found


def segment_names(
    paths: Mapping[str, Any], versions: frozenset[str], by_segments: bool
) -> dict[str, dict[str, Any]]:
    """What the static segments of the paths imply where the spec has no path for them
    (``/v1/CompositionSettings`` of ``/v1/CompositionSettings/Default``), as path items to add
    or replace. A singleton (an instance path ending in a static segment) that is the only
    path through such a segment is that segment's resource: it is mounted by the segment
    (``video.v1.composition_settings()``) unless it names its own mount. With `by_segments`
    (a spec that names nothing, ``conventions.names_nothing``), every other such segment after
    the version is a namespace, a path item without operations reached uncalled, as the
    official package of that era reached ``pricing.v1.voice.countries`` and
    ``sip.domains(sid).auth.calls``, where it groups several resources or tells one apart from
    another of its name; a segment around one resource alone (``/SMS/ShortCodes``,
    ``/a2p/BrandRegistrations``) adds no attribute (``accounts(sid).short_codes``)."""
    known = {path.removesuffix(".json") for path in paths}
    through: dict[str, list[str]] = defaultdict(list)
    for path in sorted(paths):
        for stem in _static_stems(path, versions):
            if stem not in known:
                through[stem].append(path)
    nexts = {
        stem: {_next_name(path, stem) for path in members} for stem, members in through.items()
    }
    made: dict[str, dict[str, Any]] = {}
    for stem, members in sorted(through.items()):
        only = members[0]
        if len(members) == 1 and _is_singleton_under(only, paths[only], stem):
            segment = stem.rsplit("/", 1)[1]
            x_twilio = {**conventions.x_twilio(paths[only]), "mountName": segment}
            made[only] = {**paths[only], "x-twilio": x_twilio}
        elif by_segments and (len(nexts[stem]) > 1 or _told_apart(stem, nexts, known)):
            suffix = ".json" if only.endswith(".json") else ""
            made[stem + suffix] = {"x-twilio": {"pathType": "list"}}
    return made


def _next_name(path: str, stem: str) -> str:
    """The snake_case name of the segment that follows `stem` in `path`."""
    rest = path.removesuffix(".json")[len(stem) + 1 :]
    return snake_case(rest.split("/", 1)[0])


def _told_apart(stem: str, nexts: Mapping[str, set[str]], known: set[str]) -> bool:
    """Whether the one name under `stem` is also found beside it, right under its parent or
    under a sibling segment (``/v1/Messaging/Countries`` and ``/v1/Voice/Countries``)."""
    parent = stem.rsplit("/", 1)[0]
    [name] = nexts[stem]
    beside = {
        snake_case(path[len(parent) + 1 :].split("/", 1)[0])
        for path in known
        if path.startswith(parent + "/")
    }
    siblings = [other for other in nexts if other != stem and other.rsplit("/", 1)[0] == parent]
    return name in beside or any(name in nexts[other] for other in siblings)


def _static_stems(path: str, versions: frozenset[str]) -> list[str]:
    """The prefixes of a path that end in a static segment after its version segment and are
    followed by another static one (``/v1/Voice/Numbers/{Number}``: ``/v1/Voice``). One
    followed by a value (``/v3/Services/{ServiceSid}/Channels``) names a collection, not a
    namespace."""
    parts = path.removesuffix(".json").split("/")
    if len(parts) < 3 or parts[0] or not conventions.is_version_segment(parts[1], versions):
        return []
    static = [not conventions.path_params(part) for part in parts]
    ends = [i for i in range(2, len(parts) - 1) if static[i] and static[i + 1]]
    return ["/".join(parts[: i + 1]) for i in ends]


def _is_singleton_under(path: str, item: Mapping[str, Any], stem: str) -> bool:
    """Whether the path is an instance right under `stem` without a value of its own and
    without a mount name of its own, on the path or on an operation."""
    if path.removesuffix(".json").rsplit("/", 1)[0] != stem:
        return False
    if conventions.path_type(path, item) != "instance" or conventions.list_path_of(path):
        return False
    holders = conventions.with_operations(item)
    return not any(conventions.x_twilio(holder).get("mountName") for holder in holders)


def _declaration(item: Mapping[str, Any], name: str) -> Any:
    """Where a path item or one of its operations declares the path parameter `name`."""
    for source in conventions.with_operations(item):
        for declared in source.get("parameters") or ():
            if isinstance(declared, dict) and declared.get("name") == name:
                return declared
    return None


def is_namespace(item: Mapping[str, Any]) -> bool:
    return bool(conventions.x_twilio(item).get(NAMESPACE))


def pair_paths(paths: Mapping[str, Any]) -> list[tuple[str | None, str | None]]:
    """Each resource's (list path, instance path): an instance path goes with the first list
    path it extends that has none yet. A pair whose paths have no operations is a resource
    only as a namespace that says so (x-twilio)."""
    groups: dict[str, tuple[str | None, str | None]] = {}
    # A path one value short of an instance path is its list, even one declared an instance
    # (Twilio's ``/v2/Voice/Reports`` beside ``/v2/Voice/Reports/{reportId}``).
    above = {
        up
        for p in paths
        if conventions.path_type(p, paths[p]) == "instance"
        for up in [conventions.list_path_of(p)]
        if up is not None and up in paths and conventions.same_resource(paths[up], paths[p])
    }
    kinds = {path: "list" if path in above else _kind(path, paths[path]) for path in paths}
    for path in sorted(paths):
        if kinds[path] == "list":
            groups[path] = (path, None)
    for path in sorted(paths):
        if kinds[path] == "instance":
            owner = next(
                (
                    p
                    for p in conventions.list_paths_of(path)
                    if p in groups
                    and groups[p][1] is None
                    and conventions.same_resource(paths[p], paths[path])
                ),
                None,
            )
            if owner is not None:
                groups[owner] = (owner, path)
            else:
                groups[path] = (None, path)
    return [groups[key] for key in sorted(groups) if _has_content(paths, groups[key])]


def _kind(path: str, item: Mapping[str, Any]) -> str:
    """A path's type; one without operations (``/v1/Messaging``, declared an instance) is only
    a namespace for its children, which the official package reaches as a list, uncalled."""
    if is_namespace(item):
        return "instance"  # called with its value
    if not any(isinstance(item.get(m), dict) for m in conventions.HTTP_METHODS):
        return "list"
    return conventions.path_type(path, item)


def _has_content(paths: Mapping[str, Any], pair: tuple[str | None, str | None]) -> bool:
    items = [paths[p] for p in pair if p]
    return any(
        conventions.x_twilio(item) or any(m in item for m in conventions.HTTP_METHODS)
        for item in items
    )


def place(drafts: list[Draft], root: Mapping[str, Any]) -> list[Draft]:
    """The drafts of the spec `root` with their parents found, and their path values split
    between what the parent supplies and what names an instance."""
    paths: Mapping[str, Any] = root["paths"]
    index = _shape_index(drafts)
    declared_only = conventions.parents_declared(root)
    if declared_only:
        drafts = _named_apart(drafts, paths)
    crowded = _crowded(drafts, paths) if declared_only else set()
    return [
        _split_path_params(
            _placed(position, drafts, index, paths, declared_only and position not in crowded)
        )
        for position in range(len(drafts))
    ]


def _named_apart(drafts: list[Draft], paths: Mapping[str, Any]) -> list[Draft]:
    """Two resources without a declared parent that would share an attribute of their
    version, one a list made from path values (``/Inbound/{reportId}``, reached as
    ``inbound(report_id)``) and one whose path has no values (``/Inbound``): the second takes
    the name of the nearest resource above it too, as the official package names Twilio's
    insights reports (``inbound_reports``, under ``/v2/Voice/Reports``)."""
    tops = _undeclared_by_name(drafts, paths)
    taken = {(d.version, d.resource.mount_name) for d in drafts}
    mains = {d.main_path: d for d in drafts}
    renamed = list(drafts)
    for (version, mount), group in sorted(tops.items()):
        if len(group) != 2:
            continue
        makers = [p for p in group if _is_list_maker(drafts[p])]
        plain = [p for p in group if not conventions.path_params(drafts[p].main_path)]
        if len(makers) != 1 or len(plain) != 1:
            continue
        draft = drafts[plain[0]]
        above = _nearest_above(draft.main_path, mains)
        if above is None:
            continue
        name = f"{mount}_{above.resource.mount_name}"
        if (version, name) in taken:
            continue
        class_name = conventions.class_name({}, name)
        resource = dataclasses.replace(
            draft.resource,
            mount_name=name,
            class_name=class_name,
            module_name=snake_case(class_name),
        )
        renamed[plain[0]] = dataclasses.replace(draft, resource=resource)
    return renamed


def _is_list_maker(draft: Draft) -> bool:
    """A list path with values and no instance path: the version makes it from the values."""
    return (
        draft.instance_path is None
        and draft.list_path is not None
        and bool(conventions.path_params(draft.list_path))
    )


def _nearest_above(path: str, mains: Mapping[str, Draft]) -> Draft | None:
    """The resource whose main path is the longest proper prefix of `path`."""
    parts = path.split("/")
    for end in range(len(parts) - 1, 2, -1):
        above = mains.get("/".join(parts[:end]))
        if above is not None:
            return above
    return None


def _crowded(drafts: list[Draft], paths: Mapping[str, Any]) -> set[int]:
    """The resources without a declared parent that would share an attribute of their version
    (Twilio's ``/Reports/PhoneNumbers/Inbound`` and ``.../Inbound/{reportId}``, both
    ``inbound``): their paths nest them instead, so that each keeps a place."""
    tops = _undeclared_by_name(drafts, paths)
    return {p for group in tops.values() if len(group) > 1 for p in group}


def _undeclared_by_name(
    drafts: list[Draft], paths: Mapping[str, Any]
) -> dict[tuple[str, str], list[int]]:
    """The positions of the drafts without a declared parent, by (version, mount name)."""
    tops: dict[tuple[str, str], list[int]] = defaultdict(list)
    for position, draft in enumerate(drafts):
        if _declared_parent(draft, paths) is None:
            tops[(draft.version, draft.resource.mount_name)].append(position)
    return tops


def _declared_parent(draft: Draft, paths: Mapping[str, Any]) -> str | None:
    """The parent path a resource's list path, else its instance path, declares."""
    return next(
        (
            declared
            for path in (draft.list_path, draft.instance_path)
            if path
            for declared in [conventions.parent_path(path, paths[path])]
            if declared
        ),
        None,
    )


def _shape_index(drafts: list[Draft]) -> dict[str, list[tuple[int, bool]]]:
    """Every list and instance path by its shape, in the drafts' order (instance first),
    so placing a resource looks its candidate parents up instead of scanning them all."""
    index: dict[str, list[tuple[int, bool]]] = defaultdict(list)
    for position, other in enumerate(drafts):
        for on_instance, other_path in ((True, other.instance_path), (False, other.list_path)):
            if other_path is not None:
                index[conventions.path_shape(other_path)].append((position, on_instance))
    return dict(index)


def _placed(
    position: int,
    drafts: list[Draft],
    index: Mapping[str, list[tuple[int, bool]]],
    paths: Mapping[str, Any],
    declared_only: bool,
) -> Draft:
    """The draft with its parent, and how the parent's path values map onto its own: the
    declared parent when the spec has it, else (unless the spec declares every parent) the
    longest path its own path extends."""
    draft = drafts[position]
    declared = _declared_parent(draft, paths)
    own = conventions.path_shape(draft.main_path)
    # A declared parent the spec lacks (Twilio's ``/v1/Roles/{Sid}``) leaves placement by path.
    if declared is not None and conventions.path_shape(declared) in index:
        shapes = [conventions.path_shape(declared)]
    elif declared_only and declared is None and not _under_namespace(draft, drafts, paths):
        return draft
    else:
        shapes = [own[:i] for i in range(len(own) - 1, 0, -1) if own[i] == "/"]
    found = next(
        (
            (other, on_instance)
            for shape in shapes
            for other, on_instance in index.get(shape, ())
            if other != position and not draft.is_sibling(drafts[other])
        ),
        None,
    )
    if found is None:
        return draft
    parent, on_instance = found
    if declared is not None:
        # The declaration names the parent resource; the child's path says which side it is on:
        # the instance when it extends one named by a value (``/Channels/{Sid}``), else the list
        # (a singleton's, ``/Configuration``, too).
        instance_path = drafts[parent].instance_path
        on_instance = (
            instance_path is not None
            and conventions.list_path_of(instance_path) is not None
            and own.startswith(conventions.path_shape(instance_path) + "/")
        )
    # The parent's path values are the first of the draft's own: the rest are its alone.
    pairs = zip(
        conventions.path_params(draft.main_path),
        drafts[parent].own_path_names(on_instance),
        strict=False,
    )
    bindings = tuple(
        (draft.path_params[child].py_name, drafts[parent].path_params[par].py_name)
        for child, par in pairs
    )
    return dataclasses.replace(draft, parent=parent, on_instance=on_instance, bindings=bindings)


def _under_namespace(draft: Draft, drafts: list[Draft], paths: Mapping[str, Any]) -> bool:
    """Whether the draft's path extends the instance path of a namespace ``namespaces`` made."""
    return any(
        other.instance_path is not None
        and is_namespace(paths[other.instance_path])
        and draft.main_path.startswith(other.instance_path + "/")
        for other in drafts
    )


def _split_path_params(draft: Draft) -> Draft:
    """Path values come from the parent (inherited) or name one instance (context)."""
    inherited = {child for child, _ in draft.bindings}
    if draft.parent is None and draft.instance_path is None:
        # A top-level list with path values and no instances is made by calling the version
        # with them, as the official package does: ``iam.v1.role_permission(role_sid).list()``.
        inherited |= {draft.path_params[n].py_name for n in draft.own_path_names(False)}
    every = list(dict.fromkeys(draft.own_path_names(False) + draft.own_path_names(True)))
    params = [draft.path_params[name] for name in every]
    resource = dataclasses.replace(
        draft.resource,
        inherited_params=tuple(p for p in params if p.py_name in inherited),
        context_params=tuple(p for p in params if p.py_name not in inherited),
    )
    # A list path parameter no parent supplies (``/v1/Organizations/{OrganizationSid}/Members``)
    # becomes a required argument of each list operation.
    missing = tuple(
        draft.path_params[n]
        for n in draft.own_path_names(False)
        if draft.path_params[n].py_name not in inherited
    )
    if draft.list_path and missing:
        resource = dataclasses.replace(
            resource,
            list_operations=tuple(
                (
                    dataclasses.replace(op, params=missing + op.params)
                    if op.path == draft.list_path
                    else op
                )
                for op in resource.list_operations
            ),
        )
    return dataclasses.replace(draft, resource=resource)


def tree(drafts: list[Draft]) -> list[tuple[Draft, Resource]]:
    """The top-level drafts, each with its resource holding its children, by path, and theirs."""
    children: dict[int, list[int]] = defaultdict(list)
    for position, draft in enumerate(drafts):
        if draft.parent is not None:
            children[draft.parent].append(position)

    def assemble(position: int) -> Resource:
        kids = sorted(children[position], key=lambda k: drafts[k].main_path)
        nested = [(Child(assemble(k), drafts[k].bindings), drafts[k].on_instance) for k in kids]
        return dataclasses.replace(
            drafts[position].resource,
            list_children=tuple(child for child, on_instance in nested if not on_instance),
            instance_children=tuple(child for child, on_instance in nested if on_instance),
        )

    return [
        (draft, assemble(position)) for position, draft in enumerate(drafts) if draft.parent is None
    ]

"""A resource's names, and who else may hold them.

A resource's class, module and attribute names come from the spec (see ``conventions``). Its
module's names are its own classes and the runtime names the module imports, which its enum
classes step around. In one version two modules may not share a name, so a nested resource's
module takes its ancestors' names as a prefix until they differ; under one parent two
resources may not share an attribute; and no name may be too long for a file name.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Mapping

from . import conventions
from .loading import LoadedSpec
from .naming import module_name
from .placement import Draft
from .problems import Problem, pointer_join

# A resource's or product's name goes into file names (test_<domain>_<version>_<module>.py),
# which file systems cap at 255 bytes.
MAX_NAME_LENGTH = 100
# The capitalised names a resource module imports (templates/sdk/resource.py.j2); a model or an
# enum class of one of these names would hide it.
MODULE_IMPORTS = frozenset(
    {
        "Any",
        "AsyncResource",
        "ClassVar",
        "Iterator",
        "Model",
        "Operation",
        "Page",
        "Param",
        "RequestModel",
        "Resource",
        "Sequence",
        "TypeAlias",
        "TypedDict",
        "Unset",
        "WireEnum",
        "WireField",
    }
)
_CLASS_SUFFIXES = (
    "",
    "List",
    "Context",
    "ListRaw",
    "ContextRaw",
)  # a resource's classes: Foo, FooList, ...
_MAX_PREFIXES = 7  # ancestors a module name may take on


@dataclass(frozen=True)
class ResourceNames:
    class_name: str  # ConnectionPolicy
    module_name: str  # connection_policy
    mount_name: str  # connection_policies, the attribute on the version or the parent


def names_of(path: str, item: Mapping[str, Any]) -> ResourceNames:
    """The names of the resource at `path` (its list path, or its instance path alone)."""
    mount = conventions.mount_name(path, item)
    name = conventions.class_name(item, mount)
    module = module_name(name)
    if name in MODULE_IMPORTS:  # a `Page` or `Param` model would hide the runtime's
        name += "Resource"
    return ResourceNames(name, module, mount)


def module_names(class_name: str) -> frozenset[str]:
    """The names a resource's module has before its enum classes: the resource's classes,
    sync and async, and the runtime names it imports."""
    own = {*MODULE_IMPORTS, *(class_name + suffix for suffix in _CLASS_SUFFIXES)}
    return frozenset(own | {"Async" + name for name in own})


def disambiguate_modules(drafts: list[Draft]) -> list[Draft]:
    """Resources of one version that would share a module: each nested one takes its
    ancestors' module names as a prefix, one more level at a time, until the names
    differ (``factor`` under ``entity`` -> ``entity_factor``). Top-level ones keep theirs.
    Two that still share one hang on the two sides of one parent (``workers.statistics`` and
    ``workers(sid).statistics``): the one on the parent's list is then spelled as it is
    reached, by the parent's and its own mount names (``workers_statistics``)."""
    base = [draft.resource.module_name for draft in drafts]
    depth = 0
    while True:
        clashes = _module_clashes(drafts)
        if not clashes or depth == _MAX_PREFIXES:
            break
        depth += 1
        drafts = list(drafts)
        for position in clashes:
            module = "_".join(_ancestors(drafts, base, position, depth) + [base[position]])
            drafts[position] = _with_module(drafts[position], module)
    for position in _module_clashes(drafts):
        draft = drafts[position]
        if draft.parent is None or draft.on_instance:
            continue
        ancestors = _ancestors(drafts, base, position, depth)
        ancestors[-1] = drafts[draft.parent].resource.mount_name
        drafts[position] = _with_module(draft, "_".join([*ancestors, draft.resource.mount_name]))
    return drafts


def _module_clashes(drafts: list[Draft]) -> list[int]:
    """The nested resources whose module another resource of their version has too."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for position, draft in enumerate(drafts):
        groups[(draft.version, draft.resource.module_name.lower())].append(position)
    return [
        p
        for group in groups.values()
        if len(group) > 1
        for p in group
        if drafts[p].parent is not None
    ]


def _ancestors(drafts: list[Draft], base: list[str], position: int, depth: int) -> list[str]:
    """The module names of up to `depth` ancestors of a resource, the outermost first."""
    ancestors: list[str] = []
    up = drafts[position].parent
    while up is not None and len(ancestors) < max(depth, 1):
        ancestors.insert(0, base[up])
        up = drafts[up].parent
    return ancestors


def _with_module(draft: Draft, module: str) -> Draft:
    return dataclasses.replace(
        draft, resource=dataclasses.replace(draft.resource, module_name=module)
    )


def name_problems(spec: LoadedSpec, drafts: list[Draft]) -> list[Problem]:
    """A name too long, and two resources sharing a module in one version or an attribute
    under one parent."""
    problems: list[Problem] = []
    modules: dict[tuple[str, str], list[Draft]] = defaultdict(list)
    mounts: dict[tuple[int | None, bool, str], list[Draft]] = defaultdict(list)
    for draft in drafts:
        modules[(draft.version, draft.resource.module_name.lower())].append(draft)
        mounts[(draft.parent, draft.on_instance, draft.resource.mount_name)].append(draft)
    for draft in drafts:
        longest = max(draft.resource.module_name, draft.resource.mount_name, key=len)
        if len(longest) > MAX_NAME_LENGTH:
            problems += _resource_problem(
                spec,
                draft,
                f"the Python name {longest[:40]!r}... is longer than {MAX_NAME_LENGTH} "
                "characters; set a shorter x-twilio.className or x-twilio.mountName",
            )
    for what, groups in (("module", modules), ("attribute", mounts)):
        for clash in groups.values():
            if len(clash) > 1:
                names = " and ".join(repr(d.main_path) for d in clash)
                for draft in clash[1:]:  # the first keeps the name
                    name = (
                        draft.resource.module_name
                        if what == "module"
                        else draft.resource.mount_name
                    )
                    problems += _resource_problem(
                        spec,
                        draft,
                        f"paths {names} would share the Python {what} {name!r}; "
                        "set x-twilio.className or x-twilio.mountName to tell them apart",
                    )
    return problems


def _resource_problem(spec: LoadedSpec, draft: Draft, message: str) -> list[Problem]:
    """A problem with one resource, at its path, once for each of its operations: a corpus run
    can skip those instead of failing."""
    paths = spec.data["paths"]
    operations = [
        pointer_join("paths", path, method)
        for path in (draft.list_path, draft.instance_path)
        if path
        for method in conventions.HTTP_METHODS
        if isinstance(paths[path].get(method), dict)
    ]
    pointer = pointer_join("paths", draft.main_path)
    return [spec.problem(pointer, message, operation) for operation in operations or [""]]

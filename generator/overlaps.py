"""Two specs may not make the same part of one SDK.

Each spec is built on its own, so two files that describe the same resource would each
generate it: one module written twice, one attribute defined twice on the version, one route
answered twice by the fake. Every such part is claimed by the first spec that makes it; a
later spec that makes it again is a problem located at its own path, naming the first.

Parts a spec claims: an SDK access path (``client.voice.v1.connection_policies``), a module
(``voice/v1/connection_policy.py``) and a route (a method on a path template of a domain, with
parameter names ignored, since ``/v1/Things/{Sid}`` and ``/v1/Things/{ThingSid}`` are one route).
Class names shared by two modules are not overlaps: such a class is left out of the package's
top-level exports and imported from its module (see ``rendering.model_exports``).

Twilio has published two files for one product and version (2.0.0's ``twilio_content_v1.yaml``
and ``twilio_content_sdk.yaml``, both content v1, the second a later ``info.version`` of the
same API). So before parts are claimed, ``one_description`` keeps a single description of each
top-level resource several specs make: the first when they all build the same resource, else,
when the specs are releases of one description (the same ``info.title``), the one of the
highest ``info.version``. Descriptions that differ with no newer release among them (a
project's own spec beside Twilio's) stay, and their overlap is the located problem above.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Sequence

from packaging.version import InvalidVersion, Version

from .ir import Merged, Resource
from .loading import LoadedSpec
from .problems import Problem, pointer_join

_PARAMETER = re.compile(r"\{[^}]*\}")


@dataclass(frozen=True)
class Made:
    """A top-level resource (its children nested in it) as one spec describes it."""

    spec: LoadedSpec
    domain: str
    url: str
    version: str
    resource: Resource

    @property
    def place(self) -> tuple[str, str, str]:
        return (self.domain, self.version, self.resource.mount_name)


def one_description(made: Sequence[Made]) -> tuple[list[Made], list[Merged]]:
    """`made` with one description of each top-level resource that several specs describe
    (see the module's docstring), in the order given; and the operations of those left out."""
    rivals: dict[tuple[str, str, str], list[Made]] = defaultdict(list)
    for item in made:
        rivals[item.place].append(item)
    dropped: dict[int, Made] = {}  # by id() of each description left out: the one kept
    for group in rivals.values():
        if len({item.spec.path for item in group}) < 2:
            continue
        kept = _kept(group)
        if kept is not None:
            dropped |= {id(item): kept for item in group if item is not kept}
    merged = [
        Merged(item.spec.path, op.path, op.http_method, dropped[id(item)].spec.path)
        for item in made
        if id(item) in dropped
        for resource in _tree(item.resource)
        for op in resource.operations
    ]
    return [item for item in made if id(item) not in dropped], merged


def _tree(resource: Resource) -> list[Resource]:
    """The resource and every resource nested in it."""
    children = (*resource.list_children, *resource.instance_children)
    return [resource, *(r for child in children for r in _tree(child.resource))]


def _kept(group: list[Made]) -> Made | None:
    """The description to keep among several specs', or None when none can be chosen."""
    first = group[0]
    if all(item.resource == first.resource for item in group):
        return first
    if len({_title(item.spec) for item in group}) > 1:  # not releases of one description
        return None
    versions = [_info_version(item.spec) for item in group]
    known = [v for v in versions if v is not None]
    if len(known) < len(versions):  # a version that is not one cannot be ordered
        return None
    newest = [item for item, v in zip(group, versions, strict=True) if v == max(known)]
    return newest[0] if len(newest) == 1 else None


def _title(spec: LoadedSpec) -> str:
    info = spec.data.get("info")
    return str(info.get("title") or "") if isinstance(info, dict) else ""


def _info_version(spec: LoadedSpec) -> Version | None:
    info = spec.data.get("info")
    text = str(info.get("version") or "") if isinstance(info, dict) else ""
    try:
        return Version(text)
    except InvalidVersion:
        return None


@dataclass(frozen=True)
class _Owner:
    file: str
    line: int


@dataclass
class Claims:
    """What each spec made so far, by part; `problems` gathers every overlap found."""

    problems: list[Problem]
    owners: dict[tuple[str, ...], _Owner] = field(default_factory=dict)

    def add(self, spec: LoadedSpec, domain: str, version: str, resource: Resource) -> None:
        """Claim the parts of a top-level resource and of every resource nested in it."""
        self._add_tree(spec, domain, version, resource, (resource.mount_name,))

    @staticmethod
    def _path_of(resource: Resource) -> str:
        """A path of the resource, or of the first resource under it (a namespace has none)."""
        if resource.operations:
            return resource.operations[0].path
        return next(
            (
                p
                for c in (*resource.list_children, *resource.instance_children)
                if (p := Claims._path_of(c.resource))
            ),
            "",
        )

    def _add_tree(
        self,
        spec: LoadedSpec,
        domain: str,
        version: str,
        resource: Resource,
        chain: tuple[str, ...],
    ) -> None:
        path = self._path_of(resource)
        pointer = pointer_join("paths", path) if path else "/paths"
        here = _Owner(spec.path, spec.line_of(pointer))
        parts = [
            (("access", domain, version, *chain), f"client.{domain}.{version}.{'.'.join(chain)}"),
            (
                ("module", domain, version, resource.module_name),
                f"module {domain}/{version}/{resource.module_name}.py",
            ),
        ]
        parts += [
            (
                ("route", domain, op.http_method.upper(), _PARAMETER.sub("{}", op.path)),
                f"route {op.http_method.upper()} {op.path}",
            )
            for op in resource.operations
        ]
        reported = False
        for key, what in parts:
            owner = self.owners.setdefault(key, here)
            if owner.file != here.file and not reported:
                message = (
                    f"{what} is also made by {owner.file}:{owner.line}; "
                    "two specs may not describe one resource"
                )
                self.problems.append(Problem(here.file, here.line, pointer, message))
                reported = True  # one problem per resource: its first overlap names the other file
        for child in resource.list_children:
            self._add_tree(
                spec, domain, version, child.resource, (*chain, child.resource.mount_name)
            )
        for (
            child
        ) in resource.instance_children:  # reached through one instance: policies(...).targets
            self._add_tree(
                spec,
                domain,
                version,
                child.resource,
                (*chain[:-1], chain[-1] + "(...)", child.resource.mount_name),
            )

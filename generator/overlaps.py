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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .ir import Resource
from .loading import LoadedSpec
from .problems import Problem, pointer_join

_PARAMETER = re.compile(r"\{[^}]*\}")


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

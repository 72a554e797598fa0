"""The intermediate representation between a spec and the templates.

Everything here is frozen and holds ready values: Python identifiers that
are already valid, annotations and runtime codec names chosen by the
builder. Strings that came from the spec (descriptions, patterns, wire
names, examples) are kept as data; only the rendering filters turn them
into text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from . import conventions, members

# "json" is one property of a JSON request body; "body" is the whole of it.
Location = Literal["path", "query", "header", "form", "json", "body"]
OperationKind = Literal["create", "fetch", "update", "patch", "delete", "list"]


@dataclass(frozen=True)
class JsonValue:
    """A JSON example kept as canonical text, so the IR stays immutable."""

    text: str

    @classmethod
    def of(cls, value: Any) -> JsonValue:
        return cls(json.dumps(value, sort_keys=False, ensure_ascii=False, allow_nan=False))

    @property
    def value(self) -> Any:
        return json.loads(self.text)


@dataclass(frozen=True)
class EnumType:
    """A closed set of string values, generated as a ``str`` enum class."""

    name: str  # the class name, unique within its resource module
    members: tuple[tuple[str, str], ...]  # (member name, wire value)

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(value for _, value in self.members)


@dataclass(frozen=True)
class TypeRef:
    """How a value is typed in Python and converted to and from the wire."""

    kind: str  # string, integer, number (a float), decimal, boolean, date_time, date, object,
    # prefixed_map, array, enum, any
    annotation: str  # the Python annotation, e.g. "_dt.datetime" or "dict[str, Any]"
    codec: str  # a runtime codec expression, e.g. "codecs.DATETIME"
    item: TypeRef | None = None
    enum: EnumType | None = None
    map_prefix: str | None = None  # a prefixed_map's key prefix (``AddOns``)

    @property
    def wire_kind(self) -> str:
        """The kind as the wire and the fake know it: a Decimal is a number there."""
        return "number" if self.kind == "decimal" else self.kind

    @property
    def shown(self) -> str:
        """The annotation as a reader writes it (docs, the API diff): ``datetime``, not the
        generated module's ``_dt.datetime``."""
        return self.annotation.replace("_dt.", "").replace("_decimal.", "")

    @property
    def argument_shown(self) -> str:
        """`argument_annotation` as a reader writes it (the reference pages)."""
        return self.argument_annotation.replace("_dt.", "").replace("_decimal.", "")

    @property
    def argument_annotation(self) -> str:
        """The annotation of a method argument: an array takes any sequence (a tuple too), and
        never says ``list``, which inside a list class names its ``list`` method."""
        if self.kind == "array" and self.item is not None:
            one = self.item.argument_annotation  # one item alone is a list of one
            return f"Sequence[{one}] | {one}"
        if self.kind == "object":  # its JSON text is taken too, as Twilio's examples write it
            base = f"dict[str, {self.item.argument_annotation}]" if self.item else self.annotation
            return f"{base} | str"
        if self.kind in ("number", "decimal"):  # any number: an int, a float or a Decimal
            return "_decimal.Decimal | float"
        if self.kind == "date_time":  # a day stands for its midnight, as in the official SDK
            return f"{self.annotation} | _dt.date | str"
        if self.kind == "date":
            return f"{self.annotation} | str"
        return self.annotation


@dataclass(frozen=True)
class Field:
    """A property of a resource model."""

    py_name: str
    wire_name: str
    type: TypeRef
    nullable: bool
    description: str
    constraints: tuple[tuple[str, Any], ...] = ()  # as on Param: (keyword, value) the spec sets

    @property
    def official_alias(self) -> str | None:
        """A second attribute for the same value, by the official package's name: it puts the
        ``_`` of a Python keyword in front (``_from``), where this SDK puts it after (``from_``)."""
        return conventions.keyword_alias(self.py_name)


# Constraints that describe a parameter without refusing values (see Param.checks).
ADVISORY = frozenset({"enum"})


@dataclass(frozen=True)
class Param:
    """An argument of an SDK method, and where it goes on the wire."""

    py_name: str
    wire_name: str
    location: Location
    type: TypeRef
    required: bool
    description: str
    constraints: tuple[tuple[str, Any], ...]  # (runtime keyword, value), only those the spec sets
    example: JsonValue | None
    format: str | None = None  # the spec's string format, e.g. "uri"; the fake checks it
    nullable: bool = False  # a JSON property the spec lets be null: None is sent as null

    @property
    def checks(self) -> tuple[tuple[str, Any], ...]:
        """The constraints that refuse a value, in the SDK and in the fake. An enum's values
        are not among them: they are the ones the spec knows, and the API may take others
        already, so any string goes (the enum class is the suggested type)."""
        return tuple((key, value) for key, value in self.constraints if key not in ADVISORY)


@dataclass(frozen=True)
class RequestModel:
    """A JSON request body taken as one object too, the official package's way: a class named
    for the body's schema (``ContentCreateRequest``), built from a dict keyed by the body's wire
    names, and passed as the keyword of the same name (``content_create_request=``)."""

    class_name: str
    py_name: str

    @property
    def fields_name(self) -> str:
        """The module's TypedDict of the dict the class is built from."""
        return f"_{self.class_name}Fields"


@dataclass(frozen=True)
class Operation:
    kind: OperationKind
    operation_id: str
    http_method: str
    path: str  # the path template, e.g. "/v1/ConnectionPolicies/{Sid}"
    summary: str
    description: str
    params: tuple[Param, ...]  # the method's own arguments (path parameters excluded)
    success_status: int
    request_example: JsonValue | None  # wire name -> value
    response_example: JsonValue | None
    content_type: str | None = None  # the request body's media type; None sends no body
    # the class name of the model it reads when its answer has a schema of its own (a new key's,
    # with its secret); None: the resource's main model
    answer_model: str | None = None
    request_model: RequestModel | None = None  # a JSON body's properties as one object too

    @property
    def body_params(self) -> tuple[Param, ...]:
        """The properties of a JSON object body."""
        return tuple(p for p in self.params if p.location == "json")

    @property
    def body_arguments(self) -> tuple[Param, ...]:
        """The arguments that make the request body: its properties, or the whole of it."""
        return tuple(p for p in self.params if p.location in ("json", "body"))

    @property
    def sends_json(self) -> bool:
        return self.content_type is not None and conventions.is_json(self.content_type)

    @property
    def takes_page_size(self) -> bool:
        return any(p.py_name == conventions.PAGING_PARAMS["PageSize"] for p in self.params)

    @property
    def required_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.required)

    @property
    def optional_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if not p.required)


@dataclass(frozen=True)
class AnswerModel:
    """A model some operations of a resource read besides the resource's main one: the schema of
    their answer differs from it (a new API key's answer has its ``secret``)."""

    name: str  # the class name, unique within its resource module
    fields: tuple[Field, ...]
    description: str


@dataclass(frozen=True)
class Child:
    """A resource reached from another one, e.g. a policy's ``targets``."""

    resource: Resource
    # (child path value, parent path value): the parent hands its path values down
    bindings: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Resource:
    """One REST resource: its model, its list operations and its instance operations.

    A resource is reached from its version (top level) or from a parent's
    list or instance (``Child``). Its path parameters are either inherited
    from the parent or its own ``context_params``, which name one instance.
    """

    class_name: str
    module_name: str
    mount_name: str  # the attribute that reaches it, e.g. "connection_policies"
    description: str
    fields: tuple[Field, ...]
    enums: tuple[EnumType, ...]
    list_operations: tuple[Operation, ...]  # create, list
    instance_operations: tuple[Operation, ...]  # fetch, update, delete
    inherited_params: tuple[Param, ...]  # path parameters whose values the parent supplies
    context_params: tuple[Param, ...]  # path parameters that name one instance
    list_key: str | None  # the array's key in a list page
    list_children: tuple[
        Child, ...
    ] = ()  # reached from the list, e.g. dialing_permissions.countries
    list_description: str = ""  # the list path's own description; `description` is one instance's
    instance_children: tuple[Child, ...] = ()  # reached from one instance, e.g. policy(sid).targets
    answer_models: tuple[AnswerModel, ...] = ()  # those its operations read besides its own

    def model_of(self, op: Operation) -> AnswerModel:
        """The model `op` reads: its own answer's, else the resource's main one."""
        for model in self.answer_models:
            if model.name == op.answer_model:
                return model
        return AnswerModel(self.class_name, self.fields, self.description)

    @property
    def models(self) -> tuple[AnswerModel, ...]:
        """The models its module defines: the main one (when it has one), then the others."""
        main = (AnswerModel(self.class_name, self.fields, self.description),)
        return (main if self.has_model else ()) + self.answer_models

    @property
    def record_fields(self) -> tuple[Field, ...]:
        """Every field any of its operations reads, each wire name once, the main model's first:
        what a record of it holds (in the fake)."""
        seen: dict[str, Field] = {}
        for model in self.models or (AnswerModel(self.class_name, self.fields, ""),):
            for field in model.fields:
                seen.setdefault(field.wire_name, field)
        return tuple(seen.values())

    def operation(self, kind: OperationKind) -> Operation | None:
        for op in self.operations:
            if op.kind == kind:
                return op
        return None

    @property
    def creatable(self) -> bool:
        """Whether new instances are made on the list (a create on an instance path makes none)."""
        return any(op.kind == "create" for op in self.list_operations)

    @property
    def operations(self) -> tuple[Operation, ...]:
        return self.list_operations + self.instance_operations

    @property
    def has_model(self) -> bool:
        return bool(self.fields) or any(op.kind != "delete" for op in self.operations)

    @property
    def has_instances(self) -> bool:
        """Whether the list can be called to reach one instance."""
        return bool(self.instance_operations or self.instance_children)

    @property
    def children(self) -> tuple[Child, ...]:
        return self.list_children + self.instance_children

    @property
    def id_params(self) -> tuple[Param, ...]:
        """The context parameters that name one instance: those its list path does not have.
        (A list path value no parent supplies is context too, but says where, not which.)"""
        listing = self.list_operations[0].path if self.list_operations else ""
        return tuple(p for p in self.context_params if "{" + p.wire_name + "}" not in listing)

    @property
    def request_models(self) -> tuple[tuple[RequestModel, tuple[Param, ...]], ...]:
        """Each request model class of the module once, with the body properties it holds."""
        found: dict[str, tuple[RequestModel, tuple[Param, ...]]] = {}
        for op in self.operations:
            if op.request_model is not None:
                found.setdefault(op.request_model.class_name, (op.request_model, op.body_params))
        return tuple(found.values())

    def says_where(self, param: Param) -> bool:
        """Whether a parameter is a path value that says where instances live (a parent's
        ``{Sid}``), not which one: it never sets a new instance's own ``sid``."""
        return param.location == "path" and param not in self.id_params


@dataclass(frozen=True)
class Version:
    name: str  # "v1"
    class_name: str  # "V1"
    resources: tuple[Resource, ...]  # the top-level ones; nested ones hang off their parents

    @property
    def modules(self) -> tuple[str, ...]:
        """The resource modules the version's attributes return from, sorted."""
        return tuple(
            sorted(
                {r.module_name for r in self.resources}
                | {c.resource.module_name for c in self.account_shortcuts}
                | ({self.account.module_name} if self.account else set())
            )
        )

    @property
    def account(self) -> Resource | None:
        """The accounts resource (the 2010 API's ``accounts(sid)``), when this version has one:
        the client's own account is then ``version.account``."""
        return next(
            (
                r
                for r in self.resources
                if conventions.is_accounts(r.mount_name, len(r.context_params))
            ),
            None,
        )

    @property
    def account_shortcuts(self) -> tuple[Child, ...]:
        """The account's resources, offered on the version itself for the client's own account
        (``client.api.v2010.calls``), except where a name is taken already."""
        if self.account is None:
            return ()
        taken = {r.mount_name for r in self.resources} | {"account"}
        return tuple(
            c for c in self.account.instance_children if c.resource.mount_name not in taken
        )


@dataclass(frozen=True)
class Alias:
    """An attribute of a domain that leads into one of its versions, as the official package
    has them: ``client.chat.services`` is ``client.chat.v2.services``."""

    name: str
    version: Version
    resource: Resource  # what it returns: the resource's list, or the account's context
    context: bool  # the version's own account (``api.account``), not a list
    of_account: bool = False  # a resource of that account (``api.calls``)

    @property
    def via(self) -> str:
        """Where, from the domain, the attribute it stands for is: ``v2010.account``."""
        return self.version.name + (".account" if self.of_account else "")

    @property
    def returns(self) -> str:
        """The class it returns, without the ``Async`` prefix."""
        return self.resource.class_name + ("Context" if self.context else "List")

    @property
    def deprecated(self) -> bool:
        """The official package warns of every such shortcut but its way to the accounts
        (``api.account``, ``api.accounts``): the version's own attribute is the way to go."""
        return not (
            self.context or conventions.is_accounts(self.name, len(self.resource.context_params))
        )

    @property
    def warning(self) -> str:
        return f"{self.name} is deprecated here: use {self.via}.{self.name}"


@dataclass(frozen=True)
class Domain:
    name: str  # "voice"
    class_name: str  # "Voice"
    base_url: str  # "https://voice.twilio.com"
    versions: tuple[Version, ...]

    @property
    def aliases(self) -> tuple[Alias, ...]:
        """Every attribute of the domain's versions (its resources, its account and the
        account's resources) as an attribute of the domain too, taken from the latest
        version that has it (or the one ``conventions.FROZEN_SHORTCUTS`` names), but for a name
        the domain has already (a version's, its own, a decorator's)."""
        taken = {v.name for v in self.versions} | members.DOMAIN_ATTRIBUTES | members.DECORATORS
        found: dict[str, Alias] = {}
        for version in sorted(self.versions, key=lambda v: conventions.version_rank(v.name)):
            for resource in version.resources:
                if resource.inherited_params:  # made by a call on the version, not an attribute
                    continue
                frozen = conventions.FROZEN_SHORTCUTS.get((self.name, resource.mount_name))
                if frozen is None or frozen == version.name or resource.mount_name not in found:
                    found[resource.mount_name] = Alias(
                        resource.mount_name, version, resource, False
                    )
            if version.account is not None:
                found["account"] = Alias("account", version, version.account, True)
            for child in version.account_shortcuts:
                name = child.resource.mount_name
                found[name] = Alias(name, version, child.resource, False, of_account=True)
        return tuple(found[name] for name in sorted(found) if name not in taken)

    @property
    def alias_modules(self) -> tuple[tuple[str, str], ...]:
        """The (version, module) pairs the aliases return from, sorted."""
        return tuple(sorted({(a.version.name, a.resource.module_name) for a in self.aliases}))


@dataclass(frozen=True)
class Merged:
    """An operation a second spec describes too, built from the description kept instead
    (``overlaps.one_description``)."""

    file: str
    path: str
    method: str
    kept: str  # the spec whose description of the resource was kept


@dataclass(frozen=True)
class Api:
    package: str  # the import name, e.g. twilio_sdk
    domains: tuple[Domain, ...]
    distribution: str = "twilio-sdk"  # the name it is installed and published under
    version: str = "0.1.0"
    merged: tuple[Merged, ...] = ()

    @property
    def client_shortcuts(self) -> tuple[tuple[Domain, Version, Child], ...]:
        """The account's resources offered on the client itself, as the official package offers
        the 2010 API's (``client.messages`` is ``client.api.v2010.account.messages``): those of
        the first version with an account, except where a name is the client's already."""
        taken = {d.name for d in self.domains} | members.CLIENT
        for domain in self.domains:
            for version in domain.versions:
                if version.account is not None:
                    return tuple(
                        (domain, version, c)
                        for c in version.account.instance_children
                        if c.resource.mount_name not in taken
                    )
        return ()

    @property
    def resources(self) -> tuple[tuple[Domain, Version, Resource], ...]:
        """Every resource, nested ones included, parents before children."""
        return tuple((d, v, chain[-1]) for d, v, chain in self.chains)

    @property
    def chains(self) -> tuple[tuple[Domain, Version, tuple[Resource, ...]], ...]:
        """Every resource with the resources that lead to it from its version."""
        found: list[tuple[Domain, Version, tuple[Resource, ...]]] = []

        def visit(domain: Domain, version: Version, chain: tuple[Resource, ...]) -> None:
            found.append((domain, version, chain))
            for child in chain[-1].children:
                visit(domain, version, chain + (child.resource,))

        for domain in self.domains:
            for version in domain.versions:
                for resource in version.resources:
                    visit(domain, version, (resource,))
        return tuple(found)

"""The methods of a generated resource, described once: names, signatures, paging arguments.

A resource module has a list class and, when it has instances, a context class; each has
one method per operation (``create``, ``fetch``, ``update``, ``delete``), and a list
operation gives four (``stream``, ``list``, ``page``, ``get_page``). Each is a `Method`:
its name, arguments in signature order, result, docstring and body. The async and
raw-response twins of each class wrap the sync methods (`VARIANTS`); `classes` lays out
all of them for ``templates/sdk/resource.py.j2``.

The names of the methods and paging arguments (`NAMES`), the method that stands for an
operation (`method_name`) and the way a user reaches a resource (`AccessPath`) are what
the reference pages, the surface, the diff and the generated tests write too: renaming a
method or a paging argument is a change here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from . import conventions
from .examples import Chain, access_path
from .ir import Child, Domain, Operation, Param, Resource, Version
from .layout import Item, call, literal
from .snippets import arguments

# How an async class wraps a method: one awaited result, every item of a list, an async
# iterator, or a page; the raw-response classes have only those that give one answer.
Shape = Literal["one", "all", "iterator", "page"]


@dataclass(frozen=True)
class Names:
    """The SDK's own method and argument names (the operations' own methods are named by kind)."""

    stream: str = "stream"
    list: str = "list"
    page: str = "page"
    get_page: str = "get_page"
    get: str = "get"  # the list's other spelling of ``list(sid)``
    with_raw_response: str = "with_raw_response"
    limit: str = "limit"
    page_size: str = conventions.PAGING_PARAMS["PageSize"]
    page_number: str = conventions.PAGING_PARAMS["Page"]
    page_token: str = conventions.PAGING_PARAMS["PageToken"]
    target_url: str = "target_url"


NAMES = Names()
PAGING = frozenset(
    conventions.PAGING_PARAMS.values()
)  # page() takes them; list() and stream() page by themselves


@dataclass(frozen=True)
class Argument:
    name: str
    annotation: str
    default: str | None = None  # None: required
    param: Param | None = (
        None  # the spec's parameter it is; None for the SDK's own (limit, page_size of list())
    )

    @property
    def spelled(self) -> str:
        return f"{self.name}: {self.annotation}" + (
            "" if self.default is None else f" = {self.default}"
        )


@dataclass(frozen=True)
class Doc:
    """What a method's docstring says: see ``_macros.j2`` ``doc``."""

    summary: str
    description: str = ""
    params: tuple[Param, ...] = ()
    tail: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Method:
    name: str
    arguments: tuple[Argument, ...]  # in signature order
    returns: str
    doc: Doc
    body: Item  # the expression it returns
    shape: Shape = "one"
    keyword_only: bool = True

    @property
    def signature(self) -> list[str]:
        spelled = [a.spelled for a in self.arguments]
        return ["self", *(["*"] if spelled and self.keyword_only else []), *spelled]

    @property
    def spec_arguments(self) -> tuple[Argument, ...]:
        """The arguments that are the spec's parameters."""
        return tuple(a for a in self.arguments if a.param is not None)


def operation_constant(op: Operation) -> str:
    """The module constant holding the runtime's ``Operation(...)``, e.g. ``_CREATE``."""
    return "_" + op.kind.upper()


def method_name(op: Operation) -> str:
    """The method that stands for an operation: ``list`` for a list, else its kind."""
    return NAMES.list if op.kind == "list" else op.kind


def checking_method_name(op: Operation) -> str:
    """The method that takes every parameter of an operation, so checks each one: ``page`` for
    a list."""
    return NAMES.page if op.kind == "list" else op.kind


def spec_arguments(
    params: tuple[Param, ...], optional_too: tuple[Param, ...] = ()
) -> tuple[Argument, ...]:
    """The spec's parameters as keyword arguments, required ones first; optional ones, and
    those in `optional_too` (a body a request model may give instead), default to UNSET, and
    take None too, which is not sent either (as in the official SDK)."""
    ordered = [p for p in params if p.required and p not in optional_too] + [
        p for p in params if not p.required or p in optional_too
    ]
    return tuple(
        (
            Argument(p.py_name, p.type.argument_annotation, None, p)
            if p.required and p not in optional_too
            else Argument(p.py_name, optional(p.type.argument_annotation), "UNSET", p)
        )
        for p in ordered
    )


def optional(annotation: str) -> str:
    """The annotation of an optional argument: None, like UNSET, leaves it out."""
    return f"{annotation} | None | Unset"


# What a method's docstring starts with when the spec says nothing of its operation (Twilio's
# IP Messaging v1 has neither a summary nor a description): never an empty docstring.
_UNSAID = {
    "create": "Create a {}.",
    "fetch": "Fetch the {}.",
    "update": "Update the {}.",
    "patch": "Update some properties of the {}.",
    "delete": "Delete the {}.",
    "list": "Read {} records.",
}


def summary(resource: Resource, op: Operation) -> str:
    """The first line of a method's docstring: the spec's summary, else its description, else
    what the operation does to the resource."""
    return op.summary or op.description or _UNSAID[op.kind].format(resource.class_name)


def operation_methods(resource: Resource, op: Operation) -> tuple[Method, ...]:
    """The sync methods of one operation, in the order the class defines them."""
    if op.kind == "list":
        return _paging_methods(resource, op)
    if op.kind == "delete":
        body = call("self._delete", operation_constant(op), arguments(op.params))
        doc = Doc(
            summary(resource, op), op.description, op.params, note="Returns True once it is gone."
        )
        return (Method(op.kind, spec_arguments(op.params), "bool", doc, body),)
    model = resource.model_of(op).name
    request = op.request_model
    if request is None:
        body = call("self._call", operation_constant(op), model, arguments(op.params))
        doc = Doc(summary(resource, op), op.description, op.params)
        return (Method(op.kind, spec_arguments(op.params), model, doc, body),)
    # the body's properties one by one, or all of them in one request model object
    given = arguments(op.params, request.py_name)
    body = call("self._call", operation_constant(op), model, given)
    tail = (f":param {request.py_name}: The whole body in one object, instead of the keywords.",)
    own = (Argument(request.py_name, f"{request.class_name} | Unset", "UNSET"),)
    return (
        Method(
            op.kind,
            spec_arguments(op.params, op.body_arguments) + own,
            model,
            Doc(summary(resource, op), op.description, op.params, tail),
            body,
        ),
    )


def _paging_methods(resource: Resource, op: Operation) -> tuple[Method, ...]:
    model, key = resource.model_of(op).name, literal(resource.list_key)
    filters = tuple(p for p in op.params if p.py_name not in PAGING)
    reading = (
        Argument(NAMES.limit, "int | None", "None"),
        Argument(NAMES.page_size, "int | None", "None"),
    )
    tail = (
        f":param {NAMES.limit}: Stop after this many {resource.mount_name}; all of them when None.",
        f":param {NAMES.page_size}: How many to read per request; the API's default when None.",
    )
    paging = (
        Argument(NAMES.page_token, optional("str"), "UNSET"),
        Argument(NAMES.page_number, optional("int"), "UNSET"),
        Argument(NAMES.page_size, optional("int"), "UNSET"),
    )
    read = (operation_constant(op), model, key, arguments(filters), NAMES.limit, NAMES.page_size)
    note = "Pages are read lazily, as the iterator is consumed."
    return (
        Method(
            NAMES.stream,
            spec_arguments(filters) + reading,
            f"Iterator[{model}]",
            Doc(summary(resource, op), op.description, filters, tail, note),
            call("self._stream", *read),
            "iterator",
        ),
        Method(
            NAMES.list,
            spec_arguments(filters) + reading,
            f"builtins.list[{model}]",
            Doc(
                summary(resource, op), "", filters, tail, "Every page is read before this returns."
            ),
            call("self._list", *read),
            "all",
        ),
        Method(
            NAMES.page,
            spec_arguments(filters) + paging,
            f"Page[{model}]",
            Doc(summary(resource, op), "", op.params, note="Reads one page."),
            call("self._page", operation_constant(op), model, key, arguments(op.params)),
            "page",
        ),
        Method(
            NAMES.get_page,
            (Argument(NAMES.target_url, "str"),),
            f"Page[{model}]",
            Doc("Read the page at a URL the API gave, such as a ``next_page_url``."),
            call("self._get_page", NAMES.target_url, model, key),
            "page",
            keyword_only=False,
        ),
    )


# ---- the classes of a resource module ----


@dataclass(frozen=True)
class Variant:
    """One kind of class: sync or async, plain or answering with a RawResponse."""

    prefix: str  # of the class name: "" or "Async"
    suffix: str  # "" or "Raw"
    base: str
    # how it wraps each shape of the sync class's method, in the order it lists them;
    # none: it defines them
    wrappers: tuple[tuple[Shape, str], ...] = ()

    @property
    def raw(self) -> bool:
        return bool(self.suffix)

    def wraps(self, methods: tuple[Method, ...]) -> list[tuple[str, str]]:
        """(method name, wrapper) of each method of one operation this class has, in its order."""
        order = [shape for shape, _ in self.wrappers]
        wrapper = dict(self.wrappers)
        return [
            (m.name, wrapper[m.shape])
            for m in sorted(
                (m for m in methods if m.shape in wrapper), key=lambda m: order.index(m.shape)
            )
        ]


SYNC = Variant("", "", "Resource")
VARIANTS = (
    SYNC,
    Variant("", "Raw", "Resource", (("page", "raw"), ("one", "raw"))),
    Variant(
        "Async",
        "",
        "AsyncResource",
        (
            ("iterator", "async_iterator"),
            ("page", "async_page"),
            ("one", "awaitable"),
            ("all", "awaitable"),
        ),
    ),
    Variant("Async", "Raw", "AsyncResource", (("page", "async_raw_page"), ("one", "async_raw"))),
)


@dataclass(frozen=True)
class Side:
    """The list class or the context class (one instance) of a resource."""

    name: str  # "List" or "Context"
    operations: tuple[Operation, ...]
    children: tuple[Child, ...]


@dataclass(frozen=True)
class ResourceClass:
    name: str
    base: str
    title: str  # the docstring, or its start when `about` follows
    about: str  # the spec's description, after ": "
    child_prefix: str  # of the child classes its attributes return
    children: tuple[Child, ...]
    calls: str | None  # the context class ``__call__`` returns, on a list class with instances
    raw_twin: str | None  # the class ``with_raw_response`` returns
    methods: tuple[Method, ...]  # those it defines
    wrapped: tuple[tuple[str, str, str], ...]  # (name, wrapper, sync method) of those it wraps
    raw: bool
    # the module's request model classes, reachable as attributes too (``ContentList.X``)
    request_models: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (
            self.calls or self.children or self.methods or self.wrapped or self.request_models
        )


def _sides(resource: Resource) -> list[Side]:
    sides = [Side("List", resource.list_operations, resource.list_children)]
    if resource.has_instances:
        sides.append(Side("Context", resource.instance_operations, resource.instance_children))
    return sides


def public_classes(resource: Resource) -> list[str]:
    """The list and context classes, sync and async, as ``__all__`` names them."""
    return [
        v.prefix + resource.class_name + side.name
        for side in _sides(resource)
        for v in VARIANTS
        if not v.raw
    ]


def classes(resource: Resource) -> list[ResourceClass]:
    """Every list and context class of a resource module, in the order the module defines them."""
    return [
        _class(resource, variant, side)
        for variant in VARIANTS
        for side in _sides(resource)
        if not (variant.raw and not side.operations)
    ]


def _class(resource: Resource, variant: Variant, side: Side) -> ResourceClass:
    name = resource.class_name
    sync_class = name + side.name
    methods = [operation_methods(resource, op) for op in side.operations]
    title, about = _docstring(resource, variant, side)
    listing = side.name == "List"
    return ResourceClass(
        name=variant.prefix + sync_class + variant.suffix,
        base=variant.base,
        title=title,
        about=about,
        child_prefix=variant.prefix,
        children=() if variant.raw else side.children,
        calls=(
            variant.prefix + name + "Context"
            if listing and resource.has_instances and not variant.raw
            else None
        ),
        raw_twin=(
            variant.prefix + sync_class + "Raw" if side.operations and not variant.raw else None
        ),
        methods=tuple(m for ms in methods for m in ms) if variant is SYNC else (),
        wrapped=_wrapped(variant, sync_class, methods),
        raw=variant.raw,
        request_models=(
            () if variant.raw else tuple(m.class_name for m, _ in resource.request_models)
        ),
    )


def _wrapped(
    variant: Variant, sync_class: str, methods: list[tuple[Method, ...]]
) -> tuple[tuple[str, str, str], ...]:
    """(name, wrapper, ``SyncClass.name``) of each method a variant class wraps, operation by
    operation."""
    return tuple(
        (name, wrapper, f"{sync_class}.{name}")
        for ms in methods
        for name, wrapper in variant.wraps(ms)
    )


def _docstring(resource: Resource, variant: Variant, side: Side) -> tuple[str, str]:
    """A class's docstring: its own words, and the spec's description after them (the sync list
    class)."""
    listing = side.name == "List"
    what = resource.mount_name if listing else f"One {resource.class_name}"
    if variant.raw:
        operations = (
            f"list operations of {resource.mount_name}"
            if listing
            else f"operations of one {resource.class_name}"
        )
        return (
            f"The {operations}{', for asyncio' if variant.prefix else ''},"
            " answering with a RawResponse.",
            "",
        )
    if variant.prefix:
        return f"{what}, for asyncio: every operation is awaitable.", ""
    if listing:
        return what, resource.list_description or resource.description
    addressed = (
        f", addressed by {' and '.join(p.py_name for p in resource.context_params)}"
        if resource.context_params
        else ""
    )
    return f"{what}{addressed}.", ""


# ---- how a user reaches a resource ----


@dataclass(frozen=True)
class AccessPath:
    """How a user reaches a resource's list (``client.voice.v1.connection_policies``), one
    instance (``...connection_policies(sid)``) and each method on them."""

    list: str
    instance_arguments: tuple[str, ...]

    @property
    def instance(self) -> str:
        return f"{self.list}({', '.join(self.instance_arguments)})"

    def method(self, resource: Resource, op: Operation) -> str:
        """The path of the method that stands for `op`."""
        on = self.instance if op in resource.instance_operations else self.list
        return f"{on}.{method_name(op)}"


def access(domain: Domain, version: Version, chain: Chain) -> AccessPath:
    return AccessPath(
        access_path(version, domain, chain), tuple(p.py_name for p in chain[-1].context_params)
    )

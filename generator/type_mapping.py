"""Spec schemas as Python types: a schema's TypeRef, a model's fields, and the enum classes.

An enum class is named within its resource's module: it steps around the names the module
has already (its resource's classes, the runtime names it imports), and its name is planned
from every enum of the module (:func:`name_enums`), never from the order they are met. That
scope is a value, :class:`EnumScope`, passed in and handed back by every function here that
may add an enum class to it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Mapping

from . import conventions, layout, members
from .ir import EnumType, Field, TypeRef
from .naming import pascal_case, snake_case
from .schemas import flatten, properties_of, schema_name

MAX_TYPE_DEPTH = 8  # a recursive schema is Any past this depth

_CONSTRAINTS = (  # (OpenAPI keyword, runtime Param keyword)
    ("pattern", "pattern"),
    ("minLength", "min_length"),
    ("maxLength", "max_length"),
    ("minimum", "minimum"),
    ("maximum", "maximum"),
)
_ANY = TypeRef("any", "Any", "_codecs.ANY")


@dataclass(frozen=True)
class EnumWish:
    """One place that asks for an enum class: its values, the name it would take (`base`), the
    name from where it is defined that it takes on a clash, and its rank (lower wins a
    contested name)."""

    values: tuple[str, ...]
    base: str
    qualified: str
    rank: int


HOME, NAMED, INLINE = 0, 1, 2  # the resource's own schema's enums, other named enums, the rest


@dataclass(frozen=True)
class EnumScope:
    """The enum classes of one module so far, and the names they may not take.

    A module's enums are named in two passes (see :func:`name_enums`): the first, without a
    `plan`, only gathers every wish; the second names each class from the plan made of all of
    them, so that no name depends on which enum was met first."""

    taken: frozenset[str]
    enums: tuple[EnumType, ...] = ()
    bodies: frozenset[str] = frozenset()  # the request model classes made so far
    wishes: tuple[EnumWish, ...] = ()
    plan: Mapping[tuple[str, tuple[str, ...]], str] | None = None
    home: str = ""  # the qualifier of the resource's own schema (``Bundle``)
    where: str = ""  # the qualifier of the place being read (an operationId, a schema)

    def at(self, where: str) -> EnumScope:
        """The scope reading the place named `where` (an operationId, a schema name)."""
        qualifier = pascal_case(where) if where else ""
        return self if qualifier == self.where else dataclasses.replace(self, where=qualifier)

    def next_pass(self) -> EnumScope:
        """The scope of the second pass: every name planned, request models keeping theirs."""
        taken = self.taken | self.bodies
        return EnumScope(taken, bodies=self.bodies, plan=name_enums(self.wishes, taken))

    def body_class(self, name: str) -> tuple[bool, EnumScope]:
        """Whether a request model class may be called `name` (one of that name made for an
        earlier operation is shared), and the scope that keeps the name from the enums."""
        if name in self.bodies:
            return True, self
        if name in self.taken or any(enum.name == name for enum in self.enums):
            return False, self
        return True, dataclasses.replace(
            self, taken=self.taken | {name}, bodies=self.bodies | {name}
        )

    def enum(
        self, values: tuple[str, ...], base: str, ref_name: str | None, hint: str
    ) -> tuple[EnumType, EnumScope]:
        """The class for `values`, wished for under `base` by the field or parameter `hint`:
        in the first pass a stand-in, in the second the class the plan names."""
        if self.plan is None:
            wish = EnumWish(values, base, *self._qualified(base, ref_name, hint))
            return EnumType(base, _enum_members(values)), dataclasses.replace(
                self, wishes=self.wishes + (wish,)
            )
        name = self.plan[(base, values)]
        for made in self.enums:
            if made.name == name:
                return made, self
        new = EnumType(name, _enum_members(values))
        return new, dataclasses.replace(self, enums=self.enums + (new,))

    def _qualified(self, base: str, ref_name: str | None, hint: str) -> tuple[str, int]:
        """The name from where an enum is defined, and its rank: a named enum
        (``bundle_enum_status``) is its schema's (``BundleStatus``), one defined in place is
        the place's field or parameter (``ListBundle`` + ``EndUserType``)."""
        if ref_name is None:
            return self.where + pascal_case(hint), INLINE
        owner = ref_name.rpartition("_enum_")[0] if "_enum_" in ref_name else ""
        if not owner:
            return self.where + base, NAMED
        qualifier = pascal_case(owner.rpartition(".")[2])
        return qualifier + base, HOME if qualifier == self.home else NAMED


def name_enums(
    wishes: tuple[EnumWish, ...], taken: frozenset[str]
) -> dict[tuple[str, tuple[str, ...]], str]:
    """The class name of each (base, values) a module wishes for, from the set of wishes alone.

    One class per distinct values keeps its base name when it is the only one wishing for it,
    or when it alone outranks the others (the resource's own named enum over another schema's,
    a named enum over one defined in place); every other contender for the name is qualified by
    where it is defined (``ListBundle`` + ``EndUserType``). What still clashes (or meets a
    name the module has) is numbered in the order of its values."""
    best: dict[tuple[str, tuple[str, ...]], tuple[int, str]] = {}
    for wish in wishes:  # an enum met in several places: its best rank, its first place
        key, mine = (wish.base, wish.values), (wish.rank, wish.qualified)
        best[key] = min(best.get(key, mine), mine)
    by_base: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for key in best:
        by_base.setdefault(key[0], []).append(key)
    wanted: dict[tuple[str, tuple[str, ...]], str] = {}
    for base, keys in by_base.items():
        top = min(best[key][0] for key in keys)
        winners = [key for key in keys if best[key][0] == top]
        for key in keys:
            alone = len(winners) == 1 and key == winners[0] and base not in taken
            wanted[key] = base if alone else best[key][1]
    holders: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for key, name in wanted.items():
        holders.setdefault(name, []).append(key)
    used = set(taken) | {name for name, keys in holders.items() if len(keys) == 1}
    names: dict[tuple[str, tuple[str, ...]], str] = {}
    for name, keys in sorted(holders.items()):
        if len(keys) == 1 and name not in taken:
            names[keys[0]] = name
            continue
        for key in sorted(keys, key=lambda key: key[1]):
            candidate, n = name, 2
            while candidate in used:
                candidate, n = f"{name}{n}", n + 1
            used.add(candidate)
            names[key] = candidate
    return names


def type_of(
    root: Mapping[str, Any], raw: Any, hint: str, scope: EnumScope, depth: int = 0
) -> tuple[TypeRef, EnumScope]:
    """The type of a schema; `hint` (a field or parameter name) names an inline enum."""
    ref_name = schema_name(root, raw)
    schema = flatten(root, raw)
    kind = schema.get("type")
    fmt = schema.get("format")
    if depth > MAX_TYPE_DEPTH:
        return _ANY, scope
    if kind == "string" and isinstance(schema.get("enum"), list) and schema["enum"]:
        values = tuple(dict.fromkeys(str(v) for v in schema["enum"]))
        enum, scope = scope.enum(values, _enum_base(ref_name, fmt, hint), ref_name, hint)
        return (
            TypeRef("enum", f"{enum.name} | str", f"_codecs.EnumOf({enum.name})", enum=enum),
            scope,
        )
    if kind == "array":
        item, scope = type_of(root, schema.get("items"), hint, scope, depth + 1)
        return (
            TypeRef("array", f"list[{item.annotation}]", f"_codecs.ListOf({item.codec})", item),
            scope,
        )
    if kind == "object":
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            value, scope = type_of(root, extra, hint, scope, depth + 1)
            return TypeRef("object", f"dict[str, {value.annotation}]", "_codecs.JSON", value), scope
        prefix = conventions.map_prefix(fmt)
        if prefix is not None:
            codec = f"_codecs.PrefixedMap({layout.string(prefix)})"
            return TypeRef("prefixed_map", "dict[str, Any]", codec, map_prefix=prefix), scope
        if fmt == "uri-map":
            return TypeRef("object", "dict[str, str]", "_codecs.JSON"), scope
        return TypeRef("object", "dict[str, Any]", "_codecs.JSON"), scope
    return _scalar(kind, fmt), scope


def _scalar(kind: Any, fmt: Any) -> TypeRef:
    # the modules import `datetime` and `decimal` under names no spec name takes, so that a
    # model field may be called `date` or `datetime`, as in the official package
    if kind == "string" and fmt == "date-time":
        return TypeRef("date_time", "_dt.datetime", "_codecs.DATETIME")
    if kind == "string" and fmt == "date-time-rfc-2822":  # the 2010 API's dates
        return TypeRef("date_time", "_dt.datetime", "_codecs.DATETIME_RFC2822")
    if kind == "string" and fmt == "date":
        return TypeRef("date", "_dt.date", "_codecs.DATE")
    if kind == "string":
        return TypeRef("string", "str", "_codecs.STRING")
    if kind == "integer":
        return TypeRef("integer", "int", "_codecs.INTEGER")
    if kind == "number" and fmt in ("float", "double"):  # binary floating point, as JSON reads it
        return TypeRef("number", "float", "_codecs.NUMBER")
    if kind == "number":  # an exact number (prices, coordinates), as the official package reads it
        return TypeRef("decimal", "_decimal.Decimal", "_codecs.DECIMAL")
    if kind == "boolean":
        return TypeRef("boolean", "bool", "_codecs.BOOLEAN")
    return _ANY


def _enum_base(ref_name: str | None, fmt: Any, hint: str) -> str:
    """An enum class is named after its schema, its format (``http-method`` -> ``HttpMethod``)
    or the field that holds it."""
    if ref_name:
        return pascal_case(
            ref_name.rpartition("_enum_")[2]
            if "_enum_" in ref_name
            else ref_name.rpartition(".")[2]
        )
    if isinstance(fmt, str) and fmt:
        return pascal_case(fmt)
    return pascal_case(hint)


def fields_of(
    root: Mapping[str, Any], schema: Any, scope: EnumScope, model: str
) -> tuple[tuple[Field, ...], EnumScope]:
    """The fields of a model schema, one per property, in spec order; an enum defined in
    place is qualified by the schema's name (``numbers.v2.bundle`` -> ``Bundle``), else by
    the `model` class name."""
    scope = scope.at(schema_qualifier(root, schema) or model)
    fields = []
    for wire_name, prop in properties_of(root, schema).items():
        flat = flatten(root, prop)
        type_ref, scope = type_of(root, prop, str(wire_name), scope)
        enum = (("enum", type_ref.enum.values),) if type_ref.enum is not None else ()
        fields.append(
            Field(
                py_name=model_attribute(str(wire_name)),
                wire_name=str(wire_name),
                type=type_ref,
                nullable=bool(flat.get("nullable")),
                description=str(flat.get("description") or ""),
                constraints=constraints(flat) + enum,
            )
        )
    return tuple(fields), scope


def schema_qualifier(root: Mapping[str, Any], schema: Any) -> str:
    """The last part of a named schema's name (``numbers.v2.bundle`` -> ``bundle``), or ""."""
    name = schema_name(root, schema)
    return name.rpartition(".")[2] if name else ""


def constraints(schema: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    """The schema's checks, as the runtime's Param spells them: ``(("max_length", 34), ...)``."""
    return tuple((keyword, schema[key]) for key, keyword in _CONSTRAINTS if key in schema)


def model_attribute(wire_name: str) -> str:
    """The model attribute for a JSON key; a name the model class needs for itself gets
    a ``_`` suffix."""
    return members.free(snake_case(wire_name), members.MODEL_FIELD)


def _enum_members(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """UPPER_SNAKE member names, made unique: ``in-progress`` -> ``IN_PROGRESS``."""
    found: list[tuple[str, str]] = []
    taken: set[str] = set()
    for value in values:
        # never empty, never starts with a digit
        name = snake_case(value, digit_acronyms=False).rstrip("_").upper()
        candidate, n = name, 2
        while candidate in taken:
            candidate, n = f"{name}_{n}", n + 1
        taken.add(candidate)
        found.append((candidate, value))
    return tuple(found)

"""The Python expressions the templates write, built as `layout` trees so they come out as
black writes them.

The SDK modules need the runtime's descriptions of each operation (``Param(...)``,
``Operation(...)``, ``WireField(...)``) and the arguments methods hand it; the generated
tests need the values they send and expect, spelled as Python.
"""

from __future__ import annotations

import datetime as dt
import email.utils
from typing import Any, Sequence

from . import layout
from .examples import LifeCycle, Ref, Step, decimal_text, spelled_chain
from .ir import Domain, Field, Operation, Param, RequestModel, TypeRef, Version
from .layout import Brackets, Entry, Item, call, literal, string

__all__ = [  # what the templates call
    "arguments",
    "child_values",
    "comparison",
    "context_arguments",
    "context_values",
    "expected_value",
    "lambda_run",
    "listed_instance",
    "method_call",
    "path_values",
    "reach",
    "request_fields",
    "scripted_run",
    "seeded_thing",
    "round_trip",
    "runtime_operation",
    "runtime_param",
    "wire_fields",
]


def runtime_param(p: Param) -> Item:
    """The runtime's ``Param(...)`` for a parameter: its names, place, codec and constraints."""
    names = {
        "name": string(p.py_name),
        "wire_name": string(p.wire_name),
        "location": string(p.location),
        "codec": p.type.codec,
    }
    flags = {"required": p.required, "nullable": p.nullable}
    constraints = {key: literal(value) for key, value in p.checks}
    return call("Param", **names, **{k: "True" for k, v in flags.items() if v}, **constraints)


def runtime_operation(op: Operation, path_params: Sequence[Param]) -> Item:
    """The runtime's ``Operation(...)``: method, path template and every parameter."""
    params = layout.tuple_of(
        *(f"_PATH_{p.py_name.upper()}" for p in path_params), *map(runtime_param, op.params)
    )
    content = {"content_type": string(op.content_type)} if op.content_type else {}
    if op.request_model is not None:
        content["request_model"] = string(op.request_model.py_name)
    return call("Operation", string(op.http_method), string(op.path), params, **content)


def arguments(params: Sequence[Param], *own: str) -> Brackets:
    """The dict of a method's arguments, by Python name, that it hands the runtime: the spec's
    parameters, then any of the SDK's own (a request model)."""
    names = [p.py_name for p in params] + list(own)
    return Brackets("{", tuple(Entry(f"{string(name)}: ", name) for name in names), "}", True)


def path_values(pairs: Sequence[tuple[str, str]], spread: bool = False) -> Brackets:
    """The path values a child resource gets: ``{"its_name": <expression>}``, after the
    parent's own when spread."""
    entries = tuple(Entry(f"{string(name)}: ", value) for name, value in pairs)
    return Brackets("{", (("**self._path_values",) if spread else ()) + entries, "}", True)


def wire_fields(fields: Sequence[Field]) -> Brackets:
    """A model's ``(WireField(...), ...)``: each field's Python name, wire name and codec."""
    return layout.tuple_of(
        *(call("WireField", string(f.py_name), string(f.wire_name), f.type.codec) for f in fields)
    )


def context_arguments(params: Sequence[Param]) -> list[str]:
    """``self`` and the positional arguments that pick one instance, e.g. ``sid: str``."""
    return ["self", *(f"{p.py_name}: {p.type.annotation}" for p in params)]


def context_values(params: Sequence[Param], spread: bool = True) -> Brackets:
    """The path values of one instance: its parent's (unless not `spread`: a version has
    none), and the arguments that pick it."""
    return path_values([(p.py_name, p.py_name) for p in params], spread=spread)


def child_values(bindings: Sequence[tuple[str, str]]) -> Brackets:
    """The path values a child resource gets from its parent's, renamed as the child calls them."""
    return path_values(
        [(mine, f"self._path_values[{string(theirs)}]") for mine, theirs in bindings]
    )


# ---- values in generated tests ----


def decoded(value: Any, type_ref: TypeRef) -> Any:
    """A wire value as the runtime's codec reads it and writes it back: numbers sent as text
    become numbers, a date-time takes the codec's own spelling."""
    if type_ref.kind == "date_time":
        parsed = _datetime(value)
        return value if parsed is None else _written(parsed, type_ref)
    # to_dict writes a Decimal as a float: JSON has no decimals
    kind = {"integer": int, "number": float, "decimal": float}.get(type_ref.kind)
    if kind is None or not isinstance(value, str):
        return value
    try:
        return kind(value)
    except ValueError:
        return value


def round_trip(example: Any, fields: Any) -> Any:
    """What ``Model.to_dict`` gives back for an answer: its keys, with numbers read as numbers."""
    if not isinstance(example, dict):
        return example
    types = {f.wire_name: f.type for f in fields}
    return {k: decoded(v, types[k]) if k in types else v for k, v in example.items()}


def _datetime(value: Any) -> dt.datetime | None:
    """A date-time read as the runtime reads it (ISO 8601, else RFC 2822), or None when the
    runtime keeps the text as it came."""
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, OverflowError, IndexError):
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)


def _written(value: dt.datetime, type_ref: TypeRef) -> str:
    """A date-time as the runtime's codec writes it (``_DateTime.to_json`` in its codecs)."""
    if type_ref.codec.endswith("RFC2822"):
        return email.utils.format_datetime(value)
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def expected_value(value: Any, type_ref: TypeRef) -> Item:
    """The Python value a test expects for a wire value of the given type."""
    if value is None:
        return "None"
    parsed = _datetime(value) if type_ref.kind == "date_time" else None
    if parsed is not None:
        offset = parsed.utcoffset() or dt.timedelta(0)
        tz = (
            "timezone.utc"
            if not offset
            else f"timezone(timedelta(seconds={int(offset.total_seconds())}))"
        )
        fields = [parsed.year, parsed.month, parsed.day, parsed.hour, parsed.minute, parsed.second]
        if parsed.microsecond:
            fields.append(parsed.microsecond)
        return call("datetime", *map(str, fields), tzinfo=tz)
    if type_ref.kind == "date" and isinstance(value, str):
        parsed_date = dt.date.fromisoformat(value)
        return call("date", str(parsed_date.year), str(parsed_date.month), str(parsed_date.day))
    text = decimal_text(value) if type_ref.kind == "decimal" else None
    if text is not None:
        return call("Decimal", string(text))
    if type_ref.kind == "array" and type_ref.item is not None and isinstance(value, list):
        item_type = type_ref.item
        return Brackets("[", tuple(expected_value(v, item_type) for v in value), "]", literal=True)
    return literal(decoded(value, type_ref))


def expected(value: Any, type_ref: TypeRef) -> str:
    return layout.flat(expected_value(value, type_ref))


def comparison(value: Any, type_ref: TypeRef) -> tuple[str, Item]:
    """The operator and value of an assertion on a parsed value: identity for singletons
    and enum members (so ``1`` can never pass for ``True``), equality otherwise."""
    if value is None or isinstance(value, bool):
        return "is", repr(value)
    enum = type_ref.enum
    if enum is not None and value in enum.values:
        member = next(name for name, wire in enum.members if wire == value)
        return "is", f"{enum.name}.{member}"
    return "==", expected_value(value, type_ref)


def equals(value: Any, type_ref: TypeRef) -> str:
    operator, expectation = comparison(value, type_ref)
    return f"{operator} {layout.flat(expectation)}"


def method_call(
    target: Item,
    pairs: Sequence[tuple[Param, Any]],
    numbered: str | None = None,
    more: dict[str, str] | None = None,
    stem: bool = False,
) -> Item:
    """``target(name=value, ...)`` with each example value as the test spells it, then `more`;
    the argument named `numbered` gets ``+ str(n)`` so a loop makes distinct ones (after
    losing its last character, with `stem`)."""
    arguments: dict[str, Item] = {}
    for p, v in pairs:
        if p.py_name == numbered:
            arguments[p.py_name] = (
                layout.flat(expected_value(v[:-1] if stem else v, p.type)) + " + str(n)"
            )
        else:
            arguments[p.py_name] = expected_value(v, p.type)
    return call(target, **arguments, **(more or {}))


def _argument(param: Param, value: Any) -> Item:
    """A path value as a test or an example writes it: the example, or a `Ref` to what the
    test created."""
    return value.text if isinstance(value, Ref) else expected_value(value, param.type)


def reach(
    client: str, domain: Domain, version: Version, steps: Sequence[Step], then: str = ""
) -> Item:
    """The way from a client named `client` along `steps`, as a user writes it
    (``c.voice.v1.connection_policies("NY...").targets``), then ``.then``: a method to call."""
    return spelled_chain(
        f"{client}.{domain.name}.{version.name}",
        [*steps, *([Step(then, None)] if then else [])],
        _argument,
    )


def listed_instance(life: LifeCycle, holder: str) -> Item:
    """``things(...)`` for an instance the list gave, by its id: one addressed by more than its
    id (an organization's account) takes the spec's example values for the rest."""
    leading = (expected_value(value, param.type) for param, value in life.example_args[:-1])
    return call("things", *leading, life.ident(holder))


def seeded_thing(life: LifeCycle) -> Item:
    """The seeded instance an end-to-end test works on: the list's first item, the one of the
    spec's example values, or the list itself when its operations sit on the list path."""
    if life.seeded_by_listing:
        return listed_instance(life, "listed[0]")
    if life.resource.has_instances:
        return call(
            "things", *(expected_value(value, param.type) for param, value in life.example_args)
        )
    return "things"


def lambda_run(runner: str, body: Item) -> Item:
    """``api.run(variant, lambda c: body)``: one call, made through the sync or the async client."""
    return call(runner, "variant", Entry("lambda c: ", body))


def scripted_run(
    runner: str,
    target: Item,
    pairs: Sequence[tuple[Param, Any]],
    more: dict[str, str] | None = None,
) -> Item:
    """`lambda_run` of ``target(name=value, ...)``."""
    return lambda_run(runner, method_call(target, pairs, more=more))


def request_fields(model: RequestModel, props: Sequence[Param]) -> Item:
    """A request model's ``TypedDict("_XFields", {wire name: "annotation", ...}, total=False)``:
    the functional form, since a wire name may be a keyword or no identifier at all; the
    annotations quoted, so nothing in them runs at import."""
    entries = tuple(
        Entry(f"{string(p.wire_name)}: ", string(p.type.argument_annotation)) for p in props
    )
    fields = Brackets("{", entries, "}", True)
    return call("TypedDict", string(model.fields_name), fields, total="False")

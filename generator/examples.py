"""Example calls for the generated tests, worked out from the spec's examples.

The expected request (URL, query, form body) is computed here, independently
of the SDK runtime, so a generated test can catch a runtime that encodes
differently from what the spec says.
"""

from __future__ import annotations

import decimal
import json
import math
import re
from dataclasses import dataclass
from typing import Any, Callable, Literal, Sequence
from urllib.parse import quote

from . import conventions, layout
from .spec_examples import fits
from .ir import (
    Domain,
    Field,
    JsonValue,
    Operation,
    OperationKind,
    Param,
    Resource,
    TypeRef,
    Version,
)
from .layout import Item
from .patterns import as_the_runtime_reads

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")

Chain = tuple[Resource, ...]


@dataclass(frozen=True)
class Step:
    """One attribute on the way from a version to a resource, called with `args` unless None."""

    mount_name: str
    args: tuple[tuple[Param, Any], ...] | None


@dataclass(frozen=True)
class ExampleCall:
    steps: tuple[Step, ...]  # from the version to the list, or to one instance
    kwargs: tuple[tuple[Param, Any], ...]  # the method's arguments
    url: str  # the exact URL expected, query excluded
    query: tuple[tuple[str, str], ...]
    form: tuple[tuple[str, str], ...]
    headers: tuple[tuple[str, str], ...] = ()
    json_body: JsonValue | None = None  # the exact JSON body, for an operation that sends one


@dataclass(frozen=True)
class Violation:
    param: Param
    value: Any
    rule: str  # an identifier-safe name of the broken rule, e.g. "max_length"


def wire_text(value: Any) -> list[str]:
    """How the spec says a value travels in a form or query string."""
    if isinstance(value, bool):
        return ["true" if value else "false"]
    if isinstance(value, list):
        return [text for item in value for text in wire_text(item)]
    if isinstance(value, dict):
        return [json.dumps(value)]  # as the runtime's codecs write it
    return [str(value)]


def decimal_text(value: Any) -> str | None:
    """The text the runtime reads a number as a Decimal from (a JSON number's ``str``), or
    None when it keeps the value as it came (``_Decimal.decode`` in its codecs)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    text = str(value)
    try:
        decimal.Decimal(text)
    except ArithmeticError:
        return None
    return text


def _sent(param: Param, value: Any) -> Any:
    """An argument as the runtime holds it when it sends it: a decimal one is written
    ``Decimal(text)`` (snippets.expected_value) and goes as that Decimal's ``str``, 1.5e+308
    as 1.5E+308."""
    text = decimal_text(value) if param.type.kind == "decimal" else None
    return decimal.Decimal(text) if text is not None else value


def _segment(value: Any) -> str:
    """A path parameter's value as it travels: as the runtime's codecs write it (True as
    ``true``, a list as ``a,b``), %-escaped."""
    return quote(",".join(wire_text(value)), safe="")


def coerce(param: Param, value: Any) -> Any:
    """An example as the type the parameter takes: specs often quote booleans and numbers."""
    kind = param.type.kind
    if isinstance(value, str):
        if kind == "boolean" and value.lower() in ("true", "false"):
            return value.lower() == "true"
        if kind == "integer" and value.lstrip("-").isdigit():
            return int(value)
        if kind in ("number", "decimal"):
            try:
                return float(value)
            except ValueError:
                return value
    if kind == "string" and isinstance(value, (dict, list)):  # a JSON document sent as text
        return json.dumps(value, separators=(",", ":"))
    if kind == "string" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)  # YAML reads an unquoted 12 as a number; the form sends its text
    if kind == "object" and isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            return value
        return parsed if isinstance(parsed, (dict, list)) else value
    if kind == "array" and param.type.item is not None and not isinstance(value, list):
        return [value]
    return value


def usable(param: Param, value: Any) -> bool:
    """Whether a spec's value (coerced) is one the argument takes: of its type, within its
    checks (a request example may give URL-encoded text for an object)."""
    return of_kind(param.type, value) and fits(param.constraints, value, param.format)


def of_kind(type_ref: TypeRef, value: Any) -> bool:
    """Whether a value is of a type's kind, each item of a list too (kinds read as text, such
    as dates and enums, take any text)."""
    kind = type_ref.kind
    if kind == "array":
        item = type_ref.item
        return isinstance(value, list) and (item is None or all(of_kind(item, v) for v in value))
    if kind in ("object", "prefixed_map"):
        return isinstance(value, dict)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind in ("number", "decimal"):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return kind == "any" or not isinstance(value, (dict, list))


def example_value(param: Param) -> Any:
    return coerce(param, param.example.value) if param.example is not None else None


def context_args(resource: Resource, chain: Chain = ()) -> tuple[tuple[Param, Any], ...]:
    return tuple(
        (p, _agreed_example(p, _bound_below(chain, resource, p))) for p in resource.context_params
    )


def _bound_below(chain: Chain, resource: Resource, param: Param) -> list[Param]:
    """The parameters of `resource`'s descendants in `chain` that receive `param`'s value."""
    found: list[Param] = []
    start = next((i for i, r in enumerate(chain) if r is resource), None)
    if start is None:
        return found
    name = param.py_name
    for parent, child in zip(chain[start:-1], chain[start + 1 :], strict=True):
        link = next(c for c in parent.children if c.resource is child)
        name = next((mine for mine, theirs in link.bindings if theirs == name), "")
        bound = next((p for p in child.inherited_params if p.py_name == name), None)
        if bound is None:
            break
        found.append(bound)
    return found


def _agreed_example(param: Param, bound: list[Param]) -> Any:
    """An example that every parameter receiving it accepts: a parent's Sid without a pattern
    takes its child's ``^KS...`` example rather than a word the child would refuse."""
    everyone = [param, *bound]
    candidates = [example_value(p) for p in everyone if p.example is not None]
    agreed = next((c for c in candidates if all(fits(p.constraints, c) for p in everyone)), None)
    if agreed is None and candidates:  # the spec contradicts itself: the resource under test wins
        return candidates[-1]
    return agreed


def steps_to(chain: Chain, instance: bool) -> tuple[tuple[Step, ...], dict[str, Any]]:
    """The steps that reach the last resource of `chain` (its list, or one instance),
    and the path values (by Python name) the last resource then holds."""
    steps: list[Step] = []
    values: dict[str, Any] = {}
    for index, resource in enumerate(chain):
        if index:
            child = next(c for c in chain[index - 1].children if c.resource is resource)
            values = {mine: values[theirs] for mine, theirs in child.bindings}
        last = index == len(chain) - 1
        called = (
            instance
            if last
            else any(c.resource is chain[index + 1] for c in resource.instance_children)
        )
        args = context_args(resource, chain) if called else None
        if not index and resource.inherited_params:  # a list the version makes from path values
            args = tuple(
                (p, _agreed_example(p, _bound_below(chain, resource, p)))
                for p in resource.inherited_params
            )
        if args is not None:
            values.update((p.py_name, value) for p, value in args)
        steps.append(Step(resource.mount_name, args))
    return tuple(steps), values


def spelled_chain(root: str, steps: Sequence[Step], spell: Callable[[Param, Any], Item]) -> Item:
    """The way from `root` along `steps`, each argument spelled by `spell`: how every generated
    text (the reference pages, their examples, the tests) writes its way to a resource."""
    return layout.chain(
        root,
        [
            (s.mount_name, None if s.args is None else [spell(p, v) for p, v in s.args])
            for s in steps
        ],
    )


def access_path(version: Version, domain: Domain, chain: Chain) -> str:
    """How a user reaches a resource's list, e.g.
    ``client.voice.v1.connection_policies(sid).targets``."""
    steps, _ = steps_to(chain, instance=False)
    return layout.flat(
        spelled_chain(f"client.{domain.name}.{version.name}", steps, lambda param, _: param.py_name)
    )


def path_with(steps: tuple[Step, ...], param: Param, value: Any) -> tuple[Step, ...]:
    """`steps` with `param`'s value in the last of them set to `value` (a value its check
    refuses)."""
    last = steps[-1]
    return steps[:-1] + (Step(last.mount_name, replaced(last.args or (), param, value)),)


def example_call(domain: Domain, chain: Chain, op: Operation) -> ExampleCall:
    resource = chain[-1]
    steps, values = steps_to(chain, instance=op in resource.instance_operations)
    path = op.path
    for param in resource.inherited_params + resource.context_params:
        if param.py_name in values:
            path = path.replace(
                "{" + param.wire_name + "}", _segment(_sent(param, values[param.py_name]))
            )
    request = op.request_example.value if op.request_example is not None else {}
    kwargs: list[tuple[Param, Any]] = []
    query: list[tuple[str, Any]] = []
    form: list[tuple[str, Any]] = []
    headers: list[tuple[str, Any]] = []
    body: Any = {}
    for param in op.params:
        if param.location == "body":
            value = coerce(param, request) if request not in (None, {}) else example_value(param)
            if value is None:
                continue
        elif isinstance(request, dict) and param.wire_name in request:
            value = coerce(param, request[param.wire_name])
            if not usable(param, value) and param.example is not None:
                value = example_value(param)  # the spec's request example breaks its own rules
        elif param.required:
            value = example_value(param)
        else:
            continue
        kwargs.append((param, value))
        if param.location == "path":
            path = path.replace("{" + param.wire_name + "}", _segment(_sent(param, value)))
        elif param.location == "body":
            body = value
        elif param.location == "json":
            body[param.wire_name] = value
        else:
            target = {"form": form, "header": headers}.get(param.location, query)
            target += [(param.wire_name, text) for text in wire_text(_sent(param, value))]
    json_body = JsonValue.of(body) if op.sends_json else None
    path = _NON_ASCII.sub(
        lambda run: quote(run.group()), path
    )  # as it goes on the wire: UTF-8, %-escaped
    return ExampleCall(
        steps,
        tuple(kwargs),
        domain.base_url + path,
        tuple(query),
        tuple(form),
        tuple(headers),
        json_body,
    )


def violations(params: tuple[Param, ...]) -> list[Violation]:
    """One argument per constraint that breaks only that constraint, each proven to break it
    here: a constraint no value at hand breaks gets no test."""
    found = []
    for param in params:
        rules = dict(param.checks)
        example = example_value(param)
        pattern = str(rules.get("pattern", ""))
        # an unanchored pattern lets nearly anything through
        checked = as_the_runtime_reads(pattern) if pattern.startswith("^") else None
        if checked and isinstance(example, str) and example:
            for rule, candidates in (
                ("pattern_with_trailing_newline", [example + "\n"]),
                ("pattern", ["!" + example[1:], "", " ", "!", example + "!", "\x00"]),
            ):
                refused = next((c for c in candidates if not checked.search(c)), None)
                if refused is not None:
                    found.append(Violation(param, refused, rule))
        if "max_length" in rules:
            found.append(Violation(param, "a" * (rules["max_length"] + 1), "max_length"))
        if rules.get("min_length", 0) > 1 and "pattern" not in rules:
            found.append(Violation(param, "a" * (rules["min_length"] - 1), "min_length"))
        integral = param.type.kind == "integer"
        for rule, step in (("minimum", -1), ("maximum", 1)):
            beyond = _beyond(rules[rule], step, integral) if rule in rules else None
            if beyond is not None:
                found.append(Violation(param, beyond, rule))
    return found


def _beyond(bound: int | float, step: int, integral: bool = False) -> int | float | None:
    """A number just past `bound` (below it for `step` -1, above it for 1), an int where the
    argument takes one, or None where there is none: past an infinite bound, or where adding 1
    to a huge float changes nothing and the next float is infinite."""
    if integral and isinstance(bound, float):
        if not math.isfinite(bound):
            return None
        bound = math.ceil(bound) if step < 0 else math.floor(bound)  # the last int within
    value = bound + step
    if value == bound and isinstance(bound, float):
        value = math.nextafter(bound, step * math.inf)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value if (value - bound) * step > 0 else None


def replaced(
    pairs: tuple[tuple[Param, Any], ...], param: Param, value: Any
) -> tuple[tuple[Param, Any], ...]:
    """`pairs` with `param` set to `value` (added at the end when it was not there)."""
    if any(p == param for p, _ in pairs):
        return tuple((p, value if p == param else v) for p, v in pairs)
    return pairs + ((param, value),)


def known(holder: str, attribute: str) -> str:
    """A model field a test hands back to the SDK: every field is Optional, and the test
    support's ``known`` fails the test on None and tells the type checker so."""
    return f"known({holder}.{attribute})"


@dataclass(frozen=True)
class Ref:
    """A value taken from a resource the test created earlier: ``parent_<index>.<attribute>``."""

    index: int
    attribute: str

    @property
    def text(self) -> str:
        return known(f"parent_{self.index}", self.attribute)


@dataclass(frozen=True, kw_only=True)
class ParentSetup:
    """A parent instance to create before the resource under test can be used."""

    steps: tuple[Step, ...]  # from the version to the parent's list
    kwargs: tuple[tuple[Param, Any], ...]
    id_attribute: str  # the model attribute its children's list is reached with
    deletable: bool = (
        False  # whether the parent has a delete, so a test can see its children go too
    )


@dataclass(frozen=True, kw_only=True)
class LifeCycle:
    """What an end-to-end test does with one resource against the fake, and in what shape:

    - ``cycle``: create three instances, then read, update, list and delete them;
    - ``once``: create one (an instance that cannot be told apart from others by an id);
    - ``seeded``: work on what the fake seeds from the spec's examples.
    """

    resource: Resource
    parents: tuple[ParentSetup, ...]
    steps: tuple[Step, ...]  # from the version to the resource's list, created parents as `Ref`s
    id_attribute: str | None  # the model attribute holding what the list is called with
    example_args: tuple[
        tuple[Param, Any], ...
    ]  # what the list is called with for a seeded instance
    create_kwargs: tuple[tuple[Param, Any], ...]
    create_checks: tuple[tuple[Field, Any], ...]  # fields that must echo what create sent
    update_kwargs: tuple[tuple[Param, Any], ...]
    update_checks: tuple[tuple[Field, Any], ...]
    caller_id: str | None = (
        None  # a create argument that names the new instance (a Sync item's key)
    )
    list_kwargs: tuple[
        tuple[Param, Any], ...
    ] = ()  # what list() requires, e.g. a list path's own parameter
    caller_id_stem: bool = False  # the caller id loses its last character before it is numbered
    id_as_text: bool = False  # the id attribute is a number but the path takes text (a revision)

    def model(self, kind: OperationKind) -> str:
        """The class of what the resource's operation of `kind` answers."""
        op = self.resource.operation(kind)
        return self.resource.model_of(op).name if op else self.resource.class_name

    def agrees(self, kind: OperationKind, fetched: str, held: str) -> str:
        """The test that a fetch answers what an earlier `kind` answered: equal models, or,
        where that answer has a model of its own, the same value in every field both have."""
        if self.model(kind) == self.model("fetch"):
            return f"{fetched} == {held}"
        return f"agree({fetched}, {held})"

    @property
    def shape(self) -> Literal["cycle", "once", "seeded"]:
        if not self.resource.creatable:
            return "seeded"
        return "cycle" if self.id_attribute else "once"

    @property
    def fetches(self) -> bool:
        return self.resource.operation("fetch") is not None

    @property
    def updates(self) -> bool:
        return self.resource.operation("update") is not None

    @property
    def lists(self) -> bool:
        return self.resource.operation("list") is not None

    @property
    def deletes(self) -> bool:
        return self.resource.operation("delete") is not None

    @property
    def pages_by_size(self) -> bool:
        """Whether list pages are cut by ``page_size`` (else a list is one page)."""
        listing = self.resource.operation("list")
        return listing is not None and listing.takes_page_size

    @property
    def uses_list(self) -> bool:
        """Whether the test works on the list at all (``things``): a resource whose one operation
        is a create on its instance path (a bundle's clone) has nothing here to do."""
        return self.shape != "seeded" or self.lists or self.holds_one

    @property
    def reads_updated(self) -> bool:
        """Whether what update answers is checked: against what it sent, or a fetch after it."""
        return bool(self.update_checks) or self.fetches

    @property
    def loop_variable(self) -> str:
        """The name of the count of the three creates: used only to number a caller-given id."""
        return "n" if self.caller_id else "_"

    def ident(self, holder: str) -> str:
        """How the test names an instance it holds: by its id attribute, as text where the path
        takes text (a revision number)."""
        attribute = self.id_attribute or ""
        return f"str({holder}.{attribute})" if self.id_as_text else known(holder, attribute)

    @property
    def seeded_by_listing(self) -> bool:
        """Whether a seeded instance is reached through the list: by the id of its first item."""
        return self.lists and bool(self.id_attribute) and len(self.resource.context_params) == 1

    @property
    def fetches_each_listed(self) -> bool:
        """Whether each seeded instance the list gives is fetched by its id."""
        return self.lists and self.fetches and bool(self.id_attribute)

    @property
    def holds_one(self) -> bool:
        """Whether a seeded instance (or the list itself, when its operations sit on the list
        path, as a balance's fetch does) is worked on as ``thing``."""
        return self.shape == "seeded" and (
            self.updates or self.deletes or (self.fetches and not self.lists)
        )

    @property
    def fetches_held_first(self) -> bool:
        """Whether ``thing`` is fetched before it is changed: no list has shown that it is there."""
        return self.holds_one and self.fetches and not self.lists

    @property
    def orphan_parent(self) -> tuple[Step, ...] | None:
        """The way to the created parent whose delete must take the resource's instances with it."""
        if not (
            self.parents and self.parents[-1].deletable and self.shape == "cycle" and self.fetches
        ):
            return None
        return self.steps[: len(self.parents[-1].steps)]  # its list called with its `Ref`


def _echoed(
    resource: Resource, op: Operation | None, kwargs: tuple[tuple[Param, Any], ...]
) -> tuple[tuple[Field, Any], ...]:
    """The fields of what `op` answers that must echo its arguments."""
    if op is None:
        return ()
    fields = {f.py_name: f for f in resource.model_of(op).fields}
    # only where argument and field have one type: a "false" sent as text is not a bool read back;
    # and a parent's `{Sid}` in the list path is not the new instance's own `sid`
    return tuple(
        (fields[p.py_name], value)
        for p, value in kwargs
        if p.py_name in fields
        and _same_kind(fields[p.py_name].type, p.type)
        and not (fields[p.py_name].wire_name == "sid" and resource.says_where(p))
    )


def _same_kind(a: TypeRef, b: TypeRef) -> bool:
    """One kind all the way down: Sids sent as ``list[str]`` are not the ``list[dict]`` of
    objects serverless reads back under the same name."""
    if a.kind != b.kind:
        return False
    if a.item is None or b.item is None:
        return a.item is b.item
    return _same_kind(a.item, b.item)


def life_cycle(domain: Domain, version: Version, chain: Chain) -> LifeCycle:
    """Plan a walk through every operation of the last resource of `chain` on the fake."""
    steps = list(steps_to(chain, instance=False)[0])
    parents: list[ParentSetup] = []
    # The fake seeds what cannot be created under the path values of the spec's examples,
    # so everything above the lowest seeded resource is reached by those values too.
    seeded = [
        i
        for i, r in enumerate(chain)
        if seeded_by_fake(r) or (r is not chain[-1] and not _id_attribute(r))
    ]
    lowest_seeded = max(seeded, default=-1)
    for index, resource in enumerate(chain[:-1]):
        create, attribute = resource.operation("create"), _id_attribute(resource)
        if (
            steps[index].args is None
            or create is None
            or not resource.creatable
            or not attribute
            or index <= lowest_seeded
        ):
            # reached by name, or by the values of the spec's examples (a parent the fake seeds)
            continue
        kwargs = example_call(domain, chain[: index + 1], create).kwargs
        parents.append(
            ParentSetup(
                steps=(*steps[:index], Step(resource.mount_name, None)),
                kwargs=kwargs,
                id_attribute=attribute,
                deletable=resource.operation("delete") is not None,
            )
        )
        steps[index] = Step(
            resource.mount_name, ((resource.id_params[-1], Ref(len(parents) - 1, attribute)),)
        )
    resource = chain[-1]
    create, update, listing = (
        resource.operation("create"),
        resource.operation("update"),
        resource.operation("list"),
    )
    create_kwargs = example_call(domain, chain, create).kwargs if create else ()
    update_kwargs = example_call(domain, chain, update).kwargs if update else ()
    attribute = _id_attribute(resource)
    caller_id, caller_id_stem = _numbered_caller_id(attribute, create_kwargs)
    if caller_id is None and not new_ids_fit(resource):
        attribute = None  # instances the test could not name: it creates one, as for no id
    return LifeCycle(
        resource=resource,
        parents=tuple(parents),
        steps=tuple(steps),
        id_attribute=attribute,
        example_args=context_args(resource),
        create_kwargs=create_kwargs,
        create_checks=tuple(
            (f, v) for f, v in _echoed(resource, create, create_kwargs) if f.py_name != caller_id
        ),
        update_kwargs=update_kwargs,
        update_checks=_echoed(resource, update, update_kwargs),
        caller_id=caller_id,
        list_kwargs=example_call(domain, chain, listing).kwargs if listing else (),
        caller_id_stem=caller_id_stem,
        id_as_text=_id_as_text(resource),
    )


def new_id_prefix(resource: Resource) -> str:
    """The Sid prefix of the ids the fake makes for new instances (``NY`` of
    ``^NY[0-9a-fA-F]{32}$``): from the instance path's last parameter, else (a Sid that also
    takes a unique name) the model field of its name; for a resource without an instance path,
    its model's ``sid`` field. ``""`` when none says."""
    param = resource.id_params[-1] if resource.id_params else None
    prefix = conventions.sid_prefix(dict(param.constraints).get("pattern")) if param else None
    if prefix is None:
        field = next(
            (
                f
                for f in resource.fields
                if (f.py_name == param.py_name if param else f.wire_name == "sid")
            ),
            None,
        )
        prefix = conventions.sid_prefix(dict(field.constraints).get("pattern")) if field else None
    return prefix or ""


def seeded_by_fake(resource: Resource) -> bool:
    """Whether the fake keeps records of this resource from the spec's examples, for the tests
    to reach: one the API offers no create for, or one whose new instances the fake could not
    name (see `new_ids_fit`), so a child's test could not reach one it made."""
    return not resource.creatable or not new_ids_fit(resource)


def new_ids_fit(resource: Resource) -> bool:
    """Whether the ids the fake makes for three new instances are values the instance path
    takes. The fake (``_new_id`` in ``templates/testing/operations.py``) counts from 1: as the
    number itself where the id's model field is an integer, else after the Sid prefix as 32 hex
    digits. A path that takes a pattern those miss, a bool or a date cannot be reached so.
    (The fake seeds what cannot be created with the ids of the spec's examples.)"""
    if not resource.creatable or not resource.id_params:
        return True
    param = resource.id_params[-1]
    field = next((f for f in resource.fields if f.py_name == param.py_name), None)
    numbered = field is not None and field.type.wire_kind == "integer"
    if param.type.kind == "integer":
        return numbered
    made = [str(n) if numbered else f"{new_id_prefix(resource)}{n:032x}" for n in (1, 2, 3)]
    return param.type.kind == "string" and all(
        fits(param.constraints, i, param.format) for i in made
    )


def _numbered_caller_id(
    attribute: str | None, kwargs: tuple[tuple[Param, Any], ...]
) -> tuple[str | None, bool]:
    """The create argument that names the new instance (a Sync item's key, a phone number's Sid),
    which the test numbers ``+ str(n)`` for three distinct instances; and whether its value loses
    its last character first (a Sid, which must keep its length) or is a free-form name."""
    for param, value in kwargs:
        if (
            param.py_name != attribute
            or param.location == "path"
            or not isinstance(value, str)
            or not value
        ):
            # a path value of the list (a parent's Sid no parent supplies) names where, not what
            continue
        if "pattern" not in dict(param.constraints):
            return param.py_name, False
        if all(fits(param.constraints, value[:-1] + str(n)) for n in range(3)):
            return param.py_name, True
    return None, False


def _id_as_text(resource: Resource) -> bool:
    """Whether the model holds as a number what the instance's path takes as text."""
    attribute = _id_attribute(resource)
    field = next((f for f in resource.fields if f.py_name == attribute), None)
    last = resource.id_params[-1] if resource.id_params else None
    return bool(
        field
        and last
        and last.type.kind == "string"
        and field.type.wire_kind in ("integer", "number")
    )


def _id_attribute(resource: Resource) -> str | None:
    """The model field that holds the value of a resource's last id parameter (e.g. ``sid``)."""
    if not resource.id_params:
        return None
    wanted = resource.id_params[-1].py_name
    create = resource.operation("create")
    # a new instance is addressed by what create answers: its model must hold the id too
    models = [resource.fields] + ([resource.model_of(create).fields] if create else [])
    return wanted if all(any(f.py_name == wanted for f in m) for m in models) else None

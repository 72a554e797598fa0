"""A request's arguments, parsed and checked against the spec's rules.

Each operation of the table lists its parameters as rules: where one travels (path, query,
header, form, JSON, or the whole JSON body), its kind and its constraints. The first
argument that breaks its rule is a 400 naming it, as the API answers.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from typing import Any, Mapping
from urllib.parse import parse_qsl

from .._runtime.operation import compile_pattern
from .errors import FakeError, invalid

PAGING = {"PageSize", "Page", "PageToken"}  # the paging parameters the fake writes into its links
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s]+")
_INTEGER = re.compile(r"[+-]?[0-9]+")  # ASCII digits: int() would take "٣" too
_NUMBER = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
_LARGEST = 2**63 - 1  # an integer argument fits in 64 bits, as the API's do
_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "array": (list,),
    "object": (dict,),
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
}

Rules = list[Mapping[str, Any]]


def arguments(
    operation: Mapping[str, Any],
    path_values: Mapping[str, str],
    query: list[tuple[str, str]],
    body: bytes,
) -> dict[str, Any]:
    """The arguments of a call to `operation`, by wire name: from its JSON body, its form
    body, or (with no body) its query."""
    content_type = operation["content_type"]
    if content_type and "json" in content_type:
        return check_json(operation["params"], path_values, body)
    if not content_type:
        return check_pairs(operation["params"], path_values, query, True)
    form = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True) if body else []
    return check_pairs(operation["params"], path_values, form, False)


def check_json(rules: Rules, path_values: Mapping[str, str], body: bytes) -> dict[str, Any]:
    """Check a JSON body: required properties, and each property's type and constraints."""
    try:
        given = json.loads(body) if body else {}
    except (ValueError, RecursionError):  # nested past the parser's depth: not JSON to it
        raise invalid("The request body is not valid JSON") from None
    found = check_pairs([r for r in rules if r["in"] == "path"], path_values, [], False)
    for rule in rules:
        if rule["in"] == "body":
            if rule["required"] and not body:
                raise invalid("Missing the request body")
            continue
        if rule["in"] != "json":
            continue
        name = rule["name"]
        if not isinstance(given, dict) or name not in given:
            if rule["required"]:
                raise invalid(f"Missing required parameter {name}")
            continue
        found[name] = _json_value(rule, given[name])
    return found


def _json_value(rule: Mapping[str, Any], value: Any) -> Any:
    """A JSON property checked like its form twin: scalars through their text, the rest by type."""
    kind = rule["kind"]
    wanted = _JSON_TYPES.get(kind, (str,))
    if value is None or kind == "any":
        return value
    if not isinstance(value, wanted) or (kind in ("integer", "number") and isinstance(value, bool)):
        raise invalid(f"Invalid parameter {rule['name']}: expected {kind}")
    if kind in ("array", "object"):
        return value
    check_value(rule, json.dumps(value) if kind == "boolean" else str(value))
    return value


def check_pairs(
    rules: Rules,
    path_values: Mapping[str, str],
    pairs: list[tuple[str, str]],
    query: bool,
) -> dict[str, Any]:
    """Parse and check every argument against its rule; raise 400 naming the first bad one."""
    given: dict[str, list[str]] = {}
    for key, value in pairs:
        given.setdefault(key, []).append(value)
    # The API's query parameters are all known, so an unknown one is a mistake worth reporting;
    # the paging parameters are known too: the fake writes them into its own next page URLs.
    if query:
        known = {rule["name"] for rule in rules if rule["in"] == "query"} | PAGING
        prefixes = tuple(rule["prefix"] + "." for rule in rules if "prefix" in rule)
        for key in given:
            if key not in known and not key.startswith(prefixes):
                raise invalid(f"Unknown parameter {key}")
    found: dict[str, Any] = {}
    for rule in rules:
        name = rule["name"]
        if rule["in"] == "header":
            continue  # request headers other than Authorization are not the fake's concern
        if "prefix" in rule:  # a prefixed map comes as keys of its own, AddOns.<addon>.<key>
            gathered = _gathered(rule["prefix"] + ".", given)
            if gathered:
                found[name] = gathered
            elif rule["required"]:
                raise invalid(f"Missing required parameter {name}")
            continue
        texts = [path_values[name]] if rule["in"] == "path" else given.get(name)
        if not texts:
            if rule["required"]:
                raise invalid(f"Missing required parameter {name}")
            continue
        if rule["kind"] == "array":
            item_rule = {**rule, "kind": rule.get("item_kind", "string")}
            found[name] = [check_value(item_rule, t) for t in texts]
        else:
            found[name] = check_value(rule, texts[-1])
    return found


def _gathered(start: str, given: Mapping[str, list[str]]) -> dict[str, Any]:
    """The keys under `start` (``AddOns.lookup.x=1``) as the dict they were sent from
    (``{"lookup": {"x": "1"}}``); a repeated key is a list."""
    gathered: dict[str, Any] = {}
    for key, texts in given.items():
        if not key.startswith(start):
            continue
        *path, last = key[len(start) :].split(".")
        node = gathered
        for part in path:
            if not isinstance(node.get(part), dict):
                node[part] = {}
            node = node[part]
        node[last] = texts[0] if len(texts) == 1 else texts
    return gathered


def check_value(rule: Mapping[str, Any], text: str) -> Any:
    """One argument's value, parsed from its text by its kind and held to its constraints."""
    value = _parsed(rule, text)
    if isinstance(value, str):
        _check_text(rule, value)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        _check_number(rule, value)
    return value


def _bad(rule: Mapping[str, Any], why: str) -> FakeError:
    return invalid(f"Invalid parameter {rule['name']}: {why}")


def _parsed(rule: Mapping[str, Any], text: str) -> Any:
    """The value of an argument's text: a number, a boolean, or the text itself (a date or
    a date and time must parse, but stays text)."""
    kind = rule["kind"]
    if kind == "integer":
        if not _INTEGER.fullmatch(text):
            raise _bad(rule, f"{_shown(text)} is not an integer")
        # int() refuses more than 4,300 digits: the length is looked at first
        if len(text.lstrip("+-").lstrip("0")) > 19 or abs(value := int(text)) > _LARGEST:
            raise _bad(rule, f"{_shown(text)} is out of range")
        return value
    if kind == "number":
        if not _NUMBER.fullmatch(text) or not math.isfinite(number := float(text)):
            raise _bad(rule, f"{_shown(text)} is not a number")
        return number
    if kind == "boolean":
        if text.lower() not in ("true", "false"):
            raise _bad(rule, f"{_shown(text)} is not true or false")
        return text.lower() == "true"
    if kind == "date":
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            raise _bad(rule, f"{_shown(text)} is not a date (YYYY-MM-DD)") from None
    elif kind == "date_time":
        try:
            dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise _bad(rule, f"{_shown(text)} is not an ISO 8601 date and time") from None
    return text


def _check_text(rule: Mapping[str, Any], value: str) -> None:
    if "pattern" in rule and not compile_pattern(rule["pattern"]).search(value):
        raise _bad(rule, f"{_shown(value)} does not match {rule['pattern']}")
    if "min_length" in rule and len(value) < rule["min_length"]:
        raise _bad(rule, f"shorter than {rule['min_length']} characters")
    if "max_length" in rule and len(value) > rule["max_length"]:
        raise _bad(rule, f"longer than {rule['max_length']} characters")
    if rule.get("format") == "uri" and not _URI.fullmatch(value):
        raise _bad(rule, f"{_shown(value)} is not an absolute URI")


def _check_number(rule: Mapping[str, Any], value: float) -> None:
    if "minimum" in rule and value < rule["minimum"]:
        raise _bad(rule, f"less than {rule['minimum']}")
    if "maximum" in rule and value > rule["maximum"]:
        raise _bad(rule, f"more than {rule['maximum']}")


def _shown(text: str) -> str:
    """A value quoted in an error message; a long one cut short."""
    return repr(text) if len(text) <= 40 else f"{text[:32]!r}... ({len(text)} characters)"

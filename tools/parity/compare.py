"""What differs between the official call and ours: the request, and the values read back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from twilio.base.instance_context import InstanceContext
from twilio.base.list_resource import ListResource

from .calls import Outcome, Sent

_INTERNAL = frozenset({"_version", "_solution", "_context", "_uri"})


def official_fields(instance: Any) -> dict[str, Any]:
    """The attributes an official instance reads from its answer."""
    return {
        name: value
        for name, value in vars(instance).items()
        if name not in _INTERNAL and not isinstance(value, (ListResource, InstanceContext))
    }


def same(theirs: Any, ours: Any) -> bool:
    """Equal values of the same kind: a float is not a Decimal, a str is not a datetime."""
    if theirs is None:
        return ours is None
    if isinstance(theirs, bool):
        return isinstance(ours, bool) and theirs == ours
    if isinstance(theirs, dict):
        return (
            isinstance(ours, dict)
            and theirs.keys() == ours.keys()
            and all(same(theirs[k], ours[k]) for k in theirs)
        )
    if isinstance(theirs, list):
        return (
            isinstance(ours, list)
            and len(theirs) == len(ours)
            and all(same(a, b) for a, b in zip(theirs, ours, strict=True))
        )
    for kind in (Decimal, dt.datetime, dt.date, str, int, float):
        if isinstance(theirs, kind):
            return isinstance(ours, kind) and not isinstance(ours, bool) and theirs == ours
    return bool(theirs == ours)


def _request_differences(
    theirs: list[Sent], ours: list[Sent], header_names: frozenset[str]
) -> list[str]:
    if len(theirs) != len(ours):
        return [f"request: {len(theirs)} sent by the official, {len(ours)} by ours"]
    found = []
    for a, b in zip(theirs, ours, strict=True):
        for part in ("method", "url", "query", "form", "json", "authorization"):
            if getattr(a, part) != getattr(b, part):
                found.append(
                    f"request {part}: official {getattr(a, part)!r}, ours {getattr(b, part)!r}"
                )
        mine = [(k, v) for k, v in b.headers if k in header_names]
        theirs_ = [(k, v) for k, v in a.headers if k in header_names]
        if mine != theirs_:
            found.append(f"request headers: official {theirs_!r}, ours {mine!r}")
    return found


def _value_differences(theirs: Any, ours: Any) -> list[str]:
    if isinstance(theirs, list):
        if not isinstance(ours, list) or len(ours) != len(theirs):
            return [f"read-back: official {len(theirs)} records, ours {ours!r:.80}"]
        return [d for a, b in zip(theirs, ours, strict=True) for d in _value_differences(a, b)]
    if isinstance(theirs, bool) or theirs is None:
        return [] if same(theirs, ours) else [f"read-back: official {theirs!r}, ours {ours!r:.80}"]
    found = []
    for name, value in sorted(official_fields(theirs).items()):
        if not hasattr(ours, name):
            # The official's one class per resource has every answer's fields, reading None
            # for those this answer lacks; ours reads each answer into its own model.
            unread = " (the official reads None)" if value is None else ""
            found.append(f"read-back field {name}: missing on ours{unread}")
            continue
        mine = getattr(ours, name)
        if not same(value, mine):
            found.append(
                f"read-back field {name}: official {type(value).__name__} {value!r:.60},"
                f" ours {type(mine).__name__} {mine!r:.60}"
            )
    return found


def differences(theirs: Outcome, ours: Outcome, header_names: frozenset[str]) -> list[str]:
    """`header_names`: the operation's own header parameters (lower case), the only headers
    compared (each client names itself in its own way)."""
    if theirs.error and ours.error:
        return [f"both fail: official {theirs.error}; ours {ours.error}"]
    if theirs.error:
        return [f"official fails: {theirs.error}"]
    if ours.error:
        return [f"ours fails: {ours.error}"]
    return _request_differences(theirs.sent, ours.sent, header_names) + _value_differences(
        theirs.result, ours.result
    )

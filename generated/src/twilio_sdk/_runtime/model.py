"""The base of every resource model: typed fields read from and written to wire JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Mapping, TypeVar

from .codecs import Codec

M = TypeVar("M", bound="Model")


@dataclass(frozen=True)
class WireField:
    name: str  # the Python attribute
    wire_name: str  # the JSON key
    codec: Codec


@dataclass(frozen=True, kw_only=True)
class Model:
    """A resource as the API returned it.

    Fields the spec does not know are kept in ``additional_properties``,
    so a newer API never loses data in an older SDK.
    """

    additional_properties: Mapping[str, Any] = field(default_factory=dict, repr=False)

    _wire_fields: ClassVar[tuple[WireField, ...]] = ()

    @classmethod
    def from_dict(cls: type[M], data: Mapping[str, Any]) -> M:
        values = {
            f.name: data[f.wire_name] if f.codec.as_is else f.codec.decode(data[f.wire_name])
            for f in cls._wire_fields
            if f.wire_name in data
        }
        if len(values) == len(data):  # the common case: nothing unknown
            return cls(**values)
        known = {f.wire_name for f in cls._wire_fields}
        extra = {key: value for key, value in data.items() if key not in known}
        return cls(**values, additional_properties=extra)

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: every known field, then the unknown ones."""
        data = {f.wire_name: f.codec.to_json(getattr(self, f.name)) for f in self._wire_fields}
        data.update(self.additional_properties)
        return data


class RequestModel:
    """A JSON request body as one object, built from a dict keyed by the body's wire names: the
    official package's way to give such a body (``ContentList.ContentCreateRequest({...})``,
    passed as ``content_create_request=``). The operation checks each value as it checks the
    keyword of the same property, and refuses a key the body does not have."""

    def __init__(self, payload: Mapping[str, Any]) -> None:
        if not isinstance(payload, Mapping):
            raise TypeError(f"{type(self).__name__} takes a dict of the body's properties")
        self._payload = dict(payload)

    def to_dict(self) -> dict[str, Any]:
        """The properties it was given, by wire name."""
        return dict(self._payload)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._payload!r})"

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self._payload == getattr(other, "_payload", None)

    __hash__ = None  # type: ignore[assignment]  # it holds a dict

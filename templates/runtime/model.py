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

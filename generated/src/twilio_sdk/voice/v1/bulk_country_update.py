"""BulkCountryUpdate: A request that changes the dialing permissions of several countries at once.

Generated from the spec; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..._runtime import codecs as _codecs
from ..._runtime.model import Model, WireField
from ..._runtime.operation import Operation, Param
from ..._runtime.resource import AsyncResource, Resource, async_raw, awaitable, raw

__all__ = ["BulkCountryUpdate", "BulkCountryUpdateList", "AsyncBulkCountryUpdateList"]


@dataclass(frozen=True, kw_only=True)
class BulkCountryUpdate(Model):
    """A request that changes the dialing permissions of several countries at once."""

    update_count: int | None = None
    """How many countries the request changes."""
    update_request: str | None = None
    """The state of the request, e.g. accepted."""

    _wire_fields: ClassVar[tuple[WireField, ...]] = (
        WireField("update_count", "update_count", _codecs.INTEGER),
        WireField("update_request", "update_request", _codecs.STRING),
    )


_CREATE = Operation(
    "POST",
    "/v1/DialingPermissions/BulkCountryUpdates",
    (
        Param(
            name="update_request",
            wire_name="UpdateRequest",
            location="form",
            codec=_codecs.STRING,
            required=True,
        ),
    ),
    content_type="application/x-www-form-urlencoded",
)


class BulkCountryUpdateList(Resource):
    """bulk_country_updates: A request that changes the dialing permissions of several countries at once."""

    @property
    def with_raw_response(self) -> BulkCountryUpdateListRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(BulkCountryUpdateListRaw, self._path_values)

    def create(self, *, update_request: str) -> BulkCountryUpdate:
        """Change the dialing permissions of several countries.

        Sends a list of per-country changes in one request. The list travels as a JSON string in the UpdateRequest form field.

        :param update_request: A JSON array of objects, one per country, each with an iso_code and the permissions to set, for example low_risk_numbers_enabled.
        """
        return self._call(_CREATE, BulkCountryUpdate, {"update_request": update_request})


class BulkCountryUpdateListRaw(Resource):
    """The list operations of bulk_country_updates, answering with a RawResponse."""

    _raw = True
    create = raw(BulkCountryUpdateList.create)


class AsyncBulkCountryUpdateList(AsyncResource):
    """bulk_country_updates, for asyncio: every operation is awaitable."""

    @property
    def with_raw_response(self) -> AsyncBulkCountryUpdateListRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(AsyncBulkCountryUpdateListRaw, self._path_values)

    create = awaitable(BulkCountryUpdateList.create)


class AsyncBulkCountryUpdateListRaw(AsyncResource):
    """The list operations of bulk_country_updates, for asyncio, answering with a RawResponse."""

    _raw = True
    create = async_raw(BulkCountryUpdateList.create)

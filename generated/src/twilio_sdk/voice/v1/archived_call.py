"""ArchivedCall: An archived call record, kept for Bulk Export. Deleting it does not delete the call from the Voice API.

Generated from the spec; do not edit.
"""

from __future__ import annotations

import datetime as _dt

from ..._runtime import codecs as _codecs
from ..._runtime.operation import Operation, Param
from ..._runtime.resource import AsyncResource, Resource, async_raw, awaitable, raw

__all__ = [
    "ArchivedCallList",
    "AsyncArchivedCallList",
    "ArchivedCallContext",
    "AsyncArchivedCallContext",
]


_PATH_DATE = Param(
    name="date", wire_name="Date", location="path", codec=_codecs.DATE, required=True
)
_PATH_SID = Param(
    name="sid",
    wire_name="Sid",
    location="path",
    codec=_codecs.STRING,
    required=True,
    pattern="^CA[0-9a-fA-F]{32}$",
    min_length=34,
    max_length=34,
)
_DELETE = Operation("DELETE", "/v1/Archives/{Date}/Calls/{Sid}", (_PATH_DATE, _PATH_SID))


class ArchivedCallList(Resource):
    """archived_calls: An archived call record, kept for Bulk Export. Deleting it does not delete the call from the Voice API."""

    def __call__(self, date: _dt.date, sid: str) -> ArchivedCallContext:
        """The ArchivedCall with the given date and sid."""
        return self._child(ArchivedCallContext, {**self._path_values, "date": date, "sid": sid})

    get = __call__


class ArchivedCallContext(Resource):
    """One ArchivedCall, addressed by date and sid."""

    @property
    def with_raw_response(self) -> ArchivedCallContextRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(ArchivedCallContextRaw, self._path_values)

    def delete(self) -> bool:
        """Delete an archived call record. Returns True once it is gone.

        Removes the record from Bulk Export only.
        """
        return self._delete(_DELETE, {})


class ArchivedCallContextRaw(Resource):
    """The operations of one ArchivedCall, answering with a RawResponse."""

    _raw = True
    delete = raw(ArchivedCallContext.delete)


class AsyncArchivedCallList(AsyncResource):
    """archived_calls, for asyncio: every operation is awaitable."""

    def __call__(self, date: _dt.date, sid: str) -> AsyncArchivedCallContext:
        """The ArchivedCall with the given date and sid."""
        return self._child(
            AsyncArchivedCallContext, {**self._path_values, "date": date, "sid": sid}
        )

    get = __call__


class AsyncArchivedCallContext(AsyncResource):
    """One ArchivedCall, for asyncio: every operation is awaitable."""

    @property
    def with_raw_response(self) -> AsyncArchivedCallContextRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(AsyncArchivedCallContextRaw, self._path_values)

    delete = awaitable(ArchivedCallContext.delete)


class AsyncArchivedCallContextRaw(AsyncResource):
    """The operations of one ArchivedCall, for asyncio, answering with a RawResponse."""

    _raw = True
    delete = async_raw(ArchivedCallContext.delete)

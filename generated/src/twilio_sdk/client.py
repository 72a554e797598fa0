"""The entry points: ``Client().voice.v1...`` and ``AsyncClient()``.

Generated from the spec; do not edit.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._runtime.client import AsyncBaseClient, BaseClient

if TYPE_CHECKING:  # each domain is imported on first access, to keep `import twilio_sdk` fast
    from .voice import AsyncVoice, Voice


class Client(BaseClient):
    """A Twilio client.

    Every argument is optional. The first three may also be given by position, in the order
    of the official ``twilio`` package; the others are keyword-only.

    Args:
        username: The account SID, or the SID of an API key (``SK...``). Default: the
            ``TWILIO_ACCOUNT_SID`` variable, or ``TWILIO_API_KEY`` when it and
            ``TWILIO_API_SECRET`` are both set and no password is given.
        password: The auth token, or the API key's secret. Default: ``TWILIO_AUTH_TOKEN``,
            or ``TWILIO_API_SECRET`` along with ``TWILIO_API_KEY``.
        account_sid: The account the calls act for. Default: the username; with an API key,
            ``TWILIO_ACCOUNT_SID``.
        region: A Twilio region such as ``"au1"``. Default: ``TWILIO_REGION``; with an edge
            and no region, ``"us1"``.
        edge: A Twilio edge such as ``"sydney"``. Default: ``TWILIO_EDGE``. The calls then
            go to hosts such as ``voice.sydney.au1.twilio.com``.
        http_client: An ``httpx.Client`` to send the calls with (its transport, proxy and
            limits); it stays yours to close. Default: a pool of the client's own, closed by
            ``close()``.
        user_agent_extensions: Words added to the end of the ``User-Agent`` header, such as
            ``["my-app/1.2"]``; each must be printable ASCII.
        base_url: Replaces the scheme and host of every product's URL (for tests, proxies and
            fakes); a ``{domain}`` in it becomes the product's name, such as ``voice``. Edge
            and region then play no part.
        timeout: Seconds a whole call may take, retries and the waits between them included;
            ``None`` for no limit. Default: 30.
        max_retries: How many times a failed call is tried again, where that is safe.
            Default: 2.
        retry_policy: A ``RetryPolicy`` for finer control of retries; it replaces
            ``max_retries``.
        max_response_bytes: The largest answer the client reads, counted after decoding; a
            larger one raises ``ResponseTooLargeError``. Default: 16 MiB.
        environ: Where the defaults above are read from. Default: ``os.environ``.
    """

    user_agent = "twilio_sdk/0.1.0"

    @cached_property
    def voice(self) -> Voice:
        from .voice import Voice

        return Voice(self)


class AsyncClient(AsyncBaseClient):
    """The asyncio twin of :class:`Client`: the same surface, every operation awaitable.

    Close it with ``await client.aclose()``, or use ``async with AsyncClient() as client``.

    Every argument is optional. The first three may also be given by position, in the order
    of the official ``twilio`` package; the others are keyword-only.

    Args:
        username: The account SID, or the SID of an API key (``SK...``). Default: the
            ``TWILIO_ACCOUNT_SID`` variable, or ``TWILIO_API_KEY`` when it and
            ``TWILIO_API_SECRET`` are both set and no password is given.
        password: The auth token, or the API key's secret. Default: ``TWILIO_AUTH_TOKEN``,
            or ``TWILIO_API_SECRET`` along with ``TWILIO_API_KEY``.
        account_sid: The account the calls act for. Default: the username; with an API key,
            ``TWILIO_ACCOUNT_SID``.
        region: A Twilio region such as ``"au1"``. Default: ``TWILIO_REGION``; with an edge
            and no region, ``"us1"``.
        edge: A Twilio edge such as ``"sydney"``. Default: ``TWILIO_EDGE``. The calls then
            go to hosts such as ``voice.sydney.au1.twilio.com``.
        http_client: An ``httpx.AsyncClient`` to send the calls with (its transport, proxy and
            limits); it stays yours to close. Default: a pool of the client's own, closed by
            ``aclose()``.
        user_agent_extensions: Words added to the end of the ``User-Agent`` header, such as
            ``["my-app/1.2"]``; each must be printable ASCII.
        base_url: Replaces the scheme and host of every product's URL (for tests, proxies and
            fakes); a ``{domain}`` in it becomes the product's name, such as ``voice``. Edge
            and region then play no part.
        timeout: Seconds a whole call may take, retries and the waits between them included;
            ``None`` for no limit. Default: 30.
        max_retries: How many times a failed call is tried again, where that is safe.
            Default: 2.
        retry_policy: A ``RetryPolicy`` for finer control of retries; it replaces
            ``max_retries``.
        max_response_bytes: The largest answer the client reads, counted after decoding; a
            larger one raises ``ResponseTooLargeError``. Default: 16 MiB.
        environ: Where the defaults above are read from. Default: ``os.environ``.
    """

    user_agent = "twilio_sdk/0.1.0"

    @cached_property
    def voice(self) -> AsyncVoice:
        from .voice import AsyncVoice

        return AsyncVoice(self)

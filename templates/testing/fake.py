"""An in-memory, stateful fake of the API, driven by a table generated from the spec.

It keeps what you create, answers fetch, update, delete and list (with real
paging) like the API does, checks every argument against the spec and
answers a violation with Twilio's error JSON, and requires the Basic
credentials it was made with. Use it in-process as an httpx transport
(``FakeTwilio().client()``) or over HTTP (``python -m twilio_sdk.testing``).

:class:`FakeTwilio` answers a request in four steps, each in a module of its own: the route
and operation (``routing``), the arguments checked (``checking``), the operation done
(``operations``) on the product's records (``store`` and ``records``).
"""

from __future__ import annotations

import base64
import functools
import itertools
import json
import os
import threading
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

from . import checking
from .errors import FakeError
from .operations import OPERATIONS, Call, answered
from .records import seeded
from .routing import Route, Router
from .store import Store

if TYPE_CHECKING:
    from ..client import AsyncClient, Client

DEFAULT_ACCOUNT_SID = "AC" + "0" * 32
DEFAULT_AUTH_TOKEN = "fake-auth-token"
RESET_PATH = "/__fake__/reset"  # POST here (with the credentials) forgets everything created

__all__ = ["DEFAULT_ACCOUNT_SID", "DEFAULT_AUTH_TOKEN", "RESET_PATH", "FakeError", "FakeTwilio"]


@functools.cache
def generated_routes() -> list[dict[str, Any]]:
    """The table generated from the spec (``_routes.json``), read once a process.

    It is data, not code: JSON loads in a fraction of the time a Python literal of the same
    size takes to compile, and in a fraction of the memory."""
    table: list[dict[str, Any]] = json.loads(
        resources.files(__name__.rpartition(".")[0])
        .joinpath("_routes.json")
        .read_text(encoding="utf-8")
    )
    return table


class FakeTwilio:
    """The fake API. Credentials default to ``TWILIO_ACCOUNT_SID`` / ``TWILIO_AUTH_TOKEN``."""

    def __init__(
        self,
        account_sid: str | None = None,
        auth_token: str | None = None,
        *,
        base_url: str = "http://fake.twilio.test",
        routes: list[dict[str, Any]] | None = None,
    ) -> None:
        if routes is None:
            routes = generated_routes()
        self.account_sid = (
            account_sid or os.environ.get("TWILIO_ACCOUNT_SID") or DEFAULT_ACCOUNT_SID
        )
        self.auth_token = auth_token or os.environ.get("TWILIO_AUTH_TOKEN") or DEFAULT_AUTH_TOKEN
        self.base_url = base_url.rstrip("/")
        self._expected_auth = (
            "Basic " + base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        )
        self._router = Router(routes)
        # Each product is served under its own name, <fake>/voice/v1/..., since products share
        # paths (chat and sync both have /v1/Services). A fake of one product serves it at the
        # root as well.
        self.by_domain = self._router.by_domain
        self._lock = threading.Lock()
        self.reset()

    def authenticates(self, authorization: str | None) -> bool:
        """Whether an ``Authorization`` header carries the fake's credentials."""
        return authorization == self._expected_auth

    def __repr__(self) -> str:
        return f"FakeTwilio(account_sid={self.account_sid!r}, base_url={self.base_url!r})"

    def reset(self) -> None:
        """Forget everything created; keep only the seed records from the spec's examples."""
        with self._lock:
            # one store per product: supersim's /v1/Sims and wireless's /v1/Sims are different lists
            self._stores: dict[str | None, Store] = {}
            self._counter = itertools.count(1)
            for route in self._router.routes:
                store = self._store(route)
                for seed in route.seeds:
                    values = seed["path_values"]
                    record = seeded(
                        route, values, seed["record"], self.account_sid, self._root(route)
                    )
                    store.seed(route, values, record)

    def move_to(self, base_url: str) -> None:
        """Answer at `base_url` from now on. The records kept so far (the seeds, at least) were
        given URLs at the old address: they name the new one too."""
        with self._lock:
            old, self.base_url = self.base_url + "/", base_url.rstrip("/")

            def moved(url: Any) -> Any:
                return self.base_url + "/" + url[len(old) :] if str(url).startswith(old) else url

            for store in self._stores.values():
                store.move_urls(moved)

    # -- clients ---------------------------------------------------------------------------

    def transport(self) -> Any:
        """An httpx transport (sync and async) that answers from this fake."""
        import httpx

        def answer(request: httpx.Request) -> httpx.Response:
            status, headers, body = self.handle(
                request.method,
                str(request.url),
                request.headers.get("Authorization"),
                request.read(),
            )
            return httpx.Response(status, headers=headers, content=body)

        return httpx.MockTransport(answer)

    @property
    def client_base_url(self) -> str:
        """The ``base_url`` a client of this fake uses."""
        return self.base_url + "/{domain}" if self.by_domain else self.base_url

    def client(self, **options: Any) -> Client:
        """A ready ``twilio_sdk.Client`` wired to this fake, in-process."""
        import httpx

        from ..client import Client

        return Client(
            self.account_sid,
            self.auth_token,
            base_url=self.client_base_url,
            http_client=httpx.Client(transport=self.transport()),
            **options,
        )

    def async_client(self, **options: Any) -> AsyncClient:
        """A ready ``twilio_sdk.AsyncClient`` wired to this fake, in-process."""
        import httpx

        from ..client import AsyncClient

        return AsyncClient(
            self.account_sid,
            self.auth_token,
            base_url=self.client_base_url,
            http_client=httpx.AsyncClient(transport=self.transport()),
            **options,
        )

    # -- requests --------------------------------------------------------------------------

    def handle(
        self, method: str, url: str, authorization: str | None, body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        """Answer one request: (status, headers, body)."""
        parts = urlsplit(url)
        query = parse_qsl(parts.query, keep_blank_values=True)
        try:
            if not self.authenticates(authorization):
                raise FakeError(
                    401, 20003, "Authenticate: the Basic credentials are missing or wrong"
                )
            if method.upper() == "POST" and parts.path == RESET_PATH:
                self.reset()
                return 204, {}, b""
            with self._lock:
                status, answer = self._dispatch(method.upper(), parts.path, query, body)
        except FakeError as error:
            status, answer = error.status, error.body()
        if answer is None:
            return status, {}, b""
        return status, {"Content-Type": "application/json"}, json.dumps(answer).encode()

    def _dispatch(
        self, method: str, path: str, query: list[tuple[str, str]], body: bytes
    ) -> tuple[int, Any]:
        """Route, check, and do the operation (called under the lock)."""
        route, kind, values = self._router.find(method, path, self.base_url)
        operation = route.operations[kind]
        arguments = checking.arguments(operation, values, query, body)
        call = Call(
            route,
            operation,
            values,
            arguments,
            query,
            self._store(route),
            self._root(route),
            self.account_sid,
            self._counter,
        )
        return answered(kind, call, OPERATIONS[kind](call))

    def _store(self, route: Route) -> Store:
        """The store of the route's product (called under the lock)."""
        return self._stores.setdefault(route.domain if self.by_domain else None, Store())

    def _root(self, route: Route) -> str:
        """Where the fake serves a route's product."""
        return f"{self.base_url}/{route.domain}" if self.by_domain else self.base_url

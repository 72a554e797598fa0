"""An in-memory, stateful fake of the API, driven by a table generated from the spec.

It keeps what you create, answers fetch, update, delete and list (with real
paging) like the API does, checks every argument against the spec and
answers a violation with Twilio's error JSON, and requires the Basic
credentials it was made with. Use it in-process as an httpx transport
(``FakeTwilio().client()``) or over HTTP (``python -m twilio_sdk.testing``).
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import json
import math
import os
import re
import threading
from typing import TYPE_CHECKING, Any, Mapping
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from .._runtime.operation import compile_pattern

if TYPE_CHECKING:
    from ..client import AsyncClient, Client

DEFAULT_ACCOUNT_SID = "AC" + "0" * 32
DEFAULT_AUTH_TOKEN = "fake-auth-token"
DEFAULT_PAGE_SIZE = 50
RESET_PATH = "/__fake__/reset"  # POST here (with the credentials) forgets everything created
_PARAM = re.compile(r"\{([^{}]+)\}")
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")  # a path's non-ASCII text travels as %-escaped UTF-8
_INTEGER = re.compile(r"[+-]?[0-9]+")  # ASCII digits: int() would take "٣" too
_NUMBER = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
_NUMBERED = re.compile(r"[0-9]{1,18}")  # a numbered record's id in a path
_LARGEST = 2**63 - 1  # an integer argument fits in 64 bits, as the API's do
_EMPTY = {"integer": 0, "number": 0, "boolean": False, "string": "", "array": [], "object": {}}


class FakeError(Exception):
    """An answer outside 2xx, with Twilio's error JSON."""

    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message

    def body(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "more_info": f"https://www.twilio.com/docs/errors/{self.code}",
            "status": self.status,
        }


_PAGING = {"PageSize", "Page", "PageToken"}


def _shown(text: str) -> str:
    """A value quoted in an error message; a long one cut short."""
    return repr(text) if len(text) <= 40 else f"{text[:32]!r}... ({len(text)} characters)"


def _as_json(value: Any) -> Any:
    """An object sent as form text (``Configuration={"a": 1}``), as the API keeps it: parsed."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except (ValueError, RecursionError):
            return value
    return value


def _template(path: str) -> tuple[re.Pattern[str], list[str]]:
    names = _PARAM.findall(path)
    regex = (
        "^"
        + "".join(
            (
                "(?P<p%d>[^/]+)" % names.index(part[1:-1])
                if _PARAM.fullmatch(part)
                else re.escape(_NON_ASCII.sub(lambda run: quote(run.group()), part))
            )
            for part in re.split(r"(\{[^{}]+\})", path)
            if part
        )
        + "$"
    )
    return re.compile(regex), names


def _fill(path: str, values: Mapping[str, str]) -> str:
    return _PARAM.sub(lambda m: quote(values[m.group(1)], safe=""), path)


def _matches(value: Any, wanted: Any) -> bool:
    """A list filter: equal, or an element of a list-valued field."""
    return value == wanted or (isinstance(value, list) and wanted in value)


def _fill_in_order(path: str, values: list[str]) -> str:
    """Fill a child's path with its parent's values by position: a parent's ``{Sid}`` is
    the child's ``{ConnectionPolicySid}``."""
    given = iter(values)
    return _PARAM.sub(lambda m: quote(next(given), safe=""), path)


def _now() -> str:
    return (
        dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    )


class _Route:
    def __init__(self, table: Mapping[str, Any]) -> None:
        self.name: str = table["name"]
        self.domain: str = table.get("domain", "")
        self.list_path: str | None = table["list_path"]
        self.instance_path: str | None = table["instance_path"]
        self.list_key: str | None = table["list_key"]
        self.parent_path: str | None = table["parent_path"]
        self.id: Mapping[str, str | None] | None = table["id"]
        self.fields: list[list[Any]] = table["fields"]
        self.field_names = {name for name, _, _ in self.fields}
        self.field_kinds = {name: kind for name, kind, _ in self.fields}
        # The record field each parameter sets (``FriendlyName`` -> ``friendly_name``).
        self.param_fields: Mapping[str, str] = table["param_fields"]
        self.links: Mapping[str, str] = table["links"]
        self.operations: Mapping[str, Any] = table["operations"]
        self.seeds: list[Mapping[str, Any]] = table["seeds"]
        self.list_match = _template(self.list_path) if self.list_path else None
        self.specificity = max(
            len(_PARAM.sub("", p)) for p in (self.list_path or "", self.instance_path or "")
        )
        self.instance_match = _template(self.instance_path) if self.instance_path else None


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
            from ._routes import ROUTES

            routes = ROUTES
        self.account_sid = (
            account_sid or os.environ.get("TWILIO_ACCOUNT_SID") or DEFAULT_ACCOUNT_SID
        )
        self.auth_token = auth_token or os.environ.get("TWILIO_AUTH_TOKEN") or DEFAULT_AUTH_TOKEN
        self.base_url = base_url.rstrip("/")
        self._expected_auth = (
            "Basic " + base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        )
        # A literal segment beats a parameter: /IncomingPhoneNumbers/Local.json is not a Sid.
        self._routes = sorted((_Route(table) for table in routes), key=lambda r: -r.specificity)
        # Each product is served under its own name, <fake>/voice/v1/..., since products share
        # paths (chat and sync both have /v1/Services). A fake of one product serves it at the
        # root as well.
        self._domains = {route.domain for route in self._routes}
        self.by_domain = len(self._domains) > 1
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
            self._stores: dict[
                str | None, tuple[dict[str, dict[str, Any]], dict[str, list[str]]]
            ] = {}
            self._counter = itertools.count(1)
            for route in self._routes:
                self._use_store(route.domain if self.by_domain else None)
                for seed in route.seeds:
                    self._seed(route, seed["path_values"], seed["record"])

    def move_to(self, base_url: str) -> None:
        """Answer at `base_url` from now on. The records kept so far (the seeds, at least) were
        given URLs at the old address: they name the new one too."""
        with self._lock:
            old, self.base_url = self.base_url + "/", base_url.rstrip("/")

            def moved(url: Any) -> Any:
                return self.base_url + "/" + url[len(old) :] if str(url).startswith(old) else url

            for records, _ in self._stores.values():
                for record in records.values():
                    if "url" in record:
                        record["url"] = moved(record["url"])
                    if isinstance(record.get("links"), dict):
                        record["links"] = {k: moved(v) for k, v in record["links"].items()}

    def _use_store(self, domain: str | None) -> None:
        """Point the records and collections at one product's store (called under the lock)."""
        self._records, self._collections = self._stores.setdefault(domain, ({}, {}))

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
        found = next(
            (match for place in self._places(path) if (match := self._match(*place))), None
        )
        if found is None:
            raise FakeError(404, 20404, f"The requested resource {path} was not found")
        route, instance, values = found
        self._use_store(route.domain if self.by_domain else None)
        here = route.instance_path if instance else route.list_path
        kind = next(
            (
                k
                for k, op in route.operations.items()
                if op["path"] == here and op["method"] == method
            ),
            None,
        )
        if kind is None:
            raise FakeError(405, 20004, f"Method not allowed: {method} {path}")
        operation = route.operations[kind]
        if operation["content_type"] and "json" in operation["content_type"]:
            arguments = self._check_json(operation["params"], values, body)
        else:
            form = (
                parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True) if body else []
            )
            arguments = self._check(
                operation["params"],
                values,
                form if operation["content_type"] else query,
                not operation["content_type"],
            )
        handler = {
            "fetch": self._fetch,
            "update": self._update,
            "patch": self._update,
            "delete": self._delete,
            "list": self._list,
            "create": self._create,
        }[kind]
        return handler(route, operation, values, arguments, query)

    def _places(self, path: str) -> list[tuple[str | None, str]]:
        """Where a request's path may lead: (product, path within it), the likelier first."""
        first, _, rest = path[1:].partition("/")
        if not self.by_domain:
            places: list[tuple[str | None, str]] = [(None, path)]
            return places + [(None, "/" + rest)] if first in self._domains else places
        if first in self._domains:
            return [(first, "/" + rest)]
        # Guessing the product from the path would put the record in one product's store and
        # answer the next request from another's: say how to reach each product instead.
        served = ", ".join(f"{self.base_url}/{domain}" for domain in sorted(self._domains))
        raise FakeError(
            404,
            20404,
            f"The requested resource {path} was not found: this fake serves several products,"
            f" each under its own name ({served})",
        )

    def _match(self, domain: str | None, path: str) -> tuple[_Route, bool, dict[str, str]] | None:
        """The route answering `path` in a product (any, for None), whether at its instance
        path, and the path's parameter values."""
        for route in self._routes:
            if domain is not None and route.domain != domain:
                continue
            for instance, match in ((True, route.instance_match), (False, route.list_match)):
                if match is None:
                    continue
                pattern, names = match
                found = pattern.match(path)
                if found is not None:
                    values = {name: unquote(found.group(f"p{i}")) for i, name in enumerate(names)}
                    return route, instance, values
        return None

    def _check_json(
        self, rules: list[Mapping[str, Any]], path_values: Mapping[str, str], body: bytes
    ) -> dict[str, Any]:
        """Check a JSON body: required properties, and each property's type and constraints."""
        try:
            given = json.loads(body) if body else {}
        except (ValueError, RecursionError):  # nested past the parser's depth: not JSON to it
            raise FakeError(400, 20001, "The request body is not valid JSON") from None
        arguments = self._check([r for r in rules if r["in"] == "path"], path_values, [], False)
        for rule in rules:
            if rule["in"] == "body":
                if rule["required"] and not body:
                    raise FakeError(400, 20001, "Missing the request body")
                continue
            if rule["in"] != "json":
                continue
            name = rule["name"]
            if not isinstance(given, dict) or name not in given:
                if rule["required"]:
                    raise FakeError(400, 20001, f"Missing required parameter {name}")
                continue
            arguments[name] = self._json_value(rule, given[name])
        return arguments

    def _json_value(self, rule: Mapping[str, Any], value: Any) -> Any:
        """A JSON property checked like its form twin: scalars through their text, the rest by type."""
        kind = rule["kind"]
        types: dict[str, tuple[type, ...]] = {
            "array": (list,),
            "object": (dict,),
            "boolean": (bool,),
            "integer": (int,),
            "number": (int, float),
        }
        wanted = types.get(kind, (str,))
        if value is None or kind == "any":
            return value
        if not isinstance(value, wanted) or (
            kind in ("integer", "number") and isinstance(value, bool)
        ):
            raise FakeError(400, 20001, f"Invalid parameter {rule['name']}: expected {kind}")
        if kind in ("array", "object"):
            return value
        self._value(rule, json.dumps(value) if kind == "boolean" else str(value))
        return value

    def _check(
        self,
        rules: list[Mapping[str, Any]],
        path_values: Mapping[str, str],
        pairs: list[tuple[str, str]],
        query: bool,
    ) -> dict[str, Any]:
        """Parse and check every argument against its rule; raise 400 naming the first bad one."""
        given: dict[str, list[str]] = {}
        for key, value in pairs:
            given.setdefault(key, []).append(value)
        if (
            query
        ):  # the API's query parameters are all known; an unknown one is a mistake worth reporting
            # the paging parameters too: the fake writes them into its own next page URLs
            known = {rule["name"] for rule in rules if rule["in"] == "query"} | _PAGING
            for key in given:
                if key not in known:
                    raise FakeError(400, 20001, f"Unknown parameter {key}")
        arguments: dict[str, Any] = {}
        for rule in rules:
            name = rule["name"]
            if rule["in"] == "header":
                continue  # request headers other than Authorization are not the fake's concern
            texts = [path_values[name]] if rule["in"] == "path" else given.get(name)
            if not texts:
                if rule["required"]:
                    raise FakeError(400, 20001, f"Missing required parameter {name}")
                continue
            if rule["kind"] == "array":
                arguments[name] = [
                    self._value({**rule, "kind": rule.get("item_kind", "string")}, t) for t in texts
                ]
            else:
                arguments[name] = self._value(rule, texts[-1])
        return arguments

    def _value(self, rule: Mapping[str, Any], text: str) -> Any:
        name, kind = rule["name"], rule["kind"]

        def invalid(why: str) -> FakeError:
            return FakeError(400, 20001, f"Invalid parameter {name}: {why}")

        value: Any = text
        if kind == "integer":
            if not _INTEGER.fullmatch(text):
                raise invalid(f"{_shown(text)} is not an integer")
            # int() refuses more than 4,300 digits: the length is looked at first
            if len(text.lstrip("+-").lstrip("0")) > 19 or abs(value := int(text)) > _LARGEST:
                raise invalid(f"{_shown(text)} is out of range")
        elif kind == "number":
            if not _NUMBER.fullmatch(text) or not math.isfinite(value := float(text)):
                raise invalid(f"{_shown(text)} is not a number")
        elif kind == "boolean":
            if text.lower() not in ("true", "false"):
                raise invalid(f"{_shown(text)} is not true or false")
            value = text.lower() == "true"
        elif kind == "date":
            try:
                dt.date.fromisoformat(text)
            except ValueError:
                raise invalid(f"{_shown(text)} is not a date (YYYY-MM-DD)") from None
        elif kind == "date_time":
            try:
                dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                raise invalid(f"{_shown(text)} is not an ISO 8601 date and time") from None
        if isinstance(value, str):
            if "pattern" in rule and not compile_pattern(rule["pattern"]).search(value):
                raise invalid(f"{_shown(value)} does not match {rule['pattern']}")
            if "min_length" in rule and len(value) < rule["min_length"]:
                raise invalid(f"shorter than {rule['min_length']} characters")
            if "max_length" in rule and len(value) > rule["max_length"]:
                raise invalid(f"longer than {rule['max_length']} characters")
            if "enum" in rule and value not in rule["enum"]:
                raise invalid(f"{_shown(value)} is not one of {', '.join(rule['enum'])}")
            if rule.get("format") == "uri" and not _URI.fullmatch(value):
                raise invalid(f"{_shown(value)} is not an absolute URI")
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            if "minimum" in rule and value < rule["minimum"]:
                raise invalid(f"less than {rule['minimum']}")
            if "maximum" in rule and value > rule["maximum"]:
                raise invalid(f"more than {rule['maximum']}")
        return value

    # -- operations ------------------------------------------------------------------------

    def _create(
        self, route: _Route, op: Any, values: dict[str, str], arguments: dict[str, Any], _: Any
    ) -> tuple[int, Any]:
        self._require_parent(route, values)
        values = dict(values)
        name = route.id["name"] if route.id is not None else None
        if name is not None and name in arguments:  # the caller names it: a key, an identity
            values[name] = str(arguments[name])
        elif name is not None:
            values[name] = self._new_id(route)
        record = self._new_record(route, values)
        self._apply(route, record, arguments)
        if route.id is not None and name is None:  # no instance path: `sid` is its id
            record["sid"] = self._new_id(route)
        if route.list_path:
            collection = _fill(route.list_path, values)
            key = (
                _fill(route.instance_path, values)
                if route.instance_path
                else f"{collection}#{next(self._counter)}"  # listed, never addressed one by one
            )
            self._store(collection, key, record)
        return op["status"], record

    def _new_id(self, route: _Route) -> str:
        """A Sid of the resource's prefix, or the next number for a numbered one (a list item's index)."""
        assert route.id is not None
        field = route.param_fields.get(route.id["name"] or "")
        if field is not None and route.field_kinds.get(field) == "integer":
            return str(next(self._counter))
        return f"{route.id['prefix']}{next(self._counter):032x}"

    def _fetch(
        self, route: _Route, op: Any, values: dict[str, str], arguments: Any, _: Any
    ) -> tuple[int, Any]:
        return op["status"], self._find(route, values)

    def _update(
        self, route: _Route, op: Any, values: dict[str, str], arguments: dict[str, Any], _: Any
    ) -> tuple[int, Any]:
        record = self._find(route, values)
        self._apply(route, record, arguments)
        if "date_updated" in route.field_names and "DateUpdated" not in arguments:
            record["date_updated"] = _now()
        return op["status"], record

    def _delete(
        self, route: _Route, op: Any, values: dict[str, str], arguments: Any, _: Any
    ) -> tuple[int, Any]:
        self._find(route, values)
        key = _fill(route.instance_path or "", values)
        below = (
            key.removesuffix(".json") + "/"
        )  # a 2010 child of /Calls/CA1.json lives under /Calls/CA1/
        for other in [k for k in self._records if k == key or k.startswith(below)]:
            del self._records[other]
        for collection, keys in list(self._collections.items()):
            if collection.startswith(below):
                del self._collections[collection]
            else:
                keys[:] = [k for k in keys if k != key]
        return op["status"], None

    def _list(
        self,
        route: _Route,
        op: Any,
        values: dict[str, str],
        arguments: dict[str, Any],
        query: list[tuple[str, str]],
    ) -> tuple[int, Any]:
        path = _fill(route.list_path or "", values)
        if path not in self._collections:  # seeded records stand without their parent
            self._require_parent(route, values)
        records = [self._records[k] for k in self._collections.get(path, [])]
        query_names = {rule["name"] for rule in op["params"] if rule["in"] == "query"}
        for name, wanted in arguments.items():
            field = route.param_fields.get(name)
            if name in query_names and name not in _PAGING and field:
                records = [r for r in records if _matches(r.get(field), wanted)]
        raw = dict(query)  # paging the spec does not declare still follows the fake's own links
        size = self._paging(arguments, raw, "PageSize", DEFAULT_PAGE_SIZE, 1)
        number = self._paging(arguments, raw, "Page", 0, 0)
        filters = [(k, v) for k, v in query if k not in _PAGING]

        def page_url(n: int) -> str:
            return f"{self._root(route)}{path}?" + urlencode(
                filters + [("PageSize", size), ("Page", n), ("PageToken", f"PT{n}")]
            )

        items = records[number * size : (number + 1) * size]
        key = route.list_key or "results"
        return op["status"], {
            key: items,
            "meta": {
                "page": number,
                "page_size": size,
                "first_page_url": page_url(0),
                "previous_page_url": page_url(number - 1) if number > 0 else None,
                "url": page_url(number),
                "next_page_url": (
                    page_url(number + 1) if (number + 1) * size < len(records) else None
                ),
                "key": key,
            },
        }

    def _paging(
        self,
        arguments: Mapping[str, Any],
        query: Mapping[str, str],
        name: str,
        default: int,
        least: int,
    ) -> int:
        """A paging parameter: checked by the spec's rule, or as if the spec declared it."""
        if name in arguments:
            return int(arguments[name])
        if name not in query:
            return default
        return int(self._value({"name": name, "kind": "integer", "minimum": least}, query[name]))

    # -- the store -------------------------------------------------------------------------

    def _root(self, route: _Route) -> str:
        """Where the fake serves a route's product."""
        return f"{self.base_url}/{route.domain}" if self.by_domain else self.base_url

    def _find(self, route: _Route, values: Mapping[str, str]) -> dict[str, Any]:
        if (
            route.instance_path is None and route.list_path is not None
        ):  # one record at a list path, e.g. a balance
            collection = _fill(route.list_path, values)
            if not self._collections.get(collection):  # a singleton is always there, empty at first
                self._store(collection, collection + "#0", self._new_record(route, values))
            key = self._collections[collection][0]
        else:
            key = _fill(route.instance_path or "", values)
        if key not in self._records:
            raise FakeError(404, 20404, f"The requested resource {key} was not found")
        return self._records[key]

    def _require_parent(self, route: _Route, values: Mapping[str, str]) -> None:
        if route.parent_path is None:
            return
        parent = _fill_in_order(route.parent_path, list(values.values()))
        if parent not in self._records:
            raise FakeError(404, 20404, f"The requested resource {parent} was not found")

    def _store(self, collection: str, key: str, record: dict[str, Any]) -> None:
        if key not in self._records:
            self._collections.setdefault(collection, []).append(key)
        self._records[key] = record

    def _new_record(self, route: _Route, values: Mapping[str, str]) -> dict[str, Any]:
        record: dict[str, Any] = {
            name: None if nullable else json.loads(json.dumps(_EMPTY.get(kind)))
            for name, kind, nullable in route.fields
        }
        for name, value in values.items():
            field = route.param_fields.get(name)
            if field is not None:
                numbered = route.field_kinds[field] == "integer" and _NUMBERED.fullmatch(value)
                record[field] = int(value) if numbered else value
        now = _now()
        defaults = {"account_sid": self.account_sid, "date_created": now, "date_updated": now}
        # A path's AccountSid names the record's account.
        taken = {route.param_fields.get(name) for name in values}
        record.update(
            (k, v) for k, v in defaults.items() if k in route.field_names and k not in taken
        )
        if route.instance_path and "url" in route.field_names:
            record["url"] = self._root(route) + _fill(route.instance_path, values)
        if "links" in route.field_names:
            ordered = list(values.values())
            record["links"] = {
                name: self._root(route) + _fill_in_order(path, ordered)
                for name, path in route.links.items()
            }
        return record

    def _apply(self, route: _Route, record: dict[str, Any], arguments: Mapping[str, Any]) -> None:
        for name, value in arguments.items():
            field = route.param_fields.get(name)
            if field is not None and field not in ("sid", "url"):
                record[field] = _as_json(value) if route.field_kinds[field] == "object" else value

    def _seed(
        self, route: _Route, path_values: Mapping[str, str], example: Mapping[str, Any]
    ) -> None:
        record = self._new_record(route, path_values)
        record.update(
            (k, v)
            for k, v in example.items()
            if k in route.field_names and k not in ("url", "links")
        )
        if route.instance_path:
            collection = (
                _fill(route.list_path, path_values) if route.list_path else route.instance_path
            )
            self._store(collection, _fill(route.instance_path, path_values), record)
        elif route.list_path:
            collection = _fill(route.list_path, path_values)
            self._store(
                collection, f"{collection}#{len(self._collections.get(collection, []))}", record
            )

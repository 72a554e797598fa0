"""One official call replayed through both clients on one recording transport.

Both clients get the same account, token and canned answer; a `Sent` is a request in the
form both can be compared in (query and form as sorted multisets, JSON parsed).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import warnings
from dataclasses import dataclass, field
from typing import Any, Callable
from urllib.parse import parse_qsl, unquote, urlsplit

import httpx
import requests
from twilio.http import HttpClient
from twilio.http.response import Response as TwilioResponse
from twilio.rest import Client as OfficialClient

from generator.examples import coerce
from generator.ir import Api, Domain, Operation, Param, Resource
from generator.snippets import _datetime
from generator.spec_examples import fits

from .official import Chain, Method

ACCOUNT = "AC" + "1" * 32
TOKEN = "parity-token"


@dataclass(frozen=True)
class Sent:
    method: str
    url: str  # scheme, host and path
    query: tuple[tuple[str, str], ...]
    form: tuple[tuple[str, str], ...]
    json: Any
    authorization: str
    # Every header, by lower-case name; left out of ==, since each client names itself in its
    # own headers: the comparison looks at the operation's header parameters only.
    headers: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    @classmethod
    def of(cls, method: str, url: str, body: bytes, headers: Any) -> Sent:
        parts = urlsplit(url)
        kind = str(headers.get("Content-Type", ""))
        text = body.decode("utf-8", "replace")
        own = tuple(sorted((k.lower(), str(v)) for k, v in headers.items()))
        return cls(
            method.upper(),
            f"{parts.scheme}://{parts.netloc}{unquote(parts.path)}",
            tuple(sorted(parse_qsl(parts.query, keep_blank_values=True))),
            () if "json" in kind else tuple(sorted(parse_qsl(text, keep_blank_values=True))),
            json.loads(text) if "json" in kind and text else None,
            str(headers.get("Authorization", "")),
            own,
        )


class Stop(Exception):
    """Raised by the transport when no answer is left: the request is recorded, the call
    goes no further (discovery wants only the first request)."""


@dataclass
class Recorder:
    """Records what is sent and answers with the next queued answer; with none left, the
    request is recorded and the call stopped (`Stop`)."""

    answers: list[tuple[int, Any]] = field(default_factory=list)
    sent: list[Sent] = field(default_factory=list)

    def reply(self, sent: Sent) -> tuple[int, str]:
        self.sent.append(sent)
        if not self.answers:
            raise Stop
        status, body = self.answers.pop(0)
        return status, "" if body is None else json.dumps(body)


class OfficialTransport(HttpClient):  # type: ignore[misc]  # the official package has no types
    """Prepares each request as the official client's `requests` session would send it."""

    def __init__(self, recorder: Recorder) -> None:
        super().__init__(logging.getLogger("official"), is_async=False)
        self.recorder = recorder

    def request(
        self,
        method: str,
        uri: str,
        params: Any = None,
        data: Any = None,
        headers: Any = None,
        auth: Any = None,
        timeout: Any = None,
        allow_redirects: bool = False,
    ) -> TwilioResponse:
        as_json = bool(headers) and "json" in str(headers.get("Content-Type", ""))
        prepared = requests.Request(
            method.upper(),
            uri,
            params=params,
            headers=headers,
            auth=auth,
            **({"json": data} if as_json else {"data": data}),
        ).prepare()
        body = prepared.body or b""
        payload = body.encode() if isinstance(body, str) else bytes(body)  # type: ignore[arg-type]
        status, text = self.recorder.reply(
            Sent.of(prepared.method or "", prepared.url or "", payload, prepared.headers)
        )
        return TwilioResponse(status, text, {})


def official_client(recorder: Recorder) -> Any:
    return OfficialClient(ACCOUNT, TOKEN, http_client=OfficialTransport(recorder))


def our_client(client_class: Any, recorder: Recorder) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        status, text = recorder.reply(
            Sent.of(request.method, str(request.url), request.content, request.headers)
        )
        return httpx.Response(status, text=text, headers={"Content-Type": "application/json"})

    transport = httpx.Client(transport=httpx.MockTransport(handle))
    return client_class(ACCOUNT, TOKEN, http_client=transport)


def reach(client: Any, chain: Chain, values: list[tuple[Any, ...]]) -> Any:
    """Follow `chain` from `client`, giving the n-th call step the n-th tuple of values."""
    target = client
    calls = iter(values)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for step in chain:
            target = target(*next(calls)) if step.args is not None else getattr(target, step.name)
    return target


@dataclass(frozen=True)
class Target:
    """The operation of the specs one official method sends."""

    domain: Domain
    resource: Resource
    operation: Operation
    slots: tuple[tuple[str, ...], ...]  # per call step, the path parameter each argument fills


class SpecIndex:
    """The specs' operations by method and URL template, most specific template first."""

    def __init__(self, api: Api) -> None:
        entries = []
        for domain, _, resource in api.resources:
            for op in resource.operations:
                template = domain.base_url + op.path
                names: list[str] = []

                def group(match: re.Match[str], names: list[str] = names) -> str:
                    names.append(match.group(1))
                    return f"(?P<g{len(names) - 1}>[^/]+)"

                pattern = re.sub(r"\\\{([^}]+)\\\}", group, re.escape(template))
                literal = len(re.sub(r"\{[^}]+\}", "", template))
                entries.append(
                    (-literal, op.http_method.upper(), pattern, names, domain, resource, op)
                )
        entries.sort(key=lambda e: (e[0], e[2], e[1]))
        self.entries = [
            (method, re.compile(pattern + r"\Z"), names, domain, resource, op)
            for _, method, pattern, names, domain, resource, op in entries
        ]

    def find(self, sent: Sent) -> tuple[Domain, Resource, Operation, dict[str, str]] | None:
        for method, pattern, names, domain, resource, op in self.entries:
            if method != sent.method:
                continue
            match = pattern.match(sent.url)
            if match:
                found = {names[int(k[1:])]: v for k, v in match.groupdict().items()}
                return domain, resource, op, found
        return None


class JsonBody(dict[str, Any]):
    """A JSON body as the official's untyped `body=` parameters take it (it calls
    `to_dict()`); a dict to ours."""

    def to_dict(self) -> dict[str, Any]:
        return dict(self)


class _EmptyBody:
    def to_dict(self) -> dict[str, Any]:
        return {}


def discover(method: Method, index: SpecIndex) -> Target | str:
    """The operation `method` sends, found by calling it once with placeholders."""
    recorder = Recorder()
    client = official_client(recorder)
    values: list[tuple[str, ...]] = []
    for position, step in enumerate(method.chain):
        if step.args is not None:
            values.append(tuple(f"zq{position}x{i}zq" for i in range(len(step.args))))
    target = reach(client, method.chain, values)
    wired = dict(method.wire_names)
    arguments: dict[str, Any] = {name: "x" for name in method.required}
    for name in method.parameters:  # a request body: the official reads it with to_dict()
        if name not in wired:
            arguments[name] = _EmptyBody()
    try:
        getattr(target, method.name)(**arguments)
    except Stop:
        pass
    except Exception as error:  # noqa: BLE001  # the official fails before sending
        return f"the official call fails before sending: {type(error).__name__}: {error}"
    if not recorder.sent:
        return "the official call sends nothing"
    found = index.find(recorder.sent[0])
    if found is None:
        return f"no operation of the specs: {recorder.sent[0].method} {recorder.sent[0].url}"
    domain, resource, op, path_values = found
    by_value = {value: wire for wire, value in path_values.items()}
    slots = tuple(tuple(by_value.get(v, "") for v in step_values) for step_values in values)
    return Target(domain, resource, op, slots)


def _body_param(method: Method) -> str:
    """The parameter that takes the request model (the official's JSON-body methods)."""
    return next((name for name in method.parameters if name not in dict(method.wire_names)), "")


def python_value(param: Param, raw: Any) -> Any:
    """An example as the Python value a caller passes: specs write date-times as text."""
    value = coerce(param, raw)
    kind = param.type.kind
    if kind == "date_time" and isinstance(value, str):
        return _datetime(value) or value
    if kind == "date" and isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _usable(param: Param, value: Any) -> bool:
    return value is not None and fits(param.constraints, coerce(param, value), param.format)


def path_values(target: Target) -> dict[str, Any]:
    """A value for every path parameter of the operation, from the spec's examples."""
    params = (
        target.resource.inherited_params
        + target.resource.context_params
        + tuple(p for p in target.operation.params if p.location == "path")
    )
    return {
        p.wire_name: python_value(p, p.example.value)
        for p in params
        if p.example is not None and p.example.value is not None
    }


@dataclass(frozen=True)
class Call:
    """The same call, spelled for both clients."""

    method: Method
    target: Target
    chain_values: list[tuple[Any, ...]]
    kwargs: dict[str, Any]  # the official's keyword names
    answer: tuple[int, Any]
    missing: tuple[str, ...]  # required official arguments the spec gives no value for
    # The keyword of a JSON body given as one object, and its payload: each client gets it
    # as an object of its own request-model class of the official's name (a dict without one).
    body: tuple[str, dict[str, Any]] | None = None

    def arguments(self, target: Any) -> dict[str, Any]:
        """The keyword arguments for the method of `target` (one client's list or context)."""
        if self.body is None:
            return self.kwargs
        name, payload = self.body
        official = self.method.body_class
        own = getattr(target, official.__name__, None) if official is not None else None
        return {**self.kwargs, name: (own or JsonBody)(payload)}


def prepare(method: Method, target: Target) -> Call:
    op = target.operation
    by_path = path_values(target)
    chain_values = [tuple(by_path.get(wire, "x") for wire in slots) for slots in target.slots]
    request = op.request_example.value if op.request_example is not None else None
    by_wire = {p.wire_name: p for p in op.params}
    kwargs: dict[str, Any] = {}
    for name, wire in method.wire_names:
        param = by_wire.get(wire)
        if param is None or param.location == "path":
            continue
        raw = request.get(wire) if isinstance(request, dict) else None
        if not _usable(param, raw):
            raw = param.example.value if param.example is not None else None
        if _usable(param, raw):
            kwargs[name] = python_value(param, raw)
    body_param = _body_param(method)
    body = None
    if body_param and op.sends_json:  # the official takes the body as one object
        body = (body_param, request if isinstance(request, dict) else _body_from_params(op))
    given = set(kwargs) | ({body_param} if body else set())
    missing = tuple(name for name in method.required if name not in given)
    answer = _answer(op, target.resource.list_key)
    return Call(method, target, chain_values, kwargs, answer, missing, body)


def _body_from_params(op: Operation) -> dict[str, Any]:
    """A JSON body made of the examples of its properties, where the spec gives no whole one."""
    return {
        p.wire_name: coerce(p, p.example.value)
        for p in op.params
        if p.location == "json" and p.example is not None and _usable(p, p.example.value)
    }


def _answer(op: Operation, list_key: str | None) -> tuple[int, Any]:
    """The spec's example answer; a list's as its last page, its `meta` naming the list's key
    as Twilio's pages do (some examples leave it out)."""
    body = op.response_example.value if op.response_example is not None else None
    if op.kind == "delete" or op.success_status == 204:
        return op.success_status, None
    if op.kind == "list" and isinstance(body, dict):  # one page: the last
        if isinstance(body.get("meta"), dict):
            key = {"key": list_key} if list_key else {}
            body = {**body, "meta": {**key, **body["meta"], "next_page_url": None}}
        if "next_page_uri" in body:
            body = {**body, "next_page_uri": None}
    return op.success_status, body if body is not None else {}


@dataclass
class Outcome:
    sent: list[Sent]
    result: Any = None
    error: str = ""


def run(call: Call, make_client: Callable[[Recorder], Any]) -> Outcome:
    recorder = Recorder([call.answer])
    outcome = Outcome(recorder.sent)
    try:
        target = reach(make_client(recorder), call.method.chain, call.chain_values)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            outcome.result = getattr(target, call.method.name)(**call.arguments(target))
    except Exception as error:  # noqa: BLE001  # reported as a difference
        outcome.error = f"{type(error).__name__}: {error}"[:300]
    return outcome

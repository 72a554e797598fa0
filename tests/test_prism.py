"""Prism, Stoplight's mock server, checks every request the generated client sends against the spec.

Prism answers a request that breaks the spec with 422 (or 415 for a wrong
content type). Every operation's example call, as the generated tests make
it, plus a paged list, goes through the real client to Prism over HTTP.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import socket
import subprocess
import time
from typing import Any, Iterator

import httpx
import pytest

from generator.examples import example_call
from generator.ir import Param
from generator.pipeline import load_and_build
from twilio_sdk import Client

from .helpers import ROOT, SPEC

PRISM = ROOT / "node_modules" / "@stoplight" / "prism-cli" / "dist" / "index.js"
needs_prism = pytest.mark.skipif(
    not PRISM.exists() and not os.environ.get("CI"),
    reason="Prism is not installed (make installs it with npm)",
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def prism() -> Iterator[str]:
    node = shutil.which("node")
    assert (
        node is not None and PRISM.exists()
    ), "Prism needs node and `npm ci` (the Makefile runs it)"
    port = free_port()
    process = subprocess.Popen(
        [node, str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(SPEC)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                httpx.get(url + "/", timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stdout.read() if process.stdout else ""
                time.sleep(0.2)
        else:
            raise AssertionError("Prism did not start within 60 s")
        yield url
    finally:
        os.kill(process.pid, signal.SIGTERM)  # the node process itself, by its PID
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def typed(param: Param, value: Any) -> Any:
    """A wire example as the Python value the SDK takes."""
    if param.type.kind == "date" and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if param.type.kind == "date_time" and isinstance(value, str):
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


@needs_prism
def test_every_request_the_client_sends_passes_prism_validation(prism: str) -> None:
    sent: list[httpx.Response] = []
    http = httpx.Client(event_hooks={"response": [lambda response: sent.append(response)]})
    client = Client("AC" + "a" * 32, "prism-token", base_url=prism, http_client=http, max_retries=0)
    api = load_and_build([SPEC])
    covered = set()
    for domain, version, chain in api.chains:
        resource = chain[-1]
        for op in resource.operations:
            call = example_call(domain, chain, op)
            target: Any = getattr(getattr(client, domain.name), version.name)
            for step in call.steps:
                target = getattr(target, step.mount_name)
                if step.args is not None:
                    target = target(*(typed(p, v) for p, v in step.args))
            kwargs = {p.py_name: typed(p, v) for p, v in call.kwargs}
            if op.kind == "list":
                target.list(page_size=2, **kwargs)
                target.page(page_size=5, page_number=0, **kwargs)
            else:
                getattr(target, op.kind)(**kwargs)
            covered.add(op.operation_id)

    rejected = [
        (r.request.method, str(r.request.url), r.status_code, r.text[:200])
        for r in sent
        if r.status_code in (415, 422)
    ]
    assert rejected == []
    assert all(200 <= r.status_code < 300 for r in sent)
    assert covered == {op.operation_id for _, _, r in api.resources for op in r.operations}
    print(f"prism: {len(sent)} requests, {len(covered)} operations, {len(rejected)} rejected")


@needs_prism
def test_prism_would_notice_a_bad_request(prism: str) -> None:
    """The check above can fail: a request that breaks the spec is answered 422."""
    response = httpx.post(
        f"{prism}/v1/ConnectionPolicies",
        data={"FriendlyName": "x" * 256},
        auth=("AC" + "a" * 32, "t"),
    )
    assert response.status_code == 422
    response = httpx.get(f"{prism}/v1/ConnectionPolicies/NYnot-a-sid", auth=("AC" + "a" * 32, "t"))
    assert response.status_code == 422

"""The arguments of ``Client`` and ``AsyncClient``: spelled out and typed, so that mypy and an
editor know them, with the official ``twilio`` package's names and positional order.

The typing tests run mypy --strict once over three small user scripts against the fixture SDK:
one that gets the arguments wrong, one that uses every option, one that reveals the fake's
client types.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import re
import subprocess
import sys
from typing import Any, Callable

import httpx
import pytest
import twilio.rest

from twilio_sdk import AsyncClient, Client, ValidationError
from twilio_sdk._runtime.client import user_agent

from .helpers import GENERATED

ACCOUNT = "AC" + "a" * 32
SUBACCOUNT = "AC" + "b" * 32
TOKEN = "secret-token"
SID = "NY" + "c" * 32
POLICY = {"sid": SID, "friendly_name": "Primary"}
# The official package's names; the first three are also its positional arguments, in order.
OFFICIAL = (
    "username",
    "password",
    "account_sid",
    "region",
    "edge",
    "http_client",
    "user_agent_extensions",
)

# A value of the right type for every option of the clients, by name; POOL is the type of
# http_client (httpx.Client or httpx.AsyncClient).
EVERY_OPTION = {
    "username": '"AC123"',
    "password": '"token"',
    "account_sid": '"AC456"',
    "region": '"au1"',
    "edge": '"sydney"',
    "http_client": "httpx.POOL()",
    "user_agent_extensions": '["my-app/1.0"]',
    "base_url": '"http://127.0.0.1:8080/{domain}"',
    "timeout": "3",
    "max_retries": "0",
    "retry_policy": "RetryPolicy(max_retries=1)",
    "max_response_bytes": "1024",
    "environ": "{}",
}

# Each line is a mistake mypy --strict must report on that line, with these words.
MISTAKES = [
    ('Client("AC123", "token", timeoutt=3)', 'Unexpected keyword argument "timeoutt" for "Client"'),
    (
        'AsyncClient("AC123", "token", timeoutt=3)',
        'Unexpected keyword argument "timeoutt" for "AsyncClient"',
    ),
    (
        'Client(account_sid="AC123", auth_token="x")',
        'Unexpected keyword argument "auth_token" for "Client"',
    ),
    ('Client("AC123", "token", "AC456", "au1")', 'Too many positional arguments for "Client"'),
    (
        'Client("AC123", "token", http_client=httpx.AsyncClient())',
        'Argument "http_client" to "Client" has incompatible type',
    ),
    (
        "AsyncClient(http_client=httpx.Client())",
        'Argument "http_client" to "AsyncClient" has incompatible type',
    ),
    ('Client(timeout="3")', 'Argument "timeout" to "Client" has incompatible type "str"'),
    (
        "Client(max_response_bytes=1.5)",
        'Argument "max_response_bytes" to "Client" has incompatible type "float"',
    ),
    ("Client(user_agent_extensions=[1])", 'List item 0 has incompatible type "int"'),
]
IMPORTS = (
    "import httpx\n\n"
    "from twilio_sdk import AsyncClient, Client, RetryPolicy\n"
    "from twilio_sdk.testing import FakeTwilio\n\n"
)


def call(kind: str, pool: str) -> str:
    arguments = ", ".join(
        f"{name}={value.replace('POOL', pool)}" for name, value in EVERY_OPTION.items()
    )
    return f"{kind}({arguments})"


SCRIPTS = {
    "mistakes.py": IMPORTS + "".join(line + "\n" for line, _ in MISTAKES),
    "every_option.py": IMPORTS
    + (
        "def positional() -> Client:\n"
        '    return Client("AC123", "token", "AC456")\n\n\n'
        "def by_name() -> Client:\n"
        f"    return {call('Client', 'Client')}\n\n\n"
        "def async_by_name() -> AsyncClient:\n"
        f"    return {call('AsyncClient', 'AsyncClient')}\n\n\n"
        "def client() -> Client:  # a pytest fixture's shape\n"
        "    return FakeTwilio().client()\n\n\n"
        "def async_client() -> AsyncClient:\n"
        "    return FakeTwilio().async_client()\n"
    ),
    "reveal.py": IMPORTS
    + "reveal_type(FakeTwilio().client())\nreveal_type(FakeTwilio().async_client())\n",
}


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """mypy --strict's lines on each script, by script name."""
    folder = tmp_path_factory.mktemp("client-arguments")
    for name, text in SCRIPTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(folder / "cache"),
            *SCRIPTS,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=folder,
        env={**os.environ, "MYPYPATH": str(GENERATED / "src")},
    )
    assert not result.stderr, result.stderr
    lines: dict[str, list[str]] = {name: [] for name in SCRIPTS}
    for line in result.stdout.splitlines():
        name = line.split(":", 1)[0]
        assert name in lines, result.stdout  # a script of ours, not the SDK
        lines[name].append(line)
    return lines


def test_every_mistake_in_the_arguments_is_a_mypy_error_naming_it(
    mypy_output: dict[str, list[str]],
) -> None:
    first = IMPORTS.count("\n") + 1
    errors = [line for line in mypy_output["mistakes.py"] if ": error: " in line]
    for number, (code, words) in enumerate(MISTAKES, start=first):
        at_line = [line for line in errors if line.startswith(f"mistakes.py:{number}: ")]
        assert any(words in line for line in at_line), (code, at_line, mypy_output["mistakes.py"])


def test_every_option_the_official_names_and_the_positional_three_pass_mypy_strict(
    mypy_output: dict[str, list[str]],
) -> None:
    ours = list(inspect.signature(Client).parameters)
    assert list(EVERY_OPTION) == ours  # the script uses every option there is, no more
    assert mypy_output["every_option.py"] == []


def test_the_fakes_clients_are_typed_as_the_sdks(mypy_output: dict[str, list[str]]) -> None:
    revealed = [re.sub(r"^reveal\.py:\d+: note: ", "", line) for line in mypy_output["reveal.py"]]
    assert revealed == [
        'Revealed type is "twilio_sdk.client.Client"',
        'Revealed type is "twilio_sdk.client.AsyncClient"',
    ]


@pytest.mark.parametrize("kind", [Client, AsyncClient])
def test_the_signature_has_the_official_names_in_the_official_order(
    kind: type[Client] | type[AsyncClient],
) -> None:
    official = inspect.signature(twilio.rest.Client).parameters
    ours = inspect.signature(kind).parameters
    assert set(OFFICIAL) <= set(official) and set(OFFICIAL) <= set(ours)
    assert list(ours)[:3] == list(official)[:3] == list(OFFICIAL[:3])
    positional = [
        name for name, p in ours.items() if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    ]
    assert positional == list(OFFICIAL[:3])
    assert all(
        p.kind is inspect.Parameter.KEYWORD_ONLY
        for name, p in ours.items()
        if name not in positional
    )
    assert all(p.annotation is not inspect.Parameter.empty for p in ours.values())


@pytest.mark.parametrize("kind", [Client, AsyncClient])
def test_the_docstring_describes_every_option(kind: type[Client] | type[AsyncClient]) -> None:
    listed = re.findall(r"^        (\w+): ", kind.__doc__ or "", re.MULTILINE)
    assert listed == list(inspect.signature(kind).parameters)


class Recorder:
    """A transport that answers every request with the same policy and keeps the requests."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=POLICY)


def fetch(client: Client | AsyncClient) -> None:
    if isinstance(client, AsyncClient):
        asyncio.run(client.voice.v1.connection_policies(SID).fetch())
    else:
        client.voice.v1.connection_policies(SID).fetch()


@pytest.mark.parametrize("kind, pool", [(Client, httpx.Client), (AsyncClient, httpx.AsyncClient)])
def test_the_official_names_work_by_position_and_by_name(
    kind: Callable[..., Client | AsyncClient], pool: Callable[..., httpx.Client | httpx.AsyncClient]
) -> None:
    recorder = Recorder()
    transport = httpx.MockTransport(recorder)
    by_position = kind(ACCOUNT, TOKEN, SUBACCOUNT, http_client=pool(transport=transport))
    by_name = kind(
        username=ACCOUNT,
        password=TOKEN,
        account_sid=SUBACCOUNT,
        region="au1",
        edge="sydney",
        http_client=pool(transport=transport),
        user_agent_extensions=["my-app/1.0", "ci"],
    )
    for client in (by_position, by_name):
        assert (client.username, client.account_sid) == (ACCOUNT, SUBACCOUNT)
        fetch(client)
    first, second = recorder.requests
    assert (
        first.headers["Authorization"]
        == second.headers["Authorization"]
        == httpx.BasicAuth(ACCOUNT, TOKEN)._auth_header
    )
    assert first.url.host == "voice.twilio.com" and second.url.host == "voice.sydney.au1.twilio.com"
    assert not first.headers["User-Agent"].endswith(" ci")
    assert second.headers["User-Agent"] == first.headers["User-Agent"] + " my-app/1.0 ci"


@pytest.mark.parametrize("kind", [Client, AsyncClient])
def test_the_extensions_reach_a_pool_the_client_makes(
    kind: type[Client] | type[AsyncClient],
) -> None:
    client = kind(ACCOUNT, TOKEN, user_agent_extensions=("my-app/1.0",))
    assert client._http.headers["User-Agent"] == user_agent(kind.user_agent) + " my-app/1.0"


@pytest.mark.parametrize("kind", [Client, AsyncClient])
@pytest.mark.parametrize(
    "arguments",
    [
        {"timeoutt": 3},  # misspelt
        {"auth_token": TOKEN},  # not a name of the official package either: it says password
    ],
)
def test_a_wrong_keyword_is_a_type_error_naming_it(
    kind: type[Client] | type[AsyncClient], arguments: dict[str, Any]
) -> None:
    [name] = arguments
    with pytest.raises(TypeError, match=f"unexpected keyword argument '{name}'"):
        kind(ACCOUNT, TOKEN, **arguments)


@pytest.mark.parametrize("kind", [Client, AsyncClient])
def test_only_the_first_three_go_by_position(kind: type[Client] | type[AsyncClient]) -> None:
    with pytest.raises(TypeError, match="positional argument"):
        kind(ACCOUNT, TOKEN, SUBACCOUNT, "au1")  # type: ignore[call-arg]  # the mistake under test


@pytest.mark.parametrize(
    "extensions", ["my-app/1.0", ["bad\r\nX-Injected: 1"], ["caf\u00e9/1"], ["  "], [7]]
)
def test_an_extension_that_is_not_header_text_is_refused(extensions: object) -> None:
    with pytest.raises(ValidationError, match="user_agent_extensions"):
        Client(ACCOUNT, TOKEN, user_agent_extensions=extensions)  # type: ignore[arg-type]  # the mistake under test

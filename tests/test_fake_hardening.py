"""The fake's HTTP server against hostile requests: each gets a prompt answer in Twilio's error JSON.

Issue 18, item 5: a 5,000-digit `PageSize` or `Page` killed the handler (int() refuses past 4,300
digits). Each test runs the fake in a child process on 127.0.0.1 and talks to it over real
sockets; every socket read waits at most 10 s.
"""

from __future__ import annotations

import time
from typing import Iterator
from urllib.parse import quote

import httpx
import pytest
import yaml

from .fake_servers import FIXTURES, generate, serve
from .helpers import GENERATED

ACCOUNT = "AC" + "5" * 32
TOKEN = "hardening-token"


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    """The fake of the session's fixture SDK."""
    with serve(GENERATED / "src", ACCOUNT, TOKEN) as url:
        yield url


@pytest.fixture(scope="module")
def undeclared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fake whose list declares no paging parameter (it pages by them all the same), and a number."""
    folder = tmp_path_factory.mktemp("undeclared")
    spec = yaml.safe_load((FIXTURES / "products_chat_v1.yaml").read_text(encoding="utf-8"))
    listing = spec["paths"]["/v1/Services"]["get"]
    listing["parameters"] = [p for p in listing["parameters"] if p["name"] not in ("PageSize", "Page", "PageToken")]
    listing["parameters"].append({"name": "Score", "in": "query", "schema": {"type": "number"}})
    (folder / "chat_v1.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    with serve(generate(folder / "sdk", folder / "chat_v1.yaml"), ACCOUNT, TOKEN) as url:
        yield url


# -- paging parameters ------------------------------------------------------------------------------

HOSTILE_NUMBERS = [
    "9" * 5000,  # past int()'s 4,300 digits: it raised ValueError and the handler died
    "1" + "0" * 30,  # past 64 bits
    "-1",
    "1e9",
    "\u00b2",  # a digit to str.isdigit, not to int()
    "\u0663",  # an Arabic-Indic three: a digit to int(), not to the API
    "",
    " 7",
]


@pytest.mark.parametrize("value", HOSTILE_NUMBERS, ids=lambda v: repr(v[:12]))
@pytest.mark.parametrize("name", ["PageSize", "Page"])
def test_a_hostile_page_size_or_page_is_a_400_naming_it(served: str, undeclared: str, name: str, value: str) -> None:
    # Voice declares them; the other checks them as if it did.
    for url in (f"{served}/v1/ConnectionPolicies", f"{undeclared}/v1/Services"):
        started = time.monotonic()
        response = httpx.get(f"{url}?{name}={quote(value)}", auth=(ACCOUNT, TOKEN), timeout=10)
        assert time.monotonic() - started < 5
        body = response.json()
        assert response.status_code == 400 and body["code"] == 20001, (url, body)
        assert body["message"].startswith(f"Invalid parameter {name}: "), body
        assert len(body["message"]) < 200, body  # a long value is quoted cut short
    assert httpx.get(f"{served}/v1/ConnectionPolicies?{name}=1", auth=(ACCOUNT, TOKEN)).status_code == 200


@pytest.mark.parametrize("value", HOSTILE_NUMBERS, ids=lambda v: repr(v[:12]))
def test_a_page_token_is_opaque_and_never_breaks_the_fake(served: str, undeclared: str, value: str) -> None:
    # The spec calls PageToken "an opaque marker" of type string, so any text is valid data;
    # the fake pages by Page and never reads the token as a number.
    for url in (f"{served}/v1/ConnectionPolicies", f"{undeclared}/v1/Services"):
        response = httpx.get(f"{url}?PageToken={quote(value)}", auth=(ACCOUNT, TOKEN), timeout=10)
        assert response.status_code == 200, response.text
        assert response.json()["meta"]["page"] == 0


def test_the_largest_64_bit_page_is_an_empty_page(served: str) -> None:
    response = httpx.get(f"{served}/v1/ConnectionPolicies?Page={2**63 - 1}", auth=(ACCOUNT, TOKEN), timeout=10)
    assert response.status_code == 200
    assert response.json()["connection_policies"] == [] and response.json()["meta"]["page"] == 2**63 - 1




@pytest.mark.parametrize("value", ["nan", "inf", "-Infinity", "1e999", "\u0663", "1_000", "0x10", "9" * 5000])
def test_a_number_that_is_not_a_finite_decimal_is_a_400_naming_it(undeclared: str, value: str) -> None:
    response = httpx.get(f"{undeclared}/v1/Services?Score={quote(value)}", auth=(ACCOUNT, TOKEN), timeout=10)
    assert response.status_code == 400 and response.json()["message"].startswith("Invalid parameter Score: "), response.text
    for good in ("1.5", "-2", ".5", "3.", "1e-3", "+7E2"):
        assert httpx.get(f"{undeclared}/v1/Services?Score={quote(good)}", auth=(ACCOUNT, TOKEN), timeout=10).status_code == 200

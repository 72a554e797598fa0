"""The generated fake (`twilio_sdk.testing`): state, checks, errors, paging, auth, and its HTTP
server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Iterator

import httpx
import pytest
from twilio.rest import Client as OfficialClient

from twilio_sdk import AuthenticationError, Client, NotFoundError
from twilio_sdk.testing import FakeTwilio

from twilio_sdk_test_support import first_line

from .helpers import GENERATED

ACCOUNT = "AC" + "5" * 32
TOKEN = "fake-token-for-tests"


@pytest.fixture
def fake() -> FakeTwilio:
    return FakeTwilio(ACCOUNT, TOKEN)


def raw(
    fake: FakeTwilio,
    method: str,
    path: str,
    data: dict[str, Any] | None = None,
    auth: Any = (ACCOUNT, TOKEN),
) -> httpx.Response:
    with httpx.Client(transport=fake.transport(), base_url=fake.base_url, auth=auth) as http:
        return http.request(method, path, data=data)


def test_created_resources_get_sids_dates_and_urls_pointing_back_at_the_fake(
    fake: FakeTwilio,
) -> None:
    policy = fake.client().voice.v1.connection_policies.create(friendly_name="Primary")
    assert policy.sid is not None and len(policy.sid) == 34 and policy.sid.startswith("NY")
    assert policy.account_sid == ACCOUNT
    assert policy.date_created is not None and policy.date_created.tzinfo is not None
    assert policy.url == f"{fake.base_url}/v1/ConnectionPolicies/{policy.sid}"
    assert policy.links == {
        "targets": f"{fake.base_url}/v1/ConnectionPolicies/{policy.sid}/Targets"
    }


def test_an_unknown_sid_is_a_404_with_twilio_error_json(fake: FakeTwilio) -> None:
    response = raw(fake, "GET", "/v1/ConnectionPolicies/NY" + "f" * 32)
    assert response.status_code == 404
    body = response.json()
    assert (body["code"], body["status"]) == (20404, 404)
    assert body["more_info"] == "https://www.twilio.com/docs/errors/20404"
    assert "NY" + "f" * 32 in body["message"]
    with pytest.raises(NotFoundError):
        fake.client().voice.v1.connection_policies("NY" + "f" * 32).fetch()


@pytest.mark.parametrize(
    ("path", "data", "named"),
    [
        ("/v1/ConnectionPolicies", {"FriendlyName": "x" * 256}, "FriendlyName"),
        ("/v1/ConnectionPolicies/NYbad", {}, "Sid"),
        ("/v1/ByocTrunks", {"VoiceUrl": "not a URL"}, "VoiceUrl"),
        ("/v1/ByocTrunks", {"CnamLookupEnabled": "maybe"}, "CnamLookupEnabled"),
        ("/v1/IpRecords", {"FriendlyName": "office"}, "IpAddress"),
        ("/v1/IpRecords", {"IpAddress": "10.0.0.1", "CidrPrefixLength": "33"}, "CidrPrefixLength"),
        (
            "/v1/IpRecords",
            {"IpAddress": "10.0.0.1", "CidrPrefixLength": "eight"},
            "CidrPrefixLength",
        ),
    ],
)
def test_a_bad_request_is_a_400_naming_the_parameter(
    fake: FakeTwilio, path: str, data: dict[str, str], named: str
) -> None:
    response = raw(fake, "POST", path, data)
    assert response.status_code == 400
    body = response.json()
    assert (body["code"], body["status"]) == (20001, 400)
    assert named in body["message"]


def test_a_value_the_spec_enum_does_not_list_is_taken(fake: FakeTwilio) -> None:
    """Twilio adds enum values before its specs list them, and the SDK sends them as given."""
    response = raw(fake, "POST", "/v1/ByocTrunks", {"VoiceMethod": "PURGE"})
    assert response.status_code == 201, response.text
    assert response.json()["voice_method"] == "PURGE"


def test_query_parameters_are_checked_too(fake: FakeTwilio) -> None:
    assert (
        raw(fake, "GET", "/v1/ConnectionPolicies?PageSize=0")
        .json()["message"]
        .startswith("Invalid parameter PageSize")
    )
    assert raw(fake, "GET", "/v1/ConnectionPolicies?PageSize=1001").status_code == 400
    assert raw(fake, "GET", "/v1/ConnectionPolicies?Page=-1").status_code == 400


@pytest.mark.parametrize("auth", [None, (ACCOUNT, "wrong"), ("AC" + "6" * 32, TOKEN)])
def test_missing_or_wrong_credentials_are_a_401(fake: FakeTwilio, auth: Any) -> None:
    response = raw(fake, "GET", "/v1/ConnectionPolicies", auth=auth)
    assert response.status_code == 401
    assert response.json()["code"] == 20003
    intruder = Client(
        ACCOUNT,
        "wrong",
        base_url=fake.base_url,
        http_client=httpx.Client(transport=fake.transport()),
    )
    with pytest.raises(AuthenticationError):
        intruder.voice.v1.connection_policies.list()


def test_credentials_default_to_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    fake = FakeTwilio()
    assert (fake.account_sid, fake.auth_token) == (ACCOUNT, TOKEN)
    assert raw(fake, "GET", "/v1/ConnectionPolicies").status_code == 200


def test_lists_page_for_real(fake: FakeTwilio) -> None:
    client = fake.client()
    sids = [client.voice.v1.connection_policies.create(friendly_name=f"p{i}").sid for i in range(5)]
    body = raw(fake, "GET", "/v1/ConnectionPolicies?PageSize=2&Page=1&PageToken=PT1").json()
    assert [p["sid"] for p in body["connection_policies"]] == sids[2:4]
    meta = body["meta"]
    assert (meta["page"], meta["page_size"], meta["key"]) == (1, 2, "connection_policies")
    assert (
        meta["next_page_url"]
        == f"{fake.base_url}/v1/ConnectionPolicies?PageSize=2&Page=2&PageToken=PT2"
    )
    assert (
        meta["previous_page_url"]
        == f"{fake.base_url}/v1/ConnectionPolicies?PageSize=2&Page=0&PageToken=PT0"
    )
    last = client.voice.v1.connection_policies.get_page(meta["next_page_url"])
    assert [p.sid for p in last] == sids[4:] and last.next_page_url is None
    assert [p.sid for p in client.voice.v1.connection_policies.stream(page_size=2)] == sids


def test_list_filters_narrow_the_results(fake: FakeTwilio) -> None:
    countries = fake.client().voice.v1.dialing_permissions.countries
    assert [c.iso_code for c in countries.list(iso_code="US")] == ["US"]
    assert countries.list(continent="EUROPE") == []
    assert [c.iso_code for c in countries.list(low_risk_numbers_enabled=False)] == ["US"]


def test_children_need_their_parent_and_go_with_it(fake: FakeTwilio) -> None:
    client = fake.client()
    with pytest.raises(NotFoundError):
        client.voice.v1.connection_policies("NY" + "e" * 32).targets.create(
            target="sip:a@example.com"
        )
    policy = client.voice.v1.connection_policies.create()
    assert policy.sid is not None
    target = client.voice.v1.connection_policies(policy.sid).targets.create(
        target="sip:a@example.com"
    )
    assert target.sid is not None and target.connection_policy_sid == policy.sid
    client.voice.v1.connection_policies(policy.sid).delete()
    with pytest.raises(NotFoundError):
        client.voice.v1.connection_policies(policy.sid).targets(target.sid).fetch()


def test_singletons_and_seeded_resources_work(fake: FakeTwilio) -> None:
    settings = fake.client().voice.v1.dialing_permissions.settings()
    assert settings.fetch().dialing_permissions_inheritance is True
    settings.update(dialing_permissions_inheritance=False)
    assert settings.fetch().dialing_permissions_inheritance is False
    fake.reset()
    assert settings.fetch().dialing_permissions_inheritance is True


def test_async_client_on_the_fake(fake: FakeTwilio) -> None:
    import asyncio

    async def main() -> list[str | None]:
        client = fake.async_client()
        created = await client.voice.v1.ip_records.create(ip_address="10.0.0.1")
        names = [r.ip_address async for r in client.voice.v1.ip_records.stream()]
        assert created.ip_address == "10.0.0.1"
        await client.aclose()
        return names

    assert asyncio.run(main()) == ["10.0.0.1"]


# -- the HTTP server ---------------------------------------------------------------------------


def start(*args: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "twilio_sdk.testing", "--port", "0", *args],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(GENERATED / "src"), **(env or {})},
    )
    line = first_line(process).strip()
    assert line.startswith("listening on http://127.0.0.1:"), line
    return process, line.removeprefix("listening on ")


@pytest.fixture
def served() -> Iterator[str]:
    process, url = start("--account-sid", ACCOUNT, "--auth-token", TOKEN)
    yield url
    os.kill(process.pid, signal.SIGTERM)
    process.wait(timeout=10)


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_the_server_stops_cleanly_on_a_signal(stop: signal.Signals) -> None:
    process, url = start(env={"TWILIO_ACCOUNT_SID": ACCOUNT, "TWILIO_AUTH_TOKEN": TOKEN})
    assert httpx.get(f"{url}/v1/ConnectionPolicies", auth=(ACCOUNT, TOKEN)).status_code == 200
    started = time.monotonic()
    os.kill(process.pid, stop)
    assert process.wait(timeout=10) == 0
    assert time.monotonic() - started < 5


def test_the_server_takes_credentials_from_its_arguments(served: str) -> None:
    assert httpx.get(f"{served}/v1/IpRecords", auth=(ACCOUNT, TOKEN)).status_code == 200
    assert httpx.get(f"{served}/v1/IpRecords", auth=(ACCOUNT, "nope")).status_code == 401


def test_the_server_is_threaded_and_keeps_state_across_connections(served: str) -> None:
    def create(i: int) -> str:
        with httpx.Client(auth=(ACCOUNT, TOKEN)) as http:
            return str(
                http.post(f"{served}/v1/IpRecords", data={"IpAddress": f"10.0.0.{i}"}).json()["sid"]
            )

    with ThreadPoolExecutor(max_workers=8) as pool:
        sids = list(pool.map(create, range(20)))
    listed = httpx.get(f"{served}/v1/IpRecords?PageSize=50", auth=(ACCOUNT, TOKEN)).json()[
        "ip_records"
    ]
    assert sorted(r["sid"] for r in listed) == sorted(sids)
    assert len(set(sids)) == 20


# -- the official package against the fake ---------------------------------------------------------


def test_the_official_twilio_package_works_against_the_fake(served: str) -> None:
    client = OfficialClient(ACCOUNT, TOKEN)
    client.voice.base_url = served
    policies = client.voice.v1.connection_policies
    created = [policies.create(friendly_name=f"policy {i}") for i in range(3)]
    assert [p.friendly_name for p in created] == ["policy 0", "policy 1", "policy 2"]
    fetched = policies(created[0].sid).fetch()
    assert (fetched.sid, fetched.friendly_name, fetched.account_sid) == (
        created[0].sid,
        "policy 0",
        ACCOUNT,
    )
    assert policies(created[0].sid).update(friendly_name="renamed").friendly_name == "renamed"
    assert policies(created[0].sid).fetch().friendly_name == "renamed"
    assert [p.sid for p in policies.list(page_size=2)] == [p.sid for p in created]
    assert [p.friendly_name for p in policies.stream(page_size=1)] == [
        "renamed",
        "policy 1",
        "policy 2",
    ]

    targets = policies(created[1].sid).targets
    made = [
        targets.create(
            target=f"sip:edge{i}@example.com",
            friendly_name=f"t{i}",
            priority=i,
            weight=10 + i,
            enabled=True,
        )
        for i in range(3)
    ]
    assert [(t.target, t.priority, t.weight, t.enabled) for t in made] == [
        (f"sip:edge{i}@example.com", i, 10 + i, True) for i in range(3)
    ]
    target = targets(made[0].sid).fetch()
    assert (target.connection_policy_sid, target.friendly_name) == (created[1].sid, "t0")
    updated = targets(made[0].sid).update(priority=7, enabled=False)
    assert (updated.priority, updated.enabled) == (7, False)
    assert [t.sid for t in targets.stream(page_size=2)] == [t.sid for t in made]
    assert [t.sid for t in targets.list(limit=2)] == [t.sid for t in made[:2]]
    assert targets(made[2].sid).delete() is True
    assert [t.sid for t in targets.list()] == [t.sid for t in made[:2]]
    for policy in created:
        assert policies(policy.sid).delete() is True
    assert policies.list() == []


def test_the_reset_path_forgets_what_was_created_and_needs_the_credentials(
    fake: FakeTwilio,
) -> None:
    client = fake.client()
    policy = client.voice.v1.connection_policies.create(friendly_name="Primary")
    assert policy.sid is not None
    assert raw(fake, "POST", "/__fake__/reset", auth=("AC" + "0" * 32, "wrong")).status_code == 401
    assert client.voice.v1.connection_policies(policy.sid).fetch() == policy
    assert raw(fake, "POST", "/__fake__/reset").status_code == 204
    with pytest.raises(NotFoundError):
        client.voice.v1.connection_policies(policy.sid).fetch()

"""A spec enum's members are the strings the API sends: they compare, print and format as
them, as the official SDK's plain strings do (templates/runtime/values.py, WireEnum)."""

from __future__ import annotations

import json

from twilio_sdk.testing import FakeTwilio
from twilio_sdk.voice.v1.byoc_trunk import ByocTrunk, HttpMethod


def test_a_member_prints_and_formats_as_its_wire_value() -> None:
    member = HttpMethod.POST
    assert str(member) == "POST"
    assert f"{member}" == "POST"
    assert f"[{member:>6}]" == "[  POST]"
    assert "%s" % member == "POST"
    assert "{}".format(member) == "POST"
    assert repr(member) == "<HttpMethod.POST: 'POST'>"  # repr still says which enum it is


def test_a_member_compares_and_serialises_as_its_wire_value() -> None:
    assert HttpMethod.GET == "GET"
    assert HttpMethod("GET") is HttpMethod.GET
    assert json.dumps({"method": HttpMethod.GET}) == '{"method": "GET"}'
    by_member: dict[str, int] = {HttpMethod.GET: 1}
    assert by_member["GET"] == 1


def test_a_field_read_from_an_answer_prints_as_the_wire_value() -> None:
    client = FakeTwilio().client()
    trunk = client.voice.v1.byoc_trunks.create(voice_method=HttpMethod.POST)
    assert trunk.sid is not None
    fetched: ByocTrunk = client.voice.v1.byoc_trunks(trunk.sid).fetch()
    assert isinstance(fetched.voice_method, HttpMethod)
    assert f"method={fetched.voice_method}" == "method=POST"

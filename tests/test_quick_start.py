"""Twilio's quick-start calls, written for the official package, run unchanged against the
SDK generated from Twilio's 2010 API spec and its fake (skipped without ``../shared``)."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from generator.config import load_config
from generator.pipeline import generate_files
from generator.writing import write_tree

from .helpers import CONFIG, ROOT, run_python

API_2010 = ROOT.parent / "shared" / "twilio-oai" / "yaml" / "twilio_api_v2010.yaml"

QUICK_START = textwrap.dedent("""
    import json
    from twilio_sdk.testing import FakeTwilio

    client = FakeTwilio().client()
    message = client.messages.create(
        to="+15558675310", from_="+15017122661", body="Hi there"
    )
    call = client.calls.create(
        to="+15558675310", from_="+15017122661", url="http://demo.twilio.com/docs/voice.xml"
    )
    listed = [(m.sid, m.body, m.to) for m in client.messages.list(limit=20)]
    numbers = client.incoming_phone_numbers.list()
    print(json.dumps({
        "message": [message.sid, message.body, message.to, message.from_],
        "call": [call.sid, call.to],
        "listed": listed,
        "numbers": len(numbers),
    }))
""")


@pytest.mark.skipif(not API_2010.exists(), reason="../shared/twilio-oai is absent")
def test_the_quick_start_runs_unchanged_against_the_sdk_and_its_fake(tmp_path: Path) -> None:
    write_tree(generate_files([API_2010], config=load_config(CONFIG)), tmp_path)
    ran = run_python("-c", QUICK_START, importable=(tmp_path / "src",))
    assert ran.returncode == 0, ran.stderr[-3000:]
    seen = json.loads(ran.stdout)
    sid, body, to, sender = seen["message"]
    assert sid.startswith("SM") and (body, to, sender) == (
        "Hi there",
        "+15558675310",
        "+15017122661",
    )
    assert seen["call"][0].startswith("CA") and seen["call"][1] == "+15558675310"
    assert seen["listed"] == [[sid, "Hi there", "+15558675310"]]  # the fake kept what was sent
    assert seen["numbers"] == 0

"""Values read back and sent as the official `twilio` package does, on Twilio's own specs.

Each check cuts one published spec (``../shared/twilio-oai/yaml/``, skipped when absent) down to
the paths it needs, generates it, and runs one script against both SDKs through the recording
transport of `tests/test_official_sdk.py`: the requests sent and the values read back must be
equal. The generated SDK is also called ``twilio_sdk``, so the script runs in a process of
its own.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
import yaml

from generator.pipeline import generate_files
from generator.writing import write_tree

from .helpers import ROOT, run_python

SPECS = ROOT.parent / "shared" / "twilio-oai" / "yaml"
pytestmark = pytest.mark.skipif(not SPECS.is_dir(), reason="the published specs are absent")


def _cut(spec_name: str, paths: list[str], folder: Path) -> Path:
    """The published spec with only `paths` (its components kept whole)."""
    spec = yaml.safe_load((SPECS / spec_name).read_text(encoding="utf-8"))
    spec["paths"] = {path: spec["paths"][path] for path in paths}
    out = folder / spec_name
    out.write_text(json.dumps(spec), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("official-values")
    specs = [
        _cut("twilio_supersim_v1.yaml", ["/v1/UsageRecords"], folder),
        _cut(
            "twilio_flex_v1.yaml",
            ["/v1/Insights/QualityManagement/Assessments", "/v1/Insights/Segments"],
            folder,
        ),
        _cut("twilio_lookups_v1.yaml", ["/v1/PhoneNumbers/{PhoneNumber}"], folder),
    ]
    out = folder / "out"
    write_tree(generate_files(specs, use_cache=False), out)
    return out


# Runs in a process whose `twilio_sdk` is the SDK cut from the published specs. `compare` runs
# `script` against both clients and prints whether the requests and the values agree.
_HARNESS = """
import json
from decimal import Decimal
from tests.test_official_sdk import Recorder, official, ours

def compare(script, answers):
    results = []
    for make in (official, ours):
        recorder = Recorder(list(answers))
        results.append((recorder.sent, script(make(recorder))))
    (their_sent, their_values), (my_sent, my_values) = results
    print(repr(their_values))
    print(repr(my_values))
    assert my_sent == their_sent, (my_sent, their_sent)
    assert my_values == their_values
    assert [type(v) for v in my_values] == [type(v) for v in their_values]
    print("same")
    return my_sent
"""


def _run(sdk: Path, script: str) -> str:
    ran = run_python(
        "-c", _HARNESS + textwrap.dedent(script), importable=(sdk / "src", ROOT), timeout=120
    )
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-3000:]
    return ran.stdout


def test_a_number_reads_as_a_decimal_and_a_decimal_argument_goes_out_as_its_text(
    sdk: Path,
) -> None:
    """Supersim's ``data_total_billed`` (``type: number``) is a Decimal in both, from text and
    from a JSON number; Flex's ``Offset`` takes a Decimal and sends its ``str``."""
    out = _run(
        sdk,
        """
        page = {
            "usage_records": [
                {"data_total_billed": "0.05000", "data_upload": 100},
                {"data_total_billed": "1.5", "data_upload": 7},
            ],
            "meta": {"key": "usage_records", "page": 0, "page_size": 50, "next_page_url": None},
        }
        assessment = {"offset": "6.985619", "assessment_sid": "FM" + "a" * 32}
        rest = dict(
            category_sid="FY" + "a" * 32, category_name="c", segment_id="s", agent_id="a",
            metric_id="GE" + "a" * 32, metric_name="n", answer_text="t", answer_id="i",
            questionnaire_sid="GM" + "a" * 32,
        )
        def script(client):
            records = client.supersim.v1.usage_records.list()
            made = client.flex_api.v1.assessments.create(offset=Decimal("6.985619"), **rest)
            again = client.flex_api.v1.assessments.create(offset=2.5, **rest)
            return [r.data_total_billed for r in records] + [made.offset, again.offset]
        sent = compare(script, [(200, page), (201, assessment), (201, assessment)])
        print(json.dumps([dict(one.form).get("Offset") for one in sent]))
        """,
    )
    assert "Decimal('0.05000')" in out
    assert json.loads(out.splitlines()[-1]) == [None, "6.985619", "2.5"]


def test_a_field_called_date_keeps_its_name(sdk: Path) -> None:
    """Flex's Insights Segments have a ``date`` field: ``segment.date``, not ``date_``."""
    out = _run(
        sdk,
        """
        page = {
            "segments": [{"segment_id": "s1", "date": "2022-05-05 10:00:00"}],
            "meta": {"key": "segments", "page": 0, "page_size": 50, "next_page_url": None},
        }
        def script(client):
            return [s.date for s in client.flex_api.v1.insights_segments.list()]
        compare(script, [(200, page)])
        """,
    )
    assert out.endswith("same\n")


def test_a_prefixed_map_goes_out_as_one_key_per_leaf(sdk: Path) -> None:
    """Lookups' ``AddOnsData`` (``format: prefixed-collapsible-map-AddOns``) is sent as
    ``AddOns.<addon>.<key>=value`` by both, a nested dict as dotted keys."""
    out = _run(
        sdk,
        """
        answer = {"phone_number": "+15108675310", "country_code": "US"}
        data = {"payfone_tcpa_compliance": {"RightPartyContactedDate": "20160101", "n": 3},
                "other": {"deep": {"er": "x"}}}
        def script(client):
            number = client.lookups.v1.phone_numbers("5108675310").fetch(
                add_ons=["payfone_tcpa_compliance"], add_ons_data=data
            )
            return [number.phone_number]
        print(json.dumps(compare(script, [(200, answer)])[0].query))
        """,
    )
    assert json.loads(out.splitlines()[-1]) == [
        ["AddOns", "payfone_tcpa_compliance"],
        ["AddOns.other.deep.er", "x"],
        ["AddOns.payfone_tcpa_compliance.RightPartyContactedDate", "20160101"],
        ["AddOns.payfone_tcpa_compliance.n", "3"],
    ]


def test_the_comparison_notices_a_float_for_a_decimal(sdk: Path) -> None:
    """The harness fails when the types read back differ, as a float for a Decimal would."""
    script = _HARNESS + textwrap.dedent("""
        calls = iter([Decimal("1.5"), 1.5])
        compare(lambda client: [next(calls)], [])
        """)
    ran = run_python("-c", script, importable=(sdk / "src", ROOT), timeout=120)
    assert ran.returncode != 0 and "AssertionError" in ran.stderr

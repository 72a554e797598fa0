"""The fields an operation's own answer adds read back as the official package reads them.

The operations of the published Twilio specs whose answers have fields their resource's model
lacks (a new key's ``secret``, a caller ID's ``validation_code``, a new factor's ``binding``...)
and the ``oneOf`` answer of a US A2P campaign, each called through the generated SDK and the
official `twilio` package on one recording transport (that of ``test_official_sdk``), which
answers both with the spec's example: every field named reads the same value in both.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.pipeline import generate_files, load_and_build
from generator.writing import write_tree

from .helpers import ROOT, run_python

YAML = ROOT.parent / "shared" / "twilio-oai" / "yaml"
SPECS = [
    YAML / f"twilio_{name}.yaml"
    for name in (
        "api_v2010",
        "iam_v1",
        "verify_v2",
        "bulkexports_v1",
        "taskrouter_v1",
        "messaging_v1",
    )
]
pytestmark = pytest.mark.skipif(
    not all(spec.exists() for spec in SPECS),
    reason="../shared/twilio-oai is not beside the project",
)
AC, WS, VA, MG, QE = (p + "a" * 32 for p in ("AC", "WS", "VA", "MG", "QE"))

# (product, operationId of the canned answer, our call, the official call, the fields compared);
# None for the fields: every field the official instance has
CASES: list[tuple[str, str, str, str, list[str] | None]] = [
    (
        "api",
        "CreateNewKey",
        f"c.api.v2010.accounts({AC!r}).new_keys.create()",
        f"c.api.v2010.accounts({AC!r}).new_keys.create()",
        ["secret"],
    ),
    (
        "api",
        "CreateNewSigningKey",
        f"c.api.v2010.accounts({AC!r}).new_signing_keys.create()",
        f"c.api.v2010.accounts({AC!r}).new_signing_keys.create()",
        ["secret"],
    ),
    (
        "api",
        "CreateValidationRequest",
        f"c.api.v2010.accounts({AC!r}).validation_requests.create(phone_number='+15551234567')",
        f"c.api.v2010.accounts({AC!r}).validation_requests.create(phone_number='+15551234567')",
        ["validation_code", "call_sid"],
    ),
    (
        "iam",
        "CreateNewKey",
        f"c.iam.v1.new_api_key.create(account_sid={AC!r})",
        f"c.iam.v1.new_api_key.create(account_sid={AC!r})",
        ["secret", "policy"],
    ),
    (
        "iam",
        "ListGetKeys",
        f"c.iam.v1.get_api_keys.list(account_sid={AC!r})[0]",
        f"c.iam.v1.get_api_keys.list(account_sid={AC!r})[0]",
        ["flags"],
    ),
    (
        "verify",
        "CreateNewFactor",
        f"c.verify.v2.services({VA!r}).entities('ff').new_factors.create("
        "friendly_name='f', factor_type='push')",
        f"c.verify.v2.services({VA!r}).entities('ff').new_factors.create("
        "friendly_name='f', factor_type='push')",
        ["binding", "options"],
    ),
    (
        "bulkexports",
        "ListDay",
        "c.bulkexports.v1.exports('Messages').days.list()[0]",
        "c.bulkexports.v1.exports('Messages').days.list()[0]",
        ["day", "size", "create_date", "friendly_name", "resource_type"],
    ),
    (
        "taskrouter",
        "CreateTaskQueueBulkRealTimeStatistics",
        f"c.taskrouter.v1.workspaces({WS!r}).task_queues.bulk_real_time_statistics.create("
        "body={'task_queue_sids': []})",
        f"c.taskrouter.v1.workspaces({WS!r}).task_queues.bulk_real_time_statistics.create("
        "body=Body({'task_queue_sids': []}))",
        ["task_queue_data", "task_queue_response_count"],
    ),
    (
        "messaging",
        "FetchUsAppToPerson",
        f"c.messaging.v1.services({MG!r}).us_app_to_person({QE!r}).fetch()",
        f"c.messaging.v1.services({MG!r}).us_app_to_person({QE!r}).fetch()",
        None,
    ),
]

SCRIPT = """
import json, sys
from tests.test_official_sdk import Recorder, official, ours

class Body:
    # a JSON body as the official package takes one: an object with to_dict()

    def __init__(self, data):
        self.data = data

    def to_dict(self):
        return self.data

def shown(value):
    return json.loads(json.dumps(value, default=str))

results = []
for status, answer, mine, theirs, fields in json.load(sys.stdin):
    read = []
    for make, expression in ((ours, mine), (official, theirs)):
        recorder = Recorder([(status, answer)])
        got = eval(expression, {"c": make(recorder), "Body": Body})
        names = fields or sorted(
            k for k in vars(got) if not k.startswith("_") and k != "additional_properties"
        )
        read.append({name: shown(getattr(got, name, "<missing>")) for name in names})
    results.append(read)
print(json.dumps(results))
"""


def _answers() -> dict[tuple[str, str], tuple[int, Any]]:
    """Each operation's success status and example answer, by product and operationId."""
    return {
        (domain.name, op.operation_id): (op.success_status, op.response_example.value)
        for domain, _, resource in load_and_build(SPECS).resources
        for op in resource.operations
        if op.response_example is not None
    }


def test_each_answers_own_fields_read_the_same_as_in_the_official_package(
    tmp_path: Path,
) -> None:
    write_tree(generate_files(SPECS), tmp_path / "out")
    answers = _answers()
    runs = [
        [*answers[(product, operation_id)], mine, theirs, fields]
        for product, operation_id, mine, theirs, fields in CASES
    ]
    ran = run_python(
        "-c",
        textwrap.dedent(SCRIPT),
        importable=(tmp_path / "out" / "src", ROOT),
        timeout=600,
        stdin=json.dumps(runs),
    )
    assert ran.returncode == 0, ran.stderr[-3000:]
    for (_, operation_id, *_), (mine, theirs) in zip(CASES, json.loads(ran.stdout), strict=True):
        assert mine == theirs, operation_id
        assert "<missing>" not in mine.values(), operation_id
        assert next(iter(theirs.values())) is not None, operation_id  # the example has it

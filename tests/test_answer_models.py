"""An operation whose answer has fields its resource's model lacks reads a model of its own
(a new key's ``secret``), named from the answer's components schema; an answer that may be one of
several shapes (``oneOf``) is read as all of them. Checked on the IR, in the generated SDK, its
generated tests and its fake."""

from __future__ import annotations

import json
import subprocess
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.building import build_api
from generator.diffing import diff_apis
from generator.ir import Api, Resource
from generator.loading import load_spec_text
from generator.pipeline import generate_files
from generator.surface import surface
from generator.writing import write_tree

from .helpers import run_python

SK = "SK" + "a" * 32
SPEC = """
openapi: 3.0.1
info: {title: Keys, version: 1.0.0}
servers: [{url: "https://keys.twilio.com"}]
components:
  schemas:
    keys.v1.key:
      type: object
      properties:
        sid: {type: string, pattern: "^SK[0-9a-fA-F]{32}$"}
        friendly_name: {type: string, nullable: true, example: ci}
    keys.v1.new_key:
      type: object
      properties:
        sid: {type: string, pattern: "^SK[0-9a-fA-F]{32}$"}
        friendly_name: {type: string, nullable: true, example: ci}
        secret: {type: string, nullable: true, example: s3cr3t}
    keys.v1.key_summary:
      type: object
      properties:
        sid: {type: string, pattern: "^SK[0-9a-fA-F]{32}$"}
    keys.v1.token:
      type: object
      properties:
        sid: {type: string, example: TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa}
    keys.v1.service.token:
      type: object
      properties:
        sid: {type: string, example: TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa}
        ttl: {type: integer, example: 60}
    keys.v1.campaign_response:
      oneOf:
        - $ref: "#/components/schemas/keys.v1.campaign"
        - $ref: "#/components/schemas/keys.v1.campaign_v2"
    keys.v1.campaign:
      type: object
      properties:
        sid: {type: string, example: QEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa}
        description: {type: string, nullable: true, example: old}
    keys.v1.campaign_v2:
      type: object
      properties:
        sid: {type: string, example: QEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa}
        privacy_policy_url: {type: string, nullable: true, example: "https://example.com/p"}
paths:
  /v1/Keys:
    x-twilio: {pathType: list}
    get:
      operationId: ListKey
      responses:
        "200":
          description: page
          content:
            application/json:
              schema:
                type: object
                properties:
                  keys: {type: array, items: {$ref: "#/components/schemas/keys.v1.key_summary"}}
                  meta: {type: object, properties: {key: {type: string}}}
    post:
      operationId: CreateKey
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                FriendlyName: {type: string}
      responses:
        "201":
          description: made
          content: {application/json: {schema: {$ref: "#/components/schemas/keys.v1.new_key"}}}
  /v1/Keys/{Sid}:
    x-twilio: {pathType: instance}
    parameters:
      - name: Sid
        in: path
        required: true
        schema: {type: string, pattern: "^SK[0-9a-fA-F]{32}$"}
    get:
      operationId: FetchKey
      responses:
        "200":
          description: one
          content: {application/json: {schema: {$ref: "#/components/schemas/keys.v1.key"}}}
    delete:
      operationId: DeleteKey
      responses:
        "204": {description: gone}
  /v1/Tokens:
    x-twilio: {pathType: list}
    post:
      operationId: CreateToken
      responses:
        "201":
          description: made
          content:
            application/json:
              schema: {$ref: "#/components/schemas/keys.v1.service.token"}
  /v1/Tokens/{Sid}:
    x-twilio: {pathType: instance}
    parameters:
      - {name: Sid, in: path, required: true, schema: {type: string}}
    get:
      operationId: FetchToken
      responses:
        "200":
          description: one
          content: {application/json: {schema: {$ref: "#/components/schemas/keys.v1.token"}}}
    post:
      operationId: UpdateToken
      responses:
        "200":
          description: one
          content:
            application/json:
              schema:
                type: object
                properties:
                  sid: {type: string}
                  rotated: {type: boolean}
  /v1/Campaigns/{Sid}:
    x-twilio: {pathType: instance}
    parameters:
      - {name: Sid, in: path, required: true, schema: {type: string}}
    get:
      operationId: FetchCampaign
      responses:
        "200":
          description: one
          content:
            application/json:
              schema: {$ref: "#/components/schemas/keys.v1.campaign_response"}
              examples:
                fetch:
                  value:
                    sid: QEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                    privacy_policy_url: "https://example.com/p"
"""


def _api(text: str = SPEC) -> Api:
    return build_api([load_spec_text(text.encode(), "keys.yaml")])


def _resource(api: Api, class_name: str) -> Resource:
    return next(r for _, _, r in api.resources if r.class_name == class_name)


def test_create_reads_the_model_of_its_own_answer_and_fetch_the_main_one() -> None:
    key = _resource(_api(), "Key")
    reads = {op.kind: key.model_of(op).name for op in key.operations if op.kind != "delete"}
    assert reads == {"create": "NewKey", "list": "Key", "fetch": "Key"}
    assert [f.py_name for f in key.fields] == ["sid", "friendly_name"]
    (new_key,) = key.answer_models
    assert [f.py_name for f in new_key.fields] == ["sid", "friendly_name", "secret"]
    # a record of the fake holds what any operation reads of it
    assert [f.wire_name for f in key.record_fields] == ["sid", "friendly_name", "secret"]


def test_an_answer_with_fewer_fields_reads_the_main_model() -> None:
    """The list's items (key_summary) have only a sid: the main model reads all of it."""
    key = _resource(_api(), "Key")
    listing = key.operation("list")
    assert listing is not None and listing.answer_model is None


def test_answer_models_are_named_from_their_schema_and_step_around_taken_names() -> None:
    """``keys.v1.service.token``'s last part is the resource's own class name, so it takes one
    more part; an answer defined in place is named from the resource and the operation."""
    token = _resource(_api(), "Token")
    assert {op.kind: op.answer_model for op in token.operations} == {
        "create": "ServiceToken",
        "fetch": None,
        "update": "TokenUpdateAnswer",
    }
    assert [m.name for m in token.answer_models] == ["ServiceToken", "TokenUpdateAnswer"]


def test_names_do_not_depend_on_the_order_of_paths() -> None:
    spec = yaml.safe_load(SPEC)
    spec["paths"] = dict(reversed(list(spec["paths"].items())))
    again = _api(json.dumps(spec))
    for _, _, resource in _api().resources:
        other = _resource(again, resource.class_name)
        assert {(op.kind, op.answer_model) for op in resource.operations} == {
            (op.kind, op.answer_model) for op in other.operations
        }


def test_a_one_of_answer_has_every_alternatives_fields() -> None:
    campaign = _resource(_api(), "Campaign")
    assert [(f.py_name, f.type.annotation) for f in campaign.fields] == [
        ("sid", "str"),
        ("description", "str"),
        ("privacy_policy_url", "str"),
    ]
    assert campaign.answer_models == ()


def test_the_api_diff_reports_a_new_answer_model_as_breaking() -> None:
    """Create once answered the key's own schema; now its answer adds a secret: the method
    returns another class (breaking), whose fields are added."""
    before = SPEC.replace(
        '$ref: "#/components/schemas/keys.v1.new_key"', '$ref: "#/components/schemas/keys.v1.key"'
    )
    assert before != SPEC
    changes = {(c.where, c.kind): c for c in diff_apis(_api(before), _api())}
    changed = changes[("client.keys.v1.keys.create", "answer model changed")]
    assert changed.breaking and changed.detail == "the main model -> NewKey"
    assert ("NewKey.secret", "field added") in changes


def test_the_surface_lists_every_models_fields() -> None:
    entries = surface(_api())
    assert entries["NewKey.secret"] == "str | None"
    assert entries["keys.v1.keys.create"] == "(friendly_name: str = UNSET) -> NewKey"
    assert "Key.secret" not in entries


SCRIPT = """
import json
from twilio_sdk.keys.v1.key import Key, NewKey
from twilio_sdk.testing import FakeTwilio

fake = FakeTwilio()
client = fake.client()
made = client.keys.v1.keys.create(friendly_name="ci")
fetched = client.keys.v1.keys(made.sid).fetch()
raw = client.keys.v1.keys(made.sid).with_raw_response.fetch()
listed = client.keys.v1.keys.list()
print(json.dumps({
    "made": [type(made).__name__, made.to_dict()],
    "fetched": [type(fetched).__name__, fetched.to_dict()],
    "listed": [type(item).__name__ for item in listed],
    "secret_read": NewKey.from_dict({"secret": "s3cr3t"}).secret,
    "key_has_no_secret": not hasattr(Key(), "secret"),
}))
"""


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("answers")
    spec = root / "keys.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    files = generate_files([spec], use_cache=False)
    write_tree(files, root / "out")
    return root / "out", files


def _run(out: Path, *command: str) -> subprocess.CompletedProcess[str]:
    return run_python(*command, importable=(out / "src",), cwd=out)


def test_the_fake_answers_each_operation_with_its_own_models_fields(
    sdk: tuple[Path, dict[str, str]],
) -> None:
    out, _ = sdk
    ran = _run(out, "-c", textwrap.dedent(SCRIPT))
    assert ran.returncode == 0, ran.stderr[-2000:]
    seen: dict[str, Any] = json.loads(ran.stdout)
    assert seen["made"][0] == "NewKey" and set(seen["made"][1]) == {
        "sid",
        "friendly_name",
        "secret",
    }
    assert seen["fetched"][0] == "Key" and set(seen["fetched"][1]) == {"sid", "friendly_name"}
    assert seen["fetched"][1] == {k: seen["made"][1][k] for k in ("sid", "friendly_name")}
    assert seen["listed"] == ["Key"]
    assert seen["secret_read"] == "s3cr3t" and seen["key_has_no_secret"]


def test_the_module_docs_and_generated_tests_speak_of_the_answer_model(
    sdk: tuple[Path, dict[str, str]],
) -> None:
    _, files = sdk
    module = files["src/twilio_sdk/keys/v1/key.py"]
    assert "class NewKey(Model):" in module
    assert "def create(self, *, friendly_name: str | None | Unset = UNSET) -> NewKey:" in module
    assert "def fetch(self) -> Key:" in module
    tests = files["tests/test_keys_v1_key.py"]
    assert "assert isinstance(result, NewKey)" in tests
    assert 'assert result.secret == "example"' in tests  # every field of the model it reads
    e2e = files["tests/test_e2e_keys_v1_key.py"]
    assert "agree(" in e2e  # create and fetch read different models: compared on shared fields
    docs = files["docs/keys_v1_key.md"]
    assert "## NewKey" in docs and "`secret`" in docs


def test_the_generated_tests_pass(sdk: tuple[Path, dict[str, str]]) -> None:
    out, _ = sdk
    ran = _run(out, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests")
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-2000:]

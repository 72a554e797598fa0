"""Argument and attribute names as the official `twilio` package spells them, on small specs:
the snake_case of a name with a digit before an acronym, the `Version` form field, the
`Authorization` header parameter and the `_from` attribute of a model."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.naming import module_name, pascal_case, snake_case
from generator.pipeline import generate_files
from generator.writing import write_tree

from .helpers import ROOT, run_python
from .sketches import Sketch, spec_of


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("A2PProfileBundleSid", "a2p_profile_bundle_sid"),  # a digit keeps the acronym after it
        ("AwsS3Url", "aws_s3_url"),  # ...but not a capitalised word
        ("Psd2Enabled", "psd2_enabled"),
        ("AuthorizedRepresentative1DateOfBirth", "authorized_representative1_date_of_birth"),
        ("NumbersV1A2pRegistration", "numbers_v1_a2p_registration"),
        ("EId", "e_id"),
        ("clientDataJSON", "client_data_json"),
        ("HTTPMethod", "http_method"),
    ],
)
def test_argument_names_split_as_the_official_package_splits_them(wire: str, expected: str) -> None:
    assert snake_case(wire) == expected


def test_module_and_class_names_keep_their_split() -> None:
    # the official package's module for A2PBrandRegistration is a2_p_brand_registration
    assert module_name("A2PBrandRegistration") == "a2_p_brand_registration"
    assert pascal_case("A2PBrandRegistration") == "A2PBrandRegistration"


def _spec() -> dict[str, Any]:
    fields = {
        "sid": {"type": "string", "example": "WD" + "a" * 32},
        "from": {"type": "string", "example": "+15005550006"},
    }
    params = {
        "A2PProfileBundleSid": {"type": "string"},
        "Version": {"type": "string"},
    }
    spec = spec_of([Sketch("Things", fields, params, operations=("create", "fetch"))])
    header = {"name": "Authorization", "in": "header", "schema": {"type": "string"}}
    spec["paths"]["/v1/Things"]["post"]["parameters"] = [header]
    return spec


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("official-names")
    path = root / "spec.yaml"
    path.write_text(json.dumps(_spec()), encoding="utf-8")
    write_tree(generate_files([path], use_cache=False), root / "out")
    return root / "out"


def run(sdk: Path, script: str) -> Any:
    ran = run_python("-c", textwrap.dedent(script), importable=(sdk / "src",), cwd=sdk, timeout=120)
    assert ran.returncode == 0, ran.stderr[-3000:]
    return json.loads(ran.stdout)


_CLIENT = """
    import json, urllib.parse, httpx
    from twilio_sdk import Client
    sent = []
    def answer(request):
        sent.append({"form": urllib.parse.parse_qs(request.content.decode()),
                     "authorization": request.headers.get_list("Authorization")})
        return httpx.Response(201, json={"sid": "WD" + "a" * 32, "from": "+15005550006"})
    client = Client("AC" + "0" * 32, "token",
                    http_client=httpx.Client(transport=httpx.MockTransport(answer)))
"""


def test_arguments_take_the_official_names_and_go_out_under_the_wire_names(sdk: Path) -> None:
    seen = run(
        sdk,
        _CLIENT + """
    client.widgets.v1.things.create(a2p_profile_bundle_sid="BU1", resource_version="1.0.0")
    print(json.dumps(sent))
    """,
    )
    assert seen[0]["form"] == {"A2PProfileBundleSid": ["BU1"], "Version": ["1.0.0"]}


def test_an_authorization_header_parameter_goes_in_place_of_the_credentials(sdk: Path) -> None:
    """The spec's `Authorization` header parameter is an argument, as in the official package;
    given, it is the request's one Authorization header (the official package takes it, but
    `requests` then puts the account's Basic credentials over it); left out, the client's
    credentials go."""
    seen = run(
        sdk,
        _CLIENT + """
    client.widgets.v1.things.create(authorization="Token abc")
    client.widgets.v1.things.create()
    print(json.dumps(sent))
    """,
    )
    assert seen[0]["authorization"] == ["Token abc"]
    assert len(seen[1]["authorization"]) == 1 and seen[1]["authorization"][0].startswith("Basic ")


def test_a_keyword_attribute_reads_under_the_official_name_too(sdk: Path) -> None:
    seen = run(
        sdk,
        _CLIENT + """
    thing = client.widgets.v1.things.create()
    print(json.dumps([thing.from_, thing._from, "_from" in thing.to_dict()]))
    """,
    )
    assert seen == ["+15005550006", "+15005550006", False]


def _json_spec() -> dict[str, Any]:
    """A create whose JSON body is the components schema ``things.v1.create_request``."""
    spec = spec_of(
        [Sketch("Things", {"sid": {"type": "string", "example": "WD" + "a" * 32}}, {})],
    )
    spec["components"]["schemas"]["things.v1.create_request"] = {
        "type": "object",
        "required": ["friendly_name"],
        "properties": {
            "friendly_name": {"type": "string", "maxLength": 5},
            "rawId": {"type": "string"},
            "from": {"type": "object"},
        },
    }
    ref = {"$ref": "#/components/schemas/things.v1.create_request"}
    spec["paths"]["/v1/Things"]["post"]["requestBody"] = {
        "content": {"application/json": {"schema": ref}}
    }
    return spec


def test_a_json_body_is_taken_as_one_request_model_too(tmp_path: Path) -> None:
    """The official package takes a JSON body as one object, its class named for the body's
    schema and nested in the list class; ours takes that (and each property as a keyword, as
    before), sends the same body, and checks its values as the keywords' are checked."""
    path = tmp_path / "spec.yaml"
    path.write_text(json.dumps(_json_spec()), encoding="utf-8")
    out = tmp_path / "out"
    files = generate_files([path], use_cache=False)
    write_tree(files, out)
    module = files["src/twilio_sdk/widgets/v1/thing.py"]
    assert "things_v1_create_request: ThingsV1CreateRequest | Unset = UNSET" in module
    assert "friendly_name: str | None | Unset = UNSET" in module  # given by the model instead
    seen = run(
        out,
        _CLIENT.replace('"from": "+15005550006"', '"friendly_name": "a"').replace(
            "urllib.parse.parse_qs(request.content.decode())", "json.loads(request.content)"
        )
        + """
    from twilio_sdk import ValidationError
    from twilio_sdk.widgets.v1.thing import ThingList
    things = client.widgets.v1.things
    body = {"friendly_name": "a", "rawId": "r", "from": {"x": 1}}
    things.create(things_v1_create_request=ThingList.ThingsV1CreateRequest(body))
    things.create(friendly_name="a", raw_id="r", from_={"x": 1})
    refused = []
    for bad in (
        {"things_v1_create_request": ThingList.ThingsV1CreateRequest({"friendly_name": "toolong"})},
        {"things_v1_create_request": ThingList.ThingsV1CreateRequest({"nope": 1}), },
        {"things_v1_create_request": ThingList.ThingsV1CreateRequest({}), "raw_id": "r"},
        {"raw_id": "r"},
    ):
        try:
            things.create(**bad)
        except ValidationError as error:
            refused.append(str(error).split(":")[0])
    print(json.dumps({"sent": [one["form"] for one in sent], "refused": refused}))
    """,
    )
    body = {"friendly_name": "a", "rawId": "r", "from": {"x": 1}}
    assert seen["sent"] == [body, body]
    assert seen["refused"] == [
        "friendly_name",
        "things_v1_create_request",
        "things_v1_create_request",
        "friendly_name",
    ]
    # mypy --strict holds the dict to the body's properties and the model to its keyword
    script = out / "src" / "uses_model.py"
    script.write_text(
        textwrap.dedent("""
        from twilio_sdk import Client
        from twilio_sdk.widgets.v1.thing import ThingList

        def send(client: Client) -> None:
            made = ThingList.ThingsV1CreateRequest({"friendly_name": "a", "rawId": "r"})
            client.widgets.v1.things.create(things_v1_create_request=made)
            ThingList.ThingsV1CreateRequest({"friendlyName": "a"})  # E: no such key
        """),
        encoding="utf-8",
    )
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
        cwd=out / "src",
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and "uses_model.py:8:" in errors[0], checked.stdout[-3000:]


TWILIO_CONTENT = ROOT.parent / "shared" / "twilio-oai" / "yaml" / "twilio_content_v1.yaml"


@pytest.mark.skipif(
    not TWILIO_CONTENT.exists(), reason="../shared/twilio-oai is not beside the project"
)
def test_a_request_model_sends_what_the_official_package_sends(tmp_path: Path) -> None:
    """One call written for the official package, ``ContentList.ContentCreateRequest``
    included, runs against both packages from Twilio's own Content spec: the same request."""
    out = tmp_path / "out"
    write_tree(generate_files([TWILIO_CONTENT], use_cache=False), out)
    script = """
        import json, logging, httpx, requests
        from twilio.http import HttpClient
        from twilio.http.response import Response

        ANSWER = '{"sid": "HX' + "a" * 32 + '"}'
        sent = []

        class Official(HttpClient):
            def __init__(self):
                super().__init__(logging.getLogger("official"), is_async=False)

            def request(self, method, uri, params=None, data=None, headers=None, auth=None,
                        timeout=None, allow_redirects=False):
                kind = "json" if "json" in headers.get("Content-Type", "") else "data"
                body = {kind: data}
                prepared = requests.Request(method, uri, params=params, headers=headers,
                                            auth=auth, **body).prepare()
                sent.append([prepared.method, prepared.url, json.loads(prepared.body)])
                return Response(201, ANSWER, {})

        def ours(request):
            sent.append([request.method, str(request.url), json.loads(request.content)])
            return httpx.Response(201, text=ANSWER, headers={"Content-Type": "application/json"})

        def run(client, ContentList):
            payload = {"friendly_name": "order", "language": "en",
                       "types": {"twilio/text": {"body": "Hi {{1}}"}}}
            client.content.v1.contents.create(
                content_create_request=ContentList.ContentCreateRequest(payload))

        from twilio.rest import Client as OfficialClient
        from twilio.rest.content.v1.content import ContentList as OfficialList
        run(OfficialClient("AC" + "1" * 32, "token", http_client=Official()), OfficialList)
        from twilio_sdk import Client
        from twilio_sdk.content.v1.content import ContentList
        pool = httpx.Client(transport=httpx.MockTransport(ours))
        run(Client("AC" + "1" * 32, "token", http_client=pool), ContentList)
        print(json.dumps(sent))
    """
    official, mine = run(out, script)
    assert mine == official


def test_a_named_body_without_properties_is_taken_as_one_request_model_too(
    tmp_path: Path,
) -> None:
    """A ``oneOf`` body has no properties to be keywords, so it is one ``body=`` argument; when
    its schema has a name, the official package's request model of that name is taken too."""
    spec = _json_spec()
    spec["components"]["schemas"]["Choice"] = {
        "oneOf": [{"$ref": "#/components/schemas/things.v1.create_request"}]
    }
    ref = {"$ref": "#/components/schemas/Choice"}
    content = spec["paths"]["/v1/Things"]["post"]["requestBody"]["content"]
    content["application/json"]["schema"] = ref
    path = tmp_path / "spec.yaml"
    path.write_text(json.dumps(spec), encoding="utf-8")
    out = tmp_path / "out"
    files = generate_files([path], use_cache=False)
    write_tree(files, out)
    module = files["src/twilio_sdk/widgets/v1/thing.py"]
    assert "body: Any | None | Unset = UNSET, choice: Choice | Unset = UNSET" in module
    seen = run(
        out,
        _CLIENT.replace('"from": "+15005550006"', '"friendly_name": "a"').replace(
            "urllib.parse.parse_qs(request.content.decode())", "json.loads(request.content)"
        )
        + """
    from twilio_sdk import ValidationError
    from twilio_sdk.widgets.v1.thing import ThingList
    things = client.widgets.v1.things
    things.create(choice=ThingList.Choice({"friendly_name": "a"}))
    things.create(body={"friendly_name": "a"})
    try:
        things.create(choice=ThingList.Choice({}), body={})
        refused = False
    except ValidationError as error:
        refused = str(error).startswith("choice")
    print(json.dumps({"sent": [one["form"] for one in sent], "refused": refused}))
    """,
    )
    assert seen == {"sent": [{"friendly_name": "a"}, {"friendly_name": "a"}], "refused": True}

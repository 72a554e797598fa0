"""Each validation rule, with the file, line, JSON pointer and message it reports."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from generator.loading import load_spec
from generator.problems import Problem, SpecError
from generator.validation import validate

WriteSpec = Callable[..., Path]


def problems_of(path: Path) -> list[Problem]:
    try:
        return validate(load_spec(path))
    except SpecError as error:
        return error.problems


def test_the_project_spec_is_valid() -> None:
    from .helpers import SPEC

    assert validate(load_spec(SPEC)) == []


def test_yaml_syntax_error_names_its_line(write_spec: WriteSpec) -> None:
    path = write_spec("openapi: 3.0.3\ninfo:\n  title: x\n  version: '1'\npaths: {\n  /a: [\n")
    [problem] = problems_of(path)
    assert problem.file == str(path)
    assert problem.line == 7
    assert "YAML syntax error" in problem.message


def test_a_document_that_is_not_openapi(write_spec: WriteSpec) -> None:
    [problem] = problems_of(write_spec("swagger: '2.0'\ninfo: {title: x, version: '1'}\n"))
    assert problem.pointer == ""
    assert "not an OpenAPI 3 document" in problem.message


def test_a_document_that_is_not_a_mapping(write_spec: WriteSpec) -> None:
    [problem] = problems_of(write_spec("- just\n- a list\n"))
    assert problem.message == "the document is not a mapping"


def test_missing_operation_id_is_located(voice_spec: dict[str, Any], write_spec: WriteSpec) -> None:
    del voice_spec["paths"]["/v1/ConnectionPolicies/{Sid}"]["delete"]["operationId"]
    path = write_spec(voice_spec)
    [problem] = problems_of(path)
    assert problem.pointer == "/paths/~1v1~1ConnectionPolicies~1{Sid}/delete"
    assert problem.message == "operation has no operationId"
    lines = path.read_text().splitlines()
    assert lines[problem.line - 1].strip() == "delete:"


def test_duplicate_operation_ids_name_both_places(
    voice_spec: dict[str, Any], write_spec: WriteSpec
) -> None:
    voice_spec["paths"]["/v1/ConnectionPolicies/{Sid}"]["delete"][
        "operationId"
    ] = "FetchConnectionPolicy"
    [problem] = problems_of(write_spec(voice_spec))
    assert problem.pointer == "/paths/~1v1~1ConnectionPolicies~1{Sid}/delete/operationId"
    assert (
        "'FetchConnectionPolicy' is also used at /paths/~1v1~1ConnectionPolicies~1{Sid}/get"
        in problem.message
    )


def test_unknown_ref_is_located(voice_spec: dict[str, Any], write_spec: WriteSpec) -> None:
    post = voice_spec["paths"]["/v1/ConnectionPolicies"]["post"]
    post["responses"]["201"]["content"]["application/json"]["schema"][
        "$ref"
    ] = "#/components/schemas/Nope"
    path = write_spec(voice_spec)
    [problem] = problems_of(path)
    assert problem.pointer == (
        "/paths/~1v1~1ConnectionPolicies/post/responses/201/content/application~1json/schema/$ref"
    )
    assert problem.message == "$ref '#/components/schemas/Nope' points at nothing in this document"
    assert "$ref: '#/components/schemas/Nope'" in path.read_text().splitlines()[problem.line - 1]


@pytest.mark.parametrize(
    "ref", ["https://example.com/x.yaml#/A", "other.yaml#/A", "file:///etc/passwd"]
)
def test_external_refs_are_refused(
    voice_spec: dict[str, Any], write_spec: WriteSpec, ref: str
) -> None:
    voice_spec["components"]["schemas"]["Error"] = {"$ref": ref}
    [problem] = problems_of(write_spec(voice_spec))
    assert problem.pointer == "/components/schemas/Error/$ref"
    assert "external $ref" in problem.message


def test_schema_errors_come_from_openapi_spec_validator(
    voice_spec: dict[str, Any], write_spec: WriteSpec
) -> None:
    voice_spec["paths"]["/v1/ConnectionPolicies"]["get"]["responses"] = "nothing"
    [problem] = problems_of(write_spec(voice_spec))
    assert problem.pointer == "/paths/~1v1~1ConnectionPolicies/get/responses"
    assert problem.message == '"nothing" is not of type "object"'


def test_parameters_that_collide_in_python_name_both(
    voice_spec: dict[str, Any], write_spec: WriteSpec
) -> None:
    write = voice_spec["components"]["schemas"]["ConnectionPolicyWrite"]["properties"]
    write["friendly-name"] = {"type": "string"}
    problems = problems_of(write_spec(voice_spec))
    assert [p.message for p in problems] == [
        "parameters 'FriendlyName' and 'friendly-name' "
        "would both be the Python argument 'friendly_name'"
    ] * 2  # create and update share the schema
    assert [p.pointer for p in problems] == [
        "/paths/~1v1~1ConnectionPolicies/post",
        "/paths/~1v1~1ConnectionPolicies~1{Sid}/post",
    ]


def test_properties_that_collide_in_python_name(
    voice_spec: dict[str, Any], write_spec: WriteSpec
) -> None:
    voice_spec["components"]["schemas"]["voice.v1.connection_policy"]["properties"][
        "AccountSid"
    ] = {"type": "string"}
    [problem] = problems_of(write_spec(voice_spec))
    assert problem.pointer == "/components/schemas/voice.v1.connection_policy/properties"
    assert (
        problem.message == "properties 'account_sid' and 'AccountSid' "
        "would both be the Python attribute 'account_sid'"
    )


def test_a_pattern_python_cannot_compile(voice_spec: dict[str, Any], write_spec: WriteSpec) -> None:
    write = voice_spec["components"]["schemas"]["ConnectionPolicyWrite"]["properties"][
        "FriendlyName"
    ]
    write["pattern"] = "([a-z]"
    path = write_spec(voice_spec)
    [problem] = problems_of(path)
    assert (
        problem.pointer
        == "/components/schemas/ConnectionPolicyWrite/properties/FriendlyName/pattern"
    )
    assert problem.message.startswith("pattern '([a-z]' is not a valid regular expression: ")
    assert path.read_text().splitlines()[problem.line - 1].strip().startswith("pattern:")


def test_unsupported_method_and_body_type(
    voice_spec: dict[str, Any], write_spec: WriteSpec
) -> None:
    item = voice_spec["paths"]["/v1/ConnectionPolicies/{Sid}"]
    item["put"] = dict(item["post"], operationId="ReplaceConnectionPolicy")
    body = voice_spec["paths"]["/v1/ConnectionPolicies"]["post"]["requestBody"]["content"]
    body["multipart/form-data"] = body.pop("application/x-www-form-urlencoded")
    messages = sorted(p.message for p in problems_of(write_spec(voice_spec)))
    assert messages == [
        "PUT beside POST on an instance path: only one update method is supported",
        "request body type 'multipart/form-data' is not supported; use a form or JSON",
    ]


def test_a_path_without_a_server(voice_spec: dict[str, Any], write_spec: WriteSpec) -> None:
    del voice_spec["servers"]
    voice_spec["paths"]["/v1/IpRecords"]["servers"] = [{"url": "https://voice.twilio.com"}]
    problems = problems_of(write_spec(voice_spec))
    expected = sorted(
        "/paths/" + p.replace("/", "~1") for p in voice_spec["paths"] if p != "/v1/IpRecords"
    )
    assert sorted(p.pointer for p in problems) == expected
    assert all(
        p.message == "no absolute http(s) server URL for this path (set 'servers')"
        for p in problems
    )


def test_every_problem_is_reported_in_one_run(
    voice_spec: dict[str, Any], write_spec: WriteSpec
) -> None:
    del voice_spec["paths"]["/v1/ConnectionPolicies/{Sid}"]["delete"]["operationId"]
    voice_spec["paths"]["/v1/ConnectionPolicies"]["get"]["operationId"] = "FetchConnectionPolicy"
    del voice_spec["servers"]
    assert len(problems_of(write_spec(voice_spec))) == 2 + len(voice_spec["paths"])


def test_problems_print_as_file_line_pointer_message() -> None:
    problem = Problem("spec/a.yaml", 12, "/paths/~1a/get", "operation has no operationId")
    assert str(problem) == "spec/a.yaml:12: /paths/~1a/get: operation has no operationId"


def test_two_resources_that_would_share_a_module_are_rejected(
    voice_spec: dict[str, Any], write_spec: WriteSpec
) -> None:
    from generator.pipeline import load_and_build

    voice_spec["paths"]["/v1/IpRecords"]["x-twilio"]["className"] = "byoc_trunk"
    voice_spec["paths"]["/v1/IpRecords/{Sid}"]["x-twilio"]["className"] = "byoc_trunk"
    with pytest.raises(SpecError) as caught:
        load_and_build([write_spec(voice_spec)])
    problems = caught.value.problems
    assert {p.pointer for p in problems} == {"/paths/~1v1~1IpRecords"}
    [message] = {p.message for p in problems}
    assert message.startswith(
        "paths '/v1/ByocTrunks' and '/v1/IpRecords' would share the Python module 'byoc_trunk'"
    )
    assert len(problems) == 5  # one for each operation a corpus run would skip


def test_two_children_with_one_attribute_name_are_rejected(
    voice_spec: dict[str, Any], write_spec: WriteSpec
) -> None:
    from generator.pipeline import load_and_build

    voice_spec["paths"]["/v1/DialingPermissions/BulkCountryUpdates"]["x-twilio"][
        "mountName"
    ] = "countries"
    voice_spec["paths"]["/v1/DialingPermissions/BulkCountryUpdates"]["x-twilio"][
        "className"
    ] = "bulk_country_update"
    with pytest.raises(SpecError) as caught:
        load_and_build([write_spec(voice_spec)])
    [message] = {p.message for p in caught.value.problems}
    assert "would share the Python attribute 'countries'" in message


def test_a_corpus_run_skips_unsupported_operations_and_counts_them(
    voice_spec: dict[str, Any], write_spec: WriteSpec
) -> None:
    from generator.pipeline import Summary, load_and_build

    body = voice_spec["paths"]["/v1/ConnectionPolicies"]["post"]["requestBody"]["content"]
    body["multipart/form-data"] = body.pop("application/x-www-form-urlencoded")
    path = write_spec(voice_spec)
    with pytest.raises(SpecError):
        load_and_build([path])
    summary = Summary()
    api = load_and_build([path], skip_unsupported=True, summary=summary)
    counts = summary.as_dict()
    assert (
        counts["operations_in_specs"],
        counts["operations_generated"],
        counts["operations_skipped"],
    ) == (32, 31, 1)
    [skip] = counts["skipped"]
    assert (skip["operation"], skip["operation_id"]) == (
        "POST /v1/ConnectionPolicies",
        "CreateConnectionPolicy",
    )
    assert "multipart/form-data" in skip["reason"]
    assert sum(len(r.operations) for _, _, r in api.resources) == 31


def test_problems_cross_from_a_worker_process_intact() -> None:
    import pickle

    from generator.problems import Problem, SpecError

    error = SpecError(
        [Problem("spec.yaml", 7, "/paths", "broken"), Problem("spec.yaml", 2, "/info", "missing")]
    )
    copy = pickle.loads(pickle.dumps(error))
    assert copy.problems == error.problems
    assert str(copy) == "spec.yaml:2: /info: missing\nspec.yaml:7: /paths: broken"


@pytest.mark.parametrize(
    ("pattern", "instead"),
    [
        (r"^AC[0-9a-f]{32}\Z", "anchor with ^ and $"),
        (r"\A[a-z]+$", "anchor with ^ and $"),
        (r"^(?P<x>a)$", "leave the group unnamed"),
        (r"^a(?#why)$", "leave the comment out"),
    ],
)
def test_a_python_only_pattern_is_named_where_it_is(
    voice_spec: dict[str, Any], write_spec: WriteSpec, pattern: str, instead: str
) -> None:
    """The OpenAPI validator rejects it only as a whole schema that "matches none of the forms"
    allowed."""
    voice_spec["components"]["schemas"]["ConnectionPolicySid"]["pattern"] = pattern
    [problem] = problems_of(write_spec(voice_spec))
    assert problem.pointer == "/components/schemas/ConnectionPolicySid/pattern"
    assert f"(ECMA-262) regular expressions lack; {instead}" in problem.message


def test_an_operation_without_an_operation_id_is_located_and_can_be_skipped(
    voice_spec: dict[str, Any], write_spec: WriteSpec
) -> None:
    from generator.pipeline import Summary, load_and_build

    del voice_spec["paths"]["/v1/ConnectionPolicies"]["post"]["operationId"]
    path = write_spec(voice_spec)
    with pytest.raises(SpecError) as caught:
        load_and_build([path])
    [problem] = caught.value.problems
    assert problem.pointer == "/paths/~1v1~1ConnectionPolicies/post" and problem.line > 1
    summary = Summary()
    api = load_and_build([path], skip_unsupported=True, summary=summary)
    assert summary.as_dict()["operations_skipped"] == 1
    assert sum(len(r.operations) for _, _, r in api.resources) == 31


def test_bare_integer_response_codes_read_as_the_codes_they_are(write_spec: WriteSpec) -> None:
    from generator.pipeline import load_and_build

    from .helpers import SPEC

    text = SPEC.read_text(encoding="utf-8").replace("'200':", "200:").replace("'201':", "201:")
    assert "\n        200:" in text  # the edit took: YAML reads these keys as integers
    api = load_and_build([write_spec(text)])
    statuses = {
        op.operation_id: op.success_status for _, _, r in api.resources for op in r.operations
    }
    assert statuses["FetchConnectionPolicy"] == 200
    assert statuses["CreateConnectionPolicy"] == 201

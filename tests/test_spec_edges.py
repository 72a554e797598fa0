"""Spec shapes a review after Hardening II found, each once a broken SDK, a traceback or an
unlocated error:

- a constraint no simple value breaks (``^\\S+$`` takes ``"!bc"``, ``minimum: 1e308`` is not
  moved by ``- 1``): the generated test that breaks it uses a value proven to break it, or
  there is no such test;
- an unquoted YAML date, ``.inf`` or ``!!binary`` as an example: a located warning, and a
  value made up instead (it crashed building with a TypeError);
- a number as the example of a string: sent as its text;
- a server URL that clients spell otherwise (``:443``, an upper-case host, port 99999);
- a query parameter and a form field of one name (a duplicate argument, found only when the
  module was compiled, with no place in the spec).
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.examples import _beyond
from generator.patterns import as_the_runtime_reads
from generator.pipeline import generate_files
from generator.writing import write_tree
from twilio_sdk._runtime.operation import compile_pattern

from .helpers import run_python
from .sketches import Sketch, spec_of
from .test_spec_hardening import WriteSpec, edited, problems_of, warnings_of

PATTERNS = [
    r"^\S+$",
    "^.$",
    "^(?!abc).*$",
    r"^[\s\S]{3}$",
    "^a$[x$]",
    r"^\$\d+$",
    "^NY[0-9a-f]{32}$",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_the_generator_reads_a_pattern_as_the_runtime_checks_it(pattern: str) -> None:
    ours = as_the_runtime_reads(pattern)
    assert ours is not None and ours.pattern == compile_pattern(pattern).pattern


@pytest.mark.parametrize(
    ("bound", "step", "expected"),
    [
        (0, -1, -1),
        (100, 1, 101),
        (0.5, 1, 1.5),
        (1e308, -1, 9.999999999999998e307),
        (1e308, 1, 1.0000000000000002e308),
        (1.7976931348623157e308, 1, None),  # the largest float: nothing above it is finite
        (float("inf"), 1, None),
        (float("-inf"), -1, None),
    ],
)
def test_a_number_past_a_bound_is_past_it_or_none(
    bound: float, step: int, expected: float | None
) -> None:
    assert _beyond(bound, step) == expected


@pytest.mark.parametrize(("bound", "step", "expected"), [(1.5, -1, 1), (1.7, 1, 2), (3, -1, 2)])
def test_an_int_past_a_bound_of_an_integer_argument(bound: float, step: int, expected: int) -> None:
    beyond = _beyond(bound, step, integral=True)
    assert beyond == expected and type(beyond) is int


def test_generated_tests_break_only_what_they_can_prove_broken(tmp_path: Path) -> None:
    """Patterns and bounds whose usual breaking value does not break them, a number for a
    string and a YAML date as examples: the generated tests pass, and pass mypy --strict."""
    params: dict[str, dict[str, Any]] = {
        "Pat": {"type": "string", "pattern": r"^\S+$"},
        "Dot": {"type": "string", "pattern": "^.$"},
        "Other": {"type": "string", "pattern": "^(?!abc).*$"},  # no value at hand breaks it
        "Price": {"type": "number", "minimum": 0, "maximum": 100},
        "Huge": {"type": "number", "minimum": 1e308},
        "Label": {"type": "string"},
        "When": {"type": "string"},
    }
    spec = spec_of([Sketch("Rooms", {}, params, sid_prefix="RM")])
    form = spec["paths"]["/v1/Rooms"]["post"]["requestBody"]["content"]
    example = {
        "Pat": "abc",
        "Dot": "x",
        "Other": "xyz",
        "Price": 5,
        "Huge": 1.5e308,
        "Label": 12,
        "When": datetime.date(2024, 1, 2),
    }
    form["application/x-www-form-urlencoded"]["examples"] = {"create": {"value": example}}
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    warnings = warnings_of(path)  # create's and update's: they share the form
    assert warnings and all(w.pointer.endswith("/examples/create/value/When") for w in warnings)
    assert all("is not a value JSON can hold: quote it in the YAML" in w.message for w in warnings)
    out = tmp_path / "out"
    files = generate_files([path], use_cache=False)
    write_tree(files, out)
    tests = files["tests/test_widgets_v1_room.py"]
    for name in ("pat_pattern", "dot_pattern", "price_minimum", "price_maximum", "huge_minimum"):
        assert f"test_create_checks_{name}_before_sending" in tests, name
    assert "test_create_checks_other_pattern_before_sending" not in tests
    assert "label='12'" in tests.replace('"', "'")
    for command in (
        ["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        ["-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "mypy"), "src", "tests"],
    ):
        ran = run_python(*command, importable=(out / "src",), cwd=out, timeout=600)
        assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-2000:]


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("https://voice.twilio.com:443", "reaches clients as 'https://voice.twilio.com'"),
        ("http://voice.twilio.com:80/x", "reaches clients as 'http://voice.twilio.com/x'"),
        ("https://VOICE.twilio.com", "reaches clients as 'https://voice.twilio.com'"),
        ("https://voice.twilio.com:08443", "reaches clients as 'https://voice.twilio.com:8443'"),
        ("https://1.2.3.4:99999", "has a port no connection can use"),
        ("https://1.2.3.4:0", "has a port no connection can use"),
    ],
)
def test_a_server_url_clients_spell_otherwise_is_refused_with_its_spelling(
    write_spec: WriteSpec, url: str, says: str
) -> None:
    path = write_spec(edited("url: https://voice.twilio.com\n", f"url: {url}\n"))
    problems = problems_of(path)
    assert problems and all(says in p.message and p.line > 0 for p in problems), problems
    assert (
        problems_of(
            write_spec(
                edited("url: https://voice.twilio.com\n", "url: https://voice.twilio.com:8443\n")
            )
        )
        == []
    )


QUERY_FRIENDLY_NAME = (
    "      parameters:\n"
    "        - name: FriendlyName\n"
    "          in: query\n"
    "          schema: {type: string}\n"
)


def test_a_query_parameter_and_a_form_field_of_one_name_are_refused_where_they_are(
    write_spec: WriteSpec,
) -> None:
    spec = edited(
        "    post:\n      operationId: CreateConnectionPolicy\n",
        "    post:\n      operationId: CreateConnectionPolicy\n" + QUERY_FRIENDLY_NAME,
    )
    [problem] = problems_of(write_spec(spec))
    assert problem.pointer == "/paths/~1v1~1ConnectionPolicies/post"
    assert problem.message == (
        "parameters 'FriendlyName' (in the query) and 'FriendlyName' (in the body) would both "
        "be the Python argument 'friendly_name'"
    )


def test_a_property_named_by_a_yaml_number_is_refused_at_its_key(write_spec: WriteSpec) -> None:
    spec = edited(
        "                FriendlyName:\n",
        "                1: {type: string}\n                FriendlyName:\n",
    )
    [problem] = problems_of(path := write_spec(spec))
    assert problem.pointer.endswith("/schema/properties/1")
    assert problem.message == "property name 1 is a YAML int, not text: quote it"
    assert (
        path.read_text(encoding="utf-8").splitlines()[problem.line - 1].strip()
        == "1: {type: string}"
    )


@pytest.mark.parametrize("name", ["Bad Name:x", "X-A\r\nB", "Über", ""])
def test_a_header_parameter_whose_name_no_call_can_send_is_refused(
    write_spec: WriteSpec, name: str
) -> None:
    """It generated, then every call failed: in httpx (an illegal header name), or as the
    caller's fault (a ValidationError for a value of ``"v"``)."""
    spec = edited(
        "        - $ref: '#/components/parameters/PageSize'\n",
        f"        - {{name: {json.dumps(name)}, in: header, schema: {{type: string}}}}\n"
        "        - $ref: '#/components/parameters/PageSize'\n",
    )
    [problem] = problems_of(write_spec(spec))
    assert problem.pointer.endswith("/get/parameters/0")
    assert problem.message.startswith(f"header parameter {name!r} is not an HTTP header name")


@pytest.mark.parametrize(
    ("pattern", "construct"), [("(?i)^ab$", "(?i)"), ("^(?i:ab)$", "(?i:"), ("^(?-s:a.)$", "(?-s:")]
)
def test_an_inline_flag_in_a_pattern_is_refused_at_the_pattern(
    write_spec: WriteSpec, pattern: str, construct: str
) -> None:
    """The OpenAPI validator refuses it too, but as a whole request body matching no form."""
    spec = edited(
        "                FriendlyName:\n",
        f"                Pat: {{type: string, pattern: '{pattern}'}}\n"
        "                FriendlyName:\n",
    )
    [problem] = problems_of(write_spec(spec))
    assert problem.pointer.endswith("/schema/properties/Pat/pattern")
    assert f"uses {construct!r}, which JSON Schema's (ECMA-262)" in problem.message
    assert problem.message.endswith("; spell the flag out ([aA] for (?i))")


def test_an_sdk_whose_ids_the_fake_cannot_make_still_passes_its_tests(tmp_path: Path) -> None:
    """The fake makes a Sid (a prefix and 32 hex digits) for each new instance: an instance path
    taking ``^[A-Z]{2}$`` or a bool cannot be reached by one, so the end-to-end test creates one
    instance and names none. A child's test does not make such a parent: the fake keeps one from
    the examples, where the test reaches it. A bool path value is sent as ``true``; a required
    text of ``maxLength: 0`` is ``""``."""
    seats = Sketch("Seats", {}, {"Label": {"type": "string"}}, sid_prefix="ST")
    spec = spec_of(
        [
            Sketch(
                "Rooms",
                {},
                {"Empty": {"type": "string", "maxLength": 0, "required": True}},
                children=[seats],
            ),
            Sketch("Doors", {}, {"Label": {"type": "string"}}, sid_prefix="DR"),
        ]
    )
    for where, schema in (
        ("/v1/Rooms/{Sid}", {"type": "string", "pattern": "^[A-Z]{2}$"}),
        ("/v1/Rooms/{Sid}/Seats", {"type": "string", "pattern": "^[A-Z]{2}$"}),
        ("/v1/Rooms/{Sid}/Seats/{SeatsSid}", {"type": "string", "pattern": "^[A-Z]{2}$"}),
        ("/v1/Doors/{Sid}", {"type": "boolean"}),
    ):
        [sid] = [p for p in spec["paths"][where]["parameters"] if p["name"] == "Sid"]
        sid["schema"] = schema
        sid.pop("example", None)  # a dict the list and instance paths share
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    out = tmp_path / "out"
    files = generate_files([path], use_cache=False)
    write_tree(files, out)
    for module in ("room", "door"):
        life = files[f"tests/test_e2e_widgets_v1_{module}.py"]
        assert "for _ in range(3)" not in life and ".create(" in life, life
    seats_life = files["tests/test_e2e_widgets_v1_seat.py"]
    assert "rooms.create(" not in seats_life and ".seats" in seats_life, seats_life
    assert "/v1/Doors/true" in files["tests/test_widgets_v1_door.py"]
    ran = run_python(
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "tests",
        importable=(out / "src",),
        cwd=out,
        timeout=600,
    )
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-2000:]


def test_a_nan_in_an_undeclared_property_of_a_response_example(
    write_spec: WriteSpec, tmp_path: Path
) -> None:
    """An answer's example may hold properties its schema does not declare; one JSON cannot
    hold is warned about at its place, and the example is not used (building crashed)."""
    spec = edited(
        "                    friendly_name: friendly_name\n                    date_created:",
        "                    friendly_name: friendly_name\n                    extra: .nan\n"
        "                    date_created:",
    )
    path = write_spec(spec)
    [warning] = warnings_of(path)
    assert warning.pointer.endswith(
        "/responses/201/content/application~1json/examples/create/value/extra"
    )
    assert warning.message.endswith("nan is not a value JSON can hold: quote it in the YAML")
    files = generate_files([path], use_cache=False)
    assert '"extra"' not in files["tests/test_voice_v1_connection_policy.py"]


@pytest.mark.parametrize("schema", ["{type: string, enum: ['']}", "{type: string, maxLength: 0}"])
def test_a_path_parameter_that_can_only_be_empty_is_refused_at_its_schema(
    write_spec: WriteSpec, schema: str
) -> None:
    spec = edited(
        "\npaths:\n",
        "\npaths:\n  /v1/Empties/{Name}:\n    get:\n      operationId: FetchEmpty\n"
        "      parameters:\n        - name: Name\n          in: path\n          required: true\n"
        f"          schema: {schema}\n"
        "      responses:\n        '200': {description: ok}\n",
    )
    problems = problems_of(write_spec(spec))
    assert [p.pointer for p in problems] == ["/paths/~1v1~1Empties~1{Name}/get/parameters/0/schema"]
    assert problems[0].message == (
        "path parameter 'Name' can only be empty, and an empty path segment cannot be sent"
    )

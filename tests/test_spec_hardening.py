"""Hostile specs, second round (issue 18, items 7, 8, 11 and 12): duplicate YAML keys, files
checked before they are read, every problem of a bad spec located, and validation that stays
linear in the number of paths. Anything that could read much, block or run long runs in a
subprocess with its CPU time, memory and wall time capped."""

from __future__ import annotations

import importlib.util
import json
import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

from generator.loading import MAX_BYTES, check_spec_file, load_spec
from generator.problems import Problem, SpecError
from generator.validation import example_warnings, validate

from .helpers import ROOT, SPEC

WriteSpec = Callable[..., Path]
VOICE = SPEC.read_text(encoding="utf-8")
TWILIO_SPECS = ROOT.parent / "shared" / "twilio-oai" / "yaml"


def problems_of(path: Path) -> list[Problem]:
    try:
        return validate(load_spec(path))
    except SpecError as error:
        return error.problems


def warnings_of(path: Path) -> list[Problem]:
    return example_warnings(load_spec(path))


def line_at(path: Path, problem: Problem) -> str:
    return path.read_text(encoding="utf-8").splitlines()[problem.line - 1].strip()


def edited(old: str, new: str, text: str = VOICE) -> str:
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


def limited(cpu: int = 20, memory: int = 1024**3) -> Callable[[], None]:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return limit


def run_limited(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The generator's command line, in a process capped at 20 s of CPU and 1 GiB (each worker
    too)."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=limited(),
    )


# -- 7. duplicate keys -----------------------------------------------------------------------------

# A second '/v1/IpRecords' path with only a GET: YAML would drop the first, its POST and all.
DUPLICATE_PATH = (
    "  /v1/IpRecords:\n    get:\n      operationId: FetchIpRecordAgain\n"
    "      responses:\n        '200': {description: ok}\n"
)
# A second 'sid' property, an integer: the model's sid would turn int.
DUPLICATE_PROPERTY = "        sid:\n          type: integer\n"


def test_a_repeated_key_is_refused_at_its_line_naming_the_first(write_spec: WriteSpec) -> None:
    text = edited("  /v1/IpRecords/{Sid}:\n", DUPLICATE_PATH + "  /v1/IpRecords/{Sid}:\n")
    path = write_spec(text)
    [problem] = problems_of(path)
    lines = text.splitlines()
    first = lines.index("  /v1/IpRecords:") + 1
    assert problem.pointer == "/paths/~1v1~1IpRecords"
    assert problem.line != first and lines[problem.line - 1] == "  /v1/IpRecords:"
    assert problem.message == (
        f"key '/v1/IpRecords' is given twice in one mapping (first at line {first}); "
        "YAML would keep only the last"
    )


def test_every_repeated_key_is_reported_in_one_run(write_spec: WriteSpec) -> None:
    text = edited("  /v1/IpRecords/{Sid}:\n", DUPLICATE_PATH + "  /v1/IpRecords/{Sid}:\n")
    text = edited(
        "        friendly_name:\n          type: string\n          nullable: true\n"
        "          description: The label given to the Connection Policy.\n",
        "        friendly_name:\n          type: string\n          nullable: true\n"
        "          description: The label given to the Connection Policy.\n" + DUPLICATE_PROPERTY,
        text,
    )
    text = edited(
        "      operationId: DeleteConnectionPolicy\n",
        "      operationId: DeleteConnectionPolicy\n      operationId: RemoveConnectionPolicy\n",
        text,
    )
    path = write_spec(text)
    problems = problems_of(path)
    assert [p.pointer for p in problems] == [
        "/paths/~1v1~1ConnectionPolicies~1{Sid}/delete/operationId",
        "/paths/~1v1~1IpRecords",
        "/components/schemas/voice.v1.connection_policy/properties/sid",
    ]
    assert [line_at(path, p) for p in problems] == [
        "operationId: RemoveConnectionPolicy",
        "/v1/IpRecords:",
        "sid:",
    ]
    assert all("is given twice in one mapping (first at line " in p.message for p in problems)


def test_the_command_line_refuses_a_repeated_key_and_writes_nothing(
    write_spec: WriteSpec, tmp_path: Path
) -> None:
    path = write_spec(
        edited("  /v1/IpRecords/{Sid}:\n", DUPLICATE_PATH + "  /v1/IpRecords/{Sid}:\n")
    )
    out = tmp_path / "out"
    result = run_limited("generate", "--no-cache", "--spec", str(path), "--out", str(out))
    assert result.returncode == 2, result.stderr
    assert (
        f"{path}:" in result.stderr
        and ": /paths/~1v1~1IpRecords: key '/v1/IpRecords' is given twice" in result.stderr
    )
    assert not out.exists()


@pytest.mark.parametrize(
    "text, duplicates",
    [
        ("a: {x: 1, y: 2}\nb: {x: 1, 'x': 2}\n", [(2, "/b/x")]),  # quoted or not, one key
        ("a: {1: one, '1': text}\n", []),  # the number 1 and the text '1' are two keys
        ("a: {1: one, true: yes}\n", [(1, "/a/true")]),  # 1 and true are one Python key
        (
            "base: &base {x: 1, y: 2}\nmerged:\n  <<: *base\n  x: 3\n",
            [],
        ),  # a merge may be overridden
        (
            "base: &base {x: 1, x: 2}\nuses: [*base, *base]\n",
            [(1, "/base/x")],
        ),  # once, where it is written
    ],
)
def test_which_keys_are_the_same(
    tmp_path: Path, text: str, duplicates: list[tuple[int, str]]
) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("openapi: 3.0.3\n" + text, encoding="utf-8")
    try:
        load_spec(path)
        found = []
    except SpecError as error:
        found = [(p.line - 1, p.pointer) for p in error.problems]
    assert found == duplicates


# -- 8. files checked before they are read ---------------------------------------------------------


def _fifo(tmp_path: Path) -> Path:
    fifo = tmp_path / "spec.yaml"
    os.mkfifo(fifo)
    return fifo


def _sparse(tmp_path: Path) -> Path:
    sparse = tmp_path / "huge.yaml"
    with open(sparse, "wb") as handle:
        handle.truncate(2 * 1024**3)  # 2 GB that take no disk space
    return sparse


def _directory(tmp_path: Path) -> Path:
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    return folder


FILES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "a device": (
        lambda tmp_path: Path("/dev/zero"),
        "cannot read file: it is a character device, not a regular file",
    ),
    "a FIFO": (_fifo, "cannot read file: it is a named pipe (FIFO), not a regular file"),
    "a 2 GB sparse file": (_sparse, f"file is larger than {MAX_BYTES} bytes (2147483648 bytes)"),
    "a directory": (_directory, "cannot read file: it is a directory, not a regular file"),
}
COMMANDS = {
    "generate": ("generate",),
    "generate --no-cache": ("generate", "--no-cache"),
    "check": ("check",),
}


# Every kind of file with `generate` (the run cache reads each spec first); /dev/zero, which read
# until MemoryError, with each command; the FIFO, which blocked, without the cache too.
CASES = [(kind, "generate") for kind in FILES] + [
    ("a device", "generate --no-cache"),
    ("a device", "check"),
    ("a FIFO", "generate --no-cache"),
]


@pytest.mark.parametrize("kind, command", CASES)
def test_a_file_that_is_not_a_small_regular_file_is_refused_unread(
    tmp_path: Path, kind: str, command: str
) -> None:
    make, message = FILES[kind]
    path = make(tmp_path)
    if not path.exists():
        pytest.skip(f"no {path} here")
    out = tmp_path / "out"
    # Beside a valid spec: its problems are reported with everything else, and the run stops.
    result = run_limited(
        *COMMANDS[command], "--spec", str(path), str(SPEC), "--out", str(out), timeout=90
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.splitlines()[0] == f"{path}: /: {message}"
    assert "1 problem(s); nothing was written" in result.stderr
    assert not out.exists()


def test_the_file_check_looks_only_at_the_status(tmp_path: Path) -> None:
    fifo = _fifo(tmp_path)  # opening it for reading would block: nobody writes
    problem = check_spec_file(fifo)
    assert problem is not None and problem.message.endswith(
        "a named pipe (FIFO), not a regular file"
    )
    assert check_spec_file(SPEC) is None
    assert check_spec_file(tmp_path / "missing.yaml") == Problem(
        str(tmp_path / "missing.yaml"), 0, "", "cannot read file: No such file or directory"
    )


def test_the_run_cache_never_reads_a_refused_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator import pipeline, run_cache

    read: list[Any] = []
    monkeypatch.setattr(run_cache, "run_key", lambda paths, options: read.append(paths))
    with pytest.raises(SpecError) as caught:
        pipeline.generate_files([_sparse(tmp_path), SPEC], fill_cache=False)
    assert read == []
    assert [p.message for p in caught.value.problems] == [
        f"file is larger than {MAX_BYTES} bytes (2147483648 bytes)"
    ]


@pytest.mark.parametrize(
    "damage",
    [
        lambda entry: entry.pop("summary"),
        lambda entry: entry["summary"].update(specs="1"),
        lambda entry: entry["summary"].update(skipped=[1]),
        lambda entry: entry["files"].update({"README.md": None}),
        lambda entry: entry.update(files=[]),
    ],
)
def test_a_damaged_run_cache_entry_is_a_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: Callable[[dict[str, Any]], Any]
) -> None:
    """An entry of another shape (damaged, or written by hand) was a KeyError or an
    AttributeError; a cache only ever saves time."""
    from generator.pipeline import Summary, generate_files

    monkeypatch.setenv("TWILIO_SDK_GENERATOR_CACHE", str(tmp_path))
    first, again = Summary(), Summary()
    files = generate_files([SPEC], summary=first)
    [entry_path] = (tmp_path / "runs").glob("*.json")
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    damage(entry)
    entry_path.write_text(json.dumps(entry), encoding="utf-8")
    assert generate_files([SPEC], summary=again) == files
    assert again == first


# -- 11. every problem located ---------------------------------------------------------------------

IP_RECORD_TYPE = "                CidrPrefixLength:\n                  type: integer\n"
IP_RECORD_REQUIRED = "              required: [IpAddress]\n"
IP_RECORD_EXAMPLE = "                  CidrPrefixLength: 30\n"
FOO_PATH = (
    "  /v1/IpRecords/{Foo}/Reports:\n    get:\n      operationId: FetchReport\n"
    "      responses:\n        '200': {description: ok}\n"
)


def test_a_oneof_failure_is_reported_at_its_deepest_cause(write_spec: WriteSpec) -> None:
    path = write_spec(edited(IP_RECORD_TYPE, IP_RECORD_TYPE.replace("integer", "int")))
    [problem] = problems_of(path)
    assert problem.pointer == (
        "/paths/~1v1~1IpRecords/post/requestBody/content/application~1x-www-form-urlencoded"
        "/schema/properties/CidrPrefixLength/type"
    )
    assert (
        problem.message
        == "'int' is not one of ['array', 'boolean', 'integer', 'number', 'object', 'string']"
    )
    assert line_at(path, problem) == "type: int"


def test_an_unknown_keyword_in_a_schema_is_reported_where_it_is(write_spec: WriteSpec) -> None:
    path = write_spec(edited(IP_RECORD_TYPE, IP_RECORD_TYPE + "                  maximumm: 32\n"))
    [problem] = problems_of(path)
    assert problem.pointer.endswith("/schema/properties/CidrPrefixLength")
    assert problem.message == "unknown key 'maximumm' (only x- extensions may be added here)"
    assert line_at(path, problem) == "CidrPrefixLength:"


def test_a_required_name_that_is_not_a_property(write_spec: WriteSpec) -> None:
    path = write_spec(
        edited(IP_RECORD_REQUIRED, "              required: [IpAddress, CidrPrefix]\n")
    )
    [problem] = problems_of(path)
    assert problem.pointer.endswith(
        "/requestBody/content/application~1x-www-form-urlencoded/schema/required/1"
    )
    assert problem.message == (
        "required property 'CidrPrefix' is not a property of this schema "
        "(its properties are CidrPrefixLength, FriendlyName, IpAddress)"
    )
    assert line_at(path, problem) == "required: [IpAddress, CidrPrefix]"


def test_required_names_from_the_schema_around_a_member(
    voice_spec: dict[str, Any], write_spec: WriteSpec
) -> None:
    """allOf members see each other's properties, and a oneOf form may require its holder's."""
    schemas = voice_spec["components"]["schemas"]
    schemas["Composed"] = {
        "allOf": [
            {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["b"]},
            {"properties": {"b": {"type": "string"}}},
        ]
    }
    schemas["Either"] = {
        "type": "object",
        "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
        "oneOf": [{"required": ["a"]}, {"required": ["b"]}],
    }
    schemas["Listed"] = {
        "type": "array",
        "items": {"type": "string"},
        "required": ["ignored"],
    }  # no effect on an array
    assert problems_of(write_spec(voice_spec)) == []
    schemas["Either"]["oneOf"].append({"required": ["c"]})
    [problem] = problems_of(write_spec(voice_spec))
    assert (problem.pointer, problem.message) == (
        "/components/schemas/Either/oneOf/2/required/0",
        "required property 'c' is not a property of this schema (its properties are a, b)",
    )


def test_an_example_that_does_not_fit_its_schema(write_spec: WriteSpec) -> None:
    path = write_spec(edited(IP_RECORD_EXAMPLE, "                  CidrPrefixLength: thirty\n"))
    assert problems_of(path) == []  # a warning: the generated tests make up a value instead
    [problem] = warnings_of(path)
    assert problem.pointer == (
        "/paths/~1v1~1IpRecords/post/requestBody/content/application~1x-www-form-urlencoded"
        "/examples/create/value/CidrPrefixLength"
    )
    assert problem.message == "the example does not fit its schema: 'thirty' is not an integer"
    assert line_at(path, problem) == "CidrPrefixLength: thirty"


@pytest.mark.parametrize(
    "where, name, value, message",
    [
        ("parameter", "PageSize", "many", "'many' is not an integer"),
        ("parameter", "PageSize", "25", None),  # a query value is text
        ("response", "friendly_name", 5, "5 is not a string"),
        (
            "response",
            "friendly_name",
            None,
            None,
        ),  # Twilio's answers give null for fields not declared nullable
        ("response", "friendly_name", {"sid": "x"}, "{'sid': 'x'} is not a string"),
        (
            "response",
            "date_created",
            "2020-03-18",
            None,
        ),  # formats are not checked: Twilio's break them
        ("form", "FriendlyName", ["a", "b"], None),  # a form field travels as text
        ("form", "CidrPrefixLength", "7", None),
        ("form", "CidrPrefixLength", "1.5", "'1.5' is not an integer"),
        ("form", "CidrPrefixLength", ["7"], "['7'] is not an integer"),
    ],
)
def test_examples_are_checked_for_their_shape(
    voice_spec: dict[str, Any],
    write_spec: WriteSpec,
    where: str,
    name: str,
    value: Any,
    message: str | None,
) -> None:
    if where == "parameter":
        voice_spec["components"]["parameters"][name]["example"] = value
        pointer = f"/components/parameters/{name}/example"
    elif where == "response":
        fetch = voice_spec["paths"]["/v1/ConnectionPolicies/{Sid}"]["get"]["responses"]["200"]
        fetch["content"]["application/json"]["examples"]["fetch"]["value"][name] = value
        pointer = (
            "/paths/~1v1~1ConnectionPolicies~1{Sid}/get/responses/200/content/application~1json"
            f"/examples/fetch/value/{name}"
        )
    else:
        create = voice_spec["paths"]["/v1/IpRecords"]["post"]["requestBody"]["content"]
        create["application/x-www-form-urlencoded"]["examples"]["create"]["value"][name] = value
        pointer = (
            "/paths/~1v1~1IpRecords/post/requestBody/content/application~1x-www-form-urlencoded"
            f"/examples/create/value/{name}"
        )
    path = write_spec(voice_spec)
    assert problems_of(path) == []
    problems = warnings_of(path)
    if message is None:
        assert problems == []
    else:
        assert [(p.pointer, p.message) for p in problems] == [
            (pointer, f"the example does not fit its schema: {message}")
        ]


def test_an_undeclared_path_parameter_is_located_at_the_path(write_spec: WriteSpec) -> None:
    path = write_spec(edited("  /v1/IpRecords:\n", FOO_PATH + "  /v1/IpRecords:\n"))
    [problem] = problems_of(path)
    assert problem.pointer == "/paths/~1v1~1IpRecords~1{Foo}~1Reports"
    assert (
        problem.message == "{Foo} in the path is not declared as an 'in: path' parameter (for GET)"
    )
    assert line_at(path, problem) == "/v1/IpRecords/{Foo}/Reports:"


def test_a_path_parameter_the_path_lacks_and_a_parameter_given_twice(
    voice_spec: dict[str, Any], write_spec: WriteSpec
) -> None:
    item = voice_spec["paths"]["/v1/IpRecords/{Sid}"]
    item["parameters"].append(
        {"name": "Other", "in": "path", "required": True, "schema": {"type": "string"}}
    )
    item["get"]["parameters"] = [{"name": "X", "in": "query", "schema": {"type": "string"}}] * 2
    voice_spec["tags"].append({"name": "VoiceV1IpRecord"})
    problems = problems_of(write_spec(voice_spec))
    assert [(p.pointer, p.message) for p in problems] == [
        (
            f"/tags/{len(voice_spec['tags']) - 1}/name",
            "tag 'VoiceV1IpRecord' is also given at /tags/7",
        ),
        (
            "/paths/~1v1~1IpRecords~1{Sid}/parameters/1",
            "path parameter 'Other' is not in the path '/v1/IpRecords/{Sid}'",
        ),
        (
            "/paths/~1v1~1IpRecords~1{Sid}/get/parameters/1",
            "parameter 'X' (in query) is also given at "
            "/paths/~1v1~1IpRecords~1{Sid}/get/parameters/0",
        ),
    ]
    assert all(p.line > 1 for p in problems)


def test_every_problem_of_a_bad_spec_is_reported_in_one_run(
    write_spec: WriteSpec, tmp_path: Path
) -> None:
    text = edited(IP_RECORD_TYPE, IP_RECORD_TYPE.replace("integer", "int"))
    text = edited(IP_RECORD_REQUIRED, "              required: [IpAddress, CidrPrefix]\n", text)
    text = edited(
        "                    friendly_name: update_name\n",
        "                    friendly_name: [update_name]\n",
        text,
    )
    text = edited("  /v1/IpRecords:\n", FOO_PATH + "  /v1/IpRecords:\n", text)
    path = write_spec(text)
    result = run_limited("check", "--spec", str(path), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    lines = [line for line in result.stderr.splitlines() if not line.startswith("warning: ")]
    assert lines[-1] == "3 problem(s); nothing was written"
    assert all(
        line.startswith(f"{path}:") and not line.startswith(f"{path}:1:") for line in lines[:-1]
    )
    assert sorted(line.split(": ", 2)[1].rsplit("/", 1)[-1] for line in lines[:-1]) == [
        "1",
        "type",
        "~1v1~1IpRecords~1{Foo}~1Reports",
    ]
    # an example that breaks its schema is located too, as a warning: it only feeds the tests
    [warning] = warnings
    assert warning.startswith(f"warning: {path}:") and "/friendly_name: " in warning


@pytest.mark.skipif(not TWILIO_SPECS.is_dir(), reason="../shared/twilio-oai is absent")
def test_twilios_published_specs_still_validate() -> None:
    from generator.workers import map_on_cores

    specs = sorted(TWILIO_SPECS.glob("*.yaml"))
    assert len(specs) >= 50
    found = [str(p) for problems in map_on_cores(problems_of, specs) for p in problems]
    assert found == []


# -- 12. linear validation -------------------------------------------------------------------------

_BENCH = importlib.util.spec_from_file_location(
    "bench_generation", ROOT / "bench" / "generation.py"
)
assert _BENCH is not None and _BENCH.loader is not None
bench = importlib.util.module_from_spec(_BENCH)
_BENCH.loader.exec_module(bench)

# How time grows with the number of paths is measured by `make bench-gen`, not by a timed test.


def test_the_openapi_validator_keeps_what_it_has_seen_in_sets(write_spec: WriteSpec) -> None:
    """openapi-spec-validator asks `in` of lists for every schema and operation; ours answer from
    sets. Were the library to rename them, nothing would land in ours and this would fail."""
    from generator.validation import _V30, _Seen

    validator = _V30(load_spec(write_spec(bench.twilio_style_spec(8))).data)
    assert list(validator.iter_errors()) == []
    registry = validator.keyword_validators_registry
    for keyword, name in (
        ("schema", "visited_schema_ids"),
        ("schema", "meta_checked_schema_ids"),
        ("operation", "operation_ids_registry"),
    ):
        seen = getattr(registry[keyword], name)
        assert isinstance(seen, _Seen) and len(seen._seen) > 0, name

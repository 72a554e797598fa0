"""A maintainer's walk through a project of their own, as the README tells it.

A fresh project folder with a ``[tool.sdkgen]`` table and the Voice fixture in ``spec/``; then,
one step at a time: a sibling resource added to the spec, a second Twilio spec put beside it,
and an overlapping spec that must be refused. After each accepted step ``generate``, ``check``
and ``verify`` (the generated SDK's own tests and mypy --strict) all pass; the refused step
names both files and lines, and leaves ``generated/`` as it was.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from .helpers import ROOT, SPEC

TWILIO_SPECS = ROOT.parent / "shared" / "twilio-oai" / "yaml"
PYPROJECT = """\
[tool.sdkgen]
package = "acme_twilio"
distribution = "acme-twilio"
version = "2.3.0"
"""


def sdkgen(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The console script, run from the project folder as a maintainer would."""
    script = Path(sys.executable).with_name("sdkgen")
    env = {**os.environ, "TWILIO_SDK_GENERATOR_CACHE": str(project.parent / "cache")}
    return subprocess.run(
        [str(script), *args], cwd=project, capture_output=True, text=True, timeout=600, env=env
    )


def accepted(project: Path) -> str:
    """generate, check and verify: each must pass; the verify output is returned."""
    for command in ("generate", "check", "verify"):
        result = sdkgen(project, command)
        assert (
            result.returncode == 0
        ), f"{command}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result.stdout


def widget_paths() -> dict[str, Any]:
    """A sibling CRUD resource, as README's 'Adding a resource' describes one."""
    widget = {"$ref": "#/components/schemas/voice.v1.widget"}
    example = {
        "sid": "WDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "friendly_name": "Blue",
        "url": "https://voice.twilio.com/v1/Widgets/WDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    }
    form = {
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "properties": {"FriendlyName": {"type": "string", "maxLength": 64}},
                },
                "examples": {"one": {"value": {"FriendlyName": "Blue"}}},
            }
        }
    }

    def answer(status: str, body: Any) -> dict[str, Any]:
        return {
            status: {
                "description": "The answer.",
                "content": {
                    "application/json": {"schema": body, "examples": {"one": {"value": example}}}
                },
            }
        }

    sid = {
        "name": "Sid",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "pattern": "^WD[0-9a-f]{32}$"},
        "example": example["sid"],
    }
    page = {
        "type": "object",
        "properties": {
            "widgets": {"type": "array", "items": widget},
            "meta": {"$ref": "#/components/schemas/ListMeta"},
        },
    }
    listed = {
        "200": {
            "description": "A page.",
            "content": {
                "application/json": {
                    "schema": page,
                    "examples": {
                        "one": {
                            "value": {
                                "widgets": [example],
                                "meta": {
                                    "key": "widgets",
                                    "page": 0,
                                    "page_size": 50,
                                    "next_page_url": None,
                                },
                            }
                        }
                    },
                }
            },
        }
    }
    return {
        "/v1/Widgets": {
            "x-twilio": {"pathType": "list"},
            "post": {
                "operationId": "CreateWidget",
                "requestBody": form,
                "responses": answer("201", widget),
            },
            "get": {
                "operationId": "ListWidget",
                "parameters": [{"$ref": "#/components/parameters/PageSize"}],
                "responses": listed,
            },
        },
        "/v1/Widgets/{Sid}": {
            "x-twilio": {"pathType": "instance"},
            "parameters": [sid],
            "get": {"operationId": "FetchWidget", "responses": answer("200", widget)},
            "post": {
                "operationId": "UpdateWidget",
                "requestBody": form,
                "responses": answer("200", widget),
            },
            "delete": {
                "operationId": "DeleteWidget",
                "responses": {"204": {"description": "Gone."}},
            },
        },
    }


WIDGET_SCHEMA = {
    "type": "object",
    "properties": {
        "sid": {"type": "string"},
        "friendly_name": {"type": "string", "nullable": True},
        "url": {"type": "string", "format": "uri"},
    },
}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "project"
    (folder / "spec").mkdir(parents=True)
    (folder / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    shutil.copy(SPEC, folder / "spec" / "voice_v1.yaml")
    return folder


def test_a_maintainer_adds_a_resource_then_a_product_and_an_overlap_is_refused(
    project: Path,
) -> None:
    out = project / "generated"
    first = accepted(project)
    assert (out / "src" / "acme_twilio" / "voice" / "v1" / "connection_policy.py").is_file()
    assert (
        'version = "2.3.0"' in (out / "pyproject.toml").read_text()
        and 'name = "acme-twilio"' in (out / "pyproject.toml").read_text()
    )

    # 1. A sibling resource in the same spec.
    spec_file = project / "spec" / "voice_v1.yaml"
    spec = yaml.safe_load(spec_file.read_text(encoding="utf-8"))
    spec["paths"].update(widget_paths())
    spec["components"]["schemas"]["voice.v1.widget"] = WIDGET_SCHEMA
    spec_file.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    second = accepted(project)
    assert (out / "src" / "acme_twilio" / "voice" / "v1" / "widget.py").is_file()
    assert (out / "tests" / "test_voice_v1_widget.py").is_file()
    assert _passed(second) > _passed(first)

    # 2. A second product beside it.
    trunking = TWILIO_SPECS / "twilio_trunking_v1.yaml"
    if not trunking.is_file():
        pytest.skip("../shared/twilio-oai is absent")
    shutil.copy(trunking, project / "spec" / trunking.name)
    third = accepted(project)
    assert (out / "src" / "acme_twilio" / "trunking" / "v1").is_dir()
    assert _passed(third) > _passed(second)

    # 3. Twilio's own Voice spec overlaps the project's: refused, nothing written.
    before = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    shutil.copy(TWILIO_SPECS / "twilio_voice_v1.yaml", project / "spec" / "twilio_voice_v1.yaml")
    refused = sdkgen(project, "generate")
    assert refused.returncode == 2, refused.stdout + refused.stderr
    policies = next(
        line
        for line in refused.stderr.splitlines()
        if "client.voice.v1.connection_policies is also made by" in line
    )
    own_line = _line_of(project / "spec" / "voice_v1.yaml", "  /v1/ConnectionPolicies:")
    their_line = _line_of(project / "spec" / "twilio_voice_v1.yaml", "  /v1/ConnectionPolicies:")
    # Specs are read in sorted order: twilio_voice_v1.yaml claims the resource first.
    assert policies.startswith(f"spec/voice_v1.yaml:{own_line}: /paths/~1v1~1ConnectionPolicies: ")
    assert policies.endswith(
        f"also made by spec/twilio_voice_v1.yaml:{their_line}; "
        "two specs may not describe one resource"
    )
    assert {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()} == before
    assert sdkgen(project, "check").returncode == 2


def _passed(verify_output: str) -> int:
    import re

    found = re.search(r"(\d+) passed", verify_output)
    assert found is not None, verify_output[-2000:]
    return int(found.group(1))


def _line_of(path: Path, text: str) -> int:
    return path.read_text(encoding="utf-8").splitlines().index(text) + 1

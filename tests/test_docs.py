"""The generated reference pages: one per resource, and every example call is a real one."""

from __future__ import annotations

import ast
import builtins
import datetime as dt
import inspect
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from markdown_it import MarkdownIt

from generator.pipeline import load_and_build
from twilio_sdk import Client
from twilio_sdk.testing import FakeTwilio

from .helpers import GENERATED, SPEC

DOCS = GENERATED / "docs"
PAGES = sorted(DOCS.glob("*.md"))


def tokens(page: Path) -> list[Any]:
    return MarkdownIt("commonmark").enable("table").parse(page.read_text(encoding="utf-8"))


def test_there_is_a_page_per_resource_and_an_index() -> None:
    resources = load_and_build([SPEC]).resources
    assert len(PAGES) == len(resources) + 1
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    for _, _, resource in resources:
        assert f"[{resource.class_name}](" in index


def test_every_page_has_its_tables_operations_and_links() -> None:
    api = load_and_build([SPEC])
    for domain, version, chain in api.chains:
        resource = chain[-1]
        page = DOCS / f"{domain.name}_{version.name}_{resource.module_name}.md"
        parsed = tokens(page)
        headings = [parsed[i + 1].content for i, t in enumerate(parsed) if t.type == "heading_open"]
        assert headings[0] == resource.class_name
        assert [h for h in headings if h in ("Create", "List", "Fetch", "Update", "Delete")] == [
            op.kind.capitalize() for op in resource.operations
        ]
        cells = [t.content for t in parsed if t.type == "inline"]
        for field in resource.fields:
            assert f"`{field.wire_name}`" in cells, (page.name, field.wire_name)
        for op in resource.operations:
            for param in op.params:
                assert f"`{param.wire_name}`" in cells
                assert f"`{param.py_name}`" in cells
        links = [
            t.attrGet("href")
            for t in parsed
            if t.type == "inline"
            for t in (t.children or [])
            if t.type == "link_open"
        ]
        for child in resource.children:
            assert f"{domain.name}_{version.name}_{child.resource.module_name}.md" in links
        if len(chain) > 1:
            assert f"{domain.name}_{version.name}_{chain[-2].module_name}.md" in links
        assert all((DOCS / str(link)).exists() for link in links)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_table_row_has_as_many_cells_as_its_header(page: Path) -> None:
    parsed = tokens(page)
    widths: list[int] = []
    row = 0
    for token in parsed:
        if token.type == "tr_open":
            row = 0
        elif token.type in ("th_open", "td_open"):
            row += 1
        elif token.type == "tr_close":
            widths.append(row)
        elif token.type == "table_close":
            assert len(set(widths)) == 1, (page.name, widths)
            widths = []
    text = page.read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("|"):
            cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
            assert len(cells) in (3, 4, 6, 7), (page.name, line)


def python_examples() -> list[tuple[str, str]]:
    found = []
    for page in PAGES:
        for token in tokens(page):
            if token.type == "fence" and token.info.strip() == "python":
                found.append((page.name, token.content))
    return found


class Resolver(ast.NodeVisitor):
    """Evaluate a call's receiver chain on a real client, and bind its arguments to the real
    method."""

    def __init__(self, client: Client) -> None:
        self.names: dict[str, Any] = {
            "client": client,
            "date": dt.date,
            "datetime": dt.datetime,
            "timezone": dt.timezone,
        }

    def value(self, node: ast.expr) -> Any:
        if isinstance(node, ast.Name):
            return self.names[node.id]
        if isinstance(node, ast.Attribute):
            return getattr(self.value(node.value), node.attr)
        if isinstance(node, ast.Call):
            function = self.value(node.func)
            return function(
                *[self.value(a) for a in node.args],
                **{k.arg: self.value(k.value) for k in node.keywords if k.arg},
            )
        return ast.literal_eval(node)

    def method_call(self, call: ast.Call) -> inspect.BoundArguments:
        assert isinstance(call.func, ast.Attribute)
        method = getattr(self.value(call.func.value), call.func.attr)
        args = [self.value(a) for a in call.args]
        kwargs = {k.arg: self.value(k.value) for k in call.keywords if k.arg}
        return inspect.signature(method).bind(*args, **kwargs)


@pytest.mark.parametrize(("page", "code"), python_examples())
def test_each_example_call_resolves_to_a_real_method_with_real_parameters(
    page: str, code: str
) -> None:
    tree = ast.parse(code)
    calls = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and n.func.attr in ("create", "fetch", "update", "delete", "stream")
    ]
    assert len(calls) == 1, page
    resolver = Resolver(FakeTwilio().client())
    bound = resolver.method_call(calls[0])
    method = calls[0].func
    assert isinstance(method, ast.Attribute)
    assert set(bound.arguments) <= set(
        inspect.signature(getattr(resolver.value(method.value), method.attr)).parameters
    )


def test_the_resolver_rejects_a_method_or_parameter_that_does_not_exist() -> None:
    resolver = Resolver(FakeTwilio().client())
    with pytest.raises(AttributeError):
        resolver.method_call(ast.parse("client.voice.v1.connection_policies.remove()").body[0].value)  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        resolver.method_call(ast.parse("client.voice.v1.connection_policies.create(name='x')").body[0].value)  # type: ignore[attr-defined]


def test_spec_text_cannot_break_out_of_a_page(tmp_path: Path) -> None:
    from generator.rendering import fence, md, md_code

    hostile = "x | y\n# heading <script>`code` [link](http://e) ```"
    assert "\n" not in md(hostile) and "<script>" not in md(hostile) and "\\|" in md(hostile)
    assert md_code("a|b`c").startswith("``") and "\\|" in md_code("a|b`c")
    block = fence("```\nescape", "json")
    assert block.startswith("````json\n") and block.endswith("\n````")


def test_a_method_the_spec_says_nothing_of_still_says_what_it_does(tmp_path: Path) -> None:
    """No summary and no description (Twilio's IP Messaging v1): the docstring names the
    operation and the resource; a description alone is the docstring's first line."""
    from generator.pipeline import generate_files

    said = {"description": "Read the gadget's settings."}
    gadget = {"type": "object", "properties": {"sid": {"type": "string"}}}
    answer = {"content": {"application/json": {"schema": gadget}}}
    one = {"200": {"description": "ok", **answer}}
    spec = {
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "1.0.0"},
        "servers": [{"url": "https://things.twilio.com"}],
        "paths": {
            "/v1/Gadgets/{Sid}": {
                "parameters": [
                    {"name": "Sid", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "get": {"operationId": "FetchGadget", "responses": one, **said},
                "post": {"operationId": "UpdateGadget", "responses": one},
                "delete": {
                    "operationId": "DeleteGadget",
                    "responses": {"204": {"description": ""}},
                },
            }
        },
    }
    path = tmp_path / "things.yaml"
    path.write_text(json.dumps(spec), encoding="utf-8")
    files = generate_files([path], use_cache=False)
    module = files["src/twilio_sdk/things/v1/gadget.py"]
    docs = {
        node.name: ast.get_docstring(node)
        for node in ast.walk(ast.parse(module))
        if isinstance(node, ast.FunctionDef) and node.name in ("fetch", "update", "delete")
    }
    assert docs == {
        "fetch": "Read the gadget's settings.",
        "update": "Update the Gadget.",
        "delete": "Delete the Gadget. Returns True once it is gone.",
    }
    # the reference page says the same, once each
    page = files["docs/things_v1_gadget.md"]
    sections = dict(part.split("\n", 1) for part in page.split("\n## ")[1:])
    for kind, text in (("Fetch", docs["fetch"]), ("Update", docs["update"])):
        assert sections[kind].count(str(text)) == 1, kind
    assert sections["Delete"].count("Delete the Gadget.") == 1


def _unbound_names(code: str) -> set[str]:
    """The names an example reads that neither its imports, its assignments nor Python bind."""
    tree = ast.parse(code)
    bound = set(dir(builtins))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            bound |= {alias.asname or alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            bound.add(node.id)
    read = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    return read - bound


@pytest.mark.parametrize(("page", "code"), python_examples())
def test_each_example_imports_every_name_it_uses(page: str, code: str) -> None:
    assert _unbound_names(code) == set(), page


def test_an_example_with_a_datetime_imports_it_and_a_request_model_is_documented(
    tmp_path: Path,
) -> None:
    """The example's imports were chosen by looking for ``date(`` in it, which ``datetime(``
    does not hold (12 pages of Twilio's specs printed a NameError); a JSON body's request
    model keyword was on no page, and its fields were said to be required without it."""
    from generator.pipeline import generate_files

    from .sketches import Sketch, spec_of

    spec = spec_of(
        [Sketch("Meetings", {}, {"StartsAt": {"type": "string", "format": "date-time"}})]
    )
    form = spec["paths"]["/v1/Meetings"]["post"]["requestBody"]["content"]
    form["application/x-www-form-urlencoded"]["examples"] = {
        "one": {"value": {"StartsAt": "2015-12-16T22:18:37Z"}}
    }
    spec["components"]["schemas"]["MeetingUpdateRequest"] = {
        "type": "object",
        "properties": {"Topic": {"type": "string"}},
        "required": ["Topic"],
    }
    json_body = {"schema": {"$ref": "#/components/schemas/MeetingUpdateRequest"}}
    spec["paths"]["/v1/Meetings/{Sid}"]["post"]["requestBody"] = {
        "content": {"application/json": json_body}
    }
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    page = generate_files([path], use_cache=False)["docs/widgets_v1_meeting.md"]
    examples = [
        t.content for t in MarkdownIt().parse(page) if t.type == "fence" and t.info == "python"
    ]
    [create] = [code for code in examples if ".create(" in code]
    assert "datetime(2015, 12, 16" in create and _unbound_names(create) == set()
    update_section = page.split("## Update", 1)[1].split("## Delete", 1)[0]
    assert "| `Topic` | `topic` | `str` | yes, unless `meeting_update_request` is given |" in (
        update_section
    )
    assert "| | `meeting_update_request` | `MeetingUpdateRequest` | no | json |" in update_section

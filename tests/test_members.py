"""Spec names that would take a name the SDK uses for itself get a ``_`` suffix
(generator/members.py).

First, each reserved set is held to the members the fixture SDK really has, so the sets cannot
drift from the runtime. Then one SDK is generated from specs full of such names (a list filter
``Limit``; children ``Create``, ``Fetch``, ``WithRawResponse``...; resources mounted as
``client`` and ``domain``; products on hosts ``send.``, ``close.``, ``timeout.``, ``client.`` and
``testing.``; fields ``str``, ``int``...): it compiles, passes its own tests and mypy --strict.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest
import yaml

import twilio_sdk
from generator import members
from generator.pipeline import generate_files, load_and_build
from generator.writing import write_tree
from twilio_sdk._runtime.model import Model
from twilio_sdk._runtime.resource import ResourceBase, Version

from .helpers import CONFIG, SPEC, run_generator
from .sketches import Sketch, spec_of


def public(names: Any) -> set[str]:
    return {name for name in dir(names) if not name.startswith("_")}


def test_client_members_are_the_clients_own() -> None:
    both = [
        public(kind("AC" + "a" * 32, "token")) - {"voice"}
        for kind in (twilio_sdk.Client, twilio_sdk.AsyncClient)
    ]
    assert both[0] | both[1] == members.CLIENT
    package = Path(twilio_sdk.__file__).parent
    modules = {
        p.stem for p in package.iterdir() if p.suffix == ".py" or (p / "__init__.py").is_file()
    }
    assert (
        modules - {"__init__", "voice"} - {p for p in modules if p.startswith("_")}
        == members.PACKAGE_MODULES
    )


def test_package_exports_are_the_package_roots_own() -> None:
    from generator.rendering import model_exports

    models = {name for _, name in model_exports(load_and_build([SPEC]))}
    assert set(twilio_sdk.__all__) - models == members.PACKAGE_EXPORTS


def test_resource_members_cover_every_list_context_and_version() -> None:
    from twilio_sdk.voice.v1 import V1

    version_own = public(Version(twilio_sdk.Client("AC" + "a" * 32, "t").voice)) | {
        "client",
        "domain",
    }
    assert public(V1) & version_own == set() and {"client", "domain"} <= members.RESOURCE
    mounts = {r.mount_name for _, _, r in load_and_build([SPEC]).resources}
    seen: set[str] = set()
    for module in ("connection_policy", "connection_policy_target", "ip_record", "archived_call"):
        loaded = __import__(f"twilio_sdk.voice.v1.{module}", fromlist=["*"])
        for _, kind in inspect.getmembers(loaded, inspect.isclass):
            if issubclass(kind, ResourceBase) and kind.__module__ == loaded.__name__:
                seen |= public(kind) - mounts
    assert seen <= members.RESOURCE, seen - members.RESOURCE
    assert members.RESOURCE - seen <= {"client", "domain"}


def test_model_members_and_annotation_types_are_reserved() -> None:
    assert public(Model) - {"__dataclass_fields__"} <= members.MODEL_FIELD
    assert {
        "str",
        "int",
        "float",
        "bool",
        "dict",
        "list",
    } <= members.MODEL_FIELD


FIELDS = {
    name: {"type": kind, "example": example}
    for name, kind, example in [
        ("str", "string", "text"),
        ("int", "integer", 7),
        ("float", "number", 1.5),
        ("bool", "boolean", True),
        ("dict", "object", {"a": "b"}),
        ("list", "array", ["x"]),
    ]
}
FIELDS["list"]["items"] = {"type": "string"}
METHOD_NAMES = ["Create", "Get", "Stream", "Page", "GetPage", "WithRawResponse"]
INSTANCE_METHODS = ["Fetch", "Update", "Delete", "WithRawResponse", "WithOptions"]
HOSTS = ["send", "close", "timeout", "client", "testing"]


def _specs(folder: Path) -> list[Path]:
    prefixes = iter(f"{a}{b}" for a in "BCDEFGHJKLMNPQRSTUVXYZ" for b in "ABCDEFGHJKLMNPQRSTUVWXYZ")
    widgets = Sketch(
        "Widgets", FIELDS, {"FriendlyName": {"type": "string"}}, sid_prefix=next(prefixes)
    )
    gadgets = Sketch(
        "Gadgets",
        {},
        sid_prefix=next(prefixes),
        children=[Sketch(name, {}, sid_prefix=next(prefixes)) for name in INSTANCE_METHODS],
    )
    beside = [Sketch(f"Widgets/{name}", {}, sid_prefix=next(prefixes)) for name in METHOD_NAMES]
    mounted = [
        Sketch(f"{name.title()}s", {}, sid_prefix=next(prefixes), x_twilio={"mountName": name})
        for name in ("client", "domain")
    ]
    document = spec_of([widgets, gadgets, *beside, *mounted])
    document["paths"]["/v1/Widgets"]["get"]["parameters"].append(
        {"name": "Limit", "in": "query", "schema": {"type": "integer", "minimum": 1}, "example": 3}
    )
    paths = [folder / "widgets.yaml"]
    paths[0].write_text(yaml.safe_dump(document), encoding="utf-8")
    for host in HOSTS:
        product = spec_of(
            [Sketch("Things", {}, sid_prefix=next(prefixes))],
            host=f"{host}.example.com",
            title=host,
        )
        paths.append(folder / f"{host}.yaml")
        paths[-1].write_text(yaml.safe_dump(product), encoding="utf-8")
    return paths


@pytest.fixture(scope="module")
def member_sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("members")
    write_tree(generate_files(_specs(root), use_cache=False), root / "out")
    return root / "out"


def test_each_name_is_renamed_by_the_suffix_rule(member_sdk: Path) -> None:
    src = member_sdk / "src" / "twilio_sdk"
    client = (src / "client.py").read_text()
    for host in HOSTS:
        assert f"def {host}_(self)" in client, host
        assert (src / f"{host}_" / "v1" / "thing.py").is_file()
    assert (src / "testing" / "fake.py").is_file()  # the fake is still the fake
    assert "class ClientProduct(Domain):" in (src / "client_" / "__init__.py").read_text()
    root = (src / "__init__.py").read_text()
    assert "from .client import AsyncClient, Client" in root and "widgets.v1.client" not in root
    version = (src / "widgets" / "v1" / "__init__.py").read_text()
    assert "def client_(self)" in version and "def domain_(self)" in version
    widget = (src / "widgets" / "v1" / "widget.py").read_text()
    gadget = (src / "widgets" / "v1" / "gadget.py").read_text()
    for name, module in [
        *((n, widget) for n in METHOD_NAMES),
        *((n, gadget) for n in INSTANCE_METHODS),
    ]:
        snake = {
            "GetPage": "get_page",
            "WithRawResponse": "with_raw_response",
            "WithOptions": "with_options",
        }.get(name, name.lower())
        assert f"def {snake}_(self)" in module, name
    assert "limit_: int | None | Unset = UNSET" in widget
    for field in FIELDS:
        assert f"    {field}_: " in widget, field


def test_the_sdk_compiles_and_passes_its_tests_and_mypy_strict(member_sdk: Path) -> None:
    result = run_generator("verify", "--config", str(CONFIG), "--out", str(member_sdk))
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    assert "Success: no issues found" in result.stdout


def test_domain_members_are_the_domains_own() -> None:
    from twilio_sdk._runtime.resource import Domain

    domain = Domain(twilio_sdk.Client("AC" + "a" * 32, "t"))
    assert public(domain) == members.DOMAIN_ATTRIBUTES

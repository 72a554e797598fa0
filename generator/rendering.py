"""Render the IR into the text of every generated file.

The Jinja environment is strict (an undefined name is an error) and does no
HTML escaping; instead every spec string reaches a file through one of the
filters below, chosen by where it lands:

- ``pyrepr``: any Python literal (strings, numbers, JSON values), quoted as black quotes;
- ``docstring``: text inside a triple-quoted docstring;
- ``comment``: text on one ``#`` comment line;
- ``md``, ``md_code`` and ``fence``: prose, code spans and code blocks in Markdown pages.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import jinja2

from . import __version__, conventions, layout, members, methods, snippets
from .examples import access_path, example_call, life_cycle, path_with, replaced, violations
from .fake_routes import routes_json
from .imports import prune_imports
from .ir import Api, Domain, Resource, Version
from .workers import map_on_cores, shared

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
# The runtime and the fake are copied as they are, but for the package name they are written with.
RUNTIME_PACKAGE = "twilio_sdk"


def pyrepr(value: Any) -> str:
    """A Python literal for a JSON-like value, on one line, quoted as black quotes it."""
    return layout.flat(layout.literal(value))


def _printable(text: str, keep: str = "") -> str:
    """Spell non-printable characters (NUL, U+2028, bidi controls, ...) as escapes."""
    probe = text
    for char in keep:
        probe = probe.replace(char, "")
    if probe.isprintable():
        return text  # the usual case, checked at C speed
    out = []
    for char in text:
        if char in keep or char.isprintable():
            out.append(char)
        else:
            out.append(
                f"\\x{ord(char):02x}"
                if ord(char) < 0x100
                else f"\\u{ord(char):04x}" if ord(char) < 0x10000 else f"\\U{ord(char):08x}"
            )
    return "".join(out)


def docstring(text: Any, indent: int = 0) -> str:
    """Text safe inside a triple-quoted, non-raw docstring, laid out as black lays one out:
    lines after the first at the docstring's indent, no trailing spaces, and a space
    between a final quote and the closing quotes."""
    clean = (
        unicodedata.normalize("NFC", str(text))
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .expandtabs()
    )
    clean = clean.replace("\\", "\\\\").replace('"', '\\"')
    first, *rest = [line.strip() for line in _printable(clean.strip(), keep="\n").split("\n")]
    laid_out = "\n".join([first, *(" " * indent + line if line else "" for line in rest)])
    return laid_out + " " if laid_out.endswith('"') else laid_out


def closing(text: str, indent: int) -> str:
    """A multi-line docstring's text, with the closing quotes moved to a line of their own
    when its last line leaves no room for them (black's rule, which counts characters)."""
    lines = text.split("\n")
    return (
        text + "\n" + " " * indent
        if len(lines) > 1 and len(lines[-1]) + 3 > layout.LINE_LENGTH
        else text
    )


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|#{}"} | {"&": "&amp;"})


def md(text: Any) -> str:
    """Spec prose as inert Markdown on one line: every character that could start markup is
    escaped."""
    return " ".join(str(text).split()).translate(_MD_SPECIAL)


def md_code(text: Any) -> str:
    """A code span that holds any text, safe in a table cell."""
    value = " ".join(str(text).split()).replace("|", "\\|")
    ticks = "`" * (max((len(r) for r in _backtick_runs(value)), default=0) + 1)
    pad = " " if value.startswith("`") or value.endswith("`") else ""
    return f"{ticks}{pad}{value}{pad}{ticks}"


def fence(text: str, language: str) -> str:
    """A fenced block longer than any run of backticks inside, so the text cannot close it."""
    ticks = "`" * max(3, max((len(r) for r in _backtick_runs(text)), default=0) + 1)
    return f"{ticks}{language}\n{text}\n{ticks}"


def _backtick_runs(text: str) -> list[str]:
    return re.findall(r"`+", text)


def constraints_text(pairs: Any) -> str:
    """Constraints as reviewers read them: pattern, length and range, and the known values."""
    rules = dict(pairs)
    parts = []
    if "pattern" in rules:
        parts.append("pattern " + md_code(rules["pattern"]))
    low, high = rules.get("min_length"), rules.get("max_length")
    if low is not None or high is not None:
        parts.append(
            f"length {low if low is not None else 0}..{high if high is not None else ''}".rstrip(
                "."
            )
        )
    low, high = rules.get("minimum"), rules.get("maximum")
    if low is not None or high is not None:
        parts.append(f"range {'' if low is None else low}..{'' if high is None else high}")
    if "enum" in rules:  # not a check (ir.ADVISORY): the API may know more values already
        parts.append("known values " + ", ".join(md_code(v) for v in rules["enum"]))
    return "; ".join(parts)


def sentence(text: Any) -> str:
    """Plain text ending in a full stop, so a sentence can follow it."""
    words = " ".join(str(text).split())
    return words + "." if words and words[-1] not in ".!?:" else words


def comment(text: Any) -> str:
    """Text safe on one comment line."""
    return _printable(" ".join(str(text).split()))


def _pretty_json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


# one per process: a worker forked after the first call inherits its compiled templates
@functools.cache
def environment(overlay: Path | None = None) -> jinja2.Environment:
    """The templates of ``templates/sdk``; a file of the same name in ``overlay/sdk`` replaces
    one."""
    folders = [str(overlay / "sdk")] if overlay is not None else []
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([*folders, str(TEMPLATES / "sdk")]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        auto_reload=False,  # templates do not change during a run: no stat per get_template
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        pyrepr=pyrepr,
        docstring=docstring,
        closing=closing,
        comment=comment,
        sentence=sentence,
        md=md,
        md_code=md_code,
        fence=fence,
        constraints=constraints_text,
        tojson_pretty=_pretty_json,
        pruned=prune_imports,
        expected=snippets.expected,
        equals=snippets.equals,
        block=lambda value, indent, lead="", tail="": layout.lay_out(
            layout.literal(value), indent, lead, tail
        ),
        flat=layout.flat,
    )
    env.globals.update(
        example_call=example_call,
        access_path=access_path,
        replaced=replaced,
        path_with=path_with,
        life_cycle=life_cycle,
        violations=violations,
        lay_out=layout.lay_out,
        literal=layout.literal,
        call_expr=layout.call,
        signature=layout.signature,
        assertion=layout.assertion,
        assignment=layout.assignment,
        import_from=layout.import_from,
        **{name: getattr(snippets, name) for name in snippets.__all__},
        classes=methods.classes,
        public_classes=methods.public_classes,
        operation_constant=methods.operation_constant,
        operation_summary=methods.summary,
        method_name=methods.method_name,
        checking_method_name=methods.checking_method_name,
        names=methods.NAMES,
        not_found_error=conventions.NOT_FOUND_ERROR,
        generator_version=__version__,
    )
    return env


def render(
    api: Api,
    finish: Callable[[dict[str, str]], dict[str, str]] | None = None,
    overlay: Path | None = None,
) -> dict[str, str]:
    """Every generated file, by path relative to the output root.

    A file in the `overlay` folder replaces the template of the same path under ``templates/``.
    The files of the whole API, and those of each resource (its module, tests and page),
    are rendered on every core; `finish` (formatting) runs on each part where it was rendered.
    """
    chains = api.chains
    pages = [
        (chain[-1], doc_links(api, domain, version, chain)) for domain, version, chain in chains
    ]
    # the whole API's part first: its fake's table of routes is the largest single file
    cost = {-1: len(chains) * 100} | {
        index: 1 + len(chain[-1].operations) for index, (_, _, chain) in enumerate(chains)
    }
    for name in environment(overlay).list_templates(extensions=["j2"]):
        environment(overlay).get_template(name)  # compiled once, here: forked workers inherit them
    files: dict[str, str] = {}
    shared_parts = (api, chains, pages, finish, overlay)
    for part in map_on_cores(
        _render_part,
        list(cost),
        cost=cost.__getitem__,
        shared=shared_parts,
        stage="rendering resources",
    ):
        files.update(part)
    return files


def _render_part(index: int) -> dict[str, str]:
    """The files of the whole API (`index` -1), or of the `index`-th resource of the shared API."""
    api, chains, pages, finish, overlay = shared()
    if index < 0:
        files = _api_files(api, pages, overlay)
    else:
        files = _resource_files(api, chains[index], pages[index][1], overlay)
    return finish(files) if finish is not None else files


def _api_files(
    api: Api, pages: list[tuple[Resource, DocLinks]], overlay: Path | None
) -> dict[str, str]:
    """The package, client, domain and version modules, the runtime, the fake and the index page."""
    env = environment(overlay)
    src = f"src/{api.package}"
    files: dict[str, str] = {}

    def emit(path: str, template: str, **context: Any) -> None:
        files[path] = env.get_template(template).render(api=api, **context)

    emit("pyproject.toml", "pyproject.toml.j2")
    emit("README.md", "README.md.j2")
    emit(f"{src}/__init__.py", "package_init.py.j2", exports=model_exports(api))
    emit(f"{src}/client.py", "client.py.j2")
    files[f"{src}/py.typed"] = ""
    for folder, target in (("runtime", "_runtime"), ("testing", "testing")):
        for static in sorted((TEMPLATES / folder).glob("*.py")):
            text = _static_template(overlay, folder, static).read_text(encoding="utf-8")
            files[f"{src}/{target}/{static.name}"] = text.replace(RUNTIME_PACKAGE, api.package)
    files[f"{src}/testing/_routes.json"] = routes_json(api)
    emit("tests/conftest.py", "conftest.py.j2")
    emit(f"tests/{api.package}_test_support.py", "sdk_test_support.py.j2")
    for domain in api.domains:
        emit(f"{src}/{domain.name}/__init__.py", "domain.py.j2", domain=domain)
        for version in domain.versions:
            emit(
                f"{src}/{domain.name}/{version.name}/__init__.py",
                "version.py.j2",
                domain=domain,
                version=version,
            )
    emit("docs/index.md", "doc_index.md.j2", pages=pages)
    return files


def _static_template(overlay: Path | None, folder: str, static: Path) -> Path:
    replacement = overlay / folder / static.name if overlay is not None else None
    return replacement if replacement is not None and replacement.is_file() else static


def _resource_files(
    api: Api,
    chain_of: tuple[Domain, Version, tuple[Resource, ...]],
    page: DocLinks,
    overlay: Path | None,
) -> dict[str, str]:
    """A resource's module, reference page, unit tests and end-to-end tests."""
    env = environment(overlay)
    domain, version, chain = chain_of
    resource = chain[-1]
    src = f"src/{api.package}/{domain.name}/{version.name}"
    context = dict(api=api, domain=domain, version=version, resource=resource, chain=chain)
    files = {
        f"{src}/{resource.module_name}.py": env.get_template("resource.py.j2").render(**context),
        f"docs/{doc_page(domain, version, resource)}": env.get_template(
            "doc_resource.md.j2"
        ).render(**context, page=page),
    }
    if resource.operations:
        tests = f"tests/test_{domain.name}_{version.name}_{resource.module_name}.py"
        files[tests] = env.get_template("test_resource.py.j2").render(**context)
        end_to_end = f"tests/test_e2e_{domain.name}_{version.name}_{resource.module_name}.py"
        files[end_to_end] = env.get_template("test_e2e.py.j2").render(**context)
    return files


def doc_page(domain: Domain, version: Version, resource: Resource) -> str:
    return f"{domain.name}_{version.name}_{resource.module_name}.md"


@dataclass(frozen=True)
class DocLinks:
    """A resource's reference page and the pages of the resources around it."""

    file: str
    access: methods.AccessPath
    parent: tuple[str, str] | None  # (class name, page)
    children: tuple[tuple[str, str, str], ...]  # (mount name, class name, page)


def doc_links(api: Api, domain: Domain, version: Version, chain: tuple[Resource, ...]) -> DocLinks:
    resource = chain[-1]
    parent = chain[-2] if len(chain) > 1 else None
    return DocLinks(
        file=doc_page(domain, version, resource),
        access=methods.access(domain, version, chain),
        parent=(parent.class_name, doc_page(domain, version, parent)) if parent else None,
        children=tuple(
            (c.resource.mount_name, c.resource.class_name, doc_page(domain, version, c.resource))
            for c in resource.children
        ),
    )


def model_exports(api: Api) -> list[tuple[str, str]]:
    """(module, class) of each model whose class name is unique in the API and free at the package
    root (a model named ``Client`` stays in its module), for the package root."""
    models = [
        (f"{domain.name}.{version.name}.{resource.module_name}", resource.class_name)
        for domain, version, resource in api.resources
        if resource.has_model
    ]
    counts = Counter(name for _, name in models)
    return sorted(
        (module, name)
        for module, name in models
        if counts[name] == 1 and name not in members.PACKAGE_EXPORTS
    )

"""The templates write black's layout themselves; these tests hold them to it.

The contract (see `generator.layout` and `generator.formatting.needs_black`): any
file the generator does not send through black is exactly what black would
write. Each layout shape is checked against black on random names, values and
indents, and the raw rendered SDK of the project's spec and of the quirks spec
is checked file by file.
"""

from __future__ import annotations

import keyword
from pathlib import Path
from typing import Any

import black
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import layout
from generator.formatting import black_mode, needs_black
from generator.imports import prune_imports
from generator.pipeline import Summary, load_and_build
from generator.rendering import render

from .helpers import SPEC

from .test_quirks import SPEC as QUIRKS_SPEC

names = st.from_regex(r"[a-z_][a-z0-9_]{0,40}", fullmatch=True).filter(
    lambda n: not keyword.iskeyword(n)
)
texts = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**12), 10**12) | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(texts, inner, max_size=5),
    max_leaves=25,
)
depths = st.integers(0, 12)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def at_depth(depth: int, statement: str, block: str = "if True:") -> str:
    """A module with `statement` nested `depth` blocks deep, as the templates would indent it."""
    opening = "".join("    " * level + block + "\n" for level in range(depth))
    return opening + "    " * depth + statement + "\n"


def assert_black_agrees(source: str) -> None:
    if needs_black(source):
        return  # the generator hands this one to black itself
    assert black.format_str(source, mode=black_mode()) == source


@SETTINGS
@given(texts)
def test_string_literals_are_quoted_as_black_quotes_them(text: str) -> None:
    spelled = layout.string(text)
    assert eval(spelled) == text
    assert_black_agrees(f"x = {spelled}\n")


@SETTINGS
@given(depths, names, json_values)
def test_literals_break_where_black_breaks_them(depth: int, name: str, value: Any) -> None:
    assert eval(layout.flat(layout.literal(value))) == value or value != value
    assert_black_agrees(
        at_depth(depth, layout.lay_out(layout.literal(value), depth * 4, f"{name} = "))
    )


@SETTINGS
@given(depths, names, st.lists(st.tuples(names, json_values), max_size=6))
def test_calls_break_where_black_breaks_them(
    depth: int, name: str, arguments: list[tuple[str, Any]]
) -> None:
    keywords = {key: layout.literal(value) for key, value in arguments}
    positional = [layout.literal(value) for _, value in arguments[:2]]
    call = layout.call(f"self.{name}", *positional, **keywords)
    assert_black_agrees(at_depth(depth, layout.lay_out(call, depth * 4, "return ")))
    assert_black_agrees(at_depth(depth, layout.lay_out(call, depth * 4)))


steps = st.lists(
    st.tuples(names, st.none() | st.lists(json_values, max_size=2)), min_size=1, max_size=5
)


@SETTINGS
@given(depths, steps, names, st.lists(st.tuples(names, json_values), max_size=4), st.booleans())
def test_call_chains_break_where_black_breaks_them(
    depth: int,
    path: list[tuple[str, Any]],
    method: str,
    arguments: list[tuple[str, Any]],
    awaited: bool,
) -> None:
    links = [
        (name, None if args is None else [layout.literal(value) for value in args])
        for name, args in path
    ]
    reached = layout.chain("c.voice.v1", links)
    called = layout.call(
        layout.chain("c.voice.v1", [*links, (method, None)]),
        **{k: layout.literal(v) for k, v in arguments},
    )
    for lambda_call in (
        layout.call("api.run", "variant", layout.Entry("lambda c: ", called)),
        layout.call("api.run", layout.Entry("lambda c: ", called)),
    ):
        assert_black_agrees(at_depth(depth, layout.lay_out(lambda_call, depth * 4, "result = ")))
        assert_black_agrees(at_depth(depth, layout.lay_out(lambda_call, depth * 4)))
    block = "async def f():" if awaited else "if True:"
    for value in (called, reached):
        assert_black_agrees(
            at_depth(
                depth + 1,
                layout.lay_out(value, depth * 4 + 4, "things = " + ("await " if awaited else "")),
                block,
            )
        )


@SETTINGS
@given(depths, names, st.lists(names, min_size=1, max_size=8, unique=True), names)
def test_signatures_break_where_black_breaks_them(
    depth: int, name: str, params: list[str], returns: str
) -> None:
    spelled = ["self", *(f"{p}: int | None = None" for p in params)]
    for annotation in (returns, f"list[{returns}]", f"module.{returns.title()}Context"):
        header = layout.signature(depth * 4, name, spelled, annotation)
        assert_black_agrees(
            at_depth(depth, header + "\n" + "    " * (depth + 1) + "pass", "class C:")
        )


@SETTINGS
@given(depths, names, json_values)
def test_assertions_break_where_black_breaks_them(depth: int, subject: str, value: Any) -> None:
    statement = layout.assertion(depth * 4, f"result.{subject}", "==", layout.literal(value))
    assert_black_agrees(at_depth(depth, statement))


@SETTINGS
@given(depths, st.lists(names, min_size=1, max_size=6, unique=True), names)
def test_imports_and_assignments_break_where_black_breaks_them(
    depth: int, imported: list[str], name: str
) -> None:
    assert_black_agrees(at_depth(depth, layout.import_from(depth * 4, "package." + name, imported)))
    assert_black_agrees(
        at_depth(depth, layout.assignment(depth * 4, name.upper(), layout.string(name * 4)))
    )


@pytest.mark.parametrize(
    "spec_text", [SPEC.read_text(encoding="utf-8"), QUIRKS_SPEC], ids=["voice", "quirks"]
)
def test_every_file_the_generator_does_not_format_is_already_black(
    spec_text: str, tmp_path: Path
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(spec_text, encoding="utf-8")
    rendered = render(load_and_build([spec], summary=Summary()))
    files = {path: prune_imports(text) for path, text in rendered.items() if path.endswith(".py")}
    unformatted = {path: text for path, text in files.items() if not needs_black(text)}
    # The runtime and the fake, copied as they are, never need black: it costs a cold run half a
    # second.
    copied = [
        path
        for path in files
        if path.startswith(("src/twilio_sdk/_runtime/", "src/twilio_sdk/testing/"))
    ]
    assert len(copied) > 8 and set(copied) <= set(unformatted)
    changed = [
        path
        for path, text in unformatted.items()
        if black.format_str(text, mode=black_mode()) != text
    ]
    assert changed == []

"""Load a spec file: safe YAML, size limits, and (when a problem needs it) the line of every JSON pointer."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import yaml

from .problems import Problem, SpecError, pointer_join

try:  # libyaml is several times faster; the pure-Python loader gives the same result.
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

MAX_BYTES = 20 * 1024 * 1024
MAX_NODES = 2_000_000  # counted with aliases expanded: stops "billion laughs" documents
MAX_DEPTH = 64


@dataclass(frozen=True)
class LoadedSpec:
    """A parsed spec document, and its text to tell where each part of it came from."""

    path: str
    data: Mapping[str, Any]
    text: str = ""

    @functools.cached_property
    def lines(self) -> Mapping[str, int]:
        """The line of every JSON pointer; worked out only once a problem needs one."""
        loader = _Loader(self.text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
        lines: dict[str, int] = {}
        if node is not None:
            _index_lines(node, "", lines)
        return lines

    def line_of(self, pointer: str) -> int:
        """The line of `pointer`, or of its nearest ancestor that has one."""
        while pointer:
            if pointer in self.lines:
                return self.lines[pointer]
            pointer = pointer.rpartition("/")[0]
        return self.lines.get("", 1)

    def problem(self, pointer: str, message: str, operation: str = "") -> Problem:
        return Problem(self.path, self.line_of(pointer), pointer, message, operation)


def load_spec(path: str | Path) -> LoadedSpec:
    """Read and parse one spec file, or raise SpecError with located problems."""
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise SpecError([Problem(name, 0, "", f"cannot read file: {error.strerror}")]) from None
    return load_spec_text(raw, name)


def load_spec_text(raw: bytes, name: str) -> LoadedSpec:
    if len(raw) > MAX_BYTES:
        raise SpecError([Problem(name, 0, "", f"file is larger than {MAX_BYTES} bytes")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SpecError([Problem(name, 0, "", f"file is not UTF-8: {error.reason}")]) from None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise SpecError([Problem(name, 1, "", "file is empty")])
        _check_size(node, name)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 0
        message = " ".join(str(part) for part in (error.context, error.problem) if part)
        raise SpecError([Problem(name, line, "", f"YAML syntax error: {message}")]) from None
    except yaml.YAMLError as error:
        raise SpecError([Problem(name, 0, "", f"YAML error: {error}")]) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise SpecError([Problem(name, 1, "", "the document is not a mapping")])
    return LoadedSpec(name, data, text)


def _check_size(root: yaml.Node, name: str) -> None:
    """Refuse a document that expands (aliases counted every time) past MAX_NODES, or nests past MAX_DEPTH."""
    count = 0
    stack: list[tuple[yaml.Node, int, tuple[Any, ...]]] = [(root, 0, ())]
    while stack:
        node, depth, path = stack.pop()
        count += 1
        if count > MAX_NODES or depth > MAX_DEPTH:
            pointer = pointer_join(*path)
            reason = f"expands to more than {MAX_NODES} nodes (alias bomb?)" if count > MAX_NODES else (
                f"is nested deeper than {MAX_DEPTH} levels")
            raise SpecError([Problem(name, node.start_mark.line + 1, pointer, f"document {reason}")])
        if isinstance(node, yaml.MappingNode):
            stack.extend((value, depth + 1, (*path, key.value)) for key, value in node.value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1, (*path, index)) for index, item in enumerate(node.value))


def _index_lines(node: yaml.Node, pointer: str, lines: dict[str, int]) -> None:
    lines.setdefault(pointer, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = pointer + pointer_join(key.value)
            lines.setdefault(child, key.start_mark.line + 1)
            _index_lines(value, child, lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index_lines(item, pointer + pointer_join(index), lines)

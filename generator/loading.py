"""Load a spec file: safe YAML, size limits, and (when a problem needs it) the line of every
JSON pointer.

A spec is checked before it is read: only a regular file of at most MAX_BYTES is opened for
reading (a FIFO, a device or a directory never is), and it is read once, never past the limit.
"""

from __future__ import annotations

import functools
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import yaml

from .problems import Problem, SpecError, pointer_join

try:  # libyaml is several times faster; the pure-Python loader gives the same result.
    _BaseLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader = yaml.SafeLoader

_MERGE = "tag:yaml.org,2002:merge"
_STR = "tag:yaml.org,2002:str"


class _Loader(_BaseLoader):  # type: ignore[misc]
    """The safe loader, noting every key a mapping repeats instead of letting the last one win."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self.duplicates: list[tuple[yaml.MappingNode, yaml.Node, yaml.Node]] = (
            []
        )  # (mapping, key, first key)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        pairs = list(node.value)  # before merge keys (``<<``) are spliced in
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        if (
            len(mapping) < len(pairs) or node.value != pairs
        ):  # a key repeats, or a merge key was used
            self._note_duplicates(node, pairs)
        return mapping

    def _note_duplicates(
        self, node: yaml.MappingNode, pairs: list[tuple[yaml.Node, yaml.Node]]
    ) -> None:
        """Keys equal as the mapping's keys (``1`` and ``true`` are one Python key; ``1`` and
        ``'1'`` are two). A key a merge brings in may be overridden: that is what merges are for."""
        first: dict[Any, yaml.Node] = {}
        for key_node, _ in pairs:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _MERGE:
                continue
            key = key_node.value if key_node.tag == _STR else self.construct_object(key_node)
            try:
                seen = first.setdefault(key, key_node)
            except TypeError:  # unhashable: construct_mapping has refused it already
                continue
            if seen is not key_node:
                self.duplicates.append((node, key_node, seen))


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


_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _file_problem(name: str, status: os.stat_result) -> Problem | None:
    """Why a file with this status may not be read as a spec, or None."""
    if not stat.S_ISREG(status.st_mode):
        kind = next((what for test, what in _KINDS if test(status.st_mode)), "not a regular file")
        return Problem(name, 0, "", f"cannot read file: it is {kind}, not a regular file")
    if status.st_size > MAX_BYTES:
        return Problem(
            name, 0, "", f"file is larger than {MAX_BYTES} bytes ({status.st_size} bytes)"
        )
    return None


def check_spec_file(path: str | Path) -> Problem | None:
    """Why `path` cannot be a spec (missing, not a regular file, over MAX_BYTES), or None.

    Looks only at the file's status: nothing is opened, so a FIFO cannot block and a device
    or a huge file is never read.
    """
    try:
        status = os.stat(path)
    except OSError as error:
        return Problem(str(path), 0, "", f"cannot read file: {error.strerror}")
    return _file_problem(str(path), status)


def load_spec(path: str | Path) -> LoadedSpec:
    """Read and parse one spec file, or raise SpecError with located problems.

    Only a regular file within the size limit is opened (`check_spec_file`). It is opened
    without blocking and checked again on the open descriptor (a FIFO swapped in meanwhile
    answers at once and is refused), then read once, at most MAX_BYTES + 1 bytes: a file that
    grows while it is read is refused all the same.
    """
    name = str(path)
    problem = check_spec_file(path)
    if problem is not None:
        raise SpecError([problem])
    try:
        descriptor = os.open(
            path,
            os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0),
        )
    except OSError as error:
        raise SpecError([Problem(name, 0, "", f"cannot read file: {error.strerror}")]) from None
    try:
        problem = _file_problem(name, os.fstat(descriptor))
        if problem is not None:
            raise SpecError([problem])
        raw = _read_at_most(descriptor, MAX_BYTES + 1)
    except OSError as error:
        raise SpecError(
            [Problem(name, 0, "", f"cannot read file: {error.strerror or error}")]
        ) from None
    finally:
        os.close(descriptor)
    return load_spec_text(raw, name)


def _read_at_most(descriptor: int, limit: int) -> bytes:
    chunks = []
    left = limit
    while left > 0:
        chunk = os.read(descriptor, min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


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
        if loader.duplicates:
            raise SpecError(_duplicate_problems(node, loader.duplicates, name))
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
    _status_codes_as_text(data)
    return LoadedSpec(name, data, text)


def _status_codes_as_text(data: dict[str, Any]) -> None:
    """``200:`` is the integer 200 in YAML; OpenAPI's response codes are text (``'200'``), and
    older specs (Twilio's 1.0.0) write them bare, so they are read as the text they stand for."""
    paths = data.get("paths")
    for item in paths.values() if isinstance(paths, dict) else ():
        for op in item.values() if isinstance(item, dict) else ():
            responses = op.get("responses") if isinstance(op, dict) else None
            if isinstance(responses, dict) and any(isinstance(k, int) for k in responses):
                fixed = {str(k) if isinstance(k, int) else k: v for k, v in responses.items()}
                if len(fixed) == len(responses):  # 200 and '200' both: left for validation
                    op["responses"] = fixed


def _children(node: yaml.Node) -> list[tuple[Any, yaml.Node]]:
    if isinstance(node, yaml.MappingNode):
        return [(key.value, value) for key, value in node.value]
    if isinstance(node, yaml.SequenceNode):
        return list(enumerate(node.value))
    return []


def _check_size(root: yaml.Node, name: str) -> None:
    """Refuse a document that expands (aliases counted every time they are used) past
    MAX_NODES, nests past MAX_DEPTH, or holds itself through an alias.

    The walk visits each node once: an alias is the very node of its anchor, so a second
    visit adds that node's expanded size, worked out once, instead of walking it again.
    A "billion laughs" document costs what its text does, not what it expands to.
    """
    sizes: dict[int, int] = {}
    heights: dict[int, int] = {}
    seen: set[int] = set()
    count = 0
    stack: list[tuple[yaml.Node, int]] = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if isinstance(node, yaml.ScalarNode):
            continue
        if id(node) in seen:  # an alias
            _measure(node, name, sizes, heights)
            count += sizes[id(node)] - 1
            depth += heights[id(node)] - 1
        else:
            seen.add(id(node))
            values = (
                node.value
                if isinstance(node, yaml.SequenceNode)
                else [value for _, value in node.value]
            )
            stack.extend((value, depth + 1) for value in values)
        if count > MAX_NODES or depth > MAX_DEPTH:
            break
    else:
        return
    _measure(root, name, sizes, heights)
    if sizes[id(root)] > MAX_NODES:
        _refuse(
            root,
            name,
            sizes,
            lambda size: size > MAX_NODES // 2,
            f"document expands to more than {MAX_NODES} nodes (alias bomb?)",
        )
    _refuse(
        root,
        name,
        heights,
        None,
        f"document is nested deeper than {MAX_DEPTH} levels",
        MAX_DEPTH + 1,
    )


def _measure(top: yaml.Node, name: str, sizes: dict[int, int], heights: dict[int, int]) -> None:
    """The expanded size (capped just past MAX_NODES) and height of `top` and all below it."""
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(top, False)]
    while stack:
        node, children_done = stack.pop()
        kids = [child for _, child in _children(node)]
        if children_done:
            open_nodes.discard(id(node))
            sizes[id(node)] = min(MAX_NODES + 1, 1 + sum(sizes[id(k)] for k in kids))
            heights[id(node)] = 1 + max((heights[id(k)] for k in kids), default=0)
            continue
        if id(node) in sizes:
            continue
        open_nodes.add(id(node))
        stack.append((node, True))
        for kid in kids:
            if id(kid) in open_nodes:
                raise SpecError(
                    [
                        Problem(
                            name,
                            kid.start_mark.line + 1,
                            "",
                            "document holds itself through an alias",
                        )
                    ]
                )
            if id(kid) not in sizes:
                stack.append((kid, False))


def _refuse(
    root: yaml.Node, name: str, measure: dict[int, int], enough: Any, message: str, levels: int = 0
) -> None:
    """Raise the problem at the node where the document grows too big: down the largest (or
    tallest) branch, `levels` steps, or while the branch alone is `enough` to be the cause."""
    node, path = root, tuple[Any, ...]()
    for step in range(MAX_DEPTH + 1):
        kids = _children(node)
        if not kids or (levels and step >= levels):
            break
        key, biggest = max(kids, key=lambda kid: measure[id(kid[1])])
        if enough is not None and not enough(measure[id(biggest)]):
            break
        node, path = biggest, (*path, key)
    raise SpecError([Problem(name, node.start_mark.line + 1, pointer_join(*path), message)])


def _duplicate_problems(
    root: yaml.Node, duplicates: list[tuple[yaml.MappingNode, yaml.Node, yaml.Node]], name: str
) -> list[Problem]:
    """A problem at each repeated key, naming the line of the first: YAML keeps only the last,
    so a repeated ``delete:`` would silently replace the first one."""
    wanted = {id(mapping) for mapping, _, _ in duplicates}
    pointers: dict[int, str] = {}
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, str]] = [(root, "")]
    while stack and len(pointers) < len(wanted):  # each node once: an alias is not walked again
        node, pointer = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if id(node) in wanted:
            pointers[id(node)] = pointer
        # In document order, so an alias's node is named where it is written, not where it is used.
        stack.extend(
            (child, pointer + pointer_join(key)) for key, child in reversed(_children(node))
        )
    problems = []
    for mapping, key, first in duplicates:
        line, first_line = key.start_mark.line + 1, first.start_mark.line + 1
        problems.append(
            Problem(
                name,
                line,
                pointers.get(id(mapping), "") + pointer_join(key.value),
                f"key {key.value!r} is given twice in one mapping (first at line {first_line}); "
                "YAML would keep only the last",
            )
        )
    return problems


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

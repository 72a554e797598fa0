"""Spec sets at a git commit: the files the project's spec patterns match in the tree of a ref.

``diff --base REF`` and ``changelog --base REF`` compare the whole set of specs now with the
whole set at REF, so a spec deleted, renamed or split in two counts. The set at REF is the
config's patterns (as they are now) matched against ``git ls-tree`` of REF, with the config's
folder as the base of the patterns, and each file read with ``git show``.

Every ref reaches git after ``--end-of-options``, and a ref that starts with ``-`` is refused
before that: it could only be an option in disguise (``--output=FILE`` makes git write a file).

A tree's entry names are untrusted too: a crafted commit (fetched from anywhere; git checks
fetched objects only when asked to) can hold folders named ``..``. Such entries are not files of
the commit, as git would never check them out, and no copy is written outside its scratch folder.
"""

from __future__ import annotations

import fnmatch
import posixpath
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from .config import DEFAULT_SPECS, settings_of
from .problems import Problem, SpecError
from .writing import safe_relative

_GLOB_CHARS = "*?["
_FILE_MODES = ("100644", "100755")
_LINK_MODE = "120000"


class SpecSetError(Exception):
    """The spec set at a ref cannot be read: no git, not a repository, an unknown or unsafe ref."""


def check_ref(ref: str) -> None:
    """Refuse a ref git could take for an option, or an empty one."""
    if not ref:
        raise SpecSetError("the git ref is empty")
    if ref.startswith("-"):
        raise SpecSetError(f"{ref!r} is not a git ref: a ref cannot start with '-'")


def _git(args: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except OSError as error:
        raise SpecSetError(f"cannot run git: {error}") from None


def _message(done: subprocess.CompletedProcess[bytes]) -> str:
    return done.stderr.decode("utf-8", "replace").strip() or f"git exited with {done.returncode}"


@dataclass(frozen=True)
class Tree:
    """The files of one commit: repository-relative POSIX path -> (mode, object id)."""

    ref: str
    commit: str
    top: Path  # the repository's top folder
    files: dict[str, tuple[str, str]]

    def select(self, patterns: Iterable[str], base: Path, literal: bool = False) -> list[str]:
        """The files that `patterns` (relative to `base`, a folder) match, sorted, each once.
        A pattern with no glob character (or every pattern, when `literal`) names one file."""
        found: set[str] = set()
        for pattern in patterns:
            full = self._in_repo(pattern, base)
            if literal or not any(char in pattern for char in _GLOB_CHARS):
                if self._blob(full) is not None:
                    found.add(full)
            else:
                parts = full.split("/")
                found.update(path for path in self.files if _matches(parts, path.split("/")))
        return sorted(path for path in found if self._blob(path) is not None)

    def _in_repo(self, pattern: str, base: Path) -> str:
        """`pattern` (relative to `base`, or absolute) relative to the repository's top folder."""
        full = posixpath.normpath(
            posixpath.join(base.resolve().as_posix(), Path(pattern).as_posix())
        )
        inside = posixpath.relpath(full, self.top.as_posix())
        if inside == ".." or inside.startswith("../"):
            raise SpecSetError(
                f"{pattern!r} is outside the git repository at {self.top}: "
                f"it cannot be read at {self.ref}"
            )
        return inside

    def holds(self, pattern: str, base: Path) -> bool:
        """Whether `pattern` (relative to `base`) points inside the repository."""
        try:
            self._in_repo(pattern, base)
        except SpecSetError:
            return False
        return True

    def _blob(self, path: str) -> str | None:
        """The object id of the file at `path`, following one symbolic link inside the tree."""
        mode, oid = self.files.get(path, ("", ""))
        if mode in _FILE_MODES:
            return oid
        if mode == _LINK_MODE:
            link = self._show(oid).decode("utf-8", "replace")
            target = posixpath.normpath(posixpath.join(posixpath.dirname(path), link))
            mode, oid = self.files.get(target, ("", ""))
            return oid if mode in _FILE_MODES else None
        return None

    def _show(self, oid: str) -> bytes:
        done = _git(["show", "--no-textconv", "--end-of-options", oid], self.top)
        if done.returncode != 0:
            raise SpecSetError(f"git show failed: {_message(done)}")
        return done.stdout

    def read(self, path: str) -> bytes:
        """The content of the file at `path` in this commit."""
        oid = self._blob(path)
        if oid is None:
            raise SpecSetError(f"{path} is not a file at {self.ref}")
        return self._show(oid)


def open_tree(ref: str, where: Path) -> Tree:
    """The files of `ref` in the git repository that holds the folder `where`."""
    check_ref(ref)
    done = _git(["rev-parse", "--show-toplevel"], where)
    if done.returncode != 0:
        raise SpecSetError(
            f"{where} is not in a git repository, so --base {ref} cannot be read: {_message(done)}"
        )
    top = Path(done.stdout.decode("utf-8", "surrogateescape").rstrip("\n")).resolve()
    done = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"], top)
    if done.returncode != 0:
        raise SpecSetError(f"{ref!r} is not a commit in the git repository at {top}")
    commit = done.stdout.decode("ascii").strip()
    done = _git(["ls-tree", "-r", "-z", "--full-tree", "--end-of-options", commit], top)
    if done.returncode != 0:
        raise SpecSetError(f"git ls-tree failed: {_message(done)}")
    files: dict[str, tuple[str, str]] = {}
    for entry in done.stdout.split(b"\0"):
        if not entry:
            continue
        info, _, name = entry.partition(b"\t")
        mode, kind, oid = info.decode("ascii").split(" ")
        path = name.decode("utf-8", "surrogateescape")
        if kind == "blob" and _checkable(path):
            files[path] = (mode, oid)
    return Tree(ref=ref, commit=commit, top=top, files=files)


def _checkable(path: str) -> bool:
    """Whether git would check out a tree entry at `path`: no empty, ``.``, ``..`` or ``.git``
    segment (any case), and no NUL."""
    return "\0" not in path and not any(
        segment.lower() in ("", ".", "..", ".git") for segment in path.split("/")
    )


def _matches(pattern: list[str], path: list[str]) -> bool:
    """Whether a path's segments match a glob's, as :meth:`pathlib.Path.glob` matches them:
    ``*``, ``?`` and ``[...]`` within one segment, ``**`` for any number of folders."""
    if not pattern:
        return not path
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        if not rest:
            return False  # "**" alone matches folders, never a file
        return any(_matches(rest, path[i:]) for i in range(len(path)))
    return bool(path) and fnmatch.fnmatchcase(path[0], head) and _matches(rest, path[1:])


@dataclass(frozen=True)
class SpecSet:
    """Specs of a commit copied to a scratch folder, each with the name a person knows it by."""

    paths: list[Path]
    names: dict[str, str]  # scratch path -> "REF:repo/path"

    def relabel(self, error: SpecError) -> SpecError:
        """`error` with each problem located in ``REF:path`` rather than the scratch copy."""
        return SpecError(
            [
                Problem(self.names.get(p.file, p.file), p.line, p.pointer, p.message, p.operation)
                for p in error.problems
            ]
        )


def specs_at(
    tree: Tree, patterns: Iterable[str], base: Path, scratch: Path, literal: bool = False
) -> SpecSet:
    """The files `patterns` match at the tree's commit, written under `scratch`."""
    paths, names = [], {}
    for path in tree.select(patterns, base, literal):
        copy = scratch / safe_relative(path)  # a second guard: never a path out of `scratch`
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(tree.read(path))
        paths.append(copy)
        names[str(copy)] = f"{tree.ref}:{path}"
    return SpecSet(paths, names)


def patterns_at(tree: Tree, config_file: Path) -> tuple[str, ...] | None:
    """The ``specs`` patterns of the config file as it was at the tree's commit; None when it was
    not there or cannot be read (then only the config as it is now is known)."""
    try:
        path = config_file.resolve().relative_to(tree.top).as_posix()
        document = tomllib.loads(tree.read(path).decode("utf-8"))
    except (ValueError, SpecSetError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    table = settings_of(document, config_file.name)
    specs = table.get("specs", list(DEFAULT_SPECS)) if isinstance(table, dict) else None
    return (
        tuple(specs) if isinstance(specs, list) and all(isinstance(s, str) for s in specs) else None
    )

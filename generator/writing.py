"""Write the output tree atomically, and compare it with what is on disk.

The new tree is written beside the old one and swapped in with one
``rename``, so a failed or killed run leaves either the old tree or the new
one, never a mix. A manifest marks a directory as ours: a directory without
it is never replaced.

What git ignores in the old tree (a local venv, a wheel built in place) is no file of the
generator's: the new tree takes it over, a folder whole, unless the generator now writes that
very path. The new tree keeps the old one's permissions.

Runs that write one output directory take turns: each holds an exclusive
``flock`` on the directory that contains it while it stages and swaps. A run
killed half-way leaves only its staging directory (``.<name>.new-*``) beside
the output; the next run to hold the lock removes it.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path, PurePosixPath
from typing import Iterator

MANIFEST = ".generated-manifest"
IGNORED_PARTS = {"__pycache__", ".pytest_cache", ".mypy_cache"}


class OutputError(Exception):
    pass


def safe_relative(path: str) -> PurePosixPath:
    """Refuse any output path that could land outside the output root."""
    relative = PurePosixPath(path)
    if (
        relative.is_absolute()
        or not relative.parts
        or any(part in ("", ".", "..") for part in relative.parts)
    ):
        raise OutputError(f"refusing to write outside the output root: {path!r}")
    return relative


def manifest_text(files: dict[str, str]) -> str:
    lines = [f"{hashlib.sha256(files[p].encode()).hexdigest()}  {p}" for p in sorted(files)]
    return "# Files written by the generator, with their sha256.\n" + "\n".join(lines) + "\n"


def write_tree(files: dict[str, str], out: Path) -> list[str]:
    """Replace the directory `out` with exactly `files`; return the paths that changed.

    Anything the file system refuses (`out` is a file or under one, a name too long, no
    space) is an OutputError naming it; the old tree stays as it was.
    """
    out = out.resolve()
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out} is a file, not a folder; refusing to replace it")
    blocker = next((p for p in out.parents if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        raise OutputError(f"{blocker} is a file, so {out} cannot be made")
    try:
        return _write_tree(files, out)
    except OSError as error:
        where = f" {error.filename}" if error.filename else ""
        raise OutputError(f"cannot write{where}: {error.strerror or error}") from error


def _write_tree(files: dict[str, str], out: Path) -> list[str]:
    out.parent.mkdir(parents=True, exist_ok=True)
    with _exclusive(out.parent):
        _remove_leftovers(out)
        if out.exists() and any(out.iterdir()) and not (out / MANIFEST).exists():
            raise OutputError(
                f"{out} is not empty and was not made by the generator; refusing to replace it"
            )
        changed = differences(files, out)
        if not changed and _manifest_is_current(files, out):
            return []  # nothing changed: leave the tree (and its timestamps) alone
        staging = Path(tempfile.mkdtemp(prefix=_staging_prefix(out), dir=out.parent))
        try:
            os.chmod(staging, _folder_mode(out))  # mkdtemp's 0700 would shut out everyone else
            made: set[Path] = set()  # folders made already: one mkdir per folder, not per file
            for path, text in sorted({**files, MANIFEST: manifest_text(files)}.items()):
                target = staging / safe_relative(path)
                if target.parent not in made:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    made.add(target.parent)
                target.write_text(text, encoding="utf-8", newline="\n")
            _fsync_tree(staging)
            if out.exists():
                kept = _ignored_entries(out)
                _exchange(staging, out)  # staging now holds the old tree
                for path in kept:
                    _carry(staging / path, out / path)
                shutil.rmtree(staging)
            else:
                os.rename(staging, out)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    return changed


def _folder_mode(out: Path) -> int:
    """The permissions of the output folder: the old one's, else what the umask leaves."""
    try:
        return out.stat().st_mode & 0o7777
    except FileNotFoundError:
        mask = os.umask(0o022)  # read by setting: the only way there is
        os.umask(mask)
        return 0o777 & ~mask


def _ignored_entries(root: Path) -> list[str]:
    """The entries under `root` that git ignores, each as high up as it goes (a folder whole,
    not its files), relative to `root`."""
    ignored_entries: list[str] = []
    folders = [""]
    while folders:
        entries = sorted(
            (
                f"{folder}/{entry.name}" if folder else entry.name,
                entry.is_dir(follow_symlinks=False),
            )
            for folder in folders
            for entry in os.scandir(root / folder)
        )
        ignored = _git_ignored(root, [path for path, _ in entries])
        ignored_entries += [path for path, _ in entries if path in ignored]
        folders = [path for path, is_folder in entries if is_folder and path not in ignored]
    return ignored_entries


def _carry(old: Path, new: Path) -> None:
    """Move an entry of the old tree to the same place in the new one, unless something is
    there (the generator writes that path now)."""
    if os.path.lexists(new):
        return
    new.parent.mkdir(parents=True, exist_ok=True)
    os.rename(old, new)


def _staging_prefix(out: Path) -> str:
    return f".{out.name}.new-"


@contextlib.contextmanager
def _exclusive(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on `folder`
    (a directory's own inode, so no lock file is left behind)."""
    import fcntl  # POSIX only: the command line refuses Windows before it gets here

    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _remove_leftovers(out: Path) -> None:
    """Staging directories of runs that were killed; only called with the lock held,
    so none is in use."""
    for leftover in sorted(out.parent.glob(_staging_prefix(out) + "*")):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)


def _manifest_is_current(files: dict[str, str], out: Path) -> bool:
    try:
        return (out / MANIFEST).read_text(encoding="utf-8") == manifest_text(files)
    except OSError:
        return False


def _fsync_tree(root: Path) -> None:
    """Every staged file on disk before the swap makes it the output. One ``syncfs`` of the
    staging folder's file system (Linux), else one ``sync``: an fsync per file cost a run of
    40,000 files most of its time."""
    fd = os.open(root, os.O_RDONLY)
    try:
        libc_name = ctypes.util.find_library("c")
        syncfs = (
            getattr(ctypes.CDLL(libc_name, use_errno=True), "syncfs", None) if libc_name else None
        )
        if syncfs is None or syncfs(fd) != 0:
            os.sync()
    finally:
        os.close(fd)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> None:
    """Swap two directories in one step (Linux renameat2); elsewhere, two renames."""
    libc_name = ctypes.util.find_library("c")
    renameat2 = (
        getattr(ctypes.CDLL(libc_name, use_errno=True), "renameat2", None) if libc_name else None
    )
    if renameat2 is not None:
        if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
            return
    aside = a.with_name(a.name + ".old")
    os.rename(b, aside)
    os.rename(a, b)
    os.rename(aside, a)


def _is_cache(parts: tuple[str, ...]) -> bool:
    return any(part in IGNORED_PARTS or part.endswith(".egg-info") for part in parts)


def read_tree(root: Path) -> dict[str, str]:
    """The generated files under `root`: caches, the manifest and files git ignores left out
    (a wheel built in place, a local venv: nothing the generator wrote or should compare)."""
    if not root.is_dir():
        return {}
    candidates = [
        relative.as_posix()
        for relative in (
            path.relative_to(root) for path in sorted(root.rglob("*")) if path.is_file()
        )
        if relative.name != MANIFEST and not _is_cache(relative.parts)
    ]
    ignored = _git_ignored(root, candidates)
    return {
        relative: (root / relative).read_text(encoding="utf-8", errors="replace")
        for relative in candidates
        if relative not in ignored
    }


def _git_ignored(root: Path, relative: list[str]) -> set[str]:
    """Which of the paths under `root` git ignores; none outside a repository or without git."""
    if not relative:
        return set()
    try:
        result = subprocess.run(
            ["git", "-C", str(root), "check-ignore", "--stdin", "-z"],
            input="\0".join(relative) + "\0",
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return set()
    return set(result.stdout.split("\0")) - {""} if result.returncode == 0 else set()


def differences(expected: dict[str, str], root: Path) -> list[str]:
    """Paths that are missing, extra or changed under `root`, sorted."""
    actual = read_tree(root)
    return sorted(p for p in expected.keys() | actual.keys() if expected.get(p) != actual.get(p))

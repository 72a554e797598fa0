"""The whole pipeline, one stage after another: load, validate, build, render, format."""

from __future__ import annotations

import contextlib
import functools
import gc
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from . import conventions, progress, run_cache
from .config import ProjectConfig
from .ir import Api
from .loading import LoadedSpec, check_spec_file, load_spec
from .problems import Problem, SpecError
from .workers import cores, map_on_cores

# The stages behind validation, building, rendering and formatting are imported when a run
# needs them: a run the whole-run cache answers never loads the validator, Jinja or black.


@dataclass
class Summary:
    """What a run generated and what it skipped, and why: nothing is dropped silently."""

    specs: int = 0
    resources: int = 0
    operations_in_specs: int = 0
    operations_generated: int = 0
    skipped: list[dict[str, str]] = field(default_factory=list)
    # operations a second spec describes too, generated once from the description kept
    merged: list[dict[str, str]] = field(default_factory=list)

    def restore(self, counts: Any) -> bool:
        """Take the counts of a cached run (the inverse of `as_dict`); False, taking nothing,
        when they are not such counts (an entry damaged or written by hand)."""
        try:
            keys = ("specs", "resources", "operations_in_specs", "operations_generated")
            numbers = [counts[k] for k in keys]
            skipped, merged = counts["skipped"], counts.get("merged", [])
        except (KeyError, TypeError, AttributeError):
            return False
        if not (all(type(n) is int for n in numbers) and _records(skipped) and _records(merged)):
            return False
        self.specs, self.resources, self.operations_in_specs, self.operations_generated = numbers
        self.skipped, self.merged = list(skipped), list(merged)
        return True

    def as_dict(self) -> dict[str, Any]:
        return {
            "specs": self.specs,
            "resources": self.resources,
            "operations_in_specs": self.operations_in_specs,
            "operations_generated": self.operations_generated,
            "operations_skipped": len(self.skipped),
            "skipped": self.skipped,
            "operations_merged": len(self.merged),
            "merged": self.merged,
        }


def _records(value: Any) -> bool:
    """Whether `value` is a list of records of text (skipped or merged operations)."""
    return isinstance(value, list) and all(
        isinstance(r, dict) and all(isinstance(v, str) for v in r.values()) for r in value
    )


def _operation_count(spec: LoadedSpec) -> int:
    return sum(
        1
        for item in (spec.data.get("paths") or {}).values()
        if isinstance(item, dict)
        for method in conventions.HTTP_METHODS
        if isinstance(item.get(method), dict)
    )


def _skip(spec: LoadedSpec, problems: list[Problem], summary: Summary) -> None:
    """Drop each operation a problem names from the spec, and record why."""
    for problem in sorted(problems):
        path, method = _split_operation(problem.operation)
        item = spec.data["paths"].get(path) or {}
        operation = item.pop(method, None)
        if operation is None:
            continue  # several problems with one operation: it is gone already
        if not any(m in item for m in conventions.HTTP_METHODS):
            del spec.data["paths"][path]  # nothing left: not even a namespace to keep
        summary.skipped.append(
            {
                "spec": spec.path,
                "operation": f"{method.upper()} {path}",
                "operation_id": str(operation.get("operationId", "")),
                "reason": problem.message,
            }
        )


def _split_operation(pointer: str) -> tuple[str, str]:
    parts = pointer.split("/")  # "", "paths", path, method
    return parts[2].replace("~1", "/").replace("~0", "~"), parts[3]


def _load(path: Path) -> tuple[LoadedSpec | None, list[Problem]]:
    try:
        return load_spec(path), []
    except SpecError as error:
        return None, error.problems


def _prepare_validation() -> None:
    from . import validation  # noqa: F401 - imported for its import time alone


def _validate(spec: LoadedSpec) -> list[Problem]:
    from .validation import example_warnings, validate

    for warning in example_warnings(spec):  # printed where found, so each spec's come once
        print(f"warning: {warning}", file=sys.stderr)
    return validate(spec)


def _load_and_validate(path: Path) -> tuple[LoadedSpec | None, list[Problem]]:
    spec, problems = _load(path)
    return (spec, problems) if spec is None else (spec, _validate(spec))


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def load_and_build(
    spec_paths: list[Path],
    skip_unsupported: bool = False,
    summary: Summary | None = None,
    checked: Sequence[tuple[LoadedSpec | None, list[Problem]]] | None = None,
    config: ProjectConfig | None = None,
) -> Api:
    """Load and validate every spec (gathering all problems), then build the IR.

    With `skip_unsupported`, an operation of a shape the generator does not
    support yet is left out and recorded in `summary` instead of failing the run.
    `checked` gives each spec already loaded and validated, in the order of `spec_paths`.
    `config` names the package (the defaults without one).
    """
    from .building import build_api
    from .validation import validate

    summary = summary if summary is not None else Summary()
    problems: list[Problem] = []
    loaded = []
    if checked is None:
        checked = map_on_cores(
            _load_and_validate, spec_paths, cost=_file_size, stage="loading and validating specs"
        )
    for spec, spec_problems in checked:
        if spec is None:
            problems += spec_problems
            continue
        summary.specs += 1
        summary.operations_in_specs += _operation_count(spec)
        if skip_unsupported and spec_problems and all(p.operation for p in spec_problems):
            _skip(spec, spec_problems, summary)
            spec_problems = validate(spec)
        problems += spec_problems
        if not spec_problems:
            loaded.append(spec)
    if problems:
        raise SpecError(problems)
    for _ in range(3):  # skipping one resource can leave another without its parent
        try:
            api = build_api(loaded, config)
            break
        except SpecError as error:
            if not (skip_unsupported and error.only_unsupported):
                raise
            by_file = {spec.path: spec for spec in loaded}
            for spec_path in sorted({p.file for p in error.problems}):
                _skip(
                    by_file[spec_path], [p for p in error.problems if p.file == spec_path], summary
                )
    else:
        api = build_api(loaded, config)
    _count_generated(api, summary)
    return api


def _count_generated(api: Api, summary: Summary) -> None:
    summary.resources = len(api.resources)
    summary.operations_generated = sum(len(r.operations) for _, _, r in api.resources)
    summary.merged = [
        {"spec": m.file, "operation": f"{m.method.upper()} {m.path}", "kept": m.kept}
        for m in api.merged
    ]
    unaccounted = (
        summary.operations_in_specs
        - summary.operations_generated
        - len(summary.skipped)
        - len(summary.merged)
    )
    if unaccounted:
        raise SpecError(
            [
                Problem(
                    "spec", 0, "", f"{unaccounted} operation(s) were neither generated nor skipped"
                )
            ]
        )


def _render_all(
    spec_paths: list[Path],
    skip_unsupported: bool,
    summary: Summary,
    finish: Callable[[dict[str, str]], dict[str, str]],
    config: ProjectConfig,
) -> dict[str, str]:
    """Load, validate, build and render, with validation (the slowest check) running beside
    building and rendering, which assume it will pass. When it finds any problem, that work
    is dropped and the specs take the careful way: problems reported, or skipped, one step
    after another."""
    from .building import build_api
    from .rendering import render

    if cores() < 2:
        return render(
            load_and_build(spec_paths, skip_unsupported, summary, config=config),
            finish,
            config.templates,
        )
    with ProcessPoolExecutor(max_workers=min(cores(), len(spec_paths))) as validators:
        validators.submit(_prepare_validation)  # the validator's imports, while the specs load
        loaded = map_on_cores(_load, spec_paths, cost=_file_size, stage="loading specs")
        specs = [spec for spec, _ in loaded if spec is not None]
        if len(specs) < len(
            loaded
        ):  # a spec that did not load: report every problem, from what is loaded
            validated = iter(validators.map(_validate, specs))
            checked: list[tuple[LoadedSpec | None, list[Problem]]] = [
                (spec, errors) if spec is None else (spec, next(validated))
                for spec, errors in loaded
            ]
            return render(
                load_and_build(spec_paths, skip_unsupported, summary, checked, config),
                finish,
                config.templates,
            )
        by_size = sorted(range(len(specs)), key=lambda i: -len(specs[i].text))
        pending = {i: validators.submit(_validate, specs[i]) for i in by_size}
        api: Api | None = None
        try:
            built = build_api(specs, config)
            files, api = render(built, finish, config.templates), built
        except Exception:  # noqa: BLE001
            # a spec that fails validation may break building; see below
            files = {}
        problems = [_validated(pending[i], i, len(specs)) for i in range(len(specs))]
    if api is None or any(problems):
        judged = list(zip(specs, problems, strict=True))
        return render(
            load_and_build(spec_paths, skip_unsupported, summary, judged, config),
            finish,
            config.templates,
        )
    summary.specs = len(specs)
    summary.operations_in_specs = sum(_operation_count(spec) for spec in specs)
    _count_generated(api, summary)
    return files


def _validated(pending: Future[list[Problem]], index: int, total: int) -> list[Problem]:
    problems = pending.result()
    progress.report("validating specs", index + 1, total)
    return problems


@contextlib.contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """A run builds millions of objects that live to its end and leaves few cycles behind;
    the cycle collector's repeated full scans of them took a third of a large run."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def generate_files(
    spec_paths: list[Path],
    skip_unsupported: bool = False,
    summary: Summary | None = None,
    use_cache: bool = True,
    fill_cache: bool = True,
    config: ProjectConfig | None = None,
) -> dict[str, str]:
    """Every output file, by relative path, formatted and ready to write.

    `config` names the package and may overlay templates (the defaults without one).
    A run with the same inputs as a recent one takes its files from the run cache.
    With `fill_cache` off the caches are only read, so the run writes nothing at all.
    """
    if not spec_paths:
        raise SpecError([Problem("spec", 0, "", "no spec files given")])
    summary = summary if summary is not None else Summary()
    config = config or ProjectConfig(root=Path())
    options = {"skip_unsupported": skip_unsupported, **config.options()}
    # Each spec's status first, before the run cache reads it: a FIFO, a device or a file over the
    # size limit is never read. The run goes on without the cache, and loading reports the problem
    # beside every other one (it checks again on the descriptor it opens, and reads nothing).
    readable = not any(check_spec_file(path) for path in spec_paths)
    key = run_cache.run_key(spec_paths, options) if use_cache and readable else None
    hit = run_cache.load(key) if key else None
    if hit is not None and summary.restore(hit.get("summary")):
        return dict(hit["files"])
    from .formatting import format_files

    with _without_cycle_collection():
        finish = functools.partial(format_files, use_cache=use_cache, fill_cache=fill_cache)
        files = _render_all(spec_paths, skip_unsupported, summary, finish, config)
    if key and fill_cache:
        run_cache.store(key, files, summary.as_dict())
    return files

"""Spread independent, CPU-bound work (validating specs, formatting files) over the cores."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Sequence, TypeVar

from . import progress

T = TypeVar("T")
R = TypeVar("R")


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


_shared: Any = None


def shared() -> Any:
    """Inside `work`: the `shared` value the current `map_on_cores` call was given."""
    return _shared


def _share(value: Any) -> None:
    global _shared
    _shared = value


def map_on_cores(
    work: Callable[[T], R],
    items: Sequence[T],
    *,
    min_items: int = 2,
    cost: Callable[[T], int] | None = None,
    shared: Any = None,
    stage: str = "",
) -> list[R]:
    """``[work(item) for item in items]``, run in worker processes when that pays.

    With `cost`, the dearest items start first so no core waits on one big item at the end.
    `shared` reaches every worker once (not with every item); `work` reads it with `shared()`.
    A `stage` name reports the items done to the progress line.
    """
    if len(items) < min_items or cores() < 2:
        outer = _shared  # this may be a call nested in a worker's own item
        _share(shared)
        try:
            return [
                _counted(stage, index, len(items), work(item)) for index, item in enumerate(items)
            ]
        finally:
            _share(outer)
    order = (
        sorted(range(len(items)), key=lambda i: -cost(items[i]))
        if cost
        else list(range(len(items)))
    )
    with ProcessPoolExecutor(max_workers=cores(), initializer=_share, initargs=(shared,)) as pool:
        # items go to the workers in chunks: one round trip per item cost 10,000 resources
        # seconds; with `cost` the dearest come first, so the last chunks are the cheapest
        chunks = max(1, len(items) // (16 * cores()))
        mapped = pool.map(work, [items[i] for i in order], chunksize=chunks)
        done = [_counted(stage, index, len(items), result) for index, result in enumerate(mapped)]
    results: list[R] = [None] * len(items)  # type: ignore[list-item]
    for index, result in zip(order, done, strict=True):
        results[index] = result
    return results


def _counted(stage: str, index: int, total: int, result: R) -> R:
    if stage:
        progress.report(stage, index + 1, total)
    return result

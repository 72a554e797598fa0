"""Spread independent, CPU-bound work (validating specs, formatting files) over the cores."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def map_on_cores(work: Callable[[T], R], items: Sequence[T], *, min_items: int = 2,
                 cost: Callable[[T], int] | None = None) -> list[R]:
    """``[work(item) for item in items]``, run in worker processes when that pays.

    With `cost`, the dearest items start first so no core waits on one big item at the end.
    """
    if len(items) < min_items or cores() < 2:
        return [work(item) for item in items]
    order = sorted(range(len(items)), key=lambda i: -cost(items[i])) if cost else list(range(len(items)))
    with ProcessPoolExecutor(max_workers=cores()) as pool:
        done = list(pool.map(work, [items[i] for i in order], chunksize=1 if cost else max(1, len(items) // (8 * cores()))))
    results: list[R] = [None] * len(items)  # type: ignore[list-item]
    for index, result in zip(order, done):
        results[index] = result
    return results

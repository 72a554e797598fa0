"""Work spread over the cores (generator/workers.py) comes back whole and in order, and goes to
the workers in chunks: one round trip per item cost a run of 10,000 resources seconds."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest

from generator import workers


def _square(value: int) -> int:
    return value * value


class _Recording(ProcessPoolExecutor):
    chunks: list[int] = []

    def map(self, *args: Any, chunksize: int = 1, **kwargs: Any) -> Any:
        _Recording.chunks.append(chunksize)
        return super().map(*args, chunksize=chunksize, **kwargs)


@pytest.mark.parametrize("by_cost", [False, True])
def test_many_items_go_in_chunks_and_come_back_in_order(
    monkeypatch: pytest.MonkeyPatch, by_cost: bool
) -> None:
    monkeypatch.setattr(workers, "cores", lambda: 2)
    monkeypatch.setattr(workers, "ProcessPoolExecutor", _Recording)
    _Recording.chunks = []
    items = list(range(2000))
    cost = (lambda value: value % 7) if by_cost else None
    assert workers.map_on_cores(_square, items, cost=cost) == [v * v for v in items]
    assert _Recording.chunks and _Recording.chunks[0] > 1

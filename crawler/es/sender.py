"""Bulk requests in flight while the crawl goes on.

Sending a batch waits on Elasticsearch; doing it in the crawl's thread stalls extraction (and
Scrapy's reactor) for the whole round trip. Worker threads send while the next batch fills.
Elasticsearch indexes one bulk request into one shard on one thread, so with a single request
in flight a two-core machine had the crawl on one core and the server's indexing on the other,
with nothing left for the server's segment writes; two requests in flight let the server index
on both (measured by `python -m benchmarks`). `submit` waits while `max_in_flight` batches are
out, so memory stays bounded to that many batches plus the one filling. `barrier` waits for all
of them, for a batch that must not overtake the ones before it. The Elasticsearch client is
thread-safe; `send` must be too when `max_in_flight` > 1.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

Batch = list[dict[str, Any]]


class BackgroundSender:
    def __init__(self, send: Callable[[Batch], None], max_in_flight: int = 1) -> None:
        if max_in_flight < 1:
            raise ValueError(f"max_in_flight must be at least 1, got {max_in_flight}")
        self.send = send
        self.max_in_flight = max_in_flight
        self.executor = ThreadPoolExecutor(max_workers=max_in_flight, thread_name_prefix="es-bulk")
        self.in_flight: deque[Future[None]] = deque()

    def submit(self, batch: Batch) -> None:
        """Send `batch` in the background once fewer than `max_in_flight` batches are out;
        re-raise what an earlier batch raised."""
        while len(self.in_flight) >= self.max_in_flight:
            self.in_flight.popleft().result()
        if batch:
            self.in_flight.append(self.executor.submit(self.send, batch))

    def barrier(self) -> None:
        """Block until every batch in flight is done; re-raise the first error."""
        while self.in_flight:
            self.in_flight.popleft().result()

    def close(self) -> None:
        try:
            self.barrier()
        finally:
            self.executor.shutdown(wait=True)

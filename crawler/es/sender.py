"""One bulk request in flight while the crawl goes on.

Sending a batch waits on Elasticsearch; doing it in the crawl's thread stalls extraction (and
Scrapy's reactor) for the whole round trip. A single worker thread sends while the next batch
fills; `submit` waits only if the previous batch is still out, so memory stays bounded to two
batches and batches are sent in order. The Elasticsearch client is thread-safe.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

Batch = list[dict[str, Any]]


class BackgroundSender:
    def __init__(self, send: Callable[[Batch], None]) -> None:
        self.send = send
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="es-bulk")
        self.in_flight: Future[None] | None = None

    def submit(self, batch: Batch) -> None:
        self.wait()
        if batch:
            self.in_flight = self.executor.submit(self.send, batch)

    def wait(self) -> None:
        """Block until the batch in flight is done; re-raise what it raised."""
        if self.in_flight is not None:
            in_flight, self.in_flight = self.in_flight, None
            in_flight.result()

    def close(self) -> None:
        try:
            self.wait()
        finally:
            self.executor.shutdown(wait=True)

"""The one way articles reach an index: copies of a known article merged, then a bulk request.

The crawl's pipeline, `scrapy reprocess` and the spool replay all index through an `Indexer`,
so a copy served under a second URL becomes one document however it arrives. `prepare`
(the merge, which may ask the index about earlier runs' copies) and `send` (the bulk request)
are separate steps because the crawl merges in its own thread, in order, and sends from worker
threads (crawler/es/sender.py).
"""

from __future__ import annotations

from typing import Any

from elasticsearch import Elasticsearch

from crawler.es.bulk import BulkResult, send_batch
from crawler.es.merge import KnownCopy, Lookup, merge_copies

Action = dict[str, Any]


def no_earlier_copies(fingerprints: list[str]) -> dict[str, KnownCopy]:
    """A Lookup for a new, empty index: this run's memory of fingerprints is all there is."""
    return {}


class Indexer:
    def __init__(
        self, client: Elasticsearch, index: str, lookup: Lookup, max_retries: int = 5
    ) -> None:
        self.client = client
        self.index = index
        self.lookup = lookup
        self.max_retries = max_retries
        self.known_copies: dict[str, KnownCopy] = {}  # fingerprint -> first copy, this run
        self.merged = 0

    def prepare(self, actions: list[Action]) -> list[Action]:
        """The batch aimed at this index, copies of known articles turned into URL updates.
        Raises the client's connection errors when the lookup cannot reach the server."""
        for action in actions:
            action["_index"] = self.index
        prepared, merged = merge_copies(actions, self.known_copies, self.lookup)
        self.merged += merged
        return prepared

    def send(self, actions: list[Action]) -> BulkResult:
        """One bulk request (retried); never raises for per-document or connection failures."""
        return send_batch(self.client, actions, self.max_retries)

    def index_now(self, actions: list[Action]) -> BulkResult:
        return self.send(self.prepare(actions))

"""The one way articles reach an index: copies of a known article merged, then a bulk request.

The crawl's pipeline, `scrapy reprocess` and the spool replay all index through an `Indexer`,
so a copy served under a second URL becomes one document however it arrives. `prepare`
(the merge, which may ask the index about earlier runs' copies) and `send` (the bulk request)
are separate steps because the crawl merges in its own thread, in order, and sends from worker
threads (crawler/es/sender.py).
"""

from __future__ import annotations

import random
import time
from typing import Any

from elasticsearch import ApiError, Elasticsearch, TransportError

from crawler.es.bulk import BulkResult, send_batch
from crawler.es.merge import KnownCopy, Lookup, guarded_url_updates, is_url_update, merge_copies

Action = dict[str, Any]
# A URL update that lost a race with another writer is made again, against the new version,
# after a short random wait so that writers who collided do not collide again in step.
CONFLICT_ROUNDS = 10
CONFLICT_WAIT_S = 0.05
CONFLICT = "version_conflict_engine_exception"


class IndexUnavailable(RuntimeError):
    """The index cannot be asked just now: the server is unreachable or too slow, or it answers
    that it is overloaded or has no started copy of a shard (429, 5xx). Passes with time."""


def _not_now(error: Exception) -> bool:
    """A connection failure or an answer that says "not now" (not a bad request)."""
    if isinstance(error, ApiError):
        return error.meta.status == 429 or error.meta.status >= 500
    return isinstance(error, TransportError)


def no_earlier_copies(fingerprints: list[str]) -> dict[str, KnownCopy]:
    """A Lookup for a new, empty index: this run's memory of fingerprints is all there is."""
    return {}


class Indexer:
    def __init__(
        self,
        client: Elasticsearch,
        index: str,
        lookup: Lookup,
        max_retries: int = 5,
        shard_wait_s: float | None = None,
    ) -> None:
        self.client = client
        self.index = index
        self.lookup = lookup
        self.max_retries = max_retries
        self.shard_wait_s = shard_wait_s  # bulk `timeout` (crawler/es/bulk.py)
        self.known_copies: dict[str, KnownCopy] = {}  # fingerprint -> first copy, this run
        self.merged = 0

    def prepare(self, actions: list[Action]) -> list[Action]:
        """The batch aimed at this index, copies of known articles turned into URL updates.
        Raises IndexUnavailable when the lookup of earlier copies cannot be answered now."""
        for action in actions:
            action["_index"] = self.index
        try:
            prepared, merged = merge_copies(actions, self.known_copies, self.lookup)
        except (ApiError, TransportError) as error:
            if not _not_now(error):
                raise
            raise IndexUnavailable(f"the lookup of earlier copies failed: {error}") from error
        self.merged += merged
        return prepared

    def send(self, actions: list[Action]) -> BulkResult:
        """One bulk request (retried); never raises for per-document or connection failures.

        URL updates go in guarded (crawler/es/merge.py); one that meets a concurrent change
        is made again against the document's new version, a few rounds at most."""
        documents = [action for action in actions if not is_url_update(action)]
        updates = [action for action in actions if is_url_update(action)]
        result = self._send(documents + self._guarded(updates))
        for round_ in range(CONFLICT_ROUNDS):
            lost = _lost_races(result)
            if not lost:
                break
            time.sleep(random.uniform(0, CONFLICT_WAIT_S * (round_ + 1)))
            again = self._send(self._guarded(lost))
            result = _replace_lost(result, lost, again)
        return result

    def _send(self, actions: list[Action]) -> BulkResult:
        return send_batch(self.client, actions, self.max_retries, shard_wait_s=self.shard_wait_s)

    def _guarded(self, updates: list[Action]) -> list[Action]:
        try:
            return guarded_url_updates(self.client, updates)
        except (ApiError, TransportError) as error:
            if not _not_now(error):
                raise
            return updates  # sent as they are: the bulk request reports the failure

    def index_now(self, actions: list[Action]) -> BulkResult:
        return self.send(self.prepare(actions))


def _lost_races(result: BulkResult) -> list[Action]:
    """The URL updates that failed only because another writer changed the document first."""
    lost = []
    for (_, reason), action in zip(result.failures, result.unacknowledged, strict=True):
        if reason.startswith(CONFLICT) and is_url_update(action):
            lost.append({key: value for key, value in action.items() if not key.startswith("if_")})
    return lost


def _replace_lost(result: BulkResult, lost: list[Action], again: BulkResult) -> BulkResult:
    """The first result with the lost updates' failures replaced by the retry's outcome."""
    kept = [
        (failure, action)
        for failure, action in zip(result.failures, result.unacknowledged, strict=True)
        if not (failure[1].startswith(CONFLICT) and is_url_update(action))
    ]
    return BulkResult(
        indexed=result.indexed + again.indexed,
        created=result.created + again.created,
        updated=result.updated + again.updated,
        failures=[failure for failure, _ in kept] + again.failures,
        unacknowledged=[action for _, action in kept] + again.unacknowledged,
    )

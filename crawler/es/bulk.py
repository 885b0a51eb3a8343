"""Batched writes: 429s retried with back-off by the client helper, refused connections retried
per batch, and every document that still fails reported with its URL and reason.

Each bulk request waits at most `shard_wait_s` for a shard without a started primary (a node
holding the only copy went away): the server then answers 503 for those documents, which are
`unavailable` and kept by the caller, rather than the request outliving the client's timeout and
being sent again and again."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from elasticsearch import ConnectionError as EsConnectionError
from elasticsearch import ConnectionTimeout, Elasticsearch
from elasticsearch.helpers import streaming_bulk

CONNECTION_FAILED = "connection failed"
# Errors that say the document itself does not fit the index (HTTP 400): sending it again can
# only fail again, unlike a version conflict, a missing document, a full disk or a lost node.
REFUSED_ERRORS = (
    "document_parsing_exception",
    "mapper_parsing_exception",
    "strict_dynamic_mapping_exception",
    "illegal_argument_exception",
    "mapper_exception",
)
# Errors that say the cluster cannot take the document just now, though it is fine: no started
# primary for its shard, a write block (the disk's flood-stage watermark), a write queue still
# full after the helper's retries. Each passes once the cluster recovers.
UNAVAILABLE_ERRORS = (
    "unavailable_shards_exception",
    "no_shard_available_action_exception",
    "cluster_block_exception",
    "es_rejected_execution_exception",
)


@dataclass
class BulkResult:
    indexed: int = 0
    created: int = 0
    updated: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    unacknowledged: list[dict[str, Any]] = field(default_factory=list)  # the failed actions

    @property
    def unavailable(self) -> list[dict[str, Any]]:
        """The failed actions that need only a reachable server and a writable shard: to keep
        (spool) and send again, never to report as not indexed."""
        return [
            action
            for (_, reason), action in zip(self.failures, self.unacknowledged, strict=True)
            if is_unavailable(reason)
        ]

    @property
    def refused(self) -> list[tuple[dict[str, Any], str]]:
        """The failed actions Elasticsearch will never take as they are, with the reason."""
        return [
            (action, reason)
            for (_, reason), action in zip(self.failures, self.unacknowledged, strict=True)
            if reason.startswith(REFUSED_ERRORS)
        ]


def is_unavailable(reason: str) -> bool:
    """A failure of the server or the shard, not of the document (see UNAVAILABLE_ERRORS)."""
    return reason.startswith((CONNECTION_FAILED, *UNAVAILABLE_ERRORS))


def _reason(info: dict[str, Any]) -> str:
    error = info.get("error")
    if isinstance(error, dict):
        return f"{error.get('type', 'error')}: {error.get('reason', '')}".strip()
    return str(error or info.get("status", "unknown"))


def _url_of(action: dict[str, Any]) -> str:
    source = action.get("_source") or {}
    return str(source.get("canonical_url") or source.get("url") or action.get("_id"))


def send_batch(
    client: Elasticsearch,
    actions: list[dict[str, Any]],
    max_retries: int = 5,
    sleep: Callable[[float], None] = time.sleep,
    shard_wait_s: float | None = None,
) -> BulkResult:
    """Index `actions`; never raises for per-document errors, only returns them.

    A refused connection (a server restarting) is tried again with back-off, `max_retries`
    times. A timeout is not: the client has already tried every node with it (retry_on_timeout),
    and trying again here would multiply its wait by `max_retries`."""
    for attempt in range(max_retries + 1):
        try:
            return _stream(client, actions, max_retries, shard_wait_s)
        except ConnectionTimeout:
            return _not_sent(actions, f"{CONNECTION_FAILED}: timed out on every node tried")
        except EsConnectionError as error:
            if attempt == max_retries:
                reason = (
                    f"{CONNECTION_FAILED} after {max_retries + 1} attempts: {type(error).__name__}"
                )
                return _not_sent(actions, reason)
            sleep(min(2**attempt, 30))
    raise AssertionError("unreachable")


def _not_sent(actions: list[dict[str, Any]], reason: str) -> BulkResult:
    return BulkResult(
        failures=[(_url_of(action), reason) for action in actions], unacknowledged=list(actions)
    )


def _stream(
    client: Elasticsearch,
    actions: list[dict[str, Any]],
    max_retries: int,
    shard_wait_s: float | None,
) -> BulkResult:
    result = BulkResult()
    # The bulk API's `timeout`: how long each document waits for its shard (1 minute if unset).
    wait: dict[str, Any] = {}
    if shard_wait_s is not None:
        wait["timeout"] = f"{max(1, round(shard_wait_s))}s"
    responses = streaming_bulk(
        client,
        actions,
        chunk_size=len(actions) or 1,
        max_retries=max_retries,  # retries of 429 answers, with exponential back-off
        initial_backoff=1,
        raise_on_error=False,
        raise_on_exception=True,
        **wait,
    )
    # With 429 retries the answers come back out of order: match them to actions by _id.
    by_id = {str(action["_id"]): action for action in actions}
    for ok, info in responses:
        outcome = next(iter(info.values()))
        action = by_id.get(str(outcome.get("_id")), {"_id": outcome.get("_id")})
        if ok:
            result.indexed += 1
            result.created += outcome.get("result") == "created"
            result.updated += outcome.get("result") == "updated"
        else:
            result.failures.append((_url_of(action), _reason(outcome)))
            result.unacknowledged.append(action)
    return result

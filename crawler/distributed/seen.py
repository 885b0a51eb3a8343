"""Room: crawler/distributed — what was fetched, shared by every worker (Redis).

The same records as the single-machine SQLite store (crawler/state.py), under one key per
canonical URL that expires after SEEN_TTL_DAYS: a page not fetched again within that time is
fetched again, which keeps the store bounded however long the archive runs (a re-crawl
interval, not a forever-growing set). Keys hold the URL's SHA-1 rather than the URL, so a key
is 20 bytes whatever the URL's length.

Redis going away is waited out (outage.py): a read or a write that cannot be made blocks until
Redis is back, because an article recorded as seen is never fetched again and one not recorded
is fetched again: neither may be guessed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import redis

from crawler.distributed.outage import RedisOutage
from crawler.state import SeenPage

_SEPARATOR = "\x1f"


class RedisSeenStore:
    def __init__(
        self,
        client: redis.Redis,
        prefix: str,
        ttl_seconds: int,
        outage: RedisOutage,
        on_wait: Callable[[float], None] | None = None,
    ) -> None:
        self.client = client
        self.prefix = f"{prefix}:seen:".encode()
        self.ttl_seconds = ttl_seconds
        self.outage = outage
        self.on_wait = on_wait  # told how long a read or write waited for Redis

    def get(self, url: str) -> SeenPage | None:
        key = self._key(url)
        value = self.outage.call(
            f"seen-store read of {url}", lambda: self.client.get(key), self.on_wait
        )
        if value is None:
            return None
        text = value.decode() if isinstance(value, bytes) else str(value)
        etag, last_modified, fetched_at = text.split(_SEPARATOR)
        return SeenPage(url, etag, last_modified, fetched_at)

    def record(self, url: str, etag: str, last_modified: str, fetched_at: str) -> None:
        key, value = self._key(url), _SEPARATOR.join((etag, last_modified, fetched_at)).encode()
        self.outage.call(
            f"seen-store record of {url}",
            lambda: self.client.set(key, value, ex=self.ttl_seconds),
            self.on_wait,
        )

    def __len__(self) -> int:
        return sum(1 for _ in self.client.scan_iter(match=self.prefix + b"*", count=1000))

    def close(self) -> None:
        """The client's connections stay with the process (other components share them)."""

    def _key(self, url: str) -> bytes:
        return self.prefix + hashlib.sha1(url.encode()).digest()

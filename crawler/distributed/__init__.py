"""Room: crawler/distributed — crawling on several machines, coordinated through Redis.

`scrapy crawl-all` with REDIS_URL set enqueues the run's sites (jobs.py); `scrapy worker`
(crawler/runs/worker.py, beside the single-machine run) takes them under leases and records what
it fetched in a seen-store all workers share (seen.py), so a site can move between workers
without refetching or losing articles. The client is made once from the settings here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry


def redis_client(settings: Mapping[str, Any]) -> redis.Redis:
    """The Redis client of REDIS_URL (redis:// or rediss:// for TLS; a password in the URL).

    Without the client's own retries: a step that fails is retried by outage.py, the one place
    that backs off, logs what waits and counts it."""
    return redis.Redis.from_url(
        str(settings.get("REDIS_URL")),
        socket_timeout=10,
        socket_connect_timeout=10,
        health_check_interval=30,
        retry=Retry(NoBackoff(), 0),
    )

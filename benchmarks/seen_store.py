"""Room: benchmarks — the Redis seen-store's bytes per URL: ``python -m benchmarks.seen_store``.

Writes ``--urls N`` records through the crawl's own RedisSeenStore (an ETag, a Last-Modified
date and the fetch time each, as a server that gives validators answers) into a throw-away
local Redis (crawler.redis_local, on a free port, in a temporary folder, stopped afterwards),
and reports the server's used_memory before and after per record, and the median MEMORY USAGE
of one key (key, value and expiry, without the server's per-record overhead of its tables).
Its last line is a JSON object.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import tempfile
from pathlib import Path

import redis

from crawler.distributed.outage import RedisOutage
from crawler.distributed.seen import RedisSeenStore
from crawler.redis_local import RedisLocal

PREFIX = "municipal-news"
TTL_S = 90 * 86400  # SEEN_TTL_DAYS' default: every key carries an expiry, as in a crawl
SAMPLE = 1000  # keys whose MEMORY USAGE is asked


def article_url(n: int) -> str:
    """A URL shaped like a mainland portal's article (most are 60-80 characters)."""
    return f"https://www.example-city.gov.cn/xwzx/zwdt/2026{n % 12 + 1:02d}/t20261203_{7_000_000 + n}.html"


def measure(urls: int) -> dict[str, float | int | str]:
    with tempfile.TemporaryDirectory() as home:
        server = RedisLocal(_free_port(), Path(home), "redis-server")
        server.start()
        try:
            client = redis.Redis.from_url(server.url)
            before = int(client.info("memory")["used_memory"])
            store = RedisSeenStore(client, PREFIX, TTL_S, RedisOutage(timeout_s=60))
            for n in range(urls):
                etag = f'"{n:08x}-5f3e1a2b9c"'  # 22 bytes, like a common server's ETag
                store.record(
                    article_url(n),
                    etag,
                    "Thu, 03 Dec 2026 08:00:00 GMT",
                    "2026-12-03T08:00:00+00:00",
                )
            after = int(client.info("memory")["used_memory"])
            keys = [
                key
                for _, key in zip(
                    range(SAMPLE), client.scan_iter(match=f"{PREFIX}:seen:*"), strict=False
                )
            ]
            per_key = statistics.median(int(client.memory_usage(key) or 0) for key in keys)
            version = str(client.info("server")["redis_version"])
            client.close()
        finally:
            server.stop()
    return {
        "urls": urls,
        "bytes_per_url": round((after - before) / urls),
        "memory_usage_per_key": per_key,
        "redis_version": version,
    }


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=10_000, help="records to write")
    args = parser.parse_args(argv)
    report = measure(args.urls)
    print(
        f"{report['urls']} URLs on Redis {report['redis_version']}: {report['bytes_per_url']} B per URL "
        f"(used_memory), MEMORY USAGE {report['memory_usage_per_key']} B per key (median)"
    )
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

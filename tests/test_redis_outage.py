"""Waiting out a Redis outage (crawler/distributed/outage.py) on a real local Redis, stopped and
started again on its private port: a step waits and goes on with what Redis held before the
restart (append-only file); past the timeout it gives up, naming what waited."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from crawler.distributed.outage import RedisOutage, RedisUnavailable
from crawler.distributed.seen import RedisSeenStore
from crawler.redis_local import RedisLocal
from demo.server import FixtureSite
from tests.conftest import REPO, free_port, private_redis

pytestmark = pytest.mark.distributed

URL = "https://a.gov.cn/news/1.html"
SCRAPY = [sys.executable, "-m", "scrapy"]


@pytest.fixture()
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisLocal]:
    yield from private_redis(tmp_path_factory)


def test_a_read_waits_for_a_restarted_redis_and_finds_what_it_held(
    server: RedisLocal, caplog: pytest.LogCaptureFixture
) -> None:
    outage, waited = RedisOutage(timeout_s=60), []
    client = redis.Redis.from_url(server.url, socket_timeout=2, socket_connect_timeout=2)
    store = RedisSeenStore(client, f"t-{uuid.uuid4().hex[:8]}", 3600, outage, waited.append)
    store.record(URL, '"e1"', "", "2026-12-03T00:00:00+00:00")
    assert server.stop()
    restart = threading.Timer(1.5, server.start)
    restart.start()
    with caplog.at_level(logging.WARNING, logger="crawler.distributed.outage"):
        seen = store.get(URL)
    restart.join()
    client.close()

    assert seen is not None and seen.etag == '"e1"'  # kept across the restart
    assert outage.waits == 1 and len(waited) == 1 and waited[0] >= 1.0
    assert outage.down_since is None
    messages = [record.getMessage() for record in caplog.records]
    assert messages[0].startswith(f"seen-store read of {URL} waits for Redis")
    assert messages[-1].startswith(f"seen-store read of {URL}: Redis is back after")


def test_past_the_timeout_it_gives_up_once_for_every_waiting_step() -> None:
    outage = RedisOutage(timeout_s=1.0)
    nobody = redis.Redis(port=free_port(), socket_connect_timeout=1, retry=None)
    started = time.monotonic()
    with pytest.raises(RedisUnavailable, match=r"taking a site: Redis unreachable for 1 s"):
        outage.call("taking a site", nobody.ping)
    assert 1.0 <= time.monotonic() - started < 5
    # The clock is the outage's, not the step's: the next step gives up at once.
    started = time.monotonic()
    with pytest.raises(RedisUnavailable, match=r"REDIS_OUTAGE_TIMEOUT=1\)"):
        outage.call("recording a site", nobody.ping)
    assert time.monotonic() - started < 0.5


def scrapy_without_redis(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """A scrapy command whose REDIS_URL names a port where nothing listens."""
    env = {
        **os.environ,
        "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0",
        "ARCHIVE_DIR": str(tmp_path / "archive"),
    }
    return subprocess.run(
        [*SCRAPY, *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_worker_without_redis_past_the_timeout_exits_1_saying_why(tmp_path: Path) -> None:
    started = time.monotonic()
    worker = scrapy_without_redis(
        ["worker", "--until-idle", "--worker-id", "w9", "-s", "REDIS_OUTAGE_TIMEOUT=2"], tmp_path
    )
    assert worker.returncode == 1, worker.stdout + worker.stderr[-2000:]
    assert "worker w9: taking a site waits for Redis" in worker.stderr
    assert "worker w9: stopped: worker w9: taking a site: Redis unreachable for 2 s" in (
        worker.stderr
    )
    assert "waited for Redis 1 times" in worker.stdout
    assert time.monotonic() - started < 60


def test_crawl_all_without_redis_past_the_timeout_reports_every_site_not_crawled(
    fixture_site: FixtureSite, tmp_path: Path
) -> None:
    profile = tmp_path / "city.json"
    profile.write_text(json.dumps(fixture_site.profile("city-0")), encoding="utf-8")
    run = scrapy_without_redis(
        ["crawl-all", "--profile-file", str(profile), "-s", "REDIS_OUTAGE_TIMEOUT=2"], tmp_path
    )
    assert run.returncode == 1, run.stdout + run.stderr[-2000:]
    assert "crawl-all: enqueuing the run: Redis unreachable for 2 s" in run.stdout
    assert "crawl-all: waited for Redis 1 times, 2.0 s in all" in run.stdout
    summary = json.loads(next((tmp_path / "archive" / "runs").glob("*.json")).read_text())
    (site,) = summary["sites"]
    assert site["failed"] and "Redis unreachable" in json.dumps(site), site

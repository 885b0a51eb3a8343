"""The job queue of a distributed run on a real local Redis: one worker per site, leases that
lapse and are taken over, summaries recorded only by the lease holder; the shared seen-store."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from crawler.distributed.jobs import SiteJobs
from crawler.distributed.outage import RedisOutage
from crawler.distributed.seen import RedisSeenStore
from crawler.redis_local import RedisLocal, main
from crawler.sites.profile import SiteProfile
from tests.conftest import free_port, private_redis

pytestmark = pytest.mark.distributed


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisLocal]:
    yield from private_redis(tmp_path_factory)


@pytest.fixture()
def client(server: RedisLocal) -> redis.Redis:
    return redis.Redis.from_url(server.url)


def profile(name: str) -> SiteProfile:
    return SiteProfile(
        name=name, city="某市", start_urls=(f"https://{name}.gov.cn/",), article_url_pattern=""
    )


def jobs(client: redis.Redis, lease_ms: int = 300) -> SiteJobs:
    return SiteJobs(client, f"t-{uuid.uuid4().hex[:8]}", lease_ms)


def test_each_site_goes_to_one_worker_with_its_profile(client: redis.Redis) -> None:
    queue = jobs(client)
    queue.enqueue("run1", [profile("a"), profile("b")])
    first, second = queue.take("w1"), queue.take("w2")
    assert first is not None and second is not None
    assert {first.site, second.site} == {"a", "b"} and first.profile == profile(first.site)
    assert queue.take("w3") is None
    assert queue.state("run1").active == 2 and not queue.state("run1").finished


def test_a_lapsed_lease_is_taken_over_and_only_the_holder_records(client: redis.Redis) -> None:
    queue = jobs(client, lease_ms=200)
    queue.enqueue("run1", [profile("a")])
    killed = queue.take("w1")
    assert killed is not None and queue.take("w2") is None  # the lease holds
    time.sleep(0.3)
    rescue = queue.take("w2")
    assert rescue is not None and rescue.reclaimed and rescue.site == "a"
    assert not queue.renew(killed)  # the first worker lost it: it must stop
    assert not queue.finish(killed, {"site": "a", "worker": "w1"})
    assert queue.renew(rescue) and queue.finish(rescue, {"site": "a", "worker": "w2"})
    assert queue.summaries("run1") == {"a": {"site": "a", "worker": "w2"}}
    assert queue.state("run1").finished


def test_the_seen_store_is_shared_and_expires(client: redis.Redis) -> None:
    prefix = f"t-{uuid.uuid4().hex[:8]}"
    outage = RedisOutage(timeout_s=10)
    writer = RedisSeenStore(client, prefix, 1, outage)
    reader = RedisSeenStore(client, prefix, 1, outage)
    writer.record("https://a.gov.cn/1.html", '"e1"', "", "2026-12-03T00:00:00+00:00")
    seen = reader.get("https://a.gov.cn/1.html")
    assert seen is not None and seen.etag == '"e1"' and len(reader) == 1
    time.sleep(1.2)
    assert reader.get("https://a.gov.cn/1.html") is None  # a re-crawl interval, not forever


def test_the_local_server_command_line(
    server: RedisLocal,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("REDIS_LOCAL_PORT", str(server.port))
    monkeypatch.setenv("REDIS_LOCAL_HOME", str(server.home))
    assert main(["status"]) == 0 and main(["url"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == server.url
    monkeypatch.setenv("REDIS_LOCAL_PORT", str(free_port()))
    monkeypatch.setenv("REDIS_LOCAL_HOME", str(tmp_path))
    assert main(["status"]) == 3 and "stopped" in capsys.readouterr().out
    monkeypatch.setenv("REDIS_SERVER_BIN", "no-such-redis-server")
    assert main(["start"]) == 1
    assert "no-such-redis-server not found" in capsys.readouterr().err

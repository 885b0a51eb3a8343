"""Distributed crawling for real: a local Redis (crawler.redis_local), `scrapy crawl-all` with
REDIS_URL enqueuing the sites, `scrapy worker --until-idle` processes taking them under leases,
the real Elasticsearch. Sites are separate local fixture servers (one per port)."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from crawler.redis_local import RedisLocal
from demo.server import FixtureSite
from tests.conftest import (
    REPO,
    finish_with_output,
    indexed_urls,
    private_redis,
    run_scrapy,
    scrapy_env,
)

pytestmark = [pytest.mark.es, pytest.mark.distributed]

DELAY = 0.4
POLITE = [
    "-s",
    f"DOWNLOAD_DELAY={DELAY}",
    "-s",
    "RANDOMIZE_DOWNLOAD_DELAY=False",
    "-s",
    "AUTOTHROTTLE_ENABLED=False",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=1",
]


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisLocal]:
    yield from private_redis(tmp_path_factory)


@pytest.fixture()
def sites() -> Iterator[list[FixtureSite]]:
    servers = [FixtureSite() for _ in range(3)]
    for server in servers:
        server.__enter__()
    yield servers
    for server in servers:
        server.__exit__()


def profiles(servers: list[FixtureSite], tmp_path: Path) -> list[Path]:
    paths = []
    for n, server in enumerate(servers):
        path = tmp_path / f"city-{n}.json"
        path.write_text(json.dumps(server.profile(f"city-{n}")), encoding="utf-8")
        paths.append(path)
    return paths


def distributed_env(
    redis_server: RedisLocal, es_url: str, prefix: str, tmp_path: Path, lease: float
) -> dict[str, str]:
    return scrapy_env(
        es_url,
        prefix,
        tmp_path,
        {
            "REDIS_URL": redis_server.url,
            "REDIS_PREFIX": f"test-{uuid.uuid4().hex[:8]}",
        },
    )


def start(args: list[str], env: dict[str, str], lease: float) -> subprocess.Popen[str]:
    settings = ["-s", f"REDIS_LEASE_SECONDS={lease}", "-s", "WORKER_POLL_SECONDS=0.3", *POLITE]
    return subprocess.Popen(
        [sys.executable, "-m", "scrapy", *args, *settings],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def crawl_all_args(paths: list[Path]) -> list[str]:
    args = ["crawl-all"]
    for path in paths:
        args += ["--profile-file", str(path)]
    return args


def test_three_workers_crawl_every_site_once_and_politely(
    redis_server: RedisLocal,
    es_url: str,
    es_prefix: str,
    es: Elasticsearch,
    sites: list[FixtureSite],
    tmp_path: Path,
) -> None:
    env = distributed_env(redis_server, es_url, es_prefix, tmp_path, lease=10)
    paths = profiles(sites, tmp_path)
    run = start(crawl_all_args(paths), env, lease=10)
    time.sleep(1.5)  # the run is enqueued before the workers ask
    workers = [
        start(["worker", "--until-idle", "--worker-id", f"w{n}"], env, lease=10) for n in range(3)
    ]
    out, err = finish_with_output(run)
    assert run.returncode == 0, out + err[-3000:]
    for worker in workers:
        finish_with_output(worker, 120)
        assert worker.returncode == 0

    summary = json.loads(next((tmp_path / "archive" / "runs").glob("*.json")).read_text())
    by_site = {s["site"]: s for s in summary["sites"]}
    assert sorted(by_site) == ["city-0", "city-1", "city-2"]
    assert all(
        s["worker"] and s["articles_new"] + s["articles_updated"] == 6 and not s["failed"]
        for s in by_site.values()
    ), json.dumps(by_site)
    for site in sites:  # one worker at a time, one request at a time, the delay between them
        spans = sorted(site.request_spans)
        assert all(later[0] >= earlier[1] for earlier, later in itertools.pairwise(spans))
        gaps = [later[0] - earlier[0] for earlier, later in itertools.pairwise(spans)]
        assert min(gaps) >= DELAY * 0.9, gaps

    # Every URL a single process crawling the three sites indexes is indexed, each in one
    # document only. (The three sites serve the same articles: one process merges the copies
    # into one document each; workers indexing copies within the same refresh interval may
    # keep them apart, which `scrapy reprocess` merges. See README "Scale out".)
    single = run_scrapy(
        [*crawl_all_args(paths), "-s", "DOWNLOAD_DELAY=0"],
        es_url,
        f"{es_prefix}-one",
        tmp_path / "one",
    )
    assert single.returncode == 0, single.stdout + single.stderr[-2000:]
    urls = [url for document in indexed_urls(es, es_prefix) for url in document]
    one = [url for document in indexed_urls(es, f"{es_prefix}-one") for url in document]
    assert len(urls) == len(set(urls)) and sorted(urls) == sorted(one)
    warcs = {path.name.split("-")[1] for path in (tmp_path / "archive" / "warc").glob("*.warc.gz")}
    assert warcs <= {"w0", "w1", "w2"}  # each worker its own WARC files


def test_a_worker_killed_mid_site_loses_and_duplicates_nothing(
    redis_server: RedisLocal,
    es_url: str,
    es_prefix: str,
    es: Elasticsearch,
    fixture_site: FixtureSite,
    tmp_path: Path,
) -> None:
    (profile,) = profiles([fixture_site], tmp_path)
    clean = run_scrapy(
        ["crawl", "news", "-a", f"profile_file={profile}", "-s", "DOWNLOAD_DELAY=0"],
        es_url,
        f"{es_prefix}-clean",
        tmp_path / "clean",
    )
    assert clean.returncode == 0, clean.stderr[-2000:]

    lease = 4.0
    env = distributed_env(redis_server, es_url, es_prefix, tmp_path, lease)
    fixture_site.slow_down(1.0)
    run = start(crawl_all_args([profile]), env, lease)
    time.sleep(1.5)
    doomed = start(["worker", "--worker-id", "doomed"], env, lease)
    deadline = time.monotonic() + 60
    asked_before = sum(
        r.startswith("/news/") for r in fixture_site.requests_seen
    )  # the clean run's
    while sum(r.startswith("/news/") for r in fixture_site.requests_seen) < asked_before + 3:
        assert time.monotonic() < deadline and doomed.poll() is None
        time.sleep(0.05)
    os.kill(doomed.pid, signal.SIGKILL)
    finish_with_output(doomed, 30)
    fixture_site.slow_down(0)
    rescuer = start(["worker", "--until-idle", "--worker-id", "rescuer"], env, lease)
    out, err = finish_with_output(run)
    rescued_out, rescued_err = finish_with_output(rescuer, 120)
    assert run.returncode == 0, out + err[-3000:]
    assert "worker rescuer: crawled city-0" in rescued_out, rescued_out + rescued_err[-3000:]
    taken = [line for line in rescued_err.splitlines() if "worker rescuer: site" in line]
    assert taken and taken[0].endswith("site city-0 taken over (its lease had lapsed)"), taken
    assert indexed_urls(es, es_prefix) == indexed_urls(es, f"{es_prefix}-clean")

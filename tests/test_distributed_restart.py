"""Redis restarted in the middle of a distributed run, for real: `scrapy crawl-all` and two
`scrapy worker --until-idle` processes on a private local Redis (crawler.redis_local), which is
stopped (SHUTDOWN, its append-only file flushed) for longer than a lease and started again. The
workers wait and go on; a site whose lease lapsed meanwhile may be crawled again, and still the
index equals a single process's: 0 articles lost, 0 duplicated."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from elasticsearch import Elasticsearch

from crawler.redis_local import RedisLocal
from demo.server import FixtureSite
from tests.conftest import REPO, indexed_urls, private_redis, run_scrapy
from tests.test_distributed import POLITE, crawl_all_args, distributed_env, profiles

pytestmark = [pytest.mark.es, pytest.mark.distributed]

LEASE = 5.0
OUTAGE = 7.0  # longer than the lease: the sites in progress lose theirs
WAITED = re.compile(r"waited for Redis (\d+) times, ([\d.]+) s in all")


@pytest.fixture()
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisLocal]:
    yield from private_redis(tmp_path_factory)


@pytest.fixture()
def slow_sites() -> Iterator[list[FixtureSite]]:
    servers = [FixtureSite() for _ in range(3)]
    for server in servers:
        server.__enter__()
        server.slow_down(0.3)  # long enough a run for the outage to fall in its middle
    yield servers
    for server in servers:
        server.__exit__()


@pytest.fixture()
def children() -> Iterator[list[subprocess.Popen[bytes]]]:
    """The test's `scrapy` processes; any left running by a failed assertion is ended."""
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait()


def launch(
    name: str, args: list[str], env: dict[str, str], logs: Path, children: list[Any]
) -> subprocess.Popen[bytes]:
    """A `scrapy` child writing to logs/<name>.out and .err: its long log cannot fill a pipe
    and stall it while the test waits on another process."""
    settings = ["-s", f"REDIS_LEASE_SECONDS={LEASE}", "-s", "WORKER_POLL_SECONDS=0.3", *POLITE]
    with (logs / f"{name}.out").open("wb") as out, (logs / f"{name}.err").open("wb") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "scrapy", *args, *settings],
            cwd=REPO,
            env=env,
            stdout=out,
            stderr=err,
        )
    children.append(process)
    return process


def finished(
    name: str, process: subprocess.Popen[bytes], logs: Path, timeout: float
) -> tuple[str, str]:
    """The child's stdout and stderr, once it exited with status 0."""
    process.wait(timeout=timeout)
    out = (logs / f"{name}.out").read_text(errors="replace")
    err = (logs / f"{name}.err").read_text(errors="replace")
    assert process.returncode == 0, out + err[-3000:]
    return out, err


def article_requests(sites: list[FixtureSite]) -> int:
    return sum(r.startswith("/news/") for site in sites for r in site.requests_seen)


def test_redis_restarted_mid_run_workers_wait_and_lose_nothing(
    redis_server: RedisLocal,
    es_url: str,
    es_prefix: str,
    es: Elasticsearch,
    slow_sites: list[FixtureSite],
    children: list[subprocess.Popen[bytes]],
    tmp_path: Path,
) -> None:
    paths = profiles(slow_sites, tmp_path)
    env = distributed_env(redis_server, es_url, es_prefix, tmp_path, LEASE)
    one_site_at_a_time = ["-s", "WORKER_CONCURRENT_SITES=1"]  # the third site waits its turn
    run = launch("crawl-all", crawl_all_args(paths), env, tmp_path, children)
    time.sleep(1.5)  # the run is enqueued before the workers ask
    names = ["w0", "w1"]
    workers = [
        launch(
            name,
            ["worker", "--until-idle", "--worker-id", name, *one_site_at_a_time],
            env,
            tmp_path,
            children,
        )
        for name in names
    ]
    deadline = time.monotonic() + 90
    while article_requests(slow_sites) < 3:  # both workers are in the middle of a site
        assert time.monotonic() < deadline and all(w.poll() is None for w in workers)
        time.sleep(0.05)
    assert redis_server.stop()
    stopped_at = time.monotonic()
    time.sleep(OUTAGE)
    redis_server.start()
    outage = time.monotonic() - stopped_at

    out, _ = finished("crawl-all", run, tmp_path, timeout=300)
    waits, stats_waits = 0, 0
    for name, worker in zip(names, workers, strict=True):
        worker_out, worker_err = finished(name, worker, tmp_path, timeout=120)
        waited = WAITED.search(worker_out)
        assert waited and int(waited[1]) >= 1, worker_out  # every worker waited, none gave up
        waits += int(waited[1])
        assert "waits for Redis" in worker_err and "Redis is back after" in worker_err
        # a crawl's stats count the seen-store steps that waited
        stats_waits += sum(
            int(n) for n in re.findall(r"'distributed/redis_waits': (\d+)", worker_err)
        )
    assert stats_waits >= 1
    assert WAITED.search(out), out  # crawl-all's waiting loop waited too
    summary = json.loads(next((tmp_path / "archive" / "runs").glob("*.json")).read_text())
    assert not summary["failed"] and len(summary["sites"]) == 3, json.dumps(summary)

    single = run_scrapy(
        [*crawl_all_args(paths), "-s", "DOWNLOAD_DELAY=0"],
        es_url,
        f"{es_prefix}-one",
        tmp_path / "one",
    )
    assert single.returncode == 0, single.stdout + single.stderr[-2000:]
    # The three sites serve the same articles: compare URLs, as in test_distributed.py.
    urls = [url for document in indexed_urls(es, es_prefix) for url in document]
    one = [url for document in indexed_urls(es, f"{es_prefix}-one") for url in document]
    duplicated = len(urls) - len(set(urls))
    lost = len(set(one) - set(urls))
    print(
        f"\nredis restart: stopped {outage:.1f} s mid-run (lease {LEASE:g} s), 2 workers waited "
        f"{waits} times; {len(set(urls))} URLs indexed against {len(set(one))} by one process: "
        f"{lost} lost, {duplicated} duplicated"
    )
    assert duplicated == 0 and lost == 0 and sorted(urls) == sorted(one)

"""Shared fixtures: a real Elasticsearch (started by crawler.es_local, or ELASTICSEARCH_URL),
a throw-away index prefix per test, and the local fixture site."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from elasticsearch import Elasticsearch
from scrapy.utils.project import get_project_settings

from crawler import es_local
from crawler.es.client import EsConfig, make_client
from crawler.redis_local import RedisLocal
from demo.server import FixtureSite

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def es_url() -> str:
    """The real Elasticsearch for integration tests; never a mock."""
    return es_local.ensure_running()


@pytest.fixture()
def es_prefix(es_url: str) -> Iterator[str]:
    prefix = f"test-{uuid.uuid4().hex[:10]}"
    yield prefix
    client = es_client_for(es_url)
    delete_prefix(client, prefix)
    client.close()


def delete_prefix(client: Elasticsearch, prefix: str) -> None:
    """Delete an index prefix's versioned indexes and its template. Deleting by wildcard is
    refused by default (action.destructive_requires_name), so the indexes are named."""
    indexes = list(client.indices.get(index=f"{prefix}-v*", allow_no_indices=True).body)
    if indexes:
        client.indices.delete(index=",".join(indexes))
    client.options(ignore_status=404).indices.delete_index_template(name=f"{prefix}-articles")


def es_client_for(url: str) -> Elasticsearch:
    """A client with the project's Elasticsearch settings (credentials, CA) at ``url``."""
    settings = get_project_settings()
    settings.set("ES_URL", url)
    return make_client(EsConfig.from_settings(settings))


def indexed_urls(es: Elasticsearch, alias: str) -> list[list[str]]:
    """Each document's URLs (its own and its merged copies'): which copy of an article holds
    the document depends on which was fetched first, which a kill may change."""
    es.indices.refresh(index=alias)
    hits = es.search(index=alias, size=100, query={"match_all": {}})["hits"]["hits"]
    return sorted(
        sorted({hit["_source"]["canonical_url"], *hit["_source"].get("alternate_urls", [])})
        for hit in hits
    )


@pytest.fixture()
def es(es_url: str) -> Iterator[Elasticsearch]:
    client = es_client_for(es_url)
    yield client
    client.close()


@pytest.fixture()
def fixture_site() -> Iterator[FixtureSite]:
    with FixtureSite() as site:
        yield site


def scrapy_env(
    es_url: str, prefix: str, tmp_path: Path, extra_env: dict[str, str] | None = None
) -> dict[str, str]:
    """The environment of a child `scrapy`: the test's Elasticsearch, index prefix and archive."""
    return {
        **os.environ,
        "ELASTICSEARCH_URL": es_url,
        "ES_INDEX_PREFIX": prefix,
        "ARCHIVE_DIR": str(tmp_path / "archive"),
        "PYTHONWARNINGS": "error::DeprecationWarning:crawler,error::DeprecationWarning:pipelines",
        **(extra_env or {}),
    }


def run_scrapy(
    args: list[str],
    es_url: str,
    prefix: str,
    tmp_path: Path,
    extra_env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run a real `scrapy` command in a child process, pointed at the test index prefix."""
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args],
        cwd=REPO,
        env=scrapy_env(es_url, prefix, tmp_path, extra_env),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def start_scrapy(
    args: list[str], es_url: str, prefix: str, tmp_path: Path
) -> subprocess.Popen[str]:
    """Like run_scrapy, but in the background, for tests that disturb a running crawl."""
    return subprocess.Popen(
        [sys.executable, "-m", "scrapy", *args],
        cwd=REPO,
        env=scrapy_env(es_url, prefix, tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def clean_crawl(
    args: list[str], es_url: str, client: Elasticsearch, prefix: str, tmp_path: Path
) -> list[list[str]]:
    """A crawl of the fixture site that nothing disturbs: the URLs of each of its 6 documents,
    the reference a disturbed crawl's index is compared with."""
    clean = run_scrapy(args, es_url, prefix, tmp_path)
    assert clean.returncode == 0, clean.stderr[-3000:]
    reference = indexed_urls(client, prefix)
    assert len(reference) == 6
    return reference


def finish(process: subprocess.Popen[str], timeout: float = 300) -> str:
    """The stderr of a background `scrapy` once it exits (see `finish_with_output`)."""
    return finish_with_output(process, timeout)[1]


def finish_with_output(process: subprocess.Popen[str], timeout: float = 300) -> tuple[str, str]:
    """The stdout and stderr of a background `scrapy` once it exits. One still running after
    `timeout` seconds is killed and the test fails with its log, so a hung crawl fails this
    test alone, not also a later one that would trip over the process left running."""
    try:
        return process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        _, log = process.communicate()
        pytest.fail(f"scrapy still running after {timeout:.0f} s, killed:\n{log[-4000:]}")


def wait_for_article_requests(
    site: FixtureSite, crawl: subprocess.Popen[str], count: int, timeout: float = 90
) -> None:
    """Block until the crawl has asked the fixture site for `count` article pages."""
    deadline = time.monotonic() + timeout
    while sum(r.startswith("/news/") for r in site.requests_seen) < count:
        assert time.monotonic() < deadline and crawl.poll() is None
        time.sleep(0.1)


def write_profile(site: FixtureSite, tmp_path: Path, **overrides: Any) -> Path:
    path = tmp_path / "site.json"
    path.write_text(
        json.dumps({**site.profile(), **overrides}, ensure_ascii=False), encoding="utf-8"
    )
    return path


FAST_CRAWL = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=INFO"]


def crawl_args(profile: Path, **settings: object) -> list[str]:
    """`scrapy crawl news` over one profile file, without politeness delays, plus `-s` settings."""
    args = ["crawl", "news", "-a", f"profile_file={profile}", *FAST_CRAWL]
    for name, value in settings.items():
        args += ["-s", f"{name}={value}"]
    return args


class PrivateEs:
    """A second local Elasticsearch for tests that stop it or turn security on, so the shared
    server stays untouched. One home per name and version: 8.x cannot open 9.x data."""

    def __init__(self, name: str, port: str, **settings: str) -> None:
        version = os.environ.get("ES_LOCAL_VERSION", "default")
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("ELASTICSEARCH_")},
            "ES_LOCAL_HOME": str(es_local.default_home(f"{name}-{version}")),
            "ES_LOCAL_PORT": port,
            **settings,
        }

    def run(self, action: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "crawler.es_local", action],
            cwd=REPO,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )

    def start(self) -> str:
        started = self.run("start")
        assert started.returncode == 0, started.stderr
        return started.stdout.strip().splitlines()[-1]

    def stop(self) -> None:
        assert self.run("stop").returncode == 0


def free_port() -> int:
    """A port nothing listens on right now (the OS picks it), for a private server."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def private_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisLocal]:
    """A real redis-server of the test's own, on a free port, stopped afterwards (for fixtures:
    `yield from private_redis(tmp_path_factory)`)."""
    server = RedisLocal(free_port(), tmp_path_factory.mktemp("redis"), "redis-server")
    server.start()
    yield server
    server.stop()

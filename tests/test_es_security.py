"""Elasticsearch with security on (the `elastic` user's bootstrap password in the keystore):
without credentials a clear error, with them everything works, and the secret never leaks
into logs, stats, run summaries or WARC files."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from demo.server import FixtureSite
from tests.conftest import FAST_CRAWL, PrivateEs, run_scrapy, write_profile

pytestmark = pytest.mark.es

PASSWORD = "s3cret-Pa55-for-tests"
PORT = "9212"
# The server's home outlives a run (tests/conftest.PrivateEs): a prefix of this run's own keeps
# an index an older version of the project made there out of this test.
PREFIX = f"sec{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="module")
def secured_url() -> Iterator[str]:
    server = PrivateEs("security-test", PORT, ES_LOCAL_SECURITY="1", ES_LOCAL_PASSWORD=PASSWORD)
    yield server.start()
    server.stop()


def test_without_credentials_a_clear_error(secured_url: str, tmp_path: Path) -> None:
    result = run_scrapy(["es", "status"], secured_url, PREFIX, tmp_path)
    assert result.returncode != 0
    assert "refused the credentials (401)" in result.stderr
    assert "Traceback" not in result.stderr


def test_with_credentials_everything_works_and_nothing_leaks(
    secured_url: str, fixture_site: FixtureSite, tmp_path: Path
) -> None:
    credentials = {"ELASTICSEARCH_USERNAME": "elastic", "ELASTICSEARCH_PASSWORD": PASSWORD}
    profile = write_profile(fixture_site, tmp_path)
    crawl = run_scrapy(
        ["crawl-all", "--profile-file", str(profile), *FAST_CRAWL, "-s", "LOG_LEVEL=DEBUG"],
        secured_url,
        PREFIX,
        tmp_path,
        credentials,
    )
    assert crawl.returncode == 0, crawl.stdout + crawl.stderr[-3000:]
    search = run_scrapy(["search", "李强", "--json"], secured_url, PREFIX, tmp_path, credentials)
    assert search.returncode == 0 and '"total": 1' in search.stdout

    leaked = [
        str(path)
        for path in (tmp_path / "archive").rglob("*")
        if path.is_file() and PASSWORD.encode() in _readable(path)
    ]
    assert not leaked
    assert PASSWORD not in crawl.stdout + crawl.stderr + search.stdout + search.stderr

    wrong = {**credentials, "ELASTICSEARCH_PASSWORD": "not-it"}
    denied = run_scrapy(["search", "李强"], secured_url, PREFIX, tmp_path, wrong)
    assert denied.returncode != 0 and "not-it" not in denied.stderr + denied.stdout
    run_scrapy(["es", "status"], secured_url, PREFIX, tmp_path, credentials)


def test_credentials_in_the_url_are_redacted(secured_url: str, tmp_path: Path) -> None:
    url = secured_url.replace("http://", f"http://elastic:{PASSWORD}x@")  # wrong: 401
    result = run_scrapy(["es", "status"], url, "sec", tmp_path)
    assert result.returncode != 0 and "401" in result.stderr
    assert PASSWORD not in result.stderr + result.stdout


def _readable(path: Path) -> bytes:
    import gzip

    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data

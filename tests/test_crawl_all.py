"""`scrapy crawl-all`, the cron entry point: summary, exit status, run log, lock."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from crawler.runs.lock import RunLock
from demo.server import FixtureSite
from tests.conftest import FAST_CRAWL, run_scrapy, write_profile

pytestmark = pytest.mark.es


def crawl_all(profiles: list[Path], es_url: str, prefix: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    args = ["crawl-all", *FAST_CRAWL]
    for profile in profiles:
        args += ["--profile-file", str(profile)]
    return run_scrapy(args, es_url, prefix, tmp_path)


def test_summary_and_exit_status(
    es_url: str, es_prefix: str, fixture_site: FixtureSite, tmp_path: Path
) -> None:
    good = write_profile(fixture_site, tmp_path)
    dead = tmp_path / "dead.json"
    dead.write_text(
        json.dumps(
            {**fixture_site.profile("dead-site"), "start_urls": ["http://127.0.0.1:9/index.html"]}
        )
    )
    result = crawl_all([good, dead], es_url, es_prefix, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr[-2000:]
    assert "dead-site" in result.stdout and "FAILED: site unreachable" in result.stdout

    runs = tmp_path / "archive" / "runs"
    summary = json.loads(next(runs.glob("*.json")).read_text())
    sites = {s["site"]: s for s in summary["sites"]}
    assert summary["failed"] is True
    assert sites["fixture-site"]["articles_new"] == 6 and not sites["fixture-site"]["failed"]
    assert sites["fixture-site"]["bad_pages"] == 3
    assert sites["dead-site"]["failed"] is True
    log = next(runs.glob("*.log")).read_text()
    assert "news/article_pages" in log  # one log file per run, with both sites' stats

    again = crawl_all([good], es_url, es_prefix, tmp_path)
    assert again.returncode == 0, again.stdout + again.stderr[-2000:]
    assert "fixture-site" in again.stdout and "FAILED" not in again.stdout


def test_a_second_run_exits_at_once_while_the_first_holds_the_lock(
    es_url: str, es_prefix: str, fixture_site: FixtureSite, tmp_path: Path
) -> None:
    profile = write_profile(fixture_site, tmp_path)
    with RunLock(tmp_path / "archive" / "crawl-all.lock"):
        result = crawl_all([profile], es_url, es_prefix, tmp_path)
    assert result.returncode == 3
    assert "another crawl is running" in result.stdout
    assert not fixture_site.requests_seen


def test_elasticsearch_down_is_a_failure_cron_mail_shows(
    es_prefix: str, fixture_site: FixtureSite, tmp_path: Path
) -> None:
    with socket.socket() as sock:  # a local port where nothing listens
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}"
    profile = write_profile(fixture_site, tmp_path)
    result = crawl_all([profile], closed, es_prefix, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr[-2000:]
    line = next(line for line in result.stdout.splitlines() if line.startswith("fixture-site"))
    # 7 articles: the two copies of the meeting report merge only once indexed (at the replay)
    assert "FAILED" in line and "spooled 7 (Elasticsearch unreachable: " in line
    assert "password" not in result.stdout

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


def test_each_way_a_site_breaks_is_named_in_words(
    es_url: str, es_prefix: str, fixture_site: FixtureSite, tmp_path: Path
) -> None:
    """404 start page, a start page redirected off-site, a block page with status 200, and a
    site finding far fewer articles than in its earlier runs: one run, one cause per site."""
    profiles = [write_profile(fixture_site, tmp_path)]
    for name, path in (
        ("gone", "/gone.html"),
        ("moved", "/hostile/moved.html"),
        ("walled", "/hostile/blocked.html"),
    ):
        profile = tmp_path / f"{name}.json"
        profile.write_text(
            json.dumps({**fixture_site.profile(name), "start_urls": [fixture_site.url(path)]})
        )
        profiles.append(profile)
    drifted = tmp_path / "drifted.json"  # the site moved its articles to new URLs
    drifted.write_text(
        json.dumps({**fixture_site.profile("drifted"), "article_url_pattern": r"/art/\d+\.shtml$"})
    )
    profiles.append(drifted)
    runs = tmp_path / "archive" / "runs"
    runs.mkdir(parents=True)
    for day in (1, 2, 3):  # the fixture site used to list 40 articles
        earlier = {"sites": [{"site": "fixture-site", "article_links": 40, "failed": False}]}
        (runs / f"2026110{day}T020000Z.json").write_text(json.dumps(earlier))

    result = crawl_all(profiles, es_url, es_prefix, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr[-2000:]
    status = {line.split()[0]: line for line in result.stdout.splitlines()[1:] if "FAILED" in line}
    assert (
        f"FAILED: start page {fixture_site.url('/gone.html')} answered HTTP 404" in status["gone"]
    )
    assert (
        f"FAILED: start page {fixture_site.url('/hostile/moved.html')} was redirected off-site "
        f"to http://localhost:{fixture_site.port}/index.html" in status["moved"]
    )
    assert "FAILED: blocked: 1 pages were a block or error page, first " in status["walled"]
    assert "('Request Rejected' on a page of 119 characters)" in status["walled"]
    assert (
        "FAILED: article links fell to 10 against a median of 40 over its last 3 runs"
        in status["fixture-site"]
    )
    assert "FAILED" in status["drifted"] and "yielded nothing: pattern drift: " in status["drifted"]
    assert "matched no link, while the link classifier found" in status["drifted"]
    assert "a pattern that fits them: " in status["drifted"]
    summary = json.loads(max(runs.glob("*.json")).read_text())
    assert {s["site"]: s["article_links"] for s in summary["sites"]}["fixture-site"] == 10

"""An interrupted crawl (SIGTERM, as cron's timeout or a shutdown sends) resumes where it stopped."""

from __future__ import annotations

import re
import signal
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from demo.server import FixtureSite
from tests.conftest import (
    crawl_args,
    finish,
    run_scrapy,
    start_scrapy,
    wait_for_article_requests,
    write_profile,
)

pytestmark = pytest.mark.es


def test_sigterm_then_resume(
    es: Elasticsearch, es_url: str, es_prefix: str, fixture_site: FixtureSite, tmp_path: Path
) -> None:
    profile = write_profile(fixture_site, tmp_path)
    fixture_site.slow_down(1.5)
    args = crawl_args(profile, CONCURRENT_REQUESTS_PER_DOMAIN=1)
    process = start_scrapy(args, es_url, es_prefix, tmp_path)
    wait_for_article_requests(fixture_site, process, 3)
    process.send_signal(signal.SIGTERM)
    log = finish(process, timeout=120)
    assert "shutdown" in log.lower() and "'finish_reason': 'shutdown'" in log
    finished_first = int(re.search(r"'item_scraped_count': (\d+)", log).group(1))  # type: ignore[union-attr]
    assert finished_first >= 1

    fixture_site.slow_down(0)
    resumed = run_scrapy(args, es_url, es_prefix, tmp_path)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    # What the first run finished is not downloaded again (no validators: skipped outright)
    # or only asked about (ETag: 304); the rest is crawled now.
    known = re.findall(r"'incremental/(?:skipped_known|unchanged)': (\d+)", resumed.stderr)
    assert sum(map(int, known)) == finished_first
    es.indices.refresh(index=es_prefix)
    assert es.count(index=es_prefix)["count"] == 6

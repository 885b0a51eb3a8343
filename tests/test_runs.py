from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from crawler.runs.lock import AlreadyRunning, RunLock
from crawler.runs.summary import format_table, summarize_site, to_json


def test_second_lock_is_refused_with_the_holder(tmp_path: Path) -> None:
    path = tmp_path / "crawl.lock"
    with RunLock(path), pytest.raises(AlreadyRunning, match="another crawl is running"):
        RunLock(path).__enter__()
    with RunLock(path):  # released after the first run
        pass


def test_summary_counts_and_flags_an_unreachable_site() -> None:
    ok = summarize_site(
        "a",
        {
            "downloader/response_count": 12,
            "news/list_pages": 2,
            "process/extracted": 9,
            "news/article_links": 9,
            "incremental/unchanged": 2,
            "elasticsearch/created": 7,
            "elasticsearch/updated": 1,
            "process/dropped/empty-after-cleaning": 1,
            "finish_reason": "finished",
            "start_time": datetime(2024, 1, 1, 0, 0, 0),
            "finish_time": datetime(2024, 1, 1, 0, 1, 30),
        },
    )
    assert (ok.articles_new, ok.articles_updated, ok.duration_s, ok.failed) == (7, 1, 90.0, False)
    assert ok.articles_dropped == {"empty-after-cleaning": 1} and ok.articles_unchanged == 2
    down = summarize_site(
        "b",
        {
            "downloader/exception_type_count/twisted.internet.error.DNSLookupError": 3,
            "finish_reason": "finished",
        },
    )
    assert down.failed and "unreachable (host name does not resolve" in down.problems[0]
    assert "FAILED" in format_table([ok, down])


def test_a_run_whose_articles_were_spooled_fails_and_says_why() -> None:
    spooled = summarize_site(
        "a",
        {
            "downloader/response_count": 12,
            "news/article_links": 9,
            "process/extracted": 5,
            "elasticsearch/unavailable": 1,
            "elasticsearch/unavailable_reason": "Elasticsearch at http://127.0.0.1:9 is unreachable",
            "elasticsearch/spooled": 5,
            "finish_reason": "finished",
        },
    )
    assert spooled.failed and spooled.spooled == 5
    assert (
        "spooled 5 (Elasticsearch unreachable: Elasticsearch at http://127.0.0.1:9 is unreachable)"
        in format_table([spooled])
    )


def test_errors_are_counted_per_site_not_per_process() -> None:
    # Scrapy's log_count/ERROR counts every error line of the process in every crawler.
    site = summarize_site(
        "a",
        {
            "log_count/ERROR": 12,
            "news/download_errors": 3,
            "elasticsearch/failed": 1,
            "news/article_links": 1,
            "process/extracted": 1,
            "downloader/response_count": 4,
        },
    )
    assert site.errors == 4


UNREACHABLE = {
    "downloader/exception_type_count/twisted.internet.error.DNSLookupError": 1,
    "finish_reason": "finished",
}


def test_a_failing_unverified_profile_is_marked_as_such() -> None:
    guessed = summarize_site("guessed", UNREACHABLE, verified=False)
    checked = summarize_site("checked", UNREACHABLE)
    fine = summarize_site(
        "fine",
        {"downloader/response_count": 3, "news/article_links": 2, "process/extracted": 2},
        verified=False,
    )
    lines = format_table([guessed, checked, fine]).splitlines()[1:]
    assert "FAILED (unverified profile): site unreachable" in lines[0]
    assert "FAILED: site unreachable" in lines[1]
    assert lines[2].endswith("ok")  # only a failure is blamed on the profile
    assert to_json([guessed], "s", "f")["sites"][0]["verified"] is False

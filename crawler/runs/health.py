"""Room: crawler/runs — why a site broke, in words a cron user can act on.

Each check reads one site's stats from this run (and, for the history check, the article links
its earlier runs found) and returns the problems it sees. The run summary prints them, the exit
status follows them, and the alerts send them.

Written here rather than with Spidermon: every site is crawled by the same spider, so
Spidermon's stats history (kept per spider name) would mix all sites into one series, and its
field coverage counts the items Scrapy sees, where an empty title or date is a present field.
The history this needs is already on disk, in the per-run summaries under `runs/`.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from typing import Any

from crawler import stats_keys as keys
from crawler.processing import vocabulary as v

# Field coverage is judged on at least this many articles: below it, one odd page decides.
COVERAGE_MIN_ARTICLES = 10
COVERAGE_TARGETS = {"title": 1.0, "date": 0.95}
# A site whose list pages yield fewer than this share of their usual article links has broken.
HISTORY_DROP_SHARE = 0.5
HISTORY_RUNS = 7
HISTORY_MIN_RUNS = 3  # fewer earlier runs than this are no history to compare against
BLOCKING_STATUSES = ("403", "429")


def problems(stats: Mapping[str, Any], history: Sequence[int] = ()) -> list[str]:
    """Every problem of one site's run, the cause first. `history` holds the article links
    found by the site's earlier runs, oldest first."""
    found = _reachability(stats)
    if not found:
        found += _yield(stats)
        found += _history(stats, history)
    found += _pagination(stats)
    found += _coverage(stats)
    found += _run_end(stats)
    return found


def _reachability(stats: Mapping[str, Any]) -> list[str]:
    if stats.get(keys.PROFILE_ERRORS):
        return [f"{stats[keys.PROFILE_ERRORS]} profile errors (see the log); not crawled"]
    blocked = _blocked(stats)
    start = stats.get(keys.START_PAGE_PROBLEM)
    if start and any(f"HTTP {status}" in str(start) for status in BLOCKING_STATUSES):
        return [f"blocked: {start}"]
    if start:
        return [str(start)]
    if not stats.get("downloader/response_count"):
        failures = [
            _readable_failure(key.rsplit("/", 1)[1])
            for key in stats
            if key.startswith("downloader/exception_type_count/")
        ]
        return [f"site unreachable ({', '.join(dict.fromkeys(failures)) or 'no response'})"]
    if blocked:
        return [blocked]
    return []


def _blocked(stats: Mapping[str, Any]) -> str:
    pages = int(stats.get(keys.BLOCKED_PAGES, 0))
    refused = {
        status: int(stats.get(f"{keys.DOWNLOAD_ERRORS}/http_{status}", 0))
        for status in BLOCKING_STATUSES
    }
    if not pages and not any(refused.values()):
        return ""
    parts = []
    if pages:
        parts.append(
            f"{pages} pages were a block or error page, first {stats[keys.BLOCKED_EXAMPLE]}"
        )
    parts += [f"{count} pages answered HTTP {status}" for status, count in refused.items() if count]
    return "blocked: " + "; ".join(parts)


def _yield(stats: Mapping[str, Any]) -> list[str]:
    if not stats.get(keys.ARTICLE_LINKS):
        drift = stats.get(keys.PATTERN_DRIFT_EXAMPLE)
        if drift:  # the site changed its URLs: say what the links look like now
            return [f"yielded nothing: pattern drift: {drift}"]
        return ["yielded nothing: no article links on its list pages"]
    if not stats.get(v.EXTRACTED) and not unchanged(stats):
        return ["yielded nothing: every article page failed extraction"]
    return []


def unchanged(stats: Mapping[str, Any]) -> int:
    """Articles known from earlier runs: skipped, or answered "not modified"."""
    return int(stats.get(keys.SKIPPED_KNOWN, 0)) + int(stats.get(keys.UNCHANGED, 0))


def _history(stats: Mapping[str, Any], history: Sequence[int]) -> list[str]:
    recent = [count for count in history if count > 0][-HISTORY_RUNS:]
    if len(recent) < HISTORY_MIN_RUNS:
        return []
    usual = statistics.median(recent)
    found = int(stats.get(keys.ARTICLE_LINKS, 0))
    if found >= usual * HISTORY_DROP_SHARE:
        return []
    return [
        f"article links fell to {found} against a median of {usual:g} over its last "
        f"{len(recent)} runs: list pages changed, or the site is serving less"
    ]


def _pagination(stats: Mapping[str, Any]) -> list[str]:
    if not stats.get(keys.PAGINATION_EXPECTED) or not stats.get(keys.ARTICLE_LINKS):
        return []
    if int(stats.get(keys.LIST_PAGES, 0)) > int(stats.get(keys.START_PAGES, 1)):
        return []
    return [
        "pagination never reached page 2: no link on the start page matched the profile's "
        "list pattern or next-page selector"
    ]


def coverage(stats: Mapping[str, Any]) -> dict[str, float]:
    """Share of this run's articles with each field, when there are enough to judge."""
    articles = int(stats.get(v.ARTICLES, 0))
    if articles < COVERAGE_MIN_ARTICLES:
        return {}
    missing = {"title": stats.get(v.UNTITLED, 0), "date": stats.get(v.UNDATED, 0)}
    return {name: round(1 - int(count) / articles, 3) for name, count in missing.items()}


def _coverage(stats: Mapping[str, Any]) -> list[str]:
    shares = coverage(stats)
    return [
        f"{name} found on {shares[name]:.0%} of {stats[v.ARTICLES]} articles "
        f"(expected at least {target:.0%}): the page template may have changed"
        for name, target in COVERAGE_TARGETS.items()
        if name in shares and shares[name] < target
    ]


def _run_end(stats: Mapping[str, Any]) -> list[str]:
    found = []
    if stats.get("finish_reason") not in (None, "finished"):
        found.append(f"finished early: {stats.get('finish_reason')}")
    if stats.get(keys.ES_FAILED):
        found.append(f"{stats[keys.ES_FAILED]} articles rejected by Elasticsearch")
    if stats.get(keys.ES_SPOOLED):
        reason = stats.get(keys.ES_UNAVAILABLE_REASON) or "it could not be reached"
        found.append(f"spooled {stats[keys.ES_SPOOLED]} (Elasticsearch unreachable: {reason})")
    return found


FAILURE_NAMES = {
    "CannotResolveHostError": "host name does not resolve: no network, or a wrong host",
    "DNSLookupError": "host name does not resolve: no network, or a wrong host",
    "ConnectionRefusedError": "connection refused",
    "TCPTimedOutError": "connection timed out",
    "TimeoutError": "timed out",
    "ResponseNeverReceived": "no response",
}


def _readable_failure(exception_path: str) -> str:
    name = exception_path.rsplit(".", 1)[-1]
    return FAILURE_NAMES.get(name, name)

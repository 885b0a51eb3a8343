"""Per-site run summaries from Scrapy stats: what a cron user reads the morning after."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from crawler import stats_keys as keys
from crawler.processing import vocabulary as v
from crawler.runs.health import HISTORY_RUNS, coverage, problems, unchanged
from crawler.runs.history import article_link_history


@dataclass
class SiteSummary:
    site: str
    pages_fetched: int = 0
    list_pages: int = 0
    article_links: int = 0  # what the list pages offered; the history check compares it
    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    articles_dropped: dict[str, int] = field(default_factory=dict)
    bad_pages: int = 0
    errors: int = 0
    spooled: int = 0
    duration_s: float = 0.0
    finish_reason: str = ""
    failed: bool = False
    # False for a profile never checked against its live site (its `unverified` note): its
    # failure may be the profile's own guess being wrong, not the site breaking.
    verified: bool = True
    coverage: dict[str, float] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    worker: str = ""  # in a distributed run, the worker that crawled the site


def summary_from_dict(data: Mapping[str, Any]) -> SiteSummary:
    """A summary a worker recorded (its fields; anything else is ignored)."""
    names = {f.name for f in fields(SiteSummary)}
    return SiteSummary(**{key: value for key, value in data.items() if key in names})


def not_crawled(site: str, reason: str, *, verified: bool = True) -> SiteSummary:
    return SiteSummary(site=site, failed=True, verified=verified, problems=[reason])


DROPPED_PREFIX = v.DROPPED + "/"


def summarize_against_history(
    site: str, stats: Mapping[str, Any], runs_dir: Path, *, verified: bool = True
) -> SiteSummary:
    """A site's run, judged against what its earlier runs (summaries in `runs_dir`) found."""
    history = article_link_history(runs_dir, site, HISTORY_RUNS)
    return summarize_site(site, stats, history, verified=verified)


def summarize_site(
    site: str, stats: Mapping[str, Any], history: Sequence[int] = (), *, verified: bool = True
) -> SiteSummary:
    """One site's run; `history` holds the article links of its earlier runs, oldest first;
    `verified` whether its profile was ever checked against the live site."""
    summary = SiteSummary(
        site=site,
        verified=verified,
        pages_fetched=int(stats.get("downloader/response_count", 0)),
        list_pages=int(stats.get(keys.LIST_PAGES, 0)),
        article_links=int(stats.get(keys.ARTICLE_LINKS, 0)),
        articles_new=int(stats.get(keys.ES_CREATED, 0)),
        articles_updated=int(stats.get(keys.ES_UPDATED, 0)),
        articles_unchanged=unchanged(stats),
        bad_pages=int(stats.get(v.BAD_PAGES, 0)) + int(stats.get(keys.BAD_LIST_PAGES, 0)),
        errors=site_errors(stats),
        spooled=int(stats.get(keys.ES_SPOOLED, 0)),
        finish_reason=str(stats.get("finish_reason", "")),
        duration_s=_duration(stats),
    )
    summary.articles_dropped = {
        key.removeprefix(DROPPED_PREFIX): int(value)
        for key, value in stats.items()
        if key.startswith(DROPPED_PREFIX)
    }
    summary.coverage = coverage(stats)
    summary.problems = problems(stats, history)
    summary.failed = bool(summary.problems)
    return summary


def site_errors(stats: Mapping[str, Any]) -> int:
    """This site's errors. Not Scrapy's `log_count/ERROR`: every crawler of a process counts
    every error line of the process, so with three sites each would show all three's."""
    keys_counted = (keys.DOWNLOAD_ERRORS, keys.PROFILE_ERRORS, keys.ES_FAILED)
    return sum(int(stats.get(key, 0)) for key in keys_counted)


def _duration(stats: Mapping[str, Any]) -> float:
    start, finish = stats.get("start_time"), stats.get("finish_time")
    if isinstance(start, datetime) and isinstance(finish, datetime):
        return round((finish - start).total_seconds(), 1)
    return 0.0


def format_table(summaries: list[SiteSummary]) -> str:
    header = f"{'site':<20} {'fetched':>7} {'new':>5} {'upd':>5} {'same':>5} {'dropped':>7} {'bad':>4} {'err':>4} {'secs':>6}  status"
    rows = [header]
    for s in summaries:
        status = _status(s)
        rows.append(
            f"{s.site:<20} {s.pages_fetched:>7} {s.articles_new:>5} {s.articles_updated:>5} {s.articles_unchanged:>5} "
            f"{sum(s.articles_dropped.values()):>7} {s.bad_pages:>4} {s.errors:>4} {s.duration_s:>6}  {status}"
        )
    return "\n".join(rows)


def _status(summary: SiteSummary) -> str:
    if not summary.failed:
        return "ok"
    # An unverified profile that fails is first suspected of being wrong about its site.
    mark = " (unverified profile)" if not summary.verified else ""
    return f"FAILED{mark}: " + "; ".join(summary.problems)


def to_json(summaries: list[SiteSummary], started: str, finished: str) -> dict[str, Any]:
    return {
        "started_at": started,
        "finished_at": finished,
        "failed": any(s.failed for s in summaries),
        "sites": [asdict(s) for s in summaries],
    }

"""`scrapy crawl-all` — every enabled site in one process, for cron.

A lock keeps two runs from overlapping, each run logs to its own file, and a per-site summary
is printed and written as JSON. Exit status 1 when any site failed or yielded nothing, 3 when
another run holds the lock, 2 (one line, before anything is written) when a profile file or
site name is unusable or the archive folder is not writable.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import UTC, datetime

from scrapy.commands import ScrapyCommand
from scrapy.crawler import Crawler

from crawler.distributed.jobs import SiteJobs
from crawler.distributed.outage import RedisOutage, RedisUnavailable, redis_outage
from crawler.es_command import fail
from crawler.paths import ArchiveNotWritable, ArchivePaths
from crawler.runs.alerts import AlertConfig, failed_sites, send_alerts
from crawler.runs.lock import AlreadyRunning, RunLock
from crawler.runs.summary import (
    SiteSummary,
    format_table,
    not_crawled,
    summarize_against_history,
    summary_from_dict,
    to_json,
)
from crawler.sites import ProfileError, enabled_profiles, load_profile_file
from crawler.sites.arguments import NEWS_SPIDER
from crawler.sites.profile import SiteProfile

EXIT_LOCKED = 3


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "[--site NAME ...] [--profile-file FILE ...]"

    def short_desc(self) -> str:
        return "Crawl every enabled site (cron entry point): lock, run log, summary"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--site", action="append", default=[], help="only these sites")
        parser.add_argument(
            "--profile-file", action="append", default=[], help="also crawl this JSON site profile"
        )
        parser.add_argument(
            "--wait-timeout",
            type=float,
            default=6 * 3600,
            help="with REDIS_URL: seconds to wait for the workers (0 = no limit; default 6 h)",
        )

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        self.run_id = _stamp()
        self.paths = ArchivePaths.from_settings(self.settings)
        # Before the run log exists: a refused run leaves nothing behind but its one line.
        try:
            self.paths.check_writable(self.paths.run_folders)
            self.profiles = self._profiles(opts)
        except (ArchiveNotWritable, ProfileError) as error:
            fail("crawl-all", str(error))
        runs_dir = self.paths.runs_dir
        runs_dir.mkdir(parents=True, exist_ok=True)
        self.runs_dir = runs_dir
        if not opts.logfile:  # one log file per run, unless the user chose one
            self.settings.set("LOG_FILE", str(runs_dir / f"{self.run_id}.log"), priority="cmdline")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None and self.crawler_process is not None
        self.started = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            with RunLock(self.paths.run_lock):
                if self.settings.get("REDIS_URL"):
                    summaries = self._by_workers(opts.wait_timeout)
                else:
                    summaries = self._summaries(self._crawl(self.profiles))
        except AlreadyRunning as error:
            print(f"crawl-all: {error}")
            self.exitcode = EXIT_LOCKED
            return
        self._report(summaries)

    def _by_workers(self, wait_timeout: float) -> list[SiteSummary]:
        """A distributed run: the sites go to Redis; `scrapy worker`s crawl them; this waits
        for every site's summary, whichever worker made it. A Redis outage is waited out
        (REDIS_OUTAGE_TIMEOUT); past it, the sites without a summary are reported as such."""
        assert self.settings is not None
        jobs = SiteJobs.from_settings(self.settings)
        outage = redis_outage(self.settings)
        waited = f"no worker finished it within {wait_timeout:g} s"
        try:
            outage.call("crawl-all: enqueuing the run", lambda: self._enqueue(jobs))
            deadline = time.monotonic() + wait_timeout if wait_timeout > 0 else float("inf")
            poll = self.settings.getfloat("WORKER_POLL_SECONDS")
            while not self._run_done(jobs, outage) and time.monotonic() < deadline:
                time.sleep(poll)
            done = outage.call(
                "crawl-all: reading the summaries", lambda: jobs.summaries(self.run_id)
            )
        except RedisUnavailable as error:
            print(error)  # names the step: "crawl-all: waiting for the workers: Redis …"
            done, waited = {}, str(error)
        if outage.waits:
            print(
                f"crawl-all: waited for Redis {outage.waits} times, {outage.waited_s:.1f} s in all"
            )
        return [
            summary_from_dict(done[p.name])
            if p.name in done
            else not_crawled(p.name, f"not crawled: {waited}", verified=not p.unverified)
            for p in self.profiles
        ]

    def _enqueue(self, jobs: SiteJobs) -> None:
        jobs.enqueue(self.run_id, self.profiles)
        print(f"crawl-all: run {self.run_id}: {len(self.profiles)} sites enqueued for workers")

    def _run_done(self, jobs: SiteJobs, outage: RedisOutage) -> bool:
        state = outage.call("crawl-all: waiting for the workers", lambda: jobs.state(self.run_id))
        return state.finished

    def _profiles(self, opts: argparse.Namespace) -> list[SiteProfile]:
        assert self.settings is not None
        from_files = [load_profile_file(path) for path in opts.profile_file]
        if from_files and not opts.site:
            return from_files
        return enabled_profiles(opts.site or self.settings.getlist("SITES_ENABLED")) + from_files

    def _crawl(self, profiles: list[SiteProfile]) -> list[tuple[str, Crawler]]:
        assert self.crawler_process is not None
        crawlers = []
        for profile in profiles:
            crawler = self.crawler_process.create_crawler(NEWS_SPIDER)
            self.crawler_process.crawl(crawler, profile=profile)
            crawlers.append((profile.name, crawler))
        self.crawler_process.start()
        return crawlers

    def _summaries(self, crawlers: list[tuple[str, Crawler]]) -> list[SiteSummary]:
        unverified = {profile.name for profile in self.profiles if profile.unverified}
        return [
            summarize_against_history(
                name,
                crawler.stats.get_stats() if crawler.stats else {},
                self.runs_dir,
                verified=name not in unverified,
            )
            for name, crawler in crawlers
        ]

    def _report(self, summaries: list[SiteSummary]) -> None:
        finished = datetime.now(UTC).isoformat(timespec="seconds")
        report = to_json(summaries, self.started, finished)
        path = self.runs_dir / f"{self.run_id}.json"
        path.write_text(
            json.dumps(report, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
        )
        table = format_table(summaries)
        print(table)
        print(f"summary: {path}\nlog: {self.settings.get('LOG_FILE') if self.settings else ''}")
        self.exitcode = 1 if report["failed"] else 0
        if report["failed"] and self.settings is not None:
            broken = ", ".join(failed_sites(report))
            subject = f"municipal news crawl {self.run_id}: failed ({broken})"
            for line in send_alerts(
                AlertConfig.from_settings(self.settings), subject, table, report
            ):
                print(line)

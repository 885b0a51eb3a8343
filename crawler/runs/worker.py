"""Room: crawler/runs — a distributed worker: take a site, crawl it under a lease, record, repeat.

One Scrapy process crawls one site at a time with the normal spider and pipelines; while it
does, a timer renews the site's lease every third of its length. A worker that loses its lease
(Redis unreachable for longer than the lease, and another worker took the site) stops that
crawl. A worker killed outright simply stops renewing: the lease lapses and the next worker
that asks takes the site again; the shared seen-store (seen.py) and the durable-before-seen
rule of the crawl mean it neither fetches again what was indexed nor loses what was not.
Redis going away is waited out (crawler/distributed/outage.py): taking a site, recording it and
the seen-store's reads and writes wait until Redis answers again, a lease renewal that fails is
tried again at the next tick; past REDIS_OUTAGE_TIMEOUT the worker stops, with that message and
exit status 1, and leaves its sites' leases to lapse for another worker.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Generator
from pathlib import Path
from typing import Any

import redis
from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.reactor import install_reactor
from twisted.internet import defer, task
from twisted.internet.interfaces import IReactorTime

from crawler.distributed.jobs import Job, SiteJobs
from crawler.distributed.outage import REDIS_UNAVAILABLE, RedisOutage, RedisUnavailable
from crawler.runs.summary import summarize_against_history
from crawler.sites.arguments import NEWS_SPIDER

logger = logging.getLogger(__name__)


class Worker:
    def __init__(
        self,
        process: CrawlerProcess,
        jobs: SiteJobs,
        worker_id: str,
        *,
        until_idle: bool,
        poll_seconds: float,
        runs_dir: Path,
        outage: RedisOutage,
        concurrent_sites: int = 1,
    ) -> None:
        self.process = process
        self.jobs = jobs
        self.outage = outage
        self.worker_id = worker_id
        self.until_idle = until_idle
        self.poll_seconds = poll_seconds
        self.runs_dir = runs_dir
        # Sites crawled at once: each under its own lease, with its own politeness; one
        # site's delay would otherwise leave the worker idle most of the time.
        self.concurrent_sites = max(1, concurrent_sites)
        self.sites_done: list[str] = []
        self.stopping = False
        self.gave_up = ""  # why the worker stopped on its own (Redis gone too long), if it did
        self.lost_sites: set[str] = set()  # crawls stopped because their lease lapsed

    def run(self) -> None:
        """Work until idle (with until_idle) or until stopped (SIGINT/SIGTERM)."""
        # The reactor the settings ask for, before anything imports Twisted's default one
        # (Scrapy would install it with the first crawl; the loop needs it before).
        settings = self.process.settings
        install_reactor(settings["TWISTED_REACTOR"], settings["ASYNCIO_EVENT_LOOP"])
        from twisted.internet import reactor

        reactor.callWhenRunning(self._work_all)
        self.process.start(stop_after_crawl=False)

    @defer.inlineCallbacks
    def _work_all(self) -> Generator[defer.Deferred[Any], Any, None]:
        try:
            yield defer.DeferredList([self._work() for _ in range(self.concurrent_sites)])
        finally:
            self._stop_reactor()

    @defer.inlineCallbacks
    def _work(self) -> Generator[defer.Deferred[Any], Any, None]:
        """One lane: take a site, crawl it, record it, until idle or stopped."""
        from twisted.internet import reactor

        clock: IReactorTime = reactor
        try:
            while not self.stopping:
                job = self._take()
                if job is None:
                    if self.until_idle and self._run_finished():
                        break
                    yield task.deferLater(clock, self.poll_seconds, lambda: None)
                    continue
                yield self._crawl(job, clock)
        except RedisUnavailable as error:
            self._give_up(str(error))
        except Exception:  # a lane must not die silently: say why, and let the others go on
            logger.exception("worker %s: a crawl lane failed", self.worker_id)

    @staticmethod
    def _stop_reactor() -> None:
        from twisted.internet import reactor

        if getattr(reactor, "running", False):
            reactor.stop()  # type: ignore[misc]

    def _give_up(self, why: str) -> None:
        if not self.gave_up:
            logger.error("worker %s: stopping: %s", self.worker_id, why)
            self.gave_up = why
        self.stopping = True

    def _take(self) -> Job | None:
        job = self.outage.call(
            f"worker {self.worker_id}: taking a site", lambda: self.jobs.take(self.worker_id)
        )
        if job is not None:
            how = "taken over (its lease had lapsed)" if job.reclaimed else "taken"
            logger.info("worker %s: site %s %s", self.worker_id, job.site, how)
        return job

    def _run_finished(self) -> bool:
        def finished() -> bool:
            run_id = self.jobs.current_run()
            return not run_id or self.jobs.state(run_id).finished

        return self.outage.call(f"worker {self.worker_id}: asking if the run is done", finished)

    @defer.inlineCallbacks
    def _crawl(self, job: Job, clock: IReactorTime) -> Generator[defer.Deferred[Any], Any, None]:
        crawler = self.process.create_crawler(NEWS_SPIDER)
        renewal = task.LoopingCall(self._renew, job, crawler)
        renewal.clock = clock
        renewal.start(self.jobs.lease_ms / 3000, now=False)
        try:
            yield self.process.crawl(crawler, profile=job.profile)
        finally:
            renewal.stop()
        stats = crawler.stats.get_stats() if crawler.stats else {}
        if job.site in self.lost_sites:  # stopped by _renew, not by a signal: work on
            self.lost_sites.discard(job.site)
            return
        if stats.get("finish_reason") == "shutdown":
            self.stopping = True  # stopped by a signal: the site's lease lapses for another worker
            return
        if stats.get("finish_reason") == REDIS_UNAVAILABLE:
            self._give_up(f"site {job.site} left unfinished: Redis unreachable too long")
            return
        verified = not job.profile.unverified
        site_summary = summarize_against_history(job.site, stats, self.runs_dir, verified=verified)
        summary = dataclasses.asdict(dataclasses.replace(site_summary, worker=self.worker_id))
        if self._finish(job, summary):
            self.sites_done.append(job.site)

    def _renew(self, job: Job, crawler: Crawler) -> None:
        try:
            if self.jobs.renew(job):
                return
        except redis.RedisError as error:
            # Not waited for here: the lease may still hold, and the next tick tries again.
            logger.warning(
                "worker %s: lease of %s not renewed (Redis: %s); trying again in %g s",
                self.worker_id,
                job.site,
                error,
                self.jobs.lease_ms / 3000,
            )
            return
        if job.site in self.lost_sites or not _engine_running(crawler):
            # A crawl still opening cannot be stopped yet (stopping it then leaves it running
            # with nothing to end it): the next tick, which finds the lease still lost, does.
            return
        logger.error(
            "worker %s: lease of site %s lapsed (another worker may hold it); stopping its crawl",
            self.worker_id,
            job.site,
        )
        self.lost_sites.add(job.site)
        deferred_from_coro(crawler.stop_async())

    def _finish(self, job: Job, summary: dict[str, Any]) -> bool:
        done = self.outage.call(
            f"worker {self.worker_id}: recording site {job.site} as done",
            lambda: self.jobs.finish(job, summary),
        )
        if not done:
            logger.warning(
                "worker %s: site %s was taken over; its summary is the other worker's",
                self.worker_id,
                job.site,
            )
        return done


def _engine_running(crawler: Crawler) -> bool:
    try:
        return bool(crawler.engine.running)
    except RuntimeError:  # the engine is made once the crawl starts opening
        return False

"""`scrapy worker` — crawl the sites a distributed run enqueued (REDIS_URL), one at a time.

    REDIS_URL=redis://queue.example:6379/0 scrapy worker             # a long-running service
    REDIS_URL=… scrapy worker --until-idle                            # from cron, or in tests

Each worker writes its own WARC files (its id in their names) under ARCHIVE_DIR, which may be
shared storage; the seen-store is shared in Redis. See crawler/distributed/.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
from typing import Any, ClassVar

from scrapy.commands import ScrapyCommand

from crawler.distributed.jobs import SiteJobs
from crawler.distributed.outage import redis_outage
from crawler.es_command import fail
from crawler.paths import ArchiveNotWritable, ArchivePaths
from crawler.runs.worker import Worker


class Command(ScrapyCommand):
    requires_project = True
    # Twisted's CrawlerProcess: the worker chains crawls with Deferreds on one reactor.
    default_settings: ClassVar[dict[str, Any]] = {"FORCE_CRAWLER_PROCESS": True}

    def syntax(self) -> str:
        return "[--until-idle] [--worker-id ID]"

    def short_desc(self) -> str:
        return "Crawl the sites of a distributed run (REDIS_URL), one at a time, under a lease"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--until-idle", action="store_true", help="exit once the run is done")
        parser.add_argument("--worker-id", default="", help="this worker's name (host-pid)")

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        if not self.settings.get("REDIS_URL"):
            fail("worker", "REDIS_URL is not set: a worker takes its sites from Redis")
        self.worker_id = opts.worker_id or f"{socket.gethostname()}-{os.getpid()}"
        prefix = self.settings.get("ARCHIVE_WARC_PREFIX") or "pages"
        # Each worker its own WARC files, so workers never append to one file.
        self.settings.set("ARCHIVE_WARC_PREFIX", f"{prefix}-{self.worker_id}", priority="cmdline")
        self.paths = ArchivePaths.from_settings(self.settings)
        try:
            self.paths.check_writable(self.paths.crawl_folders)
        except ArchiveNotWritable as error:
            fail("worker", str(error))

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None and self.crawler_process is not None
        jobs = SiteJobs.from_settings(self.settings)
        worker = Worker(
            self.crawler_process,  # type: ignore[arg-type]
            jobs,
            self.worker_id,
            until_idle=opts.until_idle,
            poll_seconds=self.settings.getfloat("WORKER_POLL_SECONDS"),
            runs_dir=self.paths.runs_dir,
            outage=redis_outage(self.settings),
            concurrent_sites=self.settings.getint("WORKER_CONCURRENT_SITES"),
        )
        worker.run()
        print(f"worker {self.worker_id}: crawled {', '.join(worker.sites_done) or 'no site'}")
        outage = worker.outage
        print(
            f"worker {self.worker_id}: waited for Redis {outage.waits} times, "
            f"{outage.waited_s:.1f} s in all"
        )
        if worker.gave_up:
            print(f"worker {self.worker_id}: stopped: {worker.gave_up}", file=sys.stderr)
            self.exitcode = 1

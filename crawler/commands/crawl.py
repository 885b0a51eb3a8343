"""`scrapy crawl` — Scrapy's own command, which refuses a crawl that cannot go well before it starts.

Before any crawler exists (so before the first log line): the archive folders must be writable
(crawler/paths.py), and the news spider's arguments must name a usable profile, loaded and
checked here (crawler/spiders/news.py checked_arguments) and handed to the spider. Either
failure is one line, `scrapy crawl: …`, and exit status 2, instead of a traceback or a crawl
that logs a profile error and exits 0.

`--replay DIR` crawls from the WARC files recorded in DIR (`scrapy savefixture`) instead of
the network: crawler/archive/replay.py answers every http(s) request.
"""

from __future__ import annotations

import argparse

from scrapy.commands import crawl

from crawler.archive.replay import ReplayError, replay_from
from crawler.es_command import fail
from crawler.paths import ArchiveNotWritable, ArchivePaths
from crawler.sites import ProfileError
from crawler.sites.arguments import NEWS_SPIDER, checked_arguments


class Command(crawl.Command):
    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--replay",
            metavar="DIR",
            default="",
            help="answer every request from the WARC files recorded in DIR (offline)",
        )

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        try:
            if opts.replay:
                replay_from(self.settings, opts.replay)
            paths = ArchivePaths.from_settings(self.settings)
            paths.check_writable(paths.crawl_folders)
            if args == [NEWS_SPIDER]:
                opts.spargs = checked_arguments(opts.spargs)
        except (ArchiveNotWritable, ProfileError, ReplayError) as error:
            fail("crawl", str(error))

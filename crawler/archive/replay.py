"""Download handler: answer http(s) requests from recorded WARC files, never from the network.

`scrapy crawl news -a site=NAME --replay tests/fixtures/sites/NAME` crawls a site as it was
recorded by `scrapy savefixture`: the real profile, the real spider, the real pages and their
recorded status and headers, offline. A request for a URL that was recorded as a redirect's
start is answered with that redirect, so the redirect middleware sees what it saw live. A URL
that was not recorded is ignored (counted as `replay/not_recorded`, logged at debug): a
recording holds a few articles of a list that links many.
"""

from __future__ import annotations

import logging
from pathlib import Path

from scrapy import Request
from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from scrapy.settings import BaseSettings

from crawler.archive.warc import ArchivedPage, DamagedRecord, read_pages

logger = logging.getLogger(__name__)

REPLAY_SETTING = "REPLAY_WARC_DIR"
HANDLER_PATH = "crawler.archive.replay.WarcReplayHandler"


class WarcReplayHandler(BaseDownloadHandler):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        folder = crawler.settings.get(REPLAY_SETTING)
        if not folder:
            raise NotConfigured(f"{REPLAY_SETTING} is not set")
        self.pages, self.redirects = recorded_pages(Path(folder))
        if not self.pages:
            raise NotConfigured(f"{folder}: no WARC response records to replay")
        logger.info("replaying %d recorded pages from %s", len(self.pages), folder)

    async def download_request(self, request: Request) -> Response:
        page = self.pages.get(request.url)
        if page is not None:
            self._count("replay/answered")
            return _response(page, request)
        target = self.redirects.get(request.url)
        if target is not None:
            self._count("replay/redirected")
            return Response(request.url, status=302, headers={"Location": target}, request=request)
        self._count("replay/not_recorded")
        raise IgnoreRequest(f"not in the recording: {request.url}")

    def _count(self, key: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)


class ReplayError(ValueError):
    """A replay that cannot start; the message is one line."""


def replay_from(settings: BaseSettings, folder: str) -> None:
    """Settings for a crawl answered from `folder`: every http(s) request goes to the handler,
    nothing is recorded as seen, and nothing is indexed unless `-s ES_ENABLED=true` asks (a
    replay checks a profile against its recorded site; `-o FILE` shows the articles)."""
    if not any(Path(folder).glob("*.warc*")):
        raise ReplayError(f"--replay {folder}: no WARC files there")
    settings.set(REPLAY_SETTING, folder, priority="cmdline")
    handlers = {
        **settings.getdict("DOWNLOAD_HANDLERS"),
        "http": HANDLER_PATH,
        "https": HANDLER_PATH,
    }
    settings.set("DOWNLOAD_HANDLERS", handlers, priority="cmdline")
    settings.set("INCREMENTAL_ENABLED", False, priority="cmdline")
    settings.set("ES_ENABLED", False, priority="project")


def recorded_pages(folder: Path) -> tuple[dict[str, ArchivedPage], dict[str, str]]:
    """Response records by URL (the latest recording of a URL wins) and each recorded
    redirect's first URL -> the URL it ended at. A damaged record is reported and skipped."""
    pages: dict[str, ArchivedPage] = {}
    redirects: dict[str, str] = {}

    def damaged(record: DamagedRecord) -> None:
        logger.warning("%s: not replayed: %s", folder, record)

    for path in sorted(folder.glob("*.warc.gz")) + sorted(folder.glob("*.warc")):
        for page in read_pages(path, kind=None, damaged=damaged):
            pages[page.url] = page
            for earlier in page.redirected_from:
                redirects[earlier] = page.url
    return pages, redirects


def _response(page: ArchivedPage, request: Request) -> Response:
    headers = Headers(page.headers)
    response_class = responsetypes.from_args(headers=headers, url=page.url, body=page.body)
    return response_class(
        url=page.url, status=page.status, headers=headers, body=page.body, request=request
    )

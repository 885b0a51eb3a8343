"""Extension: archive every fetched page (list pages and articles) to WARC files.

Listens to `response_received`, writes the request and response records through
crawler.archive.warc, labelled with the page kind and site the spider put in `request.meta`,
and leaves a pointer to the record and its date in `request.meta` (crawler/request_meta.py)
that the spider copies into the page, so every indexed document can be traced to its record
and carries the same fetch time whether it was crawled or re-processed from the archive.
"""

from __future__ import annotations

from datetime import UTC, datetime

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response
from scrapy.http.headers import Headers
from scrapy.statscollectors import StatsCollector

from crawler import request_meta
from crawler.archive.warc import Exchange, WarcArchive
from crawler.paths import ArchivePaths


class WarcArchiveExtension:
    def __init__(self, archive: WarcArchive, stats: StatsCollector) -> None:
        self.archive = archive
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcArchiveExtension:
        settings = crawler.settings
        if not settings.getbool("ARCHIVE_WARC_ENABLED"):
            raise NotConfigured("ARCHIVE_WARC_ENABLED is off")
        assert crawler.stats is not None
        archive = WarcArchive(
            ArchivePaths.from_settings(settings).warc_dir,
            prefix=settings.get("ARCHIVE_WARC_PREFIX") or "pages",
            max_bytes=settings.getint("ARCHIVE_WARC_MAX_BYTES"),
        )
        extension = cls(archive, crawler.stats)
        crawler.signals.connect(extension.response_received, signal=signals.response_received)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def response_received(self, response: Response, request: Request, spider: Spider) -> None:
        if request.url.endswith("/robots.txt"):
            return
        fetched_at = datetime.now(UTC).replace(microsecond=0)
        pointer = self.archive.write(
            Exchange(
                url=response.url,
                method=request.method,
                request_headers=_pairs(request.headers),
                status=response.status,
                reason=_reason(response.status),
                response_headers=_pairs(response.headers),
                body=response.body,
                kind=request_meta.page_kind(request.meta),
                site=request_meta.site_name(request.meta),
                date=fetched_at,
                redirected_from=tuple(request.meta.get("redirect_urls", ())),
            )
        )
        request.meta[request_meta.ARCHIVE] = pointer
        request.meta[request_meta.FETCHED_AT] = fetched_at.isoformat()
        self.stats.inc_value("archive/records")
        self.stats.inc_value("archive/bytes", len(response.body))

    def spider_closed(self, spider: Spider) -> None:
        self.archive.close()


def _pairs(headers: Headers) -> list[tuple[str, str]]:
    return [
        (key.decode("latin-1"), value.decode("latin-1"))
        for key, values in headers.items()
        for value in values
    ]


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"

"""The WARC extension, built by Scrapy's own test helper with ARCHIVE_DIR in a temporary
directory and driven through the crawler's real `response_received` signal: each record is
labelled from request.meta, the pointer and date it leaves in request.meta match the record
read back, robots.txt is not archived."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse, Request, TextResponse
from scrapy.utils.test import get_crawler

from crawler import request_meta
from crawler.archive.warc import ArchivedPage, read_pages
from crawler.extensions.warc import WarcArchiveExtension
from crawler.paths import ArchivePaths
from crawler.sites.profile import SiteProfile
from crawler.spiders.news import NewsSpider

ARTICLE = "https://news.city.gov.cn/art/1.html"
# A spider whose profile names another site: the records must not take anything from it.
DECOY = SiteProfile(
    name="decoy", city="别市", start_urls=("https://decoy.example/",), article_url_pattern="/x/"
)


class Archiving:
    def __init__(self, tmp_path: Path, **settings: Any) -> None:
        self.warc_dir = ArchivePaths(tmp_path).warc_dir
        self.crawler: Crawler = get_crawler(
            NewsSpider,
            {"ARCHIVE_DIR": str(tmp_path), "ARCHIVE_WARC_ENABLED": True, **settings},
        )
        self.extension = WarcArchiveExtension.from_crawler(self.crawler)
        self.spider = NewsSpider.from_crawler(self.crawler, profile=DECOY)
        assert self.crawler.stats is not None
        self.stats = self.crawler.stats.get_stats()

    def receive(self, request: Request, response: TextResponse) -> None:
        self.crawler.signals.send_catch_log(
            signals.response_received, response=response, request=request, spider=self.spider
        )

    def close(self) -> None:
        self.extension.spider_closed(self.spider)

    def records(self) -> list[ArchivedPage]:
        self.close()
        files = sorted(self.warc_dir.glob("*.warc.gz"))
        return [page for path in files for page in read_pages(path, kind=None)]


def fetched(url: str, meta: dict[str, Any], callback: Any = None) -> tuple[Request, HtmlResponse]:
    request = Request(url, callback=callback, meta=meta)
    response = HtmlResponse(
        url,
        body="<html><title>标题</title></html>".encode(),
        headers={"Content-Type": "text/html; charset=utf-8", "ETag": '"v1"'},
        request=request,
    )
    return request, response


def test_an_article_is_archived_labelled_from_request_meta_with_its_pointer_and_date(
    tmp_path: Path,
) -> None:
    archiving = Archiving(tmp_path)
    # The callback is the list callback and the spider's profile is another site's: only the
    # meta says what this page is.
    request, response = fetched(
        ARTICLE,
        request_meta.page_meta(request_meta.ARTICLE, "city"),
        callback=archiving.spider.parse_list,
    )
    before = datetime.now(UTC).replace(microsecond=0)
    archiving.receive(request, response)
    pointer = request.meta[request_meta.ARCHIVE]
    fetched_at = request.meta[request_meta.FETCHED_AT]
    assert before <= datetime.fromisoformat(fetched_at) <= datetime.now(UTC)
    (record,) = archiving.records()
    assert (record.url, record.kind, record.site, record.status) == (
        ARTICLE,
        "article",
        "city",
        200,
    )
    assert record.body == response.body and record.headers["etag"] == '"v1"'
    assert record.date == fetched_at
    assert pointer == {
        "warc_file": record.warc_file,
        "warc_offset": str(record.offset),
        "warc_record_id": record.record_id,
    }
    assert record.redirected_from == ()
    assert archiving.stats["archive/records"] == 1
    assert archiving.stats["archive/bytes"] == len(response.body)


def test_a_redirected_page_records_where_it_was_redirected_from(tmp_path: Path) -> None:
    archiving = Archiving(tmp_path)
    chain = ["http://news.city.gov.cn/a/1", "https://news.city.gov.cn/a/1"]
    meta = {**request_meta.page_meta(request_meta.ARTICLE, "city"), "redirect_urls": chain}
    archiving.receive(*fetched(ARTICLE, meta))
    (record,) = archiving.records()
    assert record.redirected_from == tuple(chain)


def test_list_pages_and_undeclared_requests_are_archived_as_list_pages(tmp_path: Path) -> None:
    archiving = Archiving(tmp_path)
    archiving.receive(
        *fetched("https://news.city.gov.cn/list/", request_meta.page_meta("list", "city"))
    )
    archiving.receive(*fetched("https://news.city.gov.cn/other", {}))
    assert [(r.kind, r.site) for r in archiving.records()] == [("list", "city"), ("list", "")]
    assert archiving.stats["archive/records"] == 2


def test_robots_txt_is_not_archived(tmp_path: Path) -> None:
    archiving = Archiving(tmp_path)
    request = Request("https://news.city.gov.cn/robots.txt")
    response = TextResponse(request.url, body=b"User-agent: *\n", request=request)
    archiving.receive(request, response)
    assert archiving.records() == []
    assert request_meta.ARCHIVE not in request.meta
    assert "archive/records" not in archiving.stats


def test_spider_closed_closes_the_warc_file(tmp_path: Path) -> None:
    archiving = Archiving(tmp_path)
    archiving.receive(*fetched(ARTICLE, request_meta.page_meta("article", "city")))
    handle = archiving.extension.archive.handle
    assert handle is not None and not handle.closed
    archiving.close()
    assert handle.closed and archiving.extension.archive.handle is None


def test_archive_warc_enabled_off_means_not_configured(tmp_path: Path) -> None:
    with pytest.raises(NotConfigured):
        Archiving(tmp_path, ARCHIVE_WARC_ENABLED=False)

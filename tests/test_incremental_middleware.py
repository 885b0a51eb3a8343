"""The downloader middlewares, built by Scrapy's own test helper over a real SeenStore in a
temporary ARCHIVE_DIR and fed real requests and responses: known articles are skipped or asked
conditionally, list pages never are, what is recorded as seen and when; redirect loops."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, IgnoreRequest, NotConfigured
from scrapy.http import HtmlResponse, Request, Response
from scrapy.utils.test import get_crawler

from crawler import request_meta
from crawler.middlewares import IncrementalMiddleware, RedirectLoopMiddleware
from crawler.paths import ArchivePaths
from crawler.processing import Dropped
from crawler.signals import article_stored
from crawler.state import SeenStore
from pipelines.process import PageDropped

ARTICLE = "https://news.city.gov.cn/art/1.html"
LISTING = "https://news.city.gov.cn/list/index.html"
EARLIER = "2024-01-01T00:00:00+00:00"


class Incremental:
    """The middleware with its crawler (signals, stats) and spider."""

    def __init__(self, tmp_path: Path, **settings: Any) -> None:
        self.crawler: Crawler = get_crawler(
            Spider,
            {"ARCHIVE_DIR": str(tmp_path), "INCREMENTAL_ENABLED": True, **settings},
        )
        self.middleware = IncrementalMiddleware.from_crawler(self.crawler)
        self.store = self.middleware.store
        self.spider = Spider("news")
        assert self.crawler.stats is not None
        self.stats = self.crawler.stats.get_stats()

    def send(self, signal: object, **kwargs: Any) -> None:
        self.crawler.signals.send_catch_log(signal, spider=self.spider, **kwargs)


@pytest.fixture()
def incremental(tmp_path: Path) -> Iterator[Incremental]:
    built = Incremental(tmp_path)
    yield built
    built.middleware.spider_closed(built.spider)


def article(url: str = ARTICLE) -> Request:
    return Request(url, meta=request_meta.page_meta(request_meta.ARTICLE, "city"))


def answer(request: Request, status: int = 200, **headers: str) -> Response:
    return HtmlResponse(
        request.url, status=status, headers=headers, body=b"<html></html>", request=request
    )


def test_a_list_request_passes_untouched_even_when_its_url_was_seen(
    incremental: Incremental,
) -> None:
    incremental.store.record(LISTING, "", "", EARLIER)
    request = Request(LISTING, meta=request_meta.page_meta(request_meta.LIST, "city"))
    assert incremental.middleware.process_request(request) is None
    assert b"If-None-Match" not in request.headers
    response = answer(request, 304)
    assert incremental.middleware.process_response(request, response) is response
    seen = incremental.store.get(LISTING)
    assert seen is not None and seen.fetched_at == EARLIER  # a list page's 304 is not recorded
    assert incremental.stats == {}


def test_an_unseen_article_is_fetched_unconditionally(incremental: Incremental) -> None:
    request = article()
    assert incremental.middleware.process_request(request) is None
    assert b"If-None-Match" not in request.headers
    assert b"If-Modified-Since" not in request.headers


def test_a_known_article_without_validators_is_skipped_and_counted(
    incremental: Incremental,
) -> None:
    incremental.store.record(ARTICLE, "", "", EARLIER)
    with pytest.raises(IgnoreRequest, match="already archived on 2024-01-01"):
        # A tracking parameter does not make it a new article.
        incremental.middleware.process_request(article(ARTICLE + "?utm_source=feed"))
    assert incremental.stats["incremental/skipped_known"] == 1


def test_a_known_article_with_validators_is_asked_conditionally(
    incremental: Incremental,
) -> None:
    modified = "Mon, 01 Jan 2024 00:00:00 GMT"
    incremental.store.record(ARTICLE, '"v1"', modified, EARLIER)
    request = article()
    assert incremental.middleware.process_request(request) is None
    assert request.headers[b"If-None-Match"] == b'"v1"'
    assert request.headers[b"If-Modified-Since"] == modified.encode()
    assert request.meta["incremental_checked"] is True


def test_a_304_answer_is_ignored_and_recorded(incremental: Incremental) -> None:
    incremental.store.record(ARTICLE, '"v1"', "", EARLIER)
    request = article()
    incremental.middleware.process_request(request)
    with pytest.raises(IgnoreRequest, match="not modified"):
        incremental.middleware.process_response(request, answer(request, 304, ETag='"v1"'))
    seen = incremental.store.get(ARTICLE)
    assert seen is not None and seen.etag == '"v1"' and seen.fetched_at > EARLIER
    assert incremental.stats["incremental/unchanged"] == 1


def test_a_200_answer_is_recorded_with_its_validators_only_once_its_item_is_done(
    incremental: Incremental,
) -> None:
    incremental.store.record(ARTICLE, '"v1"', "", EARLIER)
    request = article()
    incremental.middleware.process_request(request)
    response = answer(request, 200, ETag='"v2"', **{"Last-Modified": "Tue, 02 Jan 2024"})
    assert incremental.middleware.process_response(request, response) is response
    assert incremental.stats["incremental/changed"] == 1
    before_item = incremental.store.get(ARTICLE)
    assert before_item is not None and before_item.etag == '"v1"'
    incremental.send(signals.item_scraped, item={}, response=response)
    seen = incremental.store.get(ARTICLE)
    assert seen is not None
    assert (seen.etag, seen.last_modified) == ('"v2"', "Tue, 02 Jan 2024")
    assert incremental.middleware.validators == {}


def test_a_page_dropped_as_bad_is_not_recorded_so_the_next_run_tries_it_again(
    incremental: Incremental,
) -> None:
    request = article()
    response = answer(request, 200, ETag='"v1"')
    incremental.middleware.process_response(request, response)
    bad = PageDropped(Dropped(ARTICLE, "no-title", "no title", bad_page=True))
    incremental.send(signals.item_dropped, item={}, response=response, exception=bad)
    assert incremental.store.get(ARTICLE) is None
    assert incremental.middleware.validators == {}


@pytest.mark.parametrize(
    "exception",
    [
        PageDropped(Dropped(ARTICLE, "same-content", "a copy", bad_page=False)),
        DropItem("dropped by some other pipeline"),
    ],
    ids=["article-decided-against", "other-drop"],
)
def test_an_article_dropped_for_another_reason_is_recorded_as_done(
    incremental: Incremental, exception: DropItem
) -> None:
    request = article()
    response = answer(request, 200, ETag='"v1"')
    incremental.middleware.process_response(request, response)
    incremental.send(signals.item_dropped, item={}, response=response, exception=exception)
    seen = incremental.store.get(ARTICLE)
    assert seen is not None and seen.etag == '"v1"'


def test_incremental_force_fetches_known_articles_unconditionally(tmp_path: Path) -> None:
    store = SeenStore(ArchivePaths(tmp_path).seen_store)  # what an earlier run left
    store.record(ARTICLE, "", "", EARLIER)
    store.close()
    forced = Incremental(tmp_path, INCREMENTAL_FORCE=True)
    request = article()
    assert forced.middleware.process_request(request) is None
    assert b"If-None-Match" not in request.headers
    assert forced.stats == {}
    forced.middleware.spider_closed(forced.spider)


def test_a_store_left_by_an_earlier_run_is_read(tmp_path: Path) -> None:
    store = SeenStore(ArchivePaths(tmp_path).seen_store)
    store.record(ARTICLE, "", "", EARLIER)
    store.close()
    later = Incremental(tmp_path)
    with pytest.raises(IgnoreRequest):
        later.middleware.process_request(article())
    later.middleware.spider_closed(later.spider)


def test_spider_closed_closes_the_store(tmp_path: Path) -> None:
    built = Incremental(tmp_path)
    built.middleware.spider_closed(built.spider)
    with pytest.raises(sqlite3.ProgrammingError, match="closed database"):
        built.store.get(ARTICLE)


def test_incremental_enabled_off_means_not_configured(tmp_path: Path) -> None:
    with pytest.raises(NotConfigured):
        Incremental(tmp_path, INCREMENTAL_ENABLED=False)
    assert not ArchivePaths(tmp_path).seen_store.exists()


# --- redirect loops -------------------------------------------------------------------------------
def redirect_loop_middleware() -> tuple[RedirectLoopMiddleware, dict[str, Any]]:
    crawler = get_crawler(Spider)
    assert crawler.stats is not None
    return RedirectLoopMiddleware.from_crawler(crawler), crawler.stats.get_stats()


def redirect(request: Request, location: str, status: int = 302) -> Response:
    return Response(request.url, status=status, headers={"Location": location}, request=request)


def test_a_redirect_back_to_a_url_in_the_chain_is_ignored_and_counted() -> None:
    middleware, stats = redirect_loop_middleware()
    # a -> b, and b answers: back to a (relative, a fragment, without the tracking parameter).
    first = ARTICLE + "?utm_source=feed"
    request = Request("https://news.city.gov.cn/b", meta={"redirect_urls": [first]})
    with pytest.raises(IgnoreRequest, match=re.escape(f"{first}: redirect loop")):
        middleware.process_response(request, redirect(request, "/art/1.html#top", 301))
    assert stats["news/redirect_loops"] == 1


def test_a_redirect_to_itself_is_a_loop() -> None:
    middleware, stats = redirect_loop_middleware()
    request = Request(ARTICLE)
    with pytest.raises(IgnoreRequest):
        middleware.process_response(request, redirect(request, ARTICLE, 307))
    assert stats["news/redirect_loops"] == 1


def test_a_redirect_to_a_new_url_and_other_answers_pass() -> None:
    middleware, stats = redirect_loop_middleware()
    request = Request("https://news.city.gov.cn/b", meta={"redirect_urls": [ARTICLE]})
    onward = redirect(request, "/c")
    assert middleware.process_response(request, onward) is onward
    ok = Response(request.url, status=200, headers={"Location": ARTICLE}, request=request)
    assert middleware.process_response(request, ok) is ok
    assert "news/redirect_loops" not in stats


def test_with_elasticsearch_a_page_is_done_only_once_its_article_is_stored(
    tmp_path: Path,
) -> None:
    """A kill -9 while articles wait in the bulk buffer must not leave them "known"."""
    built = Incremental(tmp_path, ES_ENABLED=True)
    request = article()
    response = answer(request, 200, ETag='"v1"')
    built.middleware.process_response(request, response)
    built.send(signals.item_scraped, item={}, response=response)
    assert built.store.get(ARTICLE) is None  # left the pipelines, but not yet durable
    built.crawler.signals.send_catch_log(article_stored, url=ARTICLE + "#top")
    seen = built.store.get(ARTICLE)
    assert seen is not None and seen.etag == '"v1"'
    built.middleware.spider_closed(built.spider)

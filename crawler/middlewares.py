"""Room: download-side concerns — incremental crawling, redirect loops.

Article requests for URLs an earlier run already archived are either skipped (the server gave no
validators) or sent as conditional requests (If-None-Match / If-Modified-Since); a 304 answer
ends there. List pages are always fetched. `-s INCREMENTAL_FORCE=true` fetches everything again.
An article is recorded as seen only once Elasticsearch has acknowledged it or it is in the
fsync'd spool (the `article_stored` signal), or once the chain dropped it for a reason that
fetching again would not change; so an interrupted or killed run resumes with what it had not
finished, and loses nothing.

With the seen-store in Redis, a Redis outage pauses the crawl (crawler/distributed/outage.py),
counted in `distributed/redis_waits`; past REDIS_OUTAGE_TIMEOUT the crawl closes with the reason
`redis_unavailable`, its unrecorded articles left for the next crawl of the site.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response
from scrapy.statscollectors import StatsCollector
from scrapy.utils.defer import deferred_from_coro

from crawler import request_meta
from crawler import stats_keys as keys
from crawler.distributed.outage import REDIS_UNAVAILABLE, RedisUnavailable
from crawler.paths import ArchivePaths
from crawler.signals import article_stored
from crawler.state import SeenRecords, SeenStore
from crawler.urls import canonical_url

logger = logging.getLogger(__name__)


def seen_store(settings: Any, stats: StatsCollector) -> SeenRecords:
    """What earlier runs fetched: shared in Redis when REDIS_URL is set (several workers),
    else the archive's own SQLite file."""
    if settings.get("REDIS_URL"):
        from crawler.distributed import redis_client
        from crawler.distributed.outage import redis_outage
        from crawler.distributed.seen import RedisSeenStore

        def count_wait(seconds: float) -> None:
            stats.inc_value(keys.REDIS_WAITS)
            stats.inc_value(keys.REDIS_WAIT_MS, round(seconds * 1000))

        ttl = int(float(settings.get("SEEN_TTL_DAYS", 90)) * 86400)
        prefix = settings.get("REDIS_PREFIX")
        outage = redis_outage(settings)
        return RedisSeenStore(redis_client(settings), prefix, ttl, outage, count_wait)
    return SeenStore(ArchivePaths.from_settings(settings).seen_store)


def is_article_request(request: Request) -> bool:
    """Only article pages are incremental; the spider says which requests are (request_meta)."""
    return request_meta.is_article(request.meta)


class IncrementalMiddleware:
    def __init__(
        self, store: SeenRecords, stats: StatsCollector, force: bool, crawler: Crawler
    ) -> None:
        self.store = store
        self.stats = stats
        self.force = force
        self.crawler = crawler
        self.validators: dict[str, tuple[str, str]] = {}  # only pages in flight: bounded

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalMiddleware:
        settings = crawler.settings
        if not settings.getbool("INCREMENTAL_ENABLED"):
            raise NotConfigured("INCREMENTAL_ENABLED is off")
        assert crawler.stats is not None
        store = seen_store(settings, crawler.stats)
        middleware = cls(store, crawler.stats, settings.getbool("INCREMENTAL_FORCE"), crawler)
        if settings.getbool("ES_ENABLED"):
            # Done once durable (indexed or spooled), not when it leaves the pipelines: a
            # kill -9 with articles in the bulk buffer must not make them "known".
            crawler.signals.connect(middleware.article_stored, signal=article_stored)
        else:
            crawler.signals.connect(middleware.item_done, signal=signals.item_scraped)
        crawler.signals.connect(middleware.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def process_request(self, request: Request) -> None:
        if self.force or not is_article_request(request) or request.meta.get("incremental_checked"):
            return
        try:
            seen = self.store.get(canonical_url(request.url))
        except RedisUnavailable as error:
            self._close_without_redis(error)
            raise IgnoreRequest(f"{request.url}: not asked, {error}") from error
        if seen is None:
            return
        if not (seen.etag or seen.last_modified):
            self.stats.inc_value(keys.SKIPPED_KNOWN)
            raise IgnoreRequest(f"{request.url}: already archived on {seen.fetched_at}")
        request.meta["incremental_checked"] = True
        if seen.etag:
            request.headers["If-None-Match"] = seen.etag
        if seen.last_modified:
            request.headers["If-Modified-Since"] = seen.last_modified

    def process_response(self, request: Request, response: Response) -> Response:
        if not is_article_request(request):
            return response
        if response.status == 304:
            self.stats.inc_value(keys.UNCHANGED)
            self._record(canonical_url(request.url), *self._headers(response))
            raise IgnoreRequest(f"{request.url}: not modified")
        if response.status == 200:
            if request.meta.get("incremental_checked"):
                self.stats.inc_value(keys.CHANGED)
            self.validators[canonical_url(response.url)] = self._headers(response)
        return response

    def item_done(self, item: Any, response: Response, spider: Spider, **kwargs: Any) -> None:
        self._record_done(response.url)

    def article_stored(self, url: str, **kwargs: Any) -> None:
        self._record_done(url)

    def _record_done(self, url: str) -> None:
        key = canonical_url(url)
        etag, last_modified = self.validators.pop(key, ("", ""))
        self._record(key, etag, last_modified)

    def _record(self, url: str, etag: str, last_modified: str) -> None:
        try:
            self.store.record(url, etag, last_modified, _now())
        except RedisUnavailable as error:
            # Not recorded, so fetched again by the next crawl of the site: nothing lost.
            self._close_without_redis(error)

    def _close_without_redis(self, error: RedisUnavailable) -> None:
        """Past REDIS_OUTAGE_TIMEOUT: end the crawl rather than guess what was seen."""
        logger.error("%s; closing the crawl", error)
        engine = self.crawler.engine
        if engine is not None and engine.spider is not None and engine.running:
            deferred_from_coro(engine.close_spider_async(reason=REDIS_UNAVAILABLE))

    def item_dropped(
        self, item: Any, response: Response, exception: BaseException, spider: Spider
    ) -> None:
        """A page that could not be used at all (empty, not HTML, no title…) is tried again next
        run, as such pages are often transient (an error page served under load); an article
        decided against (a duplicate, nothing left after cleaning) is done."""
        if getattr(exception, "bad_page", False):
            self.validators.pop(canonical_url(response.url), None)
            return
        self.item_done(item, response, spider)

    def spider_closed(self, spider: Spider) -> None:
        self.store.close()

    @staticmethod
    def _headers(response: Response) -> tuple[str, str]:
        etag = (response.headers.get(b"ETag") or b"").decode("latin-1")
        last_modified = (response.headers.get(b"Last-Modified") or b"").decode("latin-1")
        return etag, last_modified


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class RedirectLoopMiddleware:
    """Names a redirect loop (a -> b -> a) instead of letting the duplicate filter hide it.

    Sits just before Scrapy's RedirectMiddleware (which only counts hops), so the 3xx answer is
    seen while the chain of earlier URLs is still in `redirect_urls`.
    """

    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedirectLoopMiddleware:
        assert crawler.stats is not None
        return cls(crawler.stats)

    def process_response(self, request: Request, response: Response) -> Response:
        location = response.headers.get(b"Location")
        if response.status not in (301, 302, 303, 307, 308) or not location:
            return response
        target = canonical_url(response.urljoin(location.decode("latin-1")))
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target in {canonical_url(url) for url in chain}:
            self.stats.inc_value("news/redirect_loops")
            loop = " -> ".join([*chain, target])
            logger.warning("%s: redirect loop: %s", chain[0], loop)
            raise IgnoreRequest(f"{chain[0]}: redirect loop")
        return response

"""Room: spiders — the one generic, profile-driven news spider (navigation only).

List pages → article URLs, pagination, scope. Extraction is delegated to crawler.extract, which
knows nothing about Scrapy; this module only turns responses into its inputs and its failures
into log lines and stats.

    scrapy crawl news -a site=shanghai-gov
    scrapy crawl news -a start_url=https://example.gov.cn/news/ -a article_pattern='/art/\\d+'
    scrapy crawl news -a profile_file=path/to/site.json
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.extract import ExtractionError, extract_article
from crawler.items import Article
from crawler.processing import attach_provenance
from crawler.sites import adhoc_profile, get_profile, load_profile_file
from crawler.sites.check import profile_problems
from crawler.sites.profile import SiteProfile
from crawler.urls import canonical_url, out_of_scope_reason, url_matches

HTML_TYPES = (b"text/html", b"application/xhtml+xml")


def profile_from_args(
    site: str = "", profile_file: str = "", start_url: str = "", article_pattern: str = ""
) -> SiteProfile:
    if profile_file:
        return load_profile_file(profile_file)
    if site:
        return get_profile(site)
    if start_url and article_pattern:
        return adhoc_profile(start_url, article_pattern)
    raise ValueError(
        "say which site to crawl: -a site=NAME, -a profile_file=FILE, "
        "or -a start_url=URL -a article_pattern=REGEX"
    )


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(
        self,
        site: str = "",
        profile_file: str = "",
        start_url: str = "",
        article_pattern: str = "",
        profile: SiteProfile | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.profile = profile or profile_from_args(site, profile_file, start_url, article_pattern)
        # The offsite middleware reads allowed_domains; scope is checked again per link below.
        self.allowed_domains = list(self.profile.allowed_domains)
        self.list_pages_seen: set[str] = set()
        # Links differing only in tracking parameters or fragments are one article.
        self.article_urls_seen: set[str] = set()

    async def start(self) -> AsyncIterator[scrapy.Request]:
        problems = profile_problems(self.profile)
        for problem in problems:
            self.logger.error("site %s: profile error: %s", self.profile.name, problem)
            self._stat("news/profile_errors")
        if problems:
            return
        for url in self.profile.start_urls:
            self.list_pages_seen.add(canonical_url(url))
            yield scrapy.Request(
                url, callback=self.parse_list, errback=self.download_failed, dont_filter=True
            )

    # --- navigation ------------------------------------------------------------------------------
    def parse_list(self, response: Response) -> Iterator[scrapy.Request]:
        self._stat("news/list_pages")
        if not isinstance(response, TextResponse):
            self._bad_page(response, "list page is not text", "not-html")
            return
        hrefs = response.css("a::attr(href)").getall()
        if self.profile.next_page_selector:
            hrefs += response.css(self.profile.next_page_selector).getall()
        for href in hrefs:
            request = self._follow(response, href)
            if request is not None:
                yield request

    def _follow(self, response: TextResponse, href: str) -> scrapy.Request | None:
        url = response.urljoin(href.strip())
        reason = out_of_scope_reason(
            url, self.profile.allowed_domains, self.profile.allow_private_hosts
        )
        if reason is not None:
            self._stat(f"news/links_skipped/{reason}")
            return None
        if url_matches(self.profile.article_url_pattern, url):
            key = canonical_url(url, self.profile.drop_query_params)
            if key in self.article_urls_seen:
                return None
            self.article_urls_seen.add(key)
            self._stat("news/article_links")
            return scrapy.Request(url, callback=self.parse_article, errback=self.download_failed)
        if url_matches(self.profile.list_url_pattern, url):
            key = canonical_url(url, self.profile.drop_query_params)
            if key in self.list_pages_seen:
                return None
            if len(self.list_pages_seen) >= self.profile.max_list_pages:
                self._stat("news/list_pages_over_limit")
                return None
            self.list_pages_seen.add(key)
            return scrapy.Request(url, callback=self.parse_list, errback=self.download_failed)
        return None

    # --- articles --------------------------------------------------------------------------------
    def parse_article(self, response: Response) -> Iterator[Article]:
        self._stat("news/article_pages")
        content_type = response.headers.get(b"Content-Type", b"") or b""
        if content_type and not content_type.lower().startswith(HTML_TYPES):
            self._bad_page(response, f"not HTML ({content_type.decode('latin-1')})", "not-html")
            return
        try:
            article = extract_article(
                response.body,
                response.url,
                http_charset=header_charset(content_type),
                profile=self.profile,
            )
        except ExtractionError as error:
            self._bad_page(response, str(error), error.kind)
            return
        self._stat("news/articles_extracted")
        yield self._complete(article, response)

    def _complete(self, article: Article, response: Response) -> Article:
        redirects = response.request.meta.get("redirect_urls", []) if response.request else []
        return attach_provenance(
            article,
            profile=self.profile,
            url=response.url,
            fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
            archive=response.meta.get("archive", {}),
            other_urls=redirects,
        )

    def download_failed(self, failure: Failure) -> None:
        """One line per failed download (unreachable, too big, refused…), and a stat."""
        request = getattr(failure, "request", None)
        url = request.url if request is not None else "?"
        error = failure.value
        kind = type(error).__name__
        if isinstance(error, HttpError):
            reason = f"HTTP {error.response.status}"
            kind = f"http_{error.response.status}"
        elif isinstance(error, IgnoreRequest):
            self.logger.debug("%s: not fetched: %s", url, error)
            return
        else:
            reason = f"{kind}: {error}".strip()
        self.logger.warning("%s: download failed: %s", url, reason)
        self._stat("news/download_errors")
        self._stat(f"news/download_errors/{kind}")

    def _bad_page(self, response: Response, reason: str, kind: str) -> None:
        self.logger.warning("%s: skipped: %s", response.url, reason)
        self._stat("news/bad_pages")
        self._stat(f"news/bad_pages/{kind}")

    def _stat(self, key: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)

    def closed(self, reason: str) -> None:
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        if not stats.get("news/article_links"):
            self.logger.error(
                "site %s yielded nothing: no article links matched %r on its list pages (%s)",
                self.profile.name,
                self.profile.article_url_pattern,
                reason,
            )


def header_charset(content_type: bytes) -> str | None:
    for part in content_type.decode("latin-1").split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None

"""Room: spiders — the one generic, profile-driven news spider (navigation only).

List pages → article URLs, pagination, scope. Which links are articles and which lead to the
next page is found by the link classifier (crawler/links); a profile's article and list patterns,
when given, refine it. Every request says in `request.meta` which kind
of page it asks for and for which site (crawler/request_meta.py), so no other component needs
this spider's method names. An article response becomes a `FetchedPage`; the processing chain
(pipelines/process.py → crawler/processing) makes the article of it.

    scrapy crawl news -a site=shanghai-gov
    scrapy crawl news -a start_url=https://example.gov.cn/news/ -a article_pattern='/art/\\d+'
    scrapy crawl news -a profile_file=path/to/site.json
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urldefrag

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler import request_meta
from crawler import stats_keys as keys
from crawler.items import FetchedPage
from crawler.links import LinkReport, classify_page, suggested_pattern
from crawler.sites.arguments import NEWS_SPIDER, profile_from_args
from crawler.sites.check import profile_problems
from crawler.sites.profile import SiteProfile
from crawler.urls import canonical_url, out_of_scope_reason, url_matches


class NewsSpider(scrapy.Spider):
    name = NEWS_SPIDER

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
            self._stat(keys.PROFILE_ERRORS)
        if problems:
            return
        for url in self.profile.start_urls:
            self.list_pages_seen.add(canonical_url(url))
            yield scrapy.Request(
                url,
                callback=self.parse_list,
                errback=self.download_failed,
                dont_filter=True,
                meta=self._meta(request_meta.LIST),
            )

    # --- navigation ------------------------------------------------------------------------------
    def parse_list(self, response: Response) -> Iterator[scrapy.Request]:
        self._stat(keys.LIST_PAGES)
        if not isinstance(response, TextResponse):
            self.logger.warning("%s: skipped: list page is not text", response.url)
            self._stat(keys.BAD_LIST_PAGES)
            return
        links = self._classify(response)
        hrefs = response.css("a::attr(href)").getall()
        if self.profile.next_page_selector:
            hrefs += response.css(self.profile.next_page_selector).getall()
        # Next pages no <a> holds (a pager written by script) come last.
        hrefs += [url for url in links.next_pages if url not in hrefs]
        in_scope = [
            url for url in (response.urljoin(h.strip()) for h in hrefs) if self._in_scope(url)
        ]
        # Articles as the classifier gives them (absolute, page order), not by matching hrefs
        # again: its decoding of the page may differ from Scrapy's on mislabelled charsets.
        for url in links.article_links:
            request = self._article_request(url)
            if request is not None:
                yield request
        for url in in_scope:
            request = self._list_request(url, links)
            if request is not None:
                yield request

    def _classify(self, response: TextResponse) -> LinkReport:
        """The page's article and next-page links (crawler/links), refined by the profile's
        article pattern when it has one; a pattern that misses the page's main list is logged."""
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        links = classify_page(
            response.body, response.url, self.profile.article_url_pattern, content_type
        )
        if self.profile.article_url_pattern and not links.article_links and links.classifier_links:
            self._stat(keys.PATTERN_MATCHED_NOTHING)
            self.logger.warning(
                "%s: the article pattern %r matched no link, while the link classifier found"
                " %d article links; a pattern that fits them: %s",
                response.url,
                self.profile.article_url_pattern,
                len(links.classifier_links),
                suggested_pattern(links.classifier_links),
            )
        if links.pattern_outside_list:
            self._stat(keys.PATTERN_OUTSIDE_LIST)
            self.logger.info(
                "%s: the article pattern matches no link of the main list; following its"
                " matches elsewhere on the page",
                response.url,
            )
        return links

    def _in_scope(self, url: str) -> bool:
        reason = out_of_scope_reason(
            url, self.profile.allowed_domains, self.profile.allow_private_hosts
        )
        if reason is not None:
            self._stat(f"news/links_skipped/{reason}")
        return reason is None

    def _article_request(self, url: str) -> scrapy.Request | None:
        # Out-of-scope links were counted with the page's other links.
        if out_of_scope_reason(url, self.profile.allowed_domains, self.profile.allow_private_hosts):
            return None
        key = canonical_url(url, self.profile.drop_query_params)
        if key in self.article_urls_seen:
            return None
        self.article_urls_seen.add(key)
        self._stat(keys.ARTICLE_LINKS)
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.download_failed,
            meta=self._meta(request_meta.ARTICLE),
        )

    def _list_request(self, url: str, links: LinkReport) -> scrapy.Request | None:
        link = urldefrag(url)[0]
        if link in links.article_links or not self._is_list_page(link, links):
            return None
        key = canonical_url(url, self.profile.drop_query_params)
        if key in self.list_pages_seen:
            return None
        if len(self.list_pages_seen) >= self.profile.max_list_pages:
            self._stat("news/list_pages_over_limit")
            return None
        self.list_pages_seen.add(key)
        return scrapy.Request(
            url,
            callback=self.parse_list,
            errback=self.download_failed,
            meta=self._meta(request_meta.LIST),
        )

    def _is_list_page(self, url: str, links: LinkReport) -> bool:
        """A further list page: the profile's list pattern says so when it has one (the site's
        own description of its pagination); else the classifier's next page."""
        if self.profile.list_url_pattern:
            return url_matches(self.profile.list_url_pattern, url)
        return url in links.next_pages

    def _meta(self, kind: str) -> dict[str, str]:
        return request_meta.page_meta(kind, self.profile.name)

    # --- articles --------------------------------------------------------------------------------
    def parse_article(self, response: Response) -> Iterator[FetchedPage]:
        """The page as fetched, and where from; the processing chain makes the article."""
        self._stat("news/article_pages")
        redirects = response.request.meta.get("redirect_urls", []) if response.request else []
        yield FetchedPage(
            url=response.url,
            body=response.body,
            content_type=(response.headers.get(b"Content-Type") or b"").decode("latin-1"),
            site=self.profile.name,
            profile=self.profile,
            fetched_at=str(
                response.meta.get(request_meta.FETCHED_AT)
                or datetime.now(UTC).isoformat(timespec="seconds")
            ),
            archive=dict(response.meta.get(request_meta.ARCHIVE, {})),
            other_urls=tuple(redirects),
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
        self._stat(keys.DOWNLOAD_ERRORS)
        self._stat(f"{keys.DOWNLOAD_ERRORS}/{kind}")

    def _stat(self, key: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)

    def closed(self, reason: str) -> None:
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        if not stats.get(keys.ARTICLE_LINKS):
            found_by = (
                f"no article links matched {self.profile.article_url_pattern!r}"
                if self.profile.article_url_pattern
                else "the link classifier found no list of articles"
            )
            self.logger.error(
                "site %s yielded nothing: %s on its list pages (%s)",
                self.profile.name,
                found_by,
                reason,
            )

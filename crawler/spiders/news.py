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

from collections.abc import AsyncIterator, Iterator, Mapping
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
from crawler.extract.block_page import SMALL_PAGE_CHARS, block_reason
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
        self._set_stat(keys.START_PAGES, len(self.profile.start_urls))
        if self.profile.list_url_pattern or self.profile.next_page_selector:
            self._set_stat(keys.PAGINATION_EXPECTED, int(self.profile.max_list_pages > 1))
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
        start_page = self._is_start_page(response)
        if start_page and not self._start_page_stayed_on_site(response):
            return
        links = self._classify(response)
        hrefs = response.css("a::attr(href)").getall()
        link_count = len(hrefs)
        if self.profile.next_page_selector:
            hrefs += response.css(self.profile.next_page_selector).getall()
        # Next pages no <a> holds (a pager written by script) come last.
        hrefs += [url for url in links.next_pages if url not in hrefs]
        in_scope = [
            url for url in (response.urljoin(h.strip()) for h in hrefs) if self._in_scope(url)
        ]
        # Articles as the classifier gives them (absolute, page order), not by matching hrefs
        # again: its decoding of the page may differ from Scrapy's on mislabelled charsets.
        requests = [
            request for url in links.article_links if (request := self._article_request(url))
        ]
        requests += [request for url in in_scope if (request := self._list_request(url, links))]
        # Only a page that leads nowhere is judged: a list that links on is never a block page.
        if not requests and self._blocked(response, link_count, start_page=start_page):
            return
        yield from requests

    def _classify(self, response: TextResponse) -> LinkReport:
        """The page's article and next-page links (crawler/links), refined by the profile's
        article pattern when it has one; a pattern that misses the page's main list is logged."""
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        links = classify_page(
            response.body, response.url, self.profile.article_url_pattern, content_type
        )
        if self.profile.article_url_pattern and not links.article_links and links.classifier_links:
            self._stat(keys.PATTERN_MATCHED_NOTHING)
            drift = (
                f"{response.url}: the article pattern {self.profile.article_url_pattern!r}"
                f" matched no link, while the link classifier found"
                f" {len(links.classifier_links)} article links; a pattern that fits them:"
                f" {suggested_pattern(links.classifier_links)}"
            )
            self.logger.warning("%s", drift)
            # The first example, for the run summary to name the cause in words.
            if self.crawler.stats is not None and not self.crawler.stats.get_value(
                keys.PATTERN_DRIFT_EXAMPLE
            ):
                self._set_stat(keys.PATTERN_DRIFT_EXAMPLE, drift)
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

    def _is_start_page(self, response: Response) -> bool:
        return _first_url(response.meta, response.url) in self.profile.start_urls

    def _start_page_stayed_on_site(self, response: Response) -> bool:
        """A start page redirected to another site (a portal that moved, a login or block
        gateway) is reported, not crawled: its links are not this site's news."""
        reason = out_of_scope_reason(
            response.url, self.profile.allowed_domains, self.profile.allow_private_hosts
        )
        if reason is None:
            return True
        first_url = _first_url(response.meta, response.url)
        problem = f"start page {first_url} was redirected off-site to {response.url}"
        self.logger.error("site %s: %s", self.profile.name, problem)
        self._set_stat(keys.START_PAGE_PROBLEM, problem)
        return False

    def _blocked(self, response: TextResponse, link_count: int, *, start_page: bool) -> bool:
        """True (logged and counted) when the site answered with a block or error page."""
        if len(response.body) > SMALL_PAGE_CHARS * 12:  # a page this big is never one
            return False
        visible = " ".join(response.xpath("//title//text() | //body//text()").getall())
        reason = block_reason(visible, link_count, start_page=start_page)
        if reason is None:
            return False
        self.logger.warning("%s: blocked: the site answered with %s", response.url, reason)
        self._stat(keys.BLOCKED_PAGES)
        if self.crawler.stats is not None and not self.crawler.stats.get_value(
            keys.BLOCKED_EXAMPLE
        ):
            self._set_stat(keys.BLOCKED_EXAMPLE, f"{response.url}: {reason}")
        return True

    def _meta(self, kind: str) -> dict[str, str]:
        return request_meta.page_meta(kind, self.profile.name)

    # --- articles --------------------------------------------------------------------------------
    def parse_article(self, response: Response) -> Iterator[FetchedPage]:
        """The page as fetched, and where from; the processing chain makes the article."""
        self._stat("news/article_pages")
        if isinstance(response, TextResponse) and self._blocked(response, 0, start_page=False):
            return  # not an article: not marked seen, so the next run fetches it again
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
            first_url = _first_url(request.meta, url) if request is not None else url
            if first_url in self.profile.start_urls:
                problem = f"start page {first_url} answered {reason}"
                self._set_stat(keys.START_PAGE_PROBLEM, problem)
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

    def _set_stat(self, key: str, value: object) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.set_value(key, value)

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


def _first_url(meta: Mapping[str, Any], url: str) -> str:
    """The URL first asked for, before any redirect."""
    redirects = meta.get("redirect_urls") or [url]
    return str(redirects[0])

"""NewsSpider, built by Scrapy's own test helper and fed real responses: which links become
which requests (kind, site and callback in request.meta), scope, dedup, the list-page bound,
start(), and the FetchedPage an article response becomes. No network."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import scrapy
from scrapy.http import HtmlResponse, Request, Response
from scrapy.utils.test import get_crawler

from crawler import request_meta
from crawler.items import FetchedPage
from crawler.sites.profile import SiteProfile
from crawler.spiders.news import NewsSpider

START = "https://news.city.gov.cn/list/index.html"
PROFILE = SiteProfile(
    name="city",
    city="某市",
    start_urls=(START,),
    article_url_pattern=r"/art/\d+\.html",
    allowed_domains=("city.gov.cn",),
    list_url_pattern=r"/list/index_\d+\.html",
    max_list_pages=5,
)


def build(profile: SiteProfile = PROFILE) -> tuple[NewsSpider, dict[str, Any]]:
    crawler = get_crawler(NewsSpider)
    spider = NewsSpider.from_crawler(crawler, profile=profile)
    assert crawler.stats is not None
    return spider, crawler.stats.get_stats()


def list_page(spider: NewsSpider, hrefs: list[str], url: str = START, extra: str = "") -> Response:
    links = "".join(f'<a href="{href}">x</a>' for href in hrefs)
    request = Request(url, callback=spider.parse_list, meta=spider._meta(request_meta.LIST))
    body = f"<html><head>{extra}</head><body>{links}</body></html>"
    return HtmlResponse(url, body=body.encode(), encoding="utf-8", request=request)


def follow(spider: NewsSpider, response: Response) -> list[scrapy.Request]:
    return list(spider.parse_list(response))


def start_requests(spider: NewsSpider) -> list[scrapy.Request]:
    async def collect() -> list[scrapy.Request]:
        return [request async for request in spider.start()]

    return asyncio.run(collect())


def test_article_and_list_links_become_requests_with_their_kind_site_and_callback() -> None:
    spider, stats = build()
    requests = follow(
        spider, list_page(spider, ["/art/1.html", "index_2.html", "/about/contact.html"])
    )
    assert [r.url for r in requests] == [
        "https://news.city.gov.cn/art/1.html",
        "https://news.city.gov.cn/list/index_2.html",
    ]
    article, listing = requests
    assert article.meta == {request_meta.PAGE_KIND: "article", request_meta.SITE: "city"}
    assert article.callback == spider.parse_article
    assert listing.meta == {request_meta.PAGE_KIND: "list", request_meta.SITE: "city"}
    assert listing.callback == spider.parse_list
    assert article.errback == listing.errback == spider.download_failed
    assert stats["news/list_pages"] == 1 and stats["news/article_links"] == 1


def test_an_article_linked_with_tracking_params_or_a_fragment_is_followed_once() -> None:
    spider, stats = build(replace(PROFILE, drop_query_params=("channel",)))
    hrefs = [
        "/art/7.html",
        "/art/7.html#comments",
        "/art/7.html?utm_source=wechat&spm=a1",
        "https://NEWS.city.gov.cn:443/art/7.html?channel=home",
        "/art/8.html",
    ]
    requests = follow(spider, list_page(spider, hrefs))
    assert [r.url for r in requests] == [
        "https://news.city.gov.cn/art/7.html",
        "https://news.city.gov.cn/art/8.html",
    ]
    # A second list page linking the same article does not fetch it again.
    again = list_page(spider, ["/art/7.html?from=timeline"], url=START.replace("index", "index_2"))
    assert follow(spider, again) == []
    assert stats["news/article_links"] == 2


def test_off_site_private_and_non_http_links_are_skipped_and_counted() -> None:
    spider, stats = build()
    hrefs = [
        "https://www.elsewhere.com/art/1.html",
        "http://127.0.0.1/art/2.html",
        "http://localhost/art/3.html",
        "mailto:office@city.gov.cn",
        "javascript:void(0)",
        "ftp://news.city.gov.cn/art/4.html",
        "https://sub.city.gov.cn/art/5.html",  # a subdomain of an allowed domain is in scope
    ]
    requests = follow(spider, list_page(spider, hrefs))
    assert [r.url for r in requests] == ["https://sub.city.gov.cn/art/5.html"]
    assert stats["news/links_skipped/off-site"] == 1
    assert stats["news/links_skipped/private-host"] == 2
    assert stats["news/links_skipped/scheme"] == 3
    assert stats["news/article_links"] == 1


def test_private_hosts_are_followed_only_when_the_profile_allows_them() -> None:
    fixture = replace(
        PROFILE,
        start_urls=("http://127.0.0.1:8000/list/index.html",),
        allowed_domains=(),
        allow_private_hosts=True,
    )
    spider, stats = build(fixture)
    hrefs = ["/art/1.html", "/art/2.html", "/art/3.html"]
    response = list_page(spider, hrefs, url="http://127.0.0.1:8000/list/index.html")
    assert [r.url for r in follow(spider, response)] == [f"http://127.0.0.1:8000{h}" for h in hrefs]
    assert not any(key.startswith("news/links_skipped") for key in stats)


def test_pagination_stops_at_max_list_pages_counting_the_start_page() -> None:
    spider, stats = build(replace(PROFILE, max_list_pages=3))
    start_requests(spider)  # the start page is the first of the three
    hrefs = [f"index_{n}.html" for n in range(2, 7)] + ["/art/1.html"]
    requests = follow(spider, list_page(spider, hrefs))
    lists = [r.url for r in requests if request_meta.page_kind(r.meta) == "list"]
    assert lists == [
        "https://news.city.gov.cn/list/index_2.html",
        "https://news.city.gov.cn/list/index_3.html",
    ]
    assert stats["news/list_pages_over_limit"] == 3
    # Articles are not bounded by the list-page limit.
    assert [r.url for r in requests if request_meta.is_article(r.meta)] == [
        "https://news.city.gov.cn/art/1.html"
    ]


def test_the_start_page_linked_again_is_not_fetched_twice() -> None:
    spider, _ = build(replace(PROFILE, list_url_pattern=r"/list/index(_\d+)?\.html"))
    start_requests(spider)
    assert follow(spider, list_page(spider, ["index.html", "index.html#top"])) == []


def test_the_next_page_selector_adds_pagination_links_that_are_not_anchors() -> None:
    spider, _ = build(replace(PROFILE, next_page_selector="link[rel=next]::attr(href)"))
    response = list_page(spider, [], extra='<link rel="next" href="index_2.html">')
    assert [r.url for r in follow(spider, response)] == [
        "https://news.city.gov.cn/list/index_2.html"
    ]


def test_a_list_page_that_is_not_text_yields_nothing_and_is_counted() -> None:
    spider, stats = build()
    request = Request(START, meta=spider._meta(request_meta.LIST))
    response = Response(START, body=b"%PDF-1.4 /art/1.html", request=request)
    assert follow(spider, response) == []
    assert stats["news/bad_list_pages"] == 1


def test_start_yields_every_start_url_as_a_list_request() -> None:
    second = "https://news.city.gov.cn/list/notices.html"
    spider, stats = build(replace(PROFILE, start_urls=(START, second)))
    requests = start_requests(spider)
    assert [r.url for r in requests] == [START, second]
    for request in requests:
        assert request.meta == {request_meta.PAGE_KIND: "list", request_meta.SITE: "city"}
        assert request.callback == spider.parse_list and request.dont_filter
    assert "news/profile_errors" not in stats


def test_start_with_a_bad_regex_yields_nothing_and_counts_the_profile_error() -> None:
    spider, stats = build(replace(PROFILE, article_url_pattern=r"/art/(\d+.html"))
    assert start_requests(spider) == []
    assert stats["news/profile_errors"] == 1


def test_parse_article_makes_a_fetched_page_from_the_response_and_its_meta() -> None:
    spider, stats = build()
    url = "https://news.city.gov.cn/art/7.html"
    pointer = {"warc_file": "pages-1.warc.gz", "warc_offset": "123", "warc_record_id": "<urn:x>"}
    meta = {
        **spider._meta(request_meta.ARTICLE),
        request_meta.FETCHED_AT: "2024-05-06T07:08:09+00:00",
        request_meta.ARCHIVE: pointer,
        "redirect_urls": ["https://news.city.gov.cn/a/7", "http://news.city.gov.cn/art/7.html"],
    }
    request = Request(url, callback=spider.parse_article, meta=meta)
    body = "<html><title>标题</title></html>".encode("gb18030")
    response = HtmlResponse(
        url, body=body, headers={"Content-Type": "text/html; charset=GBK"}, request=request
    )
    (page,) = list(spider.parse_article(response))
    assert page == FetchedPage(
        url=url,
        body=body,
        content_type="text/html; charset=GBK",
        site="city",
        profile=PROFILE,
        fetched_at="2024-05-06T07:08:09+00:00",
        archive=pointer,
        other_urls=("https://news.city.gov.cn/a/7", "http://news.city.gov.cn/art/7.html"),
    )
    assert page.archive is not pointer  # a copy: the page does not share the request's meta
    assert stats["news/article_pages"] == 1


def test_parse_article_without_a_fetch_time_in_meta_stamps_the_current_utc_time() -> None:
    spider, _ = build()
    url = "https://news.city.gov.cn/art/8.html"
    request = Request(url, meta=spider._meta(request_meta.ARTICLE))
    response = HtmlResponse(url, body=b"<html></html>", request=request)
    before = datetime.now(UTC).replace(microsecond=0)
    (page,) = list(spider.parse_article(response))
    fetched_at = datetime.fromisoformat(page.fetched_at)
    assert fetched_at.utcoffset() == timedelta(0)
    assert before <= fetched_at <= datetime.now(UTC)
    assert page.content_type == "" and page.archive == {} and page.other_urls == ()


def real_list_page(spider: NewsSpider, url: str, items: str, extra: str = "") -> Response:
    """A list page as portals write it: a menu, the list, a sidebar, a pager and a footer."""
    body = (
        '<html><head><meta charset="utf-8"></head><body>'
        '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/list/index.html">要闻</a></li>'
        '<li><a href="/zwgk/">政务公开</a></li></ul>'
        f'<div class="main"><ul class="list">{items}</ul>'
        '<div class="page"><a href="index_2.html">下一页</a><a href="index_9.html">尾页</a></div>'
        f"</div>{extra}"
        '<div class="footer"><a href="/wzdt/">网站地图</a> <a href="/lxwm/">联系我们</a></div>'
        "</body></html>"
    )
    request = Request(url, callback=spider.parse_list, meta=spider._meta(request_meta.LIST))
    return HtmlResponse(url, body=body.encode(), encoding="utf-8", request=request)


def items(hrefs: list[str]) -> str:
    title = "市政府召开常务会议研究部署近期重点工作"
    return "".join(
        f'<li><a href="{href}">{title}{n}</a><span>2023-01-05</span></li>'
        for n, href in enumerate(hrefs)
    )


def test_a_site_without_patterns_is_navigated_by_the_link_classifier() -> None:
    profile = replace(PROFILE, article_url_pattern="", list_url_pattern="")
    spider, stats = build(profile)
    hrefs = [f"/art/2023/1/5/art_1229_{500 + n}.html" for n in range(4)]
    sidebar = f'<div class="side-hot"><ul>{items(["/art/2022/9/9/art_1229_1.html"] * 3)}</ul></div>'
    requests = follow(spider, real_list_page(spider, START, items(hrefs), sidebar))
    assert [r.url for r in requests] == [
        *(f"https://news.city.gov.cn/art/2023/1/5/art_1229_{500 + n}.html" for n in range(4)),
        "https://news.city.gov.cn/list/index_2.html",  # 下一页, not 尾页
    ]
    assert request_meta.page_kind(requests[-1].meta) == "list"
    assert stats["news/article_links"] == 4


def test_a_profile_pattern_refines_what_the_classifier_finds() -> None:
    spider, stats = build(replace(PROFILE, article_url_pattern=r"/art/2023/"))
    hrefs = [f"/art/2023/1/5/art_1229_{500 + n}.html" for n in range(3)] + [
        "/art/2022/12/1/art_1229_400.html"
    ]
    sidebar = f'<div class="side"><ul>{items(["/art/2023/9/9/art_1229_1.html"])}</ul></div>'
    requests = follow(spider, real_list_page(spider, START, items(hrefs), sidebar))
    articles = [r.url for r in requests if request_meta.is_article(r.meta)]
    # Only the main list's links, and of those only the ones the pattern accepts.
    assert articles == [
        f"https://news.city.gov.cn/art/2023/1/5/art_1229_{500 + n}.html" for n in range(3)
    ]
    assert "news/pattern_outside_list" not in stats


def test_taipei_links_with_parameters_reordered_or_missing_and_its_paged_list() -> None:
    from crawler.sites import get_profile

    taipei = get_profile("taipei-gov")
    spider, _ = build(taipei)
    start = taipei.start_urls[0]
    hrefs = [
        "News_Content.aspx?n=F0DDAF49B89E9413&sms=72544237BBE4C5F6&s=A96715627B83D676",
        "News_Content.aspx?n=F0DDAF49B89E9413&s=B2E084BECAEA6988&sms=72544237BBE4C5F6",
        "News_Content.aspx?s=3FDA1935C4C07DB3&n=F0DDAF49B89E9413",
        # the first article again without sms: one document, fetched once
        "News_Content.aspx?n=F0DDAF49B89E9413&s=A96715627B83D676",
    ]
    pager = (
        '<div class="page"><span class="active">1</span>'
        '<a href="News.aspx?n=F0DDAF49B89E9413&amp;sms=72544237BBE4C5F6&amp;page=2&amp;PageSize=20">2</a>'
        "</div>"
    )
    response = real_list_page(spider, start, items(hrefs), pager)
    requests = follow(spider, response)
    articles = [r.url for r in requests if request_meta.is_article(r.meta)]
    lists = [r.url for r in requests if request_meta.page_kind(r.meta) == "list"]
    assert [parse_qs(urlsplit(url).query)["s"][0] for url in articles] == [
        "A96715627B83D676",
        "B2E084BECAEA6988",
        "3FDA1935C4C07DB3",
    ]
    assert lists == [
        "https://www.gov.taipei/News.aspx?n=F0DDAF49B89E9413&sms=72544237BBE4C5F6&page=2&PageSize=20"
    ]


def test_a_pattern_that_matches_nothing_the_classifier_found_is_reported_with_a_suggestion(
    caplog: pytest.LogCaptureFixture,
) -> None:
    spider, stats = build(replace(PROFILE, article_url_pattern=r"/art/\d+\.html$"))
    hrefs = [f"/news/202301/t2023010{n}_{700 + n}.html" for n in range(1, 5)]
    requests = follow(spider, real_list_page(spider, START, items(hrefs)))
    assert [r for r in requests if request_meta.is_article(r.meta)] == []
    assert stats["news/pattern_matched_nothing"] == 1
    assert "found 4 article links" in caplog.text
    assert stats["news/pattern_drift_example"].startswith(f"{START}: the article pattern")
    assert r"^https?://news\.city\.gov\.cn/news/\d+/t\d+_\d+\.html$" in caplog.text


def test_articles_come_from_the_classifier_even_when_scrapy_decodes_the_page_otherwise() -> None:
    # UTF-8 bytes declared gb2312 (common on these sites): Scrapy reads the hrefs as mojibake,
    # the classifier's decoder (crawler/extract/encoding.py) reads them right.
    profile = replace(PROFILE, article_url_pattern="", list_url_pattern="")
    spider, _ = build(profile)
    title = "市政府召开常务会议研究部署近期重点工作"
    rows = "".join(
        f'<li><a href="/要闻/2023/0105/第{n}号.html">{title}{n}</a></li>' for n in range(3)
    )
    body = f'<html><head><meta charset="gb2312"></head><body><ul>{rows}</ul></body></html>'
    request = Request(START, callback=spider.parse_list, meta=spider._meta(request_meta.LIST))
    response = HtmlResponse(START, body=body.encode("utf-8"), request=request)
    urls = [r.url for r in follow(spider, response)]
    assert urls == [
        "https://news.city.gov.cn/%E8%A6%81%E9%97%BB/2023/0105/%E7%AC%AC" + f"{n}%E5%8F%B7.html"
        for n in range(3)
    ]


def test_a_block_page_is_counted_and_followed_no_further() -> None:
    spider, stats = build()
    block = "<title>訪問被拒絕</title>您的訪問請求可能對網站造成安全威脅，請求已被攔截。"
    response = list_page(spider, ["/"], extra=block)
    assert follow(spider, response) == []
    assert stats["news/blocked_pages"] == 1
    assert stats["news/blocked_example"].startswith(f"{START}: a block or error page ('訪問被拒絕'")


def test_a_start_page_redirected_off_site_is_named_and_not_crawled() -> None:
    spider, stats = build()
    moved = "https://www.example.com/portal/"
    request = Request(moved, meta={**spider._meta(request_meta.LIST), "redirect_urls": [START]})
    links = "".join(f'<a href="/art/{n}.html">x</a>' for n in range(5))
    response = HtmlResponse(moved, body=links.encode(), encoding="utf-8", request=request)
    assert follow(spider, response) == []
    assert (
        stats["news/start_page_problem"] == f"start page {START} was redirected off-site to {moved}"
    )

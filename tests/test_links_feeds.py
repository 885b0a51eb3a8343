"""A list page that is a feed (RSS 2.0, Atom): its items are the articles, in feed order."""

from __future__ import annotations

from pathlib import Path

from scrapy.http import Request, XmlResponse
from scrapy.utils.test import get_crawler

from crawler import request_meta
from crawler.links import classify_page
from crawler.links.feeds import feed_links, is_feed
from crawler.sites import get_profile
from crawler.spiders.news import NewsSpider

MACAO_FEED = (
    Path(__file__).resolve().parent / "fixtures" / "sites" / "macao-gcs" / "rss_20260414_151035.xml"
)
FEED_URL = "https://govinfohub.gcs.gov.mo/api/rss/n/zh-hant"
ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>\xe6\x96\xb0\xe8\x81\x9e</title>
<link href="https://news.example.gov.hk/"/>
<entry><title>A</title><link rel="enclosure" href="/a.jpg"/><link href="/tc/2025/01/a.html"/></entry>
<entry><title>B</title><link rel="alternate" href="https://news.example.gov.hk/tc/2025/01/b.html"/></entry>
</feed>"""


def test_the_real_macao_feed_gives_its_24_items_in_order() -> None:
    body = MACAO_FEED.read_bytes()
    assert is_feed(body, "text/xml")
    links = feed_links(body, FEED_URL)
    assert len(links) == 24 and links[0] == "https://www.gcs.gov.mo/detail/zh-hant/N26DNTyiSY"
    report = classify_page(body, FEED_URL, get_profile("macao-gcs").article_url_pattern, "text/xml")
    assert list(report.article_links) == links and report.next_pages == ()


def test_atom_entries_give_their_alternate_links_made_absolute() -> None:
    assert is_feed(ATOM)
    assert feed_links(ATOM, "https://news.example.gov.hk/feed.xml") == [
        "https://news.example.gov.hk/tc/2025/01/a.html",
        "https://news.example.gov.hk/tc/2025/01/b.html",
    ]


def test_an_html_page_is_not_a_feed() -> None:
    assert not is_feed(
        b"<!DOCTYPE html><html><body><a href='/rss.xml'>RSS</a></body></html>", "text/html"
    )


def test_the_spider_follows_a_feed_start_page_to_its_articles() -> None:
    profile = get_profile("macao-gcs")
    feed_profile = profile.__class__(
        **{**profile.__dict__, "start_urls": (FEED_URL,), "allowed_domains": ("gcs.gov.mo",)}
    )
    crawler = get_crawler(NewsSpider)
    spider = NewsSpider.from_crawler(crawler, profile=feed_profile)
    request = Request(FEED_URL, meta=spider._meta(request_meta.LIST))
    response = XmlResponse(FEED_URL, body=MACAO_FEED.read_bytes(), request=request)
    requests = list(spider.parse_list(response))
    assert len(requests) == 24
    assert all(request_meta.is_article(r.meta) for r in requests)

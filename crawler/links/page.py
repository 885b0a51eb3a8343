"""One list page → its article links and next-page links (see the package doc)."""

from __future__ import annotations

from dataclasses import dataclass

from crawler.extract.dom import Element, parse_html
from crawler.extract.encoding import charset_from_content_type, decode_html
from crawler.links.anchors import page_anchors
from crawler.links.blocks import article_titles, main_list
from crawler.links.feeds import feed_links, is_feed
from crawler.links.pagination import next_pages
from crawler.urls import url_matches


@dataclass(frozen=True)
class LinkReport:
    article_links: tuple[str, ...]  # page order, each URL once
    next_pages: tuple[str, ...]
    # True when a profile pattern matched nothing in the main list and its matches elsewhere
    # on the page were taken instead: the pattern and the page disagree about the list.
    pattern_outside_list: bool = False
    # What the classifier found before a profile pattern refined it: when the pattern matches
    # none of it, the site has probably changed its URLs (see crawler/links/suggest.py).
    classifier_links: tuple[str, ...] = ()


def classify_page(
    body: bytes, page_url: str, article_pattern: str = "", content_type: str = ""
) -> LinkReport:
    if is_feed(body, content_type):
        return _feed_report(body, page_url, article_pattern)
    decoded = decode_html(body, charset_from_content_type(content_type))
    return classify_tree(parse_html(decoded.text), page_url, article_pattern)


def _feed_report(body: bytes, feed_url: str, article_pattern: str) -> LinkReport:
    """A feed's items are its articles; the profile's pattern, when given, still refines."""
    items = tuple(feed_links(body, feed_url))
    found = tuple(url for url in items if not article_pattern or url_matches(article_pattern, url))
    return LinkReport(found, (), False, items)


def classify_tree(root: Element, page_url: str, article_pattern: str = "") -> LinkReport:
    anchors = page_anchors(root, page_url)
    following = next_pages(root, anchors, page_url)
    block = main_list(anchors)
    titles = article_titles(block, page_url) if block is not None else []
    not_articles = {page_url, *following}
    found = [title.url for title in titles if title.url not in not_articles]
    classified = tuple(dict.fromkeys(found))
    outside = False
    if article_pattern:
        # The profile's pattern refines the classifier: only matching links are articles.
        # When none of the main list matches, the pattern (the site's own description) wins
        # over the classifier's guess of which block is the list.
        matching = [url for url in found if url_matches(article_pattern, url)]
        if not matching:
            matching = [a.url for a in anchors if url_matches(article_pattern, a.url)]
            outside = bool(matching)
        found = matching
    return LinkReport(tuple(dict.fromkeys(found)), tuple(following), outside, classified)

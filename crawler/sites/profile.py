"""Room: sites — the declarative site profile: everything a spider and the extractor need to know.

A new city is added by writing one of these (see README "Add a site"), not by writing a spider.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def is_xpath(selector: str) -> bool:
    """Profile selectors are XPath when they start with '/' or '(', CSS otherwise."""
    return selector.startswith(("/", "("))


@dataclass(frozen=True)
class FieldSelectors:
    """Optional per-site selectors (CSS or XPath starting with '/' or '('); generic otherwise."""

    title: str = ""
    body: str = ""
    date: str = ""
    source: str = ""
    author: str = ""


@dataclass(frozen=True)
class SiteProfile:
    name: str  # short stable id, used as the `site` field
    city: str  # city name as written locally, e.g. 上海, 香港, 臺北
    start_urls: tuple[str, ...]  # list pages to start from
    # Regex an article URL matches (search; query parameters in any order, see crawler/urls.py).
    # Optional: the link classifier (crawler/links) finds a list page's articles without one;
    # when given, it refines what the classifier finds.
    article_url_pattern: str = ""
    allowed_domains: tuple[str, ...] = ()
    list_url_pattern: str = ""  # regex for further list pages (pagination); empty = none
    next_page_selector: str = ""  # CSS/XPath yielding pagination hrefs, optional
    max_list_pages: int = 5  # per run; keeps a runaway pagination bounded
    timezone: str = "Asia/Shanghai"
    selectors: FieldSelectors = field(default_factory=FieldSelectors)
    extra_boilerplate: tuple[str, ...] = ()  # phrases this site repeats that are not content
    drop_query_params: tuple[str, ...] = ()  # extra tracking params to strip when canonicalizing
    allow_private_hosts: bool = False  # only test fixture sites on loopback set this
    enabled: bool = True
    notes: str = ""
    # Until pages recorded from the live site are saved under tests/fixtures/sites/<name>/, a
    # profile says so here, with the evidence it was written from (a test enforces one or other).
    unverified: str = ""

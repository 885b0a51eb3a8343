"""Room: crawler — one page through extraction, cleaning and normalization, without Scrapy.

`scrapy extract`, `scrapy evaluate` and re-processing call this; the crawl runs the same
functions one stage per pipeline (pipelines/clean.py, pipelines/normalize.py,
pipelines/meetings.py), so what the offline commands print is what the crawl indexes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from crawler.extract import extract_article
from crawler.items import Article
from crawler.sites.profile import SiteProfile
from crawler.text.clean import clean_article
from crawler.text.meetings import apply_meeting
from crawler.text.script import normalize_article
from crawler.urls import canonical_url


def process_page(
    body: bytes,
    url: str,
    *,
    http_charset: str | None = None,
    profile: SiteProfile | None = None,
    extra_phrases: Sequence[str] = (),
    normalize: bool = True,
) -> Article:
    """Extract, clean, (optionally) normalize one page and recognize a meeting report;
    raises ExtractionError for bad input."""
    article = extract_article(body, url, http_charset=http_charset, profile=profile)
    phrases = list(extra_phrases) + list(profile.extra_boilerplate if profile else ())
    article = clean_article(article, phrases)
    if normalize:
        article = normalize_article(article)
    return apply_meeting(article)


def attach_provenance(
    article: Article,
    *,
    profile: SiteProfile | None,
    url: str,
    fetched_at: str,
    archive: dict[str, str],
    other_urls: Iterable[str] = (),
) -> Article:
    """Where the article came from: site, canonical and alternate URLs, fetch time, WARC record."""
    if profile is not None:
        article.site = profile.name
        article.city = profile.city
    drop = profile.drop_query_params if profile else ()
    article.canonical_url = canonical_url(url, drop)
    article.alternate_urls = sorted({url, *other_urls} - {article.canonical_url})
    article.fetched_at = fetched_at
    article.archive = dict(archive)
    return article

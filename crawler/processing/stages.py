"""Room: crawler/processing — the stages of the chain, each one Article in, a new Article out.

The text work is done by the pure functions of crawler/text, which take and return plain
values; these stages only read their inputs from an Article and write the results back into
a copy, so the chain (chain.py) can compose them and nothing else needs to know the fields.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable, Sequence

from crawler.extract.dates import url_month
from crawler.items import Article
from crawler.sites.profile import SiteProfile
from crawler.text.clean import clean_paragraphs
from crawler.text.credits import Credits, merge_credits
from crawler.text.meetings import MeetingInfo, detect_meeting
from crawler.text.script import (
    CONVERTER_NAME,
    detect_script,
    fingerprint,
    normalize_text,
    to_traditional,
)
from crawler.urls import canonical_url


def clean_article(
    article: Article,
    extra_phrases: Sequence[str] = (),
    site_banner_keys: Collection[str] = frozenset(),
) -> Article:
    """A cleaned copy of ``article``: banners, boilerplate and credit lines out of the body,
    and the lines its site repeats on most pages (``site_banner_keys``) off its edges.

    Credits found in the body are added after those extraction already set (deduplicated);
    ``removed`` records what was taken out, for audit.
    """
    # Extraction records how it found the title; "none" means the body has no headline line.
    result = clean_paragraphs(
        article.title,
        article.paragraphs,
        extra_phrases,
        article.headings,
        site_banner_keys,
        infer_title=not article.title_evidence,
    )
    found = Credits(article.source, article.authors, article.editors, article.photographers)
    credits = merge_credits(found, result.credits)
    removed = {
        **article.removed,
        "repeated_title_banners": result.removed_banners,
        "boilerplate": result.removed_boilerplate,
        "credits": result.removed_credits,
        **({"site_lines": result.removed_site_lines} if result.removed_site_lines else {}),
    }
    return dataclasses.replace(
        article,
        title=result.title,
        paragraphs=result.paragraphs,
        headings=result.headings,
        content="\n\n".join(result.paragraphs),
        source=credits.source,
        authors=credits.authors,
        editors=credits.editors,
        photographers=credits.photographers,
        removed=removed,
    )


def normalize_article(article: Article) -> Article:
    """A copy of ``article`` with its script, the Simplified (``*_norm``) and Traditional
    (``*_hant``) forms for search, the converter and the fingerprint filled in."""
    title_norm = normalize_text(article.title)
    content_norm = normalize_text(article.content)
    return dataclasses.replace(
        article,
        script=detect_script(article.title + "\n" + article.content),
        title_norm=title_norm,
        content_norm=content_norm,
        title_hant=to_traditional(title_norm),
        content_hant=to_traditional(content_norm),
        converter=CONVERTER_NAME,
        fingerprint=fingerprint(content_norm, title_norm),
    )


def apply_meeting(article: Article) -> Article:
    """A copy of ``article`` with its meeting fields set (reset when it is no report)."""
    info = detect_meeting(
        article.title,
        article.paragraphs,
        article.published_at,
        page_month=url_month(article.url) if article.published_at is None else None,
    )
    found = info or MeetingInfo(name="", date=None)
    return dataclasses.replace(
        article,
        is_meeting_report=info is not None,
        meeting_name=found.name,
        meeting_date=found.date,
        meeting_chairs=list(found.chairs),
        meeting_speakers=list(found.speakers),
        meeting_attendees=list(found.attendees),
        people=found.people,
        people_roles=[
            {"name": person.name, "role": person.role, "title": person.title}
            for person in found.people_roles
        ],
    )


def attach_provenance(
    article: Article,
    *,
    profile: SiteProfile | None,
    url: str,
    fetched_at: str,
    archive: dict[str, str],
    other_urls: Iterable[str] = (),
    site: str = "",
) -> Article:
    """Where the article came from: site, canonical and alternate URLs, fetch time, WARC record."""
    article.site = profile.name if profile is not None else site
    if profile is not None:
        article.city = profile.city
    drop = profile.drop_query_params if profile else ()
    article.canonical_url = canonical_url(url, drop)
    article.alternate_urls = sorted({url, *other_urls} - {article.canonical_url})
    article.fetched_at = fetched_at
    article.archive = dict(archive)
    return article

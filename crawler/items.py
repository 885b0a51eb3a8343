"""Room: items — the contracts between rooms: the page fetched, and the Article made of it.

No logic lives here. The spider yields a `FetchedPage` (the bytes of an article page and where
they came from); the processing chain (crawler/processing) turns it into an `Article`, whose
fields split into what the page said (kept verbatim) and what the chain derived (normalized
text, fingerprint, converter…), so a re-process can tell them apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crawler.sites.profile import SiteProfile


@dataclass(frozen=True)
class FetchedPage:
    """An article page as fetched (by the crawl) or as archived (read back from a WARC file)."""

    url: str  # where the body came from, after redirects
    # Out of repr: a page that fails in a pipeline is logged by Scrapy with the item's repr,
    # which should name the page, not print it.
    body: bytes = field(repr=False)
    content_type: str = ""  # the Content-Type header as served ("" when there was none)
    site: str = ""  # the profile's name
    # The site's profile: selectors, time zone, phrases, URL rules. None = generic extraction.
    # It travels with the page because a crawl may run on a profile file the registry lacks.
    profile: SiteProfile | None = field(default=None, repr=False)
    fetched_at: str = ""  # ISO 8601, UTC: the WARC record's date
    archive: dict[str, str] = field(default_factory=dict)  # the WARC record holding the page
    other_urls: tuple[str, ...] = ()  # URLs that redirected here


@dataclass
class Article:
    # --- identity and provenance -------------------------------------------------------------
    url: str = ""
    canonical_url: str = ""
    alternate_urls: list[str] = field(default_factory=list)
    site: str = ""
    city: str = ""
    fetched_at: str = ""  # ISO 8601, UTC
    encoding: str = ""  # codec the page was decoded with
    encoding_evidence: str = ""  # why: bom, http-header, meta, detected, fallback…
    archive: dict[str, str] = field(default_factory=dict)  # where the raw page is stored
    parser_version: str = ""

    # --- what the page said (original script, cleaned of boilerplate) -------------------------
    title: str = ""  # "" when the page shows none (the article is kept all the same)
    title_evidence: str = ""  # where the title came from: heading:h1, og:title, first-line, none…
    paragraphs: list[str] = field(default_factory=list)
    headings: list[int] = field(default_factory=list)  # indexes into `paragraphs` of sub-headings
    content: str = ""  # paragraphs joined by blank lines
    published_at: str | None = None  # ISO 8601 with the site's UTC offset
    updated_at: str | None = None
    date_evidence: str = ""  # where published_at came from (meta, visible line, url…)
    document_date: str | None = None  # 成文日期: when a government document was written (ISO)
    source: str = ""  # 来源/來源
    authors: list[str] = field(default_factory=list)  # 作者 / 记者 / reporters
    editors: list[str] = field(default_factory=list)  # 编辑 / 责任编辑
    photographers: list[str] = field(default_factory=list)  # 摄影
    script: str = ""  # zh-Hans / zh-Hant, as found

    # --- derived by the pipelines ---------------------------------------------------------------
    title_norm: str = ""  # Simplified, NFKC: the key for matching and dedup
    content_norm: str = ""
    title_hant: str = ""  # Traditional form, so a query in either script matches
    content_hant: str = ""
    converter: str = ""  # e.g. "opencc-python-reimplemented 0.1.7 t2s/s2t"
    fingerprint: str = ""  # sha256 of content_norm
    removed: dict[str, object] = field(default_factory=dict)  # what cleaning took out, for audit

    # --- meeting reports (crawler/text/meetings.py); names Simplified for one filter value --
    is_meeting_report: bool = False
    meeting_name: str = ""  # e.g. 市委季度工作会议
    meeting_date: str | None = None  # YYYY-MM-DD, relative dates resolved against published_at
    meeting_chairs: list[str] = field(default_factory=list)  # 主持
    meeting_speakers: list[str] = field(default_factory=list)  # 在会上指出/强调/讲话/部署
    meeting_attendees: list[str] = field(default_factory=list)  # 出席/参加会议
    people: list[str] = field(default_factory=list)  # chairs + speakers + attendees, each once
    # Who did what, with the title written before the name: {"name", "role", "title"}, role one
    # of chair/speaker/attendee; name Simplified like `people`, title as the page wrote it.
    people_roles: list[dict[str, str]] = field(default_factory=list)

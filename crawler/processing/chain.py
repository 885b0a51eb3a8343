"""Room: crawler/processing — the one chain that turns a fetched page into an indexed article.

    extract -> clean -> normalize script -> meetings -> provenance -> decisions

`Processor.process(page)` returns an Article, or a `Dropped` naming the page and the reason.
The crawl (pipelines/process.py), `scrapy reprocess`, `scrapy extract`, `scrapy evaluate`,
`scrapy relevance` and the benchmarks all call it, so what one of them makes of a page is what
every other makes of it; none of them lists the stages again. The settings it depends on are
read once, in `from_settings`. Counts go to a `count(key, n)` callback with the keys of
vocabulary.py (Scrapy's `stats.inc_value` in the crawl, a Counter elsewhere).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from crawler.extract import ExtractionError, extract_article
from crawler.extract.encoding import charset_from_content_type, is_html_type
from crawler.items import Article, FetchedPage
from crawler.paths import ArchivePaths
from crawler.processing import vocabulary as v
from crawler.processing.decisions import RunMemory, is_empty
from crawler.processing.site_banners import SiteBannerBook
from crawler.processing.stages import (
    apply_meeting,
    attach_provenance,
    clean_article,
    normalize_article,
)
from crawler.sites.profile import SiteProfile

logger = logging.getLogger(__name__)

Count = Callable[[str, int], None]
T = TypeVar("T")

# The stages in order, under the names the benchmark times them by.
STAGE_EXTRACT, STAGE_CLEAN, STAGE_NORMALIZE, STAGE_MEETINGS = STAGES = (
    "extract",
    "clean",
    "normalize",
    "meeting",
)


@dataclass(frozen=True)
class Dropped:
    """A page that gave no article: which, why (a vocabulary slug) and in words."""

    url: str
    reason: str
    message: str
    bad_page: bool  # the page could not be used at all (vs. an article decided against)

    def __str__(self) -> str:
        return f"{self.url}: {self.message}"


def _no_count(key: str, value: int) -> None:
    """The default count callback: counts nowhere."""


def _flag(value: object) -> bool:
    """A boolean setting, also when given as a string on the command line (`-s NAME=false`)."""
    if isinstance(value, str):
        return value.strip().lower() not in ("0", "false", "no", "off", "")
    return bool(value)


class Processor:
    """The chain, configured once; one instance per run (it remembers the URLs it processed)."""

    def __init__(
        self,
        extra_phrases: tuple[str, ...] = (),
        normalize: bool = True,
        count: Count = _no_count,
        timings: dict[str, float] | None = None,
        site_banners: SiteBannerBook | None = None,
    ) -> None:
        self.extra_phrases = extra_phrases
        self.normalize = normalize
        self.count = count
        # Lines each site repeats on most pages (learned; see site_banners.py), or None
        self.site_banners = site_banners
        # stage name -> seconds spent in it, when a caller (the benchmark) asks for them
        self.timings = timings
        self.memory = RunMemory()

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any], count: Count = _no_count) -> Processor:
        """The chain as configured: CLEAN_EXTRA_BOILERPLATE, SCRIPT_NORMALIZE, and the site
        banners learned in ARCHIVE_DIR unless SITE_BANNERS_ENABLED is off."""
        phrases = settings.get("CLEAN_EXTRA_BOILERPLATE") or ()
        if isinstance(phrases, str):  # `-s CLEAN_EXTRA_BOILERPLATE=a,b` on the command line
            phrases = [phrase for phrase in phrases.split(",") if phrase]
        normalize = settings.get("SCRIPT_NORMALIZE", True)
        learned = _flag(settings.get("SITE_BANNERS_ENABLED", True))
        book = SiteBannerBook(ArchivePaths.from_settings(settings).site_banners_dir)
        return cls(tuple(phrases), _flag(normalize), count, site_banners=book if learned else None)

    def process(self, page: FetchedPage) -> Article | Dropped:
        """Every stage in order; a page that gives no article is a `Dropped`, never an error."""
        self.count(v.PAGES, 1)
        article = self._timed(STAGE_EXTRACT, self._extract, page)
        if isinstance(article, Dropped):
            return article
        article = self._timed(STAGE_CLEAN, self._clean, article, page)
        if is_empty(article):
            return self._drop(
                page, v.EMPTY_AFTER_CLEANING, "nothing left after removing boilerplate"
            )
        if self.normalize:
            article = self._timed(STAGE_NORMALIZE, self._normalize, article)
        article = self._timed(STAGE_MEETINGS, self._meetings, article)
        article = attach_provenance(
            article,
            profile=page.profile,
            site=page.site,
            url=page.url,
            fetched_at=page.fetched_at,
            archive=page.archive,
            other_urls=page.other_urls,
        )
        return self._decide(article, page)

    def process_bytes(
        self, body: bytes, url: str, profile: SiteProfile | None = None, content_type: str = ""
    ) -> Article | Dropped:
        """`process` for a page known only by its bytes and URL (a saved file, a fixture)."""
        page = FetchedPage(
            url=url,
            body=body,
            content_type=content_type,
            site=profile.name if profile else "",
            profile=profile,
        )
        return self.process(page)

    def new_run(self) -> None:
        """Forget which URLs were processed (a new crawl, or another archive to re-process)."""
        self.memory = RunMemory()

    def _timed(self, stage: str, run: Callable[..., T], *args: Any) -> T:
        if self.timings is None:
            return run(*args)
        start = time.perf_counter()
        try:
            return run(*args)
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - start

    # --- stages --------------------------------------------------------------------------------
    def _extract(self, page: FetchedPage) -> Article | Dropped:
        if not is_html_type(page.content_type):
            return self._bad_page(page, v.NOT_HTML, f"not HTML ({page.content_type})")
        try:
            article = extract_article(
                page.body,
                page.url,
                http_charset=charset_from_content_type(page.content_type),
                profile=page.profile,
            )
        except ExtractionError as error:
            return self._bad_page(page, error.kind, str(error))
        self.count(v.EXTRACTED, 1)
        return article

    def _clean(self, article: Article, page: FetchedPage) -> Article:
        site_phrases = page.profile.extra_boilerplate if page.profile else ()
        site_lines: frozenset[str] = frozenset()
        if self.site_banners is not None:
            site_lines = self.site_banners.keys(page.site)
            self.site_banners.learn(page.site, article.paragraphs)
        cleaned = clean_article(article, self.extra_phrases + tuple(site_phrases), site_lines)
        site_removed = cleaned.removed.get("site_lines", [])
        self.count(v.SITE_LINES_REMOVED, len(site_removed) if isinstance(site_removed, list) else 0)
        banners = cleaned.removed.get("repeated_title_banners", 0)
        boilerplate = cleaned.removed.get("boilerplate", [])
        self.count(v.BANNERS_REMOVED, banners if isinstance(banners, int) else 0)
        self.count(v.BOILERPLATE_REMOVED, len(boilerplate) if isinstance(boilerplate, list) else 0)
        return cleaned

    def _normalize(self, article: Article) -> Article:
        normalized = normalize_article(article)
        self.count(f"{v.SCRIPT}/{normalized.script or 'unknown'}", 1)
        self.count(v.NORMALIZED_CHARS, len(normalized.content) + len(normalized.title))
        return normalized

    def _meetings(self, article: Article) -> Article:
        annotated = apply_meeting(article)
        if annotated.is_meeting_report:
            self.count(v.MEETINGS, 1)
            if annotated.meeting_date is None:
                self.count(v.MEETINGS_UNDATED, 1)
        return annotated

    def _decide(self, article: Article, page: FetchedPage) -> Article | Dropped:
        if self.memory.is_duplicate(article):
            return self._drop(page, v.SAME_URL, "already processed in this run")
        if not article.published_at:
            # Kept (the text is what matters), but said: date filters will not find it.
            self.count(v.UNDATED, 1)
            logger.warning("%s: no valid publication date on the page; indexed undated", page.url)
        if not article.title:
            self.count(v.UNTITLED, 1)
        self.count(v.ARTICLES, 1)
        return article

    # --- outcomes ------------------------------------------------------------------------------
    def _bad_page(self, page: FetchedPage, kind: str, message: str) -> Dropped:
        self.count(v.BAD_PAGES, 1)
        self.count(v.bad_page_key(kind), 1)
        return Dropped(page.url, kind, message, bad_page=True)

    def _drop(self, page: FetchedPage, reason: str, message: str) -> Dropped:
        self.count(v.DROPPED, 1)
        self.count(v.dropped_key(reason), 1)
        return Dropped(page.url, reason, message, bad_page=False)

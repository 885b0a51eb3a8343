"""Pipeline: cleaning — banners, boilerplate and credit lines out of the body (crawler.text)."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector

from crawler.items import Article
from crawler.text.clean import clean_article


class CleanPipeline:
    def __init__(self, crawler: Crawler, extra_phrases: list[str]) -> None:
        assert crawler.stats is not None
        self.crawler = crawler
        self.stats: StatsCollector = crawler.stats
        self.extra_phrases = extra_phrases

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CleanPipeline:
        return cls(crawler, crawler.settings.getlist("CLEAN_EXTRA_BOILERPLATE"))

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article):
            return item
        cleaned = clean_article(item, self.extra_phrases + self._site_phrases())
        banners = cleaned.removed.get("repeated_title_banners", 0)
        boilerplate = cleaned.removed.get("boilerplate", [])
        self.stats.inc_value("clean/banners_removed", banners if isinstance(banners, int) else 0)
        self.stats.inc_value(
            "clean/boilerplate_removed", len(boilerplate) if isinstance(boilerplate, list) else 0
        )
        if not cleaned.paragraphs:
            self.stats.inc_value("clean/dropped/empty_after_cleaning")
            raise DropItem(f"{cleaned.url}: nothing left after removing boilerplate")
        return cleaned

    def _site_phrases(self) -> list[str]:
        profile = getattr(self.crawler.spider, "profile", None)
        return list(getattr(profile, "extra_boilerplate", ()))

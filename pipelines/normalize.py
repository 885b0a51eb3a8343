"""Pipeline: script normalization — Simplified and Traditional forms for search, originals kept."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector

from crawler.items import Article
from crawler.text.script import normalize_article


class NormalizeScriptPipeline:
    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NormalizeScriptPipeline:
        if not crawler.settings.getbool("SCRIPT_NORMALIZE"):
            raise NotConfigured("SCRIPT_NORMALIZE is off")
        assert crawler.stats is not None
        return cls(crawler.stats)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article):
            return item
        normalized = normalize_article(item)
        self.stats.inc_value(f"normalize/script/{normalized.script or 'unknown'}")
        self.stats.inc_value("normalize/chars", len(normalized.content) + len(normalized.title))
        return normalized

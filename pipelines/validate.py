"""Pipeline: validation — an article without a title or a body is dropped with a reason."""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)


class ValidatePipeline:
    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        assert crawler.stats is not None
        return cls(crawler.stats)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        problem = missing_field(adapter)
        if problem:
            self.stats.inc_value(f"validate/dropped/{problem}")
            raise DropItem(f"{adapter.get('url')}: {problem.replace('_', ' ')}")
        self.stats.inc_value("validate/passed")
        if not adapter.get("published_at"):
            # Kept (the text is what matters), but said: date filters will not find it.
            self.stats.inc_value("validate/undated")
            logger.warning(
                "%s: no valid publication date on the page; indexed undated", adapter.get("url")
            )
        return item


def missing_field(adapter: ItemAdapter) -> str | None:
    if not str(adapter.get("url") or "").strip():
        return "no_url"
    if not str(adapter.get("title") or "").strip():
        return "no_title"
    if not any(str(p).strip() for p in adapter.get("paragraphs") or []):
        return "no_body"
    return None

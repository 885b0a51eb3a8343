"""Pipeline: processing — a fetched article page through the one chain (crawler/processing).

Thin adapter: the chain does the work and says what happened; this turns a `Dropped` into
Scrapy's `DropItem` (the log line names the page and the reason) and its counts into stats.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.items import FetchedPage
from crawler.processing import Dropped, Processor


class PageDropped(DropItem):
    """A page that gave no article; `reason` is the vocabulary slug (no-title, same-url …)."""

    def __init__(self, dropped: Dropped) -> None:
        super().__init__(str(dropped))
        self.reason = dropped.reason
        self.bad_page = dropped.bad_page


class ProcessPipeline:
    def __init__(self, processor: Processor) -> None:
        self.processor = processor

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProcessPipeline:
        assert crawler.stats is not None
        stats = crawler.stats

        def count(key: str, value: int) -> None:
            stats.inc_value(key, value)

        return cls(Processor.from_settings(crawler.settings, count))

    def close_spider(self) -> None:
        """What this run's pages taught about their sites' repeated lines, for the next run."""
        if self.processor.site_banners is not None:
            self.processor.site_banners.save()

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchedPage):
            return item
        outcome = self.processor.process(item)
        if isinstance(outcome, Dropped):
            raise PageDropped(outcome)
        return outcome

"""Pipeline: duplicates within a run — the same canonical URL reached twice.

Copies of one article under other URLs (a Traditional-script gateway, a second path) are not
dropped here: the Elasticsearch stage merges them into the first copy's document, recording
every URL (crawler/es/merge.py). Across runs the `_id` (from the canonical URL) makes a
re-crawl an update, never a duplicate.
"""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector


class DedupPipeline:
    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats
        self.urls: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupPipeline:
        assert crawler.stats is not None
        return cls(crawler.stats)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        url = str(adapter.get("canonical_url") or adapter.get("url"))
        if url in self.urls:
            self.stats.inc_value("dedup/dropped/same_url")
            raise DropItem(f"{url}: already processed in this run")
        self.urls.add(url)
        return item

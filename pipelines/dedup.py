"""Pipeline: duplicates within a run — the same canonical URL or the same normalized content.

Across runs the `_id` (from the canonical URL) makes a re-crawl an update, never a copy.
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
        self.fingerprints: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupPipeline:
        assert crawler.stats is not None
        return cls(crawler.stats)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        url = str(adapter.get("canonical_url") or adapter.get("url"))
        fingerprint = str(adapter.get("fingerprint") or "")
        if url in self.urls:
            self.stats.inc_value("dedup/dropped/same_url")
            raise DropItem(f"{url}: already processed in this run")
        first = self.fingerprints.get(fingerprint) if fingerprint else None
        if first is not None:
            self.stats.inc_value("dedup/dropped/same_content")
            raise DropItem(f"{url}: same content as {first}")
        self.urls.add(url)
        if fingerprint:
            self.fingerprints[fingerprint] = url
        return item

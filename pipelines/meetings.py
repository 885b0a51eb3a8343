"""Pipeline: meeting reports — which meeting, when, who chaired, spoke and attended (crawler.text).

Runs after script normalization and before dedup; the fields it sets are derived, so a
re-process recomputes them from the kept original text.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector

from crawler.items import Article
from crawler.text.meetings import apply_meeting


class MeetingPipeline:
    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> MeetingPipeline:
        assert crawler.stats is not None
        return cls(crawler.stats)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article):
            return item
        annotated = apply_meeting(item)
        if annotated.is_meeting_report:
            self.stats.inc_value("meetings/detected")
            if annotated.meeting_date is None:
                self.stats.inc_value("meetings/undated")
        return annotated

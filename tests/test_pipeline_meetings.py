"""The meeting pipeline: registered between normalization and dedup, counts what it found."""

from __future__ import annotations

import json
from pathlib import Path

from scrapy.utils.test import get_crawler

from crawler import settings
from crawler.items import Article
from pipelines.meetings import MeetingPipeline

SEED = (
    Path(__file__).resolve().parent / "fixtures" / "seed" / "quarterly-meeting-report.expected.json"
)


def test_runs_after_normalize_and_before_dedup() -> None:
    order = settings.ITEM_PIPELINES
    meetings = order["pipelines.meetings.MeetingPipeline"]
    assert order["pipelines.normalize.NormalizeScriptPipeline"] < meetings
    assert meetings < order["pipelines.dedup.DedupPipeline"]


def test_marks_reports_and_counts_them() -> None:
    crawler = get_crawler()
    assert crawler.stats is not None
    pipeline = MeetingPipeline.from_crawler(crawler)
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    report = Article(
        title=seed["title"],
        paragraphs=seed["paragraphs"],
        published_at="2020-10-09T18:37:00+08:00",
    )
    story = Article(title="輪胎行惡火", paragraphs=["桃園市一家輪胎行今天清晨發生大火。"])

    marked = pipeline.process_item(report)
    assert marked.is_meeting_report and marked.meeting_name == "市委季度工作会议"
    assert not pipeline.process_item(story).is_meeting_report
    assert pipeline.process_item({"url": "x"}) == {"url": "x"}  # not an Article: untouched
    assert crawler.stats.get_value("meetings/detected") == 1
    assert crawler.stats.get_value("meetings/undated") is None

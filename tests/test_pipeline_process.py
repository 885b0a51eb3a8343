"""The processing pipeline, built by Scrapy's own test helper: the chain's article or a
DropItem naming page and reason, and the chain's counts in the crawl's stats."""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from crawler import settings
from crawler.items import Article, FetchedPage
from crawler.processing import vocabulary as v
from pipelines.process import PageDropped, ProcessPipeline

SITE = Path(__file__).resolve().parents[1] / "demo" / "site"
MEETING = FetchedPage(
    "http://127.0.0.1/news/2020/1009/meeting-hans.html",
    (SITE / "meeting-hans.html").read_bytes(),
    content_type="text/html; charset=utf-8",
)
STORY = FetchedPage(
    "http://127.0.0.1/news/2016/0319/cna-hant.html", (SITE / "cna-hant.html").read_bytes()
)


def pipeline() -> tuple[ProcessPipeline, dict[str, object]]:
    crawler = get_crawler(settings_dict={"CLEAN_EXTRA_BOILERPLATE": ["本站声明"]})
    assert crawler.stats is not None
    return ProcessPipeline.from_crawler(crawler), crawler.stats.get_stats()


def test_is_the_only_processing_pipeline_and_runs_before_indexing() -> None:
    order = settings.ITEM_PIPELINES
    assert set(order) == {
        "pipelines.process.ProcessPipeline",
        "pipelines.elasticsearch.ElasticsearchPipeline",
    }
    assert (
        order["pipelines.process.ProcessPipeline"]
        < order["pipelines.elasticsearch.ElasticsearchPipeline"]
    )


def test_pages_become_articles_and_meetings_are_counted() -> None:
    processing, stats = pipeline()
    report = processing.process_item(MEETING)
    story = processing.process_item(STORY)
    assert isinstance(report, Article) and isinstance(story, Article)
    assert report.is_meeting_report and report.meeting_name == "市委季度工作会议"
    assert not story.is_meeting_report
    assert report.canonical_url == MEETING.url and report.content_norm and report.fingerprint
    assert processing.process_item({"url": "x"}) == {"url": "x"}  # not a page: untouched
    assert stats[v.MEETINGS] == 1 and stats[v.ARTICLES] == 2 and stats[v.PAGES] == 2


def test_a_bad_page_is_dropped_with_its_reason() -> None:
    processing, stats = pipeline()
    pdf = FetchedPage("http://127.0.0.1/a.pdf", b"%PDF-1.4", content_type="application/pdf")
    with pytest.raises(DropItem, match=r"http://127\.0\.0\.1/a\.pdf: not HTML") as raised:
        processing.process_item(pdf)
    assert isinstance(raised.value, PageDropped) and raised.value.reason == v.NOT_HTML
    assert stats[v.BAD_PAGES] == 1 and stats[v.bad_page_key(v.NOT_HTML)] == 1


def test_the_same_page_twice_in_a_run_is_dropped_once() -> None:
    processing, stats = pipeline()
    processing.process_item(STORY)
    with pytest.raises(PageDropped, match="already processed in this run"):
        processing.process_item(STORY)
    assert stats[v.dropped_key(v.SAME_URL)] == 1 and stats[v.ARTICLES] == 1

"""The Elasticsearch pipeline, built by Scrapy's own test helper, when Elasticsearch cannot be
reached (ES_URL names a closed local port, so no server is needed): the crawl is told once, and
every article goes to the spool under ARCHIVE_DIR for the next run; nothing is lost."""

from __future__ import annotations

import json
import logging
import socket
from pathlib import Path
from typing import Any

import pytest
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from crawler.es.documents import document_id
from crawler.items import Article
from crawler.signals import article_stored
from pipelines.elasticsearch import ElasticsearchPipeline


@pytest.fixture()
def closed_port() -> int:
    """A local port nothing listens on (bound, read, closed)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def crawler_for(tmp_path: Path, port: int, **settings: Any) -> Crawler:
    return get_crawler(
        settings_dict={
            "ES_ENABLED": True,
            "ES_URL": f"http://127.0.0.1:{port}",
            "ES_INDEX_PREFIX": "unit",
            "ES_REQUEST_TIMEOUT": 1,
            "ES_MAX_RETRIES": 0,
            "ES_BULK_SIZE": 2,
            "ES_BULK_IN_FLIGHT": 1,
            "ARCHIVE_DIR": str(tmp_path),
            **settings,
        }
    )


def article(n: int) -> Article:
    url = f"https://news.city.gov.cn/art/{n}.html"
    return Article(url=url, canonical_url=url, site="city", title=f"标题{n}", content="正文")


def spooled(tmp_path: Path) -> list[dict[str, Any]]:
    # crawler/paths.py: <ARCHIVE_DIR>/spool/es-spool.jsonl
    lines = (tmp_path / "spool" / "es-spool.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_an_unreachable_server_is_logged_and_counted_when_the_spider_opens(
    tmp_path: Path, closed_port: int, caplog: pytest.LogCaptureFixture
) -> None:
    crawler = crawler_for(tmp_path, closed_port)
    pipeline = ElasticsearchPipeline.from_crawler(crawler)
    with caplog.at_level(logging.ERROR, logger="pipelines.elasticsearch"):
        pipeline.open_spider()
    pipeline.close_spider()
    assert not pipeline.available
    assert crawler.stats is not None
    assert crawler.stats.get_value("elasticsearch/unavailable") == 1
    (message,) = [r.getMessage() for r in caplog.records if r.name == "pipelines.elasticsearch"]
    assert f"127.0.0.1:{closed_port} is unreachable" in message
    assert "spooled to " + str(tmp_path / "spool" / "es-spool.jsonl") in message


def test_every_article_is_spooled_when_the_server_is_unreachable(
    tmp_path: Path, closed_port: int
) -> None:
    crawler = crawler_for(tmp_path, closed_port)
    pipeline = ElasticsearchPipeline.from_crawler(crawler)
    pipeline.open_spider()
    items = [article(n) for n in range(1, 6)]  # bulk size 2: two full batches and a rest
    for item in items:
        assert pipeline.process_item(item) is item
    pipeline.close_spider()
    actions = spooled(tmp_path)
    assert [a["_source"]["url"] for a in actions] == [item.url for item in items]
    assert [a["_id"] for a in actions] == [document_id(item.canonical_url) for item in items]
    assert {a["_op_type"] for a in actions} == {"index"}
    assert {a["_index"] for a in actions} == {pipeline.names.write_alias}
    assert actions[0]["_source"]["title"] == "标题1"
    assert crawler.stats is not None
    assert crawler.stats.get_value("elasticsearch/spooled") == len(items)
    assert not crawler.stats.get_value("elasticsearch/indexed")


def test_a_spool_file_setting_moves_the_spool(tmp_path: Path, closed_port: int) -> None:
    spool_file = tmp_path / "elsewhere.jsonl"
    crawler = crawler_for(tmp_path, closed_port, ES_SPOOL_FILE=str(spool_file))
    pipeline = ElasticsearchPipeline.from_crawler(crawler)
    pipeline.open_spider()
    pipeline.process_item(article(1))
    pipeline.close_spider()
    assert len(spool_file.read_text(encoding="utf-8").splitlines()) == 1
    assert not (tmp_path / "spool").exists()


def test_es_enabled_off_means_not_configured(tmp_path: Path, closed_port: int) -> None:
    with pytest.raises(NotConfigured):
        ElasticsearchPipeline.from_crawler(crawler_for(tmp_path, closed_port, ES_ENABLED=False))


def test_spooled_articles_are_announced_as_stored(tmp_path: Path, closed_port: int) -> None:
    """Spooled is durable (fsync'd): the incremental middleware may then record the page."""
    crawler = crawler_for(tmp_path, closed_port)
    stored: list[str] = []
    crawler.signals.connect(lambda url: stored.append(url), signal=article_stored, weak=False)
    pipeline = ElasticsearchPipeline.from_crawler(crawler)
    pipeline.open_spider()
    pipeline.process_item(article(1))
    assert stored == []  # in the bulk buffer only: not yet durable
    for n in (2, 3):
        pipeline.process_item(article(n))
    pipeline.close_spider()
    assert sorted(stored) == [article(n).url for n in (1, 2, 3)]
    assert len(spooled(tmp_path)) == 3

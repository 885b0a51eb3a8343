"""Elasticsearch failing mid-crawl, for real: a private local server is stopped while a crawl
runs. Nothing is lost (items go to the spool), nothing is duplicated (the next run indexes the
spool, `_id`s come from canonical URLs), and rejected documents are reported by URL and reason."""

from __future__ import annotations

import os
import signal
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.es.bulk import send_batch
from crawler.es.documents import index_action
from crawler.es.layout import IndexNames, setup
from demo.server import FixtureSite
from tests.conftest import (
    PrivateEs,
    crawl_args,
    es_client_for,
    finish,
    indexed_urls,
    run_scrapy,
    start_scrapy,
    wait_for_article_requests,
    write_profile,
)

pytestmark = [pytest.mark.es, pytest.mark.faults]

PORT = "9213"


SERVER = PrivateEs("fault-test", PORT)


def fresh(name: str) -> str:
    """An index prefix of this run's own: the private server keeps its data between runs, and
    an index left by an older version of the code must not decide this run's counts."""
    return f"{name}-{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="module")
def private_es() -> Iterator[str]:
    yield SERVER.start()
    SERVER.stop()


def test_server_stopped_mid_crawl_then_spool_indexed_by_next_run(
    private_es: str, fixture_site: FixtureSite, tmp_path: Path
) -> None:
    profile = write_profile(fixture_site, tmp_path)
    fixture_site.slow_down(3.0)  # the crawl must outlast the server's shutdown
    args = crawl_args(profile, ES_BULK_SIZE=1, ES_MAX_RETRIES=1, CONCURRENT_REQUESTS_PER_DOMAIN=1)
    fault = fresh("fault")
    crawl = start_scrapy(args, private_es, fault, tmp_path)
    wait_for_article_requests(fixture_site, crawl, 2)
    SERVER.stop()  # the server goes away mid-crawl
    log = finish(crawl)
    assert crawl.returncode == 0, log[-3000:]
    assert "Elasticsearch unavailable" in log and "'elasticsearch/spooled'" in log
    spool = tmp_path / "archive" / "spool" / "es-spool.jsonl"
    assert spool.exists() and spool.read_text(encoding="utf-8").count("\n") >= 1

    SERVER.start()
    fixture_site.slow_down(0)
    again = run_scrapy(args, private_es, fault, tmp_path)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "indexing" in again.stderr and "spooled articles" in again.stderr
    client = es_client_for(private_es)
    client.indices.refresh(index=fault)
    assert client.count(index=fault)["count"] == 6  # every unique article, once
    assert not spool.exists()
    client.close()


def test_server_killed_and_restarted_mid_crawl_loses_nothing(
    private_es: str, fixture_site: FixtureSite, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """SIGKILL of the server (no goodbye to the client), a restart, a second run: the index
    equals a clean crawl's, every URL once."""
    profile = write_profile(fixture_site, tmp_path)
    fixture_site.slow_down(2.0)
    args = crawl_args(profile, ES_BULK_SIZE=1, ES_MAX_RETRIES=1, CONCURRENT_REQUESTS_PER_DOMAIN=1)
    killed, clean_prefix = fresh("killed"), fresh("clean")
    crawl = start_scrapy(args, private_es, killed, tmp_path)
    wait_for_article_requests(fixture_site, crawl, 2)
    pid_file = Path(SERVER.env["ES_LOCAL_HOME"]) / "elasticsearch.pid"
    os.kill(int(pid_file.read_text().strip()), signal.SIGKILL)
    log = finish(crawl)
    assert "Elasticsearch unavailable" in log, log[-3000:]

    SERVER.start()
    fixture_site.slow_down(0)
    again = run_scrapy(args, private_es, killed, tmp_path)
    assert again.returncode == 0, again.stderr[-3000:]
    clean = run_scrapy(args, private_es, clean_prefix, tmp_path / "clean")
    assert clean.returncode == 0, clean.stderr[-3000:]
    client = es_client_for(private_es)
    urls = {"killed": indexed_urls(client, killed), "clean": indexed_urls(client, clean_prefix)}
    client.close()
    # Compared by all of a document's URLs: which copy of an article holds the document
    # depends on fetch order, which the slowed-down first run changes.
    assert urls["killed"] == urls["clean"] and len(urls["clean"]) == 6
    with capsys.disabled():
        print(
            "\nfaults: Elasticsearch killed (SIGKILL) and restarted mid-crawl; 0 lost, 0 duplicated"
        )


def test_rejected_documents_are_reported_with_url_and_reason(private_es: str) -> None:
    client = es_client_for(private_es)
    names = IndexNames(fresh("rejects"))
    setup(client, names)
    good = {"url": "http://a.cn/1", "canonical_url": "http://a.cn/1", "title": "好"}
    bad_date = {
        **good,
        "url": "http://a.cn/2",
        "canonical_url": "http://a.cn/2",
        "published_at": "2020-13-45",
    }
    unknown_field = {**good, "url": "http://a.cn/3", "canonical_url": "http://a.cn/3", "oops": 1}
    result = send_batch(
        client, [index_action(names.write_alias, d) for d in (good, bad_date, unknown_field)]
    )
    reasons = dict(result.failures)
    assert result.indexed == 1
    assert (
        "document_parsing_exception" in reasons["http://a.cn/2"]
        or "mapper_parsing_exception" in reasons["http://a.cn/2"]
    )
    assert "strict_dynamic_mapping_exception" in reasons["http://a.cn/3"]
    client.indices.delete(index=names.versioned(1))
    client.close()

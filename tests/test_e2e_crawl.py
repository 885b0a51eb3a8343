"""End to end: a real `scrapy crawl` of the local fixture site into the real Elasticsearch,
then searches in both scripts. No mocks: a child process crawls 127.0.0.1 and indexes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from elasticsearch import Elasticsearch

from crawler.text.convert import to_simplified
from demo.server import FixtureSite
from tests.conftest import crawl_args, run_scrapy, write_profile

pytestmark = pytest.mark.es

HEADLINE = "精心組織、齊心協力完成好收官衝刺、謀篇開局任務!今天這個會議為推進四季度工作劃重點"
MEETING_COPIES = {"/news/2020/1009/meeting-hant-banners.html", "/news/2020/1009/meeting-hans.html"}
GOOD_ARTICLES = {
    "/news/2020/0210/people-gb2312.html",
    "/news/2016/0319/cna-hant.html",
    "/news/2020/0301/people-utf8-declared-gb2312.html",
    "/news/2007/0629/govcn-resolution.html",
    "/news/2020/1012/no-title.html",  # kept untitled: an archive does not throw text away
}
DOCUMENTS = len(GOOD_ARTICLES) + 1  # the meeting report's two copies make one document
BAD_PAGES = {
    "/news/2020/1010/notice.html": "not HTML",
    "/news/2020/1011/empty.html": "empty",
    "/news/2020/1013/binary.html": "",
}


def crawl(site: FixtureSite, es_url: str, prefix: str, tmp_path: Path, **settings: object) -> str:
    profile = write_profile(site, tmp_path)
    result = run_scrapy(crawl_args(profile, **settings), es_url, prefix, tmp_path)
    assert result.returncode == 0, result.stderr[-4000:]
    assert "spooled" not in result.stderr, result.stderr[-4000:]
    return result.stderr


def test_crawl_indexes_good_pages_and_reports_bad_ones(
    es: Elasticsearch, es_url: str, es_prefix: str, fixture_site: FixtureSite, tmp_path: Path
) -> None:
    log = crawl(fixture_site, es_url, es_prefix, tmp_path)

    # No refresh here: the pipeline refreshes when the crawl ends (the index's own interval
    # is 30 s), so what a crawl indexed is searchable as soon as it returns.
    docs = es.search(index=es_prefix, size=50, query={"match_all": {}})["hits"]["hits"]
    indexed = {"/" + d["_source"]["canonical_url"].split("/", 3)[3] for d in docs}
    # The Traditional and the Simplified copy of the meeting report are one document, whichever
    # was fetched first, with both URLs recorded.
    assert len(indexed - GOOD_ARTICLES) == 1 and indexed - GOOD_ARTICLES <= MEETING_COPIES
    assert len(docs) == DOCUMENTS
    assert {fixture_site.url(p) for p in MEETING_COPIES} <= meeting_urls(docs)
    assert "'elasticsearch/merged_copies': 1" in log

    for path, reason in BAD_PAGES.items():
        lines = [line for line in log.splitlines() if fixture_site.url(path) in line]
        assert lines, f"no log line names {path}"
        assert any(reason in line for line in lines), lines
    assert "'process/bad_pages': 3" in log
    assert not any("example.com" in r or "passwd" in r for r in fixture_site.requests_seen)
    assert "/index_3.html" in fixture_site.requests_seen  # pagination followed


def test_either_script_finds_the_article_with_banners_gone(
    es: Elasticsearch, es_url: str, es_prefix: str, fixture_site: FixtureSite, tmp_path: Path
) -> None:
    crawl(fixture_site, es_url, es_prefix, tmp_path)

    result = run_scrapy(["search", "李强", "--json"], es_url, es_prefix, tmp_path)  # Simplified
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)["hits"]
    assert len(hits) == 1 and "/news/2020/1009/meeting-" in hits[0]["url"]
    # adjacent characters merged into one highlight, in the document's own script
    assert any(("【李強】" in f) or ("【李强】" in f) for f in hits[0]["highlights"])

    result = run_scrapy(
        ["search", "師生員工", "--json"], es_url, es_prefix, tmp_path
    )  # Traditional
    hits = json.loads(result.stdout)["hits"]
    assert [
        h["url"].split("?")[0].endswith("/news/2020/0210/people-gb2312.html") for h in hits
    ] == [True]

    result = run_scrapy(
        ["search", "轮胎行"], es_url, es_prefix, tmp_path
    )  # Simplified, text output
    assert "平鎮【輪胎行】惡火" in result.stdout and "1 articles match" in result.stdout

    es.indices.refresh(index=es_prefix)
    copies = [fixture_site.url(path) for path in MEETING_COPIES]
    doc = es.search(index=es_prefix, query={"terms": {"canonical_url": copies}})
    source = doc["hits"]["hits"][0]["_source"]
    # Either copy may have been fetched first: compare in Simplified.
    headline = to_simplified(HEADLINE)
    assert to_simplified(source["title"]) == headline
    assert headline not in to_simplified(source["content"])
    assert to_simplified(" ".join(source["photographers"] + source["editors"])) == "陈正宝 林欣"
    assert "分享到" not in source["content"] and "相关文章" not in to_simplified(source["content"])
    # The copies are indexed but not kept in _source (the archive holds the page): a
    # word in either script finds the article through the runs of both copies' forms.
    assert "content_norm" not in source and "content_hant" not in source
    assert "content_scripts" not in source
    for name in ("李强", "李強"):
        query = {"match": {"content_scripts.words": name}}
        found = es.search(index=es_prefix, query=query, size=10)
        assert doc["hits"]["hits"][0]["_id"] in {hit["_id"] for hit in found["hits"]["hits"]}


def test_crawling_twice_leaves_the_count_unchanged(
    es: Elasticsearch, es_url: str, es_prefix: str, fixture_site: FixtureSite, tmp_path: Path
) -> None:
    crawl(fixture_site, es_url, es_prefix, tmp_path)
    es.indices.refresh(index=es_prefix)
    first = es.count(index=es_prefix)["count"]
    fixture_site.requests_seen.clear()

    log = crawl(fixture_site, es_url, es_prefix, tmp_path)
    es.indices.refresh(index=es_prefix)
    assert es.count(index=es_prefix)["count"] == first == DOCUMENTS
    # Known articles: skipped when the server gave no validators, asked with If-None-Match
    # (and answered 304) when it gave an ETag. List pages are always fetched.
    assert "'incremental/skipped_known': 5" in log
    assert "'incremental/unchanged': 2" in log
    fetched_articles = {r for r in fixture_site.requests_seen if r.startswith("/news/")}
    good_with_etag = {"/news/2016/0319/cna-hant.html", "/news/2007/0629/govcn-resolution.html"}
    assert fetched_articles - set(BAD_PAGES) == good_with_etag
    assert "/index.html" in fixture_site.requests_seen


def test_a_changed_article_is_fetched_again_and_updated(
    es: Elasticsearch, es_url: str, es_prefix: str, fixture_site: FixtureSite, tmp_path: Path
) -> None:
    crawl(fixture_site, es_url, es_prefix, tmp_path)
    path = "/news/2016/0319/cna-hant.html"
    page = (Path(__file__).parents[1] / "demo/site/cna-hant.html").read_bytes()
    fixture_site.replace(path, page.replace("疏散7人".encode(), "疏散8人".encode()))

    log = crawl(fixture_site, es_url, es_prefix, tmp_path)
    assert "'incremental/changed': 1" in log and "'elasticsearch/updated': 1" in log
    es.indices.refresh(index=es_prefix)
    assert es.count(index=es_prefix)["count"] == DOCUMENTS
    hits = es.search(index=es_prefix, query={"match_phrase": {"title": "疏散8人"}})["hits"]
    assert hits["total"]["value"] == 1

    forced = run_scrapy(
        crawl_args(tmp_path / "site.json", INCREMENTAL_FORCE="true"), es_url, es_prefix, tmp_path
    )
    assert f"'elasticsearch/updated': {DOCUMENTS}" in forced.stderr


def test_one_article_per_bulk_request_two_in_flight_still_merges_copies(
    es: Elasticsearch, es_url: str, es_prefix: str, fixture_site: FixtureSite, tmp_path: Path
) -> None:
    # Every article is its own batch and two requests may be out at once: the second copy of
    # the meeting report becomes an update of a document whose index request may still be in
    # flight, so the pipeline must let that request finish first (no document_missing error).
    log = crawl(fixture_site, es_url, es_prefix, tmp_path, ES_BULK_SIZE=1, ES_BULK_IN_FLIGHT=2)
    assert "not indexed" not in log, log[-4000:]
    assert "'elasticsearch/merged_copies': 1" in log
    assert f"'elasticsearch/indexed': {DOCUMENTS + 1}" in log  # 5 documents + 1 URL update
    docs = es.search(index=es_prefix, size=50, query={"match_all": {}})["hits"]["hits"]
    assert len(docs) == DOCUMENTS
    assert {fixture_site.url(p) for p in MEETING_COPIES} <= meeting_urls(docs)


def meeting_urls(docs: list[dict[str, Any]]) -> set[str]:
    """All URLs of the meeting report's one document."""
    meeting = next(
        d["_source"] for d in docs if "/news/2020/1009/" in d["_source"]["canonical_url"]
    )
    return {meeting["canonical_url"], *meeting["alternate_urls"]}

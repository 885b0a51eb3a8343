"""Meeting reports in the real Elasticsearch: the seed page and a news story go through the
crawl's own functions (the processing chain, index_action, send_batch) into a fresh index; the
meeting filters then find the report only, with a person named in either script."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
from elasticsearch import Elasticsearch

from crawler.commands.search import with_meeting_source
from crawler.es.bulk import send_batch
from crawler.es.documents import index_action
from crawler.es.layout import IndexNames, load_template, setup
from crawler.es.query import SearchRequest, build_search, format_hits
from crawler.items import Article
from crawler.processing import Processor
from tests.conftest import run_scrapy

SITE = Path(__file__).resolve().parents[1] / "demo" / "site"
MEETING_URL = "http://127.0.0.1/news/2020/1009/meeting-hant-banners.html"
STORY_URL = "http://127.0.0.1/news/2016/0319/cna-hant.html"


def article(name: str, url: str) -> Article:
    page = Processor().process_bytes((SITE / name).read_bytes(), url)
    assert isinstance(page, Article), page
    page.canonical_url = url
    page.site = "fixture"
    return page


def index_both(es: Elasticsearch, prefix: str) -> IndexNames:
    names = IndexNames(prefix)
    setup(es, names)
    actions = [
        index_action(names.write_alias, article("meeting-hant-banners.html", MEETING_URL)),
        index_action(names.write_alias, article("cna-hant.html", STORY_URL)),
    ]
    result = send_batch(es, actions)
    assert (result.indexed, result.failures) == (2, [])
    es.indices.refresh(index=names.read_alias)
    return names


def search(es: Elasticsearch, names: IndexNames, request: SearchRequest) -> list[dict[str, Any]]:
    body = with_meeting_source(build_search(request))
    return format_hits(es.search(index=names.read_alias, **body).body)


def test_every_article_field_is_in_the_strict_mapping() -> None:
    mapped = load_template("probe")["template"]["mappings"]["properties"]
    assert {f.name for f in fields(Article)} - set(mapped) == set()


@pytest.mark.es
def test_meeting_filters_find_the_report_only(es: Elasticsearch, es_prefix: str) -> None:
    names = index_both(es, es_prefix)
    assert len(search(es, names, SearchRequest(query=""))) == 2

    for request in (
        SearchRequest(query="", meetings=True),
        SearchRequest(query="", person="李強"),  # Traditional input, Simplified field
        SearchRequest(query="", person="李强", meetings=True, sort="date"),
        SearchRequest(query="四季度", meetings=True, person="諸葛宇傑"),
    ):
        hits = search(es, names, request)
        assert [hit["url"] for hit in hits] == [MEETING_URL], request

    (hit,) = search(es, names, SearchRequest(query="", person="龔正"))
    assert (hit["meeting_name"], hit["meeting_date"]) == ("市委季度工作会议", "2020-10-09")
    assert hit["people"][:2] == ["李强", "龚正"] and len(hit["people"]) == 17
    assert search(es, names, SearchRequest(query="", person="邱俊欽")) == []  # a reporter
    assert search(es, names, SearchRequest(query="大火", meetings=True)) == []


@pytest.mark.es
def test_the_meeting_fields_are_filterable_as_kibana_uses_them(
    es: Elasticsearch, es_prefix: str
) -> None:
    names = index_both(es, es_prefix)
    source = es.get(
        index=names.read_alias, id=index_action("x", article("cna-hant.html", STORY_URL))["_id"]
    )
    assert source["_source"]["is_meeting_report"] is False
    answer = es.search(
        index=names.read_alias,
        size=0,
        query={"bool": {"filter": [{"match_phrase": {"is_meeting_report": True}}]}},
        aggs={
            "speakers": {"terms": {"field": "meeting_speakers"}},
            "held": {"date_histogram": {"field": "meeting_date", "calendar_interval": "day"}},
        },
    )
    assert answer["hits"]["total"]["value"] == 1
    speakers = [b["key"] for b in answer["aggregations"]["speakers"]["buckets"]]
    assert speakers == ["李强", "龚正"]
    days = [b["key_as_string"][:10] for b in answer["aggregations"]["held"]["buckets"]]
    assert days == ["2020-10-09"]


@pytest.mark.es
def test_search_command_meetings_and_person(
    es: Elasticsearch, es_url: str, es_prefix: str, tmp_path: Path
) -> None:
    index_both(es, es_prefix)
    result = run_scrapy(
        ["search", "--meetings", "--person", "李強", "--json"], es_url, es_prefix, tmp_path
    )
    assert result.returncode == 0, result.stderr[-4000:]
    page = json.loads(result.stdout)
    assert page["total"] == 1
    (hit,) = page["hits"]
    assert hit["url"] == MEETING_URL and hit["meeting_name"] == "市委季度工作会议"

    result = run_scrapy(["search", "--person", "李強"], es_url, es_prefix, tmp_path)
    assert result.returncode == 0, result.stderr[-4000:]
    assert "会议: 市委季度工作会议  2020-10-09  李强、龚正" in result.stdout
